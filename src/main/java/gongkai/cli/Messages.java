package gongkai.cli;

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
        if (ex.getCause() instanceof CommandLine.TypeConversionException || ex.getMessage().startsWith("Invalid value")) {
            return "参数的值不对（" + ex.getMessage() + "）。";
        }
        return ex.getMessage();
    }
}
