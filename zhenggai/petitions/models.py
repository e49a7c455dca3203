"""Petition cases (交办信访件): the complaints an environmental inspection hands over in numbered batches.

A case is a second kind of item in an inspection beside the measures. It shares their units and scope, their
deadline fields and light rule (`zhenggai.ledger.models.light_rank_expression`), the one state-machine table
(`zhenggai.ledger.workflow`, rows of kind "petition"), the evidence table, `notify()` and the audit log.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from zhenggai.accounts.models import Unit
from zhenggai.ledger.models import DeadlineFields, Inspection, Problem
from zhenggai.ledger.workflow import PetitionState
from zhenggai.petitions.numbers import Source


class PollutionType(models.TextChoices):
    AIR = "air", "大气"
    WATER = "water", "水"
    NOISE = "noise", "噪声"
    SOIL = "soil", "土壤"
    SOLID_WASTE = "solid_waste", "固废"
    ECOLOGY = "ecology", "生态"
    NEARBY = "nearby", "群众身边的生态环境问题"
    OTHER = "other", "其他"


class Verdict(models.TextChoices):
    """是否属实: what the unit's investigation (调查核实) found."""

    TRUE = "true", "属实"
    MOSTLY = "mostly", "基本属实"
    PARTLY = "partly", "部分属实"
    FALSE = "false", "不属实"


# 属实率 counts a complaint as founded when it is true, mostly true or partly true.
FOUNDED = (Verdict.TRUE, Verdict.MOSTLY, Verdict.PARTLY)


class PetitionBatch(models.Model):
    """One 交办清单: 第二十五批, 第35-1批, handed over on a date."""

    inspection = models.ForeignKey(Inspection, verbose_name="督察", on_delete=models.CASCADE,
                                   related_name="petition_batches")
    number = models.CharField("批次", max_length=40, help_text="如：第二十五批、第35-1批")
    sort_key = models.CharField(max_length=40, editable=False, default="",
                                help_text="批次的数字顺序（第2批在第10批之前）")
    handed_over_on = models.DateField("交办日期")
    time_limit_days = models.PositiveSmallIntegerField("办结时限（天）", null=True, blank=True,
                                                       help_text="交办后多少天内办结；信访件可单独规定")
    published_at = models.DateTimeField("公开时间", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "信访件批次"
        verbose_name_plural = "信访件批次"
        ordering = ["inspection", "sort_key", "id"]
        constraints = [models.UniqueConstraint(fields=["inspection", "number"], name="petition_batch_unique_number")]

    def __str__(self) -> str:
        return self.number

    def save(self, *args, **kwargs) -> None:
        from zhenggai.petitions.batches import batch_sort_key

        self.sort_key = batch_sort_key(self.number)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("petitions:batch_detail", args=[self.pk])


class PetitionCase(DeadlineFields):
    """One 交办信访件, in the published 11-column form plus what the ledger needs."""

    inspection = models.ForeignKey(Inspection, verbose_name="督察", on_delete=models.CASCADE,
                                   related_name="petition_cases")
    batch = models.ForeignKey(PetitionBatch, verbose_name="批次", on_delete=models.PROTECT, related_name="cases")
    seq = models.PositiveIntegerField("序号")
    # Empty when the 交办清单 gives none: the case is flagged (缺少受理编号), never given a made-up number.
    number = models.CharField("受理编号", max_length=40, blank=True)
    source = models.CharField("来源", max_length=1, blank=True, choices=[("D", "来电"), ("X", "来信")])
    received_on = models.DateField("受理日期", null=True, blank=True)
    complaint = models.TextField("交办问题基本情况")
    area = models.CharField("行政区域", max_length=60, blank=True, db_index=True)
    pollution_type = models.CharField("污染类型", max_length=16, choices=PollutionType.choices, blank=True)
    investigation = models.TextField("调查核实情况", blank=True)
    verdict = models.CharField("是否属实", max_length=8, choices=Verdict.choices, blank=True)
    goal = models.TextField("办结目标", blank=True)
    handling = models.TextField("处理和整改情况", blank=True)
    accountability = models.TextField("责任人被处理情况", blank=True)
    lead_unit = models.ForeignKey(Unit, verbose_name="牵头单位", null=True, blank=True, on_delete=models.PROTECT,
                                  related_name="led_petitions")
    co_units = models.ManyToManyField(Unit, verbose_name="配合单位", blank=True, related_name="co_petitions")
    handed_over_on = models.DateField("交办日期")
    time_limit_days = models.PositiveSmallIntegerField("办结时限（天）", null=True, blank=True)
    state = models.CharField("办理状态", max_length=16, choices=PetitionState.choices, default=PetitionState.NEW)
    fines_wan = models.DecimalField("罚款（万元）", max_digits=12, decimal_places=2, default=Decimal("0"))
    cases_filed = models.PositiveIntegerField("立案（件）", default=0)
    rectification_orders = models.PositiveIntegerField("责令整改（家）", default=0)
    people_held_accountable = models.PositiveIntegerField("问责（人）", default=0)
    problem = models.ForeignKey(Problem, verbose_name="对应督察问题", null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="petition_cases")
    repeat_of = models.ForeignKey("self", verbose_name="重复举报（同一案件）", null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="repeats")
    # Words of the complaint the office chose to publish although they look like personal data (a place name
    # read as a person's name, say). Everything else the masking finds stays masked in public output.
    unmasked_words = models.JSONField("公开时不遮挡的词", default=list, blank=True)
    concluded_at = models.DateTimeField("办结时间", null=True, blank=True)
    signed_off_at = models.DateTimeField("销号时间", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = "信访件"
        verbose_name_plural = "信访件"
        ordering = ["inspection", "batch__sort_key", "seq", "id"]
        constraints = [
            models.UniqueConstraint(fields=["inspection", "number"], condition=~Q(number=""),
                                    name="petition_case_unique_number"),
        ]
        indexes = [
            # The case list: one inspection, optionally one batch / state, in 序号 order.
            models.Index(fields=["inspection", "batch", "seq", "id"], name="petition_list"),
            models.Index(fields=["inspection", "state", "deadline_date"], name="petition_state"),
            models.Index(fields=["lead_unit", "inspection"], name="petition_unit"),
            # 我的任务 and its badge: a unit's cases in the states it owes, the earliest deadline first.
            models.Index(fields=["lead_unit", "state", "deadline_date", "id"], name="petition_unit_work"),
            models.Index(fields=["inspection", "area"], name="petition_area"),
            models.Index(fields=["inspection", "pollution_type"], name="petition_type"),
        ]

    def __str__(self) -> str:
        return self.number or f"{self.batch}第{self.seq}件"

    def get_absolute_url(self) -> str:
        return reverse("petitions:case_detail", args=[self.pk])

    @property
    def label(self) -> str:
        return f"{self.batch.number}第{self.seq}号" + (f"（{self.number}）" if self.number else "")

    @property
    def source_label(self) -> str:
        return Source.LABELS.get(self.source, "—")

    @property
    def is_closed(self) -> bool:
        from zhenggai.ledger.workflow import PETITION_CLOSED_STATES

        return self.state in PETITION_CLOSED_STATES

    @property
    def conclusion_label(self) -> str:
        """是否办结 as the published form writes it."""
        return conclusion_label(self.state)

    def overdue_days(self, on: dt.date) -> int | None:
        if self.is_closed or self.deadline_date is None or self.deadline_date >= on:
            return None
        return (on - self.deadline_date).days


def conclusion_label(state: str) -> str:
    if state in (PetitionState.CONCLUDED, PetitionState.SIGNED_OFF):
        return "已办结"
    if state == PetitionState.PHASED:
        return "阶段性办结"
    if state == PetitionState.NEW:
        return "未办结"
    return "正在办理"


class PetitionReportState(models.TextChoices):
    PENDING_REVIEW = "pending_review", "待整改办审核"
    CONCLUDED = "concluded", "已办结，待核实销号"
    PHASED = "phased", "阶段性办结"
    SIGNED_OFF = "signed_off", "已销号"
    SENT_BACK = "sent_back", "已退回"
    WITHDRAWN = "withdrawn", "已撤回"


class PetitionReport(models.Model):
    """A unit's report of how a case was handled (办理情况), with each review step's who, when and why."""

    case = models.ForeignKey(PetitionCase, verbose_name="信访件", on_delete=models.CASCADE, related_name="reports")
    state = models.CharField("状态", max_length=20, choices=PetitionReportState.choices,
                             default=PetitionReportState.PENDING_REVIEW)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="报送人", on_delete=models.PROTECT,
                                    related_name="+")
    reported_at = models.DateTimeField("报送时间")
    handling = models.TextField("处理和整改情况")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True)
    review_note = models.TextField("审核意见", blank=True)
    verified_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="核实人", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    verified_at = models.DateTimeField("核实时间", null=True, blank=True)
    verify_note = models.TextField("核实意见", blank=True)

    class Meta:
        verbose_name = "信访件办理报送"
        verbose_name_plural = "信访件办理报送"
        ordering = ["-reported_at", "-id"]


class ImportStatus(models.TextChoices):
    PENDING = "pending", "正在读取"
    PREVIEW = "preview", "待确认导入"
    COMMITTING = "committing", "正在写入"
    DONE = "done", "已导入"
    FAILED = "failed", "未导入"
    CANCELLED = "cancelled", "已放弃"


class PetitionImport(models.Model):
    """One uploaded 交办清单 on its way into the ledger: read in the sandbox, checked whole, written in one go."""

    inspection = models.ForeignKey(Inspection, verbose_name="督察", on_delete=models.CASCADE,
                                   related_name="petition_imports")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="上传人", on_delete=models.PROTECT,
                              related_name="+")
    file_name = models.CharField("文件名", max_length=255)
    stored_name = models.CharField(max_length=100, unique=True)
    size = models.PositiveBigIntegerField("大小")
    sha256 = models.CharField(max_length=64, blank=True, help_text="同一文件再次上传时，预览提示已导入过")
    batch_number = models.CharField("批次", max_length=40, blank=True)
    handed_over_on = models.DateField("交办日期", null=True, blank=True)
    time_limit_days = models.PositiveSmallIntegerField("办结时限（天）", null=True, blank=True)
    status = models.CharField("状态", max_length=16, choices=ImportStatus.choices, default=ImportStatus.PENDING)
    errors = models.JSONField("错误", default=list, blank=True)
    summary = models.JSONField("导入结果", default=dict, blank=True)
    created_at = models.DateTimeField("上传时间", auto_now_add=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        verbose_name = "交办清单导入"
        verbose_name_plural = "交办清单导入"
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.file_name
