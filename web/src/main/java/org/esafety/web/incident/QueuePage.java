package org.esafety.web.incident;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.entity.IncidentStatus;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.Page;
import org.esafety.tenant.control.TenantContext;
import org.esafety.ui.Errors;
import org.esafety.ui.Pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The DSL's queue: new concerns first by default, with filters by status, category, type, year group
 * and date, overdue responses, search, sort and pages. Filters travel in the address, so a filtered
 * view can be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class QueuePage {

    static final int PAGE_SIZE = 25;

    public record Row(long id, String reported, String summary, String status, String statusTag, String severity,
                      String severityTag, String category, String type, String year, long overdue, boolean restricted) {
    }

    @Inject
    IncidentService incidents;

    @Inject
    Catalogues catalogues;

    private String status;
    private String category;
    private String type;
    private String year;
    private String from;
    private String to;
    private String q;
    private boolean overdue;
    private String sort;
    private int page = 1;
    private Page<IncidentService.QueueItem> result;

    public void load() {
        IncidentStatus chosenStatus = null;
        if (status != null && !status.isBlank()) {
            chosenStatus = Choices.choice(IncidentStatus.class, "status", status, "Choose a status from the list");
        }
        Integer chosenYear = null;
        if (year != null && !year.isBlank()) {
            try {
                chosenYear = Integer.valueOf(year);
            } catch (NumberFormatException notYear) {
                Errors.add("year", "Choose a year group from the list");
            }
        }
        LocalDate fromDate = Choices.date("from", from, null);
        LocalDate toDate = Choices.date("to", to, null);
        IncidentService.QueueFilter filter = new IncidentService.QueueFilter(chosenStatus, overdue, blank(category),
                blank(type), chosenYear, fromDate, toDate, q);
        try {
            result = incidents.queue(filter, sort, (Math.max(page, 1) - 1) * PAGE_SIZE, PAGE_SIZE);
        } catch (DomainException refused) {
            if (refused.kind() == DomainException.Kind.INVALID) {
                Pages.reject(refused);
                result = incidents.queue(new IncidentService.QueueFilter(null, false, null, null, null, null, null, null),
                        null, 0, PAGE_SIZE);
            } else {
                Pages.refuse(refused);
            }
        }
    }

    public List<Row> getRows() {
        return result == null ? List.of() : result.items().stream().map(item -> {
            var i = item.incident();
            return new Row(i.getId(), Display.when(i.getReportedAt()), QueueItemRepresentation.summary(i.getDescription()),
                    i.getStatus().label(), Display.statusTag(i.getStatus()),
                    i.getSeverity() == null ? "Not triaged" : i.getSeverity().label(), Display.severityTag(i.getSeverity()),
                    item.categoryLabel(), item.typeLabel(), Choices.yearLabel(i.getYoungestYear()), item.overdueActions(),
                    i.isRestricted());
        }).toList();
    }

    public List<SelectItem> getStatuses() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem("", "Any status"));
        items.addAll(Choices.of(IncidentStatus.class, IncidentStatus::label));
        return items;
    }

    public List<SelectItem> getCategories() {
        return Choices.categories(catalogues.of(TenantContext.current().laId()), "Any category");
    }

    public List<SelectItem> getTypes() {
        return Choices.types(catalogues.of(TenantContext.current().laId()), "Any type");
    }

    public List<SelectItem> getYears() {
        return Choices.yearGroups("Any year group");
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFiltered() {
        return blank(status) != null || blank(category) != null || blank(type) != null || blank(year) != null
                || blank(from) != null || blank(to) != null || blank(q) != null || overdue;
    }

    /** A link to another page or sort of the same list, keeping the filters. */
    public String link(int toPage, String toSort) {
        StringBuilder link = new StringBuilder("/school/incidents?page=").append(toPage);
        append(link, "status", status);
        append(link, "category", category);
        append(link, "type", type);
        append(link, "year", year);
        append(link, "from", from);
        append(link, "to", to);
        append(link, "q", q);
        append(link, "overdue", overdue ? "true" : null);
        append(link, "sort", toSort);
        return link.toString();
    }

    /** The sort a column header links to: this column ascending, or descending when it already is. */
    public String sortFor(String column) {
        return column.equals(sort) ? "-" + column : column;
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getYear() { return year; }
    public void setYear(String year) { this.year = year; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public boolean isOverdue() { return overdue; }
    public void setOverdue(boolean overdue) { this.overdue = overdue; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
