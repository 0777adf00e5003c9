package org.esafety.admin.audit;

import jakarta.json.JsonObject;
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

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An LA administrator verifies the audit log. Entries are appended through the application, then
 * changed or removed behind its back, as someone with database access might; each kind of tampering
 * must be reported at the entry where it happened. Each test has an LA of its own.
 */
@ExtendWith(ArquillianExtension.class)
class AuditVerificationIT {

    private static final String VERIFY = "api/audit/verification";
    private static final AtomicInteger NEXT_LA = new AtomicInteger(810);

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AdminApi.deployment("admin");
    }

    @Test
    void anUntouchedLogIsIntact() throws Exception {
        Chain chain = seededChain(5);
        JsonObject report = chain.admin.get(VERIFY).json();
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("entries")).isEqualTo(5);
        assertThat(report.getInt("chains")).isEqualTo(1);
        assertThat(report.getJsonArray("problems")).isEmpty();
    }

    @Test
    void anEditedEntryIsFoundAndPutBackItIsIntactAgain() throws Exception {
        Chain chain = seededChain(5);
        String original;
        try (Connection db = TestDatabase.asOwner()) {
            original = TestDatabase.text(db, "SELECT summary FROM audit_entry WHERE chain_key = ? AND seq = 3", chain.key());
            TestDatabase.update(db, "UPDATE audit_entry SET summary = ? WHERE chain_key = ? AND seq = 3",
                    original.replace("3", "4"), chain.key());
        }
        JsonObject report = chain.admin.get(VERIFY).json();
        assertThat(report.getBoolean("intact")).isFalse();
        assertThat(problems(report)).containsExactly(chain.key() + "#3: was changed after it was written");

        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "UPDATE audit_entry SET summary = ? WHERE chain_key = ? AND seq = 3", original, chain.key());
        }
        assertThat(chain.admin.get(VERIFY).json().getBoolean("intact")).isTrue();
    }

    @Test
    void anEntryRewrittenWithAFreshHashBreaksTheLinkToTheNext() throws Exception {
        Chain chain = seededChain(4);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "UPDATE audit_entry SET actor = 'someone-else', hash = SHA2(CONCAT(hash, 'x'), 256)"
                    + " WHERE chain_key = ? AND seq = 2", chain.key());
        }
        assertThat(problems(chain.admin.get(VERIFY).json())).contains(
                chain.key() + "#2: was changed after it was written",
                chain.key() + "#3: does not follow the entry before it");
    }

    @Test
    void aRemovedEntryIsMissed() throws Exception {
        Chain chain = seededChain(5);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "DELETE FROM audit_entry WHERE chain_key = ? AND seq = 2", chain.key());
        }
        assertThat(problems(chain.admin.get(VERIFY).json())).containsExactly(chain.key() + "#2: entries 2 to 2 are missing");
    }

    @Test
    void removingTheLatestEntriesIsMissedToo() throws Exception {
        Chain chain = seededChain(5);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "DELETE FROM audit_entry WHERE chain_key = ? AND seq >= 4", chain.key());
        }
        assertThat(problems(chain.admin.get(VERIFY).json()))
                .containsExactly(chain.key() + "#4: entries 4 to 5 are missing at the end");
    }

    @Test
    void onlyAnLaAdministratorMayVerify() throws Exception {
        Chain chain = seededChain(1);
        for (String role : new String[]{"LA_SAFEGUARDING", "LADO"}) {
            assertThat(chain.admin.as(TestTokens.localAuthority(chain.la, "officer", role)).get(VERIFY).status())
                    .as(role).isEqualTo(403);
        }
        assertThat(chain.school.get(VERIFY).status()).isEqualTo(403);
        Api.Response anonymous = chain.admin.as(null).get(VERIFY);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anLaVerifiesOnlyItsOwnChains() throws Exception {
        Chain mine = seededChain(2);
        Chain theirs = seededChain(3);
        try (Connection db = TestDatabase.asOwner()) {
            TestDatabase.update(db, "DELETE FROM audit_entry WHERE chain_key = ? AND seq = 1", theirs.key());
        }
        JsonObject report = mine.admin.get(VERIFY).json();
        assertThat(report.getBoolean("intact")).isTrue();
        assertThat(report.getInt("entries")).isEqualTo(2);
        assertThat(theirs.admin.get(VERIFY).json().getBoolean("intact")).isFalse();
    }

    /** A new LA with one school whose chain has {@code entries} entries. */
    private Chain seededChain(int entries) throws Exception {
        long la = TestDatabase.localAuthority(String.valueOf(NEXT_LA.getAndIncrement()));
        long school = TestDatabase.newSchool(la, "Audit Test School");
        Api schoolCaller = new Api(base.toURI(), TestTokens.school(la, school, "dsl-" + school, "DSL"));
        Api.Response seeded = schoolCaller.post("test-seed/audit?count=" + entries, "");
        assertThat(seeded.status()).as(seeded.toString()).isEqualTo(204);
        return new Chain(la, school, schoolCaller.as(TestTokens.localAuthority(la, "admin-" + la, "LA_ADMIN")), schoolCaller);
    }

    private record Chain(long la, long schoolId, Api admin, Api school) {
        String key() {
            return "school:" + schoolId;
        }
    }

    private static java.util.List<String> problems(JsonObject report) {
        return report.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("chain") + "#" + p.getJsonNumber("seq").longValue() + ": " + p.getString("reason"))
                .toList();
    }
}
