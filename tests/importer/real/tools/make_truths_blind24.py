"""Write the texts and truth files of tests/importer/real/blind24: a held-out batch of real pages of the rectification
genre (巡察/巡视/督察/督导 and their 整改), chosen for bodies and wordings the earlier sets hold few of (a 红十字会's 巡察
整改 bulletin and another's feedback news, two 开发区 党工委 progress leads, a 法定机构's special 巡察, a 高新区 group's
feedback with a 信息公开 table, a prefecture's 督察 petition 通报, a glossed traditional 督导 item, a county 供销社's
quoted 整改意见 with what was done, a village team's five-problem visit log), labelled in session 17 by helper label30,
who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the
worktree's untouched parser (FIRST_RUN_blind24.txt) before anything else changed; whoever changes the parser for it
must say so and keep that first run as the honest one.

Schema and conventions as make_truths.py, make_truths_blind19.py, make_truths_blind23.py and make_truths_snippets20.py
(head/ins/prob from make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied
as returned (the JSON strings pasted into TEXTS below and decoded; nothing cleaned). Six copies decode to 1,998-2,000
UTF-8 bytes (the store's cut): ``excerpt`` true. The 文山 通报 (1,085 bytes, ends with its signature and editor line),
the 屏山 item (1,490, ends with its last sentence), the 麻栗坡 story (1,926, ends with its byline) and the 吴王村 log
(916) are whole pages: ``excerpt`` false.

Uniqueness: every "url" under /work/main/tests/importer and /work/shared/corpus, every url quoted in
/work/main/tests/importer/real/tools/*.py, and every url in /work/wt/label*/tests/importer/real (json and tools) was
collected (892 keys at the start: host+path+query, scheme, 'www.' and a trailing '/' dropped, lower case), and each
page's key was checked against them (again just before the commit).

Queries (``pages`` corpus, 28 in all, every one listed): 街道党工委 巡察反馈问题 整改情况 问题清单 序号; 税务局 巡察整改 反馈问题
整改落实情况 第一项; 国有林场 审计 发现问题 整改台账 整改情况; 供销社 巡察反馈意见 整改落实情况 公告 问题 整改措施; 反馈问题整改清单 序号
问题 整改措施 整改情况 已完成 社区; 开发区管委会 巡察 反馈 问题 1. 2. 3. 整改完成情况; 消防救援大队 督察 发现问题 通报 存在问题 整改;
巡察反馈问题整改情况一览表 问题 整改措施 完成情况 已完成 2022年; 关于省委巡视反馈意见整改进展情况 问题:整改情况: 已完成 持续推进;
监狱 巡视整改 反馈问题 整改进展 通报; 问题1: 整改情况: 已整改 问题2: 巡察 反馈; 督查反馈问题 整改销号 村 问题清单 1、 2、 3、 整改到位;
审计发现问题整改情况 一、 存在问题 整改结果 医保局 住房公积金; 关于巡察整改情况的通报 (一)在 方面 1.关于 问题的整改 局党组;
整改落实情况 反馈问题 整改情况:已完成 问题描述 学校 党委 巡察; 暗访督查 发现以下问题 1. 2. 3. 请相关单位 限期整改 通报; 巡察整改公示 村
反馈问题 整改情况 已整改 公示栏 问题一; 环保督察交办件 办理情况 公示 问题 整改情况 已办结 第一批; 关于落实巡察反馈意见整改情况的报告 一、关于
的问题 整改情况 档案馆; 巡察发现问题整改 立行立改 交办单 问题:整改结果:; 安全生产督查 问题隐患清单 序号 隐患描述 整改措施 整改时限 责任单位
燃气; 村党支部 巡察反馈问题整改情况公示 问题 整改措施 整改结果 已完成; 医院 审计整改 问题一 问题二 整改情况 已整改到位; 烟草专卖局 巡视反馈问题
整改 问题清单 整改进展; 供电公司 巡察整改 存在问题 整改措施 完成情况 销号; 红十字会 残联 巡察 反馈问题 整改情况 通报 问题; 巡察反馈问题整改情况
(一) 方面 1. (1)针对 问题 一是 二是 市委巡察组 党支部; 二、巡察反馈问题整改情况 (一) 1. 整改情况: 已完成 县 局.
Figures: of the 42 result urls I checked against the known list (the on-topic ones; essays, 制度 texts, templates, spam
and '?'-mojibake copies were not), 26 were already known and 16 were new; 10 taken. As the brief warned, the corpus is
nearly exhausted for problem-printing pages: the 巡察 整改 bulletins with '1.关于…问题的整改' items that came back (婺城
文旅体局, 徐庄镇, …) were known, except 淮北 市红十字会's; most new pages are leads and feedback news. Not taken (6): a
glossed traditional 消防救援总队 督导 report (120pk.cn) whose one body problem sits under a table of contents and a
paywall cut, with a U+FFFD mojibake run (too many glosses to transcribe with confidence); 腾冲边合区's feedback news (a
'主要是:…;…' summary only, like 龙湾's); 三门峡 petition counts (petitions are not figures); a 民进 暗访 with '个性问题3条,
普遍性问题9条' (no total stated); a 扬州 燃气 sweep (a 排查, not an inspection's rectification); 长武 红十字会 调研 (no
problems).

Problems: 7 (1+1+5), counted by hand and recounted in main() by regex on the text. Measures: counted by reading (淮北:
the one '(1)针对…问题。' sub-item under '1.理论指导实践不够' = 1, wuch_wenlv's rule in blind: '(1)' items are the
measures of a '1.' problem; 麻栗坡: one undivided paragraph of what was done = 1; 吴王村: none = 0) and recounted by
regex; the two agree.

Judgement calls (each is also in the truth's anomalies):
- 淮北 红十字会 (cut, no title line): problem '1.理论指导实践不够' under '(一)…方面' (category keeps 方面, as blind's wuch);
  its '(1)针对…问题。一是…二是…' is one sub-item = measure_count 1 (the 一是/二是 inside it are not counted again). '制定、
  修改完善相关制度21项' → rules_made 21; '1月17日' takes 2022 (after the 2021-12-16 end). No title or signature: issuer
  and report_date null (the body that publishes is not named as issuer). The 濉溪县 sentence names a county unit.
- (NEW) 雁塔 红十字会 feedback news: dates printed with 年/月 lost ('2022523日至819日', '202339日', '20201月至20221月')
  are read as 2022-05-23 … 2022-08-19 and feedback 2023-03-09 (blind23's '118,' = 11月8日 rule); '20201月至20221月' is
  a 疫情 period, not the inspection. '还存在A;B;C;D等问题' is a feedback summary: problems [] (snippets11's rule for
  '5类主要问题'); news headline: title null; '时间:2023-03-22' → report_date.
- 芜湖 经开区: title line → kind bulletin, issuer 中共芜湖经济技术开发区工委; '2025-04-29 18:10' under it → report_date;
  '4月11日' takes 2024 (after the 2024-01-16 end). '精准制定171条整改措施' → measures_total 171; '制定完善各类制度46项' →
  rules_made 46; '主动认领11个重点难点整改事项' are the leader's share, not a total. The 动员会/民主生活会 dates are meetings.
- 明珠湾: no title line (breadcrumbs); '发布日期:2022-12-08' → report_date; kind bulletin ('现将巡察整改进展情况予以公布');
  '来源:明珠湾管理局' a source field: issuer null; inspected as the text names it where feedback is given ('明珠湾管理局党组',
  the short form it defines); '7月5日' → 2022-07-05; '7月29日' a meeting.
- 龙湾 (温州 开发区 site): a 信息公开 table with '发布机构' (a source field: issuer null) and '成文日期 2025-10-15' →
  report_date (blind23's 兴城 rule); feedback '2025年9月4日'; no inspection period; inspected as printed with its
  bracketed company name; '还存在…等问题' a summary: problems [].
- 宿迁 经开区: no title, no date line (the url's 2024/3/27 is not read); '10月11日' → 2023-10-11; '5个方面问题' are kinds:
  no figure; '2023年10月14日', '11月27日' are meetings.
- (NEW) 文山 州 通报 inside a news page: the document's own heading '关于省委省政府第一环境保护督察组交办环境问题举报件的通报'
  is the title (the line above it is the issuer, blind23's 铁西 rule; '(第十二期)' an issue number, not title); signature →
  issuer and report_date 2017-09-18 (the portal's 2017-09-20 is the posting time). '涉及…的问题207个' → problems_total 207
  (the 61/32/65/5/44 by kind sum to 207; '14批156件' are petitions, not figures). '2017年9月4日—9月17日' is the span in
  which petitions were handed over, not the inspection period: no dates; inspected not stated (the 督察组's province).
- 屏山 (traditional with pinyin glosses '鄉(xiāng)'): a 督导 '2024年10月9至11日' → start 2024-10-09, end 2024-10-11;
  '發(fā)現(xiàn)七個(gè)方面286個(gè)問題' → problems_total 286; '19個(gè)村' villages. News headline: title null; the two
  督导小组 are unnamed: inspector null.
- (NEW) 麻栗坡 供销社: a 巡察 story that quotes one 整改意见 and tells what was done: one problem, title the quoted item
  '强化服务意识,提升为农服务质效' (the quotation marks dropped; the text's own problem words '…等问题' are a summary), seq
  null (no number printed), measure_count 1 (one undivided paragraph of what was done; the later quote is not a second
  measure); status null (no section or label says done); inspector/inspected null (the 巡察组 is unnamed; '县供销社'
  received the 意见 within a 巡察 of '全县供销系统'). Tonnes, yuan, villages and rates are not figures; no year: no date.
- (NEW) 吴王村 轮战日志: five problems '一、…五、' found on a team's visit; seq 1-5, category null (the lead-in '并在走访中
  发现吴王村以下问题:' is not a section heading), measure_count 0, units [] ('属县交通局实施项目' names the project's
  owner inside the statement, not a 责任单位 field). Page date '2018-06-18 11:07:11' → report_date and lends its year
  to '3月8日' (a one-day visit: start = end = 2018-03-08, snippets9/16 rules); inspector '吴王村轮战队', inspected '吴王村'.
  No total stated.
"""
import json
import re
from pathlib import Path

from make_truths import check_names, check_problems, check_title_issuer, head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind24"

TEXTS = {
    'huaibei_red_cross_xuncha_bulletin_cut': r'''"根据市委统一部署,2021年11月16日至12月16日,市委第二巡察组对市红十字会开展了巡察。1月17日,市委巡察组向市红十字会反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n一、巡察整改工作开展情况\n(一)迅速行动,加强领导。及时成立巡察整改工作领导小组,迅速传达巡察反馈意见,并明确专人具体负责落实日常整改工作。通过党支部学习和召开专题组织生活会,进一步统一思想,增强全面落实整改的政治自觉。\n(二)细化措施,强化责任。制定巡察整改方案和工作台账,明确整改措施、责任领导、牵头科室、牵头责任人和整改时限,及时召开会议梳理整改进展情况,压实整改责任。\n(三)建章立制,突出实效。坚持举一反三、标本兼治,制定、修改完善相关制度21项,通过建章立制,切实扎紧制度的笼子。\n二、巡察反馈问题整改情况\n(一)贯彻落实习近平新时代中国特色社会主义思想不到位,红十字事业发展迟缓方面\n1.理论指导实践不够\n(1)针对理论学习不扎实,仅停留在传达上级会议、文件精神“传声筒”作用上,运用理论指导工作实践不够,对红十字工作缺乏创新性思考,红十字事业发展较为缓慢问题。一是制定了《市红十字会党支部2022年理论学习计划》,把深入学习贯彻习近平新时代中国特色社会主义思想和习近平总书记关于红十字工作的重要指示批示精神作为学习的重点,通过学习引导党员干部不断深化对事物发展规律的认识,提高更好地在实践中推动红十字事业的高质量发展的能力。二是加强自身建设,积极推进红十字会深化改革,建设能打硬仗的红十字队伍。目前,濉溪县红十字会已建立了党组,形成“三定”方案草案,草案明确了优化内设机构、设立监事会办公室、增加人员编制"''',
    'yanta_red_cross_xuncha_feedback_glued_dates': r'''"雁塔区委第一巡察组向区红十字会反馈巡察情况\n\n来源: 雁塔区委巡察办 时间:2023-03-22 10:52:38\n\n根据区委统一部署,2022523日至819日,区委第一巡察组对区红十字会开展了巡察。202339日,区委第一巡察组召开巡察区红十字会情况反馈会议。区委副书记郭向卫,区委巡察工作领导小组成员、区纪委副书记、监委副主任刘伟,区委第一巡察组组长陈兴善、副组长徐红梅出席会议。\n\n陈兴善同志向区红十字会反馈巡察情况。陈兴善组长指出,区红十字会能够立足主责主业做好“三救三献”、志愿服务、救护培训等工作,建成全国首条红十字文化主题街区;20201月至20221月疫情防控期间,接受物资捐赠总额排名全市各区县之首;连续9年荣获中省市红十字会宣传工作先进集体。巡察发现,区红十字会还存在党组织建设缺失;内部监督机制不完善,监事会职能作用未得到充分发挥;指导基层红十字会工作力度不够,开展救助救灾培训覆盖面不广、知晓率不高;红十字会会员及志愿者服务队伍建设薄弱等问题。同时,陈兴善同志紧扣巡察发现的问题,向区红十字会提出了牢固树立“四个意识”、在加强党的领导上着力,切实担负主体责任、在加强自身建设着力,紧盯巡察反馈问题、在落实责任扎实整改上着力等三条建议。\n\n刘伟同志传达了区委书记专题会议精神,会议要求,一是要始终把牢政治巡察定位;二是要始终突出问题整改;三是要始终强化整改日常监督。\n\n郭向卫同志对巡察整改工作提出明确要求:一要提高站位,深化认识,以高度政治责任感扛起整改责任;二要切实履行巡察整改主体责任和日常监督责任,坚决把巡察反馈问题整改到位;三要标本兼治,运用成果,以有力的巡察整改促进各项工作高质量发展。\n\n区红十字会常务副会长高重阳作了表"''',
    'wuhu_etdz_linked_xuncha_progress_lead_cut': r'''"中共芜湖经济技术开发区工委关于省委第五轮巡视联动巡察整改进展情况的通报\n2025-04-29 18:10\n\n根据市委统一部署,2023年11月25日至2024年1月16日,市委第二联动巡察组对中共芜湖经济技术开发区工委进行了巡察。4月11日,巡察组反馈了巡察意见。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n\n一、党工委及主要负责人组织落实整改情况\n\n(一)深化思想认识,提高政治站位。4月11日巡察反馈当天,党工委第一时间召开会议,研究部署整改工作。5月5日,召开巡察整改工作动员会,要求全委上下进一步提高政治站位,把巡察整改作为当前及今后一个时期十分重要的政治任务。6月22日,召开巡察整改专题民主生活会,党工委领导班子深刻对照检查、深入检视剖析,真正做到对问题不遮掩、不回避,以最坚决的态度、最积极的办法、最果断的措施,全面完成巡察整改各项任务。\n\n(二)加强组织领导,压实整改责任。党工委坚决扛起整改主体责任,第一时间成立由党工委书记任组长,党工委副书记任常务副组长的巡察整改工作领导小组,抽调精干力量集中办公抓整改。党工委主要负责同志严格落实第一责任人责任,主动认领11个重点难点整改事项,采取专题调度、实地督查等方式推进整改;其他班子成员认真履行“一岗双责”,既着眼全局推动共性问题整改,又按照分工抓好分管领域问题整改,形成上下联动、力量精干的组织体系。\n\n(三)细化整改方案,分层分类施策。巡察反馈后,党工委召开5次专题会议,制定巡察整改方案,对反馈的问题,建立健全“三项清单”,精准制定171条整改措施,明确责任领导、整改任务、时限要求。坚持全面整改与重点整改相结合,对巡察反馈指出的突出问题开展专项整治。制定完善各类制度46项,进一步优化党"''',
    'nansha_mingzhuwan_business_xuncha_progress_lead_cut': r'''"您现在的位置:首页 > 工作机构 > 法定机构 > 明珠湾开发建设管理局 > 工作动态\n来源:明珠湾管理局发布日期:2022-12-08\n【浏览字号 :大 中 小】\n-\n根据四届区委第二轮巡察工作统一部署,2022年3月15日至5月20日,区委营商环境专项巡察组对中共广州市南沙新区明珠湾开发建设管理局(简称明珠湾管理局)党组开展专项巡察,并于7月5日召开巡察反馈会向明珠湾管理局党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》及区纪委、区委组织部和区委巡察办联合印发的《关于进一步加强巡察整改日常监督的指引(试行)》、区纪委监委《关于开展巡察整改日常监督的指引(试行)》的有关规定,现将巡察整改进展情况予以公布。\n一、把牢政治方向,提高政治站位,以最坚决的态度把巡察整改任务抓紧抓好\n(一)强化组织领导,落实工作部署。为切实加强对巡察整改工作的组织领导,7月5日巡察反馈会召开后,局党组随后召开巡察整改工作会议,成立巡察整改工作领导小组,下设整改工作办公室,负责日常协调、监督、检查等工作职责,要求保证按时限、高标准、高质量完成整改任务。同时,迅速制定了巡察整改工作方案,确定集中整改时间,划分三个阶段,并明确巡察整改措施及任务分工一览表,整改责任落实到责任领导、责任处室与经办人。\n(二)强化责任担当,凝聚整改合力。局党组及各党组成员充分发挥表率作用,坚持把自己摆进去,按要求于7月29日组织召开落实营商环境专项巡察整改专题民主生活会,围绕巡察整改主题,以刀刃向内的自我革命精神,对照巡察反馈意见,紧密联系思想和工作实际,进行深刻对照检查,开展批评与自我批评,党组成员按照工作职责分工认领整改任务,提出改进措施。为进一步压"''',
    'longwan_city_centre_xuncha_feedback_metadata_cut': r'''"| 索引号 | 1008003015157/2025-1010416628 | ||\n| 组配分类 | 通知公告 | 发布机构 | 温州经济技术开发区管理委员会 |\n| 成文日期 | 2025-10-15 | 公开方式 | 主动公开 |\n2025年9月4日,区委第二巡察组向龙湾城市中心区党组(温州高新技术产业开发区建设发展集团有限公司)反馈巡察情况。会议由王奔书记主持,区领导邵建寨,区委巡察工作领导小组成员、区委组织部常务副部长季克霖,区委第二巡察组组长张作尧、副组长周向前、巡察专员徐兵,区纪委区监委第四纪检监察室、第一派驻纪检监察组及区委第二巡察组有关同志,龙湾城市中心区管委会(高新建发集团)领导班子成员,全体中层干部参会。\n会上,区委第二巡察组组长张作尧通报了巡察反馈意见。2020年以来,龙湾城市中心区党组(高新建发集团)在焕新“城市封面”方面取得一定成效,连续五年获全区考绩优秀单位。但巡察发现,龙湾城市中心区党组(高新建发集团)还存在上级决策部署学习贯彻不到位、回应民生诉求不够有力、规范权力运行有待提升、招投标及采购领域管理不规范等问题。\n季克霖就巡察整改强调三点具体要求:一要科学谋划整改方案,明确整改目标、时间节点和责任分工,避免责任虚化、推进空转。二要明确整改完成时限,严格遵循巡察整改方案,精准掌控时间节点,能在三个月集中整改期内完成的任务尽量提前完成、确保实效。三要建立整改推进机制,及时汇总整改进展,避免出现脱离方案自行整改、超期整改、以轻处分代替整改等问题,保障整改高效有序。\n中心区管委会党组书记王奔就巡察整改工作作表态发言,一是统一思想,深化认识,切实增强巡察整改落实的思想自觉和行动自觉。第一时间召开专题会议研究部署,科学制定整改方案,细化任务分工、明确整改"''',
    'suqian_etdz_provincial_xunshi_progress_lead_cut': r'''"根据省委统一部署,2023年6月28日至8月31日,省委第四巡视组对宿迁经开区开展了巡视,并于10月11日反馈了巡视情况。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、巡视整改组织领导情况\n省委巡视意见反馈以来,宿迁经开区党工委坚决扛起巡视整改政治责任,坚持严字当头、实字为要,将省委巡视反馈5个方面问题,进行了细化分解,制定出台切实有效的整改措施,层层压实工作责任,全程开展督促检查,确保省委巡视反馈问题得到全面改、改彻底。\n(一)坚守政治站位,强化组织领导。区党工委坚持把省委巡视整改作为一项重要政治任务,切实把思想和行动统一到省委巡视整改要求上来。2023年10月14日,区党工委召开省委巡视反馈意见整改专题会议,认真学习习近平总书记关于巡视整改工作重要指示精神及省委书记专题会、省委常委会第三轮巡视集中反馈会要求,研究部署省委巡视整改落实工作。11月27日,区党工委领导班子召开省委巡视反馈意见整改专题民主生活会,围绕省委巡视反馈意见深入查摆、深刻剖析存在问题,认真开展批评与自我批评,进一步明确有关整改措施和工作要求。迅速成立省委巡视反馈意见整改工作领导小组,区党工委主要负责同志任组长,其他区党工委领导班子成员为成员,并设立巡视整改工作办公室,领导小组先后6次召开专题推进会,有力推动各项整改措施落地落实。\n(二)坚持问题导向,细化思路举措。坚持省委巡视整改全域一体化推进,逐条逐项对照省委巡视反馈意见,紧密结合经开区实际,先后经过五轮修改完善整改方案,建立问题清单、任务清单、责任清单“三项清单”,每个问题整改均做到明确整改措施、牵头领导、牵头单位、参与单位、取得明显成效时限、整改落"''',
    'wenshan_provincial_ducha_petitions_bulletin_207': r'''"\n登录文山州融媒体中心账号\n省环保督察组交办文山州环境问题举报14批156件\n发布时间:2017-09-20 08:18:29 来源:文山新闻网\n文山州环境保护督察工作领导小组办公室\n关于省委省政府第一环境保护督察组交办环境问题举报件的通报\n(第十二期)\n2017年9月4日—9月17日,文山州共接收省委省政府第一环境保护督察组交办环境问题举报件14批156件,涉及8个县(市),其中文山市98件,砚山县8件,西畴县4件,麻栗坡县7件,马关县6件,丘北县6件,广南县20件,富宁县7件。交办的举报件涉及环境保护及生态文明建设方面的问题207个,其中大气污染问题61个、水污染问题32个、噪声污染问题65个、生态破坏问题5个、其他问题44个。\n目前,省委省政府第一环境保护督察组所交办的环境问题举报件均及时转交相关县(市)办理,相关县(市)已照单全收,并明确办理部门和责任人、明确办理时限。\n文山州环境保护督察工作领导小组办公室\n2017年9月18日\n(编辑:侯佑琴)"''',
    'pingshan_baiqian_village_duchao_286_glossed_trad': r'''"屏山縣開展2024年度和美鄉(xiāng)村建設(shè) “百千工程”督導(dǎo)工作\n為加快推進(jìn)省級(jí)宜居宜業(yè)和美鄉(xiāng)村擬建成村、市級(jí)和美鄉(xiāng)村建設(shè)“百村示范、千村達(dá)標(biāo)”工程示范村、達(dá)標(biāo)村的培育工作,圓滿完成年度目標(biāo)任務(wù)。2024年10月9至11日,按縣委目標(biāo)績效辦的要求,縣“百千工程”辦牽頭,組成2個(gè)督導(dǎo)小組,對(duì)今年17個(gè)省級(jí)和美鄉(xiāng)村擬建成村,市級(jí)“百千工程”3個(gè)示范村、35個(gè)達(dá)標(biāo)村工作推進(jìn)情況進(jìn)行抽查。\n通過“一看、二查、三問”方式(一看:實(shí)地查看村容村貌、村基礎(chǔ)設(shè)施建設(shè)、村主導(dǎo)產(chǎn)業(yè)發(fā)展、人居環(huán)境改善以及村教育、醫(yī)療、衛(wèi)生等公共服務(wù)和農(nóng)戶衛(wèi)生廁所、自來水普及等情況;二查:現(xiàn)場(chǎng)查看鎮(zhèn)、村兩級(jí)在統(tǒng)籌推進(jìn)工作形成的有關(guān)文件材料及相關(guān)工作佐證資料;三問:訪問項(xiàng)目規(guī)劃受益群眾參與情況、認(rèn)可情況),共抽查了19個(gè)村,發(fā)現(xiàn)七個(gè)方面286個(gè)問題,已梳理形成問題清單點(diǎn)對(duì)點(diǎn)交辦鄉(xiāng)鎮(zhèn)限期整改,建立臺(tái)賬實(shí)行銷號(hào)管理。"''',
    'malipo_supply_coop_xuncha_one_item_done': r'''"春风送暖,万物复苏。眼下正值春耕 关键时节,麻栗坡县董干镇新寨社区的供销农资超市内人头攒动,农户们忙着选购化肥、种子等农资,一派繁忙景象。\n“现在社区有了供销农资超市,农资价格实惠、质量有保障,还能享受农技指导和配送服务,比以前方便多了!”正在采购农资的李大哥满意地说道。近日,麻栗坡县首家供销农资超市在董干镇新队社区正式运营,覆盖周边5个村(社区)69个村小组,实现农资供应“村村通”。\n这一变化的背后,源于麻栗坡县委巡察工作的精准发力。此前,巡察时发现全县供销系统存在农资采购分散、成本高、服务质效低等问题,导致群众购买农资价格偏高,供销企业自身经营困难。对此,巡察组向县供销社提出“强化服务意识,提升为农服务质效”的整改意见。\n县供销社迅速行动,整合资源成立县级供销配送中心,构建“供销社+村集体经济+农户”运营模式,与8家供销公司及涉农企业合作,推行集中采购、统一配送。通过直接从厂家采购农资,减少中间环节,使农户以本地最低价获得优质农资。截至目前,麻栗坡县景态供销有限公司储备化肥7690吨,销售6010吨,实现销售收入1500万元,销量与收入同比分别增长7.4%和7.3%,惠农服务能力与自身效益同步提升。“巡察整改中,我们建立了县乡两级农资销售网络,乡镇可实时提交采购需求,由县级统一调配,确保全县11个乡镇107个村(社区)农资供应全覆盖,实现‘同价优质量、同质优价格、同价同质优服务’”麻栗坡县供销社主任赵保勤介绍道。\n麻栗坡县委巡察办负责人表示,巡察工作始终以民生为导向,紧盯春耕关键环节,推动问题整改落实,让政治监督既有力度又有温度,切实提升群众获得感。(鲁成彪 梅娟)"''',
}
TEXTS['wuwang_village_team_visit_five_problems'] = r'''"系列报道之轮战日志:吴王村轮战队走访吴王村基本情况\n\n2018-06-18 11:07:11来源:未知点击:0\n      3月8日,吴王村轮战队全面走访吴王村20个小组,全面了解各小组地理位置、基本情况。\n      吴王村轮战队走访了山林、拱桥、大水、坡脚等20个小组,了解各小组地理位置,基本情况。\n      并在走访中发现吴王村以下问题:\n      一、山林组旅游道路约2公里,道路开始实施两年仍未完成路基工程,属县交通局实施项目。\n      二、大水沟小山塘项目年后至今未复工。\n      三、底母蔬菜基地育苗未成功。\n      四、大水组垃圾乱扔乱放,尤其投入沟渠中,严重影响安全饮水,需解决垃圾清运问题。\n      五、部分组组通项目仍未复工。\n          通过查找问题,吴王村轮战队有的放矢,为下一步工作打好基础,做好计划。"'''


def _p(seq, title, category=None, measures=0):
    return prob(seq, title, category=category, status=None, measures=measures, units=(), deadline=None)


def _d(url, excerpt, genre, anomalies, *, kind=None, title=None, issuer=None, report_date=None, inspection=None,
       headline=None, problems=()):
    return dict(url=url, excerpt=excerpt, genre=genre, kind=kind, title=title, issuer=issuer, report_date=report_date,
                inspection=inspection or ins(), headline=headline or head(), problems=list(problems), anomalies=anomalies)


HB_CAT = "贯彻落实习近平新时代中国特色社会主义思想不到位,红十字事业发展迟缓方面"

DOCS = {
    "huaibei_red_cross_xuncha_bulletin_cut": _d(
        "https://www.hbjjjc.gov.cn/html/m/wenzhang_743023.html", True,
        "a 市红十字会's 巡察整改情况 bulletin without its title in the stored copy: '一、巡察整改工作开展情况', then "
        "'二、巡察反馈问题整改情况' with '(一)…方面', '1.<problem>', '(1)针对…问题。一是…二是…'; cut in 二是",
        ["No title line, no signature, no date line: issuer and report_date null.",
         "'1月17日' has no year: 2022 (after the 2021-11-16..2021-12-16 巡察) → feedback 2022-01-17.",
         "'制定、修改完善相关制度21项' → rules_made 21.",
         "Problem '1.理论指导实践不够' under '(一)…方面' (category keeps 方面); its '(1)针对…问题。' sub-item is its one "
         "measure (blind wuch_wenlv's rule); the 一是/二是 inside (1) are not counted again. Cut inside 二是."],
        kind="bulletin", inspection=ins("市委第二巡察组", "市红十字会", "2021-11-16", "2021-12-16", "2022-01-17"),
        headline=head(rules=21), problems=[_p(1, "理论指导实践不够", HB_CAT, measures=1)]),
    "yanta_red_cross_xuncha_feedback_glued_dates": _d(
        "https://yanta.qinfeng.gov.cn/info/1026/2832.htm", True,
        "a district 巡察办's news item on a feedback meeting to the 区红十字会 (headline, source/time line, the feedback "
        "summary, speeches); cut in the last speaker's line",
        ["(NEW) Dates with 年/月 lost: '2022523日至819日' → 2022-05-23..2022-08-19; '202339日' → feedback 2023-03-09; "
         "'20201月至20221月' is a 疫情防控 period, not the inspection.",
         "'时间:2023-03-22 10:52:38' → report_date. News headline: title null, kind null.",
         "'还存在A;B;C;D等问题' is a feedback summary: problems [] (snippets11's rule); '三条建议', '连续9年' not figures."],
        report_date="2023-03-22", inspection=ins("区委第一巡察组", "区红十字会", "2022-05-23", "2022-08-19", "2023-03-09")),
    "wuhu_etdz_linked_xuncha_progress_lead_cut": _d(
        "http://www.whjjw.gov.cn/html/m/wenzhang_817620.html", True,
        "a 开发区 工委's 巡察整改进展情况 通报 (title, date line, lead, '一、党工委及主要负责人组织落实整改情况' (一)-(三)); "
        "cut in (三)",
        ["Title line → kind bulletin, issuer 中共芜湖经济技术开发区工委; '2025-04-29 18:10' → report_date.",
         "'4月11日' takes 2024 (after the 2024-01-16 end) → feedback 2024-04-11; 5月5日, 6月22日 are meetings.",
         "'精准制定171条整改措施' → measures_total 171; '制定完善各类制度46项' → rules_made 46; '11个重点难点整改事项' are "
         "the leader's share, '5次专题会议' meetings: not figures.",
         "The title says '省委第五轮巡视联动巡察'; the team is '市委第二联动巡察组'. Cut before any problem: problems []."],
        kind="bulletin", title="中共芜湖经济技术开发区工委关于省委第五轮巡视联动巡察整改进展情况的通报",
        issuer="中共芜湖经济技术开发区工委", report_date="2025-04-29",
        inspection=ins("市委第二联动巡察组", "中共芜湖经济技术开发区工委", "2023-11-25", "2024-01-16", "2024-04-11"),
        headline=head(mt=171, rules=46)),
    "nansha_mingzhuwan_business_xuncha_progress_lead_cut": _d(
        "http://www.gzns.gov.cn/gzjg/fdjg/mzwkfjsglj/gzdt/content/post_8702380.html", True,
        "a 法定机构's 营商环境 special-巡察 整改进展 page (breadcrumbs, source/date line, lead, section 一 (一)(二)); cut in (二)",
        ["No title line (breadcrumbs only); '发布日期:2022-12-08' → report_date; '来源:明珠湾管理局' a source field: issuer "
         "null; kind bulletin ('现将巡察整改进展情况予以公布').",
         "Inspected as named where the feedback is given: '明珠湾管理局党组' (the short form the text defines).",
         "'7月5日' → feedback 2022-07-05; '7月29日' a meeting. Cut before any problem: problems []."],
        kind="bulletin", report_date="2022-12-08",
        inspection=ins("区委营商环境专项巡察组", "明珠湾管理局党组", "2022-03-15", "2022-05-20", "2022-07-05")),
    "longwan_city_centre_xuncha_feedback_metadata_cut": _d(
        "http://www.webweby.com/jRXIlBHjoU/art/2025/10/15/art_1229214165_4502666.html", True,
        "a 开发区 site's 信息公开 table above a feedback-meeting news item; cut in the 表态 speech",
        ["'| 发布机构 | 温州经济技术开发区管理委员会 |' is a source field: issuer null; '成文日期 | 2025-10-15' → report_date.",
         "Feedback '2025年9月4日'; no inspection period stated; '2020年以来' a span.",
         "Inspected as printed: '龙湾城市中心区党组(温州高新技术产业开发区建设发展集团有限公司)'.",
         "'还存在…等问题' is a summary: problems []; '三点具体要求', '三个月' not figures. No title line: title null."],
        report_date="2025-10-15",
        inspection=ins("区委第二巡察组", "龙湾城市中心区党组(温州高新技术产业开发区建设发展集团有限公司)", None, None,
                       "2025-09-04")),
    "suqian_etdz_provincial_xunshi_progress_lead_cut": _d(
        "http://www.jssjw.gov.cn/art/2024/3/27/art_379_34539.html", True,
        "a 经开区's 巡视整改进展 page without title or date line: lead, '一、巡视整改组织领导情况' (一)(二); cut in (二)",
        ["No title, no date line (the url's 2024/3/27 is not read): report_date null; kind bulletin.",
         "'10月11日' → feedback 2023-10-11; '2023年10月14日' and '11月27日' are meetings.",
         "'5个方面问题' are kinds; '6次…推进会', '五轮' not figures. Cut before any problem: problems []."],
        kind="bulletin", inspection=ins("省委第四巡视组", "宿迁经开区", "2023-06-28", "2023-08-31", "2023-10-11")),
    "wenshan_provincial_ducha_petitions_bulletin_207": _d(
        "https://www.wsnews.com.cn/zhuanti/p/167359.html", False,
        "a prefecture 督察 office's 通报 (第十二期) on petitions handed over by a provincial 督察组, reposted under a news "
        "headline; whole page",
        ["Portal login line and news headline above the document; the document's own heading is the title; the line above "
         "it is the issuer; '(第十二期)' an issue number.",
         "Signature → issuer and report_date 2017-09-18 (the portal's '2017-09-20' is the posting time).",
         "(NEW) '涉及…方面的问题207个' → problems_total 207 (61+32+65+5+44 = 207 by kind); '14批156件' petitions and "
         "county counts are not figures.",
         "'2017年9月4日—9月17日' is the span of hand-overs, not the inspection period: no dates; inspected not stated."],
        kind="bulletin", title="关于省委省政府第一环境保护督察组交办环境问题举报件的通报",
        issuer="文山州环境保护督察工作领导小组办公室", report_date="2017-09-18",
        inspection=ins("省委省政府第一环境保护督察组"), headline=head(pt=207)),
    "pingshan_baiqian_village_duchao_286_glossed_trad": _d(
        "https://eshao.cn/zwhd/bmdt/202410/t20241014_2030408.html", False,
        "a county's 督导 news item in traditional characters with pinyin glosses after many characters; whole page",
        ["Traditional text with glosses ('鄉(xiāng)', '發(fā)現(xiàn)'); news headline: title null.",
         "'2024年10月9至11日' → start 2024-10-09, end 2024-10-11; the two 督导小组 are unnamed: inspector null.",
         "'發(fā)現(xiàn)七個(gè)方面286個(gè)問題' → problems_total 286; '19個(gè)村', '17個(gè)', '35個(gè)' villages."],
        inspection=ins(None, None, "2024-10-09", "2024-10-11"), headline=head(pt=286)),
    "malipo_supply_coop_xuncha_one_item_done": _d(
        "https://wsjjjc.gov.cn/news/xsxz/33641.html", False,
        "a 纪委 site's story of one 巡察 整改意见 to a county 供销社 and what was done; whole page",
        ["(NEW) One quoted 整改意见 '强化服务意识,提升为农服务质效' with what was done: one problem, quotes dropped, seq null; "
         "the paragraph of what was done is one measure (undivided); status null (no label says done).",
         "The 巡察组 is unnamed and the 意见 went to '县供销社' within a 巡察 of '全县供销系统': inspector/inspected null.",
         "Tonnes, yuan, rates, villages are not figures; no year anywhere: no dates."],
        problems=[_p(None, "强化服务意识,提升为农服务质效", measures=1)]),
    "wuwang_village_team_visit_five_problems": _d(
        "https://www.gzscjjkfq.cn/index.php?c=show&id=871", False,
        "a 轮战队 (poverty-alleviation team) visit log listing five problems '一、…五、'; whole page",
        ["News headline: title null; '2018-06-18 11:07:11' → report_date and lends 2018 to '3月8日' (a one-day visit: "
         "start = end 2018-03-08).",
         "Five problems '一、'-'五、' after a lead-in line (not a category); no measures; '属县交通局实施项目' is part of the "
         "statement, not a 责任单位 field: units [].",
         "Leading blanks (6 and 10 spaces) before paragraphs kept as stored; '20个小组' groups, no total stated."],
        report_date="2018-06-18", inspection=ins("吴王村轮战队", "吴王村", "2018-03-08", "2018-03-08"),
        problems=[_p(1, "山林组旅游道路约2公里,道路开始实施两年仍未完成路基工程,属县交通局实施项目"),
                  _p(2, "大水沟小山塘项目年后至今未复工"),
                  _p(3, "底母蔬菜基地育苗未成功"),
                  _p(4, "大水组垃圾乱扔乱放,尤其投入沟渠中,严重影响安全饮水,需解决垃圾清运问题"),
                  _p(5, "部分组组通项目仍未复工")]),
}

# Every non-null date and figure, as written in its text (re-found in main()).
SOURCES = {
    "huaibei_red_cross_xuncha_bulletin_cut": ["2021年11月16日至12月16日", "1月17日", "制度21项"],
    "yanta_red_cross_xuncha_feedback_glued_dates": ["时间:2023-03-22", "2022523日至819日", "202339日"],
    "wuhu_etdz_linked_xuncha_progress_lead_cut": ["2025-04-29", "2023年11月25日至2024年1月16日", "4月11日", "171条整改措施",
                                                  "制度46项"],
    "nansha_mingzhuwan_business_xuncha_progress_lead_cut": ["发布日期:2022-12-08", "2022年3月15日至5月20日", "7月5日"],
    "longwan_city_centre_xuncha_feedback_metadata_cut": ["成文日期 | 2025-10-15", "2025年9月4日"],
    "suqian_etdz_provincial_xunshi_progress_lead_cut": ["2023年6月28日至8月31日", "10月11日"],
    "wenshan_provincial_ducha_petitions_bulletin_207": ["2017年9月18日", "问题207个"],
    "pingshan_baiqian_village_duchao_286_glossed_trad": ["2024年10月9至11日", "286個(gè)問題"],
    "malipo_supply_coop_xuncha_one_item_done": [],
    "wuwang_village_team_visit_five_problems": ["2018-06-18", "3月8日"],
}

EXPECTED = {"huaibei_red_cross_xuncha_bulletin_cut": 1, "wuwang_village_team_visit_five_problems": 5,
            "malipo_supply_coop_xuncha_one_item_done": 1}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text itself."""
    if stem.startswith("huaibei"):
        return len(re.findall(r"^\d+\.", text, re.M))
    if stem.startswith("wuwang"):
        return len(re.findall(r"^ *[一二三四五六七八九十]、", text, re.M))
    if stem.startswith("malipo"):
        return len(re.findall(r"提出“[^”]+”的整改意见", text))
    return 0  # leads and feedback news: no problem heading


def measure_recount(stem: str, text: str) -> list[int]:
    if stem.startswith("huaibei"):
        return [len(re.findall(r"^\(\d+\)", text[text.index("1.理论"):], re.M))]
    if stem.startswith("malipo"):  # paragraphs after the 意见 that tell what was done, before the closing quote
        after = text[text.index("的整改意见"):].split("\n")[1:]
        return [len([p for p in after if p.startswith("县供销社迅速行动")])]
    return [0] * recount(stem, text)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text (EXPECTED lists only the stems with problems)."""
    n = EXPECTED.get(stem, 0)
    assert len(d["problems"]) == n == recount(stem, text), (stem, len(d["problems"]), recount(stem, text))
    assert [p["measure_count"] for p in d["problems"]] == measure_recount(stem, text), stem
    check_problems(stem, d["problems"], text, category_in=text)
    check_title_issuer(stem, d, text)
    check_names(stem, d["inspection"], text)
    for s in SOURCES[stem]:
        assert s in text, (stem, s)
    assert (len(text.encode("utf-8")) >= 1990) == d["excerpt"], (stem, len(text.encode("utf-8")))


def main() -> None:
    assert set(DOCS) == set(SOURCES)
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, total=7)


if __name__ == "__main__":
    main()
