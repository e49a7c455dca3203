"""Write the texts and truth files of tests/importer/real/blind39: a second FINAL held-out set of real pages, labelled on
2026-12-06 (21:56-22:25 UTC by the machine clock) by helper label53, who did not read or change the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the lead
scores it at the end of the session. Other helpers' worktrees were not opened (RULES.md); every url was checked with
/work/wt/known_urls.py just before it was taken, and a distinctive phrase of each page was grepped in
/work/main/tests/importer and /work/shared/corpus (no hits). Re-checked before the commit with known_urls.py's keys
minus this worktree: 10 keys new against 1,320 keys of all other trees at 22:00 UTC.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C19) and make_truths.py (head/ins/prob);
structure after make_truths_blind37.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as strings into TEXT (glosses '鎮(zhèn)', portal chrome, blank lines kept as returned; runs of leading spaces
copied as ASCII spaces as the tool printed them).

Exhaustion: about 110 urls seen over 19 queries; ~75 were KNOWN (every 巡察整改进展 通报, 审计整改 report, 高校 巡察 news and
round summary the queries reached: km, ruijin, ningbo, cixird, mech.ycit, 15m8, dqzjw, yohu9, qinfeng, shanting,
zgsuixian, tzjw, pdsjjw, studioretreats, nllz, hsjw, xingning, lxxww, ilynn, jianshuapi, xinzheng, pingli 1108651,
wuhu, sucai198, meipian, bpxww, yinchuanwanbao, sxgp, minqi, ezhou, sqlzw, binuoshi, folksfolks, yaozui, bbs.mala,
hit008, xinjr, ahsz, zy234, 996630, xuancheng, bjzxdq, m.junkejituan). What is left is the most common off-centre shape:
checks and exposures with findings per place or body, and check news with figures.

Queries (``pages`` corpus, 19): 巡察反馈问题整改进展情况的通报 问题一 整改情况 已完成; 巡视整改进展情况 学校党委 一、关于 问题 整改情况;
审计发现问题整改情况 公告 一、问题 整改情况 已整改; 巡察 第几轮 反馈问题 个 已整改 个 整改率 县委; 检查发现问题清单 序号 存在问题 整改措施
责任单位 整改时限; 安全生产检查 发现隐患 处 已整改 处 乡镇 通报 存在问题 1.; 督查通报 存在问题 一是 二是 三是 限期整改 卫生院; 巡察组反馈
指出 存在问题 村党支部 整改 立行立改 已完成; 暗访发现问题 通报 1. 2. 3. 责令 整改 乡镇 县城; 审计整改情况 公示 问题:整改情况: 学院;
督察组 交办 问题 整改 未按要求 具体问题如下 1、 2、; 市场监管局 专项检查 发现问题 个 已整改 药店 餐饮 存在 问题; 存在的问题:1. 2. 3.
整改要求 检查情况通报 学校 幼儿园; 河长制 巡河 发现问题 问题清单 整改 村 河道 垃圾 1、; 巡察整改 公开 问题1 整改情况 已整改完成 支行;
环保督察 交办件 整改情况 公示 序号 信访 已办结; 反馈意见 指出的问题 整改落实情况 (一)关于 的问题 整改情况: 已完成 镇党委; 督办通知
问题描述 整改时限 责任单位 点位 垃圾 乱堆乱放; 创文 督查通报 存在问题 (一) (二) 街道 社区 乱停乱放 整改要求; 火灾隐患 曝光 单位名称
存在隐患 整改情况 消防救援大队 第 期; 文明城市 督查 通报 发现问题 条 社区 (1) (2) 第 期 整改; plus three audit/图斑/检查组 wordings
that returned only KNOWN pages or reference-tag spam.

Declined, new by key but not taken: www.junkejituan (a copy of m.junkejituan, KNOWN, R4); happypx (a 创文 督查通报 with
gambling spam spliced into every place name); ully.com.cn (adult spam lines above a 中国消费网 article); xuecheng and
dongying.dzwww (中央环保督察 信访件 batches: R17/C19 ambiguous); m.163 涿州 (fault counts by kind of shop, no list, a
sixth no-list page); paper.zjjnews, heze, news.25948, csjcs (check news with no figure and faults as kinds: enough
no-list pages taken).

Kinds (issue 10), problems and measures (counted twice: by reading, and in main() by a regex recount of each text):
(2)-like problems of a check under headings (the corpus's commonest remaining shape):
  - pingli_jul20: a 县 值周 巡查 通报 with seven numbered findings, each with an '整改措施:' line naming the unit: 7 problems,
    measures 1 each, units from '由…负责/牵头'; cut in the closing.
  - lylmmw: a 市 '六城同创' 督查通报 (201704期): '一、存在的问题' with '(一)环境卫生方面' (5 ';' clauses) and '(二)治堵保畅方面'
    (2 clauses); '(三)' is a table reference; cut in the requirements: 7 problems.
  - tongshan1: a 县 文明创建督查通报 (第三十一期): '共497条问题'; under '一、通羊镇' / '(一)、城市社区' places '1、古塔社区' with
    findings '(1)…' on their own lines: one problem per place (R11): 8 problems; cut in the eighth.
  - wenmijiayuan: a 范文 site's masked ('XX市') 区 创城 督查 report: '二、存在问题' with headings '1.乡镇', '2.社区',
    '3.中小学校及周边' (一是…五是): 7 problems; cut in the fifth 是.
  - meishi_u0y: a 黄石 火灾隐患 exposure on six cards '01'-'06' (名称 / 存在火灾隐患: 1.2.): 6 problems, units.
  - laohekouzx: a 湖北 火灾隐患 exposure under city headings (湖北恩施 / 湖北鄂州 / 湖北襄阳), six unit cards: 6 problems,
    category the city heading (R82).
(5)/(6) no list, figures or none:
  - zgxue: a 镇 安全生产 check: '共排查安全隐患15条': 0 problems, 15.
  - zhld: a 市 paper's news of a provincial 督导组's check of 7 交办 督查事项: '已整改到位1项、基本到位2项': 0 problems, 7/1.
  - hkwb: a 消防 exposure of 8 bodies named in one sentence with shared faults '…等消防安全隐患问题': 0 problems, none.
  - haiaier: a glossed traditional 镇 消防 check of 28 enterprises, faults as kinds: 0 problems, none.

Totals: 10 documents, 41 problems (8+7+7+7+6+6 over six pages; four pages with none). Measures: pingli 1 each (7);
all others 0 (no answer, or orders/requirements only, R72/R98). Reading and regex recount agree.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- tongshan1: (NEW) the place line '1、古塔社区' stands alone with its findings '(1)…;' on the lines below: one problem per
  place as R11 (vcity's '3.丽景花园二期:(1)…;(2)…' one line); title the place and its findings joined without line
  breaks (R89), the final '。' dropped; R88 (heading alone → the heading) is not applied, a place name is no problem
  statement. Category the nearest heading '城市社区' / '行政村' (R79/R80), not '通羊镇'. Headline 497 (the first and
  covering count; 311 is the 乡镇 part, R65). 10月10日至15日 with no year: no dates (R60).
- wenmijiayuan: (NEW) body headings '1.乡镇' / '2.社区' each over one '存在…问题' sentence: one problem per heading (R12,
  one body's faults), category the heading (R82), seq null (the number is the heading's); under '3.中小学校及周边' each
  一是-五是 is a problem seq 1-5 (R76a); the cut fifth labelled as far as it goes (C14).
- laohekouzx: card 1's field '1、“…;2、…”等火灾隐患' is one problem (one body, R12) titled by the field joined; inspector
  null (four 消防 bodies' posts gathered; '湖北省消防救援总队统一部署' deploys, it does not check).
- pingli_jul20: inspector null (the 值周副县长 leads a group of units; blind23's '县双创办' was the subject there);
  '720,' lost 月/日, read from the title '7月20日' (R61 with the title, as blind23 '118,').
- lylmmw: '2017年9月25日前' is the date to report on rectification, not a deadline of the findings: null.
- zhld: (NEW) the 7 交办 督查事项 are the problems of the check (R63 tasks); '基本到位2项' is not done (R71): 7/1; the
  named 事项 end in '等7项': no list (R19).
- hkwb: (NEW) eight bodies named in one sentence with shared faults: no per-body statement (R12 needs each body's
  faults): problems []; '8家单位' are bodies, no figure (R68).
"""
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, prob, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind39"

TEXT = {
    "pingli_jul20_duty_patrol_seven_items_measures_units_cut":
        "7月20日市容环境综合整治情况的通报\n\n信息来源: 作者: 发布时间:2015-07-20 17:02 【 字体:\n\n"
        "720,值周副县长周建伟带领值周责任单位县卫生局和县双创办、县交警大队、县环卫站负责人,深入到新正街、五峰路、大什子、"
        "西关路、河滨南路、中兴路、吉阳路、东关街等路段,巡查督察市容环境综合整治情况,交办了责任单位亟待整改落实的事项,"
        "现就有关事项通报如下:\n\n1、联通公司片区:废旧物品乱摆乱放,污水乱流。\n\n整改措施:由包片单位联通公司对废旧物品进行"
        "告知和限期清理;督促业主延长排水管道,杜绝废水乱流。\n\n\n \n\n2、城关小学操场围墙外垃圾中转箱周边垃圾散倒成堆,清理不及时。"
        "\n\n整改措施:由县环卫站负责,加大垃圾清运力度,在学生上学期间增加此处垃圾清运频次。\n\n3、农商行东城分行对面行道树上缆线"
        "乱牵乱挂。\n\n整改措施:由包片单位林业局牵头,广电网络公司、移动公司、联通公司、电信局、电力局按照管理权限予以规范。\n\n"
        "4、马龙谭大桥北桥头东侧围墙外洼地积污,污水乱流。\n\n整改措施:由住建局负责修缮排污设施,清理积水。\n\n5、计生服务站对面"
        "巷道内垃圾较多,清扫保洁不到位。\n\n整改措施:由县环卫站负责,组织环卫工及时清扫清运。\n\n6、计生局片区:利华火锅店等商户前"
        "废旧蜂窝煤乱丢,物品随意摆放,特色烤鱼门前行道树乱牵电线,落地招牌占道摆放。\n\n整改措施:由包片单位计生局负责,督促商户"
        "落实“门前四包”责任,清理废弃物品和行道树杆上电线,规范落地招牌摆放。\n\n\n \n\n7、正华商务酒店前绿化带内黄土裸露,物品占道"
        "摆放。\n\n   整改措施:由县林业局负责对绿化带适时补植,督促商住落实门前“四包”责任。\n\n请各责任单位迅速认领上述问题,"
        "加强值周县长交办事项整改,县双创办和值周",
    "lylmmw_six_cities_ducha_201704_two_headings_clauses_cut":
        "此页面上的内容需要较新版本的 Adobe Flash Player。\n\n获取 Adobe Flash Player\n\n 您现在的位置:首页 > 专题专栏 > "
        "六城同创·共建文明 > 简报专区\n\n督查通报(第201704期)\n\n\n    发布时间:2017-09-18 15:27:00     来源:\n\n督 查 通 报\n\n"
        "201704\n\n \n\n    9月13日至9月15日,市“六城”同创指挥部办公室对城区“六城”同创工作展情况进行督查,现将督查情况通报如下:\n\n"
        "    一、存在的问题\n\n    (一)环境卫生方面\n\n    清江东路中百仓储旁进口至合和大唐后面生活垃圾和建筑垃圾较多,已经拆除"
        "的棚子,杂物随意堆放;四维街市二中原大门外存在生活垃圾;航大商城脏、乱、差现象非常突出;堰湾成了周围居民的垃圾倾倒场,生活"
        "垃圾堆积如山,建筑垃圾随意倾倒,堰塘里污水奇臭难闻,严重影响周边居民生活环境;圆梦庄周边道路及背街小巷陈年垃圾多,杂物乱堆"
        "乱放,环境卫生差。\n\n    (二)治堵保畅方面\n\n    清江东路、四维街、后山湾等街道车辆乱停乱放,车辆随意停放在人行道上,"
        "严重影响行人通行;四维街小学大门两旁出店经营,占道经营现象严重。\n\n    (三)城区三办9月8日周大扫除情况统计表(见附\n\n"
        "    二、下步工作要求\n\n    (一)各责任单位要认真贯彻落实市政府201767专题会议纪要精神,认真履职尽责,把“周末大扫除”、"
        "“门前五包”落到实处,积极开展环境卫生整治和治堵保畅工作,齐抓共管,扎实开展“六城”同创工作。\n\n    (二)各责任单位要针对"
        "本次督查发现的问题,迅速制定整改方案和措施,专人负责,确保及时整改到位,各责任单位要迅速对本辖区和所包路段全面检查,发现的"
        "问题及时整改,不留卫生死角,保障道路通畅。\n\n    (三)各责任单位2017年9月25日前将以上问题整改情况报六创办(联系人:付祖怀,"
        "QQ657865529,联系",
    "tongshan1_civilization_ducha_31st_places_own_lines_cut":
        "【文明创建督查通报(第三十一期)】请各乡镇迅速行动,举一反三,全面整改,坚决扛起创文责任!\n\n为进一步深化文明城市创建工作,"
        "持续推动创文工作提质增效。10月10日至15日对文明城市创建工作进行实地测评,考察点位145个,共497条问题,其中涉及乡镇的点位61个"
        "包括城市社区、街道办事处(乡镇)人民政府、乡镇、街道办(乡镇)便民服务中心、新时代文明实践所、行政村,发现问题311条,占总问题数"
        "的62.57%,现将具体情况通报如下:\n\n一、通羊镇\n\n(一)、城市社区\n\n1、古塔社区\n\n(1)无景观小品;\n\n(2)无规范的工作制度和"
        "组织架构(上墙)。\n\n2、马槽桥社区\n\n(1)有明显垃圾;\n\n(2)显著位置未展示15分钟生活圈导向图;\n\n(3)无景观小品;\n\n(4)无规范"
        "的工作制度和组织架构(上墙)。\n\n3、南门社区\n\n(1)有明显垃圾;\n\n(2)无景观小品;\n\n(3)无规范的工作制度和组织架构(上墙)。\n\n"
        "4、双泉社区\n\n(1)有明显的乱拉乱设、飞线充电;\n\n(2)有明显垃圾;\n\n(3)无景观小品。\n\n5、洋都社区\n\n(1)设施不能够正常使用,"
        "有损坏或被侵占现象;\n\n(2)无景观小品;\n\n6、凤池社区\n\n(1)消防设施不符合标准;\n\n(2)有明显垃圾,乱堆杂物现象;\n\n(3)有乱张贴"
        "乱涂写乱刻画现象;\n\n(4)显著位置无展示15分钟生活圈导向图;\n\n(5)无无障碍通道;\n\n(6)无规范的工作制度和组织架构(上墙)。\n\n"
        "7、新城社区\n\n(1)空中缆线未规范捆绑;\n\n(2)有乱张贴乱涂写乱刻画现象;\n\n(3)道路路面积水;\n\n(4)道路路面有明显坑洼;\n\n"
        "(5)宣传栏有破损、陈旧、污渍明显现象。\n\n(二)、行政村\n\n1、洋都村\n\n(1)未按标准设置垃圾分类设施,垃圾设施无盖现象;\n\n"
        "(2)乱张贴乱涂写乱刻画现象;\n\n(3)村免费提供农村公益电影,戏曲等文艺汇演无相关活动资料;\n\n(4)无开展十星级文明户创建活动相关"
        "资料;\n\n(5)显著位置未宣传社会主义核心价值观;\n\n(6)无展示",
    "wenmijiayuan_masked_district_chuangcheng_body_headings_cut":
        "为推动创建全国文明城市工作扎实深入开展,根据区委区政府领导部署,区委宣传部联合督查绩效办于1月底对辖区内的创城工作进行了督导"
        "检查,督导检查采取现场督查督办、下发整改通知、听取汇报座谈的方式进行。现将督查情况报告如下:\n一、总体情况\n自我区“四城同创”"
        "推进会召开以来,全区上下按照XX市委、市政府的部署要求,对照创建全国文明城市标准,采取多种措施,扎实有效地推动创城工作开展,"
        "全区各方面面貌有了明显改观。但从督查情况看,我们在城市管理、交通秩序、消防安全、环境卫生等方面还存在不少薄弱环节,与全国文明"
        "城市创建标准还有较大差距。\n二、存在问题\n1.乡镇\n存在环境卫生不达标、机动车和非机动车乱停放、占道经营等问题。\n2.社区\n"
        "存在未在显著位置展示村民公约的问题。\n3.中小学校及周边\n一是存在未落实门前“三包”责任、存在乱丢烟头、校园车辆乱停放等现象。"
        "二是文明校园宣传氛围不够浓厚,学生知晓度低,参与率低。三是学生到社区参与社区活动或者参与社区举办的活动参与率低、知晓度低。"
        "四是学生参与志愿服务活动参与率低。五是部分学生没能完整背诵",
    "meishi_u0y_huangshi_fire_exposure_six_cards":
        "黄石这些单位被曝光!\n火灾隐患犹如一颗“定时炸弹”\n稍有不慎,极易引发火灾\n严重威胁人民群众生命财产安全\n(相关资料图)\n"
        "近期,黄石市各级消防救援机构\n在全市范围内\n开展消防安全检查工作中\n排查出一批火灾隐患单位\n现对部分火灾隐患单位进行曝光\n"
        "具体名单如下:\n01\n建筑(单位)名称:\n新布丁酒店\n存在火灾隐患:\n1.火灾报警器故障未消除;\n2.疏散指示灯破损。\n02\n"
        "建筑(单位)名称:\n黄石华力锻压机床有限公司\n存在火灾隐患:\n部分灭火器钢瓶过期。\n03\n建筑(单位)名称:\n黄石市农产品大楼\n"
        "存在火灾隐患:\n1.部分安全出口标志损坏;\n2.防烟楼梯间前室有杂物堆放;\n3.部分常闭式防火门闭门器脱落。\n04\n"
        "建筑(单位)名称:\n铁山区程达保温塑料厂\n存在火灾隐患:\n1.一处安全出口被遮挡;\n2.室内消火栓管径不符合规范;\n"
        "3.一处室内消火栓被遮挡;\n4.电气线路敷设不符合规范要求。\n05\n建筑(单位)名称:\n黄石金誉制衣有限公司\n存在火灾隐患:\n"
        "1.部分疏散指示标志损坏;\n2.部分室内消火栓被遮挡。\n06\n建筑(单位)名称:\n阳新县炆锦鸿全屋定制厂\n存在火灾隐患:\n"
        "1.办公室、喷漆房违规使用泡沫彩钢板搭建;\n2.厂房内疏散通道堆放货物影响疏散。\n隐患险于明火\n防范胜于救灾\n"
        "社会单位需要认真落实消防法律法规\n不断增强安全责任意识和风险意识\n做到火灾隐患自查自改\n若您在日常生活中\n"
        "发现火灾隐患和消防安全违法行为\n请拿起手中的电话拨打\n12345\n对身边的火灾隐患说不!\n(来源:黄石日报)\n【编辑:张靖】",
    "laohekouzx_hubei_fire_exposure_city_headings_six_units":
        "为全面做好秋冬季火灾防控工作,有效预防和遏制各类火灾事故发生,连日来,湖北省消防救援总队统一部署,各地消防部门重拳出击,全面"
        "组织开展常态化火灾隐患媒体集中曝光行动。希望通过集中公布和曝光,督促单位和场所对火灾隐患进行整改,树牢群众消防安全理念,确保"
        "社会面消防安全。\n湖北恩施\n火灾隐患单位:\n恩施巴东县盛世豪门娱乐有限公司(盛世豪门KTV)\n存在问题:\n1、“火灾自动报警系统"
        "尚未完工;\n2、内走道未设置机械排烟系统,不具备防火灭火功能”等火灾隐患。\n湖北鄂州\n火灾隐患单位:\n鄂州市梁子湖区沼山镇第一"
        "双语艺术幼儿园\n存在问题:\n新教学楼未设置灭火器,报警主机打印机故障。\n火灾隐患单位:\n鄂州市梁子湖区悦康制衣厂\n存在问题:\n"
        "占用疏散通道。\n火灾隐患单位:\n鄂州市梁子湖区长岭宏达网吧\n存在问题:\n火灾自动报警系统报警逻辑为“一点联动”应改为“两点联动”。"
        "\n火灾隐患单位:\n湖北成大服装有限公司\n存在问题:\n存在问题防火检查、巡查记录不规范,控制室无值班记录。\n湖北襄阳\n"
        "火灾隐患单位:\n襄阳市老河口市五福楼食品店\n存在问题:\n1、店内存在违规住人现象;\n2、店内电器线路敷设不符合要求;\n"
        "3、通往二楼疏散楼梯上堆放杂物。\n特别提示:\n“”投诉举报热线是由消防部门安排专人值守,消防部门接到市民的投诉举报后会针对其内容"
        "进行认真细致查证,严格依法查处,并将查处结果及时反馈给举报人。\n来源:湖北消防、恩施消防、鄂州消防、襄阳消防\n"
        "喜欢此内容的人还喜欢\n原标题:《“”消防宣传月湖北各市(州)消防部门集中曝光火灾隐患》",
    "zgxue_sanjie_town_safety_check_15_hazards":
        "3月3日下午,三界镇安全生产工作负责人刘虎成副镇长、党委委员王秀标、马永胜、派出所姚启鸿所长等相关单位负责人对辖区内企业及"
        "加油站开展安全生产大检查。\n此次检查主要是检查镇内多家企业以及加油站、液化气站点,烟花爆竹经营场所等存在安全隐患的单位,通过"
        "检查共排查安全隐患15条,其中包括电线外露、安全通道不畅等等问题,针对以上问题,镇领导责令存在问题发企业单位立即进行整改,尽快"
        "完善设备设施,消除安全隐患,保障全镇人民生产生活安全,尤其是确保“全国人民代表大会和中国人民政治协商会议”期间安全生产形势稳定。",
    "zhld_zhoukou_province_duty_checks_7_matters_1_done":
        "本报讯 (记者 宋馨) 11月24日至25日,省政府懒政怠政为官不为督导组对我市关于省政府交办的第二批懒政怠政为官不为重点督查事项的"
        "落实整改情况进行督查暗访。市委常委、常务副市长刘保仓,副市长、市公安局局长王平出席反馈会。\n10月25日,省政府办公厅共交办我市"
        "第二批懒政怠政为官不为重点督查事项房产交易中群众“办事难”问题”、沈丘念慈医院(沈丘念慈护理院)养老产业综合服务园建设项目、"
        "一村一警警务战略、巩固交通运输执法体制改革成果等7项。接到通知后,我市高度重视,立即组织召开专题会议,传达贯彻省政府督查通知"
        "精神,对省政府交办我市的7项重点督查事项进行具体安排,明确责任单位、完成时限,逐一制订整改方案,由市政府督查室统一督查。截至"
        "10月份,省政府交办的7个督查事项已整改到位1项、基本到位2项,其余正在认真积极整改之中。\n反馈会上,督导对我市第二批懒政怠政"
        "为官不为重点督查事项工作开展情况给予肯定,并对存在的问题提出要求。刘保仓表示,对于督导组暗访过程中反映出来的问题,市委、市政府"
        "将高度重视,并召开专题会议研究,采取专门的措施解决存在的问题。各相关部门要进一步落实责任,针对问题的不同特点采取具体措施,尽快"
        "扭转被动局面,同时要按照这次暗访督查的要求拿出整改意见,进一步加快工程进度。市政府督查室、市纠风办等单位要联合行动,加强对7个"
        "督查事项的督查,特别是督导组提出的问题要严格落实,督查情况要定期向市政府报告,确保抓紧抓好。",
    "hkwb_haikou_fire_exposure_eight_bodies_one_sentence":
        "近日,海口市消防救援支队在全市开展第三十一批消防安全隐患曝光行动,8家单位被曝光。此次行动旨在持续推动火灾隐患曝光工作,借助"
        "舆论与社会监督,形成高压震慑,促进隐患整改。\n市消防救援支队在监督检查中发现,海口市自来水公司秀英三号宿舍、海南兴鹏物业服务"
        "有限公司(华侨之家)、海口金盛元物业服务有限公司(金盛元小区)、山西今泰恒信物业管理有限公司海南分公司(美舍嘉苑二期)、海南海秀天城"
        "物业服务有限公司(海秀天成小区)、海口小旺贸易有限公司、海南恩祥商业管理有限公司(西海岸王府井生活广场)等8家单位,存在消防设施"
        "设备未保持完好有效、电动自行车停放区域未设置消防设施等消防安全隐患问题。\n针对检查中发现的问题,市消防救援支队责令相关单位立即"
        "整改,消除隐患。\n·凡注明来源为“海口网”的所有文字、图片、音视频、美术设计等作品,版权均属海口网所有。未经本网书面授权,不得进行"
        "一切形式的下载、转载或建立镜像。\n·凡注明为其它来源的信息,均转载自其它媒体,转载目的在于传递更多信息,并不代表本网赞同其观点"
        "和对其真实性负责。\n网络内容从业人员违法违规行为举报邮箱:jb66822333@126.com",
    "haiaier_yishui_town_fire_check_28_firms_kinds_trad":
        "本網(wǎng)訊 近日,沂水縣黃山鋪鎮(zhèn)組織檢查小組深入企業(yè)持續(xù)開展為期一周的安全生產(chǎn)消防大檢查活動。對轄區(qū)28家"
        "企業(yè)和場所進行了檢查,發(fā)現(xiàn)了一批安全隱患和問題,並督促整改。\n此次檢查表明,各企業(yè)單位對安全生產(chǎn)消防工作高度"
        "重視,開展安全生產(chǎn)消防大檢查工作措施有力、效果明顯,安全生產(chǎn)情況總體較好。但檢查也發(fā)現(xiàn),一些企業(yè)還存在安全培訓(xùn)"
        "力度不夠,安全意識淡薄情況,且自查發(fā)現(xiàn)隱患能力不足,違規(guī)用火用電現(xiàn)象比較普遍,設(shè)備設(shè)施尤其是特種設(shè)備、消防設(shè)施"
        "定期維護(hù)保養(yǎng)管理不足等問題。\n該鎮(zhèn)檢查人員將對發(fā)現(xiàn)的隱患要求加強(qiáng)隱患整改情況進行跟蹤檢查,確保整改到位。 |",
}

URLS = {
    "pingli_jul20_duty_patrol_seven_items_measures_units_cut": "https://www.pingli.gov.cn/Content-1107719.html",
    "lylmmw_six_cities_ducha_201704_two_headings_clauses_cut":
        "http://lylmmw.com/html/ztzllctcgjwmlctcbgt..jbzq201709t20170918_414844.html",
    "tongshan1_civilization_ducha_31st_places_own_lines_cut": "https://ts.tongshan1.cn/p/131353.html",
    "wenmijiayuan_masked_district_chuangcheng_body_headings_cut": "https://wenmijiayuan.com/doc/27873.html",
    "meishi_u0y_huangshi_fire_exposure_six_cards": "http://m.meishi.u0y.com/zonghe/2023/0604/12583.html",
    "laohekouzx_hubei_fire_exposure_city_headings_six_units": "http://bbs.laohekouzx.com/archiver/showtopic-7910.aspx",
    "zgxue_sanjie_town_safety_check_15_hazards": "https://m.zgxue.com/dongshi/rvdrs/G6rEEdzGPY",
    "zhld_zhoukou_province_duty_checks_7_matters_1_done": "http://www.zhld.com/zkrb/html/2016-11/28/content_6900317.htm",
    "hkwb_haikou_fire_exposure_eight_bodies_one_sentence": "http://hkwb.net/news/content/2025-03/21/content_4320299.htm",
    "haiaier_yishui_town_fire_check_28_firms_kinds_trad": "http://www.haiaier.cn/news/jiceng/2019-05-27/43145.html",
}


# pingli: numbered items '1、…' (number and final '。' stripped, R86), one '整改措施:' line each (R96: 1); units the bodies
# after '由' (R104), '包片单位' dropped as a role (blind23)
_PL = TEXT["pingli_jul20_duty_patrol_seven_items_measures_units_cut"]
_PL_UNITS = {1: ["联通公司"], 2: ["县环卫站"], 3: ["林业局", "广电网络公司", "移动公司", "联通公司", "电信局", "电力局"],
             4: ["住建局"], 5: ["县环卫站"], 6: ["计生局"], 7: ["县林业局"]}
PINGLI = [_p(int(m.group(1)), m.group(2).rstrip("。"), units=_PL_UNITS[int(m.group(1))], measures=1)
          for m in re.finditer(r"^(\d)、(.*)$", _PL, re.M)]

# lylmmw: one problem per ';' clause under each '(n)…方面' heading (R10), category the heading without '(一)' (R79)
_LY = TEXT["lylmmw_six_cities_ducha_201704_two_headings_clauses_cut"]
LYLMMW = []
for _cat, _nxt in (("环境卫生方面", "(二)"), ("治堵保畅方面", "(三)")):
    _body = between(_LY, _cat + "\n\n", "\n\n    " + _nxt).strip().rstrip("。")
    LYLMMW += [_p(None, c, _cat) for c in _body.split(";")]

# tongshan1: one problem per place (R11), title the place and its '(n)' findings joined (R89, NEW), category the nearest
# heading ('城市社区' / '行政村'), seq the place number (restarting under '行政村', R75)
_TS = TEXT["tongshan1_civilization_ducha_31st_places_own_lines_cut"]
TONGSHAN = []
for _cat, _sec in (("城市社区", between(_TS, "(一)、城市社区\n\n", "\n\n(二)、")), ("行政村", _TS.split("(二)、行政村\n\n")[1])):
    for _m in re.finditer(r"^(\d)、(.+?)(?=\n\n\d、|\Z)", _sec, re.M | re.S):
        TONGSHAN.append(_p(int(_m.group(1)), _m.group(2).replace("\n", "").rstrip("。;"), _cat))

# wenmijiayuan: body headings (R82); one sentence each under 乡镇/社区 (seq null), 一是-五是 under 中小学校及周边 (R76a)
_WM = TEXT["wenmijiayuan_masked_district_chuangcheng_body_headings_cut"]
_WM_SCHOOL = _WM.split("3.中小学校及周边\n")[1]
WENMI = [_p(None, between(_WM, "1.乡镇\n", "。"), "乡镇"), _p(None, between(_WM, "2.社区\n", "。"), "社区")]
WENMI += [_p(i, s.rstrip("。"), "中小学校及周边")
          for i, s in enumerate(re.split(r"[一二三四五]是", _WM_SCHOOL)[1:], 1)]

# meishi: one problem per card (R10), seq the card number (R75), title the field's lines joined (R89), unit the name
_MS = TEXT["meishi_u0y_huangshi_fire_exposure_six_cards"]
MEISHI = [_p(int(m.group(1)), m.group(3).replace("\n", "").rstrip("。"), units=[m.group(2)])
          for m in re.finditer(r"^(0\d)\n建筑\(单位\)名称:\n([^\n]+)\n存在火灾隐患:\n(.*?)(?=\n0\d\n|\n隐患险于明火)", _MS,
                               re.M | re.S)]

# laohekouzx: one problem per unit card (R10, R12), category the city heading above (R82), seq null (no number)
_LH = TEXT["laohekouzx_hubei_fire_exposure_city_headings_six_units"]
LAOHEKOU = []
_city = None
for _blk in re.split(r"\n(?=湖北恩施\n|湖北鄂州\n|湖北襄阳\n|火灾隐患单位:\n)", _LH.split("\n特别提示")[0])[1:]:
    if not _blk.startswith("火灾隐患单位"):
        _city = _blk.strip()
        continue
    _unit = between(_blk, "火灾隐患单位:\n", "\n")
    LAOHEKOU.append(_p(None, _blk.split("存在问题:\n", 1)[1].replace("\n", "").rstrip("。"), _city, [_unit]))

DOCS = {
    "pingli_jul20_duty_patrol_seven_items_measures_units_cut": dict(
        excerpt=True,
        genre="2-like findings of a check, numbered, each with an answering line: a 县 portal's 值周 市容 巡查 通报 "
              "(title, portal chrome, a lead whose date lost 月/日 '720,'), items '1、…' each followed by '整改措施:由<unit>…'; "
              "cut in the closing sentence",
        kind=None, title="7月20日市容环境综合整治情况的通报", issuer=None, report_date="2015-07-20",
        inspection=ins(None, None, "2015-07-20", "2015-07-20"), headline=head(), problems=PINGLI,
        anomalies=["A check's results (R29): kind null; title the page's title line; report date the portal's "
                   "'发布时间:2015-07-20' (R40).",
                   "The lead's '720,' lost 月 and 日; read as 7月20日 with the title (R61 with context, as blind23 '118,'): "
                   "start = end 2015-07-20, year from the page date (R58).",
                   "Inspector null: '值周副县长周建伟带领值周责任单位县卫生局和县双创办、…负责人' is a person leading a group of "
                   "units, no single body checks (blind23 nov8 named '县双创办' as the subject; here it is one of several).",
                   "Seven problems seq 1-7 (R75), titled by the item line without its number and '。' (R86); items 1 and 6 keep "
                   "their place label '…片区:' (as blind16 vcity keeps '<place>:').",
                   "Each '整改措施:' line is one undivided answer: measure_count 1 (R96, blind23), item 1's ';' included; status "
                   "null (no done word, R95).",
                   "Units after '由' (R104) without the role '包片单位' (blind23): item 3 '林业局' (牵头) and the five bodies "
                   "'广电网络公司、移动公司、联通公司、电信局、电力局' it leads (R101 split on '、'); item 7 '县林业局' as printed "
                   "(item 3 prints '林业局').",
                   "Cut in the closing sentence ('县双创办和值周'): excerpt true; the list is whole."]),
    "lylmmw_six_cities_ducha_201704_two_headings_clauses_cut": dict(
        excerpt=True,
        genre="2-like findings of a check under aspect headings: a city site's '六城同创' 督查通报 (Flash notice, breadcrumbs, "
              "title with issue number, a spaced '督 查 通 报' heading), '一、存在的问题' with '(一)环境卫生方面' and "
              "'(二)治堵保畅方面' paragraphs of ';' clauses, '(三)' a table reference, then requirements; cut",
        # s24, lead: C35 — the issue number is dropped (was "督查通报(第201704期)"); not in C35's row, found by conv24.
        kind=None, title="督查通报", issuer=None, report_date="2017-09-18",
        inspection=ins("市“六城”同创指挥部办公室", None, "2017-09-13", "2017-09-15"), headline=head(), problems=LYLMMW,
        anomalies=["A check's results (R29): kind null; title the page's title line with its issue number (R34); report date "
                   "the portal's '发布时间:2017-09-18' (R40); '9月13日至9月15日' takes the page date's year (R58).",
                   "One problem per ';' clause (R10): 5 under '环境卫生方面', 2 under '治堵保畅方面' (category the heading without "
                   "'(一)', R79); the last clause's '。' dropped (R86); seq null (clauses carry no number, R78).",
                   "'(三)城区三办9月8日周大扫除情况统计表(见附' is a table reference cut in the store: no problem.",
                   "'各责任单位2017年9月25日前将以上问题整改情况报六创办' is the date to report on rectification, not a deadline "
                   "of the findings: deadline null; the requirements '二、下步工作要求' are no measures (R98); no units "
                   "('各责任单位' names none).",
                   "Inspected null (the city's districts); cut in the contact line: excerpt true.",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '督查通报(第201704期)'; supersedes 'with its issue number' above)."]),
    "tongshan1_civilization_ducha_31st_places_own_lines_cut": dict(
        excerpt=True,
        genre="2-like findings of a 创文 测评 per place: a WeChat-style copy of a county 文明创建督查通报 (第三十一期): a bracketed "
              "headline, a tally ('考察点位145个,共497条问题,…发现问题311条'), '一、通羊镇' / '(一)、城市社区' / '(二)、行政村', "
              "places '1、古塔社区' on their own lines with findings '(1)…;' on the lines below; cut in the eighth place",
        # s24, lead: C35 — the issue number is dropped (was "文明创建督查通报(第三十一期)"); found by conv24.
        kind=None, title="文明创建督查通报", issuer=None, report_date=None,
        inspection=ins(), headline=head(497), problems=TONGSHAN,
        anomalies=["A 测评 通报 (R29): kind null; title the bracketed name without the exhortation after it (R34); no date "
                   "line; '10月10日至15日' has no year: no dates (R60); no inspector named.",
                   "Headline 497: '共497条问题' covers the whole 测评; '发现问题311条' is the 乡镇 part (R65); 145/61 点位 are "
                   "places (R68); no done count.",
                   "(NEW) Places stand alone on a line with their findings '(1)…' on the lines below: one problem per place "
                   "(R11, blind16 vcity), titled by the place and its findings joined without line breaks (R89), the final "
                   "'。' dropped (R86); R88 (a heading alone → the heading) is not applied: a place name states no problem.",
                   "Category the nearest heading '城市社区' / '行政村' without '(一)、' (R79, R80), not the town '通羊镇'; seq the "
                   "place number, restarting at 1 under '行政村' (R75).",
                   "Place 5 '洋都社区' ends its second finding with ';' (printed so; stripped from the title end, R86); "
                   "place 8 '洋都村' is cut at '(6)无展示': "
                   "labelled as far as it goes (C14). No status, units or measures.",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '文明创建督查通报(第三十一期)')."]),
    "wenmijiayuan_masked_district_chuangcheng_body_headings_cut": dict(
        excerpt=True,
        genre="2 the problem section is not the first part: a 范文 site's masked ('XX市') 区 创城 督导检查 report: lead, "
              "'一、总体情况', '二、存在问题' with body headings '1.乡镇', '2.社区' (one '存在…' sentence each) and "
              "'3.中小学校及周边' (一是…五是); cut in the fifth",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区委宣传部联合督查绩效办"), headline=head(), problems=WENMI,
        anomalies=["A 督查 report (R29): kind null; no title line; '1月底' has no year: no dates (R60); 'XX市' mask kept (R2).",
                   "Inspector as printed, the two bodies joined by '联合' kept whole (R101's one-body exception spirit).",
                   "(NEW) Body headings '1.乡镇' and '2.社区' each stand over one '存在…问题' sentence: one problem each (R12), "
                   "titled by the sentence without '。' (R86, closing '问题' kept R87), category the heading (R82), seq null "
                   "(the number belongs to the heading, R78).",
                   "Under '3.中小学校及周边' each 一是-五是 is a problem, seq 1-5 (R76a), category the heading; the fifth is cut at "
                   "'部分学生没能完整背诵': labelled as far as it goes (C14).",
                   "The '一、总体情况' sentence naming weak aspects is no list (R19). No status, units or measures."]),
    "meishi_u0y_huangshi_fire_exposure_six_cards": dict(
        excerpt=False,
        genre="2-like several inspected bodies' problems on labelled cards: an aggregator's copy of a city paper's 火灾隐患 "
              "曝光 (slogan lead in short lines, cards '01'-'06': 建筑(单位)名称 / 存在火灾隐患: 1.2. or one line), slogans, "
              "source and editor lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("黄石市各级消防救援机构"), headline=head(), problems=MEISHI,
        anomalies=["One problem per card (R10), seq the card number ('01' → 1, R75); title the '存在火灾隐患:' lines joined (R89), "
                   "the inner '1.2.' kept, the final '。' dropped (R86); unit the card's name (R102); category null.",
                   "No status or measures (an exposure, R95/R97); kind null (R29); no title line (the headline '黄石这些单位被"
                   "曝光!' is a news headline, R34), no date; inspector as the lead names them; inspected null (six bodies)."]),
    "laohekouzx_hubei_fire_exposure_city_headings_six_units": dict(
        excerpt=False,
        genre="2-like several inspected bodies' problems under place headings: a forum archive copy of a provincial WeChat "
              "post: lead, city headings '湖北恩施' / '湖北鄂州' / '湖北襄阳', unit cards '火灾隐患单位:' / '存在问题:', a "
              "hotline note with a lost number, sources and the original title",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=LAOHEKOU,
        anomalies=["One problem per unit card (R10, R12): card 1's '1、“…;2、…”等火灾隐患' is one body's faults, titled by "
                   "the field joined (R89), inner quotes kept as printed; card 5's doubled '存在问题防火检查…' kept as printed "
                   "(R2).",
                   "Category the city heading above the card (R82); seq null (no number printed, R78); unit the card's name "
                   "(R102); no status or measures.",
                   "Inspector null: the posts of four 消防 bodies are gathered ('来源:湖北消防、恩施消防、鄂州消防、襄阳消防'); "
                   "'湖北省消防救援总队统一部署' deploys, it does not check. Kind null (R29); the '原标题' line is a news "
                   "headline (R34); the lost hotline number ('“”投诉举报热线') kept."]),
    "zgxue_sanjie_town_safety_check_15_hazards": dict(
        excerpt=False,
        genre="6 headline wordings: a 镇 安全生产 check news item: '通过检查共排查安全隐患15条,其中包括电线外露、安全通道不畅"
              "等等问题', an order to rectify",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(15), problems=[],
        anomalies=["Headline 15: hazards found by a check are problems (R66, C3); '责令…立即进行整改' is an order, no done count "
                   "(R72).",
                   "The kinds '电线外露、安全通道不畅等等问题' are no list (R19): problems [].",
                   "Inspector null: a group of named officials ('三界镇安全生产工作负责人刘虎成副镇长…等相关单位负责人'), no "
                   "body; '3月3日' has no year: no dates (R60); kind null (news, R30)."]),
    "zhld_zhoukou_province_duty_checks_7_matters_1_done": dict(
        excerpt=False,
        genre="5 figures only: a city paper's news of a provincial 督导组's 督查暗访 of seven 交办 督查事项: '7个督查事项已整改到位"
              "1项、基本到位2项,其余正在…整改之中', the matters named in one sentence ending '等7项'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("省政府懒政怠政为官不为督导组"), headline=head(7, 1), problems=[],
        anomalies=["(NEW) The 7 交办 重点督查事项 are the problems of this check (as R63 tasks of a 督察): headline 7/1, "
                   "'基本到位2项' is not done (R71).",
                   "The matters named in one sentence ending '等7项' are no list (R19): problems [].",
                   "Inspected null ('我市', R48); '11月24日至25日' and '10月25日' have no year: no dates (R60); kind null "
                   "(news, R30)."]),
    "hkwb_haikou_fire_exposure_eight_bodies_one_sentence": dict(
        excerpt=False,
        genre="6-like exposure news with no figure of problems: a city paper's item on a 消防 exposure naming eight bodies in "
              "one sentence with shared faults ('…等8家单位,存在…等消防安全隐患问题'), then copyright lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("海口市消防救援支队"), headline=head(), problems=[],
        anomalies=["(NEW) Eight bodies named together with shared faults ending '等消防安全隐患问题': no body's own faults are "
                   "stated (R12 needs each body's faults), the faults are kinds (R19): problems [].",
                   "'8家单位' are bodies, not problems (R68): no headline; '第三十一批' is a batch number.",
                   "No date, title or issuer; kind null (news, R30); copyright lines kept (R2)."]),
    "haiaier_yishui_town_fire_check_28_firms_kinds_trad": dict(
        excerpt=False,
        genre="6-like check news with no figure: a glossed traditional copy of a 镇 安全生产消防 check of 28 enterprises: "
              "'發現了一批安全隱患和問題', praise, faults as kinds ('…等問題'), a follow-up sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses kept as returned (R2).",
                   "'一批' is no count and 28 enterprises are bodies (R68): no headline; the faults of '一些企業' are kinds in "
                   "one sentence (R19): problems [].",
                   "Inspector null ('黃山鋪鎮組織檢查小組': an unnamed group of the town); no date; kind null (news, R30)."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "pingli_jul20_duty_patrol_seven_items_measures_units_cut": 7,
    "lylmmw_six_cities_ducha_201704_two_headings_clauses_cut": 7,
    "tongshan1_civilization_ducha_31st_places_own_lines_cut": 8,
    "wenmijiayuan_masked_district_chuangcheng_body_headings_cut": 7,
    "meishi_u0y_huangshi_fire_exposure_six_cards": 6,
    "laohekouzx_hubei_fire_exposure_city_headings_six_units": 6,
    "zgxue_sanjie_town_safety_check_15_hazards": 0,
    "zhld_zhoukou_province_duty_checks_7_matters_1_done": 0,
    "hkwb_haikou_fire_exposure_eight_bodies_one_sentence": 0,
    "haiaier_yishui_town_fire_check_28_firms_kinds_trad": 0,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by a different route than the reading above."""
    if stem.startswith("pingli"):
        return text.count("整改措施:")
    if stem.startswith("lylmmw"):
        part = text.split("一、存在的问题")[1].split("(三)")[0]
        return part.count(";") + len(re.findall(r"方面\n", part))
    if stem.startswith("tongshan1"):
        return len(re.findall(r"^\d、\S+(?:社区|村)$", text, re.M))
    if stem.startswith("wenmijiayuan"):
        part = text.split("二、存在问题")[1]
        return len(re.findall(r"^存在", part, re.M)) + len(re.findall(r"[一二三四五六七八九]是", part))
    if stem.startswith("meishi"):
        return text.count("存在火灾隐患:")
    if stem.startswith("laohekouzx"):
        return text.count("火灾隐患单位:")
    return 0


def recount_measures(stem: str, text: str) -> list:
    """pingli: one undivided '整改措施:' line per item (R96); elsewhere no answer (R97/R98)."""
    if stem.startswith("pingli"):
        return [len(re.findall(r"^\s*整改措施:", b, re.M)) for b in re.split(r"\n\d、", text)[1:]]
    return [0] * EXPECTED[stem]


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == recount_measures(stem, text), stem
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    check_doc(stem, d, text, report_forms=lambda y, m, dd: ())


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=41, urls=URLS)
    for stem in ("tongshan1_civilization_ducha_31st_places_own_lines_cut",):
        assert not any(p["title"].endswith(";") for p in DOCS[stem]["problems"]), stem


if __name__ == "__main__":
    main()
