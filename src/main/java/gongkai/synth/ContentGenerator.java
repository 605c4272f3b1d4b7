package gongkai.synth;

import gongkai.synth.Vocabulary.Bureau;
import gongkai.synth.Vocabulary.District;
import gongkai.synth.Vocabulary.Idea;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generates a complete, valid content folder of realistic synthetic disclosures: {@code site.yaml}, the bundled
 * frameworks, and for every year {@code year.yaml} and N units of M projects each. Pure: returns the files as text;
 * {@link ContentWriter} puts them on disk. The same {@link Spec} always gives byte-identical files.
 */
public final class ContentGenerator {

    /** How many distinct units there are: every district times every bureau (a test checks the product). */
    public static final int MAX_UNITS = 420;
    /** The largest number of projects per unit (the order in Part 2 stays readable, codes stay unique). */
    public static final int MAX_PROJECTS = 999;
    /** The most projects in one run: all files are built in memory before any is written. */
    public static final int MAX_TOTAL_PROJECTS = 200_000;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2099;

    /**
     * What to generate.
     *
     * @param units    units per year (the same units every year)
     * @param projects projects per unit per year
     * @param years    fiscal years, each between {@link #MIN_YEAR} and {@link #MAX_YEAR}, no duplicates
     * @param continuing whether most projects continue from the year before (see {@link #CONTINUED_PERCENT})
     */
    public record Spec(int units, int projects, List<Integer> years, long seed, boolean continuing) {

        /** Every year drawn on its own. */
        public Spec(int units, int projects, List<Integer> years, long seed) {
            this(units, projects, years, seed, false);
        }

        /** @throws IllegalArgumentException with a message in Chinese for the person who typed the command */
        public Spec {
            if (units < 1 || units > MAX_UNITS) {
                throw new IllegalArgumentException("单位数应在 1 到 " + MAX_UNITS + " 之间（可用的区县和部门组合共 "
                        + MAX_UNITS + " 个），现在是 " + units + "。");
            }
            if (projects < 1 || projects > MAX_PROJECTS) {
                throw new IllegalArgumentException("每个单位的项目数应在 1 到 " + MAX_PROJECTS + " 之间，现在是 " + projects + "。");
            }
            if (years == null || years.isEmpty()) {
                throw new IllegalArgumentException("请至少指定一个年度，如 --years 2022。");
            }
            Set<Integer> seen = new HashSet<>();
            for (Integer y : years) {
                if (y == null || y < MIN_YEAR || y > MAX_YEAR) {
                    throw new IllegalArgumentException("年度“" + y + "”应在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间。");
                }
                if (!seen.add(y)) {
                    throw new IllegalArgumentException("年度 " + y + " 写了两次。每个年度只需写一次。");
                }
            }
            years = years.stream().sorted().toList();
            long total = (long) units * projects * years.size();
            if (total > MAX_TOTAL_PROJECTS) {
                throw new IllegalArgumentException("一次最多生成 " + MAX_TOTAL_PROJECTS + " 个项目，现在是 " + units + " 个单位 × "
                        + projects + " 个项目 × " + years.size() + " 个年度 = " + total + " 个。请减少单位数、项目数或年度数。");
            }
        }
    }

    /** The generated files by path relative to the content folder (forward slashes), and what they hold. */
    public record Result(SortedMap<String, String> files, int years, int unitsPerYear, int projects) {}

    /**
     * With {@link Spec#continuing}, the share of a unit's projects of one year that continue in the next. Of those, a
     * third are renamed and name the earlier code in {@code continues}, a third keep their name and name the earlier
     * code too, and a third keep their name only (matched by name).
     */
    public static final int CONTINUED_PERCENT = 85;

    private ContentGenerator() {}

    /** A project of the year before, which the next year may continue. */
    private record Carried(String code, String name, Idea idea) {}

    /** A project to draw: its name, what it is about, and the code it continues, if it names one. */
    private record Planned(String name, Idea idea, String continues) {}

    public static Result generate(Spec spec) {
        SortedMap<String, String> files = new TreeMap<>();
        SplittableRandom root = new SplittableRandom(spec.seed());

        files.put("site.yaml", siteYaml(spec.seed()));
        Frameworks.FILES.forEach((id, text) -> files.put("frameworks/" + id + ".yaml", text));

        List<Pick> units = pickUnits(root, spec.units());
        List<List<Carried>> previous = new ArrayList<>();
        units.forEach(u -> previous.add(List.of()));
        int projects = 0;
        for (int year : spec.years()) {
            files.put(year + "/year.yaml", "# 年度设置\n# 本年度采用的绩效指标体系：content/frameworks/ 中的文件名（不含 .yaml）\n"
                    + "framework: " + Frameworks.idFor(year) + "\n");
            Set<String> usedCodes = new HashSet<>();
            for (int i = 0; i < units.size(); i++) {
                Pick unit = units.get(i);
                SplittableRandom random = new SplittableRandom(mix(spec.seed(), year, i));
                UnitTexts texts = new UnitTexts(random, year, unit.district(), unit.bureau());
                String dir = year + "/" + texts.code() + "/";
                files.put(dir + "unit.yaml", texts.unitYaml());
                files.put(dir + "overall.md", texts.overallMarkdown());
                files.put(dir + "measures.md", texts.measuresMarkdown());

                ProjectFactory factory = new ProjectFactory(random, year, unit.extended());
                List<Planned> planned = spec.continuing()
                        ? continuing(random, unit.bureau(), spec.projects(), previous.get(i))
                        : chooseIdeas(random, unit.bureau(), spec.projects()).stream()
                                .map(idea -> new Planned(idea.name().replace("{bureau}", unit.bureau().name()), idea, null)).toList();
                List<Carried> carried = new ArrayList<>();
                for (int j = 0; j < planned.size(); j++) {
                    Planned plan = planned.get(j);
                    String code = factory.code(unit.district().region(), usedCodes);
                    ProjectFactory.Drawn p = factory.draw(code, plan.name(), j + 1, plan.idea(), texts.department(), unit.bureau().name());
                    String yaml = ProjectFactory.yaml(p);
                    if (plan.continues() != null) {
                        yaml += "# 延续的往年项目编码\ncontinues: " + plan.continues() + "\n";
                    }
                    files.put(dir + "projects/" + code + ".yaml", yaml);
                    carried.add(new Carried(code, plan.name(), plan.idea()));
                    projects++;
                }
                previous.set(i, carried);
            }
        }
        return new Result(Collections.unmodifiableSortedMap(files), spec.years().size(), units.size(), projects);
    }

    /** A unit: where, which bureau, and whether its tables have the optional columns. */
    private record Pick(District district, Bureau bureau, boolean extended) {}

    private static List<Pick> pickUnits(SplittableRandom random, int count) {
        List<int[]> pairs = new ArrayList<>();
        for (int d = 0; d < Vocabulary.DISTRICTS.size(); d++) {
            for (int b = 0; b < Vocabulary.BUREAUS.size(); b++) {
                pairs.add(new int[] {d, b});
            }
        }
        shuffle(pairs, random);
        List<Pick> picks = new ArrayList<>();
        for (int[] pair : pairs.subList(0, count)) {
            picks.add(new Pick(Vocabulary.DISTRICTS.get(pair[0]), Vocabulary.BUREAUS.get(pair[1]), random.nextInt(10) < 3));
        }
        return picks;
    }

    /**
     * The unit's projects for one year, in the order of Part 2: usually its 运行维护费 first, then a mix of the
     * bureau's own projects, projects for its lines of work and projects any unit has. When more are asked for than
     * there are ideas, later rounds become 二期、三期… and then 第N批.
     */
    private static List<Idea> chooseIdeas(SplittableRandom random, Bureau bureau, int count) {
        List<Idea> own = new ArrayList<>(bureau.ideas());
        for (String f : bureau.functions()) {
            String name = f + "专项经费";
            if (own.stream().noneMatch(i -> i.name().equals(name))) {
                own.add(new Idea(name, Kind.OPERATIONS, "保障" + f + "工作顺利开展",
                        new Vocabulary.Quantity("完成重点任务数量", "项", 2, 12)));
            }
        }
        List<Idea> common = new ArrayList<>(Vocabulary.COMMON_IDEAS);
        Idea running = common.remove(0);
        shuffle(own, random);
        shuffle(common, random);

        List<Idea> pool = new ArrayList<>();
        if (random.nextInt(10) < 8) {
            pool.add(running);
        } else {
            common.add(random.nextInt(common.size() + 1), running);
        }
        int ownShare = Math.max(1, Math.round(count * (0.4f + random.nextFloat() * 0.3f)));
        while (!own.isEmpty() && ownShare-- > 0) {
            pool.add(own.remove(0));
        }
        pool.addAll(common);
        pool.addAll(own);

        List<Idea> chosen = new ArrayList<>(pool.subList(0, Math.min(count, pool.size())));
        for (int round = 2; chosen.size() < count; round++) {
            for (int i = 0; i < pool.size() && chosen.size() < count; i++) {
                Idea base = pool.get(i);
                chosen.add(base.named(base.name() + roundSuffix(round)));
            }
        }
        // Keep the first (usually 运行维护费) in place and shuffle the rest, as disclosures list them in no fixed order.
        List<Idea> rest = new ArrayList<>(chosen.subList(1, chosen.size()));
        shuffle(rest, random);
        List<Idea> ordered = new ArrayList<>();
        ordered.add(chosen.get(0));
        ordered.addAll(rest);
        return ordered;
    }

    /**
     * A unit's projects in a year after one with {@code before}: about {@link #CONTINUED_PERCENT}% of those continue
     * (first, in their order), renamed or not, with or without {@code continues}; new projects fill up the rest.
     * Names stay unique within the unit, so that matching by name is never ambiguous.
     */
    private static List<Planned> continuing(SplittableRandom random, Bureau bureau, int count, List<Carried> before) {
        List<Planned> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Carried c : before) {
            if (out.size() >= count || random.nextInt(100) >= CONTINUED_PERCENT) {
                continue;
            }
            int how = random.nextInt(3);
            String renamed = c.name().endsWith(RENAMED) ? c.name().substring(0, c.name().length() - RENAMED.length()) : c.name() + RENAMED;
            String name = how == 0 && !names.contains(renamed) && before.stream().noneMatch(o -> o.name().equals(renamed)) ? renamed : c.name();
            names.add(name);
            out.add(new Planned(name, c.idea(), how == 2 && name.equals(c.name()) ? null : c.code()));
        }
        for (Idea idea : chooseIdeas(random, bureau, 2 * count)) {
            String name = idea.name().replace("{bureau}", bureau.name());
            if (out.size() < count && names.add(name)) {
                out.add(new Planned(name, idea, null));
            }
        }
        return out;
    }

    /** What a renamed continuing project adds to (or drops from) its name. */
    private static final String RENAMED = "（延续项目）";

    private static String roundSuffix(int round) {
        String numerals = "一二三四五六七八九";
        return round <= 9 ? "（" + numerals.charAt(round - 1) + "期）" : "（第" + round + "批）";
    }

    private static String siteYaml(long seed) {
        return "# 网站设置\n"
                + "# 网站名称：显示在每个页面的顶部和浏览器标题中\n"
                + "title: 唐山市预算绩效目标公开（合成测试数据）\n"
                + "# 网站说明：显示在首页\n"
                + "description: 本网站的全部内容由 gongkai generate 按随机种子 " + seed
                + " 自动生成，仅用于测试和性能评估，不是任何单位的真实公开文件。\n"
                + "# 发布机关：显示在每个页面的页脚\n"
                + "publisher: Gongkai 合成数据生成器\n";
    }

    /**
     * A well-spread seed for one unit in one year, so that a unit's content does not depend on the other units'
     * (except in the rare case that two drawn project codes collide and one is drawn again).
     */
    private static long mix(long seed, int year, int unit) {
        long z = seed ^ (year * 0x9E3779B97F4A7C15L) ^ ((unit + 1L) * 0xC2B2AE3D27D4EB4FL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
