package org.esafety.web.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.incident.boundary.AllegationService;

import java.util.List;

/** The LADO's route to allegations against staff in the LA's schools. */
@Path("allegations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Allegations (LADO)", description = "Allegations against staff, for the LA designated officer only; every read is audited")
public class AllegationResource {

    @Inject
    AllegationService allegations;

    @GET
    @Operation(summary = "Allegations against staff across the LA's schools, newest first (up to 500)")
    public List<AllegationService.Allegation> list() {
        return allegations.list();
    }

    @GET
    @Path("{school}/{id}")
    @Operation(summary = "Read one allegation", description = "Recorded in the school's audit log as a read by the LADO.")
    public IncidentRepresentation get(@PathParam("school") long school, @PathParam("id") long id) {
        return IncidentRepresentation.of(allegations.open(school, id));
    }
}
