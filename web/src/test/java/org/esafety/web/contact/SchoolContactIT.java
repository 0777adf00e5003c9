package org.esafety.web.contact;

import jakarta.json.JsonObject;
import org.esafety.testsupport.Api;
import org.esafety.web.ApiApplication;
import org.esafety.testsupport.Deployments;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The school contacts API on Payara Micro against MariaDB: what a school sees and may do, that no
 * school ever reaches another's contacts, that bad input is named, and that every change is audited.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolContactIT {

    private static final String CONTACTS = "api/school/contacts";

    private static long la;
    private static long schoolA;
    private static long schoolB;

    @ArquillianResource
    URL base;

    Api headA;
    Api staffA;
    Api headB;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // The API only: the pages need the sign-in shell, which the system tests cover. ApiApplication
        // lists every resource of the school API, so the incidents come too.
        return Deployments.feature("contacts", "org.esafety.contact", "org.esafety.web.contact", "org.esafety.web.school",
                "org.esafety.web.health", "org.esafety.incident", "org.esafety.statistics", "org.esafety.web.incident").addClass(ApiApplication.class);
    }

    @BeforeAll
    static void schools() throws SQLException {
        la = TestDatabase.localAuthority("901");
        schoolA = TestDatabase.newSchool(la, "Ashgrove Primary");
        schoolB = TestDatabase.newSchool(la, "Beechwood Primary");
    }

    @BeforeEach
    void callers() throws Exception {
        URI root = base.toURI();
        headA = new Api(root, TestTokens.school(la, schoolA, "head-a", "HEADTEACHER"));
        staffA = new Api(root, TestTokens.school(la, schoolA, "staff-a", "STAFF"));
        headB = new Api(root, TestTokens.school(la, schoolB, "head-b", "HEADTEACHER"));
    }

    @Test
    void aSchoolReadsItsOwnProfileAndIsRefusedAnothersWhileItsLaReadsBoth() throws Exception {
        int urnA = urnOf(schoolA);
        int urnB = urnOf(schoolB);
        Api.Response own = staffA.get("api/schools/" + urnA);
        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(own.json().getString("name")).isEqualTo("Ashgrove Primary");
        assertThat(staffA.get("api/schools/mine").json().getInt("urn")).isEqualTo(urnA);

        Api.Response other = staffA.get("api/schools/" + urnB);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.body()).contains("another school").doesNotContain("Beechwood");

        Api laOfficer = new Api(base.toURI(), TestTokens.localAuthority(la, "la-officer", "LA_SAFEGUARDING"));
        assertThat(laOfficer.get("api/schools/" + urnB).json().getString("name")).isEqualTo("Beechwood Primary");
        Api otherLa = new Api(base.toURI(), TestTokens.localAuthority(TestDatabase.localAuthority("902"), "other-la", "LA_SAFEGUARDING"));
        assertThat(otherLa.get("api/schools/" + urnB).status()).isEqualTo(404);
    }

    private static int urnOf(long school) throws SQLException {
        try (Connection db = TestDatabase.asOwner()) {
            return (int) TestDatabase.id(db, "SELECT urn FROM school WHERE id = ?", school);
        }
    }

    @Test
    void headteacherAddsChangesAndRemovesAContact() {
        String email = unique("dsl");
        Api.Response created = headA.post(CONTACTS, contact("Amira Hussain", "DSL", email, "01632 960 001"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.location()).endsWith("/" + CONTACTS + "/" + id);
        assertThat(created.json().getString("email")).isEqualTo(email);

        assertThat(headA.get(CONTACTS + "?q=" + email).json().getJsonArray("items"))
                .extracting(item -> ((JsonObject) item).getString("name")).containsExactly("Amira Hussain");

        Api.Response changed = headA.put(CONTACTS + "/" + id,
                "{\"name\":\"Amira Hussain\",\"role\":\"DEPUTY_DSL\",\"email\":\"" + email + "\",\"version\":1}");
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().getString("role")).isEqualTo("DEPUTY_DSL");
        assertThat(changed.json().getJsonNumber("version").longValue()).isEqualTo(2);

        assertThat(headA.delete(CONTACTS + "/" + id).status()).isEqualTo(204);
        assertThat(headA.get(CONTACTS + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void aSchoolNeverReachesAnotherSchoolsContacts() throws SQLException {
        String email = unique("b-dsl");
        long idOfB = headB.post(CONTACTS, contact("Daniel Price", "DSL", email, null)).json().getJsonNumber("id").longValue();

        assertThat(headA.get(CONTACTS + "?limit=200").json().getJsonArray("items"))
                .extracting(item -> ((JsonObject) item).getString("email")).doesNotContain(email);
        assertThat(headA.get(CONTACTS + "?q=" + email).json().getInt("total")).isZero();
        assertThat(headA.get(CONTACTS + "/" + idOfB).status()).isEqualTo(404);
        assertThat(headA.put(CONTACTS + "/" + idOfB, contact("Taken Over", "DSL", "x@example.org", null)).status())
                .isEqualTo(404);
        assertThat(headA.delete(CONTACTS + "/" + idOfB).status()).isEqualTo(404);

        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.text(db, "SELECT name FROM school_contact WHERE id = ? AND school_id = ?",
                    idOfB, schoolB)).isEqualTo("Daniel Price");
        }
        assertThat(headB.get(CONTACTS + "/" + idOfB).json().getString("name")).isEqualTo("Daniel Price");
    }

    @Test
    void everyRoleGetsWhatItsJobNeedsAndNothingOfAnotherSchool() {
        long idOfB = headB.post(CONTACTS, contact("Owen Clarke", "DSL", unique("matrix-b"), null))
                .json().getJsonNumber("id").longValue();
        java.util.Set<String> editors = java.util.Set.of("HEADTEACHER", "DSL", "DEPUTY_DSL", "ONLINE_SAFETY_LEAD");
        for (String role : new String[]{"HEADTEACHER", "DSL", "DEPUTY_DSL", "ONLINE_SAFETY_LEAD", "FILTER_MANAGER",
                "GOVERNOR", "SIRO", "STAFF"}) {
            Api caller = headA.as(TestTokens.school(la, schoolA, role.toLowerCase() + "-a", role));
            boolean edits = editors.contains(role);
            assertThat(caller.get(CONTACTS).status()).as(role + " lists").isEqualTo(200);
            assertThat(caller.get(CONTACTS + "/" + idOfB).status()).as(role + " reads B's").isEqualTo(404);
            assertThat(caller.post(CONTACTS, contact("By " + role, "GOVERNOR", unique(role), null)).status())
                    .as(role + " adds").isEqualTo(edits ? 201 : 403);
            assertThat(caller.put(CONTACTS + "/" + idOfB, contact("Taken", "DSL", unique("t"), null)).status())
                    .as(role + " changes B's").isEqualTo(edits ? 404 : 403);
            assertThat(caller.delete(CONTACTS + "/" + idOfB).status()).as(role + " removes B's").isEqualTo(edits ? 404 : 403);
        }
        for (String role : new String[]{"LA_ADMIN", "LA_SAFEGUARDING", "LADO"}) {
            Api caller = headA.as(TestTokens.localAuthority(la, role.toLowerCase(), role));
            assertThat(caller.get(CONTACTS).status()).as(role + " lists").isEqualTo(403);
            assertThat(caller.get(CONTACTS + "/" + idOfB).status()).as(role + " reads").isEqualTo(403);
            assertThat(caller.post(CONTACTS, contact("By " + role, "DSL", unique(role), null)).status()).isEqualTo(403);
            assertThat(caller.delete(CONTACTS + "/" + idOfB).status()).isEqualTo(403);
        }
        assertThat(headB.get(CONTACTS + "/" + idOfB).json().getString("name")).isEqualTo("Owen Clarke");
    }

    @Test
    void staffReadTheListButCannotChangeIt() {
        assertThat(staffA.get(CONTACTS).status()).isEqualTo(200);
        Api.Response refused = staffA.post(CONTACTS, contact("Someone", "DSL", unique("staff"), null));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void localAuthorityStaffHaveNoSchoolContactsToSee() {
        Api laAdmin = headA.as(TestTokens.localAuthority(la, "la-admin", "LA_ADMIN", "LA_SAFEGUARDING"));
        assertThat(laAdmin.get(CONTACTS).status()).isEqualTo(403);
    }

    @Test
    void callsWithoutAValidTokenAreRefused() {
        for (String token : new String[]{null, "not-a-token",
                TestTokens.signedByStranger(la, schoolA, "intruder", "HEADTEACHER"),
                TestTokens.expired(la, schoolA, "head-a", "HEADTEACHER")}) {
            Api.Response refused = headA.as(token).get(CONTACTS);
            assertThat(refused.status()).as(String.valueOf(token)).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).isNotBlank();
        }
    }

    @Test
    void aTokenThatGivesSchoolRolesWithoutASchoolIsRefused() {
        String noSchool = TestTokens.sign(TestTokens.claims(la, null, "odd", "DSL").build());
        Api.Response refused = headA.as(noSchool).get(CONTACTS);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().getString("detail")).contains("school_id");
    }

    @Test
    void aTokenIsHonouredOnlyForAnOpenSchoolOfItsOwnLocalAuthority() throws SQLException {
        long otherLa = TestDatabase.localAuthority("903");
        long schoolOfOtherLa = TestDatabase.newSchool(otherLa, "Far Away Primary");
        long closed = TestDatabase.newSchool(la, "Closed Primary");
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "UPDATE school SET status = 'CLOSED' WHERE id = ?", closed);
        }
        Api.Response wrongLa = headA.as(TestTokens.school(la, schoolOfOtherLa, "x", "DSL")).get(CONTACTS);
        assertThat(wrongLa.status()).isEqualTo(403);
        assertThat(wrongLa.json().getString("detail")).contains("not one of this local authority's schools");
        assertThat(headA.as(TestTokens.school(la, 987_654_321L, "x", "DSL")).get(CONTACTS).status()).isEqualTo(403);
        Api.Response closedSchool = headA.as(TestTokens.school(la, closed, "x", "DSL")).get(CONTACTS);
        assertThat(closedSchool.status()).isEqualTo(403);
        assertThat(closedSchool.json().getString("detail")).contains("closed");
        assertThat(headA.as(TestTokens.localAuthority(987_654L, "x", "LA_ADMIN")).get(CONTACTS).json().getString("detail"))
                .contains("local authority named in your sign-in is not served here");
        assertThat(headA.get(CONTACTS).status()).isEqualTo(200);
    }

    @Test
    void eachBadFieldIsNamedWithItsReason() {
        Api.Response bad = headA.post(CONTACTS, "{\"name\":\"\",\"role\":\"BOSS\",\"email\":\"not-an-email\",\"phone\":\"call me\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.fieldError("name")).isEqualTo("Enter the contact's name");
        assertThat(bad.fieldError("role")).startsWith("Choose one of these roles: DSL, DEPUTY_DSL");
        assertThat(bad.fieldError("email")).isEqualTo("Enter an email address in the correct format, like name@example.com");
        assertThat(bad.fieldError("phone")).startsWith("Enter a telephone number");
    }

    @Test
    void malformedBodiesAnswer4xxNever5xx() {
        assertThat(headA.post(CONTACTS, contactWith("\"colour\":\"red\"")).fieldError("colour"))
                .isEqualTo("is not a field this request accepts");
        assertThat(headA.post(CONTACTS, contactWith("\"version\":\"abc\"")).fieldError("version"))
                .isEqualTo("has a value of the wrong type");
        assertThat(headA.post(CONTACTS, "{\"name\":{},\"role\":\"DSL\",\"email\":\"a@example.org\"}").fieldError("name"))
                .isEqualTo("has a value of the wrong type");
        Api.Response broken = headA.post(CONTACTS, "{\"name\":\"A\"");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).isEqualTo("The body is not valid JSON");
        assertThat(headA.send("POST", CONTACTS, "", "application/json").status()).isEqualTo(400);
        assertThat(headA.send("POST", CONTACTS, "name=A", "text/plain").status()).isEqualTo(415);

        String huge = contact("A".repeat(70_000), "DSL", unique("big"), null);
        Api.Response tooLarge = headA.post(CONTACTS, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().getString("detail")).isEqualTo("The body is larger than 64 KiB");
        Api.Response tooLargeInChunks = headA.postChunked(CONTACTS, huge);
        assertThat(tooLargeInChunks.status()).as(tooLargeInChunks.toString()).isEqualTo(413);
        assertThat(tooLargeInChunks.json().getString("detail")).isEqualTo("The body is larger than 64 KiB");
        assertThat(headA.postChunked(CONTACTS, contact("Small In Chunks", "GOVERNOR", unique("chunks"), null)).status())
                .isEqualTo(201);
    }

    @Test
    void badQueryParametersAreNamed() {
        Api.Response bad = headA.get(CONTACTS + "?limit=0&role=BOSS");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fieldError("limit")).isEqualTo("Limit must be from 1 to 200");
        assertThat(bad.fieldError("role")).startsWith("Choose one of these roles");
        Api.Response badSort = headA.get(CONTACTS + "?sort=colour");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.fieldError("sort")).isEqualTo("Sort by name, role, email or updated, with - in front to reverse");
        assertThat(headA.get(CONTACTS + "?sort=-updated").status()).isEqualTo(200);
        assertThat(headA.get(CONTACTS + "?offset=abc").fieldError("offset")).isNotBlank();
    }

    @Test
    void theSamePersonInTheSameRoleTwiceIsAConflict() {
        String email = unique("twice");
        assertThat(headA.post(CONTACTS, contact("Tom Barker", "DEPUTY_DSL", email, null)).status()).isEqualTo(201);
        Api.Response again = headA.post(CONTACTS, contact("Tom Barker", "DEPUTY_DSL", email.toUpperCase(), null));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.fieldError("email")).contains("already a DEPUTY_DSL contact");
        assertThat(headA.post(CONTACTS, contact("Tom Barker", "ONLINE_SAFETY_LEAD", email, null)).status()).isEqualTo(201);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        String email = unique("stale");
        long id = headA.post(CONTACTS, contact("Grace Okafor", "ONLINE_SAFETY_LEAD", email, null))
                .json().getJsonNumber("id").longValue();
        String change = "{\"name\":\"Grace Okafor\",\"role\":\"DSL\",\"email\":\"" + email + "\",\"version\":1}";
        assertThat(headA.put(CONTACTS + "/" + id, change).status()).isEqualTo(200);
        Api.Response stale = headA.put(CONTACTS + "/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.fieldError("version")).startsWith("Someone else changed this contact");
    }

    @Test
    void everyChangeIsAuditedInTheSameTransaction() throws SQLException {
        String email = unique("audited");
        long id = headA.post(CONTACTS, contact("Owen Clarke", "DSL", email, null)).json().getJsonNumber("id").longValue();
        headA.put(CONTACTS + "/" + id, "{\"name\":\"Owen Clarke\",\"role\":\"DSL\",\"email\":\"" + email
                + "\",\"phone\":\"0161 496 0000\"}");
        try (Connection db = TestDatabase.asOwner()) {
            long before = TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE school_id = ?", schoolA);
            assertThat(headA.post(CONTACTS, contact("Owen Clarke", "DSL", email, null)).status()).isEqualTo(409);
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE school_id = ?", schoolA))
                    .as("a refused change leaves no audit entry").isEqualTo(before);

            headA.delete(CONTACTS + "/" + id);
            String actions = TestDatabase.text(db, "SELECT GROUP_CONCAT(action ORDER BY seq) FROM audit_entry"
                    + " WHERE school_id = ? AND entity_type = 'SchoolContact' AND entity_id = ?", schoolA, String.valueOf(id));
            assertThat(actions).isEqualTo("CREATE,UPDATE,DELETE");
            String update = TestDatabase.text(db, "SELECT summary FROM audit_entry WHERE school_id = ? AND entity_id = ?"
                    + " AND action = 'UPDATE'", schoolA, String.valueOf(id));
            assertThat(update).contains("\"before\":{").contains("\"phone\":null").contains("\"phone\":\"0161 496 0000\"");
            assertThat(TestDatabase.text(db, "SELECT actor FROM audit_entry WHERE school_id = ? AND entity_id = ?"
                    + " AND action = 'DELETE'", schoolA, String.valueOf(id))).isEqualTo("head-a");
        }
    }

    /** The first writers of a new school race to create its chain; later ones queue on its head. */
    @Test
    void concurrentChangesInOneSchoolKeepOneUnbrokenAuditChain() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            for (int round = 0; round < 3; round++) {
                long school = TestDatabase.newSchool(la, "Elmfield Primary " + round);
                Api head = headA.as(TestTokens.school(la, school, "head-e", "HEADTEACHER"));
                int writers = 24;
                java.util.List<java.util.concurrent.Future<Api.Response>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    String email = unique("parallel" + i);
                    answers.add(pool.submit(() -> head.post(CONTACTS, contact("Parallel", "GOVERNOR", email, null))));
                }
                for (java.util.concurrent.Future<Api.Response> answer : answers) {
                    assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
                }
                assertOneLinkedChain("school:" + school, writers);
            }
        } finally {
            pool.shutdown();
        }
    }

    private static void assertOneLinkedChain(String chain, int entries) throws SQLException {
        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE chain_key = ?", chain)).isEqualTo(entries);
            assertThat(TestDatabase.id(db, "SELECT MAX(seq) FROM audit_entry WHERE chain_key = ?", chain)).isEqualTo(entries);
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry e JOIN audit_entry p"
                    + " ON p.chain_key = e.chain_key AND p.seq = e.seq - 1 AND p.hash = e.prev_hash"
                    + " WHERE e.chain_key = ?", chain)).as("entries linked to their predecessor").isEqualTo(entries - 1);
            assertThat(TestDatabase.text(db, "SELECT last_hash FROM audit_chain WHERE chain_key = ?", chain))
                    .isEqualTo(TestDatabase.text(db, "SELECT hash FROM audit_entry WHERE chain_key = ? AND seq = ?", chain, entries));
        }
    }

    @Test
    void theApplicationAccountCanNeitherChangeNorRemoveAuditEntries() throws SQLException {
        headA.post(CONTACTS, contact("Priya Shah", "DSL", unique("grants"), null));
        try (Connection app = TestDatabase.asApplication()) {
            assertThat(TestDatabase.id(app, "SELECT COUNT(*) FROM audit_entry")).isPositive();
            assertThatThrownBy(() -> TestDatabase.update(app, "UPDATE audit_entry SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> TestDatabase.update(app, "DELETE FROM audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }
    }

    @Test
    void healthAndApiDescriptionAreServed() {
        Api anonymous = headA.as(null);
        Api.Response ready = anonymous.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"database\"").contains("UP");
        assertThat(anonymous.get("/openapi").body()).contains("/api/school/contacts").contains("SchoolContactInput");
    }

    private static String contact(String name, String role, String email, String phone) {
        return "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"email\":\"" + email + "\""
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"") + "}";
    }

    private static String contactWith(String extra) {
        return "{\"name\":\"A\",\"role\":\"DSL\",\"email\":\"" + unique("x") + "\"," + extra + "}";
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@school.example.org";
    }
}
