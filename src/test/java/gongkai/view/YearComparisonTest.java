package gongkai.view;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.model.Amount;
import gongkai.model.IndicatorValue;
import gongkai.model.IndicatorValues;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words of a change: 提高/降低 only for numbers with the same comparator and unit, else 改为. */
class YearComparisonTest {

    private static IndicatorValue value(String text) {
        return IndicatorValues.parse(text).value().orElseThrow();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "≥90%        | ≥95%        | 由 ≥90% 提高到 ≥95%               | UP",
        "≥95%        | ≥90%        | 由 ≥95% 降低到 ≥90%               | DOWN",
        "≤2.5万元/月 | ≤2.4万元/月 | 由 ≤2.5万元/月 降低到 ≤2.4万元/月 | DOWN",
        "10辆        | 12辆        | 由 10辆 提高到 12辆               | UP",
        "≥95%        | 不低于95%   | 未变                              | SAME",
        "≥95.0%      | ≥95%        | 未变                              | SAME",
        "≤25万元     | ≤2.5万元/月 | 由 ≤25万元 改为 ≤2.5万元/月       | CHANGED",
        "≥90%        | ≤95%        | 由 ≥90% 改为 ≤95%                 | CHANGED",
        "95%         | ≥95%        | 由 95% 改为 ≥95%                  | CHANGED",
        "≥90%        | 优良        | 由 ≥90% 改为 优良                 | CHANGED",
        "优良        | 优良        | 未变                              | SAME",
        "2021年底前完成 | 2022年底前完成 | 由 2021年底前完成 改为 2022年底前完成 | CHANGED",
    })
    void indicatorValues(String before, String after, String words, YearComparison.Kind kind) {
        YearComparison.Change c = YearComparison.valueChange(value(before), value(after));
        assertThat(c.text()).isEqualTo(words);
        assertThat(c.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "25.00 | 30.00  | 由 25.00 万元 增加到 30.00 万元 | UP",
        "12    | 9.32   | 由 12 万元 减少到 9.32 万元     | DOWN",
        "30    | 30.00  | 未变                           | SAME",
        "2.00  | -      | 由 2.00 万元 改为 空白          | CHANGED",
        "-     | 5      | 由 空白 改为 5 万元             | CHANGED",
        "-     | -      | 未变                           | SAME",
    })
    void amounts(String before, String after, String words, YearComparison.Kind kind) {
        YearComparison.Change c = YearComparison.amountChange(Optional.ofNullable(before).map(Amount::of),
                Optional.ofNullable(after).map(Amount::of));
        assertThat(c.text()).isEqualTo(words);
        assertThat(c.kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "≥90%   | ≥95%   | 由 不低于90% 提高到 不低于95%",
        "优良   | ≥95%   | 由 优良 改为 不低于95%",
        "10辆   | 12辆   | -",
    })
    void spokenWords(String before, String after, String spoken) {
        assertThat(YearComparison.valueChange(value(before), value(after)).spoken()).isEqualTo(spoken);
    }
}
