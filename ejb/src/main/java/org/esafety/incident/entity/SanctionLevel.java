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

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/** One step of the school's graded ladder of sanctions; rank 1 is the mildest. */
@Entity
@Table(name = "sanction_level")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class SanctionLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private boolean active;

    protected SanctionLevel() {
    }

    public SanctionLevel(int rankOrder, String label) {
        this.rankOrder = rankOrder;
        this.label = label.strip();
        this.active = true;
    }

    public void change(int rankOrder, String label, boolean active) {
        this.rankOrder = rankOrder;
        this.label = label.strip();
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public int getRankOrder() {
        return rankOrder;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }
}
