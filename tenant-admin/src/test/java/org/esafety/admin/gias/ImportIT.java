package org.esafety.admin.gias;

import jakarta.json.JsonObject;
import org.esafety.admin.AdminApi;
import org.esafety.testsupport.Api;
import org.esafety.testsupport.GiasFileGenerator;
import org.esafety.testsupport.TestDatabase;
import org.esafety.testsupport.TestTokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import API up to its preview (which needs no Keycloak): what a GIAS extract would do, every
 * broken row with its line and column, and an import no other LA, school or administrator can see.
 */
@ExtendWith(ArquillianExtension.class)
class ImportIT {

    private static final String IMPORTS = "api/imports";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return AdminApi.deployment("imports");
    }

    @Test
    void anLaAdministratorPreviewsAnExtractAndNobodyElseSeesIt() throws Exception {
        long la = TestDatabase.localAuthority("931");
        long otherLa = TestDatabase.localAuthority("932");
        long school = TestDatabase.newSchool(la, "Alder Primary");
        Api admin = new Api(base.toURI(), TestTokens.localAuthority(la, "admin-931", "LA_ADMIN"));
        String extract = new String(new GiasFileGenerator("931", "Fernshire", 5, 931001, 3).withBrokenRows(1).toBytes(),
                StandardCharsets.UTF_8);

        Api.Response preview = admin.send("POST", IMPORTS, extract, "text/csv");
        assertThat(preview.status()).as(preview.toString()).isEqualTo(201);
        JsonObject plan = preview.json();
        assertThat(plan.getInt("schools")).isEqualTo(5);
        assertThat(plan.getJsonNumber("toCreate").longValue()).isEqualTo(5);
        assertThat(plan.getBoolean("started")).isFalse();
        JsonObject rejected = plan.getJsonArray("rejected").getJsonObject(0);
        assertThat(rejected.getInt("line")).isPositive();
        assertThat(rejected.getString("column")).isNotBlank();
        assertThat(rejected.getString("reason")).isNotBlank();
        String job = IMPORTS + "/" + plan.getString("id");

        assertThat(admin.get(job).status()).isEqualTo(200);
        assertThat(new Api(base.toURI(), TestTokens.localAuthority(la, "admin-931-b", "LA_ADMIN")).get(job).status())
                .as("another administrator's import").isEqualTo(404);
        assertThat(new Api(base.toURI(), TestTokens.localAuthority(otherLa, "admin-932", "LA_ADMIN")).get(job).status())
                .as("another LA").isEqualTo(404);
        assertThat(new Api(base.toURI(), TestTokens.localAuthority(la, "officer-931", "LA_SAFEGUARDING")).get(job).status())
                .as("an LA role that does not onboard").isEqualTo(403);
        Api head = new Api(base.toURI(), TestTokens.school(la, school, "head-931", "HEADTEACHER"));
        assertThat(head.get(job).status()).as("a school").isEqualTo(403);
        assertThat(head.send("POST", IMPORTS, extract, "text/csv").status()).isEqualTo(403);
    }

    @Test
    void aFileThatIsNoGiasExtractIsRefusedNamingWhatIsMissing() throws Exception {
        long la = TestDatabase.localAuthority("933");
        Api admin = new Api(base.toURI(), TestTokens.localAuthority(la, "admin-933", "LA_ADMIN"));
        Api.Response refused = admin.send("POST", IMPORTS, "Name,Town\nOakfield,Northmere\n", "text/csv");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).contains("URN");
    }
}
