"""整改时限: parsing the forms rectification documents use, and printing them back."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zhenggai.ledger.deadlines import Deadline, DeadlineError, DeadlineKind, format_date_phrase, parse_date_phrase

FEEDBACK = dt.date(2026, 6, 1)


@pytest.mark.parametrize(("text", "kind", "date", "printed"), [
    ("2019年底", DeadlineKind.DATE, dt.date(2019, 12, 31), "2019年底"),
    ("2019年底前", DeadlineKind.DATE, dt.date(2019, 12, 31), "2019年底"),
    ("2019年12月底前", DeadlineKind.DATE, dt.date(2019, 12, 31), "2019年底"),
    ("2020年6月底前", DeadlineKind.DATE, dt.date(2020, 6, 30), "2020年6月底"),
    ("2020年 6月底", DeadlineKind.DATE, dt.date(2020, 6, 30), "2020年6月底"),
    (" 2020 年 6 月 底 前。", DeadlineKind.DATE, dt.date(2020, 6, 30), "2020年6月底"),
    ("2019年10月31日前", DeadlineKind.DATE, dt.date(2019, 10, 31), "2019年10月底"),
    ("2019年10月15日", DeadlineKind.DATE, dt.date(2019, 10, 15), "2019年10月15日"),
    ("2020年2月底", DeadlineKind.DATE, dt.date(2020, 2, 29), "2020年2月底"),
    ("2020年上半年", DeadlineKind.DATE, dt.date(2020, 6, 30), "2020年6月底"),
    ("2020年十二月底", DeadlineKind.DATE, dt.date(2020, 12, 31), "2020年底"),
    ("2020-06-30", DeadlineKind.DATE, dt.date(2020, 6, 30), "2020年6月底"),
    ("立行立改", DeadlineKind.IMMEDIATE, dt.date(2026, 6, 16), "立行立改，2026年6月16日前"),
    ("立行立改，2024年6月底前", DeadlineKind.IMMEDIATE, dt.date(2024, 6, 30), "立行立改，2024年6月底前"),
    ("2024年6月底前立行立改", DeadlineKind.IMMEDIATE, dt.date(2024, 6, 30), "立行立改，2024年6月底前"),
    ("长期坚持", DeadlineKind.LONG_TERM, None, "长期坚持"),
    ("立行立改，长期坚持", DeadlineKind.IMMEDIATE_LONG_TERM, dt.date(2026, 6, 16), "立行立改，2026年6月16日前，长期坚持"),
    ("立行立改,长期坚持", DeadlineKind.IMMEDIATE_LONG_TERM, dt.date(2026, 6, 16), "立行立改，2026年6月16日前，长期坚持"),
    ("立行立改、长期坚持", DeadlineKind.IMMEDIATE_LONG_TERM, dt.date(2026, 6, 16), "立行立改，2026年6月16日前，长期坚持"),
    ("立行立改，2019年底前，长期坚持", DeadlineKind.IMMEDIATE_LONG_TERM, dt.date(2019, 12, 31),
     "立行立改，2019年底前，长期坚持"),
    ("", DeadlineKind.NONE, None, ""),
])
def test_it_reads_and_writes_each_form_of_deadline(text, kind, date, printed):
    deadline = Deadline.parse(text, feedback_date=FEEDBACK)
    assert (deadline.kind, deadline.date, str(deadline)) == (kind, date, printed)


@pytest.mark.parametrize("text", ["2019年底", "2020年6月底", "2019年10月15日", "立行立改", "长期坚持", "立行立改，长期坚持",
                                  "立行立改，2024年6月底前", "立行立改，2019年底前，长期坚持"])
def test_what_it_prints_it_reads_back_as_the_same_deadline(text):
    deadline = Deadline.parse(text, feedback_date=FEEDBACK)
    assert Deadline.parse(str(deadline), feedback_date=FEEDBACK) == deadline


def test_immediate_without_a_known_date_prints_the_words_alone():
    assert str(Deadline.parse("立行立改")) == "立行立改"
    assert str(Deadline.parse("立行立改，长期坚持")) == "立行立改，长期坚持"


def test_a_dated_immediate_deadline_keeps_its_date_when_read_back_by_another_inspection():
    """What a page or export prints is what a person types into the form again: the date must survive it,
    not be replaced by a date counted from another feedback date."""
    printed = str(Deadline.parse("立行立改，2024年6月底前", feedback_date=FEEDBACK))
    again = Deadline.parse(printed, feedback_date=dt.date(2023, 1, 1))
    assert again == Deadline(DeadlineKind.IMMEDIATE, dt.date(2024, 6, 30))


def test_pages_and_exports_print_both_the_words_and_the_date(world):
    world.measure.deadline = world.inspection.parse_deadline("立行立改，2026年6月底前")
    world.measure.save()
    world.measure.refresh_from_db()
    assert world.measure.deadline_display == "立行立改，2026年6月底前"


def test_immediate_means_feedback_plus_the_immediate_days():
    assert Deadline.parse("立行立改", feedback_date=FEEDBACK).date == dt.date(2026, 6, 16)
    assert Deadline.parse("立行立改", feedback_date=FEEDBACK, immediate_days=30).date == dt.date(2026, 7, 1)
    assert Deadline.parse("立行立改").date is None


def test_a_dated_fix_followed_by_long_term_work_keeps_its_date():
    deadline = Deadline.parse("2019年底前完成并长期坚持", feedback_date=FEEDBACK)
    assert (deadline.kind, deadline.date, deadline.is_long_term) == (
        DeadlineKind.IMMEDIATE_LONG_TERM, dt.date(2019, 12, 31), True)


def test_the_inspection_applies_its_own_feedback_date_and_immediate_days(world):
    world.inspection.immediate_days = 10
    assert world.inspection.parse_deadline("立行立改").date == dt.date(2026, 6, 11)


@pytest.mark.parametrize(("text", "message"), [
    ("尽快完成", "无法识别的整改时限"),
    ("按要求", "无法识别的整改时限"),
    ("2020年13月底", "月份不正确"),
    ("2020年2月30日", "日期不存在"),
])
def test_unknown_text_raises_a_chinese_message(text, message):
    with pytest.raises(DeadlineError, match=message) as exc_info:
        Deadline.parse(text, feedback_date=FEEDBACK)
    assert isinstance(exc_info.value, ValueError)


def test_kinds_have_chinese_labels():
    assert [k.label for k in DeadlineKind] == ["未定", "限期完成", "立行立改", "长期坚持", "立行立改，长期坚持"]


@given(st.dates(min_value=dt.date(1949, 10, 1), max_value=dt.date(2100, 12, 31)))
def test_any_date_printed_then_parsed_is_the_same_date(date):
    assert parse_date_phrase(format_date_phrase(date)) == date
    assert Deadline.parse(str(Deadline(DeadlineKind.DATE, date))) == Deadline(DeadlineKind.DATE, date)


@given(st.sampled_from([DeadlineKind.IMMEDIATE, DeadlineKind.IMMEDIATE_LONG_TERM]),
       st.dates(min_value=dt.date(1949, 10, 1), max_value=dt.date(2100, 12, 31)))
def test_any_dated_immediate_deadline_printed_then_parsed_is_the_same(kind, date):
    deadline = Deadline(kind, date)
    assert Deadline.parse(str(deadline), feedback_date=FEEDBACK) == deadline
    assert str(deadline).startswith("立行立改，")
