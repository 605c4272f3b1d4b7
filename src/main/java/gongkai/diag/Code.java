package gongkai.diag;

/**
 * Every diagnostic the tool can report, with its stable code. The README documents each one;
 * a test checks that the README and this list agree.
 */
public enum Code {
    GK001(Severity.ERROR, "读取文件时发生意外错误"),

    GK101(Severity.ERROR, "YAML 语法错误"),
    GK102(Severity.ERROR, "同一字段写了两次"),
    GK103(Severity.ERROR, "文件不是 UTF-8 编码"),
    GK104(Severity.ERROR, "文件中有不允许的字符"),
    GK105(Severity.ERROR, "文件超过大小上限"),
    GK106(Severity.ERROR, "一行超过长度上限"),
    GK107(Severity.ERROR, "内容中有符号链接"),
    GK108(Severity.ERROR, "YAML 中用了别名、锚点或标签"),

    GK111(Severity.ERROR, "字段类型不对"),
    GK112(Severity.ERROR, "缺少必填字段"),
    GK113(Severity.ERROR, "未知字段"),
    GK114(Severity.ERROR, "字段值格式不对"),
    GK115(Severity.ERROR, "字段值只有看不见的字符"),

    GK121(Severity.ERROR, "缺少必需的文件"),
    GK122(Severity.ERROR, "文件夹或文件名与编码不一致"),
    GK123(Severity.WARNING, "无法识别的文件，已忽略"),
    GK124(Severity.WARNING, "Markdown 中的 HTML 会按原样显示为文字"),
    GK125(Severity.ERROR, "Markdown 中不能插入图片"),
    GK126(Severity.ERROR, "Markdown 中的链接地址不安全"),
    GK127(Severity.ERROR, "Markdown 嵌套层数过多"),
    GK128(Severity.ERROR, "编码是 Windows 保留的设备名"),
    GK129(Severity.ERROR, "两个编码只有大小写不同"),
    GK130(Severity.ERROR, "一段 Markdown 中的标记过多"),

    GK201(Severity.ERROR, "未知的绩效指标体系"),
    GK202(Severity.ERROR, "同一年度内项目编码重复"),
    GK203(Severity.ERROR, "一级指标不属于本年度的指标体系"),
    GK204(Severity.ERROR, "二级指标不属于所填的一级指标"),
    GK205(Severity.ERROR, "项目缺少必需的一级指标"),
    GK206(Severity.ERROR, "指标值无法解析"),
    GK207(Severity.WARNING, "定量指标的指标值不是数值"),

    GK301(Severity.ERROR, "财政资金与其他资金之和不等于预算数"),
    GK302(Severity.ERROR, "资金支出计划出现下降"),
    GK303(Severity.ERROR, "资金支出计划超出 0–100%"),
    GK304(Severity.WARNING, "资金支出计划到 12月底未达到 100%"),
    GK305(Severity.ERROR, "项目编码中的年份与年度不符"),
    GK306(Severity.ERROR, "项目编码中的行政区划与单位不符"),
    GK307(Severity.ERROR, "公开日期早于预算批复日期"),

    GK401(Severity.WARNING, "成本指标超过预算数"),
    GK402(Severity.WARNING, "成本指标远低于预算数"),
    GK403(Severity.WARNING, "时效指标的完成时间不在本年度"),
    GK404(Severity.WARNING, "时效指标的完成时间晚于资金全部支出的月份"),
    GK405(Severity.WARNING, "满意度超过 100%"),
    GK406(Severity.WARNING, "满意度指标的依据不是调查"),
    GK407(Severity.WARNING, "各项目预算数之和与单位填写的合计不符"),
    GK408(Severity.WARNING, "未在预算批复后 20 日内公开"),
    GK409(Severity.WARNING, "缺少预算批复日期或公开日期"),
    GK410(Severity.WARNING, "延续的项目编码不是本单位往年的项目"),
    GK411(Severity.WARNING, "同一年度的两个项目延续同一个项目");

    private final Severity severity;
    private final String title;

    Code(Severity severity, String title) {
        this.severity = severity;
        this.title = title;
    }

    public Severity severity() {
        return severity;
    }

    /** A short Chinese title of the rule, used in the README and in GitHub annotations. */
    public String title() {
        return title;
    }
}
