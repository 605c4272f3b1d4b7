package gongkai.synth;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai generate} through the real command line: exit codes and Chinese messages without stack traces. */
class GenerateCommandTest {

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertNoStackTraceOrEnglish(Run r) {
        assertThat(r.err()).doesNotContain("Exception", "\tat ", "Invalid", "Missing", "Usage");
    }

    @Test
    void generatesContentThatPassesStrictValidation(@TempDir Path tmp) {
        Path out = tmp.resolve("synth");
        Run r = run("generate", "--out", out.toString(), "--units", "4", "--projects", "6", "--years", "2022,2023", "--seed", "7");

        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("已生成合成内容", "2 个年度", "共 48 个项目");
        assertThat(Gongkai.check(out).diagnostics().sorted()).isEmpty();

        Run validate = run("validate", "--strict", "--content", out.toString());
        assertThat(validate.code()).as(validate.err()).isEqualTo(Main.OK);
    }

    @Test
    void refusesANonEmptyFolderUnlessForced(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("synth");
        assertThat(run("generate", "--out", out.toString(), "--units", "2", "--projects", "2").code()).isEqualTo(Main.OK);
        byte[] before = Files.readAllBytes(out.resolve("site.yaml"));

        Run again = run("generate", "--out", out.toString(), "--units", "2", "--projects", "2", "--seed", "8");
        assertThat(again.code()).isEqualTo(Main.USAGE);
        assertThat(again.err()).contains("不是空的", "--force");
        assertNoStackTraceOrEnglish(again);
        assertThat(Files.readAllBytes(out.resolve("site.yaml"))).isEqualTo(before);

        Run forced = run("generate", "--out", out.toString(), "--units", "2", "--projects", "2", "--seed", "8", "--force");
        assertThat(forced.code()).as(forced.err()).isEqualTo(Main.OK);
        assertThat(Files.readString(out.resolve("site.yaml"))).contains("随机种子 8");
    }

    @Test
    void wrongArgumentsGiveChineseMessagesAndExitCodeTwo(@TempDir Path tmp) {
        String out = tmp.resolve("x").toString();
        Run missing = run("generate", "--out", out);
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("请用 --units 指定单位数", "请用 --projects 指定项目数");
        assertNoStackTraceOrEnglish(missing);

        Run notNumbers = run("generate", "--out", out, "--units", "abc", "--projects", "3", "--years", "22", "--seed", "x");
        assertThat(notNumbers.code()).isEqualTo(Main.USAGE);
        assertThat(notNumbers.err()).contains("单位数“abc”应当是正整数", "年度“22”应当是四位数字", "随机种子“x”应当是一个整数");
        assertNoStackTraceOrEnglish(notNumbers);

        Run tooMany = run("generate", "--out", out, "--units", "500", "--projects", "3");
        assertThat(tooMany.code()).isEqualTo(Main.USAGE);
        assertThat(tooMany.err()).contains("单位数应在 1 到 420 之间");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void helpIsInChinese() {
        Run help = run("generate", "--help");
        assertThat(help.code()).isEqualTo(Main.OK);
        assertThat(help.out()).contains("用法：gongkai generate", "随机种子", "--force");
        assertThat(help.out()).doesNotContain("Usage", "Default");
    }
}
