package org.esafety.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.esafety.tenant.control.Tenant;

import java.time.Instant;

/** The head of one hash chain: the sequence number and hash of its last entry. */
@Entity
@Table(name = "audit_chain")
public class AuditChain {

    @Id
    @Column(name = "chain_key")
    private String chainKey;

    @Column(name = "la_id", nullable = false)
    private long laId;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditChain() {
    }

    /** Appends the next entry; the caller holds this head's row lock so that appends are ordered. */
    public AuditEntry append(Tenant tenant, String action, String entityType, String entityId, String summary,
                             Instant at) {
        AuditEntry entry = new AuditEntry(chainKey, lastSeq + 1, tenant.laId(), tenant.schoolId(), tenant.userId(),
                action, entityType, entityId, summary, at, lastHash);
        lastSeq = entry.getSeq();
        lastHash = entry.getHash();
        return entry;
    }

    public String getChainKey() {
        return chainKey;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
