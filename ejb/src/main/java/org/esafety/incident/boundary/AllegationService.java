package org.esafety.incident.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.QueryHints;
import org.esafety.audit.boundary.AuditLog;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.control.IncidentFiles;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.IncidentStatus;
import org.esafety.platform.control.DomainException;
import org.esafety.platform.control.InstantConverter;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.School;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The LA designated officer's (LADO's) route to allegations against staff: the one explicit way an
 * LA role reads school incident records. Only restricted allegations, only in the LADO's own LA, and
 * every list and read is audited (a read in the school's own chain, so the school sees it too).
 */
@Stateless
public class AllegationService {

    public record Allegation(long schoolId, int urn, String schoolName, long incidentId, Instant reportedAt,
                             IncidentStatus status, boolean aboutHeadteacher) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Catalogues catalogues;

    public List<Allegation> list() {
        Tenant lado = TenantContext.current();
        lado.requireLaRole(EnumSet.of(Role.LADO));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.urn, s.name, i.id, i.reported_at, i.status,"
                        + " i.about_headteacher FROM incident i JOIN school s ON s.id = i.school_id"
                        + " WHERE s.la_id = ? AND i.restricted = TRUE ORDER BY i.reported_at DESC LIMIT 500")
                .setParameter(1, lado.laId())
                // EclipseLink refuses native queries once any entity is multitenant, unless a query says it is reviewed.
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .getResultList();
        audit.record("LIST", "Allegation", lado.laId(), null, Map.of("count", rows.size()));
        InstantConverter converter = new InstantConverter();
        return rows.stream().map(row -> new Allegation(((Number) row[0]).longValue(), ((Number) row[1]).intValue(),
                (String) row[2], ((Number) row[3]).longValue(), converter.convertToEntityAttribute(row[4]),
                IncidentStatus.valueOf((String) row[5]), toBoolean(row[6]))).toList();
    }

    /** One allegation, read in its school's tenant; the read is audited in the school's chain. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public IncidentFile open(long schoolId, long incidentId) {
        Tenant lado = TenantContext.current();
        lado.requireLaRole(EnumSet.of(Role.LADO));
        return TenantContext.runAs(Tenant.ofSchool(lado.laId(), schoolId, lado.userId(), EnumSet.of(Role.LADO)), () -> {
            School school = em.find(School.class, schoolId);
            Incident incident = school == null || school.getLaId() != lado.laId() ? null : em.find(Incident.class, incidentId);
            if (incident == null || !incident.isRestricted()) {
                throw DomainException.notFound("Allegation " + incidentId);
            }
            audit.record("VIEW", "Incident", incidentId, null, Map.of("route", "LADO"));
            return IncidentFiles.read(em, catalogues.of(lado.laId()), incident);
        });
    }

    private static boolean toBoolean(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
