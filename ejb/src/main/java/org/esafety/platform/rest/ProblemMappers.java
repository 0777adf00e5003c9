package org.esafety.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Exception mappers that answer every failure with problem details. Jersey picks the mapper
 * nearest the exception's type, so the specific ones here beat its own defaults.
 */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class ForConstraintViolation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException exception) {
            return ExceptionProblems.constraintViolations(exception);
        }
    }

    @Provider
    public static class ForWebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException exception) {
            return ExceptionProblems.toResponse(exception);
        }
    }

    @Provider
    public static class ForAnything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable exception) {
            return ExceptionProblems.toResponse(exception);
        }
    }
}
