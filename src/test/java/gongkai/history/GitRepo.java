package gongkai.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, driven with JGit (no git program): write files, commit them with a
 * given author date, branch and merge. For the history tests.
 */
final class GitRepo implements AutoCloseable {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    final Path root;
    final Git git;

    private GitRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    static GitRepo init(Path root) throws GitAPIException {
        return new GitRepo(root, Git.init().setDirectory(root.toFile()).setInitialBranch("main").call());
    }

    GitRepo write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    GitRepo delete(String path) throws IOException {
        Files.delete(root.resolve(path));
        return this;
    }

    /** Stages everything (new, changed and deleted files) and commits it; {@code when} is an ISO instant. */
    RevCommit commit(String message, String when) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().setUpdate(true).addFilepattern(".").call();
        PersonIdent who = new PersonIdent("王会计", "wang@example.org", Instant.parse(when), BEIJING);
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    /** The abbreviated id git shows for a commit. */
    String abbreviated(RevCommit commit) throws IOException {
        try (var reader = git.getRepository().newObjectReader()) {
            return reader.abbreviate(commit, 7).name();
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
