"""check24: check and supervision notices naming each body's faults (blind51) — written here in other bodies', sectors' and
numberings' words than the labelled documents, each rule with the near miss that must not fire: a check's summing-up of
faults over many unnamed bodies or by kind ([]), a table of findings by place, a heading run into a description of more
faults, a black list's rows, run-on items with mixed marks, a count before the findings named, a table copied without its
header, an answering list one rank down and a time-limit section, a section of dated findings, an area's heading run into
its (1)(2) findings, a visit story told paragraph by paragraph."""
from __future__ import annotations

import pytest

from zhenggai.importer.parse import parse_bytes


def parse_text(text: str):
    """A pasted notice read as the importer reads a .txt file (its tables found by the extractor first)."""
    return parse_bytes(text.encode("utf-8"), "notice.txt")


def _read(text: str) -> list[tuple]:
    return [(p.seq, p.category, p.title) for p in parse_text(text).problems]


def _titles(text: str) -> list[str]:
    return [p.title for p in parse_text(text).problems]


# --- a check's findings summed up over many unnamed bodies, or by kind: no problem (R19) ----------------------------------
@pytest.mark.parametrize("text", [
    "昨日，县委督查室通报了此次暗访情况。暗访发现的主要问题包括：部分村委会上班时间无人值守；部分站所考勤制度不落实；"
    "个别干部上班期间玩手机。通报要求各单位认真整改。\n",
    "市纪委对40家单位进行了明察暗访，检查发现的问题有：部分单位迟到早退现象突出，共发现迟到15人；少数窗口服务态度生硬；"
    "个别工作人员上班时间网购。\n",
    "暗訪發現的主要問題包括：部分單位值班人員脫崗；部分單位值班記錄不全；個別單位未落實帶班制度。\n",
])
def test_a_found_list_labelled_then_told_of_unnamed_bodies_reads_no_problem(text):
    assert _read(text) == []


@pytest.mark.parametrize("text,total", [
    ("5月8日至9日，区市场监管局对辖区60家餐饮单位开展专项检查，在检查中发现了一些问题，如食品安全方面：原料索证不全；"
     "消防方面：灭火器过期；环境卫生方面：后厨地面油污等三类问题25个，涉及18家单位。\n", 25),
    ("县住建局对全县工地开展督查，督查发现了不少问题，如扬尘治理方面：裸土未覆盖；安全生产方面：临边防护缺失；"
     "文明施工方面：围挡破损等三类问题16个，涉及9个工地。\n", 16),
    ("物业协会对全市小区开展巡查，巡查中发现了一些问题，比如消防安全方面：消防通道堵塞；电梯方面：维保记录缺失；"
     "卫生方面：垃圾清运不及时等三类问题30个，涉及12个小区。\n", 30),
])
def test_findings_summed_up_by_kind_read_no_problem_and_their_count_as_the_total(text, total):
    result = parse_text(text)
    assert result.problems == []
    assert result.headline.problems_total == total


def test_a_found_list_of_named_firms_is_still_read_one_problem_a_clause():
    text = ("区应急局对辖区企业开展安全检查，检查发现的主要问题包括：甲公司消防通道堵塞；乙公司灭火器过期；丙公司应急照明损坏。\n")
    assert _titles(text) == ["甲公司消防通道堵塞", "乙公司灭火器过期", "丙公司应急照明损坏"]


# --- a table of findings by place ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,units", [
    ("安全检查通报\n各部门：\n现将检查结果通报如下：\n"
     "检查地点 | 存在隐患 | 备注 |\n"
     "东区3号楼201 | 违规使用大功率电器 | 机械工程学院 |\n"
     "东区3号楼305 | 违规使用大功率电器 | 外国语学院 |\n"
     "图书馆二楼 | 安全出口指示灯不亮 | 已报修,近期更换 |\n",
     [["机械工程学院"], ["外国语学院"], []]),
    ("宿舍安全检查结果\n"
     "楼栋、房间 | 安全隐患 | 备注 |\n"
     "8号楼A312 | 私拉电线充电 | 化学化工学院 |\n"
     "8号楼A313 | 私拉电线充电 | 化学化工学院 |\n"
     "8号楼A410 | 阳台堆放杂物 | 化学化工学院 |\n",
     [["化学化工学院"]] * 3),
    ("消防检查情况\n"
     "隐患部位 | 隐患内容 | 备注 |\n"
     "一号仓库 | 灭火器压力不足 | 后勤公司 |\n"
     "二号仓库 | 货物堆放堵塞通道 | 物流中心 |\n"
     "配电房 | 电缆沟积水 | 请于本周内处理 |\n",
     [["后勤公司"], ["物流中心"], []]),
])
def test_a_table_of_findings_by_place_reads_one_problem_a_row_its_note_naming_the_unit(text, units):
    result = parse_text(text)
    assert len(result.problems) == 3
    assert [p.responsible_units for p in result.problems] == units


def test_rows_of_one_place_with_the_same_fault_worded_the_same_stay_apart_by_their_place():
    text = ("检查结果\n地点 | 隐患问题 | 备注 |\n"
            "南苑5号楼101 | 空调插座引线 | 文学院 |\n"
            "南苑5号楼102 | 空调插座引线 | 文学院 |\n"
            "南苑5号楼103 | 空调插座引线 | 文学院 |\n")
    assert _titles(text) == ["空调插座引线"] * 3


def test_a_table_without_a_place_column_stays_no_ledger_of_a_hazard_column_alone():
    text = ("检查结果\n姓名 | 存在隐患 | 备注 |\n张三 | 私拉电线 | 无 |\n李四 | 使用电锅 | 无 |\n")
    from zhenggai.importer.ledger_reader import LedgerResult

    assert not isinstance(parse_text(text), LedgerResult)


# --- a heading run into a description of more faults: titled whole (R88, C9) ----------------------------------------------
_NOTICE_HEAD = ("督查通报\n根据工作部署，市创建办对各单位创建工作进行了督查，现将督查情况通报如下：\n一、基本情况\n"
                "本月共交办问题120个，已整改95个。\n二、存在的不足\n")


@pytest.mark.parametrize("item,title", [
    ("1.部分单位对创建工作重视不够。个别单位领导不熟悉测评标准，开展宣传流于形式。",
     "部分单位对创建工作重视不够。个别单位领导不熟悉测评标准，开展宣传流于形式"),
    ("1.极少数乡镇自查自纠的意识不强。对于交办的问题，总是等督查组查出后再整改，对同类问题不能举一反三。",
     "极少数乡镇自查自纠的意识不强。对于交办的问题，总是等督查组查出后再整改，对同类问题不能举一反三"),
    ("1.个别社区长效管理机制不健全。日常巡查落实在纸上，对交办问题置若罔闻。",
     "个别社区长效管理机制不健全。日常巡查落实在纸上，对交办问题置若罔闻"),
])
def test_a_general_shortfall_run_into_more_faults_of_the_same_is_titled_whole(item, title):
    text = _NOTICE_HEAD + item + "\n2.部分单位台账不全。资料缺失严重，多次提醒仍未补齐。\n3.个别单位值班制度落实不到位。值班人员脱岗，记录缺失。\n"
    problems = parse_text(text).problems
    assert problems[0].title == title
    assert problems[0].measures == []


def test_a_shortfall_answered_in_its_next_sentence_keeps_its_first_sentence():
    text = _NOTICE_HEAD + ("1.部分单位台账不规范。已要求相关单位限期整改。\n2.部分单位资料缺失严重。多次提醒仍未补齐，台账不全。\n"
                           "3.个别单位值班制度落实不到位。值班人员脱岗，记录缺失。\n")
    assert parse_text(text).problems[0].title == "部分单位台账不规范"


# --- a black list's rows ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,found", [
    ("本周垃圾分类检查红黑榜\n红榜小区\n阳光花园 分类准确 正常清运\n黑榜小区\n金桥公寓 桶边垃圾散落 拒绝清运\n"
     "翠湖苑 厨余垃圾混投 责令整改\n据悉，检查将常态化开展。\n",
     [("黑榜小区", "桶边垃圾散落"), ("黑榜小区", "厨余垃圾混投")]),
    ("市容检查结果公布如下：\n黑榜单位:\n城东农贸市场 | 地面污水横流 | 通报批评\n城西菜场 | 摊位占道经营 | 通报批评\n"
     "红榜单位:\n城南市场 | 环境整洁 | 表扬\n",
     [("黑榜单位", "地面污水横流"), ("黑榜单位", "摊位占道经营")]),
    ("文明餐桌行动曝光榜\n老街饭店 未摆放公筷公勺 限期整改\n幸福小吃 餐具消毒不到位 限期整改\n",
     [("文明餐桌行动曝光榜", "未摆放公筷公勺"), ("文明餐桌行动曝光榜", "餐具消毒不到位")]),
])
def test_a_black_list_reads_one_problem_a_row_titled_by_its_finding_cell(text, found):
    assert [(c, t) for _, c, t in _read(text)] == found


def test_a_red_list_alone_reads_no_problem():
    text = "红黑榜\n红榜小区\n阳光花园 分类准确 正常清运\n绿洲小区 分类准确 正常清运\n"
    assert _read(text) == []


# --- run-on items with mixed marks --------------------------------------------------------------------------------------
@pytest.mark.parametrize("line,titles", [
    ("一、食堂存在的主要问题 1.冷藏柜温度超标。2、餐具消毒记录缺失。3、后厨地面湿滑。",
     ["冷藏柜温度超标", "餐具消毒记录缺失", "后厨地面湿滑"]),
    ("一、检查发现的问题 1、配电箱未上锁。2.电缆老化。3.灭火器过期。",
     ["配电箱未上锁", "电缆老化", "灭火器过期"]),
    ("一、存在的主要问题 1．晨检记录不全。2、留样量不足。3、从业人员健康证过期。4、仓库未设防鼠板。",
     ["晨检记录不全", "留样量不足", "从业人员健康证过期", "仓库未设防鼠板"]),
])
def test_items_run_on_after_their_heading_with_mixed_arabic_marks_are_read_one_each(line, titles):
    text = "某校食堂整改报告\n" + line + "\n二、整改情况\n已全部整改到位。\n"
    assert _titles(text) == titles


def test_two_items_in_other_marks_do_not_make_a_run_of_mixed_marks():
    from zhenggai.importer.parse.normalize import Para, split_run_on_items

    out, _ = split_run_on_items([Para("1.冷藏柜温度超标。2、餐具消毒记录缺失。", 0)])
    assert [p.text for p in out] == ["1.冷藏柜温度超标。2、餐具消毒记录缺失。"]


# --- a count before the findings named, and a second place's finding after a comma ----------------------------------------
def test_the_count_before_the_findings_named_is_dropped_and_a_second_region_parted_when_alone():
    text = ("据通报，抽查发现不合格网站30个，其中，甘肃省“某县林业局”网超过3年未更新，宁夏回族自治区“某镇政府”网大量栏目空白；"
            "江西省“某县文化馆”网留言长期未回应；湖南省“某区水利局”网无法访问。\n")
    assert _titles(text) == ["甘肃省“某县林业局”网超过3年未更新", "宁夏回族自治区“某镇政府”网大量栏目空白",
                             "江西省“某县文化馆”网留言长期未回应", "湖南省“某区水利局”网无法访问"]


def test_two_sites_sharing_one_fault_after_a_comma_are_no_one_sites_finding():
    text = ("抽查发现不合格网站12个，其中，四川省“某县统计局”网超过2年未更新，贵州省“某县林业局”网、云南省“某县水务局”网"
            "超过1年未更新；广西壮族自治区“某镇政府”网存在大量空白栏目；海南省“某县档案局”网无法访问。\n")
    assert _titles(text) == ["四川省“某县统计局”网超过2年未更新", "广西壮族自治区“某镇政府”网存在大量空白栏目",
                             "海南省“某县档案局”网无法访问"]


def test_a_clause_going_on_after_a_comma_without_a_place_stays_whole():
    text = "检查发现，不合格单位3个，其中，甲公司灭火器过期，厂区内杂物较多；乙公司疏散通道堵塞；丙公司应急灯损坏。\n"
    assert parse_text(text).problems[0].title == "甲公司灭火器过期，厂区内杂物较多"


# --- a table copied one cell a line with no header row --------------------------------------------------------------------
@pytest.mark.parametrize("text,seqs", [
    ("检查中发现存在问题的单位名单\n1\n城关镇\n某某幼儿园\n消毒记录不全\n2\n城关镇\n某某小学\n食堂无防蝇设施\n"
     "3\n新华乡\n某某中学\n灭火器过期\n", [1, 2, 3]),
    ("抽查不合格网站名单\n11\n河北\n“某县气象局”网\n首页长期未更新\n12\n河北\n“某县文化馆”网\n栏目空白\n"
     "13\n山东\n“某镇政府”网\n网站无法访问\n14\n山东\n“某县档案局”网\n留言未回复\n", [11, 12, 13, 14]),
    ("督查发现问题清单\n1\n东门市场\n地面积水严重\n2\n西门市场\n垃圾乱堆乱放\n3\n南门市场\n占道经营\n", [1, 2, 3]),
])
def test_a_table_copied_without_header_reads_its_rows_by_their_running_numbers(text, seqs):
    problems = parse_text(text).problems
    assert [p.seq for p in problems] == seqs
    assert problems[0].category == text.split("\n")[0]


def test_numbered_lines_of_figures_are_no_table_of_findings():
    text = "各乡镇完成情况\n1\n城关镇\n完成率98%\n2\n新华乡\n完成率95%\n3\n河口镇\n完成率100%\n"
    assert parse_text(text).problems == []


# --- the measures answering one rank down, and a time-limit section ---------------------------------------------------------
@pytest.mark.parametrize("measures_head,deadline_line,deadline", [
    ("（二）整改措施", "（一）整改时限\n学校研究决定，要求在2024年5月20日前全部整改完毕。", "2024年5月20日前"),
    ("（二）主要措施", "（一）完成时限\n限于6月30日前务必整改到位。", "6月30日前"),
    ("（二）整改措施落实情况", "（一）整改期限\n各岗位须于2023年11月10日前完成整改。", "2023年11月10日前"),
])
def test_the_measures_under_their_own_heading_answer_the_problems_one_to_one_and_the_time_limit_covers_them(
        measures_head, deadline_line, deadline):
    text = ("某幼儿园食堂整改情况报告\n一、存在的主要问题\n1.冷藏柜生熟混放。\n2.消毒柜损坏。\n3.留样记录不全。\n"
            "二、整改情况\n" + deadline_line + "\n" + measures_head + "\n（1）生熟食品分柜存放。\n（2）更换新消毒柜。\n"
            "（3）完善留样登记。\n")
    problems = parse_text(text).problems
    assert [len(p.measures) for p in problems] == [1, 1, 1]
    assert {p.deadline for p in problems} == {deadline}


def test_a_next_steps_subsection_does_not_answer_the_problems():
    text = ("某幼儿园食堂整改情况报告\n一、存在的主要问题\n1.冷藏柜生熟混放。\n2.消毒柜损坏。\n"
            "二、整改情况\n（一）下一步打算\n（1）加强日常检查。\n（2）完善管理制度。\n")
    assert [len(p.measures) for p in parse_text(text).problems] == [0, 0]


# --- a section of dated findings ----------------------------------------------------------------------------------------
def test_a_found_section_of_dated_checks_reads_each_clause_with_its_college():
    text = ("消防安全检查通报\n一、检查开展情况\n3月2日至6日，学校分批抽查学生公寓。\n二、检查发现问题\n"
            "3月2日抽查发现:化学学院5号楼210宿舍存在私拉电线问题;物理学院5号楼315宿舍使用电热毯。\n"
            "3月4日上午9时,文学院2号楼108宿舍学生在宿舍内吸烟,触发烟感报警。\n"
            "3月5日检查发现,部分单位未清理楼道杂物。\n"
            "3月6日抽查发现:图书馆一楼疏散通道狭窄,学生食堂二楼安全出口未设置指示标志。\n")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [("化学学院5号楼210宿舍存在私拉电线问题", ["化学学院"]), ("物理学院5号楼315宿舍使用电热毯", ["物理学院"]),
                   ("文学院2号楼108宿舍学生在宿舍内吸烟,触发烟感报警", ["文学院"]), ("图书馆一楼疏散通道狭窄", []),
                   ("学生食堂二楼安全出口未设置指示标志", [])]
    assert {p.category for p in parse_text(text).problems} == {"检查发现问题"}


@pytest.mark.parametrize("head", ["二、排查发现问题", "（二）督查发现的问题", "三、抽查发现的主要隐患"])
def test_the_found_sections_label_may_be_said_in_other_words(head):
    text = ("安全检查通报\n一、检查情况\n本周开展检查。\n" + head + "\n"
            "5月6日检查发现：某公司仓库堆放杂物；某公司配电箱未上锁。\n5月7日抽查发现：某学校食堂灭火器过期。\n")
    assert len(parse_text(text).problems) == 3


def test_dated_paragraphs_outside_a_found_section_are_not_read_so():
    text = ("工作动态\n一、工作开展情况\n5月6日检查发现：某公司仓库堆放杂物；某公司配电箱未上锁。\n"
            "5月7日抽查发现：某学校食堂灭火器过期。\n")
    assert "检查发现问题" not in {p.category for p in parse_text(text).problems}


# --- an area's heading run into its (1)(2) findings -----------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("安全检查通报\n现将检查情况通报如下：\n1、门诊楼(1)二楼安全出口指示灯不亮。(原因:灯管损坏待购)。(2)各科室消防设施完好,记录填写正常。"
     "(3)三楼配电箱未上锁。\n2、住院楼(1)护士站灭火器过期。(2)楼道堆放杂物,应及时清理。\n",
     [(1, "门诊楼", "二楼安全出口指示灯不亮"), (3, "门诊楼", "三楼配电箱未上锁"), (1, "住院楼", "护士站灭火器过期"),
      (2, "住院楼", "楼道堆放杂物,应及时清理")]),
    ("检查通报\n一、后厨区域：（1）冰柜生熟混放；操作台摆放整齐,较为规范。（2）排烟罩油污较多,需清洗。\n"
     "二、仓储区域：（1）货物离地离墙距离不足。（2）防鼠板缺失。\n",
     [(1, "后厨区域", "冰柜生熟混放"), (2, "后厨区域", "排烟罩油污较多,需清洗"), (1, "仓储区域", "货物离地离墙距离不足"),
      (2, "仓储区域", "防鼠板缺失")]),
    ("巡查情况\n1.教学楼(1)三楼消火栓箱内无水带。(2)楼梯间应急灯损坏。\n2.实验楼(1)危化品柜未上锁。(2)实验室台账填写认真,管理有序。\n",
     [(1, "教学楼", "三楼消火栓箱内无水带"), (2, "教学楼", "楼梯间应急灯损坏"), (1, "实验楼", "危化品柜未上锁")]),
])
def test_an_areas_heading_run_into_its_paren_findings_reads_each_finding_under_its_area(text, expected):
    assert _read(text) == expected


def test_places_with_paren_items_among_numbered_problems_are_no_areas():
    text = ("督查通报\n二、存在问题\n1.某小区门口公益广告破损。\n2.某某花园:(1)车辆乱停乱放;(2)杂物乱堆乱放。\n"
            "3.某某小区:(1)垃圾桶未盖;(2)飞线充电。\n")
    assert "某某花园" not in {p.category for p in parse_text(text).problems}


# --- a visit story told paragraph by paragraph ----------------------------------------------------------------------------
def test_a_visit_story_reads_the_misconduct_of_each_paragraph_opened_by_the_clock():
    text = ("本报讯 市作风办暗访组对3个区的机关作风进行了暗访。\n"
            "上午9时20分,暗访组来到某区住建局。在办公室内,一名工作人员正在玩手机游戏。被发现后,该工作人员表示马上改正。\n"
            "上午9时50分,暗访组来到某区人社局,一名工作人员正在网上看电影。他解释说刚忙完工作。\n"
            "随后,暗访组来到某区城管局执法科,督查员发现,一名科员正在电脑上打扑克。\n"
            "下午2时许,暗访组来到某区民政局,各科室人员在岗在位,秩序井然。\n")
    got = [(p.title, p.responsible_units) for p in parse_text(text).problems]
    assert got == [("一名工作人员正在玩手机游戏", ["某区住建局"]), ("一名工作人员正在网上看电影", ["某区人社局"]),
                   ("一名科员正在电脑上打扑克", ["某区城管局"])]


def test_an_office_visited_after_a_body_is_charged_to_that_body():
    text = ("本报讯 市效能办暗访组对机关作风进行了暗访。\n"
            "上午10时,暗访组来到某县财政局。在预算股办公室内,一名工作人员正在浏览股票网页。\n"
            "上午10时20分,督查员来到国库股,一名工作人员正在网上看视频。\n"
            "上午11时,暗访组来到某县卫健委,一名工作人员正在玩游戏。\n")
    assert [p.responsible_units for p in parse_text(text).problems] == [["某县财政局"], ["某县财政局"], ["某县卫健委"]]


def test_a_news_item_without_clock_paragraphs_reads_no_visit_entries():
    text = ("本报讯 市作风办暗访组对3个区的机关作风进行了暗访。\n"
            "暗访组发现,总体情况良好,但仍有个别工作人员上班时间玩游戏、看电影。\n"
            "市作风办要求各单位严肃处理。\n")
    assert _titles(text) == []


# --- the same shapes wrapped by the copy's line breaks ---------------------------------------------------------------------
def test_rows_of_a_bar_table_wrapped_by_the_copy_are_joined_back():
    from zhenggai.importer.extract import _rows_rejoined

    lines = ["地点 | 隐患问题 | 备注 |", "西苑1号楼101 | 使用电热毯 | 法学院 |", "西苑1号楼102 | 私拉电线为电动车",
             "充电 | 法学院 |", "西苑1号楼103 | 阳台堆放杂物 |", " 经济学院 |", "西苑1号楼104 | 烟头较多 | 历史文化",
             "学院 |"]
    assert _rows_rejoined(lines) == ["地点 | 隐患问题 | 备注 |", "西苑1号楼101 | 使用电热毯 | 法学院 |",
                                     "西苑1号楼102 | 私拉电线为电动车充电 | 法学院 |", "西苑1号楼103 | 阳台堆放杂物 |经济学院 |",
                                     "西苑1号楼104 | 烟头较多 | 历史文化学院 |"]


def test_a_line_with_a_bar_that_makes_no_row_as_wide_is_left_as_it_is():
    from zhenggai.importer.extract import _rows_rejoined

    lines = ["地点 | 隐患问题 | 备注 |", "西苑1号楼101 | 使用电热毯 | 法学院 |", "注:以上 | 为抽查结果", "请各学院及时整改。"]
    assert _rows_rejoined(lines) == lines


def test_a_days_findings_broken_after_a_semicolon_go_on_in_the_next_paragraph():
    text = ("安全检查通报\n一、检查情况\n本周开展检查。\n二、检查发现问题\n"
            "5月6日检查发现：甲学院1号楼仓库堆放杂物；\n乙学院2号楼配电箱未上锁；丙学院3号楼灭火器过期。\n"
            "5月7日抽查发现：丁学院食堂灭火器过期。\n")
    assert [p.responsible_units for p in parse_text(text).problems] == [["甲学院"], ["乙学院"], ["丙学院"], ["丁学院"]]


def test_an_areas_run_broken_by_the_copys_line_breaks_is_read_whole():
    text = ("检查通报\n1、门诊楼(1)二楼安全出口指示灯不亮。\n(原因:灯管损坏待购)。(2)三楼配电箱未\n上锁。(3)楼梯间堆放杂物。\n"
            "2、住院楼(1)护士站灭火器过期。\n(2)楼道堆放杂物。\n")
    assert _read(text) == [(1, "门诊楼", "二楼安全出口指示灯不亮"), (2, "门诊楼", "三楼配电箱未上锁"),
                           (3, "门诊楼", "楼梯间堆放杂物"), (1, "住院楼", "护士站灭火器过期"), (2, "住院楼", "楼道堆放杂物")]
