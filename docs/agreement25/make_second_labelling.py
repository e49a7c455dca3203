"""agree25: a second, independent labelling of the 12 real texts given as /work/wt/agree25src/t01.txt … t12.txt (each
with its page url in tNN.url): stored copies of public pages about the rectification of 生态环境保护督察 findings —
a city's 水源地 progress notice, 公示 of finished 督察 tasks and of one 信访件, a county's 水源地 statistics table, a
county's 督察 item of a landfill, a city's 回头看 整改进展 report, a city's 公示 of 26 finished problems, and a forum
repost of a city paper's news. Written 2026-12-07 (from 12:22 UTC by the machine clock) by helper agree25, who did not
open any other labelling of these texts (no /work/wt/label*/, /work/wt/heldout*/, /work/wt/base*/, /work/wt/blind57, no
branch label72/heldout25/base25), did not look for these texts or the pages' other copies anywhere, and did not read or
run the parser (zhenggai/importer, tests/importer/test_*.py) nor the scorer, and scored nothing: the lead compares.
Schema: /work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md R1-R197 with section 3.1's settled
calls (C1 count notes dropped, C13 null, C24 glosses removed, C27 count the account, C33 R17 stands, C35 batch numbers
dropped, C36 one problem, C41 as printed) and section 3's recommendations elsewhere (C17 a numbered 整改任务 section
label is the category, C29 a 反馈问题-type field label is not, C34 bulletin for a disclosure that reports what was
done). Form after docs/agreement24/make_second_labelling.py;
the shared helpers come from docs/agreement_kit.py (ins, head, prob, between, simp, norm, read_urls, read_texts,
check_fields, check_problem, write_truth, reload_truth). Run with /work/main/.venv/bin/python (opencc).

What it does: copies each text byte for byte from /work/wt/agree25src (when that folder is there) into texts/tNN.txt
beside this file, writes urls.txt ("tNN <url>" per line, from tNN.url), reads texts and urls back from here, builds each
truth and writes texts/tNN.truth.json (the schema's keys plus url, excerpt, genre). Two runs give the same bytes.

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables, typed before the code) and by an
independent recount by markers in recount() / measure_recount(); main() asserts that the extraction, the tables and the
recounts agree. Reading count: 13 problems (0+1+1+2+4+0+1+1+1+0+1+1), measures
4; 2; 1,2; 1,1,1,0; 3; 1; 1; 5; 1 = 23.

Per text (kind, problems, measures; '?' marks a call I was unsure of):
  t01  安康市's 水源地 office: notice that 14 self-found and 29 督查组-fed-back 水源地 problems are being fixed, with
       counts (共完成整治34项, 6 of 14, 28 of 29), the progress table not in the copy; signed and dated, whole:
       kind bulletin; problems [] (none listed); headline total null (parts, no stated total, R69)?, done 34?
  t02  宝鸡市 环委办's 公示 of finished 省督察 problems, a table cut in its first row's 整改进展 cell: kind bulletin;
       1 problem, seq 15 (the plan's 序号, not the row's 编号 1)?, done, measures 4 (①-④), deadline 2024年12月31日
  t03  a 销号 公示 of 中央督察 problem 四十七 (绿色矿山) on a mirror domain, cut in the closing line: kind bulletin;
       1 problem seq 47, done, measures 2 (1. 2.), deadline null (two dates in two measures)?, category null (C29)
  t04  大竹县's 水源地 statistics table, two rows (12, 13) and its heading '(2018年7月20日)' after the rows: kind
       bulletin?; title the heading without its date bracket?, issuer '大竹县'?; 2 problems, in_progress / done,
       measures 1, 2 from the progress cells ('立即整改' is no action)?, deadlines '2018年11月', '2018年5月'
  t05  道孚县 page '督察城市生活垃圾填埋场': 检查发现 一是…四是, 整改进展情况 1、2、3: kind bulletin?; 4 problems
       seq 1-4, status null (no done word), measures 1,1,1,0 (one numbered answer each, R98/R99)?
  t06  黄石市's report on the 回头看 feedback's rectification, cut in '一、主要做法': kind bulletin; problems [] (R21);
       headline 34/16 (tasks, R63); inspection 省第二生态环境保护督察组 / 黄石市, 2020-12-21..12-30, fed back 2021-05-08
  t07  白城市住建局's 公示 of one finished 省督察 task at 大安市: kind bulletin; 1 problem, category '整改任务' (C17),
       done, measures 3 (1.-3.), deadline '2018年底前' from the 整改目标 (one date)?
  t08  随州市's 公示 of 26 finished problems of the 省第六督察组, cut in problem 一's first result item: kind bulletin;
       headline 43/26; 1 problem (the whole run-in paragraph, R88), done, measures 1 (as far as the copy goes)
  t09  晋中市煤炭工业局's 公示 of task 30's stage completion: kind bulletin; 1 problem seq 30, category '整改任务',
       in_progress (阶段整改完成, R71/R187), measures 1 (完成情况 the sole account, R118), units 4 (the county clause
       whole)?
  t10  a forum (discuz) repost of 随州日报 news of a meeting on 回头看 feedback, random discuz tags spliced in: kind
       null; problems [] (R19 feedback news naming '…等问题' in one sentence)
  t11  松江河林业局's 公示 of task 4 (长白山 毁林种参) on a mirror domain: kind bulletin; 1 problem seq 4, category
       the numbered section '中央环境保护督察组反馈问题情况' (C17)?, done, measures 5, units 2, deadline null (two dates)?
  t12  兴国县自然资源局's 销号 公示 of ONE 转办信访件: kind bulletin; 1 problem (R17's one-case exception), seq null,
       category '转办问题基本情况' (C17, as blind36 ganzhouxinwen), done, measures 1, units [] (as blind25 zhoucun)?
Totals: 12 texts, 13 problems over nine texts (t01, t06, t10 none), 23 measures.

Judgement calls (each also in the truth's anomalies; marked 'NEW: ' where I know of no earlier set that made
it; ? = unsure):
- t01 headline: '14个…自查问题' and '29个督导反馈问题' are parts with no stated total (R69, C2: not summed → total null);
  '共完成整治34项' is the stated covering done count (R71; R72 a done count alone is read without a total) → done 34. ?
  (the other reading: the inspection's own 29/28, R65). Inspector '生态环境部第251督查组' (R46); inspected null ('我市',
  R48). Title null (no title line, R33); issuer the signature (R37); date the signature 2018-10-20.
- NEW: t02 seq 15: the table has '编号' (1, this 公示's running number) and '序号' (15, the problem's number in the 整改
  方案); the problem's own number is the seq (R77 an item's own number beats the notice's enumeration; R183 the task
  number, not the table's running number), though the column words are the other way round. ? (1 by the column word).
  Measures 4 (①-④ in the 整改措施 cell, R96); the 整改进展 cell beside it is a result (R118). Status done from the lead
  '以下问题已经完成整改,现予以公示' (R94). Units []: no 责任单位 column (the lead's '各牵头单位' names none). Title null:
  the copy starts at the breadcrumb (R33).
- t03: title the two heading lines joined (R32); lead-in '督察还发现,' dropped from the problem (R92); seq 47 from '问题
  四十七' (R76/R77); category null: '督察问题' is a table field label (R84, C29), not a numbered 整改任务 section (C17).
  NEW: Deadline null: no 整改时限 field, and the two measures carry two dates ('2021年底前', '2022年5月底前'); R106 reads
  one limit written inside a measure, R120 several limits give none. ? Measures 2 (1. 2.); the 整改完成情况 cell is a
  result beside the 整改措施 (R118). Status done ('该问题已完成整改', 销号 公示, R94). Issuer, date null (cut before
  the signature; no date line); inspector null (no 组 named, R48). Mirror domain (bsgg666.com) kept as the url (R2).
- t04 NEW: the table heading printed after the rows is the page's only heading → title (R35/R36), its date bracket
  '(2018年7月20日)' dropped (R32 a run-on date; R35/C35 a bracket after the title) and read as the report date (R174). ?
  Kind bulletin: the table reports what was done ('整治进展情况', '是否完成整治', C34's recommendation for disclosures that
  report what was done, R27) ? (R31/R170 by the title: a bare '…统计表' names no 通报/报告 → null). Issuer '大竹县'
  from the title (as the seed 001's 南昌市) ?. One problem per row (R8), seq the 序号 12, 13; titles the 问题具体情况 cells
  whole (R89; place kept, it is the cell's subject); category null ('问题类型' is a column, R84). Status: row 12 '否'
  with 30% → in_progress (R93 not finished, work under way), row 13 '是' 100% → done. NEW: Measures: the
  '具体整治措施' cells say only '立即整改' — an order naming no action (as R133's '限期整改'), so the 整治进展情况 cell
  is the sole account of what was done (R118): row 12 one paragraph → 1, row 13 '1、…;2、…' → 2. ? (1 each by R96 if
  '立即整改' is read as the measure cell). Deadlines the 计划完成整治时间 cells as written. Units [] (所在地 a place,
  R103). The header prints '备注' before '整治进展情况' but the rows' cells run progress, 是/否, %, then an empty cell:
  read by content.
- t05: kind bulletin (R27: the page reports 整改进展情况 for its findings) ? (R29: a check's results → null); title
  '督察城市生活垃圾填埋场', the page's title line naming the 督察 of the landfill (R32/R34) ?; issuer null ('来源:道孚县
  人民政府' is metadata, R38); date the page's '2019-12-01 08:03:02' (R40). Problems: the four '一是…四是' findings after
  '检查发现:' (R8), seq 1-4 (R76a), category null ('检查发现:' a field label, R84). NEW: Measures 1, 1, 1, 0: the
  numbered answers '1、…2、…3、' answer findings 1-3 (R98: 1 each; R99: an answer item's own '一是…二是' count as one);
  finding 4 (渗滤液收集池破损) has no answer of its own — its fix is told in answer 1's '二是' — so 0. ? (counting the
  '一是/二是' inside the answers gives 2, 2, 1, 0). Status null: actions reported without a done word (R95). Units []:
  '县住建局' is named as acting, not as responsible (R104 needs '由…负责') ?.
- t06: kind bulletin (R31 '…整改进展情况的报告'); title with its inner space ('督察 “回头看”', R32); issuer null ('来源:'
  metadata, R38; cut before the signature) ?; date the page's '时间:2022-07-29' (R40); inspector '省第二生态环境保护督察组',
  inspected '黄石市', 2020-12-21 to 2020-12-30, feedback 2021-05-08 (R181 a 回头看 whose feedback is rectified is an
  inspection); headline problems 34 / done 16 from '全市4个方面34项整改任务,已完成整改16项' (R63 tasks are problems);
  problems [] (cut in '一、主要做法', R21); '3次', '1次' no figure (R68).
- t07: title null (the copy opens with the lead, R33); issuer the signature '白城市住房和城乡建设局' (R37); inspector
  '省环保督察组' (R46), inspected null (no body named, R48); one problem (R14), the 整改任务 statement (restated from the
  lead, R13), category '整改任务' (C17, numbered section label), seq null; done ('已完成整改任务', '整改任务已全部完成');
  measures 3 (1.-3.; 四、整改效果 a result, R118). NEW: Deadline '2018年底前': no 整改时限 field, the 整改目标 states
  the task's one completion date (R106 one limit written inside) ? (null: no 整改时限 field; the measures' three
  dates are stages). Units []: '市住建局' receives objections.
- t08: title, issuer, date null (no title line, no signature, no date line; the url's date is not read, R44); inspector
  '省第六生态环境保护督察组', inspected null ('我市', R48); 2023-12-01 to 2023-12-20, feedback 2024-02-27; headline
  43 / 26 ('细化43项整改任务…已完成整改并通过市级验收26项', R63, R73 not measures); one problem: item '一、' is a
  statement run into its description on one line → the whole paragraph (R88, C9), seq 1, category null; done (the
  公示 of finished problems, R94); measures 1: '整改完成情况:' is the item's sole account (R118), its '1.' the only
  item in the copy (R25). '问题序号…不连续' noted.
- t09: title the first printing with its line-split spaces removed (R32 layout noise; the second printing is split over
  lines at the same places) ?: '晋中市煤炭工业局关于贯彻落实省环境保护督察组反馈意见整改方案30号整改任务阶段整改的公示';
  issuer '晋中市煤炭工业局' (title, R37); date '发布时间:2018-04-17' (R40; the 验收 '2018416日' is no date of the
  inspection, R53); inspector '省环境保护督察组' (the title's name, R46), inspected null; one problem (R14) seq 30
  ('30号整改任务', R77), category '整改任务' (C17), its four sentences whole; in_progress ('原则同意阶段整改完成':
  阶段性 is not done, R71/R187); measures 1 ('四、完成情况' the sole account, one paragraph, R118/R96). NEW: Units:
  '市煤炭局', '市国土局', '市环保局' and the clause '昔阳、和顺、灵石、介休、寿阳县(市)委、县(市)政府' kept whole (the
  schema's exception shape '各县区党委、人民政府…': split on '、' it would give bare county names and '县(市)政府') ?.
  Deadline null (no 整改时限). Excerpt false: the copy ends after '五、验收结论' with a blank line (1,993 bytes, not at
  the store's ~2,000-byte cut) ?.
- t10: problems [] (R19: feedback news naming the city's problems in one sentence, '存在燃煤锅炉整改不到位、畜禽养殖
  污染防治有漏洞、部分村垃圾处理不及时等问题'; C36's settled one-problem reading is for an audit or check of one named body,
  its sweep left feedback news under R19) ?; kind null (news, R30); no title line, no year ('4月23日'): title, issuer,
  date null (R60); inspector null (unnamed '回头看' 督察, R48). Discuz anti-copy tags ('. {6 r+ E! n- L; @') kept (R2).
- t11: title null (no title line); issuer the signature '松江河林业局'; date 2019-12-05 (signature, = the page's time
  line); inspector '中央环境保护督察组' as printed in the section heading (R46), inspected null; one problem (R14), seq 4
  ('任务清单第4项', R77), its source lead-in '据有部门调查,' dropped (R92) ?, '2015年' kept (part of the statement, no
  comma); category '中央环境保护督察组反馈问题情况' (C17 a numbered section label, as blind43 xinbin's '一、中央环境保护
  督察反馈意见整改任务') ?; units '各林场', '头道松花江保护区管理处' (R101); measures 5 (1.-5.; 整改完成情况 a result, R118);
  done ('现已全部完成整改', '已验收认可', R94); deadline null: the 整改目标 has two stage dates (as t03) ?. Mirror domain
  (techmilkyway.com) kept as the url.
- t12 (R17's exception: a sign-off 公示 of ONE 转办信访件): one problem, seq null (the 受理编号 is a petition code, R78),
  category '转办问题基本情况' (C17 side A: blind36 ganzhouxinwen), title the complaint after the label; done ('整改已完成',
  销号); measures 1 ('二、整改情况' the sole account, one paragraph; '三、验收情况' a check, R118); units [] ? (the
  company complained of is no 责任单位 field; as blind25 zhoucun's one-petition 公示; C31's faulty-body reading would
  give '江西画矿有限公司'); title with '(受理编号X3JX202405160020)' kept (R35: a number naming the task inside the
  title); issuer and date the signature (兴国县自然资源局, 2025-05-20); inspector null (no 组, R48).
"""
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from agreement_kit import (between, check_fields, check_problem, head, ins, norm, prob, read_texts,  # noqa: E402
                           read_urls, reload_truth, simp, write_truth)

SRC = Path("/work/wt/agree25src")
TEXTS = OUT = HERE / "texts"


def copy_sources():
    """Copy tNN.txt byte for byte and gather tNN.url into urls.txt (only when the source folder is there; a copy
    already made must be identical)."""
    if not SRC.is_dir():
        return
    TEXTS.mkdir(parents=True, exist_ok=True)
    lines = []
    for src in sorted(SRC.glob("t[0-9][0-9].txt")):
        dst = TEXTS / src.name
        if dst.exists():
            assert dst.read_bytes() == src.read_bytes(), dst
        else:
            shutil.copyfile(src, dst)
        url = (SRC / f"{src.stem}.url").read_text(encoding="utf-8").strip()
        assert url.startswith("http") and " " not in url, src.stem
        lines.append(f"{src.stem} {url}\n")
    (HERE / "urls.txt").write_text("".join(lines), encoding="utf-8")


copy_sources()
URLS = read_urls(HERE)
STEMS, T = read_texts(TEXTS, "t[0-9][0-9].txt")


# ---- the problems ---------------------------------------------------------------------------------------------------

def cells(text):
    """A piped table's cells in order (one per '|'), stripped."""
    return [c.strip() for c in text.split("|")]


def _t02():
    c = cells(T["t02"])
    i = c.index("整改进展") + 1          # first row: 编号, 序号, 反馈问题, 整改措施, 整改时限, 整改进展
    bianhao, xuhao, title, measures, deadline = c[i:i + 5]
    assert (bianhao, xuhao) == ("1", "15")
    assert measures.startswith("①")
    return [prob(int(xuhao), title.rstrip("。"), status="done", measures=4, deadline=deadline)]


def _t03():
    t = T["t03"]
    title = between(t, "督察问题 |\n", " |").strip()
    assert title.startswith("督察还发现,")
    return [prob(47, title[len("督察还发现,"):].rstrip("。"), status="done", measures=2)]


def _t04():
    out = []
    rows = re.split(r"^(?=\d+ \| 四川省)", T["t04"], flags=re.M)[1:]
    for r, n in zip(rows, (1, 2)):  # measures by reading: row 12 one paragraph, row 13 '1、…;2、…'
        c = cells(r.split("大竹县饮用水水源地")[0])
        seq = int(c[0])
        title, measure_cell, deadline, finished, pct = c[7], c[8], c[9], c[11], c[12]
        assert measure_cell == "立即整改" and finished in ("是", "否") and pct.endswith("%"), c
        status = "done" if finished == "是" else "in_progress"
        out.append(prob(seq, title.rstrip("。"), status=status, measures=n, deadline=deadline))
    return out


def _t05():
    t = T["t05"]
    found = between(t, "检查发现:", "\n")
    items = re.split(r"[一二三四五六七八九十]是", found)[1:]
    return [prob(i, s.rstrip(";。"), measures=m) for i, (s, m) in enumerate(zip(items, [1, 1, 1, 0]), 1)]


def _t07():
    t = T["t07"]
    title = between(t, "一、整改任务\n", "\n").rstrip("。")
    return [prob(None, title, category="整改任务", status="done", measures=3, deadline="2018年底前")]


def _t08():
    t = T["t08"]
    title = between(t, "具体内容如下(问题序号按照整改方案序号确定,不连续):\n一、", "\n整改完成情况:").rstrip("。")
    return [prob(1, title, status="done", measures=1)]


def _t09():
    t = T["t09"]
    title = between(t, "一、整改任务\n\n", "\n").rstrip("。")
    units_raw = between(t, "三、责任单位\n\n", "\n")
    head_units, county_clause = units_raw.split(",", 1)
    units = head_units.split("、") + [county_clause]
    return [prob(30, title, category="整改任务", status="in_progress", measures=1, units=units)]


def _t11():
    t = T["t11"]
    stmt = between(t, "任务清单第4项:", "\n")
    assert stmt.startswith("据有部门调查,")
    units = between(t, "责任单位:", "\n").split("、")
    return [prob(4, stmt[len("据有部门调查,"):].rstrip("。"), category="中央环境保护督察组反馈问题情况", status="done",
                 measures=5, units=units)]


def _t12():
    t = T["t12"]
    title = between(t, "一、转办问题基本情况:", "\n").rstrip("。")
    return [prob(None, title, category="转办问题基本情况", status="done", measures=1)]


T09_TITLE = "晋中市煤炭工业局关于贯彻落实省环境保护督察组反馈意见整改方案30号整改任务阶段整改的公示"

DOCS = {
    "t01": dict(
        excerpt=False,
        genre="a city office's (安康市中省环保督察巡查整改工作领导小组办公室) short notice that its 14 self-found and 29 "
              "督查组-fed-back 集中式饮用水水源地 problems are being fixed, with done counts, signed and dated; the "
              "progress table it announces is not in the copy",
        kind="bulletin", title=None, issuer="安康市中省环保督察巡查整改工作领导小组办公室", report_date="2018-10-20",
        inspection=ins("生态环境部第251督查组"), headline=head(pd=34), problems=[],
        anomalies=[
            "No title line: the copy opens with the lead (R33): title null.",
            "Kind bulletin: '现将问题整治进展情况予以公开' and the done counts report rectification (R27).",
            "Issuer and report date from the signature ('安康市中省环保督察巡查整改工作领导小组办公室', '2018年10月20日'; R37, "
            "R40).",
            "Inspector '生态环境部第251督查组', whose feedback is rectified (R46); inspected null ('我市', R48); no dates.",
            "Headline: '14个…自查问题' and '29个督导反馈问题' are parts with no stated total (R69, C2 not summed): "
            "problems_total null; '共完成整治34项' is the stated covering done count (R71; R72 a done count alone is read): "
            "problems_done 34. Hesitant: the inspection's own '29个反馈问题完成了28个' (R65) would give 29/28.",
            "Rates ('43%', '97%') and the parts' done counts (6, 28) are not read apart (R68, R69).",
            "Problems []: the notice lists none; the announced progress table is not in the copy (R21, R24).",
            "The copy reaches the signature: excerpt false (R5)."]),
    "t02": dict(
        excerpt=True,
        genre="a city 环委办's 公示 of finished second-round 省生态环境保护督察 problems (宝鸡), lead and signature above a "
              "piped table (编号, 序号, 反馈问题, 整改措施 ①-④, 整改时限, 整改进展), cut in the first row's 整改进展 cell",
        kind="bulletin", title=None, issuer="宝鸡市生态环境保护委员会办公室", report_date="2025-03-03",
        inspection=ins(), headline=head(), problems=_t02(),
        anomalies=[
            "Breadcrumb chrome ('首页 > 专题 > 省生态环境保护督察整改专栏 |'), contact line and table pipes kept (R2).",
            "No title line (the copy starts at the breadcrumb): title null (R33).",
            "Kind bulletin: a 公示 of problems '已经完成整改' (R27).",
            "Issuer and date from the signature above the table ('宝鸡市生态环境保护委员会办公室', '2025年3月3日', R37, R40); "
            "the 公示期 dates are no inspection dates (R53).",
            "Inspector and inspected null: the second-round 省生态环境保护督察 names no 组 (R48).",
            "NEW: Seq 15: the row prints '编号' 1 (this 公示's running number) and '序号' 15 (the problem's number in the "
            "整改方案); the problem's own number is the seq (R77, R183), though the column words read the other way. "
            "Hesitant: 1 by the column word.",
            "Title the 反馈问题 cell as printed (R89), its inner '。' kept; category null (no heading).",
            "Status done from the lead '以下问题已经完成整改' (R94).",
            "Measures 4: '①…②…③…④' in the 整改措施 cell (R96); the 整改进展 cell beside it is a result (R118).",
            "Deadline '2024年12月31日' from the 整改时限 column (R106); the dates inside the measures are stages.",
            "Units []: no 责任单位 column; the lead's '各牵头单位' names none (R101).",
            "Cut in the first row's 整改进展 cell ('成立工作专'): excerpt true (R5); further rows are not in the copy (R24)."]),
    "t03": dict(
        excerpt=True,
        genre="a city's 整改销号 公示 of one second-round 中央督察 problem (问题四十七, 绿色矿山 验收 faked) on a mirror "
              "domain: a piped form (督察问题, 整改目标, 整改措施 1. 2., 整改完成情况); cut in the closing line",
        kind="bulletin", title="第二轮中央生态环境保护督察反馈问题四十七整改销号公示", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t03(),
        anomalies=[
            "Mirror domain (bsgg666.com) with a government path; form pipes kept (R2).",
            "Title the two heading lines joined ('第二轮中央生态环境保护督察反馈' + '问题四十七整改销号公示', R32).",
            "Kind bulletin: a 销号 公示 (R27).",
            "Issuer and report date null: the copy is cut before the signature and has no date line (R37, R40).",
            "Inspector and inspected null: '第二轮中央生态环境保护督察' names no 组, no body is named (R48).",
            "One problem (R14): the 督察问题 cell without its lead-in '督察还发现,' (R92), final '。' dropped; seq 47 from "
            "'问题四十七' (R76, R77).",
            "Category null: '督察问题' is a form's field label (R84, C29), not a numbered 整改任务 section (C17).",
            "Status done ('该问题已完成整改', a 销号 公示; R93, R94).",
            "Measures 2 ('1.…2.…' in the 整改措施 cell, R96); the 整改完成情况 cell is a result beside it (R118).",
            "NEW: Deadline null: no 整改时限 field, and the two measures carry two dates ('2021年底前', '2022年5月底前'); "
            "R106 reads one limit, several limits give none (as R120). Hesitant.",
            "Units []: no 责任单位 field; the result's '各县(市、区)自然资源局' did the work (R101, R104).",
            "No figure: '67个绿色矿山', '14个', '4个矿山', '94名' count mines and experts (R68).",
            "Cut in '请以': excerpt true (R5)."]),
    "t04": dict(
        excerpt=False,
        genre="a county's 饮用水水源地 problems statistics table (大竹县, rows 12 and 13: 问题具体情况, 具体整治措施, "
              "计划完成整治时间, 整治进展情况, 是否完成整治, 整治进度), its heading with a date printed after the rows; "
              "share chrome",
        kind="bulletin", title="大竹县饮用水水源地环境问题清理整治进展情况统计表", issuer="大竹县",
        report_date="2018-07-20", inspection=ins(), headline=head(), problems=_t04(),
        anomalies=[
            "Table pipes, split header cells ('计划完成 整治时间', '乌木 水库') and the share chrome '分享到:' kept (R2).",
            "NEW: Title the table heading printed after the rows, the page's only heading (R35 the document's own "
            "heading, R36 a table heading), its bracket '(2018年7月20日)' dropped (R32 a run-on date; R35, C35) and read "
            "as the report date (R174). Hesitant.",
            "Kind bulletin: the table reports what was done ('整治进展情况', '是否完成整治'; R27, C34's recommendation). "
            "Hesitant: by its title a bare '…统计表' names no 通报/报告 (R31, R170) → null.",
            "Issuer '大竹县' from the title (R37; as the seed 001's 南昌市). Hesitant: the title names whose water "
            "sources, not who issued the table.",
            "Inspection null: a 水源地 clean-up table names no inspector (R48).",
            "One problem per row (R8), seq the 序号 12, 13 (R75; rows 1-11 are not on the page); titles the 问题具体情况 "
            "cells whole (R89), final '。' dropped; category null ('问题类型' is a column, R84).",
            "Status: row 12 '否' with 30% → in_progress (R93: not finished, work under way); row 13 '是' 100% → done.",
            "NEW: Measures 1, 2: the '具体整治措施' cells say only '立即整改', an order naming no action (as R133's "
            "'限期整改'), so the 整治进展情况 cell is the row's sole account of what was done (R118): row 12 one "
            "paragraph (R96), row 13 '1、…;2、…'. Hesitant: 1 each if '立即整改' is read as the measure cell (R96).",
            "Deadlines the 计划完成整治时间 cells as written ('2018年11月', '2018年5月', R106).",
            "The header prints '备注' before '整治进展情况', but the rows' cells run progress, 是/否, %, then an empty "
            "cell: read by content.",
            "Units []: '大竹县' is the 所在地 column, a place (R103); no 责任单位 column.",
            "The copy reaches the share chrome: excerpt false (R5)."]),
    "t05": dict(
        excerpt=False,
        genre="a county portal's page of one 督察 item (道孚县, the city landfill): 检查内容, 检查发现 一是…四是, "
              "整改进展情况 1、2、3 numbered answers with inner 一是/二是; portal chrome",
        kind="bulletin", title="督察城市生活垃圾填埋场", issuer=None, report_date="2019-12-01",
        inspection=ins(), headline=head(), problems=_t05(),
        anomalies=[
            "Portal chrome ('阅读数', '字号', '分享到朋友圈', '温馨提示') kept (R2).",
            "Kind bulletin: the page reports 整改进展情况 for its findings (R27). Hesitant: R29 a check's results → null.",
            "Title '督察城市生活垃圾填埋场', the page's title line naming the 督察 of the landfill (R32, R34). Hesitant: "
            "R34 may read it as a news-style headline → null.",
            "Issuer null ('来源: 道孚县人民政府' is metadata, R38); report date the page's '2019-12-01 08:03:02' (R40).",
            "Inspection null: no team, no inspected body, no dates ('5月28日' is a fix, R53).",
            "Problems: the four '一是…四是' findings after '检查发现:' (R8), seq 1-4 (R76a); category null ('检查发现:' is a "
            "field label, R84).",
            "NEW: Measures 1, 1, 1, 0: the numbered answers '1、…2、…3、' answer findings 1-3 (R98 1 each; R99 an "
            "answer item's own '一是…二是' counts as one); finding 4 (渗滤液收集池破损) has no answer of its own, its fix "
            "is told in answer 1's '二是': 0. Hesitant: counting the inner '一是/二是' gives 2, 2, 1, 0.",
            "Status null: the answers report actions without a done word (R95); '整改进展情况' is a section name.",
            "Units []: '县住建局' is named as acting, not as responsible (R104 '由…负责'). Hesitant.",
            "No figure ('12台', '30余人次', '30公分' are quantities, R68).",
            "The copy ends at the third answer's end (1,789 bytes, under the store's cut): excerpt false (R5)."]),
    "t06": dict(
        excerpt=True,
        genre="a city's (黄石市) report to the province's 整改 专班 on rectifying the 省督察 回头看's feedback: lead with "
              "the inspection's dates and the task counts, '一、主要做法' (一)(二); cut before the problems",
        kind="bulletin", title="关于第一轮省生态环境保护督察 “回头看”反馈意见整改进展情况的报告", issuer=None,
        report_date="2022-07-29",
        inspection=ins("省第二生态环境保护督察组", "黄石市", "2020-12-21", "2020-12-30", "2021-05-08"),
        headline=head(34, 16), problems=[],
        anomalies=[
            "Portal chrome ('当前栏目:公告公示', '分享:') kept (R2).",
            "Title as printed with its inner space ('督察 “回头看”', R32); kind bulletin (R31 '…整改进展情况的报告').",
            "Issuer null: '来源:黄石市生态环境保护督反馈意见整改工作领导小组' is metadata (R38), the copy is cut before any "
            "signature, the title names no body. Hesitant ('黄石市' from the lead). Report date the page's "
            "'时间:2022-07-29' (R40).",
            "Inspector '省第二生态环境保护督察组', inspected '黄石市' ('对黄石市开展了…“回头看”'); 2020-12-21 to "
            "2020-12-30 (R50), feedback 2021-05-08 (R55); the 回头看 whose feedback is rectified is an inspection (R181).",
            "Headline: problems_total 34, problems_done 16 from '全市4个方面34项整改任务,已完成整改16项' (R63 tasks of a "
            "督察 整改方案 are problems; '18项…正在加快整改' not done, R71).",
            "Problems []: the copy is cut in '一、主要做法' before any problem (R21); the 做法 are the city's work (R111).",
            "No figure: '3次', '1次' count meetings and classes (R68).",
            "Cut mid-sentence ('领导小组统筹推进'): excerpt true (R5)."]),
    "t07": dict(
        excerpt=False,
        genre="a city bureau's 公示 of one finished 省环保督察 task (大安市 饮用水源地 2号水井): lead quoting the feedback, "
              "'一、整改任务' … '四、整改效果', 公示期, contact, signature",
        kind="bulletin", title=None, issuer="白城市住房和城乡建设局", report_date="2019-08-22",
        inspection=ins("省环保督察组"), headline=head(), problems=_t07(),
        anomalies=[
            "No title line (the copy opens with the lead, R33): title null.",
            "Kind bulletin: a 公示 of a finished task (R27, R94).",
            "Issuer and date the signature ('白城市住房和城乡建设局', '2019年8月22日', R37, R40).",
            "Inspector '省环保督察组' (R46); inspected null (the feedback names no body, R48); no dates.",
            "One problem (R14): the '一、整改任务' statement, final '。' dropped; the lead's quoted feedback is the same "
            "problem (R13); seq null; category '整改任务' (C17, a numbered section label).",
            "Status done ('已完成整改任务', '整改任务已全部完成', R93/R94).",
            "Measures 3 ('1.…2.…3.…', R96); '四、整改效果' is a result (R118).",
            "NEW: Deadline '2018年底前': no 整改时限 field; the 整改目标 states the task's one completion date (R106 a "
            "limit written inside). Hesitant: null (no 整改时限 field; the measures' three dates are stages).",
            "Units []: no 责任单位 field; '市住建局' receives objections (R101).",
            "Typos kept ('饮用源地', '准备等工。', R2).",
            "The copy reaches the signature: excerpt false (R5)."]),
    "t08": dict(
        excerpt=True,
        genre="a city's (随州市) 公示 of 26 finished problems of the second-round 省生态环境保护督察 (省第六督察组): lead "
              "with counts, problem '一、' (a run-in paragraph) and its '整改完成情况:' items; cut in item 1",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("省第六生态环境保护督察组", None, "2023-12-01", "2023-12-20", "2024-02-27"),
        headline=head(43, 26), problems=_t08(),
        anomalies=[
            "No title line, no signature, no date line in the copy: title, issuer, report date null (R33, R37, R40; "
            "the url's date is not read, R44).",
            "Kind bulletin: '现将26项反馈问题及整改情况进行集中公示' (R27).",
            "Inspector '省第六生态环境保护督察组' (R46); inspected null ('我市', R48); 2023-12-01 to 2023-12-20 (R50), "
            "feedback 2024-02-27 (R55).",
            "Headline: problems_total 43, problems_done 26 ('细化43项整改任务…43项整改任务已完成整改并通过市级验收26项', "
            "R63 tasks are problems, R71); '26项反馈问题' is the same 26.",
            "Problem numbers follow the 整改方案 and jump ('不连续'); only '一、' is in the copy: seq 1.",
            "Title: item '一、' runs its statement and description together in one paragraph → the whole paragraph "
            "(R88, C9), final '。' dropped; category null.",
            "Status done: the 公示 lists the finished problems (R94).",
            "Measures 1: '整改完成情况:' is the item's sole account (R118), its '1.' the only item in the copy (R25).",
            "Cut in the first result item ('市政府将习近平生态文明思'): excerpt true (R5)."]),
    "t09": dict(
        excerpt=False,
        genre="a city bureau's (晋中市煤炭工业局) 公示 of the stage completion of 整改任务 30 (open-pit coal mining), title "
              "printed twice, '一、整改任务' … '五、验收结论'",
        kind="bulletin", title=T09_TITLE, issuer="晋中市煤炭工业局", report_date="2018-04-17",
        inspection=ins("省环境保护督察组"), headline=head(), problems=_t09(),
        anomalies=[
            "Portal chrome ('您的位置', '浏览次数', '【字体:') and the lost date characters '2018416日' kept (R2).",
            "Title printed twice: the first (R35), its line-split spaces removed (R32 layout noise; the second "
            "printing breaks its lines at the same places and lacks '省'). Hesitant (R32 keeps inner spaces).",
            "Kind bulletin: a 公示 of a stage completion (R27). Issuer '晋中市煤炭工业局' from the title (R37); report "
            "date '发布时间:2018-04-17' (R40); '2018416日' (the 验收, read 2018-04-16 by R45) is no date of the "
            "inspection (R53).",
            "Inspector '省环境保护督察组' from the title (R46); inspected null (R48); no dates.",
            "One problem (R14): the '一、整改任务' statement (four sentences) whole, final '。' dropped; seq 30 "
            "('30号整改任务', R77); category '整改任务' (C17).",
            "Status in_progress: '原则同意阶段整改完成' is a stage close (R71 阶段性 is not done, R187).",
            "Measures 1: '四、完成情况' is the sole account (no 整改措施 field), one paragraph (R118, R96).",
            "NEW: Units '市煤炭局', '市国土局', '市环保局' split on '、' (R101), and the clause "
            "'昔阳、和顺、灵石、介休、寿阳县(市)委、县(市)政府' kept whole (the schema's exception shape '各县区党委、人民政府"
            "…'; split it would give bare county names and '县(市)政府'). Hesitant.",
            "Deadline null (no 整改时限, R106); no figure ('五座', '650万吨', '20多家' R68).",
            "The copy ends after '五、验收结论' with a blank line (1,993 bytes, not at the store's ~2,000-byte cut): "
            "excerpt false (R5). Hesitant: a signature may follow on the page."]),
    "t10": dict(
        excerpt=False,
        genre="a forum (discuz) repost of 随州日报 news of a city meeting on the 中央环保督察 省级回头看 feedback, with "
              "discuz anti-copy tags at paragraph ends",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "Discuz anti-copy tags ('. {6 r+ E! n- L; @', '3 ^2 u) \\! {6 a7 ^6 h\" |* b( a') and pipes kept (R2).",
            "News (R30): kind null; no title line, no signature: title, issuer null; '4月23日' has no year in the text "
            "(R60): report date null.",
            "Inspector null: the province's '回头看' 督察 names no 组 (R48); inspected null ('我市').",
            "Problems []: the feedback is named in one sentence ('存在燃煤锅炉整改不到位、畜禽养殖污染防治有漏洞、部分村垃圾"
            "处理不及时等问题'), feedback news (R19); C36's one-problem reading is for an audit or check of one named body, "
            "its sweep left feedback news under R19. Hesitant.",
            "The vice-mayor's '要…' demands are requirements, not measures (R98).",
            "The copy reaches the forum's closing pipes: excerpt false (R5)."]),
    "t11": dict(
        excerpt=False,
        genre="a forestry bureau's (松江河林业局) 公示 of one finished 中央督察 task (任务清单第4项, 长白山 毁林种参) on a "
              "mirror domain: feedback, 责任单位, 整改目标, 整改措施 1.-5., 整改完成情况, 验收, 公示 dates, signature",
        kind="bulletin", title=None, issuer="松江河林业局", report_date="2019-12-05",
        inspection=ins("中央环境保护督察组"), headline=head(), problems=_t11(),
        anomalies=[
            "Mirror domain (techmilkyway.com) with the page's time line ('时间: 2019-12-05 浏览量:309') kept (R2).",
            "No title line (R33): title null. Kind bulletin: a 公示 of a finished task (R27, R94).",
            "Issuer and date the signature ('松江河林业局', '2019年12月5日', R37, R40).",
            "Inspector '中央环境保护督察组' as printed in '一、中央环境保护督察组反馈问题情况' (R46); inspected null (R48).",
            "One problem (R14), seq 4 ('任务清单第4项', R77); title after the label (R89) without its source lead-in "
            "'据有部门调查,' (R92; hesitant), '2015年' kept (part of the statement, no comma), final '。' dropped.",
            "Category '中央环境保护督察组反馈问题情况': the notice's numbered problem section (C17 side A, as blind43 "
            "xinbin's '一、中央环境保护督察反馈意见整改任务'). Hesitant (C29: a 反馈问题 label → null).",
            "Units '各林场', '头道松花江保护区管理处' ('责任单位:' split on '、', R101).",
            "Measures 5 ('1.'-'5.', R96); 整改完成情况 and 整改验收情况 are results (R118).",
            "Status done ('现已全部完成整改', '已验收认可', R93/R94).",
            "Deadline null: no 整改时限 field; the 整改目标 has two stage dates ('2018年8月底前', '2019年12月底前'), as t03 "
            "(R106 one limit, R120). Hesitant.",
            "No figure: hectares and plots ('7800公顷', '42块', R68).",
            "The copy reaches the signature: excerpt false (R5)."]),
    "t12": dict(
        excerpt=False,
        genre="a county bureau's (兴国县自然资源局) 整改销号 公示 of ONE 转办信访件 of the third-round 中央督察: "
              "'一、转办问题基本情况' (the complaint), '二、整改情况', '三、验收情况', 公示 dates, signature",
        kind="bulletin",
        title="关于第三轮中央生态环境保护督察转办信访件(受理编号X3JX202405160020)整改销号情况公示",
        issuer="兴国县自然资源局", report_date="2025-05-20", inspection=ins(), headline=head(), problems=_t12(),
        anomalies=[
            "Title as printed, '(受理编号X3JX202405160020)' kept (R35: a number naming the task inside the title).",
            "Kind bulletin: a 销号 公示 (R27).",
            "Issuer and date the signature ('兴国县自然资源局', '2025年5月20日', R37, R40).",
            "Inspector and inspected null: the third-round 中央督察 names no 组 (R48).",
            "One problem: a sign-off 公示 of ONE 转办信访件 (R17's exception, C33 settled), seq null (the 受理编号 is a "
            "petition code, R78); title the complaint after the label (R89), final '。' dropped; category "
            "'转办问题基本情况' (C17 side A, as blind36 ganzhouxinwen's petition section).",
            "Status done ('整改已完成', 销号, R93/R94).",
            "Measures 1: '二、整改情况' is the sole account, one paragraph (R118, R96); '三、验收情况' is the check (R118).",
            "Units []: no 责任单位 field; the company complained of is the petition's subject (as blind25 zhoucun's "
            "one-petition 公示). Hesitant: C31's faulty-body reading would give '江西画矿有限公司'.",
            "No figure ('5公里', '上百亩' R68).",
            "The copy reaches the signature: excerpt false (R5)."]),
}

# Reading count, typed before the extraction code: problems per text and measures per problem.
EXPECTED = {"t01": 0, "t02": 1, "t03": 1, "t04": 2, "t05": 4, "t06": 0, "t07": 1, "t08": 1, "t09": 1, "t10": 0,
            "t11": 1, "t12": 1}
MEASURES = {"t02": [4], "t03": [2], "t04": [1, 2], "t05": [1, 1, 1, 0], "t07": [3], "t08": [1], "t09": [1],
            "t11": [5], "t12": [1]}


def recount(key, text):
    """Independent count of problems by markers in the text (a different route than the extraction above)."""
    if key == "t02":  # rows of the table: a line holding only a number followed by a number line
        return len(re.findall(r"^\d+ \|\n\d+ \|\n", text, re.M))
    if key == "t03":  # '问题<numeral>整改销号' in the heading
        return len(re.findall(r"问题[一二三四五六七八九十]+整改销号", text))
    if key == "t04":  # rows: '<n> | 四川省'
        return len(re.findall(r"^\d+ \| 四川省", text, re.M))
    if key == "t05":  # 一是/二是… after '检查发现:'
        return len(re.findall(r"[一二三四五六七八九十]是", text.split("检查发现:")[1].split("\n")[0]))
    if key in ("t07", "t09"):  # one '一、整改任务' section
        return text.count("一、整改任务")
    if key == "t08":  # items '<numeral>、' at a line start after the lead
        return len(re.findall(r"^[一二三四五六七八九十]+、", text, re.M))
    if key == "t11":  # '任务清单第N项'
        return len(re.findall(r"任务清单第\d+项", text))
    if key == "t12":  # '转办问题基本情况' sections
        return text.count("转办问题基本情况")
    return 0  # t01 (no list in the copy), t06 (cut before the list), t10 (feedback news, R19)


def measure_recount(key, text):
    """Independent count of measures per problem by markers."""
    if key == "t02":  # circled numbers in the 整改措施 cell (up to the 时限 cell)
        cell = between(text, "整改进展 |\n1 |\n15 |\n", "\n2024年12月31日")
        return [len(re.findall(r"[①②③④⑤⑥⑦⑧⑨⑩]", cell))]
    if key == "t03":  # '<n>.' items between 整改措施 and 整改完成情况
        cell = between(text, "整改措施 |\n", "整改完成情况")
        return [len(re.findall(r"(?:^|\s)\d\.", cell))]
    if key == "t04":  # the progress cell: '1、…;2、…' items, or 1 for an undivided cell
        out = []
        for row in re.split(r"^(?=\d+ \| 四川省)", text, flags=re.M)[1:]:
            progress = re.search(r"\| (?:立即整改) \| [^|]+ \| ([^|]+) \|", row).group(1)
            out.append(len(re.findall(r"\d、", progress)) or 1)
        return out
    if key == "t05":  # numbered answers '<n>、' keyed to the findings' numbers; a finding with no answer gets 0
        answers = {int(n) for n in re.findall(r"^(\d)、", text.split("整改进展情况")[1], re.M)}
        findings = len(re.findall(r"[一二三四五六七八九十]是", text.split("检查发现:")[1].split("\n")[0]))
        return [1 if i in answers else 0 for i in range(1, findings + 1)]
    if key in ("t07", "t11"):  # '<n>.' lines under 整改措施
        part = text.split("整改措施")[1]
        part = re.split(r"四、整改效果|整改完成情况", part)[0]
        return [len(re.findall(r"^\d\.", part, re.M))]
    if key == "t08":  # '<n>.' items after '整改完成情况:'
        return [len(re.findall(r"^\d\.", text.split("整改完成情况:")[1], re.M))]
    if key == "t09":  # paragraphs of '四、完成情况'
        part = between(text, "四、完成情况", "五、验收结论")
        return [len([p for p in part.split("\n") if p.strip()])]
    if key == "t12":  # paragraphs of '二、整改情况' (one line)
        part = between(text, "二、整改情况:", "三、验收情况")
        return [len([p for p in part.split("\n") if p.strip()])]
    return [0] * EXPECTED[key]


DATE_FORMS = {  # where each report date stands in its text
    "t01": "2018年10月20日", "t02": "2025年3月3日", "t04": "2018年7月20日", "t05": "2019-12-01", "t06": "2022-07-29",
    "t07": "2019年8月22日", "t09": "2018-04-17", "t11": "2019年12月5日", "t12": "2025年5月20日"}


def main():
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 12, (STEMS, sorted(URLS))
    total = measures = 0
    for stem in STEMS:
        d, text = DOCS[stem], T[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[stem] == recount(stem, text), (stem, len(probs), recount(stem, text))
        counts = [p["measure_count"] for p in probs]
        assert counts == MEASURES.get(stem, [0] * EXPECTED[stem]) == measure_recount(stem, text), \
            (stem, counts, measure_recount(stem, text))
        total += len(probs)
        measures += sum(counts)
        flat = norm(text)
        for p in probs:
            check_problem(stem, p, flat)
            assert not p["title"].endswith(","), (stem, p["title"])
            assert p["deadline"] is None or norm(p["deadline"]) in flat, (stem, p["deadline"])
            assert p["status"] in (None, "done", "in_progress", "long_term"), stem
        # t09's title has its line-split spaces removed: checked through norm, the other fields as written
        check_fields(stem, {**d, "title": None}, text)
        assert d["title"] is None or norm(d["title"]) in flat, (stem, d["title"])
        assert d["report_date"] is None or DATE_FORMS[stem] in text, stem
        assert d["kind"] in (None, "bulletin", "plan"), stem
        write_truth(OUT, stem, URLS[stem].strip(), d)
    assert total == sum(EXPECTED.values()) == 13, total
    assert measures == sum(sum(v) for v in MEASURES.values()) == 23, measures
    for stem in STEMS:  # reload check
        j = reload_truth(OUT, stem)
        print(f"{stem}: kind {j['kind']}, excerpt {j['excerpt']}, {len(j['problems'])} problems, "
              f"measures {[p['measure_count'] for p in j['problems']]}")
        for p in j["problems"]:
            print(f"    {p['seq']} | {p['category']} | {p['title'][:50]} | {p['status']} | "
                  f"{p['responsible_units']} | {p['deadline']}")
    print("total", total, "problems,", measures, "measures")


if __name__ == "__main__":
    main()
