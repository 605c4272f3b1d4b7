package gongkai.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The content schemas in {@code schemas/} are what {@link Schemas} generates from {@link ContentFormat}: a change of
 * the declaration without regenerating them fails here (and so in CI). After an intended change run
 * {@code mvn test -Dtest=SchemasTest -Dschemas.update=true} and review the diff. The {@code api-*} schemas describe
 * the open data, not content, and are not generated.
 */
class SchemasTest {

    static final Path SCHEMAS = Path.of("schemas");

    @Test
    void theSchemasInTheRepositoryAreTheGeneratedOnes() throws IOException {
        Map<String, String> generated = Schemas.all();
        if (Boolean.getBoolean("schemas.update")) {
            for (Map.Entry<String, String> e : generated.entrySet()) {
                Files.writeString(SCHEMAS.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path file = SCHEMAS.resolve(e.getKey());
            assertThat(file).as("%s 不存在；请运行 mvn test -Dtest=SchemasTest -Dschemas.update=true 生成", file).isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s 与内容格式声明（gongkai.format.ContentFormat）生成的不同；请运行 mvn test -Dtest=SchemasTest -Dschemas.update=true 重新生成并检查差异", file)
                    .isEqualTo(e.getValue());
        }
    }

    /** Every content schema in the folder is generated: none is left over from an earlier declaration. */
    @Test
    void everyContentSchemaInTheFolderIsGenerated() throws IOException {
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(Schemas.SUFFIX) && !n.startsWith("api-"))
                    .forEach(present::add);
        }
        assertThat(present).containsExactlyInAnyOrderElementsOf(Schemas.all().keySet());
        assertThat(Schemas.all().keySet()).containsExactly(List.of("site", "year", "framework", "form", "unit", "project").stream()
                .map(n -> n + Schemas.SUFFIX).toArray(String[]::new));
    }
}
