"""Write the texts and truth files of tests/importer/real/blind54: a held-out set of real pages (session 24), labelled
on 2026-12-07 (09:23-09:37 UTC by the machine clock) by helper label69, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude /work/wt/label69) when found and again before the commit; a distinctive phrase of each
page ('蒋家嘴断面', '清境地區', '登革熱疑似病例', '第五次督查情况通报', '營區汙水', '大韩庄垃圾填埋场', '霍州市生活垃圾处理场',
'洞庭清波' (only blind48's list of pages it declined), '第十六批涉及巴彦淖尔市', '第五督导组反馈问题整改方案',
'累计清理非法畜禽养殖') was grepped in
/work/main/tests/importer and /work/shared/corpus: no labelled copy. (One early grep ran over the whole of
tests/importer, test files included, and listed file names only; later greps skipped test_*.py and the run tables.)

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C41) and make_truths.py (head/ins/problem);
structure after make_truths_blind51.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): masks ('****年', '**镇', 'XXX', 'x条'), spam lines spliced into a
traditional news item, a porn-free spam mirror's chrome, portal chrome kept. Each cut copy decodes to 1,995-1,999 UTF-8
bytes (the store's limit), a check that nothing was dropped or doubled in the pasting; the four whole copies are short.

Brief (blind54): rectification of 督察 / 督导 / 巡视 feedback told task by task (中央/省生态环境保护督察 整改 公示, 验收销号
公示, 边督边改, quoted feedback items with what was done, 国土/自然资源 督察, 安全生产 督导, 教育督导), at most a third near
misses, many wordings, bodies, provinces and years.

Exhaustion: 60 queries (8 results each), among them: 中央生态环境保护督察 整改任务 验收销号 公示 第项; 督察反馈指出 整改落实情况
已完成整改 公示; 省生态环境保护督察反馈问题 整改完成情况 公示 序号; 自然资源督察 耕地 问题整改 公示; 环保督察反馈问题 整改结果公示
整改目标 整改完成情况 特此公示; 边督边改 整改情况 交办问题; 土地例行督察 反馈问题 整改; 长江经济带警示片 披露问题 整改销号; 安全生产督导组
反馈问题 整改落实情况; 关于中央环保督察反馈问题第项整改完成情况的公示; 教育督导 整改通知书; 绿盾 问题点位 销号 公示; 海洋督察 围填海 整改
销号; 省级督察 整改任务 序时推进; 督察组指出 养殖 污水 销号; 违法占用耕地 图斑 督察 复耕; 环保督查 问题整改 情况报告; 整改销号 公示
具体问题 整改成效; 回头看 反馈问题 长期坚持; 县人民政府 问题1 整改情况; 督学 督导意见书 幼儿园; 督察组通报典型案例 回应; 督察反馈问题
整改进展情况一览表; 督查发现问题整改情况的报告; 省委巡视组反馈意见 整改进展 通报; 安委会 综合督导 整改清单; 镇 畜禽养殖 督察 汇报; 我县涉及问题
问题一; 督导组 发现以下问题 一是; 整改进度:已完成; 问题描述 验收意见 同意销号; 国家自然资源督察 违法用地 拆除; 生态环境问题整改销号公示 问题编号;
学校 督导反馈问题 整改报告; 突出生态环境问题整改验收销号公示 整改实施主体; 统计督察反馈意见 整改; 扫黑除恶督导组 反馈问题 整改; 河湖 暗访督查
清单; 医院 督导组反馈问题; 督察组交办问题 整改情况说明; 督查反馈问题整改情况的回复; 督察整改 验收 专家组 同意销号; 督察组 典型案例 敷衍整改;
暗访督查 曝光 乡镇; 督导检查情况通报 卫生院; 监察院 纠正案 处理进度; 垃圾填埋场 渗滤液 通过验收 销号; six traditional-character wordings
(督察反饋問題, 督導組 學校, 銷號 公示, 回頭看 督察組 發現, 督察反饋指出 然而, 陽奉陰違 頂風作案). 155 distinct candidate urls checked with
known_urls.py: 101 KNOWN, 54 NEW. The genre's centre is exhausted: the one-task 公示 (tdq.siping 序号十, czx24 东丽 第7项,
ixbang 海洋督察 序号, suma 宿马 three, jindianhuida 澄城), the quoted-feedback lists (zhuangpeitu 湖北 回头看 清单, dieshihui 城中区),
the county/city 督察 整改 reports and their news (ilynn 南宁, ezhou 简报, liaocheng, 3xmt 四川, qj 陆良, chinacrane, arvrreview,
xny365, 7310413, cnhan), 边督边改 petitions (nmg, chifeng, tongliao), statistics 督察 feedback (铁岭, 黑河, 武清, 延边, 扬州, 浙江,
mlwch), 自然资源部 典型问题 notices (beijingleather, nr.gd, xpdjnkj; gua166 and xnmqgh are copies of that notice, R4) and the 回头看
典型案例 round-ups (csgzkj, feifmx 荆州, hg87897, xngtop) all answered KNOWN. What was new with printed findings: a city bureau's
督导 of one 中央督察 feedback item, two 监察院 糾正案 pages, a county 创卫 复审 督查通报 (文档 card, masked), a 监察院 糾正 news item
on a spam mirror, two round-ups of 中央督察 typical cases (垃圾 by fault; 2025 第四批), and one 东莞 one-task 整改 公示 on a mirror
(glossed, misdecoded field numbers; its byte length checks the paste).

Declined, new by key: 51358.com.cn (回头看 round-up quoting '2017年7月,中央環保督察反饋指出,…綏中縣…', the genre's centre: its
stored copy decodes to 1,752 bytes though cut mid-sentence, so invisible characters of the mirror are likely lost in any
hand paste; not taken for R2); feifmx 38879189_2 (鍾祥 case, traditional with pinyin glosses on a doubled-comma mirror:
copying risk); cnzymh (回头看 commentary under a pornographic spam header); m.csgzkj (KNOWN); 17huanbao 169550 (回头看 垃圾
round-up: a one-sentence lead of three places and a cut second case; left out to keep near misses and judgement calls
down); multimedia.cy.gov.tw News_Content 19569 and 3337 (監察院 monthly/1998 糾正 news: a third and fourth page of one site,
the cap is two); jianpian 1327gpy6 (a 责任督学's visit, no finding), moupo (国务院安委办 明查暗访 共性问题 一是/二是 in one
paragraph, R19), dq27, mnr 长治 驻点, ne21 海南 绿盾, xzylj, tech.jiangsulong, m.yyykp 两违, big5.cri 延吉, bbs.gdmm, m.fqjz1,
xiantao, miluo, sznianjian, mswk (畜禽 整改对象 named without faults), m.pg361, m.nxhuan, hdxq.suining, ysyy, fenleilaji,
0ie.xaduxxz (a spun copy of the 2025 case notice), yangbi (创卫 督查 问题清单 notice cut before its list), thefilledlantern,
xuexila, taowenge, mingpaocanada (news, counts or no finding: near misses beyond the third).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
- changde_fgw_jiangjiazui_section_ducha_followup_one_problem (null; 1 problem, done, measures 0): a 常德 发改委-led 督导 of
  one 中央督察 feedback item ('蒋家嘴断面水质问题'), R108; unit 汉寿县 (R104).
- cy_gov_tw_correction_case_nantou_qingjing_open_trad (null; 1, in_progress, 0): one 監察院 糾正案 record (2017), 尚未結案.
- cy_gov_tw_correction_list_2016_rows_trad_cut (null; 2, done, 0 each): a page of the 糾正案 list, two rows '已結案', the
  third cut after naming its body (R126).
- sixdgww_county_health_review_fifth_ducha_notice_masked_cut (null; 19, measures 0): a county 爱卫办 督查情况通报, headings
  软件资料 (5) / 农贸市场 (1, seq null) / 客运站 (6) / **商业广场 (3) / 城区医疗机构 (4, the last cut). s25, lead: C42 —
  now 5 (one per numbered place/aspect item, its findings joined; seq 1-5, category 存在的问题).
- yes99_control_yuan_defence_sewage_correction_spam_trad (null; 2, 0 each): a 監察院 糾正 of 國防部 in a spam-spliced news copy.
- envirunion_central_ducha_landfill_cases_by_fault_cut (null; 8, 0 each): 中央督察 垃圾 cases by fault, 7 places under
  渗滤液 and 1 (cut) under 焚烧发电.
- eastmoney_central_ducha_batch4_cases_shanxi_ningxia_cut (null; 2, 0 each): 第三轮第四批 cases 山西 and 宁夏 (2025).
- yueyang_county_dongting_xuncha_progress_cut_before_list (bulletin; 0, near miss): 岳阳县 巡察整改进展 公布, 16 problems
  stated, cut at the first category (blind48 listed it among pages it declined; not labelled before).
- bynr_bayannur_central_ducha_petitions_batch16 (bulletin; 0, near miss): 边督边改 petitions handled, R17/R169.
- xiexiebang_saohei_duodao_feedback_report_masked_cut (bulletin; 0, near miss): a masked 扫黑除恶 督导 feedback report.
- velada_dongguan_ducha_task_ban_zone_farms_mojibake_trad_cut (bulletin; 1, done, measures 1): a 东莞 one-task 督察整改
  公示 (禁养区 养殖场), glossed and partly misdecoded; units from its 責任單位 field, deadline '2019年6月底,立行立改,持续整改'.
Totals: 11 documents, 36 problems (reading) = 36 (regex recount in main()); 22 since s25 (C42: sixdgww 19 -> 5); measures: 1 (velada's one 整改措施 field),
every other measure_count 0 (no other document prints an answer per item; recounted by reading each text: no
一是/1. answer under any problem, R97). Near misses 3 of 11.

Judgement calls (NEW marked; each also in the truth's anomalies):
- (NEW) cy5135: a 監察院 糾正案 record read as a one-task notice (R14 by analogy): its 案由 the one finding without the
  proposers and the verdict; '尚未結案' → in_progress; inspector the two proposing members as printed (no 監察院 printed);
  report date the 公告日期 (R45 ROC, as snippets14).
- (NEW) cyp37: a 糾正案 list row as a problem (R10 table rows), '已結案' → done (R155); the row's ';' clauses one case; the
  cut third row named only its body (R126). '104年' kept at the head of the first title (it dates the case, no lead-in
  phrase; C40 records the split on time lead-ins).
- (NEW) yes99: one body's 糾正 in two paragraphs → two problems (R141 one per paragraph, spam kept out of titles); the
  first titled by its fault clause after ';' because spam lines split the lead-in; not C36's single sentence.
- sixdgww: the card heading without its card number (R35); headings run into 一是 items as categories (R79/R82), seq 1..
  (R76a); 农贸市场's single statement seq null (R138); 客运站 三是 kept as one item though it joins a second place's fault
  with ';' (R7 over R162 inside a numbered item); masks kept in the category ('**商业广场', R2). Superseded on
  2026-12-07 (s25, lead: C42): one problem per numbered item '(一)…(五)', titled the whole item (R11/R137, R88), seq
  1-5 (R75), category '存在的问题' (R79); the other fields unchanged.
- envirunion: R140/R10 round-up, '在' dropped; the '比如' paragraphs the same problems (R13); units [] (places, R103).
- (NEW in shape) eastmoney: a news copy of a typical-case notice: one problem per '督察发现,' case paragraph (C40 majority
  extent), the facility paragraphs the case's facts (R13); 山西 names several cities → units [] (R152), 宁夏 吴忠市 (C31).
- changde: inspector the inspection whose feedback is rectified ('中央生态环境保护督察'), the checking 督导组 no inspection
  of this document (R53); measures 0 for '通过治理' (C27's 0 side: no action named).
- bynr: title the attached table's heading printed as the last line (R36; NEW that it stands after the text); kind
  bulletin (C34 recommendation).
- velada: the first 責任單位 phrase '各園區、鎮(街道)黨委、政府' kept whole (schema exception analog); the deadline
  simplified without its gloss like the other problem fields (R91); measures 1 though the 整改措施 field's head is
  misdecoded.
- xiexiebang: inspector null (masked names only, R178; C37 undecided); '17条共性问题' one part of a masked whole: no total.
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind54"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "changde_fgw_jiangjiazui_section_ducha_followup_one_problem": r'''"市发展改革委赴汉寿县蒋家嘴进行现场督导核查\n为切实做好中央生态环境保护督察反馈意见指出蒋家嘴断面水质问题整改销号工作,近期,市发展改革委联合市生态环境局、市农业农村局等部门,赴汉寿县开展蒋家嘴断面水质问题整改督导工作。\n督导组一行首先到蒋家嘴断面水质监测点和水环境治理工程点,现场查看了断面水质及周边环境,了解断面水质标准、水质监测、水环境治理等相关情况。\n现场检查\n随后督导组召开了问题整改工作座谈会,听取汉寿县汇报问题整改情况,并查看了2017-2020年每月水质监测数据及相关整改资料。\n座谈会现场\n通过治理,目前蒋家嘴断面水质除总磷外,其他指标均优于Ⅲ类,已到达整改考核要求。\n账号+密码登录\n还没有账号?\n立即注册"''',
    "cy_gov_tw_correction_case_nantou_qingjing_open_trad": r'''"類 別: |\n糾正案文 |\n審議日期: |\n106/03/09 |\n公告日期: |\n106/03/24\n|\n字 號: |\n106內正0007 |\n案 由: |\n劉委員德勳、蔡委員培村提,南投縣政府對於清境地區未落實實施使用現狀調查及管制,復未積極主動查報、制止及取締山坡地違規使用行為、派員巡視檢查水土保持處理與維護情形,造成該地區民宿違反土地使用管制及山坡地違規使用情形嚴重;且該府未落實既存違章建築分類分期處理,並縱容大型違章建築持續存在,導致民宿違章建築氾濫;另,該府「清境地區違規聯合稽查小組」巡查強度明顯不足,多年來復未能統合確定「清境地區」列管範圍並建立列管系統,致各單位間對於民宿違規營業行為及違章建築處理欠缺標準作業流桯及統一列管機制,無法確切掌握清境地區民宿發展情形,亦肇致未合法登記之旅宿業者眾多,甚至合法登記之民宿業者多有違章建築及擴大經營情事,然因該府裁處成效不彰,任令民宿持續違規經營,影響該地區環境與景觀甚鉅,以上均有違(怠)失,爰依法提案糾正。 |\n機關改善情形: |\n|\n案件狀態: |\n尚未結案 |\n本案文件: |\n糾正案清境民宿(外網).doc\n糾正案清境民宿(外網).pdf\n|\n調查報告: |\n連結\n|"''',
    "cy_gov_tw_correction_list_2016_rows_trad_cut": r'''"跳到主要內容區塊\n審議日期案號文件案由檔案下載調查報告新聞稿/簡報處理進度\n105/10/06105內正0023章委員仁香、江委員綺雯、方委員萬富提,104年臺南市政府於入夏第1例登革熱疑似病例通報及確診後,未能確實有效並及早發現孳生源;而在噴藥實施上,各行政區化學防治各行其是,用藥紊亂;各區級指揮中心開設成立時間不一,並有晚於該市疫情指揮中心之情事,防疫指揮體系紊亂;又因該府環保局施藥人員專業訓練過晚,無法有效配合各階段化學防治措施之執行,且家戶防治亦出現任由民眾自行施藥之亂象;另對各行政區之社區動員情形未能掌握,疑有延宕且頻率過低,且防疫期間社區動員進行孳生源清除工作執行不力,致疫情無法有效控制,均核有疏失,爰依法提案糾正。...詳全文糾正案登革熱(外網).doc 糾正案登革熱(外網).pdf 連結已結案\n機關改善情形\n105/10/06105內正0024江委員明蒼、林委員雅鋒、楊委員美鈴提,內政部營建署受託辦理臺灣嘉義地方法院及臺灣嘉義地方法院檢察署辦公大樓新建工程監造及興建工程,未切實依約辦理監造及工程查驗,致嘉義地院及地檢辦公大樓皆發生外牆石材脫落危及公共安全及滲漏水等多項工程缺失;該署於辦理嘉義地檢建築工程未適時繳還代辦工程結餘款,且擅自挪用,辦理過程核與預算法等規定不符,另未能適時依契約採取更積極之作為,督促榮工公司儘速妥善解決施工缺失,並怠於追究廠商相關責任,致外牆石材掉落問題及各項工程缺失延宕迄今未能妥適處置,均核有違失,爰依法提案糾正。...詳全文嘉義地院檢案糾正案文上網.doc 嘉義地院檢案糾正案文上網.pdf 連結連結已結案\n機關改善情形\n105/10/06105內正0025林委員雅鋒、尹委員祚芊提:臺北市政府於民國57年及62年間徵收重測前該市"''',
    "sixdgww_county_health_review_fifth_ducha_notice_masked_cut": r'''"公文高手,超级方便的公文写作神器! 立即了解\n\n\n关于迎接新省级卫生县城复审第五次督查情况通报2\n\n关于迎接省级卫生县城复审第五次督查情\n\n况通报\n\n经开区管委会,各乡镇人民政府,县级各部门:\n\n****年6月29日县爱卫办牵头,****局、****局、****局、****镇参加卫生县城复审专项督查,现将督查情况通报如下。\n\n一、工作亮点\n\n(一)**镇各社区卫生县城相关宣传氛围浓厚\n\n(二)社区健康教育宣传栏内容丰富、翔实\n\n(三)**社区开展“卫生死角”专项整治行动取得实效\n\n二、存在的问题\n\n(一)软件资料一是部分部门未按要求分别准备2014年以来每年省级卫生县城档案资料;二是未按照《**省卫生县城标准》的要求将开展工作情况资料归整装档;三是缺少工作计划,工作总结,爱卫工作会议记录等;四是缺少相关专项整治行动作为复审工作的有力支持;五是未建立省级卫生县城复审问题台帐\n\n(二)农贸市场。城区农贸市场功能分区不完善,管理混乱,脏乱差的情况无明显好转,特别是活禽宰杀区、水产品区管理无序,脏乱差,臭味难闻。\n\n(三)客运站一是无健康教育专栏、健康教育宣传资料;二是候车大厅内有人吸烟无人劝阻,烟蒂、垃圾随地可见保洁较差;三是副食超市商品摆放不够整齐,部分商品曝露于阳光直晒下存在安全隐患;车站食店未取得任何营业证照,卫生状况堪忧;四是社会车辆停车区域车辆停放不整齐;五是绿化带植物枯死较多影响美观;六是卫生县城宣传氛围不浓\n\n(四)**商业广场一是车辆乱停乱放;二是占道经营管理混乱;三是创卫宣传氛围不浓\n\n(五)城区医疗机构一是部分医院无健康教育专栏、健康教育宣传资料;二是部分医院未设置发热门诊、腹泻门诊或设置不规范,无人值守;三是院内区域有吸烟行为无人劝导;四是创卫宣传"''',
    "yes99_control_yuan_defence_sewage_correction_spam_trad": r'''"監察院今天指出,\n台中印表機\n,國防部督導所屬國軍各單位辦理營區汙水處理,\n新竹泥做\n,雖歷經數年改善,\n清潔\n,但成效有限,\n近視改善方法\n,營區汙水已接入公共汙水下水道或自設完善汙水設施的比例,\n台中洗水塔\n,僅占國軍營區總數的百分之十一點六,\n消防器材推薦\n,其餘營區僅經化糞池等簡易設施處理,\n不動產拍賣\n,即直接排放至溝渠;部分營區的汙水處理設施不良、維護管理不善、放流水水質不符法令規定,\n徵信社費用\n,恐有汙染下游水庫或附近水域水質之虞。\n監院說,國防部已逾八個月未就審計部查核事項予以函復,處理監院函詢過程亦有延宕情事,相關函文遭承辦人擱置一段時日,公文稽催系統催辦後,才上簽說明待辦事項需時,來文先予存參,惟續處情形則無相關管考機制等均核有失當,因此依法提案糾正。,"''',
    "envirunion_central_ducha_landfill_cases_by_fault_cut": r'''"一、垃圾渗滤液积存、直排\n9个“垃圾”案例中,有7个都存在渗滤液问题。\n在青海海北州,有部分垃圾填埋场设置暗管,渗滤液直排环境。在天津津南区,大量渗滤液长期积存,环境风险突出。\n在云南景洪市,垃圾渗滤液处理设施多次、长时间停运,直排污染环境。在广西北海市,当地长期违规倾倒垃圾渗滤液至市政管网,部分垃圾渗滤液超标直排外环境。\n在河南新乡市,渗滤液巨量积存,渗漏污染问题突出。在广东清远市,渗滤液大量积存,环境污染问题突出。在湖北孝感市,渗滤液直排时有发生,环境风险隐患突出。\n这里边,主要是两大类问题——渗滤液积存和渗滤液直排环境。\n比如,天津市大韩庄垃圾填埋场仅有1套每日处理150吨的渗滤液处理设施,且因设备老化、工艺缺陷无法正常运行。受此影响,2019年不得不在场内临时新建7个累计容量20余万吨的贮存池,但仅1年多时间就已全部存满,2020年8月不得不再次新建1个4万吨渗滤液临时储存池。\n截止督察组进驻时,该场垃圾渗滤液积存量已高达26万吨,环境风险突出。\n▼渗滤液长期积存\n\n再比如,广西北海市生活垃圾填埋场渗滤液处理能力严重不足,2016以来,该填埋场在未经任何部门审批同意的情况下,私自将垃圾渗滤液转运至工业园区垃圾转运站,利用专门设置的隐蔽倾倒点,偷排至市政管网。\n过去五年,该场已经累计偷排达53.56万吨,仅2020年就偷排高达18.4万吨,性质极其恶劣。\n总之,垃圾渗滤液问题已经得到了中央生态环保督察组的高度重视,成为了每次督察的重点。\n二、垃圾焚烧发电项目建设滞后\n除了渗滤液问题,督察组对各地的垃圾焚烧发电项目建设进展也非常关注。\n在湖南湘西州,督察组指出,湘西州计划建设2个垃圾焚烧发电项目,但进度严重滞后,一拖再拖,导致州内小"''',
    "eastmoney_central_ducha_batch4_cases_shanxi_ningxia_cut": r'''"• 最近访问:\n发表于 2025-06-28 05:49:10 股吧网页版\n中央生态环境保护督察集中通报典型案例\n来源:人民日报\n\n  本报北京6月27日电 (记者寇江泽)27日,第三轮第四批中央生态环境保护督察对第四批典型案例进行集中公开通报。\n\n  督察发现,山西省临汾、长治等市生活垃圾焚烧设施建设滞后,部分填埋场渗滤液直排,一些填埋场违规填埋。临汾市现有2座焚烧设施,仅覆盖全市17个县(市、区)中的4个;长治市现有1座生活垃圾焚烧设施,覆盖全市12个县(区)中的8个,长期超负荷运行。\n\n  临汾霍州市生活垃圾处理场雨污分流不到位,自2014年投运以来部分渗滤液一直未得到有效收集和处理,经雨洪沟直排山沟。长治市沁县利民垃圾处理中心渗滤液处理设备自2023年6月以来,一直不能正常运行,大量渗滤液未经处理溢流至外环境,形成污染坑塘。\n\n  临汾市襄汾县生活垃圾填埋场对进场污泥把关不严,2024年1月至2025年5月违规填埋含水率76%—80%的污泥1.1万吨。长治市武乡县县城生活垃圾卫生填埋场于2020年5月以来,违规填埋含水率约80%的污泥1.4万吨。临汾市生活垃圾填埋场2024年9月以来,在飞灰填埋区不符合标准规定的防渗要求情况下,违规填埋飞灰5673.9吨。\n\n  督察发现,宁夏回族自治区吴忠市城市生活污水收集管网建设管理差距明显,生活污水直排溢流黄河,污泥违规处置问题突出。吴忠市城区雨污合流问题比较突出,截至2024年年底,城区现有的510公里排水管网中,有402公里管网为雨污合流,但一直未按要求部署开展雨污分流改造。\n\n  吴忠市第一污水处理厂8次开启超越排放口闸阀,共计约120万立方米污水通过地下箱涵排入黄河。吴忠市第二污水处理厂超越排放9次,共计约36万立方米污水经清水河排入黄河。吴忠市第三污水处理厂超越排放6次,"''',
    "yueyang_county_dongting_xuncha_progress_cut_before_list": r'''"根据岳阳市委统一部署,2020年10月12日至12月4日,市委“洞庭清波”专项行动机动巡察组对岳阳县进行了“洞庭清波”专项行动机动巡察。2021年5月19日,市委“洞庭清波”专项行动机动巡察组向岳阳县委反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、组织整改落实情况\n(一)强化组织领导,及时部署落实。成立了由县委书记任组长,县纪委书记、监委主任任副组长的落实市委专项巡察组巡察反馈意见整改工作领导小组,对整改落实工作牵头抓总、全面负责。成立了由县纪委书记、县监委主任任组长,县委组织部长任副组长的巡察整改督查工作领导小组,紧盯巡察反馈的16个问题,对照“时间表”“路线图”“责任人”加强督查,督导整改落实落地。\n(二)制定整改方案,强化责任落实。5月31日,我县组织召开巡察整改动员大会,全面安排部署启动整改工作。印发了《岳阳县落实市委“洞庭清波”专项行动机动巡察反馈意见的整改方案》(岳县发〔2021〕5号),细化问题清单、任务清单、责任清单,明确工作步骤、工作要求及时间节点,按照“一个问题、一名县级领导、一套整改班子、一抓到底”要求,做到“三个明确”“三个必须”,确保任务到岗、责任到人。\n(三)加强跟踪督办,确保整改落实。严格按照“见人见事见制度”的整改工作要求,牵头县级领导分线召开调度会,重点问题召开交办会,督促工作落实。县巡察整改督查工作领导小组开展2次专项督查,对相关问题进行对接交办,对巡查反馈中涉及的重点单位、重点人、重点事、重点领域开展挂牌督导、重点督查。督促各单位整改到位,建立完善各项规章制度,形成长效监管机制,确保巡察整改取得实效。\n二、巡察反馈问题整改进展情况\n(一)责任"''',
    "bynr_bayannur_central_ducha_petitions_batch16": r'''"按照中央第二生态环境保护督察组(以下简称“中央督察组”)工作要求,6月22日,全市已对中央督察组交办的第十六批5件信访举报件进行调查处理,其中,已办结1件、阶段性办结3件、未办结1件,责令整改3家,立案处罚3家。\n截至6月22日,全市已对1-16批48件信访件进行调查处理,其中,已办结22件、阶段性办结22件、未办结4件,责令整改12家,立案处罚5家,立案侦查1件。\n相关信访举报件将持续按照中央督察组边督边改工作要求推进查处整改工作。\n中央第二生态环境保护督察组交办内蒙古自治区第十六批涉及巴彦淖尔市5件群众信访举报件办理情况"''',
    "xiexiebang_saohei_duodao_feedback_report_masked_cut": r'''"督导组反馈问题整改及扫黑除恶工作开展有关情况汇报\n各位领导,同志们:\n下面,我将迎接中央督导组督导准备工作、XXX督导组反馈问题整改及我县扫黑除恶工作开展有关情况作简要汇报,不妥之处,请指正。\n一、迎接中央督导组督导准备工作开展情况。今年5月份以来,县委召开县委常委会1次、政府常务会1次、扫黑除恶专项斗争领导小组会1次、推进会1次、扫黑办主任会2次,研究安排部署扫黑除恶专项斗争相关工作。为确保工作落实,X月X日至X月X日,县委、政府主要领导采取不打招呼的方式先后对县XXX、XXX、XXX等单位开展扫黑除恶专项斗争情况进行了暗访督导,帮助查找问题,理清思路,完善措施。X月X日,全县召开各成员单位分管领导和联络员迎接中央督导组工作培训会,从督导准备、案件线索、台账资料等方面进行了全面培训。\n二、XXX督导组反馈问题整改情况。一是加大整改力度,压实工作责任。X月X日,XXX扫黑除恶专项斗争第X督导组督导情况反馈会召开后,县委召开常委会,传达学习了十二届XXX党委2019年第XX次常委会听取XXX扫黑除恶专项斗争进展情况报告时石泰峰同志讲话精神、xxxX扫黑除恶专项斗争第xx督导组督导情况反馈会精神,研究制定了《xxX扫黑除恶专项斗争第五督导组反馈问题整改方案》,针对存在的17条共性问题制定了x条整改措施,将任务落实到x名县级领导和x个成员单位,要求所有问题x月底全部清仓见底,对各成员单位存在的x条个性问题实行点对点、一对一书面反馈,督促各成员单位限期整改,对反馈意见不够重视、线索为零以及监管不到位、乱象较多的单位,县扫黑办下发“催办通知”“督导整改建议书”。截止目前,共性问题完全整改x条、正在整改x条(宣传工作深入不够、创新不足,新组建单位未"''',
    "velada_dongguan_ducha_task_ban_zone_farms_mojibake_trad_cut": r'''"一、整改任務(wù)\n?。ㄒ唬┓答亞?wèn)題:在禁養(yǎng)區(qū)養(yǎng)殖場(chǎng)清退上,省農(nóng)業(yè)部門監(jiān)督檢查不夠,全省上報(bào)禁養(yǎng)區(qū)所有2.2萬(wàn)家養(yǎng)殖場(chǎng)已完成退出,但此次督察發(fā)現(xiàn),在惠州、清遠(yuǎn)、陽(yáng)江等地禁養(yǎng)區(qū)仍存在大量養(yǎng)殖場(chǎng)。\n?。ǘ┴?zé)任單位:各園區(qū)、鎮(zhèn)(街道)黨委、政府,市生態(tài)環(huán)境局、市農(nóng)業(yè)農(nóng)村局\n?。ㄈ┱臅r(shí)限:2019年6月底,立行立改,持續(xù)整改\n?。ㄋ模┱哪繕?biāo):2019年6月底前完成禁養(yǎng)區(qū)排查和復(fù)查。建立完善長(zhǎng)效督導(dǎo)機(jī)制,鞏固禁養(yǎng)區(qū)清理整治成效。\n?。ㄎ澹┱拇胧憾耍ㄈ└鞯丶?jí)以上市開(kāi)展禁養(yǎng)區(qū)排查和復(fù)查,建立完善禁養(yǎng)區(qū)清理整治長(zhǎng)效機(jī)制,建立禁養(yǎng)區(qū)清理整治工作臺(tái)帳和清退養(yǎng)殖場(chǎng)戶清單明細(xì),每季度上報(bào)禁養(yǎng)區(qū)清理整治工作情況,強(qiáng)化動(dòng)態(tài)監(jiān)督管理,確保和鞏固禁養(yǎng)區(qū)清理整治成效。\n二、整改落實(shí)情況\n?。ㄒ唬┱哪繕?biāo)完成情況:已完成。\n(二)整改措施落實(shí)情況:2017年底前已完成禁養(yǎng)區(qū)養(yǎng)殖清理工作,累計(jì)清理非法畜禽養(yǎng)殖場(chǎng)戶共489個(gè),清理非法生豬養(yǎng)殖4.1626萬(wàn)頭,清理家禽養(yǎng)殖78.9757萬(wàn)羽。2018年至今,加強(qiáng)日常巡查力度,及時(shí)發(fā)現(xiàn)并迅速清理反彈養(yǎng)殖。嚴(yán)防回潮反彈。2020年2月27日修訂實(shí)施《東莞市畜禽養(yǎng)殖區(qū)域劃分實(shí)施方案(2020年修訂)》,合理劃定禁養(yǎng)區(qū),印發(fā)《東莞市畜禽養(yǎng)殖區(qū)域管理指南"''',
}

# ---- truths ---------------------------------------------------------------------------------------------------------

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

CHANGDE = "changde_fgw_jiangjiazui_section_ducha_followup_one_problem"
CY5135 = "cy_gov_tw_correction_case_nantou_qingjing_open_trad"
CYP37 = "cy_gov_tw_correction_list_2016_rows_trad_cut"
SIXDG = "sixdgww_county_health_review_fifth_ducha_notice_masked_cut"
YES99 = "yes99_control_yuan_defence_sewage_correction_spam_trad"
ENVIR = "envirunion_central_ducha_landfill_cases_by_fault_cut"
EASTM = "eastmoney_central_ducha_batch4_cases_shanxi_ningxia_cut"
YUEYANG = "yueyang_county_dongting_xuncha_progress_cut_before_list"
BYNR = "bynr_bayannur_central_ducha_petitions_batch16"
XIEXIE = "xiexiebang_saohei_duodao_feedback_report_masked_cut"
VELADA = "velada_dongguan_ducha_task_ban_zone_farms_mojibake_trad_cut"

# changde: news of ONE 督察-feedback item followed up (R108); the town-level body that reports its rectification is the
# unit (R104); '已到达整改考核要求' done (R132); no account of the fix beyond '通过治理': measures 0 (C27 side B reading)
CHANGDE_P = [_p(None, "蒋家嘴断面水质问题", None, ["汉寿县"], "done")]

# cy5135: one 糾正案 record: its 案由 is the one finding (R14 by analogy, NEW), the proposers' lead-in and the closing
# verdict '以上均有違(怠)失,爰依法提案糾正' dropped (R92, R185); '尚未結案' → in_progress (R93); 機關改善情形 empty: 0
_CY5 = TEXT[CY5135]
_CY5_T = between(_CY5, "蔡委員培村提,", ",以上均有違(怠)失")
CY5135_P = [_p(None, _CY5_T, None, ["南投縣政府"], "in_progress")]

# cyp37: one problem per table row (R10), the row's case statement without the proposers and the verdict; '已結案' →
# done (R155); the third row cut after naming the body, before any fault: not labelled (R126)
_CYP = TEXT[CYP37]
CYP37_P = [
    _p(None, between(_CYP, "方委員萬富提,", ",均核有疏失"), None, ["臺南市政府"], "done"),
    _p(None, between(_CYP, "楊委員美鈴提,", ",均核有違失"), None, ["內政部營建署"], "done"),
]

# sixdgww (first labelling, label69): '二、存在的问题' headings (一)…(五) as categories (R79, R82), their 一是/二是 items
# seq 1.. (R76a); (二)农贸市场 one statement, seq null (R138): 19 problems. s25, lead: C42 — findings 一是…五是 under a
# numbered place or aspect item of a check notice are ONE problem per item, its findings joined (R11/R137): a place item
# is what one body rectifies and signs off. Now 5 problems: each '(一)…(五)' item whole (the heading runs into its
# findings on one line, R88), final '。' dropped, seq the printed (一)…(五) (R75), category the section heading
# '存在的问题' (R79); the last item cut (R25); 工作亮点 are praise (R16)
_SX = TEXT[SIXDG]
_SX_PART = _SX[_SX.index("二、存在的问题"):]
SIXDG_P = []
for _m in re.finditer(r"^\(([一二三四五])\)(.+?)$", _SX_PART, re.M):
    SIXDG_P.append(_p("一二三四五".index(_m.group(1)) + 1, _m.group(2).rstrip("。"), "存在的问题"))

# yes99: a 監察院 糾正 of ONE body told in two paragraphs, one finding each (R141: one per paragraph, spliced spam kept
# out of the titles); the first title is the fault clause after ';' (the lead-in is split by spam lines), the second the
# paragraph without '監院說,' and the verdict '等均核有失當…' (R92)
_YS = TEXT[YES99]
YES99_P = [
    _p(None, "部分營區的汙水處理設施不良、維護管理不善、放流水水質不符法令規定", None, ["國防部"]),
    _p(None, between(_YS, "監院說,", "等均核有失當"), None, ["國防部"]),
]

# envirunion: a round-up of 中央督察 cases by fault heading (R140): one problem per place's sentence, the leading '在'
# dropped (R10, nanmuxuan); the '比如/再比如' cases are the same problems (R13, R140); the last cut (R25), its lead-in
# '在湖南湘西州,督察组指出,' dropped (R92)
_EV = TEXT[ENVIR]
_EV_CAT1, _EV_CAT2 = "垃圾渗滤液积存、直排", "垃圾焚烧发电项目建设滞后"
ENVIR_P = [_p(None, m.group(1), _EV_CAT1)
           for m in re.finditer(r"在([^在。\n]{2,6}(?:州|区|市),[^。]+)。", _EV[:_EV.index("这里边")])]
ENVIR_P.append(_p(None, _EV[_EV.index("湘西州计划"):], _EV_CAT2))

# eastmoney: a news copy of the 第四批 typical-case notice: one problem per case opened by '督察发现,' (R108/R139), the
# paragraph as its title (C40, the majority), the facility paragraphs after it the same case's facts (R13)
_EM = TEXT[EASTM]
EASTM_P = [
    _p(None, between(_EM, "督察发现,", "\n").rstrip("。"), None, []),
    _p(None, between(_EM[_EM.index("督察发现,宁夏"):], "督察发现,", "\n").rstrip("。"), None, ["吴忠市"]),
]

# velada: a one-task 整改落实情况 公示 (R14) on a mirror whose text is partly misdecoded ('?。ㄒ唬' for '(一)') and
# glossed ('任務(wù)'): the 反饋問題 field value is the problem (R89), category the section label (R83, C17), units from
# the 責任單位 field with its first body whole (schema's '各县区党委、人民政府…' exception), deadline as written without
# the gloss (R106, R91), status done from '整改目標完成情況:已完成' (R93), measures the one 整改措施 field (R96, R118)
_VL = TEXT[VELADA]
VELADA_P = [_p(None, between(_VL, "題:", "。\n"), "整改任務(wù)",
               ["各園區(qū)、鎮(zhèn)(街道)黨委、政府", "市生態(tài)環(huán)境局", "市農(nóng)業(yè)農(nóng)村局"], "done", 1,
               "2019年6月底,立行立改,持续整改")]

_CY_NOTE = ("Traditional copy: problem titles and units simplified at write (R91); doc fields as printed.")

DOCS = {
    CHANGDE: dict(
        excerpt=False,
        genre="news of a city 发改委-led 督导 of ONE 中央督察 feedback item's 整改销号 (a river section's water quality); "
              "site login chrome at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央生态环境保护督察"), headline=head(), problems=CHANGDE_P,
        anomalies=["News of ONE named problem followed up on site: that one problem, its name as the text gives it "
                   "('蒋家嘴断面水质问题', `问题` kept, R108/R124/R87); category and seq null.",
                   "Status done from '目前…已到达整改考核要求' (R132); '除总磷外' noted, not a status word. Measures 0: "
                   "'通过治理' names no action (C27's 0 side, as blind49 maojian).",
                   "Unit 汉寿县, the county that reports its rectification to the 督导组 (R104: the body said to have "
                   "fixed it). The 督导组 of 市发展改革委 with other bureaus checks the rectification, it is no inspection "
                   "of this document (R53); inspector the inspection whose feedback is rectified, as printed "
                   "('中央生态环境保护督察', R46); inspected null (the feedback's addressee is not named).",
                   "'2017-2020年每月水质监测数据' is a data span, no date; no page date: report_date null (R40, R60); kind "
                   "and title null (news, R30/R34)."]),
    CY5135: dict(
        excerpt=False,
        genre="one 監察院 糾正案 record (ROC dates, pipe-separated field table): 案由, empty 機關改善情形, 案件狀態 尚未結案",
        kind=None, title=None, issuer=None, report_date="2017-03-24",
        inspection=ins("劉委員德勳、蔡委員培村", "南投縣政府"), headline=head(), problems=CY5135_P,
        anomalies=[_CY_NOTE,
                   "NEW: a 糾正案 record read as a one-task notice (R14 by analogy): its 案由 is the one finding, titled "
                   "without the proposers' lead-in (R92) and the closing verdict ',以上均有違(怠)失,爰依法提案糾正。' "
                   "(as R185 drops notes); the field label '案由' is no category (R84, C29); seq null ('106內正0007' is a "
                   "case number, R78).",
                   "Status in_progress from '案件狀態: 尚未結案' (R93 `仍未`, R155's 已办结 read the other way); '機關改善情形' "
                   "empty: measures 0 (R97). Unit 南投縣政府, the body corrected (R102).",
                   "Report date the 公告日期 '106/03/24' → 2017-03-24 (R45 ROC, as snippets14's 糾正案 record); the 審議日期 "
                   "'106/03/09' is a meeting (R53), no feedback date. Inspector the two proposing members as printed "
                   "(R46: persons are the only names; no 監察院 is printed); kind null (a case record reporting no "
                   "rectification, R29/R112); no title line (R33)."]),
    CYP37: dict(
        excerpt=True,
        genre="a page of the 監察院 糾正案 list (2016 cases): header row, one row per case with its 處理進度 '已結案' and "
              "a '機關改善情形' link line; cut in the third row after naming the body",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=CYP37_P,
        anomalies=[_CY_NOTE,
                   "One problem per table row (R10), each the row's case statement without the proposers' lead-in and "
                   "the verdict ',均核有疏失/違失,爰依法提案糾正。…詳全文…' (R92); a row's ';' clauses are one case's "
                   "statement (R11 by analogy: one row, one problem). NEW: a 糾正案 list row as a problem.",
                   "Status done from each row's '已結案' (R155, a closing word); measures 0 (the '機關改善情形' line is a "
                   "link label, no account, R97); seq null ('105內正0023' are case numbers, R78); category null.",
                   "Units the corrected bodies named as the rows' subjects (臺南市政府, 內政部營建署; R102/C31).",
                   "The third row '…提:臺北市政府於民國57年及62年間徵收重測前該市' is cut after naming the body, before "
                   "any fault: not labelled (R126).",
                   "'105/10/06' are 審議 days (meetings, R53): no report date (as snippets17's page of the same list); "
                   "inspector and inspected null (several proposers and bodies); kind and title null (R29/R33)."]),
    SIXDG: dict(
        excerpt=True,
        genre="文档 card of a county 爱卫办's 督查情况通报 for a 省级卫生县城 复审 (masked): 工作亮点, then '二、存在的问题' "
              "with place headings run into 一是/二是 items; cut in the fifth heading's fourth item",
        kind=None, title="关于迎接新省级卫生县城复审第五次督查情况通报", issuer=None, report_date=None,
        inspection=ins("县爱卫办"), headline=head(), problems=SIXDG_P,
        anomalies=["Kind null: a check's results with no rectification reported (R29).",
                   "Title the card heading without its card number '2' (R35, as blind51 wendang365/oh100); the "
                   "document's own heading below it is split over two lines ('…督查情\\n\\n况通报') and lacks '新'.",
                   "s25, lead: C42 — findings 一是…五是 under a numbered place or aspect item of a check notice are ONE "
                   "problem per item, its findings joined (R11/R137): a place item is what one body rectifies and signs "
                   "off. Each of '(一)软件资料…', '(二)农贸市场。…', '(三)客运站…', '(四)**商业广场…', '(五)城区医疗机构…' "
                   "is one problem titled the whole item (the heading runs into its findings on one line, R88; masks "
                   "kept, R2), final '。' dropped; seq 1-5 from the printed (一)…(五) (R75); category the section "
                   "heading '存在的问题' (R79). Was (label69): 19 problems, one per 一是 item seq 1.. under each heading "
                   "as category (R138, R76a), 农贸市场 seq null.",
                   "客运站's unnumbered clause '…;车站食店未取得任何营业证照,卫生状况堪忧' stays inside its item. The last "
                   "item is cut at '四是创卫宣传' (R25).",
                   "Units []: the headings name places (客运站, 商业广场, 医疗机构; R103), no 责任单位; no status, measures 0 "
                   "(no rectification reported, R97); '工作亮点' are praise (R16).",
                   "Inspector '县爱卫办' (牵头 of the 专项督查, R46); the other bureaus are masked; '****年6月29日' has a "
                   "masked year: no dates (R44, R60); issuer null (no signature in the copy); no figures."]),
    YES99: dict(
        excerpt=False,
        genre="traditional news item on a 監察院 糾正 of 國防部 (營區汙水, unanswered 審計部 findings), with spam "
              "keyword lines spliced between its clauses",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("監察院", "國防部"), headline=head(), problems=YES99_P,
        anomalies=[_CY_NOTE,
                   "Spam lines ('台中印表機', '新竹泥做', '清潔', …) spliced between the clauses are kept in the text (R2).",
                   "NEW: one body's 糾正 told in two paragraphs, one finding each (R141: one per paragraph, which keeps "
                   "the spliced spam out of the titles); not R163's single sentence (C36). The first paragraph's lead-in "
                   "('國防部督導…,雖歷經數年改善,…但成效有限,…') is broken by spam lines: its title is the fault clause "
                   "after ';' ('部分營區的汙水處理設施不良、維護管理不善、放流水水質不符法令規定'), the consequence "
                   "'恐有汙染…之虞' dropped (R92).",
                   "The second: the paragraph without '監院說,' and the verdict '等均核有失當,因此依法提案糾正' (R92, "
                   "`等` dropped with the verdict).",
                   "Units 國防部, the body corrected (C31); no status or measures (a correction, no rectification "
                   "reported); '今天' gives no date; kind and title null (news, R29/R30)."]),
    ENVIR: dict(
        excerpt=True,
        genre="a trade site's round-up of 中央生态环保督察 垃圾 typical cases under fault headings: one sentence per "
              "place, examples ('比如…'); cut in the second heading's first case",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央生态环保督察组"), headline=head(), problems=ENVIR_P,
        anomalies=["A round-up of a 督察's faults under fault headings: one problem per place's finding (R140, R10 "
                   "nanmuxuan), the sentence without its leading '在' and final '。'; category the heading without "
                   "'一、'/'二、' (R79).",
                   "The '比如,天津市大韩庄垃圾填埋场…' and '再比如,广西北海市…' paragraphs tell the cases already listed "
                   "(天津津南区, 广西北海市): the same problems (R13, R140's 例如 case); '这里边,主要是两大类问题' is a "
                   "summary (R164).",
                   "The last case is cut ('…导致州内小'): labelled as far as it goes (R25), its lead-in "
                   "'在湖南湘西州,督察组指出,' dropped (R92).",
                   "'9个“垃圾”案例中,有7个' counts cases: no figure (R68, C26's recommendation); units [] (places named as "
                   "locations, R103; no body told to rectify); no status or measures; inspector as printed "
                   "('中央生态环保督察组', R46); kind and title null (news); no date."]),
    EASTM: dict(
        excerpt=True,
        genre="a stock forum's repost of a paper's item on the 第三轮第四批 中央督察 typical cases (山西 垃圾, 宁夏 吴忠 污水): "
              "a '督察发现,' paragraph per case, then facility paragraphs; cut in the third 污水处理厂",
        kind=None, title=None, issuer=None, report_date="2025-06-28",
        inspection=ins("第三轮第四批中央生态环境保护督察"), headline=head(), problems=EASTM_P,
        anomalies=["One problem per typical case opened by '督察发现,' (R108/R139 a case, its lead-in dropped, R92); "
                   "the title runs to the paragraph's end (C40, the majority); the facility paragraphs after each "
                   "(霍州, 沁县, 襄汾, 武乡, 临汾市填埋场; 吴忠 第一/二/三污水处理厂) are that case's facts (R13), not "
                   "labelled apart. NEW in this shape (a news copy of a case notice with facility paragraphs).",
                   "Units: the 宁夏 case names one city (吴忠市, C31 the body); the 山西 case names several "
                   "('临汾、长治等市'): [] (R152).",
                   "Report date the repost's '发表于 2025-06-28' (R43, R175), not the dispatch's '6月27日电'; the "
                   "forum's '股吧网页版' chrome kept (R2); the headline '中央生态环境保护督察集中通报典型案例' is a news "
                   "headline: title null (R34, C7); kind null (R29/R30).",
                   "Figures ('2座', '17个县', '1.1万吨', '8次') are facilities, places and amounts: none (R68)."]),
    YUEYANG: dict(
        excerpt=True,
        genre="near miss, a county's 巡察整改进展情况 公布 for a city's 洞庭清波 机动巡察: organisation sections, then "
              "'二、巡察反馈问题整改进展情况 (一)责任' where the copy stops",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委“洞庭清波”专项行动机动巡察组", "岳阳县委", "2020-10-12", "2020-12-04", "2021-05-19"),
        headline=head(16), problems=[],
        anomalies=["Cut at the first category heading of its problem section ('(一)责任'), before any problem: [] with "
                   "its figures and dates (R21); the '(一)…(三)' of '一、组织整改落实情况' are the body's own work, no "
                   "findings (R111).",
                   "Kind bulletin: '现将巡察整改进展情况予以公布' reports rectification (R27); no title line (copy starts "
                   "in the body, R33); issuer null (no title or signature; '我县' only, R37/R38).",
                   "Inspection: the team as printed (R46), inspected as the feedback sentence names it "
                   "('向岳阳县委反馈', R47), period '2020年10月12日至12月4日', feedback '2021年5月19日'.",
                   "Headline: '巡察反馈的16个问题' → problems_total 16 (R62); '2次专项督查' no figure (R68); the plan "
                   "'岳县发〔2021〕5号' and '5月31日' 动员大会 are no dates of the inspection (R53)."]),
    BYNR: dict(
        excerpt=False,
        genre="near miss, a city's 边督边改 notice of petitions handled (中央第二督察组 第十六批), counts only, the "
              "attached table's heading as the last line",
        kind="bulletin", title="中央第二生态环境保护督察组交办内蒙古自治区第十六批涉及巴彦淖尔市5件群众信访举报件办理情况",
        issuer=None, report_date=None,
        inspection=ins("中央第二生态环境保护督察组", "内蒙古自治区"), headline=head(), problems=[],
        anomalies=["Petitions are never problems and their counts never figures (R17, R169): [] and no headline.",
                   "Kind bulletin: a disclosure reporting what was done with the petitions (已办结/阶段性办结; C34's "
                   "recommendation, R27). Title the attached table's heading printed as the last line (R36: a table "
                   "heading is the title; NEW that it stands after the text), batch words kept (R171).",
                   "Inspector as printed without its '(以下简称“中央督察组”)' (R46); inspected the region the petitions "
                   "were handed to (R47); '6月22日' has no year (url only): no dates (R60); issuer null ('全市' only)."]),
    XIEXIE: dict(
        excerpt=True,
        genre="near miss, a 范文 site's masked county report on a 扫黑除恶 督导组's feedback and its rectification: "
              "preparation work, then '二、…督导组反馈问题整改情况。一是…' with masked counts; cut in a bracket",
        kind="bulletin", title="督导组反馈问题整改及扫黑除恶工作开展有关情况汇报", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["No problem statement: '一是加大整改力度,压实工作责任' is the body's own work (R111); the bracket "
                   "'(宣传工作深入不够、创新不足,新组建单位未' names the open common problems in one cut sentence: [] (R19).",
                   "Headline: '17条共性问题' counts one part beside the masked 'x条个性问题': no total (R69); 'x条整改措施', "
                   "'x名', 'x条' are masked (R68).",
                   "Inspector null: printed only masked ('XXX督导组', 'XXX扫黑除恶专项斗争第X督导组'; R178, see C37); "
                   "inspected null ('我县'); 'X月X日' masked: no dates (R44); kind bulletin: a 情况汇报 of rectification "
                   "(R27), title as printed (R34)."]),
    VELADA: dict(
        excerpt=True,
        genre="a mirror's copy of a 东莞 one-task 督察整改 公示 (禁养区 养殖场 清退): 整改任务 fields, then 整改落实情况 "
              "(目标 已完成, 措施 落实情况); traditional with pinyin glosses and misdecoded field numbers; cut in the result",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=VELADA_P,
        anomalies=["Copy as returned (R2): glyph glosses ('任務(wù)') and misdecoded field numbers ('?。ㄒ唬┓答亞?wèn)題' for "
                   "'(一)反饋問題', '?。ǘ┴?zé)任單位' for '(二)責任單位', …) kept; the cut copy decodes to 1,999 bytes, "
                   "a check on the paste.",
                   "A one-task notice: one problem (R14), the 反饋問題 field value without its final '。' (R89); seq null "
                   "(no task number printed, R78); category the section label '一、整改任務' (R83, C17 side A), simplified "
                   "without the gloss at write (R91).",
                   "Units from the 責任單位 field: '各園區、鎮(街道)黨委、政府' kept whole as one phrase of bodies (the schema's "
                   "'各县区党委、人民政府…' exception, R101), then '市生態環境局', '市農業農村局' (split on ',' and '、').",
                   "Deadline the 整改時限 as written, '2019年6月底,立行立改,持续整改', simplified without the gloss like the "
                   "other problem fields (R106, R91).",
                   "Status done from '整改目標完成情況:已完成' (R93); measures 1: the 整改措施 field prints one paragraph "
                   "(R96; its head is misdecoded, '憾耍ㄈ└鞯丶…', so a lost '(三)' cannot be ruled out), the "
                   "'整改措施落實情況' beside it a result, not counted (R118).",
                   "No title line (the copy starts at '一、整改任務', R33); the 督察 is unnamed ('此次督察發現'): inspection "
                   "null (R48); '489個', '4.1626萬頭' are farms and animals (R68); '2020年2月27日' a rule's date, no "
                   "report date; kind bulletin (R27, R94)."]),
}

URLS = {
    CHANGDE: "https://fgw.changde.gov.cn/slzq/ztzl1__zhdt/ztzl/wmdwcj/content_819077",
    CY5135: "https://multimedia.cy.gov.tw/CyBsBoxContent.aspx?n=133&s=5135",
    CYP37: "https://multimedia.cy.gov.tw/CyBsBox.aspx?CSN=2&PageSize=20&n=134&page=37",
    SIXDG: "http://6dgww.com/Article/14451408.html",
    YES99: "https://cs.yes99.com.tw/?p=147664",
    ENVIR: "http://www.envirunion.com/newsinfo-30773.html",
    EASTM: "http://gubaposthk.eastmoney.com/news,cjpl,1565322773.html",
    YUEYANG: "https://blfj.yueyang.gov.cn/61244/61247/61289/61387/content_1872911.html",
    BYNR: "http://www.bynr.gov.cn/ztlm/zysthjbhdcznmg/xxgk/202506/t20250622_702880.html",
    XIEXIE: "https://xiexiebang.com/fanwen/huibao/3b4f5d7d09cbf48c.html",
    VELADA: "http://veladacinema.com/jjdz/zwgg/content/post_3474018.html",
}

TRAD = {CY5135, CYP37, YES99, VELADA}

EXPECTED = {CHANGDE: 1, CY5135: 1, CYP37: 2, SIXDG: 5, YES99: 2, ENVIR: 8, EASTM: 2, YUEYANG: 0, BYNR: 0, XIEXIE: 0, VELADA: 1}


def recount(stem: str, text: str) -> int:
    """The second count (R100), by a regex over the text independent of the truth's construction."""
    if stem == CHANGDE:
        return len(set(re.findall(r"蒋家嘴断面水质问题", text)))
    if stem == CY5135:
        return text.count("案件狀態")
    if stem == CYP37:  # rows with a full case statement ending in the verdict
        return len(re.findall(r"爰依法提案糾正", text))
    if stem == SIXDG:  # s25, lead: C42 — one per numbered item '(一)…(五)' of '二、存在的问题'
        part = text[text.index("二、存在的问题"):]
        return len(re.findall(r"^\([一二三四五]\)", part, re.M))
    if stem == YES99:
        return len(re.findall(r"國防部(?:督導|已逾)", text))
    if stem == ENVIR:
        return len(re.findall(r"在[^在,。\n]{2,6}(?:州|区|市),", text))
    if stem == EASTM:
        return text.count("督察发现,")
    if stem == VELADA:  # one 整改任務 section per one-task notice
        return text.count("整改任務(wù)\n")
    return 0


def _roc(y, m, dd):
    return (f"{y - 1911}/{m:02d}/{dd:02d}",)


def check_one(stem: str, d: dict, text: str) -> None:
    check_doc(stem, d, text, report_forms=_roc if stem == CY5135 else None)
    check_problems(stem, d["problems"], text, no_stop=True)
    for p in d["problems"]:
        assert not p["title"].endswith((";", ",", "。")) and "\n" not in p["title"], (stem, p["title"])
        assert p["measure_count"] == (stem == VELADA), (stem, p["title"])
    if stem == SIXDG:
        assert [p["seq"] for p in d["problems"]] == [1, 2, 3, 4, 5]
        assert {p["category"] for p in d["problems"]} == {"存在的问题"}
        assert d["problems"][2]["title"].startswith("客运站一是") and d["problems"][2]["title"].endswith("六是卫生县城宣传氛围不浓")
        assert d["problems"][-1]["title"].endswith("四是创卫宣传")
    if stem == YES99:
        assert all("\n" not in p["title"] and "台中" not in p["title"] for p in d["problems"])


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT) == set(EXPECTED)
    near = [s for s in DOCS if not DOCS[s]["problems"]]
    assert len(near) * 3 <= len(DOCS), near
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=22, urls=URLS,
                       trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert all(c not in p["title"] + "".join(p["responsible_units"]) for c in "們國營臺實區"), (stem, p)


if __name__ == "__main__":
    main()
