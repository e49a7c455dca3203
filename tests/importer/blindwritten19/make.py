"""Generate blind held-out set 19 (written by helper writer19, session 20, 2026-12-06, 21:05-22:05 UTC): eight FULL-LENGTH
written documents + truths, aimed at the shapes the brief names (kind 5 reports whose numbered lists are not problems beside
lists that are; problems in tables whose status / deadline / unit cells use varied wordings; 问题一：/表现一/①/第一部分
numbering mixes; a long university and a hospital bulletin whose problems sit under 4-5 category headings after an
organising section; a city's 督察 report with two attachments, a task table and a list of rules made).

All bodies, people, places and figures are invented for testing (澜川省, 棠州市, 石梁县, 临沅区 … do not exist). Each
document's layout (structure, headings, numbering, field labels, wording habits) follows one real page found with the
search tool (corpus pages); its address is in the truth's `url` and in the comment above each docNN function. The facts,
sections after the first lines, problems and figures are writer19's own. writer19 did not read or run the parser
(zhenggai/importer/**, tests/importer/*.py) and did NOT run it on this set (the lead scores it; no FIRST_RUN file).

Pages used as models (checked with /work/wt/known_urls.py and by grep in tests/importer/blindwritten*/make.py):
 - new to the project: sthjt.sc.gov.cn 德阳 (doc07), alex-chef.com (doc05), linl.srcbcz.com 临澧 (doc01), azyfy.com (doc06);
 - labelled before in tests/importer/real only as ~2,000-byte excerpts, never modelled by a written set: wjw.zhuzhou.gov.cn
   (doc03), www.sqjw.gov.cn 宿迁 (doc02), www.dqzjw.gov.cn 维西 (doc04), lzby.lzep.cn 泸州 (doc08). The brief asks for
   written documents "in the manner of" real pages; the centre of the genre is used up (most pages found are KNOWN), so
   these four are named as layout models only; their own text is not copied.
Queries run (pages corpus): 区委巡察工作情况 主要做法 一是 反馈问题 个 已整改 整改率 建立制度; 整改落实情况表 整改状态 已销号
持续推进 责任单位 整改时限 2024年底前; 问题一： 表现一 巡察整改 整改措施 整改情况; 市贯彻落实省生态环境保护督察反馈意见整改情况
附件1 整改任务完成情况表 附件2 建立制度清单; 医院党委关于巡察整改情况的通报 党的政治建设方面 全面从严治党方面 领导班子建设方面;
学院党委 巡视整改进展情况 通报 一、整改工作组织 二、 反馈问题整改 关于 方面; 大学党委关于巡视整改进展情况的通报 一、提高政治站位
…; 人民医院党委 巡察整改进展情况的公告 反馈问题 整改完成 正在整改 长期坚持 问题1; 问题一 具体表现 整改措施 整改情况 已完成
巡察反馈问题 整改清单; 县委巡察工作领导小组 工作总结 共巡察 个单位 发现问题 …; 学校党委关于巡察整改情况的通报 …; 巡察整改工作
推进会 各单位整改情况 问题整改率 …; 整改任务清单 序号 问题 整改措施 责任单位 完成时限 长期坚持 立行立改 …; 巡察整改进展情况
第一部分 整改工作开展情况 第二部分 问题一： 整改措施 ①.
Declined: wuch.gov.cn, peopleweekly.cn, ourjiangsu.com, sjj.ningbo.gov.cn, dwxsb.whu.edu.cn, wentop.com, public.huiji.gov.cn,
hgjwjw.gov.cn, jiaozuo.gov.cn (modelled by earlier written sets); czs2y.com.cn (bw13), jw.km.gov.cn, ruijin, cixird,
m.ilynn.cn, nzgx.org (earlier sets' declined lists); news of meetings with no rectification layout (blcu, zznu, ecnu, ynau,
szai, iazzy, kami-original, scriptsandjava, lrkyav9, zzb.aqnu, fyxfw, lydyyy, tsszxyjhyy, shsgah, xactulyyou), spam or
unrelated pages (abg.baidu, zhetiaohe, 21xqjy, seridoat, renrendoc, scholarmate, laobiganzi, quomz, xiangyin, lishan).

Formats: UTF-8 .txt (01), .pdf via soffice (02, 06), GB18030 .txt with CRLF (03), .docx (04, and 07 with two attachment
tables), Word-saved .html (05), .xlsx (08: notice on sheet 1, task table on sheet 2).
Kinds (issue 10's numbering): 01 -> 5 (and 6), 02 -> 2 (and 5's distractor lists), 03 -> 2 (and 6), 04 -> 2, 05 -> 2,
06 -> 2 (and 1: problems labelled 问题N with 整改进展 lines), 07 -> 1 (and 6), 08 -> 1.

Counted twice: every measure_count is the length of the measure list in the data (the kit's Prob, which also recounts its
own rendering and refuses a mismatch), and again by a regex recount over the rendered text of that problem
(recount_block; ①, （1）, 1., 一是 items), and a third time over the written file read back (recount_file: each problem's
segment from its title to the next); make.py refuses to write when they differ. 76 problems, 181 measures in all. Every non-null truth value is
re-found in the document's own text read back from the written file (check_refound), and every document is complete and
at least 2,500 characters without whitespace.

Judgement calls (also in each truth's anomalies; NEW = no earlier rule):
 - 01: a county's year report over 14 bodies: per-body tallies '1.县教育局党组：反馈问题41个…' and 主要做法 1.-4. and
   不足 一是/二是 are not problems: [] (R19); headline = the year's stated total (486/451, 173 rules), not the per-round
   or per-body figures (R65, R69).
 - 02: 一、's (一)-(四) each hold '1.…2.…' of work done, 二、 per-unit tallies '（1）局机关：认领问题…' - neither are
   problems; the problems are 三、's '1.…' items under （一）…方面 headings; the line '整改进度：已完成/基本完成/持续推进'
   -> done / in_progress / in_progress (R93; 持续推进 as work under way, C18's side A).
 - 03: status from the '整改状态：' line: 已完成 / 已销号 -> done; 阶段性完成, 正在整改 -> in_progress; 长期坚持 -> long_term.
 - 04: NEW '问题一：…' headings followed by '表现一：… 表现二：…' (the problem's manifestations, not measures) and then
   '整改措施：①…②…': title = the 问题 statement, measures = the ① items; seq = 一 -> 1; category = the '第二部分' heading's
   sub-heading '（一）…方面' above; the '第一部分' organising text and its ①② are not problems.
 - 05: five '（一）关于…的问题' category headings hold '1.…' problems; category = the heading without （一） (wrapper kept,
   R81 as printed); measures '（1）…'.
 - 06: '问题N：…' labels numbered through the document (R76: seq N); '整改进展：已完成整改 / 基本完成 / 持续推进中 /
   长期坚持' -> done / in_progress / in_progress / long_term.
 - 07: problems = the rows of 附件1 (tasks, R63); 完成情况 cell words: 已完成, 已销号 -> done; 基本完成, 持续推进, 正在整改
   -> in_progress; 长期坚持 -> long_term; 责任单位 split on 、; 完成时限 as written ('2024年底前', '长期', '立行立改');
   rules_made = the body's stated count '出台制度文件12项（详见附件2）', which 附件2's 12 rows confirm (not counted from the
   list alone).
 - 08: the workbook's 整改状态 column gives the status, the 整改措施 cell's '1.' lines the measures (the 进展情况 cell is
   not counted).
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import openpyxl

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import check_refound, cn, doc_text, mso_p, Prob, recount_block, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
P = Prob
MIN_LEN = 2500
ALL = []
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"


def finish(stem, *, url, genre, excerpt=False, **kw):
    save_truth(stem, **kw)
    path = OUT / f"{stem}.truth.json"
    t = json.loads(path.read_text(encoding="utf-8"))
    t = {"url": url, "excerpt": excerpt, "genre": genre, **t}
    path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check_refound(OUT, stem, False, MIN_LEN)
    if t["problems"]:
        recount_file(stem)
    ALL.append(stem)


RECOUNT = {"02": (r"[一二三四五六七八九十]是", "四、下一步"), "03": (r"[一二三四五六七八九十]是", "三、下一步"),
           "04": ("[①②③④⑤⑥⑦⑧⑨⑩]", "第三部分"), "05": (r"（\d+）", "三、整改工作"), "06": (r"（\d+）", "三、下一步"),
           "07": (r"(?<![\d.])\d+\.(?!\d)", None), "08": (r"(?<![\d.])\d+\.(?!\d)", None)}


def recount_file(stem):
    """A third count, over the written file read back: each problem's segment runs from its title to the next title (the
    last to the section after the list, or the end); its items are counted there by the document's own numbering."""
    pat, end = RECOUNT[stem[4:6]]
    path = next(p for p in OUT.glob(stem + ".*") if p.suffix != ".json")
    text = re.sub(r"\s+", "", doc_text(path))
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    pos, at = [], 0
    for p in t["problems"]:
        at = text.index(re.sub(r"\s+", "", p["title"]), at) + 1
        pos.append(at - 1)
    stop = text.index(end, pos[-1]) if end else len(text)
    for k, p in enumerate(t["problems"]):
        seg = text[pos[k] + len(p["title"]):pos[k + 1] if k + 1 < len(pos) else stop]
        n = len(re.findall(pat, seg)) or 1
        assert n == p["measure_count"], (stem, p["title"], n, p["measure_count"])


def circ(ms):
    """Measures as ①…②… run together; recounted by the circled digits."""
    s = "".join(f"{CIRC[i]}{m.rstrip('。；')}；" for i, m in enumerate(ms))
    return s[:-1] + "。"


def shi(p):
    mt = p.mtext()
    recount_block(mt, r"[一二三四五六七八九十]+是", len(p.measures) if len(p.measures) > 1 else 0, p.title)
    return mt


def paren(ms):
    return "".join(f"（{i}）{m.rstrip('。；')}。" for i, m in enumerate(ms, 1))


# ================================================================ 01 a county's year report on 巡察 rectification: kind 5, numbered lists that are not problems (.txt, UTF-8)
# Layout modelled on http://linl.srcbcz.com/countynews/-GTipeecddNJLzNCIFccA.shtml (临澧: a county news page on the 县委书记
# 专题会议 hearing a round's 综合情况汇报 — the units listed one after another, '本轮巡察共发现问题188个，移交问题线索7个', the
# secretary's requirements), written as the county 巡察办's full year report: totals, per-round and per-body tallies, 主要做法
# 1.-4., 不足 一是/二是, 下一步.
def doc01():
    stem = "w19_01_county_year_report_tallies_txt"
    title = "石梁县2024年度巡察整改工作情况通报"
    issuer = "中共石梁县委巡察工作领导小组办公室"
    bodies = [("县教育局党组", 41, 39, 14), ("县卫生健康局党组", 37, 35, 11), ("县自然资源局党组", 33, 30, 9),
              ("县水利局党组", 28, 28, 8), ("县市场监督管理局党组", 31, 29, 10), ("县城市管理局党组", 26, 24, 7),
              ("青石镇党委", 44, 40, 12), ("梁口镇党委", 39, 35, 13)]
    tallies = "\n".join(f"{i}.{b}：反馈问题{n}个，已完成整改{d}个，建立完善制度{r}项。" for i, (b, n, d, r) in enumerate(bodies, 1))
    text = f"""石梁县人民政府门户网站 > 新闻中心 > 县内动态
{title}
来源：县委巡察办    发布时间：2025-01-20    字号：[大 中 小]

2024年，十五届县委坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻中央巡视工作方针和省委、市委巡视巡察工作部署，先后开展了第二轮、第三轮常规巡察和农村集体“三资”管理专项巡察，对县教育局、县卫生健康局、县自然资源局、县水利局、县市场监督管理局、县城市管理局、县医疗保障局、县文化旅游广电体育局、县供销社、县城投公司、青石镇、梁口镇、白鹭镇、石滩乡等14个单位党组织开展了巡察，同步对38个村（社区）开展了延伸巡察。经县委巡察工作领导小组研究，现将2024年度巡察整改工作情况通报如下。

一、总体情况

2024年各轮巡察共向被巡察党组织反馈问题486个，截至2024年12月31日，已完成整改451个，正在整改35个，整改完成率92.8%；被巡察党组织推动建立完善制度173项，清退违规资金127.36万元，挽回经济损失316.8万元。其中，第二轮巡察反馈问题198个，已整改191个；第三轮巡察反馈问题214个，已整改196个；专项巡察反馈问题74个，已整改64个。县纪委监委优先处置巡察移交的问题线索，全年受理巡察移交问题线索23件，已办结19件，给予党纪政务处分9人，组织处理14人。

从各轮巡察情况看，第二轮巡察聚焦教育、卫生健康、自然资源等民生领域，重点监督“双减”政策落实、医疗机构集中采购、耕地保护和矿产资源管理等情况；第三轮巡察聚焦水利、市场监管、城市管理等部门和青石镇、梁口镇等乡镇党委，重点监督防汛抗旱责任落实、食品药品安全监管、城市精细化管理和乡村振兴政策落实等情况；农村集体“三资”管理专项巡察对全县38个村（社区）的集体资金、资产、资源管理情况开展了延伸巡察，重点发现了集体经济合同不规范、资产底数不清、资源发包程序不严等问题。各被巡察党组织坚持边巡边改、立行立改，推动解决了校园周边交通安全、乡镇卫生院设备闲置、农村饮水工程管护不到位、老旧小区环境脏乱差等群众急难愁盼问题，群众对巡察整改工作的满意度测评平均达到94.6%。

县委书记专题会议在听取各轮巡察综合情况汇报时强调，巡察整改是巡察工作的落脚点，要坚持巡察与整改一体谋划、一体部署、一体推进，做到问题不查清不放过、整改不到位不放过、长效机制不建立不放过。县委巡察工作领导小组每季度召开一次会议，专题研究巡察整改和成果运用工作，督促各被巡察党组织对照问题清单逐项抓好整改落实，推动整改工作由“当下改”向“长久立”延伸。

二、部分被巡察单位整改情况

县委巡察办会同县纪委监委党风政风监督室、县委组织部干部监督科，采取查阅台账、实地查看、个别谈话、满意度测评等方式，对被巡察党组织整改情况逐一开展评估。部分被巡察单位整改情况如下：
{tallies}
以上单位均在规定时限内报送了整改进展情况报告，并按要求在本单位网站或公开栏公开了整改情况。县医疗保障局、县文化旅游广电体育局、县供销社、县城投公司、白鹭镇、石滩乡等6个单位党组织集中整改期于2025年2月底届满，整改情况将另行通报。

三、主要做法

1.压紧压实整改责任。县委常委会会议每轮听取巡察整改情况汇报，县委书记专题会议研究巡察成果运用，分管县领导参加分管领域被巡察单位的巡察反馈会并督促整改。被巡察党组织书记履行第一责任人责任，全部召开巡察整改专题民主生活会，班子成员逐一认领问题、明确措施。

2.强化整改日常监督。县纪委监委派驻纪检监察组把督促巡察整改作为日常监督重点，通过列席专题民主生活会、审核整改方案、调阅整改台账等方式跟踪监督；县委组织部将整改情况纳入领导班子年度考核，对整改进度滞后的3个单位主要负责人进行了提醒谈话。

3.开展整改成效评估。县委巡察办制定《巡察整改成效评估办法（试行）》，从整改责任落实、问题整改质量、制度建设、群众满意度4个维度逐项量化评分，评估结果在一定范围内通报，对评估等次为“一般”的2个单位党组织责令重新整改。

4.推动共性问题治理。针对巡察发现的农村集体“三资”管理、医疗机构药品耗材采购、校园食堂管理等普遍性问题，县委巡察办向县农业农村局、县卫生健康局、县教育局发出巡察整改建议书3份，推动开展行业系统治理，全年共完成村级集体经济合同清理1862份，规范校园食堂管理67所。

四、存在的不足

从评估情况看，整改工作中仍存在一些不足：一是个别单位对整改的长期性认识不足，满足于建立制度、完成台账，整改成效巩固不够；二是部分涉及多个部门的问题协调推进较慢，还有35个问题尚未完成整改；三是少数单位整改材料不够规范，佐证资料不完整。

五、下一步工作

2025年，县委巡察办将会同县纪委监委、县委组织部，持续推动巡察整改和成果运用：一是对正在整改的35个问题实行清单化管理，每月调度一次，整改完成一个、销号一个；二是对已完成整改的问题开展“回头看”抽查，防止问题反弹回潮；三是健全巡察整改与纪检监察监督、组织监督、审计监督等贯通协调机制，推动巡察整改常态化、长效化。同时，县委巡察办将把整改评估结果与被巡察党组织领导班子年度考核、干部选拔任用紧密结合起来，对整改不力、敷衍整改、虚假整改的，移交县纪委监委严肃追责问责，切实以巡察整改实效推动全县各项事业高质量发展。欢迎广大干部群众对巡察整改情况进行监督，监督电话：0XXX-52XXXXX。

中共石梁县委巡察工作领导小组办公室
2025年1月20日
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    # second count of the distractor lists: 8 per-body items, 4 做法, none is a problem
    assert len(re.findall(r"(?m)^\d+\.[^：]+：反馈问题", text)) == 8 and len(re.findall(r"(?m)^\d+\.", text)) == 12
    assert sum(b[1] for b in bodies) != 486  # per-body list is a part (8 of 14 bodies): not the total
    finish(stem, url="http://linl.srcbcz.com/countynews/-GTipeecddNJLzNCIFccA.shtml",
           genre="5 county year summary: a 巡察办's year report over 14 bodies (per-round and per-body tallies, 主要做法 1.-4., 不足 一是…三是, 下一步 一是…三是); no problem list",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-20", insp=[None, None, None, None, None],
           headline={"problems_total": 486, "problems_done": 451, "rules_made": 173}, probs=[], koi=[5, 6],
           anomalies=["UTF-8 .txt web copy with a breadcrumb line and a '来源：…  发布时间：…  字号' line; the signature date equals the 发布时间.",
                      "A county's year report over 14 inspected bodies (two rounds and a 专项巡察): no problem list, problems [] (R19; issue 10 kind 5). The eight '1.县教育局党组：反馈问题41个，已完成整改39个，建立完善制度14项。' items are per-body tallies, 三、's '1.…4.' items are 主要做法 (work done), 四、's 一是…三是 are shortcomings of the rectification work in general and 五、's 一是…三是 next steps: none is a problem (NEW for 不足: a year report's general shortcomings over many bodies are not an inspection's findings).",
                      "Headline = the year's stated total (R65): 486 problems / 451 done / 173 rules (建立完善制度). The per-round figures (198/191, 214/196, 74/64, they sum to the total but the total is stated), per-body figures (8 of 14 bodies), 35 in progress, 92.8%, 127.36/316.8万元, 23/19 clues, 9/14 people, 94.6%, 38 villages, 3/2 units, 3 建议书, 1862 contracts and 67 canteens are distractors.",
                      "inspector/inspected null (several groups over 14 bodies, bw14 doc09 / bw17 doc07); no period or feedback date printed: null."])


# ================================================================ 02 a district bureau's bulletin: 一、 work done as '1.…' under (一)-(四), 二、 per-unit tallies, 三、 the problems (.pdf)
# Layout modelled on https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml (宿迁 市卫健委党委: lead
# '根据市委统一部署，2024年7月17日至8月30日，市委第六巡察组对市卫健委党委进行了巡察。9月14日，巡察组…反馈了巡察意见'; 一、整改工作组织
# 情况 (一)提高站位… (二)坚决扛起… (三)建立上下联动… (四)强化督导…), written as a district transport bureau's full bulletin
# with numbered work items under each (一), a per-unit tally section and the problems under （一）…方面 headings.
def doc02():
    stem = "w19_02_district_bureau_worklists_then_problems_pdf"
    title = "中共棠州市临沅区交通运输局党组关于区委巡察整改进展情况的通报"
    issuer = "中共棠州市临沅区交通运输局党组"
    C1 = "贯彻落实党中央决策部署和上级工作要求方面"
    C2 = "落实全面从严治党责任方面"
    C3 = "领导班子和干部队伍建设方面"
    data = [
        (P(1, C1, "推进“四好农村路”建设力度不够，部分农村公路养护不及时", ["制定农村公路养护三年提升行动方案，落实区、镇、村三级路长责任", "完成农村公路大中修工程46.3公里，处置路面病害2180平方米", "将农村公路养护纳入镇（街道）年度目标考核"]), "已完成"),
        (P(2, C1, "交通运输领域安全生产监管存在薄弱环节，“两客一危”车辆动态监控不到位", ["对辖区“两客一危”企业开展安全生产专项检查，督促整改隐患127处", "建立重点营运车辆动态监控日通报制度"]), "已完成"),
        (P(3, C1, "优化营商环境举措落实不够有力，道路运输审批事项办理时限偏长", ["梳理道路运输审批事项23项，压缩办理时限40%以上", "推行“线上申请、免费寄递”服务，实现8个事项“零跑腿”"]), "基本完成"),
        (P(4, C2, "党组落实主体责任有差距，对下属单位廉政风险防控指导不够", ["修订党组落实全面从严治党主体责任清单，明确班子成员责任事项52项", "组织下属单位开展廉政风险点排查，更新风险防控措施118条", "党组书记每半年听取一次下属单位党风廉政建设情况汇报"]), "已完成"),
        (P(5, C2, "工程项目管理不规范，个别项目未批先建、变更程序不严", ["对2021年以来实施的交通工程项目开展全面复查，规范补办手续项目3个", "修订工程变更管理办法，重大变更一律经党组会议集体研究"]), "持续推进"),
        (P(6, C2, "违反中央八项规定精神问题仍有发生，公务用车管理不严", ["开展公务用车使用情况专项检查，清退违规费用0.86万元", "推行公务用车“一车一档”和出车审批线上管理"]), "已完成"),
        (P(7, C3, "干部队伍年龄结构老化，年轻干部培养力度不够", ["制定年轻干部培养三年计划，选派6名年轻干部到重点项目一线锻炼", "建立优秀年轻干部库，实行动态管理"]), "持续推进"),
        (P(8, C3, "基层党组织建设不够规范，个别支部“三会一课”流于形式", ["对局属5个党支部开展组织生活规范化检查，逐一反馈问题清单", "推行支部主题党日“清单化”管理"]), "已完成"),
        (P(9, C3, "干部担当作为意识不强，部分群众反映问题办理不及时", ["梳理群众来信来电反映问题41件，逐件办结并回访", "建立群众诉求办理“首问负责、限时办结”制度", "将群众诉求办理情况纳入科室和个人年度考核"]), "基本完成"),
    ]
    status = {"已完成": "done", "基本完成": "in_progress", "持续推进": "in_progress"}
    for p, w in data:
        p.status = status[w]
    blocks = [("title", title),
              ("p", "根据区委统一部署，2024年4月8日至5月31日，区委第三巡察组对区交通运输局党组进行了巡察。6月25日，巡察组向区交通运输局党组反馈了巡察意见。"
                    "按照党务公开原则和巡察工作要求，现将巡察整改进展情况予以公布。"),
              ("p", "局党组坚持把巡察整改作为重大政治任务，诚恳接受区委巡察组反馈的意见，照单全收、逐条整改，坚持当下改与长久立相结合、个性问题与共性问题一体整改，"
                    "切实把整改过程变成深化自我革命、推动交通运输事业发展的过程。"),
              ("h", "一、整改工作组织情况"),
              ("p", "（一）提高站位抓整改。1.召开党组会议专题学习习近平总书记关于巡视工作的重要论述，研究部署巡察整改工作。2.成立以党组书记、局长为组长，其他班子成员为副组长的巡察整改工作领导小组，"
                    "下设办公室具体负责日常工作。3.召开巡察整改专题民主生活会，班子成员逐一认领问题，深入开展批评和自我批评。"),
              ("p", "（二）扛起第一责任人责任。1.党组书记亲自审定整改方案，推动建立问题清单、任务清单、责任清单。2.带头领办农村公路养护、工程项目管理等重点整改事项，深入基层调研督导9次。"
                    "3.对整改中涉及多个科室和下属单位的问题，亲自组织协调会商，明确牵头单位和配合单位。"),
              ("p", "（三）建立上下联动机制。1.建立领导小组统筹抓、办公室具体抓、科室和下属单位抓落实的工作机制。2.实行重点事项联动推进、整改进度清单化管理，与区住建局、区公安分局联合开展道路运输安全专项整治。"
                    "3.加强与市交通运输局联系，争取农村公路养护补助资金1260万元。"),
              ("p", "（四）强化督导推动严实整改。1.每月召开一次整改工作例会，专题研究进展情况。2.派驻纪检监察组全程监督，对整改进度滞后的2个科室负责人进行提醒谈话。"
                    "3.坚持开门整改，通过局门户网站公开整改进展，收集意见建议17条，均已办理反馈。"),
              ("h", "二、整改总体进展情况"),
              ("p", "区委巡察组反馈的3个方面21个具体问题，局党组细化整改措施68条，截至2024年10月底，已完成整改17个，其余4个问题正在按计划推进；68条整改措施已落实61条；"
                    "建立完善制度15项。各责任单位认领问题和整改情况如下："),
              ("p", "（1）局机关各科室：认领问题12个，已完成整改10个，建立完善制度9项。\n（2）区公路事业发展中心：认领问题6个，已完成整改5个，建立完善制度4项。"
                    "\n（3）区道路运输服务中心：认领问题3个，已完成整改2个，建立完善制度2项。"),
              ("h", "三、巡察反馈问题整改落实情况")]
    last = None
    for p, w in data:
        if p.cat != last:
            blocks.append(("h", f"（{cn([C1, C2, C3].index(p.cat) + 1)}）{p.cat}"))
            last = p.cat
        blocks.append(("h", f"{p.seq}.{p.title}。"))
        blocks.append(("p", "整改情况：" + shi(p)))
        blocks.append(("p", f"整改进度：{w}。"))
    blocks += [("p", "在抓好反馈问题整改的同时，局党组坚持举一反三、标本兼治，把巡察整改与交通运输领域突出问题专项整治、与优化营商环境、与安全生产治本攻坚三年行动结合起来，"
                     "推动解决了一批群众反映强烈的交通出行难题：完成沅江大桥引道拓宽改造，开通城乡公交线路3条，新建农村客运候车亭42个，实现具备条件的建制村通客车率100%。"
                     "同时，局党组坚持以案促改，召开警示教育大会1次，组织党员干部参观廉政教育基地，编印交通运输领域违纪违法典型案例汇编，推动党员干部知敬畏、存戒惧、守底线。"),
               ("h", "四、下一步工作打算"),
               ("p", "局党组将坚持标准不降、力度不减，持续抓好巡察整改：一是对基本完成和持续推进的4个问题，逐项明确阶段目标和完成时限，确保按期整改到位；"
                     "二是对已完成整改的问题适时开展“回头看”，巩固整改成效；三是把巡察整改与推进交通强区建设结合起来，以整改实效推动交通运输事业高质量发展。"),
               ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：0XXX-61XXXXXX；通信地址：棠州市临沅区沅江路88号区交通运输局党组办公室。"),
               ("pr", "中共棠州市临沅区交通运输局党组"), ("pr", "2024年11月8日")]
    write_pdf(stem, blocks)
    finish(stem, url="https://www.sqjw.gov.cn/sqsjw/bjxc/202506/04f44a3e0d4a43afac66bf0ba77658ea.shtml",
           genre="2 bulletin whose first section (一)-(四) holds '1.…3.' work items and whose second holds per-unit tallies '（1）…：认领问题…', the problems in 三、 under （一）…方面 headings, each with '整改进度：…'",
           kind="bulletin", title=title, issuer=issuer, date="2024-11-08",
           insp=["区委第三巡察组", "区交通运输局党组", "2024-04-08", "2024-05-31", "2024-06-25"],
           headline={"problems_total": 21, "problems_done": 17, "measures_total": 68, "measures_done": 61, "rules_made": 15},
           probs=[p for p, _ in data], koi=[2, 5],
           anomalies=["PDF from Word. 一、's （一）…（四） each hold '1.…2.…3.' items of work done (not problems); 二、 holds per-unit tallies '（1）局机关各科室：认领问题12个…' (not problems, not summed); the problems are 三、's '1.…9.' headings under three '（一）…方面' category headings.",
                      "seq = the printed 1.…9. (continuous over the categories); category = the （一） heading without its number; title = the heading without its trailing 。.",
                      "status from the line after each answer, '整改进度：已完成' -> done, '基本完成' -> in_progress (R93), '持续推进' -> in_progress (work under way, C18 side A).",
                      "Headline in 二、: 21 problems / 17 done / 68 measures / 61 done / 15 rules. 4 in progress, per-unit 12/10/9, 6/5/4, 3/2/2, 9 visits, 1260万元, 3 lines, 42 shelters, 100%, 1 meeting, 2 people, 17 suggestions and the figures inside measures are distractors. The bulletin prints 9 of the 21 problems (labelled as printed, R24).",
                      "Period '2024年4月8日至5月31日'; feedback '6月25日' takes the period's year (R58)."])



# ================================================================ 03 a city health commission's bulletin: '（一）反馈问题：…' categories, '1.…' problems with an '整改状态：' line of varied words (.txt, GB18030, CRLF)
# Layout modelled on http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html (株洲 市卫健委党委: '根据市委统一部署，2024年9月12日至11月15日，
# 市委第二巡察组对市卫健委党委开展了巡察…'; 一、组织整改落实情况 with the figures '巡察反馈35个具体问题，整改完成28个，阶段性完成7个';
# 二、巡察反馈问题整改进展情况 (一)反馈问题：… 1.政治意识不够强 整改状态：完成 整改情况：一是…), written in full with more wordings in
# the 整改状态 line.
def doc03():
    stem = "w19_03_city_health_status_lines_gb18030"
    title = "中共棠州市卫生健康委员会党委关于巡察整改进展情况的通报"
    issuer = "中共棠州市卫生健康委员会党委"
    A = "贯彻落实党中央决策部署和省委、市委工作要求有差距"
    B = "落实全面从严治党“两个责任”不够到位"
    C = "落实新时代党的组织路线有短板"
    D = "上轮巡察和审计发现问题整改不够到位"
    items = [
        (P(1, A, "推进公立医院高质量发展统筹不够", ["制定全市公立医院高质量发展实施方案，明确2024年至2026年重点任务28项", "建立市级医院与县级医院紧密型医联体，组建专科联盟12个", "将公立医院高质量发展评价结果与医院等级评审、财政投入挂钩"]), "完成"),
        (P(2, A, "基层医疗卫生服务能力提升缓慢", ["实施基层医疗卫生机构服务能力提升工程，完成乡镇卫生院标准化改造17所", "选派市级医院骨干医师下沉基层坐诊带教，累计派出312人次"]), "阶段性完成"),
        (P(3, A, "突发公共卫生事件应急处置能力建设存在短板", ["修订全市突发公共卫生事件应急预案，组织开展综合应急演练2次", "充实市级卫生应急队伍，补充应急物资储备品种46类"]), "长期坚持"),
        (P(4, B, "委党委对直属单位全面从严治党指导督促不够", ["制定委党委落实全面从严治党主体责任清单和班子成员“一岗双责”清单", "委党委每季度专题研究一次直属单位党风廉政建设工作", "对直属单位主要负责人开展集体廉政谈话"]), "完成"),
        (P(5, B, "医疗卫生领域腐败问题集中整治成效不够明显", ["深化医药领域腐败问题集中整治，开展医疗机构药品耗材采购专项检查", "对检查发现的违规收费问题责令退还费用并依规处理", "建立医疗卫生行业廉洁风险动态排查机制"]), "正在整改"),
        (P(6, B, "违规收受“红包”、回扣问题仍有发生", ["在全系统开展医务人员收受“红包”回扣问题专项治理", "与全市二级以上医疗机构医务人员签订廉洁行医承诺书"]), "已销号"),
        (P(7, C, "直属单位领导班子配备不够及时", ["调整充实直属单位领导班子4个，选配班子成员7名", "建立直属单位领导班子运行情况分析研判机制"]), "完成"),
        (P(8, C, "卫生健康人才队伍结构不优，高层次人才引进难", ["出台卫生健康高层次人才引进培养办法，设立人才专项资金", "2024年引进博士、高级职称等高层次人才23名", "与2所医学院校签订人才联合培养协议"]), "阶段性完成"),
        (P(9, D, "上轮巡察指出的医疗服务价格管理问题整改不彻底", ["对上轮巡察反馈的医疗服务价格问题开展“回头看”，逐项核查整改情况", "建立医疗服务价格内部监督检查和公示制度"]), "已销号"),
        (P(10, D, "审计发现的专项资金闲置问题仍未解决", ["对闲置的基本公共卫生服务专项资金逐项清理，已拨付使用1268万元", "建立专项资金支出进度月通报制度"]), "正在整改"),
        (P(11, D, "上轮巡察指出的大型医用设备采购论证不充分问题仍有反弹", ["修订大型医用设备配置论证管理办法，实行采购前专家论证和集体决策", "对2022年以来采购的大型医用设备开展使用效益评估，调剂闲置设备3台"]), "完成"),
        (P(12, D, "审计指出的直属单位往来款项长期挂账问题清理缓慢", ["对直属单位长期挂账往来款项逐笔清理，已清理核销款项436.2万元", "建立往来款项定期清理和账龄分析制度", "将往来款项清理情况纳入直属单位负责人经济责任审计内容"]), "阶段性完成"),
    ]
    word = {"完成": "done", "已销号": "done", "阶段性完成": "in_progress", "正在整改": "in_progress", "长期坚持": "long_term"}
    lines, last, k = [], None, 0
    for p, w in items:
        p.status = word[w]
        if p.cat != last:
            k += 1
            lines.append(f"（{cn(k)}）反馈问题：{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.{p.title}")
        lines.append(f"整改状态：{w}")
        lines.append("整改情况：" + shi(p))
    body = "\n".join(lines)
    text = f"""首页 > 政务公开 > 其他信息
{title}
发布日期：2025-03-18    信息来源：市卫健委    浏览次数：

根据市委统一部署，2024年9月10日至11月8日，市委第四巡察组对市卫健委党委开展了巡察，同步对3家委直属医疗机构进行了延伸了解，并于2024年12月5日反馈了巡察意见。按照巡察工作有关要求，巡察集中整改期已届满，现将整改进展情况予以公布。

一、组织整改落实情况

市卫健委党委坚决扛起巡察整改的政治责任，成立由党委书记、主任任组长，其他班子成员任副组长的巡察整改工作领导小组，逐项明确责任领导、责任科室和完成时限。委党委先后召开党委会议、领导小组会议9次专题研究部署整改工作，召开巡察整改专题民主生活会，班子成员主动认领问题、深刻剖析根源。坚持“当下改”与“长久立”相结合，研究制定基础性、长效性制度机制31项，不断扩大和巩固整改成效。截至目前，巡察反馈26个具体问题，整改完成19个，阶段性完成5个，其余2个问题需长期坚持整改。巡察移交的4个立行立改问题和11件信访件，均已全部办结。

整改中，委党委坚持开门整改，通过委门户网站公开整改进展，召开医务人员和患者代表座谈会3场，收集意见建议29条，均已分类办理并反馈。驻委纪检监察组全程跟踪监督整改，对整改进度滞后的1家直属单位主要负责人进行了约谈。

委党委坚持把巡察整改与中心工作统筹推进，以整改促进卫生健康事业发展。整改期间，全市新增国家级临床重点专科1个、省级临床重点专科6个，市中心医院胸痛中心、卒中中心通过国家级认证；推进紧密型县域医共体建设，县域内就诊率提高到91.3%；完成全市二级以上公立医院绩效考核，考核结果与财政补助、院长年薪挂钩；开展“清廉医院”建设，全市公立医院均建立院务公开和廉洁风险防控制度。同时，委党委注重以案促改、以案促治，召开全系统警示教育大会2次，通报医疗卫生领域违纪违法典型案例8起，督促各级医疗机构深刻汲取教训、举一反三、堵塞漏洞，推动形成风清气正的行业生态。委党委还建立巡察整改月调度、季通报制度，对整改进展情况实行动态跟踪，确保每个问题有人抓、有人管、有结果。

二、巡察反馈问题整改进展情况

{body}

三、下一步工作打算

委党委将坚持目标不变、标准不降、力度不减，持续推进巡察整改：一是对阶段性完成和需长期坚持整改的问题，明确阶段性目标，实行清单化管理、销号式推进；二是对已完成整改的问题适时开展“回头看”，防止问题反弹；三是把巡察整改与深化医药卫生体制改革、推进健康棠州建设结合起来，以整改实效推动卫生健康事业高质量发展。

欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0XXX-28XXXXXX；电子邮箱：tzwjwxc@example.cn。

中共棠州市卫生健康委员会党委
2025年3月18日
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, url="http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html",
           genre="2 bulletin with '（一）反馈问题：…' category lines, '1.…' problems each followed by an '整改状态：' line (完成 / 阶段性完成 / 长期坚持 / 正在整改 / 已销号) and '整改情况：一是…'",
           kind="bulletin", title=title, issuer=issuer, date="2025-03-18",
           insp=["市委第四巡察组", "市卫健委党委", "2024-09-10", "2024-11-08", "2024-12-05"],
           headline={"problems_total": 26, "problems_done": 19, "rules_made": 31}, probs=[p for p, _ in items], koi=[2, 6],
           anomalies=["GB18030 .txt with CRLF line ends, a breadcrumb and a '发布日期：…  信息来源：…  浏览次数：' line as on the model page; the signature date equals the 发布日期.",
                      "category = the '（一）反馈问题：…' line without its （一） and without the label '反馈问题：' (as tune/zhuzhou_weijian_bulletin, the model page, was labelled); the problems are the '1.…' lines (numbered through the document, R75).",
                      "status from the '整改状态：' line (R93): 完成 / 已销号 -> done; 阶段性完成 (R71: 阶段性 is not done) / 正在整改 -> in_progress; 长期坚持 -> long_term. Measures = the 一是… items of the '整改情况：' paragraph.",
                      "Headline: 26 problems / 19 done (阶段性完成 5 and 2 long-term are not done); '研究制定基础性、长效性制度机制31项' -> rules_made 31 (制度 made, R74). 4 立行立改 problems of the 26 and 11 信访件 (R17, R68), 9 meetings, 3 bodies, 3 座谈会, 29 suggestions, 1 person, 1/6 专科, 91.3%, 2 meetings, 8 cases and the figures inside measures are distractors.",
                      "The bulletin prints 12 of the 26 problems (labelled as printed)."])


# ================================================================ 04 a county bureau's bulletin: 第一部分/第二部分, '问题一：' headings with '表现一：…表现二：…' and '整改措施：①…' (.docx)
# Layout modelled on http://www.dqzjw.gov.cn/info-70-5005.html (维西: a county 纪委 page on a round — the groups, the bodies
# '保和镇、县财政局、县医疗保障局…', '共发现问题189个，其中…立行立改问题32个'), written as one inspected bureau's full bulletin with
# 第一部分 (organising work, ①② items) and 第二部分 (the problems as 问题一：… with 表现 lines and ① measures).
def doc04():
    stem = "w19_04_county_bureau_wenti_biaoxian_circled_docx"
    title = "中共石梁县医疗保障局党组关于县委巡察反馈意见整改情况的报告"
    issuer = "中共石梁县医疗保障局党组"
    C1 = "（一）党的领导和政治建设方面"
    C2 = "（二）医保基金监管方面"
    C3 = "（三）作风建设和队伍建设方面"
    data = [
        (P(1, C1[3:], "学习贯彻习近平总书记关于医疗保障工作重要论述不够深入", ["修订党组理论学习中心组学习制度，将医疗保障工作重要论述列入年度学习计划", "开展专题学习研讨4次，班子成员撰写研讨材料9篇", "举办全县医保系统业务能力培训班2期"]),
         ["党组理论学习中心组学习医疗保障工作重要论述次数少，研讨不深入", "结合医保工作实际谋划推进改革措施不多"]),
        (P(2, C1[3:], "落实“三重一大”决策制度不严格", ["修订党组议事规则和“三重一大”事项决策实施细则", "建立党组会议议题清单和会议纪要审核制度"]),
         ["个别大额资金支出未经党组会议集体研究", "党组会议记录不规范，个别议题表决情况记录不全"]),
        (P(3, C2[3:], "医保基金监管存在漏洞，定点医药机构违规使用基金问题时有发生", ["开展定点医药机构违法违规使用医保基金专项检查，检查覆盖率100%", "追回违规使用医保基金186.4万元，对5家定点医药机构暂停医保服务协议", "上线医保智能监控系统，实现事前提醒、事中审核全覆盖", "建立医保基金监管部门联席会议制度"]),
         ["对定点医药机构日常检查频次不够", "个别定点医疗机构存在串换项目、超标准收费问题", "医保智能监控系统应用不充分"]),
        (P(4, C2[3:], "医疗救助资金管理不规范", ["对2022年以来医疗救助资金发放情况逐笔核查", "与县民政局、县乡村振兴局建立救助对象信息共享机制"]),
         ["部分救助对象身份信息比对不及时", "个别救助资金发放手续不全"]),
        (P(5, C3[3:], "服务群众“最后一公里”不畅通，异地就医备案办理不便", ["推行异地就医备案“网上办、掌上办、电话办”", "在15个乡镇便民服务中心设立医保服务站", "开展医保经办窗口作风专项整治"]),
         ["异地就医备案仍需群众到窗口办理", "乡镇医保服务站点覆盖不全"]),
        (P(6, C3[3:], "干部队伍专业化水平不高，医保专业人才缺乏", ["公开招聘医学、财会类专业人员4名", "与县人民医院建立医保业务人员双向交流机制"]),
         ["全局具有医学、财会专业背景的干部占比不足三分之一", "业务培训针对性不强"]),
        (P(7, C3[3:], "落实中央八项规定精神不够严格，公务接待管理不规范", ["对2021年以来公务接待费用开展专项清查，清退不合规费用0.42万元", "修订机关公务接待管理办法，严格执行公务接待“三单合一”"]),
         ["个别公务接待无公函、无接待清单", "接待费用报销审核把关不严"]),
        (P(8, C3[3:], "意识形态工作责任制落实不到位，医保政策宣传解读不够", ["制定党组意识形态工作责任清单，每半年专题研究一次意识形态工作", "组织医保政策“进乡村、进社区、进企业”宣传活动36场", "在县融媒体中心开设医保政策解读专栏"]),
         ["党组专题研究意识形态工作次数不足", "群众对医保待遇政策知晓率不高"]),
    ]
    blocks = [("title", title), ("p", "县委巡察办："),
              ("p", "根据县委统一部署，2024年3月18日至5月10日，县委第二巡察组对县医疗保障局党组开展了常规巡察，并于2024年6月14日反馈了巡察意见。"
                    "局党组坚决扛起整改主体责任，对照反馈的3个方面14个问题，制定整改措施47条，截至2024年9月30日，14个问题已全部整改完成，47条整改措施全部落实到位，"
                    "建立完善制度11项，追回违规使用医保基金186.4万元。现将整改情况报告如下。"),
              ("h", "第一部分  整改工作开展情况"),
              ("p", "一、提高政治站位，强化组织领导。①巡察反馈会后，局党组第一时间召开党组会议，传达学习县委巡察组反馈意见和县委书记在听取巡察情况汇报时的讲话精神；"
                    "②成立由党组书记任组长、班子成员任副组长、各股室负责人为成员的整改工作领导小组；③召开巡察整改专题民主生活会，班子成员逐一认领问题，深刻剖析问题根源。"),
              ("p", "二、细化整改任务，压实整改责任。①逐条梳理反馈问题，制定问题清单、任务清单、责任清单，明确责任领导、责任股室和完成时限；②实行整改台账管理，完成一项、销号一项；"
                    "③党组书记带头领办医保基金监管等重点整改任务，每周听取一次整改进展汇报。"),
              ("p", "三、坚持标本兼治，注重成果运用。①把巡察整改与医保基金监管集中整治、与医保经办服务提升结合起来，推动整改成果转化为工作成效；②对照巡察反馈问题举一反三，"
                    "在全系统开展同类问题自查，自查发现问题8个，已全部整改；③坚持开门整改，在局门户网站公开整改情况，接受群众监督。"),
              ("p", "四、强化监督检查，确保整改实效。①派驻纪检监察组全程参与整改工作，通过列席会议、调阅台账、实地核查等方式加强监督；②局整改工作领导小组办公室每半月对整改进展情况进行一次督查，"
                    "对进度滞后的股室下发督办通知；③整改完成后，组织对整改情况逐项验收，对佐证资料不完整、整改质量不高的问题退回重新整改。"),
              ("p", "通过巡察整改，全局党员干部的政治意识、纪律意识和服务意识明显增强，医保基金监管制度体系进一步健全，医保经办服务水平不断提升。整改期间，全县城乡居民基本医疗保险参保率稳定在95%以上，"
                    "住院费用政策范围内报销比例达到70%；门诊慢特病待遇认定下放至乡镇卫生院办理，群众办理时间由15个工作日缩短至5个工作日；医保电子凭证激活率提高到82.6%，"
                    "“看病就医一码通”在全县定点医药机构全面推行。"),
              ("h", "第二部分  巡察反馈问题整改落实情况")]
    last = None
    for p, shows in data:
        p.status = "done"  # '整改结果：已整改完成。' printed under each problem
        if p.cat != last:
            blocks.append(("h", [C1, C2, C3][[C1[3:], C2[3:], C3[3:]].index(p.cat)]))
            last = p.cat
        blocks.append(("h", f"问题{cn(p.seq)}：{p.title}。"))
        blocks.append(("p", "".join(f"表现{cn(i)}：{sw}。" for i, sw in enumerate(shows, 1))))
        mt = circ(p.measures)
        recount_block(mt, "[" + CIRC + "]", len(p.measures), p.title)
        blocks.append(("p", "整改措施：" + mt))
        blocks.append(("p", "整改结果：已整改完成。"))
    blocks += [("h", "第三部分  下一步工作打算"),
               ("p", "局党组将以此次巡察整改为契机，持续巩固整改成果：①对已完成整改的问题定期开展“回头看”，防止问题反弹回潮；②健全医保基金监管长效机制，保持打击欺诈骗保高压态势；"
                     "③加强干部队伍建设，不断提升医疗保障服务水平，切实守护好人民群众的“看病钱”“救命钱”。局党组将自觉接受县纪委监委、县委巡察办和广大群众的监督，把巡察整改成果转化为推动全县医疗保障事业高质量发展的实际行动，为建设健康石梁作出新的更大贡献。"),
               ("pr", "中共石梁县医疗保障局党组"), ("pr", "2024年10月9日")]
    write_docx(stem, blocks)
    finish(stem, url="http://www.dqzjw.gov.cn/info-70-5005.html",
           genre="2 report with 第一部分 (organising work as 一、…①②③) and 第二部分 holding '问题一：' headings under （一）…方面, each with '表现一：…表现二：…' lines and '整改措施：①…②…'",
           kind="bulletin", title=title, issuer=issuer, date="2024-10-09",
           insp=["县委第二巡察组", "县医疗保障局党组", "2024-03-18", "2024-05-10", "2024-06-14"],
           headline={"problems_total": 14, "problems_done": 14, "measures_total": 47, "measures_done": 47, "rules_made": 11},
           probs=[p for p, _ in data], koi=2,
           anomalies=["docx, a report addressed to '县委巡察办：'. 第一部分's 一、…三、 paragraphs hold ①②③ items of organising work (not problems, not measures); 第三部分's ①②③ are next steps.",
                      "NEW: each problem is a '问题一：…' heading followed by '表现一：…表现二：…' (its manifestations: description, not measures) and '整改措施：①…②…': title = the 问题 statement without its trailing 。, seq = 一 -> 1 (R76), measures = the circled items (R96).",
                      "category = the '（一）…方面' heading above, without its number (R79); '整改结果：已整改完成。' after each problem -> done (R93).",
                      "Headline in the lead: '3个方面14个问题' -> 14 problems, all done ('14个问题已全部整改完成' -> 14, R71); 47 measures all done -> 47/47; 11 rules. 186.4万元, 95%/70%/82.6%, 15/5 days, 36 activities, 8 self-found problems of the 自查 (a different exercise), 4/9/2 and the figures inside measures are distractors. The report prints 8 of the 14 problems (labelled as printed).",
                      "The signature block prints the issuer; the addressee line is not a party."])



# ================================================================ 05 a university's long bulletin: organising section, then five '（一）关于…的问题' category headings with '1.…' problems (Word-saved .html)
# Layout modelled on https://alex-chef.com/dwxcb/2022/1216/c8271a185349/page.htm (a university's 巡察 反馈 page: '10月12日至11月2日，
# 党委五个巡察组分别对五个学院党组织开展了常规巡察…'; the feedback names the problems by category — 学懂弄通做实…有差距, 履行全面从严
# 治党“两个责任”不到位, 落实新时代党的组织路线有短板, 对…监督发现的问题…整改不够彻底), written as the university's own bulletin on a
# 省委巡视 with the problems under five category headings after an organising section, saved from Word as a web page.
def doc05():
    stem = "w19_05_university_five_categories_word_html"
    title = "中共澜川工程大学委员会关于省委巡视整改进展情况的通报"
    issuer = "中共澜川工程大学委员会"
    cats = ["关于学懂弄通做实习近平新时代中国特色社会主义思想有差距的问题",
            "关于落实立德树人根本任务有短板的问题",
            "关于履行全面从严治党“两个责任”不到位的问题",
            "关于落实新时代党的组织路线有短板的问题",
            "关于巡视、审计等监督发现问题整改不够彻底的问题"]
    data = [
        (0, "理论学习中心组学习与学校改革发展实际结合不紧", ["修订校党委理论学习中心组学习规则，建立“学习—研讨—转化”闭环机制", "围绕服务澜川制造业高质量发展开展专题调研6项，形成调研报告并推动成果转化"]),
        (0, "服务国家和区域重大战略的能力不强", ["制定学校服务地方经济社会发展行动计划，与省内8个地市签订战略合作协议", "组建先进制造、新能源材料等4个校地协同创新平台", "2024年横向科研经费到账1.36亿元，同比增长21.7%"]),
        (1, "课程思政建设推进不平衡，部分专业课程育人元素挖掘不够", ["制定课程思政建设三年规划，立项建设课程思政示范课程60门", "将课程思政实施情况纳入教师教学质量评价"]),
        (1, "学生心理健康教育工作体系不健全", ["建立校、院、班、宿舍四级心理健康工作网络", "按师生比配齐专职心理健康教育教师12名", "开展新生心理健康普查，建立重点关注学生台账"]),
        (1, "师德师风建设长效机制不完善", ["修订师德失范行为处理办法，实行师德考核“一票否决”", "建立师德师风负面清单和问题线索快速核查机制"]),
        (2, "校党委落实主体责任传导压力不够，二级党组织主体责任落实存在“上热中温下冷”", ["制定校党委及班子成员全面从严治党责任清单，逐级签订责任书", "校党委每年听取二级党组织书记抓全面从严治党工作述职", "对落实主体责任不力的2个二级党组织主要负责人进行约谈"]),
        (2, "基建、招生、科研经费等重点领域廉洁风险防控不到位", ["开展基建工程、招生录取、科研经费管理专项检查", "修订基本建设项目管理办法和科研经费管理办法", "建立重点领域廉洁风险排查和防控台账"]),
        (2, "意识形态工作责任制落实不够到位，对校园网络阵地管理不严", ["修订意识形态工作责任制实施细则，每半年专题研究一次意识形态工作", "对校内网站、新媒体账号开展全面排查，关停不活跃账号27个", "建立校园网络舆情监测和研判处置机制"]),
        (3, "干部队伍结构不优，年轻干部储备不足", ["制定中层干部队伍建设规划，选拔任用40岁以下中层干部11名", "建立优秀年轻干部库，实行动态管理"]),
        (3, "基层党组织建设质量不高，部分教师党支部书记“双带头人”培育不到位", ["实施教师党支部书记“双带头人”培育工程，配备率达到100%", "开展“对标争先”建设计划，培育校级样板支部15个"]),
        (4, "对上轮巡视反馈的科研经费管理问题整改不彻底", ["对上轮巡视反馈问题整改情况开展“回头看”，重新梳理整改不到位问题3个", "对科研经费使用不规范问题逐项核查，收回违规使用经费28.7万元"]),
        (4, "审计发现的国有资产管理问题整改进度滞后", ["开展国有资产清查，完成账实核对资产14.2万台件", "对长期闲置的大型仪器设备实行校内共享调剂", "修订国有资产管理办法和大型仪器设备开放共享管理办法"]),
    ]
    probs = []
    for i, (c, t, ms) in enumerate(data):
        seq = sum(1 for d in data[:i] if d[0] == c) + 1
        probs.append(P(seq, cats[c], t, ms))
    ps = [mso_p(title, bold=True, center=True),
          mso_p("根据省委统一部署，2024年3月25日至5月24日，省委第六巡视组对澜川工程大学党委开展了常规巡视，并于2024年7月12日反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
          mso_p("一、提高政治站位，全面加强对巡视整改工作的组织领导", bold=True),
          mso_p("（一）深化思想认识，增强整改自觉。校党委把巡视整改作为重大政治任务，先后召开党委常委会会议、巡视整改工作领导小组会议11次，专题学习习近平总书记关于巡视工作的重要论述，研究部署整改工作。"
                "召开巡视整改专题民主生活会，班子成员逐一认领问题、深刻剖析根源，开展批评和自我批评。"),
          mso_p("（二）健全工作机制，压实整改责任。成立由党委书记、校长任双组长的巡视整改工作领导小组，下设综合协调组和5个专项工作组，分别由校领导牵头负责。"
                "党委书记认真履行第一责任人职责，带头领办重点难点问题；班子成员落实“一岗双责”，对分管领域的整改任务亲自部署、亲自推动。"),
          mso_p("（三）细化整改任务，强化跟踪督办。校党委对照巡视反馈的5个方面23个问题，逐项制定整改措施96条，明确责任领导、牵头单位、配合单位和完成时限，实行台账管理、对账销号。"
                "巡视整改办每月调度一次整改进展，对进度滞后的4个单位发出督办通知。校纪委全程跟踪监督整改，将整改情况纳入政治监督重点。"),
          mso_p("（四）坚持开门整改，接受师生监督。通过学校门户网站、校内媒体公开整改进展，召开教职工代表、学生代表座谈会5场，收集意见建议63条，均已分类办理并反馈。"),
          mso_p("二、巡视反馈问题整改落实情况", bold=True)]
    last = None
    for p in probs:
        if p.cat != last:
            ps.append(mso_p(f"（{cn(cats.index(p.cat) + 1)}）{p.cat}", bold=True))
            last = p.cat
        ps.append(mso_p(f"{p.seq}.{p.title}", bold=True))
        mt = paren(p.measures)
        recount_block(mt, r"（\d+）", len(p.measures), p.title)
        ps.append(mso_p("整改情况：" + mt))
    ps += [mso_p("三、整改工作取得的阶段性成效", bold=True),
           mso_p("截至2024年12月底，巡视反馈的23个问题中，已完成整改18个，其余5个问题取得阶段性成效并持续推进；96条整改措施已完成87条；制定修订制度38项。"
                 "巡视移交的问题线索已全部办结，给予党纪政务处分3人，组织处理6人。学校以巡视整改为契机推动事业发展：新增国家级一流本科专业建设点4个，获批省部级科研平台3个，"
                 "2024届本科毕业生去向落实率达到92.4%。"),
           mso_p("在整改中，校党委坚持把巡视整改与学习贯彻党的二十届三中全会精神结合起来，与深化教育评价改革、推进学科专业结构调整结合起来，与做好师生急难愁盼问题解决结合起来，"
                 "完成学生宿舍空调安装和老旧食堂改造，新建教职工子女托管中心，推动整改成果惠及广大师生。"),
           mso_p("四、持续深化巡视整改的下一步打算", bold=True),
           mso_p("校党委将坚持目标不变、标准不降、力度不减，持续用心用力抓好后续整改。一是对尚未完成的5个问题，逐项明确阶段目标，实行销号管理；二是对已完成整改的问题开展“回头看”，"
                 "巩固整改成果；三是健全巡视整改长效机制，把整改成果转化为推进学校高质量发展的实际成效。欢迎广大师生、校友和社会各界对学校巡视整改落实情况进行监督。"
                 "联系电话：0XXX-87XXXXXX；电子邮箱：xszg@example.edu.cn。"),
           mso_p("中共澜川工程大学委员会", indent=False, flush="text-align:right;"),
           mso_p("2025年1月15日", indent=False, flush="text-align:right;")]
    (OUT / f"{stem}.html").write_text(word_html(title, ps, author="dwbgs", pages=7, grid_spacing="7.8 磅"), encoding="utf-8")
    finish(stem, url="https://alex-chef.com/dwxcb/2022/1216/c8271a185349/page.htm",
           genre="2 university bulletin saved from Word as a web page: an organising section (一、 with （一）…（四）), then five '（一）关于…的问题' category headings each holding '1.…' problems with '整改情况：（1）…（2）…', closing figures and next steps",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-15",
           insp=["省委第六巡视组", "澜川工程大学党委", "2024-03-25", "2024-05-24", "2024-07-12"],
           headline={"problems_total": 23, "problems_done": 18, "measures_total": 96, "measures_done": 87, "rules_made": 38},
           probs=probs, koi=2,
           anomalies=["Word-saved .html (MsoNormal paragraphs, 仿宋 spans, o:p marks, Author/Pages properties). 一、's （一）…（四） are organising work; the problems are 二、's '1.…' headings under five '（一）关于…的问题' category headings.",
                      "category = the （一） heading without its number, wrapper '关于…的问题' kept as printed (R79/R81: the category keeps its wording; only a title loses the wrapper); seq = the printed number, restarting at 1 under each category (R75).",
                      "No status per problem: null (R95). Measures = the （1）（2） items of each '整改情况：' paragraph.",
                      "Headline in 三、: 23 problems / 18 done / 96 measures / 87 done / 38 rules (制定修订制度). 5 in progress, 11 meetings, 5 groups, 4 units, 5 座谈会, 63 suggestions, 3/6 people, 4/3 platforms, 92.4% and the figures inside measures are distractors; '5个方面' is a count of kinds. The bulletin prints 12 of the 23 problems (labelled as printed).",
                      "四、's 一是…三是 are next steps, not measures."])


# ================================================================ 06 a hospital's bulletin: four category headings, '问题N：' labels numbered through, '整改进展：…' lines of varied words (.pdf)
# Layout modelled on https://www.azyfy.com/list/96/108179.html (a hospital's page on its 巡察整改 work: the feedback named the
# hospital's problems in four aspects — 贯彻落实党的路线方针政策…决策部署, 贯彻落实全面从严治党战略部署, 贯彻落实新时代党的组织路线,
# 落实巡视巡察审计…整改 — and the 党委 meeting's 一要…五要), written as the hospital's full bulletin with those four aspects as
# category headings and each problem labelled 问题N with an 整改进展 line and (1)(2) items.
def doc06():
    stem = "w19_06_hospital_wenti_n_progress_lines_pdf"
    title = "中共棠州市第一人民医院委员会关于市委巡察反馈意见整改进展情况的通报"
    issuer = "中共棠州市第一人民医院委员会"
    cats = ["贯彻落实党的路线方针政策和党中央决策部署方面", "贯彻落实全面从严治党战略部署方面",
            "贯彻落实新时代党的组织路线方面", "落实巡视巡察、审计等监督发现问题整改方面"]
    data = [
        (0, "党委领导下的院长负责制执行不到位，党委会议和院长办公会议议事范围界定不清", ["修订党委会议、院长办公会议议事规则，制定“三重一大”事项清单", "建立党委会议前置研究讨论重大问题清单", "对2023年以来议事决策情况开展自查，规范会议记录"], "已完成整改"),
        (0, "落实公立医院改革任务不够有力，分级诊疗推进缓慢", ["与6家县级医院组建专科联盟，下转患者1840人次", "开设基层转诊绿色通道，设立双向转诊服务中心"], "持续推进中"),
        (0, "改善医疗服务行动落实不到位，患者就医体验不佳", ["推行分时段预约诊疗，预约就诊率提高到78%", "优化门诊流程，开设“一站式”服务中心", "开展“医患换位体验”活动，收集整改患者意见128条"], "已完成整改"),
        (1, "医院党委对科室廉洁风险防控指导不够，药品耗材采购监管存在漏洞", ["修订药品耗材遴选和采购管理办法，实行采购全流程线上留痕", "对高值医用耗材使用情况开展专项点评", "建立药品耗材采购廉洁风险台账"], "基本完成"),
        (1, "违反中央八项规定精神问题仍有发生，个别科室违规发放津补贴", ["对2021年以来各科室津补贴发放情况开展专项清查，清退违规发放资金12.6万元", "修订医院绩效分配方案，规范津补贴发放"], "已完成整改"),
        (1, "医德医风建设存在薄弱环节，收受“红包”回扣问题时有发生", ["开展医药领域腐败问题集中整治，签订廉洁行医承诺书2460份", "建立医务人员医德考评档案，考评结果与职称晋升挂钩"], "长期坚持"),
        (2, "中层干部选拔任用不够规范，个别科室主任长期空缺", ["修订中层干部选拔任用工作办法，完成中层干部竞聘上岗", "选配科室主任、护士长19名，补齐空缺岗位"], "已完成整改"),
        (2, "党支部建设与业务工作融合不够，“双带头人”培育不足", ["按照“支部建在科室上”要求调整党支部设置，党支部由18个调整为26个", "实施党支部书记“双带头人”培育工程，配备率达到96%"], "基本完成"),
        (2, "人才引进培养机制不健全，学科带头人和骨干人才流失", ["出台高层次人才引进和培养实施办法，2024年引进博士及高级职称人才14名", "设立青年医师成长基金，选派32名骨干医师到国内知名医院进修"], "持续推进中"),
        (3, "上轮巡察反馈的医疗收费问题整改不彻底，违规收费问题反弹", ["对上轮巡察反馈问题开展“回头看”，逐项复核整改情况", "开展医疗收费专项自查，退还患者违规收费8.3万元", "上线医疗收费智能审核系统"], "已完成整改"),
        (3, "审计发现的基建工程结算审核不严问题整改滞后", ["对门诊综合楼等3个基建项目结算开展复审，核减工程款216万元", "修订基建工程管理办法，建立工程结算第三方复审制度"], "持续推进中"),
    ]
    word = {"已完成整改": "done", "基本完成": "in_progress", "持续推进中": "in_progress", "长期坚持": "long_term"}
    probs = [P(i, cats[c], t, ms, status=word[w]) for i, (c, t, ms, w) in enumerate(data, 1)]
    blocks = [("title", title),
              ("p", "根据市委统一部署，2024年4月15日至6月14日，市委第五巡察组对棠州市第一人民医院党委开展了医疗卫生领域专项巡察，2024年7月23日向医院党委反馈了巡察意见。"
                    "按照巡察工作有关要求，现将巡察整改进展情况予以公布。医院党委诚恳接受市委巡察组反馈的意见，对反馈问题照单全收、逐条整改。"),
              ("h", "一、整改工作组织开展情况"),
              ("p", "医院党委把巡察整改作为当前和今后一个时期的重大政治任务，召开党委扩大会议传达学习巡察反馈意见，成立由党委书记任组长、院长任常务副组长、其他班子成员为副组长的巡察整改工作领导小组，"
                    "下设巡察整改办公室。党委会议、领导小组会议先后8次专题研究整改工作，对巡察反馈的4个方面38个问题逐条研究，制定“一案三清单”，明确整改措施112项，"
                    "逐项落实责任领导、责任科室和完成时限。"),
              ("p", "医院党委提出“五个要”的工作要求：一要提高政治站位，把巡察整改作为对医院的一次政治体检；二要主动认领任务，做到立行立改、限时整改、长期巩固；三要严明整改纪律，"
                    "严防敷衍整改、虚假整改；四要建立长效机制，从源头和根本上查找深层病灶；五要统筹兼顾，坚持做好医疗、教学、科研等工作，确保医院安全稳定运行。"
                    "巡察整改办公室每周召开一次工作例会，各责任科室汇报整改进度，对账销号；院纪委全程跟踪监督，对整改进度滞后的3个科室负责人进行提醒谈话。"),
              ("p", "医院坚持把巡察整改与推动高质量发展紧密结合，整改期间胸痛中心、卒中中心通过国家级认证，新增省级临床重点专科2个；门诊平均候诊时间缩短至18分钟，患者满意度提高到95.1%；"
                    "开展“清廉医院”建设，全院各科室建立廉洁风险防控台账，党员干部廉洁从医意识明显增强。院纪委将整改监督与日常监督贯通起来，对药品耗材采购、基建工程等重点领域开展监督检查4次，"
                    "督促相关科室完善制度、堵塞漏洞。"),
              ("p", "截至2024年11月30日，巡察反馈的38个问题已完成整改31个，基本完成4个，其余3个需长期坚持；112项整改措施已完成103项；制定修订医院管理制度27项，清退违规资金20.9万元。"),
              ("h", "二、巡察反馈问题整改落实情况")]
    last = None
    for p, d in zip(probs, data):
        if p.cat != last:
            blocks.append(("h", f"（{cn(cats.index(p.cat) + 1)}）{p.cat}"))
            last = p.cat
        blocks.append(("h", f"问题{p.seq}：{p.title}。"))
        blocks.append(("p", f"整改进展：{d[3]}。"))
        mt = paren(p.measures)
        recount_block(mt, r"（\d+）", len(p.measures), p.title)
        blocks.append(("p", mt))
    blocks += [("h", "三、下一步工作打算"),
               ("p", "医院党委将继续以巡察整改为契机，坚持问题导向，对基本完成和持续推进中的问题，明确时间节点，加快整改进度，力争一次性通过整改验收；对需长期坚持的问题，建立长效管理机制，"
                     "防止问题反弹回潮；把巡察整改与医院高质量发展、与“清廉医院”建设、与改善医疗服务行动结合起来，推动医院各项工作再上新台阶。同时，医院党委将严格落实巡察整改情况报告制度，按期向市委巡察办、市卫健委党委报送整改进展，对整改不力、敷衍整改的科室和个人严肃追责问责，"
                     "确保巡察整改工作善始善终、取得实效。"),
               ("p", "欢迎广大干部职工、患者和社会各界对医院巡察整改落实情况进行监督。联系电话：0XXX-22XXXXXX；电子邮箱：tzyyxc@example.cn。"),
               ("pr", "中共棠州市第一人民医院委员会"), ("pr", "2024年12月10日")]
    write_pdf(stem, blocks)
    finish(stem, url="https://www.azyfy.com/list/96/108179.html",
           genre="2 hospital bulletin: an organising section (with 一要…五要 requirements), then four '（一）…方面' category headings holding '问题N：…' labels numbered through, each with an '整改进展：…' line and (1)(2) items",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-10",
           insp=["市委第五巡察组", "棠州市第一人民医院党委", "2024-04-15", "2024-06-14", "2024-07-23"],
           headline={"problems_total": 38, "problems_done": 31, "measures_total": 112, "measures_done": 103, "rules_made": 27},
           probs=probs, koi=[2, 1],
           anomalies=["PDF from Word. 一、 is organising work, with the 党委's requirements '一要…五要' (not problems, not measures); the problems are the '问题N：…' headings under four '（一）…方面' category headings in 二、.",
                      "seq = N of '问题N' (numbered through the categories, R76); category = the （一） heading without its number; title = the statement after '问题N：' without its trailing 。.",
                      "status from the '整改进展：' line (R93): 已完成整改 -> done; 基本完成 / 持续推进中 -> in_progress; 长期坚持 -> long_term. Measures = the (1)(2) items below (R96).",
                      "Headline in 一、: 38 problems / 31 done (基本完成 4 are not done, R71) / 112 measures / 103 done / 27 rules (制定修订医院管理制度). 8 meetings, 3 people, 20.9万元, 2 专科, 18 minutes, 95.1%, 4 checks, 4 and 3 remaining and the figures inside measures are distractors. The bulletin prints 11 of the 38 problems (labelled as printed)."])



# ================================================================ 07 a city's report on a provincial 督察: narrative body, 附件1 a task table with varied status / unit / deadline cells, 附件2 the rules made (.docx)
# Layout modelled on http://sthjt.sc.gov.cn/sthjt/c104057/2020/5/20/361c26d1b5a3406c99d9204db0a9c2cc.shtml (德阳: '经省委、省政府批准，
# 2019年…至…，省生态环境保护专项督察组对我市开展了专项督察。…反馈了督察意见，指出我市…六个方面的问题…整改任务清单包括23项整改任务、
# 77条整改措施，并明确了整改目标、整改责任单位和整改时限', signed 中共德阳市委 德阳市人民政府), written as the city's report on the
# rectification with two attachments: the task table and the list of rules made.
STATUS07 = {"已完成": "done", "已销号": "done", "基本完成": "in_progress", "持续推进": "in_progress", "正在整改": "in_progress", "长期坚持": "long_term"}


def doc07():
    stem = "w19_07_city_ducha_report_two_attachments_docx"
    title = "中共棠州市委 棠州市人民政府关于第三轮省级生态环境保护督察反馈意见整改落实情况的报告"
    issuer = "中共棠州市委 棠州市人民政府"
    rows = [
        (P(1, None, "部分县（市、区）对生态环境保护工作重视不够，压力传导层层递减", ["将生态环境保护工作纳入市委理论学习中心组年度学习计划", "修订市对县（市、区）生态环境保护目标责任考核办法"], units=["市委组织部", "市生态环境局"], deadline="2024年底前", style="num"), "已完成"),
        (P(2, None, "中心城区细颗粒物浓度不降反升，大气污染防治措施落实不到位", ["制定中心城区空气质量达标攻坚行动方案", "完成水泥、陶瓷行业深度治理企业19家", "开展建筑工地和道路扬尘专项整治"], units=["市生态环境局", "市住建局", "市城管局"], deadline="长期", style="num"), "长期坚持"),
        (P(3, None, "沅江支流部分断面水质不能稳定达标", ["实施沅江支流水环境综合整治工程", "排查整治入河排污口136个", "建立跨界断面水质通报和生态补偿机制"], units=["市生态环境局", "市水利局", "沿江各县（市、区）人民政府"], deadline="2025年6月底前", style="num"), "持续推进"),
        (P(4, None, "城镇污水处理厂进水浓度偏低，管网雨污混流问题突出", ["实施城区雨污分流改造工程，改造管网48公里", "开展污水处理提质增效达标区建设"], units=["市住建局", "市城投集团"], deadline="2025年底前", style="num"), "正在整改"),
        (P(5, None, "棠州经济技术开发区污水集中处理设施超负荷运行", ["扩建开发区污水处理厂，新增处理能力2万吨/日", "对园区企业废水排放开展全面排查"], units=["棠州经济技术开发区管委会"], deadline="2024年底前", style="num"), "已销号"),
        (P(6, None, "危险废物规范化管理不到位，部分企业贮存场所不符合要求", ["开展危险废物规范化环境管理评估", "对贮存不规范的企业依法立案查处"], units=["市生态环境局"], deadline="立行立改", style="num"), "已完成"),
        (P(7, None, "历史遗留废弃矿山生态修复进度滞后", ["编制废弃矿山生态修复三年实施方案", "完成废弃矿山生态修复面积386公顷"], units=["市自然资源和规划局", "相关县（市、区）人民政府"], deadline="2026年底前", style="num"), "持续推进"),
        (P(8, None, "农村生活垃圾收运处置体系不健全，部分乡镇垃圾随意堆放", ["完善“户分类、村收集、镇转运、县处理”体系", "清理整治农村积存垃圾点位214处"], units=["市农业农村局", "市城管局"], deadline="2024年底前", style="num"), "基本完成"),
        (P(9, None, "畜禽养殖污染治理不到位，部分规模养殖场粪污直排", ["对规模养殖场粪污处理设施配套情况开展全面核查", "对粪污直排的7家养殖场依法处罚并督促整改到位"], units=["市农业农村局", "市生态环境局"], deadline="立行立改，长期坚持", style="num"), "已完成"),
        (P(10, None, "自然保护区内违规建设问题整改不彻底", ["对自然保护区内人类活动点位逐一核查建立台账", "拆除违规建筑并完成生态修复"], units=["市林业局"], deadline="2024年9月底前", style="num"), "已销号"),
        (P(11, None, "生态环境执法不严，个别违法行为查处不到位", ["开展生态环境执法大练兵和专项执法行动", "建立生态环境行政执法与刑事司法衔接机制"], units=["市生态环境局", "市公安局", "市检察院"], deadline="长期", style="num"), "长期坚持"),
        (P(12, None, "饮用水水源地保护区内违规问题整治不到位", ["对县级以上饮用水水源保护区开展专项排查", "依法关闭或搬迁保护区内违规项目4个"], units=["市生态环境局", "市水利局"], deadline="2024年6月底前", style="num"), "已完成"),
    ]
    for p, w in rows:
        p.status = STATUS07[w]
    table1 = [["序号", "整改任务", "整改措施", "责任单位", "完成时限", "完成情况"]]
    for p, w in rows:
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures), p.title)
        table1.append([str(p.seq), p.title, cell, "、".join(p.units), p.deadline, w])
    rules = [("棠州市生态环境保护工作责任规定", "中共棠州市委办公室 棠州市人民政府办公室", "2024年3月"),
             ("棠州市县（市、区）生态环境保护目标责任考核办法", "中共棠州市委办公室 棠州市人民政府办公室", "2024年4月"),
             ("棠州市中心城区空气质量达标攻坚行动方案", "棠州市人民政府办公室", "2024年3月"),
             ("棠州市扬尘污染防治管理办法", "棠州市人民政府", "2024年6月"),
             ("棠州市入河排污口监督管理办法", "棠州市人民政府办公室", "2024年5月"),
             ("棠州市跨界断面水质生态补偿办法", "棠州市人民政府办公室", "2024年7月"),
             ("棠州市城镇污水处理提质增效实施方案", "棠州市人民政府办公室", "2024年5月"),
             ("棠州市危险废物环境监管办法", "棠州市生态环境局", "2024年4月"),
             ("棠州市废弃矿山生态修复管理办法", "棠州市人民政府", "2024年8月"),
             ("棠州市农村生活垃圾治理考核办法", "棠州市农业农村局 棠州市城市管理局", "2024年6月"),
             ("棠州市生态环境行政执法与刑事司法衔接工作办法", "棠州市生态环境局 棠州市公安局 棠州市人民检察院", "2024年9月"),
             ("棠州市饮用水水源保护区管理办法", "棠州市人民政府", "2024年10月")]
    table2 = [["序号", "制度文件名称", "印发单位", "印发时间"]] + [[str(i), *r] for i, r in enumerate(rules, 1)]
    assert len(rules) == 12
    blocks = [("title", title),
              ("p", "省生态环境保护督察工作领导小组办公室："),
              ("p", "经省委、省政府批准，2023年10月16日至11月15日，省第二生态环境保护督察组对我市开展了第三轮省级生态环境保护例行督察。2024年1月12日，督察组向我市反馈了督察意见，"
                    "指出我市在生态环境保护工作中还存在贯彻落实习近平生态文明思想不够深入、大气污染防治问题突出、水环境治理存在短板、生态保护修复推进迟缓等4个方面的问题。"
                    "市委、市政府坚决扛起督察整改政治责任，制定《棠州市第三轮省级生态环境保护督察整改方案》，明确整改任务45项、整改措施152条，逐项明确整改目标、责任单位和完成时限。现将整改落实情况报告如下。"),
              ("h", "一、整改工作推进情况"),
              ("p", "（一）加强组织领导。成立由市委书记、市长任双组长的督察整改工作领导小组，下设办公室和大气、水、土壤及生态修复3个专项工作组。市委常委会会议、市政府常务会议先后6次专题研究督察整改工作，"
                    "市领导领衔督办重点整改任务18项，深入现场督导检查47次。"),
              ("p", "（二）实行清单管理。将督察整改任务逐项分解到责任单位，建立整改任务、责任、措施“三张清单”，实行拉条挂账、督办落实、办结销号。对整改任务完成情况按月调度、按季通报，"
                    "对进度滞后的2个县（市、区）和3个市直部门发出督办函，约谈相关负责同志4人。"),
              ("p", "（三）严格验收销号。制定督察整改任务验收销号办法，坚持“谁验收、谁负责”，由牵头单位组织验收、市督察整改办复核、在市政府网站公示后销号。"),
              ("p", "（四）注重建章立制。坚持当下改与长久立相结合，督察整改期间，全市出台生态环境保护相关制度文件12项（详见附件2），推动督察整改与日常监管有机衔接。"),
              ("h", "二、整改任务完成情况"),
              ("p", "截至2024年12月31日，45项整改任务已完成32项（其中已验收销号21项），基本完成5项，持续推进5项，需长期坚持3项，整改措施152条已落实137条。"
                    "督察组交办的1326件群众信访举报件已办结1318件，办结率99.4%。2024年，全市细颗粒物平均浓度为31微克/立方米，同比下降6.1%；国省考断面水质优良比例达到94.7%。"
                    "重点整改任务完成情况详见附件1。"),
              ("h", "三、下一步工作"),
              ("p", "对照督察整改要求，我市整改工作还存在一些差距：少数整改任务工程量大、推进难度较大；个别县（市、区）存在重工程建设、轻运行管理的倾向。下一步，我市将对未完成的13项整改任务"
                    "逐项倒排工期、挂图作战；对已完成的整改任务适时开展“回头看”，防止问题反弹；对整改不力、敷衍整改的严肃追责问责，确保督察整改任务全面完成。"),
              ("p", "附件：1.第三轮省级生态环境保护督察反馈问题重点整改任务完成情况表\n2.督察整改期间出台的制度文件清单"),
              ("pr", "中共棠州市委　棠州市人民政府"), ("pr", "2025年1月20日"),
              ("break", None),
              ("h", "附件1"), ("title", "第三轮省级生态环境保护督察反馈问题重点整改任务完成情况表"), ("table", table1),
              ("break", None),
              ("h", "附件2"), ("title", "督察整改期间出台的制度文件清单"), ("table", table2)]
    write_docx(stem, blocks)
    finish(stem, url="http://sthjt.sc.gov.cn/sthjt/c104057/2020/5/20/361c26d1b5a3406c99d9204db0a9c2cc.shtml",
           genre="1 report body, problems in the attachments: a city's report on a provincial 督察 whose body is narrative, 附件1 the task table (序号 | 整改任务 | 整改措施 | 责任单位 | 完成时限 | 完成情况) and 附件2 the list of rules made; 6 headline wordings",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-20",
           insp=["省第二生态环境保护督察组", "棠州市", "2023-10-16", "2023-11-15", "2024-01-12"],
           headline={"problems_total": 45, "problems_done": 32, "measures_total": 152, "measures_done": 137, "rules_made": 12},
           probs=[p for p, _ in rows], koi=[1, 6],
           anomalies=["docx: the report (addressed to the province's 督察办) with a narrative body 一、…三、; the problems are the 12 rows of 附件1 (12 of the 45 tasks, R63), after a page break; 附件2 lists rules, not problems.",
                      "status from the 完成情况 cell (R93): 已完成 / 已销号 -> done; 基本完成 / 持续推进 / 正在整改 -> in_progress; 长期坚持 -> long_term. Measures = the 整改措施 cell's '1.…' lines (R96). responsible_units = the 责任单位 cell split on 、 (R101; '沿江各县（市、区）人民政府' and '相关县（市、区）人民政府' kept whole as printed). deadline = the 完成时限 cell as written ('2024年底前', '长期', '立行立改', '立行立改，长期坚持'; R106). category null (no heading rows, R84); seq = the 序号 cell.",
                      "Headline: '45项整改任务已完成32项（其中已验收销号21项）' -> 45 / 32 (销号 21 is a subset); 152 measures / 137 done; rules_made = the body's '出台生态环境保护相关制度文件12项（详见附件2）' -> 12 (附件2's 12 rows agree; NEW: a rules list as an attachment confirms, but the stated count is read). 基本完成 5, 持续推进 5, 长期 3, 13 unfinished, '4个方面', 6 meetings, 18 tasks led, 47 visits, 2/3 units, 4 people, 1326/1318 信访 (R17), 99.4%, 31, 6.1%, 94.7% are distractors.",
                      "issuer = '中共棠州市委 棠州市人民政府' as the title prints it (ASCII space; the signature has an ideographic space, R37). inspected = '棠州市' ('对我市开展了…督察': the city the title names, as bw17 w17_02 labelled '东川省'). Period '2023年10月16日至11月15日', feedback '2024年1月12日'."])


# ================================================================ 08 a county's 督察 task list and progress as a workbook: sheet 1 the notice, sheet 2 the table with a 整改状态 column (.xlsx)
# Layout modelled on https://lzby.lzep.cn/lzrb/202403/25/content_210014.html (泸州: '经省委、省政府批准，2023年10月16日至10月30日，
# 省生态环境保护督察组…对我市开展了第三轮省级生态环境保护例行督察。2023年12月25日，督察组向我市反馈了督察情况…整改任务清单包括43项
# 整改任务、141条整改措施，并明确了整改目标、整改责任单位和整改时限。现向社会进行公开'), written as a county's notice of the list
# with its progress, saved as a workbook: the notice on sheet 1, the list on sheet 2.
def doc08():
    stem = "w19_08_county_ducha_task_list_status_xlsx"
    title = "石梁县第三轮省级生态环境保护督察整改任务清单及整改进展情况公示"
    issuer = "中共石梁县委 石梁县人民政府"
    W = {"已完成": "done", "已销号": "done", "基本完成": "in_progress", "持续推进": "in_progress", "正在整改": "in_progress", "长期坚持": "long_term"}
    rows = [
        (P(1, None, "县城建成区及周边大气污染防治措施落实不到位，工地扬尘管控不严", ["建立建筑工地扬尘防控“六个百分之百”清单化管理", "对县城建成区主次干道实行机械化清扫", "开展餐饮油烟专项整治"], units=["县住建局", "县城管局", "县生态环境局"], deadline="长期", style="num"), "全面改善县城空气质量，优良天数比率稳定在90%以上", "长期坚持", "县城建成区工地扬尘在线监测实现全覆盖，2024年优良天数比率达到91.8%。"),
        (P(2, None, "梁溪河部分河段水质不稳定，沿河生活污水直排", ["实施梁溪河沿线截污纳管工程", "整治沿河生活污水直排口23个"], units=["县住建局", "梁口镇人民政府", "青石镇人民政府"], deadline="2025年6月底前", style="num"), "梁溪河出境断面水质稳定达到Ⅲ类", "持续推进", "截污纳管工程已完成工程量的65%，已整治直排口17个。"),
        (P(3, None, "乡镇污水处理设施建成后运行不正常", ["对全县12座乡镇污水处理设施开展运行评估", "实行乡镇污水处理设施第三方专业化运营"], units=["县住建局"], deadline="2024年底前", style="num"), "乡镇污水处理设施正常运行率达到90%以上", "基本完成", "已完成运行评估，10座设施实现第三方运营。"),
        (P(4, None, "工业园区企业环保设施运行不规范", ["对园区重点排污企业开展“双随机”执法检查", "督促企业完善环保设施运行台账", "对违法企业依法立案查处"], units=["县生态环境局", "石梁工业园区管委会"], deadline="立行立改", style="num"), "园区企业环保设施稳定运行、达标排放", "已完成", "检查企业86家，立案查处环境违法案件9件。"),
        (P(5, None, "非法采砂问题屡禁不止，河道生态遭到破坏", ["开展河道非法采砂专项整治行动", "建立水利、公安、交通联合执法机制", "对受损河道实施生态修复"], units=["县水利局", "县公安局", "县交通运输局"], deadline="2024年底前", style="num"), "非法采砂行为得到有效遏制，受损河道完成修复", "已销号", "查处非法采砂案件14起，修复河道岸线3.2公里，已通过市级验收销号。"),
        (P(6, None, "畜禽养殖污染防治不到位，禁养区内仍有养殖场未关停", ["对禁养区内养殖场逐一核查", "依法关停禁养区内养殖场5家", "指导规模养殖场配套建设粪污处理设施"], units=["县农业农村局", "县生态环境局"], deadline="2024年9月底前", style="num"), "禁养区内养殖场全部关停，规模养殖场粪污处理设施配套率达到100%", "已完成", "禁养区内5家养殖场已全部关停，规模养殖场粪污处理设施配套率达到100%。"),
        (P(7, None, "农村黑臭水体治理进展缓慢", ["对纳入国家监管清单的农村黑臭水体逐一制定治理方案", "建立农村黑臭水体治理长效管护机制"], units=["县生态环境局", "县农业农村局", "各乡镇人民政府"], deadline="2025年底前", style="num"), "国家监管清单内农村黑臭水体全部完成治理", "正在整改", "已完成治理6处，其余4处正在施工。"),
        (P(8, None, "废弃矿山生态修复推进迟缓", ["编制废弃矿山生态修复实施方案", "完成废弃矿山修复面积86公顷"], units=["县自然资源局"], deadline="2026年底前", style="num"), "历史遗留废弃矿山生态修复任务全部完成", "持续推进", "已完成修复面积41公顷。"),
        (P(9, None, "生活垃圾填埋场渗滤液处理能力不足", ["扩建垃圾填埋场渗滤液处理站", "对存量渗滤液开展应急处置"], units=["县城管局"], deadline="2024年6月底前", style="num"), "渗滤液处理能力满足需要，存量渗滤液全部处置", "已销号", "渗滤液处理站扩建完成，新增处理能力150吨/日，已验收销号。"),
        (P(10, None, "饮用水水源保护区规范化建设滞后，部分水源地隔离防护设施缺失", ["完善县城及乡镇饮用水水源保护区标志标牌和隔离防护设施", "清理整治水源保护区内环境问题点位12个"], units=["县生态环境局", "县水利局"], deadline="2024年底前", style="num"), "县级以上饮用水水源地水质达标率保持100%", "已完成", "完成隔离防护设施建设8.6公里，清理整治问题点位12个。"),
        (P(11, None, "建设项目环境影响评价和“三同时”制度执行不严", ["对近三年审批的建设项目开展环评落实情况专项检查", "对未批先建、未验先投的项目依法查处"], units=["县生态环境局", "县发改局"], deadline="立行立改", style="num"), "建设项目环评和“三同时”制度执行率达到100%", "已销号", "检查建设项目57个，查处违法项目3个，已验收销号。"),
        (P(12, None, "生态环境保护“党政同责、一岗双责”落实不够到位", ["制定县级部门生态环境保护责任清单", "将生态环境保护纳入乡镇和部门年度综合考核"], units=["县委办", "县政府办", "县生态环境局"], deadline="长期", style="num"), "生态环境保护责任体系健全完善", "长期坚持", "责任清单已印发实施，考核权重提高到8%。"),
    ]
    for r in rows:
        r[0].status = W[r[2]]
    notice = [title,
              "经省委、省政府批准，2023年10月16日至11月10日，省第五生态环境保护督察组对我县开展了第三轮省级生态环境保护例行督察。2023年12月28日，督察组向我县反馈了督察情况，"
              "指出我县在生态环境保护工作中还存在生态环境保护责任落实不到位、大气污染防治存在短板、水环境治理推进缓慢、生态保护修复滞后等4个方面的问题。",
              "为扎实做好督察整改工作，我县深刻剖析问题根源，制定了《石梁县第三轮省级生态环境保护督察整改任务清单》（以下简称整改任务清单）。整改任务清单包括31项整改任务、104条整改措施，"
              "并明确了整改目标、整改责任单位和整改时限。",
              "县委、县政府成立由县委书记、县长任双组长的督察整改工作领导小组，建立“周调度、月通报、季考核”工作机制，实行整改任务清单化管理、销号式推进。截至2025年3月31日，31项整改任务已完成19项（其中已验收销号11项），"
              "基本完成4项，持续推进5项，需长期坚持3项；104条整改措施已落实86条。督察期间交办的412件信访件已全部办结。",
              "整改中，县委常委会会议、县政府常务会议先后5次专题研究督察整改工作，县领导分片包干督办整改任务，深入现场督导32次；县纪委监委对整改工作开展专项监督，对整改进度滞后的2个乡镇和1个县直部门进行约谈。"
              "县督察整改办坚持验收销号“三级审核”，由责任单位自验、牵头单位初验、县督察整改办复核，销号情况在县政府门户网站公示，公示期满无异议后予以销号。同时，县委、县政府坚持举一反三、标本兼治，"
              "建立生态环境问题常态化排查整改机制，每季度组织开展一次生态环境问题大排查，推动督察整改与日常监管有机衔接。",
              "现将整改任务清单及整改进展情况向社会公开（见附表），接受公众监督。对整改任务落实情况有意见建议的，请通过以下方式反映：监督电话0XXX-58XXXXXX，电子邮箱slxdczg@example.cn。",
              "中共石梁县委　石梁县人民政府",
              "2025年4月8日"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "公示"
    for line in notice:
        ws.append([line])
    ws2 = wb.create_sheet("附表")
    ws2.append(["石梁县第三轮省级生态环境保护督察整改任务清单及整改进展情况表"])
    ws2.append(["填报单位：石梁县督察整改办", None, None, None, None, None, "截至2025年3月31日"])
    ws2.append(["序号", "反馈问题", "整改目标", "整改措施", "责任单位", "整改时限", "整改状态", "进展情况"])
    for p, goal, w, prog in rows:
        cell = p.mtext("\n")
        recount_block(cell, r"(?m)^\d+\.", len(p.measures), p.title)
        ws2.append([p.seq, p.title, goal, cell, "、".join(p.units), p.deadline, w, prog])
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, url="https://lzby.lzep.cn/lzrb/202403/25/content_210014.html",
           genre="1 task list with progress as a workbook: a county's notice on sheet 1, the 督察 task table on sheet 2 (序号 | 反馈问题 | 整改目标 | 整改措施 | 责任单位 | 整改时限 | 整改状态 | 进展情况)",
           kind="bulletin", title=title, issuer=issuer, date="2025-04-08",
           insp=["省第五生态环境保护督察组", "石梁县", "2023-10-16", "2023-11-10", "2023-12-28"],
           headline={"problems_total": 31, "problems_done": 19, "measures_total": 104, "measures_done": 86}, probs=[r[0] for r in rows], koi=1,
           anomalies=["Workbook (.xlsx): sheet 1 '公示' the notice, one paragraph a row; sheet 2 '附表' a title row, a '填报单位：…  截至…' row, the header and 12 of the 31 task rows (integers in 序号).",
                      "Tasks of a 督察 are problems (R63); title = the 反馈问题 cell; status from the 整改状态 column (已完成 / 已销号 -> done; 基本完成 / 持续推进 / 正在整改 -> in_progress; 长期坚持 -> long_term); measures from the 整改措施 cell's '1.…' lines only (the 整改目标 and 进展情况 cells are not counted); units = the 责任单位 cell split on 、 ('各乡镇人民政府' kept as printed); deadline as written ('长期', '立行立改'); category null; seq = 序号.",
                      "Headline: '31项整改任务已完成19项（其中已验收销号11项）' -> 31 / 19; '104条整改措施已落实86条' -> 104 / 86; no rules count. 4/5/3 by status, 412 信访件 (R17), '4个方面', 91.8%, 65%, 86/9 firms, 5 meetings, 32 visits, 2/1 units and the progress figures are distractors.",
                      "issuer = '中共石梁县委 石梁县人民政府' with an ASCII space (the signature row has an ideographic space); inspected = '石梁县' from the title ('对我县开展了…督察'). Period '2023年10月16日至11月10日'; feedback '2023年12月28日'; report_date = the signature date 2025-04-08 (the 截至 date is a cut-off)."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked twice")
