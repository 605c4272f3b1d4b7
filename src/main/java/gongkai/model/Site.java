package gongkai.model;

import java.util.List;

/** Everything the content says, checked and immutable. Years are sorted newest first. */
public record Site(SiteConfig config, List<FiscalYear> years) {
    public Site {
        years = List.copyOf(years);
    }
}
