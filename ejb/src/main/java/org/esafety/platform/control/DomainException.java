package org.esafety.platform.control;

import jakarta.ejb.ApplicationException;

/**
 * A request the domain refuses: the boundary answers it with a 4xx naming the field (when there is
 * one) and the reason. Rolls the transaction back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    /** What kind of refusal; the HTTP layer maps each to one status. */
    public enum Kind { NOT_FOUND, CONFLICT, INVALID, FORBIDDEN, TOO_LARGE, UNSUPPORTED_TYPE }

    private final Kind kind;
    private final String field;

    public DomainException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, null, what + " was not found");
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(Kind.CONFLICT, field, message);
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(Kind.INVALID, field, message);
    }

    public Kind kind() {
        return kind;
    }

    /** The input field at fault, or null when the refusal is about the request as a whole. */
    public String field() {
        return field;
    }
}
