package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers of one target, in one JVM or in two processes, never remove each other's staging folder. */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    private List<String> stagingFolders() throws Exception {
        return Trees.names(dir).stream().filter(n -> n.startsWith(".site.new-")).toList();
    }

    @Test
    void twoWritersInOneJvmBothCommitAndTheLastOneWins() throws Exception {
        Path site = dir.resolve("site");
        try (SiteWriter first = SiteWriter.open(site)) {
            first.write("index.html", "第一个");
            try (SiteWriter second = SiteWriter.open(site)) {
                assertThat(stagingFolders()).as("the second open left the first one's staging folder").hasSize(2);
                second.write("index.html", "第二个");
                second.commit();
            }
            first.write("more.html", "第一个还在写");
            first.commit();
        }
        assertThat(site.resolve("index.html")).hasContent("第一个");
        assertThat(site.resolve("more.html")).hasContent("第一个还在写");
        assertThat(Trees.names(dir)).containsExactly(".site.lock", "site");
    }

    @Test
    void aWriterInAnotherProcessKeepsItsStagingFolderAndLeftoversWaitUntilNobodyWrites() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "原有");
        Process other = Trees.java(HoldWriter.class, site.toString(), "另一个进程").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new java.io.OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
            assertThat(out.readLine()).isEqualTo("written");
            // A folder a killed run left, appearing while the other process writes.
            Files.createDirectories(dir.resolve(".site.new-killed/2022"));
            Files.writeString(dir.resolve(".site.new-killed/2022/index.html"), "半个网站");

            try (SiteWriter mine = SiteWriter.open(site)) {
                assertThat(mine.notes()).as("nothing is cleaned up while another process writes").isEmpty();
                assertThat(stagingFolders()).as("the other process's staging folder, the leftover and mine").hasSize(3);
                mine.write("index.html", "这个进程");
                mine.commit();
            }
            assertThat(site.resolve("index.html")).hasContent("这个进程");

            in.write("\n");
            in.flush();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as("the other process committed its own site").isZero();
        }
        assertThat(site.resolve("index.html")).hasContent("另一个进程");
        assertThat(Trees.names(dir)).containsExactly(".site.lock", ".site.new-killed", "site");

        try (SiteWriter next = SiteWriter.open(site)) {
            assertThat(next.notes()).containsExactly("上次生成被中断，已删除它在 " + dir.toAbsolutePath() + " 中留下的 1 个临时文件夹（.site.*）。");
        }
        assertThat(Trees.names(dir)).containsExactly(".site.lock", "site");
        assertThat(site.resolve("index.html")).hasContent("另一个进程");
    }
}
