package org.esafety.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}): status, a short
 * title, a detail a person can act on, and for bad input every field at fault with its reason.
 */
public record ProblemDetails(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.StatusType status, String detail, List<FieldError> errors) {
        ProblemDetails problem = new ProblemDetails("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                detail, errors == null || errors.isEmpty() ? null : errors);
        return Response.status(status.getStatusCode())
                .type(MediaType.valueOf(MEDIA_TYPE))
                .entity(problem)
                .build();
    }

    public static Response response(Response.StatusType status, String detail) {
        return response(status, detail, null);
    }

    public static Response badField(Response.StatusType status, String field, String message) {
        return response(status, field == null ? message : field + ": " + message,
                field == null ? null : List.of(new FieldError(field, message)));
    }
}
