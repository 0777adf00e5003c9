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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/**
 * An online-safety concern a member of staff recorded, and where the DSL's handling of it stands.
 * What was said and done about it lives in its chronology, which is never changed.
 */
@Entity
@Table(name = "incident")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reported_by", nullable = false)
    private String reportedBy;

    @Column(name = "reporter_name", nullable = false)
    private String reporterName;

    @Column(name = "request_key", nullable = false)
    private String requestKey;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Location location;

    @Column(name = "location_detail")
    private String locationDetail;

    @Enumerated(EnumType.STRING)
    @Column(name = "came_to_light", nullable = false)
    private Discovery discovery;

    @Column(nullable = false)
    private String description;

    @Column(name = "reported_type_id", nullable = false)
    private long reportedTypeId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "type_id", nullable = false)
    private long typeId;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncidentStatus status;

    @Column(nullable = false)
    private boolean restricted;

    @Column(name = "about_headteacher", nullable = false)
    private boolean aboutHeadteacher;

    @Column(name = "youngest_year")
    private Integer youngestYear;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "close_rationale")
    private String closeRationale;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Incident() {
    }

    /**
     * @param type the type the reporter chose (the report's type), which also gives the first category
     */
    public Incident(Report report, IncidentType type, String reporterId, String reporterName, String requestKey,
                    Instant now) {
        this.reportedBy = reporterId;
        this.reporterName = reporterName;
        this.requestKey = requestKey;
        this.reportedAt = now;
        this.occurredAt = report.occurredAt();
        this.location = report.location();
        this.locationDetail = blankToNull(report.locationDetail());
        this.discovery = report.discovery();
        this.description = report.description().strip();
        this.reportedTypeId = report.typeId();
        this.typeId = report.typeId();
        this.categoryId = type.getCategoryId();
        this.restricted = report.restricted();
        this.aboutHeadteacher = report.restricted() && report.aboutHeadteacher();
        this.youngestYear = report.people().stream().map(Report.Person::yearGroup).filter(Objects::nonNull)
                .min(Integer::compareTo).orElse(null);
        this.status = IncidentStatus.NEW;
        this.updatedAt = now;
    }

    /** The DSL's judgement: how serious, and what it really is. Repeating it later revises it. */
    public void triage(Severity severity, long categoryId, long typeId, String by, Instant now) {
        requireOpen();
        this.severity = severity;
        this.categoryId = categoryId;
        this.typeId = typeId;
        this.triagedBy = by;
        this.triagedAt = triagedAt == null ? now : triagedAt;
        this.status = IncidentStatus.OPEN;
        this.updatedAt = now;
    }

    /** Closing needs a rationale, including for a decision not to refer; the closure rules are checked first. */
    public void close(String rationale, Instant now) {
        requireOpen();
        if (severity == null) {
            throw DomainException.conflict("severity", "Triage the incident (set its severity) before closing it");
        }
        if (rationale == null || rationale.isBlank()) {
            throw DomainException.invalid("rationale",
                    "Enter why the incident can be closed, including any decision not to refer it");
        }
        this.closeRationale = rationale.strip();
        this.closedAt = now;
        this.status = IncidentStatus.CLOSED;
        this.updatedAt = now;
    }

    public void reopen(Instant now) {
        if (status != IncidentStatus.CLOSED) {
            throw DomainException.conflict("status", "Only a closed incident can be reopened");
        }
        this.status = IncidentStatus.OPEN;
        this.closedAt = null;
        this.closeRationale = null;
        this.updatedAt = now;
    }

    /** Any work on the incident: refused once it is closed (reopen it first). */
    public void requireOpen() {
        if (status == IncidentStatus.CLOSED) {
            throw DomainException.conflict("status", "This incident is closed; reopen it to record more");
        }
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    /** What the audit log keeps of the incident's state (never the description: the chronology has it). */
    public Map<String, Object> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("status", status.name());
        summary.put("severity", severity == null ? null : severity.name());
        summary.put("categoryId", categoryId);
        summary.put("typeId", typeId);
        summary.put("restricted", restricted);
        return summary;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public String getReporterName() {
        return reporterName;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Location getLocation() {
        return location;
    }

    public String getLocationDetail() {
        return locationDetail;
    }

    public Discovery getDiscovery() {
        return discovery;
    }

    public String getDescription() {
        return description;
    }

    public long getReportedTypeId() {
        return reportedTypeId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public long getTypeId() {
        return typeId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public boolean isAboutHeadteacher() {
        return aboutHeadteacher;
    }

    public Integer getYoungestYear() {
        return youngestYear;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseRationale() {
        return closeRationale;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
