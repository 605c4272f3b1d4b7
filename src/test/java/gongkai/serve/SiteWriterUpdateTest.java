package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.output.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SiteWriter#commitChanges}, the in-place update the preview server writes through. */
class SiteWriterUpdateTest {

    @TempDir
    Path dir;

    private Path site() throws Exception {
        Path site = dir.resolve("preview");
        Files.createDirectories(site.resolve("2022/425001/projects"));
        Files.writeString(site.resolve("index.html"), "旧首页");
        Files.writeString(site.resolve("2022/425001/index.html"), "旧单位页");
        Files.writeString(site.resolve("2022/425001/projects/a.html"), "项目 a");
        Files.writeString(site.resolve("2022/425001/projects/b.html"), "项目 b");
        return site;
    }

    private List<String> siblings() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesWrittenFilesKeepsTheOthersAndRemovesTheGoneOnes() throws Exception {
        Path site = site();
        Object untouched = Files.readAttributes(site.resolve("2022/425001/index.html"), BasicFileAttributes.class).fileKey();
        try (SiteWriter w = SiteWriter.open(site)) {
            w.write("index.html", "新首页");
            w.write("2023/425001/index.html", "新年度");
            assertThat(site.resolve("index.html")).as("nothing is visible before commit").hasContent("旧首页");
            w.commitChanges(List.of("2022/425001/projects/a.html", "2022/425001/projects/b.html", "no/such/file.html"));
        }
        assertThat(site.resolve("index.html")).hasContent("新首页");
        assertThat(site.resolve("2023/425001/index.html")).hasContent("新年度");
        assertThat(site.resolve("2022/425001/index.html")).hasContent("旧单位页");
        assertThat(Files.readAttributes(site.resolve("2022/425001/index.html"), BasicFileAttributes.class).fileKey())
                .as("a file not written is left as it is").isEqualTo(untouched);
        assertThat(site.resolve("2022/425001/projects")).as("a folder left empty is removed").doesNotExist();
        assertThat(siblings()).as("no staging folder left beside the site, only the lock file").containsExactly(".preview.lock", "preview");
    }

    @Test
    void anUpdateNotCommittedChangesNothing() throws Exception {
        Path site = site();
        try (SiteWriter w = SiteWriter.open(site)) {
            w.write("index.html", "一半");
        }
        assertThat(site.resolve("index.html")).hasContent("旧首页");
        assertThat(siblings()).containsExactly(".preview.lock", "preview");
    }

    @Test
    void refusesToRemoveAnythingOutsideTheSite() throws Exception {
        Path site = site();
        Files.writeString(dir.resolve("outside.txt"), "x");
        try (SiteWriter w = SiteWriter.open(site)) {
            assertThatThrownBy(() -> w.commitChanges(List.of("../outside.txt"))).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(dir.resolve("outside.txt")).exists();
        assertThat(siblings()).containsExactly(".preview.lock", "outside.txt", "preview");
    }
}
