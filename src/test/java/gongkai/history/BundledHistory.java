package gongkai.history;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fixed change history of the bundled content, for the tests that build it (golden pages, Nu checker, browser
 * tests). The real history of this repository changes with every commit and is missing in a shallow clone, so
 * those tests would depend on where they run; this one gives every kind of row: several commits, a message with
 * characters that must be escaped, a project deleted since, and a project with uncommitted changes.
 */
public final class BundledHistory {

    private BundledHistory() {}

    static final String UNIT = "2022/425001/";
    static final String PROJECTS = UNIT + "projects/";

    /** The commits, newest first. */
    public static final Revision FIX = new Revision(0, "b7e4c21", LocalDate.of(2022, 3, 15),
            "更正融媒体中心运行维护费的成本指标（原为“2.5万元/年”）& 补充<说明>");
    public static final Revision MEASURES = new Revision(1, "4a0c9d3", LocalDate.of(2022, 2, 28), "第一部分：补充工作保障措施");
    public static final Revision FIRST = new Revision(2, "1f3e5b8", LocalDate.of(2022, 1, 20),
            "2022年预算绩效目标初稿（依据丰润区融媒体中心公开文件）");

    /** A project whose file differs from the last commit. */
    public static final String UNCOMMITTED_PROJECT = "13020822P00864910002J";
    /** A project deleted in {@link #MEASURES}. */
    public static final String DELETED_PROJECT = "13020822P00999910001A";

    public static History history() {
        List<String> projects = List.of("13020822P00864910002J", "13020822P00908310002H", "13020822P00908810002X",
                "13020822P00909210001F", "13020822P009335100020", "13020822P00947710001C");
        Map<String, List<Revision>> changes = new HashMap<>();
        for (String file : List.of("unit.yaml", "overall.md")) {
            changes.put(UNIT + file, List.of(FIRST));
        }
        changes.put(UNIT + "measures.md", List.of(MEASURES, FIRST));
        for (String code : projects) {
            changes.put(PROJECTS + code + ".yaml", List.of(FIRST));
        }
        changes.put(PROJECTS + "13020822P00908810002X.yaml", List.of(FIX, FIRST));
        changes.put(PROJECTS + DELETED_PROJECT + ".yaml", List.of(MEASURES, FIRST));
        return History.of(Map.copyOf(changes), Set.of(PROJECTS + UNCOMMITTED_PROJECT + ".yaml"));
    }
}
