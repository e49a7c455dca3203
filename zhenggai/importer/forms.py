"""Forms of the import pages. They check input; the services decide."""
from __future__ import annotations

import re

from django import forms

from zhenggai.importer.models import ImportMode
from zhenggai.importer.services import ALLOWED_EXTENSIONS, STATUS_CHOICES, max_upload_bytes, too_large_message
from zhenggai.ledger.deadlines import Deadline, DeadlineError
from zhenggai.ledger.models import InspectionKind

_UNIT_SPLIT = re.compile(r"[、,，;；/\n]+")


def split_units(text: str) -> list[str]:
    out: list[str] = []
    for name in _UNIT_SPLIT.split(text or ""):
        name = name.strip()
        if name and name not in out:
            out.append(name)
    return out


class UploadForm(forms.Form):
    file = forms.FileField(label="文件", help_text="支持 .docx .pdf .html .txt .xlsx .csv：整改方案、整改进展通报或整改台账",
                           error_messages={"required": "请选择要导入的文件", "empty": "文件是空的，请选择有内容的文件"})
    mode = forms.ChoiceField(label="导入方式", choices=ImportMode.choices, initial=ImportMode.NEW,
                             widget=forms.RadioSelect)
    inspection = forms.ModelChoiceField(label="要更新的巡察整改", queryset=None, required=False,
                                        empty_label="（请选择）", help_text="选择“更新已有巡察整改”时必选")

    def __init__(self, *args, inspections, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inspection"].queryset = inspections
        self.fields["file"].widget.attrs["accept"] = ",".join(ALLOWED_EXTENSIONS)

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > max_upload_bytes():
            raise forms.ValidationError(too_large_message())
        if not uploaded.name.lower().endswith(ALLOWED_EXTENSIONS):
            raise forms.ValidationError("不支持该文件类型。可导入的文件：.docx .pdf .html .txt .xlsx .csv")
        return uploaded

    def clean(self):
        data = super().clean()
        if data.get("mode") == ImportMode.UPDATE and not data.get("inspection"):
            self.add_error("inspection", "更新已有巡察整改时，请选择要更新的巡察")
        return data


def _deadline(value: str) -> str:
    value = (value or "").strip()
    if value:
        try:
            Deadline.parse(value)
        except DeadlineError as exc:
            raise forms.ValidationError(str(exc)) from None
    return value


class FactsForm(forms.Form):
    name = forms.CharField(label="名称", max_length=200, error_messages={"required": "请填写名称"})
    kind = forms.ChoiceField(label="类型", choices=InspectionKind.choices)
    inspector = forms.CharField(label="巡察（督察）组", max_length=100, error_messages={"required": "请填写巡察（督察）组"})
    inspected_unit = forms.ModelChoiceField(label="被巡察单位", queryset=None,
                                            error_messages={"required": "请选择被巡察单位",
                                                            "invalid_choice": "请选择您管辖范围内的单位"})
    period_start = forms.DateField(label="巡察开始", required=False, error_messages={"invalid": "日期格式应为2024-07-10"})
    period_end = forms.DateField(label="巡察结束", required=False, error_messages={"invalid": "日期格式应为2024-09-18"})
    feedback_date = forms.DateField(label="反馈日期", error_messages={"required": "请填写反馈日期",
                                                                   "invalid": "日期格式应为2025-01-20"})

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["inspected_unit"].queryset = units

    def clean(self):
        data = super().clean()
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and start > end:
            self.add_error("period_end", "巡察结束日期不能早于开始日期")
        return data

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data["inspected_unit"] = data["inspected_unit"].pk
        return data


class ProblemEditForm(forms.Form):
    seq = forms.IntegerField(label="序号", min_value=1, error_messages={"required": "请填写序号",
                                                                      "invalid": "序号应为正整数",
                                                                      "min_value": "序号应为正整数"})
    title = forms.CharField(label="问题", error_messages={"required": "请填写问题标题"})
    status = forms.ChoiceField(label="状态", choices=STATUS_CHOICES, required=False)
    deadline = forms.CharField(label="整改时限", required=False)
    category = forms.CharField(label="类别", required=False, max_length=300)
    units = forms.CharField(label="责任单位", required=False, help_text="多个单位用顿号分隔，第一个为牵头单位")
    target = forms.CharField(label="整改目标", required=False)
    lead_leader = forms.CharField(label="责任领导", required=False, max_length=100)

    def clean_deadline(self):
        return _deadline(self.cleaned_data.get("deadline"))

    def values(self, key: str) -> dict:
        """Fields the page did not post come back as None: the draft keeps them."""
        data = dict(self.cleaned_data)
        data["title"] = data["title"].strip()
        data["category"] = data["category"].strip()
        data["units"] = split_units(data["units"]) if "units" in self.data else None
        for name in ("target", "lead_leader"):
            data[name] = data[name].strip() if name in self.data else None
        return {"key": key, **data}


class MeasureEditForm(forms.Form):
    text = forms.CharField(label="整改措施", error_messages={"required": "措施内容不能为空"})
    deadline = forms.CharField(label="整改时限", required=False)
    units = forms.CharField(label="责任单位", required=False)
    completion_date = forms.CharField(label="完成时间", required=False)
    status = forms.ChoiceField(label="状态", choices=STATUS_CHOICES, required=False)
    progress = forms.IntegerField(label="进度（%）", required=False, min_value=0, max_value=100,
                                  error_messages={"invalid": "进度应为0到100之间的整数",
                                                  "min_value": "进度应为0到100之间的整数",
                                                  "max_value": "进度应为0到100之间的整数"})
    completion_note = forms.CharField(label="完成情况", required=False, max_length=5000)
    responsible_person = forms.CharField(label="责任人", required=False, max_length=100)

    OPTIONAL = ("status", "progress", "completion_note", "responsible_person")

    def clean_deadline(self):
        return _deadline(self.cleaned_data.get("deadline"))

    def values(self, key: str) -> dict:
        """Text, deadline, units and completion date always; the other fields only when the page posted them."""
        data = dict(self.cleaned_data)
        out = {"key": key, "text": data["text"].strip(), "deadline": data["deadline"],
               "units": split_units(data["units"]), "completion_date": data["completion_date"].strip()}
        for name in self.OPTIONAL:
            if name in self.data:
                value = data[name]
                out[name] = value.strip() if isinstance(value, str) else value
        return out


class UnitMapForm(forms.Form):
    name = forms.CharField()
    choice = forms.CharField(required=False)  # "unit:<id>", "create", "none" or ""
    parent = forms.IntegerField(required=False)

    def __init__(self, *args, unit_ids: set[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.unit_ids = unit_ids

    def clean(self):
        data = super().clean()
        choice = data.get("choice") or ""
        if choice.startswith("unit:"):
            pk = int(choice[5:]) if choice[5:].isdigit() else None
            if pk not in self.unit_ids:
                raise forms.ValidationError("请选择您管辖范围内的单位")
            data.update(action="map", unit=pk, parent=None)
        elif choice == "create":
            if data.get("parent") not in self.unit_ids:
                raise forms.ValidationError("新建单位须选择上级单位")
            data.update(action="create", unit=None)
        elif choice == "none":
            data.update(action="none", unit=None, parent=None)
        else:
            data.update(action="", unit=None, parent=None)
        return data

    def values(self) -> dict:
        d = self.cleaned_data
        return {"name": d["name"], "action": d["action"], "unit": d["unit"], "parent": d.get("parent")}
