package org.esafety.web.incident;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.esafety.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which incident: never another school's, on any endpoint; an allegation against a member
 * of staff only for the headteacher, or the chair of governors when it is about the headteacher;
 * governors numbers only; local authority staff none of a school's incidents.
 */
class IncidentAccessIT extends AbstractIncidentIT {

    long schoolA;
    long schoolB;
    Api teacherA;
    Api dslA;
    Api dslB;

    @BeforeEach
    void schools() {
        schoolA = newSchool("Ashgrove Primary");
        schoolB = newSchool("Beechwood Primary");
        teacherA = school(schoolA, "teacher", "STAFF");
        dslA = school(schoolA, "dsl-a", "DSL");
        dslB = school(schoolB, "dsl-b", "DSL");
    }

    /** One request of the incident API on someone's incident, with a body its validation accepts. */
    private record Call(String method, String path, String body, String contentType) {
        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call post(String path, JsonObjectBuilder body) {
            return new Call("POST", path, body.build().toString(), "application/json");
        }

        int status(Api caller) {
            if ("application/pdf".equals(contentType)) {
                return keyed(caller).upload(path, pdf("Minutes"), contentType).status();
            }
            if (path.endsWith(".pdf") || path.contains("/attachments/")) {
                return caller.download(path).status();
            }
            return "GET".equals(method) ? caller.get(path).status() : keyed(caller).send(method, path, body, contentType).status();
        }
    }

    /** Every endpoint that names an incident, on this one (with its own action, pupil and document). */
    private List<Call> everyEndpointOf(long id, long action, long pupil, long document, long level) {
        String at = INCIDENTS + "/" + id;
        String today = today().toString();
        return List.of(
                Call.get(at),
                Call.get(at + "/history"),
                Call.get(at + "/summary.pdf"),
                Call.post(at + "/triage", Json.createObjectBuilder().add("severity", "HIGH").add("category", "CONDUCT")
                        .add("type", "CYBERBULLYING")),
                Call.post(at + "/entries", Json.createObjectBuilder().add("kind", "NOTE").add("text", "Taken over")),
                Call.post(at + "/actions", Json.createObjectBuilder().add("route", "POLICE").add("rationale", "Why")
                        .add("dueOn", today)),
                Call.post(at + "/actions/" + action + "/outcome", Json.createObjectBuilder().add("doneOn", today)
                        .add("outcome", "Done")),
                Call.post(at + "/sanctions", Json.createObjectBuilder().add("person", pupil).add("level", level)
                        .add("startsOn", today)),
                Call.post(at + "/parents", Json.createObjectBuilder().add("informed", false).add("reason", "Risk to pupil")),
                Call.post(at + "/image-review", Json.createObjectBuilder().add("metOn", today).add("attendees", "DSL")
                        .add("decision", "Refer")),
                new Call("POST", at + "/attachments?name=minutes.pdf", null, "application/pdf"),
                Call.get(at + "/attachments/" + document),
                Call.post(at + "/close", Json.createObjectBuilder().add("rationale", "Closed by another school")),
                Call.post(at + "/reopen", Json.createObjectBuilder().add("reason", "Reopened by another school")));
    }

    @Test
    void anotherSchoolsDslGets404OnEveryEndpointAndChangesNothing() {
        String description = unique("Ashgrove pupil targeted on a gaming platform");
        long id = record(teacherA, description);
        triage(dslA, id, "CONDUCT", "CYBERBULLYING");
        JsonObject file = decide(dslA, id, "INTERNAL");
        long action = id(list(file, "actions").get(0));
        long pupil = id(list(file, "people").get(0));
        JsonObject withDocument = ok(keyed(dslA).upload(INCIDENTS + "/" + id + "/attachments?name=a.pdf", pdf("A"),
                "application/pdf"));
        long document = id(list(withDocument, "documents").get(0));
        long levelOfB = id(Json.createReader(new java.io.StringReader(dslB.get(INCIDENTS + "/sanction-levels").body()))
                .readArray().getJsonObject(0));
        int entriesBefore = list(withDocument, "chronology").size();

        for (Call call : everyEndpointOf(id, action, pupil, document, levelOfB)) {
            assertThat(call.status(dslB)).as("B's DSL: " + call.method() + " " + call.path()).isEqualTo(404);
        }
        // and B's headteacher, who would see even restricted allegations in B
        Api headB = school(schoolB, "head-b", "HEADTEACHER", "DSL");
        assertThat(headB.get(INCIDENTS + "/" + id).status()).isEqualTo(404);

        JsonObject unchanged = ok(dslA.get(INCIDENTS + "/" + id));
        assertThat(list(unchanged, "chronology")).hasSize(entriesBefore);
        assertThat(unchanged.getString("status")).isEqualTo("OPEN");
        assertThat(unchanged.getString("severity")).isEqualTo("MEDIUM");
        assertThat(list(unchanged, "documents")).hasSize(1);
        assertThat(list(unchanged, "sanctions")).isEmpty();
        assertThat(list(unchanged, "actions").get(0).containsKey("doneOn")).isFalse();
    }

    @Test
    void anotherSchoolsListsAndCountsNeverIncludeThisSchoolsIncidents() {
        Api teacherB = school(schoolB, "teacher", "STAFF");
        JsonObject countsBefore = ok(dslB.get(INCIDENTS + "/counts"));
        String marker = unique("Ashgrove only");
        long id = record(teacherA, marker);
        triage(dslA, id, "CONDUCT", "CYBERBULLYING");
        decide(dslA, id, "POLICE");
        record(teacherA, unique("Ashgrove only, second"));

        assertThat(ids(dslB.get(INCIDENTS + "?limit=200"))).doesNotContain(id);
        assertThat(dslB.get(INCIDENTS + "?q=" + marker.substring(marker.length() - 8)).json().getInt("total")).isZero();
        assertThat(dslB.get(INCIDENTS + "?status=OPEN").json().getInt("total")).isZero();
        // the same sign-in name in another school is another person
        assertThat(ids(teacherB.get(INCIDENTS + "/mine"))).isEmpty();
        assertThat(ok(dslB.get(INCIDENTS + "/counts"))).isEqualTo(countsBefore);
        assertThat(ok(dslA.get(INCIDENTS + "/counts")).getInt("open")).isEqualTo(1);
        assertThat(ids(teacherA.get(INCIDENTS + "/mine"))).hasSize(2).contains(id);
    }

    @Test
    void localAuthorityStaffReachNoSchoolsIncidents() {
        long id = record(teacherA, unique("Pupil targeted by a scam"));
        JsonObject file = triage(dslA, id, "COMMERCE", "GAMBLING_SCAMS");
        long pupil = id(list(file, "people").get(0));
        for (String role : new String[]{"LA_ADMIN", "LA_SAFEGUARDING", "LADO"}) {
            Api officer = localAuthority(role.toLowerCase(), role);
            for (Call call : everyEndpointOf(id, 1, pupil, 1, 1)) {
                assertThat(call.status(officer)).as(role + ": " + call.method() + " " + call.path()).isEqualTo(403);
            }
            for (String list : new String[]{"", "/mine", "/counts", "/types", "/sanction-levels"}) {
                assertThat(officer.get(INCIDENTS + list).status()).as(role + " GET " + list).isEqualTo(403);
            }
            Api.Response recorded = keyed(officer).post(INCIDENTS, report("Recorded by the LA").build().toString());
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(403);
            assertThat(recorded.contentType()).startsWith("application/problem+json");
        }
        assertThat(list(ok(dslA.get(INCIDENTS + "/" + id)), "chronology")).hasSize(2);
    }

    @Test
    void anAllegationAgainstStaffIsSeenOnlyByTheHeadteacher() {
        Api deputy = school(schoolA, "deputy-a", "DEPUTY_DSL");
        Api head = school(schoolA, "head-a", "HEADTEACHER");
        Api chair = school(schoolA, "chair-a", "GOVERNOR", "CHAIR_OF_GOVERNORS");
        JsonObject countsBefore = ok(dslA.get(INCIDENTS + "/counts"));

        String marker = unique("Teacher messaged a pupil on a personal account");
        long id = record(teacherA, restricted(marker, false));
        String search = INCIDENTS + "?q=" + marker.substring(marker.length() - 8);

        for (Api handler : List.of(dslA, deputy)) {
            assertThat(handler.get(search).json().getInt("total")).isZero();
            assertThat(ids(handler.get(INCIDENTS + "?limit=200"))).doesNotContain(id);
            assertThat(handler.get(INCIDENTS + "/" + id).status()).isEqualTo(404);
            assertThat(handler.get(INCIDENTS + "/" + id + "/history").status()).isEqualTo(404);
            assertThat(post(keyed(handler), id, "entries", Json.createObjectBuilder().add("kind", "NOTE").add("text", "x"))
                    .status()).isEqualTo(404);
        }
        assertThat(chair.get(search).json().getInt("total")).isZero();
        assertThat(chair.get(INCIDENTS + "/" + id).status()).isEqualTo(404);

        assertThat(ids(head.get(search))).containsExactly(id);
        JsonObject seen = ok(head.get(INCIDENTS + "/" + id));
        assertThat(seen.getBoolean("restricted")).isTrue();
        assertThat(seen.getBoolean("aboutHeadteacher")).isFalse();
        assertThat(ids(teacherA.get(INCIDENTS + "/mine"))).contains(id);

        assertThat(ok(dslA.get(INCIDENTS + "/counts"))).isEqualTo(countsBefore);
        assertThat(ok(head.get(INCIDENTS + "/counts"))).isEqualTo(countsBefore);
    }

    @Test
    void anAllegationAboutTheHeadteacherIsSeenOnlyByTheChairOfGovernors() {
        Api head = school(schoolA, "head-a", "HEADTEACHER", "DSL");
        Api chair = school(schoolA, "chair-a", "GOVERNOR", "CHAIR_OF_GOVERNORS");
        long ordinary = record(teacherA, unique("Pupil shown an extremist video"));
        String marker = unique("Headteacher shared pupils' photos on social media");
        long id = record(teacherA, restricted(marker, true));
        String search = INCIDENTS + "?q=" + marker.substring(marker.length() - 8);

        assertThat(head.get(search).json().getInt("total")).isZero();
        assertThat(head.get(INCIDENTS + "/" + id).status()).isEqualTo(404);
        assertThat(head.download(INCIDENTS + "/" + id + "/summary.pdf").status()).isEqualTo(404);
        assertThat(dslA.get(INCIDENTS + "/" + id).status()).isEqualTo(404);

        assertThat(ids(chair.get(INCIDENTS + "?limit=200"))).containsExactly(id).doesNotContain(ordinary);
        JsonObject seen = ok(chair.get(INCIDENTS + "/" + id));
        assertThat(seen.getBoolean("aboutHeadteacher")).isTrue();
        JsonObject noted = note(chair, id, "LADO consulted by the chair");
        assertThat(entries(noted, "NOTE")).singleElement()
                .satisfies(entry -> assertThat(entry.getString("author")).isEqualTo("chair-a"));
        assertThat(chair.get(INCIDENTS + "/" + ordinary).status()).isEqualTo(404);
    }

    @Test
    void governorsSeeNumbersOnlyAndNeverARestrictedAllegation() {
        Api governor = school(schoolA, "governor-a", "GOVERNOR");
        JsonObject before = ok(governor.get(INCIDENTS + "/counts"));
        long id = record(teacherA, unique("Pupil bullied in a class chat"));
        record(teacherA, restricted(unique("Teaching assistant shouted at a pupil on a video call"), false));
        record(teacherA, restricted(unique("Allegation about the headteacher"), true));

        JsonObject after = ok(governor.get(INCIDENTS + "/counts"));
        assertThat(after.getInt("newConcerns")).isEqualTo(before.getInt("newConcerns") + 1);
        assertThat(after.getJsonObject("byCategoryLast12Months").getInt("Conduct"))
                .isEqualTo(before.getJsonObject("byCategoryLast12Months").getInt("Conduct") + 1);
        assertThat(after.toString()).doesNotContain("ADM-").doesNotContain("bullied");

        assertThat(governor.get(INCIDENTS).status()).isEqualTo(403);
        assertThat(governor.get(INCIDENTS + "/" + id).status()).isIn(403, 404);
        assertThat(governor.download(INCIDENTS + "/" + id + "/summary.pdf").status()).isIn(403, 404);
        for (String role : new String[]{"STAFF", "ONLINE_SAFETY_LEAD", "FILTER_MANAGER", "SIRO"}) {
            Api member = school(schoolA, role.toLowerCase() + "-a", role);
            assertThat(member.get(INCIDENTS + "/counts").status()).as(role + " counts").isEqualTo(403);
            assertThat(member.get(INCIDENTS).status()).as(role + " queue").isEqualTo(403);
            assertThat(member.get(INCIDENTS + "/" + id).status()).as(role + " opens").isIn(403, 404);
            assertThat(member.get(INCIDENTS + "/types").status()).as(role + " types").isEqualTo(200);
        }
    }

    private static JsonObjectBuilder restricted(String description, boolean aboutHeadteacher) {
        return report(description).add("type", "STAFF_CONDUCT").add("allegationAgainstStaff", true)
                .add("aboutHeadteacher", aboutHeadteacher)
                .add("people", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "STAFF")
                        .add("involvement", "RESPONSIBLE").add("description", aboutHeadteacher ? "Headteacher" : "A teacher")));
    }
}
