package org.esafety.incident.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentType;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each LA's catalogue of incident categories and types, read once a minute rather than on every
 * incident recorded; an LA's own addition is offered at once ({@link #forget}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Catalogues {

    static final Duration KEEP = Duration.ofMinutes(1);

    private record Kept(Catalogue catalogue, Instant until) {
    }

    private final Map<Long, Kept> kept = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    public Catalogue of(long laId) {
        Instant now = Instant.now();
        Kept entry = kept.get(laId);
        if (entry == null || entry.until().isBefore(now)) {
            entry = new Kept(load(laId), now.plus(KEEP));
            kept.put(laId, entry);
        }
        return entry.catalogue();
    }

    public void forget(long laId) {
        kept.remove(laId);
    }

    private Catalogue load(long laId) {
        return new Catalogue(
                em.createQuery("select c from IncidentCategory c where c.laId is null or c.laId = :la"
                                + " order by c.position, c.id", IncidentCategory.class)
                        .setParameter("la", laId).getResultList(),
                em.createQuery("select t from IncidentType t where t.laId is null or t.laId = :la"
                                + " order by t.position, t.id", IncidentType.class)
                        .setParameter("la", laId).getResultList());
    }
}
