package org.esafety.platform.rest;

import java.util.Set;

/**
 * The providers every JAX-RS application of ours registers. Applications list their classes
 * rather than scan, so that libraries bundled beside them are never picked up as resources.
 */
public final class RestPlatform {

    public static final Set<Class<?>> PROVIDERS = Set.of(
            BodySizeLimit.class,
            TenantRequestFilter.class,
            StrictJson.class,
            ProblemMappers.ForConstraintViolation.class,
            ProblemMappers.ForWebApplication.class,
            ProblemMappers.ForAnything.class);

    private RestPlatform() {
    }
}
