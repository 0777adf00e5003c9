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
import org.esafety.statistics.control.Suppression;
import org.esafety.tenant.control.Role;
import org.esafety.tenant.control.Tenant;
import org.esafety.tenant.control.TenantContext;
import org.esafety.tenant.entity.SchoolPhase;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
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

    /**
     * One school in the LA's table. Counts that combine the school with a category, and its
     * referrals, are text: the number, or "c" where small-number suppression hides it.
     *
     * @param referralRate      referred incidents as a whole percentage of all, or "c" when referrals are hidden
     * @param meanHoursToTriage from recording to triage, over the incidents triaged; null when none was
     * @param quiet             no incident recorded in the last six months: possible under-recording
     */
    public record SchoolRow(long schoolId, String name, String phase, long incidents, Map<String, String> byCategory,
                            String referred, String referralRate, Double meanHoursToTriage, Instant lastRecorded,
                            boolean quiet) {
    }

    /** Every open school of the LA for the period, suppressed, with the LA's totals. */
    public record SchoolTable(Period period, Map<String, String> categories, List<SchoolRow> rows,
                              Map<String, Long> categoryTotals, long incidents, long referred, long quietSchools) {
    }

    /** How long without a recorded incident before a school is flagged as possibly under-recording. */
    static final int QUIET_MONTHS = 6;

    public SchoolTable schools(Period period) {
        Tenant caller = reader();
        check(period);
        Catalogue catalogue = catalogues.of(caller.laId());
        List<String> codes = catalogue.categories().stream().map(IncidentCategory::getCode).toList();
        List<Object[]> schools = rollups.schools(caller.laId());
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < schools.size(); i++) {
            rowOf.put(number(schools.get(i)[0]), i);
        }
        long[][] counts = new long[schools.size()][codes.size()];
        long[][] referred = new long[schools.size()][1];
        long[] triaged = new long[schools.size()];
        long[] triageMinutes = new long[schools.size()];
        for (Object[] row : rollups.bySchool(caller.laId(), period.firstDay(), period.lastMonthDay())) {
            Integer school = rowOf.get(number(row[0]));
            int category = codes.indexOf(catalogue.categoryCode(number(row[1])));
            if (school == null || category < 0) {
                continue; // a closed school, or a category this LA no longer has
            }
            counts[school][category] += number(row[2]);
            triaged[school] += number(row[3]);
            triageMinutes[school] += number(row[4]);
            referred[school][0] += number(row[5]);
        }
        // Schools by category: each school's total and each category's total are shown, so both are guarded.
        boolean[][] hidden = Suppression.mask(counts, true, true);
        // Referrals by school: the LA's total is shown; a school's incidents are not the sum of its referrals.
        boolean[][] referralsHidden = Suppression.mask(referred, false, true);
        Instant quietSince = ZonedDateTime.now(SCHOOL_TIME).minusMonths(QUIET_MONTHS).toInstant();
        List<SchoolRow> rows = new ArrayList<>();
        Map<String, Long> categoryTotals = new LinkedHashMap<>();
        codes.forEach(code -> categoryTotals.put(code, 0L));
        long all = 0;
        long allReferred = 0;
        long quiet = 0;
        for (int i = 0; i < schools.size(); i++) {
            Object[] school = schools.get(i);
            Map<String, String> cells = new LinkedHashMap<>();
            long incidents = 0;
            for (int c = 0; c < codes.size(); c++) {
                cells.put(codes.get(c), hidden[i][c] ? Suppression.HIDDEN : String.valueOf(counts[i][c]));
                incidents += counts[i][c];
                categoryTotals.merge(codes.get(c), counts[i][c], Long::sum);
            }
            boolean referralHidden = referralsHidden[i][0];
            String rate = incidents == 0 ? "0" : referralHidden ? Suppression.HIDDEN
                    : String.valueOf(Math.round(100.0 * referred[i][0] / incidents));
            Instant last = (Instant) school[3];
            boolean isQuiet = last == null || last.isBefore(quietSince);
            rows.add(new SchoolRow(number(school[0]), (String) school[1], SchoolPhase.valueOf((String) school[2]).giasName(),
                    incidents, cells, referralHidden ? Suppression.HIDDEN : String.valueOf(referred[i][0]), rate,
                    triaged[i] == 0 ? null : Math.round(10.0 * triageMinutes[i] / triaged[i] / 60) / 10.0, last, isQuiet));
            all += incidents;
            allReferred += referred[i][0];
            quiet += isQuiet ? 1 : 0;
        }
        Map<String, String> categories = labels(catalogue.categories(), IncidentCategory::getCode, IncidentCategory::getLabel);
        return new SchoolTable(period, categories, rows, categoryTotals, all, allReferred, quiet);
    }

    /**
     * A type of incident against its recent baseline, across the LA.
     *
     * @param recentPerMonth   monthly average over the last {@value #RECENT_MONTHS} months up to the month chosen
     * @param baselinePerMonth monthly average over the {@value #BASELINE_MONTHS} months before those
     * @param changePercent    the rise (or fall) in percent; null when there was no baseline to compare with
     */
    public record Emerging(String code, String label, String category, long recent, double recentPerMonth,
                           double baselinePerMonth, Double changePercent) {
    }

    static final int RECENT_MONTHS = 3;
    static final int BASELINE_MONTHS = 12;

    /** The LA's incident types, those that rose most against their baseline first. */
    public List<Emerging> emerging(YearMonth to) {
        Tenant caller = reader();
        Catalogue catalogue = catalogues.of(caller.laId());
        YearMonth recentFrom = to.minusMonths(RECENT_MONTHS - 1);
        YearMonth baselineFrom = recentFrom.minusMonths(BASELINE_MONTHS);
        Map<Long, long[]> byType = new LinkedHashMap<>();
        catalogue.types().forEach(type -> byType.put(type.getId(), new long[2]));
        for (Object[] row : rollups.byMonth(caller.laId(), baselineFrom.atDay(1), to.atDay(1))) {
            boolean recent = !YearMonth.from((LocalDate) row[0]).isBefore(recentFrom);
            byType.computeIfAbsent(number(row[2]), id -> new long[2])[recent ? 0 : 1] += number(row[4]);
        }
        List<Emerging> types = new ArrayList<>();
        byType.forEach((id, counts) -> {
            double recent = (double) counts[0] / RECENT_MONTHS;
            double baseline = (double) counts[1] / BASELINE_MONTHS;
            Double change = baseline == 0 ? null : Math.round(1000 * (recent - baseline) / baseline) / 10.0;
            IncidentType type = catalogue.type(id).orElse(null);
            if (type != null) {
                types.add(new Emerging(type.getCode(), type.getLabel(), catalogue.categoryLabel(type.getCategoryId()),
                        counts[0], Math.round(10 * recent) / 10.0, Math.round(10 * baseline) / 10.0, change));
            }
        });
        // New types (no baseline) that now occur come first; then the largest rise.
        types.sort(Comparator.comparing((Emerging e) -> e.changePercent() == null && e.recent() > 0 ? 0 : 1)
                .thenComparing(e -> e.changePercent() == null ? Double.NEGATIVE_INFINITY : e.changePercent(),
                        Comparator.reverseOrder())
                .thenComparing(Emerging::recent, Comparator.reverseOrder()));
        return types;
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
