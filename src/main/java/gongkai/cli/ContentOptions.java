package gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read content. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "文件夹", defaultValue = "content",
            description = "内容文件夹（默认：${DEFAULT-VALUE}）")
    Path content;

    @Option(names = "--strict", description = "把警告也当作错误：有警告时以状态 1 退出")
    boolean strict;
}
