"""Forms of the public page: the feedback form (with its bot checks) and the office's answer."""
from __future__ import annotations

import re

from django import forms

from zhenggai.portal.challenge import ChallengeFailed, challenge_check
from zhenggai.portal.models import NAME_MAX, TEXT_MAX

# A tag, a comment or a doctype: plain text never needs "<" followed by one of these.
HTML_TAG = re.compile(r"<\s*[a-zA-Z!/?]|&#?[a-zA-Z0-9]+;")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PLAIN_TEXT_ERROR = "请使用纯文本，不要包含HTML标签或代码"


def plain_text(value: str) -> str:
    """Strip control characters and refuse markup; the stored value is shown escaped anyway."""
    value = CONTROL.sub("", value or "").strip()
    if HTML_TAG.search(value):
        raise forms.ValidationError(PLAIN_TEXT_ERROR)
    return value


class FeedbackForm(forms.Form):
    name = forms.CharField(label="姓名（选填）", max_length=NAME_MAX, required=False,
                           error_messages={"max_length": "姓名不能超过%(limit_value)d个字"})
    contact = forms.CharField(label="联系方式（选填）", max_length=NAME_MAX, required=False,
                              help_text="电话或电子邮箱，仅用于答复，不会公开",
                              error_messages={"max_length": "联系方式不能超过%(limit_value)d个字"})
    text = forms.CharField(label="意见建议", max_length=TEXT_MAX, widget=forms.Textarea(attrs={"rows": 6}),
                           help_text=f"不超过{TEXT_MAX}字，请使用纯文本",
                           error_messages={"required": "请填写意见建议",
                                           "max_length": "意见建议不能超过%(limit_value)d个字（现有%(show_value)d字）"})
    answer = forms.CharField(label="验证题", max_length=8, error_messages={"required": "请回答验证题"})
    # A field people never see (hidden by CSS, skipped by screen readers); bots fill every field.
    website = forms.CharField(label="网址", required=False)
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def clean_name(self) -> str:
        return plain_text(self.cleaned_data["name"])

    def clean_contact(self) -> str:
        return plain_text(self.cleaned_data["contact"])

    def clean_text(self) -> str:
        text = plain_text(self.cleaned_data["text"])
        if not text:
            raise forms.ValidationError("请填写意见建议")
        return text

    def clean(self) -> dict:
        data = super().clean()
        if self.data.get("website"):
            raise forms.ValidationError("提交未通过校验，请刷新页面后重新填写")
        if "answer" in data:
            try:
                challenge_check(data.get("token", ""), data["answer"])
            except ChallengeFailed as exc:
                self.add_error("answer", str(exc))
        return data


class AnswerForm(forms.Form):
    answer = forms.CharField(label="答复", max_length=2000, widget=forms.Textarea(attrs={"rows": 6}),
                             error_messages={"required": "请填写答复"})
    show_publicly = forms.BooleanField(label="在公开页面展示此意见及答复（不显示姓名和联系方式）", required=False,
                                       initial=True)

    def clean_answer(self) -> str:
        answer = plain_text(self.cleaned_data["answer"])
        if not answer:
            raise forms.ValidationError("请填写答复")
        return answer
