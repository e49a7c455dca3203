"""Write the texts and truth files of tests/importer/real/blind25: a held-out batch of real pages of the rectification
genre, labelled in session 17 by helper label32 on 2026-12-06 (13:24-13:55 UTC), who did not change the parser and did
not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser
(FIRST_RUN_blind25.txt) before anything else changed; whoever changes the parser for it must say so and keep that first
run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind19.py and make_truths_snippets20.py (head/ins/prob from
make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied as returned (JSON
strings pasted into TEXTS below and decoded; not cleaned: a casino spam string injected in place of a body's name, a
portal's '|' row above a title, '来源:… 发布时间:…' lines). ``excerpt`` is true where the copy stops mid-sentence or
mid-list, false where it ends on a whole closing sentence.

Uniqueness: every "url" value under /work/main/tests/importer (json and the make_truths_*.py generators) and under
/work/wt/label*/tests/importer/real, and /work/shared/corpus, was collected (933 keys; host+path+query, scheme, 'www.',
'#…' and a trailing '/' dropped, lower case) and each new page's key was checked against them (again before the commit).

Queries (``pages`` corpus; 24 in all): 街道党工委 巡察反馈问题整改进展情况的通报 问题清单; 国有林场 巡察整改 反馈问题 整改情况
公示; 税务局 党委 巡察整改情况 通报 反馈问题 已整改; 气象局 巡视整改 问题清单 整改落实情况; 督察反馈问题整改任务 销号完成情况 公示
整改问题 整改目标 整改措施 整改任务完成情况; 开发区管委会 巡察反馈意见 整改进展情况 问题 整改情况 已完成; 供销社 党组 巡察整改
反馈问题 整改措施 落实情况; 整改销号公示 第N项 反馈问题 整改完成情况 申请销号 区林业局; 审计发现问题整改情况 序号 问题 整改结果
医保局; 关于巡察反馈意见集中整改进展情况的通报 人社局党组 具体问题整改情况; 学校党总支 巡察整改 问题清单 整改情况 已完成整改;
巡察反馈问题整改台账 序号 反馈问题 整改措施 责任人 完成时限 整改情况 社区党委; 关于"……"问题的整改情况 已完成整改 巡察 消防救援大队;
整改落实情况 1.关于 问题 整改情况:已整改 住房公积金管理中心 巡察; 巡察发现问题 整改情况公示 问题一 问题二 整改措施 整改结果 村党支部;
监狱 党委 巡视反馈意见 整改 具体问题 已整改到位; 烟草专卖局 巡察 反馈问题 整改 通报 问题清单 整改完成; 专项整治 问题整改清单 公示
序号 问题描述 整改措施 责任单位 整改时限 完成情况 乡镇; 巡察反馈意见整改情况 残联党组 反馈问题 整改; 党校 巡察整改进展情况 一、关于
问题 整改情况 二、关于; 反馈问题整改任务 销号 公示 整改问题 整改时限 整改完成情况 县自然资源局 回头看; 巡察整改情况公开 (一)关于
问题的整改 已完成 党组 统计局; 整改任务完成情况 公示 中央环保督察 信访件 问题 整改措施 已完成 销号 林业局; 环保督察反馈问题整改任务
(序号 )销号完成情况进行公示 整改问题 整改目标 整改措施 (+ three more: 巡察反馈问题整改情况公示 问题:…… 整改情况:已整改 社区;
巡察组指出的第一个问题 整改情况 第二个问题 整改情况 镇党委 通报; 经济责任审计 整改情况 公告 审计发现问题 一、 整改情况 已全部整改 卫生院).
Five more queries after the first commit: 巡视反馈问题整改情况 问题1 整改情况 问题2 整改情况 公开 医院党委; 销号公示 整改任务
序号 反馈问题 整改完成情况 水利局 河长制; 市委巡察组反馈问题 整改 关于"……"的问题 已整改完成 下一步 文联 党组; 信访交办件 受理编号
问题整改情况的公示 一、反馈问题 二、整改目标 三、整改措施 四、完成情况; 审计反馈问题整改完成情况公示 反馈问题由 牵头整改 现公示如下
1. 2. (29 queries in all). Of the 67 rectification-genre urls I checked, 50 were already known (every 巡察 feedback
news with a problem list, every 销号 公示 of 四平/宿州/汉滨, every 审计整改 report the queries returned). The problem-printing
pages the brief asks for were nearly exhausted: only three new pages print a problem (siping, luohu, zhoucun); the
other seven are feedback news and progress bulletins cut before any problem, labelled with problems [] and their dates.

Scoring: the first nine pages were scored on the untouched parser and committed (53d6bec, FIRST_RUN_blind25.txt);
then zhoucun and qingyang were labelled (before any look at the parser's output beyond that file) and the whole set
was scored again on the same untouched parser; the nine earlier rows are unchanged (the first file is in 53d6bec).
Dropped before the last commit: a 江苏 统计督察 feedback news page (tj.jiangsu.gov.cn …art_85787_10549505) that label33
took at the same time (/work/wt/label33 snippets23, uncommitted there): it is theirs; the set was scored a third time
without it (every other row unchanged).

Judgement calls (each is also in the truth's anomalies):
- bxdyjs (a 销号 公示 of one task, as tune/siping_tiedong_task10): seq 16 from '(序号十六)'; title is the whole
  '整改问题:' statement up to '整改目标:' (the heading sentence and its two cases), final '。' dropped; status done (a 销号
  完成情况 公示); measures 3 (整改措施 1、2、3; recount: 整改任务完成情况 1、2、3 — agree); no unit (the body's name is
  replaced by the spam '365彩票娱乐平台_365bet中文版_365bet新英体育' before '林业局'); no title line, no date in the text: title,
  issuer, report_date null; the copy ends on ';' in the completion list: excerpt true.
- luohu (sz.gov.cn): the copy is cut inside the first problem heading '(一)关于“四个意识”不强,党组领': one problem labelled,
  titled as printed up to the cut (the '关于' wrapper dropped; the quotes are inner, kept), seq 1, category the section
  '坚持问题导向,严格要求,确保巡察整改落实到位', measures 0 (none in the text), status null. '五方面十九个问题' → problems_total 19.
  '完善科学决策…等4个长效工作机制' are mechanisms, not rules: rules_made null. No title line; the 党组 is not a signature:
  issuer null. Inspector '区委第三巡察组' (the text's own short name; '七届区委第八轮巡察第三巡察组(深圳市区委交叉巡察第十五组)'
  is its long form).
- zhoucun (a 公示 of one 信访交办件, as siping): seq null (the case has a 受理编号, not a number); title the '一、反馈问题'
  statement; '一、…四、' are field labels (category null); '整改已完成' → done; the 整改措施 paragraph is undivided → 1.
- qingyang: a doc-sharing outline prints four categories with '(N个问题)' counts but no problem: problems [] and no total
  (the sum is not printed).
- Feedback news ('巡察发现…主要有/主要是:…等问题', '一是在…方面,存在…等问题'): summaries, problems [] (blind24's longwan rule,
  tune's wbq rule); dates without a year ('3月6日', '日前') stay null.
- Progress bulletins cut in their 组织领导 part: problems []; '发布时间:2022-11-30' → report_date when there is no
  signature; title and issuer from the title line when there is one (dongying: the title names 市委第五巡察组 while the body
  says it passed on '市委第一巡察组的反馈意见': the title wins; noted); '4个方面16类问题' counts kinds, not problems: no figure.
"""
import json
import re
from pathlib import Path

from make_truths import check_problems, check_title_issuer, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind25"

TEXTS = {
    'siping_forestry_task16_xiaohao_casino_spam': r'''"按照环境保护督察要求,现对市生态环境保护督察反馈问题整改工作领导小组向我局反馈的省级生态环境保护督察“回头看”反馈问题整改任务(序号十六)销号完成情况进行公示。\n整改问题:破坏林地、耕地问题仍然存在。双辽市王奔镇双山林场内的国庆养殖场,违规占地1000余平方米,2001 建成至今无林业和国土审批手续。梨树县林业局三家子林场王锤沟养殖场,2019 年6月开始养羊约300只,违规占地建设彩钢房、羊舍、大棚等设施,非法占用国有林地1862平方米。\n整改目标:加强管控,杜绝破坏林地、耕地现象。\n整改措施:1、按照工作职责及属地管辖原则,365彩票娱乐平台_365bet中文版_365bet新英体育林业局加强对梨树县、双辽市涉林案件的督导,督促双辽市、梨树县严格落实对破坏林地案件的整改;。\n2、加大巡护力度,拓宽信访渠道,从源头上杜绝涉林违法案件的发生;\n3、加强涉林违法案件的整改,及时研究解决整改过程中的重大问题。\n整改任务完成情况:1、已对梨树县、双辽市涉林案件进行督导并下发了督办函;\n2、已加强森林巡护和护林员岗位责任制;\n3、召开会议研究解决整改过程中的重大问题,推进重点案件的整改,缩短整改完成时限;"''',
    'luohu_disabled_fed_xuncha_rectify_cut_in_heading': r'''"根据区委统一部署,2020年5月19日至6月24日,七届区委第八轮巡察第三巡察组(深圳市区委交叉巡察第十五组)对区残联党组进行了巡察。2020年7月24日,区委第三巡察组向区残联党组反馈了巡察意见。按照巡察工作相关要求,现将巡察整改情况予以公布。\n一、高度重视、周密部署,强化党组对巡察整改工作的领导\n(一)高度重视,周密部署整改。区残联党组高度重视巡察整改工作,反馈会后立即组织召开专题会议,再次传达《关于对区残联党组巡察情况的反馈意见》,学习《党委(党组)落实全面从严治党主体责任规定》、区委巡察工作会议精神等,部署落实整改工作。各党组成员分头召集分管部门负责人,逐条逐项认真分析巡察组反馈的问题和建议,研究整改方案,列出整改责任清单,明确整改期限和要求,不折不扣地抓好整改落实工作。\n(二)细化任务,压实整改责任。区残联党组针对巡察反馈的五方面十九个问题及四条建议,进一步梳理和细化,形成了《罗湖区残联党组巡察反馈问题整改责任分工表》并印发各科室及下属事业单位,扎实推进巡察反馈问题按时高质量整改落实。7月30日区残联召开党员大会,通报巡察反馈情况,并先后6次召开党组扩大会、班子会议和整改工作专题会等,及时跟进问题整改进展情况,确保整改落实到位。\n(三)建章立制,形成长效机制。巡察整改期间,区残联深刻反思巡察组反馈的问题,认真梳理分类,在推动问题整改的同时,修订完善区残联党组议事规则、财务管理、人事管理等制度,完善科学决策、监督议事、作风建设和学习提升等4个长效工作机制,严明党规党纪,着力建章立制,切实堵塞漏洞,从源头上巩固巡察成果。\n二、坚持问题导向,严格要求,确保巡察整改落实到位\n(一)关于“四个意识”不强,党组领"''',
    'cangzhou_disabled_fed_progress_bulletin_lead_cut': r'''"|\n\n中共沧州市残疾人联合会党组关于十届市委第一轮巡察整改进展情况的通报\n\n来源:沧州市纪委监委网站 发布时间:2022-11-30 16:18:59 阅读量:9543\n\n根据市委统一部署,市委第三巡察组于2021年10月15日至12月15日,对市残联进行了常规巡察。2022年1月29日,市委巡察组向市残联党组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、切实履行主体责任,把整改落实作为一项重要政治任务来抓\n\n市残联党组对市委第三巡察组反馈的巡察意见高度重视,进一步学习领会习近平新时代中国特色社会主义思想,提高政治站位,增强“四个意识”,切实履行党组主体责任,全面认领问题,即知即改,全力推进巡察整改工作。\n\n(一)提高认识,迅速部署。1月29日巡察反馈会后,市残联党组迅速启动整改工作,深入学习领会市委巡察整改工作精神和要求,对反馈意见和整改建议逐条逐项认真学习、深入研判,进一步端正思想认识,增强行动自觉,坚决把巡察整改作为一项严肃的政治任务来抓,不折不扣全面抓好落实。成立了以党组书记、理事长为组长,党组成员为副组长,各部室、所属单位负责人为组员的整改工作领导小组。领导小组下设办公室,负责统筹巡察整改工作。2月10日,市残联召开党组会研究制定了《巡察整改方案》,研究整改落实任务措施并细化分工,逐一明确整改目标、整改时限、责任领导、责任部室(中心)和具体责任人。\n\n(二)压实责任,务求实效。坚持“每周跟进”“定期汇报”,一项一项盯紧抓实,一件一件对账销号。党组书记、理事长认真履行巡察整改“第一责任人”责任,对整改工作亲自抓、负总责,先后召开了9次整改领导小组会议研究部署和落实巡察整改工作,召开专题民主生活会1次。领导班子成员"''',
    'tianchang_disabled_fed_feedback_news': r'''"根据市委统一部署,日前,市委第三巡察组向市残联党组反馈巡察情况会召开,会议传达了市委主要领导在市委书记专题会议听取第一轮巡察情况综合汇报时的讲话精神,组长纪福海代表巡察组反馈了巡察情况。市残联党组书记袁昕主持反馈会并就做好巡察整改工作作表态发言。\n根据市委统一部署,2021年9月22日至10月21日,市委第三巡察组对市残联党组开展了巡察。市委巡察工作领导小组听取了巡察组的巡察情况汇报,并向市委报告了有关情况。\n纪福海指出,市残联党组紧紧围绕市委市政府的中心工作,认真履行“服务、代表、管理”职能,进一步提高为残疾人服务的能力,各项工作均取得了可喜的成绩。2021年天长市人民政府残工委被国务院残工委授予“全国残疾人工作先进单位”。但巡察也发现了一些问题,主要有履行职能不到位、残疾人服务项目实施不到位、党内政治生活不严肃等。\n纪福海强调,市残联党组要压实巡察整改主体责任,对巡察发现的问题深入剖析、对症下药、举一反三;严格落实党建主体责任,提高对党建工作的重视,以党建促发展;提高为残疾人服务的履职能力,要做到主动为残疾人发声,切实维护残疾人权益,了解残疾人需求。\n袁昕表示,市残联党组将紧紧围绕反馈问题,做好整改落实工作。一是提高政治站位,以最坚决的态度履行整改责任,把整改工作作为近期单位的一项重要政治任务来抓;二是聚焦问题导向,在规定时限内全部整改到位,成立整改落实工作领导组,逐项梳理问题,逐条加以整改,确保件件有落实;三是要用好巡察成果,建立更加完善的长效机制。举一反三,标本兼治,进一步修订和完善规章制度,扎紧织密制度的笼子,不断巩固和扩大巡察成果。"''',
    'weihai_disabled_fed_feedback_news_cut': r'''"首页>通知公告\n\n市委第五巡察组向市残联党组反馈巡察情况\n\n根据市委统一安排,2025年8月6日,市委第五巡察组向市残联党组反馈巡察情况。市委副书记、政法委书记刘树军出席会议,对抓好巡察整改工作提出要求。市纪委副书记、市监委副主任王建华主持会议。市委第五巡察组组长陈晓旸代表市委巡察组向市残联党组书记苗建臣和领导班子反馈了巡察情况。苗建臣就做好巡察整改工作作表态发言。\n\n按照市委统一部署,2025年4月1日至6月20日,市委第五巡察组对市残联党组进行了巡察。巡察组紧扣“两个维护”根本任务,全面贯彻巡视工作方针,紧盯被巡察党组织职能职责,精准开展政治体检,深入查找政治偏差,充分发挥了政治巡察利剑作用。巡察结束后,市委巡察工作领导小组听取了巡察情况汇报,向市委书记专题会议、市委常委会会议报告了有关情况。同时,巡察组还收到反映一些党员、干部的问题线索,已按规定移交有关部门处理。\n\n陈晓旸指出,近年来,市残联党组能够坚持以习近平新时代中国特色社会主义思想为指导,贯彻落实上级关于残疾人工作的各项部署安排,领导班子想事干事,进取意识进一步增强,我市残疾人社会保障制度和关爱服务体系进一步完善,在优化残疾人政务服务、残疾人辅助性就业等方面取得了一定成绩。但从巡察发现和群众反映的情况看,还存在一些问题,主要是:学习贯彻习近平新时代中国特色社会主义思想不深入,落实“第一议题”制度不够严格;履职尽责不够有力,推动残疾人事业高质量发展有短板;纪律规矩意识不强,落实中央八项规定精神不到位;领导班子和干部队伍建设存在薄弱环节,议事决策不够严肃;作风建设不扎实,服务残疾人“最后一公里”不到位;党建责任制落实不到位,基础党"''',
    'district_disabled_fed_feedback_four_aspects': r'''"3月6日上午,区委第三巡察组召开巡察区残联情况反馈会。区委第三巡察组组长饶光荣、副组长曾佳洁、区纪委派驻区教育局纪检组筹备组副组长林正春、区残联领导班子、干部职工、各乡镇、街道残联专职委员参加会议。\n会上,饶光荣同志代表区委第三巡察组指出了巡察中发现和干部群众反映的问题,一是在党的领导方面,存在学习党的理论有差距等问题;二是党的建设方面,存在民主集中制形式化严重等问题;三是全面从严治党方面,存在“主体责任”落实不到位等问题;四是关于党风廉政和反腐败斗争方面,存在执行“八项”规定不坚决等问题。并提出五点整改意见:一是强化党的领导核心作用;二是切实加强对党建工作的领导;三是全面落实管党治党重要责任;四是加强党风廉政建设和反腐败工作;五是加强单位内部管理。\n区残联理事长黄顺表示一定深化思想认识,诚恳接受意见,坚持问题导向,全力抓好整改,注重成果转化,推动各项工作迈上新台阶,按照区委要求2个月内向区委巡察工作领导小组报送整改情况报告,并以此次巡察问题反馈为契机,促进区残联系统向好向快发展。"''',
    'binhaigang_park_progress_bulletin_lead_cut': r'''"根据市委统一部署,2023年11月29日至2024年1月31日,市委第五巡察组对滨海港工业园区管理办公室党委进行了巡察,2024年4月9日市委第五巡察组向园区党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、整改工作组织领导情况\n市委第五巡察组指出的问题实事求是、精准深刻、切中要害,提出的意见建议具有很强的政治性、指导性和针对性。园区党委高度重视、思想统一,坚决认领、照单全收,把巡察反馈的每个问题都作为“必答题”,以高标准、严要求、硬措施,全力做实巡察“后半篇文章”。\n一是提高政治站位,凝聚共识增强自觉。园区党委从“两个维护”的高度深刻认识做好市委巡察整改工作的极端重要性和必要性,迅速统一思想抓落实。4月10日,召开园区党委会议,专题学习中共中央政治局审议《关于二十届中央第二轮巡视情况的综合报告》的会议精神,省委关于巡视整改的最新部署,以及市委书记专题会议、第五轮巡察集中反馈会要求,研究部署整改工作,将巡察整改作为当前和今后一个时期的重大政治任务,确保问题全部见底、整改取得实效。5月16日,园区召开巡察整改专题民主生活会,领导班子成员认真对照市委巡察反馈意见,联系个人思想、工作和作风实际,深入查摆问题,深刻剖析根源,明确整改措施。\n二是加强组织领导,细化措施压实责任。园区党委自觉履行巡察整改主体责任,党委书记切实履行“第一责任人”责任,带头抓好巡察整改各项工作。成立巡察整改工作领导小组,党委主要领导任组长,党委副书记、管理办公室主任任常务副组长,其他班子成员任副组长,各部门主要负责人为成员。领导小组下设办公室(整改办),负责整改工作的组织、协调和落实。围绕"''',
    'dongying_devzone_progress_bulletin_title_vs_body_cut': r'''"中共东营市委经济技术开发区工作委员会关于市委第五巡察组反馈意见集中整改进展情况的通报\n根据市委统一部署,2022年6月22日至9月30日,市委第五巡察组对东营经济技术开发区党工委先后开展了黄河流域生态保护和高质量发展专项巡察,同时开展了常规巡察,并于12月7日反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、整改工作基本情况\n市委巡察组提反馈的意见中指出存在4个方面16类问题,并提出四项意见建议。开发区党工委完全接受市委巡察组的巡察意见,坚持把巡察整改作为重大政治任务来抓,深刻认识整改工作的重要性和紧迫性,切实将思想和行动统一到市委和巡察组的部署要求上来,以高度的思想自觉正视问题,以强烈的紧迫意识改正问题,切实以巡察整改的实效推动工作质量提升。\n(一)提高思想认识,精心部署整改。巡察意见反馈会后,开发区党工委立即组织召开党工委专题会议,传达市委第一巡察组的反馈意见和整改要求,并对巡察整改工作进行了全面动员和部署,将市委巡察组反馈意见、领导讲话、主要负责同志表态讲话,原原本本以党内文件形式转发至下一级党组织,要求全区上下各级把巡察整改工作作为“四个意识”“两个维护”“四个服从”树立得牢不牢、执行得到不到位的重大考验,对巡察组指出的问题,要一条不落、一项不漏的抓好整改落实,确保高水平、高质量完成巡察整改工作。\n(二)强化组织领导,压紧压实责任。建立健全组织机构,成立了由党工委、管委会主要领导任组长, 党工委、管委会班子成员任副组长的巡察整改工作领导小组, 强化组织领导, 统筹谋划安排,为巡察整改工作提供强力组织保障。针对巡察反馈的问题,由党工委班子成员牵头,各相关部门"''',
    'zhoucun_water_bureau_xinfang_case_one_task_gongshi': r'''"周村区水利局\n标题: 关于第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题整改情况的公示\n索引号: 11370306004220051Q/2023-None 文号:\n发文日期: 2023-07-25 发布机构: 周村区水利局\n\n关于第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题整改情况的公示\n\n发布日期:2023-07-25\n  • 字号:\n  • |\n  • 打印\n\n关于第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018问题整改\n\n情况的公示\n\n \n\n       按照《淄博市贯彻落实中央省生态环境保护督察及“回头看”信访交办件整改销号工作规定》(淄环督〔20193号)和《周村区贯彻落上级生态环境保护督察信访交办件整改销号工作方案》要求,现对第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题涉及我区整改情况公示如下:\n\n        一、反馈问题\n\n淄博市周村区部分河长“只挂帅不作战”,摆放河长公示牌就完事,河道垃圾、污水外溢、枯枝落叶、白色垃圾、漂浮物、杂物等问题突出,相关问题未整改到位或整改后反弹,得不到彻底解决。\n\n        二、整改目标\n\n全面落实河湖长制工作,出现河道垃圾、污水外溢、枯枝落叶、白色垃圾、漂浮物、杂物等问题及时清理,杜绝出现“只挂帅不作战”情况。       \n\n三、整改措施\n\n周村区召开了各镇(街道办)、市生态环境局周村分局、区水利局、区综合行政执法局分管负责同志参加的紧急会议,针对指出的问题立即进行全面排查,对排查发现的问题立即全部整改。督促各级河长履职尽责,加大巡河力度,发现问题立即处理。区河湖长办公室每月对河长巡河情况进行通报。立即对低洼破损的地方进行修补整改。\n\n四、完成情况\n\n整改已完成\n\n以上整改情况向社会公示,欢"''',
    'qingyang_federation_literary_progress_outline_counts': r'''"一、提高政治站位\n二、加强组织领导\n三、坚持问题导向\n(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7个问题)\n(二)聚焦群众身边腐败问题和不正之风以及群众反映强烈的突出问题方面(11个问题)\n(三)聚焦基层党组织建设方面(5个问题)\n(四)落实巡视巡察、审计反馈问题整改方面(2个问题)\n四、正视工作差距\n中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报\n根据市委统一部署,2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察,2023年1月16日,市委第三巡察组向市文联党组反馈了巡察意见。按照巡视巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、提高政治站位,统一思想认识\n市委巡察工作动员部署会后,市文联党组高度重视,及时召开会议,传达学习精神,专题研究部署,组织党员干部深入学习习近平总书记关于巡视巡察工作的重要思想和指示、批示精神,原原本本传达市委巡察整改工作要求,切实把全体党员干部思想和行动统一到市委巡察要求上来。制定下发了《配合巡察工作方案》,本着对党的事业负责、对党组负责,对个人履职负责的态度,诚恳接受巡察,主动认领反馈意见和问题。\n二、加强组织领导,靠实主体责任\n按照“自觉领责,主动担责,当好主角”和“以上率下,传导压力,压实责任”的工作思路,成立了由党组书记任组长,党组成员任副组长,部室负责同志为成员的巡察反馈问题整改工作领导小组,制定了巡察反馈问题整改方案和落实台账,从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链。采取分工负责、对账销号、跟踪督办的办法,及时对整改工作提出要求。党组会多次听取党组成员和部室整改工作进展情况汇报,"''',
}

SIPING_TITLE = ("破坏林地、耕地问题仍然存在。双辽市王奔镇双山林场内的国庆养殖场,违规占地1000余平方米,2001 建成至今无林业和国土审批"
                "手续。梨树县林业局三家子林场王锤沟养殖场,2019 年6月开始养羊约300只,违规占地建设彩钢房、羊舍、大棚等设施,非法占用国有林地"
                "1862平方米")

ZHOUCUN_TITLE = ("淄博市周村区部分河长“只挂帅不作战”,摆放河长公示牌就完事,河道垃圾、污水外溢、枯枝落叶、白色垃圾、漂浮物、杂物等问题"
                 "突出,相关问题未整改到位或整改后反弹,得不到彻底解决")

DOCS = {
    "siping_forestry_task16_xiaohao_casino_spam": dict(
        url="https://bxdyjs.com/lyj/xxgk/zcfg/202104/t20210427_566389", excerpt=True,
        genre="a 林业局's 销号 公示 of one 督察 task (序号十六) on a casino-spam mirror of a 吉林 portal: '整改问题:' / "
              "'整改目标:' / '整改措施:1、2、3' / '整改任务完成情况:1、2、3'; cut in the completion list",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(16, SIPING_TITLE, status="done", measures=3)],
        anomalies=["Spam '365彩票娱乐平台_365bet中文版_365bet新英体育' replaces the bureau's place name before '林业局' in measure 1: "
                   "kept in the text; no body can be named: issuer null, no unit.",
                   "One task: seq 16 from '(序号十六)'; title the whole '整改问题:' statement up to '整改目标:' (final '。' dropped).",
                   "A 销号完成情况 公示 → status done; measures 3 (整改措施 1、2、3; the completion list also 1、2、3).",
                   "'2001 建成', '2019 年6月' carry stray spaces (kept); '整改;。' has a doubled stop (kept).",
                   "No title line and no date in the copy: title, report_date null. Cut after completion item 3 (';')."]),
    "luohu_disabled_fed_xuncha_rectify_cut_in_heading": dict(
        url="https://www.sz.gov.cn/szzt2010/wgkzl/jcgk/jcygk/zdzcjc/content/post_8662253.html", excerpt=True,
        genre="a district 残联党组's 巡察整改情况 report on a city portal: '一、' organisation part, then '二、坚持问题导向…' "
              "with '(一)关于“…”…' problem headings; cut inside the first heading",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委第三巡察组", "区残联党组", "2020-05-19", "2020-06-24", "2020-07-24"), headline=head(pt=19),
        problems=[prob(1, "“四个意识”不强,党组领", category="坚持问题导向,严格要求,确保巡察整改落实到位", measures=0)],
        anomalies=["(NEW) Cut inside the first problem heading '(一)关于“四个意识”不强,党组领': labelled, titled as printed up to the "
                   "cut ('关于' dropped; the quotes are inner and kept); no measures in the text (0), status null.",
                   "'五方面十九个问题及四条建议' → problems_total 19 (in Chinese numerals); only 1 of 19 is in the copy.",
                   "'4个长效工作机制' are mechanisms, '修订完善…等制度' has no count: rules_made null.",
                   "Inspector: the text's '区委第三巡察组' (long form '七届区委第八轮巡察第三巡察组(深圳市区委交叉巡察第十五组)'); "
                   "'2020年5月19日至6月24日' → start/end; '2020年7月24日' → feedback. No title line, no signature, no date."]),
    "cangzhou_disabled_fed_progress_bulletin_lead_cut": dict(
        url="http://czs.hebcdi.gov.cn/web/czsjw/bjxsxczg/ff80808182b0711f0184c79f0ef160e3.htm", excerpt=True,
        genre="a city 残联党组's 巡察整改进展情况的通报 on the 纪委监委 site: a stray '|' line, title, 来源/发布时间 line, lead, "
              "then the 主体责任 part; cut before any problem",
        kind="bulletin", title="中共沧州市残疾人联合会党组关于十届市委第一轮巡察整改进展情况的通报",
        issuer="中共沧州市残疾人联合会党组", report_date="2022-11-30",
        inspection=ins("市委第三巡察组", "市残联", "2021-10-15", "2021-12-15", "2022-01-29"), headline=head(),
        problems=[],
        anomalies=["A stray '|' line above the title (portal chrome).",
                   "Issuer from the title; no signature in the copy: '发布时间:2022-11-30 16:18:59' → report_date; "
                   "'来源:沧州市纪委监委网站' is a source field.",
                   "'2021年10月15日至12月15日' → start/end; '2022年1月29日' → feedback; inspected '市残联' as printed.",
                   "Cut in the 主体责任 part before any problem: problems []; '9次整改领导小组会议', '专题民主生活会1次' are "
                   "meetings, not figures."]),
    "tianchang_disabled_fed_feedback_news": dict(
        url="http://www.tcjjjc.gov.cn/content/detail/623a6f5e83ba88a928c92e70.html", excerpt=False,
        genre="a county-level city 纪委 site's feedback-meeting news (市委第三巡察组 → 市残联党组); whole item",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第三巡察组", "市残联党组", "2021-09-22", "2021-10-21"), headline=head(), problems=[],
        anomalies=["'主要有履行职能不到位、残疾人服务项目实施不到位、党内政治生活不严肃等' is a feedback summary: problems [].",
                   "'日前' gives no feedback date; '2021年9月22日至10月21日' → start/end. No title line, no date."]),
    "weihai_disabled_fed_feedback_news_cut": dict(
        url="http://canlian.weihai.gov.cn/art/2025/8/13/art_25252_5718446.html", excerpt=True,
        genre="a city 残联 site's feedback-meeting news under a '首页>通知公告' crumb and a title line; cut in the "
              "'主要是:…;…' summary",
        kind=None, title="市委第五巡察组向市残联党组反馈巡察情况", issuer=None, report_date=None,
        inspection=ins("市委第五巡察组", "市残联党组", "2025-04-01", "2025-06-20", "2025-08-06"), headline=head(),
        problems=[],
        anomalies=["Breadcrumb '首页>通知公告' above the title (chrome).",
                   "'还存在一些问题,主要是:…;…;…' is a feedback summary of six ';' clauses: problems [] (cut at '基础党').",
                   "A news title, not a rectification document: kind null."]),
    "district_disabled_fed_feedback_four_aspects": dict(
        url="https://gjjwjc.gov.cn/details/xsxc/14446.html", excerpt=False,
        genre="a district 纪委 site's feedback-meeting news: four '一是在…方面,存在…等问题' aspects and five '整改意见'; "
              "whole item",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("区委第三巡察组", "区残联"),
        headline=head(), problems=[],
        anomalies=["'一是在党的领导方面,存在学习党的理论有差距等问题;…四是…' name aspects with one example each ('等问题'): "
                   "a feedback summary, problems [] (tune's wbq rule); the five '整改意见' are advice, not measures.",
                   "'3月6日上午' has no year: no feedback date; '2个月内' a deadline for a report, not a problem's."]),
    "binhaigang_park_progress_bulletin_lead_cut": dict(
        url="http://jylawyerkey.com/art/2024/12/26/art_24174_4267955.html", excerpt=True,
        genre="a 工业园区 党委's 巡察整改进展情况 report (no title line) on an unrelated-domain mirror; cut in its 组织领导 part",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第五巡察组", "滨海港工业园区管理办公室党委", "2023-11-29", "2024-01-31", "2024-04-09"),
        headline=head(), problems=[],
        anomalies=["Mirror on an unrelated domain; no title line, no date, no signature.",
                   "'4月10日', '5月16日' are meetings; cut before any problem: problems []."]),
    "dongying_devzone_progress_bulletin_title_vs_body_cut": dict(
        url="http://www.jiwei.gov.cn/news_content.thtml?contentId=41425", excerpt=True,
        genre="a 开发区 党工委's 反馈意见集中整改进展情况的通报 (title line, lead, 基本情况); cut in the 组织领导 part",
        kind="bulletin", title="中共东营市委经济技术开发区工作委员会关于市委第五巡察组反馈意见集中整改进展情况的通报",
        issuer="中共东营市委经济技术开发区工作委员会", report_date=None,
        inspection=ins("市委第五巡察组", "东营经济技术开发区党工委", "2022-06-22", "2022-09-30", "2022-12-07"),
        headline=head(), problems=[],
        anomalies=["(NEW) The title and lead name 市委第五巡察组 but the body says the 党工委 passed on '市委第一巡察组的反馈意见': "
                   "the title wins (inspector 市委第五巡察组); an importer should flag the disagreement.",
                   "'4个方面16类问题' counts kinds of problems, not problems: no figure; '四项意见建议' are advice.",
                   "'12月7日' takes its year from '2022年6月22日至9月30日' → 2022-12-07; '提反馈' is a typo (kept).",
                   "Odd ', ' spaces in the last paragraph (kept). Cut before any problem: problems []."]),
    "zhoucun_water_bureau_xinfang_case_one_task_gongshi": dict(
        url="http://www.zhoucun.gov.cn/gongkai/site_zhoucunqushuiliju/channel_c_5f9f6cd393955786fb9cdd69_n_1605682243.7921/"
            "doc_64bf8acce1445ad6c10b9206.html", excerpt=True,
        genre="a district 水利局's 公示 of one 中央督察 信访交办件 (受理编号): portal metadata, the title three times (the last "
              "split over two lines), '一、反馈问题 / 二、整改目标 / 三、整改措施 / 四、完成情况'; cut at '欢'",
        kind="bulletin", title="关于第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题整改情况的公示",
        issuer=None, report_date="2023-07-25", inspection=ins(), headline=head(),
        problems=[prob(None, ZHOUCUN_TITLE, status="done", measures=1)],
        anomalies=["(NEW) One 信访交办件 identified by '受理编号X2SD202109080018', not by a number: seq null; title the '一、反馈问题' "
                   "statement (final '。' dropped); the four '一、…四、' lines are field labels, not categories: category null.",
                   "'四、完成情况 / 整改已完成' → status done; '三、整改措施' is one undivided paragraph of four sentences → measures 1.",
                   "'周村区水利局' (site name) and '发布机构: 周村区水利局' are chrome/source fields: issuer null; '发文日期: 2023-07-25' "
                   "→ report_date.",
                   "Defects kept: the third title copy lacks ')' and is split over two lines ('问题整改 / 情况的公示'); '〔20193号' "
                   "lost '〕'; '贯彻落上级' lost a character; 'None' in the 索引号; runs of spaces and a ' \\n' blank line.",
                   "No team or body inspected is named ('第二轮中央生态环境保护督察'): inspection null."]),
    "qingyang_federation_literary_progress_outline_counts": dict(
        url="https://www.gongxunwang.com/doc/2586319.html", excerpt=True,
        genre="a doc-sharing copy of a 文联党组's 巡察整改进展情况的通报: the site's outline of the headings first (with the "
              "counts '(7个问题)' … '(2个问题)' per category), then the title and the text; cut in part 二",
        kind="bulletin", title="中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报", issuer="中共庆阳市文联党组",
        report_date=None,
        inspection=ins("市委第三巡察组", "市文联党组", "2022-08-19", "2022-11-15", "2023-01-16"), headline=head(),
        problems=[],
        anomalies=["(NEW) A table of contents above the title lists four category headings with problem counts (7, 11, 5, 2) "
                   "but no problem statement: problems []; the sum 25 is not printed: problems_total null.",
                   "'2022年8月19日至2022年11月15市委…' lacks '日' (kept): end 2022-11-15.",
                   "Cut in '二、加强组织领导' before part 三: no problem heading in the copy; '5个方面' counts fields of the ledger."]),
}


def recount(stem: str, text: str) -> int:
    """Problems by an independent regex on the text."""
    if stem.startswith("siping"):
        return len(re.findall(r"^整改问题:", text, re.M))
    if stem.startswith("zhoucun"):
        return len(re.findall(r"^ *一、反馈问题$", text, re.M))
    if stem.startswith("luohu"):
        part = text[text.index("二、坚持问题导向"):]
        return len(re.findall(r"^\([一二三四五六七八九十]+\)关于", part, re.M))
    return 0


def measure_recount(text: str) -> int:
    """siping: items of the completion list (the 整改措施 list is counted by reading: 3)."""
    part = text[text.index("整改任务完成情况:"):]
    return len(re.findall(r"(?:^|:)\d、", part, re.M))


DATES = {  # every date field re-found in its text as written
    "siping_forestry_task16_xiaohao_casino_spam": [],
    "luohu_disabled_fed_xuncha_rectify_cut_in_heading": ["2020年5月19日至6月24日", "2020年7月24日", "十九个问题"],
    "cangzhou_disabled_fed_progress_bulletin_lead_cut": ["2022-11-30", "2021年10月15日至12月15日", "2022年1月29日"],
    "tianchang_disabled_fed_feedback_news": ["2021年9月22日至10月21日"],
    "weihai_disabled_fed_feedback_news_cut": ["2025年8月6日", "2025年4月1日至6月20日"],
    "district_disabled_fed_feedback_four_aspects": [],
    "binhaigang_park_progress_bulletin_lead_cut": ["2023年11月29日至2024年1月31日", "2024年4月9日"],
    "dongying_devzone_progress_bulletin_title_vs_body_cut": ["2022年6月22日至9月30日", "12月7日"],
    "zhoucun_water_bureau_xinfang_case_one_task_gongshi": ["发文日期: 2023-07-25", "整改已完成"],
    "qingyang_federation_literary_progress_outline_counts": ["2022年8月19日至2022年11月15", "2023年1月16日"],
}


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)
    for k in ("inspector", "inspected"):
        assert d["inspection"][k] is None or d["inspection"][k] in text, (stem, k)
    for s in DATES[stem]:
        assert s in text, (stem, s)
    if stem.startswith("siping"):
        assert measure_recount(text) == 3 == d["problems"][0]["measure_count"]
        assert "(序号十六)" in text


def main() -> None:
    assert set(DOCS) == set(DATES)
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, recount=recount, total=3)


if __name__ == "__main__":
    main()
