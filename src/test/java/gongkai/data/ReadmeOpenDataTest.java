package gongkai.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The README's 数据下载 section names every CSV column and every field of the JSON API's schemas. */
class ReadmeOpenDataTest {

    private static String section() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## 数据下载（开放数据）");
        assertThat(start).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void everyCsvColumnIsDocumented() throws Exception {
        String section = section();
        for (Table<?> table : Tables.ALL) {
            assertThat(table.header()).allSatisfy(column -> assertThat(section).as(table.name()).contains(column));
        }
    }

    @Test
    void everyJsonFieldIsDocumented() throws Exception {
        String section = section();
        for (String schema : List.of("api-project.schema.json", "api-unit.schema.json", "api-index.schema.json")) {
            Set<String> fields = new TreeSet<>();
            collect(DataFiles.JSON.readTree(Path.of("schemas", schema).toFile()), fields);
            assertThat(fields).as(schema).isNotEmpty().allSatisfy(f -> assertThat(section).as(schema).contains("`" + f + "`"));
        }
    }

    private static void collect(JsonNode node, Set<String> fields) {
        if (node.has("properties")) {
            node.get("properties").fieldNames().forEachRemaining(fields::add);
        }
        node.forEach(child -> collect(child, fields));
    }
}
