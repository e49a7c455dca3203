"""Session 25 (bw25): rules raised on blindwritten24 (w24_04, w24_06, w24_07, w24_08).

Each rule is tested in other words than the written document it came from, with a near miss that must not fire:
the closing state of the in-progress class run on after the account; an audit notice's recommendations section; the
audit report issued under its bracketed name as the feedback; a time limit said in the sentence assigning the units;
a one-item report's background section before the section of what was done; a ledger's 更新日期 / 报送单位 lines, the
seal after the issuer's name and the inspection told in the note under the table."""
from __future__ import annotations

from zhenggai.importer.ledger_reader import rows_to_result
from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.structure import RE_CLOSING_STATE, prose_assignment


def _audit_notice(section_two: list[str], answers: tuple[str, str, str]) -> str:
    return "\n".join([
        "某县粮食储备有限公司关于审计查出问题整改情况的公告",
        "2023年3月6日至4月20日，某县审计局对某县粮食储备有限公司2020年至2022年财务收支情况进行了审计，"
        "并于2023年6月2日出具了《审计报告》（某审报〔2023〕5号）。审计查出问题3个，已整改1个，正在整改2个。",
        "一、关于审计发现问题的整改情况",
        "（一）审计发现“储备粮轮换差价收入未及时入账”。",
        "整改情况：" + answers[0],
        "（二）审计发现“仓储设施维修项目未履行招标程序”。",
        "整改情况：" + answers[1],
        "（三）审计发现“固定资产账实不符”。",
        "整改情况：" + answers[2],
        *section_two,
        "三、下一步工作",
        "公司将持续巩固审计整改成果，健全内部控制制度。",
        "某县粮食储备有限公司",
        "2023年10月9日",
    ])


RECOMMENDATIONS = [
    "二、审计建议落实情况",
    "（一）审计建议：“加强轮换收入管理，确保收入及时入账”。",
    "公司采纳审计建议，一是建立轮换收入台账；二是每月核对一次。",
    "（二）审计建议：“严格执行招标投标制度”。",
    "公司采纳审计建议，一是修订采购管理办法；二是开展招投标培训。",
]

RUN_ON_ANSWERS = (
    "已将轮换差价收入全部转入主营业务收入核算此项工作正在持续推进。",
    "一是对项目造价进行审核；二是修订《采购管理办法》该问题按计划推进中",
    "一是开展资产清查；二是对盘亏资产按程序核销。该问题已整改完成。",
)


# --- the state closing the account, of the in-progress class too ----------------------------------------------------

def test_an_answer_ending_on_this_problem_still_under_way_without_a_stop_is_in_progress():
    r = parse_text(_audit_notice(RECOMMENDATIONS, RUN_ON_ANSWERS))
    assert [p.status for p in r.problems] == ["in_progress", "in_progress", "done"]


def test_the_closing_state_is_read_only_at_the_accounts_very_end():
    assert RE_CLOSING_STATE.search("已设立专账该问题正在整改中。").group(1) == "正在整改中"
    assert RE_CLOSING_STATE.search("已设立专账此项工作整改中").group(1) == "整改中"
    # near miss: the words said of the problem mid-account, the account going on after them
    assert RE_CLOSING_STATE.search("对该问题正在整改的3户逐户督办，已全部签订承诺书。") is None


# --- an audit notice's recommendations are no problems ----------------------------------------------------------------

def test_the_auditors_recommendations_and_their_uptake_are_no_problems_in_any_heading_wording():
    for heading in ("二、审计建议落实情况", "二、关于审计建议的采纳情况", "二、对审计建议的采纳情况", "二、采纳审计建议情况"):
        r = parse_text(_audit_notice([heading] + RECOMMENDATIONS[1:], RUN_ON_ANSWERS))
        assert [p.title for p in r.problems] == ["储备粮轮换差价收入未及时入账", "仓储设施维修项目未履行招标程序",
                                                 "固定资产账实不符"], heading


def test_a_section_of_problems_named_with_the_recommendations_still_holds_problems():
    # near miss: "审计发现问题和审计建议的整改情况" names the problems too — its items are findings
    r = parse_text("\n".join([
        "某县粮食储备有限公司关于审计查出问题整改情况的公告",
        "2023年3月6日至4月20日，某县审计局对公司进行了审计。审计查出问题2个，已全部整改。",
        "一、审计发现问题和审计建议的整改落实情况",
        "（一）储备粮轮换差价收入未及时入账。",
        "整改情况：一是全部转入收入科目核算；二是建立台账。该问题已整改完成。",
        "（二）仓储设施维修项目未履行招标程序。",
        "整改情况：一是审核造价；二是修订办法。该问题已整改完成。",
        "某县粮食储备有限公司",
        "2023年10月9日",
    ]))
    assert len(r.problems) == 2


# --- the audit report issued under its name is the feedback -------------------------------------------------------

def test_the_day_an_audit_report_was_issued_under_its_bracketed_name_is_the_feedback_date():
    r = parse_text(_audit_notice(RECOMMENDATIONS, RUN_ON_ANSWERS))
    assert (r.inspection.start, r.inspection.end, r.inspection.feedback_date) == ("2023-03-06", "2023-04-20", "2023-06-02")
    for sentence, day in (
            ("2022年5月9日至6月30日，市审计局对某中心进行了经济责任审计，于2022年8月15日下达了《审计决定书》。", "2022-08-15"),
            ("2021年4月1日至5月8日，县审计局对某镇开展了专项审计，并于2021年7月6日出具《审计报告》。", "2021-07-06")):
        assert inspection_facts(sentence, None).feedback_date == day, sentence


def test_the_bodys_own_rectification_report_issued_under_its_name_is_no_feedback():
    # near miss: the body issuing its own report of the rectification
    ins = inspection_facts("2021年4月1日至5月8日，县审计局对某镇开展了专项审计。2021年9月6日，某镇出具了《审计整改情况报告》。", None)
    assert ins.feedback_date is None


# --- the time limit said in the sentence that assigns the units --------------------------------------------------

def test_a_time_limit_said_in_the_assigning_sentence_is_the_deadline_as_written():
    cases = {
        "对该问题，明确由县水利局牵头，某镇人民政府配合，完成时限为2024年6月30日。": (["县水利局", "某镇人民政府"], "2024年6月30日"),
        "将该问题列为重点任务，由市城管局负责，整改期限为立行立改。": (["市城管局"], "立行立改"),
        "该问题由县住建局牵头，力争2023年底前完成整改。": (["县住建局"], "2023年底前"),
        "将该问题列为重点任务，明确由区农业农村局牵头，区自然资源局配合，整改时限为2022年12月底前。":
            (["区农业农村局", "区自然资源局"], "2022年12月底前"),
    }
    for sentence, want in cases.items():
        assert prose_assignment(sentence) == want, sentence
    # (a notice of one problem: a sentence that does not name it assigns it too)
    assert prose_assignment("对此，明确由县水利局牵头，某镇配合，整改时限为2022年6月底前。") == ([], None)
    assert prose_assignment("对此，明确由县水利局牵头，某镇配合，整改时限为2022年6月底前。", of_problem=False) == (
        ["县水利局", "某镇"], "2022年6月底前")


def test_a_clause_naming_the_time_limit_without_a_date_gives_no_deadline():
    assert prose_assignment("对该问题，明确由县水利局牵头，在整改时限内完成整改。") == (["县水利局"], None)
    assert prose_assignment("对该问题，明确由县水利局牵头，整改时限为一年。") == (["县水利局"], None)
    # (nor a leader leading the supervision: no unit, no deadline)
    assert prose_assignment("该问题由分管副县长牵头，整改时限为2022年6月底前。") == ([], None)


# --- a one-item report's background section before what was done ---------------------------------------------------

def _one_item_report(sections: list[str]) -> str:
    return "\n".join([
        "某县人民政府关于省级生态环境保护督察反馈某河采砂问题整改情况的报告",
        "某市督察整改办：",
        "2021年5月6日至6月6日，省第二生态环境保护督察组对某市开展了督察，并于2021年8月3日向某市反馈了督察意见。"
        "督察反馈指出：“某县某河非法采砂问题突出，河道破坏严重，县水利局监管不力。”",
        "对此，县委、县政府高度重视，明确由县水利局牵头，某镇人民政府配合，整改时限为2022年6月底前。现将整改情况报告如下。",
        *sections,
        "某县人民政府",
        "2022年9月1日",
    ])


def test_a_background_section_between_the_quoted_item_and_what_was_done_is_no_measure():
    for background, done in (("一、问题概况", "二、主要整改措施"), ("一、基本情况", "二、整改落实情况"),
                             ("一、问题基本情况", "二、整改措施落实情况")):
        r = parse_text(_one_item_report([
            background,
            "某河流经某县3个乡镇，长42公里。2020年以来，沿河群众私自采砂，河床下切明显。",
            done,
            "县政府主要采取了以下措施：",
            "（一）全面排查。对某河全线开展排查，登记采砂点12处。",
            "（二）依法打击。联合公安机关查处非法采砂案件5起。",
            "（三）生态修复。对采砂坑进行回填，恢复河道原貌。",
            "三、整改成效",
            "经县督察整改办核查，该问题已完成整改，达到整改目标。",
        ]))
        assert len(r.problems) == 1, background
        p = r.problems[0]
        assert len(p.measures) == 3, background
        assert (p.status, p.deadline) == ("done", "2022年6月底前")
        assert p.responsible_units == ["县水利局", "某镇人民政府"]


def test_a_background_section_with_no_section_of_what_was_done_after_it_is_not_skipped_into_the_next_steps():
    # near miss: "一、基本情况" then only "二、下一步工作打算" — nothing after the background tells what was done: what was
    # done is the paragraph after the quoted item, as before, and neither the background nor the next steps are measures
    r = parse_text(_one_item_report([
        "一、基本情况",
        "某河流经某县3个乡镇，长42公里。",
        "二、下一步工作打算",
        "（一）加强巡查。（二）完善机制。",
    ]).replace("现将整改情况报告如下。", "县水利局会同某镇查处非法采砂案件5起，回填采砂坑3处。目前，该问题已完成整改。"))
    assert len(r.problems) == 1
    p = r.problems[0]
    assert len(p.measures) == 1 and p.measures[0].text.startswith("对此")
    assert (p.status, p.deadline, p.responsible_units) == ("done", "2022年6月底前", ["县水利局", "某镇人民政府"])


# --- a ledger's lines over and under its table -----------------------------------------------------------------------

def _ledger(top: list[list[str]], bottom: list[list[str]]) -> list[list[str]]:
    header = ["序号", "问题类别", "反馈问题", "整改措施", "责任科室", "整改时限", "整改进展"]
    rows = [["1", "党的建设方面", "党组会议议事规则执行不严", "1.修订议事规则\n2.开展复查", "办公室", "2024年6月底前", "已完成"],
            ["2", "", "财务报销手续不全", "1.补齐手续\n2.开展培训", "财务科", "2024年8月底前", "推进中"]]
    return top + [header] + rows + bottom


NOTE = ["说明：1.县委第二巡察组于2023年10月9日至12月8日对县商务局党组开展了常规巡察，2024年1月17日反馈了巡察意见；"
        "2.本台账每月5日更新。"] + [""] * 6


def test_a_ledgers_update_day_and_submitting_body_over_the_table_are_its_date_and_issuer_without_the_seal():
    for by_label, on_label in (("报送单位：", "更新时间："), ("填报单位（盖章）：", "更新日期："), ("填报单位：", "填表日期：")):
        r = rows_to_result(_ledger([["中共某县商务局党组巡察整改台账"] + [""] * 6,
                                    [by_label + "中共某县商务局党组（盖章）", "", "", "", on_label + "2024年3月10日", "", ""]], []))
        assert (r.issuer, r.report_date) == ("中共某县商务局党组", "2024-03-10"), by_label


def test_the_inspection_told_in_the_note_under_a_ledger_is_its_inspection():
    r = rows_to_result(_ledger([["中共某县商务局党组巡察整改台账"] + [""] * 6], [NOTE]))
    ins = r.inspection
    assert (ins.inspector, ins.start, ins.end, ins.feedback_date) == ("县委第二巡察组", "2023-10-09", "2023-12-08", "2024-01-17")
    assert len(r.problems) == 2


def test_a_note_under_a_ledger_that_tells_no_inspection_leaves_it_empty_and_one_over_the_table_is_kept():
    r = rows_to_result(_ledger([["中共某县商务局党组巡察整改台账"] + [""] * 6],
                               [["说明：本台账由局办公室每月5日更新，报县委巡察办备案。"] + [""] * 6]))
    assert (r.inspection.inspector, r.inspection.start, r.inspection.feedback_date) == (None, None, None)
    # near miss: the note over the table told the inspection already — the one under it does not replace it
    above = ["（巡察组：县委第一巡察组；巡察时间：2022年3月1日—4月30日；反馈时间：2022年6月2日）"] + [""] * 6
    r = rows_to_result(_ledger([["中共某县商务局党组巡察整改台账"] + [""] * 6, above], [NOTE]))
    assert (r.inspection.start, r.inspection.feedback_date) == ("2022-03-01", "2022-06-02")


# --- perturb flat: a signature run into the text that goes on after it ------------------------------------------------

def _flat(lines: list[str]) -> str:
    return " ".join(lines)


def test_a_flattened_signature_followed_by_more_text_still_dates_the_document():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    lead = ["关于公布某县巡察整改进展情况的通知", "各乡镇党委：",
            "根据巡察工作条例有关要求，经县委同意，现将十四届县委第四轮巡察整改进展情况予以公布，接受干部群众监督。",
            "各被巡察党组织要坚持问题导向，对照巡察反馈意见逐项抓好整改落实，做到问题不解决不松劲、整改不到位不罢手。",
            "对整改不力、敷衍整改的，将严肃追究相关人员责任。欢迎干部群众对整改情况进行监督。"]
    for sign, after, day in (
            (["中共某县县委巡察工作领导小组办公室", "2025年7月31日"], ["县委第一巡察组：某镇党委整改进展情况", "一、整改工作开展情况"],
             "2025-07-31"),
            (["某市林业和草原局", "2024年3月6日"], ["关注微信公众号", "免费查看免费推送"], "2024-03-06"),
            (["某区管委会办公室", "2019年2月28日"], ["某区贯彻落实督察反馈意见整改方案", "为切实抓好整改，制定本方案。"], "2019-02-28")):
        out = [p for p in restore_lost_breaks([_flat(lead + sign + after)]) if p.strip()]
        assert sign[1] in out and any(p.endswith(sign[0]) for p in out), sign
        assert parse_text(_flat(lead + sign + after)).report_date == day, sign


def test_a_date_after_words_that_are_no_body_stays_in_its_sentence():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    # near miss: a deadline in a flattened sentence, after words that end no body's name ("…报送 2025年7月31日 前完成")
    text = _flat(["关于开展巡察整改的通知", "各乡镇党委：", "请各单位认真对照问题清单逐项整改，整改情况请于月底前报送。",
                  "各被巡察党组织要坚持问题导向，对照巡察反馈意见逐项抓好整改落实，做到问题不解决不松劲、整改不到位不罢手。",
                  "对整改不力、敷衍整改的，将严肃追究相关人员责任。欢迎干部群众对整改情况进行监督。",
                  "整改结果须在规定期限内完成并报送 2025年7月31日", "前完成全部整改。"])
    out = restore_lost_breaks([text])
    assert "2025年7月31日" not in out


def test_a_pages_empty_counter_run_into_the_lead_is_put_apart_so_the_lead_dates_the_check():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    story = ("10月20日,市提升办继续分四组,对农村环境综合整治工作开展巡查暗访。三个巡查组共暗访了6个乡镇30个村,"
             "其他9个受检村不同程度存在保洁工作不落实、垃圾乱堆乱倒等12个问题。 现将有关问题通报如下: "
             "1、某镇某村,储备库门口成堆垃圾未清理; 2、某乡某村,村内道路两侧垃圾未清理; 3、某镇某村,垃圾池外有垃圾。 "
             "请各乡镇对照问题清单立即整改,整改情况于10月30日前报市提升办。市提升办将适时开展回访,对整改不力的严肃问责。")
    for counter in ("人气:", "阅读数:", "浏览次数：", "点击量:"):
        text = f"农村环境综合整治通报 2014-10-22 09:06:46 {counter} {story}"
        out = restore_lost_breaks([text])
        assert any(p.startswith("10月20日,市提升办") for p in out), counter
        r = parse_text(text)
        assert (r.inspection.start, r.inspection.end) == ("2014-10-20", "2014-10-20"), counter


def test_a_pages_counter_with_its_figure_keeps_the_figure_on_its_line():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    # near miss: the count is printed — the gap after the label is the label's own, not a lost break
    text = ("农村环境综合整治通报 2014-10-22 09:06:46 阅读数: 1024 10月20日,市提升办继续分四组,对农村环境综合整治工作开展"
            "巡查暗访。三个巡查组共暗访了6个乡镇30个村,其他9个受检村不同程度存在保洁工作不落实、垃圾乱堆乱倒等12个问题。 "
            "现将有关问题通报如下: 1、某镇某村,储备库门口成堆垃圾未清理; 2、某乡某村,村内道路两侧垃圾未清理。 "
            "请各乡镇对照问题清单立即整改,整改情况于10月30日前报市提升办。市提升办将适时开展回访,对整改不力的严肃问责。")
    out = restore_lost_breaks([text])
    assert "阅读数:" not in out and not any(p.startswith("1024") for p in out)


# --- a background section's items beside the findings are no problems ------------------------------------------------

def test_the_items_of_a_background_section_beside_the_findings_are_no_problems():
    for background in ("一、基本情况", "一、项目概况", "一、总体情况"):
        r = parse_text("\n".join([
            "某区二季度重点项目推进情况专项审计调查结果公告",
            "依据《中华人民共和国审计法》的规定，区审计局对全区重点项目推进情况进行了专项审计调查。现将审计结果公告如下：",
            background,
            "（一）重点项目计划：全区2023年共安排区级重点项目52个，总投资86.4亿元。",
            "（二）重点项目进展：2023年1至6月，开工项目41个，开工率78.8%，完成年度计划的46.2%。",
            "（三）保障措施：一是成立工作专班；二是建立项目服务台账；三是坚持红黑榜通报制度。",
            "二、审计查出的主要问题及整改情况",
            "（一）关于“某钢结构生产项目”环境影响评价审批手续未完善问题。环评报告已经评审批复，该项目已开始试生产。",
            "（二）关于“某污水处理厂提标项目”进展缓慢问题。目前设备已购置到位，正在安装，预计10月初投入运行。",
            "三、审计建议",
            "（一）积极协调解决问题，全力做好服务保障。",
            "（二）强化检查监督力度，助推工作责任落实。",
        ]))
        assert [p.title for p in r.problems] == ["“某钢结构生产项目”环境影响评价审批手续未完善", "“某污水处理厂提标项目”进展缓慢"], background


def test_a_section_label_that_names_problems_or_the_work_is_no_background_section():
    from zhenggai.importer.parse.levels import RE_FACTS_SECTION_LABEL

    for label in ("基本情况", "项目概况", "总体情况", "问题基本情况", "基本信息"):
        assert RE_FACTS_SECTION_LABEL.match(label), label
    for label in ("整改情况", "存在问题", "审计查出的主要问题及整改情况", "整改工作开展情况", "问题整改情况"):
        assert not RE_FACTS_SECTION_LABEL.match(label), label


# --- perturb flat: a lead's ASCII colon over its first section --------------------------------------------------------

def test_a_flattened_leads_ascii_colon_before_a_section_heading_is_a_lost_break():
    from zhenggai.importer.parse.normalize import restore_lost_breaks

    lead = ("南河镇中心小学食堂整改情况报告 2018年9月4日,镇食品药品监督管理所检查组一行到我校对学校食堂食品安全工作进行了专项"
            "检查指导,主要针对我校食堂食品安全方面存在的问题进行了反馈。现根据我校在食堂食品安全方面主要存在的问题作以下整改:")
    for heading, second, parts in (("一、食堂存在的主要问题", "二、整改情况汇报", ("(一)", "(二)")),
                                   ("(一)食堂存在的主要问题", "(二)整改情况汇报", ("1.", "2.")),
                                   ("（一）食堂存在的主要问题", "（二）整改情况汇报", ("1.", "2."))):
        text = (f"{lead} {heading} 1.操作间污物桶未加盖。2、学生食用散装食用油。3、留样不规范,记录不完整。 "
                f"{second}{parts[0]}整改时限 学校召开专题会议作出安排部署,要求在9月15日前务必整改完毕。 {parts[1]}整改措施 "
                "学校高度重视,逐项整改: (1)、加强卫生管理,污物桶加盖。 (2)把散装食用油换成桶装食用油。 (3)、规范留样记录。 "
                "南河镇中心小学 2018年9月11日")
        out = restore_lost_breaks([text])
        assert heading in out, heading
        r = parse_text(text)
        assert [p.title for p in r.problems] == ["操作间污物桶未加盖", "学生食用散装食用油", "留样不规范,记录不完整"], heading
    # near miss: an ASCII colon before words or a number stays in its line ("来源: 某网", "如下: 1、…")
    out = restore_lost_breaks([f"{lead} 来源: 某某网 上传日期:2025-05-23 " + "整改工作持续推进中。" * 20])
    assert not any(p == "来源:" for p in out)
