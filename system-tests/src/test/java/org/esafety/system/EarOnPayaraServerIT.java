package org.esafety.system;

import jakarta.json.JsonObject;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR as it ships, on Payara Server configured from config/, used over HTTP by the demo LA's
 * users signed in through Keycloak: both web modules answer at their context roots, the database
 * was migrated at start-up, a school's work is its own and audited, and the LA administrator can
 * verify the log.
 */
class EarOnPayaraServerIT {

    private static URI server;

    @BeforeAll
    static void server() {
        server = URI.create(TestEnvironment.get("base.url"));
    }

    @Test
    void theServerIsReadyAndDescribesItsApi() {
        Api anonymous = new Api(server, null);
        Api.Response ready = anonymous.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("database").contains("UP");
        assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        assertThat(anonymous.get("/openapi").body()).contains("/api/school/contacts").contains("/api/audit/verification");
        assertThat(anonymous.get("/metrics").status()).isEqualTo(200);
    }

    @Test
    void aDslKeepsTheContactListAndNoOtherSchoolSeesIt() {
        Api oakfield = new Api(server, Keycloak.token("dsl@oakfield.example.org"));
        Api.Response created = oakfield.post("/api/school/contacts",
                "{\"name\":\"Nia Evans\",\"role\":\"FILTER_MANAGER\",\"email\":\"n.evans@oakfield.example.org\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(oakfield.get("/api/school/contacts?role=FILTER_MANAGER").json().getInt("total")).isEqualTo(1);

        Api riverside = oakfield.as(Keycloak.token("dsl@riverside.example.org"));
        assertThat(riverside.get("/api/school/contacts/" + id).status()).isEqualTo(404);
        assertThat(riverside.get("/api/school/contacts?role=FILTER_MANAGER").json().getInt("total")).isZero();
    }

    @Test
    void keycloakRolesDecideWhatAUserMayDo() {
        Api staff = new Api(server, Keycloak.token("staff@oakfield.example.org"));
        assertThat(staff.get("/api/school/contacts").status()).isEqualTo(200);
        assertThat(staff.post("/api/school/contacts",
                "{\"name\":\"X\",\"role\":\"DSL\",\"email\":\"x@oakfield.example.org\"}").status()).isEqualTo(403);
        Api safeguarding = staff.as(Keycloak.token("safeguarding@northmere.example.org"));
        assertThat(safeguarding.get("/api/school/contacts").status()).isEqualTo(403);
        assertThat(safeguarding.get("/admin/api/audit/verification").status()).isEqualTo(403);
    }

    @Test
    void theLaAdministratorVerifiesTheAuditLogThroughTheAdminApplication() throws Exception {
        new Api(server, Keycloak.token("head@oakfield.example.org")).post("/api/school/contacts",
                "{\"name\":\"Tom Barker\",\"role\":\"DEPUTY_DSL\",\"email\":\"t.barker@oakfield.example.org\"}");
        Api admin = new Api(server, Keycloak.token("admin@northmere.example.org"));
        JsonObject report = admin.get("/admin/api/audit/verification").json();
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("entries")).isPositive();

        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.text(db, "SELECT MAX(version) FROM flyway_schema_history"))
                    .as("every migration ran at start-up").isEqualTo(Integer.toString(newestMigration()));
        }
    }

    @Test
    void errorsAreProblemDetailsNotServerPages() {
        Api anonymous = new Api(server, null);
        Api.Response unauthorized = anonymous.get("/api/school/contacts");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith("application/problem+json");
        Api dsl = anonymous.as(Keycloak.token("dsl@northmere-high.example.org"));
        Api.Response bad = dsl.post("/api/school/contacts", "{\"name\":\"\",\"role\":\"DSL\",\"email\":\"x@example.org\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("name")).isEqualTo("Enter the contact's name");
    }

    @Test
    void aDisabledUserIsRefusedWithinSixtySeconds() throws InterruptedException {
        String user = "staff@oakfield.example.org";
        Api staff = new Api(server, Keycloak.token(user));
        assertThat(staff.get("/api/school/contacts").status()).isEqualTo(200);
        Keycloak.setEnabled(user, false);
        Instant disabled = Instant.now();
        try {
            assertThat(Keycloak.canSignIn(user)).as("a disabled user cannot sign in again").isFalse();
            int status;
            do {
                Thread.sleep(2_000);
                status = staff.get("/api/school/contacts").status();
            } while (status == 200 && Duration.between(disabled, Instant.now()).toSeconds() < 75);
            assertThat(status).isEqualTo(401);
            assertThat(Duration.between(disabled, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(60));
        } finally {
            Keycloak.setEnabled(user, true);
        }
    }

    /** The highest V<n> among the project's migrations (the tests run in the system-tests folder). */
    private static int newestMigration() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("../ejb/src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}
