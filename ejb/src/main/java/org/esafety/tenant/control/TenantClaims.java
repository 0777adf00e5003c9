package org.esafety.tenant.control;

import com.nimbusds.jwt.JWTClaimsSet;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tenant from the claims of a verified token: the LA ({@value #LA}), the school
 * ({@value #SCHOOL}, absent for LA staff), the subject, and the roles, from {@code groups} or from
 * Keycloak's {@code realm_access.roles}. A token that gives school roles without a school, or names
 * no LA, is refused.
 * <p>
 * Keycloak puts the school in its organization claim instead: {@code {"organization": {"<alias>":
 * {"id": "…", "school_id": ["12"]}}}} (the school is a Keycloak organization carrying our id as an
 * attribute; the client asks for the {@code organization} scope). Exactly one organization is
 * accepted: a member of several must choose one at sign-in.
 */
public final class TenantClaims {

    public static final String LA = "la_id";
    public static final String SCHOOL = "school_id";
    public static final String ORGANIZATION = "organization";

    private TenantClaims() {
    }

    /**
     * @throws IllegalArgumentException naming what the token lacks
     */
    public static Tenant tenantOf(JWTClaimsSet claims) {
        Long la = id(claims.getClaim(LA), LA);
        if (la == null) {
            throw new IllegalArgumentException("the token names no local authority (claim " + LA + ")");
        }
        Long school = id(claims.getClaim(SCHOOL) != null ? claims.getClaim(SCHOOL) : organizationSchool(claims), SCHOOL);
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new IllegalArgumentException("the token has no subject");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups(claims.getClaim("groups")).forEach(group -> Role.fromGroup(group).ifPresent(roles::add));
        if (claims.getClaim("realm_access") instanceof Map<?, ?> realm) {
            groups(realm.get("roles")).forEach(group -> Role.fromGroup(group).ifPresent(roles::add));
        }
        if (school == null && roles.stream().anyMatch(Role::isSchoolRole)) {
            throw new IllegalArgumentException("the token gives school roles but names no school (claim " + SCHOOL + ")");
        }
        return new Tenant(la, school, claims.getSubject(), roles);
    }

    private static Object organizationSchool(JWTClaimsSet claims) {
        Map<?, ?> organizations = organizations(claims.getClaim(ORGANIZATION));
        if (organizations.isEmpty()) {
            return null;
        }
        if (organizations.size() > 1) {
            throw new IllegalArgumentException("the token names " + organizations.size()
                    + " schools; sign in for one of them");
        }
        if (organizations.values().iterator().next() instanceof Map<?, ?> organization) {
            Collection<String> ids = groups(organization.get(SCHOOL));
            return ids.isEmpty() ? null : ids.iterator().next();
        }
        return null;
    }

    /**
     * The organizations with their attributes. Keycloak's own organization scope adds a list of
     * aliases under the same claim name, so the claim may come as a list holding that map.
     */
    private static Map<?, ?> organizations(Object claim) {
        if (claim instanceof Map<?, ?> map) {
            return map;
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().filter(Map.class::isInstance).map(Map.class::cast).findFirst().orElse(Map.of());
        }
        return Map.of();
    }

    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim));
    }

    private static Long id(Object claim, String name) {
        try {
            if (claim == null) {
                return null;
            }
            long id = claim instanceof Number number ? number.longValue() : Long.parseLong(claim.toString());
            if (id <= 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException notAnId) {
            throw new IllegalArgumentException("the token's " + name + " claim is not an id");
        }
    }
}
