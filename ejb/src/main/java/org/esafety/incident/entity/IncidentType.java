package org.esafety.incident.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of incident (cyberbullying, online grooming, ...), under the category it usually falls in. */
@Entity
@Cacheable
@Table(name = "incident_type")
public class IncidentType {

    /** Nude or semi-nude image sharing: a guided initial review, referral rules, and no uploads. */
    public static final String NUDE_IMAGE_SHARING = "NUDE_IMAGE_SHARING";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "la_id")
    private Long laId;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private int position;

    protected IncidentType() {
    }

    public IncidentType(long laId, long categoryId, String code, String label, int position) {
        this.laId = laId;
        this.categoryId = categoryId;
        this.code = code;
        this.label = label;
        this.position = position;
    }

    public boolean isNudeImageSharing() {
        return NUDE_IMAGE_SHARING.equals(code);
    }

    public Long getId() {
        return id;
    }

    public Long getLaId() {
        return laId;
    }

    public long getCategoryId() {
        return categoryId;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public int getPosition() {
        return position;
    }
}
