"""One-task notices and quoted feedback items (issue 10's kinds 3 and 4) read as shapes of the genre (session 20, helper
bs20, against the round set blind36): constructed texts, each rule with a positive case and a near miss.

Rules:
- Quoted items each calling itself a 问题, named once ("推进“A…问题”和“B…问题”的整改") and each restated once to open the
  passage answering it ("针对“A…问题”，…该问题已完成整改"): one problem per quotation, done when its passage says so
  (readings.quoted_items_restated); a quoted slogan answered by 针对 ("针对“放管服”要求，") is no problem.
- A news report of one named problem signed off ("经督查组核实，我县X水库农业面源污染问题整改完成已进行了销号") is one
  problem, done, its checkers' requirements no measures (readings.RE_NAMED_SIGNED_OFF); a round's problems at large
  ("反馈问题整改完成并销号") are no named problem.
- A quoted label called a 问题 after the round that fed it back ("…开展巡视，反馈存在“X”问题，指出：“…”"), then an account
  of rectification: one problem titled by the label (readings.RE_FED_BACK_CALLED); the same quote followed by no account
  of rectification is no problem.
- A one-task notice of a petition, "一、转办问题基本情况 / 投诉人反映：…。希望相关部门查处。": the problem is the
  complaint without who complained and without the closing plea, its category the section label
  (readings.SECTION_LABELS, _complaint_statement).
- A one-task notice's numbered label with its value, "一、整改问题：…", gives its category 整改问题 (C17, the label side);
  "一、反馈问题：…" stays a field (R84).
- A table disclosing handed-down petitions' investigation (是否属实 next to 调查核实情况) is no rectification ledger: no
  problems (ledger_reader.petition_disclosure_columns, R17); a ledger without the verdict column still reads.
- A two-column field table flattened to "label value" lines (one space between the cells) is read as the form it is
  (normalize.label_field_cells), and a form with no problem field tells its finding in the 整改目标 field after the list it
  came from ("根据…问题清单，X…，应按…整改"): X is the problem (readings.RE_TARGET_FINDING); a target that states what done
  means is none.
- A task tracker's record of one handed-down task (label lines with their values under them, four or more): the finding
  is the 交办内容 value between why it was handed down and the request to the unit, its state, number and unit the record's
  fields (readings._record_fields, _handed_finding); a 交办内容 that is all request names none.
- One named problem the object of an on-site check of its rectification ("督查…反映的X问题的整改情况", a caption) is one
  problem with no state and no measures (readings.RE_CHECKED_NAMED); a check of "部分重点问题" names none.
"""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.parse import _parse_extracted, parse_text


def _titles(result):
    return [p.title for p in result.problems]


# --- quoted items restated to open their answers ------------------------------------------------------------------------
QUOTED_NEWS = (
    "全力整改 狠抓落地,全县污水处理工作扎实有效\n日期: 2019-05-10\n"
    "    昨日,记者从县水务局获悉,县委县政府坚持照单全收、全力整改。\n"
    "    县水务局负责人介绍,全县全力推进“城北片区污水管网雨污混接严重问题”和“乡镇污水处理厂进水浓度偏低问题”的整改落实。\n"
    "    据悉,针对“城北片区污水管网雨污混接严重问题”,全县制定了专项方案,完成雨污分流改造12公里。目前,该问题已完成整改。\n"
    "    针对“乡镇污水处理厂进水浓度偏低问题”,有关乡镇细化措施,新建收集管网30公里,进水浓度明显提高,该问题已整改完成。记者 某某\n"
)


def test_quoted_problems_named_then_each_restated_to_open_its_answer_are_one_problem_each_and_done():
    result = parse_text(QUOTED_NEWS)
    assert _titles(result) == ["城北片区污水管网雨污混接严重问题", "乡镇污水处理厂进水浓度偏低问题"]
    assert [p.status for p in result.problems] == ["done", "done"]
    assert [len(p.measures) for p in result.problems] == [1, 1]


def test_quoted_slogans_answered_with_zhendui_are_no_problems():
    text = ("县政务服务中心提升服务效能\n日期: 2019-05-10\n"
            "    县政务服务中心全力推进“放管服”改革和“最多跑一次”改革的落实。\n"
            "    针对“放管服”改革,中心梳理事项320项,全部实现网上可办。\n"
            "    针对“最多跑一次”改革,中心设立综合窗口8个,群众满意度明显提高。\n")
    assert parse_text(text).problems == []


# --- one named problem said signed off in a news report ---------------------------------------------------------------
SIGNED_NEWS = ("督查组对我县饮用水水源地开展专项督查\n发布时间:2019-09-10 16:50\n"
               "9月9日督查组进驻我县开展专项督查,对我县某某水库存在问题的整改落实情况进行调查核实。经督查组核实,"
               "我县某某水库周边生活污水直排问题整改完成已进行了销号,督查组对我县工作给予肯定并提出要求:一是要尽快完成"
               "管网工程的验收工作;二是健全长效机制,防止已整改问题反弹。三是完善应急预案。县政府相关人员陪同检查。\n")


def test_a_news_report_of_one_named_problem_signed_off_reads_that_problem_done_without_measures():
    result = parse_text(SIGNED_NEWS)
    assert _titles(result) == ["某某水库周边生活污水直排问题"]
    assert result.problems[0].status == "done"
    assert result.problems[0].measures == []


def test_a_news_report_of_a_rounds_problems_signed_off_names_no_problem():
    text = SIGNED_NEWS.replace("我县某某水库周边生活污水直排问题整改完成已进行了销号", "我县第二轮督察反馈问题整改完成并已全部销号")
    assert parse_text(text).problems == []


# --- a quoted label called a 问题 after the round that fed it back ---------------------------------------------------
CALLED = ("某市委积极推动巡视问题整改到位\n"
          "2020年5月,省委巡视组对某市委开展巡视,反馈存在“生态环境保护责任落实不够到位”问题,指出:“部分河道治理进展缓慢,"
          "18个项目未按期完工。”\n"
          "某市委高度重视巡视反馈意见,多次听取汇报,出台《关于加强河道治理的实施意见》,推动问题整改。\n"
          "市委常委会将河道治理作为重点议题,落实推进机制、任务分工和责任要求。\n")


def test_a_quoted_label_called_a_problem_after_the_round_that_fed_it_back_is_the_one_problem():
    result = parse_text(CALLED)
    assert _titles(result) == ["生态环境保护责任落实不够到位"]
    assert len(result.problems[0].measures) == 1


def test_the_same_quoted_label_with_no_account_of_rectification_is_no_problem():
    text = CALLED.split("某市委高度重视")[0] + "该市将于明年举办全市河道保护论坛,邀请专家学者参加。\n"
    assert parse_text(text).problems == []


# --- a petition's sign-off notice: the complaint without who complained and without the plea --------------------------
PETITION = ("根据《某省中央环境保护督察问题整改销号管理办法》的要求,现对已完成整改的问题情况进行公示。\n"
            "一、转办问题基本情况\n"
            "投诉人反映:某县某镇某村有三家石材厂,粉尘污染严重,废水直排河道。其中一家石材厂违法占用耕地。希望相关部门查处。\n"
            "二、整改情况\n"
            "(一)县生态环境局对三家石材厂下达了责令改正通知书,要求企业完善除尘设施。\n"
            "(二)县自然资源局对占用耕地的石材厂立案查处,责令恢复原状。\n"
            "三、验收情况\n"
            "2019年12月2日,县生态环境局牵头组织验收,三家石材厂已完成整改。\n")


def test_a_petitions_sign_off_notice_titles_its_problem_by_the_complaint_without_lead_or_plea():
    result = parse_text(PETITION)
    assert _titles(result) == ["某县某镇某村有三家石材厂,粉尘污染严重,废水直排河道。其中一家石材厂违法占用耕地"]
    assert result.problems[0].category == "转办问题基本情况"
    assert len(result.problems[0].measures) == 2


def test_a_complaint_with_no_plea_keeps_its_last_sentence():
    result = parse_text(PETITION.replace("希望相关部门查处。", ""))
    assert _titles(result) == ["某县某镇某村有三家石材厂,粉尘污染严重,废水直排河道。其中一家石材厂违法占用耕地"]


# --- a numbered 整改问题: label is the category ----------------------------------------------------------------------
NUMBERED_LABELS = ("第二轮省级生态环境保护督察12项问题整改公示\n日期:2024-11-10 09:31\n"
                   "我县已完成第二轮省级生态环境保护督察第12项问题整改,拟申请验收销号,现对该项问题整改完成情况向社会公示:\n"
                   "一、整改问题:某县城区生活污水收集率偏低,部分片区污水直排。\n"
                   "二、整改目标:城区生活污水收集率达到90%以上。\n"
                   "三、整改措施:\n"
                   "1.新建污水管网20公里,完成雨污分流改造。\n"
                   "2.开展排水户排查整治,杜绝污水直排。\n"
                   "四、整改的主要工作及成效:城区污水收集率达到92%,污水直排现象已消除。\n"
                   "五、公示时间:2024年11月10日至2024年11月21日\n")


def test_a_numbered_zhenggai_wenti_label_with_its_value_gives_the_category():
    result = parse_text(NUMBERED_LABELS)
    assert [(p.seq, p.category) for p in result.problems] == [(12, "整改问题")]


def test_a_numbered_fankui_wenti_label_with_its_value_gives_no_category():
    result = parse_text(NUMBERED_LABELS.replace("一、整改问题:", "一、反馈问题:"))
    assert len(result.problems) == 1 and result.problems[0].category is None


# --- a petition disclosure table is no ledger ------------------------------------------------------------------------
PETITION_TABLE = ("某市委 某市人民政府\n关于省督察组交办问题调查处理情况的通报\n"
                  "现将第三批交办问题办理结果通报如下:\n"
                  "序号 | 交办问题基本情况 | 涉及区县 | 调查核实情况 | 是否属实 | 处理和整改情况 | 是否办结 |\n"
                  "1 | 某县某厂夜间排放废气,气味刺鼻 | 某县 | 经现场核查,该厂废气处理设施运行正常,监测结果达标。 | 否 | "
                  "督促企业加强管理。 | 是 |\n"
                  "2 | 某镇垃圾堆放点垃圾外溢 | 某镇 | 经核查,垃圾堆放点清运不及时。 | 是 | 已清运垃圾,增加清运频次。 | 是 |\n")


def _parse_txt(text: str):
    return _parse_extracted(extract_bytes(text.encode("utf-8"), "t.txt"))


def test_a_table_disclosing_handed_down_petitions_investigation_reads_no_problems():
    assert _parse_txt(PETITION_TABLE).problems == []


def test_a_rectification_ledger_without_the_verdict_column_still_reads_its_rows():
    text = ("某县巡察反馈问题整改台账\n"
            "序号 | 问题描述 | 整改措施 | 责任单位 | 整改时限 | 整改情况 |\n"
            "1 | 财务报销审核不严 | 修订财务报销制度 | 县财政局 | 2023年底 | 已完成 |\n"
            "2 | 公务用车管理不规范 | 建立用车登记台账 | 县机关事务中心 | 2023年底 | 已完成 |\n")
    assert len(_parse_txt(text).problems) == 2


# --- a flattened two-column form whose finding sits in its 整改目标 field ----------------------------------------------
FLAT_FORM = ("某县某乡某采石场生态修复\n\n某县人民政府门户网站 发布时间:2025-04-09 08:31\n\n"
             "任务名称 某县某乡某采石场生态修复\n\n"
             "整改目标 根据2024年第二轮生态环境保护督察问题清单,某乡某采石场生态修复工作不到位,边坡裸露未复绿,应按矿山生态修复"
             "相关要求进行整改。\n\n"
             "整改措施 对边坡进行削坡整形;对裸露区域覆土复绿,恢复为林地。\n\n"
             "整改完成情况 某采石场边坡整形、覆土、植树等措施已完成,经自检,达到验收销号条件。\n\n"
             "公示时间 2025年4月7日-2025年4月12日\n\n"
             "拟销号时间 2025年4月21日\n")


def test_a_flattened_form_tells_its_finding_in_the_target_field_after_the_list_it_came_from():
    result = parse_text(FLAT_FORM)
    assert _titles(result) == ["某乡某采石场生态修复工作不到位,边坡裸露未复绿"]
    assert result.problems[0].status == "done"
    assert len(result.problems[0].measures) == 1


def test_a_flattened_form_whose_target_only_says_what_done_means_names_no_problem():
    text = FLAT_FORM.replace("根据2024年第二轮生态环境保护督察问题清单,某乡某采石场生态修复工作不到位,边坡裸露未复绿,应按矿山生态修复"
                             "相关要求进行整改。", "边坡全部复绿,林草覆盖率达到80%以上。")
    assert parse_text(text).problems == []


# --- a tracker's record of one handed-down task ------------------------------------------------------------------------
RECORD = ("交办单 发文 任务进展 管理\n"
          "交办单年份:\n2024\n交办单编号:\n12\n交办日期:\n2024-05-10\n责任单位:\n某区住建局\n主要类型:\n水污染\n"
          "当前状态:\n正在整改\n交办单标题:\n关于对某河水质问题交办的通知\n交办内容:\n"
          "近期,省生态环境厅对交办我市的问题整改情况进行了核查,核查发现仍有问题未彻底整改到位。某河沿线雨污管网混接,"
          "部分时段河水黑臭。根据《关于做好交办问题整改工作的通知》要求,请你单位高度重视,立即组织开展整改工作。\n整改资料:\n")


def test_a_trackers_record_of_one_handed_down_task_reads_its_finding_state_number_and_unit():
    result = parse_text(RECORD)
    assert _titles(result) == ["某河沿线雨污管网混接,部分时段河水黑臭"]
    p = result.problems[0]
    assert (p.seq, p.status, p.responsible_units, len(p.measures)) == (12, "in_progress", ["某区住建局"], 0)


def test_a_trackers_record_whose_content_is_all_request_names_no_problem():
    text = RECORD.replace("某河沿线雨污管网混接,部分时段河水黑臭。", "")
    assert parse_text(text).problems == []


# --- one named problem the object of a check of its rectification ----------------------------------------------------
CAPTION = ("某省审计厅紧盯审计问题整改,持续跟踪督促去年审计工作报告反映的未整改到位事项。图为近日厅领导带队实地督查去年审计工作"
           "报告反映的某县污水处理厂提标改造工程建设滞后问题的整改情况。(某某)\n")


def test_a_caption_of_a_check_of_one_named_problems_rectification_reads_that_problem_without_state():
    result = parse_text(CAPTION)
    assert _titles(result) == ["某县污水处理厂提标改造工程建设滞后问题"]
    assert (result.problems[0].status, result.problems[0].measures) == (None, [])


def test_a_caption_of_a_check_of_some_key_problems_rectification_names_no_problem():
    text = CAPTION.replace("某县污水处理厂提标改造工程建设滞后问题", "部分重点领域审计问题")
    assert parse_text(text).problems == []
