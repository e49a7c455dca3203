"""The .docx converts to PDF through LibreOffice, when it is installed."""
from __future__ import annotations

import pytest

from zhenggai.reports.bulletin import build_bulletin
from zhenggai.reports.pdf import docx_to_pdf, soffice_path
from zhenggai.reports.services import bulletin_docx_bytes

pytestmark = pytest.mark.skipif(soffice_path() is None, reason="LibreOffice (soffice) is not installed")


def test_the_bulletin_converts_to_a_pdf_of_a4_pages(ledger):
    pdf = docx_to_pdf(bulletin_docx_bytes(build_bulletin(ledger.inspection)))
    assert pdf.startswith(b"%PDF")
    assert b"/MediaBox [0 0 595" in pdf or b"/MediaBox[0 0 595" in pdf  # A4: 595 × 842 pt


def test_the_pdf_page_downloads_from_the_preview(client, ledger):
    from django.urls import reverse

    from tests.conftest import login

    login(client, ledger.office)
    response = client.get(reverse("reports:bulletin_pdf", kwargs={"pk": ledger.inspection.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_no_punctuation_is_lost_at_line_ends_of_the_pdf(ledger):
    """LibreOffice hangs a full-width ，at a line end into the margin and drops it; the converter stops that."""
    import shutil
    import subprocess

    import docx as python_docx

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    import io

    # Clauses of varied length, so that many lines of the justified text end at a full-width mark.
    clauses = [("建立整改台账" + "逐项" * (i % 5)) for i in range(60)]
    organisation = "局党组把巡察整改作为重大政治任务，" + "，".join(clauses) + "。"
    data = bulletin_docx_bytes(build_bulletin(ledger.inspection, organisation_text=organisation))

    text = "".join(p.text for p in python_docx.Document(io.BytesIO(data)).paragraphs)
    pdf_text = subprocess.run(["pdftotext", "-", "-"], input=docx_to_pdf(data), capture_output=True,
                              check=True).stdout.decode("utf-8")
    for mark in "，：。；、":
        assert pdf_text.count(mark) == text.count(mark), mark


def test_hanging_punctuation_is_switched_off_in_every_paragraph_style():
    from zhenggai.reports.pdf import no_hanging_punctuation

    fodt = ('<style:paragraph-properties fo:text-align="justify"/>'
            '<style:paragraph-properties style:punctuation-wrap="hanging" fo:margin-top="0"/>')
    out = no_hanging_punctuation(fodt)
    assert out.count('style:punctuation-wrap="simple"') == 2 and "hanging" not in out
