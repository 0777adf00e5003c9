package org.esafety.tenant.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SchoolTest {

    private static final Instant THEN = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void whatGiasSaysAgainChangesNothingAndWhatChangedIsTaken() {
        School school = new School(990, 123456, "Oakfield Primary School", SchoolPhase.PRIMARY, "Community school", "NM1 2AB", THEN);
        Instant later = THEN.plusSeconds(3600);
        assertThat(school.describe("Oakfield Primary School", SchoolPhase.PRIMARY, "Community school", "NM1 2AB", later)).isFalse();
        assertThat(school.getUpdatedAt()).isEqualTo(THEN);

        assertThat(school.describe("Oakfield Academy", SchoolPhase.PRIMARY, "Academy converter", "NM1 2AB", later)).isTrue();
        assertThat(school.getName()).isEqualTo("Oakfield Academy");
        assertThat(school.getEstablishmentType()).isEqualTo("Academy converter");
        assertThat(school.getUpdatedAt()).isEqualTo(later);
        assertThat(school.getStatus()).isEqualTo(SchoolStatus.OPEN);
    }
}
