"""Rules added for what the second blind batch of real documents showed (issue 10, tests/importer/real/blind2)."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.dates import restore_lost_units
from zhenggai.importer.parse.facts import meta_date
from zhenggai.importer.parse.inspection import inspection_facts
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.numbering import LEVEL_LABELLED, parse_marker
from zhenggai.importer.parse.normalize import fold

from tests.importer.helpers import four_figures as _figures


def test_a_count_of_problems_may_say_what_kind_of_problem_it_counts():
    assert _figures("委党组围绕巡察反馈的6个方面18个突出问题，针对性研究制定164项整改措施。") == (18, None, 164, None)
    assert _figures("移交的9070个各类生态环境问题，已整改完成8839个。") == (9070, 8839, None, None)


def test_aspects_and_leads_are_not_problems():
    assert _figures("巡察反馈3个方面问题，移交5个问题线索。")[:2] == (None, None)


def test_a_rate_after_a_count_is_not_the_done_count():
    assert _figures("四川：9070个生态环境问题整改完成97.5%")[:2] == (9070, None)


def test_the_tasks_an_inspection_was_divided_into_are_its_problems_when_stated_first():
    text = "督察及“回头看”共反馈聊城市整改任务41项，已完成整改25项。“再回头看”共反馈聊城市12项问题，已完成整改9项。"
    assert _figures(text) == (41, 25, None, None)


def test_a_done_count_may_come_before_its_total_of_tasks():
    assert _figures("7省市已完成313项整改任务，占中央环境保护督察整改方案明确531项任务的近六成。") == (531, 313, None, None)


def test_a_second_mention_of_tasks_is_not_a_count_of_measures():
    text = "督察整改方案明确的全部55项整改任务，应于今年底前完成的有13项。截至目前，13项整改任务已基本完成6项。"
    assert _figures(text) == (55, 6, None, None)


def test_all_tasks_done_in_words_is_the_total_done():
    assert _figures("对督察组反馈的八个方面20项整改任务已全部整改到位。") == (20, 20, None, None)


def test_ji_for_yi_is_read_as_yi_only_where_a_progress_word_follows():
    assert fold("20项整改任务己全部整改到位") == "20项整改任务已全部整改到位"
    assert fold("严于律己反求诸己") == "严于律己反求诸己"
    assert fold("自己完成") == "自己完成"


def test_dates_that_lost_their_year_and_month_units_are_put_back_where_the_digits_split_one_way():
    assert restore_lost_units("202442日至820日，县委第一巡察组") == "2024年4月2日至8月20日，县委第一巡察组"
    assert restore_lost_units("2024919日，反馈了巡察意见") == "2024年9月19日，反馈了巡察意见"
    assert restore_lost_units("2024111日") == "2024111日"  # 1月11日 or 11月1日: left alone
    assert restore_lost_units("在120日内完成") == "在120日内完成"


def test_an_inspection_period_and_feedback_are_read_from_dates_that_lost_their_units():
    ins = inspection_facts("根据市委统一部署，2024717日至830日，市委第六巡察组对市卫健委党委进行了巡察。914日，巡察组向市卫健委党委反馈了巡察意见。", None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2024-07-17", "2024-08-30", "2024-09-14")


def test_the_page_date_is_read_on_the_line_after_its_label_or_beside_the_source():
    assert meta_date(["• 成文日期:", "2023-05-04", "• 公开方式:"]) == "2023-05-04"
    assert meta_date(["中国证券报2023-02-22"]) == "2023-02-22"
    assert meta_date(["2022年09月27日17:56:15 |来源:江苏广电总台"]) == "2022-09-27"


def test_a_fixed_section_notice_gives_its_listed_problems_with_the_other_sections_as_their_fields():
    r = parse_text("\n".join([
        "突出生态环境问题整改验收销号公示",
        "现将问题整改完成情况公示如下:",
        "一、整改问题", "(一)江东路南延,砂石物料露天未覆盖。", "(二)楚江大道南延,裸土未及时覆盖。",
        "二、整改实施主体", "某园区管委会",
        "三、重点措施", "(一)路面硬化铺设沥青。", "(二)每日作业后清扫洒水。",
        "四、目标任务", "路面过车无明显扬尘。",
        "五、完成时限", "2025年9月底前",
        "六、整改完成情况", "经核查,已完成整改。",
        "2025年9月1日",
    ]))
    assert r.reading == "notice"
    assert [(p.seq, p.title, p.category, p.status, p.measure_count, p.deadline, p.responsible_units) for p in r.problems] == [
        (1, "江东路南延,砂石物料露天未覆盖", "整改问题", "done", 1, "2025年9月底前", ["某园区管委会"]),
        (2, "楚江大道南延,裸土未及时覆盖", "整改问题", "done", 1, "2025年9月底前", ["某园区管委会"]),
    ]
    assert r.alternative is not None  # the list of 一、…六、 stays on offer in the preview


def test_a_category_heading_saying_fankui_wenti_is_not_a_one_task_field_and_sub_items_are_measures():
    r = parse_text("\n".join([
        "中共某医院委员会关于巡察整改进展情况的通报",
        "一、组织整改落实情况", "(一)党委扛牢主体责任。一是提高政治站位。二是细化整改举措。",
        "二、巡察反馈问题整改进展情况",
        "(一)反馈问题:巡察整改主体责任落实不到位,整改质效不高。",
        "1.结余药品使用不规范。", "(1)结余药品管理、使用不规范。", "整改情况:一是建立台账。二是设立专账。",
        "(2)结余药品去向不清。", "整改情况:一是全面盘点。",
        "2.耗材管理不严格。", "(1)高值耗材未按规定登记。", "整改情况:一是完善登记制度。",
    ]))
    assert r.reading == "list"
    assert [(p.seq, p.title, p.category, p.measure_count) for p in r.problems] == [
        (1, "结余药品使用不规范", "巡察整改主体责任落实不到位,整改质效不高", 2),
        (2, "耗材管理不严格", "巡察整改主体责任落实不到位,整改质效不高", 1),
    ]


def test_a_heading_whose_first_quotation_closes_early_keeps_its_whole_statement():
    r = parse_text("\n".join([
        "某局关于政务公开测评问题整改情况的报告", "具体整改情况汇报如下:",
        "一、“政策法规”栏目存在“未公布清理结果”的问题:我局已公布清理清单。",
        "二、“意见征集”栏目“未公布征求意见稿”的问题:我局已补充公布。",
    ]))
    assert [p.title for p in r.problems] == ["“政策法规”栏目存在“未公布清理结果”的问题", "“意见征集”栏目“未公布征求意见稿”的问题"]


def test_problems_of_two_attachments_take_the_attachment_title_as_category_and_their_counts_add_up():
    r = parse_text("\n".join([
        "中共某省委关于中央生态环境保护督察反馈意见整改落实情况的报告",
        "一、提高政治站位，扛牢整改责任", "成立整改工作领导小组。",
        "二、下一步工作打算", "持续用心用力抓好整改。",
        "附件：1.反馈意见具体问题整改进展情况（共2个问题）", "2.移交问题整改进展情况（共1个问题）",
        "附件1", "反馈意见具体问题整改进展情况（共2个问题，已完成1个）",
        "项目1.1：饮用水水源保护区内仍有违规建筑。", "整改时限：2023年底", "整改进展情况：已完成整改", "（1）拆除违规建筑12处。",
        "问题1.2：城镇污水处理设施建设滞后。", "整改时限：2024年6月底", "整改进展情况：持续推进中", "（1）新建污水处理厂2座。",
        "附件2", "移交问题整改进展情况（共1个问题，已完成1个）",
        "问题2.1：某矿山生态修复不到位。", "整改时限：2023年12月", "整改进展情况：已完成整改", "（1）完成矿山复绿120亩。",
    ]))
    assert [(p.seq, p.title, p.category, p.status) for p in r.problems] == [
        (1, "饮用水水源保护区内仍有违规建筑", "反馈意见具体问题整改进展情况", "done"),
        (2, "城镇污水处理设施建设滞后", "反馈意见具体问题整改进展情况", "in_progress"),
        (1, "某矿山生态修复不到位", "移交问题整改进展情况", "done"),
    ]
    assert (r.headline.problems_total, r.headline.problems_done) == (3, 2)


def test_a_dotted_problem_label_is_read_before_the_plain_one():
    m = parse_marker("问题2.3：危险废物非法转移问题时有发生。")
    assert (m.level, m.number, m.rest) == (LEVEL_LABELLED, 3, "危险废物非法转移问题时有发生。")


def test_shared_and_own_problems_add_up_and_all_done_in_words_is_the_total():
    assert _figures("本轮巡察共反馈共性问题5个、个性问题12个，已全部完成整改。")[:2] == (17, 17)
    assert _figures("反馈共性问题3个、个性问题20个，已完成整改21个。")[:2] == (23, 21)


def test_the_inspector_is_the_team_without_the_words_the_page_put_before_it():
    assert inspection_facts("——20211228日在市届人大常委会会议市审计局局长李火生", None).inspector == "市审计局"
    assert inspection_facts("网站首页>市审计局>专项工作", None).inspector == "市审计局"
    assert inspection_facts("2021年11月8日至12月20日，区委组建4个巡察组对区民政局开展常规巡察。", None).inspector == "区委4个巡察组"


def test_a_team_stationed_in_our_city_inspected_the_city_the_title_names():
    ins = inspection_facts("2022年9月7日至26,吉林省第一生态环境保护督察组进驻我市开展第二轮省级生态环境保护督察。", None,
                           "四平市公开第二轮省级生态环境保护督察整改落实情况")
    assert (ins.inspector, ins.inspected) == ("吉林省第一生态环境保护督察组", "四平市")


def test_rules_made_may_be_counted_as_jianzhang_lizhi():
    assert headline_figures("共认领问题326个，已完成整改301个；建章立制112项。").rules_made == 112


def test_reaching_the_schedule_is_a_problem_in_progress():
    r = parse_text("\n".join([
        "附件1：督察报告反馈问题整改进展情况", "一、关于水污染防治方面",
        "项目1.1：城镇生活污水收集处理能力不足。", "整改时限：2023年底", "整改进展情况：达到序时进度", "（1）新建污水管网。",
        "项目1.2：部分河流水质未达标。", "整改时限：2025年底", "整改进展情况：已完成", "（1）实施河流综合整治。",
    ]))
    assert [(p.seq, p.category, p.status) for p in r.problems] == [
        (1, "关于水污染防治方面", "in_progress"), (2, "关于水污染防治方面", "done")]


def test_a_one_task_notice_keeps_its_responsible_unit():
    r = parse_text("\n".join([
        "关于某县第二轮中央生态环境保护督察反馈问题第12项整改完成情况的公示",
        "现将某县第二轮中央生态环境保护督察反馈问题第12项整改完成情况予以公示。",
        "反馈问题：县城污水处理厂长期超负荷运行，部分污水溢流直排。",
        "责任单位：县住房和城乡建设局",
        "整改措施：1.实施污水处理厂扩容改造；2.新建截污管网5公里；3.建立运行监管制度。",
        "整改完成情况：已完成整改。",
        "公示期：2023年6月1日至6月7日。",
    ]))
    assert [(p.seq, p.status, p.measure_count, p.responsible_units) for p in r.problems] == [
        (12, "done", 3, ["县住房和城乡建设局"])]


def test_a_quoted_feedback_item_counts_the_yi_shi_items_of_what_was_done():
    r = parse_text("\n".join([
        "某镇关于省级生态环境保护督察反馈问题整改情况的说明",
        "省第三生态环境保护督察组反馈指出，某镇部分村庄生活垃圾随意堆放，清运不及时。",
        "收到反馈意见后，镇党委立即组织整改：一是开展垃圾集中清理；二是每村配备保洁员；三是将垃圾清运纳入村级考核。",
        "目前，该问题已完成整改。",
    ]))
    assert r.reading == "whole"
    assert [(p.status, p.measure_count) for p in r.problems] == [("done", 3)]


def test_n_measures_all_done_in_words_are_the_total_and_the_done_count():
    assert _figures("分解出的4大类、26个具体问题、29项整改措施已完成。")[2:] == (29, 29)
    assert _figures("制定整改措施40项，其中12项整改措施已完成。")[2:] == (40, 12)


def test_feedback_given_to_the_body_in_a_news_lead_is_the_feedback_date():
    ins = inspection_facts("3月23日,校党委向本科生院反馈第三轮巡视“回头看”情况。根据校党委统一部署,2022年12月5日至12月13日,"
                           "校党委对本科生院开展了第三轮巡视“回头看”。", None)
    assert (ins.start, ins.end, ins.feedback_date) == ("2022-12-05", "2022-12-13", "2023-03-23")
