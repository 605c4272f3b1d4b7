package gongkai.output;

import java.nio.file.Path;
import java.util.Map;

/**
 * Run in a child JVM by {@link SwapStepsTest}: writes {@link #NEW_SITE} to a target and dies, as if killed, right
 * after one step of the commit ({@code Runtime.halt}: no shutdown hook, no {@code finally}, no {@code close}).
 *
 * <p>Arguments: the target folder; {@code exchange} or {@code rename} (the fallback protocol); a {@link SiteWriter.Step}
 * name, or {@code WRITTEN} to die after writing everything but before the commit.
 */
public final class DieAfterStep {

    /** The exit status of a child that died where it was told to. */
    static final int DIED = 77;

    /** The new site: a few files, nested folders and a Chinese name. */
    static final Map<String, String> NEW_SITE = Map.of(
            "index.html", "<p>新首页</p>",
            "2023/index.html", "<p>2023 年度</p>",
            "2023/425001/projects/项目.html", "<p>新项目</p>",
            "static/site.css", "body{}");

    private DieAfterStep() {}

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        boolean exchange = args[1].equals("exchange");
        String dieAfter = args[2];
        try (SiteWriter writer = SiteWriter.open(target, exchange, step -> {
            if (step.name().equals(dieAfter)) {
                Runtime.getRuntime().halt(DIED);
            }
        })) {
            for (Map.Entry<String, String> file : NEW_SITE.entrySet()) {
                writer.write(file.getKey(), file.getValue());
            }
            if (dieAfter.equals("WRITTEN")) {
                Runtime.getRuntime().halt(DIED);
            }
            writer.commit();
        }
    }
}
