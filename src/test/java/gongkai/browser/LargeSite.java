package gongkai.browser;

import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.synth.ContentGenerator;
import gongkai.view.ViewBuilder;
import java.nio.file.Path;
import java.util.List;

/**
 * A generated site of {@link #UNITS} units × {@link #PROJECTS} projects (2,000 projects in one year), built once per
 * test run without PDFs into a temporary folder (removed when the JVM exits), and the pages of it that the page
 * tests check besides every page of the bundled site: one of each kind, the year and search pages above all, whose
 * size grows with the number of projects.
 */
public final class LargeSite {

    public static final int UNITS = 100;
    public static final int PROJECTS = 20;
    public static final int YEAR = 2022;
    public static final String YEAR_PAGE = YEAR + "/index.html";

    private static GeneratedSite built;

    private LargeSite() {}

    private static synchronized GeneratedSite built() {
        if (built == null) {
            built = GeneratedSite.temporary(new ContentGenerator.Spec(UNITS, PROJECTS, List.of(YEAR), 42), "gongkai-large-");
        }
        return built;
    }

    /** The folder holding the built site. */
    public static Path root() {
        return built().root();
    }

    /** The model the site was built from. */
    public static Site site() {
        return built().site();
    }

    /** The pages checked: home, year, search, data, glossary, a unit in the middle and its first project. */
    public static List<String> pages() {
        Unit unit = site().years().get(0).units().get(UNITS / 2);
        return List.of("index.html", YEAR_PAGE, "search.html", "data.html", "glossary.html", ViewBuilder.unitPath(YEAR, unit.code()),
                ViewBuilder.projectPath(YEAR, unit.code(), unit.projects().get(0).code()));
    }

    /** The file:// address of a page. */
    public static String url(String page) {
        return built().url(page);
    }
}
