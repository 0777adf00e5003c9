package org.esafety.admin.incident;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An LA extends the incident types its schools choose from: its addition is offered to its own
 * schools at once and to no other LA; school roles cannot change it; bad input names the field.
 */
@ExtendWith(ArquillianExtension.class)
class IncidentCatalogueIT {

    private static final String CATALOGUE = "api/incident-catalogue";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AdminApi.deployment("catalogue");
    }

    @Test
    void anLasOwnTypeIsOfferedToItsSchoolsAndNoOtherLa() throws Exception {
        long la = TestDatabase.localAuthority("931");
        long other = TestDatabase.localAuthority("932");
        String code = "AI_IMAGES_" + (System.nanoTime() % 100000);
        Api officer = new Api(base.toURI(), TestTokens.localAuthority(la, "officer-931", "LA_SAFEGUARDING"));

        Api.Response added = officer.post(CATALOGUE + "/types", Json.createObjectBuilder().add("category", "CONTENT")
                .add("code", code).add("label", "AI-generated images").build().toString());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(codes(officer.get(CATALOGUE).body())).contains(code, "CYBERBULLYING", "NUDE_IMAGE_SHARING");

        Api otherOfficer = new Api(base.toURI(), TestTokens.localAuthority(other, "officer-932", "LA_ADMIN"));
        assertThat(codes(otherOfficer.get(CATALOGUE).body())).contains("CYBERBULLYING").doesNotContain(code);

        Api.Response again = officer.post(CATALOGUE + "/types", Json.createObjectBuilder().add("category", "CONTENT")
                .add("code", code).add("label", "Twice").build().toString());
        assertThat(again.status()).isEqualTo(409);

        long school = TestDatabase.newSchool(la, "Elm Tree Primary");
        Api head = new Api(base.toURI(), TestTokens.school(la, school, "head-" + school, "HEADTEACHER"));
        assertThat(head.get(CATALOGUE).status()).isEqualTo(403);
        assertThat(head.post(CATALOGUE + "/types", "{\"category\":\"CONTENT\",\"code\":\"X_Y\",\"label\":\"x\"}").status())
                .isEqualTo(403);
    }

    @Test
    void badInputIsNamed() throws Exception {
        long la = TestDatabase.localAuthority("931");
        Api officer = new Api(base.toURI(), TestTokens.localAuthority(la, "officer-931", "LA_ADMIN"));
        Api.Response lower = officer.post(CATALOGUE + "/types", "{\"category\":\"CONTENT\",\"code\":\"ai images\",\"label\":\"x\"}");
        assertThat(lower.status()).isEqualTo(400);
        assertThat(lower.body()).contains("\"field\":\"code\"").contains("capital letters");
        Api.Response category = officer.post(CATALOGUE + "/types", "{\"category\":\"NOPE\",\"code\":\"ANY_TYPE\",\"label\":\"x\"}");
        assertThat(category.status()).isEqualTo(400);
        assertThat(category.body()).contains("\"field\":\"category\"").contains("CONTACT");
        Api.Response hint = officer.post(CATALOGUE + "/categories", "{\"code\":\"CONSENT\",\"label\":\"Consent\"}");
        assertThat(hint.status()).isEqualTo(400);
        assertThat(hint.body()).contains("\"field\":\"hint\"");
    }

    private static List<String> codes(String body) {
        JsonArray categories = Json.createReader(new StringReader(body)).readArray();
        return categories.stream().flatMap(category -> category.asJsonObject().getJsonArray("types").stream())
                .map(type -> ((JsonObject) type).getString("code")).toList();
    }
}
