package gongkai.view;

import gongkai.model.Site;
import gongkai.search.SearchIndex;
import java.util.List;

/**
 * The view of the search page: the index it loads and, for readers without scripts, a link to each year's list of
 * units (the unit pages list their projects), never every project: a year can have tens of thousands.
 */
final class SearchPages {

    static final String PATH = "search.html";

    private SearchPages() {}

    static Views.SearchPage page(Site site, Views.Layout layout) {
        List<Views.SearchYear> years = site.years().stream().map(y -> new Views.SearchYear(y.year(),
                ViewBuilder.relative(PATH, ViewBuilder.yearPath(y.year())) + "#units", y.units().size(),
                y.units().stream().mapToInt(u -> u.projects().size()).sum())).toList();
        return new Views.SearchPage(PATH, layout, ViewBuilder.relative(PATH, SearchIndex.MANIFEST), years);
    }
}
