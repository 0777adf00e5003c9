package org.esafety.platform.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.Session;
import org.esafety.tenant.control.TenantSessionCustomizer;

/**
 * What EclipseLink is told when the persistence unit starts: the tenant filter on every persistence
 * context, and new ids read without {@code getGeneratedKeys}.
 * <p>
 * EclipseLink 4.0.7, the version Payara 6.2025.10 bundles, never closes an INSERT's statement when it
 * reads the new id through {@code getGeneratedKeys} (eclipselink issue 2366). The MySQL connection
 * keeps every such statement open for as long as the pooled connection lives: about four per incident
 * recorded, so memory grows and each new statement costs more than the last. Read with
 * {@code SELECT LAST_INSERT_ID()} on the same connection instead, an id costs one more round trip and
 * leaks nothing.
 */
public class SessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new TenantSessionCustomizer().customize(session);
        ((DatasourcePlatform) session.getDatasourcePlatform()).setSupportsReturnGeneratedKeys(false);
    }
}
