"""agree23b: a second, independent labelling of the 12 real texts of docs/agreement23b/blind49 (session 23), written
2026-12-07 by helper agree23b, who did not open any other labelling (/work/wt/label*/, /work/wt/heldout*/,
/work/wt/agree23/, any blind49 truth, branches label64/heldout23) and did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and scored nothing. Schema:
/work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md R1-R158, C1-C32 (section 2, and section 3's
recommendation where a case is listed); form after docs/agreement22/make_second_labelling.py (the ins/head/prob helpers
copied here when written; in docs/agreement_kit.py since session 24). Earlier audit-notice truths on main were read for precedent only (blind8
zhaobiao, blind9 gansu, blind22 neijiang + chuxiong, blind32 yuwangtai, blind4 huzhou, tune_sentences
gansu_audit_result_notice).

Texts are read from blind49/<stem>.txt beside this file (stored copies of the pages corpus; not changed); "url" from
urls.txt ("<stem> <url>" per line). Truths go to blind49/<stem>.truth.json. Traditional copies (t01): problem titles and
units in simplified characters (R91, opencc t2s); doc fields keep the page's script. Run with an interpreter that has
opencc (/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables below) and by an independent
recount by markers in recount() / recount_measures(); main() asserts that the extraction, the tables and the recounts
agree.

Per text (kind of issue 10; kind; problems; measures):
  t01 colamg    2-like + 6: news (traditional) of the 国家医保局 飞行检查's published typical problems of 7 hospitals, a
                paragraph per hospital '<医院>經查存在N項問題,…,但該院自查自糾退回…'; kind null; 7 problems (one per
                hospital, R10/R12, NEW), units the hospital (C31); measures 0 x7; cut
  t02 cznd      near miss: a town's news of its internal audit of kindergartens, '审计发现部分幼儿园存在…等问题' one
                sentence over many bodies (R19/R122): kind null, [] ; whole
  t03 huilai    2: an untitled report of a county 直达资金 special audit, '一、审计发现的主要问题及处理情况' (一)(二)(三)
                headings over their paragraphs; kind bulletin; 3 problems, (三) cut in its description; measures 0 x3;
                units from the auditor's '责令<body>' / the body the heading names (NEW)
  t04 ingsd     near miss: a paper's news that a town rectifies a county audit group's findings, none named: kind
                null, []; whole
  t05 ixbang    2: a tender site's copy (masked '(略)') of a firm's 审计整改 report, cut after '二、…(一)共性问题 1.' run
                into its description; kind bulletin; 1 problem; measures 1 (the '整改措施(宇鸿):' item, cut)
  t06 kmdc      2: a district 审计结果公告 of two works' 竣工决算 (title printed twice), '二、审计发现的主要问题' (一)(二);
                kind bulletin; 2 problems; measures 0 x2 (cut at '三、…整改情况 针对上述')
  t07 maojian   5-like: a short 经济责任 audit result with '存在改变预算资金用途、政府采购不规范等问题' one sentence and
                '已整改到位' (R19, as blind32 yuwangtai): kind bulletin, []; whole
  t08 mdx       2: a county 审计结果公告 (masthead, 2022年第27号, dateline '(二〇二二年六月十五日公告)'), (一)(二), the 处理
                '责令…住房和城乡建设局', one 整改情况 paragraph; kind bulletin; 2 problems; measures 1 x2 (NEW)
  t09 qianlima  3: a tender site's masked copy of a bureau's '…专项审计整改结果的公告': one problem '(一)问题描述。…
                (二)整改情况。[masked 一是]…二是… (三)整改结果。已完成整改。'; kind bulletin; 1 problem, done;
                measures 2 (NEW, the masked first item counted); headline 1/1
  t10 quxian    2: a county 审计调查结果公告 (no title line, '(2024年公告 第3号)', signed and dated), '二、审计发现的主要问题
                一是…五是'; kind bulletin; 5 problems seq 1-5 (R76a); measures 0 x5 (the 处理 '要求…' are the
                auditor's requirements, R98/C28); units from '要求<body>…' (NEW)
  t11 xinzheng  2: an untitled 审计结果公告 of a reservoir repair work, one unnumbered finding '多计取工程价款774387.48元',
                '…问题已依法整改'; kind bulletin; 1 problem, done; measures 0 (a bare verdict, NEW)
  t12 smx       2: a titled 审计结果公告 of a pond works' settlement (dateline '(二O一四年十二月二十六日公告)'), one finding
                paragraph, '…已按审计报告核算的工程价款据实结算'; kind bulletin; 1 problem; measures 1, status null (NEW)
Totals: 12 texts, 23 problems (7+3+1+2+2+1+5+1+1 over nine texts; t02, t04, t07 have none); measures 6 over five
problems (t05 1, t08 1+1, t09 2, t12 1), 0 for the other 18.

Judgement calls (each also in the truth's anomalies; NEW where I know of no earlier set that made it):
- (NEW) t01: the flight-check news prints a paragraph per hospital '<医院>經查存在N項問題,違法違規金額…,但該院自查自糾退回
  …': one problem per hospital (R10 a paragraph per place, R12 one per body; the 医保局 '公佈部分典型問題,涉及7家醫院'),
  titled the whole paragraph with the hospital as subject (as blind17 lingao), the first's lead-in '其中,' (R92) and
  the final '。' dropped, simplified (R91); not
  R16's clause after '但': the part before '但' is itself the finding (not praise) and the '但' clause the aggravation.
  Units the hospital (C31, the body named in prose); status null ('飛檢結束兩週後,該院退回3.23萬元' is partial, R71),
  measures 0 (R97). The counts 82/42/38/86/34/10/25 are per body with no stated total: no headline (R69, C2);
  '超標準收費、過度診療…' are kinds (R19/R23).
- (NEW) t03 (二): status in_progress from '截止2022年3月9日,已在…扣回28.41万元,尚有42人合计17.31万元未追回' (R93's
  仍未/未整改到位 → in_progress); measures 0 for every item: the recovery is stated inside the finding as the state at the
  audit, and '县审计局已责令…' / '已作出审计决定,责令…' are the auditor's orders (R72, R98, C28 → 0).
- (NEW) Units from the auditor's per-finding 处理 sentence in prose, '责令<body>…' (t03 (一) 县农业农村局, (二)
  县退役军人事务局; t08 牟定县住房和城乡建设局 twice) and '要求<body>…' (t10: 教育局; 教育局、教育融创公司; none for item 2):
  R102's body told to rectify, named in prose as R104's responsible body; t03 (三), cut before its 处理, the body its
  heading names (C31). t11/t12: the body said to have rectified (R104).
- (NEW) Inspected null for the works audits (t06, t08, t11, t12): the audit sentence names a project's 竣工决算/结算 (a
  works, R103-like), not a body (R47/R48); the builder named later (东川区自然资源局, 义马市水利局, …) is the audited
  party only by inference.
- (NEW) t08: issuer '牟定县审计局' from the 公告's own masthead ('牟定县审计局 / 审计结果公告 / 2022年第27号 / … /
  牟定县审计局办公室'), a letterhead, not a portal header (R38); title the document's heading line under it (R35);
  report date the dateline '(二〇二二年六月十五日公告)' (R42/R45, as snippets25 pingshui).
- (NEW) t08: '四、审计发现问题的整改情况' is one paragraph answering both findings ('已按照审计结果调整了会计账目及竣工
  财务决算报表' for both, '多支付工程款23.52万元将在…予以扣除' for (二)): measures 1 each (R96 an undivided account;
  R98's second list answering the problems → 1 each); status null for both: '已…调整了…' is an action with no done word
  (R95), '将…予以扣除' is to come.
- (NEW) t09: the first measure's '一是' is eaten by the site's mask ('****发改委、…公开****2024年…结果。二是…'): measures
  2 by actual items (schema: broken numbering counted by items present); inspector null: '****审计局' is masked (R2
  kept, but a mask names no body; as blind8's masked count left out); excerpt true: the copy is exactly 2,000 bytes and
  stops after '三、审计建议采纳情况' before the 公告's signature/date (hesitant: the last sentence is complete).
- t09: one-task notice (R14): the problem is the '(一)问题描述。' field's statement without its lead-in '根据审计报告反馈,'
  (R92, R121); seq null ('(一)' numbers the field, not the problem, R78); category the section heading '问题整改情况'
  (R83, C17); status done from '(三)整改结果。已完成整改。' (R93); unit '市农业农村局', the one body the finding names
  (C31); headline '审计反馈1个问题已全部整改完成' → 1/1 (R62, R71).
- (NEW) t10: the fifth item '五是食堂运行仍未完全规范等(备注:…)。' titled without the bracketed note on the '4+X' scheme
  (an annotation, not the finding; 'X' is the scheme's name, not a mask); '一是…五是' under the section heading are
  problems seq 1-5 (R8, R76a), not R19's one-sentence list (five sentences under '二、审计发现的主要问题').
- (NEW) t11: status done from '…多计工程价款问题已依法整改' (R93 已整改) and measures 0: the sentence is a bare verdict with
  no action (as R118 nmgfzb's 0 for a status-only result).
- (NEW) t12: the one finding is the paragraph '义马市水利局报审的…多计工程价款601,287.93元' titled whole (R10; ASCII
  commas kept, R86); '义马市水利局已按审计报告核算的工程价款据实结算' → measures 1 (the body's account of the fix, R96,
  C27) and status null (no done word, R95); report date from '(二O一四年十二月二十六日公告)', whose '〇' is a Latin 'O'.
- (NEW) t05: units [] though the measure is labelled '整改措施(宇鸿):': the bracket says whose measure, it is no
  责任单位 field (R101/R102); item '1.未实行全面预算。宇鸿公司…' run into its description: the whole statement (R88, C9),
  masks ' (略) ' kept as printed (R2, R86); category '共性问题' (R79); '主题责任' (for 主体责任) is a typo kept.
- Kind: titled or numbered 审计结果公告 / 审计(调查)结果公告 and untitled copies of the same form → bulletin (as blind8,
  blind9, blind32, tune_sentences gansu_audit_result_notice): t06, t08, t10, t11, t12, t03 (an untitled 直达资金 audit
  report '现将审计情况报告如下' with 处理情况 and one partial recovery; hesitant: R27 wants rectification reported and
  R112 gives null to a 公示 of findings with none; the audit-notice precedents read bulletin), t07 (its '已整改到位');
  审计整改(结果) reports t05, t09 → bulletin (R27, R31). News t01, t02, t04 → null (R29/R30); their headlines no title
  (R34).
- Start/end: audit periods read as the inspection (blind22's audit call): t07 2023-02-28…03-30, t08 2019-02-27…07-12,
  t09 2024-08-28…12-06, t11 2023-04-14…10-07; month-only spans none (R53: t03 '2022年1至3月', t06 '2023年8月至10月');
  days with no year none (R60: t02 '5月15日', t04 '11月12日'); the audited years are no period.
"""
import re
import sys
from pathlib import Path

import opencc

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs: the generators' shared kit
from agreement_kit import CN, between, check_fields, check_problem, head, ins, prob, read_texts, read_urls, reload_truth, write_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "blind49"
OUT = HERE / "blind49"
CC = opencc.OpenCC("t2s")


def simp(s):
    return CC.convert(s) if s else s


URLS = read_urls(HERE)
STEMS, T = read_texts(TEXTS)


# ---- t01: one problem per hospital paragraph '<医院>經查存在…' (R10/R12, NEW), titled whole, unit the hospital (C31)
def _t01():
    out = []
    for line in T["t01"].splitlines():
        if "經查存在" in line:
            line = re.sub(r"^其中,", "", line.strip())  # lead-in (R92)
            out.append(prob(None, simp(line.rstrip("。")), units=[simp(line.split("經查存在")[0])]))
    return out


# ---- t03: '(一)…' heading lines under '一、审计发现的主要问题及处理情况' (R88), units from the 责令 / the heading (NEW)
def _t03():
    t = T["t03"]
    cat = "审计发现的主要问题及处理情况"
    part = t.split("一、" + cat + "\n")[1]
    units = {1: ["县农业农村局"], 2: ["县退役军人事务局"], 3: ["县退役军人事务局"]}
    status = {2: "in_progress"}
    out = []
    for m in re.finditer(r"^\((.)\)(.+)$", part, re.M):
        n = CN[m.group(1)]
        out.append(prob(n, m.group(2).strip().rstrip("。"), category=cat, status=status.get(n), units=units[n]))
    return out


# ---- t05: item '1.' under '(一)共性问题', run into its description: whole (R88/C9); one '整改措施(宇鸿):' item (cut)
def _t05():
    part = T["t05"].split("(一)共性问题\n")[1]
    out = []
    for m in re.finditer(r"^(\d+)\.(.+)$", part, re.M):
        out.append(prob(int(m.group(1)), m.group(2).strip().rstrip("。"), category="共性问题", measures=1))
    return out


# ---- t06 / t08: '(一)…' lines under '二、审计发现的主要问题' up to '三、'
def _numbered_findings(t, **kw):
    cat = "审计发现的主要问题"
    part = between(t, "二、" + cat + "\n", "三、")
    return [prob(CN[m.group(1)], m.group(2).strip().rstrip("。"), category=cat, **kw)
            for m in re.finditer(r"^\((.)\)(.+)$", part, re.M)]


def _t06():
    return _numbered_findings(T["t06"])


def _t08():
    return _numbered_findings(T["t08"], measures=1, units=["牟定县住房和城乡建设局"])


# ---- t09: the one '(一)问题描述。' statement without '根据审计报告反馈,' (R14, R92), done, measures 2 (NEW)
def _t09():
    title = between(T["t09"], "(一)问题描述。根据审计报告反馈,", "。")
    return [prob(None, title, category="问题整改情况", status="done", measures=2, units=["市农业农村局"])]


# ---- t10: '一是…五是' under '二、审计发现的主要问题' (R8, R76a); item 5's '(备注:…)' dropped (NEW); units from '要求…'
def _t10():
    cat = "审计发现的主要问题"
    part = between(T["t10"], "二、" + cat + "\n", "\n三、")
    part = part.split("(备注:")[0]
    units = {1: ["教育局"], 2: [], 3: ["教育局", "教育融创公司"], 4: ["教育局"], 5: ["教育局"]}
    out = []
    for m in re.finditer(r"([一二三四五六七八九十])是(.+?)(?=[一二三四五六七八九十]是|$)", part):
        n = CN[m.group(1)]
        out.append(prob(n, m.group(2).strip().rstrip("。"), category=cat, units=units[n]))
    return out


# ---- t11: the one unnumbered finding under '二、审计发现的主要问题和处理意见', done by '…已依法整改' (NEW: measures 0)
def _t11():
    cat = "审计发现的主要问题和处理意见"
    title = between(T["t11"], "二、" + cat + "\n", "\n").rstrip("。")
    return [prob(None, title, category=cat, status="done", units=["新郑市水库河道工程建设管理局"])]


# ---- t12: the one finding paragraph under '三、审计发现的主要问题及整改情况' titled whole; measures 1, status null (NEW)
def _t12():
    cat = "审计发现的主要问题及整改情况"
    title = between(T["t12"], "三、" + cat + "\n", "\n").rstrip("。")
    return [prob(None, title, category=cat, measures=1, units=["义马市水利局"])]


AUDIT_KIND = ("Kind bulletin: an audit-result 公告 (as blind8, blind9, blind32 yuwangtai, tune_sentences "
              "gansu_audit_result_notice, untitled)")

DOCS = {
    "t01": dict(
        excerpt=True,
        genre="2-like exposure of several bodies' findings, a paragraph per body; 6 traditional copy: a portal's "
              "traditional copy of a news item on the 国家医保局 飞行检查's published typical problems of 7 hospitals "
              "('<医院>經查存在N項問題,違法違規金額…,但該院自查自糾退回…'), the kinds of problems, the next step; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("國家醫保局"), headline=head(), problems=_t01(),
        anomalies=[
            "Traditional copy (no glosses) kept (R2); problem titles and units simplified (R91); doc fields in the "
            "page's script.",
            "News of a check's published findings (R29/R30): kind null; '7家醫院涉超標準收費等問題被通報' is a news "
            "headline: title null (R34); no issuer, no date ('記者昨日', '今年': report date and period null, R44/R60).",
            "(NEW) One problem per hospital paragraph (R10 a paragraph per place, R12 one per body; the lead says "
            "'公佈部分典型問題,涉及7家醫院'), titled the whole paragraph with the hospital as its subject (as blind17 "
            "lingao), the first's lead-in '其中,' (R92) and the final '。' dropped; not R16's clause after '但': the part "
            "before '但' is the finding itself, not praise. Seq and category null (no number, no heading).",
            "Units the hospital the paragraph names (C31, majority: the one faulty body named in prose); status null: "
            "'(飛檢結束兩週後,該院退回3.23萬元)' and the small sums returned are partial (R71); measures 0 (R97).",
            "Headline null: '82項…42項…25項問題' are per-hospital counts with no stated total (R69, C2: not summed); "
            "'違法違規金額…' money (R68); '超標準收費、過度診療、分解收費…' are kinds (R19/R23).",
            "Inspector '國家醫保局', whose 飛行檢查 found the problems (R46); inspected null (7 hospitals, "
            "'部分醫療機構').",
            "Cut mid-sentence ('及時發現'): excerpt true (R5)."]),
    "t02": dict(
        excerpt=False,
        genre="near miss, a check's findings for many bodies in one sentence: a district portal's news (breadcrumb "
              "'…> 审计局 > 内容', no title line) of a town's internal audit of its kindergartens, '审计发现部分幼儿园存在"
              "财务报销附件不全、工程结算多计价款等问题', the orders, the next step",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("薛家镇内审"), headline=head(), problems=[],
        anomalies=[
            "Breadcrumb only, no title line: title null (R33); news (R30): kind null; no issuer, no date line; "
            "'5月15日' has no year in the text (the url's 2025 is not text): start/end null (R60).",
            "'审计发现部分幼儿园存在…等问题' names problems in one sentence for many bodies: [] (R19, R122).",
            "'责令限期整改并追回资金' is an order (R72); '问题清单+整改台账' a mechanism: no figure, no status.",
            "Inspector '薛家镇内审' as printed (R46; '联合镇社会事务办、镇财政等部门' joined it); inspected null "
            "('辖区内幼儿园', many bodies).",
            "The short page is whole (990 bytes, closing paragraph): excerpt false (R5)."]),
    "t03": dict(
        excerpt=True,
        genre="2 problems in the report's first section with their handling: a county portal's untitled report of "
              "the 县审计局's 2021 中央直达资金 special audit, '一、审计发现的主要问题及处理情况' with (一)(二)(三) headings "
              "over paragraphs of facts and the auditor's 责令; cut in (三)'s paragraph",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("县审计局"), headline=head(), problems=_t03(),
        anomalies=[
            "No title line (the copy starts '按照省审计厅的统一部署'): title null (R33); no signature or date: issuer and "
            "report date null.",
            AUDIT_KIND + "; here an audit report '现将审计情况报告如下' with 处理情况 and one partial recovery (hesitant: R27 "
            "wants rectification reported, R112 gives null to a 公示 of findings with none).",
            "Inspector '县审计局' (R46); inspected null: the audit is of funds ('2021年中央直达资金管理和使用情况'), the "
            "'县财政局等相关单位' of the evaluation sentence are not named as the audited body (R47/R48); '2022年1至3月' "
            "is month-only: start/end null (R53).",
            "Problems: the (一)(二)(三) heading lines over their paragraphs: the heading (R88), seq 1-3 (R75), category "
            "'审计发现的主要问题及处理情况' (R79), final '。' dropped, amounts kept; (三)'s paragraph is cut "
            "('…向优抚'), its heading whole.",
            "(NEW) (二) status in_progress: '已在发放死亡一次性丧葬费中扣回28.41万元,尚有42人合计17.31万元未追回' "
            "(R93: 仍未/未整改到位 → in_progress); (一) and (三) null ('责令…' is an order, R72).",
            "(NEW) Measures 0 for all three: the recovery in (二) is stated inside the finding as the state at the "
            "audit; '县审计局已责令…' / '已作出审计决定,责令…予以改正' are the auditor's orders (R98, C28 → 0).",
            "(NEW) Units from the auditor's '责令<body>…' (R102 the body told to rectify, named in prose as R104): (一) "
            "'县农业农村局' (not '县财政局', which holds the funds), (二) '县退役军人事务局'; (三), cut before its 处理: the "
            "body its heading names (C31).",
            "'1200万元', '45.72万元', '118人' and the other sums are money and people (R68): no headline.",
            "Cut mid-sentence ('向优抚'): excerpt true (R5)."]),
    "t04": dict(
        excerpt=False,
        genre="near miss, news of rectification with no problem named: a county paper's '本报讯' that a town "
              "rectifies what the county audit group found, with a byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县审计组", "观城镇"), headline=head(), problems=[],
        anomalies=[
            "No title line (the copy starts '本报讯'): title null (R33); news (R30): kind null; no date line (the url's "
            "2018-11-27 is not text): report date null; '11月12日' has no year in the text: start null (R60).",
            "No problem is named ('审计工作中发现的问题和不足' in general): problems [] (R19).",
            "Inspector '县审计组' (R46); inspected '观城镇' (R47: '到观城镇开展审计工作').",
            "The article ends with its byline: excerpt false (R5)."]),
    "t05": dict(
        excerpt=True,
        genre="2 problems in the second section of a rectification report: a tender site's copy, masked with "
              "'(略)', of a construction firm's 审计整改 report on its 2020 资产损益 audit: '一、落实审计整改主题责任情况' "
              "(组织领导, 责任落实, 监督检查), '二、审计反馈问题的整改情况 (一)共性问题 1.…' and a '整改措施(宇鸿):' line; cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t05(),
        anomalies=[
            "Masks '(略)' kept (R2) and kept in the title as printed (spaces around them included); '主题责任' "
            "(for 主体责任) is a typo kept.",
            "Copy starts at '一、…': no title line, no signature, no date: title, issuer, report date null (R33).",
            "Kind bulletin: a report of 审计反馈问题的整改情况 (R27).",
            "Inspector and inspected null: the auditing body is not named; the firm's name is masked in the plan's "
            "title ('中共石棉宇鸿建设 (略) 支部…'); '六个方面' are kinds: no figure (R68).",
            "Problem: '1.未实行全面预算。宇鸿公司制定了…' runs its heading into its description on one line: the whole "
            "statement (R88, C9 SETTLED), final '。' dropped; seq 1; category '共性问题' (R79).",
            "Measures 1: the one '整改措施(宇鸿):' item present, cut (R25, R96); a '华盛' item may follow beyond the cut; "
            "status null. (NEW) Units []: '(宇鸿)' says whose measure, it is no 责任单位 field (R101/R102).",
            "Cut mid-sentence ('按照完善后的制度'): excerpt true (R5)."]),
    "t06": dict(
        excerpt=True,
        genre="2 problems in the second section: a district portal's 审计结果公告 of two landslide/debris-flow works' "
              "竣工决算 (title printed twice), '一、基本情况', the evaluation, '二、审计发现的主要问题 (一)(二)', cut at "
              "'三、审计处理和整改情况 针对上述'",
        kind="bulletin",
        title=T["t06"].splitlines()[0],
        issuer=None, report_date=None,
        inspection=ins("东川区审计局"), headline=head(), problems=_t06(),
        anomalies=[
            "Title printed twice: the first (R35); it names the works, not the issuer, and there is no signature: "
            "issuer null (R37, as blind32).",
            AUDIT_KIND + ".",
            "No date line (the url's 2024-01-29 is not text): report date null; '自2023年8月至10月' is month-only: "
            "start/end null (R53).",
            "Inspector '东川区审计局' (R46). (NEW) Inspected null: the audit sentence names two works' 竣工决算, not a "
            "body (R47/R48); '东川区自然资源局' appears only in the evaluation.",
            "Problems: '(一)多计工程价款23.56万元' and '(二)多计待摊投资0.18万元。': seq 1/2, category '审计发现的主要问题', "
            "final '。' dropped; status null and measures 0: '三、审计处理和整改情况' is cut at '针对上述' (R24); units [] "
            "(no body named).",
            "'304万元', '542.57万元' are money (R68): no headline.",
            "Cut mid-sentence: excerpt true (R5)."]),
    "t07": dict(
        excerpt=False,
        genre="5-like figures-free audit result with the problems in one sentence: a district's 信息公开 page (chrome "
              "'政府信息公开 / 茅箭区人民政府信息公开') of a school head's 经济责任 audit: '存在改变预算资金用途、政府采购不规范"
              "等问题', the advice, '截至目前,该单位审计发现问题已整改到位'",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("茅箭区审计局", "十堰市东风第九中学", "2023-02-28", "2023-03-30"), headline=head(),
        problems=[],
        anomalies=[
            "Portal chrome only, no title line: title null (R33); no signature, no date line (the url's 2024-01-10 is "
            "not text): issuer and report date null.",
            "Kind bulletin: an audit result that reports the rectification done ('该单位审计发现问题已整改到位', R27).",
            "'存在改变预算资金用途、政府采购不规范等问题' names the problems in one '、'-list sentence: [] (R19, as blind32 "
            "yuwangtai); '已整改到位' gives no count: no headline (R71 needs a total to equal).",
            "Inspector '茅箭区审计局' (R46); inspected the school whose head's 经济责任 was audited, as named (R47); "
            "'2023年2月28日至3月30日' → start/end (blind22's audit call).",
            "The short page is whole: excerpt false (R5)."]),
    "t08": dict(
        excerpt=False,
        genre="2 problems in the second section, with the auditor's handling and the body's rectification: a county "
              "portal's 审计结果公告 under its masthead (pinyin lines, 2022年第27号, 总第709号, 审计局办公室), the heading, "
              "the dateline, 一、基本情况及评价, 二、(一)(二), 三、审计处理情况, 四、…整改情况",
        kind="bulletin", title="牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算审计结果",
        issuer="牟定县审计局", report_date="2022-06-15",
        inspection=ins("牟定县审计局", None, "2019-02-27", "2019-07-12"), headline=head(), problems=_t08(),
        anomalies=[
            "Masthead chrome ('MOUDINGXIAN SHENJIJU / SHENJI JIEGUO GONGGAO', serial numbers) kept (R2).",
            "Title the document's heading line under the masthead (R35); (NEW) issuer '牟定县审计局' from the 公告's own "
            "masthead ('牟定县审计局 / 审计结果公告 … 牟定县审计局办公室'), a letterhead, not a portal header (R38).",
            "Report date the dateline '(二〇二二年六月十五日公告)' → 2022-06-15 (R42/R45, as snippets25 pingshui); "
            "'2019年2月27日至7月12日' → start/end (blind22's audit call); construction dates are no inspection.",
            AUDIT_KIND + "; it also reports the rectification (四、).",
            "(NEW) Inspected null: the audit sentence names a works' 竣工决算, not a body (R47/R48).",
            "Problems (一)(二) under '二、审计发现的主要问题': seq 1/2, final '。' dropped.",
            "(NEW) Units '牟定县住房和城乡建设局' for both, from '三、审计处理情况' '对…的问题,责令牟定县住房和城乡建设局…' "
            "(R102 the body told to rectify, named in prose, R104).",
            "(NEW) '四、审计发现问题的整改情况' is one paragraph answering both findings (accounts and 决算 adjusted; the "
            "23.52万元 '将在…(三期防渗工程)中予以扣除'): measures 1 each (R96/R98: an account answering the problems); "
            "status null for both: '已按照审计结果调整了…' is an action with no done word (R95), the deduction is to come.",
            "'297.48万元', '104.72万元', '23.52万元' are money (R68): no headline.",
            "The copy ends on the 整改情况 paragraph's full stop at 1,972 bytes, short of the store's ~2,000-byte cut: "
            "the notice's last line, excerpt false (R5; hesitant)."]),
    "t09": dict(
        excerpt=True,
        genre="3-like one-problem audit rectification notice in fixed fields: a tender site's masked ('****') copy of "
              "a city bureau's '关于公共工程招标投标管理情况专项审计整改结果的公告': 一、工作开展情况, 二、问题整改情况 "
              "(一)问题描述 (二)整改情况 (三)整改结果, 三、审计建议采纳情况",
        kind="bulletin", title="关于公共工程招标投标管理情况专项审计整改结果的公告", issuer=None, report_date=None,
        inspection=ins(None, None, "2024-08-28", "2024-12-06"), headline=head(1, 1), problems=_t09(),
        anomalies=[
            "Masks '****'/'**' kept (R2), including '中华人民**国审计法' and '公共**交易平台' in the title of the problem.",
            "Title the heading line (R32); kind bulletin (an 审计整改结果的公告, R27/R31); issuer null: '我局' is unnamed, "
            "no signature in the copy (R37/R48); no date line ('截至公告日'): report date null.",
            "(NEW) Inspector null: '****审计局' is masked (a mask names no body; as blind8's masked figures left out); "
            "inspected null ('**市…公共工程招标投标管理情况' is a subject, not a body); '2024年8月28日至2024年12月6日' → "
            "start/end (blind22's audit call).",
            "Headline '审计反馈1个问题已全部整改完成' → problems_total 1, problems_done 1 (R62, R71).",
            "One-task notice (R14): the problem is the '(一)问题描述。' statement without its lead-in '根据审计报告反馈,' "
            "(R92, R121), final '。' dropped; seq null ('(一)' numbers the field, R78); category the section heading "
            "'问题整改情况' (R83, C17's label side); status done from '(三)整改结果。已完成整改。' (R93); unit "
            "'市农业农村局', the one body the finding names (C31).",
            "(NEW) Measures 2: '(二)整改情况。' holds a first item whose '一是' the site's mask ate ('****发改委、…公开…"
            "结果。') and '二是严格执行…' (schema: broken numbering counted by the items present, R96).",
            "'三、审计建议采纳情况' is the recommendations' uptake, no problem; its '下一步' no measure (R98).",
            "(NEW, hesitant) The copy is exactly 2,000 bytes and stops after 三、's paragraph, before the signature and "
            "date a 公告 carries: excerpt true (R5)."]),
    "t10": dict(
        excerpt=False,
        genre="2 problems in the second section: a county portal's 审计调查结果公告 (no title line, '(2024年公告 第3号)'), "
              "一、基本情况, '二、审计发现的主要问题 一是…五是', '三、审计处理情况及建议 对…的问题,要求…', signature and date",
        kind="bulletin", title=None, issuer="渠县审计局", report_date="2024-11-29",
        inspection=ins("渠县审计局"), headline=head(), problems=_t10(),
        anomalies=[
            "No title line (the copy starts with the serial '(2024年公告 第3号)'): title null (R33); issuer and report "
            "date from the signature '渠县审计局 2024年11月29日' (R37/R40).",
            AUDIT_KIND + " (an 审计调查结果公告, no rectification reported; see t03's hesitation).",
            "Inspector '渠县审计局' (R46); inspected null (the audit is of funds and policy, R48); no audit period "
            "('2021年至2023年' is the audited span, R53).",
            "Problems: '一是…五是' under '二、审计发现的主要问题' → 5 problems seq 1-5 (R8, R76a), category the section "
            "heading, final '。' dropped; five sentences under a heading, not R19's one-sentence list.",
            "(NEW) Item 5 '五是食堂运行仍未完全规范等(备注:…)。' titled '食堂运行仍未完全规范等' without the bracketed note "
            "on the '4+X' scheme (an annotation, not the finding); 'X' is the scheme's name, not a mask.",
            "Measures 0 and status null: '三、审计处理情况及建议' '对…的问题,要求…' are the auditor's requirements (R98, "
            "C28 → 0).",
            "(NEW) Units from those sentences '要求<body>…' (R102 the body told to rectify, named in prose, R104): 1 "
            "'教育局', 2 none named, 3 '教育局'+'教育融创公司', 4 and 5 '教育局'.",
            "'9952万元', '8313万元' and the other sums are money (R68): no headline.",
            "The copy reaches the signature and date: excerpt false (R5)."]),
    "t11": dict(
        excerpt=False,
        genre="2 one problem in the second section: a city portal's untitled 审计结果公告 of a reservoir's flood-damage "
              "repair works: 一、工程基本情况, '二、审计发现的主要问题和处理意见 多计取工程价款774387.48元。', 三、审计建议, "
              "'四、审计整改情况 …问题已依法整改'",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("新郑市审计局", None, "2023-04-14", "2023-10-07"), headline=head(), problems=_t11(),
        anomalies=[
            "No title line, no signature, no date line (the copy starts '根据《…审计法》规定'): title, issuer, report "
            "date null (R33).",
            AUDIT_KIND + "; it reports the rectification (四、).",
            "Inspector '新郑市审计局', whose '审计组' (unnamed) made the audit (R46, as blind32 yuwangtai); (NEW) "
            "inspected null: the sentence names a works, not a body (R47/R48); '自2023年4月14日至10月7日' → start/end "
            "(blind22's audit call).",
            "One problem, the unnumbered line under '二、审计发现的主要问题和处理意见': seq null (R78), category that "
            "heading, final '。' dropped.",
            "(NEW) Status done from '…多计工程价款问题已依法整改' (R93 已整改); measures 0: the sentence is a bare verdict "
            "with no action (as R118 nmgfzb's 0 for a status-only result); '三、审计建议' is advice, no measure (R98).",
            "Unit '新郑市水库河道工程建设管理局', the body said to have rectified (R104).",
            "The copy reaches the notice's last section: excerpt false (R5)."]),
    "t12": dict(
        excerpt=False,
        genre="2 one problem in the third section: a city bureau portal's titled 审计结果公告 of a pond works' "
              "settlement, dateline '(二O一四年十二月二十六日公告)', 一、工程基本情况, 二、审计评价意见, '三、审计发现的主要问题及"
              "整改情况' one finding paragraph and the fix",
        kind="bulletin", title=T["t12"].splitlines()[0], issuer=None, report_date="2014-12-26",
        inspection=ins("义马市审计局"), headline=head(), problems=_t12(),
        anomalies=[
            "Title the heading line (R32); it names the works, not the issuer, and there is no signature: issuer null "
            "(R37, as blind32).",
            AUDIT_KIND + ".",
            "Report date the dateline '(二O一四年十二月二十六日公告)' → 2014-12-26 (R45 Chinese numerals; its '〇' is a "
            "Latin 'O'); no audit period: start/end null.",
            "Inspector '义马市审计局', which '依法出具了审计报告' (R46); (NEW) "
            "inspected null: no sentence names the audited body ('义马市水利局' is the one that 报审, R47/R48).",
            "(NEW) One problem, the finding paragraph '义马市水利局报审的…多计工程价款601,287.93元' titled whole (R10), "
            "ASCII commas kept (R86), final '。' dropped; seq null, category '审计发现的主要问题及整改情况'.",
            "(NEW) '义马市水利局已按审计报告核算的工程价款据实结算' → measures 1 (the body's account of the fix, R96, C27), "
            "status null (no done word, R95); unit '义马市水利局', the body said to have fixed it (R104).",
            "'1,464,196.00元', '862,908.07元' are money (R68): no headline.",
            "The short notice is whole: excerpt false (R5)."]),
}

EXPECTED = {"t01": 7, "t02": 0, "t03": 3, "t04": 0, "t05": 1, "t06": 2, "t07": 0, "t08": 2, "t09": 1, "t10": 5,
            "t11": 1, "t12": 1}
MEASURES = {"t05": [1], "t08": [1, 1], "t09": [2], "t12": [1]}  # every other problem 0


def recount(key, text):
    """Independent count of problems by markers in the text (another route than the extraction above)."""
    if key == "t01":
        return len(re.findall(r"醫院[^。\n]{0,20}經查存在\d+項問題", text))
    if key in ("t03", "t06", "t08"):
        part = text[text.index("审计发现的主要问题"):]
        part = part.split("三、审计处理")[0]
        return len(re.findall(r"^\([一二三四五六七八九十]\)\S", part, re.M))
    if key == "t05":
        return len(re.findall(r"^\d+\.\S", text, re.M))
    if key == "t09":
        return text.count("问题描述")
    if key == "t10":
        part = text.split("二、审计发现的主要问题")[1].split("三、")[0]
        return len(re.findall(r"[一二三四五六七八九十]是", part))
    if key in ("t11", "t12"):  # the lines between the findings heading and the next numbered section
        part = re.split(r"审计发现的主要问题\S*\n", text)[1]
        part = re.split(r"^[一二三四五]、", part, flags=re.M)[0]
        lines = [ln for ln in part.splitlines() if ln.strip() and not ln.startswith("对审计中发现")]
        return len(lines)
    return 0


def recount_measures(key, text, n):
    """Independent count of measures per problem by markers (0 where no answer of the body is printed)."""
    if key == "t05":
        return [text.count("整改措施(")]
    if key == "t08":  # one account paragraph under '四、', answering each of the findings
        part = text.split("四、审计发现问题的整改情况\n")[1]
        return [len([p for p in part.split("\n") if p.strip()])] * n
    if key == "t09":
        part = between(text, "(二)整改情况。", "(三)")
        labelled = len(re.findall(r"[一二三四五六七八九十]是", part))
        return [labelled + (0 if part.lstrip("*").startswith("一是") else 1)]
    if key == "t12":
        return [len(re.findall(r"已按审计报告", text))]
    return [0] * n


def norm(s):
    return re.sub(r"\s+", "", simp(s))


def main():
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 12
    total = 0
    for stem in STEMS:
        d, text = DOCS[stem], T[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[stem] == recount(stem, text), (stem, len(probs), recount(stem, text))
        counts = [p["measure_count"] for p in probs]
        assert counts == MEASURES.get(stem, [0] * EXPECTED[stem]) == recount_measures(stem, text, len(probs)), \
            (stem, counts, recount_measures(stem, text, len(probs)))
        total += len(probs)
        flat = norm(text)
        for p in probs:
            check_problem(stem, p, flat, simplified=False, norm=norm)
            assert p["title"] == simp(p["title"]), (stem, "not simplified", p["title"])  # (its own simp: no gloss rule)
        check_fields(stem, d, text)
        assert d["kind"] in (None, "bulletin", "plan"), stem
        write_truth(OUT, stem, URLS[stem].strip(), d)
    assert total == sum(EXPECTED.values()) == 23, total
    for stem in STEMS:  # reload check
        j = reload_truth(OUT, stem)
        print(f"{stem}: kind {j['kind']}, {len(j['problems'])} problems, "
              f"measures {[p['measure_count'] for p in j['problems']]}")
    print("total", total)


if __name__ == "__main__":
    main()
