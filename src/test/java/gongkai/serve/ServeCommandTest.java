package gongkai.serve;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code serve} command's help and usage errors. (A successful {@code serve} runs until Ctrl+C; the server
 * behind it is tested in {@link PreviewServerTest}.) A command that started serving by mistake would wait for
 * Ctrl+C: the time limit turns that into a failure.
 */
@Timeout(10)
class ServeCommandTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.out() + run.err()).as("no stack trace").doesNotContain("Exception").doesNotContain("\tat ");
        return run;
    }

    @Test
    void helpIsInChineseAndListsTheOptions() {
        Run run = run("serve", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("用法：").contains("在本机预览网站").contains("127.0.0.1").contains("Ctrl+C")
                .contains("--port").contains("--out").contains("target/preview").contains("--no-pdf").contains("--content").contains("--templates");
        assertThat(run("--help").out()).as("listed among the commands").contains("serve");
    }

    @Test
    void usageErrorsExitWithTwo() {
        Path project = tmp.resolve("p");
        Run port = run("serve", "--port", "70000");
        assertThat(port.code()).isEqualTo(Main.USAGE);
        assertThat(port.err()).contains("端口号应当在 0 到 65535 之间");
        Run notANumber = run("serve", "--port", "八千");
        assertThat(notANumber.code()).isEqualTo(Main.USAGE);
        Run missing = run("serve", "--content", project.resolve("content").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).contains("找不到内容文件夹");
        Run site = run("serve", "--out", "site");
        assertThat(site.code()).as("a preview never replaces the published site").isEqualTo(Main.USAGE);
        assertThat(site.err()).contains("预览不能写入 site/");
        for (String out : new String[] {"content", "templates", ".", "content/preview", "templates/static/preview"}) {
            Run run = run("serve", "--out", out);
            assertThat(run.code()).as("--out " + out + " would replace or sit inside a watched folder").isEqualTo(Main.USAGE);
            assertThat(run.err()).contains("不能是");
        }
    }

    @Test
    void aTakenPortIsReportedInChinese() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(PreviewServer.LOOPBACK, 0));
            Preview.copyProject(tmp, false);
            Run run = run("serve", "--no-pdf", "--port", String.valueOf(taken.getLocalPort()),
                    "--content", tmp.resolve("content").toString(), "--templates", tmp.resolve("templates").toString(),
                    "--out", tmp.resolve("target/preview").toString());
            assertThat(run.code()).isEqualTo(Main.FAILED);
            assertThat(run.err()).contains("无法使用端口 " + taken.getLocalPort() + "：已被其他程序占用");
        }
    }
}
