package gongkai.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small valid content folder, written into a temporary folder for a test (in the style of Hugo's integration
 * tests: one text block holds several files, each under a {@code -- path --} header).
 *
 * <p>The files are copies of the bundled content: {@code site.yaml}, both frameworks, and the year 2022 with the
 * unit 425001 and two of its projects. A test starts from {@link #valid()} and overrides, adds or removes single
 * files, then calls {@link #writeTo(Path)}; the content folder is named {@code content}, so diagnostics name files
 * as {@code content/2022/425001/unit.yaml}.
 *
 * <p>A header may carry one marker: {@code -- path (gbk) --} writes the text encoded as GBK,
 * {@code -- path (delete) --} removes the file, {@code -- path (folder) --} creates a folder with that name.
 */
public final class ContentFixture {

    public static final String UNIT_DIR = "2022/425001/";
    /** 融媒体中心运行维护费, order 1: a plan that reaches 100% in December. */
    public static final String PROJECT_1 = UNIT_DIR + "projects/13020822P00908810002X.yaml";
    /** 更换牌匾及门口修缮, order 2: 100% at the end of March, later months blank. */
    public static final String PROJECT_2 = UNIT_DIR + "projects/13020822P00864910002J.yaml";

    public static final String VALID = """
            -- site.yaml --
            # 网站设置
            # 网站名称：显示在每个页面的顶部和浏览器标题中
            title: 唐山市丰润区预算绩效目标公开
            # 网站说明：显示在首页
            description: 本网站公开各预算单位经批准的部门整体绩效目标和预算项目绩效目标表，供社会公众查阅。
            # 发布机关：显示在每个页面的页脚
            publisher: 唐山市丰润区财政局
            # 网站地址（可选）：网站发布的完整地址，如 url: https://czj.example.gov.cn/jxmb/
            # 填写后生成供搜索引擎使用的 sitemap.xml；示例内容不知道正式的发布地址，所以没有填写
            -- frameworks/output-benefit-satisfaction.yaml --
            # 绩效指标体系：一级指标及其下属二级指标。年度文件 year.yaml 用文件名（不含 .yaml）选用。
            # 名称
            name: 产出、效益、满意度指标体系（成本指标属于产出指标）
            # 一级指标，按表格中的顺序；required: true 表示每个项目至少要有一个该类指标
            level1:
              - name: 产出指标
                required: true
                level2: [数量指标, 质量指标, 时效指标, 成本指标]
              - name: 效益指标
                required: true
                level2: [经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标]
              - name: 满意度指标
                required: true
                level2: [服务对象满意度指标]
            -- frameworks/output-cost-benefit-satisfaction.yaml --
            # 绩效指标体系：一级指标及其下属二级指标。年度文件 year.yaml 用文件名（不含 .yaml）选用。
            # 名称
            name: 产出、成本、效益、满意度指标体系（成本指标为一级指标）
            # 一级指标，按表格中的顺序；required: true 表示每个项目至少要有一个该类指标
            level1:
              - name: 产出指标
                required: true
                level2: [数量指标, 质量指标, 时效指标]
              - name: 成本指标
                required: false
                level2: [经济成本指标, 社会成本指标, 生态环境成本指标]
              - name: 效益指标
                required: true
                level2: [经济效益指标, 社会效益指标, 生态效益指标, 可持续影响指标]
              - name: 满意度指标
                required: true
                level2: [服务对象满意度指标]
            -- 2022/year.yaml --
            # 年度设置
            # 本年度采用的绩效指标体系：content/frameworks/ 中的文件名（不含 .yaml）
            framework: output-benefit-satisfaction
            -- 2022/425001/unit.yaml --
            # 预算单位基本信息和部门整体绩效目标（第一部分）
            # 单位编码（与所在文件夹名称一致）
            code: "425001"
            # 单位名称（与公开文件一致）
            name: 唐山市丰润区融媒体中心本级
            # 主管部门名称
            department: 唐山市丰润区融媒体中心
            # 行政区划代码：本单位项目编码以它开头，后接两位年份（130208 + 22 → 1302082…）；不填则不检查
            region: "130208"
            # 预算批复日期和公开日期（年-月-日，如 2022-01-20）：预算法第十四条要求部门预算在批复后 20 日内公开
            # 原公开文件没有载明这两个日期，因此留空，并在 dates_note 中说明
            approval_date:
            publication_date:
            dates_note: 原公开文件未载明预算批复日期和公开日期。
            # 第一部分 二、分项绩效目标：按公开文件的顺序填写
            goals:
              - title: 新闻出版广播影视产业建设
                target: 统筹规划并组织实施新闻出版广播影视产业发展,推进广电网与电信网、互联网三网融合。
                indicator: IPTV播控平台功能完善工作大于等于90%
              - title: 以创新为主旨，拓展工作思路
                target: 运营好“智慧丰润”手机APP，各项功能和内容，纳入各局委办、乡镇资讯，形成一体化宣传模式。
                indicator: 扩大智慧丰润影响力，使智慧丰润的下载量大于等于80%。
            -- 2022/425001/overall.md --
            <!-- 第一部分 一、总体绩效目标（Markdown 格式；每段之间空一行） -->

            宣传党的路线、方针、政策和区委、区政府的工作部署，坚持正确舆论导向，发挥主流媒体作用；办好各类广播电视节目；开展各类宣传工作。
            -- 2022/425001/measures.md --
            <!-- 第一部分 三、工作保障措施（Markdown 格式；每段之间空一行） -->

            1、夯实基础工作，完善内部管理，汇聚工作合力。

            完善制度建设。制定完善预算绩效管理制度、资金管理办法、工作保障制度等，为全年预算绩效目标的实现奠定制度基础。
            -- 2022/425001/projects/13020822P00908810002X.yaml --
            # 预算项目绩效目标表（一个项目一个文件，文件名与项目编码一致）
            # 项目编码
            code: 13020822P00908810002X
            # 项目名称
            name: 融媒体中心运行维护费
            # 在公开文件第二部分中的序号
            order: 1
            # 预算规模（万元）：预算数 = 财政资金 + 其他资金；空白不填
            budget:
              total: 30.00    # 预算数
              fiscal: 30.00   # 其中：财政资金
              other:         # 其他资金（空白表示公开文件中该栏为空）
            # 资金用途
            purpose: 融媒体中心运行维护费
            # 资金支出计划（%，截至各月底累计）；公开文件中为空的月份留空
            spending_plan:
              mar:         # 3月底
              jun: 30%     # 6月底
              oct: 60%     # 10月底
              dec: 100%    # 12月底
            # 绩效目标
            goal: 1.保障融媒体中心的正常运行
            # 绩效指标：每行一个三级指标，按公开表格的顺序填写
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成项目数量
                description: 完成项目数量
                value: ≥1个
                basis: 预算安排
              - level1: 产出指标
                level2: 质量指标
                level3: 运行正常运转率
                description: 运行正常运转率
                value: ≥95%
                basis: 经验标准
              - level1: 产出指标
                level2: 时效指标
                level3: 按时完成项目
                description: 按时完成项目
                value: 2022年底前完成
                basis: 历史经验
              - level1: 产出指标
                level2: 成本指标
                level3: 实际发生成本
                description: 实际发生成本
                value: ≤2.5万元/月
                basis: 预算安排
              - level1: 效益指标
                level2: 可持续影响指标
                level3: 增强服务保障能力。
                description: 增强服务保障能力。
                value: ≥95%
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 满意率
                description: 满意率
                value: ≥90%
                basis: 调查问卷
            -- 2022/425001/projects/13020822P00864910002J.yaml --
            # 预算项目绩效目标表（一个项目一个文件，文件名与项目编码一致）
            # 项目编码
            code: 13020822P00864910002J
            # 项目名称
            name: 更换牌匾及门口修缮（21年借款）
            # 在公开文件第二部分中的序号
            order: 2
            # 预算规模（万元）：预算数 = 财政资金 + 其他资金；空白不填
            budget:
              total: 9.32    # 预算数
              fiscal: 9.32   # 其中：财政资金
              other:         # 其他资金（空白表示公开文件中该栏为空）
            # 资金用途
            purpose: 唐山市丰润区融媒体中心更换牌匾及门口修缮
            # 资金支出计划（%，截至各月底累计）；公开文件中为空的月份留空
            spending_plan:
              mar: 100%    # 3月底
              jun:         # 6月底
              oct:         # 10月底
              dec:         # 12月底
            # 绩效目标
            goal: 1.保障机关工作的正常运行
            # 绩效指标：每行一个三级指标，按公开表格的顺序填写
            indicators:
              - level1: 产出指标
                level2: 数量指标
                level3: 完成项目数量
                description: 完成项目数量
                value: ≥1个
                basis: 预算安排
              - level1: 产出指标
                level2: 成本指标
                level3: 项目预算控制数
                description: 项目预算控制数
                value: ≤93209.07元
                basis: 预算安排
              - level1: 效益指标
                level2: 可持续影响指标
                level3: 项目持续发挥作用
                description: 项目持续发挥作用
                value: ≥10年
                basis: 经验标准
              - level1: 满意度指标
                level2: 服务对象满意度指标
                level3: 群众满意度（%）
                description: 群众满意度（%）
                value: ≥80%
                basis: 调查问卷
            """;

    private static final Pattern HEADER = Pattern.compile("^-- (\\S+?)(?: \\((gbk|delete|folder)\\))? --$");

    /** What to put at one path. */
    private sealed interface Entry permits Bytes, Folder {}

    private record Bytes(byte[] bytes) implements Entry {}

    private record Folder() implements Entry {}

    private final Map<String, Entry> files = new LinkedHashMap<>();

    private ContentFixture() {}

    /** The valid content described above. */
    public static ContentFixture valid() {
        return new ContentFixture().with(VALID);
    }

    /** No files at all. */
    public static ContentFixture empty() {
        return new ContentFixture();
    }

    /** Adds or replaces every file of a {@code -- path --} text block; text before the first header is ignored. */
    public ContentFixture with(String textBlock) {
        String path = null;
        String marker = null;
        List<String> lines = new ArrayList<>();
        for (String line : textBlock.split("\n", -1)) {
            Matcher header = HEADER.matcher(line);
            if (header.matches()) {
                if (path != null) {
                    apply(path, marker, lines);
                }
                path = header.group(1);
                marker = header.group(2);
                lines.clear();
            } else if (path != null) {
                lines.add(line);
            }
        }
        if (path == null) {
            throw new IllegalArgumentException("没有任何“-- 路径 --”标题：" + textBlock);
        }
        apply(path, marker, lines);
        return this;
    }

    /** Adds or replaces one file with UTF-8 text. */
    public ContentFixture with(String path, String text) {
        return withBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public ContentFixture withBytes(String path, byte[] bytes) {
        files.put(path, new Bytes(bytes.clone()));
        return this;
    }

    /** A folder with this name (such as a folder mistakenly called {@code overall.md}). */
    public ContentFixture withFolder(String path) {
        files.put(path, new Folder());
        return this;
    }

    public ContentFixture without(String path) {
        if (files.remove(path) == null) {
            throw new IllegalArgumentException("fixture has no file " + path);
        }
        return this;
    }

    /** The text of a file of this fixture, to derive a variant from it. */
    public String text(String path) {
        if (!(files.get(path) instanceof Bytes b)) {
            throw new IllegalArgumentException("fixture has no file " + path);
        }
        return new String(b.bytes(), StandardCharsets.UTF_8);
    }

    /** Writes the files into {@code dir/content} and returns that content folder. */
    public Path writeTo(Path dir) {
        Path root = dir.resolve("content");
        try {
            Files.createDirectories(root);
            for (Map.Entry<String, Entry> e : files.entrySet()) {
                Path target = root.resolve(e.getKey());
                Files.createDirectories(target.getParent());
                if (e.getValue() instanceof Bytes b) {
                    Files.write(target, b.bytes());
                } else {
                    Files.createDirectories(target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    private void apply(String path, String marker, List<String> lines) {
        List<String> body = new ArrayList<>(lines);
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        String text = body.isEmpty() ? "" : String.join("\n", body) + "\n";
        if (marker == null) {
            with(path, text);
        } else {
            switch (marker) {
                case "gbk" -> withBytes(path, text.getBytes(Charset.forName("GBK")));
                case "delete" -> without(path);
                case "folder" -> withFolder(path);
                default -> throw new IllegalArgumentException(marker);
            }
        }
    }
}
