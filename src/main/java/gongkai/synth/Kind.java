package gongkai.synth;

/** The kind of a project: decides its indicators, its budget range and the wording of its goal. */
enum Kind {
    OPERATIONS(3, 150, "提高资金使用效益"),
    EQUIPMENT(2, 200, "按时完成采购并投入使用"),
    CONSTRUCTION(10, 1500, "确保工程质量和施工安全，按期完工"),
    SUBSIDY(5, 3000, "确保补助资金及时足额发放到位"),
    SERVICE(1, 120, "保证服务质量，提高服务效率"),
    TRAINING(0.5, 40, "扩大覆盖面，提升活动实效"),
    IT(2, 150, "保障系统安全稳定运行"),
    INSPECTION(2, 150, "及时发现问题并督促整改到位"),
    PERSONNEL(3, 300, "保持人员队伍稳定"),
    ECOLOGY(10, 1200, "持续改善生态环境质量");

    /** The smallest and largest 预算数 of such a project, in 万元. */
    final double minWan;
    final double maxWan;
    /** A second goal sentence that fits every project of this kind. */
    final String goal;

    Kind(double minWan, double maxWan, String goal) {
        this.minWan = minWan;
        this.maxWan = maxWan;
        this.goal = goal;
    }
}
