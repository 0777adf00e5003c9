package org.esafety.benchmarks;

import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records concerns at a constant rate through POST /api/incidents, spread over many schools (one
 * token per school, taken in turn), each with an Idempotency-Key of its own, and measures latency
 * from each request's due time as {@link ConstantRateLoad} does. Writes the id of every incident
 * answered 201 (from its Location) to a file, one a line, so that the caller can check each one is
 * in the database. Warm-up requests (half the warm-up at a quarter of the rate, then the full rate)
 * are real reports too: their ids are written as well.
 *
 * <pre>IncidentLoad URL TOKENS_FILE RATE_PER_SECOND SECONDS WARMUP_SECONDS IDS_FILE</pre>
 */
public final class IncidentLoad {

    private static final String[] TYPES = {"CYBERBULLYING", "CYBERBULLYING", "CYBERBULLYING", "HARMFUL_CONTENT",
            "HARMFUL_CONTENT", "NUDE_IMAGE_SHARING", "GROOMING_EXPLOITATION", "MISINFORMATION", "GAMBLING_SCAMS",
            "SYSTEM_MISUSE", "OTHER_CONTACT", "RADICALISATION", "DATA_BREACH"};
    private static final String[] LOCATIONS = {"ONLINE_PLATFORM", "ONLINE_PLATFORM", "HOME", "CLASSROOM",
            "ELSEWHERE_IN_SCHOOL", "OTHER"};
    private static final String[] LIGHT = {"DISCLOSURE", "OBSERVED", "MONITORING_ALERT", "PARENT", "OTHER"};
    private static final String[] PLATFORMS = {"Snapchat", "TikTok", "Instagram", "WhatsApp", "Roblox", "Discord",
            "the school's learning platform", "a gaming chat"};

    private IncidentLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: IncidentLoad URL TOKENS_FILE RATE SECONDS WARMUP_SECONDS IDS_FILE");
            System.exit(2);
        }
        URI url = ConstantRateLoad.loopback(args[0]);
        List<String> tokens = Files.readAllLines(Path.of(args[1])).stream().filter(line -> !line.isBlank()).toList();
        int rate = Integer.parseInt(args[2]);
        int seconds = Math.min(Integer.parseInt(args[3]), ConstantRateLoad.MAX_SECONDS);
        int warmup = Math.min(Integer.parseInt(args[4]), ConstantRateLoad.MAX_WARMUP_SECONDS);
        Path idsFile = Path.of(args[5]);
        String run = Long.toString(System.currentTimeMillis(), 36);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        ExecutorService pool = Executors.newFixedThreadPool(32);
        HttpClient client = ConstantRateLoad.client(pool);
        ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();

        // Warm-up: its own keys, its ids kept, its latencies not. A quarter of the rate first, so that
        // a server fresh from its start compiles the code before the full rate queues up behind it.
        Reports warm = new Reports(url, tokens, "w" + run, now, acknowledged, null);
        ConstantRateLoad.run(client, warm, Math.max(1, rate / 4), warmup / 2);
        Reports warmer = new Reports(url, tokens, "v" + run, now, acknowledged, null);
        ConstantRateLoad.run(client, warmer, rate, warmup - warmup / 2);
        long warmCreated = warm.created.get() + warmer.created.get();

        Recorder latency = new Recorder(3);
        Reports measured = new Reports(url, tokens, "m" + run, now, acknowledged, latency);
        long started = System.nanoTime();
        long sent = ConstantRateLoad.run(client, measured, rate, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        pool.awaitTermination(15, TimeUnit.SECONDS);

        StringBuilder ids = new StringBuilder();
        acknowledged.forEach(id -> ids.append(id).append('\n'));
        Files.writeString(idsFile, ids);

        long errors = sent - measured.created.get();
        System.out.printf("requests=%d rate_offered=%d/s created_201=%d rate_201_achieved=%.1f/s errors=%d%n",
                sent, rate, measured.created.get(), measured.created.get() / elapsed, errors);
        if (errors > 0) {
            System.out.println("  errors by answer: " + new TreeMap<>(measured.failures));
        }
        System.out.println("latency_ms " + ConstantRateLoad.percentiles(latency.getIntervalHistogram()));
        System.out.printf("warm-up: %d s at %d/s then %d s at %d/s, created_201=%d; ids of all %d incidents answered"
                + " 201 in %s%n", warmup / 2, Math.max(1, rate / 4), warmup - warmup / 2, rate, warmCreated,
                acknowledged.size(), idsFile);
    }

    /** Reports for the schools in turn; each 201's id kept, each other answer counted by status. */
    private static final class Reports implements ConstantRateLoad.Calls {

        private final URI url;
        private final List<String> tokens;
        private final String keyPrefix;
        private final Instant now;
        private final ConcurrentLinkedQueue<Long> acknowledged;
        private final Recorder latency;
        final AtomicLong created = new AtomicLong();
        final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

        Reports(URI url, List<String> tokens, String keyPrefix, Instant now, ConcurrentLinkedQueue<Long> acknowledged,
                Recorder latency) {
            this.url = url;
            this.tokens = tokens;
            this.keyPrefix = keyPrefix;
            this.now = now;
            this.acknowledged = acknowledged;
            this.latency = latency;
        }

        @Override
        public HttpRequest request(long i) {
            return HttpRequest.newBuilder(url)
                    .header("Authorization", "Bearer " + tokens.get((int) (i % tokens.size())))
                    .header("Idempotency-Key", "bench-" + keyPrefix + "-" + i)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body(i, now))).build();
        }

        @Override
        public void answered(long i, long latencyMicros, HttpResponse<Void> response, Throwable failure) {
            if (latency != null) {
                latency.recordValue(latencyMicros);
            }
            if (failure == null && response.statusCode() == 201) {
                String location = response.headers().firstValue("Location").orElse("");
                try {
                    acknowledged.add(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
                    created.incrementAndGet();
                    return;
                } catch (NumberFormatException noId) {
                    failures.computeIfAbsent("201 without an incident id in Location", k -> new AtomicLong())
                            .incrementAndGet();
                    return;
                }
            }
            String why = failure != null ? cause(failure) : String.valueOf(response.statusCode());
            failures.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The failure that ended a request, under the wrapping of the asynchronous client. */
    private static String cause(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }

    /**
     * A plausible concern: varied type, place and wording; a pupil or two in most; an allegation
     * against staff in about one in a hundred. Never a real person.
     */
    static String body(long i, Instant now) {
        int n = (int) (i % 1_000_003);
        String platform = PLATFORMS[n % PLATFORMS.length];
        String description = "Pupil reported messages on " + platform + " that upset them; screenshots were shown to"
                + " the class teacher, who noted the time and the group involved. Report " + i
                + " of the benchmark, made up: no real child or school.";
        StringBuilder people = new StringBuilder();
        if (n % 3 != 0) {
            people.append(person("HARMED", n, n % 14));
            if (n % 5 == 0) {
                people.append(',').append(person("RESPONSIBLE", n + 7, (n + 1) % 14));
            }
        }
        boolean allegation = n % 97 == 0;
        return "{\"description\":\"" + description + "\","
                + "\"occurredAt\":\"" + now.minus(1 + n % 240, ChronoUnit.HOURS) + "\","
                + "\"location\":\"" + LOCATIONS[n % LOCATIONS.length] + "\","
                + "\"locationDetail\":\"" + platform + "\","
                + "\"cameToLight\":\"" + LIGHT[n % LIGHT.length] + "\","
                + "\"type\":\"" + (allegation ? "STAFF_CONDUCT" : TYPES[n % TYPES.length]) + "\","
                + "\"allegationAgainstStaff\":" + allegation + ","
                + "\"people\":[" + people + "]}";
    }

    private static String person(String involvement, int n, int yearGroup) {
        return "{\"kind\":\"PUPIL\",\"involvement\":\"" + involvement + "\",\"pupilRef\":\"BP" + (100000 + n % 90000)
                + "\",\"yearGroup\":" + yearGroup + ",\"send\":" + (n % 11 == 0) + "}";
    }
}
