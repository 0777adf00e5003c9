package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.entity.Discovery;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.Involvement;
import org.esafety.incident.entity.Location;
import org.esafety.incident.entity.PersonKind;
import org.esafety.incident.entity.Report;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.TenantContext;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Any member of staff records a concern on one page: what, when, where, how it came to light, who,
 * and what kind. The form carries a request key made when it was first shown, so pressing the button
 * twice records one concern.
 */
@Named
@RequestScoped
public class RecordPage {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    static final int PUPIL_ROWS = 3;

    @Inject
    IncidentService incidents;

    @Inject
    Catalogues catalogues;

    private String requestKey;
    private String description;
    private String occurredOn;
    private String occurredAt;
    private String location;
    private String locationDetail;
    private String cameToLight;
    private String type;
    private final String[] pupilRefs = new String[PUPIL_ROWS];
    private final String[] pupilYears = new String[PUPIL_ROWS];
    private final Boolean[] pupilSend = {false, false, false};
    private final String[] pupilInvolvement = new String[PUPIL_ROWS];
    private final Map<String, Boolean> others = new LinkedHashMap<>();
    private String othersDescription;
    private boolean allegation;
    private boolean aboutHeadteacher;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            requestKey = UUID.randomUUID().toString();
            occurredOn = LocalDate.now(SCHOOL_TIME).toString();
            occurredAt = LocalTime.now(SCHOOL_TIME).format(DateTimeFormatter.ofPattern("HH:mm"));
        }
    }

    public String record() {
        location = Choices.radio("location");
        cameToLight = Choices.radio("cameToLight");
        if (description == null || description.isBlank()) {
            Errors.add("description", "Enter what happened");
        }
        LocalDate on = Choices.date("occurredOn", occurredOn, "Enter the date it happened");
        LocalTime at = null;
        try {
            at = occurredAt == null || occurredAt.isBlank() ? LocalTime.NOON : LocalTime.parse(occurredAt.strip());
        } catch (DateTimeException invalid) {
            Errors.add("occurredAt", "Enter a time like 14:30, or leave it empty if you do not know");
        }
        Location where = Choices.choice(Location.class, "location", location, "Choose where it happened");
        Discovery how = Choices.choice(Discovery.class, "cameToLight", cameToLight, "Choose how it came to light");
        IncidentType kind = null;
        if (type == null || type.isBlank()) {
            Errors.add("type", "Choose what kind of incident this is");
        } else {
            kind = catalogue().typeByCode("type", type);
        }
        List<Report.Person> people = people();
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        try {
            Report report = new Report(on.atTime(at).atZone(SCHOOL_TIME).toInstant(), where, locationDetail, how,
                    description, kind.getId(), people, allegation, allegation && aboutHeadteacher);
            IncidentService.Recorded recorded = incidents.record(report, requestKey);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done",
                    "Your concern has been recorded as incident " + recorded.incident().getId()
                            + ". The safeguarding team will see it now.");
            return "/school/incidents/mine?faces-redirect=true";
        } catch (DomainException refused) {
            Pages.reject(refused);
            return null;
        }
    }

    private List<Report.Person> people() {
        List<Report.Person> people = new ArrayList<>();
        for (int row = 0; row < PUPIL_ROWS; row++) {
            boolean anything = pupilRefs[row] != null && !pupilRefs[row].isBlank()
                    || pupilYears[row] != null && !pupilYears[row].isBlank();
            if (!anything) {
                continue;
            }
            String ref = pupilRefs[row] == null ? "" : pupilRefs[row].strip();
            if (ref.isEmpty()) {
                Errors.add("pupil-" + row + "-ref", "Enter pupil " + (row + 1) + "'s school reference (not their name)");
            } else if (!ref.matches("[A-Za-z0-9/_.-]{1,40}")) {
                Errors.add("pupil-" + row + "-ref", "Enter pupil " + (row + 1)
                        + "'s school reference: up to 40 letters, digits and / _ . - only, not a name");
            }
            Integer year = null;
            if (pupilYears[row] == null || pupilYears[row].isBlank()) {
                Errors.add("pupil-" + row + "-year", "Choose pupil " + (row + 1) + "'s year group");
            } else {
                year = Integer.valueOf(pupilYears[row]);
            }
            Involvement involvement = pupilInvolvement[row] == null || pupilInvolvement[row].isBlank()
                    ? Involvement.INVOLVED : Involvement.valueOf(pupilInvolvement[row]);
            people.add(new Report.Person(PersonKind.PUPIL, involvement, ref, year, Boolean.TRUE.equals(pupilSend[row]), null));
        }
        others.forEach((kind, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                people.add(new Report.Person(PersonKind.valueOf(kind), Involvement.INVOLVED, null, null, false, othersDescription));
            }
        });
        if (othersDescription != null && othersDescription.length() > 200) {
            Errors.add("othersDescription", "Describe the others in 200 characters or fewer");
        }
        return people;
    }

    private Catalogue catalogue() {
        return catalogues.of(TenantContext.current().laId());
    }

    public List<SelectItem> getLocations() {
        return Choices.of(Location.class, Location::label);
    }

    public List<SelectItem> getDiscoveries() {
        return Choices.of(Discovery.class, Discovery::label);
    }

    public List<SelectItem> getTypes() {
        return Choices.types(catalogue(), "Choose the closest");
    }

    public List<SelectItem> getYearGroups() {
        return Choices.yearGroups("Year group");
    }

    public List<SelectItem> getInvolvements() {
        List<SelectItem> items = new ArrayList<>(Choices.of(Involvement.class, Involvement::label));
        items.add(0, new SelectItem("", "How involved"));
        return items;
    }

    public List<SelectItem> getOtherKinds() {
        return List.of(new SelectItem(PersonKind.STAFF.name(), "A member of staff"),
                new SelectItem(PersonKind.PARENT.name(), "A parent or carer"),
                new SelectItem(PersonKind.UNKNOWN_EXTERNAL.name(), "Someone unknown or outside the school"));
    }

    public List<Integer> getPupilRows() {
        return java.util.stream.IntStream.range(0, PUPIL_ROWS).boxed().toList();
    }

    public String getRequestKey() {
        return requestKey;
    }

    public void setRequestKey(String requestKey) {
        this.requestKey = requestKey;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(String occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getLocation() {
        return location;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public void setLocationDetail(String locationDetail) {
        this.locationDetail = locationDetail;
    }

    public String getCameToLight() {
        return cameToLight;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String[] getPupilRefs() {
        return pupilRefs;
    }

    public String[] getPupilYears() {
        return pupilYears;
    }

    public Boolean[] getPupilSend() {
        return pupilSend;
    }

    public String[] getPupilInvolvement() {
        return pupilInvolvement;
    }

    public Map<String, Boolean> getOthers() {
        return others;
    }

    public String getOthersDescription() {
        return othersDescription;
    }

    public void setOthersDescription(String othersDescription) {
        this.othersDescription = othersDescription;
    }

    public boolean isAllegation() {
        return allegation;
    }

    public void setAllegation(boolean allegation) {
        this.allegation = allegation;
    }

    public boolean isAboutHeadteacher() {
        return aboutHeadteacher;
    }

    public void setAboutHeadteacher(boolean aboutHeadteacher) {
        this.aboutHeadteacher = aboutHeadteacher;
    }
}
