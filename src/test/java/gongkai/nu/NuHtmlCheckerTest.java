package gongkai.nu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongkai.Gongkai;
import gongkai.browser.LargeSite;
import gongkai.history.BundledHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of the bundled site, and the pages of each kind of a generated site of 2,000 projects
 * ({@link LargeSite}), pass the Nu Html Checker (run in-process) with zero errors.
 */
class NuHtmlCheckerTest {

    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        // A fixed history: the history pages are checked wherever the tests run (also in a shallow clone).
        assertThat(Gongkai.build(Gongkai.Options.inProject(PROJECT).strict(true).withOut(site)
                .withHistory(BundledHistory.history())).written()).isTrue();
    }

    static List<String> pages() throws Exception {
        if (site == null) {
            build();
        }
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
        }
    }

    /** The checker's errors (including fatal ones) for one file, each as "line:column message". */
    static List<String> errors(Path file) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode result = JSON.readTree(validator.validate(file));
        List<String> errors = new ArrayList<>();
        for (JsonNode m : result.path("messages")) {
            if (m.path("type").asText().equals("error") || m.path("subType").asText().equals("fatal")) {
                errors.add(m.path("lastLine").asInt() + ":" + m.path("firstColumn").asInt() + " " + m.path("message").asText());
            }
        }
        return errors;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void pageHasNoErrors(String page) throws Exception {
        assertThat(errors(site.resolve(page))).as(page).isEmpty();
    }

    static List<String> largePages() {
        return LargeSite.pages();
    }

    @ParameterizedTest
    @MethodSource("largePages")
    void pageOfTheLargeSiteHasNoErrors(String page) throws Exception {
        assertThat(errors(LargeSite.root().resolve(page))).as(page).isEmpty();
    }

    @Test
    void everyKindOfPageIsChecked() throws Exception {
        assertThat(pages()).contains("index.html", "2022/425001/index.html",
                "2022/425001/projects/13020822P00908810002X.html", "2022/425001/history.html",
                "2022/425001/history/13020822P00908810002X.html", "glossary.html", "2022/index.html", "search.html", "data.html");
    }

    @Test
    void theCheckerReportsRealErrors() throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"></head>"
                + "<body><table><tr><td headers=\"nope\">1</td></tr></table><p><div>x</div></body></html>", StandardCharsets.UTF_8);
        assertThat(errors(bad)).anyMatch(e -> e.contains("title")).anyMatch(e -> e.contains("headers"));
    }
}
