package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GK410 and GK411 on the three-year fixture: when a {@code continues} is doubtful, and when there is nothing to check. */
class LineageCheckTest {

    @TempDir
    Path tmp;

    private List<Diagnostic> check(ContentFixture f) {
        return Gongkai.check(f.writeTo(tmp)).diagnostics().sorted();
    }

    /** The 2022 运行维护费 project with this {@code continues}. */
    private static ContentFixture continuing(ContentFixture f, String code) {
        return f.with(ContentFixture.PROJECT_1, f.text(ContentFixture.PROJECT_1) + "continues: " + code + "\n");
    }

    @Test
    void theThreeYearFixtureIsValid() {
        assertThat(check(YearsFixture.threeYears())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "13020822P00908810002X | 就是本项目自己的编码",
        "13020822P00864910002J | 是 2022 年度的项目（更换牌匾及门口修缮（21年借款）），不是更早年度的项目",
        "13020821P00908810003X | 在本单位 2021 年度的项目中找不到延续的项目编码“13020821P00908810003X”",
        "13020820P00908810009X | 在本单位 2020 年度的项目中找不到",
        "X123                  | 在本单位 2021 年度的项目中找不到",
    })
    void aCodeThatIsNotAnEarlierProjectOfTheUnitIsWarnedAbout(String code, String message) {
        List<Diagnostic> found = check(continuing(YearsFixture.threeYears(), code));
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.GK410);
        assertThat(found.get(0).message()).contains(message);
        assertThat(found.get(0).position().file()).isEqualTo("content/" + ContentFixture.PROJECT_1);
    }

    @Test
    void aCodeOfAnotherUnitIsWarnedAbout() {
        ContentFixture f = YearsFixture.threeYears();
        // The 2021 运行维护费 belongs to another unit, 425002.
        String project = f.text(YearsFixture.A_2021).replace("continues: 13020820P00908810002X\n", "");
        f.without(YearsFixture.A_2021);
        f.with(YearsFixture.unitFiles(2021).replace("2021/425001/", "2021/425002/").replace("code: \"425001\"", "code: \"425002\""));
        f.with("2021/425002/projects/13020821P00908810002X.yaml", project);
        List<Diagnostic> found = check(continuing(f, "13020821P00908810002X"));
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.GK410);
        assertThat(found.get(0).message()).contains("是另一个单位（425002）2021 年度的项目（融媒体中心运行维护费）");
    }

    @Test
    void aCodeOfAYearThatIsNotPublishedHereIsNotWarnedAbout() {
        // The valid fixture has 2022 only: the 2021 code cannot be checked, and is kept as written.
        assertThat(check(continuing(ContentFixture.valid(), "13020821P00908810002X"))).isEmpty();
        // With 2020 and 2021 present, a code of 2019 cannot be checked either.
        assertThat(check(continuing(YearsFixture.threeYears(), "13020819P00908810002X"))).isEmpty();
    }

    @Test
    void twoProjectsContinuingOneAreWarnedAboutOnce() {
        ContentFixture f = YearsFixture.threeYears();
        f.with(ContentFixture.PROJECT_2, f.text(ContentFixture.PROJECT_2).replace("13020821P00864910001K", "13020821P00908810002X"));
        List<Diagnostic> found = check(continuing(f, "13020821P00908810002X"));
        assertThat(found).extracting(Diagnostic::code).containsExactly(Code.GK411);
    }

    @Test
    void theYearOfACodeIsReadAfterTheRegion() {
        assertThat(LineageChecker.yearOf("13020821P00908810002X", Optional.of("130208"), 2022)).isEqualTo(OptionalInt.of(2021));
        assertThat(LineageChecker.yearOf("13020899P00908810002X", Optional.of("130208"), 2001)).isEqualTo(OptionalInt.of(1999));
        assertThat(LineageChecker.yearOf("13020821P00908810002X", Optional.empty(), 2022)).isEmpty();
        assertThat(LineageChecker.yearOf("X123", Optional.of("130208"), 2022)).isEmpty();
    }
}
