package gongkai.source;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Phase 1, load: walks {@code content/} and reads every file it knows into a {@link SourceTree}.
 * Reports files it cannot read or parse, and files it does not know, as diagnostics; never throws for bad content.
 */
public final class ContentLoader {

    public static final String SITE_FILE = "site.yaml";
    public static final String FRAMEWORKS_DIR = "frameworks";
    public static final String YEAR_FILE = "year.yaml";
    public static final String UNIT_FILE = "unit.yaml";
    public static final String OVERALL_FILE = "overall.md";
    public static final String MEASURES_FILE = "measures.md";
    public static final String PROJECTS_DIR = "projects";

    private final Path root;
    private final Diagnostics diagnostics;

    private ContentLoader(Path root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** Reads the content folder {@code root}. Missing required files are reported by the checker, not here. */
    public static SourceTree load(Path root, Diagnostics diagnostics) {
        return new ContentLoader(root, diagnostics).load();
    }

    private SourceTree load() {
        Optional<SourceTree.YamlFile> site = Optional.empty();
        List<SourceTree.YamlFile> frameworks = new ArrayList<>();
        List<SourceTree.YearSource> years = new ArrayList<>();
        for (Path child : list(root)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child)) {
                if (name.equals(FRAMEWORKS_DIR)) {
                    for (Path f : list(child)) {
                        if (isYaml(f)) {
                            yaml(f).ifPresent(frameworks::add);
                        } else {
                            unknown(f);
                        }
                    }
                } else if (name.startsWith(".")) {
                    continue;
                } else {
                    years.add(year(child));
                }
            } else if (name.equals(SITE_FILE)) {
                site = yaml(child);
            } else if (!ignorable(name)) {
                unknown(child);
            }
        }
        return new SourceTree(site, frameworks, years);
    }

    private SourceTree.YearSource year(Path dir) {
        Optional<SourceTree.YamlFile> yearFile = Optional.empty();
        List<SourceTree.UnitSource> units = new ArrayList<>();
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && !name.startsWith(".")) {
                units.add(unit(child));
            } else if (name.equals(YEAR_FILE)) {
                yearFile = yaml(child);
            } else if (!ignorable(name)) {
                unknown(child);
            }
        }
        return new SourceTree.YearSource(dir.getFileName().toString(), rel(dir), yearFile, units);
    }

    private SourceTree.UnitSource unit(Path dir) {
        Optional<SourceTree.YamlFile> unitFile = Optional.empty();
        Optional<SourceFile> overall = Optional.empty();
        Optional<SourceFile> measures = Optional.empty();
        List<SourceTree.YamlFile> projects = new ArrayList<>();
        for (Path child : list(dir)) {
            String name = child.getFileName().toString();
            if (Files.isDirectory(child) && name.equals(PROJECTS_DIR)) {
                for (Path f : list(child)) {
                    if (isYaml(f)) {
                        yaml(f).ifPresent(projects::add);
                    } else if (!ignorable(f.getFileName().toString())) {
                        unknown(f);
                    }
                }
            } else if (name.equals(UNIT_FILE)) {
                unitFile = yaml(child);
            } else if (name.equals(OVERALL_FILE)) {
                overall = text(child);
            } else if (name.equals(MEASURES_FILE)) {
                measures = text(child);
            } else if (!ignorable(name)) {
                unknown(child);
            }
        }
        return new SourceTree.UnitSource(dir.getFileName().toString(), rel(dir), unitFile, overall, measures, projects);
    }

    private Optional<SourceTree.YamlFile> yaml(Path file) {
        return text(file).map(f -> new SourceTree.YamlFile(f, YamlReader.read(f, diagnostics)));
    }

    private Optional<SourceFile> text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(new SourceFile(rel(file), text));
        } catch (CharacterCodingException e) {
            diagnostics.report(Code.GK103, Position.ofFile(rel(file)), "",
                    "此文件不是 UTF-8 编码（可能是用 GBK 保存的）。请在编辑器中以“UTF-8”编码另存此文件。");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Code.GK001, Position.ofFile(rel(file)), "", "无法读取此文件（" + reason(file, e) + "）。"
                    + "请确认它是一个普通文件（不是文件夹或失效的快捷方式）、没有被其他程序占用，并且有读取权限。");
            return Optional.empty();
        }
    }

    /** Why a file could not be read, in Chinese where the cause is known; never the absolute path. */
    private static String reason(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return "这是一个文件夹，不是文件";
        }
        if (e instanceof NoSuchFileException) {
            return "文件不存在，可能是失效的链接";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        String detail = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return "系统提示：" + (detail == null ? e.getClass().getSimpleName() : detail);
    }

    private List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            diagnostics.report(Code.GK001, Position.ofFile(rel(dir)), "", "无法读取此文件夹：" + e.getMessage());
            return List.of();
        }
    }

    private void unknown(Path file) {
        diagnostics.report(Code.GK123, Position.ofFile(rel(file)), "",
                "不认识这个" + (Files.isDirectory(file) ? "文件夹" : "文件") + "，生成网站时不会使用它。"
                        + "内容文件的布局见 README 的“内容目录结构”一节；如果不需要它，请删除。");
    }

    private static boolean isYaml(Path f) {
        return Files.isRegularFile(f) && f.getFileName().toString().endsWith(".yaml");
    }

    /** Editor and OS droppings that are never content. */
    private static boolean ignorable(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.equalsIgnoreCase("README.md")
                || name.equalsIgnoreCase("Thumbs.db");
    }

    private String rel(Path p) {
        Path r = root.toAbsolutePath().normalize();
        Path a = p.toAbsolutePath().normalize();
        String inside = r.relativize(a).toString().replace('\\', '/');
        String prefix = r.getFileName() == null ? "" : r.getFileName().toString() + "/";
        return prefix + inside;
    }
}
