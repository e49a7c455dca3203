from __future__ import annotations

from django import forms

from zhenggai.reports.services import MAX_TEXT


class BulletinDraftForm(forms.Form):
    organisation_text = forms.CharField(
        label="一、整改工作组织情况", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 14}),
        help_text="每段一行；以“（一）”开头的行按二级标题（楷体）排版。留空则使用根据台账生成的默认内容。",
    )
    next_steps_text = forms.CharField(
        label="三、下一步工作打算", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="每段一行。留空则使用默认内容。",
    )


class BulletinPublishForm(forms.Form):
    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
