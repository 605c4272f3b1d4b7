package gongkai.browser;

import gongkai.Gongkai;
import gongkai.model.FiscalYear;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.synth.ContentGenerator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The models behind the sortable tables, for expected orders and counts: the bundled content, and a small
 * generated content (three units of six projects) whose projects differ in their indicator categories, built once
 * into a temporary folder without PDFs.
 */
final class TableSites {

    /** The year page of the bundled site and of the generated one. */
    static final String YEAR = "2022/index.html";

    /** A project of a table, in the table's default (disclosure) order. */
    record Row(int number, Unit unit, Project project) {
        String code() {
            return project.code();
        }

        String name() {
            return project.name();
        }

        BigDecimal amount() {
            return project.budget().total().value();
        }
    }

    private static Site bundled;
    private static GeneratedSite synth;

    private TableSites() {}

    static synchronized Site bundled() {
        if (bundled == null) {
            bundled = Gongkai.check(BundledSite.PROJECT.resolve("content")).site().orElseThrow();
        }
        return bundled;
    }

    /** The built generated site. */
    static synchronized Path synthRoot() {
        if (synth == null) {
            synth = GeneratedSite.temporary(new ContentGenerator.Spec(3, 6, List.of(2022), 11), "gongkai-tables-");
        }
        return synth.root();
    }

    static synchronized Site synth() {
        synthRoot();
        return synth.site();
    }

    /** The projects of the table on a unit page ({@code 2022/<code>/index.html}) or a year page, in order. */
    static List<Row> rows(Site site, String page) {
        List<Row> rows = new ArrayList<>();
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                boolean listed = page.equals(year.year() + "/index.html") || page.equals(year.year() + "/" + unit.code() + "/index.html");
                if (listed) {
                    for (Project p : unit.projects()) {
                        rows.add(new Row(rows.size() + 1, unit, p));
                    }
                }
            }
        }
        return rows;
    }
}
