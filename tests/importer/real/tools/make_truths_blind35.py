"""Write the texts and truth files of tests/importer/real/blind35: the session's FINAL held-out set of real pages,
labelled blind on 2026-12-06 (20:58-21:40 UTC) by helper label48, who did not read, run or change the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py, tests/importer_app/): the lead scores it. Labelled while
label50 searched kinds 3/4; every url was checked with /work/wt/known_urls.py (which scans every worktree) when taken
and again just before the commit, and a distinctive phrase of each page grepped in /work/main/tests/importer and
/work/shared/corpus (none found).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R107, C1-C19), make_truths.py (ins/head/prob),
make_truths_blind34.py (structure; traditional problems simplified with OpenCC t2s after glosses are removed, R91).
The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as JSON strings into TEXTS and
decoded (lost 年/月 '20249月', '2025117日', glosses '園區(qū)', chrome lines '扫一扫在手机打开当前页', '上一條:' kept).

Queries (``pages`` corpus, about 45): 大学 巡视整改进展情况的通报 党委; 医院 巡察整改进展情况通报 反馈问题 已完成整改;
审计查出问题整改情况 公告 已整改 问题金额; 督察反馈指出 整改情况说明 已完成整改 销号; 關於巡察整改進展情況的通報; 银行 党委
巡视整改情况 公告; 集团公司 党委 关于巡察整改情况的通报 子公司; 整改情况说明 该问题 已整改到位 特此说明 督察; 区委巡察 反馈问题
个 已整改 个 建立制度 项; 省生态环境保护督察反馈意见 整改落实情况 报告 市 整改任务 完成 序时推进 (found gzlps); 中央生态环境
保护督察反馈问题 第 项 整改销号公示; 審計查出問題整改情況 公告; 学院党委 关于校党委巡察整改进展情况的通报; 人民医院党委 巡察整改
情况 公示 (found hyx); 环保督察组指出 针对这一问题 镇 立即 整改 现已完成; 整改销号公示 问题描述 河长办 暗访; 耕地保护督察 图斑;
巡视反馈指出 国企; 經濟責任審計 發現問題 整改情況 公告; 安全生产巡查 反馈问题 整改情况报告; 关于巡察反馈问题整改情况的公示 村党支部;
国家自然资源督察 违法用地; 问题整改情况的函 督察; 省委巡视组反馈意见 整改进展情况 公布; 環境保護督察 反饋問題 整改情況 公示 縣;
气象局 / 人民法院 / 粮库 / 水库 / 税务局 variants; 尾矿库 督察反馈问题 整改完成情况公示 (yxx.gov.cn: taken by label50); 码头 岸线
警示片; 化工园区 中央环保督察 反馈 第 项 整改 已完成 验收 公示 (found jingzhou, jintan, lukou, dvnusur, baiyin); 督察反馈指出 我区;
反馈意见指出 整改前 整改后; 中央生態環境保護督察 反饋問題 整改完成情況 公示; 审计整改 销号 公示 镇; 現將巡察整改進展情況予以公布;
职业技术学院党委 巡视整改; 乡镇卫生院 巡察; 县委巡察 第 轮 整改情况 综合; 第二轮中央生态环境保护督察指出 我市; 省委巡视反馈指出;
海洋督察 围填海 公示; 关于审计发现问题整改情况的公告 学校; 离任经济责任审计 整改情况; 巡察整改“回头看” 完成率; 生态环境保护督察整改
工作进展 报告 项 达到序时进度 (found vbdhwr157); 烟草 / 农商银行 / 交通投资集团 / 大学党委 巡视整改; 关于“督察反馈指出 ”问题的整改
情况; 督察组指出 一是 二是 区生态环境分局; 巡视组指出 学校; 巡察组反馈指出 村 问题 如今 已经整改 (found spocapp, dahe, ynjjjc,
www6ccc); 省环保督察反馈意见指出 县 通过验收; 审计署 审计发现 问题 整改 县.

Exhaustion: the centre is used up. About 60 result urls were KNOWN (among them wjw.taizhou, sqjw, ruijin, km, cixird,
sjj.ningbo, gdcy, cectop 上海银行, cdacdg, wuch, czs2y, wjw.zhuzhou (the '//' variant of the same page), shanting,
hanbin, zhoucun, 360online, yybnet, jjcdi x2, aqjjjc, dieshihui (blind29), m.yzctcx, zhuangpeitu, yuanjiangzx).
New but declined: yxx.gov.cn (label50 had taken it: its text was already in their worktree when I checked a phrase),
bozhou.cn (a 督导 visit), qh.xinhuanet (essay), glpsettlementsolutions (every character lost to '?'), labjjfz (信访件
table, R17), yihaowenku (a speech with masked X figures), carvingitup (a 督查 meeting, no figures), hbj/jianshi-type
visits. Audit: every 审计 整改 report hit (ruijin, cixird, ningbo, gdcy, jiaoling, yuanjiangzx, saintpaulhem, xdscy,
m.ilynn trad) is labelled already; two new audit news items were found late with '扶贫资金专项审计 发现问题 整改情况 公示
乡镇 已整改' (baogaosu, liunan); no new 审计查出问题整改情况的报告 or one-task audit 公示 was found.

Kinds (issue 10; the brief's spread):
  (3) one task, one notice: jingzhou (a city bureau's 公示 of 省序号28 with 一、反馈问题 / 二、整改目标 / 三、完成情况 1.-4.
      and a signature date), lukou (a 区政府's 销号 公示 as a field list 反馈问题: / 责任单位: / 整改目标: / 整改措施: /
      整改完成: / 销号意见:, signed), jintan (an untitled 公示 of one item of a provincial people's congress's
      突出环境问题清单 with ①-④ and a 公示时间 line);
  (4) a quoted or reported feedback item with what was done (news): spocapp (traditional, 区委巡察组 and a village's
      drains), dahe (县委第四巡察组 and a bridge railing, done), ynjjjc (县委第三巡察组 and a blocked road, cut),
      www6ccc (traditional, a 村民小组's septic tank, done, cut);
  (1)/(2) a hospital's 巡察整改进展情况的通报 cut in its first problem (hyx, lost 年/月 in prose); a city's report on a
      provincial 督察's rectification cut in 整改工作开展情况 (baiyin);
  (5) figures only: a city 督查's report on 中央/省委 督察 rectification (gzlps, 64/59, cut), a spun copy of a city
      meeting (vbdhwr157, 290/277);
  (6)+traditional: a glossed traditional copy of a park 督查 naming five firms' faults and recheck tallies (dvnusur).
  (6) audit: a provincial audit office's news of six counties' rectification (baogaosu: inspector the audit office,
      rules_made 94, a D.M.Y page date), a district audit office's news of one audit (liunan: findings in one sentence,
      an audit period in prose).
  Traditional copies: spocapp, www6ccc, dvnusur. Dates and parties in prose: hyx, baiyin, ynjjjc, dahe.

Problems: 13 in all (hyx 1, jingzhou 1, jintan 1, lukou 1, spocapp 1, dahe 1, ynjjjc 1, www6ccc 1, dvnusur 5; gzlps,
baiyin, vbdhwr157, baogaosu, liunan 0), counted by reading and recounted in main() by a regex per text. Measures (R96, counted twice,
the second count in main() by a different route): hyx 0 (cut before any answer), jingzhou 4 ('1.'-'4.' under
三、完成情况, the page's only account), jintan 4 ('①'-'④'), lukou 1 (the '整改措施:' field is one paragraph of
';'-joined clauses, R96 undivided = 1), spocapp 1, dahe 1, ynjjjc 1 (the cut paragraph '对于巡察组反馈的问题,该村党总支
高度重视,及时召开会'), www6ccc 1 (the paragraph after '問題反饋后'), dvnusur 0 each (no answer per firm).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- gzlps: a 督查 of others' rectification -> kind null (R29), no title (copy starts mid-text), dates none (R53/R60);
  headline 64/59 (the 督察 problems of 我市 and '已上报整改完成59个'); the 警示片 counts (2/2, 2/1, 2) are other
  exercises (R65); inspector null: 'NEW' two inspections joined ('中央、省委生态环境保护督察组') name no one team.
- hyx: '20249月至11月' month-only -> no start/end (R53); feedback '2025117日' -> 2025-01-17 (R61, 日 survives);
  inspector '县委第一巡察组' (the feedback sentence; the first mention '县委第巡察组' lost its numeral); headline 19/9
  ('已完成整改9(含…1)' lost 个; the 阶段性 9 are not done, R71); category '公立医院公益性凸显不足' with the '反馈问题:'
  label dropped (as blind2 czs2y, the same layout); title the whole run-in line as far as the cut (R88, R25);
  report date null (no date line in the copy; url date not read, R60).
- jingzhou: seq 28 (省序号28, R77); category null ('一、反馈问题' label, R84 / C17 as blind34); measures 4 from the
  完成情况 list; issuer null (the title names no body, '信息来源' is metadata, R38); report date the signature
  2025-12-12; the 公示期 is no date.
- jintan: 'NEW' a 公示 of one item of 江苏省人大突出环境问题清单: one problem titled by the quoted item (wrapper '“…”的问题'
  stripped, R86); inspector null (a people's congress list, no inspection team); status null (actions and '已建成',
  '被…认定', but no done word, R95); report date null ('公示时间' only, R53; url date not read).
- lukou: issuer and report date from the signature ('株洲市渌口区人民政府', 2023-11-15) - '来源:' metadata not read;
  unit the '责任单位:' field; status done ('销号意见:已完成整改工作…同意销号'); title keeps its closing '等问题' (R87).
- baiyin: no title line (R33), no issuer (no signature; '我市'), inspected null (relative '我市', R48); inspector
  '甘肃省第二生态环境保护督察组'; period 2024-10-29 to 2024-11-17, feedback '12月30日' -> 2024-12-30 (R58 year from the
  period); cut in 整改工作开展情况 before any problem (R21): []; '20余次' is no figure.
- News items (spocapp, dahe, ynjjjc, www6ccc): 'NEW' a problem a 巡察组 found and had fixed, told as a story, is one
  problem (kind 4 in a news shape; R15 extended to a reported finding without a quote); kind and title null (R30/R33),
  no dates (no year, or month only); title the finding's own clause (R92 lead-ins dropped; traditional simplified,
  R91); responsible_units [] throughout (a problem fed back to a 党支部 is not a '(责任单位:…)' or '由…负责' naming,
  R101/R104); status done only where a sentence says it was solved ('已全部整修到位' dahe, '解决了问题,现在路已经通畅了'
  ynjjjc, '解決了化糞池溢水的情況' www6ccc); spocapp null (a 100-day campaign and a villager's '變干凈了', no done word,
  R95). inspected: the body the feedback sentence names (dahe '陈庄村党支部', ynjjjc '芒蚌村党总支'); null where only
  '镇、村' are named (spocapp, www6ccc).
- dvnusur: a 督查's results -> kind null (R29); one problem per firm (R12), the '5家企業還存在…共性問題' sentence adds
  faults of the same five firms, not a sixth problem (NEW); headline null: the tallies (36/28, 8/7, 3/3, 11/10) are
  rechecks of others' findings (R53 rechecks; R62 counts the inspection's own findings); inspector the team as printed
  with its glosses ('園區(qū)現(xiàn)場督查組', doc fields keep the page's script, R91); '7月5日' has no year (R60).
- baogaosu: a news repost -> kind and title null (R30/R34); report date the page's '31.07.2017' (R45); inspector
  '省审计厅'; findings for six counties in one sentence -> [] (R19); rules_made 94 ('制订修订相关制度94项', R74).
- liunan: kind and title null; audit period 2017-05-15 to 2017-06-23; three faults in one sentence -> [] (R19); the
  一是/二是/三是 are the audit's method; inspected null (an unnamed 被审单位).
- vbdhwr157: a spun copy of a city meeting -> kind null (R30); headline 290/277 (the 交办 problems and the done count);
  the '13项' named with '比如…等' are [] (R19).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import between, check_doc, check_problems, head, ins, prob, simp, write_labelled_set  # noqa: E402
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind35"
GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")

TEXTS = {
    'gzlps_liupanshui_ducha_check_figures_cut': r'''"为贯彻落实全市中央及省委生态环境保护督察反馈问题整改工作专题会议精神,切实推动中央和省委生态环境保护督察及“回头看”反馈问题、生态环境警示片曝光问题等各类反馈问题整改落实到位。近期,市生态环境保护督察整改工作领导小组办公室会同市委督查机构、市政府督查机构,组织市生态环境局、市发展改革委、市自然资源局、市住房城乡建设局、市农业农村局、市能源局、市林业局等单位,组成4个督查组分赴六枝特区、盘州市、水城区、钟山区和六盘水高新区,对各市(特区、区)、六盘水高新区落实推进中央及省委生态环境保护督察反馈问题整改情况进行专项督查,有关督查情况如下。\n总体来看,各市(特区、区)、六盘水高新区及各有关部门认真贯彻落实习近平总书记对生态环境保护工作的重要指示批示精神,紧紧围绕中央、省委生态环境保护督察组的反馈问题和工作要求,切实增强政治自觉、思想自觉、行动自觉,牢牢守好生态和发展两条底线,把督察反馈问题整改作为树牢“四个意识”、坚定“四个自信”、做到“两个维护”的具体行动。切实加强组织领导,及时安排部署,认真制定整改方案。坚持把生态环境保护督察作为加快推进生态文明建设的重要抓手,认真落实“党政同责、一岗双责”,加快解决突出环境问题,不断提升我市生态文明建设和环境保护水平。\n通过实地督查梳理,中央、省委生态环境保护督察反馈我市的问题64个,目前已上报整改完成59个,正在整改5个。2018年长江经济带生态环境警示片涉及我市问题2个,已于2019年整改完成,并经省政府同意销号。2019年长江经济带生态环境警示片涉及我市问题2个,整改完成1个,基本整改完成1个。2020年省生态环境警示片涉及我市问题2个,已基本整"''',
    'hyx_hengyang_county_hospital_xuncha_bulletin_cut': r'''"首页  > 衡阳县卫生健康局 > 信息公开 > 工作进展\n\n中共衡阳县人民医院委员会关于巡察整改进展情况的通报\n\n\n\n       根据县委统一部署,20249月至11月,县委第巡察组对中共衡阳县人民医院委员会进行了巡察。2025117日,县委第一巡察组向中共衡阳县人民医院委员会反馈了巡察意见按照巡察工作有关要求,现将巡察整改进展情况向社会予以公布。\n\n一、组织整改落实情况\n\n(一)提高政治站位坚决扛起巡察整改政治责任。院党委坚持把巡察整改作为一项重大政治任务来抓,主动认领问题,带头把自己摆进去,党委书记对巡察整改工作亲自安排、亲自部署、亲自督促,认真抓好整改落实。\n\n(二)强化组织领导成立了书记为组长的整改专班及办公室其他院领导为副组长,其中主管党建的党委副书记为常务副组长负责整改工作的牵头,整改专班办公室设党委办,党委办公室主任为办公室主任,人事、纪检、党委办等工作人员为成员,负责整改活动具体的组织、协调、督导、检查、统筹工作。\n\n(三)细化工作方案。对照巡察反馈的问题及整改意见,制定巡察整改方案,认真分析问题存在根源,列出整改措施,建立整改台账,明确责任领导、责任部门及整改时限\n\n(四)注重建章立制对整改工作采取严格督查的方式,全面掌握整改工作情况,对整改任务进行\"挂号\",并实时跟进,完成一件,\"销号\"一件,并建立和完善相关规章制度责任到人,落到实处。\n\n截至2025年716日,巡察反馈具体问题需要向社会公开的19 个,已完成整改9(含巡察交办的立行立改已办结1),阶段性完成整改9个,未完成整改 1个;\n\n二、巡察反馈问题整改进展情况\n\n(一)反馈问题:公立医院公益性凸显不足\n\n1.优化后的绩效考核方案尚未公布。医院原来的绩效考核体系已难以适应当今公立医"''',
    'jingzhou_item28_chemical_parks_signoff_notice': r'''"无障碍阅读\n第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示\n信息来源:荆州市生态环境局 | 发布时间:2025-12-12 16:20\n\n一、反馈问题\n\n省发展改革委牵头制定的《湖北省化工园区确认指导意见》(鄂发改工业〔2018〕404号)将化工园区确认工作交市州政府,但有的市州又把园区审查责任推给县区,造成个别化工园区确认工作把关不严。\n\n二、整改目标\n\n按照《湖北省化工园区确认指导意见》(鄂发改工业 2018〕404号),《关于化工园区认定条件和管理办法(试行)》(工信部联原〔2021〕220号) 相关标准和要求,统筹推进化工园区合规化建设。\n\n三、完成情况\n\n1.2025年6月省经信厅组织相关单位对荆州市7个化工园区开展现场复核认定。全市7个化工园区均纳入2025年9月省经信厅公示的全省新一轮拟复核认定合格化工园区名单中。\n\n2.对沙市区化工园区和经开区化工园区进行了整合,成立统一的化工园区管理机构。\n\n3.编制了《石首市张城垸化工园区提档升级规划》,完成提档升级工作。\n\n4.完成5个化工园区环境保护监测监控体系不完善的问题整改。\n\n事项整改已完成。如对该问题整改公示情况有异议,请在公示期间(2025年12月12日—12月25日,共10个工作日)向市生态环境局反映。(联系人:张俊,联系电话:0716-8853971)\n\n2025年12月12日"''',
    'jintan_npc_list_item_chemical_park_notice_untitled': r'''"依据江苏省人大突出环境问题清单:“化工园区管理水平有待提高”的问题。经核查,园区已编制了“一园一策”整治提升方案、产业发展规划和规划环评,初步建成了①园区环境监控预警平台,具备:一园一档动态管理、环境综合管理、环境质量监控等功能。②园区上下风向大气自动监测站、企业厂界无组织废气在线监测。③园区在七个进出道口安装了视频监控系统,对人流、车流进行动态监控。④消防特勤站已建成,即将投入使用。2020年10月被江苏省认定为化工集中区。现将整改情况予以公示,公示期7天,公示时间: 2020年12月10日至12月17日。欢迎广大人民群众监督。\n扫一扫在手机打开当前页\n|"''',
    'lukou_park_feedback_signoff_fields_notice': r'''"当前位置:首页 > 信息公开 > 法定主动公开内容 > 政策文件 > 通知公告\n\n关于第二轮中央生态环境保护督查反馈问题已完成整改核查的情况公示\n\n来源: 渌口区人民政府 更新日期:2023-11-15\n字体:\n\n根据《株洲市贯彻落实第二轮中央生态环境保护督查报告整改工作方案》(株电〔2021〕2号)、《关于完成中央环保督查反馈园区有关问题整改和验收销号的函》的相关要求,渌口经开区已完成第二轮中央生态环境保护督查反馈园区有关问题整改工作,现对已完成整改核查的情况进行公示。\n\n反馈问题:湖南省产业园区普遍存在规划环评执行不严、园区环境保护基础设施建设运行管理不到位、园区企业环境违法现象时有发生等问题。\n\n责任单位:株洲市渌口区人民政府\n\n整改目标:加强园区生态环境保护,逐步解决规划环评执行不严、园区环境保护基础设施建设运行管理不到位、园区企业环境违法现象时有发生等问题。\n\n整改措施:健全生态环境管理机制,提升园区环保专业化水平;抓紧完成跟踪评价,严把生态环境准入关;加强园区环境保护基础设施建设运行管理;加强园区企业环境检查力度,强化企业帮扶监管。\n\n整改完成:规范加强园区生态环境管理,推行了园区环境第三方治理,提高了园区生态环境保护水平;已完成渌口经开区环境影响跟踪评价工作,完成了园区规划环评跟踪评价落实情况核查;加强了园区基础设施建设,全面推进工业污水处理达标排放;强力推进园区生态环境问题整改到位。\n\n销号意见:已完成整改工作,达到整改目标,同意销号。\n\n公示时间:2023年11月15日-2023年11月28日\n\n受理部门:湖南株洲渌口经济开发区管理委员会\n\n联系电话:0731-27625880\n\n联系地址:湖南株洲渌口经济开发区\n\n\n株洲市渌口区人民政府\n\n2023年11月15日\n\n\n扫"''',
    'baiyin_city_provincial_ducha_report_cut': r'''"2024年10月29日至11月17日,甘肃省第二生态环境保护督察组对我市开展了第三轮省级生态环境保护督察,并于12月30日向我市书面反馈《白银市省级生态环境保护督察报告》。针对督察反馈问题,我市高度重视,立即研究制定《白银市贯彻落实第三轮省级生态环境保护督察报告整改方案》,不折不扣落实各项整改任务,扎实有序推进整改工作,取得了阶段性成效。\n一、整改工作开展情况\n(一)提高政治站位,系统安排部署。坚持把生态环境保护工作放在全市发展的大局中谋划推进,深度融入经济社会发展各方面、全过程。一是强化理论武装。坚持把学习贯彻习近平生态文明思想列为市委理论学习中心组学习、党政领导干部教育培训的重要内容,深入贯彻党中央、国务院和省委、省政府关于生态文明建设和生态环境保护工作的决策部署,坚定走生态优先、绿色发展之路,以高水平生态保护支撑高质量发展。二是坚持高位推动。召开市委常委会会议、市政府常务会议、市长办公会议等听取督察反馈问题整改情况,研究部署生态环境保护工作。市委、市政府主要领导、分管领导20余次深入现场督导调研,市人大、市政协通过执法检查、专题协商等方式将生态环境保护纳入重点监督领域。三是压紧压实责任。充分发挥市生态环境保护委员会作用,定期研究部署生态环境保护工作,进一步明确各方责任,推进各项工作有序开展;加大生态环保考核权重,不定期约谈工作滞后的县区、部门和企业,强化主动开展生态环境保护工作的责任意识。\n(二)全面认领问题,科学制定方案。《白银市省级生态环境保护督察报告》反馈后,我市对督察反馈问题主动认领、照单全收,结合《白银市市级有关部门和单位生态环境保护责任清单》,研究制定了《白"''',
    'dahe_luyi_xuncha_bridge_railing_news': r'''"大河网讯 “巡察组动作就是快!没想到你们一来就为村里这么快修好了桥护栏,真为我们群众办了件大好事!”近日,鹿邑县郑家集乡陈庄村村民提起县委巡察组给村里办的民生实事赞不绝口。\n据了解,鹿邑县委第四巡察组入驻该村开展巡察第二天,在走访中发现刘竹园自然村东桥北侧的简易护栏存在两米多的缺口,临近春节,可能会给过往行人,特别是老人和在附近玩耍的儿童带来安全隐患。巡察组的同志们当时就对现场拍了照片,回到驻地后第一时间与陈庄村党支部进行联系,下发整改建议书,要求立即整改,杜绝安全隐患。\n陈庄村党支部接到通知后,当即意识到存在安全隐患,马上安排施工人员整修护栏。其间,巡察组全程实地监督,保障护栏整修进度、工程质量。很快,经过几天整修,目前,防护栏已全部整修到位,衬托着周边的环境也得到了明显改观,村民出行有了安全保障,村民幸福感得到了提升。\n“春节就要到了,村里孩子们要放假了,外出务工的人回来的也多,预报说最近还有大雪,修好了桥护栏我们就放心了。”村民张大姐和围观的群众说。\n“巡察村就是要解决群众的实际问题,群众关注的重点就是巡察的重点,通过真正解决一些群众所盼、所忧、所烦心的民生实事,真正让群众看到可感知的巡察成效,增强人民群众的获得感、幸福感、安全感。”县委第四巡察组组长刘真真说。(薛小磊)"''',
    'vbdhwr157_changde_ducha_meeting_figures_spun': r'''"11月23日,我市召开紧急会议,专注于中央环保督察整改工作的全面推进。副市长涂碧波亲自出席并发表了重要讲话。这次会议旨在针对尚未完成整改的关键环境问题进行细致调度和明确安排。据统计,截至11月22日,我市共有290个突出环境问题由中央环保督察组和省委、省政府交办,其中已有277个成功完成整改,实现了95.5%的完成率。此外,还有一些项目如汉寿县西洞庭湖湿地保护区黑杨林清理战役、石门县农村垃圾点处理验收以及澧县城乡垃圾一体化处理模式探索等得到了上级部门的高度评价。但是,在这轮检查中,也揭示出了仍然存在的问题,比如汉寿县正龙碎石厂排放污染物、洞庭湖区域内III类水质比例下降以及安乡珊珀湖水质恶化等13项需要进一步完善的情况。\n各有关责任单位和地区负责人承诺,他们将严格遵循中央环保督察反馈问题及信访件销号标准与程序,全力以赴解决这些遗留问题。在会后,涂碧波副市长强调了当前面临的形势,即便取得了一定的进展与成效,但仍需保持警惕。他要求所有相关部门要依照销号机制,不断推动大规模整改、大范围验收、大规模销号工作,同时要在11月底实现阶段性销号,并在12月底达到全面销号目标。他特别指出了几项需要加速进度的问题,如安乡珊珀湖水质净化、洞庭湖周边畜禽养殖污染控制、新能源车辆淘汰计划以及城市黑臭河道治理工程等,并要求每一位官员必须认真对待这些任务,将其作为切身利益来抓好执行。最后,他呼吁大家要持续关注整改进度,每天争取更多时间,加强巡查,以防止新的环境违规行为发生。"''',
    'spocapp_quanshan_xuncha_village_drains_news_trad': r'''"“我們村現在衛生環境變干凈了,不僅每個月開展環境衛生評比活動,每周村里還組織一次環境集中整治,村民的環境衛生意識也越來越高了,真得感謝區委巡察組!”柳新鎮魏莊村村民張某某一提起巡察組就贊不絕口。\n2023年5月,區委巡察組巡察期間,魏莊村村民張某某主動找到巡察組反映村公共排水溝堵塞,道路垃圾清理不及時,導致村內污水橫流,多次向村委會反映無果。\n群眾利益訴求無小事,人居環境事關民生福祉。巡察組隨即安排專人進行明察暗訪。通過入戶走訪和實地查看,村莊道路的垃圾收集點經常無人管理,垃圾堆積如山,遇有惡劣天氣更是又臟又亂。村公共排水溝被垃圾堵塞,污水溢滿道路,臭氣沖天,影響通行,給群眾生產生活帶來了很多不便,村民們怨聲載道。\n群眾有呼聲,我們有回應。巡察組經過會商后立即對鎮、村下達立行立改通知。在巡察組的監督推動下,魏莊村開展為期100天的環境整治攻堅行動,先后出動機械53臺次,清理亂堆亂放121處、畜禽糞污農業廢棄物8余噸、村內排水溝18公里,對全村進行“精打理”“細梳妝”。\n“生產生活環境不僅代表著村容村貌的‘面子’,更關系著老百姓生活質量的‘里子’。”該巡察組相關負責人表示,將在巡察中持續聚焦群眾急難愁盼,用巡察“探照燈”照亮鄉村“面子”、夯實鄉村“里子”,以“面子”“里子”雙提升,讓民風鄉風更文明,讓美麗鄉村更宜居。"''',
    'ynjjjc_lianghe_xuncha_blocked_road_news_cut': r'''"“这条路之前被人用竹竿、空心砖、铁丝网堵起来了,巡察组来了以后帮我们解决了问题,现在路已经通畅了,巡察真是‘哩咯哩’(傣语:好了好)!”家住梁河县勐养镇芒蚌村的李大婶走在宽阔的环村路上,笑着对县委第三巡察组的回访人员说道。\n事情还要从今年3月梁河县委第三巡察组在芒蚌村开展巡察走访说起。\n“我们的路被人堵了,你们管不管?”\n“我们开展对村巡察,就是要解决群众的操心事、烦心事、揪心事。你慢慢说,我们先帮你记录下来。”巡察组工作人员说道。\n“我们寨子的路,从今年3月28日起就被村里的李某某堵住了,不让我们进出,大家只能从田间小路绕行,严重影响我们出行!”村民情绪激动地说道。\n“请你放心,我们先了解一下具体情况,一定会给你一个满意的答复。”巡察组组长向村民承诺道。\n随即,巡察组召开组务会,分头负责核实相关情况,一方面继续走访,听取更多群众意见;另一方面向村组干部了解事情经过,找准症结所在。\n“2017年,为解决群众出行难的问题,芒蚌村修建了环村道路。道路建好后,李某某对补偿有异议,先后堵了3次路,影响到75户300余名村民的正常出行。事情发生后,村里也组织协调过,但效果不理想,群众对此怨声载道。”芒蚌村党总支书记对此也很无奈。\n“修好道路是为了方便群众的生产生活,不能因为个别人的行为,影响了村民的正常出入。村党总支要认真履职,想方设法化解群众矛盾纠纷,还一条通畅的道路给群众。”第三巡察组组长语重心长地说道。\n在全面了解情况后,巡察组将问题反馈至芒蚌村党总支进行整改。同时,要求村党总支要加大辖区内矛盾纠纷排查化解力度,营造稳定、团结、和谐的生产生活环境。\n对于巡察组反馈的问题,该村党总支高度重视,及时召开会"''',
    'www6ccc_weixi_xuncha_septic_tank_news_trad_cut': r'''"“哪里來的味道?怎么這么臭?”十四屆維西縣委第三輪巡察第一巡察組在該縣塔城鎮川達村迪夏村民小組開展入戶走訪時,一股臭味從小組活動場所內飄出來。\n“走,我們去看看究竟是怎么回事?”巡察組工作人員說道。\n看起來建得挺好的活動場所,內部卻是污水滿地,現場還有污水源源不斷地從球場邊的化糞池溢出,陣陣惡臭,叫人“退避三舍”。\n“老鄉,我們是縣委巡察組的工作人員,請問一下活動場所里面怎么會有這么多污水?這種情況持續多長時間了?你們向村里反映過嗎?”巡察組入戶走訪了解實際情況。\n“你們看到的污水是組里的化糞池倒流引起的。臭水影響到活動場所的正常使用,已經有一段時間了。”“我們向村里反映過,組里也曾組織過義務工進行修繕,但由于沒有專業技術人員,只能簡單處理,一直沒有徹底修好,不知道你們巡察組能不能幫助解決一下?”……附近的村民向巡察組說了具體情況。\n“村組活動場所是開展集體議事、黨群活動和休閑娛樂的綜合服務中心。如果不及時清除糞水,各項活動就不能正常開展,也無法發揮活動場所的功能,我們入村巡察就是要解決這些影響群眾生產生活的問題,提升群眾的幸福感。”縣委巡察組組長說道。\n在了解事情的來龍去脈后,巡察組第一時間與鎮黨委、村“兩委”進行對接,及時反饋問題,要求盡快解決這件急事難事,進一步加強對支部活動場所、村民小組活動場所等公共服務基礎設施的管理、使用,確保各類場所建得成、管得牢、用得好,充分發揮活動場所作用,更好地為村民生產生活服務。\n問題反饋后,鎮、村干部第一時間請來了專業維修人員進行處理,解決了化糞池溢水的情況,村民也自發地參與到活動場所污水清理行動中來。終于,在大家的共同努力下,活"''',
    'dvnusur_wuhai_park_check_five_firms_trad': r'''"7月5日,園區(qū)現(xiàn)場督查組下沉至三區(qū)工業園區(qū),以中央環(huán)保督查典型案例反饋問題涉及的10個重點點位為排查督導核心,同步對自查反饋問題、現(xiàn)場檢查移交問題復核情況及正反典型案例 “回頭看” 等工作進行全面核查。\n在10個重點點位方面,當日選取5家企業檢查,發(fā)現(xiàn)君正焦化存在部分防洪物資缺少標識、生活垃圾清理不及時等問題;美方焦化煤棚施工周圍土方未采取防塵及安全措施等;國家能源集團煤焦化有限責任公司西來峰公司宣傳牌匾部分老化;烏海市宏陽焦化有限責任公司有三塊標識牌老化;烏海市榕鑫能源實業有限責任公司存在廠區(qū)路面破損、工業垃圾未及時清理等多項問題。5家企業還存在廠區(qū)標識牌老化陳舊、部分廠區(qū)施工管理不規(guī)范等共性問題。\n自查反饋問題方面,對11個企業36個問題核查,整改完成 28個,未完成8個,未完成問題已溝通整改措施和時限。現(xiàn)場檢查移交問題復核中,5個企業8個問題,整改完成7個,1個未完成,已再次溝通。反面典型案例 “回頭看” 的1個案例3個問題均完成整改。\n在基層減負、杜絕 “四風” 問題方面,督查組牢固樹立 “同題共答” 意識,轉(zhuǎn)變工作作風,與各區(qū)、企業現(xiàn)場會商解決問題;堅持嚴督實導,當日復查11個問題,完成整改10個,1個未完成。\n針對本次核查發(fā)現(xiàn)的問題,督查組已與相關企業達成整改共識,要求嚴格按照樣板打造時限完成整改,切實提升園區(qū)環(huán)境治理水平。\n上一條:\n下一條:"''',
    'baogaosu_dongxiang_six_counties_poverty_audit_rectification_news': r'''"东乡县等6县认真落实扶贫审计整改\n\n31.07.2017  14:01\n\n  今年,省审计厅对东乡县、清水县、庄浪县、景泰县、岷县、宕昌县6县扶贫政策措施落实和扶贫资金分配管理使用情况进行了审计调查,审计发现精准扶贫政策措施落实不到位,扶贫对象认定不精准、超标准,超范围安排或发放扶贫资金,扶贫项目建设未招投标等问题,针对存在的问题,审计人员认真剖析原因,提出有针对性的审计建议,并以审计专报形式呈报省委省政府主要领导,省委书记林铎,省委副书记、省长唐仁健分别作出批示,要求对发现的问题清单式整改,务必整改到位。\n\n  对此,省审计厅及时下发了《审计调查报告》和《审计整改意见函》,对审计整改提出具体要求。东乡县等6县迅速制定整改措施,逐条逐项落实整改:一是加强了建档立卡基础信息审查和低收入人口甄别工作,先后补充完善建档立卡基础信息5941人,剔除不符合建档立卡户527人。二是积极推动实质性整合,2017年已统筹整合资金2.67亿元,盘活资金1.42亿元,拨付滞留资金1.58亿元。三是责任到人,措施到位,加快项目进度,促进项目发挥效益,完善资金管理办法,制订修订相关制度94项,处理处罚相关责任人189人次。\n\n  截止目前,审计发现的问题大部分已得到整改,对尚未整改完成的问题,省审计厅将继续跟踪整改情况,督促整改到位。\n\n供稿:农业处  曹务广"''',
    'liunan_district_poverty_fund_audit_news': r'''"开展扶贫资金审计 促进专项资金管理\n柳南区审计局根据2017年度审计计划安排,自2017年5月15日至6月23日对柳南区2016年度扶贫专项资金进行了调查审计。在审计过程中,审计组采用了查阅资料和现场抽查的方式对扶贫资金的管理使用情况进行调查审计。审计重点关注了扶贫项目资金实施过程的管理、资金流向及资金的使用过程。一是对资金拨付环节进行审计,检查在资金拨付之间是否存在有资金差异。根据资金拨付流向,认真核实项目施工承包合同与项目资金的去向是否相符,是否有虚列支出或转移资金等情况;二是到现场核实扶贫项目的建设内容和建设规模是否按照上级下达项目计划执行,是否存在擅自改变建设内容及资金用途等现象;三是对支付原始凭证的查阅,认真审核报账票据是否齐全、合规及是否存在套取现金等情况。\n通过这次审计调查,发现柳南区2016年扶贫专项资金存在资金使用缓慢、下拨专项资金未能及时使用以及支付原始凭证不规范等问题。\n审计组针对存在的问题提出了审计建议,被审单位积极采纳了审计组提出的建议并对存在的问题进行及时整改,有效促进了扶贫专项资金的规范管理,提高了扶贫专项资金的使用效果和扶贫成效。"''',
}

URLS = {
    'gzlps_liupanshui_ducha_check_figures_cut':
        "https://www.gzlps.gov.cn/zwgk/bmxxgk/szfb/fdzdgknr_5751016/dcdd/202105/t20210531_68341612.html",
    'hyx_hengyang_county_hospital_xuncha_bulletin_cut': "http://www.hyx.gov.cn/hyxwsjkj/xxgk/gzjz/20250820/i3769357.html",
    'jingzhou_item28_chemical_parks_signoff_notice':
        "http://sthjj.jingzhou.gov.cn/ztzl/zyhbdc/dcdt/202512/t20251212_1057347.shtml",
    'jintan_npc_list_item_chemical_park_notice_untitled': "https://www.jintan.gov.cn/html/czjt/2020/JFKIQAOB_1210/164684.html",
    'lukou_park_feedback_signoff_fields_notice': "http://www.lukou.gov.cn/c18458/20231115/i2127580.html",
    'baiyin_city_provincial_ducha_report_cut': "https://huanbao.in-en.com/html/huanbao-2397504.shtml",
    'spocapp_quanshan_xuncha_village_drains_news_trad': "http://www.spocapp.com/xxgk/quanshan/2024/202410231404.html",
    'dahe_luyi_xuncha_bridge_railing_news': "https://city.dahe.cn/2025/01-20/1883157.html",
    'ynjjjc_lianghe_xuncha_blocked_road_news_cut': "http://ynjjjc.gov.cn/html/2022/xunshixuncha_0818/112560.html",
    'www6ccc_weixi_xuncha_septic_tank_news_trad_cut': "http://www.www6ccc.com/html/2022/xunshixuncha_0719/111072.html",
    'dvnusur_wuhai_park_check_five_firms_trad': "http://www.dvnusur.com.cn/jxw/250995/yqwl/2329073/index.html",
    'vbdhwr157_changde_ducha_meeting_figures_spun': "https://vbdhwr157.cn/da-qi-zhi-li/646538.html",
    'baogaosu_dongxiang_six_counties_poverty_audit_rectification_news':
        "http://lanzhou.baogaosu.com/xinwen/%25E5%258E%25BF%25E8%25AE%25A4%25E7%259C%259F%25E8%2590%25BD%25E5%25AE%259E"
        "%25E6%2589%25B6%25E8%25B4%25AB%25E5%25AE%25A1%25E8%25AE%25A1%25E6%2595%25B4%25E6%2594%25B9/59533093",
    'liunan_district_poverty_fund_audit_news':
        "http://liunan.gov.cn/xxgk/fdzdgknr/czxx/fpzxzj/fpzxzj_2017/202105/t20210526_2742934.shtml",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


_HYX = TEXT['hyx_hengyang_county_hospital_xuncha_bulletin_cut']
_JZ = TEXT['jingzhou_item28_chemical_parks_signoff_notice']
_LK = TEXT['lukou_park_feedback_signoff_fields_notice']
_DV = simp(TEXT['dvnusur_wuhai_park_check_five_firms_trad'], GLOSS)  # this set's GLOSS: lower case only
_DV_FIRMS = between(_DV, "当日选取5家企业检查,发现", "。5家企业还存在").split(";")

DOCS = {
    'gzlps_liupanshui_ducha_check_figures_cut': dict(
        excerpt=True, genre="5 city figures only (a 督查 of 中央/省委 督察 rectification)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(),
        headline=head(64, 59), problems=[],
        anomalies=[
            "No title line: the copy starts with the lead sentence; no date in the copy (the url's date is not read, R60).",
            "A 督查 by the city's rectification office of the districts' rectification: a check's results, kind null (R29).",
            "Headline 64/59: '中央、省委生态环境保护督察反馈我市的问题64个,目前已上报整改完成59个'; the 警示片 counts (2/2, "
            "2/1, 2) are other exercises and stay out (R65).",
            "NEW: inspector null - '中央、省委生态环境保护督察组' joins two inspections and names no single team; inspected "
            "'我市' is relative (R48).",
            "Cut by the store inside the 2020 警示片 sentence ('已基本整').",
        ]),
    'hyx_hengyang_county_hospital_xuncha_bulletin_cut': dict(
        excerpt=True, genre="1 hospital 巡察整改进展情况的通报, cut; 7 lost 年/月 in prose",
        kind="bulletin", title="中共衡阳县人民医院委员会关于巡察整改进展情况的通报", issuer="中共衡阳县人民医院委员会",
        report_date=None,
        inspection=ins("县委第一巡察组", "中共衡阳县人民医院委员会", None, None, "2025-01-17"),
        headline=head(19, 9),
        problems=[_p(1, _HYX[_HYX.index("\n1.") + 3:],
                     "公立医院公益性凸显不足", [], None, 0)],
        anomalies=[
            "Breadcrumb chrome line before the title.",
            "Lost characters in prose: '20249月至11月' (年 lost; a month-only span is no date, R53: start/end null), "
            "'2025117日' (年 and 月 lost, 日 kept: 2025-01-17, R61), '2025年716日', '县委第巡察组' (numeral lost; the "
            "feedback sentence's '县委第一巡察组' is the inspector).",
            "Headline: '需要向社会公开的19 个,已完成整改9(含…1)' - the done count lost its 个; 阶段性完成整改9个 is not done "
            "(R71).",
            "Category '公立医院公益性凸显不足': the '(一)反馈问题:' label dropped as blind2 czs2y (same layout).",
            "The first problem's heading is run into its description on one line: the whole line is the title (R88), cut "
            "by the store ('…适应当今公立医', R25); no answer present: measures 0, status null.",
            "No signature or date line in the copy: report date null (url date not read, R60).",
        ]),
    'jingzhou_item28_chemical_parks_signoff_notice': dict(
        excerpt=False, genre="3 one task, one notice (省序号28)",
        kind="bulletin", title="第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示", issuer=None,
        report_date="2025-12-12", inspection=ins(), headline=head(),
        problems=[_p(28, between(_JZ, "一、反馈问题\n\n", "\n").rstrip("。"), None, [], "done", 4)],
        anomalies=[
            "Chrome line '无障碍阅读' before the title; metadata line '信息来源:荆州市生态环境局 | 发布时间:…' (not the issuer, R38).",
            "seq 28 from '(省序号28)' (R77); category null: '一、反馈问题' is a field label (R84; C17 as blind34).",
            "Measures 4: '1.'-'4.' under '三、完成情况', the page's only account of what was done.",
            "Status done: '事项整改已完成'; the 公示期 (2025年12月12日—12月25日) is no date; report date the closing "
            "'2025年12月12日'.",
            "Issuer null: the title names no body and there is no signing body.",
            "The '整改目标' quotes '(鄂发改工业 2018〕404号)' with a lost '〔' as printed.",
        ]),
    'jintan_npc_list_item_chemical_park_notice_untitled': dict(
        excerpt=False, genre="3 one task, one notice (one item of a provincial 人大 list)",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[_p(None, "化工园区管理水平有待提高", None, [], None, 4)],
        anomalies=[
            "No title line, no signature: the copy starts with '依据江苏省人大突出环境问题清单:' and ends in site chrome.",
            "NEW: a 公示 of one item of a provincial people's congress's 突出环境问题清单 is a one-task notice; the title is "
            "the quoted item without its '“…”的问题' wrapper (R86).",
            "NEW: inspector null - the list's author (江苏省人大) is no inspection team.",
            "Measures 4: the enumerated '①'-'④' of what was built (R96).",
            "Status null: actions ('已编制', '初步建成', '已建成,即将投入使用', '被江苏省认定') but no done word (R95).",
            "'公示时间: 2020年12月10日至12月17日' is a 公示 window, no report date (R53); the url's date is not read.",
        ]),
    'lukou_park_feedback_signoff_fields_notice': dict(
        excerpt=False, genre="3 one task, one notice (field list, 销号)",
        kind="bulletin", title="关于第二轮中央生态环境保护督查反馈问题已完成整改核查的情况公示", issuer="株洲市渌口区人民政府",
        report_date="2023-11-15", inspection=ins(), headline=head(),
        problems=[_p(None, between(_LK, "反馈问题:", "\n").rstrip("。"), None,
                     [between(_LK, "责任单位:", "\n")], "done", 1)],
        anomalies=[
            "Breadcrumb and '来源:/更新日期:/字体:' chrome; the copy ends in the QR chrome ('扫').",
            "Field list: 反馈问题: / 责任单位: / 整改目标: / 整改措施: / 整改完成: / 销号意见: / 公示时间:; category null "
            "(the '反馈问题:' field label, R84).",
            "Title keeps its closing '等问题' (R87); unit the '责任单位:' field (R101).",
            "Measures 1: the '整改措施:' field is one paragraph of ';'-joined clauses (R96 undivided = 1).",
            "Status done: '销号意见:已完成整改工作,达到整改目标,同意销号' (R94).",
            "Issuer and report date from the signature (株洲市渌口区人民政府, 2023年11月15日); '来源:' is metadata (R38).",
        ]),
    'baiyin_city_provincial_ducha_report_cut': dict(
        excerpt=True, genre="2 city report on a provincial 督察's rectification, cut; 7 dates in prose",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("甘肃省第二生态环境保护督察组", None, "2024-10-29", "2024-11-17", "2024-12-30"),
        headline=head(), problems=[],
        anomalies=[
            "No title line and no signature (R33): the copy is the report's body from its first sentence.",
            "Inspected null: '对我市开展了…督察' is relative (R48), although the quoted report title names 白银市.",
            "Feedback '12月30日' takes the period's year (R58): 2024-12-30.",
            "Cut by the store in '一、整改工作开展情况' before any problem (R21): no list; '20余次' is no figure.",
        ]),
    'spocapp_quanshan_xuncha_village_drains_news_trad': dict(
        excerpt=False, genre="4 a 巡察 finding with what was done (news), traditional copy",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("區委巡察組"), headline=head(),
        problems=[_p(None, "村公共排水沟堵塞,道路垃圾清理不及时,导致村内污水横流", None, [], None, 1)],
        anomalies=[
            "Traditional news item without a headline or date (kind and title null, R30/R33); '2023年5月' is month-only.",
            "NEW: a problem a 巡察组 confirmed and had fixed, told as a story, is one problem (kind 4 in a news shape); title "
            "the reported fault as the 巡察组 confirmed it, simplified (R91).",
            "Measures 1: the paragraph of the 100-day campaign ('121處', '18公里' are places and lengths, no figures).",
            "Status null: no done word (a campaign and a villager's '變干凈了', R95).",
            "Inspected null: only '鎮、村' receive the 立行立改 notice; no unit (R104).",
        ]),
    'dahe_luyi_xuncha_bridge_railing_news': dict(
        excerpt=False, genre="4 a 巡察 finding with what was done (news)",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("鹿邑县委第四巡察组", "陈庄村党支部"), headline=head(),
        problems=[_p(None, "刘竹园自然村东桥北侧的简易护栏存在两米多的缺口", None, [], "done", 1)],
        anomalies=[
            "News item without a headline ('大河网讯'), no date ('近日'); kind and title null.",
            "NEW: one problem found by the 巡察组 during its stay (R15 extended to a reported finding); title without the "
            "lead-in '在走访中发现' (R92).",
            "Inspected the body the 整改建议书 went to ('陈庄村党支部'); no unit: a notice sent to a body is no "
            "'(责任单位:…)' naming (R101/R104).",
            "'要求立即整改' is an order, no deadline; status done: '防护栏已全部整修到位'; measures 1 (one paragraph).",
        ]),
    'ynjjjc_lianghe_xuncha_blocked_road_news_cut': dict(
        excerpt=True, genre="4 a 巡察 finding with what was done (news), cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("梁河县委第三巡察组", "芒蚌村党总支"), headline=head(),
        problems=[_p(None, "李某某对补偿有异议,先后堵了3次路,影响到75户300余名村民的正常出行", None, [], "done", 1)],
        anomalies=[
            "News item without headline or date; '今年3月', '3月28日' have no year (R60).",
            "NEW: one problem found by the 巡察组 (a blocked village road), titled by the verified account (the 党总支 "
            "书记's clause), not the villager's complaint.",
            "Status done from the opening: '巡察组来了以后帮我们解决了问题,现在路已经通畅了'.",
            "Inspected '芒蚌村党总支' (the feedback sentence: '巡察组将问题反馈至芒蚌村党总支进行整改'); no unit (R104).",
            "Cut by the store in the paragraph of what the 党总支 did ('及时召开会'): measures 1, as far as the copy goes.",
            "'75户300余名' are households and people (R68).",
        ]),
    'www6ccc_weixi_xuncha_septic_tank_news_trad_cut': dict(
        excerpt=True, genre="4 a 巡察 finding with what was done (news), traditional copy, cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("十四屆維西縣委第三輪巡察第一巡察組"), headline=head(),
        problems=[_p(None, "内部却是污水满地,现场还有污水源源不断地从球场边的化粪池溢出", None, [], "done", 1)],
        anomalies=[
            "Traditional news item without headline or date; inspector as printed in the page's script.",
            "NEW: one problem the 巡察组 found on a household visit; title the finding's clause, simplified (R91).",
            "Status done: '解決了化糞池溢水的情況'; measures 1 (the paragraph after '問題反饋后').",
            "Inspected null: the feedback goes to '鎮黨委、村“兩委”', unnamed; no unit.",
            "Cut by the store in the closing sentence ('在大家的共同努力下,活').",
        ]),
    'dvnusur_wuhai_park_check_five_firms_trad': dict(
        excerpt=False, genre="6 a check naming five firms' faults with recheck tallies; traditional glossed copy",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("園區(qū)現(xiàn)場督查組"), headline=head(),
        problems=[_p(None, f, None, [], None, 0) for f in _DV_FIRMS],
        anomalies=[
            "Traditional copy with glosses ('園區(qū)', '發(fā)現(xiàn)'); problem titles simplified without glosses (R91); "
            "the inspector keeps the page's script and glosses.",
            "No title, no year ('7月5日', R60); chrome '上一條:/下一條:' at the end.",
            "A check's results: kind null (R29); one problem per firm (R12), split on ';' in the sentence naming them.",
            "NEW: '5家企業還存在廠區標識牌老化陳舊、部分廠區施工管理不規範等共性問題' adds faults of the same five firms: "
            "not a sixth problem.",
            "Headline null: 36/28 (自查), 8/7 (移交 复核), 3/3 (案例), 11/10 (复查) are rechecks of others' findings "
            "(R53/R62); '10個重點點位' are places.",
            "No answer per firm ('已與相關企業達成整改共識' is general): measures 0, status null; no units.",
        ]),
    'vbdhwr157_changde_ducha_meeting_figures_spun': dict(
        excerpt=False, genre="5 city figures only (meeting news, spun copy)",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(290, 277), problems=[],
        anomalies=[
            "A spun (machine-reworded) copy of a city meeting report: no title, no year ('11月23日', '11月22日', R60).",
            "Headline 290/277: '290个突出环境问题由中央环保督察组和省委、省政府交办,其中已有277个成功完成整改'; '95.5%' is a "
            "rate (R68).",
            "The '比如…等13项' issues are named in one sentence: [] (R19); inspector null (several bodies), inspected '我市' "
            "relative.",
        ]),
    'baogaosu_dongxiang_six_counties_poverty_audit_rectification_news': dict(
        excerpt=False, genre="6 audit-rectification wording (审计发现…问题…整改); 5 figures; 7 a D.M.Y page date",
        kind=None, title=None, issuer=None, report_date="2017-07-31",
        inspection=ins("省审计厅", "东乡县、清水县、庄浪县、景泰县、岷县、宕昌县6县"), headline=head(rules=94), problems=[],
        anomalies=[
            "A news repost (aggregator) of a provincial audit office's item: kind null (R30), its headline "
            "'东乡县等6县认真落实扶贫审计整改' is a news headline, title null (R34); byline '供稿:农业处  曹务广'.",
            "Page date '31.07.2017  14:01' read D.M.Y (R45): 2017-07-31.",
            "Inspector the audit office ('省审计厅', issue 10 #7); inspected the six counties as printed; '今年' gives no date.",
            "The audit's findings are named in one sentence for six counties ('审计发现…等问题'): [] (R19).",
            "Headline: rules_made 94 ('制订修订相关制度94项', R74); '5941人', '527人', money and '189人次' are no figures "
            "(R68); '大部分已得到整改' gives no done count.",
        ]),
    'liunan_district_poverty_fund_audit_news': dict(
        excerpt=False, genre="6 audit finding and rectification in one news item; 7 an audit period in prose",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("柳南区审计局", None, "2017-05-15", "2017-06-23"), headline=head(), problems=[],
        anomalies=[
            "A district audit office's news item: kind null (R30/R31), the headline '开展扶贫资金审计 促进专项资金管理' is "
            "a news headline (title null, R34); no date line (the url's date is not read, R60).",
            "Audit period '自2017年5月15日至6月23日' (the end takes the start's year).",
            "The three faults are named in one sentence ('存在A、B以及C等问题'): [] (R19); the 一是/二是/三是 list is the "
            "audit's method, not problems or measures.",
            "Inspected null: '被审单位' is unnamed (the object is a fund, R48); '被审单位…进行及时整改' gives no count.",
        ]),
}

EXPECTED = {k: len(v["problems"]) for k, v in DOCS.items()}
MEASURES = {k: [p["measure_count"] for p in v["problems"]] for k, v in DOCS.items()}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text by another route than the labels."""
    if stem.startswith(("gzlps", "baiyin", "vbdhwr157", "baogaosu", "liunan")):
        return 0
    if stem.startswith("hyx"):
        return len(re.findall(r"^\d+\.\S", text, re.M))
    if stem.startswith("jingzhou"):
        return len(re.findall(r"^一、反馈问题$", text, re.M))
    if stem.startswith("jintan"):
        return len(re.findall(r"“[^”]+”的问题", text))
    if stem.startswith("lukou"):
        return len(re.findall(r"^反馈问题:", text, re.M))
    if stem.startswith(("spocapp", "dahe", "ynjjjc", "www6ccc")):
        return 1  # one finding per story; checked by its title's presence below
    if stem.startswith("dvnusur"):
        return len(re.findall(r"(?:焦化|公司)(?:存在|煤棚|宣傳|有三塊)", text))
    raise KeyError(stem)


def recount_measures(stem: str, text: str) -> list:
    """Second count of measures by a different route (enumerators or paragraphs in the answering block)."""
    if stem.startswith(("gzlps", "baiyin", "vbdhwr157", "baogaosu", "liunan")):
        return []
    if stem.startswith("hyx"):
        return [0]
    if stem.startswith("jingzhou"):
        return [len(re.findall(r"^\d\.", between(text, "三、完成情况", "事项整改已完成"), re.M))]
    if stem.startswith("jintan"):
        return [len(re.findall(r"[①②③④⑤⑥⑦⑧⑨]", text))]
    if stem.startswith("lukou"):
        return [len([ln for ln in between(text, "整改措施:", "\n\n").split("\n") if ln.strip()])]
    if stem.startswith("spocapp"):
        return [len([ln for ln in text.split("\n") if "魏莊村開展為期100天" in ln])]
    if stem.startswith("dahe"):
        return [len([ln for ln in text.split("\n") if ln.startswith("陈庄村党支部接到通知后")])]
    if stem.startswith("ynjjjc"):
        return [len([ln for ln in text.split("\n") if ln.startswith("对于巡察组反馈的问题")])]
    if stem.startswith("www6ccc"):
        return [len([ln for ln in text.split("\n") if ln.startswith("問題反饋后")])]
    if stem.startswith("dvnusur"):
        return [0] * 5
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    probs = d["problems"]
    assert MEASURES[stem] == recount_measures(stem, text), (stem, MEASURES[stem], recount_measures(stem, text))
    ptext = simp(text, GLOSS) if "_trad" in stem else text
    check_problems(stem, probs, ptext, category_in=ptext, units_in=ptext, deadline_in=ptext, seq_in=text)
    check_doc(stem, d, text, date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"{y}{m}{dd}日"),
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{dd:02d}.{m:02d}.{y}"))


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=13, urls=URLS)


if __name__ == "__main__":
    main()
