package org.esafety.incident.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One of the 4Cs of online risk (content, contact, conduct, commerce), or a category an LA added.
 * Reference data: shared by every school of an LA.
 */
@Entity
@Cacheable
@Table(name = "incident_category")
public class IncidentCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "la_id")
    private Long laId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String hint;

    @Column(nullable = false)
    private int position;

    protected IncidentCategory() {
    }

    public IncidentCategory(long laId, String code, String label, String hint, int position) {
        this.laId = laId;
        this.code = code;
        this.label = label;
        this.hint = hint;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    /** Null for a category every LA has. */
    public Long getLaId() {
        return laId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public int getPosition() {
        return position;
    }
}
