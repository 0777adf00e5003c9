package org.esafety.platform.control;

import jakarta.enterprise.inject.spi.CDI;

import java.util.function.Supplier;

/**
 * A bean for code that cannot have it injected (JAX-RS providers, static helpers), looked up once
 * and kept. Payara's {@code CDI.current()} walks the caller's stack on every call, a cost paid on
 * every request when it is called per request.
 * <p>
 * Only for beans that are safe to keep: a normal-scoped bean's client proxy (it still reaches the
 * current request's or application's instance on every call) or an EJB's reference. The lookup
 * runs from this class, which lives in the EJB module, so it sees that module's beans.
 */
public final class Lookup<T> implements Supplier<T> {

    private final Class<T> type;
    private volatile T reference;

    private Lookup(Class<T> type) {
        this.type = type;
    }

    public static <T> Lookup<T> of(Class<T> type) {
        return new Lookup<>(type);
    }

    @Override
    public T get() {
        T kept = reference;
        if (kept == null) {
            kept = CDI.current().select(type).get();
            reference = kept;
        }
        return kept;
    }
}
