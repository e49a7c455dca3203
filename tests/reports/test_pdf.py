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
