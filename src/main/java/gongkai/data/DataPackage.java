package gongkai.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gongkai.model.Site;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Frictionless Data Package ({@code datapackage.json}, profile {@code tabular-data-package}, Data Package v1)
 * describing the site-wide CSV files: one resource per table, each with its Table Schema, size and SHA-256 hash.
 * The CSV files start with a UTF-8 byte order mark; Data Package v1 allows only IANA encoding names, so the
 * encoding is {@code utf-8}, which readers such as frictionless-py and pandas read with the mark.
 */
public final class DataPackage {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private DataPackage() {}

    /** A CSV file of the package: its table and bytes. */
    public record Resource(Table<?> table, byte[] content) {}

    public static ObjectNode descriptor(Site site, Resource... resources) {
        ObjectNode o = NODES.objectNode();
        o.put("profile", "tabular-data-package");
        o.put("name", "budget-performance-targets");
        o.put("title", site.config().title() + " 预算绩效目标开放数据");
        o.put("description", "预算单位公开的预算项目绩效目标（" + site.config().title() + "）：项目表、绩效指标表和部门（单位）整体绩效目标表的"
                + "绩效指标，CSV 格式（UTF-8，带 BOM，CRLF 换行）。说明见网站的“数据下载”页。");
        if (!site.config().publisher().isEmpty()) {
            o.putArray("contributors").addObject().put("title", site.config().publisher()).put("role", "publisher");
        }
        ArrayNode list = o.putArray("resources");
        for (Resource r : resources) {
            list.add(resource(r));
        }
        return o;
    }

    private static ObjectNode resource(Resource r) {
        Table<?> table = r.table();
        ObjectNode o = NODES.objectNode();
        o.put("profile", "tabular-data-resource");
        o.put("name", table.name());
        o.put("path", table.fileName());
        o.put("title", table.title());
        o.put("description", table.description());
        o.put("format", "csv");
        o.put("mediatype", "text/csv");
        o.put("encoding", "utf-8");
        o.put("bytes", r.content().length);
        o.put("hash", "sha256:" + sha256(r.content()));
        ObjectNode dialect = o.putObject("dialect");
        dialect.put("delimiter", ",");
        dialect.put("doubleQuote", true);
        dialect.put("lineTerminator", "\r\n");
        dialect.put("quoteChar", "\"");
        dialect.put("header", true);
        o.set("schema", schema(table));
        return o;
    }

    /** The Table Schema of a table. */
    public static ObjectNode schema(Table<?> table) {
        ObjectNode s = NODES.objectNode();
        ArrayNode fields = s.putArray("fields");
        for (Column<?> c : table.columns()) {
            ObjectNode f = fields.addObject();
            f.put("name", c.name());
            f.put("type", c.type());
            f.put("description", c.description());
            ObjectNode constraints = NODES.objectNode();
            if (c.required()) {
                constraints.put("required", true);
            }
            c.pattern().ifPresent(p -> constraints.put("pattern", p));
            if (!c.values().isEmpty()) {
                ArrayNode values = constraints.putArray("enum");
                c.values().forEach(values::add);
            }
            if (!constraints.isEmpty()) {
                f.set("constraints", constraints);
            }
        }
        s.putArray("missingValues").add("");
        ArrayNode key = s.putArray("primaryKey");
        table.primaryKey().forEach(key::add);
        table.foreignKey().ifPresent(fk -> {
            ObjectNode k = s.putArray("foreignKeys").addObject();
            ArrayNode from = k.putArray("fields");
            fk.fields().forEach(from::add);
            ObjectNode reference = k.putObject("reference");
            reference.put("resource", fk.resource());
            ArrayNode to = reference.putArray("fields");
            fk.fields().forEach(to::add);
        });
        return s;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
    }
}
