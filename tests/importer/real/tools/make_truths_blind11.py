"""Write the truth files of tests/importer/real/blind11: pages found while collecting snippets12 (session 13, helper
label12, who did not change the parser and did not read its code) that hold a PROBLEM LIST. Scored once on the untouched
parser (FIRST_RUN_blind11.txt) before anything else changed.

Schema as make_truths.py / make_truths_blind8.py / make_truths_blind9.py (/work/shared/corpus/README.md). Texts are the
stored copies the ``pages`` corpus returned, copied as returned; none of the urls is in an earlier batch (checked on
host+path against every ``"url"`` under tests/importer in this worktree and /work/main, and /work/shared/corpus). Most
numbered problem lists the search returned (hpu college branch check, 婺城文旅体局, 南宁 audit letter, …) were already
labelled; these three were not. Each problem title was checked to occur verbatim in its text (``main`` asserts it).

Measures were counted twice: once by reading, once by listing the markers (一是/1、/(1)) under each problem. Both counts
agree; the judgement calls:
- dajing: the four problems are listed first ('1、…; 2、…; 3、…; 4、…。') and the four rectifications after, numbered
  the same ('现将我校整改情况报告如下: 1、…; 2、…'); each problem gets its same-numbered item, one undivided item → 1.
  Its deadlines are kept as written ('2018 年 7 月低': extraction spaces and the typo 低 for 底).
- xizang and wuxi hold problems only (a self-check's 一是…三是 each followed by '主要表现在…', a notice's 一是…五是):
  no measure text stands under any problem, so measure_count is 0 (not 1: there is no paragraph of measures to count).
  NEW: a self-examination that lists its own shortcomings as 一是/二是/三是 is a problem list here (the brief asks for
  self-check lists), unlike blind9's feedback news that names a body's problem areas inline.
- The notice's numbered aspect '1.辦學條件方面' is the category; its 一是…五是 are the problems (seq 1..5).
- A self-check done on one stated day ('于 2018 年 6 月 11 日…进行了自查', '于检查当日召开…') has that day as start and
  end; the school is both inspector and inspected. A meeting that reports a self-check (xizang '2022年3月28日下午…
  召开…自查工作会议') does not date the check: null.
- Kind: the school's '…存在问题整改报告' reports its rectification → bulletin (the schema has bulletin and plan only);
  the meeting news and the notice template have no kind.
"""
import json
from pathlib import Path

from make_truths import head, ins, prob

HERE = Path(__file__).resolve().parent.parent / "blind11"

DOCS = {
    "dajing_school_balance_selfcheck_report": dict(
        url="https://www.xiaomilidoc.com/p-9876003.html", excerpt=False,
        genre="self-check rectification report of a middle school: numbered problem list, then numbered rectifications",
        kind="bulletin", title="关于义务教育均衡发展存在问题整改报告", issuer="商州区大荆中学", report_date="2018-06-15",
        inspection=ins("商州区大荆中学", "商州区大荆中学", start="2018-06-11", end="2018-06-11"), headline=head(),
        problems=[
            prob(1, "教室现有 6 个,共 180 瓦,光线不够充足", measures=1, deadline="2018 年 7 月低"),
            prob(2, "体育场地和设施设备正在建设筹备中,体育活动不能正常开展", measures=1, deadline="2018 年 9 月低"),
            prob(3, "旱厕蹲位少,卫生条件差", measures=1, deadline="2018 年 10 月低"),
            prob(4, "学校浴池淋浴设施少,设备简陋", measures=1, deadline="2018 年 8 月低"),
        ],
        anomalies=["A doc-site copy flattened to one paragraph: the site title '义务教育均衡发展整改报告', the signer and the real "
                   "title run together on the first line; PDF-extraction spaces around digits ('于 2018 年 6 月 11 日').",
                   "Problems 1、–4、 then rectifications 1、–4、 in a second numbered list: the numbering restarts; each "
                   "rectification belongs to the same-numbered problem.",
                   "Deadlines inside the rectification sentences ('保证 2018 年 7 月低完成整改'); '低' is a typo for 底. No "
                   "(责任单位:) marker ('总务处' is named in the text): units empty. No status stated.",
                   "Signature '商州区大荆中学 2018.06.15' (dotted date) is the report date; '6 个', '180 瓦' are not figures."]),
    "xizang_drc_branch_weak_selfcheck": dict(
        url="http://drc.xizang.gov.cn/dwjs/xxjy/202207/t20220727_316021.html", excerpt=True,
        genre="self-check meeting news of a party branch: its own problems as 一是…三是 with 主要表现在…",
        kind=None, title="自查软弱涣散 落实整改措施", issuer=None, report_date="2022-07-27",
        inspection=ins(), headline=head(),
        problems=[
            prob(1, "不按规定执行“三会一课”、组织生活会、民主评议党员等基本制度", measures=0),
            prob(2, "“两张皮”、形式主义问题突出", measures=0),
            prob(3, "支部战斗堡垒作用发挥不明显", measures=0),
        ],
        anomalies=["'发布时间:2022-07-27 来源:机关党委' above the title (report date).",
                   "'2022年3月28日下午' is the self-check meeting, not the check's dates; '2021年', '2022年第1季度' periods of "
                   "work; '平均每月1次', '不到50%' are not figures.",
                   "The three problems run inline in one paragraph as 一是/二是/三是, each followed by '主要表现在…' (the "
                   "problem's description, not a measure): measure_count 0. The page goes on to '会议要求…一是…' (cut off "
                   "in the stored copy; not in the snippet)."]),
    "wuxi_private_school_deadline_notice_template_trad": dict(
        url="http://www.fzlwr.cn/tongzhi/3090457.html", excerpt=True,
        genre="a 限期整改通知书 template on a 范文 site, traditional with glosses: problems as 一是…五是 under '1.…方面'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "無(wú)錫市東港蠡國小學(xué)"), headline=head(),
        problems=[
            prob(1, "部分年級(主要是一、四、六年級)班學(xué)額超標(標準為班學(xué)額不超過(guò)50人)",
                 category="辦學(xué)條件方面", measures=0),
            prob(2, "生均占地面積嚴重不足(目前學(xué)校生均占地面積為5.31平方米,遠遠低于生均18平方米的標準)",
                 category="辦學(xué)條件方面", measures=0),
            prob(3, "生均綠化面積不足(目前學(xué);緵](méi)有綠化面積)", category="辦學(xué)條件方面", measures=0),
            prob(4, "學(xué)生活動(dòng)場(chǎng)地緊缺,學(xué)校無(wú)環(huán)形跑道、60米直道田徑場(chǎng)", category="辦學(xué)條件方面",
                 measures=0),
            prob(5, "專(zhuān)用教室及設施設備不足、簡(jiǎn)陋,目前學(xué)校無(wú)科學(xué)實(shí)驗室、美術(shù)教室、衛生保健室等專(zhuān)用"
                    "教室,實(shí)驗儀器、音美器材很少,圖書(shū)品種不多、數量極少(生均不足3冊)",
                 category="辦學(xué)條件方面", measures=0),
        ],
        anomalies=["A 范文 site's page: its heading '限期整改通知書(shū)格式' names the template (not a title) and a 导语 "
                   "paragraph precedes the notice; pinyin glosses throughout, one garbled stretch '學(xué);緵](méi)有'.",
                   "The issuer is '我局' (unnamed); the addressee '無(wú)錫市東港蠡國小學(xué)' is the inspected body. "
                   "'3月21日' and 'xx年度' have no year: no date.",
                   "Aspect '1.辦學條件方面:…主要存在以下幾個問題:' is the category; its 一是…五是 are the five problems, inline, "
                   "with no measure under any (measure_count 0). The stored copy goes on to '2.學校管理(含師資隊伍)方面: "
                   "一是…四是學校各類' and is cut there; the snippet stops at the end of aspect 1.",
                   "'50人', '5.31平方米', '18平方米', '60米', '3冊' are standards and measurements, not figures."]),
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for stem, d in DOCS.items():
        text = (HERE / f"{stem}.txt").read_text(encoding="utf-8")
        for p in d["problems"]:
            assert p["title"] in text, (stem, p["title"])
            if p["deadline"]:
                assert p["deadline"] in text, (stem, p["deadline"])
        out = HERE / f"{stem}.truth.json"
        body = {k: d[k] for k in ("kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies")}
        body = {"url": d["url"], "excerpt": d["excerpt"], "genre": d["genre"], **body}
        out.write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    stems = {p.stem for p in HERE.glob("*.txt")}
    assert stems == set(DOCS), sorted(stems ^ set(DOCS))


if __name__ == "__main__":
    main()
