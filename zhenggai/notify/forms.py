from __future__ import annotations

from django import forms

from zhenggai.notify import channels
from zhenggai.notify.models import ReminderSettings


class PreferenceForm(forms.Form):
    channels = forms.MultipleChoiceField(label="站外接收渠道", required=False, widget=forms.CheckboxSelectMultiple)
    quiet_start = forms.TimeField(label="免打扰开始", required=False, help_text="如 22:00；此时段内的站外消息顺延到结束时发送",
                                  widget=forms.TimeInput(attrs={"type": "time"}))
    quiet_end = forms.TimeField(label="免打扰结束", required=False, help_text="如 07:30",
                                widget=forms.TimeInput(attrs={"type": "time"}))
    digest = forms.BooleanField(label="每日汇总：每天只发一条站外消息", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offered = [(c.code, c.label) for c in channels.available()]
        if offered:
            self.fields["channels"].choices = offered
        else:  # nothing configured on the server: nothing to choose
            del self.fields["channels"]

    def clean(self):
        data = super().clean()
        if (data.get("quiet_start") is None) != (data.get("quiet_end") is None):
            raise forms.ValidationError("免打扰时段须同时填写开始和结束时间")
        return data


class ReminderSettingsForm(forms.ModelForm):
    class Meta:
        model = ReminderSettings
        fields = ["deadline_days", "report_days", "overdue_every_days", "follow_up_days_before"]

    def _days(self, name: str) -> str:
        raw = (self.cleaned_data.get(name) or "").replace("，", ",").replace(" ", "")
        try:
            days = ReminderSettings.parse_days(raw)
        except ValueError:
            raise forms.ValidationError("请填写用逗号分隔的天数，如“20,10,3”") from None
        if not days or any(d < 0 or d > 365 for d in days):
            raise forms.ValidationError("天数应在0到365之间，至少填写一个")
        return ",".join(str(d) for d in days)

    def clean_deadline_days(self):
        return self._days("deadline_days")

    def clean_report_days(self):
        return self._days("report_days")

    def clean_overdue_every_days(self):
        value = self.cleaned_data["overdue_every_days"]
        if not 1 <= value <= 90:
            raise forms.ValidationError("应在1到90天之间")
        return value
