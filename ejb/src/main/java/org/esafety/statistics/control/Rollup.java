package org.esafety.statistics.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Changes to the rollup tables, summed before they are written: each fact taken away (-1) or added
 * (+1) moves the counts of its month, category and type, of each of its year groups and of each of its
 * routes. The live feed takes an incident's old fact away and adds its new one; a rebuild only adds.
 */
public final class Rollup {

    public record MonthKey(long laId, long schoolId, LocalDate month, long categoryId, long typeId) {
    }

    public record YearGroupKey(long laId, long schoolId, LocalDate month, long categoryId, int yearGroup) {
    }

    public record RouteKey(long laId, long schoolId, LocalDate month, long categoryId, String route) {
    }

    /** Incidents, triaged incidents, minutes to triage, referred incidents. */
    public record MonthCounts(long incidents, long triaged, long triageMinutes, long referred) {
        MonthCounts plus(MonthCounts other) {
            return new MonthCounts(incidents + other.incidents, triaged + other.triaged,
                    triageMinutes + other.triageMinutes, referred + other.referred);
        }

        boolean isZero() {
            return incidents == 0 && triaged == 0 && triageMinutes == 0 && referred == 0;
        }
    }

    final Map<MonthKey, MonthCounts> months = new HashMap<>();
    final Map<YearGroupKey, Long> yearGroups = new HashMap<>();
    final Map<RouteKey, Long> routes = new HashMap<>();

    /** Counts the fact in (sign +1) or out (sign -1). */
    public void add(Fact fact, int sign) {
        boolean triaged = fact.triageMinutes() != null;
        months.merge(new MonthKey(fact.laId(), fact.schoolId(), fact.month(), fact.categoryId(), fact.typeId()),
                new MonthCounts(sign, triaged ? sign : 0, triaged ? (long) sign * fact.triageMinutes() : 0,
                        fact.referred() ? sign : 0), MonthCounts::plus);
        for (int year : fact.yearGroups()) {
            yearGroups.merge(new YearGroupKey(fact.laId(), fact.schoolId(), fact.month(), fact.categoryId(), year),
                    (long) sign, Long::sum);
        }
        for (String route : fact.routes()) {
            routes.merge(new RouteKey(fact.laId(), fact.schoolId(), fact.month(), fact.categoryId(), route),
                    (long) sign, Long::sum);
        }
    }

    /** Drops the entries that came to nothing (a fact taken away and added back unchanged). */
    void dropUnchanged() {
        months.values().removeIf(MonthCounts::isZero);
        yearGroups.values().removeIf(count -> count == 0);
        routes.values().removeIf(count -> count == 0);
    }

    /** The schools whose rows change. */
    Set<Long> schools() {
        Set<Long> schools = new TreeSet<>();
        months.keySet().forEach(key -> schools.add(key.schoolId()));
        yearGroups.keySet().forEach(key -> schools.add(key.schoolId()));
        routes.keySet().forEach(key -> schools.add(key.schoolId()));
        return schools;
    }

    public boolean isEmpty() {
        return months.isEmpty() && yearGroups.isEmpty() && routes.isEmpty();
    }
}
