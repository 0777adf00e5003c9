package org.esafety.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for API tests: one base address, an optional bearer token, optional extra headers. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    private final Map<String, String> headers;

    public Api(URI base, String token) {
        this(base, token, Map.of());
    }

    private Api(URI base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public Api as(String otherToken) {
        return new Api(base, otherToken, headers);
    }

    /** The same caller, sending this header too (or no longer sending it, when the value is null). */
    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        if (value == null) {
            more.remove(header);
        } else {
            more.put(header, value);
        }
        return new Api(base, token, Map.copyOf(more));
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), body != null, contentType);
    }

    /** POSTs a body without declaring its length, so that it travels in chunks. */
    public Response postChunked(String path, String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return send("POST", path, HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)),
                true, "application/json");
    }

    /**
     * POSTs a binary body, such as a file. Like curl, it asks before sending more than 1 MiB
     * (Expect: 100-continue), so that a refusal arrives without the whole body being sent.
     */
    public Response upload(String path, byte[] body, String contentType) {
        HttpRequest request = request("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), true, contentType,
                body.length > 1024 * 1024);
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    /** GETs a binary answer, such as a PDF or a downloaded file. */
    public Download download(String path) {
        HttpResponse<byte[]> response = exchange(request("GET", path, HttpRequest.BodyPublishers.noBody(), false, null, false),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private Response send(String method, String path, HttpRequest.BodyPublisher publisher, boolean hasBody,
                          String contentType) {
        HttpResponse<String> response = exchange(request(method, path, publisher, hasBody, contentType, false),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), response.body());
    }

    private HttpRequest request(String method, String path, HttpRequest.BodyPublisher publisher, boolean hasBody,
                                String contentType, boolean expectContinue) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .expectContinue(expectContinue)
                .method(method, publisher);
        if (hasBody) {
            request.header("Content-Type", contentType);
        }
        if (expectContinue) {
            // Over HTTP/2 (which the client would upgrade to) Payara resets the stream of an early refusal.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request.build();
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A binary answer; its body as text when it is a problem. */
    public record Download(int status, String contentType, byte[] body) {

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.contains("json") ? text() : body.length + " bytes");
        }
    }

    public record Response(int status, String contentType, String location, String body) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        /** The message given for one field of a problem answer, or null when that field is not named. */
        public String fieldError(String field) {
            var errors = json().getJsonArray("errors");
            if (errors == null) {
                return null;
            }
            return errors.getValuesAs(JsonObject.class).stream()
                    .filter(error -> field.equals(error.getString("field")))
                    .map(error -> error.getString("message"))
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
