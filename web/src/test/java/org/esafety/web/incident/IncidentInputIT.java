package org.esafety.web.incident;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.esafety.testsupport.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input on every incident endpoint: a 400 problem that names the field and says what to do. */
class IncidentInputIT extends AbstractIncidentIT {

    long schoolId;
    Api teacher;
    Api dsl;

    @BeforeEach
    void school() {
        schoolId = newSchool("Cedar Park School");
        teacher = school(schoolId, "teacher-c", "STAFF");
        dsl = school(schoolId, "dsl-c", "DSL");
    }

    /** Asserts a 400 problem naming the field, and answers its message. */
    private static String refused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        String message = response.fieldError(field);
        assertThat(message).as(field + " in " + response).isNotBlank();
        return message;
    }

    private Api.Response recordAs(JsonObjectBuilder report) {
        return keyed(teacher).post(INCIDENTS, report.build().toString());
    }

    @Test
    void aReportNamesEachBadField() {
        assertThat(refused(recordAs(report("   ")), "description")).isEqualTo("Enter what happened");
        assertThat(refused(recordAs(report("x".repeat(10_001))), "description"))
                .isEqualTo("What happened must be 10,000 characters or fewer");
        assertThat(refused(recordAs(report("Happened tomorrow")
                .add("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())), "occurredAt"))
                .isEqualTo("The date it happened must be today or in the past");
        assertThat(refused(recordAs(report("Long ago").add("occurredAt", "2001-01-01T10:00:00Z")), "occurredAt"))
                .startsWith("The date it happened must be within the last");
        assertThat(refused(recordAs(report("No date").add("occurredAt", "yesterday")), "occurredAt"))
                .isEqualTo("has a value of the wrong type");
        assertThat(refused(recordAs(report("Unknown type").add("type", "SPAM")), "type"))
                .startsWith("Choose one of these types: CYBERBULLYING, NUDE_IMAGE_SHARING");
        assertThat(refused(recordAs(report("Nowhere").add("location", "PLAYGROUND")), "location"))
                .isEqualTo("Choose one of CLASSROOM, ELSEWHERE_IN_SCHOOL, HOME, ONLINE_PLATFORM, OTHER");
        assertThat(refused(recordAs(report("How?").add("cameToLight", "RUMOUR")), "cameToLight"))
                .startsWith("Choose one of DISCLOSURE");
        assertThat(refused(recordAs(report("Pupil without a reference").add("people", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "PUPIL").add("yearGroup", 5)))), "people[0].pupilRef"))
                .isEqualTo("Enter the pupil's school reference (not their name)");
        assertThat(refused(recordAs(report("Pupil without a year").add("people", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "PUPIL").add("pupilRef", "ADM-1")))), "people[0].yearGroup"))
                .isEqualTo("Choose the pupil's year group");
        Api.Response named = recordAs(report("Pupil named").add("people", Json.createArrayBuilder()
                .add(pupil("ADM-1", 5)).add(pupil("Jane Smith", 5).add("yearGroup", 14))));
        assertThat(named.status()).as(named.toString()).isEqualTo(400);
        assertThat(named.body()).contains("not a name").contains("Year group must be from 0 (Reception) to 13");
        assertThat(refused(recordAs(report("Not staff").add("aboutHeadteacher", true)), "aboutHeadteacher"))
                .startsWith("Only an allegation against a member of staff");
        assertThat(refused(recordAs(report("Unknown field").add("colour", "red")), "colour"))
                .isEqualTo("is not a field this request accepts");

        Api.Response everythingMissing = keyed(teacher).post(INCIDENTS, "{}");
        for (String field : new String[]{"description", "occurredAt", "location", "cameToLight", "type"}) {
            refused(everythingMissing, field);
        }
        Api.Response broken = keyed(teacher).post(INCIDENTS, "{\"description\":");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().getString("detail")).isEqualTo("The body is not valid JSON");
        assertThat(teacher.get(INCIDENTS + "/mine").json().getInt("total")).isZero();
    }

    @Test
    void theDslsWorkNamesEachBadField() {
        long id = record(teacher, unique("Pupil bullied in a group chat"));
        String past = today().minusDays(1).toString();
        String future = today().plusDays(1).toString();

        assertThat(refused(post(keyed(dsl), id, "triage", Json.createObjectBuilder().add("severity", "URGENT")
                .add("category", "CONDUCT").add("type", "CYBERBULLYING")), "severity")).startsWith("Choose one of LOW, MEDIUM");
        assertThat(refused(post(keyed(dsl), id, "triage", Json.createObjectBuilder().add("severity", "LOW")
                .add("category", "CONDUCT").add("type", "NOPE")), "type")).startsWith("Choose one of these types");
        assertThat(refused(post(keyed(dsl), id, "triage", Json.createObjectBuilder().add("severity", "LOW")
                .add("category", "CHAOS").add("type", "CYBERBULLYING")), "category")).startsWith("Choose one of these categories");
        Api.Response stale = post(keyed(dsl), id, "triage", Json.createObjectBuilder().add("severity", "LOW")
                .add("category", "CONDUCT").add("type", "CYBERBULLYING").add("version", 99));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.fieldError("version")).startsWith("Someone else changed this incident");
        triage(dsl, id, "CONDUCT", "CYBERBULLYING");

        assertThat(refused(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "GOSSIP")
                .add("text", "x")), "kind")).isEqualTo("Choose NOTE, DECISION or CORRECTION");
        assertThat(refused(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "TRIAGE")
                .add("text", "x")), "kind")).isEqualTo("Choose NOTE, DECISION or CORRECTION");
        assertThat(refused(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "NOTE")
                .add("text", " ")), "text")).isEqualTo("Enter the text");
        assertThat(refused(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "CORRECTION")
                .add("text", "Correcting nothing")), "corrects")).startsWith("Choose the entry of this incident");
        long other = record(teacher, unique("Another incident"));
        long entryOfOther = id(list(ok(dsl.get(INCIDENTS + "/" + other)), "chronology").get(0));
        assertThat(refused(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "CORRECTION")
                .add("text", "Correcting another incident").add("corrects", entryOfOther)), "corrects"))
                .startsWith("Choose the entry of this incident");

        assertThat(refused(post(keyed(dsl), id, "actions", Json.createObjectBuilder().add("route", "TWITTER")
                .add("rationale", "x").add("dueOn", future)), "route")).startsWith("Choose one of INTERNAL, EARLY_HELP");
        assertThat(refused(post(keyed(dsl), id, "actions", Json.createObjectBuilder().add("route", "POLICE")
                .add("rationale", "Reported").add("dueOn", past)), "dueOn"))
                .isEqualTo("The date it is due by must be today or in the future");
        assertThat(refused(post(keyed(dsl), id, "actions", Json.createObjectBuilder().add("route", "POLICE")
                .add("rationale", "Reported").add("dueOn", "2026-02-30")), "dueOn")).isEqualTo("has a value of the wrong type");
        assertThat(refused(post(keyed(dsl), id, "actions", Json.createObjectBuilder().add("route", "POLICE")
                .add("dueOn", future)), "rationale")).isEqualTo("Enter why this response was chosen");

        JsonObject file = decide(dsl, id, "INTERNAL");
        long action = id(list(file, "actions").get(0));
        assertThat(refused(post(keyed(dsl), id, "actions/" + action + "/outcome", Json.createObjectBuilder()
                .add("doneOn", future).add("outcome", "Done")), "doneOn")).isEqualTo("The date must be today or in the past");
        assertThat(refused(post(keyed(dsl), id, "actions/" + action + "/outcome", Json.createObjectBuilder()
                .add("doneOn", past)), "outcome")).isEqualTo("Enter the outcome");
        assertThat(post(keyed(dsl), id, "actions/987654321/outcome", Json.createObjectBuilder().add("doneOn", past)
                .add("outcome", "Done")).status()).isEqualTo(404);

        long pupil = id(list(file, "people").get(0));
        long level = id(Json.createReader(new java.io.StringReader(dsl.get(INCIDENTS + "/sanction-levels").body()))
                .readArray().getJsonObject(0));
        assertThat(refused(post(keyed(dsl), id, "sanctions", Json.createObjectBuilder().add("person", pupil)
                .add("level", level).add("startsOn", today().toString()).add("endsOn", past)), "endsOn"))
                .isEqualTo("The end date must be on or after the start date");
        assertThat(refused(post(keyed(dsl), id, "sanctions", Json.createObjectBuilder().add("person", pupil)
                .add("level", 987654321L).add("startsOn", today().toString())), "level"))
                .isEqualTo("Choose a sanction from the school's ladder");
        assertThat(refused(post(keyed(dsl), id, "sanctions", Json.createObjectBuilder().add("person", pupil)
                .add("level", level)), "startsOn")).isEqualTo("Enter the date it starts");

        assertThat(refused(post(keyed(dsl), id, "parents", Json.createObjectBuilder().add("informed", true)
                .add("informedBy", "DSL").add("method", "PHONE")), "informedOn"))
                .isEqualTo("Enter the date parents or carers were told");
        assertThat(refused(post(keyed(dsl), id, "parents", Json.createObjectBuilder().add("informed", true)
                .add("informedOn", today().toString()).add("informedBy", "DSL").add("method", "PIGEON")), "method"))
                .startsWith("Choose one of PHONE");
        assertThat(refused(post(keyed(dsl), id, "parents", Json.createObjectBuilder().add("informed", false)), "reason"))
                .isEqualTo("Enter why parents or carers were not told");
        assertThat(refused(post(keyed(dsl), id, "parents", Json.createObjectBuilder()), "informed"))
                .isEqualTo("Say whether parents or carers were told");

        assertThat(refused(post(keyed(dsl), id, "close", Json.createObjectBuilder()), "rationale"))
                .isEqualTo("Enter why the incident can be closed, including any decision not to refer it");
        assertThat(refused(post(keyed(dsl), id, "close", Json.createObjectBuilder().add("rationale", "  ")), "rationale"))
                .startsWith("Enter why the incident can be closed");
        ok(close(dsl, id, "Resolved in school"));
        assertThat(refused(post(keyed(dsl), id, "reopen", Json.createObjectBuilder()), "reason"))
                .isEqualTo("Enter why the incident is reopened");

        Api.Response noBody = keyed(dsl).send("POST", INCIDENTS + "/" + id + "/reopen", null, "application/json");
        assertThat(noBody.status()).as(noBody.toString()).isEqualTo(400);
        assertThat(dsl.get(INCIDENTS + "/" + id).json().getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void theImageReviewNamesEachBadField() {
        long id = record(teacher, report(unique("Image shared in a class chat")).add("type", "NUDE_IMAGE_SHARING"));
        assertThat(refused(post(keyed(dsl), id, "image-review", Json.createObjectBuilder().add("attendees", "DSL")
                .add("decision", "Refer")), "metOn")).isEqualTo("Enter the date of the review meeting");
        assertThat(refused(post(keyed(dsl), id, "image-review", Json.createObjectBuilder()
                .add("metOn", today().plusDays(3).toString()).add("attendees", "DSL").add("decision", "Refer")), "metOn"))
                .isEqualTo("The date must be today or in the past");
        assertThat(refused(post(keyed(dsl), id, "image-review", Json.createObjectBuilder()
                .add("metOn", today().toString()).add("decision", "Refer")), "attendees")).isEqualTo("Enter who met");
        // A tick is true or false: text must never be read as "not ticked" and let the incident close unreferred.
        assertThat(refused(post(keyed(dsl), id, "image-review", Json.createObjectBuilder().add("metOn", today().toString())
                .add("attendees", "DSL").add("decision", "Refer").add("underThirteen", "perhaps")), "underThirteen"))
                .isEqualTo("has a value of the wrong type");
        assertThat(dsl.get(INCIDENTS + "/" + id).json().getJsonArray("reviews")).isEmpty();
    }

    @Test
    void theQueueNamesEachBadParameter() {
        assertThat(refused(dsl.get(INCIDENTS + "?status=BAD"), "status")).isEqualTo("Choose one of NEW, OPEN, CLOSED");
        assertThat(refused(dsl.get(INCIDENTS + "?from=2026-13-45"), "from")).startsWith("Enter a date like 2026-09-01");
        assertThat(refused(dsl.get(INCIDENTS + "?to=31/12/2026"), "to")).isEqualTo("Enter a date like 2026-09-01");
        assertThat(refused(dsl.get(INCIDENTS + "?category=CHAOS"), "category")).startsWith("Choose one of these categories");
        assertThat(refused(dsl.get(INCIDENTS + "?type=NOPE"), "type")).startsWith("Choose one of these types");
        assertThat(refused(dsl.get(INCIDENTS + "?yearGroup=14"), "yearGroup")).startsWith("Year group must be from 0");
        assertThat(refused(dsl.get(INCIDENTS + "?limit=0"), "limit")).isEqualTo("Limit must be from 1 to 200");
        assertThat(refused(dsl.get(INCIDENTS + "?sort=colour"), "sort")).startsWith("Sort by reported, occurred");
        assertThat(refused(teacher.get(INCIDENTS + "/mine?limit=500"), "limit")).isEqualTo("Limit must be from 1 to 200");
        assertThat(dsl.get(INCIDENTS + "?status=OPEN&from=2026-01-01&to=2026-12-31&sort=-severity&overdue=true&yearGroup=8")
                .status()).isEqualTo(200);
    }

    @Test
    void theQueueFiltersFindWhatTheyName() {
        long bullying = record(teacher, report(unique("Bullying in a chat")).add("people", Json.createArrayBuilder()
                .add(pupil("ADM-Y3", 3))));
        long scam = record(teacher, report(unique("Scam email")).add("type", "GAMBLING_SCAMS"));
        triage(dsl, scam, "COMMERCE", "GAMBLING_SCAMS");
        assertThat(ids(dsl.get(INCIDENTS + "?status=NEW"))).containsExactly(bullying);
        assertThat(ids(dsl.get(INCIDENTS + "?status=OPEN"))).containsExactly(scam);
        assertThat(ids(dsl.get(INCIDENTS + "?category=COMMERCE"))).containsExactly(scam);
        assertThat(ids(dsl.get(INCIDENTS + "?yearGroup=3"))).containsExactly(bullying);
        assertThat(ids(dsl.get(INCIDENTS + "?q=adm-y3"))).containsExactly(bullying);
        assertThat(ids(dsl.get(INCIDENTS + "?from=" + today() + "&to=" + today()))).containsExactlyInAnyOrder(bullying, scam);
        assertThat(ids(dsl.get(INCIDENTS + "?to=" + today().minusDays(1)))).isEmpty();
        assertThat(ids(dsl.get(INCIDENTS + "?sort=reported"))).containsExactly(bullying, scam);
    }
}
