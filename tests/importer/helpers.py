"""Small readers and builders shared by the importer's rule tests (tests/importer/test_*.py).

Each was written again in two to six test files, most of them letter for letter; the few that differed a little are
joined so that every caller's result is what it was (docx_with_table merges a row only where all its cells are the
same text, which no row of test_residue has; truth_pairs takes ``exactly_one`` for test_heldout's check). The files
import them, most under the short name they used before (``from tests.importer.helpers import settled_pair as
_figures``), so that their tests read as they did. A helper that one file alone uses, or whose fields differ from file
to file (the ``_read``/``_rows`` tuples), stays in its file.

A new test file is welcome to import from here rather than write a reader of its own.
"""
from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from zhenggai.importer.parse import headline, parse_text
from zhenggai.importer.parse.inspection import inspection_facts

QUOTES = "\"'“”‘’「」『』"
"""The quotation marks a title may be wrapped in (straight, curly and corner), stripped by :func:`normalised`."""

HERE = Path(__file__).resolve().parent

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
"""LibreOffice's command, or None where it is not installed."""

needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; scripts/bootstrap.sh installs it")
"""Marks a test that converts a file through LibreOffice: skipped, with the reason, where it is absent."""

INTRO = "根据县委统一部署，2023年3月1日至4月20日，县委第三巡察组对县交通运输局党组开展了巡察，5月18日反馈了巡察意见。"
"""A plan's or bulletin's opening sentence: who inspected whom, when, and the day of the feedback."""


# --- headline figures --------------------------------------------------------------------------------------------

def headline_pair(text: str) -> tuple:
    """The headline's (problems_total, problems_done) as :func:`headline.headline_figures` reads them, not settled."""
    h = headline.headline_figures(text)
    return h.problems_total, h.problems_done


def settled_pair(text: str) -> tuple:
    """The headline's (problems_total, problems_done) after :func:`headline.settle`, as a parsed document states them."""
    h = headline.headline_figures(text)
    headline.settle(h)
    return h.problems_total, h.problems_done


def four_figures(text: str) -> tuple:
    """The headline's (problems_total, problems_done, measures_total, measures_done), not settled."""
    h = headline.headline_figures(text)
    return h.problems_total, h.problems_done, h.measures_total, h.measures_done


# --- dates of a check ---------------------------------------------------------------------------------------------

def check_dates(text: str, report_date: str | None = None) -> tuple:
    """The (start, end) of the check or inspection a text tells of, given the page's date where it has one."""
    i = inspection_facts(text, None, None, report_date)
    return i.start, i.end


# --- problem lists ------------------------------------------------------------------------------------------------

def problems(text: str):
    """The problems :func:`parse_text` reads in a text."""
    return parse_text(text).problems


def parse_lines(lines: list[str]):
    """:func:`parse_text` on lines joined by newlines: the whole result."""
    return parse_text("\n".join(lines))


def titles(text: str) -> list[str]:
    """The titles of the problems :func:`parse_text` reads in a text, in order."""
    return [p.title for p in parse_text(text).problems]


def problem_rows(result) -> list[tuple]:
    """Each problem of a parse result as (seq, category, title, status, measure_count, responsible_units, deadline)."""
    return [(p.seq, p.category, p.title, p.status, p.measure_count, p.responsible_units, p.deadline)
            for p in result.problems]


def bulletin(*body: str) -> str:
    """A progress bulletin of a bureau's Party group: its title, :data:`INTRO`, the section 二、整改落实情况, then
    the given lines."""
    return "\n".join(["中共某县交通运输局党组关于巡察整改进展情况的通报", INTRO, "二、整改落实情况", *body])


# --- documents built for a test -----------------------------------------------------------------------------------

def docx_with_table(paragraphs: list[str], rows: list[list[str]], after: list[str]) -> bytes:
    """A .docx of paragraphs, one table and paragraphs after it. A row whose cells all hold the same text (a group
    heading such as "一、班子建设方面", repeated across the row) is written as one cell merged across the table."""
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    table = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        if len(set(row)) == 1:
            table.rows[i].cells[0].merge(table.rows[i].cells[-1]).text = row[0]
            continue
        for j, c in enumerate(row):
            table.rows[i].cells[j].text = c
    for p in after:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def soffice_convert(src: Path, target: str, tmp_path: Path) -> Path:
    """``src`` converted by LibreOffice (headless, a profile of its own under tmp_path) to ``target`` ("pdf", "html",
    …) in tmp_path/out: the file it made."""
    out = tmp_path / "out"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'lo_profile'}", "--headless", "--convert-to", target,
                    "--outdir", str(out), str(src)], check=True, capture_output=True, timeout=180)
    made = sorted(out.iterdir())
    assert made, f"soffice made nothing from {src.name}"
    return made[0]


def format_copies_tool():
    """tests/importer/real/tools/format_copies.py loaded as a module (it is a script, not a package): its writers of
    .docx copies (write_docx_auto, blocks_of, …)."""
    spec = importlib.util.spec_from_file_location("format_copies", HERE / "real" / "tools" / "format_copies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- truth files --------------------------------------------------------------------------------------------------

def normalised(text: str | None) -> str:
    """A title as the shared scorer compares it: NFKC, no white space, no wrapping quotes or closing stop."""
    text = unicodedata.normalize("NFKC", text or "")
    return "".join(ch for ch in text if not ch.isspace()).strip(QUOTES + "。.;；").strip()


def truth_pairs(folder: Path, exactly_one: bool = False) -> list[tuple[Path, Path]]:
    """Each ``*.truth.json`` of a folder, sorted, with the document beside it (same stem, not a .json).

    A truth with no document is passed over; with ``exactly_one`` the folder must hold exactly one document a truth
    (the assertion fails otherwise)."""
    out = []
    for truth in sorted(folder.glob("*.truth.json")):
        stem = truth.name[: -len(".truth.json")]
        docs = [p for p in folder.glob(stem + ".*") if not p.name.endswith(".json")]
        if exactly_one:
            assert len(docs) == 1, f"{stem}: exactly one document beside its truth"
        if docs:
            out.append((docs[0], truth))
    return out
