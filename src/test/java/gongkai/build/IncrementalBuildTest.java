package gongkai.build;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.TestFiles;
import gongkai.output.Trees;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental build against a clean one: after every round of random edits to generated content (a project's
 * indicator, a project added, renamed, deleted, a unit's name, a template, a static file, the site settings), the
 * site built from the previous build's record is byte for byte the site a clean build makes, PDFs included; the
 * outputs the edit does not touch are taken over (the same file, hard-linked) and not made again.
 */
class IncrementalBuildTest {

    @TempDir
    Path dir;
    Path content;
    Path templates;
    Path site;
    int clean;

    @BeforeEach
    void generate() throws Exception {
        content = dir.resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(2, 3, List.of(2022, 2023), 17, true)).files(), false);
        templates = TestFiles.copyTree(TestFiles.PROJECT.resolve("templates"), dir.resolve("templates"));
        Files.createSymbolicLink(dir.resolve("fonts"), TestFiles.PROJECT.resolve("fonts"));
        site = dir.resolve("site");
    }

    @AfterEach
    void unlinkFonts() throws IOException {
        Files.deleteIfExists(dir.resolve("fonts"));
    }

    private Gongkai.Options options(Path out) {
        return new Gongkai.Options(content, templates, out, false, true, Optional.of(Instant.parse("2022-03-01T00:00:00Z")));
    }

    /** Builds {@code site} from its record, then a clean site elsewhere, and asserts they are the same bytes. */
    private Gongkai.BuildResult buildAndCompare() throws Exception {
        Gongkai.BuildResult incremental = Gongkai.build(options(site));
        assertThat(incremental.written()).as(incremental.check().diagnostics().sorted().toString()).isTrue();
        Path reference = dir.resolve("clean-" + clean++);
        Gongkai.BuildResult full = Gongkai.build(options(reference));
        assertThat(full.made().kept()).as("a clean build takes nothing over").isZero();
        assertThat(Trees.digest(site)).as("the incremental build makes what a clean build makes").isEqualTo(Trees.digest(reference));
        return incremental;
    }

    @Test
    void randomEditsGiveTheSameSiteAsACleanBuild() throws Exception {
        Gongkai.BuildResult first = buildAndCompare();
        assertThat(first.made().kept()).isZero();
        assertThat(first.made().pdfs()).isNotEmpty();
        assertThat(BuildRecord.read(site).outputs()).hasSize(first.files());

        Random random = new Random(42);
        List<String> done = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            String edit = switch (round % 8) {
                case 0 -> editIndicator(random);
                case 1 -> renameProject(random);
                case 2 -> deleteProject(random);
                case 3 -> addProject(random);
                case 4 -> editUnitName(random);
                case 5 -> editTemplate();
                case 6 -> editStatic();
                default -> editSiteTitle();
            };
            done.add(edit);
            Gongkai.BuildResult result = buildAndCompare();
            assertThat(result.made().changed()).as(edit).isTrue();
        }
        assertThat(done).hasSize(8);
    }

    @Test
    void anEditMakesAgainOnlyWhatDependsOnIt() throws Exception {
        buildAndCompare();
        Path project = projects().get(0);
        String code = project.getFileName().toString().replace(".yaml", "");
        Path other = projects().stream().filter(p -> !p.getParent().equals(project.getParent())).findFirst().orElseThrow();
        String otherCode = other.getFileName().toString().replace(".yaml", "");
        String otherPage = pathOf(other, ".html");
        Object inodeBefore = Files.getAttribute(site.resolve(otherPage), "unix:ino");

        replaceFirst(project, l -> l.strip().startsWith("description:"), l -> l + "（调整）");
        Gongkai.BuildResult result = buildAndCompare();

        assertThat(result.made().pages()).contains(pathOf(project, ".html")).noneMatch(p -> p.contains(otherCode));
        assertThat(result.made().pdfs()).contains(pathOf(project, ".pdf")).noneMatch(p -> p.contains(otherCode));
        assertThat(result.made().kept()).isPositive();
        assertThat(Files.getAttribute(site.resolve(otherPage), "unix:ino")).as("an untouched page is the same file").isEqualTo(inodeBefore);
        assertThat(code).isNotEqualTo(otherCode);
    }

    @Test
    void aTemplateChangeMakesAgainOnlyThePagesOfThatTemplate() throws Exception {
        buildAndCompare();
        Path print = templates.resolve("print/unit.ftlh");
        Files.writeString(print, Files.readString(print) + "<#-- edited -->\n");
        Gongkai.BuildResult result = buildAndCompare();
        assertThat(result.made().pdfs()).isNotEmpty().allMatch(p -> !p.contains("/projects/"));
        assertThat(result.made().pages()).as("web pages do not use the print templates").isEmpty();
    }

    @Test
    void aLayoutChangeMakesAgainEveryPageAndNoPdf() throws Exception {
        Gongkai.BuildResult first = buildAndCompare();
        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- 布局 --></body>"));
        Gongkai.BuildResult result = buildAndCompare();
        assertThat(result.made().pages()).hasSize(first.pages());
        assertThat(result.made().pdfs()).as("the PDFs' templates do not include the layout").isEmpty();
    }

    @Test
    void noChangeWritesNothing() throws Exception {
        buildAndCompare();
        Map<String, String> before = Trees.digest(site);
        Object inode = Files.getAttribute(site, "unix:ino");
        Gongkai.BuildResult again = Gongkai.build(options(site));
        assertThat(again.made().changed()).isFalse();
        assertThat(again.made().all()).isEmpty();
        assertThat(Files.getAttribute(site, "unix:ino")).as("the output folder was not replaced").isEqualTo(inode);
        assertThat(Trees.digest(site)).isEqualTo(before);
    }

    @Test
    void aDeletedRecordOrSiteMeansAFullBuild() throws Exception {
        buildAndCompare();
        Files.delete(BuildRecord.cacheFolder(site).resolve("build-record.tsv"));
        Gongkai.BuildResult again = buildAndCompare();
        assertThat(again.made().kept()).isZero();
        // A site file changed behind the build's back (its size differs from the record) is made again.
        String page = pathOf(projects().get(1), ".html");
        Files.writeString(site.resolve(page), "edited by hand");
        buildAndCompare();
        assertThat(Files.readString(site.resolve(page))).contains("<html");
    }

    // ---- edits ----

    private List<Path> projects() throws IOException {
        try (Stream<Path> walk = Files.walk(content)) {
            return walk.filter(p -> p.getParent().getFileName().toString().equals("projects") && p.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
    }

    /** The site path of a project's page ({@code .html}) or PDF ({@code .pdf}). */
    private String pathOf(Path projectFile, String extension) {
        return content.relativize(projectFile).toString().replace('\\', '/').replace(".yaml", extension);
    }

    private String editIndicator(Random random) throws IOException {
        Path p = pick(random);
        replaceFirst(p, l -> l.strip().startsWith("description:"), l -> l + "（调整" + random.nextInt(100) + "）");
        return "indicator " + p.getFileName();
    }

    private String renameProject(Random random) throws IOException {
        Path p = pick(random);
        String code = p.getFileName().toString().replace(".yaml", "");
        String renamed = code.substring(0, code.length() - 1) + (code.endsWith("9") ? "8" : "9");
        String text = Files.readString(p).replace("code: " + code, "code: " + renamed);
        Files.delete(p);
        Files.writeString(p.resolveSibling(renamed + ".yaml"), text);
        return "rename " + code + " → " + renamed;
    }

    private String deleteProject(Random random) throws IOException {
        Path p = pick(random);
        Files.delete(p);
        return "delete " + p.getFileName();
    }

    private String addProject(Random random) throws IOException {
        Path p = pick(random);
        String code = p.getFileName().toString().replace(".yaml", "");
        String added = code.substring(0, code.length() - 2) + "7" + (code.endsWith("7") ? "6" : "7");
        List<String> lines = new ArrayList<>(Files.readAllLines(p));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("code: ")) {
                lines.set(i, "code: " + added);
            } else if (l.startsWith("name: ")) {
                lines.set(i, l + "（新增）");
            } else if (l.startsWith("order: ")) {
                lines.set(i, "order: 99");
            }
        }
        Files.write(p.resolveSibling(added + ".yaml"), lines, StandardCharsets.UTF_8);
        return "add " + added;
    }

    private String editUnitName(Random random) throws IOException {
        Path unit = pick(random).getParent().resolveSibling("unit.yaml");
        replaceFirst(unit, l -> l.startsWith("name: "), l -> l + "（调整）");
        return "unit " + unit.getParent().getFileName();
    }

    private String editTemplate() throws IOException {
        Path project = templates.resolve("project.ftlh");
        Files.writeString(project, Files.readString(project).replaceFirst("</h1>", "</h1>\n<p>（模板已修改）</p>"));
        return "template project.ftlh";
    }

    private String editStatic() throws IOException {
        Path css = templates.resolve("static/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
        return "static site.css";
    }

    private String editSiteTitle() throws IOException {
        replaceFirst(content.resolve("site.yaml"), l -> l.startsWith("title: "), l -> l + "（测试）");
        return "site.yaml title";
    }

    private Path pick(Random random) throws IOException {
        List<Path> all = projects();
        return all.get(random.nextInt(all.size()));
    }

    private static void replaceFirst(Path file, Predicate<String> which, java.util.function.UnaryOperator<String> how) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        for (int i = 0; i < lines.size(); i++) {
            if (which.test(lines.get(i))) {
                lines.set(i, how.apply(lines.get(i)));
                Files.write(file, lines, StandardCharsets.UTF_8);
                return;
            }
        }
        throw new AssertionError("no line to edit in " + file);
    }
}
