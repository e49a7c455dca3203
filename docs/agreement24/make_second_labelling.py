"""agree24: a second, independent labelling of the 11 real texts docs/agreement24/blind54/t01.txt … t11.txt (stored
copies of public pages as the search tool's pages corpus returned them: petition tallies, a 督导 visit, 监察院 糾正案
records and news, 中央督察 typical cases, a 卫生县城 督查通报, a 东莞 整改 item, a 扫黑除恶 汇报 and a 巡察 整改 bulletin),
written 2026-12-07 (09:35-09:42 UTC by the machine clock) by helper agree24, who did not open any other labelling (no
/work/wt/label*/, /work/wt/heldout*/, /work/wt/base*/, /work/wt/agree24bsrc, no branch label*/heldout*), did not look
for these texts or the pages' other copies anywhere, and did not read or run the parser nor score anything.
Schema: /work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md R1-R197, with section 3.1's settled
calls (C1 count notes dropped, C13 null, C24 glosses removed, C27 count the account, C33 R17 stands, C35 batch numbers
dropped, C41 as printed) and section 3's recommendations elsewhere. Form after docs/agreement23/make_second_labelling.py;
the shared helpers are imported from tests/importer/real/tools/make_truths.py (head, ins, problem, between, simp,
check_doc, write_json, truth_body), traditional copies simplified with opencc t2s as make_truths_blind10.simplified
(make_truths.simp: glosses removed, then t2s).

Texts are read from blind54/<stem>.txt beside this file (not changed); "url" from urls.txt ("<stem> <url>" per line).
Truths go to blind54/<stem>.truth.json. Traditional copies (t03, t04, t08, t10): problem titles, categories, units (and
t08's deadline) in simplified characters without glosses (R91, C24); doc fields keep the page's script. Run with an
interpreter that has opencc (/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables) and by an independent recount by
markers in recount() / measure_recount(); main() asserts that the extraction, the table and the recounts agree.

Per text (kind, problems, measures; '?' marks a call I was unsure of):
  t01  near miss (R17): a city's tally of the 16th batch of 中央督察 信访举报件 (办结 counts) above the heading of its
       table (not in the copy), whole: kind bulletin (C34 recommendation)?; problems [] (R17, C33 settled); title the
       table heading?; issuer '巴彦淖尔市'?; report date null (no year in the text)
  t02  2-like news of a city 督导组's on-site check of one 中央督察 feedback problem at 汉寿县, whole: kind null; 1
       problem '蒋家嘴断面水质问题' (R108), status done?, units ['汉寿县'], measures 0?
  t03  2 one 监察院 糾正案 record (案由, empty 機關改善情形, '尚未結案'), whole, traditional: kind null; 1 problem (the
       案由, one case = one statement, R14)?, status in_progress?, units ['南投县政府']?, measures 0
  t04  2 a 监察院 list page of 糾正案 rows (審議日期, 案號, 案由, 處理進度), traditional, cut in row 3: kind null; 3
       problems (one per row, R10/R8), rows 1-2 done ('已結案'), row 3 cut (C14), units the corrected bodies?,
       measures 0 0 0
  t05  6-like a forum repost of 人民日报's item on the 4th batch of typical cases (山西 garbage, 宁夏 吴忠 sewage), cut:
       kind null; 2 problems (one per province's case, titled by the '督察发现,' summary sentence)?, measures 0 0
  t06  6-like a feature on the 中央督察's garbage typical cases, one sentence per place under two headings, cut: kind
       null; 8 problems (7 places under '垃圾渗滤液积存、直排', 湘西州 cut under '垃圾焚烧发电项目建设滞后'), measures 0×8
  t07  2 a 范文 copy of a county 爱卫办's 督查情况通报 (卫生县城 复审), '二、存在的问题' (一)-(五) place/aspect items
       each run into its '一是…' findings, cut in (五): kind null (R29); 5 problems (R11 one per place)?, measures 0×5
  t08  2-like one 整改任务 of a 东莞 督察 整改 bulletin (反馈问题, 责任单位, 整改时限, 整改目标, 整改措施, 整改落实情况), a
       glossed, mojibake traditional copy on a spam domain, cut: kind bulletin; 1 problem, category '整改任务', status
       done, 3 units, deadline, measures 1
  t09  a 范文 county 汇报 on 扫黑除恶 督导组 feedback rectification, masked (XXX, x条), cut: kind bulletin?; problems []
       (no listed problem; the cut parenthesis names in-progress ones in one clause, R19)?; headline null (C2)
  t10  6-like spam-spliced news of a 监察院 糾正 of 國防部 (camp sewage; late replies), whole: kind null; 2 problems
       (one per paragraph finding)?, units ['国防部'], measures 0 0
  t11  a county's 巡察整改进展情况 公布 cut before its first problem (R21): kind bulletin; problems []; headline
       problems_total 16; inspection 2020-10-12 to 2020-12-04, feedback 2021-05-19
Totals: 11 texts, 23 problems (1+1+3+2+8+5+1+2 over eight texts; t01, t09, t11 none); measures 1 (t08), 0 elsewhere.

Judgement calls (each also in the truth's anomalies; NEW where I know of no earlier set that made it; ? = unsure):
- t01 (R17, C33 settled, R169): petition tallies give no problem and no figure; kind bulletin: a city's tally of a
  central 督察's petitions that reports them handled ('已办结1件、阶段性办结3件…责令整改3家'), C34's recommendation, as
  blind10 tongliao (?: R170 reads kind by title, and '…办理情况' names no 通报/报告/公示). (NEW?) Title the table heading
  printed at the end of the copy, the page's only heading (R35 the document's own heading, R36 a table heading as the
  title); '第十六批' is inside its wording, not a bracket after it (C35 not applicable). (NEW?) Issuer '巴彦淖尔市' from
  the title and '全市已对…进行调查处理' (as the seed 001's 南昌市). Report date null: '6月22日' has no year in the text
  (R60; the url's date is not read, R44). Inspector '中央第二生态环境保护督察组', inspected '内蒙古自治区' (the title's
  '交办内蒙古自治区', R46/R47). Whole (705 bytes, ends at the table heading): excerpt false.
- t02 (R108): one named problem, '蒋家嘴断面水质问题' ('的' wrapper none; place 汉寿县 not in it); status done from
  '已到达整改考核要求' (R132: a sentence saying the fault was fixed; ? 除总磷外 and the pending 销号); measures 0: '通过治理'
  names no action (C27 settled counts an account of the fix; this is none, as maojian's '采取多种形式进行整改'); unit
  '汉寿县', which reported its rectification (R104, C31 side A). Inspector and inspected null: the rectified inspection
  is the 中央督察 with no team named (R48); the 督导组 (市发展改革委 with two bureaus) checks rectification (R53) (? the
  other reading: inspector the 督导组/市发展改革委, inspected 汉寿县). News headline: title null (R34); no date.
- (NEW) t03, t04: a 监察院 糾正案 (a correction order to a government body, with its 機關改善情形 and 案件狀態 fields) is
  one problem: its 案由 statement (R14's one-task statement, R131 titled whole; t04's table rows R8/R10), the proposing
  members' lead-in '…委員…提,' dropped (R92) and the closing verdict ',以上均有違(怠)失,爰依法提案糾正' / ',均核有疏失
  (違失),爰依法提案糾正' dropped (R16 an assessment, as R121 drops the requirement). ? Splitting the 案由's ';' clauses
  (R10, R136) would give t03 3 problems and t04's rows 5/3+.
- (NEW) t03, t04, t10 units: the body the 糾正 is addressed to (南投縣政府, 臺南市政府, 內政部營建署, 臺北市政府, 國防部),
  R102/R104, C31 side A (the body named in prose as the faulty body, majority) ? (published 督察 typical cases keep []
  as in agree23; a 糾正案 asks that body to report its 改善 — 機關改善情形).
- t03: status in_progress from '案件狀態: 尚未結案' (R93 '仍未/未整改到位'; a closing word negated, against R155's
  '已办结' done) ?; measures 0 (the 機關改善情形 cell is empty, R97); seq null ('106內正0007' is a case number, R78);
  category null ('類別: 糾正案文' a field, R84); title null (no title line; the .doc file name is an attachment, R33) ?;
  report date the 公告日期 '106/03/24' → 2017-03-24 (R40, R45 ROC years; the 審議日期 is a meeting, R53); (NEW?)
  inspector the proposing members '劉委員德勳、蔡委員培村' as printed (R46: persons, the only names; 監察院 is not named),
  inspected '南投縣政府'; no inspection dates. Whole (ends at '調查報告: | 連結 |'): excerpt false.
- t04: rows 1-2 status done from the 處理進度 cell '已結案' (R155 '已办结' → done), row 3 null (cut before the cell);
  row 3 cut after '…徵收重測前該市' labelled as far as it goes (C14 SETTLED s17: a table row cut early is labelled; not
  R126, which is a news sentence); row 1's leading '104年' dropped as a time lead-in (R92, C40) ?; '機關改善情形' is a
  link label, no account: measures 0; kind, title, issuer, report date null (a database list page; 審議日期 a meeting
  day per row); inspector and inspected null (several members and bodies). Cut: excerpt true.
- t05: (NEW?) one problem per province's typical case, titled by its '督察发现,' summary sentence (lead-in dropped, R92);
  the following sentences and paragraphs (临汾/长治 coverage, 霍州, 沁县, 襄汾, 武乡, 临汾 fly ash; 吴忠's 雨污合流 and
  the three plants) are the same case's facts (R13, R140's '例如' facts) ? (one per place's sentence, R10/R140, would
  give about 11; the paragraph as title, C40, would lengthen the first title). Report date the page's '发表于
  2025-06-28' (R43, not '本报北京6月27日电'); '来源:人民日报' no issuer (R38); inspector null ('第三轮第四批中央生态环境保护
  督察' names an inspection, no 组, R48); units [] (published cases, as agree23); no figure ('第四批' counts nothing).
- t06 (R10 nanmuxuan, R140, C32): one problem per place's sentence, titled without the leading '在' (R10 nanmuxuan);
  湘西州 with its lead-in '在湖南湘西州,督察组指出,' dropped (R92, R140) and cut mid-sentence (R25); '比如,天津市大韩庄…'
  and '再比如,广西北海市…' are the same problems as 天津津南区 and 北海市 (R13, R140); '9个…案例中,有7个…' and '两大类
  问题' are counts and kinds (C26, R23): no figure; categories the two headings without '一、'/'二、' (R79); no title
  line, no date: title, issuer, report date null; inspector null (unnamed 督察组, R48); units [].
- t07: (NEW?) each '(一)…(五)' item of '二、存在的问题' (软件资料, 农贸市场, 客运站, **商业广场, 城区医疗机构) is ONE
  problem with its '一是…' findings (R11/R137 a 创城-type check's place item; the item runs into its findings on one
  line: the whole item, R88/C9), seq 1-5, category '存在的问题' ? (R138 reads '一是…' under a heading as problems: 19);
  '一、工作亮点' items are praise (R16); units [] (check places and aspects, R103; '**商业广场' masked, C37); kind null
  (R29 a 督查情况通报); title the first printing '关于迎接新省级卫生县城复审第五次督查情况通报' without the site's card
  number '2' (R35: a title printed twice, the first; a 范文 card heading) ?; inspector '县爱卫办' (led the 督查, R46),
  date '****年6月29日' masked: no dates (R44, R60); issuer null (no signature in the copy). Cut: excerpt true.
- t08 (R14, R157): one 整改任务 with its fields: title the '反饋問題:' value (R89), category '整改任务' (C17's section
  label, R83), units from '責任單位:' split at '、' and ',' with '各园区、镇(街道)党委、政府' kept whole (R101's schema
  exception of the same shape '各县区党委、人民政府…') ?, deadline '2019年6月底,立行立改,持续整改' as written (R106),
  simplified without glosses (NEW: R91/C24 read for the deadline too), status done from '整改目標完成情況:已完成' (R93),
  measures 1 (the 整改措施 field one undivided paragraph, R96; the 整改措施落實情況 result beside it not counted, R118);
  kind bulletin (R27: reports the rectification done); title null (copy starts at '一、整改任務'), issuer, report date,
  inspector (unnamed '此次督察', R48), inspected null; '2.2萬家', '489個' bodies: no figure (R68). Mojibake
  ('?。ㄒ唬┓答亞' for '(一)反饋') kept in the text (R2).
- t09: problems []: the feedback's 17 共性问题 are not listed; the cut parenthesis '(宣传工作深入不够、创新不足,新组建单位未'
  names the ones still in progress in one clause (R19) ?; '一是加大整改力度…' is the county's work, not a problem (R111);
  headline null: '17条共性问题' is one part beside masked 'x条个性问题' (R69, C2 not summed), 'x条整改措施', 'x条' masked
  (R68); kind bulletin: a titled '…反馈问题整改…情况汇报' reporting rectification (R27, R31; read at a meeting, R42's
  reports) ? (R30 speeches → null); title as printed (R35 a 范文 card heading); inspector null (masked 'XXX扫黑除恶专项
  斗争第X督导组', printed three ways, R178/C37's type-word reading) ?; inspected, issuer, dates null (masked).
- t10: (NEW?) two problems, one per paragraph finding (R10, R143 one body's several findings): the camp-sewage finding
  (lead-in '監察院今天指出,' dropped) and the late replies (lead-in '監院說,' dropped, the closing '等均核有失當,因此依法提案
  糾正' dropped as in t03/t04) ? (one 糾正案 as t03 would give 1); spam lines spliced between clauses ('台中印表機',
  '新竹泥做', …) kept in the text (R2) and out of the titles (R141); inspector '監察院' as printed (R46), inspected '國防部';
  '惟' is not R167's (what precedes it is no progress); kind, title, issuer, report date null (news, no date). Whole
  (ends at '依法提案糾正。,'): excerpt false.
- t11 (R21): cut at the category heading '(一)责任' before any problem: []; problems_total 16 from '紧盯巡察反馈的16个
  问题' (R62); kind bulletin ('现将巡察整改进展情况予以公布', R27); title null (no title line, R33); issuer null (no title,
  no signature, R37/R38); inspector '市委“洞庭清波”专项行动机动巡察组', inspected '岳阳县' as '对岳阳县进行了…巡察' states
  it ? (R47's feedback sentence names '岳阳县委'); start 2020-10-12, end 2020-12-04, feedback 2021-05-19; report date
  null (no date line; '5月31日' is a meeting).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests" / "importer" / "real" / "tools"))

from make_truths import between, check_doc, head, ins, simp, truth_body, write_json  # noqa: E402
from make_truths import problem as _p  # noqa: E402

TEXTS = OUT = HERE / "blind54"
URLS = dict(line.split(None, 1)
            for line in (HERE / "urls.txt").read_text(encoding="utf-8").splitlines() if line.strip())
STEMS = sorted(p.name[:-4] for p in TEXTS.glob("t*.txt"))
T = {s: (TEXTS / f"{s}.txt").read_text(encoding="utf-8") for s in STEMS}
TRAD = {"t03", "t04", "t08", "t10"}
T10_SPAM = ("台中印表機", "新竹泥做", "清潔", "近視改善方法", "台中洗水塔", "消防器材推薦", "不動產拍賣", "徵信社費用")


def t10_clean(t):
    """t10 without its spliced spam lines ('…,\\n台中印表機\\n,…' → '…,…')."""
    for s in T10_SPAM:
        t = t.replace(f"\n{s}\n,", "")
    return t


# ---- the problems ---------------------------------------------------------------------------------------------------

def _t02():
    t = T["t02"]
    title = re.search(r"指出(\S+?断面水质问题)", t).group(1)
    return [_p(None, title, units=["汉寿县"], status="done")]


def _t03():
    t = T["t03"]
    title = simp(between(t, "蔡委員培村提,", ",以上均有違(怠)失"))
    return [_p(None, title, units=[simp("南投縣政府")], status="in_progress")]


def _t04():
    t = T["t04"]
    r1 = between(t, "方委員萬富提,", ",均核有疏失")
    assert r1.startswith("104年")
    r1 = r1[len("104年"):]
    r2 = between(t, "楊委員美鈴提,", ",均核有違失")
    r3 = t[t.index("尹委員祚芊提:") + len("尹委員祚芊提:"):].rstrip()
    return [_p(None, simp(r1), units=[simp("臺南市政府")], status="done"),
            _p(None, simp(r2), units=[simp("內政部營建署")], status="done"),
            _p(None, simp(r3), units=[simp("臺北市政府")])]


def _t05():
    t = T["t05"]
    return [_p(None, m.group(1)) for m in re.finditer(r"督察发现,([^。]+)。", t)]


def _t06():
    t = T["t06"]
    c1, c2 = "垃圾渗滤液积存、直排", "垃圾焚烧发电项目建设滞后"
    out = []
    for m in re.finditer(r"在([^,。]+,[^。]+)。", between(t, "一、" + c1, "这里边")):
        out.append(_p(None, m.group(1), category=c1))
    tail = t[t.index("在湖南湘西州,督察组指出,") + len("在湖南湘西州,督察组指出,"):].rstrip()
    out.append(_p(None, tail, category=c2))
    return out


def _t07():
    t = T["t07"]
    sec = t[t.index("二、存在的问题"):]
    items = re.findall(r"^\(([一二三四五])\)(.+)$", sec, re.M)
    cn = "一二三四五"
    return [_p(cn.index(n) + 1, body.rstrip("。"), category="存在的问题") for n, body in items]


def _t08():
    t = T["t08"]
    title = simp(between(t, "?wèn)題:", "。\n"))
    units_raw = simp(between(t, "任單位:", "\n"))
    groups = units_raw.split(",")
    units = [groups[0]] + [u for g in groups[1:] for u in g.split("、")]
    deadline = simp(between(t, "(shí)限:", "\n"))
    return [_p(None, title, category="整改任务", units=units, status="done", measures=1, deadline=deadline)]


def _t10():
    c = t10_clean(T["t10"])
    p1 = simp(between(c, "監察院今天指出,", "。"))
    p2 = simp(between(c, "監院說,", "等均核有失當"))
    return [_p(None, p1, units=["国防部"]), _p(None, p2, units=["国防部"])]


DOCS = {
    "t01": dict(
        excerpt=False,
        genre="near miss (R17): a city portal's note on the handling of the 16th batch of 中央督察 信访举报件 (5 this "
              "batch, 48 in batches 1-16, with 办结 counts), ending at the heading of its table (not in the copy)",
        kind="bulletin",
        title="中央第二生态环境保护督察组交办内蒙古自治区第十六批涉及巴彦淖尔市5件群众信访举报件办理情况",
        issuer="巴彦淖尔市", report_date=None,
        inspection=ins("中央第二生态环境保护督察组", "内蒙古自治区"), headline=head(), problems=[],
        anomalies=[
            "Problems []: the 5 and 48 信访举报件 are petitions the 督察组 handed down (R17; C33 settled: a batch of "
            "petitions has no problem, R169).",
            "No figure: '5件', '48件', '已办结22件', '责令整改12家', '立案处罚5家' count petitions and bodies (R17, R68).",
            "Kind bulletin: the note reports the petitions handled ('已办结1件、阶段性办结3件、未办结1件,责令整改3家,立案处罚3家'), "
            "C34's recommendation (R27), as blind10 tongliao (a city's tally of a central 督察's petitions). Hesitant: "
            "R170 reads kind by title and '…办理情况' names no 通报/报告/公示.",
            "(NEW) Title the table heading printed at the end of the copy, the page's only heading (R35 the document's "
            "own heading; R36 a table heading as the title); '第十六批' is part of its wording, no bracket after it (C35 "
            "not applicable). Hesitant: null by R33 (the article's own title line is not in the copy).",
            "(NEW) Issuer '巴彦淖尔市' from the title ('涉及巴彦淖尔市') and '全市已对…进行调查处理' (as the seed 001's "
            "南昌市); no signature. Hesitant.",
            "Report date null: '6月22日' / '截至6月22日' have no year in the text (R60); the url's date is not read (R44).",
            "Inspector '中央第二生态环境保护督察组' as printed (R46; '中央督察组' its short name); inspected '内蒙古自治区' "
            "from the title's '交办内蒙古自治区' (R47); no inspection dates (6月22日 is the handling, no year).",
            "The copy is whole (705 bytes, it ends at the table's heading; the table is not in the stored copy): "
            "excerpt false (R5)."]),
    "t02": dict(
        excerpt=False,
        genre="2-like news of a city 督导组 (市发展改革委 with 市生态环境局, 市农业农村局) checking on site the "
              "rectification and 销号 of one 中央督察 feedback problem (蒋家嘴断面水质) at 汉寿县; login chrome at the end",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t02(),
        anomalies=[
            "Login chrome ('账号+密码登录', '立即注册') and photo captions ('现场检查', '座谈会现场') kept (R2).",
            "News of a check (R29/R30): kind null; '市发展改革委赴汉寿县蒋家嘴进行现场督导核查' is a news headline: title "
            "null (R34); no date ('近期'), no signature: issuer and report date null.",
            "Inspector and inspected null: the rectified inspection is the 中央生态环境保护督察, no team named (R48); the "
            "督导组 checks rectification (R53). Hesitant: the other reading takes the 督导组 (市发展改革委) as inspector "
            "and 汉寿县 as inspected.",
            "One problem (R108: news about one named problem checked on site): '蒋家嘴断面水质问题' from '督察反馈意见指出"
            "蒋家嘴断面水质问题', lead-in dropped (R92), closing '问题' kept (R87); seq and category null.",
            "Status done from '目前蒋家嘴断面水质除总磷外,其他指标均优于Ⅲ类,已到达整改考核要求' (R132: a sentence saying "
            "the fault was fixed). Hesitant: '除总磷外' and the 销号 still pending could give null (R95).",
            "Measures 0: '通过治理' names no action (C27 settled counts an account of the fix; none here, as blind49 "
            "maojian '采取多种形式进行整改'); the 督导组's visit and meeting are the check, not the fix.",
            "Unit '汉寿县', which reported its rectification ('听取汉寿县汇报问题整改情况', R104; C31 side A).",
            "The copy reaches the login chrome after the article: excerpt false (R5)."]),
    "t03": dict(
        excerpt=False,
        genre="2 one 监察院 糾正案 record (類別, 審議日期, 公告日期, 字號, 案由, 機關改善情形 empty, 案件狀態 '尚未結案', "
              "attachments) on the 南投縣政府's handling of 清境 民宿; traditional, table pipes",
        kind=None, title=None, issuer=None, report_date="2017-03-24",
        inspection=ins("劉委員德勳、蔡委員培村", "南投縣政府"), headline=head(), problems=_t03(),
        anomalies=[
            "Table pipes ('|') and field labels kept (R2); the typo '流桯' (for 流程) kept as printed; title, unit in "
            "simplified characters (R91).",
            "Kind null: a correction order's record (a check's findings with a case state, R29; a tracker's one-case "
            "record, R113), no rectification reported (the 機關改善情形 cell is empty).",
            "Title null: no title line ('類別: 糾正案文' is a field; '糾正案清境民宿(外網).doc' an attachment's name, R33). "
            "Hesitant. Issuer null (監察院 is not named in the text; the site is chrome, R38).",
            "Report date the 公告日期 '106/03/24' → 2017-03-24 (R40, R45 ROC years); the 審議日期 '106/03/09' is the "
            "committee's meeting (R53, R57: a review day is no feedback date).",
            "(NEW) Inspector the proposing members '劉委員德勳、蔡委員培村' as printed (R46: persons, the only names); "
            "inspected '南投縣政府' as the 案由 names it (R47). Hesitant.",
            "(NEW) One problem: the 案由 of one 糾正案 is its one statement (R14 one-task record, R131 titled whole), the "
            "proposers' lead-in '劉委員德勳、蔡委員培村提,' dropped (R92) and the closing verdict ',以上均有違(怠)失,爰依法"
            "提案糾正' dropped (R16 an assessment; as R121 drops the requirement). Hesitant: its three ';' clauses "
            "(未落實…管制; 且…違章建築氾濫; 另,…稽查小組…) would be three problems by R10/R136.",
            "Seq null ('106內正0007' is a case number, R78); category null ('類別' a field label, R84).",
            "Status in_progress from '案件狀態: 尚未結案' (R93: a close not yet made, as '仍未'; R155's '已办结' → done "
            "negated). Hesitant: null by R95 (no work reported).",
            "(NEW) Unit '南投县政府', the body the 糾正 is addressed to and asked to improve (R102/R104; C31 side A). "
            "Hesitant.",
            "Measures 0: the 機關改善情形 cell is empty (R97).",
            "The record is whole (it ends at '調查報告: | 連結 |'): excerpt false (R5)."]),
    "t04": dict(
        excerpt=True,
        genre="2 a 监察院 list page (page 37) of 糾正案 rows run together (審議日期, 案號, proposers and 案由 '...詳全文', "
              "file names, '已結案', '機關改善情形' link); traditional; cut in row 3's 案由",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t04(),
        anomalies=[
            "Chrome ('跳到主要內容區塊'), the header row and the run-together cells kept (R2); titles and units simplified "
            "(R91).",
            "A database list of correction orders: kind null (R29/R113), no title line (R33), no signature, no page date "
            "(each row's 審議日期 '105/10/06' is a meeting day, R53): issuer and report date null.",
            "Inspector and inspected null: each row has its own members and corrected body (R48).",
            "(NEW) One problem per row (R8/R10 a table row; one 糾正案 one statement, as t03): the 案由 without the "
            "proposers' lead-in ('…委員…提,' / '提:', R92) and without the closing ',均核有疏失(違失),爰依法提案糾正。"
            "...詳全文' (R16). Hesitant: the ';' clauses inside a 案由 would split it (R10).",
            "Row 1: the leading '104年' dropped as a time lead-in (R92, C40). Hesitant.",
            "Row 3 is cut after '臺北市政府於民國57年及62年間徵收重測前該市': labelled as far as it goes (C14 SETTLED s17, a "
            "table row; R126 is a news sentence cut before a fault).",
            "Seq null ('105內正0023' etc. are case numbers, R78); category null (column labels, R84).",
            "Status: rows 1-2 done from the 處理進度 cell '已結案' (R155 '已办结' → done); row 3 null (its cell is cut).",
            "(NEW) Units the corrected body of each row: '台南市政府', '内政部营建署', '台北市政府' (R102/R104, C31 side A). "
            "Hesitant.",
            "Measures 0: '機關改善情形' is a link's label, no account in the copy (R97).",
            "Cut mid-row: excerpt true."]),
    "t05": dict(
        excerpt=True,
        genre="6-like a stock forum's (股吧) repost of a 人民日报 item on the 4th batch of typical cases of the third round's "
              "4th batch of central 督察: 山西's garbage case and 宁夏 吴忠's sewage case, each a '督察发现,' summary and "
              "paragraphs of facts; cut",
        kind=None, title=None, issuer=None, report_date="2025-06-28",
        inspection=ins(), headline=head(), problems=_t05(),
        anomalies=[
            "Forum chrome ('最近访问:', '股吧网页版') kept (R2).",
            "News (R30): kind null; '中央生态环境保护督察集中通报典型案例' is a news headline: title null (R34); '来源:人民日报' "
            "is metadata: issuer null (R38).",
            "Report date the page's '发表于 2025-06-28 05:49:10' (R43 a repost's own date, not '本报北京6月27日电').",
            "Inspector null: '第三轮第四批中央生态环境保护督察' names an inspection, no 组 (R48); inspected null (two "
            "provinces); no dates with a stationing period.",
            "(NEW) One problem per province's typical case, titled by its '督察发现,' summary sentence (lead-in dropped, "
            "R92; final '。' dropped); the sentences and paragraphs after it (临汾/长治 coverage, 霍州, 沁县, 襄汾, 武乡, "
            "临汾's fly ash; 吴忠's 雨污合流 and three plants) are the same case's facts (R13; R140 the '例如' facts). "
            "Hesitant: one per place's sentence (R10, R140) would give about 11; the paragraph (C40) would lengthen "
            "the first title.",
            "Seq and category null; units [] (published cases name no rectifier, as agree23); status null, measures 0.",
            "No figure: '第四批典型案例' has no count; tons and kilometres are quantities (R68).",
            "Cut mid-sentence ('超越排放6次,'): excerpt true."]),
    "t06": dict(
        excerpt=True,
        genre="6-like a news feature on the 中央督察's garbage typical cases: heading '一、垃圾渗滤液积存、直排' over one "
              "sentence per place (7), two '比如' examples; '二、垃圾焚烧发电项目建设滞后' with 湘西州; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t06(),
        anomalies=[
            "Photo caption '▼渗滤液长期积存' kept (R2).",
            "No title line (the copy starts at '一、'): title null (R33); news (R30): kind null; no date, no signature: "
            "issuer and report date null; inspector null (unnamed '督察组', R48); inspected null.",
            "Problems: one per place's sentence (R10 nanmuxuan: the sentence without its leading '在'; R140 and C32 an "
            "exposure round-up of faults), 7 under '垃圾渗滤液积存、直排' (matching '有7个都存在渗滤液问题').",
            "'比如,天津市大韩庄垃圾填埋场…' and '再比如,广西北海市生活垃圾填埋场…' are the same problems as the 天津津南区 "
            "and 广西北海市 sentences (R13, R140 the '例如' case).",
            "Not problems: '9个“垃圾”案例中,有7个都存在渗滤液问题' (a count of cases, C26: no figure), '主要是两大类问题——…' "
            "(kinds, R23), '总之…' (summary).",
            "湘西州: lead-in '在湖南湘西州,督察组指出,' dropped (R92, R140); cut mid-sentence ('导致州内小'), labelled as far "
            "as it goes (R25, C14); category '垃圾焚烧发电项目建设滞后'.",
            "Categories the headings without '一、'/'二、' (R79); seq null; units [] (published cases); status null; "
            "measures 0.",
            "Cut mid-sentence: excerpt true."]),
    "t07": dict(
        excerpt=True,
        genre="2 a 公文 范文 site's copy of a county 爱卫办's 督查情况通报 for a 省级卫生县城 复审 (masked '****年', '**镇'): "
              "'一、工作亮点' (praise), '二、存在的问题' (一)-(五) items each run into its '一是…' findings; cut in (五)",
        kind=None, title="关于迎接新省级卫生县城复审第五次督查情况通报", issuer=None, report_date=None,
        inspection=ins("县爱卫办"), headline=head(), problems=_t07(),
        anomalies=[
            "Site ad ('公文高手,…立即了解') and masks ('****年', '****局', '**镇') kept (R2).",
            "Kind null: a check's results (R29 督查情况通报), no rectification reported.",
            "Title printed twice: the first, '关于迎接新省级卫生县城复审第五次督查情况通报2', without the site's card "
            "number '2' (R35: the first printing, a 范文 card heading); the second printing is split over lines "
            "('…督查情\\n\\n况通报') and lacks '新'. Hesitant.",
            "Issuer null (no signature in the copy; the lead's '县爱卫办牵头' names the checker, R38); inspector '县爱卫办' "
            "(R46), inspected null (several units); '****年6月29日' has a masked year: no dates (R44, R60).",
            "(NEW) Problems: each '(一)…(五)' item of '二、存在的问题' is one problem (R11/R137: a place item of a "
            "创城-type check with its findings; '(一)软件资料' an aspect read the same), titled the whole item since the "
            "heading runs into its findings on one line (R88, C9 SETTLED), final '。' dropped; seq 1-5 (R75), category "
            "'存在的问题' (R79). Hesitant: R138 reads '一是…五是' under a heading as problems (5+1+6+3+4 = 19).",
            "'(三)客运站…' item: its '三是…存在安全隐患;车站食店未取得任何营业证照,…' clause without a number kept inside "
            "the item.",
            "'(五)城区医疗机构' cut at '四是创卫宣传': labelled as far as it goes (R25).",
            "'一、工作亮点' (一)-(三) are praise (R16): not problems.",
            "Units []: the items name check places and aspects (R103); '**商业广场' is masked (C37). Status null, "
            "measures 0, no figure.",
            "Cut mid-item: excerpt true."]),
    "t08": dict(
        excerpt=True,
        genre="2-like one 整改任务 of a 东莞 督察 整改 bulletin (反馈问题, 责任单位, 整改时限, 整改目标, 整改措施; 整改落实情况 "
              "已完成): a glossed traditional copy with GBK mojibake ('?。ㄒ唬┓答亞') on a spam domain; cut",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t08(),
        anomalies=[
            "Glossed traditional copy with mojibake for the bracketed numbers and some heads ('?。ㄒ唬┓答亞?wèn)題' for "
            "'(一)反饋問題', '?zé)任單位', '┱臅r(shí)限') kept (R2); problem fields simplified without glosses (R91, C24).",
            "Kind bulletin: the item reports its rectification ('整改目標完成情況:已完成', '整改措施落實情況', R27, as a "
            "整改结果公示 R157). Title null (the copy starts at '一、整改任務', R33); issuer, report date null (no "
            "signature, no date line; '2020年2月27日' is a 修订 date).",
            "Inspector null ('此次督察', no team named, R48); inspected null ('全省', no body).",
            "One problem (R14 one 整改任务): title the '反饋問題:' value (R89), final '。' dropped; seq null (no number); "
            "category '整改任务', the section label (C17 recommendation, R83).",
            "Units from '責任單位:' (R101): '各园区、镇(街道)党委、政府' kept whole (the shape of the schema's exception "
            "'各县区党委、人民政府…'), then '市生态环境局', '市农业农村局' (split at ',' and '、'). Hesitant.",
            "(NEW) Deadline '2019年6月底,立行立改,持续整改' as written (R106), simplified without its gloss like the other "
            "problem fields (R91/C24 read for the deadline too).",
            "Status done from '整改目標完成情況:已完成' (R93).",
            "Measures 1: the '整改措施' field is one undivided paragraph (R96); the '整改措施落實情況' beside it is a result "
            "(R118), not counted.",
            "No figure: '2.2萬家', '489個' count farms (R68).",
            "Cut mid-title ('…管理指南'): excerpt true."]),
    "t09": dict(
        excerpt=True,
        genre="a 范文 site's county 情况汇报 (speech form, '各位领导,同志们:') on preparing for the central 扫黑除恶 督导组 and "
              "rectifying a 督导组's feedback, masked ('XXX', 'x条'); cut in the in-progress parenthesis",
        kind="bulletin", title="督导组反馈问题整改及扫黑除恶工作开展有关情况汇报", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "Masks ('XXX', 'X月X日', 'x条', 'xxxX') kept (R2).",
            "Kind bulletin: a titled report of the feedback's rectification ('…反馈问题整改…情况汇报', '共性问题完全整改x条、"
            "正在整改x条', R27/R31; a report read at a meeting, as R42's). Hesitant: R30 (speeches → null).",
            "Title as printed (the 范文 card heading, R35); issuer null (masked '我县', no signature).",
            "Inspector null: the 督导组 is masked and printed three ways ('XXX扫黑除恶专项斗争第X督导组', '第xx督导组', "
            "'第五督导组' inside a plan's title; R178, C37's type-word reading). Hesitant. Inspected null ('我县'); "
            "'X月X日' masked: no dates (R44).",
            "Problems []: the 17 共性问题 are not listed; the cut parenthesis '(宣传工作深入不够、创新不足,新组建单位未' names "
            "the in-progress ones in one clause (R19). Hesitant: it would give 2-3 in_progress problems.",
            "'一是加大整改力度,压实工作责任' and the meetings are the county's work, not problems (R111).",
            "Headline null: '17条共性问题' is one part beside the masked 'x条个性问题' with no stated total (R69, C2 not "
            "summed); 'x条整改措施', '完全整改x条' are masked (R68).",
            "Cut mid-parenthesis ('新组建单位未'): excerpt true."]),
    "t10": dict(
        excerpt=False,
        genre="6-like news of a 监察院 糾正 of 國防部 (camp sewage; late replies to 審計部 and 监察院) with spam words spliced "
              "in as lines between clauses ('台中印表機', '徵信社費用'); traditional",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("監察院", "國防部"), headline=head(), problems=_t10(),
        anomalies=[
            "Spam lines spliced between the clauses ('\\n台中印表機\\n,', '新竹泥做', '清潔', '近視改善方法', '台中洗水塔', "
            "'消防器材推薦', '不動產拍賣', '徵信社費用') kept in the text (R2) and out of the titles (R141); titles simplified "
            "(R91).",
            "News (R30): kind null; no title line, no date, no signature: title, issuer, report date null.",
            "Inspector '監察院' as printed (R46), inspected '國防部' (R47); no dates.",
            "(NEW) Two problems, one per paragraph finding (R10; R143 one body's several findings): the camp-sewage "
            "finding after '監察院今天指出,' (R92), and the late replies after '監院說,', whose closing '等均核有失當,因此依法"
            "提案糾正' is dropped (R16, as t03/t04). Hesitant: read as one 糾正案 (t03) it would be one problem.",
            "'惟續處情形則無相關管考機制' kept: R167's '惟' follows progress, here what precedes it is itself the fault.",
            "Seq and category null; unit '国防部', the body the 糾正 is addressed to (R102/R104, C31 side A; hesitant); "
            "status null, measures 0 (R97); '百分之十一點六' a rate, '八個月' a period: no figure (R68).",
            "The item is whole (940 bytes, it ends at '依法提案糾正。,'): excerpt false (R5)."]),
    "t11": dict(
        excerpt=True,
        genre="a county's 巡察整改进展情况 (岳阳县 after a city 机动巡察 of the '洞庭清波' campaign): lead, '一、组织整改落实情况' "
              "(一)-(三), '二、巡察反馈问题整改进展情况' cut at its first category heading",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("市委“洞庭清波”专项行动机动巡察组", "岳阳县", "2020-10-12", "2020-12-04", "2021-05-19"),
        headline=head(16), problems=[],
        anomalies=[
            "Kind bulletin: '现将巡察整改进展情况予以公布' (R27, as the seeds' 巡察整改进展情况的通报).",
            "No title line (the copy starts with the lead): title null (R33); issuer null (no title, no signature; R37/"
            "R38); report date null (no date line; '5月31日' is a meeting).",
            "Inspector '市委“洞庭清波”专项行动机动巡察组' as printed (R46); inspected '岳阳县' as '对岳阳县进行了…巡察' states "
            "it. Hesitant: R47's feedback sentence names '岳阳县委'.",
            "Start 2020-10-12, end 2020-12-04 ('2020年10月12日至12月4日', R50), feedback 2021-05-19 (R55).",
            "problems_total 16 from '紧盯巡察反馈的16个问题' (R62).",
            "Problems []: the copy is cut at the category heading '(一)责任' of '二、巡察反馈问题整改进展情况', before any "
            "problem (R21); '一、组织整改落实情况' (一)-(三) are the county's work, not problems (R111).",
            "Cut mid-heading: excerpt true."]),
}

EXPECTED = {"t01": 0, "t02": 1, "t03": 1, "t04": 3, "t05": 2, "t06": 8, "t07": 5, "t08": 1, "t09": 0, "t10": 2,
            "t11": 0}
MEASURES = {"t08": [1]}  # every other problem 0


def recount(key, text):
    """Independent count by markers in the text (a different route than the extraction above)."""
    if key == "t02":  # distinct named '<place>断面水质问题'
        return len(set(re.findall(r"([\u4e00-\u9fff]{3})断面水质问题", text)))
    if key == "t03":  # 案由 fields
        return text.count("案 由:")
    if key == "t04":  # case numbers '105內正0023'
        return len(re.findall(r"\d{3}內正\d{4}", text))
    if key == "t05":  # '督察发现,' per province
        return text.count("督察发现,")
    if key == "t06":  # sentences opening with '在<place>,' (after a line start or '。')
        return len(re.findall(r"(?:^|。)在[^,。]{2,8},", text, re.M))
    if key == "t07":  # '(N)' items after '二、存在的问题'
        return len(re.findall(r"^\([一二三四五六七八九十]\)", text.split("二、存在的问题")[1], re.M))
    if key == "t08":  # '反饋問題' field labels
        return text.count("wèn)題:")
    if key == "t10":  # paragraphs opening with the 监察院's statement
        return len(re.findall(r"^(?:監察院今天指出|監院說)", text, re.M))
    return 0  # t01 petitions (R17), t09 none listed (R19), t11 cut before the list (R21)


def measure_recount(key, text):
    """Measures by markers: t08's 整改措施 field (between its label and '二、整改落實') has no item markers → 1."""
    if key == "t08":
        field = simp(text)[simp(text).index("以上市开展"):simp(text).index("二、整改落实")]
        items = re.findall(r"[一二三四五六七八九十]是|\(\d\)|(\d)|^\d[.、]", field, re.M)
        return [len(items) or 1]
    return [0] * EXPECTED[key]


def norm(s):
    return re.sub(r"\s+", "", simp(s))


def main():
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 11
    total = 0
    for stem in STEMS:
        d, text = DOCS[stem], T[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[stem] == recount(stem, text), (stem, len(probs), recount(stem, text))
        assert ([p["measure_count"] for p in probs] == MEASURES.get(stem, [0] * EXPECTED[stem])
                == measure_recount(stem, text)), stem
        total += len(probs)
        flat = norm(t10_clean(text) if stem == "t10" else text)
        for p in probs:
            assert p["title"] and norm(p["title"]) in flat, (stem, p["title"])
            assert not p["title"].endswith(("。", ";", ",")), (stem, p["title"])
            assert p["title"] == simp(p["title"]), (stem, "not simplified", p["title"])
            assert not re.search(r"[A-Za-z]|\([a-zāáǎà]", p["title"]), (stem, "gloss or spam in title", p["title"])
            assert not any(s in p["title"] for s in map(simp, T10_SPAM)), (stem, "spam in title")
            assert p["category"] is None or norm(p["category"]) in flat, (stem, p["category"])
            for u in p["responsible_units"]:
                assert norm(u) in flat and u == simp(u), (stem, u)
            assert p["deadline"] is None or norm(p["deadline"]) in flat, (stem, p["deadline"])
        roc = (lambda y, m, dd: (f"{y - 1911}/{m:02d}/{dd:02d}",)) if stem in ("t03", "t04") else None
        check_doc(stem, d, text, report_forms=roc)
        body = truth_body({**d, "url": URLS[stem].strip()})
        write_json(OUT / f"{stem}.truth.json", body)
    assert total == 23, total
    for stem in STEMS:
        j = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
        assert set(j) == {"url", "excerpt", "genre", "kind", "title", "issuer", "report_date", "inspection", "headline",
                          "problems", "anomalies"}
        print(f"{stem}: kind {j['kind']}, {len(j['problems'])} problems, measures "
              f"{[p['measure_count'] for p in j['problems']]}")
        for p in j["problems"]:
            print(f"    {p['seq']} | {p['category']} | {p['title'][:60]} | {p['status']} | {p['responsible_units']} "
                  f"| {p['deadline']}")
    print("total", total)


if __name__ == "__main__":
    main()
