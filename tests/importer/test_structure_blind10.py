"""Problem lists of the shapes the real batch blind10 showed (issue 10, tests/importer/real/blind10).

Each test states a shape with a constructed text of its own, not a copy of a labelled document: a check or self-check
whose section 存在问题 lists problems with nothing done yet, a section heading run into its first item, one problem in
labelled fields, items numbered by the list they come from (编号8), a lead saying all is done, a task named "243号问题".
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.numbering import parse_marker
from zhenggai.importer.parse.structure import all_done_in_lead

from tests.importer.helpers import titles as _titles


CHECK_NOTICE = """各科室：
近期，局机关对各科室档案管理工作进行了专项检查。现将检查情况通报如下：
一、总体情况
各科室基本能够按要求归档，目录清楚，借阅登记完整。
二、存在问题
1.部分科室归档不及时：年度文件到次年三月仍未移交。
2.电子档案备份不规范，个别科室只存一份。
3.借阅审批流于形式，未按规定填写用途。
三、整改要求
1.强化责任意识，各科室明确一名档案联络员。
2.规范备份管理，办公室每季度抽查一次。
3.严格借阅审批。
请各科室对照问题抓紧整改。
"""


def test_a_check_notice_lists_the_problems_of_its_section_cunzai_wenti_with_no_measure_under_them():
    result = parse_text(CHECK_NOTICE)
    assert [p.title for p in result.problems] == [
        "部分科室归档不及时：年度文件到次年三月仍未移交", "电子档案备份不规范，个别科室只存一份", "借阅审批流于形式，未按规定填写用途"]
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert all(p.category == "存在问题" and p.measure_count == 0 and p.status is None for p in result.problems)


def test_the_demands_of_a_zhenggai_yaoqiu_section_are_not_more_problems():
    titles = _titles(CHECK_NOTICE)
    assert not any("联络员" in t or "借阅审批" == t for t in titles)
    assert len(titles) == 3


def test_a_self_check_report_reads_the_items_of_its_section_cunzai_de_wenti_even_when_its_causes_follow():
    text = """时间:2023-03-01
一、存在的问题
经过自查，我所存在以下问题：
1、业务学习不够系统，满足于完成任务。
2、服务意识不强，个别人员对群众态度生硬；
3、制度执行不严，考勤登记存在补签现象。
二、问题产生的原因
思想认识不到位，对自身要求不严。
"""
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert result.problems[1].title == "服务意识不强，个别人员对群众态度生硬"
    assert all(p.measure_count == 0 for p in result.problems)


def test_a_numbered_list_of_actions_under_an_organisation_section_is_still_no_problem_list():
    text = """关于开展档案管理检查的工作安排
一、工作目标
规范档案管理。
二、工作要求
1.各科室明确一名联络员。
2.办公室每季度抽查一次。
3.严格借阅审批。
"""
    assert parse_text(text).problems == []


def test_a_news_item_telling_in_prose_the_problems_someone_else_found_lists_no_problem():
    text = """检查组来我镇督导环境整治工作
3月5日，县检查组来我镇督导。检查组指出，我镇存在垃圾清运不及时、河道保洁不到位等问题，要求立即整改。
镇党委书记表示，将对照问题逐项整改，确保按期整改到位。
"""
    assert parse_text(text).problems == []


def test_a_section_heading_run_into_its_first_item_is_the_items_category_and_the_item_a_problem():
    text = """关于社区治理存在的问题和对策
近年来，我镇社区治理取得了一定成效，但仍有不少问题。
一、存在的问题(一)社区活动场所不足，居民活动难以开展。
全镇12个社区中有5个没有固定活动场所。
(二)社区工作者流动性大。
一是待遇偏低，年轻人不愿留下；二是晋升渠道少，骨干流失较多。
(三)居民参与度不高，存在重管理轻服务的情况。
部分居民对社区事务漠不关心。
"""
    result = parse_text(text)
    assert [p.title for p in result.problems] == [
        "社区活动场所不足，居民活动难以开展", "社区工作者流动性大", "居民参与度不高，存在重管理轻服务的情况"]
    assert all(p.category == "存在的问题" for p in result.problems)
    # (二)'s 一是…二是… are its causes, not measures: under a heading of the problems found nothing was done yet
    assert [p.measure_count for p in result.problems] == [0, 0, 0]


def test_a_category_of_problems_found_keeps_the_numbered_measures_under_each_problem():
    text = """关于巡察反馈问题整改进展情况的报告
（一）财务管理方面存在的问题
1.公务接待审批不严格，部分接待无公函。
整改时限：2023年12月底
（1）修订公务接待管理办法，实行一事一函。
（2）对2022年以来的接待逐笔核查，补齐手续12笔。
2.固定资产账实不符。
整改时限：2024年3月底
（1）开展资产清查，核销报废资产36件。
（2）建立资产年度盘点制度。
"""
    result = parse_text(text)
    assert [p.measure_count for p in result.problems] == [2, 2]


def test_an_arabic_item_whose_first_word_opens_with_a_counting_character_is_still_an_item():
    assert parse_marker("1.个别科室归档不及时。").number == 1
    assert parse_marker("2.项目资金拨付滞后。").number == 2
    assert parse_marker("3.年度考核流于形式。").number == 3
    assert parse_marker("12.5个百分点") is None  # a decimal
    assert parse_marker("2.个") is None  # a counting character alone opens no item


def test_one_problem_in_labelled_fields_with_its_inline_measures_is_the_whole_report():
    text = """某镇关于环境卫生专项检查问题整改情况的报告
根据县专项检查反馈，涉及我镇问题有1项，现将整改情况报告如下：
一、提高认识
镇党委召开专题会议，研究部署整改工作。
二、整改情况
问题描述：集镇垃圾中转站渗滤液外溢。
整改情况：未整改到位，预计下月底整改到位。
整改措施：1、更换中转站破损的收集池；2、对周边沟渠进行清淤；3、安排专人每日巡查。
三、下步计划
（一）加强宣传，引导群众分类投放。
（二）建立长效管护机制。
"""
    result = parse_text(text)
    assert result.reading == "whole"
    [p] = result.problems
    assert p.title == "集镇垃圾中转站渗滤液外溢"
    assert p.status == "in_progress"
    assert p.measure_count == 3
    assert p.category == "整改情况"


def test_two_problems_in_labelled_fields_are_no_single_problem():
    text = """关于环境卫生专项检查问题整改情况的报告
问题描述：集镇垃圾中转站渗滤液外溢。
整改措施：1、更换收集池；2、清理沟渠。
问题描述：农贸市场排水沟堵塞。
整改措施：1、疏通排水沟；2、安排专人巡查。
"""
    assert parse_text(text).reading != "whole"


def test_items_labelled_by_their_number_in_the_source_list_take_that_number_and_the_lead_says_all_are_done():
    text = """根据省里督办通知要求，交办的2个问题由我局牵头整改。现已完成整改工作，予以公示。
1. 编号5：加强城区黑臭水体治理。
整改目标：年底前消除黑臭水体。
完成情况：已完成3条河道清淤和截污，水质达到考核要求。
2. 编号11：完善餐饮油烟在线监控。
整改目标：重点餐饮单位全部安装在线监控。
完成情况：全市86家重点餐饮单位均已安装在线监控设备。
特此公示。
"""
    result = parse_text(text)
    assert [(p.seq, p.title) for p in result.problems] == [(5, "加强城区黑臭水体治理"), (11, "完善餐饮油烟在线监控")]
    assert [p.status for p in result.problems] == ["done", "done"]
    assert [p.measure_count for p in result.problems] == [1, 1]


def test_a_lead_says_all_are_done_only_when_it_states_it_as_done_now_without_a_count_nor_a_target():
    assert all_done_in_lead("交办的2个问题由我单位牵头整改落实。现已完成整改工作，进入销号程序。")
    assert all_done_in_lead("存在5项短板、3项弱项，已全部整改完毕。")
    assert not all_done_in_lead("到2025年底，督察反馈的问题全部完成整改。")  # a target
    assert not all_done_in_lead("通过整改，反馈的11个问题全部整改到位。")
    assert not all_done_in_lead("反馈的5个问题已全部整改完成，制定整改措施13条。")  # the headline's done count
    assert not all_done_in_lead("要求各单位确保已全部整改到位。")  # a demand
    assert not all_done_in_lead("截至目前，现已完成整改的有25个。")  # some of them
    assert all_done_in_lead("现已完成整改工作，进入销号程序，予以公示。")


def test_a_sign_off_notice_numbers_its_one_problem_by_the_task_named_as_n_hao_wenti():
    text = """突出生态环境问题整改验收销号公示
某市2023年自排查突出生态环境57号问题已整改完成，并通过核查验收。现将整改完成情况公示如下：
一、整改问题
某工业园区道路扬尘污染。
二、整改实施主体
某工业园区管委会
三、重点措施
道路每日洒水清扫。
四、完成时限
2023年10月31日前
五、整改完成情况
经现场核查，道路已硬化并配备洒水车。
"""
    [p] = parse_text(text).problems
    assert p.seq == 57


def test_measures_numbered_again_from_one_under_a_wrapped_item_are_its_own_not_more_problems():
    text = """关于巡察整改进展情况的通报
二、主要问题整改情况
（一）落实主体责任有差距
1.关于“食堂采购台账登记不全”问题
整改情况：已完成。
1.补登2022年以来的采购台账。
2.实行采购验收双人签字。
2.关于“公务用车使用登记不规范”问题
整改情况：正在推进。
1.修订公务用车管理办法。
2.对2023年用车记录逐条核对。
3.建立月度公示制度。
"""
    result = parse_text(text)
    assert [p.title for p in result.problems] == ["食堂采购台账登记不全", "公务用车使用登记不规范"]
    assert [p.measure_count for p in result.problems] == [2, 3]
    assert [p.status for p in result.problems] == ["done", "in_progress"]


def test_a_second_list_numbered_from_one_under_a_plain_statement_stays_a_list_of_problems():
    # the items are not wrapped and open no fields: a restart is a new list, as before
    text = """关于整改情况的通报
一、已完成整改的问题
1.学习制度执行不严。已修订学习制度。
2.会议记录不规范。已统一记录格式。
二、正在整改的问题
1.资产台账不全。正在清查。
2.档案归档滞后。正在补录。
"""
    assert len(parse_text(text).problems) == 4


def test_a_quotation_holding_a_quotation_is_the_whole_title_of_its_wrapper():
    result = parse_text("""关于整改情况的通报
1.关于“河道“清四乱”工作推进缓慢”问题
整改情况：已完成。开展专项清理，整治问题20处。
2.关于“供水保障存在短板”问题
整改情况：已完成。新建水厂1座。
""")
    assert result.problems[0].title == "河道“清四乱”工作推进缓慢"


def test_a_status_stated_alone_after_the_problem_in_progress_words():
    text = """关于审计查出问题整改情况的报告
一、财政管理方面
1.部分专项资金下达不及时。
部分整改，正在推进。
一是已下达资金300万元；二是剩余资金调整用途。
2.老旧小区改造进度滞后。
正在整改中。
已完成3个小区改造，其余正在施工。
"""
    assert [p.status for p in parse_text(text).problems] == ["in_progress", "in_progress"]


def test_a_self_check_run_into_one_line_is_cut_at_its_section_headings_and_items():
    text = ("市局办公室:根据通知要求,现将自查情况报告如下:一、服务效能方面存在的问题及整改措施(一)存在的问题"
            "1、业务培训不够,骨干力量不足。新进人员多,培训少;老同志经验足,但知识更新慢。对上级政策学得少。")
    result = parse_text(text)
    [p] = result.problems
    assert p.title == "业务培训不够,骨干力量不足"
    assert p.category == "存在的问题"
    assert p.measure_count == 0


def test_problems_labelled_wenti_n_run_together_are_each_a_problem_and_their_causes_no_measure():
    text = ("文档简介 第二章检查发现的问题2.1制度类问题1:会议记录不全,缺少表决情况。成因:记录人员未经培训,"
            "模板缺少表决一栏。问题2:党费收缴不及时,3名党员拖欠半年。成因:提醒机制缺失。"
            "2.2队伍类问题3:后备干部储备不足,35岁以下仅1人。成因:近年发展青年党员少。")
    result = parse_text(text)
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert result.problems[0].title == "会议记录不全,缺少表决情况"
    assert all(p.measure_count == 0 for p in result.problems)
    assert all(any(n.startswith("成因") for n in p.notes) for p in result.problems)


def test_a_one_task_explanation_in_sections_reads_its_quoted_item_its_acceptance_and_its_items_run_together():
    text = """某县关于督察反馈意见第9项整改任务完成情况的说明
一、反馈问题
督察反馈意见第9项指出：“某县城区餐饮油烟扰民问题突出，部分餐饮单位未安装净化设施。”
（责任单位：县城管局、县市场监管局）
二、整改目标
城区餐饮单位油烟净化设施安装率达到100%。
三、整改时限
2023年底
四、整改完成情况
一是全面排查城区餐饮单位312家；二是督促86家单位安装净化设施；三是建立油烟在线监控平台。
五、验收情况
县整改办组织验收，认为该项整改任务已完成，同意销号。
"""
    [p] = parse_text(text).problems
    assert p.seq == 9
    assert p.title == "某县城区餐饮油烟扰民问题突出，部分餐饮单位未安装净化设施"
    assert p.status == "done"
    assert p.measure_count == 3
    assert p.deadline == "2023年底"
    assert p.responsible_units == ["县城管局", "县市场监管局"]


def test_a_one_task_report_in_sections_takes_its_state_from_its_progress_section():
    text = """某局关于督察反馈问题整改情况的报告
一、反馈问题
督察反馈指出：“某县垃圾填埋场渗滤液处理能力不足，存在外溢风险。”
整改时限：2024年6月底
二、整改落实情况
（1）租用应急处理设备2套。
（2）实施处理站扩容改造。
三、整改进展
目前，该问题整改持续推进中。
"""
    [p] = parse_text(text).problems
    assert p.status == "in_progress"
    assert p.measure_count == 2
    assert p.deadline == "2024年6月底"


def test_the_headings_that_name_the_problems_found_and_those_that_do_not():
    from zhenggai.importer.parse.levels import RE_STATED_PROBLEMS

    for heading in ("存在问题", "存在的问题", "存在的主要问题", "行政效率方面存在的问题", "自查发现的问题",
                    "检查发现的主要问题及成因剖析", "存在的问题和不足", "巡察指出的问题"):
        assert RE_STATED_PROBLEMS.match(heading), heading
    for heading in ("存在问题及整改措施", "问题整改情况", "问题产生的原因", "存在的困难", "整改要求",
                    "巡察反馈问题整改落实情况", "下一步工作打算"):
        assert not RE_STATED_PROBLEMS.match(heading), heading


def test_labels_with_where_the_problem_comes_from_run_together_are_cut_before_the_whole_label():
    from zhenggai.importer.parse.normalize import Para
    from zhenggai.importer.parse.tree import split_heading_run_into_item

    text = "巡察反馈问题如下。反馈问题1:食堂账目不清,采购无台账。反馈问题2:车辆管理混乱,无派车单。"
    pieces = [p.text for p in split_heading_run_into_item([Para(text, 0)])]
    assert pieces == ["巡察反馈问题如下。", "反馈问题1:食堂账目不清,采购无台账。", "反馈问题2:车辆管理混乱,无派车单。"]
    # one label alone is no run
    assert len(split_heading_run_into_item([Para("存在以下情况。问题1:食堂账目不清,采购无台账,已要求整改到位并报送整改情况。", 0)])) == 1
