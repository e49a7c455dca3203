"""Write the truth files of tests/importer/real/blind15: a held-out batch of real pages that HOLD PROBLEMS, labelled in
session 15 by helper label17, who did not change the parser and did not read zhenggai/importer/ or tests/importer/*.py.
Scored once on the worktree's untouched parser (FIRST_RUN_blind15.txt) before anything else changed; whoever changes the
parser for it must say so and keep that first run as the honest one. Labelled at the same time as snippets17
(make_truths_snippets17.py, which lists the 26 queries both came from); no page is in both.

Schema and conventions as make_truths.py and make_truths_blind9.py … make_truths_blind14.py (head/ins/prob from
make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned, copied as returned
(traditional copies without glosses, a site's '(略)' masks split over lines, a table pasted as '|' rows cut inside its
fourth row, spun wording that renames a town). ``excerpt`` is false for the three pages whose stored copy reaches the
page's footer (heilongjiang, baotou, jieyang) and true for the cut table (hengyang). No url is in an earlier truth:
every "url" under /work/main/tests/importer and /work/shared/corpus and every url quoted in
/work/main/tests/importer/real/tools/*.py was collected (645 keys: host+path+query, scheme and 'www.' dropped, snippets16
and blind14 included) and each new page's key was checked against them and against snippets17's.

Four pages, 11 problems (3+3+4+1). Few problem-holding pages were new: most list pages the queries returned were known
(the 39.103.169.235 督导简报 sibling of the baotou page, wuch.gov.cn's 婺城 bulletin, xiaomilidoc's 大荆中学 report, the
hpu.edu.cn 党支部 抽查 通报 were all in earlier truths).

Kinds (issue 10): a notice in numbered sections where each 点位 appears once per section (问题 / 责任单位 / 整改措施落实情况)
(heilongjiang_reserve_three_points_notice_trad); a table pasted as '|' rows with 序号 and a 问题描述 cell
(hengyang_lvdun_clue_closure_table_trad); inline '其一,…;其二,…' problems under two district headings in one paragraph
(baotou_tenth_ducha_group_brief_two_districts); one '(1)' item after '主要问题如下:' in a spun news copy
(jieyang_panlin_town_supervision_spun).

Measures were counted twice: once from the answering section or cell, once by listing the actions in it:
heilongjiang 2, 1, 1 (三、 point 1 '已對毀林地塊進行退耕還林…' + '對存在違規審批情況追責問責3人'; points 2, 3 '看護房已拆除'; the
二、 section's requirements give the same 2, 1, 1: '退耕還林' + '追責問責', '拆除看護房' ×2); hengyang 1, 2, 2 (the 整改成效 cells:
'種植桂花和油茶進行復綠…' one action; '1、進行了行政處罰 2、完善了相關手續' and '1、…處罰 2、開展了生態修復' two each); baotou 0 ×4
(one 督导通知单 per district, '限期整改', answers no single problem); jieyang 0.

Judgement calls (NEW where marked; each is also in the truth's anomalies):
- (NEW) a notice that names each 点位 in three sections (the problem, what must be done, what was done) has one problem per
  点位, titled by the first section's text after the label '點位一(ZRBHD\n(略)5):' (the settled call: the whole statement);
  seq from 一/二/三; the section heading '點位的基本問題' is the category; the measures are the actions of the 整改措施落實情況
  entry; '3處問題點位均已整改完成' gives every point status done and the headline 3/3 (points are problems, as snippets17).
  The masked '(略)林業和草原局' signature gives no issuer; its date is the report date; '2025年2月24日，經市林草局…' is an
  acceptance (验收): no inspection date.
- (NEW) a table row cut before its 问题描述 cell (row 4: '…| 生態環境部2022年變化遙') has no title in the text: it is not
  labelled; the lead's '已完成4個問題整改工作' still gives the headline 4/4. Each full row: titled by its 問題描述 cell (the
  final '。' dropped), seq from 序號, the 縣(市、區) cell the responsible unit (the body that rectifies, as blind14's 学校食堂
  cell), the 整改成效 cell's actions the measures, '完成整改' status done.
- (NEW) '其一,…;其二,…' under '关于攸攸板辖区发现以下问题' and again under '关于海西辖区发现以下问题': four problems, seq 1, 2, 1,
  2 as printed, category the district named in the heading ('攸攸板辖区', '海西辖区'), the responsible unit the body sent the
  district's 督导通知单 ('攸攸板镇', '海西办事处'); no measures, status null. A 督导简报 reports an inspection's results:
  title set, kind null (snippets16's 督查情况通报 rule); the blog's '2018-12-25' date line is the report date; the one-morning
  督导 '12月25日上午' is start and end 2018-12-25.
- (NEW) a single '(1)' item with two findings joined by ';' is one problem titled by the whole item; '主要问题' (from
  '主要问题如下:') is its category. The spun copy renames the town ('潘麟镇', '临猗镇', '荣臻镇'): the inspected body is the one
  in the lead; '17日' (no month) gives no date; the trailing '标题:' is another article's title (title null).
- a traditional copy's problems (titles, categories, units) are written in simplified characters by
  make_truths_blind10.simplified (the project's convention since session 12); doc fields keep the page's script.
"""
from pathlib import Path

from make_truths import check_problems, head, ins, prob, simplified, write_labelled_set

HERE = Path(__file__).resolve().parent.parent / "blind15"

SITE = "村民承包的水面附近擺放的無基礎看護房,用于存放生產工具等"

DOCS = {
    "heilongjiang_reserve_three_points_notice_trad": dict(
        url="http://m.tangqifeng.com/read-556298301.html", excerpt=False,
        genre="a county's 自然保护地 point-rectification notice in numbered sections 一、–七、, each 点位 named in 一、(problem), "
              "二、(to do) and 三、(done); masked '(略)' names; traditional without glosses; whole page to its member footer",
        kind="bulletin", title=None, issuer=None, report_date="2025-02-26", inspection=ins(), headline=head(pt=3, pd=3),
        problems=[prob(1, "該地塊內原有楊樹于2021年末憑證采伐,2022年春季進行摳根,當年無法造林,2023年種植大果榛子,2024年種植花生",
                       category="點位的基本問題", status="done", measures=1),  # session 17: was 2 (see anomalies)
                  prob(2, SITE, category="點位的基本問題", status="done", measures=1),
                  prob(3, SITE, category="點位的基本問題", status="done", measures=1)],
        anomalies=["A notice copied on a tender-info site: names masked '(略)', each point label split over two lines "
                   "('點位一(ZRBHD\\n(略)5):'); signature '(略)林業和草原局 2025年2月26日' → report_date, issuer null.",
                   "(NEW) One problem per 点位, titled by 一、's text after the label; seq 一/二/三; category '點位的基本問題'.",
                   "(NEW) Measures from 三、整改措施落實情況: point 1 two actions (退耕還林; 追責問責3人), points 2 and 3 one "
                   "('看護房已拆除'); 二、's requirements agree (2, 1, 1). '預計2025年5月…補植補造' is a plan, not a deadline.",
                   "session 17: point 1's answer is one undivided paragraph (two sentences, no 一是/1.): measure_count 1 "
                   "(schema: an undivided paragraph counts as 1), not the 2 actions read in it.",
                   "(NEW) '3處問題點位均已整改完成' → status done for all and headline 3/3 (points are problems).",
                   "'2025年2月24日,經市林草局…' is the acceptance (验收): no inspection date. Points 2 and 3 have the same text."]),
    "hengyang_lvdun_clue_closure_table_trad": dict(
        url="http://m.fu-954cc.com/hyslyj/xxgk/gzdt/tzgg/20241202/i3527323.html", excerpt=True,
        genre="6 a city forestry bureau's 绿盾 closure 公示: an 11-column table pasted as '|' rows (序號 | 縣(市、區) | … | 問題描述 | "
              "整改成效 | 整改完成情況); traditional without glosses; cut inside row 4",
        kind="bulletin", title="關于2023年“綠盾”行動下發遙感監測問題線索銷號的公示", issuer=None, report_date="2024-12-02",
        inspection=ins(), headline=head(pt=4, pd=4),
        problems=[prob(1, "位于界牌鎮界牌村內,2022年界牌村在該點位上種植油茶進行生態修復,2023年,被當地村民堆放廢礦渣,經發現后,"
                          "立即重新進行生態修復", status="done", measures=1, units=["衡陽縣"]),
                  prob(2, "位于壽岳鄉龍鳳村六組,為南岳區壽岳鄉竹制品加工廠項目的龍鳳村廠房,已獲國家林草局審批許可",
                       status="done", measures=2, units=["南岳區"]),
                  prob(3, "位于南岳鎮水濂村,原住村民陳建輝建房,破壞林地", status="done", measures=2, units=["南岳區"])],
        anomalies=["'發布時間:2024-12-02??????來源:衡陽市林業局' → report_date; the source line gives no issuer (snippets17).",
                   "'已完成4個問題整改工作' → headline 4/4.",
                   "(NEW) Row 4 is cut before its 問題描述 cell ('…| 生態環境部2022年變化遙'): not labelled (no title in the text).",
                   "(NEW) Rows titled by 問題描述 (final '。' dropped); seq from 序號; 縣(市、區) cell → responsible unit; 整改成效 "
                   "actions → measures (1; '1、…2、…' → 2; 2); '完成整改' → done. 問題編號, 保護地名稱 etc. are not read.",
                   "The 遙感監測 by 生態環境部 has no dates: inspection empty."]),
    "baotou_tenth_ducha_group_brief_two_districts": dict(
        url="https://m.haomeiwen.com/subject/altflqtx.html", excerpt=False,
        genre="3-like a 督导简报 (blog repost): problems inline '其一,…;其二,…' under two district headings in one paragraph; "
              "whole page",
        kind=None, title="12月25日市第十督导组督导简报", issuer=None, report_date="2018-12-25",
        inspection=ins("市城市环境卫生综合整治第十督导组", "攸攸板辖区、海西辖区", "2018-12-25", "2018-12-25"), headline=head(),
        problems=[prob(1, "攸攸板辖区巴彦路西侧铁路沿线附近拆迁不彻底", category="攸攸板辖区", measures=0, units=["攸攸板镇"]),
                  prob(2, "铁路沿线附近堆放施工垃圾", category="攸攸板辖区", measures=0, units=["攸攸板镇"]),
                  prob(1, "炼铁厂小区老旧小区改造工程不彻底", category="海西辖区", measures=0, units=["海西办事处"]),
                  prob(2, "综合路沿路便溺点、乱倒污水现象严重", category="海西辖区", measures=0, units=["海西办事处"])],
        anomalies=["A blog copy (简书-like) of a city 督导组's daily brief: '2018-12-25  本文已影响0人' → report_date.",
                   "A one-morning 督导 '12月25日上午' (year from the date line) → start and end 2018-12-25.",
                   "(NEW) Four problems '其一/其二' under two district headings: seq 1, 2, 1, 2; category the district; the "
                   "unit sent that district's 督导通知单 ('攸攸板镇', '海西办事处') is the responsible unit; '限期整改' gives no "
                   "measures and no deadline.",
                   "A brief of an inspection's results: title set, kind null (snippets16's 督查情况通报 rule)."]),
    "jieyang_panlin_town_supervision_spun": dict(
        url="http://www.jydingliang.cn/jyxw/20257.html", excerpt=False,
        genre="2-like a spun news copy of a 监督 visit: praise first, then '主要问题如下:(1)…' with one item; whole page with "
              "another article's title lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市“五城共建”监督问责小组", "揭阳工业园潘麟镇"), headline=head(),
        problems=[prob(1, "临桂大道潘麟镇段和234省道的部分商店随机配备伸缩遮阳篷和悬挂;嘉发市场的一些道路被损坏,一些商店占据了道路",
                       # s24, lead: C13 — the lead-in '主要问题如下:' is no category heading (was '主要问题').
                       category=None, measures=0)],
        anomalies=["Machine-spun copy: the town is renamed ('临猗镇', '荣臻镇'), '创文' became '创造文学'; the inspected body is "
                   "the lead's '揭阳工业园潘麟镇'.",
                   "'17日' has no month or year: no dates. The closing '标题:市“五城同创”督查问责组到霖磐镇开展督查' belongs to "
                   "another article: title null.",
                   "(NEW) One '(1)' item with two findings joined by ';' is one problem titled by the whole item; category "
                   "'主要问题'; no measures, status null.",
                   "s24, lead: C13 — the lead-in '主要问题如下:' is no category heading: category null (was '主要问题')."]),
}


def check_one(stem: str, d: dict, text: str) -> None:
    """Every title, category and unit is in the stored text as written."""
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)


def main() -> None:
    # _trad: the project's convention since session 12 (blind10/11/12): simplified, no glosses
    write_labelled_set(HERE, DOCS, None, check_one, trad=lambda stem: stem.endswith("_trad"))


if __name__ == "__main__":
    main()
