package org.esafety.admin;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.esafety.admin.audit.AuditResource;
import org.esafety.platform.rest.RestPlatform;

import java.util.HashSet;
import java.util.Set;

/** The LA's administration API, under /admin/api. */
@ApplicationPath("api")
public class AdminApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RestPlatform.PROVIDERS);
        classes.add(AuditResource.class);
        classes.add(org.esafety.admin.gias.ImportResource.class);
        classes.add(org.esafety.admin.incident.IncidentCatalogueResource.class);
        classes.add(org.esafety.admin.statistics.StatisticsResource.class);
        return classes;
    }
}
