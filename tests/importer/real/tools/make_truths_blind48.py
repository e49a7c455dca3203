"""Write the texts and truth files of tests/importer/real/blind48: a held-out set of real pages (session 23), labelled
on 2026-12-07 (06:17-07:1x UTC by the machine clock) by helper label63, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude this worktree) when found and again before the commit; a distinctive phrase of each
page ('二七新村街道', '中共怀化市鹤城区委关于巡视整改', '局党组落实意识形态工作责任制情况报告', '黄山镇纪委', '怀化市卫生健康委员会',
'扬州大学附属中学') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R158, C1-C32) and make_truths.py (head/ins/problem);
structure after make_truths_blind47.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): lost characters ('2022412日', '区委第巡察组'), masked '**'/'*年*月*日',
site chrome and a bidding site's empty fields kept.

Brief (blind48): the genre's centre — real 巡察/巡视 整改进展情况的通报/公告/报告 of county and city departments, towns and
街道, hospitals, schools, state-owned firms, 2015-2025; prefer pages that print the problems; 10-15 documents, at most a
third near misses; the centre is largely labelled already: search widely and record the exhaustion.

Exhaustion (the result of this set): about 70 queries (8 results each) with varied wordings — 关于巡察整改进展情况的通报 /
巡察反馈意见整改情况的通报 / 巡察整改进展情况 公告 / 整改落实情况 公开 / 反馈问题 整改措施 整改时限 责任单位 / 立行立改 / 已完成整改
持续整改 / 整改状态:完成 / 问题1: 整改情况: / 完成情况:已完成 / 销号公示 / 整改台账 / 问题清单; by body: 镇党委, 街道党工委, 社区
综合党委, 村党支部, 医院党委, 卫生院, 疾控中心, 中学/小学/幼儿园/职业学院/大学, 有限公司/集团/城投/水务/交投/农商行, 法院, 检察院,
公安局, 教育局, 民政局, 医保局, 自然资源局, 交通运输局, 住建局, 融媒体中心, 残联/妇联/总工会, 党校/档案馆/纪念馆; by place
(内蒙古 旗委, 贵州 州委, 甘肃/宁夏/新疆, 海南/吉林/黑龙江, 湖南 区委 巡视); by era (2015/2016/2018/2019 wordings, 党的领导弱化 …
三类问题); traditional wording (巡視整改進展情況). 89 distinct candidate urls checked with known_urls.py: 74 KNOWN, 15
new. The centre answered almost only KNOWN pages (km, wuch, zhuzhou, sqjw, jiexi, zijin, ntlz, lzq, ssqfy, wfxfy, hbfy,
ptzy, zscourt, hhzjjjc, hetang, cdacdg, czs2y, hyx, bxjwjw, seowindows, hnhs, zhenba, aqjjjc, haizhu, fangchan, xmcdi,
zslz, wxrb, jiwei, jieyang, wjw.taizhou, xycdi, hfsjw, xuchang, llqcyx, shqp, wzmz, stsmzj, jianhunews, gongwenku1, wnd,
wsj.yancheng, jjcdi x3, fzmq, sgrh, yuanhaizheng, gthyjng, miluo, shjjjc, whkfq, lzszyyy, jw.huaian, yzctcx, gxcounty,
cnzh, …); the stored copies (~2,000 bytes) of the new centre pages are mostly cut in the organisation section
('一、组织整改落实情况'), before any problem.

New but not taken: 9 near misses (cut before the first problem) kept out so that near misses stay at a third —
shantou.gov.cn/wjj (汕头市卫生健康局党组, 2024), xintukeji.cn (a mirror of 内蒙古自治区党委's 2021 中央巡视 整改 bulletin),
xncz.gov.cn (西宁城中区委, 省委巡视), dongfang.hainan.gov.cn (东河镇党委), m.desk33.com (阳谷县实验幼儿园, doc-site copy, 15
problems), twjw.gov.cn (通渭县委宣传部, 12 problems), quwei.bjtzh.gov.cn (通州区融媒体中心党组), blfj.yueyang.gov.cn (岳阳县委,
洞庭清波 机动巡察, 16 problems), and laitimes.com (an English machine translation of a 中学 bulletin: not a Chinese text).

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - shizhong_erqixincun: a 街道's 社区综合党委 bulletin (济南市中区, 2023), lost 年/月 in the period, the group's number
    lost ('区委第巡察组'); the copy reaches '问题1:' and its answer's 一是: 1 problem (1 measure).
  - hechengqu_district_xunshi: a 区委's 巡视 整改进展 bulletin (怀化鹤城, 2025 巡视), '1.问题1:' under '(一)…'; the answer
    reports the previous round's 11 unfinished items '1-2,' '1-3,' inside it; cut: 1 problem (1 measure).
  - wk114_bureau_ideology_check_report_masked: a 范文 site's copy of a bureau's ideology-work 专项检查 report made within
    a 市委 巡察 (masked '**局党组', '*年*月*日'), '二、主要问题' / '(一)…' / '1.…' headings each described by 一是/二是; cut
    in the third: 3 problems (0 measures).
  - ymlz_huangshan_town_allowance_refund_news: a 纪委 site's news of a town 纪委 pushing the refund of allowances a 巡察
    found paid without basis; one named problem (R108): 1 problem (1 measure).
  - huaihua_health_commission_huitoukan_bulletin_cut (near miss): a city 卫健委's bulletin on its 巡察“回头看” rectification,
    chrome above, cut in '一、组织整改落实情况': 0.
  - datauseful_yangzhou_univ_high_school_bulletin_cut (near miss): a bidding-data site's copy of 扬州大学附属中学党委's
    整改进展 report ('六个方面47个问题'), empty tender fields above, cut in '一、…(二)': 0.
Totals: 6 documents (2 near misses), 6 problems (1+1+3+1), 3 measures (1+1+0+1). Reading and regex recount agree.
Kinds: 2 bulletins (shizhong, hechengqu), 2 bulletins among the near misses (huaihua, datauseful), 2 null (wk114: a
check's findings, R29; ymlz: news, R30).

Below the brief's 10 documents: the centre's new pages with a printed problem ran out (see the exhaustion above); the set
keeps the near-miss ratio (2 of 6) rather than the count.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- shizhong: dates with lost characters read as written where 日 survives (R61): '2022412日至202278日' → 2022-04-12 /
  2022-07-08; the feedback '91区委巡察组' lost both 月 and 日 → null (R61); inspector '区委巡察组' as the text names the
  group elsewhere ('区委巡察组反馈的意见中'), the printed '区委第巡察组' having lost its number (NEW: the lossy printed form
  not taken); '问题1:<statement>' under '1.社区综合党委自身建设质量不高。': title the statement after the label, run into its
  description on one line → whole (R88/R89, C9), final '。' dropped; category the '1.' sub-heading (R80) over the '(一)'
  section; '4个方面、16个主要问题' → problems_total 16 (R64: the specific level).
- (NEW) hechengqu: '1.问题1:…' → seq 1 (the printed number, label and item number agree); its answer lists the previous
  round's unfinished items '1-2,财税收入质量不高。' '1-3,…' — problems of the previous 巡视 reported inside this item's
  answer, not problems of this bulletin (not labelled); status in_progress: the answer says '已完成整改5个问题,阶段性完成整改
  6个问题' of the item's 11 (R71/R93: 阶段性 is not done, work under way); measures 1 (the '(1)' item present; the summary
  sentence before it restates (1)/(2), R96); headline '31个省委巡视反馈问题' → problems_total 31 (R62), the 34/11/5/6 of the
  previous round not (R65); no date on the page text (the url's 202602 is no date, R44).
- (NEW) wk114: a 范文 site's copy of a bureau's 专项检查 report made 'according to the 市委 巡察 deployment': its
  '1.理论武装不够扎实' headings are the problems (R8, R88: headings on their own lines), their 一是/二是 describe the problem
  (as R119's 表现一/表现二, R134): measures 0, status null; category the '(一)' heading (R79); kind null (a check's
  findings, R29); title the card heading (R35); inspector '市委宣传部' (the body that set up the 专项检查组, R46); inspected
  the masked '**局党组' → null (a masked name names no body; NEW), dates masked → null; the site stamp '时间:2024-03-13' is
  no report date (R44, a 范文 site's posting time).
- ymlz: one named problem (R108), titled '多个站所存有违规发放津补贴问题' (the problem the text names, R124; the lead-in
  '包括陈某某所在单位在内的' dropped, R92/C22); status done (R132: '5人按照要求退还…', '陈某某就到镇财政所退回了350' though
  cut); measures 1 — the unnumbered account of the refund drive (通知单, 5 refunded) counted (R96, C27 side A, the
  majority; R132 says 0: the lead decides); inspector '上级巡察组' as printed (R46), inspected '黄山镇' (R47); '2019年' and
  '11月30日'/'今年8月' give no period or report date (R53/R60); '6名'/'3500元' no figures (R68).
- huaihua (near miss): title with the column tag '【巡察整改】' dropped (R32); issuer the title's body
  '中共怀化市卫生健康委员会' (R37, as printed, though the inspected is the 委's 党委); (NEW) the inspection is itself a 巡察
  “回头看” whose feedback is rectified here: its period is the inspection's (R50), not R53's 回头看 of rectification;
  feedback '12月30日' takes the period's year → 2024-12-30 (R58).
- datauseful (near miss): kind bulletin (the body's own '整改进展情况报告如下', R27, C15) though no title line survives (R33);
  issuer null (no title or signature; the lead naming the body is no issuer, R38); '六个方面47个问题' → problems_total 47;
  the bidding site's empty fields ('项目编号-' …) are chrome.
"""
import json
import re
from pathlib import Path

from make_truths import check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind48"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut": r'''"二七新村街道社区综合党委\n关于巡察整改进展情况的通报\n\n\n发布日期:2023-03-14 浏览次数: 字体:[ ]\n\n根据区委统一部署,2022412日至202278日,区委第巡察组对二七新村街道各社区综合党委开展了巡察91区委巡察组反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、强化政治站位,以最坚强的党性抓整改,确保整改工作落实到位\n\n区委巡察组反馈的意见中指出存在4个方面、16个主要问题,并有针对性地提出了意见建议。我们完全接受巡察组的巡察意见,并坚持高标准、严要求,坚决抓好整改落实。始终把巡察整改工作作为一项重大政治任务,坚持问题导向,综合施策、标本兼治,立行立改、全面整改。及时召开综合党委会议专题研究巡察整改工作,成立了整改落实工作领导小组,设立整改专班,针对巡察反馈的16项问题分别制整改措施,印发整改方案街道党工委领导班子和整改工作领导小组定期专题研究部署巡察整改工作,听取各社区综合党委整改进展情况汇报,协调解决工作中出现的问题。并建立了整改销号、全程跟踪督办等制度,全力推动各社区综合党委巡察整改落实\n\n二、坚持问题导向,以最有力的举措抓推进,逐条逐项落实整改到位\n\n(一)聚焦贯彻落实党的路线方针政策和党中央决策部署,省委、市委、区委、街道党工委工作要求方面\n\n1.社区综合党委自身建设质量不高。\n\n问题1:社区综合党委兼职委员作用难发挥。多数社区综合党委均吸纳双报到单位的党员干部、其他党组织负责人,以及退役军人兼任社区综合党委委员。由于兼职委员参与社区工作少,对辖区社情民意了解不深入,难以发挥党委委员的作用。\n\n整改情况:\n\n一是加强与兼职委员的沟通联系,主动邀请兼职委员参加社区"''',
    "hechengqu_district_committee_xunshi_progress_bulletin_cut": r'''"中共怀化市鹤城区委关于巡视整改进展情况的通报\n根据省委统一部署,2025年3月5日至5月16日,省委第九巡视组对鹤城区委进行了巡视。2025年6月23日,省委巡视组向鹤城区委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、组织整改落实情况\n鹤城区委坚持把巡视整改作为重要政治任务来抓,坚决扛牢巡视整改政治责任,第一时间成立了巡视整改工作专班,对反馈问题进行了研究分工,制定整改方案,明确责任区领导、责任部门、整改时限。区委常委班子、区领导对交办问题多次研究调度,责任单位主要负责人全力抓整改落实。\n鹤城区委书记坚决扛牢巡视整改第一责任人责任,带头领办重点难点问题,省委巡视组反馈意见以来,召开会议专题调度巡视问题整改工作10次,严格按照要求稳步推进31个省委巡视反馈问题以及提级巡视金海村、4个专项检查反馈问题整改,并督促提醒领导班子其他成员落实整改责任,支持纪检监察部门依规依法处置巡视移交的问题线索。领导班子其他成员履行“一岗双责”,推动职责范围内巡视整改任务落到实处。区纪委监委、区委组织部强化巡视整改监督责任,加强日常监督,督促巡视整改落到实处。\n二、集中整改期内整改进展情况\n(一)推进整改不主动,重点难点问题整改不到位。\n1.问题1:截至本轮巡视进驻,上轮省委巡视反馈的34个问题有11个未完成整改。\n整改情况:上轮省委巡视反馈还未完成的11个问题中,已完成整改5个问题,阶段性完成整改6个问题。(1)已完成整改5个,分别是:1-2,财税收入质量不高。整改情况:税源结构持续优化,税收收入质量显著提升;规范非税收入征管,降低非税占比;人均财力持续提升。1-3,政府债务未化解完毕、平台公司投资的经营性项目效益不"''',
    "wk114_bureau_ideology_work_check_report_masked_cut": r'''"荟聚奇文、博采众长、见贤思齐\n当前位置:文库114 > 公文集锦 > 局党组落实意识形态工作责任制情况报告\n\n局党组落实意识形态工作责任制情况报告\n\n网站:文库114 | 时间:2024-03-13 11:44:24 | 移动端:局党组落实意识形态工作责任制情况报告\n\n局党组落实意识形态工作责任制情况报告\n\n  根据六届市委第二轮巡察工作统一部署,*年*月*日至*年*月*日,市委宣传部成立专项检查组,对**局党组落实意识形态工作责任制情况开展专项检查。现将情况报告如下:\n\n  一、总体情况\n\n  专项检查组通过听取汇报、个别谈话、调阅资料、核查线索等方式,重点围绕**单位学习宣传贯彻党的二十大精神、贯彻落实上级关于意识形态工作决策部署、落实意识形态工作责任制、加强意识形态工作阵地建设和队伍建设、维护网络意识形态安全、对意识形态领域重大问题重大事件处置等方面开展专项检查,\n\n  总体来说,**局党组意识形态工作总体较为平稳,但在落实意识形态工作责任制方面还存在较多突出问题,需要引起高度重视并认真整改。\n\n  二、主要问题\n\n  (一)意识形态工作重视程度不够\n\n  1.理论武装不够扎实\n\n  一是理论学习抓的不紧。连续2年未制定中心组学习计划,长达半年未开展中心组学习并存在以会代学的问题。二是学习内容不够聚焦。对上级要求学习的内容和文件均未进行学习。中心组学习形式仅停留于个别班子成员领学、读文件,理论学习成果转化未见实际成效。\n\n  2.工作压力传导不够\n\n  一是“一岗双责”落实不到位,从严治党主体责任落实流于形式,部分下属单位意识形态四个纳入工作未进行落实。二是“三会一课”记录不规范、不完整,内容混淆。\n\n  3.用意识形态工作对队伍凝心铸魂作用不显\n\n  一是党员干部对意识形态工"''',
    "ymlz_huangshan_town_allowance_refund_news_cut": r'''"“这是当时发给我的补助,又不是我违法违纪所得,我就想不通为什么要清退?”11月30日上午,党员陈某某刚一走进罗庄区黄山镇纪委办公室,就向工作人员询问。\n陈某某原是黄山镇政府一站所的临聘人员,2018年8月离职。工作期间,其所在单位以午餐费、下乡交通补助费等名义发放补贴3500元。\n2019年,上级巡察组在巡察黄山镇中发现包括陈某某所在单位在内的多个站所存有违规发放津补贴问题并反馈,要求整改。\n今年8月,黄山镇纪委为切实做好巡察工作“后半篇文章”,进一步巩固巡察成果,开展了巡察反馈问题整改情况专项检查,对照问题清单和整改清单逐一督导检查,传导整改压力,压实整改责任,确保反馈问题得到全部整改。\n检查中,工作人员发现陈某某等6名党员干部虽经所在单位多次催促仍未如数退还津贴补贴。\n随后,黄山镇纪委向陈某某等人及相关单位发出《清退个人津贴补贴的通知单》《协助清退个人津贴补贴的通知单》,收到通知单后,5人按照要求退还了发放的津补贴,只有陈某某嘴上答应不见行动,迟迟未退。陈某某原先工作单位反馈后,黄山镇纪委电话联系陈某某,这才出现开头一幕。\n“老陈,先坐下,我给你解释。”镇纪委工作人员劝其坐下,给其倒了杯水后,耐心解释,“违规发放的津贴补贴必须清退。首先,巡察是政治巡察,问题整改时一项政治任务、政治责任,党员干部必须要有这种觉悟和认识并积极配合整改。其次,《中国共产党纪律处分条例》对不落实整改要求行为作了处分规定,根据情节轻重给予警告、严重警告,直至开除党籍处分……”\n“我明白了,都怪我对清退津贴补贴的认识不到位,我马上就把钱退回去,谢谢你们。”听着听着,陈某某边说边站起离开。\n当天下午,陈某某就到镇财政所退回了350"''',
    "huaihua_health_commission_huitoukan_bulletin_cut": r'''"微信公众号\n\n\"清廉怀化\"\n\n打造一流营商环境\n\"码上监督马上办\"\n\n小微权力\n\"监督一点通\"\n\n微信扫码关注\n当前位置: 首页 > 信息公开 > 巡视巡察 > 本级巡察情况\n\n【巡察整改】中共怀化市卫生健康委员会关于巡察整改进展情况的通报\n\n发布时间:2025-08-18 17:39\n\n根据市委巡察工作统一部署,2024年9月10日至11月20日,市委第五巡察组对怀化市卫生健康委员会党委进行了巡察“回头看”。12月30日,市委巡察组向怀化市卫生健康委员会党委反馈了巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、组织整改落实情况\n\n市卫生健康委员会党委坚持把巡察整改作为首要政治任务来抓,始终站在讲政治、讲党性、讲大局的高度,积极主动做好巡察反馈问题的整改工作。\n\n(一)提高思想认识,把握整改要求。巡察反馈会后,市卫生健康委员会党委带头深入学习贯彻习近平新时代中国特色社会主义思想和党的二十大和二十届二中、三中全会精神,及时组织县市区卫健局和市直医疗卫生单位及委机关科级以上干部围绕巡察反馈意见和市委巡察有关要求进行专题学习研讨,并就做好巡察整改工作进行研究部署。市卫生健康委员会党委始终坚持以最坚决的态度主动改、以最有力的措施全面改、以最严明的纪律认真改,不折不扣地把巡察整改作为一项重大的政治任务抓紧抓实抓好。\n\n(二)加强组织领导,压实整改责任。市卫生健康委员会党委切实履行巡察整改主体责任,成立市卫健委巡察反馈意见整改落实工作领导小组,抓好自身和市直医疗卫生单位以及涉及县市区卫健局的整改工作。市卫生健康委员会党委书记认真履行巡察整改第一责任人职责,坚持每月主持召开党委会议研究巡察整改工作。党委领导班子成员按"''',
    "datauseful_yangzhou_univ_high_school_xuncha_report_cut": r'''"公告摘要\n项目编号-\n预算金额-\n招标联系人-\n标书截止时间-\n投标截止时间-\n公告正文\n根据市委统一部署,2019年10月28日至12月6日,市委第二巡察组对扬州大学附属中学党委开展了巡察。2020年4月1日,市委第二巡察组向扬州大学附属中学党委反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将扬州大学附属中学党委落实市委巡察反馈意见整改进展情况报告如下:\n一、巡察整改组织领导情况\n学校党委担负主体责任,党委书记履行“第一责任人”责任,党委班子成员分工负责,对六个方面47个问题照单全收,逐一制定整改措施,扎实抓好落实,取得明显进展和成效。\n(一)提高站位,统筹推进。学校党委把这次巡察视作对自身的一次“政治体检”,把整改落实作为压倒一切的政治任务,作为对每位成员的“政治考验”。多次召开专题会议,传达学习市委第二巡察组巡察扬大附中党委情况反馈会精神尤其是市纪委副书记、市监委副主任、市委巡察办主任蔡蕾同志的讲话精神,把思想认识统一到市委部署要求上来,统一到市委第二巡察组反馈意见的整改要求上来,齐心协力抓整改、促落实。成立扬州大学附属中学巡察整改工作领导小组及办公室,统筹推进整改落实。反复讨论修订整改方案,整改任务明确、责任明确、时限明确。先后数次组织到相关单位学习整改落实的做法,理清具体思路。高质量召开专题民主生活会,坚持做到“三个摆进去”,认领问题,深挖本源,细化措施,抓好整改。学校党委对东部分校整改工作同等重视、同样要求、同步推进,东部分校党总支在整改涉及自身的问题时始终做到标准不变、要求不降、力度不减。\n(二)细化任务,压实责任。学校党委统筹安排整改进度,细化每"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_SZ = TEXT["shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut"]
# '问题1:<statement>' (R89: after the label; run into its description on one line → whole, R88/C9), final '。' dropped;
# category the '1.' sub-heading above it (R80); measures the 一是 present (the copy stops inside it)
SHIZHONG = [_p(1, re.search(r"问题1:(.+?)。\n", _SZ).group(1), "社区综合党委自身建设质量不高", measures=1)]

_HC = TEXT["hechengqu_district_committee_xunshi_progress_bulletin_cut"]
# '1.问题1:<statement>' under '(一)<heading>。'; the answer's '1-2,' '1-3,' items are the previous round's (not labelled)
HECHENG = [_p(1, re.search(r"1\.问题1:(.+?)。\n", _HC).group(1), "推进整改不主动,重点难点问题整改不到位",
              status="in_progress", measures=1)]

_WK = TEXT["wk114_bureau_ideology_work_check_report_masked_cut"]
# '  <n>.<heading>' lines under '(一)意识形态工作重视程度不够' (R8, R88); their 一是/二是 describe the problem: measures 0
WK114 = [_p(int(m.group(1)), m.group(2), "意识形态工作重视程度不够")
         for m in re.finditer(r"^  (\d)\.([^\n]+)$", _WK, re.M)]

# ymlz: one named problem (R108), the lead-in '包括陈某某所在单位在内的' dropped (R92); done (R132); 1 measure (C27 side A)
YMLZ = [_p(None, "多个站所存有违规发放津补贴问题", status="done", measures=1)]

DOCS = {
    "shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut": dict(
        excerpt=True,
        genre="1 bulletin (the centre): a 街道's 社区综合党委 巡察整改进展情况的通报 with its title split over two lines, lost "
              "年/月 in the period and the group's lost number; organisation section, then '(一)…方面' / '1.…' / "
              "'问题1:…' / '整改情况:' 一是…; cut in the first answer",
        kind="bulletin", title="二七新村街道社区综合党委关于巡察整改进展情况的通报", issuer="二七新村街道社区综合党委",
        report_date="2023-03-14",
        inspection=ins("区委巡察组", "二七新村街道各社区综合党委", "2022-04-12", "2022-07-08", None),
        headline=head(16), problems=SHIZHONG,
        anomalies=["Title split over two lines, joined (R32); issuer the title's body (R37); report date the 发布日期 line "
                   "(R40).",
                   "Lost characters: '2022412日至202278日' read as 2022-04-12 / 2022-07-08 (R61: 日 survives); the feedback "
                   "'91区委巡察组反馈' lost both 月 and 日 → null (R61).",
                   "(NEW) Inspector '区委巡察组' as the text names the group elsewhere; the printed '区委第巡察组' lost its "
                   "number and is not taken.",
                   "'4个方面、16个主要问题' → problems_total 16 (R64); '16项问题分别制整改措施' gives no measure count.",
                   "Problem '问题1:' → seq 1 (R76), title the statement after the label, run into its description on the "
                   "same line → whole (R88/R89, C9), final '。' dropped; category the '1.' sub-heading (R80) without its "
                   "number and '。'.",
                   "Measures: the answer's 一是 present, cut inside it → 1 (R25, R96); status null (no status word, R95).",
                   "Missing '。' after '…巡察整改落实' and '印发整改方案' run into the next clause (page defects, kept)."]),
    "hechengqu_district_committee_xunshi_progress_bulletin_cut": dict(
        excerpt=True,
        genre="1 bulletin (the centre, 巡视): a 区委's 巡视整改进展情况的通报, short organisation section, then "
              "'(一)<heading>' / '1.问题1:<statement>' / '整改情况:' whose answer lists the previous round's items "
              "'1-2,' '1-3,' with their own '整改情况:'; cut in the second of those",
        kind="bulletin", title="中共怀化市鹤城区委关于巡视整改进展情况的通报", issuer="中共怀化市鹤城区委", report_date=None,
        inspection=ins("省委第九巡视组", "鹤城区委", "2025-03-05", "2025-05-16", "2025-06-23"),
        headline=head(31), problems=HECHENG,
        anomalies=["'31个省委巡视反馈问题' → problems_total 31 (R62); the previous round's 34/11/5/6 are not this "
                   "bulletin's figures (R65); '提级巡视金海村、4个专项检查反馈问题' are other lists, no figure.",
                   "(NEW) '1.问题1:' → seq 1 (the label and the item number agree); title after the label, final '。' "
                   "dropped (R89, R86); category the '(一)' heading without '。' (R79).",
                   "(NEW) The answer's '1-2,财税收入质量不高。' '1-3,…' are the previous 巡视's unfinished problems reported "
                   "inside this item's answer: not problems of this bulletin (not labelled); their '整改情况:' is no "
                   "measure of item 1.",
                   "(NEW) Status in_progress: the answer says '已完成整改5个问题,阶段性完成整改6个问题' of the item's 11 "
                   "(R71/R93: 阶段性 is work under way, not done).",
                   "Measures 1: the '(1)' item present (cut before '(2)'); the sentence before it summarises (1)/(2) "
                   "(R96).",
                   "No date in the page text: report date null (R40; the url's '202602' is no date, R44)."]),
    "wk114_bureau_ideology_work_check_report_masked_cut": dict(
        excerpt=True,
        genre="3-like findings of a check within a 巡察 (范文 site copy, masked): a bureau's 意识形态工作责任制 专项检查 "
              "report by the 市委宣传部's 检查组 during a 市委 巡察 round, '二、主要问题' / '(一)…' / '1.…' headings on "
              "their own lines, each described by 一是/二是; site chrome, the heading printed three times; cut in the third",
        kind=None, title="局党组落实意识形态工作责任制情况报告", issuer=None, report_date=None,
        inspection=ins("市委宣传部"), headline=head(), problems=WK114,
        anomalies=["(NEW) A check's findings made within a 巡察 (not a rectification report): kind null (R29); the "
                   "'1.'/'2.'/'3.' headings on their own lines are the problems (R8, R88), their 一是/二是 describe the "
                   "problem (as R119/R134): measures 0, status null (R95/R97).",
                   "Category '意识形态工作重视程度不够', the '(一)' heading (R79); seq 1-3 as printed (R75); the third "
                   "heading's description is cut ('一是党员干部对意识形态工', R25), its title whole.",
                   "Title the card heading (R35), printed three times in chrome and once as the document's own heading.",
                   "Inspector '市委宣传部' (the body that set up the unnamed '专项检查组', R46); (NEW) inspected the masked "
                   "'**局党组' → null (a masked name names no body); masked dates '*年*月*日' → null (R44).",
                   "The site stamp '时间:2024-03-13 11:44:24' is a 范文 site's posting time, no report date (R44); "
                   "'连续2年', '长达半年' no figures (R68)."]),
    "ymlz_huangshan_town_allowance_refund_news_cut": dict(
        excerpt=True,
        genre="4-like news of one 巡察 finding's rectification: a 纪委 site's story of a town 纪委 pushing the refund of "
              "allowances a 巡察 found paid without basis, quoted dialogue; cut in the last sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("上级巡察组", "黄山镇"), headline=head(), problems=YMLZ,
        anomalies=["One named problem (R108), titled the problem the text names (R124), the lead-in "
                   "'包括陈某某所在单位在内的' dropped (R92, C22 side A); seq null, category null, units [] (the stations are "
                   "unnamed).",
                   "Status done (R132): '5人按照要求退还了发放的津补贴' and '陈某某就到镇财政所退回了350' (cut).",
                   "Measures 1: the unnumbered account of the refund drive (通知单, refunds) counted (R96; C27 side A, the "
                   "majority; R132's 'measures 0' is the other side: the lead decides).",
                   "Inspector '上级巡察组' as printed (R46); inspected '黄山镇' as the sentence names it (R47); '2019年' gives "
                   "no day, '11月30日'/'今年8月' no year: no dates (R53, R60); '6名', '3500元' are people and money (R68); "
                   "kind null, title null (news, R30/R34)."]),
    "huaihua_health_commission_huitoukan_bulletin_cut": dict(
        excerpt=True,
        genre="near miss, bulletin cut in its organisation section: a city 卫健委's 巡察整改进展情况的通报 on a 巡察“回头看”, "
              "WeChat chrome and breadcrumbs above, the column tag '【巡察整改】' before the title",
        kind="bulletin", title="中共怀化市卫生健康委员会关于巡察整改进展情况的通报", issuer="中共怀化市卫生健康委员会",
        report_date="2025-08-18",
        inspection=ins("市委第五巡察组", "怀化市卫生健康委员会党委", "2024-09-10", "2024-11-20", "2024-12-30"),
        headline=head(), problems=[],
        anomalies=["Cut in '一、组织整改落实情况' '(二)' before any problem: [] (R21).",
                   "Title without the column tag '【巡察整改】' (R32); issuer the title's body as printed (R37), though the "
                   "inspected is its 党委; report date the '发布时间' line (R40).",
                   "(NEW) The inspection rectified is itself a 巡察“回头看”: its period is the inspection's (R50), not "
                   "R53's 回头看 of a rectification; the feedback '12月30日' takes the period's year → 2024-12-30 (R58).",
                   "No figure is stated in the copy."]),
    "datauseful_yangzhou_univ_high_school_xuncha_report_cut": dict(
        excerpt=True,
        genre="near miss, a school's progress report on a bidding-data site: empty tender fields ('项目编号-' …) above "
              "'公告正文', then 扬州大学附属中学党委's 整改进展情况 report; cut in '一、…' '(二)'",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第二巡察组", "扬州大学附属中学党委", "2019-10-28", "2019-12-06", "2020-04-01"),
        headline=head(47), problems=[],
        anomalies=["Cut in the organisation section before any problem: [] (R21).",
                   "Kind bulletin: the body's own '整改进展情况报告如下' (R27, C15) though no title line survives (R33); "
                   "issuer null (no title or signature; the lead naming the body is no issuer, R38); no date line.",
                   "'六个方面47个问题' → problems_total 47 (R64).",
                   "The bidding site's empty fields and '公告摘要'/'公告正文' labels are chrome."]),
}

URLS = {
    "shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut":
        "http://www.shizhong.gov.cn/art/2023/3/14/art_15762_4832077.html",
    "hechengqu_district_committee_xunshi_progress_bulletin_cut":
        "https://www.hechengqu.gov.cn/hechengqu/c115525/202602/a31b0173964d483a9ec6f90d8bca3cd1.shtml",
    "wk114_bureau_ideology_work_check_report_masked_cut": "http://www.wk114.cn/wenku/537255.html",
    "ymlz_huangshan_town_allowance_refund_news_cut": "http://www.ymlz.gov.cn/info/1019/31290.htm",
    "huaihua_health_commission_huitoukan_bulletin_cut":
        "http://www.huaihualzw.gov.cn/hhlz/c136022/202508/dd2bbcb6500f448d8e355339fece7fe4.shtml",
    "datauseful_yangzhou_univ_high_school_xuncha_report_cut": "https://datauseful.com/bidding/detail/5973900209127728043",
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut": 1,
    "hechengqu_district_committee_xunshi_progress_bulletin_cut": 1,
    "wk114_bureau_ideology_work_check_report_masked_cut": 3,
    "ymlz_huangshan_town_allowance_refund_news_cut": 1,
    "huaihua_health_commission_huitoukan_bulletin_cut": 0,
    "datauseful_yangzhou_univ_high_school_xuncha_report_cut": 0,
}, EXPECTED

MEASURES = {"shizhong_erqixincun_community_party_xuncha_bulletin_lost_chars_cut": 1,
            "hechengqu_district_committee_xunshi_progress_bulletin_cut": 1,
            "ymlz_huangshan_town_allowance_refund_news_cut": 1}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("shizhong"):
        return len(re.findall(r"问题\d+:", text))
    if stem.startswith("hechengqu"):
        return len(re.findall(r"^\d\.问题\d+:", text, re.M))
    if stem.startswith("wk114"):
        return len(re.findall(r"\n  \d\.", between_main(text)))
    if stem.startswith("ymlz"):
        return text.count("存有违规发放津补贴问题")
    return 0


def between_main(text: str) -> str:
    """The wk114 text from its '二、主要问题' section on."""
    return text[text.index("二、主要问题"):]


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: the answer's 一是 (shizhong), the '(1)' items (hechengqu), the refund account's
    paragraph (ymlz: the one paragraph after '随后,')."""
    if stem.startswith("shizhong"):
        return len(re.findall(r"[一二三四五]是", text[text.index("整改情况:"):]))
    if stem.startswith("hechengqu"):
        return len(re.findall(r"\(\d\)", text))
    if stem.startswith("ymlz"):
        return len(re.findall(r"^随后,", text, re.M))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles, categories as written (lines joined for titles);
    measures as recounted; the document fields (dates in their printed forms)."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(p["deadline"] is None and p["responsible_units"] == [] for p in probs), stem
    if d["kind"] is None and not stem.startswith("ymlz"):
        assert all(p["status"] is None and p["measure_count"] == 0 for p in probs), stem
    check_doc(stem, d, text,
              date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"{y}年{m}月{dd}日", f"{y}{m}{dd}日", f"{y}{m}{dd}日至"),
              report_forms=lambda y, m, dd: (f"{y}-{m:02d}-{dd:02d}",))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    near = [s for s, d in DOCS.items() if not d["problems"]]
    assert 3 * len(near) <= len(DOCS), near
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=6, urls=URLS)
    print(len(DOCS), "documents,", sum(len(d["problems"]) for d in DOCS.values()), "problems,",
          sum(p["measure_count"] for d in DOCS.values() for p in d["problems"]), "measures")


if __name__ == "__main__":
    main()
