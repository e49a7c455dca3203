"""The demo: an invented bureau rectifying two inspections, replayed through the real services.

Everything is written through `zhenggai.ledger.services`, so the audit log, the sign-off
history and the progress reports are the same rows a real user would leave behind. To give
the ledger a past (sign-offs spread over months, reports that stopped, deadlines that passed)
each step runs at its own moment under `time_machine.travel`: the steps of the whole load are
sorted by time first, so the clock only ever moves forward and the hash-chained audit log
stays in chronological order.

All dates are counted back from today, so the lights (red, yellow, green, blue, grey) tell the
same story whenever the demo is loaded. The city (江川市), its bureau, people and document
numbers are invented; the texts follow the style of published rectification bulletins.

This module is only imported by `zhenggai demo` and its tests: nothing a real user runs
reads it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import io
import struct
import zlib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import IO

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from zhenggai.accounts.models import Role, Unit, User
from zhenggai.audit.models import AuditEvent
from zhenggai.ledger import services
from zhenggai.ledger.deadlines import Deadline, DeadlineKind, format_date_phrase
from zhenggai.ledger.models import ExtensionRequest, FollowUpOutcome, Inspection, Measure, Problem

BUREAU_NAME = "江川市生态环境局"


class DemoError(Exception):
    """The demo cannot be loaded into this database as it stands."""


# --- who is who ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DemoAccount:
    username: str
    password: str
    role_zh: str
    role_en: str


# Fixed, so the README and the printed table can name them. Each passes Django's validators.
DEMO_ACCOUNTS: list[DemoAccount] = [
    DemoAccount("office", "Office#Demo2026", "整改办", "Rectification office"),
    DemoAccount("leader", "Leader#Demo2026", "领导", "Leader"),
    DemoAccount("zhifa", "Zhifa#Demo2026", "单位填报员（执法支队）", "Unit user (enforcement detachment)"),
    DemoAccount("shenpi", "Shenpi#Demo2026", "单位填报员（法规与行政审批处）", "Unit user (legal & permits division)"),
    DemoAccount("jijian", "Jijian#Demo2026", "观察员（纪检监察）", "Observer (discipline inspection)"),
    DemoAccount("admin", "Admin#Demo2026", "系统管理员", "System administrator (accounts and units)"),
    DemoAccount("anquan", "Anquan#Demo2026", "安全管理员", "Security administrator (unlocks, 2FA resets, policy)"),
    DemoAccount("shenji", "Shenji#Demo2026", "审计管理员", "Audit administrator (reads and exports the audit log)"),
]
PASSWORDS = {account.username: account.password for account in DEMO_ACCOUNTS}


@dataclass(frozen=True)
class _UnitSpec:
    name: str
    short_name: str
    head: str  # the unit's head: the responsible person (责任人) of its measures
    filler: tuple[str, str]  # (username, full name) of the person who reports for the unit


UNITS: dict[str, _UnitSpec] = {
    "bgs": _UnitSpec("办公室", "", "许文斌", ("bangongshi", "李婷")),
    "dw": _UnitSpec("机关党委（人事处）", "机关党委", "唐敏", ("dangwei", "赵雪")),
    "cw": _UnitSpec("规划财务处", "", "罗志刚", ("caiwu", "钱丽华")),
    "fg": _UnitSpec("法规与行政审批处", "审批处", "陈晓梅", ("shenpi", "黄思远")),
    "shui": _UnitSpec("水生态环境处", "水处", "邓国平", ("shuichu", "孙浩")),
    "daqi": _UnitSpec("大气环境处", "大气处", "谢雨晴", ("daqichu", "马骏")),
    "zf": _UnitSpec("江川市生态环境保护综合行政执法支队", "执法支队", "王建华", ("zhifa", "刘洋")),
    "jc": _UnitSpec("江川市生态环境监测站", "监测站", "杨光明", ("jiance", "朱宁")),
    "dh": _UnitSpec("江川市生态环境局东湖分局", "东湖分局", "曾凡", ("donghu", "胡斌")),
    "ql": _UnitSpec("江川市生态环境局青岚分局", "青岚分局", "彭立新", ("qinglan", "郭芳")),
}
OUTSIDE_UNIT = "swj"  # 江川市水务局: another city bureau, a co-unit of the water problems


# --- the ledger, as a plan would print it ----------------------------------------------------------------
#
# Deadlines are tokens: "立行立改", "长期坚持", "立行立改，长期坚持"; "d-10" (ten days ago), "d+4";
# "me+1" (the last day of next month), "me-1" (of last month).
# A measure's story says where it stands today:
#   done      signed off `at` days ago (request, review, approval on the working days before);
#   requested / reviewed / returned   the last step `at` days ago;
#   open      in progress, last report `reported` days ago.
# Texts may use {date} (completion or report date, “9月28日”), {month} (report month), {doc} (the
# first rule's document number), {new} (an extension's new date).


@dataclass(frozen=True)
class _Rule:
    title: str
    doc: str  # "江环发〔{year}〕21号"


@dataclass(frozen=True)
class _Ext:
    outcome: str  # approved / pending / refused (a pending one lapses if the measure is signed off first)
    new: str  # deadline token of the date asked for
    reason: str
    note: str
    asked: int  # days ago
    decided: int | None = None


@dataclass(frozen=True)
class _M:
    text: str
    unit: str
    deadline: str
    story: str
    at: int = 0
    co: tuple[str, ...] = ()
    person: str = ""
    note: str = ""
    reason: str = ""
    by_leader: bool = False
    bounce: str = ""  # done, but the leader sent the first request back with this reason
    progress: int = 0
    reported: int = 5
    updates: tuple[str, ...] = ()
    rules: tuple[_Rule, ...] = ()
    ext: _Ext | None = None
    photo: bool = False
    # Measures with the same tag send the same site photo, each re-saved at its own size and JPEG quality (so
    # another file, another SHA-256): the quality check finds it by its perceptual hash (同一画面).
    resaved: str = ""
    withdraw: int | None = None  # asked for sign-off this many days ago by mistake, then withdrew


@dataclass(frozen=True)
class _FollowUp:
    outcome: str
    at: int
    note: str
    new_measure: str = ""
    new_deadline: str = ""
    new_update: str = ""


@dataclass(frozen=True)
class _P:
    statement: str
    target: str
    leader: str
    unit: str
    deadline: str
    measures: tuple[_M, ...]
    co: tuple[str, ...] = ()
    follow_up: _FollowUp | None = None


@dataclass(frozen=True)
class _C:
    name: str
    problems: tuple[_P, ...]


@dataclass(frozen=True)
class _Inspection:
    key: str
    fields: dict
    feedback_ago: int
    categories: tuple[_C, ...]
    observed: bool = False
    bulletin_at: int | None = None  # a progress bulletin published this many days ago
    public_feedback: tuple[str, str, str] | None = None  # (name, suggestion, the office's answer)


XUNCHA = _Inspection(
    key="xuncha",
    feedback_ago=170,
    observed=True,
    bulletin_at=20,
    public_feedback=(
        "王先生",
        "东湖片区餐饮集聚区夜间油烟扰民问题仍较突出，建议加强夜间巡查，督促商户规范使用油烟净化设施。",
        "感谢您的监督。东湖分局已督促相关餐饮单位清洗维护油烟净化设施，2处餐饮集聚区油烟集中治理设施正在建设，"
        "执法支队已将夜间油烟投诉纳入“一件一查一反馈”办理。我们将持续跟踪，及时公开整改进展。",
    ),
    fields=dict(
        kind="xuncha", name="市委第三巡察组巡察反馈意见整改", inspector="市委第三巡察组",
        cadence="monthly", cadence_day=25, is_public=True,
    ),
    categories=(
        _C("贯彻落实习近平生态文明思想和党中央决策部署有差距方面", (
            _P(
                statement="学习贯彻习近平生态文明思想不够深入系统，党组理论学习中心组学习存在“以读代学”现象，"
                          "专题研讨质量不高，学用结合不够紧密。",
                target="理论学习制度化、常态化，学习成果转化为推动生态环境保护工作的具体举措。",
                leader="周立群", unit="bgs", co=("dw",), deadline="立行立改，长期坚持",
                measures=(
                    _M("一是制定局党组理论学习中心组年度学习计划，将习近平生态文明思想列为必学内容，每季度至少开展1次"
                       "专题研讨，研讨发言形成书面材料。", "bgs", "立行立改，长期坚持", "open", reported=12, progress=60,
                       updates=("制定《局党组理论学习中心组2026年度学习计划》，明确12个专题学习内容和研讨安排。",
                                "{month}月，党组理论学习中心组围绕美丽江川建设开展专题研讨，6名班子成员作交流发言。",
                                "{month}月，党组理论学习中心组集中学习1次，研讨成果转化为调研课题2项。")),
                    _M("二是建立党组会议“第一议题”学习台账，逐次明确贯彻落实责任处室，会后跟踪督办落实情况。",
                       "bgs", "立行立改", "done", at=157,
                       note="{date}，建立党组会议“第一议题”学习台账，逐次登记学习内容、责任处室和落实时限，由办公室"
                            "跟踪督办，已督办落实事项9项。"),
                ),
            ),
            _P(
                statement="污染防治攻坚重点任务推进不平衡，江川河部分国控断面水质达标不稳定，汛期总磷浓度出现反弹，"
                          "入河排污口排查整治不彻底。",
                target="国控断面水质稳定达到年度考核目标，入河排污口整治全部完成。",
                leader="高卫国", unit="shui", co=("dh", "ql", "swj"), deadline="me+1",
                measures=(
                    _M("一是开展入河排污口排查整治“回头看”，对排查发现的43个问题排污口逐一建档，实行“一口一策”整改。",
                       "shui", "me+1", "open", co=("dh", "ql"), progress=70, reported=9, photo=True,
                       updates=("完成江川河干流及主要支流入河排污口复核，建立43个问题排污口整治台账。",
                                "已完成31个排污口整治，剩余12个正在实施封堵或规范化改造。")),
                    _M("二是会同市水务局推进城北片区管网雨污分流改造，年底前完成老城区12.6公里管网改造任务。",
                       "shui", "d-30", "open", co=("swj",), progress=55, reported=7,
                       updates=("会同市水务局完成改造片区管网测绘和施工图设计。",
                                "已完成管网改造7.8公里，受汛期影响部分路段暂停施工。"),
                       ext=_Ext("approved", "me+2",
                                "受汛期持续降雨影响，城北片区部分路段无法开挖施工，原定时限内难以完成剩余管网改造，"
                                "申请延期至{new}。",
                                "同意延期。请水生态环境处会同市水务局倒排工期，每两周报送施工进度。", asked=36, decided=34)),
                    _M("三是建立断面水质周分析、月调度机制，对水质异常断面及时预警、溯源、交办。",
                       "jc", "长期坚持", "open", progress=70, reported=8,
                       updates=("建立国控、省控断面水质周分析制度，每周一形成分析报告。",
                                "{month}月，对2个水质异常断面开展溯源排查，交办问题3个，已整改到位。",
                                "{month}月，印发水质分析月报1期，断面水质总体稳定。")),
                ),
            ),
            _P(
                statement="大气污染防治精细化管控不到位，建筑工地扬尘、餐饮油烟等面源污染投诉居高不下，"
                          "重污染天气应对措施落实不够到位。",
                target="扬尘、油烟投诉数量同比明显下降，面源污染管控实现清单化、常态化。",
                leader="高卫国", unit="daqi", co=("zf", "dh"), deadline="me+1",
                measures=(
                    _M("一是制定中心城区扬尘污染精细化管控工作方案，建立在建工地扬尘管控清单，实行动态更新。",
                       "daqi", "me-1", "done", at=60,
                       rules=(_Rule("江川市中心城区扬尘污染精细化管控工作方案", "江环发〔{year}〕21号"),),
                       note="{date}，印发《江川市中心城区扬尘污染精细化管控工作方案》（{doc}），建立在建工地扬尘"
                            "管控清单，纳入清单管理工地156个，实行每月动态更新。"),
                    _M("二是对餐饮油烟投诉集中区域开展专项整治，推动餐饮集聚区建设油烟集中治理设施。",
                       "daqi", "d+6", "open", co=("dh",), progress=80, reported=6, photo=True,
                       updates=("排查餐饮油烟投诉集中区域5处，督促126家餐饮单位清洗维护油烟净化设施。",
                                "东湖片区2处餐饮集聚区油烟集中治理设施已完成安装调试。")),
                    _M("三是对扬尘、油烟投诉实行“一件一查一反馈”，每月通报办理情况。",
                       "zf", "立行立改，长期坚持", "open", progress=40, reported=80,
                       updates=("建立扬尘、油烟投诉办理台账，实行“一件一查一反馈”。",
                                "{month}月，办理扬尘、油烟投诉件47件，均已反馈投诉人。")),
                ),
            ),
        )),
        _C("落实全面从严治党“两个责任”不够到位方面", (
            _P(
                statement="落实“三重一大”决策制度不严格，部分项目资金安排、大额经费支出事项未经党组会议集体研究"
                          "即组织实施。",
                target="“三重一大”事项决策清单明确，议事程序规范，集体决策落实到位。",
                leader="周立群", unit="bgs", co=("cw",), deadline="立行立改",
                measures=(
                    _M("一是修订局党组工作规则和“三重一大”事项决策实施办法，细化决策事项清单，明确议题提出、审核、"
                       "决策和执行程序。", "bgs", "立行立改", "done", at=156,
                       rules=(_Rule("中共江川市生态环境局党组工作规则", "江环党组发〔{year}〕12号"),
                              _Rule("江川市生态环境局“三重一大”事项决策实施办法", "江环党组发〔{year}〕13号")),
                       note="{date}，局党组会议审议通过修订后的《中共江川市生态环境局党组工作规则》（{doc}）和"
                            "《江川市生态环境局“三重一大”事项决策实施办法》，列明决策事项清单4类32项，明确议题须经"
                            "分管领导审核、党组会议集体研究后方可实施。"),
                    _M("二是对2024年以来“三重一大”事项决策情况开展自查，形成问题清单，逐项规范补正。",
                       "bgs", "立行立改", "done", at=154, co=("cw",),
                       note="对2024年以来“三重一大”事项开展全面自查，梳理决策事项58项，发现未经集体研究事项3项，"
                            "已于{date}提交党组会议补充研究，并对相关处室负责人进行了提醒谈话。"),
                ),
                follow_up=_FollowUp(
                    FollowUpOutcome.HOLDS, at=48,
                    note="局整改办会同机关纪委抽查整改销号以来的党组会议纪要和“三重一大”事项决策台账，共抽查议题27项，"
                         "均经党组会议集体研究决策，会议记录完整，未发现问题反弹。"),
            ),
            _P(
                statement="廉政风险防控存在薄弱环节，执法、审批等重点岗位廉政风险点排查不全面，防控措施针对性不强。",
                target="重点岗位廉政风险点全面排查，防控措施落实到岗到人。",
                leader="周立群", unit="dw", co=("zf", "fg"), deadline="d-54",
                measures=(
                    _M("一是组织各处室、单位全面排查廉政风险点，形成廉政风险防控清单，明确防控措施和责任人。",
                       "dw", "d-54", "done", at=66,
                       note="{date}，完成全局廉政风险点排查，共排查出风险点86个，其中高风险点12个，逐一制定防控措施，"
                            "形成《廉政风险防控清单》并在局内网公开。"),
                    _M("二是建立执法全过程记录和重大执法决定法制审核制度，执法记录仪使用率达到100%。",
                       "zf", "d-54", "returned", at=6, progress=90,
                       updates=("起草《行政执法全过程记录实施办法》，征求各分局意见。",),
                       note="已印发《行政执法全过程记录实施办法》，执法人员现场检查全程使用执法记录仪。",
                       reason="佐证材料仅有制度文本，未提供执法记录仪配备和使用台账及抽查情况，不能证明“执法记录仪"
                              "使用率达到100%”的整改目标已实现。请补充相关材料后重新申请。"),
                    _M("三是建立行政审批“好差评”和办件回访机制，每季度对审批事项办理情况开展抽查回访。",
                       "fg", "me+0", "reviewed", at=2,
                       note="{date}，印发《行政审批“好差评”和办件回访工作制度》，三季度抽查回访审批办件42件，"
                            "群众满意率100%，发现并整改问题2个。"),
                ),
            ),
            _P(
                statement="违反中央八项规定精神问题仍有发生，公务接待、公务用车管理不规范，存在无公函接待、"
                          "公车使用登记不全等问题。",
                target="公务接待和公务用车管理制度健全、执行严格，违规问题零发生。",
                leader="吴海东", unit="bgs", co=("cw", "ql"), deadline="立行立改，长期坚持",
                measures=(
                    _M("一是修订机关公务接待管理办法和公务用车管理规定，实行公务接待“一事一单”和公车使用审批登记"
                       "制度。", "bgs", "立行立改", "done", at=152,
                       rules=(_Rule("江川市生态环境局机关公务接待管理办法", "江环办〔{year}〕35号"),
                              _Rule("江川市生态环境局公务用车管理规定", "江环办〔{year}〕36号")),
                       note="{date}，印发修订后的《江川市生态环境局机关公务接待管理办法》（{doc}）和《公务用车管理"
                            "规定》，实行公务接待“一事一单一公函”和公车使用审批登记。"),
                    _M("二是对2024年以来公务接待、公务用车使用情况开展专项清查，对不符合规定的费用予以清退。",
                       "cw", "立行立改", "done", at=150, co=("bgs",),
                       note="完成2024年以来公务接待、公务用车专项清查，共清查接待单据312份、用车记录1460条，对3笔"
                            "无公函接待费用予以清退，清退金额2860元，已于{date}全部缴回。"),
                ),
                follow_up=_FollowUp(
                    FollowUpOutcome.REBOUNDED, at=33,
                    note="回头看抽查发现，青岚分局仍有2批次公务接待未附公函、接待清单填写不完整，1辆公务用车节假日"
                         "未按规定封存，问题出现反弹。",
                    new_measure="三是青岚分局对照公务接待和公务用车管理规定逐单逐车自查整改，局办公室每月抽查各分局"
                                "公务接待和公务用车台账，抽查结果在全局通报。",
                    new_deadline="me+1",
                    new_update="已完成青岚分局公务接待台账专项抽查，督促补齐公函2份，对相关责任人进行批评教育并在"
                               "全局通报。"),
            ),
            _P(
                statement="财务管理不够规范，部分项目资金支出进度缓慢，预算执行率偏低，政府采购存在先实施后补签"
                          "合同现象。",
                target="预算执行率达到序时进度，政府采购程序合法合规。",
                leader="林素芬", unit="cw", co=("fg",), deadline="me+1",
                measures=(
                    _M("一是修订局机关经费支出报批制度，严格报销票据审核，手续不全的一律不予报销。",
                       "cw", "me-1", "done", at=52,
                       rules=(_Rule("江川市生态环境局机关经费支出报批制度", "江环发〔{year}〕24号"),),
                       note="{date}，印发《江川市生态环境局机关经费支出报批制度》（{doc}），明确差旅费、会议费、"
                            "培训费等7类费用报批附件清单，对手续不全的一律退回。"),
                    _M("二是建立项目资金支出进度月通报制度，对执行率低于序时进度的项目约谈项目处室负责人。",
                       "cw", "长期坚持", "open", progress=70, reported=10,
                       updates=("建立项目资金支出进度月通报制度，首期通报项目28个。",
                                "{month}月，通报支出进度滞后项目5个，约谈项目处室负责人2人次。",
                                "{month}月，全局预算执行率达到序时进度要求。")),
                    _M("三是建立政府采购代理机构库，采购合同签订前由法规与行政审批处进行合法性审查。",
                       "cw", "d+8", "requested", at=3, co=("fg",),
                       note="{date}，建立政府采购代理机构库，入库代理机构9家，采用随机抽取方式确定代理机构；采购合同"
                            "签订前均经法规与行政审批处合法性审查，已审查合同14份。"),
                ),
            ),
        )),
        _C("落实新时代党的组织路线和基层党组织建设方面", (
            _P(
                statement="基层党组织建设存在薄弱环节，部分党支部“三会一课”制度执行不规范，组织生活质量不高，"
                          "党建与业务融合不够。",
                target="党支部标准化规范化建设全面达标，党建与业务深度融合。",
                leader="周立群", unit="dw", co=("zf", "dh", "ql"), deadline="me-1",
                measures=(
                    _M("一是开展党支部标准化规范化建设“回头看”，对各党支部“三会一课”记录逐一检查，限期补正。",
                       "dw", "me-1", "done", at=40,
                       note="{date}前，完成全局14个党支部“三会一课”记录检查，发现记录不规范问题11个，已全部督促"
                            "整改到位。"),
                    _M("二是执法支队、东湖分局、青岚分局党支部推行“支部建在执法一线”工作法，把党建工作与执法业务"
                       "同部署、同考核。", "dw", "me-1", "done", at=29, co=("zf", "dh", "ql"),
                       bounce="佐证材料中仅有工作方案，缺少执法一线党员先锋岗设立、考核结果运用等落实情况，请补充后"
                              "重新申请。",
                       note="印发《关于推行“支部建在执法一线”工作法的实施方案》，在执法支队和2个分局设立党员先锋岗"
                            "9个，{date}完成第三季度党建与业务同考核，考核结果纳入支部书记述职评议。"),
                ),
            ),
            _P(
                statement="干部队伍建设统筹谋划不够，干部年龄结构偏大，监测、执法等专业技术人才短缺。",
                target="干部队伍结构逐步优化，专业技术人才缺口逐年补齐。",
                leader="周立群", unit="dw", co=("zf", "jc"), deadline="长期坚持",
                measures=(
                    _M("一是制定2026—2028年干部队伍建设规划，统筹推进干部选拔任用和年轻干部培养。",
                       "dw", "me+1", "open", progress=60, reported=13,
                       updates=("完成全局干部队伍结构分析，形成调研报告。",
                                "规划初稿已形成，正在征求局领导班子成员意见。")),
                    _M("二是组织执法人员业务能力全员轮训，每年开展执法大练兵不少于1次。",
                       "zf", "长期坚持", "open", progress=60, reported=15,
                       updates=("制定执法人员年度轮训计划。",
                                "{month}月，组织执法人员业务轮训2期，培训126人次。",
                                "{month}月，参加全省生态环境执法大练兵比武，获团体三等奖。")),
                    _M("三是通过公开招聘、遴选等方式补充监测、执法专业技术人员。",
                       "dw", "me+4", "open", co=("jc",), progress=30, reported=20,
                       updates=("已向市委编办、市人社局报送下一年度公开招聘计划，拟招聘专业技术人员6名。",)),
                ),
            ),
        )),
        _C("依法行政和权力运行监督方面", (
            _P(
                statement="行政执法“宽松软”问题仍然存在，个别案件查处不及时，自由裁量权行使不规范，同类违法行为"
                          "处罚尺度不一。",
                target="执法尺度统一规范，案件按期办结率100%。",
                leader="高卫国", unit="zf", co=("fg",), deadline="me+1",
                measures=(
                    _M("一是修订生态环境行政处罚自由裁量基准，统一同类违法行为处罚尺度。",
                       "fg", "me-1", "done", at=45, co=("zf",),
                       rules=(_Rule("江川市生态环境行政处罚自由裁量基准", "江环发〔{year}〕26号"),),
                       note="{date}，印发修订后的《江川市生态环境行政处罚自由裁量基准》（{doc}），细化裁量情形和"
                            "幅度，覆盖违法行为类型47种。"),
                    _M("二是对2024年以来行政处罚案卷开展全面评查，对发现的问题逐案整改。",
                       "zf", "d-10", "open", progress=70, reported=11,
                       updates=("制定案卷评查工作方案，抽调业务骨干8人组成评查组。",
                                "已评查案卷186卷，发现问题案卷23卷，正在逐案整改。"),
                       ext=_Ext("refused", "me+2",
                                "案卷数量较多，部分案卷需调取原始材料核实，申请延期至{new}完成。",
                                "该项任务为集中整改期内应完成事项，延期理由不充分，不同意延期。请执法支队增加评查力量，"
                                "倒排工期，尽快完成。", asked=14, decided=12)),
                    # Asked for sign-off with the 审批处's note pasted in: the quality check flags it to the office.
                    _M("三是建立重点案件挂牌督办和超期预警机制，每月向局党组报告案件办理情况。",
                       "zf", "立行立改，长期坚持", "requested", at=1, progress=40, reported=90,
                       updates=("建立重点案件挂牌督办台账，首批挂牌督办案件6件。",
                                "{month}月，向局党组报告案件办理情况，超期案件2件已督促办结。"),
                       note="{date}，印发修订后的《江川市生态环境行政处罚自由裁量基准》，细化裁量情形和幅度，"
                            "覆盖违法行为类型47种，重点案件已全部挂牌督办。"),
                ),
            ),
            _P(
                statement="行政审批服务效能不高，环评审批“一次性告知”不到位，部分项目审批时间超出承诺时限。",
                target="审批事项全部按承诺时限办结，一次性告知率100%。",
                leader="林素芬", unit="fg", deadline="me+0",
                measures=(
                    _M("一是编制环评、排污许可办理服务指南，在局门户网站和政务服务大厅公开办理材料、流程和时限。",
                       "fg", "me-1", "done", at=73,
                       note="{date}，编制完成环评、排污许可等5类审批事项办理服务指南，在局门户网站和市政务服务大厅"
                            "窗口同步公开，实现办理材料一次性告知。"),
                    _M("二是推行重大项目环评审批“提前介入、并联审批”，审批时限压缩至法定时限的一半以内。",
                       "fg", "d+4", "open", progress=85, reported=4,
                       updates=("建立重大项目环评服务专班，对14个省、市重大项目提前介入指导。",
                                "已完成审批的9个重大项目平均用时为法定时限的43%。"),
                       ext=_Ext("pending", "me+1",
                                "剩余2个重大项目因建设单位补充材料尚未完成，需待材料齐备后方能完成审批并核算时限，"
                                "申请延期至{new}。", "", asked=3)),
                    _M("三是建立审批超时预警和月度通报机制。", "fg", "me+0", "requested", at=1,
                       note="{date}，在审批系统中上线超时预警功能，办理时限过半自动提醒；建立审批办件月度通报机制，"
                            "已通报2期。"),
                ),
            ),
            _P(
                statement="生态环境监测数据质量管理存在短板，部分自动监测站点运维不到位，数据有效率偏低。",
                target="自动监测站点数据有效率稳定达到90%以上。",
                leader="郑晓岚", unit="jc", co=("cw",), deadline="me-1",
                measures=(
                    _M("一是对全市28个空气自动站、15个水质自动站开展运维质量专项检查，问题站点限期整改。",
                       "jc", "me-1", "done", at=35, photo=True,
                       note="{date}前，完成全市43个空气、水质自动监测站运维质量专项检查，发现问题17个，已全部整改"
                            "到位，站点数据有效率由86.3%提高到95.1%。"),
                    _M("二是建立运维单位季度考核和盲样考核制度，考核结果与运维费用支付挂钩。",
                       "jc", "me+1", "reviewed", at=4, co=("cw",),
                       rules=(_Rule("江川市生态环境自动监测站运维单位考核办法", "江环发〔{year}〕33号"),),
                       note="{date}，印发《江川市生态环境自动监测站运维单位考核办法》（{doc}），开展第三季度盲样"
                            "考核1次，对考核不合格的1家运维单位扣减运维费用。"),
                ),
            ),
            _P(
                statement="巡视巡察、审计发现问题整改“后半篇文章”做得不够，部分问题整改不彻底，存在反弹回潮现象。",
                target="各类监督发现问题全部建账管理，整改到位率100%。",
                leader="周立群", unit="bgs", deadline="长期坚持",
                measures=(
                    _M("一是建立巡视巡察、审计、督察发现问题整改总台账，实行挂图作战、对账销号。",
                       "bgs", "me-1", "done", at=55,
                       rules=(_Rule("江川市生态环境局监督发现问题整改销号管理办法", "江环办〔{year}〕48号"),),
                       note="{date}，印发《江川市生态环境局监督发现问题整改销号管理办法》（{doc}），建立巡视巡察、"
                            "审计、督察发现问题整改总台账，纳入问题96个，实行挂图作战、对账销号，每月更新进度。"),
                    _M("二是每季度对已销号问题开展“回头看”，防止问题反弹。", "bgs", "长期坚持", "open",
                       progress=60, reported=6,
                       updates=("{month}月，对集中整改期已销号问题开展第一轮“回头看”。",
                                "{month}月，组织第二轮“回头看”，抽查已销号问题12个。")),
                ),
            ),
            _P(
                statement="群众信访投诉办理质量有待提高，部分重复信访件未能有效化解，办结回访不到位。",
                target="重复信访件有效化解，办结回访率100%。",
                leader="高卫国", unit="zf", co=("dh", "ql"), deadline="me+0",
                measures=(
                    _M("一是对近两年重复信访件逐件开展“回头看”，实行局领导包案化解。",
                       "zf", "me+0", "done", at=22, co=("dh", "ql"),
                       note="梳理近两年重复信访件37件，由局领导班子成员包案，截至{date}，已化解34件，剩余3件纳入"
                            "长期跟踪。"),
                    _M("二是东湖分局、青岚分局建立信访件“接诉即办”台账，办结后3个工作日内回访。",
                       "dh", "d+9", "returned", at=8, co=("ql",), by_leader=True, progress=95,
                       note="东湖分局、青岚分局已建立信访件“接诉即办”台账，累计办理信访件112件，均在办结后3个工作日"
                            "内回访。",
                       reason="回访记录不完整，部分信访件未回访即作办结处理，请对照台账补充回访记录后重新申请。"),
                ),
            ),
        )),
    ),
)

DUCHA = _Inspection(
    key="ducha",
    feedback_ago=130,
    fields=dict(
        kind="ducha", name="省第二生态环境保护督察组督察反馈意见整改", inspector="省第二生态环境保护督察组",
        cadence="biweekly", cadence_day=5,
    ),
    categories=(
        _C("生态环境保护责任落实方面", (
            _P(
                statement="生态环境保护“党政同责、一岗双责”落实不到位，部分部门“管行业必须管环保”意识不强，"
                          "生态环境保护工作责任清单未动态更新。",
                target="责任清单动态更新，部门生态环境保护职责全面落实。",
                leader="周立群", unit="bgs", co=("fg",), deadline="d-54",
                measures=(
                    _M("一是修订市生态环境保护工作责任清单，报市委、市政府审定后印发。", "fg", "d-54", "done", at=80,
                       rules=(_Rule("江川市生态环境保护工作责任清单", "江环委〔{year}〕3号"),),
                       note="{date}，市生态环境保护委员会印发修订后的《江川市生态环境保护工作责任清单》（{doc}），"
                            "明确43个部门和单位的生态环境保护职责。"),
                    _M("二是将督察整改纳入市级部门年度综合考核，考核结果与评先评优挂钩。", "bgs", "d-54", "done",
                       at=63,
                       note="{date}，市考核办将督察整改工作纳入市级部门年度综合考核，分值占比不低于5%，考核结果与"
                            "评先评优直接挂钩。"),
                ),
            ),
            _P(
                statement="督察整改推进机制不健全，部分整改任务未明确量化目标，存在“以文件落实文件”倾向。",
                target="整改任务目标量化、责任明确、过程可查。",
                leader="吴海东", unit="bgs", deadline="立行立改，长期坚持",
                measures=(
                    _M("一是建立督察整改“双周调度”机制，每两周汇总整改进展，对滞后事项发函督办。",
                       "bgs", "立行立改，长期坚持", "open", progress=70, reported=4,
                       updates=("建立督察整改双周调度机制，印发第1期调度通报。",
                                "印发第5期调度通报，对滞后事项2项发函督办。",
                                "印发第8期调度通报，滞后事项已按期推进。")),
                    _M("二是对整改方案中未量化的任务逐项明确目标、时限和验收标准。", "bgs", "立行立改", "done",
                       at=118,
                       note="{date}，对整改方案中的任务逐项复核，为12项未量化任务补充明确了目标值、完成时限和验收"
                            "标准，经市督察整改领导小组审定后印发。"),
                ),
            ),
        )),
        _C("水污染防治方面", (
            _P(
                statement="城镇生活污水收集处理能力不足，城北污水处理厂长期满负荷运行，雨季溢流问题突出。",
                target="城北污水处理厂扩建完成，雨季溢流问题明显改善。",
                leader="高卫国", unit="shui", co=("swj",), deadline="me+7",
                measures=(
                    _M("一是会同市水务局加快城北污水处理厂扩建工程建设，新增处理能力5万吨/日。",
                       "shui", "me+7", "open", co=("swj",), progress=35, reported=10, photo=True, withdraw=60,
                       note="扩建工程已开工建设，主体工程按计划推进。",
                       updates=("扩建工程已完成立项和初步设计批复。",
                                "扩建工程已开工建设，完成土建工程量约30%。")),
                    _M("二是实施雨污分流改造，优先解决溢流点位，每月向督察整改领导小组报告进展。",
                       "shui", "长期坚持", "open", co=("swj",), progress=40, reported=45,
                       updates=("排查雨季溢流点位18个，制定“一点一策”整治方案。",
                                "已完成6个溢流点位整治，其余点位正在施工。")),
                ),
            ),
            _P(
                statement="部分工业园区污水集中处理设施运行不正常，青岚工业园区污水处理厂进水浓度长期偏低，"
                          "园区管网存在错接漏接。",
                target="园区管网错接漏接全部整改，污水处理厂进水浓度达到设计要求。",
                leader="高卫国", unit="ql", co=("zf", "jc"), deadline="me+1",
                measures=(
                    _M("一是开展青岚工业园区管网排查，形成错接漏接问题清单并逐一整改。",
                       "ql", "d+9", "open", progress=75, reported=8, photo=True,
                       updates=("完成园区管网CCTV检测23.5公里，发现错接漏接点位41处。",
                                "已整改错接漏接点位31处，剩余10处正在施工。")),
                    _M("二是对园区重点涉水企业开展执法检查，依法查处偷排漏排行为。", "zf", "me-1", "done", at=43,
                       co=("ql",),
                       note="对园区36家重点涉水企业开展执法检查，立案查处偷排漏排等环境违法行为4起，罚款金额共计"
                            "86.5万元，截至{date}已全部整改到位。"),
                    _M("三是推动园区污水处理厂安装进出水在线监控设施，并与市生态环境监控平台联网。",
                       "ql", "me+1", "requested", at=2, co=("jc",),
                       note="{date}，青岚工业园区污水处理厂进出水在线监控设施完成安装验收，并与市生态环境监控平台"
                            "联网，数据传输有效率达到98%。"),
                ),
            ),
            _P(
                statement="畜禽养殖污染治理不到位，东湖片区部分规模养殖场粪污处理设施配套不全，存在粪污直排现象。",
                target="规模养殖场粪污处理设施配套率100%，直排问题全部整改。",
                leader="林素芬", unit="dh", co=("zf",), deadline="d-23",
                measures=(
                    _M("一是对东湖片区规模养殖场逐场排查，建立粪污处理设施配套台账。", "dh", "d-23", "done", at=49,
                       photo=True,
                       note="完成东湖片区47家规模养殖场逐场排查，建立粪污处理设施配套台账，{date}前督促6家配套不全"
                            "的养殖场完成设施建设。"),
                    _M("二是对存在粪污直排问题的3家养殖场依法立案查处，督促限期完成治污设施改造。",
                       "zf", "d-23", "done", at=32, co=("dh",),
                       note="对3家存在粪污直排问题的养殖场依法立案查处，罚款共计12万元；{date}，3家养殖场治污设施"
                            "改造全部完成并通过现场核查。"),
                ),
            ),
            _P(
                statement="饮用水水源地保护不到位，城东水源地二级保护区内仍有2处违规建筑未拆除。",
                target="保护区内违规建筑全部拆除，水源地规范化建设达标。",
                leader="高卫国", unit="shui", co=("dh", "swj"), deadline="d-18",
                measures=(
                    _M("一是会同属地政府依法拆除保护区内违规建筑，完成拆除后生态修复。",
                       "shui", "d-18", "open", co=("dh",), progress=90, reported=5, photo=True, resaved="水源地",
                       updates=("2处违规建筑已下达限期拆除决定。", "2处违规建筑已全部拆除，正在实施复绿。")),
                    # The 东湖 office sends the 水生态环境处's site photo again, re-saved: flagged as the same picture.
                    _M("二是完善水源地规范化建设，补设界标、警示牌和隔离防护设施。",
                       "dh", "me+0", "reviewed", at=1, co=("swj",), photo=True, resaved="水源地",
                       note="{date}，城东水源地补设界标12块、警示牌8块，新建隔离防护网2.3公里，水源地规范化建设通过"
                            "市级验收。"),
                ),
            ),
        )),
        _C("大气和固体废物污染防治方面", (
            _P(
                statement="重点行业挥发性有机物治理不到位，部分企业活性炭吸附装置长期未更换，治理设施形同虚设。",
                target="涉挥发性有机物重点企业治理设施全部正常运行。",
                leader="高卫国", unit="daqi", co=("zf",), deadline="me+0",
                measures=(
                    _M("一是对全市涉挥发性有机物重点企业开展专项检查，建立活性炭更换台账。",
                       "daqi", "me-1", "done", at=25,
                       rules=(_Rule("江川市重点行业挥发性有机物治理设施运行管理规定", "江环发〔{year}〕29号"),),
                       note="对全市132家涉挥发性有机物重点企业开展专项检查，建立活性炭更换台账，督促58家企业完成"
                            "活性炭更换；{date}，印发《江川市重点行业挥发性有机物治理设施运行管理规定》（{doc}）。"),
                    _M("二是对治理设施不正常运行的企业依法查处，公开曝光典型案例。", "zf", "me+0", "done", at=10,
                       note="对治理设施不正常运行的企业立案查处9起，{date}在局门户网站公开曝光典型案例3个。",
                       # Asked for more time, then finished first: the request lapses at sign-off.
                       ext=_Ext("pending", "me+1",
                                "部分案件需等待监测报告，担心月底前难以全部办结，申请延期至{new}。", "", asked=14)),
                    _M("三是推行活性炭集中再生“绿岛”模式，解决中小企业活性炭更换难问题。",
                       "daqi", "d+7", "open", progress=60, reported=9,
                       updates=("完成活性炭集中再生中心选址和可行性论证。", "集中再生中心设备正在安装调试。")),
                ),
            ),
            _P(
                statement="建筑垃圾和一般工业固体废物非法倾倒问题时有发生，城郊结合部存在多处固体废物堆放点。",
                target="非法倾倒堆放点全部清理，固体废物全过程监管机制健全。",
                leader="高卫国", unit="zf", co=("dh", "ql"), deadline="me+1",
                measures=(
                    _M("一是开展固体废物非法倾倒排查整治，形成问题清单，逐点清理销号。",
                       "zf", "me+1", "returned", at=3, co=("dh", "ql"), progress=95, photo=True,
                       note="排查发现固体废物堆放点27处，已全部完成清理。",
                       reason="清单中5处堆放点仅提供清理前照片，缺少清理后现场照片和固体废物处置去向凭证，不能证明已"
                              "清理到位。"),
                    _M("二是建立固体废物全过程监管工作机制，明确部门职责分工。", "fg", "me+0", "done", at=17,
                       co=("zf",),
                       rules=(_Rule("江川市固体废物全过程监管工作机制", "江环发〔{year}〕31号"),),
                       note="{date}，印发《江川市固体废物全过程监管工作机制》（{doc}），明确生态环境、住建、城管等"
                            "8个部门职责分工。"),
                ),
            ),
            _P(
                statement="生态环境信息公开不及时，部分重点排污单位未依法公开环境信息。",
                target="重点排污单位环境信息依法公开率100%。",
                leader="林素芬", unit="fg", co=("bgs",), deadline="立行立改",
                measures=(
                    _M("一是督促重点排污单位依法公开环境信息，对未按规定公开的责令改正。", "fg", "立行立改", "done",
                       at=116,
                       note="{date}前，督促全市218家重点排污单位依法公开环境信息，对未按规定公开的11家单位责令改正，"
                            "已全部完成公开。"),
                    _M("二是在局门户网站开设督察整改专栏，及时公开整改进展情况。", "bgs", "立行立改，长期坚持", "open",
                       progress=80, reported=9,
                       updates=("局门户网站督察整改专栏已上线。", "专栏累计发布整改进展信息16条。")),
                ),
            ),
            _P(
                statement="突发环境事件应急能力不足，部分重点企业应急预案未及时修订，应急监测物资储备不足。",
                target="重点企业应急预案全部完成修订备案，应急监测物资储备满足需要。",
                leader="郑晓岚", unit="zf", co=("jc",), deadline="me+4",
                measures=(
                    _M("一是督促重点企业修订突发环境事件应急预案并备案。", "zf", "me+4", "open", progress=40,
                       reported=16, updates=("梳理应急预案需修订企业64家，已完成修订备案26家。",)),
                    _M("二是开展突发环境事件应急监测演练，补充应急监测设备和物资。", "jc", "me+0", "done", at=4,
                       photo=True,
                       note="{date}，组织开展突发水污染事件应急监测演练，新增便携式应急监测设备5台（套），应急监测"
                            "物资储备满足需要。"),
                ),
            ),
            _P(
                statement="排污许可证后监管不到位，部分持证企业未按证排污，未按要求开展自行监测。",
                target="持证企业按证排污、自行监测全面落实。",
                leader="林素芬", unit="fg", co=("zf",), deadline="me+1",
                measures=(
                    _M("一是开展排污许可证质量核查，对问题证书督促企业整改。", "fg", "me-1", "done", at=38,
                       note="完成排污许可证质量核查412张，发现问题证书37张，截至{date}已全部督促整改。"),
                    _M("二是将排污许可执行情况纳入“双随机、一公开”执法检查内容。", "zf", "长期坚持", "open",
                       progress=70, reported=5,
                       updates=("将排污许可执行情况纳入“双随机、一公开”检查事项清单。",
                                "本期“双随机”检查企业38家，发现未按证排污问题2个，已立案查处。")),
                ),
            ),
        )),
    ),
)

# An earlier round (a provincial 巡视), closed long ago: some of its problems come back in the 市委第三巡察组
# round (问题反复),
# which the quality signals link to the sign-off of last time.
def _closed(text: str, unit: str, at: int, note: str) -> _M:
    return _M(text, unit, f"d-{at + 20}", "done", at=at, note=note)


EARLIER = _Inspection(
    key="earlier",
    feedback_ago=580,
    fields=dict(kind="xunshi", name="省委第三巡视组巡视反馈意见整改（上一轮）", inspector="省委第三巡视组",
                cadence="monthly", cadence_day=25),
    categories=(
        _C("党的领导弱化方面", (
            _P("落实“三重一大”决策制度不严格，个别大额经费支出未经党组会议集体研究。", "重大事项全部经集体研究决定。",
               "周立群", "bgs", "d-480", (
                   _closed("一是修订党组议事规则，列明“三重一大”事项清单。", "bgs", 470,
                           "{date}，印发修订后的党组议事规则，列明“三重一大”事项清单18项，大额经费支出一律提交党组会议研究。"),)),
            _P("意识形态工作责任制落实不到位，门户网站信息发布审核把关不严。", "信息发布实行三级审核。", "周立群", "bgs",
               "d-480", (
                   _closed("一是建立门户网站信息发布三级审核制度。", "bgs", 465,
                           "{date}，建立门户网站信息发布“处室初审、办公室复审、分管领导终审”三级审核制度，已审核发布信息236条。"),)),
            _P("基层党组织建设薄弱，部分党支部“三会一课”制度落实不到位，组织生活不经常。", "支部组织生活规范开展。",
               "唐敏", "dw", "d-470", (
                   _closed("一是开展党支部“三会一课”落实情况专项检查。", "dw", 455,
                           "{date}，完成全局党支部“三会一课”记录专项检查，督促4个支部补齐会议记录，建立季度检查通报制度。"),)),
        )),
        _C("全面从严治党不到位方面", (
            _P("违反中央八项规定精神问题时有发生，公务接待管理不规范，存在无公函接待现象。", "公务接待全部凭公函、按标准。",
               "罗志刚", "cw", "d-470", (
                   _closed("一是对公务接待开展专项清查并修订接待管理办法。", "cw", 450,
                           "{date}，清查公务接待单据204份，对无公函接待的2名责任人进行提醒谈话，修订机关公务接待管理办法。"),)),
            _P("财务报销审核不严，部分差旅费报销凭证要素不全。", "报销凭证要素齐全、审核留痕。", "罗志刚", "cw", "d-470", (
                _closed("一是制定经费报销附件清单，逐笔复核差旅费报销凭证。", "cw", 445,
                        "{date}，印发经费报销附件清单，复核差旅费报销凭证1126份，补齐要素不全凭证37份。"),)),
            _P("廉政风险点排查不全面，重点岗位防控措施针对性不强。", "重点岗位风险点全覆盖。", "唐敏", "dw", "d-470", (
                _closed("一是开展廉政风险点再排查，修订防控手册。", "dw", 440,
                        "{date}，完成全局廉政风险点再排查，新增风险点21个，修订印发廉政风险防控手册。"),)),
        )),
        _C("履行生态环境保护职责不到位方面", (
            _P("行政执法“宽松软”，个别环境违法案件查处不及时，自由裁量权行使不规范。", "案件按期查处、裁量统一。",
               "高卫国", "zf", "d-460", (
                   _closed("一是开展执法案卷评查，统一裁量尺度。", "zf", 435,
                           "{date}，评查行政处罚案卷86卷，对裁量不当的5件案件逐一纠正，组织执法人员裁量基准培训2期。"),)),
            _P("群众信访投诉办理质量不高，部分重复信访件化解不到位。", "重复信访件有效化解。", "高卫国", "zf", "d-460", (
                _closed("一是对重复信访件实行领导包案。", "zf", 430,
                        "{date}，对21件重复信访件实行局领导包案，已化解19件，其余2件纳入长期跟踪。"),)),
            _P("环评审批时限偏长，部分项目超出承诺时限办结。", "审批在承诺时限内办结。", "陈晓梅", "fg", "d-460", (
                _closed("一是压缩环评审批承诺时限，建立超时提醒。", "fg", 425,
                        "{date}，报告表审批承诺时限由20个工作日压缩至12个工作日，审批系统上线超时提醒功能。"),)),
            _P("自动监测站运维管理不到位，个别站点数据有效率偏低。", "站点数据有效率达到90%以上。", "杨光明", "jc", "d-460", (
                _closed("一是对自动监测站开展运维质量检查。", "jc", 420,
                        "{date}，检查自动监测站38个，督促运维单位整改问题14个，站点数据有效率提高到93%。"),)),
        )),
    ),
)

INSPECTIONS = (EARLIER, XUNCHA, DUCHA)

# Progress texts for measures whose plan names none: a start and a finish, in a few wordings so a
# bulletin quoting them does not repeat itself.
_GENERIC_STARTS = (
    "已召开专题会议研究部署，细化整改任务，明确责任人和完成时限。",
    "已制定具体工作方案，明确时间表、路线图，正在按序时推进。",
    "已完成前期摸底排查，形成问题清单，正在逐项推进整改。",
    "已明确专人负责，建立工作台账，每周跟踪整改进展。",
)
_GENERIC_FINISHES = (
    "整改任务已基本完成，正在整理佐证材料、开展自查验收。",
    "各项工作已按计划完成，佐证材料已整理归档，拟申请销号。",
    "整改任务已落实到位，经自查达到整改目标，拟申请销号。",
)


# --- evidence files, made in memory ---------------------------------------------------------------------

def demo_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF with Chinese text (Adobe's standard STSong-Light CID font, not embedded)."""
    def text(s: str) -> str:
        return "<" + s.encode("utf-16-be").hex().upper() + ">"

    body = [f"BT /F1 16 Tf 72 770 Td {text(title)} Tj ET"]
    y = 736
    for line in lines:
        for start in range(0, max(len(line), 1), 36):
            body.append(f"BT /F1 11 Tf 72 {y} Td {text(line[start:start + 36])} Tj ET")
            y -= 18
        y -= 6
        if y < 72:
            break
    stream = "\n".join(body).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
        b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


_PNG_CACHE: dict[int, bytes] = {}
RESAVES = [(640, 88), (480, 60), (1024, 92)]  # width, JPEG quality: the same photo saved again and again


def demo_site_photo(width: int = 640, quality: int = 88) -> bytes:
    """A “site photo” of a water-source protection area (sky, hills, water, pump house, boundary sign, fence),
    as a JPEG of this width and quality. Smooth shapes, so each re-save has the same perceptual hash."""
    from PIL import Image, ImageDraw, ImageFilter

    w, h = 640, 400
    image = Image.new("RGB", (w, h))
    draw = ImageDraw.Draw(image)
    for y in range(h):  # sky, then ground
        colour = (120 + y // 3, 160 + y // 4, 225) if y < 170 else (95 - (y - 170) // 8, 120 - (y - 170) // 10, 70)
        draw.line([(0, y), (w, y)], fill=colour)
    draw.polygon([(0, 190), (90, 120), (200, 160), (330, 95), (470, 150), (560, 118), (640, 160), (640, 220),
                  (0, 220)], fill=(70, 105, 70))
    draw.rectangle([60, 230, 620, 300], fill=(70, 120, 165))      # the reservoir
    draw.rectangle([380, 150, 470, 250], fill=(200, 200, 195))    # a pump house
    draw.polygon([(370, 150), (425, 115), (480, 150)], fill=(150, 60, 50))
    draw.rectangle([140, 210, 152, 330], fill=(90, 90, 90))       # the boundary sign on its post
    draw.rectangle([100, 180, 195, 230], fill=(245, 245, 240))
    draw.rectangle([108, 190, 187, 220], outline=(200, 30, 30), width=4)
    for x in range(0, w, 80):                                      # the new fence
        draw.rectangle([x + 20, 320, x + 26, 380], fill=(60, 60, 60))
    draw.line([(0, 335), (w, 335)], fill=(60, 60, 60), width=3)
    image = image.filter(ImageFilter.GaussianBlur(1.2))
    if width != w:
        image = image.resize((width, round(h * width / w)), Image.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def demo_png(variant: int = 0) -> bytes:
    """A small landscape “site photo” (sky, hills, water, bank), one of three tints."""
    variant %= 3
    if variant in _PNG_CACHE:
        return _PNG_CACHE[variant]
    width, height = 160, 100
    tint = (0, 18, -14)[variant]
    skyline = [46 + (x * (variant + 3)) % 11 - abs(x - width // 2) // 10 for x in range(width)]
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        sky = bytes((min(255, 150 + y // 2), min(255, 185 + y // 3), 235))
        if y < 66:
            hill = bytes((70 + tint, 125, 60))
            rows += b"".join(sky if y < top else hill for top in skyline)
        elif y < 86:
            rows += bytes((60, 110 + tint, 160)) * width
        else:
            rows += bytes((140 + tint, 120, 90)) * width

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(bytes(rows), 9)) + chunk(b"IEND", b""))
    _PNG_CACHE[variant] = png
    return png


# --- dates --------------------------------------------------------------------------------------------------

def _workday(day: dt.date) -> dt.date:
    """The day itself, or the Friday before when it falls on a weekend."""
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _back(day: dt.date, workdays: int) -> dt.date:
    for _ in range(workdays):
        day = _workday(day - dt.timedelta(days=1))
    return day


def _month_end(today: dt.date, months: int) -> dt.date:
    index = today.year * 12 + today.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def _md(day: dt.date) -> str:
    return f"{day.month}月{day.day}日"


# --- the loader ---------------------------------------------------------------------------------------------

@dataclass
class _Step:
    when: dt.datetime
    order: int
    run: Callable[[], None]


@dataclass
class _Loader:
    today: dt.date
    steps: list[_Step] = field(default_factory=list)
    units: dict[str, Unit] = field(default_factory=dict)
    fillers: dict[str, User] = field(default_factory=dict)
    users: dict[str, User] = field(default_factory=dict)
    inspections: dict[str, Inspection] = field(default_factory=dict)
    problem_ids: dict[tuple, int] = field(default_factory=dict)
    measure_ids: dict[tuple, int] = field(default_factory=dict)
    password_hashes: dict[str, Future] = field(default_factory=dict)
    files: int = 0
    resaved: dict[str, int] = field(default_factory=dict)  # re-saves of each tagged photo so far

    # The clock --------------------------------------------------------------------------------------------

    def day(self, ago: int) -> dt.date:
        return _workday(self.today - dt.timedelta(days=ago))

    def at(self, day: dt.date, hhmm: str, run: Callable[[], None]) -> None:
        hour, minute = (int(part) for part in hhmm.split(":"))
        when = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=timezone.get_current_timezone())
        self.steps.append(_Step(when, len(self.steps), run))

    def tick(self, seconds: int = 20) -> None:
        """Let a little time pass inside one step (a person entering a plan row by row)."""
        self._move(self._now + dt.timedelta(seconds=seconds))

    def _move(self, when: dt.datetime) -> None:
        # Strictly forward: two steps planned for the same minute still get distinct, ordered times.
        self._now = max(when, self._now + dt.timedelta(seconds=1))
        self._traveller.move_to(self._now)

    def run(self) -> None:
        import time_machine

        self.steps.sort(key=lambda step: (step.when, step.order))
        first, last = self.steps[0].when, self.steps[-1].when
        if last >= timezone.now():
            raise DemoError("演示数据的最后一步晚于当前时间")
        newest = AuditEvent.objects.order_by("-id").only("created_at").first()
        if newest is not None and newest.created_at > first:
            raise DemoError("数据库中已有审计事件，演示数据无法按时间顺序回放；请在空数据库中加载演示数据")
        with transaction.atomic():
            with time_machine.travel(first, tick=False) as traveller:
                self._traveller, self._now = traveller, first - dt.timedelta(seconds=1)
                for step in self.steps:
                    self._move(step.when)
                    step.run()
            for username, hashed in self.password_hashes.items():
                # Stamped now, not in the replayed past: a demo password must not have expired already.
                User.objects.filter(username=username).update(password=hashed.result(),
                                                              password_changed_at=timezone.now())

    # Helpers -------------------------------------------------------------------------------------------

    def deadline(self, token: str, inspection: Inspection) -> Deadline:
        if token.startswith("d"):
            return Deadline(DeadlineKind.DATE, self.today + dt.timedelta(days=int(token[1:])))
        if token.startswith("me"):
            return Deadline(DeadlineKind.DATE, _month_end(self.today, int(token[2:])))
        return inspection.parse_deadline(token)

    def measure(self, key: tuple) -> Measure:
        return Measure.objects.select_related("problem", "lead_unit").get(pk=self.measure_ids[key])

    def pdf(self, name: str, measure: Measure, lines: list[str]) -> SimpleUploadedFile:
        self.files += 1
        body = [BUREAU_NAME, f"问题：{measure.problem.statement}", f"整改措施：{measure.text}", *lines,
                "（本文件为zhenggai演示数据，内容均为虚构）"]
        return SimpleUploadedFile(name, demo_pdf("整改佐证材料", body), content_type="application/pdf")

    def photo(self, name: str) -> SimpleUploadedFile:
        self.files += 1
        return SimpleUploadedFile(name, demo_png(self.files), content_type="image/png")

    def resaved_photo(self, name: str, tag: str) -> SimpleUploadedFile:
        self.files += 1
        self.resaved[tag] = self.resaved.get(tag, -1) + 1
        width, quality = RESAVES[self.resaved[tag] % len(RESAVES)]
        return SimpleUploadedFile(name, demo_site_photo(width, quality), content_type="image/jpeg")

    # The org tree and the people -----------------------------------------------------------------------------

    def plan_people(self) -> None:
        earliest = max(spec.feedback_ago for spec in INSPECTIONS)
        self.at(self.day(earliest + 6), "08:30", self.create_people)

    def create_people(self) -> None:
        from zhenggai.accounts.models import AdminRole
        from zhenggai.accounts.services import unit_save, user_save

        # The first account is bootstrapped as `createsuperuser` would; it then sets up everything else.
        admin = self.save_user(User(username="admin", email="admin@jcshbj.example", role=Role.OFFICE,
                                    full_name="系统管理员", is_staff=True, is_superuser=True,
                                    admin_role=AdminRole.SYSTEM))
        self.users["admin"] = admin
        bureau = unit_save(actor=admin, unit=Unit(
            name=BUREAU_NAME, short_name="市生态环境局", sort=1, phone="0799-8612369",
            address="江川市滨江大道188号市民中心5号楼", email="zhenggai@jcshbj.example",
        ))
        self.units["bureau"] = bureau
        for sort, (key, spec) in enumerate(UNITS.items(), start=1):
            self.tick(5)
            self.units[key] = unit_save(actor=admin, unit=Unit(name=spec.name, short_name=spec.short_name,
                                                                parent=bureau, sort=sort))
        self.units[OUTSIDE_UNIT] = unit_save(actor=admin, unit=Unit(
            name="江川市水务局", short_name="市水务局", sort=2, phone="0799-8623110", address="江川市人民路66号",
            email="bgs@jcsswj.example",
        ))
        admin.unit = bureau
        user_save(actor=admin, user=admin, password=None)
        people = {
            "office": dict(role=Role.OFFICE, unit=bureau, full_name="何静"),
            "leader": dict(role=Role.LEADER, unit=bureau, full_name="吴海东"),
            "zhifa": dict(role=Role.UNIT, unit=self.units["zf"], full_name="刘洋"),
            "shenpi": dict(role=Role.UNIT, unit=self.units["fg"], full_name="黄思远"),
            "jijian": dict(role=Role.OBSERVER, unit=None, full_name="宋佳"),
            # The other two admin roles (等保三级: three separate administrators). An observer of nothing as
            # business role: an admin account sees no business data even if a page forgot to check.
            "anquan": dict(role=Role.OBSERVER, unit=bureau, full_name="郑安", admin_role=AdminRole.SECURITY),
            "shenji": dict(role=Role.OBSERVER, unit=bureau, full_name="孙审", admin_role=AdminRole.AUDIT),
        }
        for username, extra in people.items():
            self.tick(5)
            self.users[username] = user_save(actor=admin, user=self.save_user(User(username=username, **extra)),
                                             password=None)
        for key, spec in UNITS.items():
            username, full_name = spec.filler
            if username not in self.users:
                self.tick(5)
                user = User(username=username, role=Role.UNIT, unit=self.units[key], full_name=full_name)
                user.set_unusable_password()  # appears in the history; nobody logs in as them
                self.users[username] = user_save(actor=admin, user=user, password=None)
            self.fillers[key] = self.users[username]
            # The unit's head (单位负责人), the 责任人 its measures name: the 督办 ladder's −3-day and overdue
            # reminders reach this account. Nobody logs in as them either.
            self.tick(5)
            head = User(username=f"fzr_{key}", role=Role.UNIT, unit=self.units[key], full_name=spec.head)
            head.set_unusable_password()
            self.users[head.username] = user_save(actor=admin, user=head, password=None)
            self.units[key].head = self.users[head.username]
            unit_save(actor=admin, unit=self.units[key])

    @staticmethod
    def save_user(user: User) -> User:
        """Check the demo password against the validators; it is set once its hash is ready (see load_demo)."""
        validate_password(PASSWORDS[user.username], user)
        user.set_unusable_password()
        if user.is_superuser:
            user.save()  # the bootstrap account, as `createsuperuser` makes it
        return user

    # An inspection: its plan, then every measure's story -----------------------------------------------------------------

    def plan_inspection(self, spec: _Inspection) -> None:
        feedback = self.day(spec.feedback_ago)
        created = self._forward(feedback, 4)  # the plan is entered a few working days after feedback
        self.at(self._forward(feedback, 1), "09:00", lambda: self.create_inspection(spec, feedback))
        self.at(created, "09:00", lambda: self.create_plan(spec))
        for c_index, category in enumerate(spec.categories):
            for p_index, problem in enumerate(category.problems):
                pkey = (spec.key, c_index, p_index)
                for m_index, measure in enumerate(problem.measures):
                    self.plan_measure(pkey + (m_index,), measure, created)
                if problem.follow_up:
                    self.plan_follow_up(pkey, problem.follow_up)
        if spec.public_feedback:
            self.at(self.day(30), "20:15", lambda: self.submit_feedback(spec))
            self.at(self.day(27), "15:40", lambda: self.answer_feedback(spec))
        if spec.bulletin_at is not None:
            day = self.day(spec.bulletin_at)
            self.at(day, "10:00", lambda: self.save_bulletin(spec))
            self.at(day, "16:30", lambda: self.publish_bulletin(spec))

    @staticmethod
    def _forward(day: dt.date, workdays: int) -> dt.date:
        for _ in range(workdays):
            day += dt.timedelta(days=1)
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
        return day

    def create_inspection(self, spec: _Inspection, feedback: dt.date) -> None:
        office = self.users["office"]
        inspection = services.inspection_create(user=office, fields={
            **spec.fields,
            "inspected_unit": self.units["bureau"],
            "period_start": feedback - dt.timedelta(days=100),
            "period_end": feedback - dt.timedelta(days=40),
            "feedback_date": feedback,
            "plan_due_date": feedback + dt.timedelta(days=30),
            "concentrated_end": feedback + dt.timedelta(days=90),
        })
        self.inspections[spec.key] = inspection
        if spec.observed:
            from zhenggai.accounts.services import user_save

            observer = self.users["jijian"]
            user_save(actor=self.users["admin"], user=observer, password=None,
                      observed_inspections=[*observer.observed_inspections.all(), inspection])

    def create_plan(self, spec: _Inspection) -> None:
        office = self.users["office"]
        inspection = self.inspections[spec.key]
        for c_index, c_spec in enumerate(spec.categories):
            self.tick()
            category = services.category_create(user=office, inspection=inspection, name=c_spec.name)
            for p_index, p_spec in enumerate(c_spec.problems):
                self.tick(40)
                problem = services.problem_create(user=office, inspection=inspection, co_units=self.unit_list(p_spec.co),
                                                  fields=self.deadline_fields(p_spec.deadline, inspection) | {
                    "category": category, "statement": p_spec.statement, "target": p_spec.target,
                    "lead_leader": p_spec.leader, "lead_unit": self.units[p_spec.unit],
                })
                self.problem_ids[(spec.key, c_index, p_index)] = problem.pk
                for m_index, m_spec in enumerate(p_spec.measures):
                    self.tick(30)
                    measure = services.measure_create(user=office, problem=problem, co_units=self.unit_list(m_spec.co),
                                                      fields=self.deadline_fields(m_spec.deadline, inspection) | {
                        "text": m_spec.text, "lead_unit": self.units[m_spec.unit],
                        "responsible_person": m_spec.person or UNITS[m_spec.unit].head,
                    })
                    self.measure_ids[(spec.key, c_index, p_index, m_index)] = measure.pk

    def deadline_fields(self, token: str, inspection: Inspection) -> dict:
        deadline = self.deadline(token, inspection)
        return {"deadline_kind": deadline.kind.value, "deadline_date": deadline.date}

    def unit_list(self, keys: tuple[str, ...]) -> list[Unit]:
        return [self.units[key] for key in keys]

    def plan_measure(self, key: tuple, m: _M, created: dt.date) -> None:
        filler_key = m.unit
        if m.story == "done":
            approve = self.day(m.at)
            review = _back(approve, 1)
            request = _back(review, 2)
            self.at(approve, "17:05", lambda: self.approve(key, True))
            self.at(review, "15:10", lambda: self.review(key, True))
            if m.bounce:
                supplement = _back(request, 2)
                self.at(request, "10:20", lambda: self.request(key, m, request, supplementary=True))
                self.at(supplement, "11:30", lambda: self.report(key, filler_key, 95, "已按审批意见补充落实情况佐证材料。"))
                sent_back = _back(supplement, 2)
                first_review = _back(sent_back, 1)
                request = _back(first_review, 2)
                self.at(sent_back, "17:05", lambda: self.approve(key, False, m.bounce))
                self.at(first_review, "15:10", lambda: self.review(key, True))
            first_request = request
            self.at(first_request, "10:20", lambda: self.request(key, m, first_request))
            last_update = _back(first_request, 2)
        elif m.story in ("requested", "reviewed", "returned"):
            last = self.day(m.at)
            if m.story == "requested":
                request = last
            elif m.story == "reviewed":
                request = _back(last, 2)
                self.at(last, "15:10", lambda: self.review(key, True))
            elif m.by_leader:
                review = _back(last, 1)
                request = _back(review, 2)
                self.at(review, "15:10", lambda: self.review(key, True))
                self.at(last, "17:05", lambda: self.approve(key, False, m.reason))
            else:
                request = _back(last, 2)
                self.at(last, "15:10", lambda: self.review(key, False, m.reason))
            first_request = request
            self.at(first_request, "10:20", lambda: self.request(key, m, first_request))
            last_update = _back(first_request, 2)
        elif m.story == "open":
            first_request = None
            last_update = self.day(m.reported)
        else:
            raise ValueError(f"unknown story {m.story!r}")
        if first_request is not None and first_request <= created:
            raise DemoError(f"措施{key}的销号申请早于措施下达")
        if m.rules:
            # A rule is issued the day the work is completed: the working day before the request.
            issued = _back(first_request, 1) if first_request else last_update
            self.at(issued, "09:10", lambda: self.make_rules(key, m, issued))
        self.plan_updates(key, m, created, last_update)
        if m.ext:
            self.plan_extension(key, m.unit, m.ext)
        if m.withdraw is not None:
            asked = self.day(m.withdraw)
            self.at(asked, "10:20", lambda: self.request(key, m, asked))
            self.at(self._forward(asked, 1), "16:00", lambda: self.withdraw(key, m.unit))

    def plan_updates(self, key: tuple, m: _M, created: dt.date, last: dt.date) -> None:
        # 立行立改 work is often done within days of the plan: report on the day it was set, if need be.
        last = max(last, created)
        start = min(self._forward(created, 5), last)
        texts = list(m.updates)
        # A unit that asks for sign-off has reported the work done; an open measure stands where its plan says.
        target = m.progress if m.story in ("open", "returned") else 100
        if texts:
            progress = [round(target * (i + 1) / len(texts)) for i in range(len(texts))]
        else:
            variant = sum(key[1:])  # stable per measure
            texts = [_GENERIC_STARTS[variant % len(_GENERIC_STARTS)]]
            progress = [min(50, target)]
            if m.story != "open":
                texts.append(_GENERIC_FINISHES[variant % len(_GENERIC_FINISHES)])
                progress.append(target)
        span = (last - start).days
        for index, (text, pct) in enumerate(zip(texts, progress)):
            fraction = 1.0 if len(texts) == 1 else index / (len(texts) - 1)
            day = _workday(start + dt.timedelta(days=round(span * fraction)))
            day = max(day, created)
            is_last = index == len(texts) - 1
            self.at(day, "09:40", lambda t=text, p=pct, d=day, photo=((m.resaved or True) if m.photo and is_last else False):
                    self.report(key, m.unit, p, t.format(month=d.month), photo=photo))

    def plan_extension(self, key: tuple, unit_key: str, ext: _Ext) -> None:
        asked = self.day(ext.asked)
        self.at(asked, "11:00", lambda: self.ask_extension(key, unit_key, ext))
        if ext.decided is not None:
            self.at(self.day(ext.decided), "16:30", lambda: self.decide_extension(key, ext))

    def plan_follow_up(self, pkey: tuple, spec: _FollowUp) -> None:
        checked = self.day(spec.at)
        self.at(checked, "14:30", lambda: self.follow_up(pkey, spec))
        if spec.new_update:
            reported = self.day(9)
            problem_unit = self._problem_spec(pkey).unit
            self.at(reported, "09:40", lambda: self.report_on_new_measure(pkey, problem_unit, spec.new_update))

    def _problem_spec(self, pkey: tuple) -> _P:
        spec = XUNCHA if pkey[0] == XUNCHA.key else DUCHA
        return spec.categories[pkey[1]].problems[pkey[2]]

    # The steps, through the services -----------------------------------------------------------------------------

    def report(self, key: tuple, unit_key: str, progress: int, text: str, *, photo: bool | str = False) -> None:
        """`photo`: True for a generated PNG, or a tag: that tag's site photo, re-saved anew (see _M.resaved)."""
        measure = self.measure(key)
        name = f"现场照片（问题{measure.problem.seq}-措施{measure.seq}）"
        if isinstance(photo, str):
            files = [self.resaved_photo(f"{name}.jpg", photo)]
        else:
            files = [self.photo(f"{name}.png")] if photo else []
        services.measure_report_progress(user=self.fillers[unit_key], measure=measure, text=text, progress=progress,
                                         files=files)

    def request(self, key: tuple, m: _M, day: dt.date, *, supplementary: bool = False) -> None:
        measure = self.measure(key)
        completion = _back(day, 1)
        note = m.note.format(date=_md(completion), month=completion.month, doc=self.doc_number(m, completion))
        if supplementary:
            name = f"补充佐证材料（问题{measure.problem.seq}-措施{measure.seq}）.pdf"
        elif m.rules:
            name = f"关于印发《{m.rules[0].title}》的通知.pdf"
        else:
            name = f"整改佐证材料（问题{measure.problem.seq}-措施{measure.seq}）.pdf"
        files = [self.pdf(name, measure, [f"完成情况：{note}"])]
        services.measure_request_sign_off(user=self.fillers[m.unit], measure=measure, completion_note=note,
                                          completion_date=completion, files=files)

    def review(self, key: tuple, passed: bool, reason: str = "") -> None:
        note = "材料齐全，整改措施已落实，同意提交领导审批。" if passed else reason
        services.measure_review(user=self.users["office"], measure=self.measure(key), passed=passed, note=note)

    def approve(self, key: tuple, approved: bool, reason: str = "") -> None:
        note = "同意销号。" if approved else reason
        services.measure_approve(user=self.users["leader"], measure=self.measure(key), approved=approved, note=note)

    def withdraw(self, key: tuple, unit_key: str) -> None:
        services.measure_withdraw_sign_off(user=self.fillers[unit_key], measure=self.measure(key))

    def doc_number(self, m: _M, issued: dt.date) -> str:
        return m.rules[0].doc.format(year=issued.year) if m.rules else ""

    def make_rules(self, key: tuple, m: _M, issued: dt.date) -> None:
        measure = self.measure(key)
        for rule in m.rules:
            self.tick()
            services.rule_create(user=self.fillers[m.unit], inspection=self.inspections[key[0]], measures=[measure],
                                 fields={"title": rule.title, "doc_number": rule.doc.format(year=issued.year),
                                         "issued_on": issued, "issuing_unit": self.units["bureau"]})

    def ask_extension(self, key: tuple, unit_key: str, ext: _Ext) -> None:
        measure = self.measure(key)
        new_date = self.deadline(ext.new, measure.problem.inspection).date
        services.extension_request(user=self.fillers[unit_key], measure=measure,
                                   new_date=new_date, reason=ext.reason.format(new=format_date_phrase(new_date)))

    def decide_extension(self, key: tuple, ext: _Ext) -> None:
        pending = ExtensionRequest.objects.get(measure_id=self.measure_ids[key], state="pending")
        services.extension_decide(user=self.users["leader"], extension=pending, approved=ext.outcome == "approved",
                                  note=ext.note)

    def follow_up(self, pkey: tuple, spec: _FollowUp) -> None:
        problem = Problem.objects.get(pk=self.problem_ids[pkey])
        new_deadline = self.deadline(spec.new_deadline, problem.inspection).date if spec.new_deadline else None
        services.follow_up_record(user=self.users["office"], problem=problem, outcome=spec.outcome, note=spec.note,
                                  new_measure_text=spec.new_measure, new_measure_deadline=new_deadline)

    def submit_feedback(self, spec: _Inspection) -> None:
        from zhenggai.portal.services import feedback_submit

        name, text, _ = spec.public_feedback
        feedback_submit(inspection=self.inspections[spec.key], text=text, name=name, ip="203.0.113.8")

    def answer_feedback(self, spec: _Inspection) -> None:
        from zhenggai.portal.models import Feedback
        from zhenggai.portal.services import feedback_answer

        feedback = Feedback.objects.get(inspection=self.inspections[spec.key])
        feedback_answer(user=self.users["office"], feedback=feedback, answer=spec.public_feedback[2])

    def save_bulletin(self, spec: _Inspection) -> None:
        from zhenggai.reports.services import bulletin_save_draft

        inspection = self.inspections[spec.key]
        problems, measures = inspection.problems.count(), Measure.objects.filter(problem__inspection=inspection).count()
        organisation = (
            f"（一）提高政治站位，压紧压实整改责任。收到巡察反馈意见后，局党组第一时间召开党组会议，专题研究部署整改"
            f"工作，成立由党组书记任组长的巡察整改工作领导小组，领导小组办公室设在局办公室，统筹推进整改落实。党组书记"
            f"履行第一责任人职责，班子成员按照分工领衔推进分管领域问题整改。\n"
            f"（二）建立“三张清单”，实行挂图作战。对照巡察反馈的{problems}个问题，逐条制定整改措施{measures}条，形成"
            f"问题清单、任务清单和责任清单，明确责任领导、责任单位、责任人和完成时限，实行台账管理、对账销号。\n"
            f"（三）严格销号把关，坚持真改实改。建立“单位申请、整改办审核、分管领导审批”的销号程序，对佐证材料不全、"
            f"整改成效不明显的坚决退回，重新“回炉返工”；建立每月调度、季度“回头看”机制，防止问题反弹回潮。"
        )
        bulletin_save_draft(user=self.users["office"], inspection=inspection, organisation_text=organisation,
                            next_steps_text="")

    def publish_bulletin(self, spec: _Inspection) -> None:
        from zhenggai.reports.services import bulletin_latest_version, bulletin_publish

        bulletin_publish(user=self.users["office"], version=bulletin_latest_version(self.inspections[spec.key]))

    def report_on_new_measure(self, pkey: tuple, unit_key: str, text: str) -> None:
        measure = Problem.objects.get(pk=self.problem_ids[pkey]).follow_ups.get().new_measure
        services.measure_report_progress(user=self.fillers[unit_key], measure=measure, text=text, progress=50)


# --- the entry point ----------------------------------------------------------------------------------------

def demo_loaded() -> bool:
    return Unit.objects.filter(name=BUREAU_NAME, parent=None).exists()


def load_demo(*, stdout: IO | None = None) -> dict[str, str]:
    """Load the demo ledger once; return the demo accounts as {username: password}.

    A second call finds the demo bureau and loads nothing.
    """
    def say(message: str) -> None:
        if stdout is not None:
            stdout.write(message if message.endswith("\n") else message + "\n")

    if demo_loaded():
        say("演示数据已存在，未重复加载。 / Demo data already loaded; nothing to do.")
        return dict(PASSWORDS)
    say("正在加载演示数据…… / Loading the demo data...")
    loader = _Loader(today=timezone.localdate())
    loader.plan_people()
    for spec in INSPECTIONS:
        loader.plan_inspection(spec)
    from zhenggai.supervision.demo import plan_supervision

    plan_supervision(loader)  # 签收, 调度 rounds, 督办 records, the daily ladder
    from zhenggai.petitions.demo import plan_petitions

    plan_petitions(loader)  # three batches of 交办信访件 on the 督察, in every state
    # PBKDF2 takes a second or more per password on a small machine; hashlib releases the GIL,
    # so the six demo passwords are hashed in threads while the ledger loads.
    with ThreadPoolExecutor(max_workers=len(DEMO_ACCOUNTS)) as pool:
        loader.password_hashes = {a.username: pool.submit(make_password, a.password) for a in DEMO_ACCOUNTS}
        loader.run()
    from zhenggai.quality.scan import quality_scan_inspection

    for inspection_id in Inspection.objects.values_list("pk", flat=True):
        quality_scan_inspection(inspection_id)  # the jobs queued during the replay ran inline or not at all
    from zhenggai.notify.demo import settle_inbox

    settle_inbox()  # read marks and this morning's reminders, as a real inbox would have them
    for line in demo_summary():
        say(line)
    return dict(PASSWORDS)


def demo_summary(*, on: dt.date | None = None) -> list[str]:
    """Headline figures of each inspection and the weekly sign-offs: what a visitor will see."""
    from zhenggai.ledger.selectors import inspection_headline

    lines = []
    for inspection in Inspection.objects.order_by("feedback_date"):
        h = inspection_headline(inspection, on=on)
        lights = h.lights
        lines.append(
            f"· {inspection.name}：问题{h.problems_total}个（已完成{h.problems_done}个），整改措施{h.measures_total}条"
            f"（已销号{h.measures_done}条，总进度{h.percent_done}%），制度机制{h.rules_made}项；"
            f"红灯{lights['red']} 黄灯{lights['yellow']} 绿灯{lights['green']} 蓝灯{lights['blue']} "
            f"已销号{lights['grey']}；超期{h.overdue}条，未达序时{h.behind_schedule}条"
        )
    today = on or timezone.localdate()
    weeks: Counter = Counter()
    for created_at in AuditEvent.objects.filter(action="measure.approve").values_list("created_at", flat=True):
        ago = (today - timezone.localtime(created_at).date()).days // 7
        if ago < 12:
            weeks[ago] += 1
    curve = " ".join(str(weeks.get(week, 0)) for week in range(11, -1, -1))
    lines.append(f"· 近12周每周销号数（由远及近） / measures signed off per week, last 12 weeks: {curve}")
    return lines
