package gongkai.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where {@link ContentLoader} reads the content folder from: a folder on disk ({@link #of(Path)}) or the content
 * folder of a git revision held in memory ({@link TreeFiles}). Entries are named by their path below the content
 * folder with forward slashes: {@code ""} is the content folder itself, then {@code 2022}, {@code 2022/year.yaml} …
 */
public interface ContentFiles {

    /** What an entry of a content folder is. Links are never followed, so a link is a link whatever it points to. */
    enum Kind { FOLDER, FILE, LINK, OTHER }

    /** A file or folder: its path below the content folder, its own name and what it is. */
    record Entry(String path, String name, Kind kind) {
        public boolean directory() {
            return kind == Kind.FOLDER;
        }

        public boolean regularFile() {
            return kind == Kind.FILE;
        }

        public boolean link() {
            return kind == Kind.LINK;
        }
    }

    /** The name of the content folder; diagnostics name files from it ({@code content/2022/year.yaml}). */
    String rootName();

    /** The entries of a folder, sorted by name. */
    List<Entry> list(String folder) throws IOException;

    /**
     * The bytes of a file, without following a symbolic link. At most {@code limit + 1} bytes are read, so that a
     * file larger than the limit is noticed without reading all of it. Called from several threads at once.
     */
    byte[] read(String file, int limit) throws IOException;

    /** Whether the content folder itself is a symbolic link (never followed: content could then be anything). */
    default boolean rootIsLink() {
        return false;
    }

    /** Why {@code file} could not be read, in Chinese and without an absolute path (for GK001). */
    String reason(String file, IOException e);

    /** What to tell someone whose content folder does not exist (a command run outside the repository root). */
    static String missingFolder(Path content) {
        return "找不到内容文件夹：" + content + "。请在仓库根目录运行，或用 --content 指定内容文件夹。";
    }

    /** The content folder {@code root} on disk. */
    static ContentFiles of(Path root) {
        return new FolderFiles(root);
    }
}
