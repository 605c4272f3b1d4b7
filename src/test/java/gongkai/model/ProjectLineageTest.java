package gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.check.YearsFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which earlier project a project continues: by {@code continues} first, then by the same unit and name. */
class ProjectLineageTest {

    @TempDir
    Path tmp;

    private Site site(ContentFixture fixture) {
        Gongkai.CheckResult result = Gongkai.check(fixture.writeTo(tmp));
        assertThat(result.diagnostics().sorted()).as("fixture is valid").isEmpty();
        return result.site().orElseThrow();
    }

    private static Project project(Site site, int year, String code) {
        return unit(site, year).projects().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private static Unit unit(Site site, int year) {
        return site.years().stream().filter(y -> y.year() == year).findFirst().orElseThrow().units().get(0);
    }

    /** The chain of a project as "year code how", the nearest year first. */
    private static List<String> chain(Site site, int year, String code) {
        return ProjectLineage.of(site).earlier(year, unit(site, year), project(site, year, code)).stream()
                .map(l -> l.entry().year() + " " + l.entry().project().code() + " " + l.match())
                .toList();
    }

    @Test
    void followsNamesAndContinuesOverSeveralYears() {
        Site site = site(YearsFixture.threeYears());

        // 2022 → 2021 by the same name; 2021 → 2020 by its continues field.
        assertThat(chain(site, 2022, "13020822P00908810002X")).containsExactly(
                "2021 13020821P00908810002X SAME_NAME", "2020 13020820P00908810002X CONTINUES");
        // Renamed (门口修缮 → 更换牌匾及门口修缮（21年借款）): found by continues only.
        assertThat(chain(site, 2022, "13020822P00864910002J")).containsExactly("2021 13020821P00864910001K CONTINUES");
        assertThat(chain(site, 2021, "13020821P00111110001A")).isEmpty();
        assertThat(chain(site, 2020, "13020820P00908810002X")).isEmpty();
    }

    @Test
    void aRenamedProjectWithoutContinuesIsNotMatched() {
        Site site = site(ContentFixture.valid().with(YearsFixture.EARLIER_YEARS));

        assertThat(chain(site, 2022, "13020822P00864910002J")).isEmpty();
        assertThat(chain(site, 2022, "13020822P00908810002X")).hasSize(2);
    }

    @Test
    void aNameIsNotMatchedWhenTwoEarlierProjectsShareIt() {
        ContentFixture f = YearsFixture.threeYears();
        f.with(YearsFixture.C_2021, f.text(YearsFixture.C_2021).replace("name: 旧设备处置", "name: 融媒体中心运行维护费"));
        Site site = site(f);

        assertThat(chain(site, 2022, "13020822P00908810002X")).isEmpty();
    }

    @Test
    void aNameIsNotMatchedToAProjectThatAnotherProjectContinues() {
        ContentFixture f = YearsFixture.threeYears();
        // 更换牌匾… now claims the 2021 运行维护费 project, so 2022 运行维护费 must not also take it by its name.
        f.with(ContentFixture.PROJECT_2, f.text(ContentFixture.PROJECT_2)
                .replace("continues: 13020821P00864910001K", "continues: 13020821P00908810002X"));
        Site site = site(f);

        assertThat(chain(site, 2022, "13020822P00864910002J").get(0)).isEqualTo("2021 13020821P00908810002X CONTINUES");
        assertThat(chain(site, 2022, "13020822P00908810002X")).isEmpty();
    }

    @Test
    void continuesMayNameAProjectOfAnyEarlierYear() {
        ContentFixture f = YearsFixture.threeYears();
        f.with(ContentFixture.PROJECT_1, f.text(ContentFixture.PROJECT_1) + "continues: 13020820P00908810002X\n");
        Site site = site(f);

        assertThat(chain(site, 2022, "13020822P00908810002X")).containsExactly("2020 13020820P00908810002X CONTINUES");
    }
}
