package gongkai.source;

import gongkai.diag.Position;
import java.util.List;
import java.util.Optional;

/**
 * A YAML value with the position it was read from. Immutable.
 *
 * <p>Each node holds its file, line and column itself and makes its {@link Position} when asked: a portal's content
 * has millions of values, and a {@code Position} object for each, kept until the check is done, made up half the
 * objects the garbage collector had to copy.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    Position position();

    /** A human word for the kind of value, used in messages. */
    String kindName();

    /** A key of a mapping, with where the key itself was written. */
    record Entry(String key, String file, int line, int column, Node value) {
        public Entry(String key, Position keyPosition, Node value) {
            this(key, keyPosition.file(), keyPosition.line(), keyPosition.column(), value);
        }

        public Position keyPosition() {
            return new Position(file, line, column);
        }
    }

    record Mapping(String file, int line, int column, List<Entry> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Mapping(Position position, List<Entry> entries) {
            this(position.file(), position.line(), position.column(), entries);
        }

        @Override
        public Position position() {
            return new Position(file, line, column);
        }

        public Optional<Entry> entry(String key) {
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).key().equals(key)) {
                    return Optional.of(entries.get(i));
                }
            }
            return Optional.empty();
        }

        @Override
        public String kindName() {
            return "键值表";
        }
    }

    record Sequence(String file, int line, int column, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        public Sequence(Position position, List<Node> items) {
            this(position.file(), position.line(), position.column(), items);
        }

        @Override
        public Position position() {
            return new Position(file, line, column);
        }

        @Override
        public String kindName() {
            return "列表";
        }
    }

    /**
     * A scalar exactly as written (numbers are not converted, so {@code 30.00} stays {@code 30.00}).
     * {@code text} is null for an explicit {@code null}/{@code ~}; an empty value is the empty text.
     */
    record Scalar(String file, int line, int column, String text) implements Node {
        public Scalar(Position position, String text) {
            this(position.file(), position.line(), position.column(), text);
        }

        @Override
        public Position position() {
            return new Position(file, line, column);
        }

        public boolean isBlank() {
            return text == null || text.isBlank();
        }

        @Override
        public String kindName() {
            return "文字";
        }
    }
}
