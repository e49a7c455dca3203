"""Old .doc/.wps files: converted with LibreOffice when it is installed, otherwise a clear request
to save as .docx; OFD is evidence only."""
from __future__ import annotations

import subprocess

import pytest

from tests.importer_app.conftest import bulletin_docx
from zhenggai.importer import sandbox
from zhenggai.importer.extract import ExtractError


@pytest.fixture(scope="module")
def old_doc(tmp_path_factory):
    if sandbox.soffice_path() is None:
        pytest.skip("LibreOffice is not installed")
    d = tmp_path_factory.mktemp("doc")
    (d / "b.docx").write_bytes(bulletin_docx())
    subprocess.run([sandbox.soffice_path(), f"-env:UserInstallation=file://{d / 'profile'}", "--headless",
                    "--convert-to", "doc", "--outdir", str(d), str(d / "b.docx")], check=True, capture_output=True,
                   timeout=120)
    return d / "b.doc"


@pytest.mark.parametrize("name", ["通报.doc", "通报.wps"])
def test_an_old_word_file_is_converted_and_parsed_under_the_limits(old_doc, name):
    outcome = sandbox.parse_in_sandbox(old_doc, name)
    assert len(outcome.result["problems"]) == 3
    assert outcome.result["source_name"] == name.rsplit(".", 1)[0] + ".docx"


def test_without_libreoffice_an_old_word_file_is_refused_with_save_as_docx(tmp_path, monkeypatch):
    monkeypatch.setattr(sandbox, "soffice_path", lambda: None)
    path = tmp_path / "a.doc"
    path.write_bytes(sandbox.OLE_MAGIC + b"\x00" * 512)
    with pytest.raises(ExtractError, match="请另存为 .docx 后再导入"):
        sandbox.parse_in_sandbox(path, "a.doc")
