"""督办 (supervision): what the system does to push rectification, not only record it.

New terms (code name → 中文):
- escalation ladder → 督办阶梯: the steps taken as a measure's deadline nears and passes.
- ladder step → 阶梯步骤: day offset from the deadline (−10 = ten days before, +15 = fifteen days overdue),
  who is told (责任人 / 单位负责人 / 责任领导 / 整改办) and what happens (提醒 / 提示下发督办单 / 提示函告、通报、约谈).
- escalation notice → 督办提醒记录: one step fired for one measure and one deadline (fired once, ever).
- supervision record → 督办记录: a 督办单, 函告, 通报 or 约谈 the office issued to a unit, printed as a 督办通知单.
- assignment → 交办 / 签收: a measure handed to a unit, which acknowledges (签收) or rejects it (退回交办).
- progress round → 调度 (第N次调度): every open measure in scope owes an update by the round's due date;
  closing it yields the 调度通报.
- scoring weights → 考核权重: how much each shortfall costs a unit in the ranking (量化评分、自动考核).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import connection, models

from zhenggai.accounts.models import Unit
from zhenggai.ledger.models import EvidenceFile, Inspection, Measure, ProgressUpdate


class Audience(models.TextChoices):
    PERSON = "person", "责任人"
    UNIT_HEAD = "unit_head", "单位负责人"
    LEADER = "leader", "责任领导"
    OFFICE = "office", "整改办"


class LadderAction(models.TextChoices):
    REMIND = "remind", "提醒"
    PROMPT_ORDER = "prompt_order", "提示整改办下发督办单"
    PROMPT_ESCALATION = "prompt_escalation", "提示整改办函告、通报或约谈"


class Ladder(models.Model):
    """An inspection's own ladder, once the office has edited it; without one the documented defaults apply
    (`zhenggai.supervision.ladder.DEFAULT_STEPS`)."""

    inspection = models.OneToOneField(Inspection, verbose_name="巡察", on_delete=models.CASCADE, related_name="ladder")
    ack_reminder_days = models.PositiveSmallIntegerField("签收提醒天数", default=3,
                                                         help_text="交办后超过几天未签收即提醒责任单位")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "督办阶梯"
        verbose_name_plural = "督办阶梯"


class LadderStep(models.Model):
    ladder = models.ForeignKey(Ladder, on_delete=models.CASCADE, related_name="steps")
    day_offset = models.SmallIntegerField("相对整改期限的天数", help_text="负数为期限前，正数为逾期天数")
    audiences = models.JSONField("告知对象", default=list)
    action = models.CharField("措施", max_length=24, choices=LadderAction.choices, default=LadderAction.REMIND)

    class Meta:
        verbose_name = "督办阶梯步骤"
        verbose_name_plural = "督办阶梯步骤"
        ordering = ["day_offset", "id"]
        constraints = [models.UniqueConstraint(fields=["ladder", "day_offset"], name="ladder_step_one_per_day")]


class EscalationNotice(models.Model):
    """One ladder step fired for one measure and one deadline. The unique constraint is the "once": run the
    daily job twice and the second run finds the row and tells nobody. A new deadline (an approved
    extension) starts the ladder again."""

    # Found by the daily job's "has the ladder fired for this deadline?" (a NOT EXISTS per candidate).

    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="escalations")
    deadline_date = models.DateField("整改期限")
    day_offset = models.SmallIntegerField("阶梯天数")
    action = models.CharField("措施", max_length=24, choices=LadderAction.choices)
    audiences = models.JSONField("告知对象", default=list)
    recipients = models.ManyToManyField(settings.AUTH_USER_MODEL, verbose_name="告知人员", blank=True, related_name="+")
    fired_on = models.DateField("提醒日期")
    text = models.TextField("提醒内容")

    class Meta:
        verbose_name = "督办提醒记录"
        verbose_name_plural = "督办提醒记录"
        ordering = ["-fired_on", "-id"]
        constraints = [models.UniqueConstraint(fields=["measure", "deadline_date", "day_offset"],
                                               name="escalation_once_per_step")]


class SupervisionKind(models.TextChoices):
    ORDER = "order", "督办单"
    LETTER = "letter", "函告"
    NOTICE = "notice", "通报"
    TALK = "talk", "约谈"


class SupervisionRecord(models.Model):
    """督办记录: issued by the office to a unit about a measure (or a whole problem)."""

    kind = models.CharField("督办方式", max_length=16, choices=SupervisionKind.choices)
    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.PROTECT, related_name="supervision_records")
    unit = models.ForeignKey(Unit, verbose_name="督办单位", on_delete=models.PROTECT, related_name="supervision_records")
    addressee = models.CharField("督办对象", max_length=100, blank=True, help_text="如：执法支队主要负责人")
    issued_on = models.DateField("督办日期", db_index=True)
    doc_number = models.CharField("文号", max_length=100, blank=True, help_text="如：整改办督〔2026〕5号")
    text = models.TextField("督办内容")
    reply_by = models.DateField("限期回复", null=True, blank=True)
    evidence = models.ForeignKey(EvidenceFile, verbose_name="附件", null=True, blank=True, on_delete=models.PROTECT,
                                 related_name="+")
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="督办人", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "督办记录"
        verbose_name_plural = "督办记录"
        ordering = ["-issued_on", "-id"]
        indexes = [models.Index(fields=["unit", "issued_on"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.doc_number}".strip()

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("supervision:record_detail", args=[self.pk])


class AssignmentState(models.TextChoices):
    PENDING = "pending", "待签收"
    ACKNOWLEDGED = "acknowledged", "已签收"
    REJECTED = "rejected", "已退回整改办"
    REASSIGNED = "reassigned", "已重新交办"


class Assignment(models.Model):
    """交办: a measure handed to its lead unit. The unit signs for it (签收) or sends it back with a reason;
    the office then re-assigns it (a new row for the new unit; the old row keeps the history)."""

    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="assignments")
    unit = models.ForeignKey(Unit, verbose_name="责任单位", on_delete=models.PROTECT, related_name="assignments")
    state = models.CharField("签收状态", max_length=16, choices=AssignmentState.choices, default=AssignmentState.PENDING,
                             db_index=True)
    assigned_on = models.DateField("交办日期")
    acted_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="签收人", null=True, blank=True,
                                 on_delete=models.PROTECT, related_name="+")
    acted_at = models.DateTimeField("签收时间", null=True, blank=True)
    reason = models.TextField("退回理由", blank=True)
    reminded_on = models.DateField("催签日期", null=True, blank=True)

    class Meta:
        verbose_name = "交办签收"
        verbose_name_plural = "交办签收"
        ordering = ["-assigned_on", "-id"]
        indexes = [models.Index(fields=["unit", "state"])]
        constraints = [models.UniqueConstraint(fields=["measure"], condition=models.Q(state__in=["pending", "acknowledged"]),
                                               name="assignment_one_live_per_measure")]


class RoundState(models.TextChoices):
    OPEN = "open", "报送中"
    CLOSED = "closed", "已结束"


class ProgressRound(models.Model):
    """调度: "第5次调度，报送截止12月25日" over one or several inspections."""

    body = models.ForeignKey(Unit, verbose_name="组织单位", on_delete=models.PROTECT, related_name="progress_rounds")
    number = models.PositiveIntegerField("调度次数")
    inspections = models.ManyToManyField(Inspection, verbose_name="调度范围", related_name="progress_rounds")
    opened_on = models.DateField("开始日期")
    due_date = models.DateField("报送截止")
    note = models.TextField("调度要求", blank=True)
    state = models.CharField("状态", max_length=16, choices=RoundState.choices, default=RoundState.OPEN)
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="发起人", on_delete=models.PROTECT, related_name="+")
    closed_on = models.DateField("结束日期", null=True, blank=True)
    closed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="结束人", null=True, blank=True,
                                  on_delete=models.PROTECT, related_name="+")
    # The headline figures at closing, so the 调度通报 reads the same tomorrow as today.
    figures = models.JSONField("结束时的整改数据", null=True, blank=True)

    class Meta:
        verbose_name = "调度"
        verbose_name_plural = "调度"
        ordering = ["-number", "-id"]
        constraints = [models.UniqueConstraint(fields=["body", "number"], name="round_number_unique_per_body")]

    def __str__(self) -> str:
        return f"第{self.number}次调度"

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("supervision:round_detail", args=[self.pk])

    @property
    def title(self) -> str:
        return f"第{self.number}次调度，报送截止{self.due_date.month}月{self.due_date.day}日"


class RoundEntry(models.Model):
    """One measure that owes an update in a round: what it stood at when the round opened, and at close."""

    round = models.ForeignKey(ProgressRound, on_delete=models.CASCADE, related_name="entries")
    measure = models.ForeignKey(Measure, on_delete=models.CASCADE, related_name="round_entries")
    unit = models.ForeignKey(Unit, null=True, on_delete=models.PROTECT, related_name="+")
    progress_before = models.PositiveSmallIntegerField("调度前进度")
    state_before = models.CharField(max_length=16)
    # Filled when the round closes (live while open).
    update = models.ForeignKey(ProgressUpdate, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reported_late = models.BooleanField("逾期报送", default=False)
    progress_after = models.PositiveSmallIntegerField("调度后进度", null=True, blank=True)
    state_after = models.CharField(max_length=16, blank=True)

    class Meta:
        verbose_name = "调度报送"
        verbose_name_plural = "调度报送"
        ordering = ["round", "unit", "measure"]
        constraints = [models.UniqueConstraint(fields=["round", "measure"], name="round_entry_once_per_measure")]
        indexes = [models.Index(fields=["round", "unit"])]


class ScoringWeights(models.Model):
    """考核权重 of one body (the unit whose office runs the ranking). Defaults: see `zhenggai.supervision.scoring`."""

    body = models.OneToOneField(Unit, verbose_name="组织单位", on_delete=models.CASCADE, related_name="scoring_weights")
    late_report = models.DecimalField("未按时报送（满扣分）", max_digits=5, decimal_places=2, default=30)
    overdue = models.DecimalField("每项逾期措施", max_digits=5, decimal_places=2, default=5)
    send_back = models.DecimalField("退回率（满扣分）", max_digits=5, decimal_places=2, default=15)
    sign_off_days = models.DecimalField("销号平均用时（每天）", max_digits=5, decimal_places=2, default="0.2")
    rebound = models.DecimalField("每次回头看反弹", max_digits=5, decimal_places=2, default=5)
    supervision = models.DecimalField("每次被督办", max_digits=5, decimal_places=2, default=3)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "考核权重"
        verbose_name_plural = "考核权重"


def insert_rows(model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple], *,
                per_statement: int = 500) -> int:
    """INSERT plain tuples, `per_statement` rows a statement, without building model instances.

    The first morning run over a new ledger hands every open measure to its unit and records a ladder step and its
    recipients for most of them: some 300K rows at 100K measures, where `bulk_create` spends most of its time making
    and preparing instances. Values go as they are, so only for ids, strings and integers, and dates and JSON (adapted here).
    """
    opts = model._meta
    qn = connection.ops.quote_name
    columns = [opts.get_field(name).column for name in fields]
    dates = [i for i, name in enumerate(fields) if isinstance(opts.get_field(name), models.DateField)]
    jsons = [(i, opts.get_field(name)) for i, name in enumerate(fields)
             if isinstance(opts.get_field(name), models.JSONField)]
    head = f"INSERT INTO {qn(opts.db_table)} ({', '.join(qn(c) for c in columns)}) VALUES "
    one = "(" + ", ".join(["%s"] * len(columns)) + ")"
    written = 0
    with connection.cursor() as cursor:
        for chunk in _chunks(rows, per_statement):
            params: list = []
            for row in chunk:
                row = list(row)
                for i in dates:
                    row[i] = connection.ops.adapt_datefield_value(row[i])
                for i, field in jsons:
                    row[i] = field.get_db_prep_save(row[i], connection)
                params += row
            cursor.execute(head + ", ".join([one] * len(chunk)), params)
            written += len(chunk)
    return written


def _chunks(rows: Iterable[tuple], size: int):
    chunk: list[tuple] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
