"""body22: each inspected body's faults told in running text, cards "<body>:存在…" under a heading line, and a
self-check report's own shortcomings section of ";" clauses (blind42's shapes, written here in other sectors' words)."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.readings import _self_check_shortfall_clauses, body_statements_candidate


def _read(text: str) -> list[tuple[str, list[str]]]:
    return [(p.title, p.responsible_units) for p in parse_text(text).problems]


def _paras(text: str) -> list[Para]:
    return [Para(t, k) for k, t in enumerate(text.splitlines()) if t.strip()]


# --- bodies named in running text, each with its own faults ----------------------------------------------------------
def test_bodies_each_told_after_a_comma_and_parted_by_semicolons_are_one_problem_each_without_the_order():
    text = ("食品安全专项检查结果通报\n"
            "近日，市市场监管局对城区食品经营户开展专项检查，决定对东关惠民超市、西门老字号餐厅、南街麦香面包店等3家给予警告。\n"
            "东关惠民超市,冷藏柜温度不达标,部分预包装食品过期未下架;西门老字号餐厅,后厨卫生较差,从业人员无健康证明;"
            "南街麦香面包店,原料未索证索票,责令限期整改。\n")
    assert _read(text) == [
        ("东关惠民超市,冷藏柜温度不达标,部分预包装食品过期未下架", ["东关惠民超市"]),
        ("西门老字号餐厅,后厨卫生较差,从业人员无健康证明", ["西门老字号餐厅"]),
        ("南街麦香面包店,原料未索证索票", ["南街麦香面包店"])]


def test_a_paragraph_a_school_its_name_running_straight_into_its_faults_is_read_by_the_names_listed_before():
    text = ("区教育局通报校园安全检查情况\n"
            "区教育局决定对城南实验小学、城北第二中学、东湖中心幼儿园等3所学校予以通报批评，限期1个月整改。\n"
            "区教育局指出，城南实验小学存在食堂留样记录不全、消防通道堆放杂物等。\n"
            "城北第二中学宿舍楼应急照明损坏，安全出口指示灯缺失，门卫登记流于形式等。\n"
            "东湖中心幼儿园户外大型玩具底座松动，午睡室电线裸露等。\n")
    assert _read(text) == [
        ("城南实验小学存在食堂留样记录不全、消防通道堆放杂物等", ["城南实验小学"]),
        ("城北第二中学宿舍楼应急照明损坏，安全出口指示灯缺失，门卫登记流于形式等", ["城北第二中学"]),
        ("东湖中心幼儿园户外大型玩具底座松动，午睡室电线裸露等", ["东湖中心幼儿园"])]


def test_sentences_after_a_lead_of_reporting_each_on_one_body_drop_the_lead_and_keep_a_sentence_on_the_same_body():
    text = ("县应急管理局通报\n"
            "县应急管理局对辖区加油站和在建工地开展暗访，对滨河加油站、城东安置房项目工地等2家单位予以通报。\n"
            "据通报，滨河加油站卸油区未设置静电接地装置，灭火器过期。该加油站夜间无人值守，安全台账缺失。"
            "而城东安置房项目工地塔吊作业无专人指挥，临边防护缺失。\n")
    assert _read(text) == [
        ("滨河加油站卸油区未设置静电接地装置，灭火器过期。该加油站夜间无人值守，安全台账缺失", ["滨河加油站"]),
        ("城东安置房项目工地塔吊作业无专人指挥，临边防护缺失", ["城东安置房项目工地"])]


def test_hospitals_each_said_to_have_faults_after_a_check_found_lead_are_one_problem_each():
    text = ("院感防控督查情况\n"
            "督查期间，检查组发现市第三人民医院存在医疗废物暂存间未上锁;消毒记录填写不全等问题。"
            "县中医院存在发热门诊通道设置不合理;部分医务人员未规范佩戴口罩等问题。\n"
            "针对发现的问题，督查组当场反馈并要求立即整改。\n")
    assert _read(text) == [
        ("市第三人民医院存在医疗废物暂存间未上锁;消毒记录填写不全等问题", ["市第三人民医院"]),
        ("县中医院存在发热门诊通道设置不合理;部分医务人员未规范佩戴口罩等问题", ["县中医院"])]


def test_bodies_commended_each_with_what_they_do_well_are_no_problems():
    text = ("市卫健委通报表扬城东医院、城西卫生院等2家单位。\n"
            "城东医院,服务流程规范,群众满意度高;城西卫生院,院感管理到位,获评示范单位。\n")
    assert body_statements_candidate(_paras(text)) is None


def test_bodies_named_with_their_sanction_and_no_fault_of_their_own_are_no_problems():
    text = ("省文旅厅对全省A级景区进行暗访，12家景区在经营管理中存在问题。\n"
            "这12家景区分别是:青峰山景区和白鹭湖公园被严重警告;红岩博物馆、云台山景区被警告。\n")
    assert body_statements_candidate(_paras(text)) is None


def test_bodies_listed_together_with_one_shared_list_of_faults_are_no_body_s_statement():
    text = "根据通报,甲镇惠民超市、乙镇百佳超市、丙镇万家乐超市,均存在价格标签不规范、过期食品未下架等问题。\n"
    assert body_statements_candidate(_paras(text)) is None


def test_a_news_item_on_one_body_is_no_list_of_bodies():
    text = "执法人员检查发现,滨江大酒店存在消防通道堵塞、灭火器过期等问题,当场责令其限期整改。\n"
    assert body_statements_candidate(_paras(text)) is None


# --- cards "<body>:<faults>" under a heading line -----------------------------------------------------------------------
def test_cards_of_a_body_and_its_faults_under_a_heading_line_are_one_problem_each_headed_by_that_line():
    lines = ["近日，县住建局通报了在建工地质量安全检查情况。",
             "2家工地给予通报批评，限期整改",
             "阳光花园三期工地:存在脚手架连墙件缺失，安全网破损等问题。",
             "滨湖学校扩建项目部:存在特种作业人员无证上岗，临时用电不规范。"]
    c = body_statements_candidate([], [Para(t, k) for k, t in enumerate(lines)])
    assert [(p.title, p.responsible_units, p.category) for p in c.problems] == [
        ("存在脚手架连墙件缺失，安全网破损等问题", ["阳光花园三期工地"], "2家工地给予通报批评，限期整改"),
        ("存在特种作业人员无证上岗，临时用电不规范", ["滨湖学校扩建项目部"], "2家工地给予通报批评，限期整改")]


def test_cards_of_bodies_telling_what_they_did_well_are_no_problems():
    lines = ["表扬名单", "城关第一小学:校园环境整洁，管理规范。", "城关第二小学:获评市级文明校园。"]
    assert body_statements_candidate([], [Para(t, k) for k, t in enumerate(lines)]) is None


# --- a self-check report's own shortcomings -----------------------------------------------------------------------------
def test_a_self_check_report_s_shortcomings_section_of_semicolon_clauses_is_one_problem_a_clause():
    text = ("城关小学校园安全自查报告\n"
            "根据县教育局通知要求，我校立即组织开展校园安全自查，现将自查情况报告如下：\n"
            "一、自查工作开展情况\n"
            "校长带队对教学楼、食堂、宿舍进行了全面检查。\n"
            "二、存在的问题\n"
            "部分教室灭火器未按期检查；校园监控存在盲区；安全教育台账不完整。\n"
            "三、下一步打算\n"
            "加强日常巡查，完善台账。\n")
    assert [(p.title, p.category, p.seq) for p in parse_text(text).problems] == [
        ("部分教室灭火器未按期检查", "存在的问题", None), ("校园监控存在盲区", "存在的问题", None),
        ("安全教育台账不完整", "存在的问题", None)]


def test_a_hospital_s_self_check_with_a_bracketed_section_number_is_read_the_same():
    text = ("根据市卫健委要求，我院开展医疗质量自查，现将有关情况汇报如下：\n"
            "（一）自查情况\n"
            "院领导带队检查各临床科室。\n"
            "（二）存在问题\n"
            "病历书写不规范；抗菌药物使用监测滞后；部分科室交接班制度落实不到位。\n"
            "（三）整改措施\n"
            "组织培训，定期抽查。\n")
    assert [(p.title, p.category) for p in parse_text(text).problems] == [
        ("病历书写不规范", "存在问题"), ("抗菌药物使用监测滞后", "存在问题"), ("部分科室交接班制度落实不到位", "存在问题")]


def test_a_rectification_progress_report_s_own_shortcomings_are_no_self_check_problems():
    text = ("区民政局党组关于巡察整改进展情况的报告\n"
            "现将巡察整改进展情况报告如下：\n"
            "一、整改工作进展\n"
            "局党组成立整改领导小组。\n"
            "二、存在的不足\n"
            "个别整改事项推进偏慢；长效机制有待健全。\n"
            "三、下一步打算\n"
            "持续抓好整改。\n")
    assert _self_check_shortfall_clauses(_paras(text)) == []


def test_sentences_one_place_each_some_of_them_no_body_are_left_to_the_reading_of_places():
    text = ("城管局夜查渣土运输，多处存在扬尘问题。东湖公园，围挡破损，裸土未覆盖。实验中学，出入口积尘严重。"
            "滨江路段，渣土车未密闭带泥上路。\n")
    assert body_statements_candidate(_paras(text)) is None


# --- the body named as the one the check looked at, its faults told of "该…" -------------------------------------------
def test_bodies_each_checked_on_site_under_a_team_heading_are_one_problem_each_titled_after_the_finding_verb():
    lines = ["3月5日，市市场监管局开展餐饮单位专项督查，发现部分单位后厨脏乱、证照不全等问题。",
             "第一督查组",
             "3月5日，督查组对城西区味之源餐饮店现场检查时发现，该店后厨地面油污严重，冷藏食品未分类存放。督查组已将问题移交属地监管所处理。",
             "第二督查组",
             "3月5日，督查组对城东区育才中学食堂进行检查时发现，该食堂从业人员健康证过期，留样柜温度不达标。督查组已将问题移交属地监管所处理。",
             "第三督查组",
             "3月6日，督查组对高新区鑫源加油站开展检查时发现，该站卸油口未上锁，消防沙池缺沙。督查组已将问题移交属地应急局处理。"]
    c = body_statements_candidate(_paras("\n".join(lines)), [Para(t, k) for k, t in enumerate(lines)])
    assert [(p.title, p.responsible_units, p.category) for p in c.problems] == [
        ("该店后厨地面油污严重，冷藏食品未分类存放", [], "第一督查组"),
        ("该食堂从业人员健康证过期，留样柜温度不达标", [], "第二督查组"),
        ("该站卸油口未上锁，消防沙池缺沙", [], "第三督查组")]


def test_bodies_checked_and_found_in_good_order_are_no_problems():
    text = ("督查组对城西区味之源餐饮店现场检查时发现，该店后厨整洁，证照齐全。"
            "督查组对城东区育才中学食堂进行检查时发现，该食堂管理规范，台账完整。\n")
    assert body_statements_candidate(_paras(text)) is None


# --- a body told by what it did, then "但" what it left undone ---------------------------------------------------------
def test_bodies_told_by_what_they_did_then_but_give_the_clause_after_but_under_the_run_in_label():
    text = ("一、本次检查情况如下:1、社区和物业:各单位积极行动。"
            "东城街道组织30余人对背街小巷进行清扫,但对农贸市场周边占道经营整治不彻底;"
            "西城街道办事处对老旧小区楼道杂物进行了清理,但对小区化粪池外溢问题处置不及时;"
            "南湖镇组织志愿者开展河岸保洁,但对沿河排污口巡查不到位。\n")
    assert [(p.title, p.responsible_units, p.category) for p in body_statements_candidate(_paras(text)).problems] == [
        ("对农贸市场周边占道经营整治不彻底", [], "社区和物业"),
        ("对小区化粪池外溢问题处置不及时", [], "社区和物业"),
        ("对沿河排污口巡查不到位", [], "社区和物业")]


def test_bodies_told_only_by_what_they_did_are_no_problems():
    text = ("东城街道组织30余人对背街小巷乱堆乱放进行清扫;西城街道办事处对老旧小区楼道杂物进行了清理;"
            "南湖镇组织志愿者开展河岸保洁,沿河垃圾全部清运。\n")
    assert body_statements_candidate(_paras(text)) is None
