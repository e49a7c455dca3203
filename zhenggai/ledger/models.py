"""The ledger (台账): inspections, categories, problems, measures and what happens to them."""
from __future__ import annotations

import datetime as dt
import secrets

from django.conf import settings
from django.db import models
from django.db.models import Case, Count, IntegerField, Q, Value, When

from zhenggai.accounts.models import Unit
from zhenggai.ledger.deadlines import KIND_CHOICES, Deadline, DeadlineKind
from zhenggai.ledger.workflow import MeasureState


class InspectionKind(models.TextChoices):
    XUNSHI = "xunshi", "巡视"
    XUNCHA = "xuncha", "巡察"
    DUCHA = "ducha", "督察"
    AUDIT = "audit", "审计"
    OTHER = "other", "其他"


class Cadence(models.TextChoices):
    DAILY = "daily", "每日"
    WEEKLY = "weekly", "每周"
    BIWEEKLY = "biweekly", "双周"
    MONTHLY = "monthly", "每月"


class Light(models.TextChoices):
    RED = "red", "红灯"
    YELLOW = "yellow", "黄灯"
    GREEN = "green", "绿灯"
    BLUE = "blue", "蓝灯"
    GREY = "grey", "已销号"


# Worst first: a problem shows the worst light of its measures.
LIGHT_RANK = {Light.GREY: 0, Light.GREEN: 1, Light.BLUE: 2, Light.YELLOW: 3, Light.RED: 4}
RANK_LIGHT = {rank: light for light, rank in LIGHT_RANK.items()}


class ProblemStatus(models.TextChoices):
    DONE = "done", "已完成"
    IN_PROGRESS = "in_progress", "正在推进"
    LONG_TERM = "long_term", "长期坚持"


def new_ledger_token() -> int:
    return secrets.randbits(53)


class CurrentInspectionManager(models.Manager):
    """`Inspection.objects`: the inspections in the ledger. An archived one (an import withdrawn, a duplicate
    put away) is out of every list and figure; `Inspection.all_objects` still holds it, for restoring it,
    backups and foreign keys."""

    def get_queryset(self) -> models.QuerySet:
        return super().get_queryset().filter(archived_at__isnull=True)


class Inspection(models.Model):
    """One round of inspection whose feedback is being rectified.

    `ledger_token` changes whenever anything the headline figures read changes (this row, its categories,
    problems, measures and rules, a unit's name): database triggers rewrite it (zhenggai.ledger.hot_path), so
    a cached headline keyed by it is never stale, whatever path wrote the rows.
    """

    kind = models.CharField("类型", max_length=16, choices=InspectionKind.choices, default=InspectionKind.XUNCHA)
    name = models.CharField("名称", max_length=200, help_text="如：市委第六巡察组巡察反馈意见整改")
    inspector = models.CharField("巡察（督察）组", max_length=100, help_text="如：市委第六巡察组")
    inspected_unit = models.ForeignKey(Unit, verbose_name="被巡察单位", on_delete=models.PROTECT, related_name="inspections")
    period_start = models.DateField("巡察开始", null=True, blank=True)
    period_end = models.DateField("巡察结束", null=True, blank=True)
    feedback_date = models.DateField("反馈日期")
    plan_due_date = models.DateField("整改方案报送期限", null=True, blank=True)
    concentrated_end = models.DateField("集中整改期截止", null=True, blank=True)
    cadence = models.CharField("报送周期", max_length=16, choices=Cadence.choices, default=Cadence.MONTHLY)
    cadence_day = models.PositiveSmallIntegerField(
        "报送日", default=25, help_text="每周/双周：星期几（1=周一…7=周日）；每月：几号（1–28）"
    )
    warning_days = models.PositiveSmallIntegerField("黄灯预警天数", default=10)
    immediate_days = models.PositiveSmallIntegerField("立行立改期限（反馈后天数）", default=15)
    follow_up_days = models.PositiveSmallIntegerField("回头看间隔（销号后天数）", default=90)
    is_public = models.BooleanField("公开问题清单", default=False)
    public_names = models.BooleanField("公开时显示人名", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)
    ledger_token = models.BigIntegerField(default=new_ledger_token, editable=False)
    archived_at = models.DateTimeField("归档时间", null=True, blank=True, db_index=True)
    archived_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="归档人", null=True, blank=True,
                                    on_delete=models.PROTECT, related_name="+")
    archive_reason = models.CharField("归档原因", max_length=300, blank=True)

    # The first manager is the default one (dumpdata, admin, related lookups): it sees every row.
    all_objects = models.Manager()
    objects = CurrentInspectionManager()

    class Meta:
        verbose_name = "巡察"
        verbose_name_plural = "巡察"
        ordering = ["-feedback_date", "-id"]
        default_manager_name = "all_objects"

    def __str__(self) -> str:
        return self.name

    def parse_deadline(self, text: str) -> Deadline:
        return Deadline.parse(text, feedback_date=self.feedback_date, immediate_days=self.immediate_days)

    def report_period_start(self, today: dt.date) -> dt.date:
        """First day of the reporting period that ended most recently before today.

        A long-term measure with no update since this date has missed its report (未按时报送).
        """
        from zhenggai.ledger.cadence import previous_period_start

        return previous_period_start(self.cadence, self.cadence_day, today)


class Category(models.Model):
    inspection = models.ForeignKey(Inspection, verbose_name="巡察", on_delete=models.CASCADE, related_name="categories")
    seq = models.PositiveSmallIntegerField("序号", default=1)
    name = models.CharField("类别", max_length=300)

    class Meta:
        verbose_name = "问题类别"
        verbose_name_plural = "问题类别"
        ordering = ["inspection", "seq", "id"]

    def __str__(self) -> str:
        return self.name


class DeadlineFields(models.Model):
    deadline_kind = models.CharField("整改时限类型", max_length=24, choices=KIND_CHOICES, default=DeadlineKind.NONE.value)
    deadline_date = models.DateField("整改期限", null=True, blank=True, db_index=True)

    class Meta:
        abstract = True

    @property
    def deadline(self) -> Deadline:
        return Deadline(DeadlineKind(self.deadline_kind), self.deadline_date)

    @deadline.setter
    def deadline(self, value: Deadline) -> None:
        self.deadline_kind = value.kind.value
        self.deadline_date = value.date

    @property
    def deadline_display(self) -> str:
        return str(self.deadline)


class ProblemQuerySet(models.QuerySet):
    def with_status(self) -> ProblemQuerySet:
        """Annotate `status`: done when every measure is signed off, long_term for long-term problems."""
        return self.annotate(
            measure_total=Count("measures", distinct=True),
            measure_done=Count("measures", filter=Q(measures__state=MeasureState.SIGNED_OFF), distinct=True),
        ).annotate(
            status=Case(
                When(Q(measure_total__gt=0) & Q(measure_done=models.F("measure_total")), then=Value(ProblemStatus.DONE)),
                When(
                    deadline_kind__in=[DeadlineKind.LONG_TERM.value, DeadlineKind.IMMEDIATE_LONG_TERM.value],
                    then=Value(ProblemStatus.LONG_TERM),
                ),
                default=Value(ProblemStatus.IN_PROGRESS),
                output_field=models.CharField(),
            )
        )


class Problem(DeadlineFields):
    inspection = models.ForeignKey(Inspection, verbose_name="巡察", on_delete=models.CASCADE, related_name="problems")
    category = models.ForeignKey(
        Category, verbose_name="类别", null=True, blank=True, on_delete=models.SET_NULL, related_name="problems"
    )
    seq = models.PositiveIntegerField("序号")
    statement = models.TextField("问题")
    target = models.TextField("整改目标", blank=True)
    lead_leader = models.CharField("责任领导", max_length=100, blank=True)
    lead_unit = models.ForeignKey(
        Unit, verbose_name="牵头单位", null=True, blank=True, on_delete=models.PROTECT, related_name="led_problems"
    )
    co_units = models.ManyToManyField(Unit, verbose_name="配合单位", blank=True, related_name="co_problems")
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1)

    objects = ProblemQuerySet.as_manager()

    class Meta:
        verbose_name = "问题"
        verbose_name_plural = "问题"
        ordering = ["inspection", "category__seq", "seq", "id"]
        indexes = [models.Index(fields=["inspection", "seq"]), models.Index(fields=["inspection", "lead_unit"])]

    def __str__(self) -> str:
        return f"{self.seq}. {self.short_statement}"

    @property
    def short_statement(self) -> str:
        return self.statement if len(self.statement) <= 40 else self.statement[:40] + "…"


class MeasureQuerySet(models.QuerySet):
    def with_light(self, *, today: dt.date, warning_days: int, report_period_start: dt.date) -> MeasureQuerySet:
        """Annotate `light_rank` (see LIGHT_RANK) computed by the database, so lists can filter on it.

        Grey: signed off. Long-term: red when the latest report predates the current period, else blue
        (a 立行立改+长期坚持 measure follows its first date until it passes). Dated: red when overdue,
        yellow within the warning window, green otherwise.
        """
        return self.annotate(light_rank=light_rank_expression(today=today, warning_days=warning_days,
                                                              report_period_start=report_period_start))

    def open(self) -> MeasureQuerySet:
        return self.exclude(state=MeasureState.SIGNED_OFF)


def light_rank_expression(*, today: dt.date, warning_days: int, report_period_start: dt.date | None,
                          closed: Q | None = None) -> Case:
    """The `light_rank` of `MeasureQuerySet.with_light`, as an expression (selectors combine several inspections').

    The one light rule of every item kind. `closed` says when an item is grey (a measure: signed off; a petition
    case: 办结 or 销号). Without a `report_period_start` the long-term branches are left out: an item kind whose
    deadlines are always dated (a petition case's 办结时限) owes no periodic reports.
    """
    soon = today + dt.timedelta(days=warning_days)
    closed = Q(state=MeasureState.SIGNED_OFF) if closed is None else closed
    dated = [
        When(deadline_date__lt=today, then=Value(LIGHT_RANK[Light.RED])),
        When(deadline_date__lte=soon, then=Value(LIGHT_RANK[Light.YELLOW])),
    ]
    if report_period_start is None:
        return Case(When(closed, then=Value(LIGHT_RANK[Light.GREY])), *dated,
                    default=Value(LIGHT_RANK[Light.GREEN]), output_field=IntegerField())
    long_term = Q(deadline_kind=DeadlineKind.LONG_TERM.value) | Q(
        deadline_kind=DeadlineKind.IMMEDIATE_LONG_TERM.value, deadline_date__lt=today
    ) | Q(deadline_kind=DeadlineKind.IMMEDIATE_LONG_TERM.value, deadline_date__isnull=True)
    # A report is owed only once a whole period has passed since the measure was set up and since it
    # entered the ledger: an import of a months-old plan owes nothing for the periods before the import.
    missed = (Q(last_reported_on__isnull=True) | Q(last_reported_on__lt=report_period_start)) & Q(
        created_on__lt=report_period_start
    ) & (Q(entered_on__isnull=True) | Q(entered_on__lt=report_period_start))
    return Case(
        When(closed, then=Value(LIGHT_RANK[Light.GREY])),
        When(long_term & missed, then=Value(LIGHT_RANK[Light.RED])),
        When(long_term, then=Value(LIGHT_RANK[Light.BLUE])),
        *dated,
        default=Value(LIGHT_RANK[Light.GREEN]),
        output_field=IntegerField(),
    )


# 逾期 (overdue) has one definition, decided by `overdue_days`: an open measure whose dated deadline (a date, or
# 立行立改's date) has passed. A long-term measure (长期坚持, or 立行立改+长期坚持 past its first date) is never
# overdue: it is red only for a missed report. The headline's count, the battle map's lists and the pages use it.
OVERDUE_KINDS = (DeadlineKind.DATE.value, DeadlineKind.IMMEDIATE.value)


def overdue_days(*, state: str, deadline_kind: str, deadline_date: dt.date | None, on: dt.date) -> int | None:
    """How many days the measure is overdue on `on`; None when it is not overdue."""
    if state == MeasureState.SIGNED_OFF or deadline_kind not in OVERDUE_KINDS or deadline_date is None:
        return None
    return (on - deadline_date).days if deadline_date < on else None


class Measure(DeadlineFields):
    problem = models.ForeignKey(Problem, verbose_name="问题", on_delete=models.CASCADE, related_name="measures")
    seq = models.PositiveSmallIntegerField("序号")
    text = models.TextField("整改措施")
    lead_unit = models.ForeignKey(
        Unit, verbose_name="责任单位", null=True, blank=True, on_delete=models.PROTECT, related_name="led_measures"
    )
    co_units = models.ManyToManyField(Unit, verbose_name="配合单位", blank=True, related_name="co_measures")
    responsible_person = models.CharField("责任人", max_length=100, blank=True)
    state = models.CharField("状态", max_length=16, choices=MeasureState.choices, default=MeasureState.IN_PROGRESS, db_index=True)
    progress = models.PositiveSmallIntegerField("进度（%）", default=0)
    completion_date = models.DateField("完成时间", null=True, blank=True)
    completion_note = models.TextField("完成情况", blank=True, help_text="做了什么、取得什么成效；通报引用此内容")
    last_reported_on = models.DateField("最近报送", null=True, blank=True, db_index=True)
    created_on = models.DateField("下达日期", default=dt.date.today)
    # When the measure was entered into the ledger, where that is later than 下达日期 (an import of a plan
    # handed down months ago); empty: entered on its 下达日期. Reports are owed from the later of the two.
    entered_on = models.DateField("录入台账日期", null=True, blank=True)
    signed_off_at = models.DateTimeField("销号时间", null=True, blank=True, db_index=True)
    version = models.PositiveIntegerField(default=1)

    objects = MeasureQuerySet.as_manager()

    class Meta:
        verbose_name = "整改措施"
        verbose_name_plural = "整改措施"
        ordering = ["problem", "seq", "id"]
        indexes = [
            models.Index(fields=["state", "deadline_date"]),
            # A unit's open measures with what their light needs (my work, the 我的任务 badge): on PostgreSQL an
            # index-only scan of that unit's entries, not a visit to every row the unit ever had.
            models.Index(fields=["lead_unit"], name="measure_unit_open",
                         condition=~Q(state=MeasureState.SIGNED_OFF),
                         include=["id", "problem", "state", "deadline_kind", "deadline_date", "last_reported_on",
                                  "created_on", "entered_on"]),
            # What a unit owes (the badge: sent back, or open and past its date), an index range on SQLite too,
            # whose planner does not match the partial index above to `state = …`.
            models.Index(fields=["lead_unit", "state", "deadline_date"], name="measure_unit_state"),
        ]

    def __str__(self) -> str:
        return f"{self.problem.seq}.{self.seq} {self.text[:30]}"

    @property
    def is_signed_off(self) -> bool:
        return self.state == MeasureState.SIGNED_OFF

    def overdue_days(self, on: dt.date) -> int | None:
        return overdue_days(state=self.state, deadline_kind=self.deadline_kind, deadline_date=self.deadline_date, on=on)

    def light_reason(self, light: Light, today: dt.date) -> str:
        """Why the measure shows `light` (as computed by `light_rank_expression`), in words for the page."""
        if light == Light.GREY:
            return "已销号"
        if light in (Light.RED, Light.BLUE) and self.deadline_kind in (
                DeadlineKind.LONG_TERM.value, DeadlineKind.IMMEDIATE_LONG_TERM.value) and not (
                self.deadline_date and self.deadline_date >= today):
            if light == Light.BLUE:
                return "长期坚持，按期报送进展"
            since = self.problem.inspection.report_period_start(today)
            return f"长期坚持，{since.year}年{since.month}月{since.day}日以来的报送期未报送进展"
        if self.deadline_date is None:
            return "未设整改期限"
        days = (self.deadline_date - today).days
        if days < 0:
            return f"已超过整改期限{-days}天"
        return "今天到期" if days == 0 else f"距整改期限还有{days}天"

    def expected_progress(self, today: dt.date) -> int | None:
        """序时进度: where the measure should be by today, from elapsed time; None when no end date applies."""
        if self.deadline.is_long_term or self.deadline_date is None:
            return None
        start = self.created_on
        if today >= self.deadline_date:
            return 100
        if today <= start:
            return 0
        total = (self.deadline_date - start).days
        return 100 if total <= 0 else round(100 * (today - start).days / total)

    def is_behind_schedule(self, today: dt.date) -> bool:
        """未达序时: reported progress below the expected one."""
        expected = self.expected_progress(today)
        return expected is not None and not self.is_signed_off and self.progress < expected


def evidence_upload_to(instance, filename: str) -> str:  # pragma: no cover - names are generated by the service
    return instance.stored_name


class ProgressUpdate(models.Model):
    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="报送人", on_delete=models.PROTECT, related_name="+")
    unit = models.ForeignKey(Unit, verbose_name="报送单位", null=True, on_delete=models.PROTECT, related_name="+")
    reported_on = models.DateField("报送日期")
    text = models.TextField("进展情况")
    # Empty for a co-unit's report: it says what the co-unit did; the lead unit sets the figure.
    progress = models.PositiveSmallIntegerField("进度（%）", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "进展报送"
        verbose_name_plural = "进展报送"
        ordering = ["-reported_on", "-id"]


class SignOffState(models.TextChoices):
    PENDING_REVIEW = "pending_review", "待整改办审核"
    PENDING_APPROVAL = "pending_approval", "待领导审批"
    APPROVED = "approved", "已销号"
    SENT_BACK = "sent_back", "已退回"
    WITHDRAWN = "withdrawn", "已撤回"


class SignOffRequest(models.Model):
    """One request to sign a measure off, with each review step's who, when and why."""

    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="sign_offs")
    state = models.CharField("状态", max_length=20, choices=SignOffState.choices, default=SignOffState.PENDING_REVIEW)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="申请人", on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField("申请时间")
    completion_date = models.DateField("完成时间")
    completion_note = models.TextField("完成情况")
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审核人", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True)
    review_note = models.TextField("审核意见", blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审批人", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField("审批时间", null=True, blank=True)
    approval_note = models.TextField("审批意见", blank=True)
    send_back_reason = models.TextField("退回理由", blank=True)

    class Meta:
        verbose_name = "销号申请"
        verbose_name_plural = "销号申请"
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["state", "requested_at", "id"], name="signoff_queue")]


class EvidenceFile(models.Model):
    """A file proving the work. Stored under a generated name outside the web root."""

    # A file proves the work on a measure, or on a petition case (信访件): exactly one of the two.
    measure = models.ForeignKey(Measure, verbose_name="整改措施", null=True, blank=True, on_delete=models.CASCADE,
                                related_name="evidence")
    petition_case = models.ForeignKey("petitions.PetitionCase", verbose_name="信访件", null=True, blank=True,
                                      on_delete=models.CASCADE, related_name="evidence")
    petition_report = models.ForeignKey("petitions.PetitionReport", null=True, blank=True, on_delete=models.CASCADE,
                                        related_name="evidence")
    update = models.ForeignKey(ProgressUpdate, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    sign_off = models.ForeignKey(SignOffRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="evidence")
    original_name = models.CharField("文件名", max_length=255)
    stored_name = models.CharField(max_length=100, unique=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField("大小")
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "佐证材料"
        verbose_name_plural = "佐证材料"
        ordering = ["uploaded_at", "id"]
        constraints = [models.CheckConstraint(
            condition=Q(measure__isnull=False, petition_case__isnull=True) | Q(measure__isnull=True, petition_case__isnull=False),
            name="evidence_of_one_item")]

    def __str__(self) -> str:
        return self.original_name


class ExtensionState(models.TextChoices):
    PENDING = "pending", "待审批"
    APPROVED = "approved", "已同意"
    REFUSED = "refused", "不同意"
    LAPSED = "lapsed", "已失效"


class ExtensionRequest(models.Model):
    measure = models.ForeignKey(Measure, verbose_name="整改措施", on_delete=models.CASCADE, related_name="extensions")
    state = models.CharField("状态", max_length=16, choices=ExtensionState.choices, default=ExtensionState.PENDING)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="申请人", on_delete=models.PROTECT, related_name="+")
    requested_at = models.DateTimeField("申请时间")
    old_deadline_kind = models.CharField(max_length=24, choices=KIND_CHOICES)
    old_deadline_date = models.DateField("原期限", null=True, blank=True)
    new_date = models.DateField("申请延至")
    reason = models.TextField("延期理由")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="审批人", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decided_at = models.DateTimeField("审批时间", null=True, blank=True)
    decision_note = models.TextField("审批意见", blank=True)

    class Meta:
        verbose_name = "延期申请"
        verbose_name_plural = "延期申请"
        ordering = ["-requested_at", "-id"]
        indexes = [models.Index(fields=["state", "requested_at", "id"], name="extension_queue")]

    @property
    def old_deadline(self) -> Deadline:
        return Deadline(DeadlineKind(self.old_deadline_kind), self.old_deadline_date)


class FollowUpOutcome(models.TextChoices):
    HOLDS = "holds", "整改成效巩固"
    REBOUNDED = "rebounded", "问题反弹"


class FollowUp(models.Model):
    """回头看: a re-check, months after sign-off, that the problem has not come back."""

    problem = models.ForeignKey(Problem, verbose_name="问题", on_delete=models.CASCADE, related_name="follow_ups")
    checked_on = models.DateField("检查日期")
    outcome = models.CharField("结论", max_length=16, choices=FollowUpOutcome.choices)
    note = models.TextField("检查情况")
    checked_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name="检查人", on_delete=models.PROTECT, related_name="+")
    new_measure = models.OneToOneField(
        Measure, null=True, blank=True, on_delete=models.SET_NULL, related_name="created_by_follow_up"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "回头看"
        verbose_name_plural = "回头看"
        ordering = ["-checked_on", "-id"]


class Rule(models.Model):
    """制度机制: a rule issued or revised as part of rectification."""

    inspection = models.ForeignKey(Inspection, verbose_name="巡察", on_delete=models.CASCADE, related_name="rules")
    title = models.CharField("制度名称", max_length=300)
    doc_number = models.CharField("文号", max_length=100, blank=True)
    issued_on = models.DateField("印发日期", null=True, blank=True)
    issuing_unit = models.ForeignKey(Unit, verbose_name="印发单位", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    measures = models.ManyToManyField(Measure, verbose_name="对应整改措施", blank=True, related_name="rules")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "制度机制"
        verbose_name_plural = "制度机制"
        ordering = ["-issued_on", "-id"]

    def __str__(self) -> str:
        return self.title


class FormSubmission(models.Model):
    """One row per form post that changed something: a second post of the same rendered form is recognised.

    The key comes from a hidden field the form page renders (see `zhenggai.ledger.once`); the unique index
    makes "at most once" hold under concurrent double clicks too.
    """

    key = models.CharField(max_length=64, unique=True)
    user = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "表单提交记录"
        verbose_name_plural = "表单提交记录"
