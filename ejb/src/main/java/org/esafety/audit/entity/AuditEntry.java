package org.esafety.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.esafety.audit.control.AuditHash;

import java.time.Instant;

/**
 * One entry of the audit log. Not a tenant-filtered entity: LA administrators verify every chain,
 * and the entry names its school itself. Entries are only ever created, by {@link AuditChain#append}.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "chain_key", nullable = false, updatable = false)
    private String chainKey;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Column(name = "la_id", updatable = false)
    private Long laId;

    @Column(name = "school_id", updatable = false)
    private Long schoolId;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;

    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(String chainKey, long seq, Long laId, Long schoolId, String actor, String action,
               String entityType, String entityId, String summary, Instant occurredAt, String prevHash) {
        this.chainKey = chainKey;
        this.seq = seq;
        this.laId = laId;
        this.schoolId = schoolId;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.occurredAt = occurredAt;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The hash this entry should carry given its fields as stored now. */
    public String computeHash() {
        return AuditHash.of(prevHash, chainKey, seq, occurredAt, actor, laId, schoolId, action, entityType,
                entityId, summary);
    }

    public Long getId() {
        return id;
    }

    public String getChainKey() {
        return chainKey;
    }

    public long getSeq() {
        return seq;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
