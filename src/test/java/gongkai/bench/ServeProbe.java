package gongkai.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Save → reload of a running {@code gongkai serve} (run by {@code bench/scale-bench.sh}; see bench/README.md). Not a
 * JUnit test: a {@code main} method.
 *
 * <p>Listens on the preview's event stream ({@code /__gongkai/events}) like an open page does and waits for
 * {@code hello}. Then, {@code --saves} times: changes the 指标值 of the first indicator of one project file (written in
 * place, as an editor saves), and measures the time from just before the write until the {@code reload} event
 * arrives, and until the project page served over HTTP shows the new value. Waits {@code --pause} ms between saves.
 * At the end the file is written back as it was and the reload for that is awaited (not counted).
 *
 * <p>Prints one line per save in Chinese and one line starting with {@code SERVEPROBE}.
 */
public final class ServeProbe {

    private static final Pattern VALUE = Pattern.compile("(?m)^(\\s+value:)[^\\n]*$");

    private record Event(long nanos, String name, String data) {}

    private ServeProbe() {}

    public static void main(String[] args) throws Exception {
        URI base = null;
        Path file = null;
        String page = null;
        int saves = 5;
        long pauseMillis = 500;
        long timeoutMillis = 600_000;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> base = URI.create(args[i + 1]);
                case "--file" -> file = Path.of(args[i + 1]);
                case "--page" -> page = args[i + 1];
                case "--saves" -> saves = Integer.parseInt(args[i + 1]);
                case "--pause" -> pauseMillis = Long.parseLong(args[i + 1]);
                case "--timeout" -> timeoutMillis = Long.parseLong(args[i + 1]) * 1000;
                default -> throw new IllegalArgumentException("不认识的参数：" + args[i]);
            }
        }
        if (base == null || file == null || page == null) {
            throw new IllegalArgumentException("用法：ServeProbe --url http://127.0.0.1:端口/ --file 项目文件 --page 项目页路径 [--saves 次数]");
        }
        String original = Files.readString(file);
        if (!VALUE.matcher(original).find()) {
            throw new IllegalArgumentException(file + " 中没有 value: 行");
        }

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(base.resolve("__gongkai/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> read(stream.body(), events), "serve-probe-events");
        reader.setDaemon(true);
        reader.start();
        Event hello = next(events, timeoutMillis);
        if (hello == null || !hello.name().equals("hello")) {
            System.err.println("事件流没有以 hello 开始：" + hello);
            System.exit(1);
        }
        URI pageUri = base.resolve(page);
        String before = get(http, pageUri);
        if (before == null) {
            System.err.println("预览中没有项目页 " + pageUri);
            System.exit(1);
        }

        List<Double> reloadMs = new ArrayList<>();
        List<Double> pageMs = new ArrayList<>();
        int failed = 0;
        try {
            for (int s = 1; s <= saves; s++) {
                // ≥60.75% … ≥99.75%: a valid quantitative value, different on every save and from the generated ones.
                String value = "≥" + (60 + s % 40) + ".75%";
                String edited = VALUE.matcher(original).replaceFirst(m -> Matcher.quoteReplacement(m.group(1) + " " + value));
                events.clear();
                long t0 = System.nanoTime();
                Files.writeString(file, edited);
                Event e = awaitBuild(events, timeoutMillis);
                if (e == null || !e.name().equals("reload")) {
                    System.out.println("  第 " + s + " 次保存：没有收到 reload（" + (e == null ? "超时" : e.name() + " " + e.data()) + "）");
                    failed++;
                    continue;
                }
                double reload = (e.nanos() - t0) / 1e6;
                long t2 = -1;
                long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
                while (System.nanoTime() < deadline) {
                    String body = get(http, pageUri);
                    if (body != null && body.contains(value)) {
                        t2 = System.nanoTime();
                        break;
                    }
                    Thread.sleep(5);
                }
                double shown = t2 < 0 ? Double.NaN : (t2 - t0) / 1e6;
                reloadMs.add(reload);
                if (t2 >= 0) {
                    pageMs.add(shown);
                }
                System.out.printf(Locale.ROOT, "  第 %d 次保存（指标值改为 %s）：%.0f 毫秒收到 reload，%s；reload 中 %s%n", s, value, reload,
                        t2 < 0 ? "项目页没有显示新值" : String.format(Locale.ROOT, "%.0f 毫秒后项目页显示新值", shown), changed(e.data()));
                Thread.sleep(pauseMillis);
            }
        } finally {
            events.clear();
            Files.writeString(file, original);
            awaitBuild(events, timeoutMillis);
        }
        System.out.printf(Locale.ROOT, "SERVEPROBE saves=%d failed=%d reload_median_ms=%.1f reload_max_ms=%.1f page_median_ms=%.1f%n",
                saves, failed, median(reloadMs), reloadMs.stream().mapToDouble(d -> d).max().orElse(Double.NaN), median(pageMs));
        System.exit(failed == 0 ? 0 : 1);
    }

    /** "N 个文件有变化" from the reload event's JSON ({@code "changed":[…]}, {@code "all":…}). */
    private static String changed(String json) {
        int count = 0;
        int at = json.indexOf("\"changed\":[");
        if (at >= 0) {
            int end = json.indexOf(']', at);
            String list = json.substring(at + 11, end).strip();
            count = list.isEmpty() ? 0 : list.split("\",\"").length;
        }
        return count + " 个文件有变化" + (json.contains("\"all\":true") ? "（全部重新生成）" : "");
    }

    private static Event awaitBuild(BlockingQueue<Event> events, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            Event e = events.poll(left, TimeUnit.NANOSECONDS);
            if (e == null || e.name().equals("reload") || e.name().equals("build-error")) {
                return e;
            }
        }
    }

    private static Event next(BlockingQueue<Event> events, long timeoutMillis) throws InterruptedException {
        return events.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** Reads Server-Sent Events, timestamping each as its blank line arrives. */
    private static void read(InputStream in, BlockingQueue<Event> events) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty()) {
                    if (name != null) {
                        events.add(new Event(System.nanoTime(), name, data.toString()));
                    }
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // The server stopped.
        }
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Cache-Control", "no-cache").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? r.body() : null;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
