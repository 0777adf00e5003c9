package org.esafety.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.esafety.tenant.control.TenantSessionCustomizer;

import java.time.Instant;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** One line of an incident's chronology: a note, a decision or the record of a change. Never changed once saved. */
@Entity
@Table(name = "incident_entry")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class ChronologyEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EntryKind kind;

    @Column(nullable = false)
    private String text;

    @Column(name = "corrects_id")
    private Long correctsId;

    @Column(name = "author_id", nullable = false)
    private String authorId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ChronologyEntry() {
    }

    public ChronologyEntry(long incidentId, EntryKind kind, String text, Long correctsId, String authorId, String authorName, String requestKey, Instant recordedAt) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.text = text;
        this.correctsId = correctsId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.requestKey = requestKey;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public Long getCorrectsId() {
        return correctsId;
    }

    public String getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
