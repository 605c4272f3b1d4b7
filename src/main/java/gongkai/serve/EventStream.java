package gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The Server-Sent Events stream that open pages listen to ({@code /__gongkai/events}). Every client first gets
 * {@code hello} with the current build number and, while the last build failed, that {@code build-error}; then
 * every {@code reload} and {@code build-error} as it happens. Each client is served by its own HTTP thread,
 * which waits on the client's queue and sends a comment now and then so that a closed tab is noticed.
 */
final class EventStream {

    static final String PATH = "/__gongkai/events";
    private static final long KEEP_ALIVE_SECONDS = 15;
    /** Put on a client's queue to end its stream. */
    private static final String END = new String("end");

    private final Set<BlockingQueue<String>> clients = ConcurrentHashMap.newKeySet();
    private volatile int generation;
    /** The {@code build-error} event of the last build, or null when it succeeded. */
    private volatile String failure;
    private volatile boolean closed;

    /** One event in the wire format; {@code json} is a single line. */
    static String event(String name, String json) {
        return "event: " + name + "\ndata: " + json + "\n\n";
    }

    int generation() {
        return generation;
    }

    /** A build succeeded: tells every page which files changed. */
    void built(int generation, String reloadJson) {
        this.generation = generation;
        this.failure = null;
        publish(event("reload", reloadJson));
    }

    /** A build failed: every page shows what went wrong, and so does every page opened until the next success. */
    void failed(String errorJson) {
        String event = event("build-error", errorJson);
        this.failure = event;
        publish(event);
    }

    private void publish(String event) {
        for (BlockingQueue<String> client : clients) {
            client.offer(event);
        }
    }

    /** Serves one client until it goes away or the stream is closed. Runs on an HTTP thread. */
    void serve(HttpExchange exchange) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        clients.add(queue);
        try (OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
            String state = failure;
            send(out, "retry: 1000\n\n" + event("hello", "{\"build\":" + generation + "}") + (state == null ? "" : state));
            while (!closed) {
                String next = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (next == END) {
                    break;
                }
                send(out, next == null ? ": keep-alive\n\n" : next);
            }
        } catch (IOException e) {
            // The page was closed or reloaded: nothing to do but forget it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
            exchange.close();
        }
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Ends every stream. */
    void close() {
        closed = true;
        publish(END);
    }
}
