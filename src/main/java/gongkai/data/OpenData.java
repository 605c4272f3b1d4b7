package gongkai.data;

import gongkai.model.FiscalYear;
import gongkai.model.ProjectLineage;
import gongkai.model.Site;
import gongkai.model.Unit;
import gongkai.output.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The open data files of the site, made from the model alone (pure, deterministic: the same content gives the same
 * bytes at the same paths in every build):
 * <ul>
 *   <li>{@code data/projects.csv}, {@code data/indicators.csv}: every year and unit, and {@code data/datapackage.json}
 *       describing them; {@code data/unit-indicators.csv}: the rows of every 部门（单位）整体绩效目标表;</li>
 *   <li>{@code data/<year>/<unit>/projects.csv} and {@code …/indicators.csv}: one unit's year, same columns;
 *       {@code data/<year>/<unit>/projects/<project>-indicators.csv}: one project's indicators;
 *       {@code data/<year>/<unit>/unit-indicators.csv}: the unit's 整体绩效目标表, only where the unit has one;</li>
 *   <li>the static JSON API: {@code api/v1/index.json}, {@code api/v1/<year>/<unit>.json},
 *       {@code api/v1/<year>/<unit>/<project>.json}.</li>
 * </ul>
 */
public final class OpenData {

    public static final String DATA_PACKAGE = "data/datapackage.json";
    public static final String API_INDEX = "api/v1/index.json";

    private OpenData() {}

    public static String siteCsvPath(Table<?> table) {
        return "data/" + table.fileName();
    }

    public static String unitCsvPath(int year, String unitCode, Table<?> table) {
        return "data/" + year + "/" + unitCode + "/" + table.fileName();
    }

    /** The indicators of one project, same columns as {@code indicators.csv}. */
    public static String projectCsvPath(int year, String unitCode, String projectCode) {
        return "data/" + year + "/" + unitCode + "/projects/" + projectCode + "-indicators.csv";
    }

    public static String unitJsonPath(int year, String unitCode) {
        return "api/v" + JsonApi.VERSION + "/" + year + "/" + unitCode + ".json";
    }

    public static String projectJsonPath(int year, String unitCode, String projectCode) {
        return "api/v" + JsonApi.VERSION + "/" + year + "/" + unitCode + "/" + projectCode + ".json";
    }

    public static List<GeneratedFile> files(Site site) {
        List<GeneratedFile> files = new ArrayList<>();
        ProjectLineage lineage = ProjectLineage.of(site);
        List<Tables.ProjectRow> projects = Tables.projectRows(site, lineage);
        byte[] projectsCsv = Csv.write(Tables.PROJECTS, projects);
        byte[] indicatorsCsv = Csv.write(Tables.INDICATORS, Tables.indicatorRows(projects));
        byte[] unitIndicatorsCsv = Csv.write(Tables.UNIT_INDICATORS, Tables.unitIndicatorRows(site));
        files.add(new GeneratedFile(siteCsvPath(Tables.PROJECTS), projectsCsv));
        files.add(new GeneratedFile(siteCsvPath(Tables.INDICATORS), indicatorsCsv));
        files.add(new GeneratedFile(siteCsvPath(Tables.UNIT_INDICATORS), unitIndicatorsCsv));
        files.add(new GeneratedFile(DATA_PACKAGE, JsonApi.pretty(DataPackage.descriptor(site,
                new DataPackage.Resource(Tables.PROJECTS, projectsCsv), new DataPackage.Resource(Tables.INDICATORS, indicatorsCsv),
                new DataPackage.Resource(Tables.UNIT_INDICATORS, unitIndicatorsCsv)))));
        files.add(new GeneratedFile(API_INDEX, JsonApi.bytes(JsonApi.index(site))));
        for (FiscalYear year : site.years()) {
            for (Unit unit : year.units()) {
                List<Tables.ProjectRow> rows = Tables.projectRows(lineage, year.year(), unit);
                files.add(new GeneratedFile(unitCsvPath(year.year(), unit.code(), Tables.PROJECTS), Csv.write(Tables.PROJECTS, rows)));
                files.add(new GeneratedFile(unitCsvPath(year.year(), unit.code(), Tables.INDICATORS),
                        Csv.write(Tables.INDICATORS, Tables.indicatorRows(rows))));
                if (unit.table().isPresent()) {
                    files.add(new GeneratedFile(unitCsvPath(year.year(), unit.code(), Tables.UNIT_INDICATORS),
                            Csv.write(Tables.UNIT_INDICATORS, Tables.unitIndicatorRows(year.year(), unit))));
                }
                files.add(new GeneratedFile(unitJsonPath(year.year(), unit.code()), JsonApi.bytes(JsonApi.unit(year, unit, rows))));
                for (Tables.ProjectRow row : rows) {
                    files.add(new GeneratedFile(projectCsvPath(year.year(), unit.code(), row.project().code()),
                            Csv.write(Tables.INDICATORS, Tables.indicatorRows(List.of(row)))));
                    files.add(new GeneratedFile(projectJsonPath(year.year(), unit.code(), row.project().code()),
                            JsonApi.bytes(JsonApi.project(row))));
                }
            }
        }
        return files;
    }
}
