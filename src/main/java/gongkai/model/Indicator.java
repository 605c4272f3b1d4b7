package gongkai.model;

import java.util.Optional;

/**
 * One row of the indicator table (a 三级指标).
 *
 * @param level2      the 二级指标; empty where a table leaves it blank
 * @param score       分值, where the unit scores its indicators
 * @param explanation 指标解释
 * @param measureUnit 计量单位
 * @param valueType   指标值类型 (定量/定性)
 */
public record Indicator(
        String level1,
        Optional<String> level2,
        String level3,
        String description,
        IndicatorValue value,
        String basis,
        Optional<String> score,
        Optional<String> explanation,
        Optional<String> measureUnit,
        Optional<ValueType> valueType) {

    public enum ValueType {
        QUANTITATIVE("定量"), QUALITATIVE("定性");

        private final String label;

        ValueType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
