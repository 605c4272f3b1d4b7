package gongkai.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A writer's process dies right after each step of the commit (a child JVM halted by {@link DieAfterStep}). Then
 * {@code site/} is the complete old or the complete new site — with the atomic exchange at once, with the fallback
 * protocol after the next {@link SiteWriter#open} — and that open removes every folder the dead run left, saying so.
 */
class SwapStepsTest {

    @TempDir
    Path dir;

    /** Where the new site is written as the test expects it (a separate temporary folder). */
    @TempDir
    Path expectedNew;

    enum Tree { OLD, NEW, NONE }

    /** Protocol, whether a site exists before, the step after which the writer dies, the site then, the site after the next open. */
    static Stream<Arguments> deaths() {
        return Stream.of(
                Arguments.of("exchange", true, "WRITTEN", Tree.OLD, Tree.OLD),
                Arguments.of("exchange", true, "EXCHANGED", Tree.NEW, Tree.NEW),
                Arguments.of("exchange", true, "DELETING_OLD", Tree.NEW, Tree.NEW),
                Arguments.of("exchange", true, "OLD_DELETED", Tree.NEW, Tree.NEW),
                Arguments.of("exchange", false, "WRITTEN", Tree.NONE, Tree.NONE),
                Arguments.of("exchange", false, "RENAMED", Tree.NEW, Tree.NEW),
                Arguments.of("rename", true, "WRITTEN", Tree.OLD, Tree.OLD),
                Arguments.of("rename", true, "READY", Tree.OLD, Tree.OLD),
                // The one instant of the fallback protocol without a site: the next open puts the new one in place.
                Arguments.of("rename", true, "MOVED_ASIDE", Tree.NONE, Tree.NEW),
                Arguments.of("rename", true, "IN_PLACE", Tree.NEW, Tree.NEW),
                Arguments.of("rename", true, "DELETING_OLD", Tree.NEW, Tree.NEW),
                Arguments.of("rename", true, "OLD_DELETED", Tree.NEW, Tree.NEW),
                Arguments.of("rename", false, "RENAMED", Tree.NEW, Tree.NEW));
    }

    @ParameterizedTest(name = "{0}: site before {1}, dies after {2}")
    @MethodSource("deaths")
    void aWriterKilledAfterAnyStepLeavesAWholeSite(String protocol, boolean siteBefore, String step, Tree then, Tree afterOpen)
            throws Exception {
        Path site = dir.resolve("site");
        if (siteBefore) {
            writeOldSite(site);
        }
        Map<String, String> old = Trees.digest(site);
        Map<String, String> neu = newSite();

        Process child = Trees.java(DieAfterStep.class, site.toString(), protocol, step).inheritIO().start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as("the child died after %s (so the step happened)", step).isEqualTo(DieAfterStep.DIED);

        assertThat(Trees.digest(site)).as("site/ right after the death").isEqualTo(expected(then, old, neu));
        List<String> leftovers = Trees.names(dir).stream().filter(n -> !n.equals("site") && !n.equals(".site.lock")).toList();

        List<String> notes;
        try (SiteWriter next = SiteWriter.open(site)) {
            notes = next.notes();
        }
        assertThat(Trees.digest(site)).as("site/ after the next open").isEqualTo(expected(afterOpen, old, neu));
        assertThat(Trees.names(dir)).as("nothing left beside the site but the lock file")
                .containsExactlyElementsOf(afterOpen == Tree.NONE ? List.of(".site.lock") : List.of(".site.lock", "site"));
        boolean restored = then == Tree.NONE && afterOpen != Tree.NONE;
        int removed = leftovers.size() - (restored ? 1 : 0);
        if (restored) {
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("被中断").contains("已把那次已经生成完的网站放回原处"));
        }
        if (removed > 0) {
            assertThat(notes).anySatisfy(n -> assertThat(n).contains("上次生成被中断").contains("留下的 " + removed + " 个临时文件夹"));
        }
        assertThat(notes).as("one note per thing done").hasSize((restored ? 1 : 0) + (removed > 0 ? 1 : 0));
    }

    private static void writeOldSite(Path site) throws IOException {
        Files.createDirectories(site.resolve("2022/425001"));
        Files.writeString(site.resolve("index.html"), "<p>旧首页</p>");
        Files.writeString(site.resolve("2022/index.html"), "<p>2022 年度</p>");
        Files.writeString(site.resolve("2022/425001/index.html"), "<p>旧单位页</p>");
        Files.writeString(site.resolve("only-in-the-old-site.html"), "旧");
    }

    /** What {@link DieAfterStep#NEW_SITE} looks like as a tree. */
    private Map<String, String> newSite() throws IOException {
        for (Map.Entry<String, String> f : DieAfterStep.NEW_SITE.entrySet()) {
            Path p = expectedNew.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
        return Trees.digest(expectedNew);
    }

    private static Map<String, String> expected(Tree tree, Map<String, String> old, Map<String, String> neu) {
        return switch (tree) {
            case OLD -> old;
            case NEW -> neu;
            case NONE -> Map.of();
        };
    }
}
