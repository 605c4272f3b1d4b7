package gongkai.view;

import gongkai.data.Column;
import gongkai.data.JsonApi;
import gongkai.data.OpenData;
import gongkai.data.Table;
import gongkai.data.Tables;
import gongkai.model.FiscalYear;
import gongkai.model.IndicatorValue;
import gongkai.model.Project;
import gongkai.model.Site;
import gongkai.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/** The views of the open data: the download links of unit and project pages and the 数据下载 page. Pure. */
final class DataViews {

    static final String PAGE = "data.html";
    private static final String CSV = "text/csv";
    private static final String JSON = "application/json";

    private final Function<String, OptionalLong> sizes;

    /** @param sizes the size of each file written before the pages, by path */
    DataViews(Function<String, OptionalLong> sizes) {
        this.sizes = sizes;
    }

    /** A link from page {@code from} to data file {@code path}: {@code 项目表 CSV（2 KB）}. */
    private Views.DataLink link(String from, String path, String label, String type) {
        OptionalLong size = sizes.apply(path);
        return new Views.DataLink(ViewBuilder.relative(from, path),
                label + (size.isPresent() ? "（" + Format.fileSize(size.getAsLong()) + "）" : ""), type);
    }

    Views.DataDownloads unit(int year, Unit unit, String from) {
        List<Views.DataLink> links = new ArrayList<>(List.of(
                link(from, OpenData.unitCsvPath(year, unit.code(), Tables.PROJECTS), "项目表 CSV", CSV),
                link(from, OpenData.unitCsvPath(year, unit.code(), Tables.INDICATORS), "绩效指标表 CSV", CSV)));
        if (unit.table().isPresent()) {
            links.add(link(from, OpenData.unitCsvPath(year, unit.code(), Tables.UNIT_INDICATORS), "整体绩效指标表 CSV", CSV));
        }
        links.add(link(from, OpenData.unitJsonPath(year, unit.code()), "单位 JSON", JSON));
        return new Views.DataDownloads(List.copyOf(links), ViewBuilder.relative(from, PAGE));
    }

    Views.DataDownloads project(int year, Unit unit, Project project, String from) {
        return new Views.DataDownloads(List.of(
                link(from, OpenData.projectJsonPath(year, unit.code(), project.code()), "本项目 JSON", JSON),
                link(from, OpenData.projectCsvPath(year, unit.code(), project.code()), "本项目绩效指标 CSV", CSV)),
                ViewBuilder.relative(from, PAGE));
    }

    Views.DataPage page(Site site, Views.Layout layout) {
        List<Views.DataLink> files = List.of(
                link(PAGE, OpenData.siteCsvPath(Tables.PROJECTS), "项目表 projects.csv", CSV),
                link(PAGE, OpenData.siteCsvPath(Tables.INDICATORS), "绩效指标表 indicators.csv", CSV),
                link(PAGE, OpenData.siteCsvPath(Tables.UNIT_INDICATORS), "整体绩效指标表 unit-indicators.csv", CSV),
                link(PAGE, OpenData.DATA_PACKAGE, "数据包说明 datapackage.json", JSON),
                link(PAGE, OpenData.API_INDEX, "JSON 目录 index.json", JSON));
        List<Views.DataTable> tables = Tables.ALL.stream().map(DataViews::table).toList();

        Views.DataLink unitExample = null;
        Views.DataLink projectExample = null;
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                if (unitExample == null) {
                    unitExample = link(PAGE, OpenData.unitJsonPath(year.year(), unit.code()),
                            year.year() + "年 " + unit.name(), JSON);
                }
                if (projectExample == null && !unit.projects().isEmpty()) {
                    Project p = unit.projects().get(0);
                    projectExample = link(PAGE, OpenData.projectJsonPath(year.year(), unit.code(), p.code()),
                            year.year() + "年 " + p.name(), JSON);
                }
            }
        }
        String v = "api/v" + JsonApi.VERSION + "/";
        List<Views.ApiPath> api = new ArrayList<>();
        api.add(new Views.ApiPath(OpenData.API_INDEX, "目录：全部年度、单位和项目，以及各自的 JSON 文件和网页的路径（format 为 gongkai-index）。",
                link(PAGE, OpenData.API_INDEX, "index.json", JSON)));
        api.add(new Views.ApiPath(v + "{年度}/{单位编码}.json", "一个单位一个年度：第一部分（总体绩效目标、分项绩效目标、工作保障措施）、"
                + "预算合计、项目清单（含每个项目延续的往年项目），预算批复日期、公开日期和是否在 20 日内公开，本单位采用的表式及其各栏的名称，"
                + "以及部门（单位）整体绩效目标表（format 为 gongkai-unit）。", unitExample));
        api.add(new Views.ApiPath(v + "{年度}/{单位编码}/{项目编码}.json", "一个项目：预算规模、资金支出计划、绩效目标和全部绩效指标，"
                + "指标值既有原文也有读出的比较符、数值和单位，以及本项目延续的往年项目（format 为 gongkai-project）。", projectExample));
        api.add(new Views.ApiPath("data/{年度}/{单位编码}/projects.csv、indicators.csv", "一个单位一个年度的项目表和绩效指标表，列与全站文件相同。",
                null));
        api.add(new Views.ApiPath("data/{年度}/{单位编码}/projects/{项目编码}-indicators.csv", "一个项目的绩效指标，列与绩效指标表相同。", null));
        api.add(new Views.ApiPath("data/{年度}/{单位编码}/unit-indicators.csv", "一个单位一个年度的部门（单位）整体绩效目标表的绩效指标，列与整体绩效指标表相同；"
                + "只有表式有这张表的单位才有。", null));
        return new Views.DataPage(PAGE, layout, site.config().publisher(), files, tables, List.copyOf(api), JsonApi.VERSION);
    }

    /** The text in parts, the comparison symbols {@code ≥} and {@code ≤} each with the words read instead. */
    static List<Views.TextPart> spoken(String text) {
        List<Views.TextPart> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            IndicatorValue.Comparator symbol = c == '≥' ? IndicatorValue.Comparator.GE : c == '≤' ? IndicatorValue.Comparator.LE : null;
            if (symbol == null) {
                run.append(c);
                continue;
            }
            if (run.length() > 0) {
                parts.add(new Views.TextPart(run.toString(), null));
                run.setLength(0);
            }
            parts.add(new Views.TextPart(String.valueOf(c), symbol.words()));
        }
        if (run.length() > 0) {
            parts.add(new Views.TextPart(run.toString(), null));
        }
        return List.copyOf(parts);
    }

    private static Views.DataTable table(Table<?> table) {
        List<Views.DataColumn> columns = new ArrayList<>();
        for (Column<?> c : table.columns()) {
            String description = c.description();
            if (!c.values().isEmpty()) {
                description += "可能的值：" + String.join("、", c.values()) + "。";
            }
            columns.add(new Views.DataColumn(c.name(), c.typeLabel(), c.required() ? "是" : "否", spoken(description)));
        }
        return new Views.DataTable("table-" + table.name(), table.title(), table.fileName(), table.description(),
                String.join(" + ", table.primaryKey()), columns);
    }
}
