package org.esafety.admin.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.audit.boundary.AuditVerification;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;

import java.util.EnumSet;

/** Lets an LA administrator check that no one has edited or removed audit entries. */
@Path("audit/verification")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @Inject
    AuditVerification verification;

    @GET
    @Operation(summary = "Verify every audit chain of the caller's LA",
            description = "LA_ADMIN only. intact is false when any entry was changed, removed or reordered.")
    public AuditVerification.Report verify() {
        Tenant tenant = TenantContext.current();
        tenant.requireLaRole(EnumSet.of(Role.LA_ADMIN));
        return verification.verify(tenant.laId());
    }
}
