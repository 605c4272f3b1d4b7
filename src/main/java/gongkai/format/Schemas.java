package gongkai.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.format.FieldDef.Need;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON Schemas of the content files (draft-07, for the editors' YAML language server), generated from
 * {@link ContentFormat}: titles from labels, descriptions from help texts, patterns from {@link Kind}s, required lists
 * from {@link Need}. Pure: the same declaration always gives the same text. {@code schemas/*.schema.json} are this
 * output, kept current by {@code SchemasTest}.
 *
 * <p>A schema judges one file, as it is read into JSON: the YAML numbers that read as a kind's text are accepted
 * (an unquoted {@code 425001}, {@code 30.00}), a blank optional value is {@code null}, and values are stripped as the
 * checker strips them. {@link Need#FORM} fields are never required and may be blank, and no field is refused for being
 * absent from a form: a schema cannot know which form the file's year or unit chose.
 */
public final class Schemas {

    /** The suffix of every schema file name. */
    public static final String SUFFIX = ".schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String BLANK = "^\\s*$";

    private Schemas() {}

    /** Every content schema: file name ({@code project.schema.json}) to its text. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        ContentFormat.FILES.forEach((name, def) -> files.put(name + SUFFIX, text(def)));
        return files;
    }

    /** The schema of one file kind as JSON text: two-space indents, {@code \n} line ends, a final line end. */
    public static String text(FieldDef file) {
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator("").withObjectEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(schema(file)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema of one file kind. */
    public static ObjectNode schema(FieldDef file) {
        Map<String, ObjectNode> definitions = new TreeMap<>();
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "http://json-schema.org/draft-07/schema#");
        root.put("title", file.label());
        root.put("description", sentence(file.help()) + "本模式（JSON Schema）由 Gongkai 的内容格式声明生成（请不要手工修改），"
                + "供编辑器补全字段名、显示说明和提示错误，与 ./gongkai validate 的 GK111–GK114 一致。"
                + (hasFormFields(file) ? FORM_NOTE : ""));
        object(root, file, false, definitions);
        if (!definitions.isEmpty()) {
            ObjectNode defs = root.putObject("definitions");
            definitions.forEach(defs::set);
        }
        return root;
    }

    private static final String FORM_NOTE = "说明中写着“随表式”的栏目，是否有这一栏、是否必填取决于采用的表式（year.yaml 或 unit.yaml 中的 form）："
            + "一个文件的模式无法知道选用了哪个表式，所以模式不要求填写它们，也不标出表式中没有的栏目，这两点只由 ./gongkai validate 检查（GK112、GK113）。";

    private static boolean hasFormFields(FieldDef def) {
        return def.children().stream().anyMatch(c -> c.need() == Need.FORM || hasFormFields(c));
    }

    /**
     * The object keywords of a mapping: its properties, which of them are required, no other keys.
     *
     * @param neverBlank whether every value must be filled when its key is written (the names a form prints)
     */
    private static void object(ObjectNode node, FieldDef def, boolean neverBlank, Map<String, ObjectNode> definitions) {
        node.put("type", "object");
        node.put("additionalProperties", false);
        ArrayNode required = NODES.arrayNode();
        def.children().stream().filter(c -> c.need() == Need.REQUIRED).forEach(c -> required.add(c.key()));
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        ObjectNode properties = node.putObject("properties");
        for (FieldDef c : def.children()) {
            properties.set(c.key(), property(c, neverBlank, definitions));
        }
    }

    private static ObjectNode property(FieldDef f, boolean neverBlank, Map<String, ObjectNode> definitions) {
        ObjectNode node = NODES.objectNode();
        node.put("title", f.label());
        node.put("description", need(f) + sentence(f.help()) + f.kind().regex().map(r -> "写法：" + sentence(f.kind().example())).orElse(""));
        boolean blankAllowed = !neverBlank && f.need() != Need.REQUIRED;
        switch (f.kind()) {
            case MAPPING -> container(node, blankAllowed, "object", () -> object(node, f, false, definitions));
            case NAMED_TEXT -> container(node, blankAllowed, "object", () -> {
                if (f.children().isEmpty()) {
                    node.put("type", "object");
                    node.set("additionalProperties", ref(Kind.TEXT, false, definitions));
                } else {
                    object(node, f, true, definitions);
                }
            });
            case LIST, ROWS -> container(node, blankAllowed, "array", () -> {
                if (f.kind() == Kind.ROWS) {
                    node.put("minItems", 1);
                }
                if (f.children().isEmpty()) {
                    node.set("items", ref(Kind.TEXT, false, definitions));
                } else {
                    ObjectNode items = node.putObject("items");
                    items.put("title", f.label() + "中的一项");
                    items.put("description", "每项有：" + String.join("、", f.children().stream()
                            .map(c -> c.key() + "（" + c.label() + "）").toList()) + "。");
                    object(items, f, false, definitions);
                }
            });
            default -> node.setAll(ref(f.kind(), blankAllowed, definitions));
        }
        return node;
    }

    /**
     * A mapping or a list. One that may be left blank also accepts {@code key:} alone (null) and {@code key: ""}
     * (a blank string), as the checker does.
     */
    private static void container(ObjectNode node, boolean blankAllowed, String type, Runnable keywords) {
        node.set("type", blankAllowed ? NODES.arrayNode().add(type).add("null").add("string") : NODES.textNode(type));
        if (blankAllowed) {
            node.put("pattern", BLANK);
        }
        JsonNode kept = node.get("type");
        keywords.run();
        node.set("type", kept);
    }

    /** {@code {"$ref": "#/definitions/…"}} to the definition of a scalar kind, adding the definition when new. */
    private static ObjectNode ref(Kind kind, boolean blankAllowed, Map<String, ObjectNode> definitions) {
        String name = (blankAllowed ? "optional" : "") + camel(kind, blankAllowed);
        definitions.computeIfAbsent(name, n -> scalar(kind, blankAllowed));
        return NODES.objectNode().put("$ref", "#/definitions/" + name);
    }

    private static String camel(Kind kind, boolean capital) {
        StringBuilder out = new StringBuilder();
        boolean upper = capital;
        for (char c : kind.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /**
     * A scalar of a kind as the JSON view of YAML shows it. A kind with a pattern accepts the JSON types whose YAML
     * spelling can match it (an unquoted code is an integer, an amount a number), bounded as the pattern bounds it;
     * the pattern applies to strings, with the spaces around the value that the checker strips.
     */
    private static ObjectNode scalar(Kind kind, boolean blankAllowed) {
        ObjectNode node = NODES.objectNode();
        node.put("title", kind.noun() + (blankAllowed ? "（可以留空）" : ""));
        node.put("description", sentence(kind.example()) + (blankAllowed ? "可以留空。" : kind.regex().isEmpty() ? "不能空白。" : ""));
        ArrayNode types = NODES.arrayNode();
        types.add("string");
        switch (kind) {
            case CODE -> integers(node, types, 0, "1e40", false);
            case UNIT_CODE -> integers(node, types, 0, "1e20", false);
            case ORDER -> integers(node, types, 1, "99999", true);
            case REGION -> integers(node, types, 100000, "999999", true);
            case AMOUNT -> numbers(node, types, "1000000000000", "0.000001");
            case PERCENT -> numbers(node, types, "1000000", "0.0001");
            case BOOLEAN -> types.add("boolean");
            case TEXT, ID -> types.add("number").add("boolean");
            default -> {
                // DATE, URL, VALUE_TYPE: no YAML number or boolean reads as such a text.
            }
        }
        if (blankAllowed) {
            types.add("null");
        }
        node.set("type", types);
        if (kind.regex().isPresent()) {
            node.put("pattern", "^\\s*(" + kind.regex().get() + ")" + (blankAllowed ? "?" : "") + "\\s*$");
        } else if (!blankAllowed) {
            node.put("pattern", "\\S");
        }
        return node;
    }

    private static void integers(ObjectNode node, ArrayNode types, long minimum, String maximum, boolean inclusive) {
        types.add("integer");
        node.put("minimum", minimum);
        node.put(inclusive ? "maximum" : "exclusiveMaximum", new BigDecimal(maximum));
    }

    private static void numbers(ObjectNode node, ArrayNode types, String exclusiveMaximum, String multipleOf) {
        types.add("number");
        node.put("minimum", 0);
        node.put("exclusiveMaximum", new BigDecimal(exclusiveMaximum));
        node.put("multipleOf", new BigDecimal(multipleOf));
    }

    private static String need(FieldDef f) {
        return switch (f.need()) {
            case REQUIRED -> "必填。";
            case OPTIONAL -> "可选。";
            case FORM -> "随表式：采用的表式有这一栏时填写，是否必填由表式决定。";
        };
    }

    /** A help text as a sentence ending in a full stop. */
    static String sentence(String text) {
        return text.isEmpty() || text.endsWith("。") ? text : text + "。";
    }

}
