package org.esafety.identity;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps the pages' sign-in out of the API's way: an API call carries its own bearer token, which
 * the API verifies itself, so the OpenID Connect mechanism has nothing to do for it. (The container
 * still calls this decorator through JASPIC on every request; only the mechanism's own work is skipped.)
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ApiBypass implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        if (isApiCall(request)) {
            return context.doNothing();
        }
        return mechanism.validateRequest(request, response, context);
    }

    /**
     * Whether the request is for a module's JAX-RS application, {@code @ApplicationPath("api")}: the
     * container maps it as {@code /api/*}, so its servlet path is "/api" and the rest is path info.
     * (A check for a servlet path starting with "/api/" never matched, so every API call went through
     * the OpenID Connect mechanism.)
     */
    static boolean isApiCall(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        return "/api".equals(servletPath) || servletPath.startsWith("/api/");
    }
}
