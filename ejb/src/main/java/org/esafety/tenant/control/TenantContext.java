package org.esafety.tenant.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import org.esafety.platform.control.Lookup;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current request, set once from the verified token by the request filter and
 * never changed after. Work outside a request runs through {@link #runAs}, which sets the tenant
 * for that thread only.
 */
@RequestScoped
public class TenantContext {

    private static final ThreadLocal<Tenant> EXPLICIT = new ThreadLocal<>();

    /** The request-scoped context's client proxy: each call reaches the current request's instance. */
    private static final Lookup<TenantContext> OF_REQUEST = Lookup.of(TenantContext.class);

    private Tenant tenant;

    public void establish(Tenant verified) {
        if (tenant != null && !tenant.equals(verified)) {
            throw new IllegalStateException("the tenant of a request is set once");
        }
        tenant = verified;
    }

    public Optional<Tenant> tenant() {
        return Optional.ofNullable(tenant);
    }

    /**
     * The tenant in force on this thread: an explicit scope first, then the request's.
     *
     * @throws NoTenantException when there is neither
     */
    public static Tenant current() {
        Tenant explicit = EXPLICIT.get();
        if (explicit != null) {
            return explicit;
        }
        Optional<Tenant> ofRequest;
        try {
            ofRequest = OF_REQUEST.get().tenant();
        } catch (ContextNotActiveException | IllegalStateException outsideRequest) {
            throw new NoTenantException("no request and no explicit tenant scope on this thread");
        }
        return ofRequest.orElseThrow(() -> new NoTenantException("this request has no verified tenant"));
    }

    /** Runs background work (timers, outbox workers) as the given tenant, on this thread only. */
    public static <T> T runAs(Tenant tenant, Supplier<T> work) {
        Tenant previous = EXPLICIT.get();
        EXPLICIT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(previous);
            }
        }
    }
}
