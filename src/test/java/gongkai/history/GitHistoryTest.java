package gongkai.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitHistory} on real temporary repositories made with JGit. */
class GitHistoryTest {

    @TempDir
    Path dir;

    @Test
    void everyFileHasItsCommitsNewestFirstWithTheAuthorDateInBeijingTime() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            RevCommit first = repo.write("content/a.yaml", "a: 1\n").write("content/b/b.yaml", "b: 1\n")
                    .write("README.md", "说明\n").commit("初稿", "2022-01-20T01:00:00Z");
            // 17:30 UTC on 14 March is 01:30 on 15 March in Beijing.
            RevCommit second = repo.write("content/a.yaml", "a: 2\n").commit("更正 a 的指标值\n\n详细说明写在这里。", "2022-03-14T17:30:00Z");
            repo.write("README.md", "新的说明\n").commit("只改了 README", "2022-04-01T01:00:00Z");

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.isAvailable()).isTrue();
            assertThat(history.changes().keySet()).containsExactly("a.yaml", "b/b.yaml");
            List<Revision> a = history.changes("a.yaml");
            assertThat(a).extracting(Revision::date).containsExactly(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 1, 20));
            assertThat(a).extracting(Revision::message).containsExactly("更正 a 的指标值", "初稿");
            assertThat(a).extracting(Revision::id).containsExactly(repo.abbreviated(second), repo.abbreviated(first));
            assertThat(a.get(0).id()).hasSize(7);
            assertThat(a.get(0).order()).isLessThan(a.get(1).order());
            assertThat(history.changes("b/b.yaml")).containsExactly(a.get(1)); // the same commit, the same revision
            assertThat(history.uncommitted()).isEmpty();
            assertThat(history.isUncommitted("a.yaml")).isFalse();
        }
    }

    @Test
    void filesThatDifferFromTheLastCommitAreUncommitted() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.write("content/a.yaml", "a: 1\n").write("content/b.yaml", "b: 1\n").write("content/c.yaml", "c: 1\n")
                    .commit("初稿", "2022-01-20T01:00:00Z");
            repo.write("content/a.yaml", "a: 2\n");                        // modified
            repo.delete("content/b.yaml");                                  // deleted
            repo.write("content/new.yaml", "n: 1\n");                       // untracked
            repo.write("content/2023/425001/unit.yaml", "u: 1\n");          // in an untracked folder
            repo.write("content/staged.yaml", "s: 1\n");
            repo.git.add().addFilepattern("content/staged.yaml").call();   // staged, not committed
            repo.write("outside.txt", "x\n");                               // not content

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.uncommitted()).containsExactly("2023/425001/unit.yaml", "a.yaml", "b.yaml", "new.yaml", "staged.yaml");
            assertThat(history.isUncommitted("c.yaml")).isFalse();
            assertThat(history.changes("a.yaml")).extracting(Revision::message).containsExactly("初稿");
            assertThat(history.filesUnder("2023/")).containsExactly("2023/425001/unit.yaml");
        }
    }

    @Test
    void aMergeIsNotAChangeButTheBranchCommitsAre() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.write("content/a.yaml", "a: 1\n").write("content/b.yaml", "b: 1\n").commit("初稿", "2022-01-20T01:00:00Z");
            repo.git.checkout().setCreateBranch(true).setName("pr").call();
            repo.write("content/a.yaml", "a: 2\n").commit("合并请求中修改 a", "2022-02-01T01:00:00Z");
            repo.git.checkout().setName("main").call();
            repo.write("content/b.yaml", "b: 2\n").commit("主线上修改 b", "2022-02-02T01:00:00Z");
            MergeResult merge = repo.git.merge().include(repo.git.getRepository().resolve("pr")).setMessage("Merge pull request #1").call();
            assertThat(merge.getMergeStatus().isSuccessful()).isTrue();
            assertThat(repo.git.log().setMaxCount(1).call().iterator().next().getParentCount()).isEqualTo(2);

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.changes("a.yaml")).extracting(Revision::message).containsExactly("合并请求中修改 a", "初稿");
            assertThat(history.changes("b.yaml")).extracting(Revision::message).containsExactly("主线上修改 b", "初稿");
        }
    }

    @Test
    void aMergeThatResolvedAConflictIsAChangeOfThatFile() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.write("content/a.yaml", "a: 1\n").write("content/b.yaml", "b: 1\n").commit("初稿", "2022-01-20T01:00:00Z");
            repo.git.checkout().setCreateBranch(true).setName("pr").call();
            repo.write("content/a.yaml", "a: 2\n").write("content/b.yaml", "b: 2\n").commit("改为 2", "2022-02-01T01:00:00Z");
            repo.git.checkout().setName("main").call();
            repo.write("content/a.yaml", "a: 3\n").commit("改为 3", "2022-02-02T01:00:00Z");
            MergeResult merge = repo.git.merge().include(repo.git.getRepository().resolve("pr")).call();
            assertThat(merge.getMergeStatus()).isEqualTo(MergeResult.MergeStatus.CONFLICTING);
            repo.write("content/a.yaml", "a: 4\n").commit("合并时取 4", "2022-02-03T01:00:00Z");

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.changes("a.yaml")).extracting(Revision::message).containsExactly("合并时取 4", "改为 3", "改为 2", "初稿");
            assertThat(history.changes("b.yaml")).extracting(Revision::message).containsExactly("改为 2", "初稿");
        }
    }

    @Test
    void contentAtTheRootOfTheRepository() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("content"))) {
            repo.write("2022/year.yaml", "y: 1\n").commit("初稿", "2022-01-20T01:00:00Z");

            History history = GitHistory.read(repo.root);

            assertThat(history.changes().keySet()).containsExactly("2022/year.yaml");
        }
    }

    @Test
    void beforeTheFirstCommitEveryFileIsUncommitted() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.write("content/a.yaml", "a: 1\n");

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.isAvailable()).isTrue();
            assertThat(history.changes()).isEmpty();
            assertThat(history.isUncommitted("a.yaml")).isTrue();
        }
    }

    @Test
    void outsideAGitRepositoryThereIsNoHistory() throws Exception {
        Path content = Files.createDirectories(dir.resolve("plain/content"));
        Files.writeString(content.resolve("a.yaml"), "a: 1\n");

        History history = GitHistory.read(content);

        assertThat(history.isAvailable()).isFalse();
        assertThat(history.unavailableReason()).hasValueSatisfying(r -> assertThat(r).contains("不在 git 仓库中"));
        assertThat(history.isUncommitted("a.yaml")).isFalse();
    }

    @Test
    void aShallowCloneHasNoHistory() throws Exception {
        Path clone = dir.resolve("clone");
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            repo.write("content/a.yaml", "a: 1\n").commit("初稿", "2022-01-20T01:00:00Z");
            repo.write("content/a.yaml", "a: 2\n").commit("修改", "2022-03-15T01:00:00Z");
            try (Git shallow = Git.cloneRepository().setURI(repo.root.toUri().toString()).setDirectory(clone.toFile())
                    .setDepth(1).call()) {
                assertThat(shallow.getRepository().getObjectDatabase().getShallowCommits()).as("the clone is shallow").hasSize(1);
            }
        }
        assertThat(clone.resolve("content/a.yaml")).hasContent("a: 2");

        History history = GitHistory.read(clone.resolve("content"));

        assertThat(history.isAvailable()).isFalse();
        assertThat(history.unavailableReason()).hasValueSatisfying(r -> assertThat(r).contains("浅克隆").contains("fetch-depth: 0"));
    }

    @Test
    void aMissingCommitMeansNoHistory() throws Exception {
        try (GitRepo repo = GitRepo.init(dir.resolve("repo"))) {
            RevCommit first = repo.write("content/a.yaml", "a: 1\n").commit("初稿", "2022-01-20T01:00:00Z");
            repo.write("content/a.yaml", "a: 2\n").commit("修改", "2022-03-15T01:00:00Z");
            String name = first.name();
            Path object = repo.root.resolve(".git/objects/" + name.substring(0, 2) + "/" + name.substring(2));
            assertThat(object).as("JGit writes loose objects").exists();
            Files.delete(object);

            History history = GitHistory.read(repo.root.resolve("content"));

            assertThat(history.isAvailable()).isFalse();
            assertThat(history.unavailableReason()).hasValueSatisfying(r -> assertThat(r).contains("缺少").contains(name));
        }
    }

    @Test
    void theMessageIsTheFirstLineWithoutControlCharacters() {
        assertThat(GitHistory.firstLine("更正\u0007指标值\n\n正文")).isEqualTo("更正 指标值");
        assertThat(GitHistory.firstLine("\n  \n第二行才有字\n")).isEqualTo("第二行才有字");
        assertThat(GitHistory.firstLine("")).isEqualTo("（无说明）");
    }
}
