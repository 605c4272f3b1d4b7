package gongkai.source;

import gongkai.diag.Position;
import java.util.List;
import java.util.Optional;

/** A YAML value with the position it was read from. Immutable. */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

    Position position();

    /** A human word for the kind of value, used in messages. */
    String kindName();

    /** A key of a mapping, with where the key itself was written. */
    record Entry(String key, Position keyPosition, Node value) {}

    record Mapping(Position position, List<Entry> entries) implements Node {
        public Mapping {
            entries = List.copyOf(entries);
        }

        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        @Override
        public String kindName() {
            return "键值表";
        }
    }

    record Sequence(Position position, List<Node> items) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "列表";
        }
    }

    /**
     * A scalar exactly as written (numbers are not converted, so {@code 30.00} stays {@code 30.00}).
     * {@code text} is null for an empty value or an explicit {@code null}/{@code ~}.
     */
    record Scalar(Position position, String text) implements Node {
        public boolean isBlank() {
            return text == null || text.isBlank();
        }

        @Override
        public String kindName() {
            return "文字";
        }
    }
}
