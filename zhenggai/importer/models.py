"""An upload on its way into the ledger: the stored file, the parse, the edits, the outcome."""
from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import models

from zhenggai.accounts.models import Unit


class ImportStatus(models.TextChoices):
    PENDING = "pending", "正在解析"
    PARSED = "parsed", "待确认"
    COMMITTING = "committing", "正在写入台账"
    FAILED = "failed", "解析失败"
    COMMITTED = "committed", "已导入"
    CANCELLED = "cancelled", "已取消"


class ImportMode(models.TextChoices):
    NEW = "new", "新建巡察整改（导入整改方案、通报或台账）"
    UPDATE = "update", "更新已有巡察整改（导入进展通报，更新问题状态和完成情况）"


class ImportJob(models.Model):
    """One uploaded document. `draft` holds the parse as the user has edited it (see services)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", on_delete=models.PROTECT,
                              related_name="import_jobs")
    # The body the import belongs to (the uploader's unit): duplicates are recognised within it.
    body = models.ForeignKey(Unit, verbose_name="所属单位", null=True, blank=True, on_delete=models.PROTECT,
                             related_name="+")
    mode = models.CharField("导入方式", max_length=16, choices=ImportMode.choices, default=ImportMode.NEW)
    inspection = models.ForeignKey("ledger.Inspection", verbose_name="巡察", null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="import_jobs",
                                   help_text="更新时为目标巡察；导入完成后为写入的巡察")
    file_name = models.CharField("文件名", max_length=255)
    stored_name = models.CharField(max_length=100, unique=True)
    size = models.PositiveBigIntegerField("大小")
    sha256 = models.CharField(max_length=64, db_index=True)
    status = models.CharField("状态", max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING,
                              db_index=True)
    stage = models.CharField("进度", max_length=40, blank=True)
    draft = models.JSONField("解析结果（含修改）", null=True, blank=True)
    summary = models.JSONField("导入结果", null=True, blank=True)
    error_message = models.TextField("错误信息", blank=True)
    duplicate_acknowledged = models.BooleanField("已确认重复导入", default=False)
    created_at = models.DateTimeField("上传时间", auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    committed_at = models.DateTimeField("导入时间", null=True, blank=True)

    class Meta:
        verbose_name = "文档导入"
        verbose_name_plural = "文档导入"
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["body", "sha256", "status"])]

    def __str__(self) -> str:
        return self.file_name

    @property
    def path(self) -> Path:
        return Path(settings.MEDIA_ROOT) / "imports" / self.stored_name

    @property
    def is_open(self) -> bool:
        return self.status in (ImportStatus.PENDING, ImportStatus.PARSED, ImportStatus.COMMITTING)

    def duplicates(self) -> models.QuerySet[ImportJob]:
        """Earlier imports of the same bytes by the same body that reached the ledger."""
        return ImportJob.objects.filter(body=self.body, sha256=self.sha256, status=ImportStatus.COMMITTED).exclude(
            pk=self.pk).select_related("inspection", "owner").order_by("-committed_at")


class DraftProblem(models.Model):
    """One problem of an import's draft, with its measures: a row of its own, so that a 200,000-row ledger
    is written, paged through, checked and committed a slice at a time (see ``drafts``).

    ``data`` is the problem as the preview edits it (the shape in the ``services`` docstring); the other
    columns are derived from it on every save, for the questions the preview and the commit ask of all
    problems at once: how many, which page, which seq numbers repeat, which unit names are still used, what
    must be fixed. ``issues`` are the problem's own (from ``services.problem_issues``).
    """

    job = models.ForeignKey(ImportJob, on_delete=models.CASCADE, related_name="draft_problems")
    alternative = models.BooleanField(default=False)  # the runner-up reading's problems (see _op_reading)
    order = models.IntegerField()
    key = models.CharField(max_length=20)
    seq = models.IntegerField(null=True)
    category = models.TextField(blank=True)
    position = models.IntegerField(null=True)
    measure_count = models.IntegerField(default=0)
    measure_keys = models.TextField(blank=True)  # " m3 m4 ": the problem a measure key belongs to
    unit_names = models.TextField(blank=True)  # "\n名称\n…": whether a unit name is still used anywhere
    has_deadline = models.BooleanField(default=False)
    has_units = models.BooleanField(default=False)
    issue_count = models.IntegerField(default=0)
    issues = models.JSONField(default=list)
    data = models.JSONField()

    class Meta:
        ordering = ["order"]
        indexes = [models.Index(fields=["job", "alternative", "order"]), models.Index(fields=["job", "key"])]

    def __str__(self) -> str:
        return f"{self.job_id}:{self.key}"
