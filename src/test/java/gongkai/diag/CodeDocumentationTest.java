package gongkai.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of validation codes and {@link Code} say the same thing: same codes, severities, titles. */
class CodeDocumentationTest {

    private static final Pattern ROW = Pattern.compile("^\\| (GK\\d{3}) \\| (错误|警告) \\| ([^|]+?) \\|", Pattern.MULTILINE);

    @Test
    void readmeDocumentsEveryCodeExactly() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            documented.put(m.group(1), m.group(2) + " " + m.group(3));
        }
        Map<String, String> actual = new LinkedHashMap<>();
        Arrays.stream(Code.values()).forEach(c -> actual.put(c.name(), c.severity().label() + " " + c.title()));
        assertThat(documented).containsExactlyEntriesOf(actual);
    }
}
