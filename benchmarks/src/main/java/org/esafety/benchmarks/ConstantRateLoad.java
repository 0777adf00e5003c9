package org.esafety.benchmarks;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends requests at a constant rate (an open model: the schedule does not wait for answers) and
 * measures each latency from the moment the request was due, so that a stalled server shows up in
 * the figures instead of slowing the test down. Targets loopback only and stops by itself.
 * <p>
 * From the command line it sends GET requests; with more than one URL it takes them in turn and
 * prints the figures of each as well as of all together. Other load generators drive {@link #run}
 * with requests of their own.
 *
 * <pre>ConstantRateLoad URL TOKEN RATE_PER_SECOND SECONDS WARMUP_SECONDS [URL...]</pre>
 */
public final class ConstantRateLoad {

    /** The longest run and warm-up accepted, so that a mistyped argument cannot run for hours. */
    static final int MAX_SECONDS = 300;
    static final int MAX_WARMUP_SECONDS = 120;

    /** What a run sends, and what becomes of each answer. */
    public interface Calls {

        /** The request due as the run's {@code i}-th. */
        HttpRequest request(long i);

        /**
         * Called once per request, on an HTTP client thread: with the response, or with the
         * failure (a refused connection, a timeout), and the latency from when it was due.
         */
        void answered(long i, long latencyMicros, HttpResponse<Void> response, Throwable failure);
    }

    private ConstantRateLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ConstantRateLoad URL TOKEN RATE SECONDS WARMUP_SECONDS [URL...]");
            System.exit(2);
        }
        List<HttpRequest> requests = new ArrayList<>();
        List<String> urls = new ArrayList<>(List.of(args[0]));
        urls.addAll(List.of(args).subList(5, args.length));
        for (String url : urls) {
            requests.add(HttpRequest.newBuilder(loopback(url)).header("Authorization", "Bearer " + args[1])
                    .timeout(Duration.ofSeconds(10)).GET().build());
        }
        int rate = Integer.parseInt(args[2]);
        int seconds = Math.min(Integer.parseInt(args[3]), MAX_SECONDS);
        int warmup = Math.min(Integer.parseInt(args[4]), MAX_WARMUP_SECONDS);
        int n = requests.size();

        ExecutorService pool = Executors.newFixedThreadPool(32);
        HttpClient client = client(pool);
        run(client, ignoring(i -> requests.get((int) (i % n))), rate, warmup);

        Recorder all = new Recorder(3);
        List<Recorder> each = new ArrayList<>();
        List<AtomicLong> errors = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            each.add(new Recorder(3));
            errors.add(new AtomicLong());
        }
        long started = System.nanoTime();
        long sent = run(client, new Calls() {
            @Override
            public HttpRequest request(long i) {
                return requests.get((int) (i % n));
            }

            @Override
            public void answered(long i, long latencyMicros, HttpResponse<Void> response, Throwable failure) {
                all.recordValue(latencyMicros);
                each.get((int) (i % n)).recordValue(latencyMicros);
                if (failure != null || response.statusCode() != 200) {
                    errors.get((int) (i % n)).incrementAndGet();
                }
            }
        }, rate, seconds);
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        pool.awaitTermination(15, TimeUnit.SECONDS);

        long errorCount = errors.stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("requests=%d rate_achieved=%.1f/s errors=%d%n", sent, sent / elapsed, errorCount);
        System.out.println("latency_ms " + percentiles(all.getIntervalHistogram()));
        if (n > 1) {
            for (int u = 0; u < n; u++) {
                System.out.printf("  %s: errors=%d latency_ms %s%n", pathAndQuery(requests.get(u).uri()),
                        errors.get(u).get(), percentiles(each.get(u).getIntervalHistogram()));
            }
        }
    }

    /**
     * Sends {@code rate * seconds} requests, the i-th due at {@code i / rate} seconds from the start,
     * and waits (at most 30 s) for the answers still outstanding. Returns how many were sent.
     */
    public static long run(HttpClient client, Calls calls, int rate, int seconds) {
        long period = 1_000_000_000L / rate;
        long total = (long) rate * seconds;
        long start = System.nanoTime();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (long i = 0; i < total; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            long index = i;
            CompletableFuture<?> call = client.sendAsync(calls.request(i), HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        calls.answered(index, Math.max(1, (System.nanoTime() - due) / 1_000), response, failure);
                        return null;
                    });
            inFlight.add(call);
            if (inFlight.size() > 10_000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS)
                .exceptionally(timeout -> null).join();
        return total;
    }

    /** Calls whose answers count for nothing: a warm-up. */
    public static Calls ignoring(java.util.function.LongFunction<HttpRequest> requests) {
        return new Calls() {
            @Override
            public HttpRequest request(long i) {
                return requests.apply(i);
            }

            @Override
            public void answered(long i, long latencyMicros, HttpResponse<Void> response, Throwable failure) {
            }
        };
    }

    /** The HTTP/1.1 client every load generator uses, its callbacks on the given pool. */
    public static HttpClient client(ExecutorService pool) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** The URL, refused unless it names this machine's loopback interface. */
    public static URI loopback(String url) {
        URI uri = URI.create(url);
        if (!"127.0.0.1".equals(uri.getHost()) && !"localhost".equals(uri.getHost())) {
            throw new IllegalArgumentException("load tests target 127.0.0.1 only, not " + uri.getHost());
        }
        return uri;
    }

    /** "p50=… p95=… p99=… max=…" in milliseconds. */
    public static String percentiles(Histogram latency) {
        return String.format("p50=%.2f p95=%.2f p99=%.2f max=%.2f",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(95)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()));
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
