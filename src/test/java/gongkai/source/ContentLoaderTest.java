package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    /** The quick decoding gives the strict decoder's text, also for a file that holds U+FFFD, and refuses what it refuses. */
    @Test
    void utf8IsDecodedStrictly() throws Exception {
        for (String text : List.of("", "code: 13020822P00908810002X\n", "名称：融媒体中心 😀\n", "写成了 \uFFFD 的字符")) {
            assertThat(ContentLoader.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        }
        List<byte[]> invalid = List.of("名称".getBytes(Charset.forName("GBK")), new byte[] {'a', (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {'a', (byte) 0xE4, (byte) 0xB8});
        for (byte[] bytes : invalid) {
            assertThatThrownBy(() -> ContentLoader.utf8(bytes)).as(Arrays.toString(bytes)).isInstanceOf(CharacterCodingException.class);
        }
    }

    /** A file is read whole up to the limit, and one byte past it so that a file over the limit is noticed. */
    @Test
    void aFileIsReadUpToOneBytePastTheLimit(@TempDir Path dir) throws Exception {
        ContentFiles files = ContentFiles.of(dir);
        for (int size : new int[] {0, 1, 99, 100, 101, 5000}) {
            byte[] bytes = new byte[size];
            Arrays.fill(bytes, (byte) 'x');
            Files.write(dir.resolve(size + ".yaml"), bytes);
            assertThat(files.read(size + ".yaml", 100)).as("%d bytes", size).hasSize(Math.min(size, 101));
        }
    }
}
