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

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** Someone involved in an incident. A pupil is named only by the school's own reference. */
@Entity
@Table(name = "incident_person")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class InvolvedPerson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PersonKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Involvement involvement;

    @Column(name = "pupil_ref")
    private String pupilRef;

    @Column(name = "year_group")
    private Integer yearGroup;

    @Column(nullable = false)
    private boolean send;

    private String description;

    protected InvolvedPerson() {
    }

    public InvolvedPerson(long incidentId, Report.Person person) {
        this.incidentId = incidentId;
        this.kind = person.kind();
        this.involvement = person.involvement();
        this.pupilRef = person.kind() == PersonKind.PUPIL ? person.pupilRef().strip() : null;
        this.yearGroup = person.kind() == PersonKind.PUPIL ? person.yearGroup() : null;
        this.send = person.kind() == PersonKind.PUPIL && person.send();
        this.description = person.description() == null || person.description().isBlank() ? null : person.description().strip();
    }

    /** How a page names this person: a pupil by reference and year, anyone else by kind and words. */
    public String describe() {
        if (kind == PersonKind.PUPIL) {
            return pupilRef + " (" + (yearGroup == null ? "year not known" : yearGroup == 0 ? "Reception" : "Year " + yearGroup)
                    + (send ? ", SEND" : "") + ")";
        }
        return kind.label() + (description == null ? "" : ": " + description);
    }

    public Long getId() {
        return id;
    }

    public long getIncidentId() {
        return incidentId;
    }

    public PersonKind getKind() {
        return kind;
    }

    public Involvement getInvolvement() {
        return involvement;
    }

    public String getPupilRef() {
        return pupilRef;
    }

    public Integer getYearGroup() {
        return yearGroup;
    }

    public boolean isSend() {
        return send;
    }

    public String getDescription() {
        return description;
    }
}
