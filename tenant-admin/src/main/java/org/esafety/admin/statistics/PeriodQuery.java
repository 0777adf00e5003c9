package org.esafety.admin.statistics;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.esafety.statistics.boundary.LaStatistics;

import java.time.YearMonth;

/** The months a statistics view covers, as ?from=2025-12&to=2026-11; both left out: the last twelve months. */
public class PeriodQuery {

    static final String MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    @QueryParam("from")
    @Pattern(regexp = MONTH, message = "Enter the first month as a year and month, like 2025-09")
    public String from;

    @QueryParam("to")
    @Pattern(regexp = MONTH, message = "Enter the last month as a year and month, like 2026-07")
    public String to;

    LaStatistics.Period period() {
        LaStatistics.Period fallback = LaStatistics.lastTwelveMonths();
        YearMonth last = to == null ? fallback.to() : YearMonth.parse(to);
        YearMonth first = from == null ? last.minusMonths(11) : YearMonth.parse(from);
        return new LaStatistics.Period(first, last);
    }
}
