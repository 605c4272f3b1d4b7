package gongkai.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.Gongkai;
import gongkai.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure while rendering (here, a broken template) leaves the previous site exactly as it was. */
class FailedBuildTest {

    @TempDir
    Path dir;

    @Test
    void brokenTemplateKeepsThePreviousSite() throws Exception {
        Path templates = TestFiles.copyTree(BuiltSite.PROJECT.resolve("templates"), dir.resolve("templates"));
        Files.writeString(templates.resolve("project.ftlh"), "<#import \"layout.ftlh\" as l>${page.noSuchField}");
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");

        assertThatThrownBy(() -> Gongkai.build(Gongkai.Options.of(
                BuiltSite.PROJECT.resolve("content"), templates, site)))
                .isInstanceOf(Gongkai.BuildException.class)
                .hasMessageContaining("project.ftlh")
                .hasMessageContaining("原有网站保持不变");
        assertThat(site.resolve("index.html")).hasContent("previous");
        try (Stream<Path> s = Files.list(site)) {
            assertThat(s.toList()).hasSize(1);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("templates", "site", ".site.lock");
        }
    }
}
