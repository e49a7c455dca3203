"""agree24b: a second, independent labelling of the 12 real texts docs/agreement24b/blind55/t01.txt … t12.txt (stored
copies of public pages as the pages corpus returned them: civility-campaign exposures and 测评, 暗访 of work discipline,
TV and online 问政, a 民意直通车 rectification reply, a 政协 调研 report), written 2026-12-07 (09:35-09:41 UTC by the
machine clock) by helper agree24b, who did not open any other labelling (no /work/wt/label*/, /work/wt/heldout*/,
/work/wt/base*/, /work/wt/agree24src, no blind55 truth, no branch label*/heldout*), did not search for other copies of
these pages and did not read or run the parser. Schema: /work/shared/corpus/README.md; rules:
tests/importer/real/CONVENTIONS.md R1-R197 (section 2 followed), section 3.1's settled calls (C1 count notes dropped,
C13 lead-ins null, C24 glosses removed, C27 count the account, C33 R17 stands, C35 batch numbers dropped, C41 as
printed), section 3's recommendation where a case is listed otherwise; form after docs/agreement23/make_second_labelling.py.
Shared helpers are imported from tests/importer/real/tools/make_truths.py (ins, head, problem, between, printed,
simp, simplified via write_labelled_set's ``trad``, check_problems, check_names, check_title_issuer,
check_headline_printed, write_labelled_set), not copied.

Texts are read from blind55/<stem>.txt beside this file (copied unchanged from /work/wt/agree24bsrc); "url" from
urls.txt ("<stem> <url>" per line). Truths go to blind55/<stem>.truth.json. Traditional glossed copies (t01, t02, t05):
problem titles, categories and units in simplified characters without pinyin glosses (R91, C24 settled; opencc t2s as
make_truths_blind10.simplified, applied by write_labelled_set's ``trad``); doc fields keep the page's script, without
the glosses (NEW, see below). Run with /work/main/.venv/bin/python (opencc).

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables, filled before the code) and
by an independent recount by markers in recount() / recount_measures(); main() asserts that the extraction, the tables
and the recounts agree.

Per text (kind, problems, measures):
  t01  exposure card (文明曝光台) of a county news site, traditional glossed copy, whole: kind null; 1 problem
       ('小区公告栏存在损坏和乱贴乱用的情况', the reporter's finding after '发现,'; the '如,在…金茂花苑小区门口' example the
       same problem, R13/R140), measures 0
  t02  a city 文明办's 测评 results notice (third-quarter 文明程度指数), forum repost with attachment chrome, traditional
       glossed, whole with signature: kind null (R29); 7 problems (the '三、存在主要问题' lines '在…方面,…;', category
       '存在主要问题'), measures 0×7
  t03  a county 民意直通车 page: towns' replies on how they rectified complaints from a satisfaction survey, cut in
       两坪乡's first item: kind bulletin; 5 problems (龙溪镇 问题一-四, 两坪乡 1.), measures 2, 1, 3, 4, 0
  t04  news of a 治庸办 暗访 (Wuhan 2012) on a site with mojibake spam navigation, fault crossheads, cut: kind null;
       2 problems (one per body: 九峰工商所, 洪山区社保局), measures 0 0
  t05  news of a 市创文办 回访 of six places the papers had exposed, traditional glossed, with photo captions, cut:
       kind null; 3 problems (the three places the 回访 found not fixed, R142), measures 0×3
  t06  a 市政协 专题调研报告 on the business environment, cut in '(一)': kind null; 1 problem (the '(一)' item run into
       its description, category '存在问题'), measures 0
  t07  news of a community grid worker finding a broken manhole cover, fixed the same day, whole: kind null; 1 problem
       (R108), status done (R132), measures 1 (C27 settled: count the account)
  t08  near miss: news of a county TV 问政 (ten exposed problems named by their programme titles together), whole:
       kind null; problems [] (R19/R141), measures -; problems_total 10
  t09  near miss: news of a 纪委 暗访组's visit to a 市民中心's windows (faults named for several windows together),
       whole: kind null; problems [] (R122), measures -
  t10  near miss: news of a district 纪委's 明察暗访 (counts of cadres and units named in a 通报, no finding printed),
       whole: kind null; problems [], measures -
  t11  near miss: news of a city TV 问政 special ('共109个' problems listed for rectification, none printed), whole:
       kind null; problems [], problems_total 109
  t12  news of an online 问政's 通报 of two bodies' overdue replies, ending at '其未回复事项如下:': kind null; 2 problems
       (one ';' clause per body, R12/R160), measures 0 0
Totals: 12 texts, 22 problems (1+7+5+2+3+1+1+2 over eight texts; four near misses with none); measures 11 in all
(t03 2+1+3+4+0, t07 1).

Judgement calls (each also in the truth's anomalies; NEW where I know of no earlier rule or set that made it;
"hesitant" where I was unsure):
- t01 (hesitant): the exposure card's one problem (R10 a 曝光 card, R108 one named problem) titled from the word after
  '發現,' ('小区公告栏存在损坏和乱贴乱用的情况', R10 nanmuxuan); the '如,在大峃镇金茂花苑小区门口,宣传栏…无人打理' example is
  the same problem (R13, R140 the 例如 case). The other reading titles it by the example (the card's one place).
  '希望县相关部门加强日常巡查…' is a request: measures 0 (R98); status null; units [] (a 小区 is a place, R103);
  inspector null (a reporter's visit is no inspection team; R48, as R115's TV 问政); '文明曝光臺:…' is a column's
  headline: title null (R34); kind null (R29 曝光).
- t02 (NEW, hesitant): a 测评 results notice's own section '三、存在主要问题' lists seven lines '在X方面,…;' — one
  problem per line (R10 a check's findings, one per ';' clause; R129 an own '存在问题' section is a heading), category
  '存在主要问题' (R79), seq null (R78), title the whole line without its final ';'/'。' (the '在X方面,' aspect kept: it is
  no time/place lead-in of R92; hesitant, dropping it is the other reading). Against R19/R23 ('一是…方面:…' or kinds of
  problems over many bodies at once → []): these are the check's own findings in its own results notice, not feedback
  news; R19 would give [].
- t02: kind null (R29: a 测评 通报 is a check's results); title null: '排名來了!蕪湖第三季度文明程度指數測評結果公布' is
  a news-style headline, no document name (R34; hesitant); issuer '蕪湖市文明辦' from the signature (R37), report
  date its '2022年10月24日' (R40/R41); inspector null: '市文明辦委託第三方…開展了…模擬測評', the third party unnamed
  (R48; hesitant: '市文明辦' is the other reading); inspected null (five districts and four counties); start/end
  '10月11日—14日' → 2022-10-11 / 2022-10-14 (R50, year from the signature and '〔2022〕', R58); the scores are
  images (attachment chrome '1.jpg (75.22 KB, 下載次數: 65)…'): no figure.
- t03: kind bulletin (R27: the towns' '群众反映问题整改落实情况', each answered '整改情况:'; hesitant: the page is a
  column of the 县委组织部, R30 news would give null); title null (the column headline '巫山民意直通车:…您满意吗?' is a
  news headline, R34; the per-town headings are sections, not one document's title; hesitant); report date from the
  run-together date line '202201-1503:32' → 2022-01-15 (R45 run-together forms, NEW for this shape); inspector
  '县委组织部民调中心' (its 满意度调查 found and fed back the complaints, R46; hesitant: a survey is no inspection);
  '2021年11月-12月' month-only: no start/end (R53).
- t03: problems '问题一:'…'问题四:' under '龙溪镇群众反映问题整改落实情况' (R8, R76 '问题一' → 1, R79) and '1.青峰村群众:…'
  under '两坪乡群众反映问题整改落实情况' (the heading and the item run together on one line, a layout split); titles the
  text after the label (R89), final '。' dropped, '部分群众反映' kept as printed (hesitant: R92 could read it as a
  lead-in), '青峰村群众:' read as a label and dropped (R89; hesitant). Measures: '一是/二是' items counted (R96): 2,
  one undivided paragraph 1, 3, 4; the cut '整改情况' with no text 0 (R24). Status null: no done word ('有效解决了缺失垃圾
  桶的问题' is one measure's effect, '年内投入使用' still to come; R95). Units the town whose replies they are
  (R104: a town said to have fixed the fault; hesitant: the town is already the category, R82).
- t04 (hesitant): an exposure of a 暗访's faults under fault crossheads ('工商所长躺在沙发上睡大觉', '窗口单位服务不规范'):
  one problem per place (R140 per place's finding, R12 one per body), category the crosshead (R140, R79); the lead's
  '但仍有个别单位存在内部管理松散、工作制度落实不力等问题' is an overall assessment (R166); 九峰工商所: the three
  paragraphs (the head asleep, a clerk playing cards, another asleep) are one body's faults, titled by the first
  paragraph's finding after its time/place lead-in (R92; C40 paragraph extent); 洪山区社保局: the late window
  ('只有负责个人参保业务的9号窗口一直空着。5分钟后,这名工作人员姗姗来迟'), the clerk's excuse dropped (R92 hearsay),
  the cut '该大厅一些窗口,工作人员没有主动告知办' the same hall, same problem (R13). Other readings: one per paragraph
  (5) or one per finding (4). Units the body named (C31 recommendation): '市工商局东湖新技术开发区分局九峰工商所',
  '洪山区社保局'; inspector '武汉市治庸办作风建设组' as printed (R46; '监督志愿者' accompanied it); no start/end ('前天'
  prints no date); report date '2012年09月21日 07:40' (R40; '来源:武汉晚报' is metadata, R38); '36家' bodies: no figure.
- t05 (NEW, hesitant): a 回访 of places the papers had exposed, read as R142's 回头看 of fed-back points: the three
  places the 回访 found not fixed, each from its dated photo caption: 南海港小区 (the clause after '但', R16:
  '小区内垃圾桶随意摆放、车辆乱停、杂物乱堆等随处可见'), 民享东社区环卫处宿舍 ('…亂堆亂放', verdict ',與不久前媒體曝光相差無幾'
  dropped from the title), 泉莊小區 ('…大門口堆有垃圾雜物', verdict ',媒體批評後依然未改' dropped); status in_progress for
  all three (R142 '还是存在' → in_progress; R93 '仍未' for '依然未改', '相差無幾'; hesitant: null is the other reading);
  the three places fixed are named together in one sentence ('他們是A、B、C', R19/R122/R125: not labelled); the
  closing '這些點位是…' (cut) names several places together (R122) and restates 民享東 (R13); the papers' '6個點位…現象'
  one sentence (R19). Units [] (places, R103; no body said to fix them, R142/R104). Inspector '市創文辦' (the gloss
  '(chuàng)' removed from a doc field: NEW, C24's reasoning applied to doc fields; traditional kept); no dates (R53 a
  recheck; '11月4日' has no year anyway, R60); '11日3日' is a typo for 11月3日; '????' lost full-width spaces.
- t06 (hesitant): a 政协's research report's '二、存在问题' item '(一)政务环境方面,优化服务有待提升。…' run into its
  description on one line: the whole statement as far as the copy goes (R88/C9, R25), the site's truncation '...'
  dropped (layout); seq 1, category '存在问题' (R79, R129). Kind null: an advisory body's 调研报告, no inspection and no
  rectification, cut before its 对策建议 (R24; R28's collection of problems and countermeasures would give plan);
  inspector null (a 调研组 is no inspection; hesitant: '专题调研组' is the other reading); title, issuer, date null (no
  title line, no signature, no date line); '11月上旬' → no start (R53).
- t07: one found-and-fixed problem (R108), titled after '发现' with the place '芳园里小区内' dropped (R108, C22
  recommendation; hesitant: R10 nanmuxuan keeps the place); status done ('问题点位换上了新井盖。安全隐患消除了', R132);
  measures 1 (C27 settled: the unnumbered account of the fix is one measure); inspector '杭州道街道社区网格员吴连刚' as
  printed (R46/R115 the patrol, C41 as printed with the post); start = end 2021-09-08 (R50 a one-day check, year from
  the date line); inspected null (R115); units [] ('相关部门' unnamed); report date '2021-09-11 00:10' (R40).
- t08 (hesitant): the ten exposed problems are named together by programme titles ('面对《…》、《…》…等10大曝光问题'):
  [] (R19, R141); the 营养餐 line is a question (R126), the 无事酒 line's '但近年来又有反弹迹象' a general trend of the
  county with no body (R16 read only for a finding, R162 names no body); inspector null (R115: a TV 问政 is none).
  Headline problems_total 10 (NEW, hesitant: R19 'its count is the headline'; the programme's complete count of its
  exposures, not a selection of typical cases as in C26); '21位相关责任人' people (R68).
- t09 (hesitant): the windows' faults are named for several bodies at once ('在卫生局76号窗口、…住建委119号与120号
  窗口,均出现长时间无人在岗的情况'; '在…咨询台、民政局13号与14号窗口等处,出现…现象'): R122, not labelled; '部分窗口…未
  设置任何告知群众的标识' names no body (R162): []. R10 read per sentence would give 2-3. Inspector
  '市纪委监察局“优化月”工作纪律暗访组' (R46), inspected '新乡市市民中心' (R47); '7月17日上午' has no year in the text
  (R60): no dates; no date line: report date null; kind null (R29).
- t10: no finding printed: []; '22名干部、32个单位' are people and bodies (R68); inspector null ('4个督查组', unnamed,
  R48; hesitant: '章贡区纪委监委' which formed them); kind null (R30 news).
- t11 (NEW, hesitant): problems [] (none printed); problems_total 109 ('记者调查和群众反映的问题共109个', the covering count
  the 清单 lists for rectification, R62/R65, its parts 79+9+21 summing to it, R69). Against: C19/R17 (the 9 hotline and
  21 message items are public complaints; the programme's own count would be 79) and R115 (a TV 问政 is no
  inspector). Inspector null (R115); '11月13日20时至22时' the programme: no inspection dates; report date
  '2019-11-15 14:29:00' (R40).
- t12: the sentence naming both bodies ('市交通局和工商银行驻马店分行2家单位…最为突出') is R122 (not labelled); the two ';'
  clauses after '其中,' are one body's fault each (R12, R160's shape): 2 problems, '其中,' dropped (R92); not R17 (the
  fault is the bodies' failure to reply, not the messages); units the bodies (C31 recommendation); kind null (news of
  a 通报, R29/R30); inspector null ('网络问政' a platform, R115; '经统计' unnamed); excerpt false: the copy (961 bytes)
  ends at '其未回复事项如下:' with no cut by the store (the list is not in the stored copy; as agree23 t10).
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "tests" / "importer" / "real" / "tools"))

from make_truths import (GLOSS, between, check_headline_printed, check_names, check_problems,  # noqa: E402
                         check_title_issuer, head, ins, printed, problem, simp, write_labelled_set)

OUT = HERE / "blind55"
URLS = dict(line.split(None, 1)
            for line in (HERE / "urls.txt").read_text(encoding="utf-8").splitlines() if line.strip())
URLS = {k: v.strip() for k, v in URLS.items()}
STEMS = sorted(p.name[:-4] for p in OUT.glob("t*.txt"))
T = {s: (OUT / f"{s}.txt").read_text(encoding="utf-8") for s in STEMS}
TRAD = {"t01", "t02", "t05"}  # traditional glossed copies: problems simplified without glosses (R91, C24)


def g(stem):
    """The text without the copying site's pinyin glosses (still traditional where the page is)."""
    return GLOSS.sub("", T[stem])


# ---- t01: the card's one finding, after '發現,' (R10, R108)
def _t01():
    return [problem(None, between(g("t01"), "小區發現,", "。"))]


# ---- t02: the '三、存在主要問題' lines '在…方面,…;' (NEW)
def _t02():
    part = between(g("t02"), "三、存在主要問題\n", "蕪湖市文明辦")
    return [problem(None, ln.strip().rstrip(";。"), category="存在主要問題")
            for ln in part.split("\n") if ln.strip()]


# ---- t03: '问题N:' / '1.' items and their '整改情况:' answers (R8, R89, R96)
ORD = "一二三四五六七八九十"


def _answer_items(ans):
    n = len(re.findall(f"[{ORD}]是", ans))
    return n if n else (1 if ans.strip() else 0)


def _t03():
    t = T["t03"]
    out = []
    for m in re.finditer(r"问题([一二三四五六七八九十]+):(.+)\n\n整改情况:(.+)", t):
        out.append(problem(ORD.index(m.group(1)) + 1, m.group(2).strip().rstrip("。"),
                           category="龙溪镇群众反映问题整改落实情况", units=["龙溪镇"],
                           measures=_answer_items(m.group(3))))
    m = re.search(r"(两坪乡群众反映问题整改落实情况)(\d+)\.青峰村群众:(.+?)。整改情况(.*)$", t, re.S)
    out.append(problem(int(m.group(2)), m.group(3), category=m.group(1), units=["两坪乡"],
                       measures=_answer_items(m.group(4).lstrip(":"))))
    return out


# ---- t04: one problem per body under the fault crossheads (R140, R12)
def _t04():
    t = T["t04"]
    return [problem(None, between(t, "吃了一惊:", "\n").strip().rstrip("。"), category="工商所长躺在沙发上睡大觉",
                    units=["市工商局东湖新技术开发区分局九峰工商所"]),
            problem(None, "只有" + between(t, "只有", "暗访组询问原因").strip().rstrip("。"),
                    category="窗口单位服务不规范", units=["洪山区社保局"])]


# ---- t05: the three places the 回访 found not fixed, from their dated captions (NEW, R142)
def _t05():
    t = g("t05")
    return [problem(None, "小區內" + between(t, ",但小區內", "。"), status="in_progress"),
            problem(None, "霞山區解放街道" + between(t, "\n11月4日,霞山區解放街道", ",與不久前"), status="in_progress"),
            problem(None, "經開區" + between(t, "\n11月4日,經開區", ",媒體批評後依然未改"), status="in_progress")]


# ---- t06: the '(一)' item run into its description, as far as the copy goes (R88/C9, R25)
def _t06():
    return [problem(1, between(T["t06"], "(一)", "..."), category="存在问题")]


# ---- t07: the one found-and-fixed problem (R108), place dropped, done (R132), account 1 (C27)
def _t07():
    return [problem(None, between(T["t07"], "芳园里小区内", "。"), status="done", measures=1)]


# ---- t12: one ';' clause per body after '其中,' (R12)
def _t12():
    t = T["t12"]
    bodies = ["市交通局", "工商银行驻马店分行"]
    clauses = between(t, "其中,", "。").split(";")
    return [problem(None, c, units=[b]) for c, b in zip(clauses, bodies, strict=True)]


GENRE_NEAR = "near miss: "
DOCS = {
    "t01": dict(
        excerpt=False,
        genre="exposure card: a county news site's '文明曝光臺' item (traditional, glossed '發(fā)現(xiàn)'): headline, date and "
              "source lines, one paragraph (the reporter's finding, one place as example, a request), editor line",
        kind=None, title=None, issuer=None, report_date="2022-08-09",
        inspection=ins(), headline=head(), problems=_t01(),
        anomalies=[
            "Traditional copy with pinyin glosses kept (R2); the problem title simplified without glosses (R91, C24 "
            "settled).",
            "Exposure card (R29): kind null; '文明曝光臺:雜亂無章的小區公告欄' is a column headline: title null (R34); "
            "'來源:文成新聞網' is metadata: issuer null (R38); report date '發布時間:2022年08月09日' (R40).",
            "Inspector null: a reporter's visit ('記者走訪各個小區') is no inspection team (R48; as R115's TV 问政); "
            "inspected null; '近日' no date.",
            "One problem (R10 a 曝光 card, R108 one named problem), titled from the word after '發現,' (R10 nanmuxuan); "
            "the '如,在大峃鎮金茂花苑小區門口,宣傳欄…無人打理' example is the same problem (R13, R140 the 例如 case). "
            "Hesitant: the other reading titles it by the example.",
            "'希望縣相關部門加強日常巡查,及時發現和整改…' is a request: measures 0 (R98), status null; units [] (a 小区 is "
            "a place, R103; '縣相關部門' unnamed).",
            "The item reaches its editor line ('總監制:…編輯:項露露'): excerpt false (R5)."]),
    "t02": dict(
        excerpt=False,
        genre="check results notice: a forum repost of a city 文明办's third-quarter 文明程度指数 测评 results (scores as "
              "image attachments with download chrome), '三、存在主要问题' as seven '在…方面,…;' lines, signature and date "
              "(traditional, glossed)",
        kind=None, title=None, issuer="蕪湖市文明辦", report_date="2022-10-24",
        inspection=ins(start="2022-10-11", end="2022-10-14"), headline=head(), problems=_t02(),
        anomalies=[
            "Traditional copy with pinyin glosses kept (R2); problem titles and category simplified without glosses "
            "(R91, C24 settled); doc fields in the page's script without the glosses.",
            "Forum attachment chrome ('1.jpg (75.22 KB, 下載次數: 65)', '下載附件', '保存到相冊', '2022-10-24 14:35 上傳') "
            "kept (R2); the scores are images: no figure.",
            "Kind null: a 测评's results (R29, '测评 通报'). Title null: '排名來了!蕪湖第三季度文明程度指數測評結果公布' is "
            "a news-style headline, not a document's name (R34; hesitant).",
            "Issuer '蕪湖市文明辦' from the signature (R37); report date the signature's '2022年10月24日' (R40/R41); "
            "'來源:蕪湖市文明辦' is metadata.",
            "Inspector null: the 测评 was made by an unnamed '第三方' the 文明办 commissioned (R48; hesitant: '市文明辦' "
            "the other reading); inspected null (five districts and four counties); start/end '10月11日—14日' → "
            "2022-10-11 / 2022-10-14 (R50; year from '〔2022〕' and the signature, R58).",
            "(NEW) Problems: the notice's own section '三、存在主要問題' lists seven lines '在X方面,…;': one problem per "
            "line (R10 a check's findings, a ';' clause each; R129 an own '存在问题' section is a heading), category "
            "'存在主要问题' (R79), seq null (R78), title the whole line without its final ';'/'。', the '在X方面,' aspect "
            "kept (no time/place lead-in of R92; hesitant). Against R19/R23 (kinds or '一是…方面' over many bodies → "
            "[]): these are the check's own findings in its results notice, not feedback news; hesitant.",
            "Status null, measures 0 (no rectification reported, R97); units [] (no body named).",
            "The copy reaches the signature and '來源:蕪湖市文明辦 |': excerpt false (R5)."]),
    "t03": dict(
        excerpt=True,
        genre="rectification replies: a county 民意直通车 page (县委组织部民调中心's satisfaction survey fed back to the "
              "towns) with each town's '群众反映问题整改落实情况': 问题一…四 of 龙溪镇 each answered '整改情况:一是…'; cut "
              "in 两坪乡's first item",
        kind="bulletin", title=None, issuer=None, report_date="2022-01-15",
        inspection=ins("县委组织部民调中心"), headline=head(), problems=_t03(),
        anomalies=[
            "Kind bulletin: the towns' '整改落实情况' answer each complaint with what was done (R27); hesitant: the page "
            "is a column of the 县委组织部 (R30 news would give null).",
            "Title null: '巫山民意直通车:龙溪、两坪、大溪这样整改群众反映问题,您满意吗?' is a column headline with a "
            "question (R34); the per-town headings are sections of the page, not one document's title (hesitant).",
            "(NEW) Report date from the run-together date line '202201-1503:32' → 2022-01-15 (R45's run-together forms); "
            "issuer null (no signature; the lead names the publisher, R38).",
            "Inspector '县委组织部民调中心', whose survey found the complaints and fed them back to the towns (R46; "
            "hesitant: a survey is no inspection); inspected null (several towns); '2021年11月-12月' month-only: no "
            "start/end (R53); feedback date not given.",
            "Problems '问题一:'…'问题四:' (R8; seq 1-4, R76), category '龙溪镇群众反映问题整改落实情况' (R79/R82); the "
            "两坪乡 heading runs into its first item '1.青峰村群众:冬天路面结冰,需要挑水吃。' (a layout split): seq 1, "
            "category '两坪乡群众反映问题整改落实情况'.",
            "Titles the text after the label (R89), final '。' dropped; '部分群众反映' kept as printed (hesitant: a "
            "lead-in, R92); '青峰村群众:' read as a label and dropped (hesitant).",
            "Measures the answers' '一是…' items (R96): 2, 1 (one undivided paragraph), 3, 4; the cut '整改情况' with no "
            "text 0 (R24).",
            "Status null: no done word ('有效解决了缺失垃圾桶的问题' is one measure's effect, '年内投入使用' still to "
            "come; R95).",
            "Units the town whose replies these are, '龙溪镇' / '两坪乡' (R104 a town said to have fixed the fault; "
            "hesitant: the town is already the category, R82, and bulletins often leave units []).",
            "'13万元', '350个', '14个村' are money and objects: no figure (R68).",
            "Cut after '整改情况' of 两坪乡's first item: excerpt true (R5)."]),
    "t04": dict(
        excerpt=True,
        genre="news of a 暗访: a news portal copy (nav with mojibake spam links 'lab闆风數绔瀉pp瀹樼綉', "
              "'lol鐢电珵…') of a 武汉晚报 item on the 治庸办's 暗访 of 36 window units; fault crossheads over paragraphs; "
              "cut in the second crosshead's section",
        kind=None, title=None, issuer=None, report_date="2012-09-21",
        inspection=ins("武汉市治庸办作风建设组"), headline=head(), problems=_t04(),
        anomalies=[
            "Portal navigation with mojibake spam links kept (R2).",
            "News (R29/R30): kind null; '武汉一工商所长上班睡觉被暗访者惊醒 倒头又睡' is a news headline: title null "
            "(R34); '来源:武汉晚报' is metadata: issuer null (R38); report date '2012年09月21日 07:40' (R40).",
            "Inspector '武汉市治庸办作风建设组' as printed (R46; '监督志愿者' accompanied it); inspected null (36 units); "
            "'前天' prints no date: no start/end.",
            "The lead's '但仍有个别单位存在内部管理松散、工作制度落实不力等问题' is an overall assessment before the "
            "findings (R166), the deck '所长躺着睡大觉 所员跷腿玩游戏' a headline: not problems.",
            "Problems (hesitant): one per body under the fault crossheads (R140 one per place's finding, R12 one per "
            "body), category the crosshead (R140, R79). 九峰工商所: its three paragraphs (the head asleep, a clerk "
            "playing cards, another asleep) one body's faults, titled by the first paragraph's finding after its "
            "time/place lead-in (R92; C40 paragraph extent). 洪山区社保局: '只有负责个人参保业务的9号窗口一直空着。5分钟"
            "后,这名工作人员姗姗来迟', the clerk's excuse dropped (R92 hearsay); the cut '该大厅一些窗口,工作人员没有主动"
            "告知办' is the same hall (R13). Other readings: one per paragraph (5) or per finding (4).",
            "Units the body each finding names (C31 recommendation): '市工商局东湖新技术开发区分局九峰工商所', "
            "'洪山区社保局'; seq null; status null, measures 0 (R97).",
            "'36家' counts bodies: no figure (R68).",
            "Cut mid-word ('告知办'): excerpt true (R5)."]),
    "t05": dict(
        excerpt=True,
        genre="news of a 回访: a traditional glossed copy ('????' for lost full-width spaces) of a 湛江 item on the "
              "市创文办's revisit of six places the papers had exposed, with dated photo captions between the "
              "paragraphs; cut in the closing list of places",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市創文辦"), headline=head(), problems=_t05(),
        anomalies=[
            "Traditional copy with pinyin glosses and '????' (lost full-width spaces) kept (R2); problem titles "
            "simplified without glosses (R91, C24 settled).",
            "(NEW) Doc field without its gloss: the inspector '市創(chuàng)文辦' written '市創文辦' (C24's reasoning: the "
            "gloss is the copying site's decoration), traditional script kept.",
            "No title line (the copy opens '????11日3日,'), no date line with a year, no signature: title, issuer, "
            "report date null (R33, R60); kind null (news, R29/R30). '11日3日' is a typo for 11月3日.",
            "Inspector '市創文辦', which made the 回访 (R46); inspected null (six places); no dates: a recheck (R53), and "
            "'11月4日' has no year (R60).",
            "(NEW) Problems: the 回访 read as R142's 回头看 of fed-back points; the three places it found not fixed, "
            "each from its dated caption, date lead-in dropped (R92): 南海港小区 the clause after '但' (R16); "
            "民享東社區環衛處宿舍 and 泉莊小區 with the verdicts ',與不久前媒體曝光相差無幾' / ',媒體批評後依然未改' "
            "dropped from the titles (read as status). Status in_progress for all three (R142 '还是存在' → in_progress, "
            "R93 '仍未'; hesitant: null is the other reading).",
            "Not labelled: the papers' '6個點位的…現象' (one sentence, R19); the three places fixed, named together in "
            "one sentence ('他們是A、B、C', R19/R122/R125); the closing '這些點位是…' (cut), several places together "
            "(R122), restating 民享東 (R13).",
            "Units [] (estates and dormitories are places, R103; no body said to fix them, R142/R104); seq and "
            "category null; measures 0 (R97).",
            "'6個點位', '3個單位' count places and bodies: no figure (R68).",
            "Cut mid-list ('霞山'): excerpt true (R5)."]),
    "t06": dict(
        excerpt=True,
        genre="research report: a city 政协's 专题调研报告 on the business environment (lead, '一、基本情况', "
              "'二、存在问题' with '(一)…' run into its description), cut by the site's '...', with footer chrome",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t06(),
        anomalies=[
            "Footer chrome ('微信订阅号', '网站编辑') kept (R2).",
            "No title line, no signature, no date line: title, issuer, report date null (R33).",
            "Kind null (hesitant): an advisory body's 调研报告, no inspection and no rectification, cut before its "
            "对策建议 (R24); R28's collection of problems and countermeasures would give plan.",
            "Inspector null: a 政协 调研组 is no inspection team (hesitant: '专题调研组' the other reading); inspected null; "
            "'自11月上旬' → no start (R53).",
            "Problem: '(一)政务环境方面,优化服务有待提升。…' runs its heading into its description on one line: the "
            "whole statement as far as the copy goes (R88/C9, R25), the site's truncation '...' dropped (layout); seq 1 "
            "(R75), category '存在问题' (R79, R129); status null, measures 0, units [].",
            "Cut with '...' inside '(一)': excerpt true (R5)."]),
    "t07": dict(
        excerpt=False,
        genre="news of one found-and-fixed fault: a district news site's item on a grid worker who found a broken "
              "manhole cover, had it replaced the same day; source/editor line at the top, closing comment",
        kind=None, title=None, issuer=None, report_date="2021-09-11",
        inspection=ins("杭州道街道社区网格员吴连刚", start="2021-09-08", end="2021-09-08"), headline=head(),
        problems=_t07(),
        anomalies=[
            "News (R30): kind null; no title line in the copy: title null (R33); '稿源:津滨网' is metadata: issuer null "
            "(R38); report date '2021-09-11 00:10' (R40).",
            "Inspector '杭州道街道社区网格员吴连刚' as printed, the patrol's one named person (R46, R115, C41 settled: as "
            "printed with the post); inspected null (R115); start = end 2021-09-08 (R50 a one-day check, '9月8日', year "
            "from the date line, R58).",
            "One problem (R108), titled after '发现' with the place '芳园里小区内' dropped (R108, C22 recommendation; "
            "hesitant: R10 nanmuxuan keeps the place); the closing '发现问题及时解决' is praise (R16).",
            "Status done: '问题点位换上了新井盖。安全隐患消除了' (R132); measures 1: the unnumbered account of the fix "
            "('设置警示牌…联系维修人员…进行维修') is one measure (C27 settled, R96).",
            "Units []: '相关部门' unnamed, '社区居委会' only informed (R102/R104); seq, category, deadline null.",
            "The item is whole (its closing comment): excerpt false (R5)."]),
    "t08": dict(
        excerpt=False,
        genre=GENRE_NEAR + "news of a county TV 问政: seven bureaus' heads questioned, two segment intros (营养餐, "
              "无事酒), the ten exposed problems named by their programme titles in one sentence; byline, captcha "
              "chrome",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(pt=10), problems=[],
        anomalies=[
            "Captcha chrome ('请输入验证码') kept (R2).",
            "News (R30): kind null; no title line, no date line, no signature: title, issuer, report date null.",
            "Inspector null: a TV 问政 is no inspector (R115); inspected null (seven bureaus).",
            "Problems [] (hesitant): the ten exposed problems are named together by programme titles ('面对《的士乱收费 "
            "怎么无人管》…等10大曝光问题', R19, R141); the 营养餐 line asks a question (R126); the 无事酒 line's '但近年来"
            "又有反弹迹象' is a county-wide trend naming no body (R162), its investigation not printed.",
            "(NEW) Headline problems_total 10: the programme's complete count of its exposures (R19 'its count is the "
            "headline'; not a selection of typical cases as in C26); hesitant, C26's no-figure reading would give "
            "null. '21位相关责任人' are people (R68).",
            "The item reaches its byline and 审核 line: excerpt false (R5)."]),
    "t09": dict(
        excerpt=False,
        genre=GENRE_NEAR + "news of a 纪委 暗访组's visit to a city's 市民中心 windows: praise of most units, faults "
              "named for several windows together; editor line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市纪委监察局“优化月”工作纪律暗访组", "新乡市市民中心"), headline=head(), problems=[],
        anomalies=[
            "News of a check (R29/R30): kind null; the headline and its two deck lines are news headlines: title null "
            "(R34); no date line, no signature: issuer and report date null.",
            "Inspector '市纪委监察局“优化月”工作纪律暗访组' (R46); inspected '新乡市市民中心' as the sentence names it (R47); "
            "'7月17日上午' has no year in the text (R60): no start/end.",
            "Problems [] (hesitant): the windows' faults are named for several bodies at once ('在卫生局76号窗口、…住建委"
            "119号与120号窗口,均出现长时间无人在岗的情况'; '在…咨询台、民政局13号与14号窗口等处,出现…现象', R122); "
            "'其中部分窗口…未设置任何告知群众的标识' names no body (R162); the praise is none (R16). R10 read per "
            "sentence would give 2-3.",
            "'76号', '47号' etc. are window numbers: no figure.",
            "The item reaches '责任编辑:': excerpt false (R5)."]),
    "t10": dict(
        excerpt=False,
        genre=GENRE_NEAR + "news of a district 纪委监委's 明察暗访 of cadres' work style (4 督查组, a 通报 naming 22 "
              "cadres and 32 units), no finding printed; byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "News (R30): kind null; no title line, no date line, no signature: title, issuer, report date null.",
            "Inspector null: '4个督查组' unnamed (R48; hesitant: '章贡区纪委监委', which formed them with three offices, "
            "the other reading); inspected null ('全区干部'); '近日' no date.",
            "Problems []: no finding printed; '怕、慢、假、庸、散' and the check's topics are kinds (R19/R23).",
            "No figure: '16人', '22名干部', '32个单位' are people and bodies (R68).",
            "The item reaches its byline '(曾先胜)': excerpt false (R5)."]),
    "t11": dict(
        excerpt=False,
        genre=GENRE_NEAR + "news of a city TV 问政 special: '记者调查和群众反映的问题共109个' (79 exposed, 9 hotline, 21 "
              "messages) listed and handed down for rectification, none printed; editor lines and related-news chrome",
        kind=None, title=None, issuer=None, report_date="2019-11-15",
        inspection=ins(), headline=head(pt=109), problems=[],
        anomalies=[
            "Related-news chrome ('相关新闻', '推荐阅读') kept (R2).",
            "News (R30): kind null; '淄博问政|直播期间反映109个问题 各区县连夜迅速整改' is a news headline: title null "
            "(R34); '来源: 大众网·海报新闻' metadata: issuer null (R38); report date '2019-11-15 14:29:00' (R40).",
            "Inspector null: a TV 问政 is no inspector (R115); inspected null (districts and counties); '11月13日20时至"
            "22时' is the programme: no inspection dates.",
            "Problems []: none printed.",
            "(NEW) Headline problems_total 109: the covering count of the problems the programme raised and the 清单 "
            "lists for rectification (R62, R65), its parts 79+9+21 summing to it (R69). Hesitant: by C19/R17 the 9 "
            "hotline and 21 message items are public complaints and the programme's own count (79) would be read; by "
            "R115 a 问政 is no inspection and null would be read. '各区县连夜迅速整改' gives no done count.",
            "The item reaches its editor lines and the related-news chrome: excerpt false (R5)."]),
    "t12": dict(
        excerpt=False,
        genre="news of an online 问政's 通报: a city TV site's item on two bodies' overdue replies to citizens' "
              "messages, one ';' clause per body, ending at '其未回复事项如下:' (the list not in the stored copy)",
        kind=None, title=None, issuer=None, report_date="2019-07-12",
        inspection=ins(), headline=head(), problems=_t12(),
        anomalies=[
            "News of a 通报 (R29/R30): kind null; no title line: title null (R33); '来源:驻马店广视网' metadata: issuer "
            "null (R38); report date '2019-07-12 10:05' (R40).",
            "Inspector null: '网络问政' is a platform, '经统计' unnamed (R115, R48); inspected null (two bodies).",
            "Problems: the sentence naming both bodies ('市交通局和工商银行驻马店分行2家单位…最为突出') is R122 (not "
            "labelled); the two ';' clauses after '其中,' are one body's fault each (R12, R160's shape): titled whole, "
            "'其中,' dropped (R92), final '。' dropped. Not R17: the fault is the bodies' failure to reply, not the "
            "citizens' messages.",
            "Units the body each clause names (C31 recommendation): '市交通局', '工商银行驻马店分行'; seq, category, "
            "status null; measures 0 (R97).",
            "No figure: '90家' bodies, '三件群众留言' messages (R68, R17), '34天' days.",
            "The copy (961 bytes, under the store's limit) ends at '其未回复事项如下:': no cut by the store, excerpt "
            "false (R5; the list is not in the stored copy, as agree23 t10)."]),
}

# ---- counted by reading, before the code (R100)
EXPECTED = {"t01": 1, "t02": 7, "t03": 5, "t04": 2, "t05": 3, "t06": 1, "t07": 1, "t08": 0, "t09": 0, "t10": 0,
            "t11": 0, "t12": 2}
MEASURES = {"t03": [2, 1, 3, 4, 0], "t07": [1]}  # every other problem 0
TOTAL = 22


def recount(stem, text):
    """Independent count of problems by markers in the text (another route than the extraction above)."""
    gt = GLOSS.sub("", text)
    if stem == "t01":  # the reporter's finding: '發現,' once
        return gt.count("發現,")
    if stem == "t02":  # aspect lines under the problems section
        return len(re.findall(r"^在[^,\n]{2,6}方面,", gt, re.M))
    if stem == "t03":  # '问题N:' labels and the run-on '情况1.' item
        return len(re.findall(r"问题[一二三四五六七八九十]+:", text)) + len(re.findall(r"情况\d+\.", text))
    if stem == "t04":  # the bodies the 暗访组 reached: '来到…所。' and '…局办事大厅。'
        return len(re.findall(r"暗访组来到[^。]+所。|[^,。]+局办事大厅。", text))
    if stem == "t05":  # dated captions of places not fixed
        return len(re.findall(r"^\?*11月4日,[^\n]*(?:但|相差無幾|依然未改)", gt, re.M))
    if stem == "t06":
        return len(re.findall(r"^\([一二三四五六七八九十]\)", text, re.M))
    if stem == "t07":  # '发现' followed by a place, not '发现问题'
        return len(re.findall(r"发现(?!问题)", text))
    if stem == "t12":
        return text.count("有三件群众留言")
    return 0


def recount_measures(stem, text):
    """Measures by the highest ordinal word in each answer (another route than counting the items)."""
    if stem == "t03":
        out = []
        for ans in re.split(r"整改情况:?", text)[1:]:
            ans = re.split(r"\n\s*问题[一二三四五六七八九十]+:|两坪乡", ans)[0]
            ords = [ORD.index(c) + 1 for c in re.findall(f"([{ORD}])是", ans)]
            out.append(max(ords) if ords else (1 if ans.strip() else 0))
        return out
    if stem == "t07":
        return [1 if "换上了新井盖" in text else 0]
    return [0] * EXPECTED[stem]


def check(stem, d, text):
    gt = GLOSS.sub("", text)
    probs = d["problems"]
    assert [p["measure_count"] for p in probs] == MEASURES.get(stem, [0] * EXPECTED[stem]) \
        == recount_measures(stem, text), (stem, [p["measure_count"] for p in probs], recount_measures(stem, text))
    src = gt if stem in TRAD else text
    check_problems(stem, probs, src, no_stop=True, category_in=src, units_in=src)
    for p in probs:
        assert not p["title"].endswith((";", "。", "...")), (stem, p["title"])
        assert "\n" not in p["title"], (stem, p["title"])
    check_title_issuer(stem, d, gt.replace("\n", ""))
    check_names(stem, d["inspection"], gt)
    check_headline_printed(stem, d, text)
    rd = d["report_date"]
    if rd:
        y, m, dd = rd.split("-")
        forms = (rd, f"{y}年{m}月{dd}日", f"{y}年{int(m)}月{int(dd)}日", f"{y}{m}-{dd}")
        assert any(f in gt for f in forms), (stem, rd)
    ins_ = d["inspection"]
    for k in ("start", "end"):
        if ins_[k]:
            y, m, dd = ins_[k].split("-")
            assert f"{int(m)}月{int(dd)}日" in gt or f"—{int(dd)}日" in gt, (stem, k)
    for v in d["headline"].values():
        assert v is None or printed(v, text)


def main():
    assert set(DOCS) == set(STEMS) == set(URLS) == set(EXPECTED) and len(STEMS) == 12
    write_labelled_set(OUT, DOCS, None, check, expected=EXPECTED, recount=recount, total=TOTAL, urls=URLS,
                       trad=lambda s: s in TRAD)
    n_meas = 0
    for stem in STEMS:
        j = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in j["problems"]:
            assert p["title"] == simp(p["title"]), (stem, "not simplified", p["title"])
            assert p["category"] is None or p["category"] == simp(p["category"]), (stem, p["category"])
        n_meas += sum(p["measure_count"] for p in j["problems"])
        print(f"{stem}: kind {j['kind']}, {len(j['problems'])} problems, measures "
              f"{[p['measure_count'] for p in j['problems']]}, headline "
              f"{ {k: v for k, v in j['headline'].items() if v is not None} }")
        for p in j["problems"]:
            print(f"    {p['seq']} | {p['category']} | {p['title']} | {p['status']} | {p['responsible_units']}")
    assert n_meas == 11, n_meas
    print("total", TOTAL, "problems,", n_meas, "measures")


if __name__ == "__main__":
    main()
