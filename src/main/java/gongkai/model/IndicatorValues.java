package gongkai.model;

import gongkai.model.IndicatorValue.Comparator;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of a 指标值. Pure: no I/O, no state.
 *
 * <p>A value is quantitative when it is a comparator followed by a number and a unit ({@code ≥95%},
 * {@code 不超过2.5万元/月}, {@code ＞92%}, {@code =100%}), or a bare number with a known unit ({@code 95%},
 * {@code 10辆}, {@code 250万}). Anything else is qualitative text ({@code 2022年底前完成}, {@code 优良}).
 * A value that starts with a comparison symbol but is not followed by a number and a unit is an error, because
 * it is almost always a typing mistake ({@code ≥}, {@code ≥百分之九十}).
 */
public final class IndicatorValues {

    /** The outcome of parsing: a value, or the reason a value starting with a symbol could not be read. */
    public record Result(Optional<IndicatorValue> value, Optional<String> problem) {}

    private static final Map<String, Comparator> SYMBOLS = new LinkedHashMap<>();
    private static final Map<String, Comparator> WORDS = new LinkedHashMap<>();

    static {
        // Longest first, so that ">=" wins over ">". Full-width forms are folded to these by NFKC.
        SYMBOLS.put(">=", Comparator.GE);
        SYMBOLS.put("<=", Comparator.LE);
        SYMBOLS.put("≥", Comparator.GE);
        SYMBOLS.put("≧", Comparator.GE);
        SYMBOLS.put("⩾", Comparator.GE);
        SYMBOLS.put("≤", Comparator.LE);
        SYMBOLS.put("≦", Comparator.LE);
        SYMBOLS.put("⩽", Comparator.LE);
        SYMBOLS.put(">", Comparator.GT);
        SYMBOLS.put("<", Comparator.LT);
        SYMBOLS.put("=", Comparator.EQ);

        WORDS.put("大于或等于", Comparator.GE);
        WORDS.put("小于或等于", Comparator.LE);
        WORDS.put("大于等于", Comparator.GE);
        WORDS.put("小于等于", Comparator.LE);
        WORDS.put("不低于", Comparator.GE);
        WORDS.put("不少于", Comparator.GE);
        WORDS.put("不小于", Comparator.GE);
        WORDS.put("不高于", Comparator.LE);
        WORDS.put("不超过", Comparator.LE);
        WORDS.put("不多于", Comparator.LE);
        WORDS.put("不大于", Comparator.LE);
        WORDS.put("达到", Comparator.GE);
        WORDS.put("至少", Comparator.GE);
        WORDS.put("大于", Comparator.GT);
        WORDS.put("高于", Comparator.GT);
        WORDS.put("超过", Comparator.GT);
        WORDS.put("小于", Comparator.LT);
        WORDS.put("低于", Comparator.LT);
        WORDS.put("等于", Comparator.EQ);
    }

    /** Units accepted after a bare number (with a comparator, any short unit is accepted). */
    static final Set<String> KNOWN_UNITS = Set.of(
            "%", "‰", "个", "项", "次", "人", "人次", "户", "家", "辆", "台", "台次", "套", "件", "座", "处", "所", "间",
            "张", "份", "册", "本", "篇", "条", "期", "场", "批", "名", "位", "天", "日", "周", "月", "个月", "年",
            "小时", "分钟", "元", "万元", "亿元", "元/月", "万元/月", "万元/年", "元/人", "元/年", "平方米", "亩",
            "公顷", "公里", "千米", "米", "吨", "立方米", "万", "万人", "万人次", "分", "课时", "学时", "部", "集", "架次",
            "所次", "千瓦", "块", "棵", "株", "头", "只", "网点", "单", "页");

    private static final Pattern NUMBER_THEN_REST =
            Pattern.compile("^([0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)(.*)$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UNIT = Pattern.compile("^(?:[%‰]|[\\p{IsHan}A-Za-z]{1,6}(?:/[\\p{IsHan}A-Za-z]{1,4})?)$");

    private IndicatorValues() {}

    /**
     * Every comparison symbol and word a value may start with ({@code ≥}, {@code >=}, {@code 不低于} …), as written
     * before NFKC folding; for the view, which keeps a comparison together with its number.
     */
    public static Set<String> comparators() {
        Set<String> all = new LinkedHashSet<>(SYMBOLS.keySet());
        all.addAll(WORDS.keySet());
        return all;
    }

    public static Result parse(String text) {
        String original = text.strip();
        String s = folded(original);

        for (Map.Entry<String, Comparator> symbol : SYMBOLS.entrySet()) {
            if (s.startsWith(symbol.getKey())) {
                Optional<IndicatorValue> v = numberWithUnit(original, symbol.getValue(), s.substring(symbol.getKey().length()), true);
                return v.isPresent()
                        ? new Result(v, Optional.empty())
                        : new Result(Optional.empty(), Optional.of(
                                "“" + original + "”以比较符号开头，但后面不是“数字+单位”。请写成“≥95%”“≤2.5万元/月”这样的形式；"
                                        + "如果是文字描述，请去掉开头的比较符号。"));
            }
        }
        for (Map.Entry<String, Comparator> word : WORDS.entrySet()) {
            if (s.startsWith(word.getKey())) {
                Optional<IndicatorValue> v = numberWithUnit(original, word.getValue(), s.substring(word.getKey().length()), true);
                return new Result(Optional.of(v.orElse(new IndicatorValue.Qualitative(original))), Optional.empty());
            }
        }
        Optional<IndicatorValue> bare = numberWithUnit(original, Comparator.EQ, s, false);
        return new Result(Optional.of(bare.orElse(new IndicatorValue.Qualitative(original))), Optional.empty());
    }

    /** {@code text} as values are compared: NFKC (full-width digits and symbols folded), without white space. */
    public static String folded(String text) {
        return WHITESPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static Optional<IndicatorValue> numberWithUnit(String original, Comparator comparator, String rest, boolean written) {
        Matcher m = NUMBER_THEN_REST.matcher(rest);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2);
        boolean unitOk = unit.isEmpty() || (written ? UNIT.matcher(unit).matches() : KNOWN_UNITS.contains(unit));
        if (!unitOk) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
        return Optional.of(new IndicatorValue.Quantitative(original, comparator, written, number, unit));
    }
}
