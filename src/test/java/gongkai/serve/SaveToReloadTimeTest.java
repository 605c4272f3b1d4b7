package gongkai.serve;

import static gongkai.serve.Preview.PROJECT;
import static gongkai.serve.Preview.PROJECT_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures the time from saving a content file to the reload event, and to the changed page fetched again as the
 * reloading browser would, over ten budget edits in a row (the first edit after start-up included), with PDFs and
 * without. Prints the median and the maximum; fails only when an edit takes longer than the waits allow.
 */
class SaveToReloadTimeTest {

    private static final int EDITS = 10;

    @TempDir
    Path tmp;

    @Test
    void withPdfs() throws Exception {
        measure(tmp, true);
    }

    @Test
    void withoutPdfs() throws Exception {
        measure(tmp, false);
    }

    private static void measure(Path tmp, boolean pdf) throws Exception {
        List<Long> toEvent = new ArrayList<>();
        List<Long> toPage = new ArrayList<>();
        List<Long> rebuild = new ArrayList<>();
        try (Preview p = Preview.start(tmp, pdf); EventClient events = p.events()) {
            events.next("hello");
            String previous = "30.00";
            for (int i = 1; i <= EDITS; i++) {
                String amount = (30 + i) + ".25";
                String text = p.read(PROJECT);
                String edited = text.replace("total: " + previous, "total: " + amount).replace("fiscal: " + previous, "fiscal: " + amount);
                assertThat(edited).isNotEqualTo(text);
                long saved = System.nanoTime();
                p.write(PROJECT, edited);
                EventClient.Event reload = events.next("reload");
                assertThat(reload.data()).contains(PROJECT_PAGE);
                String page = p.get("/" + PROJECT_PAGE).body();
                long fetched = System.nanoTime();
                assertThat(page).contains(amount);
                toEvent.add((reload.nanos() - saved) / 1_000_000);
                toPage.add((fetched - saved) / 1_000_000);
                rebuild.add(p.nextSuccessfulBuild().millis());
                previous = amount;
            }
        }
        System.out.printf(Locale.ROOT, "serve %s: save → reload event: median %d ms, max %d ms; save → new page fetched: median %d ms, "
                        + "max %d ms; rebuild alone: median %d ms (%d edits, each ms in order: %s)%n",
                pdf ? "with PDFs" : "--no-pdf", median(toEvent), max(toEvent), median(toPage), max(toPage), median(rebuild), EDITS, toPage);
        assertThat(max(toPage)).as("every edit reached the page within the wait").isLessThan(Preview.WAIT.toMillis());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
