package gongkai.check;

import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.model.Publication;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The dates in {@code unit.yaml}: 预算批复日期 ({@code approval_date}) and 公开日期 ({@code publication_date}),
 * written {@code 2022-01-20}. Checks their format (GK114), their order (GK307), the twenty days the Budget Law
 * allows between them (GK408) and that both are given or a {@code dates_note} says why not (GK409).
 */
final class PublicationChecker {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private PublicationChecker() {}

    static Publication check(MapReader unit, int year, Diagnostics diagnostics) {
        Optional<LocalDate> approved = date(unit, "approval_date", "预算批复日期", diagnostics);
        Optional<LocalDate> published = date(unit, "publication_date", "公开日期", diagnostics);
        Optional<String> note = unit.text("dates_note", false);
        if (approved.isPresent() && approved.get().getYear() != year && approved.get().getYear() != year - 1) {
            diagnostics.report(Code.GK114, unit.position("approval_date"), "approval_date",
                    "预算批复日期 " + Publication.chineseDate(approved.get()) + " 不在 " + (year - 1) + " 年或 " + year + " 年。"
                            + year + " 年度的预算一般在 " + year + " 年初（最早在上一年年底）批复，请核对年份。");
            approved = Optional.empty();
        }
        Publication publication = new Publication(approved, published, note);
        if (approved.isPresent() && published.isPresent()) {
            long day = publication.dayOfPublication().getAsLong();
            if (day < 0) {
                diagnostics.report(Code.GK307, unit.position("publication_date"), "publication_date",
                        "公开日期 " + Publication.chineseDate(published.get()) + " 早于预算批复日期 " + Publication.chineseDate(approved.get())
                                + "。预算要先批复后公开，请核对两个日期是否填反或写错。");
            } else if (day > Publication.LIMIT_DAYS) {
                diagnostics.report(Code.GK408, unit.position("publication_date"), "publication_date",
                        "公开日期 " + Publication.chineseDate(published.get()) + " 是预算批复（" + Publication.chineseDate(approved.get()) + "）后第 "
                                + day + " 天，超过了预算法第十四条和预算法实施条例第六条规定的 " + Publication.LIMIT_DAYS
                                + " 日（最晚应在 " + Publication.chineseDate(publication.deadline().get()) + " 公开）。请核对日期；"
                                + "日期无误时，网站会如实显示“超过 20 日”。");
            }
        }
        boolean missing = approved.isEmpty() || published.isEmpty();
        boolean malformed = unit.text("approval_date", false).isPresent() != approved.isPresent()
                || unit.text("publication_date", false).isPresent() != published.isPresent();
        if (missing && !malformed && note.isEmpty()) {
            String which = approved.isEmpty() && published.isEmpty() ? "预算批复日期（approval_date）和公开日期（publication_date）"
                    : approved.isEmpty() ? "预算批复日期（approval_date）" : "公开日期（publication_date）";
            String key = approved.isEmpty() ? "approval_date" : "publication_date";
            // Beside the date that is given, else at the top of the file.
            var at = unit.position(approved.isPresent() ? "approval_date" : published.isPresent() ? "publication_date" : key);
            diagnostics.report(Code.GK409, at, key,
                    "没有填写" + which + "，无法判断是否在批复后 " + Publication.LIMIT_DAYS + " 日内公开。请按 2022-01-20 的格式填写；"
                            + "原公开文件确实没有载明日期时，在 dates_note 中写明原因，如：原公开文件未载明预算批复日期和公开日期。");
        }
        return publication;
    }

    private static Optional<LocalDate> date(MapReader unit, String key, String label, Diagnostics diagnostics) {
        Optional<String> text = unit.text(key, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get(), ISO));
        } catch (DateTimeParseException e) {
            diagnostics.report(Code.GK114, unit.position(key), key,
                    label + "“" + text.get() + "”不是有效的日期。请写成 年-月-日，月和日都用两位数字，如 2022-01-20。");
            return Optional.empty();
        }
    }
}
