package org.esafety.ui;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.esafety.platform.control.DomainException;

import java.io.IOException;
import java.io.UncheckedIOException;

/** What page beans do with a refusal from the domain. */
public final class Pages {

    private Pages() {
    }

    /** A refusal to show a page at all: 403 for another school's page or a missing role, 404 for nothing there. */
    public static void refuse(DomainException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        int status = switch (refused.kind()) {
            case NOT_FOUND -> HttpServletResponse.SC_NOT_FOUND;
            case FORBIDDEN -> HttpServletResponse.SC_FORBIDDEN;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
        try {
            faces.getExternalContext().responseSendError(status, refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /**
     * A refusal of what a form asked for: shown in the error summary and at the field it names.
     * Anything but bad input or a conflict is no form error and goes on to the error page.
     */
    public static void reject(DomainException refused) {
        if (refused.kind() == DomainException.Kind.FORBIDDEN || refused.kind() == DomainException.Kind.NOT_FOUND) {
            refuse(refused);
            return;
        }
        Errors.add(refused.field(), refused.getMessage());
    }
}
