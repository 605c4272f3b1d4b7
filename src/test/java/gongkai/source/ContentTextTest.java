package gongkai.source;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quick scan of {@link ContentText#check} agrees with the close look at the limits. */
class ContentTextTest {

    private static List<Diagnostic> check(String text) {
        Diagnostics d = new Diagnostics();
        boolean fit = ContentText.check("t.yaml", text, d);
        assertThat(fit).isEqualTo(d.sorted().isEmpty());
        return d.sorted();
    }

    @Test
    void linesAreMeasuredInCodePointsAtTheLimit() {
        String x = "x".repeat(ContentText.MAX_LINE_CHARS - 1);
        assertThat(check("a: " + x.substring(3) + "x\nb: c\n")).isEmpty();
        assertThat(check(x + "😀\n")).as("20,000 code points in 20,001 chars").isEmpty();
        assertThat(check(x + "xx\n")).extracting(Diagnostic::code).containsExactly(Code.GK106);
        assertThat(check("a\n" + x + "😀x\n")).extracting(d -> d.code() + " " + d.position().line() + ":" + d.position().column())
                .containsExactly("GK106 2:20001");
    }

    @Test
    void forbiddenCharactersAreFoundWhereverTheyAre() {
        assertThat(check("名称: 融媒体中心\n说明: 正常的文字 😀\n")).isEmpty();
        assertThat(check("a: b\u202Ec\n")).extracting(d -> d.code() + " " + d.position().line() + ":" + d.position().column())
                .containsExactly("GK104 1:5");
        assertThat(check("😀\u0000\n")).extracting(d -> d.position().column()).containsExactly(2);
        assertThat(check("a: \uDC00\n")).extracting(Diagnostic::code).containsExactly(Code.GK104);
    }
}
