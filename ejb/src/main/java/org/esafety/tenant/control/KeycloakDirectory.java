package org.esafety.tenant.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.esafety.platform.control.DomainException;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The LA's Keycloak realm as onboarding sees it: a school is an organization, a member of staff a
 * user in it with realm roles. Each method looks for what is already there before it creates
 * anything, so running it again after a failure part-way creates nothing twice.
 *
 * <p>It speaks Keycloak's admin REST API with the JDK's HTTP client and JSON-P rather than through
 * keycloak-admin-client 26.0.12: that client's RESTEasy, once on the EAR's class path, registers
 * itself as the JAX-RS {@code RuntimeDelegate}, and the server's own code then builds URIs with it.
 * Measured: sign-out sent browsers to "http://localhost:8080/org.jboss.resteasy.specimpl.ResteasyUriBuilderImpl@1a297991"
 * (Soteria's logout URI). Nothing of RESTEasy is deployed now.
 *
 * <p>Keycloak's refusals (unknown organization or user, a clash it cannot resolve, input it rejects)
 * become {@link DomainException}s; Keycloak unreachable or refusing this client is an
 * {@link IllegalStateException}, which is the operator's problem, not the caller's.
 */
@ApplicationScoped
public class KeycloakDirectory {

    static final Set<String> SCHOOL_ROLES = Arrays.stream(Role.values()).filter(Role::isSchoolRole)
            .map(Role::name).collect(Collectors.toUnmodifiableSet());

    private static final List<String> INVITE_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");
    private static final long INVITE_LIFESPAN_SECONDS = Duration.ofDays(7).toSeconds();
    /** The client whose redirect URIs the invitation's link may return to. */
    private static final String APP_CLIENT = "esafety-hub";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** Marks a user this call created: it has none of our roles yet. */
    private static final String NEW = "esafety.new";

    @Inject
    @ConfigProperty(name = "esafety.keycloak.url")
    String url;

    @Inject
    @ConfigProperty(name = "esafety.keycloak.realm")
    String realmName;

    @Inject
    @ConfigProperty(name = "esafety.keycloak.admin-client-id")
    String clientId;

    @Inject
    @ConfigProperty(name = "esafety.keycloak.admin-client-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "esafety.keycloak.invite-redirect")
    Optional<String> inviteRedirect;

    private HttpClient http;
    private String admin;
    /** Realm role ids by name; a role's id never changes, so they are read once. */
    private final Map<String, JsonObject> roles = new ConcurrentHashMap<>();
    private volatile String token;
    private volatile Instant tokenUntil = Instant.MIN;

    @PostConstruct
    void connect() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        admin = url.replaceAll("/$", "") + "/admin/realms/" + realmName;
    }

    /**
     * The school's organization, created when missing and brought up to date when its name or
     * attributes differ.
     *
     * @return the organization's id
     */
    public String ensureOrganization(long schoolId, int urn, String name) {
        String wanted = text("name", name);
        // Created first and looked for only when Keycloak has one already: a new school costs one call.
        JsonObject found = null;
        for (String candidate : List.of(wanted, distinctName(wanted, urn))) {
            HttpResponse<String> created = send("POST", "/organizations", organization(null, candidate, schoolId, urn));
            if (created.statusCode() == 201) {
                return idOf(created);
            }
            if (created.statusCode() != 409) {
                throw refused(created, "create the organization of school URN " + urn);
            }
            // The alias or the name is taken: this school's organization, or a namesake school's.
            found = findOrganization(urn);
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            throw DomainException.conflict("name", "Keycloak already has organizations named both \"" + wanted
                    + "\" and \"" + distinctName(wanted, urn) + "\"");
        }
        bringUpToDate(found, schoolId, urn, wanted);
        return found.getString("id");
    }

    /**
     * Invites a member of staff to a school: finds the user by email or creates one who must set a
     * password and verify the address, adds the realm roles (keeping any others), makes the user a
     * member of the organization and emails a link that is valid for seven days. A user who has
     * signed in already keeps the password and gets no email.
     *
     * @return the user's id
     */
    public String invite(String organizationId, String email, String firstName, String lastName, Set<String> realmRoles) {
        String address = email(email);
        requireSchoolRoles(realmRoles);
        // Created first and looked for only when Keycloak knows the address already.
        JsonObject user = createUser(address, text("firstName", firstName), text("lastName", lastName));
        if (!user.getBoolean("enabled", true)) {
            throw DomainException.conflict("email", "The account of " + address + " is disabled in Keycloak; enable it before inviting it");
        }
        String userId = user.getString("id");
        Set<String> held = user.getBoolean(NEW, false) ? Set.of() : realmRolesOf(userId);
        Set<String> missing = realmRoles.stream().filter(role -> !held.contains(role)).collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            expect(send("POST", "/users/" + userId + "/role-mappings/realm", roleList(missing)), 204, "give user " + userId + " roles");
        }
        HttpResponse<String> joined = send("POST", "/organizations/" + text("organizationId", organizationId) + "/members",
                Json.createValue(userId));
        if (joined.statusCode() == 404) {
            throw DomainException.notFound("Organization " + organizationId);
        }
        if (joined.statusCode() != 201 && joined.statusCode() != 409) {  // 409: a member already
            throw refused(joined, "add user " + userId + " to organization " + organizationId);
        }
        List<String> pending = user.containsKey("requiredActions")
                ? user.getJsonArray("requiredActions").getValuesAs(JsonString::getString).stream().filter(INVITE_ACTIONS::contains).toList()
                : List.of();
        if (!pending.isEmpty()) {
            sendInvitation(userId, address, pending);
        }
        return userId;
    }

    /** The user's school roles become exactly {@code schoolRoles}; LA roles and Keycloak's own are left alone. */
    public void setSchoolRoles(String userId, Set<String> schoolRoles) {
        requireSchoolRoles(schoolRoles);
        Set<String> held = realmRolesOf(text("userId", userId));
        Set<String> remove = held.stream().filter(SCHOOL_ROLES::contains).filter(role -> !schoolRoles.contains(role))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> add = schoolRoles.stream().filter(role -> !held.contains(role)).collect(Collectors.toCollection(TreeSet::new));
        if (!remove.isEmpty()) {
            expect(send("DELETE", "/users/" + userId + "/role-mappings/realm", roleList(remove)), 204, "take roles from user " + userId);
        }
        if (!add.isEmpty()) {
            expect(send("POST", "/users/" + userId + "/role-mappings/realm", roleList(add)), 204, "give user " + userId + " roles");
        }
    }

    // --- organizations ---------------------------------------------------------------------------

    static String alias(int urn) {
        return "urn-" + urn;
    }

    /** Keycloak wants organization names unique in the realm; two schools of an LA may share one. */
    static String distinctName(String name, int urn) {
        return name + " (URN " + urn + ")";
    }

    /** Found by its URN attribute (one indexed query), then read whole: searches answer without attributes. */
    private JsonObject findOrganization(int urn) {
        String alias = alias(urn);
        JsonArray matches = array(expect(send("GET", "/organizations?briefRepresentation=false&q=" + encode("urn:" + urn), null),
                200, "search organizations"));
        return matches.getValuesAs(JsonObject.class).stream().filter(org -> alias.equals(org.getString("alias", null)))
                .findFirst()
                .map(org -> object(expect(send("GET", "/organizations/" + org.getString("id"), null), 200, "read organization " + alias)))
                .orElse(null);
    }

    private void bringUpToDate(JsonObject organization, long schoolId, int urn, String name) {
        String current = organization.getString("name", "");
        boolean nameCurrent = name.equals(current) || distinctName(name, urn).equals(current);
        JsonObject attributes = organization.getJsonObject("attributes");
        boolean attributesCurrent = attributes != null
                && List.of(Long.toString(schoolId)).equals(values(attributes, "school_id"))
                && List.of(Integer.toString(urn)).equals(values(attributes, "urn"));
        if (nameCurrent && attributesCurrent) {
            return;
        }
        String id = organization.getString("id");
        for (String candidate : nameCurrent ? List.of(current) : List.of(name, distinctName(name, urn))) {
            HttpResponse<String> answer = send("PUT", "/organizations/" + id, organization(organization, candidate, schoolId, urn));
            if (answer.statusCode() == 204) {
                return;
            }
            if (answer.statusCode() != 409) {
                throw refused(answer, "update organization " + alias(urn));
            }
        }
        throw DomainException.conflict("name", "Another Keycloak organization is already named \"" + name + "\"");
    }

    /** The organization with the school's name and attributes; its other attributes (someone may have added their own) are kept. */
    private static JsonObject organization(JsonObject current, String name, long schoolId, int urn) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        if (current != null && current.containsKey("attributes")) {
            current.getJsonObject("attributes").forEach(attributes::add);
        }
        attributes.add("school_id", Json.createArrayBuilder().add(Long.toString(schoolId)));
        attributes.add("urn", Json.createArrayBuilder().add(Integer.toString(urn)));
        JsonObjectBuilder organization = current == null ? Json.createObjectBuilder() : Json.createObjectBuilder(current);
        return organization.add("alias", alias(urn)).add("name", name).add("enabled", true)
                .add("attributes", attributes).build();
    }

    private static List<String> values(JsonObject attributes, String key) {
        JsonArray values = attributes.getJsonArray(key);
        return values == null ? List.of() : values.getValuesAs(JsonString::getString);
    }

    // --- users -----------------------------------------------------------------------------------

    private JsonObject findUser(String email) {
        JsonArray users = array(expect(send("GET", "/users?exact=true&briefRepresentation=false&email=" + encode(email), null),
                200, "search users"));
        return users.getValuesAs(JsonObject.class).stream()
                .filter(user -> email.equalsIgnoreCase(user.getString("email", ""))).findFirst().orElse(null);
    }

    private JsonObject createUser(String email, String firstName, String lastName) {
        JsonArrayBuilder actions = Json.createArrayBuilder();
        INVITE_ACTIONS.forEach(actions::add);
        JsonObject user = Json.createObjectBuilder().add("username", email).add("email", email)
                .add("firstName", firstName).add("lastName", lastName).add("enabled", true).add("emailVerified", false)
                .add("requiredActions", actions).build();
        HttpResponse<String> answer = send("POST", "/users", user);
        if (answer.statusCode() == 201) {
            return Json.createObjectBuilder(user).add("id", idOf(answer)).add(NEW, true).build();
        }
        if (answer.statusCode() == 400) {
            throw DomainException.invalid("email", "Keycloak does not accept an account for " + email + ": " + message(answer));
        }
        if (answer.statusCode() != 409) {
            throw refused(answer, "create an account for " + email);
        }
        // 409: another invitation created the same person meanwhile, or a user name clashes.
        JsonObject existing = findUser(email);
        if (existing == null) {
            throw DomainException.conflict("email", "A Keycloak account already has the user name " + email
                    + " but another email address; change one of them first");
        }
        return existing;
    }

    private void sendInvitation(String userId, String email, List<String> actions) {
        StringBuilder path = new StringBuilder("/users/").append(userId).append("/execute-actions-email?lifespan=")
                .append(INVITE_LIFESPAN_SECONDS);
        inviteRedirect.filter(uri -> !uri.isBlank()).ifPresent(redirect ->
                path.append("&client_id=").append(APP_CLIENT).append("&redirect_uri=").append(encode(redirect)));
        JsonArrayBuilder body = Json.createArrayBuilder();
        actions.forEach(body::add);
        HttpResponse<String> answer = send("PUT", path.toString(), body.build());
        if (answer.statusCode() != 204) {
            // Keycloak's 400s here are about its own set-up (client, redirect URI), its 500s about sending mail.
            throw new IllegalStateException("Keycloak could not send the invitation to " + email + " (" + answer.statusCode()
                    + " " + message(answer) + "); check the realm's email (SMTP) settings and client " + APP_CLIENT);
        }
    }

    // --- roles -----------------------------------------------------------------------------------

    private Set<String> realmRolesOf(String userId) {
        return array(expect(send("GET", "/users/" + userId + "/role-mappings/realm", null), 200, "read roles of user " + userId))
                .getValuesAs(JsonObject.class).stream().map(role -> role.getString("name")).collect(Collectors.toSet());
    }

    private static void requireSchoolRoles(Set<String> roles) {
        if (roles == null) {
            throw DomainException.invalid("roles", "Choose the roles (there may be none)");
        }
        Set<String> unknown = roles.stream().filter(role -> !SCHOOL_ROLES.contains(role)).collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("roles", "These are not school roles: " + String.join(", ", unknown));
        }
    }

    private JsonArray roleList(Set<String> names) {
        if (!roles.keySet().containsAll(names)) {
            array(expect(send("GET", "/roles?briefRepresentation=true&max=1000", null), 200, "read the realm's roles"))
                    .getValuesAs(JsonObject.class).forEach(role -> roles.put(role.getString("name"), role));
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (String name : names) {
            JsonObject role = roles.get(name);
            if (role == null) {
                throw new IllegalStateException("Realm " + realmName + " has no role " + name + "; import the realm file again");
            }
            list.add(Json.createObjectBuilder().add("id", role.getString("id")).add("name", name));
        }
        return list.build();
    }

    // --- calls and their failures ------------------------------------------------------------------

    private HttpResponse<String> send(String method, String path, JsonValue body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(admin + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = exchange(request.build());
        if (answer.statusCode() == 401) {
            // the service account's token ran out between our check and Keycloak's: once more with a new one
            tokenUntil = Instant.MIN;
            answer = exchange(request.setHeader("Authorization", "Bearer " + token()).build());
        }
        if (answer.statusCode() == 401 || answer.statusCode() == 403) {
            throw new IllegalStateException("Keycloak did not let client " + clientId + " " + method + " " + path + " ("
                    + answer.statusCode() + "); check its secret and that its service account has the realm-management "
                    + "roles manage-realm and manage-users");
        }
        return answer;
    }

    /** The service account's access token (client credentials), renewed shortly before it expires. */
    private String token() {
        if (Instant.now().isBefore(tokenUntil)) {
            return token;
        }
        synchronized (this) {
            if (Instant.now().isBefore(tokenUntil)) {
                return token;
            }
            String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret);
            HttpResponse<String> answer = exchange(HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "")
                            + "/realms/" + realmName + "/protocol/openid-connect/token")).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused client " + clientId + " a token (" + answer.statusCode()
                        + " " + message(answer) + "); check esafety.keycloak.admin-client-secret");
            }
            JsonObject granted = object(answer);
            token = granted.getString("access_token");
            tokenUntil = Instant.now().plusSeconds(Math.max(5, granted.getInt("expires_in", 60) - 10));
            return token;
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak at " + url + " (realm " + realmName + ") could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Keycloak", e);
        }
    }

    private HttpResponse<String> expect(HttpResponse<String> answer, int status, String doing) {
        if (answer.statusCode() == 404) {
            throw DomainException.notFound("Keycloak could not " + doing + ": not found");
        }
        if (answer.statusCode() != status) {
            throw refused(answer, doing);
        }
        return answer;
    }

    private RuntimeException refused(HttpResponse<String> answer, String doing) {
        String message = "Keycloak refused to " + doing + ": " + answer.statusCode() + " " + message(answer);
        return switch (answer.statusCode()) {
            case 409 -> DomainException.conflict(null, message);
            case 400 -> DomainException.invalid(null, message);
            default -> new IllegalStateException(message);
        };
    }

    /** Keycloak's own words for a refusal, when it gave any. */
    private static String message(HttpResponse<String> answer) {
        try {
            JsonObject error = object(answer);
            return error.getString("errorMessage", error.getString("error_description", error.getString("error", "")));
        } catch (RuntimeException notJson) {
            return "";
        }
    }

    private static String idOf(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("Keycloak created something without saying where"));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static JsonObject object(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static JsonArray array(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readArray();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // --- input -----------------------------------------------------------------------------------

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, "is required");
        }
        return value.strip();
    }

    /** Keycloak keeps email addresses and user names in lower case; so do we, to find them again. */
    private static String email(String value) {
        String email = text("email", value).toLowerCase(Locale.ROOT);
        if (email.indexOf('@') < 1 || email.indexOf('@') == email.length() - 1 || email.chars().anyMatch(Character::isWhitespace)) {
            throw DomainException.invalid("email", "is not an email address");
        }
        return email;
    }
}
