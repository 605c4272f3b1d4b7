package gongkai.data;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.history.BundledHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open data in the built site: stable across builds, linked from every unit and project page, documented. */
class DataSiteTest {

    @TempDir
    static Path tmp;
    private static Path site;
    private static Path again;

    @BeforeAll
    static void build() throws Exception {
        site = build(tmp.resolve("site"));
        again = build(tmp.resolve("again"));
    }

    private static Path build(Path out) throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Gongkai.BuildResult result = Gongkai.build(Gongkai.Options.of(project.resolve("content"), project.resolve("templates"), out)
                .pdf(false).strict(true).withHistory(BundledHistory.history()));
        assertThat(result.written()).isTrue();
        return out;
    }

    private static Map<String, byte[]> tree(Path root, String folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void twoBuildsWriteTheSameDataFilesAtTheSamePaths() throws IOException {
        for (String folder : List.of("data", "api")) {
            Map<String, byte[]> first = tree(site, folder);
            Map<String, byte[]> second = tree(again, folder);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        }
        assertThat(tree(site, "api").keySet()).contains(
                "api/v1/index.json", "api/v1/2022/425001.json", "api/v1/2022/425001/13020822P00908810002X.json");
        assertThat(tree(site, "data").keySet()).hasSize(6 + 6).contains("data/projects.csv", "data/indicators.csv", "data/unit-indicators.csv",
                "data/datapackage.json", "data/2022/425001/projects.csv", "data/2022/425001/indicators.csv",
                "data/2022/425001/projects/13020822P00908810002X-indicators.csv");
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
    }

    /** Every unit and project page links to its data files, which exist, labelled with their real size. */
    @Test
    void unitAndProjectPagesLinkToTheirDataFiles() throws IOException {
        List<String> pages;
        try (Stream<Path> walk = Files.walk(site.resolve("2022"))) {
            pages = walk.map(p -> site.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> p.matches("[0-9]{4}/[^/]+/index\\.html") || p.matches(".*/projects/[^/]+\\.html")).sorted().toList();
        }
        assertThat(pages).hasSize(7); // the unit page and six project pages (the year page 2022/index.html has no data links)
        for (String path : pages) {
            Document doc = page(path);
            List<Element> links = doc.select("p.data-links a");
            boolean unitPage = path.endsWith("/index.html");
            assertThat(links).as(path).hasSize(unitPage ? 4 : 3);
            Path folder = site.resolve(path).getParent();
            for (Element a : links.subList(0, links.size() - 1)) {
                Path file = folder.resolve(a.attr("href")).normalize();
                assertThat(file).as(path + " → " + a.attr("href")).isRegularFile();
                long kb = Math.max(1, Math.round(Files.size(file) / 1024.0));
                assertThat(a.text()).endsWith("（" + kb + " KB）");
                assertThat(a.attr("type")).isEqualTo(a.attr("href").endsWith(".csv") ? "text/csv" : "application/json");
            }
            assertThat(folder.resolve(links.get(links.size() - 1).attr("href")).normalize()).isEqualTo(site.resolve("data.html"));
        }
        Document project = page("2022/425001/projects/13020822P00908810002X.html");
        assertThat(project.select("p.data-links a").first().attr("href"))
                .isEqualTo("../../../api/v1/2022/425001/13020822P00908810002X.json");
    }

    /** The 数据下载 page lists the columns from the same definitions as the CSV header, and every file it links exists. */
    @Test
    void dataPageDocumentsEveryColumnAndLinksExistingFiles() throws IOException {
        Document doc = page("data.html");
        for (Table<?> table : Tables.ALL) {
            List<String> documented = doc.select("#cap-table-" + table.name()).first().parent().select("tbody th[scope=row]").eachText();
            byte[] csv = Files.readAllBytes(site.resolve("data/" + table.fileName()));
            assertThat(documented).isEqualTo(DataFiles.csvRows(csv).get(0));
        }
        for (Element a : doc.select("main a[href]")) {
            String href = a.attr("href");
            if (!href.startsWith("#")) {
                assertThat(site.resolve(href).normalize()).as(href).isRegularFile();
            }
        }
        assertThat(doc.select("main a[href$=.json]").eachAttr("href")).contains("data/datapackage.json", "api/v1/index.json",
                "api/v1/2022/425001.json", "api/v1/2022/425001/13020822P00908810002X.json");
        assertThat(page("index.html").select("footer a").eachAttr("href")).contains("data.html");
        assertThat(page("2022/425001/projects/13020822P00908810002X.html").select("footer a").eachAttr("href")).contains("../../../data.html");
    }
}
