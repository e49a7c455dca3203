"""Hostile and huge files are read or refused with a Chinese message, within the parse limits,
without a traceback, by `zhenggai parse` and through the upload; nothing half-written stays."""
from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.security import bombs
from zhenggai.importer import services as importer
from zhenggai.importer.extract import ExtractError
from zhenggai.importer.models import ImportJob, ImportMode, ImportStatus
from zhenggai.importer.sandbox import Limits, ParseLimitError, parse_in_sandbox

@pytest.fixture
def office(world):
    return world.office


CHINESE = re.compile(r"[\u4e00-\u9fff]")
LIMITS = Limits()
REFUSED = [(name, make) for name, make, expected in bombs.CASES if expected == "refused"]


@pytest.mark.parametrize(("name", "make"), REFUSED, ids=[name for name, _ in REFUSED])
def test_each_bomb_is_refused_quickly_in_chinese_within_the_limits(tmp_path, name, make):
    path = make(tmp_path)
    start = time.monotonic()
    with pytest.raises(ExtractError) as caught:
        parse_in_sandbox(path, path.name, limits=LIMITS)
    assert time.monotonic() - start < 30
    assert not isinstance(caught.value, ParseLimitError), "a guard refuses it before any limit is reached"
    assert CHINESE.search(caught.value.message_zh) and "Traceback" not in caught.value.message_zh
    assert caught.value.child_peak_mb < LIMITS.memory_mb


def test_a_200000_row_csv_ledger_is_read_in_bounded_memory(tmp_path):
    path = bombs.csv_rows(tmp_path, 200_000)
    # Wall-clock time depends on the machine's load; memory does not.
    outcome = parse_in_sandbox(path, path.name, limits=replace(LIMITS, seconds=600))
    assert len(outcome.result["problems"]) == 200_000
    assert outcome.child_peak_mb < LIMITS.memory_mb


def test_a_parse_past_the_time_limit_is_killed_with_a_chinese_message(tmp_path):
    path = bombs.csv_rows(tmp_path, 50_000)
    start = time.monotonic()
    with pytest.raises(ParseLimitError, match="文件过于复杂，无法在限定时间内读取") as caught:
        parse_in_sandbox(path, path.name, limits=replace(LIMITS, seconds=1))
    assert caught.value.code == "timeout"
    assert time.monotonic() - start < 5


def test_a_parse_past_the_memory_limit_ends_in_a_chinese_message(tmp_path):
    path = bombs.csv_rows(tmp_path, 50_000)
    with pytest.raises(ParseLimitError, match="所需内存超过限制") as caught:
        parse_in_sandbox(path, path.name, limits=replace(LIMITS, memory_mb=60))
    assert caught.value.code == "memory"


@pytest.mark.parametrize("make", [bombs.xlsx_merge, bombs.docx_zip_bomb, lambda d: bombs.html_nested(d, 10_000)],
                         ids=["merge", "zip bomb", "nested html"])
def test_zhenggai_parse_refuses_a_bomb_in_chinese_without_a_traceback(tmp_path, make):
    path = make(tmp_path)
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "zhenggai.cli", "parse", str(path)], capture_output=True, text=True,
                          cwd=root, timeout=60)
    assert done.returncode == 2
    assert "无法解析" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("make", [bombs.xlsx_sparse, bombs.xlsx_dimension, bombs.csv_huge_field,
                                  lambda d: bombs.html_nested(d, 100_000)],
                         ids=["sparse xlsx", "dimension xlsx", "huge csv field", "deep html"])
def test_an_uploaded_bomb_marks_the_job_failed_and_writes_no_draft(tmp_path, office, make):
    path = make(tmp_path)
    job = importer.import_job_create(user=office, uploaded=SimpleUploadedFile(path.name, path.read_bytes()),
                                     mode=ImportMode.NEW, inspection=None)
    assert not importer.parses_inline(job), "a format the web process cannot bound goes to the worker"
    importer.import_parse_start(job)  # Q_CLUSTER sync in tests: the worker's path, run here
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert CHINESE.search(job.error_message) and job.draft is None


@pytest.mark.django_db
def test_only_small_plain_text_is_parsed_in_the_request(office):
    small = importer.import_job_create(user=office, uploaded=SimpleUploadedFile("a.txt", "一、问题\n".encode()),
                                       mode=ImportMode.NEW, inspection=None)
    html = importer.import_job_create(user=office, uploaded=SimpleUploadedFile("a.txt", b"<html><body><p>x</p>"),
                                      mode=ImportMode.NEW, inspection=None)
    assert importer.parses_inline(small)
    assert html.stored_name.endswith(".html") and not importer.parses_inline(html)


@pytest.mark.django_db
def test_a_user_may_have_only_so_many_files_parsing_at_once(office, settings):
    settings.IMPORT_CONCURRENT_PER_USER = 2
    for i in range(2):  # two files still parsing in the worker
        ImportJob.objects.create(owner=office, body=office.unit, file_name=f"{i}.txt", stored_name=f"busy{i}.txt",
                                 size=1, sha256="0", status=ImportStatus.PENDING)
    with pytest.raises(importer.ImportEditError, match="正在解析"):
        importer.import_job_create(user=office, uploaded=SimpleUploadedFile("c.txt", "一、问题\n".encode()),
                                   mode=ImportMode.NEW, inspection=None)


@pytest.mark.django_db
def test_an_ofd_file_is_refused_for_import_with_a_clear_message(office):
    with pytest.raises(importer.ImportEditError, match="OFD版式文件只能作为佐证材料"):
        importer.import_job_create(user=office, uploaded=SimpleUploadedFile("a.ofd", b"PK\x03\x04"),
                                   mode=ImportMode.NEW, inspection=None)


def test_rows_numbered_back_and_forth_are_read_as_the_next_rows_not_as_a_million_empty_ones_each(tmp_path):
    import io

    from zhenggai.importer import guards
    from zhenggai.importer.ledger_reader import workbook_sheets

    # row 1,000,000, then 2, then 1,000,000 again …: a reader that pads each jump reads 200 million rows
    rows = "".join(f'<row r="{2 if i % 2 else 1_000_000}"><c r="A{i}" t="inlineStr"><is><t>{i}</t></is></c></row>'
                   for i in range(2, 402))
    path = bombs._xlsx(tmp_path / "jumps.xlsx", bombs._sheet(rows))
    data = path.read_bytes()
    shapes = guards.check_xlsx(io.BytesIO(data))
    count, filled = 0, []
    for _title, sheet in workbook_sheets(io.BytesIO(data), shapes, guards.DEFAULT):
        for row in sheet:
            count += 1
            if row:
                filled.append(row[0])
    assert count == 1_000_000 + 399  # the one real gap (rows 2 to 999,999), then each row after the last
    assert filled[1:] == [str(i) for i in range(2, 402)]


def test_a_sheet_of_more_rows_than_the_budget_is_refused_while_it_is_read(tmp_path):
    from zhenggai.importer.ledger_reader import read_ledger_bytes

    path = bombs.xlsx_rows(tmp_path, 120)
    with pytest.raises(Exception) as caught:
        read_ledger_bytes(path.read_bytes(), path.name, "xlsx", replace(LIMITS.budget, max_rows=100))
    assert getattr(caught.value, "code", None) == "too_many_rows" and "表格行数过多" in caught.value.message_zh


def test_merged_ranges_are_found_in_the_sheet_however_its_namespace_is_prefixed(tmp_path):
    import io

    from zhenggai.importer import guards

    sheet = ('<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/'
             'spreadsheetml/2006/main"><x:dimension ref="A1:C3"/><x:sheetData><x:row r="1"/></x:sheetData>'
             "<x:mergeCells count=\"2\"><x:mergeCell ref='A2:A3'/><x:mergeCell  ref=\"B2:C2\" /></x:mergeCells>"
             "</x:worksheet>")
    path = bombs._xlsx(tmp_path / "prefixed.xlsx", sheet)
    shapes = guards.check_xlsx(io.BytesIO(path.read_bytes()))
    shape = shapes["xl/worksheets/sheet1.xml"]
    assert shape.merges == [(2, 1, 3, 1), (2, 2, 2, 3)] and shape.dimension == 9
