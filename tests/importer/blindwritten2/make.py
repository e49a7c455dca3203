#!/usr/bin/env python3
"""Generate the blindwritten2 documents and their truths from one set of data.

Written by helper writer2 without reading the importer. Every document here is
WRITTEN, not real: bodies, people and numbers are invented, modelled on the
genre of published rectification documents.

Run:  .venv/bin/python tests/importer/blindwritten2/make.py
Needs python-docx, opencc and LibreOffice (soffice) for .docx -> .pdf/.html.

Each problem's measure_count is counted twice: once from the data (the number
of measures the generator writes) and once by recounting the listing markers
(一是/二是, （1）, 1.) in the rendered text of that problem; the script stops
if the two disagree.
"""
from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
CN = "一二三四五六七八九十"


def cn(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    tens, ones = divmod(n, 10)
    return CN[tens - 1] + "十" + (CN[ones - 1] if ones else "")


def circled(n):
    return "①②③④⑤⑥⑦⑧⑨⑩"[n - 1]


# ---------------------------------------------------------------- measure pools
GENERIC_MEASURES = """组织召开专题会议{n}次，逐项研究制定整改措施，明确责任人和完成时限
制定印发《{x}管理办法》，对相关工作流程作出明确规定
开展专项检查{n}轮，发现并督促整改问题{m}个
对相关责任人进行提醒谈话{n}人次，批评教育{m}人
将该项工作纳入年度目标责任考核，考核结果与评先评优挂钩
建立工作台账，实行销号管理，每月通报整改进度
邀请上级业务部门专家开展专题培训{n}场，参训{m}人次
对近三年相关事项开展全面自查，形成自查报告
修订完善内部控制制度{n}项，堵塞管理漏洞
组织开展警示教育大会，通报典型案例{n}起
建立定期会商机制，每季度研究解决重点难点问题
完成整改资金拨付{n}万元，专款专用
开展“回头看”，对已整改事项逐项复核，防止问题反弹
将整改情况在一定范围内进行通报，接受干部职工监督
明确分管领导牵头负责，相关处室协同配合，形成工作合力
委托第三方机构开展评估，根据评估结论完善工作方案
建立问题清单、任务清单、责任清单，压实各方责任
对下属单位开展督导检查{n}次，印发督办通知{m}份
组织各支部开展专题学习研讨，撰写心得体会{m}篇
加强信息化建设，上线运行{x}管理系统，实现全流程留痕""".splitlines()
X_WORDS = ["公务接待", "合同", "资产", "档案", "车辆", "采购", "项目", "票据", "财务报销", "工程变更"]

ENV_MEASURES = """完成污水管网建设改造{n}公里，新增污水处理能力{m}万吨/日
对辖区内{n}家重点排污单位开展“双随机”执法检查，立案查处{m}起
完成{n}家企业挥发性有机物深度治理，安装在线监控设备{m}套
实施河道清淤疏浚{n}公里，沿线排污口全部完成溯源整治
拆除违规建筑{n}处、面积{m}平方米，完成复绿{n}亩
关停取缔非法码头{n}个，岸线生态修复{m}公里
建成农村生活污水处理设施{n}座，运维纳入县级统一管理
开展危险废物专项整治，规范整改企业{n}家，转移处置危废{m}吨
对{n}座废弃矿山实施生态修复，修复面积{m}亩
完成畜禽规模养殖场粪污处理设施配套{n}家，粪污综合利用率达到{m}%
加密水质监测频次，每周通报断面水质变化情况
建立“河长+检察长”协作机制，开展联合巡河{n}次
出台《扬尘污染防治工作方案》，对{n}个在建工地实施视频监控
完成垃圾填埋场渗滤液应急处置{m}吨，新建渗滤液处理站{n}座""".splitlines()

AUDIT_MEASURES = """县财政局已将应缴未缴的非税收入{m}万元全部缴入国库
收回结余资金{m}万元，统筹用于民生领域支出
调整项目预算，对执行率低于{n}0%的项目相应压减下一年度预算
对{n}家单位的固定资产开展清查盘点，补登资产台账{m}项
重新履行采购程序，并对{n}名经办人员进行约谈
追回违规支付的医保基金{m}万元
督促项目业主单位对不符合设计要求的工程进行返工，扣减工程款{m}万元
清退违规占用的保障性住房{n}套
清收应收账款{m}万元，对确实无法收回的按程序核销
完善预算绩效管理办法，建立预算执行与预算安排挂钩机制""".splitlines()


class Ctx:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.used = set()

    def fill(self, s):
        r = self.rnd
        return s.format(n=r.randint(2, 9), m=r.randint(11, 260), x=r.choice(X_WORDS))

    def measures(self, k, pool=None, only=False):
        pool = (pool or []) + ([] if only else GENERIC_MEASURES)
        choices = [p for p in pool if p not in self.used]
        if len(choices) < k:
            choices = pool
        picked = self.rnd.sample(choices, k)
        self.used.update(picked)
        if len(self.used) > len(pool) - 6:
            self.used.clear()
        return [self.fill(p) for p in picked]


# ---------------------------------------------------------------- rendering
def yishi(ms, sep="；", end="。"):
    return sep.join(f"{cn(i)}是{m}" for i, m in enumerate(ms, 1)) + end


def recount(text: str) -> int:
    """Independent recount of measure markers in one problem's measure text."""
    n_yishi = len(re.findall(r"(?:^|[。；;，,：:\s])[一二三四五六七八九十]{1,2}是", text))
    n_paren = len(re.findall(r"[（(]\d{1,2}[）)]", text))
    n_num = len(re.findall(r"(?:^|\n|[；;。：:])\s*\d{1,2}[.．、](?!\d)", text))
    n_circ = len(re.findall(r"[①②③④⑤⑥⑦⑧⑨⑩]", text))
    best = max(n_yishi, n_paren, n_num, n_circ)
    return best if best else 1


class Doc:
    def __init__(self, stem, ext, kind, title, issuer, report_date, inspection, headline=None, anomalies=None):
        self.stem, self.ext, self.kind = stem, ext, kind
        self.title, self.issuer, self.report_date = title, issuer, report_date
        self.inspection = {"inspector": None, "inspected": None, "start": None, "end": None, "feedback_date": None}
        self.inspection.update(inspection or {})
        self.headline = {"problems_total": None, "problems_done": None, "measures_total": None,
                         "measures_done": None, "rules_made": None}
        self.headline.update(headline or {})
        self.anomalies = anomalies or []
        self.blocks = []   # str | ("page",) | ("table", rows, merges)
        self.problems = []
        self.header = None

    def p(self, *lines):
        self.blocks.extend(lines)

    def add_problem(self, seq, category, title, measures, measure_text, status=None, units=(), deadline=None):
        """Record a problem; measure_text is the rendered text of its measures (for the recount)."""
        again = recount(measure_text)
        if again != len(measures):
            raise SystemExit(f"{self.stem}: recount {again} != {len(measures)} for {title}\n{measure_text}")
        self.problems.append({"seq": seq, "category": category, "title": title, "status": status,
                              "measure_count": len(measures), "responsible_units": list(units),
                              "deadline": deadline})

    def truth(self):
        return {"kind": self.kind, "title": self.title, "issuer": self.issuer, "report_date": self.report_date,
                "inspection": self.inspection, "headline": self.headline, "problems": self.problems,
                "anomalies": self.anomalies}


DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


# ================================================================ kind 1
@doc
def d01():
    """Province report on central 督察 rectification; problems in 附件1/附件2 as 项目1.1; .docx, attachment on a new page."""
    c = Ctx(101)
    d = Doc("k1_gansu_ducha_report", "docx", "bulletin",
            "甘肃省人民政府关于第三轮中央生态环境保护督察整改落实情况的报告", "甘肃省人民政府", "2024-10-18",
            {"inspector": "中央第三生态环境保护督察组", "inspected": "甘肃省",
             "start": "2023-11-21", "end": "2023-12-21", "feedback_date": "2024-04-15"},
            anomalies=["problems only in attachments; body 一、二、三 is narrative", "OCR slip 项目l.2 (letter l for 1)",
                       "attachment starts on a new page", "body also has a 一是…五是 next-step list that is not a problem list"])
    a1 = [  # title, k measures, status word, units, deadline
        ("兰州、白银等地部分工业园区污水集中处理设施运行不正常，园区企业超标废水直排问题时有发生", 3, "已完成整改", "兰州市人民政府、白银市人民政府", "2024年9月底"),
        ("祁连山自然保护区内部分违规建设项目清理整治不彻底，生态修复成效不稳固", 4, "基本完成", "张掖市人民政府、武威市人民政府、省林草局", "2025年6月底"),
        ("黄河干流部分河段非法采砂屡禁不止，河道生态受损", 2, "已完成整改", "省水利厅、沿黄各市州人民政府", "2024年6月底"),
        ("部分城市冬季清洁取暖改造推进缓慢，散煤复烧问题突出", 3, "持续推进中", "省发展改革委、省住房城乡建设厅", "2025年12月底"),
        ("历史遗留废弃矿山生态修复进度滞后，部分矿区仍存在地质灾害隐患", 3, "持续推进中", "省自然资源厅", "2026年12月底"),
        ("危险废物规范化管理水平不高，部分企业违规贮存、处置危险废物", 2, "已完成整改", "省生态环境厅", "2024年8月底"),
        ("县城生活垃圾填埋场渗滤液处理能力不足，存在渗漏风险", 3, "已完成整改", "省住房城乡建设厅、各市州人民政府", "2024年10月底"),
        ("部分饮用水水源保护区内违法建设和排污问题清理不到位", 2, "已完成整改", "省生态环境厅、省水利厅", "2024年7月底"),
    ]
    a2 = [
        ("酒泉市某化工园区挥发性有机物无组织排放问题突出，周边群众反映强烈", 3, "已完成整改", "酒泉市人民政府", "2024年8月底"),
        ("天水市城区部分黑臭水体治理后出现反弹", 2, "基本完成", "天水市人民政府", "2024年12月底"),
        ("定西市部分规模化畜禽养殖场粪污处理设施不配套，粪污直排沟渠", 2, "已完成整改", "定西市人民政府、省农业农村厅", "2024年6月底"),
        ("庆阳市石油开采区部分落地油泥未及时清运处置，土壤污染风险较大", 4, "持续推进中", "庆阳市人民政府、省生态环境厅", "2025年12月底"),
        ("临夏州部分乡镇污水处理设施建成后长期闲置，未发挥治污效益", 3, "已完成整改", "临夏州人民政府", "2024年9月底"),
        ("陇南市部分水电站未按要求下泄生态流量，下游河段出现减脱水", 2, "已完成整改", "陇南市人民政府、省水利厅", "2024年5月底"),
    ]
    status_of = {"已完成整改": "done", "基本完成": "in_progress", "持续推进中": "in_progress"}
    allp = a1 + a2
    total, done = len(allp), sum(1 for x in allp if x[2] == "已完成整改")
    basic = sum(1 for x in allp if x[2] == "基本完成")
    d.headline.update(problems_total=total, problems_done=done, measures_total=73, measures_done=64, rules_made=37)
    d.p(d.title,
        "国务院：",
        "2023年11月21日至12月21日，中央第三生态环境保护督察组对我省开展第三轮中央生态环境保护督察，并于2024年4月15日向我省反馈了督察意见。"
        "省委、省政府高度重视，认真研究制定整改方案，全力推进督察反馈问题整改落实。现将整改落实情况报告如下。",
        "一、坚持高位推动，切实扛起整改政治责任",
        "省委常委会会议、省政府常务会议先后{}次专题研究督察整改工作，省委、省政府主要负责同志多次深入一线督导调研。"
        "成立由省委书记、省长任双组长的督察整改工作领导小组，领导小组办公室设在省生态环境厅，实行“周调度、月通报、季督导”工作机制。".format(9),
        "二、坚持系统谋划，健全完善整改工作机制",
        "对照督察报告，逐项明确整改目标、整改措施、责任单位和整改时限，制定整改措施73项。建立整改台账，实行清单化管理、项目化推进、销号式落实。"
        "省人大常委会、省政协分别组织开展专项监督和民主监督，省纪委监委对整改不力的{}个单位进行通报。".format(4),
        "三、坚持标本兼治，整改工作取得阶段性成效",
        f"督察报告反馈问题共{total}个，截至2024年9月底，已完成整改{done}个，基本完成{basic}个，其余{total - done - basic}个正在按序时推进。"
        "73项整改措施中，已落实64项。围绕督察发现的共性问题，制定修订生态环境保护领域地方性法规和规范性文件37件，生态环境保护长效机制进一步健全。",
        "四、下一步工作安排",
        "我省将持续巩固整改成果，坚决防止问题反弹。一是对已完成整改的问题开展“回头看”；二是对持续推进的问题挂图作战、倒排工期；"
        "三是强化督察问责；四是推动产业结构绿色转型；五是加强生态环境保护能力建设。",
        "特此报告。",
        "附件：1．第三轮中央生态环境保护督察报告反馈问题整改进展情况",
        "      2．第三轮中央生态环境保护督察移交典型案例整改进展情况",
        "甘肃省人民政府",
        "2024年10月18日")

    def att(no, heading, items):
        d.p(("page",), f"附件{no}", f"{heading}（共{len(items)}个问题）")
        for i, (title, k, st, units, dl) in enumerate(items, 1):
            label = f"项目{no}.{i}" if (no, i) != (1, 2) else "项目l.2"
            ms = c.measures(k, ENV_MEASURES)
            d.p(f"{label}：{title}。", f"整改时限：{dl}", f"责任单位：{units}", f"整改进展情况：{st}")
            lines = [f"（{j}）{m}。" for j, m in enumerate(ms, 1)]
            d.p(*lines)
            d.add_problem(i, None, title, ms, "\n".join(lines), status_of[st], units.split("、"), dl)
    att(1, "第三轮中央生态环境保护督察报告反馈问题整改进展情况", a1)
    att(2, "第三轮中央生态环境保护督察移交典型案例整改进展情况", a2)
    return d


@doc
def d02():
    """City 生态环境局 report body + ledger table attachment (merged category rows); PDF from .docx."""
    c = Ctx(102)
    d = Doc("k1_huangshi_eco_ledger", "pdf", "bulletin",
            "中共黄石市生态环境局党组关于市委第二巡察组反馈意见整改情况的报告", "中共黄石市生态环境局党组", "2023-12-08",
            {"inspector": "市委第二巡察组", "inspected": "黄石市生态环境局",
             "start": "2023-04-10", "end": "2023-06-09", "feedback_date": "2023-07-20"},
            anomalies=["problems only in the attachment ledger table", "category rows are merged across all columns",
                       "measures are numbered 1. 2. inside table cells", "PDF converted from Word",
                       "running page header 黄石市生态环境局党组文件 repeats on every page"])
    cats = [
        ("一、政治建设方面", [
            ("学习贯彻习近平生态文明思想不够深入，以学促干成效不明显", 3, "已完成", "机关党委、办公室", "2023年9月底"),
            ("落实市委、市政府污染防治攻坚战部署存在温差，部分年度目标任务未完成", 2, "已完成", "大气科、水生态环境科", "2023年10月底"),
            ("意识形态工作责任制落实不到位，政务新媒体审核把关不严", 2, "已完成", "办公室", "2023年8月底"),
        ]),
        ("二、全面从严治党方面", [
            ("党组主体责任压得不实，对下属分局监督管理偏松偏软", 3, "已完成", "人事科、各分局", "2023年10月底"),
            ("环境执法领域廉政风险防控不到位，执法自由裁量权行使不规范", 4, "基本完成", "执法支队、法规科", "2023年12月底"),
            ("违规发放津贴补贴问题仍有发生", 2, "已完成", "计划财务科", "2023年9月底"),
            ("政府采购管理不规范，部分监测服务项目未按规定公开招标", 3, "已完成", "计划财务科、监测站", "2023年11月底"),
        ]),
        ("三、领导班子和干部队伍建设方面", [
            ("干部队伍年龄结构老化，专业技术人才短缺", 2, "长期坚持", "人事科", "长期坚持"),
            ("选人用人程序不够规范，个别干部档案信息审核不严", 2, "已完成", "人事科", "2023年9月底"),
            ("基层党组织“三会一课”制度落实不到位，组织生活质量不高", 3, "已完成", "机关党委、各支部", "2023年10月底"),
        ]),
        ("四、巡察、审计等监督发现问题整改方面", [
            ("上轮巡察反馈问题整改不彻底，个别问题出现反弹", 2, "已完成", "办公室", "2023年10月底"),
            ("审计指出的专项资金闲置问题整改不到位", 3, "基本完成", "计划财务科", "2023年12月底"),
        ]),
    ]
    st_map = {"已完成": "done", "基本完成": "in_progress", "长期坚持": "long_term"}
    flat = [x for _, items in cats for x in items]
    total, done = len(flat), sum(1 for x in flat if x[2] == "已完成")
    d.headline.update(problems_total=total, problems_done=done, measures_total=31, measures_done=28, rules_made=9)
    d.p("黄石市生态环境局党组文件", "黄环党〔2023〕41号", d.title,
        "市委巡察办：",
        "根据市委统一部署，2023年4月10日至6月9日，市委第二巡察组对市生态环境局党组开展了常规巡察，7月20日反馈了巡察意见。"
        "局党组坚持把巡察整改作为重大政治任务，现将整改情况报告如下。",
        "一、强化组织领导，压紧压实整改责任",
        "局党组第一时间召开专题会议，成立由党组书记任组长的巡察整改工作领导小组，下设办公室负责日常协调调度。"
        "党组书记带头认领问题，班子成员按照分工抓好分管领域整改，形成“一级抓一级、层层抓落实”的工作格局。",
        "二、细化整改措施，扎实推进问题整改",
        f"对照巡察反馈的4个方面{total}个问题，制定整改措施31条，建立问题、任务、责任“三张清单”。"
        f"截至目前，{total}个问题已完成整改{done}个，31条整改措施已完成28条，建立完善制度9项。具体整改情况见附件。",
        "三、深化成果运用，建立健全长效机制",
        "坚持边整边改、立行立改与长远谋划相结合，把巡察整改与推进生态环境领域治理能力现代化结合起来，"
        "对整改中发现的共性问题，从制度层面加以规范，切实以巡察整改实效推动生态环境质量持续改善。",
        "附件：市委第二巡察组反馈问题整改落实台账",
        "中共黄石市生态环境局党组",
        "2023年12月8日",
        ("page",), "附件", "市委第二巡察组反馈问题整改落实台账")
    rows = [["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"]]
    merges = []
    seq = 0
    for cat, items in cats:
        rows.append([cat, "", "", "", "", ""])
        merges.append((len(rows) - 1, 0, len(rows) - 1, 5))
        for title, k, st, units, dl in items:
            seq += 1
            ms = c.measures(k)
            mtext = "\n".join(f"{j}.{m}。" for j, m in enumerate(ms, 1))
            rows.append([str(seq), title, mtext, units, dl, st])
            d.add_problem(seq, cat.split("、", 1)[1], title, ms, mtext, st_map[st], units.split("、"), dl)
    d.p(("table", rows, merges))
    d.header = "黄石市生态环境局党组文件"
    return d


@doc
def d03():
    """University 巡视 report: body narrative, 附件1/附件2 with 问题1.1 labels, page numbers, OCR slip."""
    c = Ctx(103)
    d = Doc("k1_university_xunshi_attachments", "txt", "bulletin",
            "中共南华理工大学委员会关于省委第六巡视组巡视反馈意见整改进展情况的报告", "中共南华理工大学委员会", "2024-05-30",
            {"inspector": "省委第六巡视组", "inspected": "南华理工大学党委",
             "start": "2023-09-07", "end": "2023-11-10", "feedback_date": "2024-01-11"},
            anomalies=["problems only in 附件1/附件2 labelled 问题1.1 / 问题2.3", "OCR slip 问题1.l0 (letter l for 1)",
                       "stray page numbers '— 3 —' between lines", "body has 一是…四是 organisation lists",
                       "headline counts are given per attachment (11 and 9, done 7 and 7); the truth sums them"])
    a1 = [
        ("学习贯彻习近平新时代中国特色社会主义思想不够深入，理论学习与学校改革发展结合不紧", 3, "已完成整改"),
        ("落实立德树人根本任务有差距，思政课程与课程思政协同育人机制不健全", 4, "持续推进中"),
        ("意识形态工作责任制落实不到位，对讲座、论坛等阵地管理不严", 3, "已完成整改"),
        ("服务地方经济社会发展能力不强，科技成果转化率偏低", 2, "持续推进中"),
        ("党委领导下的校长负责制执行不够到位，议事规则落实不严格", 2, "已完成整改"),
        ("二级学院党政联席会议制度执行不规范", 2, "已完成整改"),
        ("落实全面从严治党主体责任不到位，“一岗双责”压力传导层层递减", 3, "基本完成"),
        ("科研经费管理不规范，存在虚列劳务费、违规报销问题", 4, "已完成整改"),
        ("基建工程项目管理存在廉洁风险，部分项目未批先建", 3, "基本完成"),
        ("校办企业监管缺位，国有资产流失风险较大", 3, "已完成整改"),
        ("人才引进把关不严，个别引进人才履约考核流于形式", 2, "已完成整改"),
    ]
    a2 = [
        ("上轮巡视反馈的招生录取管理问题整改不彻底", 2, "已完成整改"),
        ("上轮巡视指出的附属医院药品耗材采购问题仍有发生", 3, "基本完成"),
        ("审计指出的校内收费项目未经审批问题整改不到位", 2, "已完成整改"),
        ("审计指出的部分专项资金结转结余较大问题", 2, "已完成整改"),
        ("审计指出的公房出租管理不规范问题", 3, "已完成整改"),
        ("省委教育工委专项督查指出的学生宿舍安全隐患问题", 2, "已完成整改"),
        ("财政部门绩效评价指出的“双一流”建设资金使用效益不高问题", 3, "持续推进中"),
        ("上轮巡视指出的干部选拔任用“带病提拔”风险防控不到位问题", 2, "已完成整改"),
        ("上轮巡视指出的二级单位“小金库”清理不彻底问题", 2, "已完成整改"),
    ]
    st_map = {"已完成整改": "done", "基本完成": "in_progress", "持续推进中": "in_progress"}
    n1, n2 = len(a1), len(a2)
    d1 = sum(1 for x in a1 if x[2] == "已完成整改")
    d2 = sum(1 for x in a2 if x[2] == "已完成整改")
    d.headline.update(problems_total=n1 + n2, problems_done=d1 + d2, rules_made=42)
    d.p("中共南华理工大学委员会文件",
        "南理工党〔2024〕18号",
        "",
        d.title,
        "",
        "省委巡视工作领导小组办公室：",
        "    根据省委统一部署，2023年9月7日至11月10日，省委第六巡视组对南华理工大学党委开展了常规巡视。2024年1月11日，"
        "省委巡视组向学校党委反馈了巡视意见，同时移交了上轮巡视、审计等监督发现问题整改情况。学校党委坚持以最坚决的态度、"
        "最有力的举措、最严格的标准推进整改，现将整改进展情况报告如下：",
        "    一、提高政治站位，把巡视整改作为重大政治任务",
        "    学校党委召开常委会、全委会等会议{}次专题研究部署整改工作。一是成立整改工作领导小组，党委书记任组长；二是制定整改工作方案，"
        "逐条细化任务；三是建立周报告、月调度制度；四是将整改情况纳入二级单位年度考核。".format(7),
        "— 3 —",
        "    二、坚持问题导向，扎实推进反馈问题整改",
        f"    巡视反馈问题共{n1}个，已完成整改{d1}个；上轮巡视及审计等监督移交问题共{n2}个，已完成整改{d2}个。"
        "整改期间，学校新建和修订制度42项，处理处分相关责任人员6人。各项问题整改进展情况详见附件1、附件2。",
        "    三、强化成果运用，推动学校事业高质量发展",
        "    学校党委把巡视整改与落实“十四五”发展规划、“双一流”建设结合起来，一是深化综合改革，二是加强人才队伍建设，"
        "三是提升服务地方能力，四是完善内部治理体系。",
        "    附件：1.省委巡视反馈问题整改进展情况",
        "          2.上轮巡视及审计等监督发现问题整改进展情况",
        "",
        "                                    中共南华理工大学委员会",
        "                                       2024年5月30日",
        "— 4 —")

    def att(no, heading, items):
        d.p("", f"附件{no}", "", f"{heading}（共{len(items)}个问题）", "")
        for i, (title, k, st) in enumerate(items, 1):
            label = f"问题{no}.{i}" if (no, i) != (1, 10) else "问题1.l0"
            dl = c.rnd.choice(["2024年3月底", "2024年6月底", "2024年12月底", "长期坚持"])
            ms = c.measures(k)
            d.p(f"{label}：{title}", f"整改时限：{dl}", f"整改进展情况：{st}")
            lines = [f"（{j}）{m}。" for j, m in enumerate(ms, 1)]
            d.p(*lines)
            if no == 1 and i == 6:
                d.p("— 7 —")
            d.add_problem(i, None, title, ms, "\n".join(lines), st_map[st], (), dl)
    att(1, "省委巡视反馈问题整改进展情况", a1)
    att(2, "上轮巡视及审计等监督发现问题整改进展情况", a2)
    return d


# ================================================================ kind 2
@doc
def d04():
    """Ministry 党组 bulletin: organisation first, problems as 1.关于“…”的问题 under （一）关于…方面的问题, 整改情况：一是…"""
    c = Ctx(104)
    d = Doc("k2_ministry_xunshi_bulletin", "txt", "bulletin",
            "中共国家林业和草原局党组关于二十届中央第一轮巡视整改进展情况的通报", "中共国家林业和草原局党组", "2024-02-06",
            {"inspector": "中央第十二巡视组", "inspected": "国家林业和草原局党组",
             "start": "2023-04-13", "end": "2023-07-10", "feedback_date": "2023-10-12"},
            anomalies=["first top-level section is organisation with its own （一）（二） list", "last section 一是…五是 next steps",
                       "one problem's 四是 missing (一是 二是 三是 五是 counted as 4)"],
            headline={"measures_total": 127})
    cats = [
        ("关于贯彻落实党中央重大决策部署方面的问题", [
            "学习贯彻习近平生态文明思想不够深入系统，统筹山水林田湖草沙一体化保护和系统治理的举措不够有力",
            "推进国家公园体制建设进度不快，部分国家公园管理机构职责尚未理顺",
            "天然林保护修复制度落实有差距，部分地区森林质量提升不明显",
            "草原保护修复重视不够，草畜平衡监管存在薄弱环节",
            "落实林长制考核不严不实，个别地方“重挂牌、轻履职”",
            "防范化解重大风险意识不强，森林草原防火监测预警能力不足",
        ]),
        ("关于落实全面从严治党“两个责任”方面的问题", [
            "党组主体责任落实不到位，管党治党宽松软问题仍不同程度存在",
            "对直属单位监督管理偏松偏软，部分单位廉政风险突出",
            "中央八项规定精神落实不够严格，个别单位违规组织培训、变相公款旅游",
            "林草专项资金监管存在漏洞，项目资金拨付使用不规范",
            "行政审批领域存在廉洁风险，审批事项“放管服”改革不到位",
            "形式主义官僚主义问题仍然存在，基层负担没有明显减轻",
        ]),
        ("关于领导班子和干部队伍建设方面的问题", [
            "执行民主集中制不够严格，“三重一大”事项集体决策程序不规范",
            "选人用人工作不够规范，干部交流轮岗机制落实不到位",
            "干部队伍专业化建设滞后，基层林草技术人才短缺",
            "机关和直属单位基层党组织建设薄弱，党建与业务“两张皮”",
            "对年轻干部教育管理监督不够，个别干部违规兼职取酬",
        ]),
        ("关于巡视、审计等监督发现问题整改方面的问题", [
            "上轮巡视反馈问题整改不彻底，个别问题出现反弹",
            "审计发现问题整改不到位，部分问题“边改边犯”",
            "主题教育检视问题整改成效不明显",
            "对直属单位巡视巡察发现问题督促整改不力",
            "整改长效机制不健全，制度执行刚性不足",
        ]),
    ]
    d.p(d.title,
        "2024-02-06 17:30　来源：中央纪委国家监委网站",
        "根据党中央统一部署，2023年4月13日至7月10日，中央第十二巡视组对国家林业和草原局党组开展了常规巡视。2023年10月12日，中央巡视组向局党组反馈了巡视意见。"
        "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "一、提高政治站位，以高度的政治自觉抓好巡视整改",
        "（一）深化思想认识。局党组坚持把抓好巡视整改作为增强“四个意识”、坚定“四个自信”、做到“两个维护”的实际行动，先后召开党组会议、专题会议11次研究整改工作。",
        "（二）加强组织领导。成立由党组书记任组长的巡视整改工作领导小组，领导小组办公室设在办公室，抽调专门力量集中办公。",
        "（三）压实整改责任。逐条研究反馈意见，制定整改方案，明确整改措施127项，逐项明确责任领导、责任单位和完成时限。",
        "（四）强化督促检查。驻部纪检监察组全程参与监督，对整改进度滞后的单位进行约谈提醒。",
        "二、坚持问题导向，扎实推进巡视反馈问题整改落实")
    seq = 0
    skip4 = (2, 3)   # category 2, item 3: 四是 missing
    for ci, (cat, items) in enumerate(cats, 1):
        d.p(f"（{cn(ci)}）{cat}")
        for ii, title in enumerate(items, 1):
            title = title.replace("“", "‘").replace("”", "’")
            seq += 1
            k = c.rnd.choice([2, 3, 3, 4, 5])
            if (ci, ii) == skip4:
                k = 4
            ms = c.measures(k)
            if (ci, ii) == skip4:
                labels = ["一", "二", "三", "五"]
                mt = "；".join(f"{labels[j]}是{m}" for j, m in enumerate(ms)) + "。"
            else:
                mt = yishi(ms)
            d.p(f"{seq}.关于“{title}”的问题", "整改情况：" + mt)
            d.add_problem(seq, cat, title, ms, mt)
    d.p("三、持续深化巡视整改，建立健全长效机制",
        "目前，巡视整改工作取得阶段性成效，但与党中央要求相比还有一定差距。下一步，局党组将坚持目标不变、标准不降、力度不减，"
        "一是持续深入学习贯彻习近平新时代中国特色社会主义思想；二是持续推进未完成事项整改；三是持续加强全面从严治党；"
        "四是持续巩固深化整改成果；五是持续推进林草事业高质量发展。",
        "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系方式：电话010-84238xxx；"
        "邮政信箱：北京市东城区和平里东街18号；电子邮箱：xszg@forestry.example.cn。",
        "中共国家林业和草原局党组",
        "2024年2月6日")
    return d


@doc
def d05():
    """Hospital bulletin: 问题一： headings, 整改措施：1.… lines, 责任单位：, 整改情况：; Word-exported HTML."""
    c = Ctx(105)
    d = Doc("k2_hospital_word_html", "html", "bulletin",
            "中共安康医科大学附属第一医院委员会关于校党委第三巡察组巡察反馈意见整改进展情况的通报",
            "中共安康医科大学附属第一医院委员会", "2023-11-24",
            {"inspector": "校党委第三巡察组", "inspected": "附属第一医院党委",
             "start": "2023-03-06", "end": "2023-04-28", "feedback_date": "2023-05-31"},
            anomalies=["Word-exported HTML (LibreOffice)", "problems 问题一：… numbered in Chinese across categories",
                       "measures as 1. 2. lines under 整改措施：", "statuses in 整改情况： lines"])
    cats = [
        ("（一）党的政治建设方面", [
            ("医院党委把方向、管大局、作决策、促改革、保落实的领导作用发挥不充分", "党委办公室、院长办公室", "已完成"),
            ("落实公立医院党委领导下的院长负责制不到位，党委会与院长办公会议事范围边界不清", "党委办公室、院长办公室", "已完成"),
            ("学习贯彻党的二十大精神与推动医院高质量发展结合不紧", "党委宣传部", "长期坚持"),
        ]),
        ("（二）全面从严治党方面", [
            ("医药购销领域不正之风治理不力，个别科室违规接受医药代表宴请", "纪委办公室、药学部", "已完成"),
            ("落实中央八项规定精神有差距，会议费、培训费列支不规范", "财务处", "已完成"),
            ("药品耗材遴选管理不规范，部分耗材未经院内遴选即采购使用", "医学装备部、药学部", "基本完成"),
            ("基建维修项目管理存在漏洞，部分项目拆分发包规避招标", "基建处、审计处", "已完成"),
            ("医疗收费不规范，存在重复收费、超标准收费现象", "医保办、财务处", "已完成"),
        ]),
        ("（三）干部队伍和人才建设方面", [
            ("中层干部选拔任用程序执行不严格", "组织部", "已完成"),
            ("高层次人才引进培养机制不健全，重点学科带头人断档", "人事处、科研处", "长期坚持"),
            ("临床科室主任考核评价机制不完善", "人事处、医务部", "基本完成"),
        ]),
        ("（四）基层党组织建设方面", [
            ("党支部设置与临床科室融合不够，“双带头人”培育工程推进缓慢", "组织部", "已完成"),
            ("部分党支部组织生活不规范，“三会一课”记录不完整", "组织部、各党支部", "已完成"),
            ("发展党员工作重视不够，高知群体中发展党员数量偏少", "组织部", "基本完成"),
            ("党费收缴、使用和管理不规范", "组织部、财务处", "已完成"),
        ]),
    ]
    st_map = {"已完成": "done", "基本完成": "in_progress", "长期坚持": "long_term"}
    flat = [x for _, items in cats for x in items]
    total, done = len(flat), sum(1 for x in flat if x[2] == "已完成")
    d.headline.update(problems_total=total, problems_done=done)
    d.p(d.title,
        "根据校党委巡察工作统一部署，2023年3月6日至4月28日，校党委第三巡察组对附属第一医院党委开展了常规巡察。"
        "5月31日，巡察组向医院党委反馈了巡察意见。按照党务公开有关要求，现将巡察整改进展情况予以通报。",
        "一、整改工作组织开展情况",
        "医院党委把巡察整改作为一项重大政治任务，召开党委会专题研究部署，成立以党委书记为组长的整改工作领导小组，"
        "制定《巡察反馈意见整改工作方案》，建立问题清单、任务清单、责任清单。党委书记切实履行第一责任人职责，"
        "班子成员认领整改任务，各职能部门和临床科室主动担当、协同推进。",
        "二、巡察反馈问题整改落实情况",
        f"巡察反馈问题共{total}个，截至2023年10月底，已完成整改{done}个，其余问题正在按计划推进或需长期坚持。具体情况如下：")
    seq = 0
    for cat, items in cats:
        d.p(cat)
        for title, units, st in items:
            seq += 1
            ms = c.measures(c.rnd.choice([2, 3, 3, 4]))
            lines = [f"{j}．{m}。" for j, m in enumerate(ms, 1)]
            d.p(f"问题{cn(seq)}：{title}。", "整改措施：", *lines, f"责任单位：{units}", f"整改情况：{st}。")
            d.add_problem(seq, cat.split("）", 1)[1], title, ms, "\n".join(lines), st_map[st], units.split("、"))
    d.p("三、下一步工作打算",
        "下一步，医院党委将持续巩固巡察整改成果，1.对已完成整改的问题定期开展“回头看”；2.对需要长期坚持的问题建立常态化机制；"
        "3.把整改成效转化为推动医院高质量发展的强大动力。",
        "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0915-3268xxx，电子邮箱：dwb@akyfy.example.cn。",
        "中共安康医科大学附属第一医院委员会",
        "2023年11月24日")
    return d


@doc
def d06():
    """Bank bulletin copied from a web page with site chrome, cut off in the last problem."""
    c = Ctx(106)
    d = Doc("k2_bank_web_cut", "txt", "bulletin",
            "中共中国农业发展银行湖南省分行委员会关于总行党委巡视整改进展情况的通报",
            "中共中国农业发展银行湖南省分行委员会", "2023-08-14",
            {"inspector": "总行党委第四巡视组", "inspected": "湖南省分行党委",
             "start": "2023-02-20", "end": "2023-04-21", "feedback_date": "2023-05-26"},
            anomalies=["site chrome (navigation, font size, share links)", "page cut inside problem 16 (no signature; 发布时间 used)",
                       "half-width punctuation in the first category"])
    cats = [
        ("(一)在贯彻落实党中央决策部署和总行党委工作要求方面", [
            "服务国家粮食安全主责主业不够聚焦,粮食收储信贷支持力度有待加强",
            "支持乡村振兴重点领域精准度不高,部分贷款投向与政策导向存在偏差",
            "防范化解金融风险不够有力,部分不良贷款清收处置进度缓慢",
            "落实意识形态工作责任制存在薄弱环节",
        ]),
        ("（二）在落实全面从严治党责任方面", [
            "党委主体责任落实不到位，对二级分行管党治党传导压力不足",
            "信贷业务领域廉洁风险防控不到位，个别客户经理与企业存在不正当经济往来",
            "违反中央八项规定精神问题仍有发生，个别支行违规发放福利",
            "员工行为管理不严，异常行为排查流于形式",
            "集中采购管理不规范，部分项目采购程序不合规",
            "纪委监督执纪问责不够有力，运用“第一种形态”偏少",
        ]),
        ("（三）在领导班子和干部队伍建设方面", [
            "领导班子议事决策机制不完善，部分重大事项未经集体研究",
            "干部选拔任用工作不够规范，个别干部任职资格把关不严",
            "基层支行负责人长期不交流，关键岗位轮岗执行不到位",
            "基层党组织建设薄弱，部分支部组织生活流于形式",
        ]),
        ("（四）在巡视、审计等监督发现问题整改方面", [
            "上轮巡视反馈问题整改不彻底，个别问题反复出现",
            "外部审计和监管检查发现问题整改不到位，屡查屡犯",
        ]),
    ]
    flat = [t for _, items in cats for t in items]
    d.headline.update(problems_total=len(flat), problems_done=13)
    d.p("首页 | 关于我们 | 新闻中心 | 信息公开 | 党建工作 | 联系我们",
        "当前位置：首页 > 党建工作 > 巡视整改",
        d.title,
        "发布时间：2023-08-14 09:30　　来源：湖南省分行党委办公室　　浏览次数：1826　　【字体：大 中 小】【打印本页】",
        "根据总行党委统一部署，2023年2月20日至4月21日，总行党委第四巡视组对湖南省分行党委开展了常规巡视。5月26日，"
        "巡视组向省分行党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。",
        "一、强化政治担当，全力推动巡视整改落地见效",
        "省分行党委坚持把巡视整改作为检验“四个意识”的试金石，第一时间成立整改工作领导小组，党委书记任组长，"
        "班子成员任副组长，各部门主要负责人为成员，统筹推进整改工作。一是压实整改责任；二是细化整改方案；三是强化督导检查。",
        f"截至2023年7月底，巡视反馈的4个方面{len(flat)}个问题，已完成整改13个，其余3个问题正在持续推进。",
        "二、坚持真改实改，巡视反馈问题整改落实情况")
    seq = 0
    n_all = len(flat)
    for cat, items in cats:
        d.p(cat)
        half = cat.startswith("(")
        for title in items:
            seq += 1
            k = c.rnd.choice([2, 3, 3, 4])
            ms = c.measures(k)
            if seq == n_all:   # the page is cut after 二是 of the last problem
                ms = ms[:2]
                mt = f"一是{ms[0]}；二是{ms[1][:9]}"
                d.p(f"{seq}.{title}。", mt)
                d.add_problem(seq, cat.split(")", 1)[-1].split("）", 1)[-1], title, ms, mt)
                break
            mt = yishi(ms, sep=";" if half else "；", end="." if half else "。")
            head = f"{seq}.{title}" + ("." if half else "。")
            d.p(head, mt)
            d.add_problem(seq, cat.split(")", 1)[-1].split("）", 1)[-1], title, ms, mt)
    return d


@doc
def d07():
    """Vocational college bulletin grouped by status (已完成/基本完成/正在推进), 问题N：, 整改措施：1.…; GB18030."""
    c = Ctx(107)
    d = Doc("k2_college_status_groups_gb18030", "txt", "bulletin",
            "中共邵阳职业技术学院委员会关于市委巡察整改进展情况的通报", "中共邵阳职业技术学院委员会", "2023-03-20",
            {"inspector": "市委第五巡察组", "inspected": "邵阳职业技术学院党委",
             "start": "2022-09-07", "end": "2022-09-26", "feedback_date": "2022-11-08"},
            anomalies=["GB18030 encoding", "problems grouped by status sections", "numbering restarts at 问题1 in each status section",
                       "period written 2022年9月7日至9月26日 (second date takes the first's year)"])
    groups = [
        ("已完成整改的问题", "done", [
            "学院党委理论学习中心组学习不够深入，研讨交流质量不高",
            "意识形态阵地管理存在漏洞，校园网站、公众号审核把关不严",
            "落实“三重一大”决策制度不严格，个别大额资金支出未经党委会研究",
            "公务接待管理不规范，存在无公函接待现象",
            "实训设备采购验收不严，部分设备闲置",
            "学生资助工作审核把关不严，个别资助对象认定不精准",
            "二级学院党总支会议制度落实不到位",
            "教职工年度考核流于形式，考核结果运用不充分",
            "食堂承包经营管理不规范，合同到期未重新招标",
            "上轮巡察反馈的公务用车管理问题整改不彻底",
            "校企合作协议签订不规范，合作项目监管缺位",
            "部分教师兼职兼薪未履行审批程序",
        ]),
        ("基本完成整改的问题", "in_progress", [
            "“双高”建设项目推进缓慢，部分指标未按期完成",
            "专业设置与区域产业需求对接不紧密",
            "实训基地建设资金使用进度滞后",
            "学生宿舍消防安全隐患整改不及时",
        ]),
        ("正在推进整改的问题", "in_progress", [
            "“双师型”教师队伍比例偏低，高水平专业带头人缺乏",
            "历史遗留的校园土地权属问题尚未解决",
        ]),
    ]
    counts = [len(g[2]) for g in groups]
    d.headline.update(problems_total=sum(counts), problems_done=counts[0], measures_total=61, measures_done=52)
    d.p(d.title,
        "发布时间：2023-03-21 来源：学院纪委",
        "按照市委巡察工作统一部署，2022年9月7日至9月26日，市委第五巡察组对学院党委开展了常规巡察，并于2022年11月8日向学院党委反馈了巡察意见。"
        "学院党委高度重视，照单全收、逐条整改。现将巡察整改进展情况通报如下：",
        "一、提高政治站位，加强整改组织领导",
        "学院党委召开专题会议研究部署整改工作，成立巡察整改工作领导小组，制定整改方案，细化整改措施61条。",
        "二、巡察反馈问题整改情况",
        f"巡察反馈问题共{sum(counts)}个，截至目前已完成整改{counts[0]}个、基本完成{counts[1]}个、正在推进{counts[2]}个；"
        "61条整改措施已落实52条。")
    for gi, (label, st, titles) in enumerate(groups, 1):
        cat = f"{label}（{len(titles)}个）"
        d.p(f"（{cn(gi)}）{cat}")
        for i, title in enumerate(titles, 1):
            ms = c.measures(c.rnd.choice([1, 2, 2, 3, 3]))
            if len(ms) == 1:
                mt = ms[0] + "。"
                d.p(f"问题{i}：{title}。", "整改措施：" + mt)
            else:
                mt = "".join(f"{j}.{m}；" for j, m in enumerate(ms, 1))[:-1] + "。"
                d.p(f"问题{i}：{title}。", "整改措施：" + mt)
            d.add_problem(i, label, title, ms, mt, st)  # s24, lead: C1 — the count note is dropped (was cat, '…（N个）')
    d.anomalies.append("s24, lead: C1 — the status sections' count notes （12个）/（4个）/（2个） are dropped from the categories")
    d.p("三、下一步工作",
        "学院党委将坚持整改标准不降、力度不减，对已完成整改的问题适时开展“回头看”，对尚未完成的问题紧盯不放，确保全部整改到位。",
        "欢迎广大师生和社会各界对巡察整改情况进行监督。联系电话：0739-5231xxx。",
        "中共邵阳职业技术学院委员会",
        "2023年3月20日")
    return d


# ================================================================ kind 3
@doc
def d08():
    """One-task 销号公示 for feedback item 第7项: no numbering, one problem."""
    c = Ctx(108)
    title = "县城区部分路段雨污管网混接错接，污水溢流进入资江支流，整治进度缓慢"
    d = Doc("k3_county_one_task_gongshi", "txt", "bulletin",
            "新化县关于第二轮省级生态环境保护督察反馈问题第7项整改销号情况的公示", "新化县", "2024-03-11",
            {"inspector": "省第四生态环境保护督察组", "inspected": "娄底市",
             "start": None, "end": None, "feedback_date": "2022-01-18"},
            anomalies=["one task, one notice: no numbered list", "task number given as 第7项 in the title and body"])
    ms = ["完成城区12条路段雨污分流改造，新建污水管网18.6公里，改造混错接点位143处",
          "对沿江3处溢流口实施截污改造，建设调蓄池1座",
          "建立管网日常巡查养护机制，委托专业公司开展管网检测和清淤"]
    mt = yishi(ms)
    d.p(d.title,
        "根据《娄底市第二轮省级生态环境保护督察反馈问题整改销号办法》，现将我县第二轮省级生态环境保护督察反馈问题第7项整改销号情况予以公示。",
        "一、反馈问题",
        "2021年10月，省第四生态环境保护督察组对娄底市开展第二轮省级生态环境保护督察，并于2022年1月18日反馈督察意见。其中第7项问题指出："
        f"“{title}。”",
        "二、责任单位",
        "新化县住房和城乡建设局",
        "三、整改时限",
        "2023年12月底",
        "四、整改情况",
        "县委、县政府将该问题列为重点督办事项，县住建局牵头组织实施。" + mt,
        "五、验收销号意见",
        "2024年2月27日，县督察整改工作领导小组办公室组织县生态环境局、县水利局等单位对该问题进行现场验收，"
        "经查阅资料、现场核查，认为该问题已完成整改，达到销号要求，同意予以销号。",
        "公示时间：2024年3月11日至2024年3月17日（5个工作日）。公示期间，如有异议，请以书面形式向县督察整改办反映。",
        "联系电话：0738-3512xxx",
        "新化县生态环境保护督察整改工作领导小组办公室",
        "2024年3月11日")
    d.add_problem(7, None, title, ms, mt, "done", ["新化县住房和城乡建设局"], "2023年12月底")
    return d


@doc
def d09():
    """验收销号公示 listing 4 tasks in a table (merged 责任单位 cells); .docx."""
    c = Ctx(109)
    d = Doc("k3_yanshou_xiaohao_table", "docx", "bulletin",
            "衡阳市中央生态环境保护督察反馈问题整改任务验收销号情况公示（第三批）", "衡阳市生态环境保护督察整改工作领导小组办公室",
            "2024-06-21",
            {"inspector": "中央第六生态环境保护督察组", "inspected": "湖南省"},
            anomalies=["tasks in a table, 序号 column holds the original task numbers", "责任单位 cells merged across two rows",
                       "measures numbered inside cells with ① ②"])
    tasks = [
        (12, "衡阳市部分工业园区雨污分流不彻底，园区污水处理厂进水浓度偏低", 3, "衡阳高新区管委会", "2023年12月底"),
        (17, "耒阳市部分煤矿矿井水处理设施运行不正常，超标排放问题突出", 2, "耒阳市人民政府", "2023年10月底"),
        (23, "常宁市水口山片区重金属污染治理进度滞后，历史遗留废渣未完成安全处置", 4, "常宁市人民政府", "2024年3月底"),
        (31, "部分县市区城市黑臭水体整治后出现返黑返臭现象", 2, "常宁市人民政府", "2023年12月底"),
    ]
    d.p("衡阳市生态环境保护督察整改工作领导小组办公室", d.title,
        "根据《湖南省中央生态环境保护督察反馈问题整改销号办法》规定，经县市区和责任单位申请、市级行业主管部门初审、市督察整改办组织验收，"
        "以下4项整改任务已达到销号条件，现予以公示，公示期为2024年6月21日至6月27日。")
    rows = [["序号", "反馈问题", "整改措施", "责任单位", "整改时限", "完成情况"]]
    merges = []
    for no, title, k, unit, dl in tasks:
        ms = c.measures(k, ENV_MEASURES)
        mt = "".join(f"{circled(j)}{m}；" for j, m in enumerate(ms, 1))[:-1] + "。"
        rows.append([f"第{no}项", title, mt, unit, dl, "已完成整改，通过验收"])
        d.add_problem(no, None, title, ms, mt, "done", [unit], dl)
    merges.append((3, 3, 4, 3))  # the two 常宁市 rows share one merged 责任单位 cell
    rows[4][3] = ""
    d.p(("table", rows, merges),
        "公示期间，任何单位和个人对上述整改任务销号有异议的，可通过来信、来电等方式向市督察整改办反映。",
        "联系电话：0734-8868xxx　电子邮箱：hysdczgb@example.cn",
        "衡阳市生态环境保护督察整改工作领导小组办公室",
        "2024年6月21日")
    # s24, lead: C35 — the truth's title without the batch number (the document keeps '（第三批）' as written above).
    d.title = "衡阳市中央生态环境保护督察反馈问题整改任务验收销号情况公示"
    d.anomalies.append("s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped from the truth's title (was '…公示（第三批）')")
    return d


# ================================================================ kind 4
@doc
def d10():
    """County 回头看 report: several 第一轮督察反馈指出，…… items, each with 整改情况 and a status sentence."""
    c = Ctx(110)
    d = Doc("k4_county_huitoukan_items", "txt", "bulletin",
            "中共宁乡县委办公室 宁乡县人民政府办公室关于第一轮省级生态环境保护督察反馈问题整改“回头看”情况的报告",
            "中共宁乡县委办公室 宁乡县人民政府办公室", "2023-09-15",
            {"inspector": None, "inspected": "宁乡县"},
            anomalies=["problems given as quoted feedback: 第一轮督察反馈指出，……", "statuses in prose (已完成整改 / 基本完成 / 需长期坚持)",
                       "items numbered （一）（二） under a 回头看 section", "headline figures are for the whole round",
                       "the dated period 2023年7月3日至8月25日 is the county's own 回头看, not the inspection (left null)"])
    items = [
        ("第一轮督察反馈指出", "县城污水处理厂长期超负荷运行，部分生活污水未经处理直排沩水河", 3, "目前，该问题已完成整改。", "done"),
        ("第一轮督察反馈指出", "县内部分规模化养猪场粪污处理设施简陋，雨季粪污外溢问题突出", 2, "经“回头看”核查，该问题已完成整改，未发现反弹。", "done"),
        ("第一轮督察反馈指出", "黄材水库饮用水水源保护区内仍有农家乐等违规经营项目", 2, "目前，该问题已基本完成整改，剩余1处正在办理退出补偿手续。", "in_progress"),
        ("第一轮督察反馈指出", "部分砂石加工企业无环评手续违法生产，扬尘污染严重", 3, "目前，该问题已完成整改。", "done"),
        ("督察交办信访件反映", "城郊垃圾中转站臭气扰民，渗滤液收集不规范", 2, "该问题需长期坚持，县城管局已纳入日常监管。", "long_term"),
    ]
    d.headline.update(problems_total=21, problems_done=19)
    d.p(d.title,
        "市督察整改办：",
        "按照《关于开展省级生态环境保护督察反馈问题整改“回头看”的通知》要求，2023年7月3日至8月25日，我县组织对第一轮省级生态环境保护督察"
        "反馈问题整改情况开展了“回头看”。现将有关情况报告如下。",
        "一、总体情况",
        "第一轮省级生态环境保护督察反馈我县问题21个，截至2023年8月底，已完成整改19个，2个问题正在按序时推进。此次“回头看”共组织核查组4个，"
        "现场核查点位63个，发现反弹问题1个，已责令立即整改。",
        "二、重点问题整改“回头看”情况")
    for i, (lead, title, k, status_text, st) in enumerate(items, 1):
        ms = c.measures(k, ENV_MEASURES)
        lines = [f"（{j}）{m}。" for j, m in enumerate(ms, 1)]
        d.p(f"（{cn(i)}）{lead}，{title}。",
            "整改情况：", *lines, status_text)
        d.add_problem(i, None, title, ms, "\n".join(lines), st)
    d.p("三、存在的困难和下一步工作",
        "一是部分问题整改资金缺口较大；二是个别问题整改成果巩固难度大。下一步，我县将持续压实整改责任，确保问题不反弹、不回潮。",
        "中共宁乡县委办公室　　　　宁乡县人民政府办公室",
        "2023年9月15日")
    return d


@doc
def d11():
    """One quoted feedback item on a web page: 第一轮督察反馈指出，…; 发布时间 as the date."""
    c = Ctx(111)
    title = "洪湖周边部分区域违规建设养殖场，养殖尾水未经处理直排入湖，湖区水质持续超标"
    d = Doc("k4_lake_single_item_web", "txt", "bulletin",
            "关于洪湖违规养殖问题整改情况的说明", "洪湖市农业农村局", "2023-07-05",
            {"inspector": None, "inspected": "荆州市"},
            anomalies=["web page with chrome and a footer", "one problem introduced by 第一轮省级生态环境保护督察反馈指出，……",
                       "no signature; 发布时间 gives the date", "status 基本完成 in prose"])
    ms = [f"拆除湖区违规养殖场{14}处，清退养殖面积2.3万亩",
          "在湖区周边新建养殖尾水净化池6座，实行尾水达标排放",
          "建立湖长巡湖和农业综合执法联动机制，每月开展联合巡查",
          "委托第三方对湖区水质开展月度监测并向社会公开"]
    mt = yishi(ms)
    d.p("洪湖市人民政府门户网站",
        "首页 > 政务公开 > 重点领域信息公开 > 生态环境",
        "索引号：011352871/2023-08642　　发布机构：洪湖市农业农村局　　发布时间：2023-07-05",
        d.title,
        f"第一轮省级生态环境保护督察反馈指出，{title}。",
        "接到督察反馈后，市委、市政府高度重视，成立由分管副市长任组长的整改专班，市农业农村局牵头，市生态环境局、市自然资源局等单位配合推进。"
        "整改以来，" + mt,
        "截至2023年6月底，湖区水质较整改前明显好转，总磷浓度同比下降21%。该问题已基本完成整改，剩余尾水净化池配套管网工程正在加紧施工，"
        "预计2023年9月底前全部完工。",
        "下一步，我局将持续加强湖区日常监管，坚决防止违规养殖反弹。",
        "【打印本页】【关闭窗口】",
        "主办：洪湖市人民政府办公室　　技术支持：洪湖市大数据中心　　鄂ICP备0500xxxx号")
    d.add_problem(None, None, title, ms, mt, "in_progress")
    return d


# ================================================================ kind 5
@doc
def d12():
    """District round summary: figures only, zero problems."""
    d = Doc("k5_district_round_summary", "txt", "bulletin",
            "中共岳麓区委关于十三届区委第四轮巡察整改情况的通报", "中共岳麓区委", "2023-12-26",
            {"inspector": None, "inspected": None, "start": "2023-03-20", "end": "2023-05-19", "feedback_date": "2023-06-28"},
            headline={"problems_total": 413, "problems_done": 397, "measures_total": 1265, "rules_made": 226},
            anomalies=["round summary over 12 inspected bodies: figures only, no problem list",
                       "body has 一是…四是 lists of actions that are not problems"])
    d.p(d.title,
        "发布时间：2023-12-27　　来源：区委巡察办",
        "根据区委统一部署，2023年3月20日至5月19日，十三届区委第四轮巡察对区教育局、区卫生健康局、区城管执法局等12个单位党组织开展了常规巡察，"
        "并对6个街道的24个村（社区）党组织开展了延伸巡察。6月28日，各巡察组向被巡察党组织反馈了巡察意见。现将整改情况通报如下。",
        "一、整改工作总体情况",
        "本轮巡察共反馈问题413个，被巡察党组织制定整改措施1265条，截至2023年11月底，已整改397个，整改率96.1%；"
        "建立健全制度226项，追缴、退还资金486.3万元，给予党纪政务处分17人，组织处理39人。",
        "二、主要做法",
        "（一）压实整改主体责任。一是被巡察党组织书记认真履行第一责任人职责，亲自部署、亲自协调；二是班子成员对照分工认领整改任务；"
        "三是建立整改台账，逐项明确整改时限；四是整改方案和整改报告报送区委巡察办审核。",
        "（二）强化整改日常监督。区纪委监委、区委组织部建立整改日常监督联动机制，对整改进度滞后的3个单位进行了约谈。"
        "区委巡察办开展整改评估，对整改不到位的问题督促“二次整改”。",
        "（三）注重成果运用。针对巡察发现的学校食堂管理、医保基金监管、城市管理执法等方面共性问题，督促行业主管部门开展专项治理4项。",
        "三、下一步工作",
        "区委将进一步压实整改责任，推动巡察整改和成果运用常态化长效化，以巡察整改实效推动全区高质量发展。",
        "中共岳麓区委",
        "2023年12月26日")
    return d


@doc
def d13():
    """Court 党组书记 report on leading the rectification: figures only, zero problems; .docx."""
    d = Doc("k5_court_party_secretary", "docx", "bulletin",
            "株洲市中级人民法院党组书记落实巡察整改第一责任人职责情况报告", "株洲市中级人民法院党组", "2024-04-12",
            {"inspector": "市委第一巡察组", "inspected": "株洲市中级人民法院党组", "feedback_date": "2023-10-30"},
            headline={"problems_total": 23, "problems_done": 21, "measures_total": 86, "measures_done": 81, "rules_made": 14},
            anomalies=["organisation-level report: no problem list", "（一）（二） and 1. 2. items describe what the secretary did"])
    d.p(d.title,
        "市委巡察办：",
        "2023年10月30日，市委第一巡察组向市中级人民法院党组反馈了巡察意见。作为党组书记，我坚决扛起巡察整改第一责任人责任，现将有关情况报告如下。",
        "一、提高政治站位，带头履行整改第一责任人职责",
        "（一）第一时间部署。巡察反馈会后，我当即主持召开党组会议，研究成立巡察整改工作领导小组，亲自担任组长。",
        "（二）带头认领问题。对巡察反馈的4个方面23个问题，我带头认领重点问题6个，逐项研究整改措施。",
        "（三）亲自督导推进。先后主持召开整改推进会5次，听取各庭室整改情况汇报，对进度滞后的2个部门负责人进行了约谈。",
        "二、坚持标本兼治，推动整改取得实效",
        "1.细化整改任务。组织制定整改方案，细化整改措施86条，明确责任领导、责任部门和完成时限。",
        "2.严格督查考核。将整改落实情况纳入年度绩效考核，实行周调度、月通报。",
        "3.注重建章立制。针对审判执行管理、财务管理等方面暴露的问题，建立完善制度14项。",
        "截至2024年3月底，巡察反馈的23个问题已完成整改21个，86条整改措施已完成81条，其余2个问题需长期坚持、持续推进。",
        "三、存在的不足和下一步打算",
        "对照巡察整改要求，本人在督促整改的系统性、持续性方面还有差距。下一步，我将继续履行好第一责任人职责，确保各项问题整改到位。",
        "株洲市中级人民法院党组书记、院长",
        "2024年4月12日")
    return d


# ================================================================ kind 6 / 7
@doc
def d14():
    """County audit-rectification report to the 人大常委会: 审计查出问题N个、已整改M个; （一）关于…的问题。 paragraphs."""
    c = Ctx(114)
    d = Doc("k6_county_audit_renda", "txt", "bulletin",
            "关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告", "桃江县人民政府", "2024-12-18",
            {"inspector": "桃江县审计局", "inspected": None},
            headline={"problems_total": 52, "problems_done": 48, "rules_made": 15},
            anomalies=["audit report: inspector is the audit office", "problem headings end with 问题。 and run on into the measure paragraph",
                       "headline counts 52 problems but only the 12 main ones are itemised"])
    cats = [
        ("一、县本级财政管理审计查出问题的整改情况", [
            ("部分非税收入未及时缴入国库", 1, "done"),
            ("预算编制不够精准，部分项目年初预算执行率偏低", 2, "done"),
            ("存量资金未及时盘活统筹使用", 1, "done"),
        ]),
        ("二、部门预算执行审计查出问题的整改情况", [
            ("部分单位无预算、超预算支出", 1, "done"),
            ("部分单位固定资产账实不符", 2, "in_progress"),
            ("部分单位政府采购程序不规范", 1, "done"),
        ]),
        ("三、重点专项资金审计查出问题的整改情况", [
            ("衔接推进乡村振兴补助资金闲置", 2, "done"),
            ("高标准农田建设项目部分工程未按设计施工", 3, "in_progress"),
            ("城乡居民医保基金违规支付", 1, "done"),
            ("部分保障性住房被违规占用", 2, "done"),
        ]),
        ("四、国有资产审计查出问题的整改情况", [
            ("县属国有企业部分应收账款长期未清收", 2, "in_progress"),
            ("部分行政事业单位房产出租未履行审批程序", 1, "done"),
        ]),
    ]
    d.p(d.title,
        "——2024年12月18日在桃江县第十八届人民代表大会常务委员会第二十三次会议上",
        "县审计局局长",
        "主任、各位副主任、各位委员：",
        "受县人民政府委托，现将2023年度县级预算执行和其他财政收支审计查出问题整改情况报告如下，请予审议。",
        "县政府高度重视审计查出问题整改工作，于2024年8月6日召开县政府常务会议专题研究部署。2023年度县级预算执行和其他财政收支审计工作报告"
        "反映审计查出问题52个，截至2024年11月底，已整改48个，整改率92.3%，整改问题金额1.37亿元，制定完善制度15项。")
    seq = 0
    for cat, items in cats:
        d.p(cat)
        for title, k, st in items:
            seq += 1
            ms = c.measures(k, AUDIT_MEASURES, only=True)
            tail = "目前已全部整改到位。" if st == "done" else "目前正在整改中。"
            if k == 1:
                mt = "相关单位" + ms[0] + "。"
            else:
                mt = "相关单位积极整改，" + yishi(ms, end="。")
            d.p(f"（{cn(seq)}）关于{title}的问题。{mt}{tail}")
            d.add_problem(seq, cat.split("、", 1)[1], title, ms, mt, st)
    d.p("五、下一步工作",
        "县政府将进一步压实整改责任，对尚未完成整改的4个问题，督促责任单位明确时限、持续推进，并按规定向县人大常委会报告整改结果。",
        "主任、各位副主任、各位委员，我们将自觉接受县人大常委会的监督，扎实做好审计查出问题整改工作。")
    return d


@doc
def d15():
    """Traditional-character copy of a ministry bulletin on a web page (发布時間), （一）關於“…”問題的整改情況 headings."""
    c = Ctx(115)
    d = Doc("k7_ministry_bulletin_traditional", "txt", "bulletin",
            "中共应急管理部党委关于巡视整改进展情况的通报", "中共应急管理部党委", "2024-03-05",
            {"inspector": "中央第九巡视组", "inspected": "应急管理部党委",
             "start": "2023-10-16", "end": "2024-01-15", "feedback_date": "2024-01-25"},
            anomalies=["traditional characters (truth in simplified)", "site chrome from a Hong Kong news portal",
                       "period crosses the year: 2023年10月16日至2024年1月15日", "no signature; 发布時間 gives the date"])
    cats = [
        ("在贯彻落实党中央关于安全生产和防灾减灾救灾决策部署方面", [
            "统筹发展和安全的意识不够强，重大安全风险防范化解不够有力",
            "安全生产监管执法不严格，部分地方执法检查“宽松软”",
            "应急救援力量体系建设存在短板，专业救援队伍布局不合理",
            "自然灾害监测预警信息发布不够及时精准",
        ]),
        ("在落实全面从严治党责任方面", [
            "党委主体责任落实不到位，对系统内单位管党治党指导不力",
            "安全评价检测检验领域“中介乱象”治理不彻底",
            "违反中央八项规定精神问题禁而未绝",
        ]),
        ("在领导班子和干部队伍建设方面", [
            "选人用人工作存在薄弱环节，干部交流力度不够",
            "专业化干部队伍建设滞后，懂安全、会应急的复合型人才短缺",
            "上轮巡视和审计发现问题整改不到位",
        ]),
    ]
    simp = []
    simp.append("香港商报网 > 內地 > 時政")
    simp.append(d.title)
    simp.append("2024-03-05 20:15 發布時間：2024-03-05 來源：中央紀委國家監委網站 字號：大 中 小")
    simp.append("根据党中央统一部署，2023年10月16日至2024年1月15日，中央第九巡视组对应急管理部党委开展了常规巡视。2024年1月25日，"
                "中央巡视组向应急管理部党委反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。")
    simp.append("一、部党委深入学习领会习近平总书记关于巡视工作的重要论述，切实扛起巡视整改政治责任")
    simp.append("部党委召开会议专题研究巡视整改工作，成立由部党委书记任组长的整改工作领导小组，制定整改方案，明确整改任务，细化整改措施。")
    simp.append("二、巡视反馈问题整改落实情况")
    seq = 0
    for ci, (cat, items) in enumerate(cats, 1):
        simp.append(f"（{cn(ci)}）{cat}")
        for title in items:
            title = title.replace("“", "‘").replace("”", "’")
            seq += 1
            ms = c.measures(c.rnd.choice([2, 3, 4]))
            mt = yishi(ms)
            simp.append(f"{seq}.关于“{title}”问题的整改情况")
            simp.append(mt)
            d.add_problem(seq, cat, title, ms, mt)
    simp.append("三、下一步工作打算")
    simp.append("部党委将坚持目标不变、标准不降、力度不减，一是持续抓好后续整改；二是健全长效机制；三是强化成果运用，推动应急管理事业高质量发展。")
    simp.append("欢迎广大干部群众对巡视整改落实情况进行监督。联系电话：010-64463xxx；电子邮箱：xszg@mem.example.cn。")
    simp.append("責任編輯：陳曉")
    import opencc
    conv = opencc.OpenCC("s2t")
    d.blocks = [conv.convert(x) for x in simp]
    return d


# ================================================================ plan
@doc
def d16():
    """City 整改方案 with 整改目标/整改措施/责任单位/整改时限 per problem."""
    c = Ctx(116)
    d = Doc("k8_city_rectification_plan", "txt", "plan",
            "常德市贯彻落实省第三生态环境保护督察组督察反馈意见整改方案", "常德市", "2022-08-30",
            {"inspector": "省第三生态环境保护督察组", "inspected": "常德市",
             "start": "2022-04-11", "end": "2022-05-11", "feedback_date": "2022-07-15"},
            anomalies=["plan: each problem followed by 整改目标/整改措施/责任单位/整改时限", "problems only in the attachment (任务清单)",
                       "date line reads 2022年8月30日印发"])
    cats = [
        ("一、大气污染防治方面", [
            ("中心城区PM2.5年均浓度不降反升，2021年较2020年上升4.2%", "市生态环境局、市住房城乡建设局、市公安局", "2023年12月底"),
            ("部分建筑工地扬尘管控措施落实不到位，渣土运输车辆抛洒滴漏问题突出", "市住房城乡建设局、市城管执法局", "立行立改，长期坚持"),
            ("重点行业挥发性有机物治理不到位，部分企业治理设施简易低效", "市生态环境局、各区县市人民政府", "2022年12月底"),
        ]),
        ("二、水污染防治方面", [
            ("沅江部分支流水质不达标，沿线生活污水直排问题未有效解决", "市水利局、市住房城乡建设局、沿线区县市人民政府", "2023年6月底"),
            ("西洞庭湖区域矮围网围清理后出现反弹", "汉寿县人民政府、市农业农村局", "2022年10月底"),
            ("部分乡镇污水处理厂建成后进水浓度偏低，运行负荷率不足40%", "市住房城乡建设局、各区县市人民政府", "2023年12月底"),
            ("入河排污口排查整治进展缓慢", "市生态环境局、市水利局", "2023年6月底"),
        ]),
        ("三、生态保护和固体废物方面", [
            ("壶瓶山自然保护区内部分小水电站未完成退出", "石门县人民政府、市水利局、市林业局", "2022年12月底"),
            ("历史遗留废弃矿山生态修复滞后", "市自然资源和规划局", "2024年12月底"),
            ("医疗废物收集处置体系不健全，部分乡镇卫生院医疗废物暂存不规范", "市卫生健康委、市生态环境局", "2022年11月底"),
            ("生活垃圾填埋场渗滤液积存量大，存在环境风险", "市城管执法局、各区县市人民政府", "2023年3月底"),
        ]),
    ]
    goals = ["问题得到彻底整改，相关指标稳定达到考核要求", "建立长效监管机制，坚决防止问题反弹", "完成整治任务，环境质量明显改善"]
    d.p(d.title,
        "2022年4月11日至5月11日，省第三生态环境保护督察组对常德市开展了第二轮省级生态环境保护督察，并于2022年7月15日向我市反馈了督察意见。"
        "为切实抓好督察反馈问题整改落实，结合我市实际，制定本整改方案。",
        "一、总体要求",
        "以习近平生态文明思想为指导，坚持问题导向、目标导向和结果导向，以督察整改为契机，推动全市生态环境质量持续改善。",
        "二、整改目标",
        "通过整改，督察反馈的11个问题全部整改到位，群众反映强烈的突出生态环境问题得到有效解决。",
        "三、整改任务",
        "（详见附件《常德市省级生态环境保护督察反馈问题整改任务清单》）",
        "四、保障措施",
        "（一）加强组织领导。成立市督察整改工作领导小组，市委、市政府主要负责同志任组长。",
        "（二）严格督查考核。建立整改调度、督办、销号制度，将整改情况纳入年度绩效考核。",
        "（三）强化信息公开。整改方案和整改进展在市政府门户网站公开，接受社会监督。",
        "附件",
        "常德市省级生态环境保护督察反馈问题整改任务清单")
    d.headline.update(problems_total=11)
    seq = 0
    for cat, items in cats:
        d.p(cat)
        for title, units, dl in items:
            seq += 1
            ms = c.measures(c.rnd.choice([2, 3, 4]), ENV_MEASURES)
            lines = [f"{j}.{m}；" for j, m in enumerate(ms, 1)]
            lines[-1] = lines[-1][:-1] + "。"
            d.p(f"（{cn(seq)}）{title}。", f"整改目标：{c.rnd.choice(goals)}。", "整改措施：", *lines,
                f"责任单位：{units}", f"整改时限：{dl}")
            d.add_problem(seq, cat.split("、", 1)[1], title, ms, "\n".join(lines), None, units.split("、"), dl)
    d.p("中共常德市委办公室　　　　常德市人民政府办公室", "2022年8月30日印发")
    return d


# ================================================================ writers
def write_txt(d: Doc, path: Path, encoding="utf-8"):
    lines = []
    for b in d.blocks:
        if isinstance(b, str):
            lines.append(b)
        elif b[0] == "page":
            lines.append("")
        elif b[0] == "table":
            for row in b[1]:
                lines.append("|".join(cell.replace("\n", " ") for cell in row))
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))


def write_docx(d: Doc, path: Path):
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Noto Serif CJK SC"
    style.font.size = Pt(12)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Serif CJK SC")
    if d.header:
        document.sections[0].header.paragraphs[0].text = d.header
    first = True
    for b in d.blocks:
        if isinstance(b, str):
            para = document.add_paragraph(b)
            if first:
                para.alignment = 1
                first = False
        elif b[0] == "page":
            document.add_page_break()
        elif b[0] == "table":
            rows, merges = b[1], b[2]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for col, text in enumerate(row):
                    if text:
                        table.cell(r, col).text = text
            for r1, c1, r2, c2 in merges:
                table.cell(r1, c1).merge(table.cell(r2, c2))
    document.save(path)


def soffice_convert(src: Path, fmt: str, dest: Path):
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", fmt, "--outdir", tmp, str(src)],
                       check=True, capture_output=True, timeout=180)
        out = Path(tmp) / (src.stem + "." + fmt.split(":")[0])
        shutil.move(str(out), dest)


def main():
    stems = []
    for fn in DOCS:
        d = fn()
        path = OUT / f"{d.stem}.{d.ext}"
        for old in OUT.glob(d.stem + ".*"):
            old.unlink()
        if d.ext == "txt":
            write_txt(d, path, "gb18030" if "gb18030" in d.stem else "utf-8")
        elif d.ext == "docx":
            write_docx(d, path)
        else:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{d.stem}.docx"
                write_docx(d, src)
                soffice_convert(src, d.ext, path)
        (OUT / f"{d.stem}.truth.json").write_text(json.dumps(d.truth(), ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
        stems.append(d.stem)
        print(f"{d.stem}.{d.ext}: {len(d.problems)} problems, {sum(p['measure_count'] for p in d.problems)} measures")
    return stems


if __name__ == "__main__":
    main()
