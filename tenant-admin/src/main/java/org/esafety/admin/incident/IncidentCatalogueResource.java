package org.esafety.admin.incident;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.incident.boundary.IncidentCatalogue;
import org.esafety.incident.control.Catalogue;

import java.util.List;

/** The LA extends the incident categories and types its schools choose from. */
@Path("incident-catalogue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incident catalogue", description = "Categories (the 4Cs and the LA's own) and types of incident")
public class IncidentCatalogueResource {

    static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
    static final String CODE_MESSAGE = "Enter a code of 2 to 40 capital letters, digits and underscores, like AI_DEEPFAKES";
    static final String NO_BODY = "Send the request as a JSON object";

    public record Category(String code, String label, String hint, boolean national, List<Type> types) {
    }

    public record Type(String code, String label, boolean national) {
    }

    @Schema(name = "CatalogueCategoryInput")
    public static class CategoryInput {
        @NotBlank(message = "Enter a code")
        @Pattern(regexp = CODE, message = CODE_MESSAGE)
        public String code;
        @NotBlank(message = "Enter a label")
        @Size(max = 80, message = "Label must be 80 characters or fewer")
        public String label;
        @NotBlank(message = "Enter a hint that says what belongs here")
        @Size(max = 300, message = "Hint must be 300 characters or fewer")
        public String hint;
    }

    @Schema(name = "CatalogueTypeInput")
    public static class TypeInput {
        @NotBlank(message = "Choose the category")
        @Size(max = 40, message = "Category must be 40 characters or fewer")
        public String category;
        @NotBlank(message = "Enter a code")
        @Pattern(regexp = CODE, message = CODE_MESSAGE)
        public String code;
        @NotBlank(message = "Enter a label")
        @Size(max = 80, message = "Label must be 80 characters or fewer")
        public String label;
    }

    @Inject
    IncidentCatalogue catalogue;

    @GET
    @Operation(summary = "The categories and types the LA's schools choose from", description = "LA_ADMIN or LA_SAFEGUARDING.")
    public List<Category> read() {
        return of(catalogue.read());
    }

    @POST
    @Path("categories")
    @Operation(summary = "Add a category")
    public Response addCategory(@Valid @NotNull(message = NO_BODY) CategoryInput body) {
        catalogue.addCategory(body.code, body.label, body.hint);
        return Response.status(Response.Status.CREATED).entity(of(catalogue.read())).build();
    }

    @POST
    @Path("types")
    @Operation(summary = "Add a type under a category")
    public Response addType(@Valid @NotNull(message = NO_BODY) TypeInput body) {
        catalogue.addType(body.category, body.code, body.label);
        return Response.status(Response.Status.CREATED).entity(of(catalogue.read())).build();
    }

    private static List<Category> of(Catalogue catalogue) {
        return catalogue.categories().stream().map(category -> new Category(category.getCode(), category.getLabel(),
                category.getHint(), category.getLaId() == null, catalogue.types().stream()
                .filter(type -> type.getCategoryId() == category.getId())
                .map(type -> new Type(type.getCode(), type.getLabel(), type.getLaId() == null)).toList())).toList();
    }
}
