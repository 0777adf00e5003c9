package org.esafety.platform.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.rest.ProblemDetails.FieldError;
import org.esafety.tenant.control.NoTenantException;
import org.glassfish.jersey.server.ParamException;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever went wrong into a problem answer. Input the caller can fix gets a 4xx that names
 * the field; anything else is a 500 that reveals nothing and is logged.
 */
final class ExceptionProblems {

    private static final Logger LOG = Logger.getLogger(ExceptionProblems.class.getName());

    /** How Yasson names the property it could not read, in its messages. */
    private static final Pattern JSON_PROPERTY = Pattern.compile(
            "(?:[Pp]roperty) '?([A-Za-z_][A-Za-z0-9_]*)'?");

    private ExceptionProblems() {
    }

    static Response toResponse(Throwable thrown) {
        Throwable cause = unwrapContainer(thrown);
        if (cause instanceof DomainException domain) {
            return ProblemDetails.badField(status(domain.kind()), domain.field(), domain.getMessage());
        }
        if (cause instanceof ConstraintViolationException invalid) {
            return constraintViolations(invalid);
        }
        if (cause instanceof OptimisticLockException) {
            return ProblemDetails.badField(Status.CONFLICT, "version",
                    "Someone else changed this at the same time; reload it and make your change again");
        }
        if (cause instanceof ParamException param) {
            return ProblemDetails.badField(Status.BAD_REQUEST, param.getParameterName(),
                    "is not a valid value for this " + param.getParameterType().getSimpleName().replace("Param", "")
                            .toLowerCase(java.util.Locale.ROOT) + " parameter");
        }
        Throwable json = find(cause, JsonbException.class, JsonParsingException.class);
        if (json != null) {
            return jsonProblem(cause);
        }
        if (cause instanceof WebApplicationException web) {
            return webApplication(web);
        }
        if (cause instanceof NoTenantException) {
            return ProblemDetails.response(Status.FORBIDDEN, "This request is not made for a school or local authority");
        }
        LOG.log(Level.SEVERE, "Unexpected failure", thrown);
        return ProblemDetails.response(Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing you sent was saved. Try again later.");
    }

    static Response constraintViolations(ConstraintViolationException invalid) {
        List<FieldError> errors = invalid.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b).orElse("The request is not valid");
        return ProblemDetails.response(Status.BAD_REQUEST, detail, errors);
    }

    static Response webApplication(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity() || original.getStatus() < 400) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        String detail = switch (original.getStatus()) {
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not accept that method";
            case 406 -> "This address answers only in JSON (Accept: application/json)";
            case 415 -> "Send the body as JSON (Content-Type: application/json)";
            case 400 -> "Send the body as a JSON object of the documented form";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder answer = Response.fromResponse(
                ProblemDetails.response(status, detail));
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    private static Response jsonProblem(Throwable cause) {
        String property = null;
        StringBuilder messages = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                messages.append(t.getMessage()).append('\n');
                Matcher named = JSON_PROPERTY.matcher(t.getMessage());
                if (property == null && named.find()) {
                    property = named.group(1);
                }
            }
        }
        String all = messages.toString();
        String reason;
        if (all.contains("can not be mapped")) {
            reason = "is not a field this request accepts";
        } else if (property != null) {
            reason = "has a value of the wrong type";
        } else {
            reason = "The body is not valid JSON";
        }
        return ProblemDetails.badField(Status.BAD_REQUEST, property, reason);
    }

    /**
     * The name the client used: a query parameter's name, or a body field's path without the
     * Java method and parameter it was bound to ("email", not "create.body.email"). Resource
     * methods name their entity parameter {@code body}, so a missing body is reported as such.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                property = null;
            } else if (node.getKind() == ElementKind.PROPERTY) {
                property = property == null ? node.getName() : property + "." + node.getName();
            }
        }
        if (property != null) {
            return property;
        }
        return parameter != null ? parameter : "body";
    }

    private static Response.StatusType status(DomainException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND;
            case CONFLICT -> Status.CONFLICT;
            case INVALID -> Status.BAD_REQUEST;
            case FORBIDDEN -> Status.FORBIDDEN;
            case TOO_LARGE -> Status.REQUEST_ENTITY_TOO_LARGE;
            case UNSUPPORTED_TYPE -> Status.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    private static Throwable unwrapContainer(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof EJBException || cause instanceof ProcessingException
                && !(cause.getCause() instanceof WebApplicationException)) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @SafeVarargs
    private static Throwable find(Throwable thrown, Class<? extends Throwable>... types) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
