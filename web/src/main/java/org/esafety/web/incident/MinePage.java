package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.entity.Incident;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.Page;
import org.esafety.ui.Pages;

import java.util.List;

/** A member of staff's own reports and where each stands; not the safeguarding team's work on them. */
@Named
@RequestScoped
public class MinePage {

    static final int PAGE_SIZE = 25;

    public record Row(long id, String reported, String summary, String status, String tag) {
    }

    @Inject
    IncidentService incidents;

    private int page = 1;
    private Page<Incident> result;

    public void load() {
        try {
            result = incidents.mine((Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (DomainException refused) {
            Pages.refuse(refused);
        }
    }

    public List<Row> getRows() {
        return result == null ? List.of() : result.items().stream().map(i -> new Row(i.getId(), Display.when(i.getReportedAt()),
                QueueItemRepresentation.summary(i.getDescription()), Display.reporterStatus(i.getStatus()),
                Display.statusTag(i.getStatus()))).toList();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
