"""Write the truth files of tests/importer/real (run once; the JSON files are what the tests read).

Each truth follows the seed corpus schema (/work/shared/corpus/README.md) plus
``url`` (where the text was found), ``excerpt`` (true when the stored copy is cut
off: problems and figures are those of the text present), ``genre`` (which of the
seven kinds of issue 10 the document is an example of) and ``blind``.

It is also the shared kit of the other generators (make_truths_blind*.py, make_truths_snippets*.py): the record
builders (``ins``, ``head``, ``prob``, ``problem``), the writers (``write_text``, ``write_truth``, ``truth_body``,
``write_json``), the set writers (``write_labelled_set``, ``write_stored_snippets``, ``write_snippet_set``), the text
helpers (``between``, ``cn_numeral``, ``simp``, ``simplified``, ``printed``) and the self-checks every labeller ran on
a truth against its text (``check_problems``, ``check_pinned``, ``check_doc`` = ``check_title_issuer`` +
``check_names`` + ``check_headline_printed`` + ``check_inspection_dates`` + ``check_report_date``; ``check_snippet`` =
``check_figures`` + ``check_dates_printed``; ``check_stems``). Each generator keeps its own data, its own recounts and
its own special checks.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def ins(inspector=None, inspected=None, start=None, end=None, feedback=None):
    return {"inspector": inspector, "inspected": inspected, "start": start, "end": end, "feedback_date": feedback}


def head(pt=None, pd=None, mt=None, md=None, rules=None):
    return {"problems_total": pt, "problems_done": pd, "measures_total": mt, "measures_done": md, "rules_made": rules}


def prob(seq, title, category=None, status=None, measures=1, units=(), deadline=None):
    return {"seq": seq, "category": category, "title": title, "status": status, "measure_count": measures,
            "responsible_units": list(units), "deadline": deadline}


def problem(seq, title, category=None, units=(), status=None, measures=0, deadline=None):
    """``prob`` in the positional order the later generators use (units before status; measures 0 unless given);
    imported there as ``_p``."""
    return prob(seq, title, category=category, status=status, measures=measures, units=units, deadline=deadline)


# ---- the shared kit: writers --------------------------------------------------------------------------------------

TRUTH_KEYS = ("kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies")


def truth_body(d: dict, **over) -> dict:
    """A truth file's body: ``url``, ``excerpt``, ``genre``, then TRUTH_KEYS in that order, each from ``over`` when
    given there, else from ``d``."""
    return {k: over[k] if k in over else d[k] for k in ("url", "excerpt", "genre", *TRUTH_KEYS)}


def write_json(path: Path, obj) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def write_truth(out: Path, stem: str, d: dict, **over) -> None:
    """Write ``out/<stem>.truth.json`` (see truth_body for ``over``)."""
    write_json(out / f"{stem}.truth.json", truth_body(d, **over))


def write_text(out: Path, stem: str, text: str) -> None:
    (out / f"{stem}.txt").write_text(text, encoding="utf-8")


def check_stems(out: Path, docs, *, every_file: bool = False) -> None:
    """The .txt files in ``out`` (every file, its .truth.json / .txt suffix dropped, with ``every_file``) are exactly
    the documents ``docs``."""
    if every_file:
        stems = {p.name[:-len(".truth.json")] if p.name.endswith(".truth.json") else p.stem for p in out.iterdir()}
    else:
        stems = {p.name[:-4] for p in out.glob("*.txt")}
    assert stems == set(docs), sorted(stems ^ set(docs))


# ---- the shared kit: text helpers ---------------------------------------------------------------------------------

GLOSS = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def simp(s: str, gloss: re.Pattern = GLOSS) -> str:
    """A traditional text in simplified characters without the pages' pinyin glosses (``gloss``; opencc t2s)."""
    import opencc

    return opencc.OpenCC("t2s").convert(gloss.sub("", s))


def simplified(problems: list[dict]) -> list[dict]:
    """A traditional copy's problems in simplified characters without the pages' pinyin glosses ('學(xué)習(xí)' → '学习'):
    the project's convention since session 12 (a traditional copy is read the same as simplified; its truth in simplified).
    Applied by the lead after the first run, which scored the same either way (FIRST_RUN_blind10.txt)."""
    import opencc

    cc = opencc.OpenCC("t2s")
    fix = lambda s: cc.convert(GLOSS.sub("", s)) if s else s  # noqa: E731
    return [{**p, "title": fix(p["title"]), "category": fix(p["category"]),
             "responsible_units": [fix(u) for u in p["responsible_units"]]} for p in problems]


def between(text: str, start: str, end: str) -> str:
    """The text between the first ``start`` and the first ``end`` after it."""
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


def cn_numeral(n: int) -> str:
    """Chinese numeral of 1..99 as printed in '第二十七项'."""
    d = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else d[tens]) + "十" if tens else "") + (d[ones] if ones else "")


def printed(n, text: str) -> bool:
    """The number ``n`` stands in ``text`` with no digit either side."""
    return re.search(rf"(?<!\d){n}(?!\d)", text) is not None


# ---- the shared kit: self-checks of a truth against its text ------------------------------------------------------


def check_problems(stem: str, probs: list, text: str, *, no_stop: bool = False, category_in: str | None = None,
                   units_in: str | None = None, deadline_in: str | None = None, seq_in: str | None = None) -> None:
    """Every problem's title is non-empty and in ``text`` as written (with ``no_stop`` it may not end in '。'); each of
    its category, units, deadline and number (printed) in the text given for it, where one is given."""
    for p in probs:
        assert p["title"] and p["title"] in text and not (no_stop and p["title"].endswith("。")), (stem, p["title"])
        if category_in is not None:
            assert p["category"] is None or p["category"] in category_in, (stem, p["category"])
        if units_in is not None:
            for u in p["responsible_units"]:
                assert u in units_in, (stem, u)
        if deadline_in is not None:
            assert p["deadline"] is None or p["deadline"] in deadline_in, (stem, p["deadline"])
        if seq_in is not None:
            assert p["seq"] is None or str(p["seq"]) in seq_in, (stem, p["seq"])


def check_pinned(stem: str, probs: list, pinned: list) -> None:
    """Each problem as pinned: (seq, title's first words, title's last words, units, deadline, status, category)."""
    for p, (seq, first, last, units, deadline, status, cat) in zip(probs, pinned, strict=True):
        got = (p["seq"], p["title"].startswith(first), p["title"].endswith(last), p["responsible_units"],
               p["deadline"], p["status"], p["category"])
        assert got == (seq, True, True, units, deadline, status, cat), (stem, got)


def check_doc(stem: str, d: dict, text: str, *, date_forms=None, report_forms=None, flat: str | None = None) -> None:
    """The document-wide checks in one: title and issuer in ``flat`` (default: the text without line breaks),
    inspector and inspected as written, every headline figure printed, the inspection dates and the report date printed
    (``date_forms`` / ``report_forms`` as check_inspection_dates' / check_report_date's ``forms`` when given)."""
    check_title_issuer(stem, d, text.replace("\n", "") if flat is None else flat)
    check_names(stem, d["inspection"], text)
    check_headline_printed(stem, d, text)
    check_inspection_dates(stem, d["inspection"], text, **({"forms": date_forms} if date_forms else {}))
    check_report_date(stem, d, text, **({"forms": report_forms} if report_forms else {}))


def check_title_issuer(stem: str, d: dict, text: str) -> None:
    """The document's title and issuer are in ``text`` as written."""
    for k in ("title", "issuer"):
        assert d[k] is None or d[k] in text, (stem, k)


def check_names(stem: str, insp: dict, text: str) -> None:
    """The inspection's inspector and inspected are in ``text`` as written."""
    for k in ("inspector", "inspected"):
        assert insp[k] is None or insp[k] in text, (stem, k)


def check_headline_printed(stem: str, d: dict, text: str) -> None:
    """Every headline figure is printed in the text."""
    for k, v in d["headline"].items():
        assert v is None or printed(v, text), (stem, k, v)


def _ymd(iso: str) -> tuple:
    return tuple(int(x) for x in iso.split("-"))


def check_inspection_dates(stem: str, insp: dict, text: str, forms=lambda y, m, dd: (f"{m}月{dd}日",)) -> None:
    """Each inspection date (start, end, feedback) printed in one of ``forms(y, m, d)`` (default 'M月D日')."""
    for k in ("start", "end", "feedback_date"):
        v = insp[k]
        if v:
            y, m, dd = _ymd(v)
            assert any(f in text for f in forms(y, m, dd)), (stem, k, v)


def check_report_date(stem: str, d: dict, text: str, forms=lambda y, m, dd: (f"{y}年{m}月{dd}日",)) -> None:
    """The report date printed as its ISO form or one of ``forms(y, m, d)`` (default 'Y年M月D日')."""
    iso = d["report_date"]
    if iso:
        y, m, dd = _ymd(iso)
        assert iso in text or any(f in text for f in forms(y, m, dd)), (stem, iso)


# ---- the shared kit: set writers and snippet checks -----------------------------------------------------------


def write_labelled_set(out: Path, docs: dict, texts: dict | None, check=None, *, expected: dict | None = None,
                       recount=None, total: int | None = None, urls: dict | None = None, trad=None,
                       every_file: bool = False, check_files: bool = True) -> None:
    """Write a labelled set: for each document its text as ``out/<stem>.txt`` (with ``texts`` None the text already
    stored there is read); its number of problems checked against ``expected[stem]`` and ``recount(stem, text)`` (the
    generator's second count) where given; the generator's own checks ``check(stem, d, text)``; then its truth (url
    ``urls[stem]`` when given; problems in simplified characters without glosses when ``trad(stem)``). At the end the
    problems' sum against ``total`` and, with ``check_files``, the files in ``out`` against the documents
    (check_stems)."""
    out.mkdir(exist_ok=True)
    assert texts is None or set(texts) == set(docs)
    assert expected is None or set(expected) == set(docs)
    n = 0
    for stem, d in docs.items():
        if texts is None:
            text = (out / f"{stem}.txt").read_text(encoding="utf-8")
        else:
            text = texts[stem]
            write_text(out, stem, text)
        probs = d["problems"]
        if recount is not None:
            got = recount(stem, text)
            assert len(probs) == (got if expected is None else expected[stem]) == got, (stem, len(probs), got)
        n += len(probs)
        if check is not None:
            check(stem, d, text)
        body = truth_body(d, **({"url": urls[stem]} if urls is not None else {}))
        if trad is not None and trad(stem):
            body["problems"] = simplified(body["problems"])
        write_json(out / f"{stem}.truth.json", body)
    assert total is None or n == total, n
    if check_files:
        check_stems(out, docs, every_file=every_file)


HEADLINE_KEYS = ("problems_total", "problems_done", "measures_total", "measures_done", "rules_made")


def check_figures(stem: str, d: dict, text: str, recount: dict | None = None, *, shown=str,
                  done_as_total: bool = False) -> None:
    """Every headline figure printed in the text (as ``shown(n)``); with ``recount`` (stem -> the phrases that state
    the figures) each figure is in one of its phrases (with ``done_as_total``, a done count equal to the total may stand
    without one), every phrase is re-found, and a stem with phrases has a figure."""
    for key in HEADLINE_KEYS:
        n = d["headline"][key]
        if n is not None:
            assert printed(shown(n), text), (stem, key, n)
            if recount is not None:
                assert any(str(n) in p for p in recount[stem]) or (
                    done_as_total and key == "problems_done" and n == d["headline"]["problems_total"]), (stem, key, n)
    if recount is not None:
        for phrase in recount.get(stem, []):
            assert phrase in text, (stem, phrase)
        if recount.get(stem):
            assert any(v is not None for v in d["headline"].values()), stem


def day_forms(extra_forms: dict):
    """The usual forms of a date in a snippet: ISO, 'M月D日', 'Y年M月D日', and ``extra_forms[iso]``."""
    return lambda iso, y, m, day: [iso, f"{m}月{day}日", f"{y}年{m}月{day}日", *extra_forms.get(iso, [])]


def loose_day_forms(extra_forms: dict | None = None, *, unpadded_iso: bool = False):
    """The looser forms of a date that snippets18/19 accept (a day near its month, a range's end day, dotted and
    zero-padded forms; with ``unpadded_iso`` also 'Y-M-D', and ``extra_forms[iso]``)."""
    def forms(iso, y, m, day):
        out = [iso, f"{m}月{day}日", f"{m}月{day}号", f"{day:02d}.{m:02d}.{y}", f"{y}年{m:02d}月{day:02d}日", f"{m}月{day}-",
               f"{m}月{day}日-", f"-{day}日", f"—{day}日", f"至{day}日", f"{y}-{m:02d}-{day:02d}"]
        if unpadded_iso:
            out.append(f"{y}-{m}-{day}")
        return out + list((extra_forms or {}).get(iso, []))
    return forms


def check_dates_printed(stem: str, d: dict, text: str, forms) -> None:
    """The report date and every inspection date printed in one of ``forms(iso, y, m, d)``."""
    dates = [d["report_date"]] + [d["inspection"][k] for k in ("start", "end", "feedback_date")]
    for iso in filter(None, dates):
        y, m, day = _ymd(iso)
        assert any(f in text for f in forms(iso, y, m, day)), (stem, iso)


def check_snippet(stem: str, d: dict, text: str, recount: dict, extra_forms: dict, *, with_problems: bool = False,
                  done_as_total: bool = False) -> None:
    """Recount of a snippet's truth: every headline figure must be printed in the text (and its phrase, one of
    ``recount[stem]``, re-found; see check_figures for ``done_as_total``), every date's day near its month (or one of
    ``extra_forms[iso]``), every title and issuer verbatim (a title split over lines is compared without the line
    breaks); snippets hold no problem list (R18), or with ``with_problems`` (snippets22-24) every problem's title and
    category verbatim and the title and issuer with the line breaks."""
    check_figures(stem, d, text, recount, done_as_total=done_as_total)
    check_dates_printed(stem, d, text, day_forms(extra_forms))
    if with_problems:
        check_title_issuer(stem, d, text)
        check_problems(stem, d["problems"], text, category_in=text)
    else:
        check_title_issuer(stem, d, text.replace("\n", ""))
        assert not d["problems"], stem


def write_stored_snippets(out: Path, docs: dict, whole: set, check=None, *, no_problems: bool = False) -> None:
    """Write the truths of a snippets set whose texts already stand in ``out`` (snippets16-24): each text checked by
    ``check(stem, d, text)`` (or only found, without one), its truth written (``excerpt`` false only for the stems in
    ``whole``; ``problems`` empty with ``no_problems``); no other .txt may stand in ``out``."""
    out.mkdir(exist_ok=True)
    for stem, d in docs.items():
        if check is None:
            assert (out / f"{stem}.txt").exists(), stem
        else:
            check(stem, d, (out / f"{stem}.txt").read_text(encoding="utf-8"))
        over = {"problems": []} if no_problems else {}
        write_truth(out, stem, d, excerpt=stem not in whole, genre="snippet", **over)
    check_stems(out, docs)


def write_snippet_set(out: Path, texts: dict, docs: dict, whole: set, recount: dict, extra_forms: dict) -> None:
    """Write a snippets set (snippets25 on): each text as <stem>.txt and its truth (``excerpt`` false only for the stems in
    ``whole``), each checked by check_snippet first; no other .txt may stand in ``out``."""
    out.mkdir(exist_ok=True)
    assert set(texts) == set(docs), sorted(set(texts) ^ set(docs))
    assert whole <= set(docs)
    for stem, d in docs.items():
        text = texts[stem]
        (out / f"{stem}.txt").write_text(text, encoding="utf-8")
        check_snippet(stem, d, text, recount, extra_forms)
        body = {"url": d["url"], "excerpt": stem not in whole, "genre": "snippet",
                **{k: d[k] for k in ("kind", "title", "issuer", "report_date", "inspection", "headline")},
                "problems": d["problems"], "anomalies": d["anomalies"]}
        (out / f"{stem}.truth.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stems = {p.name[:-4] for p in out.glob("*.txt")}
    assert stems == set(docs), sorted(stems ^ set(docs))
    print(len(docs), "snippets written")


# ---- this generator's own documents (tune/ and blind/) --------------------------------------------------------

DOCS = {
    "km_round_summary": dict(
        url="http://jw.km.gov.cn/c/2023-01-29/4656419.shtml", excerpt=False, genre="5 round summary", blind=False,
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("区委4个巡察组", "区民政局、区农业农村局、区科信局、区政务服务管理局等4家单位", "2021-11-08", "2021-12-20", "2022-01-27"),
        headline=head(697, 688, None, None, 589), problems=[],
        anomalies=["Round summary of a 区委 covering 40 inspected bodies: no problem list, figures only.",
                   "No title, no signature and no page date in the stored text."]),
    "sichuan_xny365_tasks": dict(
        url="https://hbsb.xny365.com/article-17110.html", excerpt=False, genre="5 province summary; 7 dates in prose", blind=False,
        kind="bulletin", title="环保督察:66项整改任务已整改完成27项", issuer=None, report_date="2020-01-17",
        inspection=ins("中央第五生态环境保护督察组", "四川省", "2018-11-03", "2018-12-03", "2019-05-09"),
        headline=head(66, 27), problems=[],
        anomalies=["News report on a province's 督察 rectification: the feedback was divided into 66 整改任务 (the problems); no list.",
                   "The lead sentence is repeated (teaser then body); a related-link line follows the article.",
                   "The page date is given as '时间:2020-01-17 16:04:10'."]),
    "sichuan_scfb_tasks": dict(
        url="http://scfbfile.3xmt.com/news/wx/detail?newsid=300447", excerpt=False, genre="5 province summary", blind=True,
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(),
        headline=head(66, 37), problems=[],
        anomalies=["Short news item: 66 整改任务 (problems), 37 done; 3665 petition problems are a separate count, not the headline."]),
    "siping_2024_gongkai": dict(
        url="http://evfh-www.plus.jlntv.cn/siping/folder134/folder114/folder8936/folder10678/2024-05-24/aUg7NuetsWj73Clw.html",
        excerpt=False, genre="5 city summary; 7 period and feedback in prose", blind=False,
        kind="bulletin", title="四平市公开第二轮省级生态环境保护督察整改落实情况", issuer=None, report_date="2024-05-24",
        inspection=ins("吉林省第一生态环境保护督察组", "四平市", "2022-09-07", "2022-09-26", "2023-01-11"),
        headline=head(30, 25), problems=[],
        anomalies=["Period written '2022年9月7日至26' (no 日 on the end day, month implied).",
                   "30 整改任务 are the feedback's problems; '已完成或基本完成25项' is the done count.",
                   "Station chrome before and after; title split by a stray space."]),
    "luliang_qj_news": dict(
        url="https://www.qj.gov.cn/html/2019/bmdt2_1121/75388.html", excerpt=False, genre="5 county summary over several inspections", blind=False,
        kind="bulletin", title="省委、省政府第三生态环境保护督察组下沉陆良督察环保督察反馈问题整改情况", issuer=None,
        report_date="2019-11-21", inspection=ins(), headline=head(46), problems=[],
        anomalies=["News on a county's rectification across three inspections; only the cumulative 46 problems is a document-wide figure.",
                   "Dates lost their 月 ('1116日至18日'); per-inspection counts (23/20, 5/4, 18/11) are not the headline."]),
    "siping_tiedong_task10": dict(
        url="http://tdq.siping.gov.cn/zw/tzgg/201912/t20191213_341203.html", excerpt=False, genre="3 one task, one notice", blind=False,
        kind="bulletin", title="关于铁东区中央生态环境保护督察“回头看”反馈问题整改任务(序号十)整改情况的公示情况说明",
        issuer="四平市铁东区河湖管理中心", report_date="2019-12-13", inspection=ins(), headline=head(),
        problems=[prob(10, "在一些具体整改任务中,一些地方仍然存在不作为、慢作为,甚至敷衍应对等突出问题", status="done", measures=3)],
        anomalies=["A 公示 of one task: the task number (序号十) is in the title, the problem is the '整改任务:' field.",
                   "Measures are 1、2、3、 under '整改完成情况:'."]),
    "dongli_task7": dict(
        url="https://czx24.com/gongkai/tzzg/202501/t20250122_6841279.html", excerpt=False, genre="3 one task, one notice", blind=True,
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(7, "公路养护管理中心院内存有大量扫保过程中收集的尘土、废物,未采取有效的防尘、抑尘措施且表面干燥,产生扬尘污染问题",
                       status="done", measures=0)],
        anomalies=["验收销号 公示 of 反馈问题第7项, quoted in one sentence; what was done is in an attached table not in the text (0 measures present).",
                   "Site footer of an unrelated (spam) host."]),
    "hubei_huitoukan_list": dict(
        url="https://m.zhuangpeitu.com/article/130947064.html", excerpt=True, genre="4 quoted feedback item", blind=False,
        kind="bulletin", title="中央生态环境保护督察回头看反馈意见", issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(1, "第一轮督察反馈指出,湖北省一些地方和部门推进环境保护工作安排部署多、具体落实少,重发展轻保护、重速度轻质量的思想观念没有根本转变。"
                          "对此,湖北省明确要求,全省各级领导干部要切实提高政治站位,牢固树立和贯彻落实新发展理念,增强环境保护意识,树立正确的政绩观,"
                          "坚定走生态优先、绿色发展之路。但回头看发现,一些领导干部绿色发展理念树得不牢,对生态环境保护面临的严峻形势认识不清、工作主动性不够,"
                          "对推动督察整改抓得不紧,甚至后期有所放松", status="long_term", measures=1)],
        anomalies=["Doc-sharing preview: page chrome, then the list run together in one paragraph; cut off inside measure 1.",
                   "Status '已经完成,长期坚持' read as long_term."]),
    "wuch_wenlv_bulletin": dict(
        url="http://www.wuch.gov.cn/art/2023/5/4/art_1229182325_4090257.html", excerpt=True, genre="bulletin; 6 headline; 7 dates", blind=True,
        kind="bulletin", title="中共金华市婺城区文化和旅游体育局党组关于巡察整改情况的通报", issuer="中共金华市婺城区文化和旅游体育局党组",
        report_date="2023-05-04",
        inspection=ins("区委第二巡察组", "区文旅体局党组", "2022-09-16", "2022-10-18", "2023-01-17"),
        headline=head(25, 19, None, None, 12),
        problems=[prob(1, "学习贯彻习近平新时代中国特色社会主义思想和上级重大决策部署不够到位",
                       category="在“贯彻落实上级决策部署不够有力,党组领导核心作用发挥不足”方面", measures=1)],
        anomalies=["Government-site metadata block (索引号, 成文日期…) before the text; cut off in the first (1) item.",
                   "Problems are '1.关于“…”问题的整改' under '(一)在“…”方面' categories; (1) items are counted as its measures."]),
    "zhuzhou_weijian_bulletin": dict(
        url="http://wjw.zhuzhou.gov.cn//c16689/20260226/i2479288.html", excerpt=True, genre="2 problem section not the first list", blind=False,
        kind="bulletin", title="中共株洲市卫生健康委员会党委关于巡察整改进展情况的通报", issuer="中共株洲市卫生健康委员会党委",
        report_date="2026-02-26",
        inspection=ins("市委第二巡察组", "市卫健委党委", "2024-09-12", "2024-11-15", None),
        headline=head(35, 28, None, None, 40),
        problems=[prob(1, "政治意识不够强", category="上轮巡察发现的问题整改不够到位", status="done", measures=3),
                  prob(2, "担当意识不够强", category="上轮巡察发现的问题整改不够到位", status="in_progress", measures=2)],
        anomalies=["一、 is how the work was organised; problems are in 二、, under '(一)反馈问题:…' categories, each with '整改状态:' and '整改情况:一是…'.",
                   "Cut off in problem 2's 二是."]),
    "hubei_weijian_trad": dict(
        url="http://puupupc.cn/press_center/exhibition_ews/3424.html", excerpt=True, genre="2 organisation first; 6 traditional", blind=False,
        kind="bulletin", title="處罰5569人!湖北省衛健委通報巡視整改進展", issuer=None, report_date="2023-06-24",
        inspection=ins("省委第五巡視組", "省衛生健康委黨組", None, None, "2022-11-09"), headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses after some characters ('衛(wèi)'), on a spam host (its spam title line is not kept here).",
                   "Cut off in section 一 (organisation of the work): no problem is in the text.",
                   "Period '2022年8月下旬至9月底' has no day."]),
    "nanning_audit_trad": dict(
        url="http://m.ilynn.cn/document_detail/61662.html", excerpt=True, genre="6 audit, traditional", blind=False,
        kind="bulletin", title="南寧市人民政府關於2022年大氣污染防治專項審計調查發現問題整改情況的函", issuer="南寧市人民政府",
        report_date=None, inspection=ins("自治區審計廳"), headline=head(25),
        problems=[prob(1, "南宁市部分年度空气质量约束性指标任务未完成", category="具体整改情况", status="done", measures=3)],
        anomalies=["Traditional characters with pinyin glosses after some characters ('關(guān)于'); the truth title drops the glosses.",
                   "The problem's title and category are given in simplified characters (session 12): issue 10 asks that a "
                   "traditional copy read the same as simplified, and the parser now converts such a copy before reading it.",
                   "Audit rectification letter to the audit office; '共六類25個具體問題' is the headline; cut off in measure 三是."]),
    "ruijin_audit": dict(
        url="http://www.ruijin.gov.cn/rjsxxgk/rjin80885/202211/4b9971a0f2914baa97d9707b3c846fd6.shtml", excerpt=True, genre="6 audit headline", blind=False,
        kind="bulletin", title="关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告", issuer=None, report_date="2021-12-28",
        inspection=ins("市审计局"), headline=head(50, 40, None, None, 13), problems=[],
        anomalies=["Dates lost their 年/月 in the page ('--20211228日在市届人大常委会会议', '2021915日').",
                   "'共计50项具体问题…已整改40项…出台13个规章制度' are the headline; section 一's '预算执行问题6项…已整改2项' is not.",
                   "Cut off in section 一 before any problem item."]),
    "ningbo_audit": dict(
        url="http://sjj.ningbo.gov.cn/art/2023/1/6/art_1229055570_58921710.html", excerpt=True, genre="6 audit, organisation first", blind=False,
        kind="bulletin", title="宁波市审计局关于2021年度宁波市本级预算执行和全市其他财政收支审计工作报告反映问题整改情况的报告",
        issuer="宁波市审计局", report_date="2023-01-06", inspection=ins("宁波市审计局"), headline=head(), problems=[],
        anomalies=["Cut off in section 一 (how the work was organised, (一)(二) are not problems)."]),
    "cixi_audit": dict(
        url="https://cixird.gov.cn/index.php/home/content?id=1532529", excerpt=True, genre="6 audit, organisation first", blind=False,
        kind="bulletin", title=None, issuer=None, report_date="2018-11-22", inspection=ins("市审计局"), headline=head(), problems=[],
        anomalies=["Starts at the subtitle '2018年11月22日在…会议上' (the title is not in the stored text); cut off in section 一.",
                   "'对2016年经责审计提出的21个问题' belongs to one town, not the headline."]),
    "beijing_audit": dict(
        url="http://sjj.beijing.gov.cn/zwxx/sjgg/202112/t20211231_2579653.html", excerpt=True, genre="6 audit, organisation first", blind=False,
        kind="bulletin", title=None, issuer=None, report_date="2021-12-23", inspection=ins("北京市审计局"), headline=head(), problems=[],
        anomalies=["Subtitle split over two lines; (一)(二) of section 一 are about organising the work; cut off."]),
    "qingdao_audit": dict(
        url="http://www.qingdao.gov.cn/zwgk/zdgk/zdlyzt/zdly/pggk/sjxx/202202/t20220208_4322693.shtml", excerpt=True, genre="6 audit", blind=True,
        kind="bulletin", title="关于青岛市2020年度市级预算执行和其他财政收支审计查出问题整改情况的报告", issuer=None, report_date="2021-12-28",
        inspection=ins("市审计局"), headline=head(), problems=[],
        anomalies=["Dates lost their 年/月 ('20211228日', '2021824日'); the report date is the meeting subtitle's.",
                   "Title split over two lines; '153种常见问题' is not a headline figure; cut off in section 一."]),
    "shenzhen_audit": dict(
        url="http://xdscy.com/batterytesting/1052.html", excerpt=True, genre="6 audit", blind=False,
        kind="bulletin", title="深圳市2022年度绩效审计查出问题整改情况的报告", issuer=None, report_date=None,
        inspection=ins("市审计局"), headline=head(), problems=[],
        anomalies=["Reposted on an unrelated host; the subtitle gives only '2023年4月'; 一是/二是/三是 describe the work, not problems."]),
    "gztusheng_hospital_trad": dict(
        url="http://www.gztusheng.com/info/1017/3635.htm", excerpt=True, genre="5 organisation report; 6 traditional; 7 dates", blind=True,
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("委黨組巡察組", "省胸科醫院", "2017-05-09", "2017-06-09", "2017-07-05"),
        headline=head(20, 20), problems=[],
        anomalies=["Traditional characters; news of a check on a hospital's rectification; '八個方面20項整改任務己全部整改到位' (己 for 已)."]),
    "anhui_arvr_trad": dict(
        url="http://www.arvrreview.com/info/detail/46-32684.html", excerpt=False, genre="5 province summary; 6 traditional", blind=False,
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(144, 143), problems=[],
        anomalies=["Traditional characters with pinyin glosses; two inspections' figures (144/143 and 68/55): the first stated is the headline."]),
    "liaocheng_tasks": dict(
        url="https://yybnet.net/liaocheng/news/202011/11004157.html", excerpt=False, genre="5 city summary; 6 headline", blind=True,
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(41, 25), problems=[],
        anomalies=["Three inspections' task counts; the first (41 tasks, 25 done) is the headline."]),
    "sichuan_xtbtsm_trad": dict(
        url="http://xtbtsm.cn/detail.php?cate=112&id=6835", excerpt=False, genre="5 province summary; 6 traditional", blind=True,
        kind="bulletin", title="四川:9070個生態環境問題整改完成97.5%", issuer=None, report_date="2019-04-28", inspection=ins(),
        headline=head(9070, 8839), problems=[],
        anomalies=["Traditional characters with pinyin glosses; 發布時間 written '2019年04月28日'."]),
}


def main() -> None:
    for stem, d in DOCS.items():
        sub = "blind" if d["blind"] else "tune"
        out = HERE / sub / f"{stem}.truth.json"
        body = {k: d[k] for k in ("kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies")}
        body = {"url": d["url"], "excerpt": d["excerpt"], "genre": d["genre"], **body}
        out.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
