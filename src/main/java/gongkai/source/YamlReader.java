package gongkai.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import gongkai.diag.Code;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads one YAML document into positioned {@link Node}s with Jackson's streaming YAML parser.
 * Scalars keep the text as written. Syntax errors and duplicate keys become diagnostics.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {}

    /** The document's root node, or empty when the file could not be parsed (a diagnostic says why). */
    public static Optional<Node> read(SourceFile file, Diagnostics diagnostics) {
        if (!plain(file, diagnostics)) {
            return Optional.empty();
        }
        try (YAMLParser parser = FACTORY.createParser(file.text())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new Node.Mapping(new Position(file.path(), 1, 1), List.of()));
            }
            Node root = readValue(parser, file, diagnostics);
            if (parser.nextToken() != null) {
                diagnostics.report(Code.GK101, at(file, parser.currentTokenLocation()), "",
                        "一个文件只能有一个 YAML 文档，请删除多余的“---”及其后面的内容。");
            }
            return Optional.of(root);
        } catch (StreamReadException e) {
            diagnostics.report(Code.GK101, errorPosition(file, e), "", "YAML 语法错误：" + describe(e) + "。");
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            diagnostics.report(Code.GK001, Position.ofFile(file.path()), "",
                    "读取此文件时出现了意外错误（" + e.getClass().getSimpleName() + "）。请检查此文件的格式，并把此文件和这条信息告诉维护人员。");
            return Optional.empty();
        }
    }

    private static Node readValue(YAMLParser p, SourceFile file, Diagnostics diagnostics) throws IOException {
        JsonToken token = p.currentToken();
        Position pos = at(file, p.currentTokenLocation());
        switch (token) {
            case START_OBJECT: {
                List<Node.Entry> entries = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Position keyPos = at(file, p.currentTokenLocation());
                    ContentText.checkValue(key, keyPos, key, diagnostics);
                    p.nextToken();
                    Node value = readValue(p, file, diagnostics);
                    if (!seen.add(key)) {
                        diagnostics.report(Code.GK102, keyPos, key,
                                "字段“" + key + "”在这里又写了一次。同一层级的字段只能写一次，请删除或合并重复的一项。");
                    } else {
                        entries.add(new Node.Entry(key, keyPos, value));
                    }
                }
                return new Node.Mapping(pos, entries);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(p, file, diagnostics));
                }
                return new Node.Sequence(pos, items);
            }
            case VALUE_NULL:
                return new Node.Scalar(pos, null);
            default:
                // Strings, numbers and booleans: keep the text exactly as written.
                String text = p.getText();
                ContentText.checkValue(text, pos, "", diagnostics);
                return new Node.Scalar(pos, text);
        }
    }

    /**
     * Refuses the YAML features content has no use for and that make a file say something other than what a reader
     * of it sees: an alias ({@code *p0}) repeats a value written elsewhere, or with no anchor publishes its own name;
     * an anchor ({@code &p0}) is only there to be repeated; a tag ({@code !!binary}, {@code !!str}) changes how a value
     * is read. Jackson's parser does not tell all of these apart, so SnakeYAML's events are read first, each with the
     * position of the {@code *}, {@code &} or {@code !} as written. Returns whether the file is free of them; syntax
     * errors are left to the parse that follows, which explains them.
     */
    private static boolean plain(SourceFile file, Diagnostics diagnostics) {
        boolean plain = true;
        try {
            for (Event event : new Yaml().parse(new StringReader(file.text()))) {
                Position at = new Position(file.path(), event.getStartMark().getLine() + 1, event.getStartMark().getColumn() + 1);
                if (event instanceof AliasEvent) {
                    plain = false;
                    diagnostics.report(Code.GK108, at, "", "这里用了 YAML 别名“" + written(file, at) + "”。"
                            + "内容文件中不能用别名引用别处的值（没有定义的别名还会把别名本身当作文字发布）。请把值完整地写在这里。");
                    continue;
                }
                String anchor = event instanceof NodeEvent n ? n.getAnchor() : null;
                String tag = event instanceof ScalarEvent sc ? sc.getTag()
                        : event instanceof CollectionStartEvent c ? c.getTag() : null;
                if (anchor != null) {
                    plain = false;
                    diagnostics.report(Code.GK108, at, "", "这里用了 YAML 锚点“" + written(file, at) + "”。"
                            + "内容文件中不能用锚点和别名重复使用别处的值。请删除“" + written(file, at) + "”，需要相同的值时直接再写一遍。");
                } else if (tag != null) {
                    plain = false;
                    diagnostics.report(Code.GK108, at, "", "这里用了 YAML 标签“" + written(file, at) + "”。"
                            + "内容文件中不能用标签改变值的读法。请删除这个以“!”开头的标签；值是文字时，需要的话用英文双引号括起来。");
                }
            }
        } catch (YAMLException e) {
            // A syntax error: the parse that follows reports it with an explanation.
        }
        return plain;
    }

    /** The anchor, alias or tag as written at {@code at}: up to the next space, at most 40 characters. */
    private static String written(SourceFile file, Position at) {
        int[] line = file.line(at.line()).codePoints().skip(at.column() - 1L)
                .takeWhile(cp -> !Character.isWhitespace(cp)).limit(40).toArray();
        return ContentText.visible(new String(line, 0, line.length));
    }

    /**
     * Where a syntax error is. Jackson's own location is the end of the last good token (often the line before the
     * mistake), so SnakeYAML's marks are used: the problem mark, or the context mark when the problem is only
     * noticed later (a key without ": " is noticed on the next line, an unclosed quote at the end of the file).
     */
    private static Position errorPosition(SourceFile file, StreamReadException e) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            String context = m.getContext() == null ? "" : m.getContext();
            boolean atContext = context.contains("scanning a simple key") || context.contains("scanning a quoted scalar")
                    || context.contains("scanning a block scalar");
            Mark mark = atContext && m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
            if (mark != null) {
                return new Position(file.path(), mark.getLine() + 1, mark.getColumn() + 1);
            }
        }
        JsonLocation loc = e.getLocation();
        return loc == null ? Position.ofFile(file.path()) : at(file, loc);
    }

    private static Position at(SourceFile file, JsonLocation loc) {
        return new Position(file.path(), Math.max(1, loc.getLineNr()), Math.max(1, loc.getColumnNr()));
    }

    /** Known parser messages in plain Chinese; the parser's own words are kept for anything else. */
    private static final List<String[]> EXPLANATIONS = List.of(
            new String[] {"scanning a block scalar", "值以“>”或“|”开头时，YAML 会把它当作多行文字的标记。"
                    + "如果指标值是“>90%”这样的比较，请给整个值加上英文双引号，如 value: \">90%\""},
            new String[] {"mapping values are not allowed", "这里不能出现“键: 值”。如果值本身含有“: ”，请给整个值加上英文双引号"},
            new String[] {"could not find expected ':'", "这一行缺少“: ”。每个字段应写成“字段名: 值”，冒号后要有一个空格"},
            new String[] {"cannot start any token", "出现了不能使用的字符（例如 Tab）。缩进只能用空格"},
            new String[] {"found unexpected end of stream", "这里开始的引号直到文件结尾也没有配对。请在这个值的末尾补上同样的引号，或去掉开头的引号"},
            new String[] {"expected <block end>", "缩进不一致。同一层级的字段要对齐，列表项以“- ”开头"},
            new String[] {"did not find expected key", "缩进不一致或缺少冒号。同一层级的字段要对齐"},
            new String[] {"did not find expected '-' indicator", "列表项的缩进不一致。每一项都以“- ”开头并对齐"},
            new String[] {"found unknown escape character", "双引号中的反斜杠“\\”后跟了无效字符。请改用单引号或去掉反斜杠"});

    private static String describe(StreamReadException e) {
        String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (String[] known : EXPLANATIONS) {
            if (msg.contains(known[0])) {
                return known[1];
            }
        }
        String first = msg.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first.isEmpty() ? "无法解析" : "无法解析（解析器提示：" + first + "）";
    }
}
