package gongkai.render.pdf;

import gongkai.model.SiteConfig;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the PDF fonts, in this order: the fonts named in {@code content/site.yaml} ({@code pdf_fonts}), the
 * project's {@code fonts/} folder (filled by {@code scripts/setup-fonts.sh}), then the usual font folders of Linux,
 * Windows and macOS, looking for Chinese TrueType fonts known to embed well.
 */
public final class FontLocator {

    /** A known font: the regular and bold file names, and the font's name inside a collection. */
    private record Candidate(String regular, String bold, String nameInCollection) {}

    private static final List<Candidate> KNOWN = List.of(
            new Candidate("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf", null),
            new Candidate("wqy-microhei.ttc", "wqy-microhei.ttc", "WenQuanYi Micro Hei"),
            new Candidate("msyh.ttc", "msyhbd.ttc", "Microsoft YaHei"),
            new Candidate("simhei.ttf", "simhei.ttf", null),
            new Candidate("simsun.ttc", "simsun.ttc", "SimSun"),
            new Candidate("Arial Unicode.ttf", "Arial Unicode.ttf", null));

    private FontLocator() {}

    /**
     * @param projectRoot the folder holding {@code content/}; relative paths in {@code site.yaml} and the
     *                    {@code fonts/} folder are resolved against it
     */
    public static PdfFonts locate(SiteConfig config, Path projectRoot) throws PdfFonts.FontException {
        if (config.pdfFonts().isPresent()) {
            SiteConfig.PdfFontFiles named = config.pdfFonts().get();
            FontFile regular = new FontFile(projectRoot.resolve(named.regular()), named.regularName());
            FontFile bold = new FontFile(projectRoot.resolve(named.bold().orElse(named.regular())),
                    named.bold().isPresent() ? named.boldName() : named.regularName());
            for (FontFile f : List.of(regular, bold)) {
                if (!Files.isRegularFile(f.path())) {
                    throw new PdfFonts.FontException("content/site.yaml 的 pdf_fonts 指定的字体文件 " + f.path()
                            + " 不存在。请核对路径（相对于内容文件夹所在的文件夹）。");
                }
            }
            return PdfFonts.load(regular, bold);
        }
        List<Path> folders = new ArrayList<>();
        folders.add(projectRoot.resolve("fonts"));
        folders.addAll(systemFolders());
        for (Candidate c : KNOWN) {
            for (Path folder : folders) {
                Optional<Path> regular = find(folder, c.regular());
                Optional<Path> bold = regular.flatMap(r -> PdfFonts.existing(r.resolveSibling(c.bold())).or(() -> find(folder, c.bold())));
                if (regular.isPresent() && bold.isPresent()) {
                    Optional<String> name = Optional.ofNullable(c.nameInCollection());
                    return PdfFonts.load(new FontFile(regular.get(), name), new FontFile(bold.get(), name));
                }
            }
        }
        throw new PdfFonts.FontException("找不到可用于 PDF 的中文 TrueType 字体。请在仓库根目录运行 scripts/setup-fonts.sh"
                + "（自动获取 Noto Sans SC），或安装文泉驿微米黑（sudo apt-get install fonts-wqy-microhei），"
                + "或在 content/site.yaml 中用 pdf_fonts 指定字体文件。");
    }

    private static List<Path> systemFolders() {
        List<Path> folders = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        folders.add(Path.of("/usr/share/fonts"));
        folders.add(Path.of("/usr/local/share/fonts"));
        if (!home.isEmpty()) {
            folders.add(Path.of(home, ".local", "share", "fonts"));
            folders.add(Path.of(home, ".fonts"));
            folders.add(Path.of(home, "Library", "Fonts"));
        }
        String windir = System.getenv("WINDIR");
        folders.add(windir != null ? Path.of(windir, "Fonts") : Path.of("C:\\Windows\\Fonts"));
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            folders.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        folders.add(Path.of("/Library/Fonts"));
        folders.add(Path.of("/System/Library/Fonts"));
        folders.add(Path.of("/System/Library/Fonts/Supplemental"));
        return folders;
    }

    /** A file of that name in the folder or up to three levels below it. */
    private static Optional<Path> find(Path folder, String fileName) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> walk = Files.walk(folder, 4, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equalsIgnoreCase(fileName))
                    .filter(Files::isRegularFile).sorted().findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
