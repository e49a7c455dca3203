"""self23: a body's OWN statement of its shortcomings — a yearly work report's or self-check's section of its
shortcomings answered one by one by its improvements, a problem list under a heading naming it one, a check's own record
listing what it found after "如:" / "具体表现为:", a notice of 整改前/整改后 pairs, a list told with 首先/其次 — written here
in other sectors' and bodies' words than the labelled documents (blind44–46), with the near misses that must stay empty:
achievements, plans and requirements, a round's review over many bodies, an inspector's feedback."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import levels, parse_text, readings
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.titles import split_heading


def _paras(text: str) -> list[Para]:
    return [Para(t, k) for k, t in enumerate(text.splitlines()) if t.strip()]


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title, p.measure_count, p.status) for p in parse_text(text).problems]


# --- a body's own section of its shortcomings, answered by its improvements --------------------------------------------
def test_a_hospital_year_report_reads_its_numbered_shortfalls_each_answered_by_the_improvement_of_its_number():
    text = ("某县人民医院2023年院务公开工作年度报告\n"
            "一、总体情况\n"
            "2023年，我院坚持公开透明，全年公开院务信息356条。\n"
            "二、主动公开情况\n"
            "全年通过院务公开栏、微信公众号主动公开信息。\n"
            "三、存在的不足和改进措施\n"
            "（一）存在的不足\n"
            "1.部分科室公开信息更新不够及时。\n"
            "2.患者意见反馈渠道还需进一步拓宽。\n"
            "（二）改进措施\n"
            "1.明确各科室信息员，每周更新公开内容。\n"
            "2.开通线上意见箱，专人回复患者意见。\n"
            "某县人民医院\n"
            "2024年1月20日\n")
    assert _read(text) == [
        (1, "存在的不足", "部分科室公开信息更新不够及时", 1, None),
        (2, "存在的不足", "患者意见反馈渠道还需进一步拓宽", 1, None)]


def test_a_bureau_self_check_reads_its_shortfalls_said_yi_shi_er_shi_in_one_paragraph_and_its_measures_after():
    text = ("某区水务局安全生产自查报告\n"
            "根据工作安排，我局对安全生产工作开展了自查，现将有关情况报告如下。\n"
            "一、自查情况\n"
            "我局组织人员对所属泵站、水闸进行了全面检查。\n"
            "二、存在的问题\n"
            "经自查，主要有以下方面：一是部分泵站值班记录填写不规范，交接班内容过于简单。二是应急物资储备不足，"
            "部分救生衣已过期。三是安全培训覆盖面不广，新进人员培训还需加强。\n"
            "三、整改措施\n"
            "一是统一值班记录格式，每月抽查一次。\n"
            "二是补充采购救生衣50件，清理过期物资。\n"
            "三是对新进人员开展专题安全培训。\n")
    assert _read(text) == [
        (1, "存在的问题", "部分泵站值班记录填写不规范，交接班内容过于简单", 1, None),
        (2, "存在的问题", "应急物资储备不足，部分救生衣已过期", 1, None),
        (3, "存在的问题", "安全培训覆盖面不广，新进人员培训还需加强", 1, None)]


def test_a_section_of_shortfalls_and_mends_said_in_one_sentence_is_one_problem_with_its_one_measure():
    text = ("某镇2022年政务公开工作年度报告\n"
            "一、主动公开情况\n"
            "全年主动公开政府信息180条。\n"
            "二、依申请公开情况\n"
            "全年未收到依申请公开申请。\n"
            "三、存在的主要问题及改进措施\n"
            "我镇政务公开存在的主要问题是公开栏目设置不够规范，下一步将对照上级目录逐项调整栏目。\n")
    assert _read(text) == [(None, "存在的主要问题及改进措施", "公开栏目设置不够规范", 1, None)]


def test_a_card_copy_that_lost_its_breaks_reads_the_problem_before_the_comma_and_the_action_after_as_its_measure():
    text = ("某社区卫生服务站自查报告根据要求，我站开展了自查，现将情况报告如下：一、自查情况：（一）药品按规定存放。"
            "（二）医疗废物交接记录完整。二、存在问题及整改情况。（一）消毒记录不全，落实专人每日登记。"
            "（二）候诊区秩序较差，安排志愿者引导就诊。三、下一步工作打算。（一）加强人员培训。某社区卫生服务站\n")
    assert _read(text) == [
        (1, "存在问题及整改情况", "消毒记录不全", 1, None),
        (2, "存在问题及整改情况", "候诊区秩序较差", 1, None)]


def test_an_achievements_section_a_heading_stating_one_fault_and_next_steps_are_no_own_shortfalls_section():
    achievements = _paras("某县文旅局年度工作总结\n三、主要成效\n1.游客接待量同比增长12%。\n2.新建旅游厕所8座。\n"
                          "四、下一步打算\n1.继续完善景区设施。\n2.加大宣传推介力度。\n")
    assert readings.own_shortfalls_section_candidate(achievements) is None
    stated = _paras("某区审计整改情况\n四、制度执行存在短板\n1.部分单位未按时报送材料。\n2.验收标准不明确。\n")
    assert readings.own_shortfalls_section_candidate(stated) is None
    assert not readings.RE_OWN_SHORTFALLS_LABEL.match("制度执行存在短板")
    assert readings.RE_OWN_SHORTFALLS_LABEL.match("政府信息公开工作存在的主要问题")


def test_a_round_review_over_many_bodies_keeps_its_general_shortfalls_out_of_the_problem_list():
    text = ("某市委巡察办关于2023年巡察整改工作情况的报告\n"
            "一、整改总体情况\n"
            "十一届市委第三轮巡察反馈问题412个，已完成整改389个。\n"
            "二、存在的不足\n"
            "1.个别被巡察单位对整改重视不够，存在等靠思想。\n"
            "2.部分问题整改标准不高，举一反三不够。\n"
            "3.少数单位整改资料不够规范。\n")
    assert readings.own_shortfalls_section_candidate(_paras(text)) is None
    assert parse_text(text).problems == []


# --- a list in an attachment titled a problem list: problems by their place --------------------------------------------
NOTICE_WITH_PROBLEM_LIST = ("各医疗机构：\n"
                            "市卫生健康委于5月8日至9日对城区医疗机构开展院感防控督导，现将问题清单印发给你们，请认真整改。\n"
                            "联系人：王某\n"
                            "市卫生健康委办公室\n"
                            "2024年5月12日\n"
                            "附件\n"
                            "院感防控督导问题清单\n"
                            "1.手卫生执行情况不佳。城东医院部分医护人员诊疗前后未洗手。\n"
                            "2.医疗废物暂存点管理不规范：城西卫生院暂存点未上锁。\n"
                            "3.消毒供应室布局不合理：城南医院污染区与清洁区交叉。\n")


def test_a_notice_whose_attachment_is_titled_a_problem_list_reads_its_numbered_items(monkeypatch):
    r = parse_text(NOTICE_WITH_PROBLEM_LIST)
    assert [(p.seq, p.title, p.measure_count) for p in r.problems] == [
        (1, "手卫生执行情况不佳。城东医院部分医护人员诊疗前后未洗手", 0),
        (2, "医疗废物暂存点管理不规范：城西卫生院暂存点未上锁", 0),
        (3, "消毒供应室布局不合理：城南医院污染区与清洁区交叉", 0)]
    monkeypatch.setattr(levels, "in_problem_list_attachment", lambda node: False)
    assert parse_text(NOTICE_WITH_PROBLEM_LIST).problems == []  # (their own words alone are too weak a list)


def test_an_attachment_title_names_a_problem_list_only_when_it_lists_the_problems():
    for title in ("周督导问题清单", "院感防控督导问题清单", "安全检查问题台账", "问题清单"):
        assert levels.RE_PROBLEM_LIST_TITLE.match(title), title
    for title in ("整改任务分工表", "问题整改情况表", "工作安排", "问题清单整改进展情况"):
        assert not levels.RE_PROBLEM_LIST_TITLE.match(title), title


# --- a checker's verdict run into where it was found: one statement ---------------------------------------------------
def test_a_verdict_on_a_work_then_the_bodies_where_it_was_found_is_titled_whole():
    title, rest, _ = split_heading("食品留样工作不达标。城关中学留样不足48小时，实验小学未留样。", False)
    assert title == "食品留样工作不达标。城关中学留样不足48小时，实验小学未留样" and rest == ""
    title, rest, _ = split_heading("家访工作尚需加强：第三小学部分班主任家访记录缺失。", False)
    assert title == "家访工作尚需加强：第三小学部分班主任家访记录缺失"


def test_a_heading_stating_a_fault_itself_keeps_its_first_sentence():
    title, rest, _ = split_heading("财务管理不规范。内控制度执行不到位，备用金管理不规范。", False)
    assert title == "财务管理不规范" and rest.startswith("内控制度")


# --- a body's own self-check: its items titled whole -------------------------------------------------------------------
def test_a_self_check_item_that_goes_on_with_how_the_shortfall_shows_is_titled_whole():
    text = ("某银行支行合规经营自查报告\n"
            "按照上级行部署，我支行开展了合规经营自查自纠，现将发现的问题报告如下：\n"
            "一、自查发现的主要问题\n"
            "1.客户身份识别不严格。抽查开户资料60份，发现5份未留存身份证复印件，2份未进行联网核查。\n"
            "2.员工行为管理存在薄弱环节。个别员工未按规定报告个人对外投资情况。\n")
    assert [p.title for p in parse_text(text).problems] == [
        "客户身份识别不严格。抽查开户资料60份，发现5份未留存身份证复印件，2份未进行联网核查",
        "员工行为管理存在薄弱环节。个别员工未按规定报告个人对外投资情况"]


def test_an_item_whose_rest_answers_it_or_a_list_under_no_shortcomings_heading_keeps_its_first_sentence():
    answered = ("某区市场监管局整改情况报告\n"
                "一、存在的问题\n"
                "1.执法案卷归档不及时。已建立案卷月度归档制度，专人负责。\n"
                "2.抽检覆盖面不够广。下一步将扩大农村市场抽检批次。\n")
    assert [p.title for p in parse_text(answered).problems][:2] == ["执法案卷归档不及时", "抽检覆盖面不够广"]
    feedback = ("某区委第二巡察组反馈意见\n"
                "1.财务管理不规范。报销审核不严，个别凭证附件不全。\n"
                "2.党组织建设薄弱。三会一课记录简单，组织生活会质量不高。\n")
    assert [p.title for p in parse_text(feedback).problems] == ["财务管理不规范", "党组织建设薄弱"]


def test_a_found_problems_section_of_a_typical_case_titles_each_item_whole():
    text = ("某省环境督察典型案例\n"
            "一、基本情况\n"
            "某县工业园区位于某河上游，园区内有化工企业12家。\n"
            "二、存在问题\n"
            "（一）污水管网建设滞后。园区污水管网覆盖率仅为40%，部分企业废水经雨水管道直排河道。\n"
            "（二）监管流于形式。县生态环境局对园区企业超标排放问题长期未予查处。\n")
    assert [p.title for p in parse_text(text).problems] == [
        "污水管网建设滞后。园区污水管网覆盖率仅为40%，部分企业废水经雨水管道直排河道",
        "监管流于形式。县生态环境局对园区企业超标排放问题长期未予查处"]


# --- a check's own record: the shortcomings in ';' clauses after "如:" / "具体表现为:" --------------------------------
@pytest.mark.parametrize("text, titles", [
    ("某医院节前安全检查\n12月28日，院领导带队对门诊楼、住院部、配电房进行了检查。总体情况良好，但也发现一些问题，如：消防通道堆放杂物；"
     "部分灭火器压力不足；配电房应急照明损坏。\n检查结束后，院领导要求相关科室立即整改。\n",
     ["消防通道堆放杂物", "部分灭火器压力不足", "配电房应急照明损坏"]),
    ("某支行开展作风纪律检查\n本次检查中，多数员工遵守纪律，但也存在一些不足，具体表现为：个别员工上班迟到；柜面服务用语不规范；"
     "另外，部分员工工位物品摆放杂乱。\n",
     ["个别员工上班迟到", "柜面服务用语不规范", "部分员工工位物品摆放杂乱"]),
    ("某中学开学安全自查\n学校对校舍、食堂、宿舍进行了自查，存在以下隐患，如:宿舍楼楼梯扶手松动;食堂排烟管道油污较多。\n",
     ["宿舍楼楼梯扶手松动", "食堂排烟管道油污较多"]),
])
def test_a_checks_own_record_reads_one_problem_a_clause_after_the_word_announcing_them(text, titles):
    assert [p.title for p in parse_text(text).problems] == titles


def test_feedback_and_a_check_over_many_bodies_listing_faults_at_once_are_not_read_by_their_clauses():
    feedback = _paras("巡察组反馈指出，该局存在一些问题，主要表现为：理论学习不深入；财务管理不规范；干部队伍建设滞后。\n")
    assert readings.exampled_shortfalls(feedback) == []
    many = _paras("检查发现，被检查单位存在一些问题，主要表现在：部分单位档案管理不规范；部分单位未配备专职人员。\n")
    assert readings.exampled_shortfalls(many) == []


# --- 整改前 / 整改后 ----------------------------------------------------------------------------------------------------
def test_one_before_and_after_pair_is_one_done_problem_with_its_measure_and_the_body_said_to_have_finished():
    text = ("某区农贸市场环境整治成果展示\n"
            "专项整治开展以来，我局督促各市场整改环境卫生问题，目前东门农贸市场已完成整改，现将整改情况公布如下：\n"
            "整改前：\n"
            "市场排水沟堵塞，地面积水，垃圾桶破损。\n"
            "整改后：\n"
            "已疏通排水沟，更换垃圾桶12个。\n")
    r = parse_text(text)
    assert [(p.title, p.status, p.measure_count, p.responsible_units) for p in r.problems] == [
        ("市场排水沟堵塞，地面积水，垃圾桶破损", "done", 1, ["东门农贸市场"])]


def test_two_before_and_after_pairs_with_their_values_on_the_label_lines_are_two_problems():
    text = ("某街道背街小巷整治对比\n"
            "整改前：文化路人行道砖块松动破损。\n"
            "整改后：已重新铺设人行道砖。\n"
            "整改前：建设巷违规搭建雨棚占道。\n"
            "整改后：雨棚已全部拆除。\n")
    r = parse_text(text)
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [
        ("文化路人行道砖块松动破损", "done", 1), ("建设巷违规搭建雨棚占道", "done", 1)]


def test_before_and_after_captions_that_state_no_fault_are_no_problem():
    paras = _paras("某公园提升改造\n整改前：\n公园东门入口。\n整改后：\n公园东门入口。\n")
    assert readings.before_after_candidate(paras) is None


# --- a list told with ordinal words -------------------------------------------------------------------------------------
def test_shortfalls_told_first_then_next_answered_by_the_same_ordinals_are_one_problem_each_with_a_measure():
    text = ("某养老院接受民政部门检查后整改\n"
            "某县一家养老院在民政局检查中被发现存在多项问题。首先，消防设施配备不足，部分楼层无应急照明；其次，护理人员持证率偏低；"
            "最后，老人膳食记录不完整。\n"
            "针对以上问题，养老院立即开展整改。首先，增配灭火器和应急照明灯；其次，组织护理人员参加培训考证；最后，建立膳食台账。\n"
            "经过一个月的整改，这些问题得到了有效解决。\n")
    assert _read(text) == [
        (None, None, "消防设施配备不足，部分楼层无应急照明", 1, "done"),
        (None, None, "护理人员持证率偏低", 1, "done"),
        (None, None, "老人膳食记录不完整", 1, "done")]


def test_requirements_told_first_then_next_are_no_problems():
    paras = _paras("会议强调，各单位存在问题的要立即整改。首先，要提高思想认识；其次，要压实工作责任；最后，要建立长效机制。\n")
    assert readings.ordinal_shortfalls(paras) == []


# --- more of each shape, in other bodies' words ------------------------------------------------------------------------
@pytest.mark.parametrize("attachment, items", [
    ("附件2\n农村饮水安全排查问题台账\n", ["1.供水水质检测频次不足。东岭村水厂全年仅检测1次。\n",
                                    "2.管网老化漏损严重：西坡村主管道多处渗漏。\n"]),
    ("附件\n食品经营户专项检查问题清单\n", ["1.进货查验记录缺失：城关镇部分超市未建立台账。\n",
                                    "2.冷链食品储存温度超标：两家冷库温度记录不全。\n",
                                    "3.从业人员健康证过期：三家餐馆各有1人健康证过期。\n"]),
])
def test_other_attachments_titled_a_problem_list_read_their_items(attachment, items):
    text = ("关于印发专项检查发现问题清单的通知\n各有关单位：\n现将检查发现的问题清单印发给你们，请于10日内整改到位。\n"
            "某县农业农村局\n2024年3月1日\n"
            + attachment + "".join(items))
    assert len(parse_text(text).problems) == len(items)


def test_a_third_verdict_run_into_the_places_it_was_found_is_titled_whole():
    title, rest, _ = split_heading("垃圾分类督导效果不理想。阳光小区分类投放准确率不足五成，绿苑小区督导员缺岗。", False)
    assert title == "垃圾分类督导效果不理想。阳光小区分类投放准确率不足五成，绿苑小区督导员缺岗"


def test_a_leadership_review_titles_its_yi_shi_items_whole_under_its_shortcomings_section():
    text = ("某县财政局领导班子对照检查材料\n"
            "一、存在的突出问题\n"
            "（一）担当作为方面。一是攻坚克难的劲头有所减弱。面对债务化解等难题，班子成员存在畏难情绪，办法不多。"
            "二是服务基层不够主动。深入乡镇调研次数偏少，对基层反映的资金拨付慢问题回应不及时。\n"
            "二、整改措施\n"
            "（一）加强理论学习。\n")
    assert [p.title for p in parse_text(text).problems] == [
        "攻坚克难的劲头有所减弱。面对债务化解等难题，班子成员存在畏难情绪，办法不多",
        "服务基层不够主动。深入乡镇调研次数偏少，对基层反映的资金拨付慢问题回应不及时"]


def test_a_bracketed_before_and_after_pair_is_one_problem():
    text = ("某镇河道清理成效\n"
            "河长制工作开展以来，我镇对辖区河道开展集中清理，目前东溪村已完成整改。\n"
            "【整改前】东溪河段岸边堆放建筑垃圾，水面漂浮物较多。\n"
            "【整改后】已清运建筑垃圾30吨，打捞漂浮物。\n")
    r = parse_text(text)
    assert [(p.title, p.status, p.measure_count, p.responsible_units) for p in r.problems] == [
        ("东溪河段岸边堆放建筑垃圾，水面漂浮物较多", "done", 1, ["东溪村"])]


@pytest.mark.parametrize("text, titles", [
    ("某物业公司接受住建部门检查\n某小区物业在住建局检查中存在以下问题：第一，电梯维保记录不全；第二，消防水泵无法正常启动；"
     "第三，绿化带垃圾清理不及时。\n",
     ["电梯维保记录不全", "消防水泵无法正常启动", "绿化带垃圾清理不及时"]),
    ("一家驾校的整改\n市交通运输局检查发现，该驾校存在诸多问题。首先，教练车安全装置不齐全；其次，学时记录存在虚报情况。\n",
     ["教练车安全装置不齐全", "学时记录存在虚报情况"]),
])
def test_other_lists_told_with_ordinals_after_a_lead_naming_problems_are_read_one_problem_each(text, titles):
    assert [p.title for p in parse_text(text).problems] == titles


# --- a form's field: the label on its line, the value on the next ------------------------------------------------------
@pytest.mark.parametrize("label, value", [
    ("存在的主要问题", "药房过期药品未及时清理"),
    ("存在问题", "消防器材超过有效期"),
    ("存在的突出问题", "食堂从业人员未持健康证上岗"),
])
def test_a_form_records_its_one_problem_under_its_label_line(label, value):
    text = ("某卫生院整改约谈记录\n约谈时间\n2024年4月\n约谈对象\n某村卫生室负责人\n" + label + "\n" + value + "\n"
            "约谈内容\n要求一个月内整改到位，逾期将通报。\n")
    assert [(p.category, p.title) for p in parse_text(text).problems] == [(label, value)]


def test_a_label_over_a_statement_about_the_problems_or_outside_a_form_is_not_a_form_field():
    about = _paras("某局整改工作总结\n约谈时间\n2024年4月\n约谈对象\n某科室\n存在的问题\n未完成的3个问题主要涉及资金保障\n")
    assert readings.own_shortfalls_section_candidate(about) is None
    prose = _paras("某局整改工作总结\n存在的问题\n个别科室学习不够深入\n下一步，我局将加强学习。\n")
    assert readings.own_shortfalls_section_candidate(prose) is None


def test_a_form_gives_its_problem_the_party_s_unit_the_demanded_deadline_and_the_party_s_reply_as_its_measure():
    text = ("某区卫健局专项检查整改约谈记录\n约谈时间\n2024年5月\n被约谈人单位、职务\n某街道社区卫生服务中心主任\n姓名\n某某\n"
            "存在的主要问题\n医疗废物暂存间未设置警示标识\n约谈内容\n某某某:检查发现你中心医疗废物暂存间未设置警示标识，请你中心在6月底前整改到位。\n"
            "某某:我中心正在制作警示标识，争取按期整改到位。\n被约谈人签名:\n")
    [p] = parse_text(text).problems
    assert (p.title, p.responsible_units, p.deadline, p.measure_count, p.status) == (
        "医疗废物暂存间未设置警示标识", ["某街道社区卫生服务中心"], "6月底前", 1, "in_progress")


def test_the_shortfalls_section_said_in_the_genre_s_other_words_is_read_the_same():
    for label in ("（一）发现的问题", "（一）检查发现的主要问题", "（一）问题清单"):
        text = ("某乡2023年政务公开工作年度报告\n一、主动公开情况\n全年主动公开信息96条。\n二、存在的主要问题及改进措施\n"
                + label + "\n1.部分信息发布不够及时。\n2.公开内容还需进一步规范。\n（二）改进措施\n1.落实专人每周更新。\n2.建立发布前审核制度。\n")
        assert [(p.title, p.measure_count) for p in parse_text(text).problems] == [
            ("部分信息发布不够及时", 1), ("公开内容还需进一步规范", 1)], label
