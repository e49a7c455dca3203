"""Write the texts and truth files of tests/importer/real/blind56: a held-out set of real pages (session 25), labelled
on 2026-12-07 (12:15-12:25 UTC by the machine clock, which ran slow against the work done) by helper label71, who did
not read or run the parser (zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set.
Every url was checked with /work/wt/known_urls.py when found and again before the commit; a distinctive phrase of each
page ('畏难思想严峻', '科学技术部党组关于巡视整改', '6家单位晒巡视整改清单') was grepped in /work/main/tests/importer and
/work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C42, the s24 settled calls) and make_truths.py
(head/ins/problem); structure after make_truths_blind55.py. The texts are the stored copies the search tool's ``pages``
corpus returned, pasted as JSON string literals and decoded (R2): a doc-sharing site's banner and chunk numbers, a
synonym-spun text with masks ('20xx年x月x日', '县委第x巡察组', 'xx村'). Two copies decode to 1,998 UTF-8 bytes (the store's
limit, cut); the third to 742 bytes.

Brief (blind56): real pages at the genre's centre - 巡视/巡察整改进展情况的通报, 整改情况的报告, 整改落实情况 of single bodies
(universities, hospitals, state-owned companies, bureaus, counties, towns, departments), cut copies, bulletins whose
problems follow an organising section, problems in attachments, traditional copies; 10-15 pages, at most 2 a site, near
misses at most a third; not audit, 督察, one-task 公示 or area-wide round summaries.

RESULT: the centre of the genre is exhausted in the ``pages`` store. 88 queries (8 results each) brought back the same
few dozen pages again and again; 46 distinct candidate urls were checked with known_urls.py: 39 KNOWN, 7 NEW. Every
single-body bulletin or report the store returned was KNOWN but one (taowenge, a spun 范文 copy of a village's report).
So this set holds 3 pages, not 10-15: the one new centre page, one news item about one body's 巡视整改 bulletin (the
genre's edge), and one near miss. Nothing was padded with off-brief pages.

Queries (paraphrased groups): 巡察整改进展情况的通报 + 党委/学院/医院/法院/检察院/公安局/街道党工委/镇党委/乡党委/局党组/县水利局/
医疗保障局/总工会/供销社/中医院/疾控中心/党校/城投集团/农商行/供电公司/公司党委/集团党委; 关于巡视反馈意见整改情况的通报 集团公司;
巡视整改进展情况的通报 大学/职业技术学院/厅党组/县委/中管企业; 按照党务公开原则…现将巡察整改进展情况予以公布; 现将巡察集中整改进展
情况予以公布 截至目前 反馈问题 已完成整改; 现将巡察反馈问题整改落实情况报告如下; 整改落实情况的报告 公司党委/我局/范文/XX局/**镇;
巡察反馈问题整改情况 1.关于…问题 整改情况:一是; 反馈问题:整改措施:整改成效:; 问题1: 整改进展:; 序号 反馈问题 整改措施 完成
时限; 附件:巡察反馈问题整改落实情况表; 巡察整改情况公示 卫生院/社区; 村党支部 巡察反馈问题整改情况公开; 脱贫攻坚专项巡察
反馈问题整改落实情况的报告; 机动巡察 反馈问题整改; 巡察整改回头看自查报告; finding-phrase queries (意识形态工作责任制落实不到位,
三重一大, 违规兼职取酬, 超职数配备, 公务用车, 村级财务, 固定资产 账实不符, 发展党员 党费 三会一课, 干部人事档案) + 整改情况;
traditional wordings (關於巡察整改進展情況的通報, 巡視整改進展情況 關於 問題的整改情況, 巡視組反饋意見整改落實情況, 學院黨委關於巡
視整改情況的通報); doc-site and spun wordings (…docx 由会员分享, 原创力文档, 反应意见 整改状况, 巡查反馈问题整改情况报告, 精选 篇).

KNOWN (39): puupupc 湖北卫健委, sqjw 宿迁卫健委, wjw.taizhou, wuch 婺城文旅体局, jw.km, mech.ycit, gztusheng, asdi,
fj.ptzy 莆田中院, ssqfy 沙市法院, tlqh, alatiku 某中学, zijin 蓝塘中学, ntlz 海门中学, renrendoc, wentop, twjw 通渭宣传部,
hnhs 宣传部, hhzjjjc 金垦二社区, hetang 余家冲社区, yzctcx 湖北省委, wk114, czs2y 郴州二院, gongwenku1 47900 区总工会,
tongdao 总工会, haerbin.baogaosu and hfzxmc 最高检 (two copies), tengbh88 检察院, zhongshan.jcy, dgjj, jiwei 东营公安分局,
zslz 公安局, jieyang 公安局, wsj.yancheng 疾控, fangchan 广州住建局, asctjt, changsha.baogaosu, epaper.jzrb, 001doc.
NEW but declined (4): gongwenku1 46120 (a speech at a 巡视反馈问题动员部署会, no list), topvintageporn 2016-04-26 page 2 (a
spam mirror of the second page of the same 中新网 article as baogaosu below: R4 keeps one), hl-developerz 鄂尔多斯 (a city's
明察暗访 of 公款吃喝, many bodies), m.777doc 乡镇脱贫攻坚整改情况报告 (a 考核 rectification report, not 巡视/巡察: off brief).

Pages, kinds and problems (counted twice: by reading, and in main() by a regex recount of each text):
- taowenge (bulletin, cut): a doc-sharing copy of a 范文 collection; its first piece is a village's report on rectifying a
  县委巡察组's feedback: category '(一)在畏难思想严峻,工作作风不实方面', items 1 and 2, one 整改状况 list 1-3 (3 cut). 2 problems,
  measures 3 + 3 (NEW, below).
- caixin (null, whole): a 2014 news item on 科技部党组's 巡视整改 通报: one quoted feedback item and its account. 1 problem,
  in_progress, measures 1.
- baogaosu (null, cut): near miss, a news round-up of six central bodies' 整改报告 (R125): []. 1 of 3 (a third).
Total 3 problems; measures 7.

NEW calls: (1) taowenge kind bulletin: a village's report of rectification done (R27; as blind55 cq4a), though the 范文
collection's file name names a 清廉村居建设实施方案; title null (the file name names no rectification document, R34). (2)
taowenge measures: one 整改状况 list answering a category of two problems, keyed to neither, applies to each problem of the
group (read as R105 applies a group's closing 责任单位/时限 to each finding): 3 each. (3) caixin status: a lead's '已做出整改'
against an account in which 37 of 39 cadres are '正在办理' their resignations: the account beats the lead (R188), the
partial close is in_progress (R187). (4) baogaosu report date: the dispatch dateline '4月26日电' with its year from context
('2015年第三轮中央巡视' was '去年', R58).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import check_doc, check_problems, head, ins, write_labelled_set  # noqa: E402
from make_truths import problem as _p  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "blind56"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_TW = "taowenge_jiangling_village_xuncha_feedback_rectification_spun_cut"
_CX = "caixin_most_xunshi_rectification_bulletin_news_2014"
_BG = "baogaosu_six_central_units_xunshi_rectification_roundup_cut"

_RAW = {
    _TW: r'''"《有关村级清廉村居建设实施方案通用(四篇).docx》由会员分享,可在线阅读,更多相关《有关村级清廉村居建设实施方案通用(四篇).docx(19页珍藏版)》请在taowenge.com淘文阁网|工程机械CAD图纸|机械工程制图|CAD装配图下载|SolidWorks_CaTia_CAD_UG_PROE_设计图分享下载上搜索。\n1、 有关村级清廉村居建设实施方案通用(四篇)有关村级清廉村居建立实施方案通用一 20xx年x月x日我村针对县委第x巡察组反应意见召开专题会议,向党员、干部传达了上级党委政府会议精神及县委第x巡察组巡察反应意见。要求全体党员干部要以习近平新时代中国特色社会主义思想为指导,坚决贯彻落实县委第x巡察组关于对江陵县xx乡xx村巡察状况的反应意见的相关指导意见,强化目标责任导向、责任担当、问题意识,并针对整改工作,从分工安排、整改措施、整改时限等方面进展了具体的安排部署,确保我村如期完成整改工作。 (一)在畏难思想严峻,工作作风不实方面 1局部村干部工作要求不高,得过且过。工作中畏难思想严峻,好做的事情就\n2、做,不好做的事情就拖。 2厕所革命工作应付了事,未按要求进展厕改。 整改状况: 1充分发挥周工作例会作用。利用每周工作例会对上周工作进展总结,并制定本周工作目标任务。目前每周例会均按时开展,有效确保了各项工作落到实处。 2加强村干部监视考核。建立健全了村干部考核细则,特殊明确了考核结果与村干部的荣誉挂钩、绩效工资挂钩、罢免调整挂钩。x月x日组织召开“主题党日”活动,会上组织全体党员、干部对中国共产党农村工作条例进展了学习。 3再次明确工作职责。支部书记分别对两委干部单独进展了谈话提示;8月25日组织召开村“两委”干部会议,会上对干部工作作风、下一阶段工作进度提"''',
    _CX: r'''"【财新网】(实习记者 陈梦凡)10月10日上午,科技部网站发布《中共科学技术部党组关于巡视整改情况的通报》(下称《通报》)称,针对7月9日中央第十巡视组向科技部党组反馈的巡视意见中指出的“对所主管的学会、协会缺乏有效监管,干部兼职过多”问题,科技部已做出整改。\n《通报》显示,2名退休中管干部已全部办理完在企业兼职的辞职手续。部系统干部在企业兼职(任职)所涉及的10个单位39名兼职(任职)人员中,37人已明确不再兼任现有企业职务,正在办理相关的辞职(辞任)手续;2人明确去企业任职(1名事业单位副局级干部,1名事业单位中层干部),任职手续已完成。"''',
    _BG: r'''"6家单位晒巡视整改清单 典型违纪案例获披露\n中新网北京4月26日电(记者 阚枫)25日,6家参与2015年第三轮中央巡视的单位率先晒出巡视整改报告。报告中,多家单位披露了查处的典型违纪案例,针对巡视反馈中出现的新问题,相关单位针对性地介绍了整改举措。\n整改报告披露违纪案例\n——官员花天价请人讲易经 文联下属企业人员嫖娼被处分\n今次公布整改报告的是参与去年第三轮中央巡视的单位,这轮巡视共涉及31个单位,巡视的时间集中在去年10月至12月。今年2月,中央巡视组集中通报了此轮巡视的反馈清单,两个多月后,相关单位如今开始公布各自的整改情况。\n截至4月25日,共青团中央、中投公司、中国人保集团、中国农业发展银行、中国文联和中国农业银行的“整改清单”率先亮相。\n与以往不同,本轮巡视将巡视的对象从“单位”变为“单位党组织”,巡视的性质也首次明确为“是政治巡视不是业务巡视”,检查政治纪律、政治规矩也成为本轮巡视的重点之一。\n观察已经公开的六份“整改清单”,有关“党的领导弱化”的整改内容在报告中被重点介绍,六家单位均亮出了各自强化党建工作的措施。\n整改报告中,最受舆论关注的依旧是违纪案件查处情况。值得注意的是,今次公开的整改报告中,相关被巡视单位除了用数字列出违纪情况查处情况,还在通报中披露了一些典型违纪案例。\n例如,中国文联的通报中提到,对弄虚作假多占住房的个别领导干部,给予留党察看二年的处分,同时撤销行政职务,职务等级由正局级领导职务降为副巡视员且按照有关程序罢免其驻会职务,并收回违规占有住房。\n中国文联的通报还提到,对组织画家卖画“补偿”本单位违纪人员补交的违规出国费用的个别领导干部,给予党内严重警告处分"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

URLS = {
    _TW: "https://m.taowenge.com/p-90209571.html",
    _CX: "http://china.caixin.com/2014-10-10/100736886.html",
    _BG: "https://wuhan.baogaosu.com/xinwen/%E5%AE%B6%E5%8D%95%E4%BD%8D%E6%99%92%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9"
         "%E6%B8%85%E5%8D%95%E5%85%B8%E5%9E%8B%E8%BF%9D%E7%BA%AA/46309352",
}

# The doc site numbers its text chunks ('1、' at the first, '\n2、' where the second starts); the marker is no part of the
# wording it splits (schema: page-chunk markers removed from titles).
_CHUNK = "\n2、"

# ---- truths ---------------------------------------------------------------------------------------------------------

_CHECK_NOTE = "Held-out (blind56): labelled without reading or running the parser; not scored by the labeller."

_TW_CAT = "在畏难思想严峻,工作作风不实方面"
TAOWENGE = [
    _p(1, "局部村干部工作要求不高,得过且过。工作中畏难思想严峻,好做的事情就做,不好做的事情就拖", _TW_CAT, measures=3),
    _p(2, "厕所革命工作应付了事,未按要求进展厕改", _TW_CAT, measures=3),
]

CAIXIN = [_p(None, "对所主管的学会、协会缺乏有效监管,干部兼职过多", status="in_progress", measures=1)]

DOCS = {
    _TW: dict(
        excerpt=True,
        genre="a doc-sharing site's preview of a 范文 collection (synonym-spun, masked); its first piece is a village's "
              "report on rectifying a 县委巡察组's feedback: one category with two numbered items and one numbered "
              "整改状况 list; cut inside the list's third item",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("县委第x巡察组", "江陵县xx乡xx村"), headline=head(), problems=TAOWENGE,
        anomalies=[_CHECK_NOTE,
                   "Site chrome: the doc site's banner line and its chunk numbers ('1、' at the first chunk, '\\n2、' where "
                   "the second starts, inside problem 1's wording); the chunk marker is removed from the title (schema: "
                   "page-chunk markers removed), the text kept as stored (R2).",
                   "Spun text kept (R2, R86 inner wording verbatim): the copying site swapped words for synonyms "
                   "('反应意见' for 反馈意见, '严峻' for 严重, '进展' for 进行, '局部' for 部分, '监视' for 监督, '特殊' for 特别); "
                   "titles and the category keep the page's words.",
                   "NEW: kind bulletin: the piece reports how the village rectified the feedback ('目前每周例会均按时开展', "
                   "R27; as blind55 cq4a); title null: the collection's file name '有关村级清廉村居建设实施方案通用(四篇)' and "
                   "the piece heading name a 清廉村居 implementation plan, no rectification or inspection document (R34; "
                   "R35's 范文 file-name rule applies when it names one).",
                   "Masks kept (R2): inspector '县委第x巡察组' and inspected '江陵县xx乡xx村' as printed (R46, R47; C37 "
                   "side A: a distinguishing part survives the mask, '县委…巡察组', '江陵县…村'); issuer null (no signature, "
                   "'我村', R37, R48); '20xx年x月x日' masked: no feedback date, no report date (R44, R60); '8月25日' is a "
                   "meeting with no year (R53, R60).",
                   "Problems: the two numbered items under '(一)在畏难思想严峻,工作作风不实方面' (R8); seq 1, 2 from the "
                   "numbers printed without punctuation (R75); category as printed without '(一)' (R79, R81); each item "
                   "whole (R88: run on its line), final '。' dropped (R86).",
                   "NEW: measures: the category's one '整改状况:' list (1 充分发挥周工作例会作用, 2 加强村干部监视考核, 3 再次明确"
                   "工作职责, the third cut inside, R25) follows both items and is keyed to neither; read as the group's "
                   "answer, applying to each problem of the group (as R105 applies a group's closing 责任单位/时限 to each "
                   "finding): 3 each. Other readings: the list answers item 1 only (its items are about cadres' work "
                   "style, none about 厕改) → 3 and 0; or general measures (R98) → 0 each.",
                   "Status null: actions reported with no done word for either item (R95); '目前每周例会均按时开展' is one "
                   "measure's effect. No figures.",
                   "Excerpt: the copy stops at 1,998 bytes inside the third 整改状况 item (R5)."]),
    _CX: dict(
        excerpt=False,
        genre="a finance site's news item on one ministry's 巡视整改情况的通报: the one feedback item it quotes and the "
              "bulletin's account of the fix",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第十巡视组", "科技部党组"), headline=head(), problems=CAIXIN,
        anomalies=[_CHECK_NOTE,
                   "News (R30): kind null; the bulletin's name '《中共科学技术部党组关于巡视整改情况的通报》' is quoted in the "
                   "lead, no title line (R33, R34); issuer null (R37, R38: the news site is no issuer).",
                   "One named problem (R108): the feedback item quoted in the lead, outer quotes and the '“…”问题' wrapper "
                   "stripped (R86); seq null, category null (R78, R84); units [] (no 责任单位, R101).",
                   "NEW: status in_progress: the lead says '科技部已做出整改', but the bulletin's account beats the lead "
                   "(R188): 2 retired cadres done, 37 of 39 '正在办理相关的辞职(辞任)手续', 2 '任职手续已完成' - a partial "
                   "close (R187; R93 '正在').",
                   "Measures 1: the '《通报》显示,…' paragraph is one undivided account of the fix (R96; C27 settled s24).",
                   "No figures: cadres and units counted ('2名', '10个单位39名', '37人', '2人') are people and bodies (R68).",
                   "Dates: '7月9日' (feedback) and '10月10日上午' (publication) have no year in the text; the url's "
                   "2014-10-10 is not read (R44, R60): feedback date and report date null. Inspector and inspected as the "
                   "feedback sentence names them (R46, R47).",
                   "Excerpt false: the stored copy (742 bytes, under the store's limit) ends at a full stop (R5); whether "
                   "the live page runs on (a paywall) cannot be seen in the copy."]),
    _BG: dict(
        excerpt=True,
        genre="near miss: a city-named mirror of a 中新网 news round-up of six central bodies' 巡视整改 reports, quoting "
              "two disciplinary cases from one of them; cut mid-sentence",
        kind=None, title=None, issuer=None, report_date="2016-04-26",
        inspection=ins("中央巡视组"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Near miss: a round-up of six bodies' published rectification reports (共青团中央, 中投公司, 中国人保集团, "
                   "中国农业发展银行, 中国文联, 中国农业银行) → [] (R125: found-and-fixed items of different bodies; not R140's "
                   "exposure round-up, C32); 中国文联's two cases tell sanctions of individual cadres quoted from its "
                   "通报, no finding the page lists as a problem (R125, R19); the subhead '——官员花天价请人讲易经 文联下属企业"
                   "人员嫖娼被处分' is a teaser.",
                   "News: kind null (R30); the headline '6家单位晒巡视整改清单 典型违纪案例获披露' is a news headline: title null "
                   "(R34, C7); issuer null (R38).",
                   "NEW: report date 2016-04-26 from the dispatch dateline '中新网北京4月26日电', its year from context: "
                   "'2015年第三轮中央巡视' was '去年' (R58); the mirror prints no page date (R43).",
                   "Inspector '中央巡视组' as printed (R46); inspected null (six bodies, R48); '去年10月至12月' is month-only: "
                   "no start/end (R53); '31个单位' are bodies, no figure (R68).",
                   "Excerpt: the copy stops at 1,998 bytes mid-sentence ('给予党内严重警告处分', no full stop, R5)."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
MEASURES = {_TW: 6, _CX: 1}


def recount(stem: str, text: str) -> int:
    """The problems counted again from each text by a pattern of its own."""
    if stem == _TW:
        group = text.replace(_CHUNK, "").split("方面 ", 1)[1].split(" 整改状况", 1)[0]
        return len(re.findall(r"(?:^| )\d(?=[^\d\s、])", group))
    if stem == _CX:
        return text.count("干部兼职过多”问题")
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: taowenge's 整改状况 items (applied to each of the group's problems), caixin's one
    account paragraph."""
    if stem == _TW:
        answer = text.split("整改状况:", 1)[1]
        items = len(re.findall(r"(?:^| )\d(?=[^\d\s、月日])", answer))
        problems = recount(stem, text)
        return items * problems
    if stem == _CX:
        return len(re.findall(r"^《通报》显示,", text, re.M))
    return 0


def _forms(y, m, dd):
    return (f"{y}年{m}月{dd}日", f"{m}月{dd}日电")


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (chunk marker and line breaks removed), categories as
    written; measures as recounted; no deadline and no unit anywhere; the document fields."""
    probs = d["problems"]
    flat = text.replace(_CHUNK, "").replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text, deadline_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(p["deadline"] is None and not p["responsible_units"] for p in probs), stem
    assert all(p["status"] is None or stem == _CX for p in probs), stem
    check_doc(stem, d, text, report_forms=_forms)
    nbytes = len(text.encode("utf-8"))
    assert d["excerpt"] == (nbytes >= 1990), (stem, nbytes)


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    near = [k for k, d in DOCS.items() if not d["problems"]]
    assert 3 * len(near) <= len(DOCS), near
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=3, urls=URLS)


if __name__ == "__main__":
    main()
