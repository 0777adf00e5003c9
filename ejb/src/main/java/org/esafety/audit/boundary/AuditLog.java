package org.esafety.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.esafety.audit.control.AuditChainHeads;
import org.esafety.audit.entity.AuditChain;
import org.esafety.audit.entity.AuditEntry;
import org.esafety.platform.control.InstantConverter;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static jakarta.ejb.TransactionAttributeType.MANDATORY;
import static jakarta.ejb.TransactionAttributeType.SUPPORTS;

/**
 * Appends to the audit log inside the caller's transaction: if the change rolls back, so does its
 * entry, and a committed change always has one.
 */
@Stateless
@TransactionAttribute(MANDATORY)
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    /** Chain heads known to exist: one per school and per LA, so a few hundred at most. */
    private static final Set<String> KNOWN_HEADS = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditChainHeads heads;

    /**
     * Records a change by the current tenant's user.
     *
     * @param before what the thing was (null when created)
     * @param after  what it became (null when deleted)
     */
    public void record(String action, String entityType, Object entityId, Map<String, ?> before,
                       Map<String, ?> after) {
        Tenant tenant = TenantContext.current();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("before", before);
        summary.put("after", after);
        AuditChain head = lockHead(tenant.auditChain(), tenant.laId());
        em.persist(head.append(tenant, action, entityType, String.valueOf(entityId), JSON.toJson(summary),
                InstantConverter.now()));
    }

    /**
     * Everything recorded about one thing in the current tenant's own chain, oldest first: who
     * changed or read it, and when.
     */
    @TransactionAttribute(SUPPORTS)
    public List<AuditEntry> trail(String entityType, Object entityId) {
        Tenant tenant = TenantContext.current();
        // The school condition lets the lookup use the (school, entity) index; the chain keeps LA work apart.
        String school = tenant.schoolId() == null ? " and e.schoolId is null" : " and e.schoolId = " + tenant.schoolId();
        return em.createQuery("select e from AuditEntry e where e.chainKey = :chain and e.entityType = :type"
                        + " and e.entityId = :id" + school + " order by e.seq", AuditEntry.class)
                .setParameter("chain", tenant.auditChain())
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getResultList();
    }

    private AuditChain lockHead(String chainKey, long laId) {
        // A plain read takes no lock (and loads nothing); a missing head is created on its own. Only
        // then the locking read: it finds the row, so it locks that row and no gap around it. Heads are
        // never deleted (the application may not), so a head seen once is not looked for again.
        if (!KNOWN_HEADS.contains(chainKey)) {
            boolean exists = !em.createQuery("select c.lastSeq from AuditChain c where c.chainKey = :key", Long.class)
                    .setParameter("key", chainKey).getResultList().isEmpty();
            if (!exists) {
                heads.create(chainKey, laId);
            }
            KNOWN_HEADS.add(chainKey);
        }
        return em.find(AuditChain.class, chainKey, LockModeType.PESSIMISTIC_WRITE);
    }
}
