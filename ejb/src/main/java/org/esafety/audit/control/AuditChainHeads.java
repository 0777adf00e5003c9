package org.esafety.audit.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import static jakarta.ejb.TransactionAttributeType.REQUIRES_NEW;

/**
 * Creates the head of a new audit chain in a transaction of its own. Creating it inside the writer's
 * transaction, after a locking read had found nothing, deadlocked concurrent first writers of a school
 * (each held a gap lock the other's insert needed); committed on its own, the head is simply there,
 * and writers queue on its row lock.
 */
@Stateless
public class AuditChainHeads {

    @PersistenceContext
    EntityManager em;

    /** Reviewed native SQL: audit_chain is not tenant-owned; INSERT IGNORE lets racing creators both go on. */
    @TransactionAttribute(REQUIRES_NEW)
    public void create(String chainKey, long laId) {
        em.createNativeQuery("INSERT IGNORE INTO audit_chain (chain_key, la_id, last_seq, last_hash) VALUES (?1, ?2, 0, ?3)")
                .setParameter(1, chainKey)
                .setParameter(2, laId)
                .setParameter(3, AuditHash.GENESIS)
                .executeUpdate();
    }
}
