package org.esafety.admin.statistics;

import org.esafety.statistics.boundary.LaStatistics;
import org.esafety.statistics.control.Csv;

import java.util.ArrayList;
import java.util.List;

/** The dashboard's tables as rows of text, one form for the CSV exports (and what the page shows). */
final class StatisticsTables {

    private StatisticsTables() {
    }

    static List<LaStatistics.Compared> section(LaStatistics.Overview overview, String table) {
        return switch (table) {
            case "category" -> overview.byCategory();
            case "type" -> overview.byType();
            case "phase" -> overview.byPhase();
            case "year-group" -> overview.byYearGroup();
            case "route" -> overview.byRoute();
            default -> throw new IllegalArgumentException(table);
        };
    }

    static String compared(List<LaStatistics.Compared> rows) {
        return Csv.of(List.of("Code", "Name", "This period", "Period before", "Same period a year earlier"),
                rows.stream().map(row -> List.of(row.code(), row.label(), String.valueOf(row.current()),
                        String.valueOf(row.previous()), String.valueOf(row.lastYear()))).toList());
    }

    static String trend(LaStatistics.Overview overview) {
        List<String> header = new ArrayList<>(List.of("Month"));
        List<String> codes = overview.byCategory().stream().map(LaStatistics.Compared::code).toList();
        overview.byCategory().forEach(category -> header.add(category.label()));
        header.addAll(List.of("All incidents", "All incidents a year earlier"));
        return Csv.of(header, overview.trend().stream().map(point -> {
            List<String> row = new ArrayList<>(List.of(point.month().toString()));
            codes.forEach(code -> row.add(String.valueOf(point.byCategory().getOrDefault(code, 0L))));
            row.add(String.valueOf(point.total()));
            row.add(String.valueOf(point.totalYearEarlier()));
            return row;
        }).toList());
    }

    static String schools(LaStatistics.SchoolTable table) {
        List<String> header = new ArrayList<>(List.of("School", "Phase", "Incidents"));
        header.addAll(table.categories().values());
        header.addAll(List.of("Referred", "Referral rate %", "Mean hours to triage", "Last incident recorded",
                "No incident in 6 months"));
        return Csv.of(header, table.rows().stream().map(school -> {
            List<String> row = new ArrayList<>(List.of(school.name(), school.phase(), String.valueOf(school.incidents())));
            table.categories().keySet().forEach(code -> row.add(school.byCategory().get(code)));
            row.add(school.referred());
            row.add(school.referralRate());
            row.add(school.meanHoursToTriage() == null ? "" : String.valueOf(school.meanHoursToTriage()));
            row.add(school.lastRecorded() == null ? "never" : school.lastRecorded().toString());
            row.add(school.quiet() ? "yes" : "no");
            return row;
        }).toList());
    }

    static String emerging(List<LaStatistics.Emerging> types) {
        return Csv.of(List.of("Type", "Category", "Last 3 months", "Per month recently", "Per month before",
                "Change %"), types.stream().map(type -> List.of(type.label(), type.category(), String.valueOf(type.recent()),
                String.valueOf(type.recentPerMonth()), String.valueOf(type.baselinePerMonth()),
                type.changePercent() == null ? "new" : String.valueOf(type.changePercent()))).toList());
    }
}
