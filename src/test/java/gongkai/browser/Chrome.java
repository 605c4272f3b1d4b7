package gongkai.browser;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: the driver and the
 * browser are given by path, so Selenium Manager is never asked to find (or fetch) either. Each session has a
 * fresh profile folder, removed when it quits.
 */
public final class Chrome implements AutoCloseable {

    /** Debian's Chromium; another path can be given with {@code -Dgongkai.chromium=…}. */
    public static final Path CHROMIUM = Path.of(System.getProperty("gongkai.chromium", "/usr/bin/chromium"));
    /** Debian's chromedriver (package chromium-driver); another path with {@code -Dgongkai.chromedriver=…}. */
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("gongkai.chromedriver", "/usr/bin/chromedriver"));

    /** The window of every session; tests change the viewport with CDP emulation, not the window. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 900;

    private final ChromeDriver driver;
    private final Path profile;

    private Chrome(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A headless session with JavaScript on. */
    public static Chrome start() {
        return start(true);
    }

    /**
     * A headless session. Fails (never skips) when Chromium or chromedriver is not installed: the test command
     * installs both.
     */
    public static Chrome start(boolean javascript) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("gongkai-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--lang=zh-CN", "--force-device-scale-factor=1");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
            return new Chrome(driver, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw new AssertionError("Chromium 未能启动 / Chromium did not start: " + e.getMessage(), e);
        }
    }

    /** Fails with a message in Chinese and English when the browser or its driver is missing. */
    static void requireInstalled() {
        requireInstalled(CHROMIUM, CHROMEDRIVER);
    }

    static void requireInstalled(Path chromium, Path chromedriver) {
        StringBuilder missing = new StringBuilder();
        if (!executable(chromium)) {
            missing.append(' ').append(chromium).append("（软件包 chromium）");
        }
        if (!executable(chromedriver)) {
            missing.append(' ').append(chromedriver).append("（软件包 chromium-driver）");
        }
        if (missing.length() > 0) {
            throw new AssertionError("浏览器测试需要 Chromium 和 chromedriver，但找不到：" + missing
                    + "。请运行 scripts/test.sh（它会用 apt-get 安装 chromium 和 chromium-driver）。"
                    + " / The browser tests need Chromium and chromedriver, which are missing: run scripts/test.sh"
                    + " (it installs the Debian packages chromium and chromium-driver).");
        }
    }

    private static boolean executable(Path file) {
        File f = file.toFile();
        return f.isFile() && f.canExecute();
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A profile folder left behind in /tmp is harmless.
        }
    }
}
