"""Write the texts and truth files of tests/importer/real/blind59: a held-out set of real pages (session 25), labelled
on 2026-12-07 by helper label74, who did not read or run the parser (zhenggai/importer/, zhenggai/cli.py,
tests/importer/test_*.py) and did not score this set. Every url was checked with /work/wt/known_urls.py when found and
again before the commit (with this tree left out of its roots: all 8 NEW among 1,559 known keys); a distinctive phrase of
each page ('38-2整改任务', '麻山区污水处理厂', '重考核断面', '南陵县铜铁矿业', '双马生活垃圾填埋场', '城北垃圾填埋', '思邑村', '泗水中')
was grepped in /work/main/tests/importer and /work/shared/corpus: no copy (R4).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C42, the s24 settled calls) and make_truths.py
(head/ins/problem); structure after make_truths_blind55.py. The texts are the stored copies the search tool's ``pages``
corpus returned, pasted as JSON string literals and decoded (R2): a spam headline menu, glyph glosses ('場(chǎng)'), '???'
runs, a '?' inside a word, a site footer cut mid-address, ASCII quotes, all kept.

Brief (blind59): issue 10's kinds 3 and 4 only, to measure held out whether the session's work on one-task notices
carries over: (3) a notice about ONE assigned rectification task (整改公示 / 验收销号公示 / 整改情况说明 / 公示表 of one task:
'第N项', '序号', '(38-2)', a table of one task's fields), of any inspection; (4) a quoted feedback item ('…中均指出…问题',
'…均由省級環保督察交辦') followed by what was done and a status. At most 2 per site, near misses at most a third.
8 documents, 2 near misses (a quarter).

Exhaustion: 47 queries of the pages corpus (8 results each), among them: 整改任务 序号 验收销号公示 生态环境保护督察 反馈问题;
督察反馈指出 整改情况 已完成整改 达到序时进度; 巡视反馈问题第 项 整改完成情况公示; 整改销号公示 整改任务 责任单位 整改时限 …;
长江经济带生态环境警示片 披露问题 整改完成情况公示; 黄河流域生态环境警示片 问题 整改销号 公示 县; 省生态环境保护督察反馈问题 整改任务第 项 …
林业局; 自然资源局 督察整改任务 验收销号 公示 …; 水利局 中央环保督察 反馈问题 整改完成 公示 监督电话; 住建局 督察反馈问题 整改情况说明 污水处理厂
整改销号; 巡察反馈指出 …; 审计指出 问题 整改情况 …(twice); 環保督察 整改任務 驗收銷號 公示 整改完成情況; 问题清单第 项 …拟申请销号;
整改任务（序号 ）整改情况公示 …; 反馈问题：督察组指出 整改措施 整改成效 …; 阶段性整改 公示 … 任务编号; 现对该项问题整改完成情况向社会公示 …;
中央生态环境保护督察反馈意见第 项整改任务 完成情况 公示 县人民政府; 省委巡视反馈意见 整改事项 销号公示 …; 督察组反馈指出 该问题 已完成整改 …;
海洋督察反馈意见 整改任务 整改结果公示; 突出生态环境问题 整改验收销号公示 问题编号 …; 环保督察反馈问题 整改销号情况说明 矿山 …;
整改任务完成情况公示表 反馈问题 整改目标 …; 省环保督察反馈问题 整改 验收 公示 垃圾填埋场 渗滤液 整改完成; 中央生态环境保护督察报告指出 …
同意销号 核查组; 专项督查反馈问题 整改情况说明 …; 警示片披露 问题 已完成整改 验收销号 …. Many answers are tag stubs (abg.baidu.com,
zhetiaohe.com, fengdujob.net), meeting news, plans and audit work reports. 45 distinct candidate urls of the genre or near
it checked with known_urls.py: 34 KNOWN, 11 NEW. KNOWN (the genre's centre, labelled before): deaufficio suma 宿马, czx24
东丽 第7项, sthjj.puyang 序号43, techmilkyway 松江河林业局, xjhbk 第二十七项, zhoucun 受理编号, suma.ahsz (2), tdq.siping 序号十,
ixbang 海花岛 序号, 996630 宣城 第三十八項, ntderui 宣城 8座矿山, xingguo 受理编号, m.lc123 聊城 序号14, xinwenbaodao 第七十一项,
hanbin 秦岭审计, jindianhuida 澄城, chengan 河长, zgtc 通城 序号8, yxx 第40项, nyj.sxjz 30号 阶段整改, pay38, panjin,
zhuangpeitu, nzgx, yybnet, qdubb, fgw.changde, cnbz, huoqiu, dieshihui 城中区, dvnusur, taoyuanxian, asctjt. Declined, new by
key: sthjt.jl (a 督导 visit naming problems under checking, no rectification item of its own), eastlf (a visit naming one
site, no finding), szb.northnews (a batch petition disclosure table, R169: not kind 3 or 4).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
- xizang (bulletin, cut): an autonomous-region 住建厅's notice that its task 38-2 is done, then the attached 公示表: 反馈问题
  '三十八、县城污水处理设施建设管理有待加强。', 核查情况 一是…四是, 整改目标, 整改措施 (one paragraph), 牵头部门, cut in the
  整改主要工作及成效 cell. 1 problem, seq 38, measures 1.
- jiximashan (bulletin, whole): a district's '第三轮省级生态环境保护督察反馈问题第11项问题整改公示': 一、整改问题 … 四、整改主要工作及成效,
  signed by the district Party committee and government. 1 problem, seq 11, measures 1.
- hljlanxi (bulletin, whole; cut only in the site footer, R5): a county's 第十六项 公示 with no title line: 一、整改任务 (two
  sentences of findings), 整改措施 1.-4., 整改主要工作及成效 1.-4. 1 problem, seq 16, measures 4.
- wuhu (bulletin, cut): a city 生态环境局 page signing off three named 省督察 problems in one 公示, each '一、“…”问题' with
  (一)整改问题 … (六)整改完成情况; cut inside the second one's 整改问题. 2 problems (measures 3, 0).
- xtrednet (null, whole): city news of a 省核查组's sign-off of ONE problem that the 2020 长江 警示片 and the 督察报告 '均指出'
  (kind 4): 1 problem, done, measures 1 (the account of the fix, C27).
- twgreatdaily (null, whole, traditional): a paper's news of a city 督查组 checking two items '均由省級環保督察交辦,但目前均未達整治
  序時' (kind 4, two items): 2 problems, in_progress, measures 0 and 1.
- near misses ([]): ksrykj (traditional news of a city 验收组 passing five 长江 problems and one 专项督察 problem: counts
  and places named in one sentence only), shstcl (traditional news with a spam menu of ONE petition case, 信访交办件, closed:
  R17). 2 of 8.
Total 8 problems; measures 11 (xizang 1, jiximashan 1, hljlanxi 4, wuhu 3, xtrednet 1, twgreatdaily 1).

NEW calls: (1) xizang: seq 38 from the 反馈问题 cell's own '三十八、' (R77: the item's own number); the dashed '38-2' numbers the
measure (task) the notice signs off, not the problem, so R76's last component (2) is not read. Title the attached table's
heading (R150's reading of a notice whose only heading is its attachment's; the '(38-2)' names the task, kept by R35).
(2) wuhu: a batch 公示 of several one-task blocks: one problem per '一、“…”问题' heading, titled by the heading (R88 SETTLED
s15: a heading on its own line with a description below; R13), its quotes and '问题' wrapper stripped (R86), not by the
block's '(一)整改问题' field; the lead's 已整改完成 gives done to each (R94); the third problem named only in the lead is
not labelled (R164). (3) twgreatdaily: the title of an item whose finding is printed is the finding (R121: the task
name states nothing wrong; R92 drops the place lead-in); the item whose text states no finding keeps its quoted task name;
'未達整治序時' → in_progress (R93: behind schedule, work under way); a 督查组's requirements are no measures (R98).
(4) ksrykj: two inspections' tallies (5 长江 problems, 1 专项督察 problem): the first-stated read (R65), 5/5, not R69's
yihaowenku null. (5) shstcl: news (not a 公示) of ONE petition case closed → [] (R17; its one-case exception is for a
sign-off 公示).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import GLOSS, check_doc, check_problems, head, ins, write_labelled_set  # noqa: E402
from make_truths import problem as _p  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "blind59"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "xizang_housing_task38_2_county_sewage_table_cut": r'''"按照区党委、政府统一安排部署,为切实做好第二轮中央环境督察反馈问题整改工作,区住房和城乡建设厅高度重视,及时成立第二轮中央环境保护督察整改工作领导小组并设办公室,各地(市)积极行动,扎实推动整改工作落实。目前我厅牵头负责的38-2整改任务已完成,现对照《西藏自治区生态环境保护督察整改销号标准要求及模板范式》,将整改任务完成情况进行社会公示10个工作日,接受社会监督。\n公示期间如有异议,请实名书面向区住房城乡建设厅提出。联系电话:0891-6812420;邮寄:拉萨市城关区当热西路1号。\n附件:38-2公示表\n西藏自治区住房和城乡建设厅\n2023年8月14日\n第二轮中央生态环境保护督察反馈意见\n(38-2)整改措施完成情况公示表\n反馈问题 | 三十八、县城污水处理设施建设管理有待加强。 |\n核查情况 | 一是全区仍有18个县城没有建设污水处理设施。二是部分建成投运的县城污水处理厂由于处理工艺、设备不适应高原环境,以及日常监管不到位、运行管理能力不足等原因,不能正常稳定运行。三是昌都市芒康污水处理设施仍未投运。四是阿里地区日土县的污水处理厂,人工湿地处理系统淤塞,湿地植物成活率低,污水处理功能受限。 |\n整改目标 | 加快县城污水处理设施建设,健全完善运行监管机制,全面提升全区生活污水治理能力。\n|\n整改措施 | 组织开展全区污水处理厂运行大排查,根据不同工艺和管理运行中的问题,按照“一厂一策”制定整改措施,推进整改落实,并建立健全各污水处理厂运行管理长效机制。 |\n牵头部门 (责任单位) | 西藏自治区住房和城乡建设厅 |\n责任人 | 李修武 |\n联系电话 | 0891-6812420 |\n整改主要 工作 及成效 | 通过督察整改,对污水处理厂存在的问题摸清底数,针对性的建立“一厂一策”,完"''',
    "jiximashan_mashan_item11_sewage_collection_signoff": r'''"第三轮省级生态环境保护督察反馈问题第11项问题整改公示\n- 发布者:麻山区政府办\n- 发布时间:2026年01月14日\n- 来源:麻山区住建局\n我区已完成第三轮省级生态环境保护督察反馈问题第11项问题整改,拟申请验收销号。现对该项问题整改完成情况向社会公示:\n一、整改问题:麻山区污水处理厂收集率低影响稳定运行。\n二、整改目标:全面提升污水收集处理能力,提高管网污水收集率,加速推进城镇污水处理提质增效,力争2025年底前实现城市污水集中收集率70%以上。\n三、整改措施:\n按照国家下发提高污水处理治理的要求已对生活污水处理厂进行了提标升级技术改造由原来设计日处理0.5万吨改造至日处理0.2万吨改造后将会大幅度提高生活污水收集率、负荷率,达到污水处理厂稳定运行、达标排放\n四、整改主要工作及成效;\n2025年12月底完成对生活污水处理厂设备设施提标改造收集率达到70%。\n五、公示时间:2026年1月14日至2026年1月23日(共10个工作日)\n六、受理部门:麻山区生态环境保护工作委员会办公室\n七、受理电话:0467-2494858\n八、受理地址:政府办公C区\n中共麻山区委、麻山区人民政府\n2026年1月14日\n\n\n"''',
    "hljlanxi_lanxi_item16_monitoring_sections_signoff": r'''"兰西县已完成黑龙江省生态环境保护督察2020年第十六项问题整改,拟申请验收销号。按照《黑龙江省中央生态环境保护督察整改任务验收销号办法(试行)》规定,现对该项整改任务完成情况向社会公示:\n一、整改任务:\n存在重考核断面、轻非考核断面现象。绥化市共有8个国控断面,其中5个考核断面达标,3个国控非考核断面水质超标,肇东金山村断面为劣V类。“十四五”拟新增扎音河国控断面为劣V类。\n二、整改目标:\n完成国家年度考核目标。\n三、整改措施:\n1.编制实施呼兰河兰西段水环境治理方案(包括泥河水源地)。\n2.对水源地取水口进行清淤和岸边护砌加固。\n3.对水源地一级保护区水域范围内水藻进行打捞。\n4.完成泥河水源地周边万宝村和双城村住户旱厕拆除工作。\n四、整改主要工作及成效:\n1.委托哈工大专家团队编制泥河水库水环境治理方案,根据方案对泥河水库周边环境开展治理工作。\n2.完成水源地保护区取水口清淤8050立方米,使用石料575立方米进行岸边护砌加固。\n3.完成水源地一级保护区水域范围内水藻打捞工作。\n4.完成泥河水源地周边万宝村和双城村486户住户旱厕拆除工作。\n五、公示时间:2022年11月25日至2022年12月5日。\n六、受理部门、电话、邮箱及受理地址:\n绥化市兰西生态环境局\n受理电话:0455-8195082 邮箱:LX138466477@163.com\n受理地址:兰西县老武装部院内\n如对该项整改任务完成情况有异议,请以书面或电话形式,向绥化市兰西生态环境局反映。邮寄的以邮戳为准,直接送达的以送达日期为准。\n中共兰西县委 兰西县人民政府\n2022年11月25日\n备案号:黑ICP 12002120号-1 黑公网安备23122202000103 网站标识码: 2312220001\n主办:兰西县人民政府 承办:兰西县人民政府办公室 网站建设:中企动力 哈尔滨 网站地图\nE- mail:05"''',
    "wuhu_provincial_ducha_mines_batch_signoff_cut": r'''"2024年省生态环境保护督察反馈的“南陵县铜铁矿业有限公司破坏生态环境”“无为市百胜天一石矿有限公司一项目未办理使用林地审批和采伐许可手续,南陵县一些生产矿山企业生态环境保护主体责任落实不到位”“镜湖区团结一村仍存在污水外溢”等问题及2024年中央生态环境保护督察转办的部分信访件已整改完成,并通过核查验收。根据《安徽省生态环境问题整改工作实施办法》要求,现将上述问题整改完成情况公示如下:\n一、“南陵县铜铁矿业有限公司破坏生态环境”问题\n(一)整改问题\n南陵县铜铁矿业有限公司选冶厂未建设矿石堆场挡渣墙和防雨顶棚,强酸性淋溶水直排,破坏生态环境。\n(二)整改实施主体\n南陵县委、县政府\n(三)重点措施\n1.对未覆盖区域采取覆盖措施,对原矿石堆放区域进行清理,地面进行硬化,新建物料大棚,后续矿石及时转移至物料大棚堆放。\n2.加强厂区日常监管,杜绝淋溶水直排外环境。\n3.对受污染土壤进行监测,因地制宜制定整治方案,依法依规开展治理工作。\n(四)目标任务\n按照环评要求建设环保防护设施,厂区雨污分流到位,无淋溶水外排现象。\n(五)完成时限\n2025年6月底\n(六)整改完成情况\n1.南陵县铜铁矿业有限公司已按要求建成标准化物料大棚、挡渣墙、截洪沟及导流管道。\n2.已委托第三方公司对原露天堆放矿石清运处置完毕。\n3.该企业已排查并修补厂区内破损污水管网,确保淋溶水经中和处理后回用至选矿工序。\n二、“无为市百胜天一石矿有限公司一项目未办理使用林地审批和采伐许可手续,南陵县一些生产矿山企业生态环境保护主体责任落实不到位”问题\n(一)整改问题\n无为市百胜天一石矿有限公司年产120万吨建筑石料用灰岩矿露天采矿技改工程项目未办理使用林地审批和"''',
}
_RAW.update({
    "xtrednet_xiangtan_landfill_leachate_pointed_out_xiaohao_news": r'''"验收工作现场。\n红网时刻湘潭12月2日讯(通讯员 周晓雨)近日,省核查组一行到湘潭市双马生活垃圾填埋场进行整改销号验收工作。市领导吴志雄、向敏等参加。\n2020年长江经济带生态环境警示片以及第二轮中央生态环境保护督察报告中,均指出湘潭市双马生活垃圾填埋场渗滤液处理环境风险隐患突出问题。对此,湘潭市委、市政府高度重视,市城管执法局扎实推进问题整改,按时完成整改任务。省核查组实地查看了涉及此次整改的排水管网改造工程、6000立方米新建渗滤液调节池、渗滤液处理生产尾水及严家港排水口水质等情况。\n目前,双马生活垃圾填埋场已于2021年9月1日起停止接收垃圾,完成堆体整形和全面膜覆盖,以及雨污分流、排水管网改造等各项整改措施,将双马生活垃圾填埋场、双马垃圾渗滤液处理有限公司及周边污水进行全面收集、集中处理,达标排放,并进入市政污水管网,达成整改目标。后续,湘潭市将启动双马生活垃圾填埋场封场及生态修复工程,改善周边生态环境。\n经现场实地核查后,核查组成员详细查阅了资料,询问了相关情况后,充分肯定了整改工作成效,一致同意销号。\n来源:红网湘潭站\n作者:周晓雨\n编辑:刘放明\n本文为湘潭站原创文章,转载请附上原文出处链接和本声明。"''',
    "twgreatdaily_jurong_two_assigned_items_behind_schedule_trad": r'''"揚子晚報網4月10日訊(記者 萬凌雲) 10日,記者從鎮江市生態環境局了解到, 9日上午,鎮江市污防攻堅行動指揮部辦公室督查組一行前往句容,對\"城北垃圾填埋場滲濾液處置\"和\"邊城青山石灰窯復綠\"兩個項目整治進展進行了現場督查。\n記者獲悉,這兩項突出環境問題均由省級環保督察交辦,但目前均未達整治序時。\n督查組實地查看實施進度,現場聽取了責任單位的情況彙報。在句容城北垃圾填埋場,針對封場後滲濾液處理設施長期停用,積存大量垃圾滲濾液的突出問題,督察組要求在完成前期應急處置工程的基礎上,儘快按程序投用新的滲濾液處理設施,對臨時應急調蓄池內剩餘滲濾液進行處理,確保整改到位。\n在句容邊城鎮青山石灰窯整治項目現場,原有十餘座石灰窯已拆除到位,數台挖機正在進行土地平整和綠植栽種。督查人員要求施工過程中確保安全,嚴格按照項目計劃實施復綠,妥善處置各類矛盾問題,利用當前有利天氣加快工程進度。\n督查整改現場。\n文章來源: https://twgreatdaily.com/zh/p3-cZXEBnkjnB-0zJiH1.html"''',
    "ksrykj_kunming_yangtze_items_acceptance_counts_trad": r'''"\n昆明信息港訊(昆明日報 記者董宇虹)日前,市生態(tài)環(huán)境局組織驗收組對國家、省交辦的長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題及長江大保護(hù)專項督察反饋問題開展市級驗收工作。截至目前,國家、省交辦的5項長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題已全部完成整改并通過昆明市驗收,長江大保護(hù)專項督察反饋的1項問題也完成整改并通過昆明市驗收。\n驗收組實地查看了安寧市金方街道思邑村鋼渣、安寧市金地化工有限公司龍鳳箐磷石膏渣、云南祥豐金麥化工有限公司磷石膏渣庫等生態(tài)環(huán)境問題整改情況,查閱了整改臺賬資料,并召開驗收工作會議,反饋驗收意見建議。驗收組認(rèn)為,項目所在地安寧市委、市政府高度重視長江經(jīng)濟(jì)帶生態(tài)環(huán)境問題整改工作,針對每個問題制定了整改方案,并明確了責(zé)任領(lǐng)導(dǎo),整改過程中狠抓工作落實、資金投入力度大,整改措施基本落實到位,整改臺賬符合“一問一檔”要求,同意這幾項生態(tài)環(huán)境問題通過驗收。\n針對驗收組反饋的意見建議,市生態(tài)環(huán)境局將重點做好查缺補漏工作,重點核實整改目標(biāo)是否完成、整改措施是否到位、整改臺賬是否齊全等問題,進(jìn)一步改進(jìn)工作,確保整改不留隱患、整改成效經(jīng)得起檢驗。此外,進(jìn)一步健全完善整改長效機制,開展整改“回頭看”,強化監(jiān)督檢查,持續(xù)鞏固整改成果,避免問題反彈。"''',
    "shstcl_hengyang_petition_sand_washing_closed_trad": r'''"亚洲视频第一页,最近中文字幕免费mv在线最新,中文字幕最新在线,国产一区二区三区亚洲综合,亚洲视频免费,一日本道加勒比高清一二三,韩国高清不卡一区二区\n\n衡陽縣雷霆出擊迅速整治一非法洗砂場(chǎng)\n\n來源:市生態(tài)環(huán)境局衡陽縣分局???發(fā)布時(shí)間:2020-09-28 18:19\n近日,衡陽縣收到省督察組第4批關(guān)于“井頭鎮(zhèn)泗水中學(xué)附近有違法洗砂,洗砂過程的揚(yáng)塵,對(duì)師生的健康造成影響,洗砂廢水直排河流”信訪交辦件。縣委縣政府高度重視,副縣長(zhǎng)蔣立冬第一時(shí)間率領(lǐng)自然資源、生態(tài)環(huán)境、井頭鎮(zhèn)等相關(guān)部門同志赴現(xiàn)場(chǎng)調(diào)查。經(jīng)現(xiàn)場(chǎng)核實(shí),該信訪件反映的洗砂場(chǎng)沒有辦理任何相關(guān)審批手續(xù),從今年4月5日起進(jìn)行非法洗砂,沒有建設(shè)任何污染防治設(shè)施,對(duì)周邊環(huán)境造成污染。\n\n針對(duì)該情況,縣自然資源、生態(tài)環(huán)境、井頭鎮(zhèn)等部門迅速制定整改措施,第一時(shí)間向違法洗砂企業(yè)下達(dá)了《整改通知書》,要求立行立改。當(dāng)時(shí)正值省督察組下沉該縣督察,省督察組也赴現(xiàn)場(chǎng)檢查并提出了整改要求。目前該洗砂場(chǎng)已斷水?dāng)嚯?,洗砂設(shè)備已全部拆除運(yùn)走,成品砂已清運(yùn),剩余原料也已就地清理填埋,對(duì)生產(chǎn)場(chǎng)地進(jìn)行了整理覆土并播撒菜籽草籽復(fù)墾復(fù)綠,達(dá)到了“兩斷三清一復(fù)綠”的整治要求。\n\n目前該信訪件已經(jīng)辦結(jié),辦結(jié)報(bào)告已上報(bào)市配合省生態(tài)環(huán)境保護(hù)督察工作協(xié)調(diào)聯(lián)絡(luò)工作組。\n\n友情鏈接\n\n主辦:衡陽市生態(tài)環(huán)境"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

TRAD = {"twgreatdaily_jurong_two_assigned_items_behind_schedule_trad",
        "ksrykj_kunming_yangtze_items_acceptance_counts_trad", "shstcl_hengyang_petition_sand_washing_closed_trad"}

URLS = {
    "xizang_housing_task38_2_county_sewage_table_cut": "http://zjt.xizang.gov.cn/xwzx/tzgg/202308/t20230814_370803.html",
    "jiximashan_mashan_item11_sewage_collection_signoff":
        "https://jiximashan.gov.cn/msq/b2181c99f0ac4f618f4869a73ef115e0/202601/c06_353133.shtml",
    "hljlanxi_lanxi_item16_monitoring_sections_signoff": "https://www.hljlanxi.gov.cn/news/6391.html",
    "wuhu_provincial_ducha_mines_batch_signoff_cut": "https://sthjj.wuhu.gov.cn/ztzl/ahshbdc/bdbg/8824345.html",
    "xtrednet_xiangtan_landfill_leachate_pointed_out_xiaohao_news":
        "https://xt.rednet.cn/content/2021/12/02/10483660.html",
    "twgreatdaily_jurong_two_assigned_items_behind_schedule_trad":
        "https://twgreatdaily.com/zh/p3-cZXEBnkjnB-0zJiH1.html",
    "ksrykj_kunming_yangtze_items_acceptance_counts_trad": "http://www.ksrykj.com/news/c/2021-01-06/13130829.shtml",
    "shstcl_hengyang_petition_sand_washing_closed_trad":
        "http://www.shstcl.com/ztzl/hnssthjbhdchtk/xfaj/20200928/i2156231.html",
}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CHECK_NOTE = "Held-out (blind59): labelled without reading or running the parser; not scored by the labeller."

XIZANG = [_p(38, "县城污水处理设施建设管理有待加强", None, ("西藏自治区住房和城乡建设厅",), "done", 1)]
JIXI = [_p(11, "麻山区污水处理厂收集率低影响稳定运行", "整改问题", (), "done", 1)]
LANXI = [_p(16, "存在重考核断面、轻非考核断面现象。绥化市共有8个国控断面,其中5个考核断面达标,3个国控非考核断面水质超标,"
                "肇东金山村断面为劣V类。“十四五”拟新增扎音河国控断面为劣V类", "整改任务", (), "done", 4)]
WUHU = [
    _p(1, "南陵县铜铁矿业有限公司破坏生态环境", None, ("南陵县委、县政府",), "done", 3, "2025年6月底"),
    _p(2, "无为市百胜天一石矿有限公司一项目未办理使用林地审批和采伐许可手续,南陵县一些生产矿山企业生态环境保护主体责任落实不到位",
       None, (), "done", 0),
]
XTREDNET = [_p(None, "湘潭市双马生活垃圾填埋场渗滤液处理环境风险隐患突出问题", None, ("市城管执法局",), "done", 1)]
# traditional as printed; write_labelled_set simplifies them (R91)
TWGREAT = [
    _p(None, "封場後滲濾液處理設施長期停用,積存大量垃圾滲濾液的突出問題", None, (), "in_progress", 0),
    _p(None, "邊城青山石灰窯復綠", None, (), "in_progress", 1),
]

DOCS = {
    "xizang_housing_task38_2_county_sewage_table_cut": dict(
        excerpt=True,
        genre="an autonomous-region 住建厅's sign-off 公示 of ONE 中央督察 task (38-2) with its attached one-task table "
              "(反馈问题, 核查情况, 整改目标, 整改措施, 牵头部门, 责任人…), cut inside the 整改主要工作及成效 cell",
        kind="bulletin", title="第二轮中央生态环境保护督察反馈意见(38-2)整改措施完成情况公示表",
        issuer="西藏自治区住房和城乡建设厅", report_date="2023-08-14",
        inspection=ins(), headline=head(), problems=XIZANG,
        anomalies=[_CHECK_NOTE,
                   "Cut mid-cell ('…“一厂一策”,完'): excerpt (R5); the copy decodes to about 2,000 UTF-8 bytes.",
                   "NEW: title the attached table's heading, its two lines joined (R32), as R150 takes an attachment's "
                   "heading when the notice prints no heading of its own; '(38-2)' names the task and is kept (R35).",
                   "NEW: seq 38 from the 反馈问题 cell's own '三十八、' (R77: the item's own number); '38-2' numbers the "
                   "measure (task) this notice signs off, not the problem, so R76's last component is not read.",
                   "Title the 反馈问题 cell without its number and '。' (R86); the 核查情况 cell's 一是…四是 are the same "
                   "problem's findings (R13), not problems; category null: '反馈问题' is a field label (R84, C17/C29).",
                   "Measures 1: the undivided 整改措施 cell (R96); the 整改主要工作及成效 cell is the result beside it "
                   "(R118), not counted. Status done: '38-2整改任务已完成' in a sign-off 公示 (R94).",
                   "Unit the 牵头部门(责任单位) cell (R102); the 责任人 is a person, not a unit. Issuer and date from the "
                   "signature (R37, R40). Inspector null: '第二轮中央环境督察' names no team (R48, as the one-task "
                   "precedents)."]),
    "jiximashan_mashan_item11_sewage_collection_signoff": dict(
        excerpt=False,
        genre="a district's 公示 of ONE 省级督察 feedback problem (第11项) rectified, fields 一、整改问题 … 四、整改主要工作及成效, "
              "signed by the district Party committee and government",
        kind="bulletin", title="第三轮省级生态环境保护督察反馈问题第11项问题整改公示",
        issuer="中共麻山区委、麻山区人民政府", report_date="2026-01-14",
        inspection=ins(), headline=head(), problems=JIXI,
        anomalies=[_CHECK_NOTE,
                   "One-task notice (R14): seq 11 (R77), category the numbered label '整改问题' (R83, C17), title the "
                   "statement without '。' (R86).",
                   "Status done: '我区已完成…第11项问题整改,拟申请验收销号' (R93/R94). Measures 1: the 整改措施 paragraph "
                   "(R96); the 整改主要工作及成效 line is the result (R118).",
                   "Units []: '来源:麻山区住建局' is page metadata (R38) and 受理部门 receives objections; deadline null: "
                   "'力争2025年底前' sits in the 整改目标 (no 整改时限 field).",
                   "Issuer the signature as printed (R37; the title names no body); report date the signature, same "
                   "day as the 发布时间 line. Inspector null (no team named)."]),
    "hljlanxi_lanxi_item16_monitoring_sections_signoff": dict(
        excerpt=False,
        genre="a county's 公示 of ONE 省督察 task (2020年第十六项) rectified, with no title line: 整改任务 of two sentences, "
              "整改措施 1.-4., 整改主要工作及成效 1.-4.; site footer cut",
        kind="bulletin", title=None, issuer="中共兰西县委 兰西县人民政府", report_date="2022-11-25",
        inspection=ins(), headline=head(), problems=LANXI,
        anomalies=[_CHECK_NOTE,
                   "No title line: the copy starts with the body (R33). Cut only in the footer ('E- mail:05'): not an "
                   "excerpt (R5).",
                   "seq 16 from '第十六项' (R77); category the numbered label '整改任务' (R83, C17); title the whole "
                   "statement under it, two sentences of one finding, without the final '。' (R14, R88).",
                   "Measures 4: 整改措施 1.-4. (R96); the 整改主要工作及成效 1.-4. are results (R118). Status done "
                   "('已完成…问题整改,拟申请验收销号', R94). Units [] (受理部门 receives objections).",
                   "'2020年' in '督察2020年第十六项' dates no inspection period (R53). Issuer the signature with its space "
                   "(R37)."]),
    "wuhu_provincial_ducha_mines_batch_signoff_cut": dict(
        excerpt=True,
        genre="a city 生态环境局's sign-off 公示 of several named 省督察 problems in one page, each block '一、“…”问题' with "
              "(一)整改问题 … (六)整改完成情况; cut inside the second block",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=WUHU,
        anomalies=[_CHECK_NOTE,
                   "Cut mid-field ('…未办理使用林地审批和'): excerpt (R5); no title line, signature or date in the copy "
                   "(R33, R44); the site is not the issuer (R38).",
                   "NEW: a batch of one-task blocks: one problem per '一、“…”问题' heading (R7), titled by the heading "
                   "(R88 SETTLED s15: a heading on its own line with a description below; R13), its quotes and '问题' "
                   "wrapper stripped (R86); the block's '(一)整改问题' field restates it and is no second problem.",
                   "Status done for both: the lead says the listed problems '已整改完成,并通过核查验收' (R94). The third "
                   "problem ('镜湖区团结一村仍存在污水外溢') is named only in the lead: not labelled (R164); the "
                   "'转办的部分信访件' are no problems (R17).",
                   "Problem 1: measures 3 ((三)重点措施 1.-3., R96; (六)整改完成情况 is the result, R118), unit the "
                   "整改实施主体 '南陵县委、县政府' whole (R101's '区委、区政府' exception), deadline the 完成时限 as "
                   "written. Problem 2 is cut before its fields: measures 0, no unit, no deadline (R24).",
                   "Inspector null: '2024年省生态环境保护督察' names no team (R48)."]),
    "xtrednet_xiangtan_landfill_leachate_pointed_out_xiaohao_news": dict(
        excerpt=False,
        genre="city news of a 省核查组's 整改销号 check of ONE problem that the 长江 警示片 and the 中央督察报告 '均指出' (kind 4): "
              "the problem, what was done, and '一致同意销号'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=XTREDNET,
        anomalies=[_CHECK_NOTE,
                   "ONE named problem (R108): title the statement after '均指出', '问题' kept (R87), the lead-in "
                   "('2020年长江经济带生态环境警示片以及第二轮中央生态环境保护督察报告中,') dropped (R92).",
                   "Status done: '一致同意销号' (R93's 销号). Measures 1: the account of the fix in one undivided "
                   "paragraph (C27 SETTLED s24, R96); the '后续…将启动…' plan is no measure (R98).",
                   "Unit '市城管执法局' (R104: named in prose as the body that pushed the rectification).",
                   "Inspector null: the finding comes from a 警示片 and a 督察报告 (no team named, R48); the 省核查组 did "
                   "the sign-off check (R53). News: kind, title and issuer null (R30, R34); '12月2日讯' has no year "
                   "(R44): report date null."]),
    "twgreatdaily_jurong_two_assigned_items_behind_schedule_trad": dict(
        excerpt=False,
        genre="a paper's news (traditional) of a city 督查组 checking two items '均由省級環保督察交辦,但目前均未達整治序時' "
              "(kind 4 with two items), what was done and what the 督查组 asked",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=TWGREAT,
        anomalies=[_CHECK_NOTE,
                   "Two items a provincial 督察 handed down, one problem each (R10). NEW: item 1's title is its printed "
                   "finding ('封場後滲濾液處理設施長期停用,積存大量垃圾滲濾液的突出問題', place lead-in '在句容城北垃圾填埋場,"
                   "針對' dropped, R92; '問題' kept, R87) rather than its quoted task name (R121: a task name states "
                   "nothing wrong); item 2 prints no finding, so its quoted task name '邊城青山石灰窯復綠' is its one "
                   "statement.",
                   "NEW: status in_progress for both: '均未達整治序時' (R93: behind schedule, work under way, not done).",
                   "Measures: item 1 0 (the 督察组's '要求…' are requirements, R98); item 2 1 ('原有十餘座石灰窯已拆除到位,"
                   "數台挖機正在進行土地平整和綠植栽種', an undivided account, R96). Units []: '責任單位' unnamed.",
                   "Inspector null: '省級環保督察' names no team (R48); the 鎮江市 督查组 checks others' rectification (R53). "
                   "News: kind, title null (R30, R34); '4月10日訊' has no year (R44). Titles simplified (R91); ASCII "
                   "quotes in the text kept (R2)."]),
    "ksrykj_kunming_yangtze_items_acceptance_counts_trad": dict(
        excerpt=False,
        genre="near miss: city news (traditional, glossed) of a 验收组 passing five 长江经济带 problems and one 专项督察 "
              "problem: counts, places named together, no item stated",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(5, 5), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: the places ('安寧市金方街道思邑村鋼渣、…等生態環境問題整改情況') are named in one sentence "
                   "with nothing of their own (R19, R122): [].",
                   "NEW: two tallies of two inspections ('5項長江經濟帶生態環境問題已全部完成整改', '專項督察反饋的1項問題也完成"
                   "整改'): the first-stated read (R65), 5 total and 5 done (R71 all done); R69's yihaowenku reading "
                   "(no one subject → null) would give null.",
                   "The 验收组 is an acceptance check (R53): no inspector, no dates; '日前' gives no report date (R44). "
                   "Glosses kept in the text (R2)."]),
    "shstcl_hengyang_petition_sand_washing_closed_trad": dict(
        excerpt=False,
        genre="near miss: a county bureau's news (traditional, spam menu, glosses) of ONE 省督察 信访交办件 about a sand "
              "washing yard, verified, fixed and closed ('已經辦結')",
        kind=None, title=None, issuer=None, report_date="2020-09-28",
        inspection=ins("省督察組"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "NEW: news (not a sign-off 公示) of ONE petition case closed → [] (R17, C33 SETTLED s24: 信访件 are "
                   "never problems; the one-case exception is for a sign-off 公示).",
                   "Spam menu line and '???' in the date line kept, as is the '?' inside '已斷水?dāng)嚯?,' (R2).",
                   "Report date the page's 發布時間 (R40); the headline is news: title null (R34); '來源' is metadata: "
                   "issuer null (R38). Inspector the team as printed, '省督察組' (R46)."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
MEASURES = {"xizang_housing_task38_2_county_sewage_table_cut": 1, "jiximashan_mashan_item11_sewage_collection_signoff": 1,
            "hljlanxi_lanxi_item16_monitoring_sections_signoff": 4, "wuhu_provincial_ducha_mines_batch_signoff_cut": 3,
            "xtrednet_xiangtan_landfill_leachate_pointed_out_xiaohao_news": 1,
            "twgreatdaily_jurong_two_assigned_items_behind_schedule_trad": 1}


def recount(stem: str, text: str) -> int:
    """The problems counted again from each text by a pattern of its own."""
    if stem.startswith("xizang"):
        return len(re.findall(r"^反馈问题 \|", text, re.M))
    if stem.startswith(("jiximashan", "hljlanxi")):
        return len(re.findall(r"^一、整改(?:问题|任务):", text, re.M))
    if stem.startswith("wuhu"):
        return len(re.findall(r"^[一二三四五]、“", text, re.M))
    if stem.startswith("xtrednet"):
        return text.count("均指出")
    if stem.startswith("twgreatdaily"):
        return len(re.findall(r'\\?"[^"]+\\?"(?:和|兩個)', text))
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: numbered items of each 整改措施/重点措施 field, or 1 for an undivided one."""
    if stem.startswith("xizang"):
        return len(re.findall(r"^整改措施 \|", text, re.M))
    if stem.startswith("jiximashan"):
        return len(re.findall(r"三、整改措施:\n[^\d]", text))
    if stem.startswith("hljlanxi"):
        field = text.split("三、整改措施:")[1].split("四、")[0]
        return len(re.findall(r"^\d\.", field, re.M))
    if stem.startswith("wuhu"):
        field = text.split("(三)重点措施")[1].split("(四)")[0]
        return len(re.findall(r"^\d\.", field, re.M))
    if stem.startswith("xtrednet"):
        return text.count("达成整改目标")
    if stem.startswith("twgreatdaily"):
        return text.count("已拆除到位")
    return 0


def _forms(y, m, dd):
    return (f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日")


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories, units and deadlines as
    written; measures as recounted; the document fields; the near misses hold no problem."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(not p["title"].endswith((";", "。", "...")) for p in probs), stem
    for p in probs:
        assert p["seq"] is None or str(p["seq"]) in text or "三十八" in text or "十六" in text, (stem, p["seq"])
    check_doc(stem, d, text, report_forms=_forms)
    assert not d["excerpt"] or len(text.encode("utf-8")) >= 1990, stem  # a cut copy fills the store's ~2,000 bytes


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    near = [k for k, d in DOCS.items() if not d["problems"]]
    assert 3 * len(near) <= len(DOCS), near
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=8, urls=URLS,
                       trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert not GLOSS.search(p["title"]) and all(c not in p["title"] for c in "場後濾積問題邊窯復綠"), p["title"]


if __name__ == "__main__":
    main()
