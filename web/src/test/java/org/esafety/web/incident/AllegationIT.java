package org.esafety.web.incident;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LADO's route to allegations against staff: the LA designated officer of the school's own LA
 * lists and reads them, never an ordinary incident and never another LA's; no other LA role has the
 * route, and each read lands in the school's own audit log.
 */
class AllegationIT extends AbstractIncidentIT {

    static final String ALLEGATIONS = "api/allegations";

    @Test
    void theLadoOfTheSchoolsLaReadsItsAllegationsAndNothingElse() throws Exception {
        long school = newSchool("Cedar Park Primary");
        Api staff = school(school, "staff-" + school, "STAFF");
        String marker = unique("A supply teacher added pupils on a personal social media account");
        long allegation = record(staff, report(marker).add("type", "STAFF_CONDUCT").add("allegationAgainstStaff", true));
        long ordinary = record(staff, unique("Name-calling in a class chat"));

        long otherLa = TestDatabase.localAuthority("922");
        long otherSchool = TestDatabase.newSchool(otherLa, "Hawthorn School");
        Api otherStaff = new Api(base.toURI(), TestTokens.school(otherLa, otherSchool, "staff-h-" + otherSchool, "STAFF"));
        long otherAllegation = record(otherStaff, report(unique("Another LA's allegation")).add("type", "STAFF_CONDUCT")
                .add("allegationAgainstStaff", true));

        Api lado = localAuthority("lado-921", "LADO");
        Api.Response list = lado.get(ALLEGATIONS);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        List<Long> listed = Json.createReader(new StringReader(list.body())).readArray().stream()
                .map(value -> value.asJsonObject().getJsonNumber("incidentId").longValue()).toList();
        assertThat(listed).contains(allegation).doesNotContain(ordinary, otherAllegation);

        JsonObject read = ok(lado.get(ALLEGATIONS + "/" + school + "/" + allegation));
        assertThat(read.getString("description")).isEqualTo(marker);
        assertThat(read.getBoolean("restricted")).isTrue();

        assertThat(lado.get(ALLEGATIONS + "/" + school + "/" + ordinary).status()).as("not an allegation").isEqualTo(404);
        assertThat(lado.get(ALLEGATIONS + "/" + otherSchool + "/" + otherAllegation).status()).as("another LA's").isEqualTo(404);
        assertThat(lado.get(ALLEGATIONS + "/" + otherSchool + "/" + allegation).status()).as("the wrong school").isEqualTo(404);
        assertThat(lado.get(INCIDENTS + "/" + allegation).status()).as("no school route for the LADO").isEqualTo(403);

        for (String role : new String[]{"LA_ADMIN", "LA_SAFEGUARDING"}) {
            assertThat(localAuthority("la-" + role, role).get(ALLEGATIONS).status()).as(role).isEqualTo(403);
            assertThat(localAuthority("la-" + role, role).get(ALLEGATIONS + "/" + school + "/" + allegation).status())
                    .as(role).isEqualTo(403);
        }
        for (String role : new String[]{"HEADTEACHER", "DSL", "CHAIR_OF_GOVERNORS"}) {
            assertThat(school(school, "u-" + role, role).get(ALLEGATIONS).status()).as(role).isEqualTo(403);
        }

        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.id(db, "SELECT COUNT(*) FROM audit_entry WHERE chain_key = ? AND entity_type = 'Incident'"
                    + " AND entity_id = ? AND action = 'VIEW' AND actor = 'lado-921'", "school:" + school, String.valueOf(allegation)))
                    .as("the LADO's read is in the school's own audit log").isEqualTo(1);
        }
    }
}
