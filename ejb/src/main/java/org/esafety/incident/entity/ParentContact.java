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
import java.time.LocalDate;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** Whether parents or carers were told: when, by whom and how, or why not. */
@Entity
@Table(name = "incident_parent_contact")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class ParentContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(nullable = false)
    private boolean informed;

    @Column(name = "informed_on")
    private LocalDate informedOn;

    @Column(name = "informed_by")
    private String informedBy;

    @Enumerated(EnumType.STRING)
    private ContactMethod method;

    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ParentContact() {
    }

    public ParentContact(long incidentId, boolean informed, LocalDate informedOn, String informedBy, ContactMethod method, String reason, String recordedBy, Instant recordedAt) {
        this.incidentId = incidentId;
        this.informed = informed;
        this.informedOn = informedOn;
        this.informedBy = informedBy;
        this.method = method;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public boolean isInformed() {
        return informed;
    }

    public LocalDate getInformedOn() {
        return informedOn;
    }

    public String getInformedBy() {
        return informedBy;
    }

    public ContactMethod getMethod() {
        return method;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
