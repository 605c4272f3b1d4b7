package gongkai.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import gongkai.view.Views;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * Phase 5, render: one FreeMarker configuration for the whole build, HTML auto-escaping on.
 * Thread-safe: pages may be rendered in parallel.
 */
public final class PageRenderer {

    private final Configuration config;

    public PageRenderer(Path templatesDir) throws IOException {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        c.setDirectoryForTemplateLoading(templatesDir.toFile());
        c.setDefaultEncoding("UTF-8");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setAPIBuiltinEnabled(false);
        // Numbers reach templates as years and counts; never group them (2022, not 2,022).
        c.setNumberFormat("computer");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        // Views are records: let templates write page.name for page.name().
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        c.setObjectWrapper(wrapper.build());
        // Where a cell's text may break (gongkai.view.Breaks), for the macro cell of layout.ftlh.
        c.setSharedVariable("breaks", new BreaksFunction());
        this.config = c;
    }

    /** Renders a page (the template sees it as {@code page}) or a PDF document's XHTML (as {@code doc}). */
    public String render(Views.Output output) throws IOException, TemplateException {
        StringWriter out = new StringWriter(16 * 1024);
        config.getTemplate(output.template()).process(Map.of(output instanceof Views.Page ? "page" : "doc", output), out);
        return out.toString();
    }
}
