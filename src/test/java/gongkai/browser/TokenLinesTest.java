package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In Chromium, the values with their units and the labels of the form ({@code ≤93209.07元}, {@code 服务对象满意度指标},
 * {@code 其中：财政资金}) are drawn on one line, at desktop width and at 320 px, where the tables scroll in their
 * regions. Read back with {@code Range.getClientRects}: a text on one line has its boxes on one baseline.
 */
class TokenLinesTest extends BrowserTest {

    /** Texts of the two tables of a project page that must not break, found in the cells' text. */
    static final String BROKEN = """
            const wanted = arguments[0];
            const out = [];
            const cells = document.querySelectorAll('table.form th, table.form td, table.indicators th, table.indicators td');
            let found = 0;
            for (const cell of cells) {
              const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
              const nodes = [];
              let text = '';
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (n.parentElement.closest('.visually-hidden')) continue;
                nodes.push([n, text.length]);
                text += n.nodeValue;
              }
              for (const token of wanted) {
                for (let at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
                  found++;
                  const range = document.createRange();
                  const locate = i => { for (let k = nodes.length - 1; k >= 0; k--) if (nodes[k][1] <= i) return [nodes[k][0], i - nodes[k][1]]; };
                  const [sn, so] = locate(at);
                  const [en, eo] = locate(at + token.length - 1);
                  range.setStart(sn, so);
                  range.setEnd(en, eo + 1);
                  const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.bottom)));
                  if (tops.size > 1) out.push('"' + token + '" on ' + tops.size + ' lines');
                }
              }
            }
            if (found === 0) out.push('none of the texts found');
            return out;
            """;

    static final List<String> TOKENS = List.of("≥95%", "≤93209.07元", "≤2.5万元/月", "≤4.5万元/月", "≥10年", "≥80%", "≥1个",
            "服务对象满意度指标", "可持续影响指标", "满意度指标", "其中：财政资金", "预算规模及资金用途", "指标值确定依据");

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesAndWidths")
    void valuesAndLabelsStayOnOneLine(String page, int width) {
        open(page);
        viewport(width, 900);
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) js(BROKEN, TOKENS);
        assertThat(broken).as("texts broken across lines on %s at %d px", page, width).isEmpty();
    }

    static List<Object[]> pagesAndWidths() {
        return BundledSite.projectPages().stream()
                .flatMap(p -> java.util.stream.Stream.of(new Object[] {p, 1280}, new Object[] {p, 320}))
                .toList();
    }
}
