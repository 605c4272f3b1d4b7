package gongkai.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which Gongkai made a site: part of every output's digest, so that a site built by another version of the
 * generator is made again whole rather than mixed with this version's output.
 */
public final class Generator {

    private static final String IDENTITY = identify();

    private Generator() {}

    /** The jar this code runs from, by path, size and modification time; the classes folder when not in a jar. */
    public static String identity() {
        return IDENTITY;
    }

    private static String identify() {
        try {
            Path where = Path.of(Generator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return where + ":" + Files.size(where) + ":" + Files.getLastModifiedTime(where).toMillis();
            }
            return where.toString();
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
