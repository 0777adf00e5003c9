package org.esafety.tenant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.TenantSessionCustomizer;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static jakarta.persistence.DiscriminatorType.INTEGER;
import static org.eclipse.persistence.annotations.MultitenantType.SINGLE_TABLE;

/**
 * A person who works for a school in E-Safety Hub: a Keycloak user in the school's organization,
 * with the school roles its headteacher gave them.
 */
@Entity
@Table(name = "school_member")
@Multitenant(SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "school_id", contextProperty = TenantSessionCustomizer.SCHOOL_PROPERTY,
        discriminatorType = INTEGER, primaryKey = true)
public class SchoolMember {

    public enum Status { INVITED, ACTIVE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private String userId;

    @Column(nullable = false)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Convert(converter = RoleSetConverter.class)
    @Column(nullable = false)
    private Set<Role> roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "signed_in_at")
    private Instant signedInAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SchoolMember() {
    }

    private SchoolMember(String userId, String email, String firstName, String lastName, Set<Role> roles, Instant now) {
        this.userId = userId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.roles = schoolRoles(roles);
        this.updatedAt = now;
    }

    public static SchoolMember invited(String userId, String email, String firstName, String lastName, Set<Role> roles, Instant now) {
        SchoolMember member = new SchoolMember(userId, email, firstName, lastName, roles, now);
        member.status = Status.INVITED;
        member.invitedAt = now;
        return member;
    }

    /** Someone Keycloak already knew (a realm import, an earlier deployment) who signs in for the first time. */
    public static SchoolMember signedIn(String userId, String email, String firstName, String lastName, Set<Role> roles, Instant now) {
        SchoolMember member = new SchoolMember(userId, email, firstName, lastName, roles, now);
        member.status = Status.ACTIVE;
        member.signedInAt = now;
        return member;
    }

    public void assign(Set<Role> roles, Instant now) {
        this.roles = schoolRoles(roles);
        this.updatedAt = now;
    }

    /** Records the first sign-in; the invitation is then accepted. */
    public boolean recordSignIn(Instant now) {
        if (status == Status.ACTIVE) {
            return false;
        }
        status = Status.ACTIVE;
        signedInAt = now;
        updatedAt = now;
        return true;
    }

    private static Set<Role> schoolRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw DomainException.invalid("roles", "Choose at least one role");
        }
        if (roles.stream().anyMatch(role -> !role.isSchoolRole())) {
            throw DomainException.invalid("roles", "Local authority roles cannot be given within a school");
        }
        return EnumSet.copyOf(roles);
    }

    public Map<String, Object> auditSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("userId", userId);
        summary.put("email", email);
        summary.put("roles", roles.toString());
        summary.put("status", status.name());
        return summary;
    }

    public boolean isSafeguardingLead() {
        return roles.contains(Role.DSL) || roles.contains(Role.DEPUTY_DSL);
    }

    public Long getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getName() {
        return (firstName + " " + lastName).strip();
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Status getStatus() {
        return status;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getSignedInAt() {
        return signedInAt;
    }

    public long getVersion() {
        return version;
    }
}
