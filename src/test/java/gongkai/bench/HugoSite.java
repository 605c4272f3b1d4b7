package gongkai.bench;

import gongkai.Gongkai;
import gongkai.model.Amount;
import gongkai.model.FiscalYear;
import gongkai.model.Indicator;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.SpendingPlan;
import gongkai.model.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a minimal Hugo site holding the same project tables as Gongkai's project pages, for the Hugo comparison of
 * {@code bench/scale-bench.sh} (see bench/README.md). Not a JUnit test: a {@code main} method.
 *
 * <p>The content folder is read and checked with {@link Gongkai#check}, so the Markdown comes from the same YAML as
 * the pages. One Markdown file per project ({@code content/<year>/<unit>/projects/<code>.md}): the 项目基本信息 as a
 * two-column table, the 资金支出计划 and the 绩效指标 as a Markdown table with the six columns of the standard form
 * (Markdown has no merged cells, so every row repeats its 一级/二级指标). One {@code _index.md} per year and unit, so
 * Hugo builds a year page listing units and a unit page listing its projects (a table), like Gongkai's. The theme is a
 * few layout files written here; taxonomies and RSS are turned off, URLs end in {@code .html} ({@code uglyURLs}) and
 * keep the project code's case.
 */
public final class HugoSite {

    private HugoSite() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("用法：HugoSite 内容文件夹 Hugo 网站文件夹");
            System.exit(2);
        }
        Gongkai.CheckResult check = Gongkai.check(Path.of(args[0]));
        if (check.site().isEmpty()) {
            System.err.println("内容有错误：" + check.diagnostics().sorted());
            System.exit(1);
        }
        Site site = check.site().get();
        Path root = Path.of(args[1]);
        writeTheme(root, site);
        int projects = 0;
        for (FiscalYear year : site.years()) {
            Path yearDir = root.resolve("content").resolve(Integer.toString(year.year()));
            write(yearDir.resolve("_index.md"), "---\ntitle: " + quote(year.year() + "年预算绩效目标") + "\nweight: " + year.year() + "\n---\n");
            for (Unit unit : year.units()) {
                Path unitDir = yearDir.resolve(unit.code());
                write(unitDir.resolve("_index.md"), "---\ntitle: " + quote(unit.name()) + "\nunit_code: " + quote(unit.code()) + "\n---\n");
                for (Project p : unit.projects()) {
                    write(unitDir.resolve("projects").resolve(p.code() + ".md"), page(year, unit, p));
                    projects++;
                }
            }
        }
        System.out.println("HUGOSITE projects=" + projects);
    }

    private static String page(FiscalYear year, Unit unit, Project p) {
        StringBuilder b = new StringBuilder(4096);
        b.append("---\n")
                .append("title: ").append(quote(p.name() + "绩效目标表")).append('\n')
                .append("weight: ").append(Math.max(p.order(), 0)).append('\n')
                .append("order: ").append(p.order()).append('\n')
                .append("unit: ").append(quote(unit.name())).append('\n')
                .append("year: ").append(year.year()).append('\n')
                .append("budget: ").append(quote(p.budget().total().text())).append('\n')
                .append("---\n\n");
        b.append("单位：万元\n\n");
        b.append("| 项目基本信息 | |\n|---|---|\n");
        row(b, "项目编码", p.code());
        row(b, "项目名称", p.name());
        row(b, "预算数", p.budget().total().text());
        row(b, "其中：财政资金", p.budget().fiscal().map(Amount::text).orElse(""));
        row(b, "其他资金", p.budget().other().map(Amount::text).orElse(""));
        row(b, "资金用途", p.purpose().orElse(""));
        row(b, "绩效目标", p.goal());
        b.append('\n');
        Optional<SpendingPlan> plan = p.spendingPlan();
        if (plan.isPresent()) {
            b.append("| 资金支出计划（%） |");
            plan.get().checkpoints().forEach(c -> b.append(' ').append(c.month().label()).append(" |"));
            b.append("\n|---|");
            plan.get().checkpoints().forEach(c -> b.append("---|"));
            b.append("\n| 截至各月底累计 |");
            plan.get().checkpoints().forEach(c -> b.append(' ').append(cell(c.percent().map(SpendingPlan.Percent::text).orElse("")))
                    .append(" |"));
            b.append("\n\n");
        }
        b.append("绩效指标（共 ").append(p.indicators().size()).append(" 项）\n\n");
        b.append("| 一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 | 指标值确定依据 |\n|---|---|---|---|---|---|\n");
        for (Indicator i : p.indicators()) {
            b.append("| ").append(cell(i.level1())).append(" | ").append(cell(i.level2().orElse(""))).append(" | ")
                    .append(cell(i.level3())).append(" | ").append(cell(i.description())).append(" | ")
                    .append(cell(i.value().text())).append(" | ").append(cell(i.basis())).append(" |\n");
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String label, String value) {
        b.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
    }

    /** A Markdown table cell: no line breaks, pipes escaped. */
    private static String cell(String s) {
        return s.replace("\r", "").replace('\n', ' ').replace("|", "\\|");
    }

    /** A YAML double-quoted scalar. */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static void writeTheme(Path root, Site site) throws IOException {
        write(root.resolve("config.toml"), """
                baseURL = "/"
                languageCode = "zh-cn"
                title = %s
                uglyURLs = true
                disablePathToLower = true
                relativeURLs = true
                disableKinds = ["taxonomy", "term", "RSS"]
                """.formatted(quote(site.config().title())));
        write(root.resolve("static/style.css"), """
                body { font-family: sans-serif; margin: 0 auto; max-width: 60em; padding: 0 1em; }
                table { border-collapse: collapse; } th, td { border: 1px solid #888; padding: .2em .4em; }
                """);
        write(root.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} - {{ .Site.Title }}</title>
                <link rel="stylesheet" href="{{ "style.css" | relURL }}">
                </head>
                <body>
                <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>{{ with .Parent }} › <a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</header>
                <main>
                {{ block "main" . }}{{ end }}
                </main>
                </body>
                </html>
                """);
        write(root.resolve("layouts/_default/single.html"), """
                {{ define "main" }}
                <p>{{ .Params.unit }} · {{ .Params.year }}年 · 第二部分 预算项目绩效目标 {{ .Params.order }}.</p>
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ with .Parent }}<p><a href="{{ .RelPermalink }}">返回 {{ .Title }}</a></p>{{ end }}
                {{ end }}
                """);
        write(root.resolve("layouts/_default/list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ with .Sections }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                {{ with .RegularPages }}
                <table><thead><tr><th>序号</th><th>项目名称</th><th>预算数</th></tr></thead><tbody>
                {{ range . }}<tr><td>{{ .Params.order }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ .Params.budget }}</td></tr>
                {{ end }}</tbody></table>
                {{ end }}
                {{ end }}
                """);
        write(root.resolve("layouts/index.html"), """
                {{ define "main" }}
                <h1>{{ .Site.Title }}</h1>
                <ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                {{ end }}
                """);
    }
}
