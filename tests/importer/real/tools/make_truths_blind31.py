"""Write the texts and truth files of tests/importer/real/blind31: the FINAL HELD-OUT SET of session 18, real pages that
PRINT PROBLEMS, labelled on 2026-12-06 (15:28-16:05 UTC) by helper label41, who did not read or change the parser
(zhenggai/importer/, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the lead scores it once,
at the end, on the final parser. There is no FIRST_RUN file for blind31 on purpose; nothing here was tuned to any output.
Labelled at the same time as label42 (/work/wt/label42, snippets26) and writer14 (/work/wt/writer14), whose folders were
checked for urls before committing.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py (head/ins/prob) and
make_truths_blind29.py / make_truths_blind30.py. The texts are the stored copies the search tool's ``pages`` corpus
returned, pasted as JSON strings into TEXTS and decoded (glosses '鎮(zhèn)', chrome, HTML tags kept as returned).
``excerpt`` is true for the two copies cut inside their text (xflgt in case 2's description, nteyudi at '10、'); false for
the eight that reach the page's last line (a footer, '编辑', '发表评论', '标签:', the author, a closing </p>).

No url is in an earlier truth: every url under tests/importer (json, txt, md, tools/*.py), /work/main/tests/importer,
/work/shared/corpus, every /work/wt/label*/tests/importer/real (label42's included) and /work/wt/writer14 was collected
(1,090 keys at the start, 1,116 at the last check; host+path+query, scheme, 'www.', ':80', '#…' and a trailing '/' dropped, lower case, percent-decoded), each
page's key checked against them and a distinctive phrase of each page grepped in the same trees; again before committing.

Queries (``pages`` corpus, 60): 巡察整改进展情况的通报 具体问题 整改情况 已整改完成; 审计查出问题整改情况 问题1 整改情况 已完成整改;
督察反馈问题整改 销号 公示 整改任务 整改完成情况; 巡视反馈意见 整改落实情况的报告 关于 问题的整改情况; 巡察反馈问题整改情况 问题1:
整改情况: 已完成 问题2:; 环保督察 交办问题 整改完成情况 公示 序号 问题 整改措施 完成情况 责任单位; 检查发现的问题 1. 2. 3. 整改情况 已整改
通报 存在问题及整改; 中央生态环境保护督察反馈意见整改情况 整改进展情况:已完成 关于 问题; 巡察整改 问题清单 整改落实情况 一、关于 问题
整改情况 二、关于; 审计发现问题整改情况公告 一、 问题 整改情况 已收回 已补缴; 关于巡察反馈意见整改情况的通报 1.关于 问题的整改 已完成整改;
督查反馈问题 整改情况报告 问题一 整改措施 整改结果 已完成; 安全检查通报 存在问题 1、 2、 3、 4、 责令 整改 单位 隐患; 村 巡察整改情况公示
反馈问题 整改措施 整改结果 村党支部; 学院 党委 巡视整改进展情况 通报 具体问题 整改 已完成 持续推进; 环境问题整改 验收销号 公示 问题描述
整改完成情况 第 项; 经济责任审计 发现问题 整改情况 1. 2. 3. 学校 乡镇 已整改; 扫黑除恶督导反馈问题整改 情况报告 问题 整改措施 已完成;
脱贫攻坚 考核 反馈问题 整改落实情况 问题一 整改情况; 河长制 暗访 发现问题 通报 问题清单 1. 河道 垃圾 整改; 食品安全 督查 通报 存在问题
学校食堂 1. 2. 3. 整改; 存在问题: 整改情况: 已整改到位 巡察反馈 第一项; 统计督察反馈意见整改落实情况 问题 整改措施 整改成效; 医院 巡察反馈
问题整改情况 通报 关于 问题 整改; 自然资源督察 反馈问题 整改 违法用地 图斑 问题 整改到位; 督察发现 典型问题 通报 一、 二、 三、
未督促整改到位; 暗访发现问题清单 序号 问题描述 责任单位 整改时限 乡镇; 巡视组反馈 存在的主要问题 一是 二是 三是 整改 学校 党委 反馈意见;
整改落实情况 对照检查 问题清单 检视问题 整改措施 已整改 主题教育; 巡察整改進展情況 通報 關於 問題的整改 已完成 (and its 檢查發現 twin);
审计署 审计结果公告 主要问题 一、 (一) 1. 违规 整改情况; 环保督察 交办 问题 整改情况 第一批 序号 区县 问题 办理结果; 工程质量安全检查通报
项目 存在问题 1. 2. 3. 施工单位 监理单位 整改; 集团公司党委 巡视整改进展情况的通报 关于 问题的整改 已完成; 组织生活会 问题整改清单 存在问题
整改措施 整改时限 完成情况 党支部; 消防安全隐患 曝光 单位名称 存在隐患 1、 2、 消防大队 责令; 火灾隐患单位曝光台 …; 创文 督查 反馈 问题点位
社区 …; 巡察反馈问题整改台账 公示 序号 …; 安全生产检查 发现问题 企业 一是 二是 三是 …; 乡镇党委关于巡察反馈意见整改情况的报告 …;
问题: 整改情况: …审计; 教育局 督导检查 反馈 学校 存在问题 整改报告 …; 市场监管 专项检查 通报 …; 卫生院 检查发现以下问题 …; 幼儿园
督导反馈问题 整改报告 …; 加油站 危化品 检查 …; 村级财务 审计 发现问题 …; 扬尘污染 曝光 工地 …; 燃气安全 隐患 曝光 …; 环保 执法检查 通报
企业 存在问题 一是 二是 …; 巡察指出 问题 整改情况 …; 反馈问题: 整改措施: 整改结果: …; 省委巡视组反馈意见 整改落实情况 公告 …;
督查组发现以下问题 1. 2. 3. 4. …; 存在隐患 1、 2、 3、 隐患单位 曝光 县 消防救援大队 限期; 关于巡视整改进展情况的通报 中共 党组 (一) 关于 问题 整改情况 已完成;
审计整改结果公告 被审计单位 审计发现的主要问题 整改情况 1. 已整改; 督查通报 存在问题 (一) 1. 2. 整改要求 各乡镇 限期 工作进展.

Exhaustion (as the brief asked, the centre first): the corpus's centre of the genre is used up. Every 巡察/巡视 整改进展
通报, 审计查出问题整改 报告, 督察 销号 公示 and 反馈意见 page the queries returned was already known: jw.km, ruijin,
sjj.ningbo, cixird, zyx, wuch (婺城 文旅体局), saintpaulhem (江西 审计), zs.gov.cn, m.ilynn (南宁 审计函), zhuangpeitu
(湖北 回头看 清单), changde, czx24 (东丽 第7项), deaufficio and suma.ahsz ×2 (宿马 销号 公示), ahsz 信访件, dsdths (曝光
卡), wjw.taizhou, sqjw (宿迁 卫健委), xycdi (郊尾镇), cnzh ×2 (射箭乡), mlwch, hxhg.hpu, meipian 4xik109b (三亚),
happypx, sucai198, xiaomilidoc (大荆中学), darksurfintel, guanshanwenku, e.wenmi, 95008, huangzhou.cjyun, 21xqjy (2018
巡视), llqcyx (连云港 扬尘) (35 urls checked by key, all known;
later also 777doc 环境卫生 督查通报, 117.156.67.38 中川镇, atzr 舟曲). New by key: 19; taken: 10 (below). New and declined: maojian.shiyan (审计 news, findings in one
'存在A、B等问题' sentence), xiexiebang 扫黑 汇报 (17条共性问题 in prose, masked x counts), m.777doc (乡镇 整改报告 cut in
基本情况, before any problem: R21 would give []), 21xqjy 督查 essay (an explainer without findings), fdwmw 创城 通报
(存在问题 only in an attachment '3.docx'), qingdaomop, xixinews, shi-fen (消防 曝光 leads or bare name lists, no
findings), tiedashi (a tag page's one-line teaser). Declined on content without a key check: mlqyxx/zhpump/sxbbs/dingcheng (check news, findings in one sentence),
xdscy (深圳 绩效审计 整改 报告 cut before its problems), bbs.yuanjiangzx (审计 整改 报告 cut at '一、'), jiaoling (审计工作报告
cut before its findings), rddy (江西 审计整改 cut in 部署), silkroad (审计结果公告 cut in 总体), 0551qiaojia (信访件 counts:
R17). Lead-only news (巡察 反馈会, 进驻, 回访) declined without a key check.

Kinds (issue 10): a 督察 通报 of a national survey with numbered typical cases, each a heading line over a description
(xflgt; traditional, no glosses); three 消防 曝光 pages with one section per unit and its hazards on separate numbered lines
(sxgp 高平 with '处理结果' per item, wxredian 海北州 with county headings, yangxianren 汉中 with a numbering gap); a 消防
曝光 card page with one hazard per unit under district headings (baitongwang 舟山); a glossed traditional 消防 曝光 with
'N、單位名稱:… / 隱患問題:(1)…;(2)…' inline per unit, cut at '10、' (nteyudi 邵阳); a 创文 督办 news item naming each village's
faults as ';' clauses (xianan 浮山); a glossed traditional 环保 执法 news fragment naming three firms' faults as ';' clauses
(ihas 邯郸); a 镇 督查 通报 to villages, '一、总体情况 二、存在的问题 三、下步工作要求', its two findings in one sentence, one
per village (dyrmt 黄腊溪); a Meipian post of a 扬尘 check with '检查存在问题:' two ';' clauses and '今日整改进度:' what was done (meipian).

Problems: 65 (2+6+10+12+12+9+7+3+2+2), counted by reading and recounted in main() by regex on each text. Measures: only
meipian prints what was done for its problems (1 each); every other page prints findings and the regulator's orders
(measure_count 0, R72/R98).

Judgement calls (each also in the truth's anomalies):
- (NEW) Unit sections whose hazards stand on separate numbered lines (sxgp, wxredian, yangxianren): one problem per hazard
  line (R7), seq the printed number restarting under each unit (R75), category the unit's heading (R80 sub-heading wins over
  a county heading; R82 a body named as heading), unit the same body (R102: the body ordered to rectify). Where the hazards
  run inline as '(1)…;(2)…' (nteyudi) the unit is ONE problem (R11, blind30 yinchuan), seq the unit's printed number.
- (NEW) sxgp: item 1 '灭火器放置不规范,已立即整改。' is titled '灭火器放置不规范' (the trailing '已立即整改' is its status, done,
  R93); each item's deadline is the 处理结果 order naming it ('当场立即整改' for 1, '于2023年11月25日前改正' for 2-3; R106).
- (NEW) yangxianren: unit 2 prints '1、' then '3、' '4、' (no '2、', blank lines in its place): three problems, seq 1/3/4 (R75
  gaps kept); unit 3's single unnumbered hazard after '存在的主要隐患:' has seq null; unit 4 has no label, items still count.
- (NEW) baitongwang: '01'…'06' number the districts, not the items: seq null (R78); category the district in its 【】
  without the brackets (R79 layout noise); the '隐患单位' field is the unit (R102) even for '璞园南区' (a compound, R103's
  places) because the page names it the 隐患单位.
- (NEW) nteyudi: the 10th unit is cut right after '10、': nothing printed, not labelled (C14's 'as far as the copy goes'
  leaves no title); titles/units simplified without glosses (R91).
- xianan, ihas: one problem per body clause (R12, blind30 ningxia 2022). xianan: 村/社区 are places, no unit (R103); the
  closing '大畈村村委会院内环境卫生已整治完成' covers one of that clause's three faults: status null (R71 partial). ihas: titled
  from the firm's name to its last fault, the order '必须现场查封' dropped (R92); 国晨's clause is kept whole with its
  '虽然…正常,但' (R16: the fault is after 但; the clause is one statement); firms are units (lingao); the copy begins
  mid-article at '據介紹' (the store's start), excerpt false (it reaches the author line).
- (NEW) dyrmt: '以下问题整改进度缓慢,效果不明显:A,B。' names two villages' items: one problem each (R12), category '存在的问题'
  (R79); status in_progress (the section says their rectification is slow and ineffective: not rectified, R93); the
  demand '8月7日前金元村、石宝沟村要完成…打捞工作' is both items' time limit: deadline '8月7日前' (R106); '下步工作要求' is 整改要求:
  measures 0 (R98); villages are places: no unit (R103); a 督查 of the villages' rectification: no start/end (R53);
  inspector the two leaders as printed (R46); no title line (the copy opens at the addressee), no signature or date.
- (NEW) meipian: '检查存在问题:A;B等问题。' → two problems (R10 ';' clauses), '今日整改进度:' one comma-joined paragraph whose
  clauses answer them in order: 1 measure each (R96 comma-joined = 1); problem 1 '全部覆盖到位' → done, problem 2 '已清理' and
  '已安排人员进行保洁' (an action, no done word for 保洁) → null (R95). A 督促 of a project's rectification: no start/end (R53).
- xflgt: a check's 通报: kind null (R29), the title line kept (names an inspection document), doc fields in the page's
  script; the two cases are heading lines over descriptions → titled by the heading (R88), simplified (R91); '1.2萬個'
  is an approximation and '53個…典型案例' counts published cases: no headline figure (R68); '2019年10月底至11月' is
  month-only: no dates (R53); '來源: 中國自然資源報' is a source (R38).
- Titles: 曝光 pages without a title line → null; sxgp's heading '高平消防安全隐患大曝光' names the exposure and is kept
  (R29 'even with a title'). No page prints a signature or a page date except xflgt: report_date null elsewhere (R44: url
  dates are no date).
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, check_title_issuer, head, ins, prob, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind31"

TEXTS = {
    'xflgt_survey_inspection_typical_cases_trad_cut': r'''"返回頂部 關閉\n首頁 > 熱點關注 >正文\n\n第三次全國國土調查核查督察有關情況的通報\n\n2020-01-15 10:18:40    來源: 中國自然資源報    作者:\n\n按照國家自然資源總督察統一部署,國家自然資源督察機構于2019年10月底至11月在全國組織開展了三調核查工作督察,重點督察了128個縣級調查單元,核查圖斑170.2萬個,發現問題圖斑1.2萬個,占核查圖斑總數的0.7%。為進一步強化警示提醒,督促各地抓緊整改糾正問題,將督察發現的53個調查不實典型案例進行公開。\n\n一、北京市大興區三調作業單位蒼穹數碼技術股份有限公司將圖斑錯誤調查為其他草地,大興區三調辦未督促整改到位,市級核查未發現\n\n2019年5月,大興區三調作業單位蒼穹數碼技術股份有限公司工作不認真,在調查長子營鎮上黎城村一塊圖斑時,作業人員在“國土調查記錄表(電子手簿)”中記錄“院內都是雜樹,果樹樹苗等”,但仍將該圖斑整體調為其他草地。該圖斑占地面積87.34畝,圖斑北側林地面積32.22畝。大興區三調辦自查發現該問題,但未督促整改到位,市級核查未發現該問題。\n\n二、北京市平谷區三調作業單位北京地星偉業數碼科技有限公司將圖斑錯誤調查為水澆地,平谷區三調辦未督促整改到位,市級核查未發現\n\n2019年3月下旬,平谷區三調作業單位北京地星偉業數碼科技有限公司工作不認真,在調查黃松峪鄉黑豆峪村一塊圖斑時,作業人員以“郁閉度不能維持原來園地的地類,地上有地膜覆蓋”為由,將園地、林地等其他農用地調查為水澆地。該圖斑面積143.30畝,原地類為園地,現狀為農業局密植園,實地種植的櫻桃樹,地表有地壟。該圖斑在回頭看平谷區三調辦自查(7.22-8.16)里記錄“密植園,農業局試驗田”,監理單位曾抽查該圖斑,并指出調查錯誤“照片未呈現耕地特"''',
    'sxgp_fire_exposure_two_units_numbered_hazards': r'''"高平消防安全隐患大曝光\n为进一步净化消防安全环境,深刻汲取近年来城镇燃气安全重特大事故教训,充分发挥媒体和社会监督舆论作用,促进火灾隐患的整改,现曝光2家火灾隐患单位,请各火灾隐患单位按照消防部门规定的时间限期内整改完毕,确保消防安全。名单如下:\n一、晋城市高平市米山镇米西村荣菊早餐店\n单位地址:晋城市高平市米山镇米西村米西小吃广场9-10号\n基本案情:\n2023年11月21日,高平市消防救援大队监督执法人员到高平市米山镇米西村荣菊早餐店检查时,发现该单位存在以下隐患:\n1. 灭火器放置不规范,已立即整改。\n2. 油烟机未定期清洗;\n3. 未制定灭火和应急疏散预案。\n处理结果:\n上述第1项,责令该单位(场所)当场立即整改;上述第2、3项,责令该单位(场所)于2023年11月25日前改正。\n二、晋城市高平市丹河路阿磊餐馆\n单位地址:晋城市高平市北城办丹河路丹东小区7巷15号\n基本案情:\n2023年11月21日,高平市消防救援大队监督执法人员到高平市丹河路阿磊餐馆检查时,发现该单位存在以下隐患:\n1. 油烟机未定期清洗;\n2. 消防安全制度、灭火和应急疏散预案未建立;\n3. 每日防火巡查、消防培训演练未开展。\n处理结果:\n上述第1、2、3项,责令该单位(场所)于2023年11月26日前改正。\n本页二维码"''',
    'wxredian_fire_exposure_county_units_hazard_lines': r'''"为深化落实国务院安委办部署的消防安全集中除患攻坚大整治行动要求,坚决彻底整治重点场所突出风险隐患,消防部门将在全州范围内开展集中大排查、大整治、大曝光、大演练、大约谈、大督导“六大行动”,现将存在隐患单位进行集中曝光:\n刚察县\n刚察县宽兴加商铺\n存在隐患:\n1、安全出口处摆放灶台,影响疏散逃生。\n2、店内电气线路敷设不符合要求,电线未进行穿管保护。\n海晏县\n西海镇精益彩钢\n存在隐患:\n1、厂房内部分手提式干粉灭火器压力不足。\n2、厨房操作间内液化石油气罐未安装燃气泄露报警联动装置,电气线敷设不符合标准。\n祁连县\n祁连县八宝镇华馨宾馆\n存在隐患:\n1、四楼应急照明灯损坏。\n2、二层楼梯间灭火器配置不符合标准。\n3、大厅出口安全出口标志损坏。\n4、三楼1处安全出口锁闭。\n门源县\n门源县浩门舒颜美容美妆体验店\n存在隐患:\n1、职工不会正确使用消防器材。\n2、该场所内部分灭火器罐体锈蚀。\n编辑|鲍寿霞\n校对|赵 婷\n审核|沈显铭"''',
    'baitongwang_fire_exposure_district_cards_one_hazard': r'''"Hidden Danger Exposure\n隐患曝光\n消防安全丨人人有责\n(资料图片仅供参考)\n隐患险于明火,防范胜于救灾。火灾隐患犹如身边的定时炸弹,稍有不慎,极易引发火灾。\n舟山市消防救援支队以消防安全隐患大排查大整治为契机,对近期检查过程中发现的火灾隐患进行集中曝光,以督促整改、杜绝火患。\n都有哪些单位榜上有名?\n都是些什么隐患呢?\n一起来看看\n01\n【定海】\n隐患单位\n浙江和泓环保纸业有限公司\n存在隐患:该单位制浆车间的消防通道被回收废纸占用,导致消防车无法通行\n隐患单位\n盐仓西部商业中心\n存在隐患:电动车堵塞疏散出口\n02\n【普陀】\n隐患单位\n舟山市普陀区国庆机械厂\n存在隐患:室内违规停放电动自行车\n隐患单位\n璞园南区\n存在隐患:消防登高面被部分车辆占用\n03\n【嵊泗】\n隐患单位\n嵊泗县嵊山大酒店有限公司\n存在隐患:安全出口防火门闭门器损坏\n隐患单位\n嵊泗县音悦汇量贩歌厅\n存在隐患:未开展三月份防火检查\n04\n【普陀山】\n隐患单位\n普陀山美食美客\n存在隐患:油烟管道未及时清洗,油烟管罩内安装木板\n隐患单位\n舟山市普陀山长生文化发展有限公司\n存在隐患:弱电间改做办公室使用\n05\n【岱山】\n隐患单位\n舟山市固业土工材料制造有限公司\n存在隐患:多处安全出口被占用、堵塞\n隐患单位\n舟山市奥盛汽车传动带制造有限公司\n存在隐患:多处疏散指示标志损坏\n06\n【新城】\n隐患单位\n舟山市新城炫技星空电子游戏厅\n存在隐患:防火门损坏\n隐患单位\n舟山新城凯虹广场商业管理有限公司城市超市店\n存在隐患:安全通道被杂物堵塞\n如何举报消防隐患?\n发现身边有消防安全隐患\n应该怎么办?\n↓\n大家可以\n拨打电话12345举报\n或在“浙里办”APP上\n搜索消防“隐患随手拍”应用\n将隐患上报\n标签:"''',
    'yangxianren_fire_exposure_four_units_numbering_gap': r'''"为切实增强社会单位和公众火灾防范意识\n及时消除火灾隐患\n全力维护消防安全形势稳定\n汉中市消防救援支队开展\n“守护三秦”消防安全\n集中除患攻坚大整治行动\n现对以下4家单位进行火灾隐患曝光\n01\n洋县双亚周大黑有机食品有限公司\n存在的主要隐患:\n1、厂房出口处、疏散通道上未设置疏散指示标志、应急照明灯;\n\n2、厂房内未设置室内消火栓;\n\n3、厂区室外消火栓设置不符合要求;\n\n4、厂房内灭火器配置数量不足;\n\n5、磨具间、包装车间灭火器过期;\n6、仓库两具灭火器过期且瓶体锈蚀。\n02\n宁强县福万家购物广场阳平关店\n存在的主要隐患:\n1、安全出口未设置卷帘门;\n\n\n3、机械排烟设施未保持完好有效;\n\n4、火灾自动报警系统联动故障。\n\n03\n镇巴县青山绿水宾馆\n存在的主要隐患:未按规定设置火灾自动报警系统。\n\n\n04\n佛坪县幼儿园\n1、建筑主体未经消防验收;\n2、消防控制室无持证上岗操作人员。\n发表评论"''',
    'nteyudi_fire_exposure_ten_units_inline_trad_cut': r'''"邵陽新聞網(wǎng)3月29日訊(通訊員 戴翔 伍錫聯(lián))為全力維護(hù)社會面消防安全形勢穩(wěn)定,邵陽縣消防大隊扎實開展消防安全集中除患攻堅大整治行動,持續(xù)曝光火災(zāi)隱患和消防違法行為,現(xiàn)將10家存在火災(zāi)隱患單位進(jìn)行曝光。\n1、單位名稱:邵陽縣塘渡口鎮(zhèn)筆暢文具店\n隱患問題:滅火器數(shù)量配置不足,滅火器操作不熟練。\n2、單位名稱:邵陽縣谷洲鎮(zhèn)初級中學(xué)\n隱患問題:(1)應(yīng)急照明燈未充電;(2)防火門無銘牌標(biāo)識;(3)未按標(biāo)準(zhǔn)設(shè)置疏散指示標(biāo)志;(4)違反消防安全規(guī)定,使用、儲存易燃易爆物品(醇基液體燃料)。\n3、單位名稱:邵陽縣大木山全家福宴會中心\n隱患問題:(1)單位防火檢查未填寫檢查記錄;(2)消防控制室無人值班,堆放雜物;(3)消防器材無檢查記錄,消防設(shè)施無 維保記錄。\n4、單位名稱:邵陽縣塘渡口鎮(zhèn)黃塘敬老院\n隱患問題:(1)消防培訓(xùn)演練等臺賬資料不完善。(2)疏散通道堆放雜物。\n5、單位名稱:邵陽銘仁腦科醫(yī)院有限公司\n隱患問題:一樓設(shè)置防盜窗未開窗。\n6、單位名稱:邵陽縣寶寶樂幼兒園\n隱患問題:(1)疏散指示標(biāo)志未保持完好有效;(2)手動報警按下未能正常報警;(3)一樓的兒童用房設(shè)置防盜窗且未開窗。\n7、單位名稱:邵陽縣塘田市鎮(zhèn)初級中學(xué)\n隱患問題:(1)疏散指示標(biāo)志未保持完好有效;(2)應(yīng)急照明集中電源存在故障。\n8、單位名稱:邵陽縣中宏大酒店\n隱患問題:(1)消防工作記錄本登記不及時;(2)水力警鈴存在故障;(3)個別防火門無順序器。\n9、單位名稱:邵陽縣五峰鋪鎮(zhèn)城東中心幼兒園\n隱患問題:(1)單位防火檢查內(nèi)容不符合要求;(2)疏散指示標(biāo)志未保持完好有效。\n10、"''',
    'xianan_civilization_check_seven_villages_clauses': r'''"12月4日至5日,区委宣传部副部长熊鸣、区文明办主任石莉一行到浮山办事处督办指导创文工作。\n经过全面细致巡查,发现:甫兴社区没有固定宣传栏,居民区存在乱搭乱建、种菜现象;龙潭村没落实门前四包,办公区域环境卫生状况较差,办公楼门前垃圾未清理;长安社区社区周边门店没有创文宣传标语,区政府小广场需制作两块宣传栏;大畈村村委会院内环境卫生状况差,门口存在摊贩占道经营,大畈菜场宣传牌内容过时;浮山村村委会门口存在牛皮癣,宣传栏破旧,村湾存在垃圾乱扔现象,大厅显示屏无创文标语;旗鼓村村委会院内有杂草,村委会无创文宣传内容,个别工作人员对创文工作不知晓;双泉村村委会院内存在牛皮癣,村委会院内环境卫生状况差。\n督察组高度肯定银泉社区、梅园社区“创文”宣传工作。\n浮山办事处高度重视督察组意见建议,明确问题导向,迅速落实整改;及时自查自纠,落小落细;开展典型经验学习,不断优化各村(社区)工作方法。\n截至发稿时,大畈村村委会院内环境卫生已整治完成。\n来源:乐居浮山\n编辑 张文峰"''',
    'ihas_environment_check_three_firms_trad_fragment': r'''"據介紹,執(zhí)法人員在檢查中發(fā)現東方博特化工科技有限公司廠區(qū)內有揚塵和煙塵無組織排放現象;國晨化工有限公司雖然環(huán)保設備運轉正常,但空氣中有刺鼻氣味,特戊酰氯產品回收泵口處存在無組織排放氣體等問題;恒發(fā)傳動件廠未納入工業(yè)和信息化部鑄造企業(yè)準入公告的名單,屬于停產企業(yè),必須現場查封。\n據了解,為確保環(huán)保檢查活動取得實質性成效,當地環(huán)保部門嚴格保密措施,所有參與行動的執(zhí)法人員必須簽訂保密協議,并且全部交出手機等通訊工具,由專人統一保管,待行動結束后再各自取回。(作者:李運強 牛曉燕)"''',
    'dyrmt_river_ducha_notice_two_villages_slow': r'''"各村(社区)居委会:\n2017年8月5日,6日,镇党委书记谭恢军,镇长梁大钊分别带队对黄腊溪(鹅项颈水库→金元场镇→金元镇峡马口村)进行了专项督查。现将有关情况通报如下:\n一、总体情况\n黄腊溪河道沿线有石宝沟村、金元村、圆通市村、洞坡村、峡码口村,涉及到的村都在组织人员按照计划进行整改。目前,洞坡村、峡码口村、圆通市村的整改效果明显,但个别问题整改进度相对滞后。\n二、存在的问题\n截至8月5日,以下问题整改进度缓慢,效果不明显:石宝沟村辖区内的鹅项颈水库打捞浮漂效果不明显,金元村辖区内的楠木桥段打捞水葫芦效果不明显。\n三、下步工作要求\n一是高度重视。各责任村要进一步落实责任,落实专人负责,强力推进各项问题的整改落实,8月7日前金元村、石宝沟村要完成河道浮漂、水葫芦的打捞工作。二是加快整改。各责任村要进一步加快问题整改进度,特别是对整改进度滞后的工作,要分析原因,制定方案,确保整改工作按期顺利推进。三是做好统筹。需要多个村协作的整改事项,要主动汇报对接,各村要积极配合,共同抓好各项整治工作。8月6日前,金元村、石宝沟村要向镇党委政府提交书面检讨。"''',
    'meipian_dust_check_two_problems_today_progress': r'''"<p class=\"ql-block ql-indent-1\">2023年5月2日,区建管中心副主任杨宇斌带领工作人员持续对坚强电网及电力管沟工程现场及周边环境扬尘治理工作整改情况进行督促。</p> <p class=\"ql-block ql-indent-1\">检查存在问题:部分黄土裸露未覆盖;施工区域内有白色污染物,外围环境保洁不到位等问题。</p> <p class=\"ql-block ql-indent-1\">今日整改进度:裸露黄土全部覆盖到位,白色漂浮物已清理,外围环境卫生已安排人员进行保洁。</p>"''',
}

URLS = {
    'xflgt_survey_inspection_typical_cases_trad_cut': "http://www.xflgt.com/yaowen/20200115_121979.shtml",
    'sxgp_fire_exposure_two_units_numbered_hazards':
        "http://sxgp.gov.cn/ztzl/zl_646/xfzl_410/tzgg_664/202311/t20231123_1890825.html",
    'wxredian_fire_exposure_county_units_hazard_lines': "https://wxredian.com/art?id=dcfc6ab0b1a9966474a55faec99439bc",
    'baitongwang_fire_exposure_district_cards_one_hazard': "http://jsq.baitongwang.com/tuijian/2023/0616/13811.html",
    'yangxianren_fire_exposure_four_units_numbering_gap': "https://www.yangxianren.com/post/11052.html",
    'nteyudi_fire_exposure_ten_units_inline_trad_cut': "http://nteyudi.cn/p/275427.html",
    'xianan_civilization_check_seven_villages_clauses': "http://m-xianan.cjyun.org/p/43767.html",
    'ihas_environment_check_three_firms_trad_fragment':
        "http://m.ihas.com.cn/html/news/handan/handannews/2016_12/17/218199014.html",
    'dyrmt_river_ducha_notice_two_villages_slow': "https://dyrmt.com/article-20041-1.html",
    'meipian_dust_check_two_problems_today_progress': "https://meipian.cn/4qm5w0gp",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


def unit_sections(text: str, unit_re: str, item_re: str) -> list:
    """(unit, seq, hazard) for each numbered hazard line under a unit heading line (final ';'/'。' dropped)."""
    out, unit = [], None
    for line in text.split("\n"):
        m = re.match(unit_re, line)
        if m:
            unit = m.group(1)
            continue
        m = re.match(item_re, line)
        if m and unit:
            out.append((unit, int(m.group(1)), m.group(2).rstrip(";;。")))
    return out


# xflgt: '一、'/'二、' heading lines over descriptions (R88), simplified (R91)
XFLGT = simplified([_p("一二".index(n) + 1, t) for n, t in
                    re.findall(r"^([一二])、(.*)$", TEXT["xflgt_survey_inspection_typical_cases_trad_cut"], re.M)])

# sxgp: '一、<unit>' sections, '1. ' hazard lines
_SX = TEXT["sxgp_fire_exposure_two_units_numbered_hazards"]
_sx_units = re.findall(r"^[一二]、(.*)$", _SX, re.M)
_sx_items = []
for _u, _block in zip(_sx_units, re.split(r"^[一二]、.*$", _SX, flags=re.M)[1:]):
    for _n, _t in re.findall(r"^(\d)\. (.*)$", _block, re.M):
        _sx_items.append((_u, int(_n), _t.rstrip(";。")))
SXGP_DEADLINES = {("晋城市高平市米山镇米西村荣菊早餐店", 1): "当场立即整改",
                  ("晋城市高平市米山镇米西村荣菊早餐店", 2): "于2023年11月25日前改正",
                  ("晋城市高平市米山镇米西村荣菊早餐店", 3): "于2023年11月25日前改正",
                  ("晋城市高平市丹河路阿磊餐馆", 1): "于2023年11月26日前改正",
                  ("晋城市高平市丹河路阿磊餐馆", 2): "于2023年11月26日前改正",
                  ("晋城市高平市丹河路阿磊餐馆", 3): "于2023年11月26日前改正"}
SXGP = []
for _u, _n, _t in _sx_items:
    _status = None
    if _t.endswith(",已立即整改"):
        _t, _status = _t[: -len(",已立即整改")], "done"
    SXGP.append(_p(_n, _t, _u, [_u], _status, 0, SXGP_DEADLINES[(_u, _n)]))

# wxredian: county line, unit line, '存在隐患:', '1、' lines; the unit is the line before '存在隐患:'
_WX = TEXT["wxredian_fire_exposure_county_units_hazard_lines"].split("\n")
WXREDIAN, _unit = [], None
for _i, _line in enumerate(_WX):
    if _line == "存在隐患:":
        _unit = _WX[_i - 1]
    _m = re.match(r"^(\d)、(.*)$", _line)
    if _m and _unit:
        WXREDIAN.append(_p(int(_m.group(1)), _m.group(2).rstrip("。"), _unit, [_unit]))

# baitongwang: 【district】 headings, '隐患单位' / <unit> / '存在隐患:<hazard>'
_BT = TEXT["baitongwang_fire_exposure_district_cards_one_hazard"].split("\n")
BAITONGWANG, _district = [], None
for _i, _line in enumerate(_BT):
    _m = re.match(r"^【(.*)】$", _line)
    if _m:
        _district = _m.group(1)
    if _line.startswith("存在隐患:") and _BT[_i - 2] == "隐患单位":
        BAITONGWANG.append(_p(None, _line[len("存在隐患:"):], _district, [_BT[_i - 1]]))

# yangxianren: '0N' then unit line; numbered hazard lines; unit 3's one unnumbered hazard after the label
_YX = TEXT["yangxianren_fire_exposure_four_units_numbering_gap"].split("\n")
YANGXIANREN, _unit = [], None
for _i, _line in enumerate(_YX):
    if re.match(r"^0\d$", _line):
        _unit = _YX[_i + 1]
        continue
    _m = re.match(r"^(\d)、(.*)$", _line)
    if _m and _unit:
        YANGXIANREN.append(_p(int(_m.group(1)), _m.group(2).rstrip(";。"), _unit, [_unit]))
    elif _line.startswith("存在的主要隐患:") and len(_line) > len("存在的主要隐患:"):
        YANGXIANREN.append(_p(None, _line[len("存在的主要隐患:"):].rstrip("。"), _unit, [_unit]))

# nteyudi: 'N、單位名稱:X' / '隱患問題:…' inline → one problem per unit (R11), simplified (R91)
NTEYUDI = simplified([_p(int(n), t.rstrip("。"), None, [u]) for n, u, t in
                      re.findall(r"^(\d+)、單位名稱:(.*)\n隱患問題:(.*)$",
                                 TEXT["nteyudi_fire_exposure_ten_units_inline_trad_cut"], re.M)])

# xianan: the ';' clauses after '发现:' (R12), places: no unit (R103)
_XA = TEXT["xianan_civilization_check_seven_villages_clauses"]
XIANAN = [_p(None, c) for c in _XA[_XA.index("发现:") + 3: _XA.index("。\n督察组")].split(";")]

# ihas: three firm clauses; the last one's order '必须现场查封' dropped (R92)
_IH = TEXT["ihas_environment_check_three_firms_trad_fragment"]
_ih_clauses = _IH[_IH.index("發(fā)現") + len("發(fā)現"): _IH.index(",必須現場查封")].split(";")
_ih_units = ["東方博特化工科技有限公司", "國晨化工有限公司", "恒發(fā)傳動件廠"]
IHAS = simplified([_p(None, c, None, [u]) for c, u in zip(_ih_clauses, _ih_units)])

# dyrmt: the two village items after '不明显:' in '二、存在的问题' (R12)
_DY = TEXT["dyrmt_river_ducha_notice_two_villages_slow"]
DYRMT = [_p(None, c, "存在的问题", status="in_progress", deadline="8月7日前")
         for c in _DY.split("效果不明显:")[1].split("。")[0].split(",")]

MEIPIAN = [_p(None, "部分黄土裸露未覆盖", status="done", measures=1),
           _p(None, "施工区域内有白色污染物,外围环境保洁不到位等问题", measures=1)]

DOCS = {
    "xflgt_survey_inspection_typical_cases_trad_cut": dict(
        excerpt=True,
        genre="a news site's traditional copy of a national 自然资源 督察 通报 (三调核查): title, date/source line, a lead with "
              "rounded counts, then '一、<heading>' lines each over a description paragraph; cut inside case 2's description",
        kind=None, title="第三次全國國土調查核查督察有關情況的通報", issuer=None, report_date="2020-01-15",
        inspection=ins("國家自然資源督察機構"), headline=head(), problems=XFLGT,
        anomalies=["The two cases are heading lines over their descriptions: titled by the heading (R88), simplified (R91); "
                   "no units (the 作业单位 and 三调办 are the heading's subjects, no rectifier is named), measures 0, status "
                   "null.",
                   "A check's 通报: kind null (R29); the title line names an inspection document and is kept in the page's "
                   "script; '來源: 中國自然資源報' is a source: issuer null (R38); '2020-01-15' date line → report_date.",
                   "'發現問題圖斑1.2萬個' is an approximation and '53個調查不實典型案例' counts the published cases: no headline "
                   "figure (R68); '2019年10月底至11月' is month-only: no start/end (R53); inspected units not named.",
                   "Cut inside case 2's description ('照片未呈現耕地特'): excerpt true; its heading is complete."]),
    "sxgp_fire_exposure_two_units_numbered_hazards": dict(
        excerpt=False,
        genre="a county portal's 消防 曝光: heading, lead, two sections '一、<unit>' with 单位地址, 基本案情 and '1. '…'3. ' hazard "
              "lines, then '处理结果' naming each item's order; whole page",
        kind=None, title="高平消防安全隐患大曝光", issuer=None, report_date=None,
        inspection=ins("高平市消防救援大队", None, "2023-11-21", "2023-11-21"), headline=head(), problems=SXGP,
        anomalies=["(NEW) Hazards on separate numbered lines under a unit section: one problem per line (R7), seq restarting "
                   "per unit (R75), category the unit heading without '一、' (R82), unit the same body (R102: '责令该单位').",
                   "(NEW) Item 1 '灭火器放置不规范,已立即整改。' is titled without its status clause; status done (R93 已…整改). "
                   "Deadlines from '处理结果' per item: '当场立即整改' (item 1), '于2023年11月25日前改正' (items 2-3), "
                   "'于2023年11月26日前改正' (second unit) (R106); the orders are no measures (R72/R98): 0.",
                   "An exposure: kind null (R29), its heading kept as title; '2家' counts bodies: no figure; two units "
                   "inspected on 2023-11-21: start = end, inspected null (two bodies in separate sections); no page date "
                   "(the url's is none, R44)."]),
    "wxredian_fire_exposure_county_units_hazard_lines": dict(
        excerpt=False,
        genre="a WeChat-style 州 消防 曝光: lead, then per county a heading line, the unit's line, '存在隐患:' and '1、' hazard "
              "lines; editor credits; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=WXREDIAN,
        anomalies=["(NEW) One problem per numbered hazard line (R7), category the unit line above '存在隐患:' (R80: the "
                   "sub-heading wins over the county heading), unit the same body (R102), seq restarting per unit (R75); "
                   "final '。' dropped.",
                   "No title line (the first line is the lead), no date, '消防部门' generic: inspector null (R48); credits "
                   "('编辑|', '校对|', '审核|') kept as returned."]),
    "baitongwang_fire_exposure_district_cards_one_hazard": dict(
        excerpt=False,
        genre="a city 消防 曝光 copied to a portal: English/Chinese banner, lead, '01'…'06' with 【district】 headings over "
              "cards '隐患单位 / <unit> / 存在隐患:<one hazard>', a how-to-report coda; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("舟山市消防救援支队"), headline=head(), problems=BAITONGWANG,
        anomalies=["(NEW) One problem per card (R10), titled by the text after '存在隐患:' (R89); '01'…'06' number the "
                   "districts, not items: seq null (R78); category the district in 【】 without the brackets (R79).",
                   "(NEW) The '隐患单位' field is the unit (R102), '璞园南区' included although a compound (R103) because the "
                   "page names it the 隐患单位.",
                   "The banner '隐患曝光' is no document title (R34); no date; the coda's '12345' is a phone number."]),
    "yangxianren_fire_exposure_four_units_numbering_gap": dict(
        excerpt=False,
        genre="a local portal's copy of a city 消防 曝光: a lead in short lines, '01'…'04' each over a unit line, '存在的主要隐患:' "
              "and '1、' hazard lines (unit 2 skips '2、', unit 3 one unnumbered hazard, unit 4 no label); whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("汉中市消防救援支队"), headline=head(), problems=YANGXIANREN,
        anomalies=["(NEW) One problem per hazard line, category and unit the unit line under '0N' (R80/R82, R102), seq as "
                   "printed restarting per unit (R75).",
                   "(NEW) Unit 2 prints '1、' then '3、' '4、' with blank lines where '2、' would be: seq 1, 3, 4 (R75 gaps "
                   "kept); unit 3's single hazard after '存在的主要隐患:' has no number: seq null; unit 4 lacks the label, its "
                   "'1、' '2、' still count.",
                   "'安全出口未设置卷帘门' kept as printed; '4家' counts bodies: no figure; no title line, no date."]),
    "nteyudi_fire_exposure_ten_units_inline_trad_cut": dict(
        excerpt=True,
        genre="a glossed traditional copy of a county 消防 曝光: dateline lead, then 'N、單位名稱:<unit>' / '隱患問題:(1)…;(2)…' "
              "inline per unit; cut right after '10、'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("邵陽縣消防大隊"), headline=head(), problems=NTEYUDI,
        anomalies=["One problem per unit: its hazards run inline '(1)…;(2)…' (R11, blind30 yinchuan), seq the unit's "
                   "printed number, title the text after '隱患問題:' with its inner numbers, final '。' dropped; unit the "
                   "'單位名稱:' field (R102); titles and units simplified without glosses (R91).",
                   "(NEW) The copy stops right after '10、': nothing of unit 10 is printed, so it is not labelled (no title "
                   "can be given; C14's 'as far as the copy goes' is empty).",
                   "'10家' counts bodies: no figure; '3月29日' has no year: no date; no title line (a dateline lead)."]),
    "xianan_civilization_check_seven_villages_clauses": dict(
        excerpt=False,
        genre="a district news item on a 创文 督办 of an 办事处: the visit, '发现:' then seven '<village>…' ';' clauses in one "
              "paragraph, praise, the 办事处's response, a one-line progress note; credits; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区委宣传部副部长熊鸣、区文明办主任石莉一行", "浮山办事处"), headline=head(), problems=XIANAN,
        anomalies=["One problem per village/community clause (R12, R10 ';' clause), titled whole from the name to its last "
                   "fault, final '。' dropped; 村/社区 are places: no unit (R103).",
                   "The closing '大畈村村委会院内环境卫生已整治完成' covers one of that clause's three faults: status null (R71 "
                   "partial); the 办事处's general response is no measure (0).",
                   "Inspector the visitors as printed (R46: the only names); '12月4日至5日' has no year: no dates (R60); "
                   "praise of 银泉/梅园社区 is not a problem (R16); no title line."]),
    "ihas_environment_check_three_firms_trad_fragment": dict(
        excerpt=False,
        genre="a glossed traditional copy of a city 环保 执法 news item, stored from mid-article ('據介紹'): three firms' "
              "faults as ';' clauses, a note on secrecy, the authors",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=IHAS,
        anomalies=["One problem per firm clause (R12, blind30 ningxia 2022), titled from the firm's name to its last fault; "
                   "the order '必須現場查封' is dropped (R92); the firm is the unit (blind17 lingao); simplified (R91).",
                   "国晨's clause is kept whole with '雖然環保設備運轉正常,但…' (R16: the fault follows 但; the clause is one "
                   "statement) and its closing '等問題' (R87).",
                   "The store begins mid-article at '據介紹' and reaches the author line: excerpt false; '執法人員' unnamed: "
                   "inspector null (R48); no date in the text (the url's is none, R44)."]),
    "dyrmt_river_ducha_notice_two_villages_slow": dict(
        excerpt=False,
        genre="a 镇 督查 通报 to its villages on a river clean-up: addressee, the check, '一、总体情况', '二、存在的问题' (one "
              "sentence naming two villages' slow items), '三、下步工作要求' '一是…三是…'; whole copy (no signature)",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("镇党委书记谭恢军,镇长梁大钊"), headline=head(), problems=DYRMT,
        anomalies=["(NEW) '以下问题整改进度缓慢,效果不明显:A,B。' names two villages' items: one problem each (R12), category "
                   "'存在的问题' (R79), titled from the village to '效果不明显'.",
                   "(NEW) Status in_progress: the section says both items' rectification is slow and ineffective (not "
                   "rectified, R93); the demand '8月7日前金元村、石宝沟村要完成…打捞工作' is their time limit: deadline '8月7日前' "
                   "(R106); '三、下步工作要求' is 整改要求: measures 0 (R98).",
                   "Villages are places: no unit (R103); a 督查 of the villages' rectification on 2017-08-05/06: no start/end "
                   "(R53); inspector the two leaders as printed (R46); praise of three villages is no problem (R16); no "
                   "title line, no signature, no date."]),
    "meipian_dust_check_two_problems_today_progress": dict(
        excerpt=False,
        genre="a Meipian post (HTML <p> tags kept) of a 区建管中心 督促 of a project's 扬尘 rectification: the visit, "
              "'检查存在问题:A;B等问题。', '今日整改进度:' one comma-joined paragraph; whole post",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区建管中心", "坚强电网及电力管沟工程"), headline=head(), problems=MEIPIAN,
        anomalies=["(NEW) '检查存在问题:A;B等问题。' → two problems (R10 ';' clauses), the closing '等问题' kept (R87).",
                   "(NEW) '今日整改进度:' is one comma-joined paragraph whose clauses answer the two problems in order: one "
                   "measure each (R96); problem 1 '全部覆盖到位' → done; problem 2 '已清理' plus '已安排人员进行保洁' (an action, "
                   "no done word) → null (R95).",
                   "A 督促 of a project's rectification on '2023年5月2日': no start/end (R53); kind null (a check record, "
                   "no title line); no page date."]),
}

EXPECTED = {"xflgt_survey_inspection_typical_cases_trad_cut": 2, "sxgp_fire_exposure_two_units_numbered_hazards": 6,
            "wxredian_fire_exposure_county_units_hazard_lines": 10,
            "baitongwang_fire_exposure_district_cards_one_hazard": 12,
            "yangxianren_fire_exposure_four_units_numbering_gap": 12,
            "nteyudi_fire_exposure_ten_units_inline_trad_cut": 9,
            "xianan_civilization_check_seven_villages_clauses": 7,
            "ihas_environment_check_three_firms_trad_fragment": 3,
            "dyrmt_river_ducha_notice_two_villages_slow": 2,
            "meipian_dust_check_two_problems_today_progress": 2}
TRADITIONAL = ("xflgt", "nteyudi", "ihas")


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself by a different route than the labels."""
    if stem.startswith("xflgt"):
        return len(re.findall(r"^[一二三四五六七八九十]+、", text, re.M))
    if stem.startswith("sxgp"):
        return len(re.findall(r"^\d\. ", text, re.M))
    if stem.startswith("wxredian"):
        return len(re.findall(r"^\d、", text, re.M))
    if stem.startswith("baitongwang"):
        return text.count("存在隐患:")
    if stem.startswith("yangxianren"):
        return len(re.findall(r"^\d、", text, re.M)) + len(re.findall(r"^存在的主要隐患:.", text, re.M))
    if stem.startswith("nteyudi"):
        return text.count("隱患問題:")
    if stem.startswith("xianan"):
        para = text.split("发现:")[1].split("\n")[0]
        return para.count(";") + 1
    if stem.startswith("ihas"):
        return text.split("\n")[0].count(";") + 1
    if stem.startswith("dyrmt"):
        return text.split("二、存在的问题\n")[1].split("\n")[0].count("村辖区内")
    if stem.startswith("meipian"):
        return text.split("检查存在问题:")[1].split("。")[0].count(";") + 1
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    if not stem.startswith(TRADITIONAL):  # the traditional pages' titles are simplified (R91)
        check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=65, urls=URLS)


if __name__ == "__main__":
    main()
