package org.esafety.web.incident;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The incident log on Payara Micro against MariaDB, as its users meet it: a teacher records a concern
 * and follows it, a retried submit records nothing twice, the DSL works it to closure under the rules,
 * the chronology is never rewritten, documents are checked by content, and every read is audited.
 */
class IncidentIT extends AbstractIncidentIT {

    long schoolId;
    Api teacher;
    Api dsl;

    @BeforeEach
    void school() {
        schoolId = newSchool("Ashgrove Academy");
        teacher = school(schoolId, "teacher-" + schoolId, "STAFF");
        dsl = school(schoolId, "dsl-" + schoolId, "DSL");
    }

    @Test
    void aTeacherRecordsAConcernAndFollowsItWithoutSeeingTheDslsWork() {
        String description = unique("A Year 8 pupil was sent messages calling her names in a group chat");
        Api.Response recorded = keyed(teacher).post(INCIDENTS, report(description).build().toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long id = id(recorded.json());
        assertThat(recorded.location()).endsWith("/" + INCIDENTS + "/" + id);
        assertThat(recorded.json().getString("status")).isEqualTo("NEW");

        JsonObject mine = mine(teacher, id);
        assertThat(mine.getString("status")).isEqualTo("NEW");
        assertThat(mine.getString("description")).isEqualTo(description);

        String dslNote = unique("Spoke to the pupil's form tutor");
        triage(dsl, id, "CONDUCT", "CYBERBULLYING");
        note(dsl, id, dslNote);
        JsonObject followed = mine(teacher, id);
        assertThat(followed.getString("status")).isEqualTo("OPEN");
        assertThat(followed.keySet()).containsExactlyInAnyOrder("id", "reportedAt", "occurredAt", "status", "description");
        assertThat(teacher.get(INCIDENTS + "/mine").body()).doesNotContain(dslNote).doesNotContain("MEDIUM")
                .doesNotContain("chronology");

        Api.Response queue = teacher.get(INCIDENTS);
        assertThat(queue.status()).isEqualTo(403);
        assertThat(queue.contentType()).startsWith("application/problem+json");
        assertThat(teacher.get(INCIDENTS + "/" + id).status()).isIn(403, 404);
        assertThat(teacher.get(INCIDENTS + "/" + id + "/history").status()).isIn(403, 404);
        assertThat(teacher.download(INCIDENTS + "/" + id + "/summary.pdf").status()).isIn(403, 404);

        JsonObject opened = ok(dsl.get(INCIDENTS + "/" + id));
        assertThat(opened.getString("description")).isEqualTo(description);
        assertThat(opened.getString("reportedBy")).isEqualTo("teacher-" + schoolId);
        assertThat(list(opened, "people")).singleElement().satisfies(person -> {
            assertThat(person.getString("kind")).isEqualTo("PUPIL");
            assertThat(person.getInt("yearGroup")).isEqualTo(8);
        });
    }

    private static JsonObject mine(Api reporter, long id) {
        Api.Response page = reporter.get(INCIDENTS + "/mine");
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return list(page.json(), "items").stream().filter(item -> id(item) == id).findFirst().orElseThrow();
    }

    @Test
    void theLaStatisticsCountARecordedIncidentWithinFiveSecondsAndFollowItsTriageAndReferral() throws Exception {
        long id = record(teacher, report(unique("Pupil was asked for photos by an adult met in a game"))
                .add("people", Json.createArrayBuilder().add(pupil("CON-Y7", 7)).add(pupil("CON-Y9", 9))));
        assertThat(counted(id, "CONDUCT", "")).as("counted as reported, with both year groups").isEqualTo("7,9");

        triage(dsl, id, "CONTACT", "GROOMING_EXPLOITATION");
        decide(dsl, id, "POLICE");
        assertThat(counted(id, "CONTACT", "POLICE")).isEqualTo("7,9");
        try (Connection db = TestDatabase.asOwner()) {
            assertThat(TestDatabase.text(db, "SELECT CONCAT(referred, '/', triage_minutes IS NOT NULL) FROM stat_incident"
                    + " WHERE incident_id = ?", id)).isEqualTo("1/1");
        }
    }

    /**
     * Waits (at most 5 s, the promise to the LA) until the statistics count the incident in this
     * category with these routes, and answers the year groups counted.
     */
    private static String counted(long id, String category, String routes) throws Exception {
        String sql = "SELECT s.year_groups FROM stat_incident s JOIN incident_category c ON c.id = s.category_id"
                + " WHERE s.incident_id = ? AND c.code = ? AND s.routes = ?";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(5).toNanos();
        try (Connection db = TestDatabase.asOwner()) {
            while (true) {
                String years = TestDatabase.text(db, sql, id, category, routes);
                if (years != null || System.nanoTime() > deadline) {
                    assertThat(years).as("incident %d counted in %s with routes [%s] within 5 s", id, category, routes)
                            .isNotNull();
                    return years;
                }
                Thread.sleep(100);
            }
        }
    }

    @Test
    void aRetriedSubmitWithTheSameKeyRecordsOneIncident() throws SQLException {
        String description = unique("Pupil shown a violent video on a phone at break");
        Api sameKey = keyed(teacher);
        Api.Response first = sameKey.post(INCIDENTS, report(description).build().toString());
        Api.Response again = sameKey.post(INCIDENTS, report(description).build().toString());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.location()).isNull();
        assertThat(id(again.json())).isEqualTo(id(first.json()));
        assertThat(dsl.get(INCIDENTS + "?q=" + description.substring(description.length() - 8)).json().getInt("total"))
                .isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM incident WHERE school_id = ?", schoolId)).isEqualTo(1);
    }

    @Test
    void eightSimultaneousSubmitsWithOneKeyRecordOneIncident() throws Exception {
        Api sameKey = keyed(teacher);
        String body = report(unique("Pupil received threatening messages from an unknown account")).build().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return sameKey.post(INCIDENTS, body);
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isIn(200, 201);
                statuses.add(response.status());
                ids.add(id(response.json()));
            }
            assertThat(statuses).containsOnlyOnce(201);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(rows("SELECT COUNT(*) FROM incident WHERE school_id = ?", schoolId)).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM incident_entry WHERE school_id = ? AND kind = 'REPORTED'", schoolId))
                .isEqualTo(1);
    }

    @Test
    void aRecordWithoutAUsableKeyIsRefusedNamingTheHeader() {
        String body = report("Pupil shared a classmate's password").build().toString();
        for (Api caller : List.of(teacher, teacher.with(KEY, "short"), teacher.with(KEY, "has spaces in it"),
                teacher.with(KEY, "k".repeat(65)))) {
            Api.Response refused = caller.post(INCIDENTS, body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.fieldError(KEY)).as(refused.toString()).startsWith("Send an Idempotency-Key header");
        }
        assertThat(teacher.get(INCIDENTS + "/mine").json().getInt("total")).isZero();
    }

    @Test
    void aRepeatedWriteWithTheSameKeyAddsOneEntry() {
        long id = record(teacher, unique("Pupil's account used to post unkind comments"));
        triage(dsl, id, "CONDUCT", "CYBERBULLYING");
        Api sameKey = keyed(dsl);
        String note = "Parents asked to check the account's settings";
        ok(post(sameKey, id, "entries", noteBody(note)));
        JsonObject again = ok(post(sameKey, id, "entries", noteBody(note)));
        assertThat(entries(again, "NOTE")).hasSize(1);
        assertThat(entries(ok(dsl.get(INCIDENTS + "/" + id)), "NOTE")).hasSize(1);

        Api.Response longKey = post(dsl.with(KEY, "k".repeat(65)), id, "entries", noteBody(note));
        assertThat(longKey.status()).as(longKey.toString()).isEqualTo(400);
        assertThat(longKey.fieldError(KEY)).isNotBlank();
    }

    private static jakarta.json.JsonObjectBuilder noteBody(String text) {
        return Json.createObjectBuilder().add("kind", "NOTE").add("text", text);
    }

    @Test
    void anIncidentClosesOnlyWhenTriagedStaysClosedUntilReopenedAndKeepsEveryEntry() throws SQLException {
        long id = record(teacher, unique("Pupil searched for self-harm content on a school laptop"));
        Api.Response untriaged = close(dsl, id, "Handled by the form tutor");
        assertThat(untriaged.status()).as(untriaged.toString()).isEqualTo(409);
        assertThat(untriaged.fieldError("severity")).startsWith("Triage the incident");

        triage(dsl, id, "CONTENT", "HARMFUL_CONTENT");
        long noteId = id(entries(note(dsl, id, "Pupil seen by the school nurse the same day"), "NOTE").get(0));
        JsonObject corrected = ok(post(keyed(dsl), id, "entries", Json.createObjectBuilder().add("kind", "CORRECTION")
                .add("text", "Seen by the school nurse the next morning, not the same day").add("corrects", noteId)));
        JsonObject correction = entries(corrected, "CORRECTION").get(0);
        assertThat(correction.getJsonNumber("corrects").longValue()).isEqualTo(noteId);
        assertThat(entries(corrected, "NOTE").get(0).getString("text")).isEqualTo("Pupil seen by the school nurse the same day");

        JsonObject closed = ok(close(dsl, id, "Filtering checked and pupil supported; no referral needed"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("closeRationale")).isEqualTo("Filtering checked and pupil supported; no referral needed");

        Api.Response lateNote = post(keyed(dsl), id, "entries", noteBody("Late"));
        assertThat(lateNote.status()).as(lateNote.toString()).isEqualTo(409);
        assertThat(lateNote.fieldError("status")).contains("closed");
        assertThat(close(dsl, id, "Again").status()).isEqualTo(409);

        JsonObject reopened = ok(post(keyed(dsl), id, "reopen", Json.createObjectBuilder()
                .add("reason", "The pupil disclosed more to her tutor")));
        assertThat(reopened.getString("status")).isEqualTo("OPEN");
        assertThat(reopened.containsKey("closedAt")).isFalse();
        JsonObject file = note(dsl, id, "Tutor's account of the new disclosure added");

        List<JsonObject> chronology = list(file, "chronology");
        assertThat(chronology).extracting(entry -> entry.getString("kind"))
                .containsExactly("REPORTED", "TRIAGE", "NOTE", "CORRECTION", "CLOSED", "REOPENED", "NOTE");
        assertThat(chronology).extracting(entry -> entry.getString("author"))
                .containsExactly("teacher-" + schoolId, "dsl-" + schoolId, "dsl-" + schoolId, "dsl-" + schoolId,
                        "dsl-" + schoolId, "dsl-" + schoolId, "dsl-" + schoolId);
        List<Instant> times = chronology.stream().map(entry -> Instant.parse(entry.getString("at"))).toList();
        assertThat(times).isSorted();
        assertThat(chronology.get(5).getString("text")).isEqualTo("The pupil disclosed more to her tutor");

        try (Connection app = TestDatabase.asApplication()) {
            assertThatThrownBy(() -> TestDatabase.update(app, "UPDATE incident_entry SET text = 'rewritten' WHERE id = ?", noteId))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
            assertThatThrownBy(() -> TestDatabase.update(app, "DELETE FROM incident_entry WHERE id = ?", noteId))
                    .isInstanceOf(SQLException.class).hasMessageContaining("denied");
        }
    }

    @Test
    void everyReadIsAuditedAndTheReferralSummaryHoldsTheChronology() {
        String description = unique("Pupil was asked for photos by an adult met in an online game");
        long id = record(teacher, description);
        triage(dsl, id, "CONTACT", "GROOMING_EXPLOITATION");
        String noteText = unique("Police single point of contact phoned");
        note(dsl, id, noteText);
        decide(dsl, id, "POLICE");

        ok(dsl.get(INCIDENTS + "/" + id));
        ok(dsl.get(INCIDENTS + "/" + id));
        List<JsonObject> history = history(id);
        assertThat(history.stream().filter(entry -> entry.getString("action").equals("VIEW"))).hasSize(2)
                .allSatisfy(view -> assertThat(view.getString("who")).isEqualTo("dsl-" + schoolId));
        assertThat(history).extracting(entry -> entry.getString("action")).startsWith("CREATE");
        assertThat(history).extracting(entry -> Instant.parse(entry.getString("at"))).isSorted();

        Api.Download summary = dsl.download(INCIDENTS + "/" + id + "/summary.pdf");
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        assertThat(summary.contentType()).startsWith("application/pdf");
        String text = pdfText(summary.body());
        assertThat(text).contains(description).contains(noteText).contains("Police").contains("teacher-" + schoolId);
        assertThat(history(id).stream().filter(entry -> entry.getString("action").equals("VIEW"))).hasSize(3);
    }

    private List<JsonObject> history(long id) {
        Api.Response history = dsl.get(INCIDENTS + "/" + id + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(history.body())).readArray().getValuesAs(JsonObject.class);
    }

    @Test
    void documentsAreCheckedByTheirContent() {
        long id = record(teacher, unique("Pupil received a phishing email asking for bank details"));
        byte[] minutes = pdf("Minutes of the meeting with parents");
        Api.Response added = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments?name=meeting%20minutes.pdf", minutes,
                "application/pdf");
        JsonObject file = ok(added);
        JsonObject document = list(file, "documents").get(0);
        assertThat(document.getString("fileName")).isEqualTo("meeting minutes.pdf");
        assertThat(document.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(document.getInt("sizeBytes")).isEqualTo(minutes.length);
        assertThat(entries(file, "ATTACHMENT")).hasSize(1);

        Api.Download downloaded = dsl.download(INCIDENTS + "/" + id + "/attachments/" + id(document));
        assertThat(downloaded.status()).as(downloaded.toString()).isEqualTo(200);
        assertThat(downloaded.contentType()).startsWith("application/pdf");
        assertThat(downloaded.body()).isEqualTo(minutes);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
                8, 2, 0, 0, 0, (byte) 0x90, 'w', 'S', (byte) 0xde};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        for (byte[] picture : List.of(png, jpeg)) {
            Api.Response refused = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments?name=report.pdf", picture,
                    "application/pdf");
            assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("detail")).contains("Images and videos are never stored");
        }

        Api.Response empty = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments?name=empty.pdf", new byte[0],
                "application/pdf");
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.fieldError("file")).isEqualTo("The selected file is empty");

        Api.Response unnamed = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments", minutes, "application/pdf");
        assertThat(unnamed.status()).as(unnamed.toString()).isEqualTo(400);
        assertThat(unnamed.fieldError("file")).isEqualTo("Choose a file");

        Api.Response tooLarge = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments?name=big.pdf",
                new byte[10 * 1024 * 1024 + 1], "application/pdf");
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.json().getString("detail")).contains("10 MB");

        assertThat(list(ok(dsl.get(INCIDENTS + "/" + id)), "documents")).hasSize(1);
    }

    @Test
    void aNudeImageIncidentClosesOnlyAfterItsReviewAndAnyReferralTheReviewRequires() {
        long id = record(teacher, report(unique("Year 7 pupil says an image of her is being shared"))
                .add("type", "NUDE_IMAGE_SHARING"));
        triage(dsl, id, "CONDUCT", "NUDE_IMAGE_SHARING");

        Api.Response noReview = close(dsl, id, "Handled in school");
        assertThat(noReview.status()).as(noReview.toString()).isEqualTo(409);
        assertThat(noReview.fieldError("review")).startsWith("Record the initial review meeting");

        JsonObject reviewed = ok(post(keyed(dsl), id, "image-review", review("Referral to children's social care")
                .add("underThirteen", true)));
        assertThat(reviewed.getBoolean("referralRequired")).isTrue();
        Api.Response notReferred = close(dsl, id, "Pupil supported in school");
        assertThat(notReferred.status()).as(notReferred.toString()).isEqualTo(409);
        assertThat(notReferred.fieldError("route")).contains("children's social care or the police");

        decide(dsl, id, "INTERNAL");
        assertThat(close(dsl, id, "Pupil supported in school").fieldError("route")).isNotNull();
        decide(dsl, id, "SOCIAL_CARE");
        JsonObject closed = ok(close(dsl, id, "Referred to children's social care, who lead; school supports the pupil"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
    }

    @Test
    void aNudeImageIncidentWithoutReferralCriteriaClosesOnADecisionNotToRefer() {
        long id = record(teacher, report(unique("Two Year 10 pupils exchanged images with each other"))
                .add("type", "NUDE_IMAGE_SHARING"));
        triage(dsl, id, "CONDUCT", "NUDE_IMAGE_SHARING");

        Api.Response upload = keyed(dsl).upload(INCIDENTS + "/" + id + "/attachments?name=notes.pdf", pdf("Notes"),
                "application/pdf");
        assertThat(upload.status()).as(upload.toString()).isEqualTo(415);
        assertThat(upload.fieldError("file")).startsWith("Nothing can be uploaded to a nude or semi-nude image sharing incident");

        JsonObject reviewed = ok(post(keyed(dsl), id, "image-review", review("Handle in school; do not refer")));
        assertThat(reviewed.getBoolean("referralRequired")).isFalse();
        assertThat(list(reviewed, "reviews")).singleElement()
                .satisfies(review -> assertThat(review.getString("decision")).isEqualTo("Handle in school; do not refer"));
        assertThat(close(dsl, id, "").status()).isEqualTo(400);
        JsonObject closed = ok(close(dsl, id, "Decided not to refer: consensual, same age, no aggravating factors"));
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
    }

    private static jakarta.json.JsonObjectBuilder review(String decision) {
        return Json.createObjectBuilder().add("metOn", today().toString()).add("attendees", "DSL, headteacher")
                .add("decision", decision);
    }

    @Test
    void theReviewIsOnlyForNudeImageIncidents() {
        long id = record(teacher, unique("Pupil bullied in an online game"));
        triage(dsl, id, "CONDUCT", "CYBERBULLYING");
        Api.Response refused = post(keyed(dsl), id, "image-review", review("Not applicable"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.fieldError("type")).startsWith("The initial review is for nude or semi-nude image sharing");
    }

    @Test
    void theDslRespondsSanctionsFromTheLadderAndRecordsWhatParentsWereTold() {
        long id = record(teacher, report(unique("Pupil posted a classmate's photo with cruel comments"))
                .add("people", Json.createArrayBuilder().add(pupil("ADM-0042", 9))
                        .add(Json.createObjectBuilder().add("kind", "PARENT").add("description", "Mother of the pupil harmed"))));
        triage(dsl, id, "CONDUCT", "CYBERBULLYING");

        Api.Response ladder = dsl.get(INCIDENTS + "/sanction-levels");
        assertThat(ladder.status()).as(ladder.toString()).isEqualTo(200);
        List<JsonObject> levels = Json.createReader(new java.io.StringReader(ladder.body())).readArray()
                .getValuesAs(JsonObject.class);
        assertThat(levels).hasSize(5).extracting(level -> level.getInt("rank")).containsExactly(1, 2, 3, 4, 5);
        Api.Response added = dsl.post(INCIDENTS + "/sanction-levels", "{\"rank\":3,\"label\":\"Restorative meeting\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().getString("label")).isEqualTo("Restorative meeting");
        assertThat(dsl.post(INCIDENTS + "/sanction-levels", "{\"rank\":3,\"label\":\"restorative meeting\"}").fieldError("label"))
                .startsWith("The ladder already has");
        assertThat(teacher.post(INCIDENTS + "/sanction-levels", "{\"rank\":3,\"label\":\"Lines\"}").status()).isEqualTo(403);
        assertThat(teacher.get(INCIDENTS + "/sanction-levels").status()).isEqualTo(200);

        JsonObject opened = ok(dsl.get(INCIDENTS + "/" + id));
        long pupil = list(opened, "people").stream().filter(p -> p.getString("kind").equals("PUPIL")).map(AbstractIncidentIT::id)
                .findFirst().orElseThrow();
        long parent = list(opened, "people").stream().filter(p -> p.getString("kind").equals("PARENT")).map(AbstractIncidentIT::id)
                .findFirst().orElseThrow();
        JsonObject sanctioned = ok(post(keyed(dsl), id, "sanctions", Json.createObjectBuilder().add("person", pupil)
                .add("level", id(added.json())).add("startsOn", today().toString()).add("endsOn", today().plusDays(2).toString())));
        assertThat(list(sanctioned, "sanctions")).singleElement()
                .satisfies(given -> assertThat(given.getString("label")).isEqualTo("Restorative meeting"));
        Api.Response notAPupil = post(keyed(dsl), id, "sanctions", Json.createObjectBuilder().add("person", parent)
                .add("level", id(levels.get(0))).add("startsOn", today().toString()));
        assertThat(notAPupil.fieldError("person")).isEqualTo("Choose a pupil involved in this incident");

        JsonObject responded = decide(dsl, id, "EARLY_HELP");
        long action = id(list(responded, "actions").get(0));
        JsonObject done = ok(post(keyed(dsl), id, "actions/" + action + "/outcome", Json.createObjectBuilder()
                .add("doneOn", today().toString()).add("outcome", "Family accepted early help")));
        assertThat(list(done, "actions").get(0).getString("outcome")).isEqualTo("Family accepted early help");

        JsonObject told = ok(post(keyed(dsl), id, "parents", Json.createObjectBuilder().add("informed", true)
                .add("informedOn", today().toString()).add("informedBy", "DSL").add("method", "PHONE")));
        assertThat(list(told, "parents")).singleElement().satisfies(p -> assertThat(p.getString("method")).isEqualTo("PHONE"));
        assertThat(list(told, "chronology")).extracting(entry -> entry.getString("kind"))
                .containsExactly("REPORTED", "TRIAGE", "SANCTION", "ACTION", "OUTCOME", "PARENTS");
    }

    private static long rows(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.asOwner()) {
            return TestDatabase.id(db, sql, parameters);
        }
    }
}
