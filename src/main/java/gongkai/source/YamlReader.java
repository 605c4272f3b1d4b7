package gongkai.source;

import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.diag.Diagnostics;
import gongkai.diag.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads one YAML document into positioned {@link Node}s in one pass over SnakeYAML's events. Scalars keep the text
 * as written (only a plain {@code ~} or {@code null} is null). Syntax errors, duplicate keys, characters written as
 * escapes and the YAML features content has no use for (anchors, aliases, tags) become diagnostics. Stateless and
 * safe to call from several threads.
 */
public final class YamlReader {

    /** The deepest nesting of lists and mappings, the document itself counting as the first level. */
    static final int MAX_DEPTH = 1000;

    /** The plain scalars YAML 1.1 reads as null (SnakeYAML's {@code Resolver.NULL}). */
    private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

    private YamlReader() {}

    /** The document's root node, or empty when the file could not be parsed (a diagnostic says why). */
    public static Optional<Node> read(SourceFile file, Diagnostics diagnostics) {
        List<Diagnostic> found = new ArrayList<>();
        Node simple = SimpleYaml.read(file, found);
        if (simple != null) {
            found.forEach(diagnostics::add);
            return Optional.of(simple);
        }
        return readEvents(file, diagnostics);
    }

    /** What {@link #read} gives, always from SnakeYAML's events (never by {@link SimpleYaml}); for tests. */
    static Optional<Node> readEvents(SourceFile file, Diagnostics diagnostics) {
        return new Reading(file).read(diagnostics);
    }

    /** Whether a plain (unquoted) value is YAML 1.1's null: {@code ~}, {@code null}, {@code Null} or {@code NULL}. */
    static boolean isNull(String plain) {
        return plain.length() <= 4 && NULLS.contains(plain);
    }

    /** A problem that ends the reading of the document at the event where it was noticed. */
    private static final class Stop extends Exception {
        final Diagnostic diagnostic;

        Stop(Diagnostic diagnostic) {
            super(null, null, false, false);
            this.diagnostic = diagnostic;
        }
    }

    /** One read of one file: the parser, the last event it gave and what was found so far. */
    private static final class Reading {
        private final SourceFile file;
        private final Parser parser;
        private Event last;
        /**
         * Anchors, aliases and tags (GK108): when there is any, they are the only diagnostics of the file, because
         * what the document says cannot be trusted; the document is then not used.
         */
        private final List<Diagnostic> refused = new ArrayList<>();
        /** What the document holds that is wrong (GK104, GK102, a second document), in the order it was read. */
        private final List<Diagnostic> found = new ArrayList<>();

        Reading(SourceFile file) {
            this.file = file;
            this.parser = new ParserImpl(new StreamReader(file.text()), new LoaderOptions());
        }

        Optional<Node> read(Diagnostics diagnostics) {
            Node root = null;
            Diagnostic failure = null;
            try {
                Event first = nextInDocuments();
                if (first == null) {
                    root = new Node.Mapping(new Position(file.path(), 1, 1), List.of());
                } else {
                    root = value(first, 1);
                    Event second = nextInDocuments();
                    if (second != null) {
                        found.add(new Diagnostic(Code.GK101, start(second), "",
                                "一个文件只能有一个 YAML 文档，请删除多余的“---”及其后面的内容。"));
                    }
                }
                readRest();
            } catch (Stop stop) {
                failure = stop.diagnostic;
                readRest();
            } catch (YAMLException e) {
                failure = new Diagnostic(Code.GK101, errorPosition(e), "", "YAML 语法错误：" + describe(e.getMessage()) + "。");
            } catch (RuntimeException e) {
                failure = new Diagnostic(Code.GK001, Position.ofFile(file.path()), "",
                        "读取此文件时出现了意外错误（" + e.getClass().getSimpleName() + "）。请检查此文件的格式，并把此文件和这条信息告诉维护人员。");
            }
            if (!refused.isEmpty()) {
                refused.forEach(diagnostics::add);
                return Optional.empty();
            }
            found.forEach(diagnostics::add);
            if (failure != null) {
                diagnostics.add(failure);
                return Optional.empty();
            }
            return Optional.of(root);
        }

        /** The next event, after refusing an anchor, alias or tag it carries. */
        private Event next() {
            Event event = parser.getEvent();
            last = event;
            refuse(event);
            return event;
        }

        /** The next event that starts a value, passing over the starts and ends of streams and documents; null at the end. */
        private Event nextInDocuments() {
            while (true) {
                Event event = next();
                switch (event.getEventId()) {
                    case StreamStart, DocumentStart, DocumentEnd -> {
                        continue;
                    }
                    case StreamEnd -> {
                        return null;
                    }
                    default -> {
                        return event;
                    }
                }
            }
        }

        /**
         * Reads the events after the document, or after a problem that ended its reading, only to refuse anchors,
         * aliases and tags there too. A syntax error there is not reported: the document has been read (or its
         * problem reported) already.
         */
        private void readRest() {
            try {
                while (last.getEventId() != Event.ID.StreamEnd) {
                    next();
                }
            } catch (RuntimeException e) {
                // A syntax error after the document, or after the problem already reported.
            }
        }

        private Node value(Event event, int depth) throws Stop {
            Position pos = start(event);
            switch (event.getEventId()) {
                case MappingStart: {
                    deepest(depth, pos);
                    List<Node.Entry> entries = new ArrayList<>();
                    Set<String> seen = new HashSet<>();
                    for (Event key = next(); key.getEventId() != Event.ID.MappingEnd; key = next()) {
                        if (!(key instanceof ScalarEvent scalar)) {
                            throw new Stop(new Diagnostic(Code.GK101, end(key), "", "YAML 语法错误：字段名只能是一段文字，这里却是一个列表或键值表。"
                                + "如果字段名本身以“[”或“{”开头，请给它加上英文双引号。"));
                        }
                        String name = scalar.getValue();
                        Position keyPos = start(key);
                        ContentText.valueProblem(name, keyPos, name).ifPresent(found::add);
                        Node value = value(next(), depth + 1);
                        if (!seen.add(name)) {
                            found.add(new Diagnostic(Code.GK102, keyPos, name,
                                    "字段“" + name + "”在这里又写了一次。同一层级的字段只能写一次，请删除或合并重复的一项。"));
                        } else {
                            entries.add(new Node.Entry(name, keyPos, value));
                        }
                    }
                    return new Node.Mapping(pos, entries);
                }
                case SequenceStart: {
                    deepest(depth, pos);
                    List<Node> items = new ArrayList<>();
                    for (Event item = next(); item.getEventId() != Event.ID.SequenceEnd; item = next()) {
                        items.add(value(item, depth + 1));
                    }
                    return new Node.Sequence(pos, items);
                }
                case Scalar: {
                    String text = text((ScalarEvent) event);
                    if (text != null) {
                        ContentText.valueProblem(text, pos, "").ifPresent(found::add);
                    }
                    return new Node.Scalar(pos, text);
                }
                case Alias: {
                    // Refused already (GK108); read as the text it would otherwise be published as.
                    return new Node.Scalar(pos, ((AliasEvent) event).getAnchor());
                }
                default:
                    throw new IllegalStateException("unexpected YAML event " + event.getEventId());
            }
        }

        private void deepest(int depth, Position pos) throws Stop {
            if (depth > MAX_DEPTH) {
                throw new Stop(new Diagnostic(Code.GK101, pos, "", "YAML 语法错误：列表和键值表在这里嵌套超过了 " + MAX_DEPTH
                        + " 层。公开内容不会有这样深的层级，请检查是否误粘贴了大量“[”或“{”。"));
            }
        }

        /**
         * A scalar's text as written; null for a value written as {@code ~}, {@code null}, {@code Null} or
         * {@code NULL} without quotes (YAML 1.1's nulls). An empty plain value is the empty text.
         */
        private static String text(ScalarEvent scalar) {
            String value = scalar.getValue();
            boolean isNull = isNull(value) && scalar.getTag() == null && scalar.getImplicit().canOmitTagInPlainScalar();
            return isNull ? null : value;
        }

        /**
         * Refuses the YAML features content has no use for and that make a file say something other than what a
         * reader of it sees: an alias ({@code *p0}) repeats a value written elsewhere, or with no anchor publishes
         * its own name; an anchor ({@code &p0}) is only there to be repeated; a tag ({@code !!binary}, {@code !!str})
         * changes how a value is read. Each is reported at the {@code *}, {@code &} or {@code !} as written.
         */
        private void refuse(Event event) {
            if (!(event instanceof NodeEvent node)) {
                return;
            }
            Position at = start(event);
            if (event instanceof AliasEvent) {
                refused.add(new Diagnostic(Code.GK108, at, "", "这里用了 YAML 别名“" + written(file, at) + "”。"
                        + "内容文件中不能用别名引用别处的值（没有定义的别名还会把别名本身当作文字发布）。请把值完整地写在这里。"));
                return;
            }
            String tag = event instanceof ScalarEvent sc ? sc.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (node.getAnchor() != null) {
                refused.add(new Diagnostic(Code.GK108, at, "", "这里用了 YAML 锚点“" + written(file, at) + "”。"
                        + "内容文件中不能用锚点和别名重复使用别处的值。请删除“" + written(file, at) + "”，需要相同的值时直接再写一遍。"));
            } else if (tag != null) {
                refused.add(new Diagnostic(Code.GK108, at, "", "这里用了 YAML 标签“" + written(file, at) + "”。"
                        + "内容文件中不能用标签改变值的读法。请删除这个以“!”开头的标签；值是文字时，需要的话用英文双引号括起来。"));
            }
        }

        private Position start(Event event) {
            return at(event.getStartMark());
        }

        private Position end(Event event) {
            return at(event.getEndMark());
        }

        private Position at(Mark mark) {
            return mark == null ? new Position(file.path(), 1, 1) : new Position(file.path(), mark.getLine() + 1, mark.getColumn() + 1);
        }

        /**
         * Where a syntax error is: the problem mark, or the context mark when the problem is only noticed later (a key
         * without ": " is noticed on the next line, an unclosed quote at the end of the file); the end of the last
         * event read when the parser gives no mark.
         */
        private Position errorPosition(YAMLException e) {
            if (e instanceof MarkedYAMLException m) {
                String context = m.getContext() == null ? "" : m.getContext();
                boolean atContext = context.contains("scanning a simple key") || context.contains("scanning a quoted scalar")
                        || context.contains("scanning a block scalar");
                Mark mark = atContext && m.getContextMark() != null ? m.getContextMark() : m.getProblemMark();
                if (mark != null) {
                    return at(mark);
                }
            }
            return last == null ? new Position(file.path(), 1, 1) : end(last);
        }
    }

    /** The anchor, alias or tag as written at {@code at}: up to the next space, at most 40 characters. */
    private static String written(SourceFile file, Position at) {
        int[] line = file.line(at.line()).codePoints().skip(at.column() - 1L)
                .takeWhile(cp -> !Character.isWhitespace(cp)).limit(40).toArray();
        return ContentText.visible(new String(line, 0, line.length));
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

    private static String describe(String message) {
        String msg = message == null ? "" : message;
        for (String[] known : EXPLANATIONS) {
            if (msg.contains(known[0])) {
                return known[1];
            }
        }
        String first = msg.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return first.isEmpty() ? "无法解析" : "无法解析（解析器提示：" + first + "）";
    }
}
