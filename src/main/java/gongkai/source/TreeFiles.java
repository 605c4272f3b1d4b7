package gongkai.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * A content folder held in memory: file paths (below the content folder, forward slashes) to their bytes, as read
 * from a git revision. Folders are implied by the paths. A symbolic link is listed as a link, which the loader
 * refuses as it does on disk; any other entry that is present but cannot be read (a submodule, say) is listed with
 * the reason, and the loader reports it as GK001 like an unreadable file on disk.
 */
public final class TreeFiles implements ContentFiles {

    private final String rootName;
    private final NavigableMap<String, byte[]> files;
    private final NavigableMap<String, String> unreadable;
    private final Set<String> links;

    /**
     * @param files      every readable file by its path
     * @param unreadable every other file by its path, with the reason it cannot be read (in Chinese)
     */
    public TreeFiles(String rootName, Map<String, byte[]> files, Map<String, String> unreadable) {
        this(rootName, files, unreadable, Set.of());
    }

    /** @param links the paths, among {@code unreadable}, that are symbolic links */
    public TreeFiles(String rootName, Map<String, byte[]> files, Map<String, String> unreadable, Set<String> links) {
        this.rootName = rootName;
        this.files = new TreeMap<>();
        files.forEach((path, bytes) -> this.files.put(path, bytes.clone()));
        this.unreadable = new TreeMap<>(unreadable);
        this.links = Set.copyOf(links);
    }

    @Override
    public String rootName() {
        return rootName;
    }

    @Override
    public List<Entry> list(String folder) throws IOException {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        if (!folder.isEmpty() && !isFolder(folder)) {
            throw new IOException("没有这个文件夹");
        }
        TreeMap<String, Entry> children = new TreeMap<>();
        for (String path : all(prefix)) {
            String rest = path.substring(prefix.length());
            int slash = rest.indexOf('/');
            String name = slash < 0 ? rest : rest.substring(0, slash);
            Kind kind = slash >= 0 ? Kind.FOLDER : files.containsKey(path) ? Kind.FILE : links.contains(path) ? Kind.LINK : Kind.OTHER;
            children.putIfAbsent(name, new Entry(prefix + name, name, kind));
        }
        return List.copyOf(children.values());
    }

    @Override
    public byte[] read(String file, int limit) throws IOException {
        byte[] bytes = files.get(file);
        if (bytes == null) {
            throw new IOException(unreadable.getOrDefault(file, isFolder(file) ? "这是一个文件夹，不是文件" : "文件不存在"));
        }
        return Arrays.copyOf(bytes, Math.min(bytes.length, limit + 1));
    }

    @Override
    public String reason(String file, IOException e) {
        return e.getMessage();
    }

    private boolean isFolder(String path) {
        return !all(path + "/").isEmpty();
    }

    /** Every path, readable or not, that starts with {@code prefix}. */
    private List<String> all(String prefix) {
        List<String> paths = new ArrayList<>();
        paths.addAll(files.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet());
        paths.addAll(unreadable.subMap(prefix, true, prefix + Character.MAX_VALUE, false).keySet());
        return paths;
    }
}
