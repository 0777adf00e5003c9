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

/** The initial review meeting of a nude or semi-nude image sharing incident: who met, what they decided, and which immediate-referral criteria apply. Words only, never an image. */
@Entity
@Table(name = "image_sharing_review")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class ImageSharingReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "met_on", nullable = false)
    private LocalDate metOn;

    @Column(nullable = false)
    private String attendees;

    @Column(nullable = false)
    private String decision;

    @Column(name = "adult_involved", nullable = false)
    private boolean adultInvolved;

    @Column(nullable = false)
    private boolean coercion;

    @Column(name = "extreme_acts", nullable = false)
    private boolean extremeActs;

    @Column(name = "under_thirteen", nullable = false)
    private boolean underThirteen;

    @Column(name = "immediate_risk", nullable = false)
    private boolean immediateRisk;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ImageSharingReview() {
    }

    public ImageSharingReview(long incidentId, LocalDate metOn, String attendees, String decision, boolean adultInvolved, boolean coercion, boolean extremeActs, boolean underThirteen, boolean immediateRisk, String recordedBy, Instant recordedAt) {
        this.incidentId = incidentId;
        this.metOn = metOn;
        this.attendees = attendees;
        this.decision = decision;
        this.adultInvolved = adultInvolved;
        this.coercion = coercion;
        this.extremeActs = extremeActs;
        this.underThirteen = underThirteen;
        this.immediateRisk = immediateRisk;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Any criterion ticked means children's social care or the police must be involved. */
    public boolean requiresReferral() {
        return adultInvolved || coercion || extremeActs || underThirteen || immediateRisk;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public LocalDate getMetOn() {
        return metOn;
    }

    public String getAttendees() {
        return attendees;
    }

    public String getDecision() {
        return decision;
    }

    public boolean isAdultInvolved() {
        return adultInvolved;
    }

    public boolean isCoercion() {
        return coercion;
    }

    public boolean isExtremeActs() {
        return extremeActs;
    }

    public boolean isUnderThirteen() {
        return underThirteen;
    }

    public boolean isImmediateRisk() {
        return immediateRisk;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
