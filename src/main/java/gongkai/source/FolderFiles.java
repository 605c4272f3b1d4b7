package gongkai.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A content folder on disk. Symbolic links are followed, as everywhere else in Gongkai. */
final class FolderFiles implements ContentFiles {

    private final Path root;

    FolderFiles(Path root) {
        this.root = root;
    }

    @Override
    public String rootName() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    @Override
    public List<Entry> list(String folder) throws IOException {
        Path dir = resolve(folder);
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().map(p -> {
                String name = p.getFileName().toString();
                return new Entry(folder.isEmpty() ? name : folder + "/" + name, name, Files.isDirectory(p), Files.isRegularFile(p));
            }).toList();
        }
    }

    @Override
    public byte[] read(String file) throws IOException {
        return Files.readAllBytes(resolve(file));
    }

    @Override
    public String reason(String file, IOException e) {
        Path path = resolve(file);
        if (Files.isDirectory(path)) {
            return "这是一个文件夹，不是文件";
        }
        if (e instanceof NoSuchFileException) {
            return "文件不存在，可能是失效的链接";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        String detail = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return "系统提示：" + (detail == null ? e.getClass().getSimpleName() : detail);
    }

    private Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }
}
