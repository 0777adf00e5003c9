package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.esafety.incident.boundary.IncidentFile;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.boundary.SanctionLadder;
import org.esafety.incident.entity.ContactMethod;
import org.esafety.incident.entity.EntryKind;
import org.esafety.incident.entity.PersonKind;
import org.esafety.incident.entity.ResponseAction;
import org.esafety.incident.entity.Route;
import org.esafety.incident.entity.Severity;
import org.esafety.platform.control.DomainException;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The handler's work on one incident, one small form per page: triage, a note or decision, a response,
 * its outcome, a sanction, parents or carers, the initial review, a document, closing and reopening.
 * Each form carries a request key made when it was first shown, so a second press changes nothing.
 */
@Named
@RequestScoped
public class WorkPage {

    @Inject
    IncidentService incidents;

    @Inject
    SanctionLadder ladder;

    private Long id;
    private Long action;
    private String requestKey;
    private IncidentFile file;
    private boolean refused;

    private String severity;
    private String category;
    private String type;
    private long version;
    private String kind;
    private String text;
    private String route;
    private String dueOn;
    private String doneOn;
    private String person;
    private String level;
    private String startsOn;
    private String endsOn;
    private String informed;
    private String informedOn;
    private String informedBy;
    private String method;
    private String metOn;
    private String attendees;
    private boolean adultInvolved;
    private boolean coercion;
    private boolean extremeActs;
    private boolean underThirteen;
    private boolean immediateRisk;
    private Part upload;

    public void load() {
        if (id == null) {
            Pages.refuse(DomainException.notFound("No incident was named"));
            return;
        }
        if (getFile() == null) {
            return;
        }
        if (!FacesContext.getCurrentInstance().isPostback()) {
            requestKey = UUID.randomUUID().toString();
            version = file.incident().getVersion();
            severity = file.incident().getSeverity() == null ? null : file.incident().getSeverity().name();
            category = getFile().catalogue().categoryCode(file.incident().getCategoryId());
            type = getFile().catalogue().typeCode(file.incident().getTypeId());
            String today = today().toString();
            doneOn = today;
            startsOn = today;
            informedOn = today;
            metOn = today;
            dueOn = today().plusDays(7).toString();
            kind = EntryKind.NOTE.name();
        }
    }

    public String triage() {
        severity = Choices.radio("severity");
        Severity chosen = Choices.choice(Severity.class, "severity", severity, "Choose the severity");
        require("category", category, "Choose the category");
        require("type", type, "Choose the type");
        return done(() -> incidents.triage(id, version, chosen, category, type, requestKey), "Incident triaged.");
    }

    public String note() {
        kind = Choices.radio("kind");
        EntryKind chosen = Choices.choice(EntryKind.class, "kind", kind, "Choose a note or a decision");
        require("text", text, "Enter the note or decision");
        return done(() -> incidents.write(id, chosen, text, null, requestKey), "Added to the chronology.");
    }

    public String respond() {
        route = Choices.radio("route");
        Route chosen = Choices.choice(Route.class, "route", route, "Choose the response");
        require("text", text, "Enter why this response was chosen");
        LocalDate due = Choices.date("dueOn", dueOn, "Enter the date it is due by");
        return done(() -> incidents.decide(id, chosen, text, due, requestKey), "Response recorded.");
    }

    public String outcome() {
        LocalDate done = Choices.date("doneOn", doneOn, "Enter the date it was done");
        require("text", text, "Enter the outcome");
        if (action == null) {
            Errors.add(null, "No response was named");
        }
        return done(() -> incidents.complete(id, action, done, text, requestKey), "Outcome recorded.");
    }

    public String sanction() {
        require("person", person, "Choose the pupil");
        require("level", level, "Choose the sanction");
        LocalDate from = Choices.date("startsOn", startsOn, "Enter the date it starts");
        LocalDate to = Choices.date("endsOn", endsOn, null);
        return done(() -> incidents.sanction(id, Long.parseLong(person), Long.parseLong(level), from, to, text, requestKey),
                "Sanction recorded.");
    }

    public String parents() {
        informed = Choices.radio("informed");
        if (informed == null) {
            Errors.add("informed", "Say whether parents or carers were told");
            return null;
        }
        boolean told = "yes".equals(informed);
        LocalDate on = told ? Choices.date("informedOn", informedOn, "Enter the date they were told") : null;
        method = told ? Choices.radio("method") : null;
        ContactMethod how = told ? Choices.choice(ContactMethod.class, "method", method, "Choose how they were told") : null;
        if (told) {
            require("informedBy", informedBy, "Enter who told them");
        } else {
            require("text", text, "Enter why parents or carers were not told");
        }
        return done(() -> incidents.parents(id, told, on, informedBy, how, text, requestKey), "Recorded.");
    }

    public String review() {
        LocalDate met = Choices.date("metOn", metOn, "Enter the date of the review meeting");
        require("attendees", attendees, "Enter who met");
        require("text", text, "Enter what was decided");
        return done(() -> incidents.review(id, met, attendees, text, adultInvolved, coercion, extremeActs, underThirteen,
                immediateRisk, requestKey), "Initial review recorded.");
    }

    public String attach() {
        if (upload == null || upload.getSize() == 0) {
            Errors.add("upload", "Choose a file to add");
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes(org.esafety.incident.control.DocumentCheck.MAX_BYTES + 1);
        } catch (IOException unreadable) {
            Errors.add("upload", "The selected file could not be read; try again");
            return null;
        }
        String name = upload.getSubmittedFileName();
        return done(() -> incidents.attach(id, name, content, requestKey), "Document added.");
    }

    public String close() {
        require("text", text, "Enter why the incident can be closed, including any decision not to refer it");
        return done(() -> incidents.close(id, text, requestKey), "Incident closed.");
    }

    public String reopen() {
        require("text", text, "Enter why the incident is reopened");
        return done(() -> incidents.reopen(id, text, requestKey), "Incident reopened.");
    }

    private String done(Supplier<IncidentFile> change, String message) {
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        try {
            change.get();
        } catch (DomainException refused) {
            Pages.reject(new DomainException(refused.kind(), field(refused.field()), refused.getMessage()));
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done", message);
        return "/school/incident?faces-redirect=true&id=" + id;
    }

    /** The service names fields as the API does; on the pages some travel under a shared name. */
    private static String field(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "rationale", "outcome", "reason", "decision" -> "text";
            case "file" -> "upload";
            default -> field;
        };
    }

    /** A number the form posted as a plain field, or null. */
    private static Long requestNumber(String name) {
        String value = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static void require(String field, String value, String message) {
        if (value == null || value.isBlank()) {
            Errors.add(field, message);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    // --- Choices ----------------------------------------------------------------------------------

    public List<SelectItem> getSeverities() {
        return Choices.of(Severity.class, Severity::label);
    }

    public List<SelectItem> getCategories() {
        return Choices.categories(getFile().catalogue(), "Choose the category");
    }

    public List<SelectItem> getTypes() {
        return Choices.types(getFile().catalogue(), "Choose the type");
    }

    public List<SelectItem> getKinds() {
        return List.of(new SelectItem(EntryKind.NOTE.name(), "A note"), new SelectItem(EntryKind.DECISION.name(), "A decision"));
    }

    public List<SelectItem> getRoutes() {
        return Choices.of(Route.class, Route::label);
    }

    public List<SelectItem> getMethods() {
        return Choices.of(ContactMethod.class, ContactMethod::label);
    }

    public List<SelectItem> getInformedChoices() {
        return List.of(new SelectItem("yes", "Yes, they were told"), new SelectItem("no", "No, they were not told"));
    }

    public List<SelectItem> getPupils() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", "Choose the pupil"));
        getFile().people().stream().filter(p -> p.getKind() == PersonKind.PUPIL)
                .forEach(p -> items.add(new SelectItem(String.valueOf(p.getId()), p.describe())));
        return items;
    }

    public boolean isWithoutPupils() {
        return getFile() != null && getFile().people().stream().noneMatch(p -> p.getKind() == PersonKind.PUPIL);
    }

    public List<SelectItem> getLevels() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", "Choose the sanction"));
        ladder.levels().stream().filter(l -> l.isActive())
                .forEach(l -> items.add(new SelectItem(String.valueOf(l.getId()), l.getRankOrder() + ". " + l.getLabel())));
        return items;
    }

    public ResponseAction getChosenAction() {
        if (action == null) {
            action = requestNumber("action");
        }
        return getFile() == null || action == null ? null
                : getFile().actions().stream().filter(a -> a.getId().equals(action)).findFirst().orElse(null);
    }

    // --- Fields -----------------------------------------------------------------------------------

    /**
     * The incident, read on first use: on a form post the view action does not run, and the form's
     * fields must exist (the incident loaded) before Faces decodes them.
     */
    public IncidentFile getFile() {
        if (id == null) {
            id = requestNumber("id");
        }
        if (file == null && id != null && !refused) {
            try {
                file = incidents.open(id);
            } catch (DomainException refusal) {
                refused = true;
                Pages.refuse(refusal);
            }
        }
        return file;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getAction() { return action; }
    public void setAction(Long action) { this.action = action; }
    public String getRequestKey() { return requestKey; }
    public void setRequestKey(String requestKey) { this.requestKey = requestKey; }
    public String getSeverity() { return severity; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getKind() { return kind; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getRoute() { return route; }
    public String getDueOn() { return dueOn; }
    public void setDueOn(String dueOn) { this.dueOn = dueOn; }
    public String getDoneOn() { return doneOn; }
    public void setDoneOn(String doneOn) { this.doneOn = doneOn; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public String getStartsOn() { return startsOn; }
    public void setStartsOn(String startsOn) { this.startsOn = startsOn; }
    public String getEndsOn() { return endsOn; }
    public void setEndsOn(String endsOn) { this.endsOn = endsOn; }
    public String getInformed() { return informed; }
    public String getInformedOn() { return informedOn; }
    public void setInformedOn(String informedOn) { this.informedOn = informedOn; }
    public String getInformedBy() { return informedBy; }
    public void setInformedBy(String informedBy) { this.informedBy = informedBy; }
    public String getMethod() { return method; }
    public String getMetOn() { return metOn; }
    public void setMetOn(String metOn) { this.metOn = metOn; }
    public String getAttendees() { return attendees; }
    public void setAttendees(String attendees) { this.attendees = attendees; }
    public boolean isAdultInvolved() { return adultInvolved; }
    public void setAdultInvolved(boolean adultInvolved) { this.adultInvolved = adultInvolved; }
    public boolean isCoercion() { return coercion; }
    public void setCoercion(boolean coercion) { this.coercion = coercion; }
    public boolean isExtremeActs() { return extremeActs; }
    public void setExtremeActs(boolean extremeActs) { this.extremeActs = extremeActs; }
    public boolean isUnderThirteen() { return underThirteen; }
    public void setUnderThirteen(boolean underThirteen) { this.underThirteen = underThirteen; }
    public boolean isImmediateRisk() { return immediateRisk; }
    public void setImmediateRisk(boolean immediateRisk) { this.immediateRisk = immediateRisk; }
    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
}
