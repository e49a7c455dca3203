"""Write the texts and truth files of tests/importer/real/blind28: a held-out batch of real pages that PRINT PROBLEMS,
labelled in session 18 (2026-12-06, 14:52-15:35 UTC) by helper label37, who did not change the parser and did not read
zhenggai/importer/, tests/importer/*.py or tests/importer_app/. Scored once on the worktree's untouched parser
(FIRST_RUN_blind28.txt) before anything else; nothing is to be changed for it. Labelled at the same time as label36
(/work/wt/label36, set blind27), whose folder was checked before committing.

First run: FIRST_RUN_blind28.txt was first written at 14:56 UTC for the first seven pages (committed as 5100665); the
three 医保/食品 pages (nhsa, flight, food) were found and labelled after that and the file was rewritten for all ten on
the same untouched parser (the seven earlier rows are unchanged); no label of the first seven was changed after their
first run.

Schema and conventions as make_truths.py, make_truths_blind19.py, make_truths_snippets20.py and make_truths_blind26.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned (JSON
strings pasted into TEXTS below and decoded, nothing retyped). ``excerpt`` is true for the four copies cut at ~2,000
bytes inside their text (school speech, yunan, pingyuan, flight) and false for the six that end on the page's last line
(xuchang, xiangtan, jsviat, college summer check, nhsa, food: 990-1,760 bytes, under the cut).

Families (as the brief asked, away from the hard-mined ones): 应急管理/安全生产 (xuchang), 医院 (xiangtan, pingyuan's
卫健 bodies), 医保 飞行/突击检查 of hospitals (nhsa, flight), 食品 飞行检查 (food), 学校 巡察 and 教育局 (school speech,
yunan), 高校 保卫处 safety checks (jsviat, college summer check). Not reached: 国企/银行/供电, 经济责任审计, 税务/海关/气象 —
every query there returned essays, lead-only news or one-sentence summaries.

No url is in an earlier truth: every url under tests/importer (json, txt, md and tools/*.py), /work/shared/corpus and
every /work/wt/label*/tests/importer/real (label36's included) was collected (1,028 keys, label36's blind27 included; host+path+query, scheme,
'www.' and a trailing '/' dropped, lower case, percent-decoded) and each page's key was checked against them, again
right before committing.

Queries (``pages`` corpus; 35 in all; the last five after the first run of the first seven pages): 教育局 校内巡察 反馈 存在的问题 学校党支部; 卫健委 医疗机构 飞行检查 通报 发现的问题 1. 2. 3.;
经济责任审计结果公告 审计发现的主要问题; 应急管理局 安全生产检查 通报 发现问题 隐患 企业; 医院 巡察反馈意见整改进展情况 问题 整改情况;
食品安全监督检查 通报 检查发现的问题 餐饮单位 责令整改; 供电公司 党委 巡察反馈问题整改 情况 通报; 学院党委 巡察整改 反馈问题 整改落实
情况 公示 高校; 药品 医疗器械 监督检查 发现问题 1.未按规定 2.; 审计结果公告 主要问题 (一) 1. 未按规定 乡镇 经济责任; 特种设备
监督检查 发现问题 电梯 未 问题清单; 督导检查情况通报 学校 存在问题 一是 二是 教育局; 巡察发现问题 序号 问题 整改措施 完成情况 学校;
卫生监督 检查 通报 存在问题 1.部分 2.部分 医疗机构 卫生院; 税务局 巡察 反馈 问题 整改情况 一是 局党委; 安全检查 发现问题 整改通知
1、消防 2、 3、 学校 幼儿园 通报; 检查中发现存在以下问题 1、 2、 3、 整改情况报告 卫生院; 国有企业 集团公司 党委 巡察反馈 发现问题
整改进展 (一) 1.; 气象局 督查 检查 反馈问题 整改 存在问题; 医院 自查 发现问题 1. 病历 2. 处方 整改; 中学 党支部 巡察 反馈问题
整改清单 问题1 整改措施; 银行 支行 内部审计 检查发现问题 整改 一、 1. 2.; 食堂 食品安全 检查 存在问题:1. 2. 3. 整改要求 学校食堂;
疾控中心 督导 反馈 存在的问题 预防接种门诊; 安全生产督查 发现问题清单 企业名称 问题描述 整改期限; 督查发现的问题和隐患 附件 1. 2. 3.
医院 责任单位; 审计发现的主要问题 1.未 2.未 审计局 公告 学校 医院; 消防安全检查 发现以下问题 1. 2. 3. 4. 医院 养老院 整改通知书;
督导组 反馈 学校 存在问题 1.校园 2.教室 3.食堂 限期整改; 责任督学 督导意见书 学校存在的问题 1. 2. 整改建议; 巡察组反馈意见 医院党委
存在的主要问题 一是 二是 三是; 现将巡察发现的主要问题通报如下 1. 2. 3. 学校党委; 经济责任审计 审计发现的问题 (一) 1. 2. 局长 任职期间
结果公告; 药店 零售药店 检查 发现问题 1.未凭处方 2. 通报; 现将巡察发现的主要问题通报如下 公司党委 1. 2. 3. 4.; 燃气 特种设备 安全检查
发现隐患 1、 2、 3、 责令 市场监管局 通报 企业; 卫生院 巡察整改 问题清单 整改情况 已完成 序号 公示; 安全隐患排查 发现问题如下 1. 2. 3.
教学楼 宿舍 学院 保卫处 通报; (after the first run) 审计发现的主要问题 一、 (一) 1. 2. 经济责任审计结果 公告 镇党委书记;
电梯 维保 监督抽查 发现问题 1. 2. 3. 通报 特种设备安全; 公司 巡察 反馈 问题清单 整改 供电所 国网 一是 二是 存在问题; 食品生产企业
飞行检查 发现问题 1. 2. 3. 责令整改 市场监督管理局 情况通报; 医保基金 专项检查 发现问题 1.超标准收费 2.重复收费 3.串换项目 医院 通报.
Most answers were site-index junk (zhetiaohe, abg.baidu, fengdujob: not counted), essays, or news with a one-line
summary. Of the 39 rectification-looking urls checked (27 before the first run, 12 after), 14 were already known (sqjw 卫健委 bulletin, rwxy.hyit, hkjw.hbust,
xiaomilidoc 大荆中学, wenmi 危房 督查, darksurfintel 教育督导, shsizhitang 集团巡察, cdacdg, gzhgjt, bipartisan-report,
datian 校园食品 table, zhengzhou 郑东 督导, dsqzx 督学意见书; late: binuoshi 深圳 飞检, its table not in the copy). New: 25;
taken: 10 (7, then 3). New and not taken: alex-chef (a 高校 巡察
反馈 news whose problems are one '存在着A,B,C…' summary sentence: blind21's rule), yybnet 幼儿园 check ('如:…等问题' summary),
datauseful 扬大附中 (progress bulletin lead only; the brief leaves leads to another helper), kunyuhb 洛阳中医院 ('主要是:…;…'
feedback summary in news prose: blind25's rule), meipian 寿安镇 督导 card (no problem named), noemiappliance 食堂 check
(lists what was checked, not what was wrong), laitimes (an English machine translation of a 中学 progress bulletin cut
before its problems); late: pub2biz 邯郸 电梯 抽查 and lu-xu 食品 飞检 ('…方面存在A、B等问题' summaries), colamg 7 hospitals
(counts per hospital, '典型問題包括…等' summary), baibiandou 上海 飞检 通报 (its findings are in an attachment not in the copy),
thedullerimage and hepan 飞检 news (no finding named), two wxredian copies of the 2023 医保 飞检 典型问题 (per-hospital
'一是…' lists; left out to keep the set at the brief's ten, the same family as nhsa/flight).

Kinds (issue 10): a city 安委办 督办通知 whose 附件 lists a site '胖东来时代广场(责任单位:魏都区,市消防支队)' then its
'1.…;'…'6.…。' faults (xuchang); a 廉政网 public feedback to a hospital: '现将巡察发现的主要问题通报如下:' then '1.'…'8.'
items, item 5 printed '5践行…' without its dot (xiangtan); a model speech (公文 site, '*' placeholders, PDF line breaks) at a
中学 巡察 feedback meeting: '一、<area>' then '一是<problem>。<details>', cut inside the first 一是 (school speech); an 教育局
progress bulletin without title: '二、巡察整改任务落实情况' → '(一)关于…方面' → '1.<item>。<paragraph>', cut in that paragraph
(yunan); a 高校 保卫处 news with '检查中发现以下安全隐患:' then '1、'…'6、' lines (jsviat); a 高校 保卫处 news under a gambling
spam header whose findings are three ';' clauses after '检查发现:' (college summer check); a county's public feedback to 9
bodies, '一、<body>' then one paragraph of ';' clauses, cut in the third body (pingyuan); added after the first run: a 医保局
突击检查 announcement with '(一)<category>:一是…二是…三是…' on one line and '(二)<category>:' over 一是…六是 paragraphs (nhsa);
a spam copy with pinyin after every word whose four findings are keycap-emoji items surviving as '1??'…'4??' (flight); a
newspaper item listing one food factory's eight faults as ';' clauses after '发现该企业' (food).

Problems: 81 (6+8+1+1+6+3+35, then 9+4+8), counted by reading and recounted in main() by regex on the text. Measures: only yunan's item
has one (the undivided paragraph under it, cut); every other page prints findings only: measure_count 0.

Judgement calls (each also in the truth's anomalies):
- (NEW) xuchang: a site heading '<site>(责任单位:A,B)' over numbered faults: category the site, and each fault under it
  takes the heading's units (blind23 jingzhou applied a site's closing-line unit to each item the same way); the two
  units are separated by a comma ',', not '、': split there too, since they are two bodies ('魏都区', '市消防支队').
  '督办通知〔2017〕22号' is a document number, not a title: title null; the lone '2017年9月14日' after the 附件 caption is the
  notice's date → report_date (the 信息时间 2017-09-15 is the page's); '9月11日至13日' takes 2017 from it → start/end
  2017-09-11/13; no inspected body is named ('我市'): null; '9月20日前…报送' is a report deadline, not a 整改时限.
- (NEW) xiangtan: item '5践行安全发展理念有差距。' lacks its '.': still problem 5 (numbering defect, seq 5); every item is
  titled by its first sentence (blind26 jieyang's rule); no headings: category null; the '【巡察反馈】' column tag is dropped
  from the title; '来源:湘潭廉政网' is a source field, issuer null (snippets17); '发布时间: 2025-01-26' → report_date (no
  signature; schema).
- (NEW) school speech: a model text with '*' for names: kept as printed ('*中学党委' is the inspected body); PDF line breaks
  inside words are removed in the category and title ('政治引领\\n作用' → '政治引领作用'); the '一是' item is titled by its
  first sentence, seq null (lnst's rule for 一是); only the first of the 'four aspects' is reached: one problem.
- yunan: the numbered item under '(一)关于…方面' is the problem heading even though it is worded as a task (schema: one entry
  per problem heading); category keeps '关于…方面' (blind24 huaibei kept '方面'); its paragraph is one undivided measure
  (measure_count 1, cut); kind bulletin (进展情况予以公布), no title/signature/date: title, issuer, report_date null;
  '2023年12月至2024年2月' has no days: no start/end; '2024年6月18日' → feedback_date.
- (NEW) jsviat: the list follows a lead sentence '检查中发现以下安全隐患:', not a heading: category null; '1、'…'6、' → seq
  1-6, titles as printed (final '。' dropped); '能够及时整改的,已及时进行了整改' is not tied to any item: status null.
- (NEW) college summer check: ';' clauses after '检查发现:' are problems (blind19's clause rule for check findings); the last
  clause's '等安全隐患问题' closes the whole list and is dropped from its title; news title kept without '【管理动态】';
  '日期:2018-07-11' → report_date; '7月10日' takes 2018 from it → start/end; the spam line '中国足球彩票' is kept (chrome).
- (NEW) pingyuan: a county's public list '现将巡察组反馈的主要问题公布如下:' with '一、<body>' headings and one paragraph of
  ';' clauses per body: one problem per clause, category the body (blind19's district-paragraph rule), not putuo's
  problems [] (that page's findings are unmarked sentences) nor blind25's summary rule ('主要是:…;…' inside a news
  sentence); clauses are titled whole (final '。' dropped), repeated clauses in two bodies kept in each; the third body is
  cut inside its 11th clause ('…等“医'): labelled with the cut title (lnst's rule). Inspector '县委巡察组' ('3个县委巡察组').
- nhsa: '(一)…:' and '(二)…:' are categories (':' dropped); 一是… items titled by their first sentence, seq null; the lead
  '…等违法违规问题' is a summary; institution and money figures are no headline figure; inspector null ('医保局公告').
- (NEW) flight: keycap-emoji numbering lost as '1??': seq from the digit, titles as printed with the pinyin garble, the
  closing ',。' dropped; the lead line '檢查發現具體問題如下:' gives no category; the '此外,…' summary is not a problem.
- (NEW) food: the eight ';' clauses after '发现' are problems (blind19), the first keeps its subject '该企业'; '今年6月7日'
  has no year: no dates; the other three firms named with no fault are not problems.

Session 18, the lead: '一是/二是/三是' items take their printed number as seq (SETTLED s18, CONVENTIONS.md R76: the
schema's 'the number printed'; '其一' → 1 already; blind11 numbered them so); the labels first written here gave seq
null, following blind26 lnst's NEW call, which this settles the other way. Only seq changed; the first run was kept.
flight: the problems first labelled in traditional characters with their pinyin glosses; put in simplified without glosses
(R91, make_truths_blind10.simplified) by the lead in session 18, titles only.
"""
import json
import re
from pathlib import Path

from make_truths import (check_inspection_dates, check_names, check_problems, check_title_issuer, head, ins, prob,
                         simplified, write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind28"

TEXTS = {
    'xuchang_safety_supervision_notice_site_items': r'''"当前位置:首页 > 安全生产重点领域信息公开 > 安全生产重点领域信息公开 > 生产安全事故挂牌督办信息\n\n督办通知〔2017〕22号\n\n【信息来源:【信息时间:2017-09-15 11:19  阅读次数: 】【字号 】【我要打印】【关闭\n\n市消防支队:\n\n9月11日至13日,国务院安委会安全生产大检查第十二综合督查组对我市安全生产大检查工作进行督导检查时发现了一些问题和隐患。针对这些问题和隐患,各有关单位要认真反思,举一反三,深入查找本地、本部门存在的问题和不足,切实抓好安全生产大检查各项工作的落实。\n\n根据市委市政府主要领导的指示,请你们针对国务院安委会督查组发现的问题和隐患(具体见附件),制定具体整改措施,迅速进行整改,主要领导要过问督办。有关情况于9月20日前,经主要领导签字盖章后,报送市政府安委会办公室。\n\n联 系 人:袁  颢\n\n电子邮箱:xcaxx@126.com\n\n联系电话:2965039  2965181(传真)\n\n附件:国务院安委会安全生产大检查第十二综合督查组\n\n莅许督查发现的问题和隐患\n\n2017年9月14日\n\n附件:\n\n国务院安委会安全生产大检查第十二综合督查组莅许督查发现的问题和隐患\n\n胖东来时代广场(责任单位:魏都区,市消防支队)\n\n1.进门地面无荧光标识;\n\n2.防火卷帘门下无提示;\n\n3.疏散图无所在位置;\n\n4.控制室无防小动物措施;\n\n5.电线进出口没有封堵;\n\n6.动火证内容不详细。"''',
    'xiangtan_tcm_hospital_feedback_eight_numbered': r'''"【巡察反馈】市委第一巡察组向湘潭市中医医院党委反馈意见\n\n来源:湘潭廉政网 发布时间: 2025-01-26\n\n根据市委统一部署,2024年9月28日至11月15日,市委第一巡察组对市中医医院党委开展了常规巡察。根据市委巡察工作有关规定,现将巡察发现的主要问题通报如下:\n\n1.上轮巡察反馈问题整改仍有差距,院党委落实整改主体责任、纪委落实日常监督责任不够有力。\n\n2.落实推进公立医院高质量发展、加快中医药特色发展上有差距。重点项目推进较慢,重点学科建设发展不均衡,教学科研有待加强。\n\n3.医保资金使用不规范,医疗管理有漏洞。\n\n4.主体责任和监督责任履行不到位,重要领域、重点岗位廉政风险管控不严。层层压实党风廉政建设责任不够有力,部分设备采购不规范,监督不力。\n\n5践行安全发展理念有差距。项目建设风险防控意识不强,安防管理平台有漏洞,安全责任意识不牢。\n\n6.财务管理不规范。内控制度执行不到位,备用金管理不规范,固定资产管理欠严格。\n\n7.干部队伍建设有短板。高层次人才总量不足,重要岗位长期不轮岗。\n\n8.基层党组织建设存在薄弱环节。对发展党员不够重视,党费收缴不规范。"''',
    'school_xuncha_feedback_speech_template_cut': r'''"在2025年中学党委巡察情况反馈会议上的讲话\n同志们:\n根据*区委的统一部署,区委第二巡察组于2025年6月20日\n至8月20日,对*中学党委进行为期两个月的常规巡察。在巡察期\n间,我们通过听取专题汇报、开展个别谈话、受理信访举报、调\n阅文件资料、深入教学一线等多种方式,对*中学党委的各项工\n作进行了全面深入的政治体检。巡察组的工作得到了*中学党委\n领导班子和广大教职员工的大力支持与配合,在此我代表巡察组\n表示衷心的感谢。今天召开这次反馈会议,主要任务是向*中学\n党委通报巡察中发现的主要问题,并就下一步的整改工作提出明\n确要求。刚才,会前我们已经与*书记单独进行了沟通,反馈了相\n关情况。现在,我代表区委第二巡察组,向*中学党委领导班子和\n与会同志,正式反馈巡察意见。总体来看,*中学党委能够坚持以\n党的政治建设为统领,围绕立德树人根本任务,传承红色教育资\n源,在推动学校发展、提升教学质量方面取得了一定成效。但\n是,通过这次巡察“探照灯”和“显微镜”的检视,我们也发现\n了一些不容忽视的问题。这些问题,有的由来已久,有的积弊甚\n深,制约着学校的高质量发展,也反映出党委在管党治校的某些\n方面还存在短板和弱项。下面,我将聚焦四个方面,开门见山、\n不遮不掩地指出具体问题。\n一、聚焦贯彻落实党的教育方针和上级决策部署,政治引领\n作用有待强化\n巡察发现,*中学党委在将党的理论学习成果转化为推动学校\n发展的具体实践方面,存在“知行不一”的现象。\n一是政治理论学习“表层化”,未能有效融入办学治校全过\n程。党委中心组学习存在“为学习而学习”的倾向,学习内容与\n学校发展、课程改革、教师队伍建设等核心工作的结合不够紧\n密。例如,在学习关于“新"''',
    'yunan_edu_bureau_special_xuncha_progress_cut': r'''"根据区委统一部署,2023年12月至2024年2月,区委4个巡察组对云安区义务教育阶段公立中小学(幼儿园)进行了专项巡察。2024年6月18日,巡察组向我局党组和各中小学校党组织反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、党组及主要负责人组织落实整改情况\n(一)提高思想认识抓整改。巡察反馈意见以来,我局党组第一时间部署整改工作,把落实巡察整改作为践行“两个维护”的具体行动,召开巡察整改动员部署会,讲清巡察整改的政治要求,始终保持聚焦整改、狠抓落实的强劲态势。\n(二)压实政治责任抓整改。我局党组坚决扛起巡察整改主体责任,成立巡察整改工作领导小组及办公室。局党组书记亲自部署,亲自组织整改落实,重大问题亲自过问,切实加强组织领导。制定了《中共云浮市云安区教育局党组关于区委巡察反馈意见的整改方案》,形成完整清晰的问题清单、任务清单、责任清单。\n(三)强化纪律监督抓整改。整改工作开始后,我局党组坚持把纪律规矩立在前,对整改实施全过程动态监督,推动整改责任落实。抓问题整改的同时,狠抓作风建设,开展机关作风纪律整顿;加强师德师风建设,启动教师师德师风问题专项整治工作,完善多方参与、客观公正、科学合理的师德师风监督机制。\n二、巡察整改任务落实情况\n(一)关于贯彻落实上级决策部署、推进教育教学工作高质量发展方面\n1.全面学习贯彻习近平总书记关于教育工作重要论述。自巡察反馈后,结合云安区教育系统党的建设和反腐败斗争专项治理,我局组织全区各中小学校长、党务工作者到局党支部观摩学习。同时召开专题研讨会,召开云安区教育局党组(扩大)会议暨党组理论学习中心组学习(扩大)会议,深入学习贯彻习近平总书记"''',
    'jsviat_college_security_check_six_hazards': r'''"为全面贯彻落实省、市维护五一安全稳定工作会议精神,切实做好我校“五一”期间安全稳定工作,保卫处全体工作人员在五一节前组织了校园安全大检查。\n安全检查共分三组,第一组重点检查了校园道路安全状况、学生食堂等部位。第二组重点检查教室、实验室、校办工厂等部位。第三组重点检查学生公寓、实验实训楼、图书馆、配电室等部位。\n检查中发现以下安全隐患:\n1、实验实训楼有2个安全疏散指示标志牌损坏。\n2、学生食堂有3具灭火器材失效。\n3、部分机动车辆停放位置不当,堵塞消防通道。\n4、图书馆部分电源线路出现老化现象。\n5、学生公寓学14楼疏散指示标志牌损坏8个。\n6、教三楼电子监控系统需要维修。\n对于检查出的安全隐患,能够及时整改的,已及时进行了整改,需要学校批准确定整改单位和落实整改资金的,保卫处已经拟定相关整改报告,呈报学校批准后,限期整改。"''',
    'college_security_summer_check_clauses_spam_header': r'''"中国足球彩票\n\n信息公开\n\n信息公开\n\n应急管理\n\n当前位置: 网站首页 > 信息公开 > 应急管理 > 正文\n\n【管理动态】保卫处开展暑假前校园安全隐患大排查\n\n日期:2018-07-11 浏览量:\n\n本网讯(保卫处  鲍毅)根据上级教育部门的要求及学校安全工作部署,7月10日,保卫处联合后勤管理处、教务处、国资处先后对教学区、办公区、生活区等校园安全重点部位进行了安全隐患排查。\n\n检查发现:三号、四号、十号、十一号、十二号学生宿舍楼存在乱拉电线问题;第一、二教学楼、采矿楼配电房堆放大量杂物;第四、五教学楼、采矿楼外挂机锈蚀严重等安全隐患问题。\n\n保卫处随后就检查出的安全隐患问题责令相关部门立即进行整改,坚定“学校放暑假,安全不放松”的思想,认真落实安全工作责任制和各项安全措施,确保暑期校园安全稳定。\n\n(责任编辑:扶文莉 主编:周伟)"''',
    'pingyuan_health_bodies_feedback_clauses_cut': r'''"近日,我县召开了十四届县委第三轮巡察工作情况反馈会。3个县委巡察组向县卫健局、县司法局等9个被巡察单位党组织分别反馈了巡察情况。根据《中国共产党巡视工作条例》和中央《关于市县党委建立巡察制度的意见》等相关规定,现将巡察组反馈的主要问题公布如下:\n一、县卫生健康局党组\n落实“第一议题”制度不严格;执行“三重一大”制度不够到位;县域医共体推进不够有力;医养结合工作长期打不开局面;医疗卫生重点基础设施建设进度缓慢;对基层财务监督指导不力,部分下属单位财务管理混乱;全面从严治党主体责任、监督责任落实不到位;制度建设不健全,用制度管人管事有差距;干部人才储备不足;卫健系统人才队伍专业化程度不高;巡察审计反馈问题整改不够彻底。\n二、县卫生监督所\n学习上级决策部署不够全面,落实“第一议题”制度有差距;监督针对性、实效性不强;对镇级生活饮用水监督力度不足;二次供水监督次数少频率低,覆盖不全面;监督整改跟进不足;打击非法行医力度不足;议事决策不规范;财务管理不够规范;制度建设不健全;用制度管人管事有差距;干部选拔任用不规范;违规增设科室及任职;巡察审计反馈问题整改不够彻底。\n三、县中医医院党委\n政治站位不高,传达学习贯彻上级有关会议精神不到位;加强党的领导有差距,执行“三重一大”议事制度不规范;县域医共体建设形式化,没有发挥龙头作用;医院发展内生动力不足,高质量发展差距大;绩效考核问题干部职工矛盾较大;心系群众、为民服务意识存在差距;设备闲置,资产浪费较为突出;机构设置虚化,内部控制制度缺失;大规模大范围使用现金支出;费用报销审核不严格;违规开展诊疗项目,非卫生专业技术人员从事医疗卫生技术工作等“医"''',
    'nhsa_raid_check_two_categories_yishi_tags': r'''"医保局公告,突击检查发现主要问题:被检定点医疗机构存在医保管理问题和重复收费、超标准收费、分解专案收费、违反诊疗规范过度诊疗、过度检查、超医保支付限定用药、串换诊疗专案和将不属于医保基金支付范围的医药费用纳入医保基金结算等违法违规问题,涉嫌违法违规使用医保基金5.03亿元。\n\n具体问题包括:\n\n(一)定点医疗机构医保管理问题:一是住院管理不规范。二是制度管理落实不到位。三是病案管理不规范。\n\n(二)医保基金使用违法违规问题:\n\n一是重复收费、超标准收费、分解专案收费。68家定点医疗机构59家存在此类问题,涉嫌违法违规金额1.5亿余元,占涉嫌违法违规总金额的30%。\n\n二是串换药品、医用耗材、诊疗项目。50家存在此类问题,涉嫌违法违规金额9646万元,占涉嫌违法违规总金额的19%。\n\n三是违反诊疗规范过度诊疗、过度检查、超量开药、重复开药。45家存在此类问题,涉嫌违法违规金额8531万元,占涉嫌违法违规总金额的17%。\n\n四是将不属于医保基金支付范围的医药费用纳入医保基金结算。52家存在此类问题,涉嫌违法违规金额7014万元,占涉嫌违法违规总金额的14%。\n\n五是分解住院、挂床住院。14家存在此类问题,涉嫌违法违规金额270万元,占涉嫌违法违规总金额的0.5%。\n\n六是其他违法违规问题。54家存在超医保支付限定用药、无资质开展诊疗服务、药品耗材进销存不符、虚记收费以及其他不合理收费等问题,涉嫌违法违规金额9794万元,占涉嫌违法违规总金额的19.5%。\n\n#违法违规 #医保基金 #问题 #医保 #收费"''',
    'flight_check_2022_keycap_items_pinyin_spam_cut': r'''"微信掃一掃聯(lián)系\n近日,,國(guó)家醫(yī)保局官網(wǎng)公布了2022年度醫(yī)?;痫w行檢查情況公告,。按照計(jì)劃,,共組織了24個(gè)飛檢組,完成了對(duì)華中科技大學(xué)同濟(jì)醫(yī)學(xué)院附屬同濟(jì)醫(yī)院的專項(xiàng)飛檢和赴全國(guó)23個(gè)省份的年度飛檢,。\n在檢查過程中,,共抽查了48家定點(diǎn)醫(yī)療機(jī)構(gòu),其中包括40家三級(jí)公立醫(yī)院,、3家三級(jí)民營(yíng)醫(yī)院和5家二級(jí)以下民營(yíng)醫(yī)療機(jī)構(gòu),。\n檢查發(fā)現(xiàn)具體問題如下:\n1??有48家醫(yī)療機(jī)構(gòu)存在重復(fù)收費(fèi)、超標(biāo)準(zhǔn)收費(fèi),、分解項(xiàng)目收費(fèi)問題,。\n2??有46家醫(yī)療機(jī)構(gòu)存在串換藥品、醫(yī)用耗材,、診療項(xiàng)目和服務(wù)設(shè)施問題,。\n3??有43家醫(yī)療機(jī)構(gòu)存在將不屬于醫(yī)保基金支付范圍的醫(yī)藥費(fèi)用納入醫(yī)?;鸾Y(jié)算問題,。\n4??有39家醫(yī)療機(jī)構(gòu)存在違反診療規(guī)范過度診療、過度檢查,、超量開藥問題,。\n此外,部分醫(yī)療機(jī)構(gòu)存在分解住院,,藥品,、醫(yī)用耗材進(jìn)銷存不符、虛構(gòu)醫(yī)藥服務(wù)項(xiàng)目問題,。還有一些機(jī)構(gòu)存在未嚴(yán)格執(zhí)行國(guó)家組織藥品耗材集中帶量采購(gòu)政策,,按DRG付費(fèi)模式下高靠病組、低標(biāo)準(zhǔn)入院等其他違法違規(guī)問題,。\n國(guó)家飛檢組將檢查發(fā)現(xiàn)的問題移交被檢地方后,,被檢地方醫(yī)保部門組織力量逐一復(fù)核,依法依規(guī)依約處理存在問題的定點(diǎn)醫(yī)療機(jī)構(gòu),。\n截至目前,,已追回醫(yī)?;?.2億元,,對(duì)16家定點(diǎn)醫(yī)療機(jī)構(gòu)處行政罰款1.2億元,,對(duì)7家定點(diǎn"''',
    'food_factory_flight_check_clauses_stop_production': r'''"星报讯 记者从安徽省食药监局获悉,日前,该局食品生产监管处公布日常监督检查信息:含山县林头汤记食品厂因在飞行检查中发现存在管理缺陷,被要求停产整改;芜湖市珍园食品有限公司、安徽泰香食品有限公司和芜湖三红食品贸易有限公司被责令限期整改。\n据介绍,今年6月7日,该局对含山县林头汤记食品厂开展飞行检查,发现该企业生产车间缺少防蝇设施;未索要原辅料的产品合格证明;企业无法提供生产投料记录;油炸车间存在人流、物流交叉;企业无外包装车间和内包材消毒间;企业无法提供成品检验报告和原始检验记录;食品添加剂未专门贮存,无明显标示;未见2017.5.18生产的不合格产品的召回公告和召回记录。针对发现的不合格问题,安徽省食药监局已责令企业停产整改。同时,要求企业将整改情况及时报告辖区食药监管部门,并经验收合格后方可恢复生产。"''',
}


def flat(text: str) -> str:
    """The text without line breaks (the school speech breaks lines inside words)."""
    return text.replace("\n", "")


XUCHANG = ["进门地面无荧光标识", "防火卷帘门下无提示", "疏散图无所在位置", "控制室无防小动物措施", "电线进出口没有封堵", "动火证内容不详细"]
XIANGTAN = ["上轮巡察反馈问题整改仍有差距,院党委落实整改主体责任、纪委落实日常监督责任不够有力",
            "落实推进公立医院高质量发展、加快中医药特色发展上有差距", "医保资金使用不规范,医疗管理有漏洞",
            "主体责任和监督责任履行不到位,重要领域、重点岗位廉政风险管控不严", "践行安全发展理念有差距", "财务管理不规范",
            "干部队伍建设有短板", "基层党组织建设存在薄弱环节"]
JSVIAT = ["实验实训楼有2个安全疏散指示标志牌损坏", "学生食堂有3具灭火器材失效", "部分机动车辆停放位置不当,堵塞消防通道",
          "图书馆部分电源线路出现老化现象", "学生公寓学14楼疏散指示标志牌损坏8个", "教三楼电子监控系统需要维修"]
SUMMER = ["三号、四号、十号、十一号、十二号学生宿舍楼存在乱拉电线问题", "第一、二教学楼、采矿楼配电房堆放大量杂物",
          "第四、五教学楼、采矿楼外挂机锈蚀严重"]
NHSA_1 = ["住院管理不规范", "制度管理落实不到位", "病案管理不规范"]
NHSA_2 = ["重复收费、超标准收费、分解专案收费", "串换药品、医用耗材、诊疗项目", "违反诊疗规范过度诊疗、过度检查、超量开药、重复开药",
          "将不属于医保基金支付范围的医药费用纳入医保基金结算", "分解住院、挂床住院", "其他违法违规问题"]
FOOD = ["该企业生产车间缺少防蝇设施", "未索要原辅料的产品合格证明", "企业无法提供生产投料记录", "油炸车间存在人流、物流交叉",
        "企业无外包装车间和内包材消毒间", "企业无法提供成品检验报告和原始检验记录", "食品添加剂未专门贮存,无明显标示",
        "未见2017.5.18生产的不合格产品的召回公告和召回记录"]


def keycap_problems(text: str) -> list:
    """'1??…,。' lines: the keycap emoji survives as '??'; the number and the item text are as printed."""
    return [_p(int(n), t) for n, t in re.findall(r"^(\d)\?\?(.*?),?。$", text, re.M)]


PY_BODIES = ["县卫生健康局党组", "县卫生监督所", "县中医医院党委"]
PY_COUNTS = [11, 13, 11]  # clauses counted by reading, one body at a time


def pingyuan_problems(text: str) -> list:
    out = []
    for body in PY_BODIES:
        para = re.search(r"、" + body + r"\n(.*)", text).group(1)
        for clause in para.rstrip("。").split(";"):
            out.append(_p(None, clause, body))
    return out


TEXT = {k: json.loads(v) for k, v in TEXTS.items()}

DOCS = {
    "xuchang_safety_supervision_notice_site_items": dict(
        url="http://yjgl.xuchang.gov.cn/aqsczdlyxxgk/022004/20190823/583334ba-33cf-401d-9ab3-ebe580798ed7.html",
        excerpt=False,
        genre="a city 安委办 督办通知 on its 应急管理 portal (breadcrumb, '【信息来源:…】' bar): a lead passing on a State Council "
              "督查组's findings, a contact block, a dated 附件 caption, then the 附件: one site heading '<site>(责任单位:A,B)' "
              "over '1.…;'…'6.…。'; whole page",
        kind=None, title=None, issuer=None, report_date="2017-09-14",
        inspection=ins("国务院安委会安全生产大检查第十二综合督查组", None, "2017-09-11", "2017-09-13"), headline=head(),
        problems=[_p(i, t, "胖东来时代广场", ["魏都区", "市消防支队"]) for i, t in enumerate(XUCHANG, 1)],
        anomalies=["(NEW) Site heading '胖东来时代广场(责任单位:魏都区,市消防支队)': category the site; each fault under it takes "
                   "the heading's units (blind23 jingzhou's rule for a site's unit line), split at the comma ',' as well as "
                   "'、' would be (two bodies).",
                   "'督办通知〔2017〕22号' is a document number, not a title: title null; addressed to '市消防支队:' (the "
                   "recipient); the lone '2017年9月14日' after the 附件 caption → report_date (the '信息时间:2017-09-15' is the "
                   "page's); '9月11日至13日' takes its year from it → start/end.",
                   "The 附件 caption is printed twice (split over two lines, then whole); '9月20日前…报送' is a report "
                   "deadline, not a 整改时限: deadline null; '制定具体整改措施' is a demand: measures 0.",
                   "No inspected body named ('对我市安全生产大检查工作'): inspected null."]),
    "xiangtan_tcm_hospital_feedback_eight_numbered": dict(
        url="https://lz.xiangtan.gov.cn/contents/bjxc/57126.html", excerpt=False,
        genre="a city 廉政网's public 巡察 feedback to a 中医医院 党委: title with a '【巡察反馈】' tag, source/date line, lead, then "
              "'1.'…'8.' items '<heading sentence>。<details>'; item 5 lacks its dot; whole page",
        kind=None, title="市委第一巡察组向湘潭市中医医院党委反馈意见", issuer=None, report_date="2025-01-26",
        inspection=ins("市委第一巡察组", "市中医医院党委", "2024-09-28", "2024-11-15"), headline=head(),
        problems=[_p(i, t) for i, t in enumerate(XIANGTAN, 1)],
        anomalies=["(NEW) '5践行安全发展理念有差距。' is printed without the '.' after 5: still problem 5 (numbering defect).",
                   "Each item is titled by its first sentence (blind26 jieyang's rule); the sentences after it are details. "
                   "No section heading: category null.",
                   "Title without its '【巡察反馈】' column tag; '来源:湘潭廉政网' is a source field: issuer null; "
                   "'发布时间: 2025-01-26' → report_date (no signature).",
                   "Feedback findings, nothing rectified yet: status null, measures 0."]),
    "school_xuncha_feedback_speech_template_cut": dict(
        url="https://www.gongwk.com/doc/560087.jhtml", excerpt=True,
        genre="a model speech on a 公文 site ('*' in place of names; PDF line breaks inside words) by a 区委巡察组 at a 中学 "
              "党委 feedback meeting: lead, '一、<area>' over two lines, '一是<problem>。<details>'; cut in the first 一是",
        kind=None, title="在2025年中学党委巡察情况反馈会议上的讲话", issuer=None, report_date=None,
        inspection=ins("区委第二巡察组", "*中学党委", "2025-06-20", "2025-08-20"), headline=head(),
        problems=[_p(1, "政治理论学习“表层化”,未能有效融入办学治校全过程",
                     "聚焦贯彻落实党的教育方针和上级决策部署,政治引领作用有待强化")],
        anomalies=["(NEW) A model text with '*' for names ('*区委', '*中学党委', '*书记'): kept as printed; the inspected body "
                   "is '*中学党委'.",
                   "(NEW) Line breaks inside words ('全过\\n程', '政治引领\\n作用'): removed in the category and the title.",
                   "'一是…' opens the problem (seq null, lnst's rule), titled by its first sentence; '下面,我将聚焦四个方面' "
                   "announces four areas, only the first is reached before the cut ('例如,在学习关于“新').",
                   "'2025年6月20日\\n至8月20日' → start/end; a speech: kind null, no issuer or date."]),
    "yunan_edu_bureau_special_xuncha_progress_cut": dict(
        url="https://www.yunan.gov.cn/yfyajyj/gkmlpt/content/1/1939/post_1939919.html", excerpt=True,
        genre="a district 教育局's 巡察整改进展 bulletin without title: '一、…组织落实整改情况' with three '(一)…' paragraphs, "
              "'二、巡察整改任务落实情况' → '(一)关于…方面' → '1.<item>。<paragraph>'; cut in that paragraph",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委4个巡察组", "云安区义务教育阶段公立中小学(幼儿园)", None, None, "2024-06-18"), headline=head(),
        problems=[_p(1, "全面学习贯彻习近平总书记关于教育工作重要论述",
                     "关于贯彻落实上级决策部署、推进教育教学工作高质量发展方面", measures=1)],
        anomalies=["The numbered item is the problem heading although worded as a task; category keeps '关于…方面' "
                   "(blind24 huaibei); its paragraph is one undivided measure (measure_count 1), cut at '深入学习贯彻习近平总书记'.",
                   "The three '(一)…(三)' paragraphs under '一、' are the organisation of the rectification, not problems.",
                   "No title, signature or date: title, issuer, report_date null; '2023年12月至2024年2月' has no days: no "
                   "start/end; '2024年6月18日' → feedback_date. The plan named inside (《中共云浮市云安区教育局党组…整改方案》) "
                   "is another document: not the issuer."]),
    "jsviat_college_security_check_six_hazards": dict(
        url="http://bwc.jsviat.edu.cn/2011/0509/c2085a29000/page.htm", excerpt=False,
        genre="a 高校 保卫处 news item on a pre-holiday safety check: three groups' areas, '检查中发现以下安全隐患:' then "
              "'1、'…'6、' lines, a closing sentence; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("保卫处"), headline=head(),
        problems=[_p(i, t) for i, t in enumerate(JSVIAT, 1)],
        anomalies=["(NEW) The list follows a lead sentence '检查中发现以下安全隐患:', not a heading: category null; seq 1-6 from "
                   "'1、'…'6、'; final '。' dropped.",
                   "'能够及时整改的,已及时进行了整改' is not tied to any item: status null, measures 0.",
                   "'五一节前' has no date; no title line, no page date (the 2011 in the url is not text)."]),
    "college_security_summer_check_clauses_spam_header": dict(
        url="http://zhichangjiaoyu.com/info/1056/5936.htm", excerpt=False,
        genre="a 高校 保卫处 news item (copied under a gambling-spam header '中国足球彩票'): menu, breadcrumb, '【管理动态】' title, "
              "date line, then '检查发现:' with three ';' clauses ending '等安全隐患问题。'; editor line; whole page",
        kind=None, title="保卫处开展暑假前校园安全隐患大排查", issuer=None, report_date="2018-07-11",
        inspection=ins("保卫处", "教学区、办公区、生活区等校园安全重点部位", "2018-07-10", "2018-07-10"), headline=head(),
        problems=[_p(None, t) for t in SUMMER],
        anomalies=["(NEW) Three ';' clauses after '检查发现:' are the problems (blind19's clause rule for check findings), "
                   "seq null; the last clause's '等安全隐患问题' closes the whole list and is dropped from its title.",
                   "Spam line '中国足球彩票' and menus kept (chrome); title without the '【管理动态】' tag; '日期:2018-07-11' → "
                   "report_date; '7月10日' takes 2018 from it → start/end.",
                   "'责令相关部门立即进行整改' names no body: no unit; measures 0."]),
    "pingyuan_health_bodies_feedback_clauses_cut": dict(
        url="https://jc.pingyuan.gov.cn/xsxc/pz/fkqkuang/3365.html", excerpt=True,
        genre="a county 纪委 site's public list of one round's 巡察 feedback: '一、<body>' then one paragraph of ';' clauses per "
              "body (卫健局, 卫生监督所, 中医医院); cut in the third body",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县委巡察组", "县卫健局、县司法局等9个被巡察单位党组织"), headline=head(),
        problems=pingyuan_problems(TEXT["pingyuan_health_bodies_feedback_clauses_cut"]),
        anomalies=["(NEW) '现将巡察组反馈的主要问题公布如下:' then '一、<body>' and a paragraph of ';' clauses: one problem per "
                   "clause, category the body (blind19's district-paragraph rule), titled whole, final '。' dropped; not "
                   "putuo's problems [] (unmarked sentences) nor blind25's summary rule ('主要是:…;…' in news prose).",
                   "The clause repeated in two bodies ('巡察审计反馈问题整改不够彻底') is kept in each; "
                   "body 1's '制度建设不健全,用制度管人管事有差距' is one clause, body 2 prints the same two findings apart "
                   "(';'): two problems there, as printed.",
                   "Cut in the third body's 11th clause at '…等“医': labelled with the cut title (lnst's rule); 6 of the 9 "
                   "bodies are not reached.",
                   "'3个县委巡察组' → inspector 县委巡察组; '十四届县委第三轮巡察' has no dates; no title, no date."]),
    "nhsa_raid_check_two_categories_yishi_tags": dict(
        url="https://www.chinatimes.com/cn/realtimenews/20220519005306-260409", excerpt=False,
        genre="a news portal's copy of a 医保局 announcement of a 突击检查 of hospitals: a summary sentence, '具体问题包括:', "
              "'(一)<category>:一是…。二是…。三是…。' on one line, '(二)<category>:' then '一是<problem>。<figures>' paragraphs to "
              "六是; hashtag line; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "被检定点医疗机构"), headline=head(),
        problems=[_p(i, t, "定点医疗机构医保管理问题") for i, t in enumerate(NHSA_1, 1)]
        + [_p(i, t, "医保基金使用违法违规问题") for i, t in enumerate(NHSA_2, 1)],
        anomalies=["Two categories '(一)…:'/'(二)…:' (':' dropped); under (一) three 一是/二是/三是 items run on one line, under (二) "
                   "six paragraphs; every item titled by its first sentence (jieyang), seq the printed number (SETTLED s18; first labelled null after lnst's rule).",
                   "The lead sentence '被检定点医疗机构存在…等违法违规问题' is a summary, not a problem (blind21).",
                   "Figures are of institutions and money ('68家定点医疗机构59家', '5.03亿元'): no headline figure; '专案' (a "
                   "converted '项目') kept as printed; the '#…' hashtag line is chrome.",
                   "No title, date or named inspector ('医保局公告' names the announcer only): inspector null."]),
    "flight_check_2022_keycap_items_pinyin_spam_cut": dict(
        url="https://cnoocsales.com/a/308", excerpt=True,
        genre="a spam-site copy in traditional characters, each word followed by its pinyin in brackets and ',' doubled, of "
              "the national 医保 飞行检查 announcement: '檢查發現具體問題如下:' then four keycap-emoji items '1??…,。' "
              "(the emoji lost as '??'), a '此外,…' summary; cut in the recovery figures",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("國(guó)家飛檢組", "48家定點(diǎn)醫(yī)療機(jī)構(gòu)"), headline=head(),
        problems=simplified(keycap_problems(TEXT["flight_check_2022_keycap_items_pinyin_spam_cut"])),
        anomalies=["(NEW) Items numbered by keycap emoji that survive as '1??'…'4??': seq 1-4 from the digit; titles as printed "
                   "(first labelled as printed, pinyin kept; in simplified without glosses since session 18: R91, as every traditional copy's problems; the stray ',、' kept), the closing ',。' dropped.",
                   "The list follows a lead line '檢查發現具體問題如下:' (garbled): category null (jsviat's rule).",
                   "'此外,部分醫療機構存在…問題。還有一些機構存在…等其他違法違規問題' is a summary after the list: not problems.",
                   "'24個飛檢組', '48家定點醫療機構', '7.2億元' count groups, institutions and money: no headline figure; "
                   "'2022年度' gives no dates; inspector '國家飛檢組' as printed (garbled)."]),
    "food_factory_flight_check_clauses_stop_production": dict(
        url="http://ahscb.com/html/2018-08/11/content_264205.htm", excerpt=False,
        genre="a newspaper item (星报讯) on a provincial 食药监局's 飞行检查 of a food factory: '发现该企业A;B;…;H。' eight ';' "
              "clauses in one sentence, then the order to stop production; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("安徽省食药监局", "含山县林头汤记食品厂"), headline=head(),
        problems=[_p(None, t) for t in FOOD],
        anomalies=["(NEW) One problem per ';' clause after '发现' (blind19's clause rule), titled whole: the first keeps its "
                   "subject '该企业'; the '2017.5.18' inside the last clause is a product date, kept.",
                   "The three other firms '被责令限期整改' have no faults printed: not problems. '责令企业停产整改' is the "
                   "regulator's act: measures 0, status null.",
                   "'今年6月7日' prints no year: no dates; no title, no date line."]),
}

EXPECTED = {"xuchang_safety_supervision_notice_site_items": 6, "xiangtan_tcm_hospital_feedback_eight_numbered": 8,
            "school_xuncha_feedback_speech_template_cut": 1, "yunan_edu_bureau_special_xuncha_progress_cut": 1,
            "jsviat_college_security_check_six_hazards": 6, "college_security_summer_check_clauses_spam_header": 3,
            "pingyuan_health_bodies_feedback_clauses_cut": sum(PY_COUNTS),
            "nhsa_raid_check_two_categories_yishi_tags": 9, "flight_check_2022_keycap_items_pinyin_spam_cut": 4,
            "food_factory_flight_check_clauses_stop_production": 8}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.startswith("xuchang"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("xiangtan"):  # '5践行' has no dot: count a line-leading number followed by anything
        return len(re.findall(r"^\d[.\u4e00-\u9fff]", text, re.M))
    if stem.startswith("school"):
        return len(re.findall(r"^[一二三四五]是", text, re.M))
    if stem.startswith("yunan"):
        return len(re.findall(r"^\d\.", text[text.index("二、巡察整改任务落实情况"):], re.M))
    if stem.startswith("jsviat"):
        return len(re.findall(r"^\d、", text, re.M))
    if stem.startswith("college"):
        sentence = re.search(r"检查发现:(.*?)。", text).group(1)
        return sentence.count(";") + 1
    if stem.startswith("pingyuan"):
        counts = [re.search(r"、" + b + r"\n(.*)", text).group(1).count(";") + 1 for b in PY_BODIES]
        assert counts == PY_COUNTS, counts
        return sum(counts)
    if stem.startswith("nhsa"):
        return len(re.findall(r"[一二三四五六七八九]是", text[text.index("具体问题包括"):]))
    if stem.startswith("flight"):
        return len(re.findall(r"^\d\?\?", text, re.M))
    if stem.startswith("food"):
        sentence = re.search(r"发现该企业(.*?)。", text).group(1)
        return sentence.count(";") + 1
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    ft = flat(text)
    if stem.startswith("flight"):  # (a traditional copy: its problems are in simplified without glosses, R91)
        ft = simplified([{"title": ft, "category": None, "responsible_units": []}])[0]["title"]
    # every title, category and unit is in the text as written (line breaks aside)
    check_problems(stem, d["problems"], ft, category_in=ft, units_in=text)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    for k in ("problems_total", "measures_total"):
        v = d["headline"][k]
        assert v is None or str(v) in text, (stem, k)
    # each date's month and day are printed in the text
    check_inspection_dates(stem, insp, text, forms=lambda y, m, dd: (f"{m}月{dd}日", f"{dd}日"))
    if d["report_date"]:
        y, m, dd = d["report_date"].split("-")
        assert f"{y}年{int(m)}月{int(dd)}日" in text or d["report_date"] in text, (stem, d["report_date"])


def main() -> None:
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=81)


if __name__ == "__main__":
    main()
