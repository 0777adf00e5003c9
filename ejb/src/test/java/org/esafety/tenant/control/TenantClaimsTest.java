package org.esafety.tenant.control;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TenantClaimsTest {

    private static JWTClaimsSet.Builder school() {
        return new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L).claim("school_id", 12L);
    }

    @Test
    void readsLocalAuthoritySchoolSubjectAndGroups() {
        Tenant tenant = TenantClaims.tenantOf(school().claim("groups", List.of("DSL", "STAFF")).build());

        assertThat(tenant).isEqualTo(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL, Role.STAFF)));
    }

    @Test
    void readsTheSchoolFromKeycloaksOrganizationClaim() {
        Tenant tenant = TenantClaims.tenantOf(new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L)
                .claim("organization", Map.of("urn-990001", Map.of("id", "4f0c", "school_id", List.of("12"))))
                .claim("realm_access", Map.of("roles", List.of("DSL")))
                .build());

        assertThat(tenant).isEqualTo(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL)));
    }

    @Test
    void readsTheOrganizationClaimAsKeycloaksScopeAndMapperTogetherSendIt() {
        Tenant tenant = TenantClaims.tenantOf(new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 990L)
                .claim("organization", List.of("urn-990001",
                        Map.of("urn-990001", Map.of("id", "cd70", "urn", List.of("990001"), "school_id", List.of("990001")))))
                .claim("realm_access", Map.of("roles", List.of("DSL")))
                .build());

        assertThat(tenant).isEqualTo(Tenant.ofSchool(990, 990001, "user-1", Set.of(Role.DSL)));
    }

    @Test
    void refusesATokenThatNamesSeveralSchools() {
        JWTClaimsSet twoSchools = new JWTClaimsSet.Builder().subject("governor").claim("la_id", 7L)
                .claim("organization", Map.of(
                        "urn-990001", Map.of("school_id", List.of("12")),
                        "urn-990002", Map.of("school_id", List.of("13"))))
                .claim("groups", List.of("GOVERNOR"))
                .build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(twoSchools))
                .withMessageContaining("2 schools");
    }

    @Test
    void anOrganizationWithoutASchoolIdGivesNoSchool() {
        JWTClaimsSet noId = new JWTClaimsSet.Builder().subject("u").claim("la_id", 7L)
                .claim("organization", Map.of("someone-else", Map.of("id", "x")))
                .claim("groups", List.of("DSL"))
                .build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(noId))
                .withMessageContaining("school_id");
    }

    @Test
    void readsKeycloakRealmRoles() {
        Tenant tenant = TenantClaims.tenantOf(school()
                .claim("realm_access", Map.of("roles", List.of("HEADTEACHER", "offline_access")))
                .build());

        assertThat(tenant.roles()).containsExactly(Role.HEADTEACHER);
    }

    @Test
    void combinesGroupsAndRealmRoles() {
        Tenant tenant = TenantClaims.tenantOf(school()
                .claim("groups", List.of("GOVERNOR"))
                .claim("realm_access", Map.of("roles", List.of("SIRO")))
                .build());

        assertThat(tenant.roles()).containsExactlyInAnyOrder(Role.GOVERNOR, Role.SIRO);
    }

    @Test
    void ignoresGroupsItDoesNotKnow() {
        Tenant tenant = TenantClaims.tenantOf(school()
                .claim("groups", List.of("uma_authorization", "dsl", "DSL", "default-roles-esafety"))
                .build());

        assertThat(tenant.roles()).containsExactly(Role.DSL);
    }

    @Test
    void localAuthorityStaffNeedNoSchool() {
        Tenant tenant = TenantClaims.tenantOf(new JWTClaimsSet.Builder().subject("user-9").claim("la_id", 7L)
                .claim("groups", List.of("LA_SAFEGUARDING")).build());

        assertThat(tenant).isEqualTo(Tenant.ofLocalAuthority(7, "user-9", Set.of(Role.LA_SAFEGUARDING)));
    }

    @Test
    void refusesSchoolRolesWithoutSchool() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L)
                .claim("groups", List.of("DSL")).build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("school_id");
    }

    @Test
    void refusesSchoolRolesFromKeycloakWithoutSchool() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L)
                .claim("realm_access", Map.of("roles", List.of("STAFF"))).build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("school_id");
    }

    @Test
    void refusesTokenWithoutLocalAuthority() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("school_id", 12L)
                .claim("groups", List.of("DSL")).build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("la_id");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void refusesTokenWithoutSubjectSayingSo(String subject) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("la_id", 7L).claim("school_id", 12L)
                .build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("subject");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "-3", "1.5", ""})
    void refusesLocalAuthorityThatIsNotAnId(String la) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("la_id", la).build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("la_id");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -12})
    void refusesNumericSchoolThatIsNotPositive(long school) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L)
                .claim("school_id", school).build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("school_id");
    }

    @Test
    void refusesSchoolThatIsNotANumber() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("user-1").claim("la_id", 7L)
                .claim("school_id", "twelve").build();

        assertThatIllegalArgumentException().isThrownBy(() -> TenantClaims.tenantOf(claims))
                .withMessageContaining("school_id");
    }

    @Test
    void acceptsIdsWrittenAsText() {
        Tenant tenant = TenantClaims.tenantOf(new JWTClaimsSet.Builder().subject("user-1").claim("la_id", "7")
                .claim("school_id", "12").claim("groups", List.of("DSL")).build());

        assertThat(tenant).isEqualTo(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL)));
    }

    @Test
    void acceptsASingleGroupGivenAsText() {
        Tenant tenant = TenantClaims.tenantOf(school().claim("groups", "FILTER_MANAGER").build());

        assertThat(tenant.roles()).containsExactly(Role.FILTER_MANAGER);
    }
}
