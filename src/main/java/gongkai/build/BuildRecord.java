package gongkai.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a build made: every output file by its path in the site, with a digest of everything it was made from
 * (its view, its template and the templates that template includes, the font and generator for PDFs, the bytes of
 * a data or static file) and its size. The next build starts from it: an output whose inputs have the same digest
 * is taken over from the previous site instead of being made again.
 *
 * <p>{@code build} keeps the record on disk in the cache folder beside the output ({@link #cacheFolder}), which is
 * safe to delete (the next build is then a full one); {@code serve} keeps it in memory.
 *
 * @param outputs by path, sorted
 */
public record BuildRecord(Map<String, Entry> outputs) {

    /**
     * One output file: the digest of its inputs, its size in bytes and its modification time (microseconds since
     * 1970) as written. The file is taken over only while it still has that size and time, so a file that another
     * build or a person rewrote since is made again.
     */
    public record Entry(String inputs, long size, long modified) {}

    /** The first line of a record file; a file with any other first line is not read (a full build follows). */
    private static final String HEADER = "gongkai-build-record 2";
    private static final String FILE = "build-record.tsv";

    public BuildRecord {
        outputs = Map.copyOf(outputs);
    }

    /** No previous build: everything is made. */
    public static final BuildRecord NONE = new BuildRecord(Map.of());

    public Optional<Entry> get(String path) {
        return Optional.ofNullable(outputs.get(path));
    }

    public boolean isEmpty() {
        return outputs.isEmpty();
    }

    /** The cache folder of the output folder {@code out}: {@code .site.cache} beside {@code site}. */
    public static Path cacheFolder(Path out) {
        Path abs = out.toAbsolutePath().normalize();
        return abs.resolveSibling("." + abs.getFileName() + ".cache");
    }

    /**
     * The record kept for the output folder {@code out}, or {@link #NONE} when there is none or it cannot be read
     * (a record that cannot be trusted only costs a full build).
     */
    public static BuildRecord read(Path out) {
        Path file = cacheFolder(out).resolve(FILE);
        try {
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return NONE;
            }
            Map<String, Entry> outputs = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    return NONE;
                }
                outputs.put(f[0], new Entry(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
            }
            return new BuildRecord(outputs);
        } catch (NoSuchFileException e) {
            return NONE;
        } catch (IOException | RuntimeException e) {
            return NONE;
        }
    }

    /**
     * Forgets the record of {@code out}. Called before the output folder is replaced, so that a build killed
     * between the replacement and {@link #write} leaves no record describing the site it replaced.
     */
    public static void forget(Path out) throws IOException {
        Files.deleteIfExists(cacheFolder(out).resolve(FILE));
    }

    /** Keeps this record for the next build of {@code out} (written to a temporary file, then renamed). */
    public void write(Path out) throws IOException {
        Path folder = cacheFolder(out);
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, FILE, ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(HEADER);
                w.write('\n');
                for (var e : new TreeMap<>(outputs).entrySet()) {
                    w.write(e.getKey() + "\t" + e.getValue().inputs() + "\t" + e.getValue().size() + "\t" + e.getValue().modified() + "\n");
                }
            }
            Files.move(tmp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
