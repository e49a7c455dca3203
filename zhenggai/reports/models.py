"""Bulletins (通报): drafts saved as numbered versions; publishing freezes one and records who and when."""
from __future__ import annotations

from django.conf import settings
from django.db import models


class Bulletin(models.Model):
    """The progress bulletin of one inspection. Its text lives in its versions."""

    inspection = models.ForeignKey("ledger.Inspection", verbose_name="巡察", on_delete=models.CASCADE,
                                   related_name="bulletins")
    title = models.CharField("标题", max_length=300)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "通报"
        verbose_name_plural = "通报"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title

    @property
    def latest_version(self) -> BulletinVersion | None:
        return self.versions.order_by("-number").first()

    @property
    def published_versions(self) -> models.QuerySet[BulletinVersion]:
        return self.versions.filter(published_at__isnull=False).order_by("-number")


class BulletinVersion(models.Model):
    """One saved state of a bulletin. Never edited once published: saving again makes a new version.

    `content` is the whole document as built at save time (see `bulletin.BulletinContent.to_dict`),
    so a published bulletin keeps the figures it was published with while the ledger moves on.
    """

    bulletin = models.ForeignKey(Bulletin, verbose_name="通报", on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField("版本号")
    organisation_text = models.TextField("整改工作组织情况")
    next_steps_text = models.TextField("下一步工作打算")
    content = models.JSONField("内容快照")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="保存人", null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField("保存时间")
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="发布人", null=True, blank=True,
                                     on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField("发布时间", null=True, blank=True)

    class Meta:
        verbose_name = "通报版本"
        verbose_name_plural = "通报版本"
        ordering = ["bulletin", "-number"]
        constraints = [models.UniqueConstraint(fields=["bulletin", "number"], name="bulletin_version_unique_number")]

    def __str__(self) -> str:
        return f"{self.bulletin.title}（第{self.number}版）"

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None and BulletinVersion.objects.filter(pk=self.pk, published_at__isnull=False).exists():
            raise PermissionError("已发布的通报版本不能修改；请保存为新版本")
        super().save(*args, **kwargs)


class PdfStatus(models.TextChoices):
    PENDING = "pending", "正在生成"
    DONE = "done", "已生成"
    FAILED = "failed", "生成失败"


class BulletinPdf(models.Model):
    """A bulletin's PDF, converted once by the job worker and kept: `key` is a digest of the bulletin's content
    and of the code that renders it, so a published (frozen) version is converted once and served ever after."""

    key = models.CharField("内容摘要", max_length=64, unique=True)
    inspection = models.ForeignKey("ledger.Inspection", verbose_name="巡察", on_delete=models.CASCADE,
                                   related_name="+")
    version = models.ForeignKey(BulletinVersion, verbose_name="通报版本", null=True, blank=True,
                                on_delete=models.CASCADE, related_name="pdfs")
    status = models.CharField("状态", max_length=10, choices=PdfStatus.choices, default=PdfStatus.PENDING)
    error_message = models.TextField("错误信息", blank=True)
    size = models.PositiveIntegerField("大小", default=0)
    requested_at = models.DateTimeField("请求时间")
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "通报 PDF"
        verbose_name_plural = "通报 PDF"

    def __str__(self) -> str:
        return f"{self.key[:12]}（{self.get_status_display()}）"
