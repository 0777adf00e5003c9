package org.esafety.system;

import org.esafety.testsupport.Api;
import org.esafety.testsupport.GiasFileGenerator;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestEnvironment;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in a real browser (Debian's headless Chromium): each role signs in on Keycloak's login
 * page, sees only its own navigation and pages, and every page passes axe-core's WCAG 2.2 AA rules.
 */
class PagesInBrowserIT {

    private static final URI SERVER = URI.create(TestEnvironment.get("base.url"));

    @Test
    void aHeadteacherSeesTheirSchoolAndManagesItsStaff() {
        try (Browser browser = new Browser()) {
            browser.open("/").assertAccessible();
            browser.signIn("head@oakfield.example.org");
            assertThat(browser.path()).as("page after sign-in: %s", browser.text()).isEqualTo("/school/home");
            assertThat(browser.heading()).isEqualTo("Oakfield Primary School");
            assertThat(browser.navigation()).containsExactly("Home", "Incidents", "Record a concern", "Your reports", "Staff and roles", "Sanction ladder");
            assertThat(browser.text()).contains("Helen Ward").contains("URN 990001");
            browser.assertAccessible();

            browser.open("/school/staff").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Staff and roles");
            // Bad input: the GOV.UK error summary names each field and links to it; nothing is sent.
            browser.press("Send invitation");
            assertThat(browser.errorSummary()).contains("#email Enter an email address");
            browser.assertAccessible();

            browser.open("/admin/schools");
            assertThat(browser.heading()).isEqualTo("You cannot see this page");
            browser.assertAccessible();

            browser.open("/school/staff");
            browser.signOut();
            browser.assertAccessible();
            browser.open("/school/home");
            assertThat(browser.url()).as("signed out: the page asks for a sign-in again").contains("/realms/northmere/");
        }
    }

    @Test
    void aHeadteacherInvitesStaffAndGivesRolesButNeverLeavesTheSchoolWithoutADsl() throws Exception {
        try (Browser dsl = new Browser()) {
            dsl.signIn("dsl@oakfield.example.org");  // the DSL's first sign-in makes them a member
        }
        String deputy = "deputy" + System.currentTimeMillis() + "@oakfield.example.org";
        try (Browser head = new Browser()) {
            head.signIn("head@oakfield.example.org");
            head.open("/school/staff");
            assertThat(head.text()).contains("Amira Hussain").contains("Designated safeguarding lead");

            changeRoles(head, "Amira Hussain", "roles-DSL", "roles-DEPUTY_DSL");
            assertThat(head.errorSummary()).containsExactly(
                    "#roles The school must keep a designated safeguarding lead: give the role to someone else first");
            head.assertAccessible();

            head.open("/school/staff").type("firstName", "Tom").type("lastName", "Reyes").type("email", deputy)
                    .tick("roles-DSL").press("Send invitation");
            assertThat(head.text()).contains("Tom Reyes has been invited").contains(deputy);
            assertThat(invitationsTo(deputy)).as("Keycloak emailed the new member").contains("Subject");

            // Now someone else is a DSL: Amira may become a deputy, and then a DSL again.
            changeRoles(head, "Amira Hussain", "roles-DSL", "roles-DEPUTY_DSL");
            assertThat(head.text()).contains("Amira Hussain's roles have been changed");
            changeRoles(head, "Amira Hussain", "roles-DEPUTY_DSL", "roles-DSL");
            assertThat(head.text()).contains("Amira Hussain's roles have been changed");
        }
        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'ASSIGN_ROLES' AND entity_type = 'SchoolMember'"))
                    .as("every change of roles is in the audit log").isGreaterThanOrEqualTo(2);
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE action = 'INVITE' AND summary LIKE ?",
                    "%" + deputy + "%")).isEqualTo(1);
        }
    }

    @Test
    void aHeadteacherCannotOpenAnotherSchoolsMember() throws Exception {
        try (Browser riverside = new Browser()) {
            riverside.signIn("dsl@riverside.example.org");  // makes Riverside's DSL a member
        }
        long riversideDsl;
        try (Connection db = TestDatabase.asOwner()) {
            riversideDsl = TestDatabase.id(db, "SELECT m.id FROM school_member m JOIN school s ON s.id = m.school_id"
                    + " WHERE s.urn = 990002 AND m.email = 'dsl@riverside.example.org'");
        }
        try (Browser head = new Browser()) {
            head.signIn("head@oakfield.example.org");
            head.open("/school/member?id=" + riversideDsl);
            assertThat(head.heading()).isEqualTo("Page not found");
            assertThat(head.text()).doesNotContain("Daniel Price").doesNotContain("riverside");
        }
    }

    /** Opens a member's roles from the staff list, swaps one box for another and saves. */
    private static void changeRoles(Browser head, String name, String untick, String tick) {
        head.open("/school/staff").followLink("Change roles of " + name);
        head.tick(untick).tick(tick).press("Save roles");
    }

    @Test
    void aDslSeesTheirSchoolButNotStaffManagementNorAnotherSchool() {
        try (Browser browser = new Browser()) {
            browser.signIn("dsl@oakfield.example.org");
            assertThat(browser.navigation()).containsExactly("Home", "Incidents", "Record a concern", "Your reports", "Sanction ladder");
            assertThat(browser.text()).contains("Safeguarding leads").contains("Amira Hussain");
            browser.assertAccessible();

            browser.open("/school/staff");
            assertThat(browser.heading()).isEqualTo("You cannot see this page");
            browser.open("/school/home?urn=990002");
            assertThat(browser.heading()).isEqualTo("You cannot see this page");
            assertThat(browser.text()).contains("another school").doesNotContain("Riverside");
            browser.open("/school/home?urn=990001");
            assertThat(browser.heading()).isEqualTo("Oakfield Primary School");
        }
        Api oakfieldDsl = new Api(SERVER, Keycloak.token("dsl@oakfield.example.org"));
        assertThat(oakfieldDsl.get("/api/schools/990001").status()).isEqualTo(200);
        Api.Response other = oakfieldDsl.get("/api/schools/990002");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("another school").doesNotContain("Riverside");
    }

    @Test
    void anLaAdministratorSeesTheLaAndAddsASchool() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("admin@northmere.example.org");
            assertThat(browser.path()).isEqualTo("/la/home");
            assertThat(browser.heading()).isEqualTo("Northmere Borough Council");
            assertThat(browser.navigation()).containsExactly("Home", "Schools", "Import from GIAS", "Add a school");
            browser.assertAccessible();

            browser.open("/admin/schools");
            assertThat(browser.heading()).isEqualTo("Schools");
            assertThat(browser.text()).contains("Oakfield Primary School").contains("Riverside").contains("Northmere High School");
            browser.assertAccessible();

            browser.open("/admin/schools/new").press("Add school and invite headteacher");
            assertThat(browser.errorSummary()).contains("#urn Enter the school's URN", "#name Enter the school's name",
                    "#phase Select the school's phase of education");
            browser.assertAccessible();
            browser.type("urn", "990001").type("name", "Duplicate Primary").select("phase", "Primary")
                    .type("headFirstName", "Ada").type("headLastName", "Lovelace").type("headEmail", "head@duplicate.example.org")
                    .press("Add school and invite headteacher");
            assertThat(browser.errorSummary()).contains("#urn A school with URN 990001 is already in E-Safety Hub");

            // A URN and an address of their own, so that the test can run again on the same database.
            int urn = 991000 + (int) (System.currentTimeMillis() / 1000 % 9000);
            String head = "head" + urn + "@brookfield.example.org";
            browser.type("urn", Integer.toString(urn)).type("name", "Brookfield Infant School").select("phase", "Primary")
                    .type("headFirstName", "Ruth").type("headLastName", "Okafor").type("headEmail", head)
                    .press("Add school and invite headteacher");
            assertThat(browser.text()).contains("Brookfield Infant School has been added and its headteacher invited");
            assertThat(browser.text()).contains("Invited");
            assertThat(invitationsTo(head)).as("Keycloak emailed the headteacher").contains("Subject");

            browser.open("/school/home?urn=" + urn);
            assertThat(browser.heading()).isEqualTo("Brookfield Infant School");
            assertThat(browser.text()).contains("No designated safeguarding lead has been named yet");
            browser.assertAccessible();
        }
    }

    @Test
    void anLaAdministratorImportsAGiasExtractReportingEachBrokenRow() throws Exception {
        // URNs of this run's own, so the test can run again on the same database.
        int firstUrn = 500000 + (int) (System.currentTimeMillis() / 1000 % 20000) * 20;
        Path extract = Files.createTempFile("gias", ".csv");
        new GiasFileGenerator("990", "Northmere", 12, firstUrn, 7).withBrokenRows(2).inWindows1252().write(extract);
        try (Browser browser = new Browser()) {
            browser.signIn("admin@northmere.example.org");
            // Keycloak's single sign-on signs in to the administration too, and it opens the page asked for.
            browser.open("/admin/import");
            assertThat(browser.path()).isEqualTo("/admin/import");
            browser.assertAccessible();
            browser.press("Check the file");
            assertThat(browser.errorSummary()).containsExactly("#file Select a GIAS extract (a CSV file)");

            browser.upload("file", extract).press("Check the file");
            assertThat(browser.textOf("plan-create")).isEqualTo("12");
            assertThat(browser.textOf("plan-unchanged")).isEqualTo("0");
            assertThat(browser.textOf("plan-rejected")).isEqualTo("2");
            assertThat(browser.textOf("rejected")).contains("URN").contains("PhaseOfEducation (name)");
            browser.assertAccessible();

            browser.press("Import 12 schools");
            assertThat(browser.waitFor(Duration.ofSeconds(60), b -> b.heading().contains("Import") && b.text().contains("Import finished")))
                    .as("the import finishes: %s", browser.text()).isTrue();
            assertThat(browser.textOf("created")).isEqualTo("12");
            assertThat(browser.textOf("failed")).isEqualTo("0");
            browser.assertAccessible();

            // The same file again: nothing to add, nothing changed, nobody invited twice.
            browser.open("/admin/import").upload("file", extract).press("Check the file");
            assertThat(browser.textOf("plan-create")).isEqualTo("0");
            assertThat(browser.textOf("plan-unchanged")).isEqualTo("12");
            browser.press("Import 12 schools");
            assertThat(browser.waitFor(Duration.ofSeconds(60), b -> b.text().contains("Import finished"))).isTrue();
            assertThat(browser.textOf("unchanged")).isEqualTo("12");
            assertThat(browser.textOf("created")).isEqualTo("0");

            browser.open("/admin/schools?q=" + firstUrn / 100);
            assertThat(browser.text()).contains("Invited");
        } finally {
            Files.deleteIfExists(extract);
        }
    }

    @Test
    void aDisabledUserLosesThePagesWithinSixtySeconds() {
        String user = "safeguarding@northmere.example.org";
        try (Browser browser = new Browser()) {
            browser.signIn(user);
            assertThat(browser.path()).isEqualTo("/la/home");
            Keycloak.setEnabled(user, false);
            Instant disabled = Instant.now();
            try {
                boolean refused = browser.waitFor(Duration.ofSeconds(75), b -> !b.url().contains("/la/home"));
                assertThat(refused).as("the page is refused once the token cannot be refreshed").isTrue();
                assertThat(Duration.between(disabled, Instant.now())).isLessThanOrEqualTo(Duration.ofSeconds(60));
                assertThat(browser.url()).doesNotContain("/la/home");
            } finally {
                Keycloak.setEnabled(user, true);
            }
        }
    }

    /** What the mail sink holds for an address (GreenMail's API); Keycloak's invitations land there. */
    static String invitationsTo(String address) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(TestEnvironment.get("mail.api.url") + "api/user/" + address + "/messages/INBOX")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 ? answer.body() : "";
    }

}
