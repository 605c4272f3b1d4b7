package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The large-text, high-contrast mode (适老化): the toggle switches it, the page's text grows, and the choice is
 * remembered on the device in localStorage, without cookies, across reloads and pages.
 */
class LargeTextTest extends BrowserTest {

    @Test
    void toggleSwitchesModeAndTheChoiceIsRememberedWithoutCookies() {
        open(BundledSite.PROJECT_PAGE);
        assertThat(largeTextOn()).as("large-text mode is off at first").isFalse();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("false");
        double root = px("return getComputedStyle(document.documentElement).fontSize;");
        double cell = px("return getComputedStyle(document.querySelector('.indicators td')).fontSize;");

        clickLargeTextToggle();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(px("return getComputedStyle(document.documentElement).fontSize;"))
                .as("root font size in the large-text mode").isGreaterThanOrEqualTo(root * 1.25);
        assertThat(px("return getComputedStyle(document.querySelector('.indicators td')).fontSize;"))
                .as("table text size in the large-text mode").isGreaterThanOrEqualTo(cell * 1.25);
        assertThat(js("return getComputedStyle(document.body).color;")).as("text colour in high contrast").isEqualTo("rgb(0, 0, 0)");
        assertThat(js("return window.localStorage.getItem(arguments[0]);", LARGE_TEXT_KEY)).isEqualTo("1");
        assertThat(js("return document.cookie;")).as("no cookie is set").isEqualTo("");

        driver.navigate().refresh();
        assertThat(largeTextOn()).as("large-text mode after a reload").isTrue();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("true");

        open(BundledSite.HOME);
        assertThat(largeTextOn()).as("large-text mode on another page").isTrue();
        assertThat(find("#large-text-toggle").getAttribute("aria-pressed")).isEqualTo("true");

        find("#large-text-toggle").click();
        assertThat(largeTextOn()).as("large-text mode after clicking again").isFalse();
        assertThat(js("return window.localStorage.getItem(arguments[0]);", LARGE_TEXT_KEY)).isNull();
        driver.navigate().refresh();
        assertThat(largeTextOn()).as("normal mode is remembered too").isFalse();
        assertThat(px("return getComputedStyle(document.documentElement).fontSize;")).isEqualTo(root);
        assertThat(js("return document.cookie;")).as("no cookie is set").isEqualTo("");
    }

    @Test
    void rememberedModeIsAppliedBeforeTheBodyExists() {
        open(BundledSite.UNIT);
        clickLargeTextToggle();
        // Records whether <html> has the class at the moment <body> is first seen, so the page never flashes small.
        Map<String, Object> added = cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                new MutationObserver((records, observer) => {
                  if (document.body) {
                    window.__largeAtBody = document.documentElement.classList.contains('large-text');
                    observer.disconnect();
                  }
                }).observe(document, {childList: true, subtree: true});
                """));
        try {
            driver.navigate().refresh();
            assertThat(js("return window.__largeAtBody;")).as("html.large-text when <body> is created").isEqualTo(true);
        } finally {
            cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", added.get("identifier")));
        }
    }

    @Test
    void pressedStateIsShownByMoreThanColour() {
        open(BundledSite.HOME);
        String off = shape();
        String name = find("#large-text-toggle").getAccessibleName();
        // Pressed with the keyboard, so that no hover style (underline) is part of the comparison.
        find("#large-text-toggle").sendKeys(Keys.ENTER);
        assertThat(largeTextOn()).isTrue();
        assertThat(shape()).as("the toggle's look apart from colour, pressed and not pressed").isNotEqualTo(off);
        assertThat(find("#large-text-toggle").getAccessibleName()).as("the accessible name does not change").isEqualTo(name);
    }

    /** Everything of the toggle's look except its colours: generated content, borders, weight, decoration. */
    private String shape() {
        return (String) js("""
                const t = document.getElementById('large-text-toggle');
                const s = getComputedStyle(t), before = getComputedStyle(t, '::before'), after = getComputedStyle(t, '::after');
                return [before.content, after.content, s.borderTopWidth, s.borderTopStyle, s.fontWeight, s.textDecorationLine,
                        s.fontStyle, t.textContent].join(' | ');
                """);
    }

    private double px(String script) {
        return Double.parseDouble(((String) js(script)).replace("px", ""));
    }
}
