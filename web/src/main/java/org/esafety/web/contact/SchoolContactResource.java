package org.esafety.web.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.contact.boundary.SchoolContactService;
import org.esafety.contact.entity.SchoolContact;
import org.esafety.platform.control.Page;

/** The caller's school's safeguarding contacts. */
@Path("school/contacts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "School contacts", description = "Who the school's DSL, deputies, online-safety lead and filter manager are")
public class SchoolContactResource {

    static final String NO_BODY = "Send the contact as a JSON object";

    @Inject
    SchoolContactService contacts;

    @GET
    @Operation(summary = "List the school's contacts", description = "Any member of the school may read the list.")
    @APIResponse(responseCode = "200", description = "One page of contacts with the total")
    public Page<SchoolContactRepresentation> list(@Valid @BeanParam ContactQuery query) {
        return contacts.list(query.contactRole(), query.q, query.sort, query.offset, query.limit)
                .map(SchoolContactRepresentation::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one contact")
    @APIResponse(responseCode = "404", description = "No such contact in the caller's school")
    public SchoolContactRepresentation get(@PathParam("id") long id) {
        return SchoolContactRepresentation.of(contacts.get(id));
    }

    @POST
    @Operation(summary = "Add a contact", description = "Headteacher, DSL, deputy DSL or online-safety lead.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "409", description = "This person already holds that role")
    public Response create(@Valid @NotNull(message = NO_BODY) SchoolContactInput body, @Context UriInfo uri) {
        SchoolContact created = contacts.create(body.name, body.contactRole(), body.email, body.phone);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(SchoolContactRepresentation.of(created))
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change a contact", description = "Send the version you read to refuse overwriting a newer change.")
    @APIResponse(responseCode = "409", description = "Changed by someone else since that version, or a duplicate")
    public SchoolContactRepresentation update(@PathParam("id") long id,
                                              @Valid @NotNull(message = NO_BODY) SchoolContactInput body) {
        return SchoolContactRepresentation.of(contacts.update(id, body.version, body.name, body.contactRole(),
                body.email, body.phone));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a contact")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") long id) {
        contacts.delete(id);
    }
}
