package org.esafety.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/** A school: a tenant of its LA's deployment, known nationally by its GIAS URN. */
@Entity
@Table(name = "school")
public class School {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "la_id", nullable = false)
    private long laId;

    /** Unique reference number from Get Information About Schools (GIAS). */
    @Column(nullable = false)
    private int urn;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolPhase phase;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SchoolStatus status;

    @Column(name = "establishment_type")
    private String establishmentType;

    private String postcode;

    /** The school's Keycloak organization: its members sign in for this school. */
    @Column(name = "organization_id")
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Onboarding onboarding = Onboarding.NOT_INVITED;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected School() {
    }

    public School(long laId, int urn, String name, SchoolPhase phase, String establishmentType, String postcode, Instant now) {
        this.laId = laId;
        this.urn = urn;
        this.name = name;
        this.phase = phase;
        this.establishmentType = establishmentType;
        this.postcode = postcode;
        this.status = SchoolStatus.OPEN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes what GIAS now says of the school.
     *
     * @return whether anything changed (a re-import of the same file changes nothing)
     */
    public boolean describe(String name, SchoolPhase phase, String establishmentType, String postcode, Instant now) {
        boolean changed = !Objects.equals(this.name, name) || this.phase != phase
                || !Objects.equals(this.establishmentType, establishmentType) || !Objects.equals(this.postcode, postcode)
                || this.status != SchoolStatus.OPEN;
        if (changed) {
            this.name = name;
            this.phase = phase;
            this.establishmentType = establishmentType;
            this.postcode = postcode;
            this.status = SchoolStatus.OPEN;
            this.updatedAt = now;
        }
        return changed;
    }

    public void linkOrganization(String organizationId) {
        this.organizationId = organizationId;
    }

    public void progress(Onboarding onboarding, Instant now) {
        if (this.onboarding != onboarding) {
            this.onboarding = onboarding;
            this.updatedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getLaId() {
        return laId;
    }

    public int getUrn() {
        return urn;
    }

    public String getName() {
        return name;
    }

    public SchoolPhase getPhase() {
        return phase;
    }

    public SchoolStatus getStatus() {
        return status;
    }

    public String getEstablishmentType() {
        return establishmentType;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public Onboarding getOnboarding() {
        return onboarding;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
