package gongkai.history;

import gongkai.source.GitContent;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.NoWorkTreeException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads the {@link History} of the content folder from the git repository that contains it, with JGit (no git
 * program), in one pass: one {@link RevWalk} over every commit reachable from HEAD, and for each commit that changed
 * the content folder one tree walk against its parents that descends only into folders that differ. The cost
 * grows with the number of commits and of files each commit changed, not with commits × files, so 20,000 project
 * files take no more per commit than 200 do. Never reads the clock and never reads file times for dates: a
 * date is always the author date of a commit.
 *
 * <p>A commit counts as a change of a file when the file differs from every parent: a merge that only brings in
 * a branch is not listed (the branch's own commits are, with their messages), a merge that resolved a conflict in
 * the file is. Renames are not followed: a project file has the project code as its name, so a renamed file is
 * another project.
 *
 * <p>Without a complete history the result is {@linkplain History#unavailable unavailable}, never partial: outside
 * a git repository, in a bare repository, in a shallow clone (as CI systems make: {@code .git/shallow} lists the
 * commits whose parents were not fetched), or when a commit or tree is missing (a partial clone). A partial
 * history would give wrong dates: in a clone of depth 1 every file would seem to have changed in the last commit.
 */
public final class GitHistory {

    /** Dates are the author dates in Beijing time, the time of the people who publish. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private GitHistory() {}

    /** The history of the content folder {@code content}; unavailable (with the reason) when it cannot be read whole. */
    public static History read(Path content) {
        Path folder = GitContent.real(content.toAbsolutePath().normalize());
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return History.unavailable("内容文件夹 " + content + " 不在 git 仓库中");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                return History.unavailable("git 仓库 " + builder.getGitDir() + " 没有工作区");
            }
            Path workTree = GitContent.real(repository.getWorkTree().toPath().toAbsolutePath().normalize());
            if (!folder.startsWith(workTree)) {
                return History.unavailable("内容文件夹 " + content + " 不在 git 仓库 " + workTree + " 的工作区中");
            }
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                return History.unavailable("git 仓库 " + workTree + " 是浅克隆（shallow clone），没有完整的历史记录；"
                        + "请取得完整的历史（git fetch --unshallow，或在流水线中设置 fetch-depth: 0）");
            }
            String prefix = workTree.relativize(folder).toString().replace('\\', '/');
            Map<String, List<Revision>> changes = commits(repository, prefix);
            Set<String> uncommitted = uncommitted(repository, prefix);
            return History.of(changes, uncommitted);
        } catch (MissingObjectException e) {
            return History.unavailable("git 仓库中缺少提交或文件 " + e.getObjectId().name()
                    + "（可能是浅克隆或部分克隆），没有完整的历史记录");
        } catch (IOException | GitAPIException | NoWorkTreeException | IllegalArgumentException e) {
            return History.unavailable("读取 git 历史记录时出错：" + e.getMessage());
        }
    }

    /** For every file of the content folder, the commits (reachable from HEAD) that changed it, newest first. */
    private static Map<String, List<Revision>> commits(Repository repository, String prefix) throws IOException {
        Map<String, List<Revision>> changes = new HashMap<>();
        ObjectId head = repository.resolve(Constants.HEAD + "^{commit}");
        if (head == null) {
            return changes; // no commit yet: every file is uncommitted
        }
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            walk.sort(RevSort.TOPO, true);
            walk.sort(RevSort.COMMIT_TIME_DESC, true);
            walk.markStart(walk.parseCommit(head));
            Map<ObjectId, ObjectId> contentTrees = new HashMap<>();
            int order = 0;
            for (RevCommit commit = walk.next(); commit != null; commit = walk.next()) {
                int n = commit.getParentCount();
                ObjectId own = contentTree(commit, prefix, reader, contentTrees);
                ObjectId[] parents = new ObjectId[n];
                boolean sameAsAParent = false;
                for (int i = 0; i < n; i++) {
                    RevCommit parent = commit.getParent(i);
                    walk.parseHeaders(parent);
                    parents[i] = contentTree(parent, prefix, reader, contentTrees);
                    sameAsAParent |= Objects.equals(parents[i], own);
                }
                if (sameAsAParent || (n == 0 && own == null)) {
                    continue; // nothing in the content folder differs from every parent
                }
                List<String> files = changedFiles(reader, own, parents);
                if (files.isEmpty()) {
                    continue;
                }
                Revision revision = new Revision(order++, reader.abbreviate(commit, 7).name(),
                        commit.getAuthorIdent().getWhenAsInstant().atZone(ZONE).toLocalDate(), firstLine(commit.getFullMessage()));
                for (String file : files) {
                    changes.computeIfAbsent(file, f -> new ArrayList<>(2)).add(revision);
                }
            }
        }
        return changes;
    }

    /** The id of the content folder's tree in {@code commit}, or null when the commit has no content folder. */
    private static ObjectId contentTree(RevCommit commit, String prefix, ObjectReader reader, Map<ObjectId, ObjectId> cache)
            throws IOException {
        if (cache.containsKey(commit)) {
            return cache.get(commit);
        }
        ObjectId tree = commit.getTree();
        if (!prefix.isEmpty()) {
            try (TreeWalk walk = TreeWalk.forPath(reader, prefix, tree)) {
                tree = walk != null && walk.getFileMode(0) == FileMode.TREE ? walk.getObjectId(0) : null;
            }
        }
        cache.put(commit.copy(), tree);
        return tree;
    }

    /**
     * The files (paths inside the content folder) whose entry in {@code own} differs from their entry in every one
     * of {@code parents}; a null tree is an empty folder. Folders equal on every side are skipped without reading.
     */
    private static List<String> changedFiles(ObjectReader reader, ObjectId own, ObjectId[] parents) throws IOException {
        List<String> files = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(reader)) {
            addTree(walk, own);
            for (ObjectId parent : parents) {
                addTree(walk, parent);
            }
            walk.setRecursive(true);
            walk.setFilter(parents.length == 0 ? TreeFilter.ALL : TreeFilter.ANY_DIFF);
            while (walk.next()) {
                boolean differsFromAll = true;
                for (int i = 1; i <= parents.length && differsFromAll; i++) {
                    differsFromAll = !(walk.getRawMode(i) == walk.getRawMode(0) && walk.idEqual(0, i));
                }
                if (differsFromAll) {
                    files.add(walk.getPathString());
                }
            }
        }
        return files;
    }

    private static void addTree(TreeWalk walk, ObjectId tree) throws IOException {
        if (tree == null) {
            walk.addTree(new EmptyTreeIterator());
        } else {
            walk.addTree(tree);
        }
    }

    /** The files of the content folder that differ from HEAD: modified, staged, deleted, untracked or in conflict. */
    private static Set<String> uncommitted(Repository repository, String prefix) throws GitAPIException {
        StatusCommand command = Git.wrap(repository).status();
        if (!prefix.isEmpty()) {
            command.addPath(prefix);
        }
        Status status = command.call();
        Set<String> files = new TreeSet<>();
        String inside = prefix.isEmpty() ? "" : prefix + "/";
        Stream.of(status.getAdded(), status.getChanged(), status.getModified(), status.getRemoved(), status.getMissing(),
                        status.getUntracked(), status.getConflicting())
                .flatMap(Set::stream)
                .filter(path -> path.startsWith(inside))
                .forEach(path -> files.add(path.substring(inside.length())));
        return files;
    }

    /** The first line of a commit message, control characters replaced by spaces; 无说明 when it is empty. */
    static String firstLine(String message) {
        String line = message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        line = line.replaceAll("\\p{Cc}", " ").strip();
        return line.isEmpty() ? "（无说明）" : line;
    }
}
