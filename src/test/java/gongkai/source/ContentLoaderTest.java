package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** Files are read on all cores; the tree and the diagnostics do not depend on how many. */
class ContentLoaderTest {

    private record Loaded(SourceTree tree, List<Diagnostic> diagnostics) {}

    /** Loads in a pool of {@code threads} threads (the parallel streams of the load then run in that pool). */
    private static Loaded load(ContentFiles files, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                Diagnostics diagnostics = new Diagnostics();
                SourceTree tree = ContentLoader.load(files, diagnostics);
                return new Loaded(tree, diagnostics.sorted());
            }).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneThreadOrManyGiveTheSameTreeAndTheSameDiagnosticsInTheSameOrder() throws Exception {
        TreeFiles files = LoadFixture.broken(LoadFixture.generated());
        Loaded one = load(files, 1);

        assertThat(one.diagnostics().stream().map(Diagnostic::code).distinct())
                .as("the fixture breaks files in every way the loader reports")
                .contains(Code.GK001, Code.GK101, Code.GK102, Code.GK103, Code.GK104, Code.GK105, Code.GK107, Code.GK108, Code.GK123);
        assertThat(one.diagnostics()).as("25 escapes in one file: 20 listed and one counting the rest")
                .filteredOn(d -> d.message().contains("还有 5 处同样的问题")).hasSize(1);
        assertThat(one.tree().unparsed()).as("the file with a raw control character, kept unparsed").hasSize(1);
        for (int threads : new int[] {2, 3, 8}) {
            for (int run = 0; run < 3; run++) {
                Loaded many = load(files, threads);
                assertThat(many.diagnostics()).as("%d threads", threads).containsExactlyElementsOf(one.diagnostics());
                assertThat(many.tree()).as("%d threads", threads).isEqualTo(one.tree());
            }
        }
    }
}
