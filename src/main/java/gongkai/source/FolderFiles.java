package gongkai.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A content folder on disk. Symbolic links are never followed: a link is listed as a link (the loader refuses it)
 * and a file is opened with {@link LinkOption#NOFOLLOW_LINKS}, so content cannot publish a file from outside the
 * content folder (such as {@code /etc/passwd} or {@code /proc/self/environ}).
 */
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
    public boolean rootIsLink() {
        return Files.isSymbolicLink(root);
    }

    @Override
    public List<Entry> list(String folder) throws IOException {
        Path dir = resolve(folder);
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && !(folder.isEmpty() && Files.isDirectory(dir))) {
            throw new IOException("这不是一个文件夹");
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                entries.add(new Entry(folder.isEmpty() ? name : folder + "/" + name, name, kind(p)));
            }
        }
        return entries;
    }

    private static Kind kind(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.FOLDER : a.isRegularFile() ? Kind.FILE : Kind.OTHER;
    }

    @Override
    public byte[] read(String file, int limit) throws IOException {
        Path path = resolve(file);
        if (kind(path) != Kind.FILE) {
            throw new IOException(kind(path) == Kind.LINK ? "这是一个符号链接" : "这不是一个普通文件");
        }
        // O_NOFOLLOW: a file replaced by a link after it was listed is still not followed.
        try (SeekableByteChannel channel = Files.newByteChannel(path, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            // One array of the file's size (readNBytes would fill 8 KB chunks and copy them); when the file has grown
            // since, what follows is read too, up to the limit.
            byte[] bytes = new byte[(int) Math.min(channel.size(), limit + 1L)];
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read on until the array is full or the file ends
            }
            if (buffer.hasRemaining()) {
                return Arrays.copyOf(bytes, buffer.position());
            }
            ByteBuffer next = ByteBuffer.allocate(1);
            if (bytes.length > limit || channel.read(next) <= 0) {
                return bytes;
            }
            byte[] more = Channels.newInputStream(channel).readNBytes(limit - bytes.length);
            byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + more.length);
            all[bytes.length] = next.get(0);
            System.arraycopy(more, 0, all, bytes.length + 1, more.length);
            return all;
        }
    }

    @Override
    public String reason(String file, IOException e) {
        Path path = resolve(file);
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "这是一个文件夹，不是文件";
        }
        if (e instanceof NoSuchFileException) {
            return "文件不存在";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读取权限";
        }
        if (!(e instanceof FileSystemException)) {
            return e.getMessage();
        }
        String detail = ((FileSystemException) e).getReason();
        return "系统提示：" + (detail == null ? e.getClass().getSimpleName() : detail);
    }

    private Path resolve(String path) {
        return path.isEmpty() ? root : root.resolve(path);
    }
}
