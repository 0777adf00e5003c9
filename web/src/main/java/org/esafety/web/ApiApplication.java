package org.esafety.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.esafety.platform.rest.RestPlatform;
import org.esafety.web.contact.SchoolContactResource;

import java.util.HashSet;
import java.util.Set;

/** The school-facing API. Every call carries a bearer token; the token alone decides the school. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "E-Safety Hub school API", version = "1",
                description = "A school's own online-safety work. The school is the one named in the caller's token."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RestPlatform.PROVIDERS);
        classes.add(SchoolContactResource.class);
        classes.add(org.esafety.web.school.SchoolResource.class);
        classes.add(org.esafety.web.incident.IncidentResource.class);
        classes.add(org.esafety.web.incident.AllegationResource.class);
        return classes;
    }
}
