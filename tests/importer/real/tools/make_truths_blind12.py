"""Write the truth files of tests/importer/real/blind12: real pages holding a PROBLEM LIST, found in session 13 by helper
label13 (while collecting snippets13) who did not change the parser and did not read zhenggai/importer/. Scored once
on the worktree's untouched parser (FIRST_RUN_blind12.txt) before anything else changed.

Schema and conventions as make_truths_blind9.py / make_truths_blind10.py (problems labelled; a traditional copy's problems
in simplified without glosses, converted by ``simplified`` as in blind10). The texts are the stored excerpts the
``pages`` corpus returned, copied as returned (cut at the end: ``excerpt`` true). Neither url is in an earlier batch
(same url check as snippets13). Only two such pages were found in the time: most problem-holding pages the search
returned (汇金广场 on meipian, 督导简报 on 简书, 南宁 审计整改函, hospitals' and towns' bulletins) were already labelled.

Measures were counted twice: once by reading each problem's text, once by listing the markers under it (1、/2、) and its
field (整改情況:); the two agree: township 1, 2, 1, 2, 2, 0 (the sixth 整改情況: is cut off by the excerpt); the
self-check list 0 for each (a list of problems with their descriptions, no measure).

Judgement calls:
- a check list's item '一、<aspect>: / 問題清單:<problem> / 整改情況:<what was done>' is one problem titled by the
  問題清單 text, its category the aspect heading (as blind10's 组织设置类); status null: no item says it was completed
  ('已整改', '已完成'), the report only states actions, and the last one is cut;
- a self-check list's '1.学习深度不足,流于表面化部分单位将…' runs the heading into its description without punctuation:
  the title is the heading ('学习深度不足,流于表面化'), as blind10's heading-sentence rule; the fifth is cut inside its
  description and kept; '一、学习研讨方面(6条)' counts one aspect's problems, not the list's: no headline total;
- '11個方面' are aspects of a list handed over '11月20日' (no year): no total, no feedback date; both pages are 范文/doc
  sites with spam or chrome lines; neither states a report date, an issuer or an inspection period.
"""
from pathlib import Path

from make_truths import head, ins, prob, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind12"

TOWNSHIP_ASPECTS = ["基層政務公開標準化規范化", "政策解讀", "意見征集", "信息規范", "重點領域信息公開", "工作重視"]
TOWNSHIP_PROBLEMS = ["部分欄目信息較少的情況", "負責人解讀部分存在全文照抄情況,多數圖片解讀不顯示",
                     "多數意見征集時限未達到30天", "部分無落款單位及日期,格式不美觀", "無政策文件匯編,部分欄目信息較少",
                     "政務公開學習、會議推進較少,無信息條例宣傳月相關內容"]
TOWNSHIP_MEASURES = [1, 2, 1, 2, 2, 0]

SELFCHECK = ["学习深度不足,流于表面化", "研讨质量不高,缺乏思想碰撞", "学习覆盖存在盲区,基层渗透不足",
             "学习形式单一,吸引力不足", "学用脱节,理论与实践脱节"]

DOCS = {
    "township_gov_affairs_check_list_template_trad": dict(
        url="http://east68.cn/haowen/155923.html", excerpt=True,
        genre="2 a township's report on a 政务公开 check list (traditional 范文 page under a spam line): 一、<aspect> then "
              "問題清單: and 整改情況: per item; cut at the sixth 整改情況:",
        kind="bulletin", title=None, issuer=None, report_date=None, inspection=ins(), headline=head(),
        problems=[prob(i + 1, t, category=a, measures=m)
                  for i, (a, t, m) in enumerate(zip(TOWNSHIP_ASPECTS, TOWNSHIP_PROBLEMS, TOWNSHIP_MEASURES))],
        anomalies=["A porn-spam line and the 范文 site's intro sit above the report ('區政府辦:').",
                   "'根據11月20日…鄉鎮檢查清單' has no year; '11個方面' are aspects (only six shown): no headline.",
                   "Measures: item 2, 4 and 5 list 1、2、 under 整改情況: (2 each); 1 and 3 one sentence (1); 6 is cut (0).",
                   "Status null (judgement call): actions are stated, completion is not."]),
    "eight_rules_lookback_selfcheck_list": dict(
        url="https://guanshanwenku.com/zhutijiaoyu/2025/07/116823.html", excerpt=True,
        genre="2 a 回头看 self-check problem list on a doc site: 一、<aspect>(6条) then 1.–5. heading run into description; "
              "cut inside the fifth",
        kind="bulletin", title='开展中央八项规定精神学习教育"回头看"自查问题清单', issuer=None, report_date=None,
        inspection=ins(), headline=head(),
        problems=[prob(i + 1, t, category="学习研讨方面", measures=0) for i, t in enumerate(SELFCHECK)],
        anomalies=["The first line repeats the title with the site's '1' appended; the second line (ASCII quotes) is taken.",
                   "'(6条)' counts the aspect's problems, not the list's (judgement call: no total).",
                   "'1小时', '15名', '60%', '65%', '20个百分点', '5次', '4次' are in descriptions, not figures."]),
}


def check_one(stem: str, d: dict, text: str) -> None:
    """Every title and category is in the stored text as written."""
    for p in d["problems"]:
        assert p["title"] in text and p["category"] in text, (stem, p["title"])


def main() -> None:
    write_labelled_set(HERE, DOCS, None, check_one, trad=lambda stem: stem.endswith("_trad"))


if __name__ == "__main__":
    main()
