package gongkai.serve;

import static gongkai.serve.Preview.OTHER_PROJECT_PAGE;
import static gongkai.serve.Preview.PROJECT;
import static gongkai.serve.Preview.PROJECT_PAGE;
import static gongkai.serve.Preview.PROJECT_PDF;
import static gongkai.serve.Preview.UNIT_PAGE;
import static gongkai.serve.Preview.UNIT_PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai serve} end to end: a real server on 127.0.0.1 over a temporary copy of the bundled content,
 * real files changed on disk, pages fetched and the event stream read as a browser would.
 */
class PreviewServerTest {

    private static final String BUDGET = "  total: 30.00    # 预算数\n  fiscal: 30.00   # 其中：财政资金";
    private static final String SCRIPT_TAG = "<script src=\"/__gongkai/reload.js\"";

    @TempDir
    Path tmp;

    private static String budget(String amount) {
        return BUDGET.replace("30.00", amount);
    }

    @Test
    void servesThePreviewOnLoopbackWithTheReloadScriptInResponsesOnly() throws Exception {
        try (Preview p = Preview.start(tmp, true)) {
            assertThat(p.server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
            assertThat(p.server.uri().toString()).isEqualTo("http://127.0.0.1:" + p.server.port() + "/");

            HttpResponse<String> home = p.get("/");
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(home.body()).contains(SCRIPT_TAG + " data-gongkai-build=\"1\" defer></script>\n</head>")
                    .contains("唐山市丰润区融媒体中心本级");

            HttpResponse<String> unit = p.get("/2022/425001/");
            assertThat(unit.statusCode()).isEqualTo(200);
            assertThat(unit.body()).contains(SCRIPT_TAG).contains("部门整体绩效目标");
            HttpResponse<String> noSlash = p.get("/2022/425001");
            assertThat(noSlash.statusCode()).as("a folder without its slash is redirected, so relative links work").isEqualTo(301);
            assertThat(noSlash.headers().firstValue("Location")).hasValue("/2022/425001/");
            assertThat(p.get("/" + PROJECT_PAGE).body()).contains(SCRIPT_TAG).contains("融媒体中心运行维护费");

            // The published files stay free of the script: it exists in responses only.
            List<Path> htmlOnDisk;
            try (Stream<Path> walk = Files.walk(p.out)) {
                htmlOnDisk = walk.filter(f -> f.toString().endsWith(".html")).toList();
            }
            assertThat(htmlOnDisk).hasSize(pageCount(p));
            for (Path f : htmlOnDisk) {
                assertThat(Files.readString(f)).as(f.toString()).doesNotContain("__gongkai");
            }

            HttpResponse<byte[]> pdf = p.http.send(HttpRequest.newBuilder(p.uri("/" + PROJECT_PDF)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.body()).as("PDFs are served as they are").isEqualTo(Files.readAllBytes(p.out.resolve(PROJECT_PDF)));
            HttpResponse<byte[]> csv = p.http.send(HttpRequest.newBuilder(p.uri("/data/projects.csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
            assertThat(csv.body()).as("open data is served as it is").isEqualTo(Files.readAllBytes(p.out.resolve("data/projects.csv")));
            assertThat(p.get("/static/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
            HttpResponse<String> script = p.get("/__gongkai/reload.js");
            assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
            assertThat(script.body()).contains("new EventSource('/__gongkai/events')");
            assertThat(p.get("/__gongkai/overlay.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");

            HttpResponse<String> missing = p.get("/2022/425001/projects/nothing.html");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.body()).as("a missing page can show the error dialog too").contains(SCRIPT_TAG).contains("找不到页面");

            HttpResponse<String> head = p.http.send(HttpRequest.newBuilder(p.uri("/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            HttpResponse<String> post = p.http.send(HttpRequest.newBuilder(p.uri("/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    /** The exact request line, sent as it is (an HTTP client would normalise some of these paths away). */
    private static String rawGet(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    @Test
    void theFirstBuildRemovesFoldersAKilledPreviewLeftAndSaysSo() throws Exception {
        Preview.copyProject(tmp, false);
        Path target = Files.createDirectories(tmp.resolve("target"));
        Files.createDirectories(target.resolve(".preview.new-1/2022"));
        Files.writeString(target.resolve(".preview.new-1/2022/index.html"), "半个预览");
        try (Preview p = Preview.serve(tmp, false)) {
            PreviewServer.Rebuild first = p.nextBuild();
            assertThat(first.outcome()).isInstanceOf(IncrementalBuilder.Built.class);
            assertThat(first.notes()).containsExactly("上次生成被中断，已删除它在 " + target + " 中留下的 1 个临时文件夹（.preview.*）。");
            try (Stream<Path> beside = Files.list(target)) {
                assertThat(beside.map(f -> f.getFileName().toString()).sorted()).containsExactly(".preview.lock", "preview");
            }
        }
    }

    @Test
    void refusesEveryPathOutsideThePreviewFolder() throws Exception {
        try (Preview p = Preview.start(tmp, false)) {
            String secret = "机密-不应被读到";
            Files.writeString(tmp.resolve("secret.txt"), secret);
            Files.writeString(tmp.resolve("target/secret.txt"), secret);
            // A link inside the preview folder that points outside it.
            Files.createSymbolicLink(p.out.resolve("link.txt"), tmp.resolve("secret.txt"));
            Files.createSymbolicLink(p.out.resolve("linked-folder"), tmp);

            Map<String, Integer> expected = new LinkedHashMap<>();
            expected.put("/../secret.txt", 403);
            expected.put("/../../secret.txt", 403);
            expected.put("/2022/../../secret.txt", 403);
            expected.put("/%2e%2e/secret.txt", 403);
            expected.put("/%2E%2E/%2E%2E/secret.txt", 403);
            expected.put("/..%2fsecret.txt", 403);
            expected.put("/%2e%2e%2f%2e%2e%2fsecret.txt", 403);
            expected.put("/static/..%2f..%2f..%2fsecret.txt", 403);
            expected.put("/..%5csecret.txt", 403);
            expected.put("/%5c..%5c..%5csecret.txt", 403);
            expected.put("/./index.html", 403);
            expected.put("/index.html%00.css", 403);
            expected.put("/%2f" + tmp.resolve("secret.txt").toString().substring(1), 403);
            // "//host/…" is read as an authority and a path inside the preview folder, which does not exist.
            expected.put("//" + tmp.resolve("secret.txt").toString().substring(1), 404);
            expected.put("/link.txt", 404);
            expected.put("/linked-folder/secret.txt", 404);
            expected.put("/linked-folder/content/site.yaml", 404);
            List<String> wrong = new ArrayList<>();
            for (var e : expected.entrySet()) {
                String response = rawGet(p.server.port(), e.getKey());
                assertThat(response).as(e.getKey()).doesNotContain(secret).doesNotContain("site_title").doesNotContain("title:");
                if (!response.startsWith("HTTP/1.1 " + e.getValue() + " ")) {
                    wrong.add(e.getKey() + " → " + response.lines().findFirst().orElse(""));
                }
            }
            assertThat(wrong).as("paths answered with another status than expected").isEmpty();
            assertThat(rawGet(p.server.port(), "/index.html")).as("and the site itself is served").startsWith("HTTP/1.1 200 ");
        }
    }

    private static Map<String, Object> identities(Path out, List<String> paths) throws IOException {
        Map<String, Object> ids = new LinkedHashMap<>();
        for (String path : paths) {
            BasicFileAttributes a = Files.readAttributes(out.resolve(path), BasicFileAttributes.class);
            ids.put(path, List.of(String.valueOf(a.fileKey()), a.lastModifiedTime()));
        }
        return ids;
    }

    @Test
    void aBudgetChangeReRendersOnlyTheAffectedPagesAndReloads() throws Exception {
        try (Preview p = Preview.start(tmp, true); EventClient events = p.events()) {
            assertThat(events.next("hello").json().get("build").asInt()).isEqualTo(1);
            assertThat(p.get("/").body()).contains("107.43");
            List<String> untouched = new ArrayList<>();
            try (Stream<Path> projects = Files.list(p.out.resolve("2022/425001/projects"))) {
                projects.map(f -> "2022/425001/projects/" + f.getFileName())
                        .filter(f -> !f.startsWith(PROJECT_PAGE.replace(".html", ""))).sorted().forEach(untouched::add);
            }
            assertThat(untouched).hasSize(10).contains(OTHER_PROJECT_PAGE);
            untouched.add("static/site.css");
            Map<String, Object> before = identities(p.out, untouched);

            p.edit(PROJECT, BUDGET, budget("31.50"));

            JsonNode reload = events.next("reload").json();
            assertThat(reload.get("all").asBoolean()).isFalse();
            assertThat(reload.get("build").asInt()).isEqualTo(2);
            List<String> changed = new ArrayList<>();
            reload.get("changed").forEach(n -> changed.add(n.asText()));
            // the open data files that hold the budget change too (not the indicator CSVs, which do not hold it), and
            // the unit's part of the year page's project table
            assertThat(changed).containsExactly(UNIT_PDF, UNIT_PAGE, PROJECT_PAGE, PROJECT_PDF, "2022/index.html",
                    "api/v1/2022/425001.json", "api/v1/2022/425001/13020822P00908810002X.json", "data/2022/425001/projects.csv",
                    "data/datapackage.json", "data/projects.csv", "index.html", "tables/2022/425001.js");

            PreviewServer.Rebuild rebuild = p.nextBuild();
            assertThat(rebuild.changedFiles()).containsExactly(PROJECT);
            IncrementalBuilder.Built built = (IncrementalBuilder.Built) rebuild.outcome();
            assertThat(built.pages()).as("the home page and the year page (their totals), the unit page and the project's page")
                    .containsExactly(UNIT_PAGE, PROJECT_PAGE, "2022/index.html", "index.html");
            assertThat(built.pdfs()).containsExactly(UNIT_PDF, PROJECT_PDF);
            assertThat(built.assets()).isEmpty();
            assertThat(built.removed()).isEmpty();
            assertThat(identities(p.out, untouched)).as("the other projects' pages and PDFs were not written again").isEqualTo(before);

            assertThat(p.get("/" + PROJECT_PAGE).body()).contains("31.50").doesNotContain(">30.00<");
            assertThat(p.get("/" + UNIT_PAGE).body()).contains("31.50").contains("108.93");
            assertThat(p.get("/").body()).contains("108.93").doesNotContain("107.43");
            assertThat(Files.readString(p.out.resolve(PROJECT_PAGE))).contains("31.50");

            // A save that changes nothing visible (a comment) renders nothing and reloads nothing.
            p.edit(PROJECT, "# 项目名称", "# 项目名称（备注）");
            JsonNode quiet = events.next("reload").json();
            assertThat(quiet.get("changed")).isEmpty();
            assertThat(quiet.get("build").asInt()).isEqualTo(2);
            assertThat(p.nextSuccessfulBuild().changed()).isEmpty();
        }
    }

    @Test
    void aContentErrorIsShownWithItsPositionWhileTheLastGoodSiteIsStillServed() throws Exception {
        try (Preview p = Preview.start(tmp, false); EventClient events = p.events()) {
            events.next("hello");
            p.edit(PROJECT, BUDGET, budget("31.50"));
            events.next("reload");
            p.nextSuccessfulBuild();

            p.edit(PROJECT, "  - level1: 产出指标\n    level2: 数量指标", "  - levl1: 产出指标\n    level2: 数量指标");

            JsonNode error = events.next("build-error").json();
            assertThat(error.get("kind").asText()).isEqualTo("content");
            assertThat(error.get("summary").asText()).isEqualTo("共发现 1 个错误、0 个警告。");
            assertThat(error.get("lastGood").asBoolean()).as("the pages show the last good site").isTrue();
            JsonNode first = error.get("errors").get(0);
            assertThat(first.get("at").asText()).isEqualTo(PROJECT + ":27:5");
            assertThat(first.get("file").asText()).isEqualTo(PROJECT);
            assertThat(first.get("line").asInt()).isEqualTo(27);
            assertThat(first.get("column").asInt()).isEqualTo(5);
            assertThat(first.get("code").asText()).isEqualTo("GK113");
            assertThat(first.get("severity").asText()).isEqualTo("错误");
            assertThat(first.get("field").asText()).isEqualTo("indicators[0].levl1");
            assertThat(first.get("message").asText()).isEqualTo("未知字段“levl1”。是不是想写“level1”？");
            assertThat(first.get("source").asText()).isEqualTo("  - levl1: 产出指标");
            IncrementalBuilder.Outcome outcome = p.nextBuild().outcome();
            assertThat(outcome).isInstanceOf(IncrementalBuilder.ContentErrors.class);

            // The server keeps serving the last good site, and a page opened now learns about the error at once.
            HttpResponse<String> page = p.get("/" + PROJECT_PAGE);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("31.50").contains(SCRIPT_TAG);
            try (EventClient late = p.events()) {
                late.next("hello");
                assertThat(late.next("build-error").json().get("errors").get(0).get("at").asText()).isEqualTo(PROJECT + ":27:5");
            }

            // Fixed: the error goes away. The site is what it was before the error, so nothing needs rendering.
            p.edit(PROJECT, "  - levl1: 产出指标", "  - level1: 产出指标");
            JsonNode recovered = events.next("reload").json();
            assertThat(recovered.get("changed")).isEmpty();
            assertThat(p.nextSuccessfulBuild().changed()).isEmpty();
            try (EventClient after = p.events()) {
                after.next("hello");
                p.edit(PROJECT, budget("31.50"), budget("32.00"));
                JsonNode next = after.next("reload").json();
                assertThat(next.toString()).as("no error replayed before the next reload").contains(PROJECT_PAGE);
                p.nextSuccessfulBuild();
            }
            assertThat(p.get("/" + PROJECT_PAGE).body()).contains("32.00");
        }
    }

    @Test
    void aTemplateChangeReRendersItsPagesAndATemplateErrorIsShownUntilFixed() throws Exception {
        try (Preview p = Preview.start(tmp, false); EventClient events = p.events()) {
            events.next("hello");
            String layout = p.read("templates/layout.ftlh");
            p.write("templates/layout.ftlh", layout.replace("</body>", "<!-- 布局已修改 --></body>"));
            JsonNode reload = events.next("reload").json();
            assertThat(reload.get("all").asBoolean()).as("every page imports the layout: every open page reloads").isTrue();
            IncrementalBuilder.Built built = p.nextSuccessfulBuild();
            assertThat(built.pages()).hasSize(pageCount(p));
            assertThat(built.assets()).as("the static files did not change").isEmpty();
            assertThat(p.get("/glossary.html").body()).contains("<!-- 布局已修改 -->");

            String home = p.read("templates/home.ftlh");
            p.write("templates/home.ftlh", home + "<!-- 模板已修改 -->\n");
            reload = events.next("reload").json();
            assertThat(reload.get("all").asBoolean()).isFalse();
            assertThat(p.nextSuccessfulBuild().pages()).as("only the page of that template").containsExactly("index.html");
            assertThat(p.get("/").body()).contains("<!-- 模板已修改 -->");

            p.write("templates/home.ftlh", home + "${page.noSuchField}\n");
            JsonNode error = events.next("build-error").json();
            assertThat(error.get("kind").asText()).isEqualTo("build");
            assertThat(error.get("message").asText()).contains("index.html").contains("home.ftlh").contains("noSuchField");
            assertThat(p.nextBuild().outcome()).isInstanceOf(IncrementalBuilder.Failed.class);
            assertThat(p.get("/").body()).as("the last good home page").contains("<!-- 模板已修改 -->").doesNotContain("noSuchField");

            // A content change while the template is still broken fails the same way, and changes nothing.
            p.edit(PROJECT, BUDGET, budget("31.50"));
            assertThat(events.next("build-error").json().get("message").asText()).contains("noSuchField");
            p.nextBuild();
            assertThat(p.get("/" + PROJECT_PAGE).body()).doesNotContain("31.50");

            p.write("templates/home.ftlh", home);
            JsonNode fixed = events.next("reload").json();
            assertThat(fixed.get("all").asBoolean()).isFalse();
            assertThat(p.nextSuccessfulBuild().pages()).as("what changed since the last good build: the home page's template, the project")
                    .contains("index.html", PROJECT_PAGE).hasSizeLessThan(pageCount(p));
            assertThat(p.get("/").body()).doesNotContain("模板已修改");
            assertThat(p.get("/" + PROJECT_PAGE).body()).contains("31.50");

            // A stylesheet change copies the static files and reloads every page, without rendering any.
            p.write("templates/static/site.css", p.read("templates/static/site.css") + "\n/* 样式已修改 */\n");
            assertThat(events.next("reload").json().get("all").asBoolean()).isTrue();
            IncrementalBuilder.Built copied = p.nextSuccessfulBuild();
            assertThat(copied.assets()).contains("static/site.css");
            assertThat(copied.pages()).isEmpty();
            assertThat(p.get("/static/site.css").body()).contains("样式已修改");
        }
    }

    @Test
    void theRebuildThreadSurvivesAnErrorAndRebuildsTheNextChange() throws Exception {
        try (Preview p = Preview.start(tmp, false)) {
            String home = p.read("templates/home.ftlh");

            // A macro that calls itself: FreeMarker runs out of stack, a StackOverflowError (an Error, not an
            // Exception); before, it ended the rebuild thread for good.
            p.write("templates/home.ftlh", home + "<#macro again><@again/></#macro><@again/>\n");
            IncrementalBuilder.Outcome failed = p.nextBuild().outcome();
            assertThat(failed).isInstanceOf(IncrementalBuilder.Failed.class);
            assertThat(((IncrementalBuilder.Failed) failed).message()).contains("home.ftlh").contains("调用层数过多")
                    .doesNotContain("\tat ");

            // The worker is still watching: the next change is rebuilt.
            p.write("templates/home.ftlh", home + "<!-- 又能生成了 -->\n");
            assertThat(p.nextSuccessfulBuild().pages()).containsExactly("index.html");
            assertThat(p.get("/").body()).contains("<!-- 又能生成了 -->");
        }
    }

    @Test
    void aNewProjectGetsItsPagesAndADeletedOneLosesThem() throws Exception {
        String code = "13020822P00999910001Z";
        String file = "content/2022/425001/projects/" + code + ".yaml";
        String page = "2022/425001/projects/" + code + ".html";
        String pdf = "2022/425001/projects/" + code + ".pdf";
        try (Preview p = Preview.start(tmp, true); EventClient events = p.events()) {
            events.next("hello");
            String text = p.read(PROJECT).replace("code: 13020822P00908810002X", "code: " + code)
                    .replace("name: 融媒体中心运行维护费", "name: 新增的测试项目").replace("order: 1", "order: 7");
            p.write(file, text);

            JsonNode added = events.next("reload").json();
            assertThat(added.toString()).contains(page).contains(pdf);
            IncrementalBuilder.Built built = p.nextSuccessfulBuild();
            assertThat(built.pages()).as("data.html shows the grown size of the site-wide CSV")
                    .containsExactly(UNIT_PAGE, page, "2022/index.html", "data.html", "index.html", "search.html");
            assertThat(built.pdfs()).containsExactly(UNIT_PDF, pdf);
            HttpResponse<String> served = p.get("/" + page);
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(served.body()).contains("新增的测试项目");
            assertThat(p.get("/" + UNIT_PAGE).body()).contains("新增的测试项目");

            Files.delete(p.file(file));
            JsonNode removed = events.next("reload").json();
            assertThat(removed.toString()).contains(page).contains(pdf);
            IncrementalBuilder.Built after = p.nextSuccessfulBuild();
            assertThat(after.removed()).containsExactly(page, pdf, "api/v1/2022/425001/" + code + ".json",
                    "data/2022/425001/projects/" + code + "-indicators.csv", "search/2022/docs/425001/7.js");
            assertThat(p.out.resolve(page)).doesNotExist();
            assertThat(p.out.resolve(pdf)).doesNotExist();
            assertThat(p.get("/" + page).statusCode()).isEqualTo(404);
            assertThat(p.get("/" + UNIT_PAGE).body()).doesNotContain("新增的测试项目");
        }
    }

    @Test
    void contentWithErrorsFromTheStartIsShownAndBuiltOnceFixed() throws Exception {
        Preview.copyProject(tmp, false);
        String fine = "code: 13020822P00908810002X\n";
        String broken = fine + "code: 13020822P00908810002Y\n";
        Files.writeString(tmp.resolve(PROJECT), Files.readString(tmp.resolve(PROJECT)).replace(fine, broken));
        // A preview left from an earlier session (another branch, say) must not pass for this content.
        Files.createDirectories(tmp.resolve("target/preview"));
        Files.writeString(tmp.resolve("target/preview/index.html"), "<p>旧的预览</p>");
        try (Preview p = Preview.serve(tmp, false)) {
            assertThat(p.nextBuild().outcome()).isInstanceOf(IncrementalBuilder.ContentErrors.class);
            HttpResponse<String> home = p.get("/");
            assertThat(home.statusCode()).as("no site yet: nothing stale is shown").isEqualTo(404);
            assertThat(home.body()).contains("还没有生成预览").contains(SCRIPT_TAG).doesNotContain("旧的预览");
            try (EventClient events = p.events()) {
                events.next("hello");
                JsonNode event = events.next("build-error").json();
                assertThat(event.get("lastGood").asBoolean()).isFalse();
                JsonNode error = event.get("errors").get(0);
                assertThat(error.get("code").asText()).isEqualTo("GK102");
                assertThat(error.get("at").asText()).isEqualTo(PROJECT + ":4:1");

                p.edit(PROJECT, broken, fine);
                assertThat(events.next("reload").json().get("all").asBoolean()).isTrue();
                assertThat(p.get("/").statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void closingStopsTheServerAndEndsTheEventStreams() throws Exception {
        Preview p = Preview.start(tmp, false);
        EventClient events = p.events();
        events.next("hello");
        long start = System.nanoTime();
        p.close();
        assertThat((System.nanoTime() - start) / 1_000_000).as("stopping takes (ms)").isLessThan(5_000);
        assertThatThrownBy(() -> p.get("/")).isInstanceOf(ConnectException.class);
        events.close();
    }

    /** The pages a build of the preview's content makes (no history pages: the preview folder is not in git). */
    private static int pageCount(Preview p) {
        gongkai.model.Site site = gongkai.Gongkai.check(p.root.resolve("content")).site().orElseThrow();
        return new gongkai.view.ViewBuilder(site, s -> s, path -> java.util.OptionalLong.empty()).pages().size();
    }
}
