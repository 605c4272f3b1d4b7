package gongkai.diag;

import gongkai.source.ContentText;
import gongkai.source.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * Formats diagnostics like a compiler: {@code path:line:col: 错误 GK113 [field] message}, then the source line
 * and a caret under the column (wide CJK characters count as two columns so the caret lines up in a terminal).
 * Control and direction characters from content are shown as their codes ({@code ⟨U+001B⟩}), never sent to the
 * terminal as they are.
 */
public final class TextPrinter {

    private TextPrinter() {}

    public static String format(List<Diagnostic> diagnostics, Map<String, SourceFile> files) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            Position p = d.position();
            out.append(ContentText.visible(p.toString())).append(": ").append(d.severity().label()).append(' ').append(d.code().name());
            if (!d.field().isEmpty()) {
                out.append(" [").append(ContentText.visible(d.field())).append(']');
            }
            out.append(' ').append(ContentText.visible(d.message())).append('\n');
            SourceFile file = files.get(p.file());
            if (p.hasLine() && file != null) {
                String line = file.line(p.line());
                String number = String.valueOf(p.line());
                String gutter = " ".repeat(number.length());
                String shown = ContentText.visible(line);
                // The caret stands under the same character after forbidden ones were spelled out as codes.
                int[] cps = line.codePoints().toArray();
                int before = Math.min(cps.length, Math.max(0, p.column() - 1));
                String prefix = ContentText.visible(new String(cps, 0, before));
                int column = prefix.codePointCount(0, prefix.length()) + Math.max(0, p.column() - 1 - before);
                out.append("  ").append(number).append(" | ").append(shown.replace('\t', ' ')).append('\n');
                out.append("  ").append(gutter).append(" | ").append(" ".repeat(displayWidth(shown, column))).append("^\n");
            }
        }
        return out.toString();
    }

    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        if (errors == 0 && warnings == 0) {
            return "检查通过：没有发现问题。";
        }
        return "共发现 " + errors + " 个错误、" + warnings + " 个警告。";
    }

    /** Terminal columns taken by the first {@code chars} code points of {@code line}. */
    static int displayWidth(String line, int chars) {
        int width = 0;
        int[] cps = line.codePoints().toArray();
        for (int i = 0; i < Math.min(chars, cps.length); i++) {
            width += isWide(cps[i]) ? 2 : 1;
        }
        return width + Math.max(0, chars - cps.length);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
