package org.esafety.contact.entity;

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
import org.esafety.tenant.control.TenantSessionCustomizer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;
import static jakarta.persistence.DiscriminatorType.INTEGER;

/** One person a school names for a safeguarding role. */
@Entity
@Table(name = "school_contact")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class SchoolContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactRole role;

    @Column(nullable = false)
    private String email;

    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SchoolContact() {
    }

    public SchoolContact(String name, ContactRole role, String email, String phone, Instant now) {
        this.createdAt = now;
        change(name, role, email, phone, now);
    }

    public void change(String name, ContactRole role, String email, String phone, Instant now) {
        this.name = name.strip();
        this.role = role;
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = phone == null || phone.isBlank() ? null : phone.strip();
        this.updatedAt = now;
    }

    /** What the audit log keeps of this contact before and after a change. */
    public Map<String, Object> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("name", name);
        summary.put("role", role.name());
        summary.put("email", email);
        summary.put("phone", phone);
        return summary;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ContactRole getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
