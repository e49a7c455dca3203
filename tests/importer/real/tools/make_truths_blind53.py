"""Write the texts and truth files of tests/importer/real/blind53: a held-out set of real pages (session 24), labelled
on 2026-12-07 (09:23-09:31 UTC by the machine clock) by helper label68, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude /work/wt/label68) when found and again before the commit; a distinctive phrase of each
page ('券桥', '天心区14个社区', '外国语中学', '长武县', '兰考县公路', '东方粮业', '已完成整改336', '荣信建材',
'洛寧縣', '已整改1970', '海关总署2009年度') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R191, C1-C41) and make_truths.py (head/ins/problem);
structure after make_truths_blind51.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): a masked '(略)', a lost character ('使用寿命缩'), a doubled '。。',
pinyin glosses ('審計(jì)'), a spun copy on a betting site ('bob体彩官网', '预算履行', '整改状况的陈述'), portal chrome kept.
Each cut copy decodes to 1,990-2,000 UTF-8 bytes (the store's limit), a check that nothing was dropped or doubled in the
pasting; the two whole copies (oospecies 1,944, ixbang 1,048) end at the notice's last sentence or signature.

Brief (blind53): audit rectification as bodies publish it — 审计整改情况公告, 审计查出问题整改情况的报告 to a 人大常委会,
审计结果公告 with their rectification, 经济责任审计 整改情况, 审计发现问题整改 of a university, hospital, company or county,
审计署/审计厅 notices about several bodies; headline figures where printed; at most a third near misses.

Exhaustion: 46 queries (8 results each), wordings: 审计查出问题整改情况的报告 人大常委会; 审计整改情况公告; 经济责任审计 整改 公示 学院;
医院 审计发现问题整改情况报告; 县本级预算执行 审计查出问题整改情况的报告 (three years/levels); 审计整改结果公告 被审计单位; 审计发现的问题及整改情况
已全部整改到位; 关于落实审计意见的整改报告; 审计整改情况的报告 我单位; 任期经济责任审计反馈问题整改; 乡镇 审计整改报告; 公司 审计问题整改 已完成整改;
审计署 审计结果公告 整改情况; 审计厅 省属企业 整改; 大学 审计整改 整改率; 卫生院 审计 整改报告 (two); 审计结果公告 第N号 审计处理及整改情况;
原党委书记 任期经济责任审计结果公告; 关于审计发现问题整改情况的公示; 审计反馈问题整改落实情况; 村级财务审计 整改; 扶贫资金审计 整改;
镇人民政府 审计整改结果公告 (two); 中学 审计发现问题整改情况报告; 国有企业 集团 审计整改; 审计结果公告 五、审计发现问题的整改情况; 街道办事处
经济责任审计结果; traditional '審計 整改 情形 查核 改善'; 2022/2023年度 整改情况的报告 (two); 审计整改回头看 销号; 巡视审计 学校 整改进展;
问题清单 整改情况表; 根据审计意见 上缴国库 补签合同; 水利局 交通局 审计结果公告; 我局关于审计整改情况的报告; 专项审计调查 审计结果公告;
幼儿园 小学 审计整改 公示; 医院党委 医保基金 审计整改; 审计整改报告 篇1 (范文); 经济责任审计整改报告 同志任期; 财务收支情况审计结果公告
(一)(二); 审公告字 该单位已按照审计整改的要求; 中心 固定资产未入账 往来款; 社区 村 经济责任审计结果公告; 人民医院 审计结果公告; 供销社 国有公司
审计结果公告; 局 年度预算执行情况 现将审计结果公告如下; 三、审计发现的主要问题 四、五、整改情况. 94 distinct candidate urls
checked with known_urls.py: 37 KNOWN, 57 NEW. The genre's centre answered
almost only KNOWN pages: the 人大常委会 整改 reports (cixird 慈溪, ruijin, zs 广东, saintpaulhem 江西, ningbo, szlh 罗湖, xdscy 深圳,
yuanjiangzx, qdpoker 海区), the unit 整改 notices (cncx 城郊中学, nj3yy 内江, cxs 鹿城镇, zhuxi 卫健局, cznd 薛家镇) and the audit
news (yohu9 岚山, ntfabu 通州, ingsd 观城镇, baogaosu 东乡, tchuan 通川, qlwb, xjshs, zhb.hebei, 21xc); the only pocket left was
the single-body 审计结果公告 of county audit offices (审计发现的主要问题 (一)(二)…, often cut before or inside their 整改情况 section),
from which six are taken, and one 审计署 result of 2010 reposted on a mirror (cj8838). Most NEW answers were audit news with no finding (yulinu, xatzy, buu, czcit-like meetings;
suizhou, yzcity, audit.gov.cn pictures, jssjt 镇江 督办函, hangzhou 东阳 小组, shijiazhuang 涞水 四个告知, qingxin, sjt.sc, ctfzzz,
linzhi 进点), audit work reports (sg 乳源, dhq 东湖, regpowell 广东 trad, runtang 广东 spun) and papers or templates (2862 template,
m.inrrp 许昌 债务 report cut in 基本情况).

Declined, new by key: mayang (麻阳 2019 县本级 审计结果公告, cut in 预算执行情况 before any finding: a fourth zero-problem page);
sdlshfgc (五原县幼儿园 食堂 专项审计调查 结果公告, traditional with glosses, cut in 基本情况); feifmx (审计署 扶贫 findings as counts of
counties, spurious commas, R19); topbestnft c27893 (十堰 经济责任审计 通报 news, traditional, no finding); sohu 2013 (国资委 statement,
nine firms, no finding); pytymy (北京 2022 整改 report news on a betting site, found-and-fixed round-up, R125); people.com.cn 2013
(审计署 reply on 公告 practice); jxzk19 (河南 灾后重建 news, traditional); corewebvitals (马鞍山 经责审计 反馈会 news); scfzw (资中
交换意见 news); hadlsm, enshi, mooganics, yzqfbl c58490, grayareaapparel, shareonl x2, zhangjk, huangshi, sjfz, ankang, sjt.fj,
topbestnft c59511, ptxw, lvmaoshecn (news, plans, pictures or forum text with no finding); linzhi (an audit's start; a fourth near
miss would pass the third).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - oospecies: 方城县审计局's 审计结果公告 on 券桥镇卫生院 (2022 财务收支), whole copy, '(一)(二)' under an unnumbered
    '财务管理中存在的问题' line and '(三)国有资产管理中存在的问题' over its own item; closing '正在对有关问题进行整改': 3 (in_progress).
  - tianxin: 长沙市天心区审计局 审计结果公告2022年第3号 on 14 社区卫生服务中心, '(一)…方面' categories over '1.…' items, cut in the
    fourth category's heading: 12.
  - xypingqiao: 平桥区审计局's 审计结果公告 on 平桥区外国语中学, '(一)…(三)' findings, per-finding '要求区外国语中学…' orders,
    cut in '五、审计发现问题的整改情况': 3.
  - ixbang: 长武县审计局 长审公告字〔2023〕5号 on 县原环卫队, three findings, '该单位已按照审计整改的要求及时进行了整改', signed: 3 (done).
  - lankao: 兰考县审计局 兰审公告〔2023〕8号 on 兰考县公路事业发展中心, '(一)…(七)' findings, cut in its 整改情况 section: 7.
  - jiyuan: 济源市审计局 2025年第4号 on 市东方粮业有限公司, '(一)…(六)' headings over descriptions, cut at '四、审计处理': 6.
  - cj8838: 审计署's 2009 预算执行 审计结果 on 海关总署 (middle part of a 56-unit compilation), flattened onto one line, cut in
    its first finding: 1.
  - gz: 广州市 2024年度 审计查出问题整改情况的报告 (人大常委会, 2025-12-30), cut in its overview: 400 problems, 336 done; 0 listed.
  - yuanjiang (near miss): 沅江市审计局's request to the mayor to publish five audit results (attachment list cut): 0.
  - yzqfbl (near miss): glossed traditional news of 洛阳市审计局's 扶贫 audit of 洛宁县, four kinds, 21 problems, 19 done: 0.
  - ksstdy (near miss): spun news (betting site) of a province's 2022 整改 report to its 人大常委会: 2212 problems, 1970 done: 0.
Totals: 11 documents (3 near misses; gz is the genre's centre cut before its list), 35 problems (3+12+3+3+7+6+1), 0
measures. Reading and regex recount agree on every count. Kinds: 8 bulletins (the seven 审计结果 notices and gz), 3 null (a
request, two news items). Status: ixbang done (3), oospecies in_progress (3), the rest null. Audited years 2009-2024, pages 2010-2026.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- All six 审计结果公告 kind bulletin, titled or not (C38: the audit-notice precedents, majority 8 v 2), though three are cut
  before or inside their 整改情况 section (tianxin, lankao, jiyuan) and xypingqiao prints only orders; titled: tianxin and
  xypingqiao; the untitled four (oospecies, ixbang, lankao, jiyuan) are C38's side B shape: the lead decides.
- (NEW) oospecies: '(一)(二)' under the unnumbered line '财务管理中存在的问题' (category, R79) are problems 1-2; '(三)' is itself a
  category line ('…中存在的问题') over an unnumbered item '应计未计固定资产2498元': that item is the problem, seq null (R128), category
  the (三) line without its number (R79/R80). The closing '涉及有关单位正在对有关问题进行整改' read for every problem as
  in_progress (R93 '正在…', as R94 reads a closing all-done sentence for every problem; NEW); measures 0 (names no action,
  R163); units [] ('有关单位' names no body, R102/R104).
- ixbang: '该单位已按照审计整改的要求及时进行了整改' → every problem done (R94); measures 0 (R163); units [] ('该单位' refers but
  names no body; NEW: against C31's prose-named body, which needs a name); title null (only the document number, R33); issuer the
  signature (R37); inspected '县原环卫队' as the lead names it (R47).
- xypingqiao: units '区外国语中学', the body each finding's order names ('要求区外国语中学收回', R104/C31); the orders are no measures
  (R98 整改要求) and no status (R72); inspection period '2023年5月' month only: no dates (R53); issuer null (the title names the
  audited school, not the issuer; no signature in the copy).
- tianxin: title the document's own heading under the portal line (R35/R36), its two lines joined (R32); issuer the masthead line
  '长沙市天心区审计局审计结果公告2022年第3号' (R173); report date its 发布时间 (R40); inspected '天心区14个社区卫生服务中心' as the lead
  names them (R47); '4.验收不严格致购买设备使用寿命缩' kept as printed (a lost '短', R2); '(四)内' cut in a category heading: no problem
  (R109/R126); units [] (findings of '部分中心', no one body).
- lankao, jiyuan: report date the dateline '(二O二三年十一月二十九日公告)' (Latin O, R176) / '(二〇二五年三月十九日公告)' (R42/R45);
  issuer null (no signature or named masthead; the lead's '兰考县审计局…' is the auditor, R38); jiyuan inspected
  '市东方粮业有限公司(以下简称东方公司)' with its short-name bracket (R47); lankao '应退未退履约保证金 68.73万元' with its inner space
  (R86); jiyuan headings over descriptions: the heading (R88); the '建议…' paragraph no measures (R98).
- (NEW) cj8838: the copy joins its paragraphs with single spaces on one line; the finding '扩大范围支出1415.50万元' stands as
  its own space-separated paragraph before its description: read as a heading on its own line (R88), the flattening being
  layout noise (R32); seq null (R78). Title the compilation heading printed first (R35), '(中)' kept (a part number, as
  C35's batch brackets); report date the '更新时间:2010-6-24' line (R40); kind bulletin (C38 majority), no status
  ('较好地整改了以前年度审计发现的问题' judges earlier rounds, R16).
- gz: the report's own overview figures '反映的400个问题,已完成整改336个' → 400/336 (R62/R71); '立行立改的283个' a subset (R68);
  issuer null (a speaker's byline '广州市人民政府副市长  赖志鸿', as quzhou's and luohu's); inspector null (only the '来源:市审计局'
  metadata, R38); report date the meeting dateline 2025-12-30 over 发布 2026-01-04 (R42); cut before its first problem: [] (R21).
- (NEW) yuanjiang: a request for approval to publish audit results → kind null (no rectification reported, as R127's notice of
  publication); title the request's own heading, lines joined (it names the audit results it would publish, R34), the spaced
  masthead '沅 江 市 审 计 局' no part of it; issuer and inspector the signature '沅江市审计局' (R37, R46: the audits are its own);
  inspected null (five bodies and projects); the attachment list names no finding: [] (R109).
- yzqfbl: news (kind null, R30), traditional with glosses kept in the doc fields as printed ('河南省洛陽市審計(jì)局', as blind37's
  '南寧市審計(jì)局', R91); '四大類21個問題' → 21 (R64's most specific level), '已整改問題19個' → 19 (R71); the four kinds in one
  sentence are no list (R19/R23); no date ('今年2月' has no year, the url's year not read, R60).
- ksstdy: spun news (kind null; the headline names the 陈述 in news, R34 → title null); report date the page's 发布时间 2024-02-11
  (R175, a repost on a spam page; the meeting's '11月28日' has no year); inspector '省审计厅' (R46, the text's short name);
  '2212个的问题中,已整改1970个' → 2212/1970 (R62/R71); '35个测评目标', '52家被审计单位' bodies (R68); six aspects in one sentence,
  no list (R19).
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind53"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "oospecies_fangcheng_quanqiao_health_center_audit_result_in_progress": r'''"根据《中华人民共和国审计法》第二十一条的规定和中共方城县审计委员会办公室、方城县审计局2023年度审计项目计划安排,方城县审计局组成审计组,自2023年8月30日至2023年10月20日,对方城县券桥镇卫生院2022年度财务收支情况进行了送达审计,对重要事项进行了必要的延伸和追溯。现将审计结果公告如下:\n一、被审计单位的基本情况\n券桥镇卫生院隶属方城县卫生和健康委员会,是一所集医疗预防保健康复为一体的一级甲等医院。编制人数63人,现有人员89人,其中正式职工56人,临时及退休返聘人员33人,设有预防保健科、全科医疗科、内科、外科、妇产科、妇女保健科、儿科、口腔科、急诊医学科、麻醉科、医学检验科、医学影像科、中医科、中西医结合科、护理科、药房、药械科、公共卫生科、财务科、办公室。是实行乡镇级预算管理的二级预算单位。\n2022年度总收入26816358.58元,2022年度总支出为26301902.61元,2022年事业结余514455.97元,累计盈余4829907.76元。\n二、审计发现的主要问题及处理意见\n财务管理中存在的问题\n(一)扩大范围列支费用4800元\n2022年6月30日68#证反映卫生院现金垫支贫困户居民医保款15人4800元。\n(二)支出手续不完善列支费用22500元。\n2022年10月31日4#证列支“方城县康腾保洁服务中心”物业管理费22500元,无签订服务合同。\n(三)国有资产管理中存在的问题\n应计未计固定资产2498元\n2022年1月31日6#证列支“方城县创新电子产品经营部”核酸采集使用手机一部2498元,应计固定资产而未计。\n三、审计(调查)处理及整改情况\n对此次审计发现的问题,方城县审计局已依法出具了审计报告。涉及有关单位正在对有关问题进行整改,整改完毕后具体整改情况由其自行公告。"''',
    "tianxin_community_health_centers_audit_result_2022_no3_twelve_items_cut": r'''"首页 > 政务公开 > 政府部门信息公开目录 > 区审计局 > 审计公开\n\n长沙市天心区审计局审计结果公告2022年第3号\n\n发布时间 : 2022-12-01 来源:天心区审计局 字体大小:\n\n天心区卫健局社区卫生服务中心2019年至2021年经费\n\n收支情况审计结果公告\n\n根据《中华人民共和国审计法》第二十条的规定,天心区审计局派出审计组,于2022年2月24日至6月7日对天心区14个社区卫生服务中心(以下简称中心)2019年至2021年经费收取、分配及使用情况进行专项审计调查现将审计结果公布如下\n\n一、基本情况\n\n天心区14个街道共设有14个中心,主管机构为区卫健局,其中除金盆岭、桂花坪、新开铺3个中心为民办外,其余11个中心为办。\n\n区卫健局2019年至2021年分别向14个中心及社区卫生服务站支付各项补助及经费6740.63万元、8709.09万元、6817.27万元,合计支付22266.99万元,其中拨付14个中心经费20891.31万元\n\n二、审计评价意见\n\n审计调查结果表明,2019年至2021年,区卫健局通过不断完善基层医疗卫生机构管理制度,加大资金投入,保障了各中心的日常运营,提升了基层医疗服务能力,基本满足了居民对基层医疗的需求但仍存在部分中心采购耗材及设备价格较高、资产管理欠规范等问题。\n\n三、审计发现的主要问题\n\n(一)重大政策执行方面\n\n1.重复收取或申报家庭医生签约服务费\n\n2.应退未退新冠疫苗接种费\n\n3.使用特扶补助经费为特扶人员超量开药\n\n(二)公共资源交易方面\n\n1.政府采购内控制度不完善\n\n2.未按合同约定预留质保金\n\n3.常规易耗品价格偏差大\n\n4.设置不合理评标条件致设备采购价过高\n\n(三)资产管理方面\n\n1.资产出租不规范\n\n2.固定资产闲置\n\n3.未将人脸识别设备确认为固定资产\n\n4.验收不严格致购买设备使用寿命缩\n\n5.使用超使用期限的设备\n\n(四)内"''',
    "xypingqiao_pingqiao_foreign_language_school_audit_result_three_problems_cut": r'''"信阳市平桥区外国语中学\n2020年-2022年财务收支情况审计结果公告\n根据《中华人民共和国审计法》的规定,信阳市平桥区审计局派出审计组,于2023年5月对信阳市平桥区外国语中学2020年-2022年财务收支情况进行了审计。现将审计结果公告如下:\n一、基本情况\n信阳市平桥区外国语中学由平桥区政府投资建设,隶属于平桥区教育体育局管理,于2019年8月建成投入使用,2019年9月第一次招生。2020年至2022年收入总额538.75万元,支出总额473.35万元。\n二、审计评价意见\n审计结果表明:平桥区外国语中学提供的会计资料和其他证明材料基本能反映其财务收支情况,基本能够按照国家有关法律、法规和财务规章制度,进行财务管理和会计核算,各项收支基本合规、合法;单位内控制度基本健全有效。但也存在多计工程款、校舍等固定资产未入账等问题,应当加以纠正和改进。\n三、审计发现的主要问题\n(一)多计工程款0.17万元。\n(二)校舍等固定资产未入账。\n(三)学校食堂财务管理不规范。\n四、审计处理情况和建议\n对上述问题,信阳市平桥区审计局已依法出具了审计报告,并提出了处理意见和整改建议。对于多计工程款0.17万元的问题,要求区外国语中学收回;对于校舍等固定资产未入账的问题,要求区外国语中学积极与上级主管部门沟通,敦促尽快完成工程决算;对于学校食堂财务管理不规范问题,要求区外国语中学参考其他学校成熟的管理做法,结合本校实际情况,进一步规范管理。\n针对审计发现的问题,信阳市平桥区审计局建议:区外国语中学作为新建校,应积极与上级主管部门沟通,同时建立健全内部检查机制,加强财务管理,尤其是食堂各项管理,切实履行食品安全和营养健康主体责任。\n五、审计发现问题的整改情况\n对于上述审计发现的主"''',
    "ixbang_changwu_sanitation_team_audit_result_three_problems_rectified": r'''"长审公告字〔2023〕5号\n长武县审计局组成审计组,自2023年9月13日至2023年11月24日,对县原环卫队2021至2022年度财政财务收支情况进行报送审计。根据《中华人民共和国审计法》第四十条规定,现将审计结果公告如下:\n一、基本情况\n长武县环卫队隶属县住房和城乡建设局,副科级公益一类事业单位,财政全额拨款,截至2022年底,本单位实有人员9人,均为事业人员。通勤车1辆( (略) 管理执法队)、环卫作业车3辆。\n二、审计发现的主要问题及处理意见\n(一)支出原始凭证或附件不完整21,358.50元。\n(二)签订合同不规范84,646.20元。\n(三)账务处理不规范\n三、存在问题的处理及整改情况\n对于存在的问题,我局已按照《中华人民共和国审计法》和《会计基础工作规范》、《事业单位财务规则》的有关条款进行了处理,并已出具了审计报告,同时该单位已按照审计整改的要求及时进行了整改。\n长武县审计局\n2024年1月2日"''',
    "lankao_highway_center_audit_result_seven_problems_cut": r'''"(二O二三年十一月二十九日公告)\n兰审公告〔2023〕8号\n根据《中华人民共和国审计法》第二十一条的规定,兰考县审计局成立审计组,自2023年6月25日至8月20日,对兰考县公路事业发展中心2021至2022年度财务收支情况进行了审计。现将审计结果公告如下:\n一、兰考县公路事业发展中心基本情况\n(一)机构设置及人员编制情况\n兰考县公路事业发展中心属事业单位,担负着全县国、省干线公路的规划、设计、建设、养护、路产管理等工作。中心现有干部职工25人,离退休人员123人。内设办公室、人事股、工程养护股、计划统计信息股、政策法规股、财务审计股。\n(二)收入、支出情况\n县公路事业发展中心2021年度财政拨款预算收入20840.91万元,事业支出5922.6万元。2022年度财政拨款预算收入18287.5万元,事业支出16294.63万元。。\n二、审计评价意见\n审计结果表明,县公路事业发展中心2021至2022年度账务处理基本符合《政府会计制度》的规定,其提供的会计资料真实、完整地反映了其财务收支情况。但审计也发现存在支出手续不完善、应入未入固定资产等问题。\n三、审计发现的主要问题\n(一)无预算列支会议费0.33万元\n(二)支出手续不完善7.36万元\n(三)应入未入固定资产50.15万元\n(四)工会经费未经工会经费银行账户独立核算\n(五)应退未退履约保证金 68.73万元\n(六)差旅费支出管理不规范\n(七)项目管理费支出不规范\n四、审计处理情况和建议\n兰考县审计局针对审计发现的问题,已依法出具了审计报告,下达了审计决定,并提出了整改建议。建议县公路事业发展中心加强预算支出管理,强化预算约束,严格按照规定的支出标准、支出范围执行预算,及时清退应付的履约保证金。\n五、审计发现问题的整改情况\n对审计发现的问题,县公路事业发展中"''',
    "jiyuan_dongfang_grain_company_audit_result_six_problems_cut": r'''"(二〇二五年三月十九日公告)\n2025年第4号(总第119号)\n根据《中华人民共和国审计法》的规定,济源市审计局对市东方粮业有限公司(以下简称东方公司)截至2023年底资产负债损益情况进行了审计。现将审计结果公告如下:\n一、基本情况\n东方公司系国有独资企业,隶属于市粮业有限公司,注册资本100万元,经营范围包括谷物销售、谷物种植、粮食收购、粮油仓储服务。截至2023年底,东方公司资产总额3971.52万元,负债总额4033.27万元,所有者权益总额-61.75万元。\n二、审计评价意见\n审计结果表明:东方公司提供的截至2023年底会计报表、会计账簿及会计凭证等资料基本真实地反映了其2023年底资产负债损益情况,账务处理基本符合相关会计制度。本次审计发现,该单位存在应作未作收入核算、费用挂往来等问题,需要进一步纠正和改进。\n三、审计发现的主要问题\n(一)应作未作收入核算193.85万元\n截至2023年底,东方公司代农小麦保管费193.85万元挂“其他应付款”户,应作未作收入核算。\n(二)费用挂往来16.80万元\n截至2023年底,东方公司诉讼和律师费用16.80万元挂“其他应收款”户,应计未计费用核算。\n(三)多结转销售成本32.50万元\n经抽查,东方公司2023年度商品粮中“当年小麦”与“优质小麦”多结转销售成本32.50万元。\n(四)内控制度不健全\n截至2023年底,东方公司制定了《财务管理制度》《岗位职责制度》《粮油仓储规范化管理制度》等8项内控制度,但还存在车辆管理等部分制度不健全不完善的情况。\n(五)部分固定资产管理混乱\n对东方公司固定资产进行抽查盘点,发现粮食库存储备器材堆放杂乱,未建立仓库保管台账,未进行出入库登记。\n(六)部分仓库未设置储粮专卡\n审计抽查发现,东方公司23座仓库未设置储粮专卡。\n四、审计处理"''',
}
_RAW.update({
    "gz_guangzhou_2024_audit_rectification_report_400_336_cut": r'''"----\n\n关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n\n  • 2026-01-04\n  • 来源:市审计局\n  • 分享到\n  • -\n\n——2025年12月30日在广州市第十六届\n\n人民代表大会常务委员会第四十五次会议上\n\n广州市人民政府副市长  赖志鸿\n\n\n主任、各位副主任、秘书长、各位委员:\n\n  市政府高度重视审计整改工作,始终坚持以习近平新时代中国特色社会主义思想为指导,坚决贯彻落实习近平总书记关于审计和审计整改工作的重要讲话、重要指示批示精神,从坚定拥护“两个确立”、坚决做到“两个维护”的政治高度来认识和部署审计整改工作,紧紧围绕全市“拼经济、保安全,办全运、提品质”工作主线,以更强担当、更实举措、更大力度抓好《关于广州市2024年度市级预算执行和其他财政收支的审计工作报告》(以下简称《审计工作报告》)反映问题的整改落实,一体推进解决问题、健全机制、促进改革、提升效能,实现以高质量的审计整改实效赋能广州高质量发展和现代化建设。\n\n  一、审计整改工作部署和成效\n\n  市政府主要领导多次对审计整改工作作出指示批示,要求各区各部门把审计整改工作摆在突出位置,严肃认真整改审计发现问题,健全审计整改长效机制,打通审计监督“最后100米”。全市各区各部门严格执行市第十六届人大常委会第四十一次会议有关审议意见,认真落实市政府对审计整改的工作部署,采取积极有效措施逐步推进整改落实。总体来看,2024年度市级预算执行和其他财政收支审计查出问题整改工作推进顺利,各方责任压得更实,整改机制更加成熟,跟踪督导持续加强,整改成效稳步提升。截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全"''',
    "yuanjiang_audit_results_publication_approval_request_near_miss": r'''"沅 江 市 审 计 局\n关于请求批准对外公告2021年度\n第二批审计结果的报告\n沅江市人民政府市长罗必胜:\n根据《中华人民共和国国家审计准则》(审计署令第8号)第一百五十七条关于“审计机关依法实行公告制度。审计机关的审计结果、审计调查结果依法向社会公布。”的规定和上级审计机关的统一部署,我局拟对市荣信建材有限公司2020年度资产负债损益情况审计、市2017年至2021年征地拆迁安置资金专项审计、市路灯灯饰服务中心2018年至2020年财政财务收支情况审计、市公路建设养护中心2018年1月至2021年8月财务收支情况审计、市农业面源污染综合治理项目(EPC)资金跟踪审计\n的5项审计结果(见附件)、沅江市第二污水处理厂新建项目(PPP项目)竣工决算审计、沅江市防洪转移大道琼湖大桥工程项目审计予以公告。按照《沅江市人民政府关于进一步加强审计工作的实施意见》(沅政发〔2017〕4号)第一条关于“坚持审计工作的行政首长负责制。所有各项各类对外公告审计结果(含审计报告、审计调查报告、审计结果报告、审计要情、审计专报)应由市长批准。”的要求,特此报告。\n当否,请批示。\n沅江市审计局\n2021年12月30日\n附件:\n1.沅江市审计局关于沅江市荣信建材有限公司2020年度资产负债损益情况的审计结果公告(沅审公告〔2021〕10号)\n2.沅江市审计局关于2017年至2021年征地拆迁安置资金专项审计的审计结果公告(沅审公告〔2021〕11号)\n3.沅江市审计局关于沅江市路灯灯饰服务中心2018年至2020年财政财务收支情况的审计结果公告(沅审公告〔2021〕12号)\n4.沅江市审计局关于沅江市公路建设养护中心2018年1月至2021年8月财务收支情况的审计结果公告(沅审公告〔2021〕13号)\n5.沅江市审计局关于沅江市农业面源污染综合治理项目("''',
    "yzqfbl_luoning_poverty_audit_21_problems_19_done_news_glossed_trad": r'''"今年2月,河南省洛陽市審計(jì)局在對(duì)洛寧縣2017年度脫貧攻堅(jiān)政策措施落實(shí)和扶貧資金分配管理使用情況審計(jì)中,圍繞精準(zhǔn)扶貧、精準(zhǔn)脫貧的基本方略,突出“精準(zhǔn)、安全、績(jī)效”主線,以“邊審計(jì)、邊整改、邊規(guī)范、邊提高”為引領(lǐng),將審計(jì)發(fā)現(xiàn)問題的整改情況作為審計(jì)工作的重中之重,審計(jì)組就發(fā)現(xiàn)的問題及時(shí)與縣委、縣政府進(jìn)行溝通交流,督促被審計(jì)單位在審計(jì)期間即審即改、審改結(jié)合,審計(jì)促進(jìn)作用效果顯著。\n審計(jì)組在審計(jì)過程中,發(fā)現(xiàn)該縣精準(zhǔn)扶貧政策措施落實(shí)不到位、扶貧資金統(tǒng)籌整合使用不規(guī)范、扶貧項(xiàng)目績(jī)效不明顯、扶貧項(xiàng)目建設(shè)管理存在安全隱患等四大類21個(gè)問題。在審計(jì)實(shí)施階段,審計(jì)組加強(qiáng)與被審計(jì)單位的溝通聯(lián)系,對(duì)審計(jì)發(fā)現(xiàn)的問題,進(jìn)行深入分析,注重從微觀審計(jì)中提煉出對(duì)宏觀工作有指導(dǎo)性的意見和建議,并在第一時(shí)間與被審計(jì)單位交換審計(jì)意見,共同研究發(fā)現(xiàn)問題的整改措施,促使審計(jì)整改關(guān)口前移。洛寧縣政府高度重視審計(jì)整改工作,召開專題會(huì)議進(jìn)行部署,對(duì)審計(jì)查出的問題列出清單,明確整改時(shí)限和責(zé)任人,并按問題清單逐項(xiàng)逐條分解落實(shí),查找原因、積極整改,并對(duì)審計(jì)提出的意見和建議認(rèn)真研究、建章立制,著力從源頭上解決問題。通過審計(jì)回訪,本次扶貧審計(jì)共發(fā)現(xiàn)問題四大類21個(gè)問題,截至審計(jì)結(jié)束已整改問題19個(gè),正在整改問題2個(gè"''',
    "cj8838_audit_office_customs_2009_budget_audit_result_flattened_cut": r'''"56个部门单位2009年度预算执行情况和其他财政收支情况审计结果(中)\n56个部门单位2009年度预算执行情况和其他财政收支情况审计结果 更新时间:2010-6-24 0:00:27 海关总署2009年度预算执行情况和其他财政收支情况审计结果 根据《中华人民共和国审计法》的规定,2009年11月至2010年3月,审计署对海关总署2009年度预算执行情况和其他财政收支情况进行了审计,重点审计了海关总署本级和所属25个单位,并对有关事项进行了延伸审计。 一、基本情况 海关总署为中央财政一级预算单位,部门预算由本级和53个二级预算单位的预算组成。财政部批复海关总署2009年度的部门预算支出为1 129 236万元,其中财政拨款1 128 036万元;海关总署决算反映的当年预算执行数为986 752.25万元,其中财政拨款985 552.25万元;其部门预算与执行结果的差异总额为142 483.75万元,差异的具体情况及产生原因见附表1。 本次审计海关总署本级及所属单位2009年度预算支出共计788 032.41万元,占部门预算支出总额的69.78%。审计查出预算执行中不符合财经制度规定的问题金额3786.5万元,其中2009年3316.10万元,占审计预算资金额的0.42%;账务记录等不规范问题金额18 234.28万元。上述问题对海关总署2009年度预算执行结果的影响见附表2。 审计结果表明,海关总署2009年度预算收支基本符合国家有关预算和财经法规的规定,会计处理基本符合会计法、相关会计准则和会计制度的规定;能够认真做好本部门预算编报的组织工作,推进项目预算定额标准体系建设,初步建成覆盖所有预算单位的财务管理信息系统,完善了财政资金动态监控系统,较好地整改了以前年度审计发现的问题。 二、审计发现的主要问题 扩大范围支出1415.50万元。 2009年,海关总署将基本支出1415.50万元,用于海关中国"''',
    "ksstdy_provincial_2022_audit_rectification_news_2212_1970_spam": r'''"新闻中心\n\n新闻中心\n\n省人大常委会听取和审议2022年度省级预算履行和其他财政收支审计查出问题整改状况的陈述\n\n来源:bob体彩官网    发布时间:2024-02-11 13:32:26\n\n  省人大常委会听取和审议2022年度省级预算履行和其他财政收支审计查出问题整改状况的陈述\n\n  11月28日,受省政府托付,省审计厅党组书记、厅长李伟向省十四届人大常委会第五次会议作《关于2022年度省级预算履行和其他财政收支审计查出问题整改状况的陈述》。11月29日,省人大常委会分组审议了整改状况陈述,对陈述和审计作业给予了充分肯定,并对35个测评目标的省级部分预算履行、禁捕退捕资金、助企纾困方针履行、数字化的经济方针履行、严重工程建造等审计项目的审计整改状况做满足度测评,测评成果均为满足。\n\n  整改陈述阐明,省政府分外的注重2022年度省级预算履行和其他财政收支审计查出问题的整改作业,举行省政府常务会议进行专题研究部署,要求各地各部分分外的注重、正确对待,从严从实抓好审计整改。\n\n  整改陈述从省级财政办理、省级部分预算履行、防备化解严重危险、保证和改进民生、推进经济高水平质量的开展、国有资产办理六个方面,全面陈述了2022年度省级预算履行和其他财政收支审计查出问题的整改状况,到2023年10月20日,审计作业陈述反映2212个的问题中,已整改1970个,整改率89.06%,其中立行立改类问题根本整改到位,整改率96.19%。一起,整改陈述对没有整改到位的问题及根本原因进行了剖析,并提出了下一步作业计划。\n\n  会前,省人大财经委、省人大常委会预算工委约请部分省人大常委会组成人员和人大代表会同省审计厅建立审计整改联合督办组,对52家被审计单位的审计整改状况全掩盖盯梢督办,要点对5家省直部分单"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"

# oospecies: '(一)(二)' headings on their own lines over a description (R88: the heading, final '。' dropped), under the
# unnumbered line '财务管理中存在的问题' (R79); '(三)国有资产管理中存在的问题' is a category line over its own unnumbered item
# (R128: seq null; NEW); closing '正在对有关问题进行整改' → in_progress for each (R93, NEW)
_OO_CAT1, _OO_CAT2 = "财务管理中存在的问题", "国有资产管理中存在的问题"
OOSPECIES = [
    _p(1, "扩大范围列支费用4800元", _OO_CAT1, status="in_progress"),
    _p(2, "支出手续不完善列支费用22500元", _OO_CAT1, status="in_progress"),
    _p(None, "应计未计固定资产2498元", _OO_CAT2, status="in_progress"),
]

# tianxin: '(一)…方面' category lines (R79, numbering stripped) over '1.…' items (R8, seq as printed, R75/R76a restart)
_TX = TEXT["tianxin_community_health_centers_audit_result_2022_no3_twelve_items_cut"]
TIANXIN = []
_cat = None
for _line in between(_TX, "三、审计发现的主要问题", "(四)内").split("\n"):
    _m = re.match(r"^\(([一二三])\)(.+方面)$", _line)
    if _m:
        _cat = _m.group(2)
        continue
    _m = re.match(r"^(\d)\.(.+)$", _line)
    if _m:
        TIANXIN.append(_p(int(_m.group(1)), _m.group(2), _cat))

# xypingqiao: '(一)…。' lines under '三、审计发现的主要问题' (R8), final '。' dropped; unit the school each order names (R104/C31)
_XY = TEXT["xypingqiao_pingqiao_foreign_language_school_audit_result_three_problems_cut"]
XYPQ = [_p(_CN.index(m.group(1)) + 1, m.group(2), "审计发现的主要问题", ["区外国语中学"])
        for m in re.finditer(r"^\(([一二三])\)(.+?)。$", between(_XY, "三、审计发现的主要问题\n", "四、"), re.M)]

# ixbang: '(一)…' lines under '二、审计发现的主要问题及处理意见' (R8), final '。' dropped; all rectified (R94): done
_IX = TEXT["ixbang_changwu_sanitation_team_audit_result_three_problems_rectified"]
IXBANG = [_p(_CN.index(m.group(1)) + 1, m.group(2).rstrip("。"), "审计发现的主要问题及处理意见", status="done")
          for m in re.finditer(r"^\(([一二三])\)(.+)$", between(_IX, "二、审计发现的主要问题及处理意见\n", "三、"), re.M)]

# lankao: '(一)…(七)' lines under '三、审计发现的主要问题' (R8), inner space kept (R86)
_LK = TEXT["lankao_highway_center_audit_result_seven_problems_cut"]
LANKAO = [_p(_CN.index(m.group(1)) + 1, m.group(2), "审计发现的主要问题")
          for m in re.finditer(r"^\(([一二三四五六七])\)(.+)$", between(_LK, "三、审计发现的主要问题\n", "四、"), re.M)]

# jiyuan: '(一)…' headings on their own lines over descriptions (R88: the heading)
_JY = TEXT["jiyuan_dongfang_grain_company_audit_result_six_problems_cut"]
JIYUAN = [_p(_CN.index(m.group(1)) + 1, m.group(2), "审计发现的主要问题")
          for m in re.finditer(r"^\(([一二三四五六])\)(.+)$", between(_JY, "三、审计发现的主要问题\n", "四、"), re.M)]

# cj8838: the one finding in the copy, its space-separated paragraph before the description (R88 on the flattened
# copy, NEW), unnumbered (R78)
CJ8838 = [_p(None, "扩大范围支出1415.50万元", "审计发现的主要问题")]

_NOTICE = ("Kind bulletin: an audit office's 审计结果公告 (C38: the audit-notice precedents, majority 8 v 2; titled or not, "
           "the lead decides for untitled ones); problems the '审计发现的主要问题' items (R8), measures 0 (no answer per item, "
           "R97/R98), deadline null.")

DOCS = {
    "oospecies_fangcheng_quanqiao_health_center_audit_result_in_progress": dict(
        excerpt=False,
        genre="审计结果公告 of a county audit office on a township health centre's 2022 财务收支, whole copy on a mirror site: "
              "findings with amounts, a closing sentence that rectification is under way",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("方城县审计局", "方城县券桥镇卫生院", "2023-08-30", "2023-10-20"), headline=head(), problems=OOSPECIES,
        anomalies=[_NOTICE + " Untitled copy (starts with '根据…'): title null (R33).",
                   "NEW: '(一)(二)' sit under the unnumbered line '财务管理中存在的问题' (their category, R79); '(三)国有资产管理中存在"
                   "的问题' is itself a category line over the unnumbered item '应计未计固定资产2498元': that item is the problem, seq "
                   "null (R128), category the (三) line without its number (R79/R80). The numbering mixes items and a category.",
                   "Headings on their own lines over descriptions: the heading (R88), final '。' dropped (R86).",
                   "NEW: the closing '涉及有关单位正在对有关问题进行整改' read for every problem as in_progress (R93 '正在…'; as R94 "
                   "reads a closing all-rectified sentence for every problem).",
                   "Units []: '有关单位' names no body (R102/R104). Issuer null: no signature, the lead names the auditor (R38). "
                   "No date on the page copy (url only, R60); the audit period is the inspection's start and end (R50)."]),
    "tianxin_community_health_centers_audit_result_2022_no3_twelve_items_cut": dict(
        excerpt=True,
        genre="审计结果公告 (专项审计调查) of a district audit office on 14 community health centres' funds 2019-2021: "
              "category lines '(一)…方面' over '1.…' findings without descriptions; cut in the fourth category's heading",
        kind="bulletin", title="天心区卫健局社区卫生服务中心2019年至2021年经费收支情况审计结果公告", issuer="长沙市天心区审计局",
        report_date="2022-12-01",
        inspection=ins("天心区审计局", "天心区14个社区卫生服务中心", "2022-02-24", "2022-06-07"), headline=head(),
        problems=TIANXIN,
        anomalies=[_NOTICE + " Cut before any rectification is reported.",
                   "Title the document's own heading under the portal line (R35/R36), its two lines joined (R32); issuer the "
                   "masthead line '长沙市天心区审计局审计结果公告2022年第3号' (R173), not the '来源' metadata (R38); report date the "
                   "发布时间 (R40).",
                   "Inspected as the lead names them, '天心区14个社区卫生服务中心' (R47); period 2022-02-24 to 06-07 (R50).",
                   "Category the '(一)…方面' line without its number (R79); seq restarts under each (R75).",
                   "'4.验收不严格致购买设备使用寿命缩' kept as printed (a lost '短' on the page, R2).",
                   "'(四)内' is a category heading cut before any item: no problem (R109/R126). Units []: findings of '部分中心', "
                   "no one body named (R102)."]),
    "xypingqiao_pingqiao_foreign_language_school_audit_result_three_problems_cut": dict(
        excerpt=True,
        genre="审计结果公告 of a district audit office on a new secondary school's 2020-2022 财务收支: three findings, the "
              "office's per-finding orders and advice; cut in '五、审计发现问题的整改情况'",
        kind="bulletin", title="信阳市平桥区外国语中学2020年-2022年财务收支情况审计结果公告", issuer=None, report_date=None,
        inspection=ins("信阳市平桥区审计局", "信阳市平桥区外国语中学"), headline=head(), problems=XYPQ,
        anomalies=[_NOTICE + " Cut inside its 整改情况 section, before any rectification is told: status null (R24, R95).",
                   "Title the two heading lines joined (R32); issuer null: the title names the audited school, not the issuer, "
                   "and the copy has no signature (R37/R38).",
                   "'于2023年5月' month only: no inspection dates (R53); no date on the page copy (url only, R60).",
                   "Units '区外国语中学', the body each finding's order names ('要求区外国语中学收回…', R104, C31 majority); the "
                   "orders are no measures (R98 整改要求) and no status (R72); the '建议:' paragraph answers no item (R98).",
                   "'(一)…。' lines: final '。' dropped (R86)."]),
    "ixbang_changwu_sanitation_team_audit_result_three_problems_rectified": dict(
        excerpt=False,
        genre="审计结果公告 (长审公告字〔2023〕5号) of a county audit office on a sanitation team's 2021-2022 财政财务收支, on a "
              "bidding-data site: three findings, a closing sentence that the unit has rectified them, signed",
        kind="bulletin", title=None, issuer="长武县审计局", report_date="2024-01-02",
        inspection=ins("长武县审计局", "县原环卫队", "2023-09-13", "2023-11-24"), headline=head(), problems=IXBANG,
        anomalies=[_NOTICE + " Rectification reported (R27).",
                   "Title null: the copy opens with the document number only (R33); issuer and report date from the "
                   "signature (R37, R40).",
                   "Inspected '县原环卫队' as the lead names it (R47); '( (略) 管理执法队)' is a site mask kept (R2).",
                   "'该单位已按照审计整改的要求及时进行了整改' → every problem done (R94); measures 0 (names no action, R163).",
                   "NEW: units [] — '该单位' refers to the team but names no body (C31's prose-named body needs a name)."]),
    "lankao_highway_center_audit_result_seven_problems_cut": dict(
        excerpt=True,
        genre="审计结果公告 (兰审公告〔2023〕8号) of a county audit office on a highway centre's 2021-2022 财务收支: dateline, "
              "seven findings with amounts, a decision and advice; cut in '五、审计发现问题的整改情况'",
        kind="bulletin", title=None, issuer=None, report_date="2023-11-29",
        inspection=ins("兰考县审计局", "兰考县公路事业发展中心", "2023-06-25", "2023-08-20"), headline=head(),
        problems=LANKAO,
        anomalies=[_NOTICE + " Cut inside its 整改情况 section: status null (R24).",
                   "Report date the dateline '(二O二三年十一月二十九日公告)' with a Latin O (R176, R42).",
                   "Title null (dateline and number only, R33); issuer null: no signature, the lead names the auditor (R38).",
                   "'应退未退履约保证金 68.73万元' keeps its inner space (R86); '。。' in the 收入 paragraph kept (R2).",
                   "Units []: the '建议县公路事业发展中心…' paragraph is advice answering no item (R98, R102)."]),
    "jiyuan_dongfang_grain_company_audit_result_six_problems_cut": dict(
        excerpt=True,
        genre="审计结果公告 (2025年第4号) of a city audit office on a state grain company's 2023 资产负债损益: dateline, six "
              "headings over descriptions; cut at '四、审计处理'",
        kind="bulletin", title=None, issuer=None, report_date="2025-03-19",
        inspection=ins("济源市审计局", "市东方粮业有限公司(以下简称东方公司)"), headline=head(), problems=JIYUAN,
        anomalies=[_NOTICE + " Cut before its 处理/整改 section: status null; C38's shape (findings, no rectification) — "
                   "bulletin by the majority.",
                   "Report date the dateline '(二〇二五年三月十九日公告)' (R42/R45); title null (R33); issuer null (R38).",
                   "Inspected with its short-name bracket as printed (R47); no audit period ('截至2023年底' is the audited state).",
                   "Headings on their own lines over descriptions: the heading (R88). Units []: no body told to rectify."]),
    "cj8838_audit_office_customs_2009_budget_audit_result_flattened_cut": dict(
        excerpt=True,
        genre="审计署's 审计结果 of a ministry's 2009 预算执行 (海关总署), the middle part of a 56-unit compilation reposted on a "
              "mirror, all paragraphs flattened onto one line; cut in the first finding's description",
        kind="bulletin", title="56个部门单位2009年度预算执行情况和其他财政收支情况审计结果(中)", issuer=None, report_date="2010-06-24",
        inspection=ins("审计署", "海关总署"), headline=head(), problems=CJ8838,
        anomalies=[_NOTICE + " A 审计署 result for one of several units; '较好地整改了以前年度审计发现的问题' is an assessment of "
                   "earlier rounds (R16), no status.",
                   "Title the compilation heading on the first line, printed twice (R35: the first); '(中)' kept as printed (a "
                   "part of the compilation, C35's batch-bracket side); report date the '更新时间:2010-6-24' date line (R40).",
                   "Period '2009年11月至2010年3月' months only: no dates (R53); inspected '海关总署' (R47); issuer null (R38).",
                   "NEW: the copy joins its paragraphs with single spaces on one line; the finding '扩大范围支出1415.50万元' stands "
                   "as its own space-separated paragraph before its description, read as a heading on its own line (R88), "
                   "not run into the description (a flattening, R32's layout noise); seq null (no number, R78), category "
                   "'审计发现的主要问题' (R79).",
                   "'不符合财经制度规定的问题金额3786.5万元' is money, no figure (R68); units [] (no body told to rectify)."]),
    "gz_guangzhou_2024_audit_rectification_report_400_336_cut": dict(
        excerpt=True,
        genre="a city government's report to the 人大常委会 on rectifying its 2024 audit work report's problems: portal "
              "chrome, meeting dateline, speaker's byline, overview figures; cut in the overview",
        kind="bulletin", title="关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告", issuer=None,
        report_date="2025-12-30", inspection=ins(), headline=head(400, 336), problems=[],
        anomalies=["Kind bulletin: a titled 审计查出问题整改情况的报告 (R31).",
                   "Report date the meeting dateline '——2025年12月30日在…会议上' over the portal's 2026-01-04 (R42).",
                   "Issuer null: the speaker's byline '广州市人民政府副市长  赖志鸿' (as quzhou's and luohu's bylines); inspector "
                   "null: only the '来源:市审计局' metadata names the auditor (R38).",
                   "Headline: '反映的400个问题,已完成整改336个' → 400/336 (R62/R71); '立行立改的283个问题' a subset (R68).",
                   "Cut in the overview before its first problem: [] (R21)."]),
    "yuanjiang_audit_results_publication_approval_request_near_miss": dict(
        excerpt=True,
        genre="near miss: a county-level city audit office's request to the mayor to approve publishing five audit "
              "results, signed, with the attachment list of 审计结果公告 (cut in the fifth)",
        kind=None, title="关于请求批准对外公告2021年度第二批审计结果的报告", issuer="沅江市审计局", report_date="2021-12-30",
        inspection=ins("沅江市审计局"), headline=head(), problems=[],
        anomalies=["NEW: a request to publish audit results reports no rectification: kind null (R27; as R127's notice "
                   "that reports are published elsewhere).",
                   "NEW: title the request's own heading, its two lines joined (R32): it names the audit results it asks "
                   "to publish (R34); the spaced masthead '沅 江 市 审 计 局' is no part of it.",
                   "Issuer and inspector the signature '沅江市审计局' (R37, R46: the audits are its own); inspected null (five "
                   "bodies and projects); report date the signature (R40).",
                   "The attachment titles name no finding: [] (R109)."]),
    "yzqfbl_luoning_poverty_audit_21_problems_19_done_news_glossed_trad": dict(
        excerpt=True,
        genre="near miss: glossed traditional copy of audit news — a city audit office's 扶贫 audit of a county, "
              "four kinds of problems in one sentence, 21 found and 19 rectified; cut mid-figure",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("河南省洛陽市審計(jì)局", "洛寧縣"), headline=head(21, 19), problems=[],
        anomalies=["News: kind null (R30); no title line (R33).",
                   "Traditional with pinyin glosses: doc fields as printed, glosses kept ('河南省洛陽市審計(jì)局', as blind37's "
                   "'南寧市審計(jì)局', R91).",
                   "Headline: '四大類21個問題' → 21 (the most specific level, R64), '已整改問題19個' → 19 (R71); '正在整改問題2個' "
                   "is cut; the four kinds named in one sentence are no list (R19/R23).",
                   "'今年2月' has no year; '2017年度' is the audited year: no dates (R53/R60)."]),
    "ksstdy_provincial_2022_audit_rectification_news_2212_1970_spam": dict(
        excerpt=True,
        genre="near miss: spun copy on a betting site of news that a province's 人大常委会 heard its 2022 audit "
              "rectification report: six aspects, 2212 problems, 1970 rectified; cut",
        kind=None, title=None, issuer=None, report_date="2024-02-11",
        inspection=ins("省审计厅"), headline=head(2212, 1970), problems=[],
        anomalies=["News: kind null (R30); the headline names the report in news wording ('…整改状况的陈述'), no document's "
                   "own heading: title null (R34).",
                   "Spun wording kept ('预算履行', '陈述', '全掩盖盯梢', R2); the site name 'bob体彩官网' is no issuer (R38/R172).",
                   "Report date the page's 发布时间 2024-02-11 (R175: a repost on a spam page; '11月28日' has no year).",
                   "Inspector '省审计厅', the text's short name (R46); inspected null.",
                   "Headline: '2212个的问题中,已整改1970个' → 2212/1970 (R62/R71); '35个测评目标', '52家被审计单位', '5家' are "
                   "bodies (R68); the six aspects in one sentence are no list (R19)."]),
}

URLS = {
    "oospecies_fangcheng_quanqiao_health_center_audit_result_in_progress": "https://oospecies.com/2024/01-02/632732.html",
    "tianxin_community_health_centers_audit_result_2022_no3_twelve_items_cut":
        "http://www.tianxin.gov.cn/zwgk8/bmxxgkml/qsjj19/zcsd/202306/t20230615_11135844.html",
    "xypingqiao_pingqiao_foreign_language_school_audit_result_three_problems_cut":
        "http://www.xypingqiao.gov.cn/2023/12-14/480169.html",
    "ixbang_changwu_sanitation_team_audit_result_three_problems_rectified":
        "https://ixbang.com/bid/detail/9F4287673BDB91FEC2E8DA122B0151D4.html",
    "lankao_highway_center_audit_result_seven_problems_cut":
        "http://www.lankao.gov.cn/sitesources/lkxrmzf/page_pc/zwgk/zdlyxxgk/czzj/czsj/"
        "articlec9e0fcf72b5e4ba4bfa4cb0f70bb56b8.html",
    "jiyuan_dongfang_grain_company_audit_result_six_problems_cut": "http://sjj.jiyuan.gov.cn/14206/jczwgk/16879/t974284.html",
    "gz_guangzhou_2024_audit_rectification_report_400_336_cut":
        "https://www.gz.gov.cn/zwgk/zdly/czsj/sjjggg/content/post_10627416.html",
    "yuanjiang_audit_results_publication_approval_request_near_miss":
        "http://www.yuanjiang.gov.cn/21765/21767/content_1509539.html",
    "yzqfbl_luoning_poverty_audit_21_problems_19_done_news_glossed_trad": "http://yzqfbl.com/n4/n20/n524/c121855/content.html",
    "ksstdy_provincial_2022_audit_rectification_news_2212_1970_spam": "http://ksstdy.com/news/1847.html",
    "cj8838_audit_office_customs_2009_budget_audit_result_flattened_cut": "http://cj8838.cn/88238.html",
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "oospecies_fangcheng_quanqiao_health_center_audit_result_in_progress": 3,
    "tianxin_community_health_centers_audit_result_2022_no3_twelve_items_cut": 12,
    "xypingqiao_pingqiao_foreign_language_school_audit_result_three_problems_cut": 3,
    "ixbang_changwu_sanitation_team_audit_result_three_problems_rectified": 3,
    "lankao_highway_center_audit_result_seven_problems_cut": 7,
    "jiyuan_dongfang_grain_company_audit_result_six_problems_cut": 6,
    "cj8838_audit_office_customs_2009_budget_audit_result_flattened_cut": 1,
    "gz_guangzhou_2024_audit_rectification_report_400_336_cut": 0,
    "yuanjiang_audit_results_publication_approval_request_near_miss": 0,
    "yzqfbl_luoning_poverty_audit_21_problems_19_done_news_glossed_trad": 0,
    "ksstdy_provincial_2022_audit_rectification_news_2212_1970_spam": 0,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("oospecies"):
        # the three '(一)(二)(三)' lines, each one finding (the third a category line over its one item)
        return len(re.findall(r"\n\([一二三]\)", text))
    if stem.startswith("cj8838"):
        # space-separated paragraphs after the findings heading that end in '万元。'
        return len(re.findall(r" [^ ,。]+万元。 ", text.split("审计发现的主要问题")[1]))
    if stem.startswith("tianxin"):
        return len(re.findall(r"\n\n\d\.", text))
    if stem.startswith(("xypingqiao", "ixbang", "lankao", "jiyuan")):
        return len(re.findall(r"\n\([一二三四五六七八九]\)", text.split("审计发现的主要问题")[-1].split("\n四、")[0]))
    return 0


STATUS = {"oospecies": "in_progress", "ixbang": "done"}


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories and units as written, no
    measures and no deadline anywhere, status only where a closing sentence gives it; the document fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    assert all(p["measure_count"] == 0 and p["deadline"] is None for p in probs), stem
    assert all(p["status"] == STATUS.get(stem.split("_")[0]) for p in probs), stem
    assert len({json.dumps(p, ensure_ascii=False) for p in probs}) == len(probs), stem
    check_doc(stem, d, text, flat=flat,
              date_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{m}月{dd}日"),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{y}-{m}-{dd} ", {2023: "二O二三年十一月二十九日",
                                                                                  2025: "二〇二五年三月十九日"}.get(y, "@@")))
    if d["excerpt"]:
        assert len(text.encode("utf-8")) >= 1990, stem
    hl = d["headline"]
    for key, phrase in (("problems_total", "个"), ("problems_done", "个")):
        if hl[key] is not None:
            assert re.search(rf"{hl[key]}[個个]|{hl[key]}個\(gè\)", text), (stem, key)


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=35, urls=URLS)


if __name__ == "__main__":
    main()
