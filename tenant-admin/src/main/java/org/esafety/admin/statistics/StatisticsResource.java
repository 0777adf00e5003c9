package org.esafety.admin.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.esafety.statistics.boundary.LaStatistics;
import org.esafety.statistics.boundary.StatisticsFeed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The LA's incident statistics across its schools: counts only, never a pupil. */
@Path("statistics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Incident counts across the LA's schools, for LA_SAFEGUARDING and LA_ADMIN")
public class StatisticsResource {

    public record PeriodRepresentation(String from, String to, int months) {
        static PeriodRepresentation of(LaStatistics.Period period) {
            return new PeriodRepresentation(period.from().toString(), period.to().toString(), period.months());
        }
    }

    public record MonthRepresentation(String month, Map<String, Long> byCategory, long total, long totalYearEarlier) {
    }

    public record OverviewRepresentation(PeriodRepresentation period, PeriodRepresentation previous,
                                         PeriodRepresentation yearEarlier, LaStatistics.Compared total,
                                         List<MonthRepresentation> trend, List<LaStatistics.Compared> byCategory,
                                         List<LaStatistics.Compared> byType, List<LaStatistics.Compared> byPhase,
                                         List<LaStatistics.Compared> byYearGroup, List<LaStatistics.Compared> byRoute) {
        static OverviewRepresentation of(LaStatistics.Overview overview) {
            return new OverviewRepresentation(PeriodRepresentation.of(overview.period()),
                    PeriodRepresentation.of(overview.previous()), PeriodRepresentation.of(overview.yearEarlier()),
                    overview.total(), overview.trend().stream().map(point -> new MonthRepresentation(
                            point.month().toString(), point.byCategory(), point.total(), point.totalYearEarlier())).toList(),
                    overview.byCategory(), overview.byType(), overview.byPhase(), overview.byYearGroup(),
                    overview.byRoute());
        }
    }

    public record RebuildRepresentation(boolean running, Instant startedAt, Instant finishedAt, int schools,
                                        int schoolsDone, long incidents, String failure) {
        static RebuildRepresentation of(StatisticsFeed.Rebuild rebuild) {
            return new RebuildRepresentation(rebuild.running(), rebuild.startedAt(), rebuild.finishedAt(),
                    rebuild.schools(), rebuild.schoolsDone(), rebuild.incidents(), rebuild.failure());
        }
    }

    public record SchoolTableRepresentation(PeriodRepresentation period, Map<String, String> categories,
                                            List<LaStatistics.SchoolRow> rows, Map<String, Long> categoryTotals,
                                            long incidents, long referred, long quietSchools) {
        static SchoolTableRepresentation of(LaStatistics.SchoolTable table) {
            return new SchoolTableRepresentation(PeriodRepresentation.of(table.period()), table.categories(), table.rows(),
                    table.categoryTotals(), table.incidents(), table.referred(), table.quietSchools());
        }
    }

    @Inject
    LaStatistics statistics;

    @Inject
    StatisticsFeed feed;

    @GET
    @Operation(summary = "Incidents by month, category, type, phase, year group and route",
            description = "For the chosen months (default: the last twelve), the months before and the same months a year"
                    + " earlier. Counts across the LA, with no school in them.")
    public OverviewRepresentation overview(@Valid @BeanParam PeriodQuery query) {
        return OverviewRepresentation.of(statistics.overview(query.period()));
    }

    @GET
    @Path("schools")
    @Operation(summary = "Every open school of the LA for the period, with small-number suppression",
            description = "Counts per category and referrals are text: the number, or \"c\" where they are hidden (1 to 5,"
                    + " and the cells hidden with them so that no total gives them away). quiet: no incident recorded in"
                    + " the last six months.")
    public SchoolTableRepresentation schools(@Valid @BeanParam PeriodQuery query) {
        return SchoolTableRepresentation.of(statistics.schools(query.period()));
    }

    @GET
    @Path("emerging")
    @Operation(summary = "Incident types against their baseline: the last 3 months to the month chosen (?to=, default this"
            + " month) beside the 12 months before, largest rise first")
    public List<LaStatistics.Emerging> emerging(@Valid @BeanParam PeriodQuery query) {
        return statistics.emerging(query.period().to());
    }

    @GET
    @Path("{table: [a-z-]+}.csv")
    @Produces("text/csv")
    @Operation(summary = "Any table of the dashboard as CSV, with the same suppression as the page",
            description = "Tables: trend, category, type, phase, year-group, route, schools, emerging.")
    public Response csv(@PathParam("table") String table, @Valid @BeanParam PeriodQuery query) {
        LaStatistics.Period period = query.period();
        String csv = switch (table) {
            case "schools" -> StatisticsTables.schools(statistics.schools(period));
            case "emerging" -> StatisticsTables.emerging(statistics.emerging(period.to()));
            case "trend" -> StatisticsTables.trend(statistics.overview(period));
            case "category", "type", "phase", "year-group", "route" ->
                    StatisticsTables.compared(StatisticsTables.section(statistics.overview(period), table));
            default -> throw new NotFoundException("There is no table called " + table
                    + ": choose trend, category, type, phase, year-group, route, schools or emerging");
        };
        String name = "incidents-" + table + "-" + period.from() + "-to-" + period.to() + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("rebuild")
    @Operation(summary = "Rebuild the LA's statistics from its incidents (LA_ADMIN)",
            description = "Answers 202 at once; GET rebuild tells how it stands. 409 when a rebuild is running already.")
    public Response rebuild() {
        boolean started = feed.startRebuild();
        return Response.status(started ? Response.Status.ACCEPTED : Response.Status.CONFLICT)
                .entity(RebuildRepresentation.of(feed.rebuildOf())).build();
    }

    @GET
    @Path("rebuild")
    @Operation(summary = "How the latest rebuild of the LA's statistics stands (LA_ADMIN); 404 when there was none")
    public RebuildRepresentation rebuildStatus() {
        StatisticsFeed.Rebuild rebuild = feed.rebuildOf();
        if (rebuild == null) {
            throw new jakarta.ws.rs.NotFoundException("No rebuild has run since the server started");
        }
        return RebuildRepresentation.of(rebuild);
    }
}
