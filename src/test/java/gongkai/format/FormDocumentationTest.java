package gongkai.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's tables of the header fields and indicator columns a form may have list exactly what the declaration
 * ({@link ProjectField}, {@link Column}) has, in its order, with its default headings, required flags and help.
 */
class FormDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_.0-9]+)` \\| (.+?) \\| (是|否) \\| (.+?) \\|$");

    private static List<String> table(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as("README has the table after “%s”", heading).isGreaterThanOrEqualTo(0);
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : readme.substring(start).split("\n", -1)) {
            if (line.startsWith("|")) {
                inTable = true;
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    rows.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3) + "|" + m.group(4));
                }
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    @Test
    void theReadmeListsEveryHeaderFieldAndColumnAsDeclared() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(table(readme, "表头栏目 `fields` 可以写的字段")).isEqualTo(Arrays.stream(ProjectField.values())
                .map(f -> f.key() + "|" + f.heading() + "|" + (f.required() ? "是" : "否") + "|" + f.help()).toList());
        assertThat(table(readme, "指标表的列 `columns` 可以写的列")).isEqualTo(Arrays.stream(Column.values())
                .map(c -> c.key() + "|" + c.heading() + "|" + (c.required() ? "是" : "否") + "|" + c.help()).toList());
    }
}
