package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without Chromium or chromedriver the browser tests fail with a message that says what to do; they never skip. */
class MissingBrowserTest {

    @Test
    void missingBrowserOrDriverIsAFailureThatSaysHowToInstallThem() {
        Path nowhere = Path.of("/nonexistent/chromium");
        assertThatThrownBy(() -> Chrome.requireInstalled(nowhere, Chrome.CHROMEDRIVER))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/nonexistent/chromium（软件包 chromium）")
                .hasMessageContaining("请运行 scripts/test.sh")
                .hasMessageContaining("run scripts/test.sh");
        assertThatThrownBy(() -> Chrome.requireInstalled(Chrome.CHROMIUM, Path.of("/nonexistent/chromedriver")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("chromium-driver");
    }

    @Test
    void theInstalledBrowserAndDriverAreFound() {
        assertThatCode(Chrome::requireInstalled).doesNotThrowAnyException();
    }
}
