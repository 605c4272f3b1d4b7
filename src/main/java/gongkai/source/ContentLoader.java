package gongkai.source;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.source.ContentFiles.Entry;
import gongkai.source.ContentFiles.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Phase 1, load: walks {@code content/} and reads every file it knows into a {@link SourceTree}.
 * Reports files it cannot read or parse, and files it does not know, as diagnostics; never throws for bad content.
 * The content is read through {@link ContentFiles}: a folder on disk, or a git revision held in memory.
 */
public final class ContentLoader {

    public static final String SITE_FILE = "site.yaml";
    public static final String FRAMEWORKS_DIR = "frameworks";
    public static final String FORMS_DIR = "forms";
    public static final String YEAR_FILE = "year.yaml";
    public static final String UNIT_FILE = "unit.yaml";
    public static final String OVERALL_FILE = "overall.md";
    public static final String MEASURES_FILE = "measures.md";
    public static final String PROJECTS_DIR = "projects";

    private final ContentFiles root;
    private final Diagnostics diagnostics;
    /** Files read but not parsed, because their text breaks a rule of {@link ContentText}. */
    private final List<SourceFile> unparsed = new ArrayList<>();

    private ContentLoader(ContentFiles root, Diagnostics diagnostics) {
        this.root = root;
        this.diagnostics = diagnostics;
    }

    /** Reads the content folder {@code root}. Missing required files are reported by the checker, not here. */
    public static SourceTree load(Path root, Diagnostics diagnostics) {
        return load(ContentFiles.of(root), diagnostics);
    }

    /** Reads a content folder on disk or in memory, with the same rules and diagnostics. */
    public static SourceTree load(ContentFiles root, Diagnostics diagnostics) {
        return new ContentLoader(root, diagnostics).load();
    }

    private SourceTree load() {
        Optional<SourceTree.YamlFile> site = Optional.empty();
        List<SourceTree.YamlFile> frameworks = new ArrayList<>();
        List<SourceTree.YamlFile> forms = new ArrayList<>();
        List<SourceTree.YearSource> years = new ArrayList<>();
        if (root.rootIsLink()) {
            diagnostics.report(Code.GK107, Position.ofFile(root.rootName()), "",
                    "内容文件夹本身是一个符号链接（快捷方式）。为了不发布内容文件夹以外的文件，Gongkai 不跟随符号链接。"
                            + "请把内容放在真正的文件夹中；确实需要使用别处的文件夹时，用 --content 写出它的实际路径。");
            return new SourceTree(site, frameworks, forms, years, List.of());
        }
        for (Entry child : list(new Entry("", root.rootName(), Kind.FOLDER))) {
            String name = child.name();
            if (child.link()) {
                link(child);
            } else if (child.directory()) {
                if (name.equals(FRAMEWORKS_DIR) || name.equals(FORMS_DIR)) {
                    List<SourceTree.YamlFile> into = name.equals(FRAMEWORKS_DIR) ? frameworks : forms;
                    for (Entry f : list(child)) {
                        if (f.link()) {
                            link(f);
                        } else if (isYaml(f)) {
                            yaml(f).ifPresent(into::add);
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
        return new SourceTree(site, frameworks, forms, years, unparsed);
    }

    private SourceTree.YearSource year(Entry dir) {
        Optional<SourceTree.YamlFile> yearFile = Optional.empty();
        List<SourceTree.UnitSource> units = new ArrayList<>();
        for (Entry child : list(dir)) {
            String name = child.name();
            if (child.link()) {
                link(child);
            } else if (child.directory() && !name.startsWith(".")) {
                units.add(unit(child));
            } else if (name.equals(YEAR_FILE)) {
                yearFile = yaml(child);
            } else if (!ignorable(name)) {
                unknown(child);
            }
        }
        return new SourceTree.YearSource(dir.name(), rel(dir), yearFile, units);
    }

    private SourceTree.UnitSource unit(Entry dir) {
        Optional<SourceTree.YamlFile> unitFile = Optional.empty();
        Optional<SourceFile> overall = Optional.empty();
        Optional<SourceFile> measures = Optional.empty();
        List<SourceTree.YamlFile> projects = new ArrayList<>();
        for (Entry child : list(dir)) {
            String name = child.name();
            if (child.link()) {
                link(child);
            } else if (child.directory() && name.equals(PROJECTS_DIR)) {
                for (Entry f : list(child)) {
                    if (f.link()) {
                        link(f);
                    } else if (isYaml(f)) {
                        yaml(f).ifPresent(projects::add);
                    } else if (!ignorable(f.name())) {
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
        return new SourceTree.UnitSource(dir.name(), rel(dir), unitFile, overall, measures, projects);
    }

    private Optional<SourceTree.YamlFile> yaml(Entry file) {
        return text(file).map(f -> new SourceTree.YamlFile(f, YamlReader.read(f, diagnostics)));
    }

    private Optional<SourceFile> text(Entry file) {
        try {
            byte[] bytes = root.read(file.path(), ContentText.MAX_FILE_BYTES);
            if (bytes.length > ContentText.MAX_FILE_BYTES) {
                diagnostics.report(Code.GK105, Position.ofFile(rel(file)), "",
                        "此文件超过了内容文件 1 MB（" + String.format(Locale.ROOT, "%,d", ContentText.MAX_FILE_BYTES)
                                + " 字节）的大小上限，没有读取。一个单位或项目的公开内容远小于这个大小，"
                                + "请检查是否误放了其他文件，或粘贴时混入了大量多余的内容。");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            SourceFile source = new SourceFile(rel(file), text);
            if (!ContentText.check(source.path(), text, diagnostics)) {
                // Kept for quoting the lines in messages, but not parsed: the checker sees the file as unreadable.
                unparsed.add(source);
                return Optional.empty();
            }
            return Optional.of(source);
        } catch (CharacterCodingException e) {
            diagnostics.report(Code.GK103, Position.ofFile(rel(file)), "",
                    "此文件不是 UTF-8 编码（可能是用 GBK 保存的）。请在编辑器中以“UTF-8”编码另存此文件。");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.report(Code.GK001, Position.ofFile(rel(file)), "", "无法读取此文件（" + root.reason(file.path(), e) + "）。"
                    + "请确认它是一个普通文件（不是文件夹或失效的快捷方式）、没有被其他程序占用，并且有读取权限。");
            return Optional.empty();
        }
    }

    private List<Entry> list(Entry dir) {
        try {
            return root.list(dir.path());
        } catch (IOException e) {
            diagnostics.report(Code.GK001, Position.ofFile(rel(dir)), "", "无法读取此文件夹：" + e.getMessage());
            return List.of();
        }
    }

    /** Symbolic links are never followed: a link in content could publish any file of the machine that builds. */
    private void link(Entry entry) {
        diagnostics.report(Code.GK107, Position.ofFile(rel(entry)), "",
                "这是一个符号链接（快捷方式），不是文件或文件夹。为了不发布内容文件夹以外的文件，Gongkai 不跟随符号链接。"
                        + "请删除这个链接，把文件本身复制到这里。");
    }

    private void unknown(Entry file) {
        diagnostics.report(Code.GK123, Position.ofFile(rel(file)), "",
                "不认识这个" + (file.directory() ? "文件夹" : "文件") + "，生成网站时不会使用它。"
                        + "内容文件的布局见 README 的“内容目录结构”一节；如果不需要它，请删除。");
    }

    private static boolean isYaml(Entry f) {
        return f.regularFile() && f.name().endsWith(".yaml");
    }

    /** Editor and OS droppings that are never content. */
    private static boolean ignorable(String name) {
        return name.startsWith(".") || name.endsWith("~") || name.equalsIgnoreCase("README.md")
                || name.equalsIgnoreCase("Thumbs.db");
    }

    /** The path of an entry as diagnostics name it: from the content folder's own name. */
    private String rel(Entry e) {
        String prefix = root.rootName().isEmpty() ? "" : root.rootName() + "/";
        return prefix + e.path();
    }
}
