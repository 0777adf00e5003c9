package org.esafety.web.incident;

import org.esafety.incident.entity.SanctionLevel;

/** One step of the school's sanction ladder; rank 1 is the mildest. */
public record SanctionLevelRepresentation(long id, int rank, String label, boolean active) {

    static SanctionLevelRepresentation of(SanctionLevel level) {
        return new SanctionLevelRepresentation(level.getId(), level.getRankOrder(), level.getLabel(), level.isActive());
    }
}
