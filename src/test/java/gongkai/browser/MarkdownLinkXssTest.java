package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.model.Site;
import gongkai.render.LinkVectors;
import gongkai.render.PageRenderer;
import gongkai.render.UnsafeUnit;
import gongkai.view.Views;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The unit page with every vector of {@link LinkVectors#ATTACKS} in its Markdown, rendered through the real views
 * and templates with the checker bypassed, opened from a file in headless Chromium: clicking every link in the
 * Markdown runs no script, and every vector's text is shown. Fails (never skips) without Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MarkdownLinkXssTest {

    private Chrome chrome;
    private String pageUrl;

    @BeforeAll
    void renderAndStart(@TempDir Path tmp) throws Exception {
        Site site = UnsafeUnit.site(tmp.resolve("fixture"));
        Views.UnitPage page = UnsafeUnit.unitPage(site, LinkVectors.document(LinkVectors.ATTACKS));
        Path file = tmp.resolve("site").resolve(page.path());
        Files.createDirectories(file.getParent());
        Files.writeString(file, new PageRenderer(Path.of("templates")).render(page));
        pageUrl = file.toUri().toString();
        chrome = Chrome.start(true);
    }

    @AfterAll
    void stop() {
        if (chrome != null) {
            chrome.close();
        }
    }

    @Test
    void theProbeDetectsAScriptThatRan() {
        ChromeDriver driver = chrome.driver();
        driver.get(pageUrl);
        driver.executeScript("document.body.insertAdjacentHTML('beforeend', '<a id=probe href=\"javascript:" + LinkVectors.PAYLOAD
                + "\">probe</a>')");
        driver.findElement(By.id("probe")).click();
        assertThat(ran(driver)).as("a javascript: link clicked in this browser runs").isTrue();
    }

    @Test
    void clickingEveryMarkdownLinkRunsNoScript() {
        ChromeDriver driver = chrome.driver();
        driver.get(pageUrl);
        int links = driver.findElements(By.cssSelector(".prose a")).size();
        for (int i = 0; i < links; i++) {
            driver.get(pageUrl);
            WebElement link = driver.findElements(By.cssSelector(".prose a")).get(i);
            String href = link.getAttribute("href");
            link.click();
            if (driver.getCurrentUrl().equals(pageUrl)) {
                assertThat(ran(driver)).as(href).isFalse();
            }
        }
        driver.get(pageUrl);
        assertThat(ran(driver)).isFalse();
    }

    @Test
    void everyVectorShowsItsTextAndNoneIsAnUnsafeLink() {
        ChromeDriver driver = chrome.driver();
        driver.get(pageUrl);
        String text = driver.findElement(By.tagName("main")).getText();
        for (LinkVectors v : LinkVectors.ATTACKS) {
            assertThat(text).as(v.name()).contains(v.text());
        }
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) driver.executeScript(
                "return Array.from(document.querySelectorAll('.prose [href], .prose [src]'), e => e.getAttribute('href') || e.getAttribute('src'))");
        assertThat(hrefs).noneMatch(LinkVectors::unsafeHref);
        assertThat(driver.findElements(By.cssSelector(".prose img"))).isEmpty();
    }

    private static boolean ran(ChromeDriver driver) {
        return Boolean.TRUE.equals(driver.executeScript("return window.__xss === 1"));
    }
}
