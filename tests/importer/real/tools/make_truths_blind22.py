"""Write the texts and truth files of tests/importer/real/blind22: a held-out batch of real pages on 审计 rectification
and 巡察 round/rectification summaries, labelled in session 17 by helper label27 (2026-12-06, 12:09-12:58 UTC), who did
not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched
parser (FIRST_RUN_blind22.txt) before anything else changed; whoever changes the parser for it must say so and keep that
first run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind19.py and make_truths_snippets20.py (head/ins/prob from
make_truths; traditional problems through make_truths_blind10.simplified, though the one traditional page here has none).
The texts are the stored copies the search tool's ``pages`` corpus returned, copied as returned (the JSON strings pasted
into TEXTS below and decoded): a hospital's news page with its '新闻中心' header, a view count ('2023-11-01 1531') and a
line holding one space; a portal's breadcrumb and '发布时间:… 信息来源:…' line; a spam host's copy of a hospital news item
whose hospital name was replaced by a casino brand ('im电竞app官网'); a traditional copy with pinyin glosses ('審計(jì)').
Whitespace-only characters were transcribed as the tool displayed them (ASCII spaces): if the store holds U+00A0 or
U+3000 there, the two pages with such runs (neijiang '\n \n', scps's six spaces) differ from the store in those
characters only. ``excerpt`` is true where the copy stops mid-sentence or mid-list (chuxiong, scps, whjjw) and false
where it reaches the page's last line or a byline.

Uniqueness: every "url" under /work/main/tests/importer (json and the make_truths_*.py generators), /work/shared/corpus and
every /work/wt/label*/tests/importer/real (but mine) was collected (host+path+query, scheme, 'www.' and a trailing '/'
dropped, lower case): 820 keys at the start, 853 before the commit (other labellers had added theirs); each new
page's key was checked against them, and a distinctive phrase of each text was grepped in every other set (no hit).

Queries (``pages`` corpus; 39 in all): 关于审计查出问题整改情况的报告 县审计局; 区委第三轮巡察 反馈问题 个 已整改 个 建立制度 项
整改工作会议; 經濟責任審計 發現問題 整改情況 公告; 原创力文档 审计整改情况报告 审计发现问题 整改措施; 审计整改情况公告 被审计单位
审计发现的问题 已整改 整改金额; 市委第二轮巡察 反馈问题 已整改 整改率 完善制度 项 通报; 县委巡察整改工作推进会 通报 反馈问题 条 已整改
条 建立健全制度; 审计查出问题整改情况 截至 月底 审计查出问题 个 已整改 个 整改率 %; 經濟責任審計 整改 問題 已整改 項 制定完善制度 項
縣; 道客巴巴 巡察反馈问题整改情况报告 一、 二、 整改落实情况; 巡察整改 反馈问题 个 已全部整改到位 建立完善制度 项 挽回经济损失 万元
乡镇; 審計查出問題整改情況的報告 已整改 項 整改金額 萬元; 审计整改 回头看 审计发现问题 个 已整改到位 个 正在整改 个 审计局 2022年;
巡視整改 進展情況 反饋問題 已完成整改 建立健全制度 項 黨委; 豆丁网 审计整改情况报告 针对审计提出的问题 整改情况如下; 内部审计 经济责任
审计 整改报告 学院 审计发现问题 整改措施 整改结果 问题一; 审计整改结果 公告 村 村级财务审计 发现问题 整改情况 镇; 县委巡察办 巡察整改
评估 本轮巡察 反馈问题 条 整改完成 条 完成率 立规建制; 国有企业 审计整改 公司 审计发现问题 项 已完成整改 项 修订制度 项 集团;
现将整改结果公告如下 审计发现的主要问题 审计发现问题整改情况 关于《审计报告》中提出; 离任经济责任审计 整改情况 公告 乡 审计指出问题
已整改; 市委巡察整改 工作会议 通报 上一轮巡察 反馈问题 整改完成率 建章立制 项 追缴资金; 巡察整改情况 公示 党支部 反馈问题 个 已整改
个 整改完成率 100% 社区; 審計 整改 問題 個 已整改 個 整改率 區審計局 督促 銷號; 百度文库 关于审计发现问题整改情况的报告 财务处
一、审计发现的问题 二、整改情况; 医院 审计整改 审计发现问题 条 已整改 条 完善制度 项 医院党委; 乡镇 巡察整改 进展情况 公开 反馈问题
条 已完成整改 条 持续推进 条 新建制度; 审计局 跟踪审计 整改 督查 发现问题 个 督促整改 个 区 2021年 通报; 关于审计整改结果的公告
对照审计发现问题 全面认真落实整改 现将整改公告如下 整改情况; 竣工决算审计 整改结果 公告 问题 整改情况:已 核减; 审计整改情况 公示
学校 审计报告 指出问题 整改情况 已整改 制度; 对村巡察 整改 发现问题 个 已整改 个 整改率 推动解决群众急难愁盼问题 件; 巡察整改 专项督查
督查组 发现整改不到位问题 个 责令重新整改 县纪委; 巡視組 反饋意見 整改落實 情況通報 已完成 項 正在推進 項 建立制度 黨組; 整改情况报告
文档 第1页 巡察 反馈问题整改 已阅读 继续免费阅读 党支部; 審計署 審計結果公告 整改情況 已整改 問題 億元 地方; 审计发现问题整改 销号
审计局 截至目前 累计 问题 项 已销号 项 整改金额 亿元 县; 巡察整改 反饋問題 個 已整改 個 整改率 縣委巡察辦 建立完善制度; 審計整改 督促
審計發現問題 整改到位 審計局 通報 鄉鎮 資金.

Exhaustion (the brief asks for figures): the 39 queries returned 8 results each, most of them repeats (the same dozen
audit pages came back for nearly every 审计 query). I checked the 68 distinct on-topic urls against the known keys: 50 were
known (74%), 18 new, of which 11 are labelled here (the other 7 were feedback/meeting notes with nothing to label or
near-copies of a kind taken). For the families the brief names the corpus is all but exhausted: every 审计查出问题整改情况的
报告 to a 人大常委会 it returned (慈溪, 瑞金, 宁波, 江西, 深圳, 罗湖, 元江 BBS copy) was known; every 巡察 round summary with 反馈问题X个/已整改Y个 (昆明, 婺城, 金垦二社区, 镇安 trad, 峨山 trad, 湘潭, 海东,
弥渡) was known; of the traditional copies only one new page (茌平 审计所, no figures) turned up, and no 文库/原创力/道客巴巴/豆丁
preview of a 整改情况报告 came back at all (the doc-sharing hits were templates, manuals and a 巡察反馈工作方案 outline). The
new pages below are what was left: two 审计整改结果公告 with problem lists (a 镇's 村级财务 audit, a hospital's 竣工决算 audit),
three audit leads with or without figures, and 巡察 feedback / rectification-work leads.

Kinds: a 审计整改结果公告 whose problems are listed twice, first as '(一)…;' headings under '一、审计发现的主要问题', then
restated one per answering paragraph '(一)关于《审计报告》中提出“…”的问题情况属实,…' under '二、…整改情况', cut in the
fourth answer (chuxiong); numbered '1.…问题。' items each followed by '整改情况:…' and closing figures (neijiang); audit and
巡察 news leads that hold figures only (tongchuan, spam_hospital, scps, funing) or none (whjjw, lingshou, anqing, shuanghe,
chiping_trad).

Problems: 15 (11 + 4), counted by hand and recounted in main() by regex (chuxiong: the '(一)…(十一)' lines before
'二、'; neijiang: the lines '<n>.…问题。'). Measures counted twice: by reading each answering paragraph, and by counting the
'整改情况:' paragraphs / the '关于《审计报告》中提出' paragraphs that hold text after '情况属实,' (main() checks it).

Judgement calls (each also in the truth's anomalies):
- (NEW) chuxiong: a problem listed as a heading and restated in its answer is ONE problem: the 11 headings of section 一
  are the problems (seq 1..11 from '(一)'…'(十一)', category '审计发现的主要问题', trailing ';'/'。' dropped); the restatements in
  section 二 are the answers: measure_count 1 for each of the three whole answers (undivided paragraphs), 0 for the fourth
  (cut right after '情况属实,') and for the seven whose answers are not in the copy. Status null: the notice says
  '进行了认真整改' but the answer to (二) only promises ('在今后的工作中将加强…'), so no item is labelled done.
  The body that publishes ('鹿城镇…现将整改结果公告如下') is named in the lead, not a signature: issuer null (blind19's nanjing
  rule); kind bulletin (a 整改结果公告); the audit '2020年7月6日至12月15日' → start/end.
- (NEW) neijiang: '1.多计建安投资1373048.97元问题。' → title '多计建安投资1373048.97元问题' (session 17, the lead: first
  labelled without the trailing '问题', as blind19 drops ' 的问题'; changed after the first run to the schema's rule, which
  strips only the 关于“…”问题的整改 wrapper and a trailing '。', and to the 92 earlier truth titles that keep a closing
  '问题' — blindwritten6 b6_07, samples/audit_report; the first run's title_exact 0.733 was scored on the old titles); each
  '整改情况:' paragraph is one measure (undivided, though problem 3's holds several acts); '已完成整改合计4项,整改完成' →
  status done for all four and problems_done 4; '问题4项' → problems_total 4; '制定或修订相关规章制度3项' → rules_made 3;
  '采纳审计建议4条' are recommendations, not measures: measures_total null. Issuer from the title (the hospital); report_date
  the page date '2023-11-01' (no signature; '截至2023年7月底' is the state date, not the page's).
- tongchuan: '共发现…问题228个' → problems_total 228; '各村新制定和完善制度49个' → rules_made 49; '截至7月底' has no year: no
  dates; money, clues (3件) and recommendations (36条) are not figures.
- (NEW) spam_hospital: a spam host's copy of a hospital news item with the hospital's name replaced ('im电竞app官网召开…'):
  kept as stored; '八个方面18个问题' → problems_total 18 (a feedback meeting of an internal audit); '1月3日' has no year
  ('2023专项审计' names the audited year, not the meeting's): no dates.
- scps (a 区委巡察组's feedback news): '7个方面存在的18个问题' → problems_total 18; feedback '8月29日' takes its year from
  the page's '发布时间:2025-09-01' → feedback_date 2025-08-29, report_date 2025-09-01; the 党组书记's '一是…二是…' are promises,
  not problems: problems []; news headline: title null, kind null.
- funing: '修订完善个性化制度76项' → rules_made 76; '现场督查整改事项159项' are items checked by a 督查, not the problems of an
  inspection: no problems_total; '2018年以来' is a span: no dates.
- anqing: '在市级层面对12项体制性、普遍性、典型性问题开展专项整治' is a subset chosen for upgraded rectification, not the
  round's problem count: no figure; no dates.
- whjjw ('十一届市委第二轮巡察'): 54件问题线索 are clues: no figure; '9月底', '10月9日' have no year: no dates.
- lingshou, shuanghe (审计 整改 督导/核查 news), chiping_trad (traditional with glosses): no figures, no dates ('8月24日讯'
  has no year in the text; the year is only in the url).
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, check_title_issuer, head, ins, prob, simplified, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind22"

TEXTS = {
    'chuxiong_lucheng_village_finance_audit_notice_cut': r'''"2020年7月6日至12月15日,楚雄市审计局对鹿城镇村级财务收支情况进行了审计(调查),根据楚雄市审计局审计意见建议要求,鹿城镇高度重视,制定审计发现问题整改方案,积极采纳审计建议,进行了认真整改,现将整改结果公告如下:\n一、审计发现的主要问题\n(一)未成立村务监督委员会和社区、村(居)民小组民主理财小组;\n(二)未按协议兑付土地承包金;\n(三)结余资金未缴财政4973192.22元;\n(四)扩大开支范围;\n(五)村集体收入不实;\n(六)公务用车未在定点单位购买保险、维修;\n(七)固定资产管理不规范;\n(八)违规向第三方支付工程款;\n(九)现金管理不规范;\n(十)原始凭证不合规;\n(十一)投资收益未纳入统一核算。\n二、审计发现问题整改情况\n(一)关于《审计报告》中提出“未成立村务监督委员会和社区、村(居)民小组民主理财小组”的问题情况属实,鹿城镇高度重视此项工作,于今年村(社区)、村(居)民小组换届选举期间已选举产生村务监督委员会和社区、村(居)民小组民主理财小组,已经对支出票据审核签字把关。\n(二)关于《审计报告》中提出“未按协议兑付土地承包金”的问题情况属实,鹿城镇高度重视此项工作,在今后的工作中将加强土地流转管理,杜绝此类问题的发生。\n(三)关于《审计报告》中提出“结余资金未缴财政4973192.22元”的问题情况属实,鹿城镇高度重视此项工作,已责成相关村(社区)将结余资金4085元上缴省财政,345028.59元上缴市财政,2786624.54元收回镇财政。整治地铁钢工作经费、产业发展资金、2017年12.23事件工作经费、村级组织活动场所、军屯居家养老服务中心结余资金已作调账处理。鹿城镇今后将加大村级财务年终结算管理,杜绝此类问题的发生。\n(四)关于《审计报告》中提出“扩大开支范围”的问题情况属实,"''',
    'neijiang_hospital_final_accounts_audit_rectification': r'''"新闻中心\n\n内江市市中区人民医院 关于精神专科病区审计整改结果的公告\n\n2023-11-01 1531\n分享到:\n\n根据内江市市中区审计局《内江市市中区人民医院精神专科病区新建综合楼建设项目竣工决算审计报告》,我单位对照审计发现问题,全面认真落实整改,现将整改公告如下:\n\n \n\n1.多计建安投资1373048.97元问题。\n\n整改情况:已核减多计的工程建安投资1373048.97元。\n\n2.多计待摊投资20200元问题。\n\n整改情况:已核减多计的待摊投资20200元。\n\n3.对工程建筑方案设计、医疗工艺设计服务采购未严格进行集体决策且未建立完善相关决策机制问题。\n\n整改情况:于2018年3月4日建立了《内江市市中区精神病医院三重一大制度》并于2023年4月4日修订了《中共内江市市中区精神病医院支部委员会修订三重一大制度》。制定了《中国共产党内江市市中区精神病医院支部委员会会议议事规则》,明确了重大经济事项标准,严格进行集体决策,加强工程服务采购管理。\n\n4.对工程勘察服务采购未进行公开招标问题。\n\n整改情况:通过班子会议再次传达学习了《工程建设项目招标范围和规模标准规定》(2000年国家计委令第3号)文件,在今后的项目建设中严格执行投标程序,加强工程招标投标管理。\n\n对我单位审计的内江市市中区人民医院精神专科病区新建综合楼建设项目问题4项,采纳审计建议4条,制定或修订相关规章制度3项。截至2023年7月底,已完成整改合计4项,整改完成。"''',
    'tongchuan_village_economy_audit_228_problems': r'''"截至7月底,为期2个月的扶持壮大村级集体经济发展资金专项审计调查已结束,通川区审计局4个内审指导组采用边培训、边指导、边总结的方式,指导片区审计站内审人员完满完成内审工作。\n本次审计重点关注了扶持壮大村级集体经济资金项目建设管理、资金使用效益、村级收益的管理使用等情况,涵盖12个乡镇41个村,共发现项目管理不到位、资金使用不规范、未按规定分配项目收益等问题228个,涉及金额2907.09万元,移送问题线索3件,提出审计建议36条。截至目前,各村新制定和完善制度49个,收回资金20万元,推动资金拨付285.26万元。接下来,各内审指导组将持续关注审计发现问题整改,进一步完善内审工作机制,为全区乡村振兴和城乡融合发展贡献审计力量。"''',
    'spam_hospital_audit_feedback_18_problems': r'''"为进一步规范医院经济管理活动,以高质量审计工作保障医院高质量发展,1月3日下午,im电竞app官网召开2023专项审计结果反馈与整改会。会议由医院党委副书记王立军主持,院长郭洪波出席并讲话。医院基建管理办公室、药学部、设备器材科、后勤保障部、国资办等14个部门负责人参加了会议。\n医院审计处负责人宿军杰通报了2023年医院专项审计中发现的基建工程、医用耗材、医用试剂、国有资产、后勤保障、医疗收费、医疗设备、药品管理八个方面18个问题,进一步明确了整改责任部门。参会部门负责人汇报了审计整改进展情况,并表态理解、配合、支持审计,以本次审计整改会为契机,进一步规范管理工作。\n王立军对医院审计工作给予肯定。他提出,被审计部门要持续改进,强化过程管理,带着责任心去整改,立行立改,建章立制堵塞漏洞,同时要举一反三,避免屡审屡犯、旧病复发。他要求内部审计人员坚定理想信念,加强学习和自身修炼,发扬爱院如家的主人翁精神,勇于担当,敢于斗争,深入推进各类专项审计项目,约束用权行为,促进规范行使权力,助力医疗反腐和正风肃纪。\n为深入做好审计问题整改和内部审计监督工作,郭洪波提出三点意见,提高认识,用好审计利剑,把思想和行动统一到习近平总书记和医院党委关于审计工作的部署上来,积极配合审计,主动接受审计监督,切实增强做好内部审计工作的使命感;重点突破,对耗材试剂价格动态调整,建立部门负责人全程把控的过程管理机制,加强国有资产、医疗收费等管理,确保专项审计发现的问题扎实整改到位;持续发力,加强内部审计队伍自身建设,打造珠江审计“特种兵”,当好医院财产的“看门人”和运行管理的“守护者”,推动内部审计工作再上新台阶。"''',
    'scps_district_office_xuncha_feedback_cut': r'''"当前位置: 首页 > 区内动态 > 正文\n区委第三巡察组向区政府办公室党组反馈巡察情况\n发布时间:2025-09-01      信息来源:区政府办\n\n根据区委巡察工作领导小组安排部署,8月29日,区委第三巡察组向区政府办公室党组主要负责人单独反馈情况会议和巡察区政府办公室党组情况反馈会召开。第三巡察组副组长高勇分别向区政府办公室党组主要负责人和领导班子反馈巡察情况。区政府办公室党组书记陈小军主持情况反馈会议并作表态发言。\n\n会议指出,区政府办党组坚持以习近平新时代中国特色社会主义思想为指导,坚持围绕中心、服务大局,发挥统筹协调、参谋助手作用,提升“三服务”工作质效,推动上级决策部署落实见效。但通过此轮巡察,仍发现区政府办党组在政治思想建设、办文办会办事规范化管理、执行督查督办工作、党建工作等7个方面存在的18个问题,并提出了整改建议意见。\n\n会议要求,要聚焦重点问题,以坚定担当抓牢巡察整改。区政府办党组要清醒认识到巡察整改的重要意义,自觉强化巡察整改的政治担当,做到以巡促改、以巡促建、以巡促治,以高质量整改推动本单位工作高质量发展。抓好巡察整改和成果运用是一个系统工程,必须压紧压实各个责任主体的责任,树牢“一盘棋”系统理念,形成整改工作合力。\n\n区政府办公室党组书记陈小军表示,一是诚恳接受意见。区政府办公室党组将切实增强政治责任感和政治敏锐性,把思想和行动统一到巡察反馈意见的精神要求上来,把落实问题整改作为当前一项重大政治任务,强化领导、全员参与、上下联动,不折不扣地落实好各项整改任务。二是做到立行立改研究制定整改方案,落实整改措施,建好问题台账,在规定时间内,切实把巡察组提出的各项具体要求落到"''',
    'whjjw_city_round2_rectification_three_strengthen_cut': r'''"十一届市委第二轮巡察于9月底反馈结束后,市委巡察办精心谋划,迅即启动本轮巡察整改工作,18个被巡市直单位、经开区2个街道及25个社区的巡察整改工作已全面展开。截至目前,全部被巡党组织的巡察整改方案和整改清单已通过审核。本轮巡察整改,紧扣中央办公厅《关于加强巡视整改和成果运用的意见》、省委办公厅《关于加强省委巡视整改和成果运用的若干措施》和省委巡视工作领导小组《关于推进市县巡察工作高质量发展的若干意见》精神,着力“三个强化”,压实推进落实,确保整改取得实效。\n强化整改系统培训。编印《十一届市委第二轮巡察整改资料》,与《巡察整改工作手册》一并发放,规范整改路径图。在前期召开的市委巡察整改和成果运用联席会议暨整改工作培训会的基础上,于10月9日再次召开第二轮巡察整改培训会议,围绕整改的方法步骤、工作要求、流程标准、注意事项等10个方面,对被巡单位具体负责同志进行系统培训,全面提高巡察整改工作的规范性、系统性,有效解决被巡党组织“不会改”“不规范”等问题。\n强化“三方”联合会审。对被巡党组织整改方案和整改清单等资料,市纪委监委、市委组织部和市委巡察机构充分发挥各自职能作用,联合开展会审,重点就每一个问题的整改责任落实、整改措施的针对性、需把握的重点环节等方面严格把关。抓好整改专题民主生活会的指导督导,夯实被巡单位第一责任人责任和班子成员“一岗双责”,有效解决被巡党组织整改“责任宽泛”“措施不精”等问题。\n强化标本兼治成效。第一时间向市纪委监委、市委组织部和各相关机构移交第二轮巡察整改54件问题线索,明确提出线索处置的时限和质量要求,着力提效能、提质量。针对招投标领域发现"''',
    'funing_xuncha_rectification_checks_76_rules': r'''"近期,阜宁县聚焦巡察整改环节,坚持问题导向真督实查,切实提高巡察成果运用实效。\n现场督查确保整改真实性。下沉一线对巡察整改情况画像。针对需要实地查看的整改事项,制定现场督查工作方案,现场作业,看政治生态现状、查台账完善进度、听干部群众意见、提个性共性问题,掌握一手资料和真实情况,督查全程“不设路线、不打招呼、直奔现场、随机抽查”,防止虚假整改。2018年以来,共现场督查整改事项159项,访谈群众342人,对整改工作形成了震慑高压态势。\n调研督查强化整改规范性。县委巡察一办五组以常态化、专题化调研为督查载体,联动县纪委和组织部等部门组成联合督查组,对被巡察单位开展调研式督查。针对整改中的难点和面上共性问题,通过走访了解、发函督查等方式,实时掌握最新情况,帮助被巡察单位标方向、划重点,科学界定整改范围,确保整改规范性。调研督查被巡察单位13家。\n个性督查提高整改精确性。开展个性化督查,紧密结合被巡察单位的职能特点及突出问题,在问题清单的基础上,制定个性化督查清单,督查组对单开展跟踪督查,建立“一单一档”的规范化督查台账,并实行督办“报结制”,督查情况及时向县委巡察办反馈,直至问题办结。截至目前,共督促被巡察单位修订完善个性化制度76项。(邓朝翔)"''',
    'lingshou_audit_office_rectification_check': r'''"(图为检查核实现场)\n长城网8月24日讯(通讯员 刘富秀)近日,灵寿县审计局与灵寿县政府督查室,就审计署在灵寿审计发现问题整改情况进行了逐项检查核实。\n在检查核实过程中,县领导对此高度重视,指定政府督导室协同核查,并要求相关部门整改做到三个到位,即“认识到位、责任到位、整改到位”。已整改的部门提供相关资料,由审计局复核整改结果,确保整改实效;未整改的单独由审计局和督导室进行当面约谈,说明未整改原因,并做好下一步整改计划,确保件件有着落,事事有回音,反馈情况及时。\n通过审计局和督导室的及时督办,目前所涉及的部门都已对审计发现的问题进行整改;不能整改的已交由法制部门按照法律法规进行诫勉谈话和问责,这次核查的结果和部门整改情况得到县政府领导的高度认可。"''',
    'anqing_round9_feedback_upgraded_rectification': r'''"近日,安庆市委主要负责同志出席市委第九轮巡察暨深化集中整治群众身边不正之风和腐败问题“5+3”专项巡察集中反馈会议,对巡察整改工作进行集中部署。\n此前,十二届安庆市委第九轮巡察暨“5+3”专项巡察发现,相关市直单位、基层法院、重点乡镇和村(社区),以及8个专项领域存在体制改革运营不顺畅、招标采购工作不规范、养老机构运营管理不到位、财政资金使用监管不严格等突出问题。\n为推深做实巡察“后半篇文章”,市委巡察办对巡察情况进行系统梳理,形成综合报告,向市委书记专题会议进行了专题汇报,并提出了针对性的意见建议。市委书记专题会议研究决定,要以下看上检视自身履职存在的问题,自上而下健全完善体制机制,上下贯通破解制约高质量发展的难题,明确由相关分管市领导牵头,市卫健委、市民政局、市农业农村局、市财政局等9家市直单位分别负责,在市级层面对12项体制性、普遍性、典型性问题开展专项整治;涉及基层法院、重点乡镇及村(社区)的主要问题,同步向市中级人民法院、各县(市、区)党委反馈。\n目前,该市委第九轮巡察暨“5+3”专项巡察已完成“一对一”反馈,相关市领导出席分管部门、领域的反馈会议,并与被巡察单位一起剖析原因、厘清思路、制定举措,以强有力的组织领导和超常规的工作举措,推动巡察反馈问题改得更彻底。\n“市委高度重视巡察整改和成果运用工作,首次开展如此规模的提级整改和系统治理。下一步,我们将细化工作举措、强化闭环管理,以钉钉子精神落实好各项工作。”该市委巡察办督察整改科负责同志表示。"''',
    'shuanghe_audit_rectification_supervision': r'''"近日,师市审计局对相关整改责任单位开展实地整改督导,已完成8个部门单位,1个团场督导工作,通过听取汇报、查阅资料和实地踏勘等方式,从研究部署整改工作、推进落实整改责任、整改工作取得成效、尚未整改完成问题后续推进情况等四个方面开展,重点对《第五师双河市2022年度预算执行和其他财政收支的审计专项工作报告》所涉及问题进行督导。\n督导组重点检查被审计单位组织整改、纠正查出问题、问责有关人员、完善制度机制、组织“回头看”等情况,确保整改质效;对能直观体现整改情况的问题,采取现场踏勘方式,实地查看问题整改情况,防止虚假整改。实地督导结束后,向被督导单位现场反馈整改督导检查结果,对下步整改工作提出具体要求,督促推动问题整改到位。"''',
    'chiping_lepingpu_audit_office_rectification_trad': r'''"今年以來(lái),茌平區(qū)樂(lè)平鋪鎮(zhèn)審計(jì)所不斷強(qiáng)化審計(jì)整改工作,創(chuàng)新思路,多方謀劃,貫通審計(jì)監(jiān)督“最后一公里”,有效避免“屢審屢犯”問(wèn)題發(fā)生。\n對(duì)查出的問(wèn)題,該鎮(zhèn)分級(jí)負(fù)責(zé),進(jìn)行“銷號(hào)”式整改。通過(guò)查閱資料、聽(tīng)取匯報(bào)、現(xiàn)場(chǎng)走訪等方式,著重關(guān)注審計(jì)報(bào)告及審計(jì)決定書(shū)反映的問(wèn)題是否整改到位、尚未整改到位的問(wèn)題是否制定了后續(xù)整改方案、審計(jì)建議是否采納并建章立制加以規(guī)范等三方面內(nèi)容。對(duì)于共性問(wèn)題,明確落實(shí)審計(jì)整改工作各具體環(huán)節(jié)的時(shí)間節(jié)點(diǎn),從區(qū)鎮(zhèn)層面促進(jìn)問(wèn)題整改。\n該鎮(zhèn)要求被審計(jì)部門(mén)以整改為契機(jī),既把存在具體問(wèn)題整改到位,更要挖出問(wèn)題的根源,完善相關(guān)機(jī)制,從根本上解決問(wèn)題,以審促改,深化審計(jì)成效。"''',
}


CX_CAT = "审计发现的主要问题"
CHUXIONG = ["未成立村务监督委员会和社区、村(居)民小组民主理财小组", "未按协议兑付土地承包金", "结余资金未缴财政4973192.22元",
            "扩大开支范围", "村集体收入不实", "公务用车未在定点单位购买保险、维修", "固定资产管理不规范", "违规向第三方支付工程款",
            "现金管理不规范", "原始凭证不合规", "投资收益未纳入统一核算"]
CHUXIONG_MEASURES = [1, 1, 1] + [0] * 8
NEIJIANG = ["多计建安投资1373048.97元问题", "多计待摊投资20200元问题",
            "对工程建筑方案设计、医疗工艺设计服务采购未严格进行集体决策且未建立完善相关决策机制问题",
            "对工程勘察服务采购未进行公开招标问题"]

DOCS = {
    "chuxiong_lucheng_village_finance_audit_notice_cut": dict(
        url="http://www.cxs.gov.cn/info/6315/199208.htm", excerpt=True,
        genre="a 镇's 审计整改结果公告 after a city 审计局 audit of 村级财务: the problems listed as '(一)…;' headings, then "
              "restated one per answering paragraph '关于《审计报告》中提出“…”的问题情况属实,…'; cut in the fourth answer",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("楚雄市审计局", "鹿城镇", "2020-07-06", "2020-12-15"), headline=head(),
        problems=[_p(i, t, CX_CAT, measures=m) for i, (t, m) in enumerate(zip(CHUXIONG, CHUXIONG_MEASURES), 1)],
        anomalies=["(NEW) Each problem appears twice: as a heading under '一、审计发现的主要问题' and restated in its answer under "
                   "'二、审计发现问题整改情况'; labelled once, from the 11 headings (seq from '(一)'…'(十一)', ';'/'。' dropped).",
                   "Measures from the answers: 1 each for (一)-(三) (undivided paragraphs), 0 for (四) (cut right after "
                   "'情况属实,') and for (五)-(十一) (answers not in the copy).",
                   "Status null: '进行了认真整改' is general and the answer to (二) only promises ('在今后的工作中将加强…').",
                   "'鹿城镇…现将整改结果公告如下' names the publisher in the lead, no signature: issuer null; no title, no page date.",
                   "The audit ran '2020年7月6日至12月15日' → start/end; '今年' and '2017年12.23事件' are not dates of the document."]),
    "neijiang_hospital_final_accounts_audit_rectification": dict(
        url="https://nj3yy.com/go-a995.htm", excerpt=False,
        genre="a hospital's 审计整改结果公告 on its news page (header, view count, a line holding one space): '1.…问题。' each "
              "followed by '整改情况:…', then closing figures; whole page",
        kind="bulletin", title="内江市市中区人民医院 关于精神专科病区审计整改结果的公告", issuer="内江市市中区人民医院",
        report_date="2023-11-01", inspection=ins("内江市市中区审计局", "内江市市中区人民医院"),
        headline=head(pt=4, pd=4, rules=3),
        problems=[_p(i, t, status="done", measures=1) for i, t in enumerate(NEIJIANG, 1)],
        anomalies=["Page chrome: '新闻中心', '2023-11-01 1531' (date and view count on one line), '分享到:', a line holding one "
                   "space; the title keeps its space after the hospital's name.",
                   "Titles keep the closing '问题' and drop the '。' of '1.多计建安投资1373048.97元问题。' (session 17: first labelled without '问题'; changed to the schema's rule).",
                   "One '整改情况:' paragraph per problem → 1 measure each (problem 3's paragraph holds several acts, undivided).",
                   "'问题4项' → problems_total 4; '已完成整改合计4项,整改完成' → problems_done 4 and status done for all; "
                   "'制定或修订相关规章制度3项' → rules_made 3; '采纳审计建议4条' are recommendations: measures_total null.",
                   "Issuer from the title; report_date the page date (no signature); '截至2023年7月底' is the state date."]),
    "tongchuan_village_economy_audit_228_problems": dict(
        url="http://www.tchuan.gov.cn/xxgk-show-41086.html", excerpt=False,
        genre="a district 审计局 news lead on a 村级集体经济 专项审计调查: problems found and rules made; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("通川区审计局", "12个乡镇41个村"), headline=head(pt=228, rules=49), problems=[],
        anomalies=["'共发现…等问题228个' → problems_total 228; '各村新制定和完善制度49个' → rules_made 49.",
                   "Money (2907.09万元, 20万元, 285.26万元), clues (3件), recommendations (36条) are not figures.",
                   "'截至7月底' and '为期2个月' give no year: no dates. No problem list."]),
    "spam_hospital_audit_feedback_18_problems": dict(
        url="https://boltonmusiclessons.com/wanboguanwangmanbetx/info/1141/36129.htm", excerpt=False,
        genre="a spam host's copy of a hospital news item (the hospital's name replaced by 'im电竞app官网') on a 专项审计 "
              "feedback and rectification meeting: one figure, no list; whole article",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("医院审计处", None), headline=head(pt=18), problems=[],
        anomalies=["(NEW) Spam substitution: '1月3日下午,im电竞app官网召开2023专项审计结果反馈与整改会' (the hospital's name "
                   "replaced); kept as stored.",
                   "'八个方面18个问题' → problems_total 18; '14个部门' are attendees; the director's '三点意见' are demands, "
                   "not problems or measures.",
                   "'1月3日' has no year ('2023专项审计' names the audited year): no dates."]),
    "scps_district_office_xuncha_feedback_cut": dict(
        url="https://www.scps.gov.cn/info/5829/131030.htm", excerpt=True,
        genre="a district portal's news of a 区委巡察组 feedback meeting (breadcrumb, headline, '发布时间:… 信息来源:…'): "
              "one figure, no list; cut mid-sentence",
        kind=None, title=None, issuer=None, report_date="2025-09-01",
        inspection=ins("区委第三巡察组", "区政府办公室党组", None, None, "2025-08-29"), headline=head(pt=18), problems=[],
        anomalies=["'7个方面存在的18个问题' → problems_total 18 (a feedback, no rectification yet).",
                   "'8月29日' takes its year from '发布时间:2025-09-01' → feedback_date 2025-08-29; report_date the page date.",
                   "The 党组书记's '一是诚恳接受意见。二是…' are promises, not problems; the headline is news: title null.",
                   "Cut mid-sentence ('…具体要求落到')."]),
    "whjjw_city_round2_rectification_three_strengthen_cut": dict(
        url="http://www.whjjw.gov.cn/html/wenzhang_770597.html", excerpt=True,
        genre="a city 纪委 site's news on a 市委 round's rectification work ('三个强化' sections): no problem figure; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "18个被巡市直单位、经开区2个街道及25个社区"), headline=head(), problems=[],
        anomalies=["Round rectification lead with no problem count: '54件问题线索' are clues; '10个方面' is a training syllabus.",
                   "'9月底', '10月9日' have no year: no dates; the inspector is the round ('十一届市委第二轮巡察'), no group named.",
                   "Cut mid-sentence ('针对招投标领域发现')."]),
    "funing_xuncha_rectification_checks_76_rules": dict(
        url="http://fnlzw.gov.cn/contents/14/720.html", excerpt=False,
        genre="a county 纪委 site's news on checks of 巡察 rectification: rules made, items checked; whole page with byline",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(rules=76), problems=[],
        anomalies=["'修订完善个性化制度76项' → rules_made 76.",
                   "'现场督查整改事项159项' are items a 督查 checked, not an inspection's problems: no problems_total; "
                   "'访谈群众342人', '被巡察单位13家' are people and bodies.",
                   "'2018年以来' is a span: no dates."]),
    "lingshou_audit_office_rectification_check": dict(
        url="https://zhb.hebei.com.cn/system/2018/08/24/019057930.shtml", excerpt=False,
        genre="a news item on a county 审计局's check of the rectification of a 审计署 audit: no figures; whole article",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("审计署", "灵寿"), headline=head(), problems=[],
        anomalies=["No figures ('三个到位' is a slogan); '8月24日讯' has no year in the text (only in the url): no dates.",
                   "Image caption '(图为检查核实现场)' opens the text."]),
    "anqing_round9_feedback_upgraded_rectification": dict(
        url="http://m.aqjjjc.gov.cn/html/2025/yaowenbobao_0930/41660.html", excerpt=False,
        genre="a city 纪委 site's news on a 市委 round's collective feedback and upgraded rectification: no problem total",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "相关市直单位、基层法院、重点乡镇和村(社区),以及8个专项领域"), headline=head(), problems=[],
        anomalies=["(NEW) '在市级层面对12项体制性、普遍性、典型性问题开展专项整治' is a subset chosen for upgraded rectification, "
                   "not the round's count: no figure; '9家市直单位' are bodies.",
                   "The listed '体制改革运营不顺畅、招标采购工作不规范…等突出问题' summarise the round: no problem list.",
                   "'近日' only: no dates."]),
    "shuanghe_audit_rectification_supervision": dict(
        url="http://www.xjshs.gov.cn/news-show-61038.html", excerpt=False,
        genre="a city 审计局's news on on-site supervision of audit rectification: bodies visited, no figures; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("师市审计局", "相关整改责任单位"), headline=head(), problems=[],
        anomalies=["'8个部门单位,1个团场' are bodies visited; '四个方面' are the check's aspects: no figures.",
                   "'2022年度' names the audited year: no dates."]),
    "chiping_lepingpu_audit_office_rectification_trad": dict(
        url="http://www.yqzksb.com/html/zhoubian/liaocheng/2020_12/08/43137534.html", excerpt=False,
        genre="a traditional copy with pinyin glosses ('審計(jì)') of a 镇 审计所's news on audit rectification: no figures",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=["Traditional with pinyin glosses after most characters; no figures, no dates ('今年以來(lái)').",
                   "'三方面內(nèi)容' are the check's aspects, not problems."]),
}

EXPECTED = {"chuxiong_lucheng_village_finance_audit_notice_cut": 11, "neijiang_hospital_final_accounts_audit_rectification": 4}
FIGURES = {  # every headline figure and date as it is printed in the text
    "neijiang_hospital_final_accounts_audit_rectification": ["问题4项", "已完成整改合计4项", "规章制度3项", "2023-11-01"],
    "tongchuan_village_economy_audit_228_problems": ["问题228个", "制度49个"],
    "spam_hospital_audit_feedback_18_problems": ["18个问题"],
    "scps_district_office_xuncha_feedback_cut": ["18个问题", "发布时间:2025-09-01", "8月29日"],
    "funing_xuncha_rectification_checks_76_rules": ["制度76项"],
    "chuxiong_lucheng_village_finance_audit_notice_cut": ["2020年7月6日至12月15日"],
}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.startswith("chuxiong"):
        part = text[text.index("一、审计发现的主要问题"):text.index("二、审计发现问题整改情况")]
        return len(re.findall(r"^\([一二三四五六七八九十]+\)", part, re.M))
    if stem.startswith("neijiang"):
        return len(re.findall(r"^\d\..*问题。$", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> list[int]:
    if stem.startswith("chuxiong"):
        answers = re.findall(r"^\(([一二三四五六七八九十]+)\)关于《审计报告》中提出.*?情况属实,(.*)$", text, re.M)
        got = [1 if rest.strip() else 0 for _, rest in answers]
        return got + [0] * (11 - len(got))
    if stem.startswith("neijiang"):
        return [1] * text.count("整改情况:")
    return []


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text (EXPECTED lists only the stems with problems)."""
    n = len(d["problems"])
    assert n == EXPECTED.get(stem, 0) == recount(stem, text), (stem, n, recount(stem, text))
    if n:
        assert [p["measure_count"] for p in d["problems"]] == measure_recount(stem, text), stem
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)
    check_names(stem, d["inspection"], text)
    for f in FIGURES.get(stem, []):
        assert f in text, (stem, f)
    for v in d["headline"].values():  # each non-null figure is printed in the text
        assert v is None or str(v) in text, (stem, v)


def main() -> None:
    # trad: the project's convention since session 12 (blind10/11/12): simplified, no glosses
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, total=15,
                       trad=lambda stem: stem.endswith("_trad"))


if __name__ == "__main__":
    main()
