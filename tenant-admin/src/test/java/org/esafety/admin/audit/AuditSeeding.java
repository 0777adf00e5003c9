package org.esafety.admin.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Application;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.platform.rest.RestPlatform;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Test-only: appends audit entries as the caller's tenant, so that the verification can be tried
 * on real chains before and after someone tampers with them. Deployed only by AuditVerificationIT.
 */
public final class AuditSeeding {

    private AuditSeeding() {
    }

    @ApplicationPath("test-seed")
    public static class SeedApplication extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(RestPlatform.PROVIDERS);
            classes.add(SeedResource.class);
            return classes;
        }
    }

    @Path("audit")
    @Stateless
    public static class SeedResource {

        @Inject
        AuditLog audit;

        @POST
        public void append(@QueryParam("count") int count) {
            for (int i = 1; i <= count; i++) {
                audit.record("SEED", "TestThing", i, null, Map.of("n", i));
            }
        }
    }
}
