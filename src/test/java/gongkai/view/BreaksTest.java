package gongkai.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gongkai.view.Breaks.Column;
import gongkai.view.Breaks.Rooms;
import gongkai.view.Breaks.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which parts of a cell {@link Breaks} keeps on one line, with texts from the bundled disclosure and real forms. */
class BreaksTest {

    /** The segments written as text, kept ones in brackets: {@code 每月[≤2.5万元/月]}. */
    static String marked(String text, double room) {
        return Breaks.segments(text, room).stream().map(s -> s.keep() ? "[" + s.text() + "]" : s.text())
                .collect(Collectors.joining());
    }

    @ParameterizedTest
    @ValueSource(strings = {"≥95%", "≤93209.07元", "≤2.5万元/月", "≥1个", "≥10年", "≤65万元", "28.8万元", "满意度指标",
            "数量指标", "服务对象满意度指标", "其中：财政资金", "群众满意度（%）", "指标值确定依据", "3月底", "2022年底前完成",
            "产出指标(70分)", "预算规模及资金用途"})
    void shortCellsAreKeptWhole(String cell) {
        assertThat(Breaks.segments(cell)).containsExactly(new Segment(cell, true));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            IPTV播控平台功能完善工作大于等于90%                 | IPTV播控平台功能完善工作[大于等于90%]
            扩大智慧丰润影响力，使智慧丰润的下载量大于等于80%。  | 扩大智慧丰润影响力，使智慧丰润的下载量[大于等于80%]。
            每月运行维护费用控制在≤2.5万元/月，按月支付          | 每月运行维护费用控制在[≤2.5万元/月]，按月支付
            项目总预算≤65万元，其中本年度28.8万元               | 项目总预算[≤65万元]，其中本年度[28.8万元]
            项目实施期为2023.07-2024.01，按期完成              | 项目实施期为[2023.07-2024.01]，按期完成
            分值按80-100分计，满意度不低于 90%                  | 分值按[80-100分计]，满意度[不低于 90%]
            1.保障融媒体中心的正常运行                          | 1.保障融媒体中心的正常运行
            全年共计完成 12 期节目的制作和播出任务               | 全年共计完成 12 期节目的制作和播出任务
            """)
    void inLongTextNumbersKeepTheirUnitAndComparison(String text, String expected) {
        // The unit is greedy (up to four letters, a slash and two more): 分计 is kept with 100, harmlessly.
        assertThat(marked(text, Breaks.MAX_ROOM)).isEqualTo(expected);
    }

    @Test
    void segmentsAreExactlyTheText() {
        for (String text : List.of("", "≥95%", "唐山市丰润区融媒体中心更换牌匾及门口修缮", "完成3项工作任务，≥95%", "a b")) {
            assertThat(Breaks.segments(text).stream().map(Segment::text).collect(Collectors.joining())).isEqualTo(text);
        }
        assertThat(Breaks.segments("")).isEmpty();
    }

    @Test
    void cellsWithSpacesOrWiderThanTheRoomBreakAsUsual() {
        assertThat(marked("唐山市丰润区融媒体中心更换牌匾及门口修缮", 9)).isEqualTo("唐山市丰润区融媒体中心更换牌匾及门口修缮");
        assertThat(marked("社会公众或服务对象满意度指标", 9)).isEqualTo("社会公众或服务对象满意度指标");
        assertThat(marked("按 时 完成", 9)).isEqualTo("按 时 完成");
        assertThat(marked("项目持续发挥作用", 7)).isEqualTo("项目持续发挥作用");
        assertThat(marked("项目持续发挥作用", 8)).isEqualTo("[项目持续发挥作用]");
        // A value wider than the room is not kept either: better a break than a table off the page.
        assertThat(marked("预算控制数≤93209.07元", 5)).isEqualTo("预算控制数≤93209.07元");
        assertThat(marked("预算控制数≤93209.07元", 7)).isEqualTo("预算控制数[≤93209.07元]");
    }

    @Test
    void widthsCountFullWidthCharactersAsOneEm() {
        assertThat(Breaks.ems("服务对象满意度指标")).isEqualTo(9);
        assertThat(Breaks.ems("其中：财政资金")).isEqualTo(7);
        assertThat(Breaks.ems("≥95%")).isCloseTo(1 + 3 * Breaks.NARROW, within(1e-9));
    }

    static Column column(String heading, boolean label, String... cells) {
        return new Column(heading, List.of(cells), label);
    }

    /** The indicator table of 更换牌匾及门口修缮 (13020822P00864910002J), six columns. */
    static final List<Column> BUNDLED = List.of(
            column("一级指标", true, "产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"),
            column("二级指标", true, "数量指标", "质量指标", "时效指标", "成本指标", "可持续影响指标", "服务对象满意度指标"),
            column("三级指标", false, "完成项目数量", "完成率", "工作按时完成率", "项目预算控制数", "项目持续发挥作用", "群众满意度（%）"),
            column("绩效指标描述", false, "完成项目数量", "完成率", "工作按时完成率", "项目预算控制数", "项目持续发挥作用", "群众满意度（%）"),
            column("指标值", true, "≥1个", "≥95%", "≥95%", "≤93209.07元", "≥10年", "≥80%"),
            column("指标值确定依据", false, "预算安排", "经验标准", "历史标准", "预算安排", "经验标准", "调查问卷"));

    @Test
    void theBundledTableKeepsEveryLabelAndValueAndFitsTheLine() {
        Rooms rooms = Breaks.rooms(BUNDLED);
        assertThat(rooms).isEqualTo(new Rooms(Breaks.MAX_ROOM, Breaks.MAX_ROOM, 7));
        assertThat(Breaks.narrowest(BUNDLED, rooms)).isLessThanOrEqualTo(Breaks.LINE_EMS);
        assertThat(Breaks.narrowest(BUNDLED, new Rooms(9, 9, 8))).isGreaterThan(Breaks.LINE_EMS);
    }

    @Test
    void tenColumnsOfShortCellsGiveWayTextFirstThenHeadingsThenLabels() {
        List<Column> wide = List.of(
                column("一级指标", true, "满意度指标"),
                column("二级指标", true, "服务对象满意度指标"),
                column("三级指标", false, "项目持续发挥作用"),
                column("分值", true, "10"),
                column("绩效指标描述", false, "项目持续发挥作用"),
                column("指标解释", false, "项目持续发挥作用"),
                column("指标值类型", true, "定量"),
                column("指标值", true, "≤93209.07元"),
                column("计量单位", true, "万元/月"),
                column("指标值确定依据", false, "历史标准"));
        Rooms rooms = Breaks.rooms(wide);
        assertThat(Breaks.narrowest(wide, rooms)).isLessThanOrEqualTo(Breaks.LINE_EMS);
        // The headings alone are 43 ems, so they give way (绩效指标描述, 指标值类型, 指标值确定依据 break) and every
        // label and value, 服务对象满意度指标 and ≤93209.07元 included, stays on one line.
        assertThat(rooms.labels()).isEqualTo(Breaks.MAX_ROOM);
        assertThat(rooms.headings()).isLessThan(5);
        assertThat(Breaks.narrowest(wide, new Rooms(9, rooms.headings() + 1, Breaks.MIN_ROOM))).isGreaterThan(Breaks.LINE_EMS);
    }
}
