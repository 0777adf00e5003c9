package org.esafety.admin.schools;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.boundary.SchoolOnboarding;
import org.esafety.tenant.control.GiasFile.GiasSchool;
import org.esafety.tenant.entity.School;
import org.esafety.tenant.entity.SchoolPhase;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.util.ArrayList;
import java.util.List;

/** An LA administrator adds one school: the school, its Keycloak organization and its headteacher's invitation. */
@Named
@RequestScoped
public class NewSchoolPage {

    @Inject
    SchoolOnboarding onboarding;

    private String urn;
    private String name;
    private String phase;
    private String headFirstName;
    private String headLastName;
    private String headEmail;

    public String add() {
        Integer number = urn();
        SchoolPhase chosen = phase == null || phase.isBlank() ? null : SchoolPhase.valueOf(phase);
        if (chosen == null) {
            Errors.add("phase", "Select the school's phase of education");
        }
        if (name == null || name.isBlank()) {
            Errors.add("name", "Enter the school's name");
        } else if (name.strip().length() > 200) {
            Errors.add("name", "The school's name must be 200 characters or fewer");
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        try {
            School school = onboarding.add(new GiasSchool(0, number, name.strip(), chosen, null, null,
                    headFirstName, headLastName, headEmail));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done",
                    school.getName() + " has been added and its headteacher invited.");
            return "/schools?faces-redirect=true&q=" + school.getUrn();
        } catch (DomainException refused) {
            Pages.reject(refused.field() == null ? refused
                    : new DomainException(refused.kind(), FIELDS.getOrDefault(refused.field(), refused.field()), refused.getMessage()));
            return null;
        }
    }

    /** The service names the invited person's fields as on the staff form; here they are the headteacher's. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of("email", "headEmail",
            "firstName", "headFirstName", "lastName", "headLastName", "URN", "urn");

    private Integer urn() {
        String value = urn == null ? "" : urn.strip();
        if (value.isEmpty()) {
            Errors.add("urn", "Enter the school's URN");
        } else if (!value.matches("\\d{6}")) {
            Errors.add("urn", "The URN must be 6 digits, like 123456");
        } else {
            return Integer.valueOf(value);
        }
        return 0;
    }

    public List<SelectItem> getPhases() {
        List<SelectItem> phases = new ArrayList<>();
        phases.add(new SelectItem("", "Select a phase"));
        for (SchoolPhase value : SchoolPhase.values()) {
            phases.add(new SelectItem(value.name(), value.giasName()));
        }
        return phases;
    }

    public String getUrn() {
        return urn;
    }

    public void setUrn(String urn) {
        this.urn = urn;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getHeadFirstName() {
        return headFirstName;
    }

    public void setHeadFirstName(String headFirstName) {
        this.headFirstName = headFirstName;
    }

    public String getHeadLastName() {
        return headLastName;
    }

    public void setHeadLastName(String headLastName) {
        this.headLastName = headLastName;
    }

    public String getHeadEmail() {
        return headEmail;
    }

    public void setHeadEmail(String headEmail) {
        this.headEmail = headEmail;
    }
}
