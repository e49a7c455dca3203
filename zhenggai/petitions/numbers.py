"""受理编号: what a petition case's acceptance number says about it.

The central and provincial 督察 write "D3HN202406020040": D 来电 (a call) or X 来信 (a letter or online
report), the round (第三轮), the province code (HN), the date received (2024-06-02) and a serial. Older rounds
and other bodies use plain integers ("4260") or their own forms ("BCD2022092002"); those are kept as written,
with nothing read from them. Nothing is guessed: an unreadable part is left empty.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_FULL = re.compile(r"^(?P<source>[DX])(?P<round>\d{1,2})(?P<province>[A-Z]{2})(?P<date>\d{8})(?P<serial>\d{1,6})$")


class Source:
    CALL = "D"
    LETTER = "X"
    LABELS = {"D": "来电", "X": "来信", "": "—"}


@dataclass(frozen=True)
class CaseNumber:
    text: str
    source: str = ""  # "D", "X" or "" when the number does not say
    round: int | None = None
    province: str = ""
    received_on: dt.date | None = None

    @property
    def source_label(self) -> str:
        return Source.LABELS[self.source]


def normalize_number(text: str) -> str:
    """Spaces and full-width letters and digits out: "Ｄ3HN 2024…" and "D3HN2024…" are the same case."""
    text = (text or "").strip()
    if not text.isascii():
        text = text.translate(_FULL_WIDTH)
    return _SPACES.sub("", text).upper()


_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_SPACES = re.compile(r"\s+")


def parse_number(text: str) -> CaseNumber:
    number = normalize_number(text)
    m = _FULL.match(number)
    if not m:
        return CaseNumber(number)
    d = m["date"]
    try:  # not strptime: its locale-aware parser costs more than the rest of a row's reading
        received = dt.date(int(d[:4]), int(d[4:6]), int(d[6:]))
    except ValueError:
        received = None
    return CaseNumber(number, source=m["source"], round=int(m["round"]), province=m["province"], received_on=received)
