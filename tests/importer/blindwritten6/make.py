"""Generate the blindwritten6 set: every document and its truth come from the same data below.

Run from the worktree root:  .venv/bin/python tests/importer/blindwritten6/make.py
Each problem's measure_count is taken from the data (len of its measure list) and is checked
against an independent recount of the markers in the rendered text; the script stops on disagreement.
All bodies, names, places, figures and dates are invented.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CN = "一二三四五六七八九十"


def cnum(n):
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + (CN[n - 11] if n > 10 else "")
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


# ---------------------------------------------------------------- blocks
# A document is a list of blocks: ("p", text) paragraph, ("h", text) heading, ("table", rows, merges)
# rows: list of list of str; merges: list of (r0, c0, r1, c1) inclusive.

def to_text(blocks):
    out = []
    for b in blocks:
        if b[0] in ("p", "h", "c"):
            out.append(b[1])
        elif b[0] == "table":
            for row in b[1]:
                out.append("\t".join(row))
        elif b[0] == "pb":
            pass
    return "\n".join(out) + "\n"


def to_docx(blocks, path, footer_page=False, header=None):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer_page:
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("— ")
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)
        p.add_run(" —")
    for b in blocks:
        if b[0] == "h":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.bold = True
        elif b[0] == "c":  # centred title
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(b[1])
            run.bold = True
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "pb":
            d.add_page_break()
        elif b[0] == "table":
            rows, merges = b[1], b[2]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            covered = set()
            for (r0, c0, r1, c1) in merges:
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            covered.add((r, c))
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    if (i, j) not in covered:
                        t.cell(i, j).text = val
            for (r0, c0, r1, c1) in merges:
                a = t.cell(r0, c0)
                keep = a.text
                a.merge(t.cell(r1, c1))
                a.text = keep
    d.save(path)


def to_pdf(blocks, path, **kw):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        to_docx(blocks, src, **kw)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", td, str(src)],
                       check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / (path.stem + ".pdf"), path)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(blocks, path, chrome_top, chrome_bottom, title):
    parts = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % esc(title)]
    parts.append(chrome_top)
    parts.append('<div class="article">')
    for b in blocks:
        if b[0] == "c":
            parts.append("<h2 style=\"text-align:center\">%s</h2>" % esc(b[1]))
        elif b[0] == "h":
            parts.append("<p><strong>%s</strong></p>" % esc(b[1]))
        elif b[0] == "p":
            parts.append("<p style=\"text-indent:2em\">%s</p>" % esc(b[1]))
        elif b[0] == "table":
            rows, merges = b[1], b[2]
            covered, span = set(), {}
            for (r0, c0, r1, c1) in merges:
                span[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
                for r in range(r0, r1 + 1):
                    for c in range(c0, c1 + 1):
                        if (r, c) != (r0, c0):
                            covered.add((r, c))
            parts.append('<table border="1" cellspacing="0">')
            for i, row in enumerate(rows):
                cells = []
                for j, v in enumerate(row):
                    if (i, j) in covered:
                        continue
                    rs, cs = span.get((i, j), (1, 1))
                    attr = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
                    cells.append("<td%s>%s</td>" % (attr, esc(v).replace("\n", "<br/>")))
                parts.append("<tr>" + "".join(cells) + "</tr>")
            parts.append("</table>")
    parts.append("</div>")
    parts.append(chrome_bottom)
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


def to_xlsx(title_row, header2, rows, merges, path, sheet="整改台账"):
    import openpyxl
    from openpyxl.styles import Alignment
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    allrows = [title_row] + header2 + rows
    for r in allrows:
        ws.append(r)
    for (r0, c0, r1, c1) in merges:
        ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(path)


# ---------------------------------------------------------------- recount
# Independent of the data: counts the markers in the rendered text between a problem's heading and the next.
ORD = re.compile(r"([一二三四五六七八九十]{1,2})是")
PAREN = re.compile(r"^\s*[（(](\d{1,2})[)）]", re.M)
ARAB = re.compile(r"^\s*(\d{1,2})[.、．](?:(?!\d)|(?=\d{4}年))", re.M)
CELLNUM = re.compile(r"(?:^|\n|\t)(\d{1,2})[.、．](?:(?!\d)|(?=\d{4}年))")


def recount(segment):
    seg = re.split(r"下一步[,，：:]", segment)[0]
    a = len(ORD.findall(seg))
    b = len(PAREN.findall(seg))
    c = len(ARAB.findall(seg))
    d = len(CELLNUM.findall(seg)) if "\t" in seg else 0
    n = max(a, b, c, d)
    return n if n else 1


def check(stem, text, problems, anchors, end_anchor=None):
    """anchors: per problem, the exact string that starts its section in `text`."""
    pos = []
    start = 0
    for a in anchors:
        i = text.find(a, start)
        if i < 0:
            sys.exit("%s: anchor not found: %s" % (stem, a))
        pos.append(i)
        start = i + len(a)
    end = len(text) if end_anchor is None else text.find(end_anchor, start)
    if end < 0:
        sys.exit("%s: end anchor not found" % stem)
    for k, p in enumerate(problems):
        seg = text[pos[k] + len(anchors[k]): pos[k + 1] if k + 1 < len(pos) else end]
        n = recount(seg)
        if n != p["measure_count"]:
            sys.exit("%s: problem %s: data says %d measures, recount of text says %d\n%s" % (
                stem, p["seq"], p["measure_count"], n, seg))


def ordlist(ms, sep="；"):
    return sep.join("%s是%s" % (cnum(i + 1), m) for i, m in enumerate(ms)) + "。"


def prob(seq, cat, title, ms, status=None, units=(), deadline=None):
    return {"seq": seq, "category": cat, "title": title, "status": status, "measures": list(ms),
            "measure_count": len(ms), "responsible_units": list(units), "deadline": deadline}


def truth(kind, title, issuer, date, insp, headline, problems, anomalies):
    h = {"problems_total": None, "problems_done": None, "measures_total": None, "measures_done": None, "rules_made": None}
    h.update(headline)
    i = {"inspector": None, "inspected": None, "start": None, "end": None, "feedback_date": None}
    i.update(insp)
    return {"kind": kind, "title": title, "issuer": issuer, "report_date": date, "inspection": i, "headline": h,
            "problems": [{k: p[k] for k in ("seq", "category", "title", "status", "measure_count",
                                             "responsible_units", "deadline")} for p in problems],
            "anomalies": anomalies}


def write_truth(stem, t):
    (HERE / (stem + ".truth.json")).write_text(json.dumps(t, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# ================================================================ d01 town party committee, county 巡察, txt
@doc
def d01():
    stem = "b6_01_town_xuncha_bulletin"
    C1 = "贯彻落实党的路线方针政策和上级决策部署方面"
    C2 = "落实全面从严治党战略部署方面"
    C3 = "落实新时代党的组织路线方面"
    P = [
        prob(1, C1, "学习贯彻党的二十大精神不够深入,理论学习中心组学习流于形式,研讨发言准备不充分", [
            "修订镇党委理论学习中心组学习制度,明确每季度至少开展1次专题研讨",
            "建立学习档案,对班子成员研讨发言材料实行镇党委书记审阅把关",
            "组织班子成员赴县委党校参加集中轮训2期"]),
        prob(2, C1, "乡村振兴项目推进缓慢,2023年度确定的5个产业项目中有2个未按期开工", [
            "成立由镇长任组长的项目攻坚专班,实行一个项目一名领导包保",
            "对黄泥岗村食用菌大棚项目重新进行选址论证,已于2024年5月开工建设"]),
        prob(3, C1, "防范化解重大风险意识不强,辖区内3处地质灾害隐患点监测制度落实不到位", [
            "对3处隐患点逐一落实群测群防员,配备简易监测设备",
            "汛期实行隐患点每日巡查报告制度,建立巡查台账",
            "联合县自然资源局开展隐患点专业排查1次,完成石门组隐患点搬迁避让2户",
            "将地质灾害防治纳入村干部年度考核"]),
        prob(4, C2, "主体责任落实有差距,镇党委研究党风廉政建设工作次数偏少", [
            "制定镇党委落实全面从严治党主体责任清单,每半年专题研究党风廉政建设不少于1次"]),
        prob(5, C2, "落实中央八项规定精神不够严格,公务接待存在无公函、清单不全现象", [
            "对2021年以来公务接待情况开展专项自查,清退不合规报销费用1860元",
            "修订《镇机关公务接待管理办法》,严格执行公函、清单、发票“三单合一”",
            "由镇纪委每季度抽查公务接待台账"]),
        prob(6, C2, "村级“三资”管理不规范,部分村集体资产出租合同到期未及时续签", [
            "开展村级集体资产清查,梳理到期合同27份",
            "对到期合同全部通过镇农村产权交易平台重新公开发包",
            "建立合同到期提前3个月预警机制"]),
        prob(7, C2, "对巡察、审计发现问题整改不到位,上轮巡察指出的个别问题仍然存在", [
            "对上轮巡察整改情况开展“回头看”,逐项核实整改成效",
            "对整改不彻底的2个问题重新制定整改措施并明确时限"]),
        prob(8, C3, "基层党组织建设薄弱,个别村党支部“三会一课”记录不规范", [
            "统一印制“三会一课”记录本,由镇组织办每月检查",
            "对2个软弱涣散村党组织实行镇领导班子成员包联整顿",
            "开展村党组织书记专题培训1期"]),
        prob(9, C3, "干部队伍建设统筹不够,年轻干部培养使用力度不大", [
            "建立年轻干部储备库,入库35岁以下干部14名",
            "选派4名年轻干部到信访、征迁一线岗位锻炼"]),
        prob(10, C3, "发展党员工作不规范,个别党员发展程序倒置", [
            "对2019年以来发展的党员档案进行全面审核,完善补正材料9份",
            "对程序倒置问题中的相关责任人进行批评教育",
            "举办发展党员工作业务培训"]),
    ]
    B = [("c", "中共青石镇委员会关于县委巡察反馈意见整改进展情况的通报"),
         ("p", "根据县委统一部署,2024年3月11日至5月10日,县委第二巡察组对青石镇党委开展了常规巡察,并于2024年6月18日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。"),
         ("h", "一、整改工作的组织开展情况"),
         ("p", "镇党委把巡察整改作为重大政治任务,第一时间召开党委会专题研究,成立以镇党委书记为组长、镇长为副组长的整改工作领导小组,下设办公室负责日常调度。对照巡察反馈的3个方面10个问题,逐条制定整改措施,建立问题、任务、责任“三张清单”,实行台账管理、对账销号。"),
         ("p", "镇党委书记切实履行第一责任人职责,先后5次主持召开整改专题会议,班子成员按照分工各负其责。镇纪委全程跟踪监督,对整改推进缓慢的2个村进行了提醒谈话。"),
         ("h", "二、巡察反馈问题的整改落实情况"),
         ]
    anchors = []
    cats = [C1, C2, C3]
    ci = 0
    for p in P:
        if ci < 3 and p["category"] == cats[ci]:
            B.append(("h", "（%s）%s" % (CN[ci], cats[ci])))
            ci += 1
        a = "%d.关于“%s”问题的整改情况" % (p["seq"], p["title"])
        anchors.append(a)
        B.append(("h", a))
        B.append(("p", ordlist(p["measures"])))
    B += [("h", "三、下一步工作打算"),
          ("p", "截至目前,巡察反馈的10个问题已整改完成8个,其余2个正在持续推进,共制定整改措施" + str(sum(p["measure_count"] for p in P)) + "条,已完成24条,建立完善制度机制6项。下一步,镇党委将坚持目标不变、标准不降、力度不减,一是持续抓好未完成事项整改;二是深化以案促改,巩固整改成果;三是把整改成效转化为推动乡村振兴的实际行动。"),
          ("p", "欢迎广大干部群众对巡察整改落实情况进行监督。如有意见建议,请及时向我们反映。联系电话:0739-5521806;通信地址:青石镇人民政府党政办公室。"),
          ("p", "中共青石镇委员会"),
          ("p", "2024年9月20日")]
    text = to_text(B)
    check(stem, text, P, anchors, "三、下一步工作打算")
    (HERE / (stem + ".txt")).write_text(text, encoding="utf-8")
    write_truth(stem, truth("bulletin", "中共青石镇委员会关于县委巡察反馈意见整改进展情况的通报", "中共青石镇委员会",
                            "2024-09-20", {"inspector": "县委第二巡察组", "inspected": "青石镇党委", "start": "2024-03-11",
                                           "end": "2024-05-10", "feedback_date": "2024-06-18"},
                            {"problems_total": 10, "problems_done": 8, "measures_total": sum(p["measure_count"] for p in P), "measures_done": 24, "rules_made": 6},
                            P, ["Headline figures are in the next-steps section at the end, not in the organisation section.",
                                "The next-steps paragraph has its own 一是/二是/三是 list, which is not a measure list."]))


# ================================================================ d02 university, provincial 巡视, docx, problems only in 附件1/附件2
@doc
def d02():
    stem = "b6_02_university_xunshi_report"
    A1 = "附件1"
    A2 = "附件2"
    K1 = "省委第五巡视组反馈具体问题整改进展情况"
    K2 = "省委巡视组移交问题线索及信访件办理情况"
    P = [
        prob(1, K1, "学校党委把方向、管大局、作决策、抓班子、带队伍、保落实的作用发挥不够充分,“三重一大”事项决策程序执行不严格", [
            "修订《党委常委会议事规则》《校长办公会议事规则》,明确37类“三重一大”事项清单",
            "建立议题提交前合法性审查和会前征求意见机制",
            "对2020年以来“三重一大”事项决策情况开展专项检查"], "done", deadline="2024年6月底"),
        prob(2, K1, "落实立德树人根本任务有差距,课程思政建设覆盖面不广,部分专业课教师育人意识不强", [
            "印发《课程思政建设三年行动计划》,立项建设示范课程60门",
            "将课程思政纳入教师年度考核和职称评审评价指标",
            "开展课程思政教学竞赛,已有1260名教师参加培训",
            "组织二级学院开展课程思政集体备课"], "done", deadline="2024年9月底"),
        prob(3, K1, "学科建设与地方产业需求结合不紧,服务区域经济社会发展能力不强", [
            "完成学科专业结构调整论证,撤销招生就业状况不佳的本科专业4个",
            "与市政府共建新材料产业研究院,签订校地合作协议11项"], "in_progress", deadline="2025年12月底"),
        prob(4, K1, "科研经费管理不规范,部分项目存在间接费用提取不合理、报销凭证不全问题", [
            "修订《科研经费管理办法》《横向科研项目管理办法》",
            "对2019年以来结题项目经费使用情况进行全面清查,追回不合规支出13.6万元",
            "上线科研经费报销智能审核系统"], "done", deadline="立行立改"),
        prob(5, K1, "招标采购监管存在漏洞,部分采购项目化整为零规避公开招标", [
            "制定《采购项目立项论证管理规定》,对年度采购计划实行归口审核",
            "对近三年采购项目开展专项审计",
            "对相关责任人进行诫勉谈话2人、批评教育3人"], "done", deadline="2024年6月底"),
        prob(6, K1, "二级学院党组织政治功能发挥不充分,党政联席会议制度执行不到位", [
            "修订二级学院党政联席会议议事规则并完成全部19个学院备案",
            "开展二级学院党组织书记抓党建述职评议"], "in_progress", deadline="长期坚持"),
        prob(7, K1, "干部队伍结构不够合理,中层干部平均年龄偏大,40岁以下处级干部占比偏低", [
            "制定《中层领导干部队伍建设规划(2024—2027年)》",
            "完成新一轮中层干部换届,新提任40岁以下处级干部12名",
            "建立优秀年轻干部动态管理库"], "in_progress", deadline="2025年6月底"),
        prob(1, K2, "关于反映学校附属中学违规收取择校费的信访件", [
            "成立联合调查组进行核查,核实违规收费事实并全额清退",
            "对附属中学负责人给予党内警告处分"], "done", deadline="2024年3月底"),
        prob(2, K2, "关于反映后勤服务公司食堂承包经营不规范的问题线索", [
            "委托第三方对食堂承包合同履行情况进行审计",
            "重新公开招标确定食堂经营主体",
            "建立食堂经营情况师生评议制度"], "in_progress", deadline="2024年12月底"),
        prob(3, K2, "关于反映个别教师学术不端的信访件", [
            "由学术委员会组织专家组调查认定",
            "依据调查结论撤销相关教师当年评优资格并责令撤回论文1篇"], "done", deadline="2024年4月底"),
    ]
    STAT = {"done": "已完成整改", "in_progress": "持续推进中"}
    B = [("c", "中共江洲理工大学委员会关于省委巡视整改进展情况的通报"),
         ("p", "根据省委统一部署,2023年10月9日至12月8日,省委第五巡视组对江洲理工大学党委开展了常规巡视。2024年1月16日,省委巡视组向学校党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求,现将巡视整改进展情况予以公布。"),
         ("h", "一、提高政治站位,把巡视整改作为重大政治任务"),
         ("p", "学校党委坚持把巡视整改作为检验“四个意识”的试金石,召开党委常委会、巡视整改专题民主生活会,深入查摆问题,剖析根源。党委书记严格履行第一责任人职责,先后主持召开整改领导小组会议8次、专题推进会4次,对重点难点问题亲自协调、亲自督办。"),
         ("h", "二、强化组织领导,健全整改工作机制"),
         ("p", "成立由党委书记、校长任双组长的巡视整改工作领导小组,下设综合协调、督查督办、宣传报道3个工作组。制定《巡视整改工作方案》,将巡视反馈意见细化为具体问题,逐项明确责任领导、牵头单位和整改时限,建立“周报告、月调度、季通报”制度。"),
         ("h", "三、坚持标本兼治,推动整改取得阶段性成效"),
         ("p", "截至2024年10月底,巡视反馈的具体问题和移交的问题线索、信访件共10个,已完成整改6个,其余4个正在按计划推进;共制定整改措施%d条,已完成%d条;新建和修订制度37项;给予党纪政务处分2人,组织处理5人。" % (sum(p["measure_count"] for p in P), 22)),
         ("h", "四、下一步工作安排"),
         ("p", "学校党委将继续保持整改力度不减、标准不降,对已完成的整改事项适时开展“回头看”,对需要长期坚持的事项紧盯不放,持续巩固整改成效。"),
         ("p", "欢迎广大师生、校友和社会各界对学校巡视整改落实情况进行监督。联系电话:0791-8836152;电子邮箱:xszg@jzlg.edu.cn。"),
         ("p", "附件:1.省委第五巡视组反馈具体问题整改进展情况"),
         ("p", "      2.省委巡视组移交问题线索及信访件办理情况"),
         ("p", "中共江洲理工大学委员会"),
         ("p", "2024年11月5日"),
         ("pb",)]
    anchors = []
    for att, key, sub in ((A1, K1, "共7个问题"), (A2, K2, "共3件")):
        B.append(("h", att))
        B.append(("c", "%s(%s)" % (key, sub)))
        for p in [q for q in P if q["category"] == key]:
            n = 1 if key == K1 else 2
            label = "项目%d.%d：" % (n, p["seq"])
            if key == K1 and p["seq"] == 2:
                label = "项目l.2："  # OCR slip kept in the copy
            a = label + p["title"]
            anchors.append(a)
            B.append(("h", a))
            B.append(("p", "整改时限：" + p["deadline"]))
            B.append(("p", "整改进展情况：" + STAT[p["status"]]))
            for i, m in enumerate(p["measures"]):
                B.append(("p", "（%d）%s。" % (i + 1, m)))
        if att == A1:
            B.append(("pb",))
    text = to_text(B)
    check(stem, text, P, anchors)
    to_docx(B, HERE / (stem + ".docx"))
    write_truth(stem, truth("bulletin", "中共江洲理工大学委员会关于省委巡视整改进展情况的通报", "中共江洲理工大学委员会",
                            "2024-11-05", {"inspector": "省委第五巡视组", "inspected": "江洲理工大学党委", "start": "2023-10-09",
                                           "end": "2023-12-08", "feedback_date": "2024-01-16"},
                            {"problems_total": 10, "problems_done": 6, "measures_total": sum(p["measure_count"] for p in P),
                             "measures_done": 22, "rules_made": 37},
                            P, ["Problems are only in the two attachments; the body sections 一–四 are organisation narrative.",
                                "Problem labels are '项目1.n' / '项目2.n'; seq is the number after the dot, so it restarts at 1 in 附件2.",
                                "OCR slip in the label of problem 1.2: '项目l.2' (letter l for digit 1).",
                                "Attachment headings carry their own counts ('共7个问题', '共3件').",
                                "Category is the attachment's heading (without the count in brackets)."]))


# ================================================================ d03 SOE group, 内部巡察 ledger, xlsx with two-row header and merged category cells
@doc
def d03():
    stem = "b6_03_soe_group_ledger"
    C1 = "党的领导弱化"
    C2 = "经营管理风险"
    C3 = "作风建设"
    P = [
        prob(1, C1, "子公司党支部前置研究重大经营管理事项清单未制定,“第一议题”制度落实不经常", [
            "制定子公司党支部前置研究讨论重大经营管理事项清单", "建立“第一议题”学习台账,每月报集团党委办公室备案"],
            "done", ["党委办公室", "泓远物流公司党支部"], "2024年5月31日"),
        prob(2, C1, "意识形态工作责任制落实不到位,对网络舆情研判处置不及时", [
            "修订意识形态工作责任制实施细则", "建立舆情监测日报制度", "每半年开展一次意识形态领域风险研判"],
            "done", ["党委宣传部"], "2024年6月30日"),
        prob(3, C2, "应收账款清收不力,三年以上账龄应收款项余额达4280万元", [
            "成立应收账款清收专班,逐户制定清收方案", "对确实无法收回的款项按程序核销", "将清收完成情况纳入子公司负责人绩效考核",
            "对恶意拖欠客户依法提起诉讼"], "in_progress", ["财务管理部", "法律合规部", "各子公司"], "2025年6月30日"),
        prob(4, C2, "对外投资决策论证不充分,个别参股项目连续三年亏损", [
            "对参股企业开展投资后评价", "制定低效无效参股股权退出计划"],
            "in_progress", ["战略投资部"], "2025年12月31日"),
        prob(5, C2, "物资采购比价不充分,部分零星采购未纳入集中采购平台", [
            "修订《物资采购管理办法》,将零星采购全部纳入平台", "对2022年以来零星采购开展专项检查",
            "建立供应商黑名单制度"], "done", ["采购中心"], "2024年7月31日"),
        prob(6, C2, "安全生产责任落实不到位,危化品仓储场所隐患整改不彻底", [
            "开展危化品仓储场所安全隐患“清零”行动"], "done", ["安全环保部", "泓远物流公司"], "立行立改"),
        prob(7, C3, "违规发放津补贴,个别子公司以加班费名义发放节日福利", [
            "清退违规发放的津补贴共计21.4万元", "对相关责任人给予党纪处分1人、诫勉谈话2人",
            "修订薪酬管理办法,明确津补贴项目和标准"], "done", ["人力资源部", "纪委办公室"], "2024年4月30日"),
        prob(8, C3, "“四风”问题仍有发生,公务用车管理不规范", [
            "启用公务用车定位管理系统", "每季度通报公务用车使用情况"],
            "long_term", ["综合管理部"], "长期坚持"),
    ]
    ST = {"done": "已完成", "in_progress": "推进中", "long_term": "长期坚持"}
    title = "中国泓远控股集团有限公司党委第三轮巡察反馈问题整改台账"
    header2 = [["序号", "问题类别", "问题描述", "整改措施", "责任部门", "整改时限", "整改情况", ""],
               ["", "", "", "", "", "", "完成情况", "佐证材料"]]
    rows = []
    merges = [(0, 0, 0, 7), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 7)]
    r = 3
    for cat in (C1, C2, C3):
        ps = [p for p in P if p["category"] == cat]
        merges.append((r, 1, r + len(ps) - 1, 1))
        for k, p in enumerate(ps):
            rows.append([str(p["seq"]), cat if k == 0 else "", p["title"],
                         "\n".join("%d.%s" % (i + 1, m) for i, m in enumerate(p["measures"])) if len(p["measures"]) > 1 else p["measures"][0],
                         "、".join(p["responsible_units"]), p["deadline"], ST[p["status"]],
                         "会议纪要、制度文件" if p["status"] == "done" else "阶段性材料"])
            r += 1
    tail = ["填报单位:集团党委巡察工作领导小组办公室", "", "", "", "", "填报时间:2024年8月30日", "", ""]
    merges.append((r, 0, r, 4))
    merges.append((r, 5, r, 7))
    # text view for the recount
    blocks = [("table", [[title] + [""] * 7] + header2 + rows + [tail], merges)]
    text = to_text(blocks)
    check(stem, text, P, [p["title"] for p in P], "填报单位")
    to_xlsx([title] + [""] * 7, header2, rows + [tail], merges, HERE / (stem + ".xlsx"))
    write_truth(stem, truth("bulletin", title, "中国泓远控股集团有限公司党委", "2024-08-30",
                            {"inspector": None, "inspected": None},
                            {}, P, ["Spreadsheet ledger: row 1 is a merged title, rows 2-3 a two-row header (整改情况 spans 完成情况/佐证材料).",
                                    "The 问题类别 column is a vertically merged cell: only the first row of each category holds the text.",
                                    "Measures are numbered 1./2. inside one cell with line breaks; single-measure cells are unnumbered.",
                                    "Status comes from the 完成情况 column (已完成 / 推进中 / 长期坚持).",
                                    "No inspection team, dates or headline figures are stated; 填报时间 in the last row is the date."]))


# ================================================================ d04 city hospital, 市委巡察, html page with site chrome
CHROME_TOP_HOSP = """<div class="top"><a href="/">首页</a> | <a href="/yygk/">医院概况</a> | <a href="/kszn/">科室指南</a> | <a href="/jzfw/">就诊服务</a> | <a href="/dwgk/">党务公开</a></div>
<div class="search"><input type="text" placeholder="请输入关键字"/> 搜索</div>
<div class="crumb">当前位置:首页 &gt; 党务公开 &gt; 巡察整改</div>"""
CHROME_BOTTOM_HOSP = """<div class="foot"><p>【打印本页】 【关闭窗口】</p><p>上一篇:我院召开2024年度党风廉政建设工作会议</p><p>下一篇:关于开展“医德医风建设月”活动的通知</p>
<p>版权所有:临澜市第一人民医院 地址:临澜市建设北路88号 急诊电话:0746-8212120</p><p>湘ICP备10026611号-1 技术支持:临澜网络科技</p></div>"""


@doc
def d04():
    stem = "b6_04_hospital_xuncha_web"
    C1 = "党的建设和政治建设方面"
    C2 = "医疗服务和行风建设方面"
    C3 = "财务和资产管理方面"
    P = [
        prob(1, C1, "医院党委领导下的院长负责制落实不够到位,党委会与院长办公会议题界限不清", [
            "修订《医院党委会议事规则》和《院长办公会议事规则》,厘清两个会议的议事范围",
            "建立党委会议题年度计划和会前沟通机制",
            "由党委办公室对会议纪要执行情况每季度督办"], "done"),
        prob(2, C1, "临床科室党支部书记“双带头人”比例偏低", [
            "调整充实临床科室党支部书记,“双带头人”比例提高到92%",
            "开展党支部书记专题培训2期"], "done"),
        prob(3, C2, "“看病难”问题仍较突出,门诊高峰时段候诊时间长", [
            "全面推行分时段预约诊疗,预约就诊率提升至78%",
            "增设自助服务终端40台,开通医保移动支付",
            "在呼吸科、儿科等高峰科室实行弹性排班"], "in_progress"),
        prob(4, C2, "医德医风建设有差距,存在收受“红包”、违规接受宴请的情况", [
            "开展医疗领域腐败问题集中整治,签订廉洁行医承诺书2260份",
            "对查实的2名医务人员依规依纪严肃处理",
            "在门诊、病区公布举报电话和二维码"], "done"),
        prob(5, C3, "医用耗材管理不规范,部分高值耗材出入库记录不全、账实不符", [
            "上线医用耗材SPD精细化管理系统,实现高值耗材全流程追溯",
            "对全院高值耗材开展盘点清查",
            "修订《医用耗材管理办法》",
            "将耗材管理纳入科室绩效考核"], "in_progress"),
        prob(6, C3, "固定资产管理松散,部分大型设备使用效率低", [
            "完成全院固定资产清查和账务调整",
            "建立大型医用设备使用效益分析制度,每半年分析通报一次"], "done"),
    ]
    B = [("c", "临澜市第一人民医院党委关于市委巡察整改情况的通报"),
         ("p", "发布时间:2024-12-13 09:30 来源:党委办公室 浏览次数:1263"),
         ("p", "根据市委巡察工作统一部署,2024年4月8日至6月7日,市委第三巡察组对临澜市第一人民医院党委开展了巡察。8月2日,市委第三巡察组向医院党委反馈了巡察意见。按照巡察工作有关要求,现将整改情况予以公布。"),
         ("h", "一、整改工作总体情况"),
         ("p", "医院党委坚决扛起巡察整改主体责任,成立巡察整改工作领导小组,党委书记任组长,院长任副组长。针对巡察反馈的6个方面问题,细化制定整改措施%d条,明确责任领导、责任科室和完成时限。截至目前,6个问题中已整改完成4个,2个正在推进;建立健全制度15项。" % sum(p["measure_count"] for p in P)),
         ("h", "二、巡察反馈问题整改落实情况"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "（%s）%s" % (CN[k - 1], cur)))
        a = "问题%s:%s。" % (cnum(p["seq"]), p["title"])
        anchors.append(a)
        B.append(("h", a))
        B.append(("p", "整改情况:"))
        for i, m in enumerate(p["measures"]):
            B.append(("p", "%d.%s。" % (i + 1, m)))
        B.append(("p", "目前,该问题已整改完成。" if p["status"] == "done" else "目前,该问题正在持续整改中。"))
    B += [("h", "三、下一步工作"),
          ("p", "医院党委将持续巩固巡察整改成果,对尚未完成的整改事项加压推进,确保按期整改到位。欢迎广大干部职工和人民群众对巡察整改落实情况进行监督,如有意见和建议,请通过电话0746-8212035或电子邮箱lldyyy_dw@163.com反映。"),
          ("p", "中共临澜市第一人民医院委员会"),
          ("p", "2024年12月12日")]
    text = to_text(B)
    check(stem, text, P, anchors, "三、下一步工作")
    to_html(B, HERE / (stem + ".html"), CHROME_TOP_HOSP, CHROME_BOTTOM_HOSP, "临澜市第一人民医院党委关于市委巡察整改情况的通报-临澜市第一人民医院")
    write_truth(stem, truth("bulletin", "临澜市第一人民医院党委关于市委巡察整改情况的通报", "临澜市第一人民医院党委",
                            "2024-12-12", {"inspector": "市委第三巡察组", "inspected": "临澜市第一人民医院党委", "start": "2024-04-08",
                                           "end": "2024-06-07", "feedback_date": "2024-08-02"},
                            {"problems_total": 6, "problems_done": 4, "measures_total": sum(p["measure_count"] for p in P),
                             "rules_made": 15},
                            P, ["Web page with hospital site chrome (navigation, search box, breadcrumb, previous/next links, footer).",
                                "Page shows 发布时间 2024-12-13 but the signature date is 2024-12-12; the signature wins.",
                                "Feedback date '8月2日' has no year; resolved to 2024 from the inspection period.",
                                "Problem headings are '问题一:…。'; measures are numbered 1./2. paragraphs after '整改情况:'.",
                                "Status is stated in a closing sentence per problem ('已整改完成' / '正在持续整改中')."]))


# ================================================================ d05 county court, 县委巡察, pdf printed from Word, status sections
@doc
def d05():
    stem = "b6_05_county_court_status_pdf"
    S1 = "已完成整改的问题"
    S2 = "正在推进整改的问题"
    P = [
        prob(1, S1, "审判执行质效不高,部分案件审理超审限,长期未结案件清理不及时", [
            "开展长期未结案件专项清理,清理一年以上未结案件43件",
            "建立审限预警、院庭长督办机制",
            "每月通报各庭室审判质效指标"], "done"),
        prob(2, S1, "执行案件款物管理不规范,案款发放不及时", [
            "全面清理执行案款,发放历史积存案款312万元",
            "实行“一案一账号”管理",
            "建立案款到账7日内发放提醒机制",
            "由纪检组对案款管理开展季度抽查"], "done"),
        prob(3, S1, "诉讼服务便民措施落实不到位,网上立案率偏低", [
            "在诉讼服务中心设立网上立案辅导窗口",
            "在4个人民法庭推广跨域立案"], "done"),
        prob(4, S1, "司法警察队伍管理不严,值庭、押解制度执行不到位", [
            "修订《司法警察值庭工作规范》,组织全员培训",
            "三是对押解车辆加装视频监控设备"
            ], "done"),
        prob(5, S2, "基层人民法庭建设滞后,个别法庭办公用房存在安全隐患", [
            "将白沙法庭改造纳入县年度重点项目,已完成设计招标",
            "对存在隐患的办公用房采取临时加固措施"], "in_progress"),
        prob(6, S2, "审判辅助人员流失较多,队伍结构不合理", [
            "联合县委编办、县人社局研究制定聘用制书记员薪酬动态调整办法",
            "面向社会公开招聘聘用制书记员12名",
            "建立书记员职业发展通道"], "in_progress"),
        prob(7, S2, "落实“一岗双责”不够到位,对审判执行权力运行监督制约不够", [
            "制定党组成员“一岗双责”责任清单",
            "上线审判权力运行监督平台,对“四类案件”全程留痕",
            "开展廉政风险点排查,查找风险点86个"], "in_progress"),
    ]
    B = [("c", "中共岚溪县人民法院党组"),
         ("c", "关于县委巡察反馈意见整改进展情况的通报"),
         ("p", "按照县委统一部署,县委第一巡察组于2023年9月4日至10月27日对县人民法院党组开展了常规巡察,并于同年12月5日反馈了巡察意见。院党组对巡察反馈意见照单全收、全面整改。现将整改进展情况通报如下。"),
         ("h", "一、扛牢政治责任,高位推动巡察整改"),
         ("p", "院党组第一时间召开党组会议,传达学习县委巡察反馈意见,研究部署整改工作,成立由党组书记、院长任组长的整改工作领导小组。领导小组对巡察反馈的7个问题逐项建立整改台账,细化整改措施%d条,做到问题、措施、责任、时限“四明确”。党组书记带头领办重点难点问题,班子成员对分管领域整改负直接领导责任。" % sum(p["measure_count"] for p in P)),
         ("p", "院党组坚持把巡察整改与队伍教育整顿成果巩固、审判质效提升结合起来,先后召开党组会议6次、推进会3次专题研究整改工作,对整改进度实行周报告制度,对进度滞后的部门负责人进行约谈。"),
         ("h", "二、逐项对账销号,巡察整改取得阶段性成效"),
         ("p", "截至2024年6月30日,巡察反馈的7个问题中,已完成整改4个,正在推进3个;已完成整改措施17条;建立完善制度机制11项。"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "（%s）%s" % (CN[k - 1], cur)))
        a = "%d.%s。" % (p["seq"], p["title"])
        anchors.append(a)
        B.append(("h", a))
        if p["seq"] == 4:
            # broken numbering in the original: 一是 … 三是 (no 二是), two items
            B.append(("p", "整改情况:一是%s;%s。" % (p["measures"][0], p["measures"][1])))
        else:
            B.append(("p", "整改情况:" + ordlist(p["measures"], ";")))
        if p["seq"] == 3:
            B.append(("pb",))
    B += [("h", "三、下一步工作打算"),
          ("p", "院党组将坚持问题导向,对正在推进的3个问题持续发力,下一步,一是加快人民法庭建设进度;二是健全审判辅助人员管理长效机制;三是深化全面从严治党,推动巡察整改成果转化为审判执行工作的实际成效。"),
          ("p", "欢迎社会各界对巡察整改落实情况进行监督。联系电话:0795-6231017。"),
          ("p", "中共岚溪县人民法院党组"),
          ("p", "2024年7月8日")]
    text = to_text(B)
    check(stem, text, P, anchors, "三、下一步工作打算")
    to_pdf(B, HERE / (stem + ".pdf"), footer_page=True, header="岚溪县人民法院")
    write_truth(stem, truth("bulletin", "中共岚溪县人民法院党组关于县委巡察反馈意见整改进展情况的通报", "中共岚溪县人民法院党组",
                            "2024-07-08", {"inspector": "县委第一巡察组", "inspected": "县人民法院党组", "start": "2023-09-04",
                                           "end": "2023-10-27", "feedback_date": "2023-12-05"},
                            {"problems_total": 7, "problems_done": 4, "measures_total": sum(p["measure_count"] for p in P),
                             "measures_done": 17, "rules_made": 11},
                            P, ["PDF printed from Word: running header '岚溪县人民法院' and page footers '— n —' on every page.",
                                "Text extracted from the PDF wraps lines mid-sentence and spaces digits off from CJK ('巡察反馈的 7 个问题').",
                                "Title is split over two centred lines (issuer / rest of the title).",
                                "Problems sit under two status sections (已完成整改的问题 / 正在推进整改的问题); numbering continues 1-7 across them.",
                                "Problem 4: broken numbering, '一是…;三是…' with no 二是; two items.",
                                "Feedback date '同年12月5日' resolves to 2023-12-05.",
                                "The next-steps section has its own 一是/二是/三是 list, not measures."]))


# ================================================================ d06 county procuratorate, 市委巡察, rectification plan with a Word table
@doc
def d06():
    stem = "b6_06_procuratorate_plan_table"
    C1 = "政治建设和党的领导方面"
    C2 = "检察履职方面"
    C3 = "队伍建设和党风廉政建设方面"
    P = [
        prob(1, C1, "学习贯彻习近平法治思想不够深入系统,与检察业务融合不紧", [
            "将习近平法治思想纳入党组理论学习中心组年度学习计划",
            "每季度开展一次“法治思想进部门”专题研讨",
            "组织检察官撰写学习体会和案例分析"], units=["政治部", "办公室"], deadline="2024年12月底前"),
        prob(2, C1, "请示报告制度执行不严格,重大事项向市委政法委报告不及时", [
            "梳理重大事项请示报告清单,明确报告时限和程序",
            "建立重大事项报告登记台账"], units=["办公室"], deadline="立行立改"),
        prob(3, C2, "公益诉讼检察工作开展不平衡,生态环境领域案件线索发现能力不足", [
            "与县生态环境局、县自然资源局建立信息共享和线索移送机制",
            "开展“守护清水河”公益诉讼专项监督活动",
            "引入无人机巡查辅助线索发现"], units=["第四检察部", "县生态环境局", "县自然资源局"], deadline="2025年6月底前"),
        prob(4, C2, "刑事案件审查逮捕质量有待提高,不捕复议复核案件较多", [
            "建立疑难案件检察官联席会议制度",
            "对近两年不捕复议复核案件开展评查",
            "开展审查逮捕业务练兵"], units=["第一检察部", "案件管理部"], deadline="2024年10月底前"),
        prob(5, C2, "控告申诉案件办理不及时,群众信访件七日内程序回复率未达要求", [
            "严格落实群众来信件件有回复制度,实行专人跟踪"], units=["第二检察部"], deadline="立行立改,长期坚持"),
        prob(6, C3, "检察官助理、书记员配备不足,人员分类管理改革落实不到位", [
            "向县委编办、县人社局报送补充人员需求",
            "完成检察官助理等级晋升工作",
            "优化办案团队组合"], units=["政治部"], deadline="2025年3月底前"),
        prob(7, C3, "落实防止干预司法“三个规定”不到位,记录报告不经常", [
            "开展“三个规定”专题警示教育",
            "实行“三个规定”填报月报告、零报告制度"], units=["检务督察部", "政治部"], deadline="长期坚持"),
        prob(8, C3, "公用经费支出审核把关不严,部分差旅费报销缺少审批单", [
            "对2022年以来差旅费报销进行全面复核",
            "修订《财务报销审批规定》"], units=["计划财务装备部"], deadline="2024年9月底前"),
    ]
    rows = [["序号", "存在问题", "整改措施", "责任部门", "整改时限"]]
    merges = []
    for ci, cat in enumerate((C1, C2, C3)):
        ps = [p for p in P if p["category"] == cat]
        merges.append((len(rows), 0, len(rows), 4))
        rows.append(["%s、%s(%d个问题)" % (CN[ci], cat, len(ps)), "", "", "", ""])
        for p in ps:
            ms = p["measures"]
            cell = "\n".join("%d.%s。" % (i + 1, m) for i, m in enumerate(ms)) if len(ms) > 1 else ms[0] + "。"
            rows.append([str(p["seq"]), p["title"], cell, "、".join(p["responsible_units"]), p["deadline"]])
    B = [("c", "岚溪县人民检察院党组关于落实市委巡察反馈意见的整改方案"),
         ("p", "2024年3月18日至5月17日,市委第四巡察组对岚溪县人民检察院党组开展了巡察,并于2024年7月3日反馈了巡察意见。为切实抓好巡察反馈问题整改,结合我院实际,制定本方案。"),
         ("h", "一、指导思想"),
         ("p", "坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻习近平法治思想,把巡察整改作为践行“两个维护”的具体行动,坚持问题导向、目标导向、结果导向,确保反馈问题件件有着落、事事有回音。"),
         ("h", "二、整改目标"),
         ("p", "针对巡察反馈的3个方面8个问题,逐条制定整改措施,力争在2024年12月底前完成集中整改任务,需要长期坚持的事项建立长效机制。"),
         ("h", "三、组织领导"),
         ("p", "成立巡察整改工作领导小组,由党组书记、检察长任组长,其他党组成员任副组长,各部门负责人为成员。领导小组办公室设在政治部,负责整改工作的统筹协调、督促检查和资料归档。"),
         ("h", "四、整改任务"),
         ("p", "整改任务详见《岚溪县人民检察院落实市委巡察反馈意见整改任务清单》。"),
         ("c", "岚溪县人民检察院落实市委巡察反馈意见整改任务清单"),
         ("table", rows, merges),
         ("h", "五、工作要求"),
         ("p", "(一)压实整改责任。各责任部门主要负责人是整改第一责任人,要亲自研究、亲自部署。(二)加强督促检查。领导小组办公室每月调度整改进展,对进展缓慢的及时提醒。(三)严格销号管理。整改完成一项、验收一项、销号一项。"),
         ("p", "中共岚溪县人民检察院党组"),
         ("p", "2024年8月1日")]
    text = to_text(B)
    check(stem, text, P, [p["title"] for p in P], "五、工作要求")
    to_docx(B, HERE / (stem + ".docx"))
    write_truth(stem, truth("plan", "岚溪县人民检察院党组关于落实市委巡察反馈意见的整改方案", "岚溪县人民检察院党组",
                            "2024-08-01", {"inspector": "市委第四巡察组", "inspected": "岚溪县人民检察院党组", "start": "2024-03-18",
                                           "end": "2024-05-17", "feedback_date": "2024-07-03"},
                            {"problems_total": 8}, P,
                            ["Rectification plan; the problems are in a Word table (序号/存在问题/整改措施/责任部门/整改时限).",
                             "Category rows are merged across all five columns and end with a count '(n个问题)', which is not part of the category.",
                             "Measures are 1./2. lines inside one cell; single-measure cells are unnumbered.",
                             "The 五、工作要求 section after the table has (一)(二)(三) items that are not problems.",
                             "Row 3's 责任部门 lists outside bodies (县生态环境局、县自然资源局) after the internal department."]))



# ================================================================ d07 county audit office, follow-up report on audit findings, txt
@doc
def d07():
    stem = "b6_07_audit_followup_report"
    C1 = "财政管理审计查出问题的整改情况"
    C2 = "部门预算执行审计查出问题的整改情况"
    C3 = "重点民生资金和项目审计查出问题的整改情况"
    P = [
        prob(1, C1, "部分非税收入未及时足额缴库", ["县财政局已将滞留的非税收入1263.5万元全部缴入国库", "修订《非税收入收缴管理办法》,明确缴库时限"], "done"),
        prob(2, C1, "预算编制不够精准,部分项目年初预算执行率低于30%", ["县财政局对执行率低的项目资金收回统筹1820万元", "将预算执行率与下年度预算安排挂钩", "建立项目支出预算评审机制"], "done"),
        prob(3, C1, "政府债务风险管控有待加强,部分专项债券资金闲置", ["调整债券资金用途2笔共计3500万元,已履行报批程序", "督促项目单位加快建设进度"], "in_progress"),
        prob(4, C2, "3个部门超范围列支会议费、培训费", ["相关部门已将超范围列支费用调整至相应科目", "县财政局组织专项培训"], "done"),
        prob(5, C2, "部分单位固定资产账实不符", ["相关单位完成资产清查,调整账务", "登记入账未入账资产215万元", "报废处置无使用价值资产"], "done"),
        prob(6, C2, "县农业农村局政府采购程序不规范", ["县农业农村局修订内部采购管理制度"], "done"),
        prob(7, C3, "养老服务补贴发放不精准,向已死亡人员发放补贴", ["县民政局追回多发补贴4.3万元", "与县公安局、县卫健局建立死亡人员信息比对机制", "开展养老服务补贴发放专项清理"], "done"),
        prob(8, C3, "农村饮水安全工程建设滞后,2个项目未按期完工", ["县水利局督促施工单位增加人员设备,其中1个项目已完工验收", "另1个项目因征地问题正在协调"], "in_progress"),
        prob(9, C3, "保障性住房分配管理不到位,部分承租人已不符合保障条件", ["县住建局已清退不符合条件承租人17户", "建立保障对象动态复核机制"], "done"),
    ]
    for p in P:  # printed numbering restarts per category; the heading ends in 问题
        p["seq"] = [q for q in P if q["category"] == p["category"]].index(p) + 1
        p["title"] += "问题"
    B = [("c", "关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"),
         ("p", "——2024年12月24日在宁川县第十八届人民代表大会常务委员会第二十二次会议上"),
         ("p", "县审计局局长  周明远"),
         ("p", "主任、各位副主任、各位委员:"),
         ("p", "我受县人民政府委托,向县人大常委会报告2023年度县本级预算执行和其他财政收支审计查出问题的整改情况,请予审议。"),
         ("p", "2024年8月28日,县第十八届人大常委会第二十次会议听取和审议了县审计局受县人民政府委托所作的审计工作报告。县人民政府高度重视,多次召开专题会议研究部署整改工作,要求各部门单位对审计查出的问题逐项建立整改台账,明确整改责任人和时限。"),
         ("p", "县人民政府常务会议3次专题听取审计整改情况汇报,县政府主要领导对重点问题整改作出批示;县审计局会同县人大常委会预算工作委员会、县财政局等部门建立审计整改协同机制,实行整改台账管理、对账销号,对整改不力的单位进行约谈。各部门单位切实履行整改主体责任,主要负责人亲自研究部署,逐项制定整改措施。"),
         ("p", "审计工作报告反映的问题共50个,截至2024年11月底,已整改40个,正在整改10个;已整改问题金额2.86亿元,推动出台和完善制度13项,对4名相关责任人员作出处理。现将具体情况报告如下:"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "%s、%s" % (CN[k - 1], cur)))
        a = "(%s)%s。" % (CN[p["seq"] - 1], p["title"])
        anchors.append(a)
        st = "该问题已整改。" if p["status"] == "done" else "该问题正在整改。"
        B.append(("p", a + st + ordlist(p["measures"], ";")))
    B += [("h", "四、下一步工作安排"),
          ("p", "对尚未整改到位的问题,县人民政府将督促相关部门单位制定时间表、路线图,在2025年6月底前整改到位,并将整改情况适时向县人大常委会报告。"),
          ("p", "主任、各位副主任、各位委员,我们将自觉接受县人大常委会的监督,持续做好审计整改“下半篇文章”。"),
          ]
    text = to_text(B)
    check(stem, text, P, anchors, "四、下一步工作安排")
    (HERE / (stem + ".txt")).write_text(text, encoding="utf-8")
    write_truth(stem, truth("bulletin", "关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告", "宁川县审计局",
                            "2024-12-24", {"inspector": "宁川县审计局", "inspected": "县本级预算执行和其他财政收支"},
                            {"problems_total": 50, "problems_done": 40, "rules_made": 13}, P,
                            ["Audit-rectification report to the county people's congress; the date is the subtitle line ('——2024年12月24日在…会议上'), there is no signature date.",
                             "Issuer is named only as '县审计局局长 周明远' and '宁川县' in the subtitle; issuer given as 宁川县审计局.",
                             "Headline says 50 problems (40 done) but only 9 representative problems are listed: headline figures disagree with the list.",
                             "Each problem is one paragraph: '(一)…问题。该问题已整改。一是…;二是…。'; heading, status and measures run together.",
                             "Problem numbering (一)(二)(三) restarts under each category.",
                             "2024年8月28日 is the congress hearing of the audit report, not inspection feedback; left null."]))



# ================================================================ d08 city, provincial 生态环境保护督察, html bulletin with status sections, numbering restarts
CHROME_TOP_GOV = """<div class="gov-top">梧川市人民政府 <span>无障碍</span> <span>关怀版</span> <span>English</span></div>
<ul class="nav"><li>首页</li><li>要闻动态</li><li>政务公开</li><li>政务服务</li><li>互动交流</li><li>走进梧川</li></ul>
<div class="crumb">您当前所在位置: 首页 &gt; 政务公开 &gt; 重点领域信息公开 &gt; 生态环境 &gt; 督察整改</div>
<table class="meta"><tr><td>索引号:11450400MB1520337K/2024-00213</td><td>发布机构:梧川市生态环境保护督察整改工作领导小组办公室</td></tr>
<tr><td>发文日期:2024年06月28日</td><td>主题分类:环境监测、保护与治理</td></tr></table>"""
CHROME_BOTTOM_GOV = """<div class="share">分享到: 微信 微博 QQ空间</div><div class="print">【打印】【关闭】</div>
<div class="foot">主办:梧川市人民政府办公室 承办:梧川市大数据发展局 网站标识码:4504000012 桂ICP备05006682号 桂公网安备45040302000031号</div>"""


@doc
def d08():
    stem = "b6_08_eco_ducha_city_web"
    S1 = "已完成整改的问题(7个)"
    S2 = "达到序时进度、正在推进的问题(4个)"
    S3 = "需长期坚持的问题(2个)"
    P = [
        prob(1, S1, "市城区部分路段雨污管网混接错接,雨季污水溢流进入鸳江", ["完成城区雨污混接点排查,整改混接错接点位214处", "新建截污管网12.6公里", "建立管网“厂网一体”运维机制"], "done"),
        prob(2, S1, "长洲区工业集中区污水处理厂进水浓度偏低,运行效能不高", ["对园区企业排水许可开展复核", "实施进水管网修复工程"], "done"),
        prob(3, S1, "部分建筑工地扬尘管控措施落实不到位", ["开展建筑工地扬尘专项整治,立案查处12宗", "在43个在建工地安装扬尘在线监测设备", "实行扬尘治理“红黄牌”管理"], "done"),
        prob(4, S1, "城区餐饮油烟扰民投诉较多,油烟净化设施运行不正常", ["对城区餐饮单位油烟净化设施开展全面检查,督促清洗维护1630家"], "done"),
        prob(5, S1, "藤城县部分畜禽养殖场粪污直排", ["依法关闭禁养区内养殖场9家", "对其余养殖场配套建设粪污处理设施", "开展畜禽粪污资源化利用技术指导"], "done"),
        prob(6, S1, "医疗废物收集转运体系不健全,乡镇卫生院医疗废物暂存不规范", ["建成县域医疗废物收集转运中心3个", "实现乡镇卫生院医疗废物收运全覆盖"], "done"),
        prob(7, S1, "自然保护区内违规建设旅游设施", ["拆除保护区核心区内违规建筑4处,面积1850平方米", "完成拆除区域植被恢复"], "done"),
        prob(1, S2, "城镇生活垃圾焚烧发电项目建设滞后", ["项目主体工程已完成85%", "加快配套灰渣填埋场建设", "同步推进飞灰处置设施建设"], "in_progress"),
        prob(2, S2, "历史遗留矿山生态修复进度缓慢", ["完成历史遗留矿山图斑核查166个", "已修复治理图斑98个,面积约420公顷"], "in_progress"),
        prob(3, S2, "西江干流梧川段2个入河排污口未完成规范化整治", ["完成1个排污口规范化整治", "另1个排污口正在实施截污改造"], "in_progress"),
        prob(4, S2, "工业固体废物综合利用率偏低", ["引进固废综合利用企业2家", "制定工业固废综合利用三年行动方案"], "in_progress"),
        prob(1, S3, "部分领导干部生态环境保护责任意识不强,“党政同责、一岗双责”落实不到位", ["将生态环境保护纳入市委理论学习中心组学习内容", "修订市直部门生态环境保护责任清单", "将督察整改纳入年度绩效考评"], "long_term"),
        prob(2, S3, "农业面源污染防治有待加强,化肥农药使用量仍然偏高", ["推广测土配方施肥技术,覆盖率达到92%", "实施农药减量增效行动"], "long_term"),
    ]
    B = [("c", "梧川市贯彻落实第二轮省级生态环境保护督察反馈意见整改进展情况"),
         ("p", "2023年4月17日至5月17日,省第三生态环境保护督察组对梧川市开展了第二轮省级生态环境保护督察,并于2023年8月9日向我市反馈了督察意见。督察反馈问题13个,我市制定了整改方案,明确了整改目标、措施、时限和责任单位。根据督察整改信息公开有关要求,现将截至2024年6月20日的整改进展情况公开如下:"),
         ("p", "截至目前,13个反馈问题中,已完成整改7个,达到序时进度4个,需长期坚持2个。"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "%s、%s" % (CN[k - 1], cur)))
        a = "%d.%s。" % (p["seq"], p["title"])
        anchors.append(a)
        B.append(("p", a))
        B.append(("p", "整改进展:" + ordlist(p["measures"])))
    B += [("p", "梧川市生态环境保护督察整改工作领导小组办公室"),
          ("p", "2024年6月28日")]
    text = to_text(B)
    check(stem, text, P, anchors, "梧川市生态环境保护督察整改工作领导小组办公室")
    for p in P:
        p["category"] = re.sub(r"\(\d+个\)$", "", p["category"])
    to_html(B, HERE / (stem + ".html"), CHROME_TOP_GOV, CHROME_BOTTOM_GOV, "梧川市贯彻落实第二轮省级生态环境保护督察反馈意见整改进展情况_梧川市人民政府门户网站")
    write_truth(stem, truth("bulletin", "梧川市贯彻落实第二轮省级生态环境保护督察反馈意见整改进展情况",
                            "梧川市生态环境保护督察整改工作领导小组办公室", "2024-06-28",
                            {"inspector": "省第三生态环境保护督察组", "inspected": "梧川市", "start": "2023-04-17",
                             "end": "2023-05-17", "feedback_date": "2023-08-09"},
                            {"problems_total": 13, "problems_done": 7}, P,
                            ["Government portal page: navigation, breadcrumb, a metadata table (索引号/发布机构/发文日期) and footer chrome.",
                             "Three status sections (已完成 / 达到序时进度、正在推进 / 需长期坚持), each with a count in brackets, which is not part of the category.",
                             "Problem numbering restarts at 1 in each status section.",
                             "The data cut-off date (截至2024年6月20日) differs from the signature date 2024-06-28.",
                             "Environmental 督察 of a whole city, not a party 巡察: inspected is the city itself ('对梧川市开展了…督察')."]))



# ================================================================ d09 one task: 验收销号公示 of 反馈问题第7项, GB18030 txt
@doc
def d09():
    stem = "b6_09_one_task_xiaohao_gb18030"
    P = [prob(7, None, "柳沟镇砖瓦厂旧址堆存大量建筑垃圾和生活垃圾,未采取防渗、覆盖措施,雨季渗滤液流入周边沟渠", [
        "2023年10月,柳沟镇组织清运堆存垃圾约1.2万立方米,其中建筑垃圾运至县建筑垃圾消纳场处置,生活垃圾运至县生活垃圾填埋场无害化处理",
        "对场地进行平整、覆土和绿化,恢复植被面积约6800平方米",
        "委托第三方检测机构对周边沟渠水质和场地土壤进行采样检测,检测结果均符合相应标准",
        "将该点位纳入镇村两级网格化巡查范围,落实专人每周巡查,防止问题反弹"],
        "done", ["柳沟镇人民政府", "县城市管理局", "县生态环境分局"], "2023年12月底前")]
    p = P[0]
    B = [("c", "关于鹤原县第二轮省生态环境保护督察反馈问题第7项整改任务验收销号情况的公示"),
         ("p", "根据《鹤原县生态环境保护督察整改验收销号工作办法》有关规定,县生态环境保护督察整改工作领导小组办公室组织县城市管理局、县生态环境分局等单位,于2024年1月16日对第二轮省生态环境保护督察反馈问题第7项整改任务进行了现场验收。经验收,该项任务已完成整改,达到销号条件。现将有关情况公示如下:"),
         ("h", "一、问题基本情况"),
         ("p", "反馈问题第7项:" + p["title"] + "。"),
         ("p", "责任单位:" + "、".join(p["responsible_units"])),
         ("p", "整改时限:" + p["deadline"]),
         ("p", "整改目标:垃圾全部清运处置,场地完成生态修复,周边水体不受污染。"),
         ("h", "二、整改完成情况"),
         ]
    for i, m in enumerate(p["measures"]):
        B.append(("p", "%d.%s。" % (i + 1, m)))
    B += [("h", "三、公示时间及意见反馈"),
          ("p", "公示时间:2024年1月22日至2024年1月26日(5个工作日)。公示期间,如对该项整改任务验收销号有异议,可通过来电、来信等方式向县生态环境保护督察整改工作领导小组办公室反映。"),
          ("p", "联系电话:0378-7652231  邮箱:hyxdczg@163.com"),
          ("p", "鹤原县生态环境保护督察整改工作领导小组办公室"),
          ("p", "2024年1月22日")]
    text = to_text(B)
    check(stem, text, P, ["反馈问题第7项:" + p["title"]], "三、公示时间及意见反馈")
    (HERE / (stem + ".txt")).write_bytes(text.replace("\n", "\r\n").encode("gb18030"))
    write_truth(stem, truth("bulletin", "关于鹤原县第二轮省生态环境保护督察反馈问题第7项整改任务验收销号情况的公示",
                            "鹤原县生态环境保护督察整改工作领导小组办公室", "2024-01-22",
                            {"inspector": None, "inspected": "鹤原县"}, {}, P,
                            ["GB18030-encoded text with CRLF line ends.",
                             "One-task notice: a single problem (反馈问题第7项); seq is 7, the number printed in the notice.",
                             "The fields 责任单位/整改时限/整改目标 come before the measures; measures are numbered 1.-4. under 二、整改完成情况.",
                             "Measure 1 runs its number into a year: '1.2023年10月,…' (not the decimal 1.2023).",
                             "The verification date (2024-01-16) and the 公示 period (2024-01-22 to 01-26) are not inspection dates; the inspection period and feedback date are not stated."]))



# ================================================================ d10 one quoted feedback item, 整改情况说明, docx
@doc
def d10():
    stem = "b6_10_quoted_feedback_note"
    P = [prob(43, None, "沙河县城区污水处理厂长期超负荷运行,雨季大量污水未经处理经溢流口直排东溪河,沿河群众反映强烈", [
        "实施县城区污水处理厂扩容提标改造工程,处理规模由2万吨/日提升至4万吨/日,出水执行一级A标准,工程已于2022年10月通过竣工验收",
        "实施老城区雨污分流改造,新建污水管网18.4公里,改造合流制管网9.7公里,封堵溢流口6处",
        "在东溪河城区段设置水质自动监测站1座,实时监控断面水质,2022年11月以来断面水质稳定达到Ⅲ类",
        "建立污水处理厂进出水浓度、负荷率月度分析制度,由县住建局和县生态环境分局联合调度"],
        "done", ["县住房和城乡建设局"], "2022年12月底前")]
    p = P[0]
    B = [("c", "关于第一轮省生态环境保护督察反馈问题第43项整改情况的说明"),
         ("p", "县生态环境保护督察整改工作领导小组办公室:"),
         ("p", "按照《沙河县贯彻落实第一轮省生态环境保护督察反馈意见整改方案》要求,我局牵头负责反馈问题第43项的整改工作。现将整改情况说明如下:"),
         ("h", "一、反馈问题"),
         ("p", "第一轮省生态环境保护督察反馈指出," + p["title"] + "。"),
         ("p", "整改目标:县城区污水处理能力满足需求,杜绝污水直排,东溪河城区段水质稳定达到Ⅲ类。整改时限:" + p["deadline"] + "。责任单位:" + p["responsible_units"][0] + "。"),
         ("h", "二、整改落实情况"),
         ]
    for i, m in enumerate(p["measures"]):
        B.append(("p", "%s是%s。" % (CN[i], m)))
    B += [("h", "三、整改结论"),
          ("p", "经对照整改目标逐项自查,该问题已完成整改,达到验收销号条件,特申请验收销号。"),
          ("p", "附件:1.污水处理厂扩容提标改造工程竣工验收报告"),
          ("p", "      2.东溪河城区段水质监测月报(2022年11月—2023年2月)"),
          ("p", "沙河县住房和城乡建设局"),
          ("p", "2023年3月6日")]
    text = to_text(B)
    check(stem, text, P, ["反馈指出," + p["title"]], "三、整改结论")
    to_docx(B, HERE / (stem + ".docx"))
    write_truth(stem, truth("bulletin", "关于第一轮省生态环境保护督察反馈问题第43项整改情况的说明", "沙河县住房和城乡建设局",
                            "2023-03-06", {"inspected": "沙河县"}, {}, P,
                            ["One-problem explanatory note (整改情况说明) addressed to the county rectification office, asking for sign-off.",
                             "The problem is the quoted feedback after '第一轮省生态环境保护督察反馈指出,'; seq 43 comes from the title ('反馈问题第43项').",
                             "整改目标, 整改时限 and 责任单位 run together in one paragraph.",
                             "The attachment list at the end ('附件:1.…2.…') is not a measure list.",
                             "Inspection team, period and feedback date are not stated."]))


# ================================================================ d11 county round summary with no problem list, pdf
@doc
def d11():
    stem = "b6_11_county_round_summary_pdf"
    B = [("c", "中共宁川县委巡察工作领导小组办公室"),
         ("c", "关于十五届县委巡察整改工作情况的综合报告"),
         ("p", "十五届县委巡察工作开展以来,县委巡察工作领导小组坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻巡视工作方针,聚焦“两个维护”根本任务,推动巡察整改与日常监督、专项治理贯通融合,巡察“后半篇文章”取得明显成效。现将有关情况报告如下。"),
         ("h", "一、总体情况"),
         ("p", "十五届县委共开展常规巡察9轮、专项巡察2轮、巡察“回头看”1轮,巡察县直部门(单位)58个、乡镇(街道)14个、村(社区)党组织163个,实现一届任期巡察全覆盖。各轮巡察共反馈问题742个,截至2024年10月31日,已整改731个,整改完成率98.5%;推动建立制度412项,追缴、退还资金1865.3万元;向县纪委监委移交问题线索87件,立案43件,给予党纪政务处分51人。"),
         ("h", "二、主要做法"),
         ("p", "(一)压实整改主体责任。严格落实被巡察党组织书记整改第一责任人职责,推行整改方案审核、整改进展报告、整改结果公开“三项制度”,整改方案须经巡察组和巡察办双审核后方可印发。"),
         ("p", "(二)强化整改日常监督。县纪委监委、县委组织部和巡察办建立整改监督协作机制,将整改情况纳入日常监督、选人用人检查和年度考核,对整改不力的3个单位主要负责人进行约谈。"),
         ("p", "(三)开展整改评估验收。对每轮巡察整改情况开展评估,采取查阅资料、个别谈话、实地查看等方式逐项核验,对整改不到位的12个问题责令“回炉”。"),
         ("p", "(四)推动举一反三。对巡察发现的共性问题,向县委提出专题报告7份,推动开展村级“三资”管理、惠民惠农资金发放等专项治理,形成“巡察一点、规范一片”的效果。"),
         ("h", "三、存在的不足"),
         ("p", "一是个别被巡察单位对整改重视不够,存在“重部署、轻落实”现象;二是部分共性问题、深层次问题整改难度大,需要长期推进;三是整改成效评估的量化标准还不够完善。"),
         ("h", "四、下一步工作打算"),
         ("p", "下一步,县委巡察办将会同有关部门,持续跟踪未完成的11个问题的整改,对已完成整改的问题适时组织“回头看”,防止问题反弹回潮,切实把巡察整改成效转化为推动全县高质量发展的动力。"),
         ("p", "中共宁川县委巡察工作领导小组办公室"),
         ("p", "2024年11月15日")]
    to_pdf(B, HERE / (stem + ".pdf"), footer_page=True)
    write_truth(stem, truth("bulletin", "中共宁川县委巡察工作领导小组办公室关于十五届县委巡察整改工作情况的综合报告",
                            "中共宁川县委巡察工作领导小组办公室", "2024-11-15", {}, 
                            {"problems_total": 742, "problems_done": 731, "rules_made": 412}, [],
                            ["Round summary for a whole term of county inspections: no problem list at all (zero problems).",
                             "The (一)-(四) items under 二、主要做法 and the 一是/二是/三是 under 三、存在的不足 are methods and shortcomings, not problems or measures.",
                             "Figures in prose: '共反馈问题742个', '已整改731个', '推动建立制度412项'; also '完成率98.5%' and '未完成的11个问题' (742-731), consistent.",
                             "No single inspection: inspector, inspected and dates are null.",
                             "PDF from Word with '— n —' page footers; title split over two centred lines.",
                             "Text extracted from the PDF wraps lines mid-sentence and spaces digits off from CJK ('反馈问题 742 个')."]))



# ================================================================ d12 street office, 区委巡察, traditional-character copy, txt
@doc
def d12():
    import opencc
    cv = opencc.OpenCC("s2t").convert
    stem = "b6_12_street_office_traditional"
    C1 = "政治监督方面存在的问题"
    C2 = "基层治理方面存在的问题"
    P = [
        prob(1, C1, "贯彻落实区委关于城市更新工作部署不够有力,老旧小区改造项目推进迟缓", [
            "成立老旧小区改造工作专班,实行街道班子成员包片负责",
            "对6个改造项目逐一制定推进计划,已完工4个",
            "建立居民议事会制度,及时协调化解改造中的矛盾"], "done"),
        prob(2, C1, "落实意识形态工作责任制有差距,社区宣传阵地管理不规范", [
            "对辖区11个社区宣传栏、电子屏开展全面清查",
            "制定《社区宣传阵地管理办法》"], "done"),
        prob(3, C1, "安全生产监管存在盲区,部分“九小场所”消防隐患突出", [
            "开展“九小场所”消防安全专项整治,排查场所862家,整改隐患1137处",
            "为老旧小区配置简易喷淋和独立式烟感报警器",
            "组建社区微型消防站11个"], "in_progress"),
        prob(4, C2, "网格化管理作用发挥不充分,网格员队伍不稳定", [
            "调整优化网格划分,配齐专职网格员96名",
            "提高网格员薪酬待遇并建立考核激励机制"], "done"),
        prob(5, C2, "为民服务解难题不够到位,群众诉求办理满意率偏低", [
            "建立“街道吹哨、部门报到”机制",
            "对12345热线工单实行街道领导包案",
            "每月通报各社区诉求办理满意率"], "in_progress"),
        prob(6, C2, "社区工作者队伍建设薄弱,专业化水平不高", [
            "开展社区工作者全员轮训",
            "鼓励社区工作者参加社会工作者职业资格考试,新增持证人员23名"], "done"),
    ]
    B = [("c", "中共望江路街道工作委员会关于区委巡察反馈意见整改进展情况的通报"),
         ("p", "根据区委统一部署,2024年4月15日至6月14日,区委第四巡察组对望江路街道党工委开展了巡察,并于2024年7月25日反馈了巡察意见。按照有关要求,现将巡察整改进展情况予以公布。"),
         ("h", "一、整改工作开展情况"),
         ("p", "街道党工委召开专题会议研究部署整改工作,制定整改方案,对巡察反馈的6个问题逐项明确整改措施%d条。截至2024年12月底,已完成整改问题4个,其余2个问题正在有序推进,建立完善制度8项。" % sum(q["measure_count"] for q in P)),
         ("p", "街道党工委书记认真履行第一责任人职责,主持召开整改推进会4次,对老旧小区改造、消防安全整治等重点难点问题现场调度;班子成员按照“谁分管、谁负责”的原则,带头领办分管领域整改事项。街道纪工委加强对整改工作的监督检查,对整改进度滞后的2个社区党委书记进行了提醒谈话。"),
         ("p", "街道党工委坚持边查边改、立行立改,把巡察整改与主题教育检视问题整改、群众身边不正之风和腐败问题集中整治结合起来,一体推进、一体落实,确保整改工作取得实效。"),
         ("h", "二、具体问题整改情况"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "(%s)%s" % (CN[k - 1], cur)))
        a = "問題%d:%s" % (p["seq"], p["title"])
        anchors.append(cv(a))
        B.append(("p", a))
        B.append(("p", "整改進展:" + ("已完成" if p["status"] == "done" else "推進中")))
        for i, m in enumerate(p["measures"]):
            B.append(("p", "(%d)%s。" % (i + 1, m)))
    B += [("h", "三、下一步工作"),
          ("p", "街道党工委将持续推进未完成事项整改,健全长效机制,巩固整改成果。欢迎社会各界监督,联系电话:028-8573216。"),
          ("p", "中共望江路街道工作委员会"),
          ("p", "2025年1月10日")]
    text = cv(to_text(B))
    check(stem, text, P, anchors, cv("三、下一步工作"))
    (HERE / (stem + ".txt")).write_text(text, encoding="utf-8")
    # (conformed by the lead after the first run: a traditional copy's problems are in simplified characters, the
    # project's convention since session 12; the document fields stay as printed)
    write_truth(stem, truth("bulletin", cv("中共望江路街道工作委员会关于区委巡察反馈意见整改进展情况的通报"),
                            cv("中共望江路街道工作委员会"), "2025-01-10",
                            {"inspector": cv("区委第四巡察组"), "inspected": cv("望江路街道党工委"), "start": "2024-04-15",
                             "end": "2024-06-14", "feedback_date": "2024-07-25"},
                            {"problems_total": 6, "problems_done": 4, "measures_total": sum(q["measure_count"] for q in P),
                             "rules_made": 8}, P,
                            ["Traditional-character copy (opencc s2t) of a simplified original; problems in simplified (project convention), document fields as printed.",
                             "Problem headings '問題n:…' have no closing punctuation; a status line '整改進展:已完成/推進中' follows each heading.",
                             "Measures are (1)(2)… lines with ASCII brackets."]))


# ================================================================ d13 county water bureau, 县委巡察, cut-off copy, txt
@doc
def d13():
    stem = "b6_13_water_bureau_cutoff"
    C1 = "在落实水利改革发展重大决策部署方面"
    C2 = "在工程建设和资金管理方面"
    P = [
        prob(1, C1, "河长制工作推进不平衡,部分村级河长巡河不经常、不深入", [
            "修订《县级河长制工作考核办法》,将村级河长巡河情况纳入考核",
            "推广“巡河通”APP,实现巡河轨迹全程记录",
            "对巡河次数不达标的9名村级河长进行通报"]),
        prob(2, C1, "农村供水保障水平不高,部分山区村季节性缺水", [
            "实施农村供水保障工程12处,新增受益人口1.8万人",
            "建立农村供水工程县级统管机制"]),
        prob(3, C1, "水土流失综合治理任务完成滞后", [
            "调整优化治理项目布局,完成治理面积32平方公里",
            "加强生产建设项目水土保持监管,查处违法案件5起"]),
        prob(4, C2, "水利工程建设管理不规范,个别项目未批先建、变更程序不规范", [
            "对2020年以来实施的水利项目开展专项检查,梳理问题23个",
            "修订《水利工程设计变更管理办法》",
            "对相关责任人进行约谈提醒",
            "聘请第三方对在建项目开展全过程跟踪审计"]),
        prob(5, C2, "专项资金拨付滞后,部分项目资金结余未及时清理", [
            "对结余资金进行全面清理,上缴财政986万元",
            "建立项目资金支付进度月通报制度"]),
    ]
    B = [("c", "中共临波县水利局党组关于县委巡察整改进展情况的通报"),
         ("p", "根据县委统一部署,2024年5月6日至6月28日,县委第三巡察组对县水利局党组进行了巡察,并于2024年8月12日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。"),
         ("h", "一、整改工作组织开展情况"),
         ("p", "局党组高度重视巡察整改工作,召开党组会专题研究,成立整改工作领导小组,细化整改任务,明确责任领导、责任股室和完成时限,实行清单化管理、项目化推进。"),
         ("h", "二、巡察反馈问题整改落实情况"),
         ]
    anchors = []
    cur = None
    k = 0
    for p in P:
        if p["category"] != cur:
            cur = p["category"]
            k += 1
            B.append(("h", "(%s)%s" % (CN[k - 1], cur)))
        a = "%d.关于%s的问题" % (p["seq"], p["title"])
        anchors.append(a)
        B.append(("h", a))
        for i, m in enumerate(p["measures"]):
            B.append(("p", "%d.%s。" % (i + 1, m)))
    full = to_text(B)
    check(stem, full, P, anchors)
    # the copy is cut off inside problem 5's second measure
    cut = full.index("建立项目资金支付进度月通报") + len("建立项目资金支付进度")
    text = full[:cut]
    check(stem, text, P, anchors)
    (HERE / (stem + ".txt")).write_text(text, encoding="utf-8")
    write_truth(stem, truth("bulletin", "中共临波县水利局党组关于县委巡察整改进展情况的通报", "中共临波县水利局党组", None,
                            {"inspector": "县委第三巡察组", "inspected": "县水利局党组", "start": "2024-05-06",
                             "end": "2024-06-28", "feedback_date": "2024-08-12"}, {}, P,
                            ["Truncated: the copy stops inside problem 5's second measure ('2.建立项目资金支付进度'); no next steps, signature or date survive (report_date null).",
                             "Problem headings '1.关于…的问题' and measures '1.…' use the same numbering style; the headings restart nothing, measures restart at 1 under each problem.",
                             "Problem 5 has 2 measures present (the second cut off)."]))



# ================================================================ d14 one task, 整改任务(序号十) 完成情况公示, html with a field table
CHROME_TOP_TRANS = """<div class="header"><img src="/images/logo.png" alt="丰溪县交通运输局"/> 丰溪县交通运输局</div>
<div class="nav">首页 | 机构概况 | 政务公开 | 通知公告 | 交通建设 | 政策法规</div>
<div class="position">当前位置:首页 &gt;&gt; 通知公告</div>"""
CHROME_BOTTOM_TRANS = """<div class="bottom">Copyright © 丰溪县交通运输局 All Rights Reserved 地址:丰溪县迎宾大道26号 电话:0793-5812260<br/>赣ICP备13004417号</div>"""


@doc
def d14():
    stem = "b6_14_one_task_seq10_web"
    P = [prob(10, None, "国道319线丰溪段沿线部分砂石料加工点无环评手续,露天堆放,扬尘污染严重", [
        "依法取缔无手续砂石料加工点5家,拆除生产设备",
        "对保留的2家砂石料企业实施全封闭改造,安装喷淋降尘设施",
        "清理沿线裸露堆场3.6万平方米并完成复绿"], "done", ["县交通运输局", "县自然资源局", "县生态环境分局", "沿线乡镇人民政府"], "2023年6月底")]
    p = P[0]
    rows = [["整改任务", p["title"]],
            ["责任单位", "、".join(p["responsible_units"])],
            ["整改时限", p["deadline"]],
            ["整改目标", "无手续加工点全部取缔,保留企业达到环保要求,沿线无明显扬尘"],
            ["整改完成情况", "\n".join("%d.%s;" % (i + 1, m) for i, m in enumerate(p["measures"]))],
            ["整改进度", "已完成"]]
    B = [("c", "关于第二轮中央生态环境保护督察整改任务(序号十)完成情况的公示"),
         ("p", "发布时间:2023-07-14 阅读次数:312"),
         ("p", "根据第二轮中央生态环境保护督察反馈意见整改工作要求,我局牵头的整改任务(序号十)已完成整改,经县督察整改办组织初验,达到整改目标要求。现将整改情况予以公示,接受社会监督。"),
         ("table", rows, []),
         ("p", "公示期限:2023年7月14日至7月20日。如有异议,请在公示期内以书面形式向丰溪县交通运输局反映。联系电话:0793-5812219。"),
         ("p", "丰溪县交通运输局"),
         ("p", "2023年7月14日")]
    text = to_text(B)
    check(stem, text, P, [p["title"]], "整改进度")
    to_html(B, HERE / (stem + ".html"), CHROME_TOP_TRANS, CHROME_BOTTOM_TRANS, "关于第二轮中央生态环境保护督察整改任务(序号十)完成情况的公示")
    write_truth(stem, truth("bulletin", "关于第二轮中央生态环境保护督察整改任务(序号十)完成情况的公示", "丰溪县交通运输局",
                            "2023-07-14", {}, {}, P,
                            ["One-task notice on a small departmental site; the task is identified only as '整改任务(序号十)', so seq is 10.",
                             "The problem, units, deadline and measures are in a two-column field table (整改任务/责任单位/整改时限/整改目标/整改完成情况/整改进度).",
                             "Measures are 1./2./3. lines inside one table cell, each ending with ';'.",
                             "Status from the 整改进度 row ('已完成').",
                             "The inspected body, the central 督察 team and dates are not stated (all null)."]))



# ================================================================ d15 district urban management bureau, Word saved as HTML, ledger table in an attachment
WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View><w:Zoom>100</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:16.0pt; font-family:仿宋_GB2312;} @page WordSection1 {size:595.3pt 841.9pt;} --></style></head>
<body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>"""


@doc
def d15():
    stem = "b6_15_urban_mgmt_word_html"
    C1 = "政治建设方面"
    C2 = "履职尽责方面"
    C3 = "作风纪律方面"
    P = [
        prob(1, C1, "对习近平总书记关于城市工作的重要论述学习不深不透", ["制定局党组年度学习计划,开展专题学习6次", "组织科级干部赴先进地区考察学习"], "done"),
        prob(2, C1, "党组会议事决策不规范,个别重大事项未经集体研究", ["修订《局党组工作规则》", "建立党组会议题审核把关制度"], "done"),
        prob(3, C2, "城区占道经营、流动摊贩治理反复,长效管理机制不健全", ["划定便民疏导点8处", "实行“定人、定岗、定责”网格化巡查", "联合市场监管部门开展联合执法"], "in_progress"),
        prob(4, C2, "生活垃圾分类工作推进缓慢,居民参与率不高", ["在32个小区推行定时定点投放", "开展垃圾分类进社区宣传活动120场"], "in_progress"),
        prob(5, C2, "市政设施管护不到位,部分路段井盖缺失、破损", ["开展井盖专项排查,更换破损井盖416个", "建立市政设施巡查养护台账", "引入智能井盖监测设备"], "done"),
        prob(6, C2, "户外广告设置审批不规范", ["清理违规户外广告设施93处", "修订户外广告设置审批流程"], "done"),
        prob(7, C3, "执法队员文明执法意识不强,群众投诉较多", ["开展文明执法专题培训3期", "全面配备执法记录仪,实行执法全过程记录"], "done"),
        prob(8, C3, "公车管理不规范,执法车辆存在私用现象", ["对执法车辆加装GPS定位", "对私用公车的2名人员给予诫勉处理"], "done"),
    ]
    ST = {"done": "已完成", "in_progress": "基本完成"}
    rows = [["类别", "序号", "反馈问题", "整改措施", "完成情况"]]
    merges = []
    for cat in (C1, C2, C3):
        ps = [q for q in P if q["category"] == cat]
        merges.append((len(rows), 0, len(rows) + len(ps) - 1, 0))
        for k, q in enumerate(ps):
            rows.append([cat if k == 0 else "", str(q["seq"]), q["title"], ordlist(q["measures"]), ST[q["status"]]])
    B = [("c", "澄江区城市管理局党组关于区委巡察整改情况的报告"),
         ("p", "区委巡察办:"),
         ("p", "2024年3月25日至5月24日,区委第一巡察组对区城市管理局党组开展了常规巡察,并于6月27日反馈了巡察意见。局党组高度重视,迅速组织整改。现将整改情况报告如下:"),
         ("h", "一、整改工作总体情况"),
         ("p", "巡察反馈问题共8个,截至2024年11月30日,已完成整改6个,其余2个基本完成;共制定整改措施%d条,已全部落实;建立完善制度机制9项。各问题整改情况详见附件。" % sum(q["measure_count"] for q in P)),
         ("h", "二、下一步工作"),
         ("p", "局党组将把巡察整改与城市精细化管理结合起来,对基本完成的问题持续跟踪,确保整改到位。"),
         ("p", "附件:区委第一巡察组反馈问题整改落实情况表"),
         ("p", "中共澄江区城市管理局党组"),
         ("p", "2024年12月3日"),
         ("h", "附件"),
         ("c", "区委第一巡察组反馈问题整改落实情况表"),
         ("table", rows, merges)]
    text = to_text(B)
    check(stem, text, P, [q["title"] for q in P])
    to_html(B, HERE / (stem + ".html"), "", "", "")
    h = (HERE / (stem + ".html")).read_text(encoding="utf-8")
    h = h.replace('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title></title></head><body>', WORD_HEAD)
    h = h.replace("<p style=\"text-indent:2em\">", "<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><span style='font-family:仿宋_GB2312'>")
    h = h.replace('<div class="article">', "").replace("</div>\n\n</body>", "</div></body>")
    h = re.sub(r"(<span style='font-family:仿宋_GB2312'>[^<]*)</p>", r"\1</span><o:p></o:p></p>", h)
    (HERE / (stem + ".html")).write_text(h, encoding="utf-8")
    write_truth(stem, truth("bulletin", "澄江区城市管理局党组关于区委巡察整改情况的报告", "澄江区城市管理局党组", "2024-12-03",
                            {"inspector": "区委第一巡察组", "inspected": "区城市管理局党组", "start": "2024-03-25",
                             "end": "2024-05-24", "feedback_date": "2024-06-27"},
                            {"problems_total": 8, "problems_done": 6, "measures_total": sum(q["measure_count"] for q in P),
                             "measures_done": sum(q["measure_count"] for q in P), "rules_made": 9}, P,
                            ["Word document saved as HTML (mso namespaces, MsoNormal paragraphs, <o:p> tags, conditional comments).",
                             "The problems are only in the attachment table after the signature; the category column is a vertically merged cell (rowspan).",
                             "Measures are inline 一是/二是 in one cell.",
                             "Status column says 已完成 or 基本完成; 基本完成 is read as in_progress (not signed off).",
                             "Feedback date '6月27日' has no year; resolved to 2024.",
                             "'共制定整改措施N条,已全部落实' gives measures_done = measures_total."]))


if __name__ == "__main__":
    only = sys.argv[1:]
    for f in DOCS:
        if not only or f.__name__ in only:
            f()
            print("made", f.__name__)
