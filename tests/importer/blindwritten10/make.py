"""Generate blind held-out set G (written by helper writer10): documents + truths.

All bodies, people and figures are invented for testing; layouts imitate real published files.
Run from the worktree root:  .venv/bin/python tests/importer/blindwritten10/make.py
Every measure_count is counted twice: once from the data (len of the measure list) and once
by a regex recount over the rendered measure text; make.py refuses to write when they differ.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, html_page, paras_html, Prob, shi_block, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)


# ================================================================ 01 ministry 巡视 bulletin, three 方面, numbered across
def doc01():
    stem = "g10_01_ministry_xunshi_bulletin"
    A = "贯彻落实党中央关于林草工作重大决策部署方面"
    B = "落实全面从严治党战略部署方面"
    C = "落实新时代党的组织路线方面"
    probs = [
        Prob(1, A, "贯彻落实习近平生态文明思想有差距，林长制责任落实不够到位", [
            "局党组把学习贯彻习近平生态文明思想作为“第一议题”，先后召开党组会议、理论学习中心组学习会议6次，专题研究林长制工作",
            "印发《关于进一步压实林长制责任的通知》，建立林长制督查考核通报机制，对考核排名靠后的5个省份进行了约谈",
            "组织开展林长制落实情况专项督导，形成问题清单42条，已全部交办相关省份"]),
        Prob(2, A, "国土绿化科学性不够，部分地区存在违背自然规律造林现象", [
            "修订《造林技术规程》，明确“宜乔则乔、宜灌则灌、宜草则草”的技术要求",
            "对各地2022年以来实施的国土绿化项目开展全面排查，督促3个省份整改违规造林问题11处"]),
        Prob(3, A, "自然保护地整合优化工作推进缓慢", [
            "成立自然保护地整合优化工作专班，实行周调度、月通报",
            "会同有关部门审核各省份整合优化方案31个，已报批28个",
            "对进度滞后的4个省份下发督办函，派出工作组现场指导"]),
        Prob(4, B, "对直属单位管党治党压力传导层层递减", [
            "制定《局党组落实全面从严治党主体责任清单》，逐级签订责任书",
            "开展直属单位党委书记抓党建述职评议考核，对考核结果为“一般”的2个单位党委书记进行提醒谈话"]),
        Prob(5, B, "重点领域廉洁风险防控不力，项目资金监管存在漏洞", [
            "聚焦项目审批、资金分配、资源监管等重点领域，梳理廉洁风险点216个，制定防控措施319条",
            "开展中央财政林草资金使用管理专项检查，追回违规使用资金1860万元",
            "建成林草资金监管信息平台，实现资金下达、拨付、使用全过程监控",
            "对检查发现的问题线索按规定移交驻部纪检监察组"]),
        Prob(6, B, "违反中央八项规定精神问题时有发生", [
            "开展违反中央八项规定精神问题专项整治，查处违规发放津贴补贴等问题7起",
            "修订局机关公务接待、差旅管理等制度6项，每季度开展监督检查"]),
        Prob(7, C, "干部队伍结构不够合理，年轻干部培养选拔力度不够", [
            "制定《优秀年轻干部培养选拔实施办法》，建立优秀年轻干部库",
            "选派28名年轻干部到基层林场、保护区挂职锻炼",
            "2023年以来提拔使用40岁左右处级干部19名"]),
        Prob(8, C, "基层党组织建设存在薄弱环节", [
            "对局属189个基层党组织开展全面体检，整顿软弱涣散党组织3个",
            "开展“四强”党支部创建，选树示范党支部20个"]),
        Prob(9, C, "落实上次巡视整改不到位", [
            "对上一轮巡视整改事项逐项“回头看”，重新梳理未完成事项9项",
            "将上一轮巡视整改未完成事项纳入本轮整改台账统一推进，明确完成时限"]),
    ]
    mt = sum(len(p.measures) for p in probs)
    body = [("title", "中共国家林业和草原局党组关于巡视整改进展情况的通报"),
            ("p", "根据党中央统一部署，2023年4月10日至6月20日，中央第十二巡视组对国家林业和草原局党组开展了常规巡视。"
                  "8月11日，中央巡视组向局党组反馈了巡视意见。按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。"),
            ("h", "一、强化政治担当，以高度责任感抓好巡视整改"),
            ("p", "局党组坚持把巡视整改作为重大政治任务，党组书记切实履行第一责任人职责，班子成员认真落实“一岗双责”，"
                  "形成了一级抓一级、层层抓落实的整改工作格局。"),
            ("h", "（一）提高政治站位，统一思想认识"),
            ("p", "巡视反馈会后，局党组第一时间召开党组会议，传达学习习近平总书记关于巡视工作的重要论述，逐条研究反馈意见。"
                  + shi_block(["召开专题民主生活会，党组成员逐一认领问题、深刻剖析根源", "召开全局巡视整改动员部署会，层层传导压力"])),
            ("h", "（二）健全工作机制，压实整改责任"),
            ("p", f"成立由党组书记任组长的巡视整改工作领导小组，下设整改办公室，实行挂图作战、对账销号。"
                  f"对巡视反馈的3个方面9个问题，逐项制定整改措施，共细化整改措施{mt}项，明确责任领导、责任单位和完成时限。"
                  f"截至2024年2月底，{mt}项整改措施已完成{mt - 4}项，其余4项正在按计划推进；制定修订制度文件31项。"),
            ("h", "（三）强化督导检查，确保整改实效"),
            ("p", "整改办公室实行双周调度、月度通报，对进展滞后的单位及时函告提醒，对整改成果组织“回头看”，坚决防止表面整改。"),
            ("h", "二、巡视反馈问题整改落实情况")]
    last = None
    for p in probs:
        if p.cat != last:
            body.append(("h", f"（{cn(['', A, B, C].index(p.cat))}）{p.cat}"))
            last = p.cat
        body.append(("h", f"{p.seq}.关于“{p.title}”问题的整改情况"))
        body.append(("p", p.mtext()))
    body += [("h", "三、下一步工作打算"),
             ("p", "局党组将坚持目标不变、标准不降、力度不减，持续抓好后续整改。"
                   + shi_block(["对尚未完成的4项整改措施，紧盯时间节点，确保按期完成",
                                "对已完成的整改事项开展“回头看”，防止问题反弹",
                                "加强制度执行情况监督检查，推动巡视整改成果转化为治理效能"])),
             ("p", "欢迎广大干部群众对巡视整改落实情况进行监督。如有意见建议，请及时向我们反映。联系电话：010-84238XXX；电子邮箱：xszg@forestry.example.cn。"),
             ("pr", "中共国家林业和草原局党组"), ("pr", "2024年3月15日")]
    write_docx(stem, body, header="国家林业和草原局")
    save_truth(stem, kind="bulletin", title="中共国家林业和草原局党组关于巡视整改进展情况的通报",
               issuer="中共国家林业和草原局党组", date="2024-03-15",
               insp=["中央第十二巡视组", "国家林业和草原局党组", "2023-04-10", "2023-06-20", "2023-08-11"],
               headline={"problems_total": 9, "measures_total": mt, "measures_done": mt - 4, "rules_made": 31}, probs=probs, koi=[2, 7],
               anomalies=["Synthetic .docx (python-docx) with a header line and footer page numbers '— 1 —'.",
                          "Section 一 (organisation) has its own (一)-(三) sub-headings and 一是/二是 items: not categories or measures.",
                          "Problems are numbered 1-9 across the three 方面 (no restart per category).",
                          "Feedback date '8月11日' and period end '6月20日' have no year; context 2023.",
                          "Headline '3个方面9个问题' gives problems_total=9; problems_done is not stated (only measures: '已完成N项').",
                          "Section 三 (下一步工作打算) 一是/二是/三是 are not measures of problem 9."])


# ================================================================ 02 procuratorate report, PDF with a two-column field table
def doc02():
    stem = "g10_02_procuratorate_report"
    A, B, C = "政治建设方面", "检察业务方面", "队伍建设方面"
    probs = [
        Prob(1, A, "学习贯彻习近平法治思想不够深入系统，理论学习中心组学习流于形式", [
            "修订《院党组理论学习中心组学习制度》，实行学习计划报备、学习情况通报", "党组成员每人撰写学习体会并到所在支部讲党课"],
             "done", ["办公室"], "2022年12月底", "paren"),
        Prob(2, A, "服务保障民营经济发展的检察举措针对性不强", [
            "出台《服务保障民营经济健康发展十二条措施》", "建立涉企案件“绿色通道”，开展涉案企业合规改革试点",
            "走访辖区重点企业35家，收集意见建议21条"], "in_progress", ["第一检察部", "第三检察部"], "2023年3月底", "paren"),
        Prob(3, B, "案件质量管理不严，部分案件存在文书制作不规范问题", [
            "开展案件质量评查，评查案件326件，发现并整改瑕疵问题48个", "每月通报法律文书质量，纳入检察官业绩考评"],
             "done", ["案件管理部"], "立行立改", "paren"),
        Prob(4, B, "公益诉讼线索发现渠道单一，办案数量质量不均衡", [
            "与12个行政机关建立公益诉讼线索移送机制", "聘请公益诉讼观察员20名", "在食品药品安全领域立案办理公益诉讼案件17件"],
             "done", ["第五检察部"], "2022年12月底", "paren"),
        Prob(5, C, "年轻干警实践锻炼不足，检察官助理培养机制不健全", [
            "建立“导师制”，为14名检察官助理配备业务导师", "选派年轻干警到信访、综治一线岗位锻炼"],
             "long_term", ["政治部"], "立行立改，长期坚持", "paren"),
        Prob(6, C, "执行司法责任制不够严格，检察官权力清单落实不到位", [
            "修订《检察官权力清单》，明确检察长、检委会和检察官职责权限", "对2021年以来入额检察官办案情况逐人考评"],
             "done", ["案件管理部", "政治部"], "2022年12月底", "paren"),
    ]
    word = {"done": "已完成", "in_progress": "正在整改，已达序时进度", "long_term": "长期坚持"}
    table = [["报送单位", "中共宜兴市人民检察院党组"], ["巡察组别", "市委第二巡察组"],
             ["巡察时间", "2022年9月7日至9月26日"], ["意见反馈时间", "2022年11月3日"],
             ["报送时间", "2023年1月11日"], ["联 系 人", "办公室 周某某 0510-8791XXXX"]]
    body = [("title", "中共宜兴市人民检察院党组关于巡察整改情况的报告"), ("table", table),
            ("p", "市委巡察办："),
            ("p", "根据市委统一部署，市委第二巡察组于2022年9月7日至9月26日对院党组开展了常规巡察，于2022年11月3日反馈了巡察意见。"
                  "院党组高度重视，坚持把巡察整改作为重大政治任务，对照反馈意见逐条制定整改措施。巡察反馈问题3个方面6个具体问题，"
                  "截至目前，已完成整改4个，2个正在持续整改；建立完善制度机制14项。现将整改情况报告如下。"),
            ("h", "第一部分  整改工作的组织开展情况"),
            ("p", "院党组召开专题会议研究部署整改工作，成立以党组书记、检察长为组长的整改工作领导小组，制定《巡察反馈意见整改工作方案》，"
                  "实行问题、任务、责任“三张清单”管理。领导小组每半月听取一次整改进展汇报，对照清单逐项对账销号。"),
            ("h", "第二部分  反馈问题的整改落实情况")]
    last = None
    for p in probs:
        if p.cat != last:
            body.append(("h", f"{cn(['', A, B, C].index(p.cat))}、{p.cat}"))
            last = p.cat
        body += [("p", f"{p.seq}．{p.title}。"), ("p", "整改措施：" + p.mtext("")),
                 ("p", "责任部门：" + "、".join(p.units)), ("p", "整改时限：" + p.deadline),
                 ("p", "整改情况：" + word[p.status])]
    body += [("h", "第三部分  下一步工作"),
             ("p", "院党组将持续巩固整改成果：1.对正在整改的问题，倒排工期、挂图作战；2.建立整改长效机制，坚持举一反三；3.把巡察整改与检察业务工作深度融合。"),
             ("pr", "中共宜兴市人民检察院党组"), ("pr", "2023年1月11日")]
    write_pdf(stem, body)
    save_truth(stem, kind="bulletin", title="中共宜兴市人民检察院党组关于巡察整改情况的报告",
               issuer="中共宜兴市人民检察院党组", date="2023-01-11",
               insp=["市委第二巡察组", "宜兴市人民检察院党组", "2022-09-07", "2022-09-26", "2022-11-03"],
               headline={"problems_total": 6, "problems_done": 4, "rules_made": 14}, probs=probs, koi=[7, 1],
               anomalies=["PDF printed by LibreOffice from a .docx; a two-column field table (报送单位/巡察组别/巡察时间/意见反馈时间/报送时间/联系人) precedes the body; footer page numbers.",
                          "Units come from '责任部门：' lines (not 责任单位).",
                          "Status from the '整改情况：' line: 已完成=done, '正在整改，已达序时进度'=in_progress, 长期坚持=long_term.",
                          "Measures are （1）（2） inline after '整改措施：'; the 下一步 list 1./2./3. is not counted.",
                          "Problem 3 deadline 立行立改; problem 5 '立行立改，长期坚持'.",
                          "Addressee line '市委巡察办：' before the body."])


# ================================================================ 03 township 巡察 整改公示, HTML table
def doc03():
    stem = "g10_03_township_gongshi_table"
    A, B, C = "党的领导", "全面从严治党", "基层党组织建设"
    probs = [
        Prob(1, A, "传达学习上级会议精神不及时，“第一议题”制度落实不到位", [
            "修订镇党委“第一议题”学习制度，建立学习台账", "每月通报各村（社区）学习情况"],
             "done", ["党政办"], "立行立改", "paren"),
        Prob(2, A, "村级重大事项决策“四议两公开”执行不规范", [
            "对全镇14个村2021年以来重大事项决策逐项核查", "印发《村级重大事项决策规程》", "镇纪委每季度开展专项检查"],
             "done", ["党建办", "各村党组织"], "2023年3月底", "paren"),
        Prob(3, B, "村集体“三资”管理混乱，部分村账外资金未入账", [
            "开展村集体“三资”清理，清出账外资金23.6万元，已全部入账", "推行村级财务“村账镇代管”", "对2名村会计进行诫勉谈话"],
             "done", ["财政所", "农经站"], "2023年4月底", "paren"),
        Prob(4, B, "惠民资金发放审核把关不严", [
            "对低保、特困供养对象开展全面排查，清退不符合条件对象31户", "建立惠民资金发放镇村两级审核公示制度"],
             "done", ["民政办", "财政所"], "2023年3月底", "paren"),
        Prob(5, B, "镇村干部作风不实，群众反映问题回应不及时", [
            "开展作风建设专项整治，设立群众诉求快速响应窗口", "镇纪委对群众反映强烈的问题挂牌督办"],
             "long_term", ["镇纪委"], "长期坚持", "paren"),
        Prob(6, C, "软弱涣散村党组织整顿成效不明显", [
            "对3个软弱涣散村党组织实行镇领导包联", "选派2名机关干部任驻村第一书记"],
             "in_progress", ["党建办"], "2023年6月底", "paren"),
        Prob(7, C, "村级后备干部储备不足，年龄结构老化", [
            "实施“雁归工程”，吸引返乡青年42名纳入村级后备力量", "每村储备后备干部不少于3名"],
             "done", ["党建办"], "2023年4月底", "paren"),
    ]
    word = {"done": "已完成", "in_progress": "持续推进", "long_term": "长期坚持"}
    rows = "\n".join(
        f"<tr><td>{p.seq}</td><td>{p.cat}</td><td>{p.title}</td><td>{p.mtext('<br>')}</td>"
        f"<td>{'、'.join(p.units)}</td><td>{p.deadline}</td><td>{word[p.status]}</td></tr>" for p in probs)
    body = paras_html(
        "根据县委统一部署，2022年10月12日至11月25日，县委第三巡察组对迎仙镇党委开展了常规巡察，并于2023年1月11日向镇党委反馈了巡察意见。"
        "镇党委坚持把巡察整改作为重大政治任务，召开专题会议研究部署，建立问题、任务、责任清单，逐项推进整改。\n"
        "县委巡察组反馈问题共7个，目前已完成整改5个，其余2个持续推进。为接受群众监督，现将整改落实情况公示如下：")
    body += ("\n<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>序号</th><th>问题类别</th><th>反馈问题</th>"
             "<th>整改措施</th><th>责任单位</th><th>整改时限</th><th>整改情况</th></tr>\n" + rows + "\n</table>\n")
    body += paras_html("公示时间：2023年5月22日至5月28日。公示期间，如有意见建议，请通过来信、来电等方式向镇纪委反映。\n"
                       "联系电话：0558-6XXXXXX")
    body += "\n<p style=\"text-align:right\">中共临泉县迎仙镇委员会</p>\n<p style=\"text-align:right\">2023年5月20日</p>"
    title = "中共临泉县迎仙镇委员会关于县委巡察反馈意见整改落实情况的公示"
    page = html_page(site="临泉县人民政府", crumbs=["首页", "乡镇动态", "迎仙镇", "党务公开"], title=title,
                     meta="发布时间：2023-05-22 09:30 来源：迎仙镇 浏览次数：<span id=\"hits\">386</span>",
                     body=body, foot="主办：临泉县人民政府办公室 皖ICP备0500XXXX号 网站标识码：3412210000")
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer="中共临泉县迎仙镇委员会", date="2023-05-20",
               insp=["县委第三巡察组", "迎仙镇党委", "2022-10-12", "2022-11-25", "2023-01-11"],
               headline={"problems_total": 7, "problems_done": 5}, probs=probs, koi=[7, 3],
               anomalies=["HTML page with site chrome (breadcrumb, 发布时间 2023-05-22, 字号 大中小, 打印/关闭, footer).",
                          "Problems are rows of a 7-column table (序号/问题类别/反馈问题/整改措施/责任单位/整改时限/整改情况); category is the 问题类别 cell.",
                          "Measures are （1）（2） joined with <br> inside one cell.",
                          "report_date is the signature date 2023-05-20, not the page's 发布时间 2023-05-22.",
                          "Status from the 整改情况 cell: 已完成=done, 持续推进=in_progress, 长期坚持=long_term.",
                          "Problem 2 units '党建办、各村党组织' split into two."])


# ================================================================ 04 provincial SOE subsidiary report, two attachments
def doc04():
    stem = "g10_04_soe_subsidiary_two_attachments"
    A, B, C = "党的领导方面", "全面从严治党方面", "组织建设方面"
    fin = [
        Prob(1, A, "贯彻落实省委省政府关于水利基础设施建设部署不够有力，重点项目推进迟缓", [
            "建立重点项目“一项目一专班”推进机制，每周调度", "峡江灌区续建配套等3个滞后项目已追回进度"],
             "done", [], "2023年9月底", "paren"),
        Prob(2, A, "“三重一大”决策制度执行不严格，个别事项未经集体研究", [
            "修订《“三重一大”决策制度实施办法》，细化事项清单", "对2021年以来决策事项逐项复核，补充履行程序2项",
            "对相关责任人进行批评教育"], "done", [], "立行立改", "paren"),
        Prob(1, B, "工程分包管理不规范，存在违规转包风险", [
            "开展分包合同专项清理，核查合同186份", "建立分包单位黑名单制度", "解除违规分包合同2份"],
             "done", [], "2023年10月底", "paren"),
        Prob(3, B, "公务用车管理不严，存在公车私用现象", [
            "所有公务用车安装北斗定位系统", "对公车私用的1名职工给予党内警告处分"], "done", [], "立行立改", "paren"),
        Prob(1, C, "项目部党支部作用发挥不充分，“党建+项目”融合不够", [
            "在12个在建项目部设立临时党支部", "开展“党员先锋岗”创建"], "done", [], "2023年8月底", "paren"),
        Prob(2, C, "干部选拔任用程序不规范，个别岗位长期空缺", [
            "修订《中层管理人员选拔任用管理办法》", "通过竞聘上岗补齐空缺岗位5个"], "done", [], "2023年10月底", "paren"),
    ]
    unf = [
        Prob(3, A, "安全生产主体责任落实不到位，隐患排查整治不彻底", [
            "完善全员安全生产责任制，签订责任书", "开展安全隐患“大排查大整治”，已整改隐患137处", "推进安全生产信息化平台建设"],
             "in_progress", [], "2024年6月底", "paren"),
        Prob(2, B, "应收账款清收不力，历史遗留债权长期悬置", [
            "成立清欠工作专班，逐笔建立台账", "已通过诉讼方式追回欠款1260万元，剩余2830万元正在清收"],
             "in_progress", [], "2024年12月底", "paren"),
        Prob(3, C, "专业技术人才引进培养不足，人才梯队断层", [
            "与南昌工程学院签订校企合作协议", "2023年引进水利水电专业技术人员8名"], "in_progress", [], "2024年底", "paren"),
    ]
    labels = {id(fin[1]): "问题l.2", id(fin[4]): "问题3.l"}  # OCR slips: l for 1
    catno = {A: 1, B: 2, C: 3}

    def attach(probs):
        out, last = [], None
        for p in probs:
            if p.cat != last:
                out.append(("h", f"{cn(catno[p.cat])}、{p.cat}"))
                last = p.cat
            lab = labels.get(id(p), f"问题{catno[p.cat]}.{p.seq}")
            out += [("p", f"{lab}：{p.title}"), ("p", f"整改时限：{p.deadline}"),
                    ("p", "整改进展情况：\n" + p.mtext("\n"))]
        return out

    body = [("title", "中共江西省水投赣水建设有限公司委员会关于巡察整改情况的报告"),
            ("p", "集团党委："),
            ("p", "2023年3月6日至4月14日，集团党委第二巡察组对公司党委开展了常规巡察，于2023年5月19日反馈了巡察意见。公司党委照单全收、"
                  "逐条认领，制定整改方案，明确整改任务、责任和时限。现将整改情况报告如下。"),
            ("h", "一、整改工作总体情况"),
            ("p", "巡察反馈3个方面9个问题，公司党委细化整改措施21条。截至2023年11月30日，已完成整改问题6个（见附件1），"
                  "尚未完成整改问题3个（见附件2），均已取得阶段性成效；建立完善制度18项，追回资金1260万元，问责处理4人。"),
            ("h", "二、主要做法"),
            ("p", "（一）强化组织领导。成立由党委书记任组长的整改工作领导小组，召开党委会专题研究整改工作5次。\n"
                  "（二）强化跟踪问效。建立整改台账，实行周调度、月通报，对进展滞后的部门发出督办单。\n"
                  "（三）强化成果运用。坚持举一反三，把整改与深化国企改革、加强项目管理结合起来。"),
            ("h", "三、下一步工作"),
            ("p", "对尚未完成的3个问题，公司党委将倒排工期，确保2024年底前全部完成；对已完成的问题，适时开展“回头看”。"),
            ("pr", "中共江西省水投赣水建设有限公司委员会"), ("pr", "2023年12月5日"),
            ("p", "附件：1.巡察反馈已完成整改问题清单\n2.巡察反馈尚未完成整改问题清单"),
            ("break", None), ("h", "附件1"), ("title", "巡察反馈已完成整改问题清单（6个）")] + attach(fin) + [
            ("break", None), ("h", "附件2"), ("title", "巡察反馈尚未完成整改问题清单（3个）")] + attach(unf)
    write_docx(stem, body, header="赣水建设公司党委文件")
    save_truth(stem, kind="bulletin", title="中共江西省水投赣水建设有限公司委员会关于巡察整改情况的报告",
               issuer="中共江西省水投赣水建设有限公司委员会", date="2023-12-05",
               insp=["集团党委第二巡察组", "中共江西省水投赣水建设有限公司委员会", "2023-03-06", "2023-04-14", "2023-05-19"],
               headline={"problems_total": 9, "problems_done": 6, "measures_total": 21, "rules_made": 18}, probs=fin + unf, koi=[1, 6],
               anomalies=["The problems are only in the two attachments after the signature: 附件1 (finished, status done) and 附件2 (unfinished, status in_progress).",
                          "Labels are dotted '问题1.1：'; seq is the last number. OCR slips: '问题l.2' (seq 2) and '问题3.l' (seq 1).",
                          "Each attachment repeats the category headings 一、党的领导方面 etc.; the order in the text is 1.1,1.2,2.1,2.3,3.1,3.2 then 1.3,2.2,3.3.",
                          "Measures are （1）（2） lines under '整改进展情况：'. No responsible units stated.",
                          "Headline '3个方面9个问题…已完成整改问题6个（见附件1）…尚未完成整改问题3个（见附件2）'; '细化整改措施21条' gives measures_total=21 (listed measures sum to 21).",
                          "Body (一)(二)(三) under 二、主要做法 are not categories; addressee '集团党委：'."])


# ================================================================ 05 natural-resources bureau, one 督察 task 销号 公示 (.txt from web page)
def doc05():
    stem = "g10_05_natres_one_task_xiaohao"
    p = Prob(43, None, "部分矿山生态修复治理进度滞后，个别废弃矿山未按期完成复绿", [
        "对全县43座废弃矿山逐一建立修复档案，明确修复方式、责任主体和完成时限。",
        "投入资金2860万元，完成青天乡、冶溪镇等6处废弃矿山地质环境治理和复绿，修复面积38.6公顷。",
        "建立矿山生态修复“季度巡查+年度评估”机制，将修复成效纳入乡镇年度目标考核。"],
             "done", ["岳西县自然资源和规划局", "岳西县林业局"], "2023年10月底", "num")
    title = "岳西县自然资源和规划局关于第二轮省级生态环境保护督察反馈问题第43项整改任务验收销号的公示"
    text = f"""当前位置：首页 > 信息公开 > 法定主动公开内容 > 通知公告

{title}

发布时间：2023-11-08 16:12    来源：县自然资源和规划局    阅读次数：
【字体：大 中 小】  【打印本页】

    2021年11月15日至12月15日，安徽省第三生态环境保护督察组对岳西县开展了第二轮省级生态环境保护督察，并于2022年3月8日反馈了督察意见。根据《岳西县贯彻落实第二轮省级生态环境保护督察反馈意见整改方案》和整改任务验收销号有关规定，第43项整改任务已完成整改，经县督察整改工作领导小组办公室组织验收，符合销号条件，现予以公示。
    一、整改任务
    第43项：{p.title}。
    二、整改目标
    2023年10月底前完成全部应修复废弃矿山的生态修复治理，修复区域植被覆盖率达到80%以上。
    三、责任单位
    {'、'.join(p.units)}
    四、整改时限
    {p.deadline}
    五、整改完成情况
""" + "\n".join("    " + line for line in p.mtext("\n").split("\n")) + """
    六、公示时间
    2023年11月8日至11月14日（5个工作日）。公示期间，如对该项整改任务销号有异议，请以书面形式向县督察整改办反映。
    联系电话：0556-2XXXXXX

岳西县自然资源和规划局
2023年11月8日

上一篇：岳西县2023年第三批次城镇建设用地征收土地公告
下一篇：关于开展2023年度地质灾害防治工作检查的通知
【打印本页】【关闭窗口】
版权所有：岳西县人民政府  主办：岳西县自然资源和规划局  皖ICP备0501XXXX号
"""
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer="岳西县自然资源和规划局", date="2023-11-08",
               insp=["安徽省第三生态环境保护督察组", "岳西县", "2021-11-15", "2021-12-15", "2022-03-08"],
               probs=[p], koi=[3, 7],
               anomalies=["One-task notice: the only problem is '第43项：…' (seq 43), under numbered fields 一、整改任务 … 六、公示时间 which are not categories.",
                          "Status done: the notice says the task 已完成整改 and meets 销号 conditions.",
                          "Measures are the three numbered lines 1./2./3. under 五、整改完成情况; 二、整改目标 is a target, not a measure.",
                          "Units and deadline are under their own numbered headings (三、责任单位 / 四、整改时限), not inline.",
                          "Web chrome: breadcrumb, 发布时间, 字体 大中小, 打印本页/关闭窗口, 上一篇/下一篇, copyright footer. Signature date equals 发布时间."])


# ================================================================ 06 county audit rectification report with amounts (.docx, table ledger)
def doc06():
    stem = "g10_06_county_audit_amounts"
    A, B, C, D = "县级预算管理", "部门预算执行", "重点专项资金", "国有资产管理"
    probs = [
        Prob(1, A, "部分项目预算编制不细化，年初预算代编金额较大", ["压减代编预算规模，2023年代编比例降至8%", "将预算细化情况纳入部门绩效考核"],
             "done", ["县财政局"], "2023年10月底", "paren"),
        Prob(2, A, "非税收入未及时缴入国库", ["督促相关单位将412.36万元非税收入全部缴入国库", "建立非税收入收缴月对账制度"],
             "done", ["县财政局", "县自然资源局"], "立行立改", "paren"),
        Prob(3, A, "部分专项资金结转两年以上未使用", ["收回结转资金860万元统筹使用", "对剩余325.2万元制定使用计划"],
             "in_progress", ["县财政局"], "2024年6月底", "paren"),
        Prob(4, B, "超范围发放津贴补贴", ["清退违规发放的津贴补贴36.8万元", "对相关责任人进行约谈"], "done", ["县农业农村局"], "立行立改", "paren"),
        Prob(5, B, "政府采购程序不规范，未按规定公开招标", ["修订单位内部采购管理办法，此后所有达到限额标准的项目一律公开招标"],
             "done", ["县教育局"], "2023年9月底", "paren"),
        Prob(6, C, "农村饮水安全工程资金拨付滞后", ["建立项目资金拨付周调度机制", "已拨付资金650万元", "剩余270万元待工程结算后拨付"],
             "in_progress", ["县水利局"], "2023年12月底", "paren"),
        Prob(7, C, "就业补助资金审核不严，向不符合条件人员发放补贴", ["追回违规发放补贴15.6万元", "与社保、市场监管数据比对，完善审核流程"],
             "done", ["县人社局"], "2023年10月底", "paren"),
        Prob(8, D, "行政事业单位资产账实不符，部分资产闲置", ["开展资产清查，调整账务2150万元", "建立闲置资产调剂共享平台"],
             "in_progress", ["县财政局", "县机关事务服务中心"], "2024年6月底", "paren"),
    ]
    amount = ["3260.50", "412.36", "1185.20", "36.80", "268.00", "920.00", "15.60", "2150.00"]
    word = {"done": "已整改", "in_progress": "正在整改"}
    rows = [["序号", "问题类别", "审计查出问题", "问题金额（万元）", "整改措施", "责任单位", "整改期限", "整改情况"]]
    for p, a in zip(probs, amount):
        rows.append([p.seq, p.cat, p.title, a, p.mtext(""), "、".join(p.units), p.deadline, word[p.status]])
    body = [("title", "灵璧县人民政府关于2022年度县级预算执行和其他财政收支审计查出问题整改情况的报告"),
            ("p", "——2023年12月26日在县第十八届人民代表大会常务委员会第十五次会议上"),
            ("p", "主任、各位副主任、秘书长、各位委员："),
            ("p", "受县人民政府委托，现将2022年度县级预算执行和其他财政收支审计查出问题的整改情况报告如下，请予审议。"),
            ("h", "一、审计查出问题整改工作部署推进情况"),
            ("p", "2023年8月25日，县审计局向县人民政府提交了2022年度县级预算执行和其他财政收支的审计工作报告。县政府高度重视，"
                  "召开常务会议专题部署，要求各责任单位对照问题清单逐项整改。截至2023年11月底，审计查出问题50个，已整改40个，"
                  "正在整改10个；整改问题金额1.86亿元，其中上缴财政资金412.36万元、归还原渠道资金52.4万元、调整账务2150万元；"
                  "制定完善制度12项，追责问责7人。"),
            ("h", "二、审计查出问题整改情况"),
            ("p", "（一）县级预算管理方面。审计指出问题9个，已整改6个，正在整改3个。\n"
                  "（二）部门预算执行方面。审计指出问题18个，已整改16个，正在整改2个。\n"
                  "（三）重点专项资金方面。审计指出问题15个，已整改11个，正在整改4个。\n"
                  "（四）国有资产管理方面。审计指出问题8个，已整改7个，正在整改1个。"),
            ("p", "主要问题整改情况详见附表。"),
            ("h", "三、尚未完成整改问题的原因及下一步安排"),
            ("p", "尚未完成整改的10个问题，主要涉及历史遗留、需跨年度推进等情形。下一步，县政府将加强督促检查，"
                  "对整改不力的单位依规依纪严肃问责，确保2024年6月底前全部整改到位。"),
            ("pr", "灵璧县人民政府"), ("pr", "2023年12月26日"),
            ("break", None), ("h", "附表"), ("title", "2022年度县级预算执行审计查出主要问题整改情况表"),
            ("table", rows)]
    write_docx(stem, body)
    save_truth(stem, kind="bulletin", title="灵璧县人民政府关于2022年度县级预算执行和其他财政收支审计查出问题整改情况的报告",
               issuer="灵璧县人民政府", date="2023-12-26",
               insp=["灵璧县审计局", "灵璧县2022年度县级预算执行和其他财政收支", None, None, "2023-08-25"],
               headline={"problems_total": 50, "problems_done": 40, "rules_made": 12}, probs=probs, koi=[6, 7],
               anomalies=["Audit: the inspector is the audit office (县审计局); judgement: feedback_date is the date the audit report was submitted (2023-08-25); no audit period days stated, start/end null.",
                          "Headline '审计查出问题50个，已整改40个' but only 8 主要问题 are listed in the 附表 ledger table; the per-category counts 9+18+15+8=50 and 6+16+11+7=40 agree with the headline.",
                          "Problems are rows of the 附表 table (8 columns incl. 问题金额（万元）); body (一)-(四) paragraphs are category summaries, not problems.",
                          "Status from 整改情况 cell: 已整改=done, 正在整改=in_progress. Problem 5 has one undivided measure.",
                          "The date line '——2023年12月26日在县第十八届…会议上' repeats the signature date; amounts (万元/亿元) are not headline figures."])


# ================================================================ 07 round summary (轮巡察综述), figures only, HTML
def doc07():
    stem = "g10_07_round_summary_figures"
    title = "十届市委第四轮巡察工作综述"
    body = paras_html(
        "按照市委巡察工作规划和年度计划安排，2023年3月20日至5月31日，十届市委第四轮巡察对市发展改革委、市财政局、市住房城乡建设局等"
        "22个市直部门单位党组织开展了常规巡察，对2个县（市、区）开展了巡察“回头看”。市委6个巡察组坚持以习近平新时代中国特色社会主义思想为指导，"
        "紧扣被巡察党组织职能责任，深入查找政治偏差，推动巡察监督做深做实。\n"
        "一、突出政治监督，精准发现问题\n"
        "各巡察组共与干部群众个别谈话1826人次，受理信访举报583件，下沉了解情况61次，发现问题线索46件，均已按规定移交。"
        "6月中下旬，市委巡察组陆续向被巡察党组织反馈巡察意见，共反馈问题697个，其中涉及落实党中央决策部署方面的问题236个、"
        "全面从严治党方面的问题281个、领导班子和干部队伍建设方面的问题180个。\n"
        "二、压实整改责任，做好“后半篇文章”\n"
        "市委巡察办会同市纪委监委、市委组织部建立巡察整改日常监督机制，对整改进展实行月调度、季通报。截至2023年11月底，"
        "第四轮巡察反馈问题697个、已整改688个，整改率98.7%，建立制度589项；被巡察党组织追责问责党员干部73人，挽回经济损失2365.8万元。"
        "与上一轮相比（反馈问题512个、已整改503个），问题整改率提高0.5个百分点。\n"
        "三、强化成果运用，推动标本兼治\n"
        "针对巡察发现的共性问题，市委巡察办向市有关部门提出专题报告和改进工作建议12份，推动开展政府投资项目审批、"
        "国有企业招投标等领域专项治理3项。\n"
        "下一步，市委巡察办将持续加强对巡察整改的日常监督，推动巡察监督、整改、治理有机贯通，不断提升巡察工作质量。")
    page = html_page(site="德州清风网", crumbs=["首页", "巡察工作", "巡察动态"], title=title,
                     meta="来源：市委巡察办 作者：市委巡察办 发布时间：2023-12-12 15:46:08 点击：",
                     body=body, foot="中共德州市纪律检查委员会 德州市监察委员会 主办 鲁ICP备0903XXXX号")
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer="中共德州市委巡察工作领导小组办公室", date="2023-12-12",
               insp=["市委6个巡察组", "22个市直部门单位党组织", "2023-03-20", "2023-05-31", None],
               headline={"problems_total": 697, "problems_done": 688, "rules_made": 589}, probs=[], koi=5,
               anomalies=["Round summary with figures only: no problem list (problems = []).",
                          "Issuer is the source '市委巡察办' (judgement: expanded to 中共德州市委巡察工作领导小组办公室); no signature, report_date is 发布时间 2023-12-12.",
                          "feedback_date null: feedback was given over a range ('6月中下旬陆续反馈').",
                          "Distractor figures: 697 split into 236/281/180 by area; previous round's '反馈问题512个、已整改503个'; 问题线索46件, 信访举报583件, 追责问责73人.",
                          "Section headings 一、二、三、 are narrative, not problem categories."])


# ================================================================ 08 quoted 回头看 feedback items, GB18030 .txt page copy
def doc08():
    stem = "g10_08_huitoukan_quoted_gb18030"
    A, B = "第一轮中央生态环境保护督察反馈问题", "中央生态环境保护督察“回头看”反馈问题"
    probs = [
        Prob(1, A, "宿州市城市建成区黑臭水体治理进展缓慢，部分水体“返黑返臭”", [
            "完成城区13条黑臭水体截污纳管和清淤疏浚", "新建雨污分流管网86公里", "建立河长巡河和水质月监测通报制度"],
             "done", [], "2019年底"),
        Prob(2, A, "砀山县部分水果罐头企业废水超标排放，周边群众反映强烈", [
            "对全县48家罐头企业开展全面排查，关停取缔9家", "建成罐头产业园集中污水处理厂"], "done", [], "2019年6月底"),
        Prob(3, A, "萧县部分石灰窑、石料厂无序开采，粉尘污染严重", [
            "依法关闭石灰窑32座", "对保留的石料厂全部实施封闭生产和道路硬化"], "done", [], "立行立改"),
        Prob(4, A, "全市农村生活污水处理率低，乡镇污水处理设施运行不正常", [
            "制定农村生活污水治理三年行动方案"], "in_progress", [], "2022年底"),
        Prob(5, B, "宿州市秸秆禁烧工作存在“一烧了之”“以罚代管”现象，秸秆综合利用率不高", [
            "完善秸秆收储运体系，建设收储中心121个", "秸秆综合利用率提高到92.6%"], "long_term", [], "长期坚持"),
        Prob(6, B, "泗县部分规模养殖场粪污处理设施不配套，直排问题依然存在", [
            "对全县规模养殖场粪污处理设施逐场验收", "对3家直排养殖场依法处罚并责令整改", "推广种养结合粪污资源化利用模式"],
             "done", [], "2020年6月底"),
    ]
    word = {"done": "已完成", "in_progress": "未完成，正在推进", "long_term": "长期坚持，持续推进"}
    who = {A: "第一轮督察反馈指出", B: "督察“回头看”反馈指出"}
    lines, last = [], None
    for p in probs:
        if p.cat != last:
            lines.append(f"{cn([None, A, B].index(p.cat))}、{p.cat}")
            last = p.cat
        lines += [f"{p.seq}.{who[p.cat]}，{p.title}。", f"整改时限：{p.deadline}",
                  "整改情况：" + p.mtext(), f"整改进度：{word[p.status]}。", ""]
    text = ("网站首页 | 政务公开 | 环境管理 | 督察整改\n\n"
            "宿州市生态环境局关于中央生态环境保护督察及“回头看”反馈问题整改落实情况的公示\n"
            "发布日期：2021-09-15    信息来源：市生态环境局    浏览次数：1024\n\n"
            "2016年7月14日至8月14日，中央第四环境保护督察组对安徽省开展了第一轮中央环境保护督察；2018年6月1日至7月1日，"
            "中央第五生态环境保护督察组对安徽省开展了督察“回头看”，并于2018年10月22日向安徽省反馈了“回头看”意见。"
            "现将涉及我市的第一轮督察及“回头看”反馈问题整改落实情况公示如下：\n\n" + "\n".join(lines) +
            "\n以上公示内容如有异议，请于公示之日起7日内向市生态环境保护督察整改办公室反映。联系电话：0557-3XXXXXX\n\n"
            "【打印】 【关闭】\n主办单位：宿州市生态环境局\n")
    (OUT / f"{stem}.txt").write_bytes(text.encode("gb18030"))
    save_truth(stem, kind="bulletin", title="宿州市生态环境局关于中央生态环境保护督察及“回头看”反馈问题整改落实情况的公示",
               issuer="宿州市生态环境局", date="2021-09-15",
               insp=["中央第五生态环境保护督察组", "安徽省", "2018-06-01", "2018-07-01", "2018-10-22"],
               probs=probs, koi=[4, 7],
               anomalies=["Encoded GB18030 (not UTF-8); text copied from a web page (nav line, 发布日期, 打印/关闭).",
                          "Each problem is a quoted feedback item '第一轮督察反馈指出，…。' / '督察“回头看”反馈指出，…。'; the title is the statement after '指出，'.",
                          "Two inspections are named (first round 2016-07-14..08-14 by 中央第四环境保护督察组, and the 回头看 2018-06-01..07-01 with feedback 2018-10-22); judgement: the inspection fields follow the 回头看, the one with a feedback date.",
                          "Status from '整改进度：' lines: 已完成=done, '未完成，正在推进'=in_progress, '长期坚持，持续推进'=long_term.",
                          "Problem 4 has one undivided measure; numbering continues 5,6 in the second section.",
                          "No signature; report_date is 发布日期."])


# ================================================================ 09 hospital ledger .xlsx (cover sheet + ledger sheet, two-row header)
def doc09():
    stem = "g10_09_hospital_ledger_xlsx"
    A, B, C = "党的领导", "全面从严治党", "组织建设"
    rows = [
        (Prob(1, A, "落实党委领导下的院长负责制不到位，党委会与院长办公会议事范围界定不清", [
            "修订党委会议和院长办公会议议事规则", "制定党委会前置研究讨论事项清单", "建立党委书记和院长定期沟通制度"],
             "done", ["党委办公室", "院长办公室"], "2023年5月底", "paren"), "党委书记"),
        (Prob(2, A, "公立医院高质量发展推进不力，重点专科建设滞后", [
            "制定重点专科建设三年规划", "引进学科带头人2名"], "in_progress", ["医务部", "科研处"], "2023年12月底", "paren"), "院长"),
        (Prob(3, B, "医药购销领域廉洁风险防控不严，药品耗材遴选程序不规范", [
            "修订药品耗材遴选管理办法", "建立药品耗材使用异常预警监测机制", "对2家违规供应商停止采购"],
             "done", ["药学部", "设备物资科", "纪委办公室"], "2023年6月底", "paren"), "纪委书记"),
        (Prob(4, B, "违规收费问题时有发生，医保基金使用监管不到位", [
            "开展违规收费自查自纠，退还患者费用8.6万元", "上线医保智能审核系统"],
             "done", ["医保办", "财务科"], "立行立改", "paren"), "分管副院长"),
        (Prob(5, B, "医德医风建设抓得不紧，收受“红包”“回扣”问题屡禁不止", [
            "签订医德医风承诺书，开展警示教育", "畅通患者投诉举报渠道"], "long_term", ["纪委办公室", "医务部"], "长期坚持", "paren"),
         "纪委书记"),
        (Prob(6, C, "临床科室党支部书记“双带头人”比例偏低", [
            "调整党支部设置，选配“双带头人”支部书记", "“双带头人”比例提高到100%"], "done", ["党委组织部"], "2023年6月底", "paren"),
         "党委副书记"),
        (Prob(7, C, "人才引进政策落实不到位，高层次人才流失", [
            "修订人才引进和激励办法", "落实高层次人才安家补助"], "done", ["人力资源部"], "2023年6月底", "paren"), "院长"),
    ]
    probs = [p for p, _ in rows]
    mt = sum(len(p.measures) for p in probs)
    word = {"done": "已完成", "in_progress": "正在推进", "long_term": "长期坚持"}
    wb = openpyxl.Workbook()
    cov = wb.active
    cov.title = "封面"
    cov.merge_cells("A1:D1")
    cov["A1"] = "中共泰安市中心医院委员会巡察整改工作台账"
    cov["A1"].font = Font(size=18, bold=True)
    cov["A1"].alignment = Alignment(horizontal="center")
    info = [("填报单位", "中共泰安市中心医院委员会（盖章）"), ("巡察组", "市委第一巡察组"),
            ("巡察时间", "2023年2月20日至4月10日"), ("反馈时间", "2023年4月28日"),
            ("整改总体情况", f"反馈问题共7个，制定整改措施{mt}条；已完成整改问题5个，正在推进1个，长期坚持1个。"),
            ("填报日期", "2023年6月30日"), ("填报人", "党委办公室 李某"), ("审核人", "党委书记 王某")]
    for i, (k, v) in enumerate(info, 3):
        cov.cell(i, 1, k)
        cov.merge_cells(start_row=i, start_column=2, end_row=i, end_column=4)
        cov.cell(i, 2, v)
    ws = wb.create_sheet("整改台账")
    ws.merge_cells("A1:I1")
    ws["A1"] = "市委第一巡察组反馈问题整改台账"
    ws["A1"].font = Font(size=16, bold=True)
    head1 = ["序号", "问题类别", "反馈问题", "整改措施", "责任", None, "整改时限", "完成情况", "备注"]
    head2 = [None, None, None, None, "责任领导", "责任科室", None, None, None]
    for j, v in enumerate(head1, 1):
        if v:
            ws.cell(2, j, v)
    for j, v in enumerate(head2, 1):
        if v:
            ws.cell(3, j, v)
    ws.merge_cells("E2:F2")
    for col in "ABCDGHI":
        ws.merge_cells(f"{col}2:{col}3")
    for i, (p, lead) in enumerate(rows, 4):
        for j, v in enumerate([p.seq, p.cat, p.title, p.mtext("\n"), lead, "、".join(p.units), p.deadline,
                               word[p.status], ""], 1):
            ws.cell(i, j, v).alignment = Alignment(wrap_text=True, vertical="top")
    wb.create_sheet("佐证材料目录").append(["序号", "材料名称", "对应问题"])
    wb.save(OUT / f"{stem}.xlsx")
    save_truth(stem, kind="bulletin", title="中共泰安市中心医院委员会巡察整改工作台账", issuer="中共泰安市中心医院委员会",
               date="2023-06-30", insp=["市委第一巡察组", "中共泰安市中心医院委员会", "2023-02-20", "2023-04-10", "2023-04-28"],
               headline={"problems_total": 7, "problems_done": 5, "measures_total": mt}, probs=probs, koi=[1, 7],
               anomalies=["XLSX with three sheets: 封面 (cover: merged title, fields, 填报日期), 整改台账 (ledger), 佐证材料目录 (empty list header). Only the ledger holds problems.",
                          "Ledger: merged title row, two-row header where 责任 spans 责任领导/责任科室; units come from 责任科室 (split on 、); 责任领导 is a leader, not a unit.",
                          "Measures are （1）（2）（3） lines inside one cell.",
                          "kind judgement: a ledger with status columns is scored as bulletin (the schema has only bulletin/plan).",
                          "report_date from the cover's 填报日期; title from the cover's merged title row.",
                          "Status from 完成情况: 已完成=done, 正在推进=in_progress, 长期坚持=long_term."])


# ================================================================ 10 university bulletin, traditional-character copy (HTML)
def doc10():
    import opencc
    s2t = opencc.OpenCC("s2t")
    stem = "g10_10_university_traditional"
    A, B, C, D = ("党的领导弱化、落实立德树人根本任务有差距", "全面从严治党主体责任落实不到位",
                  "领导班子和干部队伍建设存在短板", "巡视整改和审计整改落实不到位")
    probs = [
        Prob(1, A, "学习贯彻习近平新时代中国特色社会主义思想不够深入", [
            "修订校党委理论学习中心组学习规则", "开展“学思想、强党性”专题培训，覆盖处级以上干部326人次"]),
        Prob(2, A, "思政课建设和课程思政推进不平衡", [
            "出台课程思政建设实施方案", "立项建设课程思政示范课程58门", "配齐配强思政课专职教师"]),
        Prob(3, B, "基建工程和物资采购领域监管不严", [
            "修订基建工程管理办法和采购管理办法", "开展基建项目专项审计，核减工程款432万元"]),
        Prob(4, B, "校办企业和附属单位管理松散", ["完成校办企业体制改革，清理关闭企业6家"]),
        Prob(5, C, "干部队伍年龄结构老化，年轻干部储备不足", [
            "实施年轻干部“墩苗”计划", "2023年选拔任用35岁以下科级干部14名"]),
        Prob(6, C, "基层党组织组织力不强，教师党支部“双带头人”比例不高", [
            "调整优化教师党支部设置", "教师党支部书记“双带头人”比例达到100%"]),
        Prob(7, D, "上一轮巡视反馈问题整改不彻底，部分问题反弹", [
            "对上一轮巡视整改情况开展“回头看”", "对反弹的4个问题重新制定整改措施", "追究2名干部责任"]),
    ]
    body_s = ("按照省委统一部署，2023年3月1日至4月28日，省委第六巡视组对学校党委进行了巡视。6月9日，省委巡视组向学校党委反馈了巡视意见。"
              "按照党务公开原则和巡视工作有关要求，现将巡视整改进展情况予以公布。\n"
              "一、整改工作总体情况\n"
              "学校党委把巡视整改作为重大政治任务，成立巡视整改工作领导小组，召开党委常委会12次专题研究整改工作。对省委巡视组反馈的4个方面30个问题，"
              "学校党委逐条制定整改措施112项。截至2023年10月底，30个问题中已完成整改25个，其余5个问题正在持续推进；112项整改措施已完成104项；"
              "建立健全制度机制43项，问责处理17人。\n"
              "二、重点问题整改落实情况\n")
    last = None
    for p in probs:
        if p.cat != last:
            body_s += f"（{cn([None, A, B, C, D].index(p.cat))}）{p.cat}\n"
            last = p.cat
        body_s += f"{p.seq}.关于“{p.title}”的整改情况\n{p.mtext()}\n"
    body_s += ("三、下一步工作打算\n学校党委将坚持标准不降、力度不减，持续推进未完成问题整改，巩固已完成整改成果，"
               "建立长效机制，以巡视整改实效推动学校事业高质量发展。\n"
               "欢迎广大师生员工和社会各界对巡视整改落实情况进行监督。联系电话：0797-83XXXXX；电子邮箱：xszg@gnkj.example.edu.cn。")
    title_s = "中共赣南科技学院委员会关于巡视整改进展情况的通报"
    title = s2t.convert(title_s)
    page = html_page(site=s2t.convert("赣南科技学院"), crumbs=[s2t.convert(x) for x in ["首页", "党务公开", "巡视整改"]],
                     title=title, meta=s2t.convert("发布时间：2023-11-20 作者：党委办公室 浏览量："),
                     body=paras_html(s2t.convert(body_s)), foot=s2t.convert("版权所有 赣南科技学院 赣ICP备0500XXXX号"))
    (OUT / f"{stem}.html").write_text(page, encoding="utf-8")
    save_truth(stem, kind="bulletin", title=title, issuer=s2t.convert("中共赣南科技学院委员会"), date="2023-11-20",
               insp=[s2t.convert("省委第六巡视组"), s2t.convert("中共赣南科技学院委员会"), "2023-03-01", "2023-04-28", "2023-06-09"],
               headline={"problems_total": 30, "problems_done": 25, "measures_total": 112, "measures_done": 104, "rules_made": 43},
               probs=probs, koi=[6, 7],
               anomalies=["Traditional-character copy (OpenCC s2t of a simplified original); HTML page with chrome. Doc fields (title, issuer, inspector) are as printed (traditional); problem titles and categories are given in simplified.",
                          "Headline '4个方面30个问题…已完成整改25个…112项整改措施已完成104项…制度机制43项' but only 7 重点问题 are listed (二、重点问题整改落实情况).",
                          "Problem headings '1.关于“…”的整改情况' (no 问题 before 的整改). Problem 4 has one undivided measure.",
                          "No signature; report_date is 发布时间; feedback '6月9日' has no year (2023). No per-problem status."])


# ================================================================ 11 city 督察 rectification plan, PDF from .docx
def doc11():
    stem = "g10_11_city_ducha_plan_pdf"
    A, B, C = "大气污染防治方面", "水污染防治方面", "自然生态保护方面"
    probs = [
        Prob(1, A, "四平市2021年PM2.5年均浓度同比不降反升，秋冬季重污染天气应对不力，部分企业未落实错峰生产要求", [
            "修订重污染天气应急预案，更新应急减排清单", "对未落实错峰生产要求的企业依法查处", "开展秋冬季大气污染综合治理攻坚行动"],
             None, ["市生态环境局", "市工业和信息化局"], "2023年底", "num"),
        Prob(2, A, "城区燃煤散烧问题仍较突出，部分区域“禁燃区”管控不严", [
            "划定并公布高污染燃料禁燃区", "推进城区燃煤散烧清洁能源替代", "开展禁燃区执法检查"],
             None, ["市住房城乡建设局", "市生态环境局", "铁西区政府", "铁东区政府"], "2024年10月底", "num"),
        Prob(3, B, "条子河、南河水质改善不明显，沿河生活污水直排问题未根本解决", [
            "全面排查条子河、南河沿河排污口", "实施沿河截污纳管工程", "推进城市污水处理厂提标改造", "建立断面水质周监测制度"],
             None, ["市水利局", "市住房城乡建设局", "市生态环境局"], "2024年底", "num"),
        Prob(4, B, "部分乡镇污水处理设施建成后长期闲置，运行率低", [
            "逐一排查乡镇污水处理设施运行情况", "对闲置设施制定一厂一策整改方案"],
             None, ["市住房城乡建设局", "梨树县政府", "伊通县政府"], "2023年12月底", "num"),
        Prob(5, C, "辽河流域河道采砂管理混乱，部分河段存在非法采砂问题", [
            "开展河道非法采砂专项整治", "建立河道采砂联合执法机制", "对非法采砂造成的河道破坏进行修复"],
             None, ["市水利局", "市公安局", "市自然资源局"], "立行立改，长期坚持", "num"),
        Prob(6, C, "黑土地保护责任落实不到位，秸秆露天焚烧屡禁不止", [
            "落实黑土地保护田长制", "加强秸秆禁烧网格化监管"], None, ["市农业农村局", "市生态环境局"],
             "2023年底前见到明显成效，长期坚持", "num"),
    ]
    goals = ["2023年全市PM2.5年均浓度较2021年下降5%以上，重污染天数明显减少。", "2024年10月底前完成城区禁燃区燃煤散烧替代。",
             "2024年底前条子河、南河国考断面水质稳定达到考核目标。", "乡镇污水处理设施正常运行率达到90%以上。",
             "非法采砂行为得到有效遏制，受损河道得到修复。", "秸秆露天焚烧火点数逐年下降。"]
    mt = sum(len(p.measures) for p in probs)
    body = [("title", "四平市贯彻落实第二轮吉林省生态环境保护督察报告整改方案"),
            ("p", "2022年9月7日至10月7日，吉林省第二生态环境保护督察组对四平市开展了第二轮省级生态环境保护督察，"
                  "并于2022年12月20日向市委、市政府反馈了督察意见。为切实抓好督察反馈问题整改，制定本方案。"),
            ("h", "一、总体要求"),
            ("p", "以习近平生态文明思想为指导，坚持问题导向、目标导向，针对督察反馈的3个方面6个问题，制定整改措施"
                  f"{mt}项，逐项明确整改目标、整改时限、责任单位和整改措施，确保按期整改到位。"),
            ("h", "二、保障措施"),
            ("p", "（一）加强组织领导。市督察整改工作领导小组统筹推进整改工作。\n（二）强化督办考核。实行清单化管理、台账式推进、销号制落实。"
                  "\n（三）严格责任追究。对整改不力、敷衍塞责的，依规依纪依法严肃问责。"),
            ("h", "三、整改任务"),
            ("p", "整改任务详见附件。"),
            ("pr", "四平市生态环境保护督察整改工作领导小组"), ("pr", "2023年2月10日"),
            ("break", None), ("h", "附件"), ("title", "四平市贯彻落实第二轮省生态环境保护督察报告整改措施清单")]
    last = None
    for p, g in zip(probs, goals):
        if p.cat != last:
            body.append(("h", f"{cn([None, A, B, C].index(p.cat))}、{p.cat}"))
            last = p.cat
        body += [("p", f"问题{p.seq}：{p.title}。"), ("p", f"整改目标：{g}"), ("p", f"整改时限：{p.deadline}"),
                 ("p", "责任单位：" + "、".join(p.units)), ("p", "整改措施：\n" + p.mtext("\n"))]
    write_pdf(stem, body, header="四平市生态环境保护督察整改工作领导小组")
    save_truth(stem, kind="plan", title="四平市贯彻落实第二轮吉林省生态环境保护督察报告整改方案",
               issuer="四平市生态环境保护督察整改工作领导小组", date="2023-02-10",
               insp=["吉林省第二生态环境保护督察组", "四平市", "2022-09-07", "2022-10-07", "2022-12-20"],
               headline={"problems_total": 6, "measures_total": mt}, probs=probs, koi=[7, 1],
               anomalies=["Plan (整改方案) PDF printed by LibreOffice from .docx; header line and footer page numbers.",
                          "Problems only in the 附件 list, labelled '问题1：'; title is the statement before 整改目标.",
                          "Measures are numbered 1./2./3. lines under '整改措施：' (after 责任单位), not 一是/二是.",
                          "Problem 2 units include two district governments; problem 6 deadline '2023年底前见到明显成效，长期坚持'.",
                          "Body 二、保障措施 (一)-(三) are not categories; the 附件 title says '第二轮省生态环境保护督察' while the doc title says '第二轮吉林省…'.",
                          "Issuer from the signature (the plan title names no body)."])


# ================================================================ 12 street office 整改情况说明 of one task (序号十), .docx
def doc12():
    stem = "g10_12_street_office_task_ten"
    p = Prob(10, None, "老旧小区改造和加装电梯等民生实事项目推进缓慢，群众满意度不高", [
        "成立由街道办事处主任任组长的民生实事项目推进专班，每周召开调度会，逐个小区明确责任人和时间节点",
        "对辖区22个老旧小区改造项目逐一梳理，已完成改造19个，剩余3个已全部开工",
        "创新“居民议事会+代建”模式，2023年新增加装电梯26部，超额完成年度目标",
        "开展入户满意度回访1120户，对群众反映的87条意见逐条整改、逐条回复"],
             "done", ["街道城市建设管理办公室", "街道社区建设服务办公室"], "2023年9月底")
    body = [("title", "南京市秦淮区夫子庙街道办事处关于区委巡察反馈问题整改任务（序号十）整改情况的说明"),
            ("p", "区委巡察整改工作领导小组办公室："),
            ("p", "2023年3月1日至4月20日，区委第一巡察组对夫子庙街道党工委开展了常规巡察，于2023年5月18日反馈了巡察意见。"
                  "区委巡察组反馈问题共18个，街道党工委将其细化为23项整改任务（序号一至二十三），逐项明确责任科室和完成时限。"
                  "现将整改任务（序号十）的整改情况说明如下。"),
            ("h", "一、问题表述"),
            ("p", f"整改任务（序号十）：{p.title}。"),
            ("h", "二、责任分工"),
            ("p", "责任领导：街道党工委副书记、办事处主任\n责任单位：" + "、".join(p.units) + f"\n整改时限：{p.deadline}"),
            ("h", "三、整改落实情况"),
            ("p", "街道党工委、办事处高度重视，将该项任务列为巡察整改重点任务。" + p.mtext()),
            ("h", "四、整改成效"),
            ("p", "截至2023年9月底，该项整改任务已全部完成，群众满意度测评由整改前的82.3%提升至95.6%。相关佐证材料已按要求报送。"
                  "经街道党工委会议研究，该项任务已完成整改，特申请销号。"),
            ("p", "附件：1.老旧小区改造项目清单\n2.加装电梯完成情况统计表\n3.满意度回访记录（摘要）"),
            ("pr", "南京市秦淮区夫子庙街道办事处"), ("pr", "2023年10月12日")]
    write_docx(stem, body, header="夫子庙街道办事处")
    save_truth(stem, kind="bulletin", title="南京市秦淮区夫子庙街道办事处关于区委巡察反馈问题整改任务（序号十）整改情况的说明",
               issuer="南京市秦淮区夫子庙街道办事处", date="2023-10-12",
               insp=["区委第一巡察组", "夫子庙街道党工委", "2023-03-01", "2023-04-20", "2023-05-18"],
               headline={"problems_total": 18}, probs=[p], koi=[3, 7],
               anomalies=["One-task 整改情况说明: the single problem is '整改任务（序号十）：…' → seq 10 (Chinese numeral in the label).",
                          "Headline: '反馈问题共18个' (problems_total=18) and '23项整改任务' (tasks, not measures; not a headline figure); only task 10 is described.",
                          "Status done: '该项任务已完成整改，特申请销号'. Measures 一是…四是 in 三、整改落实情况 after an unnumbered lead sentence.",
                          "Unit and deadline under 二、责任分工 as labelled lines; 责任领导 is a leader, not a unit.",
                          "Attachment list (附件：1.…2.…3.) before the signature is not measures."])


# ================================================================ 13 transport bureau bulletin, status sections with restart, .txt from web
def doc13():
    stem = "g10_13_bureau_status_sections_txt"
    A, B = "已完成整改的问题", "正在推进整改的问题"
    probs = [
        Prob(1, A, "贯彻落实市委关于交通强市建设部署不够有力，重点交通项目前期工作滞后", [
            "建立重点项目“红黄绿”三色管理机制", "遂潼快速通道等4个项目已完成前期手续"], "done"),
        Prob(2, A, "农村公路“建管养运”机制不健全，部分路段养护不到位", [
            "出台农村公路养护管理办法", "全面推行“路长制”", "整治病害路段136公里"], "done"),
        Prob(3, A, "行政审批“体外循环”，网约车驾驶员证办理时限超过承诺时限", [
            "全部审批事项纳入政务服务平台办理", "网约车驾驶员证办理时限压缩至3个工作日"], "done"),
        Prob(4, A, "工程项目变更签证管理不严", ["修订工程变更管理办法，重大变更一律集体研究"], "done"),
        Prob(5, A, "党支部标准化规范化建设不到位", ["开展党支部标准化建设“回头看”", "整改不规范问题21个"], "done"),
        Prob(1, B, "出租车行业管理矛盾积累，巡游车与网约车融合发展推进缓慢", [
            "制定出租汽车行业深化改革实施方案", "推动巡游车企业开展网约车业务"], "in_progress"),
        Prob(2, B, "交通执法队伍人员老化，执法装备不足", [
            "招录执法人员12名", "已采购执法记录仪、执法车辆", "推进非现场执法系统建设"], "in_progress"),
        Prob(3, B, "交通建设领域历史遗留债务化解不力", ["制定债务化解方案，已化解债务3200万元"], "in_progress"),
    ]
    mt = sum(len(p.measures) for p in probs)
    lines = []
    last = None
    for p in probs:
        if p.cat != last:
            lines.append(f"（{cn([None, A, B].index(p.cat))}）{p.cat}")
            last = p.cat
        lines.append(f"{p.seq}.关于“{p.title}”问题的整改")
        lines.append(p.mtext())
    text = ("遂宁市交通运输局 > 政务公开 > 党务公开\n\n"
            "中共遂宁市交通运输局党组关于巡察整改进展情况的通报\n"
            "发布时间：2023-12-29  来源：市交通运输局  浏览量：\n"
            "字号：大 中 小  打印  关闭\n\n"
            "根据市委统一部署，2023年4月3日至5月26日，市委第四巡察组对市交通运输局党组开展了常规巡察。6月30日，市委第四巡察组向局党组反馈了巡察意见。"
            "按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。\n\n"
            "一、整改工作组织情况\n"
            "局党组成立由党组书记、局长任组长的巡察整改工作领导小组，制定整改方案，建立“三张清单”，实行挂图作战、对账销号。"
            f"对市委第四巡察组反馈的4个方面8个问题，局党组制定整改措施{mt}条。截至2023年12月中旬，已完成整改5个，3个正在推进；"
            f"{mt}条整改措施已完成{mt - 3}条；建立完善制度机制11项。\n\n"
            "二、巡察反馈问题整改情况\n" + "\n".join(lines) + "\n\n"
            "三、下一步工作\n"
            "一是持续推进未完成问题整改，确保2024年6月底前全部完成；二是加强对已整改问题的跟踪问效，防止反弹回潮；三是建立健全长效机制。\n"
            "欢迎广大干部群众对巡察整改落实情况进行监督。联系电话：0825-2XXXXXX；邮政信箱：遂宁市船山区XX路XX号。\n\n"
            "相关附件：\n【打印】【关闭】\n")
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    save_truth(stem, kind="bulletin", title="中共遂宁市交通运输局党组关于巡察整改进展情况的通报",
               issuer="中共遂宁市交通运输局党组", date="2023-12-29",
               insp=["市委第四巡察组", "市交通运输局党组", "2023-04-03", "2023-05-26", "2023-06-30"],
               headline={"problems_total": 8, "problems_done": 5, "measures_total": mt, "measures_done": mt - 3, "rules_made": 11},
               probs=probs, koi=[2, 6],
               anomalies=["Problems sit under status sections （一）已完成整改的问题 (done) / （二）正在推进整改的问题 (in_progress); category is the status section.",
                          "Numbering restarts at 1 in the second section (seq 1-5 then 1-3).",
                          "Heading wrapper '关于“…”问题的整改' (no 情况). Problems 4 and 8 have one undivided measure.",
                          "'4个方面8个问题' is stated but the 4 方面 are not printed.",
                          "Web-page text copy: breadcrumb, 发布时间, 字号 大中小, 打印/关闭. No signature; report_date = 发布时间; feedback '6月30日' without year (2023).",
                          "下一步 一是/二是/三是 are not measures."])


if __name__ == "__main__":
    for name in sorted(k for k in list(globals()) if re.fullmatch(r"doc\d\d", k)):
        globals()[name]()
        print("made", name)
