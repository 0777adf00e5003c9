package org.esafety.statistics.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.esafety.incident.control.Catalogue;
import org.esafety.incident.control.Catalogues;
import org.esafety.incident.entity.IncidentCategory;
import org.esafety.incident.entity.IncidentType;
import org.esafety.incident.entity.Route;
import org.esafety.platform.control.DomainException;
import org.esafety.statistics.control.RollupStore;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.SchoolPhase;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the LA safeguarding team sees of its schools' incidents: counts by month, 4C category, type,
 * school phase, year group and response route, for a chosen period beside the period before it and
 * the same period a year earlier. Read from the rollups only, never from the incident table, and
 * never a pupil.
 */
@Stateless
public class LaStatistics {

    /** Who may see the LA's statistics. */
    public static final Set<Role> READERS = EnumSet.of(Role.LA_SAFEGUARDING, Role.LA_ADMIN);
    /** The longest period one view covers. */
    static final int LONGEST_MONTHS = 60;
    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    /** Reception (0) to Year 13: always listed, so that a chart keeps its axis. */
    static final int YOUNGEST_YEAR = 0;
    static final int OLDEST_YEAR = 13;

    /** Months from {@code from} to {@code to}, both included. */
    public record Period(YearMonth from, YearMonth to) {
        public Period {
            if (to.isBefore(from)) {
                throw DomainException.invalid("to", "The end of the period must not be before its start");
            }
        }

        public int months() {
            return (int) (from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1);
        }

        /** The period of the same length just before this one. */
        public Period before() {
            return new Period(from.minusMonths(months()), from.minusMonths(1));
        }

        public Period yearEarlier() {
            return new Period(from.minusYears(1), to.minusYears(1));
        }

        public boolean contains(YearMonth month) {
            return !month.isBefore(from) && !month.isAfter(to);
        }

        LocalDate firstDay() {
            return from.atDay(1);
        }

        LocalDate lastMonthDay() {
            return to.atDay(1);
        }
    }

    /** One figure in the chosen period, the period before it and the same period a year earlier. */
    public record Compared(String code, String label, long current, long previous, long lastYear) {
    }

    /** One month of the trend: incidents by category code, and the total a year earlier. */
    public record MonthPoint(YearMonth month, Map<String, Long> byCategory, long total, long totalYearEarlier) {
    }

    public record Overview(Period period, Period previous, Period yearEarlier, Compared total,
                           List<MonthPoint> trend, List<Compared> byCategory, List<Compared> byType,
                           List<Compared> byPhase, List<Compared> byYearGroup, List<Compared> byRoute) {
    }

    @Inject
    RollupStore rollups;

    @Inject
    Catalogues catalogues;

    /** The default period: the twelve months up to and including this one. */
    public static Period lastTwelveMonths() {
        YearMonth now = YearMonth.now(SCHOOL_TIME);
        return new Period(now.minusMonths(11), now);
    }

    public Overview overview(Period period) {
        Tenant caller = reader();
        check(period);
        Catalogue catalogue = catalogues.of(caller.laId());
        Period previous = period.before();
        Period yearEarlier = period.yearEarlier();
        LocalDate from = earliest(previous, yearEarlier).atDay(1);
        LocalDate to = period.lastMonthDay();

        Tally total = new Tally();
        Map<String, Tally> categories = new LinkedHashMap<>();
        catalogue.categories().forEach(category -> categories.put(category.getCode(), new Tally()));
        Map<String, Tally> types = new LinkedHashMap<>();
        catalogue.types().forEach(type -> types.put(type.getCode(), new Tally()));
        Map<String, Tally> phases = new LinkedHashMap<>();
        for (SchoolPhase phase : SchoolPhase.values()) {
            phases.put(phase.name(), new Tally());
        }
        Map<YearMonth, Map<String, Long>> trend = new TreeMap<>();
        Map<YearMonth, Long> trendYearEarlier = new TreeMap<>();
        for (YearMonth month = period.from(); !month.isAfter(period.to()); month = month.plusMonths(1)) {
            Map<String, Long> zero = new LinkedHashMap<>();
            catalogue.categories().forEach(category -> zero.put(category.getCode(), 0L));
            trend.put(month, zero);
            trendYearEarlier.put(month, 0L);
        }
        for (Object[] row : rollups.byMonth(caller.laId(), from, to)) {
            YearMonth month = YearMonth.from((LocalDate) row[0]);
            long incidents = number(row[4]);
            String category = catalogue.categoryCode(number(row[1]));
            String type = catalogue.typeCode(number(row[2]));
            Set<Slot> slot = slot(month, period, previous, yearEarlier);
            total.add(slot, incidents);
            categories.computeIfAbsent(category, code -> new Tally()).add(slot, incidents);
            types.computeIfAbsent(type, code -> new Tally()).add(slot, incidents);
            phases.computeIfAbsent((String) row[3], code -> new Tally()).add(slot, incidents);
            if (period.contains(month)) {
                trend.get(month).merge(category, incidents, Long::sum);
            }
            if (yearEarlier.contains(month)) {
                trendYearEarlier.merge(month.plusYears(1), incidents, Long::sum);
            }
        }
        Map<String, Tally> years = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (int year = YOUNGEST_YEAR; year <= OLDEST_YEAR; year++) {
            years.put(String.valueOf(year), new Tally());
        }
        for (Object[] row : rollups.byYearGroup(caller.laId(), from, to)) {
            years.computeIfAbsent(String.valueOf(number(row[1])), code -> new Tally())
                    .add(slot(YearMonth.from((LocalDate) row[0]), period, previous, yearEarlier), number(row[2]));
        }
        Map<String, Tally> routes = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            routes.put(route.name(), new Tally());
        }
        for (Object[] row : rollups.byRoute(caller.laId(), from, to)) {
            routes.computeIfAbsent((String) row[1], code -> new Tally())
                    .add(slot(YearMonth.from((LocalDate) row[0]), period, previous, yearEarlier), number(row[2]));
        }
        List<MonthPoint> points = new ArrayList<>();
        trend.forEach((month, byCategory) -> points.add(new MonthPoint(month, byCategory,
                byCategory.values().stream().mapToLong(Long::longValue).sum(), trendYearEarlier.get(month))));
        Map<String, String> categoryLabels = labels(catalogue.categories(), IncidentCategory::getCode, IncidentCategory::getLabel);
        Map<String, String> typeLabels = labels(catalogue.types(), IncidentType::getCode, IncidentType::getLabel);
        return new Overview(period, previous, yearEarlier, total.as("TOTAL", "All incidents"), points,
                compared(categories, categoryLabels::get),
                compared(types, typeLabels::get),
                compared(phases, code -> SchoolPhase.valueOf(code).giasName()),
                compared(years, LaStatistics::yearGroupLabel),
                compared(routes, code -> Route.valueOf(code).label()));
    }

    static String yearGroupLabel(String year) {
        return "0".equals(year) ? "Reception" : "Year " + year;
    }

    Tenant reader() {
        Tenant caller = TenantContext.current();
        caller.requireLaRole(READERS);
        return caller;
    }

    static void check(Period period) {
        if (period.months() > LONGEST_MONTHS) {
            throw DomainException.invalid("from", "Choose a period of at most " + LONGEST_MONTHS + " months");
        }
    }

    private static YearMonth earliest(Period a, Period b) {
        return a.from().isBefore(b.from()) ? a.from() : b.from();
    }

    private enum Slot { CURRENT, PREVIOUS, YEAR_EARLIER }

    /** Which of the three periods a month counts in; the period before and a year earlier may overlap. */
    private static Set<Slot> slot(YearMonth month, Period period, Period previous, Period yearEarlier) {
        Set<Slot> slots = EnumSet.noneOf(Slot.class);
        if (period.contains(month)) {
            slots.add(Slot.CURRENT);
        }
        if (previous.contains(month)) {
            slots.add(Slot.PREVIOUS);
        }
        if (yearEarlier.contains(month)) {
            slots.add(Slot.YEAR_EARLIER);
        }
        return slots;
    }

    private static final class Tally {
        long current;
        long previous;
        long yearEarlier;

        void add(Set<Slot> slots, long incidents) {
            if (slots.contains(Slot.CURRENT)) {
                current += incidents;
            }
            if (slots.contains(Slot.PREVIOUS)) {
                previous += incidents;
            }
            if (slots.contains(Slot.YEAR_EARLIER)) {
                yearEarlier += incidents;
            }
        }

        Compared as(String code, String label) {
            return new Compared(code, label, current, previous, yearEarlier);
        }
    }

    private static List<Compared> compared(Map<String, Tally> tallies, Function<String, String> label) {
        List<Compared> list = new ArrayList<>();
        tallies.forEach((code, tally) -> list.add(tally.as(code, label.apply(code))));
        return list;
    }

    private static <T> Map<String, String> labels(List<T> items, Function<T, String> code, Function<T, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        items.forEach(item -> labels.put(code.apply(item), label.apply(item)));
        return labels;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
