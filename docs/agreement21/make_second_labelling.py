"""agree21: a second, independent labelling of the 14 real texts in texts/ (session 21), written 2026-12-07 by helper
agree21, who did not open the other labelling (/work/wt/label56/, tests/importer/real/blind41/) and did not read or run the
parser. Schema: /work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md R1-R121, C1-C21; form after
tools/make_truths_blind39.py (head/ins/prob helpers copied here when written; in docs/agreement_kit.py since session 24).

Texts are read from texts/<stem>.txt (as copied from the pages corpus; not changed). "url" from urls.txt (sorted-stem
order). Truths go to truths/<stem>.truth.json. Traditional and glossed copies: problem titles and categories in simplified
characters without pinyin glosses (R91, opencc t2s as make_truths_blind10.simplified); run with an interpreter that has
opencc (/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED table) and by an independent regex recount in
main() (recount / recount_measures); the two agree.

Per text (kind of issue 10, problems):
  czhebei        2-like exposure cards, 3 problems (one per unit card, R10), measures 0
  daumloan       2-like a masked 督查通报 with per-body prose; 3 problems (the '但…' clause of each body, R16/R12), cut
  dazhengkuaiji  4-like a 巡察 story (traditional), 1 problem (R108 / blind35 dahe), cut
  jcfzw          5 figures only: 2770 problems found, [] (the opening canal question states no finding: NEW)
  jjfz           4-like a 巡察 story, 1 problem (the 巡察组's finding), done ('已追回'), cut
  jwfz_gaotang   4-like a 巡察 story, 1 problem, no status (cut before the outcome)
  jwfz_lincang   4-like a 巡察 story, 1 problem, done ('及时解决了垃圾处理问题'), cut in the general part
  nodetpl        near miss: a 巡察整改 调度 meeting note (traditional), []
  sf850          2-like two 督查组 headings, one firm finding each (traditional): 2 problems (category the group: NEW)
  shifen         near miss: exposure naming units by colour class with no finding per unit: [] (NEW, R109-like)
  snshr          4 a quoted 交办 item (glossed), 1 problem, measures 1, status null, cut
  veladacinema   2-like exposure cards, 4 problems, all done (closing sentence, R94)
  ycq            near miss: a fire brigade's one-day check with no finding printed: []
  ynjjjc         4-like a 巡察 story, 1 problem, done (the villager's sentence on the 回访: NEW), cut
Totals: 14 texts, 18 problems (3+3+1+1+1+1+2+1+4+1 over ten texts, four with none); measures 1 (snshr), all else 0.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs: the generators' shared kit
from agreement_kit import between, check_fields, check_problem, head, ins, norm, prob, read_texts, reload_truth, simp, write_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTS = HERE.parents[1] / "tests" / "importer" / "real" / "blind41"  # in the project: the held-out set's own texts (identical copies)
OUT = HERE / "blind41"
STEMS, T = read_texts(TEXTS)
URLS = dict(zip(STEMS, [u.strip() for u in (HERE / "urls.txt").read_text(encoding="utf-8").splitlines() if u.strip()]))
K = {s.split("_")[0] + ("_" + s.split("_")[1] if s.startswith("jwfz") else ""): s for s in STEMS}


# ---- czhebei: one problem per '隐患单位名称:' card (R10), title the '存在的火灾隐患:' field joined (R89), unit the name (R102)
def _czhebei():
    t = T[K["czhebei"]]
    out = []
    for blk in t.split("隐患单位名称:")[1:]:
        unit = blk.split("\n")[0].strip()
        field = blk.split("存在的火灾隐患:")[1].split("关键词:")[0]
        title = "".join(x.strip() for x in field.splitlines()).rstrip("。")
        out.append(prob(None, title, units=[unit]))
    return out


# ---- daumloan: under '1、乡镇和街道:' each body's '…,但对…' clause (R16) is one problem of that body (R12); unit the body
def _daumloan():
    t = T[K["daumloan"]]
    part = t.split("二、 本次督查情况如下:")[1]
    out = []
    for body in ("红果子镇", "中街办事处", "南街办事处"):
        seg = part.split(";" + body + "组织")[1].split(";")[0]
        out.append(prob(None, seg.split(",但", 1)[1].rstrip("。"), category="乡镇和街道", units=[body]))
    return out


# ---- story pages: one problem each (R108, blind35 dahe / spocapp, blind24 malipo)
def _dazheng():
    t = T[K["dazhengkuaiji"]]
    return [prob(None, simp(between(t, "核查財務賬目,發現", "。")), status="done")]


def _jjfz():
    t = T[K["jjfz"]]
    return [prob(None, between(t, "巡察组了解到", "的事实"), status="done")]


def _gaotang():
    t = T[K["jwfz_gaotang"]]
    s = "隋庄村、盐场村等5个村的村干部"
    return [prob(None, s + between(t, s, ",很多村民"))]


def _lincang():
    t = T[K["jwfz_lincang"]]
    return [prob(None, between(t, "“", ",这种事情你们管不管"), status="done")]


def _sf850():
    t = T[K["sf850"]]
    out = []
    for grp, firm in (("北京市督查組", "北京時尚印佳彩色印刷有限公司"), ("天津市督查組", "東龍日盛門窗廠")):
        seg = t.split(grp + "\n")[1]
        out.append(prob(None, simp(between(seg, "現場檢查時發現,", "。")), category=simp(grp), units=[simp(firm)]))
    return out


def _snshr():
    t = T[K["snshr"]]
    return [prob(None, simp(between(t, "第一批交办事项指出,", "。")), measures=1)]


def _velada():
    t = T[K["veladacinema"]]
    units = re.findall(r"^场所名称:(.+)$", t, re.M)
    titles = re.findall(r"^隐患情况:(.+)$", t, re.M)
    return [prob(None, ti.strip().rstrip("。"), status="done", units=[u.strip()]) for u, ti in zip(units, titles)]


def _ynjjjc():
    t = T[K["ynjjjc"]]
    return [prob(None, between(t, "大爷道出了心中的苦恼:“", "”").rstrip("。"), status="done")]


DOCS = {
    K["czhebei"]: dict(
        excerpt=False,
        genre="2-like several bodies' problems on labelled cards: a provincial news site's copy of a city 消防救援支队 火灾隐患 "
              "曝光 (site chrome, headline, source/author/date line, lead), three cards '隐患单位名称: / 地址: / 存在的火灾隐患:', "
              "keyword and editor footer",
        kind=None, title=None, issuer=None, report_date="2023-02-22",
        inspection=ins("沧州市消防救援支队"), headline=head(), problems=_czhebei(),
        anomalies=[
            "A check's exposure (R29): kind null; '消防安全无小事 这些单位存在火灾隐患' is a news headline: title null (R34, C7); "
            "issuer null (R38: '来源: 长城网' is metadata).",
            "Report date the date line '2023-02-22 14:50:38' under the headline (R40).",
            "Inspector '沧州市消防救援支队', the body the lead names for the exposure (as blind39 meishi); inspected null (three "
            "bodies); no dates of the checks.",
            "One problem per card (R10); title the '存在的火灾隐患:' field, card 2's two lines '1、…;' / '2、…' joined without "
            "the line break and indent (R89, as blind39 meishi), final '。' dropped (R86); card 1's subject '该单位' kept as "
            "printed; seq null (no number, R78); category null; unit the card's '隐患单位名称' (R102), card 3's "
            "'沧州市东光县东升骏景小区' included (NEW, as veladacinema: the card names it as the 隐患单位 though R103 calls a "
            "小区 a place); the '地址' is a place (R103).",
            "Status null and measures 0: an exposure reports no rectification (R95/R97).",
            "The copy reaches the keyword/editor footer: excerpt false (R5)."]),
    K["daumloan"]: dict(
        excerpt=True,
        genre="2-like findings of a check in per-body prose: a doc-sharing copy, run together on one line, of a masked "
              "('20XX年', '**区') 城市管理工作督查通报: title run into the lead, '一、' bodies praised for rectifying the "
              "last 通报's problems, '二、本次督查情况如下:1、乡镇和街道:' with each body's work and a '但对…' shortcoming; cut "
              "in the fifth body",
        kind=None, title="20XX年城市管理工作督查通报", issuer=None, report_date=None,
        inspection=ins("**区城市管理综合执法局"), headline=head(), problems=_daumloan(),
        anomalies=[
            "A check's results (R29): kind null; title the line's document name '20XX年城市管理工作督查通报', split from the "
            "run-on lead '2月2日,…' (R32), masked year kept (R2); issuer null (no signature; the lead's checking body is the "
            "inspector, R37/R38).",
            "Dates: '2月2日' with a masked year '20XX' and no other year: start/end null (R44/R60); report date null.",
            "Inspector '**区城市管理综合执法局' (it organised the check, R46, mask kept); inspected null (the district's units).",
            "Section '一、' lists bodies whose rectification of the 第二期 通报's problems was effective: praise, no problems "
            "(R16).",
            "Under '1、乡镇和街道:' each body's sentence praises its clean-up and then names a shortcoming after '但': one "
            "problem per body (R16 the clause after 但; R12 one per body): 红果子镇, 中街办事处, 南街办事处; title the clause "
            "after '但' ('对…清理不及时'), the body's praise dropped (R92); 园艺镇 and the lead's praised offices have no '但' "
            "clause; 育才办事处 is cut ('对庆安') before any shortcoming: no problem.",
            "Category '乡镇和街道' (the run-in heading '1、乡镇和街道:', R82); seq null (the '1、' numbers the heading, as "
            "blind39 wenmijiayuan); unit the body (as blind17 lingao, R102); status null, measures 0 (R95/R97).",
            "Figures ('130余人', '600余方', '30余处') are people, volumes and approximations: no headline (R68).",
            "Cut mid-sentence: excerpt true (R5)."]),
    K["dazhengkuaiji"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding told as a story: a traditional copy (no glosses) of a district 纪检 site's item with an "
              "empty '發布時間:' run into a villager's quote, background, the 巡察组's finding ('…發現…17.89萬元仍留存于村基本戶"
              "中,至今未發放至村民手中'), the inquiry; cut in the inquiry",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("龍湖區委第四巡察組", "外砂街道及轄下各村黨組織"), headline=head(), problems=_dazheng(),
        anomalies=[
            "Traditional copy without glosses kept (R2); the problem title in simplified characters (R91); doc fields in the "
            "page's script.",
            "News: kind null (R30); no title line ('發布時間:' is empty and run into the text): title and report date null "
            "(R33/R44).",
            "One problem, the finding the 巡察组 made by '翻閱文件資料,核查財務賬目' (R108, blind35 dahe): titled from the word "
            "after '發現' (R10 nanmuxuan, R92), the place '外砂街道五香溪村' kept as the subject of the statement; '17.89萬元' is "
            "money, no figure (R68).",
            "(NEW) Status done from the villager's opening sentence '…這兩筆錢才能回到我們手中,這下我們就安心了': the text's "
            "only statement that the money was paid out (hesitant: a quote, not an official done word; blind35 spocapp gave "
            "null to a villager's '變干凈了').",
            "Measures 0: what the store holds after the finding is the 巡察组's inquiry ('進行談話了解'), the inspector's act, "
            "cut before any account of the rectification (R97, R25).",
            "Inspector '龍湖區委第四巡察組' (first named form, R46); inspected as the text names the object of the 巡察 "
            "'外砂街道及轄下各村黨組織' (R47); '2021年' is when the villagers met: no dates (R53).",
            "Cut mid-sentence ('青苗補償費及種'): excerpt true."]),
    K["jcfzw"]: dict(
        excerpt=True,
        genre="5 figures only: a 纪检 site's feature on a county's '住村夜巡' 巡察 mode, opening with a 回头看 phone exchange "
              "about a village canal, then the method and a tally ('累计发现村级组织存在问题2770个,移交问题线索129条', '136件…"
              "重点问题得到有效解决'); cut in the closing quote",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("开化县委第八轮第五巡察组"), headline=head(2770), problems=[],
        anomalies=[
            "Headline 2770: '截至目前,累计发现村级组织存在问题2770个' are problems found by the county's 巡察 (the subject's "
            "own inspections' tally, C5 majority, R62); '129条' clues are no figure (R68).",
            "'136件群众关心的重点问题得到有效解决' is another set (problems raised at the 问询质询会, counted in 件), not a "
            "done count of the 2770 (R116's reading of a second set): problems_done null.",
            "(NEW) The opening exchange ('村里的水渠后来有修缮吗?' / '在枯水期的时候修缮的') names no finding, only a repair "
            "asked about in a 回头看: no problem (R108 needs a named problem; R19 for the rest): problems [].",
            "Inspector the one team the text names, '开化县委第八轮第五巡察组' (R46; hesitant: the tally is the county's "
            "巡察机构's, unnamed); inspected null; the 回头看 is a recheck, no dates (R53); kind and title null (news, "
            "R30/R34); no date.",
            "Cut in the closing quote ('整改“'): excerpt true."]),
    K["jjfz"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding told as a story with its outcome: a 纪检 site's feature on a county's '院坝夜话': the "
              "group reports at a courtyard meeting that a misappropriated 退耕还林 subsidy was recovered, the finding, the "
              "method and figures of the round; cut in the method",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县委第四巡察组"), headline=head(), problems=_jjfz(),
        anomalies=[
            "One problem (R108, blind35 dahe): the finding the 巡察组 established, '巡察组了解到…的事实' with the lead-in and "
            "the wrapper '的事实' dropped (R92/R86); the villagers' report '该村组退耕还林补助金集体部分去向不明的问题' is the "
            "same matter, hearsay before the check (R13: one problem).",
            "Status done: the group's '退耕还林补助金集体部分已追回' (R93). Measures 0: a bare result with no account of "
            "actions (as blind36 kmsm's sign-off sentence; hesitant against R118's result-as-sole-account = 1).",
            "Inspector '县委第四巡察组' as printed (R46; the county '威信县' in '威信县委巡察办'); inspected null (the 巡察 "
            "covered 8 villages; '寒坡村民小组' is a place, R48/R103); '8个村', '17场次', '8.9亩', '4758元' are no figures "
            "(R68); '夏末秋初' no date.",
            "Kind and title null (news, R30/R33); cut mid-sentence ('以“一问题一清单'): excerpt true."]),
    K["jwfz_gaotang"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding told as a story: a 纪检 site copy (site chrome, headline, bulleted time/source/author) "
              "of a county 巡察组's talk with a villager about an unrefunded fee and the group's finding; cut after the "
              "finding, before any outcome",
        kind=None, title=None, issuer=None, report_date="2023-12-28",
        inspection=ins("县委第三巡察组"), headline=head(), problems=_gaotang(),
        anomalies=[
            "'高唐县:迟迟未退的自筹款' is a news headline: title null (R34); kind null (news, R30); report date the '时间:"
            "2023-12-28' line (R40); '文章来源' is metadata (R38).",
            "One problem (R108, blind35 dahe): the cause the 巡察组 found ('查清了事情原委。原来,…'), titled by the sentence "
            "'隋庄村、盐场村等5个村的村干部认为钱少户多手续麻烦,既没有及时为村民办理退款手续,也没有向村民公开该笔费用'; the "
            "background (the project side's over-charge, already refunded to the village account) and the consequence "
            "'很多村民对此事并不知情' dropped (R92). Hesitant: the title could start at the background sentence.",
            "Status null and measures 0: cut before any outcome (R95/R97/R25).",
            "Inspector '县委第三巡察组' (R46); inspected null (the village is where the group sat; not named as the inspected "
            "body); '2019年' and '近日' are no period (R53); '3万余元' money (R68).",
            "The copy stops after the finding's paragraph with a blank run at the store's ~2,000 bytes: excerpt true (R5)."]),
    K["jwfz_lincang"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding fixed on the spot, then a general feature: a 纪检 site item on a city's 村级巡察: a "
              "villager's complaint of an uncleared garbage pit, the group's check and handover ('及时解决了垃圾处理问题'), the "
              "method and checklist questions; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("临沧市委第一巡察组"), headline=head(), problems=_lincang(),
        anomalies=[
            "One problem (R108, blind35 spocapp): the villager's complaint that the group checked on site, titled by its "
            "statement '原先的垃圾池无人清理,大家都往山上丢,一到热天臭气熏天' (the question '这种事情你们管不管?' dropped, R92).",
            "Status done: '及时解决了垃圾处理问题' (R93). Measures 0: '交由村组干部进行督办' is the inspector's handover (as "
            "blind17 lingao's notice), no account of the fix (hesitant: blind35 dahe counted a repair paragraph 1).",
            "The questions '村集体资产处置管理是否规范?' etc. are checklist items, not findings (R109/R68).",
            "Inspector '临沧市委第一巡察组' (R46); inspected null ('千家寨' is a place, R103); '前不久', '今年以来': no dates; "
            "kind and title null (news).",
            "Ends mid-sentence without '。' ('实现巡察质量大提升') at the store's ~2,000 bytes: excerpt true."]),
    K["nodetpl"]: dict(
        excerpt=False,
        genre="near miss: a traditional copy of a 开发区's 巡察整改工作调度推进会 meeting note: who chaired, the speech's "
              "demands, attendees, byline; no problem, no figure",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第一聯動巡察組", "經開區"), headline=head(), problems=[],
        anomalies=[
            "Meeting news (R30): kind null, no title line, problems [] (the demands '條條有整改、事事有回應' are no findings).",
            "Inspector '市委第一聯動巡察組' and inspected '經開區' as the phrase '市委第一聯動巡察組巡察經開區' names them "
            "(R46/R47), page script kept (R91 doc fields); hesitant between '經開區' and '滁州經開區' (the body's full name "
            "in '滁州經開區黨工委').",
            "'1月5日下午' is a meeting, no date (R53); no year in the text: report date null (R60).",
            "The copy reaches the byline '(李媛)': excerpt false."]),
    K["sf850"]: dict(
        excerpt=False,
        genre="2-like a check's findings under group headings: a traditional copy (no glosses) of a 环境保护部 强化督查 news "
              "item: a lead, headings '北京市督查組' / '天津市督查組' each over one firm's finding and a transfer sentence, "
              "editor and copyright lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("環境保護部強化督查"), headline=head(), problems=_sf850(),
        anomalies=[
            "Traditional copy kept (R2); titles, categories and units simplified (R91); doc fields in the page's script.",
            "One problem per firm's finding (R10), titled from the word after '現場檢查時發現,' (R10 nanmuxuan, R92), the "
            "'該公司'/'該廠' subject kept; seq null (R78).",
            "(NEW) Category the group heading '北京市督查组' / '天津市督查组' above each finding (R79 the nearest heading; "
            "R82 names a district or body heading, here the checking group's).",
            "Units: the firm found at fault, without the district prefix ('豐臺區', '天津市東麗區'): '北京时尚印佳彩色印刷有限"
            "公司', '东龙日盛门窗厂' (R102 as exposure cards; hesitant: prose, not a field).",
            "Status null, measures 0: '已將檢查發現的問題移交當地環保部門調查處理' is the inspector's transfer (R95/R97).",
            "Inspector the lead's '環境保護部強化督查' (two groups, one campaign; hesitant: a campaign name); inspected null "
            "(two districts); '7月31日' has no year: no dates (R60); kind null (R29), no title line.",
            "Reaches the copyright and contact lines: excerpt false."]),
    K["shifen"]: dict(
        excerpt=False,
        genre="near miss: a news aggregator's copy of a city 消防 exposure: headline (twice), '日期:10-12', the colour "
              "classes defined by kinds of hazard, the 8 red units by name only; the orange and yellow names missing; a "
              "spliced unrelated headline and '相关阅读:'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("太原市消防救援支队"), headline=head(), problems=[],
        anomalies=[
            "(NEW) The red units are listed by name only; the colour classes are defined by kinds of hazard ('…等火灾隐患的"
            "单位'), which state no unit's fault: no problems (R109's card with no finding; R19 kinds): problems [].",
            "'15家' (and 8/5/2) are bodies, not problems (R68): no headline.",
            "'太原消防首批曝光15家火灾隐患单位' is a news headline: title null (R34); '日期:10-12' has no year: report date "
            "null (R44); '10月10日' the exposure day, no year: no dates (R60); kind null (R29).",
            "The orange and yellow lists are absent and an unrelated headline ('青岛现有无症状感染者52例…') follows the red "
            "list, then '相关阅读:': the page itself ends its article there; the copy reaches the related-links footer: "
            "excerpt false (R5; hesitant)."]),
    K["snshr"]: dict(
        excerpt=True,
        genre="4 a quoted feedback item: a glossed copy of a provincial paper's report of the governor's 督导 of one 中央巡视组 "
              "交办 item ('中央第三巡视组第一批交办事项指出,…'), what has been done ('目前,…已清理完毕…'), his demands; "
              "headline three times, chrome; cut in a caption",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第三巡视组"), headline=head(), problems=_snshr(),
        anomalies=[
            "Pinyin glosses kept in the text (R2); the title without glosses (R91).",
            "One quoted 交办 item (R15, R108): title the statement after '第一批交办事项指出,' to its '。' (R86).",
            "Measures 1: '目前,水库区域内渣土已清理完毕,水质已恢复至灌溉水标准,矿区地质环境治理方案通过专家评审' is one "
            "undivided account of what was done (R96, blind36 updyy); the governor's '要…' demands are no measures (R98).",
            "Status null: parts are done but the governor asks to '确保如期高质量完成整改任务': no done word for the item and "
            "no in-progress label (R93/R95; hesitant: in_progress is arguable).",
            "Inspector '中央第三巡视组' (R46); inspected null (the province is not named as the inspected body); '5月28日' "
            "has no year: no dates (R60); the headline is a news headline: title null (R34); kind null (news, R30).",
            "Cut in a photo caption ('(毛伟明现场了解'): excerpt true."]),
    K["veladacinema"]: dict(
        excerpt=False,
        genre="2-like several bodies' problems on labelled cards, all fixed: a town 消防救援大队's exposure of 4 places "
              "(场所名称 / 场所地址 / 隐患情况), a closing '以上火灾隐患已经现场整改完毕'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中堂消防救援大队"), headline=head(), problems=_velada(),
        anomalies=[
            "One problem per card (R10), titled by the '隐患情况:' value (R89), card 3's '1.堵塞安全出口 2.杂物遮挡消火栓' with "
            "its inner space as printed; seq null, category null.",
            "Status done for all four: the closing '以上火灾隐患已经现场整改完毕' (R94). Measures 0 (no account, R97).",
            "Units the '场所名称' value (R102); (NEW) '莞都可苑' (a residential estate, R103 would call it a place) kept as "
            "the card's named 隐患单位 like the other three (the lead: '现曝光4家火灾隐患单位'); the address is the place.",
            "'4家' are bodies (R68) and '现场整改完毕' gives no count: no headline (R71 needs N).",
            "'曝光!火灾隐患可能就在你身边' is a news headline: title null (R34); no date; kind null (R29); inspector "
            "'中堂消防救援大队' (R46). The copy reaches the closing sentence: excerpt false."]),
    K["ycq"]: dict(
        excerpt=False,
        genre="near miss: a county portal's news of a fire brigade's one-day check of key units: headline, date line, what "
              "was checked, orders on 'problems found' with none stated, demands",
        kind=None, title=None, issuer=None, report_date="2019-08-23",
        inspection=ins("消防大队", None, "2019-08-23", "2019-08-23"), headline=head(), problems=[],
        anomalies=[
            "No finding is printed: the checked items are a checklist ('…是否制定,…是否保持畅通'), '针对检查中发现的问题' "
            "names none: problems [] (R19/R109); no figure.",
            "'消防大队检查重点单位消防安全' is a news headline: title null (R34); kind null (R29/R30); report date the "
            "'时间:2019-08-23' line (R40).",
            "One-day check '8月23日上午': start = end 2019-08-23, year from the page date (R50/R58); inspector '消防大队' as "
            "printed (R46); inspected null ('辖区重点单位').",
            "'要求相关单位当场整改' and '限期整改' are orders: no done count (R72). Whole page: excerpt false."]),
    K["ynjjjc"]: dict(
        excerpt=True,
        genre="4-like one 巡察 finding told as a story with its outcome first: a 纪检 site's item opening on a villager's "
              "thanks in the 巡察组's phone 回访 ('村委会退给我们种马铃薯的保证金了'), the round, the complaint, the check, "
              "the cause; cut where the group hands the problem over",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("镇康县委第二巡察组", "木场乡所辖10个行政村"), headline=head(), problems=_ynjjjc(),
        anomalies=[
            "One problem (R108, blind35 spocapp): the villager's complaint the group checked, titled by its statement "
            "'今年1月份种马铃薯的时候向村委会交了保证金,当时说种完就退,现在早就种完了,保证金也没退给我们' (final '。' "
            "dropped, R86); the cause found later (cadres' change, '一拖再拖') is the same matter (R13). Hesitant: a title "
            "from the 巡察组's own wording would be shorter.",
            "(NEW) Status done from the villager's answer in the group's 电话回访 '村委会退给我们种马铃薯的保证金了' (the "
            "text's one statement that the fault was fixed; R93 'a sentence says so').",
            "Measures 0: the copy is cut where the group hands the problem over ('立即将此问题向木场乡党委、绿'), the "
            "inspector's act; no account of the fix (R97/R25).",
            "Inspector '镇康县委第二巡察组' (R46); inspected as the text names the round's object '木场乡所辖10个行政村' "
            "(R47; hesitant: '木场乡'); '今年1月份', '近日' are no dates; '5个巡察组', '100元' no figures (R68); kind and "
            "title null (news).",
            "Cut mid-word: excerpt true."]),
}

EXPECTED = {"czhebei": 3, "daumloan": 3, "dazhengkuaiji": 1, "jcfzw": 0, "jjfz": 1, "jwfz_gaotang": 1, "jwfz_lincang": 1,
            "nodetpl": 0, "sf850": 2, "shifen": 0, "snshr": 1, "veladacinema": 4, "ycq": 0, "ynjjjc": 1}
MEASURES = {"snshr": [1]}


def recount(key, text):
    """Independent count by markers in the text (a different route than the extraction above)."""
    if key == "czhebei":
        return text.count("存在的火灾隐患:")
    if key == "veladacinema":
        return len(re.findall(r"^隐患情况:", text, re.M))
    if key == "daumloan":
        return len(re.findall(r",但对", text.split("二、")[1]))
    if key == "sf850":
        return len(re.findall(r"督查組\n7月31日,督查組對.+?發現", text))
    if key in ("dazhengkuaiji", "jjfz", "jwfz_gaotang", "jwfz_lincang", "ynjjjc", "snshr"):
        return int(bool(re.search(r"巡察组|巡察組|巡视组", text)))  # one story, one finding
    return 0


def main():
    OUT.mkdir(exist_ok=True)
    keys = {v: k for k, v in K.items()}
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 14
    total = 0
    for stem in STEMS:
        d, text, key = DOCS[stem], T[stem], keys[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[key] == recount(key, text), (key, len(probs), recount(key, text))
        assert [p["measure_count"] for p in probs] == MEASURES.get(key, [0] * EXPECTED[key]), key
        total += len(probs)
        flat = norm(text)
        for p in probs:
            check_problem(key, p, flat, simplified=False)
        check_fields(key, d, text)
        if d["report_date"]:
            assert d["report_date"] in text, key
        write_truth(OUT, stem, URLS[stem], d)
    assert total == 18, total
    # reload check
    for stem in STEMS:
        j = reload_truth(OUT, stem)
        print(f"{stem}: {len(j['problems'])} problems, measures {[p['measure_count'] for p in j['problems']]}")
    print("total", total)


if __name__ == "__main__":
    main()
