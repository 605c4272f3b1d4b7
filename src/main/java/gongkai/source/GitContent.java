package gongkai.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.LargeObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads the content folder of a git revision from the repository's object database with JGit (no git program is
 * needed) into a {@link TreeFiles}, which {@link ContentLoader} reads like a folder on disk. The repository is the
 * one that contains the content folder; the content folder's path inside it is the same in every revision.
 */
public final class GitContent implements AutoCloseable {

    /** A revision as it was typed, the commit it names, and that commit's abbreviated id. */
    public record Commit(String revision, ObjectId id, String abbreviated) {}

    /** The repository or a revision cannot be used; the message, in Chinese, says why and what to do. */
    public static final class GitException extends Exception {
        public GitException(String message) {
            super(message);
        }
    }

    private final Repository repository;
    /** The content folder's path inside the repository, with forward slashes; empty for the repository root. */
    private final String path;
    private final String rootName;

    private GitContent(Repository repository, String path, String rootName) {
        this.repository = repository;
        this.path = path;
        this.rootName = rootName;
    }

    /** Opens the git repository that contains the folder {@code content} (which need not exist any more). */
    public static GitContent open(Path content) throws GitException {
        Path folder = real(content.toAbsolutePath().normalize());
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            throw new GitException("内容文件夹 " + content + " 不在 git 仓库中，无法比较修订。"
                    + "请在仓库中运行，或用 --content 指定仓库中的内容文件夹。");
        }
        Repository repository;
        try {
            repository = builder.setMustExist(true).build();
        } catch (IOException | IllegalArgumentException e) {
            throw new GitException("无法打开 git 仓库 " + builder.getGitDir() + "（" + e.getMessage() + "）。");
        }
        try {
            Path workTree = real(repository.getWorkTree().toPath().toAbsolutePath().normalize());
            if (!folder.startsWith(workTree)) {
                throw new GitException("内容文件夹 " + content + " 不在 git 仓库 " + workTree + " 的工作区中。");
            }
            String inside = workTree.relativize(folder).toString().replace('\\', '/');
            Path name = inside.isEmpty() ? workTree.getFileName() : folder.getFileName();
            return new GitContent(repository, inside, name == null ? "" : name.toString());
        } catch (NoWorkTreeException e) {
            repository.close();
            throw new GitException("git 仓库 " + builder.getGitDir() + " 没有工作区（是裸仓库），无法确定内容文件夹。");
        } catch (GitException e) {
            repository.close();
            throw e;
        }
    }

    /** The content folder's path inside the repository, such as {@code content}. */
    public String path() {
        return path;
    }

    /** The commit that {@code revision} names: anything git understands, such as HEAD~1, main, a commit id, origin/main. */
    public Commit resolve(String revision) throws GitException {
        String hint = "可以写分支名（如 main、origin/main）、提交编号，或 HEAD、HEAD~1 等。";
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (AmbiguousObjectException e) {
            throw new GitException("修订“" + revision + "”对应多个对象，请写出更长的提交编号。");
        } catch (IncorrectObjectTypeException e) {
            throw new GitException("修订“" + revision + "”不是一个提交。" + hint);
        } catch (RevisionSyntaxException e) {
            throw new GitException("修订“" + revision + "”的写法不对。" + hint);
        } catch (IOException e) {
            throw new GitException("读取修订“" + revision + "”时出错：" + e.getMessage());
        }
        if (id == null) {
            throw new GitException("git 仓库中找不到修订“" + revision + "”。" + hint
                    + "如果是远程分支，请先运行 git fetch。");
        }
        try (ObjectReader reader = repository.newObjectReader()) {
            return new Commit(revision, id, reader.abbreviate(id, 7).name());
        } catch (IOException e) {
            return new Commit(revision, id, id.abbreviate(7).name());
        }
    }

    /**
     * The content folder as it is in {@code commit}. Symbolic links are listed as links and submodules as files
     * that cannot be read, so the loader reports them (a file is never silently left out, a link never followed).
     */
    public TreeFiles read(Commit commit) throws GitException {
        Map<String, byte[]> files = new HashMap<>();
        Map<String, String> unreadable = new HashMap<>();
        Set<String> links = new HashSet<>();
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader();
                TreeWalk tree = new TreeWalk(repository, reader)) {
            RevCommit c = walk.parseCommit(commit.id());
            if (path.isEmpty()) {
                tree.addTree(c.getTree());
            } else {
                try (TreeWalk folder = TreeWalk.forPath(repository, reader, path, c.getTree())) {
                    if (folder == null || !folder.isSubtree()) {
                        throw new GitException("修订“" + commit.revision() + "”（" + commit.abbreviated() + "）中没有内容文件夹 "
                                + path + "/。");
                    }
                    tree.addTree(folder.getObjectId(0));
                }
            }
            tree.setRecursive(true);
            while (tree.next()) {
                String file = tree.getPathString();
                FileMode mode = tree.getFileMode(0);
                if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    try {
                        files.put(file, reader.open(tree.getObjectId(0), Constants.OBJ_BLOB).getBytes());
                    } catch (LargeObjectException e) {
                        unreadable.put(file, "文件太大");
                    }
                } else if (mode == FileMode.SYMLINK) {
                    unreadable.put(file, "这是一个符号链接");
                    links.add(file);
                } else {
                    unreadable.put(file, "这是一个子模块，不是文件");
                }
            }
        } catch (IOException e) {
            throw new GitException("读取修订“" + commit.revision() + "”（" + commit.abbreviated() + "）时出错：" + e.getMessage());
        }
        return new TreeFiles(rootName, files, unreadable, links);
    }

    @Override
    public void close() {
        repository.close();
    }

    /**
     * The real path of {@code p}, resolving symbolic links in the part that exists (the rest need not exist), so that a
     * content folder reached through a link is found inside its repository's work tree.
     */
    public static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p));
        } catch (IOException e) {
            return p;
        }
    }
}
