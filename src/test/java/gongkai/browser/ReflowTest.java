package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

/**
 * Reflow (WCAG 1.4.10) at 320 CSS px: the page never scrolls sideways as a whole; only a wide table may scroll,
 * inside its own labelled, keyboard-focusable region. Resize text (1.4.4): with the root font size doubled, no
 * text is clipped and the page still does not scroll sideways.
 */
class ReflowTest extends BrowserTest {

    /**
     * Elements reaching beyond the viewport that are not inside a scroll region (an overflowing region itself
     * counts as a problem), as readable descriptions.
     */
    static final String OUTSIDE_VIEWPORT = """
            const vw = window.innerWidth;
            const out = [];
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.visually-hidden')) continue;
              const r = e.getBoundingClientRect();
              if (r.width === 0 && r.height === 0) continue;
              if (r.left < -0.5 || r.right > vw + 0.5) {
                const region = e.parentElement && e.parentElement.closest('.table-scroll');
                if (!region) out.push(describe(e) + ' spans ' + Math.round(r.left) + '…' + Math.round(r.right) + ' px');
              }
            }
            return out;
            """;

    /** Regions of the page that scroll sideways: elements whose content is wider than they are. */
    static final String SCROLLING = """
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const s = getComputedStyle(e);
              if ((s.overflowX === 'auto' || s.overflowX === 'scroll') && e.scrollWidth > e.clientWidth + 1) out.push(e);
            }
            return out;
            """;

    /** Text that is cut off: an element clipping its overflow whose content is larger than its box. */
    static final String CLIPPED = """
            const out = [];
            const clips = v => v === 'hidden' || v === 'clip';
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('.visually-hidden')) continue;
              const s = getComputedStyle(e);
              if (s.display === 'none') continue;
              const x = clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1;
              const y = clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1;
              const ellipsis = s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1;
              if (x || y || ellipsis) {
                out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + e.textContent.trim().slice(0, 30) + '" '
                    + e.scrollWidth + '×' + e.scrollHeight + ' in ' + e.clientWidth + '×' + e.clientHeight);
              }
            }
            return out;
            """;

    /**
     * Text squeezed into a column too narrow to read: a text of four or more characters that wraps and whose
     * widest line is narrower than four characters (ems).
     */
    static final String SQUEEZED = """
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const text = n.nodeValue.trim();
              if ([...text].length < 4 || n.parentElement.closest('.visually-hidden, [hidden]')) continue;
              const range = document.createRange();
              range.selectNodeContents(n);
              const lines = [...range.getClientRects()].filter(r => r.width > 0);
              if (lines.length < 2) continue;
              const em = parseFloat(getComputedStyle(n.parentElement).fontSize);
              const widest = Math.max(...lines.map(r => r.width));
              if (widest < 4 * em - 0.5) {
                out.push('"' + text.slice(0, 20) + '" in ' + lines.length + ' lines of at most ' + (widest / em).toFixed(1) + ' em');
              }
            }
            return out;
            """;

    /**
     * Captions of tables in scroll regions whose text is not fully inside the visible part of the region, with
     * the region scrolled to its start and to its end.
     */
    static final String HIDDEN_CAPTIONS = """
            const out = [];
            for (const caption of document.querySelectorAll('.table-scroll caption')) {
              const region = caption.closest('.table-scroll');
              for (const left of [0, region.scrollWidth]) {
                region.scrollLeft = left;
                const box = region.getBoundingClientRect();
                const range = document.createRange();
                range.selectNodeContents(caption);
                // 2 px for the rounding of sticky positions
                const outside = [...range.getClientRects()].some(r => r.left < box.left - 2 || r.right > box.right + 2);
                if (outside) out.push('"' + caption.textContent.trim() + '" scrolled to ' + region.scrollLeft);
              }
              region.scrollLeft = 0;
            }
            return out;
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void reflowsAt320(String page) {
        open(page);
        viewport(320, 640);
        assertReflows(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void reflowsAt320InLargeTextMode(String page) {
        open(page);
        clickLargeTextToggle();
        viewport(320, 640);
        assertReflows(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void textZoomedTo200PercentLosesNothing(String page) {
        open(page);
        viewport(1280, 900);
        double before = rootFontSize();
        js("document.documentElement.style.fontSize = '200%';");
        assertThat(rootFontSize()).as("root font size after zooming text to 200%").isEqualTo(before * 2);
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js(OUTSIDE_VIEWPORT);
        assertThat(outside).as("content outside the viewport on %s at 200%% text size", page).isEmpty();
        assertNoPageScroll(page, 1280);
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) js(CLIPPED);
        assertThat(clipped).as("clipped text on %s at 200%% text size", page).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> squeezed = (List<String>) js(SQUEEZED);
        assertThat(squeezed).as("text squeezed into narrow columns on %s at 200%% text size", page).isEmpty();
    }

    private double rootFontSize() {
        return Double.parseDouble(((String) js("return getComputedStyle(document.documentElement).fontSize;")).replace("px", ""));
    }

    private void assertReflows(String page) {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) js(OUTSIDE_VIEWPORT);
        assertThat(outside).as("content wider than 320 px outside a scroll region on %s", page).isEmpty();
        assertNoPageScroll(page, 320);
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) js(CLIPPED);
        assertThat(clipped).as("clipped text on %s at 320 px", page).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> squeezed = (List<String>) js(SQUEEZED);
        assertThat(squeezed).as("text squeezed into narrow columns on %s at 320 px", page).isEmpty();
        @SuppressWarnings("unchecked")
        List<String> captions = (List<String>) js(HIDDEN_CAPTIONS);
        assertThat(captions).as("table captions partly out of view on %s at 320 px", page).isEmpty();

        // Every region that scrolls sideways is a labelled, focusable region, so a keyboard user can scroll it.
        @SuppressWarnings("unchecked")
        List<WebElement> scrolling = (List<WebElement>) js(SCROLLING);
        for (WebElement region : scrolling) {
            String what = region.getTagName() + "." + region.getAttribute("class") + " on " + page;
            assertThat(region.getAttribute("class")).as("sideways scrolling element %s", what).contains("table-scroll");
            assertThat(region.getAriaRole()).as("computed role of %s", what).isEqualTo("region");
            assertThat(region.getAccessibleName()).as("accessible name of %s", what).isNotBlank();
            assertThat(region.getAttribute("tabindex")).as("tabindex of %s", what).isEqualTo("0");
        }
        if (page.contains("/projects/")) {
            assertThat(scrolling).as("the two tables of %s scroll in their regions at 320 px", page).hasSize(2);
        }
    }

    private void assertNoPageScroll(String page, int width) {
        assertThat(((Number) js("return window.innerWidth;")).intValue()).isEqualTo(width);
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).intValue())
                .as("page width of %s in a %d px viewport (the page must not scroll sideways)", page, width)
                .isLessThanOrEqualTo(width);
        assertThat(((Number) js("return document.body.scrollWidth;")).intValue())
                .as("body width of %s in a %d px viewport", page, width)
                .isLessThanOrEqualTo(width);
    }
}
