package gongkai.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private static Diagnostic d(String file, Code code, int line) {
        return new Diagnostic(code, new Position(file, line, 1), "", "第 " + line + " 行");
    }

    /** Work collected on several threads and merged in a fixed order reads as if it had been reported in that order. */
    @Test
    void mergingIsTheSameAsReportingEachInTurn() {
        Diagnostics direct = new Diagnostics();
        Diagnostics merged = new Diagnostics();
        // Already in the target: some of the same file and code, so the limit is shared with what is merged.
        for (int line = 1; line <= 7; line++) {
            direct.add(d("a.yaml", Code.GK104, 100 - line));
            merged.add(d("a.yaml", Code.GK104, 100 - line));
        }
        Diagnostics a = new Diagnostics();
        Diagnostics b = new Diagnostics();
        for (int line = 1; line <= 30; line++) {
            a.add(d("a.yaml", Code.GK104, line));
            direct.add(d("a.yaml", Code.GK104, line));
        }
        a.add(d("a.yaml", Code.GK102, 3));
        direct.add(d("a.yaml", Code.GK102, 3));
        for (int line = 1; line <= 25; line++) {
            b.add(d("b.yaml", Code.GK104, line));
            direct.add(d("b.yaml", Code.GK104, line));
        }
        merged.addAll(a);
        merged.addAll(b);

        assertThat(merged.sorted()).containsExactlyElementsOf(direct.sorted());
        assertThat(merged.sorted()).filteredOn(x -> x.position().file().equals("a.yaml") && x.code() == Code.GK104)
                .as("20 listed and one counting the other 17").hasSize(21)
                .last().extracting(Diagnostic::message).asString().contains("还有 17 处");
        assertThat(merged.hasErrors()).isEqualTo(direct.hasErrors());
    }
}
