package org.esafety.incident.control;

import org.esafety.incident.entity.Discovery;
import org.esafety.incident.entity.Incident;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.Location;
import org.esafety.incident.entity.Report;
import org.esafety.platform.control.DomainException;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentAccessTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static Incident incident(boolean restricted, boolean aboutHeadteacher) {
        Report report = new Report(NOW, Location.CLASSROOM, null, Discovery.OBSERVED, "Something happened", 1L,
                List.of(), restricted, aboutHeadteacher);
        return new Incident(report, new IncidentType(1, 3, "STAFF_CONDUCT", "Conduct of staff", 1),
                "reporter", "Reporter", "key-12345678", NOW);
    }

    static Tenant as(Role... roles) {
        return Tenant.ofSchool(1, 10, "user", Set.of(roles));
    }

    @Test
    void safeguardingLeadsHandleOrdinaryIncidentsButNeverAnAllegationAgainstStaff() {
        Incident ordinary = incident(false, false);
        Incident allegation = incident(true, false);
        assertThat(IncidentAccess.mayHandle(as(Role.DSL), ordinary)).isTrue();
        assertThat(IncidentAccess.mayHandle(as(Role.DEPUTY_DSL), ordinary)).isTrue();
        assertThat(IncidentAccess.mayHandle(as(Role.DSL), allegation)).isFalse();
        assertThat(IncidentAccess.mayHandle(as(Role.DEPUTY_DSL), allegation)).isFalse();
        assertThatThrownBy(() -> IncidentAccess.requireHandler(as(Role.DSL), allegation))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void anAllegationGoesToTheHeadteacherOrToTheChairWhenItIsAboutTheHeadteacher() {
        assertThat(IncidentAccess.mayHandle(as(Role.HEADTEACHER), incident(true, false))).isTrue();
        assertThat(IncidentAccess.mayHandle(as(Role.CHAIR_OF_GOVERNORS), incident(true, false))).isFalse();
        assertThat(IncidentAccess.mayHandle(as(Role.HEADTEACHER), incident(true, true))).isFalse();
        assertThat(IncidentAccess.mayHandle(as(Role.CHAIR_OF_GOVERNORS), incident(true, true))).isTrue();
        assertThat(IncidentAccess.mayHandle(as(Role.CHAIR_OF_GOVERNORS), incident(false, false))).isFalse();
    }

    @Test
    void staffAndGovernorsHandleNothing() {
        for (Role role : new Role[]{Role.STAFF, Role.GOVERNOR, Role.ONLINE_SAFETY_LEAD, Role.FILTER_MANAGER, Role.SIRO}) {
            assertThat(IncidentAccess.mayHandle(as(role), incident(false, false))).as(role.name()).isFalse();
            assertThat(IncidentAccess.condition(as(role))).as(role.name()).isEqualTo("(1 = 0)");
        }
    }

    @Test
    void theListConditionSaysWhatTheRuleSays() {
        assertThat(IncidentAccess.condition(as(Role.DSL))).isEqualTo("(1 = 0 or i.restricted = false)");
        assertThat(IncidentAccess.condition(as(Role.CHAIR_OF_GOVERNORS)))
                .isEqualTo("(1 = 0 or (i.restricted = true and i.aboutHeadteacher = true))");
        assertThat(IncidentAccess.condition(as(Role.HEADTEACHER)))
                .contains("i.restricted = false").contains("i.aboutHeadteacher = false").doesNotContain("aboutHeadteacher = true");
    }
}
