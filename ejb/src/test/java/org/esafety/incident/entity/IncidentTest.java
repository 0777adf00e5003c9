package org.esafety.incident.entity;

import org.esafety.platform.control.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final IncidentType BULLYING = new IncidentType(1, 3, "CYBERBULLYING", "Cyberbullying", 1);

    static Incident reported(List<Report.Person> people) {
        return new Incident(new Report(NOW.minusSeconds(3600), Location.ONLINE_PLATFORM, " a game ", Discovery.DISCLOSURE,
                " Messages in a group chat ", 1L, people, false, true), BULLYING, "u1", "Sam Reporter", "key-12345678", NOW);
    }

    @Test
    void aNewReportWaitsForTheDslWithTheReportersViewAsItsFirstCategory() {
        Incident incident = reported(List.of(
                new Report.Person(PersonKind.PUPIL, Involvement.HARMED, "P123", 9, false, null),
                new Report.Person(PersonKind.PUPIL, Involvement.RESPONSIBLE, "P124", 7, true, null)));
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.NEW);
        assertThat(incident.getYoungestYear()).isEqualTo(7);
        assertThat(incident.getDescription()).isEqualTo("Messages in a group chat");
        assertThat(incident.getLocationDetail()).isEqualTo("a game");
        assertThat(incident.isAboutHeadteacher()).as("only an allegation can be about the headteacher").isFalse();
    }

    @Test
    void triageOpensItAndClosingNeedsTriageAndARationale() {
        Incident incident = reported(List.of());
        assertThatThrownBy(() -> incident.close("Dealt with", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("severity"));
        incident.triage(Severity.HIGH, 2L, 1L, "DSL", NOW);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
        assertThatThrownBy(() -> incident.close("  ", NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("rationale"));
        incident.close("No referral: handled in school with parents", NOW);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.CLOSED);
        assertThatThrownBy(incident::requireOpen).isInstanceOf(DomainException.class);
        incident.reopen(NOW);
        assertThat(incident.getStatus()).isEqualTo(IncidentStatus.OPEN);
        assertThat(incident.getCloseRationale()).isNull();
    }
}
