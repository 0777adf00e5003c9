package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.SanctionLadder;
import org.esafety.incident.entity.SanctionLevel;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.TenantContext;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.util.List;

/**
 * The school's graded ladder of sanctions, mildest first: the headteacher or DSL adds steps to match
 * the behaviour policy, and stops offering a step without losing the sanctions already given with it.
 */
@Named
@RequestScoped
public class LadderPage {

    @Inject
    SanctionLadder ladder;

    private List<SanctionLevel> levels;
    private String rank;
    private String label;

    public void load() {
        try {
            TenantContext.current().requireSchoolRole(SanctionLadder.EDITORS);
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public List<SanctionLevel> getLevels() {
        if (levels == null) {
            levels = ladder.levels();
        }
        return levels;
    }

    public String add() {
        int position = 0;
        try {
            position = Integer.parseInt(rank == null ? "" : rank.strip());
        } catch (NumberFormatException notANumber) {
            Errors.add("rank", "Enter the rank as a whole number, 1 for the mildest");
        }
        if (label == null || label.isBlank()) {
            Errors.add("label", "Enter the sanction");
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        return save(null, position, label, true, "Sanction added to the ladder.");
    }

    public String toggle(SanctionLevel level) {
        return save(level.getId(), level.getRankOrder(), level.getLabel(), !level.isActive(),
                level.isActive() ? level.getLabel() + " is no longer offered." : level.getLabel() + " is offered again.");
    }

    private String save(Long id, int position, String text, boolean active, String done) {
        try {
            ladder.save(id, position, text, active);
        } catch (DomainException refused) {
            Pages.reject(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put("done", done);
        return "/school/sanctions?faces-redirect=true";
    }

    public String getRank() {
        if (rank == null) {
            rank = String.valueOf(getLevels().size() + 1);
        }
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }
}
