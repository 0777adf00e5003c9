package org.esafety.web.incident;

import org.esafety.incident.entity.Incident;

import java.time.Instant;

/**
 * One of the caller's own reports: what they said and where it stands. Nothing of the DSL's work on
 * it (triage, chronology, referrals) is shown to the reporter.
 */
public record ReportRepresentation(long id, Instant reportedAt, Instant occurredAt, String status, String description) {

    static ReportRepresentation of(Incident incident) {
        return new ReportRepresentation(incident.getId(), incident.getReportedAt(), incident.getOccurredAt(),
                incident.getStatus().name(), incident.getDescription());
    }
}
