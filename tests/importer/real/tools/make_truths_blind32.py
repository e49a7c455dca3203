"""Write the texts and truth files of tests/importer/real/blind32: a held-out set of real pages from the party-inspection
and audit territory (巡察/巡视 整改进展 通报, 立行立改 公布, 巡察/巡视 feedback news, 审计结果 pages of courts,
procuratorates, hospitals, towns and health bodies), labelled on 2026-12-06 (17:52-18:30 UTC) by helper label43, who did
not read or change the parser (zhenggai/importer/, tests/importer/*.py, tests/importer_app/) and did NOT run it on this
set: the lead scores it. Labelled at the same time as label45 (/work/wt/label45: 生态环境/督察/督查/检查/one-task 公示
pages), label44 (snippets27: 巡察整改 leads by sector), writer15 and writer16, whose trees were checked for urls and
phrases before committing.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C16), make_truths.py (head/ins/prob) and
make_truths_blind31.py. The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as JSON strings
into TEXTS and decoded (chrome, glosses '領(lǐng)導(dǎo)', an image file name kept as returned). ``excerpt`` is true for the five
copies cut inside their text (hbfy and dgjj in section 一, spp in the second unit's paragraph, tsszxyjhyy in the last
paragraph, fsmingyun in the pledge's 一是) and false for the four that reach the page's last line (qhdzy's contact footer,
zhuxi's and yuwangtai's closing sentence, pdsjjw's third body).

No url is in an earlier truth: every url in .json/.txt/.md/.py/.html files under /work/main/tests/importer,
/work/shared/corpus and every /work/wt/* worktree (label44, label45, writer15, writer16 included) was collected (1,162
keys at the start, 1,206 (this worktree excluded) at the final check before the commit, all 9 new; host+path+query,
scheme, 'www.', ':80', '#…' and a trailing '/' dropped, lower case, percent-decoded), each page's key checked against them
and a distinctive phrase of each page grepped in the same trees ('195项具体整改措施', '如我在诉', '民事行政检察厅',
'竹溪县卫生健康局', '禹王台区卫生健康委员会', '马厂镇党委存在问题', '东莞市人民检察院党组', '市委第五专项巡察组', '肖厚年': none
found outside this set). Two pages first labelled here (a 厦门 police bulletin with '细化整改措施203条' and a 临沂 transport
bureau bulletin) were taken by label44's snippets27 during this session: dropped before the final commit (R3).

Queries (``pages`` corpus, 45): 医院党委 巡察整改进展情况的通报 整改时限 责任领导; 大学党委 巡视整改进展情况 通报 问题1 整改进展; 主题教育
检视问题清单 序号 问题 整改措施 完成时限 责任领导; 村党支部 巡察反馈问题 整改情况公示 问题 整改措施 完成时限; 国有企业 党委 关于巡察整改进展情况的
通报 关于 问题的整改 已完成整改; 审计发现问题 整改情况 问题一 整改情况:已完成 问题二 学院; 民主生活会 查摆问题 整改清单 整改措施 整改时限 责任人
领导班子; 镇党委 关于巡察整改情况的报告 一是 二是 已整改到位 整改进展; 巡察反馈问题整改落实情况 问题1: 整改措施: 整改结果:已完成 学校党总支;
审计查出问题整改情况 (一)1. 未按规定 已整改 收回资金 县 预算执行; 卫生院 巡察反馈意见整改情况 存在问题 整改情况 已完成 持续整改; 巡察整改 问题清单
1.存在 整改时限:2023年 整改进展:已完成 2. 3.; 经济责任审计结果公告 审计发现的主要问题 整改情况 乡镇 1. 2. 已整改; 县法院党组 关于巡察整改进展
情况的通报 反馈问题 整改完成; 供销社 党组 巡察整改 进展情况 公告 具体问题 已完成整改 个; 烟草 电力 公司党委 巡视反馈问题整改 完成率 项 已整改
问题清单; 关于巡察整改情况的公示 村委会 反馈问题 整改结果 已完成 村民; 检察院党组 巡察反馈意见整改情况 通报 1. 整改情况:一是 二是; 人民法院
党组关于巡察整改情况的通报 具体问题整改情况 整改情况:; 立行立改事项整改进展情况 予以公布 巡察组移交 已完成 关于 问题 整改措施及成效; 党组关于
巡视整改进展情况的通报 反馈问题一:关于 的问题 1. 整改情况; 审计结果公告 被审计单位 存在的主要问题 1. 2. 3. 整改情况 已整改 卫生健康局 学校;
高校 党委 关于校内巡察整改情况的通报 学院党委 问题 整改措施 已完成; 巡察整改进展情况 社区党委 反馈问题 整改措施 整改时限 完成情况 已完成 正在推进;
主题教育 检视问题整改落实情况 公示 问题 整改措施 整改成效 已完成; 巡察集中整改进展情况予以公布 村党总支 反馈问题 个 已完成整改 关于 方面 1.对于;
巡察移交立行立改事项 整改情况 公布 关于 问题 已整改 欢迎监督; 关于审计发现问题的整改情况 1.关于 的问题 整改情况:已 2.关于 的问题 整改情况;
巡察反馈问题整改台账 问题描述 整改措施 责任领导 责任科室 整改时限 完成情况 医院; 中共 局党组关于巡察整改进展情况的通报 (一)关于 问题
整改情况:已完成 整改情况:持续推进; 公安局党委 巡察整改 通报 反馈问题 整改完成 问题1; 學校 黨委 巡視整改進展情況 通報 問題 整改 已完成;
移交立行立改问题 整改情况 公示 …; 税务局党委 巡察整改进展情况的通报 …; 集团公司党委 关于巡视整改情况的通报 …; 党支部 组织生活会 查摆问题
整改落实情况 …; 巡察组反馈 村 存在问题 整改情况 1. 已整改 …; 立行立改事项整改情况 予以公布 党组 市委巡察组移交 …; 经济责任审计 反馈问题 整改报告
…; 水利局党组 关于巡察整改进展情况的通报 …; 交通运输局党组 巡察整改情况 公布 关于 问题的整改 整改进展:已完成; 人民检察院党组关于巡察整改进展情况的通报 反馈问题 整改; 审计整改结果公告 被审计单位 审计发现问题 已整改 整改情况如下 一、;
中级人民法院 司法巡查 反馈问题 整改情况 通报 问题 已整改; 学院党委关于巡察整改进展情况的通报 反馈问题 1. 整改情况 已完成 学院; 医院党委关于
巡察整改进展情况的通报 市委巡察组 反馈意见 整改完成 个问题.
Site-index junk (abg.baidu, zhetiaohe, fengdujob) not counted.

Exhaustion: the centre of the genre is used up, as blind31 said. Of 69 rectification-looking urls checked by key, 58 were
known: the hospital family (lyruiju 宣城, gztusheng 胸科, zuzhaopin 襄阳, lydyyy, sqjw, wjw.zhuzhou, puupupc, wjw.taizhou,
rcwkj, xuecheng), universities (whu 本科生院, blcu, ycit, hyit), towns and villages (xingning 叶塘, zgsuixian 均川, sx.hsjw
徽城, jiading 徐行, studioretreats 120村, ynjjjc 麒麟, dqzjw 维西, hhzjjjc 金垦二, wbq 姜南), state companies (asdi,
bipartisan-report, ycqb 交投, 61qy 国家电网), courts (fj.ptzy 莆田, lzq 利州, wfxfy 五峰, wjgqfy 伍家岗, cdqy 青羊, ssqfy 沙市),
procuratorates (hxfzzx 莆田, haerbin.baogaosu and hfzxmc 最高检, zhongshan.jcy), police (jieyang, jiwei 东营, zslz, wxrb
无锡, maika88 武陵源), transport and water (hnhs 赫山, aqjjjc 安庆, stickemin 交通运输部, haizhu 水务, swj.sh 水务), audit
(ruijin, saintpaulhem, gdcy 潮阳, cixird, sjj.ningbo, xdscy, silkroad, zs.gov.cn), km, ttnews 湘潭, ezhou, fangchan 广州住建,
wuch; and xmcdi/ymlz (label44, above). New by key: 11; taken: 9 (below). New and declined: kygw.cn (a second copy of the
交通运输部 巡视整改 通报 labelled from stickemin in blind20: R4), alex-chef (a university's feedback to five colleges with no
year and no count). Declined on content without a key check: news of meetings, 进驻 and 巡察公告 without findings or
figures (nllz, fmrmzx, xinmi, azyfy, iazzy, cqu, aqnu, cumt, 788ce trad, zznu, hbust, zzu, bgy, scriptsandjava trad, qfjh,
qinfeng, zjphol, tlxcwttd, lcffcl, jsdyjw, qzqjjjc, fjsyxww, nmgjjjc, 111.205 海南检察, pingli, bshljm, 12309, qdjcy,
baogaosu 两会, mnnu, maiji, meipian 4o9xs8f1, jidianku, miaochunbao, 2012.spacechina, chinapower, dgchwlkj (a spun copy),
chinarein, bar347 trad, shangyoutai trad, mayaimage trad, victor-kf trad, gansu.gscn, peopleweekly, mishuzj, nanmuxuan,
crntt trad, jxnu), fiction (xsjgt), papers (fx361, scholarmate, jxxfw), essays (guanshanwenku, paiqing-icetech), photo
captions (audit.gov.cn), audit-office tallies (sjt.gxzf, yohu9), audit meetings (ingsd, scfzw, czcit, bbmc, ayfybq, buu,
xatzy, tskpjs, dvnkrgt, jsmc), two results with no url (a 市公安局 巡察情况通报, a 华电 trad news: nothing to cite).

Kinds (issue 10): (2)+(7) a 高院 巡视整改进展 通报 with title, date line, period and feedback in prose, '4个方面62个问题'
and '195项具体整改措施' in the organisation section and a cut there (hbfy); (2)+(7) a procuratorate's 巡察集中整改进展 公布
without title, the feedback day's year from the period, cut in the organisation section (dgjj); (3)-like a 中院's 公布 of
the two 立行立改事项 a 巡察组 handed over, each '一、关于“…”问题' with '整改措施及成效:' and a done count (qhdzy); (5)+(7) a
news item on a 巡视组's feedback to two units, period without a year and feedback on two days (spp); (5)+(7) a hospital's
news of a 专项巡察 feedback whose day takes the year of a '2024/1/19' date line (tsszxyjhyy); (5)+(6) a glossed
traditional hospital news item of a feedback with areas, four recommendations and no year (fsmingyun); (5) a 市委巡察组's
feedback to three towns, each '<town>党委存在问题:' with ';' prose (pdsjjw); (6)+(7) a titled 审计结果公告 with the audit
period and the findings in one sentence (yuwangtai); (7) an 经济责任审计 result page with the audit's start day and the
findings in one sentence (zhuxi).

Problems: 2 (qhdzy 2; the eight other pages 0; s24, lead: C36: 4, zhuxi and yuwangtai 1 each), counted by reading and recounted in main() by regex on each text ('问题\n
整改措施及成效:' twice; no numbered item line on the other pages; pdsjjw's three '<town>党委存在问题:' lines hold no numbering).
Measures: qhdzy 1 + 1 (each '整改措施及成效:' is one undivided paragraph, R96; recount: one paragraph line after each label).
Reading and recount agree. Every non-null value is re-found in the text by main(): titles, categories, units, issuers,
inspectors/inspected, headline numbers, each date's month and day, report dates as printed.

Judgement calls (each also in the truth's anomalies):
- (NEW) qhdzy: the document is wholly about the two 立行立改事项 the 巡察组 handed over, so '移交立行立改事项2件…已完成2件'
  is its problems_total/problems_done (2/2) - R68's exclusion of a round's 立行立改 subset is for round summaries where the
  subset sits beside a larger total; here there is no other count. Status done for both (R71/R94: '已完成2件' covers every
  listed item). The bodies in '责成…执行局案件协调管理处进行整改' / '责成立案一庭立行立改' are the units (R104 extended from
  '由<unit>…负责' to '责成<unit>整改'). Titles strip the '关于“…”问题' wrapper, keeping the inner quotes '“如我在诉”'. No title
  line, no signature, no page date: title/issuer/report_date null; kind bulletin (R27: a 公布 of rectification done).
- (NEW) spp: the news names each unit's problems in one '存在A、B…等问题' sentence per unit: [] (R19/R20 per-body prose);
  '4月20日至5月31日' takes the year of the date line 2018 (R58); feedback '7月10日、11日' to two units on two days → null
  (R56/C10); inspected the two bodies as the sentence names them (R47); the headline is a news headline: title null (R34/C7).
- tsszxyjhyy: '1月17日' takes the year of the date line '时间:2024/1/19' (R58) → feedback 2024-01-17; the date line →
  report_date (R40/R45); problems one sentence → [] (R19); news: kind and title null (R30, R34/C7).
- fsmingyun: areas named in one sentence → [] (R19/R23); '四點意見' are recommendations (R68); inspected '市中醫院' as the
  feedback sentence names it (R47; '巡察我院' is relative); '5月26日' has no year in the text: no date (R60); doc fields in
  the page's script (R91).
- pdsjjw: three '<town>党委存在问题:' paragraphs of ';' prose: per-body unnumbered prose → [] (R20, blind26 putuo); '6月27日'
  has no year (R60): no feedback date; inspected as named ('太康县马厂镇、板桥镇、逊母口镇等3个乡镇党组织', R47).
- yuwangtai: a titled 审计结果公告 → bulletin (blind8/blind9 audit announcements); the column tag '【审计公告】' dropped from
  the title (R32); the audit '自2021年3月1日至5月10日' → start/end (blind22's audit call); '三、审计发现的主要问题' is one
  '、'-list sentence → [] (R19); '部分已整改完毕' is partial: no figure (R71); '2021年第3号(总第8号)' is a serial, no date.
- (NEW) zhuxi: an 经济责任审计 result page without title: kind null (snippets25 pingshui: no title line → null);
  inspected '竹溪县卫生健康局' (the body the findings sentence names; the audit is of its former head's 经济责任);
  '于2022年10月24日起' is a launch day → start only (R52); '已整改到位' without a count: no figure.
- hbfy: most specific level '62个问题' is problems_total, '195项具体整改措施' measures_total (R64/R73); '19个牵头部门' counts
  bodies (R68); '发布时间:2026-01-08' → report_date.
- dgjj: '中共东莞市人民检察院党组(以下简称“市检察院党组”)' kept with its short name (R47); '7月25日' after the 2023 period →
  2023-07-25 (R58); no title line (the copy starts at the lead): kind bulletin as seed 003 (a 巡察整改进展 公布),
  title/issuer/report_date null.
"""
import json
import re
from pathlib import Path

from make_truths import (check_headline_printed, check_inspection_dates, check_names, check_problems, check_report_date,
                         head, ins, prob, write_labelled_set)
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind32"

TEXTS = {
    'hbfy_high_court_xunshi_progress_62_problems_cut': r'''"中共湖北省高级人民法院党组关于十二届省委第八轮巡视整改进展情况的通报\n\n发布时间:2026-01-08  访问次数:424\n\n根据省委巡视工作统一部署,2024年10月15日至12月31日,省委第五巡视组对省法院党组开展了巡视,并于2025年2月12日反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n\n一、党组履行巡视整改主体责任情况\n\n(一)提高站位抓整改。省委巡视组反馈意见后,省法院党组迅速传达学习习近平总书记关于巡视工作的重要论述,要求切实把思想认识统一到习近平总书记重要论述精神上来,统一到省委巡视反馈意见和整改工作要求上来,把巡视整改工作作为重大政治任务、重大政治责任、重大政治检验,着力强化政治意识、政治纪律、政治规矩,进一步增强抓好巡视整改工作的思想自觉和行动自觉。\n\n(二)压实责任抓整改。省法院党组坚决落实党中央决策部署和省委工作要求,全面履行巡视整改主体责任,及时成立以党组书记、院长游劝荣为组长的巡视整改工作领导小组,统筹协调巡视整改工作,组织制定巡视整改工作方案、工作台账,及时研究巡视整改工作的重大事项、关键环节和疑难问题。游劝荣同志认真履行第一责任人责任,坚持把自己摆进去,带头对照查摆,带头整改落实。班子成员积极履行“一岗双责”,扎实抓好分管部门的整改工作,及时调度整改工作进展情况,推动巡视整改取得实效。各责任部门切实履行整改责任,细化工作措施,不折不扣落实好各项整改任务。\n\n(三)紧盯落实抓整改。针对省委巡视指出的问题,省法院党组在深刻反思剖析、逐条梳理分析的基础上,认真研究制定整改工作方案,围绕省委巡视反馈的4个方面62个问题,制定195项具体整改措施,细化落实到19个牵头部门,并逐一明确"''',
    'qhdzy_court_two_lixingligai_items_done': r'''"根据市委巡察工作统一部署,2024年3月29日至5月31日期间,市委第四巡察组对中共秦皇岛市中级人民法院党组开展常规巡察,期间移交立行立改事项2件,现将立行立改事项整改进展情况予以公布。\n截止6月6日,市委第四巡察组移交的2件立行立改事项已完成2件,主要情况如下:\n一、关于“市中院在办理司法救助案件材料过程中,“如我在诉”、“如我在访”意识淡薄,为民办实事观念不强,存在工作作风不实,办事拖拉”问题\n整改措施及成效:收到巡察反馈问题后,市法院党组高度重视,立即责成我院执行局案件协调管理处进行整改。执行局案件协调管理处对省法院印发的《关于进一步规范开展国家司法救助工作的办法(修订)》以及为民办实事的相关要求进行了认真的学习,举一反三,全面排查工作中存在的疏漏环节,确保今后收到的司法救助申请材料第一时间转交省法院。5月30日-6月6日,我院未收到司法救助申请,2024年3月以来收到的8件司法救助申请,已全部转交省法院。\n二、关于“市中院工作作风不扎实,存在超过法定时限立案”问题\n整改措施及成效:收到巡察反馈问题后,市法院党组高度重视,通报全体党组成员认真研究,责成立案一庭立行立改。立案一庭对立案的相关规定和司法为民理念进行了全面学习,举一反三,确保此类问题不在发生。5月30日-6月6日,共立案83件,无一超期情况。\n欢迎广大干部群众对巡察移交立行立改事项整改进展情况进行监督。如有意见建议,请及时向我们反映。联系方式:7673067(8:30-17:30);通讯地址:秦皇岛市海港区河北大街西段588号;邮政编码:066000。"''',
    'spp_procuratorate_xunshi_feedback_two_units_news': r'''"最高检党组第五巡视组向最高检两个厅级单位党组织反馈巡视情况\n时间:2018-07-12  作者:郭洪平  来源:检察日报\n【字体:  \n\n本报北京7月11日电(全媒体记者郭洪平)根据最高人民检察院党组统一部署,最高检党组第五巡视组于4月20日至5月31日对最高检机关服务中心、民事行政检察厅党组织开展巡视。7月10日、11日,最高检党组第五巡视组分别向最高检机关服务中心、民事行政检察厅党组织反馈了“机动式”巡视情况。最高检党组成员、中央纪委国家监委驻最高检纪检监察组组长苏德良代表最高检党组讲话。\n\n巡视组先后向最高检机关服务中心、民事行政检察厅党组织负责人反馈了“机动式”巡视情况。机关服务中心、民事行政检察厅分别召开巡视情况反馈会,巡视组组长张晓玉反馈了巡视情况,提出巡视整改要求。两个厅级单位党组织负责人作表态发言。\n\n在向机关服务中心反馈情况时,张晓玉指出,机关服务中心党总支紧紧围绕服务保障检察中心工作,强化制度建设和作风建设,机关后勤服务保障工作取得新成绩。但也存在政治理论学习不够深入、党内生活不够严格、主体责任落实不够到位、干部职工管理监督不严等问题。同时,巡视组还收到反映一些干部问题的线索,已按规定转交有关方面处理。\n\n针对巡视发现的问题,张晓玉提出六点意见建议:进一步增强“四个意识”;严肃党内政治生活;把纪律建设摆在更加突出位置;坚持落实中央八项规定精神;强化日常管理;聚焦问题整改。\n\n在向民事行政检察厅反馈情况时,张晓玉指出,民事行政检察厅党支部和领导班子带领全厅人员认真落实新发展理念,强化民事行政诉讼监督,积极推动公益诉讼改革,为经济发展社会稳定提供有力司法保障。但也存在贯彻落实党中央和最高"''',
    'zhuxi_health_bureau_economic_audit_one_sentence': r'''"根据《中华人民共和国审计法》的规定,竹溪县审计局于2022年10月24日起采取就地审计的方式,对竹溪县卫生健康局原主要负责同志履行经济责任情况进行了审计。审计发现竹溪县卫生健康局存在少发放计生特别扶助金、未按规定分配基本公共卫生服务项目补助资金、超比例预留保证金、无规范票据核销劳务费等问题,对上述问题,竹溪县审计局对卫生健康局提出加强计划生育资金管理、加强基本公共卫生服务项目补助资金管理、加强项目管理等建议。\n针对本次审计发现的问题,竹溪县卫生健康局积极整改,采取及时补发少发资金、将资金纳入2023年度基本公卫资金分配、退回不规范核销资金等措施进行整改。截至目前,该单位审计发现问题已整改到位。"''',
    'yuwangtai_health_commission_audit_result_notice': r'''"【审计公告】禹王台区卫生健康委员会2020年度预算执行及其他财政收支情况审计结果公告\n2021年第3号(总第8号)\n根据《中华人民共和国审计法》第十六条规定和禹王台区审计局2021年工作安排,禹王台区审计局派出审计组,自2021年3月1日至5月10日,对禹王台区卫生健康委员会(以下简称区卫健委)2020年度预算执行及其他财政收支情况进行了审计。现将审计结果公告如下:\n一、基本情况\n区卫健委是区政府综合管理医疗卫生健康工作的正科级职能部门,其主要职责是:贯彻执行党和国家,省委、省政府以及市委、市政府国民健康、卫生健康事业发展法律法规、政策、规划;统筹规划全区卫生健康资源配置,负责全区区域卫生健康规划编制和实施;按照权限发布有关法定传染病疫情信息、突发公共卫生事件应急处置信息等职责。区卫健委机关内设机构一个:综合办公室。2020年底,区卫健委行政编制人数5人,实有在职行政编制人数5人。\n二、审计评价意见\n收入支出情况:区卫健委2020年预算收入877万元,实际收入2,406.4万元;预算支出877万元,实际支出2,369.58万元。\n审计结果表明:区卫健委提供的2020年度的会计资料和其他证明材料基本真实地反映了该年度财政财务收支情况。但还存在超预算支出、支出手续不合规、账务处理不规范等问题。\n三、审计发现的主要问题\n专项资金未单独核算、收入支出挂往来、会计处理不规范、应计未计固定资产账、超预算支出等问题。\n四、审计处理及整改情况\n对此次审计发现的问题,禹王台区审计局已依法出具了审计报告和审计决定。区卫健委对审计发现的问题高度重视,积极进行整改,截至公告之日部分已整改完毕。"''',
    'pdsjjw_three_towns_feedback_body_prose': r'''"6月27日,周口市委巡察组分别向太康县马厂镇、板桥镇、逊母口镇等3个乡镇党组织反馈巡察情况。\n马厂镇党委存在问题:党组织领导核心弱化,党建工作薄弱,基层党组织战斗堡垒作用发挥不够,“两个责任”履行不力;政治意识不强,落实扶贫惠民政策有偏差,扶贫项目存在较多问题;工作纪律松懈,关注民生不够,违反廉洁纪律和群众纪律时有发生,违反财务制度问题突出,“三资”管理混乱,黑恶势力侵害群众利益现象时有发生。\n板桥镇党委存在问题:对意识形态工作重要性认识不足,“两个责任”落实不到位;重业务,轻党建,党的组织制度落实不严格,党费收缴不规范,村级班子弱化;违反群众纪律、侵害群众利益问题突出;宣传党的扶贫政策不到位不深入,落实扶贫政策“棚架”,帮扶措施不到位,扶贫项目问题频出。\n逊母口镇党委存在问题:党委核心作用不强,重业务轻党建,落实脱贫攻坚决策部署打折扣,搞变通;组织生活不严肃,政治生活不正常,基层党组织建设薄弱;主体责任缺失,监督责任缺位;脱贫攻坚重视不够,扶贫项目问题较多;违反群众纪律、侵害群众利益问题屡禁不止,违反工作纪律,失职失责;危房改造问题突出;个别行政村存在村霸家庭黑恶势力。"''',
    'dgjj_procuratorate_xuncha_progress_lead_cut': r'''"根据市委统一部署,2023年3月6日至5月31日,市委第三巡察组对中共东莞市人民检察院党组(以下简称“市检察院党组”)进行了巡察。7月25日,市委巡察组向市检察院党组反馈了巡察意见。根据《中国共产党巡视工作条例》和《中国共产党党内监督条例》有关规定,现将巡察集中整改进展情况予以公布。\n一、以政治建设为统领,把巡察整改作为重大政治任务抓紧抓实\n(一)统一思想认识,切实增强巡察整改的政治自觉、思想自觉和行动自觉。深入学习贯彻习近平总书记关于巡视工作的重要论述精神,把接受市委巡察作为坚定捍卫“两个确立”、坚决做到“两个维护”的实际行动。充分认清做好巡察整改工作的极端重要性和现实紧迫性,迅速将思想和行动统一到市委巡察反馈意见和整改工作部署要求上来,以高度的政治自觉、思想自觉、行动自觉,确保各项巡察工作要求不折不扣落到实处。\n(二)加强组织领导,坚持边巡边改、立行立改。市委第三巡察组进驻市两级检察院开展巡察工作以来,市检察院党组高度重视,成立市检察院巡察整改工作领导小组及办公室,由党组书记、检察长任组长,相关分管院领导任副组长及成员,在办公室下设综合材料组、协调联络组、信访举报核查组、后勤保障组,全面对接、全力支持配合市委巡察组开展工作,为巡察工作创造良好环境。对巡察组初步反馈的问题边巡边改、立行立改,坚持举一反三,对问题产生根源及同类问题整改进行系统研究部署。\n(三)强化督促检查,确保巡察整改成效。对巡察组指出的问题诚恳接受、照单全收,坚决抓好整改落实。召开巡察整改相关党组会,专题研究和持续推进巡察整改工作,审议制定相关制度。党组主要负责同志坚持亲自部署、亲自谋划、亲自推动整改工作,"''',
    'tsszxyjhyy_hospital_xuncha_feedback_news_dateline_year': r'''"✜ 党群工作专栏► 您现在位置:党群工作 >> 党群工作专栏 >> 浏览文章\n    市委第五专项巡察组向市第二人民医院党委反馈巡察情况\n    时间:2024/1/19 11:27:48    作者:党建办 薛文娟\n\n    根据市委统一安排,1月17日,市委第五专项巡察组巡察市第二人民医院党委情况反馈会议召开。市纪委常委、市委巡察工作领导小组成员、市委巡察办主任苏华出席会议并讲话。会前,市委巡察组向市第二人民医院党委主要负责同志反馈巡察情况。会上,市委第五专项巡察组组长李康宁市第二人民医院党委反馈了巡察意见。市第二人民医院党委书记曹宝国主持会议并作表态发言。\n\n\n    微信图片_20240119112915.jpg\n\n\n    李康宁指出,从巡察情况看,市第二人民医院党委能够贯彻落实党中央决策部署和省市委工作要求,健全完善现代医院管理制度,深化医院综合改革,积极承担公立医院社会责任,医疗质量稳步提升。同时,巡察发现医院党委还存在贯彻落实党的卫生健康工作方针不到位、推动医院高质量发展进展缓慢、党建引领作用发挥不充分、人才队伍建设不合理等问题。\n\n    苏华强调,巡察整改是检验被巡察党组织领导干部“四个意识”的试金石,市第二人民医院党委要提高政治站位,强化使命担当,把巡察整改作为一项政治任务来抓,强化政治自觉,主动认领问题,从严从实抓好整改落实。要严格落实《天水市巡察整改和成果运用实施办法》相关规定,认真对照巡察反馈意见,全面梳理问题清单、任务清单、责任清单,明确整改措施和整改责任人,确保整改取得实效。要强化巡察成果运用,把巡察整改与医院中心工作紧密结合起来,把“当下改”和“长久立”结合起来,以整改质效推动各项工作全面提升,为天水卫生健康事业高质量发展做出更大的贡"''',
    'fsmingyun_tcm_hospital_xuncha_feedback_trad_noyear': r'''"根據(jù)市委巡察工作領(lǐng)導(dǎo)小組的部署,5月26日上午,市委第三巡察組巡察我院情況反饋會召開。市委巡察辦主任賴傳濤,市委第三組巡察組長肖厚年,市委第三巡察組副組長陳偉,市委第三巡察組聯(lián)絡(luò)員曾建平出席了會議,市中醫院院長劉少華主持,并作表態發言。院黨政班子成員、機關(guān)部門全體干部職工、臨床及醫技部門的中層干部、副高級以上職稱的專業技術人員、離退休干部職工代表等共計92人參加會議。\n會上,市委第三巡察組組長肖厚年向領(lǐng)導(dǎo)班子反饋了巡察意見,指出市中醫院在黨的領(lǐng)導(dǎo)、全面從嚴治黨、糾正行業不正之風(fēng)等方面存在的問題,針對存在的問題,巡察組提出四點意見:一是著力加強黨的領(lǐng)導(dǎo);二是全面加強黨的建設(shè);三是全面壓實“兩個責(zé)任”;四是建立治理長效機制。他強調(diào),市中醫院黨政一把手要自覺擔(dān)負主體責(zé)任,領(lǐng)導(dǎo)班子成員切實履行“一崗雙責(zé)”要求,迅速組織力量,制定整改方案,明確整改責(zé)任,層層傳導(dǎo)壓力,深入開展自查自糾,舉一反三,全面整改。\n院長劉少華代表醫院領(lǐng)導(dǎo)班子作表態發言時指出,反饋意見實事求是,全面客觀,針對性和指導(dǎo)性非常強,對推動市中醫院更好更快的發展指明了方向,市中醫院領(lǐng)導(dǎo)班子完全接受、悉數(shù)認領(lǐng),深刻反思,將按照要求認真學(xué)習(xí),深刻領(lǐng)會,專題召開會議進行研究部署,把思想統(tǒng)一到市委的要求上來,認真制訂整改方案,積極進行整改,推進醫院各項工作再上新臺階。一是深化思想認識,正確對待,有效運用巡察結(jié)果。進一步增強政治站"''',
}

URLS = {
    'hbfy_high_court_xunshi_progress_62_problems_cut':
        "http://www.hbfy.gov.cn/DocManage/ViewDoc?docId=c825dfb4-d84b-47fa-977b-dc3a3ba4863e",
    'qhdzy_court_two_lixingligai_items_done': "https://qhdzy.hebeicourt.gov.cn/article/detail/2024/06/id/7977139.shtml",
    'spp_procuratorate_xunshi_feedback_two_units_news': "https://www.spp.gov.cn/spp/zdgz/201807/t20180712_384603.shtml",
    'zhuxi_health_bureau_economic_audit_one_sentence':
        "http://www.zhuxi.gov.cn/xxgkxi/fdzdgk/qtzdgknr/sjbg/202404/t20240424_4516561.shtml",
    'yuwangtai_health_commission_audit_result_notice': "http://yuwangtai.gov.cn/2022/01-13/2337191.html",
    'pdsjjw_three_towns_feedback_body_prose':
        "https://www.pdsjjw.gov.cn/sitesources/zksjjjcw/page_pc/gzdt/xsxc/article71ace73c11f541a3a726bf8123aa0416.html",
    'dgjj_procuratorate_xuncha_progress_lead_cut':
        "https://dgjj.dg.gov.cn/dgjj/newzgqk/202402/350ac75070e9485e9d4836bb992da84d.shtml",
    'tsszxyjhyy_hospital_xuncha_feedback_news_dateline_year': "http://www.tsszxyjhyy.com.cn/v-1-6427/",
    'fsmingyun_tcm_hospital_xuncha_feedback_trad_noyear': "http://fsmingyun.com/news/dynamic/2017-06-01/798.html",
}

TEXT = {k: json.loads(v) for k, v in TEXTS.items()}


# qhdzy: '一、关于“<statement>”问题' lines (R86 wrapper stripped); one '整改措施及成效:' paragraph each (R96)
_QH = TEXT["qhdzy_court_two_lixingligai_items_done"]
_qh_titles = re.findall(r"^[一二]、关于“(.*)”问题$", _QH, re.M)
QHDZY = [_p(i + 1, t, None, [u], "done", 1) for i, (t, u) in
         enumerate(zip(_qh_titles, ["执行局案件协调管理处", "立案一庭"]))]

DOCS = {
    "hbfy_high_court_xunshi_progress_62_problems_cut": dict(
        excerpt=True,
        genre="a provincial high court's 巡视整改进展 通报 on its own site: title, date line, the lead with period and "
              "feedback in prose, '一、党组履行巡视整改主体责任情况' (organisation first) with the counts; cut in (三)",
        kind="bulletin", title="中共湖北省高级人民法院党组关于十二届省委第八轮巡视整改进展情况的通报",
        issuer="中共湖北省高级人民法院党组", report_date="2026-01-08",
        inspection=ins("省委第五巡视组", "省法院党组", "2024-10-15", "2024-12-31", "2025-02-12"),
        headline=head(62, None, 195), problems=[],
        anomalies=["Section 一 is how the rectification was organised; the copy is cut in its (三) ('并逐一明确') before any "
                   "problem: [] (R21).",
                   "'4个方面62个问题' → problems_total 62 (the most specific level, R64); '195项具体整改措施' → measures_total "
                   "(R73); '19个牵头部门' counts bodies (R68); no done count in the copy.",
                   "'2024年10月15日至12月31日' → start/end (year carried to the end day); '于2025年2月12日反馈' → feedback; "
                   "'发布时间:2026-01-08' → report_date (no signature in the copy)."]),
    "qhdzy_court_two_lixingligai_items_done": dict(
        excerpt=False,
        genre="an intermediate court's 公布 of the two 立行立改事项 a city 巡察组 handed over during its inspection: lead "
              "with the period, a done count, '一、关于“…”问题' / '整改措施及成效:' twice, a contact footer; whole page",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第四巡察组", "中共秦皇岛市中级人民法院党组", "2024-03-29", "2024-05-31"),
        headline=head(2, 2), problems=QHDZY,
        anomalies=["(NEW) The page is wholly about the 2 立行立改事项 the 巡察组 handed over: '移交立行立改事项2件…已完成2件' is its "
                   "problems_total/problems_done 2/2 (R62/R71); R68's exclusion of a round's 立行立改 subset applies beside "
                   "a larger total, which this page does not have.",
                   "Two problems '一、关于“…”问题' titled without the wrapper (R86), the inner quotes '“如我在诉”、“如我在访”' "
                   "kept; category null (no heading above them); status done for both ('已完成2件', R94); one "
                   "'整改措施及成效:' paragraph each → 1 measure (R96).",
                   "(NEW) '立即责成我院执行局案件协调管理处进行整改' / '责成立案一庭立行立改' name the rectifying bodies: units "
                   "'执行局案件协调管理处' and '立案一庭' (R104 extended from '由<unit>…负责' to '责成<unit>整改').",
                   "No title line, signature or page date: title/issuer/report_date null (R33, R44); '截止6月6日' and "
                   "'5月30日-6月6日' are progress dates, not inspection dates (R53); no feedback date (handed over during "
                   "the inspection, no day given); kind bulletin (R27, a 公布 of rectification done)."]),
    "spp_procuratorate_xunshi_feedback_two_units_news": dict(
        excerpt=True,
        genre="a procuratorate site's news of a 巡视组's feedback to two units: headline, date line, dateline lead with "
              "the period (no year) and feedback on two days, one paragraph per unit with '但也存在A、B…等问题'; cut in "
              "the second unit's paragraph",
        kind=None, title=None, issuer=None, report_date="2018-07-12",
        inspection=ins("最高检党组第五巡视组", "最高检机关服务中心、民事行政检察厅党组织", "2018-04-20", "2018-05-31"),
        headline=head(), problems=[],
        anomalies=["News of a feedback: kind null (R30); the headline is a news headline, not a document title (R34/C7).",
                   "Each unit's problems are one '但也存在A、B、C、D等问题' sentence in its paragraph: [] (R19; R20 per-body "
                   "prose); '六点意见建议' are recommendations, no figure (R68); clues handed over are no problems (R17).",
                   "'4月20日至5月31日' takes the year of the date line '时间:2018-07-12' (R58); feedback '7月10日、11日' to "
                   "two units on two days → null (R56/C10); inspected the two bodies as the sentence names them (R47); "
                   "the date line → report_date (R40).",
                   "Cut inside the second unit's sentence ('党中央和最高'): excerpt true."]),
    "zhuxi_health_bureau_economic_audit_one_sentence": dict(
        excerpt=False,
        genre="a county portal's 经济责任审计 result page (审计报告 column) without title: the audit's start day, the "
              "findings in one '存在A、B、C、D等问题' sentence, the audit office's recommendations, a rectification "
              "paragraph ending '已整改到位'; whole page",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("竹溪县审计局", "竹溪县卫生健康局", "2022-10-24"),
        # s24, lead: C36 — one audited body's faults in one sentence are ONE problem (R12/R108, R163; was []).
        headline=head(), problems=[_p(None, "竹溪县卫生健康局存在少发放计生特别扶助金、未按规定分配基本公共卫生服务项目补助资金、"
                                            "超比例预留保证金、无规范票据核销劳务费等问题", units=["竹溪县卫生健康局"],
                                      status="done", measures=1)],
        anomalies=["The findings are one '、'-list sentence ('存在…等问题'): [] (R19); the recommendations and the "
                   "rectification paragraph's '采取…等措施' are prose, no count; '已整改到位' without a count: no figure.",
                   "(NEW) No title line: kind null (snippets25 pingshui); inspected '竹溪县卫生健康局', the body the findings "
                   "sentence names (the audit is of its former head's 经济责任); '于2022年10月24日起' is the audit's launch "
                   "day → start, no end (R52).",
                   "No signature or page date in the copy (the url's date is none, R44).",
                   "s24, lead: C36 — an audit of ONE named body naming its faults in one sentence ('审计发现<body>存在A、B等问题') "
                   "has ONE problem (R12/R108, R163 as blind49 maojian; R19's [] stays for feedback news over many bodies or "
                   "a sector): titled from the body's name, '审计发现' dropped (R92), '等问题' kept (R87); status done "
                   "('已整改到位', R94); measures 1 ('采取…等措施进行整改' is one undivided account, R96/C27); unit the body "
                   "(C31). Was []."]),
    "yuwangtai_health_commission_audit_result_notice": dict(
        excerpt=False,
        genre="a district portal's 审计结果公告 of a health commission: column-tagged title, serial number, the audit "
              "period in prose, '一、基本情况 二、审计评价意见 三、审计发现的主要问题 四、审计处理及整改情况', the findings "
              "one '、'-list sentence; whole notice",
        kind="bulletin", title="禹王台区卫生健康委员会2020年度预算执行及其他财政收支情况审计结果公告", issuer=None,
        report_date=None,
        inspection=ins("禹王台区审计局", "禹王台区卫生健康委员会(以下简称区卫健委)", "2021-03-01", "2021-05-10"),
        # s24, lead: C36 — the one '、'-list sentence under '三、审计发现的主要问题' is ONE problem (was []).
        headline=head(), problems=[_p(None, "专项资金未单独核算、收入支出挂往来、会计处理不规范、应计未计固定资产账、超预算支出等问题",
                                      units=["区卫健委"], status="in_progress", measures=0)],
        anomalies=["The column tag '【审计公告】' is dropped from the title (R32); a titled 审计结果公告 → bulletin (blind8/blind9); "
                   "the title names the audited body, not the issuer, and there is no signature: issuer null (R37).",
                   "'三、审计发现的主要问题' holds one '、'-list sentence ('…等问题'): [] (R19); '部分已整改完毕' is partial: no "
                   "figure (R71); budget sums are money (R68).",
                   "'自2021年3月1日至5月10日' → start/end (blind22's audit call); '2021年第3号(总第8号)' is a serial, not a "
                   "date; no date line: report_date null.",
                   "s24, lead: C36 — an audit of ONE named body naming its faults in one sentence has ONE problem (R12/R108, "
                   "R163; R19's [] stays for feedback news over many bodies or a sector): the sentence under '三、审计发现的"
                   "主要问题' as printed (it names no body; '等问题' kept, R87), not section 二's summary (R164); status "
                   "in_progress ('部分已整改完毕' is a partial close, R187/R71); measures 0 ('积极进行整改' names no action, R97); "
                   "unit the audited body as the rectification sentence names it ('区卫健委', C31). Was []."]),
    "pdsjjw_three_towns_feedback_body_prose": dict(
        excerpt=False,
        genre="a city discipline site's news of a 巡察组's feedback to three towns: a one-line lead, then one paragraph "
              "'<town>党委存在问题:' of ';' prose per town; whole item",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("周口市委巡察组", "太康县马厂镇、板桥镇、逊母口镇等3个乡镇党组织"),
        headline=head(), problems=[],
        anomalies=["Each town's problems are unnumbered ';' prose under '<town>党委存在问题:': per-body prose is not labelled "
                   "(R20, blind26 putuo): []; '3个乡镇' counts bodies (R68).",
                   "'6月27日' has no year (R60): no feedback date; no title, date line or signature."]),
    "dgjj_procuratorate_xuncha_progress_lead_cut": dict(
        excerpt=True,
        genre="a city's 巡察整改 column copy of a procuratorate's 巡察集中整改进展 公布 without its title: lead with the "
              "period and feedback (no year on the feedback day), '一、以政治建设为统领…' (organisation first); cut in (三)",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委第三巡察组", "中共东莞市人民检察院党组(以下简称“市检察院党组”)", "2023-03-06", "2023-05-31",
                       "2023-07-25"),
        headline=head(), problems=[],
        anomalies=["The copy opens at the lead (no title, date line or signature): title/issuer/report_date null (R33, R44); "
                   "kind bulletin ('现将巡察集中整改进展情况予以公布'; seed 003 has no title either).",
                   "'7月25日' follows the 2023-03-06..05-31 period → 2023-07-25 (R58); inspected kept with its short name "
                   "(R47); '边巡边改、立行立改' and the four working groups are organisation, no figure.",
                   "Section 一 is how the rectification was organised; cut in its (三) before any problem: [] (R21)."]),
    "tsszxyjhyy_hospital_xuncha_feedback_news_dateline_year": dict(
        excerpt=True,
        genre="a hospital site's news of a 专项巡察组's feedback: breadcrumbs, headline, '时间:2024/1/19' line, the "
              "feedback day without a year, the problems in one '还存在A、B、C、D等问题' sentence; cut in the last paragraph",
        kind=None, title=None, issuer=None, report_date="2024-01-19",
        inspection=ins("市委第五专项巡察组", "市第二人民医院党委", None, None, "2024-01-17"),
        headline=head(), problems=[],
        anomalies=["News of a feedback: kind null (R30); the headline is a news headline: title null (R34/C7).",
                   "The problems are one '、'-list sentence ('还存在…等问题'): [] (R19); '问题清单、任务清单、责任清单' are "
                   "the kinds of list asked for, no count.",
                   "'1月17日' takes its year from the date line '时间:2024/1/19' (R58) → feedback 2024-01-17; the date line "
                   "→ report_date (R40, R45 '2021/5/25' form); no inspection period in the copy; an image file name "
                   "'微信图片_20240119112915.jpg' kept as returned."]),
    "fsmingyun_tcm_hospital_xuncha_feedback_trad_noyear": dict(
        excerpt=True,
        genre="a glossed traditional copy of a hospital's news of a 巡察组's feedback meeting: the day without a year, the "
              "problems named as areas in one sentence, '四點意見:一是…四是', the president's pledge; cut in its 一是",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第三巡察組", "市中醫院"),
        headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses ('領(lǐng)導(dǎo)'), kept as returned (R2); document fields in the "
                   "page's script (R91).",
                   "'指出市中醫院在A、B、C等方面存在的問題' names areas, not problems: [] (R19/R23); '四點意見:一是…四是' are "
                   "recommendations (R68), the president's '一是…' a pledge: no problems, no figure; '92人' counts people.",
                   "Inspected '市中醫院' as the feedback sentence names it ('巡察我院' is relative, R47/R48); '5月26日' has no "
                   "year in the text (only in the url): no feedback date (R60); no title line (the copy opens at the lead)."]),
}

EXPECTED = {"hbfy_high_court_xunshi_progress_62_problems_cut": 0, "qhdzy_court_two_lixingligai_items_done": 2,
            "spp_procuratorate_xunshi_feedback_two_units_news": 0,
            "zhuxi_health_bureau_economic_audit_one_sentence": 1,  # s24, lead: C36
            "yuwangtai_health_commission_audit_result_notice": 1,  # s24, lead: C36
            "dgjj_procuratorate_xuncha_progress_lead_cut": 0,
            "tsszxyjhyy_hospital_xuncha_feedback_news_dateline_year": 0,
            "fsmingyun_tcm_hospital_xuncha_feedback_trad_noyear": 0,
            "pdsjjw_three_towns_feedback_body_prose": 0}
MEASURES = {"qhdzy_court_two_lixingligai_items_done": [1, 1],
            "zhuxi_health_bureau_economic_audit_one_sentence": [1],  # s24, lead: C36
            "yuwangtai_health_commission_audit_result_notice": [0]}


def recount(stem: str, text: str) -> int:
    """Second count of problems, from the text by a different route than the labels (numbered problem lines)."""
    if stem.startswith("qhdzy"):
        return text.count("问题\n整改措施及成效:")
    if stem.startswith("pdsjjw"):  # three bodies' prose, none numbered (R20)
        assert len(re.findall(r"^\S+党委存在问题:", text, re.M)) == 3
        assert not re.search(r"一是|^\d+[\.、]|^[(（]\d", text, re.M)
        return 0
    if stem.startswith("zhuxi"):  # s24, lead: C36: one audited body's one findings sentence → one problem
        return len(re.findall(r"审计发现[^。,，]{2,30}?存在[^。]+?等问题", text))
    if stem.startswith("yuwangtai"):  # s24, lead: C36: the one sentence under the findings heading
        return len(re.findall(r"^三、审计发现的主要问题\n[^\n]+等问题。$", text, re.M))
    # pages with no problem item: no numbered item line anywhere ('一、' section headings and '(一)' sub-headings of an
    # organisation section are not items; checked by hand) — count '1.'/'1、'/'问题1' item lines
    return len(re.findall(r"^(?:\d+[\.、]|问题\d)", text, re.M))


def recount_measures(stem: str, text: str) -> list:
    """Second count of measures per problem: qhdzy one paragraph line after each '整改措施及成效:' label."""
    if stem.startswith("qhdzy"):
        paras = re.findall(r"^整改措施及成效:(.*)$", text, re.M)
        return [1 if p and "\n" not in p else 0 for p in paras]
    if stem.startswith("zhuxi"):  # s24, lead: C36: one '采取…等措施进行整改' account (R96)
        return [len(re.findall(r"采取[^。]+等措施进行整改", text))]
    if stem.startswith("yuwangtai"):  # s24, lead: C36: '积极进行整改' names no action (R97)
        assert "等措施" not in text
        return [0]
    return []


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    assert [p["measure_count"] for p in d["problems"]] == MEASURES.get(stem, []) == recount_measures(stem, text), stem
    check_problems(stem, d["problems"], text, category_in=text, units_in=text, deadline_in=text)
    for k in ("title", "issuer"):
        assert d[k] is None or d[k] in text.replace("\n\n", ""), (stem, k)
    insp = d["inspection"]
    check_names(stem, insp, text)
    check_headline_printed(stem, d, text)  # every figure re-found as a number in the text
    # each date's month and day re-found in the text
    check_inspection_dates(stem, insp, text, forms=lambda y, m, dd: (f"{m}月{dd}日", f"{m}月{dd}"))
    # as printed: '2026-01-08' or '2024/1/19'
    check_report_date(stem, d, text, forms=lambda y, m, dd: (f"{y}/{m}/{dd}",))


def main() -> None:
    assert set(DOCS) == set(URLS)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=4, urls=URLS)  # s24, lead: C36: 2 → 4


if __name__ == "__main__":
    main()
