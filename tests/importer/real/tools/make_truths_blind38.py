"""Write the texts and truth files of tests/importer/real/blind38: a ROUND held-out set of real pages of any of issue 10's
kinds, labelled on 2026-12-06 (21:49-21:55 UTC by the machine clock) by helper label52, who did not read or change the
parser (zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the
lead scores it. Other helpers' worktrees were not opened (RULES.md); every url was checked with /work/wt/known_urls.py
before it was taken and again before the commit against the other trees only (1,310 keys at 21:53 UTC: all new; jiaodong checked at 21:54),
and a distinctive phrase of each was grepped in /work/main/tests/importer and
/work/shared/corpus (no hit).

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C19), make_truths.py (head/ins/prob); structure
after make_truths_blind37.py. The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as
strings into TEXT (ASCII commas, PDF line breaks mid-word, keyword spam, chrome and login lines kept as returned).

Exhaustion (the brief's warning held, worse than blind37): about 90 urls seen over 24 queries; ~60 were KNOWN (czs2y,
bxjwjw, lyruiju, fyxfw, lydyyy, m.ilynn 南宁 audit, zhuangpeitu 湖北 回头看, haerbin.baogaosu 最高检, ssqfy / hbfy courts,
fj.ptzy, lzq 20250619, wuch, jw.km, hgjwjw, qdubb, asdi, bipartisan-report, itongcheng, bpxww, wbq, nllz, haltzi, pdsjjw,
hsjw, wdjjw, studioretreats, yuyang.qinfeng, gdcy, nanhaizi, bailiqin, silkroad, dwxsb.whu, aqnu, lrkyav9, reportify …).

Queries (``pages`` corpus, 24): 农商银行党委 巡察整改进展情况的通报 问题一; 人民检察院党组 关于巡察整改进展情况的通报; 生态环境保护督察
县 存在问题 一是 二是 三是 整改; 巡察反饋問題整改 公示 表格 序號 整改措施 完成時限; 审计查出问题整改情况 公告 问题 整改结果 已整改 学院;
医院党委关于巡察整改情况的通报 问题 整改措施 已完成; 道客巴巴 巡察反馈问题整改清单 问题 整改措施 责任人 完成时限; 巡视整改进展情况的
通报 集团公司党委 关于 问题的整改 已完成; 环保督察 县 反馈问题 水污染 大气污染 整改时限 责任单位 清单; 關於巡察整改進展情況的通報 黨組
問題 已完成整改; 公示 整改 一览表 序号 问题描述 整改情况 村; 审计署 审计发现 问题 整改 公司 已整改 追回资金 文档 下载 原创力; 督察发现
县 问题一 问题二 典型案例 生态环境 通报; 大学党委 巡视整改 进展情况 通报 关于 问题的整改情况 一是; 公示 整改情况 问题 整改措施 整改结果
镇 反馈 一、 二、 三、 已整改到位; 关于审计发现问题整改情况的公告 一、关于 问题 整改情况 已整改 医院; 法院 巡察反馈问题 整改落实情况
通报 问题1 整改措施; 督察組 反饋 存在問題 整改 縣政府 一是 二是 三是 環境; 整改销号公示 …; 豆丁网 审计整改报告 …; 巡察组反馈 镇党委
存在问题 一是 二是 三是 四是 反馈会; 反馈问题整改情况 公示 序号 存在问题 整改措施 整改结果 社区党委; 审计整改 公告 关于 问题的整改情况 整改状态 已完成
国有企业 集团; 消防 检查 曝光 单位名称 存在问题 处理措施 责令 (found jiaodong; sxgp KNOWN).

Declined, new by key but not taken: www2.tvboxnow (a traditional forum copy of a 环保部 专项督导 announcement with anti-copy
noise lines: plans only, no finding or figure); libraradio.com.tw and matsu-news.gov.tw (Taiwan county meetings, no
inspection); qingdaomop (a forum print copy of a 消防 exposure whose 26 bodies are in an image: no finding);
news.sohu 2013 (审计署 central-enterprise audit news, bodies only); zhetiaohe / fengdujob / abg.baidu (search-tag pages of one line). The brief's one-task 公示 and 审计整改 veins
returned only KNOWN pages or regulations (学校审计整改办法: no problems) within the time.
Note on lzq: its sister page lzq.gov.cn/news/show/20250619172731456.html (the 整改情况 通报 of the same 巡察) is labelled in
snippets10 (lizhou_court_linked_xuncha); the page taken here is a different document and url, the earlier 公示 of the
feedback problems themselves (20250110144825318), checked 'new'.

Kinds (issue 10), problems and measures:
  - lzq: (2)/(7) a 区法院党组's 巡察反馈问题公示: dates and parties in the lead, '一、巡察发现的主要问题', headings (一)(二) run into
    their 一是…四是 items; cut in the sixth item: 6 problems (4 + 2), measures 0, kind null (NEW: a 公示 of the feedback,
    no rectification reported).
  - r119: (6-like exposure) a respun copy of the 中央生态环境保护督察 typical-case 通报: six case headings each over one
    paragraph, cut after the sixth heading: 6 problems.
  - yihaowenku: (5)+(2) a doc-site cut copy of a county speech: tallies of four inspections (no total), then '三、目前我县突出
    环境问题' with '关于…。' items and the bureau responsible: 3 problems (third cut), measures 0 (orders).
  - xinjr: (6-like check) a bank branch's spot check of its outlets: praise, then one finding '如内务清理不到位,…': 1 problem.
  - tongshan: (7-like) a 电视问政 follow-up news item on one exposed problem of one town, fixed: 1 problem, done.
  - (dropped by the lead after labelling: zzx168, a traditional 新华网 copy of a central 督察 feedback whose stored copy
    opens with a line of adult keyword spam; not text to keep in the project. 10 pages remain.)
  - weinan: (5) a 镇 feedback news item, problems named in one sentence: 0 problems (R19).
  - hsxzf: (6-like) a county check of townships' rectification, kinds in one sentence, requirements; login chrome: 0.
  - ayfybq: (news) a hospital audit committee meeting; 一是-四是 are requirements: 0.
  - dvnkrgt: (news, traditional) a university audit meeting disclosing problems without stating them: 0.
  - jiaodong: (2-like exposure) four 消防 cards '一、<body>' / '存在问题:' / '整改措施:责令…': 4 problems, measures 0.

Totals: 11 documents, 21 problems (6+6+4+3+1+1). Measures all 0 (orders and requirements are not measures, R72/R98).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- lzq: (NEW) kind null: a 巡察反馈问题公示 publishes the feedback and reports no rectification (R27 needs rectification
  reported; not a plan either, R28). Problems one per 一是 item (R8), seq counting from 1 under each heading (R76a); title
  the whole item run into its examples (R88 heading run into its description on the same line), trailing '。' and space
  dropped; category the (一)/(二) heading without number and '。' (R85).
- r119: one problem per case heading (R10 曝光 card, R88 heading on its own line); report date the aggregator's
  '发布时间:2024-11-22' (R40) although the item is a June dispatch ('6月13日电', no year: no dates, R60); '7个典型案例' are
  cases, no figure (R68); inspector the 督察组 batch named in the lead (R46), inspected null (seven provinces).
- yihaowenku: (NEW) headline null: the copy tallies four inspections (X masked / 49,40 / 73,54 / 4) with no total and no
  one subject (R69); '信访 25 个' never a figure (R17); problems the '关于…。' items under '目前我县突出环境问题' (R8, R86
  '关于' stripped, closing '问题' kept R87, the split '砖\n瓦' joined), units the bureau named as responsible (R104).
- xinjr: (NEW) a check stating one concrete finding after praise ('但…如…'): one problem, the example clause (R16 clause
  after 但, R92 lead-in dropped).
- tongshan: (NEW) a follow-up news item on one exposed problem: one problem, the place dropped (R92), unit the town,
  status done ('将电视问政曝光的问题整改到位'); the 问政 programme is no inspection team: inspector null.
"""
import re
from pathlib import Path

from make_truths import (check_inspection_dates, check_names, check_problems, check_report_date, head, ins, prob,
                         write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind38"

TEXT = {
    "lzq_court_xuncha_feedback_problems_publicised_cut": (
        "按照区委巡察工作领导小组统一部署, 2024年10月16日至11月15日,区委第四联动巡察组对区法院党组开展了联动巡察。2025年1月3日,"
        "反馈了巡察意见。根据有关规定,现将巡察反馈问题公示如下:\n一、巡察发现的主要问题\n(一)贯彻落实党中央决策部署和省委工作要求"
        "有差距。一是学习贯彻习近平总书记有关重要指示精神不深入、落实“第一议题”不到位。如, 2023年8月19日院党组会传达学习习近平总书记"
        "来川视察重要指示精神时,未结合本院工作提出贯彻意见。又如,2021年有2次党组会学习,未将习近平总书记重要讲话精神列为“第一议题”。"
        "二是落实防止干预司法“三个规定”不够到位。存在院领导及部门负责人带头作用未充分发挥和督促院干警填报不到位等问题。如,2024年市中院"
        "通报显示,区法院领导及部门负责人多个月月平均填报条数低于全市法院平均值。 三是防范化解重大风险意识不够强。存在处置网络舆情不及时、"
        "化解信访不够有力等问题。如,2022年、2023年、2024年1-10月,区法院受理各类信访量逐年攀升。针对此情况,院党组至今未建立信访工作"
        "制度,没有定期汇总分析研判信访形势,采取切实有效措施解决。四是落实重大事项报告制度不到位。如,2021—2023年连续三年院党组民主"
        "生活会召开情况未书面报告区委政法委。\n(二)司法服务大局不够有力。一是法治护航营商环境有差距。在涉企案件办理方面,落实“简案速裁、"
        "类案快审”等工作机制还有不足。抽查发现,2024年多起涉企买卖合同纠纷案诉前调解超过2个月。 2021年至2024年10月共办理3起破产案件,"
        "截至巡察期间,仅审结1件。二是落实“保交楼、稳民生”政策迟缓。如,推进鲲鹏小镇“保交楼”项目工作中,区法院对上级政策精神领会、"
        "传达不迅速,沟通协"),
    "r119_central_eco_inspection_six_typical_cases_cut": (
        "中央生态环境保护督察集中通报7省市典型案例\n\n发布时间:2024-11-22 21:17:41 来源: sp20241122\n\n"
        "   中新网 6月13日电 据生态环境部微信公众号消息,第三轮第二批中央生态环境保护督察组深入一线、深入现场,查实了一批突出生态环境"
        "问题,核实了一批不作为、慢作为,不担当、不碰硬,甚至敷衍应对、弄虚作假等形式主义、官僚主义问题。为发挥警示作用,切实推动问题"
        "整改,现对第四批7个典型案例进行集中公开通报。\n\n  湖北省部分地方大气污染反弹严重\n\n  2024年5月,中央第四生态环境保护督察组"
        "督察湖北省发现,部分地方“两高”项目盲目上马管控不力,部分行业污染治理不到位,一些企业单位违法违规问题突出,环境空气质量反弹严重。"
        "\n\n  湖南省部分行业和领域大气污染防治工作存在短板\n\n  2024年5月,中央第五生态环境保护督察组督察湖南省发现,部分行业和领域大气"
        "污染防治工作不力,“两高”项目盲目上马管控不到位,违法违规问题多发。\n\n  重庆市一些地方环境空气质量持续下降\n\n  2024年5月,"
        "中央第六生态环境保护督察组督察重庆市发现,潼南区、涪陵区、綦江区、江津区等地大气污染防治措施落实不到位,一些地方“两高”项目"
        "盲目上马监管不力,环境空气质量持续下降。 \n\n  云南省部分高原湖泊保护治理不力\n\n  2024年5月,中央第七生态环境保护督察组督察"
        "云南省发现,滇池、杞麓湖、大屯海等高原湖泊保护治理不力,治理措施推进滞后,水质未得到有效改善。\n\n  上海市一些地方大气污染防治"
        "工作推进不力\n\n  2024年5月,中央第一生态环境保护督察组督察上海市发现,一些地方大气污染防治工作存在短板,机动车污染防治不到位,"
        "扬尘污染管控不力,企业违法排污问题时有发生。\n\n  浙江省一些城市空气质量出现反弹\n\n  20"),
    "yihaowenku_county_speech_tallies_three_items_cut": (
        "函)X个,已整改完成 16 个,剩余两个为 X书库水质问题;信访 25 个,已\n完成 24 个,剩余一个为污水处理问题;反馈意见问题 49 个,已整改完成\n"
        "40 件,剩余 9个问题主要为 4个污水处理厂建设问题,1个X水库水质问\n题,1个垃圾填埋厂问题,1个砖瓦行业问题,1个土壤问题,1个饮用水源\n"
        "规范化建设问题)。3.X 平原大气污染防治强化督察问题整改情况。X平原大\n气污染防治强化督察移交我县 73 个问题中,已完成整改 54 个问题,剩余\n"
        "19 个问题正在整改中,整改率 74%。剩余 19 个问题中涉及页岩砖厂整改 5\n个,落后淘汰产能 7个,企业环境问题整改 7个。4.省环保督察“回头看”\n"
        "反馈问题整改情况。省环保督察“回头看”督察共移交我县 4个问题,目前\nX水库问题、工业园区一期创新科技孵化园工地扬尘问题、部分工地未湿法\n"
        "作业、裸土未覆盖已整改完成,剩余工业园区污水处理厂建设进度滞后问\n题。\n三、目前我县突出环境问题\n关于砂石行业整治。县水务局"
        "牵头负责,结合之前省环保督察“回头\n看”整改工作一并推进。所有车辆进出砂石场必须进行覆盖;所有砂石场进\n出口要有喷淋设施、洗车池;"
        "道路必须要进行硬化;加工传输环节要全密闭\n作业,并且要有喷淋降尘措施;堆料场要加强覆盖,堆料场周边要进行围\n挡,围挡高度不低于"
        "堆料高度,堆料场周边围挡上也要有类似于建筑工地围\n挡上的喷淋设施;生产、生活废水严禁外排;危险废弃物规范管理。关于砖\n瓦行业问题。"
        "县国土局负责,6月20 日,国土局联合环保局已组织60%以\n上的砖厂业主到蓬溪县考察学习,请国土局严格比照学习标准督促整改,务\n"
        "必做到全封闭式、工厂式加工生产,严格执行“先整治,再生产”,复产后\n又反弹的要及时再次停产整改。关于“散乱污”企业整治。县科技工信局"),
    "xinjr_bank_branch_spot_check_one_finding": (
        "近期,农行潍坊开发区支行开展运营现场突击检查工作,检查网点整体运营管理情况。检查重点包括内务清理、设备管理和业务资料保管等情况。"
        "从检查结果来看,各网点设备摆放有序、大厅卫生整洁、员工桌面无杂物。前期支行多次强调内务清理相关规定要求,通过检查、通报、整改"
        "取得了一定成效。但仍然存在部分问题没有纠改的情况,风险隐患依然存在,如内务清理不到位,抽屉内物品摆放杂乱。这反映了部分网点存在"
        "对内部清理不重视、执行落实不到位的情况。\n支行已将检查情况整理并下发通报,要求存在问题的网点,严格落实各项规章制度要求,对检查"
        "发现的问题立即作出整改,并将整改措施、落实情况反馈至支行综合管理部。"),
    "tongshan_tv_exposure_followup_one_problem_done": (
        "【电视问政整改跟踪报道】南林桥镇:积极回应 迅速整改 2018-12-24 14:50 0 云上通山报道:(全媒体记者 李姗姗)南林桥镇环境脏乱差,"
        "河面垃圾成堆问题在第三期媒体问政节目中曝光后,该镇迅速召开镇党组会议认真研究、直面问题,迅速整改。 12月21日,记者来到南林桥镇"
        "南林村进行了探访,发现这里村庄干净了,河里垃圾少了水也清了,村民都在河里洗菜用水,跟之前电视问政曝光的垃圾成堆、臭气熏天的画面"
        "形成鲜明对比。 据陈东介绍,目前将电视问政曝光的问题整改到位后,接下来将发动群众配合清运公司利用半个月的时间将全镇范围内环境卫生"
        "问题整改到位。 编辑:谭茜 编审:唐尚伟"),
    "weinan_dangmu_town_linked_xuncha_feedback_one_sentence_cut": (
        "为深入学习贯彻习近平总书记关于脱贫攻坚系列重要讲话精神和中央决策部署、省市委有关要求,市委成立脱贫攻坚市县联动巡察组,重点围绕"
        "“四个落实”聚焦“八看”,于3月7日至4月20日对蒲城县党睦镇党委落实脱贫攻坚开展了专项巡察。7月19日,联动巡察组向党睦镇党委反馈了"
        "巡察情况。联动巡察组组长张占刚、副组长樊永峰,县委常委、县纪委书记、监委主任张峰参加会议并就巡察整改提出意见建议。党睦镇党委"
        "书记杨晓锋主持会议并作表态发言。\n张占刚、樊永峰分别从镇村两个层面对党睦镇党委开展脱贫攻坚专项巡察情况进行了反馈。指出,党睦镇"
        "党委脱贫攻坚方面存在的主要问题是:理论学习不深入,政策落实有偏差,党建助推脱贫后劲不足,干部作风仍需改进,行政村干部队伍结构"
        "不合理,政策落实不实不细等问题。同时,张占刚向党睦镇党委提出了三点建议:要提高政治站位,充分认识做好巡察整改的重大意义;要坚守"
        "责任担当,确保巡察整改落细落实;要加强日常监督,确保巡察整改取得实效。\n张峰对党睦镇党委巡察整改提出五点要求:要提高站位,做好"
        "整改责任不推脱,整改标准不降低,整改任务不空转;要调准焦距,整改措施要精准;要调远距离,要举一反三整改问题;要调实重点,突出实效;"
        "要调优队伍,不断提升干部队伍素质。\n杨晓锋表示,巡察组反馈的巡察情况客观实际,对巡察组反馈的问题镇党委诚恳接受,坚决整改。要提高"
        "政治站位,坚持问题导向;要主动扛责在肩,夯实“两个责任”;要坚持问责问效,强化督促检查;要强化使命担当,拓展巡察成果。\n市县联动"
        "巡察组有关同志,县委组织部、县纪委有关领导,县委巡察办主任,党睦镇领导班子成员、机关干部,各村主要负责人,驻村第一书记、工作队"
        "及部分群众代"),
    "hsxzf_county_check_townships_kinds_login_chrome": (
        "我县督查各乡镇突出环境问题整改情况\n11月10日,由县环保局牵头,县纪委、督查室等单位配合,共同对相关部门及12个乡镇的未归定保护区"
        "农村饮用水源、10蒸吨以下燃煤小锅炉、封山禁牧等问题的整改落实情况进行督查。\n督查组要求,各乡镇、相关部门要建立问题清单,制定"
        "问题整改措施,对辖区内未划定保护区的农村饮用水源进行安全排查,确保水源附近居民饮用水安全;要在2017年10月前停止使用10蒸吨以下的"
        "燃煤小锅炉,目前正在使用的要采取除尘,脱硫等措施,并委托环境监测资质单位对锅炉烟尘排放状况进行监测;要加大巡查、检查力度,严禁"
        "农户燃烧秸秆等污染环境的行为,并严格落实封山禁牧工作措施,保护辖区生态植被。同时,针对本次督查存在问题,要在规定的期限内予以整改,"
        "确保环境整改各项工作任务得到全面落实。\n账号+密码登录\n手机+密码登录\n还没有账号?\n立即注册"),
    "ayfybq_hospital_audit_committee_meeting_requirements": (
        "2月8日上午,医院召开2025年审计委员会第一次会议。院党委书记戴晓支作会议讲话,主任委员、党委副书记、执行院长李永怀主持会议。"
        "在院领导及委员会委员参会。\n\n会上,审计部对2024年度工作情况及2025年度内审计划进行汇报,并审议了《关于审计发现问题整改情况专项"
        "检查的报告》和《2025年度内审工作计划》,各位委员就审议事项提出意见和建议。\n戴晓支对下一步工作提出四点要求:一是提升站位,深刻"
        "认识审计工作对医院发展的重要意义和关键作用;二是主动担责,各责任部门要积极配合审计工作,确保协同高效;三是审计部门要加强指导,"
        "与相关部门形成有机联动,提升工作合力;四是抓紧抓实整改任务的落实,促进审计工作提质增效,推动医院高质量发展。\n李永怀要求,要"
        "高度重视审计整改工作,针对本次会议汇报的审计整改发现的问题,各责任部门需积极落实整改,加大对落实情况的跟踪监督。他强调,审计"
        "整改必须具备时效性,各责任部门需根据问题性质和整改难易程度,明确整改时限,确保问题在规定时间内完成整改。\n\n审计整改责任部门的"
        "主要负责人列席会议。(审计部 汪湖)"),
    "dvnkrgt_university_audit_meeting_trad": (
        "5月26日上午,學校審計聯席擴大會議在聞廳一樓會議室召開。校長宋明順主持會議并講話,審計聯席會議成員、各單位行政負責人參加了會議。"
        "\n\n會上,審計處處長張雅通報了2020年上半年審計工作情況,對本年度內部審計發現的問題進行了披露,強調了審計整改的重要性,通過對省級"
        "政策精神的研讀領悟,從政府審計和內部審計角度闡述了審計整改過程中應該注意的事項,并對學校2017年至2019年審計項目整改銷號工作進行了"
        "布置。最后根據學校的工作部署,結合審計廳發布的審計發現共性問題清單和省委巡視關注重點,對各二級單位的自查整改工作進行了布置。\n\n"
        "宋明順強調,各單位要高度重視審計自查整改工作的落實,單位的黨政主要負責人是本單位審計自查整改工作的第一責任人,要提高政治站位,"
        "對清單上提出的共性問題逐一對照檢查,通過此次自查整改,全面分析本單位內部管理中存在的問題和風險,邊查邊改,以查促改,切實加強單位"
        "內部規范管理,提高資金的使用效益,同時要深化制度建設,強化制度執行,構筑起一道經濟安全的防火墻,推動學校更加平穩、有序、安全地快速"
        "發展。"),
    "jiaodong_yantai_fire_exposure_four_cards": (
        "这4家单位被点名曝光!\n\n烟台市人民检察院 2024-03-19 09:30\n\n       烟台市持续开展消防安全集中除患攻坚大整治行动,通过集中开展"
        "大排查、大整治、大曝光、大演练、大约谈、大督导行动,全面排查三类场所突出风险隐患,严格落实整治重点要求,推动压实火灾防范责任,坚决"
        "遏制重特大火灾事故发生。结合近期检查、排查中发现的问题,现对存在消防安全隐患的单位曝光如下:\n\n \n\n \n \n\n \n\n \n\n"
        "一、牟平区亮亮称盘麻辣烫店\n\n存在问题:\n\n货架遮挡一层北侧室内消火栓\n\n整改措施:责令限期整改并处罚\n\n \n \n\n \n\n \n\n"
        "二、牟平区名馥包子铺\n\n存在问题:\n\n在疏散楼梯口放置杂物\n\n整改措施:责令限期整改并处罚\n\n \n \n\n \n\n \n\n"
        "三、牟平区振鸿商店\n\n存在问题:\n\n占用堵塞安全出口 \n\n整改措施:责令限期整改并处罚\n\n \n \n \n\n \n\n \n\n"
        "四、牟平区张杨毕烧烤店\n\n存在问题:\n\n南侧堆放杂物堵塞疏散通道\n\n整改措施:责令限期整改并处罚\n\n编审:李蕾\n相关新闻"),
}

URLS = {
    "lzq_court_xuncha_feedback_problems_publicised_cut": "https://lzq.gov.cn/news/show/20250110144825318.html",
    "r119_central_eco_inspection_six_typical_cases_cut": "http://119.23.250.19:2008/api/data.php?Vx=UO7.html",
    "yihaowenku_county_speech_tallies_three_items_cut": "https://yihaowenku.com/doc/17405.html",
    "xinjr_bank_branch_spot_check_one_finding": "http://xinjr.com/yinxing/yaowen3/2017-11-21/470731.html",
    "tongshan_tv_exposure_followup_one_problem_done": "http://tongshan.cjyun.org/p/56273.html",
    "weinan_dangmu_town_linked_xuncha_feedback_one_sentence_cut": "https://weinan.qinfeng.gov.cn/info/1208/74591.htm",
    "hsxzf_county_check_townships_kinds_login_chrome":
        "https://www.hsxzf.gov.cn/xxgk/fdzdgknr/zdxxgk/hjbh1/content_7603",
    "ayfybq_hospital_audit_committee_meeting_requirements": "https://www.ayfybq.cn/info/1002/26155.htm",
    "dvnkrgt_university_audit_meeting_trad": "https://www.dvnkrgt.xyz/info/1133/21520.htm",
    "jiaodong_yantai_fire_exposure_four_cards": "https://ytapp.jiaodong.net/system/2024/03/18/200211352.shtml",
}


# lzq: one problem per 一是…四是 item (R8), seq from 1 under each heading (R76a); title the whole item run into its
# examples (R88), trailing '。' / space dropped; category the (一)/(二) heading without number and '。' (R85)
_LZ = TEXT["lzq_court_xuncha_feedback_problems_publicised_cut"]
LZQ = []
for _line in _LZ.split("\n"):
    _h = re.match(r"^\((一|二)\)([^。]*)。(.*)$", _line)
    if not _h:
        continue
    for _i, _item in enumerate(re.split(r"[一二三四]是", _h.group(3))[1:], 1):
        LZQ.append(_p(_i, _item.strip().rstrip("。").strip(), _h.group(2)))

# r119: one problem per case heading (R10, R88): the indented lines that are followed by a '2024年5月' paragraph or the cut
_RC = TEXT["r119_central_eco_inspection_six_typical_cases_cut"]
R119 = [_p(None, m.group(1)) for m in re.finditer(r"\n\n  (\S[^\n]*?)\n\n  20", _RC)]

# yihaowenku: the '关于…。' items under '三、目前我县突出环境问题' (R8); '关于' stripped (R86), line breaks joined;
# unit the bureau named as responsible (R104); the requirements are orders: measures 0 (R98)
YIHAO = [_p(None, "砂石行业整治", "目前我县突出环境问题", ["县水务局"]),
         _p(None, "砖瓦行业问题", "目前我县突出环境问题", ["县国土局"]),
         _p(None, "“散乱污”企业整治", "目前我县突出环境问题", ["县科技工信局"])]

XINJR = [_p(None, "内务清理不到位,抽屉内物品摆放杂乱")]
# s24, lead: C27 — count the account: measures 1 (was 0).
TONGSHAN = [_p(None, "环境脏乱差,河面垃圾成堆", units=["南林桥镇"], status="done", measures=1)]

# jiaodong: one problem per 曝光 card (R10), seq the card number (R75), title the '存在问题:' field (R89) with its trailing
# space dropped, unit the card's body (R102); '整改措施:责令限期整改并处罚' is an order: status null, measures 0 (R72, R98)
_JD = TEXT["jiaodong_yantai_fire_exposure_four_cards"]
JIAODONG = [_p("一二三四".index(m.group(1)) + 1, m.group(3).strip(), units=[m.group(2)])
            for m in re.finditer(r"^([一二三四])、(\S+)\n\n存在问题:\n\n([^\n]+)\n", _JD, re.M)]

DOCS = {
    "lzq_court_xuncha_feedback_problems_publicised_cut": dict(
        excerpt=True,
        genre="2/7 a 区法院党组's 巡察反馈问题公示 (no title line in the copy): a lead with the 巡察 period, team and feedback "
              "day, '一、巡察发现的主要问题', headings (一)(二) run into their 一是…四是 items with 如/又如 examples; cut in the "
              "sixth item",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区委第四联动巡察组", "区法院党组", "2024-10-16", "2024-11-15", "2025-01-03"),
        headline=head(), problems=LZQ,
        anomalies=["(NEW) Kind null: a 公示 of the 巡察's feedback problems reports no rectification (R27 bulletin needs "
                   "rectification reported; no plan either, R28).",
                   "One problem per 一是…四是 item (R8), seq counting from 1 again under each heading (R76a): 1-4, 1-2; the "
                   "title is the whole item run into its '如,…' examples (R88 heading run into its description on the same "
                   "line), trailing '。' and the stray space before ' 三是' dropped (R86); category the (一)/(二) heading "
                   "without its number and '。' (R85).",
                   "Inspector and inspected as the lead names them (R46, R47); period 2024-10-16..2024-11-15 (the year of "
                   "'2024年10月16日至11月15日' carries to the end, R58); feedback '2025年1月3日' (R55).",
                   "Cut inside the sixth item ('…沟通协', R25): excerpt true; measures 0 (feedback, no actions); the "
                   "examples' '2次', '3起', '1件' are no figures (R68).",
                   "Its sister page (lzq 20250619, the 整改情况 通报 of the same 巡察) is labelled in snippets10; this is a "
                   "different document and url."]),
    "r119_central_eco_inspection_six_typical_cases_cut": dict(
        excerpt=True,
        genre="6-like exposure: an aggregator's respun copy of a 中新网 item on the 中央生态环境保护督察 typical cases: a news "
              "headline, a '发布时间' line, a lead, then per case an indented heading over one '2024年5月,…督察…发现,…' "
              "paragraph; cut after the sixth heading",
        kind=None, title=None, issuer=None, report_date="2024-11-22",
        inspection=ins("第三轮第二批中央生态环境保护督察组"), headline=head(), problems=R119,
        anomalies=["One problem per case heading (R10 曝光 card; R88 a heading on its own line with its description below "
                   "→ the heading); seq null; category null; no unit named as told to rectify; status null; measures 0.",
                   "The sixth case is cut after its heading ('  20'): labelled as far as the copy goes (R25); excerpt true.",
                   "Report date the page's '发布时间:2024-11-22' (R40) although the dispatch is '6月13日电' (no year, R60) "
                   "and the cases are of '2024年5月' (a month, no day: no period).",
                   "'第四批7个典型案例' are cases, no figure (R68); kind null (an exposure, R29); the first line is a news "
                   "headline, not a document title (R34); inspector the batch named in the lead (R46); inspected null "
                   "(seven provinces)."]),
    "yihaowenku_county_speech_tallies_three_items_cut": dict(
        excerpt=True,
        genre="5+2 a doc-download site's cut copy (PDF line breaks mid-word, masked 'X' names) of a county speech: tallies of "
              "four inspections' problems ('函)X个,已整改完成 16 个', '反馈意见问题 49 个,已整改完成 40 件', '移交我县 73 "
              "个问题中,已完成整改 54 个', '共移交我县 4个问题'), then '三、目前我县突出环境问题' with '关于…。' items, the "
              "bureau responsible and requirements; cut in the third item",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=YIHAO,
        anomalies=["(NEW) Headline null: the copy tallies four inspections (the first total masked 'X', then 49/40, 73/54, "
                   "4) with no stated total and no one subject (R69 parts without total; R65 names no subject here); "
                   "'信访 25 个,已完成 24 个' are petitions (R17); '整改率 74%' is a rate (R68).",
                   "Problems the '关于…。' items under the heading '三、目前我县突出环境问题' (R8): '关于' stripped (R86), "
                   "the closing '问题' of '砖瓦行业问题' kept (R87), the line break in '砖\\n瓦' joined (R89); category the "
                   "heading (R82/R85); unit the bureau named as responsible ('县水务局牵头负责', '县国土局负责', the cut "
                   "'县科技工信局', R104).",
                   "The '必须…要…' sentences are requirements, not measures (R98): measures 0; status null (no result "
                   "stated); '6月20 日' study trip is no date (no year, R60).",
                   "The copy starts mid-sentence ('函)X个') and is cut in the third item: excerpt true; kind null (a speech, "
                   "R30); no title, issuer or date."]),
    "xinjr_bank_branch_spot_check_one_finding": dict(
        excerpt=False,
        genre="6-like a check with one finding: a finance site's news item on a bank branch's spot check of its outlets: "
              "what was checked, praise, '但仍然存在部分问题没有纠改的情况,…如内务清理不到位,抽屉内物品摆放杂乱', a "
              "requirement paragraph",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("农行潍坊开发区支行"), headline=head(), problems=XINJR,
        anomalies=["(NEW) A check stating one concrete finding after praise: one problem, the example clause after '如' "
                   "(R16 a clause after 但; R92 the lead-in '但仍然存在部分问题没有纠改的情况,风险隐患依然存在,如' dropped); "
                   "the praise ('设备摆放有序…') is no problem.",
                   "Status null and measures 0: '要求…立即作出整改' is an order (R72); no unit (the outlets are unnamed).",
                   "Inspector the branch that checked its own outlets (R46); inspected null (unnamed outlets); '近期' and no "
                   "year in the text: no dates (R60); kind null (a check, R29)."]),
    "tongshan_tv_exposure_followup_one_problem_done": dict(
        excerpt=False,
        genre="7-like a follow-up news item on one exposed problem: a county media site's '【电视问政整改跟踪报道】' headline "
              "run into its date and counter, the exposed problem, the town's response, the reporter's visit, the fix and "
              "the editors",
        kind=None, title=None, issuer=None, report_date="2018-12-24",
        inspection=ins(None, "南林桥镇"), headline=head(), problems=TONGSHAN,
        anomalies=["(NEW) One problem for the one exposed fault of one town: '南林桥镇环境脏乱差,河面垃圾成堆问题', the place "
                   "dropped (R92) and the wrapping '问题' stripped (R86); unit the town (R104); status done ('目前将电视"
                   "问政曝光的问题整改到位', and the reporter's '村庄干净了'); measures 0 (no numbered actions).",
                   "The 问政 programme is no inspection team: inspector null; inspected the town (R47).",
                   "Report date the run-on '2018-12-24 14:50' of the headline line (R40); the visit '12月21日' is no period; "
                   "kind null (news, R30); title null (a column-tagged news headline, R34).",
                   "s24, lead: C27 — count the account: a news item about one finding that prints an account of the fix "
                   "has one measure (R96): '迅速召开镇党组会议认真研究、直面问题,迅速整改' and the reporter's account → 1 (was "
                   "0; supersedes 'measures 0' above)."]),
    "weinan_dangmu_town_linked_xuncha_feedback_one_sentence_cut": dict(
        excerpt=True,
        genre="5 feedback news: a 镇 巡察 feedback meeting item: the 巡察 period and feedback day without a year, '存在的主要"
              "问题是:' with six faults in one sentence, suggestions, requirements, the town's pledge, attendance; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("脱贫攻坚市县联动巡察组", "蒲城县党睦镇党委"), headline=head(), problems=[],
        anomalies=["Problems named in one sentence after '存在的主要问题是:' in feedback news: [] (R19); no count: headline "
                   "empty.",
                   "'3月7日至4月20日' and '7月19日' have no year anywhere in the text: no dates (R60).",
                   "Inspector as the lead names the team (R46); inspected '蒲城县党睦镇党委' (R47); cut in the attendance "
                   "line ('部分群众代'): excerpt true; kind null (news, R30)."]),
    "hsxzf_county_check_townships_kinds_login_chrome": dict(
        excerpt=False,
        genre="6-like a check's news item: a county site's '我县督查各乡镇突出环境问题整改情况' (headline), the check day "
              "without a year and the kinds of problems checked in one sentence, the 督查组's requirements, login chrome",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["The kinds checked ('未归定保护区农村饮用水源、10蒸吨以下燃煤小锅炉、封山禁牧等问题') are one sentence and "
                   "no findings are stated: problems [] (R19); the requirements are orders (R72).",
                   "'11月10日' has no year; '2017年10月前' is a deadline and dates no period (R60).",
                   "Inspector null: a joint team '由县环保局牵头' printed only as '督查组' (R48 unnamed); inspected null "
                   "(12 townships and departments); '12个乡镇' are bodies (R68); kind null (R29); login lines kept (R2)."]),
    "ayfybq_hospital_audit_committee_meeting_requirements": dict(
        excerpt=False,
        genre="news: a hospital site's meeting note on its 审计委员会 (reports reviewed, a party secretary's four "
              "requirements 一是…四是, the president's requirements), a byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Meeting notes: kind null (R30); the 一是…四是 are requirements, not problems (R7); the audit problems "
                   "are not stated: problems []; no figure.",
                   "'2月8日' has no year ('2025年审计委员会第一次会议' names the meeting, not a date): no dates (R60)."]),
    "dvnkrgt_university_audit_meeting_trad": dict(
        excerpt=False,
        genre="news (traditional characters): a university's 审计联席扩大会议 note: the audit office 'disclosed' the year's "
              "internal audit problems without stating them, 销号 work and a 共性问题清单 arranged, the president's "
              "requirements",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Meeting notes: kind null (R30); the problems 'disclosed' are not stated in the copy: problems []; no "
                   "figure; '2017年至2019年審計項目' is no inspection period (R60 spirit: no check dated); '5月26日' has "
                   "no year."]),
    "jiaodong_yantai_fire_exposure_four_cards": dict(
        excerpt=False,
        genre="2-like several inspected bodies' problems on labelled cards: a city news app's copy of a 检察院 account's "
              "消防 曝光 ('这4家单位被点名曝光!'): the account and date line, a lead, then cards '一、<body>' / '存在问题:' / "
              "<finding> / '整改措施:责令限期整改并处罚', separated by lines of single spaces; editor and '相关新闻'",
        kind=None, title=None, issuer=None, report_date="2024-03-19",
        inspection=ins(), headline=head(), problems=JIAODONG,
        anomalies=["One problem per card (R10), seq the card number 一-四 (R75); title the '存在问题:' field (R89), the "
                   "trailing space of card 三 dropped; unit the card's body (R102); category null (no heading).",
                   "'整改措施:责令限期整改并处罚' is an order, not a done action (R72, R98): status null, measures 0.",
                   "No team named (a city-wide 集中除患 campaign): inspector null; inspected null (four bodies); '4家' are "
                   "bodies (R68); report date the account's date line '2024-03-19 09:30' (R40); kind null (an exposure, "
                   "R29); the first line is a news headline (R34); the single-space lines kept (R2)."]),
}

EXPECTED = {
    "lzq_court_xuncha_feedback_problems_publicised_cut": 6,
    "r119_central_eco_inspection_six_typical_cases_cut": 6,
    "yihaowenku_county_speech_tallies_three_items_cut": 3,
    "xinjr_bank_branch_spot_check_one_finding": 1,
    "tongshan_tv_exposure_followup_one_problem_done": 1,
    "weinan_dangmu_town_linked_xuncha_feedback_one_sentence_cut": 0,
    "hsxzf_county_check_townships_kinds_login_chrome": 0,
    "ayfybq_hospital_audit_committee_meeting_requirements": 0,
    "dvnkrgt_university_audit_meeting_trad": 0,
    "jiaodong_yantai_fire_exposure_four_cards": 4,
}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by a different route than the reading above."""
    if stem.startswith("lzq"):
        return len(re.findall(r"[一二三四]是", text.split("一、巡察发现的主要问题")[1]))
    if stem.startswith("r119"):
        return len(re.findall(r"督察组督察", text)) + text.rstrip().endswith("  20")
    if stem.startswith("yihaowenku"):
        return len(re.findall(r"关于", text.split("三、目前我县突出环境问题")[1]))
    if stem.startswith("jiaodong"):
        return text.count("存在问题:")
    if stem.startswith(("xinjr", "tongshan")):
        return 1
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    check_inspection_dates(stem, insp, text)
    check_report_date(stem, d, text, forms=lambda y, m, dd: ())


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=21, urls=URLS,
                       every_file=True)


if __name__ == "__main__":
    main()
