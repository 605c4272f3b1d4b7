package gongkai.synth;

import java.util.List;

/**
 * The words synthetic content is made of: districts, bureaus and their projects, and the boilerplate of the
 * official disclosures. Pure data; every list is immutable and its order is part of the generator's determinism.
 */
final class Vocabulary {

    private Vocabulary() {}

    /**
     * A county-level division.
     *
     * @param region    the 6-digit 行政区划代码
     * @param qualified the name as written before a bureau, such as 唐山市丰润区 or 遵化市
     */
    record District(String region, String name, String qualified) {

        /** 区 → 全区, 县 → 全县, 市 → 全市. */
        String scope() {
            return "全" + name.substring(name.length() - 1);
        }

        /** 区委、区政府 and so on. */
        String leadership() {
            String level = name.substring(name.length() - 1);
            return level + "委、" + level + "政府";
        }
    }

    /** The 数量指标 that fits one project idea, with the range of its value. */
    record Quantity(String level3, String unit, int min, int max) {}

    /**
     * A project a bureau may run. {@code {bureau}} in the name or focus stands for the bureau's name.
     * {@code minWan}/{@code maxWan} narrow the kind's budget range for small items (0 means the kind's range).
     */
    record Idea(String name, Kind kind, String focus, Quantity quantity, double minWan, double maxWan) {

        Idea(String name, Kind kind, String focus, Quantity quantity) {
            this(name, kind, focus, quantity, 0, 0);
        }

        Idea named(String newName) {
            return new Idea(newName, kind, focus, quantity, minWan, maxWan);
        }
    }

    /**
     * A kind of budget unit.
     *
     * @param code      three digits; the unit code is this followed by the district's number
     * @param mission   the unit's main duty, with {@code {scope}} for 全区/全县/全市
     * @param functions short names of its lines of work, used for 分项绩效目标 and the overall goal
     */
    record Bureau(String code, String name, String mission, List<String> functions, List<Idea> ideas) {}

    private static Idea idea(String name, Kind kind, String focus, String level3, String unit, int min, int max) {
        return new Idea(name, kind, focus, new Quantity(level3, unit, min, max));
    }

    private static Idea idea(String name, Kind kind, String focus, String level3, String unit, int min, int max,
                             double minWan, double maxWan) {
        return new Idea(name, kind, focus, new Quantity(level3, unit, min, max), minWan, maxWan);
    }

    private static District city(String region, String name) {
        return new District(region, name, "唐山市" + name);
    }

    private static District county(String region, String name) {
        return new District(region, name, name);
    }

    static final List<District> DISTRICTS = List.of(
            city("130202", "路南区"),
            city("130203", "路北区"),
            city("130204", "古冶区"),
            city("130205", "开平区"),
            city("130207", "丰南区"),
            city("130208", "丰润区"),
            city("130209", "曹妃甸区"),
            county("130224", "滦南县"),
            county("130225", "乐亭县"),
            county("130227", "迁西县"),
            county("130229", "玉田县"),
            county("130281", "遵化市"),
            county("130283", "迁安市"),
            county("130284", "滦州市"));

    static final List<Bureau> BUREAUS = List.of(
            new Bureau("201", "教育局", "贯彻执行国家教育方针政策，统筹管理{scope}各级各类教育事业，推进教育优质均衡发展",
                    List.of("义务教育优质均衡发展", "学前教育普及普惠", "教师队伍建设", "校园安全管理", "学生资助"),
                    List.of(
                            idea("义务教育学校公用经费补助", Kind.SUBSIDY, "保障义务教育学校正常运转", "补助学校数量", "所", 10, 80),
                            idea("家庭经济困难学生资助资金", Kind.SUBSIDY, "保障家庭经济困难学生顺利完成学业", "资助学生人数", "人", 200, 3000),
                            idea("中小学教师培训经费", Kind.TRAINING, "提升教师教育教学能力", "培训教师人次", "人次", 200, 2000),
                            idea("中小学校舍维修改造", Kind.CONSTRUCTION, "改善学校办学条件", "维修改造校舍面积", "平方米", 500, 8000),
                            idea("学前教育发展专项资金", Kind.SUBSIDY, "扩大普惠性学前教育资源", "补助幼儿园数量", "所", 5, 40),
                            idea("校园安全技防设施建设", Kind.EQUIPMENT, "提升校园安全防范水平", "安装监控设备数量", "套", 20, 300),
                            idea("农村义务教育学生营养改善计划", Kind.SUBSIDY, "改善农村学生营养健康状况", "受益学生人数", "人", 500, 8000))),
            new Bureau("202", "卫生健康局", "贯彻落实卫生健康工作方针政策，统筹{scope}医疗卫生资源，保障人民群众身体健康",
                    List.of("基本公共卫生服务", "疾病预防控制", "医疗服务能力提升", "妇幼健康服务", "卫生应急管理"),
                    List.of(
                            idea("基本公共卫生服务项目", Kind.SERVICE, "为城乡居民免费提供基本公共卫生服务", "建立居民健康档案人数", "人", 30000, 300000),
                            idea("家庭医生签约服务补助", Kind.SUBSIDY, "扩大家庭医生签约服务覆盖面", "重点人群签约人数", "人", 5000, 60000),
                            idea("疫苗冷链设备购置", Kind.EQUIPMENT, "保障疫苗储存运输安全", "购置冷链设备数量", "台", 5, 40),
                            idea("计划生育家庭奖励扶助资金", Kind.SUBSIDY, "落实计划生育家庭奖励扶助政策", "奖励扶助对象人数", "人", 300, 5000),
                            idea("卫生应急物资储备", Kind.EQUIPMENT, "提高突发公共卫生事件应急处置能力", "储备应急物资品种", "种", 10, 60),
                            idea("村卫生室运行补助", Kind.SUBSIDY, "保障村卫生室正常运行", "补助村卫生室数量", "个", 50, 400))),
            new Bureau("203", "交通运输局", "负责{scope}公路、水路交通运输行业管理，推进城乡交通基础设施建设",
                    List.of("农村公路建设养护", "城乡客运一体化", "交通运输安全监管", "公路路政管理"),
                    List.of(
                            idea("农村公路养护工程", Kind.CONSTRUCTION, "改善农村群众出行条件", "养护农村公路里程", "公里", 50, 600),
                            idea("公路危桥改造工程", Kind.CONSTRUCTION, "消除公路桥梁安全隐患", "改造危桥数量", "座", 2, 15),
                            idea("城乡公交运营补贴", Kind.SUBSIDY, "保障城乡公交线路正常运营", "补贴公交线路数量", "条", 5, 40),
                            idea("道路运输安全专项检查", Kind.INSPECTION, "防范道路运输安全事故", "检查运输企业数量", "家", 20, 200),
                            idea("公路养护机械购置", Kind.EQUIPMENT, "提高公路养护机械化水平", "购置养护机械数量", "台", 2, 12),
                            idea("农村公路安全生命防护工程", Kind.CONSTRUCTION, "提升农村公路安全通行水平", "完成防护工程里程", "公里", 10, 120))),
            new Bureau("204", "民政局", "贯彻落实民政工作方针政策，负责{scope}社会救助、养老服务和社会事务管理",
                    List.of("社会救助兜底保障", "养老服务体系建设", "残疾人福利保障", "城乡社区治理", "婚姻殡葬管理服务"),
                    List.of(
                            idea("城乡最低生活保障资金", Kind.SUBSIDY, "保障城乡低保对象基本生活", "保障低保对象人数", "人", 1000, 15000),
                            idea("特困人员救助供养资金", Kind.SUBSIDY, "保障特困人员基本生活", "救助供养特困人员人数", "人", 200, 2000),
                            idea("居家和社区养老服务补助", Kind.SUBSIDY, "提升居家社区养老服务水平", "补助养老服务站点数量", "个", 5, 60),
                            idea("困难残疾人生活补贴", Kind.SUBSIDY, "保障困难残疾人基本生活", "补贴发放人数", "人", 500, 6000),
                            idea("社区综合服务设施维修", Kind.CONSTRUCTION, "改善社区服务条件", "维修社区服务站数量", "个", 3, 30),
                            idea("临时救助资金", Kind.SUBSIDY, "解决群众突发性、紧迫性生活困难", "临时救助人次", "人次", 100, 2000))),
            new Bureau("205", "财政局", "负责{scope}财政收支管理，深化预算管理制度改革，全面实施预算绩效管理",
                    List.of("预算编制与执行管理", "预算绩效管理", "国有资产管理", "政府采购监管", "财政监督"),
                    List.of(
                            idea("预算绩效评价第三方服务", Kind.SERVICE, "提高财政资金使用效益", "完成绩效评价项目数量", "个", 10, 60),
                            idea("预算管理一体化系统运行维护", Kind.IT, "保障预算管理一体化系统稳定运行", "运维系统数量", "个", 2, 8),
                            idea("行政事业单位国有资产清查", Kind.INSPECTION, "摸清国有资产底数", "清查单位数量", "家", 30, 200),
                            idea("政府采购评审专家劳务费", Kind.SERVICE, "保障政府采购评审工作顺利开展", "组织评审项目数量", "个", 50, 400),
                            idea("财政票据印制及管理", Kind.OPERATIONS, "规范财政票据管理", "印制财政票据", "册", 500, 5000))),
            new Bureau("206", "人力资源和社会保障局", "负责{scope}就业创业、社会保险、人才队伍建设和劳动关系协调工作",
                    List.of("就业创业服务", "社会保险经办", "职业技能提升", "劳动保障监察", "人事人才管理"),
                    List.of(
                            idea("职业技能培训补贴", Kind.TRAINING, "提高劳动者就业技能", "培训人次", "人次", 300, 5000),
                            idea("公益性岗位补贴", Kind.SUBSIDY, "帮助就业困难人员实现就业", "安置公益性岗位人数", "人", 50, 600),
                            idea("劳动保障监察执法", Kind.INSPECTION, "维护劳动者合法权益", "检查用人单位数量", "家", 50, 500),
                            idea("人事考试组织经费", Kind.OPERATIONS, "保障各类人事考试顺利进行", "组织考试场次", "场", 5, 30),
                            idea("社会保险经办系统运维", Kind.IT, "保障社会保险业务正常经办", "运维服务网点数量", "个", 5, 40))),
            new Bureau("207", "自然资源和规划局", "负责{scope}自然资源统一管理和国土空间规划工作",
                    List.of("国土空间规划", "耕地保护", "不动产登记", "地质灾害防治", "自然资源执法"),
                    List.of(
                            idea("国土空间总体规划编制", Kind.SERVICE, "科学编制国土空间规划", "完成规划成果数量", "项", 1, 5),
                            idea("不动产登记信息系统运维", Kind.IT, "提高不动产登记办理效率", "运维系统数量", "个", 1, 4),
                            idea("耕地保护补偿资金", Kind.SUBSIDY, "调动农村集体经济组织保护耕地的积极性", "补偿耕地面积", "亩", 5000, 60000),
                            idea("地质灾害隐患点排查治理", Kind.INSPECTION, "防范地质灾害风险", "排查隐患点数量", "处", 10, 80),
                            idea("卫片执法图斑核查", Kind.INSPECTION, "及时发现和制止违法用地行为", "核查图斑数量", "个", 100, 1500))),
            new Bureau("208", "生态环境局", "负责{scope}生态环境保护和污染防治工作",
                    List.of("大气污染防治", "水污染防治", "土壤污染防治", "生态环境执法", "生态环境监测"),
                    List.of(
                            idea("大气污染防治网格化监测", Kind.INSPECTION, "实时掌握大气环境质量状况", "监测站点数量", "个", 20, 150),
                            idea("水质自动监测站运维", Kind.ECOLOGY, "保障水质监测数据真实准确", "运维监测站数量", "个", 2, 12),
                            idea("环境执法装备购置", Kind.EQUIPMENT, "提升生态环境执法能力", "购置执法装备数量", "套", 5, 40),
                            idea("土壤污染状况调查", Kind.INSPECTION, "摸清土壤环境质量状况", "调查地块数量", "个", 5, 50),
                            idea("重点污染源在线监控", Kind.IT, "实时监控重点污染源排放", "监控企业数量", "家", 10, 80))),
            new Bureau("209", "住房和城乡建设局", "负责{scope}城乡建设、住房保障和建筑市场监管工作",
                    List.of("城镇老旧小区改造", "住房保障", "建筑市场监管", "城市基础设施建设", "农村住房安全保障"),
                    List.of(
                            idea("城镇老旧小区改造", Kind.CONSTRUCTION, "改善老旧小区居民居住条件", "改造小区数量", "个", 3, 30),
                            idea("城市供热管网维修改造", Kind.CONSTRUCTION, "保障冬季供热安全稳定", "改造供热管网长度", "公里", 2, 30),
                            idea("农村危房改造补助", Kind.SUBSIDY, "保障农村困难群众住房安全", "改造危房户数", "户", 20, 300),
                            idea("建筑施工安全检查", Kind.INSPECTION, "防范建筑施工安全事故", "检查在建工程项目数量", "个", 30, 300),
                            idea("公共租赁住房运营管理", Kind.SERVICE, "保障住房困难家庭基本住房需求", "管理公租房套数", "套", 200, 3000))),
            new Bureau("210", "农业农村局", "负责{scope}农业农村经济发展、乡村振兴和农产品质量安全工作",
                    List.of("粮食安全保障", "动物疫病防控", "农村人居环境整治", "高标准农田建设", "农产品质量安全监管"),
                    List.of(
                            idea("耕地地力保护补贴", Kind.SUBSIDY, "保护耕地地力，促进粮食生产", "补贴耕地面积", "亩", 50000, 600000),
                            idea("重大动物疫病强制免疫", Kind.SERVICE, "有效防控重大动物疫病", "免疫畜禽数量", "万只", 50, 600),
                            idea("农村人居环境整治提升", Kind.ECOLOGY, "改善农村人居环境", "整治村庄数量", "个", 10, 120),
                            idea("高标准农田建设", Kind.CONSTRUCTION, "提高耕地质量和粮食综合生产能力", "建设高标准农田面积", "亩", 5000, 50000),
                            idea("基层农技推广体系建设", Kind.TRAINING, "提升农业科技服务能力", "培训农民人次", "人次", 300, 3000),
                            idea("农产品质量安全例行监测", Kind.INSPECTION, "保障农产品质量安全", "抽检农产品批次", "批", 200, 2000))),
            new Bureau("211", "水务局", "负责{scope}水资源管理、水利工程建设和防汛抗旱工作",
                    List.of("河湖长制", "农村饮水安全", "防汛抗旱", "水资源管理"),
                    List.of(
                            idea("河道清淤整治工程", Kind.ECOLOGY, "提高河道行洪能力，改善水生态环境", "清淤河道长度", "公里", 3, 40),
                            idea("农村饮水安全工程维修养护", Kind.CONSTRUCTION, "保障农村居民饮水安全", "维修供水工程数量", "处", 10, 80),
                            idea("防汛物资储备", Kind.EQUIPMENT, "提高防汛抢险能力", "储备防汛物资品种", "类", 8, 30),
                            idea("地下水超采综合治理", Kind.ECOLOGY, "遏制地下水超采", "压采地下水量", "万立方米", 50, 600),
                            idea("河湖长制工作经费", Kind.OPERATIONS, "推进河湖长制落实落细", "巡查河湖次数", "次", 100, 1200))),
            new Bureau("212", "文化广电和旅游局", "负责{scope}文化事业、广播电视和旅游业发展工作",
                    List.of("公共文化服务", "文物保护利用", "文化市场监管", "全域旅游发展"),
                    List.of(
                            idea("公共文化场馆免费开放补助", Kind.SUBSIDY, "保障公共文化场馆免费开放", "免费开放场馆数量", "个", 3, 20),
                            idea("送戏下乡文化惠民演出", Kind.TRAINING, "丰富基层群众文化生活", "演出场次", "场", 30, 300),
                            idea("文物保护修缮工程", Kind.CONSTRUCTION, "保护文物本体安全", "修缮文物点数量", "处", 1, 8),
                            idea("全民阅读推广活动", Kind.TRAINING, "营造全民阅读氛围", "开展阅读活动场次", "场", 10, 80),
                            idea("文化市场综合执法", Kind.INSPECTION, "规范文化市场秩序", "检查文化经营场所数量", "家", 50, 500))),
            new Bureau("213", "市场监督管理局", "负责{scope}市场综合监督管理，维护市场秩序和消费者合法权益",
                    List.of("食品安全监管", "药品安全监管", "特种设备安全监察", "市场秩序规范", "计量标准管理"),
                    List.of(
                            idea("食品安全监督抽检", Kind.INSPECTION, "保障群众饮食安全", "抽检食品批次", "批", 300, 3000),
                            idea("特种设备安全监督检查", Kind.INSPECTION, "防范特种设备安全事故", "检查特种设备数量", "台", 200, 2000),
                            idea("计量器具强制检定", Kind.INSPECTION, "保障计量数据准确可靠", "检定计量器具数量", "台", 500, 5000),
                            idea("消费投诉举报处理", Kind.SERVICE, "维护消费者合法权益", "处理投诉举报件数", "件", 500, 5000),
                            idea("药品不良反应监测", Kind.INSPECTION, "保障公众用药安全", "上报监测报告数量", "份", 100, 1200))),
            new Bureau("214", "应急管理局", "负责{scope}应急管理、安全生产监督管理和防灾减灾救灾工作",
                    List.of("安全生产监管", "应急救援能力建设", "防灾减灾救灾", "森林防火"),
                    List.of(
                            idea("应急救援物资储备", Kind.EQUIPMENT, "提高自然灾害应急救援保障能力", "储备救灾物资数量", "件", 500, 5000),
                            idea("安全生产专项执法检查", Kind.INSPECTION, "防范遏制生产安全事故", "检查生产经营单位数量", "家", 100, 800),
                            idea("森林防火专项经费", Kind.OPERATIONS, "防范森林火灾发生", "组织防火巡查次数", "次", 100, 600),
                            idea("应急指挥平台运行维护", Kind.IT, "保障应急指挥平台稳定运行", "接入视频监控点位", "个", 50, 500),
                            idea("安全生产宣传教育培训", Kind.TRAINING, "增强全民安全意识", "培训人次", "人次", 300, 3000))),
            new Bureau("215", "城市管理综合行政执法局", "负责{scope}城市管理和综合行政执法工作，提升城市精细化管理水平",
                    List.of("市容环境卫生管理", "城市照明管理", "园林绿化管理", "违法建设治理"),
                    List.of(
                            idea("城区道路清扫保洁", Kind.ECOLOGY, "保持城区道路干净整洁", "清扫保洁面积", "万平方米", 50, 400),
                            idea("城市路灯维护", Kind.OPERATIONS, "保障城市道路照明", "维护路灯数量", "盏", 2000, 15000),
                            idea("生活垃圾分类处理", Kind.ECOLOGY, "推进生活垃圾减量化、资源化、无害化", "垃圾清运量", "吨", 5000, 60000),
                            idea("园林绿化养护", Kind.ECOLOGY, "提升城市绿化水平", "养护绿地面积", "万平方米", 20, 300),
                            idea("违法建设治理", Kind.INSPECTION, "遏制新增违法建设", "拆除违法建设面积", "平方米", 1000, 20000))),
            new Bureau("216", "司法局", "负责{scope}法治建设、普法宣传、人民调解和公共法律服务工作",
                    List.of("法治宣传教育", "公共法律服务", "人民调解", "社区矫正"),
                    List.of(
                            idea("法律援助案件补贴", Kind.SUBSIDY, "保障困难群众获得法律帮助", "办理法律援助案件数量", "件", 100, 1200),
                            idea("人民调解员以案定补", Kind.SUBSIDY, "及时化解基层矛盾纠纷", "调解矛盾纠纷件数", "件", 300, 3000),
                            idea("社区矫正工作经费", Kind.OPERATIONS, "规范社区矫正监督管理", "在册社区矫正对象人数", "人", 50, 400),
                            idea("普法宣传活动", Kind.TRAINING, "增强全民法治观念", "开展普法活动场次", "场", 20, 200))),
            new Bureau("217", "退役军人事务局", "负责{scope}退役军人安置、优抚和服务保障工作",
                    List.of("退役军人安置就业", "优抚对象服务保障", "烈士纪念设施管理", "双拥共建"),
                    List.of(
                            idea("重点优抚对象抚恤补助", Kind.SUBSIDY, "保障优抚对象生活待遇", "发放抚恤补助人数", "人", 300, 3000),
                            idea("退役军人就业创业培训", Kind.TRAINING, "提升退役军人就业创业能力", "培训人次", "人次", 50, 600),
                            idea("烈士纪念设施维护修缮", Kind.CONSTRUCTION, "弘扬英烈精神", "维护纪念设施数量", "处", 2, 20),
                            idea("退役军人服务站运行补助", Kind.SUBSIDY, "提升基层服务保障能力", "补助服务站数量", "个", 20, 200))),
            new Bureau("218", "科学技术局", "负责{scope}科技创新、科学普及和科技成果转化工作",
                    List.of("科技创新", "科学普及", "高新技术企业培育"),
                    List.of(
                            idea("科技创新券补助", Kind.SUBSIDY, "降低企业研发成本", "支持企业数量", "家", 10, 80),
                            idea("科普宣传活动", Kind.TRAINING, "提高公民科学素质", "开展科普活动场次", "场", 10, 80),
                            idea("高新技术企业培育奖励", Kind.SUBSIDY, "壮大高新技术企业队伍", "奖励企业数量", "家", 5, 50))),
            new Bureau("219", "统计局", "负责{scope}统计调查、统计分析和统计监督工作",
                    List.of("统计调查", "统计数据质量管理", "统计信息服务"),
                    List.of(
                            idea("经济普查工作经费", Kind.OPERATIONS, "摸清经济发展底数", "普查单位数量", "家", 2000, 20000),
                            idea("住户收支调查补助", Kind.SUBSIDY, "保证住户调查数据质量", "调查户数", "户", 100, 600),
                            idea("统计执法检查", Kind.INSPECTION, "提高统计数据质量", "检查调查对象数量", "家", 20, 200))),
            new Bureau("220", "审计局", "负责{scope}审计监督工作，促进财政资金规范使用",
                    List.of("财政预算执行审计", "经济责任审计", "政府投资审计"),
                    List.of(
                            idea("政府投资项目审计中介服务", Kind.SERVICE, "提高政府投资审计质量", "审计项目数量", "个", 20, 200),
                            idea("审计信息化建设", Kind.IT, "提升大数据审计能力", "建设审计分析模型数量", "个", 5, 30))),
            new Bureau("221", "档案馆", "负责{scope}档案收集、保管和开发利用工作",
                    List.of("档案收集整理", "档案安全保管", "档案信息化建设", "档案开发利用"),
                    List.of(
                            idea("馆藏档案数字化加工", Kind.IT, "推进档案信息化建设", "数字化加工档案页数", "万页", 10, 120),
                            idea("档案库房设备更新", Kind.EQUIPMENT, "改善档案保管条件", "购置密集架数量", "组", 10, 80),
                            idea("档案抢救保护", Kind.SERVICE, "保障档案实体安全", "修复破损档案卷数", "卷", 200, 2000))),
            new Bureau("222", "融媒体中心", "负责{scope}新闻宣传、广播电视节目制作播出和新媒体运营工作",
                    List.of("新闻宣传报道", "广播电视安全播出", "媒体融合发展", "新媒体平台运营"),
                    List.of(
                            idea("广播电视节目制作", Kind.SERVICE, "提升节目制作水平", "制作节目期数", "期", 100, 600),
                            idea("播控平台升级改造", Kind.IT, "保障广播电视安全播出", "升级播控系统数量", "套", 1, 4),
                            idea("新媒体平台运营维护", Kind.IT, "扩大主流媒体影响力", "发布新闻稿件数量", "条", 2000, 12000),
                            idea("应急广播系统维护", Kind.OPERATIONS, "保障应急广播正常运行", "维护应急广播终端数量", "个", 200, 1500))),
            new Bureau("223", "医疗保障局", "负责{scope}医疗保险、生育保险和医疗救助等医疗保障工作",
                    List.of("医保基金监管", "医疗救助", "医保经办服务"),
                    List.of(
                            idea("城乡医疗救助资金", Kind.SUBSIDY, "减轻困难群众医疗费用负担", "救助人次", "人次", 2000, 20000),
                            idea("医保基金监管专项检查", Kind.INSPECTION, "维护医保基金安全", "检查定点医药机构数量", "家", 50, 400),
                            idea("医保经办服务能力提升", Kind.TRAINING, "提升医保经办服务水平", "培训经办人员人次", "人次", 50, 500))),
            new Bureau("224", "商务局", "负责{scope}内外贸易、招商引资和消费促进工作",
                    List.of("消费促进", "外贸稳增长", "电子商务发展", "商贸流通体系建设"),
                    List.of(
                            idea("电子商务进农村综合示范", Kind.SUBSIDY, "促进农村电子商务发展", "建设村级服务站点数量", "个", 20, 150),
                            idea("外贸企业稳增长扶持资金", Kind.SUBSIDY, "支持外贸企业稳定发展", "支持外贸企业数量", "家", 10, 60),
                            idea("促消费系列活动", Kind.TRAINING, "激发消费潜力", "组织促消费活动场次", "场", 5, 30))),
            new Bureau("225", "发展和改革局", "负责{scope}国民经济和社会发展规划、重大项目谋划和价格管理工作",
                    List.of("发展规划编制", "重点项目建设", "价格监测", "粮食和物资储备"),
                    List.of(
                            idea("重点项目前期工作经费", Kind.SERVICE, "加快重点项目落地", "完成前期工作项目数量", "个", 5, 40),
                            idea("价格监测及成本调查", Kind.INSPECTION, "掌握重要商品价格动态", "价格监测点数量", "个", 10, 60),
                            idea("地方储备粮费用补贴", Kind.SUBSIDY, "保障地方储备粮数量真实、质量良好", "储备粮数量", "吨", 1000, 20000))),
            new Bureau("226", "机关事务服务中心", "负责{scope}党政机关办公用房、公务用车和后勤服务保障工作",
                    List.of("办公用房管理", "公务用车管理", "公共机构节能", "机关后勤服务"),
                    List.of(
                            idea("机关办公区物业管理", Kind.SERVICE, "保障机关办公区正常运转", "物业服务面积", "平方米", 10000, 80000),
                            idea("公共机构节能改造", Kind.CONSTRUCTION, "降低公共机构能源消耗", "完成节能改造单位数量", "家", 3, 20),
                            idea("机关食堂运行", Kind.OPERATIONS, "保障干部职工就餐", "日均就餐人数", "人", 200, 1500))),
            new Bureau("227", "疾病预防控制中心", "负责{scope}疾病预防控制、突发公共卫生事件监测和健康教育工作",
                    List.of("传染病防控", "免疫规划", "慢性病防控", "健康教育"),
                    List.of(
                            idea("免疫规划疫苗接种", Kind.SERVICE, "保持较高的免疫规划疫苗接种率", "接种剂次", "万剂次", 5, 40),
                            idea("传染病监测与防控", Kind.INSPECTION, "及时发现和处置传染病疫情", "监测哨点数量", "个", 5, 30),
                            idea("实验室检测设备购置", Kind.EQUIPMENT, "提升检验检测能力", "购置检测设备数量", "台", 3, 20),
                            idea("健康素养促进行动", Kind.TRAINING, "提高居民健康素养水平", "开展健康教育讲座", "场", 20, 150))),
            new Bureau("228", "体育事业发展中心", "负责{scope}全民健身和群众体育工作",
                    List.of("全民健身", "群众体育赛事", "体育设施管理"),
                    List.of(
                            idea("全民健身设施维护更新", Kind.EQUIPMENT, "满足群众健身需求", "更新健身器材数量", "件", 50, 500),
                            idea("群众体育赛事活动", Kind.TRAINING, "丰富群众体育生活", "举办赛事活动场次", "场", 5, 40),
                            idea("体育场馆免费低收费开放补助", Kind.SUBSIDY, "推动体育场馆向社会开放", "开放场馆数量", "个", 1, 6))),
            new Bureau("229", "图书馆", "负责{scope}公共图书借阅、数字阅读和阅读推广服务",
                    List.of("图书借阅服务", "数字图书馆建设", "阅读推广"),
                    List.of(
                            idea("图书资料购置", Kind.EQUIPMENT, "丰富馆藏资源", "新增图书册数", "册", 3000, 30000),
                            idea("数字图书馆资源建设", Kind.IT, "提供便捷的数字阅读服务", "新增数字资源", "TB", 2, 20),
                            idea("流动图书服务", Kind.SERVICE, "把阅读服务送到基层", "流动服务点数量", "个", 10, 60))),
            new Bureau("230", "残疾人联合会", "负责{scope}残疾人康复、就业和权益维护工作",
                    List.of("残疾人康复服务", "残疾人就业扶持", "残疾人权益维护"),
                    List.of(
                            idea("残疾儿童康复救助", Kind.SUBSIDY, "帮助残疾儿童改善功能", "救助残疾儿童人数", "人", 50, 500),
                            idea("残疾人辅助器具适配", Kind.EQUIPMENT, "提升残疾人生活自理能力", "适配辅助器具数量", "件", 200, 2000),
                            idea("残疾人职业技能培训", Kind.TRAINING, "提高残疾人就业能力", "培训残疾人人次", "人次", 50, 500))));

    /** Projects any unit may have. */
    static final List<Idea> COMMON_IDEAS = List.of(
            idea("{bureau}运行维护费", Kind.OPERATIONS, "保障{bureau}的正常运行", "完成项目数量", "个", 1, 1, 5, 80),
            idea("办公楼维修改造", Kind.CONSTRUCTION, "改善办公条件，保障机关工作正常运行", "维修改造面积", "平方米", 200, 3000, 10, 200),
            idea("办公设备购置", Kind.EQUIPMENT, "满足日常办公需要", "购置办公设备数量", "台", 5, 60, 2, 30),
            idea("信息化系统运维服务", Kind.IT, "保障信息系统安全稳定运行", "运维系统数量", "个", 1, 6, 2, 40),
            idea("网络专线租赁费", Kind.SERVICE, "保障网络通信畅通", "租赁专线条数", "条", 1, 6, 1, 10),
            idea("聘用人员经费", Kind.PERSONNEL, "保障聘用人员工资及保险按时足额发放", "保障聘用人员人数", "人", 3, 40),
            idea("自筹人员经费（预留）", Kind.PERSONNEL, "保障自筹人员的工资及保险", "保障人员人数", "人", 3, 30),
            idea("业务培训经费", Kind.TRAINING, "提升干部职工业务能力", "培训人次", "人次", 30, 400, 1, 15),
            idea("政策宣传及资料印刷", Kind.TRAINING, "做好政策宣传解读工作", "印制宣传资料", "份", 1000, 20000, 1, 15),
            idea("档案整理及数字化", Kind.IT, "规范档案管理", "整理档案卷数", "卷", 500, 5000, 2, 30),
            idea("党建工作经费", Kind.OPERATIONS, "加强党的建设", "开展党建活动次数", "次", 6, 30, 1, 20),
            idea("消防设施维护", Kind.OPERATIONS, "消除消防安全隐患", "维护消防设施数量", "套", 5, 40, 2, 20),
            idea("公务用车运行维护费", Kind.OPERATIONS, "保障公务出行需要", "保障公务用车数量", "辆", 1, 8, 3, 20),
            idea("法律顾问服务费", Kind.SERVICE, "防范法律风险", "审查合同及文件数量", "份", 20, 200, 2, 10),
            idea("临时聘用人员劳务费", Kind.PERSONNEL, "保障临时聘用人员劳务费按时发放", "临时聘用人员人数", "人", 2, 20),
            idea("物业管理服务费", Kind.SERVICE, "保障办公区物业服务", "物业服务面积", "平方米", 2000, 20000, 10, 80),
            idea("办公用房租赁费", Kind.SERVICE, "解决办公用房不足问题", "租赁面积", "平方米", 300, 3000, 5, 60),
            idea("更换牌匾及门口修缮", Kind.CONSTRUCTION, "改善办公环境", "完成项目数量", "个", 1, 1, 2, 20),
            idea("历史债务偿还", Kind.OPERATIONS, "按期偿还历史债务，保障机关正常运行", "偿还债务笔数", "笔", 1, 5, 5, 60),
            idea("专项业务工作经费", Kind.OPERATIONS, "保障各项业务工作顺利开展", "完成项目数量", "个", 1, 3, 3, 50),
            idea("政府购买服务岗位经费", Kind.PERSONNEL, "保障购买服务岗位人员经费", "购买服务岗位数量", "个", 2, 30),
            idea("安防监控系统升级改造", Kind.EQUIPMENT, "提升安全防范能力", "更新监控点位数量", "个", 10, 80, 3, 40));

    /** 分项绩效目标: the first half of a 绩效目标 sentence, with {@code {f}} for the line of work. */
    static final List<String> GOAL_ACTIONS = List.of(
            "认真贯彻落实上级关于{f}的决策部署", "健全{f}工作机制", "统筹推进{f}各项任务", "加大{f}投入力度",
            "对标年度目标细化{f}工作措施", "围绕{f}补齐短板弱项");

    /** 分项绩效目标: the second half of a 绩效目标 sentence. */
    static final List<String> GOAL_OUTCOMES = List.of(
            "确保年度目标任务全面完成", "不断提升服务质量和水平", "切实增强人民群众获得感", "推动{f}取得新成效",
            "形成长效工作机制");

    /** 工作保障措施: a heading, then the text. */
    static final List<String[]> MEASURES = List.of(
            new String[] {"完善制度建设", "制定完善预算绩效管理制度、资金管理办法、工作保障制度等，为全年预算绩效目标的实现奠定制度基础。"},
            new String[] {"加强支出管理", "通过优化支出结构、编细编实预算、加快履行政府采购手续、尽快启动项目、及时支付资金等多种措施，确保支出进度达标。"},
            new String[] {"加强绩效运行监控", "按要求开展绩效运行监控，发现问题及时采取措施，确保绩效目标如期保质实现。"},
            new String[] {"做好绩效自评", "按要求开展上年度部门预算绩效自评和重点评价工作，对评价中发现的问题及时整改，调整优化支出结构，提高财政资金使用效益。"},
            new String[] {"规范财务资产管理", "完善财务管理制度，严格审批程序，加强固定资产登记、使用和报废处置管理，做到支出合理，物尽其用。"},
            new String[] {"加强内部监督", "加强内部监督制度建设，对重大支出决策、资产处置及其他重要经济业务事项的决策和执行进行督导，确保财政资金安全有效。"},
            new String[] {"加强宣传培训调研", "加强人员培训，提高本部门职工业务素质；加大宣传力度，强化预算绩效管理意识，促进预算绩效管理水平进一步提升。"},
            new String[] {"强化组织领导", "成立由主要负责同志任组长的预算绩效管理工作领导小组，明确分工，压实责任，形成一级抓一级、层层抓落实的工作格局。"},
            new String[] {"严格政府采购管理", "严格执行政府采购法律法规，规范采购程序，做到应采尽采、公开透明。"},
            new String[] {"强化结果应用", "将绩效评价结果作为安排以后年度预算的重要依据，做到有效多安排、低效少安排、无效不安排。"},
            new String[] {"主动公开接受监督", "按规定及时公开部门预算、绩效目标和评价结果，主动接受人大、审计和社会监督。"},
            new String[] {"落实党风廉政建设责任制", "深化“一岗双责”要求，从严控制“三公”经费支出，把党风廉政建设与业务工作同部署、同落实、同检查、同考核。"});

    /** 指标值确定依据 for each aspect. */
    static List<String> bases(Aspect aspect) {
        return switch (aspect) {
            case QUANTITY -> List.of("预算安排", "计划标准", "年度工作计划", "预算安排");
            case QUALITY -> List.of("经验标准", "行业标准", "历史标准", "经验标准");
            case TIMELINESS -> List.of("计划标准", "历史标准", "经验标准");
            case COST, SOCIAL_COST, ECOLOGICAL_COST -> List.of("预算安排", "预算批复", "市场价格", "预算安排");
            case ECONOMIC, SOCIAL, ECOLOGICAL, SUSTAINABLE -> List.of("经验标准", "历史标准", "行业标准", "其他");
            case SATISFACTION -> List.of("调查问卷", "社会调查", "满意度测评", "调查问卷");
        };
    }
}
