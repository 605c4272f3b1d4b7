package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * With JavaScript switched off in the browser every page still shows all its content (the same text as with
 * scripts), and the controls that need scripts (large text, read aloud) are not shown.
 */
class NoScriptTest extends BrowserTest {

    private Chrome withScripts;

    @Override
    boolean javascript() {
        return false;
    }

    @BeforeAll
    void startSecondBrowser() {
        withScripts = Chrome.start(true);
    }

    @AfterAll
    void stopSecondBrowser() {
        if (withScripts != null) {
            withScripts.close();
        }
    }

    @Test
    void scriptsReallyAreOff() throws Exception {
        Path probe = Files.createTempFile("gongkai-noscript-", ".html");
        try {
            Files.writeString(probe, "<!DOCTYPE html><title>t</title><p id=p>off</p>"
                    + "<script>document.getElementById('p').textContent = 'on';</script>");
            driver.get(probe.toUri().toString());
            assertThat(driver.findElement(By.id("p")).getText()).as("a page script in the browser without JavaScript").isEqualTo("off");
            withScripts.driver().get(probe.toUri().toString());
            assertThat(withScripts.driver().findElement(By.id("p")).getText()).as("the same script with JavaScript").isEqualTo("on");
        } finally {
            Files.deleteIfExists(probe);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void everyPageIsCompleteWithoutJavaScript(String page) {
        open(page);
        ChromeDriver on = withScripts.driver();
        on.get(Pages.url(page));

        assertThat(on.findElement(By.id("large-text-toggle")).isDisplayed()).as("the toggle with scripts on").isTrue();

        // The sort and filter controls of project tables exist only with scripts (TablesNoScriptTest).
        on.executeScript("document.querySelectorAll('.table-tools').forEach(e => { e.hidden = true; });");
        String without = driver.findElement(By.tagName("main")).getText();
        String with = on.findElement(By.tagName("main")).getText();
        assertThat(without).as("text of main on %s", page).isNotBlank().isEqualTo(with);
        for (String part : new String[] {".site-title", ".breadcrumbs", ".site-footer"}) {
            assertThat(driver.findElement(By.cssSelector(part)).getText()).as("%s of %s", part, page)
                    .isNotBlank().isEqualTo(on.findElement(By.cssSelector(part)).getText());
        }
        assertThat(driver.getTitle()).isEqualTo(on.getTitle());

        assertThat(driver.findElement(By.id("large-text-toggle")).isDisplayed()).as("大字号 toggle without scripts on %s", page).isFalse();
        assertThat(driver.findElement(By.id("read-aloud")).isDisplayed()).as("朗读 controls without scripts on %s", page).isFalse();
        assertThat(driver.findElements(By.cssSelector("#read-aloud button")).stream().noneMatch(b -> b.isDisplayed()))
                .as("no 朗读 button is shown without scripts on %s", page).isTrue();
    }
}
