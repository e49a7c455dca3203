"""Leftovers after session 20's merges (helper mix20): constructed texts, each rule with a positive case and a near miss.

Rules:
- An audit notice's status field naming the problem, "问题整改状态：已整改。" beside "问题整改措施：", is the item's status
  (structure.RE_STATUS_FIELD_LINE), and its whole value "持续整改" is in progress (titles.STATUS_RULES, anchored: the
  words in a sentence are no state).
- "（一）关于X的问题。<who found what>（牵头单位：…；完成时限：…）": a problem assigned in a speech or a 交办 list, its
  paragraph a description (R97: no measure; the bracket's units and deadline are the problem's); a paragraph saying what
  was done ("已追回…") stays its measure (structure.RE_FOUND_BY, RE_FAULT_CLAUSE).
- The account's closing words run on without a stop, "…严肃处理该问题已完成整改。", or said of "this work", "该项工作将
  长期坚持。", state the problem's status (structure.RE_CLOSING_STATE), only at the account's end.
- A patrol's one-sentence item "…检查X,发现<shortfall>,已通知…整改" is a problem found, titled by the clause found
  (levels.RE_CHECK_FOUND); a check that states no finding ("检查…记录是否完善") is none. Photo captions "整改前:" /
  "整改后:" and a forum's edit stamp are no measures (structure.RE_NO_STEP_LINE).
- A colon-numbered result label with its value run on ("三:整改完成情况: 2025年…验收…") opens what was done
  (readings.RE_COLON_NUMBERED_LABEL_RUN); an ASCII "." after a Chinese character is a boundary before 一是
  (numbering.find_xs_items), not after a number ("2.一是").
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.numbering import find_xs_items
from zhenggai.importer.parse.titles import status_of


AUDIT = """某某集团有限公司关于审计整改情况的公告
根据市审计局安排，现将审计发现问题整改情况公告如下：
一、财务管理方面
1.部分应收款项长期未清理，涉及金额512.6万元。
问题整改措施：（1）成立清欠工作小组，逐笔核对；（2）已收回款项301.2万元，其余款项依法追收。
问题整改状态：持续整改。
2.差旅费报销审核不严，部分票据不合规。
问题整改措施：（1）清退不合规报销费用1.2万元；（2）修订差旅费管理办法。
问题整改状态：已整改。
某某集团有限公司
2024年6月10日
"""


def test_a_problem_status_field_with_its_value_continuing_reads_in_progress():
    r = parse_text(AUDIT)
    assert [p.status for p in r.problems] == ["in_progress", "done"]
    assert all("整改状态" not in m.text for p in r.problems for m in p.measures)


def test_continuing_rectification_in_a_sentence_is_no_state():
    assert status_of("持续整改") == "in_progress"
    assert status_of("已整改到位，今后持续整改巩固成果") == "done"


SPEECH = """在全区督察反馈问题整改推进会上的讲话
同志们：
下面，我讲两点意见。
一、整改工作取得初步成效
全区上下压实责任，整改工作取得了初步成效。
二、需要重点解决的几个问题
（一）关于河道垃圾清理不及时的问题。市督察组指出，我区部分河道漂浮垃圾清理不及时，沿岸仍有生活垃圾堆放点7处。（牵头单位：区水务局；完成时限：2025年4月底前）
（二）关于农贸市场环境卫生脏乱的问题。区委巡察发现，城北农贸市场污水横流、垃圾外溢，群众意见较大。（牵头单位：区市场监管局、城北街道；完成时限：2025年5月底前）
三、压实整改责任
各单位要切实履行责任。
"""


def test_a_speechs_problem_paragraph_telling_who_found_it_has_no_measure_but_keeps_its_bracket():
    r = parse_text(SPEECH)
    assert [p.title for p in r.problems] == ["河道垃圾清理不及时", "农贸市场环境卫生脏乱"]
    assert [len(p.measures) for p in r.problems] == [0, 0]
    assert r.problems[0].responsible_units == ["区水务局"]
    assert r.problems[1].responsible_units == ["区市场监管局", "城北街道"]
    assert r.problems[0].deadline and "2025年4月" in r.problems[0].deadline


def test_a_problem_paragraph_saying_what_was_done_keeps_its_measure():
    text = SPEECH.replace("市督察组指出，我区部分河道漂浮垃圾清理不及时，沿岸仍有生活垃圾堆放点7处。",
                          "审计发现后，已追回违规资金23万元，并建立河道保洁考核制度。")
    r = parse_text(text)
    assert len(r.problems[0].measures) == 1


BANK = """某某农商银行党委关于巡察整改进展情况的通报
根据县委统一部署，县委第二巡察组对我行开展了巡察。现将整改进展情况通报如下：
一、巡察反馈问题整改落实情况
问题1：信贷管理不规范，个别贷款贷后检查流于形式。
整改情况：开展贷后管理专项检查，对2名责任人员诫勉谈话该问题已完成整改。
问题2：员工培训不系统，新员工岗前培训不足。
整改情况：一是制定年度培训计划；二是建立新员工导师制度。该项工作将长期坚持。
中共某某农商银行委员会
2024年9月1日
"""


def test_a_closing_state_run_on_without_a_stop_or_said_of_this_work_gives_the_status():
    r = parse_text(BANK)
    assert [p.status for p in r.problems][:2] == ["done", "long_term"]


def test_a_state_said_mid_account_of_something_else_is_not_read_as_the_close():
    from zhenggai.importer.parse.structure import RE_CLOSING_STATE

    account = "补齐缺失档案15份，该问题已完成整改的档案移交档案室，其余正在补充"
    assert RE_CLOSING_STATE.search(account[-24:]) is None
    assert RE_CLOSING_STATE.search("补齐缺失档案15份该问题已完成整改。"[-24:]) is not None


PATROL = """为提升辖区环境面貌，社区开展“驻点日”活动。具体情况如下:
一、社区书记到幸福小区检查环境卫生,发现仍存在部分楼道杂物堆放不到位,已通知物业立即整改。
二、检查辖区消防设施巡查记录是否完善,消防设备是否存在破损的情况。
三、东湖小区3栋楼下存在大量建筑垃圾堆放问题。整改前:
整改后:
四、东湖小区广场旁存在乱搭乱建问题。整改前:
整改后:
"""


def test_a_patrol_item_telling_the_check_then_what_it_found_is_a_problem_titled_by_the_finding():
    r = parse_text(PATROL)
    titles = [p.title for p in r.problems]
    assert "仍存在部分楼道杂物堆放不到位" in titles
    assert not any("消防设施巡查记录" in t for t in titles)
    assert all(not p.measures for p in r.problems)  # the photo captions are no measures


def test_a_check_that_states_no_finding_is_no_problem():
    from zhenggai.importer.parse.levels import RE_CHECK_FOUND

    assert RE_CHECK_FOUND.search("检查辖区消防设施巡查记录是否完善,消防设备是否存在破损的情况") is None
    assert RE_CHECK_FOUND.search("到幸福小区检查环境卫生,发现仍存在部分楼道杂物堆放不到位") is not None


SIGNOFF_FLAT = ("省生态环保督察转办信访件相关内容已整改完成,按照有关要求,现将有关整改情况公示如下: "
                "一、整改问题:某县某街道某巷路面破损,过车时扬尘严重。 二、整改目标:强化道路保洁,减少扬尘源。 "
                "三:整改完成情况: 2025年1月2日,县政府组织街道办事处对信访反映问题进行了现场验收:问题反映的某巷已进行清扫,未见起尘。 "
                "下一步,责成有关部门加强路面维护。 联系电话:0537-1234567 某县分局 2025年1月3日")


def test_a_colon_numbered_result_label_with_its_value_run_on_opens_what_was_done():
    r = parse_text(SIGNOFF_FLAT)
    assert len(r.problems) == 1
    assert len(r.problems[0].measures) == 1
    assert r.problems[0].measures[0].text.startswith("2025年1月2日")


def test_an_ascii_full_stop_after_a_chinese_character_opens_a_shi_item_but_not_after_a_number():
    assert [n for _a, n in find_xs_items("力度有待加强.一是组织会议;二是开展检查。")] == [1, 2]
    assert find_xs_items("见附件2.一是指其他情况") == []
