package gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Picocli's usage errors in Chinese. */
final class Messages {

    private Messages() {}

    static String usageError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "不认识的参数 " + String.join(" ", u.getUnmatched()) + "。";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "缺少参数：" + m.getMissing().stream().map(a -> a.paramLabel()).toList() + "。";
        }
        if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option && option.type().isEnum() && ex.getValue() != null) {
            List<String> allowed = new ArrayList<>();
            option.completionCandidates().forEach(allowed::add);
            return "选项 " + option.longestName() + " 的值“" + ex.getValue() + "”不对，只能是 " + String.join("、", allowed) + "（区分大小写）。";
        }
        if (ex.getCause() instanceof CommandLine.TypeConversionException || ex.getMessage().startsWith("Invalid value")) {
            return "参数的值不对（" + ex.getMessage() + "）。";
        }
        return ex.getMessage();
    }
}
