package gongkai.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 朗读 (read aloud) with the browser's speech synthesis. Headless Chromium has no voices, so the Web Speech API
 * is replaced, before any page script runs, by a stub that records what it is asked to do in
 * {@code window.__spoken} and finishes each utterance asynchronously after a delay (pausing stops the clock).
 * Everything else, the page, its script and the clicks, is real.
 */
class ReadAloudTest extends BrowserTest {

    /** Records speak/pause/resume/cancel; utterances end one after another, {@code DELAY} ms each. */
    private static final String STUB = """
            (function () {
              var log = [];
              window.__spoken = log;
              var voices = VOICES;
              var delay = DELAY;
              var queue = [], paused = false, timer = null;
              function Utterance(text) {
                this.text = String(text === undefined ? '' : text);
                this.lang = ''; this.voice = null; this.rate = 1; this.pitch = 1; this.volume = 1;
                this.onstart = null; this.onend = null; this.onerror = null;
              }
              function finishNext() {
                timer = null;
                if (paused || queue.length === 0) return;
                var u = queue.shift();
                log.push({call: 'end', text: u.text});
                if (typeof u.onend === 'function') u.onend({type: 'end', utterance: u});
                schedule();
              }
              function schedule() {
                if (timer === null && !paused && queue.length > 0) timer = setTimeout(finishNext, delay);
              }
              function stopClock() {
                if (timer !== null) { clearTimeout(timer); timer = null; }
              }
              var synth = {
                get speaking() { return queue.length > 0; },
                get pending() { return queue.length > 1; },
                get paused() { return paused; },
                onvoiceschanged: null,
                getVoices: function () { return voices.slice(); },
                speak: function (u) {
                  log.push({call: 'speak', text: u.text, lang: u.lang, voice: u.voice ? u.voice.name : null});
                  queue.push(u);
                  schedule();
                },
                pause: function () { log.push({call: 'pause'}); paused = true; stopClock(); },
                resume: function () { log.push({call: 'resume'}); paused = false; schedule(); },
                cancel: function () { log.push({call: 'cancel'}); queue = []; paused = false; stopClock(); },
                addEventListener: function () {},
                removeEventListener: function () {}
              };
              Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
              window.SpeechSynthesisUtterance = Utterance;
            })();
            """;

    /** A browser without the Web Speech API at all. */
    private static final String NO_SPEECH = """
            Object.defineProperty(window, 'speechSynthesis', {value: undefined, configurable: true});
            Object.defineProperty(window, 'SpeechSynthesisUtterance', {value: undefined, configurable: true});
            """;

    private static final String CHINESE = "[{lang: 'zh-CN', name: 'stub', voiceURI: 'stub', localService: true, 'default': true}]";
    private static final String ENGLISH = "[{lang: 'en-US', name: 'stub-en', voiceURI: 'stub-en', localService: true, 'default': true}]";

    /**
     * The text nodes of main a listener must hear, in document order: everything except what is hidden from
     * assistive technology (aria-hidden) or not rendered.
     */
    private static final String MAIN_TEXTS = """
            const out = [];
            const walker = document.createTreeWalker(document.getElementById('main'), NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const e = n.parentElement;
              if (e.closest('[aria-hidden="true"], [hidden], script')) continue;
              if (n.nodeValue.trim()) out.push(n.nodeValue);
            }
            return out;
            """;

    private final List<Object> scripts = new ArrayList<>();

    /** Adds a script that runs in every document before the page's own scripts. */
    private void beforePageScripts(String source) {
        scripts.add(cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source)).get("identifier"));
    }

    private void stub(String voices, int delayMillis) {
        beforePageScripts(STUB.replace("VOICES", voices).replace("DELAY", Integer.toString(delayMillis)));
    }

    @AfterEach
    void removeStubs() {
        for (Object id : scripts) {
            cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id));
        }
        scripts.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gongkai.browser.Pages#pages")
    void readsTheMainContentInOrderInChinese(String page) {
        stub(CHINESE, 60_000);
        open(page);
        assertThat(button("play").isDisplayed()).as("朗读 button on %s", page).isTrue();
        assertThat(button("play").getText()).isEqualTo("朗读");
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) js(MAIN_TEXTS);

        button("play").click();
        List<Map<String, Object>> speaks = calls("speak");
        assertThat(speaks).as("utterances on %s", page).isNotEmpty();
        for (Map<String, Object> s : speaks) {
            assertThat(s.get("lang")).as("language of %s", s.get("text")).isEqualTo("zh-CN");
            assertThat(s.get("voice")).as("voice of %s", s.get("text")).isEqualTo("stub");
        }
        String spoken = normal(String.join("", speaks.stream().map(s -> (String) s.get("text")).toList()));
        int at = 0;
        for (String text : expected) {
            String t = normal(text);
            if (t.isEmpty()) {
                continue;
            }
            int found = spoken.indexOf(t, at);
            assertThat(found).as("%s: \"%s\" is read after what comes before it (from position %d of the spoken text)", page, text.strip(), at)
                    .isGreaterThanOrEqualTo(0);
            at = found + t.length();
        }
        assertThat(spoken).as("symbols hidden from assistive technology are not read on %s", page).doesNotContain("≥", "≤");
        assertThat(spoken).as("the read-aloud controls are not read").doesNotContain("暂停", "大字号");
    }

    @Test
    void readsComparatorsInWordsAndPausesResumesAndStops() {
        stub(CHINESE, 60_000);
        open(BundledSite.PROJECT_PAGE);
        assertThat(visible()).containsExactly("play");

        button("play").click();
        String spoken = String.join("", calls("speak").stream().map(s -> (String) s.get("text")).toList());
        assertThat(spoken).contains("不低于95%", "不超过93209.07元").doesNotContain("≥95%");
        assertThat(visible()).as("buttons while reading").containsExactly("pause", "stop");
        assertThat(status()).isEqualTo("开始朗读");

        button("pause").click();
        assertThat(lastCall()).isEqualTo("pause");
        assertThat(visible()).as("buttons while paused").containsExactly("resume", "stop");
        assertThat(status()).isEqualTo("已暂停");

        button("resume").click();
        assertThat(lastCall()).isEqualTo("resume");
        assertThat(visible()).as("buttons after 继续").containsExactly("pause", "stop");

        button("stop").click();
        assertThat(lastCall()).isEqualTo("cancel");
        assertThat(visible()).as("buttons after 停止").containsExactly("play");
        assertThat(status()).isEqualTo("已停止");
    }

    @Test
    void offersToReadAgainWhenFinished() {
        stub(CHINESE, 5);
        open(BundledSite.PROJECT_PAGE);
        button("play").click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> visible().equals(List.of("play")));
        assertThat(status()).isEqualTo("朗读结束");
        assertThat(calls("end")).hasSameSizeAs(calls("speak"));
    }

    @Test
    void usableWithTheKeyboardOnly() {
        stub(CHINESE, 60_000);
        open(BundledSite.UNIT);
        for (int i = 0; i < 10 && !"play".equals(js("return document.activeElement.getAttribute('data-action');")); i++) {
            press(Keys.TAB);
        }
        assertThat(js("return document.activeElement.textContent;")).as("朗读 is reached with Tab").isEqualTo("朗读");
        press(Keys.ENTER);
        assertThat(calls("speak")).isNotEmpty();
        // The pressed button is hidden now; focus moves to the next visible one instead of being lost.
        assertThat(js("return document.activeElement.getAttribute('data-action');")).as("focus after 朗读").isEqualTo("pause");
        press(Keys.SPACE);
        assertThat(lastCall()).isEqualTo("pause");
        assertThat(js("return document.activeElement.getAttribute('data-action');")).as("focus after 暂停").isEqualTo("resume");
        press(Keys.ENTER);
        assertThat(lastCall()).isEqualTo("resume");
        press(Keys.TAB);
        assertThat(js("return document.activeElement.getAttribute('data-action');")).isEqualTo("stop");
        press(Keys.ENTER);
        assertThat(lastCall()).isEqualTo("cancel");
        assertThat(js("return document.activeElement.getAttribute('data-action');")).as("focus after 停止").isEqualTo("play");
    }

    @Test
    void hiddenWhenTheBrowserHasOnlyAnEnglishVoice() {
        stub(ENGLISH, 60_000);
        open(BundledSite.PROJECT_PAGE);
        assertThat(js("return window.speechSynthesis.getVoices()[0].lang;")).isEqualTo("en-US");
        assertThat(find("#read-aloud").isDisplayed()).as("朗读 controls without a Chinese voice").isFalse();
        assertThat(button("play").isDisplayed()).isFalse();
    }

    @Test
    void hiddenWhenTheBrowserHasNoSpeechSynthesis() {
        beforePageScripts(NO_SPEECH);
        open(BundledSite.PROJECT_PAGE);
        assertThat(js("return typeof window.speechSynthesis;")).isEqualTo("undefined");
        assertThat(find("#read-aloud").isDisplayed()).as("朗读 controls without speech synthesis").isFalse();
        assertThat(button("play").isDisplayed()).isFalse();
        // The rest of the page's script still works.
        assertThat(find("#large-text-toggle").isDisplayed()).isTrue();
    }

    private WebElement button(String action) {
        return find("#read-aloud button[data-action='" + action + "']");
    }

    /** The actions of the read-aloud buttons that are visible, in order. */
    private List<String> visible() {
        return find("#read-aloud").findElements(org.openqa.selenium.By.cssSelector("button")).stream()
                .filter(WebElement::isDisplayed).map(b -> b.getAttribute("data-action")).toList();
    }

    private String status() {
        return (String) js("return document.getElementById('read-aloud-status').textContent;");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> calls(String kind) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) js("return window.__spoken;");
        return all.stream().filter(c -> kind.equals(c.get("call"))).toList();
    }

    @SuppressWarnings("unchecked")
    private String lastCall() {
        List<Map<String, Object>> all = (List<Map<String, Object>>) js("return window.__spoken;");
        return (String) all.get(all.size() - 1).get("call");
    }

    private void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    /** Text without white space and the pauses (，。) the reader inserts between cells and blocks. */
    private static String normal(String text) {
        return text.replaceAll("[\\s，。]", "");
    }
}
