package gongkai.model;

import gongkai.format.Column;
import java.util.Optional;

/**
 * One row of an indicator table (a 三级指标). A row a form publishes empty on purpose (a 二级指标 with no 三级指标
 * and no value) has an empty {@code level3} and a value whose text is empty; see {@link #blank()}.
 *
 * @param level2      the 二级指标; empty where a table leaves it blank
 * @param score       分值, where the unit scores its indicators
 * @param explanation 指标解释
 * @param measureUnit 计量单位
 * @param valueType   指标值类型 (定量/定性)
 * @param standard    绩效标准
 * @param scoring     评(扣)分标准
 * @param remark      备注
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
        Optional<ValueType> valueType,
        Optional<String> standard,
        Optional<String> scoring,
        Optional<String> remark) {

    public Indicator(String level1, Optional<String> level2, String level3, String description, IndicatorValue value, String basis,
            Optional<String> score, Optional<String> explanation, Optional<String> measureUnit, Optional<ValueType> valueType) {
        this(level1, level2, level3, description, value, basis, score, explanation, measureUnit, valueType,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

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

    /** Whether this is a row published without a 三级指标 and a value. */
    public boolean blank() {
        return level3.isEmpty() && value.text().isEmpty();
    }

    /** The text of a column as written; empty where the cell is blank. */
    public Optional<String> text(Column column) {
        Optional<String> text = switch (column) {
            case LEVEL1 -> Optional.of(level1);
            case LEVEL2 -> level2;
            case LEVEL3 -> Optional.of(level3);
            case DESCRIPTION -> Optional.of(description);
            case VALUE -> Optional.of(value.text());
            case BASIS -> Optional.of(basis);
            case SCORE -> score;
            case EXPLANATION -> explanation;
            case MEASURE_UNIT -> measureUnit;
            case VALUE_TYPE -> valueType.map(ValueType::label);
            case STANDARD -> standard;
            case SCORING -> scoring;
            case REMARK -> remark;
        };
        return text.filter(t -> !t.isEmpty());
    }
}
