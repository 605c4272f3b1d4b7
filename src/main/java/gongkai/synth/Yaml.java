package gongkai.synth;

import java.util.Locale;
import java.util.Set;

/** Writes YAML scalars: plain when that is safe, double-quoted otherwise. */
final class Yaml {

    /** Characters that may not start a plain scalar. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Set<String> RESERVED = Set.of("null", "~", "true", "false", "yes", "no", "on", "off", "y", "n");

    private Yaml() {}

    static String scalar(String text) {
        return needsQuotes(text) ? quote(text) : text;
    }

    /** {@code key: value}, with the value quoted when needed. */
    static String entry(String key, String value) {
        return key + ": " + scalar(value);
    }

    private static boolean needsQuotes(String s) {
        return s.isEmpty()
                || !s.equals(s.strip())
                || INDICATORS.indexOf(s.charAt(0)) >= 0
                || s.contains(": ")
                || s.endsWith(":")
                || s.contains(" #")
                || s.chars().anyMatch(c -> c < 0x20)
                || RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\x%02X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
