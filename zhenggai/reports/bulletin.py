"""The progress bulletin (整改进展情况的通报) as a plain data structure.

`build_bulletin` reads the ledger once and returns a `BulletinContent`; the .docx writer, the
HTML preview and the JSON snapshot of a saved version all consume that one object, through
`BulletinContent.blocks()`. Every figure in the text comes from `inspection_headline()`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from django.db.models import OuterRef, Subquery

from zhenggai.ledger.models import Inspection, InspectionKind, Measure, Problem, ProblemStatus, ProgressUpdate
from zhenggai.ledger.selectors import Headline, inspection_headline, today
from zhenggai.ledger.workflow import MeasureState

CN_DIGITS = "零一二三四五六七八九"

SECTION_HEADINGS = {
    ProblemStatus.DONE: "（一）已完成整改的问题",
    ProblemStatus.IN_PROGRESS: "（二）正在推进整改的问题",
    ProblemStatus.LONG_TERM: "（三）需长期坚持的问题",
}
SECTION_ORDER = [ProblemStatus.DONE, ProblemStatus.IN_PROGRESS, ProblemStatus.LONG_TERM]
EMPTY_SECTION_TEXT = "暂无。"

HEADING1_ORGANISATION = "一、整改工作组织情况"
HEADING1_PROGRESS = "二、整改落实情况"
HEADING1_NEXT_STEPS = "三、下一步工作打算"

# "（一）…" at the start of a line of editable text is a level-2 heading (楷体).
_HEADING2_RE = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
# Ordinals a measure text may already start with: "一是", "1.", "（1）", "1、", "(一)".
_LEADING_ORDINAL_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+是|\d+\s*[.．、]|[（(]\s*(?:\d+|[一二三四五六七八九十]+)\s*[）)])\s*"
)
_TRAILING_PUNCT = "。；;，,、.． \t\r\n"


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (enough for 一是…九十九是)."""
    if not 0 < n < 100:
        raise ValueError(f"cn_number handles 1–99, got {n}")
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")
    return head + (CN_DIGITS[ones] if ones else "")


def cn_date(date: dt.date) -> str:
    """2026-11-23 → 2026年11月23日 (the form of a document's date line)."""
    return f"{date.year}年{date.month}月{date.day}日"


def cn_period(start: dt.date | None, end: dt.date | None) -> str:
    if start and end:
        tail = f"{end.month}月{end.day}日" if end.year == start.year else cn_date(end)
        return f"{cn_date(start)}至{tail}"
    return cn_date(start or end) if (start or end) else ""


def clean_measure_text(text: str) -> str:
    """One measure as a clause: whitespace folded, any leading ordinal and trailing punctuation removed."""
    text = re.sub(r"\s+", "", text or "")
    text = _LEADING_ORDINAL_RE.sub("", text, count=1)
    return text.rstrip(_TRAILING_PUNCT)


def quote_inner(text: str) -> str:
    """Quotes inside the heading's “…” become single quotes: 关于“执法‘宽松软’”问题."""
    return text.replace("“", "‘").replace("”", "’")


def join_measures(texts: list[str]) -> str:
    """["修订规程", "开展评查"] → "一是修订规程；二是开展评查。" """
    clauses = [clean_measure_text(t) for t in texts]
    clauses = [c for c in clauses if c]
    if not clauses:
        return ""
    return "；".join(f"{cn_number(i)}是{c}" for i, c in enumerate(clauses, 1)) + "。"


@dataclass
class Block:
    """One paragraph of the document. `lead` is set in the style's heading font, `text` in the body font."""

    style: str  # title | body | heading1 | heading2 | heading3 | contact | signature | date | blank
    text: str = ""
    lead: str = ""
    right_chars: float = 0.0  # right indent in characters (signature and date lines)


@dataclass
class ProblemEntry:
    number: int
    seq: int
    statement: str
    status: str
    measure_count: int
    measures_text: str

    @property
    def heading(self) -> str:
        return f"{self.number}.关于“{self.statement}”问题的整改"


@dataclass
class StatusSection:
    status: str
    heading: str
    problems: list[ProblemEntry] = field(default_factory=list)


@dataclass
class Figures:
    """The headline figures the text quotes, kept alongside the text so a snapshot can be checked."""

    as_of: str
    problems_total: int
    problems_done: int
    problems_long_term: int
    measures_total: int
    measures_done: int
    percent_done: float
    rules_made: int

    @classmethod
    def from_headline(cls, headline: Headline) -> Figures:
        return cls(
            as_of=headline.as_of.isoformat(),
            problems_total=headline.problems_total,
            problems_done=headline.problems_done,
            problems_long_term=headline.problems_long_term,
            measures_total=headline.measures_total,
            measures_done=headline.measures_done,
            percent_done=headline.percent_done,
            rules_made=headline.rules_made,
        )


@dataclass
class BulletinContent:
    title: str
    issuer: str
    kind_word: str
    opening: str
    organisation_text: str
    headline_text: str
    sections: list[StatusSection]
    next_steps_text: str
    supervision_text: str
    date_text: str
    figures: Figures
    # One short, unjustified line per contact (a snapshot saved before they had lines of their own has none:
    # its contacts are still inside supervision_text).
    contact_lines: list[str] = field(default_factory=list)

    def blocks(self) -> list[Block]:
        """The document, paragraph by paragraph, in reading order."""
        out = [Block("title", self.title), Block("blank"), Block("body", self.opening)]
        out.append(Block("heading1", lead=HEADING1_ORGANISATION))
        out += text_blocks(self.organisation_text)
        out.append(Block("heading1", lead=HEADING1_PROGRESS))
        out.append(Block("body", self.headline_text))
        for section in self.sections:
            out.append(Block("heading2", lead=section.heading))
            if not section.problems:
                out.append(Block("body", EMPTY_SECTION_TEXT))
            for problem in section.problems:
                out.append(Block("heading3", problem.heading))
                if problem.measures_text:
                    out.append(Block("body", problem.measures_text))
        out.append(Block("heading1", lead=HEADING1_NEXT_STEPS))
        out += text_blocks(self.next_steps_text)
        supervision, contacts = self.supervision_text, self.contact_lines
        if not contacts:
            supervision, contacts = split_inline_contacts(supervision)
        out.append(Block("body", supervision))
        out += [Block("contact", line) for line in contacts]
        sig_right, date_right = signature_indents(self.issuer, self.date_text)
        out += [Block("blank"), Block("signature", self.issuer, right_chars=sig_right),
                Block("date", self.date_text, right_chars=date_right)]
        return out

    def title_lines(self) -> list[str]:
        return title_lines(self.title)

    def plain_text(self) -> str:
        return "\n".join((b.lead + b.text) for b in self.blocks())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BulletinContent:
        data = dict(data)
        data["figures"] = Figures(**data["figures"])
        data["sections"] = [
            StatusSection(status=s["status"], heading=s["heading"], problems=[ProblemEntry(**p) for p in s["problems"]])
            for s in data["sections"]
        ]
        return cls(**data)


def text_width(text: str) -> float:
    """Width in body characters: CJK and full-width count 1, ASCII (half-width digits) 0.5."""
    return sum(0.5 if ord(ch) < 0x2000 else 1.0 for ch in text)


def signature_indents(issuer: str, date_text: str) -> tuple[float, float]:
    """Right indents (in characters) of the issuer and date lines of an unsealed document, GB/T 9704-2012 7.3.5.3:
    the issuer 2 characters from the right, the date on the next line starting 2 characters to the right of
    the issuer's first character; when the date is the longer one, the date keeps 2 characters and the issuer moves."""
    issuer_w, date_w = text_width(issuer), text_width(date_text)
    issuer_right = 2.0
    date_right = issuer_right + issuer_w - 2 - date_w
    if date_right < 2:
        date_right = 2.0
        issuer_right = date_right + date_w + 2 - issuer_w
    return issuer_right, date_right


TITLE_CHARS_PER_LINE = 20  # 156 mm of type area / 2号 (22 pt) characters


def title_lines(title: str, width: int = TITLE_CHARS_PER_LINE) -> list[str]:
    """Break the title where the sense breaks: before "关于", then before "整改进展情况的通报", then by width."""
    parts = [p for p in re.split(r"(?=关于)", title, maxsplit=1) if p]
    lines: list[str] = []
    for part in parts:
        if len(part) > width and "整改进展情况的通报" in part[1:]:
            head, _, _ = part.rpartition("整改进展情况的通报")
            pieces = [head, "整改进展情况的通报"]
        else:
            pieces = [part]
        for piece in pieces:
            while len(piece) > width:
                lines.append(piece[:width])
                piece = piece[width:]
            if piece:
                lines.append(piece)
    return lines


def text_blocks(text: str) -> list[Block]:
    """Editable text → paragraphs. A line starting "（一）" is a level-2 heading; when the heading
    sentence is followed by more text on the same line ("（一）统一思想。收到反馈后…"), the heading
    sentence is set in 楷体 and the rest in the body font, as the corpus documents do."""
    blocks = []
    for line in (text or "").splitlines():
        line = line.strip()
        if not line:
            continue
        if _HEADING2_RE.match(line):
            head, sep, rest = line.partition("。")
            if sep and rest:
                blocks.append(Block("heading2", lead=head + sep, text=rest))
            else:
                blocks.append(Block("heading2", lead=line))
        else:
            blocks.append(Block("body", line))
    return blocks


# --- building from the ledger -------------------------------------------------------------------------

def kind_word(inspection: Inspection) -> str:
    """巡视 / 巡察 / 督察 / 审计: the word the text uses for this kind of inspection."""
    if inspection.kind == InspectionKind.OTHER:
        return "巡察"
    return InspectionKind(inspection.kind).label


def default_issuer(inspection: Inspection) -> str:
    return f"中共{inspection.inspected_unit.name}党组"


def bulletin_title(inspection: Inspection) -> str:
    return f"中共{inspection.inspected_unit.name}党组关于{inspection.inspector}{kind_word(inspection)}反馈意见整改进展情况的通报"


def _deployer(inspector: str) -> str:
    """"市委第六巡察组" → "市委": whose inspection it was, for "根据市委统一部署"."""
    m = re.match(r"^(.*?(?:中央|省委|市委|县委|区委|州委|盟委|旗委|党委|党组|政府))", inspector)
    return m.group(1) if m else ""


def opening_text(inspection: Inspection) -> str:
    word = kind_word(inspection)
    deployer = _deployer(inspection.inspector)
    period = cn_period(inspection.period_start, inspection.period_end)
    parts = [f"根据{deployer}统一部署，" if deployer else "根据有关工作部署，"]
    if period:
        parts.append(f"{period}，")
    parts.append(f"{inspection.inspector}对{inspection.inspected_unit.name}党组开展了{word}，"
                 f"并于{cn_date(inspection.feedback_date)}进行了反馈。")
    parts.append(f"按照党务公开原则和{word}工作有关要求，现将{word}整改进展情况予以公布。")
    return "".join(parts)


def headline_text(inspection: Inspection, headline: Headline) -> str:
    """The figures sentence. Every number in it comes from the headline, nowhere else.

    A zero is not quoted as a count ("0条整改措施已完成", "形成制度机制0项" is not how a bulletin speaks), nor is
    "其余问题" when there are none left: those clauses say what is true in words, or are left out.
    """
    word = kind_word(inspection)
    h = headline
    as_of = f"截至{h.as_of.year}年{h.as_of.month}月"
    if not h.problems_total:
        return f"{as_of}，{word}反馈问题尚未列入整改台账。"
    if h.measures_total:
        text = f"针对{word}反馈的{h.problems_total}个问题，共明确{h.measures_total}条整改措施。"
        if h.measures_done == h.measures_total:
            text += f"{as_of}，{h.measures_total}条整改措施已全部完成；"
        elif h.measures_done:
            text += f"{as_of}，{h.measures_done}条整改措施已完成，总进度{h.percent_done:.1f}%；"
        else:
            text += f"{as_of}，各项整改措施正在推进中；"
    else:
        text = f"针对{word}反馈的{h.problems_total}个问题，正在逐项研究制定整改措施。{as_of}，"
    rest = h.problems_total - h.problems_done - h.problems_long_term
    clauses = []
    if h.problems_done == h.problems_total:
        clauses.append(f"{h.problems_total}个问题已全部整改完成")
    elif h.problems_done:
        clauses.append(f"{h.problems_done}个问题已整改完成")
    if h.problems_long_term:
        clauses.append(f"{h.problems_long_term}个问题需长期坚持")
    if rest and (h.problems_done or h.problems_long_term):
        clauses.append("其余问题均按计划持续推进整改中")
    elif rest:
        clauses.append("各问题均按计划持续推进整改中")
    text += "，".join(clauses) + "。"
    if h.rules_made:
        text += f"在整改过程中，共形成制度机制{h.rules_made}项。"
    return text + petitions_text(inspection, on=h.as_of)


def petitions_text(inspection: Inspection, *, on: dt.date) -> str:
    """The petition cases' sentence ("交办信访件N件，已办结N件，销号率N%"), from the figures every page shows."""
    from zhenggai.petitions.figures import has_petitions, petition_figures

    if not has_petitions(inspection):
        return ""
    return petition_figures(inspection, on=on, breakdowns=()).sentence + "。"


_CADENCE_WORDS = {"daily": "每日", "weekly": "每周", "biweekly": "双周", "monthly": "每月"}


def default_organisation_text(inspection: Inspection, headline: Headline) -> str:
    """A starting text for 一、整改工作组织情况, drawn from the ledger; the office edits it before publishing."""
    word = kind_word(inspection)
    cadence = _CADENCE_WORDS.get(inspection.cadence, "定期")
    return "\n".join([
        "（一）提高政治站位，压实整改责任。"
        f"党组把{word}整改作为重大政治任务，党组书记履行第一责任人职责，对{word}整改负总责；"
        "领导班子其他成员履行“一岗双责”，推动职责范围内整改任务落到实处。",
        "（二）细化整改任务，健全推进机制。"
        + (f"对{word}反馈的{headline.problems_total}个问题逐条研究，" if headline.problems_total
           else f"对{word}反馈问题逐条研究，")
        + (f"明确{headline.measures_total}条整改措施，" if headline.measures_total else "逐项制定整改措施，")
        + "形成问题清单、任务清单、责任清单，明确责任领导、责任单位、责任人和整改时限；"
        f"建立“{cadence}调度”工作机制，实行挂图作战、对账销号。",
        "（三）坚持举一反三，健全长效机制。"
        "在抓好具体问题整改的同时，深挖问题根源，查找制度漏洞和管理短板，"
        + (f"共形成制度机制{headline.rules_made}项，以制度化保障整改成果长效化。" if headline.rules_made
           else "及时修订完善相关制度，以制度化保障整改成果长效化。"),
    ])


def default_next_steps_text(inspection: Inspection) -> str:
    word = kind_word(inspection)
    return "\n".join([
        f"一是持续抓好整改落实。坚持整改目标不变、力度不减，对正在推进的问题紧盯不放，严格按照整改方案推进落实，确保按期完成。",
        f"二是巩固深化整改成效。对已完成的整改事项适时开展“回头看”，防止问题反弹；对需长期坚持的事项，常态化推进、定期报送进展。",
        f"三是健全长效机制。梳理总结{word}整改中务实管用的做法，完善制度机制，把{word}整改成果转化为推动工作高质量发展的实际成效。",
    ])


def supervision_text(inspection: Inspection) -> str:
    word = kind_word(inspection)
    return f"欢迎广大干部群众对{word}整改落实情况进行监督。如有意见建议，请及时向我们反映。"


def split_inline_contacts(text: str) -> tuple[str, list[str]]:
    """A version saved before contacts had lines of their own ("…反映。联系方式：电话：…；邮政信箱：…。"): the
    same words, the contacts on lines of their own, so that a frozen version's phone number stays whole too."""
    sentence, found, contacts = text.partition("联系方式：")
    if not found or not contacts:
        return text, []
    lines = [item + "；" for item in contacts.split("；")]
    lines[-1] = lines[-1][:-1]
    lines[0] = found + lines[0]
    return sentence, [line for line in lines if line]


def contact_lines(inspection: Inspection) -> list[str]:
    """联系电话 / 通讯地址 / 电子邮箱 of the inspected unit, one line each, as typed.

    Each is its own short left-aligned paragraph, so a phone number never meets a line end (where Word and
    LibreOffice would break after its hyphen) and needs no invisible joiners, which would travel into text copied
    out of the document. An address is 通讯地址; only a post-office box (…信箱) is 邮政信箱."""
    unit = inspection.inspected_unit
    items = []
    if phone := " ".join(unit.phone.split()):
        items.append(f"联系电话：{phone}")
    if address := " ".join(unit.address.split()):
        items.append(f"{'邮政信箱' if '信箱' in address else '通讯地址'}：{address}")
    if email := unit.email.strip():
        items.append(f"电子邮箱：{email}")
    return [item + ("。" if i == len(items) - 1 else "；") for i, item in enumerate(items)]


def _measure_source_text(measure: Measure) -> str:
    """Signed off: what was done (completion note). Open: the latest progress update. Else the measure itself."""
    if measure.state == MeasureState.SIGNED_OFF and measure.completion_note.strip():
        return measure.completion_note
    if measure.state != MeasureState.SIGNED_OFF and (measure.latest_update_text or "").strip():
        return measure.latest_update_text
    return measure.text


def status_sections(inspection: Inspection) -> list[StatusSection]:
    """Problems grouped by status, each with its measures as one "一是…；二是…。" paragraph. Two queries."""
    latest_update = (
        ProgressUpdate.objects.filter(measure=OuterRef("pk")).order_by("-reported_on", "-id").values("text")[:1]
    )
    measures = (
        Measure.objects.filter(problem__inspection=inspection)
        .annotate(latest_update_text=Subquery(latest_update))
        .only("id", "problem_id", "seq", "text", "state", "completion_note")
        .order_by("problem_id", "seq", "id")
    )
    by_problem: dict[int, list[Measure]] = {}
    for measure in measures:
        by_problem.setdefault(measure.problem_id, []).append(measure)
    sections = {status: StatusSection(status, SECTION_HEADINGS[status]) for status in SECTION_ORDER}
    problems = (
        Problem.objects.filter(inspection=inspection).with_status()
        .only("id", "seq", "statement").order_by("category__seq", "seq", "id")
    )
    for problem in problems:
        section = sections[ProblemStatus(problem.status)]
        own = by_problem.get(problem.pk, [])
        section.problems.append(ProblemEntry(
            number=len(section.problems) + 1,
            seq=problem.seq,
            statement=quote_inner(re.sub(r"\s+", "", problem.statement).rstrip(_TRAILING_PUNCT)),
            status=problem.status,
            measure_count=len(own),
            measures_text=join_measures([_measure_source_text(m) for m in own]),
        ))
    return [sections[status] for status in SECTION_ORDER]


def build_bulletin(
    inspection: Inspection,
    *,
    organisation_text: str | None = None,
    next_steps_text: str | None = None,
    on: dt.date | None = None,
) -> BulletinContent:
    """The bulletin as of `on` (today by default). Editable sections default to texts drawn from the ledger."""
    on = on or today()
    headline = inspection_headline(inspection, on=on)
    return BulletinContent(
        title=bulletin_title(inspection),
        issuer=default_issuer(inspection),
        kind_word=kind_word(inspection),
        opening=opening_text(inspection),
        organisation_text=(organisation_text if organisation_text and organisation_text.strip()
                           else default_organisation_text(inspection, headline)),
        headline_text=headline_text(inspection, headline),
        sections=status_sections(inspection),
        next_steps_text=(next_steps_text if next_steps_text and next_steps_text.strip()
                         else default_next_steps_text(inspection)),
        supervision_text=supervision_text(inspection),
        date_text=cn_date(on),
        figures=Figures.from_headline(headline),
        contact_lines=contact_lines(inspection),
    )
