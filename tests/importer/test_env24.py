"""Environmental 督察 pages of blind50's shapes (session 24, helper env24): constructed texts in other words than the
labelled pages, each rule with three positives or more and a near miss.

Rules:
- A table disclosing how handed-down petitions were investigated and handled: a header row with an investigation column
  (调查核实情况, 调查处理情况, 核实结果) next to a column only a petition has (受理编号, 是否属实, 是否办结, 举报内容,
  交办/转办问题基本情况, 问责情况, 责任人被处理情况) holds complaints, no problems (R17, R169): neither as a ledger
  (ledger_reader.petition_disclosure_columns) nor by any reading of the text inside it (a cell's own "1、2、3、" steps,
  the row's complaint: structure.parse_structure drops them). A rectification table with an investigation column and
  none of a petition's still reads its rows.
- A news item telling a round's typical cases in one sentence, one ";" clause a place, each naming the team, the place
  and its finding verb ("督察组在甲省发现,A;督察组督察乙省发现,B;在丙省,督察组发现,C"): one problem per clause, titled
  by what follows the verb (readings.team_place_clauses_candidate); a clause that finds nothing, or does something
  else, leaves the sentence unread.
"""
from __future__ import annotations

from zhenggai.importer.extract import extract_bytes
from zhenggai.importer.ledger_reader import petition_disclosure_columns
from zhenggai.importer.parse import _parse_extracted, parse_text
from zhenggai.importer.parse.normalize import Para
from zhenggai.importer.parse.readings import exposed_findings_candidate, team_place_clauses_candidate


def _titles(result):
    return [p.title for p in result.problems]


def _parse_txt(text: str):
    return _parse_extracted(extract_bytes(text.encode("utf-8"), "t.txt"))


# --- a petition disclosure table holds no problems --------------------------------------------------------------------
STEPS_IN_A_CELL = ("首页 > 信息公开 > 督察整改\n"
                   "省生态环境保护督察交办群众举报件办理情况一览表(第三批)\n"
                   "序号 | 受理编号 | 举报内容 | 所在地区 | 调查核实情况 | 处理和整改情况 | 是否办结 |\n"
                   "12 | X4AB2025071200031 | 某街道某饭店油烟直排,影响周边住户。 | 某区 | 经核查,该饭店油烟净化设施未正常运行。 | "
                   "处理情况: 区城管局采取了以下措施: 1、责令饭店清洗油烟净化设施并保持正常运行。 2、对饭店负责人进行约谈。 "
                   "3、纳入日常巡查范围,防止问题反弹。 | 已办结 |\n")


def test_a_petition_table_whose_handling_cell_counts_its_steps_reads_no_problems():
    assert _parse_txt(STEPS_IN_A_CELL).problems == []


def test_a_petition_table_whose_header_cells_lost_their_second_word_is_no_ledger():
    text = ("群众信访举报转办和边督边改情况公示(第五批)\n"
            "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 污染类型 | 调查核实情况 | 是否 | 处理和整改情况 | 是否 |\n"
            "1 | 027 | 某村村民反映:村东砖厂夜间生产,粉尘很大。 | 某县 | 大气 | 经现场检查,砖厂已停产。 | 部分属实 | "
            "县生态环境局对砖厂开展夜间巡查。 | 是 |\n")
    assert _parse_txt(text).problems == []


def test_a_tab_parted_petition_table_with_an_accountability_column_reads_no_problems():
    text = ("某市关于中央生态环境保护督察转办件办理情况的通报\n"
            "序号\t转办问题基本情况\t调查处理情况\t问责情况\n"
            "1\t某镇某河道两岸垃圾堆放,雨天污水流入河中。\t经调查,反映问题属实。1.组织清运垃圾。2.设置围挡。\t无\n"
            "2\t某小区周边工地夜间施工噪声扰民。\t经调查,反映问题基本属实。责令工地停止夜间施工。\t约谈项目负责人\n")
    assert _parse_txt(text).problems == []


def test_a_petition_tables_header_in_traditional_script_is_known():
    assert petition_disclosure_columns(["序號", "受理編號", "交辦問題基本情況", "調查核實情況", "是否屬實", "處理和整改情況"])
    assert petition_disclosure_columns(["序号", "信访内容", "核实结果", "处理情况"])


def test_a_rectification_table_with_an_investigation_column_and_no_petition_column_still_reads():
    assert not petition_disclosure_columns(["序号", "问题描述", "调查核实情况", "整改措施", "责任单位", "整改情况"])
    text = ("某县审计反馈问题整改台账\n"
            "序号 | 问题描述 | 调查核实情况 | 整改措施 | 责任单位 | 整改时限 | 整改情况 |\n"
            "1 | 专项资金拨付滞后 | 经核实,资金滞留3个月 | 建立资金拨付台账 | 县财政局 | 2024年底 | 已完成 |\n"
            "2 | 项目未按期验收 | 经核实,2个项目未验收 | 组织补充验收 | 县发改局 | 2024年底 | 已完成 |\n")
    assert len(_parse_txt(text).problems) == 2


# --- a round's cases, one ";" clause a place ---------------------------------------------------------------------------
def test_a_rounds_cases_told_a_clause_a_county_are_one_problem_each():
    text = ("省委巡视组通报一批典型问题\n"
            "近日,省委第二轮巡视对首批3个典型问题进行通报。巡视组在甲县发现,乡村振兴衔接资金管理不规范,部分项目未按期完工;"
            "巡视组巡视乙县发现,违规发放津贴补贴问题突出;在丙县,巡视组发现,村级财务监管缺位,白条入账现象时有发生。\n"
            "巡视组表示,将持续跟踪问题整改。\n")
    assert _titles(parse_text(text)) == ["乡村振兴衔接资金管理不规范,部分项目未按期完工", "违规发放津贴补贴问题突出",
                                         "村级财务监管缺位,白条入账现象时有发生"]


def test_a_checks_findings_a_clause_a_district_in_full_width_stops_are_read():
    text = ("市环境卫生检查情况\n"
            "检查组在东城区发现，背街小巷垃圾乱堆乱放；检查组检查西城区发现：部分农贸市场污水横流，无人清理；"
            "在南城区，检查组发现，建筑工地未落实扬尘防治措施；检查组在北城区暗访发现，河道两岸违规种植蔬菜。\n")
    assert _titles(parse_text(text)) == ["背街小巷垃圾乱堆乱放", "部分农贸市场污水横流，无人清理", "建筑工地未落实扬尘防治措施",
                                         "河道两岸违规种植蔬菜"]


def test_a_round_over_autonomous_regions_and_prefectures_is_read():
    text = ("中央生态环境保护督察组公开典型案例\n"
            "督察组在甲自治区发现,一些地方草原超载过牧问题依然突出;督察组督察乙州发现,矿山生态修复滞后,"
            "大量废石随意堆放;督察组在丙市发现,城镇污水收集管网建设不到位,生活污水直排。\n")
    assert len(parse_text(text).problems) == 3


def test_a_sentence_where_one_team_found_nothing_is_no_round_of_cases():
    text = ("督察情况通报\n"
            "督察组在甲省发现,一些地方矿山生态修复滞后;督察组在乙省调阅了有关资料;"
            "督察组在丙省发现,城镇污水管网建设不到位。\n")
    assert parse_text(text).problems == []
    assert team_place_clauses_candidate([Para(text.splitlines()[1], 1)]) is None
    found_nothing = text.replace("督察组在乙省调阅了有关资料", "督察组在乙省未发现明显问题")
    assert parse_text(found_nothing).problems == []
    assert team_place_clauses_candidate([Para(found_nothing.splitlines()[1], 1)]) is None


# --- a visit story: the sites the lead lists, one paragraph each --------------------------------------------------------
def test_a_visit_storys_sites_with_faults_are_its_problems_and_sites_in_order_are_none():
    text = ("副镇长暗访人居环境整治工作\n"
            "6月5日上午,副镇长带队暗访人居环境整治工作。\n"
            "一行先后来到东山村、西河社区和南街菜市场等地,实地察看垃圾清运和河道保洁情况。\n"
            "东山村村口垃圾收集点未及时清运,蚊蝇较多。\n"
            "西河社区现场发现有居民在河道绿化带内种菜。\n"
            "南街菜市场环境卫生整洁有序,秩序良好。\n")
    assert _titles(parse_text(text)) == ["东山村村口垃圾收集点未及时清运,蚊蝇较多", "有居民在河道绿化带内种菜"]


def test_a_visit_to_firms_listed_as_units_reads_the_faulty_ones():
    text = ("县环保局局长检查企业环境整改\n"
            "局长分别深入甲化工有限公司、乙建材厂、丙码头等单位,检查环保问题整改落实情况。\n"
            "甲化工有限公司危险废物贮存场所标识不规范,台账记录缺失。\n"
            "乙建材厂已完成除尘设施改造。\n"
            "丙码头现场发现,堆场防尘网破损,裸露物料未覆盖。\n")
    assert _titles(parse_text(text)) == ["甲化工有限公司危险废物贮存场所标识不规范,台账记录缺失", "堆场防尘网破损,裸露物料未覆盖"]


def test_a_visit_story_in_traditional_script_is_read_the_same():
    text = ("副縣長督查環保整改工作\n"
            "副縣長一行先後到甲水庫、乙礦山、丙污水處理廠等地,現場督查整改情況。\n"
            "甲水庫現場發現有人員在一級保護區內垂釣。\n"
            "乙礦山生態修復進度滯後,邊坡仍然裸露。\n"
            "丙污水處理廠運行正常。\n")
    assert len(parse_text(text).problems) == 2


def test_a_visit_story_whose_sites_are_all_in_order_has_no_problem():
    text = ("副镇长暗访人居环境整治工作\n"
            "一行先后来到东山村、西河社区和南街菜市场等地,实地察看垃圾清运和河道保洁情况。\n"
            "东山村垃圾收集点已按时清运,未发现问题。\n"
            "西河社区河道保洁到位。\n"
            "南街菜市场环境卫生整洁有序。\n")
    assert parse_text(text).problems == []


# --- a typical-problems notice: a heading stating the violation, the facts under it no measure ------------------------
TYPICAL = ("某部关于耕地保护督察发现的典型问题的通报\n"
           "一、违法占用耕地建设问题(3个)\n"
           "1.甲省乙市丙县违法占用耕地建设物流园。\n"
           "丙县某物流有限公司在建设物流园项目中,自2020年3月起未经批准擅自占用耕地120亩。\n"
           "2.丁省戊市己区顶风违规占用永久基本农田建设公园。\n"
           "己区城市管理局于2021年5月违规占用永久基本农田45亩修建公园。\n"
           "3.庚省辛县非法批地建设工业园。\n"
           "辛县人民政府在招商引资中,2019年至2021年违反规定批准企业占用耕地300亩。\n")


def test_the_facts_under_a_heading_stating_the_violation_are_no_measure():
    result = parse_text(TYPICAL)
    assert [p.seq for p in result.problems] == [1, 2, 3]
    assert [len(p.measures) for p in result.problems] == [0, 0, 0]


def test_what_was_done_under_a_heading_stating_the_violation_is_still_a_measure():
    result = parse_text(TYPICAL.replace("丙县某物流有限公司在建设物流园项目中,自2020年3月起未经批准擅自占用耕地120亩。",
                                        "丙县已拆除违法建筑,恢复耕地120亩。"))
    assert len(result.problems[0].measures) == 1


# --- typical cases announced, then one paragraph a place ----------------------------------------------------------------
def test_typical_cases_announced_then_told_a_county_a_paragraph_are_one_problem_each():
    text = ("纪检监察信息\n"
            "市纪委监委通报三起群众身边不正之风典型问题\n"
            "近日,市纪委监委对3起典型问题进行公开通报。\n"
            "甲县:县林业局违规发放生态护林员补助资金12万元,资金管理混乱。\n"
            "乙区:区住建局在老旧小区改造中监管不到位,多个项目质量不达标。\n"
            "丙镇:镇政府违规收取农户土地流转管理费,加重群众负担。\n"
            "上述问题暴露出一些单位作风不实。\n")
    result = parse_text(text)
    assert _titles(result) == ["县林业局违规发放生态护林员补助资金12万元,资金管理混乱",
                               "区住建局在老旧小区改造中监管不到位,多个项目质量不达标", "镇政府违规收取农户土地流转管理费,加重群众负担"]


def test_a_provinces_glued_heading_is_the_category_of_its_cases():
    text = ("各地省级督察进展\n"
            "10月以来,多地省级生态环境保护督察组陆续进驻开展工作,查实了一批突出生态环境问题,部分地区已进入下沉阶段。\n"
            "浙江:首批典型案例公开11月上旬,浙江省第三轮省级生态环境保护督察组进驻甲市、乙市,并于近日集中公开通报首批2个典型案例。\n"
            "甲市:工业园区污水管网建设滞后,部分企业废水直排河道。\n"
            "乙市:矿山生态修复不到位,违规堆放废石问题突出。\n")
    result = parse_text(text)
    assert len(result.problems) == 2
    assert {p.category for p in result.problems} == {"浙江:首批典型案例公开"}


def test_typical_cases_in_traditional_script_are_read_the_same():
    text = ("省級督察通報典型案例\n"
            "督察組於近日集中公開通報第一批3個典型案例。\n"
            "甲市:飲用水水源保護區內違規建設項目未清理,水質存在風險。\n"
            "乙縣:垃圾填埋場滲濾液處理不到位,直排外環境。\n")
    assert len(parse_text(text).problems) == 2


def test_tallies_by_place_after_an_announcement_are_no_cases():
    text = ("督察整改进展\n"
            "省督察组近日集中公开通报3个典型案例,各地整改推进如下。\n"
            "甲区:已完成整改12项,剩余3项正在推进。\n"
            "乙县:已完成整改8项,剩余2项正在推进。\n")
    assert parse_text(text).problems == []


# --- a check's visits in one paragraph, a 回头看 telling the status of the finding before it -----------------------------
def test_visits_in_one_paragraph_read_each_finding_and_its_recheck():
    text = ("县河长办对两镇河道整治情况开展回头看\n"
            "为推动河湖长制落实,县河长办近日开展回头看。5月3日,检查组在东镇东河大桥下游发现,河道内有大量漂浮物,"
            "岸边堆放生活垃圾。5月10日,检查组在东河大桥附近发现,岸坡已经修整。但前期检查组指出的问题仍未整改。"
            "5月4日,检查组在西镇西河入口处发现,有养殖废水直排河道问题。5月11日,检查组在整改现场发现,排污口已封堵,"
            "废水已全部清运完毕。\n")
    result = parse_text(text)
    assert [(p.title, p.status) for p in result.problems] == [
        ("河道内有大量漂浮物,岸边堆放生活垃圾", "in_progress"), ("有养殖废水直排河道问题", "done")]
    assert [p.responsible_units for p in result.problems] == [["东镇"], ["西镇"]]


def test_visits_of_a_supervision_team_with_masked_dates_are_read():
    text = ("市督查组暗访农村人居环境整治\n"
            "为巩固农村人居环境整治成果,市督查组近日采取“四不两直”方式开展暗访,现将有关情况通报如下。\n"
            "*月*日,督查组在甲村村口发现,垃圾收集点未及时清运,污水横流。*月**日,督查组在乙村文化广场发现,"
            "有村民在广场焚烧秸秆。*月*日,督查组在丙村发现,村内道路干净整洁有序。\n")
    result = parse_text(text)
    assert _titles(result) == ["垃圾收集点未及时清运,污水横流", "有村民在广场焚烧秸秆"]
    assert [p.responsible_units for p in result.problems] == [[], []]  # (a village's spot names no town)


def test_visits_whose_rechecks_find_the_faults_cleared_are_done():
    text = ("镇环境卫生回头看通报\n"
            "6月1日,检查人员在南街菜市场发现,市场内占道经营问题突出。6月8日,检查人员在南街菜市场发现,占道摊位已全部拆除。"
            "6月2日,检查人员在北街发现,店外乱堆乱放问题较多。6月9日,检查人员在北街发现,杂物已经清理干净。\n")
    result = parse_text(text)
    assert [p.status for p in result.problems] == ["done", "done"]
    assert len(result.problems) == 2


def test_visits_in_good_order_are_no_problems():
    text = ("镇环境卫生检查\n"
            "6月1日,检查人员在南街菜市场发现,市场内环境干净整洁。6月2日,检查人员在北街发现,店铺门前整洁有序。\n")
    assert parse_text(text).problems == []


# --- a batch's bracket after a title: with its date, its place, or a bare ordinal ---------------------------------------
def test_a_title_ending_on_its_batch_with_a_date_a_place_or_an_ordinal_is_a_title():
    from zhenggai.importer.parse.facts import title_like

    assert title_like("省生态环境保护督察交办件办理情况公示(第三批 2024年7月2日)")
    assert title_like("中央生态环境保护督察转办件边督边改情况一览表（第十二批·某某县）")
    assert title_like("某市办理督察组交办举报环境问题进展情况通报(十一)")
    assert not title_like("某市办理督察组交办举报环境问题进展情况通报(第三批 请各单位对照检查整改)")


def test_a_tables_dated_batch_heading_gives_the_title_and_its_date():
    result = _parse_txt("首页 > 专题专栏 > 边督边改\n"
                        "省生态环境保护督察群众信访举报转办情况公开一览表 (第七批 2023年9月12日) | ||||||\n"
                        "序号 | 受理编号 | 交办问题基本情况 | 调查核实情况 | 是否属实 | 处理和整改情况 | 是否办结 |\n"
                        "5 | X2023091100012 | 某村养殖场粪污外溢。 | 经核查,属实。 | 属实 | 已清运粪污。 | 已办结 |\n")
    assert result.problems == []
    assert result.title is not None and result.title.startswith("省生态环境保护督察群众信访举报转办情况公开一览表")
    assert result.report_date is not None and str(result.report_date)[:10] == "2023-09-12"


# --- an exposure's findings at one place, a sentence each ---------------------------------------------------------------
def test_an_exposures_findings_told_a_sentence_each_are_one_problem_each():
    text = ("督察组曝光某县饮用水水源地问题\n"
            "今年4月,督察组现场督察时,就发现了水源地一级保护区内存在违规养殖行为。\n"
            "督察还发现,某县自来水公司取水口附近有生活污水直排入河,水质监测数据长期超标。\n"
            "值得注意的是,当地有关部门对此心知肚明。督察发现,二级保护区内3家砂石企业违法占用河道堆放砂石。\n"
            "督察组指出:“某县对水源地保护工作重视不够,监管严重缺位。”\n")
    assert _titles(parse_text(text)) == ["水源地一级保护区内存在违规养殖行为",
                                         "某县自来水公司取水口附近有生活污水直排入河,水质监测数据长期超标",
                                         "二级保护区内3家砂石企业违法占用河道堆放砂石"]


def test_an_audits_findings_verified_a_sentence_each_are_read():
    text = ("审计曝光某区专项资金使用问题\n"
            "审计查实,某区住建局违规将保障房专项资金用于办公楼装修。\n"
            "审计还发现,某区教育局虚报学生人数套取补助资金,资金去向不明。\n"
            "审计人员进一步查明:某街道办事处挤占挪用扶贫资金发放福利。\n")
    assert len(parse_text(text).problems) == 3


def test_a_forum_copy_of_an_exposure_read_the_same():
    text = ("巡视组发现的问题\n"
            "巡视组在走访中发现,某国企领导班子成员违规兼职取酬。 / Z) l9 K$ Z7\n"
            "巡视组还发现,该企业招投标管理不规范,多个项目未经招标直接发包。\n"
            "巡视组深入调查后发现,部分子公司长期挂账应收款项,造成国有资产流失风险。 & _* c/ ]8\n")
    assert len(parse_text(text).problems) == 3


def test_an_exposure_telling_the_faults_put_right_is_no_list_of_problems():
    text = ("督察组督办某县饮用水水源地问题\n"
            "督察组现场督察时,就发现了水源地一级保护区内存在违规养殖行为。\n"
            "督察还发现,某县自来水公司取水口附近有生活污水直排入河。\n"
            "督察发现,二级保护区内3家砂石企业违法占用河道堆放砂石。\n"
            "目前,上述问题已整改到位,养殖场已全部拆除。\n")
    assert exposed_findings_candidate([Para(t, k) for k, t in enumerate(text.splitlines()[1:])]) is None


def test_a_checks_tally_of_hazards_found_is_no_finding():
    text = ("消防安全检查\n"
            "检查组共发现火灾隐患18处,下发责令整改通知书8份。\n"
            "检查中发现,隐患36处,当场督促整改30处。\n"
            "检查人员还发现:问题线索5条,已移交有关部门。\n")
    assert exposed_findings_candidate([Para(t, k) for k, t in enumerate(text.splitlines()[1:])]) is None


# --- the same shapes as a PDF viewer's copy wraps them ------------------------------------------------------------------
def test_a_petition_header_wrapped_inside_a_cells_word_is_still_known():
    for cut in ("调查\n核实情况", "调\n查核实情况", "调查核实情况 |\n"):
        text = ("边督边改情况公开一览表(第九批)\n"
                "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | " + cut + ("" if cut.endswith("\n") else " |") +
                " 是否属实 | 处理和整改情况 | 是否\n办结 |\n"
                "9 | X2024 | 某街道烧烤店油烟扰民, | 某区 | 经核查,属实。 | 属实 | 处理情况: 1、责令安装油烟净化器。"
                "2、约谈店主。3、纳入日常巡查。 | 已办结 |\n")
        assert _parse_txt(text).problems == [], cut


def test_visits_whose_recheck_verdict_the_copy_broke_into_the_next_paragraph_keep_their_status():
    text = ("县河长办开展河道清理回头看\n"
            "为推进河长制工作,县河长办开展回头看。5月3日,检查组在东镇东河大桥下游发现,有垃圾堆放阻塞河道等问题。5月10日,"
            "检查组在东河大桥附近发现,河面清洁。\n"
            "但前期检查组指出的问题没有得到有效解决。5月4日,检查组在西镇西河入口发现,有养殖废水直排问题。5月11日,检查组在"
            "整改现场发现,废水已经被清运干净。\n")
    result = parse_text(text)
    assert [(p.title, p.status) for p in result.problems] == [("有垃圾堆放阻塞河道等问题", "in_progress"),
                                                                ("有养殖废水直排问题", "done")]
