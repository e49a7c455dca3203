"""agree23: a second, independent labelling of the 12 real texts docs/agreement23/blind50/t01.txt … t12.txt (stored
copies of pages about environmental inspection 督察, river-chief and natural-resources checks and petition cases, as the
pages corpus returned them), written 2026-12-07 (06:26-06:31 UTC by the machine clock) by helper agree23, who did not
open any other labelling (no /work/wt/label*/, /work/wt/heldout*/, no blind50 truth, not branches label65/heldout23)
and did not read or run the parser. Schema: /work/shared/corpus/README.md; rules: tests/importer/real/CONVENTIONS.md
R1-R158, C1-C32 (section 2 followed; section 3's recommendation where a case is listed); form after
docs/agreement22/make_second_labelling.py (the ins/head/prob/simp helpers copied here when written; in docs/agreement_kit.py since session 24).

Texts are read from blind50/<stem>.txt beside this file (not changed); "url" from urls.txt ("<stem> <url>" per line).
Truths go to blind50/<stem>.truth.json. Traditional and glossed copies (t04, t05): problem titles and categories in
simplified characters without pinyin glosses (R91, opencc t2s as make_truths_blind10.simplified); doc fields keep the
page's script. Run with an interpreter that has opencc (/work/main/.venv/bin/python).

Problems and measures were counted twice: by reading (the EXPECTED and MEASURES tables) and by an independent recount by
markers in recount(); main() asserts that the extraction, the table and the recount agree. Measures are 0 everywhere
(no text answers a listed problem with what was done: verdicts of a 回头看, published cases, check findings).

Per text (kind of issue 10, kind, problems, measures):
  t01  2-like a 回头看 of two towns' fed-back river-cleaning faults (R142): news on a tender site with login chrome;
       kind null; 2 problems (新庄镇 in_progress, 石井镇 done), units the towns, measures 0 0
  t02  6-like exposure: a forum's printable copy (anti-scrape garbage between paragraphs) of a news feature on central
       督察 cases, no title, cut: kind null; 7 problems (6 findings on 平潭's uninhabited islands, category null: the
       heading above them is before the copy's start; 1 on 周口 under '监管责任不落实整改流于形式', cut), measures 0×7
  t03  2 a numbered list of cases found by an inspection (the 自然资源部 notice of 67 耕地保护督察 cases) on a crypto
       spam page, cut in case 1: kind null; 1 problem (case 1, heading line), category with '(13个)', measures 0
  t04  2 one typical case with its own '二、主要问题' (R139): traditional copy with mojibake, cut in '一是': kind null;
       1 problem (一是, whole run-on statement as far as the copy goes, simplified), measures 0
  t05  6-like exposure round-up: glossed traditional copy of provincial 督察 news (山东 stationing done; 广东's first
       typical cases '中山市:…', '湛江市:…'), cut: kind null; 2 problems under '广东:第一批典型案例集中通报', measures 0 0
  t06  near miss (R17): a 中央督察 边督边改 公开一览表 with one petition row (序号63, 受理编号…), whole: kind bulletin
       (NEW), problems []
  t07  6-like news of the first five typical cases of the third round's first batch, each province's case one ';'
       clause of one sentence: kind null; 5 problems (NEW: R12 one per body), measures 0×5
  t08  near miss (R17): a city's 边督边改 公示 of one petition (018, 部分属实, 阶段性办结), cut in the table: kind
       bulletin (NEW), problems [] (NEW: not R17's one-task sign-off exception)
  t09  2-like a vice county head's 暗访督查 of 督察-feedback rectification on site, <h3> items: kind null; 2 problems
       (the two faults found; the two progress/praise items are none, R16), measures 0 0
  t10  near miss (R17): a city's 通报 of the verification and handling of two 中央督察 举报件: kind bulletin (NEW),
       problems []
  t11  2 the 自然资源部 notice of 80 typical problems reposted on a sports-betting spam site, cut in case 1: kind
       null; 1 problem (case 1, heading line, no category heading before it), measures 0
  t12  near miss (R17): a county's 回头看 边督边改 公开一览表 with one petition row, cut in its 处理和整改情况: kind
       bulletin (NEW), problems []
Totals: 12 texts, 21 problems (2+7+1+1+2+5+2+1 over eight texts; four petition texts with none); measures 0 everywhere.

Judgement calls (each also in the truth's anomalies; NEW where I know of no earlier set that made it):
- (NEW) t06, t08, t12: a 边督边改 公开一览表/公示 of petitions handled, with rows (受理编号, 调查核实情况, 处理和整改情况,
  是否办结): problems [] (R17: 信访(举报)件 are never problems); t08's batch holds one petition only, but a batch
  disclosure of petitions handled is not R17's exception (a sign-off 公示 of one 交办信访件 with its 整改 fields, blind13
  suzhou, blind25 zhoucun); its status is '阶段性办结' (hesitant: the other reading gives t08 one problem, seq null).
- (NEW) t06, t08, t10, t12: kind bulletin: each reports what was done about the petitions (处理和整改情况 / 已办结 /
  '已要求…清除现有存栏生猪'), R27's 公示/通报 reporting rectification, as blind10 tongliao (a city's tally of a central
  督察's petitions → bulletin); against blind40 qqzddqwz (null, a batch note with counts and a table link, 'as
  snippets21 chifeng', whose null is the snippet rule R30). Hesitant: 1 v 1 in the real sets.
- (NEW) t06, t08, t10, t12 titles: the disclosure table's or 通报's title kept (it names the 督察's 边督边改 document,
  R34), its batch bracket dropped ('(第二十五批 2024年6月3日)', '(第八批 2025年8月24日)', '(第二十八批·沂源县)', '(二)')
  as R35's '(第十二期)' and R32's run-on date; the bracket's date is the report date where no other date line is
  printed (t06, t08: R40 a dateline of the title); t12's bracket names the county: issuer '沂源县' (R37 from the title).
- (NEW) t07: one sentence naming the five typical cases, one ';' clause per province, each clause one body's own
  findings ('督察组在福建省发现,漳州市…'): one problem per clause (R12 one per body, R10 a ';' clause of an exposure),
  lead-in '督察组…发现,' dropped (R92); not R19 (problems named for many bodies at once: here each clause is one body's)
  and not R141 (case names quoted together). Hesitant: R19 would give [].
- (NEW) t02: a feature on one zone's uninhabited islands told finding by finding: one problem per finding of an island
  (R10 a sentence per place, R140 a round-up of an inspection's faults): 南澳仔岛 (titled from the word after '发现了',
  the 2015 background being the same problem, R13), 大沙屿, 大结屿 (its first sentence; the following sentences on the
  same island the same problem), the 5 islands lost, the zone's 违规组织…旅游, 东甲岛 ('此外,2018年,' dropped); the
  '值得注意的是…' lead and the 督察组's quoted '指出' are summaries/assessments (R16, R13), not problems; the cut 周口
  sentence labelled as far as it goes (R25: '…问题突出这', leading '在' dropped, R10 nanmuxuan). Hesitant: one per
  paragraph would give 5.
- (NEW) t09: the 暗访督查's '<h3>' items: the two site faults (铺前 not started and behind schedule; 黄源水库's parked
  cars and anglers, titled from the word after '发现') are problems (R10); the 屠宰厂's progress ('正在平整场地') and
  the landfill's '运行正常' are no faults (R16); status null ('治理进度非常滞后' is the finding, no status word, R95);
  inspector the person as printed, '县政府副县长钟梁' (R46).
- t01 (R142): each fed-back statement ('检查组在…发现,有…等问题') is a problem titled from the word after '发现,'
  (R10), '等问题' kept (R87); status from the 回头看's verdict: 新庄镇 '前期检查组指出的问题没有得到有效解决' →
  in_progress (R93 未整改到位/仍未, R142 '还是存在' → in_progress), 石井镇 '建筑及生活垃圾已经被清理干净' → done;
  units the towns whose rectification was checked (C31 side A, recommendation; R102); measures 0 (verdicts, R95/R97).
- t03, t11, t07, t05: counts of typical cases or typical problems ('67个违法违规重大典型问题', '80个…', '首批5个典型
  案例', '第一批3个典型案例') → no headline (C26 recommendation, R68); published cases name no rectifier: units []
  (as agree22 nrgd/ncdzx; blind43 hg87897, hbchina).
- t03, t04, t11 items: a heading on its own line → the heading (R88: t03, t11); a heading run into its description on
  one line → the whole statement as far as the copy goes (R88/C9, R25: t04's '一是', as blind43 hg87897).
- t05: the items '中山市:…', '湛江市:…' are labelled items (R89: text after the label; not R82, the label runs into its
  text), category the section heading '广东:第一批典型案例集中通报' (R79); 湛江's '據悉,…已被指' (cut) is hearsay
  after the finding, dropped (R92).
- t10: '16宗' and the two 举报件 are petitions (R17): no problem, no figure.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # docs: the generators' shared kit
from agreement_kit import GLOSS, between, check_fields, check_problem, head, ins, norm, prob, read_texts, read_urls, reload_truth, simp, write_truth  # noqa: E402

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "blind50"
OUT = HERE / "blind50"
URLS = read_urls(HERE)
STEMS, T = read_texts(TEXTS, "t*.txt")


# ---- t01: the two fed-back statements '检查组在<place>发现,有…等问题。' (R142), status from the verdict that follows
def _t01():
    t = T["t01"]
    out = []
    for m in re.finditer(r"检查组在(新庄镇|石井镇)[^,]*发现,(有[^。]+问题)。", t):
        town, title = m.group(1), m.group(2)
        status = "in_progress" if town == "新庄镇" else "done"
        out.append(prob(None, title, status=status, units=[town]))
    return out


# ---- t02: one problem per island finding (NEW), garbage-free sentences taken by their printed boundaries
def _t02():
    t = T["t02"]
    titles = [
        between(t, "就发现了", "。"),                                   # 南澳仔岛
        between(t, "督察还发现,", "。"),                                # 大沙屿
        "平潭综合实验区中楼乡芦南村" + between(t, "平潭综合实验区中楼乡芦南村", "。"),  # 大结屿
        between(t, "督察发现,", "。"),                                  # 5 islands lost
        "平潭综合实验区违规组织" + between(t, "平潭综合实验区违规组织", "。"),          # tourism
        between(t, "此外,2018年,", "。"),                              # 东甲岛
    ]
    out = [prob(None, s) for s in titles]
    cat_line = [ln for ln in t.split("\n") if ln.startswith("监管责任不落实")][0]
    cat = re.match(r"[\u4e00-\u9fff]+", cat_line).group(0)
    out.append(prob(None, "河南省" + t.split("在河南省")[1].strip(), category=cat))
    return out


# ---- t03 / t11: the numbered case heading on its own line (R88), '1.' and final '。' dropped
def _cases(key, cat=None):
    t = T[key]
    out = []
    for m in re.finditer(r"^\s*(\d+)\.(.+)$", t, re.M):
        out.append(prob(int(m.group(1)), m.group(2).strip().rstrip("。"), category=cat))
    return out


# ---- t04: '二、主要問題' items '一是…' run into their description: whole as far as the copy goes (R139, R88, R25)
def _t04():
    t = T["t04"]
    part = t.split("二、主要問題\n")[1]
    out = []
    for m in re.finditer(r"(一|二|三|四|五)是(.+)", part):
        out.append(prob("一二三四五".index(m.group(1)) + 1, simp(m.group(2).strip()), category=simp("主要問題")))
    return out


# ---- t05: '中山市:…' / '湛江市:…' under '廣東:第一批典型案例集中通報' (R89), hearsay '據悉,…' dropped (R92)
def _t05():
    t = GLOSS.sub("", T["t05"])
    cat = simp("廣東:第一批典型案例集中通報")
    out = []
    for m in re.finditer(r"^(中山市|湛江市):(.+)$", t, re.M):
        body = m.group(2).split("據悉,")[0].strip().rstrip("。")
        out.append(prob(None, simp(body), category=cat))
    return out


# ---- t07: one problem per ';' clause of the five-case sentence (NEW), lead-in '…发现,' dropped (R92)
def _t07():
    t = T["t07"]
    sent = between(t, "   督察组在福建省发现", "。\n")
    sent = "督察组在福建省发现" + sent
    return [prob(None, c.split("发现,", 1)[1].strip()) for c in sent.split(";")]


# ---- t09: the two faults among the '<h3>' items (R10); progress and praise items none (R16)
def _t09():
    t = T["t09"]
    return [prob(None, "铺前" + between(t, "<h3>  铺前", "。")),
            prob(None, between(t, "黄源水库现场发现", "。"))]


DOCS = {
    "t01": dict(
        excerpt=False,
        genre="2-like a 回头看 of fed-back faults (R142): a tender site's copy (项目编号/预算金额 '点击查看' chrome, "
              "'查看隐藏内容(*)需先登录') of a county 河长办's news: headline, lead, per town the first check's finding and "
              "the 回头看's verdict, byline '(王永刚)'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县河长制办公室", "新庄镇、石井镇"), headline=head(), problems=_t01(),
        anomalies=[
            "Tender-site chrome ('项目编号 / 点击查看' ×6, '查看隐藏内容(*)需先登录', '查看隐藏内容') kept (R2).",
            "News of a check's 回头看 (R29/R30): kind null; the headline '山东县河长制办公室对…进行“回头看”' is a news "
            "headline: title null (R34); no signature, no date line: issuer and report date null.",
            "Dates masked ('*月**日', '*月*日'): no inspection dates (R2 kept, R60); a 回头看 is a recheck anyway (R53).",
            "Inspector '县河长制办公室' as the lead names it (R46; the headline's '山东县' prefix is the headline's); "
            "inspected '新庄镇、石井镇' as the sentence names them (R47).",
            "Problems (R142): each statement the first check found ('检查组在<place>发现,有…等问题'), titled from the word "
            "after '发现,' (R10), place lead-in dropped (R92), closing '等问题' kept (R87), final '。' dropped; seq and "
            "category null (no number, no heading).",
            "Status from the 回头看's verdict: 新庄镇 '主河道河面清洁美观…但前期检查组指出的问题没有得到有效解决' → "
            "in_progress (R93 未整改到位, R142 '还是存在' → in_progress); 石井镇 '建筑及生活垃圾已经被清理干净' → done.",
            "Units the towns whose rectification the 回头看 checked, '新庄镇', '石井镇' (R102 the body told to rectify; "
            "C31 side A, recommendation); the river spots are places (R103).",
            "Measures 0: verdicts, not an account of the fix (R95/R97); '挖掘机正在…对石井镇自行排查出的其他问题进行清理整治' "
            "concerns other problems, none listed.",
            "The copy is whole (1,158 bytes, byline and the closing '查看隐藏内容'): excerpt false (R5)."]),
    "t02": dict(
        excerpt=True,
        genre="6-like exposure: a forum's printable copy ('action=printable') of a news feature on central 督察 "
              "findings, with Discuz anti-scrape garbage ('/ Z) l9 K$ …') between paragraphs; starts mid-feature "
              "(平潭's uninhabited islands), a heading '监管责任不落实整改流于形式', the 周口 paragraph cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t02(),
        anomalies=[
            "Anti-scrape garbage runs ('/ Z) l9 K$ Z7 @- `* U( m', '& _* c/ ]8 …') kept in the text (R2), kept out of "
            "titles and the category.",
            "The copy starts mid-feature ('而早在2015年'): no title line (R33); kind null (news of a 督察's findings, "
            "R29/R30); no date, no signature: issuer and report date null.",
            "Inspector null: only '督察组' (unnamed, R48); inspected null (two regions); '2023年12月17日' is a site visit "
            "with a drone within the 督察, not its period (R53).",
            "(NEW) One problem per island finding (R10 a sentence per place; R140 a round-up of a 督察's faults): "
            "'南澳仔岛存在填海连岛行为' titled from the word after '就发现了' (the 2015 background '平潭白青丰田相关项目"
            "将…相连' the same problem, R13); '平潭综合实验区大沙屿…严重破坏' after '督察还发现,'; 大结屿 by its first "
            "sentence (the next four sentences on the same island are the same problem); '平潭综合实验区的本连屿、茶仔头岛"
            "等5个无居民海岛因围填海而灭失' after '督察发现,'; '平潭综合实验区违规组织无居民海岛旅游的现象时有发生,…'; "
            "东甲岛 with '此外,2018年,' dropped (R92). Hesitant: one per paragraph would give 5 (大结屿 and the 5 islands "
            "one, tourism and 东甲岛 one).",
            "Not problems: '值得注意的是,一些围填海行为严重改变岛体形态,甚至导致岛体灭失' (the paragraph's summary of its "
            "instances, R13) and the 督察组's quoted '指出:…认识不到位,相关部门监督执法不力…' (an assessment of causes, "
            "R16).",
            "The six 平潭 findings have category null: their heading is before the copy's start (R79 nearest preceding "
            "heading, none present); the 周口 problem's category is the heading line '监管责任不落实整改流于形式' without "
            "its garbage tail.",
            "周口 cut mid-sentence: '河南省周口市部分地区地下水超采问题突出这' labelled as far as the copy goes (R25), "
            "leading '在' dropped (R10 nanmuxuan).",
            "Seq null (no number); units [] (published findings name no rectifier, as blind43 frey365); status null, "
            "measures 0 (R95/R97); '10余亩', '3.38公顷', '10636平方米' are areas: no headline (R68).",
            "Cut mid-sentence ('…问题突出这'): excerpt true (R5)."]),
    "t03": dict(
        excerpt=True,
        genre="2 a numbered list of cases found by an inspection: a crypto-exchange spam page (丁香财经网 >> okx, "
              "'欧易okx交易所下载', 'APP下载 官网注册') carrying the 自然资源部 notice of 67 typical problems of the 2022 "
              "耕地保护督察: lead, '一、…问题(13个)', case 1's heading line and description; cut",
        kind=None, title=None, issuer=None, report_date="2023-05-05",
        inspection=ins("国家自然资源督察机构"), headline=head(), problems=_cases("t03", "侵占耕地挖湖造景,超标准建设绿化带和绿色通道问题(13个)"),
        anomalies=[
            "Crypto spam chrome (breadcrumb, the firm name as page title, the exchange's ad) kept (R2).",
            "Title null: the page's title line '浙江永久科技实业有限公司(…总经理)' is spam, the notice's own title is not "
            "printed (R33/R34); kind null: findings published, no rectification reported (R29/R112); issuer null (the "
            "lead's '自然资源部决定…公开通报' names the publisher, R38).",
            "Report date the page's date line '2023年05月05日 14:55' (R40).",
            "Inspector '国家自然资源督察机构' as the lead names it (R46); inspected null (many places); '2022年' is a year "
            "only: no start/end (R53).",
            "Headline null: '67个违法违规重大典型问题' counts the published typical cases (C26 recommendation, R68); the "
            "heading's '(13个)' is a part.",
            "Problem: case 1's heading on its own line, the description below: the heading (R88), '1.' and '。' "
            "dropped; seq 1; category '侵占耕地挖湖造景,超标准建设绿化带和绿色通道问题(13个)' with its count note as "
            "printed (C1 recommendation); units [] (a published case names no rectifier, as blind43 hg87897); status "
            "null, measures 0.",
            "'部分地方仍“顶风”侵占耕地…' in the lead are kinds, not problems (R19/R23).",
            "Cut mid-sentence ('安庄村等'): excerpt true."]),
    "t04": dict(
        excerpt=True,
        genre="2 one typical case with its own '二、主要问题' section (R139): a traditional copy of the central 督察's "
              "third batch of typical cases (mojibake '各?。▍^)' for '各省(区)'): lead, the 乌海 case heading, '一、基本"
              "情況', '二、主要問題', '一是…' run into its description; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第二生態環境保護督察組", "內蒙古自治區"), headline=head(), problems=_t04(),
        anomalies=[
            "Traditional copy with mojibake ('找準各?。▍^)突出問題') kept (R2); problem title and category simplified "
            "(R91); doc fields in the page's script.",
            "No title line (the copy opens with the notice's lead): title null (R33); kind null (a typical case "
            "published, no rectification, R29); no date, no signature: issuer and report date null.",
            "Inspector '中央第二生態環境保護督察組', inspected '內蒙古自治區' as the case's sentence names them (R46/R47, as "
            "blind43 hbchina '吉林'); '2025年6月' is month-only: no start/end (R53).",
            "Problems (R139): the case heading '內蒙古自治區烏海市大氣污染防治問題突出' names the case, not labelled; the "
            "'二、主要問題' section's items are the problems, category '主要问题' (R79); its '一是' → seq 1 (R76a).",
            "'一是煤焦化產業升級改造滯後。2020年,…' runs its heading into its description on one line: the whole statement "
            "(R88, C9 SETTLED; as blind43 hg87897), cut at '西來峰' and labelled as far as it goes (R25).",
            "Units [] (a published case names no rectifier); status null, measures 0; '220余萬噸' etc. are quantities: "
            "no headline (R68); '第三批典型案例' has no count.",
            "Cut mid-sentence ('西來峰'): excerpt true."]),
    "t05": dict(
        excerpt=True,
        genre="6-like exposure round-up: a glossed traditional copy ('環(huán)保') of an 环保在线 item on provincial 督察s: "
              "山东's stationing done (counts), 广东's first batch of typical cases as labelled items '中山市:…', "
              "'湛江市:…'; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=_t05(),
        anomalies=[
            "Glossed traditional copy kept (R2); problem titles and category simplified without glosses (R91).",
            "No title line (the copy starts '10月初,'): title null (R33); kind null (news, R30); no date line, no "
            "signature: issuer and report date null.",
            "Inspector and inspected null: two provinces' groups, none named (R48); '10月10日起…截至11月4日' has no year "
            "in the text (R60), and '截至…全面完成督察進駐' is no end (R54).",
            "Headline null: '73件' / '40件' are petitions (R17), '5349份', '219家', '579個' are documents, bodies and "
            "points (R68), '第一批3個典型案例' counts published cases (C26 recommendation).",
            "Problems: the labelled items '中山市:…', '湛江市:…' (R10 a card per body, R89 the text after the label; not "
            "R82: the label runs into its text), category the section heading '广东:第一批典型案例集中通报' (R79); "
            "山东's section prints no finding.",
            "湛江: '據悉,這10條出現反彈的黑臭水體,早在2021年…已被指' (cut) is hearsay after the finding: dropped (R92); "
            "its title ends '出現黑臭'.",
            "Seq null; units [] (published cases, no rectifier named); status null, measures 0.",
            "Cut mid-sentence ('已被指'): excerpt true."]),
    "t06": dict(
        excerpt=False,
        genre="near miss (R17): a district portal's page (breadcrumb '…> 中央生态环境保护督察 > 边督边改') holding the "
              "中央督察 边督边改 公开一览表 of the 25th batch, one petition row (序号63, 受理编号, 调查核实情况, 处理和整改"
              "情况, '已办结')",
        kind="bulletin", title="中央生态环境保护督察群众信访举报转办和边督边改情况公开一览表", issuer=None,
        report_date="2024-06-03",
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "Breadcrumb and table pipes ('| ||||||||||') kept (R2).",
            "(NEW) Problems []: the rows are 信访举报件 handed down by the 督察 (R17: never problems); not R17's "
            "exception (a sign-off 公示 of one 交办信访件 with its 整改 fields).",
            "(NEW) Kind bulletin: the table reports the handling and rectification of each petition ('处理和整改情况…"
            "目前,该小区已按要求整改到位', '已办结'), R27's 公示 reporting rectification, as blind10 tongliao; against "
            "blind40 qqzddqwz's null for a batch note (1 v 1).",
            "(NEW) Title the table's heading without its batch bracket '(第二十五批 2024年6月3日)' (R35's '(第十二期)', "
            "R32's run-on date); report date the bracket's '2024年6月3日' (R40, the title's dateline; no other date).",
            "Inspector null: no team named ('中央生态环境保护督察', R48); issuer null (no signature; the portal is chrome).",
            "Seq '63' and '受理编号 D3HN…' not read (no problem); no figure (R17).",
            "The page is whole (1,515 bytes, the row's last cell '无'): excerpt false (R5)."]),
    "t07": dict(
        excerpt=False,
        genre="6-like news of typical cases: a news portal's copy of a 光明日报 item on the first five typical cases "
              "of the third round's first batch of central 督察, the five cases as ';' clauses of one sentence; editor "
              "line",
        kind=None, title=None, issuer=None, report_date="2024-11-05",
        inspection=ins("第三轮第一批中央生态环境保护督察组"), headline=head(), problems=_t07(),
        anomalies=[
            "News (R30): kind null; '中央生态环保督察通报首批五个典型案例' is a news headline: title null (R34); '来源: "
            "sp20241105' is a garbled source: issuer null (R38).",
            "Report date the page's '发布时间:2024-11-05' (R40, R43: not the dispatch's '本报北京12月1日电').",
            "Inspector '第三轮第一批中央生态环境保护督察组' as the lead names it (R46); inspected null (five provinces); "
            "'自11月以来' is month-only: no start (R53).",
            "(NEW) Problems: the sentence names the five cases, each ';' clause one body's own findings: one problem "
            "per clause (R12 one per body, R10 a ';' clause of an exposure), its lead-in '督察组在福建省发现,' / "
            "'督察组督察河南省发现,' / '在海南省,督察组发现,' … dropped (R92), final '。' dropped; not R19 (its "
            "one-sentence naming covers many bodies at once; each clause here is one body's) nor R141 (case names "
            "quoted together). Hesitant: R19 read broadly gives [].",
            "Seq and category null; units [] (published cases name no rectifier); status null, measures 0.",
            "Headline null: '首批5个典型案例' counts published cases (C26 recommendation, R68).",
            "The article reaches the editor line '(责编:…)': excerpt false (R5)."]),
    "t08": dict(
        excerpt=True,
        genre="near miss (R17): a city bureau's 边督边改 公示 of the 8th batch from a provincial 督察组: one petition "
              "(018, 噪声, 部分属实, 阶段性办结) in a table (举报内容, 调查核实情况, 处理和整改情况); cut in the row",
        kind="bulletin", title="群众信访举报转办和边督边改情况公示", issuer=None, report_date="2025-08-24",
        inspection=ins("甘肃省第一生态环境保护督察组"), headline=head(), problems=[],
        anomalies=[
            "(NEW) Problems []: the batch's one row is a 信访举报件 (R17: never problems); though the batch holds one "
            "petition, a batch disclosure of petitions handled is not R17's exception (a sign-off 公示 of one "
            "交办信访件, blind13 suzhou, blind25 zhoucun), and it is '阶段性办结' (hesitant: the other reading gives one "
            "problem, seq null).",
            "(NEW) Kind bulletin: the 公示 reports the handling ('委托…开展噪声监测', '阶段性办结'), R27, as blind10 "
            "tongliao; against blind40 qqzddqwz (1 v 1).",
            "(NEW) Title the first line without its batch bracket '(第八批 2025年8月24日)' (R35; the table's own heading "
            "'群众信访举报转办和边督边改公开情况一览表' is the second printing); report date the bracket's '2025年8月24日' "
            "(R40, no other date line).",
            "Inspector '甘肃省第一生态环境保护督察组', which handed the petition down (R46); inspected null ('我市', R48).",
            "No figure: '共1件' is a petition count (R17); '65dB(A)', '10个…点位' are limits and points (R68).",
            "Cut mid-word ('希望安装噪'): excerpt true."]),
    "t09": dict(
        excerpt=False,
        genre="2-like a check's site findings: a meipian post (author '美友3845536') in '<h3>' items of a vice county "
              "head's 暗访督查 of 督察-feedback rectification: lead, the four sites, one item per site",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县政府副县长钟梁"), headline=head(), problems=_t09(),
        anomalies=[
            "HTML '<h3>' tags kept (R2).",
            "A check's news (R29/R30): kind null; '钟梁副县长暗访督查环保督察反馈问题整改工作' is a news headline: title null "
            "(R34); no date with a year ('10月31日下午', R60), no signature: issuer, report date, start/end null; a "
            "督查 of rectification gives no inspection dates anyway (R53).",
            "(NEW) Inspector the person who made the check, '县政府副县长钟梁' as printed (R46: a person when that is the "
            "only name; the accompanying '县生态环境局局长杨四清' is not the checker); inspected null (several sites).",
            "(NEW) Problems: the two site faults among the '<h3>' items (R10 one per place): '铺前煤矿二井生态恢复治理项目"
            "现场未施工,治理进度非常滞后' whole, and 黄源水库 titled from the word after '发现' ('有社会车辆停放和垂钓现象'); "
            "the 屠宰厂's progress ('正在平整场地') and the landfill's '运行正常' state no fault (R16).",
            "Seq null ('<h3>' items, R78); category null; units [] (sites are places, R103); status null: '治理进度非常"
            "滞后' is the finding itself, no status word (R95); measures 0 (R97).",
            "The post is whole (887 bytes, last '<h3>'): excerpt false (R5)."]),
    "t10": dict(
        excerpt=False,
        genre="near miss (R17): a city portal's 通报 (二) of how two 中央督察 举报件 were verified and handled "
              "('关于群众反映…问题:' paragraphs), ending at the heading of a 受理情况公示 table not in the copy",
        kind="bulletin", title="中央第四环境保护督查组交办梅州市环境问题举报件核实查处情况通报", issuer=None,
        report_date="2016-12-05",
        inspection=ins("中央第四环境保护督查组"), headline=head(), problems=[],
        anomalies=[
            "Portal chrome (breadcrumb, '浏览:-', '字号:') kept (R2).",
            "Problems []: the two '关于群众反映…问题:' paragraphs are 举报件 handed down by the 督察组 (R17: never "
            "problems).",
            "(NEW) Kind bulletin: the title names a 通报 and the text reports the handling ('兴宁市人民政府已要求…15日内"
            "清除现有存栏生猪', '已成立夜间巡查工作组'), R27, as blind10 tongliao; against blind40 qqzddqwz (1 v 1).",
            "(NEW) Title without its issue number '(二)' (R35's '(第十二期)'); the title's '督查组' typo kept as printed.",
            "Report date the page's '时间:2016-12-05 15:01:46' (R40); '来源:梅州市广播电视台' is metadata: issuer null (R38); "
            "the closing line '中央第四环境保护督察组' runs into the next table's heading '交办梅州市环境问题举报件受理情况"
            "公示': no signature.",
            "Inspector '中央第四环境保护督查组' as the title prints it (R46; the lead writes '中央第四环保督察组'); inspected "
            "null (the province, not named).",
            "No figure: '16宗', '1宗' and '五批' count petitions (R17).",
            "The copy (1,552 bytes) ends at the table heading, no cut by the store: excerpt false (R5; the table itself "
            "is not in the stored copy)."]),
    "t11": dict(
        excerpt=True,
        genre="2 a numbered list of cases found by an inspection: a sports-betting spam site ('完美体育', '365WM "
              "SPORTS' spliced into the headline and lead) reposting the 自然资源部 notice of 80 typical problems of the "
              "2024 国家自然资源督察: lead, summary, case 1's heading line and description; cut",
        kind=None, title=None, issuer=None, report_date="2024-08-22",
        inspection=ins(), headline=head(), problems=_cases("t11"),
        anomalies=[
            "Spam site chrome and spliced spam words ('WM完美体育365', '完美体育侵占…') kept (R2).",
            "News repost (R30): kind null; '80个违法违规重大…典型问题自然资源部最新通报!' is a spam-spliced news "
            "headline: title null (R34); '作者:小编' is no issuer (R38); report date '发布时间:2024-08-22' (R40).",
            "Inspector null: '2024年国家自然资源督察' names the inspection, not a body (R48; no team named); inspected "
            "null; '2024年' a year only (R53).",
            "Headline null: '80个违法违规重大典型问题' counts the published typical cases (C26 recommendation, R68).",
            "Problem: case '1.' on its own line with its description below: the heading (R88), '1.' and '。' dropped, "
            "closing '问题' kept (R87); seq 1; category null (no heading before it: the '督察发现,…' paragraph is a "
            "summary of kinds, R19/R23); units [] (a published case); status null, measures 0.",
            "Cut mid-word ('现场调'): excerpt true."]),
    "t12": dict(
        excerpt=True,
        genre="near miss (R17): a county portal's 中央督察 '回头看' 边督边改 公开一览表 (第二十八批·沂源县), one petition "
              "row split over lines (受理编号 X3700…, 举报内容, 调查核实情况 1./2., 属实, 处理和整改情况 1.…); cut",
        kind="bulletin", title="中央生态环境保护督察“回头看”转办件边督边改信息公开情况一览表", issuer="沂源县",
        report_date="2018-12-10",
        inspection=ins(), headline=head(), problems=[],
        anomalies=[
            "Table cells one a line with split labels ('举报\\n地点', '是否\\n属实') kept (R2).",
            "(NEW) Problems []: the row is a 转办件 (petition) of the 回头看 (R17: never problems).",
            "(NEW) Kind bulletin: the table reports the handling ('已按整改时限和整改要求对违建厂房和设备进行了拆除', "
            "'1.责令2家养殖场…'), R27, as blind10 tongliao; against blind40 qqzddqwz (1 v 1).",
            "(NEW) Title the heading without its bracket '(第二十八批·沂源县)' (R35); issuer '沂源县' from that bracket of "
            "the title line (R37: from the title); report date '发布日期:2018-12-10' (R40).",
            "Inspector null: no team named ('中央生态环境保护督察“回头看”', R48); '11月28日' is the county's "
            "investigation, '2017年8月' an earlier 督察 mentioned: no inspection dates (R53).",
            "No figure: the row's '221头', '13000只' etc. are animals (R68); the petition is none (R17).",
            "Cut mid-list in 处理和整改情况 item 1: excerpt true (R5)."]),
}

EXPECTED = {"t01": 2, "t02": 7, "t03": 1, "t04": 1, "t05": 2, "t06": 0, "t07": 5, "t08": 0, "t09": 2, "t10": 0,
            "t11": 1, "t12": 0}
MEASURES = {}  # every problem 0


def recount(key, text):
    """Independent count by markers in the text (a different route than the extraction above)."""
    if key == "t01":  # fed-back statements: '发现,有' once per town
        return text.count("发现,有")
    if key == "t02":  # finding markers: the three '发现', '实施围填海', '现象时有发生', '此外,20', the cut '问题突出这'
        return (text.count("发现") + text.count("实施围填海") + text.count("现象时有发生")
                + len(re.findall(r"此外,20\d\d年", text)) + text.count("问题突出这"))
    if key in ("t03", "t11"):
        return len(re.findall(r"^\s*\d+\.\S", text, re.M))
    if key == "t04":
        return len(re.findall(r"[一二三四五六七八九十]是", text.split("主要問題")[-1]))
    if key == "t05":
        return len(re.findall(r"^\S{2,3}市:", GLOSS.sub("", text), re.M))
    if key == "t07":
        return len(re.findall(r"督察组[^;。]*?发现,", text))
    if key == "t09":  # '<h3>' items with a fault word
        return sum(1 for h in re.findall(r"<h3>(.*?)</h3>", text) if re.search(r"未施工|滞后|现象", h))
    return 0  # petition tables and 通报 (R17)


def main():
    assert set(DOCS) == set(STEMS) == set(URLS) and len(STEMS) == 12
    total = 0
    for stem in STEMS:
        d, text = DOCS[stem], T[stem]
        probs = d["problems"]
        assert len(probs) == EXPECTED[stem] == recount(stem, text), (stem, len(probs), recount(stem, text))
        assert [p["measure_count"] for p in probs] == MEASURES.get(stem, [0] * EXPECTED[stem]), stem
        total += len(probs)
        flat = norm(text)
        for p in probs:
            check_problem(stem, p, flat)
            assert not re.search(r"[A-Za-z$@&*^%]", p["title"]), (stem, "garbage in title", p["title"])
        check_fields(stem, d, text)
        write_truth(OUT, stem, URLS[stem].strip(), d)
    assert total == 21, total
    for stem in STEMS:
        j = reload_truth(OUT, stem)
        print(f"{stem}: kind {j['kind']}, {len(j['problems'])} problems, measures "
              f"{[p['measure_count'] for p in j['problems']]}")
        for p in j["problems"]:
            print(f"    {p['seq']} | {p['category']} | {p['title']} | {p['status']} | {p['responsible_units']}")
    print("total", total)


if __name__ == "__main__":
    main()
