package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

    @TempDir
    Path dir;

    private List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void commitReplacesTheOldSiteWhole() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("old"));
        Files.writeString(site.resolve("old/page.html"), "old");
        try (SiteWriter w = SiteWriter.open(site)) {
            w.write("index.html", "新");
            w.write("2022/425001/index.html", "单位");
            assertThat(site.resolve("index.html")).as("nothing is visible before commit").doesNotExist();
            w.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("新");
        assertThat(site.resolve("2022/425001/index.html")).hasContent("单位");
        assertThat(site.resolve("old")).doesNotExist();
        assertThat(siblings()).as("no staging or old folder left beside the site, only the lock file")
                .containsExactly(".site.lock", "site");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(site)))
                .as("a web server running as another user can read the site").isEqualTo("rwxr-xr-x");
    }

    @Test
    void closingWithoutCommitLeavesTheOldSiteAndNoStaging() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "old");
        try (SiteWriter w = SiteWriter.open(site)) {
            w.write("index.html", "half");
        }
        assertThat(site.resolve("index.html")).hasContent("old");
        assertThat(siblings()).containsExactly(".site.lock", "site");
    }

    @Test
    void refusesPathsOutsideTheSite() throws Exception {
        try (SiteWriter w = SiteWriter.open(dir.resolve("site"))) {
            assertThatThrownBy(() -> w.write("../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("a/../../escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("/etc/escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("a\\..\\..\\escape.html", "x")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> w.write("", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("escape.html")).doesNotExist();
    }
}
