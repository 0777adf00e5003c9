package org.esafety.tenant.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Applies the tenant to every persistence context: each time EclipseLink opens a client session
 * (once per transaction), the current tenant's school is set as the property that every
 * {@code @Multitenant} entity filters on. Outside a tenant it throws, so nothing runs unfiltered.
 * LA staff have no school: the property stays unset and any school-owned query fails.
 */
public class TenantSessionCustomizer implements SessionCustomizer {

    public static final String SCHOOL_PROPERTY = "tenant.school";

    @Override
    public void customize(Session session) {
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postAcquireClientSession(SessionEvent event) {
                TenantContext.current().school()
                        .ifPresent(school -> event.getSession().setProperty(SCHOOL_PROPERTY, school));
            }
        });
    }
}
