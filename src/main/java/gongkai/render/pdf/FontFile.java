package gongkai.render.pdf;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A font file chosen for PDFs: a TrueType file ({@code .ttf}) or a collection ({@code .ttc}) and, for a
 * collection, the name of the font in it (the first font when absent).
 */
public record FontFile(Path path, Optional<String> nameInCollection) {

    public boolean isCollection() {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".ttc") || name.endsWith(".otc");
    }

    @Override
    public String toString() {
        return path + nameInCollection.map(n -> "（" + n + "）").orElse("");
    }
}
