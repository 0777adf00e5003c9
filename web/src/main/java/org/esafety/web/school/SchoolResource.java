package org.esafety.web.school;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.esafety.tenant.boundary.SchoolProfile;
import org.esafety.tenant.boundary.SchoolProfileService;

/**
 * A school's profile: its GIAS facts, onboarding state and safeguarding leads. A school's own
 * staff read their school only (another URN answers 403); LA staff read any school of their LA.
 */
@Path("schools")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    @Inject
    SchoolProfileService profiles;

    @GET
    @Path("mine")
    public SchoolProfile mine() {
        return profiles.own();
    }

    @GET
    @Path("{urn: [0-9]+}")
    public SchoolProfile byUrn(@PathParam("urn") int urn) {
        return profiles.byUrn(urn);
    }
}
