package org.esafety.web.incident;

import org.esafety.audit.entity.AuditEntry;

import java.time.Instant;
import java.util.Map;

/** One line of an incident's audit trail: who read or changed it, and when. */
public record HistoryRepresentation(Instant at, String action, String who) {

    static HistoryRepresentation of(AuditEntry entry, Map<String, String> names) {
        return new HistoryRepresentation(entry.getOccurredAt(), entry.getAction(),
                names.getOrDefault(entry.getActor(), entry.getActor()));
    }
}
