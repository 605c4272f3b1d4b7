package gongkai.diff;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.diag.Diagnostics;
import gongkai.source.ContentFiles;
import gongkai.source.ContentLoader;
import gongkai.source.SourceTree;
import gongkai.source.TreeFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader reads a revision held in memory exactly as it reads the same files on disk: the same source tree,
 * positions and diagnostics (an unknown file, a GBK file, a YAML error), so a revision is checked like the working tree.
 */
class TreeFilesTest {

    @TempDir
    Path tmp;

    @Test
    void inMemoryContentLoadsLikeTheSameFolderOnDisk() throws IOException {
        Path content = tmp.resolve("content");
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path f : files.toList()) {
                Path target = content.resolve(Path.of("content").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        Files.writeString(content.resolve("2022/425001/notes.docx"), "x", StandardCharsets.UTF_8);
        Files.writeString(content.resolve("2022/425001/measures.md"), "保障措施", Charset.forName("GBK"));
        Path project = content.resolve("2022/425001/projects/13020822P00908810002X.yaml");
        Files.writeString(project, Files.readString(project, StandardCharsets.UTF_8).replace("  total: 30.00", "  total 30.00"),
                StandardCharsets.UTF_8);

        Map<String, byte[]> bytes = new HashMap<>();
        try (Stream<Path> files = Files.walk(content)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                bytes.put(content.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        Diagnostics fromDisk = new Diagnostics();
        Diagnostics fromMemory = new Diagnostics();
        SourceTree disk = ContentLoader.load(content, fromDisk);
        SourceTree memory = ContentLoader.load(new TreeFiles("content", bytes, Map.of()), fromMemory);

        assertThat(memory).isEqualTo(disk);
        assertThat(fromMemory.sorted()).isEqualTo(fromDisk.sorted());
        assertThat(fromDisk.sorted()).extracting(d -> d.code().name() + " " + d.position())
                .containsExactly("GK103 content/2022/425001/measures.md", "GK123 content/2022/425001/notes.docx",
                        "GK101 content/2022/425001/projects/13020822P00908810002X.yaml:11:3");
    }

    @Test
    void aFileThatCannotBeReadIsReportedNotLeftOut() {
        ContentFiles files = new TreeFiles("content", Map.of("site.yaml", "title: 网站\n".getBytes(StandardCharsets.UTF_8)),
                Map.of("2022/year.yaml", "这是一个子模块，不是文件"));
        Diagnostics diagnostics = new Diagnostics();

        ContentLoader.load(files, diagnostics);

        assertThat(diagnostics.sorted()).extracting(d -> d.code().name() + " " + d.position() + " " + d.message())
                .containsExactly("GK001 content/2022/year.yaml 无法读取此文件（这是一个子模块，不是文件）。"
                        + "请确认它是一个普通文件（不是文件夹或失效的快捷方式）、没有被其他程序占用，并且有读取权限。");
    }
}
