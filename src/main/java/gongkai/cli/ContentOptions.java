package gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class ContentOptions {

    /** How the problems are printed. The constants are spelled exactly as they are typed on the command line. */
    enum Format { text, json, github }

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content",
            description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Option(names = "--strict", description = "把警告也当作错误：有警告时以状态 1 退出")
    boolean strict;

    @Option(names = "--format", paramLabel = "格式", defaultValue = "text",
            description = "问题的输出格式（默认：${DEFAULT-VALUE}）：text 给人阅读；json 给其他工具读取（只有 JSON 输出到标准输出）；"
                    + "github 输出 GitHub Actions 的工作流命令，使问题显示在合并请求的改动行上")
    Format format;
}
