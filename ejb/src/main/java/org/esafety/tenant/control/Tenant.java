package org.esafety.tenant.control;

import org.esafety.platform.control.DomainException;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting and for which tenant: the local authority, the school (absent for LA staff),
 * the user and their roles. Built from a verified token, or explicitly for background work.
 */
public record Tenant(long laId, Long schoolId, String userId, Set<Role> roles) {

    public Tenant {
        if (laId <= 0) {
            throw new IllegalArgumentException("a tenant needs a local authority");
        }
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("a tenant needs a user");
        }
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        if (schoolId == null && roles.stream().anyMatch(Role::isSchoolRole)) {
            throw new IllegalArgumentException("school roles need a school");
        }
    }

    public static Tenant ofSchool(long laId, long schoolId, String userId, Set<Role> roles) {
        return new Tenant(laId, schoolId, userId, roles);
    }

    public static Tenant ofLocalAuthority(long laId, String userId, Set<Role> roles) {
        return new Tenant(laId, null, userId, roles);
    }

    public Optional<Long> school() {
        return Optional.ofNullable(schoolId);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The audit chain this tenant's changes are appended to. */
    public String auditChain() {
        return schoolId != null ? "school:" + schoolId : "la:" + laId;
    }

    /**
     * Refuses a caller that holds none of the given roles, or that is not acting for a school.
     *
     * @return the caller's school
     */
    public long requireSchoolRole(Set<Role> anyOf) {
        if (schoolId == null || roles.stream().noneMatch(anyOf::contains)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, null,
                    "This needs one of these school roles: " + anyOf);
        }
        return schoolId;
    }

    /** Refuses a caller that holds none of the given LA roles. */
    public void requireLaRole(Set<Role> anyOf) {
        if (roles.stream().noneMatch(anyOf::contains)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, null,
                    "This needs one of these local authority roles: " + anyOf);
        }
    }
}
