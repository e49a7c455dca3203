"""agree22b: a second, independent labelling of the 10 real texts of blind44 (session 22), written 2026-12-07 by helper
agree22b, who did not open the other labelling (/work/wt/label59, its branch, any blind44 *.truth.json, its generator)
and did not read or run the parser. Schema: /work/shared/corpus/README.md (as shown by the seeds); rules:
tests/importer/real/CONVENTIONS.md R1-R135, C1-C25 (main's copy); form after docs/agreement21/make_second_labelling.py
(head/ins/prob helpers copied here when written; in docs/agreement_kit.py since session 24).

Texts are read from tests/importer/real/blind44/<stem>.txt (as copied from the pages corpus by the first labeller; not
changed, not committed here). "url" from urls.txt ("<stem> <url>" per line). Truths go to blind44/<stem>.truth.json.
Traditional and glossed copies: problem titles, categories and units in simplified characters without pinyin glosses
(R91, opencc t2s); doc fields keep the page's script as printed. Run with an interpreter that has opencc
(/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED / MEASURES tables) and by an independent regex recount
in main() (recount / recount_measures); the two agree.

Per text (kind of issue, problems / measures):
  004km     4-like one-task form: an audit feedback 约谈记录 (traditional, glossed, masked @@/##), 1 problem (the
            '存在的主要問題' field), in_progress (the kindergarten's '正在積極…'), measures 1 (its answer), deadline
            '12月底前', unit the interviewed kindergarten (NEW calls below)
  bandao    5 figures only: a 创城 督察 of 14 schools, '共发现了31个问题,现场整改3条': headline 31/3, []
  feifmx    2-like a 回头看 news item with findings per place (traditional, glossed, cut): 5 problems (the earlier check's
            3 点位 as the text counts them, NEW; two new per-place findings; the shared clause of two bodies not
            labelled, R122); statuses done, done, in_progress, null, null; measures 0
  fjmx      4-like one task shown 整改前/整改后 (a 专项整治 成果展示), 1 problem, done, measures 1 (the 整改后 account),
            unit the school
  hbust     5 feedback news naming aspects only ('在…等方面仍存在差距'), [] (R19)
  iupzkkr   2-like a school's own safety check in news: '但也存在一些问题,如:' seven ';' clauses: 7 problems (R16 xinjr,
            R10), measures 0
  liuzhou   5 feedback news, '发现的主要问题是:' aspects in sentences, [] (R19)
  sixian    2 a 周督导 notice with its attached 问题清单, 4 numbered problems (seq 1-4), measures 0
  www6ccc   4-like one 巡察 finding told as a story (traditional, glossed, cut): 1 problem, done, measures 1, deadline
            '立行立改'
  zhoube    2-like a blog's 'typical case' of a kindergarten: 首先/其次/再者 three faults, three answering fixes, closing
            '问题得到了有效解决': 3 problems, done, measures 1 each (seq null, NEW)
Totals: 10 texts, 22 problems (1+0+5+1+0+7+0+4+1+3, three texts with none); measures 1+1+1+3 = 6 (004km, fjmx, www6ccc,
zhoube), all else 0.

NEW calls (also in each truth's anomalies):
  - 004km: category null for the form's '存在的主要問題' field (R84 field label, not C17's 整改任务/整改问题 label);
    status in_progress from the interviewee's '我園正在積極改善辦園條件,積極申請辦理相關證件' (R93 '正在'); measures 1 for
    that answer (the interviewer's '請你園…' demand is the requirement, R98); deadline '12月底前' from the demand (R106, a
    time limit inside the requirement, without '在'); unit the 被約談人單位 '@@镇##幼儿园' (R102 a field naming the body
    told to rectify, its '園長' post dropped); doc title the two title lines joined with the trailing '/p>' tag dropped
    and the mangled '?dòng)涗?' kept (R32 layout noise, R2).
  - feifmx: the earlier check's first sentence split into the shop and the school gate because the text itself counts
    '上述3個點位' and the 回头看 answers the shop, the gate and the community each; status in_progress for the community
    from '整改情況較好,但還是存在亂搭濫蓋現象' (R93 '仍未'-like); headline null ('3個點位' are places re-checked, R68).
  - sixian: units [] (each item names schools in prose, several per item; no 责任单位 field, R101/R102); deadline null
    ('於10月23日前,將整改情況…發送至教督辦' is a report-by date addressed to the other schools, not a 整改时限);
    feedback_date the notice's date 2023-10-20 (the list handed over that day, R57); title null (the copy starts at the
    salutation; '周督导问题清单' is the attachment's heading, not the document's).
  - iupzkkr: inspector the only name '秦明功' (R46's person; the school is never named).
  - www6ccc: unit '马鹿塘乡党委', the body the 立行立改通知书 ordered (R102/R104; the 乡政府 did the work); measures 1
    for the 工作专班 paragraph (R96), against R132's measures 0 where the copy holds no account of the fix.
  - zhoube: seq null for 首先/其次/再者 (not printed numbers, R78; R76a covers 一是 only); kind null (a blog's case
    story, not a body's report); inspector '教育局'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs: the generators' shared kit
from agreement_kit import between, check_problem, head, ins, norm, prob, read_texts, read_urls, reload_truth, simp, write_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "tests" / "importer" / "real" / "blind44"
OUT = HERE / "blind44"
def clean(s):
    """A title from the text: simplified, glosses removed, trailing '。'/','/';' dropped (R86, R91)."""
    return simp(s).strip().rstrip("。,;")


URLS = read_urls(HERE)
STEMS, T = read_texts(TEXTS)
K = {s.split("_")[0]: s for s in STEMS}


# ---- 004km: the one-task form's '存在的主要問題' field (R14, R89), the kindergarten's answer as its one measure
def _004km():
    t = T[K["004km"]]
    title = clean(between(t, "存在的主要問題\n", "\n"))
    unit = simp(between(t, "被約談人單位、職務(wù)\n", "\n")).replace("园长", "")
    return [prob(None, title, status="in_progress", measures=1, units=[unit.strip()], deadline="12月底前")]


# ---- feifmx: the earlier check's 3 点位 (shop, gate, community) and the two new per-place findings
def _feifmx():
    t = T[K["feifmx"]]
    shop, gate = between(t, "時(shí)發(fā)現(xiàn),,", "。").split(",,", 1)
    community = "江漢區(qū)萬(wàn)松園" + between(t, "。江漢區(qū)萬(wàn)松園", "。")
    site = "江漢區(qū)青年路" + between(t, "。江漢區(qū)青年路", "。")
    bikes = "青年路沿線(xiàn)" + between(t, "。青年路沿線(xiàn)", "。")
    return [prob(None, clean(shop), status="done"),
            prob(None, clean(gate), status="done"),
            prob(None, clean(community), status="in_progress"),
            prob(None, clean(site)),
            prob(None, clean(bikes))]


def _fjmx():
    t = T[K["fjmx"]]
    return [prob(None, clean(between(t, "整改前:\n\n", "\n").strip()), status="done", measures=1, units=["瀚仙中心小学"])]


def _iupzkkr():
    t = T[K["iupzkkr"]]
    clauses = between(t, "但也存在一些问题,如:", "。").split(";")
    return [prob(None, clean(c)) for c in clauses]


def _sixian():
    t = T[K["sixian"]]
    lst = t.split("周督导问题清单\n")[-1]
    items = re.findall(r"^(\d)\.(.+)$", lst, re.M)
    return [prob(int(n), clean(s)) for n, s in items]


def _www6ccc():
    t = T[K["www6ccc"]]
    title = clean(between(t, "該鄉(xiāng)存在", "。"))
    return [prob(None, title, status="done", measures=1, units=["马鹿塘乡党委"], deadline="立行立改")]


def _zhoube():
    t = T[K["zhoube"]]
    part = between(t, "存在多项问题。", "\n")
    clauses = re.split(r"[;。]?(?:首先|其次|再者),", part)
    return [prob(None, clean(c), status="done", measures=1) for c in clauses if c.strip()]


DOCS = {
    K["004km"]: dict(
        excerpt=False,
        genre="4-like a one-task form: a traditional, glossed, masked (@@ / ##) copy of a 约谈记录 under a provincial audit's "
              "feedback on pre-school education: title lines, the form's fields (約談人單位, 約談時間 '2019年6月 日', "
              "被約談人單位, 存在的主要問題, 約談內容 with the demand and the kindergarten's answer), the signature field",
        kind=None, title="2019年省審計(jì)廳學(xué)前教育專項(xiàng)審計(jì)反饋問題整改約談?dòng)涗?", issuer=None,
        report_date=None, inspection=ins("省審計(jì)廳"), headline=head(), problems=_004km(),
        anomalies=[
            "Traditional copy with glyph glosses and masks '@@'/'##' kept (R2); the problem title and unit simplified "
            "without glosses (R91); doc fields in the page's script as printed.",
            "(NEW) Title the two title lines joined (R32), the trailing '/p>' tag dropped as layout noise and the mangled "
            "'?dòng)涗?' (約談記錄 lost in the store) kept as printed; it names the 审计 rectification record (R114-like: "
            "the form's only heading).",
            "Kind null: an interview record reports no rectification done and is no plan (R27/R28, as R113's tracker).",
            "Issuer null: no signature (the '被約談人簽名:' field is empty); the title names the auditor, not the issuer "
            "(R37). Report date null: '2019年6月 日' lost its day (R44/R45: month only).",
            "Inspector '省審計(jì)廳' (the audit that fed back the problem, R46); inspected null ('你校附屬園', unnamed, "
            "R48); no dates (R53).",
            "One problem (R14): title the '存在的主要問題' field '存在无证办园现象' (R89); seq null (R78); (NEW) category null: "
            "the form's field label, not a 整改任务/整改问题 section label (R84, not C17).",
            "(NEW) Status in_progress: the kindergarten's '我園正在積極改善辦園條件,積極申請辦理相關證件' (R93 '正在'); "
            "measures 1: that answer is one undivided account of what it does (R96); the interviewer's '請你園…' is the "
            "requirement (R98).",
            "(NEW) Deadline '12月底前' from '請你園在12月底前及時辦理相關證件' (R106: one limit written inside the "
            "requirement, without '在').",
            "(NEW) Unit '@@镇##幼儿园', the 被約談人單位 field without the post '園長' (R102: the body told to rectify); "
            "the 約談人單位 '@@鎮中心學校' conducts the interview.",
            "Short form ending at its signature field: excerpt false (R5)."]),
    K["bandao"]: dict(
        excerpt=False,
        genre="5 figures only: a city paper's news of a 教育和体育局 创城 '四不两直' 督察 of 14 schools: headline, date "
              "line, reporter, what was checked (a checklist), '共发现了31个问题,现场整改3条,下达整改通知38条'",
        kind=None, title=None, issuer=None, report_date="2022-09-18",
        inspection=ins("市教育和体育局创城工作专班"), headline=head(31, 3), problems=[],
        anomalies=[
            "Headline 31 problems found by the check (R62); done 3 from '现场整改3条' (R71: a check's 当场整改N → done, C16); "
            "'下达整改通知38条' are notices (R68/R72).",
            "No problem is stated: the '是否…' items are the check's checklist (R109/R68): problems [] (R19).",
            "News headline '发现问题立即整改!莱西市对14所学校开展“四不两直”创城督察': title null (R34); kind null (R29/R30); "
            "issuer null; report date the date line '2022-09-18 19:41' (R40).",
            "Inspector '市教育和体育局创城工作专班' as printed (R46); inspected null (14 schools); '日前': no dates (R53).",
            "Short page ending on the figures sentence: excerpt false (R5)."]),
    K["feifmx"]: dict(
        excerpt=True,
        genre="2-like a 回头看 news item with per-place findings: a traditional glossed copy (doubled commas) of a city "
              "paper's '本報訊' on a joint 检查组's 回头看 of 江汉区: the earlier check's findings at a school and a "
              "community, the 回头看's results per point, new findings at two bodies, a site and a road; cut in the demand",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市治庸辦、市文明辦聯(lián)合檢查組", "江漢區(qū)"), headline=head(),
        problems=_feifmx(),
        anomalies=[
            "Traditional copy with glosses and doubled commas (',,', ',、') kept (R2); titles simplified without glosses "
            "(R91), inner punctuation as printed, trailing ',' / '。' dropped (R86).",
            "News (R30): kind, title (copy starts at '本報訊'), issuer and report date null; '1日', '8月8日、23日' have no "
            "year: no dates (R60; a 回头看 is no period either, R53).",
            "Inspector the 回头看's '市治庸辦、市文明辦聯合檢查組' as printed with glosses (R46); inspected '江漢區' as the "
            "lead names it (R47).",
            "(NEW) The earlier check's findings: three problems as the text counts them ('上述3個點位') and the 回头看 "
            "answers them: the shop near 天一街小学, the school gate's road, the 公园社区 (R10 a clause/paragraph per "
            "place); titled from the word after '發現' (R10 nanmuxuan), the community's sentence with its place as "
            "subject.",
            "Status: shop done ('已查封'), gate done ('已按規設定…暢行無堵,整改情況良好'), (NEW) community in_progress "
            "('整改情況較好,但還是存在亂搭濫蓋現象': work not complete, R93). Measures 0: the 回头看's results are the "
            "inspector's verification, no account of actions (R97; '及時開展整改' is general).",
            "New findings: '江漢區青少年宮、…輔導站整體情況較好,但還需…' names two bodies with one shared clause and a "
            "need, no fault: not labelled (R122, R16); the site ('工地圍擋不完整,公益廣告數量沒達標') and the road's bikes "
            "('仍然存在亂停濫放、管理不規範等問題', '等问题' kept, R87) one problem each, status null.",
            "Seq, category null (no numbers, no headings); units [] (places, R103).",
            "(NEW) Headline null: '3個點位' are the points re-checked (R68 places), not the check's total of problems.",
            "Cut mid-word ('要嚴('): excerpt true (R5)."]),
    K["fjmx"]: dict(
        excerpt=False,
        genre="4-like one task shown before and after: a county portal's '专项整治工作成果展示(二)': title, date/source line, "
              "a lead ('目前瀚仙中心小学已完成整改,现将整改情况公布如下'), '整改前:' and '整改后:' paragraphs (photos lost), "
              "footer",
        kind="bulletin", title="明溪县中小学校园食品安全和膳食经费管理突出问题专项整治工作成果展示(二)", issuer=None,
        report_date="2024-07-10", inspection=ins(), headline=head(), problems=_fjmx(),
        anomalies=[
            "Kind bulletin: the page publishes a rectification done ('已完成整改,现将整改情况公布如下', R27 公示); title the "
            "title line naming the 专项整治's results (R32/R34); issuer null ('来源:明溪县教育局' is metadata, R38); report "
            "date the date line '2024-07-10' (R40).",
            "Inspection all null: the 专项整治 is run by '我局' (unnamed in the text, R48).",
            "One problem (R14/R108): the '整改前:' statement of 瀚仙中心小学's canteen; the lead's '发现部分学校食堂环境场所"
            "老旧等问题' is a kind (R19); seq, category null ('整改前' is a field label, R84).",
            "Status done from the lead '目前瀚仙中心小学已完成整改' (R93; R95 says the 整改前/整改后 labels alone say "
            "nothing). Measures 1: the '整改后:' paragraph ('已经安排人员重新刷漆、…已装好防护纱网、…已清洗') is the "
            "item's sole account of what was done (R118, R96).",
            "Unit '瀚仙中心小学', the body said to have fixed the fault (R104).",
            "Reaches the '扫一扫' / '相关链接:' footer: excerpt false (R5)."]),
    K["hbust"]: dict(
        excerpt=False,
        genre="5 feedback news (no figures): a university 纪委 page on a 巡察组's feedback to nine units: praise, "
              "'在贯彻上级决策部署、…等方面仍存在差距', demands, the units' pledge",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("二届党委第三轮巡察组"), headline=head(), problems=[],
        anomalies=[
            "Feedback news naming aspects in one sentence for nine units at once: problems [] (R19); no figures ('3个' are "
            "bodies, R68).",
            "Kind null (C20, R30); no title line, issuer and report date null (R33/R44).",
            "Inspector '二届党委第三轮巡察组' (R46); inspected null (nine units); '近日' no date; '为期六个月的集中整改' is a "
            "rectification period (R53).",
            "The copy ends on the units' pledge, a complete closing sentence under the store's limit: excerpt false (R5)."]),
    K["iupzkkr"]: dict(
        excerpt=False,
        genre="2-like a school's own safety check before New Year told as news: who checked what, '整体情况良好,但也存在"
              "一些问题,如:' seven ';' clauses, the principal's 一是…四是 demands",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("秦明功"), headline=head(), problems=_iupzkkr(),
        anomalies=[
            "Seven problems: the example clauses after '但也存在一些问题,如:' split on ';' (R16 xinjr '但…如…', R10 a ';' "
            "clause); the last clause '教学楼机房空调外机偏低,支架突出,存在安全隐患' whole; seq null, category null "
            "(the lead-in is no heading, C13).",
            "Status null, measures 0: the principal's 一是…四是 are demands, not answers (R98).",
            "(NEW) Inspector '秦明功', the only name (R46 a person; the school is never named); inspected null; '12月31日上午' "
            "is a one-day check with no year in the text: no dates (R60).",
            "News (R30): kind, title (none), issuer, report date null. Ends on the demands' closing sentence: excerpt false."]),
    K["liuzhou"]: dict(
        excerpt=True,
        genre="5 feedback news: a city 纪委 page on a 巡察组's feedback to a school: the meeting, '发现的主要问题是:' "
              "aspects in four sentences, four 意见建议, the 纪委's demands; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第一巡察组", "市第一中学党委", feedback="2025-02-21"), headline=head(), problems=[],
        anomalies=[
            "Feedback news naming the problems as aspects in sentences after '发现的主要问题是:': problems [] (R19); "
            "'四点意见建议' no figure (R68).",
            "Kind null (C20/R30); the copy starts with blank lines and no title: title null (R33); issuer null; no date "
            "line: report date null (R40; the meeting day is the feedback date).",
            "Inspector '市委第一巡察组', inspected '市第一中学党委' as the feedback sentence names it (R46/R47); feedback "
            "date 2025-02-21 (R55); no stationing period printed.",
            "Cut mid-sentence ('切实'): excerpt true (R5)."]),
    K["sixian"]: dict(
        excerpt=False,
        genre="2 a check's problem list under a covering notice: a county 教育督导委员会办公室's 周督导 notice to all "
              "schools (salutation, the check, the request, contact, signature and date) and its attachment '周督导问题清单' "
              "with four numbered items, each a heading run into the schools' faults",
        kind=None, title=None, issuer="泗县人民政府教育督导委员会办公室", report_date="2023-10-20",
        inspection=ins("泗县人民政府教育督导委员会办公室", None, "2023-10-17", "2023-10-18", "2023-10-20"),
        headline=head(), problems=_sixian(),
        anomalies=[
            "A check's results sent for rectification (R29): kind null; (NEW) title null: the copy starts at the "
            "salutation '全县各级各类学校、幼儿园(含民办):' and '周督导问题清单' is the attachment's heading (R33).",
            "Issuer and report date from the signature '泗县人民政府教育督导委员会办公室 / 2023年10月20日' (R37/R40).",
            "Inspector the office that organised the 周督导 (R46); inspected null (several towns and schools); period "
            "'2023年10月17日至18日' (R50); (NEW) feedback date 2023-10-20, the day the list was handed over (R57).",
            "Four numbered items (R8), seq 1-4 (R75); each heading run into its description on one line: the whole "
            "statement (R88, C9), leading number and final '。' dropped (R86); category null ('周督导问题清单' is the "
            "list's title, no section heading, R84).",
            "(NEW) Units []: the items name several schools each in prose, no 责任单位 field (R101/R102).",
            "(NEW) Deadline null: '于10月23日前,将整改情况以电子档形式发送至教督办' is a report-by date addressed to the "
            "other schools, not a 整改时限; '迅速整改' is no deadline (R107). Status null, measures 0 (R95/R97).",
            "Short page ending at the fourth item: excerpt false (R5)."]),
    K["www6ccc"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding told as a story with its outcome first: a traditional glossed copy of a county 巡察 "
              "item: villagers' thanks on the 回访, the round, the finding, the cause, the 立行立改通知书, the 乡's work, "
              "the payment; cut in the last sentence",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("祿勸縣委第一巡察組", "馬鹿塘鄉(xiāng)黨委及所轄10個(gè)村黨組織"), headline=head(),
        problems=_www6ccc(),
        anomalies=[
            "Traditional copy with glosses kept (R2); the problem title and unit simplified without glosses (R91); doc "
            "fields as printed.",
            "One problem (R108, R124): the finding the 巡察组 named, '云龙水库水源区群众生产生活补助未按时兑付的情况' (the "
            "lead-in '巡察组了解到该乡存在' dropped, R92/C22; '的情况' kept like R87's '的问题'); the cause found later "
            "('因农户基础信息不全…') is the same matter (R13).",
            "Status done: the villager's '遲到的水源區補助款鄉政府已經兌付給我們了' and '該筆補助資金820008元已全部兌付' "
            "(R132/R93).",
            "(NEW) Measures 1: the paragraph on the 乡政府's 工作专班 ('重新核實補助對象農戶信息,…逐一電話溝通核實,核準基礎"
            "信息') is one undivided account of the fix (R96, as blind35 dahe), unlike R132's texts cut before any account.",
            "Deadline '立行立改' from the 立行立改通知书 (R106 as written). (NEW) Unit '马鹿塘乡党委', the body the notice "
            "ordered to rectify (R102/R104; the 乡政府 carried it out).",
            "Inspector '祿勸縣委第一巡察組' (R46); inspected the round's object '馬鹿塘鄉黨委及所轄10個村黨組織' (R47); "
            "'今年8月' month only, no year: no dates (R53/R60); '1190戶', '820008元' no figures (R68).",
            "News: kind, title, issuer, report date null (R30/R33). Cut mid-word ('兌付到'): excerpt true."]),
    K["zhoube"]: dict(
        excerpt=False,
        genre="2-like a blog's 'typical case' of a kindergarten's 督导: three faults '首先…;其次…;再者…', three fixes "
              "answering them in the same order, '问题得到了有效解决', a moral",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("教育局"), headline=head(), problems=_zhoube(),
        anomalies=[
            "Three problems: the faults after '首先/其次/再者' (R9/R10 one per item); the place lead-in '某市区内一所幼儿园' "
            "dropped, each clause's '该幼儿园' kept as printed; (NEW) seq null: 首先/其次/再者 print no number (R78; R76a "
            "covers 一是/二是).",
            "Measures 1 each: the second paragraph answers the three in order ('首先,针对安全问题,…;其次,在师资力量方面,"
            "…;最后,在服务质量方面,…'), one undivided clause per problem (R96/R98).",
            "Status done for all: '该幼儿园的问题得到了有效解决' (R94 a closing sentence).",
            "(NEW) Kind null: a blog's anonymous case story, not a body's report or plan (R30); no title line; no issuer, "
            "no date; inspector '教育局' as printed (R46); inspected null (unnamed, R48); units [] (none named).",
            "The page reaches its moral: excerpt false (R5)."]),
}

EXPECTED = {"004km": 1, "bandao": 0, "feifmx": 5, "fjmx": 1, "hbust": 0, "iupzkkr": 7, "liuzhou": 0, "sixian": 4,
            "www6ccc": 1, "zhoube": 3}
MEASURES = {"004km": [1], "fjmx": [1], "www6ccc": [1], "zhoube": [1, 1, 1]}


def recount(key, text):
    """Independent count by markers in the text (a different route than the extraction above)."""
    if key == "iupzkkr":
        return text.split("如:")[1].split("。")[0].count(";") + 1
    if key == "sixian":
        return len(re.findall(r"^\d\.", text.split("附件\n")[-1], re.M))
    if key == "zhoube":
        return len(re.findall(r"(?:首先|其次|再者),该幼儿园", text))
    if key == "feifmx":
        n = re.search(r"上述(\d)個", text)  # the earlier check's points, as the text counts them
        return int(n.group(1)) + len(re.findall(r"(?:圍擋不完整|仍然存在)", text))
    if key in ("004km", "fjmx", "www6ccc"):
        return int(bool(re.search(r"存在的主要問題|整改前:|巡察組了解到", text)))  # one task / one story
    return 0


def recount_measures(key, text):
    if key == "zhoube":
        return [1] * len(re.findall(r"(?:首先|其次|最后),(?:针对|在)", text))
    if key in ("004km", "fjmx", "www6ccc"):
        return [int(bool(re.search(r"我園正在|整改后:|成立工作專", text)))]
    return [0] * EXPECTED[key]


def main():
    OUT.mkdir(exist_ok=True)
    keys = {v: k for k, v in K.items()}
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 10
    total = measures = 0
    for stem in STEMS:
        d, text, key = DOCS[stem], T[stem], keys[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[key] == recount(key, text), (key, len(probs), recount(key, text))
        counts = [p["measure_count"] for p in probs]
        assert counts == MEASURES.get(key, [0] * EXPECTED[key]) == recount_measures(key, text), key
        total += len(probs)
        measures += sum(counts)
        flat = norm(text)
        for p in probs:
            check_problem(key, p, flat, ends=("。", ";", ","))
            assert p["deadline"] is None or norm(p["deadline"]) in flat, (key, p["deadline"])
        squashed = re.sub(r"\s+", "", text)
        for k in ("title", "issuer"):
            assert d[k] is None or re.sub(r"\s+", "", d[k]) in squashed, (key, k)
        for k in ("inspector", "inspected"):
            v = d["inspection"][k]
            assert v is None or v in text, (key, k)
        for k in ("report_date", ):
            if d[k]:
                y, m, dd = d[k].split("-")
                assert d[k] in text or f"{y}年{int(m)}月{int(dd)}日" in text, key
        for k, v in d["headline"].items():
            assert v is None or re.search(rf"(?<!\d){v}(?!\d)", text), (key, k)
        write_truth(OUT, stem, URLS[stem], d)
    assert (total, measures) == (22, 6), (total, measures)
    for stem in STEMS:
        j = reload_truth(OUT, stem)
        print(f"{stem}: {len(j['problems'])} problems, measures {[p['measure_count'] for p in j['problems']]}")
        for p in j["problems"]:
            print("   ", p["seq"], p["status"], p["title"], p["responsible_units"], p["deadline"])
    print("total", total, "measures", measures)


if __name__ == "__main__":
    main()
