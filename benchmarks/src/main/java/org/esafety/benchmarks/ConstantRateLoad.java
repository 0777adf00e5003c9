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
 * Sends GET requests at a constant rate (an open model: the schedule does not wait for answers) and
 * measures each latency from the moment the request was due, so that a stalled server shows up in
 * the figures instead of slowing the test down. Targets loopback only and stops by itself.
 *
 * <pre>ConstantRateLoad URL TOKEN RATE_PER_SECOND SECONDS WARMUP_SECONDS</pre>
 */
public final class ConstantRateLoad {

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ConstantRateLoad URL TOKEN RATE SECONDS WARMUP_SECONDS");
            System.exit(2);
        }
        URI url = URI.create(args[0]);
        if (!"127.0.0.1".equals(url.getHost()) && !"localhost".equals(url.getHost())) {
            throw new IllegalArgumentException("load tests target 127.0.0.1 only, not " + url.getHost());
        }
        int rate = Integer.parseInt(args[2]);
        int seconds = Math.min(Integer.parseInt(args[3]), 300);
        int warmup = Math.min(Integer.parseInt(args[4]), 120);

        ExecutorService pool = Executors.newFixedThreadPool(32);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(url).header("Authorization", "Bearer " + args[1])
                .timeout(Duration.ofSeconds(10)).GET().build();

        run(client, request, rate, warmup, null);
        Recorder recorder = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long sent = run(client, request, rate, seconds, new Outcome(recorder, errors));
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        pool.awaitTermination(15, TimeUnit.SECONDS);

        Histogram latency = recorder.getIntervalHistogram();
        System.out.printf("requests=%d rate_achieved=%.1f/s errors=%d%n", sent, sent / elapsed, errors.get());
        System.out.printf("latency_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f%n",
                ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(95)),
                ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()));
    }

    private record Outcome(Recorder latency, AtomicLong errors) {
    }

    private static long run(HttpClient client, HttpRequest request, int rate, int seconds, Outcome outcome) {
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
            CompletableFuture<?> call = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .handle((response, failure) -> {
                        if (outcome != null) {
                            outcome.latency().recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
                            if (failure != null || response.statusCode() != 200) {
                                outcome.errors().incrementAndGet();
                            }
                        }
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

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
