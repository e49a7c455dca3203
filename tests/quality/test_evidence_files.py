"""Evidence files read by the scan: the same photo saved again for another measure, and material older than the problem."""
from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from tests.conftest import PDF_BYTES, pdf_upload
from zhenggai.ledger import services
from zhenggai.quality.models import EvidenceFingerprint, FlagKind, QualityFlag
from zhenggai.quality.scan import quality_scan_inspection
from zhenggai.quality.signals import files

DATA = Path(__file__).parent / "data"
BOARD = DATA / "photo_board.jpg"   # a real photo (see data/README.md)
JETTY = DATA / "photo_jetty.jpg"   # another real photo
NOTE = "对2026年以来办理的46件行政处罚案件逐件复核，发现程序瑕疵的3件已全部整改。"
OTHER_NOTE = "压缩环评审批时限至10个工作日，办理流程已于2026年9月在政务大厅和官网公开。"


def resaved(path: Path, *, scale: float = 1.0, quality: int = 85, fmt: str = "JPEG", exif_date: str | None = None) -> bytes:
    """The photo as someone would send it again: resized, recompressed, maybe as PNG, maybe with a camera date."""
    with Image.open(path) as image:
        picture = image.convert("RGB")
    if scale != 1.0:
        picture = picture.resize((round(picture.width * scale), round(picture.height * scale)), Image.LANCZOS)
    extra = {}
    if exif_date:
        exif = Image.Exif()
        exif.get_ifd(0x8769)[0x9003] = exif_date
        extra["exif"] = exif
    out = io.BytesIO()
    picture.save(out, fmt, **({"quality": quality} if fmt == "JPEG" else {}), **extra)
    return out.getvalue()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="image/png" if name.endswith(".png") else "image/jpeg")


def _flags(measure, kind):
    return QualityFlag.objects.filter(measure=measure, kind=kind, active=True)


def _report(world, measure, photo: SimpleUploadedFile, *, on: dt.date | None = None):
    user = world.other_unit if measure.lead_unit_id == world.approvals.pk else world.unit
    return services.measure_report_progress(user=user, measure=measure, text="现场检查照片。", progress=50,
                                            reported_on=on, files=[photo])


# --- the same picture ---------------------------------------------------------------------------------

def test_a_re_encoded_photo_hashes_within_a_bit_or_two_and_another_photo_far_away(tmp_path):
    original = files.read_facts(BOARD, "image/jpeg").phash
    for i, (scale, quality, fmt) in enumerate([(0.5, 60, "JPEG"), (1.6, 95, "JPEG"), (0.3, 30, "JPEG"), (0.8, 0, "PNG")]):
        copy = tmp_path / f"copy{i}"
        copy.write_bytes(resaved(BOARD, scale=scale, quality=quality, fmt=fmt))
        assert files.distance(original, files.read_facts(copy, "image/png" if fmt == "PNG" else "image/jpeg").phash) <= 2
    assert files.distance(original, files.read_facts(JETTY, "image/jpeg").phash) > 20


def test_the_band_lookup_finds_every_hash_seven_bits_away():
    base = files.read_facts(BOARD, "image/jpeg").phash
    value = int(base, 16)
    for flips in ([0, 17, 33, 49, 1, 18, 34], [63, 62, 61, 60, 59, 58, 57], [5, 21, 37, 53, 6, 22, 38]):
        other = f"{value ^ sum(1 << b for b in flips):016x}"
        assert files.distance(base, other) == 7
        near = [files.band_neighbours(b) for b in files.bands(base)]
        assert any(band in near[i] for i, band in enumerate(files.bands(other)))


def test_the_same_photo_resized_and_recompressed_for_another_unit_s_measure_is_flagged(world):
    _report(world, world.measure, upload("执法现场.jpg", resaved(BOARD)))
    _report(world, world.measure3, upload("审批大厅.jpg", resaved(BOARD, scale=0.5, quality=55)))
    flag = _flags(world.measure3, FlagKind.EVIDENCE_REUSED).get()
    assert "同一画面" in flag.explanation and "措施1.1" in flag.explanation and "执法现场.jpg" in flag.explanation
    assert flag.detail["bits"] <= 2 and flag.detail["others"] == [world.measure.pk]
    assert _flags(world.measure, FlagKind.EVIDENCE_REUSED).get().detail["others"] == [world.measure3.pk]


def test_a_different_photo_is_not_flagged_and_the_same_file_is_left_to_the_sha_256_signal(world):
    _report(world, world.measure, upload("执法现场.jpg", resaved(BOARD)))
    _report(world, world.measure3, upload("审批大厅.jpg", resaved(JETTY)))
    assert not QualityFlag.objects.filter(kind=FlagKind.EVIDENCE_REUSED).exists()
    _report(world, world.measure2, upload("案卷评查.jpg", resaved(BOARD)))  # byte for byte the first photo
    flags = list(_flags(world.measure2, FlagKind.EVIDENCE_REUSED))
    assert len(flags) == 1 and "SHA-256" in flags[0].explanation


def test_two_uploads_of_one_photo_on_the_same_measure_are_not_reuse(world):
    _report(world, world.measure, upload("现场1.jpg", resaved(BOARD)))
    _report(world, world.measure, upload("现场2.png", resaved(BOARD, scale=0.7, fmt="PNG")))
    assert not QualityFlag.objects.filter(kind=FlagKind.EVIDENCE_REUSED).exists()


def test_the_same_photo_in_another_round_of_the_same_body_is_flagged_with_that_round_s_name(world):
    from zhenggai.ledger.models import Inspection, Measure, Problem

    _report(world, world.measure, upload("执法现场.jpg", resaved(BOARD)))
    later = Inspection.objects.create(name="市委第二巡察组巡察反馈意见整改", inspector="市委第二巡察组",
                                      inspected_unit=world.bureau, kind="xuncha", feedback_date=dt.date(2026, 7, 1))
    problem = Problem.objects.create(inspection=later, seq=3, statement="执法检查仍然偏软", lead_unit=world.enforcement)
    measure = Measure.objects.create(problem=problem, seq=2, text="开展执法检查。", lead_unit=world.enforcement,
                                     created_on=dt.date(2026, 7, 1))
    _report(world, measure, upload("新照片.jpg", resaved(BOARD, scale=1.3, quality=70)))
    flag = _flags(measure, FlagKind.EVIDENCE_REUSED).get()
    assert world.inspection.name in flag.explanation and "措施1.1" in flag.explanation


def test_a_picture_is_read_once_and_a_broken_one_is_skipped_quietly(world):
    _report(world, world.measure, upload("现场.jpg", resaved(BOARD)))
    _report(world, world.measure3, upload("坏照片.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 400))
    prints = {fp.evidence.original_name: fp for fp in EvidenceFingerprint.objects.select_related("evidence")}
    assert len(prints["现场.jpg"].phash) == 16 and prints["坏照片.jpg"].phash == ""
    assert prints["现场.jpg"].band0 == files.bands(prints["现场.jpg"].phash)[0]
    quality_scan_inspection(world.inspection.pk)
    assert EvidenceFingerprint.objects.count() == 2


# --- material older than the problem ------------------------------------------------------------------

def test_a_photo_taken_before_the_feedback_is_flagged_with_its_camera_date(world):
    _report(world, world.measure, upload("整改后.jpg", resaved(BOARD, exif_date="2025:03:02 09:15:00")))
    flag = _flags(world.measure, FlagKind.EVIDENCE_PREDATES).get()
    assert flag.explanation == ("佐证材料“整改后.jpg”的拍摄时间（照片EXIF信息）为2025年03月02日，早于问题提出"
                                "（2026年06月01日反馈）：可能不是这次整改形成的材料。")
    assert flag.severity == "risk"


def test_a_photo_taken_after_the_feedback_is_not_flagged(world):
    _report(world, world.measure, upload("整改后.jpg", resaved(BOARD, exif_date="2026:07:15 10:00:00")))
    assert EvidenceFingerprint.objects.get().dated == dt.date(2026, 7, 15)
    assert not QualityFlag.objects.filter(kind=FlagKind.EVIDENCE_PREDATES).exists()


def test_a_pdf_created_before_the_feedback_is_flagged(world):
    old_pdf = PDF_BYTES.replace(b"trailer", b"2 0 obj<</CreationDate(D:20240115103000+08'00')>>endobj\ntrailer")
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note=NOTE,
                                      files=[SimpleUploadedFile("规程.pdf", old_pdf, content_type="application/pdf")])
    flag = _flags(world.measure, FlagKind.EVIDENCE_PREDATES).get()
    assert "创建时间（PDF文件属性）为2024年01月15日" in flag.explanation


def test_a_report_backdated_before_the_feedback_flags_its_files(world):
    _report(world, world.measure, upload("现场.jpg", resaved(JETTY)), on=dt.date(2026, 5, 20))
    flag = _flags(world.measure, FlagKind.EVIDENCE_PREDATES).get()
    assert "报送日期（上传时填报）为2026年05月20日" in flag.explanation


def test_files_without_an_early_date_raise_nothing(world):
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note=NOTE, files=[pdf_upload()])
    _report(world, world.measure3, upload("现场.jpg", resaved(JETTY)))
    assert not QualityFlag.objects.filter(kind=FlagKind.EVIDENCE_PREDATES).exists()


def test_the_reviewer_sees_both_evidence_signals_on_the_review_page(client, world):
    _report(world, world.measure3, upload("审批大厅.jpg", resaved(BOARD)))
    services.measure_request_sign_off(user=world.unit, measure=world.measure, completion_note=NOTE,
                                      files=[upload("执法现场.jpg", resaved(BOARD, scale=0.6, exif_date="2026:01:05 08:00:00"))])
    client.force_login(world.office)
    page = client.get(reverse("measure_review", args=[world.measure.pk])).content.decode()
    assert "佐证材料重复使用" in page and "同一画面" in page
    assert "佐证材料早于问题提出" in page and "2026年01月05日" in page
