package gongkai.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a content field holds. A kind carries the pattern its text must match (checked by the checker and written into
 * the generated JSON Schemas) and the example a message or a skeleton comment shows.
 */
public enum Kind {
    /** A line or paragraph of text. */
    TEXT(null, "一段文字"),
    /** 项目编码 or 单位编码: digits and Latin letters. */
    CODE("[0-9A-Za-z]{1,40}", "数字和英文字母，如 13020822P00908810002X"),
    /** 序号: a positive integer. */
    ORDER("[1-9]\\d{0,4}", "正整数，如 1、2、3"),
    /** An amount in 万元 as written, such as {@code 30.00} or {@code 65}. */
    AMOUNT("\\d{1,12}(\\.\\d{1,6})?", "以万元为单位的数字，如 30.00"),
    /** A cumulative percentage of the spending plan. */
    PERCENT("(\\d{1,6}(\\.\\d{1,4})?)\\s*[%％]?", "0 到 100 之间的百分数，如 30%"),
    /** A calendar date. */
    DATE("\\d{4}-\\d{2}-\\d{2}", "年-月-日，如 2022-01-20"),
    /** A six-digit 行政区划代码. */
    REGION("\\d{6}", "6 位数字，如 130208"),
    /** true or false. */
    BOOLEAN("true|false", "true 或 false"),
    /** 指标值类型. */
    VALUE_TYPE("定量|定性", "“定量”或“定性”"),
    /** The name of another content file, without {@code .yaml}. */
    ID("[0-9A-Za-z][0-9A-Za-z_-]{0,63}", "文件名（不含 .yaml），如 output-benefit-satisfaction"),
    /** A mapping of named fields. */
    MAPPING(null, "“字段名: 值”形式的键值表"),
    /** A list of items. */
    LIST(null, "以“- ”开头的列表"),
    /** A mapping from free names to text. */
    NAMED_TEXT(null, "“名称: 文字”形式的键值表");

    private final Pattern pattern;
    private final String example;

    Kind(String regex, String example) {
        this.pattern = regex == null ? null : Pattern.compile(regex);
        this.example = example;
    }

    /** The whole-text pattern of a scalar of this kind, if it has one. */
    public Optional<Pattern> pattern() {
        return Optional.ofNullable(pattern);
    }

    public boolean matches(String text) {
        return pattern == null || pattern.matcher(text).matches();
    }

    public String example() {
        return example;
    }

    public boolean scalar() {
        return this != MAPPING && this != LIST && this != NAMED_TEXT;
    }
}
