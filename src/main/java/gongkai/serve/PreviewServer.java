package gongkai.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.diag.Position;
import gongkai.diag.TextPrinter;
import gongkai.source.SourceFile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code gongkai serve}: builds the site into a preview folder, serves it on 127.0.0.1, watches the content and
 * template folders and, after every change, rebuilds what the change affects and tells the open pages (see
 * {@link IncrementalBuilder}, {@link EventStream}, {@link ClientScript}). A failed build is shown in the pages and
 * reported to the listener; the server keeps serving the last good site and keeps watching.
 *
 * <p>Nothing here prints: the listener (the command line) decides what to say.
 */
public final class PreviewServer implements AutoCloseable {

    /** Only the loopback interface: a preview is for the person at this computer, never for the network. */
    public static final InetAddress LOOPBACK = loopback();

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One build and what caused it.
     *
     * @param changedFiles the files whose change caused it, as {@code content/2022/…} or {@code templates/…};
     *                     empty for the first build
     * @param overflow     the watcher lost track of events (too many at once): everything was rebuilt
     * @param notes        what the build did about earlier runs that were killed (a preview folder put back,
     *                     leftover folders removed), for the terminal
     */
    public record Rebuild(List<String> changedFiles, boolean overflow, IncrementalBuilder.Outcome outcome, List<String> notes) {}

    /** Told about every build, on the thread that ran it. */
    @FunctionalInterface
    public interface Listener {
        void rebuilt(Rebuild rebuild);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Gongkai.Options options;
    private final IncrementalBuilder builder;
    private final ContentWatcher watcher;
    private final EventStream events;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Thread worker;
    private final Listener listener;
    private volatile boolean closed;

    private PreviewServer(Gongkai.Options options, IncrementalBuilder builder, ContentWatcher watcher, EventStream events,
                          HttpServer server, ExecutorService pool, Listener listener) {
        this.options = options;
        this.builder = builder;
        this.watcher = watcher;
        this.events = events;
        this.server = server;
        this.pool = pool;
        this.listener = listener;
        this.worker = new Thread(this::watch, "gongkai-serve-rebuild");
        this.worker.setDaemon(true);
    }

    /**
     * Builds the preview (reporting the first build to the listener before returning), then serves it and
     * starts watching.
     *
     * @param options where to read content and templates, and the preview folder to write ({@code out})
     * @param port    the port on 127.0.0.1, or 0 for any free one
     * @throws IOException when the port is taken or the folders cannot be watched
     */
    public static PreviewServer start(Gongkai.Options options, int port, Listener listener) throws IOException {
        // Watching starts before the first build, so that nothing saved during it goes unnoticed.
        ContentWatcher watcher = new ContentWatcher(List.of(options.content(), options.templates()));
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
        } catch (IOException e) {
            watcher.close();
            throw e;
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread t = new Thread(task, "gongkai-serve-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        EventStream events = new EventStream();
        PreviewServer preview = new PreviewServer(options, new IncrementalBuilder(options), watcher, events, server, pool, listener);
        preview.rebuild(List.of(), false);
        server.createContext("/", new SiteHandler(options.out(), events));
        server.setExecutor(pool);
        server.start();
        preview.worker.start();
        return preview;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address the server listens on (always the loopback address). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The home page of the preview, such as {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        return URI.create("http://" + LOOPBACK.getHostAddress() + ":" + port() + "/");
    }

    /** The worker thread: waits for changes and rebuilds, one batch at a time, until closed. */
    private void watch() {
        Path content = options.content().toAbsolutePath().normalize();
        Path templates = options.templates().toAbsolutePath().normalize();
        try {
            while (!closed) {
                Optional<ContentWatcher.Batch> batch = watcher.next();
                if (batch.isEmpty() || closed) {
                    return;
                }
                List<String> changed = new ArrayList<>();
                for (Path file : batch.get().files()) {
                    // The build itself finds what changed (by digest); these names are only shown.
                    changed.add(display(file.startsWith(templates) ? templates : content, file));
                }
                rebuild(changed, batch.get().overflow());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code content/2022/…}: from the watched folder's own name, as diagnostics name files. */
    private static String display(Path root, Path file) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        return root.getFileName() + (rel.isEmpty() ? "" : "/" + rel);
    }

    private void rebuild(List<String> changed, boolean overflow) {
        IncrementalBuilder.Outcome outcome;
        long start = System.nanoTime();
        try {
            outcome = builder.rebuild();
        } catch (Throwable e) {
            // A bug, not a content problem (even an Error such as StackOverflowError): the page and the terminal
            // say so, and the server keeps serving the last good site and keeps watching.
            outcome = new IncrementalBuilder.Failed("发生了意外错误：" + e.getClass().getName()
                    + (e.getMessage() == null ? "" : "（" + e.getMessage().lines().findFirst().orElse("") + "）")
                    + "。这是 Gongkai 自身的问题，请告诉维护人员；修改内容后会再次生成。",
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (outcome instanceof IncrementalBuilder.Built built) {
            ObjectNode reload = JSON.createObjectNode();
            reload.put("build", built.generation());
            reload.put("all", built.all());
            ArrayNode files = reload.putArray("changed");
            built.changed().forEach(files::add);
            events.built(built.generation(), reload.toString());
        } else if (outcome instanceof IncrementalBuilder.ContentErrors errors) {
            ObjectNode error = contentErrorJson(errors);
            error.put("lastGood", builder.hasBuilt());
            events.failed(error.toString());
        } else if (outcome instanceof IncrementalBuilder.Failed failed) {
            ObjectNode error = JSON.createObjectNode();
            error.put("kind", "build");
            error.put("message", failed.message());
            error.put("lastGood", builder.hasBuilt());
            events.failed(error.toString());
        }
        listener.rebuilt(new Rebuild(List.copyOf(changed), overflow, outcome, builder.takeNotes()));
    }

    /**
     * {@code {"kind": "content", "summary": "共发现 1 个错误、0 个警告。", "errors": [{"at": "content/…:27:5",
     * "file", "line", "column", "severity", "code", "title", "field", "message", "source"}]}}; line, column and
     * source are null for a problem with a whole file.
     */
    private static ObjectNode contentErrorJson(IncrementalBuilder.ContentErrors errors) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kind", "content");
        root.put("summary", TextPrinter.summary(errors.check().diagnostics().sorted()));
        ArrayNode list = root.putArray("errors");
        for (Diagnostic d : errors.errors()) {
            Position p = d.position();
            ObjectNode n = list.addObject();
            n.put("at", p.toString());
            n.put("file", p.file());
            SourceFile file = errors.check().files().get(p.file());
            if (p.hasLine()) {
                n.put("line", p.line());
                n.put("column", p.column());
            } else {
                n.putNull("line");
                n.putNull("column");
            }
            n.put("severity", d.severity().label());
            n.put("code", d.code().name());
            n.put("title", d.code().title());
            n.put("field", d.field().isEmpty() ? null : d.field());
            n.put("message", d.message());
            n.put("source", p.hasLine() && file != null ? file.line(p.line()) : null);
        }
        return root;
    }

    /** Stops watching, ends the event streams and stops the server. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            // Closing a watch service does not fail in a way that matters when stopping.
        }
        events.close();
        server.stop(0);
        pool.shutdownNow();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
