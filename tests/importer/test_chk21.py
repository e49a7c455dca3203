"""A check's report whose entries each name a place or body and state what was wrong there (session 21, helper chk21).

Constructed texts in other words than the labelled pages (other bodies, places, labels, numbering; one traditional
copy), each rule with positives and near misses that must not fire.

Rules:
- (a) An entry that is only a name (a place or body, no fault of its own) over numbered findings "(1)…" on the lines
  below it is ONE problem, titled by the name and its findings joined (CONVENTIONS R11/R12: the same title as when the
  findings run on the name's line), category the heading above (structure._place_findings_joined).
- (b) A heading naming a place, a kind of body or an aspect, in the section of problems, over an unnumbered paragraph:
  each 一是/二是 item (seq its number) or each ';' clause stating a fault (seq null) is a problem; one statement is one
  problem; the heading is the category; a heading over nothing that states nothing wrong is no problem
  (structure._headed_findings_opened).
- (c) Exposure cards: the body's label is read by what it names (a label ending in 单位/场所/企业/名称…, a bracket
  allowed), not a list of labels, its value on the same line or the next; the finding's label is 存在/发现 + up to four
  characters + 隐患/问题; a card under no heading of its own stays under the heading above (readings.field_cards_candidate).
- The shared class levels.states_amiss: a shortfall of a work or a fault found on site.
- Prose checks: a found label opening its paragraph after a check's or site's words ("现场存在问题:A;B") over two
  fault clauses (not a body's own "某镇党委存在问题:", R20); two "在<place>," sentences each stating a finding, the check
  told before the finding dropped (R92); the findings' progress paragraph answering them clause by clause; a finding
  whose rectification is still not done is in progress (readings._labelled_problem_clauses, _place_finding_sentences,
  _progress_paired).
- Units named in a measure before what the body does ("由包片单位某公司对…"), and the bodies a lead body leads
  ("由某局牵头,甲、乙按照…") (parse._duties_in_measures).
- Layout: "邮政信箱" named among a check's channels ends no article (normalize.RE_CLOSING); a line ending in a figure is
  not glued to one opening with a figure (normalize._should_join: an issue number over a period).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.levels import states_amiss

# --- (a) a place's name over its numbered findings ---------------------------------------------------------------------
PLACES = """某区创卫督查通报(第五期)
8月2日至6日,区创卫办对各街道点位进行暗访,现将情况通报如下:
一、东城街道
(一)、农贸市场
1、青石农贸市场
(1)摊位外溢,占道经营;
(2)活禽区地面污水横流。
2、河西菜市场
(1)垃圾桶无盖;
(2)公厕无人保洁;
(3)消防通道堵塞。
(二)、背街小巷
1、柳荫巷
(1)墙面有乱张贴现象;
(2)路面坑洼积水。
2、竹园里
(1)电动车乱停放。
"""


def test_a_place_named_alone_over_its_numbered_findings_is_one_problem_titled_by_name_and_findings():
    r = parse_text(PLACES)
    titles = [p.title for p in r.problems]
    assert titles == ["青石农贸市场(1)摊位外溢,占道经营;(2)活禽区地面污水横流",
                      "河西菜市场(1)垃圾桶无盖;(2)公厕无人保洁;(3)消防通道堵塞",
                      "柳荫巷(1)墙面有乱张贴现象;(2)路面坑洼积水",
                      "竹园里(1)电动车乱停放"]
    assert [p.seq for p in r.problems] == [1, 2, 1, 2]
    assert [p.category for p in r.problems] == ["农贸市场", "农贸市场", "背街小巷", "背街小巷"]


PLACES_TRAD = """某縣文明創建督查通報
一、城區
1、太平社區
(1)綠化帶內有垃圾;
(2)宣傳欄破損。
2、新民社區
(1)樓道內堆放雜物;
(2)未設置垃圾分類設施。
"""


def test_a_traditional_copy_of_places_over_findings_reads_the_same_way():
    r = parse_text(PLACES_TRAD)
    assert len(r.problems) == 2
    assert r.problems[0].title.startswith("太平社")
    assert "(2)" in r.problems[0].title and "(2)" in r.problems[1].title


# near miss: an aspect over numbered lines — those lines are the problems, the aspect their category
ASPECT_LINES = """某局巡察反馈问题
一、存在的问题
(一)党建工作方面
1.三会一课制度落实不到位。
2.党员发展程序不规范。
(二)财务管理方面
1.公务接待审批不严格。
2.固定资产账实不符。
"""


def test_an_aspect_over_numbered_problem_lines_is_their_category_not_one_joined_problem():
    r = parse_text(ASPECT_LINES)
    assert len(r.problems) == 4
    assert r.problems[0].title == "三会一课制度落实不到位"
    assert r.problems[0].category == "党建工作方面"


# near miss: a name over numbered lines of what was done is a problem with measures, not findings
NAMES_OVER_ACTIONS = """某镇整改情况报告
1、城东社区
(1)加强保洁人员管理,建立巡查制度;
(2)完善公示栏内容。
2、城西社区
(1)组织开展集中清理行动;
(2)落实门前三包责任。
"""


def test_names_over_numbered_actions_are_not_joined_as_findings():
    r = parse_text(NAMES_OVER_ACTIONS)
    assert all("(1)" not in p.title for p in r.problems)


# --- (b) a heading over an unnumbered paragraph of findings -----------------------------------------------------------
CLAUSES = """某市创文督查通报
6月3日,市创文办对城区创文工作进行督查,现将情况通报如下:
一、督查发现的问题
(一)市容秩序方面
人民路沿街商铺出店经营,占道现象突出;火车站广场机动车乱停乱放;滨江公园护栏破损未修复。
(二)公共设施方面
北门公交站台候车亭玻璃破损;体育馆东侧路灯不亮。
二、下步要求
各责任单位要迅速整改。
"""


def test_each_semicolon_clause_under_an_aspect_heading_is_a_problem_of_that_category():
    r = parse_text(CLAUSES)
    assert [p.title for p in r.problems] == ["人民路沿街商铺出店经营,占道现象突出", "火车站广场机动车乱停乱放",
                                            "滨江公园护栏破损未修复", "北门公交站台候车亭玻璃破损", "体育馆东侧路灯不亮"]
    assert [p.category for p in r.problems] == ["市容秩序方面"] * 3 + ["公共设施方面"] * 2
    assert all(p.seq is None for p in r.problems)


BODY_KINDS = """关于某县文明城市创建工作的督查报告
县文明办于3月中旬对全县创建工作进行了督查,现将情况报告如下:
一、总体情况
各单位按照部署推进创建工作,成效明显。
二、发现的问题
1.医院
存在候诊区吸烟、垃圾未及时清运等问题。
2.窗口单位
一是服务台未公开办事流程。二是志愿服务岗无人值守。三是无障碍设施缺失。
3.统计表(见附件
"""


def test_a_kind_of_body_over_one_sentence_or_its_yishi_items_gives_problems_of_that_category():
    r = parse_text(BODY_KINDS)
    assert [(p.seq, p.category, p.title) for p in r.problems] == [
        (None, "医院", "存在候诊区吸烟、垃圾未及时清运等问题"),
        (1, "窗口单位", "服务台未公开办事流程"),
        (2, "窗口单位", "志愿服务岗无人值守"),
        (3, "窗口单位", "无障碍设施缺失"),
    ]


# near miss: headings over paragraphs of work done (a report's sections), not in a section of problems
WORK_SECTIONS = """某街道创文工作总结
一、主要做法
(一)环境整治方面
组织开展集中清理行动;设立专职保洁队伍;完善长效管理机制。
(二)宣传发动方面
印发宣传资料五千份;开展志愿服务活动二十场。
"""


def test_headings_over_paragraphs_of_work_done_are_not_opened_as_findings():
    r = parse_text(WORK_SECTIONS)
    assert not any(p.title == "组织开展集中清理行动" for p in r.problems)
    assert not any(p.category == "环境整治方面" and p.seq is None and "行动" in p.title for p in r.problems)


# --- (c) exposure cards whose labels name the body and the finding in other words --------------------------------------
CARDS_OTHER_LABELS = """某市开展火灾隐患集中曝光,名单如下:
东江区
隐患场所:
东江区好运来网吧
存在消防隐患:
1、疏散通道堆放杂物;
2、应急照明灯损坏。
企业(场所)名称:
东江区鑫达五金加工厂
存在消防隐患:
电缆私拉乱接。
西湖区
隐患场所:
西湖区悦来宾馆
存在消防隐患:
安全出口上锁。
"""


def test_cards_whose_labels_name_a_body_and_a_finding_in_other_words_are_one_problem_each():
    r = parse_text(CARDS_OTHER_LABELS)
    assert [p.title for p in r.problems] == ["1、疏散通道堆放杂物;2、应急照明灯损坏", "电缆私拉乱接", "安全出口上锁"]
    assert [p.responsible_units for p in r.problems] == [["东江区好运来网吧"], ["东江区鑫达五金加工厂"], ["西湖区悦来宾馆"]]
    assert [p.category for p in r.problems] == ["东江区", "东江区", "西湖区"]


CARDS_ORDINALS = """某县消防大队曝光一批隐患单位:
1
检查对象:
某县华联超市
发现的安全问题:
1.灭火器压力不足;
2.消防栓被货架遮挡。
2
检查对象:
某县新世纪KTV
发现的安全问题:
包厢内装修使用易燃材料。
3
检查对象:
某县长城宾馆
发现的安全问题:
1.疏散指示标志不亮;
2.未落实防火巡查。
"""


def test_numbered_cards_with_a_checked_object_label_take_the_card_number_as_seq():
    r = parse_text(CARDS_ORDINALS)
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert r.problems[1].title == "包厢内装修使用易燃材料"
    assert r.problems[2].responsible_units == ["某县长城宾馆"]


# near miss: a plan's task cards whose unit is a body charged with the work (责任单位) are no exposure cards
PLAN_CARDS = """某县整改方案
任务一
存在问题:
河道沿岸垃圾堆积。
责任单位:
县水利局
任务二
存在问题:
部分路灯损坏。
责任单位:
县住建局
"""


def test_a_plans_cards_with_a_charged_unit_label_are_not_read_as_exposure_cards():
    r = parse_text(PLAN_CARDS)
    assert not (r.reading_detail or "").endswith("分行列出）")


def test_states_amiss_reads_site_faults_and_shortfalls_but_not_names_or_actions():
    assert states_amiss("有明显垃圾")
    assert states_amiss("无景观小品")
    assert states_amiss("参与率低")
    assert states_amiss("整改不到位")
    assert not states_amiss("古塔社区")
    assert not states_amiss("环境卫生方面")
    assert not states_amiss("加强保洁人员管理")


# --- (c) cards: a body label alone on its line with no colon, bracketed headings, a numbered body field ---------------
CARDS_BARE_LABEL = """某市消防支队曝光近期检查发现的火灾隐患单位:
01
【南湖】
受检单位
南湖区金鼎酒楼
存在隐患:厨房油烟管道未清洗
受检单位
南湖区欣欣超市
存在隐患:安全出口被货物堵塞
02
【北山】
受检单位
北山区顺达物流仓库
存在隐患:仓库内违规住人。
"""


def test_a_body_label_alone_with_no_colon_reads_its_name_below_and_bracketed_headings_carry_over():
    r = parse_text(CARDS_BARE_LABEL)
    assert [p.title for p in r.problems] == ["厨房油烟管道未清洗", "安全出口被货物堵塞", "仓库内违规住人"]
    assert [p.category for p in r.problems] == ["南湖", "南湖", "北山"]
    assert [p.responsible_units for p in r.problems] == [["南湖区金鼎酒楼"], ["南湖区欣欣超市"], ["北山区顺达物流仓库"]]
    assert all(p.seq is None for p in r.problems)  # ("01" numbers the district, not a card)


CARDS_NUMBERED_BODY = """某县消防大队公布一批火灾隐患单位:
1、企业名称:某县宏发木业有限公司
隐患问题:(1)车间电线私拉乱接;(2)灭火器失效。
2、企业名称:某县利民加油站
隐患问题:消防沙池缺沙。
3、企业名称:某县德福宾馆
隐患问题:(1)疏散指示标志缺失;(2)未建立防火巡查记录。
"""


def test_a_numbered_body_field_over_an_unnumbered_finding_field_gives_the_card_its_number():
    r = parse_text(CARDS_NUMBERED_BODY)
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert r.problems[1].title == "消防沙池缺沙"
    assert r.problems[0].responsible_units == ["某县宏发木业有限公司"]


# near miss: a bare label of two characters ("单位" alone, a broken banner) is no body field
def test_a_two_character_label_line_alone_is_not_read_as_a_body_label():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.readings import field_cards_candidate

    lines = ["隐患", "单位", "某区", "存在隐患:消防通道堵塞", "单位", "某镇", "存在隐患:灭火器过期"]
    assert field_cards_candidate([Para(t, k) for k, t in enumerate(lines)]) is None


# --- units named in a measure by what the body does, and the bodies a lead body leads ----------------------------------
DOERS = """某县城区市容巡查情况通报
1、东街片区:店外堆放杂物,占道经营。
整改措施:由包片单位县供电公司对占道物品进行清理;督促商户落实门前三包。
2、南门广场绿化带内垃圾成堆。
整改措施:由县城管局牵头,县环卫站、县园林所、南门社区按照职责分工予以清理。
3、北关路积水严重。
整改措施:由县住建局负责疏通排水管道。
"""


def test_a_measure_names_its_doer_before_what_it_does_and_the_bodies_a_lead_body_leads():
    r = parse_text(DOERS)
    assert r.problems[0].responsible_units == ["县供电公司"]
    assert r.problems[1].responsible_units == ["县城管局", "县环卫站", "县园林所", "南门社区"]
    assert r.problems[2].responsible_units == ["县住建局"]


# near miss: "由于…" names no doer, nor a body merely mentioned after 对
def test_a_cause_after_youyu_names_no_doer():
    r = parse_text("""某镇检查通报
1、集镇主街垃圾清运不及时。
整改措施:由于人手不足,下一步增加保洁人员对主街进行清扫。
2、农贸市场排水沟堵塞。
整改措施:组织人员对排水沟进行疏通。
""")
    assert all(p.responsible_units == [] for p in r.problems)


# --- prose: a label opening its paragraph over two findings; two place sentences; a channel named mid-article ----------
def test_a_found_label_opening_its_paragraph_over_two_fault_clauses_gives_two_problems():
    r = parse_text("""6月9日,县住建局工作人员到某小区改造工地督促扬尘治理整改。
督查发现问题:进场道路未硬化;材料堆场未设置围挡等问题。
现场已要求施工单位限期整改。
""")
    assert [p.title for p in r.problems] == ["进场道路未硬化", "材料堆场未设置围挡等问题"]


def test_a_found_label_over_two_clauses_of_work_done_is_no_list():
    r = parse_text("""6月9日,县住建局到某工地检查。
检查存在问题:已落实洒水降尘;已安装视频监控。
""")
    assert r.problems == []


def test_two_place_sentences_each_with_a_fault_are_two_problems_their_check_lead_in_dropped():
    r = parse_text("""市消防督查组近日对部分场所开展督查。
督查中,各组深入一线排查隐患。在某国际酒店,第一督查组对去年挂牌督办隐患的整改情况开展复查,该酒店仍存在防火门损坏、应急照明不亮等问题。在某物流园区,第二督查组发现,仓库内电动叉车违规充电、疏散通道被货物堵塞等问题。
督查组要求有关单位立即整改。
""")
    assert [p.title for p in r.problems] == ["该酒店仍存在防火门损坏、应急照明不亮等问题",
                                            "仓库内电动叉车违规充电、疏散通道被货物堵塞等问题"]


def test_two_place_sentences_of_praise_are_no_problems():
    r = parse_text("""督查组近日到各社区检查创文工作。
在东风社区,督查组看到楼道干净整洁。在和平社区,督查组看到宣传氛围浓厚。
""")
    assert r.problems == []


def test_a_mailbox_named_among_a_checks_channels_does_not_end_the_article():
    r = parse_text("""某省督查组进驻某厅开展督查。
进驻期间,向社会公布举报电话、邮政信箱,受理群众反映。
督查中,各组深入排查。在某宾馆,第一督查组对挂牌隐患整改开展回头看,该宾馆仍存在消防栓无水等问题。在某商场,第二督查组发现,安全出口被封堵等问题。
""")
    assert len(r.problems) == 2


# --- the findings' progress told in the next paragraph, clause by clause; a finding still not rectified --------------
PROGRESS = """5月6日,区城管局对某路改造工程文明施工情况进行督促。
现场存在问题:出入口车辆冲洗设施损坏;工地围挡破损,建筑垃圾未及时清运等问题。
整改进度:冲洗设施已修复,围挡已更换,建筑垃圾已安排车辆清运。
"""


def test_a_progress_paragraph_answers_the_findings_in_order_and_only_done_clauses_make_a_finding_done():
    r = parse_text(PROGRESS)
    assert [p.title for p in r.problems] == ["出入口车辆冲洗设施损坏", "工地围挡破损,建筑垃圾未及时清运等问题"]
    assert [p.measure_count for p in r.problems] == [1, 1]
    assert [p.status for p in r.problems] == ["done", None]  # (a truck arranged is no done word)


def test_a_place_sentence_saying_its_rectification_is_still_not_done_is_in_progress():
    r = parse_text("""省督查组近日对部分场所开展复查。
督查中,各组深入排查。在某大酒店,第一督查组对挂牌隐患整改情况开展复查,该隐患整改仍未完成,仍存在喷淋系统瘫痪等问题。在某农贸市场,第二督查组发现,电线私拉乱接等问题。
""")
    assert [p.status for p in r.problems] == ["in_progress", None]


# --- near misses of the shape: bodies named together with shared faults, kinds of faults, counts of firms ------------
def test_bodies_named_together_with_shared_faults_are_no_problems_and_their_count_no_figure():
    r = parse_text("""某市消防救援支队公布第十二批火灾隐患单位,包括某某大酒店、某某网吧、某某购物广场等6家单位,存在疏散通道堵塞、
灭火器过期、消防设施损坏等消防安全隐患问题。支队已责令上述单位限期整改。
""")
    assert r.problems == []
    assert r.headline.problems_total is None


def test_a_checks_kinds_of_faults_in_one_sentence_are_no_list():
    r = parse_text("""某镇组织检查组对辖区32家企业开展安全生产检查,发现了一批隐患,主要是电气线路老化、消防器材缺失、
安全通道不畅等问题,检查组要求企业立即整改。
""")
    assert r.problems == []


def test_a_bodys_own_label_over_its_clauses_is_per_body_prose_not_a_check_list():
    r = parse_text("""一、某区委第二巡察组反馈意见
东城街道党工委存在问题:理论学习不深入;组织生活不规范;落实整改不到位。
西城街道党工委存在问题:党建责任落实不力;财务管理混乱。
""")
    assert not any(p.title == "组织生活不规范" for p in r.problems)


# --- more positives in other words: circled findings under lane names; shops under trade headings; a content label ----
def test_lane_names_over_circled_findings_are_one_problem_each():
    r = parse_text("""某街道创文暗访情况通报
一、背街小巷
1.幸福里
①楼道内堆放杂物;
②墙面乱涂乱画。
2.光明巷
①路灯损坏;
②下水道堵塞。
""")
    assert [(p.seq, p.category, p.title) for p in r.problems] == [
        (1, "背街小巷", "幸福里①楼道内堆放杂物;②墙面乱涂乱画"), (2, "背街小巷", "光明巷①路灯损坏;②下水道堵塞")]


def test_trade_headings_over_clauses_in_a_problems_section_give_a_problem_a_clause():
    r = parse_text("""某县创卫复查通报
二、存在的问题
(一)农贸市场
东关市场活禽区未做到隔离宰杀;西关市场地面积水,排水沟堵塞。
(二)餐饮门店
部分门店无健康证上岗;后厨防蝇设施缺失。
""")
    assert [(p.category, p.title) for p in r.problems] == [
        ("农贸市场", "东关市场活禽区未做到隔离宰杀"), ("农贸市场", "西关市场地面积水,排水沟堵塞"),
        ("餐饮门店", "部分门店无健康证上岗"), ("餐饮门店", "后厨防蝇设施缺失")]


def test_a_card_whose_finding_is_labelled_by_its_content_reads_as_the_others():
    r = parse_text("""某区消防大队曝光火灾隐患单位如下:
01
单位名称:某区悦来茶楼
隐患内容:
1.消防设施未保持完好;
2.疏散通道堵塞。
02
单位名称:某区红星网吧
隐患内容:
安全出口上锁。
""")
    assert [(p.seq, p.title, p.responsible_units) for p in r.problems] == [
        (1, "1.消防设施未保持完好;2.疏散通道堵塞", ["某区悦来茶楼"]), (2, "安全出口上锁", ["某区红星网吧"])]


# near miss: a 巡察 feedback's per-body prose under body headings is R19/R20's unlabelled prose, not a check's findings
def test_a_feedback_rounds_body_headings_over_clause_prose_are_not_opened():
    r = parse_text("""区委第三巡察组向各单位反馈巡察意见
二、存在的问题
(一)城建中心
理论学习不深入;组织生活不规范;工程管理混乱。
(二)农业中心
项目资金拨付滞后;档案管理不规范。
""")
    assert not any(p.title == "组织生活不规范" for p in r.problems)
    assert not any(p.category == "城建中心" and p.seq is None for p in r.problems)


# --- a check's period under an issue number printed on its own line ---------------------------------------------------
def test_an_issue_number_line_is_not_glued_to_the_period_that_opens_the_next_line():
    r = parse_text("""创卫督查通报(第202203期)
发布时间:2022-05-20
督 查 通 报
202203
5月10日至5月12日,市创卫办对各区创卫工作进行督查,现将情况通报如下:
一、存在的问题
(一)市容环境方面
某路口垃圾堆积;某小区车辆乱停乱放。
""")
    assert (r.inspection.start, r.inspection.end) == ("2022-05-10", "2022-05-12")


# --- more positives and near misses for the prose rules -------------------------------------------------------------
def test_a_site_found_label_over_three_fault_clauses_gives_three_problems():
    r = parse_text("""3月2日,镇安监办对辖区砖厂开展安全检查。
检查发现问题:配电箱无防护门;原料堆场无防尘网;职工宿舍私拉电线。
检查组已责令企业限期整改。
""")
    assert [p.title for p in r.problems] == ["配电箱无防护门", "原料堆场无防尘网", "职工宿舍私拉电线"]


def test_progress_clauses_each_sharing_words_with_their_finding_give_each_one_measure():
    r = parse_text("""4月8日,街道城管科对某商业街开展巡查。
巡查存在问题:东段商铺占道经营;西段垃圾桶满溢未清运。
目前整改进度:东段占道物品已清除到位,西段垃圾已清运完毕。
""")
    assert [p.measure_count for p in r.problems] == [1, 1]
    assert [p.status for p in r.problems] == ["done", "done"]


def test_progress_clauses_out_of_the_findings_order_answer_none():
    r = parse_text("""4月8日,街道城管科对某商业街开展巡查。
巡查存在问题:东段商铺占道经营;西段垃圾桶满溢未清运。
目前整改进度:西段垃圾已清运完毕,东段占道物品已清除到位。
""")
    assert [p.measure_count for p in r.problems] == [0, 0]


def test_a_measure_that_names_its_doer_before_jiang_gives_that_unit():
    r = parse_text("""某区市容巡查通报
1、滨河路护栏破损。
整改措施:由区市政中心将破损护栏全部更换。
2、花园街绿化带黄土裸露。
整改措施:由区园林局进行补植。
""")
    assert [p.responsible_units for p in r.problems] == [["区市政中心"], ["区园林局"]]


def test_an_issue_code_line_is_not_glued_to_a_dated_line_below_it():
    r = parse_text("""市安委办安全生产督查通报
编号:2023015
6月1日至6月3日,市安委办对各县区开展安全生产督查,现将情况通报如下:
一、存在的问题
(一)建筑施工方面
部分工地脚手架未设安全网;塔吊司机无证上岗。
""")
    assert r.inspection.start == "2023-06-01" or r.inspection.start is None  # (no year in the text but the code's)
    assert len(r.problems) == 2
