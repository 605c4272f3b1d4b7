package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A preview server over a copy of the bundled content and templates in a temporary folder: the project folder
 * holds {@code content/}, {@code templates/}, {@code fonts/} (a link to the repository's fonts, for the PDFs) and
 * the preview folder {@code target/preview/}. Every build is queued for the test to look at.
 */
final class Preview implements AutoCloseable {

    static final String UNIT = "content/2022/425001/unit.yaml";
    static final String PROJECT = "content/2022/425001/projects/13020822P00908810002X.yaml";
    static final String PROJECT_PAGE = "2022/425001/projects/13020822P00908810002X.html";
    static final String PROJECT_PDF = "2022/425001/projects/13020822P00908810002X.pdf";
    static final String UNIT_PAGE = "2022/425001/index.html";
    static final String UNIT_PDF = "2022/425001/425001-2022.pdf";
    static final String OTHER_PROJECT_PAGE = "2022/425001/projects/13020822P00947710001C.html";
    static final Duration WAIT = Duration.ofSeconds(10);

    final Path root;
    final Path out;
    final PreviewServer server;
    final BlockingQueue<PreviewServer.Rebuild> builds = new LinkedBlockingQueue<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).followRedirects(HttpClient.Redirect.NEVER).build();

    private Preview(Path root, boolean pdf) throws IOException {
        this.root = root;
        this.out = root.resolve("target/preview");
        Gongkai.Options options = Gongkai.Options.of(root.resolve("content"), root.resolve("templates"), out).pdf(pdf);
        this.server = PreviewServer.start(options, 0, builds::add);
    }

    /** Copies the bundled content and templates into {@code root}, and links the fonts when PDFs are wanted. */
    static void copyProject(Path root, boolean pdf) throws IOException {
        copy(Path.of("content"), root.resolve("content"));
        copy(Path.of("templates"), root.resolve("templates"));
        if (pdf) {
            Files.createSymbolicLink(root.resolve("fonts"), Path.of("fonts").toAbsolutePath());
        }
    }

    /** Serves a project folder made by {@link #copyProject}. */
    static Preview serve(Path root, boolean pdf) throws IOException {
        return new Preview(root, pdf);
    }

    /** Copies the bundled project, serves it (with PDFs or without) and checks that the first build succeeded. */
    static Preview start(Path root, boolean pdf) throws Exception {
        copyProject(root, pdf);
        Preview p = serve(root, pdf);
        assertThat(p.nextBuild().outcome()).as("the first build").isInstanceOf(IncrementalBuilder.Built.class);
        return p;
    }

    /** The next build, waiting at most {@link #WAIT}. */
    PreviewServer.Rebuild nextBuild() throws InterruptedException {
        PreviewServer.Rebuild build = builds.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(build).as("a build within " + WAIT.toSeconds() + " s").isNotNull();
        return build;
    }

    IncrementalBuilder.Built nextSuccessfulBuild() throws InterruptedException {
        IncrementalBuilder.Outcome outcome = nextBuild().outcome();
        assertThat(outcome).isInstanceOf(IncrementalBuilder.Built.class);
        return (IncrementalBuilder.Built) outcome;
    }

    Path file(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(file(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves a project file the way an editor does: the whole text at once. */
    void write(String relative, String text) {
        try {
            Files.writeString(file(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text in a project file, which must contain it. */
    void edit(String relative, String from, String to) {
        String text = read(relative);
        assertThat(text).contains(from);
        write(relative, text.replace(from, to));
    }

    URI uri(String path) {
        return server.uri().resolve(path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    EventClient events() throws IOException, InterruptedException {
        return EventClient.connect(http, uri("/__gongkai/events"));
    }

    @Override
    public void close() {
        server.close();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path f : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path dest = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(f, dest);
                }
            }
        }
    }
}
