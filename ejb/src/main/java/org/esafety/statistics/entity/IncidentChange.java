package org.esafety.statistics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * An incident was recorded or changed: written in the same transaction as the change (the outbox),
 * deleted once the statistics count it.
 */
@Entity
@Table(name = "incident_change")
public class IncidentChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "la_id", nullable = false)
    private long laId;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected IncidentChange() {
    }

    public IncidentChange(long laId, long schoolId, long incidentId, Instant changedAt) {
        this.laId = laId;
        this.schoolId = schoolId;
        this.incidentId = incidentId;
        this.changedAt = changedAt;
    }
}
