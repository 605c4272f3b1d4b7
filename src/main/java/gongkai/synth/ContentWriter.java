package gongkai.synth;

import gongkai.output.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Puts generated files on disk. Everything is written into a staging folder beside the target first and moved
 * into place at the end, so an interrupted run never leaves half a content folder. An existing non-empty folder is
 * replaced only when asked to, and only when it holds nothing but content (site.yaml, frameworks, year folders).
 */
public final class ContentWriter {

    /** Why the files could not be written, in Chinese, for the person who ran the command. */
    public static final class WriteException extends Exception {
        private final boolean usage;

        WriteException(String message, boolean usage) {
            super(message);
            this.usage = usage;
        }

        /** True when the command was refused (nothing touched), false when writing failed. */
        public boolean isUsage() {
            return usage;
        }
    }

    private static final Pattern YEAR_DIR = Pattern.compile("\\d{4}");

    private ContentWriter() {}

    /**
     * Writes {@code files} as the whole content of {@code out}.
     *
     * @param force replace {@code out} when it is a non-empty content folder
     * @return what was done about earlier runs that were killed (see {@link SiteWriter#notes()})
     */
    public static List<String> write(Path out, Map<String, String> files, boolean force) throws WriteException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new WriteException("不能把内容写到根目录 " + target + "。请指定一个新文件夹，如 --out /tmp/gongkai-synth。", true);
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists) {
            refuseUnlessReplaceable(out, target, force);
        }
        try (SiteWriter writer = SiteWriter.open(target)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                writer.write(f.getKey(), f.getValue());
            }
            writer.commit();
            return writer.notes();
        } catch (IOException | RuntimeException e) {
            throw new WriteException("写入 " + out + " 时出错：" + describe(e) + "。"
                    + (exists ? "原有的文件夹保持不变。" : ""), false);
        }
    }

    private static void refuseUnlessReplaceable(Path out, Path target, boolean force) throws WriteException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new WriteException(out + " 已经存在，而且不是文件夹。请换一个输出文件夹。", true);
        }
        List<String> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(target)) {
            s.map(p -> p.getFileName().toString()).sorted().forEach(entries::add);
        } catch (IOException e) {
            throw new WriteException("无法读取文件夹 " + out + "：" + describe(e) + "。", true);
        }
        if (entries.isEmpty()) {
            return;
        }
        if (!force) {
            throw new WriteException("输出文件夹 " + out + " 不是空的。为了不覆盖已有的文件，没有写入任何内容。"
                    + "请换一个不存在的或空的文件夹；如果确实要用新生成的内容替换它，请加上 --force。", true);
        }
        for (String name : entries) {
            Path p = target.resolve(name);
            boolean content = name.equals("site.yaml") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || (name.equals("frameworks") || YEAR_DIR.matcher(name).matches())
                            && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS);
            if (!content) {
                throw new WriteException("输出文件夹 " + out + " 中有“" + name + "”，它不属于内容文件夹"
                        + "（内容文件夹只含 site.yaml、frameworks 和年度文件夹）。为了安全，即使加了 --force 也不会删除它。"
                        + "请换一个不存在的或空的文件夹。", true);
            }
        }
    }



    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof java.nio.file.AccessDeniedException a) {
            return "没有权限（" + a.getFile() + "）";
        }
        if (cause instanceof FileAlreadyExistsException f) {
            return "文件已存在（" + f.getFile() + "）";
        }
        if (cause instanceof DirectoryNotEmptyException d) {
            return "文件夹不是空的（" + d.getFile() + "）";
        }
        if (cause instanceof java.nio.file.NoSuchFileException n) {
            return "找不到文件或文件夹（" + n.getFile() + "）";
        }
        if (cause instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + "（" + fs.getFile() + "）";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
