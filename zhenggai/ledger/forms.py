"""Forms: they parse and validate input; services do the work."""
from __future__ import annotations

from django import forms

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.ledger.deadlines import Deadline, DeadlineError, format_date_phrase
from zhenggai.ledger.models import Category, ExtensionRequest, FollowUpOutcome, Inspection, Measure, Problem, Rule

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


# The evidence types zhenggai.ledger.evidence accepts. Listing image/jpeg and image/png lets a phone offer its
# camera beside the files (no `capture`, which would allow only the camera); iOS then sends a photo as JPEG.
EVIDENCE_ACCEPT = ",".join([".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ofd", ".jpg", ".jpeg", ".png",
                            "application/pdf", "image/jpeg", "image/png"])


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True

    def __init__(self, attrs=None):
        super().__init__({"accept": EVIDENCE_ACCEPT, **(attrs or {})})


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class DeadlineField(forms.CharField):
    """One box for a deadline, in the words people write: 2020年6月底前 / 2026-12-31 / 立行立改 / 长期坚持."""

    def __init__(self, *args, inspection: Inspection | None = None, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("help_text", "如：2026年12月底前、2026-09-30、立行立改、长期坚持、立行立改，长期坚持")
        kwargs.setdefault("label", "整改时限")
        self.inspection = inspection
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, Deadline):
            if value.kind.value == "date":
                return format_date_phrase(value.date) + "前"
            return str(value)
        return value

    def to_python(self, value):
        text = super().to_python(value)
        try:
            if self.inspection is not None:
                return self.inspection.parse_deadline(text)
            return Deadline.parse(text)
        except DeadlineError as exc:
            raise forms.ValidationError(str(exc)) from exc


class VersionedForm(forms.ModelForm):
    """Carries the record's version so a stale save is detected (optimistic locking)."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.version


class InspectionForm(VersionedForm):
    class Meta:
        model = Inspection
        fields = ["name", "kind", "inspector", "inspected_unit", "period_start", "period_end", "feedback_date",
                  "plan_due_date", "concentrated_end", "cadence", "cadence_day", "warning_days", "immediate_days",
                  "follow_up_days", "is_public", "public_names"]
        widgets = {f: DATE_WIDGET for f in ["period_start", "period_end", "feedback_date", "plan_due_date", "concentrated_end"]}

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["inspected_unit"].queryset = units

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", "巡察结束日期不能早于开始日期")
        feedback = data.get("feedback_date")
        if feedback and end and feedback < end:
            self.add_error("feedback_date", "反馈日期不能早于巡察结束日期")
        cadence, day = data.get("cadence"), data.get("cadence_day")
        if cadence in ("weekly", "biweekly") and day and not 1 <= day <= 7:
            self.add_error("cadence_day", "每周/双周报送时，报送日填写1–7（周一到周日）")
        if cadence == "monthly" and day and not 1 <= day <= 28:
            self.add_error("cadence_day", "每月报送时，报送日填写1–28")
        return data


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["seq", "name"]


class ProblemForm(VersionedForm):
    deadline = DeadlineField()

    class Meta:
        model = Problem
        fields = ["category", "seq", "statement", "target", "lead_leader", "lead_unit", "co_units"]
        widgets = {"statement": forms.Textarea(attrs={"rows": 3}), "target": forms.Textarea(attrs={"rows": 2}),
                   "co_units": forms.SelectMultiple(attrs={"size": 6})}

    def __init__(self, *args, inspection: Inspection, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = inspection.categories.all()
        self.fields["lead_unit"].queryset = units
        self.fields["co_units"].queryset = units
        self.fields["seq"].required = False
        self.fields["deadline"].inspection = inspection
        if self.instance.pk:
            self.fields["deadline"].initial = self.instance.deadline


class MeasureForm(VersionedForm):
    deadline = DeadlineField()

    class Meta:
        model = Measure
        fields = ["seq", "text", "lead_unit", "co_units", "responsible_person"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3}), "co_units": forms.SelectMultiple(attrs={"size": 6})}

    def __init__(self, *args, inspection: Inspection, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = units
        self.fields["co_units"].queryset = units
        self.fields["seq"].required = False
        self.fields["deadline"].inspection = inspection
        if self.instance.pk:
            self.fields["deadline"].initial = self.instance.deadline


class ProgressForm(forms.Form):
    text = forms.CharField(label="进展情况", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000)
    progress = forms.IntegerField(label="完成进度（%）", min_value=0, max_value=100)
    reported_on = forms.DateField(label="报送日期", widget=DATE_WIDGET, required=False)
    files = MultipleFileField(label="佐证材料", help_text="PDF、Word、Excel、OFD、JPG、PNG，单个不超过20MB；手机上可直接拍照上传")

    def __init__(self, *args, sets_percentage: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not sets_percentage:
            # A co-unit reports what it did; the lead unit answers for the figure (workflow.SETS_PERCENTAGE).
            del self.fields["progress"]
            self.fields["text"].label = "配合工作情况"
            self.fields["text"].help_text = "贵单位作为配合单位所做的工作；完成进度由牵头单位报送"


class SignOffRequestForm(forms.Form):
    completion_note = forms.CharField(label="完成情况", widget=forms.Textarea(attrs={"rows": 4}), max_length=5000,
                                      help_text="写明做了什么、形成了什么成果，将用于整改进展通报")
    completion_date = forms.DateField(label="完成时间", widget=DATE_WIDGET)
    files = MultipleFileField(label="佐证材料", help_text="申请销号须附佐证材料（已上传过的可不再上传）")


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("pass", "通过"), ("back", "退回")], widget=forms.RadioSelect, label="意见")
    note = forms.CharField(label="意见说明", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000,
                           help_text="退回时必须写明理由")

    def clean(self):
        data = super().clean()
        if data.get("decision") == "back" and not (data.get("note") or "").strip():
            self.add_error("note", "退回时必须写明理由")
        return data


class ExtensionRequestForm(forms.ModelForm):
    class Meta:
        model = ExtensionRequest
        fields = ["new_date", "reason"]
        widgets = {"new_date": DATE_WIDGET, "reason": forms.Textarea(attrs={"rows": 3})}


class ExtensionDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "同意延期"), ("refuse", "不同意")], widget=forms.RadioSelect,
                                 label="审批意见")
    note = forms.CharField(label="说明", widget=forms.Textarea(attrs={"rows": 2}), required=False, max_length=2000)


class ArchiveForm(forms.Form):
    reason = forms.CharField(label="归档（撤回）原因", max_length=300, widget=forms.Textarea(attrs={"rows": 2}),
                             help_text="如：重复导入了同一份通报的PDF版本")


class ConfirmForm(forms.Form):
    """A button that says yes: the deletions' confirmation."""


class FollowUpForm(forms.Form):
    outcome = forms.ChoiceField(label="结论", choices=FollowUpOutcome.choices, widget=forms.RadioSelect)
    checked_on = forms.DateField(label="检查日期", widget=DATE_WIDGET)
    note = forms.CharField(label="检查情况", widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    new_measure_text = forms.CharField(label="新的整改措施（问题反弹时填写）", widget=forms.Textarea(attrs={"rows": 2}),
                                       required=False, max_length=5000)
    new_measure_deadline = forms.DateField(label="新措施整改期限", widget=DATE_WIDGET, required=False)

    def clean(self):
        data = super().clean()
        if data.get("outcome") == FollowUpOutcome.REBOUNDED and not (data.get("new_measure_text") or "").strip():
            self.add_error("new_measure_text", "问题反弹时请填写新的整改措施")
        return data


class SearchablePicker(forms.CheckboxSelectMultiple):
    """Checkboxes with a search box (zhenggai/ledger/static/ledger/picker.js; works as a plain list without it)."""

    template_name = "ledger/widgets/picker.html"


class RuleForm(forms.ModelForm):
    class Meta:
        model = Rule
        fields = ["title", "doc_number", "issued_on", "issuing_unit", "measures"]
        widgets = {"issued_on": DATE_WIDGET, "measures": SearchablePicker}

    def __init__(self, *args, inspection: Inspection, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuing_unit"].queryset = units
        self.fields["measures"].queryset = Measure.objects.filter(problem__inspection=inspection).select_related("problem")
        self.fields["measures"].queryset = self.fields["measures"].queryset.order_by("problem__seq", "seq")
        self.fields["measures"].label_from_instance = lambda m: f"措施{m.problem.seq}.{m.seq} {m.text[:60]}"


class UnitForm(forms.ModelForm):
    class Meta:
        model = Unit
        fields = ["name", "short_name", "parent", "sort", "phone", "address", "email", "head"]

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = units
        self.fields["parent"].required = False
        # The head is one of the unit's own accounts: none to choose from until the unit has users.
        self.fields["head"].queryset = User.objects.filter(
            unit_id=self.instance.pk, is_active=True, admin_role="", role__in=[Role.UNIT, Role.LEADER]
        ).order_by("username") if self.instance.pk else User.objects.none()
        self.fields["head"].label_from_instance = lambda u: f"{u.full_name or u.username}（{u.username}）"


class UserForm(forms.ModelForm):
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, required=False,
                               help_text="新建用户必填；修改时留空表示不改")

    class Meta:
        model = User
        fields = ["username", "full_name", "unit", "role", "phone", "is_active", "observed_inspections"]

    def __init__(self, *args, units, inspections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units
        self.fields["observed_inspections"].queryset = inspections
        self.fields["observed_inspections"].required = False
        self.fields["role"].choices = Role.choices

    def clean(self):
        data = super().clean()
        if not self.instance.pk and not data.get("password"):
            self.add_error("password", "请设置初始密码")
        if data.get("password"):
            from django.contrib.auth.password_validation import validate_password

            try:
                validate_password(data["password"], self.instance)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data
