package org.esafety.web.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.entity.IncidentStatus;
import org.esafety.platform.control.EnumName;
import org.esafety.platform.rest.PageQuery;

import java.time.LocalDate;

/** The DSL queue's query parameters, validated like a body. */
public class QueueQuery extends PageQuery {

    static final String DATE = "\\d{4}-\\d{2}-\\d{2}";
    static final String DATE_MESSAGE = "Enter a date like 2026-09-01";

    @QueryParam("status")
    @EnumName(IncidentStatus.class)
    public String status;

    @QueryParam("overdue")
    public boolean overdue;

    @QueryParam("category")
    @Size(max = 40, message = "Category must be 40 characters or fewer")
    public String category;

    @QueryParam("type")
    @Size(max = 40, message = "Type must be 40 characters or fewer")
    public String type;

    @QueryParam("yearGroup")
    @Min(value = 0, message = "Year group must be from 0 (Reception) to 13")
    @Max(value = 13, message = "Year group must be from 0 (Reception) to 13")
    public Integer yearGroup;

    @QueryParam("from")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    public String from;

    @QueryParam("to")
    @Pattern(regexp = DATE, message = DATE_MESSAGE)
    public String to;

    @QueryParam("q")
    @Size(max = 100, message = "Search text must be 100 characters or fewer")
    public String q;

    /** reported, occurred, severity, status or updated; - in front to reverse. */
    @QueryParam("sort")
    public String sort;

    IncidentService.QueueFilter filter() {
        return new IncidentService.QueueFilter(status == null ? null : IncidentStatus.valueOf(status), overdue,
                blankToNull(category), blankToNull(type), yearGroup, date("from", from), date("to", to), q);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException invalid) {
            throw org.esafety.platform.control.DomainException.invalid(field, DATE_MESSAGE + " (a real date)");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
