package gongkai.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import gongkai.Gongkai;
import gongkai.diag.Diagnostic;
import gongkai.model.Site;
import gongkai.output.GeneratedFile;
import gongkai.synth.ContentGenerator;
import gongkai.synth.ContentWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading the open data back: CSV with Jackson's CSV module, JSON with Jackson, and the schemas that judge them. */
final class DataFiles {

    /** Reads numbers as exact decimals, keeping trailing zeros ({@code 30.00}) as written. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private DataFiles() {}

    /** The bundled content, checked. */
    static Site bundled() {
        return checked(Gongkai.check(Path.of("content")));
    }

    /**
     * Generated content with several years and units, optional columns and blanks, dates, and 2023 projects that
     * continue 2022's (by {@code continues}, by name, or both), checked.
     */
    static Site generated(Path dir, int units, int projects, long seed) throws Exception {
        ContentGenerator.Result result = ContentGenerator.generate(new ContentGenerator.Spec(units, projects, List.of(2023, 2022), seed, true));
        ContentWriter.write(dir, result.files(), false);
        return checked(Gongkai.check(dir));
    }

    private static Site checked(Gongkai.CheckResult check) {
        assertThat(check.diagnostics().sorted().stream().filter(d -> d.severity() == gongkai.diag.Severity.ERROR)
                .map(Diagnostic::toString)).isEmpty();
        return check.site().orElseThrow();
    }

    static Map<String, GeneratedFile> byPath(List<GeneratedFile> files) {
        Map<String, GeneratedFile> map = new LinkedHashMap<>();
        files.forEach(f -> assertThat(map.put(f.path(), f)).as("two files at %s", f.path()).isNull());
        return map;
    }

    /** The rows of a CSV file, header first, after checking and removing the byte order mark. */
    static List<List<String>> csvRows(byte[] content) {
        assertThat(Arrays.copyOf(content, 3)).as("UTF-8 byte order mark").isEqualTo(BOM);
        String text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
        try (MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(CsvSchema.emptySchema()).readValues(text)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a CSV file as maps by column name. */
    static List<Map<String, String>> csvRecords(byte[] content) {
        List<List<String>> rows = csvRows(content);
        List<String> header = rows.get(0);
        List<Map<String, String>> records = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(header);
            Map<String, String> record = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                record.put(header.get(i), row.get(i));
            }
            records.add(record);
        }
        return records;
    }

    static JsonNode json(byte[] content) {
        try {
            return JSON.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON Schema of {@code schemas/} (draft-07). */
    static Schema apiSchema(String file) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(read(Path.of("schemas", file)), InputFormat.JSON);
    }

    /**
     * The official Tabular Data Package profile (draft-04), from the npm package {@code datapackage} that
     * {@code scripts/setup-frictionless.sh} puts into {@code frictionless/}.
     */
    static Schema tabularDataPackageProfile() {
        Path profile = Path.of("frictionless", "tabular-data-package.json");
        assertThat(profile).as("run scripts/setup-frictionless.sh").isNotEmptyFile();
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(read(profile), InputFormat.JSON);
    }

    static List<String> errors(Schema schema, JsonNode json) {
        TreeSet<String> errors = new TreeSet<>();
        for (Error e : schema.validate(json.toString(), InputFormat.JSON)) {
            errors.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        return List.copyOf(errors);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /**
     * The rows of CSV files that break their Table Schema (Frictionless Table Schema v1): the header names the fields
     * in order; each cell of a missing value ({@code missingValues}) is null; {@code required}, the types
     * {@code string}, {@code integer}, {@code number} and {@code date} (default formats), {@code pattern} (whole value) and
     * {@code enum}; {@code primaryKey} unique and present; {@code foreignKeys} naming an existing row.
     *
     * @param descriptor a Data Package descriptor
     * @param csv        the CSV files by resource name; a resource without a file here is not checked
     */
    static List<String> tableSchemaErrors(JsonNode descriptor, Map<String, byte[]> csv) {
        List<String> errors = new ArrayList<>();
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            JsonNode schema = resource.path("schema");
            if (!csv.containsKey(name)) {
                continue;
            }
            List<List<String>> rows = csvRows(csv.get(name));
            List<String> fieldNames = new ArrayList<>();
            schema.path("fields").forEach(f -> fieldNames.add(f.path("name").asText()));
            if (!rows.get(0).equals(fieldNames)) {
                errors.add(name + ": header " + rows.get(0) + " is not " + fieldNames);
                continue;
            }
            Set<String> missing = new HashSet<>();
            schema.path("missingValues").forEach(m -> missing.add(m.asText()));
            List<Map<String, String>> records = new ArrayList<>();
            for (int r = 1; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                if (row.size() != fieldNames.size()) {
                    errors.add(name + " row " + r + ": " + row.size() + " cells");
                    continue;
                }
                Map<String, String> record = new LinkedHashMap<>();
                int i = 0;
                for (JsonNode field : schema.path("fields")) {
                    String cell = row.get(i++);
                    String value = missing.contains(cell) ? null : cell;
                    String where = name + " row " + r + " " + field.path("name").asText() + " “" + cell + "”: ";
                    JsonNode c = field.path("constraints");
                    if (value == null) {
                        if (c.path("required").asBoolean(false)) {
                            errors.add(where + "required");
                        }
                    } else {
                        String type = field.path("type").asText("string");
                        if (type.equals("integer") && !INTEGER.matcher(value).matches()
                                || type.equals("number") && !NUMBER.matcher(value).matches()
                                || type.equals("date") && !isDate(value)) {
                            errors.add(where + "not of type " + type);
                        }
                        if (c.has("pattern") && !Pattern.compile(c.get("pattern").asText()).matcher(value).matches()) {
                            errors.add(where + "does not match " + c.get("pattern").asText());
                        }
                        if (c.has("enum")) {
                            List<String> allowed = new ArrayList<>();
                            c.get("enum").forEach(v -> allowed.add(v.asText()));
                            if (!allowed.contains(value)) {
                                errors.add(where + "not one of " + allowed);
                            }
                        }
                    }
                    record.put(field.path("name").asText(), value);
                }
                records.add(record);
            }
            List<String> key = names(schema.path("primaryKey"));
            Set<List<String>> seen = new HashSet<>();
            for (Map<String, String> record : records) {
                List<String> k = key.stream().map(record::get).toList();
                if (k.contains(null) || !seen.add(k)) {
                    errors.add(name + ": primary key " + k + " missing or repeated");
                }
            }
            tables.put(name, records);
        }
        for (JsonNode resource : descriptor.path("resources")) {
            String name = resource.path("name").asText();
            for (JsonNode fk : resource.path("schema").path("foreignKeys")) {
                List<String> from = names(fk.path("fields"));
                List<String> to = names(fk.path("reference").path("fields"));
                Set<List<String>> targets = tables.getOrDefault(fk.path("reference").path("resource").asText(), List.of()).stream()
                        .map(r -> to.stream().map(r::get).toList()).collect(Collectors.toSet());
                for (Map<String, String> record : tables.getOrDefault(name, List.of())) {
                    List<String> k = from.stream().map(record::get).toList();
                    if (!targets.contains(k)) {
                        errors.add(name + ": foreign key " + k + " names no row of " + fk.path("reference").path("resource").asText());
                    }
                }
            }
        }
        return errors;
    }

    /** The Table Schema {@code date} type in its default format: an existing day written {@code YYYY-MM-DD}. */
    private static boolean isDate(String value) {
        if (!DATE.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        if (array.isTextual()) {
            names.add(array.asText());
        } else {
            array.forEach(n -> names.add(n.asText()));
        }
        return names;
    }
}
