"""Session 13 (helper struct2): problem lists on real shapes of kinds 3 and 4.

Every text here is constructed for the rule it tests (no held-out or labelled document's text).
"""
from zhenggai.importer.parse import parse_file

from tests.importer.helpers import parse_lines as _read


def _rows(r):
    return [(p.seq, p.title, p.status, p.measure_count, p.responsible_units, p.deadline) for p in r.problems]


# --- kind 3: one task, one notice -----------------------------------------------------------------

def test_a_one_task_notice_in_labelled_sections_is_titled_by_the_feedback_it_quotes_not_by_the_round_sentence():
    r = _read([
        "某县关于第二轮省级生态环境保护督察反馈问题第9项整改销号情况的公示",
        "现将我县第二轮省级生态环境保护督察反馈问题第9项整改销号情况予以公示。",
        "一、反馈问题",
        "2022年4月，省第一生态环境保护督察组对某市开展督察，并于2022年6月2日反馈督察意见。其中第9项问题指出：“某县城区垃圾转运站渗滤液收集不规范，周边沟渠水质超标。”",
        "二、责任单位",
        "某县城市管理局",
        "三、整改时限",
        "2023年10月底",
        "四、整改情况",
        "县城管局牵头组织实施。一是改造转运站渗滤液收集池2座；二是清理周边沟渠淤泥1200立方米；三是建立转运站日常巡查制度。",
        "五、验收销号意见",
        "经县督察整改办组织现场验收，该问题已完成整改，同意予以销号。",
        "公示时间：2023年12月1日至12月7日。",
    ])
    assert r.reading == "notice"
    assert _rows(r) == [(9, "某县城区垃圾转运站渗滤液收集不规范，周边沟渠水质超标", "done", 3, ["某县城市管理局"], "2023年10月底")]
    assert [m.text for m in r.problems[0].measures][0].startswith("改造转运站渗滤液收集池2座")


def test_the_quoted_feedback_in_the_paragraph_after_one_about_the_round_is_the_notices_problem():
    r = _read([
        "某县关于第二轮省级生态环境保护督察反馈问题第7项整改销号情况的公示",
        "一、反馈问题",
        "2021年10月，省第四生态环境保护督察组对某市开展督察，并于2022年1月18日反馈督察意见。",
        "其中第7项问题指出：“某县城区部分路段雨污管网混接错接，整治进度缓慢。”",
        "二、责任单位",
        "某县住房和城乡建设局",
        "三、整改情况",
        "一是完成雨污分流改造；二是建设调蓄池1座。",
        "四、验收销号意见",
        "经验收，该问题已完成整改，同意予以销号。",
    ])
    assert _rows(r) == [(7, "某县城区部分路段雨污管网混接错接，整治进度缓慢", "done", 2, ["某县住房和城乡建设局"], None)]


def test_the_outcome_of_the_check_in_a_notices_result_section_is_not_a_measure():
    r = _read([
        "某区关于反馈问题第3项整改销号的公示",
        "一、反馈问题",
        "某区部分建筑工地扬尘防治措施落实不到位。",
        "二、责任单位",
        "某区住房和城乡建设局",
        "三、整改完成情况",
        "对全区在建工地开展扬尘专项检查，督促落实围挡、覆盖、冲洗等措施，并将扬尘防治纳入信用评价。",
        "经区督察整改办核查，该问题已完成整改，达到销号要求。",
        "特此公示。",
    ])
    [p] = r.problems
    assert (p.seq, p.status, p.measure_count) == (3, "done", 1)
    assert p.measures[0].text.startswith("对全区在建工地开展扬尘专项检查")


def test_the_lines_closing_a_notice_are_not_part_of_its_last_section():
    r = _read([
        "某县关于省级生态环境保护督察反馈问题第12项整改销号的公示",
        "一、问题内容",
        "某县工业集中区污水处理厂长期不能稳定运行。",
        "二、整改完成情况",
        "（一）完成污水处理厂提标改造。",
        "（二）配套建设园区污水管网6.2公里。",
        "三、责任单位",
        "某县工业集中区管委会",
        "特此公示。",
        "联系电话：0000-1234567",
    ])
    [p] = r.problems
    # (res22: a notice of the sign-off itself, "…整改销号的公示", says its task is done — CONVENTIONS R94, as every labelled
    # 销号 公示 is, blind40 dth among them; the status was None here before)
    assert (p.seq, p.responsible_units, p.measure_count, p.status) == (12, ["某县工业集中区管委会"], 2, "done")


def test_a_task_numbered_序号十_whose_statement_follows_督察组指出_unquoted_is_titled_by_the_statement():
    r = _read([
        "关于某市第二轮中央生态环境保护督察反馈意见整改任务（序号十）验收销号情况的公示",
        "按照督察整改销号工作要求，现将整改任务（序号十）验收销号情况公示如下。",
        "一、整改任务",
        "督察组指出，某市城区部分河段截污不彻底，汛期污水溢流入河，水体黑臭反弹。",
        "二、责任单位及整改时限",
        "责任单位：某市住房和城乡建设局、某市水务局；整改时限：2023年6月底。",
        "三、整改措施",
        "一是完成城区截污管网改造9.6公里；二是新建初期雨水调蓄设施2座；三是建立河道水质周监测制度；四是对反弹河段实施生态补水。",
        "四、验收意见",
        "经市督察整改办组织验收，该任务已按要求完成，同意验收销号。",
    ])
    assert _rows(r) == [(10, "某市城区部分河段截污不彻底，汛期污水溢流入河，水体黑臭反弹", "done", 4,
                         ["某市住房和城乡建设局", "某市水务局"], "2023年6月底")]


def test_a_one_task_notice_whose_paragraph_quotes_nothing_keeps_the_paragraph_as_its_title():
    r = _read([
        "关于某镇反馈问题第5项整改情况的公示",
        "一、反馈问题",
        "某镇集镇污水管网覆盖率低，部分生活污水直排。",
        "二、整改时限",
        "2024年6月底",
        "三、整改情况",
        "1.新建集镇污水管网3.1公里。",
        "2.完成200户接户改造。",
    ])
    assert _rows(r) == [(5, "某镇集镇污水管网覆盖率低，部分生活污水直排", None, 2, [], "2024年6月底")]


def test_a_task_quoted_after_反馈问题第7项_with_its_fields_on_lines_of_their_own_is_the_notices_one_problem():
    r = _read([
        "某县第二轮省级生态环境保护督察反馈问题第7项整改完成情况公示",
        "反馈问题第7项：“某县部分乡镇集中式饮用水水源地保护区内存在生活污水直排现象。”",
        "责任单位：某县水利局、某县生态环境分局",
        "整改时限：2023年12月底",
        "整改完成情况：一是对保护区内12处排污口全部完成截污；二是设立保护区界标和警示牌46块；三是建立水源地巡查制度。",
        "经县级验收，该问题已完成整改。",
        "特此公示。",
    ])
    assert _rows(r) == [(7, "某县部分乡镇集中式饮用水水源地保护区内存在生活污水直排现象", "done", 3,
                         ["某县水利局", "某县生态环境分局"], "2023年12月底")]


def test_a_finding_told_inside_a_notices_problem_paragraph_does_not_cut_the_problem_short():
    r = _read([
        "关于省级生态环境保护督察反馈问题第6项整改完成情况的公示",
        "一、交办问题",
        "部分乡镇对生态环境保护工作重视不够。督察组通过个别谈话发现，少数干部认为督察只是一阵风，存在侥幸心理。",
        "二、责任单位",
        "某县委宣传部",
        "三、整改完成情况",
        "经核查，该问题已完成整改，达到销号要求。",
    ])
    [p] = r.problems
    assert p.title == "部分乡镇对生态环境保护工作重视不够。督察组通过个别谈话发现，少数干部认为督察只是一阵风，存在侥幸心理"


def test_a_notice_listing_accepted_tasks_by_their_feedback_numbers_reads_each_task_number_and_done():
    r = _read([
        "某市中央生态环境保护督察反馈问题整改任务验收销号情况公示（第二批）",
        "经县市区申请、市督察整改办组织验收，以下3项整改任务已达到销号条件，现予以公示。",
        "一、第12项：某工业园区雨污分流不彻底，园区污水处理厂进水浓度偏低。",
        "责任单位：某园区管委会。整改时限：2023年12月底。",
        "整改情况：①完成雨污分流改造；②建立管网巡查制度。",
        "二、第十七项整改任务：某煤矿矿井水处理设施运行不正常。",
        "责任单位：某县人民政府。整改时限：2023年10月底。",
        "整改情况：①新建矿井水处理站；②安装在线监测设备。",
        "公示期间，如有异议，请向市督察整改办反映。",
    ])
    assert _rows(r) == [(12, "某工业园区雨污分流不彻底，园区污水处理厂进水浓度偏低", "done", 2, ["某园区管委会"], "2023年12月底"),
                        (17, "某煤矿矿井水处理设施运行不正常", "done", 2, ["某县人民政府"], "2023年10月底")]


def test_a_bulletins_lead_counting_problems_accepted_does_not_make_every_problem_done():
    r = _read([
        "某局党组关于巡察整改进展情况的通报",
        "巡察反馈问题12个，截至目前，已完成整改并通过验收9个，其余正在推进。",
        "一、党的建设方面",
        "1.第一议题制度落实不到位。整改情况：一是修订学习制度；二是建立学习台账。",
        "2.基层党组织活动不规范。整改情况：一是开展专项检查；二是规范三会一课记录。",
    ])
    assert [(p.seq, p.status) for p in r.problems] == [(1, None), (2, None)]


# --- kind 4: the feedback said in a sentence -----------------------------------------------------

def test_a_web_page_with_one_feedback_item_is_titled_by_the_statement_not_by_the_page_lines_run_into_it():
    r = _read([
        "某市人民政府门户网站",
        "索引号：000000/2023-00001　　发布机构：某市水利局　　发布时间：2023-09-01",
        "关于某水库违规网箱养殖问题整改情况的说明",
        "第二轮省级生态环境保护督察反馈指出，某水库库区仍有违规网箱养殖，库区水质不能稳定达标。",
        "接到督察反馈后，市政府成立整改专班。整改以来，一是拆除库区网箱1.2万平方米；二是对养殖户实施转产扶持；三是建立库区巡查制度。",
        "截至2023年8月底，该问题已基本完成整改，剩余岸线修复工程正在施工。",
        "下一步，我局将持续加强库区监管。",
    ])
    assert _rows(r) == [(None, "某水库库区仍有违规网箱养殖，库区水质不能稳定达标", "in_progress", 3, [], None)]


def test_a_feedback_item_quoted_after_反馈意见指出_is_one_problem_with_what_was_done():
    r = _read([
        "某区关于中央生态环境保护督察反馈意见整改情况的说明",
        "发布时间：2023-05-12　　来源：区生态环境分局",
        "中央第二生态环境保护督察组反馈意见指出：“某区部分餐饮服务单位油烟净化设施未正常运行，群众反映强烈。”",
        "收到反馈意见后，区委、区政府立即部署。一是对辖区餐饮单位开展全面排查，建立台账；二是督促126家餐饮单位更换油烟净化设施；三是建立油烟在线监控平台。",
        "目前，已完成整改。",
    ])
    assert _rows(r) == [(None, "某区部分餐饮服务单位油烟净化设施未正常运行，群众反映强烈", "done", 3, [], None)]


def test_a_quoted_phrase_opening_the_feedback_statement_is_not_the_whole_problem():
    r = _read([
        "某县第一轮中央生态环境保护督察整改工作进展情况",
        "第一轮督察反馈指出，“绿水青山就是金山银山”的理念树得不牢，部分乡镇重开发轻保护。",
        "针对这一问题，我县立即组织整改：一是开展专题学习；二是修订乡镇考核办法。",
        "目前，该问题整改工作持续推进中。",
    ])
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [
        ("“绿水青山就是金山银山”的理念树得不牢，部分乡镇重开发轻保护", "in_progress", 2)]


def test_unnumbered_feedback_items_said_without_quotes_each_followed_by_what_was_done_are_a_list():
    r = _read([
        "某县关于第一轮省级生态环境保护督察反馈问题整改情况的说明",
        "第一轮省级生态环境保护督察反馈指出，某县城区部分路段餐饮油烟直排，群众反映强烈。",
        "整改情况：一是督促82家餐饮单位安装油烟净化设施；二是建立餐饮油烟日常巡查制度。目前，该问题已完成整改。",
        "第一轮省级生态环境保护督察反馈指出，某县工业园区污水处理厂进水浓度偏低，管网破损严重。",
        "整改情况：一是修复破损管网3.2公里；二是开展园区企业排水户排查。目前，该问题正在推进。",
        "某县人民政府",
        "2023年6月30日",
    ])
    assert _rows(r) == [(None, "某县城区部分路段餐饮油烟直排，群众反映强烈", "done", 2, [], None),
                        (None, "某县工业园区污水处理厂进水浓度偏低，管网破损严重", "in_progress", 2, [], None)]


def test_unquoted_feedback_items_answered_in_their_own_paragraph_are_a_list():
    r = _read([
        "某市关于中央生态环境保护督察“回头看”反馈问题整改情况的说明",
        "中央督察“回头看”反馈指出，某市部分饮用水水源保护区内仍有违法建筑。对此，我市开展专项整治，一是拆除违法建筑23处；二是完成保护区界标设置。目前，该问题已完成整改。",
        "中央督察“回头看”反馈指出，某市生活垃圾填埋场渗滤液处理能力不足。对此，我市加快设施建设，一是新建渗滤液处理站1座；二是实施应急外运处置。目前，该问题正在推进。",
    ])
    assert [(p.title, p.status, p.measure_count) for p in r.problems] == [
        ("某市部分饮用水水源保护区内仍有违法建筑", "done", 2), ("某市生活垃圾填埋场渗滤液处理能力不足", "in_progress", 2)]


def test_a_paragraph_saying_how_many_problems_the_feedback_pointed_out_is_not_a_feedback_item():
    r = _read([
        "某区巡察整改工作情况报告",
        "区委第二巡察组反馈指出，区卫健局党组存在3个方面12个问题。",
        "区卫健局党组坚持边巡边改、立行立改，已完成整改11个，制定完善制度8项。",
    ])
    assert r.problems == []


def test_a_feedback_item_whose_account_says_整改以来_and_目前正在整改中_is_one_problem_in_progress():
    r = _read([
        "关于某河流域水质超标问题整改情况的说明",
        "发布时间：2024-03-02",
        "第二轮省级生态环境保护督察反馈指出，某河流域部分断面水质不能稳定达标，沿河生活污水直排。",
        "整改以来，一是新建沿河截污管网4.5公里；二是完成12个村生活污水治理；三是建立断面水质周调度制度。",
        "目前正在整改中，预计2024年底前完成。",
    ])
    assert _rows(r) == [(None, "某河流域部分断面水质不能稳定达标，沿河生活污水直排", "in_progress", 3, [], None)]


def test_a_news_item_reporting_what_the_inspectors_said_at_the_feedback_meeting_is_not_a_rectification_item():
    for said in ("督察组反馈指出，某市部分工业园区污水收集处理设施建设滞后，园区污水直排问题突出。",
                 "督察组指出：“某市部分工业园区污水收集处理设施建设滞后，园区污水直排问题突出。”"):
        r = _read([
            "省第三生态环境保护督察组向某市反馈督察情况",
            "2023年8月15日，省第三生态环境保护督察组向某市反馈督察情况。督察组组长出席反馈会议并讲话。",
            said,
            "督察组要求，某市要切实扛起生态环境保护政治责任，对督察发现的问题立行立改，在30个工作日内报送整改方案。",
            "市委书记表示，将全面照单认领，坚决整改到位。",
        ])
        assert r.problems == [], said


def test_items_opening_with_who_said_them_are_titled_by_the_statement():
    r = _read([
        "某县关于督察反馈问题整改“回头看”情况的报告",
        "一、总体情况",
        "督察反馈我县问题3个，已完成整改2个。",
        "二、重点问题整改情况",
        "（一）第一轮督察反馈指出，县城污水处理厂超负荷运行，部分污水直排。",
        "整改情况：",
        "（1）新建污水处理厂一座。",
        "（2）完成管网改造12公里。",
        "目前，该问题已完成整改。",
        "（二）督察交办信访件反映，某小区周边餐饮油烟扰民。",
        "整改情况：",
        "（1）督促餐饮单位安装油烟净化设施。",
        "该问题需长期坚持。",
        "（三）审计发现，部分乡镇污水处理设施建成后闲置。",
        "整改情况：",
        "（1）委托第三方运营乡镇污水处理设施。",
        "（2）建立运行考核办法。",
        "目前，该问题正在推进。",
    ])
    assert [(p.seq, p.title, p.status, p.measure_count) for p in r.problems] == [
        (1, "县城污水处理厂超负荷运行，部分污水直排", "done", 2),
        (2, "某小区周边餐饮油烟扰民", "long_term", 1),
        (3, "部分乡镇污水处理设施建成后闲置", "in_progress", 2)]


def test_an_item_wrapped_in_关于_quotes_keeps_the_lead_inside_its_quotation_and_a_lead_without_a_source_stays():
    r = _read([
        "某省中央生态环境保护督察整改进展清单",
        "一、关于“第一轮督察反馈指出，某省一些地方推进环境保护工作安排部署多、具体落实少”问题的整改情况",
        "整改情况：一是印发责任清单；二是开展专项督查。",
        "二、关于“经查发现，个别企业环评手续不全”问题的整改情况",
        "整改情况：一是补办环评手续；二是立案处罚。",
    ])
    assert [p.title for p in r.problems] == [
        "第一轮督察反馈指出，某省一些地方推进环境保护工作安排部署多、具体落实少", "经查发现，个别企业环评手续不全"]


def test_a_plain_item_whose_lead_names_no_source_or_answers_the_feedback_keeps_its_whole_statement():
    r = _read([
        "某局关于巡察整改进展情况的通报",
        "一、巡察反馈问题整改情况",
        "1.经初步核查发现，部分项目资金拨付滞后。整改情况：已完成。督促拨付资金120万元。",
        "2.部分制度未及时修订。整改情况：已完成。修订制度3项。",
        "3.针对巡察反馈，党组会议研究不及时的问题。整改情况：已完成。修订议事规则。",
    ])
    assert [p.title for p in r.problems] == ["经初步核查发现，部分项目资金拨付滞后", "部分制度未及时修订",
                                             "针对巡察反馈，党组会议研究不及时的问题"]


# --- status from the account's last sentence -----------------------------------------------------

def test_the_last_sentence_目前正在整改中_of_an_audit_findings_account_is_its_status():
    r = _read([
        "关于2023年度本级预算执行审计查出问题整改情况的报告",
        "一、财政管理审计查出问题的整改情况",
        "（一）关于部分非税收入未及时缴库的问题。相关单位积极整改，一是将非税收入80万元缴入国库；二是建立按月清缴制度。目前已全部整改到位。",
        "（二）关于部分项目预算执行率偏低的问题。相关单位积极整改，一是压减下年度预算；二是加快项目实施。目前正在整改中。",
        "（三）关于存量资金未及时盘活的问题。相关单位积极整改，一是收回结余资金；二是统筹用于民生支出。",
    ])
    assert [(p.seq, p.status, p.measure_count) for p in r.problems] == [(1, "done", 2), (2, "in_progress", 2), (3, None, 2)]


def test_a_目前_sentence_inside_a_measure_is_not_the_problems_status():
    r = _read([
        "关于审计查出问题整改情况的报告",
        "一、审计查出问题的整改情况",
        "（一）关于部分项目建设进度滞后的问题。一是倒排工期，目前已完成80%；二是每月调度。",
        "（二）关于部分资产未入账的问题。一是补登资产台账；二是开展清查。",
    ])
    assert [p.status for p in r.problems] == [None, None]


# --- ledgers -------------------------------------------------------------------------------------

def test_a_ledger_sequence_cell_naming_the_task_第12项_is_its_number(tmp_path):
    path = tmp_path / "gongshi.txt"
    path.write_text("\n".join([
        "某市督察反馈问题整改任务验收销号情况公示",
        "序号\t反馈问题\t整改措施\t责任单位\t整改时限\t完成情况",
        "第12项\t某工业园区雨污分流不彻底\t①完成雨污分流改造；②建立巡查制度。\t某园区管委会\t2023年12月底\t已完成整改",
        "第十七项\t某煤矿矿井水超标排放\t①新建矿井水处理站。\t某市人民政府\t2023年10月底\t已完成整改",
    ]), encoding="utf-8")
    r = parse_file(path)
    assert [(p.seq, p.title) for p in r.problems] == [(12, "某工业园区雨污分流不彻底"), (17, "某煤矿矿井水超标排放")]


# --- OCR slips in the numbers --------------------------------------------------------------------

def _attachment(labels):
    lines = ["某市关于巡视整改进展情况的报告", "附件", "巡视反馈意见具体问题整改进展情况"]
    for k, label in enumerate(labels):
        lines += [f"{label}：第{k + 1}个问题不够到位，存在短板", "（1）建立工作台账。", "（2）开展专项整治。"]
    return _read(lines)


def test_a_number_with_an_ocr_slip_that_repeats_the_one_before_in_a_gap_is_the_number_left_out():
    r = _attachment(["项目3.1", "项目3.l", "项目3.3", "项目3.4"])
    assert [p.seq for p in r.problems] == [1, 2, 3, 4]


def test_a_slip_that_fits_its_place_or_a_repeated_number_printed_plainly_is_left_as_read():
    assert [p.seq for p in _attachment(["项目1.1", "项目l.2", "项目1.3"]).problems] == [1, 2, 3]
    assert [p.seq for p in _attachment(["项目3.1", "项目3.1", "项目3.3"]).problems] == [1, 1, 3]


# --- false problems ------------------------------------------------------------------------------

def test_an_article_on_how_inspectors_work_whose_sections_open_with_紧盯_or_瞄准_holds_no_problems():
    r = _read([
        "巡察整改是巡察工作的后半篇文章，直接关系到巡察监督的效果。",
        "一、紧盯“整改实效”：穿透表象看本质，发现“虚假整改”问题",
        "巡察组要跳出看材料、听汇报的表层核查，通过实地核查发现深层次问题。",
        "二、瞄准“成果运用”：由点及面抓治理，发现“碎片化”问题",
        "巡察组要把个案问题放到全局中审视，推动举一反三。",
    ])
    assert r.problems == []


def test_a_problem_heading_opening_with_围绕_that_states_a_shortcoming_stays_a_problem():
    r = _read([
        "某局党组关于巡察整改进展情况的通报",
        "一、围绕中心服务大局不够有力",
        "整改情况：一是制定服务重点项目清单；二是建立领导包联制度。",
        "二、落实意识形态工作责任制不到位",
        "整改情况：一是修订意识形态工作责任清单；二是开展专项检查。",
    ])
    assert [(p.seq, p.title, p.measure_count) for p in r.problems] == [
        (1, "围绕中心服务大局不够有力", 2), (2, "落实意识形态工作责任制不到位", 2)]
