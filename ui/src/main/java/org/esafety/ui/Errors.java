package org.esafety.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The page's error messages for the GOV.UK error summary and for each field. Forms use
 * {@code prependId="false"}, so a field's client id is its plain id and the summary links to it.
 */
@Named("errors")
@RequestScoped
public class Errors {

    public record Error(String field, String message) {
        public String href() {
            return field == null ? null : "#" + field;
        }
    }

    public List<Error> getList() {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<Error> errors = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                if (message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
                    errors.add(new Error(id, message.getSummary()));
                }
            }
        }
        return errors;
    }

    public boolean has(String field) {
        return first(field) != null;
    }

    public String first(String field) {
        return FacesContext.getCurrentInstance().getMessageList(field).stream()
                .filter(message -> message.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
                .map(FacesMessage::getSummary)
                .findFirst().orElse(null);
    }

    /** Adds an error found after validation (a duplicate URN, a refused change) to a field, or to the page. */
    public static void add(String field, String message) {
        FacesContext.getCurrentInstance().addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        FacesContext.getCurrentInstance().validationFailed();
    }
}
