package org.esafety.tenant.entity;

import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchoolMemberTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void anInvitationBecomesAnActiveMembershipAtTheFirstSignInOnly() {
        SchoolMember member = SchoolMember.invited("u1", "dsl@school.example.org", "Amira", "Hussain", Set.of(Role.DSL), NOW);
        assertThat(member.getStatus()).isEqualTo(SchoolMember.Status.INVITED);
        assertThat(member.recordSignIn(NOW.plusSeconds(60))).isTrue();
        assertThat(member.getStatus()).isEqualTo(SchoolMember.Status.ACTIVE);
        assertThat(member.getSignedInAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(member.recordSignIn(NOW.plusSeconds(120))).as("a second sign-in changes nothing").isFalse();
        assertThat(member.getSignedInAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aMemberHoldsAtLeastOneRoleAndOnlySchoolRoles() {
        SchoolMember member = SchoolMember.invited("u1", "a@school.example.org", "A", "B", Set.of(Role.STAFF), NOW);
        assertThatThrownBy(() -> member.assign(Set.of(), NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.getMessage()).isEqualTo("Choose at least one role");
                });
        assertThatThrownBy(() -> member.assign(Set.of(Role.STAFF, Role.LA_ADMIN), NOW))
                .isInstanceOfSatisfying(DomainException.class, e ->
                        assertThat(e.getMessage()).isEqualTo("Local authority roles cannot be given within a school"));
        assertThat(member.getRoles()).containsExactly(Role.STAFF);
    }

    @Test
    void theSafeguardingLeadsAreTheDslAndTheDeputies() {
        assertThat(SchoolMember.invited("u", "a@x.example.org", "A", "B", Set.of(Role.DEPUTY_DSL), NOW).isSafeguardingLead()).isTrue();
        assertThat(SchoolMember.invited("u", "a@x.example.org", "A", "B", Set.of(Role.DSL, Role.STAFF), NOW).isSafeguardingLead()).isTrue();
        assertThat(SchoolMember.invited("u", "a@x.example.org", "A", "B", Set.of(Role.ONLINE_SAFETY_LEAD), NOW).isSafeguardingLead()).isFalse();
    }

    @Test
    void aSchoolsOnboardingFollowsItsMembers() {
        SchoolMember head = SchoolMember.invited("h", "head@x.example.org", "H", "T", Set.of(Role.HEADTEACHER), NOW);
        assertThat(Onboarding.of(List.of())).isEqualTo(Onboarding.NOT_INVITED);
        assertThat(Onboarding.of(List.of(head))).isEqualTo(Onboarding.INVITED);
        head.recordSignIn(NOW);
        assertThat(Onboarding.of(List.of(head))).isEqualTo(Onboarding.NO_DSL);
        SchoolMember deputy = SchoolMember.invited("d", "deputy@x.example.org", "D", "D", Set.of(Role.DEPUTY_DSL), NOW);
        assertThat(Onboarding.of(List.of(head, deputy))).as("a deputy is not the DSL").isEqualTo(Onboarding.NO_DSL);
        SchoolMember dsl = SchoolMember.invited("s", "dsl@x.example.org", "S", "L", Set.of(Role.DSL), NOW);
        assertThat(Onboarding.of(List.of(head, dsl))).as("an invited DSL counts: the head named one").isEqualTo(Onboarding.ACTIVE);
    }

    @Test
    void rolesAreStoredInOneColumnAndReadBackTheSame() {
        RoleSetConverter converter = new RoleSetConverter();
        String column = converter.convertToDatabaseColumn(EnumSet.of(Role.STAFF, Role.DSL, Role.GOVERNOR));
        assertThat(column).isEqualTo("DSL,GOVERNOR,STAFF");
        assertThat(converter.convertToEntityAttribute(column)).containsExactlyInAnyOrder(Role.STAFF, Role.DSL, Role.GOVERNOR);
        assertThat(converter.convertToEntityAttribute("")).isEmpty();
    }
}
