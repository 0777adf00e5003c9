package org.esafety.admin.gias;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.esafety.tenant.boundary.SchoolImport;
import org.esafety.tenant.boundary.SchoolOnboarding;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Bulk onboarding for scripts, as the import page does it: POST a GIAS extract (text/csv) for a
 * preview, POST .../start to import it in the background, GET it for the progress.
 */
@Path("imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** What an import will do or has done. */
    public record ImportRepresentation(String id, int schools, long toCreate, long toUpdate, long unchanged,
                                       int skipped, List<Map<String, Object>> rejected, boolean started, boolean finished,
                                       int done, int created, int updated, int leftAlone, List<SchoolImport.Failure> failures,
                                       double seconds) {

        static ImportRepresentation of(SchoolImport.Job job) {
            List<Map<String, Object>> rejected = job.file().rejected().stream()
                    .map(r -> Map.<String, Object>of("line", r.line(), "column", r.column(),
                            "value", r.value() == null ? "" : r.value(), "reason", r.reason()))
                    .toList();
            return new ImportRepresentation(job.id(), job.total(), job.planned("create"), job.planned("update"),
                    job.planned("unchanged"), job.file().skipped().size(), rejected, job.isStarted(), job.isFinished(),
                    job.done(), job.count(SchoolOnboarding.Outcome.CREATED), job.count(SchoolOnboarding.Outcome.UPDATED),
                    job.count(SchoolOnboarding.Outcome.UNCHANGED), job.failures(), job.seconds());
        }
    }

    @Inject
    SchoolImport imports;

    @POST
    @Consumes("text/csv")
    public Response prepare(InputStream extract, @Context UriInfo uri) {
        SchoolImport.Job job = imports.prepare(extract);
        return Response.created(uri.getAbsolutePathBuilder().path(job.id()).build()).entity(ImportRepresentation.of(job)).build();
    }

    @POST
    @Path("{id}/start")
    public Response start(@PathParam("id") String id) {
        return Response.accepted(ImportRepresentation.of(imports.start(id))).build();
    }

    @GET
    @Path("{id}")
    public ImportRepresentation get(@PathParam("id") String id) {
        return ImportRepresentation.of(imports.job(id));
    }
}
