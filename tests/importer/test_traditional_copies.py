"""Issue 10, kind 6: a traditional-character copy reads the same as the simplified original (OpenCC t2s before
anything is read), and a simplified text that holds a few traditional forms stays as it is written."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

SIMPLIFIED = "\n".join([
    "中共某市审计局党组关于巡察整改进展情况的通报",
    "根据市委统一部署，2023年3月1日至4月30日，市委第二巡察组对市审计局党组进行了巡察，6月5日反馈了巡察意见。"
    "巡察反馈问题12个，已完成整改10个。",
    "一、贯彻落实党中央决策部署方面",
    "1.关于审计整改督促不到位的问题",
    "整改情况：一是建立审计整改台账，逐项对账销号（责任单位：法规审理科）。二是开展整改情况“回头看”。",
    "2.关于审计信息化建设滞后的问题",
    "整改情况：建成大数据审计分析平台，已完成整改。",
])


def test_a_traditional_copy_reads_problems_units_and_figures_as_the_simplified_original_does():
    import opencc

    traditional = opencc.OpenCC("s2t").convert(SIMPLIFIED)
    assert "審計" in traditional and "問題" in traditional
    original, copy = parse_text(SIMPLIFIED), parse_text(traditional)
    as_read = [(p.seq, p.title, p.category, p.measure_count, p.responsible_units) for p in original.problems]
    assert [(p.seq, p.title, p.category, p.measure_count, p.responsible_units) for p in copy.problems] == as_read
    assert as_read[0][1] == "审计整改督促不到位" and as_read[0][4] == ["法规审理科"]
    # (figs23: the document's own fields keep the page's script, R91: the title and the team as printed)
    s2t = opencc.OpenCC("s2t")
    assert copy.title == s2t.convert(original.title) and copy.inspection.inspector == "市委第二巡察組"
    assert (copy.headline.problems_total, copy.headline.problems_done) == (12, 10)
    dates = ("start", "end", "feedback_date")
    assert [getattr(copy.inspection, k) for k in dates] == [getattr(original.inspection, k) for k in dates]
    assert any(a.code == "traditional" for a in copy.anomalies)
    assert not any(a.code == "traditional" for a in original.anomalies)


def test_a_simplified_text_with_a_few_traditional_forms_is_read_as_written():
    text = SIMPLIFIED.replace("建成大数据审计分析平台", "建成“乾元”大数据审计分析平台，於年底前投用")
    result = parse_text(text)
    assert result.problems[1].measures[0].text.startswith("建成“乾元”大数据审计分析平台，於年底前投用")
    assert not any(a.code == "traditional" for a in result.anomalies)
    assert result.problems[0].title == "审计整改督促不到位"
