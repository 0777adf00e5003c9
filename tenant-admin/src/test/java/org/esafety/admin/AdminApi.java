package org.esafety.admin;

import org.esafety.admin.gias.ImportResource;
import org.esafety.testsupport.Deployments;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The LA administration's API as the integration tests deploy it: without the pages, which need the sign-in shell. */
public final class AdminApi {

    private AdminApi() {
    }

    public static WebArchive deployment(String name) {
        // AdminApplication lists every resource of the admin API, so the incident catalogue comes too.
        return Deployments.feature(name, "org.esafety.admin.audit", "org.esafety.incident", "org.esafety.statistics",
                        "org.esafety.admin.incident", "org.esafety.admin.statistics")
                .addClasses(AdminApplication.class, ImportResource.class, ImportResource.ImportRepresentation.class);
    }
}
