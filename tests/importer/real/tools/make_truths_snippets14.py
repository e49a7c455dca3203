"""DOCSTRING_PLACEHOLDER"""
from pathlib import Path

from make_truths import head, ins
from make_truths_snippets10 import doc, write_snippets

HERE = Path(__file__).resolve().parent.parent / "snippets14"

DOCS = {
    "yunxiao_eco_ducha_lookback_petitions_trad": doc(
        "http://www.jmdrubber.com/Article/details?infoid=10478",
        ["Traditional copy under a company site's url; a provincial 督察 回头看 visit on '5月31日' (no year anywhere in the "
         "snippet: no date). '17個信訪案件' are petitions, not problems. ICP/公安 备案 footer lines kept."]),
    "panjin_forestry_ducha_xiaohao_points": doc(
        "http://www.panjin.gov.cn/html/2308/2021-12-22/content-109183.html",
        ["News headline (not a rectification document: title null) under an image-file chrome line; '发布时间:2021-12-22' "
         "is the page date. '整改销号材料171处', '7处整改点位' are sites/materials, not problems (bodies/sites are not figures)."],
        report_date="2021-12-22"),
    "dehong_central_eco_lookback_daily_report": doc(
        "http://www.mangshi.gov.cn/jrms/tzgg/content-8-6179-1.html",
        ["A daily work report of a 督察 回头看 visit: '发表时间:2018-06-22' is the page date. '举报件共23件,其中已办结19件' are "
         "petitions; '简报10期', '用稿220篇' media counts: no figures. '6月21日' is a visit day, not the inspection period."],
        report_date="2018-06-22"),
    "yunnan_round8_mobilization_noyear_trad": doc(
        "http://m.qdubb.cn/html/2024/toutiao_0723/130762.html",
        ["Traditional copy of a 巡视 动员部署会 item: '7月23日' has no year in the snippet (the year is only in the url): "
         "no date. No figures."]),
    "jinghu_greening_special_xuncha_notice": doc(
        "http://www.qfjh.gov.cn/html/wenzhang_788333.html",
        ["A 专项巡察 公告: period '于2023年7月6日至8月15日' (end takes the start's year) → 2023-07-06 .. 2023-08-15. "
         "'截止时间为2023年8月8日' is the petitions deadline, not the end. '6个单位党组织' are bodies."],
        inspection=ins(start="2023-07-06", end="2023-08-15")),
    "central_eco_lookback_batch1_spun_trad": doc(
        "http://webscraping.com.cn/show.asp?action=show&id=42092.html",
        ["Spun (machine-reworded: '中心' for 中央, '唐塞整改' for 敷衍整改) traditional copy, cut mid-sentence. NEW: the page's "
         "date block '152018-06' (day 15 run into '2018-06') is read as the page date 2018-06-15. '今日(25日)' has no "
         "month: no date."],
        report_date="2018-06-15"),
}


def main() -> None:
    write_snippets(HERE, DOCS)


if __name__ == "__main__":
    main()
