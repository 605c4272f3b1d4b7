package gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the search index cuts text into terms; {@code templates/static/search.js} cuts queries the same way.
 *
 * <p>Text is first normalised code point by code point (NFKC, so full-width letters and digits become ASCII, then
 * lower case). It then falls into runs: a run of Han characters becomes each of its characters, its overlapping
 * character bigrams and trigrams ({@code 运行维护} → {@code 运 行 维 护}, {@code 运行 行维 维护}, {@code 运行维 行维护}),
 * because Chinese has no spaces between words: a query of one, two or three characters looks up that term, a longer
 * one its trigrams (whose positions say whether they follow each other); a run of other letters and digits
 * ({@code mstp}, {@code 13020822p00908810002x}) is one term, which queries match by prefix.
 * Everything else (punctuation, symbols such as ≥ and %, spaces) separates runs. Pure.
 */
public final class Tokenizer {

    private Tokenizer() {}

    /** The text folded as search compares it: NFKC then lower case, code point by code point. */
    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(fold(cp)));
        return out.toString();
    }

    private static String fold(int cp) {
        return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    static boolean isWord(int cp) {
        return Character.isLetterOrDigit(cp) && !isHan(cp);
    }

    /** The runs of a normalised text: Han runs and word runs, in order. */
    public static List<String> runs(String normalized) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        int n = normalized.length();
        while (i < n) {
            int cp = normalized.codePointAt(i);
            if (!isHan(cp) && !isWord(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            boolean han = isHan(cp);
            int start = i;
            while (i < n) {
                int c = normalized.codePointAt(i);
                if (han ? !isHan(c) : !isWord(c)) {
                    break;
                }
                i += Character.charCount(c);
            }
            runs.add(normalized.substring(start, i));
        }
        return runs;
    }

    /**
     * One occurrence of an index term in a text.
     *
     * @param offset where it starts in the normalised text, in code points
     * @param end    whether it ends where the normalised text ends
     */
    public record Token(String term, Kind kind, int offset, boolean end) {
        /** Whether the normalised text is this term and nothing else. */
        public boolean whole() {
            return offset == 0 && end;
        }
    }

    /** A Han character, two or three Han characters, or a run of other letters and digits. */
    public enum Kind { CHARACTER, BIGRAM, TRIGRAM, WORD }

    /**
     * Every occurrence of an index term in a text, in order of their offsets (a Han character before the bigram and
     * the trigram it starts): each Han character, bigram and trigram, each word run.
     */
    public static List<Token> tokens(String text) {
        String normalized = normalize(text);
        int[] cps = normalized.codePoints().toArray();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            int cp = cps[i];
            if (!isHan(cp) && !isWord(cp)) {
                i++;
                continue;
            }
            boolean han = isHan(cp);
            int start = i;
            while (i < cps.length && (han ? isHan(cps[i]) : isWord(cps[i]))) {
                i++;
            }
            if (han) {
                for (int k = start; k < i; k++) {
                    tokens.add(new Token(new String(cps, k, 1), Kind.CHARACTER, k, k + 1 == cps.length));
                    if (k + 1 < i) {
                        tokens.add(new Token(new String(cps, k, 2), Kind.BIGRAM, k, k + 2 == cps.length));
                    }
                    if (k + 2 < i) {
                        tokens.add(new Token(new String(cps, k, 3), Kind.TRIGRAM, k, k + 3 == cps.length));
                    }
                }
            } else {
                tokens.add(new Token(new String(cps, start, i - start), Kind.WORD, start, i == cps.length));
            }
        }
        return tokens;
    }

    /** The distinct index terms of a text, in the order they first occur. */
    public static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).distinct().toList();
    }

    /** Whether a term is three Han characters (the terms whose positions the index keeps). */
    public static boolean isTrigram(String term) {
        return term.codePointCount(0, term.length()) == 3 && isHan(term.codePointAt(0));
    }
}
