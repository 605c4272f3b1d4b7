package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * One headless Chromium per test class, started before its first test and closed after its last. Between tests
 * the emulated viewport and media are reset and the site's remembered settings (localStorage) are cleared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    /** The localStorage key of the large-text mode (templates/static/site.js). */
    static final String LARGE_TEXT_KEY = "gongkai-large-text";

    private Chrome chrome;
    ChromeDriver driver;

    /** Whether the browser of this class runs scripts. */
    boolean javascript() {
        return true;
    }

    @BeforeAll
    void startBrowser() {
        chrome = Chrome.start(javascript());
        driver = chrome.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (chrome != null) {
            chrome.close();
        }
    }

    @AfterEach
    void resetBrowser() {
        if (driver == null) {
            return;
        }
        cdp("Emulation.clearDeviceMetricsOverride", Map.of());
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        if (javascript() && String.valueOf(driver.getCurrentUrl()).startsWith("file:")) {
            driver.executeScript("try { window.localStorage.clear(); } catch (e) {}");
        }
    }

    /** Opens a page of the bundled site, or of the large one ({@link Pages}). */
    void open(String page) {
        driver.get(Pages.url(page));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    Map<String, Object> cdp(String command, Map<String, Object> params) {
        return driver.executeCdpCommand(command, params);
    }

    /** Emulates a viewport of exactly this many CSS pixels (device scale 1) and checks that the page sees it. */
    void viewport(int width, int height) {
        cdp("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        assertThat(((Number) js("return window.innerWidth;")).intValue()).as("window.innerWidth").isEqualTo(width);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    boolean largeTextOn() {
        return Boolean.TRUE.equals(js("return document.documentElement.classList.contains('large-text');"));
    }

    /** Switches the large-text mode on with the page's own toggle, as a reader would. */
    void clickLargeTextToggle() {
        WebElement toggle = find("#large-text-toggle");
        assertThat(toggle.isDisplayed()).as("大字号·高对比 toggle is visible").isTrue();
        toggle.click();
        assertThat(largeTextOn()).as("html.large-text after clicking the toggle").isTrue();
    }
}
