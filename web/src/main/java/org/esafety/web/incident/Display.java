package org.esafety.web.incident;

import org.esafety.incident.entity.IncidentStatus;
import org.esafety.incident.entity.Severity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How incident pages show times, statuses and severities. */
public final class Display {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.of("Europe/London"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private Display() {
    }

    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String statusTag(IncidentStatus status) {
        return switch (status) {
            case NEW -> "govuk-tag--blue";
            case OPEN -> "govuk-tag--yellow";
            case CLOSED -> "govuk-tag--grey";
        };
    }

    public static String severityTag(Severity severity) {
        if (severity == null) {
            return "govuk-tag--grey";
        }
        return switch (severity) {
            case LOW -> "govuk-tag--green";
            case MEDIUM -> "govuk-tag--yellow";
            case HIGH -> "govuk-tag--orange";
            case CRITICAL -> "govuk-tag--red";
        };
    }

    /** What a reporter sees of where their report stands. */
    public static String reporterStatus(IncidentStatus status) {
        return switch (status) {
            case NEW -> "Waiting for the safeguarding team";
            case OPEN -> "Being handled";
            case CLOSED -> "Closed";
        };
    }
}
