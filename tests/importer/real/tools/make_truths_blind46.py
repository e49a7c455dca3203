"""Write the texts and truth files of tests/importer/real/blind46: a held-out set of real pages (session 22), labelled
on 2026-12-07 (03:31-03:42 UTC by the machine clock) by helper label61, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py, tests/importer/*.py) and did not score this set. Every
url was checked with /work/wt/known_urls.py (--exclude /work/wt/label61) when found and again before the commit; a
distinctive phrase of each page was grepped in /work/main/tests/importer and /work/shared/corpus (no copy of any).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R135, C1-C25) and make_truths.py (head/ins/problem);
structure after make_truths_blind42.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): masks 'XX'/'202x年', spam words ('飞禽走兽老虎机' substituted into a
township's report), garbled '(-)' and 'I', '**' and runs of spaces kept; runs of spaces copied as ASCII spaces as the
tool printed them (jzzz021, 1,890 bytes, may hold non-breaking spaces the tool showed as spaces).

Brief (focus): problem lists a body draws up and rectifies itself (主题教育/民主生活会/组织生活会 检视问题, 查摆问题 整改清单,
作风建设 台账), 巡视/巡察 feedback rectification on enterprise, university, hospital, bank and association sites, 国企/事业单位
整改落实情况报告, 市场监管/税务/海关 internal 督查, 党风廉政 主体责任 检查 反馈问题.

Exhaustion: 56 queries (8 results each, many tag or spam stubs: zhetiaohe, abg.baidu, fengdujob); 77 candidate urls
checked with known_urls.py, 45 KNOWN (every 巡察整改进展 通报 of a 卫健委/医院/中学/国企/镇 the queries reached: wjw.taizhou,
huiji, asctjt, asdi, mech.ycit, gztusheng, lzszyyy, seowindows, lydyyy, cdacdg, zijin, ntlz, shanting, blfj.yueyang,
jingzhou.cjyun, xiaomilidoc dajing, renrendoc 509256108, hxhg.hpu, east68, sdshuichulishebei, guanshanwenku, …).
Nothing new of 海关, 税务, 市场监管 internal 督查, banks or associations: their queries returned tag stubs, rules and
explainers only. What was new with problem lists: three self-checks (a kindergarten, a county leadership's
八项规定 对照检查, a primary school canteen) and four township 政府信息公开 年度报告 whose '存在的主要问题及改进措施'
section is a body's own shortcomings answered by a second numbered list; near misses: three news items that state a
self-drawn or check's problem count (116, 25, 2) without the items.

Dropped at the pre-commit check: cncx.gov.cn (a county middle school's 审计整改落实情况 公示, seven '关于“…”问题' items
answered '已整改', the one page of the genre's centre found) was NEW when found and KNOWN at the check before the commit
(another tree took it meanwhile; not looked at): its text and truth were removed.

Declined, new by key: 44oyxtc (组织生活会 procedure), seridoat (spun 税务 explainer), renrendoc 506428338 (督查整改 template's
table of contents), chinaoffshore (how to write a 幼儿园整改报告, cut before its sample), fudaoke (explainer),
lldj.linli (认领 procedure news), cnrencai and 3c3c (范文 collections cut before any problem), thukyrieng and
jijian.huas (check news, no items), wzwdjix (a 民主生活会 with photos, no items), 21xqjy and m.cuauto (spun
explainers), 360docs 5d4669971 and shenghezhuangshi (改薄 self-checks cut before problems), datauseful
(扬大附中 巡察整改进展 cut in its first section: a fourth near miss would pass the third), m.jiusongjiankang
(generic explainer), tikuw/wenke99/taowenge (范文 cut before problems), szdsmf (a 年报 cut before its problem
section). The last six queries (审计整改 公示 of small units, 社区 巡察 公示, 民主生活会 查摆 落实, 幼儿园 督导 整改, company
整改报告, more 年报) brought only KNOWN or cut pages (3 more urls checked, 2 KNOWN: wbq 姜南社区, xicuiyuan; taowenge
25493491 new but a 幼儿园 self-check cut before its problems). In all 80 urls checked, 47 KNOWN (with cncx).

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - docs360: a kindergarten's 自查报告, '二、存在的问题' 1、2、3、: 3 (the third cut), measures 0.
  - jd63: a county leadership's 八项规定 对照检查 自查, '(一)思想认识方面。一是…二是…': 2 (the second cut), measures 0.
  - wenmi1: a primary school's 食堂自查报告, '二、存在问题,整改情况。(一)…(-)…': 2, measures 2.
  - cncdsbwlw: a township's 2021 信息公开 年报 (spam words), '存在问题:1.2.3.' answered by '改进措施:1.2.3.': 3, measures 3.
  - bengbu: a township's 2018 年报, '(一)存在的问题 1.2.' answered by '(二)改进措施 1.2.': 2, measures 2.
  - jzzz021: a town's 2019 年报, '(一)存在问题 一是…三是' answered by '(二)改进措施 一是…三是': 3, measures 3.
  - ziyang: a township's 2014 年报, one '主要问题是…,下步打算…' sentence: 1, measures 1.
  - stdu (near miss): a university's campus problem list (116 条, 八类) in news: 0.
  - hyqss (near miss): a city's 党风廉政 主体责任 check, '9个单位…共计25个突出问题' in news: 0.
  - scusz (near miss): a branch's 组织生活会, '查摆问题2项,制定整改措施2条' in news: 0.
Totals: 10 documents, 16 problems (3+2+2+3+2+3+1), 11 measures (0+0+2+3+2+3+1); reading and regex recount agree.
Statuses all null (no done word anywhere). Deadlines none printed. Units: docs360's '保健室' only. Near misses 3 of 10.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- docs360: a self-check (R9) whose '二、存在的问题' items are problems, category '存在的问题' (R129), seq as printed 1-3;
  item 1 run into its remedy on one line: the whole item (R88/C9); (NEW) its '应及时由保健室收回' names the body to act in
  prose: unit '保健室' (R104), the remedy no measure (no rectification reported: measures 0, R97, as blind42 oryoy); item 2
  heading on its own line over a description: the heading (R88); item 3 cut (C14, R25). Kind null (a self-check, R29, as
  blind42 minitagcloud). Title: the doc-site card heading '清理规范宣传用语自查报告' (R35; the report names itself a
  self-check, an inspection document, R34). Inspector = inspected '实验幼儿园' (R46). (NEW) '4月19日至20日' has no year of
  its own; the '【2012】' of the notice's document number does not date the self-check: start/end null (R60).
- jd63: a leadership's 对照检查 (R9): '一是/二是' items seq 1/2 (R76a), category '思想认识方面' (R79, numbering and 。 dropped),
  each title the whole run-in statement up to the next item (R88/C9) without the '一是' label (R86); inspector = inspected
  '县委、县政府领导班子' (R46); '11个方面突出问题' are kinds, no figure (R68); kind null (R29); no title line.
- wenmi1: '二、存在问题,整改情况。' is the category (R79); each item states the problem then what is done, one clause of
  comma-joined actions = 1 measure (R96, SETTLED s17), no done word: status null (R95); titles the problem
  clause ('食堂卫生差', '校外摊点较多的问题' with its '的问题', R87). (NEW) The second item's '(-)' is the page's
  garbling of '(一)' (the list above prints '(-)…(二)…(三)'): seq 1 as printed (R75 repeats kept). Kind bulletin
  (a report whose section reports 整改情况, R27); title the card's file name '小学食堂自查报告' (R35, '.docx' dropped as
  layout noise, R32); issuer, report date and the school's name masked ('XX小学', '202x年XX月X日'): issuer null, date
  null (R44), inspector/inspected null (R48, as blind42 minitagcloud). Excerpt false: the preview reaches the signature
  and the appended picture captions.
- (NEW) The four 政府信息公开工作年度报告 (cncdsbwlw, bengbu, jzzz021, ziyang): a body's own '存在的主要问题' are problems
  (R9); a second list '改进措施' answering the same numbers gives 1 measure each (R98); ziyang's one sentence '主要问题是X,
  下步打算Y' gives one problem X (seq null, R78) and one measure Y (its report's '改进措施' section, not a bulletin's 下一步,
  R98). Kind null (a yearly work report, neither a rectification report nor a plan: as R31's 审计工作报告); no inspection
  (inspector/inspected null: no check, the body unnamed or only in the text's lead); the items' counts of 信息 are no
  figures (R68). Category the sub-heading above the items ('存在问题', '存在的问题'; ziyang the section '存在的主要问题和改进
  措施'), R80. cncdsbwlw keeps the spam words in its title '飞禽走兽老虎机目录…' (R2); jzzz021's signature gives issuer
  '金山镇人民政府' and report date 2020-01-23 (R37, R40).
- Near misses: stdu problems [] (the 116 items only as 八类, R19/R23), problems_total 116 (R62, R67: a self-drawn list),
  '90%以上' a rate, no done count (R68); hyqss problems [] (R19), problems_total 25 (R62), inspector '市纪委监委' (the body
  that led the check, R46), inspected null (95 units, R48), '11月下旬至12月上旬' no dates (R53); scusz problems [],
  problems_total 2 and measures_total 2 ('查摆问题2项,制定整改措施2条', R67, R73), inspector = inspected
  '四川大学苏州研究院党支部' (R46), title null (a news headline, R34/C7), the meeting day no report date (R40).
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind46"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "docs360_kindergarten_slogan_cleanup_selfcheck_three_cut": r'''"清理规范宣传用语自查报告\n- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑、内容补充、找答案等附加服务。\n- 2、\"仅部分预览\"的文档,不可在线预览部分如存在完整性等问题,可反馈申请退款(可完整预览的文档不适用该条件!)。\n- 3、如文档侵犯您的权益,请联系客服反馈,我们会尽快为您处理(人工客服工作时间:9:00-18:30)。\n*******清理规范宣传用语自查报告\n为进一步加强校园文化建设与管理,规范校园文化秩序,优化育人环境,营造良好的校园文化氛围,推动文明和谐校园建设,不断培育和弘扬幼儿园文化,根据*党宣【201 2】20号《关于清理规范规范宣传用语自查工作》的文件精神,实验幼儿园对校园内的宣传橱窗、宣传栏、宣传标语及各类张贴画等进行了统一清理和整治。\n一、清理整治总体情况\n园领导高度重视此次清理整治活动,认真对照奎党宣【2012】20号《关于清理规范规范宣传用语自查工作》的精神和教育局党委《关于在教育系统清理规范规范宣传用语自查工作》的通知,于4月19日至20日进行了自查和清理。\n园中层以上领导于4月19日下午对全园室内外、班级、过道初步巡查,与班级教室进行了沟通,各班教室、业务人员纷纷对各自班级、负责卫生区破旧、不规范的宣传标语和宣传栏进行了清理和整治,对移动宣传栏也进行了归整,对各宣传橱窗进行了清洁卫生的打扫,及时更换了橱窗内的内容,整体情况较清理整治前有了较大的改善。\n二、存在的问题\n1、脊椎灰质炎宣传横幅长期悬挂已被风吹掉,应及时由保健室收回,待下次服苗期间再挂出;\n2、有的宣传橱窗破损,内容陈旧。\n幼儿一周食谱公开橱窗内容陈旧,其图片已经模糊、破损,急需维修更新;\n3、园门卫室外张贴的《收费标准》日晒变"''',
    "jd63_county_leadership_eight_rules_selfcheck_two_cut": r'''"根据县委八项规定精神学习教育领导小组办公室《关于做好八项规定精神学习教育对照检查阶段自查自纠工作的通知》部署要求,县委、县政府领导班子深入贯彻落实习近平总书记关于作风建设的重要论述和党中央关于八项规定精神学习教育的重要指示精神,紧扣政治责任,坚持以上率下,扎实推进对照检查阶段工作。领导班子成员带头深学细悟《习近平关于加强党的作风建设论述摘编》,对标中央明确集中整治的11个方面突出问题,聚焦违反八项规定精神及其实施细则精神的新表现、隐形变异“四风”问题,严格对照县委“一体推进学查改”工作要求,通过座谈交流、意见征集、谈心谈话、案例剖析等方式,刀刃向内查摆思想根源、制度漏洞和作风短板,形成党委、政府牵头抓总、班子成员认领主责的整改体系。针对自纠自查出的具体问题,以高度的政治自觉狠抓源头治理、长效监管和作风提升,确保整改措施清单化、责任链条闭环化、整章建制系统化,切实以问题大起底推动作风大转变、工作大提升,为深化全面从严治党、护航中国式现代化**实践提供坚强政治保障。\n一、存在的主要问题\n(一)思想认识方面。一是理论学习的系统性和转化力仍需强化。少数班子成员对党的创新理论特别是八项规定精神的学习存在“实用主义”倾向,多以集体学习、文件通读为主,自主研学时间安排不够充分,结合工作实际开展专题研讨次数较少,对政策内涵的理解尚未完全转化为谋划工作的思路。二是作风建设长效机制建设仍有短板。个别成员对作风建设的长期性、反复性认识不够深刻,在调研指导基层时强调业务效率多、关注干部思想动态少,抓作风培育的持续性不足;日常管理中,对涉及文风会风、公务接待等领域的潜在风险点"''',
    "wenmi1_primary_canteen_selfcheck_two_problems": r'''"《小学食堂自查报告.docx》由会员分享,可在线阅读,更多相关《小学食堂自查报告.docx(5页珍藏版)》请在第壹文秘上搜索。\nXX小学食堂自查报告根据安排,我校食堂进行自查,现将自查情况汇总如下:一、自查情况:(-)食堂管理严格按照“六进行管理,每天按时按要求进行出入库台账记录。(二)食堂从业人员健康证未过期。(三)食堂食材、菜板、生熟分开。(四)食堂摆放整齐。(五)食堂卫生干净整洁方面还有一点差。(六)校外摊点较多,垃圾食品、五毛食品较多。二、存在问题,整改情况。(一)食堂卫生差,加强后勤管理员和从业人员培训I,每天检查,要求管理员随时监管,发现不干净的地方就进行打扫。(-)校外摊点较多的问题,加强学生食品安全知识宣传教育,利用每日安全提醒教育学生,加强与高田市场监管所联系,市场监管加强检查。三、下一步工作打算。(一)加强后勤从业人员、管理员的培训。(二)每天加强检查,有问题立即整改。XX小学202x年XX月X日附图片:荤素-J限板熟速质O板熟菜板"''',
    "cncdsbwlw_township_2021_disclosure_report_three_shortcomings_spam_cut": r'''"一、总体情况\n1.主动公开。通过政务公开网站,依法公开工作职能、机构设置、办公地址、办公时间、联系方式、负责人姓名等信息,将“三定”方案中可公开内容全部公开。2021年度我乡主动公开政府信息213条,其中政府网站公开127条,政务微信公开86条,较好地向社会公众提供了政务信息。\n2.依申请公开。积极发挥公众号等新媒体在传播政务信息、引导社会舆论、畅通民意渠道等方面的作用,满足群众信息公开的要求。2021年度,我乡未收到任何形式的依申请公开申请。\n3.政府信息管理。严格执行信息公开的“公开为原则,不公开为例外”要求,始终做好保密工作,做到“上网信息不涉密,涉密信息不上网”,2021年度,我乡在信息公开工作中不曾发生失泄密问题。\n4.飞禽走兽老虎机平台管理。目前主抓微信公众号“三单发布”和微博号“魅力三单”的运营和管理。\n5.监督保障。进一步健全完善“主要领导亲自抓审核”工作机制,加大问责力度。\n二、主动公开政府信息情况\n三、收到和处理飞禽走兽老虎机申请情况\n四、飞禽走兽老虎机行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n存在问题:\n1.部分信息公开不够及时。\n2.飞禽走兽老虎机目录还需进一步细化和完善。\n3.公开形式便民性多样性需要进一步提高。\n改进措施:\n1.加强学习教育。进一步提高乡干部对推进政务公开工作重要性和必要性的认识,增强做好政务公开工作的主动性和自觉性。\n2.对政务信息做到及时整理、分类、并及时公开。重点抓好和群众利益密切相关的信息公开工作,不断丰富公开内容。同时有区别地抓好对内与对外公开,提高公开针对性、实效性。\n3.主动加大公开力度。严格落实上级要求,围绕群众关注的大事、实事,关系群众切身利益"''',
    "bengbu_linbei_2018_disclosure_report_two_shortcomings": r'''"五河县临北回族乡依据《中华人民共和国政府信息公开条例》要求,结合我乡2018年政府信息公开实际情况,党政办公室编制完成了《临北回族乡信息公开2018年度工作报告》(以下简称《报告》),《报告》包含了2018年政府信息公开工作中主动公开、依申请公开以及存在的主要问题等情况,其中涉及到的数据均为2018年1月1日—2018年12月31日统计数据。《报告》将在五河县政府网站向公众公布,乡党政办公室联系电话0552—5854201。\n一、临北回族乡2018年政府信息公开基本情况\n2018年,我乡认真贯彻落实《中华人民共和国政府信息公开条例》精神,按照省、市政务公开有关文件要求,紧紧围绕坚持政务公开透明,建设规范化服务型政府提升机关行政效能的主题,不断拓展公开内容,创新公开形式,完善公开制度,强化公开监督,精心组织、狠抓落实,进一步促进了政府信息公开工作。\n二、临北回族乡主动公开政府信息情况\n主动公开信息总数:2018年主动公开政府信息2092条。栏目信息比例展示如下:\n三、政府信息公开收费及减免情况\n2018年,我乡无政府信息公开收费及减免情况。\n四、依申请公开政府信息情况\n2018年度我乡没有收到依申请公开。\n五、复议、诉讼和申诉情况\n2018年度,我乡未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。\n六、政府信息公开工作存在的主要问题及改进措施\n(一)存在的问题\n1.信息发布的标题、内容、格式等存在不规范的情况。\n2.部分栏目更新信息不多。\n(二)改进措施\n1.认真审核发布信息的内容,规范发布信息的操作步骤。\n2.继续推进各个板块信息的更新数量。"''',
    "jzzz021_jinshan_2019_disclosure_report_three_shortcomings": r'''"三、收到和处理政府信息公开申请情况\n\n\n\n  四、政府信息公开行政复议、行政诉讼情况\n\n\n \n\n \n\n五、存在的问题及改进措施\n\n2019年我镇信息公开工作对进一步规范权力运行、促进依法行政、提高行政效能、服务群众发挥了积极作用。但是,仍存在一些问题和不足。\n\n(一)存在问题\n\n我镇的政府信息公开工作虽然取得了一定成效,但还存在一些问题和不足,主要有以下几个方面:一是公开内容时效较慢,对以往的政策文件还需要逐个清理录入。二是信息更新还不够及时,公开质量有待提高;部分工作人员政府信息公开的意识有待进一步提高。三是政务公开工作力量薄弱,队伍建设还需加强。\n\n(二)改进措施\n\n一是进一步梳理所掌握的政府信息,及时提供,定期维护,保证公开信息的完整性和准确性。\n\n二是及时总结政府信息公开实践中积累的好做法和新经验,充分发挥其作用,不断提高政府信息公开工作的质量和水平。\n\n三是不断提高政务信息工作人员的综合素质,增强处理信息的能力,提高信息质量。\n\n \n\n六、其他需要报告的事项\n\n(一)依申请公开政府信息和不予公开政府信息的情况\n\n全年未出现依申请公开政府信息和不予公开政府信息的情况。\n\n(二)政府信息公开的收费及减免情况\n\n全年未出现政府信息公开的收费及减免情况\n\n(三)因政府信息公开申请行政复议、提起行政诉讼的情况\n\n全年未出现因政府信息公开申请行政复议、提起行政诉讼的情况。 \n\n \n\n \n\n                                                                                           \n\n                                   金山镇人民政府\n\n                                                                     2020年1月23日\n\n \n\n \n\n \n\n\n\n"''',
    "ziyang_nanxun_2014_disclosure_report_one_shortcoming": r'''"根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省、市、县政府信息公开工作相关要求,现将我乡2014年政府信息公开工作报告公开如下。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n(一)成立工作领导小组。乡成立了政府信息公开工作领导小组,下设办公室,配备了专职人员。\n(二)召开政府公开专题会议。今年以来,我乡把政府公开工作纳入年度工作计划,多次通过大会学习传达《条例》和省、市相关文件精神。要求全乡广大干部通过组织集体学习和个人自学,真正达到统一思想,提高认识,进一步明确贯彻落实《条例》的重要性和紧迫性。\n(三)规范依申请公开政府信息工作。严格根据我乡《政府信息公开指南》《政府信息公开目录》和相关公开内容,结合《条例》和省市县相关文件,规范进行政府信息公开。\n二、主动公开政府信息情况\n本单位到目前累计主动公开政府信息100条。\n三、依申请公开政府信息情况\n2014年度我乡没有接到群众主动要求公开政府信息的申请。目前尚无发现应主动公开政府信息而未予公开的情况。\n四、政府信息公开咨询处理情况\n2014年度共接受群众咨询0次。\n五、政府信息公开复议、诉讼情况\n我乡2014年度,未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。\n六、政府信息公开支出与收费\n2014年,南薰乡未收取任何政府信息公开费用。\n七、存在的主要问题和改进措施\n公开存在的主要问题是内容公开不够全面,下步打算将进一步扩大政府公开内容,确保信息公开的及时性、有效性。"''',
    "stdu_longshan_campus_116_problem_list_news": r'''"9月25日,龙山校区管委会班子组织主题教育学习研讨,大家深切感受到保证校区运转顺畅是当务之急的大事,随即决定启动问题反馈机制,拟定了《关于收集龙山校区运行以来问题清单和意见建议的通知》,发送给有关院系和职能部门收集影响校区运转的反馈意见,经过对收集意见的全面梳理,形成了清晰的问题清单,共列出问题116条,按照问题性质归类,涵盖了工程建设、学生管理、多媒体教学、安全保卫、后勤服务、家具配备、交通出行等八类问题。\n9月29日,校长龙奋杰、副校长王彦东亲自在龙山校区召开现场会议,分析研判116条问题清单,摸清问题背后的真实原因,强化责任意识,逐项明确责任单位和责任人,推进问题整改落实。龙奋杰指出,各责任单位要区分轻重缓急,要界定清楚问题性质,切实压实责任主体,做到即知即改,立行立改。要加强管理机制的探索,发挥好学生组织自我管理能力,维护好广大学生的切身利益。王彦东要求,各责任单位要充分利用国庆期间落实整改任务,并将10月8日作为部门问题整改完成的时间节点,强化督促检查。\n10月9日下午,龙山校区运行问题整改落实推进会如期举行,副校长李旭春、王彦东出席,会上负有整改任务的责任单位逐一汇报了近期的整改情况,新建办、后勤服务中心等单位重点做了发言。经过各部门近10天的努力,落实整改问题清单中事项达90%以上。个别重大问题需要进一步研究落实的,相关责任单位也拿出了具体的整改计划时间表。经过这次问题梳理和集中整改,许多制约校区日常运转的问题得到根本性解决,有效化解了可能出现的风险挑战,为探索提高龙山校区管理水平提供了宝贵的经验。"''',
    "hyqss_leiyang_party_conduct_duty_25_problems_news": r'''"今年以来,耒阳市进一步加强党风廉政建设责任制检查力度,按照统一部署,11月下旬至12月上旬,该市由市纪委监委牵头,联合市委巡察办,采用日常监督评估、巡察画像、数据分析、实地调研等方式,对全市95个正科级单位(乡镇街道30个、市直单位65个)党委(党组)履行党风廉政建设主体责任情况进行调研评估,在此基础上,确定了履行党风廉政主体责任相对较差的7个市直机关单位和2个乡镇(街道)作为约谈对象单位。\n约谈会结合单位的行业特点,通报了9个单位在落实主体责任中存在的共计25个突出问题。9名单位党组织主要负责人就本单位存在的突出问题作了表态发言。谢培要求各单位要结合本地实际,细化实化整改方案和清单,盯住问题抓整改,以作风的转变带动政风和行风的好转,推动主体责任落地生根。\n据悉,下一步,耒阳市委将开展党风廉政建设主体责任述责活动,将根据全市各单位落实党风廉政建设主体责任的综合评估情况,确定3个先进单位和3个后进单位党组织负责人进行述责。"''',
    "scusz_suzhou_institute_branch_org_life_meeting_two_problems_news": r'''"学习领会党的“二十大”会议精神专题组织生活会\n2023年3月6日 下午14:00,四川大学苏州研究院党支部全体党员在多媒体功能教室召开学习领会党的“二十大”会议精神专题组织生活会和开展民主评议党员。认真开好组织生活会和开展民主评议党员,是学习贯彻党的二十大精神的重要措施。根据《中国共产党支部工作条例(试行)》、《中国共产党党员教育管理工作条例》等规定,四川大学苏州研究院党支部召开2022年度组织生活会,会议由我院党支部书记凌海东主持,全体党员分别发言。\n会上,我院党支部书记凌海东代表支委会作2022年度支部工作报告,查摆问题2项,制定整改措施2条。批评与自我批评,认真进行民主测评。督导组点评:\n我院党支部召开的2022年度组织生活会效果明显、质量较高。组织生活会召开后还要持续增进“五个强化”:一是强化理论武装,切实把思想和行动统一到党中央决策部署和科教创新区党委各项工作要求上来;二是强化问题导向,不断提升队伍管理水平;三是强化廉洁自律,推动全面从严治党向纵深发展;四是强化问题整改,对问题短板分析原因,持续抓好整改;五是强化支部规范化建设,使党支部工作推进有序,落实有根。通过这次学习领会二十大精神专题组织生活会,得到很多收获。实践也告诉我们,中国共产党为什么能,中国特色社会主义为什么好,归根到底是马克思主义行,是中国化时代的马克思主义行。"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}


# ---- truths ---------------------------------------------------------------------------------------------------------

# docs360: '二、存在的问题' 1、2、3、 (R9, R129); item 1 whole (run-in), item 2 its heading line, item 3 cut (C14)
_DS = TEXT["docs360_kindergarten_slogan_cleanup_selfcheck_three_cut"]
_DS_CAT = "存在的问题"
_DS_SEC = _DS.split("二、存在的问题\n")[1]  # the chrome above also prints '- 1、' '- 2、'
DOCS360 = [_p(1, between(_DS_SEC, "1、", ";\n"), _DS_CAT, ["保健室"]),
           _p(2, between(_DS_SEC, "2、", "。\n"), _DS_CAT),
           _p(3, _DS_SEC.split("3、")[-1], _DS_CAT)]

# jd63: '(一)思想认识方面。一是…二是…' (R76a, R88/C9 whole statements without the '一是' label)
_JD = TEXT["jd63_county_leadership_eight_rules_selfcheck_two_cut"]
JD63 = [_p(1, between(_JD, "一是", "。二是"), "思想认识方面"),
        _p(2, _JD.split("二是")[1], "思想认识方面")]

# wenmi1: '二、存在问题,整改情况。(一)P,M。(-)P,M。' the problem clause and one measure each
_WM = TEXT["wenmi1_primary_canteen_selfcheck_two_problems"]
_WM_CAT = "存在问题,整改情况"
WENMI = [_p(1, "食堂卫生差", _WM_CAT, measures=1), _p(1, "校外摊点较多的问题", _WM_CAT, measures=1)]

# the four 年报: a body's own shortcomings, each answered by the same-numbered 改进措施 (R98)
_CD = TEXT["cncdsbwlw_township_2021_disclosure_report_three_shortcomings_spam_cut"]
CNCD = [_p(int(n), t, "存在问题", measures=1)
        for n, t in re.findall(r"^(\d)\.(.+)。$", between(_CD, "存在问题:\n", "改进措施:"), re.M)]
_BB = TEXT["bengbu_linbei_2018_disclosure_report_two_shortcomings"]
BENGBU = [_p(int(n), t, "存在的问题", measures=1)
          for n, t in re.findall(r"^(\d)\.(.+)。$", between(_BB, "(一)存在的问题\n", "(二)"), re.M)]
_JZ = TEXT["jzzz021_jinshan_2019_disclosure_report_three_shortcomings"]
_JZ_P = between(_JZ, "主要有以下几个方面:", "\n")
JINSHAN = [_p(i, t, "存在问题", measures=1)
           for i, t in enumerate(re.findall(r"[一二三]是(.+?)。", _JZ_P), 1)]
_ZY = TEXT["ziyang_nanxun_2014_disclosure_report_one_shortcoming"]
ZIYANG = [_p(None, between(_ZY, "主要问题是", ",下步打算"), "存在的主要问题和改进措施", measures=1)]

_NO_INS = ins()

DOCS = {
    "docs360_kindergarten_slogan_cleanup_selfcheck_three_cut": dict(
        excerpt=True,
        genre="3 a self-check listing its own shortcomings: a kindergarten's 清理规范宣传用语 自查报告 on a doc site "
              "(chrome lines kept), '二、存在的问题' items 1、2、3、; cut in the third",
        kind=None, title="清理规范宣传用语自查报告", issuer=None, report_date=None,
        inspection=ins("实验幼儿园", "实验幼儿园"), headline=head(), problems=DOCS360,
        anomalies=["A self-check's own '二、存在的问题' (R9): one problem per numbered item, category '存在的问题' (R129, "
                   "numbering dropped), seq 1-3 as printed (R75).",
                   "Item 1 runs into its remedy on one line: the whole item without its ';' (R88/C9). (NEW) Its "
                   "'应及时由保健室收回' names in prose the body to act: unit '保健室' (R104); the remedy is no measure, no "
                   "rectification being reported: measures 0 (R97, as blind42 oryoy), status null.",
                   "Item 2 is a heading on its own line over a description ('幼儿一周食谱公开橱窗…'): the heading (R88); "
                   "item 3 is cut inside its statement ('…《收费标准》日晒变'): labelled as far as it goes (C14, R25).",
                   "Kind null: a self-check reporting no rectification of the listed shortcomings (R29, as blind42 "
                   "minitagcloud). Title: the doc-site card heading, the first of two printings (R35; a 自查报告 names a "
                   "self-inspection, R34); no signature: issuer null; inspector = inspected '实验幼儿园' (R46).",
                   "(NEW) '于4月19日至20日进行了自查' has no year of its own; the '【2012】' of the notice's document number "
                   "does not date the self-check: start/end null (R60). No report date.",
                   "Cut inside item 3: excerpt true (R5); the chrome lines '- 1、下载文档前…' kept (R2)."]),
    "jd63_county_leadership_eight_rules_selfcheck_two_cut": dict(
        excerpt=True,
        genre="3 a self-check listing its own shortcomings: a county Party committee and government leadership's "
              "八项规定 学习教育 对照检查 (自查自纠) report, '一、存在的主要问题 (一)思想认识方面。一是…二是…'; cut in the second",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县委、县政府领导班子", "县委、县政府领导班子"), headline=head(), problems=JD63,
        anomalies=["A leadership's own 对照检查 (R9): '一是/二是' items seq 1/2 (R76a), category the sub-heading "
                   "'(一)思想认识方面。' without numbering and '。' (R79, R80).",
                   "Each item a heading run into its description in one paragraph: the whole statement up to the next "
                   "item (R88, C9 SETTLED), without the '一是' label and the final '。' (R86); the second cut at "
                   "'…潜在风险点' (C14, R25). No measures before the cut: 0 (R97); status null.",
                   "Inspector = inspected '县委、县政府领导班子' (a self-check, R46); '11个方面突出问题' are kinds (R68): "
                   "no figure; kind null (R29); no title line, no date (R33).",
                   "Cut inside the second item: excerpt true (R5); '中国式现代化**实践' kept (R2)."]),
    "wenmi1_primary_canteen_selfcheck_two_problems": dict(
        excerpt=False,
        genre="3 a self-check listing its own shortcomings with what is done: a primary school's 食堂自查报告 on a doc "
              "site, '二、存在问题,整改情况。(一)P,M。(-)P,M。', masked name and date",
        kind="bulletin", title="小学食堂自查报告", issuer=None, report_date=None,
        inspection=_NO_INS, headline=head(), problems=WENMI,
        anomalies=["Category the section '二、存在问题,整改情况。' without numbering and '。' (R79). Each item states the "
                   "problem, then the actions: title the problem clause ('食堂卫生差'; '校外摊点较多的问题' with its "
                   "'的问题', R87), measures 1 each (one clause of comma-joined actions, R96 SETTLED s17); no done "
                   "word: status null (R95).",
                   "(NEW) The second item's '(-)' is the page's garbling of '(一)' (section 一 prints '(-)…(二)…(三)'): "
                   "seq 1 as printed, the repeat kept (R75).",
                   "Kind bulletin: the report's section reports 整改情况 (R27). Title: the card's file name "
                   "'小学食堂自查报告' ('.docx' dropped as layout noise, R32, R35); the name and date are masked "
                   "('XX小学', '202x年XX月X日'): issuer null, report date null (R44), inspector/inspected null (R48, "
                   "as blind42 minitagcloud).",
                   "'三、下一步工作打算' are next steps, no measures (R98). The preview reaches the signature and the "
                   "picture captions: excerpt false (R5); garbled 'I', 'J', 'O' kept (R2)."]),
    "cncdsbwlw_township_2021_disclosure_report_three_shortcomings_spam_cut": dict(
        excerpt=True,
        genre="3 a body's own shortcomings with improvement measures: a township's 2021 政府信息公开工作年度报告 on a "
              "spam-mirrored host ('飞禽走兽老虎机' substituted for '政府信息公开'), '存在问题:1.2.3.' then '改进措施:1.2.3.'; "
              "cut in the third measure",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=_NO_INS, headline=head(), problems=CNCD,
        anomalies=["(NEW) A 政府信息公开工作年度报告's '存在的主要问题及改进情况': the body's own numbered shortcomings are "
                   "problems (R9); the second list '改进措施' answers the same numbers: 1 measure each (R98).",
                   "Category the sub-heading '存在问题:' above the items (R80); seq 1-3 (R75); titles without the final "
                   "'。', the spam words kept ('飞禽走兽老虎机目录…', R2); status null.",
                   "(NEW) Kind null: a yearly work report, neither a rectification report nor a plan (as R31's "
                   "审计工作报告); no inspection: inspector/inspected null ('我乡' unnamed, R48). '213条' etc. count "
                   "信息, no figure (R68). No title line, no date (the url's date not read, R44).",
                   "Cut inside the third measure: excerpt true (R5)."]),
    "bengbu_linbei_2018_disclosure_report_two_shortcomings": dict(
        excerpt=False,
        genre="3 a body's own shortcomings with improvement measures: a township's 2018 信息公开 年度工作报告, "
              "'(一)存在的问题 1.2.' then '(二)改进措施 1.2.'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=_NO_INS, headline=head(), problems=BENGBU,
        anomalies=["(NEW) As cncdsbwlw: the report's own '存在的问题' are problems (R9), the same-numbered '改进措施' 1 "
                   "measure each (R98); category the sub-heading '(一)存在的问题' without numbering (R80); status null.",
                   "Kind null (a yearly work report, NEW as cncdsbwlw); the title '《临北回族乡信息公开2018年度工作报告》' "
                   "is named in the lead's prose, not a title line: null (R33); no signature, no date; inspection "
                   "null; '2092条' counts 信息 (R68).",
                   "The copy (1,856 bytes) ends after the last measure of the last section: excerpt false (R5)."]),
    "jzzz021_jinshan_2019_disclosure_report_three_shortcomings": dict(
        excerpt=False,
        genre="3 a body's own shortcomings with improvement measures: a town's 2019 政府信息公开 年度报告 (copy starts at "
              "section 三), '(一)存在问题 …一是…二是…三是…' in one paragraph, '(二)改进措施 一是…二是…三是…'",
        kind=None, title=None, issuer="金山镇人民政府", report_date="2020-01-23",
        inspection=_NO_INS, headline=head(), problems=JINSHAN,
        anomalies=["(NEW) As cncdsbwlw: the '一是/二是/三是' shortcomings under '(一)存在问题' are problems (R9), seq 1-3 "
                   "(R76a), category '存在问题' (R80); the '(二)改进措施' 一是…三是 answer them in order: 1 measure each "
                   "(R98); status null.",
                   "Item 2 keeps its second clause after ';' ('…部分工作人员政府信息公开的意识有待进一步提高'): one "
                   "'二是' item, one problem (R76a).",
                   "Kind null (a yearly work report, NEW as cncdsbwlw); no title line (the copy starts at '三、…', R33); "
                   "issuer and report date from the signature '金山镇人民政府 2020年1月23日' (R37, R40); inspection null.",
                   "The copy reaches the signature: excerpt false (R5); runs of spaces copied as the tool printed them "
                   "(1,890 bytes: non-breaking spaces may have been shown as spaces)."]),
    "ziyang_nanxun_2014_disclosure_report_one_shortcoming": dict(
        excerpt=False,
        genre="3 a body's own shortcoming with its improvement: a township's 2014 政府信息公开工作报告, section "
              "'七、存在的主要问题和改进措施' in one sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=_NO_INS, headline=head(), problems=ZIYANG,
        anomalies=["(NEW) One sentence '公开存在的主要问题是X,下步打算将Y': one problem X '内容公开不够全面' (R9), seq "
                   "null (nothing printed, R78), category the section '存在的主要问题和改进措施' (R79); Y is the "
                   "section's 改进措施 answering it: 1 measure (not a bulletin's 下一步, R98); status null.",
                   "Kind null (a yearly work report, NEW as cncdsbwlw); no title line; the 统计期限 is no date (R53); "
                   "'南薰乡' named only in section 六: inspection null; '100条' counts 信息 (R68).",
                   "The copy ends with section 七: excerpt false (R5)."]),
    "stdu_longshan_campus_116_problem_list_news": dict(
        excerpt=False,
        genre="5 news naming a self-drawn problem list by count and kinds (near miss): a university campus's 主题教育 "
              "problem list of 116 items in 八类, assigned and mostly fixed",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=_NO_INS, headline=head(116), problems=[],
        anomalies=["Problems []: the 116 items are named only by kinds ('工程建设、学生管理…等八类问题', R19, R23).",
                   "problems_total 116: a list the campus's 管委会 drew up itself (R62, R67); '落实整改问题清单中事项达90%以上' "
                   "is a rate: no done count (R68).",
                   "Kind null (news, R30); no title line, no year in the text (dates null, R60); the list's "
                   "compiler is no inspection team: inspection null. Complete copy: excerpt false."]),
    "hyqss_leiyang_party_conduct_duty_25_problems_news": dict(
        excerpt=False,
        genre="5 news of a check with a problem count and no items (near miss): a city's 党风廉政建设 主体责任 check of 95 "
              "units, 9 summoned, '共计25个突出问题'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市纪委监委"), headline=head(25), problems=[],
        anomalies=["Problems []: the 25 problems of 9 units are not printed (R19).",
                   "problems_total 25: the check's problems (R62); 95/30/65/9 count units (R68).",
                   "Inspector '市纪委监委', the body that led the check ('由市纪委监委牵头,联合市委巡察办', R46); inspected "
                   "null (95 units, R48); '11月下旬至12月上旬' month spans: no dates (R53); kind null (news, R30); no "
                   "title line, no date. Complete copy: excerpt false."]),
    "scusz_suzhou_institute_branch_org_life_meeting_two_problems_news": dict(
        excerpt=False,
        genre="5 news of a 组织生活会 with its self-found problem and measure counts (near miss): '查摆问题2项,制定整改措施2条'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("四川大学苏州研究院党支部", "四川大学苏州研究院党支部"), headline=head(2, None, 2), problems=[],
        anomalies=["Problems []: the two problems are not printed (R19).",
                   "problems_total 2, measures_total 2: '查摆问题2项,制定整改措施2条', self-found (R67, R73).",
                   "Inspector = inspected '四川大学苏州研究院党支部' (the branch's own 查摆, R46). The 督导组's '五个强化' "
                   "are requirements, no problems (R98).",
                   "Title null: the first line is the news headline naming the meeting, no rectification document "
                   "(R34, C7); the meeting day '2023年3月6日' in the lead is no report date (R40, R53); kind null "
                   "(news, R30). Complete copy: excerpt false."]),
}

URLS = {
    "docs360_kindergarten_slogan_cleanup_selfcheck_three_cut": "https://360docs.net/doc/977928935.html",
    "jd63_county_leadership_eight_rules_selfcheck_two_cut": "https://63jd.com/fanwen/46068.html",
    "wenmi1_primary_canteen_selfcheck_two_problems": "https://m.1wenmi.com/doc/277291.html",
    "cncdsbwlw_township_2021_disclosure_report_three_shortcomings_spam_cut":
        "http://www.cncdsbwlw.com/art/2022/1/12/art_1229327318_3947317.html",
    "bengbu_linbei_2018_disclosure_report_two_shortcomings": "http://www.bengbu.gov.cn/public/25581/44502791.html",
    "jzzz021_jinshan_2019_disclosure_report_three_shortcomings":
        "http://www.021jzzz.com/gongkai/site_lzqjszrmzf/channel_c_5f9f6cdc1ebfe2f7fcddefbd_n_16056816748695/"
        "doc_5fb4381ffbfe6647ee0dbee6.html",
    "ziyang_nanxun_2014_disclosure_report_one_shortcoming":
        "http://gk.ziyang.gov.cn/year_details.aspx?dept=158&id=31175",
    "stdu_longshan_campus_116_problem_list_news": "https://xcbnew.stdu.edu.cn/news/2019-10-10-09-43-14",
    "hyqss_leiyang_party_conduct_duty_25_problems_news": "https://epaper.hyqss.cn/html/2019-12/25/content_4_10.htm",
    "scusz_suzhou_institute_branch_org_life_meeting_two_problems_news": "http://scusz.cn/article261/detail297.html",
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "docs360_kindergarten_slogan_cleanup_selfcheck_three_cut": 3,
    "jd63_county_leadership_eight_rules_selfcheck_two_cut": 2,
    "wenmi1_primary_canteen_selfcheck_two_problems": 2,
    "cncdsbwlw_township_2021_disclosure_report_three_shortcomings_spam_cut": 3,
    "bengbu_linbei_2018_disclosure_report_two_shortcomings": 2,
    "jzzz021_jinshan_2019_disclosure_report_three_shortcomings": 3,
    "ziyang_nanxun_2014_disclosure_report_one_shortcoming": 1,
    "stdu_longshan_campus_116_problem_list_news": 0,
    "hyqss_leiyang_party_conduct_duty_25_problems_news": 0,
    "scusz_suzhou_institute_branch_org_life_meeting_two_problems_news": 0,
}, EXPECTED
MEASURES = {"docs360": 0, "jd63": 0, "wenmi1": 2, "cncdsbwlw": 3, "bengbu": 2, "jzzz021": 3, "ziyang": 1}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("docs360"):
        return len(re.findall(r"^\d、", text.split("二、存在的问题")[1], re.M))
    if stem.startswith("jd63"):
        return len(re.findall(r"[一二三四五]是", text.split("(一)思想认识方面。")[1]))
    if stem.startswith("wenmi1"):
        return text.split("二、存在问题")[1].split("三、")[0].count("。") - 1
    if stem.startswith(("cncdsbwlw", "bengbu")):
        part = re.split(r"存在(?:的)?问题[:\n]", text)[-1].split("改进措施")[0]
        return len(re.findall(r"^\d\.", part, re.M))
    if stem.startswith("jzzz021"):
        return len(re.findall(r"[一二三四五]是", text.split("(一)存在问题")[1].split("(二)")[0]))
    if stem.startswith("ziyang"):
        return text.count("主要问题是")
    return 0


def recount_measures(stem: str, text: str) -> int:
    """The measures by another route: the answering paragraphs or the second list's items."""
    if stem.startswith("wenmi1"):
        items = re.split(r"\((?:一|-)\)", text.split("二、存在问题")[1].split("三、")[0])[1:]
        return sum("," in it for it in items)
    if stem.startswith(("cncdsbwlw", "bengbu")):
        return len(re.findall(r"^\d\.", text.split("改进措施")[-1], re.M))
    if stem.startswith("jzzz021"):
        return len(re.findall(r"^[一二三]是", text.split("(二)改进措施")[1], re.M))
    if stem.startswith("ziyang"):
        return text.count("下步打算")
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles, categories and units as written; no deadlines
    printed; measures as recounted; the document fields."""
    probs = d["problems"]
    assert all(p["deadline"] is None for p in probs), stem
    measures = sum(p["measure_count"] for p in probs)
    assert measures == MEASURES.get(stem.split("_")[0], 0) == recount_measures(stem, text), stem
    check_problems(stem, probs, text, no_stop=True, category_in=text, units_in=text)
    check_doc(stem, d, text)


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=16, urls=URLS)
    assert sum(len(d["problems"]) for d in DOCS.values()) == 16
    assert sum(p["measure_count"] for d in DOCS.values() for p in d["problems"]) == 11


if __name__ == "__main__":
    main()
