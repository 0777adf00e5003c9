package org.esafety.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.esafety.tenant.control.TenantSessionCustomizer;

import java.time.Instant;
import java.time.LocalDate;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** A sanction from the school's ladder, given to a pupil involved in an incident. */
@Entity
@Table(name = "incident_sanction")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class Sanction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "level_id", nullable = false)
    private long levelId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    private String note;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Sanction() {
    }

    public Sanction(long incidentId, long personId, long levelId, LocalDate startsOn, LocalDate endsOn, String note, String decidedBy, Instant decidedAt) {
        this.incidentId = incidentId;
        this.personId = personId;
        this.levelId = levelId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public long getPersonId() {
        return personId;
    }

    public long getLevelId() {
        return levelId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getNote() {
        return note;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
