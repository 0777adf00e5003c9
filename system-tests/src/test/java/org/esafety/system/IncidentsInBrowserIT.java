package org.esafety.system;

import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incident log in a real browser: a member of staff records a concern in one page, and the DSL
 * triages it, refers it, sanctions a pupil, records that parents were told, records the outcome and
 * closes it, with a chronology of every step. Every page passes axe-core's WCAG 2.2 AA rules.
 */
class IncidentsInBrowserIT {

    private static final URI SERVER = URI.create(TestEnvironment.get("base.url"));

    @Test
    void staffRecordAConcernAndTheDslTriagesRefersSanctionsAndClosesIt() throws Exception {
        String marker = "Group chat " + System.currentTimeMillis();
        String pupil = "P" + (System.currentTimeMillis() % 100000);
        try (Browser staff = new Browser()) {
            staff.signIn("staff@oakfield.example.org");
            assertThat(staff.navigation()).containsExactly("Home", "Record a concern", "Your reports");
            staff.open("/school/incidents/new").assertAccessible();
            staff.press("Record concern");
            assertThat(staff.errorSummary()).contains("#description Enter what happened", "#location Choose where it happened",
                    "#cameToLight Choose how it came to light", "#type Choose what kind of incident this is");
            staff.assertAccessible();

            staff.type("description", marker + ": a Year 7 pupil was sent messages by an adult asking to meet.")
                    .tick("location-ONLINE_PLATFORM").type("locationDetail", "A gaming app")
                    .tick("cameToLight").select("type", "Online grooming or exploitation (contact)")
                    .type("pupil-0-ref", pupil).select("pupil-0-year", "Year 7").select("pupil-0-involvement", "Harmed or at risk")
                    .press("Record concern");
            assertThat(staff.path()).isEqualTo("/school/incidents/mine");
            assertThat(staff.text()).contains("Your concern has been recorded as incident").contains(marker)
                    .contains("Waiting for the safeguarding team");
            staff.assertAccessible();
        }
        long id;
        try (Connection db = TestDatabase.asOwner()) {
            id = TestDatabase.id(db, "SELECT id FROM incident WHERE description LIKE ?", marker + "%");
        }

        try (Browser dsl = new Browser()) {
            dsl.signIn("dsl@oakfield.example.org");
            assertThat(dsl.navigation()).containsExactly("Home", "Incidents", "Record a concern", "Your reports", "Sanction ladder");
            dsl.open("/school/incidents?status=NEW").assertAccessible();
            assertThat(dsl.text()).contains("Incident " + id).contains("Online grooming or exploitation");
            dsl.followLink("Incident " + id).assertAccessible();
            assertThat(dsl.heading()).startsWith("Incident " + id).contains("New");

            dsl.followLink("Triage").assertAccessible();
            dsl.press("Save triage");
            assertThat(dsl.errorSummary()).as("%s\n%s", dsl.url(), dsl.text()).contains("#severity Choose the severity");
            dsl.tick("severity-HIGH").select("category", "Contact").press("Save triage");
            assertThat(dsl.text()).contains("Incident triaged.");
            assertThat(dsl.heading()).contains("Open").contains("High severity");

            dsl.followLink("Decide a response").assertAccessible();
            dsl.tick("route-SOCIAL_CARE").type("text", "An unknown adult sought to meet a child: referral to children's social care.")
                    .press("Save response");
            assertThat(dsl.text()).contains("Response recorded.").contains("Children's social care");

            // The school's ladder: the DSL adds a step of the behaviour policy.
            dsl.open("/school/sanctions").assertAccessible();
            dsl.type("label", "").press("Add to the ladder");
            assertThat(dsl.errorSummary()).containsExactly("#label Enter the sanction");
            dsl.type("label", "Apology and restorative meeting " + pupil).press("Add to the ladder");
            assertThat(dsl.text()).contains("Sanction added to the ladder.").contains("Apology and restorative meeting " + pupil);
            dsl.open("/school/incident?id=" + id);

            dsl.followLink("Give a sanction").assertAccessible();
            assertThat(dsl.text()).contains(pupil);
            dsl.select("person", pupil + " (Year 7)").select("level", "1. Reminder of the acceptable use agreement")
                    .press("Save sanction");
            assertThat(dsl.text()).contains("Sanction recorded.").contains("Reminder of the acceptable use agreement for " + pupil);

            dsl.followLink("Parents or carers").assertAccessible();
            dsl.tick("informed").type("informedBy", "Amira Hussain").tick("method").press("Save");
            assertThat(dsl.text()).contains("Told by phone on");

            dsl.followLink("Record the outcome of Children's social care").assertAccessible();
            dsl.type("text", "Accepted by the front door; strategy discussion held.").press("Save outcome");
            assertThat(dsl.text()).contains("Outcome recorded.").contains("Accepted by the front door");

            dsl.followLink("Close").assertAccessible();
            dsl.press("Close incident");
            assertThat(dsl.errorSummary()).contains("#text Enter why the incident can be closed, including any decision not to refer it");
            dsl.type("text", "Referred and accepted; parents supporting; pupil reminded of the agreement.").press("Close incident");
            assertThat(dsl.text()).contains("Incident closed.");
            assertThat(dsl.heading()).contains("Closed");
            assertThat(dsl.text()).contains("Reported").contains("Triage").contains("Response decided").contains("Sanction")
                    .contains("Parents or carers").contains("Response done").contains("Closed");
            dsl.assertAccessible();
        }

        // The reporter sees only where it stands; another school's DSL cannot see it at all.
        Api staffApi = new Api(SERVER, Keycloak.token("staff@oakfield.example.org"));
        assertThat(staffApi.get("/api/incidents/" + id).status()).isEqualTo(403);
        Api riverside = new Api(SERVER, Keycloak.token("dsl@riverside.example.org"));
        assertThat(riverside.get("/api/incidents/" + id).status()).isEqualTo(404);
        try (Browser other = new Browser()) {
            other.signIn("dsl@riverside.example.org");
            other.open("/school/incident?id=" + id);
            assertThat(other.heading()).isEqualTo("Page not found");
            assertThat(other.text()).doesNotContain(marker);
        }
        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Incident' AND entity_id = ?"
                    + " AND action = 'VIEW'", String.valueOf(id))).as("every read is audited").isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void aGovernorSeesTheSchoolsIncidentNumbersButNeverAnIncident() throws Exception {
        HttpResponse<String> recorded = record("staff@oakfield.example.org", "{\"description\":\"Unkind comments under a class video\","
                        + "\"occurredAt\":\"2026-11-02T10:00:00Z\",\"location\":\"HOME\",\"cameToLight\":\"PARENT\","
                        + "\"type\":\"CYBERBULLYING\",\"people\":[{\"kind\":\"PUPIL\",\"pupilRef\":\"GOV-1\",\"yearGroup\":4}]}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = recorded.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        try (Browser governor = new Browser()) {
            governor.signIn("governor@oakfield.example.org");
            assertThat(governor.navigation()).containsExactly("Home", "Record a concern", "Your reports");
            assertThat(governor.text()).contains("new concerns").contains("open incidents").contains("overdue responses")
                    .contains("Incidents recorded in the last 12 months, by category").contains("Conduct")
                    .doesNotContain("GOV-1").doesNotContain("Unkind comments");
            governor.assertAccessible();
            governor.open("/school/incidents");
            assertThat(governor.heading()).isEqualTo("You cannot see this page");
            governor.open("/school/incident?id=" + id);
            assertThat(governor.heading()).isEqualTo("You cannot see this page");
            assertThat(governor.text()).doesNotContain("Unkind comments");
        }
    }

    @Test
    void anAllegationAgainstStaffReachesTheHeadteacherAndTheLadoButNotTheDsl() throws Exception {
        String marker = "Allegation " + System.nanoTime();
        HttpResponse<String> recorded = record("staff@oakfield.example.org", "{\"description\":\"" + marker
                + ": a teaching assistant messaged a pupil on a personal account\",\"occurredAt\":\"2026-11-19T16:00:00Z\","
                + "\"location\":\"ONLINE_PLATFORM\",\"cameToLight\":\"DISCLOSURE\",\"type\":\"STAFF_CONDUCT\","
                + "\"allegationAgainstStaff\":true,\"people\":[{\"kind\":\"STAFF\",\"description\":\"Teaching assistant\"}]}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = recorded.body().replaceAll(".*\"id\":(\\d+).*", "$1");

        Api dsl = new Api(SERVER, Keycloak.token("dsl@oakfield.example.org"));
        assertThat(dsl.get("/api/incidents/" + id).status()).isEqualTo(404);
        assertThat(dsl.get("/api/incidents?q=" + marker.replace(' ', '+')).json().getInt("total")).isZero();
        Api head = new Api(SERVER, Keycloak.token("head@oakfield.example.org"));
        assertThat(head.get("/api/incidents/" + id).json().getBoolean("restricted")).isTrue();

        Api lado = new Api(SERVER, Keycloak.token("lado@northmere.example.org"));
        Api.Response list = lado.get("/api/allegations");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        var allegation = jakarta.json.Json.createReader(new java.io.StringReader(list.body())).readArray().stream().map(v -> v.asJsonObject())
                .filter(a -> String.valueOf(a.getJsonNumber("incidentId").longValue()).equals(id)).findFirst().orElseThrow();
        assertThat(allegation.getInt("urn")).isEqualTo(990001);
        Api.Response read = lado.get("/api/allegations/" + allegation.getJsonNumber("schoolId").longValue() + "/" + id);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().getString("description")).startsWith(marker);
        assertThat(lado.get("/api/incidents/" + id).status()).as("the LADO has no school route").isEqualTo(403);
        Api safeguarding = new Api(SERVER, Keycloak.token("safeguarding@northmere.example.org"));
        assertThat(safeguarding.get("/api/allegations").status()).as("LA safeguarding is not the LADO").isEqualTo(403);
        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'Incident' AND entity_id = ?"
                    + " AND action = 'VIEW' AND summary LIKE '%LADO%' AND chain_key LIKE 'school:%'", id))
                    .as("the LADO's read is in the school's own audit log").isEqualTo(1);
        }
    }

    private static HttpResponse<String> record(String user, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(SERVER.resolve("/api/incidents"))
                .header("Authorization", "Bearer " + Keycloak.token(user))
                .header("Content-Type", "application/json").header("Idempotency-Key", "system-test-" + System.nanoTime())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
