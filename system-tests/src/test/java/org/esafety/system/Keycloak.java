package org.esafety.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.esafety.testsupport.TestEnvironment;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Signs demo users in through the system tests' Keycloak, and administers them as an LA would. */
final class Keycloak {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Keycloak() {
    }

    /** An access token for a user of the demo realm, through the command-line client. */
    static String token(String username) {
        HttpResponse<String> answer = passwordGrant(TestEnvironment.get("keycloak.realm"), "esafety-cli", username,
                TestEnvironment.get("demo.password"), "openid organization");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no token for " + username + ": " + answer.body());
        }
        return json(answer.body()).getString("access_token");
    }

    /** Whether Keycloak still signs this user in. */
    static boolean canSignIn(String username) {
        return passwordGrant(TestEnvironment.get("keycloak.realm"), "esafety-cli", username,
                TestEnvironment.get("demo.password"), "openid").statusCode() == 200;
    }

    static void setEnabled(String username, boolean enabled) {
        String admin = json(passwordGrant("master", "admin-cli", TestEnvironment.get("keycloak.admin"),
                TestEnvironment.get("keycloak.admin.password"), "openid").body()).getString("access_token");
        String users = "admin/realms/" + TestEnvironment.get("keycloak.realm") + "/users";
        String found = send(HttpRequest.newBuilder(url(users + "?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8))).header("Authorization", "Bearer " + admin).GET());
        String id = Json.createReader(new StringReader(found)).readArray().getJsonObject(0).getString("id");
        send(HttpRequest.newBuilder(url(users + "/" + id)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")));
    }

    private static HttpResponse<String> passwordGrant(String realm, String client, String username, String password,
                                                      String scope) {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password,
                        "scope", scope).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return CLIENT.send(HttpRequest.newBuilder(url("realms/" + realm + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("Keycloak answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URI url(String path) {
        return URI.create(TestEnvironment.get("keycloak.url")).resolve(path);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
