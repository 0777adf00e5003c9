package org.esafety.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.SchoolDirectory;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;

import java.util.Optional;
import java.util.stream.Collectors;

/** Who is looking at the page: for the header, the navigation and role checks in views. */
@Named("user")
@RequestScoped
public class SignedInUser {

    @Inject
    HttpServletRequest request;

    @Inject
    OpenIdContext openId;

    @Inject
    TenantContext tenantContext;

    @EJB
    SchoolDirectory directory;

    public boolean isSignedIn() {
        return request.getUserPrincipal() != null;
    }

    public Optional<Tenant> tenant() {
        return isSignedIn() ? tenantContext.tenant() : Optional.empty();
    }

    public boolean isSchoolUser() {
        return tenant().flatMap(Tenant::school).isPresent();
    }

    public boolean has(String role) {
        return tenant().map(t -> t.has(Role.valueOf(role))).orElse(false);
    }

    /** The person's name as Keycloak knows it, else their sign-in name. */
    public String getName() {
        if (!isSignedIn()) {
            return "";
        }
        return openId.getClaims().getStringClaim("name")
                .filter(name -> !name.isBlank())
                .orElse(request.getUserPrincipal().getName());
    }

    public String getEmail() {
        return isSignedIn() ? openId.getClaims().getStringClaim("email").orElse("") : "";
    }

    /** The school or LA the user acts for, as the header shows it. */
    public String getOrganisation() {
        return tenant().map(directory::name).orElse("");
    }

    public String getRoles() {
        return tenant().map(t -> t.roles().stream().map(Labels::role).collect(Collectors.joining(", "))).orElse("");
    }
}
