package gongkai.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Non-negative integers as text that needs no escaping in JSON or JavaScript: each character of
 * {@link #ALPHABET} carries five bits, least significant first; the characters at positions 32–63 say "more
 * follows", those at 0–31 end a number. So 0–31 take one character, up to 1023 two, up to 32767 three.
 */
public final class Varint {

    public static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Varint() {}

    public static void write(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative: " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(ALPHABET.charAt(32 + (v & 31)));
            v >>>= 5;
        }
        out.append(ALPHABET.charAt(v));
    }

    /** Every number of a text written by {@link #write}. */
    public static List<Integer> readAll(String text) {
        List<Integer> out = new ArrayList<>();
        int value = 0;
        int shift = 0;
        for (int i = 0; i < text.length(); i++) {
            int d = ALPHABET.indexOf(text.charAt(i));
            if (d < 0) {
                throw new IllegalArgumentException("not a varint character: " + text.charAt(i));
            }
            value |= (d & 31) << shift;
            if (d >= 32) {
                shift += 5;
            } else {
                out.add(value);
                value = 0;
                shift = 0;
            }
        }
        if (shift != 0) {
            throw new IllegalArgumentException("unfinished number at the end");
        }
        return out;
    }
}
