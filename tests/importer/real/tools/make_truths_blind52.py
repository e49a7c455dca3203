"""Write the texts and truth files of tests/importer/real/blind52: a held-out set of real pages (session 24), labelled
on 2026-12-07 (09:23-09:40 UTC by the machine clock) by helper label67, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude /work/wt/label67) when found and again before the commit; a distinctive phrase of each
page ('三重一大”决策制度落实情况', '通渭县委宣传部' (named only in blind48's docstring, no text), '何分秋', '小甸镇', '29項具體任務',
'公务接待专项检查情况通报', '平和縣商務局', '苏州工艺美术职业技术学院党委', '青島國信發展', '十里铺镇开展村级财务专项整治') was grepped
in /work/main/tests/importer (texts, truths, generators) and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C41) and make_truths.py (head/ins/problem);
structure after make_truths_blind51.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): glyph glosses ('關(guān)于', '青島(dǎo)'), a stray space inside a word
('学习讨 论'), a page date a year before the inspection it reports, chrome ('第03版:县域新闻', '|') kept. The cut copies
decode to 1,991-2,000 UTF-8 bytes (the store's limit), except the glossed 资阳 copy (2,006: its glosses may be counted
otherwise by the store; pasted from the result as shown).

Brief (blind52): the centre of the genre a rectification office imports: 巡视/巡察 rectification progress bulletins and
reports (整改进展情况的通报, 集中整改进展情况的通报, 整改情况的报告, 整改落实情况) of universities, hospitals, state-owned
enterprises, counties, districts, towns and departments; prefer a report whose problems sit in attachments, a bulletin
whose problem section is the middle one, an organisation-level report with figures only, bulletins listing problems with
their measures.

Exhaustion: 75 queries (8 results each), in four rounds. (1) Title wordings by body: 关于巡察集中整改进展情况的通报 医院党委;
巡视整改进展情况的通报 大学党委 附件; 公司党委 巡察整改情况的报告; 镇党委 县委巡察反馈意见整改进展; 现将巡察整改进展情况予以公布;
巡察反馈问题整改落实情况 立行立改 长期坚持; 县委巡察组反馈意见整改情况的报告; 党总支 问题清单 见附件; 供销合作社党组; 街道党工委;
职业技术学院党委 省委巡视; 集团有限公司党委 巡视; 卫生健康局党组; 人民医院党委; 乡党委 监督; 中学党支部; traditional 關於巡察整改進展情況的通報;
公示 整改到位; 人民法院党组; 烟草专卖局党组; 检察院党组 反馈问题一; 残联 妇联 科协; 村党支部 整改措施 责任人; 税务局党委; 中央第十巡视组
专项巡视 集团公司党组; 大学党委 2017; 县委 省委巡视 2016; 附件1 问题清单 附件2 一览表; 巡察整改工作情况汇报 已全部整改完毕; 巡察整改销号;
国有企业 整改完成率 追缴资金; 学院党委 校党委巡察组; 中医院党委; 镇委员会 县委第三巡察组; 巡察整改情况的公告. (2) Problem-level
wordings (the productive round: the stored copies are the pages' first ~2,000 bytes, so a title query meets the same
pages again and again): “三重一大”决策制度执行不严格; 党建工作与业务工作融合不够; 问题1 整改情况 学校; 公务接待不规范 巡察组指出;
落实意识形态工作责任制不到位; 村级财务管理不规范; 医德医风建设; 学院党总支 已完成整改 基本完成整改; 基层党组织建设薄弱; 八项规定 清退;
干部队伍建设存在短板 公司党委; 县委统战部 县政协 向社会通报; '整改情况:已完成'; '二、巡察反馈问题整改落实情况 (一)关于'; '已整改完成
个 正在整改 个 需长期坚持'; traditional 問題的整改情況 黨支部; 范文 问题一 整改结果; 卫生院 完成时限; 巡察整改督查情况通报 整改不到位;
巡察整改“回头看” 仍存在; 整改清单 序号 责任人; 村党支部 整改情况公示; 固定资产管理不规范; 选人用人不规范; 社区党委 巡察整改 公开.
(3) Figures and stages: '巡察问题 个 已完成整改 个 阶段性完成 个'; 违规发放津补贴 清退; 政府采购不规范 采购管理办法; 专项巡视反馈意见
整改阶段进展情况的通报; 镇党委 领办整改问题 占整改问题量; traditional 鎮黨委 整改任務; 在巡察整改工作中 诫勉 制定及修改完善制度;
浙江 区委巡察组反馈 公布. (4) Exposures and sign-offs: 巡察整改不力典型问题的通报; 虚假整改 敷衍整改 典型案例; 巡察发现典型问题通报 点名; '整改情况:已建立 台账'
(街道 社区); 中心小学 1.关于 整改结果; 整改完成情况公示 第 项; 巡视反馈问题 整改销号 公示.
139 distinct candidate urls checked with known_urls.py: 107 KNOWN, 32 NEW. The centre answered almost only KNOWN pages
(wuch 婺城文旅体局, jw.km 697 problems, puupupc 湖北卫健委, sqjw 宿迁卫健委, zijin 蓝塘中学, alatiku, ssqfy, ptzy, hbfy, tengbh88,
qzcdi, xycdi 郊尾镇, ynqjnews 茂租镇, hetang 余家冲社区, blfj 松杨湖街道, shanting 徐庄镇, wnd, qzwomen, luntanhao, gl 科协,
lz.xiangtan, huiji, hgjwjw, yzctcx 湖北省委, ...); feedback news and meeting items likewise (pjzy, jssvc, toudeng, bjmssf,
cumt, hbust, alex-chef, zznu, linfench, fyxfw, zuzhaopin, lyruiju, ankang wjw, bynr, fzsd124, court feedback x4, ...).
What was new at the centre: a college's bulletin after a special 巡察 of its 三重一大 rules (figures only), two 宣传部
bulletins and a town's, each cut in its organisation section (twjw was seen by label63 and left out as a near miss,
blind48's docstring; no url or text of it is stored), and a glossed mirror of a city party committee's 2021 stage bulletin
on a 政府采购 专项巡视 (tasks and measures). Around it: a county 公务接待 check notice naming each body's fault, a comment
on one bureau's fake rectification, feedback news (one provincial 巡视 of a college, one 巡察 round of eight SOEs) and a
town's 村级财务 campaign with its figures.

Declined, new by key (22): hl-developerz (鄂尔多斯 明察暗访 news: the work, no finding); xcb.scu (川大 意识形态 整改 meeting,
requirements only); aarohieventsphotography (traditional, a 纪检组's 意识形态 监督 news, one unnamed unit's website quoted);
epaper.voc (白羊田镇 财务监管 news, '20余个' an approximation); ahqsjjw (槎水镇 村财务 check, '个别村'); qdubb 2018/57127 (巡察报告
training news); bkwk (spun explainer on 淄博, no body's fault); huat, zcc.gfxy (campus asset checks, '部分单位'); gzc.ahmu (巡视
整改 资产 meeting); zjdj (浙江 选人用人 巡查整改 news, faults of a masked '某单位'); epaper.lnd (辽宁 选人用人 专项检查 news, shared
faults, '健全完善79项制度规定': left out to keep near misses at a third); 21xqjy (郑州) and seridoat (巡视整改 explainers);
whjjw 738300 (a 巡察整改 调度 meeting); duoyuan-iws (traditional, a 约谈 of an unnamed '某国企' and three rounds' tallies);
szb.zjphol (巡察公告, no rectification); ankang.qinfeng 19687 (紫阳 巡察整改 督查 汇报会); scholarmate gnRqY3 (a journal abstract); dzsx
(山东省实验小学 巡察 feedback news, '主要是' run on); 123.130.246.115 (郓城 巡察 news, '个别单位…' shared); nodetpl (traditional,
定远 巡察建议书 news, '有的乡镇' shared).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - glut: a college party committee's 通报 on rectifying a 校党委 special 巡察 of its 三重一大 rules (2025), figures only
    ('3个问题已完成整改,2个问题已基本完成整改'), section 二 the causes, cut at section 三: 0.
  - twjw: a county 宣传部's 巡察整改情况 通报 (2021, 提级交叉巡察), '3个方面12项具体问题台账', cut in section 一: 0.
  - hnhs: a district 宣传部's 巡察整改进展 (2024 巡察), no title in the copy, cut in section 一: 0.
  - sxjjjc: a town party committee's 巡察整改情况 (2023-24, with 16 村级党组织), cut in section 二's first category: 0.
  - smallbiz: a glossed traditional mirror of 中共资阳市委's stage bulletin on a provincial 政府采购 专项巡视 (2021), tasks and
    measures counted ('29项具体任务,72条措施,…36条已全部完成'), cut in section 一: 0.
  - hao0724: a forum repost of news on a county 纪委's 公务接待专项检查情况通报, one ';' clause per body or bodies: 2.
  - qdubb 68220 (traditional): a comment on one bureau party group's fake rectification: 1.
  - jssjw (near miss): news of a provincial 巡视's feedback to a college, '主要是:一是…' run on: 0.
  - sprs (near miss, traditional, glossed): news of a 巡察 round's feedback to eight SOEs, '有的…;有的…': 0.
  - xc21 (near miss): a town's 村级财务 专项整治, kinds checked and '发现问题65个,整改问题65个': 0.
Totals: 10 documents (3 near misses), 3 problems (2+1), 0 measures. Reading and regex recount agree. Kinds: 5 bulletins
(glut, twjw, hnhs, sxjjjc, smallbiz), 5 null (news, a comment, a campaign: R29/R30); no status, no deadline, no unit field.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- (NEW) glut: issuer null, the title naming only '学院' (no body named, as R48's '我院'); report date the page's date line
  '2024年05月20日' as printed (R40) though it precedes the inspection it reports (2024-10-28): a site error noted, not
  mended; (NEW) section 二's '根源上主要有以下几方面的原因:一是…三是' are causes of the fed-back problems, not problems (R9 reads a
  body's own shortcomings; R119/R191 descriptions); problems_done 3 from '3个问题已完成整改' with no stated total (R71/R72,
  R69: 3+2 not summed), the 2 '基本完成' not done (R71).
- twjw: title and issuer null (no title line; the lead's '县委宣传部' is the body itself, R38); inspected '通渭县委宣传部' as the
  text names the body the group fed back to (R47; '我单位' in the first sentence); feedback the 反馈会议 day '7月26日' with the
  period's year (R55, R58); '3个方面12项具体问题' → 12 (R64, the most specific level); '8月25日' a meeting (R53).
- (NEW) hnhs: '针对巡察反馈的意识形态工作责任制落实不到位等问题' inside the organisation section names a problem in passing,
  no list item: not labelled (R19's one-sentence naming; R13); kind bulletin with no title (the copy reports rectification,
  R27, as seed 003).
- sxjjjc: feedback '3月21日' after the period's end (2024-01-14): 2024-03-21 (R58/R59); '领办整改问题16 个,占整改问题量48%'
  is a subset, no total (R68, R69); '对现有5项制度…重新进行了梳理' no rules made (R74); cut in a category heading: [] (R21).
- smallbiz: title the issuer line and the title line joined (R32, as snippets26 nanchong, snippets29 dazhong), glosses kept
  in doc fields (R2, R91 simplifies problem fields only; as blind37's glossed title); inspected null ('我市', R48); the 29
  具体任务 are the problems (R63), the 72 措施 the measures, the first stage's 36 done (R73); the long-term 36 not done.
- hao0724: one problem per ';' clause naming one body (R10, R12), titled as printed with '被通报' (the clause whole, R86
  strips only the leading number and final stop); the four bodies sharing the '五单'不全 fault not labelled (R122); (NEW)
  '县民政局、县公积金中心因接待费用分别超标210元、220元被通报' names two bodies in one clause, each with its own amount: not
  labelled (R122 read for one clause naming several bodies, '分别' notwithstanding); the quoted staff member's '超标80元' is
  hearsay (R92); units the body named (C31); inspector '联合督查组' (R46), no year for '9月15日' (R60); kind and title null.
- qdubb 68220: one named problem in a comment (R108, R124): '平和县商务局党组虚假整改的问题' with '的问题' (R87), unit the party
  group (C31); the secretary's named responsibility is no second problem (R13).
- Near misses: jssjw '主要是:一是…' (R19), sprs '有的…' shared faults (R19; inspected null, eight bodies), xc21 kinds
  checked in one sentence (R19/R23) with '共发现问题65个,整改问题65个' → 65/65 (R62, R71).
"""
import json
import re
from pathlib import Path

from make_truths import check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind52"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "glut_college_sanzhong_yida_special_xuncha_rectification_notice_cut": r'''"学院“三重一大”决策制度落实情况的通报\n学院“三重一大”决策制度落实情况的通报\n作者:学院         日期:2024年05月20日\n2024年10月28日至11月10日,校党委巡察办专项巡察组对我院党委开展“三重一大”决策制度落实情况专项巡察。2025年1月10日,专项巡察组对我院进行巡察反馈。学院党委根据巡察反馈意见、学校有关文件及学院实际,认真抓好整改落实。截至5月6日,3个问题已完成整改,2个问题已基本完成整改。根据有关要求,现对我院巡察整改落实情况予以通报。 一、提高政治站位,强化组织领导 学院党委高度重视问题整改,明确学院党委书记为巡察整改第一责任人,学院成立由党委书记熊英、院长谢晓兰任组长的整改工作领导小组,按照“书记牵头、党政协同”机制落实责任。学院召开专题学习会,制定《巡察整改任务分解表》,细化整改措施,明确责任领导及完成时限。 二、查找问题根源,明确整改方向 结合学校巡察组对学院的意见反馈,党委班子成员认真学习讨 论,深入剖析根源。经过学习和对照检查,我们认为在“三重一大”制定落实方面出现问题,根源上主要有以下几方面的原因:一是对“三重一大”制度的认识不够深入,站位不够高,没有从全面从严治党、依法治院、规范管理等高度认识“三重一大”制度落实的重要性,更多是把它作为工作方式方法来对待,导致思想上重视不够。二是对“三重一大”制定的规范标准不够熟悉。学院党委领导班子虽然对“三重一大”制度有所了解,但对一些细节问题掌握不够,导致在具体操作中不够严谨;三是规范管理的意识还不够强。对“三重一大”项目虽然都能落实集体决策,但在前期调研、会议表决流程及落实方面,存在不规范现象。 三、聚焦突出问题,精准实"''',
    "twjw_tongwei_propaganda_dept_xuncha_rectification_notice_12_items_cut": r'''"按照市委巡察工作领导小组统一安排,2021年4月26日至6月25日期间,市委第七提级交叉巡察组对我单位开展了巡察工作,并于7月26日召开了巡察反馈会议。县委宣传部高度重视巡察反馈意见,坚持全面认领、认真整改,按照规定时限完成了集中整改工作。根据巡察工作要求,现将巡察整改情况向社会通报如下:\n一、强化政治自觉,全力以赴抓好巡察整改\n巡察意见反馈后,县委宣传部班子坚持把市委第七提级交叉巡察组反馈问题整改落实作为重要政治任务,从坚决维护习近平总书记党中央的核心、全党的核心地位,坚决维护党中央权威和集中统一领导,确保中央和省、市、县委关于宣传思想工作各项决策部署全面贯彻落实的高度出发,坚决扛起整改落实的重大政治责任,认真贯彻落实市委巡察工作领导小组和市委第七提级交叉巡察组要求,坚持上下联动、举一反三、标本兼治,带领和督促全县宣传文化系统以旗帜鲜明的政治态度和高度的行动自觉全力以赴推动整改任务落实。先后召开4次部务会议,传达学习市委第七提级交叉巡察组向通渭县委宣传部反馈巡察情况会议精神、研究制定《市委第七提级交叉巡察组巡察县委宣传部反馈意见整改落实方案》,建立了3个方面12项具体问题台账,逐项明确了整改措施、责任领导、责任单位、责任人和整改时限,提出了不同阶段的整改要求,形成了整改落实的“路线图”和“时间表”。成立了由县委宣传部班子主要领导任组长,班子成员任副组长,各股室相关负责人为成员的巡察整改工作领导小组,全面负责协调解决重大问题,推进整改任务落实。8月25日,县委宣传部班子召开专题民主生活会,认真学习了习近平总书记“七一”重要讲话精神,《中国共产党宣传工作条例》《党委(党组)意识形态"''',
    "hnhs_district_propaganda_dept_xuncha_progress_no_title_cut": r'''"根据区委统一部署,2024年9月6日至11月20日,区委第二巡察组对区委宣传部进行了巡察。2024年12月30日,区委第二巡察组向区委宣传部反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、组织整改落实情况\n自区委第二巡察组反馈意见以来,区委宣传部坚持把巡察整改工作作为重大政治任务抓牢抓实,以习近平新时代中国特色社会主义思想为指导,切实提高政治站位,以高度的思想自觉、政治自觉、行动自觉推进巡察整改工作。一是提高政治站位,强化思想认识。区委宣传部严格落实巡察整改要求,第一时间召开区委巡察问题整改专题会议研究部署整改工作。召开区委巡察反馈整改专题民主生活会,深入剖析问题根源,明确整改措施,进一步树牢巡察整改责任意识。二是压实整改责任,统筹推进整改。成立以分管日常工作的副部长何分秋任组长,其他部务会成员为副组长,各组室长、二级机构负责人为成员的巡察整改工作领导小组,制定巡察整改方案,建立巡察反馈意见整改清单,明确巡察整改责任领导、责任部门、整改时限和整改措施。定期调度巡察整改工作,研究解决难点问题。班子成员主动认领问题,带头整改,形成“一级抓一级、层层抓落实”的工作格局。三是坚持标本兼治,深化整改成效。坚持“当下改”与“长久立”相结合,针对巡察反馈的意识形态工作责任制落实不到位等问题,定期开展了分析研判,加大了文艺人才的培养和文艺作品的创作力度等,通过建立健全长效机制,推动整改成果转化为推动宣传思想文化工作高质量发展的实际成效,切实以整改实效彰显宣传部门的政治担当。\n区委常委、宣传部部长肖帅坚决扛牢巡察整改第一责任人责任,坚持把自己摆进去、把职责摆进去、把工作"''',
    "sxjjjc_xiaodian_town_xuncha_rectification_bulletin_cut_in_category": r'''"根据县委统一部署,2023年10月9日至2024年1月14日,县委第四巡察组对小甸镇党委开展了常规巡察,对所属16个村级党组织开展了延伸巡察。3月21日,巡察组正式反馈巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n一、加强组织领导,把巡察整改作为首要任务抓紧抓好\n一是强化组织领导。小甸镇党委把做好巡察整改工作作为首要的政治任务,作为遵守政治纪律和政治规矩的具体实践抓紧抓好。为抓好县委巡察组反馈意见的整改落实,小甸镇党委召开整改专题会议2次,召开相关部门整改推进调度工作会议3次,并专题到县委巡察办汇报3次。成立了由镇党委书记戴维纪任组长的巡察整改落实工作领导小组,依据“谁主管、谁负责”的原则,将任务分解到各部门确保整改落实工作扎实开展。\n二是制定整改方案。小甸镇党委认真研究分析巡察整改反馈意见,针对“两个责任”担当缺失、违反中央八项规定精神问题仍较突出等方面的突出问题,研究制定了小甸镇党委《整改工作实施方案》,明确了整改具体内容,列出整改任务清单,提出整改具体措施,落实相关责任领导,列出完成具体时限和责任单位、责任人,建立整改台账销账制度,确保每一个具体问题切实整改落实到位。镇党委负责同志领办整改问题16 个,占整改问题量48%。\n三是建立长效机制。小甸镇党委边整改、边总结,及时总结整改工作经验,把立规矩、定制度作为抓整改落实的重要措施。结合工作实际,小甸镇对现有5项制度,严格对照现行规定,重新进行了梳理、检查。通过加强制度建设,巩固整改成效,做到以制度管人、管事。\n二、高标准严要求,认真抓好整改任务的落实\n(一)聚焦基层贯彻落实党的路线方针政策和党中央及省委、市委、县"''',
    "smallbiz_ziyang_party_committee_procurement_xunshi_stage_bulletin_trad_glossed_cut": r'''"中共資陽市委\n關(guān)于政府采購專項巡視反饋意見整改階段進(jìn)展情況的通報(bào)\n根據(jù)省委統(tǒng)一部署,2020年12月8日至12月28日,省委第十巡視組對我市開展了政府采購專項巡視。2021年2月2日反饋了巡視意見。市委堅定以習(xí)近平新時代中國特色社會主義思想為指導(dǎo),深入學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于“黨和政府帶頭過緊日子,目的是為老百姓過好日子”的重要指示精神,認(rèn)真落實省委和省委第十巡視組整改部署要求,堅持把巡視反饋問題整改作為一項嚴(yán)肅的政治任務(wù),做到旗幟鮮明講政治、動真碰硬抓整改、態(tài)度堅決強落實,精心制定整改方案,細(xì)化落實整改措施,強化跟蹤督促指導(dǎo),經(jīng)過集中整改,取得了階段性成效。我市對照巡視反饋意見梳理明確29項具體任務(wù),細(xì)化制定72條措施,目前第一階段涉及的36條整改措施已全部完成,需長期堅持的36條整改措施已全面開展并持續(xù)深入推進(jìn)。\n一、切實提高政治站位,把巡視整改作為重大政治任務(wù)強力推進(jìn)\n市委高度重視、誠懇接受省委政府采購專項巡視反饋意見,自覺強化政治擔(dān)當(dāng)、履行政治責(zé)任,把省委巡視反饋指出的每個問題都當(dāng)作“必答題”,立行立改、真整實改,確保巡視反饋問題條條改到位、改徹底、改出成效。\n(一)深化思想認(rèn)識,增強整改政治自覺。市委堅持把學(xué)習(xí)貫徹習(xí)近平新時代中國特色社會主義思想,增強“四個意識”、堅定“四個自信”、做到“兩個維護(hù)”貫穿整改全過程。收到省委巡視反饋意見后,市委、市政府第一時間學(xué)習(xí)貫徹習(xí)近平總書記關(guān)于巡視工作的重要論述和關(guān)于深化政府采購制度改革的重要指示"''',
    "hao0724_shayang_reception_check_notice_news_two_bodies": r'''"|\n真没想到就因为缺一张公务接待公函,多请了一个陪客,超标80元就被县纪委通报,现在公务接待管理就是带电的高压线啊!”沙洋县城投公司工作人员严某介绍说。 9月15日,沙洋县纪委效能办印发了《公务接待专项检查情况通报》,该县城投公司、县林业局、县法院、县防办因缺少公函、事前审批单、接待清单等“五单”不全问题被通报;县人防办因以电话记录代替公函被通报;县民政局、县公积金中心因接待费用分别超标210元、220元被通报;县供销社因陪同人员超标1人被通报。通报印发后,许多机关干部都觉得这次公务接待管理专项检查为“史上最严”,纷纷表示今后将严格执行公务接待管理实施细则,带头做到厉行节约。 该县从8月下旬起,由县纪委、县财政局组成联合督查组对63个县直单位执行《沙洋县党政机关国内公务接待管理实施细则》情况进行了拉网式专项检查。从检查的总体情况来看,今年以来公务接待费用对比去年同期下降56%,以往在检查中名目繁多的土特产条据、烟酒条据、同城吃请等条据在此次检查中“销声匿迹”。(长弓 黄波 王保明 陈婷)\n|\n|"''',
    "qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad": r'''"巡視巡察是“政治體檢”。平和縣商務局黨組虛假整改的問題,反映出其主要負責人對“政治體檢”不以為然,表明形式主義、官僚主義積習甚深。假的就是假的,假整改就是諱疾忌醫,怎能實現“治病救人”?“盧林海作為黨組書記,負有主要領導責任”,值得各級黨員領導干部引以為戒。(戴康映)"''',
    "jssjw_suzhou_arts_college_xunshi_feedback_news_yishi_cut": r'''"根据省委巡视工作安排,2025年7月1日,省委第三巡视组向苏州工艺美术职业技术学院党委反馈巡视情况。省委第三巡视组组长葛笑天代表省委巡视组,分别向苏州工艺美术职业技术学院党委书记范卫东、苏州工艺美术职业技术学院党委领导班子反馈了巡视情况,对抓好巡视整改工作提出要求。范卫东主持反馈会议并作表态发言。\n根据省委统一部署,2025年4月1日至5月30日,省委第三巡视组对苏州工艺美术职业技术学院党委进行了巡视。巡视组坚持以习近平新时代中国特色社会主义思想为指导,深刻领悟习近平总书记关于巡视工作的重要论述,认真贯彻巡视工作条例,全面落实巡视工作方针,以“两个维护”为根本任务,按照“四个落实”要求,切实强化政治监督,深入发现苏州工艺美术职业技术学院党委存在的突出问题,顺利完成了巡视任务。省委巡视工作领导小组及时听取巡视情况汇报,并向省委书记专题会、省委常委会会议报告了有关情况。\n葛笑天指出,苏州工艺美术职业技术学院党委坚持以习近平新时代中国特色社会主义思想为指导,稳步推进内涵建设,事业发展逐步向好,在中国特色高水平高职学校和专业建设计划终期验收中获评“优秀”,获2024年世界职业院校技能大赛冠军总决赛季军、争夺赛金奖。巡视中,省委巡视组发现和干部群众反映了一些问题,主要是:一是学习贯彻习近平总书记关于职业教育的重要论述不深入,建设特色鲜明的高水平艺术类职业院校步伐不快。学以致用不充分,关键办学能力提升存在短板弱项;意识形态工作落实不到位,统筹发展和安全存在薄弱环节;聚焦国家和省委重大战略需求不紧密,服务地方经济社会发展不主动;深化综合改革不够有力,内部治理效能不高。二是“两个责任”落而不实,全"''',
    "sprs_qingdao_eight_soe_xuncha_feedback_news_shared_faults_trad_glossed_cut": r'''"近日,市委巡察組陸續向青島交運集團公司、青島(dǎo)飲料集團(tuán)公司、青島國信發展集團公司、青島華通集團公司、青(qīng)島城市發(fā)展(zhǎn)集(jí)團有限公司、青島(dǎo)西海岸發展(集團)公司、青島水務集團有限公司、青島國(guó)際投資有限公司等8個單位黨委反饋(kuì)了(le)巡察情況。\n按照市委要求,市委巡察機構(gòu)開展了十二屆市委第六(liù)輪巡察工作。巡察結束後,市委書記專題會議和(hé)市委巡察工作領導小組會議聽取了巡(xún)察情況匯報,對做好巡察反饋、用好巡察成果、抓好整改落實(shí)提出明確要求。\n從巡察情況看,各單位在加強黨的領導、黨的建設,推進全麵從嚴治黨,推動創新發展等(děng)方麵做了大量工作,取得積極成效。但巡察也發現了(le)一些(xiē)不容(róng)忽視的問題。有(yǒu)的政治站位不高(gāo)、理論(lùn)學習不深入,貫徹中央決策部署和(hé)省委、市委(wěi)有關要求不到位,落實新發展理念(niàn)思(sī)路不清、辦(bàn)法不多、措施不實;有的黨委領導工作不(bú)力,把方向(xiàng)、管大局、保落實作用發揮不充分,推動企業履行經濟責任、政治責任、社(shè)會責任不(bú)夠;有的抓班子帶隊(duì)伍、抓基層打基礎不夠,黨(dǎng)支部戰(zhàn)鬥堡壘作用發揮(huī)不充分;有的創新進取不(bú)夠,市場化法治化意識不強;有的不重視企業文化建設,人才隊伍建設存在短板;有(yǒu)的內(nèi)控機製不健(jiàn)全,權力運行監督製約不(bú)夠;個別(bié)幹部(bù)落實(shí)中央八項規定精神打折扣;有的形式主義、官僚主義問題突出,存在機關(guān)化、行政化傾向,等等。同(tóng)時,對群眾舉報的有(yǒu)關問題線索,按規定轉交紀檢(jiǎn)監察機關或有(yǒu)關部門處(chù)理(lǐ)。\n巡察反饋強調,巡察是全(quán)"''',
    "xc21_shilipu_town_village_finance_campaign_65_found_65_fixed": r'''"第03版:县域新闻\n\n襄城县十里铺镇开展村级财务专项整治工作\n\n本报讯(代淑超 崔银龙)近期,为全面提升村级财务管理水平,加强村级集体经济项目资金管理,着力解决村级财务运行中存在的突出问题,密切党群干群关系,维护全镇经济社会和谐稳定,襄城县十里铺镇开展了村级财务专项整治工作。\n\n该镇制订了《十里铺镇村(社区)级财务管理专项整治工作方案》,由镇纪委牵头,成立了专项治理领导小组,对全镇40个行政村的财务管理开展为期一个月的专项治理检查,要求各主体责任单位高度重视,认真自查整改。同时,该镇要求镇纪委加大对整治工作的监督检查力度,严格执纪、严肃问责。\n\n本次专项整治工作重点检查会计账目不规范、财务管控不严、超越审批权限签批、超标准发钱、超范围违规开支、工程项目管理不规范、资产管理不规范、“三务”公开不到位等问题。经过一个月的专项整治,该镇共发现问题65个,整改问题65个。\n\n此次专项整治工作,让各行政村干部增强了责任意识,认识到了村集体“三资”管理方面的不足,进一步加大了资金监管审核力度,提高了“村账镇管”工作质量,促进了村级财务管理工作进一步制度化、规范化、标准化。"''',
}


TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

# hao0724: one problem per ';' clause naming ONE body (R10, R12); shared clauses not labelled (R122)
_HAO = TEXT["hao0724_shayang_reception_check_notice_news_two_bodies"]
SHAYANG = [_p(None, t, units=[t.split("因")[0]]) for t in (
    "县人防办因以电话记录代替公函被通报",
    "县供销社因陪同人员超标1人被通报",
)]

# qdubb 68220 (traditional, simplified at write, R91): one named problem (R108, R124), '的問題' kept (R87)
PINGHE = [_p(None, "平和縣商務局黨組虛假整改的問題", units=["平和縣商務局黨組"])]

DOCS = {
    "glut_college_sanzhong_yida_special_xuncha_rectification_notice_cut": dict(
        excerpt=True,
        genre="5 no list, figures only (an organisation-level bulletin): a college party committee's 通报 on rectifying a 校党委 "
              "special 巡察 of its 三重一大 rules; title printed twice, a byline with a date line a year early; section 二 "
              "the causes (一是…三是), cut at section 三's heading",
        kind="bulletin", title="学院“三重一大”决策制度落实情况的通报", issuer=None, report_date="2024-05-20",
        inspection=ins("校党委巡察办专项巡察组", None, "2024-10-28", "2024-11-10", "2025-01-10"),
        headline=head(None, 3), problems=[],
        anomalies=["Title printed twice: the first line (R35). (NEW) Issuer null: the title names only '学院' and the byline "
                   "'作者:学院' (no body named, as R48's '我院'); inspected null ('我院党委', R48).",
                   "(NEW) Report date the page's date line '日期:2024年05月20日' as printed (R40), though it precedes the "
                   "special 巡察 (2024-10-28 to 11-10) and the feedback (2025-01-10) it reports: a site error, noted, not "
                   "mended; '截至5月6日' has no year of its own.",
                   "Headline: '3个问题已完成整改,2个问题已基本完成整改' → problems_done 3 (R71, a done count read alone, R72); "
                   "no stated total: 3+2 not summed (R69); '基本完成' is not done (R71).",
                   "(NEW) Section 二 '根源上主要有以下几方面的原因:一是…二是…三是…' gives the causes of the fed-back "
                   "problems, not problems (R9 reads a body's own shortcomings; R119/R191 descriptions): [] ; the copy is "
                   "cut at '三、聚焦突出问题,精准实' before any problem (R21).",
                   "A stray space inside '学习讨 论' kept (R2); sections run on one line with spaces."]),
    "twjw_tongwei_propaganda_dept_xuncha_rectification_notice_12_items_cut": dict(
        excerpt=True,
        genre="5 no list, a figure (a bulletin cut in its organisation section): a county 宣传部's 巡察整改情况 通报 after a city's 提级交叉巡察 "
              "(2021), '3个方面12项具体问题台账', no title line in the copy",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第七提级交叉巡察组", "通渭县委宣传部", "2021-04-26", "2021-06-25", "2021-07-26"),
        headline=head(12), problems=[],
        anomalies=["No title line (R33); issuer null: the lead's '县委宣传部' is the body itself (R38); no date (R44).",
                   "Inspected '通渭县委宣传部', the text's own naming of the body the group fed back to (R47), the first "
                   "sentence's '我单位' being the same body.",
                   "Feedback the 反馈会议 day '7月26日' with the period's year (R55, R58); '8月25日' a 民主生活会 (R53).",
                   "Headline: '3个方面12项具体问题' → problems_total 12 (R64, the most specific level); '4次部务会议' no figure "
                   "(R68).",
                   "Cut in section 一 ('《党委(党组)意识形态') before any problem: [] (R21). label63 saw this page for blind48 "
                   "and left it out as a near miss (its docstring names the host only): no text or url of it is stored."]),
    "hnhs_district_propaganda_dept_xuncha_progress_no_title_cut": dict(
        excerpt=True,
        genre="5 no list (a bulletin cut in its organisation section): a district 宣传部's 巡察整改进展 (2024 巡察), no title in the copy",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第二巡察组", "区委宣传部", "2024-09-06", "2024-11-20", "2024-12-30"),
        headline=head(), problems=[],
        anomalies=["No title line, no date (R33, R44); kind bulletin all the same: the copy reports rectification (R27, "
                   "as seed 003).",
                   "(NEW) '针对巡察反馈的意识形态工作责任制落实不到位等问题' inside the organisation section names a problem in "
                   "passing, no list item: not labelled (R19's one-sentence naming, R13); the copy is cut in section 一 "
                   "before the list (R21).",
                   "'一是/二是/三是' of the organisation section are the body's work, no problems (R109)."]),
    "sxjjjc_xiaodian_town_xuncha_rectification_bulletin_cut_in_category": dict(
        excerpt=True,
        genre="2-like the problem section is not the first part, cut at its start: a town party committee's 巡察整改情况 (2023-24 "
              "巡察 with 16 村级党组织), cut in section 二's first category heading",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("县委第四巡察组", "小甸镇党委", "2023-10-09", "2024-01-14", "2024-03-21"),
        headline=head(), problems=[],
        anomalies=["No title line, no date (R33, R44).",
                   "Feedback '3月21日' after the period's end (2024-01-14): 2024-03-21 (R58, R59).",
                   "'镇党委负责同志领办整改问题16 个,占整改问题量48%' is a subset of the problems, no total stated (R68, R69); "
                   "'16个村级党组织' bodies (R68); '对现有5项制度…重新进行了梳理' reviews rules, none made (R74).",
                   "Cut in the category heading '(一)聚焦基层贯彻落实党的路线方针政策和党中央及省委、市委、县' before any "
                   "problem: [] (R21, R126)."]),
    "smallbiz_ziyang_party_committee_procurement_xunshi_stage_bulletin_trad_glossed_cut": dict(
        excerpt=True,
        genre="6 traditional copy with pinyin glosses; 5 no list, figures (an organisation-level stage bulletin): a glossed traditional mirror of 中共资阳市委's bulletin on "
              "a provincial 政府采购 专项巡视 (2020-21), tasks and measures counted, cut in section 一",
        kind="bulletin", title="中共資陽市委關(guān)于政府采購專項巡視反饋意見整改階段進(jìn)展情況的通報(bào)",
        issuer="中共資陽市委", report_date=None,
        inspection=ins("省委第十巡視組", None, "2020-12-08", "2020-12-28", "2021-02-02"),
        headline=head(29, None, 72, 36), problems=[],
        anomalies=["Title the issuer line and the title line joined (R32, as snippets26 nanchong, snippets29 dazhong); "
                   "glyph glosses kept in the doc fields (R2; R91 simplifies problem fields only; as blind37's title).",
                   "Inspected null ('我市', R48); no date (R44).",
                   "Headline: '29項具體任務' → problems_total 29 (R63, tasks as problems); '72條措施' → measures_total 72, "
                   "'第一階段涉及的36條整改措施已全部完成' → measures_done 36 (R73); the long-term 36 are not done.",
                   "Cut in section 一 '(一)深化思想認識…' before any problem: [] (R21). The copy decodes to 2,006 UTF-8 "
                   "bytes, the glosses perhaps counted otherwise by the store."]),
    "hao0724_shayang_reception_check_notice_news_two_bodies": dict(
        excerpt=False,
        genre="2-like findings of a check (news of a check notice): a forum repost of a county 纪委's 公务接待专项检查情况通报, one ';' clause per body or "
              "bodies, a staff member's quote, reporters' byline; forum chrome '|'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("联合督查组"), headline=head(), problems=SHAYANG,
        anomalies=["One problem per ';' clause naming one body (R10, R12), titled as printed with '被通报' (R86 strips only "
                   "a leading number and a final stop); units the body named (C31, R102).",
                   "The four bodies sharing the '五单'不全 fault not labelled (R122). (NEW) '县民政局、县公积金中心因接待费用"
                   "分别超标210元、220元被通报' names two bodies in one clause, each with its own amount: not labelled (R122 "
                   "read for one clause naming several bodies, '分别' notwithstanding).",
                   "The quoted staff member's '超标80元' is hearsay in the lead (R92); '63个县直单位' bodies, '56%' a rate (R68).",
                   "Inspector '联合督查组' as printed (R46), the 通报 issued by 县纪委效能办; '9月15日' and '8月下旬' have no year "
                   "(R60, R53); kind and title null (news of a check, R29, R30)."]),
    "qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad": dict(
        excerpt=False,
        genre="7-like news of ONE finding (R108), not fixed: a comment on one exposed case, a traditional mirror's 点评 on a bureau party group's fake rectification "
              "after a 巡视巡察, the author's name at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=PINGHE,
        anomalies=["One named problem (R108, R124): '平和縣商務局黨組虛假整改的問題' with its '的問題' (R87), simplified in the "
                   "truth (R91); unit the party group (C31); the secretary's named responsibility is no second problem (R13).",
                   "No inspector named ('巡視巡察' generic); no date; status null and measures 0 (no fix told, R95, R97)."]),
    "jssjw_suzhou_arts_college_xunshi_feedback_news_yishi_cut": dict(
        excerpt=True,
        genre="near miss, feedback news: a provincial 巡视组's feedback to a vocational college's party committee (2025), the "
              "problems run on after '主要是:一是…', cut in 二是",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("省委第三巡视组", "苏州工艺美术职业技术学院党委", "2025-04-01", "2025-05-30", "2025-07-01"),
        headline=head(), problems=[],
        anomalies=["'主要是:一是…;…;…。二是…' names the feedback's problems in run-on sentences: [] (R19).",
                   "Feedback '2025年7月1日', period 4-1 to 5-30 (R50, R55); the awards are praise (R16); kind and title null "
                   "(news, R30); no page date (R44)."]),
    "sprs_qingdao_eight_soe_xuncha_feedback_news_shared_faults_trad_glossed_cut": dict(
        excerpt=True,
        genre="near miss, feedback news (traditional, glossed): a city 巡察 round's feedback to eight SOE party committees, "
              "shared faults '有的…;有的…'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委巡察組"), headline=head(), problems=[],
        anomalies=["'有的…;有的…;個別…' faults of eight bodies together: [] (R19, R122).",
                   "Inspected null (eight bodies, no one subject, R48); '近日' no date; '8個單位' bodies (R68); kind and title "
                   "null (R30)."]),
    "xc21_shilipu_town_village_finance_campaign_65_found_65_fixed": dict(
        excerpt=False,
        genre="near miss, a paper's item on a town's 村级财务 专项整治: kinds checked in one sentence, '发现问题65个,整改问题65个'; "
              "page label '第03版:县域新闻'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("专项治理领导小组"), headline=head(65, 65), problems=[],
        anomalies=["'重点检查会计账目不规范、…等问题' lists kinds checked: [] (R19, R23).",
                   "Headline: '共发现问题65个,整改问题65个' → 65/65 (R62, R71); '40个行政村' places (R68).",
                   "No year in the text (url only): no dates (R60); kind and title null (news, R30, R34)."]),
}

URLS = {
    "glut_college_sanzhong_yida_special_xuncha_rectification_notice_cut": "https://cise.glut.edu.cn/info/1223/6960.htm",
    "twjw_tongwei_propaganda_dept_xuncha_rectification_notice_12_items_cut": "https://twjw.gov.cn/newsshow-56-2932-1.html",
    "hnhs_district_propaganda_dept_xuncha_progress_no_title_cut":
        "http://www.hnhs.gov.cn/22557/22597/22569/content_2091492.html",
    "sxjjjc_xiaodian_town_xuncha_rectification_bulletin_cut_in_category":
        "http://www.sxjjjc.gov.cn/html/wenzhang_744474.html",
    "smallbiz_ziyang_party_committee_procurement_xunshi_stage_bulletin_trad_glossed_cut":
        "http://smallbizwebsites.net/details.aspx?id=190118",
    "hao0724_shayang_reception_check_notice_news_two_bodies":
        "https://hao0724.com/forum.php?goto=lastpost&mod=redirect&tid=72555",
    "qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad": "http://qdubb.cn/html/2019/baodaojicui_0530/68220.html",
    "jssjw_suzhou_arts_college_xunshi_feedback_news_yishi_cut": "http://www.jssjw.gov.cn/art/2025/7/21/art_1846_107780.html",
    "sprs_qingdao_eight_soe_xuncha_feedback_news_shared_faults_trad_glossed_cut":
        "http://www.sprs.cn/portal/disciplinary/detail.html?id=468",
    "xc21_shilipu_town_village_finance_campaign_65_found_65_fixed":
        "http://szb.21xc.com/xcrb/PC/con/201909/23/c23877.html",
}

TRAD = {"qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad",
        "sprs_qingdao_eight_soe_xuncha_feedback_news_shared_faults_trad_glossed_cut",
        "smallbiz_ziyang_party_committee_procurement_xunshi_stage_bulletin_trad_glossed_cut"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "glut_college_sanzhong_yida_special_xuncha_rectification_notice_cut": 0,
    "twjw_tongwei_propaganda_dept_xuncha_rectification_notice_12_items_cut": 0,
    "hnhs_district_propaganda_dept_xuncha_progress_no_title_cut": 0,
    "sxjjjc_xiaodian_town_xuncha_rectification_bulletin_cut_in_category": 0,
    "smallbiz_ziyang_party_committee_procurement_xunshi_stage_bulletin_trad_glossed_cut": 0,
    "hao0724_shayang_reception_check_notice_news_two_bodies": 2,
    "qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad": 1,
    "jssjw_suzhou_arts_college_xunshi_feedback_news_yishi_cut": 0,
    "sprs_qingdao_eight_soe_xuncha_feedback_news_shared_faults_trad_glossed_cut": 0,
    "xc21_shilipu_town_village_finance_campaign_65_found_65_fixed": 0,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("hao0724"):
        # ';'-led clauses whose subject is one 县… body (no '、' before its '因')
        return len(re.findall(r";县[^、;,]{2,5}因", text))
    if stem.startswith("qdubb"):
        return text.count("虛假整改的問題")
    # the others: numbered items '1.' '1、' '(1)' at a line start (none: cut before the list, or run-on naming)
    return len(re.findall(r"\n(?:\d+[.、]|\(\d+\))", text))


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles and units as written (traditional before
    simplification); no measure, status or deadline anywhere; the document fields (dates in the text's own forms)."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text)
    assert all(p["measure_count"] == 0 and p["status"] is None and p["deadline"] is None for p in probs), stem
    assert all(p["title"].split("因")[0] in p["responsible_units"] for p in probs) or not stem.startswith("hao0724"), stem
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日",),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日"))



def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=3, urls=URLS,
                       trad=lambda s: s in TRAD)
    body = json.loads((HERE / "qdubb_pinghe_commerce_bureau_fake_rectification_comment_trad.truth.json")
                      .read_text(encoding="utf-8"))
    assert [p["title"] for p in body["problems"]] == ["平和县商务局党组虚假整改的问题"], body["problems"]
    assert body["problems"][0]["responsible_units"] == ["平和县商务局党组"], body["problems"]


if __name__ == "__main__":
    main()
