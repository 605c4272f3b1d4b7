package gongkai.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Judges one content file with the published JSON Schema in {@code schemas/}, as an editor does: the YAML is read with
 * Jackson's {@link YAMLMapper} (the parser family of the validator, so the same values are blank) into JSON, which
 * a draft-07 validator (networknt) checks.
 */
final class SchemaCheck {

    /** The kinds of YAML content file, each with its schema. */
    enum Kind {
        SITE("site.schema.json"), FRAMEWORK("framework.schema.json"), FORM("form.schema.json"), YEAR("year.schema.json"),
        UNIT("unit.schema.json"), PROJECT("project.schema.json");

        final String schemaFile;

        Kind(String schemaFile) {
            this.schemaFile = schemaFile;
        }

        /** The kind of the YAML file at {@code path} below the content folder, if it is a content file. */
        static Optional<Kind> of(String path) {
            if (path.equals("site.yaml")) {
                return Optional.of(SITE);
            } else if (path.matches("frameworks/[^/]+\\.yaml")) {
                return Optional.of(FRAMEWORK);
            } else if (path.matches("forms/[^/]+\\.yaml")) {
                return Optional.of(FORM);
            } else if (path.matches("[^/]+/year\\.yaml")) {
                return Optional.of(YEAR);
            } else if (path.matches("[^/]+/[^/]+/unit\\.yaml")) {
                return Optional.of(UNIT);
            } else if (path.matches("[^/]+/[^/]+/projects/[^/]+\\.yaml")) {
                return Optional.of(PROJECT);
            }
            return Optional.empty();
        }
    }

    static final Path SCHEMAS = Path.of("schemas");
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Kind, Schema> SCHEMA = new EnumMap<>(Kind.class);

    static {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
        for (Kind kind : Kind.values()) {
            SCHEMA.put(kind, registry.getSchema(read(SCHEMAS.resolve(kind.schemaFile)), InputFormat.JSON));
        }
    }

    private SchemaCheck() {}

    /** The file as JSON, or empty when it is not UTF-8 or not YAML (which an editor reports itself, not the schema). */
    static Optional<String> json(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        try {
            JsonNode tree = YAML.readTree(text);
            // An empty document (or one with only comments) is an empty mapping to the validator too.
            return Optional.of(tree == null || tree.isMissingNode() ? "{}" : JSON.writeValueAsString(tree));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The schema's errors for a JSON text, each as {@code field: message}, fields named as the validator names them. */
    static List<String> errors(Kind kind, String json) {
        TreeSet<String> errors = new TreeSet<>();
        for (Error e : SCHEMA.get(kind).validate(json, InputFormat.JSON)) {
            errors.add(field(e) + ": " + e.getMessage());
        }
        return List.copyOf(errors);
    }

    /** The field an error is about, written like the validator's field ({@code indicators[0].value}). */
    static String field(Error e) {
        StringBuilder field = new StringBuilder();
        NodePath path = e.getInstanceLocation();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(element);
            }
        }
        if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
            field.append(field.length() == 0 ? "" : ".").append(e.getProperty());
        }
        return field.toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
