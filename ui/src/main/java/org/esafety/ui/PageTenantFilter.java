package org.esafety.ui;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esafety.tenant.boundary.SchoolMemberService;
import org.esafety.tenant.control.SchoolDirectory;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.control.TokenVerifier;

import java.io.IOException;
import java.util.Optional;

/**
 * Gives a signed-in page request its tenant, exactly as the API does for a bearer token: from the
 * session's Keycloak access token, verified again here, never from the path or a form field.
 * A token without a usable tenant, or a school this LA does not (or no longer) serve, gets 403.
 * Only pages pass through here: the API authenticates every call by its own bearer token, and the
 * server's health, metrics and OpenAPI endpoints need no tenant.
 */
@WebFilter(filterName = "pageTenant", urlPatterns = {"*.xhtml", "/home", "/school/*", "/la/*", "/schools", "/schools/*", "/import"})
public class PageTenantFilter extends HttpFilter {

    private static final String SIGN_IN_RECORDED = "org.esafety.ui.signInRecorded";

    @Inject
    OpenIdContext openId;

    @Inject
    TokenVerifier verifier;

    @Inject
    TenantContext tenantContext;

    @EJB
    SchoolDirectory directory;

    @EJB
    SchoolMemberService members;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<String> refusal = establish(request.getSession());
        if (refusal.isPresent()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, refusal.get());
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<String> establish(HttpSession session) {
        Tenant tenant;
        try {
            tenant = verifier.verify(openId.getAccessToken().getToken());
        } catch (TokenVerifier.InvalidToken invalid) {
            return Optional.of("your sign-in was refused: " + invalid.getMessage());
        }
        tenantContext.establish(tenant);
        Optional<String> refusal = directory.refusal(tenant).map(reason -> "you cannot use E-Safety Hub here: " + reason);
        if (refusal.isEmpty() && tenant.school().isPresent() && session.getAttribute(SIGN_IN_RECORDED) == null) {
            // The first page of a session turns an accepted invitation into an active membership.
            members.recordSignIn(claim("email"), claim("given_name"), claim("family_name"));
            session.setAttribute(SIGN_IN_RECORDED, Boolean.TRUE);
        }
        return refusal;
    }

    private String claim(String name) {
        return openId.getClaims().getStringClaim(name).orElse(null);
    }
}
