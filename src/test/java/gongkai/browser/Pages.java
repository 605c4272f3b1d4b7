package gongkai.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages every page test checks: every page of the bundled site (named by its path) and the pages of the large
 * generated site ({@link LargeSite}, named {@code large:<path>}).
 */
public final class Pages {

    static final String LARGE = "large:";

    private Pages() {}

    public static List<String> pages() {
        List<String> out = new ArrayList<>(BundledSite.pages());
        LargeSite.pages().forEach(p -> out.add(LARGE + p));
        return out;
    }

    /** The project pages of both sites. */
    public static List<String> projectPages() {
        return pages().stream().filter(p -> p.contains("/projects/")).toList();
    }

    /** The file:// address of a page of either site. */
    public static String url(String page) {
        return page.startsWith(LARGE) ? LargeSite.url(page.substring(LARGE.length())) : BundledSite.url(page);
    }

    /** The path of a page within its site. */
    public static String path(String page) {
        return page.startsWith(LARGE) ? page.substring(LARGE.length()) : page;
    }
}
