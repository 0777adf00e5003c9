package org.esafety.platform.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void roundTripKeepsMicroseconds() {
        Instant instant = Instant.parse("2024-03-31T01:30:00.123456Z");

        assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)))
                .isEqualTo(instant);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/London", "Pacific/Kiritimati", "America/St_Johns"})
    void writesUtcWhateverTheDefaultTimeZone(String zone) {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));

            assertThat(converter.convertToDatabaseColumn(Instant.parse("2024-03-31T01:30:00.123456Z")))
                    .isEqualTo("2024-03-31 01:30:00.123456");
            assertThat(converter.convertToEntityAttribute("2024-03-31 01:30:00.123456"))
                    .isEqualTo(Instant.parse("2024-03-31T01:30:00.123456Z"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void writesAllSixFractionDigitsEvenWhenZero() {
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2024-01-05T09:08:07Z")))
                .isEqualTo("2024-01-05 09:08:07.000000");
    }

    @Test
    void readsTheLocalDateTimeTheDriverReturnsAsUtc() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));

            assertThat(converter.convertToEntityAttribute(LocalDateTime.of(2024, 3, 31, 1, 30, 0, 123_456_000)))
                    .isEqualTo(Instant.parse("2024-03-31T01:30:00.123456Z"));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void readsIsoTextWithT() {
        assertThat(converter.convertToEntityAttribute("2024-03-31T01:30:00.123456"))
                .isEqualTo(Instant.parse("2024-03-31T01:30:00.123456Z"));
    }

    @Test
    void readsTextWithoutOrWithShortFraction() {
        assertThat(converter.convertToEntityAttribute("2024-03-31 01:30:00"))
                .isEqualTo(Instant.parse("2024-03-31T01:30:00Z"));
        assertThat(converter.convertToEntityAttribute("2024-03-31 01:30:00.5"))
                .isEqualTo(Instant.parse("2024-03-31T01:30:00.500Z"));
    }

    @Test
    void nullPassesThrough() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void nowHasNothingFinerThanAMicrosecond() {
        for (int i = 0; i < 1_000; i++) {
            Instant now = InstantConverter.now();
            assertThat(now.getNano() % 1_000).isZero();
            assertThat(converter.convertToEntityAttribute(converter.convertToDatabaseColumn(now))).isEqualTo(now);
        }
    }
}
