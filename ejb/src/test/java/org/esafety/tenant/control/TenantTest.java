package org.esafety.tenant.control;

import org.esafety.platform.control.DomainException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TenantTest {

    @Test
    void refusesMissingLocalAuthority() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.ofSchool(0, 12, "user-1", Set.of(Role.DSL)));
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.ofLocalAuthority(-1, "user-1", Set.of()));
    }

    @Test
    void refusesMissingOrBlankUser() {
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.ofSchool(7, 12, null, Set.of(Role.DSL)));
        assertThatIllegalArgumentException().isThrownBy(() -> Tenant.ofSchool(7, 12, "  ", Set.of(Role.DSL)));
    }

    @Test
    void refusesSchoolRolesWithoutSchool() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Tenant.ofLocalAuthority(7, "user-1", Set.of(Role.LA_ADMIN, Role.STAFF)));
    }

    @Test
    void acceptsNoRolesAndLaRolesWithoutSchool() {
        assertThat(Tenant.ofLocalAuthority(7, "user-1", Set.of()).roles()).isEmpty();
        assertThat(Tenant.ofLocalAuthority(7, "user-1", Set.of(Role.LADO)).has(Role.LADO)).isTrue();
    }

    @Test
    void rolesCannotBeChangedAfterwards() {
        Set<Role> given = EnumSet.of(Role.DSL);
        Tenant tenant = Tenant.ofSchool(7, 12, "user-1", given);

        given.add(Role.HEADTEACHER);

        assertThat(tenant.has(Role.HEADTEACHER)).isFalse();
        assertThatThrownBy(() -> tenant.roles().add(Role.HEADTEACHER))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void requireSchoolRoleReturnsTheSchoolOfAHolder() {
        Tenant tenant = Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DEPUTY_DSL));

        assertThat(tenant.requireSchoolRole(Set.of(Role.DSL, Role.DEPUTY_DSL))).isEqualTo(12L);
    }

    @Test
    void requireSchoolRoleRefusesSchoolStaffWithoutTheRole() {
        Tenant tenant = Tenant.ofSchool(7, 12, "user-1", Set.of(Role.STAFF));

        assertThatThrownBy(() -> tenant.requireSchoolRole(Set.of(Role.DSL, Role.DEPUTY_DSL)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN))
                .hasMessageContaining("DSL");
    }

    @Test
    void requireSchoolRoleRefusesLocalAuthorityStaffWhateverTheyHold() {
        Tenant la = Tenant.ofLocalAuthority(7, "user-1", Set.of(Role.LA_ADMIN));

        assertThatThrownBy(() -> la.requireSchoolRole(Set.of(Role.LA_ADMIN, Role.DSL)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void requireLaRoleAcceptsAHolderAndRefusesOthers() {
        Tenant admin = Tenant.ofLocalAuthority(7, "user-1", Set.of(Role.LA_ADMIN));
        Tenant lado = Tenant.ofLocalAuthority(7, "user-2", Set.of(Role.LADO));
        Tenant headteacher = Tenant.ofSchool(7, 12, "user-3", Set.of(Role.HEADTEACHER));

        admin.requireLaRole(Set.of(Role.LA_ADMIN));
        assertThatThrownBy(() -> lado.requireLaRole(Set.of(Role.LA_ADMIN)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> headteacher.requireLaRole(Role.LA_ROLES))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void auditChainIsTheSchoolsOrTheLocalAuthoritys() {
        assertThat(Tenant.ofSchool(7, 12, "user-1", Set.of(Role.DSL)).auditChain()).isEqualTo("school:12");
        assertThat(Tenant.ofLocalAuthority(7, "user-1", Set.of(Role.LA_ADMIN)).auditChain()).isEqualTo("la:7");
    }

    @Test
    void schoolIsAbsentForLocalAuthorityStaff() {
        assertThat(Tenant.ofSchool(7, 12, "user-1", Set.of()).school()).contains(12L);
        assertThat(Tenant.ofLocalAuthority(7, "user-1", Set.of()).school()).isEmpty();
    }
}
