package gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import gongkai.Gongkai;
import gongkai.diag.Code;
import gongkai.diag.Diagnostic;
import gongkai.model.Site;
import gongkai.source.TreeFiles;
import gongkai.synth.ContentGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Units are checked on all cores; what concerns several units (a project code used twice in a year, codes and unit
 * folders that differ only in case, continued projects across years, files the loader could not read) gives the
 * same diagnostics, in the same order, and the same site, whatever the number of threads.
 */
class ParallelCheckTest {

    private record Checked(List<Diagnostic> diagnostics, Optional<Site> site) {}

    private static Checked check(TreeFiles content, int threads) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                Gongkai.CheckResult result = Gongkai.check(content);
                return new Checked(result.diagnostics().sorted(), result.site());
            }).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneThreadOrManyGiveTheSameDiagnosticsAndSite() throws Exception {
        Map<String, String> files = new TreeMap<>(
                ContentGenerator.generate(new ContentGenerator.Spec(8, 6, List.of(2021, 2022), 11, true)).files());
        List<String> units = files.keySet().stream().filter(p -> p.startsWith("2022/") && p.endsWith("/unit.yaml"))
                .map(p -> p.substring(0, p.lastIndexOf('/'))).toList();
        List<String> projects = files.keySet().stream().filter(p -> p.startsWith("2022/") && p.contains("/projects/")).toList();
        // The same project in two units, and once more with its code in lower case.
        String twice = projects.get(0);
        String name = twice.substring(twice.lastIndexOf('/') + 1);
        files.put(units.get(3) + "/projects/" + name, files.get(twice));
        String lower = name.replace(".yaml", "").toLowerCase() + ".yaml";
        files.put(units.get(5) + "/projects/" + lower, files.get(twice).replaceFirst("code: (\\S+)", "code: " + lower.replace(".yaml", "")));
        // Two projects of a unit continuing the same one, and one continuing a code that is nowhere.
        String continued = projects.get(9).replaceFirst("^.*/", "").replace(".yaml", "").replace("22P", "21P");
        files.put(projects.get(7), continues(files.get(projects.get(7)), continued));
        files.put(projects.get(8), continues(files.get(projects.get(8)), continued));
        files.put(projects.get(10), continues(files.get(projects.get(10)), "13999921P99999999999X"));
        // A unit folder differing only in case from another, a missing overall.md and many escapes in one file.
        files.put("2022/20100X/unit.yaml", files.get(units.get(0) + "/unit.yaml"));
        files.put("2022/20100x/unit.yaml", files.get(units.get(0) + "/unit.yaml"));
        files.remove(units.get(2) + "/overall.md");
        files.put(projects.get(12), files.get(projects.get(12)) + "notes:\n" + "  - \"\\u202E\"\n".repeat(30));
        Map<String, byte[]> bytes = new TreeMap<>();
        files.forEach((path, t) -> bytes.put(path, t.getBytes(StandardCharsets.UTF_8)));
        bytes.remove(units.get(4) + "/measures.md");
        TreeFiles content = new TreeFiles("content", bytes, Map.of(units.get(4) + "/measures.md", "这是一个子模块"));

        Checked one = check(content, 1);

        assertThat(one.diagnostics()).extracting(Diagnostic::code)
                .contains(Code.GK202, Code.GK129, Code.GK410, Code.GK411, Code.GK121, Code.GK001, Code.GK104);
        for (int threads : new int[] {2, 3, 8}) {
            for (int run = 0; run < 3; run++) {
                Checked many = check(content, threads);
                assertThat(many.diagnostics()).as("%d threads", threads).containsExactlyElementsOf(one.diagnostics());
                assertThat(many.site()).isEqualTo(one.site());
            }
        }
    }

    /** A project file that continues {@code code} (the generator writes {@code continues} for some projects). */
    private static String continues(String project, String code) {
        return project.replaceAll("(?m)^continues: .*\n", "") + "continues: " + code + "\n";
    }

    @Test
    void aSiteWithoutErrorsIsTheSameOnOneThreadOrMany() throws Exception {
        Map<String, byte[]> bytes = new TreeMap<>();
        ContentGenerator.generate(new ContentGenerator.Spec(12, 5, List.of(2021, 2022), 3, true)).files()
                .forEach((path, t) -> bytes.put(path, t.getBytes(StandardCharsets.UTF_8)));
        TreeFiles content = new TreeFiles("content", bytes, Map.of());

        Checked one = check(content, 1);

        assertThat(one.site()).isPresent();
        assertThat(check(content, 4)).isEqualTo(one);
    }
}
