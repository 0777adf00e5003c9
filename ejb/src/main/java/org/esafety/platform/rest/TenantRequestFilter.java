package org.esafety.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.esafety.platform.control.Lookup;
import org.esafety.tenant.control.SchoolDirectory;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.control.TokenVerifier;

/**
 * Establishes the request's tenant from its bearer token, once, before any resource runs.
 * No token, or one that fails verification: 401; a tenant that is not (or no longer) part of this
 * LA's tree: 403. The tenant is never read from the path, a header other than the token, or the body.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TenantRequestFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final Lookup<TokenVerifier> verifier = Lookup.of(TokenVerifier.class);
    private final Lookup<TenantContext> context = Lookup.of(TenantContext.class);
    private final Lookup<SchoolDirectory> directory = Lookup.of(SchoolDirectory.class);

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(unauthorized("Sign in first: send a bearer token in the Authorization header"));
            return;
        }
        Tenant tenant;
        try {
            tenant = verifier.get().verify(authorization.substring(BEARER.length()).strip());
        } catch (TokenVerifier.InvalidToken invalid) {
            request.abortWith(unauthorized("Your sign-in token was refused: " + invalid.getMessage()));
            return;
        }
        // Established first: the directory reads through the persistence layer, which needs a tenant.
        context.get().establish(tenant);
        directory.get().refusal(tenant).ifPresent(reason ->
                request.abortWith(ProblemDetails.response(Status.FORBIDDEN, "You cannot use E-Safety Hub here: " + reason)));
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemDetails.response(Status.UNAUTHORIZED, detail))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"esafety-hub\"")
                .build();
    }
}
