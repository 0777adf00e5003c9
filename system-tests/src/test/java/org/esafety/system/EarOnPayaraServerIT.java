package org.esafety.system;

import jakarta.json.JsonObject;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestEnvironment;
import org.esafety.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EAR as it ships, on Payara Server configured from config/, used over HTTP with tokens:
 * both web modules answer at their context roots, the database was migrated at start-up, a
 * school's work is audited, and the LA administrator can verify the log.
 */
class EarOnPayaraServerIT {

    private static URI server;
    private static long la;
    private static long school;
    private static long otherSchool;

    @BeforeAll
    static void fixtures() throws SQLException {
        server = URI.create(TestEnvironment.get("base.url"));
        la = TestDatabase.localAuthority("902");
        school = TestDatabase.newSchool(la, "Cedar Lane Primary");
        otherSchool = TestDatabase.newSchool(la, "Damson Hill Academy");
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
        Api dsl = new Api(server, TestTokens.school(la, school, "dsl@cedar", "DSL"));
        Api.Response created = dsl.post("/api/school/contacts",
                "{\"name\":\"Nia Evans\",\"role\":\"FILTER_MANAGER\",\"email\":\"n.evans@cedar.example.org\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();

        assertThat(dsl.get("/api/school/contacts?role=FILTER_MANAGER").json().getInt("total")).isEqualTo(1);
        Api other = dsl.as(TestTokens.school(la, otherSchool, "dsl@damson", "DSL"));
        assertThat(other.get("/api/school/contacts/" + id).status()).isEqualTo(404);
        assertThat(other.get("/api/school/contacts").json().getInt("total")).isZero();
    }

    @Test
    void theLaAdministratorVerifiesTheAuditLogThroughTheAdminApplication() throws SQLException {
        Api dsl = new Api(server, TestTokens.school(la, school, "dsl@cedar", "DSL"));
        dsl.post("/api/school/contacts",
                "{\"name\":\"Tom Barker\",\"role\":\"DEPUTY_DSL\",\"email\":\"t.barker@cedar.example.org\"}");
        Api admin = dsl.as(TestTokens.localAuthority(la, "admin@la", "LA_ADMIN"));
        JsonObject report = admin.get("/admin/api/audit/verification").json();
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("entries")).isPositive();

        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.text(db, "SELECT MAX(version) FROM flyway_schema_history")).isEqualTo("3");
        }
    }

    @Test
    void errorsAreProblemDetailsNotServerPages() {
        Api anonymous = new Api(server, null);
        Api.Response unauthorized = anonymous.get("/api/school/contacts");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.contentType()).startsWith("application/problem+json");
        Api dsl = anonymous.as(TestTokens.school(la, school, "dsl@cedar", "DSL"));
        Api.Response bad = dsl.post("/api/school/contacts", "{\"name\":\"\",\"role\":\"DSL\",\"email\":\"x@example.org\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("name")).isEqualTo("Enter the contact's name");
    }
}
