package gongkai.render;

import gongkai.Gongkai;
import gongkai.check.ContentFixture;
import gongkai.history.History;
import gongkai.model.Site;
import gongkai.view.ViewBuilder;
import gongkai.view.Views;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The unit of the valid {@link ContentFixture} with hostile Markdown in its Markdown parts, taken past the checker
 * (which would refuse it) into the views the build renders: what the renderer, the templates and the PDF stage do
 * when validation is bypassed.
 */
public final class UnsafeUnit {

    private UnsafeUnit() {}

    /** The checked model of the valid fixture, written into {@code tmp}. */
    public static Site site(Path tmp) {
        Path content = ContentFixture.valid().writeTo(tmp);
        return Gongkai.check(content).site().orElseThrow(() -> new AssertionError("the valid fixture has errors"));
    }

    /** The views of the site, every Markdown part replaced by {@code markdown}, rendered by the real renderer. */
    public static ViewBuilder views(Site site, String markdown) {
        Markdown renderer = new Markdown();
        return new ViewBuilder(site, source -> renderer.toHtml(markdown), path -> OptionalLong.empty(),
                History.unavailable("测试"));
    }

    public static Views.UnitPage unitPage(Site site, String markdown) {
        List<Views.Page> pages = views(site, markdown).pages();
        return pages.stream().filter(p -> p instanceof Views.UnitPage).map(p -> (Views.UnitPage) p).findFirst().orElseThrow();
    }

    public static Views.UnitPdf unitPdf(Site site, String markdown) {
        return views(site, markdown).pdfDocuments().stream().filter(d -> d instanceof Views.UnitPdf).map(d -> (Views.UnitPdf) d)
                .findFirst().orElseThrow();
    }
}
