"""Write the texts and truth files of tests/importer/real/blind40: a FINAL held-out set of real pages (session 21),
labelled on 2026-12-07 (00:04-01:00 UTC by the machine clock) by helper label55, who did not read or change the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py) and did NOT run it on this set: the lead scores it at the end
of the session. Other helpers' worktrees were not opened (RULES.md); every url was checked with /work/wt/known_urls.py
when it was found and again just before the commit (see the commit message).

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R121, C1-C21) and make_truths.py (head/ins/prob);
structure after make_truths_blind39.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals into RAW and decoded with json.loads (R2): glosses '(nian)', '鎮(zhèn)', portal chrome,
blank lines, odd spaces ('2023 年', '只完 成') and lost characters ('2013年相比', '洞庭湖类水质') kept as returned; runs of
spaces copied as the tool printed them.

Exhaustion: about 44 queries; 143 urls checked with known_urls.py, 116 KNOWN, 27 new, 15 taken. KNOWN were nearly every
巡察/巡视整改进展 通报 of a 局, hospital, court, university or state firm the queries reached (km, ruijin, cixird, ningbo, gdcy,
szlh, czs2y, hyx, wjw.taizhou, sqjw, seowindows, cdacdg, gzhgjt, fj.ptzy, lzq, ssqfy, wfxfy, wuch, huiji, hhzjjjc,
gztusheng, lyruiju, zuzhaopin, ilynn, czx24, tdq.siping, changde, panjin, jingzhou, blcu, whu, zzu, hbust, cumt, cqu,
tzjw, hsjw, nllz, qinfeng, dqzjw, zgsuixian, sysjjjc, gaotai, ...). What is new is mostly one-task 督察 notices of
Hubei/Hunan bodies, one 街道 progress report, a traditional 政务公开 整改 report, a check table, and near misses.

Queries (``pages`` corpus), among them: 县委巡察组 反馈问题 整改情况 通报 已整改; 医院党委 巡察整改进展情况的通报; 生态环境保护督察
整改任务 验收销号 公示; 供电公司 巡察反馈意见整改落实情况 公开; 税务局 巡察整改 问题 已完成整改 立行立改; 检察院 巡察反馈问题 整改 销号
情况通报; 审计发现问题整改情况 一、审计发现的问题 整改情况 已整改; 甘肃 县 巡察反馈问题整改 销号 问题清单 第一项; 关于巡察反馈意见
整改情况的公示 村党支部; 國有企業 巡視整改進展情況 通報; 督察反馈问题 整改情况说明 存在问题 整改措施 完成情况; 整改完成情况公示
反馈问题 整改措施 整改成效 公示期; 关于第N项问题整改完成情况的公示 督察组反馈意见; 巡察反馈问题整改 问题1 整改情况 问题2;
巡视反馈指出 整改情况 学校党委; 整改情况汇报 存在問題 整改措施 方面 局; 环保督察 反馈问题 整改销号 公示 整改目标; 审计整改结果公告;
银行 巡察整改 支行; “反馈意见指出” 整改情况; 序号 问题点位 整改情况 销号 图斑; 巡察整改情况 集中整改期 街道党工委; 中央生态环境保护
督察 反馈问题 整改完成情况 公示 湖 水库 养殖; 大学党委 巡视整改进展情况的通报; 集团公司党委 巡视整改进展情况; 县委第 轮巡察 发现问题
移交问题线索 完成率; 審計整改 問題 整改情況 縣 公告; 人民医院 巡察反馈问题整改 完成 项; 省委巡视组反馈意见 整改进展情况 市委 公布;
法院 巡察整改工作 反馈 问题; 督查发现问题清单 整改落实情况 学校 卫生院.

Spam seen (all KNOWN anyway): tengbh88.com (a casino name spliced into a 检察院 巡察整改 通报), czx24 (a casino footer under a
one-task 公示), puupupc.cn (adult spam above a copy). Declined, new by key but not taken: sh-joy.com (a traditional 巡察 进驻 news with a
24-village list: a fourth traditional near miss, left out); hbj.yueyang (督察 news about rivers), tengzhou (a town's 图斑
news), ajnews.zjol (a 小城镇整治 point tally, not an inspection), zqx.gov.cn (a 巡察 汇报会 whose '一是…三是' are the
rounds' own shortcomings: an R9/R111 call left out), yctwx.gov.cn (a 学校卫生 台账 with empty 存在问题 cells), the second
qqzddqwz batch and yn.yunnan.cn (more 信访件 batches, R17), sjc.xatzy and sjc.yulinu (audit meeting news like czcit),
119.23.252.214 (a 创文巩卫 督查 news), meipian 4rfz12ib (a 国卫 暗访 meeting), jinrimiaobi (a speech 范文 tag page).

Kinds (issue 10), problems and measures (counted twice: by reading, and in main() by a regex recount of each text):
  - blfj_yueyang (2: problems not the first list): a 街道党工委's 巡察整改进展 (no title line): '一、…二、(一)(二)' work
    sections, then '1.聚焦…情况:' and '(1)…' with '整改情况:'; cut in the first answer: 1 problem, measures 1; 20 problems total.
  - ppfocus_guzhen (6 traditional + 2): a 县 bureau's 政务公开「六提六促」 整改情况 in traditional characters: four headings
    '(一)…方面' each over '存在問題:' and '整改措施:': 4 problems, measures 1 each.
  - slongcg_baoding (2-like table): a city 卫健委's 学校卫生 双随机 results as a '|' table: 10 rows, 8 with a finding: 8
    problems (rows 2 and 9 '合格 / 无' are not, R109), unit the school (R102), measures 0.
  - nyj_huangshi (3 one task): a 市农业农村局's 公示 of 省督察 反馈问题 (序号20): 1 problem seq 20, measures 1 (整改措施), done.
  - hbqj_qianjiang (3 one task): a 局's 整改销号公示 of '整改任务清单25号' of a 省督察 回头看: 1 problem seq 25, whose
    '反馈问题' prints requirements ('要…'), measures 2 (cut in the second), done.
  - linxiang (4 quoted item + 3): a 市河长办's 公示 of the quoted feedback item “岳阳内湖污染问题依旧突出”: 1 problem, 一是-四是 = 4
    measures, done ('该反馈问题已完成整改').
  - dth_yiyang (3 one task): a 管委会's '第8号问题整改 销号公示' with lost characters: 1 problem seq 8, 一是/二是 = 2, done.
  - wenmi123_hospital (5 figures): a masked ('xx市') 市人民医院党委 巡察整改情况的报告 on a 范文 site: the feedback's '八项23个问题'
    named in one ';' sentence: [] (R19), problems_total 23; cut.
  - mmgw_fujian_court (7 dates and parties): a copy of the 福建省法院 巡视整改进展 cut in '一、…总体推进情况': [] (R21), dates.
  - gxcounty_gansu (7 / near miss): the 甘肃省委巡视办's notice that the 第四轮巡视 progress reports are published, with the
    seven groups' lists: [], no figure, kind null.
Near misses (the parser must read no problem):
  - hyl_clean_gansu (6 glossed traditional news): '甘肅:高質量推進巡察問題整改' with '(nian)' glosses, two stories of
    problems found and fixed: [] (R19 news over many; R108 is for ONE named problem); cut.
  - qqzddqwz (R17): a 盟's 中央督察 第二十六批 信访件 batch with counts and no year: [], no figures (as snippets21 chifeng).
  - universityofharmony (6 glossed traditional news): a copied 央视新闻 item on the 中央巡视 feedback of four provinces, each
    province's fault quoted in one ';' sentence: [] (R20 per-body unnumbered prose), no figures.
  - czcit (audit near miss): a college's news of its 中层干部经济责任审计整改 meeting: problems 'from seven aspects' with no
    statement or count: [], no figures.
  - tcjjjc (7 / feedback news): a 市委第一巡察组's feedback to a middle school's Party committee, period and parties in
    prose, problems in one '主要是:…;…等' sentence: [] (R19), kind null (C20).

Totals: 15 documents, 17 problems (1+4+8+1+1+1+1 over seven pages; eight pages with none). Measures: 14 (1, 1×4, 0×8, 1, 2,
4, 2). Reading and regex recount agree (main() asserts both).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- blfj_yueyang: the item line '(1)全面从严治党…淡薄。经调阅相关资料,…组织处理。' is a heading run into its description on
  one line: title the whole statement (R88, C9); category '1.聚焦…情况:' without number and without its trailing ':'
  (R79; no category in the earlier truths keeps a trailing colon); issuer and inspected null ('我街道' unnamed in the
  feedback sentence, no title or signature; the body 松杨湖街道党工委 is named only in the work section, R37/R48).
- ppfocus_guzhen: one problem per heading whose '存在問題:' states the fault; seq null (the number is the heading's, as
  blind39 wenmijiayuan NEW); categories and titles simplified (R91); kind bulletin (a 整改情况 report of a self-run campaign,
  R27, R67); inspector null ('我局', R46/R48); excerpt false (the copy ends on a whole sentence well under 2,000 bytes).
- slongcg_baoding: (NEW) a results table whose 检查结果 cell says '限期整改' (an order, R72): status null, measures 0, deadline
  null (no time limit, R107); unit the school in the '检查学校' cell (R102 被抽查单位); inspector '保定市卫生健康委' (the lead
  body of '保定市卫生健康委联合保定市教育局', R46); kind null (R29).
- nyj_huangshi: category null (a '一、反馈问题' field label, R84/C17); status done from '现将我市已完成整改的…' (R93) though the
  copy is cut there; inspector null (no 督察组 named, only '省环保督察'); issuer null ('来源' metadata, R38).
- hbqj_qianjiang: (NEW) the '反馈问题' of task 25 prints the feedback's requirements ('要立足…要结合实际,…'), not a finding:
  still the task's one statement (R14), titled whole; the 督察 回头看 period '2020年12月21日至12月30日' is an inspection's
  stationing (as snippets10 changde), not R53's recheck of rectification; inspected '潜江' as the sentence names it (R47).
- linxiang: title the quoted item without the quotes and the '问题整改完成情况' wrapper (R86); measures 4 (一是-四是, R96);
  issuer the signature '临湘市河长制工作委员会办公室' (R37); inspector '湖南省第三环境保护督察组' from the title.
- dth_yiyang: signature date '20201125' lost 年/月/日: read 2020-11-25 (R45/R61, as the 发布时间); inspector null ('中央环保督察'
  names no group); the '四、下一步工作打算' is not counted (R98).
- wenmi123_hospital: title printed twice: the first (R35); inspected 'xx市人民医院党委' as the feedback sentence names it
  (R47, masked as printed); '八项23个问题' → 23 (R64 the most specific level); the ';' sentence is the report's summary of the
  feedback, not a list (R19).
- gxcounty_gansu: (NEW) a notice that progress reports are published elsewhere reports no rectification itself: kind null
  (R27 needs rectification reported; R30); '2024年4月至7月' month-only: no dates (R53); seven groups over 40+ bodies:
  inspector and inspected null.
- qqzddqwz: kind null and no figures (R17, as snippets21 chifeng_17th_batch_petitions_noyear); '7月2日' has no year in the
  text: null (R60).
- universityofharmony: report date the page's date line '2018年07月24日' (R40); the quoted faults per province are per-body
  unnumbered prose (R20, as blind26 putuo): [].
- hyl_clean_gansu: (NEW) glossed news telling two problems a 巡察组 found and had fixed (a village's pipes, a town's toilets):
  [] (R19 news over many bodies; R108's one-problem news does not apply to a round-up); title null (news headline, R34).
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind40"

RAW = {
    "blfj_yueyang_songyanghu_street_xuncha_progress_one_item_cut":
        r'"根据区委巡察工作统一部署,2022年11月7日至2022年12月16日,区委第一巡察组对我街道进行了巡察。2023年3月30日,区委第一巡察组向我街道反馈了巡察意见,指出了20个具体问题,并提出了明确的整改意见建议。我街道结合工作实际,严格按照巡察反馈要求进行了整改落实,现将整改进展情况予以公布:\n一、迅速行动,制定方案\n巡察组反馈意见后,松杨湖街道党工委高度重视,于4月4日召开巡察整改工作专题会,认真研究部署巡察整改工作,根据反馈的三个方面20个问题,研究制定了《松杨湖街道落实区委第一巡察组巡察意见反馈方案》,明确责任领导、责任单位、责任人、整改时限及整改措施,督促各责任单位迅速开展整改,抓好工作落实,确保整改到位。\n二、强化措施,立行立改\n(一)坚持党工委主抓,组织筹划有力。街道党工委始终坚持把巡察整改作为当前和今后一段时间重要的政治任务来抓。先后召开2次会议部署和推进巡察整改工作,统一思想认识,下定整改决心,不断增强整改工作的政治自觉。\n(二)坚持从严从紧,按时细化推进。针对巡察反馈三个方面20个问题,逐一进行整改落实,具体整改情况如下:\n1.聚焦基层贯彻落实党的路线方针政策和党中央决策部署情况:\n(1)全面从严治党压力传导不到位,部分干部纪律意识淡薄。经调阅相关资料,松杨湖街道仅去年下半年就发生了二十大特护期值班值守无人接听电话被区委办督查通报、社区党员酒驾被查处等多起违纪违规问题,特别是在市纪委国庆前出台“双十严禁”后,国庆期间仍有街道干部打牌被查获。在区委首轮村级巡察中,松杨湖街道有一个社区前后两任社区总支部书记因违规违纪受到组织处理。\n整改情况:制定《松杨湖街道落实中央八项规定精神“十年检阅”专题活动实施"',
    "ppfocus_guzhen_bureau_zhengwu_gongkai_four_aspects_trad":
        r'"按照《固鎮縣人民政府辦公室關於開展政務公開「六提六促」專項行動的通知》的相關要求,我局認真開展政務公開「六提六促」專項行動各項工作,現將第二階段整改情況匯報如下:\n(一)加強重點領域信息公開方面\n存在問題:棚戶區改造、國有土地上房屋徵收信息更新較慢。\n整改措施: 加強對棚戶區改造、國有土地上房屋徵收資料的搜集整理,加強信息公開質量。\n(二)提升政策解讀方面\n存在問題:文件政策出臺背景及依據解讀過於簡單,對於重點內容的解讀存在簡化文件內容的現象。\n整改措施:嚴格按照政務公開「六提六促」專項行動要求,發布政策解讀信息,深入解讀政策制定背景、起草過程、工作目標、主要內容、創新舉措和下一步工作考慮等要素,精心編制解讀材料,提升解讀質量。\n(三)完善政務公開基層標準化建設方面\n存在問題:政務基層公開事項目錄內容錄入不夠全面,內容較為單一。\n整改措施:加強資料收集,按照《固鎮縣人民政府辦公室關於印發全面推進基層政務公開標準化規範化工作實施方案的通知》的通知要求,繼續逐項細化、完善重點領域以及國有土地上房屋徵收、保障性住房、農村危房改造、市政服務等領域的清單及目錄。。\n(四) 加強政務輿情回應工作方面。\n存在問題:留言互動、市民諮詢等回復不夠迅速。\n整改措施: 對城市建設及城市管理,以及社會關注度高的政策和熱點問題,暢通民眾關切回應渠道,利用公開電話、門戶網站、微信公眾號等媒體形式,及時收集意見建議,對群眾關切積極作出回應,確保3個工作日內完成回復。"',
    "slongcg_baoding_school_hygiene_double_random_table_8_rows":
        r'"根据河北省卫生健康委办公室关于对《2020年全省学校卫生部门联合“双随机”监督抽查工作方案》(冀卫监督函〔2020〕5号)的通知要求,保定市卫生健康委联合保定市教育局开展了学校卫生“双随机”监督检查,现将结果向社会公示。\n序号 |\n检查学校 |\n检查 结果 |\n存在问题 |\n1 |\n河北建筑工程学校 |\n限期整改 |\n无医务室。 |\n2 |\n保定技师学校 |\n合格 |\n无 |\n3 |\n保定花园街小学 |\n限期整改 |\n教室未达到悬挂9盏灯,无黑板照明灯。 |\n4 |\n韩村乡沈庄小学 |\n限期整改 |\n无医务室,教室照明灯高度未达到1.9米,无黑板照明灯。 |\n5 |\n富昌乡小汲小学 |\n限期整改 |\n教室窗户玻璃蓝色不符合无色透明要求,教室照明灯高度未达到1.9米。 |\n6 |\n南市区二十三中 |\n限期整改 |\n课桌椅不是可调式桌椅,不符合两种型号要求。 |\n7 |\n保定市卫生路小学 |\n限期整改 |\n教室为双侧采光,主采光面在右侧,使用的84消毒剂为疫情期间采购或上级下发的,索证不全。 |\n8 |\n保定市育德中学 |\n限期整改 |\n无医务室,消毒剂的索证不全。 |\n9 |\n徐水区南白塔中学 |\n合格 |\n无 |\n10 |\n保定师范附属中学 |\n限期整改 |\n无医务室。 |\n下一条:关于对望都县中医医院等3家二级中医医院评审结果的公示\n【关闭】\n公安机关备案号:13060602001134 政府网站标识码:1306000009"',
    "nyj_huangshi_provincial_ducha_item20_lotus_lake_notice_cut":
        r'"当前位置:首页 > 农业资讯 > 文件公告\n\n关于第二轮省生态环境保护督察反馈问题 (序号20)整改情况的公示\n\n来源:黄石市农业农村局      时间:2025-01-06 17:18\n\n根据《黄石市贯彻落实第二轮省生态环境保护督察报告整改方案》(黄办文〔2024〕25号)要求,我局积极推进第二轮省环保督察反馈问题(序号20)整改工作,现将有关情况公示如下:\n\n一、反馈问题\n\n莲花湖国家湿地公园保护不到位,湿地公园内圩垸养殖、投肥养殖、污水直排入湖等问题突出,严重影响湖群水质。湖群水质下降明显。2023 年上半年,大泉湖水质由去年同期的Ⅳ类下降为劣Ⅴ类;石灰寨湖由Ⅳ类下降为Ⅴ类。退塘还湖工作严重滞后。根据 2016 年 12 月实施的莲花湖国家湿地公园总体规划,湖群应于 2020 年前完成退塘还湖 160 公顷,截至目前只完 成大泉湖区域 40 公顷,其中卢家坝、石灰寨等片区鱼塘均位于 湿地公园内,均未完成退塘还湖。\n\n二、整改目标\n\n加强湿地保护,促进湖泊水质提升和改善。\n\n三、整改措施\n\n严厉打击投肥养殖等违法行为。\n\n四、整改完成情况\n\n一是加大工作督办力度。市长、分管副市长赴阳新县莲花湖督办环保督察问题整改工作2次。市农业农村局组织召开贯彻落实生态环境保护督察整改工作推进会2次,向各地农业部门印发了《市农业农村局关于开展重点湖区投肥养殖屡禁不绝问题整治工作的通知》。市农业农村局局长、分管副局长赴莲花湖督办环保督察整改工作2次。\n\n二是加大巡查执法力度。阳新县相关部门落实常态化巡查机制,定期及不定期开展巡查工作,建立巡查台账,保持对非法投肥养殖行为的打击高压态势,2024年该区域未发现非法投肥养殖行为。\n\n按照相关要求,现将我市已完成整改的第二轮湖北省生态环境保护督察反馈"',
    "hbqj_qianjiang_huitoukan_task25_requirements_xiaohao_cut":
        r'"关于第一轮省生态环境保护督察“回头看”反馈问题25号整改销号公示\n\n发布日期:2025-12-10 10:20 来源:潜江市水利和湖泊局\n\n湖北省第五生态环保督察组2020年12月21日至12月30日对潜江开展了第一轮生态环境保护督察“回头看”并于2021年5月8日向我市反馈了意见。我市对照反馈意见制定了整改方案并推进实施。其中整改任务清单25号涉及我局相关工作已完成整改,现将整改情况予以公示。\n\n公示时间10天,公示期间接受广大人民群众的监督。\n\n联系人: 叶萌             电话:0728-6435864\n\n一、反馈问题\n\n要立足高质量发展要求,认真贯彻落实新发展理念,切实推进产业转型、绿色发展。要严格落实河湖长制,完善考核奖惩机制,不断提升农业农村、支流支沟污染治理水平,加大黑臭水体治理力度,恢复提升河流沟渠自然生态;持续加大湖泊保护与修复治理力度,强力推进退垸退田还湖工作,完善湖泊保护修复长效机制。要进一步加大投入、严格标准,推进城市污水管网、雨污分流、农业农村污水、垃圾处理设施等建设,加快补齐环境基础设施短板,加强运维管理和监督考核。要切实强化对工地扬尘、道路扬尘、建筑渣土、机动车尾气污染、餐饮油烟等污染治理和监管执法;加快推进工业企业无组织排放、重点行业超低排放改造、挥发性有机物治理等工作。要加强生态环境保护执法和监管能力建设,保持严厉打击严重环境违法行为的高压态势,督促企业履行污染防治主体责任。要结合实际,探索推进环境治理能力和治理体系建设。\n\n二、整改目标\n\n推动经济高质量发展和生态环境高水平保护。\n\n三、整改措施\n\n1、完善河湖长考核制度体系,将河湖水质情况纳入“河湖长制”考核内容并实施考核。\n\n2、制定湖泊水环境修"',
    "linxiang_provincial_ducha_inner_lakes_quoted_item_done":
        r'"政府信息公开\n\n湖南省第三环境保护督察组督察反馈“岳阳内湖污染问题依旧突出”问题整改完成情况公示\n\n来源: 临湘市水务局 发布时间: 2020-10-23 15:31 浏览次数: 1\n\n根据省第三环境保护督察组督察反馈意见整改销号有关要求,现将我市“岳阳内湖污染问题依旧突出”问题整改完成情况公示如下:\n\n临湘市黄盖湖、冶湖污染问题整改自2019年5月21日开始,成立了市天然水域水质治理提升工作领导小组,由主管副市长任组长。一是对黄盖湖、冶湖天然水域禁止投肥投饵,拆除所有投肥投饵设备,实现人放天养;二是收回水面经营权实行集体管理,关停周边畜禽养殖场,拆除天然水域影响防洪、行洪的栅栏,拆除天然水域内网围、竹竿等养殖设施;三是在水域周边开展改厕行动,禁止生活生产污水直排黄盖湖、冶湖。四是联合湖北赤壁,采取“七联共治”方式,治理提升黄盖湖水质。\n\n经核查,冶湖自2020年1月至今,水质稳定达到三类标准,黄盖湖自2020年2月至今,水质稳定达到三类标准,该反馈问题已完成整改,达到整改目标。如对此公示情况存有异议,请在公示期间(七日内)向临湘市河长办反映。\n\n人:张    \n\n联系电话:13575071088\n\n  \n\n                          临湘市河长制工作委员会办公室\n\n                           2020年10月23日"',
    "dth_yiyang_datonghu_central_ducha_item8_dongting_xiaohao":
        r'"关于中央环保督察第8号问题整改 销号公示\n\n发布时间:2020-11-25 15:02 作者: 浏览量:\nA+A-\n\n关于中央环保督察8问题整改\n\n销号公示\n\n \n\n一、反馈问题\n\n2013年相比,2016年洞庭湖类水质断面比例从36.4%下降到0,出口断面总磷浓度由0.047毫克/升上升至0.093毫克/升;11个可比断面中5个水质下降,岳阳楼、洞庭湖出口、东洞庭湖、君山4个断面水质由Ⅲ类恶化至Ⅳ类,南嘴断面水质由Ⅳ类恶化为Ⅴ类,形势不容乐观。\n\n二、整改目标\n\n进一步完善洞庭湖生态经济区水环境综合治理实施方案,继续推进洞庭湖环境污染整治工作,按要求着力推进水污染防治工作,力争尽快达标。\n\n三、整改措施及完成情况\n\n一是开展了洞庭湖生态经济区水环境综合治理沟渠塘坝清淤增蓄、畜禽养殖污染整治、河湖围网养殖清理、河湖沿岸垃圾清理、重点工业污染源排查五大专项行动,并巩固整治成果,防止反弹;二是积极推行河长制,全面加强水污染防治,加强垃圾综合治理,加强水域岸线管理,加强河道采砂整治。\n\n四、下一步工作打算\n\n严格按照《大通湖区洞庭湖生态环境专项整治三年行动计划实施方案(20182020年)》的要求,进一步稳固洞庭湖生态经济区水环境综合治理,推进洞庭湖环境污染整治工作,按要求着力推进水污染防治工作。\n\n \n\n益阳市大通湖区管理委员会\n\n20201125   \n\n \n\n扫一扫在手机打开当前页\n信息来源:大通湖区管委会"',
    "wenmi123_masked_city_hospital_xuncha_report_eight_aspects_23_cut":
        r'"市人民医院党委关于巡察整改情况的报告\n市人民医院党委关于巡察整改情况的报告\n根据统一部署,2021年4月19日至6月15日,第一巡察组对xx市人民医院进行了巡察。8月23日,巡察组向xx市人民医院党委反馈了巡察意见。根据有关规定和要求,现将巡察整改情况报告如下:\n一、整改工作组织情况\n(一)巡察反馈意见主要内容\n巡察组的巡察反馈意见中指出我院八项23个问题:在学习习近平总书记关于医疗卫生重要指示批示精神方面联系实际不足、学习贯彻缺乏思想自觉和学习宣传教育氛围不浓的现象;在推进医疗卫生事业高质量发展方面医疗卫生改革不够深入、技术水平不够高、医疗服务精细化管理程度不高,取得的成效不明显;贯彻执行党委领导下的院长负责制方面没有充分发挥党委核心领导作用、三重一大事项决策程序不够严格、重大事项请示报告制度落实不到位、执行政策规定和上级决策部署不到位;依然存在不合理用药、不合理检查、不合理收费等的现象;药品、耗材采购未按规定在省公共资源交易平台集中采购和未经批准采购进口设备行为;医德医风建设存在医疗服务意识淡薄、执行诊疗规范不严和未完全杜绝收受红包、回扣问题的现象;内控机制建设存在科室管理严重不平衡、内审制度不健全和预算管理制度落实不到位的问题;监管问责处理存在“宽松软”表现在执纪问责主动性不强,查处打击的震慑力不足,违纪违法案件时有发生。\n(二)医院党委履行巡察整改主体责任,加强组织领导,统筹协调、全面开展整改工作情况\n在落实整改工作中,医院党委及领导班子成员一致认为市委第一巡察组指出的问题,客观中肯、切中要害,是对我院党委的全面政治“体检”,具有很强的针对性、指导性。院党委始终把巡察问题"',
    "mmgw_fujian_court_xunshi_progress_cut_before_list":
        r'"来源:福建省高级人民法院网站2022-02-2209:00字体大小:[大][中][小]\n分享\n根据福建省委巡视工作统一部署,2021年3月25日至4月27日,省委巡视七组对省法院党组开展了巡视,并于2021年6月17日反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、巡视整改工作总体推进情况\n一是深化思想认识,压紧压实推进。巡视反馈结束后,院主要领导2021年6月18日即主持召开党组会议,深入学习贯彻习近平总书记关于巡视工作的重要论述精神,认真落实省委尹力书记在听取十届省委第十轮巡视情况综合汇报时的讲话要求,认真学习领会省委巡视反馈意见,把巡视整改作为重大政治任务,切实担负起主体责任,深刻反思存在的问题,逐项对照明确整改任务分工,真正推进整改措施落实落地,纵深推进全面从严治党。\n二是党组书记带头,从严从细推进。及时成立巡视整改工作领导小组,下设领导小组办公室,统筹推动整改工作实施。院主要领导认真履行巡视整改第一责任人责任,担任巡视整改工作领导小组组长,组织起草整改方案,坚持重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要线索亲自督办,专题研究部署巡视整改任务,统筹抓好巡视整改工作。2021年6月25日,省法院党组召开党组会议专题研究制定三份整改落实方案,明确责任领导、责任部门、整改举措、完成时限,及时报省纪委、省委组织部、省委宣传部、省委巡视办审定,下发各部门落实。2021年7月29日,院党组召开民主生活会,认真逐条对照巡视反馈意见,查摆问题,深挖根源,提出整改思路和措施。院主要领导带头查摆、带头剖析、带头推进工作。2021年8月中旬,省法院巡视整改办公室对巡视整改进展情况进行了督察推进,确保巡视整改"',
    "gxcounty_gansu_provincial_xunshi_round4_progress_publication_notice":
        r'"按照省委统一部署,2024年4月至7月,十四届省委第四轮巡视对兰州市和城关区、七里河区、安宁区、西固区、红古区、永登县、榆中县、皋兰县,白银市和白银区、平川区、景泰县、靖远县、会宁县,平凉市和崆峒区、华亭市、泾川县、崇信县、灵台县、静宁县、庄浪县,庆阳市和西峰区、庆城县、环县、华池县、合水县、正宁县、宁县、镇原县,甘南州和合作市、临潭县、卓尼县、舟曲县、迭部县、玛曲县、碌曲县、夏河县,以及省卫生健康委、省体育局、省医疗保障局、省红十字会、省药品监督管理局、省公共资源交易中心、省人民医院、省中医院党组(党委)开展了常规巡视。\n根据《中国共产党巡视工作条例》有关要求,现在甘肃纪检监察网集中公布十四届省委第四轮巡视整改进展情况,接受干部群众监督。\n中共甘肃省委巡视工作领导小组办公室\n2025年7月31日\n省委第一巡视组:兰州市城关区七里河区安宁区西固区红古区永登县榆中县皋兰县\n省委第二巡视组:白银市白银区平川区景泰县靖远县会宁县\n省委第三巡视组:省卫生健康委省医疗保障局省人民医院省中医院\n省委第四巡视组:庆阳市西峰区庆城县环县华池县合水县正宁县宁县镇原县\n省委第五巡视组:省体育局省公共资源交易中心省药品监督管理局省红十字会\n省委第六巡视组:甘南州合作市临潭县卓尼县舟曲县迭部县玛曲县碌曲县夏河县\n省委第七巡视组:平凉市崆峒区华亭市泾川县崇信县灵台县静宁县庄浪县"',
    "hyl_clean_gansu_xuncha_small_matters_news_glossed_trad_cut":
        r'"甘肅:高質量推進巡察問題整改\n今年(nian),甘肅各地緊(jin)盯巡(xun)察發(fa)現問(wen)題,采取有力有效(xiao)措施推動問(wen)題整改,實(shi)現巡(xun)察工作(zuo)高質(zhi)量(liang)發(fa)展。\n解(jie)決一批群眾身邊(bian)“小事”\n農(nong)田及時(shi)耕(geng)種了、農(nong)貿市場對(dui)面的廁所(suo)環境改善了……回看今年甘肅各地巡察工作,可以發現一個突出特點(dian):下沉到最基層聽民生(sheng),推動解決一件(jian)件(jian)群(qun)眾身邊“小事”。\n小事連著大民生。4月中旬,正(zheng)是張掖市甘州區(qu)春(chun)耕(geng)時(shi)節。但甘州區(qu)委第(di)七輪巡(xun)察第(di)八巡(xun)察組(zu)剛進(jin)駐沙(sha)井鎮五(wu)個墩村(cun)就接到村(cun)民反映:“我(wo)們村(cun)土(tu)地(di)平整完了,可(ke)是低壓管網還沒有埋進(jin)去,分地(di)也有矛盾,再不(bu)解(jie)決(jue),就要錯過春(chun)耕(geng)了!”巡(xun)察組(zu)迅速(su)下(xia)沉到村(cun)社,很快(kuai)(kuai)摸清問題,并將情況(kuang)反饋給沙(sha)井鎮黨委,督促(cu)其盡快(kuai)(kuai)解(jie)決(jue)。沙(sha)井鎮黨委立(li)即采取有效(xiao)措施,最終,涉及4.3萬(wan)畝的(de)農(nong)田及時(shi)耕(geng)種,群(qun)眾拍(pai)手(shou)稱快(kuai)(kuai)。\n“農貿市場對面(mian)的(de)廁所(suo),里面(mian)無處(chu)下腳,臭氣熏(xun)天(tian),導(dao)致有的(de)人不愿進廁所(suo),就(jiu)在外面(mian)大小便,形成惡性循環……”今年5月,平(ping)涼(liang)市崇(chong)信縣委第七輪巡(xun)(xun)察(cha)第二巡(xun)(xun)察(cha)組,一進入新窯(yao)鎮街道就(jiu)接到(dao)許多群(qun)眾反映的(de)廁所(suo)衛生問題。巡(xun)(xun)察(cha)組經深入調查(cha),發現木林鄉也存(cun)在類似問題。巡(xun)(xun)察(cha)組隨即向新窯(yao)鎮、木林鄉下發整改(gai)建(jian)議書(shu)。兩鄉鎮馬上整改(gai),問題得到(d"',
    "qqzddqwz_league_central_ducha_26th_batch_petitions_noyear":
        r'"按照中央第二生态环境保护督察组(以下简称“中央督察组”)工作要求,7月2日,全盟已对中央督察组交办的第二十六批2件信访举报件进行调查处理,其中,已办结1件、阶段性办结1件。\n截至7月2日,全盟已对1-26批38件信访件进行调查处理,其中,已办结15件、阶段性办结23件。\n相关信访举报件将持续按照中央督察组边督边改工作要求推进查处整改工作。\n附件:中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表(第26批)(链接)\n微信里点“发现”,扫一下\n二维码便可将本文分享至朋友圈。"',
    "universityofharmony_four_provinces_xunshi_feedback_quotes_news_trad":
        r'"首頁>要聞 要聞\n\n十八大以來,這四個(gè)省被巡視了3次\n\n2018年07月24日 13:43 | 來源:央視新聞\n分享到: \n\n7月22日,十九屆中央第一輪巡視部分反饋情況公布,14個(gè)省區(qū)和10個(gè)副省級(jí)城市的“體檢報(bào)告”出爐。其中,河南、遼寧、山東、湖南四省曾是十八屆中央巡視“回頭看”地區(qū)(詳情見:官本位根深蒂固、不擔(dān)當(dāng)不作為!中央首輪巡視在14個(gè)省區(qū)挖出了哪些問題?),這也意味著黨的十八大以來,這四個(gè)省均接受過3次中央巡視。\n\n1\n\n四省問題有共性 作風(fēng)建設(shè)不到位\n\n作風(fēng)建設(shè)不到位也是四省的共同問題:河南“違反中央八項(xiàng)規(guī)定精神問題明目張膽與隱形變異并存,有的干部作風(fēng)虛假飄浮”;遼寧“不擔(dān)當(dāng)、不作為問題比較突出,形式主義、官僚主義積弊猶存,頂風(fēng)違反中央八項(xiàng)規(guī)定精神問題時(shí)有發(fā)生”;山東“‘四風(fēng)’問題仍然比較突出,違反中央八項(xiàng)規(guī)定精神問題依然多發(fā),有的領(lǐng)導(dǎo)干部不擔(dān)當(dāng)、不作為”;湖南“領(lǐng)導(dǎo)干部公款聚餐、收送紅包禮金等問題仍然突出”。\n\n編輯:周佳佳\n\n關(guān)鍵詞:巡視 中央 反饋 整改\n\n更多\n\n更多"',
    "czcit_college_cadre_audit_rectification_meeting_news":
        r'"学校首页\n\n我校召开2025年中层干部经济责任审计整改工作会议\n\n发布时间:2025-09-23\n\n9月23日,我校召开2025年中层干部经济责任审计整改工作会议。党委副书记、校长徐建俊出席会议,学校经济责任审计领导小组各部门负责人、被审计干部及相关部门负责人参加会议。\n\n党委委员、组织部部长李春华通报了2025年度中层干部经济责任审计情况,从七个方面梳理了审计发现的主要问题,并就整改工作进行了部署。与会人员围绕审计反馈问题进行了深入讨论。\n\n徐建俊对审计整改工作提出三点要求:一要深化整改认识,确保审计整改落实到位;二要加强部门协同,确保整改责任落实到人;三要强化财务监督,推动管理关口前移。\n\n会议现场,审计工作组向相关部门负责人送达了审计整改通知书及整改清单。 (文/沈樱 图/任文珺 审/唐岚、张煜、吴清松)"',
    "tcjjjc_guantang_middle_school_xuncha_feedback_news_zhuyaoshi":
        r'"近日,市委第一巡察组向关塘中学党委反馈巡察情况。市委第一巡察组组长朱家东代表巡察组分别向关塘中学党委副书记、校长项永华和领导班子反馈了巡察情况,项永华主持向领导班子反馈会议并作表态发言。\n根据市委统一部署,2024年7月4日至8月2日,市委第一巡察组对关塘中学党委开展了巡察。巡察组坚持以习近平新时代中国特色社会主义思想为指导,认真学习贯彻习近平总书记关于巡视工作的重要论述和考察安徽重要讲话指示精神,不断提高政治判断力、政治领悟力、政治执行力,突出以人民为中心的价值取向,深入查找政治偏差,充分发挥了监督保障执行、促进完善发展作用。市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委书记专题会报告了有关情况。\n朱家东指出,本轮巡察发现了一些问题,主要是:党组织领导的校长负责制落实不充分;全面从严治党主体责任压得不实和党建工作责任制落实不严等。\n项永华在表态发言中表示,校党委将坚决承担起整改责任,以严谨的态度、务实的作风和坚定的决心,聚焦问题根源,采取有效措施进行整改。将建立完善的问题清单、任务清单和责任清单,明确整改内容、措施和时限,确保每一个问题都能得到具体、明确的解决。\n市委第一巡察组副组长及有关同志,关塘中学党委班子成员、中层干部参加会议,其他有关人员列席会议。"',
}
TEXT = {k: json.loads(v) for k, v in RAW.items()}

URLS = {
    "blfj_yueyang_songyanghu_street_xuncha_progress_one_item_cut":
        "https://blfj.yueyang.gov.cn/61244/61253/61337/61400/content_2127941.html",
    "ppfocus_guzhen_bureau_zhengwu_gongkai_four_aspects_trad": "https://ppfocus.com/0/eda02551f.html",
    "slongcg_baoding_school_hygiene_double_random_table_8_rows": "http://slongcg.com/info/1048/3519.htm",
    "nyj_huangshi_provincial_ducha_item20_lotus_lake_notice_cut":
        "http://nyj.huangshi.gov.cn/nyzx/xzgw/202501/t20250106_1181354.html",
    "hbqj_qianjiang_huitoukan_task25_requirements_xiaohao_cut":
        "https://www.hbqj.gov.cn/sslhhbj/xwzx/gsgg/202512/t20251215_5834447.html",
    "linxiang_provincial_ducha_inner_lakes_quoted_item_done":
        "https://linxiang.gov.cn/24733/24760/24821/24847/26867/content_1756591.html",
    "dth_yiyang_datonghu_central_ducha_item8_dongting_xiaohao": "http://dth.yiyang.gov.cn/30561/30577/content_1928482.html",
    "wenmi123_masked_city_hospital_xuncha_report_eight_aspects_23_cut": "https://www.wenmi123.com/article/331978.html",
    "mmgw_fujian_court_xunshi_progress_cut_before_list": "https://mmgw.top/index/article/detail/detail_id/2914.html",
    "gxcounty_gansu_provincial_xunshi_round4_progress_publication_notice":
        "http://www.gxcounty.com/e/DoPrint/?classid=64&id=183746",
    "hyl_clean_gansu_xuncha_small_matters_news_glossed_trad_cut":
        "http://hyl-clean.cn/gslz/system/2021/08/25/012633673.shtml",
    "qqzddqwz_league_central_ducha_26th_batch_petitions_noyear":
        "http://www.qqzddqwz.com/sthjj/ztzl/tjzt/zzqsthjbhdczxlglm/mtjj/2025070218412237206/index.html",
    "universityofharmony_four_provinces_xunshi_feedback_quotes_news_trad":
        "http://universityofharmony.com/c/2018-07-24/2121522.shtml",
    "czcit_college_cadre_audit_rectification_meeting_news": "http://czcit.edu.cn/info/1055/28409.htm",
    "tcjjjc_guantang_middle_school_xuncha_feedback_news_zhuyaoshi":
        "http://www.tcjjjc.gov.cn/content/detail/67beb8c8714418640000002c.html",
}


# blfj: one item '(1)…' under '1.…情况:' (R80); the line is a heading run into its description: whole statement (R88)
_BL = TEXT["blfj_yueyang_songyanghu_street_xuncha_progress_one_item_cut"]
BLFJ = [_p(1, between(_BL, "\n(1)", "\n").rstrip("。"), "聚焦基层贯彻落实党的路线方针政策和党中央决策部署情况", measures=1)]

# ppfocus: four headings, each over one '存在問題:' (title, simplified, R89/R91) and one '整改措施:' paragraph (R96: 1)
PPFOCUS = [
    _p(None, "棚户区改造、国有土地上房屋征收信息更新较慢", "加强重点领域信息公开方面", measures=1),
    _p(None, "文件政策出台背景及依据解读过于简单,对于重点内容的解读存在简化文件内容的现象", "提升政策解读方面", measures=1),
    _p(None, "政务基层公开事项目录内容录入不够全面,内容较为单一", "完善政务公开基层标准化建设方面", measures=1),
    _p(None, "留言互动、市民咨询等回复不够迅速", "加强政务舆情回应工作方面", measures=1),
]

# slongcg: one problem per table row with a finding (R10), seq the 序号 (R75), unit the school (R102); '合格 | 无' rows skipped
_SL = TEXT["slongcg_baoding_school_hygiene_double_random_table_8_rows"]
SLONGCG = [_p(int(m.group(1)), m.group(4).rstrip("。"), units=[m.group(2)])
           for m in re.finditer(r"^(\d+) \|\n(.+?) \|\n(.+?) \|\n(.+?) \|$", _SL, re.M) if m.group(3) != "合格"]

_HS = TEXT["nyj_huangshi_provincial_ducha_item20_lotus_lake_notice_cut"]
HUANGSHI = [_p(20, between(_HS, "一、反馈问题\n\n", "\n\n二、").rstrip("。"), status="done", measures=1)]

_QJ = TEXT["hbqj_qianjiang_huitoukan_task25_requirements_xiaohao_cut"]
QIANJIANG = [_p(25, between(_QJ, "一、反馈问题\n\n", "\n\n二、").rstrip("。"), status="done", measures=2)]

LINXIANG = [_p(None, "岳阳内湖污染问题依旧突出", status="done", measures=4)]

_DT = TEXT["dth_yiyang_datonghu_central_ducha_item8_dongting_xiaohao"]
DTH = [_p(8, between(_DT, "一、反馈问题\n\n", "\n\n二、").rstrip("。"), status="done", measures=2)]

DOCS = {
    "blfj_yueyang_songyanghu_street_xuncha_progress_one_item_cut": dict(
        excerpt=True,
        genre="2 the problem section is not the first list: a 街道党工委's 巡察整改进展 (no title line, portal body only): a lead "
              "with the period, the feedback day and '20个具体问题', work sections '一、''二、' with '(一)(二)', then the answer "
              "section '1.聚焦…情况:' and its first item '(1)…' with '整改情况:'; cut in that answer",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第一巡察组", None, "2022-11-07", "2022-12-16", "2023-03-30"), headline=head(20),
        problems=BLFJ,
        anomalies=["No title line, no date line and no signature in the stored copy: title, issuer and report date null "
                   "(R33, R37, R40); kind bulletin ('现将整改进展情况予以公布', R27).",
                   "Inspected null: the feedback sentence names '我街道' (R48); 松杨湖街道党工委 is named only in the work section.",
                   "problems_total 20 ('指出了20个具体问题'; '三个方面20个问题' agrees, R65).",
                   "The '(一)(二)' work sections and '一、二、' headings are no problems; the list starts at '1.聚焦…情况:' "
                   "(category, R80) and its '(1)' item (seq 1, R75).",
                   "Category without its number and without the trailing ':' ('…决策部署情况:', R79; no earlier truth keeps a "
                   "trailing colon in a category).",
                   "The item line runs its heading '全面从严治党压力传导不到位,部分干部纪律意识淡薄。' into its description on one "
                   "line: title the whole statement without '(1)' and the final '。' (R88 SETTLED, C9).",
                   "'整改情况:制定《…实施' is cut: one undivided answer, measure_count 1 (R96, R25); status null (no done word, R95).",
                   "Cut in the first item's answer: excerpt true; the other 19 problems are not in the copy (R24)."]),
    "ppfocus_guzhen_bureau_zhengwu_gongkai_four_aspects_trad": dict(
        excerpt=False,
        genre="6 traditional-character copy + 2-like headings over labelled items: a 县 bureau's 政务公开「六提六促」 second-stage "
              "整改情况 report in traditional characters (no title line): four headings '(一)…方面' each over '存在問題:' and "
              "'整改措施:'",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=PPFOCUS,
        anomalies=["Traditional copy: titles and categories in simplified characters (R91); doc fields would keep the "
                   "page's script (all null here).",
                   "Kind bulletin: '現將第二階段整改情況匯報如下' reports rectification of a self-run campaign (R27, R67); no title "
                   "line (the text opens with '按照《…通知》'), no issuer ('我局', R37/R38), no date (R40).",
                   "Inspector and inspected null: the campaign is the bureau's own ('我局', R46/R48).",
                   "One problem per heading: the '存在問題:' text is the title (R89), the heading without '(一)' and, for "
                   "'(四) 加強政務輿情回應工作方面。', without the space and '。' is the category (R79).",
                   "Seq null: the number is the heading's, the item has none (as blind39 wenmijiayuan NEW; R78).",
                   "Each '整改措施:' is one undivided paragraph: measure_count 1 (R96); status null (no done word, R95). The doubled "
                   "'。。' in (三) is the store's.",
                   "Excerpt false: the copy ends on a whole sentence well under the store's 2,000 bytes (R5)."]),
    "slongcg_baoding_school_hygiene_double_random_table_8_rows": dict(
        excerpt=False,
        genre="2-like check results as a table: a city 卫健委's 学校卫生 双随机 监督抽查 公示 (a copy of a gov page, no title "
              "line) with a '|' table 序号/检查学校/检查结果/存在问题 of 10 rows, 8 with a finding; footer kept",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("保定市卫生健康委"), headline=head(),
        problems=SLONGCG,
        anomalies=["A check's results (R29): kind null; no title line, no date (R33, R40).",
                   "Inspector '保定市卫生健康委', the lead body of '保定市卫生健康委联合保定市教育局' (R46); inspected null (ten schools).",
                   "One problem per row with a finding (R10): rows 1,3,4,5,6,7,8,10; rows 2 and 9 ('合格' / '无') print no "
                   "finding and are no problems, the seq gaps stay (R109, R75).",
                   "Title the 存在问题 cell without its '。' (R89, R86); unit the school in the '检查学校' cell (R102 被抽查单位).",
                   "(NEW) The 检查结果 cell '限期整改' is an order to rectify, not a status (R72/R95): status null; no time limit "
                   "is given: deadline null (R107); no answer: measure_count 0 (R97).",
                   "No count of problems or schools with faults is stated: headline null (R62, R68).",
                   "The copy reaches the footer ('下一条', 备案号): excerpt false (R5)."]),
    "nyj_huangshi_provincial_ducha_item20_lotus_lake_notice_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a 市农业农村局's 公示 of one 省生态环境保护督察 反馈问题 (序号20) with the fields '一、反馈问题' "
              "'二、整改目标' '三、整改措施' '四、整改完成情况' (一是/二是); breadcrumbs and a 来源/时间 line; cut in the closing",
        kind="bulletin", title="关于第二轮省生态环境保护督察反馈问题 (序号20)整改情况的公示", issuer=None,
        report_date="2025-01-06", inspection=ins(), headline=head(),
        problems=HUANGSHI,
        anomalies=["Title as printed with its inner space (R32); issuer null: '来源:黄石市农业农村局' is metadata (R38) and the "
                   "signature is cut; report date the '时间:2025-01-06' line (R40).",
                   "One problem (R14), seq 20 from '(序号20)' (R77); category null: '一、反馈问题' is a field label (R84, C17).",
                   "Title the whole '反馈问题' paragraph without its final '。', its odd spaces ('2023 年', '只完 成', '位于 湿地') "
                   "kept (R2, R86).",
                   "Measures: the '三、整改措施' field, one sentence: 1; the '四、整改完成情况' 一是/二是 beside it is the result, not "
                   "counted (R118).",
                   "Status done from '现将我市已完成整改的…' (R93), the sentence cut in the store.",
                   "Inspector null: no 督察组 is named ('第二轮省环保督察' is the inspection); inspected null; no dates (R48, R53).",
                   "Cut in the closing sentence: excerpt true."]),
    "hbqj_qianjiang_huitoukan_task25_requirements_xiaohao_cut": dict(
        excerpt=True,
        genre="3 one task, one notice: a 局's 整改销号公示 of task 25 of a 省生态环境保护督察 回头看 (title, 发布日期/来源 line, a lead "
              "with the group, the period and the feedback day, a contact line), fields '一、反馈问题' (requirements), "
              "'二、整改目标', '三、整改措施' numbered '1、2、'; cut in the second measure",
        kind="bulletin", title="关于第一轮省生态环境保护督察“回头看”反馈问题25号整改销号公示", issuer=None,
        report_date="2025-12-10",
        inspection=ins("湖北省第五生态环保督察组", "潜江", "2020-12-21", "2020-12-30", "2021-05-08"), headline=head(),
        problems=QIANJIANG,
        anomalies=["Issuer null: '来源:潜江市水利和湖泊局' is metadata and '我局' unnamed (R38); report date '发布日期:2025-12-10' (R40).",
                   "Inspector '湖北省第五生态环保督察组' and inspected '潜江' as the sentence names them ('对潜江开展了', R46/R47); the "
                   "督察 回头看 is an inspection's stationing ('2020年12月21日至12月30日'), read as start/end like snippets10 changde, "
                   "not R53's recheck of rectification; feedback 2021-05-08.",
                   "One problem (R14), seq 25 from '反馈问题25号' / '整改任务清单25号' (R77); category null ('一、反馈问题' label, R84).",
                   "(NEW) The '反馈问题' field prints the feedback's requirements ('要立足…要结合实际,…'), not a finding: still the "
                   "task's one statement, titled whole without its final '。' (R14, R86).",
                   "Measures '1、' and '2、' (cut in '2、制定湖泊水环境修'): 2 (R96, R25).",
                   "Status done: '已完成整改' and a 销号 公示 (R94).",
                   "Cut in the second measure: excerpt true."]),
    "linxiang_provincial_ducha_inner_lakes_quoted_item_done": dict(
        excerpt=False,
        genre="4 a quoted feedback item + 3 one task: a 市河长办's 公示 of the 督察 item “岳阳内湖污染问题依旧突出” (title, 来源/发布时间 "
              "line), one paragraph of actions 一是-四是, a check result '该反馈问题已完成整改', contact lines and a signature with "
              "a date",
        kind="bulletin", title="湖南省第三环境保护督察组督察反馈“岳阳内湖污染问题依旧突出”问题整改完成情况公示",
        issuer="临湘市河长制工作委员会办公室", report_date="2020-10-23",
        inspection=ins("湖南省第三环境保护督察组"), headline=head(),
        problems=LINXIANG,
        anomalies=["Issuer the signature '临湘市河长制工作委员会办公室' (R37), not '来源: 临湘市水务局' (R38); report date the "
                   "signature '2020年10月23日' (R40/R41), equal to the 发布时间.",
                   "Inspector '湖南省第三环境保护督察组' from the title (R46); inspected null ('我市', R48); '2019年5月21日' is the "
                   "start of rectification, not of the inspection (R53).",
                   "One problem, the quoted item without its quotes and the '问题整改完成情况' wrapper (R86, R14); seq null (no "
                   "number, R78); category null.",
                   "Measures 一是-四是 in one paragraph: 4 (R96); status done ('该反馈问题已完成整改', R93/R94).",
                   "Signature lines' leading spaces and the '人:张' contact line (lost '联系') kept as returned (R2).",
                   "The copy reaches the signature: excerpt false."]),
    "dth_yiyang_datonghu_central_ducha_item8_dongting_xiaohao": dict(
        excerpt=False,
        genre="3 one task, one notice: a 管委会's '中央环保督察第8号问题整改 销号公示' (title split in two, printed again as a heading "
              "'关于中央环保督察8问题整改' / '销号公示'), fields '一、反馈问题' (lost characters) '二、整改目标' '三、整改措施及完成情况' "
              "(一是/二是) '四、下一步工作打算', a signature with a run-together date '20201125'",
        kind="bulletin", title="关于中央环保督察第8号问题整改 销号公示", issuer="益阳市大通湖区管理委员会",
        report_date="2020-11-25", inspection=ins(), headline=head(),
        problems=DTH,
        anomalies=["Title the first title line with its inner space (R32, R35); issuer the signature (R37), not "
                   "'信息来源:大通湖区管委会' (R38).",
                   "Signature date '20201125' lost 年/月/日: read 2020-11-25 (R45 run-together form, R61), as the 发布时间.",
                   "Inspector null: '中央环保督察' names no group (R48); no dates.",
                   "One problem seq 8 ('第8号问题', R77), category null (field label, R84); title the '反馈问题' paragraph without "
                   "its '。', its lost characters ('2013年相比' without 与, '洞庭湖类水质' without the class) kept (R2).",
                   "Measures 一是/二是 of '三、整改措施及完成情况': 2 (R96); the '四、下一步工作打算' is not counted (R98); status done "
                   "(销号 公示, R94).",
                   "The copy reaches the signature and the page's footer: excerpt false."]),
    "wenmi123_masked_city_hospital_xuncha_report_eight_aspects_23_cut": dict(
        excerpt=True,
        genre="5 figures, no list: a 范文 site's masked ('xx市') 市人民医院党委 巡察整改情况的报告 (title printed twice), a lead with "
              "the period and the feedback day, '(一)巡察反馈意见主要内容' naming '八项23个问题' in one ';' sentence; cut in "
              "the organisation section",
        kind="bulletin", title="市人民医院党委关于巡察整改情况的报告", issuer="市人民医院党委", report_date=None,
        inspection=ins("第一巡察组", "xx市人民医院党委", "2021-04-19", "2021-06-15", "2021-08-23"), headline=head(23),
        problems=[],
        anomalies=["Title printed twice: the first (R35); kind bulletin (…整改情况的报告, R31); issuer from the title (R37); no "
                   "date (R40).",
                   "Inspector '第一巡察组' as printed (R46; '市委第一巡察组' appears later); inspected 'xx市人民医院党委' as the "
                   "feedback sentence names it, masked as printed (R47, R2).",
                   "'8月23日' after the period's end in June takes the period's year: 2021-08-23 (R58).",
                   "problems_total 23 from '八项23个问题' (R64 the most specific level).",
                   "The feedback's problems are named in one ';' sentence of the report's summary: no problem list (R19).",
                   "Cut in the organisation section ('院党委始终把巡察问题'): excerpt true."]),
    "mmgw_fujian_court_xunshi_progress_cut_before_list": dict(
        excerpt=True,
        genre="7 dates and parties in prose: a copy of the 福建省高级人民法院 巡视整改进展 (no title line; a '来源:…2022-02-2209:00' "
              "line run together with its time), the lead naming the group, the body, the period and the feedback day; cut "
              "in '一、巡视整改工作总体推进情况' before any problem",
        kind="bulletin", title=None, issuer=None, report_date="2022-02-22",
        inspection=ins("省委巡视七组", "省法院党组", "2021-03-25", "2021-04-27", "2021-06-17"), headline=head(),
        problems=[],
        anomalies=["No title line (R33); issuer null: '来源:福建省高级人民法院网站' is metadata (R38); kind bulletin ('现将巡视整改"
                   "进展情况予以公布', R27).",
                   "Report date from the run-together line '2022-02-2209:00' (date 2022-02-22, time 09:00; R40/R45).",
                   "Inspector '省委巡视七组', inspected '省法院党组' as printed (R46/R47); start 2021-03-25, end 2021-04-27, "
                   "feedback 2021-06-17; '2021年6月18日', '6月25日', '7月29日' are rectification meetings (R53).",
                   "Cut before the first problem: [] (R21); no figures."]),
    "gxcounty_gansu_provincial_xunshi_round4_progress_publication_notice": dict(
        excerpt=False,
        genre="7 parties in prose / near miss: the 甘肃省委巡视办's notice (a print view) that the 第四轮巡视 progress reports "
              "are published on another site, signed and dated, followed by the seven groups' lists of bodies",
        kind=None, title=None, issuer="中共甘肃省委巡视工作领导小组办公室", report_date="2025-07-31",
        inspection=ins(), headline=head(),
        problems=[],
        anomalies=["(NEW) A notice that progress reports are published elsewhere reports no rectification itself: kind null "
                   "(R27 needs rectification reported; R30), like R112's 公示 without rectification.",
                   "No title line (R33); issuer and report date from the signature '中共甘肃省委巡视工作领导小组办公室 / 2025年7月31日' "
                   "(R37, R40).",
                   "Seven groups over 40+ bodies: inspector and inspected null (no one subject, R48; as R56 for feedback); "
                   "'2024年4月至7月' is month-only: no dates (R53).",
                   "The group lines '省委第一巡视组:兰州市城关区…' list bodies, not problems: [], no figures (R68 bodies).",
                   "The copy ends on the seventh group's line: excerpt false."]),
    "hyl_clean_gansu_xuncha_small_matters_news_glossed_trad_cut": dict(
        excerpt=True,
        genre="6 traditional copy with pinyin glosses, near miss: a news round-up '甘肅:高質量推進巡察問題整改' telling two stories "
              "of problems 巡察组 found and had fixed (a village's pipes before spring ploughing, a town's toilets); cut mid-word",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[],
        anomalies=["News (R30): kind null; the headline '甘肅:高質量推進巡察問題整改' is a news title, not a document's (R34).",
                   "Pinyin glosses '(nian)', '(kuai)(kuai)', '(xun)(xun)' kept as returned (R2).",
                   "(NEW) A round-up telling two found-and-fixed problems of different bodies: [] (R19 news over many bodies); "
                   "R108's one-problem news does not apply to a round-up of stories.",
                   "Inspector null (two different 巡察组 of two counties); '4月中旬', '今年5月' have no year and are no periods "
                   "(R53, R60); '4.3萬畝' is no figure (R68).",
                   "Cut mid-word ('問題得到(d'): excerpt true."]),
    "qqzddqwz_league_central_ducha_26th_batch_petitions_noyear": dict(
        excerpt=False,
        genre="near miss (R17): a 盟 生态环境局's note on the 26th batch of 中央环保督察 信访举报件 handed down, with counts of "
              "petitions handled and a table link; no year; WeChat share lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[],
        anomalies=["信访(举报)件 are never problems and their counts never figures (R17; '38件', '已办结15件' stay out).",
                   "Kind null as snippets21 chifeng_17th_batch_petitions_noyear (the same 边督边改 batch genre).",
                   "'7月2日' has no year in the text (only the url has 2025): no date (R60); inspector null (the 督察组 inspects "
                   "the region; the note reports petitions, not an inspection of one body).",
                   "The copy reaches the share lines: excerpt false."]),
    "universityofharmony_four_provinces_xunshi_feedback_quotes_news_trad": dict(
        excerpt=False,
        genre="6 traditional copy with glosses, near miss: a copied 央视新闻 item '十八大以來,這四個(gè)省被巡視了3次' on the 中央巡视 "
              "feedback of four provinces, each province's fault quoted in one ';' sentence under a numbered news "
              "subheading; editor and keyword footer",
        kind=None, title=None, issuer=None, report_date="2018-07-24",
        inspection=ins(), headline=head(),
        problems=[],
        anomalies=["News (R30): kind null; the headline is a news title, not a document's (R34); report date the page's "
                   "date line '2018年07月24日 13:43' (R40), not the '7月22日' of the feedback's publication.",
                   "Glosses '(gè)', '(dān)(dāng)' kept as returned (R2).",
                   "Each province's quoted fault is per-body unnumbered prose in one sentence: not labelled (R20 putuo; R19); "
                   "'1' above '四省問題有共性…' numbers a news subheading, not a problem.",
                   "'14個省區和10個副省級城市', 'four provinces' are bodies, '3次' inspections: no figures (R68); inspector null "
                   "(the 中央巡视 round over 24 bodies, R48).",
                   "The copy reaches the editor and keyword footer: excerpt false."]),
    "czcit_college_cadre_audit_rectification_meeting_news": dict(
        excerpt=False,
        genre="near miss (audit news): a college's news of its 中层干部经济责任审计整改 meeting (breadcrumb, headline, 发布时间): "
              "the audit's problems 'from seven aspects' reported without a statement, three requirements '一要…三要', a "
              "byline",
        kind=None, title=None, issuer=None, report_date="2025-09-23",
        inspection=ins(), headline=head(),
        problems=[],
        anomalies=["News of a meeting (R30): kind null; the headline is a news title (R34); report date '发布时间:2025-09-23' (R40).",
                   "'从七个方面梳理了审计发现的主要问题' names kinds, no problem and no count (R23, R68): [], no figures.",
                   "'一要…三要' are the president's requirements, not problems or measures (R98).",
                   "Inspector null: the audit of middle-level cadres names no auditing body ('审计工作组' only delivers notices, R48).",
                   "The copy reaches the byline: excerpt false."]),
    "tcjjjc_guantang_middle_school_xuncha_feedback_news_zhuyaoshi": dict(
        excerpt=False,
        genre="7 dates and parties in prose, near miss: a city 纪委 site's news of a 市委巡察组's feedback to a middle school's "
              "Party committee: the group, the body and the stationing period in prose, the problems named in one "
              "'主要是:…;…等' sentence, the principal's pledge",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第一巡察组", "关塘中学党委", "2024-07-04", "2024-08-02"), headline=head(),
        problems=[],
        anomalies=["Feedback news with no rectification reported: kind null (R30, C20 null side); no title, issuer or date "
                   "line in the stored copy (R33, R40).",
                   "Inspector '市委第一巡察组', inspected '关塘中学党委' as the sentence names them (R46/R47); period "
                   "'2024年7月4日至8月2日' (R50); feedback day only '近日': null (R55).",
                   "Problems named in one '主要是:…;…等' sentence: no list (R19).",
                   "The pledge's '问题清单、任务清单和责任清单' are plans, not figures or measures (R68, R98).",
                   "The copy reaches the attendance line at the end: excerpt false."]),
}

EXPECTED = {
    "blfj_yueyang_songyanghu_street_xuncha_progress_one_item_cut": 1,
    "ppfocus_guzhen_bureau_zhengwu_gongkai_four_aspects_trad": 4,
    "slongcg_baoding_school_hygiene_double_random_table_8_rows": 8,
    "nyj_huangshi_provincial_ducha_item20_lotus_lake_notice_cut": 1,
    "hbqj_qianjiang_huitoukan_task25_requirements_xiaohao_cut": 1,
    "linxiang_provincial_ducha_inner_lakes_quoted_item_done": 1,
    "dth_yiyang_datonghu_central_ducha_item8_dongting_xiaohao": 1,
    "wenmi123_masked_city_hospital_xuncha_report_eight_aspects_23_cut": 0,
    "mmgw_fujian_court_xunshi_progress_cut_before_list": 0,
    "gxcounty_gansu_provincial_xunshi_round4_progress_publication_notice": 0,
    "hyl_clean_gansu_xuncha_small_matters_news_glossed_trad_cut": 0,
    "qqzddqwz_league_central_ducha_26th_batch_petitions_noyear": 0,
    "universityofharmony_four_provinces_xunshi_feedback_quotes_news_trad": 0,
    "czcit_college_cadre_audit_rectification_meeting_news": 0,
    "tcjjjc_guantang_middle_school_xuncha_feedback_news_zhuyaoshi": 0,
}
assert set(EXPECTED) == set(DOCS) == set(TEXT) == set(URLS), set(EXPECTED) ^ set(DOCS)

TRAD = {"ppfocus_guzhen_bureau_zhengwu_gongkai_four_aspects_trad"}
# the traditional copy's lines whose simplified form is each title (checked by hand with opencc t2s, R91)
TRAD_SOURCE = {
    "棚户区改造、国有土地上房屋征收信息更新较慢": "棚戶區改造、國有土地上房屋徵收信息更新較慢",
    "文件政策出台背景及依据解读过于简单,对于重点内容的解读存在简化文件内容的现象":
        "文件政策出臺背景及依據解讀過於簡單,對於重點內容的解讀存在簡化文件內容的現象",
    "政务基层公开事项目录内容录入不够全面,内容较为单一": "政務基層公開事項目錄內容錄入不夠全面,內容較為單一",
    "留言互动、市民咨询等回复不够迅速": "留言互動、市民諮詢等回復不夠迅速",
    "加强重点领域信息公开方面": "加強重點領域信息公開方面",
    "提升政策解读方面": "提升政策解讀方面",
    "完善政务公开基层标准化建设方面": "完善政務公開基層標準化建設方面",
    "加强政务舆情回应工作方面": "加強政務輿情回應工作方面",
}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by a different route than the reading above."""
    if stem.startswith("blfj"):
        return len(re.findall(r"^\(\d+\)", text, re.M))
    if stem.startswith("ppfocus"):
        return text.count("存在問題:")
    if stem.startswith("slongcg"):
        return text.count("限期整改 |")
    if stem.startswith(("nyj_huangshi", "hbqj", "dth")):
        return text.count("一、反馈问题")
    if stem.startswith("linxiang"):
        return len(set(re.findall(r"“([^”]*问题[^”]*)”", text)))
    return 0


def recount_measures(stem: str, text: str) -> list:
    if stem.startswith("blfj"):
        return [text.count("整改情况:")]
    if stem.startswith("ppfocus"):
        return [len(re.findall(r"^整改措施:", b, re.M)) for b in text.split("存在問題:")[1:]]
    if stem.startswith("nyj_huangshi"):
        return [len([x for x in between(text, "三、整改措施\n\n", "\n\n四、").split("\n\n") if x])]
    if stem.startswith("hbqj"):
        return [len(re.findall(r"^\d、", text.split("三、整改措施")[1], re.M))]
    if stem.startswith("linxiang"):
        return [len(re.findall(r"[一二三四五六七八九]是", text))]
    if stem.startswith("dth"):
        return [len(re.findall(r"[一二三四五六七八九]是", between(text, "三、整改措施及完成情况", "四、")))]
    return [0] * EXPECTED[stem]


def _date_forms(y: int, m: int, d: int) -> tuple:
    """A date as this set's pages print it: ISO, 'M月D日', or 'YYYYMMDD' with its 年/月/日 lost (dth)."""
    return f"{y}-{m:02d}-{d:02d}", f"{m}月{d}日", f"{y}{m:02d}{d:02d}"


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: measures as recounted; titles (a traditional copy's as its
    TRAD_SOURCE line) in the text without line breaks, none ending in '。' or ';'; categories, units and the document
    fields as written, dates in one of _date_forms."""
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == recount_measures(stem, text), (stem, recount_measures(stem, text))
    assert not any(p["title"].endswith(";") for p in probs), stem
    if stem in TRAD:
        probs = [{**p, "title": TRAD_SOURCE[p["title"]], "category": p["category"] and TRAD_SOURCE[p["category"]]}
                 for p in probs]
    check_problems(stem, probs, text.replace("\n", ""), no_stop=True, category_in=text, units_in=text)
    check_doc(stem, d, text, date_forms=_date_forms, report_forms=_date_forms)


def main() -> None:
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=17, urls=URLS)
    measures = sum(p["measure_count"] for d in DOCS.values() for p in d["problems"])
    assert measures == 14 and len(DOCS) == 15, (measures, len(DOCS))
    print(f"blind40: {len(DOCS)} documents, 17 problems, {measures} measures")


if __name__ == "__main__":
    main()
