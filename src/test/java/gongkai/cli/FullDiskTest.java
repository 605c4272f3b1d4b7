package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import gongkai.check.ContentFixture;
import gongkai.output.Trees;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that runs out of disk space (a small tmpfs, mounted for the test: needs root, as in CI) says so in plain
 * words and leaves the previous site and nothing else. Outside CI, without the right to mount, the test is
 * skipped; under {@code CI=true} that is a failure.
 */
class FullDiskTest {

    private static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    @TempDir
    Path tmp;

    private Path disk;
    private boolean mounted;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        disk = Files.createDirectories(tmp.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String output = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        mounted = mount.waitFor() == 0;
        if (!mounted) {
            String why = "cannot mount a tmpfs (root is needed): " + output.strip();
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            assertThat(new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor()).isZero();
        }
    }

    private static int build(Path content, Path site, StringWriter err) {
        return Main.run(new String[] {"build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(),
                "--out", site.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    }

    @Test
    void aFullDiskGivesAClearMessageAndLeavesTheOldSite() throws Exception {
        Path content = ContentFixture.valid().writeTo(tmp);
        Path site = disk.resolve("site");
        assertThat(build(content, site, new StringWriter())).isEqualTo(Main.OK);
        // Marks the old site: a build that replaced it would remove this file.
        Files.writeString(site.resolve("old-site.txt"), "上一次的网站");
        Map<String, String> old = Trees.digest(site);
        Path filler = fill(disk.resolve("filler"));
        // An edit, so that the build has pages to write (with nothing changed it would write nothing at all).
        Path project = content.resolve(ContentFixture.PROJECT_1);
        Files.writeString(project, Files.readString(project).replaceFirst("\nname: (.*)", "\nname: $1（调整）"));

        StringWriter err = new StringWriter();
        int code = build(content, site, err);

        assertThat(code).isEqualTo(Main.FAILED);
        assertThat(err.toString()).contains("写入").contains("磁盘空间不足").contains("原有网站保持不变")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Trees.digest(site)).as("the old site, byte for byte").isEqualTo(old);
        assertThat(Trees.names(disk)).containsExactly(".site.cache", ".site.lock", "filler", "site");

        // With space again, the next build replaces the site.
        Files.delete(filler);
        assertThat(build(content, site, new StringWriter())).isEqualTo(Main.OK);
        assertThat(site.resolve("old-site.txt")).doesNotExist();
        assertThat(site.resolve("index.html")).exists();
        assertThat(Trees.names(disk)).containsExactly(".site.cache", ".site.lock", "site");
    }

    /** Fills the disk with one file, then frees 8 KB: too little for a new site. */
    private static Path fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            assertThat(full).hasMessageContaining("No space left on device");
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() - 8 * 1024);
        }
        return filler;
    }
}
