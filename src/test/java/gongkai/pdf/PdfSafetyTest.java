package gongkai.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import gongkai.model.Site;
import gongkai.render.LinkVectors;
import gongkai.render.PageRenderer;
import gongkai.render.UnsafeUnit;
import gongkai.render.pdf.FontLocator;
import gongkai.render.pdf.PdfRenderer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF renderer fetches nothing, and a unit PDF carries no link to a refused address. */
class PdfSafetyTest {

    @TempDir
    Path tmp;

    private PdfRenderer renderer(Site site) throws Exception {
        return new PdfRenderer(FontLocator.locate(site.config(), Path.of("").toAbsolutePath()), Optional.empty());
    }

    @Test
    void theRendererFetchesNothingFromTheNetwork() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "body { color: red; }".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            String xhtml = """
                    <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">
                    <head><title>测试</title>
                    <link rel="stylesheet" href="%1$slink.css"/>
                    <style>
                    @import url("%1$simport.css");
                    @font-face { font-family: "远程"; src: url("%1$sfont.ttf"); }
                    body { background-image: url("%1$sbackground.png"); }
                    </style></head>
                    <body><p>正文</p><img src="%1$simage.png" alt="图"/><img src="file:///etc/hostname" alt="文件"/>
                    <object data="%1$sobject.pdf" type="application/pdf"></object></body></html>
                    """.formatted(base);

            byte[] pdf = renderer(UnsafeUnit.site(tmp)).render(xhtml);

            assertThat(pdf).isNotEmpty();
            assertThat(requests).as("requests to the loopback server").isEmpty();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aUnitPdfCarriesNoLinkToARefusedAddress() throws Exception {
        Site site = UnsafeUnit.site(tmp);
        String markdown = LinkVectors.document(LinkVectors.ATTACKS) + "\n[合法链接](https://www.example.gov.cn/)\n";
        String xhtml = new PageRenderer(Path.of("templates")).render(UnsafeUnit.unitPdf(site, markdown));
        Path file = tmp.resolve("unit.pdf");
        Files.write(file, renderer(site).render(xhtml));

        List<String> uris = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        PDAction action = link.getAction();
                        if (action instanceof PDActionURI uri) {
                            uris.add(uri.getURI());
                        }
                    }
                }
            }
        }
        assertThat(uris).as("the one safe link is there, so links are read").contains("https://www.example.gov.cn/");
        assertThat(uris).noneMatch(LinkVectors::unsafeHref);
        String text = PdfText.text(file);
        assertThat(text).contains("链接01", "链接29", "链接36");
    }
}
