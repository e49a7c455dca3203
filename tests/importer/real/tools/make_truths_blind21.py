"""Write the texts and truth files of tests/importer/real/blind21: a held-out batch of real pages on 生态环境保护督察
(中央/省级 环保督察) rectification, 长江经济带 警示片 problems and their progress, labelled in session 17 by helper label26,
who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's
untouched parser (FIRST_RUN_blind21.txt) before anything else changed; whoever changes the parser for it must say so and
keep that first run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind10.py (the one-task 验收销号 notices: seq the task number,
category the section '整改任务', status done, units from the 责任单位 section), make_truths_blind19.py and
make_truths_snippets20.py (head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages``
corpus returned, copied as returned (JSON strings pasted into TEXTS below and decoded, so every character is the
store's: a spam site's pinyin glosses '經(jīng)濟(jì)' and doubled commas ',,', a word-shuffled spam copy ('川长成',
'江经济带生态环境问题已整改完成26个' scattered through the text), a porn-free HTML junk head '<wbr id=…>' before a news item).
No url is in an earlier truth: every "url" and every quoted url under /work/main/tests/importer, /work/shared/corpus and
/work/wt/label*/tests/importer/real was collected (816 keys; host+path+query, scheme, 'www.', ':80' and a trailing '/'
dropped, lower case) and each new page's key was checked against them (checked again before committing).

Queries (``pages`` corpus, 34 in all): 中央生态环境保护督察反馈问题整改落实情况 县 整改进展; 验收销号公示 生态环境保护督察 整改任务
整改完成情况; 督察反馈指出 整改情况 已完成整改 省生态环境保护督察; 长江经济带生态环境警示片 披露问题 整改进展 公示; 自然资源督察
反馈问题 整改 情况 公示; 省委生态环境保护督察整改任务 序号 验收公示 市生态环境局; 中央生态环境保护督察反馈问题第 项 整改完成情况公示
县人民政府; 黄河流域生态环境警示片 披露问题 整改 验收销号; 环保督察整改进展情况 附件 具体问题整改进展情况 项目1.1; 第二轮中央生态环境
保护督察整改落实情况 公开 市 整改任务 完成 达到序时进度; 关于中央生态环境保护督察反馈意见整改落实情况的报告 县委 县政府 已完成整改
序时推进; 环境保护督察反馈问题整改销号公示 整改目标 整改措施 整改情况 申请销号; 省级生态环境保护督察反馈意见整改情况公开 区 问题已完成
整改 基本完成 长期坚持; 督察组指出 整改进展 已完成 达到序时进度 整改成效 问题1; 土地督察 违法用地 问题整改 图斑 已整改 整改到位 通报;
整改任务（序号 ）验收公示 环境保护督察 整改完成情况 公示期间; 反馈问题第 项 验收销号 公示 区 生态环境局 整改措施 完成情况; 环保督察
反馈问题整改进展情况 截至目前 已完成整改 个 正在推进 个 县; 警示片 反映问题 整改情况 市 已完成整改 正在整改 黄河; 中央环保督察回头看
反馈问题 整改进展 市 公开 整改任务 完成; 耕地保护督察 反馈问题 整改情况 公示 问题 整改措施 整改结果; 国家自然资源督察 督察意见 整改
落实情况 市 问题 已整改到位; 中央环境保护督察反馈意见 整改任务 公示 整改责任单位 整改完成情况 领导小组办公室; 生态环境保护督察 整改 销号
公示 自然保护区 问题 整改完成; 环保督察 反馈问题 整改情况 乡镇 已完成整改 问题清单 第一项 第二项; 中央环保督察反馈意见第 项整改任务
已完成整改任务 现将有关情况公示如下 整改责任单位; 省环境保护督察反馈意见整改任务销号公示 县 整改目标 整改情况 公示时间; 生态环境保护
督察反馈问题整改完成情况公示 市 问题 整改完成情况 联系电话; 长江经济带生态环境突出问题 整改销号 公示 整改情况; 督察反馈问题 整改情况
：已完成 一是 二是 三是 区委 区政府 生态环境保护; “督察反馈指出” 整改 我市 已完成 问题 污水处理厂; 卫片执法 土地督察 反馈问题 整改
完成 宗 县自然资源局; 生态环境保护督察整改 附件 整改进展情况表 问题 整改进展 责任单位 完成时限; 環保督察 整改 驗收銷號 公示 問題 整改情況.

Exhaustion (figures): of the 34 result lists (8 results each), the 70 urls that looked on topic were checked against the
known keys: 40 known (the 宿马/宿州 验收销号 公示 in all their copies, 东丽 第7项 (czx24), the 湖北 回头看 进展清单
(zhuangpeitu), 陆良, 鞍山 耕地保护督察, 临邑 图斑, 盘锦, 四川 66/37 and 8924/8809, 7省市 and 8省区 summaries, the 南宁 审计函
returned by nearly every query), 30 new; the other results were off topic (essays, tag pages, 整改方案 texts, unrelated
news). Of the 30 new, 11 are labelled; the rest are meeting/visit news without a problem or a figure, 信访 转办/办理 counts
(not wanted), a speech with 'X' placeholders, a 土地 图斑 核查 and a porn-headed copy. No 附件 '项目1.1:' / '问题2.3:'
report, no 黄河 警示片 page and no 自然资源督察 problem list was returned (the 自然资源/土地督察 pages were meetings, 卫片
campaigns or known). The family is close to exhausted in this store: 11 pages, 13 problems.

Kinds (issue 10): two one-task notices (puyang_task43_black_water_signoff: '整改任务(序号43)', sections 一、整改任务 /
二、整改措施 (1)(2) / 三、整改完成情况; hbkser_task27_wastewater_signoff: '第二十七项整改任务', 一、整改任务 / 二、整改责任单位 /
三、整改完成情况, signature split over two lines); a city's notice that its 整改任务清单 is public (luzhou_provincial_task_list_
public: figures only); five progress summaries without a list (sichuan_provincial_8924_progress_2018, sichuan_yangtze_325_
selfcheck_progress, sichuan_yangtze_62_progress_trad_spam, sichuan_yangtze_41_progress_scrambled, taoyuan_county_feedback_13_
done); three pages that name problems inside prose: a 约谈 news item listing one 整改不力 case per city after '例如,' as ';'
clauses (mee_yangtze_six_cities_interview_trad_cut), one sentence naming three 警示片 problems joined by '、'
(yangtze_case_meeting_three_problems_cut), and a 回头看 report quoting the first round's feedback ('…反馈指出,荆州市…长期直排')
then what the city claimed and what the inspection found (jingzhou_huitoukan_sewage_quote_trad_spam).

Problems: 13 (1+1+6+3+2+0×6), counted by hand and recounted in main() by regex on the text. Measures: puyang 2 ('(1)',
'(2)' under 二、整改措施; recount: '^\\(\\d\\)' lines before 三、), hbkser 1 (no 措施 section; the one 整改完成情况 paragraph, as
blind10's suqian '完成情况' items); every other problem 0 (news: no answering entry).

Judgement calls (each is also in the truth's anomalies):
- One-task notices: seq the task number in the title/lead (43; 二十七 → 27), category '整改任务' (the section heading,
  blind10's '整改问题' rule), title the whole 整改任务 paragraph (puyang's runs over four sentences: the task line and its
  three sites; inner '。' kept, final '。' dropped), status done ('已整改完成,并通过核查验收'; '已完成整改任务'). puyang's unit
  is '市生态环境局' ('市生态环境局牵头负责的…第43项'; also the signature: issuer); hbkser's is the 整改责任单位 section. The
  inspection is named only as '省委生态环境保护督察' / '中央环保督察' (no 组, no dates): inspection all null, as blind10's suma.
- hbkser's signature '和布克赛尔县中央环境保护督察反馈意见\\n整改工作领导小组办公室' is one body split over two lines: issuer
  joined (README: titles cleaned of line splits; the same for the signature); checked in the text with line breaks removed.
- (NEW) A notice that a 整改任务清单 is public (泸州): kind plan (it announces the plan, 43 tasks and 141 measures, and
  points to where it is published); '43项整改任务' → problems_total (the 66 整改任务 convention of make_truths.py's
  sichuan pages), '141条整改措施' → measures_total; '4个方面的问题' are the feedback's categories, not a count of problems.
  Dates: start 2023-10-16, end 2023-10-30 ('2023年10月16日至10月30日'), feedback 2023-12-25; signature '中共泸州市委
  泸州市人民政府 / 2024年3月25日' → issuer (as printed, the space kept) and report_date; inspected '泸州市' ('我市', named by
  the signature).
- Progress summaries: headline from the page's lead figure pair only (8924/8558; 325/254; 62/46; 41/26; 13/13); the other
  pairs (the 13 分项问题 12 done; 20/21/21 national batches; 9132/8751 排查; 40 信访件; 66 投诉件; 63 攻坚 projects) are
  sub-counts, other rounds or not 督察 problems. problems [] (no list; the one named unfinished item '泸州市古叙垃圾焚烧
  发电厂建设项目' is not a problem heading). kind bulletin (a progress report, make_truths.py's sichuan rule). Report date:
  the page's date line when there is one (zgjct '新闻时间:2020-04-30' although the data run to 2018-12-31; cnbz
  '2021-05-31'; xiaoshuotop '时间:2024-05-02', a spam copy's date: it is the only full date on the page); salon-sesame and
  taoyuan have none ('7月29日', '8月2日上午'; the taoyuan link's '2018/08/03' is a url, not a stated date).
- (NEW) A word-shuffled spam copy (xiaoshuotop): fragments of the title ('川长成', '江经济带', '生态', '环境', '问题', '已整',
  '改完') are injected inside sentences; the figures are read from the clean lead '两批共41个…已整改完成26个'. Kept as is.
- (NEW) '例如,' then one 整改不力 case per city as ';' clauses (61qy): one problem per clause, titled whole (the city is
  the subject); no seq, no category, no unit (cities are places; the 约谈 addresses their 政府 as a group: inspected);
  status in_progress where the clause says the problem is still there ('仍未得到有效解決', '未得到徹底解決即上報整改銷號',
  '依然嚴重'), else null. The lead '普遍存在思想認識不到位、…等問題' is a summary, not problems. Cut at '形同虛設' (the sixth
  clause may go on): excerpt true, the sixth labelled as far as it goes. Traditional: problems simplified
  (make_truths_blind10.simplified); doc fields as printed; '發布時間:2021-02-24' → report_date.
- (NEW) Three problems named in one sentence '如A、B、C等3个问题' (yuxishizx): split on '、' (no '、' inside the three); status
  null: they were '已上报完成整改' yet re-notified as typical cases, so the page's label and its finding disagree (README's
  null rule); '等3个问题' → problems_total 3; '年第二轮第三批' lost its year: no dates; cut at '记者在江西省人民政府'.
- (NEW) A quoted feedback item then the 回头看's finding (feifmx, traditional with pinyin glosses and doubled commas): two
  problems, the quoted item ('荊州市…每天近5萬噸生活污水長期直排', the city said done on 2018-05-22, the inspection found
  '仍有約3.4萬噸生活污水未經處理直接排放': in_progress) and '荊州市對黑臭水體整治的工作力度不夠' (7 of which 1 basically
  cleared: in_progress); the paragraphs on 处理能力不足 and 直排口封堵 are the inspection's account of the first problem, and
  the closing '督察組指出…表面整改、敷衍整改問題' is its judgement, not a new problem. Titles keep the page's glosses and
  commas as printed, then simplified. inspected '荊州市'; '2017年4月' has no day: no feedback date; no page date.
  excerpt false: the copy ends on the report's closing sentence (page '_1' may have a second page; not visible).
"""
import json
import re
from pathlib import Path

from make_truths import check_problems, check_title_issuer, head, ins, prob, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind21"

TEXTS = {
    'puyang_task43_black_water_signoff': r'''"省委生态环境保护督察整改任务(序号43)验收公示\n发表时间:2023-01-09\n浏览次数:\n市生态环境局牵头负责的省委生态环境保护督察整改任务第43项已整改完成,并通过核查验收。按照《濮阳市生态环境保护督察整改工作机制》关于验收销号的要求,现将该项任务整改情况公示如下:\n一、整改任务\n河塘沟渠黑臭水体较普遍。濮阳县城关镇挥公大道南街新村21号发现大面积黑臭水体;濮阳工业园区栾昌湖村村东一处黑臭水体,周边堆放大量垃圾,并有生活污水直排;濮阳县渠村乡大闵城村一坑塘倾倒大量秸秆,水体黑臭。\n二、整改措施\n(1)调查核实督察组反馈的濮阳县、工业园区河塘沟渠黑臭水体问题,限期整改到位。\n(2)将农村黑臭水体排查纳入日常监管,一经发现疑似农村黑臭水体,立即予以认定,确属黑臭的,纳入生态环境系统农村黑臭水体监管平台,动态监管,分批推进,逐步消除。\n三、整改完成情况\n(1)督察组反馈的3处水体黑臭问题均已整改完毕。\n(2)各县(区)持续开展农村黑臭水体排查,推动黑臭水体清单动态更新。\n如果对该任务整改公示情况有异议,请在公示期间(2023年1月9日至2023年1月20日,共10个工作日)向验收单位反映。\n联 系 人:李政\n手机号码:18339301369\n固定电话:6667605\n电子邮箱:hnhbstpy@126.com\n市生态环境局\n2023年1月9日"''',
    'hbkser_task27_wastewater_signoff': r'''"中央环保督察反馈意见第二十七项整改任务,经县委、县政府及相关部门按照自治区、地区整改方案的整改目标、整改措施和整改时限要求已完成整改任务,现将有关情况公示如下:\n一、整改任务\n自治区住建厅推进落实环保基础设施建设不力,“十二五”确定的新改建污水处理设施和污水再生利用工程,到2015年底分别完成规划目标81%、42%和27%,目前对相关工程掌握不清。\n二、 整改责任单位\n和布克赛尔县住房和城乡建设局\n三、 整改完成情况\n对照“十二五”规划中列入国家、自治区投资建设计划和地方政府建设计划的污水处理设施和污水再生利用工程项目,和布克赛尔县污水处理系统及附属工程于2018年开工建设,2019年6月29日进行工程竣工验收;2019年7月进行工程竣工环境保护验收及第三方在线比对验收,并进行网上公示,无投诉,无异议;污水处理厂出水均达到一级A标准。已完成整改任务。\n公示时间(2020年3月27日-4月2日),请社会各界予以监督。\n联系人:吐主任 联系电话:18799201678\n和布克赛尔县中央环境保护督察反馈意见\n整改工作领导小组办公室\n2020年3月27日"''',
    'luzhou_provincial_task_list_public': r'''"经省委、省政府批准,2023年10月16日至10月30日,省生态环境保护督察组(以下简称督察组)对我市开展了第三轮省级生态环境保护例行督察。2023年12月25日,督察组向我市反馈了督察情况,指出我市在生态环境保护工作中还存在贯彻落实习近平生态文明思想不深入、大气污染防治问题突出、突出生态环境问题整改差距较大、其他突出生态环境问题4个方面的问题。为进一步做好督察整改工作,我市高度重视督察整改工作,深刻剖析问题根源,制定了《泸州市第三轮省级生态环境保护督察整改任务清单》(以下简称整改任务清单)。整改任务清单包括43项整改任务、141条整改措施,并明确了整改目标、整改责任单位和整改时限。现向社会进行公开,接受公众监督。整改任务清单请在泸州市人民政府网站信息公开栏目进行查询。\n中共泸州市委 泸州市人民政府\n2024年3月25日"''',
    'sichuan_provincial_8924_progress_2018': r'''"建设工程行业资讯新闻列表 人工客服公众号\n建设工程资讯新闻\n新闻时间:2020-04-30,来源:四川建设厅,作者:\n\n省级环保督察发现的8924个环境问题已整改完成95.9%\n\n  1月17日,记者从四川省落实中央环境保护督察反馈意见整改工作领导小组办公室获悉,我省扎实推进中央环保督察和省级环保督察发现问题整改,截至2018年12月31日,省级环保督察发现的8924个问题,已整改完成8558个,整改完成率95.9%,较上月提高1.2个百分点。   数据显示,各市州问题整改完成率较高的为广元市99.3%、甘孜州98.8%、自贡市98.1%、宜宾市98%、泸州市97.7%;问题整改完成数量较多的为成都市1118个、宜宾市587个、凉山州575个、南充市501个、自贡市462个。   按照9大类进行分类统计,整改完成率依次为:环境目标考核类100%、污染源类99.2%、综合管理类99.0%、其他类98.3%、环境保护决策部署贯彻落实类97.4%、生态类95.2%、基础设施类92.6%、饮用水源保护类92.5%、环境质量类74.3%。   省级挂牌督办的10个突出环境问题(共包括13个分项问题)整改持续推进,截至2018年12月31日,13个分项问题已整改完成12个,尚未完成整改的分项问题为泸州市古叙垃圾焚烧发电厂建设项目,从整改进展看,目前该项目已取得环评批复、水资源报告批复及节能报告批复,正在开展取水工程勘察设计,主厂房卸料大厅承台、垃圾池底板施工等工作。(记者 殷鹏) 建材预算价四川省建材预算价四川省建材预算价\n文章字数:757\n点击数:5166\n[ 打印当前页 ]"''',
    'sichuan_yangtze_325_selfcheck_progress': r'''"325个自查长江经济带生态环境问题已整改完成254个\n\n2021-05-31 16:33:15来源:四川日报 作者:殷鹏点击量:\n\n5月27日,记者从四川省生态环境保护督察工作领导小组办公室获悉,截至目前,我省自查发现的325个长江经济带生态环境问题,已整改完成254个,其余问题正在有序整改中。\n\n国家移交我省的长江经济带生态环境问题,也在积极整改中。2018年、2019年、2020年国家分别移交我省长江经济带生态环境问题20个、21个、21个。省委省政府高度重视,及时组织编制并印发整改方案,省直有关部门根据各自职责,加强督促指导和统筹协调,全力推进问题整改。根据各市(州)调度上报的最新情况,2018年国家移交我省长江生态环境问题20个,已全部完成整改。2019年国家移交我省长江生态环境问题21个,已完成整改17个。2020年国家移交我省长江生态环境问题21个,已完成整改4个。\n\n下一步,我省将继续严格按照“清单制+责任制+销号制”要求,持续传导压力,强化跟踪督办,全力推进国家移交长江经济带生态环境问题整改工作,进一步筑牢长江上游生态屏障。 \n\n扫一扫在手机打开当前页"''',
    'sichuan_yangtze_62_progress_trad_spam': r'''"62個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題已整改完成46個\n7月29日,,從四川省生態(tài)環(huán)境保護(hù)督察工作領(lǐng)導(dǎo)小組辦公室獲悉,,截至6月底,,國家移交我省的3批共62個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題,,已整改完成46個,其余問題正在有序整改中,。\n2018年,、2019年,、2020年,,國家分別移交我省長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題20個,、21個,、21個,。省委,、省政府高度重視,按照“實事求是,、分類施策,、標(biāo)本兼治、科學(xué)整改”的要求,,及時組織編制并印發(fā)整改方案,,確保高標(biāo)準(zhǔn)高質(zhì)量完成整改任務(wù)。\n根據(jù)各市(州)調(diào)度上報的最新情況,,2018年國家移交我省的20個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題,,已全部完成整改;2019年移交我省的21個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題,,已整改完成18個,;2020年移交我省的21個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題,已整改完成8個,。\n此外,,我省積極開展全省長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題集中排查整治工作,立足早發(fā)現(xiàn),、早整改,、早主動,努力消除潛在環(huán)境風(fēng)險隱患,。目前,,排查發(fā)現(xiàn)的9132個生態(tài)環(huán)境問題,已整改完成8751個,。\n接下來,,我省將繼續(xù)嚴(yán)格執(zhí)行“清單制+責(zé)任制+銷號制”,穩(wěn)步推進(jìn)國家移交長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題整改工作,,并進(jìn)一步系統(tǒng)梳理整改各類關(guān)聯(lián)性,、衍生性生態(tài)環(huán)境問題,切實筑牢長江上游生態(tài)屏障,。"''',
    'sichuan_yangtze_41_progress_scrambled': r'''"四川长江经济带生态环境问题已整改完成26个\n\n[知识] 时间:2024-05-02 08:13:30 来源:蓝影头条 作者:综合 点击:157次\n\n原标题:四川长江经济带生态环境问题已整改完成26个\n\n(四川日报全媒体记者 殷鹏)10月15日,川长成记者从四川省生态环境保护督察工作领导小组办公室获悉,江经济带截至9月底,生态国家移交我省的环境两批共41个长江经济带生态环境问题,已整改完成26个,问题整改完成率63.4%,已整其余问题正在有序整改中。改完\n\n2018年、川长成2019年国家分别移交我省长江经济带生态环境问题20个、江经济带21个。生态省委省政府高度重视,环境按照“实事求是问题、分类施策、已整标本兼治、改完科学整改”的川长成要求,及时组织编制并印发整改方案,省直有关部门根据各自职责,加强督促指导和统筹协调,全力推进问题整改。\n\n根据各市州调度上报的最新情况,2020年我省应整改完成的18个国家移交长江生态环境问题,目前已整改完成10个。我省还主动开展长江生态环境问题集中排查整治,在排查发现的9132个问题中,梳理出50个突出问题纳入全省自查长江生态环境问题管理。全省自查长江生态环境问题总数由209个增加至259个,目前已整改完成188个,整改完成率72.6%。\n\n接下来,我省将继续严格按照“清单制+责任制+销号制”要求,全力推进长江经济带生态环境问题整改工作,进一步筑牢长江上游生态屏障。(记者 殷鹏)\n\n(责任编辑:热点)\n\n    相关内容\n    精彩推荐\n    热门点击\n    友情链接"''',
    'taoyuan_county_feedback_13_done': r'''"8月2日上午,副县长严森柯调度了污染防治攻坚战暨“2018年夏季攻势”及中央、省环保督察交办问题整改工作。\n会上,县生态环境保护委员会办公室负责人通报了污染防治攻坚战暨“2018年夏季攻势”及中央、省环保督察工作交办问题整改推进情况。我县污染防治攻坚战“2018年夏季攻势”治理项目共63个,截止到8月1日,已完成24个。去年4月,中央第六环保督察组在湖南开展了为期1个月的环保督察,到12月底前,我县受理的40个中央交办群众信访件已全部办结,13个反馈意见已按期完成整改。今年6月,省第四环保督察组在常德开展为期20天的环保督察,截止到8月1日,省第四环保督察组共转交我县投诉件66件,已办理回复上报66件,办结50件。\n严森柯要求,各相关单位、乡镇(街道)要高度重视污染防治攻坚战暨“2018年夏季攻势”及中央、省环保督察交办问题整改工作,认清当前环保问题所面临的严峻形势、严格要求,制定好工作方案,加大整改力度,强化好日常监管,为我县生态环保工作作出应有的贡献。\n来源:视外桃源手机台 记 者:彭伟桐\n作者:李泽红\n编辑:李军\n本文链接:http://www.taoyuanxian.com/content/2018/08/03/5340436.html"''',
    'mee_yangtze_six_cities_interview_trad_cut': r'''"• <wbr id=\"5lvsm\"><table id=\"5lvsm\"><p id=\"5lvsm\"></p></table></wbr>\n\n    <i id=\"5lvsm\"></i>\n\n    <mark id=\"5lvsm\"><div id=\"5lvsm\"><acronym id=\"5lvsm\"></acronym></div></mark>\n  • <wbr id=\"5lvsm\"><table id=\"5lvsm\"><p id=\"5lvsm\"></p></table></wbr>\n    <mark id=\"5lvsm\"></mark>\n    當前位置: 首頁 > 節能環保 > 焦點頭條\n\n    生態環境部約談長江經濟帶六地\n\n    經濟參考報發布時間:2021-02-24 10:50:52\n\n      2月22日,生態環境部就長江經濟帶突出生態環境問題整改不力,約談安徽省池州、江西省上饒、湖北省孝感、湖南省衡陽、重慶市南川和四川省遂寧等六市(區)政府。約談要求,根據指出的問題,六市(區)黨委、政府應科學制定整改方案,于20個工作日內抄送生態環境部和所在地省級人民政府,并同步向社會公開。\n\n      自2018年起,長江經濟帶生態環境警示片(下稱“長江警示片”)已連續拍攝3年,成為監督地方環保工作的利器。去年年底至今年年初,生態環境部調查組赴長江經濟帶各省(市、區),針對長江警示片反映的突出問題,調查地方的整改情況。\n\n      約談指出,2020年長江警示片披露,安徽省池州、江西省上饒、湖北省孝感、湖南省衡陽、重慶市南川和四川省遂寧突出生態環境問題整改不力,普遍存在思想認識不到位、整改任務推進滯后、環境監管不嚴不實等問題。\n\n      例如,安徽省池州市大歷山省級風景名勝區內違法開采破壞生態問題仍未得到有效解決;江西省上饒市發改委整改督導走過場;湖北省孝感市漢川擅自將部分湖泊水域調出保護范圍致調出水域被填占殆盡;湖南省衡陽市地方黨委、政府未把工作放在真正解決環境問題上,對群眾訴求響應遲緩;重慶市南川區尾礦庫滲漏污染未得到徹底解決即上報整改銷號;四川省遂寧市生活污水直排問題依然嚴重,射洪市河長制形同虛設"''',
    'yangtze_case_meeting_three_problems_cut': r'''"6月17日,推动长江经济带发展领导小组办公室综合协调组召开长江经济带生态环境突出问题“以案促改”工作推进视频会(以下简称视频会)。\n视频会透露,在长江经济带沿江省市和有关部门狠抓长江经济带生态环境警示片披露问题整改工作的同时,仍有一些地方整改工作不到位,甚至出现表面整改、虚假整改的行为。如江西省南昌市生活污水直排整治不力、湖南省株洲市污水管网改造滞后、云南省玉溪市杞麓湖污染治理治标不治本等3个问题,均为长江经济带生态环境警示片披露的已上报完成整改的问题。然而,这些“已经完成整改”的问题,在年第二轮第三批中央生态环保督察中再次作为典型案例被通报。\n那么,之前“完成整改”究竟是怎么回事呢?\n江西南昌:管网不完善导致污水收集率过低\n记者在江西省人民政府"''',
    'jingzhou_huitoukan_sewage_quote_trad_spam': r'''"當(dāng)天,,督查組通報,2017年4月,,第一輪中央環(huán)保督察向湖北省反饋指出,,荊州市沙北新區(qū)、開發(fā)區(qū)等中心城區(qū)每天近5萬噸生活污水長期直排。2018年5月22日,,荊州市對外公開此項整改工作已經(jīng)完成,。\n但督察組發(fā)現(xiàn),荊州市污水處理能力不足,。2016年,,荊州市將紅光污水處理廠二期5萬噸/日污水處理擴建項目列入政府建設(shè)計劃,要求2018年底完成,。但截至此次“回頭看”時,,工程尚未啟動,紅光污水處理廠長期滿負(fù)荷運行,,而荊州城區(qū)每天仍有約3.4萬噸生活污水未經(jīng)處理直接排放,。\n同時,2018年以來,,荊州市為完成整改任務(wù),,啟動城區(qū)水環(huán)境治理應(yīng)急工程,對所有直排口不分雨水污水實行封堵,,不僅未解決污水直排問題,,還導(dǎo)致新的環(huán)境問題。2018年10月31日起,,直排口封堵已導(dǎo)致城區(qū)一些街面出現(xiàn)大面積生活污水倒灌,,部分區(qū)域污水深度達30厘米,污水退卻后留下滿地污泥,,散發(fā)惡臭,。這一情況直至11月4日督察組下沉荊州市后才得以緩解。\n此外,,荊州市對黑臭水體整治的工作力度不夠,。按照湖北省有關(guān)要求,荊州市2017年需要完成黑臭水體整治任務(wù)量的60%,,但至今7條需要整治的黑臭水體僅有1條基本消除黑臭,。\n督察組指出,荊州市黨委,、政府在城區(qū)生活污水直排問題整改工作中重視不夠,,謀劃不夠、投入不夠,?!盎仡^看”進駐前期,荊州市住建等部門應(yīng)付檢查,,存在明顯的表面整改,、敷衍整改問題,。督察組將進一步調(diào)查核實情況,對存在失職失責(zé)的,,將要求湖北省委,、省政府依紀(jì)依法查處問責(zé)到位。"''',
}


IP = "in_progress"
PUYANG_TASK = ("河塘沟渠黑臭水体较普遍。濮阳县城关镇挥公大道南街新村21号发现大面积黑臭水体;濮阳工业园区栾昌湖村村东一处黑臭水体,"
               "周边堆放大量垃圾,并有生活污水直排;濮阳县渠村乡大闵城村一坑塘倾倒大量秸秆,水体黑臭")
HBKSER_TASK = ("自治区住建厅推进落实环保基础设施建设不力,“十二五”确定的新改建污水处理设施和污水再生利用工程,到2015年底分别完成"
               "规划目标81%、42%和27%,目前对相关工程掌握不清")
# 61qy: the six clauses after '例如,' (traditional, as printed; the last is cut), with their status
MEE_SIX = [("安徽省池州市大歷山省級風景名勝區內違法開采破壞生態問題仍未得到有效解決", IP),
           ("江西省上饒市發改委整改督導走過場", None),
           ("湖北省孝感市漢川擅自將部分湖泊水域調出保護范圍致調出水域被填占殆盡", None),
           ("湖南省衡陽市地方黨委、政府未把工作放在真正解決環境問題上,對群眾訴求響應遲緩", None),
           ("重慶市南川區尾礦庫滲漏污染未得到徹底解決即上報整改銷號", IP),
           ("四川省遂寧市生活污水直排問題依然嚴重,射洪市河長制形同虛設", IP)]
YANGTZE_THREE = ["江西省南昌市生活污水直排整治不力", "湖南省株洲市污水管网改造滞后", "云南省玉溪市杞麓湖污染治理治标不治本"]
JINGZHOU = ["荊州市沙北新區(qū)、開發(fā)區(qū)等中心城區(qū)每天近5萬噸生活污水長期直排",
            "荊州市對黑臭水體整治的工作力度不夠"]

DOCS = {
    "puyang_task43_black_water_signoff": dict(
        url="http://sthjj.puyang.gov.cn:80/zgwtgs/17566.shtml", excerpt=False,
        genre="3 one-task 验收公示 of a city 生态环境局: '整改任务(序号43)', sections 一、整改任务 / 二、整改措施 (1)(2) / "
              "三、整改完成情况 (1)(2); signed; whole page",
        kind="bulletin", title="省委生态环境保护督察整改任务(序号43)验收公示", issuer="市生态环境局", report_date="2023-01-09",
        inspection=ins(), headline=head(),
        problems=[_p(43, PUYANG_TASK, "整改任务", units=["市生态环境局"], status="done", measures=2)],
        anomalies=["A one-task notice: seq 43 from '(序号43)' / '第43项'; category '整改任务' (the section heading); the task "
                   "runs over four sentences (the task line, then three sites): one problem, inner '。' kept.",
                   "Measures 2: '(1)'/'(2)' under 二、整改措施; 三、整改完成情况 (1)(2) are the results ('已整改完成,并通过核查验收': "
                   "done), not measures.",
                   "Unit '市生态环境局' ('市生态环境局牵头负责的…第43项'); the signature '市生态环境局 / 2023年1月9日' → issuer and "
                   "report_date (the page's '发表时间:2023-01-09' agrees).",
                   "'省委生态环境保护督察' names no 组 and no dates: inspection null; '3处水体黑臭问题' are the task's sites, no "
                   "figure; the 公示 period and phone numbers are not figures."]),
    "hbkser_task27_wastewater_signoff": dict(
        url="http://www.xjhbk.gov.cn/xjhbk/tzgg/202003/6e10393e8cbd4825836a346a2ab0e1e9.shtml", excerpt=False,
        genre="3 one-task 公示 of a county 整改工作领导小组办公室: '第二十七项整改任务', sections 一、整改任务 / 二、整改责任单位 / "
              "三、整改完成情况; no title line; signature split over two lines; whole page",
        kind="bulletin", title=None, issuer="和布克赛尔县中央环境保护督察反馈意见整改工作领导小组办公室",
        report_date="2020-03-27", inspection=ins(), headline=head(),
        problems=[_p(27, HBKSER_TASK, "整改任务", units=["和布克赛尔县住房和城乡建设局"], status="done", measures=1)],
        anomalies=["No title line: the copy opens with the lead '中央环保督察反馈意见第二十七项整改任务,…'; seq 27 from '第二十七项' "
                   "(Chinese numeral).",
                   "No 整改措施 section: the one 整改完成情况 paragraph is counted as 1 measure (blind10's suqian rule); "
                   "'已完成整改任务' → done. Unit from 二、整改责任单位.",
                   "Signature '和布克赛尔县中央环境保护督察反馈意见\\n整改工作领导小组办公室' is one body split over two lines: issuer "
                   "joined; '2020年3月27日' → report_date; '公示时间(2020年3月27日-4月2日)' is the 公示 period.",
                   "The task quotes the feedback on '自治区住建厅' (the region): the county answers it; inspection null (no 组, "
                   "no dates); '81%、42%和27%' are the feedback's figures, not the headline."]),
    "luzhou_provincial_task_list_public": dict(
        url="https://lzby.lzep.cn/lzrb/202403/25/content_210014.html", excerpt=False,
        genre="5 a city's notice (newspaper copy) that its 省级督察 整改任务清单 is public: dates, 4 方面, 43 tasks and 141 "
              "measures; signed by 市委 and 市政府; no list; whole item",
        kind="plan", title=None, issuer="中共泸州市委 泸州市人民政府", report_date="2024-03-25",
        inspection=ins("省生态环境保护督察组", "泸州市", "2023-10-16", "2023-10-30", "2023-12-25"),
        headline=head(pt=43, mt=141), problems=[],
        anomalies=["(NEW) A notice that a 整改任务清单 is published elsewhere: kind plan, problems [] (the list is not on the "
                   "page); '43项整改任务' → problems_total (make_truths.py's '66 整改任务' rule), '141条整改措施' → "
                   "measures_total.",
                   "'4个方面的问题' names the feedback's four categories: not a problem count.",
                   "'2023年10月16日至10月30日' → start/end (the end takes the start's year); feedback '2023年12月25日'; "
                   "inspected '我市' = 泸州市 (named by the signature).",
                   "Signature '中共泸州市委 泸州市人民政府 / 2024年3月25日': two bodies on one line, issuer as printed; no title "
                   "line in the copy."]),
    "sichuan_provincial_8924_progress_2018": dict(
        url="https://www.zgjct.com/news/516619.html", excerpt=False,
        genre="5 a province's 省级环保督察 progress figures on a building-trade news site: chrome, '新闻时间:2020-04-30', a "
              "title, one paragraph with figures by city and class, an ad line; no list; whole page",
        kind="bulletin", title="省级环保督察发现的8924个环境问题已整改完成95.9%", issuer=None, report_date="2020-04-30",
        inspection=ins(), headline=head(pt=8924, pd=8558), problems=[],
        anomalies=["Headline from the lead pair '8924个问题,已整改完成8558个'; the '13个分项问题已整改完成12个' of the 10 挂牌督办 "
                   "problems and the per-city counts are sub-counts: not the headline.",
                   "The one unfinished 分项问题 '泸州市古叙垃圾焚烧发电厂建设项目' is named in prose, not a problem heading: "
                   "problems [].",
                   "Report date from the page's '新闻时间:2020-04-30' although the news is of '1月17日' with data to "
                   "'2018年12月31日' (a late repost); '来源:四川建设厅' is a source field: issuer null.",
                   "'省级环保督察' names no team: inspection null. Trailing ad '建材预算价四川省建材预算价…' and page chrome kept."]),
    "sichuan_yangtze_325_selfcheck_progress": dict(
        url="http://www.cnbz.gov.cn/xxgk/ztxx/zxzt/scssthjbhdc/dcdt/13078541.html", excerpt=False,
        genre="5 a province's 长江经济带 problem progress (a 市 portal's copy of 四川日报): self-found 325/254 and three "
              "national batches 20/21/21; no list; whole page",
        kind="bulletin", title="325个自查长江经济带生态环境问题已整改完成254个", issuer=None, report_date="2021-05-31",
        inspection=ins(), headline=head(pt=325, pd=254), problems=[],
        anomalies=["Headline from the title and lead pair 325/254; the national batches (20 all done, 21/17, 21/4) are "
                   "sub-counts of another set: not the headline.",
                   "'2021-05-31 16:33:15来源:四川日报 作者:殷鹏' → report_date; no inspection team (problems found by self-check "
                   "and transferred by the state)."]),
    "sichuan_yangtze_62_progress_trad_spam": dict(
        url="http://salon-sesame.com/zt/zthg/lzshbdc/fgw2/content_814540", excerpt=False,
        genre="5 a spam site's traditional copy of the same province's 长江 progress: pinyin glosses '經(jīng)濟(jì)' and "
              "doubled/odd commas ',,', ',。'; 62/46 and three batches; no list; whole item",
        kind="bulletin", title="62個長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題已整改完成46個", issuer=None, report_date=None,
        inspection=ins(), headline=head(pt=62, pd=46), problems=[],
        anomalies=["Spam noise kept: pinyin glosses after characters, ',,' and ',、' pairs, ',。' endings.",
                   "Headline 62/46 ('3批共62個…已整改完成46個'); the batches 20/21/21 and the 排查 9132/8751 are sub-counts "
                   "or another set.",
                   "'7月29日', '截至6月底' have no year: no dates. Title as printed (with glosses)."]),
    "sichuan_yangtze_41_progress_scrambled": dict(
        url="http://www.xiaoshuotop.com/html/037f399444.html", excerpt=False,
        genre="5 a word-shuffled spam copy of the same province's 长江 progress: title fragments injected inside sentences "
              "('川长成', '江经济带', '已整', '改完'); 41/26; no list; whole page",
        kind="bulletin", title="四川长江经济带生态环境问题已整改完成26个", issuer=None, report_date="2024-05-02",
        inspection=ins(), headline=head(pt=41, pd=26), problems=[],
        anomalies=["(NEW) Word-shuffled spam: fragments of the title are injected mid-sentence ('10月15日,川长成记者…', "
                   "'获悉,江经济带截至9月底,生态国家移交…'); the figures read through the noise: 两批共41个…已整改完成26个.",
                   "Sub-counts not the headline: 20/21 batches, 18/10 due in 2020, 9132 排查, 259/188 自查.",
                   "Report date from the spam page's '时间:2024-05-02 08:13:30' (the only full date; the news is of "
                   "'10月15日', year not stated); '原标题:' repeats the title."]),
    "taoyuan_county_feedback_13_done": dict(
        url="http://taoyuanxian.com/m/content/2018/08/03/5340436.html", excerpt=False,
        genre="5 a county TV site's meeting news: mixed figures (63 攻坚 projects/24, 40 信访件 all done, 13 反馈意见 all "
              "done, 66 投诉件/50); no list; whole page",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("中央第六环保督察组", "湖南"), headline=head(pt=13, pd=13), problems=[],
        anomalies=["Headline from the 督察 feedback: '13个反馈意见已按期完成整改' → 13/13; the 40 信访件, the 省第四环保督察组's "
                   "66 投诉件 (50 办结) and the 63 治理项目 (24 done) are other sets.",
                   "'去年4月…为期1个月' has no days: no inspection dates; '8月2日上午' has no year on its own and is the "
                   "meeting: no report date (the link's '2018/08/03' is a url).",
                   "Reporter/editor lines and the '本文链接:' line are page chrome."]),
    "mee_yangtze_six_cities_interview_trad_cut": dict(
        url="http://www.61qy.com/jnhb/jdtt/20210224/53929.html", excerpt=True,
        genre="6 a traditional news copy of the 生态环境部 约谈 on 长江警示片 problems, after an HTML junk head ('<wbr id=…>'); "
              "one 整改不力 case per city as ';' clauses after '例如,'; cut inside the sixth",
        kind=None, title="生態環境部約談長江經濟帶六地", issuer=None, report_date="2021-02-24",
        inspection=ins("生態環境部", "安徽省池州、江西省上饒、湖北省孝感、湖南省衡陽、重慶市南川和四川省遂寧等六市(區)政府"),
        headline=head(), problems=[_p(None, t, status=st) for t, st in MEE_SIX],
        anomalies=["(NEW) An HTML junk head ('• <wbr id=\"5lvsm\"><table …>') precedes the breadcrumb and title: kept.",
                   "(NEW) Problems are the ';' clauses after '例如,', one per city, titled whole; no seq, category or unit "
                   "(the cities are places; their 政府 are the inspected).",
                   "Status in_progress where the clause says the problem remains ('仍未得到有效解決', '未得到徹底解決即上報整改"
                   "銷號', '依然嚴重'), else null.",
                   "The lead '普遍存在思想認識不到位、整改任務推進滯后、環境監管不嚴不實等問題' is a summary, not problems.",
                   "Cut after '形同虛設' (the sixth clause may go on). '經濟參考報發布時間:2021-02-24' → report_date; a 约谈 "
                   "news item: kind null. Traditional: problems simplified."]),
    "yangtze_case_meeting_three_problems_cut": dict(
        url="http://bbs.yuxishizx.com/showtopic-16968.aspx", excerpt=True,
        genre="6 a forum copy of news on the 长江 '以案促改' meeting: three 警示片 problems named in one sentence joined by "
              "'、'; cut at a subheading's first line",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(pt=3),
        problems=[_p(None, t) for t in YANGTZE_THREE],
        anomalies=["(NEW) '如A、B、C等3个问题': three problems split on '、', titled as printed; '等3个问题' → problems_total 3.",
                   "Status null: the three were '已上报完成整改' but re-notified by the 中央督察 as typical cases (label and "
                   "finding disagree).",
                   "'在年第二轮第三批中央生态环保督察' lost its year; '6月17日' has no year: no dates; the meeting is no "
                   "inspection: inspection null.",
                   "Cut at '记者在江西省人民政府' under the first case subheading '江西南昌:管网不完善导致污水收集率过低' (a "
                   "heading of the page's own account, not a problem of the list)."]),
    "jingzhou_huitoukan_sewage_quote_trad_spam": dict(
        url="https://feifmx.com/domesticgd/10000159/20181125/34508932_1.html", excerpt=False,
        genre="6 a spam site's traditional copy (pinyin glosses, doubled commas, a mojibake quote) of a 回头看 report: the "
              "first round's feedback quoted, the city's claim, the inspection's findings, a closing judgement",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(None, "荊州市"), headline=head(),
        problems=[_p(None, JINGZHOU[0], status=IP), _p(None, JINGZHOU[1], status=IP)],
        anomalies=["(NEW) A quoted feedback item ('…向湖北省反饋指出,,荊州市…長期直排。') then '荊州市對外公開此項整改工作已經"
                   "完成' then the 回头看's finding '仍有約3.4萬噸生活污水未經處理直接排放': one problem, in_progress (the "
                   "inspection's finding outranks the city's claim).",
                   "The 处理能力不足 and 直排口封堵 paragraphs are the inspection's account of the first problem, not new "
                   "problems; '此外,荊州市對黑臭水體整治的工作力度不夠' is a second problem (7 to treat, 1 basically cleared: "
                   "in_progress).",
                   "The closing '督察組指出…存在明顯的表面整改、敷衍整改問題' is a judgement on the first problem, not a "
                   "heading. No measures (the city's 封堵 made things worse; not an answering entry).",
                   "Spam noise kept: glosses '當(dāng)天', ',,', ',。', and the mojibake ',?!盎仡^看”' for '“回头看”'. "
                   "'2017年4月' has no day: no feedback date; no page date. Traditional: problems simplified."]),
}

EXPECTED = {"puyang_task43_black_water_signoff": 1, "hbkser_task27_wastewater_signoff": 1,
            "luzhou_provincial_task_list_public": 0, "sichuan_provincial_8924_progress_2018": 0,
            "sichuan_yangtze_325_selfcheck_progress": 0, "sichuan_yangtze_62_progress_trad_spam": 0,
            "sichuan_yangtze_41_progress_scrambled": 0, "taoyuan_county_feedback_13_done": 0,
            "mee_yangtze_six_cities_interview_trad_cut": 6, "yangtze_case_meeting_three_problems_cut": 3,
            "jingzhou_huitoukan_sewage_quote_trad_spam": 2}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.endswith("_signoff"):
        return len(re.findall(r"^一、整改任务$", text, re.M))
    if stem == "mee_yangtze_six_cities_interview_trad_cut":
        return len(text[text.index("例如,") + 3:].split(";"))
    if stem == "yangtze_case_meeting_three_problems_cut":
        return len(text[text.index("如江西") + 1:text.index("等3个问题")].split("、"))
    if stem == "jingzhou_huitoukan_sewage_quote_trad_spam":
        return text.count("反饋指出") + text.count("此外,")
    return 0


def measure_recount(stem: str, text: str) -> int:
    """puyang: '(n)' lines between 二、整改措施 and 三、; hbkser: paragraphs under 三、 up to the 公示 line."""
    if stem.startswith("puyang"):
        return len(re.findall(r"^\(\d\)", text[text.index("二、整改措施"):text.index("三、整改完成情况")], re.M))
    body = text[text.index("三、 整改完成情况") + 10:text.index("公示时间")]
    return len([line for line in body.split("\n") if line.strip()])


# every headline figure is re-found in its text
FIGURES = {"luzhou_provincial_task_list_public": ["43项整改任务", "141条整改措施"],
           "sichuan_provincial_8924_progress_2018": ["8924个问题", "已整改完成8558个"],
           "sichuan_yangtze_325_selfcheck_progress": ["325个长江经济带生态环境问题,已整改完成254个"],
           "sichuan_yangtze_62_progress_trad_spam": ["共62個", "已整改完成46個"],
           "sichuan_yangtze_41_progress_scrambled": ["两批共41个长江经济带生态环境问题,已整改完成26个"],
           "taoyuan_county_feedback_13_done": ["13个反馈意见已按期完成整改"],
           "yangtze_case_meeting_three_problems_cut": ["等3个问题"]}
# every date is re-found in its text as written
DATES = {"puyang_task43_black_water_signoff": ["2023年1月9日"], "hbkser_task27_wastewater_signoff": ["2020年3月27日"],
         "luzhou_provincial_task_list_public": ["2023年10月16日至10月30日", "2023年12月25日", "2024年3月25日"],
         "sichuan_provincial_8924_progress_2018": ["新闻时间:2020-04-30"],
         "sichuan_yangtze_325_selfcheck_progress": ["2021-05-31 16:33:15"],
         "sichuan_yangtze_41_progress_scrambled": ["时间:2024-05-02"],
         "mee_yangtze_six_cities_interview_trad_cut": ["發布時間:2021-02-24"]}


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    flat = text.replace("\n", "")
    # every title, category, unit and deadline is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    check_title_issuer(stem, d, flat)
    for k, v in d["inspection"].items():
        if v and k in ("inspector", "inspected"):
            assert v in text, (stem, k, v)
    for s in FIGURES.get(stem, []) + DATES.get(stem, []):
        assert s in text, (stem, s)
    if stem.endswith("_signoff"):
        assert measure_recount(stem, text) == d["problems"][0]["measure_count"], (stem, measure_recount(stem, text))


def main() -> None:
    # trad: the project's convention since session 12 (blind10/11/12): simplified, no glosses
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=13, trad=lambda stem: "_trad" in stem)


if __name__ == "__main__":
    main()
