package gongkai.serve;

import static gongkai.serve.Preview.PROJECT;
import static gongkai.serve.Preview.PROJECT_PAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * The preview in a real browser (Debian's headless Chromium through its chromedriver, given by path so that
 * nothing is downloaded): the open page reloads by itself after a save, a content error appears in a dialog that
 * has focus and closes with Esc, and the dialog goes away once the error is fixed. Also measures the time from
 * saving a file to the reloaded page having loaded in the browser.
 */
class BrowserReloadTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));
    private static final String BUDGET = "  total: 30.00    # 预算数\n  fiscal: 30.00   # 其中：财政资金";

    @TempDir
    Path tmp;

    private ChromeDriver chromium() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + "（软件包 chromium；scripts/test.sh 会安装）").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as(CHROMEDRIVER + "（软件包 chromium-driver；scripts/test.sh 会安装）").isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=zh-CN",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogOutput(OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(10)).scriptTimeout(Duration.ofSeconds(10));
        return driver;
    }

    private static Object js(ChromeDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Polls every 10 ms, for at most 10 s. */
    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Preview.WAIT.toNanos();
        while (!Boolean.TRUE.equals(condition.get())) {
            assertThat(System.nanoTime()).as("waiting until " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Opens a page of the preview and waits until its script listens for reloads. */
    private static void open(ChromeDriver driver, Preview p, String path) throws InterruptedException {
        driver.get(p.uri(path).toString());
        listening(driver);
    }

    /** Waits until the page's script is connected to the event stream, and marks the page to notice a reload. */
    private static void listening(ChromeDriver driver) throws InterruptedException {
        await("the page listens for reloads", () -> Boolean.TRUE.equals(js(driver,
                "return document.documentElement.getAttribute('data-gongkai-preview') === 'connected'")));
        js(driver, "window.gongkaiTestMarker = true");
    }

    private static boolean reloaded(ChromeDriver driver) {
        return Boolean.TRUE.equals(js(driver, "return window.gongkaiTestMarker === undefined && document.readyState === 'complete'"));
    }

    private static boolean dialogOpen(ChromeDriver driver) {
        return Boolean.TRUE.equals(js(driver, "var d = document.getElementById('gongkai-overlay'); return !!d && d.open"));
    }

    @Test
    void theOpenPageReloadsAndAContentErrorIsShownInAnAccessibleDialog() throws Exception {
        try (Preview p = Preview.start(tmp, false)) {
            ChromeDriver driver = chromium();
            try {
                open(driver, p, PROJECT_PAGE);
                p.edit(PROJECT, BUDGET, BUDGET.replace("30.00", "31.50"));
                await("the page reloads by itself", () -> reloaded(driver));
                assertThat(driver.findElement(By.tagName("main")).getText()).contains("31.50");
                listening(driver);

                p.edit(PROJECT, "  - level1: 产出指标\n    level2: 数量指标", "  - levl1: 产出指标\n    level2: 数量指标");
                await("the error dialog opens", () -> dialogOpen(driver));
                WebElement dialog = driver.findElement(By.id("gongkai-overlay"));
                assertThat(dialog.getAttribute("role")).isEqualTo("alertdialog");
                assertThat(driver.findElement(By.id(dialog.getAttribute("aria-labelledby"))).getText()).isEqualTo("内容有错误，预览没有更新");
                assertThat(dialog.getText()).contains(PROJECT + ":27:5").contains("错误 GK113 [indicators[0].levl1]")
                        .contains("未知字段“levl1”。是不是想写“level1”？").contains("27 |   - levl1: 产出指标")
                        .contains("页面显示的是上次成功生成的网站");
                assertThat(dialog.findElement(By.tagName("mark")).getText()).as("the column is marked").isEqualTo("l");
                assertThat(js(driver, "return document.getElementById('gongkai-overlay').contains(document.activeElement)"))
                        .as("focus is in the dialog").isEqualTo(true);
                assertThat(driver.findElement(By.tagName("main")).getText()).as("the last good page is still there").contains("31.50");

                new Actions(driver).sendKeys(Keys.ESCAPE).perform();
                await("Esc closes the dialog", () -> !dialogOpen(driver));
                assertThat(driver.findElements(By.id("gongkai-overlay"))).isEmpty();

                driver.navigate().refresh();
                await("a page opened during the error shows it too", () -> dialogOpen(driver));
                listening(driver);

                p.edit(PROJECT, "  - levl1: 产出指标", "  - level1: 产出指标");
                await("the dialog goes away once the error is fixed", () -> driver.findElements(By.id("gongkai-overlay")).isEmpty());
                assertThat(js(driver, "return window.gongkaiTestMarker")).as("nothing changed, so no reload").isEqualTo(true);
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void measuresTheTimeFromSavingToTheReloadedPageInTheBrowser() throws Exception {
        measure(true);
    }

    @Test
    void measuresTheTimeFromSavingToTheReloadedPageInTheBrowserWithoutPdfs() throws Exception {
        measure(false);
    }

    private void measure(boolean pdf) throws Exception {
        List<Long> times = new ArrayList<>();
        try (Preview p = Preview.start(tmp, pdf)) {
            ChromeDriver driver = chromium();
            try {
                String previous = "30.00";
                open(driver, p, PROJECT_PAGE);
                for (int i = 1; i <= 10; i++) {
                    String amount = (30 + i) + ".75";
                    String text = p.read(PROJECT);
                    long saved = System.currentTimeMillis();
                    p.write(PROJECT, text.replace("total: " + previous, "total: " + amount).replace("fiscal: " + previous, "fiscal: " + amount));
                    await("the page reloads by itself", () -> reloaded(driver));
                    assertThat(driver.findElement(By.tagName("main")).getText()).contains(amount);
                    // When the reloaded document had been parsed, by the browser's own clock (the same wall clock).
                    double loaded = ((Number) js(driver, "return performance.timeOrigin"
                            + " + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")).doubleValue();
                    times.add(Math.round(loaded) - saved);
                    previous = amount;
                    listening(driver);
                }
            } finally {
                driver.quit();
            }
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "serve %s in Chromium: save → reloaded page loaded: median %d ms, max %d ms (each ms in order: %s)%n",
                pdf ? "with PDFs" : "--no-pdf", (sorted.get(4) + sorted.get(5)) / 2, sorted.get(9), times);
        assertThat(sorted.get(0)).as("the page loaded after the save").isPositive();
    }
}
