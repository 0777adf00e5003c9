package org.esafety.web.incident;

import org.esafety.incident.boundary.IncidentService;
import org.esafety.incident.entity.Incident;

import java.time.Instant;

/** One incident in the DSL's queue. */
public record QueueItemRepresentation(long id, Instant reportedAt, Instant occurredAt, String status, String severity,
                                      String category, String type, boolean restricted, Integer youngestYear,
                                      long overdueActions, String summary) {

    static final int SUMMARY_LENGTH = 140;

    static QueueItemRepresentation of(IncidentService.QueueItem item) {
        Incident i = item.incident();
        return new QueueItemRepresentation(i.getId(), i.getReportedAt(), i.getOccurredAt(), i.getStatus().name(),
                i.getSeverity() == null ? null : i.getSeverity().name(), item.categoryLabel(), item.typeLabel(),
                i.isRestricted(), i.getYoungestYear(), item.overdueActions(),
                summary(i.getDescription()));
    }

    /** The start of what happened, for a list. */
    static String summary(String text) {
        return text.length() <= SUMMARY_LENGTH ? text : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
