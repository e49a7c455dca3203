"""Publishing a batch: the 11-column 一览表 on the public site and as .xlsx/.docx, with personal data masked."""
from __future__ import annotations

import io

import pytest
from django.urls import reverse

from tests.conftest import PASSWORD
from zhenggai.ledger.workflow import WorkflowError
from zhenggai.petitions.masking import mask
from zhenggai.petitions.publish import batch_publish
from zhenggai.petitions.services import case_unmask

NAMES = ["张建国", "李秀英", "王小明"]
PHONES = ["13812345678", "159-1234-5678", "0731-84567890"]
IDS = ["430104199001011234", "43010419900101123X"]
HOUSE = "劳动路128号3栋2单元501室"

COMPLAINT = (f"举报人张建国反映，某化工厂夜间偷排废气，联系电话13812345678，身份证430104199001011234。"
             f"村民李秀英称噪声扰民，手机159-1234-5678，座机0731-84567890，身份证号43010419900101123X；"
             f"王小明先生住{HOUSE}，与第18批D3GS202312070006号属同一案件。")


@pytest.fixture
def published(world, petitions):
    inspection = petitions.inspection
    inspection.is_public = True
    inspection.save()
    case = petitions.case
    case.complaint = COMPLAINT
    case.investigation = "经联系举报人张建国核实，该厂确有夜间生产。"
    case.handling = "处理情况：责令停产。整改情况：已安装在线监测，村民李秀英表示满意。"
    case.save()
    batch_publish(user=world.office, batch=petitions.batch)
    return petitions


def _leaks(text: str) -> list[str]:
    digits = text.replace("-", "")
    found = [n for n in NAMES if n in text]
    found += [p for p in PHONES if p in text or p.replace("-", "") in digits]
    found += [i for i in IDS if i in text]
    found += ["128号" for _ in [1] if "128号" in text] + ["501室" for _ in [1] if "501室" in text]
    return found


def test_masking_hides_names_phones_ids_and_house_numbers():
    masked = mask(COMPLAINT)
    assert _leaks(masked) == []
    assert "D3GS202312070006" in masked and "第18批" in masked  # acceptance numbers and batches stay readable


def test_the_public_page_never_shows_the_complainants_personal_data(client, published):
    page = client.get(reverse("portal:petition_batch", args=[published.batch.pk])).content.decode()
    assert "某化工厂夜间偷排废气" in page
    assert _leaks(page) == []


@pytest.mark.parametrize("ext", ["xlsx", "docx"])
def test_the_exports_never_contain_the_complainants_personal_data(client, published, ext):
    response = client.get(reverse("portal:petition_batch_export", args=[published.batch.pk, ext]))
    assert response.status_code == 200
    data = response.content
    if ext == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data))
        text = "\n".join(str(c.value) for row in wb.active.iter_rows() for c in row if c.value is not None)
    else:
        import docx

        doc = docx.Document(io.BytesIO(data))
        text = "\n".join(cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    assert "某化工厂夜间偷排废气" in text and "交办问题基本情况" in text
    assert _leaks(text) == []


def test_the_office_exports_mask_as_the_public_ones_do(client, world, published):
    client.login(username="office", password=PASSWORD)
    response = client.get(reverse("petitions:batch_export", args=[published.batch.pk, "xlsx"]))
    assert response.status_code == 200
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(response.content))
    assert _leaks("\n".join(str(c.value) for row in wb.active.iter_rows() for c in row if c.value)) == []


def test_a_word_the_office_unmasks_on_purpose_is_published_and_nothing_else(client, world, published):
    case_unmask(user=world.office, case=published.case, words=["128号"])
    page = client.get(reverse("portal:petition_batch", args=[published.batch.pk])).content.decode()
    assert "128号" in page
    assert [leak for leak in _leaks(page) if leak != "128号"] == []


def test_an_unpublished_batch_is_not_on_the_public_site(client, world, published):
    batch_publish(user=world.office, batch=published.batch, published=False)
    assert client.get(reverse("portal:petition_batch", args=[published.batch.pk])).status_code == 404


def test_a_batch_of_an_inspection_not_public_cannot_be_published(world, petitions):
    with pytest.raises(WorkflowError, match="信息公开"):
        batch_publish(user=world.office, batch=petitions.batch)


def test_the_public_inspection_page_quotes_the_same_sentence_as_the_bulletin(client, world, published):
    from zhenggai.reports.bulletin import petitions_text
    from zhenggai.ledger.selectors import today

    page = client.get(reverse("portal:inspection", args=[published.inspection.pk])).content.decode()
    sentence = petitions_text(published.inspection, on=today()).rstrip("。")
    assert sentence.startswith("交办信访件2件，已办结0件，销号率0%") and sentence in page
