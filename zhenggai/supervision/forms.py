"""Forms of 督办: they parse and validate input; services do the work."""
from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from zhenggai.ledger.forms import DATE_WIDGET
from zhenggai.supervision.models import Audience, LadderAction, ScoringWeights, SupervisionKind

MAX_STEPS = 8


class LadderForm(forms.Form):
    """The ladder as up to eight rows of (day, audiences, action); an empty day leaves the row out."""

    ack_reminder_days = forms.IntegerField(label="交办后几天未签收即提醒", min_value=1, max_value=60)

    def __init__(self, *args, steps=(), **kwargs):
        super().__init__(*args, **kwargs)
        steps = list(steps)
        for i in range(MAX_STEPS):
            step = steps[i] if i < len(steps) else None
            self.fields[f"day_{i}"] = forms.IntegerField(label="天数", required=False, min_value=-365, max_value=365,
                                                         initial=step.day_offset if step else None)
            self.fields[f"audiences_{i}"] = forms.MultipleChoiceField(
                label="告知对象", required=False, choices=Audience.choices, widget=forms.CheckboxSelectMultiple,
                initial=list(step.audiences) if step else [])
            self.fields[f"action_{i}"] = forms.ChoiceField(label="措施", choices=LadderAction.choices,
                                                           initial=step.action if step else LadderAction.REMIND)

    def rows(self):
        return [(self[f"day_{i}"], self[f"audiences_{i}"], self[f"action_{i}"]) for i in range(MAX_STEPS)]

    def steps(self) -> list[dict]:
        out = []
        for i in range(MAX_STEPS):
            day = self.cleaned_data.get(f"day_{i}")
            if day is None:
                continue
            out.append({"day_offset": day, "audiences": self.cleaned_data.get(f"audiences_{i}") or [],
                        "action": self.cleaned_data[f"action_{i}"]})
        return sorted(out, key=lambda s: s["day_offset"])


class SupervisionRecordForm(forms.Form):
    kind = forms.ChoiceField(label="督办方式", choices=SupervisionKind.choices)
    issued_on = forms.DateField(label="督办日期", widget=DATE_WIDGET)
    doc_number = forms.CharField(label="文号", max_length=100, required=False, help_text="如：整改办督〔2026〕5号")
    addressee = forms.CharField(label="督办对象", max_length=100, required=False, help_text="默认为责任单位")
    text = forms.CharField(label="督办内容", widget=forms.Textarea(attrs={"rows": 6}), max_length=5000)
    reply_by = forms.DateField(label="限期回复", required=False, widget=DATE_WIDGET)
    file = forms.FileField(label="附件（盖章扫描件等）", required=False)


class RejectForm(forms.Form):
    reason = forms.CharField(label="退回理由", widget=forms.Textarea(attrs={"rows": 3}), max_length=2000,
                             help_text="说明为什么不属于本单位职责，建议交办哪个单位")


class ReassignForm(forms.Form):
    unit = forms.ModelChoiceField(label="重新交办给", queryset=None)

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = units


class RoundForm(forms.Form):
    inspections = forms.ModelMultipleChoiceField(label="调度范围", queryset=None, widget=forms.CheckboxSelectMultiple)
    number = forms.IntegerField(label="第几次调度", min_value=1, required=False, help_text="留空则自动取下一次")
    due_date = forms.DateField(label="报送截止", widget=DATE_WIDGET)
    note = forms.CharField(label="调度要求", widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=2000)

    def __init__(self, *args, inspections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inspections"].queryset = inspections


class PeriodForm(forms.Form):
    start = forms.DateField(label="自", required=False, widget=DATE_WIDGET)
    end = forms.DateField(label="至", required=False, widget=DATE_WIDGET)

    def clean(self):
        data = super().clean()
        today = timezone.localdate()
        data["start"] = data.get("start") or dt.date(today.year, 1, 1)
        data["end"] = data.get("end") or today
        if data["start"] > data["end"]:
            raise forms.ValidationError("开始日期不能晚于结束日期")
        if (data["end"] - data["start"]).days > 3 * 366:
            raise forms.ValidationError("考核期间最长三年")
        return data


class WeightsForm(forms.ModelForm):
    class Meta:
        model = ScoringWeights
        fields = ["late_report", "overdue", "send_back", "sign_off_days", "rebound", "supervision"]
