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
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Phase 1, load: walks {@code content/} and reads every file it knows into a {@link SourceTree}.
 * Reports files it cannot read or parse, and files it does not know, as diagnostics; never throws for bad content.
 * The content is read through {@link ContentFiles}: a folder on disk, or a git revision held in memory.
 *
 * <p>The folders are listed on one thread; the files are then read, checked and parsed on all cores, each with its
 * own {@link Diagnostics}, which are merged in the order of the walk, so the diagnostics and the tree are the same
 * whatever the number of threads.
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
    private final ParseCache cache;
    /** Every file the walk found to read, in the order of the walk. */
    private final List<Pending> pending = new ArrayList<>();
    /** Files read but not parsed, because their text breaks a rule of {@link ContentText}. */
    private final List<SourceFile> unparsed = new ArrayList<>();

    private ContentLoader(ContentFiles root, Diagnostics diagnostics, ParseCache cache) {
        this.root = root;
        this.diagnostics = diagnostics;
        this.cache = cache;
    }

    /** Reads the content folder {@code root}. Missing required files are reported by the checker, not here. */
    public static SourceTree load(Path root, Diagnostics diagnostics) {
        return load(ContentFiles.of(root), diagnostics);
    }

    /** Reads a content folder on disk or in memory, with the same rules and diagnostics. */
    public static SourceTree load(ContentFiles root, Diagnostics diagnostics) {
        return load(root, diagnostics, new ParseCache());
    }

    /**
     * Reads a content folder, checking and parsing again only the files whose text is not in {@code cache} (which is
     * then updated); the result is the same as without a cache.
     */
    public static SourceTree load(ContentFiles root, Diagnostics diagnostics, ParseCache cache) {
        return new ContentLoader(root, diagnostics, cache).load();
    }

    private SourceTree load() {
        if (root.rootIsLink()) {
            diagnostics.report(Code.GK107, Position.ofFile(root.rootName()), "",
                    "内容文件夹本身是一个符号链接（快捷方式）。为了不发布内容文件夹以外的文件，Gongkai 不跟随符号链接。"
                            + "请把内容放在真正的文件夹中；确实需要使用别处的文件夹时，用 --content 写出它的实际路径。");
            return new SourceTree(Optional.empty(), List.of(), List.of(), List.of(), List.of());
        }
        Supplier<SourceTree> tree = walk();
        pending.parallelStream().forEach(Pending::read);
        for (Pending file : pending) {
            diagnostics.addAll(file.found);
            if (file.refused != null) {
                unparsed.add(file.refused);
            }
        }
        cache.keepOnly(pending.stream().map(f -> f.path).collect(Collectors.toSet()));
        return tree.get();
    }

    /** Lists the folders, reporting links and unknown files; returns the tree to make once the files are read. */
    private Supplier<SourceTree> walk() {
        Pending site = null;
        List<Pending> frameworks = new ArrayList<>();
        List<Pending> forms = new ArrayList<>();
        List<Supplier<SourceTree.YearSource>> years = new ArrayList<>();
        for (Entry child : list(new Entry("", root.rootName(), Kind.FOLDER))) {
            String name = child.name();
            if (child.link()) {
                link(child);
            } else if (child.directory()) {
                if (name.equals(FRAMEWORKS_DIR) || name.equals(FORMS_DIR)) {
                    List<Pending> into = name.equals(FRAMEWORKS_DIR) ? frameworks : forms;
                    for (Entry f : list(child)) {
                        if (f.link()) {
                            link(f);
                        } else if (isYaml(f)) {
                            into.add(yaml(f));
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
        Pending siteFile = site;
        return () -> new SourceTree(yamlFile(siteFile), yamlFiles(frameworks), yamlFiles(forms),
                years.stream().map(Supplier::get).toList(), unparsed);
    }

    private Supplier<SourceTree.YearSource> year(Entry dir) {
        Pending yearFile = null;
        List<Supplier<SourceTree.UnitSource>> units = new ArrayList<>();
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
        Pending file = yearFile;
        return () -> new SourceTree.YearSource(dir.name(), rel(dir), yamlFile(file), units.stream().map(Supplier::get).toList());
    }

    private Supplier<SourceTree.UnitSource> unit(Entry dir) {
        Pending unitFile = null;
        Pending overall = null;
        Pending measures = null;
        List<Pending> projects = new ArrayList<>();
        for (Entry child : list(dir)) {
            String name = child.name();
            if (child.link()) {
                link(child);
            } else if (child.directory() && name.equals(PROJECTS_DIR)) {
                for (Entry f : list(child)) {
                    if (f.link()) {
                        link(f);
                    } else if (isYaml(f)) {
                        projects.add(yaml(f));
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
        Pending unit = unitFile;
        Pending overallFile = overall;
        Pending measuresFile = measures;
        return () -> new SourceTree.UnitSource(dir.name(), rel(dir), yamlFile(unit), textFile(overallFile),
                textFile(measuresFile), yamlFiles(projects));
    }

    /** A YAML file to read. */
    private Pending yaml(Entry file) {
        Pending p = new Pending(file, true);
        pending.add(p);
        return p;
    }

    /** A Markdown file to read. */
    private Pending text(Entry file) {
        Pending p = new Pending(file, false);
        pending.add(p);
        return p;
    }

    private static Optional<SourceTree.YamlFile> yamlFile(Pending file) {
        return file == null ? Optional.empty() : file.text.map(f -> new SourceTree.YamlFile(f, file.document));
    }

    private static List<SourceTree.YamlFile> yamlFiles(List<Pending> files) {
        return files.stream().map(ContentLoader::yamlFile).flatMap(Optional::stream).toList();
    }

    private static Optional<SourceFile> textFile(Pending file) {
        return file == null ? Optional.empty() : file.text;
    }

    /**
     * A file found by the walk: read, checked and (YAML) parsed by {@link #read()} on any thread, which sets the
     * other fields; they are read after every file has been read.
     */
    private final class Pending {
        private final Entry entry;
        private final String path;
        private final boolean yaml;
        /** What reading, checking and parsing the file found. */
        private Diagnostics found;
        /** The text, when it could be read and was fit to parse. */
        private Optional<SourceFile> text = Optional.empty();
        private Optional<Node> document = Optional.empty();
        /** The text, when it was read but refused before parsing (kept for quoting its lines in messages). */
        private SourceFile refused;

        Pending(Entry entry, boolean yaml) {
            this.entry = entry;
            this.path = rel(entry);
            this.yaml = yaml;
        }

        void read() {
            Diagnostics own = new Diagnostics();
            found = own;
            try {
                byte[] bytes = root.read(entry.path(), ContentText.MAX_FILE_BYTES);
                if (bytes.length > ContentText.MAX_FILE_BYTES) {
                    own.report(Code.GK105, Position.ofFile(path), "",
                            "此文件超过了内容文件 1 MB（" + String.format(Locale.ROOT, "%,d", ContentText.MAX_FILE_BYTES)
                                    + " 字节）的大小上限，没有读取。一个单位或项目的公开内容远小于这个大小，"
                                    + "请检查是否误放了其他文件，或粘贴时混入了大量多余的内容。");
                    return;
                }
                String decoded = utf8(bytes);
                String content = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
                ParseCache.Parsed parsed = cache.get(path, content, yaml, () -> parse(path, content, yaml));
                found = parsed.diagnostics();
                if (!parsed.fit()) {
                    // Kept for quoting the lines in messages, but not parsed: the checker sees the file as unreadable.
                    refused = parsed.file();
                    return;
                }
                text = Optional.of(parsed.file());
                document = parsed.root();
            } catch (CharacterCodingException e) {
                own.report(Code.GK103, Position.ofFile(path), "",
                        "此文件不是 UTF-8 编码（可能是用 GBK 保存的）。请在编辑器中以“UTF-8”编码另存此文件。");
            } catch (IOException e) {
                own.report(Code.GK001, Position.ofFile(path), "", "无法读取此文件（" + root.reason(entry.path(), e) + "）。"
                        + "请确认它是一个普通文件（不是文件夹或失效的快捷方式）、没有被其他程序占用，并且有读取权限。");
            }
        }
    }

    /**
     * The text of UTF-8 bytes; throws when they are not UTF-8. The JDK's own decoding to a string is much faster than
     * a decoder but replaces what is not UTF-8 with U+FFFD, so a text holding U+FFFD is decoded again strictly (it may
     * have been written so).
     */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** Checks a file's text (and parses it, for YAML): what depends on its path and text only. */
    private static ParseCache.Parsed parse(String path, String text, boolean yaml) {
        Diagnostics found = new Diagnostics();
        SourceFile file = new SourceFile(path, text);
        if (!ContentText.check(path, text, found)) {
            return new ParseCache.Parsed(file, yaml, false, Optional.empty(), found);
        }
        Optional<Node> root = yaml ? YamlReader.read(file, found) : Optional.empty();
        return new ParseCache.Parsed(file, yaml, true, root, found);
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
