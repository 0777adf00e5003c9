package org.esafety.incident.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.TenantSessionCustomizer;

import java.time.Instant;
import java.time.LocalDate;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** A response route the DSL decided on, tracked until it is done: due by a date, then done with an outcome. */
@Entity
@Table(name = "incident_action")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class ResponseAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Route route;

    @Column(nullable = false)
    private String rationale;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    private String outcome;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected ResponseAction() {
    }

    public ResponseAction(long incidentId, Route route, String rationale, LocalDate dueOn, String decidedBy, Instant decidedAt) {
        this.incidentId = incidentId;
        this.route = route;
        this.rationale = rationale;
        this.dueOn = dueOn;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public void complete(LocalDate doneOn, String outcome) {
        if (this.doneOn != null) {
            throw DomainException.conflict("action", "This response is already recorded as done");
        }
        this.doneOn = doneOn;
        this.outcome = outcome.strip();
    }

    public boolean isOverdue(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public Route getRoute() {
        return route;
    }

    public String getRationale() {
        return rationale;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
