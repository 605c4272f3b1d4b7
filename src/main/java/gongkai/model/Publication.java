package gongkai.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a unit's budget was approved (批复日期) and when its disclosure was published (公开日期).
 *
 * <p>The Budget Law (预算法 第十四条) and its implementing regulation (预算法实施条例 第六条) require a department's
 * budget to be made public within twenty days after the finance department approved it. Days are counted as the
 * Civil Code counts periods (民法典 第二百零一条): the day of approval is not counted, so a disclosure published on
 * the twentieth day after the approval is on time. A deadline falling on a public holiday is not moved here.
 *
 * @param note why a date is not given (e.g. the original disclosure does not state it); shown with the dates
 */
public record Publication(Optional<LocalDate> approved, Optional<LocalDate> published, Optional<String> note) {

    /** The days the law allows between approval and publication. */
    public static final int LIMIT_DAYS = 20;

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");

    /** {@code 2022年1月20日}: a date as the disclosures and the law write it, for pages and messages. */
    public static String chineseDate(LocalDate date) {
        return CHINESE_DATE.format(date);
    }

    public static Publication unknown() {
        return new Publication(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The last day on which publication is on time, when the approval date is known. */
    public Optional<LocalDate> deadline() {
        return approved.map(d -> d.plusDays(LIMIT_DAYS));
    }

    /** The day after approval on which the disclosure was published (1 = the next day), when both dates are known. */
    public OptionalLong dayOfPublication() {
        if (approved.isEmpty() || published.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(approved.get(), published.get()));
    }

    /** Whether publication was within the legal limit; empty when either date is unknown. */
    public Optional<Boolean> onTime() {
        OptionalLong day = dayOfPublication();
        return day.isPresent() ? Optional.of(day.getAsLong() <= LIMIT_DAYS) : Optional.empty();
    }
}
