"""Session 18, helper qs18: set blind28 (real pages printing findings) — a safety check's numbered hazards under a lead,
a site heading charged to its units over its faults, categories of 一是 items, a numbered run that lost a dot.
Each rule with a constructed positive (a short text written here, in the genre) and a near miss it must leave alone."""
from __future__ import annotations

from tests.importer.helpers import check_dates, problem_rows, titles
from zhenggai.importer.parse import parse_text


# --- a safety check's hazards, numbered under a lead sentence announcing them ------------------------------------------
HAZARDS = ("为做好节日期间安全工作,保卫处组织了校园安全大检查。\n"
           "检查中发现以下安全隐患:\n"
           "1、教学楼有2个疏散指示标志牌损坏。\n"
           "2、学生食堂有3具灭火器失效。\n"
           "3、部分车辆停放不当,堵塞消防通道。\n"
           "对于检查出的安全隐患,已及时进行了整改。\n")


def test_hazards_numbered_under_a_lead_announcing_them_are_the_problems():
    rows = problem_rows(parse_text(HAZARDS))
    assert [r[0] for r in rows] == [1, 2, 3]
    assert rows[0][2] == "教学楼有2个疏散指示标志牌损坏"


def test_the_lead_sentence_announcing_the_hazards_is_no_category():
    assert {p.category for p in parse_text(HAZARDS).problems} == {None}


def test_numbered_lines_after_a_lead_that_announces_no_findings_stay_unread():
    # "检查了以下部位:" names what was checked, not what was found
    text = HAZARDS.replace("检查中发现以下安全隐患:", "本次重点检查了以下部位:").replace(
        "1、教学楼有2个疏散指示标志牌损坏。", "1、教学楼和实验楼。").replace(
        "2、学生食堂有3具灭火器失效。", "2、学生食堂。").replace("3、部分车辆停放不当,堵塞消防通道。", "3、学生公寓。")
    assert titles(text) == []


# --- a site line naming the bodies charged with it, over its faults, under a title naming the findings ------------------
SITE = ("市安委会办公室关于督查发现问题的督办通知\n"
        "请你们针对督查组发现的问题和隐患,制定具体整改措施,迅速进行整改。\n"
        "附件:\n"
        "省安全生产第三督查组督查发现的问题和隐患\n"
        "时代广场商场(责任单位:某某区,市消防支队)\n"
        "1.进门地面无荧光标识;\n"
        "2.防火卷帘门下无提示;\n"
        "3.动火证内容不详细。\n")


def test_faults_under_a_charged_site_line_take_the_site_as_category_and_its_units():
    rows = problem_rows(parse_text(SITE))
    assert [r[2] for r in rows] == ["进门地面无荧光标识", "防火卷帘门下无提示", "动火证内容不详细"]
    assert {r[1] for r in rows} == {"时代广场商场"}
    assert all(r[5] == ["某某区", "市消防支队"] for r in rows)


def test_a_charged_line_under_a_title_naming_no_findings_is_no_group_of_faults():
    # "…工作任务分工" is a plan's title: its lines under a charged heading are tasks, not faults found
    text = SITE.replace("省安全生产第三督查组督查发现的问题和隐患", "全市安全生产大检查重点工作任务分工").replace(
        "1.进门地面无荧光标识;", "1.开展消防设施检查;").replace("2.防火卷帘门下无提示;", "2.组织应急疏散演练;").replace(
        "3.动火证内容不详细。", "3.完善动火审批制度。")
    assert all(p.category != "时代广场商场" for p in parse_text(text).problems)


# --- categories naming a kind of problem, each over its own 一是/二是 items ---------------------------------------------
KINDS = ("医保局公告,突击检查发现被检医疗机构存在医保管理问题和重复收费等违法违规问题。\n"
         "具体问题包括:\n"
         "(一)医疗机构医保管理问题:一是住院管理不规范。二是病案管理不规范。\n"
         "(二)医保基金使用违法违规问题:\n"
         "一是重复收费、超标准收费。20家存在此类问题,涉及金额1200万元。\n"
         "二是分解住院、挂床住院。5家存在此类问题。\n")


def test_yishi_items_under_categories_naming_kinds_of_problem_are_the_problems():
    rows = problem_rows(parse_text(KINDS))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "医疗机构医保管理问题", "住院管理不规范"), (2, "医疗机构医保管理问题", "病案管理不规范"),
        (1, "医保基金使用违法违规问题", "重复收费、超标准收费"), (2, "医保基金使用违法违规问题", "分解住院、挂床住院")]  # (一是 → 1: R76a)


def test_yishi_measures_under_problem_headings_stay_measures():
    text = KINDS.replace("一是住院管理不规范。二是病案管理不规范。", "一是加强住院管理。二是完善病案管理制度。").replace(
        "一是重复收费、超标准收费。20家存在此类问题,涉及金额1200万元。", "一是建立收费自查机制。").replace(
        "二是分解住院、挂床住院。5家存在此类问题。", "二是加强费用审核。")
    assert "加强住院管理" not in titles(text)


# --- a numbered item that lost the dot after its number ------------------------------------------------------------
LOST = ("现将巡察发现的主要问题通报如下:\n"
        "1.上轮巡察反馈问题整改仍有差距。\n"
        "2.医保资金使用不规范,医疗管理有漏洞。\n"
        "3践行安全发展理念有差距。项目建设风险防控意识不强。\n"
        "4.财务管理不规范。内控制度执行不到位。\n")


def test_an_item_that_lost_the_dot_after_its_number_is_still_that_item():
    rows = problem_rows(parse_text(LOST))
    assert [(r[0], r[2]) for r in rows] == [(1, "上轮巡察反馈问题整改仍有差距"), (2, "医保资金使用不规范,医疗管理有漏洞"),
                                           (3, "践行安全发展理念有差距"), (4, "财务管理不规范")]


def test_a_count_opening_a_paragraph_between_items_is_no_lost_item():
    text = LOST.replace("3践行安全发展理念有差距。项目建设风险防控意识不强。\n", "3家单位存在此类问题。\n").replace("4.", "3.")
    assert "家单位存在此类问题" not in " ".join(titles(text))


# --- a check's findings as ";" clauses after its finding verb ------------------------------------------------------------
CLAUSES = ("本网讯 7月10日,保卫处联合后勤管理处对教学区、生活区进行了安全隐患排查。\n"
           "检查发现:三号学生宿舍楼存在乱拉电线问题;第一教学楼配电房堆放大量杂物;第四教学楼外挂机锈蚀严重等安全隐患问题。\n"
           "保卫处随后责令相关部门立即进行整改。\n")


def test_semicolon_clauses_after_a_checks_finding_verb_are_the_problems():
    assert titles(CLAUSES) == ["三号学生宿舍楼存在乱拉电线问题", "第一教学楼配电房堆放大量杂物", "第四教学楼外挂机锈蚀严重"]


def test_the_first_clause_after_the_verb_keeps_its_subject():
    text = ("今年6月7日,该局对某食品厂开展飞行检查,发现该企业生产车间缺少防蝇设施;未索要原辅料的产品合格证明;"
            "企业无法提供生产投料记录。针对发现的问题,已责令企业停产整改。\n")
    assert titles(text)[0] == "该企业生产车间缺少防蝇设施" and len(titles(text)) == 3


def test_semicolon_clauses_after_a_check_that_found_nothing_wrong_are_no_problems():
    text = ("本网讯 7月10日,保卫处对教学区进行了安全检查。\n"
            "检查未发现明显隐患:宿舍楼用电规范;教学楼消防通道畅通;配电房整洁有序。\n")
    assert titles(text) == []


def test_semicolon_clauses_of_what_a_check_covered_are_no_problems():
    text = ("本网讯 保卫处开展安全检查,检查发现:各单位高度重视安全工作;值班制度落实到位;消防器材配备齐全。\n")
    assert titles(text) == []


# --- dates: a news lead's byline before the purpose clause and the day; a date right after the attachment note --------
def test_the_day_after_a_bylined_purpose_clause_is_the_checks_day():
    text = "本网讯(保卫处 某某)根据学校安全工作部署,7月10日,保卫处联合后勤管理处对教学区进行了安全隐患排查。"
    assert check_dates(text, "2018-07-11") == ("2018-07-10", "2018-07-10")


def test_a_meeting_on_the_day_after_a_bylined_purpose_clause_is_no_check():
    text = "本网讯(保卫处 某某)根据学校安全工作部署,7月10日,保卫处召开暑期安全工作会议。"
    assert check_dates(text, "2018-07-11") == (None, None)


NOTE = ("督办通知〔2017〕22号\n"
        "【信息时间:2017-09-15 11:19】\n"
        "市消防支队:\n"
        "请你们针对督查组发现的问题和隐患(具体见附件),制定具体整改措施,迅速进行整改。\n"
        "附件:省安全生产第三督查组\n"
        "督查发现的问题和隐患\n"
        "2017年9月14日\n"
        "附件:\n"
        "省安全生产第三督查组督查发现的问题和隐患\n"
        "时代广场商场(责任单位:某某区,市消防支队)\n"
        "1.进门地面无荧光标识;\n"
        "2.动火证内容不详细。\n")


def test_a_date_alone_right_after_the_attachment_note_is_the_documents_date():
    assert parse_text(NOTE).report_date == "2017-09-14"


def test_a_date_line_after_a_full_paragraph_is_no_date_after_the_attachment_note():
    text = NOTE.replace("督查发现的问题和隐患\n2017年9月14日", "督查发现的问题和隐患\n请于9月20日前报送整改情况。\n2017年9月14日")
    assert parse_text(text).report_date != "2017-09-14"


# --- a 巡察 feedback speech: areas over their 一是/二是 paragraphs stating what is wrong ---------------------------------
SPEECH = ("在中学党委巡察情况反馈会议上的讲话\n"
          "同志们:\n"
          "区委第二巡察组于2025年6月20日至8月20日对某中学党委进行了常规巡察。现在,我代表巡察组正式反馈巡察意见。\n"
          "一、聚焦贯彻落实党的教育方针,政治引领作用有待强化\n"
          "巡察发现,某中学党委在理论学习成果转化方面存在“知行不一”的现象。\n"
          "一是政治理论学习“表层化”,未能有效融入办学治校全过程。党委中心组学习存在“为学习而学习”的倾向。\n"
          "二是意识形态工作责任制落实不到位。对课堂讲授内容管理不严。\n"
          "二、聚焦全面从严治党,监督责任履行不够有力\n"
          "一是廉政风险防控不严。食堂采购缺乏有效监督。\n"
          "二是作风建设抓得不实。形式主义问题仍然存在。\n")


def test_yishi_paragraphs_under_the_areas_of_a_feedback_speech_are_the_problems():
    rows = problem_rows(parse_text(SPEECH))
    assert [(r[0], r[2]) for r in rows] == [(1, "政治理论学习“表层化”,未能有效融入办学治校全过程"),
                                           (2, "意识形态工作责任制落实不到位"), (1, "廉政风险防控不严"),
                                           (2, "作风建设抓得不实")]  # (一是 → 1 in each area: R76a)
    assert rows[0][1] == "聚焦贯彻落实党的教育方针,政治引领作用有待强化" and rows[3][1] == "聚焦全面从严治党,监督责任履行不够有力"


def test_yishi_measures_under_the_areas_of_a_feedback_speech_stay_unread_as_problems():
    text = SPEECH.replace("一是政治理论学习“表层化”,未能有效融入办学治校全过程。", "一是加强政治理论学习,推动融入办学治校全过程。").replace(
        "二是意识形态工作责任制落实不到位。", "二是压实意识形态工作责任制。")
    assert "加强政治理论学习,推动融入办学治校全过程" not in titles(text)


def test_yishi_shortfalls_under_headings_of_a_report_that_is_no_feedback_are_not_opened():
    text = SPEECH.replace("现在,我代表巡察组正式反馈巡察意见。", "现将自查情况报告如下。").replace("在中学党委巡察情况反馈会议上的讲话", "某中学党委自查报告")
    assert "廉政风险防控不严" not in titles(text)


def test_an_area_whose_heading_says_its_work_needs_strengthening_reads_as_a_shortfall():
    # (the copy cut inside the first area: its heading "…作用有待强化" alone must not read as what was done)
    cut = SPEECH[:SPEECH.index("二是意识形态")]
    assert titles(cut) == ["政治理论学习“表层化”,未能有效融入办学治校全过程"]


def test_an_area_heading_that_names_an_action_only_stays_an_action():
    from zhenggai.importer.parse.levels import _reads_as_action
    assert _reads_as_action("聚焦贯彻落实党的教育方针,政治引领作用有待强化") is False
    assert _reads_as_action("聚焦贯彻落实党的教育方针,强化政治引领作用") is True


# --- titles: a speech at a feedback meeting, a feedback's own title; the salutation is a line of its own ----------------
def test_a_speech_at_a_feedback_meeting_is_titled_and_names_no_issuer():
    r = parse_text(SPEECH)
    assert r.title == "在中学党委巡察情况反馈会议上的讲话" and r.issuer is None


def test_a_feedback_titled_by_the_team_and_the_body_is_titled_and_not_run_into_its_lead():
    text = ("【巡察反馈】市委第一巡察组向某市中医医院党委反馈意见\n"
            "根据市委统一部署,市委第一巡察组对市中医医院党委开展了常规巡察。现将巡察发现的主要问题通报如下:\n"
            "1.财务管理不规范。备用金管理不规范。\n"
            "2.干部队伍建设有短板。重要岗位长期不轮岗。\n")
    r = parse_text(text)
    assert r.title == "市委第一巡察组向某市中医医院党委反馈意见" and len(r.problems) == 2


def test_a_line_that_only_mentions_feedback_opinions_midway_is_no_title():
    from zhenggai.importer.parse.facts import title_like
    assert not title_like("对照巡察反馈意见,逐条制定整改措施")
    assert not title_like("针对反馈意见的问题整改工作")


def test_yishi_shortfalls_told_with_what_was_done_are_not_opened_from_their_area():
    # a report after the feedback: each sub-problem with its rectification is the area's account, not a feedback item
    text = SPEECH.replace("一是廉政风险防控不严。食堂采购缺乏有效监督。", "一是廉政风险防控不严。整改情况:已修订采购制度。").replace(
        "二是作风建设抓得不实。形式主义问题仍然存在。", "二是作风建设抓得不实。整改情况:已开展作风整顿。")
    assert "廉政风险防控不严" not in titles(text)


def test_yishi_items_of_a_kind_told_with_what_was_done_are_not_opened():
    text = KINDS.replace("一是住院管理不规范。二是病案管理不规范。", "一是住院管理不规范,已完成整改。二是病案管理不规范,整改情况:已修订制度。")
    # (read as before: the kinds are the list's items, the 一是 items not opened out of them)
    assert titles(text)[1] == "医保基金使用违法违规问题" and "住院管理不规范" not in titles(text)
