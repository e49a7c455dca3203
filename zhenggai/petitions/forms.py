"""The forms of a case's steps; each one's cleaned data is the arguments of one service."""
from __future__ import annotations

from django import forms

from zhenggai.accounts.models import Unit
from zhenggai.ledger.forms import MultipleFileField
from zhenggai.petitions.models import Verdict


class AssignForm(forms.Form):
    lead_unit = forms.ModelChoiceField(Unit.objects.none(), label="牵头单位")
    co_units = forms.ModelMultipleChoiceField(Unit.objects.none(), label="配合单位", required=False)
    time_limit_days = forms.IntegerField(label="办结时限（天）", min_value=1, max_value=3650, required=False,
                                         help_text="自交办日期起算；不填则按批次的办结时限")

    def __init__(self, *args, units=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["lead_unit"].queryset = units if units is not None else Unit.objects.none()
        self.fields["co_units"].queryset = units if units is not None else Unit.objects.none()


class InvestigateForm(forms.Form):
    investigation = forms.CharField(label="调查核实情况", widget=forms.Textarea(attrs={"rows": 5}))
    verdict = forms.ChoiceField(label="是否属实", choices=[("", "请选择")] + Verdict.choices)


class ReportForm(forms.Form):
    handling = forms.CharField(label="处理和整改情况", widget=forms.Textarea(attrs={"rows": 6}),
                               help_text="可分别写明“处理情况：”和“整改情况：”")
    accountability = forms.CharField(label="责任人被处理情况", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    fines_wan = forms.DecimalField(label="罚款（万元）", min_value=0, max_digits=12, decimal_places=2, initial=0)
    cases_filed = forms.IntegerField(label="立案（件）", min_value=0, initial=0)
    rectification_orders = forms.IntegerField(label="责令整改（家）", min_value=0, initial=0)
    people_held_accountable = forms.IntegerField(label="问责（人）", min_value=0, initial=0)
    files = MultipleFileField(label="佐证材料", required=False)


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label="审核结论", choices=[("conclude", "办结"), ("phase", "阶段性办结"),
                                                        ("send_back", "退回重办")], widget=forms.RadioSelect)
    next_deadline = forms.DateField(label="下一办结时限（阶段性办结时必填）", required=False,
                                    widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label="审核意见（退回时必填）", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class VerifyForm(forms.Form):
    decision = forms.ChoiceField(label="核实结论", choices=[("sign_off", "整改到位，销号"), ("send_back", "退回重办")],
                                 widget=forms.RadioSelect)
    note = forms.CharField(label="核实意见（退回时必填）", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ReopenForm(forms.Form):
    note = forms.CharField(label="重新办理的理由（如：第26批收到同一案件的重复举报）", widget=forms.Textarea(attrs={"rows": 3}))


class WithdrawForm(forms.Form):
    pass


class UnmaskForm(forms.Form):
    words = forms.CharField(label="公开时不遮挡的词（每行一个）", required=False, widget=forms.Textarea(attrs={"rows": 3}),
                            help_text="只填写确认不是个人信息的词（如被误认作人名的地名）；其余姓名、电话、身份证号、门牌号一律遮挡")


class ImportForm(forms.Form):
    file = forms.FileField(label="交办清单文件", help_text="督察组的交办清单：.xlsx、.csv、含表格的 .docx 或网页（HTML）")
    batch_number = forms.CharField(label="批次", max_length=40, required=False,
                                   help_text="如：第二十五批、第35-1批；不填则从文件标题或“批次”列读取")
    handed_over_on = forms.DateField(label="交办日期", required=False, widget=forms.DateInput(attrs={"type": "date"}),
                                     help_text="不填则从文件的“交办日期”列或标题读取")
    time_limit_days = forms.IntegerField(label="办结时限（天）", min_value=1, max_value=3650, required=False,
                                         help_text="本批信访件自交办日期起的办结天数；文件中单列了办结时限的以文件为准")
