"""Write the texts and truth files of tests/importer/real/blind19: a held-out batch of real pages that HOLD PROBLEMS,
labelled in session 16 by helper label23, who did not change the parser and did not read zhenggai/importer/ or
tests/importer/*.py. Scored once on the worktree's untouched parser (FIRST_RUN_blind19.txt) before anything else
changed; whoever changes the parser for it must say so and keep that first run as the honest one. Labelled at the same
time as snippets20 (label24, /work/wt/label24); its folder was checked before committing (label23 keeps a page both took).

Schema and conventions as make_truths.py, make_truths_blind9.py … make_truths_blind18.py and make_truths_snippets17.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied
as returned (JSON strings pasted into TEXTS below and decoded, so every character is the store's: a blog's raw
'<p class="ql-block">' HTML, a 信息公开 metadata table pasted as '|' rows, a spam site's '篮球比分直播:' injected into a
news copy, a portal's odd spaces inside words ('区文化旅游体育 局'), a Taiwanese news copy with full-width punctuation and
an ad line). ``excerpt`` is true for the two pages cut inside their problem list (nanjing: the table's row 10 after its
整改措施 cell; quanzhou: cut at '篮球比' after the 泉港区 paragraph) and false for the five whose copy reaches the page's
last line or its footer. No url is in an earlier truth: every "url" under /work/main/tests/importer, /work/shared/corpus
and /work/wt/label24/tests/importer/real, and every url quoted in /work/main/tests/importer/real/tools/*.py was collected
(776 keys; host+path+query, scheme, 'www.' and a trailing '/' dropped, lower case) and each new page's key was checked
against them.

Queries (``pages`` corpus; 26 in all, none in an earlier make_truths_*.py list): 巡察反馈问题整改落实情况 公示 问题清单 整改措施
责任人 整改时限 已完成 镇党委; 审计发现问题整改情况 序号 问题 整改措施 整改结果 已整改到位 县审计局; 督察交办问题整改台账 序号 问题
整改措施 责任单位 完成时限 整改进度; 验收销号 公示 整改任务 整改完成情况 申请销号 责任单位; 突出生态环境问题整改验收销号公示 整改问题
整改实施主体 重点措施 完成时限 整改完成情况; 巡視整改進展情況 問題清單 整改措施 已完成 大學黨委 通報; 信访件办理情况 表 序号 受理编号
交办问题 行政区域 调查核实情况 是否属实 处理整改情况; 审计调查发现问题整改情况的函 具体整改情况 (一) 该问题已完成整改 一是 二是;
自排查突出生态环境问题 已整改完成 通过核查验收 现将问题整改完成情况公示如下 整改实施主体; 巡察组反馈问题 整改情况 第一条问题
整改情况:已整改 第二条问题 社区 公示栏; 电梯安全专项检查 通报 存在问题 维保记录不全 责令整改 小区 物业; 垃圾分类 检查 通报 存在问题
1. 2. 3. 扣分 街道 小区 整改; 建筑工地 扬尘治理 检查通报 存在问题 裸土未覆盖 停工整改 项目名称 施工单位; 党建工作 督查 反馈 支部
存在问题 三会一课 记录不规范 党费 整改时限; 农贸市场 检查 发现问题 通报 1、 2、 3、 市场监管所 限期整改 摊位; 驻村工作队 督查 通报
存在问题 脱岗 工作日志 整改 乡村振兴局; 燃气安全 检查 隐患 清单 餐饮 单位名称 隐患描述 整改情况 已整改; 耕地保护 违法图斑 整改 公示
图斑编号 问题 整改措施 整改结果 自然资源所; 關於巡察反饋意見整改情況的通報 問題 整改情況 已完成整改 黨支部; 经济责任审计 发现问题
整改报告 问题一 问题二 整改措施 整改结果 学院 财务处; 12345热线 督办 通报 问题清单 承办单位 办理时限 超期未办结 整改; 文物安全 检查
发现问题 通报 消防器材过期 电线私拉乱接 文保单位 整改; 立行立改 问题清单 序号 问题描述 整改措施 责任人 完成时间 整改情况 村;
审计整改结果公告 被审计单位 审计发现的主要问题 1. 2. 3. 整改情况 已收回 已调账; 环保督察 边督边改 群众举报 办理情况 一览表 受理编号
交办问题 调查核实 处理整改 问责; 學校 食堂 檢查 通報 存在問題 一、 二、 三、 限期整改 教育局.
As label17/20/22 found, the 巡察/巡视/审计/督察/验收销号 pages the store returns were all labelled already (four 宿马/宿州
验收销号 公示, 南宁 审计函 (traditional), 卫滨 姜南社区 five kinds, 婺城 巡察整改 通报, 昆明 round summary, the 科学城
农贸市场 notice in both copies, the hpu 党支部 抽查 通报). No 巡察/审计 problem list, no one-task 公示 and no 信访 table was
new. A traditional 泉州 垃圾分类 考评 page (muzhuzai.net) held three '一是…三是' problems but its stored copy opens with a
pornographic spam title line: not taken. The new pages are checks and one 除差 公示 table.

Kinds (issue 10): a 公示 table pasted as '|' rows with 序号 | 小区名称 | 问题清单 | 整改措施 (nanjing_waste_sorting_chucha_
table_cut); a blog's raw HTML card '一、项目名称:…' … '存在问题:' then '1.'/'2.' paragraphs (pingyin_dust_worst_project_
meipian_html); one sentence per site '<site>,<finding>,<finding>。' after a metadata table (erqi_construction_dust_night_
check_four_sites); findings separated by ';' in one paragraph of a signed 通报 (louxing_market_may_check_notice); ';'
findings in one paragraph per district heading, praise sentences mixed in, spam injected, cut (quanzhou_market_eval_
districts_spam_cut); two findings joined by ',' in one spaced sentence (erqi_relics_fire_check_two_findings_spaced); one
firm per clause '<firm>經衛生局複查仍有…等缺失未完成改善', traditional (taiwan_school_catering_three_firms_recheck_trad).

Problems: 39 (10+2+4+5+13+2+3), counted by hand and recounted in main() by regex on the text. Measures were counted
twice: once by reading each 整改措施 cell (nanjing: 2 ×6, 1, 2, 3, 1) and once by splitting the cell on ','
(2 ×6, 1, 1, 3, 1): row 8 '组织人员定期上门宣传、加强管理' holds two actions joined by '、' (上门宣传; 加强管理), so the
reading (2) stands; row 7 '对…容器、标识进行更换' and row 9 '发动小区居民组长、党员带头…' join objects/subjects with '、', not
actions. Every other page has no answering entry: measure_count 0 ('下达整改通知书', '责令…限期整改', '已裁處8萬元' are
the inspector's acts).

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a 除差 公示 table: the 小区 were rectified, self-assessed, checked by 区 and 市 and are published for objections
  to the '除差效果' (as a 验收销号 公示): status done for every row, though '现等级' still reads 'C级' (the upgrade is what
  is proposed, not the rectification). Titled by the 问题清单 cell; seq from 序号; measures from the 整改措施 cell; the
  小区名称 cell is a place, not a body (blind17's wuan rule): no unit. Row 10 is cut after its 整改措施 cell: title and
  measure are in the text, so it is labelled. The publishing office named in the lead is not a signature: issuer null;
  no page date: report date null; kind bulletin (a closure 公示, blind15's hengyang table).
- (NEW) a raw HTML card: the page's '<p …>' tags are part of the text; problems '1.'/'2.' under '存在问题:' (category
  '存在问题', blind10's hpu rule); the card's 建设/监理/施工单位 lines list the project's parties but none is charged: no unit.
- (NEW) '<site>,<finding>,<finding>。' sentences: one problem per site, titled by the whole sentence (the site is the
  subject; final '。' dropped); no category; '我局执法人员已对其下达整改通知书' charges the sites (places), no unit. The
  metadata table's '发布机构:二七区建设局' is a source field (snippets17's 来源 rule): issuer null; '成文日期:2018-08-10'
  → report_date; '2018年8月8日晚10点到8月9日凌晨5时' → start 2018-08-08, end 2018-08-09.
- a signed 通报 whose problems are ';' clauses: one problem per clause, titled whole (the market names are subjects);
  '城西、长青、涟滨、观化搞得较好,但市场有零碎垃圾' is a problem (after '但'), titled whole since its subject is the praised
  markets; addressed to '各农贸市场' (every market): no unit; signature '娄底市娄星区商务局 二Ο一四年五月三十一日' (the
  page's 'Ο' is a capital omicron) → issuer and report_date 2014-05-31 (the 2017 '编辑' line is the repost); the title
  line is kept, kind null (a check's results, snippets16); '5月份' has no day: no dates.
- (NEW) district paragraphs '鲤城区:…;…;…。': one problem per ';'/'。' clause that states a fault; the assessments '大部分
  市场情况一般', '整体情况一般' and the praise '两极分化仍然明显,浦西市场…情况较好' are not problems; '洛江区:整体情况较好,但…'
  is titled after '但'; '此外,' is dropped; category the district; status in_progress for a clause that says a fault is
  still not rectified ('未整改', '仍得不到有效整改'; blind16's '仍未整改到位'), else null. The injected '篮球比分直播:' is
  kept in the text; the inspector is '市考评中心' (会同市市场监督管理局). '共发现问题329处' → headline problems_total 329
  (blind10: problems in 处 are problems). '上个月', '4月4日' have no year: no dates. News: title null.
- (NEW) a spaced portal sentence '发现 A存在…、…, B 的问题': two problems titled as printed (spaces kept); '7 月 8 日 上午'
  takes its year from '2021年度 文物消防安全专项 检查' in the same sentence → start and end 2021-07-08; '相关管理单位'
  names no body: no unit.
- (NEW) a news copy listing each failing firm's defects after a 複查: one problem per firm, titled by its defect list
  after '仍有' to '等缺失'; the firm is the responsible unit (the body penalised and told to improve; blind15's rule);
  '未完成改善' → in_progress (blind10's '未整改到位'); the page's ' date 2026-02-04' line → report_date; '去年9～12月' is
  a span of months: no dates; '283家次' are checks: no figure. Traditional: problems simplified by
  make_truths_blind10.simplified; doc fields keep the page's script.
"""
import json
import re
from pathlib import Path

from make_truths import check_problems, check_title_issuer, head, ins, prob, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind19"

TEXTS = {
    'nanjing_waste_sorting_chucha_table_cut': r'''"第四批生活垃圾分类“除差”小区名单公示\n根据我市垃圾分类工作计划,各区分批开展垃圾分类“差级”小区“除差”工作。经过街道自评、区审核和市初步检查,市垃圾分类工作领导小组办公室将第四批“除差”小区名单予以公示,公示时间为公布之日起5日内。\n如对下列小区垃圾分类“除差”效果不满意或对小区晋级不认可(A级为优,B级为良,C级为差),请于公示期内将意见反馈到我办电子邮箱:njscgj@njnet.gov.cn。\n垃圾分类“除差”小区公示名单\n序号 | 小区名称 | 问题清单 | 整改措施 | 现等级 | 拟晋级 |\n1 | 化工新村11-12/17-19 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n2 | 化工新村28-31栋 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n3 | 化建二村 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n4 | 名都汇花园 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n5 | 洺悦府一期 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n6 | 馨怡园 | 垃圾收运不及时,垃圾滞留积压 | 提高收运频次,调整合理收运时间 | C级 | B级 |\n7 | 蔡巷100号 | 垃圾分类收集容器,颜色、标识部分错误 | 对收集点内所有颜色错误的容器、标识进行更换 | C级 | B级 |\n8 | 建设新村 | 居民意识有待提高 | 组织人员定期上门宣传、加强管理 | C级 | B级 |\n9 | 龙潭新村 | 小区居民垃圾分类意识薄弱 | 发动小区居民组长、党员带头做好垃圾分类,社区工作人员上门宣传垃圾分类,开设讲座普及垃圾分类知识 | C级 | B级 |\n10 | 五福家园 | 垃圾分类收集容器部分损坏 | 更换收集点内所有已损坏的收集容器 |"''',
    'pingyin_dust_worst_project_meipian_html': r'''"<p class=\"ql-block\"> 为加强扬尘污染防治工作,压实主体责任,督导检查全覆盖,现场督查和视频监控巡察相结合,督促文明施工有效落实,为改善我县空气质量贡献力量。</p><p class=\"ql-block\"></p><p class=\"ql-block\">今日较差项目</p><p class=\"ql-block\">一、项目名称:上城国际三期建设项目</p><p class=\"ql-block\">所属区域:榆山街道</p><p class=\"ql-block\">建设单位:山东万海房地产开发有限公司</p><p class=\"ql-block\">监理单位:平阴县工程建设监理有限责任公司</p><p class=\"ql-block\">施工单位:泛远建设集团有限公司</p><p class=\"ql-block\">存在问题:</p><p class=\"ql-block\">1.机械施工未采取抑尘措施(放置雾炮未开启)</p><p class=\"ql-block\">2.非作业面裸土及易产尘物料未采取有效抑尘覆盖</p> <p class=\"ql-block\"> 扬尘办将持续开展扬尘污染综合整治攻坚行动,通过加大联合执法、联合整治,督导巡查,使各类扬尘污染场所得到全方位管控,达到快速查出、精准处置、教育警示、切实提高扬尘防治工作水平。</p>"''',
    'erqi_construction_dust_night_check_four_sites': r'''"索 引 号:005253269/2018-00313 | 主题分类:综合政务/工作信息/工作动态 | |\n发布机构:二七区建设局 | 关 键 词:综合,政务,工作,工作信息 | |\n文 号 | 成文日期:2018-08-10 | 发布日期:2018-08-10 |\n体 裁 | 生效日期 | 废止日期 |\n为做好我区建筑工地控尘、抑尘工作,2018年8月8日晚10点到8月9日凌晨5时,区建设局对辖区建筑工地夜间施工\"八个百分之百\"落实情况开展夜查。重点检查了有出土作业及监控平台通报的工地。\n此次督导行动共检查工地11处,多处工地均存在扬尘污染问题。德润C-01地块,现场黄土裸露,现场道路泥土较多无专人保洁。鼎盛小学,防尘网破损,黄土裸露未覆盖,道路浮土较多无专人保洁。盛润N19-1地块,基坑坡道未硬化,道路泥土较多无专人保洁,物料堆放混乱。鑫苑名城二号院、三号院,大面积黄土裸露,车辆出入未清洗带泥上路。我局执法人员已对其下达整改通知书要求限期整改。\n下一步,我局将继续开展建筑工地夜查行动,督促建筑工地做好扬尘污染防治工作。"''',
    'louxing_market_may_check_notice': r'''"当前位置:\n\n娄星区中心城区农贸市场 5月份检查考评情况通报\n\n编辑:娄星在线 2017-06-19 11:02:06\n—分享—\n\n  娄星区中心城区各农贸市场:\n\n  5月份,我局对娄星区中心城区各农贸市场进行了4次检查工作,大多数市场经营有序、卫生保洁到位,但也存在不少问题。湘中果蔬卫生保洁不及时,市场周边存在乱摆乱放问题;洞新、秀石过道存在乱摆、乱放、通道卫生不清洁;早元市场内过道零担较多,空置的摊位上乱摆乱放现象严重;涟钢零担比较乱,保洁不及时;城西、长青、涟滨、观化搞得较好,但市场有零碎垃圾。\n\n  请各农贸市场针对通报中指出的问题逐一加以整改。\n\n  娄底市娄星区商务局\n\n  二Ο一四年五月三十一日\n\n  附表:娄底中心城区农贸市场5月份环境卫生检查情况考评结果\n\n编辑:娄星在线\n\n阅读下一篇\n\n返回娄星在线首页"''',
    'quanzhou_market_eval_districts_spam_cut': r'''"闽南网4月4日讯(福建日报新媒体·闽南网记者 陈玉玲)上个月,篮球比分直播:市考评中心会同市市场监督管理局对中心城区31座集贸市场进行48座次考评,共发现问题329处。\n当月,第一名为洛江区96.50分,第二名为篮球比分直播:经济技术开发区94.50分,第三名为丰泽区87.80分,第四名为鲤城区85.94分,第五名为泉港区84.50分,第六名为篮球比分直播:市城镇集体工业联合社82.25分。考评主要发现杂物乱堆放、保洁不到位、车辆入场乱停放、柜台瓷砖铺面脏污、公平秤缺失、零星“牛皮癣”等问题。\n鲤城区:大部分市场情况一般。部分市场有零星“牛皮癣”回潮现象,如东菜市场和西菜市场;车辆入场问题仍得不到有效整改,如金山市场和南菜市场;西菜市场和东浦市场有柜台瓷砖铺面脏污现象,东浦市场公平秤缺失未整改;石崎市场情况仍较差,保洁不到位问题突出,柜台瓷砖铺面脏污未整改,车辆入场现象严重,市场公厕有异味。\n丰泽区:两极分化仍然明显,浦西市场、后坂市场、北峰市场情况较好。较差的如滨城农贸市场、后埔市场等环境卫生问题突出,有垃圾堆积和多处保洁不到位,且后埔市场水沟盖板破损未整改;蟳埔海鲜市场问题突出,无明显的市场标识,杂物乱堆放和车辆入场现象严重,未划行归市;部分市场未及时公示当日农药残留检测结果,如法石市场和环山市场;霞美市场有苍蝇消杀不到位和建筑物立面破损。此外,北峰市场和环山市场未配备公平秤。\n洛江区:整体情况较好,但万安市场地面积污垢,双阳市场有杂物乱堆放。\n泉港区:整体情况一般。杂物乱堆放和车辆入场是三个市场的共性问题。部分市场“牛皮癣”回潮,如庄园市场和田里市场,田里市场公平秤不能正常使用;明华市场未公示当日农药残留检测结果。\n篮球比"''',
    'erqi_relics_fire_check_two_findings_spaced': r'''"为 持续深化文物消防安全专项整治和能力提升三年行动 , 进一步加大专项整治攻坚力度, 7 月 8 日 上午 , 区文化旅游体育 局 联合区消防救援大队 组成检查组, 对辖区文博 单位 开展 2021年度 文物消防安全专项 检查。\n检查组主要对 纺织工业基地生活区大门、后仓关帝庙、保吉寨、郑州第二砂轮厂、城外城陶瓷艺术博物馆、瓷源博物馆等单位进行了现场检查。 在 检查中, 发现 纺织工业基地生活区大门存在电灯安置在木质建筑材料上、电线铺设不规范, 瓷源博物馆、城外城博物馆 消防 标识 未能正常运行 的问题 , 检查组现场责令相关管理单位限期整改, 同时要求 各 单位 要 进一步加大巡查力度, 确 保消防设施的正常使用 , 严防各类安全事故的发生。\n通过检查,进一步增强了全区文保单位的消防安全意识和责任意识。下一步,区文旅体局 将 持续 高度重视文物 保护单位 消防安全工作 , 严守文物安全底线。"''',
    'taiwan_school_catering_three_firms_recheck_trad': r'''" date 2026-02-04 食藥署稽查校園團膳4日公布結果，除3家業者GHP複查不合格，其餘均符合規定。圖為不合格業者作業區牆面天花板不潔。\n\n（食藥署提供／中央社）\n\n記者戴淑芳∕台北報導\n\n食藥署4日公布「114年度供應校園午餐團膳業者稽查專案第2階段稽查結果」，台南市「卡多利亞食品股份有限公司」、「頂旺團膳便當工廠」，以及新竹縣「泰和食品有限公司」等3家業者設備設施不潔，甚至紗窗破損有病媒侵入的可能，分別開罰8萬、12萬元。\n\n食藥署聯合地方衛生局執行「114年度供應校園午餐團膳業者稽查專案」，團膳業者主要供應國中小的午餐，每個學期都會進行查核。除了抽驗成品、半成品及原料等，也會針對人員作業衛生及製程管理查核。\n\n廣告 廣告\n\n食藥署去年9～12月共查核團膳業者283家次，並抽驗午餐成品及半成品274件、豬肉原料70件，以及查核豬肉原產地標示263件。執行結果顯示，除3家業者GHP複查不合格，其餘均符合規定。\n\n不合格業者包括台南市卡多利亞食品股份有限公司、頂旺團膳便當工廠，以及新竹縣泰和食品有限公司、\n\n卡多利亞經衛生局複查仍有作業區牆面天花板不潔、紗窗不潔或破損、層架鏽蝕、燈具損壞未更新等缺失未完成改善；頂旺複查仍有部分牆面、天花板不潔、紗窗不潔、出風口不潔、盛裝餐食之器具凹損不潔等缺失未完成改善，2業者均已裁處8萬元。\n\n泰和食品經衛生局複查仍有地板濕黏不潔、設備有油垢且工作檯面不潔、垃圾桶等隨意放置、冷凍冰箱整理未落實、冷藏溫度紀錄不確實等缺失未完成改善，違反《食安法》規定已裁處12萬元。"''',
}


# session 17: each 整改措施 cell is one undivided entry (no 一是/二是, no 1./2.): measure_count 1 per row (schema: "an
# undivided paragraph counts as 1"); the cells were counted by their comma-joined actions before (2 ×6, 1, 2, 3, 1)
NANJING = [("垃圾收运不及时,垃圾滞留积压", 1)] * 6 + [("垃圾分类收集容器,颜色、标识部分错误", 1), ("居民意识有待提高", 1),
                                                ("小区居民垃圾分类意识薄弱", 1), ("垃圾分类收集容器部分损坏", 1)]
ERQI = ["德润C-01地块,现场黄土裸露,现场道路泥土较多无专人保洁", "鼎盛小学,防尘网破损,黄土裸露未覆盖,道路浮土较多无专人保洁",
        "盛润N19-1地块,基坑坡道未硬化,道路泥土较多无专人保洁,物料堆放混乱", "鑫苑名城二号院、三号院,大面积黄土裸露,车辆出入未清洗带泥上路"]
LOUXING = ["湘中果蔬卫生保洁不及时,市场周边存在乱摆乱放问题", "洞新、秀石过道存在乱摆、乱放、通道卫生不清洁",
           "早元市场内过道零担较多,空置的摊位上乱摆乱放现象严重", "涟钢零担比较乱,保洁不及时", "城西、长青、涟滨、观化搞得较好,但市场有零碎垃圾"]
IP = "in_progress"
QUANZHOU = [("鲤城区", "部分市场有零星“牛皮癣”回潮现象,如东菜市场和西菜市场", None),
            ("鲤城区", "车辆入场问题仍得不到有效整改,如金山市场和南菜市场", IP),
            ("鲤城区", "西菜市场和东浦市场有柜台瓷砖铺面脏污现象,东浦市场公平秤缺失未整改", IP),
            ("鲤城区", "石崎市场情况仍较差,保洁不到位问题突出,柜台瓷砖铺面脏污未整改,车辆入场现象严重,市场公厕有异味", IP),
            ("丰泽区", "较差的如滨城农贸市场、后埔市场等环境卫生问题突出,有垃圾堆积和多处保洁不到位,且后埔市场水沟盖板破损未整改", IP),
            ("丰泽区", "蟳埔海鲜市场问题突出,无明显的市场标识,杂物乱堆放和车辆入场现象严重,未划行归市", None),
            ("丰泽区", "部分市场未及时公示当日农药残留检测结果,如法石市场和环山市场", None),
            ("丰泽区", "霞美市场有苍蝇消杀不到位和建筑物立面破损", None),
            ("丰泽区", "北峰市场和环山市场未配备公平秤", None),
            ("洛江区", "万安市场地面积污垢,双阳市场有杂物乱堆放", None),
            ("泉港区", "杂物乱堆放和车辆入场是三个市场的共性问题", None),
            ("泉港区", "部分市场“牛皮癣”回潮,如庄园市场和田里市场,田里市场公平秤不能正常使用", None),
            ("泉港区", "明华市场未公示当日农药残留检测结果", None)]
TAIWAN = [("作業區牆面天花板不潔、紗窗不潔或破損、層架鏽蝕、燈具損壞未更新等缺失", "卡多利亞食品股份有限公司"),
          ("部分牆面、天花板不潔、紗窗不潔、出風口不潔、盛裝餐食之器具凹損不潔等缺失", "頂旺團膳便當工廠"),
          ("地板濕黏不潔、設備有油垢且工作檯面不潔、垃圾桶等隨意放置、冷凍冰箱整理未落實、冷藏溫度紀錄不確實等缺失", "泰和食品有限公司")]

DOCS = {
    "nanjing_waste_sorting_chucha_table_cut": dict(
        url="http://cgj.nanjing.gov.cn/zhuantizhuanlan/ljfl_20190625/xgzx_20190625/202210/t20221014_3722498.html",
        excerpt=True,
        genre="a city 城管局's 垃圾分类 '除差' 公示: a 6-column table pasted as '|' rows (序号 | 小区名称 | 问题清单 | 整改措施 | "
              "现等级 | 拟晋级); cut in row 10 after its 整改措施 cell",
        kind="bulletin", title="第四批生活垃圾分类“除差”小区名单公示", issuer=None, report_date=None, inspection=ins(),
        headline=head(),
        problems=[_p(i, t, status="done", measures=m) for i, (t, m) in enumerate(NANJING, 1)],
        anomalies=["(NEW) A 除差 公示: rectified, checked by 区 and 市, published for objections to the '除差效果' → status done "
                   "for every row, though '现等级' still reads 'C级' (the upgrade is proposed, the rectification is done).",
                   "Rows titled by the 问题清单 cell, seq from 序号; the 小区名称 cell is a place, not a body: no unit.",
                   "Measures from the 整改措施 cell: session 17: one per row, each cell an undivided entry (schema: an "
                   "undivided paragraph counts as 1; was 2 ×6, 1, 2, 3, 1 by the cells' comma-joined actions).",
                   "(NEW) Row 10 is cut after its 整改措施 cell: labelled (title and measure are in the text).",
                   "'市垃圾分类工作领导小组办公室将…予以公示' is in the lead, not a signature: issuer null; no page date: report "
                   "date null; no count stated: no headline."]),
    "pingyin_dust_worst_project_meipian_html": dict(
        url="https://www.meipian.cn/5dljhmsp", excerpt=False,
        genre="a county 扬尘办's daily '今日较差项目' card on a blog, stored as raw '<p class=\"ql-block\">' HTML: project "
              "fields, '存在问题:' then '1.'/'2.'; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("扬尘办", "上城国际三期建设项目"), headline=head(),
        problems=[_p(1, "机械施工未采取抑尘措施(放置雾炮未开启)", "存在问题"),
                  _p(2, "非作业面裸土及易产尘物料未采取有效抑尘覆盖", "存在问题")],
        anomalies=["(NEW) The stored copy is raw HTML ('<p class=\"ql-block\">…</p>' runs, no line breaks): the tags are part "
                   "of the text; each item is one '<p>'.",
                   "Problems '1.'/'2.' under '存在问题:' (category '存在问题'); the 建设/监理/施工单位 lines name the project's "
                   "parties but none is charged: no unit; no measures, status null.",
                   "No title, no date; '我县' is not named (平阴 only inside a company name): inspected is the project."]),
    "erqi_construction_dust_night_check_four_sites": dict(
        url="http://henan.kjzch.com/zhengzhou/2018-08-10/216082.html", excerpt=False,
        genre="a district 建设局 news item on a 信息公开 copy: a metadata table pasted as '|' rows, then one sentence per "
              "site '<site>,<finding>,<finding>。'; whole page",
        kind=None, title=None, issuer=None, report_date="2018-08-10",
        inspection=ins("区建设局", "辖区建筑工地", "2018-08-08", "2018-08-09"), headline=head(),
        problems=[_p(None, t) for t in ERQI],
        anomalies=["Metadata table: '发布机构:二七区建设局' is a source field (issuer null, snippets17's 来源 rule); "
                   "'成文日期:2018-08-10 | 发布日期:2018-08-10' → report_date.",
                   "'2018年8月8日晚10点到8月9日凌晨5时' → start 2018-08-08, end 2018-08-09.",
                   "(NEW) One problem per site sentence, titled whole (the site is its subject; final '。' dropped); seq null, "
                   "no category; '共检查工地11处' counts checked sites: no figure.",
                   "'我局执法人员已对其下达整改通知书要求限期整改' is the inspector's act and charges places: measures 0, no unit."]),
    "louxing_market_may_check_notice": dict(
        url="https://www.ldlx.com/content/2014/06/01/6625763.html", excerpt=False,
        genre="a district 商务局's signed monthly 农贸市场 检查考评情况通报 (news-site repost): five faults as ';' clauses in "
              "one paragraph; whole page",
        kind=None, title="娄星区中心城区农贸市场 5月份检查考评情况通报", issuer="娄底市娄星区商务局", report_date="2014-05-31",
        inspection=ins("娄底市娄星区商务局", "娄星区中心城区各农贸市场"), headline=head(),
        problems=[_p(None, t) for t in LOUXING],
        anomalies=["Signature '娄底市娄星区商务局 / 二Ο一四年五月三十一日' ('Ο' is a capital omicron) → issuer and report_date "
                   "2014-05-31; '编辑:娄星在线 2017-06-19' is the repost date.",
                   "One problem per ';' clause after '但也存在不少问题。', titled whole (market names are subjects); the fifth "
                   "'城西、长青、涟滨、观化搞得较好,但市场有零碎垃圾' is a fault (after '但'), titled whole.",
                   "Addressed to '娄星区中心城区各农贸市场' (all of them): no unit; measures 0, status null; '5月份' and '4次检查' "
                   "give no dates and no figure. A check's results: title set, kind null."]),
    "quanzhou_market_eval_districts_spam_cut": dict(
        url="http://jingyuhuahui.com/quanzhou/news/2148549.html", excerpt=True,
        genre="a spam site's copy of a 闽南网 news item on a monthly 集贸市场 考评: '篮球比分直播:' injected three times; one "
              "paragraph per district '<district>:…;…;…。' with praise mixed in; cut at '篮球比'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市考评中心", "中心城区31座集贸市场"), headline=head(pt=329),
        problems=[_p(None, t, cat, status=st) for cat, t, st in QUANZHOU],
        anomalies=["Spam '篮球比分直播:' is injected before '市考评中心', '经济技术开发区', '市城镇集体工业联合社' and at the cut: "
                   "kept in the text; the inspector is '市考评中心' (会同市市场监督管理局).",
                   "(NEW) One problem per ';'/'。' clause that states a fault, category the district heading; '大部分市场情况一般', "
                   "'整体情况一般' and '两极分化仍然明显,浦西市场、后坂市场、北峰市场情况较好' are not problems; '洛江区:整体情况较好,但…' "
                   "is titled after '但'; '此外,' dropped. 鲤城区 4, 丰泽区 5, 洛江区 1, 泉港区 3.",
                   "(NEW) status in_progress where the clause says a fault is still not rectified ('未整改', '仍得不到有效整改'; "
                   "blind16's '仍未整改到位'): four clauses; else null. No measures, no unit (markets are places).",
                   "'共发现问题329处' → problems_total 329; the lead's '考评主要发现…等问题' is a summary, not problems.",
                   "'上个月', '4月4日' have no year: no dates; news: title null."]),
    "erqi_relics_fire_check_two_findings_spaced": dict(
        url="http://henan.kjzch.com/zhengzhou/2021-07-09/788182.html", excerpt=False,
        genre="a district 文旅体局 news item with stray spaces inside words; two findings in one sentence "
              "'发现 A存在…, B … 的问题'; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区文化旅游体育 局 联合区消防救援大队",
                       "纺织工业基地生活区大门、后仓关帝庙、保吉寨、郑州第二砂轮厂、城外城陶瓷艺术博物馆、瓷源博物馆等单位",
                       "2021-07-08", "2021-07-08"),
        headline=head(),
        problems=[_p(None, "纺织工业基地生活区大门存在电灯安置在木质建筑材料上、电线铺设不规范"),
                  _p(None, "瓷源博物馆、城外城博物馆 消防 标识 未能正常运行")],
        anomalies=["(NEW) The portal's stray spaces are kept ('消防 标识 未能正常运行'); two problems split at ', ' and titled as "
                   "printed (' 的问题' dropped).",
                   "(NEW) '7 月 8 日 上午' takes its year from '开展 2021年度 文物消防安全专项 检查' in the same sentence → "
                   "start and end 2021-07-08. No page date, no signature.",
                   "'责令相关管理单位限期整改' names no body: no unit; measures 0, status null."]),
    "taiwan_school_catering_three_firms_recheck_trad": dict(
        url="https://tw.news.yahoo.com/%E8%A8%AD%E5%82%99%E8%A8%AD%E6%96%BD%E4%B8%8D%E6%BD%94-%E5%8F%B0%E5%8D%97-%E5%9C%98%E8%86%B3"
            "%E6%A5%AD%E8%80%85-%E5%90%84%E7%BD%B0-%E8%90%AC%E5%85%83-220057057.html", excerpt=False,
        genre="a Taiwanese news copy (traditional, full-width punctuation, an ad line) of a 食藥署 校園團膳 稽查 result: one "
              "clause per failing firm '<firm>經衛生局複查仍有…等缺失未完成改善'; whole article",
        kind=None, title=None, issuer=None, report_date="2026-02-04",
        inspection=ins("食藥署聯合地方衛生局", "供應校園午餐團膳業者"), headline=head(),
        problems=[_p(None, t, units=[u], status=IP) for t, u in TAIWAN],
        anomalies=["(NEW) One problem per failing firm, titled by its defect list after '仍有' to '等缺失'; the firm (full name "
                   "from the lead) is the responsible unit; '未完成改善' at the 複查 → in_progress (blind10's '未整改到位').",
                   "'已裁處8萬元/12萬元' is the 衛生局's penalty: measures 0.",
                   "' date 2026-02-04' line → report_date; '去年9～12月' is a span of months: no dates; '283家次' are checks: "
                   "no figure. News: title null.",
                   "Traditional without glosses: problems simplified (make_truths_blind10.simplified); doc fields as printed."]),
}

EXPECTED = {"nanjing_waste_sorting_chucha_table_cut": 10, "pingyin_dust_worst_project_meipian_html": 2,
            "erqi_construction_dust_night_check_four_sites": 4, "louxing_market_may_check_notice": 5,
            "quanzhou_market_eval_districts_spam_cut": 13, "erqi_relics_fire_check_two_findings_spaced": 2,
            "taiwan_school_catering_three_firms_recheck_trad": 3}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem == "nanjing_waste_sorting_chucha_table_cut":
        return len(re.findall(r"^\d+ \| ", text, re.M))
    if stem == "pingyin_dust_worst_project_meipian_html":
        return len(re.findall(r'"ql-block">\d\.', text))
    if stem == "erqi_construction_dust_night_check_four_sites":
        body = text[text.index("扬尘污染问题。") + 7:text.index("我局执法人员")]
        return len([s for s in body.split("。") if s])
    if stem == "louxing_market_may_check_notice":
        body = text[text.index("但也存在不少问题。") + 9:text.index("\n\n  请")]
        return len([s for s in re.split(r"[;。]", body) if s])
    if stem == "quanzhou_market_eval_districts_spam_cut":
        n = 0
        for line in re.findall(r"^..区:(.*)$", text, re.M):
            n += sum(1 for s in re.split(r"[;。]", line) if s and ("但" in s or not re.search(r"情况(一般|较好)$", s)))
        return n
    if stem == "erqi_relics_fire_check_two_findings_spaced":
        return len(text[text.index("发现 ") + 3:text.index(" 的问题")].split(", "))
    if stem == "taiwan_school_catering_three_firms_recheck_trad":
        return text.count("複查仍有")
    raise KeyError(stem)


def measure_recount(text: str) -> list[int]:
    """nanjing: the 整改措施 cell of each row split on ',' (row 8 differs, see the docstring)."""
    return [len(row.split(" | ")[3].split(",")) for row in re.findall(r"^\d+ \| .*$", text, re.M)]


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)
    if stem.startswith("nanjing"):  # session 17: one undivided cell per row (the comma recount is kept as a record)
        got = measure_recount(text)
        assert got == [2] * 6 + [1, 1, 3, 1], got
        assert [p["measure_count"] for p in d["problems"]] == [1] * 10


def main() -> None:
    # trad: the project's convention since session 12 (blind10/11/12): simplified, no glosses
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=39, trad=lambda stem: stem.endswith("_trad"))


if __name__ == "__main__":
    main()
