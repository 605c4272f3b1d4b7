package gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the preview folder over HTTP: GET and HEAD, {@code index.html} for folders, a content type for every
 * kind of file the site has, and the reload script added to every HTML response. A request can only reach files
 * inside the preview folder: a path with a {@code ..} or {@code .} segment (plain or percent-encoded), a
 * backslash or a NUL is refused, and the file found must lie inside the folder after symbolic links are followed.
 */
final class SiteHandler implements HttpHandler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("csv", "text/csv; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"));

    private final Path root;
    private final EventStream events;

    SiteHandler(Path root, EventStream events) {
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "只支持 GET 和 HEAD。".getBytes(StandardCharsets.UTF_8));
                return;
            }
            URI uri = exchange.getRequestURI();
            String rawPath = uri.getRawPath();
            if (rawPath == null || !rawPath.startsWith("/")) {
                refuse(exchange);
                return;
            }
            switch (rawPath) {
                case EventStream.PATH -> {
                    events.serve(exchange);
                    return;
                }
                case ClientScript.SCRIPT_PATH -> {
                    send(exchange, 200, TYPES.get("js"), ClientScript.SCRIPT.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                case ClientScript.STYLE_PATH -> {
                    send(exchange, 200, TYPES.get("css"), ClientScript.STYLE.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                default -> {
                }
            }
            Optional<Path> found = confine(uri.getPath());
            if (found.isEmpty()) {
                refuse(exchange);
                return;
            }
            Path file = found.get();
            if (Files.isDirectory(file)) {
                if (!rawPath.endsWith("/")) {
                    // Relative links inside the folder's index.html need the trailing slash.
                    exchange.getResponseHeaders().set("Location", rawPath + "/" + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
                    send(exchange, 301, null, new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            byte[] body;
            try {
                if (!Files.isRegularFile(file) || !file.toRealPath().startsWith(root.toRealPath())) {
                    notFound(exchange, rawPath);
                    return;
                }
                body = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                // Removed by a rebuild (or the preview folder does not exist yet).
                notFound(exchange, rawPath);
                return;
            }
            String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
            if (type.startsWith("text/html")) {
                body = ClientScript.inject(new String(body, StandardCharsets.UTF_8), events.generation()).getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, type, body);
        } finally {
            exchange.close();
        }
    }

    /**
     * The file a decoded request path names inside the preview folder, or empty when the path could lead
     * anywhere else. {@link URI#getPath()} has already decoded {@code %2e%2e} and {@code %2f}, so the checks see
     * what the file system would.
     */
    Optional<Path> confine(String decodedPath) {
        if (decodedPath == null || decodedPath.indexOf('\\') >= 0 || decodedPath.indexOf('\0') >= 0 || decodedPath.indexOf(':') >= 0) {
            return Optional.empty();
        }
        for (String segment : decodedPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return Optional.empty();
            }
        }
        Path file = root.resolve(decodedPath.substring(1)).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private void refuse(HttpExchange exchange) throws IOException {
        send(exchange, 403, TYPES.get("html"), ClientScript.page("拒绝访问",
                "预览服务器只提供预览文件夹中的文件。", events.generation()).getBytes(StandardCharsets.UTF_8));
    }

    private void notFound(HttpExchange exchange, String rawPath) throws IOException {
        String text = Files.isRegularFile(root.resolve("index.html"))
                ? "预览中没有这个页面：" + rawPath + "。如果刚删除了对应的内容文件，这是正常的。"
                : "还没有生成预览：内容有错误。改正并保存后会自动生成，本页会自动刷新。";
        send(exchange, 404, TYPES.get("html"), ClientScript.page("找不到页面", text, events.generation()).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head || body.length == 0) {
            if (head) {
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            }
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
