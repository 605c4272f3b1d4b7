package gongkai.scaffold;

import gongkai.check.FormChecker;
import gongkai.diag.Diagnostics;
import gongkai.format.Kind;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.source.ContentFiles;
import gongkai.source.ContentText;
import gongkai.source.Node;
import gongkai.source.SourceFile;
import gongkai.source.SourceTree;
import gongkai.source.YamlReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code gongkai new}: decides which skeleton files to create from the request and the content folder (reading only
 * year.yaml, the unit's unit.yaml, the framework and the form in force), then creates them with {@link #create}, the only method that writes. A request is
 * refused, with nothing written, when a value does not have the form the validator requires, when a file already
 * exists, or when a project code is already used in the year.
 */
public final class Scaffold {

    // The same patterns as the validator (gongkai.format.Kind, gongkai.check.ContentChecker).
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern UNIT_CODE = Kind.UNIT_CODE.pattern().orElseThrow();
    private static final Pattern REGION = Kind.REGION.pattern().orElseThrow();
    private static final Pattern PROJECT_CODE = Kind.CODE.pattern().orElseThrow();
    private static final Pattern ORDER = Kind.ORDER.pattern().orElseThrow();
    /** A framework or a form is named by its file name in frameworks/ or forms/, which must not lead out of that folder. */
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_.-]{0,99}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    /** Why a request was refused (nothing was written), one sentence in Chinese per problem. */
    public static final class Refused extends Exception {
        private final List<String> problems;

        Refused(List<String> problems) {
            super(String.join(" ", problems));
            this.problems = List.copyOf(problems);
        }

        Refused(String problem) {
            this(List.of(problem));
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** {@code gongkai new unit}; region and framework may be null. */
    public record UnitRequest(String year, String code, String name, String region, String framework) {}

    /** {@code gongkai new project}; order may be null. */
    public record ProjectRequest(String year, String unit, String code, String name, String order) {}

    /**
     * What was created: paths below the content folder, in the order written; {@code newYearFramework} is the framework
     * written to a new year's year.yaml; {@code form} the form the skeletons follow.
     */
    public record Created(List<String> paths, Optional<String> newYearFramework, Form form) {}

    private Scaffold() {}

    public static Created newUnit(Path content, UnitRequest r) throws Refused, IOException {
        List<String> problems = new ArrayList<>();
        year(r.year(), problems);
        if (r.code() == null) {
            problems.add("请用 --code 指定单位编码，如 --code 425002。");
        } else if (!UNIT_CODE.matcher(r.code()).matches()) {
            problems.add("单位编码“" + r.code() + "”只能由数字和英文字母组成（最多 20 个），如 425001。");
        }
        name(r.name(), "单位名称", problems);
        if (r.region() != null && !REGION.matcher(r.region()).matches()) {
            problems.add("行政区划代码“" + r.region() + "”应当是 6 位数字，如 130208。");
        }
        if (r.framework() != null && !FRAMEWORK_ID.matcher(r.framework()).matches()) {
            problems.add("指标体系“" + r.framework() + "”应当是 frameworks 文件夹中的文件名（不含 .yaml），如 output-benefit-satisfaction。");
        }
        refuseIf(problems);
        contentFolder(content);

        int year = Integer.parseInt(r.year());
        List<Skeletons.File> files = new ArrayList<>();
        Optional<String> newYearFramework = Optional.empty();
        String framework;
        Optional<String> formId;
        if (Files.exists(content.resolve(year + "/year.yaml"), LinkOption.NOFOLLOW_LINKS)) {
            Optional<String> current = yearSetting(content, year, "framework");
            if (r.framework() != null) {
                if (current.isEmpty() || !current.get().equals(r.framework())) {
                    throw new Refused(year + " 年度已经有 year.yaml" + current.map(c -> "（采用指标体系 " + c + "）").orElse("")
                            + "。--framework 只在新建年度时使用；要改变本年度的指标体系，请修改 " + display(content, year + "/year.yaml") + "。");
                }
            }
            framework = current.orElse("");
            formId = yearSetting(content, year, "form");
        } else {
            Optional<Integer> newest = newestYear(content);
            Optional<String> chosen = r.framework() != null ? Optional.of(r.framework())
                    : newest.flatMap(y -> yearSetting(content, y, "framework"));
            if (chosen.isEmpty()) {
                throw new Refused(year + " 是新的年度，需要选择指标体系，但没有可以沿用的其他年度（year.yaml）。请用 --framework 指定，可以使用的有："
                        + frameworkList(content) + "。");
            }
            framework = chosen.get();
            if (!Files.isRegularFile(content.resolve("frameworks/" + framework + ".yaml"))) {
                throw new Refused("找不到指标体系“" + framework + "”（" + display(content, "frameworks/" + framework + ".yaml")
                        + "）。可以使用的有：" + frameworkList(content) + "。");
            }
            // A new year follows the newest year's form too, as it follows its framework.
            formId = newest.flatMap(y -> yearSetting(content, y, "form"));
            files.add(Skeletons.year(year, framework, formId));
            newYearFramework = Optional.of(framework);
        }
        Form form = form(content, formId);
        // The framework is needed only for the indicator rows of a unit table.
        Framework rows = form.unitTable().isEmpty() ? new Framework(framework, "", List.of()) : framework(content, framework)
                .orElseThrow(() -> new Refused("无法读取指标体系 " + display(content, "frameworks/" + framework + ".yaml")
                        + "。请先运行 ./gongkai validate，改正其中的问题。"));
        files.addAll(Skeletons.unit(year, r.code(), r.name().strip(), Optional.ofNullable(r.region()), form, rows));
        return new Created(create(content, files), newYearFramework, form);
    }

    public static Created newProject(Path content, ProjectRequest r) throws Refused, IOException {
        List<String> problems = new ArrayList<>();
        year(r.year(), problems);
        if (r.unit() == null) {
            problems.add("请用 --unit 指定单位编码，如 --unit 425001。");
        } else if (!UNIT_CODE.matcher(r.unit()).matches()) {
            problems.add("单位编码“" + r.unit() + "”只能由数字和英文字母组成（最多 20 个），如 425001。");
        }
        if (r.code() == null) {
            problems.add("请用 --code 指定项目编码，如 --code 13020822P00908810002X。");
        } else if (!PROJECT_CODE.matcher(r.code()).matches()) {
            problems.add("项目编码“" + r.code() + "”只能由数字和英文字母组成（最多 40 个），如 13020822P00908810002X。请照预算系统中的项目编码填写。");
        }
        name(r.name(), "项目名称", problems);
        if (r.order() != null && !ORDER.matcher(r.order()).matches()) {
            problems.add("序号“" + r.order() + "”应当是正整数，如 1、2、3。");
        }
        refuseIf(problems);
        contentFolder(content);

        int year = Integer.parseInt(r.year());
        String unitDir = year + "/" + r.unit();
        if (!Files.isDirectory(content.resolve(unitDir))) {
            throw new Refused("找不到单位文件夹 " + display(content, unitDir) + "。请核对 --year 和 --unit，或先用 gongkai new unit 新建这个单位。");
        }
        try (Stream<Path> units = Files.list(content.resolve(String.valueOf(year)))) {
            for (Path other : units.sorted().toList()) {
                Path same = other.resolve("projects/" + r.code() + ".yaml");
                if (!other.getFileName().toString().equals(r.unit()) && Files.exists(same, LinkOption.NOFOLLOW_LINKS)) {
                    throw new Refused("项目编码 " + r.code() + " 在 " + year + " 年度已经用过（"
                            + display(content, content.relativize(same).toString()) + "）。同一年度内项目编码不能重复，请核对项目编码。");
                }
            }
        }
        // A unit may follow its own framework and form (unit.yaml), else the year's (year.yaml).
        Optional<String> unitFramework = unitSetting(content, unitDir, "framework");
        Optional<String> id = unitFramework.or(() -> yearSetting(content, year, "framework"));
        if (id.isEmpty()) {
            throw new Refused("无法从 " + display(content, year + "/year.yaml") + " 读出本年度的指标体系。请先运行 ./gongkai validate，改正 year.yaml 中的问题。");
        }
        Optional<Framework> framework = framework(content, id.get());
        if (framework.isEmpty()) {
            throw new Refused("无法读取" + (unitFramework.isPresent() ? "本单位" : "本年度") + "的指标体系 " + display(content, "frameworks/" + id.get() + ".yaml")
                    + "。请先运行 ./gongkai validate，改正其中的问题。");
        }
        Form form = form(content, unitSetting(content, unitDir, "form").or(() -> yearSetting(content, year, "form")));
        OptionalInt order = r.order() == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(r.order()));
        Skeletons.File file = Skeletons.project(year, r.unit(), r.code(), r.name().strip(), order, framework.get(), form,
                unitFramework.isPresent() ? "本单位" : "本年度");
        return new Created(create(content, List.of(file)), Optional.empty(), form);
    }

    /**
     * Creates every file, or none: refuses when any of them exists, creates each with {@code CREATE_NEW} (never
     * replacing a file that appeared meanwhile), and removes what it created when a later file fails. Nothing is
     * created outside {@code content}, not even through a folder that is a link.
     *
     * @return the paths created, below the content folder
     */
    static List<String> create(Path content, List<Skeletons.File> files) throws Refused, IOException {
        Path root = content.toRealPath();
        List<String> existing = files.stream().map(Skeletons.File::path)
                .filter(p -> Files.exists(root.resolve(p), LinkOption.NOFOLLOW_LINKS)).toList();
        if (!existing.isEmpty()) {
            throw new Refused("文件已经存在，不会覆盖：" + String.join("、", existing.stream().map(p -> display(content, p)).toList())
                    + "。要重新生成，请先删除或改名这些文件。");
        }
        Deque<Path> made = new ArrayDeque<>();
        try {
            for (Skeletons.File f : files) {
                Path target = root.resolve(f.path()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalArgumentException("not below the content folder: " + f.path());
                }
                folders(content, root, root.relativize(target.getParent()), made);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    made.push(target);
                    out.write(f.text().getBytes(StandardCharsets.UTF_8));
                } catch (FileAlreadyExistsException e) {
                    throw new Refused("文件已经存在，不会覆盖：" + display(content, f.path()) + "。");
                }
            }
        } catch (Refused | IOException | RuntimeException e) {
            undo(made);
            throw e;
        }
        return files.stream().map(Skeletons.File::path).toList();
    }

    /** Creates the missing folders of {@code relative} one by one, never following a link out of the content folder. */
    private static void folders(Path content, Path root, Path relative, Deque<Path> made) throws Refused, IOException {
        Path current = root;
        for (Path part : relative) {
            current = current.resolve(part);
            if (!Files.isDirectory(current)) {
                Files.createDirectory(current);
                made.push(current);
            }
            if (!current.toRealPath().startsWith(root)) {
                throw new Refused(display(content, root.relativize(current).toString())
                        + " 是指向内容文件夹以外的链接，不能在其中新建文件。");
            }
        }
    }

    private static void undo(Deque<Path> made) {
        for (Path p : made) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // Best effort: the original failure is what the person is told about.
            }
        }
    }

    // ---- reading the content folder -------------------------------------------------------------------------------

    /** The newest year that has a year.yaml. */
    private static Optional<Integer> newestYear(Path content) throws IOException {
        try (Stream<Path> children = Files.list(content)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> YEAR.matcher(n).matches()).map(Integer::parseInt).sorted(Comparator.reverseOrder())
                    .filter(y -> Files.exists(content.resolve(y + "/year.yaml"))).findFirst();
        }
    }

    /** A setting of year.yaml ({@code framework}, {@code form}). */
    private static Optional<String> yearSetting(Path content, int year, String key) {
        return mapping(content, year + "/year.yaml").flatMap(m -> text(m, key));
    }

    /** A unit's own setting in its unit.yaml ({@code framework}, {@code form}). */
    private static Optional<String> unitSetting(Path content, String unitDir, String key) {
        return mapping(content, unitDir + "/unit.yaml").flatMap(m -> text(m, key));
    }

    /** The form named {@code id}, read as validate reads it; the standard form when none is named. */
    private static Form form(Path content, Optional<String> id) throws Refused {
        if (id.isEmpty()) {
            return Form.STANDARD;
        }
        String path = "forms/" + id.get() + ".yaml";
        Optional<SourceTree.YamlFile> file = FRAMEWORK_ID.matcher(id.get()).matches() ? yaml(content, path) : Optional.empty();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Form> form = file.flatMap(f -> FormChecker.check(f, diagnostics)).filter(f -> !diagnostics.hasErrors());
        return form.orElseThrow(() -> new Refused("无法读取表式 " + display(content, path) + "（year.yaml 或 unit.yaml 中的 form）。"
                + "请先运行 ./gongkai validate，改正其中的问题。"));
    }

    private static Optional<Framework> framework(Path content, String id) {
        if (!FRAMEWORK_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<Node.Mapping> root = mapping(content, "frameworks/" + id + ".yaml");
        Optional<String> name = root.flatMap(m -> text(m, "name"));
        Optional<Node.Sequence> level1 = root.flatMap(m -> m.entry("level1")).map(Node.Entry::value)
                .filter(Node.Sequence.class::isInstance).map(Node.Sequence.class::cast);
        if (name.isEmpty() || level1.isEmpty()) {
            return Optional.empty();
        }
        List<Framework.Level1> list = new ArrayList<>();
        for (Node item : level1.get().items()) {
            if (!(item instanceof Node.Mapping m) || text(m, "name").isEmpty()) {
                return Optional.empty();
            }
            List<String> level2 = new ArrayList<>();
            m.entry("level2").map(Node.Entry::value).filter(Node.Sequence.class::isInstance).map(Node.Sequence.class::cast)
                    .ifPresent(s -> s.items().forEach(n -> {
                        if (n instanceof Node.Scalar sc && !sc.isBlank()) {
                            level2.add(sc.text().strip());
                        }
                    }));
            list.add(new Framework.Level1(text(m, "name").get(), text(m, "required").filter("true"::equals).isPresent(), level2));
        }
        return Optional.of(new Framework(id, name.get(), list));
    }

    /** The root mapping of a YAML file below the content folder, when it can be read without any problem. */
    private static Optional<Node.Mapping> mapping(Path content, String path) {
        return yaml(content, path).flatMap(SourceTree.YamlFile::root).filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast);
    }

    /** A YAML file below the content folder, when it can be read without any problem. */
    private static Optional<SourceTree.YamlFile> yaml(Path content, String path) {
        try {
            // Read as validate reads it: never through a symbolic link, never more than a content file may hold.
            byte[] bytes = ContentFiles.of(content).read(path, ContentText.MAX_FILE_BYTES);
            if (bytes.length > ContentText.MAX_FILE_BYTES) {
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            Diagnostics diagnostics = new Diagnostics();
            SourceFile file = new SourceFile(path, text.startsWith("\uFEFF") ? text.substring(1) : text);
            Optional<Node> root = YamlReader.read(file, diagnostics);
            return diagnostics.hasErrors() || root.isEmpty() ? Optional.empty() : Optional.of(new SourceTree.YamlFile(file, root));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> text(Node.Mapping m, String key) {
        return m.entry(key).map(Node.Entry::value).filter(Node.Scalar.class::isInstance).map(Node.Scalar.class::cast)
                .filter(s -> !s.isBlank()).map(s -> s.text().strip());
    }

    private static String frameworkList(Path content) throws IOException {
        Path dir = content.resolve("frameworks");
        if (!Files.isDirectory(dir)) {
            return "（" + display(content, "frameworks") + " 文件夹不存在）";
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
            return ids.isEmpty() ? "（frameworks 文件夹中没有指标体系）" : String.join("、", ids);
        }
    }

    // ---- checking the request -------------------------------------------------------------------------------------

    private static void year(String year, List<String> problems) {
        if (year == null) {
            problems.add("请用 --year 指定年度，如 --year 2022。");
        } else if (!YEAR.matcher(year).matches()) {
            problems.add("年度“" + year + "”应当是四位数的年份，如 2022。");
        }
    }

    private static void name(String name, String what, List<String> problems) {
        if (name == null || name.isBlank()) {
            problems.add("请用 --name 指定" + what + "，如 --name " + (what.startsWith("单位") ? "唐山市丰润区某单位" : "某项目运行维护费") + "。");
        } else if (CONTROL.matcher(name).find()) {
            problems.add(what + "中不能有换行或其他控制字符。");
        }
    }

    private static void contentFolder(Path content) throws Refused {
        if (!Files.isDirectory(content)) {
            throw new Refused(ContentFiles.missingFolder(content));
        }
    }

    private static void refuseIf(List<String> problems) throws Refused {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /** A path below the content folder as the person typed the folder, e.g. content/2022/425001/unit.yaml. */
    static String display(Path content, String path) {
        return content.resolve(path).toString().replace('\\', '/');
    }
}
