package org.esafety.statistics.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedSet;

/**
 * What one incident contributes to the statistics: where and when it was recorded, how it is
 * categorised, how long triage took, and the year groups and response routes involved. Nothing that
 * identifies a pupil.
 *
 * @param month         the first day of the month it was recorded, in school (UK) time
 * @param triageMinutes minutes from recording to triage; null until triaged
 * @param referred      whether any response route takes it outside the school
 */
public record Fact(long incidentId, long laId, long schoolId, LocalDate month, long categoryId, long typeId,
                   Integer triageMinutes, boolean referred, SortedSet<Integer> yearGroups, SortedSet<String> routes,
                   Instant reportedAt) {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    /** The month an incident recorded at this instant counts in. */
    public static LocalDate monthOf(Instant reportedAt) {
        return reportedAt.atZone(SCHOOL_TIME).toLocalDate().withDayOfMonth(1);
    }
}
