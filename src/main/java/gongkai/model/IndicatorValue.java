package gongkai.model;

import java.math.BigDecimal;

/**
 * A 指标值 as parsed. The text as written is always kept and is what the site shows.
 */
public sealed interface IndicatorValue permits IndicatorValue.Quantitative, IndicatorValue.Qualitative {

    String text();

    /** A comparison with a number, such as {@code ≥95%} or {@code ≤2.5万元/月}; a bare number has {@code EQ}. */
    record Quantitative(String text, Comparator comparator, boolean comparatorWritten, BigDecimal number, String unit)
            implements IndicatorValue {}

    /** Text that is not a number, such as {@code 2022年底前完成} or {@code 优良}. */
    record Qualitative(String text) implements IndicatorValue {}

    enum Comparator {
        GE("≥", "不低于"), LE("≤", "不超过"), GT(">", "高于"), LT("<", "低于"), EQ("=", "等于");

        private final String symbol;
        private final String words;

        Comparator(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public String symbol() {
            return symbol;
        }

        /** How the comparison is read aloud. */
        public String words() {
            return words;
        }
    }
}
