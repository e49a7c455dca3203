"""Write the texts and truth files of tests/importer/real/blind20: a held-out batch of real 巡察/巡视/审计 rectification
bulletins of many kinds of body (county bureaus of transport, housing, agriculture, water, health and medical insurance;
a provincial high court twice; a ministry; a city bureau; a vocational school), labelled in session 17 by helper label25,
who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's
untouched parser (FIRST_RUN_blind20.txt) before anything else changed.

Schema and conventions as make_truths.py, make_truths_blind9.py … make_truths_blind19.py and make_truths_snippets20.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned (each
about the first 2,000 bytes of its page), copied as returned (JSON strings pasted into TEXTS below and decoded, so every
character is the store's: a court portal's '|' city menu, a 信息公开 metadata table pasted as '|' rows, a portal's indented
paragraphs and '页面: 字体: 对比度:' chrome, a title split over two lines). ``excerpt`` is true for the eleven pages cut
before their end and false for the one whose copy reaches its signature (hanbin). No url is in an earlier truth: every
"url" under /work/main/tests/importer and /work/shared/corpus, every url quoted in /work/main/tests/importer/real/tools/*.py
and in every other labeller's worktree /work/wt/label*/tests/importer/real (816 keys; host+path+query, scheme, 'www.' and
a trailing '/' dropped, percent-decoded, lower case) was collected and each new page's key was checked against them.

Queries (``pages`` corpus; 36 in all): 高校 党委 巡视整改进展情况的通报; 医院 党委 关于巡察整改进展情况的通报; 镇党委 关于巡察
整改情况的公告 问题 整改情况; 县教育局党组 关于县委巡察反馈意见整改落实情况的通报; 关于反馈问题的整改情况 问题一 整改情况 已整改
村党支部 巡察; 信用社 巡察整改进展情况 通报 银行党委; 人民法院党组 关于巡察整改进展情况的通报 2021; 街道党工委 巡察整改 集中
整改进展情况 公布 问题 整改; 检察院党组 巡察反馈意见整改情况 通报 1. 整改情况; 集团公司党委 关于巡察整改进展情况的通报 国有
企业; 卫健局党组 巡察整改 问题 整改情况 已完成整改 持续整改; 水利局 巡察反馈问题整改落实情况 公示; 巡察整改进展情况 整改状态:
已完成 整改情况:一是 问题; 学校党支部 巡察反馈问题整改情况公示 问题 整改措施 整改结果; 社区党委 巡察整改情况公示 反馈问题
整改落实情况 居民; 交通运输局党组 关于巡察整改进展情况的通报 反馈问题整改落实情况; 问题1: 整改情况: 完成情况:已完成 巡察反馈;
住建局党组 巡察整改情况 通报 1.关于 问题 整改情况; 乡党委 巡察整改 公示 反馈问题 已整改 正在整改 村级; 大学党委关于巡视整改
进展情况的通报 问题 整改 2019; 巡察整改进展情况 (一)关于 方面 1. 整改完成情况: 县委巡察组 镇; 巡察反馈意见整改情况 问题:
整改措施: 整改结果: 已整改到位 村委会; 农商银行党委 巡察整改进展情况的通报; 中学 党总支 关于县委巡察反馈问题整改情况的报告;
关于“”问题的整改情况 巡察整改进展 农业农村局党组 1.; 医保局 巡察整改情况 通报 已完成整改 问题清单; 人民医院党委关于巡察整改
情况的通报 整改落实情况 问题; 职业技术学院党委 巡视整改进展情况 公布 反馈问题; 巡察整改进展情况 问题: 整改进展: 已完成 村党
组织 镇党委 公开; 大学 巡视整改 问题清单 … 校内巡察整改情况公示; 公司党委关于巡察反馈意见整改情况的通报 (一) 1. 整改情况:;
检察院党组关于巡察整改进展情况的通报 现将巡察整改进展情况予以公布; 巡察反馈问题整改清单 公示 序号 问题 整改措施 责任人 完成
情况 已销号; 统计局党组 巡察整改情况的通报 问题 整改情况; 市场监督管理局党组 关于巡察整改进展情况的通报 一、 二、巡察反馈问题
整改落实情况; 供销社 巡察整改 进展情况 通报.
Figures: the 36 queries returned 288 result slots; 34 candidate bulletin/公示 pages among them were checked against the
known urls: 20 were known, 14 new (12 taken, see below). The known ones (茂租镇, 郊尾镇, 湖北
卫健委 spam copy, 叶塘镇, 莆田中院, 中山一院, 利州区法院, 惠济区 审批局, 杭州道街, 龙穴街道, 宿迁/株洲/台州 卫健委, 婺城 文旅体局,
郴州二院, 泸州中医院, 晋江 2021 学校, 盐城工学院 机械学院, 最高检, 广州住建局, 昆明 round summary). University, bank/信用社,
村/社区, procuratorate and SOE 通报 pages: none new in the store (the university and SOE queries return feedback-meeting news
only; the bank queries return unrelated regulation titles). The pages corpus is exhausted for those families. Twelve pages
were new; two more were the same 交通运输部 bulletin under two urls (stickemin.com and kygw.cn): the stickemin copy is kept.
A spam-host copy of a 广东 市卫生健康局 bulletin (envoykitchen.com) was new but cut inside its first category heading with no
figure; not taken.

Kinds: problems headed '问题N:' under a '1.关于“…”方面' sub-heading under a '(一)关于…方面' category, each answered by
'整改情况:一是…' and '完成情况:已完成' (hnhs_transport_bureau_wenti_labels_cut); '1.<heading>。<detail>' items under '(一)…方面'
with a '2.<heading>。' sub-heading over '①…' items, each answered by '整改完成情况:' (zhenba_housing_bureau_nested_circled_cut);
an audit 公示 naming its two problems in one ';' sentence after '分别是' and answering them in '1.'/'2.' lines, signed
(hanbin_water_audit_two_problems_signed); '1.关于“…”的问题' then '整改情况:一是…二是…' (yanjin_agriculture_guanyu_wenti_cut);
eight lead-only pages (problems [] and their figures/dates): a county 卫健局 with 38/35 problems and two inspection spans
(changle_health_bureau_two_spans_figures_cut), two provincial high courts (sichuan_high_court_city_menu_cut,
yunnan_high_court_lead_cut), a city 交通运输局 with '31项制度' (anqing_transport_rules_cut), a ministry
(ministry_transport_central_tour_cut), a city 交通运输局 portal with chrome (meizhou_transport_portal_chrome_cut), a county
医保局 with a two-line title and '16个' problems (cangyuan_medical_insurance_split_title_cut), a vocational school with 32
problems and 115 measures (jinjiang_vocational_school_figures_cut).

Problems: 7 (2+2+2+1), counted by hand and recounted in main() by regex on the text. Measures counted twice: by reading
(hnhs 3 '一是/二是/三是' and 1 undivided cut paragraph; zhenba 1 undivided paragraph and 1 for the cut '1.'; hanbin 1 and 1,
the '1.'/'2.' lines that answer the two problems one by one (blind13's rule); yanjin 2, '一是' and the cut '二是') and by a
regex recount of the markers in each answer (main()); they agree.

Judgement calls (each is also in the truth's anomalies):
- hnhs: the problem is the '问题N:' line (seq N, its text after ':' without the final '。'); the category is the nearest
  heading above it, the '1.关于“乱发滥补现象仍未禁绝”方面' sub-heading without its number (blind11's rule: the nearest
  sub-heading is the category), kept with its '关于“…”方面' wording since it is a heading, not a problem wrapper;
  '完成情况:已完成' → done; problem 2 is cut inside its 整改情况 (no 完成情况): status null, 1 measure (the undivided part
  present). '巡察反馈的4个方面37个问题,已整改完成34个' → problems_total 37, problems_done 34 ('阶段性完成整改3个' not done).
  No title line and no signature: title, issuer and report_date null ('截至2025年6月30日' is a status date).
- zhenba: '1.职能履行不到位。“4111”…不够有力。' runs its heading into its detail on one line: the whole statement is the title
  (SETTLED in session 15). '2.巡视巡察、审计等反馈问题整改不到位。' stands alone on its line with a '①' item under it that has
  its own '整改完成情况:': 2. is a sub-heading (category, without its number and '。') and '①' is the problem (seq 1), as
  blind11's '(2)住房安全方面。'/'①'. '整改完成情况:' reports actions ('已抽调五名同志', '已于…将所') without saying the problem
  is solved: status null. The '1.' inside ①'s answer is a measure marker (cut after it): 1. '2个方面细化分解了10个问题,已完成
  5个' → 10 / 5. '12月23日' takes 2021 from the period. Inspected '住建局党组' as printed.
- hanbin: a 信息公开 table pasted as '|' rows, then a signed 公示 of an audit (审计 is in issue 10's scope): the two problems
  are the clauses after '分别是' split at ';' (seq null: not numbered; final '。' dropped); '反馈问题均已整改完毕' → done for
  both and headline 2/2 ('牵头整改2个'); the 1./2. lines answer the problems one by one: 1 measure each; '由区水利局牵头整改'
  names the issuer leading, not a '(责任单位:…)': no unit; signature '汉滨区水利局 2020年12月23日' → issuer and report_date
  (the table's '成文日期: 2020年12月16日' is not the signature); inspector '陕西省审计厅', inspected '汉滨区'; '2020年' only: no
  period.
- yanjin: '1.关于“政治理论学习跟进不够及时”的问题' → title without the wrapper; category the section '二、巡察反馈意见整改落实
  情况' (the only heading above it); 2 measures ('一是', '二是' cut); status null. The page's '发布时间:2025-02-26' is the
  report_date (no signature; snippets15's SETTLED rule); '10月24日' takes 2024 from the period; inspected as the feedback
  sentence names it, '中共延津县农业农村局党组' ('我单位' in the period sentence).
- changle: two periods '2022年3月17日至3月22日、5月5日至7月12日' → start the first day (2022-03-17), end the last
  (2022-07-12); '9月15日' → 2022-09-15; '3个方面14项共38个问题' → 38, '已完成整改问题35个' → 35 ('基本完成1个' not done);
  '213名(217人次)' are people, not a figure.
- sichuan court: the '|' city menu is site chrome; the title line is printed twice (a page title, then the body's two-line
  heading): title and issuer from the first; '2022-09-02 08:57:04' page date → report_date; no period.
- anqing: '先后制定、完善31项制度' → rules_made 31; inspected '安庆市交通运输局' (the period sentence), feedback '9月11日' →
  2024-09-11. The cut '(一)贯彻落实党的路线方针' heading has no problem under it in the text: problems [].
- ministry: the title is only in the url: title null; '(以下简称部党组)' kept in inspected ('交通运输部党组').
- meizhou: title and issuer from the portal's title line; '时间:2023-02-09 18:18:56' → report_date.
- cangyuan: the title is split over two lines ('…关于第十四届' / '县委机动巡察整改进展情况的通报'): joined; '共发现反馈各类问题
  16个' → problems_total 16.
- jinjiang: '巡察反馈的32个问题' → 32; '115条整改措施' → measures_total 115 (planned measures, as blind9's '整改措施'
  totals).
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, head, ins, prob, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind20"

TEXTS = {
    'hnhs_transport_bureau_wenti_labels_cut': r'''"根据区委统一部署,2024年9月6日至11月20日,区委第三巡察组对区交通运输局党组开展了巡察。2025年1月7日,巡察组向区交通运输局党组反馈了巡察意见,提出了整改建议。按照巡察工作有关要求,现将巡察整改进展情况报告如下。\n一、组织整改落实情况\n抓好巡察整改是重要政治责任,巡察整改意见反馈后,区交通运输局党组第一时间扛起主体责任,召开专题会议部署整改工作,明确责任领导、具体责任人,细化整改措施并设定刚性时限。党组书记陈学文坚决扛牢巡察整改第一责任人责任,整改中坚持问题导向,将短期整改与长效建设结合,针对反馈问题逐项制定整改方案,建立动态台账,实行销号管理,完成一项、销号一项。同时聚焦共性问题建章立制,完善制度体系,形成用制度管权、按制度办事的长效机制,确保整改不走过场。\n截至2025年6月30日,巡察反馈的4个方面37个问题,已整改完成34个(含立行立改问题2个),阶段性完成整改3个。\n二、集中整改期内整改进展情况\n(一)关于上轮巡察反馈问题整改不彻底,个别整改问题反弹回潮方面\n1.关于“乱发滥补现象仍未禁绝”方面\n问题1:无依据发放各类津补贴和春节慰问费。\n整改情况:一是立行立改,于2024年11月清查追回违规发放的津补贴和春节慰问费,共计54410元。二是2025年3月组织相关人员学习津补贴发放政策,明确发放依据和标准。三是2025年3月健全了《益阳市赫山区交通运输局财务制度》,严格审批流程。\n完成情况:已完成\n2.关于“国有资产移交不彻底”方面\n问题2:槐奇岭治超站移交不实。\n整改情况:2025年6月13日,区交通运输局党组副书记、副局长胡志云、区公路建设养护中心党组成员、副主任刘立强在区交通运输局机关会议室,组织召开槐奇岭治超站固定资产移交不实问题整"''',
    'zhenba_housing_bureau_nested_circled_cut': r'''"根据县委统一部署,2021年10月15日至11月25日,县委经济发展领域作风建设专项巡察二组对住建局党组进行了巡察,12月23日反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、强化责任担当,积极整改落实。\n巡察组反馈意见后,住建局党组高度重视,立即召开专题会议,成立县委经济发展领域作风建设专项巡察反馈意见整改工作领导小组,认真学习《县委经济发展领域作风建设专项巡察二组关于对县住建局巡察情况的反馈意见》,对巡察组反馈的问题照单全收,局党组深刻反思问题存在的根源,制定了《县住建局关于落实县委经济发展领域作风建设专项巡察反馈意见的整改方案》,建立整改台账,采取对账销号制度,解决一个、销号一个、巩固一个,迅速整改,确保效果。\n二、县委巡察组反馈意见整改落实情况。\n截止目前,整改工作取得积极进展。住建局党组根据巡察反馈的2个方面细化分解了10个问题,已完成5个,正在整改5个,持续性开展的整改措施均取得了阶段性成效。\n(一)党组(党委)落实政治责任方面\n1.职能履行不到位。“4111”工作专班力量薄弱,推进工作缓慢,协调、督办措施不够有力。\n整改完成情况:2022年1月已抽调五名同志充实到县“四改一拆一通一落地”办公室开展工作。\n2.巡视巡察、审计等反馈问题整改不到位。\n①审计反馈问题整改不到位。汉审〔2020〕5号文件指出的欠缴人防易地建设费、未完成上级下达的本县人防工程建设任务等问题未整改到位,陕西圣唐置业有限公司(县商业中心)欠缴人防易地建设费,仍未缴款到位;“十三五”上级下达我县1万平方米的人防工程建设任务,截至巡察,仅建成巴山广场地下室人防工程2000平方米。\n整改完成情况:1.县城投公司已于2022年3月11日将所"''',
    'hanbin_water_audit_two_problems_signed': r'''"文件名称 | 汉滨区水利局秦岭生态环境保护审计反馈问题整改完成情况公示 | ||\n索引号 | /2020-0000 | 公开目录: | 通知公告 |\n公开责任部门 | 公开形式: | 主动公开 | |\n文号 | 成文日期: | 2020年12月16日 | |\n有效性 | 有效 | 公开日期: | 2020-12-23 14:33 |\n2020年陕西省审计厅对汉滨区秦岭生态环境保护进行审计,反馈问题由区水利局牵头整改2个,分别是汉滨区未对全区37个规模较大的镇级水源地设置标识牌、界牌界桩和网围栏;建民街道办事处红莲村区域汉江内有14艘吸砂船未运走,影响河道行洪。经多方配合,采取强力措施,反馈问题均已整改完毕。现公示如下:\n1.全区37个规模较大的镇级水源地标识牌、界牌界桩和网围栏等设施已安装到位(见后附图)。\n2.建民街道办事处红莲村区域汉江内14艘吸砂船已全部吊装上岸,并运离河道(见后附图)。\n附件:整改印证图片\n汉滨区水利局\n2020年12月23日"''',
    'yanjin_agriculture_guanyu_wenti_cut': r'''"中共延津县农业农村局党组关于落实县委巡察反馈意见整改情况的报告\n来源:延津县农业农村局 发布时间:2025-02-26 16:48:14 浏览量:4454 字号:\n\n根据县委统一部署,2024年8月18日至9月14日,县委第二巡察组对我单位进行了巡察。10月24日,巡察组向中共延津县农业农村局党组反馈了巡察意见。根据有关规定和要求,现将巡察整改情况报告如下:\n\n一、党组及主要负责人组织整改落实情况\n\n农业农村局党组坚持把巡察整改作为重大政治任务,深刻认识其重要性和紧迫性,通过党组召开专题会议,深入学习相关讲话与文件精神,统一思想认识,明晰整改的具体方向和要求。制定了详细的整改实施方案,并逐一明确了责任分工,确保每一项整改措施均有明确的责任人负责推进与监督,做到事事有人抓、件件有人管。在推进整改的过程中,我们始终坚持问题导向,紧扣关键环节,以钉钉子精神狠抓各项整改任务的落地见效。\n\n党组书记杨志刚同志坚决扛牢巡察整改第一责任人责任,全程督导巡察整改,确保措施精准高效执行。通过建立台账、明确责任、设定时间表及逐项销号管理,保证整改全面无遗漏。实践中,我们强化组织、深剖问题、严督实效、构建长效。这些举措使巡察整改取得显著成效,为今后的农业农村事业的高质量发展提供了坚强保障。\n\n二、巡察反馈意见整改落实情况\n\n1.关于“政治理论学习跟进不够及时”的问题\n\n整改情况:一是2024年11月22日召开高标准农田建设专题民主生活会,会上党组成员深入学习习近平总书记关于“三农”工作重要论述和全面推动黄河流域生态保护和高质量发展的重要讲话精神,确保每位党组成员能深刻领会政策导向与实践要求。二是为巩固学习成果,我局于2024年11月25日修订并发布了《政治理论学习制"''',
    'changle_health_bureau_two_spans_figures_cut': r'''"根据区委巡察工作的统一部署,2022年3月17日至3月22日、5月5日至7月12日,区委巡察四组对区卫健局党组开展了巡察。9月15日,区委巡察四组向区卫健局党组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n此次巡察工作,指出了我局3个方面14项共38个问题,提出针对性的整改意见。我局党组高度重视,迅速行动,坚持问题导向,针对反馈的问题逐个研究,逐条制定整改措施,针对反馈的问题,已完成整改问题35个,基本完成1个,未完成2个,已对213名(217人次)相关人员进行处理,涉及科级干部1人,其中,立案处理13人,诫勉谈话24人,谈话提醒124人,批评教育7人,责令检查49人。\n一、精心部署全面抓好整改落实工作\n(一)统一思想,提高站位。9月15日巡察反馈会后,局党组立即围绕巡察反馈意见和区委巡察有关要求进行了专题学习讨论,并就做好巡察整改工作进行了研究部署。局党组认为,区委巡察四组的反馈意见,实事求是、严肃中肯地指出了巡察发现的问题,提出了针对性、指导性、操作性很强的整改建议,为局党组进一步强化党的领导,加强党的建设,履行好管党治党和全面从严治党责任明确了努力方向。对区委巡察四组反馈意见指出的问题和提出的意见建议,局党组高度重视,完全接受,直面问题不足,深入反思检查,以坚决的态度、有效的办法、果断的措施,不折不扣地把巡察整改作为一项重大的政治任务抓紧抓好。\n(二)加强领导,压实责任。局党组切实承担起巡察整改主体责任,成立巡察整改工作领导小组,局党组书记、局长任组长,局领导班子成员任副组长,成员由局机关各科室、各医疗卫生健康单位负责人组成,下设办公室负责巡察整改的督查落实。局党组书记认真履行巡察整改第一责任人职责,先后"''',
    'sichuan_high_court_city_menu_cut': r'''"成都\n|\n绵阳\n|\n德阳\n|\n南充\n|\n乐山\n|\n宜宾\n|\n泸州\n|\n自贡\n|\n内江\n|\n广元\n|\n遂宁\n|\n广安\n|\n达州\n|\n眉山\n|\n资阳\n|\n雅安\n|\n巴中\n|\n攀枝花\n|\n凉山\n甘孜\n|\n阿坝\n|\n您所在的位置:首页>法院在线>新闻详情\n中共四川省高级人民法院党组关于落实省委第五巡视组巡视反馈意见整改落实情况的通报\n2022-09-02 08:57:04 来源:省高院 编辑:王水晶\n\n中共四川省高级人民法院党组\n\n关于落实省委第五巡视组巡视反馈意见整改落实情况的通报\n\n\n根据省委统一部署,省委第五巡视组对省法院党组进行了巡视,2021年12月30日,省委巡视组向省法院党组反馈了巡视意见。按照巡视工作有关要求,现将整改落实情况予以公布。\n\n\n\n一、坚决贯彻中央、省委要求,把巡视整改作为一项重大政治任务抓紧抓好\n\n\n\n省委第五巡视组反馈的巡视意见,体现了省委对省法院党组的严格要求,也饱含着省委对省法院党组的殷切期待。省法院党组坚持在政治立场、政治方向、政治原则、政治道路上同党中央保持高度一致,认真贯彻全面从严治党要求,把巡视整改作为检验“四个意识”的试金石,作为忠诚拥护“两个确立”、坚决做到“两个维护”的具体行动,作为当前及今后一个时期的重大政治任务抓紧抓牢。省法院党组书记王树江同志切实履行第一责任人职责,亲自部署、亲自研究、亲自督办,全程组织整改,力求巡视整改工作取得实效。\n\n\n(一)院党组把方向、管大局,核心领导作用凸显\n\n一是加强组织领导。省法院党组高度重视巡视整改工作,始终坚持以习近平总书记关于巡视工作的重要论述为遵循,以坚定的政治立场、明确的政治态度、过硬的政治素养纵深推进巡视整改工作。收到省委第五巡视组反馈意见后,通过召开党组会、巡视整改工作动员大会、党组理论学习中心组专题"''',
    'yunnan_high_court_lead_cut': r'''"根据省委统一安排部署,2020年3月26日至5月26日,省委第七巡视组对省高院党组开展了巡视。2020年7月16日,省委第七巡视组向省高院党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、切实提高政治站位,把巡视整改作为重大政治任务抓紧抓实\n省委巡视组对省高院党组开展巡视,是对省高院党组及全省法院各级党组织、党员领导干部的政治体检,体现了省委对全省法院工作的巨大支持、对全省法院广大干警的关心厚爱。省高院党组坚决贯彻习近平总书记关于巡视工作的重要指示精神、省委巡视工作要求,把巡视整改作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的政治检验,作为履行“两个责任”、营造风清气正良好政治生态的实际行动,精心组织、压实责任,立行立改、全面整改,从严从实做好巡视“后半篇文章”。\n一是强化政治担当,增强巡视整改政治自觉。坚持把学习贯彻习近平新时代中国特色社会主义思想、践行“两个维护”作为主线贯穿巡视整改全过程。召开巡视整改专题会议,深入学习习近平总书记关于巡视工作的重要指示精神、十届省委第十轮巡视情况汇报会精神,对巡视整改进行动员部署。召开院党组巡视整改专题民主生活会,班子成员按照“四个对照”“四个落实”要求,深入查摆问题、剖析思想根源、主动认领责任,严肃开展批评和自我批评。通过深入学习、广泛发动,党组班子、全院上下切实把思想和行动统一到习近平总书记重要指示精神上来,统一到省委关于巡视整改部署要求上来,增强了坚决贯彻党中央决策部署和省委工作要求、严肃抓好巡视整改的政治责任感。\n二是加强组织领导,扛起巡视整改主体责任。成立巡视整改工作领导小组,党组"''',
    'anqing_transport_rules_cut': r'''"根据市委统一部署,2024年4月28日至6月14日,市委第四巡察组对安庆市交通运输局开展了巡察。9月11日,市委第四巡察组向安庆市交通运输局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察整改进展情况予以公布:\n一、加强组织领导,坚决扛起巡察整改政治责任\n(一)深化工作认识,扛牢主体责任。局党组坚持把巡察整改作为落实全面从严治党主体责任的有力措施,作为推动改革发展工作的重要契机,切实担负起落实巡察整改的主体责任。第一时间成立由党组书记任组长,其他党组成员任副组长的整改工作领导小组,全面负责整改工作的组织、协调和督促检查。局党组和局属各单位党委召开巡察整改专题民主生活会,强化推进巡察整改的政治自觉、思想自觉、行动自觉。\n(二)坚持分类施策,从严从实整改。针对巡察反馈的问题,坚持“一题一策”制定整改方案,逐一明确整改措施、列出时间表、路线图、责任人,推动问题即知即改、应改尽改、真改实改。坚持治标与治本相结合,补短板、强弱项、抓落实,先后制定、完善31项制度,建立整改长效机制,从制度上遏制巡察反馈问题反弹回潮。\n(三)注重问题导向,强化跟踪问效。局党组书记牵头多次召开党组会、整改工作领导小组会议专题研究、调度巡察整改工作,带头领办重点难点问题,及时会商跟进,指导优化整改路径,同时督促党组其他成员落实整改责任。局分管领导对各自分管领域巡察整改工作坚持周调度,持续压实整改工作责任,共同推动整改任务落实。实行整改进展周报工作制,坚持清单化管理、项目化推进,做到整改完成一项、销号一项。\n二、坚持问题导向,扎实推进巡察整改任务落实\n(一)贯彻落实党的路线方针"''',
    'ministry_transport_central_tour_cut': r'''"根据中央统一部署,2022年4月6日至6月2日,中央第十二巡视组对交通运输部党组(以下简称部党组)开展了常规巡视。2022年7月19日,中央巡视组向部党组反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、党组履行巡视整改主体责任情况\n部党组坚持以习近平新时代中国特色社会主义思想为指引,深入学习贯彻党的二十大精神,深刻领悟“两个确立”的决定性意义,进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”,将切实履行巡视整改主体责任,狠抓巡视整改工作融入日常工作、融入深化改革、融入全面从严治党、融入班子队伍建设,扎实做好巡视“后半篇文章”,推动以巡促改、以巡促建、以巡促治。\n(一)认真履行巡视整改第一责任人责任。部主要负责同志对巡视整改负首责、负总责,自觉从本级、本人改起,部署重要工作、解决重大问题、推动重要环节、督办重要事件。担任部落实中央第九轮巡视工作领导小组组长,全流程参与,全过程把关,主持8次领导小组会议,提出“小切口破题”思路和“全覆盖、全提高、全见效”要求,建立工作机制,牵头制定整改方案。主动领办、直接落实习近平总书记指示批示的重点问题。与班子成员和各单位“一把手”开展集体谈话,建立责任落实体系和压力传导链条。坚决配合驻部纪检监察组履行巡视整改监督职责,主动接受驻部纪检监察组全方位监督。\n(二)领导班子成员认真落实“一岗双责”。把巡视整改作为分内之事、应尽之责,按照职责分工积极领办具体整改任务。在集中整改期间,深入基层开展调研,锚定巡视整改目标推动职责范围内整改任务落到实处。党组班子广泛开展调研,深入检视剖析,高标准召开巡视整改专题民主生活会,党组"''',
    'meizhou_transport_portal_chrome_cut': r'''"页面:\n    字体:\n    对比度:\n梅州市人民政府门户网站 梅州市交通运输局 政务公告 中共梅州市交通运输局党组关于巡察整改情况的通报\n当前位置:首页 > 政务公开 > 政府机构 > 市交通运输局 > 政务公告\n中共梅州市交通运输局党组关于巡察整改情况的通报\n来源:本网   时间:2023-02-09 18:18:56   浏览:-\n字号:\n\n  根据市委的统一部署,2022年3月8日至5月7日,市委第三巡察组对市交通运输局党组进行了巡察。2022年8月2日,市委巡察组向我局反馈了巡察意见。现将巡察整改情况予以公开。\n\n  一、强化责任担当,从严从实从快抓好巡察整改\n\n  (一)坚持凝聚共识、增强自觉。局党组对巡察反馈意见高度重视,诚恳接受,照单全收。巡察反馈后,我局党组先后召开6次局党组(扩大)会议、1次专题民主生活会、3次协调会、3次全市交通运输部门业务会研究、部署和推进整改落实工作,切实增强全局一盘棋抓整改的政治自觉、思想自觉和行动自觉,不折不扣推动整改任务落地见效。\n\n  (二)坚持高位推动、压实责任。专门成立落实市委巡察反馈意见整改工作领导小组,由局党组书记、局长任组长,局领导班子成员任副组长,各科室、局属各单位负责人为成员,并下设领导小组办公室,负责整改工作的统筹协调、跟踪调度、督促检查、情况报送等任务。局党组书记认真履行巡察整改第一责任人责任,对巡察整改的重要工作靠前部署、重要问题靠前过问、重要环节靠前协调、重要事项靠前督办。局领导班子成员认真履行“一岗双责”,带领分管科室、单位,对照整改方案逐条逐项抓好整改落实。\n\n  (三)坚持精心部署、从严落实。局党组书记多次主持召开会议,反复研究起草《中共梅州市交通运输局党组关于落实八届市委第一轮巡察反馈"''',
    'cangyuan_medical_insurance_split_title_cut': r'''"沧源佤族自治县医疗保障局党组关于第十四届\n县委机动巡察整改进展情况的通报\n根据县委统一部署,2025年3月14日至4月20日,县委机动巡察组对县医疗保障局党组进行了巡察。2025年5月21日,县委机动巡察组反馈了巡察意见。根据巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、县医疗保障局党组履行巡察整改主体责任情况\n(一)提高政治站位,扛实整改责任。县医疗保障局党组高度重视巡察整改工作,坚决扛实局党组主体责任、党组书记第一责任人责任、“一岗双责”责任,第一时间成立巡察整改工作专班,深入学习贯彻习近平总书记关于巡视工作重要论述、关于巡视整改和成果运用重要讲话指示批示精神,不断提高政治判断力、政治领悟力、政治执行力,坚持“两个确立”增强“四个意识”、坚定“四个自信”、做到“两个维护”。坚持把巡察反馈会议精神纳入重点学习内容,进一步统一思想,深刻认识,筑牢巡察整改工作思想基础。以巡察反馈“落实问题整改主体责任不严不实、贯彻落实上级重大决策部署不力、履行责任不到位,监管‘高举轻放’”等三个方面共发现反馈各类问题16个为导向,县医疗保障局先后召开行政班子及股室、中心负责人(扩大)会议4次,集中研讨分析问题产生的原因,细化整改措施,制定问题、任务、责任“三个清单”,高位推动问题整改。建立定期调度、听取整改落实情况的制度,确保问题真改实改、整改到位、改出成效。\n(二)推进整治工作长效化,确保取得实效。将医保基金管理使用专项整治与深入贯彻中央八项规定精神学习教育为契机,医保系统“强党建、守底线、严整治”专项行动一体部署、一体落实。在网络媒体、定点医药机构公布医保干部职工不正之风及腐败问题举报方"''',
    'jinjiang_vocational_school_figures_cut': r'''"根据市委巡察工作统一部署,2024年10月28日至12月19日,市委巡察一组对晋江职业中专学校党委开展了巡察,并于2025年2月24日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、强化主体责任,全面落实巡察整改工作\n(一)统一思想,提高政治站位\n市委巡察一组反馈巡察意见后,次日,学校党委迅速召开巡察整改专题会议,认真学习领会中央、省委、泉州市委、晋江市委对巡视巡察工作的相关精神和要求,研究部署巡察整改工作。3月3日召开党政联席会,进一步传达学习巡察反馈意见,提出巡察整改的工作要求,强调扎实做好巡察“后半篇文章”。3月4日再次召开党委(扩大)会,传达学习巡察整改培训会精神。通过再学习再部署,将整改作为践行“两个维护”、推进全面从严治党的核心政治任务,统一思想与行动,坚决扛起巡察整改主体责任,强化政治担当,提高政治觉悟。\n(二)加强领导,明确整改责任\n成立整改工作领导小组,由党委书记任组长,校长任副组长,其他副校长和党委委员为成员,下设办公室,由党委委员、副校长、纪检委员任主任,组织工作专班,集中力量开展工作。党委书记履行巡察整改第一责任人职责,亲自抓整改;校长和分管领导具体负责统筹及分管领域整改措施落实。建立周跟踪、周调度、台账登记、销号管理等巡察整改工作机制,确保整改有序推进。召开两次专题会议研究整改方案,4次修改;针对巡察反馈的32个问题,逐条梳理研究,逐项细化任务,并提出完整的115条整改措施,形成切实可行的整改方案,逐一明确责任领导、责任处室、责任人和整改时限,层层传导压力、压实责任,做到巡察整改问题全覆盖、零遗漏。对照整改方案建立工作台账,逐条督促进展情况,确保整改工"''',
}


DONE = "done"

DOCS = {
    "hnhs_transport_bureau_wenti_labels_cut": dict(
        url="http://www.hnhs.gov.cn/22557/22597/22569/content_2091501.html", excerpt=True,
        genre="a district 交通运输局党组's 巡察整改进展情况: '(一)关于…方面' category, '1.关于“…”方面' sub-heading, '问题N:' "
              "problem, '整改情况:一是…' and '完成情况:已完成'; cut inside problem 2's answer",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第三巡察组", "区交通运输局党组", "2024-09-06", "2024-11-20", "2025-01-07"),
        headline=head(37, 34),
        problems=[_p(1, "无依据发放各类津补贴和春节慰问费", "关于“乱发滥补现象仍未禁绝”方面", status=DONE, measures=3),
                  _p(2, "槐奇岭治超站移交不实", "关于“国有资产移交不彻底”方面", measures=1)],
        anomalies=["(NEW) Three levels: '(一)关于…方面' over '1.关于“…”方面' over '问题N:'. The problem is the '问题N:' line (seq N); "
                   "its category the nearest heading, the '1.'/'2.' sub-heading without its number (blind11's rule).",
                   "Problem 1: '整改情况:一是…二是…三是…' → 3 measures; '完成情况:已完成' → done.",
                   "Cut inside problem 2's 整改情况 (one undivided paragraph present: 1 measure; no 完成情况: status null).",
                   "'巡察反馈的4个方面37个问题,已整改完成34个(含立行立改问题2个),阶段性完成整改3个' → 37 / 34.",
                   "No title line, no signature, no page date: title, issuer, report_date null; '截至2025年6月30日' is a "
                   "status date."]),
    "zhenba_housing_bureau_nested_circled_cut": dict(
        url="https://zhenba.qinfeng.gov.cn/info/1015/10583.htm", excerpt=True,
        genre="a county 住建局党组's 巡察整改进展情况: '(一)…方面' category, '1.<heading>。<detail>' item, a '2.<heading>。' "
              "sub-heading over a '①<heading>。<detail>' item, each answered by '整改完成情况:'; cut in ①'s answer",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("县委经济发展领域作风建设专项巡察二组", "住建局党组", "2021-10-15", "2021-11-25", "2021-12-23"),
        headline=head(10, 5),
        problems=[_p(1, "职能履行不到位。“4111”工作专班力量薄弱,推进工作缓慢,协调、督办措施不够有力",
                     "党组(党委)落实政治责任方面", measures=1),
                  _p(1, "审计反馈问题整改不到位。汉审〔2020〕5号文件指出的欠缴人防易地建设费、未完成上级下达的本县人防工程建设"
                        "任务等问题未整改到位,陕西圣唐置业有限公司(县商业中心)欠缴人防易地建设费,仍未缴款到位;“十三五”上级下达"
                        "我县1万平方米的人防工程建设任务,截至巡察,仅建成巴山广场地下室人防工程2000平方米",
                     "巡视巡察、审计等反馈问题整改不到位", measures=1)],
        anomalies=["Item 1 runs its heading into its detail on one line: the whole statement is the title (SETTLED, session 15).",
                   "(NEW) '2.巡视巡察、审计等反馈问题整改不到位。' stands alone with '①' under it, and ① has its own "
                   "'整改完成情况:': 2. is a sub-heading (category) and ① the problem (seq 1), as blind11's '(2)…方面。'/'①'.",
                   "'整改完成情况:' reports actions ('已抽调五名同志', '已于2022年3月11日将所') without saying the problem is "
                   "solved: status null. Item 1's answer is one paragraph (1); ①'s is cut after its '1.' (1).",
                   "'根据巡察反馈的2个方面细化分解了10个问题,已完成5个,正在整改5个' → 10 / 5.",
                   "'12月23日' takes 2021 from the period. No title, signature or page date."]),
    "hanbin_water_audit_two_problems_signed": dict(
        url="https://www.hanbin.gov.cn/Content-2206751.html", excerpt=False,
        genre="a district 水利局's signed 审计反馈问题整改完成情况公示 after a 信息公开 table pasted as '|' rows: two problems in "
              "one ';' sentence after '分别是', answered by '1.'/'2.' lines; whole page",
        kind="bulletin", title="汉滨区水利局秦岭生态环境保护审计反馈问题整改完成情况公示", issuer="汉滨区水利局",
        report_date="2020-12-23", inspection=ins("陕西省审计厅", "汉滨区"), headline=head(2, 2),
        problems=[_p(None, "汉滨区未对全区37个规模较大的镇级水源地设置标识牌、界牌界桩和网围栏", status=DONE, measures=1),
                  _p(None, "建民街道办事处红莲村区域汉江内有14艘吸砂船未运走,影响河道行洪", status=DONE, measures=1)],
        anomalies=["Metadata table as '|' rows: the '文件名称' cell gives the title; '成文日期: 2020年12月16日' and '公开日期: "
                   "2020-12-23 14:33' are metadata; the signature '汉滨区水利局 / 2020年12月23日' gives issuer and report_date.",
                   "(NEW) The two problems are the clauses after '分别是' split at ';' (seq null, final '。' dropped); "
                   "'反馈问题均已整改完毕' → done for both; '牵头整改2个' → headline 2 / 2.",
                   "The '1.'/'2.' lines answer the two problems one by one (blind13's rule): 1 measure each.",
                   "'由区水利局牵头整改' is the issuer leading, not a '(责任单位:…)': no unit. An audit (审计), not a 巡察; "
                   "'2020年' only: no period."]),
    "yanjin_agriculture_guanyu_wenti_cut": dict(
        url="https://yanjin.gov.cn/index.php/newsinfo/21904.html", excerpt=True,
        genre="a county 农业农村局党组's 巡察整改情况的报告 with a portal source line: '1.关于“…”的问题' then '整改情况:一是…'; "
              "cut in 二是 of problem 1",
        kind="bulletin", title="中共延津县农业农村局党组关于落实县委巡察反馈意见整改情况的报告",
        issuer="中共延津县农业农村局党组", report_date="2025-02-26",
        inspection=ins("县委第二巡察组", "中共延津县农业农村局党组", "2024-08-18", "2024-09-14", "2024-10-24"),
        headline=head(),
        problems=[_p(1, "政治理论学习跟进不够及时", "巡察反馈意见整改落实情况", measures=2)],
        anomalies=["'1.关于“政治理论学习跟进不够及时”的问题': the wrapper is stripped; category the section heading "
                   "'二、巡察反馈意见整改落实情况' (the only heading above it).",
                   "'整改情况:一是…二是…' cut inside 二是: 2 measures; status null.",
                   "'发布时间:2025-02-26 16:48:14' → report_date (no signature); '10月24日' takes 2024 from the period; "
                   "the period sentence says '我单位', the feedback sentence names the 党组 (taken as inspected)."]),
    "changle_health_bureau_two_spans_figures_cut": dict(
        url="http://www.fzcl.gov.cn/xjwz/zwgk/gggs/202305/t20230509_4600805.htm", excerpt=True,
        genre="a district 卫健局党组's 巡察整改情况 lead with figures; two inspection spans; cut in the organisation section",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委巡察四组", "区卫健局党组", "2022-03-17", "2022-07-12", "2022-09-15"),
        headline=head(38, 35), problems=[],
        anomalies=["(NEW) Two inspection spans '2022年3月17日至3月22日、5月5日至7月12日': start the first day, end the last.",
                   "'3个方面14项共38个问题' → 38; '已完成整改问题35个,基本完成1个,未完成2个' → done 35.",
                   "'213名(217人次)相关人员' and the 处理 counts are people, not figures of the schema.",
                   "Cut in '一、' before any problem: problems []. No title, signature or page date."]),
    "sichuan_high_court_city_menu_cut": dict(
        url="http://sclegal.com.cn/news_show.aspx?id=3326", excerpt=True,
        genre="a provincial high court 党组's 巡视整改落实情况的通报 on a legal-news portal: a '|' city menu, the title twice "
              "(page title; body heading over two lines), page date; cut in the first section",
        kind="bulletin", title="中共四川省高级人民法院党组关于落实省委第五巡视组巡视反馈意见整改落实情况的通报",
        issuer="中共四川省高级人民法院党组", report_date="2022-09-02",
        inspection=ins("省委第五巡视组", "省法院党组", None, None, "2021-12-30"), headline=head(), problems=[],
        anomalies=["Portal chrome: a city menu of '|' lines, '您所在的位置:首页>法院在线>新闻详情'.",
                   "The title is printed twice: as the page title and as the body heading split over two lines "
                   "('中共四川省高级人民法院党组' / '关于…的通报').",
                   "'2022-09-02 08:57:04 来源:省高院' page date → report_date; no period stated.",
                   "Cut in '(一)' of the organisation section: problems []."]),
    "yunnan_high_court_lead_cut": dict(
        url="http://ynjjjc.gov.cn/html/2021/yunlingyaowen_0108/89888.html", excerpt=True,
        genre="a provincial high court 党组's 巡视整改进展情况 on the province's 纪检监察 site: lead only; cut in 二是",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("省委第七巡视组", "省高院党组", "2020-03-26", "2020-05-26", "2020-07-16"), headline=head(),
        problems=[],
        anomalies=["No title line, no signature, no page date in the stored text.",
                   "Cut in the organisation section's '二是': problems []."]),
    "anqing_transport_rules_cut": dict(
        url="http://www.aqjjjc.gov.cn/html/2025/bj_xczg_1031/42284.html", excerpt=True,
        genre="a city 交通运输局党组's 巡察整改进展情况 on the 纪检监察 site: lead, organisation section with a rules count; "
              "cut at the first category heading",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第四巡察组", "安庆市交通运输局", "2024-04-28", "2024-06-14", "2024-09-11"),
        headline=head(rules=31), problems=[],
        anomalies=["'先后制定、完善31项制度' → rules_made 31.",
                   "Cut at '(一)贯彻落实党的路线方针' (a category heading with no problem under it): problems [].",
                   "'9月11日' takes 2024 from the period; the period names '安庆市交通运输局', the feedback its 党组."]),
    "ministry_transport_central_tour_cut": dict(
        url="https://stickemin.com/zh-hans/news/8172-zhong-gong-jiao-tong-yun-shu-bu-dang-zu-guan-yu-shi-jiu-jie-"
            "zhong-yang-di-jiu-lun-xun-shi-zheng-gai-jin-zhan-qing-kuang-de-tong-bao.htm", excerpt=True,
        genre="a ministry 党组's 中央巡视整改进展情况 on an unrelated host (the title only in the url's pinyin): lead and "
              "organisation section; cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("中央第十二巡视组", "交通运输部党组", "2022-04-06", "2022-06-02", "2022-07-19"), headline=head(),
        problems=[],
        anomalies=["The same text is stored under kygw.cn/shanghai/Info.asp?ID=502 (with '来源时间为:2023-03-25' and '一)' "
                   "for '(一)'): this copy is kept, the other not labelled.",
                   "The title is only in the url: title null. '(以下简称部党组)' follows the inspected body.",
                   "'主持8次领导小组会议' is meetings, not a figure. Cut in '(二)': problems []."]),
    "meizhou_transport_portal_chrome_cut": dict(
        url="https://www.meizhou.gov.cn/zwgk/zfjg/sjtysj/zwgg/content/post_2446705.html", excerpt=True,
        genre="a city 交通运输局党组's 巡察整改情况的通报 on a city portal: accessibility chrome, breadcrumb, title twice, "
              "source/time line, indented paragraphs; cut in the organisation section",
        kind="bulletin", title="中共梅州市交通运输局党组关于巡察整改情况的通报", issuer="中共梅州市交通运输局党组",
        report_date="2023-02-09",
        inspection=ins("市委第三巡察组", "市交通运输局党组", "2022-03-08", "2022-05-07", "2022-08-02"), headline=head(),
        problems=[],
        anomalies=["Portal chrome: '页面: 字体: 对比度:', the site path line and '当前位置:…' breadcrumb (which repeat the title).",
                   "'来源:本网   时间:2023-02-09 18:18:56' → report_date (no signature).",
                   "Meeting counts ('6次局党组(扩大)会议' …) are not figures. Cut in '(三)': problems []."]),
    "cangyuan_medical_insurance_split_title_cut": dict(
        url="https://cyjjjc.gov.cn/xsxcha/868.html", excerpt=True,
        genre="a county 医保局党组's 巡察整改进展情况的通报 with its title split over two lines; lead with a problem count; cut",
        kind="bulletin", title="沧源佤族自治县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报",
        issuer="沧源佤族自治县医疗保障局党组", report_date=None,
        inspection=ins("县委机动巡察组", "县医疗保障局党组", "2025-03-14", "2025-04-20", "2025-05-21"),
        headline=head(16), problems=[],
        anomalies=["(NEW) The title is split over two lines ('…关于第十四届' / '县委机动巡察整改进展情况的通报'): joined.",
                   "'等三个方面共发现反馈各类问题16个' → problems_total 16; the three 方面 quoted are categories, not problems.",
                   "'会议4次' are meetings. Cut in '(二)': problems []. No signature or page date."]),
    "jinjiang_vocational_school_figures_cut": dict(
        url="http://www.jjcdi.gov.cn/content/2025-08/22/content_9185615.htm", excerpt=True,
        genre="a vocational school 党委's 巡察整改进展情况 on the city 纪检监察 site: lead and organisation section with problem "
              "and measure counts; cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委巡察一组", "晋江职业中专学校党委", "2024-10-28", "2024-12-19", "2025-02-24"),
        headline=head(32, mt=115), problems=[],
        anomalies=["'针对巡察反馈的32个问题…提出完整的115条整改措施' → problems_total 32, measures_total 115.",
                   "'3月3日', '3月4日' are meetings. Cut in '(二)': problems []. No title, signature or page date."]),
}

EXPECTED = {"hnhs_transport_bureau_wenti_labels_cut": 2, "zhenba_housing_bureau_nested_circled_cut": 2,
            "hanbin_water_audit_two_problems_signed": 2, "yanjin_agriculture_guanyu_wenti_cut": 1}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem == "hnhs_transport_bureau_wenti_labels_cut":
        return len(re.findall(r"^问题\d+:", text, re.M))
    if stem == "zhenba_housing_bureau_nested_circled_cut":
        # items that carry their own answer: the line before each '整改完成情况:'
        lines = text.split("\n")
        return sum(1 for i, ln in enumerate(lines) if ln.startswith("整改完成情况:") and re.match(r"^(\d\.|[①-⑩])", lines[i - 1]))
    if stem == "hanbin_water_audit_two_problems_signed":
        body = text[text.index("分别是") + 3:text.index("。经多方配合")]
        return len(body.split(";"))
    if stem == "yanjin_agriculture_guanyu_wenti_cut":
        return len(re.findall(r"^\d\.关于“.*”的问题$", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> list[int]:
    """Second count of measures: the markers in each problem's answer."""
    if stem == "hnhs_transport_bureau_wenti_labels_cut":
        parts = re.split(r"^问题\d+:", text, flags=re.M)[1:]
        out = []
        for part in parts:
            ans = part[part.index("整改情况:"):]
            ans = ans.split("\n完成情况")[0]
            n = len(re.findall(r"[一二三四五六七八九十]是", ans))
            out.append(n or 1)
        return out
    if stem == "zhenba_housing_bureau_nested_circled_cut":
        answers = re.findall(r"^整改完成情况:(.*)$", text, re.M)
        return [max(1, len(re.findall(r"(?:^|。)\d\.", a))) for a in answers]
    if stem == "hanbin_water_audit_two_problems_signed":
        return [1 for _ in re.findall(r"^\d\..*已.*$", text, re.M)]
    if stem == "yanjin_agriculture_guanyu_wenti_cut":
        return [len(re.findall(r"[一二三四五六七八九十]是", text[text.index("整改情况:"):]))]
    return []


def _flat(s: str) -> str:
    return s.replace("\n", "")


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text (EXPECTED lists only the stems with problems)."""
    n = len(d["problems"])
    assert n == EXPECTED.get(stem, 0) == recount(stem, text), (stem, n, recount(stem, text))
    if n:
        want = [p["measure_count"] for p in d["problems"]]
        assert measure_recount(stem, text) == want, (stem, measure_recount(stem, text), want)
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    for k in ("title", "issuer"):
        assert d[k] is None or _flat(d[k]) in _flat(text), (stem, k)
    check_names(stem, d["inspection"], text)
    # every date: its year and its month/day are in the text (years resolved from the context are in the text too)
    for v in [d["report_date"]] + [d["inspection"][k] for k in ("start", "end", "feedback_date")]:
        if v is None:
            continue
        y, m, dd = v.split("-")
        assert (v in text or f"{int(m)}月{int(dd)}日" in text) and y in text, (stem, v)
    for k, v in d["headline"].items():
        assert v is None or str(v) in text, (stem, k, v)


def main() -> None:
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, total=7)


if __name__ == "__main__":
    main()
