package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The repository's own {@code content/} (Maven runs tests from the project root) is valid and complete. */
class BundledContentTest {

    private static final Gongkai.CheckResult RESULT = Gongkai.check(Path.of("content"));

    @Test
    void validatesWithoutASingleDiagnostic() {
        assertThat(RESULT.diagnostics().sorted()).isEmpty();
        assertThat(RESULT.site()).isPresent();
    }

    @Test
    void holdsOneYearWithOneUnitAndItsSixProjectsInDisclosureOrder() {
        Site site = RESULT.site().orElseThrow();

        assertThat(site.years()).extracting(FiscalYear::year).containsExactly(2022);
        FiscalYear year = site.years().get(0);
        assertThat(year.framework().id()).isEqualTo("output-benefit-satisfaction");
        assertThat(year.units()).extracting(Unit::code, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("425001", "唐山市丰润区融媒体中心本级"));
        Unit unit = year.units().get(0);
        assertThat(unit.department()).contains("唐山市丰润区融媒体中心");
        assertThat(unit.goals()).hasSize(5);
        assertThat(unit.projects()).extracting(Project::order, Project::code, Project::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "13020822P00908810002X", "融媒体中心运行维护费"),
                org.assertj.core.groups.Tuple.tuple(2, "13020822P00864910002J", "更换牌匾及门口修缮（21年借款）"),
                org.assertj.core.groups.Tuple.tuple(3, "13020822P00908310002H", "联通公司MSTP专线费"),
                org.assertj.core.groups.Tuple.tuple(4, "13020822P00909210001F", "融媒体中心西办公楼防水及门面改造"),
                org.assertj.core.groups.Tuple.tuple(5, "13020822P00947710001C", "用创收收入偿还历史债务"),
                org.assertj.core.groups.Tuple.tuple(6, "13020822P009335100020", "自筹人员经费（预留）"));
    }

    /** The test fixture's settings and frameworks are copies of the bundled ones; a change to either shows here. */
    @ParameterizedTest
    @ValueSource(strings = {"site.yaml", "frameworks/output-benefit-satisfaction.yaml",
        "frameworks/output-cost-benefit-satisfaction.yaml", "2022/year.yaml"})
    void theTestFixtureCopiesTheBundledFile(String path, @TempDir Path tmp) throws IOException {
        Path copy = ContentFixture.valid().writeTo(tmp).resolve(path);

        // The fixture follows the standard form (no form: line), so that its projects may show every optional column;
        // the bundled year chooses the bundled form, which prints the same table.
        String bundled = Files.readString(Path.of("content").resolve(path), StandardCharsets.UTF_8)
                .replaceAll("(?m)^# 本年度采用的表式.*\n^form: hebei-fengrun\n", "");
        assertThat(Files.readString(copy, StandardCharsets.UTF_8)).isEqualTo(bundled);
    }

    @Test
    void keepsAmountsAsWritten() {
        Project first = RESULT.site().orElseThrow().years().get(0).units().get(0).projects().get(0);

        assertThat(first.code()).isEqualTo("13020822P00908810002X");
        assertThat(first.budget().total().text()).isEqualTo("30.00");
        assertThat(first.budget().total().value()).isEqualByComparingTo(new BigDecimal("30"));
        assertThat(first.budget().fiscal().orElseThrow().text()).isEqualTo("30.00");
        assertThat(first.budget().other()).isEmpty();
        assertThat(first.indicators()).hasSize(6);
    }
}
