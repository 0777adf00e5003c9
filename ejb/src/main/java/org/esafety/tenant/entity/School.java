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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected School() {
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
}
