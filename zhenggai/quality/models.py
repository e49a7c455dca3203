"""Quality flags: one row per signal that fired on a measure or a problem, kept across re-scans.

A re-scan updates the rows in place (same `key`), marks the ones that no longer fire inactive, and never
touches a dismissal: a flag a reviewer dismissed with a reason stays dismissed.
"""
from __future__ import annotations

from django.conf import settings
from django.db import models


class FlagKind(models.TextChoices):
    COPIED_TEXT = "copied_text", "文字雷同"
    VAGUE = "vague", "措施空泛"
    NO_EVIDENCE = "no_evidence", "无佐证材料"
    EVIDENCE_REUSED = "evidence_reused", "佐证材料重复使用"
    EVIDENCE_PREDATES = "evidence_predates", "佐证材料早于问题提出"
    COMPLETED_AFTER_REQUEST = "completed_after_request", "完成时间晚于申请时间"
    RUSHED = "rushed", "下达即申请销号"
    PROGRESS_JUMP = "progress_jump", "进度跳变"
    SAME_DAY_BATCH = "same_day_batch", "集中申请销号"
    RECURRENCE = "recurrence", "问题反复"


class Severity(models.TextChoices):
    RISK = "risk", "风险"
    INFO = "info", "提示"


class QualityFlag(models.Model):
    inspection = models.ForeignKey("ledger.Inspection", on_delete=models.CASCADE, related_name="quality_flags")
    # What the flag is about: a measure (and its problem), a problem alone (问题反复), or a petition case (信访件,
    # whose problem, if the case was tied to one, is kept too; a case flag never shows on that problem's measures).
    problem = models.ForeignKey("ledger.Problem", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="quality_flags")
    measure = models.ForeignKey("ledger.Measure", null=True, blank=True, on_delete=models.CASCADE, related_name="quality_flags")
    petition_case = models.ForeignKey("petitions.PetitionCase", null=True, blank=True, on_delete=models.CASCADE,
                                      related_name="quality_flags")
    kind = models.CharField("信号", max_length=32, choices=FlagKind.choices)
    severity = models.CharField("程度", max_length=8, choices=Severity.choices, default=Severity.RISK)
    key = models.CharField(max_length=120, unique=True, help_text="what fired on what: stable across re-scans")
    explanation = models.TextField("说明")
    detail = models.JSONField(default=dict, blank=True)
    active = models.BooleanField(default=True, db_index=True)
    first_seen = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(auto_now=True)
    dismissed_at = models.DateTimeField("排除时间", null=True, blank=True)
    dismissed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    dismiss_reason = models.TextField("排除理由", blank=True)

    class Meta:
        verbose_name = "整改质量提示"
        indexes = [
            models.Index(fields=["inspection", "active", "kind"]),
            models.Index(fields=["measure", "active"]),
            models.Index(fields=["problem", "active"]),
            models.Index(fields=["petition_case", "active"], name="quality_flag_case"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}：{self.explanation[:40]}"

    @property
    def is_dismissed(self) -> bool:
        return self.dismissed_at is not None

    @property
    def is_open(self) -> bool:
        return self.active and not self.is_dismissed


class ScanState(models.Model):
    """When an inspection was last scanned, so a job queued by many writes in a row runs the scan once."""

    inspection = models.OneToOneField("ledger.Inspection", on_delete=models.CASCADE, related_name="quality_scan")
    requested_at = models.DateTimeField(null=True, blank=True)
    scanned_at = models.DateTimeField(null=True, blank=True)
    measures = models.PositiveIntegerField(default=0)
    flags = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)


class ProblemLink(models.Model):
    """举一反三: a problem elsewhere in the same body (another unit, another round) that reads like this one.

    Kept by the scan (the few most similar per problem), so the problem page reads them with one query.
    """

    problem = models.ForeignKey("ledger.Problem", on_delete=models.CASCADE, related_name="similar_links")
    other = models.ForeignKey("ledger.Problem", on_delete=models.CASCADE, related_name="+")
    similarity = models.FloatField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["problem", "other"], name="quality_problem_link_once")]
        ordering = ["-similarity"]


class EvidenceFingerprint(models.Model):
    """What an evidence file says about itself, read once by the scan job (signals/files.py).

    `band0`…`band3` are the perceptual hash cut in four 16-bit pieces, each indexed: the same picture saved
    again is found by looking its bands up (`scan._same_pictures`), never by comparing every pair of files.
    """

    evidence = models.OneToOneField("ledger.EvidenceFile", on_delete=models.CASCADE, related_name="fingerprint")
    phash = models.CharField(max_length=16, blank=True, help_text="DCT perceptual hash, 16 hex digits; blank: not a picture")
    band0 = models.PositiveIntegerField(null=True, db_index=True)
    band1 = models.PositiveIntegerField(null=True, db_index=True)
    band2 = models.PositiveIntegerField(null=True, db_index=True)
    band3 = models.PositiveIntegerField(null=True, db_index=True)
    dated = models.DateField("文件日期", null=True, blank=True, help_text="EXIF DateTimeOriginal or PDF creation date")
    date_source = models.CharField(max_length=8, blank=True)
    read_at = models.DateTimeField(auto_now_add=True)
