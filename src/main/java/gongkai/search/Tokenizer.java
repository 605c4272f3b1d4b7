package gongkai.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the search index cuts text into terms; {@code templates/static/search.js} cuts queries the same way.
 *
 * <p>Text is first normalised code point by code point (NFKC, so full-width letters and digits become ASCII, then
 * lower case). It then falls into runs: a run of Han characters becomes its overlapping character bigrams
 * ({@code 运行维护} → {@code 运行 行维 维护}; a run of one character is kept as that character), because Chinese
 * has no spaces between words; a run of other letters and digits ({@code mstp}, {@code 13020822p00908810002x})
 * is one term, which queries match by prefix. Everything else (punctuation, symbols such as ≥ and %, spaces)
 * separates runs. Pure.
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

    /** The index terms of a text (with repeats): Han bigrams (or a lone Han character) and whole word runs. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        for (String run : runs(normalize(text))) {
            if (isHan(run.codePointAt(0))) {
                int[] cps = run.codePoints().toArray();
                if (cps.length == 1) {
                    terms.add(run);
                }
                for (int k = 0; k + 1 < cps.length; k++) {
                    terms.add(new String(cps, k, 2));
                }
            } else {
                terms.add(run);
            }
        }
        return terms;
    }
}
