package org.esafety.incident.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.incident.control.IncidentAccess;
import org.esafety.incident.entity.SanctionLevel;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.TenantContext;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The school's graded ladder of sanctions. A school starts with a ladder of five steps, mildest
 * first, and changes it to match its behaviour policy.
 */
@Stateless
public class SanctionLadder {

    public static final Set<Role> EDITORS = EnumSet.of(Role.HEADTEACHER, Role.DSL);

    /** The ladder a school starts with. */
    static final List<String> STARTING_LADDER = List.of(
            "Reminder of the acceptable use agreement",
            "Parents or carers contacted",
            "Loss of device or internet access for a set time",
            "Internal sanction (for example detention or time out of lessons)",
            "Suspension");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** The ladder, lowest rank first; created from the starting ladder on first use. */
    public List<SanctionLevel> levels() {
        TenantContext.current().requireSchoolRole(IncidentAccess.REPORTERS);
        List<SanctionLevel> levels = read();
        if (levels.isEmpty()) {
            for (int rank = 1; rank <= STARTING_LADDER.size(); rank++) {
                em.persist(new SanctionLevel(rank, STARTING_LADDER.get(rank - 1)));
            }
            em.flush();
            levels = read();
        }
        return levels;
    }

    /** Adds a step, or changes one (its rank, words, or whether it is still offered). */
    public SanctionLevel save(Long id, int rank, String label, boolean active) {
        TenantContext.current().requireSchoolRole(EDITORS);
        if (label == null || label.isBlank() || label.length() > 120) {
            throw DomainException.invalid("label", "Enter the sanction in 120 characters or fewer");
        }
        if (rank < 1 || rank > 99) {
            throw DomainException.invalid("rank", "Rank must be from 1 (mildest) to 99");
        }
        levels();
        boolean taken = read().stream().anyMatch(level -> level.getLabel().equalsIgnoreCase(label.strip())
                && !level.getId().equals(id));
        if (taken) {
            throw DomainException.conflict("label", "The ladder already has " + label.strip());
        }
        SanctionLevel level;
        Map<String, Object> before = null;
        if (id == null) {
            level = new SanctionLevel(rank, label);
            em.persist(level);
        } else {
            level = em.find(SanctionLevel.class, id);
            if (level == null) {
                throw DomainException.notFound("Sanction " + id);
            }
            before = summary(level);
            level.change(rank, label, active);
        }
        em.flush();
        audit.record(id == null ? "CREATE" : "UPDATE", "SanctionLevel", level.getId(), before, summary(level));
        return level;
    }

    private List<SanctionLevel> read() {
        return em.createQuery("select l from SanctionLevel l order by l.rankOrder, l.id", SanctionLevel.class)
                .getResultList();
    }

    private static Map<String, Object> summary(SanctionLevel level) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rank", level.getRankOrder());
        summary.put("label", level.getLabel());
        summary.put("active", level.isActive());
        return summary;
    }
}
