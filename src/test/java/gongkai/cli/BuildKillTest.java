package gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.TestFiles;
import gongkai.output.Trees;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code gongkai build} processes killed with SIGKILL ({@code Process.destroyForcibly} on Linux) at moments
 * spread from the start of the JVM to after the build would have finished. After every kill {@code site/} is
 * byte-identical to the previous complete site or, when the kill came after the swap, to the new one; a build
 * that runs to the end leaves nothing beside {@code site/} but the lock file, and says what it cleaned up.
 */
class BuildKillTest {

    private static final int TRIALS = 22;
    private static final Path TEMPLATES = TestFiles.PROJECT.resolve("templates");

    @TempDir
    Path dir;

    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSiteAndTheNextBuildCleansUp() throws Exception {
        // Two versions of a small site, so that old and new differ; the reference sites are built in this JVM.
        Path[] content = {generate("a", 1), generate("b", 2)};
        List<Map<String, String>> reference = List.of(referenceSite(content[0], "ref-a"), referenceSite(content[1], "ref-b"));
        assertThat(reference.get(0)).isNotEqualTo(reference.get(1));

        Path out = Files.createDirectories(dir.resolve("out"));
        Path site = out.resolve("site");
        Path log = dir.resolve("build.log");
        // Two whole builds in child JVMs: the first makes the first site (and warms the file cache), the second
        // replaces it and says how long a build takes here.
        long buildMillis = 0;
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            Process whole = build(content[i], site, log);
            assertThat(whole.waitFor(5, TimeUnit.MINUTES)).isTrue();
            buildMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(whole.exitValue()).as(Files.readString(log)).isZero();
            assertThat(Trees.digest(site)).isEqualTo(reference.get(i));
        }

        int current = 1;
        int leftBehind = 0;
        int keptOld = 0;
        int killedAfterSwap = 0;
        int finished = 0;
        int mostLeftovers = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            // Moments k/21 of 1.1 build times, k = 0 … 21, in a mixed order (7 is prime to 22): kills at the start and
            // finished builds alternate with kills in the middle, and the last trial (k = 15) kills a build in its middle.
            int k = trial * 7 % TRIALS;
            long delay = Math.round(1.1 * buildMillis * k / (TRIALS - 1));
            int next = 1 - current;
            Process build = build(content[next], site, log);
            boolean done = build.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!done) {
                build.destroyForcibly();
                assertThat(build.waitFor(1, TimeUnit.MINUTES)).isTrue();
            }
            String moment = "trial " + trial + ": " + (done ? "finished" : "killed") + " after " + delay + " ms of about " + buildMillis;
            Map<String, String> now = Trees.digest(site);
            assertThat(now.equals(reference.get(current)) || now.equals(reference.get(next)))
                    .as("%s: site/ is the whole previous or the whole new site, not %s", moment, now.keySet()).isTrue();
            List<String> leftovers = leftovers(out);
            if (done) {
                assertThat(build.exitValue()).as(moment + "\n" + Files.readString(log)).isZero();
                assertThat(now).as(moment).isEqualTo(reference.get(next));
                assertThat(leftovers).as("%s: a finished build leaves nothing beside site/", moment).isEmpty();
                finished++;
            } else if (now.equals(reference.get(next))) {
                killedAfterSwap++;
            } else {
                keptOld++;
            }
            if (!done && !leftovers.isEmpty()) {
                leftBehind++;
            }
            if (now.equals(reference.get(next))) {
                current = next;
            }
            mostLeftovers = Math.max(mostLeftovers, leftovers.size());
        }

        List<String> leftovers = leftovers(out);
        Process last = build(content[1 - current], site, log);
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String printed = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(last.exitValue()).as(printed).isZero();
        assertThat(Trees.digest(site)).isEqualTo(reference.get(1 - current));
        assertThat(Trees.names(out)).as("the next build removed every leftover").containsExactly(".site.cache", ".site.lock", "site");
        if (!leftovers.isEmpty()) {
            assertThat(printed).contains("上次生成被中断，已删除它在 " + out + " 中留下的 " + leftovers.size() + " 个临时文件夹");
        }
        assertThat(keptOld).as("the kill at the start (k = 0) kept the old site").isPositive();
        System.out.printf("BuildKillTest: %d moments over a %d ms build: %d killed builds kept the old site, %d kills came after "
                + "the swap (new site), %d builds finished; %d kills left a folder behind (at most %d at once), %d before the "
                + "last build, which removed them%n",
                TRIALS, buildMillis, keptOld, killedAfterSwap, finished, leftBehind, mostLeftovers, leftovers.size());
    }

    private Path generate(String name, long seed) throws Exception {
        Path content = dir.resolve(name).resolve("content");
        ContentWriter.write(content, ContentGenerator.generate(new ContentGenerator.Spec(1, 2, List.of(2022), seed)).files(), false);
        return content;
    }

    private Map<String, String> referenceSite(Path content, String name) throws Exception {
        Path out = dir.resolve(name).resolve("site");
        StringWriter printed = new StringWriter();
        int code = Main.run(new String[] {"build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(),
                "--out", out.toString()}, new PrintWriter(printed), new PrintWriter(printed));
        assertThat(code).as(printed.toString()).isZero();
        return Trees.digest(out);
    }

    private static Process build(Path content, Path site, Path log) throws Exception {
        return Trees.java(Main.class, "build", "--no-pdf", "--content", content.toString(), "--templates", TEMPLATES.toString(),
                        "--out", site.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> leftovers(Path out) throws Exception {
        return Trees.names(out).stream().filter(n -> !n.equals("site") && !n.equals(".site.lock") && !n.equals(".site.cache")).toList();
    }
}
