"""agree22: a second, independent labelling of the 13 real texts of tests/importer/real/blind45 (session 22), written
2026-12-07 (03:26-03:32 UTC by the machine clock) by helper agree22, who did not open the other labelling
(/work/wt/label60, branch label60, blind45's *.truth.json, tools/make_truths_blind45.py) and did not read or run the
parser. Schema: /work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md R1-R135, C1-C25; form after
docs/agreement21/make_second_labelling.py (the ins/head/prob helpers copied here when written; in docs/agreement_kit.py since session 24).

Texts are read from tests/importer/real/blind45/<stem>.txt (as copied from the pages corpus; not changed); "url" from
urls.txt ("<stem> <url>" per line). Truths go to blind45/<stem>.truth.json beside this file. Traditional and glossed
copies: problem titles, categories and units in simplified characters without pinyin glosses (R91, opencc t2s as
make_truths_blind10.simplified); doc fields keep the page's script. Run with an interpreter that has opencc
(/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables) and by an independent recount by
markers in recount(); main() asserts that the extraction, the table and the recount agree.

Per text (kind of issue 10, problems, measures):
  book118     3-like a doc site's self-check report with 整改措施 (title '医保自查自纠报告及整改措施'), kind plan (R28, as
              blind30 bank): '(一)政策执行层面的偏差与疏漏' items 1. and 2. (2 cut), 2 problems, measures 0 (cut before)
  dayeyun     5 figures only: a gas check's news, '发现隐患71条,现场完成整改14条' → 71/14, []
  jingmen     5 figures only: a 暗查暗访's news, '共查出安全隐患127处' → 127, []
  msgov       5 figures only: a 暗查暗访's news, '发现隐患35处' → 35, []
  ncdzx       2-like news of a notice of 57 typical cases (traditional): two one-body example sentences and a sentence
              naming four bodies' own projects (R12, NEW): 6 problems, no units, cut
  nrgd        2 the notice of 57 typical cases itself: category '…问题(28个)', item 1 run into its description and cut
              in it, 1 problem
  renrendoc   near miss: a 自查自纠整改报告 (bulletin) cut in its '一、自查工作开展情况', before any problem: []
  suzhouaudi  2-like a 暗访 of one firm (traditional, glossed): 1 problem (the body's findings, R12), unit the firm
  tmrb        2-like exposure cards '一、隐患单位名称: / 存在火灾隐患:①…': 2 problems, seq 1/2, units the card's body
  wmxa        2-like news of a site check: '但检查中也发现尚德映巷工地存在…等问题' 1 problem (R16), no unit (a site, R103)
  xyd20i      2-like news of a gas campaign (traditional, glossed): one restaurant's finding, 1 problem, cut
  ychouse     2-like a unit's 作风督查通报: '具体表现为:' three ';' clauses, 3 problems (NEW)
  znzf        2 a county 环境卫生 check 通报: '(一)宁安镇:…' per town under '一、环境卫生保洁情况', 8 problems, cut in 8
Totals: 13 texts, 25 problems (2+6+1+1+2+1+1+3+8 over nine texts, four with none); measures 0 everywhere (no text
answers a problem: orders, penalties and a cut before the 整改措施, R72/R97).

Judgement calls (each also in the truth's anomalies; NEW where I know of no earlier set that made it):
- (NEW) ychouse: a check's summary '个别同志存在纪律松散、责任心不强的问题,具体表现为:' followed by three ';' clauses
  about different people: one problem per clause (R10's ';' clause, R129), the summary no problem of its own (R13's
  heading restated is here a summary restated by its instances); '还有' dropped as a lead-in (R92).
- (NEW) ychouse: the only document name is the bracketed tag '【作风督查通报】' run into the first sentence: a column tag
  (R32), no title line: title null (R33); kind null anyway (a check's results, R29).
- (NEW) znzf: one problem per town paragraph '(一)宁安镇:A;B。根据“考核细则”,乡镇扣N分…' (R10 a paragraph per place, R11
  the place's findings inside one problem), titled by the findings after the label (R89) without the score sentence (a
  deduction, no finding); unit the town (the 通报 is addressed to '各乡镇人民政府' and scores the 乡镇: R102 the body told to
  rectify; R103's places are the villages inside); seq from (一)…(八).
- (NEW) ncdzx: news of a typical-case notice: the two one-body example sentences after '記者發現…觸目驚心。如' are
  problems (R16 the example after 如); the next sentence names four bodies each with its own project ('A違法占地建設X、
  B違法占地建設Y…') and a shared tail '…違法占地挖田造湖造景涉及耕地都在千畝以上': one problem per body (R12: each body's
  own fault named), the tail dropped; not R122, whose bodies share one fault (hesitant: the sentence's point is the
  shared size; R122 would give 2).
- (NEW) tmrb: the card's '一、'/'二、' is its printed number: seq 1/2 (R75); the title is the '存在火灾隐患:' field whole with
  its inner '①…⑥' markers as printed (the field's own enumeration, R11: findings of one problem; only the final '。'
  dropped, R86).
- (NEW) xyd20i: status null though the supplier '已對…夏氏砂鍋…依法停止供氣' (cut at '並指導'): a stop of supply by the gas
  firm is enforcement, not the restaurant's rectification (unlike blind37 nmgfzb's '已自行停业整改' → in_progress).
- (NEW) renrendoc: the 实施方案's dated stages ('全面筛查(3月1日-4月30日)…总结提升(8月1日-8月31日)') are a plan's phases,
  two of them rectification (R53); the stated period '2025年3月至8月' is month-only: start/end null.
- (NEW) msgov, dayeyun: inspector the named body whose staff made the check ('眉山市安监局' for two unnamed 暗查暗访组;
  the three bodies '市燃气管理处、黄石市市场监管局、黄石燃气办' of a joint check whose team is only '检查组'), not null
  (R48's unnamed group has no named body behind it).
- book118: '2026-02-02 发布于四川' is a doc site's upload line: report date null (R44 SETTLED s17, as snippets16
  party_facilities; blind17 hospital read the same kind of line as the page date: the other side, 1 v 1).
- book118: items '1.病种认定…不严。在抽查…' run into their description on one line: the whole statement (R88/C9), item 2
  cut ('…反映出') as far as it goes (R25); kind plan (R28 problems and countermeasures, as blind30 bank '银行自查报告及整改
  措施'; no rectification reported before the cut); self-check body unnamed ('我们'): inspector/inspected null (R48).
- nrgd / ncdzx: '57個…典型案例' counts published cases: no headline (R68, as blind29, blind31 xflgt, blind33, blind38 r119);
  the sum 28+7+7+15 is of the same cases; no unit for a case (no rectifier named, as blind31 xflgt, blind38 r119).
- nrgd: the heading '2020年土地例行督察发现的耕地保护重大问题典型案例' is the notice's own title (R32/R35), kept; kind null
  (findings published, no rectification, R29/R112); category with its count note '(28个)' as printed (C1).
- Hazard counts of a check are problems (C3, majority): dayeyun 71, jingmen 127, msgov 35; dayeyun's '现场完成整改14条' is a
  check's on-the-spot done count (R71, C16) → 14; xyd20i's '300余處' is an approximation (R68).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs: the generators' shared kit
from agreement_kit import CN, GLOSS, between, check_fields, check_problem, head, ins, norm, prob, read_texts, read_urls, reload_truth, simp, write_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "tests" / "importer" / "real" / "blind45"
OUT = HERE / "blind45"
URLS = read_urls(HERE)
STEMS, T = read_texts(TEXTS)
K = {s.split("_")[0]: s for s in STEMS}


# ---- book118: '1.'/'2.' lines under '(一)政策执行层面的偏差与疏漏', each titled whole (R88/C9), '1.' and final '。' dropped
def _book118():
    t = T[K["book118"]]
    cat = "政策执行层面的偏差与疏漏"
    part = t.split("(一)" + cat + "\n")[1]
    out = []
    for m in re.finditer(r"^(\d)\.(.+)$", part, re.M):
        out.append(prob(int(m.group(1)), m.group(2).strip().rstrip("。"), category=cat))
    return out


# ---- ncdzx: the two one-body example sentences after '…觸目驚心。如' (R16 example, R122 the single-body statements) and
# the four bodies of the next sentence, each with its own project (R12), the shared tail '違法占地挖田…千畝以上' dropped
def _ncdzx():
    t = T[K["ncdzx"]]
    para = between(t, "造景問題觸目驚心。", "\n")
    first, second = [s for s in para.split("。") if s.strip()][:2]
    four = between(t, "這一批案例中,", "違法占地挖田造湖造景涉及耕地都在千畝以上").split("、")
    return [prob(None, simp(s)) for s in [first[1:] if first.startswith("如") else first, second] + four]


# ---- nrgd: item '1.' under '一、…问题(28个)', whole as far as the copy goes (R88, R25); category with its count note (C1)
def _nrgd():
    t = T[K["nrgd"]]
    cat = between(t, "\n一、", "\n")
    out = []
    for m in re.finditer(r"^(\d+)\.(.+)$", t.split("\n一、")[1], re.M):
        out.append(prob(int(m.group(1)), m.group(2).strip().rstrip("。"), category=cat))
    return out


# ---- suzhouaudi: the one firm's findings after '暗訪組發現' (R10/R12), unit the firm told '責令其限期整改' (R104)
def _suzhouaudi():
    t = GLOSS.sub("", T[K["suzhouaudi"]])
    return [prob(None, simp(between(t, "暗訪組發現", "。")), units=[simp("東騰蠟業")])]


# ---- tmrb: one problem per card, seq its 一、/二、, title the '存在火灾隐患:' field (R89), unit the card's body (R102)
def _tmrb():
    t = T[K["tmrb"]]
    out = []
    for m in re.finditer(r"^(.)、隐患单位名称:(.+)\n存在火灾隐患:(.+)$", t, re.M):
        out.append(prob(CN[m.group(1)], m.group(3).strip().rstrip("。"), units=[m.group(2).strip()]))
    return out


# ---- wmxa: the clause after '但检查中也发现' (R16, R10), the site a place (R103): no unit
def _wmxa():
    t = T[K["wmxa"]]
    return [prob(None, between(t, "但检查中也发现", "。"))]


# ---- xyd20i: the one restaurant's finding after '發現' (R10), unit the restaurant told to rectify (R104)
def _xyd20i():
    t = GLOSS.sub("", T[K["xyd20i"]])
    return [prob(None, simp(between(t, "排查時,發現", "。")), units=["夏氏砂锅"])]


# ---- ychouse: the three ';' clauses after '具体表现为:' (NEW), the lead-in '还有' dropped (R92)
def _ychouse():
    t = T[K["ychouse"]]
    clauses = between(t, "具体表现为:", "。").split(";")
    return [prob(None, re.sub(r"^还有", "", c.strip())) for c in clauses]


# ---- znzf: one problem per town paragraph '(一)宁安镇:…。根据/按照…扣分' (NEW), category the section heading
def _znzf():
    t = T[K["znzf"]]
    cat = between(t, "\n一、", "\n")
    out = []
    for m in re.finditer(r"^\((.)\)(.+?):(.+?)。(?:按照|根据)", t, re.M):
        out.append(prob(CN[m.group(1)], m.group(3), category=cat, units=[m.group(2)]))
    return out


DOCS = {
    K["book118"]: dict(
        excerpt=True,
        genre="3-like a self-check's problems with 整改措施 to follow: a doc-sharing copy (page counters, '约6.92千字', "
              "'2026-02-02 发布于四川', '举报') of '医保自查自纠报告及整改措施': lead, '一、自查发现的主要问题', "
              "'(一)政策执行层面的偏差与疏漏' items 1. and 2. run into their descriptions; cut in item 2",
        kind="plan", title="医保自查自纠报告及整改措施", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_book118(),
        anomalies=[
            "Doc-site chrome before the title ('- 0', '约 14页', '2026-02-02 发布于四川', '举报') kept (R2).",
            "Kind plan: a report of self-found problems and their 整改措施 with no rectification reported before the cut "
            "(R28, as blind30 bank '银行自查报告及整改措施'); title the heading line (R32/R35); issuer null (no signature, "
            "'我们' unnamed, R37/R48).",
            "Report date null: '2026-02-02 发布于四川' is the doc site's upload line (R44, SETTLED s17; as snippets16 "
            "party_facilities; blind17 hospital read such a line as the page date: the other side, 1 v 1).",
            "Inspector and inspected null: the self-checking body is unnamed ('我们组织专班', R48); '2023年1-12月' is the "
            "span of the records checked, not a check period (R53).",
            "Problems: '1.'/'2.' under '(一)政策执行层面的偏差与疏漏' (category without '(一)', R79); each item's heading "
            "sentence runs into its description on the same line: the whole statement (R88, C9 SETTLED), final '。' "
            "dropped; seq 1/2 (R75).",
            "Item 2 is cut ('…反映出'): labelled as far as the copy goes (R25); measures 0 and status null for both: the "
            "整改措施 part is beyond the cut (R24/R97).",
            "'12例', '5例', '1.2万元', '11例', '3200元' are cases and money: no headline (R68).",
            "Cut mid-sentence: excerpt true (R5)."]),
    K["dayeyun"]: dict(
        excerpt=False,
        genre="5 figures only: a county media centre's news of a joint gas-safety check of township restaurants: "
              "headline, '07-13 09:20' stamp, the check, its tally '检查餐饮店共计30家,发现隐患71条,现场完成整改14条', "
              "editor lines, '相关阅读'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市燃气管理处、黄石市市场监管局、黄石燃气办"), headline=head(71, 14), problems=[],
        anomalies=[
            "News of a check (R29/R30): kind null; '开展燃气安全检查 提高安全防范意识' is a news headline: title null (R34); "
            "'大冶市融媒体中心' is the source: issuer null (R38).",
            "Report date null: '07-13 09:20' has no year (R44); '7月12日' the check day has no year in the text: "
            "start/end "
            "null (R60).",
            "Headline: '发现隐患71条' are hazards found by the check: problems_total 71 (C3, R66); '现场完成整改14条' is the "
            "check's on-the-spot done count: problems_done 14 (R71, C16); '19人', '30家' are people and bodies (R68).",
            "No finding is printed ('对检查中发现的安全隐患当场提出整改意见' names none): problems [] (R19).",
            "(NEW) Inspector the three bodies of the joint check as printed, '市燃气管理处、黄石市市场监管局、黄石燃气办' "
            "(the team is only '检查组'; R46 as printed, hesitant against R48's null for an unnamed group); inspected "
            "null "
            "(restaurants in three towns).",
            "The copy reaches the editor lines and '相关阅读': excerpt false (R5)."]),
    K["jingmen"]: dict(
        excerpt=False,
        genre="5 figures only: a city TV station's news of a safety 暗查暗访: headline, lead, the team and method, '共查出"
              "安全隐患127处', the next step, source/editor lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("安全生产暗查暗访组"), headline=head(127), problems=[],
        anomalies=[
            "News of a check (R29/R30): kind null; '荆门安全生产暗查暗访查出隐患127处' is a news headline: title null "
            "(R34); '来源:荆门广播电视台' is metadata: issuer null (R38); no date anywhere: report date null.",
            "Headline 127: '共查出安全隐患127处' (stated twice) are hazards found by the check: problems_total (C3, R66); "
            "'24家企业' are bodies (R68); no done count ('督促企业抓好整改' is to come).",
            "No finding is printed: problems [] (R19).",
            "Inspector the team as the text names it, '安全生产暗查暗访组' ('荆门市组织了安全生产暗查暗访组', R46); inspected "
            "null (24 firms); '9月11日开始' has no year in the text: start null (R60).",
            "The copy reaches the source and editor lines: excerpt false (R5)."]),
    K["msgov"]: dict(
        excerpt=False,
        genre="5 figures only: a city portal's short news of the 安监局's 暗查暗访 of firms: what was checked and the tally "
              "'检查生产经营单位10家,发现隐患35处'; no title line, no date",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("眉山市安监局"), headline=head(35), problems=[],
        anomalies=[
            "No title line, no date, no signature (the copy starts with '近期,'): title, issuer, report date null "
            "(R33/R44); kind null (news of a check, R29/R30).",
            "Headline 35: '发现隐患35处' are hazards found by the check: problems_total (C3, R66); '10家' and '3家' are "
            "bodies (R68); '均立案查处' is enforcement, no done count (R72).",
            "No finding is printed (the 重点检查 items are a checklist, R109): problems [].",
            "(NEW) Inspector '眉山市安监局', the body whose 执法人员 formed the two unnamed 暗查暗访组 (R46; hesitant against "
            "R48's null for an unnamed group); inspected null; '近期': no dates.",
            "The short page is whole (680 bytes, ends '均立案查处。'): excerpt false (R5)."]),
    K["ncdzx"]: dict(
        excerpt=True,
        genre="2-like news of a ministry's notice of typical cases naming some bodies' faults as examples: a "
              "traditional "
              "copy (no glosses) of a 新华社 dispatch on a Taiwan portal's mobile site: headline, date/source lines, the "
              "57 cases by kind, two one-body examples, a four-body sentence; cut in the next paragraph",
        kind=None, title=None, issuer=None, report_date="2021-06-01",
        inspection=ins("自然資源部"), headline=head(), problems=_ncdzx(),
        anomalies=[
            "Traditional copy kept (R2); problem titles simplified (R91); doc fields in the page's script.",
            "News (R30): kind null; '自然資源部通報57個耕地保護問題典型案例' is a news headline: title null (R34); "
            "'來源:新華社' metadata: issuer null (R38); report date the page's '2021-06-01 09:16:00' (R40, R43: not the "
            "dispatch's '5月31日電').",
            "Headline null: '57個…典型案例' and its parts 28/7/7/15 count published cases (R68, as blind29, blind31 xflgt, "
            "blind38 r119).",
            "(NEW) Problems: the two one-body sentences given as examples after '…觸目驚心。如' (R16's example after 如), "
            "titled whole without '如' (R92) and the final '。'; the next sentence names four bodies, each with its own "
            "project ('…違法占地建設…'), and a shared tail '違法占地挖田造湖造景涉及耕地都在千畝以上': one problem per body "
            "(R12), titled by the body and its project, the tail dropped (not R122: no one fault shared; hesitant, "
            "R122 "
            "would give 2); the lead's kinds of problems are kinds (R19/R23).",
            "Seq and category null (no number, no heading); no unit: a published case names no rectifier (as blind31 "
            "xflgt, blind38 r119); status null, measures 0.",
            "Inspector '自然資源部', the only body the text names behind the '土地例行督察' (R46; hesitant: the 督察 is made "
            "by its 督察机构, unnamed here); inspected null; no period (R53).",
            "Cut mid-sentence ('一些地方黨委、政'): excerpt true."]),
    K["nrgd"]: dict(
        excerpt=True,
        genre="2 a numbered list of cases found by an inspection: a provincial portal's copy of the 自然资源部 notice "
              "'2020年土地例行督察发现的耕地保护重大问题典型案例': breadcrumb, title, time/source line, the 督察's summary, "
              "'一、…问题(28个)' and case 1 run into its description; cut in case 1",
        kind=None, title="2020年土地例行督察发现的耕地保护重大问题典型案例", issuer=None, report_date="2021-06-02",
        inspection=ins("国家自然资源督察机构", "全国31个省(区、市)和新疆生产建设兵团"), headline=head(), problems=_nrgd(),
        anomalies=[
            "Title the notice's heading line (R32/R35: it names the inspection's findings); kind null: findings "
            "published, "
            "no rectification reported (R29/R112); issuer null ('来源:自然资源部门户网站' is metadata, the lead's "
            "'自然资源部决定…公开通报' a lead naming the publisher, R38).",
            "Report date the '时间:2021-06-02 08:58:49' line (R40).",
            "Inspector '国家自然资源督察机构' and inspected '全国31个省(区、市)和新疆生产建设兵团' as the summary names them "
            "(R46/R47); '2020年' is a year only: no start/end (R53).",
            "Headline null: '57个…典型案例' counts published cases (R68, as blind29, blind31 xflgt, blind38 r119); the "
            "heading "
            "note '(28个)' is a part.",
            "Case 1 '1.云南省…违法占地建设青华海湿地公园。2012年至…' runs its heading into its description on one line: the "
            "whole statement (R88, C9), cut at '…住房和城乡建' and labelled as far as it goes (R25); seq 1; category "
            "'违法占用耕地和永久基本农田挖田造湖造景问题(28个)' with its count note as printed (C1, recommendation); no "
            "unit (a case, no rectifier named, as blind31 xflgt); status null, measures 0.",
            "The summary's '有的…;有的…;一些地方…' are kinds, not problems (R19/R23).",
            "Cut mid-word: excerpt true."]),
    K["renrendoc"]: dict(
        excerpt=True,
        genre="near miss: a doc site's copy of a '2025年医保基金管理突出问题自查自纠整改报告' (title run into the lead), cut in "
              "'一、自查工作开展情况' (组织部署, 覆盖范围, 检查方式) before the problems",
        kind="bulletin", title="2025年医保基金管理突出问题自查自纠整改报告", issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "Doc-site chrome ('版权说明:…', '文档简介') kept (R2); the title runs into '根据国家医保局…': split off (R32).",
            "Kind bulletin: the title names a 整改报告 (R31) and the lead reports '整改措施及成效' (R27).",
            "Issuer, inspector, inspected null: '我单位' is unnamed (R48); no date anywhere (R44).",
            "(NEW) Start/end null: the stated period '于2025年3月至8月' is month-only (R53); the dated stages of the "
            "实施方案 ('全面筛查(3月1日-4月30日)…总结提升(8月1日-8月31日)') are a plan's phases, two of them rectification "
            "(R53), not read as the check's span.",
            "Cut before its first problem, in the account of the work: problems [] (R21); '217家', '89家', '2.3万条', "
            "'12类78项规则', '12.7万条', '42.8亿元' are bodies, data, rules of screening and money: no figure (R68).",
            "Cut mid-word ('药品进'): excerpt true."]),
    K["suzhouaudi"]: dict(
        excerpt=False,
        genre="2-like one body's findings from a check told as news: a glossed traditional copy on a spam site (header "
              "'廣西日報傳媒集團主辦', adult spam footer) of a 浙江在线 item: the provincial 安委會暗訪組 at a wax firm, its "
              "hazards, an expert's view, the order to rectify",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("浙江省安委會暗訪組", "東騰蠟業"), headline=head(), problems=_suzhouaudi(),
        anomalies=[
            "Traditional copy with glosses ('生產(chǎn)', '發(fā)現(xiàn)') and spam header/footer kept (R2); the "
            "problem title "
            "and unit simplified without glosses (R91); doc fields in the page's script.",
            "News of a check (R29/R30): kind null; '暗訪“摸瞎生產(chǎn)”的蠟業(yè)公司 安全隱患不止一處' is a news "
            "headline: title null (R34); '9月23日訊' has no year in the text (the url's date is not text): report date "
            "and "
            "dates null (R60).",
            "One problem: the one body's findings, one sentence of ';' clauses (R12 one per body, not per hazard), "
            "titled "
            "from the word after '發現' (R10 nanmuxuan) to its '。', '這里' kept as printed; the expert's view after it "
            "dropped (R92).",
            "Unit '东腾蜡业', the firm ordered '責令其限期整改' (R102/R104); status null and deadline null: an order with no "
            "time limit (R72, R107); measures 0 (R97).",
            "Inspector '浙江省安委會暗訪組' (R46); inspected '東騰蠟業', the firm the 暗訪 checked (R47).",
            "The article ends before the page's '掃一掃…', related links and spam footer: excerpt false (R5)."]),
    K["tmrb"]: dict(
        excerpt=False,
        genre="2-like several bodies' problems on labelled cards: a city paper's e-edition page (menus, '发布日期: "
              "2023年05月19日', headline, '文章字数') of a 消防救援大队's exposure: two cards '一、隐患单位名称:… / 存在火灾"
              "隐患:①…⑥', a reminder, the paper's footer",
        kind=None, title=None, issuer=None, report_date="2023-05-19",
        inspection=ins("天门市消防救援大队"), headline=head(), problems=_tmrb(),
        anomalies=[
            "An exposure (R29): kind null; '隐患曝光! 天门这些单位存在消防安全隐患' is a news headline: title null (R34); "
            "issuer null; report date the e-edition's '发布日期: 2023年05月19日' (R40).",
            "One problem per card (R10); (NEW) seq the card's printed '一、'/'二、' (R75); title the '存在火灾隐患:' field "
            "whole with its '①…⑥' markers as printed (the card's findings of one problem, R11), final '。' dropped "
            "(R86).",
            "Units the card's '隐患单位名称' (R102): '天门市横林福利院', '天门市石家河镇卫生院'; category null; status null, "
            "measures 0 (an exposure reports no rectification, R95/R97).",
            "Inspector '天门市消防救援大队' (R46); inspected null (two bodies); '近日': no dates.",
            "The copy reaches the paper's footer: excerpt false (R5)."]),
    K["wmxa"]: dict(
        excerpt=False,
        genre="2-like one finding of a check in news prose: a district news item (no title line) on a city 督导组's and "
              "the 区建住局's site checks, '总体情况良好,但检查中也发现尚德映巷工地存在…等问题', the yellow card; a list of "
              "other articles' stamps",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区建住局"), headline=head(), problems=_wmxa(),
        anomalies=[
            "No title line (the copy starts '5月16日,'); kind null (news of a check, R29/R30); no year in the article: "
            "the "
            "'2017-05-18 17:26阅读' lines are other articles' stamps, not this page's date line: report date null "
            "(R40/R60).",
            "The 督导组's check of four sites is praise (R16): no problem; the 区建住局's check: one problem, the clause "
            "after "
            "'但' titled from the word after '发现' (R16, R10), closing '等问题' kept (R87).",
            "No unit: '尚德映巷工地' is a site (R103); status null ('挂黄牌责令整改' is an order, R72); measures 0 "
            "('当即下发扬尘污染整改通知单' is the inspector's act, R97); seq and category null.",
            "Inspector '区建住局', whose check found the problem (R46); inspected null (8 sites); the check came '随后': no "
            "date of its own, and '5月16日' has no year (R60).",
            "The article is whole, followed by the stamp list: excerpt false (R5)."]),
    K["xyd20i"]: dict(
        excerpt=True,
        genre="2-like one body's finding inside campaign news: a glossed traditional copy on a spam site (adult spam "
              "header) of a 荊楚網 item: the trigger, the city's 排查整治 launch, one restaurant's hazards and the order, "
              "the campaign's tally, three restaurants' gas cut; cut",
        kind=None, title=None, issuer=None, report_date="2021-10-26",
        inspection=ins("武漢市城管委", None, "2021-10-22"), headline=head(), problems=_xyd20i(),
        anomalies=[
            "Traditional copy with glosses and spam header kept (R2); the problem simplified without glosses (R91).",
            "News (R30): kind null; the headline is a news headline: title null (R34); report date the date line "
            "'2021-10-26 09:12:55' under it (R40).",
            "One problem: the one restaurant's hazards after '發現' (R10 nanmuxuan, R12), '其' kept as printed; unit "
            "'夏氏砂锅', the restaurant to be guided '進行全面整改' (R104); seq and category null.",
            "Measures 0: '下達整改通知單,要求…指導問題餐館進行全面整改' is the inspector's order (R72/R97). (NEW) Status null "
            "though the supplier '已對…夏氏砂鍋…依法停止供氣' (cut at '並指導'): enforcement by the gas firm, not the "
            "restaurant's rectification (unlike blind37 nmgfzb's '已自行停业整改').",
            "The two other restaurants named only as cut off ('老漢口民生美食集市、硚口區美食宮') have no finding of their "
            "own: no problem (R126).",
            "Headline null: '300余處' hazards is an approximation; '500余人次', '2000余家', '180余份' likewise (R68).",
            "Inspector '武漢市城管委', which launched the campaign (R46); inspected null; start '10月22日' the launch day "
            "(R52), year from the page date (R58); no end ('截止10月25日' is a tally date). Hesitant: the campaign is a "
            "排查整治 rather than an inspection.",
            "Cut mid-sentence ('並指導'): excerpt true."]),
    K["ychouse"]: dict(
        excerpt=False,
        genre="2-like a body's check of its own staff: a housing portal's '【作风督查通报】' of '我单位''s 作风专项督查: method, "
              "checklist, the praise, '但也发现…具体表现为:' three ';' clauses, the talks held, the next step",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_ychouse(),
        anomalies=[
            "A check's results (R29): kind null. (NEW) '【作风督查通报】' run into the first sentence is a bracketed tag "
            "(R32's column tag), no title line: title null (R33).",
            "Issuer, inspector, inspected null: '我单位' is unnamed (R48); no date (R44); '近期': no period.",
            "The checked '一是…四是' are a checklist (是否…), not findings (R109).",
            "(NEW) Problems: the three ';' clauses after '个别同志存在纪律松散、责任心不强的问题,具体表现为:', each about "
            "different people (R10 ';' clause, R129); the summary before '具体表现为' is no problem of its own (R13); "
            "'还有' dropped from the third (R92); final '。' dropped; seq and category null (C13: the lead-in is no "
            "heading).",
            "Status null and measures 0: '已对相关责任人进行了提醒谈话,并要求其限期整改' answers all three together with "
            "talks and an order (R72, R98 general); no deadline (R107).",
            "The page is whole (1,714 bytes, closing paragraph): excerpt false (R5)."]),
    K["znzf"]: dict(
        excerpt=True,
        genre="2 a check's findings per body: a county portal's 通报 to '各乡镇人民政府' of the 住建局/农业农村局 check of 12 "
              "towns' 环境综合整治, '一、环境卫生保洁情况' with '(一)宁安镇:…。根据“考核细则”,乡镇扣N分,保洁公司扣N分。' per "
              "town; cut in the eighth town's score",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县住房和城乡建设局", "白马乡等12个乡(镇)", "2020-07-27", "2020-07-29"), headline=head(),
        problems=_znzf(),
        anomalies=[
            "No title line (the copy starts at the addressee '各乡镇人民政府:'): title null (R33); kind null (a check's "
            "results, R29); no signature or date in the copy: issuer and report date null.",
            "Inspection '2020年7月27日-29日' → start 2020-07-27, end 2020-07-29 (R50); inspector '县住房和城乡建设局', the "
            "first of the two checking bodies ('联合县农业农村局'; hesitant: both); inspected '白马乡等12个乡(镇)' as the "
            "sentence names them (R47).",
            "(NEW) One problem per town paragraph (R10 a paragraph per place; R11 its findings inside one problem), "
            "titled "
            "by the findings after '<town>:' (R89) without the score sentence '根据“考核细则”,乡镇扣N分,保洁公司扣N分' "
            "('按照…' in (一)), a deduction, no finding; final '。' dropped; seq (一)…(八) → 1…8 (R75); category "
            "'环境卫生保洁情况' (R79).",
            "(NEW) Unit the town ('宁安镇' …): the 通报 is addressed to '各乡镇人民政府' and scores the 乡镇 (R102 the body "
            "told to rectify); the villages and spots inside are places (R103); the unnamed 保洁公司 is no unit.",
            "Status null, measures 0 (a check's findings with scores, no rectification, R95/R97); '12个乡(镇)' are "
            "bodies (R68): no headline.",
            "Cut in town 8's score ('保洁公司扣…' → '保'), its findings complete; towns 9-12 and any later sections are "
            "beyond the cut: excerpt true (R5)."]),
}

EXPECTED = {"book118": 2, "dayeyun": 0, "jingmen": 0, "msgov": 0, "ncdzx": 6, "nrgd": 1, "renrendoc": 0,
            "suzhouaudi": 1, "tmrb": 2, "wmxa": 1, "xyd20i": 1, "ychouse": 3, "znzf": 8}
MEASURES = {}  # every problem 0


def recount(key, text):
    """Independent count by markers in the text (a different route than the extraction above)."""
    if key == "book118":
        return len(re.findall(r"^\d\.", text.split("一、自查发现的主要问题")[1], re.M))
    if key == "nrgd":
        return len(re.findall(r"^\d+\.\S", text, re.M))
    if key == "ncdzx":  # bodies named at fault: a body's name ending run into '未經批準' or '違法占地'
        return len(re.findall(r"(?:局|處|委員會|公司)(?:未經批準|違法占地)", text))
    if key == "tmrb":
        return text.count("隐患单位名称:")
    if key == "znzf":
        return len(re.findall(r"乡镇扣[\d.]+分", text))
    if key == "ychouse":
        return text.split("具体表现为:")[1].split("。")[0].count(";") + 1
    if key == "wmxa":
        return len(re.findall(r"但[^。]*发现", text))
    if key in ("suzhouaudi", "xyd20i"):
        return len(re.findall(r"發現這|發現其", GLOSS.sub("", text)))
    return 0


def main():
    OUT.mkdir(exist_ok=True)
    keys = {v: k for k, v in K.items()}
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 13
    total = 0
    for stem in STEMS:
        d, text, key = DOCS[stem], T[stem], keys[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[key] == recount(key, text), (key, len(probs), recount(key, text))
        assert [p["measure_count"] for p in probs] == MEASURES.get(key, [0] * EXPECTED[key]), key
        total += len(probs)
        flat = norm(text)
        for p in probs:
            check_problem(key, p, flat)
        check_fields(key, d, text)
        write_truth(OUT, stem, URLS[stem].strip(), d)
    assert total == 25, total
    # reload check
    for stem in STEMS:
        j = reload_truth(OUT, stem)
        print(f"{stem}: {len(j['problems'])} problems, measures {[p['measure_count'] for p in j['problems']]}")
    print("total", total)


if __name__ == "__main__":
    main()
