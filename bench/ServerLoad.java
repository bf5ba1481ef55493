import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load for bench/server: POSTs one text to a LanguageTool-API server on this machine.
 *
 *   java bench/ServerLoad.java URL FILE LANGUAGE latency N         # N requests one after another: median ms
 *   java bench/ServerLoad.java URL FILE LANGUAGE load CLIENTS SECS  # CLIENTS in parallel for SECS seconds
 *
 * Prints one line of key=value pairs. Only loopback addresses are accepted.
 */
public class ServerLoad {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!java.net.InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("only servers on this machine: " + uri);
        }
        String body = "language=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8) + "&text="
                + URLEncoder.encode(Files.readString(Path.of(args[1])), StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        if (args[3].equals("latency")) {
            int n = Integer.parseInt(args[4]);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                times.add((System.nanoTime() - t0) / 1e6);
                if (r.statusCode() != 200) {
                    throw new IllegalStateException("status " + r.statusCode() + ": " + r.body());
                }
            }
            Collections.sort(times);
            System.out.printf("median_ms=%.1f min_ms=%.1f%n", percentile(times, 50), times.get(0));
            return;
        }
        int clients = Integer.parseInt(args[4]);
        long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[5])).toNanos();
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("requests=%d failed=%d p50_ms=%.0f p99_ms=%.0f max_ms=%.0f per_s=%.2f%n", sorted.size(),
                failed.get(), percentile(sorted, 50), percentile(sorted, 99), sorted.get(sorted.size() - 1),
                sorted.size() / Double.parseDouble(args[5]));
    }

    private static double percentile(List<Double> sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
