package gongkai.output;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link ConcurrentWritersTest}: opens a writer on the target (argument 1), writes
 * {@code index.html} with the text of argument 2, prints {@code written}, and commits when a line arrives on
 * standard input.
 */
public final class HoldWriter {

    private HoldWriter() {}

    public static void main(String[] args) throws Exception {
        try (SiteWriter writer = SiteWriter.open(Path.of(args[0]))) {
            writer.write("index.html", args[1]);
            System.out.println("written");
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            writer.commit();
        }
    }
}
