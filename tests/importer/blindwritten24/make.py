"""Generate blind held-out set 24 (written by helper writer24, session 24, 2026-12-07, ~09:23-09:35 UTC by the machine's
clock): nine FULL-LENGTH written documents + truths for issue 10 (the importer on real documents), in other shapes than
blindwritten21-23.

All bodies, people, places and figures are invented for testing (沣江省, 溱安市, 芦湾县, 苕岭区, 白鹭镇, 沣江省港航集团 … do
not exist). writer24 did not read or run the parser (zhenggai/importer/**, zhenggai/cli.py, tests/importer/test_*.py) and did
NOT score this set (the lead scores it; no FIRST_RUN file). Read for the form only: tests/importer/blindwritten_kit.py,
blindwritten23/make.py and the docstrings and truths of blindwritten21-23 (to write other shapes), the schema
/work/shared/corpus/README.md, tests/importer/real/CONVENTIONS.md, /work/shared/GLOSSARY.md and issue 10.

Structure read on real pages (search tool, corpus pages; four queries: '巡视整改进展情况 附件 项目1.1 整改时限 整改进展情况
已完成整改', '审计查出问题 已整改 整改结果公告 审计厅 审计期间 出具审计报告', '整改台账 序号 反馈问题 整改措施 责任单位 整改时限
完成情况 销号', '督察反馈指出 整改情况说明 该问题已完成整改 达到整改目标 申请销号'; 32 results): the 审计整改结果的公告 copied on
2000zi.500zi.com (湖州, '审计发现“10个项目建设进度滞后”。' then the answer, then '二、关于审计建议的采纳情况') for doc06/08's
order; the ruijin.gov.cn and gdcy.gov.cn audit reports for '共计50项具体问题…已整改40项…正在整改10项' headline wording (doc06);
nzgx.org (锦州 海洋督察 '整改任务销号工作情况说明…整改结果公示') for doc03's one-task notice; cixird.gov.cn ('制定整改台账，
实行对账销号') for doc07's ledger. All five cited urls are KNOWN by /work/wt/known_urls.py --check (read for structure only, as the written sets do). Nothing copied; every truth's url is null (written documents, no source page).

Formats: .pdf via soffice (01), portal .html (02), UTF-8 .txt (03 web copy with a flattened table, 09 WeChat repost),
.docx (04 letter-report, 06 audit 公告), GB18030 .txt with CRLF (05), .xlsx (07 ledger with vertically merged class cells and
a 统计 sheet), traditional-script portal .html cut mid-item (08, a mirror of 06).
Kinds (issue 10's numbering, kind_of_issue): 01 -> 1 (problems in 附件1 as '项目1.1：' with an OCR slip '项目l.2', 附件2 a
list of rules), 02 -> 2 (problems in the middle section as '1.关于“…”的问题', status in a closing sentence), 03 -> 3 (one task
'（序号十）' in a flattened table), 04 -> [4, 7] (one quoted feedback item, dates and parties in prose), 05 -> 5 (党组书记
组织落实整改工作情况的报告, figures only), 06 -> [6, 7] ('审计查出问题7个，已整改5个', quoted findings '审计发现“…”'), 07 -> 1
(ledger), 08 -> 6 (traditional copy of 06, cut), 09 -> [2, 7] (WeChat repost, '问题N：' labels, dates in prose).

Problems / measures per document: 01 11/34, 02 10/28, 03 1/4, 04 1/4, 05 0/0, 06 7/14, 07 12/30, 08 4/7 (to the cut),
09 9/22 -> 55 problems, 143 measures in nine documents.

Deterministic: two runs give byte-identical files (sha1 over every file checked): .docx/.xlsx zip entries dated 2025-01-01
and core.xml stamps fixed (fix_zip), the .pdf's /CreationDate, /ID and /DocChecksum fixed (fix_pdf), as blindwritten22/23.

Counted twice: every measure_count is the length of the measure list in the data (P recounts its own rendering with the
document's item pattern and refuses a mismatch) and again over the written file read back (blindwritten_kit.recount_file:
each problem's segment from its title to the next title or an end marker, items counted by the document's numbering:
（1） (01), 一是 (02, 06, 08), ① (03, 09), （一） (04), '1.' (07); none -> 1 when the segment holds the answer label '整改情况：'
(06, 08)). check_refound re-finds every non-null value in the file's own text (08 through t2s).

Judgement calls (also in each truth's anomalies; NEW = no earlier rule found): see each document's ANOM list.
Run from the worktree root:  /work/main/.venv/bin/python tests/importer/blindwritten24/make.py   (needs soffice for .pdf)
"""
from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
import opencc
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import (check_refound, cn, docx_doc, html_page, paras_html, Prob, recount_file,  # noqa: E402
                              writers)

save_truth, write_docx, write_pdf = writers(OUT)
MIN_LEN = 2500
ALL = []
S2T = opencc.OpenCC("s2t")
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"
RE_SHI = r"[一二三四五六七八九十]是"
RE_PAREN = r"（\d+）"
RE_CIRC = "[①②③④⑤⑥⑦⑧⑨⑩]"
RE_CNP = r"（[一二三四五六七八九十]）"
RE_NUM = r"(?<![\d.])\d\.(?!\d)"


class P(Prob):
    """Prob with the circled style ① of this set (03, 09)."""

    def mtext(self, sep="") -> str:
        ms = self.measures
        if len(ms) == 1 or self.style != "circ":
            return super().mtext(sep)
        return (sep or "").join(f"{CIRC[i]}{m.rstrip('。；')}；" for i, m in enumerate(ms)).rstrip("；") + "。"

    def recount(self) -> int:
        if self.style != "circ":
            return super().recount()
        return len(re.findall(RE_CIRC, self.mtext("\n"))) or 1


FIXED_TIME = b"2025-01-01T00:00:00Z"


def fix_zip(path: Path):
    """Byte-stable Office file: every zip entry dated 2025-01-01, core.xml created/modified fixed."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + FIXED_TIME, data)
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def fix_pdf(path: Path):
    """Byte-stable PDF: soffice's /CreationDate, /ID and /DocChecksum replaced by fixed values of the same length."""
    data = path.read_bytes()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250101000000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    path.write_bytes(data)


def finish(stem, *, genre, trad=False, excerpt=False, recount=None, min_len=MIN_LEN, **kw):
    for office in (OUT / f"{stem}.docx", OUT / f"{stem}.xlsx"):
        if office.exists():
            fix_zip(office)
    if (OUT / f"{stem}.pdf").exists():
        fix_pdf(OUT / f"{stem}.pdf")
    save_truth(stem, **kw)
    path = OUT / f"{stem}.truth.json"
    t = json.loads(path.read_text(encoding="utf-8"))
    t = {"url": None, "excerpt": excerpt, "genre": genre, **t}
    path.write_text(json.dumps(t, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check_refound(OUT, stem, trad, min_len)
    if recount:
        pat, end, *label = recount
        recount_file(OUT, stem, pat, end, label[0] if label else r"$^", trad=trad)
    ALL.append(stem)


def totals(probs):
    return (len(probs), sum(p.status == "done" for p in probs), sum(len(p.measures) for p in probs))


# ================================================================ 01 provincial group's report, problems in 附件1 as '项目1.1：' (.pdf)
# (label as printed, title, measures, lead department, deadline, progress words, status)
C01 = [
    ("落实党中央决策部署和省委工作要求方面", [
        ("项目1.1", "服务交通强省建设主动性不够，内河航道“十四五”规划项目推进滞后",
         ["建立航道建设项目“周调度、月通报”机制", "对滞后的4个航道项目逐一制定攻坚计划", "与沿线市县政府签订征迁工作责任书"],
         "战略发展部", "2024年10月底前", "已完成整改", "done"),
        ("项目l.2", "港口岸线资源统筹利用不够，部分码头泊位长期闲置",
         ["对集团所属港区岸线和泊位使用情况开展全面清查", "对闲置泊位分类制定盘活方案", "推动与省内物流企业合作运营闲置泊位"],
         "港口运营部", "2025年6月底前", "基本完成", "in_progress"),
        ("项目1.3", "安全生产责任落实有差距，所属企业安全隐患排查整治不彻底",
         ["修订集团安全生产责任清单", "开展危险货物港口作业安全专项整治", "对隐患整改不到位的2家企业负责人进行约谈"],
         "安全环保部", "2024年9月底前", "已完成整改", "done"),
    ]),
    ("落实全面从严治党“两个责任”方面", [
        ("项目2.1", "集团党委主体责任传导不够，对所属企业党风廉政建设督促指导不力",
         ["制定集团党委及班子成员全面从严治党责任清单", "建立所属企业党组织书记述责述廉制度", "开展所属企业党风廉政建设专项检查"],
         "党委办公室", "2024年9月底前", "已完成整改", "done"),
        ("项目2.2", "工程招投标管理存在廉洁风险，个别项目化整为零规避公开招标",
         ["对2021年以来工程项目招标情况开展全面复查", "修订集团工程建设项目招标管理办法", "上线电子招投标平台，实行全流程线上留痕", "对3名相关责任人给予诫勉"],
         "工程管理部", "2024年11月底前", "已完成整改", "done"),
        ("项目2.3", "违反中央八项规定精神问题禁而未绝，所属企业存在违规发放津补贴问题",
         ["对违规发放的津补贴予以全额清退", "规范所属企业薪酬福利发放审批程序", "开展违规吃喝问题专项整治"],
         "人力资源部", "立行立改", "已完成整改", "done"),
    ]),
    ("领导班子和干部队伍建设方面", [
        ("项目3.1", "选人用人把关不严，个别干部“带病提拔”",
         ["严格落实干部任前“凡提四必”", "对2021年以来提拔的中层干部档案开展专项审核", "对相关责任人进行问责"],
         "组织部", "2024年10月底前", "已完成整改", "done"),
        ("项目3.2", "年轻干部培养储备不足，中层干部年龄结构老化",
         ["制定优秀年轻干部培养三年规划", "选派年轻干部到基层港区和项目一线挂职", "建立年轻干部储备库并动态调整"],
         "组织部", "2025年12月底前", "持续推进中", "in_progress"),
        ("项目3.3", "基层党组织建设薄弱，部分项目部党组织作用发挥不明显",
         ["在重点工程项目部全部建立临时党支部", "开展“党建+工程”示范项目创建", "对项目部党支部书记开展轮训"],
         "党群工作部", "2024年12月底前", "已完成整改", "done"),
    ]),
    ("巡视整改和审计整改方面", [
        ("项目4.1", "上轮巡视反馈的“国有资产出租管理不规范”问题整改不到位",
         ["对出租资产逐项核查合同并重新评估租金", "对低价出租的资产到期后公开招租", "建立出租资产信息化管理台账"],
         "资产管理部", "2025年3月底前", "基本完成", "in_progress"),
        ("项目4.2", "审计发现问题整改不彻底，部分应收账款清收不力",
         ["成立应收账款清收专班", "对账龄3年以上的应收账款逐笔制定清收方案", "对清收无果的依法提起诉讼"],
         "财务管理部", "2024年12月底前", "已完成整改", "done"),
    ]),
]
RULES01 = ["集团党委全面从严治党主体责任清单", "所属企业党组织书记述责述廉办法", "工程建设项目招标管理办法（2024年修订）",
           "电子招投标平台运行管理规定", "所属企业薪酬福利管理办法", "中层管理人员选拔任用工作规定", "优秀年轻干部培养选拔实施办法",
           "项目部临时党支部工作规则", "出租资产管理办法", "应收账款管理办法", "安全生产责任制规定", "危险货物港口作业安全管理规定",
           "港口岸线资源使用管理办法", "航道建设项目调度管理办法", "“三重一大”决策制度实施办法", "公务接待管理规定"]


def doc01():
    stem = "w24_01_province_group_report_attachment_xiangmu_labels_pdf"
    title = "中共沣江省港航集团有限公司委员会关于省委第三巡视组反馈意见整改进展情况的报告"
    issuer = "中共沣江省港航集团有限公司委员会"
    probs, att = [], []
    for ci, (cat, items) in enumerate(C01, 1):
        att.append(("h", f"{cn(ci)}、{cat}"))
        for label, t, ms, unit, dl, words, st in items:
            p = P(int(label.split(".")[1]), cat, t, ms, st, [unit], dl, style="paren")
            probs.append(p)
            att += [("p", f"{label}：{t}"), ("p", f"牵头部门：{unit}"), ("p", f"整改时限：{dl}"),
                    ("p", f"整改进展情况：{words}"), ("p", p.mtext("\n"))]
    n, done, mt = totals(probs)
    assert (n, done, mt) == (11, 8, 34), (n, done, mt)
    b = [("title", title),
         ("p", "省委："),
         ("p", "2024年3月11日至5月10日，省委第三巡视组对省港航集团党委开展了常规巡视。2024年7月2日，省委第三巡视组向集团党委反馈了巡视意见，"
               "指出了4个方面11个问题，并移交了问题线索。集团党委坚决扛起巡视整改政治责任，把巡视整改作为重大政治任务，"
               "以自我革命精神推进整改落实。现将巡视整改进展情况报告如下。"),
         ("h", "一、提高政治站位，把巡视整改作为重大政治任务"),
         ("p", "巡视反馈会后，集团党委第一时间召开党委会议，专题学习习近平总书记关于巡视工作的重要论述，逐条对照反馈意见查摆问题、剖析根源。"
               "集团党委书记、董事长认真履行第一责任人职责，主持制定整改方案，先后主持召开整改工作推进会6次，带队到所属港区、"
               "在建项目现场督导整改9次；班子成员对照分工认领整改任务，对分管领域的问题一抓到底。集团党委召开巡视整改专题民主生活会，"
               "班子成员逐一作对照检查，开展批评和自我批评，明确了个人整改措施。"),
         ("h", "二、强化组织推动，确保整改任务落地见效"),
         ("p", "集团党委成立巡视整改工作领导小组，下设办公室，抽调专人集中办公，建立问题、任务、责任“三张清单”，"
               "对每个问题明确牵头领导、牵头部门、整改时限和整改目标，实行挂图作战、对账销号。领导小组办公室坚持双周调度，"
               "对进度滞后的事项及时发函督办，先后发出督办函5份，对整改不力的2个部门负责人进行了提醒谈话。驻集团纪检监察组"
               "把巡视整改纳入日常监督重点，对整改销号材料逐项审核，对敷衍整改、虚假整改的坚决予以纠正。"),
         ("p", "集团党委坚持即知即改、立行立改与建章立制相结合，对能够立即解决的问题，马上就办；对需要一定时间解决的问题，"
               "明确阶段目标，持续推进；对需要长期坚持的问题，建立健全长效机制。截至2024年12月20日，省委第三巡视组反馈的11个问题，"
               f"已完成整改{done}个，基本完成2个，持续推进1个；制定的{mt}条整改措施已完成31条；建立完善制度16项（详见附件2）；"
               "清退违规发放津补贴38.6万元，清收应收账款4270万元，盘活闲置泊位7个。对巡视移交的问题线索，集团纪委已全部办结，"
               "给予党纪政务处分4人，组织处理6人。各问题的具体整改进展情况详见附件1。"),
         ("h", "三、坚持标本兼治，推动巡视整改成果转化运用"),
         ("p", "集团党委把巡视整改与深化国有企业改革、推进内河航运高质量发展结合起来，以整改成效检验工作成效。2024年，"
               "集团完成港口货物吞吐量1.86亿吨，同比增长6.2%；完成航道建设投资42.3亿元，4个滞后项目全部按调整后的计划节点推进；"
               "所属企业生产安全事故起数同比下降50%。下一步，集团党委将坚持目标不变、标准不降、力度不减，对基本完成和持续推进的3个问题"
               "紧盯不放、持续用力，确保全部整改到位；对已完成整改的问题适时开展“回头看”，防止问题反弹回潮。"),
         ("p", "附件：1.省委第三巡视组反馈问题具体整改进展情况"),
         ("p", "2.巡视整改中建立完善的制度清单"),
         ("pr", issuer), ("pr", "2024年12月30日"),
         ("break", None),
         ("p", "附件1"), ("title", f"省委第三巡视组反馈问题具体整改进展情况（共{n}个问题）")]
    b += att
    b += [("break", None), ("p", "附件2"), ("title", "巡视整改中建立完善的制度清单（共16项）")]
    b += [("p", f"{i}.《{r}》") for i, r in enumerate(RULES01, 1)]
    write_pdf(stem, b)
    finish(stem, genre="1 a provincial state group's 巡视整改进展情况的报告: narrative body 一、…三、 with totals, the 11 problems only "
                       "in 附件1 labelled '项目1.1：' (one typed '项目l.2') with 牵头部门 / 整改时限 / 整改进展情况 lines and （1）… items; "
                       "附件2 a numbered list of 16 rules",
           kind="bulletin", title=title, issuer=issuer, date="2024-12-30",
           insp=["省委第三巡视组", "省港航集团党委", "2024-03-11", "2024-05-10", "2024-07-02"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 31, "rules_made": 16},
           probs=probs, koi=1, anomalies=[
               "Problems only in 附件1 after the signature (kind 1); the body's 一、…三、 are the group's own work (no problem list).",
               "Labels '项目1.1：' -> seq the last component (R76), title the text after the label (R89); one label is typed with a "
               "letter l, '项目l.2' (an OCR-like slip, as issue 10 names it) -> seq 2 all the same (R76, R75).",
               "category = the attachment's '一、…方面' heading without its number (R79; '“两个责任”' quotes kept as printed); the "
               "attachment title '…（共11个问题）' is no category (the nearer heading wins, R80).",
               "Units = the '牵头部门：' line (one department each, R101/R102); deadline = '整改时限：' as written (R106); status from "
               "'整改进展情况：' (R93: '已完成整改' done, '基本完成' and '持续推进中' in_progress); measure_count = the （1）… items (R96).",
               "附件2 '巡视整改中建立完善的制度清单（共16项）' lists rules, not problems (its '1.《…》' items are no measures either); "
               "rules_made 16 from the body's stated '建立完善制度16项（详见附件2）' (R117: the list confirms the stated count).",
               "Headline: '反馈的11个问题，已完成整改8个' -> 11/8 (the attachment title's '共11个问题' and the lead's '4个方面11个问题' "
               "agree; 方面 are kinds, R64); '34条整改措施已完成31条' -> 34/31 (R73); 38.6万元, 4270万元, 7 泊位, 4/6 people, 6/9/5/2 "
               "meetings, visits and letters, 1.86亿吨, 6.2%, 42.3亿元, 50% are distractors.",
               "Dates: period 2024-03-11..05-10, feedback 2024-07-02; report_date = the signature 2024年12月30日; 截至2024年12月20日 is a "
               "distractor. inspected as the feedback sentence names it ('省港航集团党委', R47). PDF printed from Word via soffice."],
           recount=(RE_PAREN, "附件2巡视整改中建立完善的制度清单"))



# ================================================================ 02 county bureau 通报 on its portal: problems in the middle as '1.关于“…”的问题' (.html)
# (title, measures, closing status sentence, status)
DONE02 = "目前，该问题已整改完成。"
OPEN02 = "目前，该问题正在持续整改。"
LONG02 = "该问题需长期坚持。"
C02 = [
    ("关于政治建设方面的问题", [
        ("落实县委县政府关于城镇老旧小区改造决策部署不够有力，年度改造任务完成率偏低",
         ["成立老旧小区改造工作专班，实行“一小区一方案”", "对2024年度未开工的11个小区倒排工期、挂图作战", "将改造进度纳入股室和二级单位月度考评"], DONE02, "done"),
        ("防范化解房地产市场风险不够主动，个别逾期交付项目处置缓慢",
         ["对全县逾期交付项目逐一建立“一项目一策”处置台账", "会同县自然资源局、县金融服务中心召开项目协调会", "督促开发企业按承诺节点复工建设"], OPEN02, "in_progress"),
        ("意识形态工作责任制落实不到位，对行业协会、物业企业的宣传阵地管理不严",
         ["修订局党组意识形态工作责任清单", "对全县物业小区宣传栏和电子屏开展专项检查"], DONE02, "done"),
    ]),
    ("关于廉洁建设方面的问题", [
        ("工程建设领域监管存在漏洞，个别项目违规转包、分包",
         ["对2022年以来在建和已竣工的房建市政项目开展转包违法分包专项排查", "对查实的2家施工企业依法作出行政处罚并记入信用档案",
          "推行施工现场关键岗位人员实名考勤", "建立工程质量安全监督“双随机、一公开”检查机制"], DONE02, "done"),
        ("住房保障资格审核把关不严，个别不符合条件的人员违规享受公租房",
         ["对全县公租房保障对象开展资格复核", "对不符合条件的17户依法清退并追缴租金差额", "建立与民政、公安、市场监管等部门的信息共享核查机制"], DONE02, "done"),
        ("公务用车管理不规范，存在公车私用苗头",
         ["修订局机关公务用车管理办法", "为公务用车全部安装北斗定位装置"], DONE02, "done"),
    ]),
    ("关于组织建设方面的问题", [
        ("基层党支部组织生活不规范，主题党日活动流于形式",
         ["开展党支部“三会一课”规范化专项检查", "制定主题党日活动年度计划并按月督查"], DONE02, "done"),
        ("干部队伍专业化水平不高，建设工程技术人才短缺",
         ["与沣江建筑职业技术学院合作开展干部专业能力培训", "通过公开招聘补充工程技术人员", "建立“老带新”业务传帮带机制"], LONG02, "long_term"),
        ("上轮巡察反馈的物业服务监管问题整改不彻底",
         ["对全县住宅小区物业服务企业开展服务质量考评", "建立物业服务企业信用“红黑榜”", "推动成立业主委员会的小区比例提高到60%以上"], OPEN02, "in_progress"),
        ("执行财经纪律不严格，部分工程款支付审核把关不严",
         ["对2022年以来的工程款支付凭证开展全面自查", "修订局机关和二级单位财务报销审批流程", "对相关财务人员进行约谈提醒"], DONE02, "done"),
    ]),
]


def blocks02():
    probs, body = [], []
    k = 0
    for ci, (cat, items) in enumerate(C02, 1):
        body.append(f"<p style=\"text-indent:2em\"><strong>（{cn(ci)}）{cat}</strong></p>")
        for t, ms, closing, st in items:
            k += 1
            p = P(k, cat, t, ms, st, style="shi")
            probs.append(p)
            body.append(f"<p style=\"text-indent:2em\"><strong>{k}.关于“{t}”的问题</strong></p>")
            body.append(f"<p style=\"text-indent:2em\">整改情况：{p.mtext()}{closing}</p>")
    return probs, body


def doc02():
    stem = "w24_02_county_bureau_bulletin_guanyu_wrappers_status_sentences_html"
    title = "中共芦湾县住房和城乡建设局党组关于县委巡察整改进展情况的通报"
    issuer = "中共芦湾县住房和城乡建设局党组"
    probs, body = blocks02()
    n, done, mt = totals(probs)
    assert (n, done, mt) == (10, 7, 28), (n, done, mt)
    head = paras_html(
        "根据县委统一部署，2024年4月8日至5月31日，县委第三巡察组对县住房和城乡建设局党组开展了常规巡察，并于2024年7月3日向局党组反馈了巡察意见。"
        "局党组对巡察反馈意见照单全收、逐条整改。按照巡察工作有关规定，现将巡察整改进展情况予以公布。\n"
        "<strong>一、坚持高位推动，压实整改责任</strong>\n"
        "局党组把巡察整改作为重大政治任务，一是加强组织领导。成立由党组书记任组长的巡察整改工作领导小组，召开党组会议专题研究整改工作6次，"
        "党组书记对重点难点问题亲自部署、亲自协调、亲自督办。二是细化任务分工。对照巡察反馈的10个问题，制定整改方案，逐项明确责任领导、"
        "责任股室和整改时限，细化整改措施28条，形成问题、任务、责任“三张清单”。三是强化督促检查。领导小组办公室实行整改台账周更新、"
        "月通报制度，对整改进度滞后的股室进行督办，派驻纪检监察组全程参与整改监督，确保整改不走过场。\n"
        "截至2024年12月31日，巡察反馈问题10个，已完成整改7个，正在推进2个，需长期坚持1个；细化的28条整改措施已完成24条；"
        "建立完善制度机制13项，清退违规享受公租房17户，追缴租金差额9.8万元，对2家施工企业作出行政处罚，给予诫勉谈话2人、提醒谈话5人。\n"
        "<strong>二、聚焦反馈问题，逐项整改落实</strong>\n"
        "局党组坚持问题导向、目标导向、结果导向，把解决具体问题与完善制度机制结合起来，对反馈问题逐条制定整改措施，"
        "对能够立即解决的问题立行立改，对需要一定时间解决的问题明确阶段目标、持续推进，对需要长期坚持的问题建立长效机制。"
        "整改中，局党组坚持举一反三，在全县住房城乡建设系统同步开展工程建设领域突出问题、住房保障领域群众身边不正之风等专项整治，"
        "推动解决了一批群众反映强烈的急难愁盼问题。各问题整改落实情况如下。")
    tail = paras_html(
        "<strong>三、持续用心用力，巩固整改成果</strong>\n"
        "巡察整改取得了阶段性成效，但与县委要求和群众期盼相比还有差距。下一步，局党组将坚持目标不变、标准不降、力度不减，"
        "一是对正在推进的2个问题，紧盯时间节点，加大攻坚力度，确保按期整改到位；二是对需长期坚持的问题，健全常态长效机制，"
        "做到久久为功；三是对已完成整改的问题，适时开展“回头看”，坚决防止问题反弹回潮。同时，把巡察整改与城市更新、"
        "房地产市场平稳健康发展、建筑业转型升级等重点工作结合起来，以整改实效推动全县住房城乡建设事业高质量发展。\n"
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请在公布之日起10个工作日内通过以下方式反映：联系电话0XXX-5XXXXXX；"
        "电子邮箱lwxzjjdj@163.com；邮寄地址芦湾县建设路22号县住房和城乡建设局办公室（邮编XXXXXX）。\n"
        f"<p style=\"text-align:right\">{issuer}</p>\n<p style=\"text-align:right\">2025年1月8日</p>")
    page = html_page(site="芦湾县人民政府", crumbs=["首页", "政务公开", "部门信息", "县住房和城乡建设局"], title=title,
                     meta="发布时间：2025-01-10 09:41  信息来源：县住房和城乡建设局  浏览次数：326",
                     body=head + "\n" + "\n".join(body) + "\n" + tail,
                     foot="主办：芦湾县人民政府办公室  承办：芦湾县大数据中心  网站标识码：XXXXXXXXXX  备案号：沣ICP备XXXXXXXX号")
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    finish(stem, genre="2 a county bureau 党组's 巡察整改进展情况的通报 on the county portal: 一、 work (its own 一是…三是 and the totals), "
                       "二、 the problems under '（一）关于…方面的问题' as '1.关于“…”的问题' each answered '整改情况：一是…' and closed by a "
                       "status sentence, 三、 next steps (一是…三是)",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-08",
           insp=["县委第三巡察组", "县住房和城乡建设局党组", "2024-04-08", "2024-05-31", "2024-07-03"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 24, "rules_made": 13},
           probs=probs, koi=2, anomalies=[
               "The problems sit in the middle section 二、 (kind 2); 一、's '一是加强组织领导…三是强化督促检查' is the bureau's own work and "
               "三、's '一是…三是' next steps: neither problems nor measures (R98, R111).",
               "Titles: the '关于“…”的问题' wrapper, the number and the quotes stripped (R86); item 9's inner words '上轮巡察反馈的物业服务"
               "监管问题整改不彻底' kept. category = '关于政治建设方面的问题' etc. without '（一）' (R79), the heading's own '关于…的问题' "
               "wording kept as printed (R81: only numbering and a final '。' are stripped).",
               "Status from each answer's closing sentence (R93): '目前，该问题已整改完成。' done, '目前，该问题正在持续整改。' in_progress, "
               "'该问题需长期坚持。' long_term. measure_count = the '整改情况：一是…' items (R96); units [] (责任股室 named only "
               "in general, R101) and deadlines null (none per problem).",
               "Headline: '巡察反馈问题10个，已完成整改7个' -> 10/7; '细化的28条整改措施已完成24条' -> 28/24 (R73); '建立完善制度机制13项' -> "
               "13 (R74, stated as 制度机制; as the glossary's '形成制度机制25项'); 17户, 9.8万元, 2 firms, 2/5 people, 6 meetings, 11 "
               "小区, 60%, 10个工作日 are distractors.",
               "Dates: period 2024-04-08..05-31, feedback 2024-07-03; report_date = the signature 2025年1月8日 over the portal's "
               "'发布时间：2025-01-10 09:41' (R41); 截至2024年12月31日 is a distractor. Chrome: portal bar, menu, breadcrumb, info line "
               "with 信息来源 (R38), print/close links, footer."],
           recount=(RE_SHI, "三、持续用心用力"))


# ================================================================ 03 district one-task 公示 '（序号十）', the web table flattened to tab lines (UTF-8 .txt)
def doc03():
    stem = "w24_03_district_task10_xuhao_flattened_table_txt"
    title = "苕岭区第二轮省级生态环境保护督察反馈问题整改任务（序号十）完成情况公示"
    issuer = "苕岭区生态环境保护督察整改工作领导小组办公室"
    task = "白鹭湖入湖河道水质不稳定，沿岸农村生活污水收集处理设施不完善，部分村组生活污水直排入河"
    p = P(10, "整改任务", task, [
        "新建白鹭镇、湖滨街道农村生活污水收集管网46.8公里，接户2870户",
        "对沿岸已建的23座农村生活污水处理设施开展提标改造，委托第三方专业公司统一运维",
        "在青溪河、芦塘河入湖口建设生态缓冲带和人工湿地共计12.6公顷",
        "建立入湖河道水质“周监测、月通报”制度，对水质异常河段实行河长约谈"],
        "done", ["区农业农村局", "区水利局", "白鹭镇人民政府"], "2024年12月底前", style="circ")
    lines = [
        "苕岭区人民政府门户网站", "首页  政务公开  政务服务  互动交流  走进苕岭", "",
        "您现在的位置：首页 > 政务公开 > 重点领域信息公开 > 生态环境 > 督察整改", "",
        title, "",
        "发布日期：2025-02-27    来源：区督察整改办    浏览次数：418    【字体：大 中 小】", "",
        "2023年9月4日至10月4日，省第一生态环境保护督察组对溱安市开展了第二轮省级生态环境保护例行督察，并于2023年12月6日向溱安市"
        "反馈了督察意见。按照《溱安市贯彻落实第二轮省级生态环境保护督察反馈意见整改方案》，苕岭区承担的整改任务中，序号十由区农业农村局牵头，"
        "区水利局、白鹭镇人民政府配合落实。经整改责任单位申请，区督察整改办组织相关部门和专家对该项整改任务进行了现场验收，"
        "认为已达到销号条件。根据督察整改销号有关规定，现将该项整改任务完成情况予以公示。",
        "区委、区政府高度重视白鹭湖水环境治理，将该项任务列为全区督察整改“一号工程”，由区政府主要负责同志任总指挥，"
        "分管副区长具体负责，每月召开一次专题调度会，协调解决管网建设用地、资金保障和设施运维等难题。整改期间，区财政累计投入整改资金"
        "1.36亿元，争取上级专项资金4800万元；区人大常委会、区政协分别组织代表、委员开展专题视察2次；区纪委监委对整改进度滞后的"
        "1个村组负责人进行了提醒谈话。整改过程中，区里注重发动群众参与，通过村民代表会议、入户宣传等方式解释管网建设和接户改造政策，"
        "沿岸村组群众主动配合接户改造，部分村民自发参与管网施工监督，整改工作得到了群众的广泛支持。", "",
        "序号\t十",
        "整改任务\t" + task + "。",
        "整改目标\t沿岸村组生活污水得到有效收集处理，入湖河道水质稳定达到地表水Ⅲ类标准，白鹭湖水质持续改善。",
        "责任领导\t区政府分管副区长",
        "责任单位\t区农业农村局（牵头）、区水利局、白鹭镇人民政府",
        "整改时限\t2024年12月底前",
        "整改措施\t" + p.mtext(),
        "整改完成情况\t截至2024年12月25日，白鹭镇、湖滨街道农村生活污水收集管网全部建成并投入使用，实际建成管网47.2公里，接户2914户；"
        "23座处理设施提标改造全部完成，出水水质经第三方检测稳定达到《农村生活污水处理设施水污染物排放标准》一级标准；"
        "青溪河、芦塘河入湖口生态缓冲带和人工湿地建成投用；2024年6月至12月，青溪河、芦塘河入湖断面水质月均值均达到地表水Ⅲ类标准，"
        "总磷平均浓度由整改前的0.31毫克/升下降到0.16毫克/升。",
        "验收情况\t2025年1月16日，区督察整改办会同区生态环境分局、区住房和城乡建设局等单位及2名特邀专家组成验收组，采取查阅资料、"
        "现场核查、入户走访、水质抽测相结合的方式进行验收，验收组认为该项整改任务已按要求完成，整改目标已经实现，同意销号。",
        "佐证材料\t管网工程竣工验收报告、设施运维合同、第三方水质检测报告、河长约谈记录等共计4类37份",
        "",
        "公示期为2025年2月27日至3月5日（5个工作日）。公示期间，任何单位和个人对该项整改任务完成情况有异议的，可通过电话、来信或电子邮件"
        "向区督察整改办反映。反映情况应当客观真实，并提供具体事实和联系方式，以便调查核实。公示期满无异议的，该项整改任务予以销号，"
        "并纳入全区督察整改“回头看”范围，防止问题反弹。为巩固整改成效，区农业农村局已将沿岸农村生活污水处理设施运维纳入年度考核，"
        "区水利局已将青溪河、芦塘河纳入重点河湖“一河一策”管理，白鹭镇人民政府已组建村级管护队伍，落实设施日常巡查和维护责任。",
        "联系电话：0XXX-3XXXXXX    电子邮箱：tlqdczgb@163.com    通信地址：苕岭区行政中心东楼415室",
        "",
        issuer,
        "2025年2月26日",
        "",
        "附件：苕岭区第二轮省级生态环境保护督察反馈问题整改任务（序号十）验收意见.pdf",
        "",
        "【打印本页】  【关闭窗口】",
        "上一篇：苕岭区第二轮省级生态环境保护督察反馈问题整改任务（序号七）完成情况公示",
        "下一篇：苕岭区2024年12月环境空气质量月报",
        "版权所有：苕岭区人民政府办公室    技术支持：苕岭区政务数据中心", ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    finish(stem, genre="3 a district 督察整改办's 公示 of ONE task (序号十): the notice's prose, then the web page's table flattened to "
                       "'label<TAB>value' lines (整改任务 / 整改目标 / 责任领导 / 责任单位 with '（牵头）' / 整改时限 / 整改措施 ①… / 整改完成情况 "
                       "/ 验收情况 '同意销号'), chrome with a link to the 序号七 notice",
           kind="bulletin", title=title, issuer=issuer, date="2025-02-26",
           insp=["省第一生态环境保护督察组", "溱安市", "2023-09-04", "2023-10-04", "2023-12-06"],
           probs=[p], koi=3, min_len=1800, anomalies=[
               "One-task 公示 (R14): one problem, the '整改任务' field value without its final '。' (R89, R86); seq 10 from '序号十' in the "
               "title and the '序号\\t十' line (R77).",
               "category '整改任务' = the task's field label (R83, C17 side A, the recommended majority: bw14 w14_03's unnumbered "
               "'整改任务：' label; the null side is bw5/blind25/tune's unnumbered lines). Flagged: a table field label, not a section.",
               "Units = the 责任单位 cell split on 、 with '（牵头）' dropped (R194, R101), the lead first; '责任领导\\t区政府分管副区长' "
               "is a leader, no unit (R194). Deadline = the 整改时限 cell '2024年12月底前' (R106).",
               "measure_count 4 = the ①…④ of the 整改措施 cell (R96); 整改完成情况 and 验收情况 are results beside a 整改措施 field (R118), "
               "the 佐证材料 line and the closing '为巩固整改成效…' sentences are no measures. status done: '同意销号' and 公示 for 销号 (R94).",
               "Headline null: no count is given. Distractors: 46.8/47.2公里, 2870/2914户, 23座, 12.6公顷, 0.31/0.16毫克/升, 4类37份, 2 experts, "
               "5个工作日, 1.36亿元, 4800万元, 2 视察, 1 person are distractors.",
               "Dates: 督察 2023-09-04..10-04 ('2023年9月4日至10月4日', the second date takes the first's year, R58), feedback 2023-12-06 "
               "to 溱安市 (inspected: the city the feedback went to, as bw23 w23_04); report_date = the signature 2025年2月26日 over "
               "'发布日期：2025-02-27' (R41); 验收 2025-01-16 (R53), 截至2024年12月25日, monitoring months and 公示期 are distractors.",
               "Chrome: portal name and menu, breadcrumb, 发布日期/来源 line (R38: the 来源 is metadata), attachment link, print/close, "
               "上一篇 (another task's 公示, no problem) / 下一篇, footer. A one-task notice: min_len 1800."],
           recount=(RE_CIRC, "整改完成情况"))


# ================================================================ 04 district government's letter-report on ONE quoted feedback item (.docx)
def doc04():
    stem = "w24_04_district_letter_report_one_quoted_item_prose_dates_docx"
    title = "苕岭区人民政府关于第一轮省级生态环境保护督察反馈白鹭湖围网养殖问题整改情况的报告"
    issuer = "苕岭区人民政府"
    quoted = ("苕岭区白鹭湖违规围网养殖问题长期得不到解决，湖区围网面积达1200余亩，投饵养殖导致局部水域总磷超标，"
              "区政府及有关部门监管不力")
    p = P(None, None, quoted, [
        "全面摸清底数。区农业农村局会同白鹭镇人民政府对白鹭湖湖区开展拉网式排查，逐户登记围网位置、面积和养殖品种，"
        "共排查养殖户37户、围网1236亩，建立“一户一档”台账，做到底数清、情况明。",
        "依法依规拆除。区政府发布《关于拆除白鹭湖湖区围网设施的通告》，对37户养殖户逐户上门宣讲政策，按照“先自拆、后强拆”的原则，"
        "组织力量分三批拆除全部围网设施，清理网箱、竹竿、浮球等废弃物1860余吨，拆除看护棚42处。",
        "妥善安置渔民。区财政安排补偿资金2140万元，按照评估价格对养殖户进行补偿，对有转产意愿的渔民开展技能培训，"
        "推荐到湖滨旅游、生态保洁等岗位就业，目前已安置就业29人。",
        "建立长效机制。出台《白鹭湖保护管理办法》，将白鹭湖全域划定为禁养区，落实区、镇、村三级湖长巡查制度，"
        "建立区农业农村局、区生态环境分局、区自然资源局联合执法机制，坚决防止违规养殖反弹。"],
        "done", ["区农业农村局", "白鹭镇人民政府", "区自然资源局", "区生态环境分局"], "2022年12月底前", style="cnparen")
    b = [("title", title),
         ("p", "苕政报〔2023〕7号"),
         ("p", "溱安市生态环境保护督察整改工作领导小组办公室："),
         ("p", "2021年9月7日至10月8日，省第三生态环境保护督察组对溱安市开展了第一轮省级生态环境保护督察，并于2021年12月14日向溱安市"
               "反馈了督察意见。督察反馈指出：“" + quoted + "。”"),
         ("p", "对此，区委、区政府高度重视，将该问题列为全区督察整改重点任务，成立由区长任组长的白鹭湖围网养殖整治工作领导小组，"
               "明确由区农业农村局牵头，白鹭镇人民政府、区自然资源局、区生态环境分局配合，整改时限为2022年12月底前。"
               "现将整改情况报告如下。"),
         ("h", "一、基本情况"),
         ("p", "白鹭湖位于苕岭区东部，水域面积约1.8万亩，是溱安市重要的备用饮用水水源地和候鸟越冬栖息地。上世纪九十年代以来，"
               "湖区周边群众陆续在湖内设置围网从事水产养殖，养殖规模逐年扩大。由于历史原因，湖区围网养殖未办理养殖证，"
               "相关部门长期存在“看得见的管不着、管得着的看不见”的问题。2021年，湖区3个监测点位总磷年均浓度为0.11毫克/升，"
               "其中北湖区点位超过湖泊Ⅲ类标准限值。"),
         ("p", "督察反馈后，区委常委会、区政府常务会议先后4次专题研究白鹭湖围网养殖整治工作，区人大常委会将其列为年度重点监督事项，"
               "区纪委监委对整治工作开展专项监督。针对督察指出的“监管不力”问题，区委、区政府认真反思，对原分管湖区管理工作的区农业农村局"
               "1名副局长、白鹭镇人民政府1名副镇长进行了约谈，责成区农业农村局、白鹭镇人民政府向区委、区政府作出书面检查。"
               "同时，区里坚持举一反三，对全区其他14座水库、湖泊开展围网养殖和投肥养殖排查，发现并拆除小型网箱3处，"
               "实现全区大中型水库湖泊围网养殖“清零”。"),
         ("h", "二、整改落实情况"),
         ("p", "区政府坚持“一把手”亲自抓、分管领导具体抓，区长先后6次带队到湖区现场调研督导，召开专题协调会9次，"
               "研究解决拆除补偿、渔民安置、长效管护等重点难点问题。主要采取了以下措施："),
         ("p", p.mtext("\n")),
         ("h", "三、整改成效"),
         ("p", "截至2022年11月30日，白鹭湖湖区1236亩围网设施全部拆除到位，经区农业农村局、区生态环境分局联合复核，湖区无新增围网。"
               "2023年1月至2月，湖区3个监测点位总磷平均浓度为0.042毫克/升，均达到湖泊Ⅲ类标准。区督察整改办组织相关部门和专家现场核查认为，"
               "该问题已完成整改，达到整改目标。2023年2月，白鹭湖湖区共观测到越冬候鸟1.2万余只，较整改前明显增加，群众满意度达到96.7%。"),
         ("p", "整改过程中，区里坚持把解决突出生态环境问题与保障群众利益统一起来，拆除工作未发生一起群体性事件和信访案件。"
               "转产渔民中，有11户在湖滨发展农家乐和民宿，8人成为白鹭湖湿地公园生态保洁员，10人进入区内企业务工，渔民收入总体保持稳定。"
               "白鹭湖湿地公园已于2023年元旦向市民开放，成为市民休闲观鸟的好去处。"),
         ("h", "四、下一步工作打算"),
         ("p", "区政府将持续巩固白鹭湖围网养殖整治成果，严格落实湖长制，常态化开展巡湖执法，发现一处、查处一处，"
               "坚决防止违规养殖死灰复燃；加快推进白鹭湖生态修复和环湖截污工程，进一步改善湖区水环境质量；"
               "持续跟踪转产渔民就业情况，帮助解决实际困难，确保渔民“退得出、稳得住、能致富”。"),
         ("p", "特此报告。"),
         ("pr", issuer), ("pr", "2023年3月6日"),
         ("p", "（联系人：区农业农村局 周明轩；联系电话：0XXX-3XXXXXX）")]
    write_docx(stem, b)
    finish(stem, genre="4 (and 7) a district government's numbered letter-report to the city's 督察整改办 on ONE feedback item quoted "
                       "in prose ('督察反馈指出：“…”'), lead and co-units and the time limit in a sentence, 二、 the measures （一）…（四）, "
                       "三、 '该问题已完成整改', dates and parties only in prose",
           kind="bulletin", title=title, issuer=issuer, date="2023-03-06",
           insp=["省第三生态环境保护督察组", "溱安市", "2021-09-07", "2021-10-08", "2021-12-14"],
           probs=[p], koi=[4, 7], min_len=1700, anomalies=[
               "One quoted feedback item (R15, kind 4): one problem titled by the quote without its lead-in '督察反馈指出：', the quotes "
               "and the final '。' (R92, R86); seq null (no number printed, R78); category null (the report's 一、…四、 are its own "
               "sections, the problem stands before them: R84).",
               "Units from prose '明确由区农业农村局牵头，白鹭镇人民政府、区自然资源局、区生态环境分局配合' -> the lead then the co-units "
               "(R104, C6); deadline '整改时限为2022年12月底前' -> '2022年12月底前' (R106: a time limit in prose, as written).",
               "measure_count 4 = the （一）…（四） items of 二、 (R96); the 二、 lead-in (6 visits, 9 meetings) and 四、 下一步 are no "
               "measures (R98). status done: '该问题已完成整改，达到整改目标' (R93).",
               "Dates and parties in prose (kind 7): '2021年9月7日至10月8日' (the second date takes the first's year, R58), '于2021年12月"
               "14日向溱安市反馈' -> feedback; inspected '溱安市' ('对溱安市开展了…督察', R47); report_date = the signature 2023年3月6日; "
               "截至2022年11月30日, monitoring months and '2023年2月' are distractors; the document number '苕政报〔2023〕7号' names no date.",
               "Headline null: no count. Distractors: 1200余亩/1236亩, 1.8万亩, 37户, 1860余吨, 42处, 2140万元, 29人, 0.11/0.042毫克/升, "
               "3 points, 1.2万余只, 96.7%, 4 meetings, 2 people talked to, 14 waters, 3处 网箱, 11户/8人/10人. A one-item report: min_len 1700."],
           recount=(RE_CNP, "三、整改成效"))


# ================================================================ 05 党组书记组织落实巡察整改工作情况的报告, figures only (GB18030 .txt, CRLF)
def doc05():
    stem = "w24_05_county_bureau_secretary_organising_report_figures_gb18030"
    title = "关于党组书记组织落实县委第一巡察组反馈意见整改工作情况的报告"
    issuer = "中共芦湾县交通运输局党组"
    lines = [
        "芦湾县交通运输局", "首页 | 机构概况 | 政务公开 | 行业动态 | 公告公示 | 党建工作", "",
        "当前位置：首页 > 党建工作 > 巡察整改", "",
        title, "",
        "作者：局办公室  发布时间：2025年2月19日  点击数：207", "",
        "县委巡察办：",
        "2024年3月25日至5月24日，县委第一巡察组对县交通运输局党组开展了常规巡察，于2024年6月26日向局党组反馈了巡察意见。"
        "本人作为局党组书记，是巡察整改第一责任人，坚持把抓好巡察整改作为重大政治任务，对整改工作亲自部署、亲自推动、亲自督办。"
        "按照巡察整改工作有关要求，现将本人组织落实巡察整改工作情况报告如下。",
        "一、履行第一责任人职责情况",
        "（一）带头提高思想认识。巡察反馈会后，本人第一时间主持召开局党组会议，传达学习县委书记在巡察工作领导小组会议上的讲话精神，"
        "逐条研读巡察反馈意见，统一班子成员思想认识。本人在党组会上明确表态：对巡察反馈的问题不回避、不推诿、不打折扣，全部认领、全面整改。"
        "整改期间，本人主持召开党组会议9次、整改工作推进会5次，专题研究整改工作，听取各牵头领导整改进展汇报。",
        "（二）带头研究制定方案。本人主持制定《局党组落实县委第一巡察组反馈意见整改工作方案》，坚持问题导向，对反馈的问题逐条剖析根源，"
        "逐项明确牵头领导、责任股室、整改措施和完成时限，形成问题、任务、责任“三张清单”。本人牵头领办交通建设项目管理、"
        "工程款支付审核等重点难点问题，多次到项目现场、相关股室调研督导，协调解决整改中遇到的困难和问题。",
        "（三）带头开展自我检视。本人主持召开巡察整改专题民主生活会，带头对照反馈问题作对照检查，深刻剖析本人在落实全面从严治党主体责任、"
        "执行民主集中制等方面存在的差距，认真开展批评和自我批评，并逐一与班子成员、股室负责人开展谈心谈话27人次，层层传导整改压力。",
        "（四）带头督促检查落实。本人坚持每两周听取一次整改工作领导小组办公室的调度汇报，对整改进度滞后的事项当面督办；"
        "对整改销号事项，坚持本人审核签字后再报送县委巡察办，做到不达标不销号。对整改中发现的工作作风问题，本人对2名股室负责人"
        "进行了提醒谈话，对1名二级单位负责人进行了批评教育。",
        "（五）带头推动举一反三。本人坚持把巡察整改与日常工作结合起来，既抓具体问题整改，又抓制度建设和源头治理。"
        "在全县交通运输系统组织开展工程建设领域、道路运输行业和公路养护领域“三项排查”，要求各二级单位、各股室对照巡察反馈问题，"
        "主动查摆同类问题，做到未巡先改、以巡促改。对排查发现的共性问题，本人主持召开专题会议研究，明确由分管领导牵头制定整改措施，"
        "从制度层面堵塞漏洞。本人还带头到县公路事业发展中心、县道路运输服务中心等二级单位宣讲巡察整改要求，推动整改责任向基层延伸。",
        "（六）带头接受监督评议。本人坚持开门搞整改，通过局门户网站、政务公开栏公开整改进展情况，设立整改意见箱和监督电话，"
        "主动接受干部群众监督；邀请县人大代表、政协委员和群众代表参加整改成效评议会，听取意见建议，对评议中提出的农村公路养护不及时、"
        "客运班线调整不合理等意见，逐一明确责任股室办理并反馈。本人还主动向县委巡察办、派驻纪检监察组汇报整改工作，"
        "虚心接受监督指导，对指出的整改材料不够规范等问题，立即督促完善。",
        "二、巡察整改工作取得的成效",
        "经过集中整改，县委第一巡察组反馈的4个方面23个问题，已完成整改20个，基本完成2个，需长期坚持1个；其中，巡察期间立行立改问题6个。"
        "局党组细化整改措施71条，已完成66条；建立完善制度11项，废止不适应制度3项；清退违规发放补助1.74万元，督促施工单位退还多计工程款"
        "63.2万元。对巡察移交的问题线索4件，已配合县纪委监委全部办结，给予党纪处分1人、诫勉谈话2人。",
        "通过整改，全局上下“四个意识”进一步增强，管党治党政治责任进一步压实，干部作风进一步转变。交通建设项目管理更加规范，"
        "2024年全县完成交通固定资产投资8.6亿元，农村公路新改建126公里，县道芦塘线、乡道湖溪线改建工程提前1个月建成通车；"
        "工程款支付实行“三级审核”，未再出现超付、多付问题；交通运输领域营商环境持续优化，道路运输许可事项全部实现“一网通办”。",
        "同时也要清醒地看到，巡察整改是一项长期任务，一些问题的整改还需要持续用力，有的制度执行还需要在实践中检验，"
        "局党组将以更高标准、更严要求推动巡察整改走深走实。",
        "三、下一步工作打算",
        "本人将继续履行好巡察整改第一责任人职责，带领局党组一班人持续用力、久久为功。一是坚持目标不变，对基本完成的2个问题和需长期坚持的1个问题"
        "紧盯不放，定期调度，确保整改到位；二是坚持标准不降，对已完成整改的问题适时开展“回头看”，防止问题反弹回潮；"
        "三是坚持力度不减，把巡察整改与交通强县建设、“四好农村路”建设结合起来，以整改成果推动全县交通运输事业高质量发展。",
        "", "局党组书记、局长：邓明远", "", issuer, "2025年2月14日", "",
        "【打印】【关闭】", "版权所有：芦湾县交通运输局  地址：芦湾县交通路8号  技术支持：芦湾县政务数据中心", ""]
    (OUT / f"{stem}.txt").write_bytes("\n".join(lines).replace("\n", "\r\n").encode("gb18030"))
    finish(stem, genre="5 (and 6) a county bureau 党组书记's own report on how he organised the rectification: his duties （一）…（六）, "
                       "the results with all figures in prose ('反馈的4个方面23个问题，已完成整改20个'), next steps 一是…三是; no problem list",
           kind="bulletin", title=title, issuer=issuer, date="2025-02-14",
           insp=["县委第一巡察组", "县交通运输局党组", "2024-03-25", "2024-05-24", "2024-06-26"],
           headline={"problems_total": 23, "problems_done": 20, "measures_total": 71, "measures_done": 66, "rules_made": 11},
           koi=5, min_len=2000, anomalies=[
               "Organisation-level report (issue 10 kind 5: '党组书记组织落实整改工作情况'): problems [] (no problem is stated; the "
               "secretary's duties （一）…（六） and the 下一步 一是…三是 are work, not findings, R98, R111).",
               "kind bulletin: the title names an 整改工作情况的报告 (R31, C15 majority). title = the title line (it names no body); "
               "issuer = the signature's body '中共芦湾县交通运输局党组' (R37), not the person '局党组书记、局长：邓明远' above it (a person "
               "signs for the group) nor the site name (R38).",
               "Headline (kind 6 wording): '反馈的4个方面23个问题，已完成整改20个' -> 23/20 (方面 are kinds, R64; '基本完成2个' is no done "
               "count, R71); '细化整改措施71条，已完成66条' -> 71/66 (R73); '建立完善制度11项' -> 11 (R74), not '废止不适应制度3项'; "
               "'立行立改问题6个' is a subset, not the done count (C16).",
               "The duties run to （六）; the closing '同时也要清醒地看到，巡察整改是一项长期任务…' names no finding (no 不足 list, R16/R9 not met). "
               "Distractors: 9/5 meetings, 27人次, 2/1 people, 1.74/63.2万元, 4 clues, 1/2 people, 8.6亿元, 126公里, 1个月.",
               "Dates: period 2024-03-25..05-24, feedback 2024-06-26; report_date = the signature 2025年2月14日 over the page's "
               "'发布时间：2025年2月19日' (R41).",
               "GB18030 text with CRLF line ends; chrome: site name and menu, breadcrumb, 作者/发布时间/点击数 line, print/close, footer. "
               "A short report: min_len 2000."])


# ================================================================ 06 company's 审计整改结果公告, findings quoted '审计发现“…”' (.docx); 08 its traditional copy, cut
DONE06 = "该问题已整改完成。"
OPEN06 = "该问题正在整改中。"
# (finding, measures, closing sentence, status)
C06 = [
    ("2021年至2023年部分水费收入未及时入账，挂往来款项328.6万元",
     ["已将挂往来款项328.6万元全部转入营业收入科目核算", "修订《水费收入管理办法》，规定水费收入每日归集、次月5日前完成银行对账"], DONE06, "done"),
    ("城区供水管网改造工程已投入使用但未办理竣工决算，涉及投资2160万元",
     ["公司已委托第三方造价咨询机构开展竣工决算审计，目前已完成工程量核对，正在编制竣工财务决算报告，决算批复后即办理资产移交手续"], OPEN06, "in_progress"),
    ("二次供水泵房改造项目未履行招标程序，直接委托施工单位实施",
     ["对该项目的工程造价委托第三方进行复核，核减工程款14.7万元", "修订《工程建设项目管理办法》，明确限额以上项目一律公开招标",
      "对负责该项目的2名工作人员进行批评教育并调整岗位"], DONE06, "done"),
    ("固定资产管理不规范，账实不符资产原值416.2万元",
     ["组织开展资产清查，对全部固定资产逐项盘点、贴码登记，做到账、卡、物相符", "对盘亏和报废的资产按程序报县国资部门批准后核销"], DONE06, "done"),
    ("公务用车管理不规范，2辆公务用车出车记录不全",
     ["公司已为全部公务用车安装定位系统，实行派车单制度，出车记录按月公示"], DONE06, "done"),
    ("农村供水工程运维经费使用不规范，超范围列支37.5万元",
     ["已追回超范围列支的运维经费21.3万元并归还原资金渠道", "对尚未追回的16.2万元，已与相关乡镇水管站签订分期还款协议"], OPEN06, "in_progress"),
    ("内部控制制度不健全，合同管理和印章管理存在漏洞",
     ["制定《合同管理办法》，实行合同分级审核和统一编号管理", "修订《印章管理规定》，建立用印审批登记制度", "聘请法律顾问对存量合同开展合规审查"], DONE06, "done"),
]
ADVICE06 = [
    ("加强财务收支管理，确保各项收入及时足额入账",
     "公司采纳审计建议，一是完善收入核算流程，实行水费收入“日清月结”；二是每季度开展一次财务自查，及时发现和纠正问题。"),
    ("规范工程建设项目管理，严格执行招标投标和竣工决算制度",
     "公司采纳审计建议，一是建立工程项目全过程管理台账；二是对已完工项目及时组织竣工验收和决算，按规定办理资产移交。"),
    ("健全内部控制体系，防范经营管理风险",
     "公司采纳审计建议，一是对现行内部管理制度进行全面梳理；二是设立内控合规岗位，每年开展一次内控评价。"),
]
TITLE06 = "芦湾县城乡供水有限公司关于县审计局审计查出问题整改结果的公告"
ISSUER06 = "芦湾县城乡供水有限公司"
LEAD06 = ("2024年2月26日至4月12日，芦湾县审计局对芦湾县城乡供水有限公司2021年至2023年财务收支及重大项目建设管理情况进行了审计，"
          "并于2024年6月12日出具了《审计报告》（芦审报〔2024〕9号）。公司高度重视，成立了由董事长任组长的审计整改工作领导小组，"
          "制定整改方案，逐项明确责任部门、责任人和整改时限，实行台账管理、对账销号。审计查出问题7个，截至2024年10月31日，已整改5个，"
          "正在整改2个，整改问题金额2920.4万元。根据《中华人民共和国审计法》及县审计局关于审计整改结果公告的要求，现将审计整改结果公告如下：")


def paras06():
    """The 公告's paragraphs in order as (kind, text), and its problems."""
    probs = []
    ps = [("title", TITLE06), ("p", LEAD06),
          ("p", "收到审计报告后，公司党支部、董事会先后召开3次会议专题研究审计整改工作，逐条分析问题产生的原因，"
                "认为问题的根源在于公司成立时间较短、内部管理制度不健全、财务和工程管理人员业务能力不足，对国有企业财经纪律"
                "和工程建设管理规定学习不深、执行不严。公司坚持边查边改、立行立改，对能够立即整改的问题马上整改，"
                "对需要一定时间整改的问题明确阶段目标、倒排时间节点，对涉及体制机制的问题着力建章立制、堵塞漏洞。"
                "县财政局、县国资中心作为主管部门，对整改工作进行了指导和督促，县审计局对整改情况进行了跟踪检查。"),
          ("h", "一、关于审计发现问题的整改情况")]
    for k, (f, ms, closing, st) in enumerate(C06, 1):
        p = P(k, "关于审计发现问题的整改情况", f, ms, st, style="shi")
        probs.append(p)
        ps.append(("p", f"（{cn(k)}）审计发现“{f}”。"))
        ps.append(("p", "整改情况：" + p.mtext() + closing))
    ps.append(("h", "二、关于审计建议的采纳情况"))
    for k, (adv, ans) in enumerate(ADVICE06, 1):
        ps.append(("p", f"（{cn(k)}）审计建议：“{adv}”。"))
        ps.append(("p", ans))
    ps += [("h", "三、整改成效和下一步工作"),
           ("p", "通过审计整改，公司财务收支管理进一步规范，工程建设项目管理和内部控制进一步加强。整改中，公司新建和修订制度9项，"
                 "追回和规范使用资金2920.4万元，对3名相关责任人进行了批评教育。公司将以此次审计整改为契机，举一反三，"
                 "对照审计指出的问题在公司所属4个水厂和12个乡镇供水站开展自查自纠，确保同类问题不再发生；对正在整改的2个问题，"
                 "将紧盯时间节点，确保按期整改到位，并及时向县审计局报告整改结果。"),
           ("p", "下一步，公司将把审计整改成果转化为提升经营管理水平的实际行动，持续完善财务管理、工程管理、资产管理和合同管理等"
                 "内部控制制度，加强财务和工程管理人员业务培训，主动接受审计监督和社会监督，推动公司规范运营、稳健发展，"
                 "为全县城乡居民提供更加安全、优质、稳定的供水服务。"),
           ("p", "欢迎社会各界对公司审计整改情况进行监督。联系电话：0XXX-5XXXXXX，电子邮箱：lwxcxgs@163.com。"),
           ("pr", ISSUER06), ("pr", "2024年11月15日")]
    return ps, probs


ANOM06 = [
    "An audited company's 审计整改结果的公告: the findings are quoted one by one '（一）审计发现“…”。' (R15/R92: '审计发现' dropped, the "
    "quotes and final '。' stripped, R86); seq （一）…（七） -> 1-7 (R75); category = the section heading '关于审计发现问题的整改情况' "
    "(R79: the nearest heading, a section counts).",
    "measure_count = the '整改情况：一是…' items (R96); a one-paragraph answer = 1 (R96: 2 and 5); status from each answer's "
    "closing sentence '该问题已整改完成。' done / '该问题正在整改中。' in_progress (R93; item 6's '已追回21.3万元…尚有16.2万元' partial, "
    "R187). Units [] (the 公告 names no unit per finding), deadlines null (no 整改时限 anywhere, R106).",
    "二、关于审计建议的采纳情况's '（一）审计建议：“…”' items are the auditors' recommendations, not problems (R68 recommendations; "
    "their 一是… answers are no measures, R98).",
    "Headline (kind 6): '审计查出问题7个…已整改5个，正在整改2个' -> 7/5 (R62, R71); 2920.4万元, 328.6/2160/14.7/416.2/37.5/21.3/16.2万元, "
    "2辆, 2/3 people, 3 meetings, 4 水厂, 12 站 are distractors.",
    "Parties and dates in prose (kind 7): inspector = the audit office '芦湾县审计局' (issue 10), inspected = the company as the "
    "sentence names it (R47); audit 2024-02-26..04-12 ('2024年2月26日至4月12日', R58), feedback = the day the 审计报告 was issued "
    "2024-06-12 (as bw22 w22_07, bw23 w23_03); 截至2024年10月31日 is a distractor; the report number '芦审报〔2024〕9号' no date.",
]


def doc06():
    stem = "w24_06_county_company_audit_result_notice_quoted_findings_docx"
    ps, probs = paras06()
    n, done, mt = totals(probs)
    assert (n, done, mt) == (7, 5, 14), (n, done, mt)
    write_docx(stem, ps)
    finish(stem, genre="6 (and 7) a county water company's 审计整改结果的公告: lead with '审计查出问题7个…已整改5个', 一、 findings quoted "
                       "'（一）审计发现“…”。' each answered '整改情况：一是…' and a status sentence, 二、 the auditors' recommendations with "
                       "the company's answers, 三、 results with the rules count",
           kind="bulletin", title=TITLE06, issuer=ISSUER06, date="2024-11-15",
           insp=["芦湾县审计局", "芦湾县城乡供水有限公司", "2024-02-26", "2024-04-12", "2024-06-12"],
           headline={"problems_total": n, "problems_done": done, "rules_made": 9}, probs=probs, koi=[6, 7], min_len=2000,
           anomalies=ANOM06 + ["rules_made 9 from '新建和修订制度9项' in 三、 (R74); report_date = the signature 2024年11月15日. "
                               "A company notice: min_len 2000."],
           recount=(RE_SHI, "二、关于审计建议的采纳情况", "整改情况："))


def doc08():
    """Traditional-script copy of doc06 on a mirror portal, cut inside finding （四）'s answer (the store kept the page's start)."""
    stem = "w24_08_company_audit_notice_traditional_mirror_cut_html"
    t = S2T.convert
    ps, probs = paras06()
    cut_at = next(i for i, (k, x) in enumerate(ps) if x.startswith("整改情况：一是组织开展资产清查"))
    keep = ps[1:cut_at] + [("p", "整改情况：一是组织开展资产清查，对全部固定资产逐项盘点、贴码")]
    probs = probs[:4]
    probs[3] = P(4, probs[3].cat, probs[3].title, probs[3].measures[:1], None, style="shi")
    body = "\n".join(f"<p style=\"text-indent:2em\">{'<strong>' + x + '</strong>' if k == 'h' else x}</p>" for k, x in keep)
    page = t(html_page(site="溱安公共資源網", crumbs=["首页", "公告公示", "审计公告"], title=TITLE06,
                       meta="发布时间：2024-11-20 16:05  来源：芦湾县城乡供水有限公司", body=body,
                       foot="溱安公共资源网 版权所有 转载请注明出处"))
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    n, done, mt = totals(probs)
    assert (n, done, mt) == (4, 2, 7), (n, done, mt)
    finish(stem, trad=True, excerpt=True,
           genre="6 a traditional-script mirror of doc06 on a portal page, cut inside finding （四）'s answer",
           kind="bulletin", title=t(TITLE06), issuer=t(ISSUER06), date="2024-11-20",
           insp=[t("芦湾县审计局"), t("芦湾县城乡供水有限公司"), "2024-02-26", "2024-04-12", "2024-06-12"],
           headline={"problems_total": 7, "problems_done": 5}, probs=probs, koi=6, min_len=1000, anomalies=ANOM06 + [
               "Traditional copy (opencc s2t) of w24_06 as a mirror portal page: doc fields in the copy's script, problem titles and "
               "categories in simplified characters (R91).",
               "Cut inside finding （四）'s answer after '…逐项盘点、貼碼' (excerpt true, R5): problems 1-4 (R24, R25), the fourth with "
               "the one '一是' item present (measures 1) and status null (its status sentence is lost); 五 to 七, 二、, 三、 (the rules "
               "count) and the signature are lost: rules_made null, report_date = the page's '發佈時間：2024-11-20 16:05' (R40). The lead's "
               "'审计查出问题7个…已整改5个' is read: the headline stays 7/5 though only four findings are present (R24 reads figures of the "
               "text present, and the figure is present). A cut copy: min_len 1000."],
           recount=(RE_SHI, None, "整改情况："))


# ================================================================ 07 a district bureau's 整改台账 as its rectification office keeps it (.xlsx)
# (category, [(title, measures, leader, units, deadline, progress, result, light)])
C07 = [
    ("政治建设方面", [
        ("落实法治政府建设年度任务不够有力，行政执法协调监督工作推进迟缓",
         ["制定法治政府建设年度任务分解表，按季度调度通报", "对全区行政执法部门开展行政执法案卷评查"],
         "局长 章一鸣", ["法治督察科"], "2024年12月底前", "已完成", "年度任务已全部分解到位，评查案卷210卷", "灰灯"),
        ("意识形态工作责任制落实不到位，普法宣传阵地内容审核把关不严",
         ["修订局党组意识形态工作责任清单", "建立普法宣传阵地信息发布“三审三校”制度"],
         "副局长 何素云", ["普法与依法治理科"], "2024年10月底前", "已完成", "责任清单已印发，审核制度已执行", "灰灯"),
        ("贯彻落实区委关于矛盾纠纷源头化解的部署不到位，部分司法所人民调解工作流于形式",
         ["开展人民调解组织规范化建设专项行动", "建立重大矛盾纠纷排查化解周报告制度", "对调解工作不规范的司法所进行通报"],
         "副局长 何素云", ["人民参与和促进法治科", "各司法所"], "2025年6月底前", "推进中", "已完成规范化建设的调解组织达到68%", "黄灯"),
    ]),
    ("履职尽责方面", [
        ("行政复议案件办理质量不高，个别案件超期审结",
         ["制定行政复议案件办理流程规范", "建立超期预警和案件质量评查机制", "对超期审结的责任人进行约谈"],
         "副局长 罗承志", ["行政复议与应诉科"], "2024年11月底前", "已完成", "2024年第四季度案件全部按期审结", "灰灯"),
        ("社区矫正监管存在薄弱环节，个别社区矫正对象脱管漏管",
         ["对全区在册社区矫正对象开展全面排查", "推行电子定位与信息化核查相结合的监管方式", "对脱管漏管问题涉及的责任人严肃处理"],
         "副局长 罗承志", ["社区矫正科", "各司法所"], "立行立改", "已完成", "排查在册对象312人，脱管漏管问题全部纠正", "灰灯"),
        ("公共法律服务供给不足，村（社区）法律顾问服务流于形式",
         ["完善村（社区）法律顾问考核办法", "推行法律顾问每月到村（社区）坐班服务制度"],
         "副局长 何素云", ["公共法律服务管理科"], "长期坚持", "长期坚持", "法律顾问坐班服务已常态化开展", "蓝灯"),
    ]),
    ("全面从严治党方面", [
        ("党组落实全面从严治党主体责任不到位，对基层司法所监督管理薄弱",
         ["制定党组及班子成员全面从严治党责任清单", "建立司法所所长述职述廉制度", "开展司法所廉政风险点排查"],
         "局长 章一鸣", ["政治处"], "2024年12月底前", "已完成", "责任清单已印发，述职述廉已开展1轮", "灰灯"),
        ("违反中央八项规定精神问题仍有发生，存在违规公款吃喝问题",
         ["对违规公款吃喝费用予以清退", "对相关责任人给予党纪处分"],
         "局长 章一鸣", ["办公室", "政治处"], "立行立改", "已完成", "清退费用0.86万元，处分1人", "灰灯"),
        ("财务管理不规范，部分专项经费支出审批手续不全",
         ["对2022年以来专项经费支出开展全面自查", "修订局机关财务管理制度", "对财务人员开展业务培训"],
         "副局长 罗承志", ["办公室"], "2024年12月底前", "已完成", "补齐审批手续43笔，制度已修订印发", "灰灯"),
    ]),
    ("领导班子和干部队伍建设方面", [
        ("民主集中制执行不严格，“三重一大”事项集体决策不规范",
         ["修订党组会议议事规则和“三重一大”事项清单", "对2022年以来“三重一大”事项决策情况开展复查"],
         "局长 章一鸣", ["办公室"], "2024年9月底前", "已完成", "议事规则已修订，复查事项56项", "灰灯"),
        ("干部队伍老化，司法所人员配备不足",
         ["制定司法所人员配备三年计划", "通过公务员招录和选调补充司法所人员", "推动政法专项编制向司法所倾斜"],
         "局长 章一鸣", ["政治处"], "2025年12月底前", "推进中", "已补充司法所人员6名", "绿灯"),
        ("上轮巡察反馈问题整改不彻底，律师行业监管问题反弹",
         ["开展律师行业突出问题专项治理", "建立律师执业投诉快速处置机制"],
         "副局长 罗承志", ["律师工作科"], "2025年3月底前", "推进中", "专项治理已完成排查阶段", "黄灯"),
    ]),
]
STATUS07 = {"已完成": "done", "推进中": "in_progress", "长期坚持": "long_term"}


def doc07():
    stem = "w24_07_district_bureau_ledger_vertical_merged_classes_xlsx"
    title = "中共苕岭区司法局党组落实区委第六巡察组反馈意见整改台账"
    issuer = "中共苕岭区司法局党组"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "整改台账"
    head = ["序号", "问题类别", "反馈问题", "整改措施", "责任领导", "责任科室", "整改时限", "整改进展", "完成情况", "亮灯", "备注"]
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.append(["填报单位：" + issuer + "（盖章）", None, None, None, None, None, None, "更新日期：2025年3月10日"])
    ws.append(head)
    probs = []
    for cat, items in C07:
        first = ws.max_row + 1
        for t, ms, leader, units, dl, prog, res, light in items:
            p = P(len(probs) + 1, cat, t, ms, STATUS07[prog], units, dl, style="num")
            probs.append(p)
            ws.append([p.seq, cat if ws.max_row + 1 == first else None, t, p.mtext("\n"), leader, "、".join(units), dl, prog, res,
                       light, "巡察期间已立行立改" if dl == "立行立改" else None])
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
    n, done, mt = totals(probs)
    prog_n = sum(p.status == "in_progress" for p in probs)
    assert (n, done, prog_n, mt) == (12, 8, 3, 30), (n, done, prog_n, mt)
    ws.append([f"合计：反馈问题{n}个，已完成整改{done}个，正在推进{prog_n}个，长期坚持1个；整改措施{mt}条，已完成26条；建立完善制度8项。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(head))
    ws.append(["说明：1.区委第六巡察组于2024年9月9日至11月8日对区司法局党组开展了常规巡察，2024年12月19日反馈了巡察意见；"
               "2.亮灯规则：灰灯为已销号，绿灯为按序时推进，黄灯为临近整改时限，红灯为逾期未完成，蓝灯为长期坚持；"
               "3.本台账由局巡察整改工作领导小组办公室每月10日更新，报区委巡察办备案。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(head))
    for col, w in zip("ABCDEFGHIJK", (6, 12, 40, 50, 14, 20, 14, 10, 30, 8, 16)):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    ws["A1"].font = Font(bold=True, size=16)
    st = wb.create_sheet("分类统计")
    st.append(["问题类别", "问题数", "已完成", "推进中", "长期坚持", "整改措施数"])
    for cat, items in C07:
        ps = [p for p in probs if p.cat == cat]
        st.append([cat, len(ps), sum(p.status == "done" for p in ps), sum(p.status == "in_progress" for p in ps),
                   sum(p.status == "long_term" for p in ps), sum(len(p.measures) for p in ps)])
    st.append(["合计", n, done, prog_n, 1, mt])
    wb.properties.creator = "局巡察整改办"
    wb.save(OUT / f"{stem}.xlsx")
    finish(stem, genre="1 (ledger) a district bureau 党组's 整改台账 as its rectification office keeps it: title and 填报单位/更新日期 rows, "
                       "one row per problem with the 问题类别 cell merged down its group, measures '1.…' in one cell, 责任领导 (a person), "
                       "责任科室, 整改时限, 整改进展, 完成情况, 亮灯 and 备注; a 合计 row and a 说明 row; a second sheet of counts per class",
           kind="bulletin", title=title, issuer=issuer, date="2025-03-10",
           insp=["区委第六巡察组", "区司法局党组", "2024-09-09", "2024-11-08", "2024-12-19"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "measures_done": 26, "rules_made": 8},
           probs=probs, koi=1, min_len=1500, anomalies=[
               "NEW: a ledger workbook with no report prose: kind bulletin (R27: it reports each problem's progress; as the ledger "
               "sheets of bw21 w21_09 and bw22 w22_07, here with no report sheet); title = the first row; issuer = the '填报单位：' "
               "cell without its '（盖章）' note; report_date = the '更新日期：2025年3月10日' cell (R40, a date line).",
               "NEW: the 问题类别 cell is merged down each group, so only the group's first row holds it: category = the merged cell's "
               "value for every row it spans (as a category column, bw18/21/22, and a section row, bw23 w23_02).",
               "seq = the 序号 cell (1-12); title = the 反馈问题 cell (R89); measure_count = the '1.' lines of the 整改措施 cell (R96); "
               "the 完成情况 cell is a result beside it (R118), not counted; the 备注 '巡察期间已立行立改' is no measure.",
               "Units = the 责任科室 cell split on 、 ('人民参与和促进法治科、各司法所' -> two, '各司法所' kept as printed, R101); the 责任领导 "
               "cell names a person ('局长 章一鸣'), no unit (R194). Deadline = the 整改时限 cell as written ('立行立改', '长期坚持', R106).",
               "Status from the 整改进展 cell (R93, R156): '已完成' done, '推进中' in_progress, '长期坚持' long_term; the 亮灯 colours "
               "(灰/绿/黄/蓝, explained in the 说明 row) agree and are not read on their own.",
               "Headline from the 合计 row: '反馈问题12个，已完成整改8个' -> 12/8; '整改措施30条，已完成26条' -> 30/26 (R73); '建立完善制度8项' -> "
               "8 (R74); the 分类统计 sheet's per-class counts sum to the same totals (R69); 210卷, 68%, 312人, 0.86万元, 1人, 43笔, "
               "56项, 6名 in 完成情况 cells are distractors.",
               "Dates from the 说明 row: period 2024-09-09..11-08 ('2024年9月9日至11月8日', R58), feedback 2024-12-19; inspected "
               "'区司法局党组' as the 说明 names it (R47); '每月10日' is no date. A ledger, shorter than a report: min_len 1500."],
           recount=(RE_NUM, "合计："))


# ================================================================ 09 township 通报 reposted on a WeChat account, '问题N：' labels, dates in prose (UTF-8 .txt)
C09 = [
    ("政治建设方面", [
        ("学习贯彻党的二十届三中全会精神不够深入，镇党委理论学习中心组学习缺乏研讨交流",
         ["制定镇党委理论学习中心组年度学习计划，每季度开展1次专题研讨", "建立班子成员学习笔记和心得体会季度检查制度"],
         ["党政综合办公室"], "2024年12月底前", "已完成"),
        ("落实粮食安全党政同责不到位，部分耕地撂荒问题整治不彻底",
         ["对全镇撂荒耕地逐地块建立台账", "引导种粮大户和合作社流转复耕撂荒地", "将耕地撂荒整治纳入村级年度考核"],
         ["农业农村综合服务中心"], "2025年3月底前", "已完成"),
        ("防汛抗旱和地质灾害防治责任落实不到位，部分隐患点监测预警不及时",
         ["对全镇地质灾害隐患点重新明确监测责任人", "为隐患点安装自动化监测预警设备"],
         ["应急管理办公室"], "2025年5月底前", "正在推进"),
    ]),
    ("为民服务方面", [
        ("惠民惠农补贴发放审核把关不严，个别村存在优亲厚友现象",
         ["对2022年以来惠民惠农补贴发放情况开展全面清查", "对违规享受补贴的人员追回资金", "推行补贴发放“村初审、镇复核、榜公示”制度"],
         ["社会事务办公室", "财政所"], "2024年12月底前", "已完成"),
        ("农村人居环境整治成效不明显，部分村庄垃圾清运不及时",
         ["将全镇村庄保洁和垃圾清运统一委托专业公司", "建立人居环境整治“月评比、季排名”制度"],
         ["村镇建设办公室"], "2024年12月底前", "已完成"),
        ("村级集体经济发展乏力，3个村集体经济收入低于10万元",
         ["制定集体经济薄弱村“一村一策”提升方案", "盘活村集体闲置资产", "引进农产品加工项目带动村集体增收"],
         ["农业农村综合服务中心", "经济发展办公室"], "2025年12月底前", "正在推进"),
    ]),
    ("党的建设方面", [
        ("基层党组织建设薄弱，部分村党支部组织生活不规范",
         ["开展村党支部“三会一课”专项检查", "对村党支部书记开展集中轮训"],
         ["党建工作办公室"], "2024年12月底前", "已完成"),
        ("村级财务管理不规范，部分村存在白条入账问题",
         ["对各村2022年以来的财务凭证开展全面清理", "推行村级财务非现金结算"],
         ["财政所"], "2024年11月底前", "已完成"),
        ("违反中央八项规定精神问题仍有发生，个别村干部违规操办婚丧喜庆事宜",
         ["对违规操办婚丧喜庆事宜的村干部给予党纪处分", "开展违规操办婚丧喜庆事宜专项整治", "建立村干部婚丧喜庆事宜报备制度"],
         ["镇纪委"], "立行立改", "已完成"),
    ]),
]
STATUS09 = {"已完成": "done", "正在推进": "in_progress"}


def doc09():
    stem = "w24_09_township_bulletin_wechat_repost_wenti_labels_prose_dates_txt"
    title = "中共白鹭镇委员会关于区委巡察反馈意见整改进展情况的通报"
    issuer = "中共白鹭镇委员会"
    probs, body = [], []
    for ci, (cat, items) in enumerate(C09, 1):
        body.append(f"（{cn(ci)}）{cat}")
        for t, ms, units, dl, words in items:
            p = P(len(probs) + 1, cat, t, ms, STATUS09[words], units, dl, style="circ")
            probs.append(p)
            body += [f"问题{p.seq}：{t}", "整改措施：" + p.mtext(), f"责任单位：{'、'.join(units)}", f"完成时限：{dl}",
                     f"整改状态：{words}", ""]
    n, done, mt = totals(probs)
    assert (n, done, mt) == (9, 7, 22), (n, done, mt)
    lines = [
        title, "", "原创 苕岭区纪委监委 苕岭清风 2025年01月22日 08:30 沣江", "", "点击上方蓝字 关注我们", "",
        "编者按：巡察整改情况公开是巡察工作的重要环节。为主动接受干部群众监督，“苕岭清风”将陆续刊发被巡察党组织的巡察整改进展情况。"
        "今天刊发白鹭镇党委巡察整改进展情况。", "",
        "根据区委统一部署，2024年9月7日至9月26日，区委第四巡察组对白鹭镇党委开展了常规巡察，并于2024年11月11日向镇党委反馈了巡察意见。"
        "镇党委坚持把巡察整改作为重大政治任务，以“当下改”和“长久立”相结合推动整改落实。按照巡察工作有关要求，现将整改进展情况通报如下。", "",
        "一、整改工作总体情况",
        "镇党委第一时间召开党委会议，研究部署巡察整改工作，成立由镇党委书记任组长的巡察整改工作领导小组，制定整改方案，"
        "对反馈问题逐项明确责任领导、责任单位、整改措施和完成时限。镇党委书记先后主持召开整改工作推进会4次，深入10个村（社区）督导整改落实。"
        f"截至2024年12月31日，区委第四巡察组反馈问题{n}个，已完成整改{done}个，其余2个正在持续推进；共制定整改措施{mt}条；"
        "建立完善制度7项；追回违规享受的补贴资金5.2万元，给予党纪处分2人，对6名村干部进行了提醒谈话。", "",
        "二、反馈问题整改落实情况"] + body + [
        "三、下一步工作打算",
        "镇党委将坚持目标不变、标准不降、力度不减，一是对正在推进的2个问题，紧盯完成时限，加强调度督办，确保按期整改到位；"
        "二是对已完成整改的问题，适时开展“回头看”，巩固整改成果，防止问题反弹；三是把巡察整改与乡村全面振兴、基层治理等重点工作结合起来，"
        "以整改实效推动白鹭镇经济社会高质量发展。", "",
        "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议，请于2025年2月10日前通过以下方式反映：联系电话0XXX-3XXXXXX；"
        "电子邮箱blzdzb@163.com；来信请寄苕岭区白鹭镇人民政府党政综合办公室。", "",
        issuer, "2025年1月20日", "",
        "来源：白鹭镇党委", "编辑：林小溪  审核：许文博", "",
        "往期推荐", "苕岭区委第四轮巡察反馈情况公布", "湖滨街道党工委关于区委巡察反馈意见整改进展情况的通报", "",
        "苕岭清风", "微信号：tlqingfeng", "阅读原文  分享  收藏  在看", ""]
    (OUT / f"{stem}.txt").write_text("\n".join(lines), encoding="utf-8")
    finish(stem, genre="2 (and 7) a township 党委's 巡察整改进展情况的通报 reposted by a district WeChat account: 一、 totals, 二、 problems "
                       "'问题N：' under '（一）…方面' each with 整改措施 ①…, 责任单位, 完成时限 and 整改状态 lines, 三、 next steps; dates in prose",
           kind="bulletin", title=title, issuer=issuer, date="2025-01-20",
           insp=["区委第四巡察组", "白鹭镇党委", "2024-09-07", "2024-09-26", "2024-11-11"],
           headline={"problems_total": n, "problems_done": done, "measures_total": mt, "rules_made": 7}, probs=probs,
           koi=[2, 7], min_len=2000, anomalies=[
               "Problems in the middle section 二、 (kind 2) as '问题N：' labels (R76: seq N, R89: title after the label) under "
               "'（一）政治建设方面' headings (category without '（一）', R79); 一、's work and 三、's '一是…三是' next steps are no "
               "problems or measures (R98).",
               "measure_count = the ①… items of the '整改措施：' line (R96); units = the '责任单位：' line split on 、 (R101); deadline = "
               "'完成时限：' as written (R106, '立行立改'); status from '整改状态：' (R93: '已完成' done, '正在推进' in_progress).",
               "Headline: '反馈问题9个，已完成整改7个' -> 9/7; '共制定整改措施22条' -> 22 (done not stated: null); '建立完善制度7项' -> 7 "
               "(R74); 4 meetings, 10 villages, 5.2万元, 2/6 people, 3个村 and 10万元 (inside a title) are distractors.",
               "Dates in prose (kind 7): '2024年9月7日至9月26日' -> 2024-09-07..09-26, feedback '于2024年11月11日…反馈'; report_date = "
               "the signature 2025年1月20日 over the WeChat post's '2025年01月22日 08:30' (R41); 截至2024年12月31日 and the comment "
               "window 2025年2月10日 are distractors.",
               "WeChat repost chrome: '原创 苕岭区纪委监委 苕岭清风 …' line, '点击上方蓝字 关注我们', 编者按 (the account's note, no "
               "issuer, R38), 来源/编辑/审核, 往期推荐 titles (another body's 通报 and feedback news, no problems), account footer. "
               "The issuer is the signature's and title's '中共白鹭镇委员会' (R37), not the account. A township 通报: min_len 2000."],
           recount=(RE_CIRC, "三、下一步工作打算"))


if __name__ == "__main__":
    import sys as _s
    names = _s.argv[1:] or [k for k in sorted(globals()) if re.fullmatch(r"doc\d\d", k)]
    for k in names:
        globals()[k]()
    print(len(ALL), "documents:", *ALL, sep="\n  ")
