"""Write the texts and truth files of tests/importer/real/blind49: a held-out set of real pages (session 23), labelled
on 2026-12-07 (06:17-06:3x UTC by the machine clock) by helper label64, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude this worktree) when found and again before the commit; a distinctive phrase of each
page ('宇鸿', '双随机、一公开”情况检查结果', '东风第九中学', '五大連池福康' / '违法违规金额3466.7', '观城镇',
'薛家镇内审', '牟定县城生活垃圾', '五星水塘', '古城水库水毁', '大村子村', '营养改善计划专项资金管理使用',
'渔业发展补助资金未拨付') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R158, C1-C32) and make_truths.py (head/ins/problem);
structure after make_truths_blind47.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): masks '****' / '(略)', a doubled blank line between paragraphs,
traditional characters and the portal's breadcrumb chrome kept.

Brief (blind49): real published AUDIT rectification documents (审计整改): 审计查出问题整改情况的报告 to a people's congress,
审计整改结果公告, 经济责任审计 整改, audit rectification of schools, hospitals, departments and firms, 财政/专项资金/扶贫资金
audit rectification, 2014-2025; prefer pages that print the problems and what was done; 10-15 documents, at most a
third near misses.

Exhaustion (the brief's figure): 41 queries (8 results each) in the pages corpus, wordings:
审计查出问题整改情况的报告 县人大常委会; 审计整改结果公告 已整改 正在整改; 经济责任审计 整改报告 / 关于经济责任审计反馈问题整改情况的报告;
扶贫资金审计 整改情况 公告; 关于审计发现问题整改情况的公示 学校; 审计整改情况 医院 问题一 整改措施; 审计整改结果公告 审计发现的主要问题
万元 已上缴; 审计反馈问题整改落实情况 镇; 离任经济责任审计 整改情况公示 村; 专项资金审计 问题清单 整改时限 责任单位; 审计整改情况
公司 财务管理不规范; 关于审计整改结果的公告 县审计局; 卫生院 审计 整改情况报告; 审计发现问题整改台账 序号; 预算执行审计 整改报告
已退回 已补缴; 審計查出問題 整改情況 (traditional); 审计指出的问题 整改情况:已 问题二; 村级财务审计 整改公示; 审计署 整改 公告 2015;
审计反馈问题的整改情况 有限公司 资产损益审计; 审计整改情况公开 学院; 现将审计整改情况报告如下 镇人民政府; 审计发现问题整改结果 公告
政府采购不规范; 审计整改结果的公告 问题描述 整改结果; 主要负责人任期经济责任审计 整改 公告; 医保基金 审计 反馈问题 整改; 审计整改
公示 一是 二是 村 合作社; 落实审计意见的整改报告; 专项审计调查 整改结果公告; 审计局 财务收支审计 整改情况公示 幼儿园 中学; 审计发现存在
以下问题 1. 2. 3.; 审计移交问题 整改 序号; 部门单位预算执行审计结果 整改情况 2014; 党组 审计反馈意见 整改落实情况报告; 扶贫项目资金
审计 问题整改 乡 村; 经济责任审计 1.关于 2.关于 离任; 审计问题整改情况 街道 社区 表; 审计发现 多计工程款 已追回 整改到位 项目;
审计发现 违规发放 补贴 已清退 整改 镇 学校 食堂.
68 distinct candidate urls checked with known_urls.py: 29 KNOWN, 39 NEW. The genre's centre answered almost only KNOWN
pages, and the same pages came back for nearly every wording: the people's-congress rectification reports (慈溪
cixird, 宁波 sjj.ningbo, 瑞金 ruijin, 深圳 xdscy, 江西 saintpaulhem and rddy, 湖南 bbs.yuanjiangzx, 罗湖 szlh), the audit
work reports (潮阳 gdcy, 衢州 qz, 福田 audit.sz, 蕉岭 jiaoling, 福州 cc774, 甘肃 rdgb and silkroad, 山东 dzwww) and audit news
(yohu9, qdpoker, liunan, ntfabu, lanzhou.baogaosu, zhb.hebei, 21xc, baitongwang, jcurcio, ayfybq, tchuan, gxzf), and
blind47's school notice cncx. The corpus stores only the first ~2,000 bytes of a page, so the NEW congress reports
stop in their preambles (no finding printed). What was new with printed findings: two tender-site copies of a firm's
and a bureau's rectification (ixbang, qianlima), a school's one-sentence notice (maojian), and - found only with the
last two wordings - county audit-result notices of projects and funds that print each finding and often its
rectification (mdx, skyvlt, smx, kmdc, quxian, huilai, and cdaudit declined), plus one 医保 flight-check news item.

Declined, new by key: yuanjiang.gov.cn (a request to publish five audit results, no finding); ciia.com.cn (a 2012
卫生局 audit revisit, counts of recommendations, out of 2014-2025); zhangjk.com (a forum copy of 审计要情 news, no
finding); shijiazhuang.baogaosu.com ('四个告知' of the audit office, no finding); hadlsm.com (traditional news of village
audits before elections, no finding); m-enshifabu.cjyun.org (利川 village audits, problem clues counted); cznd.gov.cn
0623 (an audit's opening meeting); news.buu.edu.cn (a university's audit-rectification meeting); news.qq.com (an
audit photo caption); m.inrrp.com.cn (a 2011 debt-audit work report, a 范文 copy); scfzw.net (an audit exit meeting);
sjj.jingzhou.gov.cn (a congress satisfaction vote on an audit rectification report, no finding); shantou.gov.cn (a
2017 medical-insurance audit-result notice cut before its findings); 867bbb.com (traditional, the national auditor's
2016 findings on 923 bodies together, R122); chyyyygl.com (a simplified copy of the same 医保 news as colamg, R4: one
kept); dhq.nc.gov.cn (an audit report cut in its budget figures, no finding); cj8838.cn (a 2010 audit-result notice:
out of 2014-2025); ttnews.xyz, crnews.net, feifmx.com (2017-2018 national poverty-fund audit findings for many
counties together, R19/R122); ahscb.com (2015 news of an audit work report); sjfz.org.cn (an audit office's
supervision news, no finding); fymate.net (rules on audit-result notices); cdaudit.gov.cn (a 2017 audit result whose
one line joins two findings with their 处理意见 '应予扣减、…应予调整' and reports no rectification: left out, the set having
its twelve); youyang.gov.cn (a photo caption); 3money.cn, monvtuan.com (news of the national auditor's 2023 report on
many counties together, R19).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - ixbang: a tender site's masked copy ('(略)') of a state firm's report on its asset-audit rectification
    ('一、落实审计整改主题责任情况' … '二、审计反馈问题的整改情况' / '(一)共性问题' / '1.未实行全面预算。…' / '整改措施(宇鸿):'), cut
    in the first item's measures: 1 problem (1 measure).
  - qianlima: a tender site's masked copy of a bureau's 审计整改结果的公告 for one problem ('(一)问题描述。' / '(二)整改情况。'
    / '(三)整改结果。已完成整改。'): 1 problem (2 measures), headline 1/1.
  - maojian: a district government's notice that a school's economic-responsibility audit findings are rectified,
    one sentence of the school's faults: 1 problem (0 measures).
  - mdx: a county audit office's numbered 审计结果公告 (masthead, Chinese-numeral dateline) on a landfill's final
    accounts, '(一)(二)' findings, orders per finding, a 整改情况 paragraph: 2 problems (0 measures).
  - skyvlt: a mirror's copy of a city audit-result notice on a reservoir repair, one finding, '四、审计整改情况 …已依法整改':
    1 problem (0 measures).
  - smx: a 2014 audit-result notice on a pond project's settlement, one finding paragraph and its rectification
    sentence: 1 problem (1 measure).
  - kmdc: a district 竣工决算审计结果公告 (title printed twice), '(一)(二)' findings, cut at '三、审计处理和整改情况': 2 problems.
  - quxian: a county audit investigation result on the student nutrition fund, '一是…五是' findings, requirements per
    finding, signature: 5 problems (0 measures).
  - huilai: a county report of a special audit of direct funds, '(一)-(三)' finding headings with facts and orders, cut
    in the third: 3 problems (0 measures).
  - colamg (traditional): news of the 国家医保局 flight check exposing seven hospitals' self-correction shortfalls,
    a paragraph per hospital, cut in the closing quote: 7 problems. NOT an audit (a fund-supervision flight check): the
    one page of the related 医保基金 kind taken, for its problem list.
  - ingsd (near miss): a county paper's item on a town rectifying what the county audit group found: 0.
  - cznd_xuejia (near miss): a district portal's item on a town's audit of its kindergartens, findings of unnamed
    kindergartens in one sentence (R19): 0.
Totals: 12 documents (2 near misses), 24 problems (1+1+1+2+1+1+2+5+3+7), 4 measures (1+2+1). Reading and regex recount
agree. Kinds: 7 bulletins (ixbang, qianlima, maojian, mdx, skyvlt, smx, kmdc), 5 null (quxian and huilai audit
findings, colamg exposure, two news items). Years 2014-2025 (smx 2014, mdx 2022 on a 2019 audit, the rest 2018-2025).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- ixbang: '1.未实行全面预算。<description>' on one line → the whole statement (R88, C9 SETTLED), final '。' dropped, masks
  kept (R2); category '共性问题' (R79); the cut '整改措施(宇鸿): (略) 内控制度,并按照完善后的制度' = 1 measure as far as it
  goes (R25, C14; as blind47 cncx item 七); status null (no done word, R95). (NEW) The '(宇鸿)' tag names which of the
  two audited firms the measure is for, not a 责任单位 field: units [] (R101/R102 read fields and cells; the tag is a
  label of the measure).
- ixbang: no title line (opens at '一、'), no signature, no date; the plan named in the text
  ('《中共石棉宇鸿建设 (略) 支部关于…整改方案》') is another document: title and issuer null (R33, R37).
- qianlima: title the line under the masked header '****' (R32); issuer null (the header and '我局' are masked / a
  lead, R38); inspector '****审计局' as printed, masks kept (as blind41 daumloan); inspected null (the audit is of a
  city's 招标投标管理情况, a matter, not a body named as audited); start/end the audit period 2024-08-28 - 2024-12-06
  (R50); headline '审计反馈1个问题已全部整改完成' → 1/1 (R62, R71).
- qianlima: the problem is the '(一)问题描述。' field without the lead-in '根据审计报告反馈,' (R89, R92, R121), seq null
  (R78: the (一)(二)(三) number fields, not problems), category '问题整改情况' (the notice's own section '二、', R79, as
  blind33 qianlima); status done ('(三)整改结果。已完成整改。', R93); measures 2: the 整改情况 field's first sentence (its
  '一是' lost in the mask) and '二是…' (R96 counts the items present; broken numbering by actual items, schema); the
  整改结果 field beside it is a result, not counted (R118); unit '市农业农村局', the body the finding names (C31 side A,
  majority).
- (NEW) maojian: one audited body's faults in one sentence ('审计发现市东风第九中学存在改变预算资金用途、政府采购不规范等问题')
  → ONE problem (R12: one problem per body; R19's one-sentence [] is for many bodies or feedback news, R108's one
  named body), titled from the body's name to the end of its faults, lead '审计发现' dropped (R92), '等问题' kept
  (R87); status done ('该单位审计发现问题已整改到位', R94); measures 0: '采取多种形式进行整改' names no action (R97; C27 counts
  an account of the fix, and this prints none); unit the school (C31 side A). Kind bulletin: a notice reporting the
  rectification done (R27); no title line (portal chrome only, R33); dates 2023-02-28 - 2023-03-30 (R50, the year
  from the start date, R58); report date null (only in the url, R44).
- colamg (traditional, titles and units simplified at write, R91): one problem per hospital paragraph (R10, R12),
  title from the hospital's name to the paragraph's end, lead '其中,' dropped (R92), final '。' dropped; the '但…' clause
  kept with the finding (R16 reads the clause after 但 as a problem; here the finding and its shortfall are one
  paragraph of one body, as blind47 rednet keeps a body's sentences together); unit the hospital (R12, C31); no
  status (an exposure of what was not fixed), measures 0 (R97); kind null (a check's exposure, R29), title null (a
  news headline, R34); inspector '國家醫保局' (the flight check's body, R46), inspected null (seven hospitals);
  '7家', '82項問題' per hospital and the amounts are no headline (R68 bodies; R69 per-body counts with no total).
- Near misses: ingsd '11月12日' has no year in the text (R60): no dates; inspector '县审计组' (R46), inspected '观城镇'
  as the sentence names it (R47); kind null (news, R30). cznd_xuejia: '部分幼儿园存在…等问题' names unnamed bodies in one
  sentence → [] (R19); '5月15日' without a year in the text (the year only in the url): no date (R60); inspector
  '薛家镇内审' (R46); kind null.
- mdx: kind bulletin (a titled 审计结果公告 reporting rectification, blind8/blind32); title the line under the masthead;
  (NEW) issuer '牟定县审计局' from the bulletin's own masthead (not a portal header, R38); report date the dateline
  '(二〇二二年六月十五日公告)' (R40, R45). (NEW) Units: the body '三、审计处理情况' orders to rectify each finding, its sentence
  keyed by the finding's amount (R104); (NEW) status from the 整改情况 paragraph only where it names the item
  ('多支付工程款23.52万元将在…予以扣除' → (二) in_progress; (一) null, R95); measures 0 (orders and a paragraph answering no
  numbered item, R98).
- skyvlt: no title line; kind bulletin by content ('四、审计整改情况 …问题已依法整改', R27); the one unnumbered finding, seq null;
  status done; measures 0 (a result sentence naming no action, R118); unit the body said to have rectified (R104).
- smx: (NEW) the dateline's '二O一四' (Latin O for 〇) read as 2014 (R45); the finding paragraph whole (R88); done and 1
  measure from '义马市水利局已按审计报告核算的工程价款据实结算' (R93, R96, R118); unit 义马市水利局 (R104).
- kmdc: title printed twice, the first taken (R35); cut before '三、审计处理和整改情况': status null, measures 0, units [];
  '自2023年8月至10月' month span → no dates (R53).
- quxian: kind null (findings and requirements, no rectification reported, R29/R31), no title line; (NEW) item 五's
  bracketed 备注 dropped from its title; (NEW) units from '三、审计处理情况及建议', sentences keyed by the finding ('对<finding>的
  问题,要求<body>…'): the bodies asked (R102/R104); requirements → measures 0 (R98).
- huilai: kind null (an audit's findings report, R31); headings on their own lines titled by the heading (R88); units
  the body ordered to act ((一) 县农业农村局) or named as faulty ((二)(三), C31); (NEW) (二)'s '已…扣回28.41万元,尚有…未追回'
  → in_progress though the kind is null; measures 0 (orders, R98/C28).
- excerpt: ixbang (2,000 bytes, cut in a measure), qianlima (2,000 bytes, cut after section 三 before any signature or
  date: true, R5), colamg, kmdc, huilai (cut mid-sentence) true; maojian, mdx, skyvlt, smx, quxian (signature), ingsd (byline),
  cznd_xuejia (last paragraph) false.
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind49"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "ixbang_shimian_yuhong_asset_audit_rectification_masked_cut": r'''"一、落实审计整改主题责任情况\n(一)组织领导方面。为全面做好审计整改工作,确保整改工作的有序推进,结合公司实际, (略) 董事长为组长,副总经理、职工董事为副组长,其余相关负责人 (略) 员工为成员的审计整改小组,具体负责审计反馈问题的整改工作。\n(二)责任落实方面。制定了《中共石棉宇鸿建设 (略) 支部关于2020年资产损益情况审计查出问题整改方案》(以下简称“方案”),明确审计整改目标,整改的时间阶段以及具体整改任务及措施。“方案”以解决本次 (略) 在管理、内控制度、财务收支、资产管理、工程项目、采购流程等六个方面为主要整改内容。根据审计反馈的问题,领导班子主动剖析问题,班子成员和审计整改责任领导主动认领问题、划定责任;全公司上下层层带动落实,深入分析查找问题的根源,制定审计整改问题台账,逐项制定整改措施,把整改事项落实到责任领导, (略) 门和具体责任人,明确了完成目标及时限,要求不敷衍改出成效,确保一件一件落实、一条一条兑现。\n(三)监督检查方面。对整改工作采取监督,全面掌握整改工作情况,建立了整改落实问题清单,对整改任务进行分解,并实时跟进,确保逐条完成。同时,明确要求将整改情况纳入到年度绩效考核中,对简单应付、整改不利的坚决追责问责。\n二、审计反馈问题的整改情况\n(一)共性问题\n1.未实行全面预算。宇鸿公司制定了《预算管理办法》规定了全面预算管理机构及职责、全面预算内容及编制等流程,华盛公司未制订自身的预算管理相关制度,但实际工作中,两家公司均未编制年度预算收支表,未对公司经营进行预算管理, (略) 经营缺乏约束或盲目经营、资源浪费、经营效率低下等风险。\n整改措施(宇鸿): (略) 内控制度,并按照完善后的制度"''',
    "qianlima_public_works_bidding_audit_rectification_result_one_problem_masked": r'''"****\n关于公共工程招标投标管理情况专项审计整改结果的公告\n****审计局于2024年8月28日至2024年12月6日对**市2022年至2023年公共工程招标投标管理情况进行了专项审计调查。根据《中华人民**国审计法》等有关规定,现将整改结果公告如下。\n一、工作开展情况\n我局高度重视审计发现问题整改工作,主要领导亲自部署,明确要求以审计反馈问题为指引,坚持问题导向,全面梳理,细化举措,认真制定整改方案,确保审计反馈的市本级存在的相关问题按时按质整改到位。根据工作要求,我局已于2025年2月17****审计局报送了整改工作方案,****交易中心公示“双随机、一公开”检查抽查结果。积极配合市发改部门于2025年3月17日—3月21日,赴5个县(区)开展专项督导检查。切实发挥行业主管部门职责,督促指导县(区)加快问题整改。截至公告日,审计反馈1个问题已全部整改完成。\n二、问题整改情况\n(一)问题描述。根据审计报告反馈,市农业农村局“双随机、一公开”情况检查结果未通过网站及时向社会公开或未同步归集至本级公共**交易平台。\n(二)整改情况。****发改委、市政府政务服****服务中心,于2025年2****政府政务服****服务中心公开****2024年“双随机、一公开”检查抽查结果。二是严格执行“双随机、一公开”相关规定,落实市级行业部门监管责任,加强事中事后监管,及时公开检查结果,接受社会监督,切实提升监管质效。\n(三)整改结果。已完成整改。\n三、审计建议采纳情况\n针对审计调查报告提出的各项工作建议,我局已全部研究并予以采纳。下一步,将紧扣建议要求,切实强化部门监管职责,压实项目单位主体责任,持续加强招投标信息公开管理,系统推进各项整改举措落地见效,推动全市农业农村领域招标投标市场秩序更加规范。\n"''',
    "maojian_dongfeng_no9_school_economic_responsibility_audit_rectified": r'''"政府信息公开\n茅箭区人民政府信息公开\n根据《中华人民共和国审计法》的规定,茅箭区审计局于2023年2月28日至3月30日采取就地审计的方式,对十堰市东风第九中学主要负责人任期履行经济责任情况进行了审计。审计发现市东风第九中学存在改变预算资金用途、政府采购不规范等问题。对上述问题,区审计局对市东风第九中学提出强化预算执行、完善采购制度等建议。\n针对本次审计发现的问题,市东风第九中学积极行动,采取多种形式进行整改。截至目前,该单位审计发现问题已整改到位。"''',
    "colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut": r'''"7家醫院涉超標準收費等問題被通報\n\n記者昨日從國家醫保局獲悉,在今年飛行檢查中,國家醫保局發現部分醫療機構對自查自糾敷衍應付,對已提供清單的問題不主動自查整改。國家醫保局公佈部分典型問題,涉及7家醫院。\n\n其中,內蒙古自治區人民醫院經查存在82項問題,違法違規金額3466.7萬元,但該院在規定時間內自查自糾退回醫保基金金額爲0元(飛檢結束兩週後,該院退回3.23萬元),並且部分問題此前已被檢查指出,但該院未徹底整改,本次檢查時仍大面積廣泛存在。\n\n江西省九江市第一人民醫院經查存在42項問題,違法違規金額592.8萬元,但該院自查自糾退回醫保基金1.96萬元。\n\n吉林省長春市中醫院經查存在38項問題,違法違規金額1638.7萬元,但該院自查自糾退回醫保基金120.1萬元。\n\n河北省石家莊市人民醫院經查存在86項問題,違法違規金額2000.9萬元,但該院自查自糾退回醫保基金108.2萬元。\n\n甘肅醫學院附屬醫院(平涼市人民醫院)經查存在34項問題,違法違規金額979.4萬元,但該院自查自糾退回醫保基金87.4萬元。\n\n山東省濟南腎病醫院經查存在10項問題,違法違規金額112.3萬元,但該院自查自糾退回醫保基金的金額爲0元。\n\n黑龍江省黑河市五大連池福康醫院經查存在25項問題,違法違規金額77.9萬元,但該院自查自糾退回醫保基金的金額爲1.9萬元。\n\n幾家醫院涉及的典型問題包括超標準收費、過度診療、分解收費、重複收費、串換項目等。\n\n國家醫保局有關負責人表示,下一步將對全國範圍內定點醫療機構自查自糾情況開展抽查複查,對自查自糾嚴重不到位的定點醫療機構,違法違規問題屢查屢犯、拒不整改的定點醫療機構,將依法依規從嚴從重處理,並予以公開曝光。\n\n該負責人表示,各定點醫療機構要持續開展自查自糾,及時發現"''',
    "ingsd_shenxian_guancheng_town_audit_rectification_news_no_list": r'''"本报讯 近日,莘县观城镇针对县审计组审计出的问题,扎实做好问题整改工作。\n11月12日,县审计组到观城镇开展审计工作。该镇高度重视,根据要求,及时、准确、完整地提供有关资料。在此基础上,该镇将正确对待审计工作中发现的问题和不足,及时与审计组沟通,采取有效措施,及时进行整改,形成书面材料备案待查。该镇将以本次审计为契机,全面开展自查自纠,进一步规范各项财务管理制度、财经纪律的落实,保证审计工作取得实效。\n□记者 苑 莘 通讯员 王 涛 薛彦青"''',
    "cznd_xuejia_kindergartens_special_audit_findings_one_sentence": r'''"您当前的位置:首页 > 新视界 > 部门动态 > 审计局 > 内容\n为保障学前教育资金安全与规范使用,5月15日,薛家镇内审联合镇社会事务办、镇财政等部门,对辖区内幼儿园开展专项审计。本次审计聚焦2022-2024年度学前教育经费,重点核查保教费、伙食费收退政策执行情况,审查专项资金管理是否合规,同时延伸检查师资配备、安全管理等环节。审计发现部分幼儿园存在财务报销附件不全、工程结算多计价款等问题。镇政府已建立“问题清单+整改台账”机制,责令限期整改并追回资金,完善相关制度。\n下一步,薛家镇内审将强化审计成果运用,开展整改“回头看”及绩效跟踪评价,确保问题清零。同时探索“政策+资金+安全”常态化审计模式,引入第三方机构参与成本核算,优化普惠性幼儿园补助机制,切实提升学前教育公共服务质量,筑牢“幼有善育”民生底线。"''',
    "mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings": r'''"牟定县审计局\n审计结果公告\nMOUDINGXIAN SHENJIJU\nSHENJI JIEGUO GONGGAO\n2022年第27号\n(总第709号)\n牟定县审计局办公室\n牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算审计结果\n(二〇二二年六月十五日公告)\n根据《中华人民共和国审计法》,牟定县审计局于2019年2月27日至7月12日,对牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算进行了审计。现将审计结果公告如下:\n一、基本情况及评价\n牟定县城生活垃圾处理工程(一、二期防渗工程)一期于2009年3月3日开工建设,2012年2月21日完工,二期于2015年4月15日开工建设,同年5月15日完工,并分别于2012年2月21日、2015年5月20日对一、二期防渗工程组织了竣工验收,评定为合格工程。该项目实际完成总投资297.48万元(建筑工程投资297.48万元)。\n审计结果表明,牟定县城生活垃圾处理工程(一、二期防渗工程)基本能执行建设程序,但审计也发现工程项目多结算工程价款及多支付工程款的问题。\n二、审计发现的主要问题\n(一)多结算工程价款104.72万元。\n(二)多支付工程款23.52万元。\n三、审计处理情况\n针对审计发现问题,牟定县审计局已按照国家法律法规规定及时出具了审计报告和审计决定。对多结算工程价款104.72万元的问题,责令牟定县住房和城乡建设局进行整改;对多支付工程款23.52万元的问题,责令牟定县住房和城乡建设局调整有关会计账目,收回多支付的工程款23.52万元。\n四、审计发现问题的整改情况\n牟定县住房和城乡建设局在收到审计报告和审计决定书后,于2022年6月7日提交审计整改报告,已按照审计结果调整了会计账目及竣工财务决算报表,并回复说明:多支付工程款23.52万元将在施工单位已实施的牟定县城生活垃圾处理工程(三期防渗工程)中予以扣除。"''',
    "skyvlt_xinzheng_guchen_reservoir_repair_audit_result_rectified": r'''"根据《中华人民共和国审计法》规定,新郑市审计局派出审计组,自2023年4月14日至10月7日,对新郑市古城水库水毁修复工程进行了审计,现将审计结果公告如下:\n一、工程基本情况\n新郑市古城水库水毁修复工程位于新郑市龙湖镇古城村。主要施工内容:拆除及外运、尾水渠降水、土方开挖、土方回填、浆砌石砌筑、排水棱体翻修、干砌石护坡、沥青混凝土路面工程等;溢洪道浆砌石护底、陡坡段及尾水渠浆砌石等。\n二、审计发现的主要问题和处理意见\n多计取工程价款774387.48元。\n三、审计建议\n针对上述审计发现问题,新郑市审计局已依法出具审计报告。建议建设单位要加大报审结算的审核力度,避免高估冒算、虚报工程造价的发生。\n四、审计整改情况\n截至目前,新郑市水库河道工程建设管理局多计工程价款问题已依法整改。"''',
    "smx_yima_wuxing_pond_settlement_audit_result_2014": r'''"义马市五星水塘除险加固工程项目结算情况审计结果公告\n(二O一四年十二月二十六日公告)\n一、工程基本情况\n工程概况及承包范围:义马市五星水塘除险加固工程包含招标合同工程和变更工程。工程主要内容包括溢洪道扩宽、修建交通桥、安装闸门、坝坡培土、上下游坝面整修、景观工程以及抛石挤淤等工程。\n二、审计评价意见\n审计结果表明:义马市水利局提供的工程资料,基本真实地反映了该项目的建设情况,但在审计中发现存在多计工程价款问题。\n三、审计发现的主要问题及整改情况\n义马市水利局报审的义马市五星水塘除险加固工程项目施工结算价1,464,196.00元,经审计,审定结算价为862,908.07元,多计工程价款601,287.93元。\n对审计中发现的问题,义马市审计局依法出具了审计报告,义马市水利局已按审计报告核算的工程价款据实结算。"''',
    "kmdc_dongchuan_landslide_works_final_accounts_audit_result_cut": r'''"东川区乌龙镇大村子村摇房箐搬迁新村、店房社区水井湾小组滑坡治理工程第1标段和东川区乌龙镇大村子村委会后山泥石流(小水城至窑房箐)治理项目竣工决算审计结果公告\n东川区乌龙镇大村子村摇房箐搬迁新村、店房社区水井湾小组滑坡治理工程第1标段和东川区乌龙镇大村子村委会后山泥石流(小水城至窑房箐)治理项目竣工决算审计结果公告\n根据《中华人民共和国审计法》的规定,东川区审计局自2023年8月至10月对东川区乌龙镇大村子村摇房箐搬迁新村、店房社区水井湾小组滑坡治理工程第1标段(以下简称“大村子村搬迁新村滑坡防治工程”)和东川区乌龙镇大村子村委会后山泥石流(小水城至窑房箐)治理项目(以下简称“大村子村后山治理工程”)竣工决算进行了审计,现将审计结果公告如下:\n一、基本情况\n大村子村搬迁新村滑坡防治工程,项目总预算304万元;建设内容为:抗滑桩21棵、G2截水沟88米、G3排水沟121米、G4排水沟274米、G5排水沟105米防滑坎9.5米、仰斜式挡墙47米、安装内径DN50水泥管36米;工程于2022年4月22日进行了终验,工程质量评定为合格。大村子村后山治理工程,项目概算542.57万元;建设内容为:拦挡坝及副坝共10座、谷坊坝2座、排导槽123米、修复原有2#排导槽、护岸堤3道;工程于2022年9月5日进行了初验,工程质量评定为合格。\n审计结果表明,东川区自然资源局提供的工程建设资料基本完整,工程建设过程中管理基本规范,工程财务会计核算由专人负责,会计基础工作基本符合规范要求,支付工程进度款严格执行监理审核和领导审批制度。但存在多计工程价款和中介机构审计费的问题。\n二、审计发现的主要问题\n(一)多计工程价款23.56万元\n(二)多计待摊投资0.18万元。\n三、审计处理和整改情况\n针对上述"''',
    "quxian_student_nutrition_fund_audit_investigation_result_five_findings": r'''"(2024年公告 第3号)\n根据《中华人民共和国审计法》的规定和2024年度审计项目计划安排,渠县审计局对渠县2021年至2023年农村义务教育学生营养改善计划专项资金管理使用及相关政策落实等情况进行了专项审计调查,现将审计调查结果公告如下:\n一、基本情况\n2021-2023年上级下达渠县营养改善计划专项资金共计9952万元,其中:中央资金8313万元、省级资金1639万元。县级安排829.73万元。\n二、审计发现的主要问题\n一是超范围支付X部分资金。二是X收费未履行审批手续。三是供货配送单签收流于形式。四是部分学校仍存在火腿肠、脆皮肠的深加工食品情况。五是食堂运行仍未完全规范等(备注:渠县农村义务教育学生营养改善计划实行“4+X(2021年11月后实行“5+X”)模式,即在国家补助资金(4元)5元的基础上,学生自愿交纳一部分费用,由学校购买不足部分食材和辅料,用于提高膳食标准。)。\n三、审计处理情况及建议\n对超范围支付X部分资金的问题,要求教育局会同相关部门对涉及营养餐学校的食堂劳务人员所需资金进行测算并按程序上报审批,用财政专项预算解决。对X收费未履行审批手续的问题,要求X部分收费遵循学生及家长自愿原则,在对成本进行精细测算后,据实结算。对供货配送单签收流于形式的问题,要求教育局、教育融创公司强化配送管理,加强与供货企业的有效衔接,及时更新学生基本信息变动情况。对部分学校仍存在火腿肠、脆皮肠的深加工食品情况的问题,要求教育局强化供餐食材的监督管理,切实保障采购食材符合食品安全和营养健康的标准要求。对食堂运行仍未完全规范的问题,要求教育局切实规范食堂管理,切实保障食品安全和资金安全。\n渠县审计局\n2024年11月29日"''',
    "huilai_direct_funds_special_audit_findings_and_handling_cut": r'''"按照省审计厅的统一部署,2022年1至3月,县审计局组织开展了2021年中央直达资金管理和使用情况专项审计工作。审计结果表明,县财政局等相关单位认真贯彻县委县政府决策部署,围绕直达资金“及时、直达、精准、安全、绩效”的目标要求,及时分配下达并基本规范使用财政直达资金,较好地履行财政直达资金管理和使用职责,大部分资金能充分发挥使用效益。但存在渔业发展补助资金未拨付使用、违规发放已死亡人员抚恤金、未按规定使用城乡义务教育补助经费等问题,现将审计情况报告如下:\n一、审计发现的主要问题及处理情况\n(一)渔业发展补助资金未拨付使用,涉及金额1200万元。\n2021年6月,县财政局收到市财政局下拨渔业发展补助资金1200万元,其中计划用于完成6艘近海渔船更新改造600万元,用于建设1个桁架类大型养殖装备箱600万元。根据2021年7月2日任务清单,资金分配下达县农业农村局。截至2022年2月21日,因建设项目进展缓慢,1200万元直达资金存于县财政局未拨付使用。对此,县审计局已责令县农业农村局落实主体责任,做好项目推进工作,加快项目资金支出进度,充分发挥资金使用效益。\n(二)县退役军人事务局违规向已死亡优抚对象继续发放抚恤金,涉及金额45.72万元。\n2020年1月至2022年1月,县退役军人事务局违规向已死亡优抚对象发放抚恤补助金,涉及118人金额合计45.72万元。截止2022年3月9日,已在发放死亡一次性丧葬费中扣回28.41万元,尚有42人合计17.31万元未追回。对此,县审计局已作出审计决定,责令县退役军人事务局予以改正,追回违规发放的17.31万元上缴县财政。\n(三)县退役军人事务局未按规定标准及金额向优抚对象发放抚恤金,涉及金额10.38万元。\n审计发现,县退役军人事务局未按规定标准及金额向优抚"''',
}


TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_IX = TEXT["ixbang_shimian_yuhong_asset_audit_rectification_masked_cut"]
# '1.<heading>。<description>' on one line → the whole statement (R88), final '。' dropped; the cut 整改措施 = 1 (R25)
IXBANG = [_p(int(m.group(1)), m.group(2).rstrip("。"), "共性问题", measures=1)
          for m in re.finditer(r"^(\d)\.([^\n]+)\n整改措施", _IX, re.M)]

_QL = TEXT["qianlima_public_works_bidding_audit_rectification_result_one_problem_masked"]
_QL_TITLE = re.search(r"\(一\)问题描述。根据审计报告反馈,(.+?)。\n", _QL).group(1)
QIANLIMA = [_p(None, _QL_TITLE, "问题整改情况", ["市农业农村局"], "done", measures=2)]

_MJ = TEXT["maojian_dongfeng_no9_school_economic_responsibility_audit_rectified"]
_MJ_TITLE = re.search(r"审计发现(市东风第九中学存在.+?等问题)。", _MJ).group(1)
MAOJIAN = [_p(None, _MJ_TITLE, None, ["市东风第九中学"], "done", measures=0)]

_CL = TEXT["colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut"]
COLAMG = [_p(None, m.group(1) + "經查" + m.group(2), None, [m.group(1)])
          for m in re.finditer(r"^(?:其中,)?([^\n,]+?)經查(存在[^\n]+?)。$", _CL, re.M)]

_MD = TEXT["mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings"]
# '(一)<finding>。' (R8), unit the bureau the 审计处理 section orders to rectify each (R104, NEW); status from the
# 整改情况 paragraph where it names the item ('多支付工程款23.52万元将在…予以扣除' → in_progress, NEW); measures 0 (R98)
_MD_UNIT = "牟定县住房和城乡建设局"
MOUDING = [_p(i + 1, m.group(1), "审计发现的主要问题", [_MD_UNIT], None if i == 0 else "in_progress")
           for i, m in enumerate(re.finditer(r"^\([一二]\)(多[^\n]+?)。$", _MD, re.M))]

_XZ = TEXT["skyvlt_xinzheng_guchen_reservoir_repair_audit_result_rectified"]
XINZHENG = [_p(None, re.search(r"处理意见\n(.+?)。\n", _XZ).group(1), "审计发现的主要问题和处理意见",
               ["新郑市水库河道工程建设管理局"], "done")]

_YM = TEXT["smx_yima_wuxing_pond_settlement_audit_result_2014"]
YIMA = [_p(None, re.search(r"及整改情况\n(.+?)。\n", _YM).group(1), "审计发现的主要问题及整改情况", ["义马市水利局"],
           "done", measures=1)]

_DC = TEXT["kmdc_dongchuan_landslide_works_final_accounts_audit_result_cut"]
DONGCHUAN = [_p(i + 1, m.group(1).rstrip("。"), "审计发现的主要问题")
             for i, m in enumerate(re.finditer(r"^\([一二]\)(多计[^\n]+)$", _DC, re.M))]

_QX = TEXT["quxian_student_nutrition_fund_audit_investigation_result_five_findings"]
_QX_SEC = between(_QX, "二、审计发现的主要问题\n", "\n三、")
# '一是…。二是…' (R76a); item 五's bracketed 备注 dropped (NEW); units the bodies the 处理 section asks of each (NEW)
_QX_UNITS = [["教育局"], [], ["教育局", "教育融创公司"], ["教育局"], ["教育局"]]
QUXIAN = [_p(i + 1, re.sub(r"\(备注:.*$", "", m.group(1)), "审计发现的主要问题", _QX_UNITS[i])
          for i, m in enumerate(re.finditer(r"[一二三四五]是(.+?)(?=。[二三四五]是|。$)", _QX_SEC))]

_HL = TEXT["huilai_direct_funds_special_audit_findings_and_handling_cut"]
_HL_UNITS = [["县农业农村局"], ["县退役军人事务局"], ["县退役军人事务局"]]
HUILAI = [_p(i + 1, m.group(1), "审计发现的主要问题及处理情况", _HL_UNITS[i], "in_progress" if i == 1 else None)
          for i, m in enumerate(re.finditer(r"^\([一二三]\)([^\n]+?)。$", _HL, re.M))]

_NEAR = ("Near miss: no problem list (0 problems).")

DOCS = {
    "ixbang_shimian_yuhong_asset_audit_rectification_masked_cut": dict(
        excerpt=True,
        genre="1-like audit rectification report of a firm: a tender site's masked copy ('(略)') of a state "
              "construction firm's report on the rectification of its 2020 asset-and-profit audit, '一、落实审计整改主题"
              "责任情况' (three (一)-(三) paragraphs), '二、审计反馈问题的整改情况' / '(一)共性问题' / '1.<finding>' / "
              "'整改措施(宇鸿):'; cut in the first item's measures",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=IXBANG,
        anomalies=["Masks '(略)' kept in the text and in the title (R2); no title line (the copy opens at '一、'), no "
                   "signature, no date: title, issuer and report date null (R33, R37); kind bulletin (a report of "
                   "the audit findings' rectification, R27).",
                   "'1.未实行全面预算。<description>' on one line: the whole statement (R88, C9 SETTLED), final '。' dropped; "
                   "category '共性问题' (R79); seq 1 (R75).",
                   "The cut '整改措施(宇鸿): (略) 内控制度,并按照完善后的制度' counts 1 measure as far as it goes (R25, C14); "
                   "no done word: status null (R95).",
                   "(NEW) '(宇鸿)' tags which of the two audited firms the measure is for; it is no 责任单位 field: units "
                   "[] (R101/R102).",
                   "Inspector and inspected null: the auditor is unnamed and the audited firms are named only as "
                   "'宇鸿公司', '华盛公司' in the finding (R48); the '(一)-(三)' paragraphs of section 一 are the "
                   "rectification work, no problems (R111).",
                   "Cut inside the first item's 整改措施 (2,000 bytes): excerpt true."]),
    "qianlima_public_works_bidding_audit_rectification_result_one_problem_masked": dict(
        excerpt=True,
        genre="2-like audit rectification result notice for one problem: a tender site's masked copy ('****') of a "
              "city bureau's 审计整改结果的公告 after a special audit of public-works bidding: masked header line, title, "
              "lead, '一、工作开展情况', '二、问题整改情况' with '(一)问题描述。' / '(二)整改情况。' / '(三)整改结果。', "
              "'三、审计建议采纳情况'; stops at 2,000 bytes after section 三",
        kind="bulletin", title="关于公共工程招标投标管理情况专项审计整改结果的公告", issuer=None, report_date=None,
        inspection=ins("****审计局", None, "2024-08-28", "2024-12-06"), headline=head(1, 1), problems=QIANLIMA,
        anomalies=["Masks '****' kept (R2); title the line under the masked header '****' (R32); issuer null (the "
                   "header is masked and '我局' is a lead, R38); no signature or date: report date null.",
                   "Inspector '****审计局' as printed, masks kept (R46, as blind41 daumloan); inspected null (the audit "
                   "is of a city's 招标投标管理情况, no body named as audited); start/end the audit period (R50).",
                   "Headline '审计反馈1个问题已全部整改完成' → problems 1, done 1 (R62, R71).",
                   "The one problem is the '(一)问题描述。' field without its lead-in '根据审计报告反馈,' (R89, R92, R121), "
                   "final '。' dropped; seq null (the (一)-(三) numbers are the fields', R78); category '问题整改情况' (the "
                   "notice's own section '二、', R79, as blind33 qianlima).",
                   "Status done ('(三)整改结果。已完成整改。', R93). Measures 2: the 整改情况 field's first sentence, whose "
                   "'一是' is lost in a mask, and '二是…' (R96, broken numbering counted by items present); the 整改结果 "
                   "field is a result, not counted (R118).",
                   "Unit '市农业农村局', the body the finding names (C31 side A, majority).",
                   "Stops at 2,000 bytes after section 三's last sentence, before any signature or date: excerpt true "
                   "(R5)."]),
    "maojian_dongfeng_no9_school_economic_responsibility_audit_rectified": dict(
        excerpt=False,
        genre="2-like audit rectification result notice of a school: a district government's information-disclosure "
              "page ('政府信息公开' chrome) telling that the district audit office audited a school head's economic "
              "responsibility, the school's faults in one sentence, and that they are rectified",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("茅箭区审计局", "十堰市东风第九中学", "2023-02-28", "2023-03-30"), headline=head(),
        problems=MAOJIAN,
        anomalies=["(NEW) One audited body's faults named in one sentence ('审计发现市东风第九中学存在改变预算资金用途、政府"
                   "采购不规范等问题') → one problem (R12: one per body; R19's [] is for many bodies or feedback news), "
                   "titled from the body's name to the end of its faults, lead '审计发现' dropped (R92), '等问题' kept "
                   "(R87); seq and category null (R78, R84).",
                   "Status done ('该单位审计发现问题已整改到位', R94); measures 0: '积极行动,采取多种形式进行整改' names no "
                   "action (R97; C27 counts an account of the fix, none is printed); the auditors' '强化预算执行、完善采购"
                   "制度等建议' are recommendations (R98, C28); unit the school (C31 side A).",
                   "Kind bulletin: the notice reports the rectification done (R27); no title line (portal chrome only, "
                   "R33); no issuer or date in the text (the url's date not read, R44).",
                   "Inspection dates '2023年2月28日至3月30日' (R50, the end's year from the start, R58); inspected the "
                   "school as first named (R47), unit its short name as the finding names it."]),
    "colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut": dict(
        excerpt=True,
        genre="3-like exposure of rectification shortfalls, a paragraph per body (traditional copy): a news mirror's "
              "item on the national medical-insurance bureau's flight check exposing seven hospitals that did not "
              "self-correct listed problems (problem counts, amounts, money returned); cut in the closing quote. Not "
              "an audit: a fund-supervision check, taken for its list",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("國家醫保局"), headline=head(), problems=COLAMG,
        anomalies=["Traditional copy: problem titles and units simplified at write (R91); doc fields as printed.",
                   "One problem per hospital paragraph (R10, R12): title from the hospital's name to the paragraph's "
                   "end, lead '其中,' dropped (R92), final '。' dropped; the '但該院…' shortfall kept with the finding (one "
                   "body's paragraph, as blind47 rednet keeps a body's sentences together; R16 reads the clause after "
                   "'但' as a problem, and it stays in the title); seq and category null.",
                   "Unit the hospital (R12, C31 side A); no status (an exposure of what was NOT fixed, R95), measures 0 "
                   "(R97); the closing '超標準收費、過度診療…等' names kinds for all seven (R19/R23), no problem.",
                   "Kind null (a check's exposure, R29), title null (a news headline, R34); inspector '國家醫保局' (R46), "
                   "inspected null (seven hospitals); '昨日', '今年' give no date (R60); '7家' (bodies), each "
                   "hospital's '82項問題' (per-body counts with no total) and amounts are no headline (R68, R69).",
                   "Not an audit (the brief's kind): a medical-insurance flight check's exposure, taken as the one page "
                   "with a problem list among the related 医保基金 candidates; a simplified copy of the same news "
                   "(chyyyygl.com) not taken (R4).",
                   "Cut in the closing quote ('…及時發現'): excerpt true."]),
    "ingsd_shenxian_guancheng_town_audit_rectification_news_no_list": dict(
        excerpt=False,
        genre="near miss, audit rectification news with no finding: a county paper's item on a town rectifying "
              "what the county audit group found, byline at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县审计组", "观城镇"), headline=head(), problems=[],
        anomalies=[_NEAR + " The item names no finding ('审计工作中发现的问题和不足'): [] (R19, R21).",
                   "'11月12日' without a year in the text (the url's date only): no date (R60); inspector '县审计组' "
                   "(R46), inspected '观城镇' as the sentence names it (R47); kind null (news, R30); title null."]),
    "cznd_xuejia_kindergartens_special_audit_findings_one_sentence": dict(
        excerpt=False,
        genre="near miss, a town's audit of its kindergartens in news: breadcrumb chrome, the findings of unnamed "
              "kindergartens in one sentence, the rectification ordered ('责令限期整改并追回资金'), next steps",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("薛家镇内审"), headline=head(), problems=[],
        anomalies=[_NEAR + " '审计发现部分幼儿园存在财务报销附件不全、工程结算多计价款等问题' names faults of unnamed "
                   "bodies in one sentence: [] (R19).",
                   "'5月15日' without a year in the text: no date (R60); '2022-2024年度' is the audited period of the "
                   "funds, no inspection date; inspector '薛家镇内审' (R46), inspected null (辖区内幼儿园); kind null "
                   "(news, R30); '责令限期整改' an order, no status (R72)."]),
    "mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings": dict(
        excerpt=False,
        genre="2 audit result notice with its rectification: a county audit office's numbered 审计结果公告 (masthead with "
              "pinyin, serial numbers, issuing office) on a landfill project's final accounts, dateline in Chinese "
              "numerals, '二、审计发现的主要问题' (一)(二), '三、审计处理情况' (orders per finding), '四、审计发现问题的整改情况'",
        kind="bulletin", title="牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算审计结果", issuer="牟定县审计局",
        report_date="2022-06-15", inspection=ins("牟定县审计局", None, "2019-02-27", "2019-07-12"), headline=head(),
        problems=MOUDING,
        anomalies=["Kind bulletin: a titled 审计结果公告 that reports the rectification (R27; blind8, blind32).",
                   "Title the line under the masthead (R32; the masthead's '审计结果公告', pinyin, '2022年第27号(总第709号)' "
                   "and '牟定县审计局办公室' are the bulletin's header). (NEW) Issuer '牟定县审计局' from the masthead of the "
                   "bulletin itself (its own issuing header, not a portal's, R38); the title names the project only.",
                   "Report date the dateline '(二〇二二年六月十五日公告)' (R40, R42, Chinese numerals R45); the audit period "
                   "'2019年2月27日至7月12日' → start/end (R50); the works' dates and acceptance days are no inspection "
                   "dates (R53); inspected null (a project, no body named as audited).",
                   "Problems the '(一)' '(二)' findings (R8), final '。' dropped, category '审计发现的主要问题' (R79).",
                   "(NEW) Unit of each: '牟定县住房和城乡建设局', the body '三、审计处理情况' orders to rectify that finding "
                   "(R104, the 处理 sentence keyed by the finding's amount); the orders are 整改要求: measures 0 (R98).",
                   "(NEW) Status from '四、…整改情况' where it names the item: '多支付工程款23.52万元将在…中予以扣除' (still to be "
                   "deducted) → (二) in_progress (R93); '已按照审计结果调整了会计账目及竣工财务决算报表' names no item → (一) "
                   "null (R95); the paragraph answers no numbered item as a list: measures 0 (R98).",
                   "'297.48万元' and the amounts are money (R68): no headline."]),
    "skyvlt_xinzheng_guchen_reservoir_repair_audit_result_rectified": dict(
        excerpt=False,
        genre="2 audit result notice with one finding and its rectification: a mirror's copy of a city audit office's "
              "notice on a reservoir repair project, no title line, '二、审计发现的主要问题和处理意见' (one line), '三、审计建议', "
              "'四、审计整改情况'",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("新郑市审计局", None, "2023-04-14", "2023-10-07"), headline=head(), problems=XINZHENG,
        anomalies=["Kind bulletin: an audit-result notice that reports the finding rectified (R27); no title line, no "
                   "signature, no date (R33).",
                   "One unnumbered finding (R8, seq null R78), category the section '审计发现的主要问题和处理意见' (R79), "
                   "final '。' dropped.",
                   "Status done ('…多计工程价款问题已依法整改', R93); the sentence states a result and no action: measures 0 "
                   "(R118, as nmgfzb's '正在整改中' → 0); '三、审计建议' is a recommendation (R98).",
                   "Unit '新郑市水库河道工程建设管理局', the body said to have rectified (R104); inspected null (a project); "
                   "the audit period → start/end (R50)."]),
    "smx_yima_wuxing_pond_settlement_audit_result_2014": dict(
        excerpt=False,
        genre="2 audit result notice with one finding and its rectification (2014): a city audit site's copy of a "
              "county-level audit result on a pond reinforcement project's settlement, dateline with a Latin 'O' for 〇, "
              "'三、审计发现的主要问题及整改情况' (one finding paragraph, one rectification sentence)",
        kind="bulletin", title="义马市五星水塘除险加固工程项目结算情况审计结果公告", issuer=None, report_date="2014-12-26",
        inspection=ins("义马市审计局"), headline=head(), problems=YIMA,
        anomalies=["Kind bulletin: a titled 审计结果公告 that reports the rectification (R27; blind8, blind32); issuer null "
                   "(the title names the project; no signature, R37; the site's own city is no issuer, R38).",
                   "(NEW) Report date the dateline '(二O一四年十二月二十六日公告)' whose '〇' is printed as a Latin 'O': read "
                   "as 2014-12-26 (R40, R45).",
                   "The one finding is the paragraph under '三、…' from '义马市水利局报审的…' to '…多计工程价款601,287.93元' "
                   "(R8, R88's whole statement), final '。' dropped; seq null (R78); category the section heading (R79).",
                   "Status done ('义马市水利局已按审计报告核算的工程价款据实结算', the fix done, R93/R132); that sentence is the "
                   "sole account of what was done: measures 1 (R96, R118); unit '义马市水利局' (R104).",
                   "Inspector '义马市审计局' (R46); inspected null (a project); no inspection dates."]),
    "kmdc_dongchuan_landslide_works_final_accounts_audit_result_cut": dict(
        excerpt=True,
        genre="2 audit result notice: a district portal's 竣工决算审计结果公告 of two landslide works, the long title printed "
              "twice, '二、审计发现的主要问题' (一)(二), cut at the start of '三、审计处理和整改情况'",
        kind="bulletin", title="东川区乌龙镇大村子村摇房箐搬迁新村、店房社区水井湾小组滑坡治理工程第1标段和东川区乌龙镇大村子村委会"
                               "后山泥石流(小水城至窑房箐)治理项目竣工决算审计结果公告",
        issuer=None, report_date=None, inspection=ins("东川区审计局"), headline=head(), problems=DONGCHUAN,
        anomalies=["Title printed twice: the first taken (R35); kind bulletin (a titled 审计结果公告, blind8/blind32), "
                   "though the copy is cut before its 整改情况 (R24: nothing of it read).",
                   "Problems the '(一)' '(二)' findings (R8); (一) has no final '。', (二)'s dropped; category '审计发现的主要"
                   "问题' (R79); status null and measures 0 (cut before '三、审计处理和整改情况', R24, R97); units [] (no body "
                   "told to rectify in the text present).",
                   "'自2023年8月至10月' is a month span: no dates (R53); the works' acceptance days are no inspection dates; "
                   "no issuer or date (the url's date not read, R44); '23.56万元' etc. are money (R68).",
                   "Cut after '针对上述' (1,999 bytes): excerpt true."]),
    "quxian_student_nutrition_fund_audit_investigation_result_five_findings": dict(
        excerpt=False,
        genre="3-like audit investigation result notice: a county government's numbered notice on the student "
              "nutrition-programme fund, '二、审计发现的主要问题' as '一是…五是' in one paragraph (the last with a bracketed "
              "备注), '三、审计处理情况及建议' asking named bodies to fix each, signature and date",
        kind=None, title=None, issuer="渠县审计局", report_date="2024-11-29",
        inspection=ins("渠县审计局"), headline=head(), problems=QUXIAN,
        anomalies=["Kind null: an audit's findings with the auditor's requirements, no rectification reported (R29, "
                   "R31; unlike the titled 审计结果公告 that report it); no title line (it opens at '(2024年公告 第3号)', "
                   "R33); issuer and report date from the signature (R37, R40).",
                   "Problems the '一是…五是' items (R8, seq 1-5 R76a), category '审计发现的主要问题' (R79), final '。' dropped.",
                   "(NEW) Item 五's bracketed '(备注:…)' explains the '4+X' scheme, no part of the finding: title "
                   "'食堂运行仍未完全规范等' (the note dropped, as R92 drops asides).",
                   "(NEW) Units from '三、审计处理情况及建议', whose sentences are keyed by the finding ('对<finding>的问题,要求"
                   "<body>…'): the bodies asked to fix each (R102/R104): 1 教育局; 2 none named; 3 教育局, 教育融创公司; 4 "
                   "教育局; 5 教育局. The requests are 整改要求: measures 0, status null (R98, R95).",
                   "'2021年至2023年' is the audited period (no inspection dates); '9952万元' etc. money (R68)."]),
    "huilai_direct_funds_special_audit_findings_and_handling_cut": dict(
        excerpt=True,
        genre="3-like audit findings report with handling: a county portal's report of a special audit of central "
              "direct funds, '一、审计发现的主要问题及处理情况' with '(一)<finding>,涉及金额…' headings on their own lines, "
              "each with a paragraph of facts and the auditor's order; cut in the third",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("县审计局"), headline=head(),
        problems=HUILAI,
        anomalies=["Kind null: an audit's findings report ('现将审计情况报告如下'), no rectification report (R31); no title "
                   "line, no signature or date (R33).",
                   "Problems the '(一)-(三)' headings on their own lines (R88: the heading, not the paragraph below), "
                   "final '。' dropped, category '审计发现的主要问题及处理情况' (R79); (三) cut in its paragraph (R25).",
                   "Units: (一) '县农业农村局', the body the auditor orders to act (R102/R104), not 县财政局 that holds the "
                   "money; (二)(三) '县退役军人事务局', the body the finding names (C31 side A).",
                   "(NEW) Status: (二) '已…扣回28.41万元,尚有42人合计17.31万元未追回' → in_progress (R93, partly fixed) though "
                   "the kind is null; (一)(三) null. Measures 0: the paragraphs tell facts and the auditor's orders "
                   "('责令…', 整改要求, R98/C28).",
                   "'2022年1至3月' month span: no dates (R53); inspector '县审计局' as printed (R46); the lead's '…等问题' "
                   "names the same findings (R13); amounts are money (R68).",
                   "Cut in (三)'s paragraph (1,999 bytes): excerpt true."]),
}

URLS = {
    "ixbang_shimian_yuhong_asset_audit_rectification_masked_cut":
        "https://ixbang.com/bid/detail/8FCFEFA79851090764B8C2A42F317648.html",
    "qianlima_public_works_bidding_audit_rectification_result_one_problem_masked":
        "https://www.qianlima.com/bid-570427730.html",
    "maojian_dongfeng_no9_school_economic_responsibility_audit_rectified":
        "http://maojian.shiyan.gov.cn/xxgk/fdzdgk/qtzdgknr/sjbg/202401/t20240110_4393709.shtml",
    "colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut":
        "https://colamg.com/a/7jia-yi-yuan-she-chao-biao-zhun-shou-fei-deng-wen-ti-bei-tong-bao.html",
    "ingsd_shenxian_guancheng_town_audit_rectification_news_no_list":
        "http://ingsd.com/news/xnc/2018-11-27/37165.html",
    "cznd_xuejia_kindergartens_special_audit_findings_one_sentence":
        "https://www.cznd.gov.cn/html/cznd/2025/IHJJILLD_0516/552215.html",
    "mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings": "http://mdx.gov.cn/info/2202/38204.htm",
    "skyvlt_xinzheng_guchen_reservoir_repair_audit_result_rectified": "https://m.skyvlt.com/public/D49Y/8083581.jhtml",
    "smx_yima_wuxing_pond_settlement_audit_result_2014": "http://sjj.smx.gov.cn/1451/613803456/317938.html",
    "kmdc_dongchuan_landslide_works_final_accounts_audit_result_cut": "http://www.kmdc.gov.cn/c/2024-01-29/6804271.shtml",
    "quxian_student_nutrition_fund_audit_investigation_result_five_findings":
        "http://www.quxian.gov.cn/xxgk-show-59877.html",
    "huilai_direct_funds_special_audit_findings_and_handling_cut":
        "http://www.huilai.gov.cn/czsj/czsj/content/post_669220.html",
}

TRAD = {"colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "ixbang_shimian_yuhong_asset_audit_rectification_masked_cut": 1,
    "qianlima_public_works_bidding_audit_rectification_result_one_problem_masked": 1,
    "maojian_dongfeng_no9_school_economic_responsibility_audit_rectified": 1,
    "colamg_nhsa_flight_check_seven_hospitals_self_correction_trad_cut": 7,
    "ingsd_shenxian_guancheng_town_audit_rectification_news_no_list": 0,
    "cznd_xuejia_kindergartens_special_audit_findings_one_sentence": 0,
    "mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings": 2,
    "skyvlt_xinzheng_guchen_reservoir_repair_audit_result_rectified": 1,
    "smx_yima_wuxing_pond_settlement_audit_result_2014": 1,
    "kmdc_dongchuan_landslide_works_final_accounts_audit_result_cut": 2,
    "quxian_student_nutrition_fund_audit_investigation_result_five_findings": 5,
    "huilai_direct_funds_special_audit_findings_and_handling_cut": 3,
}, EXPECTED

MEASURES = {"ixbang_shimian_yuhong_asset_audit_rectification_masked_cut": 1,
            "qianlima_public_works_bidding_audit_rectification_result_one_problem_masked": 2,
            "smx_yima_wuxing_pond_settlement_audit_result_2014": 1}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("ixbang"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("qianlima"):
        return text.count("问题描述。")
    if stem.startswith("maojian"):
        return text.count("审计发现市")
    if stem.startswith("colamg"):
        return text.count("經查存在")
    if stem.startswith(("mdx", "kmdc")):
        return len(re.findall(r"^\([一二三]\)多", text, re.M))
    if stem.startswith("skyvlt"):
        return len(between(text, "处理意见\n", "\n三、").split("\n"))
    if stem.startswith("smx"):
        return text.count("经审计,审定")
    if stem.startswith("quxian"):
        return len(re.findall(r"[一二三四五六七八九]是", between(text, "主要问题\n", "\n三、")))
    if stem.startswith("huilai"):
        return len(re.findall(r"^\([一二三四五]\)", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: the 整改措施 labels (ixbang); the 整改情况 field's sentences (qianlima)."""
    if stem.startswith("ixbang"):
        return text.count("整改措施(")
    if stem.startswith("qianlima"):
        field = re.search(r"\(二\)整改情况。(.*?)\n", text).group(1)
        return len([s for s in field.split("。") if s])
    if stem.startswith("smx"):
        return len(re.findall(r"已按审计报告[^。]*结算", text))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories and units as written
    (traditional ones before simplification); measures as recounted; the document fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(p["deadline"] is None for p in probs), stem
    if d["kind"] is None:
        assert all(p["measure_count"] == 0 for p in probs), stem
        assert all(p["status"] is None for p in probs if not stem.startswith("huilai")), stem
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{m}月{dd}日"),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日",) + REPORT_FORMS.get(stem, ()))


REPORT_FORMS = {"mdx_mouding_landfill_liner_final_accounts_audit_result_two_findings": ("二〇二二年六月十五日",),
                "smx_yima_wuxing_pond_settlement_audit_result_2014": ("二O一四年十二月二十六日",)}


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=24, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert not re.search(r"[醫違規經問題據]", p["title"] + "".join(p["responsible_units"])), (stem, p)


if __name__ == "__main__":
    main()
