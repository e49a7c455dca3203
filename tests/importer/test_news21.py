"""News of one inspection finding: the finding, what was done, a result (session 21, helper news21): constructed texts,
each rule with positives in words other than the labelled pages' and near misses that must not fire.

The shape (readings.one_finding_news_candidate; CONVENTIONS R108 and its neighbours R15, R91, R92): a news item tells of
ONE problem an inspection came upon, then what was done about it, often with a result. It is one problem titled by the
finding's fault clauses (the lead-in dropped), done when a result says so, one measure when a later paragraph of its own
tells the repair. Rules:
- The finding told after a verb of finding or reporting in a sentence that names the inspection ("巡察组…在走访中发现A存在
  缺口,…", "群众向督查组反映B堵塞,C不及时,导致D,…"): its run of comma clauses, a fault first, then faults or consequences,
  up to the first clause that is neither.
- The finding seen as a scene after a visit is named, with no such verb: the clause of a sentence that turns on a contrast
  ("看上去…，里面却…") and the fault clauses after it.
- The finding named as "…问题" with what became of it: exposed ("某镇X问题在问政节目中曝光后", the body its unit; gs20) or
  signed off ("经督查组核实，我县X问题整改完成已进行了销号", done; bs20) — the session-20 readers, now ways of naming the
  finding in the one reading.
- The result: "已…到位/完成", "解决了…", "目前…整改到位" → done; none → status None. The measure: a later paragraph (not a
  quotation, not a demand or promise) telling a repair. No result and no repair told → no reading.
- Near misses, read as no problem: a feedback meeting's summary of shortcomings with demands only (R19), a check's news
  that counts its findings (R68) or names them as kinds ("等问题", R12), a fault only in a villager's quoted words, a
  finding with nothing done after it, and two findings in one item.
Then blind35's other misses, each rule general:
- A one-task notice of one item quoted from the list it comes from ("依据/根据/按照 <…问题清单/反馈意见>:“X”的问题。"): X is
  the problem (R14, the "“…”的问题" wrapper dropped, R86), what follows in the paragraph its measures; a list named with no
  item quoted is none.
- A notice's first paragraph is never its closing, though it ends on a closing phrase ("…欢迎广大群众监督。").
- Dates that lost 年/月: a year run into its month ("20238月" = 2023年8月); digits that split two ways ("2025117日") read
  forward from the last year-and-month written before them; with none before them, left alone.
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _read(text):
    r = parse_text(text)
    return [(p.title, p.status, p.measure_count, p.responsible_units) for p in r.problems]


def _reading(text):
    return parse_text(text).reading_detail


# --- the finding told after a verb of finding or reporting ---------------------------------------------------------------

def test_a_finding_on_a_visit_then_a_repair_and_its_result_is_one_done_problem_with_one_measure():
    text = "\n".join([
        "本报讯 “没想到反映的事这么快就办好了!”近日,石桥镇柳湾村的老人们说起县委巡察组连连称赞。",
        "县委第二巡察组进驻柳湾村期间,在入户走访中发现村小学门前的排水沟盖板断裂,雨天积水没过路面,"
        "巡察组随即向村党支部发出提醒函,要求限期整改。",
        "村党支部收到提醒函后,组织人员连夜维修,更换盖板二十余块。",
        "目前,盖板已全部更换到位,学生上下学不再绕行。",
    ])
    assert _read(text) == [("村小学门前的排水沟盖板断裂,雨天积水没过路面", "done", 1, [])]


def test_a_resident_reporting_a_fault_to_the_inspection_names_the_finding_with_its_consequence():
    text = "\n".join([
        "今年4月,市委第一巡察组在东河街道巡察期间,居民王某向巡察组反映小区化粪池堵塞,物业清掏不及时,"
        "导致楼道污水外溢,多次找物业无人理会。",
        "巡察组实地查看后,当即向街道党工委下达立行立改通知。",
        "街道随即组织环卫人员清掏化粪池,疏通管道三百余米。",
    ])
    assert _read(text) == [("小区化粪池堵塞,物业清掏不及时,导致楼道污水外溢", None, 1, [])]


def test_a_traditional_copy_of_a_finding_on_an_audit_visit_reads_the_same():
    text = "\n".join([
        "區審計局審計組在走訪中發現該鎮敬老院消防通道堵塞,滅火器過期未換,隨即向鎮政府下發整改建議。",
        "鎮政府接到建議後,組織人員清理通道雜物,更換全部滅火器。",
        "目前,上述問題已整改完成。",
    ])
    assert _read(text) == [("该镇敬老院消防通道堵塞,灭火器过期未换", "done", 1, [])]


def test_the_inspection_named_in_the_sentence_before_the_finding_is_enough():
    text = "\n".join([
        "州委第四巡视组进驻花溪镇。走访中发现镇卫生院围墙垮塌,过往群众存在安全隐患,随即交办镇党委整改。",
        "镇党委组织施工队修复围墙,已全部整改完毕。",
    ])
    assert _read(text) == [("镇卫生院围墙垮塌", "done", 1, [])]


def test_a_reporter_s_own_finding_in_a_paragraph_naming_no_inspection_is_none():
    text = "\n".join([
        "市委巡察组近日进驻南岭村开展巡察。",
        "记者在村里走访时发现村口路灯损毁,晚上出行不便。",
        "村委会随即请来电工维修,路灯已全部修好。",
    ])
    assert _read(text) == []


def test_a_copy_that_lost_its_paragraph_breaks_takes_the_repair_from_a_later_sentence():
    text = ("巡察组在双河社区走访时,居民向巡察组反映小区消防通道堵塞,物业管理不到位。巡察组当即向社区党委下发整改提醒。"
            "社区党委组织物业清理通道杂物二十余处,建立每周巡查制度。")
    assert _read(text) == [("小区消防通道堵塞,物业管理不到位", None, 1, [])]


def test_a_finding_of_an_analysis_is_no_inspection_s_finding():
    # near miss: a study of audit reports "finds" a fact, then tells of what was handled in general
    text = "\n".join([
        "审计机关每年公告审计结果。对近五年审计公告的统计分析发现,部分年份未公布整改结果,公告内容不完整。",
        "此后,被审计单位处理处罚的人员逐年增多。",
    ])
    assert _read(text) == []


def test_a_report_s_own_tail_after_its_verb_is_no_finding():
    # near miss: the fault is told before the verb ("…,反映多次一直没有解决"): what follows the verb is no fault's run
    text = "\n".join([
        "区委巡察组进驻长塘村,有村民谈及村口道路照明不足,反映多次一直没有解决。",
        "巡察组督促村“两委”整改,村里随即安装路灯十盏。",
    ])
    assert _read(text) == []


def test_the_reading_says_which_reading_was_chosen():
    text = "\n".join([
        "县委第二巡察组进驻柳湾村期间,在入户走访中发现村小学门前的排水沟盖板断裂,巡察组随即要求整改。",
        "村里组织人员连夜维修,盖板已全部更换到位。",
    ])
    assert "检查发现的一个问题" in _reading(text)


# --- the finding seen as a scene ------------------------------------------------------------------------------------------

def test_a_scene_after_a_visit_turning_on_a_contrast_is_the_finding():
    text = "\n".join([
        "省第三督查组来到青山乡中心卫生院实地查看。",
        "新建的污水处理站外观整洁,站内却是积水遍地,管道接口处不断渗漏,周边杂草丛生。",
        "督查组当场反馈问题,要求卫生院尽快处理。",
        "卫生院请来施工队维修管道,解决了渗漏的情况。",
    ])
    assert _read(text) == [("站内却是积水遍地,管道接口处不断渗漏", "done", 1, [])]


def test_a_contrast_with_no_visit_named_before_it_is_no_finding():
    # near miss: a contrast in an item whose inspection visits nothing (a meeting's talk)
    text = "\n".join([
        "区审计局召开审计整改推进会。会议指出,有的单位表面上重视,实际整改却进度滞后,台账缺失。",
        "会议要求各单位认真整改。",
    ])
    assert _read(text) == []


# --- the finding named as a problem with what became of it (the session-20 readers, folded) -------------------------------

def test_a_named_problem_exposed_then_rectified_reads_with_its_body_and_state():
    text = ("【问政回访】河口乡:闻过即改 2023-09-02 本台讯 河口乡农贸市场排水沟堵塞、垃圾乱倒问题在第二期电视问政节目中曝光后,"
            "该乡立即组织力量整改。记者回访看到,市场周边干净整洁。目前该问题已整改到位。")
    assert _read(text) == [("农贸市场排水沟堵塞、垃圾乱倒", "done", 0, ["河口乡"])]


def test_a_named_problem_said_signed_off_after_a_check_reads_done():
    text = "\n".join([
        "省生态环境厅督查组到我市开展饮用水水源地专项督查",
        "8月20日,省生态环境厅督查组到我市开展饮用水水源地专项督查,通过查阅台账、实地查看等方式对问题整改情况进行核实。"
        "经督查组核实,我市青龙河水源地周边养殖污染问题整改完成已予以销号。督查组对我市整改工作给予肯定。",
    ])
    assert _read(text) == [("青龙河水源地周边养殖污染问题", "done", 0, [])]


def test_a_named_problem_signed_off_with_no_other_result_word_is_done():
    text = ("昨日,市督查组到我区开展回头看。经督查组核实,我区南湖片区油烟扰民问题完成整改并予以销号,督查组对此给予肯定。")
    assert _read(text) == [("南湖片区油烟扰民问题", "done", 0, [])]


def test_a_round_s_problems_at_large_said_signed_off_name_no_one_problem():
    # near miss: the sign-off is of the round's problems, not of one named problem
    text = ("经督查组核实,我县督察反馈问题整改完成已进行了销号。督查组对我县整改工作给予肯定,并提出进一步巩固整改成果的要求。")
    assert _read(text) == []


# --- near misses ------------------------------------------------------------------------------------------------------------

def test_feedback_meeting_news_naming_shortcomings_with_demands_only_names_no_problem():
    text = "\n".join([
        "市委第三巡察组向市水务局党组反馈巡察情况。",
        "巡察组组长指出,巡察中也发现局党组落实管党治党责任不够有力、推动重点工程建设进度滞后、干部队伍建设存在短板。",
        "他强调,市水务局党组要认真研究制定整改方案,召开专题民主生活会,确保整改到位。",
    ])
    assert _read(text) == []


def test_a_check_counting_its_findings_names_no_one_problem():
    text = "\n".join([
        "县应急局检查组对辖区加油站开展检查,共发现安全隐患12处,现场督促整改。",
        "目前,已整改完成10处。",
    ])
    assert _read(text) == []


def test_findings_named_as_kinds_name_no_one_problem():
    text = "\n".join([
        "区督查组在走访中发现部分小区存在垃圾清运不及时、车辆乱停等问题,随即交办属地街道整改。",
        "街道组织力量开展清理,现已整改到位。",
    ])
    assert _read(text) == []


def test_a_fault_only_in_a_villager_s_quoted_words_is_no_finding():
    text = "\n".join([
        "“我们巷子的路灯坏了半年,晚上出门只能打手电。”家住南关村的李大爷对巡察组说。",
        "巡察组将情况反馈给村委会。",
        "村委会随即请来电工维修,路灯已全部修好。",
    ])
    assert _read(text) == []


def test_a_finding_with_nothing_done_after_it_is_no_one_finding_news():
    text = "\n".join([
        "市督导组在检查中发现某仓库消防通道堵塞。",
        "督导组一行还察看了仓库的值班记录。",
    ])
    assert _read(text) == []


def test_two_findings_in_one_item_are_not_read_as_one():
    text = "\n".join([
        "县委巡察组在走访中发现村委会门前路灯损毁,巡察组当即提出整改要求。",
        "巡察组在另一处走访中发现村卫生室药品过期未清理,随即反馈给村党支部。",
        "村党支部组织人员维修路灯、清理药品,已全部整改到位。",
    ])
    assert _read(text) == []


# --- a one-task notice of one item quoted from the list it comes from -------------------------------------------------------

def test_a_notice_of_one_item_quoted_from_its_list_reads_the_item_with_its_circled_measures():
    text = ("根据省生态环境厅突出问题清单:“城区黑臭水体治理进度滞后”的问题。经核查,区住建局已完成截污管网改造,"
            "①新建污水管网3公里;②清淤河道5公里;③建成人工湿地一处。现将整改情况予以公示,公示期5天。欢迎社会各界监督。")
    r = parse_text(text)
    assert [(p.title, p.measure_count) for p in r.problems] == [("城区黑臭水体治理进度滞后", 3)]


def test_an_item_quoted_from_a_feedback_list_in_a_traditional_copy_reads_the_same():
    text = ("按照市委巡察反饋意見:“村級財務公開不及時”的問題。經核查,該村已建立財務公開臺賬,①每月公開收支明細;"
            "②設立監督信箱。現將整改情況予以公示。歡迎廣大群眾監督。")
    r = parse_text(text)
    assert [(p.title, p.measure_count) for p in r.problems] == [("村级财务公开不及时", 2)]


def test_a_list_named_with_no_item_quoted_is_no_one_task():
    # near miss: the list is named, its items are not quoted
    text = ("根据省生态环境厅突出问题清单,我区共有5个问题需要整改,目前已完成3个。现将整改情况予以公示。欢迎社会各界监督。")
    assert [p.title for p in parse_text(text).problems] == []


def test_news_of_what_inspectors_said_quoting_one_item_is_no_one_task_notice():
    # near miss: a feedback meeting's news quoting the inspectors, no 公示 of the rectification
    text = "\n".join([
        "省第二巡视组向某县反馈巡视情况",
        "巡视组指出:“部分乡镇集体经济薄弱,村级债务化解不力。”",
        "巡视组要求,某县要认真抓好整改,在规定时间内报送整改方案。",
    ])
    assert parse_text(text).problems == []


# --- a notice's first paragraph is no closing ---------------------------------------------------------------------------------

def test_a_closing_phrase_in_the_first_paragraph_keeps_it_in_the_body():
    from zhenggai.importer.parse import _closing_start

    rest = [(0, "依据某清单:“某问题”的问题。经核查,已整改。现将整改情况予以公示。欢迎广大群众监督。"), (1, "|")]
    assert _closing_start(rest) == 2
    rest = [(0, "一、某问题已整改。"), (1, "特此通报。")]
    assert _closing_start(rest) == 1  # (a closing line after a body still closes it)


# --- dates that lost 年/月 ------------------------------------------------------------------------------------------------

def test_a_month_that_lost_only_its_year_unit_gets_it_back():
    from zhenggai.importer.parse.dates import restore_lost_units

    assert restore_lost_units("根据市委部署,20238月至10月,巡察组进行了巡察") == "根据市委部署,2023年8月至10月,巡察组进行了巡察"
    assert restore_lost_units("编号20251月报") == "编号2025年1月报"
    assert restore_lost_units("金额120238月") == "金额120238月"  # (a longer number is no year)


def test_a_day_that_splits_two_ways_is_read_forward_from_the_last_month_written_before_it():
    from zhenggai.importer.parse.dates import restore_lost_units

    assert restore_lost_units("2024年9月至11月巡察。2025117日反馈") == "2024年9月至11月巡察。2025年1月17日反馈"
    assert restore_lost_units("2023年10月巡察。2023112日反馈") == "2023年10月巡察。2023年11月2日反馈"
    assert restore_lost_units("2023年12月巡察。2024122日反馈") == "2023年12月巡察。2024年1月22日反馈"


def test_a_day_that_splits_two_ways_with_no_month_before_it_is_left_alone():
    from zhenggai.importer.parse.dates import restore_lost_units

    assert restore_lost_units("2025117日反馈") == "2025117日反馈"


def test_a_feedback_day_that_lost_its_units_is_read_as_the_feedback_date():
    text = ("关于巡察整改进展情况的通报\n根据县委统一部署,20239月至11月,县委第二巡察组对县水利局党组进行了巡察。"
            "2024119日,县委第二巡察组向县水利局党组反馈了巡察意见。现将整改进展情况予以公布。")
    assert parse_text(text).inspection.feedback_date == "2024-01-19"
