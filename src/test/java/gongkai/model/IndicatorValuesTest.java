package gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.model.IndicatorValue.Comparator;
import gongkai.model.IndicatorValue.Qualitative;
import gongkai.model.IndicatorValue.Quantitative;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IndicatorValues#parse}: what a 指标值 as written in a disclosure means. */
class IndicatorValuesTest {

    @ParameterizedTest(name = "{0} → {1} {3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # written      | comparator | comparator written | number   | unit
            ≥95%           | GE | true  | 95       | %
            ≤2.5万元/月     | LE | true  | 2.5      | 万元/月
            ≤93209.07元    | LE | true  | 93209.07 | 元
            ≥1个           | GE | true  | 1        | 个
            ≥10年          | GE | true  | 10       | 年
            95%            | EQ | false | 95       | %
            >92%           | GT | true  | 92       | %
            ＞92%          | GT | true  | 92       | %
            =100%          | EQ | true  | 100      | %
            <5天           | LT | true  | 5        | 天
            >=90%          | GE | true  | 90       | %
            ≥ 95 %         | GE | true  | 95       | %
            10辆           | EQ | false | 10       | 辆
            250万          | EQ | false | 250      | 万
            1,000元        | EQ | false | 1000     | 元
            不低于90%       | GE | true  | 90       | %
            达到100%        | GE | true  | 100      | %
            大于等于90%     | GE | true  | 90       | %
            不超过2.5万元/月 | LE | true  | 2.5      | 万元/月
            """)
    void quantitativeValues(String text, Comparator comparator, boolean written, String number, String unit) {
        IndicatorValues.Result result = IndicatorValues.parse(text);

        assertThat(result.problem()).isEmpty();
        assertThat(result.value()).get().isInstanceOfSatisfying(Quantitative.class, q -> {
            assertThat(q.text()).isEqualTo(text.strip());
            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.comparatorWritten()).isEqualTo(written);
            assertThat(q.number()).isEqualTo(new BigDecimal(number));
            assertThat(q.unit()).isEqualTo(unit);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022年底前完成", "2022年6月底前完成", "优良", "2023.07-2024.01", "有效提升", "达到预期", "不低于上年",
        "95分以上", "10辆以上"})
    void qualitativeValues(String text) {
        IndicatorValues.Result result = IndicatorValues.parse(text);

        assertThat(result.problem()).isEmpty();
        assertThat(result.value()).contains(new Qualitative(text));
    }

    /** A value that starts with a comparison symbol but has no number and unit is a typing mistake. */
    @ParameterizedTest
    @ValueSource(strings = {"≥", "≥百分之九十五", ">=", "≤约2万元", "＞百分之九十", "=达标"})
    void aComparisonSymbolWithoutANumberIsAProblem(String text) {
        IndicatorValues.Result result = IndicatorValues.parse(text);

        assertThat(result.value()).isEmpty();
        assertThat(result.problem()).get().asString()
                .contains("“" + text + "”")
                .contains("请写成“≥95%”“≤2.5万元/月”这样的形式");
    }
}
