package gongkai.view;

import gongkai.model.Publication;
import java.time.LocalDate;
import java.util.Optional;

/** The unit page's 公开时限 block: the two dates and whether publication kept to the Budget Law's 20 days. */
final class Deadlines {

    private static final String NOT_STATED = "未载明";

    private Deadlines() {}

    static Views.Deadline of(Publication p) {
        String verdict;
        String state;
        Optional<Boolean> onTime = p.onTime();
        if (onTime.isEmpty()) {
            state = "unknown";
            verdict = "缺少" + (p.approved().isEmpty() && p.published().isEmpty() ? "批复日期和公开日期"
                    : p.approved().isEmpty() ? "批复日期" : "公开日期") + "，无法判断是否在批复后 " + Publication.LIMIT_DAYS + " 日内公开";
        } else {
            long day = p.dayOfPublication().getAsLong();
            String when = day == 0 ? "在批复当天公开" : "在批复后第 " + day + " 天公开";
            if (onTime.get()) {
                state = "on-time";
                verdict = when + "，符合预算法规定的 " + Publication.LIMIT_DAYS + " 日时限";
            } else {
                state = "late";
                verdict = when + "，超过了预算法规定的 " + Publication.LIMIT_DAYS + " 日时限（应在 "
                        + Publication.chineseDate(p.deadline().get()) + " 前公开）";
            }
        }
        return new Views.Deadline(iso(p.approved()), text(p.approved()), iso(p.published()), text(p.published()), state, verdict,
                p.note().orElse(null));
    }

    private static String iso(Optional<LocalDate> date) {
        return date.map(Format::date).orElse(null);
    }

    private static String text(Optional<LocalDate> date) {
        return date.map(Publication::chineseDate).orElse(NOT_STATED);
    }
}
