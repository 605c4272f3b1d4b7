package gongkai.format;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a content field holds. A kind carries the pattern its text must match (checked by the checker and written into
 * the generated JSON Schemas) and the example a message or a skeleton comment shows.
 */
public enum Kind {
    /** A line or paragraph of text. */
    TEXT(null, "文字", "一段文字"),
    /** 项目编码: digits and Latin letters. */
    CODE("[0-9A-Za-z]{1,40}", "项目编码", "数字和英文字母，最多 40 个，如 13020822P00908810002X"),
    /** 单位编码: digits and Latin letters, shorter than a project code. */
    UNIT_CODE("[0-9A-Za-z]{1,20}", "单位编码", "数字和英文字母，最多 20 个，如 425001"),
    /** 序号: a positive integer. */
    ORDER("[1-9]\\d{0,4}", "序号", "正整数（1–99999），如 1、2、3"),
    /** An amount in 万元 as written, such as {@code 30.00} or {@code 65}. */
    AMOUNT("\\d{1,12}(\\.\\d{1,6})?", "金额（万元）", "以万元为单位的数字，如 30.00：最多 12 位整数、6 位小数；不要写单位、逗号或负号"),
    /** A cumulative percentage of the spending plan. */
    PERCENT("(\\d{1,6}(\\.\\d{1,4})?)\\s*[%％]?", "百分比", "百分数，如 30% 或 30（最多 6 位整数、4 位小数）"),
    /** A calendar date. */
    DATE("\\d{4}-\\d{2}-\\d{2}", "日期", "年-月-日，月和日都用两位数字，如 2022-01-20"),
    /** A six-digit 行政区划代码. */
    REGION("\\d{6}", "行政区划代码", "6 位数字，如 130208"),
    /** The address of the published site. */
    URL("https?://[^\\s\"'<>#?]+", "网址", "以 http:// 或 https:// 开头的完整地址，不能含空格、引号或尖括号"),
    /** true or false. */
    BOOLEAN("true|false", "是或否", "true 或 false"),
    /** 指标值类型. */
    VALUE_TYPE("定量|定性", "指标值类型", "“定量”或“定性”"),
    /**
     * The name of another content file, without {@code .yaml}. Whether the file exists is what the checker checks
     * (GK201), so the name has no pattern of its own.
     */
    ID(null, "文件名", "文件名（不含 .yaml），如 output-benefit-satisfaction"),
    /** A mapping of named fields. */
    MAPPING(null, "键值表", "“字段名: 值”形式的键值表"),
    /** A list of items. */
    LIST(null, "列表", "以“- ”开头的列表"),
    /** A list of items that must have at least one. */
    ROWS(null, "列表（至少一项）", "以“- ”开头的列表，至少一项"),
    /** A mapping from free names to text. */
    NAMED_TEXT(null, "名称和文字", "“名称: 文字”形式的键值表");

    private final Pattern pattern;
    private final String regex;
    private final String noun;
    private final String example;

    Kind(String regex, String noun, String example) {
        this.regex = regex;
        this.pattern = regex == null ? null : Pattern.compile(regex);
        this.noun = noun;
        this.example = example;
    }

    /** The whole-text regular expression of a scalar of this kind, as written (Java and ECMAScript agree on it). */
    public Optional<String> regex() {
        return Optional.ofNullable(regex);
    }

    /** What the kind is called, in Chinese. */
    public String noun() {
        return noun;
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
        return this != MAPPING && this != LIST && this != ROWS && this != NAMED_TEXT;
    }
}
