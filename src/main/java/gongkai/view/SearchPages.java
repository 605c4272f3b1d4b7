package gongkai.view;

import gongkai.model.Site;
import gongkai.search.SearchIndex;
import java.util.List;

/** The view of the search page: the index it loads and, for readers without scripts, every unit and project. */
final class SearchPages {

    static final String PATH = "search.html";

    private SearchPages() {}

    static Views.SearchPage page(Site site, Views.Layout layout) {
        List<Views.SearchYear> years = site.years().stream().map(y -> new Views.SearchYear(y.year(), y.units().stream()
                .map(u -> new Views.SearchUnit(u.code(), u.name(), ViewBuilder.relative(PATH, ViewBuilder.unitPath(y.year(), u.code())),
                        u.projects().stream().map(p -> new Views.SearchProject(p.code(), p.name(),
                                ViewBuilder.relative(PATH, ViewBuilder.projectPath(y.year(), u.code(), p.code())))).toList()))
                .toList())).toList();
        return new Views.SearchPage(PATH, layout, ViewBuilder.relative(PATH, SearchIndex.MANIFEST), years);
    }
}
