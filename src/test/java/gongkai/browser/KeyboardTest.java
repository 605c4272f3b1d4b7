package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Keyboard use with real key presses: the skip link comes first and moves focus to the main content, Tab visits
 * every link, button and focusable region in document order, each with a visible focus indicator, and the
 * large-text toggle works with Enter and Space.
 */
class KeyboardTest extends BrowserTest {

    /**
     * Remembers, in document order, every element a Tab should reach (rendered, not inert, tabindex not -1) and
     * returns how many there are; elements with a positive tabindex are reported as an error.
     */
    private static final String FOCUSABLES = """
            const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')];
            const positive = all.filter(e => e.tabIndex > 0).map(e => e.outerHTML.slice(0, 80));
            if (positive.length) return 'positive tabindex: ' + positive.join(', ');
            window.__focusables = all.filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[hidden], [inert]')
                && e.getClientRects().length > 0 && getComputedStyle(e).visibility === 'visible');
            return window.__focusables.length;
            """;

    /**
     * Where focus is now: its index among the remembered elements, its description, and its focus indicator: an
     * outline or a box-shadow whose colour contrasts at least 3:1 with the background around the element.
     */
    private static final String FOCUSED = """
            const e = document.activeElement;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const rgb = c => (c.match(/rgba?\\(([^)]*)\\)/) || [null, '0, 0, 0, 0'])[1].split(',').map(Number);
            const opaque = c => c.length < 4 || c[3] > 0;
            const luminance = c => {
              const [R, G, B] = c.slice(0, 3).map(v => v / 255).map(v => v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
              return 0.2126 * R + 0.7152 * G + 0.0722 * B;
            };
            const contrast = (a, b) => {
              const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m);
              return (x + 0.05) / (y + 0.05);
            };
            let around = [255, 255, 255];
            for (let p = e.parentElement; p; p = p.parentElement) {
              const c = rgb(getComputedStyle(p).backgroundColor);
              if (opaque(c)) { around = c; break; }
            }
            const outlineColour = rgb(s.outlineColor);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && opaque(outlineColour)
                && contrast(outlineColour, around) >= 3;
            const shadowColour = rgb(s.boxShadow);
            const shadow = s.boxShadow !== 'none' && opaque(shadowColour) && contrast(shadowColour, around) >= 3;
            return {
              index: (window.__focusables || []).indexOf(e),
              what: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || '').trim().slice(0, 30) + '"',
              indicator: outline || shadow,
              style: s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor + ' / ' + s.boxShadow
                  + ' on ' + 'rgb(' + around.slice(0, 3).join(', ') + ')',
              inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                  && r.bottom <= window.innerHeight && r.right <= window.innerWidth
            };
            """;

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void tabVisitsEverythingInOrderWithVisibleFocus(String page) {
        open(page);
        tabThrough(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void tabVisitsEverythingInOrderWithVisibleFocusInLargeTextMode(String page) {
        open(page);
        clickLargeTextToggle();
        driver.navigate().refresh();
        assertThat(largeTextOn()).isTrue();
        tabThrough(page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void skipLinkComesFirstIsVisibleAndMovesFocusToMain(String page) {
        open(page);
        js(FOCUSABLES);
        press(Keys.TAB);
        Map<String, Object> first = focused();
        assertThat(js("return document.activeElement.className;")).as("first Tab on %s focuses %s", page, first.get("what"))
                .isEqualTo("skip-link");
        assertThat(js("return document.activeElement.textContent;")).isEqualTo("跳到正文");
        assertThat(first.get("inViewport")).as("the focused skip link is visible on %s", page).isEqualTo(true);
        assertThat(first.get("indicator")).as("focus indicator of the skip link: %s", first.get("style")).isEqualTo(true);

        press(Keys.ENTER);
        assertThat(js("return document.activeElement.id;")).as("focus after Enter on the skip link on %s", page).isEqualTo("main");
        // The next Tab continues inside the main content, not back in the header.
        press(Keys.TAB);
        assertThat(js("return document.getElementById('main').contains(document.activeElement);"))
                .as("the Tab after the skip link lands in main on %s (on %s)", page, focused().get("what"))
                .isEqualTo(true);
    }

    @Test
    void largeTextToggleWorksWithEnterAndSpace() {
        open(BundledSite.PROJECT_PAGE);
        for (int i = 0; i < 10 && !"large-text-toggle".equals(js("return document.activeElement.id;")); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement.id;")).as("the toggle is reached with Tab").isEqualTo("large-text-toggle");
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("false");

        press(Keys.ENTER);
        assertThat(largeTextOn()).as("large-text mode after Enter").isTrue();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(js("return document.activeElement.id;")).as("focus stays on the toggle").isEqualTo("large-text-toggle");

        press(Keys.SPACE);
        assertThat(largeTextOn()).as("large-text mode after Space").isFalse();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("false");

        press(Keys.SPACE);
        assertThat(largeTextOn()).isTrue();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("true");
    }

    @Test
    void wideTableScrollsWithTheArrowKeysOnceItsRegionHasFocus() {
        open(BundledSite.PROJECT_PAGE);
        viewport(320, 640);
        WebElement region = find(".table-scroll[aria-labelledby='cap-ind']");
        assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth;", region)).intValue())
                .as("the indicator table is wider than its region at 320 px").isGreaterThan(0);
        for (int i = 0; i < 80 && !Boolean.TRUE.equals(js("return document.activeElement === arguments[0];", region)); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement === arguments[0];", region)).as("the region is reached with Tab").isEqualTo(true);
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> ((Number) js("return arguments[0].scrollLeft;", region)).doubleValue() > 0);
    }

    private void tabThrough(String page) {
        Object count = js(FOCUSABLES);
        assertThat(count).as("focusable elements on %s", page).isInstanceOf(Number.class);
        int n = ((Number) count).intValue();
        assertThat(n).as("focusable elements on %s", page).isGreaterThan(3);
        for (int i = 0; i < n; i++) {
            press(Keys.TAB);
            Map<String, Object> f = focused();
            assertThat(((Number) f.get("index")).intValue())
                    .as("Tab number %d on %s should reach element %d of %d in document order; it reached %s", i + 1, page, i, n, f.get("what"))
                    .isEqualTo(i);
            assertThat(f.get("indicator"))
                    .as("visible focus indicator on %s of %s (outline / box-shadow: %s)", f.get("what"), page, f.get("style"))
                    .isEqualTo(true);
        }
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) js(FOCUSED);
    }

}
