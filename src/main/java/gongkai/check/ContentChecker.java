package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import gongkai.model.Amount;
import gongkai.format.ContentFormat;
import gongkai.format.Kind;
import gongkai.format.UnitTableField;
import gongkai.model.FiscalYear;
import gongkai.model.Form;
import gongkai.model.Framework;
import gongkai.model.Goal;
import gongkai.model.Project;
import gongkai.model.Publication;
import gongkai.model.Site;
import gongkai.model.SiteConfig;
import gongkai.model.Unit;
import gongkai.model.UnitTable;
import gongkai.source.ContentLoader;
import gongkai.source.Node;
import gongkai.source.SourceFile;
import gongkai.source.SourceTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Phase 2, check: turns the {@link SourceTree} into the immutable {@link Site}, reporting every problem.
 * The site is returned only when there is no error at all, so nothing is ever rendered from broken content.
 */
public final class ContentChecker {

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern UNIT_CODE = Kind.UNIT_CODE.pattern().orElseThrow();
    private static final Pattern REGION = Kind.REGION.pattern().orElseThrow();

    private final Diagnostics diagnostics;
    /**
     * What the loader reported, to tell a file that could not be read from a missing one: {@link #diagnostics} itself,
     * or, for a unit checked on its own thread, the diagnostics of the whole check, not written while units are checked.
     */
    private final Diagnostics loaded;
    /** Every checked project of every year, for the checks across years (GK410, GK411). */
    private final List<LineageChecker.ProjectFile> lineage = new ArrayList<>();

    private ContentChecker(Diagnostics diagnostics, Diagnostics loaded) {
        this.diagnostics = diagnostics;
        this.loaded = loaded;
    }

    public static Optional<Site> check(SourceTree tree, String contentDir, Diagnostics diagnostics) {
        return new ContentChecker(diagnostics, diagnostics).run(tree, contentDir);
    }

    private Optional<Site> run(SourceTree tree, String contentDir) {
        if (unreadable(contentDir)) {
            // The content folder itself was refused (a symbolic link): there is nothing to check.
            return Optional.empty();
        }
        Optional<SiteConfig> config = site(tree, contentDir);
        Map<String, Framework> frameworks = new LinkedHashMap<>();
        for (SourceTree.YamlFile f : tree.frameworks()) {
            framework(f).ifPresent(fw -> frameworks.put(fw.id(), fw));
        }
        Map<String, Form> forms = new LinkedHashMap<>();
        for (SourceTree.YamlFile f : tree.forms()) {
            guarded(f.file().path(), () -> FormChecker.check(f, diagnostics)).ifPresent(form -> forms.put(form.id(), form));
        }
        List<FiscalYear> years = new ArrayList<>();
        for (SourceTree.YearSource y : tree.years()) {
            year(y, frameworks, forms).ifPresent(years::add);
        }
        LineageChecker.check(lineage, diagnostics);
        if (diagnostics.hasErrors() || config.isEmpty()) {
            return Optional.empty();
        }
        years.sort(Comparator.comparingInt(FiscalYear::year).reversed());
        return Optional.of(new Site(config.get(), years));
    }

    private Optional<SiteConfig> site(SourceTree tree, String contentDir) {
        if (tree.site().isEmpty()) {
            if (!unreadable(contentDir + "/" + ContentLoader.SITE_FILE)) {
                diagnostics.report(Code.GK121, Position.ofFile(contentDir + "/" + ContentLoader.SITE_FILE), "",
                        "缺少网站设置文件 site.yaml。请在内容文件夹中新建它，至少写上“title: 网站名称”。");
            }
            return Optional.empty();
        }
        return tree.site().get().root()
                .flatMap(root -> MapReader.of(root, "", List.of("title", "description", "publisher", "url", "pdf_fonts"), diagnostics))
                .flatMap(r -> {
                    Optional<String> title = r.text("title", true);
                    String description = r.text("description", false).orElse("");
                    String publisher = r.text("publisher", false).orElse("");
                    Optional<SiteConfig.PdfFontFiles> fonts = r.mapping("pdf_fonts", false)
                            .flatMap(m -> MapReader.of(m, "pdf_fonts", List.of("regular", "regular_name", "bold", "bold_name"), diagnostics))
                            .flatMap(f -> f.text("regular", true).map(regular -> new SiteConfig.PdfFontFiles(regular,
                                    f.text("regular_name", false), f.text("bold", false), f.text("bold_name", false))));
                    Optional<String> url = r.text("url", false).filter(u -> {
                        if (SITE_URL.matcher(u).matches()) {
                            return true;
                        }
                        diagnostics.report(Code.GK114, r.position("url"), "url", "网站地址“" + u + "”应当是以 http:// 或 https:// 开头的完整地址，"
                                + "如 https://czj.example.gov.cn/jxmb/，不能含空格、引号或尖括号。不知道时可以删除这一行（这时不生成 sitemap.xml）。");
                        return false;
                    }).map(u -> u.endsWith("/") ? u : u + "/");
                    return title.map(t -> new SiteConfig(t, description, publisher, fonts, url));
                });
    }

    private static final Pattern SITE_URL = Kind.URL.pattern().orElseThrow();

    private Optional<Framework> framework(SourceTree.YamlFile f) {
        String path = f.file().path();
        String id = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.yaml$", "");
        Optional<MapReader> read = f.root().flatMap(root -> MapReader.of(root, "", ContentFormat.FRAMEWORK, diagnostics));
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        Optional<String> name = r.text("name", true);
        Optional<Node.Sequence> level1Nodes = r.sequence("level1", true);
        List<Framework.Level1> level1 = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; level1Nodes.isPresent() && i < level1Nodes.get().items().size(); i++) {
            String prefix = "level1[" + i + "]";
            Optional<MapReader> l = MapReader.of(level1Nodes.get().items().get(i), prefix, List.of("name", "required", "level2"), diagnostics);
            if (l.isEmpty()) {
                ok = false;
                continue;
            }
            Optional<String> l1 = l.get().text("name", true);
            boolean required = l.get().text("required", false).map(t -> bool(t, l.get())).orElse(false);
            List<String> level2 = new ArrayList<>();
            for (Node n : l.get().sequence("level2", true).map(Node.Sequence::items).orElse(List.of())) {
                if (n instanceof Node.Scalar s && !s.isBlank()) {
                    level2.add(s.text().strip());
                } else {
                    diagnostics.report(Code.GK111, n.position(), prefix + ".level2", "二级指标应当是一个名称，如“数量指标”。");
                }
            }
            if (l1.isEmpty()) {
                ok = false;
            } else {
                level1.add(new Framework.Level1(l1.get(), required, level2));
            }
        }
        Map<String, String> aliases = new LinkedHashMap<>();
        for (Node.Entry e : r.mapping("aliases", false).map(Node.Mapping::entries).orElse(List.of())) {
            if (e.value() instanceof Node.Scalar s && !s.isBlank()) {
                String canonical = s.text().strip();
                if (level1.stream().noneMatch(l -> l.level2().contains(canonical))) {
                    diagnostics.report(Code.GK114, e.value().position(), "aliases." + e.key(), "“" + e.key() + "”是“" + canonical
                            + "”的别名，但本指标体系中没有二级指标“" + canonical + "”。别名后面要写本指标体系中已有的二级指标名称。");
                    ok = false;
                }
                aliases.put(e.key(), canonical);
            } else {
                diagnostics.report(Code.GK111, e.value().position(), "aliases." + e.key(),
                        "别名后面应当写它所代表的二级指标名称，如“社会公众或服务对象满意度指标: 服务对象满意度指标”。");
                ok = false;
            }
        }
        if (name.isEmpty() || level1Nodes.isEmpty() || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Framework(id, name.get(), level1, aliases));
    }

    private boolean bool(String text, MapReader r) {
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        diagnostics.report(Code.GK114, r.position("required"), r.path("required"), "“required”只能填 true 或 false。");
        return false;
    }

    private Optional<FiscalYear> year(SourceTree.YearSource y, Map<String, Framework> frameworks, Map<String, Form> forms) {
        if (!YEAR.matcher(y.dirName()).matches()) {
            diagnostics.report(Code.GK122, Position.ofFile(y.dirPath()), "",
                    "文件夹“" + y.dirName() + "”不是四位数的年度（如 2022）。内容文件夹中每个年度一个文件夹，以年度命名；"
                            + "指标体系放在 frameworks 文件夹中。");
            return Optional.empty();
        }
        int year = Integer.parseInt(y.dirName());
        Optional<Framework> framework = Optional.empty();
        Optional<Form> form = Optional.of(Form.STANDARD);
        if (y.yearFile().isEmpty()) {
            if (!unreadable(y.dirPath() + "/" + ContentLoader.YEAR_FILE)) {
                diagnostics.report(Code.GK121, Position.ofFile(y.dirPath() + "/" + ContentLoader.YEAR_FILE), "",
                        "缺少年度设置文件 year.yaml。请新建它并写上本年度采用的指标体系，如“framework: output-benefit-satisfaction”。");
            }
        } else {
            Optional<MapReader> read = y.yearFile().get().root().flatMap(root -> MapReader.of(root, "", ContentFormat.YEAR, diagnostics));
            framework = read.flatMap(r -> r.text("framework", true).flatMap(id -> findFramework(id, r, frameworks)));
            form = read.flatMap(r -> r.text("form", false).map(id -> findForm(id, r, forms)).orElse(Optional.of(Form.STANDARD)));
        }
        // Each unit is checked on its own, on all cores, with its own diagnostics; what concerns several units (the
        // case of folder names, project codes used twice in the year, continued projects) is then checked here in the
        // order of the units, and the diagnostics are merged in that order, so the result does not depend on threads.
        Optional<Framework> yearFramework = framework;
        Optional<Form> yearForm = form;
        List<UnitCheck> checks = y.units().parallelStream()
                .map(u -> new ContentChecker(new Diagnostics(), loaded).unit(u, year, yearFramework, yearForm, frameworks, forms))
                .toList();
        List<Unit> units = new ArrayList<>();
        Map<String, CodeFile> projectFiles = new HashMap<>();
        Map<String, SourceTree.UnitSource> unitFolders = new HashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            SourceTree.UnitSource u = y.units().get(i);
            UnitCheck checked = checks.get(i);
            SourceTree.UnitSource same = unitFolders.putIfAbsent(FileNames.caseKey(u.dirName()), u);
            if (same != null) {
                diagnostics.report(Code.GK129, Position.ofFile(u.dirPath()), "",
                        "单位文件夹“" + u.dirName() + "”与“" + same.dirName() + "”只有大小写不同。在 Windows 和 macOS 上它们是同一个文件夹，"
                                + "网站中两个单位的页面会互相覆盖。请核对单位编码，把其中一个改正。");
            }
            diagnostics.addAll(checked.diagnostics());
            for (CrossChecker.ProjectFile pf : checked.projects()) {
                uniqueCode(pf, year, projectFiles);
                checked.code().ifPresent(c -> lineage.add(new LineageChecker.ProjectFile(year, c, checked.region(), pf.project(), pf.file())));
            }
            checked.unit().ifPresent(units::add);
        }
        units.sort(Comparator.comparing(Unit::code));
        return framework.map(fw -> new FiscalYear(year, fw, units));
    }

    /** A project code and the file that first used it in a year, keyed by {@link FileNames#caseKey}. */
    private record CodeFile(String code, String path) {}

    /**
     * What checking one unit gave: the unit when it has no error, its checked projects in the order of their files
     * (with the unit's code and region, for the checks across years), and the diagnostics of its files.
     */
    private record UnitCheck(Optional<Unit> unit, List<CrossChecker.ProjectFile> projects, Optional<String> code,
                             Optional<String> region, Diagnostics diagnostics) {}

    /** GK202 (or GK129) when the project's code was already used, in any letter case, by another file of the year. */
    private void uniqueCode(CrossChecker.ProjectFile pf, int year, Map<String, CodeFile> projectFiles) {
        Project p = pf.project();
        SourceTree.YamlFile f = pf.file();
        CodeFile first = projectFiles.putIfAbsent(FileNames.caseKey(p.code()), new CodeFile(p.code(), f.file().path()));
        if (first == null) {
            return;
        }
        Position at = f.root().filter(Node.Mapping.class::isInstance).map(Node.Mapping.class::cast)
                .flatMap(root -> root.entry("code")).map(e -> e.value().position())
                .orElse(Position.ofFile(f.file().path()));
        if (first.code().equals(p.code())) {
            diagnostics.report(Code.GK202, at, "code",
                    "项目编码“" + p.code() + "”在 " + year + " 年度已经用过（" + first.path() + "）。同一年度内项目编码不能重复，请核对。");
        } else {
            diagnostics.report(Code.GK129, at, "code",
                    "项目编码“" + p.code() + "”与本年度的“" + first.code() + "”（" + first.path() + "）只有大小写不同。"
                            + "在 Windows 和 macOS 上两个项目的页面和数据文件是同一个文件，会互相覆盖。请核对项目编码，把其中一个改正。");
        }
    }

    private Optional<Framework> findFramework(String id, MapReader r, Map<String, Framework> frameworks) {
        return find(id, r, "framework", frameworks, "指标体系", ContentLoader.FRAMEWORKS_DIR, "");
    }

    private Optional<Form> findForm(String id, MapReader r, Map<String, Form> forms) {
        return find(id, r, "form", forms, "表式", ContentLoader.FORMS_DIR, "；不填 form 时用标准表式");
    }

    /** The framework or form a year or unit names by {@code key}; GK201 with the ones there are when it is not found. */
    private <T> Optional<T> find(String id, MapReader r, String key, Map<String, T> known, String what, String folder, String hint) {
        T found = known.get(id);
        if (found == null) {
            diagnostics.report(Code.GK201, r.position(key), key,
                    "找不到" + what + "“" + id + "”。可以使用的有：" + (known.isEmpty() ? "（" + folder + " 文件夹中没有可用的" + what + "）"
                            : String.join("、", known.keySet())) + "。每个" + what + "是 " + folder + " 文件夹中的一个文件" + hint + "。");
        }
        return Optional.ofNullable(found);
    }

    /** Checks one unit's files; see {@link UnitCheck}. */
    private UnitCheck unit(SourceTree.UnitSource u, int year, Optional<Framework> yearFramework, Optional<Form> yearForm,
            Map<String, Framework> frameworks, Map<String, Form> forms) {
        if (u.unitFile().isEmpty() && !unreadable(u.dirPath() + "/" + ContentLoader.UNIT_FILE)) {
            diagnostics.report(Code.GK121, Position.ofFile(u.dirPath() + "/" + ContentLoader.UNIT_FILE), "",
                    "缺少单位信息文件 unit.yaml。每个单位文件夹中都要有它，写明单位编码、名称和分项绩效目标。");
        }
        Optional<MapReader> read = u.unitFile().flatMap(SourceTree.YamlFile::root)
                .flatMap(root -> MapReader.of(root, "", ContentFormat.UNIT, diagnostics));
        // A unit may follow its own form and framework (a city portal hosting units of another province's form).
        Optional<Framework> ownFramework = read.flatMap(r -> r.text("framework", false).flatMap(id -> findFramework(id, r, frameworks)));
        boolean ownFrameworkOk = read.flatMap(r -> r.text("framework", false)).isEmpty() || ownFramework.isPresent();
        Optional<Framework> framework = ownFramework.isPresent() ? ownFramework : yearFramework;
        Optional<Form> form = read.flatMap(r -> r.text("form", false)).isPresent()
                ? read.flatMap(r -> r.text("form", false).flatMap(id -> findForm(id, r, forms))) : yearForm;
        boolean narrative = form.map(Form::narrative).orElse(true);
        Optional<String> code = read.flatMap(r -> r.text("code", true)).filter(c -> unitCode(c, u, read.get()));
        Optional<String> name = read.flatMap(r -> r.text("name", true));
        Optional<String> department = read.flatMap(r -> r.text("department", false));
        Optional<String> region = read.flatMap(r -> r.text("region", false)).filter(reg -> {
            if (REGION.matcher(reg).matches()) {
                return true;
            }
            diagnostics.report(Code.GK114, read.get().position("region"), "region",
                    "行政区划代码“" + reg + "”应当是 6 位数字，如 130208。不需要检查项目编码时可以删除这一行。");
            return false;
        });
        Optional<Amount> declaredTotal = read.flatMap(r -> r.text("total", false)).filter(t -> {
            if (ProjectChecker.AMOUNT.matcher(t).matches()) {
                return true;
            }
            diagnostics.report(Code.GK114, read.get().position("total"), "total",
                    "项目预算合计“" + t + "”应当是以万元为单位的数字，如 107.43；不要写单位、逗号或负号。不需要核对合计时可以删除这一行。");
            return false;
        }).map(Amount::of);
        // Goals are required where the form has the narrative Part 1; elsewhere a unit may still write them.
        Optional<Node.Sequence> goalList = read.flatMap(r -> r.sequence("goals", narrative));
        Optional<List<Goal>> goals = goalList.isPresent() ? goalList.flatMap(this::goals)
                : narrative ? Optional.empty() : Optional.of(List.of());
        Optional<UnitTable> table = Optional.empty();
        boolean tableOk = true;
        if (read.isPresent() && form.isPresent()) {
            Optional<Form.UnitTableForm> tableForm = form.get().unitTable();
            MapReader r = read.get();
            if (tableForm.isEmpty() && r.node("unit_table").isPresent()) {
                diagnostics.report(Code.GK113, r.node().entry("unit_table").get().keyPosition(), "unit_table",
                        "本单位采用的表式“" + form.get().name() + "”没有部门（单位）整体绩效目标表，所以不能填写“unit_table”。"
                                + "如果要公开这张表，请选用有这张表的表式（form）。");
                tableOk = false;
            } else if (tableForm.isPresent()) {
                table = r.mapping("unit_table", !narrative).flatMap(m -> unitTable(m, tableForm.get(), form.get(), framework));
                tableOk = table.isPresent() || narrative && r.node("unit_table").isEmpty();
            }
        }
        Publication publication = read.map(r -> PublicationChecker.check(r, year, diagnostics)).orElse(Publication.unknown());
        Optional<String> overall = narrative || u.overall().isPresent()
                ? markdown(u.overall(), u.dirPath() + "/" + ContentLoader.OVERALL_FILE, "一、总体绩效目标") : Optional.of("");
        Optional<String> measures = narrative || u.measures().isPresent()
                ? markdown(u.measures(), u.dirPath() + "/" + ContentLoader.MEASURES_FILE, "三、工作保障措施") : Optional.of("");
        if (form.isEmpty()) {
            return new UnitCheck(Optional.empty(), List.of(), code, region, diagnostics);
        }

        ProjectChecker projectChecker = new ProjectChecker(diagnostics, year, framework, region, form.get());
        List<Project> projects = new ArrayList<>();
        List<CrossChecker.ProjectFile> checked = new ArrayList<>();
        for (SourceTree.YamlFile f : u.projects()) {
            guarded(f.file().path(), () -> projectChecker.check(f)).ifPresent(p -> {
                projects.add(p);
                checked.add(new CrossChecker.ProjectFile(p, f));
            });
        }
        guarded(u.dirPath() + "/" + ContentLoader.UNIT_FILE, () -> {
            CrossChecker.check(year, checked, checked.size() == u.projects().size(),
                    declaredTotal.map(t -> new CrossChecker.DeclaredTotal(t, read.get().position("total"))), diagnostics);
            return Optional.empty();
        });
        projects.sort(Comparator.comparingInt(Project::order).thenComparing(Project::code));

        if (code.isEmpty() || name.isEmpty() || goals.isEmpty() || overall.isEmpty() || measures.isEmpty() || !tableOk
                || !ownFrameworkOk) {
            return new UnitCheck(Optional.empty(), checked, code, region, diagnostics);
        }
        return new UnitCheck(Optional.of(new Unit(code.get(), name.get(), department, region, overall.get(), goals.get(),
                measures.get(), projects, declaredTotal, publication, form.get(), ownFramework, table)), checked, code, region, diagnostics);
    }

    private Optional<UnitTable> unitTable(Node.Mapping node, Form.UnitTableForm tableForm, Form form, Optional<Framework> framework) {
        List<String> allowed = new ArrayList<>(tableForm.fields().stream().map(f -> f.key().key()).toList());
        allowed.add("indicators");
        Optional<MapReader> read = MapReader.of(node, "unit_table", ContentFormat.UNIT_TABLE, allowed,
                k -> Optional.of("本单位采用的表式“" + form.name() + "”的整体绩效目标表没有“" + ContentFormat.label(ContentFormat.UNIT_TABLE, k).orElse(k)
                        + "”这一栏，所以不能填写“" + k + "”。"), diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        MapReader r = read.get();
        boolean ok = true;
        Map<UnitTableField, Optional<String>> texts = new java.util.EnumMap<>(UnitTableField.class);
        for (Form.Field<UnitTableField> f : tableForm.fields()) {
            Optional<String> t = r.text(f.key().key(), f.required());
            ok &= t.isPresent() || !f.required();
            texts.put(f.key(), t);
        }
        IndicatorChecker indicators = new IndicatorChecker(diagnostics, framework, form, tableForm.indicators());
        Optional<List<gongkai.model.Indicator>> rows = r.sequence("indicators", true).flatMap(s -> indicators.indicators(s, "unit_table.indicators"));
        if (!ok || rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new UnitTable(texts.getOrDefault(UnitTableField.DUTIES, Optional.empty()),
                texts.getOrDefault(UnitTableField.TARGET, Optional.empty()), rows.get()));
    }

    /**
     * Whether the file exists but could not be read (the loader already reported why, as GK001 or GK103);
     * such a file must not also be reported as missing.
     */
    private boolean unreadable(String path) {
        return loaded.sorted().stream().anyMatch(d -> d.position().file().equals(path));
    }

    /**
     * Runs one file's checks so that a failure of Gongkai itself on unexpected input still names the file and lets
     * every other file be checked; the build then stops on the GK001 error instead of publishing without it.
     */
    private <T> Optional<T> guarded(String path, Supplier<Optional<T>> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            diagnostics.report(Code.GK001, Position.ofFile(path), "",
                    "检查此文件时 Gongkai 出现了意外错误（" + e.getClass().getSimpleName() + "）。请检查此文件的格式，"
                            + "并把此文件和这条信息告诉维护人员。");
            return Optional.empty();
        }
    }

    private boolean unitCode(String code, SourceTree.UnitSource u, MapReader r) {
        if (!UNIT_CODE.matcher(code).matches()) {
            diagnostics.report(Code.GK114, r.position("code"), "code", "单位编码“" + code + "”只能由数字和英文字母组成，如 425001。");
            return false;
        }
        if (FileNames.reserved(code)) {
            diagnostics.report(Code.GK128, r.position("code"), "code", FileNames.reservedMessage("单位编码", code));
            return false;
        }
        if (!code.equals(u.dirName())) {
            diagnostics.report(Code.GK122, r.position("code"), "code",
                    "单位编码是“" + code + "”，所在文件夹却是“" + u.dirName() + "”。请把文件夹改名为“" + code + "”，或改正单位编码。");
        }
        return true;
    }

    private Optional<List<Goal>> goals(Node.Sequence seq) {
        List<Goal> goals = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < seq.items().size(); i++) {
            Optional<MapReader> g = MapReader.of(seq.items().get(i), "goals[" + i + "]", List.of("title", "target", "indicator"), diagnostics);
            Optional<String> title = g.flatMap(r -> r.text("title", true));
            Optional<String> target = g.flatMap(r -> r.text("target", true));
            Optional<String> indicator = g.flatMap(r -> r.text("indicator", true));
            if (title.isPresent() && target.isPresent() && indicator.isPresent()) {
                goals.add(new Goal(title.get(), target.get(), indicator.get()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(goals) : Optional.empty();
    }

    private Optional<String> markdown(Optional<SourceFile> file, String expectedPath, String part) {
        if (file.isEmpty()) {
            if (!unreadable(expectedPath)) {
                diagnostics.report(Code.GK121, Position.ofFile(expectedPath), "",
                        "缺少第一部分“" + part + "”的文件。请新建这个 Markdown 文件并写入公开文件中的原文。");
            }
            return Optional.empty();
        }
        guarded(file.get().path(), () -> {
            MarkdownChecker.check(file.get(), diagnostics);
            return Optional.empty();
        });
        if (file.get().text().isBlank()) {
            diagnostics.report(Code.GK112, Position.ofFile(expectedPath), "", "“" + part + "”的文件是空的。请写入公开文件中的原文。");
            return Optional.empty();
        }
        return Optional.of(file.get().text());
    }
}
