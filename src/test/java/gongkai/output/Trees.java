package gongkai.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: a folder as a comparable value, what lies beside it, and a child JVM on the test class path. */
public final class Trees {

    private Trees() {}

    /**
     * Every entry under {@code dir} by relative path: a folder as {@code "dir"}, a file as the SHA-256 of its
     * bytes. Two trees are byte-identical when these maps are equal. Empty when {@code dir} does not exist.
     */
    public static Map<String, String> digest(Path dir) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return tree;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                tree.put(rel, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "dir" : sha256(Files.readAllBytes(p)));
            }
        }
        return tree;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** The names in {@code dir}, sorted. */
    public static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A command that runs {@code mainClass} in a new JVM with the test class path (this JVM's). */
    public static ProcessBuilder java(Class<?> mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
