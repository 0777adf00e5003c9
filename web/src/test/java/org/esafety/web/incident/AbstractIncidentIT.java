package org.esafety.web.incident;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.Deployments;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestTokens;
import org.esafety.web.ApiApplication;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the incident API tests share: the deployment, a local authority, callers of any role in any
 * school, and the few steps most tests take (record a concern, triage it, write on it).
 */
@ExtendWith(ArquillianExtension.class)
abstract class AbstractIncidentIT {

    static final String INCIDENTS = "api/incidents";
    static final String KEY = "Idempotency-Key";
    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    static long la;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        // ApiApplication lists every resource of the school API, so the contacts and school profile come too.
        return Deployments.feature("incidents", "org.esafety.incident", "org.esafety.statistics", "org.esafety.web.incident",
                        "org.esafety.contact", "org.esafety.web.contact", "org.esafety.web.school")
                .addClass(ApiApplication.class);
    }

    @BeforeAll
    static void localAuthority() throws SQLException {
        la = TestDatabase.localAuthority("921");
    }

    static long newSchool(String name) {
        try {
            return TestDatabase.newSchool(la, name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Api school(long school, String user, String... roles) {
        return api(TestTokens.school(la, school, user, roles));
    }

    Api localAuthority(String user, String... roles) {
        return api(TestTokens.localAuthority(la, user, roles));
    }

    private Api api(String token) {
        try {
            return new Api(base.toURI(), token);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Api keyed(Api caller) {
        return caller.with(KEY, key());
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A concern as a teacher records it: cyberbullying of a Year 8 pupil, yesterday, online. */
    static JsonObjectBuilder report(String description) {
        return Json.createObjectBuilder()
                .add("description", description)
                .add("occurredAt", Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("location", "ONLINE_PLATFORM")
                .add("locationDetail", "A group chat")
                .add("cameToLight", "DISCLOSURE")
                .add("type", "CYBERBULLYING")
                .add("people", Json.createArrayBuilder().add(pupil("ADM-" + UUID.randomUUID().toString().substring(0, 6), 8)));
    }

    static JsonObjectBuilder pupil(String ref, int year) {
        return Json.createObjectBuilder().add("kind", "PUPIL").add("involvement", "HARMED").add("pupilRef", ref)
                .add("yearGroup", year);
    }

    /** Records the concern and answers its id. */
    static long record(Api reporter, JsonObjectBuilder report) {
        Api.Response recorded = keyed(reporter).post(INCIDENTS, report.build().toString());
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return id(recorded.json());
    }

    static long record(Api reporter, String description) {
        return record(reporter, report(description));
    }

    static JsonObject triage(Api handler, long id, String category, String type) {
        return ok(post(keyed(handler), id, "triage", Json.createObjectBuilder().add("severity", "MEDIUM")
                .add("category", category).add("type", type)));
    }

    static JsonObject note(Api handler, long id, String text) {
        return ok(post(keyed(handler), id, "entries", Json.createObjectBuilder().add("kind", "NOTE").add("text", text)));
    }

    static JsonObject decide(Api handler, long id, String route) {
        return ok(post(keyed(handler), id, "actions", Json.createObjectBuilder().add("route", route)
                .add("rationale", "Chosen by the DSL for " + route).add("dueOn", today().plusDays(7).toString())));
    }

    static Api.Response close(Api handler, long id, String rationale) {
        return post(keyed(handler), id, "close", Json.createObjectBuilder().add("rationale", rationale));
    }

    static Api.Response post(Api caller, long id, String what, JsonObjectBuilder body) {
        return caller.post(INCIDENTS + "/" + id + "/" + what, body.build().toString());
    }

    static JsonObject ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    static List<JsonObject> list(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonObject.class);
    }

    static List<JsonObject> entries(JsonObject incident, String kind) {
        return list(incident, "chronology").stream().filter(entry -> kind.equals(entry.getString("kind"))).toList();
    }

    /** The ids in a page of a list answer. */
    static List<Long> ids(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return list(page.json(), "items").stream().map(AbstractIncidentIT::id).toList();
    }

    static LocalDate today() {
        return LocalDate.now(SCHOOL_TIME);
    }

    /** A real one-page PDF, made the way the referral summary is. */
    static byte[] pdf(String text) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
