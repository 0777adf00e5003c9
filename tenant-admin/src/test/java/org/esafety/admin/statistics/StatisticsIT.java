package org.esafety.admin.statistics;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.esafety.admin.AdminApi;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LA's statistics follow its schools' incidents within seconds, compare periods as promised,
 * show nothing of another LA, are refused to school users, and rebuilt from scratch equal what the
 * live feed made.
 * <p>
 * Incidents are written here with SQL, each with its queued change, as the incident service writes
 * them (IncidentIT covers that the service queues every change). The LA codes are this test's own;
 * figures are compared before and after, so earlier runs on the same database do not matter.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

    private static final String STATISTICS = "api/statistics";
    private static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AdminApi.deployment("statistics");
    }

    @Test
    void countsFollowIncidentsByPeriodCategoryYearGroupAndRouteAndNoOtherLaSeesThem() throws Exception {
        long la = TestDatabase.localAuthority("951");
        long otherLa = TestDatabase.localAuthority("952");
        Api officer = new Api(base.toURI(), TestTokens.localAuthority(la, "officer-951", "LA_SAFEGUARDING"));
        Api otherOfficer = new Api(base.toURI(), TestTokens.localAuthority(otherLa, "officer-952", "LA_SAFEGUARDING"));
        YearMonth now = YearMonth.now(SCHOOL_TIME);
        String period = STATISTICS + "?from=" + now.minusMonths(2) + "&to=" + now;
        JsonObject before = settled(officer, period);
        JsonObject otherBefore = settled(otherOfficer, period);

        long oak = TestDatabase.newSchool(la, "Oak Statistics Primary");
        long ash = TestDatabase.newSchool(la, "Ash Statistics Primary");
        long grooming = incident(la, oak, now, "GROOMING_EXPLOITATION", List.of(7, 9), List.of("POLICE"));
        incident(la, oak, now, "CYBERBULLYING", List.of(8), List.of());
        long recategorised = incident(la, oak, now, "CYBERBULLYING", List.of(8), List.of("INTERNAL"));
        incident(la, oak, now.minusMonths(4), "HARMFUL_CONTENT", List.of(), List.of());
        incident(la, ash, now.minusMonths(12), "CYBERBULLYING", List.of(10), List.of());
        JsonObject after = settled(officer, period);

        assertThat(delta(before, after, "total", null)).isEqualTo(new long[]{3, 1, 1});
        assertThat(delta(before, after, "byCategory", "CONTACT")).isEqualTo(new long[]{1, 0, 0});
        assertThat(delta(before, after, "byCategory", "CONDUCT")).isEqualTo(new long[]{2, 0, 1});
        assertThat(delta(before, after, "byCategory", "CONTENT")).isEqualTo(new long[]{0, 1, 0});
        assertThat(delta(before, after, "byType", "GROOMING_EXPLOITATION")).isEqualTo(new long[]{1, 0, 0});
        assertThat(delta(before, after, "byPhase", "PRIMARY")).isEqualTo(new long[]{3, 1, 1});
        assertThat(delta(before, after, "byYearGroup", "8")).isEqualTo(new long[]{2, 0, 0});
        assertThat(delta(before, after, "byYearGroup", "9")).isEqualTo(new long[]{1, 0, 0});
        assertThat(delta(before, after, "byRoute", "POLICE")).isEqualTo(new long[]{1, 0, 0});
        assertThat(delta(before, after, "byRoute", "INTERNAL")).isEqualTo(new long[]{1, 0, 0});
        assertThat(trendTotal(after, now) - trendTotal(before, now)).isEqualTo(3);
        assertThat(settled(otherOfficer, period).toString()).as("another LA's figures do not move")
                .isEqualTo(otherBefore.toString());

        // The DSL recategorises one incident: it moves from one category to the other, and is not counted twice.
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "UPDATE incident SET category_id = (SELECT id FROM incident_category WHERE code = 'CONTENT'"
                    + " AND la_id IS NULL), type_id = (SELECT id FROM incident_type WHERE code = 'HARMFUL_CONTENT' AND la_id IS NULL)"
                    + " WHERE id = ?", recategorised);
            queueChange(db, la, oak, recategorised);
        }
        JsonObject moved = settled(officer, period);
        assertThat(delta(before, moved, "total", null)).isEqualTo(new long[]{3, 1, 1});
        assertThat(delta(before, moved, "byCategory", "CONDUCT")).isEqualTo(new long[]{1, 0, 1});
        assertThat(delta(before, moved, "byCategory", "CONTENT")).isEqualTo(new long[]{1, 1, 0});
        assertThat(grooming).isPositive();
    }

    @Test
    void rebuiltFromScratchTheRollupsEqualWhatTheLiveFeedMade() throws Exception {
        long la = TestDatabase.localAuthority("953");
        Api admin = new Api(base.toURI(), TestTokens.localAuthority(la, "admin-953", "LA_ADMIN"));
        long school = TestDatabase.newSchool(la, "Rowan Rebuild Academy");
        YearMonth now = YearMonth.now(SCHOOL_TIME);
        for (int month = 0; month < 14; month++) {
            incident(la, school, now.minusMonths(month), month % 3 == 0 ? "GROOMING_EXPLOITATION" : "CYBERBULLYING",
                    List.of(month % 5 + 3, 6), month % 2 == 0 ? List.of("SOCIAL_CARE", "POLICE") : List.of("INTERNAL"));
        }
        long moved = incident(la, school, now, "CYBERBULLYING", List.of(4), List.of());
        settled(admin, STATISTICS);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "UPDATE incident SET category_id = (SELECT id FROM incident_category WHERE code = 'CONTACT'"
                    + " AND la_id IS NULL), type_id = (SELECT id FROM incident_type WHERE code = 'GROOMING_EXPLOITATION'"
                    + " AND la_id IS NULL), triaged_at = reported_at + INTERVAL 90 MINUTE WHERE id = ?", moved);
            queueChange(db, la, school, moved);
        }
        settled(admin, STATISTICS);
        List<String> live = rollups(la);
        assertThat(live).as("the live feed counted this LA's incidents").hasSizeGreaterThan(30);

        Api.Response started = admin.post(STATISTICS + "/rebuild", "");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonObject status = started.json();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (status.getBoolean("running") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = admin.get(STATISTICS + "/rebuild").json();
        }
        assertThat(status.getBoolean("running")).isFalse();
        assertThat(status.containsKey("failure") && !status.isNull("failure")).as(status.toString()).isFalse();
        assertThat(status.getJsonNumber("incidents").longValue()).isGreaterThanOrEqualTo(15);
        assertThat(rollups(la)).isEqualTo(live);
    }

    @Test
    void theSchoolTableHidesSmallCountsAndWhatWouldGiveThemAwayAlikeOnThePageAndInTheCsv() throws Exception {
        long la = TestDatabase.localAuthority("954");
        Api officer = new Api(base.toURI(), TestTokens.localAuthority(la, "officer-954", "LA_SAFEGUARDING"));
        YearMonth now = YearMonth.now(SCHOOL_TIME);
        long small = TestDatabase.newSchool(la, "Hazel Small Counts Primary " + UUID.randomUUID().toString().substring(0, 6));
        long quiet = TestDatabase.newSchool(la, "Yew Quiet Primary " + UUID.randomUUID().toString().substring(0, 6));
        for (int i = 0; i < 3; i++) {
            incident(la, small, now, "GROOMING_EXPLOITATION", List.of(8), List.of("POLICE"));
        }
        for (int i = 0; i < 9; i++) {
            incident(la, small, now, "CYBERBULLYING", List.of(8), List.of());
        }
        // A second school with incidents: without one, the LA's own totals would be the first school's row.
        long busy = TestDatabase.newSchool(la, "Rowan Busy Primary " + UUID.randomUUID().toString().substring(0, 6));
        for (int i = 0; i < 8; i++) {
            incident(la, busy, now, "GROOMING_EXPLOITATION", List.of(6), List.of());
        }
        for (int i = 0; i < 7; i++) {
            incident(la, busy, now, "CYBERBULLYING", List.of(6), List.of());
        }
        String period = "?from=" + now + "&to=" + now;
        settled(officer, STATISTICS + period);
        JsonObject table = officer.get(STATISTICS + "/schools" + period).json();
        JsonObject hazel = school(table, small);
        assertThat(hazel.getJsonNumber("incidents").longValue()).isEqualTo(12);
        assertThat(hazel.getJsonObject("byCategory").getString("CONTACT")).isEqualTo("c");
        assertThat(hazel.getJsonObject("byCategory").getString("CONDUCT"))
                .as("hidden too: the school's total would give the 3 away").isEqualTo("c");
        assertThat(hazel.getString("referred")).isEqualTo("c");
        assertThat(hazel.getString("referralRate")).isEqualTo("c");
        assertThat(hazel.getBoolean("quiet")).isFalse();
        assertThat(school(table, quiet).getBoolean("quiet")).as("nothing recorded: possible under-recording").isTrue();
        assertThat(table.toString()).doesNotContain("ST-8").as("no pupil reference ever");

        Api.Response csv = officer.get(STATISTICS + "/schools.csv" + period);
        assertThat(csv.status()).isEqualTo(200);
        String hazelLine = csv.body().lines().filter(line -> line.contains("Hazel Small Counts")).findFirst().orElseThrow();
        assertThat(hazelLine).contains(",12,").doesNotContain(",3,").doesNotContain(",9,");
        assertThat(hazelLine.split(",", -1)).contains("c");

        Api otherOfficer = new Api(base.toURI(), TestTokens.localAuthority(TestDatabase.localAuthority("955"), "o-955",
                "LA_ADMIN"));
        assertThat(otherOfficer.get(STATISTICS + "/schools" + period).body()).doesNotContain("Hazel Small Counts");
        assertThat(otherOfficer.get(STATISTICS + "/schools.csv" + period).body()).doesNotContain("Hazel Small Counts");
    }

    private static JsonObject school(JsonObject table, long id) {
        return table.getJsonArray("rows").stream().map(JsonValue::asJsonObject)
                .filter(row -> row.getJsonNumber("schoolId").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no school " + id));
    }

    @Test
    void schoolUsersAreRefusedAndBadPeriodsNamed() throws Exception {
        long la = TestDatabase.localAuthority("951");
        long school = TestDatabase.newSchool(la, "Birch Refused Primary");
        for (String role : List.of("HEADTEACHER", "DSL", "GOVERNOR", "STAFF")) {
            Api schoolUser = new Api(base.toURI(), TestTokens.school(la, school, role.toLowerCase() + "-" + school, role));
            for (String view : List.of(STATISTICS, STATISTICS + "/schools", STATISTICS + "/emerging", STATISTICS + "/schools.csv")) {
                assertThat(schoolUser.get(view).status()).as(role + " " + view).isEqualTo(403);
            }
            assertThat(schoolUser.post(STATISTICS + "/rebuild", "").status()).as(role).isEqualTo(403);
        }
        Api officer = new Api(base.toURI(), TestTokens.localAuthority(la, "officer-951", "LA_SAFEGUARDING"));
        assertThat(officer.post(STATISTICS + "/rebuild", "").status()).as("rebuilding is the administrator's").isEqualTo(403);

        Api.Response month = officer.get(STATISTICS + "?from=2026-13");
        assertThat(month.status()).isEqualTo(400);
        assertThat(month.body()).contains("\"field\":\"from\"");
        Api.Response backwards = officer.get(STATISTICS + "?from=2026-06&to=2026-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"field\":\"to\"");
        Api.Response tooLong = officer.get(STATISTICS + "?from=2010-01&to=2026-01");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"from\"").contains("60 months");
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** The overview once every queued change is counted (at most 5 s: the promise to the LA). */
    private static JsonObject settled(Api caller, String path) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        try (Connection db = TestDatabase.asOwner()) {
            while (TestDatabase.id(db, "SELECT COUNT(*) FROM incident_change") > 0) {
                assertThat(System.nanoTime()).as("queued changes counted within 5 s").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
        Api.Response answer = caller.get(path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** Current, previous and year-earlier figures of one row, after minus before. */
    private static long[] delta(JsonObject before, JsonObject after, String list, String code) {
        JsonObject was = row(before, list, code);
        JsonObject is = row(after, list, code);
        return new long[]{is.getJsonNumber("current").longValue() - was.getJsonNumber("current").longValue(),
                is.getJsonNumber("previous").longValue() - was.getJsonNumber("previous").longValue(),
                is.getJsonNumber("lastYear").longValue() - was.getJsonNumber("lastYear").longValue()};
    }

    private static JsonObject row(JsonObject overview, String list, String code) {
        if (code == null) {
            return overview.getJsonObject(list);
        }
        return overview.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(list + " has no " + code + ": " + overview));
    }

    private static long trendTotal(JsonObject overview, YearMonth month) {
        return overview.getJsonArray("trend").stream().map(JsonValue::asJsonObject)
                .filter(point -> point.getString("month").equals(month.toString()))
                .mapToLong(point -> point.getJsonNumber("total").longValue()).sum();
    }

    /** An incident recorded at noon on the first of the month, with its pupils' year groups and routes, and its change queued. */
    private static long incident(long la, long school, YearMonth month, String type, List<Integer> years,
                                 List<String> routes) throws SQLException {
        LocalDateTime reported = month.atDay(1).atTime(12, 0);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "INSERT INTO incident (school_id, reported_by, reporter_name, request_key, reported_at,"
                    + " occurred_at, location, came_to_light, description, reported_type_id, category_id, type_id, status,"
                    + " restricted, about_headteacher, updated_at) SELECT ?, 'stats-test', 'Statistics Test', ?, ?, ?,"
                    + " 'ONLINE_PLATFORM', 'DISCLOSURE', 'Made up for the statistics test', t.id, t.category_id, t.id,"
                    + " 'NEW', FALSE, FALSE, ? FROM incident_type t WHERE t.code = ? AND t.la_id IS NULL",
                    school, UUID.randomUUID().toString(), reported, reported, reported, type);
            long id = TestDatabase.id(db, "SELECT MAX(id) FROM incident WHERE school_id = ?", school);
            for (int year : years) {
                TestDatabase.update(db, "INSERT INTO incident_person (school_id, incident_id, kind, involvement, pupil_ref,"
                        + " year_group) VALUES (?, ?, 'PUPIL', 'HARMED', ?, ?)", school, id, "ST-" + year, year);
            }
            for (String route : routes) {
                TestDatabase.update(db, "INSERT INTO incident_action (school_id, incident_id, route, rationale, due_on,"
                        + " decided_by, decided_at) VALUES (?, ?, ?, 'Made up', ?, 'Statistics Test', ?)",
                        school, id, route, reported.toLocalDate().plusDays(7), reported);
            }
            queueChange(db, la, school, id);
            return id;
        }
    }

    private static void queueChange(Connection db, long la, long school, long incident) throws SQLException {
        TestDatabase.update(db, "INSERT INTO incident_change (la_id, school_id, incident_id, changed_at)"
                + " VALUES (?, ?, ?, UTC_TIMESTAMP(6))", la, school, incident);
    }

    /** Every rollup row of the LA, as text, in a fixed order. */
    private static List<String> rollups(long la) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestDatabase.asOwner()) {
            for (String sql : List.of(
                    "SELECT CONCAT_WS('|', school_id, month, category_id, type_id, incidents, triaged, triage_minutes,"
                            + " referred) FROM stat_month WHERE la_id = ? ORDER BY 1",
                    "SELECT CONCAT_WS('|', school_id, month, category_id, year_group, incidents) FROM stat_year_group"
                            + " WHERE la_id = ? ORDER BY 1",
                    "SELECT CONCAT_WS('|', school_id, month, category_id, route, incidents) FROM stat_route"
                            + " WHERE la_id = ? ORDER BY 1",
                    "SELECT CONCAT_WS('|', incident_id, school_id, month, category_id, type_id, IFNULL(triage_minutes, '-'),"
                            + " referred, year_groups, routes, reported_at) FROM stat_incident WHERE la_id = ? ORDER BY 1")) {
                try (PreparedStatement statement = db.prepareStatement(sql)) {
                    statement.setLong(1, la);
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            rows.add(result.getString(1));
                        }
                    }
                }
            }
        }
        return rows;
    }
}
