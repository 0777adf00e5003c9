package org.esafety.admin.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
