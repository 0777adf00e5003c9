package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.IncidentFile;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.entity.IncidentStatus;
import org.esafety.incident.entity.Route;
import org.esafety.platform.control.DomainException;
import org.esafety.ui.Pages;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One incident as its handler sees it: what was reported, who is involved, the responses, sanctions
 * and parents informed, the documents, and the whole chronology in time order. Opening it is audited.
 */
@Named
@RequestScoped
public class IncidentPage {

    public record History(String at, String action, String who) {
    }

    @Inject
    IncidentService incidents;

    private Long id;
    private IncidentFile file;

    public void load() {
        if (id == null) {
            Pages.refuse(DomainException.notFound("No incident was named"));
            return;
        }
        try {
            file = incidents.open(id);
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public IncidentFile getFile() {
        return file;
    }

    public boolean isClosed() {
        return file != null && file.incident().getStatus() == IncidentStatus.CLOSED;
    }

    public boolean isNudeImageSharing() {
        return file != null && file.type().isNudeImageSharing();
    }

    /** Whether the review found a criterion and no referral to social care or police is on record yet. */
    public boolean isReferralOutstanding() {
        return file != null && file.referralRequired() && file.actions().stream()
                .noneMatch(action -> action.getRoute() == Route.SOCIAL_CARE || action.getRoute() == Route.POLICE);
    }

    public boolean overdue(org.esafety.incident.entity.ResponseAction action) {
        return action.isOverdue(LocalDate.now(ZoneId.of("Europe/London")));
    }

    public List<History> getHistory() {
        if (file == null) {
            return List.of();
        }
        Map<String, String> names = incidents.memberNames();
        return incidents.history(id).stream().map(entry -> new History(Display.when(entry.getOccurredAt()),
                switch (entry.getAction()) {
                    case "VIEW" -> "Read";
                    case "CREATE" -> "Recorded";
                    default -> "Changed";
                }, names.getOrDefault(entry.getActor(), entry.getActor()))).toList();
    }

    public String when(java.time.Instant instant) {
        return Display.when(instant);
    }

    public String day(LocalDate date) {
        return Display.day(date);
    }

    public String statusTag() {
        return Display.statusTag(file.incident().getStatus());
    }

    public String severityTag() {
        return Display.severityTag(file.incident().getSeverity());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
