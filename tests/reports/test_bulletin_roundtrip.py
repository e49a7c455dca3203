"""Property: the importer reads a generated bulletin back into the ledger it was written from.

Hypothesis draws ledgers (1–30 problems across categories, titles in the phrasing of real feedback with varied
punctuation, 1–6 measures each with completion notes and progress updates, problems done / in progress /
long-term, some rules made); the bulletin is built and written to .docx through the real code, and the importer
parses the .docx bytes and the plain text. The expected values come from the drawn ledger, not from the writer.
"""
from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass

import pytest
from django.db import transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhenggai.importer.parse import parse_bytes, parse_text
from zhenggai.ledger.models import Category, Inspection, Measure, Problem, ProgressUpdate, Rule
from zhenggai.ledger.selectors import inspection_headline
from zhenggai.ledger.workflow import MeasureState
from zhenggai.reports.bulletin import build_bulletin
from zhenggai.reports.docx_writer import write_docx

ON = dt.date(2026, 11, 23)
FEEDBACK = dt.date(2026, 6, 1)

# --- the scorer's normalisation (shared/tools/score_import.py) ----------------------------------------------------
QUOTES = "\"'“”‘’「」『』"


def norm(text: str | None) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not ch.isspace())
    return text.strip(QUOTES + "。.;；").strip()


def nested(text: str) -> str:
    """Inside the heading's 关于“…” a statement's own double quotes become single (GB/T 15834-2011 4.1.3.2)."""
    return text.replace("“", "‘").replace("”", "’")


# --- realistic material -------------------------------------------------------------------------------------------
CATEGORIES = [
    "落实全面从严治党主体责任方面", "贯彻落实党的路线方针政策和党中央决策部署方面", "生态环境保护工作方面",
    "干部队伍建设和基层党组织建设方面", "落实中央八项规定精神方面", "巡察整改和成果运用方面",
]
PHRASES = [
    "落实全面从严治党主体责任不到位", "执法检查“宽松软”", "对企业违法行为查处不及时",
    "学习贯彻习近平生态文明思想不够深入", "“三重一大”决策制度执行不严格", "部分项目环评审批时限偏长",
    "危险废物规范化管理存在短板", "信访件办理质量不高", "群众满意度偏低", "落实中央八项规定精神有差距",
    "基层党组织建设薄弱", "干部队伍结构不够合理", "选人用人工作不够规范", "意识形态工作责任制落实不到位",
    "大气污染防治攻坚力度不够", "PM2.5浓度同比上升3.2%", "第二轮中央生态环境保护督察反馈问题整改推进缓慢",
    "固定资产管理不规范", "账实不符", "政府采购程序不规范", "公务用车管理不严格",
    "《江苏省固体废物污染环境防治条例》宣贯不到位", "监测数据质量管控不严", "2019年以来共有12个项目未批先建",
    "个别干部存在“不作为、慢作为”现象", "以案促改、以案促治不够深入", "巡察整改“后半篇文章”做得不够",
    "“放管服”改革推进不够有力", "排污许可证后监管存在“重发证、轻监管”问题", "对下属单位监督管理不到位",
    "《关于进一步加强建设项目环境管理的通知》落实不到位", "部分县（市、区）监测站点运维不规范",
    "问题线索处置不及时：3件问题线索超期未办结", "整改台账“一本账”管理不精细", "“一岗双责”落实不到位",
]
JOINERS = ["，", "，", "；", "、", ",", "；"]
MEASURES = [
    "修订执法检查工作规程，明确检查频次和处罚裁量标准", "一是开展执法案卷评查，对发现的问题逐一整改。",
    "1.建立问题清单、任务清单、责任清单", "（2）组织开展全市固体废物非法倾倒排查整治；",
    "压缩环评审批时限，公开办理流程。", "完善“三重一大”事项集体决策程序", "开展警示教育，以案促改",
    "健全信访件办理回访机制，提高群众满意度", "制定《固定资产管理办法》，开展资产清查", "2.规范政府采购内控流程。",
    "加强监测数据质量监督检查，严肃查处弄虚作假行为", "选优配强基层党组织书记",
]
NOTES = [
    "印发《环评审批服务指南》，审批时限由30日压缩至15日", "2月25日，印发《2025年局长接访、约访、下访活动方案》，"
    "进一步畅通群众诉求表达渠道", "排查出8件重难点环境信访件，由局领导班子成员包案化解；截至7月，已全部办结",
    "完成固定资产清查，盘盈资产23项、盘亏资产5项，已全部调账", "修订《党组会议议事规则》，明确“三重一大”事项范围",
    "组织开展警示教育大会2次，参加人员共计156人次", "4月14日，印发《关于开展局领导带案下访活动的通知》",
    "修订完善3项制度：（1）《财务管理办法》；（2）《公务接待管理规定》；（3）《差旅费管理办法》",
    "开展专项检查，重点检查以下内容：1.项目审批；2.资金使用。",
]
UPDATES = [
    "已起草执法检查工作规程，正在征求意见", "已完成前期调研，正在起草制度文本",
    "截至10月，已评查执法案卷120卷，发现问题17个，已整改11个", "正在按计划推进，进度符合序时要求",
    "已召开专题会议研究部署，正在组织实施；下一阶段将加强督导",
]
CONTACTS = [("0523-86195528", "泰州市海陵区永晖路18号", "tzssthjjjgdw@163.com"), ("86356697", "", "nc-sthjj@163.com"),
            ("0510-83598651", "无锡市惠山经济开发区创惠路1号505室", ""), ("", "", "")]
INSPECTORS = ["市委第六巡察组", "省委第三巡视组", "中央第二生态环境保护督察组", "市审计局"]
STATUSES = ["done", "in_progress", "long_term"]


@dataclass
class DrawnMeasure:
    text: str
    signed_off: bool
    note: str
    update: str


@dataclass
class DrawnProblem:
    category: int
    statement: str
    status: str
    measures: list[DrawnMeasure]


@st.composite
def statements(draw) -> str:
    phrases = draw(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=3, unique=True))
    text = phrases[0]
    for phrase in phrases[1:]:
        text += draw(st.sampled_from(JOINERS)) + phrase
    return text + draw(st.sampled_from(["", "", "。", "；"]))


@st.composite
def problems(draw) -> DrawnProblem:
    status = draw(st.sampled_from(STATUSES))
    count = draw(st.integers(1, 6))
    # done: every measure signed off; otherwise at least one still open.
    signed = [True] * count if status == "done" else draw(
        st.lists(st.booleans(), min_size=count, max_size=count).filter(lambda xs: not all(xs)))
    measures = [DrawnMeasure(text=draw(st.sampled_from(MEASURES)), signed_off=s,
                             note=draw(st.sampled_from(NOTES + [""])), update=draw(st.sampled_from(UPDATES + [""])))
                for s in signed]
    return DrawnProblem(category=draw(st.integers(0, 3)), statement=draw(statements()), status=status,
                        measures=measures)


Setting = tuple[str, str, tuple[str, str, str]]  # inspection kind, inspector, (phone, address, e-mail)


@st.composite
def ledgers(draw) -> tuple[Setting, list[DrawnProblem], int]:
    kind = draw(st.sampled_from(["xuncha", "xunshi", "ducha", "audit", "other"]))
    inspector = draw(st.sampled_from(INSPECTORS))
    contacts = draw(st.sampled_from(CONTACTS))
    return (kind, inspector, contacts), draw(st.lists(problems(), min_size=1, max_size=30)), draw(st.integers(0, 6))


def save_ledger(world, kind: Setting, drawn: list[DrawnProblem], rules: int) -> Inspection:
    kind, inspector, (world.bureau.phone, world.bureau.address, world.bureau.email) = kind
    world.bureau.save()
    inspection = Inspection.objects.create(
        name=f"{inspector}反馈意见整改", inspector=inspector, inspected_unit=world.bureau, kind=kind,
        period_start=dt.date(2026, 3, 1), period_end=dt.date(2026, 4, 30), feedback_date=FEEDBACK,
    )
    categories = [Category.objects.create(inspection=inspection, seq=i + 1, name=name)
                  for i, name in enumerate(CATEGORIES[:4])]
    seq_in = [0] * len(categories)
    for p in drawn:
        seq_in[p.category] += 1
        problem = Problem.objects.create(
            inspection=inspection, category=categories[p.category], seq=seq_in[p.category], statement=p.statement,
            lead_unit=world.enforcement,
            deadline_kind="long_term" if p.status == "long_term" else "date",
            deadline_date=None if p.status == "long_term" else dt.date(2026, 12, 31),
        )
        for i, m in enumerate(p.measures, 1):
            measure = Measure.objects.create(
                problem=problem, seq=i, text=m.text, lead_unit=world.enforcement, created_on=FEEDBACK,
                deadline_kind="long_term" if p.status == "long_term" else "date",
                deadline_date=None if p.status == "long_term" else dt.date(2026, 12, 31),
                state=MeasureState.SIGNED_OFF if m.signed_off else MeasureState.IN_PROGRESS,
                progress=100 if m.signed_off else 50, completion_note=m.note if m.signed_off else "",
            )
            if m.update:
                ProgressUpdate.objects.create(measure=measure, author=world.unit, unit=world.enforcement,
                                              reported_on=dt.date(2026, 10, 20), text=m.update, progress=50)
    for i in range(rules):
        Rule.objects.create(inspection=inspection, title=f"制度{i + 1}", issued_on=dt.date(2026, 9, 1))
    return inspection


def expected_problems(drawn: list[DrawnProblem]) -> list[tuple[str, str, int]]:
    """(title, status, measure count) in the bulletin's order: by status section, then category, then number."""
    keyed = [(STATUSES.index(p.status), p.category, i, p) for i, p in enumerate(drawn)]
    return [(norm(nested(p.statement)), p.status, len(p.measures)) for *_, p in sorted(keyed, key=lambda k: k[:3])]


def check_round_trip(result, drawn: list[DrawnProblem], rules: int, source: str, phone: str) -> None:
    got = [(norm(p.title), p.status, p.measure_count) for p in result.problems]
    assert got == expected_problems(drawn), source
    measures_total = sum(len(p.measures) for p in drawn)
    measures_done = sum(m.signed_off for p in drawn for m in p.measures)
    h = result.headline
    assert h.problems_total == len(drawn), source
    assert h.measures_total == measures_total, source
    # A zero is not quoted as a number ("0条措施已完成" is not how a bulletin speaks); the text is then silent.
    assert h.measures_done == (measures_done or None), source
    assert h.rules_made == (rules or None), source
    assert h.problems_done in ({sum(p.status == "done" for p in drawn)} - {0}) | {None}, source
    # The contacts paragraph is read back as written (the .docx keeps the phone number whole with word joiners).
    assert phone in "".join(result.closing), source


@pytest.mark.django_db
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ledger=ledgers())
# (found by the PostgreSQL run of session 23: a problem whose statement opens with 落实中央… was read as a state word "落实中"
# and the bulletin's lone measure lost)
@example(ledger=(("xuncha", "市委第六巡察组", ("0523-86195528", "泰州市海陵区永晖路18号", "tzssthjjjgdw@163.com")),
                 [DrawnProblem(category=0, statement="落实中央八项规定精神有差距", status="done",
                               measures=[DrawnMeasure(text="修订执法检查工作规程，明确检查频次和处罚裁量标准", signed_off=True,
                                                      note="印发《环评审批服务指南》，审批时限由30日压缩至15日",
                                                      update="已起草执法检查工作规程，正在征求意见")])], 0))
# (and a statement holding a state word of its own, "超期未办结": the heading quoting it is no status section)
@example(ledger=(("xuncha", "市委第六巡察组", ("0523-86195528", "泰州市海陵区永晖路18号", "tzssthjjjgdw@163.com")),
                 [DrawnProblem(category=0, statement="问题线索处置不及时：3件问题线索超期未办结", status="done",
                               measures=[DrawnMeasure(text="修订执法检查工作规程，明确检查频次和处罚裁量标准", signed_off=True,
                                                      note="印发《环评审批服务指南》，审批时限由30日压缩至15日",
                                                      update="已起草执法检查工作规程，正在征求意见")])], 0))
def test_the_importer_reads_a_generated_bulletin_back_into_the_same_problems_and_figures(world, ledger):
    kind, drawn, rules = ledger
    with transaction.atomic():
        inspection = save_ledger(world, kind, drawn, rules)
        content = build_bulletin(inspection, on=ON)
        headline = inspection_headline(inspection, on=ON)
        buffer = io.BytesIO()
        write_docx(content, buffer)
        transaction.set_rollback(True)
    # The ledger's own selector agrees with what was drawn, so the figures below are the ledger's.
    assert (headline.problems_total, headline.measures_total, headline.measures_done, headline.rules_made) == (
        len(drawn), sum(len(p.measures) for p in drawn), sum(m.signed_off for p in drawn for m in p.measures), rules)
    phone = ledger[0][2][0]
    check_round_trip(parse_bytes(buffer.getvalue(), "通报.docx"), drawn, rules, "docx", phone)
    check_round_trip(parse_text(content.plain_text()), drawn, rules, "text", phone)
