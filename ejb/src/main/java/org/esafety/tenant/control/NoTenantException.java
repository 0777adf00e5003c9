package org.esafety.tenant.control;

/** Thrown when data is touched outside a request with a verified tenant or an explicit tenant scope. */
public class NoTenantException extends IllegalStateException {
    public NoTenantException(String message) {
        super(message);
    }
}
