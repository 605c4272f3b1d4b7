package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The structure of every page as the browser sees it: language, title, landmarks, breadcrumbs, heading levels,
 * table headers of every indicator cell, spoken forms of comparison symbols, line height and target size.
 */
class PageStructureTest extends BrowserTest {

    /** Visible elements with text of their own, outside headings, whose line height is below 1.5 × font size. */
    static final String TIGHT_LINES = """
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              if (e.closest('h1, h2, h3, h4, h5, h6, .visually-hidden, [hidden]')) continue;
              const own = [...e.childNodes].some(n => n.nodeType === 3 && n.nodeValue.trim());
              if (!own || e.getClientRects().length === 0) continue;
              const s = getComputedStyle(e);
              const size = parseFloat(s.fontSize);
              const line = s.lineHeight === 'normal' ? NaN : parseFloat(s.lineHeight);
              if (!(line >= 1.5 * size - 0.01)) {
                out.push(e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 20) + '" ' + s.lineHeight + ' / ' + s.fontSize);
              }
            }
            return out;
            """;

    /**
     * Links and buttons smaller than 24 × 24 CSS px whose 24 px circle (centred on the target) touches another
     * target or another small target's circle (WCAG 2.5.8). Targets hidden from view are left out.
     */
    static final String SMALL_TARGETS = """
            const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, [role="button"]')]
              .filter(e => !e.closest('.visually-hidden, [hidden]') && e.getClientRects().length > 0
                  && getComputedStyle(e).visibility === 'visible')
              .map(e => ({e, r: e.getBoundingClientRect()}))
              .filter(t => t.r.bottom > 0);   // the skip link waits above the page until it is focused
            const small = t => t.r.width < 24 - 0.01 || t.r.height < 24 - 0.01;
            const centre = t => [t.r.left + t.r.width / 2, t.r.top + t.r.height / 2];
            const toRect = (p, r) => Math.hypot(Math.max(r.left - p[0], 0, p[0] - r.right), Math.max(r.top - p[1], 0, p[1] - r.bottom));
            const name = t => t.e.tagName.toLowerCase() + ' "' + t.e.textContent.trim().slice(0, 20) + '" '
                + Math.round(t.r.width) + '×' + Math.round(t.r.height);
            const out = [];
            for (const t of targets.filter(small)) {
              const c = centre(t);
              for (const o of targets) {
                if (o === t) continue;
                const touchesTarget = toRect(c, o.r) < 12;
                const touchesCircle = small(o) && Math.hypot(c[0] - centre(o)[0], c[1] - centre(o)[1]) < 24;
                if (touchesTarget || touchesCircle) { out.push(name(t) + ' is too close to ' + name(o)); break; }
              }
            }
            return out;
            """;

    @Test
    void titlesAreUniqueAndNotEmpty() {
        Map<String, String> seen = new HashMap<>();
        for (String page : BundledSite.pages()) {
            open(page);
            String title = driver.getTitle().strip();
            assertThat(title).as("title of %s", page).isNotEmpty();
            assertThat(seen.put(title, page)).as("the title \"%s\" of %s is used by another page", title, page).isNull();
        }
        assertThat(seen).hasSameSizeAs(BundledSite.pages());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void languageLandmarksBreadcrumbsAndHeadings(String page) {
        open(page);
        assertThat(find("html").getAttribute("lang")).as("lang of %s", page).isEqualTo("zh-CN");

        // Landmarks by the roles the browser computes.
        assertThat(roles("header")).as("banner landmark on %s", page).containsExactly("banner");
        assertThat(roles("main")).as("main landmark on %s", page).containsExactly("main");
        assertThat(roles("footer")).as("contentinfo landmark on %s", page).containsExactly("contentinfo");
        assertThat(driver.findElements(By.cssSelector("[role='banner'], [role='main'], [role='contentinfo']"))).isEmpty();
        List<WebElement> navs = driver.findElements(By.tagName("nav"));
        assertThat(navs).allSatisfy(n -> {
            assertThat(n.getAriaRole()).isEqualTo("navigation");
            assertThat(n.getAccessibleName()).as("name of a nav on %s", page).isNotBlank();
        });

        // Breadcrumbs: a named nav with a list; the last crumb is the current page and is not a link.
        WebElement crumbs = find("nav.breadcrumbs");
        assertThat(crumbs.getAccessibleName()).isEqualTo("当前位置");
        List<WebElement> items = crumbs.findElements(By.cssSelector("ol > li"));
        assertThat(items).as("crumbs on %s", page).isNotEmpty();
        WebElement last = items.get(items.size() - 1);
        assertThat(last.findElements(By.cssSelector("[aria-current='page']"))).as("aria-current on the last crumb of %s", page).hasSize(1);
        assertThat(last.findElements(By.tagName("a"))).isEmpty();
        assertThat(crumbs.findElements(By.cssSelector("[aria-current]"))).hasSize(1);
        for (WebElement item : items.subList(0, items.size() - 1)) {
            assertThat(item.findElements(By.cssSelector("a[href]"))).as("crumbs before the last are links on %s", page).hasSize(1);
        }

        // Headings: one h1 first, then never a skipped level.
        @SuppressWarnings("unchecked")
        List<Number> levels = (List<Number>) js(
                "return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => +h.tagName[1]);");
        assertThat(levels).as("heading levels of %s", page).isNotEmpty();
        assertThat(levels.get(0).intValue()).as("first heading of %s", page).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l.intValue() == 1).count()).as("h1 count on %s", page).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i).intValue()).as("heading %d of %s after an h%d (levels %s)", i + 1, page, levels.get(i - 1), levels)
                    .isLessThanOrEqualTo(levels.get(i - 1).intValue() + 1);
        }
        assertThat(find("h1").isDisplayed()).isTrue();
        assertThat(find("main").findElements(By.tagName("h1"))).as("the h1 is in main on %s", page).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void tablesHaveCaptionsAndTabularFigures(String page) {
        open(page);
        List<WebElement> tables = driver.findElements(By.tagName("table"));
        // The glossary is prose and the search page a form with links to the years; every other page presents its data in tables.
        if (!List.of("glossary.html", "search.html").contains(Pages.path(page))) {
            assertThat(tables).as("tables on %s", page).isNotEmpty();
        }
        for (WebElement table : tables) {
            assertThat(table.findElement(By.tagName("caption")).getText()).as("caption of a table on %s", page).isNotBlank();
            assertThat(table.getCssValue("font-variant-numeric")).as("figures in a table on %s", page).contains("tabular-nums");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#projectPages")
    void everyIndicatorCellAnnouncesItsThreeLevels(String page) {
        open(page);
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) js("""
                const out = [];
                const table = document.querySelector('table.indicators');
                const column = text => [...table.querySelectorAll('thead th')].find(th => th.textContent.trim() === text);
                const levels = ['一级指标', '二级指标', '三级指标'].map(column);
                if (levels.some(c => !c || !c.id)) return ['the 一级/二级/三级 column headers need ids'];
                const cells = [...table.querySelectorAll('tbody td')];
                if (cells.length === 0) out.push('no indicator cells');
                for (const td of cells) {
                  const what = '"' + td.textContent.trim().slice(0, 20) + '"';
                  const ids = (td.getAttribute('headers') || '').split(/\\s+/).filter(Boolean);
                  if (ids.length === 0) { out.push(what + ' has no headers'); continue; }
                  const headers = ids.map(id => document.getElementById(id));
                  if (headers.some(h => !h || h.tagName !== 'TH')) { out.push(what + ' refers to a missing header: ' + ids); continue; }
                  levels.forEach((col, i) => {
                    const row = headers.some(h => h !== col && (h.getAttribute('headers') || '').split(/\\s+/).includes(col.id));
                    if (!row) out.push(what + ' does not name its ' + col.textContent + ' (headers="' + ids.join(' ') + '")');
                  });
                }
                return out;
                """);
        assertThat(problems).as("indicator cells of %s", page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#projectPages")
    void comparisonSymbolsHaveWordsForScreenReaders(String page) {
        open(page);
        Map<String, String> words = Map.of("≥", "不低于", "≤", "不超过", ">", "高于", "<", "低于", "＞", "高于", "＜", "低于");
        List<WebElement> values = driver.findElements(By.cssSelector("table.indicators td.value"));
        assertThat(values).isNotEmpty();
        int symbols = 0;
        for (WebElement value : values) {
            String shown = (String) js("return arguments[0].textContent;", value);
            String symbol = words.keySet().stream().filter(shown::startsWith).findFirst().orElse(null);
            if (symbol == null) {
                continue;
            }
            symbols++;
            List<WebElement> hiddenSymbol = value.findElements(By.cssSelector("[aria-hidden='true']"));
            assertThat(hiddenSymbol).as("%s on %s: the symbol is hidden from screen readers", shown, page).hasSize(1);
            String visible = hiddenSymbol.get(0).getText();
            List<WebElement> spoken = value.findElements(By.cssSelector(".visually-hidden"));
            assertThat(spoken).as("%s on %s: spoken form", shown, page).hasSize(1);
            String text = (String) js("return arguments[0].textContent;", spoken.get(0));
            assertThat(text).as("spoken form of %s", visible).isEqualTo(words.get(symbol) + visible.substring(symbol.length()));
            // What assistive technology gets is the spoken form.
            assertThat(value.getAccessibleName()).as("accessible name of the cell %s", visible).doesNotContain(symbol);
        }
        if (page.equals(BundledSite.PROJECT_PAGE)) {
            assertThat(symbols).as("values with ≥ or ≤ on %s", page).isGreaterThanOrEqualTo(2);
            assertThat(find("main").getText()).contains("不低于95%");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void lineHeightIsAtLeastOneAndAHalf(String page) {
        open(page);
        assertThat(tightLines()).as("text with line height below 1.5 on %s", page).isEmpty();
        clickLargeTextToggle();
        assertThat(tightLines()).as("text with line height below 1.5 on %s in the large-text mode", page).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void targetsAreAtLeast24PixelsOrSpacedApart(String page) {
        open(page);
        for (int width : new int[] {1280, 320}) {
            viewport(width, 800);
            assertThat(smallTargets()).as("targets too small and too close on %s at %d px", page, width).isEmpty();
        }
        clickLargeTextToggle();
        viewport(320, 800);
        assertThat(smallTargets()).as("targets too small and too close on %s at 320 px, large text", page).isEmpty();
    }

    private List<String> roles(String tag) {
        return driver.findElements(By.tagName(tag)).stream().map(WebElement::getAriaRole).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> tightLines() {
        return (List<String>) js(TIGHT_LINES);
    }

    @SuppressWarnings("unchecked")
    private List<String> smallTargets() {
        return (List<String>) js(SMALL_TARGETS);
    }
}
