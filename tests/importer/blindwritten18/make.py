"""Generate blind held-out set 18 (written by helper writer18, session 20, 2026-12-06, ~21:00-21:45 UTC): nine FULL-LENGTH
documents + truths, the session's final held-out set of written documents.

All bodies, people, places and figures are invented for testing (澜州省, 青岚市, 云栖县, 临川县, 白沙县, 岑川市, 澜州理工大学 … do
not exist). Each document's layout (structure, headings, numbering, field labels, chrome, wording habits, where the problems
sit) is modelled on one real page found with the search tool (corpus pages); the page's address is in the comment above
each docNN function and in the truth's "url". writer18 did not read the parser (zhenggai/importer/**, tests/importer/*.py)
other than the shared tests/importer/blindwritten_kit.py named in the brief, and did NOT run it on this set (the lead
scores it; so there is no FIRST_RUN file). Of blindwritten10-16 only the file names were looked at; of blindwritten17 its
make.py (as the brief's model generator: docstring, finish/recount_file, the openings of doc01-05 and doc09 — the shape of
finish and recount_file is reused here, no layout or wording) and the truths w17_07 and w17_08; of blindwritten15 the truth
w15_08 (round-summary, one-task and audit-ledger conventions).

Every page named here was checked with `python3 /work/wt/known_urls.py --check` (all "new") and is absent from
blindwritten*/make.py. The genre's centre is used up: of ~45 candidate urls the queries returned, 36 were KNOWN
(ssqfy.hbfy, lzq.gov.cn 20250619, wuch.gov.cn, wfxfy.hbfy, fj.ptzy, sjj.ningbo, ruijin, cixird, xingning, wenkuhub,
chengan, zhongshan.jcy, dgjj.dg, hfzxmc, haerbin.baogaosu, qj.gov.cn, zhuangpeitu, scfbfile.3xmt, rwxy.hyit, nllz,
dqzjw, huiji, whkfq, rddy, ilynn, lx.edulxw, arvrreview, yybnet, huanbaole, nzgx, jingzhou.cjyun, ghhzrzy.tj,
chengxiang, ixbang, jw.km …) and were declined. No NEW one-task 销号 公示 page was found (every one the queries returned
is labelled: chengan, ixbang, nzgx); doc03's frame (title block, '来源：… 发布时间：…hh:mm:ss' line) follows a new page
(hycfw.com) and its field layout is writer18's own. Spam/unrelated results declined: zhetiaohe, abg.baidu, fengdujob,
jianbiaoku, renrendoc, fx361, handmsg, seridoat, 360docs, udn, ltn, bg3, mixpictjp, glpsettlementsolutions, cuoac.

Queries run (pages corpus): 整改落实情况的报告 附件 问题1.1 整改时限 整改进展情况 审计; 乡镇党委关于巡察整改情况的通报 下一步工作打算
问题一; 自然资源督察 反馈问题 整改销号 公示 问题编号; 海洋督察反馈指出 整改情况 围填海; 法院党组 巡察整改 共反馈问题 已完成整改
整改完成率; 巡察整改進展情況的通報 黨委 整改措施; 耕地保护督察 反馈问题 整改情况 销号 公示 图斑; 供电公司 巡察反馈问题整改情况 问题1
整改措施 完成时限; 河长制 督察 反馈问题清单 整改进展 序号 整改完成; 检察院党组 巡察整改情况 通报 下一步 持续深化; 医院 审计整改报告
审计发现问题 整改结果 附件; 銀行 巡視整改 通報 問題 整改; 督察反馈指出 整改进展 已完成 县 生态环境 问题整改情况; 安全生产巡查 反馈问题
整改情况报告 附件 问题清单 整改时限; 学院党委 巡察整改 第一部分 第二部分 第三部分 整改情况; 经济责任审计 整改情况报告 审计指出问题 整改结果
已整改 收回; 整改任务 销号 公示 公示期 验收意见 同意销号 联系电话 乡镇人民政府; 關於巡察整改情況的通報 已完成整改 個 整改完成率;
整改情况报告 附件1 整改台账 附件2 制度清单 巡察; 集中整改进展情况 党工委 整改工作开展情况 存在的不足 下一步工作计划; 中央环保督察
反馈问题 整改完成 公示 问题描述 整改情况 验收 第 项; 关于省生态环境保护督察反馈意见整改落实情况的报告 督察指出 整改情况; 整改方案 附件
整改任务清单 项目 整改目标 责任领导 完成时限 国有企业; 问题整改销号公示 整改问题 整改责任单位 整改完成情况 公示时间 如有异议; 审计整改台账
序号 审计发现问题 整改措施 整改结果 整改责任人 是否整改到位; 整改任务整改结果公示 海洋督察 整改任务编号 整改措施 整改结果; 巡视整改进展情况
附件 项目1.1 整改措施 完成情况 牵头部门; 关于第 号问题整改完成情况的公示 督察 交办 问题 整改完成 销号申请.

Formats: .docx (01 report + attachments, 07 notice with dates in prose), .pdf via soffice (02), UTF-8 .txt (03 one-task
notice, 06 traditional copy, 08 a cut doc-site copy), Word-saved .html (04), GB18030 .txt with CRLF (05), .xlsx ledger (09).
Kinds (issue 10's numbering, kind_of_issue in each truth): 01 -> 1, 02 -> 2, 03 -> 3, 04 -> 4, 05 -> 5, 06 -> 6,
07 -> 7, 08 -> 2 (a cut web copy), 09 -> 7 (an audit-rectification ledger).

Problems / measures per document (counted from the data and recounted in the written files): 01 12/38, 02 15/33,
03 1/4, 04 14/35, 05 0/0 (a round summary), 06 18/38, 07 8/19, 08 13/33 (as far as the cut), 09 16/34 -> 97 problems,
234 measures in nine documents.

Counted twice (three times): every measure_count from the data (len of the measure list; the kit's Prob recounts its own
rendering), by a regex recount over the rendered text of that problem (recount_block, with the document's own item
pattern: ①, （1）, 1., 一是), and a third time over the written file read back (recount_file: each problem's segment from its
title to the next title or an end marker; 0 hits = one undivided paragraph). make.py refuses to write a truth when they
differ. Every non-null truth value is re-found in the written file's own text (check_refound; doc06 through t2s).

Conventions followed (CONVENTIONS.md): R76 dotted labels '项目1.3' -> 3 and '问题一' -> 1; R79 category = the nearest
heading without its numbering; R86 the '关于…的问题' wrapper stripped; R89 a labelled item's title is the text after the
label; R92 the lead-in '督察反馈指出，' dropped; R93/R94 status words; R96 items counted; R98 下一步 is not measures;
R101/R102/R104 units; R106 deadlines as written; R14/R77/R83 one-task notice; R19 round summary problems []; R46 audit
office as inspector; R5/R24/R25 a cut copy; R44 a doc-site 上传时间 is no date; R91 a traditional copy's problems simplified.
NEW calls (also in each truth's anomalies): doc01 attachment groups '第一部分 …方面' -> category without '第一部分';
doc02 a heading '（一）反馈问题：X' -> category X (the label '反馈问题：' dropped as R89 drops labels); doc03/doc07 co-units
named in prose ('…牵头，…配合') are units with the lead; doc04 status from the first word of '整改情况：' ('已完成。' /
'达到序时进度。' / '长期坚持。'); doc06 a status marker after the heading ('（已銷號）' -> done, '（推進中）' -> in_progress) and
'已銷號N個' read as problems_done; doc09 the ledger's 问题类型 column as category, its 整改结果认定 cell as status
('已整改' done, '持续整改'/'部分整改' in_progress, C18), the closing 合计 row as the headline.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten18/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import openpyxl
import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import check_refound, cn, doc_text, mso_p, Prob, recount_block, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)
P = Prob
MIN_LEN = 2500
ALL = []
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
RE_SHI = r"[一二三四五六七八九十]是"
RE_PAREN = r"（\d+）"
RE_CIRC = r"[①-⑩]"
RE_NUM = r"(?<![\d.])\d+\.(?!\d)"


def finish(stem, *, url, genre, excerpt=False, pattern=None, end_marker=None, trad=False, **kw):
    save_truth(stem, **kw)
    path = OUT / f"{stem}.truth.json"
    t = json.loads(path.read_text(encoding="utf-8"))
    t = {"url": url, "excerpt": excerpt, "genre": genre, **t}
    path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check_refound(OUT, stem, trad, MIN_LEN)
    if kw.get("probs"):
        recount_file(stem, pattern, end_marker, trad)
    ALL.append(stem)


def recount_file(stem, pattern, end_marker, trad=False):
    """The third count, over the written file read back: each problem's segment runs from its title to the next
    problem's title (the last to end_marker, or the end of the text); pattern's hits there, 0 hits = 1."""
    path = next(p for p in OUT.glob(stem + ".*") if not p.name.endswith(".json"))
    text = re.sub(r"\s+", "", doc_text(path))
    if trad:
        text = opencc.OpenCC("t2s").convert(text)
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    pos, at = [], 0
    for p in t["problems"]:
        i = text.index(re.sub(r"\s+", "", p["title"]), at)
        pos.append(i)
        at = i + 1
    stop = text.index(end_marker, pos[-1]) if end_marker else len(text)
    for k, p in enumerate(t["problems"]):
        seg = text[pos[k] + len(re.sub(r"\s+", "", p["title"])):pos[k + 1] if k + 1 < len(pos) else stop]
        n = len(re.findall(pattern, seg)) or 1
        assert n == p["measure_count"], (stem, p["title"], n, p["measure_count"])


def circled(ms):
    if len(ms) == 1:
        return ms[0].rstrip("。") + "。"
    return "；".join(f"{CIRCLED[i]}{m.rstrip('。；')}" for i, m in enumerate(ms)) + "。"


# ================================================================ 01 city government's report, problems in ATTACHMENT 1 as '项目1.1：' items (.docx)
# Layout modelled on http://hzldzy.com/detail-4311.html (浙江省人民政府关于印发浙江省贯彻落实国家海洋督察围填海专项督察意见整改方案的
# 通知 浙政函〔2019〕23号: the document number under the title, the addressee line '各沿海设区市、县（市、区）人民政府，省级有关单位：',
# a short covering text, the signature and date, then the attached text with 一、指导思想 二、基本原则 （一）（二）…), written as a
# city government's report to the province on a 国家海洋督察, the report body first and the problems in 附件1 as
# '项目1.1：' items grouped under '第一部分 …方面', with 整改时限 / 责任单位 / 整改措施（①②③）/ 整改进展情况 fields; 附件2 a rules list.
def doc01():
    stem = "w18_01_city_ocean_ducha_report_attachments_docx"
    G = ["围填海管控方面", "海岸线保护与利用方面", "海洋生态环境保护方面"]
    S = {"done": "已完成", "in_progress": "达到序时进度"}
    probs = [
        P(1, G[0], "围填海历史遗留问题处理进度滞后，已填成陆区域长期闲置", ["逐宗建立围填海历史遗留问题清单和处理台账", "对已填成陆且有明确用海主体的区域依法完善用海手续", "对闲置区域编制招商和利用计划"], "done", ["市自然资源和规划局", "青岚港区管委会"], "2024年12月底前"),
        P(2, G[0], "个别项目化整为零规避审批，分散报批填海面积", ["对2012年以来审批的填海项目开展全面复核", "对拆分报批的3个项目依法依规处理", "建立用海项目关联性审查制度"], "done", ["市自然资源和规划局"], "2024年10月底前"),
        P(3, G[0], "违法填海查处不到位，部分罚没款未收缴", ["对督察指出的违法填海项目逐一复查处罚决定执行情况", "依法申请法院强制执行罚没款1860万元", "约谈相关县（市、区）政府分管负责人", "将违法用海查处纳入年度执法考核"], "in_progress", ["市自然资源和规划局", "市司法局"], "2025年6月底前"),
        P(4, G[0], "海域使用动态监管不力，部分用海项目超范围施工未被及时发现", ["升级海域动态监视监测系统，实现重点海域视频监控全覆盖", "建立用海项目施工期月巡查制度", "对超范围施工项目责令停工整改"], "done", ["市自然资源和规划局", "市海洋综合执法支队"], "2024年9月底前"),
        P(1, G[1], "自然岸线保有率未达到规划目标，部分岸段被围割占用", ["编制全市岸线保护与利用规划", "对被围割岸段实施整治修复", "建立岸线占补平衡制度"], "in_progress", ["市自然资源和规划局", "沿海各县（市、区）人民政府"], "2025年12月底前"),
        P(2, G[1], "港口岸线开发利用粗放，低效岸线较多", ["开展港口岸线利用效率评估", "对低效利用的6处码头岸线实施整合", "严格新增港口岸线准入标准"], "done", ["市交通运输局", "青岚港集团有限公司"], "2024年12月底前"),
        P(3, G[1], "海岸带违规建设问题突出，个别旅游项目侵占沙滩", ["对海岸带建设项目开展专项排查", "拆除侵占沙滩的违规建筑物2.3万平方米", "恢复沙滩自然形态"], "done", ["市住房和城乡建设局", "东屿区人民政府"], "2024年11月底前"),
        P(4, G[1], "海岛保护管理薄弱，无居民海岛存在违规开发", ["对全市无居民海岛开展全面排查", "对违规开发的2个海岛依法查处并组织生态修复", "落实无居民海岛岛长制", "建立海岛巡查台账"], "in_progress", ["市自然资源和规划局", "市海洋综合执法支队"], "2025年10月底前"),
        P(1, G[2], "入海排污口排查整治不彻底，部分排污口超标排放", ["完成全市入海排污口溯源和分类整治", "对超标排放的11个排污口实施截污纳管", "建立入海排污口长效监管机制"], "done", ["市生态环境局"], "2024年12月底前"),
        P(2, G[2], "近岸海域水质改善不明显，海湾富营养化问题突出", ["实施青岚湾综合治理攻坚行动", "推进沿湾污水处理厂提标改造", "开展入湾河流总氮控制"], "in_progress", ["市生态环境局", "市住房和城乡建设局"], "2025年12月底前"),
        P(3, G[2], "海水养殖尾水直排问题普遍，养殖污染防治滞后", ["制定海水养殖尾水排放地方标准实施方案", "推广养殖尾水生态化处理设施", "清理违规养殖设施"], "done", ["市海洋与渔业局"], "2024年12月底前"),
        P(4, G[2], "滨海湿地保护修复进度缓慢，红树林保护区管理不到位", ["编制滨海湿地保护修复三年行动计划", "新造和修复红树林86公顷", "完善红树林保护区界桩和监控设施"], "done", ["市林业局", "市自然资源和规划局"], "2024年12月底前"),
    ]
    title = "青岚市人民政府关于国家海洋督察反馈意见整改落实情况的报告"
    blocks = [("title", title), ("p", "青政报〔2025〕11号"), ("p", "澜州省人民政府："),
              ("p", "2024年5月13日至6月14日，国家海洋督察第二组对青岚市人民政府开展了海洋督察，重点督察围填海管控、海岸线保护利用和海洋生态环境保护等情况，"
                    "并于2024年9月3日向我市反馈了督察意见。市政府高度重视，将督察整改作为重大政治任务，逐项研究制定整改措施，扎实推进整改落实。现将有关情况报告如下："),
              ("h", "一、整改工作总体情况"),
              ("p", "督察反馈问题共3个方面12项，我市细化整改措施38条，明确责任单位、整改时限和整改目标，实行清单化管理、台账式推进。截至2025年3月31日，12项问题已完成整改8项，"
                    "其余4项达到序时进度；38条整改措施已落实31条；出台和修订制度文件9项。整改期间，全市累计投入海洋生态保护修复资金4.6亿元，修复岸线12.8公里，拆除违规建筑物2.3万平方米，"
                    "立案查处违法用海案件17宗，追责问责9人。"),
              ("h", "二、主要做法"),
              ("p", "（一）坚持高位推动，压实整改责任。成立由市长任组长、分管副市长任副组长、市级有关部门和沿海县（市、区）政府主要负责同志为成员的整改工作领导小组，"
                    "领导小组办公室设在市自然资源和规划局。市政府常务会议先后6次专题研究督察整改工作，市长、分管副市长多次深入现场调研督导，协调解决重点难点问题。"),
              ("p", "（二）坚持问题导向，细化整改任务。对照督察反馈意见，逐项分析问题成因，制定《青岚市国家海洋督察反馈意见整改方案》，将12项问题细化为38条整改措施，"
                    "逐条明确牵头单位、配合单位、整改时限和验收标准，做到问题、措施、责任、时限“四个清单”一一对应。"),
              ("p", "（三）坚持标本兼治，健全长效机制。在抓好具体问题整改的同时，注重从体制机制上查找根源，建立用海项目关联性审查、岸线占补平衡、无居民海岛巡查等制度，"
                    "推动海洋资源管理由“事后查处”向“事前防范”转变。"),
              ("p", "（四）坚持跟踪督办，确保整改实效。市整改办实行“周调度、月通报、季评估”，对进度滞后的事项下发督办通知单14份，对整改不力的2个单位进行约谈。"
                    "市纪委监委将督察整改纳入日常监督，对整改中发现的失职失责问题严肃追责问责。"),
              ("h", "三、下一步工作"),
              ("p", "我市将持续巩固整改成果，对尚未完成的4项问题倒排工期、挂图作战，确保按期完成；对已完成整改的问题适时开展“回头看”，防止问题反弹；"
                    "进一步健全海洋资源开发利用和生态环境保护长效机制，推动全市海洋经济高质量发展。"),
              ("p", "附件：1.青岚市国家海洋督察反馈问题整改进展情况\n2.整改期间出台的制度文件目录"),
              ("pr", "青岚市人民政府"), ("pr", "2025年4月10日"),
              ("break", None),
              ("p", "附件1"),
              ("title", "青岚市国家海洋督察反馈问题整改进展情况")]
    parts = ["第一部分", "第二部分", "第三部分"]
    g = -1
    for p in probs:
        if p.seq == 1:
            g += 1
            blocks.append(("h", f"{parts[g]}  {p.cat}"))
        mt = circled(p.measures)
        recount_block(mt, RE_CIRC, len(p.measures), p.title)
        blocks += [("p", f"项目{g + 1}.{p.seq}：{p.title}"),
                   ("p", f"整改时限：{p.deadline}"),
                   ("p", "责任单位：" + "、".join(p.units)),
                   ("p", "整改措施：" + mt),
                   ("p", f"整改进展情况：{S[p.status]}。" + {"done": "经市整改办组织验收，该项问题整改达到预期目标。",
                                                         "in_progress": "各项措施按计划推进，完成年度目标任务。"}[p.status])]
    blocks += [("break", None), ("p", "附件2"), ("title", "整改期间出台的制度文件目录"),
               ("p", "1.青岚市用海项目关联性审查办法\n2.青岚市海岸线占补平衡管理暂行规定\n3.青岚市无居民海岛巡查管理办法\n4.青岚市入海排污口监督管理办法\n"
                     "5.青岚市海水养殖尾水排放管理实施细则\n6.青岚市海域使用动态监管工作规程\n7.青岚市违法用海案件查处工作规程\n8.青岚市滨海湿地保护管理办法\n9.青岚市海洋督察整改验收销号办法")]
    write_docx(stem, blocks)
    finish(stem, url="http://hzldzy.com/detail-4311.html", genre="1 report body + problems in an attachment ('项目1.1：')",
           kind="bulletin", title=title, issuer="青岚市人民政府", date="2025-04-10",
           insp=["国家海洋督察第二组", "青岚市人民政府", "2024-05-13", "2024-06-14", "2024-09-03"],
           headline={"problems_total": 12, "problems_done": 8, "measures_total": 38, "measures_done": 31, "rules_made": 9},
           probs=probs, koi=1, pattern=RE_CIRC, end_marker="附件2",
           anomalies=["Report body (一、总体情况 二、主要做法 三、下一步) first, signed 青岚市人民政府 2025年4月10日; the problems are in 附件1 as '项目1.1：' … '项目3.4：' items (12), each with 整改时限 / 责任单位 / 整改措施（①②③…）/ 整改进展情况 lines; 附件2 is a list of 9 rules (not problems).",
                      "seq: '项目2.3' -> 3 (R76, last component; restarts in each part). NEW: category = the group line '第一部分  围填海管控方面' without its '第一部分' numbering (R79).",
                      "status from the 整改进展情况 line's first words: '已完成' -> done, '达到序时进度' -> in_progress (as bw17). measure_count = the ① items of 整改措施 (2 to 4).",
                      "Headline in 一、: '3个方面12项' -> 12, '已完成整改8项' -> 8, '细化整改措施38条' / '已落实31条' -> 38/31, '出台和修订制度文件9项' -> 9; 4.6亿元, 12.8公里, 2.3万平方米, 17宗, 9人, 6 meetings, 14 督办 notices, 2 units are distractors. '青政报〔2025〕11号' is the document number.",
                      "Inspection: '国家海洋督察第二组' over '2024年5月13日至6月14日', feedback 2024年9月3日 (lead); 2025年3月31日 is the cut-off of the figures."])


# ================================================================ 02 county procuratorate: organising section, then problems '（一）反馈问题：…' / '1.…' / '整改情况：（1）…', 下一步 last (.pdf)
# Layout modelled on http://www.sxfj.gov.cn/xun_shi_xun_cha/720312984866885.shtml (中共株洲市荷塘区委关于巡视整改进展情况的通报: lead
# '根据省委统一部署，2024年9月10日至11月19日，省委第三巡视组对荷塘区进行了巡视。2024年12月28日，省委巡视组向荷塘区反馈了巡视意见…';
# 一、组织整改落实情况 (prose; '区委常委会专题研究巡视整改工作5次'); 二、集中整改期内整改进展情况 （一）反馈问题：落实巡视审计整改不够有力，
# 成效不佳 1.区委主体责任扛得不牢…。 整改情况：…), written as a county procuratorate's full bulletin on a 县委巡察 with
# （1）（2） measures under each '整改情况：' and a closing 下一步 section.
def doc02():
    stem = "w18_02_procuratorate_middle_section_xiayibu_pdf"
    H = ["贯彻落实党中央决策部署和上级检察院工作要求有差距", "检察履职服务大局不够有力", "全面从严治党“两个责任”落实不到位", "落实新时代党的组织路线有短板"]
    probs = [
        P(1, H[0], "学习贯彻习近平法治思想不够深入，“第一议题”制度落实有偏差", ["修订党组理论学习中心组学习制度，将习近平法治思想列为必学内容", "建立“第一议题”学习台账，每季度检查一次"], style="paren"),
        P(2, H[0], "落实上级检察院部署的专项监督活动推进迟缓", ["对2023年以来上级部署的9项专项活动逐项对账", "建立专项活动月调度机制", "将专项活动完成情况纳入部门绩效考核"], style="paren"),
        P(3, H[0], "意识形态工作责任制落实不够到位", ["修订意识形态工作责任制实施细则", "对院网站和新媒体账号实行三审三校"], style="paren"),
        P(4, H[0], "重大事项请示报告制度执行不严", ["对2022年以来重大事项报告情况开展自查并补报2件"], style="paren"),
        P(1, H[1], "服务保障民营经济发展措施不实，涉企案件办理质效不高", ["开展涉企“挂案”专项清理，清理积案7件", "建立涉企案件繁简分流机制", "设立服务民营经济联络站"], style="paren"),
        P(2, H[1], "公益诉讼检察办案规模小，线索发现渠道窄", ["与县自然资源局等8家单位建立公益诉讼线索移送机制", "聘请公益诉讼观察员15名"], style="paren"),
        P(3, H[1], "未成年人检察工作综合保护不够", ["会同县教育局开展校园安全联合检查", "落实强制报告制度，督促相关单位报告线索"], style="paren"),
        P(4, H[1], "信访矛盾化解不够及时，个别信访案件久拖不决", ["对积案实行院领导包案化解", "落实群众信件“7日内程序回复、3个月内办理过程或结果答复”制度", "建立信访风险研判机制"], style="paren"),
        P(1, H[2], "党组主体责任压得不实，对干警日常监督管理偏松", ["修订党组落实全面从严治检主体责任清单"], style="paren"),
        P(2, H[2], "违反中央八项规定精神问题仍有发生，公务接待管理不规范", ["对2021年以来公务接待开展专项检查，清退不合规费用0.86万元", "修订公务接待管理办法"], style="paren"),
        P(3, H[2], "财务管理不规范，部分支出凭证要素不全", ["聘请第三方机构对2021年以来财务收支开展全面审计", "补正支出凭证43份", "修订财务报销审批流程"], style="paren"),
        P(4, H[2], "落实防止干预司法“三个规定”填报不及时", ["明确各部门廉政监督员负责提醒督导", "对未按时填报的干警予以通报"], style="paren"),
        P(1, H[3], "干部队伍结构不够合理，检察官梯队建设滞后", ["制定检察人才队伍建设三年规划", "遴选员额检察官3名"], style="paren"),
        P(2, H[3], "基层党组织建设有弱项，党支部组织生活不规范", ["开展党支部标准化规范化建设达标活动", "建立支部组织生活纪实台账", "对2个党支部书记进行提醒谈话"], style="paren"),
        P(3, H[3], "干部教育培训针对性不强", ["制定年度分类培训计划", "开展业务竞赛和岗位练兵活动12次"], style="paren"),
    ]
    title = "中共云栖县人民检察院党组关于县委巡察集中整改进展情况的通报"
    blocks = [("title", title),
              ("p", "根据县委统一部署，2024年3月18日至5月10日，县委第三巡察组对县检察院党组进行了巡察。2024年6月21日，县委第三巡察组向县检察院党组反馈了巡察意见。"
                    "按照巡察工作有关要求，现将巡察集中整改进展情况予以公布。"),
              ("h", "一、组织整改落实情况"),
              ("p", "院党组切实把抓好巡察整改作为重大政治任务，坚决扛起整改主体责任，第一时间成立由党组书记、检察长任组长的巡察整改工作领导小组，召开党组会议传达学习巡察反馈意见，"
                    "制定整改方案，形成问题清单、任务清单、责任清单。对巡察反馈的4个方面15个问题，细化整改措施52条，逐项明确责任领导、责任部门和完成时限。"),
              ("p", "党组书记坚决扛牢第一责任人责任，主持召开党组会议专题研究巡察整改工作7次，带头领办重点难点整改任务，深入部门督导整改进展。班子成员认真履行“一岗双责”，"
                    "按照分工抓好分管领域整改。派驻纪检监察组全程跟踪监督，对整改进度滞后的2个部门负责人进行提醒谈话。截至2024年10月底，15个问题已完成整改13个，2个问题正在持续推进；"
                    "52条整改措施已完成47条；建立完善制度11项。"),
              ("p", "院党组坚持把巡察整改与检察业务工作结合起来，与“高质效办好每一个案件”专项活动结合起来，与检察队伍教育整顿成果巩固结合起来，做到整改工作与业务工作同部署、同推进、同考核。"
                    "对巡察指出的共性问题，院党组举一反三，在全院范围开展同类问题排查，对排查出的问题一并纳入整改台账，推动整改从“解决一个问题”向“解决一类问题”延伸。"
                    "整改期间，院党组组织召开巡察整改专题民主生活会，班子成员逐一认领问题，深入查找思想、工作和作风方面的差距，开展批评和自我批评，明确个人整改措施。"),
              ("p", "院党组坚持开门整改，通过院门户网站、微信公众号公开整改进展，邀请人大代表、政协委员、人民监督员到院座谈12人次，听取对巡察整改工作的意见建议，"
                    "收集意见建议21条，均已分类办理并反馈。县纪委监委派驻纪检监察组通过列席会议、调阅台账、实地查看等方式，对整改工作开展全程监督，"
                    "推动各项整改任务按时间节点落实到位。对整改中发现的个别干警履职不到位问题，院党组依规依纪进行了处理，以严的标准、实的举措推动整改见底见效。"),
              ("h", "二、集中整改期内整改进展情况")]
    for p in probs:
        if p.seq == 1:
            blocks.append(("h", f"（{cn(H.index(p.cat) + 1)}）反馈问题：{p.cat}"))
        mt = p.mtext()
        recount_block(mt, RE_PAREN, len(p.measures) if len(p.measures) > 1 else 0, p.title)
        blocks += [("p", f"{p.seq}.{p.title}。"), ("p", "整改情况：" + mt)]
    blocks += [("h", "三、下一步工作打算"),
               ("p", "院党组将坚持目标不变、力度不减，持续抓好巡察整改工作。一是对尚未完成整改的2个问题，明确时间节点，实行销号管理，确保整改到位。"
                     "二是对已完成整改的问题开展“回头看”，巩固整改成果，防止问题反弹。三是把巡察整改与检察业务高质量发展结合起来，健全长效机制，推动各项检察工作提质增效。"
                     "四是持续加强检察队伍建设，深化全面从严治检，坚决纠治“四风”，持续营造风清气正的良好政治生态，以巡察整改的实际成效为云栖经济社会高质量发展提供有力司法保障。"),
               ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请在本通报发布之日起30日内，通过来信、来电、来访等方式及时向我们反映，我们将认真研究、及时办理，并以适当方式予以反馈。联系电话：0XXX-5523XXXX；通信地址：云栖县城关镇迎宾大道66号云栖县人民检察院办公室；邮政编码：XXXXXX。"),
               ("pr", "中共云栖县人民检察院党组"), ("pr", "2024年11月8日")]
    write_pdf(stem, blocks)
    finish(stem, url="http://www.sxfj.gov.cn/xun_shi_xun_cha/720312984866885.shtml", genre="2 organising section first, problems in the middle section, 下一步 last",
           kind="bulletin", title=title, issuer="中共云栖县人民检察院党组", date="2024-11-08",
           insp=["县委第三巡察组", "县检察院党组", "2024-03-18", "2024-05-10", "2024-06-21"],
           headline={"problems_total": 15, "problems_done": 13, "measures_total": 52, "measures_done": 47, "rules_made": 11},
           probs=probs, koi=2, pattern=RE_PAREN, end_marker="三、下一步工作打算",
           anomalies=["PDF from Word. 一、组织整改落实情况 (prose, with the figures) first; problems in 二、 under four headings '（一）反馈问题：…', each '1.…。' followed by '整改情况：（1）…；（2）…。'; 三、下一步 (一是…三是) is not measures (R98).",
                      "seq = the '1.' number, restarting under each heading (R75). NEW: category = the heading's text after the label '反馈问题：' (the label dropped as R89 drops an item's label; the heading otherwise as printed).",
                      "No status word per problem: status null (R95). measure_count = the （1）（2） items; a single action without (1) = 1 (R96).",
                      "Headline: '4个方面15个问题' -> 15, '已完成整改13个' -> 13, '细化整改措施52条' / '已完成47条' -> 52/47, '建立完善制度11项' -> 11; 7 meetings, 2 departments, 12 visits, 21 suggestions, and the figures inside measures (9, 7, 8, 15, 0.86万元, 43, 3, 2, 12) are distractors."])


# ================================================================ 03 one-task notice: one 自然资源督察 problem, fields as prose paragraphs (.txt UTF-8)
# Frame modelled on http://www.hycfw.com/Article/212808 (a 海洋督察整改 news page: the title line, then '来源:东台市海洋滩涂与渔业局
# 发布时间:2018-04-17 16:17:08', then the text); the notice's fields are writer18's own (no new one-task notice page exists
# in the store: every 销号 公示 the queries returned is labelled already).
def doc03():
    stem = "w18_03_natres_one_task_prose_fields_txt"
    ms = ["对督察指出的14个图斑逐一现场核查，建立“一图斑一档案”整改台账，明确每个图斑的整改责任人和完成时间",
          "对违规占用耕地建设的11处设施农业用房和2处晒场依法拆除，拆除面积共计1.37公顷，并按照耕地标准实施复耕",
          "对1个图斑补办设施农业用地备案手续，对不符合备案条件的部分全部拆除复耕",
          "建立县、镇、村三级田长巡田制度，将新增违法占用耕地情况纳入镇村年度考核，实行“早发现、早制止、严查处”"]
    p = P(7, "整改问题", "白沙县城关镇部分设施农业用地违规占用永久基本农田，擅自改变用途建设管理用房和晒场，涉及图斑14个、面积1.82公顷",
          ms, "done", ["白沙县自然资源局", "白沙县农业农村局", "城关镇人民政府"], "2025年6月30日前", style="num")
    mt = "\n".join(f"{i}.{m}。" for i, m in enumerate(ms, 1))
    recount_block(mt, r"(?m)^\d+\.", 4, p.title)
    title = "关于国家自然资源督察反馈第7号问题整改销号的公示"
    text = f"""白沙县自然资源局
{title}
来源：白沙县自然资源局    发布时间：2025-07-15 09:32:41    【字体：大 中 小】

2024年10月9日至11月22日，国家自然资源督察济南局对白沙县人民政府开展了耕地保护督察，并于2025年1月16日向白沙县人民政府反馈了督察意见。反馈意见共指出我县问题19个，其中第7号问题涉及城关镇设施农业用地违规占用永久基本农田。根据《澜州省自然资源督察反馈问题整改销号办法》有关规定，该问题已完成整改，经县级自验、市级验收，达到销号条件，现将整改情况予以公示。

整改问题：{p.title}。

整改责任：该问题由白沙县自然资源局牵头整改，白沙县农业农村局、城关镇人民政府配合。县自然资源局负责图斑核查、违法用地查处和复耕验收，县农业农村局负责设施农业用地备案审核和复耕后农业生产指导，城关镇人民政府负责属地拆除、复耕实施和日常巡查。整改时限为2025年6月30日前。

整改目标：违规占用的永久基本农田全部恢复耕种条件，复耕地块达到耕地质量标准并实现当季种植；设施农业用地备案管理规范，用地规模、用途与备案一致；建立防止新增违法占用耕地的长效机制，全县不再发生同类问题。

整改前基本情况：督察发现，2021年以来城关镇东岗、西塘、柳湾3个村部分经营主体以发展设施农业为名，在永久基本农田上建设管理用房、仓库和水泥晒场，部分用房实际用于居住和农资经营，改变了设施农业用地用途。涉及图斑14个，面积1.82公顷，其中永久基本农田1.64公顷。督察组认为，县、镇两级对设施农业用地备案审核把关不严，日常巡查发现后未及时制止和查处。

整改措施：
{mt}

整改完成情况：截至2025年6月20日，14个图斑全部完成整改。其中，拆除复耕图斑12个、面积1.37公顷；补办设施农业用地备案手续图斑1个、面积0.21公顷；另有1个图斑经核实为2009年以前的现状晒场，已按程序变更为一般耕地后恢复耕种，面积0.24公顷。复耕地块已种植冬小麦，耕作层厚度、田间道路和灌溉条件经县农业农村局检测达到耕地质量要求。整改中，县自然资源局对4起违法占地行为立案查处，罚没款共计6.5万元；县纪委监委对履职不力的2名镇村干部进行了诫勉谈话。

长效机制：县政府印发《白沙县设施农业用地管理实施细则》，明确设施农业用地“先备案、后动工”，备案信息每月上图入库；县田长办建立卫片图斑“月清零”工作机制，新增疑似违法占地图斑一律在15个工作日内核查处置到位。

举一反三：以第7号问题整改为契机，县政府组织对全县17个乡镇的设施农业用地开展拉网式排查，共排查设施农业用地备案项目412个，发现超面积建设、改变用途等问题项目23个，已全部督促整改到位；对排查中发现的4名履职不力的乡镇干部进行了提醒谈话。县自然资源局与县农业农村局建立设施农业用地联合审核机制，备案前共同现场踏勘，备案后每半年联合复核一次，从源头上防止以设施农业为名违规占用耕地。同时，县委组织部将耕地保护纳入乡镇领导班子年度考核，实行“一票否决”。

资金投入：整改中，县财政安排拆除复耕和耕地质量提升资金86万元，城关镇统筹村集体经济收入投入18万元，用于拆除清运、土壤翻耕、田间道路和灌排沟渠修复。对依法拆除的设施农业用房，县农业农村局指导经营主体在一般耕地上按规定重新选址备案，保障合法设施农业生产需要，未因整改影响相关合作社的正常经营。

群众评价：县自然资源局会同城关镇在东岗、西塘、柳湾3个村召开村民代表座谈会3场，发放整改满意度调查表120份，收回118份，群众对整改工作表示满意和基本满意的占97.5%。部分村民反映复耕地块灌溉水源不足的问题，已由城关镇协调新建提灌站1座，问题已解决。

佐证材料：本问题整改的佐证材料包括图斑核查表、违法用地立案查处卷宗、拆除复耕前后对比照片、耕地质量检测报告、设施农业用地备案资料、自验报告和市级验收意见等，共计7类213份，已按“一问题一档案”要求整理归档，存放于县自然资源局督察整改办公室备查。

自验情况：2025年6月24日，白沙县督察整改工作领导小组办公室组织县自然资源局、县农业农村局和城关镇人民政府对第7号问题整改情况进行自验，认为整改措施落实到位，整改目标全部实现，同意申请验收。

验收意见：2025年7月8日，青岚市自然资源和规划局会同市农业农村局组成验收组，通过查阅资料、现场核查、走访群众等方式对整改情况进行验收。验收组对14个图斑逐一现场核查，调取整改前后卫星遥感影像比对，抽取复耕地块土样3组送第三方机构检测，走访周边群众和经营主体21人次，并查阅了立案查处卷宗、备案资料和长效机制文件。验收组认为，第7号问题整改措施落实到位，违规占用的永久基本农田已全部恢复耕种条件，设施农业用地备案管理规范，防止新增违法占用耕地的长效机制已经建立并有效运行，整改成效明显，群众满意，同意销号。同时，验收组要求白沙县持续加强耕地保护日常监管，巩固整改成果，坚决防止问题反弹。

公示期限：2025年7月15日至7月21日（5个工作日）。公示期间，如对该问题整改情况有异议，请以书面、电话或电子邮件形式向白沙县自然资源局反映。反映问题应客观真实，并提供必要的证据材料；以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名和联系方式。

联系电话：0XXX-6211XXXX
电子邮箱：bszrzyj@example.cn
通信地址：白沙县城关镇人民路28号白沙县自然资源局督察整改办公室

白沙县自然资源局
2025年7月15日

【打印本页】 【关闭窗口】
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    finish(stem, url="http://www.hycfw.com/Article/212808", genre="3 one task, one notice (fields as prose paragraphs)",
           kind="bulletin", title=title, issuer="白沙县自然资源局", date="2025-07-15",
           insp=["国家自然资源督察济南局", "白沙县人民政府", "2024-10-09", "2024-11-22", "2025-01-16"],
           probs=[p], koi=3, pattern=RE_NUM, end_marker="整改完成情况",
           anomalies=["One-task 销号 公示 (R14): one problem, the '整改问题：' statement (R89, trailing 。 dropped); seq 7 from '第7号问题' (R77); category = the label '整改问题' (R83, C17 majority).",
                      "Fields are prose paragraphs with labels (整改问题 / 整改责任 / 整改目标 / 整改前基本情况 / 整改措施 / 整改完成情况 / 长效机制 / 自验情况 / 验收意见 / 公示期限). measure_count 4 = the '1.'…'4.' lines under 整改措施; 整改完成情况 and 长效机制 are not measures.",
                      "NEW: units from prose '由白沙县自然资源局牵头整改，白沙县农业农村局、城关镇人民政府配合' -> the lead and both co-units (R104, C6 for the lead; co-units added as the glossary's lead plus co-units). deadline from prose '整改时限为2025年6月30日前' (R106).",
                      "status done: '验收组…同意销号' (R94). Headline all null: '反馈意见共指出我县问题19个' counts the county's whole feedback, not this notice's task (bw17 doc08's call); 14 图斑, 1.82/1.64/1.37/0.21/0.24公顷, 6.5万元, 86/18万元, 4 cases, 2 people, 3 座谈会, 120/118 forms, 97.5%, 7类213份 are distractors; 举一反三 / 资金投入 / 群众评价 / 佐证材料 are not measures (412, 23, 17, 4 also distractors).",
                      "Dates: 督察 period 2024-10-09..11-22, feedback 2025-01-16 (lead); 2025-06-20/24, 07-08 (自验, 验收) and the 公示 window are not inspection dates (R53); report_date = signature 2025-07-15 (= 发布时间)."])


# ================================================================ 04 county report: '问题一：督察反馈指出，“……”' items under four classes (Word-saved .html)
# Layout modelled on http://m.shadafang.com/c/tj0PQ44IS2018.html (海南开展围填海专项整治…: '海南重点整治的四类突出问题是：' then each
# class as its own paragraph '…问题。' followed by the feedback's instances and '整改要求…'), written as a county's report on a
# provincial 生态环境保护督察: four class headings, items '问题一：督察反馈指出，“…”。' numbered through, each with '整改情况：' (a
# status word, then 一是…), '责任单位：' and '整改时限：'.
def doc04():
    stem = "w18_04_county_quoted_ducha_items_word_html"
    C = ["生态文明建设决策部署落实不到位问题", "水污染防治工作存在短板问题", "大气和土壤污染防治推进不力问题", "自然生态保护监管不严问题"]
    S = {"done": "已完成", "in_progress": "达到序时进度", "long_term": "长期坚持"}
    probs = [
        P(1, C[0], "临川县对生态环境保护工作研究部署多、推动落实少，县委常委会、县政府常务会议研究生态环境保护议题流于形式", ["修订县委常委会、县政府常务会议议事规则，每季度至少专题研究一次生态环境保护工作", "建立生态环境保护重点任务督办清单"], "done", ["县委办公室", "县政府办公室"], "2024年12月底前"),
        P(2, C[0], "生态环境保护“党政同责、一岗双责”落实不到位，部分职能部门履职意识不强", ["印发县级部门生态环境保护责任清单", "将生态环境保护工作纳入部门年度综合考核", "对履职不力的2个部门进行约谈"], "done", ["县生态环境分局", "县委组织部"], "2024年10月底前"),
        P(3, C[0], "上轮督察整改存在敷衍应付，部分已销号问题出现反弹", ["对上轮督察整改的21项任务开展“回头看”", "对反弹的3项问题重新建账整改", "建立销号问题定期复查制度"], "in_progress", ["县督察整改办"], "2025年6月底前"),
        P(4, C[1], "县城污水处理厂长期超负荷运行，雨季溢流污水直排临川河", ["实施县城污水处理厂二期扩建工程，新增处理能力2万吨/日", "建设溢流污水调蓄池1座", "开展县城雨污分流改造"], "in_progress", ["县住房和城乡建设局"], "2025年12月底前"),
        P(5, C[1], "乡镇污水处理设施“建而不用”，9座设施运行不正常", ["对乡镇污水处理设施实行第三方统一运维", "完善配套管网28公里", "建立运行情况月通报制度"], "done", ["县住房和城乡建设局", "各乡镇人民政府"], "2024年12月底前"),
        P(6, C[1], "畜禽养殖污染治理不到位，禁养区内仍有养殖场未关闭", ["关闭搬迁禁养区内养殖场7家", "推进规模养殖场粪污处理设施配套"], "done", ["县农业农村局", "县生态环境分局"], "2024年9月底前"),
        P(7, C[1], "饮用水水源保护区环境问题整治不彻底，保护区内存在违规建筑", ["拆除一级保护区内违规建筑4处", "完善保护区隔离防护设施和标志标牌", "建立水源地巡查制度"], "done", ["县水利局", "县生态环境分局"], "2024年11月底前"),
        P(8, C[2], "工业园区涉气企业治污设施运行不正常，部分企业超标排放", ["对园区42家涉气企业开展专项执法检查", "对超标排放的5家企业依法立案处罚", "推动园区建设挥发性有机物集中处理中心"], "done", ["县生态环境分局", "县工业园区管委会"], "2024年12月底前"),
        P(9, C[2], "建筑工地和道路扬尘管控不力，县城颗粒物浓度不降反升", ["落实建筑工地扬尘治理“六个百分之百”", "增加道路机械化清扫频次"], "long_term", ["县住房和城乡建设局", "县城市管理局"], "长期坚持"),
        P(10, C[2], "秸秆露天焚烧问题屡禁不止", ["实行县、乡、村三级网格化巡查", "推进秸秆综合利用，利用率达到92%以上"], "long_term", ["县农业农村局", "各乡镇人民政府"], "长期坚持"),
        P(11, C[2], "历史遗留工业固体废物堆场未有效整治，存在土壤污染风险", ["完成2处历史遗留固废堆场风险评估", "实施固废清运和场地修复"], "in_progress", ["县生态环境分局", "县自然资源局"], "2025年12月底前"),
        P(12, C[3], "自然保护区内违规开发问题整改不到位，个别旅游设施未拆除", ["拆除保护区核心区内旅游设施3处", "实施生态修复"], "done", ["县林业局"], "2024年12月底前"),
        P(13, C[3], "非法采砂屡打不绝，临川河部分河段河床下切严重", ["开展河道非法采砂专项整治", "建立河道采砂视频监控系统", "实行“河长+警长”联动执法"], "done", ["县水利局", "县公安局"], "2024年10月底前"),
        P(14, C[3], "矿山生态修复进度滞后，部分废弃矿山未落实修复责任", ["对全县37座废弃矿山逐一明确修复主体", "完成修复治理面积96公顷"], "in_progress", ["县自然资源局"], "2025年10月底前"),
    ]
    TARGET = ["生态环境保护议题研究部署常态化，重点任务落实到位。", "各部门生态环境保护责任明确，履职到位。", "上轮督察整改任务全部巩固，不出现反弹。",
              "县城污水处理能力满足需求，雨季不再溢流直排。", "乡镇污水处理设施正常运行，出水稳定达标。", "禁养区内养殖场全部关闭搬迁。",
              "饮用水水源保护区内违规建筑全部清除。", "园区涉气企业稳定达标排放。", "县城颗粒物浓度持续下降。", "秸秆露天焚烧得到有效遏制。",
              "历史遗留固废堆场完成整治，土壤环境风险得到管控。", "保护区核心区内违规设施全部拆除，生态得到恢复。", "非法采砂得到有效遏制，河道生态逐步恢复。",
              "废弃矿山修复责任全部落实，按计划完成修复治理。"]
    title = "中共临川县委 临川县人民政府关于省第二生态环境保护督察组督察反馈意见整改落实情况的报告"
    ps = [mso_p(title, bold=True, center=True), mso_p("市委、市政府：", indent=False),
          mso_p("2024年4月22日至5月22日，澜州省第二生态环境保护督察组对临川县开展了第三轮省级生态环境保护督察，并于2024年7月26日向临川县反馈了督察意见。"
                "县委、县政府坚决扛起督察整改政治责任，逐项制定整改措施，全力推进整改落实。现将整改落实情况报告如下："),
          mso_p("一、整改工作推进情况", bold=True),
          mso_p("县委、县政府成立由县委书记、县长任双组长的督察整改工作领导小组，制定《临川县贯彻落实省第二生态环境保护督察组督察反馈意见整改方案》，"
                "将督察反馈的4类14个问题逐项分解到县级领导和责任单位。县委常委会、县政府常务会议先后8次专题研究督察整改工作，县级领导带队现场督导63人次。"
                "截至2025年2月底，14个问题中已完成整改8个，达到序时进度4个，需长期坚持2个；督察组交办的群众信访举报件126件已全部办结。"),
          mso_p("整改中，县委、县政府坚持“当下改”与“长久立”相结合，建立“一个问题、一名县级领导、一个牵头单位、一套整改方案、一抓到底”的工作机制，"
                "实行整改任务清单化管理和“周调度、月通报、季督查”。县督察整改办先后开展现场督查5轮，下发督办通知单23份，对整改进度滞后的4个单位进行了通报，"
                "对履职不力的3名干部进行了问责。县纪委监委将督察整改纳入政治监督重点，对整改中发现的失职失责问题严肃追责问责，推动整改责任层层落实。"),
          mso_p("同时，县委、县政府把督察整改与污染防治攻坚、长江流域生态保护、乡村振兴等重点工作结合起来，统筹推进问题整改和生态环境质量改善。"
                "2024年，全县空气质量优良天数比率达到91.3%，同比提高2.6个百分点；临川河出境断面水质稳定达到Ⅲ类；县城集中式饮用水水源地水质达标率保持100%。"),
          mso_p("二、督察反馈问题整改情况", bold=True)]
    k = 0
    for p in probs:
        if p.seq == 1 or p.cat != probs[p.seq - 2].cat:
            k += 1
            ps.append(mso_p(f"（{cn(k)}）{p.cat}", bold=True))
        mt = p.mtext()
        recount_block(mt, RE_SHI, len(p.measures), p.title)
        ps += [mso_p(f"问题{cn(p.seq)}：督察反馈指出，“{p.title}。”"),
               mso_p(f"整改情况：{S[p.status]}。" + mt),
               mso_p("整改目标：" + TARGET[p.seq - 1]),
               mso_p("责任单位：" + "、".join(p.units)),
               mso_p(f"整改时限：{p.deadline}")]
    ps += [mso_p("三、下一步打算", bold=True),
           mso_p("下一步，县委、县政府将持续保持督察整改高压态势，对达到序时进度的问题倒排工期、加快推进，对需长期坚持的问题建立常态化工作机制，"
                 "对已完成整改的问题适时开展“回头看”，坚决防止问题反弹，以督察整改实际成效推动全县生态环境质量持续改善。"),
           mso_p("中共临川县委", indent=False, flush="text-align:right;"),
           mso_p("临川县人民政府", indent=False, flush="text-align:right;"),
           mso_p("2025年3月12日", indent=False, flush="text-align:right;")]
    html = word_html(title, ps, author="lcxdcb", pages=6, grid_spacing="7.8 磅")
    (OUT / f"{stem}.html").write_text(html, encoding="utf-8")
    finish(stem, url="http://m.shadafang.com/c/tj0PQ44IS2018.html", genre="4 quoted feedback items ('督察反馈指出，“……”')",
           kind="bulletin", title=title, issuer="中共临川县委 临川县人民政府", date="2025-03-12",
           insp=["澜州省第二生态环境保护督察组", "临川县", "2024-04-22", "2024-05-22", "2024-07-26"],
           headline={"problems_total": 14, "problems_done": 8},
           probs=probs, koi=4, pattern=RE_SHI, end_marker="三、下一步打算",
           anomalies=["Word-saved web page (mso paragraphs, document properties). Items '问题一：督察反馈指出，“…。”' numbered through 问题十四 under four class headings '（一）…问题' (as the model page's four 类).",
                      "title = the quoted feedback without the lead-in '督察反馈指出，' (R92), the quotes and the closing 。 (R86); seq '问题十四' -> 14 (R76); category = the class heading without '（一）' (R79), its closing '问题' kept as printed (C8).",
                      "NEW: status from the first word of '整改情况：' — '已完成。' done, '达到序时进度。' in_progress, '长期坚持。' long_term (R93); measures = the 一是… items after it. units from '责任单位：' split on 、 (R101); deadline from '整改时限：' as written, '长期坚持' included (R106).",
                      "Headline: '4类14个问题' -> 14, '已完成整改8个' -> 8; 4 at 序时进度 and 2 long-term are not done; 126 信访件 (R17), 8 meetings, 63 visits, 5 rounds, 23 notices, 4 units, 3 cadres, 91.3%, 2.6, 100% are distractors; the 整改目标 lines are not measures. issuer as printed with its inner space (R37)."])


# ================================================================ 05 round summary with figures only, 404 chrome above the article (.txt GB18030, CRLF)
# Layout modelled on https://3g.china.com/act/news/10000159/20180713/32680515.html (a stored news page whose copy opens with the
# site's '404 Not Found' block, then the headline, the dateline '2018-07-13 19:01:13    新华网', and '——'-led paragraphs of
# per-place figures), written as a city 巡察办's 通报 on a 巡察 round's rectification, reposted on a portal: figures for the
# round and for named bodies, no problem list, a signature, then the portal's editor line and related links.
def doc05():
    stem = "w18_05_round_summary_404_chrome_gb18030"
    title = "中共青岚市委巡察工作领导小组办公室关于十三届市委第五轮巡察集中整改情况的通报"
    text = f"""新闻>本地
404 Not Found

404 Not Found

Sorry for the inconvenience.
Please report this message and include the following information to us.
Thank you very much!

URL: http://m.qlrb.example.cn:8080/news/2025/0220/104432.html
Server: web-3-12
Date: 2026/02/03 11:20:45

Powered by QLRB

{title}

2025-02-20 10:12:06    青岚廉政网

各县（市、区）委，市委各部委，市级国家机关各部门党组（党委），各人民团体党组，市属国有企业党委：

2024年4月15日至6月20日，市委4个巡察组对市教育局、市卫生健康委、市交通运输局、市城市管理局、市水务集团等12个单位党组织开展了常规巡察。2024年7月下旬，市委各巡察组分别向被巡察党组织反馈了巡察意见，集中整改期限为3个月。日前，市委巡察办会同市纪委监委、市委组织部对本轮巡察集中整改情况进行了成效评估。

评估显示，被巡察党组织整改责任总体压得较实，整改工作取得阶段性成效。评估采取听取汇报、查阅资料、个别谈话、实地查看、问卷测评等方式进行，评估组逐一核对整改台账，对已销号问题按不低于30%的比例进行抽查核实，并对整改成效进行了综合评价。

——整改总体进展。本轮巡察共反馈问题416个，截至2025年1月底，已完成整改382个，整改完成率91.8%，其余34个问题正在按计划推进；被巡察党组织共制定整改措施1235条，已完成1147条；建立完善制度机制213项，清退违规资金386.4万元，挽回经济损失1520万元。

——主体责任落实。12个被巡察党组织均召开了巡察整改专题民主生活会，党组织书记主持召开整改专题会议共计97次，班子成员认领问题、领办任务286项。巡察移交的问题线索31件已全部办结，给予党纪政务处分19人，组织处理43人。

——重点单位整改。市教育局党组针对反馈的41个问题制定整改措施126条，已完成整改39个，清理规范中小学校外培训机构63家；市卫生健康委党组针对反馈的38个问题制定整改措施117条，已完成整改35个，推动医疗机构药品耗材集中采购全覆盖；市水务集团党委针对反馈的36个问题制定整改措施109条，已完成整改31个，完成老旧供水管网改造84公里。

——其他单位整改。市交通运输局党组针对反馈的34个问题制定整改措施98条，已完成整改32个，完成农村公路“畅返不畅”路段整治126公里；市城市管理局党组针对反馈的33个问题制定整改措施95条，已完成整改30个，规范城市道路占道经营点位210个；市市场监管局、市民政局、市文广旅局、市统计局、市供销社、市城投集团、市交投集团等7个单位党组织的整改完成率均在90%以上。

——制度机制建设。各被巡察党组织坚持“当下改”与“长久立”相结合，针对巡察发现的体制机制问题，围绕“三重一大”决策、财务管理、工程建设、选人用人等重点领域新建和修订制度，其中市教育局出台校园食品安全管理制度5项，市卫生健康委出台医疗机构廉洁从业规定4项，市水务集团出台工程建设项目管理制度7项，形成了一批管根本、利长远的制度成果。

——群众满意度。评估期间，市委巡察办采取问卷调查、个别访谈等方式，对12个单位的干部职工和服务对象开展满意度测评，共发放问卷1860份，收回1792份，对巡察整改工作表示满意和基本满意的占96.4%。干部群众普遍反映，通过巡察整改，一批群众反映强烈的“急难愁盼”问题得到解决，被巡察单位作风明显转变，服务效能有所提升。

——专项治理推动。市委巡察办梳理本轮巡察发现的共性问题9类，向市财政局、市国资委等7个职能部门移交，推动开展校园餐、医保基金、工程招投标等领域专项治理5项，从面上推动同类问题解决。

——典型经验做法。在整改过程中，各被巡察党组织探索形成了一批务实管用的经验做法。市教育局党组建立“问题整改双周会商”机制，由党组书记每两周召集相关科室和学校负责人会商一次，逐项研究推进难点问题；市卫生健康委党组推行“整改清单上墙、进度亮灯管理”，对每项整改任务实行红黄绿灯预警，整改进度一目了然；市水务集团党委把整改任务分解到基层班组，开展“我为群众办实事”供水服务提升行动，用户投诉量同比下降38%。市交通运输局党组探索“整改+监督”联动模式，邀请驻局纪检监察组全程参与整改方案制定和销号审核，确保整改不走过场。

市委巡察办认为，巡察发现问题的目的是解决问题，巡察整改是巡察工作的“后半篇文章”，必须做深做实。从本轮巡察整改情况看，大多数被巡察党组织能够把巡察整改作为重大政治任务，真认账、真反思、真整改，但也要清醒看到，整改工作不平衡、不充分的问题依然存在，有的单位满足于完成整改台账上的“规定动作”，对问题背后的体制机制原因分析不深、举一反三不够。

评估也指出，个别被巡察党组织仍存在整改措施针对性不强、整改台账不够规范、长效机制建设滞后等问题，有的整改存在“重形式、轻实效”倾向。对此，市委巡察办已向3个单位下发整改督办函，并将整改情况纳入年度党建考核和领导班子综合考评。

下一步，市委巡察办将持续加强巡察整改日常监督，把整改成效作为检验巡察工作的重要标准，对整改不力、敷衍整改的严肃追责问责，推动巡察整改真正落地见效。同时，市委巡察办将会同市纪委监委、市委组织部，在集中整改期结束后6个月内对本轮被巡察党组织开展整改“回头看”，重点检查整改措施落实、制度执行和问题反弹情况，对整改不到位、制度执行不严的单位，将责令重新整改并在全市范围内通报；对巡察整改中形成的好经验好做法，将及时总结推广，推动全市巡察整改工作整体提质增效，为青岚高质量发展提供坚强保障。

中共青岚市委巡察工作领导小组办公室
2025年2月18日

（责任编辑：周岚）

相关新闻：
·市委第三巡察组召开巡察工作动员会
·全市巡察工作推进会召开
·市纪委监委通报3起违反中央八项规定精神典型问题
·市委巡察工作领导小组召开会议听取本轮巡察情况汇报
·我市召开巡察整改工作推进会 部署集中整改工作
"""
    (OUT / f"{stem}.txt").write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    finish(stem, url="https://3g.china.com/act/news/10000159/20180713/32680515.html", genre="5 round summary with figures only (a web copy under 404 chrome)",
           kind="bulletin", title=title, issuer="中共青岚市委巡察工作领导小组办公室", date="2025-02-18",
           insp=[None, None, "2024-04-15", "2024-06-20", None],
           headline={"problems_total": 416, "problems_done": 382, "measures_total": 1235, "measures_done": 1147, "rules_made": 213},
           probs=[], koi=5,
           anomalies=["GB18030 text with CRLF. The copy opens with the site's '404 Not Found' block (its own URL, server and a 2026 date line) above the article, as the model page's stored copy does: chrome, not dates (R38, R40).",
                      "A round summary over 12 bodies by 4 巡察组: problems [] (R19); inspector and inspected null (several groups and bodies, bw17 w17_07); period 2024-04-15..06-20 (one period for the round); feedback '2024年7月下旬' (a 下旬, R53) -> null.",
                      "A 巡察办's 通报 reposted on a portal: title and issuer from the title line; report_date = the signature 2025年2月18日, which beats the portal's dateline '2025-02-20 10:12:06    青岚廉政网' (R41); '（责任编辑：周岚）' and the 相关新闻 list are chrome.",
                      "Headline: round totals 416 / 382 / 1235 / 1147 / 213 ('建立完善制度机制213项', as the glossary's 形成制度机制N项); the per-body figures (41/126/39, 38/117/35, 36/109/31), 91.8%, 34, 386.4万元, 1520万元, 97 meetings, 286 tasks, 31 clues, 19/43 people, 9 kinds, 7 departments, 5 治理, 63 institutions, 84公里, 3 letters, 34/98/32, 33/95/30, 126公里, 210 points, 90%, 5/4/7 rules of single bodies, 1860/1792 forms, 96.4%, 38% are distractors."])


# ================================================================ 06 township bulletin in TRADITIONAL characters, headline wordings '已銷號N個', status markers after headings (.txt UTF-8)
# Layout modelled on http://fydm168.com/zwgk/zzjg/xz/bmzrmzf/tzgg/4441715.shtml (a township government's notice stored in
# traditional characters: the title line, then '來源:米易縣白馬鎮人民政府 發布時間:2023-04-24 選擇閱讀字號:[ 大 中 小 ] 閱讀次數: 0',
# numbered sections and the signature with its date), written as a township party committee's full 巡察整改 bulletin with
# the headline figures worded '共計…個具體問題…已銷號…個，正在推進…個', categories '（一）…方面', items '1.…。（已銷號）' and 一是… measures.
def doc06():
    stem = "w18_06_township_traditional_xiaohao_markers_txt"
    C = ["貫徹落實黨的路線方針政策和上級決策部署方面", "落實全面從嚴治黨主體責任方面", "基層黨組織建設和幹部隊伍建設方面"]
    Cs = [opencc.OpenCC("t2s").convert(c) for c in C]
    probs = [
        P(1, Cs[0], "党委理论学习中心组学习流于形式，研讨交流不深入", ["制定年度理论学习计划，每月开展一次专题学习", "建立班子成员研讨发言材料审核制度"], "done"),
        P(2, Cs[0], "粮食生产责任落实不到位，部分耕地季节性撂荒", ["对全镇撂荒耕地逐块建立台账", "组织农业合作社流转复耕撂荒地", "将耕地保护纳入村级年度考核"], "done"),
        P(3, Cs[0], "乡村振兴项目推进缓慢，2个产业项目未按期建成", ["对在建项目实行班子成员包保推进", "建立项目进度周调度机制"], "in_progress"),
        P(4, Cs[0], "安全生产和防汛工作责任落实不细，隐患排查不彻底", ["开展自建房和地质灾害隐患点全面排查", "完善防汛应急预案并组织演练2次"], "done"),
        P(5, Cs[0], "信访矛盾化解不够及时，个别重复信访问题久拖未决", ["对重复信访件实行班子成员包案化解", "建立矛盾纠纷月排查制度"], "done"),
        P(6, Cs[0], "意识形态阵地管理不严，村级宣传栏内容更新不及时", ["对全镇村级宣传栏开展集中清理更新"], "done"),
        P(7, Cs[1], "党委主体责任压得不实，对村级组织监督管理偏松", ["修订镇党委落实全面从严治党主体责任清单", "班子成员每季度到联系村开展一次廉政谈话"], "done"),
        P(8, Cs[1], "违反中央八项规定精神问题仍有发生，公务用车管理不规范", ["对公务用车使用情况开展专项检查", "推行公务用车使用审批和派车单制度"], "done"),
        P(9, Cs[1], "村级财务管理不规范，部分村集体资金支出手续不全", ["开展村级财务专项审计，覆盖全部12个村", "推行村级资金非现金结算", "补正支出手续37笔"], "done"),
        P(10, Cs[1], "惠民资金发放监管不严，存在优亲厚友问题", ["对2021年以来惠民资金发放情况逐户核查", "追回违规发放资金"], "in_progress"),
        P(11, Cs[1], "工程项目管理不规范，个别项目未按规定招标", ["对2021年以来镇村工程项目开展全面清查", "修订镇村工程项目管理办法"], "done"),
        P(12, Cs[1], "集体“三资”管理混乱，部分集体资产未登记入账", ["开展农村集体资产清产核资", "将清查出的资产全部登记入账", "建立集体资产出租公开竞价制度"], "done"),
        P(13, Cs[2], "村党组织书记队伍老化，后备力量不足", ["建立村级后备干部人才库，储备后备干部36名", "开展村党组织书记轮训"], "done"),
        P(14, Cs[2], "党员发展不规范，个别发展对象培养考察不到位", ["对2019年以来发展党员档案进行全面检查", "补正档案材料"], "done"),
        P(15, Cs[2], "软弱涣散村党组织整顿成效不明显", ["制定“一村一策”整顿方案", "选派镇干部驻村帮促"], "in_progress"),
        P(16, Cs[2], "“三会一课”制度落实不严格，组织生活质量不高", ["建立支部组织生活纪实台账", "每半年开展一次组织生活质量检查"], "done"),
        P(17, Cs[2], "干部作风不够扎实，服务群众存在“慢作为”", ["开展作风建设专项整治", "推行便民服务事项“一次办好”"], "done"),
        P(18, Cs[2], "上轮巡察整改不彻底，3个问题整改成效不明显", ["对上轮巡察反馈问题开展“回头看”", "对整改不到位问题重新建账销号"], "done"),
    ]
    s2t = opencc.OpenCC("s2t")
    lines = []
    k = 0
    last = None
    for p in probs:
        if p.cat != last:
            lines.append(f"（{cn(k + 1)}）{C[k]}")
            k += 1
            last = p.cat
        mt = p.mtext()
        recount_block(mt, RE_SHI, len(p.measures) if len(p.measures) > 1 else 0, p.title)
        mark = "（已銷號）" if p.status == "done" else "（推進中）"
        lines.append(s2t.convert(f"{p.seq}.{p.title}。") + mark)
        lines.append(s2t.convert("整改措施：" + mt))
    title_s = "中共白沙县城关镇委员会关于县委巡察整改进展情况的通报"
    title = s2t.convert(title_s)
    body_s = """根据县委统一部署，2024年9月2日至10月25日，县委第二巡察组对城关镇党委进行了巡察，并于2024年12月6日反馈了巡察意见。镇党委对巡察反馈意见诚恳接受、照单全收，把抓好巡察整改作为当前和今后一个时期的重大政治任务，以高度的政治自觉、思想自觉和行动自觉推动整改落实。按照巡察工作有关要求，现将巡察整改进展情况予以公布。

一、整改工作总体情况

镇党委坚决扛起巡察整改主体责任，成立由党委书记任组长的巡察整改工作领导小组，制定整改方案，建立问题、任务、责任“三张清单”，实行台账管理、对账销号。县委第二巡察组反馈问题共计3个方面18个具体问题。截至2025年4月30日，18个具体问题已销号15个，正在推进3个；制定整改措施64条，已落实59条；建立健全制度机制12项；给予党纪政务处分2人，诫勉谈话5人，收回违规资金12.6万元。

镇党委书记切实履行第一责任人职责，主持召开党委会议、整改推进会9次，带头领办村级财务管理、集体“三资”清理等重点难点问题，深入联系村督导整改11次。班子成员按照分工认领问题，对分管领域的整改任务亲自部署、亲自推动，定期向镇党委报告整改进展。镇纪委把督促巡察整改作为日常监督重点，通过调阅台账、实地查看、走访群众等方式跟踪问效，对整改进度滞后的2个村党支部书记进行了提醒谈话。

镇党委坚持开门整改，在镇政务公开栏和各村村务公开栏公示整改进展，召开党员群众代表座谈会4场，收集意见建议27条，已全部办理并反馈。坚持举一反三，对巡察指出的村级财务、惠民资金、工程项目等共性问题，在全镇12个村开展同类问题排查，对排查出的问题一并纳入整改台账，推动整改从个案向类案延伸、从治标向治本深化。

二、具体问题整改情况

"""
    tail_s = """
三、下一步工作打算

镇党委将坚持整改目标不变、标准不降、力度不减，对正在推进的3个问题明确时间表、路线图，确保按期销号；对已销号问题定期开展“回头看”，巩固整改成果；把巡察整改与乡村振兴、基层治理等中心工作结合起来，以整改实效推动全镇各项工作高质量发展。同时，镇党委将进一步加强对村级组织的日常监督，常态化开展村级财务、集体“三资”和惠民资金监督检查，持续深化作风建设，坚决纠治群众身边的不正之风和腐败问题；进一步加强村党组织带头人队伍和后备力量建设，推动软弱涣散村党组织整顿转化，切实把巡察整改成果转化为推动基层治理、服务群众的实际成效，不断增强群众的获得感、幸福感、安全感。

欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请在本通报发布之日起15日内反映。联系电话：0XXX-6218XXXX；通信地址：白沙县城关镇解放路16号城关镇党政办公室；电子邮箱：bsxcgz@example.cn。

中共白沙县城关镇委员会
2025年5月8日
"""
    text = (title + "\n來源:白沙縣城關鎮人民政府 發布時間:2025-05-09 選擇閱讀字號:[ 大 中 小 ] 閱讀次數: 0\n"
            + s2t.convert(body_s) + "\n".join(lines) + "\n" + s2t.convert(tail_s))
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    issuer = s2t.convert("中共白沙县城关镇委员会")
    finish(stem, url="http://fydm168.com/zwgk/zzjg/xz/bmzrmzf/tzgg/4441715.shtml", genre="6 headline wordings ('已銷號N個') and a traditional-character copy",
           kind="bulletin", title=title, issuer=issuer, date="2025-05-08",
           insp=[s2t.convert("县委第二巡察组"), s2t.convert("城关镇党委"), "2024-09-02", "2024-10-25", "2024-12-06"],
           headline={"problems_total": 18, "problems_done": 15, "measures_total": 64, "measures_done": 59, "rules_made": 12},
           probs=probs, koi=6, pattern=RE_SHI, end_marker="三、下一步工作打算", trad=True,
           anomalies=["A copy in traditional characters (UTF-8): title, issuer and inspection names keep the page's script; problem titles and categories simplified (R91).",
                      "Chrome line '來源:… 發布時間:2025-05-09 選擇閱讀字號:[ 大 中 小 ] 閱讀次數: 0' as on the model page; report_date = the signature 2025年5月8日 (R41, beats 發布時間).",
                      "Problems '1.…。（已銷號）' under '（一）…方面' (categories kept with 方面, R79/R81); seq = the printed number, running 1-18 through the three categories (R75). NEW: a status marker after the heading: '（已銷號）' -> done, '（推進中）' -> in_progress; the marker is not part of the title.",
                      "measure_count = the 一是… items of '整改措施：'; a single undivided measure = 1. Headline wording '反饋問題共計3個方面18個具體問題…已銷號15個，正在推進3個；制定整改措施64條，已落實59條；建立健全制度機制12項' -> 18/15/64/59/12 (NEW: 已銷號 read as done, R93); 2/5 people, 12.6萬元, 9 meetings, 11 visits, 2 secretaries, 4 座谈会, 27 suggestions, 12 villages are distractors."])


# ================================================================ 07 city notice with dates and parties in PROSE: '第一项：…' paragraphs, lead/co units and deadlines in sentences (.docx)
# Layout modelled on http://gb.shandong.gov.cn/art/2019/3/4/art_100623_26247.html (山东省人民政府办公厅关于印发…国家海洋督察反馈意见整改
# 方案的通知 鲁政办字〔2018〕251号: the addressee '沿海各市人民政府，省政府有关部门：'; dates and parties in running prose — '国家海洋督察组于2017年
# 11月19至12月20日进驻山东省…2018年11月22日，自然资源部批准《…整改工作方案》…'; requirements in paragraphs), written as a city
# government office's notice on a 耕地保护督察's rectification: each problem a '第一项：' paragraph naming its lead and co
# units, its deadline and its state in sentences.
def doc07():
    stem = "w18_07_city_notice_prose_parties_dates_docx"
    CAT = "督察反馈问题整改情况"
    probs = [
        P(1, CAT, "2021年以来全市新增违法占用耕地图斑218个、面积86.4公顷，部分县（市、区）查处整改不到位", ["对218个图斑逐一核查，依法拆除复耕图斑176个", "对42个符合条件的图斑依法完善用地手续", "对违法占地行为立案查处并追责问责"], "done", ["市自然资源和规划局", "各县（市、区）人民政府"], "2024年12月31日前"),
        P(2, CAT, "永久基本农田保护不力，部分永久基本农田被用于植树造林和挖塘养鱼", ["制定永久基本农田“非粮化”整治方案", "对挖塘养鱼地块实施回填复耕"], "in_progress", ["市农业农村局", "市林业局", "市自然资源和规划局"], "2025年10月31日前"),
        P(3, CAT, "耕地占补平衡补充耕地质量不高，部分项目新增耕地不具备耕种条件", ["对2018年以来验收的补充耕地项目开展质量复核", "对不合格的7个项目实施提质改造", "建立补充耕地后期管护制度"], "done", ["市自然资源和规划局", "市财政局"], "2024年11月30日前"),
        P(4, CAT, "高标准农田建设重建轻管，部分灌溉设施损毁无人维修", ["建立高标准农田建后管护机制，落实管护主体和经费", "修复损毁灌溉设施"], "done", ["市农业农村局", "各县（市、区）人民政府"], "2024年12月31日前"),
        P(5, CAT, "设施农业用地管理不规范，存在以设施农业为名违规建设“大棚房”", ["开展设施农业用地专项清理", "拆除违规建筑并复耕"], "done", ["市农业农村局", "市自然资源和规划局"], "2024年9月30日前"),
        P(6, CAT, "耕地保护责任目标考核流于形式，考核结果运用不充分", ["修订耕地保护责任目标考核办法，提高考核权重", "将考核结果与干部任用和资金安排挂钩"], "done", ["市自然资源和规划局", "市委组织部"], "2024年10月31日前"),
        P(7, CAT, "田长制落实不到位，基层田长巡田履职不力", ["完善市、县、镇、村四级田长体系", "建立田长巡田履职考核制度", "开展基层田长业务培训"], "long_term", ["市田长办"], "长期坚持"),
        P(8, CAT, "农村乱占耕地建房问题整治不彻底，个别地方存在新增乱占", ["对农村乱占耕地建房问题开展再排查", "依法处置新增乱占耕地建房行为"], "in_progress", ["市自然资源和规划局", "市住房和城乡建设局"], "2025年6月30日前"),
    ]
    nums = "一二三四五六七八"
    title = "岑川市人民政府办公室关于国家自然资源督察耕地保护督察反馈问题整改情况的通报"
    blocks = [("title", title), ("p", "岑政办通〔2025〕6号"), ("p", "各县（市、区）人民政府，市政府有关部门："),
              ("p", "国家自然资源督察武汉局于2024年4月8日至5月17日进驻岑川市，对2021年以来全市耕地保护、永久基本农田保护和耕地占补平衡等情况开展专项督察，"
                    "并于7月2日向市人民政府反馈了督察意见，指出我市存在的问题8项。8月15日，市政府常务会议审议通过《岑川市国家自然资源督察耕地保护督察反馈问题整改方案》；"
                    "9月6日，澜州省自然资源厅对整改方案予以备案。为推动督察反馈问题整改落地见效，进一步压实各级各部门耕地保护责任，经市政府同意，现将整改情况通报如下："),
              ("h", "一、整改总体情况"),
              ("p", "各县（市、区）人民政府和市政府有关部门按照整改方案要求，逐项落实整改任务。截至2025年2月28日，督察反馈的8项问题已完成整改5项，其余3项正在按计划推进，"
                    "其中1项需长期坚持。整改中，全市共拆除复耕违法占用耕地图斑176个，立案查处违法用地案件63宗，给予党纪政务处分11人，组织处理18人。"),
              ("p", "市政府成立由市长任组长、分管副市长任副组长的督察整改工作领导小组，领导小组办公室设在市自然资源和规划局，抽调市农业农村局、市林业局、市住房和城乡建设局等部门人员集中办公。"
                    "市政府主要负责同志先后4次主持召开专题会议研究部署整改工作，分管负责同志多次带队深入县（市、区）和重点图斑现场督导。"
                    "市整改办建立整改任务清单、责任清单和销号清单，实行“周调度、月通报、季督查”，对整改进度滞后的2个县（市、区）政府分管负责同志进行了约谈。"),
              ("p", "各县（市、区）人民政府切实履行属地责任，主要负责同志亲自部署、亲自推动，逐一明确每个问题、每个图斑的整改责任人和完成时限；"
                    "市直有关部门按照职责分工，加强业务指导和跟踪督办，形成了市县联动、部门协同、齐抓共管的整改工作格局。"
                    "市纪委监委将督察整改纳入政治监督重要内容，对整改中发现的失职失责问题严肃追责问责，以有力问责推动整改落实。"),
              ("p", "通过整改，全市耕地保护形势总体向好。2024年度全市耕地保有量和永久基本农田保护面积均完成省下达的目标任务，年度卫片执法新增违法占用耕地面积同比下降61.3%，"
                    "补充耕地项目质量明显提升，农民群众和基层干部保护耕地的意识进一步增强，违法占用耕地高发势头得到有效遏制。"),
              ("h", "二、" + CAT)]
    for p in probs:
        mt = p.mtext()
        recount_block(mt, RE_SHI, len(p.measures), p.title)
        lead, co = p.units[0], p.units[1:]
        who = f"该问题由{lead}牵头" + (f"，{'、'.join(co)}配合" if co else "") + "。"
        when = "要求长期坚持。" if p.deadline == "长期坚持" else f"要求于{p.deadline}完成整改。"
        state = {"done": "目前已整改完成。", "in_progress": "目前正在推进，已完成阶段性目标。", "long_term": "目前该项工作需长期坚持，已纳入常态化管理。"}[p.status]
        blocks.append(("p", f"第{nums[p.seq - 1]}项：{p.title}。{who}{when}整改中，{mt}{state}"))
    blocks += [("h", "三、有关要求"),
               ("p", "（一）各责任单位要对照整改方案，对正在推进的问题倒排工期，确保按期完成；对已完成整改的问题，于2025年4月30日前完成自验并报市整改办申请验收。"),
               ("p", "（二）市整改办要加强跟踪督办，每月通报整改进展，对进度滞后、敷衍整改的，按程序提请约谈问责。"),
               ("p", "（三）各县（市、区）要举一反三，建立健全耕地保护长效机制，坚决遏制新增违法占用耕地。要严格落实耕地保护党政同责，将耕地保护目标任务逐级分解落实到乡镇（街道）和村（社区），"
                     "充分发挥田长制作用，做到早发现、早制止、严查处，确保耕地和永久基本农田保护任务落到实处。"),
               ("p", "（四）各责任单位要做好整改档案管理工作，按照“一问题一档案”要求，及时收集整理整改过程中形成的文件、图片、影像等佐证材料，确保整改过程可追溯、整改结果可核查。"
                     "整改中遇到的重大问题，要及时向市政府报告。"),
               ("pr", "岑川市人民政府办公室"), ("pr", "2025年3月20日"),
               ("p", "（此件公开发布）"),
               ("p", "抄送：市委各部门，市人大常委会办公室，市政协办公室，市纪委监委，市中级人民法院，市人民检察院，岑川军分区。"),
               ("p", "岑川市人民政府办公室　　　　　　　　2025年3月20日印发")]
    write_docx(stem, blocks)
    finish(stem, url="http://gb.shandong.gov.cn/art/2019/3/4/art_100623_26247.html", genre="7 dates and parties in prose ('第一项：' paragraphs)",
           kind="bulletin", title=title, issuer="岑川市人民政府办公室", date="2025-03-20",
           insp=["国家自然资源督察武汉局", "岑川市", "2024-04-08", "2024-05-17", "2024-07-02"],
           headline={"problems_total": 8, "problems_done": 5},
           probs=probs, koi=7, pattern=RE_SHI, end_marker="三、有关要求",
           anomalies=["Dates and parties in prose: '国家自然资源督察武汉局于2024年4月8日至5月17日进驻岑川市…并于7月2日向市人民政府反馈了督察意见' -> feedback 2024-07-02 (the year from the period, R58); 8月15日 (常务会议), 9月6日 (备案), 2025年2月28日 (cut-off), 2025年4月30日 (a deadline) are not inspection dates (R53). inspected = 岑川市 as the stationing sentence names it.",
                      "Problems are '第一项：…。' paragraphs in 二、: seq from 第N项 (R76); title = the statement up to its first 。 after the label; category = the section heading '督察反馈问题整改情况' (R79; a status section counts).",
                      "NEW: units from the sentence '该问题由X牵头，Y、Z配合' -> [X, Y, Z] (lead first, R104/C6, co-units with it); deadline from '要求于…完成整改' -> the date as written with 前 (R106), '要求长期坚持' -> '长期坚持'; status from '目前已整改完成' (done) / '目前正在推进' (in_progress) / '需长期坚持' (long_term).",
                      "measure_count = the 一是… items after '整改中，'. Headline '指出…问题8项' / '已完成整改5项' -> 8/5; 176 图斑, 63 cases, 11/18 people, 4 meetings, 2 counties, 61.3% are distractors; 三、有关要求 is not measures. '岑政办通〔2025〕6号' is the document number."])


# ================================================================ 08 a doc-site copy CUT mid-list (.txt UTF-8)
# Layout modelled on https://m.bdocx.com/doc/8744703.html (a stored doc-site page: '<name>.docx' then '《<name>.docx》由会员分享，可在线阅读，
# 更多相关《<name>.docx(16页珍藏版)》请在冰豆网上搜索。', the title printed again and split over two lines, then the document's
# sections), written as a university party committee's bulletin on a 省委巡视, stored as the site's preview and cut inside
# the ninth problem's measures.
def doc08():
    stem = "w18_08_university_docsite_cut_copy_txt"
    A = ["党的领导和立德树人根本任务落实方面", "全面从严治党方面", "领导班子和干部队伍建设方面"]
    probs = [
        P(1, A[0], "学习贯彻习近平总书记关于教育的重要论述不够深入系统", ["将习近平总书记关于教育的重要论述纳入党委理论学习中心组年度学习重点", "组织二级党组织书记专题轮训2期", "开展“学思践悟”专题研讨"]),
        P(2, A[0], "党委领导下的校长负责制执行不够规范，议事规则不健全", ["修订党委常委会会议和校长办公会议议事规则", "明确“三重一大”事项清单"]),
        P(3, A[0], "思想政治工作体系不够完善，课程思政建设推进不平衡", ["制定课程思政建设实施方案，立项建设示范课程60门", "建立思政课教师与专业课教师结对机制"]),
        P(4, A[0], "服务地方经济社会发展能力不强，科技成果转化率偏低", ["修订科技成果转化管理办法，提高成果完成人收益比例", "与地方共建产业研究院3个", "设立科技成果转化专项基金"]),
        P(1, A[1], "管党治党责任传导层层递减，二级单位主体责任落实不到位", ["修订二级党组织落实全面从严治党主体责任清单", "开展二级单位党组织书记述责述廉"]),
        P(2, A[1], "重点领域廉洁风险防控不力，基建和采购管理存在漏洞", ["对2019年以来基建和采购项目开展专项审计", "上线采购管理信息系统", "建立基建项目全过程跟踪审计制度"]),
        P(3, A[1], "科研经费管理不规范，个别项目存在违规报销", ["开展科研经费使用专项检查", "追回违规报销资金", "修订科研经费管理办法"]),
        P(4, A[1], "校办企业监管缺位，部分企业长期亏损", ["完成校办企业体制改革，清理关闭企业5家", "建立校办企业经营绩效考核制度"]),
        P(5, A[1], "违反中央八项规定精神问题仍有发生，公务接待和差旅报销管理不严", ["对2020年以来公务接待和差旅报销开展专项检查，清退违规费用", "修订公务接待和差旅费管理办法", "将执行情况纳入二级单位年度考核"]),
    ]
    probs += [
        P(1, A[2], "选人用人工作不够规范，个别干部选拔任用程序执行不严", ["对2019年以来干部选拔任用工作开展专项检查", "修订处级干部选拔任用工作实施办法", "建立干部选拔任用全程纪实制度"]),
        P(2, A[2], "干部队伍结构不合理，年轻干部培养选拔力度不够", ["制定优秀年轻干部培养选拔三年行动计划", "选派42名年轻干部到基层一线和重大任务中锻炼"]),
        P(3, A[2], "人才引进和培养机制不健全，高层次人才流失较多", ["修订高层次人才引进与培养办法", "设立青年教师发展基金", "建立人才流失预警和挽留机制"]),
    ]
    cut = P(4, A[2], "领导班子议事决策不够民主，个别班子成员独断专行", ["严格执行民主集中制，重大事项集体讨论决定", "修订领导班子民主生活会"])
    allp = probs + [cut]
    lines, k, last = [], 0, None
    for p in allp:
        if p.cat != last:
            lines.append(f"（{cn(k + 1)}）{p.cat}")
            k += 1
            last = p.cat
        mt = p.mtext()
        recount_block(mt, RE_SHI, len(p.measures), p.title)
        lines += [f"{p.seq}.关于“{p.title}”的问题", "整改情况：" + mt]
    body = "\n".join(lines)
    stop = body.index("修订领导班子民主生活会") + len("修订领导班子民主生活会")
    body = body[:stop]
    title = "澜州理工大学党委关于省委巡视整改进展情况的通报"
    text = f"""{title}.docx
- 文档编号:10462215
- 上传时间:2024-03-12
- 格式:DOCX
- 页数:14
- 大小:41.26KB
{title}.docx
《{title}.docx》由会员分享，可在线阅读，更多相关《{title}.docx(14页珍藏版)》请在冰豆网上搜索。
{title}
澜州理工大学党委关于省委巡视
整改进展情况的通报
根据省委统一部署，2023年3月6日至5月12日，省委第五巡视组对澜州理工大学党委进行了常规巡视，并对学校所属部分二级单位进行了延伸了解，并于2023年7月4日反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。
一、整改工作组织情况
学校党委把巡视整改作为重大政治任务，成立由党委书记、校长任双组长的巡视整改工作领导小组，召开巡视整改专题民主生活会，党委书记主持召开党委常委会会议、领导小组会议14次专题研究整改工作。对省委第五巡视组反馈的5个方面32个问题，学校党委制定整改措施118条，逐项明确责任领导、责任单位和完成时限，实行清单管理、挂图作战、对账销号。
学校党委坚持以上率下，党委常委带头认领问题、带头剖析根源、带头推动整改，每位校领导牵头负责2至4个问题的整改工作，定期听取分管领域整改进展汇报，深入基层单位督导推进。领导小组办公室实行整改任务周报告、月通报制度，编发整改工作简报18期，及时通报整改进展，推动形成一级抓一级、层层抓落实的整改工作格局。对整改任务实行“销号管理”，每项任务完成后由责任单位提出申请，经分管校领导审核、领导小组办公室复核后方可销号，确保整改不走过场、不留死角。
截至2023年12月底，32个问题已完成整改27个，其余5个正在推进；118条整改措施已完成104条；新建和修订制度文件46项。巡视移交的问题线索已全部办结，给予党纪政务处分6人，组织处理9人。
学校党委坚持“当下改”与“长久立”相结合，在抓好具体问题整改的同时，注重举一反三、建章立制，把巡视整改与学校“十四五”规划实施、“双一流”学科建设和办学治校各项工作结合起来，推动巡视整改成果转化为学校高质量发展的实际成效。校纪委、党委组织部等部门把督促巡视整改作为日常监督重点，对整改进度滞后的3个单位进行督办。
学校党委坚持开门整改，通过校园网、校报、宣传栏等渠道公开整改进展，召开教职工代表、学生代表、离退休老同志代表座谈会6场，广泛听取师生员工对巡视整改工作的意见建议，收集意见建议83条，已全部分类办理并反馈。各二级党组织对照巡视反馈问题，结合本单位实际开展自查自纠，共查找同类问题156个，已整改141个，推动巡视整改向基层延伸、向纵深推进。
学校党委把巡视整改与深化综合改革结合起来，推进校院两级管理体制改革，完成17个学院的内部治理结构调整；把巡视整改与人才培养质量提升结合起来，新增国家级一流本科专业建设点5个；把巡视整改与服务地方发展结合起来，与地方政府和行业企业签订合作协议34项，学校事业发展呈现良好态势。
二、巡视反馈问题整改情况
{body}"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    assert text.endswith("修订领导班子民主生活会")
    finish(stem, url="https://m.bdocx.com/doc/8744703.html", genre="2 a cut web copy (doc-site preview, cut mid-list)", excerpt=True,
           kind="bulletin", title=title, issuer="澜州理工大学党委", date=None,
           insp=["省委第五巡视组", "澜州理工大学党委", "2023-03-06", "2023-05-12", "2023-07-04"],
           headline={"problems_total": 32, "problems_done": 27, "measures_total": 118, "measures_done": 104, "rules_made": 46},
           probs=allp, koi=2, pattern=RE_SHI,
           anomalies=["A doc-site preview (excerpt true): '<name>.docx', the site's 文档编号/上传时间/格式/页数/大小 lines, '…请在冰豆网上搜索。', the title printed again and split over two lines; the stored copy stops inside the thirteenth problem's 二是 ('修订领导班子民主生活会') — no later categories, no 下一步, no signature (R5).",
                      "Problems as far as printed (R24, R25): thirteen; the cut item （三）4 is labelled with the measures present, 一是 complete and 二是 begun: measure_count 2.",
                      "report_date null: no date in the document's text; the site's '上传时间:2024-03-12' is no date (R44, settled); the file name is not a title line of its own — title from the document's title line.",
                      "Items '1.关于“…”的问题' -> title without the wrapper and quotes (R86); seq restarts under each '（一）…方面' (R75); no status words: null. Headline from 一、: 32/27/118/104/46 ('新建和修订制度文件46项'); '5个方面' (aspects), 14 meetings, 6/9 people, 3 units, 6 座谈会, 83 suggestions, 156/141 self-found problems of the 二级党组织 (not the inspection's), 17, 5, 34, 42, '2至4个' and 18 简报 are distractors."])


# ================================================================ 09 audit rectification LEDGER sheet (.xlsx)
# Layout modelled on https://shenji.puyang.gov.cn/DistrictsWork/Info/8629 (南乐县审计局 “两清单、一台账”: a 审计查出问题清单 with
# 整改要求 and 整改时限, a 审计查出问题整改清单, an 整改台账 holding each problem's progress; results read as 已整改 / 尚在整改期内;
# totals '查出问题68个，其中已整改48个…促进完善相关制度办法16项'), written as the ledger sheet a county finance bureau files: a title row,
# a 填报 row, the header, 16 problem rows with a 整改结果认定 cell, and a closing 合计 row.
def doc09():
    stem = "w18_09_county_audit_ledger_sheet_xlsx"
    rows = [
        P(1, "预算编制", "部分部门预算编制不细化，年初代编预算比例偏高", ["1.压减年初代编预算规模", "2.将代编预算细化到具体项目和单位"], "done", ["县财政局"], "2024年12月31日前"),
        P(2, "预算执行", "部分项目资金支出进度缓慢，年底结余资金较大", ["1.对结余资金按规定收回统筹使用", "2.建立项目支出进度月通报机制"], "done", ["县财政局"], "2024年12月31日前"),
        P(3, "预算执行", "超范围列支公用经费", ["1.调整会计账务", "2.修订单位公用经费管理办法"], "done", ["县住房和城乡建设局"], "2024年10月31日前"),
        P(4, "非税收入", "国有资源有偿使用收入未及时足额缴入国库", ["1.督促相关单位将应缴收入缴入国库", "2.建立非税收入征缴台账", "3.每季度开展一次征缴情况核对"], "done", ["县财政局", "县自然资源局"], "2024年11月30日前"),
        P(5, "非税收入", "土地出让金欠缴未有效追缴", ["1.向欠缴企业下达催缴通知", "2.对逾期不缴的依法申请强制执行"], "in_progress", ["县自然资源局"], "2025年6月30日前"),
        P(6, "专项资金", "乡村振兴衔接资金项目前期准备不足，资金闲置", ["1.调整资金用途用于已具备实施条件的项目", "2.建立项目库储备制度"], "done", ["县农业农村局", "县乡村振兴服务中心"], "2024年12月31日前"),
        P(7, "专项资金", "部分就业补助资金发放对象不符合条件", ["1.追回不符合条件人员领取的补助资金", "2.与社保、民政数据比对核查"], "done", ["县人力资源和社会保障局"], "2024年9月30日前"),
        P(8, "专项资金", "医保基金监管不严，部分定点医疗机构违规收费", ["1.追回违规收费资金", "2.对违规机构暂停医保结算", "3.开展定点医疗机构专项检查"], "done", ["县医疗保障局"], "2024年12月31日前"),
        P(9, "政府债务", "部分专项债券资金未按规定用途使用", ["1.将挪用资金归还原渠道", "2.加强专项债券项目资金穿透式监管"], "in_progress", ["县财政局", "县发展和改革局"], "2025年3月31日前"),
        P(10, "政府债务", "隐性债务化解进度滞后", ["1.制定年度化债计划并逐月调度"], "in_progress", ["县财政局"], "2025年12月31日前"),
        P(11, "国有资产", "行政事业单位资产账实不符，部分资产未入账", ["1.开展行政事业单位资产清查", "2.补登资产账", "3.建立资产动态管理系统"], "done", ["县机关事务服务中心"], "2024年12月31日前"),
        P(12, "国有资产", "部分国有房产出租未经评估和公开招租", ["1.对到期租赁合同全部公开招租", "2.修订国有资产出租管理办法"], "in_progress", ["县机关事务服务中心", "县国有资产运营有限公司"], "2025年6月30日前"),
        P(13, "政府采购", "部分单位化整为零规避政府采购", ["1.约谈相关单位负责人", "2.将采购预算纳入一体化系统管控"], "done", ["县财政局"], "2024年10月31日前"),
        P(14, "工程建设", "政府投资项目结算审核不严，多计工程款", ["1.核减多计工程款", "2.扣回已支付的多计款项"], "done", ["县住房和城乡建设局"], "2024年11月30日前"),
        P(15, "工程建设", "部分项目未按规定办理竣工决算", ["1.督促项目单位限期完成竣工决算", "2.建立竣工决算督办台账"], "in_progress", ["县财政局", "各项目建设单位"], "2025年6月30日前"),
        P(16, "内部控制", "部分单位财务内控制度不健全，存在一人多岗", ["1.完善单位内部控制制度", "2.落实不相容岗位分离"], "in_progress", ["县教育局"], "2025年3月31日前"),
    ]
    ST = {"done": "已整改", "in_progress": "持续整改"}
    ST_ROW = {5: "部分整改", 12: "部分整改"}  # a 部分整改 verdict (in_progress) in two rows
    amounts = ["1863.40", "2416.75", "35.62", "486.30", "5210.00", "960.00", "18.74", "127.56", "3000.00", "—", "—", "86.20", "74.10", "212.38", "—", "—"]
    NOTE = {3: "相关责任人已作检查", 7: "已追回资金18.74万元", 8: "已移送县医疗保障局立案处理", 9: "涉及债券项目2个", 14: "已核减工程款212.38万元"}
    title = "云栖县2024年度县级预算执行和其他财政收支审计查出问题整改台账"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    ws.append([title])
    ws.append(["填报单位（盖章）：云栖县财政局", None, None, None, "审计机关：云栖县审计局", None, None, "被审计单位：云栖县财政局", None, "填报日期：2025年3月28日"])
    ws.append(["序号", "问题类型", "审计查出问题", "涉及金额（万元）", "整改措施", "整改责任单位", "整改期限", "整改结果认定", "整改完成情况", "备注"])
    for p, amt in zip(rows, amounts):
        mt = "\n".join(p.measures)
        recount_block(mt, r"(?m)^\d+\.", len(p.measures) if len(p.measures) > 1 else 1, p.title)
        verdict = ST_ROW.get(p.seq, ST[p.status])
        prog = {"已整改": "已按审计要求整改到位，相关账务已调整，制度文件已印发，佐证材料已于2025年3月报送县审计局审核认定。",
                "持续整改": "已制定整改计划，明确分阶段目标和责任人，正在按计划推进，县审计局每季度跟踪一次整改进展。",
                "部分整改": "已完成部分整改，剩余部分已制定整改计划并明确完成时限，正在按计划推进，县审计局继续跟踪督促。"}[verdict]
        note = NOTE.get(p.seq)
        ws.append([p.seq, p.cat, p.title, amt, mt, "、".join(p.units), p.deadline, verdict, prog, note])
    ws.append(["合计：审计查出问题16个，已整改10个，持续整改4个，部分整改2个；整改到位资金8320.46万元；促进完善制度5项。"])
    ws.append(["说明：整改结果认定依据《云栖县审计查出问题整改结果认定办法》，“持续整改”“部分整改”事项由审计人员继续跟踪督促，直至全部整改到位。"])
    ws.append(["说明：本台账根据《云栖县审计局关于2024年度县级预算执行和其他财政收支的审计报告》所列问题填报，整改期限届满后由整改责任单位提出销号申请，经县审计局审核认定后对账销号；对逾期未整改或虚假整改的，县审计局将提请县委审计委员会办公室约谈督办。"])
    ws.append(["填表人：王某某", None, None, None, "审核人：李某某", None, None, "联系电话：0XXX-5526XXXX"])
    for col, w in zip("ABCDEFGHIJ", (6, 10, 40, 12, 48, 22, 16, 12, 24, 8)):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:J1")
    wb.save(OUT / f"{stem}.xlsx")
    done = sum(p.status == "done" for p in rows)
    assert done == 10, done
    finish(stem, url="https://shenji.puyang.gov.cn/DistrictsWork/Info/8629", genre="7 audit rectification ledger sheet (status in cells)",
           kind="bulletin", title=title, issuer="云栖县财政局", date="2025-03-28",
           insp=["云栖县审计局", "云栖县财政局", None, None, None],
           headline={"problems_total": 16, "problems_done": 10, "rules_made": 5},
           probs=rows, koi=7, pattern=r"\d+\.(?=[\u4e00-\u9fff])",
           anomalies=["A single ledger sheet (.xlsx): title row (merged), a 填报 row (填报单位 / 审计机关 / 被审计单位 / 填报日期), the header, 16 rows, a 合计 row, a 说明 row and a 填表人 row.",
                      "issuer = the 填报单位 云栖县财政局 (the ledger's signer); inspector = the audit office 云栖县审计局 (R46); inspected = the 被审计单位 cell; no audit dates; report_date = 填报日期 2025-03-28.",
                      "seq from 序号; title from the 审计查出问题 cell; NEW: category = the 问题类型 cell (the ledger's only grouping); units from 整改责任单位 split on 、 ('各项目建设单位' kept as printed); deadline = the 整改期限 cell (R106).",
                      "NEW: status from the 整改结果认定 cell — '已整改' done, '持续整改' in_progress (C18: a verdict cell), '部分整改' in_progress (rows 5 and 12, as bw17's 部分整改); the 整改完成情况 text is not counted. measure_count = the '1.' lines of the 整改措施 cell (one undivided = 1).",
                      "Headline from the 合计 row: 16 / 10 / rules 5 ('促进完善制度5项'); '持续整改4个，部分整改2个' are not done; the amounts (涉及金额, 8320.46万元) and the 备注 cells are distractors; the 整改完成情况 cells carry no status words of their own beyond the verdict."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
    print(len(ALL), "documents; every truth value re-found, every measure count checked three times")
