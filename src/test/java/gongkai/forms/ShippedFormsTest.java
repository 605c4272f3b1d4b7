package gongkai.forms;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.format.Column;
import gongkai.format.ProjectField;
import gongkai.model.Form;
import gongkai.model.Project;
import gongkai.model.Unit;
import gongkai.pdf.PdfText;
import gongkai.pdf.VeraPdf;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form shipped in {@code content/forms/} with a table typed as a region prints it
 * ({@code src/test/resources/forms/<form>.txt}; the bundled content is the fixture of {@code hebei-fengrun}): it
 * validates with {@code --strict} and no diagnostic, and the page and the PDF show the table with the form's title,
 * header labels and columns in the form's order, every row (the empty ones included) and every value as written. The
 * pages are also compared with reviewed golden files in {@code src/test/resources/golden/forms/}; regenerate them with
 * {@code -Dgolden.update=true} and review the diff.
 */
class ShippedFormsTest {

    static final Path PROJECT = FormSites.PROJECT;
    private static final Path GOLDEN = PROJECT.resolve("src/test/resources/golden/forms");

    static Stream<String> forms() {
        return FormSites.forms().stream();
    }

    static Gongkai.BuildResult build(String form) {
        return FormSites.build(form).result();
    }

    private static String read(Path p) {
        return FormSites.read(p);
    }

    private static int yearOf(Gongkai.BuildResult r, Unit u) {
        return r.check().site().orElseThrow().years().stream().filter(y -> y.units().contains(u)).findFirst().orElseThrow().year();
    }

    private static List<Unit> units(Gongkai.BuildResult r) {
        return r.check().site().orElseThrow().years().stream().flatMap(y -> y.units().stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theTypedTableValidatesStrictlyWithoutAnyDiagnostic(String form) throws Exception {
        Gongkai.BuildResult r = build(form);
        assertThat(r.check().diagnostics().sorted()).isEmpty();
        assertThat(r.written()).isTrue();
        assertThat(units(r)).as("the fixture uses the form").anyMatch(u -> u.form().id().equals(form));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void thePageShowsTheFormsTitleLabelsColumnsRowsAndValues(String form) throws Exception {
        Gongkai.BuildResult r = build(form);
        Path site = FormSites.build(form).site();
        for (Unit u : units(r)) {
            int year = yearOf(r, u);
            Form f = u.form();
            for (Project p : u.projects()) {
                Document page = Jsoup.parse(site.resolve(year + "/" + u.code() + "/projects/" + p.code() + ".html").toFile(), "UTF-8");
                assertThat(page.selectFirst("h1").text()).isEqualTo(f.project().title(p.name()));
                Element info = page.selectFirst("table.form");
                List<String> labels = info.select("th[scope=row], th[id]").eachText();
                for (Form.Field<ProjectField> field : f.project().fields()) {
                    if (field.key() != ProjectField.SPENDING_PLAN && field.key() != ProjectField.PURPOSE) {
                        assertThat(labels).as("header label of %s", field.key()).contains(field.heading());
                    }
                    p.text(field.key()).ifPresent(v -> assertThat(info.text()).contains(v));
                }
                for (ProjectField absent : ProjectField.values()) {
                    if (!f.project().has(absent) && absent != ProjectField.GOAL) {
                        assertThat(labels).as("no %s row in a form without it", absent).doesNotContain(absent.heading());
                    }
                }
                assertThat(info.text().contains("资金支出计划")).isEqualTo(f.project().has(ProjectField.SPENDING_PLAN));
                assertThat(page.select("figure, .chart-plan").isEmpty() || f.project().has(ProjectField.SPENDING_PLAN)).isTrue();

                Element table = page.selectFirst("table.indicators");
                assertThat(table.select("thead th").eachText())
                        .isEqualTo(f.project().indicators().columns().stream().filter(c -> !c.whenUsed()).map(Form.ColumnSpec::heading).toList());
                List<Element> rows = table.select("tbody tr");
                assertThat(rows).hasSize(p.indicators().size());
                for (int i = 0; i < rows.size(); i++) {
                    String rowText = rows.get(i).text();
                    for (Form.ColumnSpec c : f.project().indicators().columns()) {
                        if (c.column() != Column.LEVEL1 && c.column() != Column.LEVEL2) {
                            String v = p.indicators().get(i).text(c.column()).orElse("");
                            assertThat(rowText).as("row %d, %s", i, c.heading()).contains(v);
                        }
                    }
                    if (p.indicators().get(i).blank()) {
                        assertThat(rows.get(i).select("th[id$=-l3], td").eachText()).allMatch(t -> t.equals("空白"));
                    }
                }
            }
            u.table().ifPresent(t -> {
                Document page = parse(site.resolve(year + "/" + u.code() + "/index.html"));
                Element unitTable = page.select("table.indicators").first();
                assertThat(page.select("h3#unit-table").text()).isEqualTo(f.unitTable().orElseThrow().title());
                assertThat(unitTable.select("thead th").eachText())
                        .isEqualTo(f.unitTable().orElseThrow().indicators().columns().stream().map(Form.ColumnSpec::heading).toList());
                assertThat(unitTable.select("tbody tr")).hasSize(t.indicators().size());
                t.duties().ifPresent(d -> assertThat(page.text()).contains(d));
                t.target().ifPresent(d -> assertThat(page.text()).contains(d));
                assertThat(page.select("h3#overall").isEmpty()).isEqualTo(!f.narrative());
            });
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void thePdfPrintsTheFormsTitleColumnsAndValuesAndConforms(String form) throws Exception {
        Gongkai.BuildResult r = build(form);
        Path site = FormSites.build(form).site();
        for (Unit u : units(r)) {
            int year = yearOf(r, u);
            for (Project p : u.projects()) {
                Path pdf = site.resolve(year + "/" + u.code() + "/projects/" + p.code() + ".pdf");
                String text = PdfText.text(pdf).replaceAll("\\s+", "");
                assertThat(text).contains(u.form().project().title(p.name()).replaceAll("\\s+", ""));
                assertThat(text).contains(String.join("", u.form().project().indicators().columns().stream()
                        .filter(c -> !c.whenUsed()).map(c -> c.heading().replaceAll("\\s+", "")).toList()));
                for (var ind : p.indicators()) {
                    assertThat(text).contains(ind.value().text().replaceAll("\\s+", ""));
                }
                if (!form.equals("hebei-fengrun")) {
                    assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1)).as("PDF/UA of %s", pdf).isEmpty();
                }
            }
            if (u.table().isPresent()) {
                Path pdf = site.resolve(year + "/" + u.code() + "/" + u.code() + "-" + year + ".pdf");
                String text = PdfText.text(pdf).replaceAll("\\s+", "");
                Form.UnitTableForm f = u.form().unitTable().orElseThrow();
                assertThat(text).contains(f.title());
                assertThat(text).contains(String.join("", f.indicators().columns().stream().map(c -> c.heading().replaceAll("\\s+", "")).toList()));
                u.table().get().indicators().forEach(i -> assertThat(text).contains(i.value().text()));
                assertThat(text).doesNotContain("一、总体绩效目标");
                assertThat(VeraPdf.failedRules(pdf, VeraPdf.PDF_UA_1)).as("PDF/UA of %s", pdf).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void pagesMatchGolden(String form) throws Exception {
        if (form.equals("hebei-fengrun")) {
            return; // the bundled content's pages are the golden pages of gongkai.site.GoldenPagesTest
        }
        Gongkai.BuildResult r = build(form);
        List<String> pages = new ArrayList<>();
        for (Unit u : units(r)) {
            int year = yearOf(r, u);
            pages.add(year + "/" + u.code() + "/index.html");
            u.projects().forEach(p -> pages.add(year + "/" + u.code() + "/projects/" + p.code() + ".html"));
        }
        for (String page : pages) {
            String actual = read(FormSites.build(form).site().resolve(page)).replaceAll("最后修改：[^<]*", "最后修改：");
            Path golden = GOLDEN.resolve(form + "_" + page.replace('/', '_'));
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file %s is missing; create it with -Dgolden.update=true and review it", golden).exists();
            assertThat(actual).as(page).isEqualTo(read(golden));
        }
    }

    private static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
