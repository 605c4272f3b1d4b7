package gongkai.view;

import gongkai.model.Amount;
import gongkai.model.IndicatorValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Number formatting for the disclosure (zh-CN): amounts in 万元 with at least two decimals, as in the official tables. */
public final class Format {

    private Format() {}

    /** {@code 30} → {@code 30.00}; {@code 9.3209} stays {@code 9.3209}: never rounds away what was written. */
    public static String amount(BigDecimal value) {
        BigDecimal v = value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
        return v.toPlainString();
    }

    /**
     * An amount the content wrote, exactly as written: {@code 65} stays {@code 65} where the official table prints it
     * so, and {@code 30.00} stays {@code 30.00}. Sums, which nobody wrote, go through {@link #amount(BigDecimal)}.
     */
    public static String amount(Amount amount) {
        return amount.text();
    }

    /** {@code 2022-03-15}: dates as the disclosures write them in tables. */
    public static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /** {@code 58 KB}, {@code 1.2 MB}: sizes as people read them on a download link. */
    public static String fileSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return new BigDecimal(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP).toPlainString() + " MB";
    }

    /**
     * What a screen reader should say for a value written with a comparison symbol ({@code ≥95%} → {@code 不低于95%}),
     * or null when the text reads well as it is.
     */
    public static String spoken(IndicatorValue value) {
        if (value instanceof IndicatorValue.Quantitative q && q.comparatorWritten()
                && !Character.isLetter(q.text().codePointAt(0))) {
            return q.comparator().words() + q.number().toPlainString() + q.unit();
        }
        return null;
    }
}
