package gongkai.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a sequence of parts, each length-prefixed so that ("ab","c") and ("a","bc") differ. */
public final class Digest {

    private final MessageDigest sha;

    private Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    public static Digest start() {
        return new Digest();
    }

    public Digest add(String part) {
        return add(part.getBytes(StandardCharsets.UTF_8));
    }

    public Digest add(byte[] part) {
        long n = part.length;
        for (int i = 0; i < 8; i++) {
            sha.update((byte) (n >>> (8 * i)));
        }
        sha.update(part);
        return this;
    }

    public String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of one byte array. */
    public static String of(byte[] bytes) {
        return start().add(bytes).hex();
    }
}
