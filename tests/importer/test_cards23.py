"""Pages that expose the faults a check found at named bodies, one card or statement per body (session 23, helper cards23).

Constructed texts in other words than the labelled pages (other sectors, bodies, labels, numbering; a traditional copy),
each rule with positives and near misses that must not be read.

Rules:
- (a) Cards headed by the body's NAME (a line of its own, numbered or not, a district tag in brackets; or the opening of
  the card's line run into its fields; or a name field numbered as the card), then after at most two other fields
  (地址…) a FINDING field (a label naming the hazards or problems found): one problem a card (R10/R12), titled by the
  finding's value as printed (inner numbers kept, lines joined), seq the number on the name, unit the name without its
  tag unless a place (R103), category a class line over the names when two cards or more have one
  (readings.named_cards_candidate).
- (b) Statements one per body in prose, the faults running straight on after the name, in a document that counts the
  bodies found at fault: the longest name ending in a word for a body (not a floor, not "场所", "部分"); "其中," and the
  checker's area word ("区内") lead in; a next sentence opening on a part's fault goes on about the same body; the
  checker's verdict is no body's statement (readings._body_named_at, _part_goes_on).
- (c) A check's news of its finding at ONE body it names as checked, then the checker's order: one problem, the pronoun
  subject and a count of the hazards dropped, the body its unit (readings.checked_body_finding_candidate).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text

# --- (a) cards headed by the body's name ---------------------------------------------------------------------------------
NAME_LINES = """为压实燃气安全主体责任,市城管局对餐饮场所开展燃气安全检查,现将部分隐患场所曝光如下:
老街坊火锅店(东湖)
燃气隐患情况:
1、软管超长
2、未安装报警器
顺风大排档
燃气隐患情况:
气瓶与灶具间距不足
金穗面包坊(西城)
燃气隐患情况:
1、管道锈蚀
2、阀门漏气
请广大商户引以为戒,及时消除隐患。
"""


def test_cards_headed_by_a_name_line_over_a_finding_label_are_one_problem_a_card():
    r = parse_text(NAME_LINES)
    assert [p.title for p in r.problems] == ["1、软管超长2、未安装报警器", "气瓶与灶具间距不足", "1、管道锈蚀2、阀门漏气"]
    assert [p.responsible_units for p in r.problems] == [["老街坊火锅店"], ["顺风大排档"], ["金穗面包坊"]]
    assert [p.seq for p in r.problems] == [None, None, None]
    assert all(p.category is None for p in r.problems)


CLASSED = """县安委办对以下场所的安全隐患进行曝光,请被曝光单位限期整改。
01 物流仓储
一、宏达物流有限公司
地址:工业园区纬三路8号
存在问题:1.货物堵塞消防车道;2.仓库内电动叉车违规充电。
二、顺捷仓储中心
地址:城北路66号
存在问题:1.库房照明灯具未加防护罩。
02 宾馆民宿
一、云栖民宿
地址:古镇老街12号
存在问题:1.客房未配备逃生面具;2.楼梯间堆放布草。
二、南山公寓
地址:南山路3号
存在问题:1.安全出口锁闭。
"""


def test_numbered_name_cards_under_class_lines_take_the_class_as_category_and_the_number_as_seq():
    r = parse_text(CLASSED)
    assert [p.title for p in r.problems] == ["1.货物堵塞消防车道;2.仓库内电动叉车违规充电", "1.库房照明灯具未加防护罩",
                                             "1.客房未配备逃生面具;2.楼梯间堆放布草", "1.安全出口锁闭"]
    assert [p.seq for p in r.problems] == [1, 2, 1, 2]
    assert [p.category for p in r.problems] == ["物流仓储", "物流仓储", "宾馆民宿", "宾馆民宿"]
    # (a residential block named as a card is a place, no unit: R103)
    assert [p.responsible_units for p in r.problems] == [["宏达物流有限公司"], ["顺捷仓储中心"], ["云栖民宿"], []]


RUN_IN = """安全生产曝光台
应急管理部门执法人员对以下企业进行曝光:
1.鑫源五金厂:地址:环城东路18号。隐患:车间内未设置应急照明;配电箱前堆放杂物。
2.立新纺织有限公司:地址:开发区二路5号。隐患:员工宿舍设在仓库内。
3.百味调料店:地址:商贸城B区。隐患:灭火器压力不足。
(通讯员 周安)
"""


def test_cards_run_into_one_line_each_name_then_fields_are_read_from_the_finding_label():
    r = parse_text(RUN_IN)
    assert [p.title for p in r.problems] == ["车间内未设置应急照明;配电箱前堆放杂物", "员工宿舍设在仓库内", "灭火器压力不足"]
    assert [p.seq for p in r.problems] == [1, 2, 3]
    assert [p.responsible_units for p in r.problems] == [["鑫源五金厂"], ["立新纺织有限公司"], ["百味调料店"]]


PROSE_CARDS = """近日,市消防救援大队在检查中发现以下地点存在火灾隐患,现予以曝光。
金桂苑小区位于滨江路与新华路交叉口,存在隐患:地下车库排烟风机损坏。已责令物业限期整改。
光明村位于县道三十二公里处,存在隐患:村民自建房内违规住人。已责令限期整改。
"""


def test_one_paragraph_a_place_with_its_finding_label_run_in_is_one_problem_a_paragraph_without_units():
    r = parse_text(PROSE_CARDS)
    assert [p.title for p in r.problems] == ["地下车库排烟风机损坏", "村民自建房内违规住人"]
    assert [p.responsible_units for p in r.problems] == [[], []]


FIELD_NUMBERED = """区消防大队公布一批隐患单位
一、隐患单位名称:城南敬老院
存在火灾隐患:①厨房未设置可燃气体报警装置;②部分防火门损坏。
二、隐患单位名称:新华书店
存在火灾隐患:①疏散指示标志不亮;②消防栓被遮挡。
"""


def test_a_name_field_numbered_as_its_card_gives_the_card_its_seq():
    r = parse_text(FIELD_NUMBERED)
    assert [p.title for p in r.problems] == ["①厨房未设置可燃气体报警装置;②部分防火门损坏", "①疏散指示标志不亮;②消防栓被遮挡"]
    assert [p.seq for p in r.problems] == [1, 2]
    assert [p.responsible_units for p in r.problems] == [["城南敬老院"], ["新华书店"]]


PRAISE_CARDS = """区市场监管局公布本季度食品安全示范店名单:
福满楼酒家
亮点做法:后厨明厨亮灶,台账齐全
清风茶社
亮点做法:落实进货查验制度
"""


def test_cards_praising_bodies_with_no_finding_field_read_no_problem():
    assert parse_text(PRAISE_CARDS).problems == []


EMPTY_FINDINGS = """消防隐患曝光
华美服装店
火灾隐患情况:
星光网吧
火灾隐患情况:
"""


def test_cards_whose_finding_fields_are_empty_read_no_problem():
    assert parse_text(EMPTY_FINDINGS).problems == []


# --- (b) statements one per body, faults running straight on after the name -------------------------------------------
STATEMENTS = """本报讯 近日,县消防救援大队对检查中存在火灾隐患的4家单位进行公开曝光。
其中,县城关镇锦江宾馆客房走道疏散指示标志损坏,部分灭火器压力不足。县第二中学实验楼仅有一部疏散楼梯;楼内消火栓无水。教学楼一层堆放大量杂物。县人民医院住院部安全出口被锁闭。区内阳光商场三楼部分防火卷帘无法启动,应急照明损坏。
县消防救援大队判定阳光商场为重大火灾隐患单位,并提请县政府挂牌督办。
"""


def test_bodies_counted_then_told_one_statement_each_are_one_problem_a_body():
    r = parse_text(STATEMENTS)
    assert [p.responsible_units for p in r.problems] == [["县城关镇锦江宾馆"], ["县第二中学"], ["县人民医院"], ["阳光商场"]]
    assert r.problems[1].title == "县第二中学实验楼仅有一部疏散楼梯;楼内消火栓无水。教学楼一层堆放大量杂物"
    assert r.problems[3].title.startswith("阳光商场三楼部分防火卷帘")  # (the lead "区内" dropped; "三楼" no body's end)


SHARED = """市消防支队近日检查了3家单位,发现金港酒店、海悦宾馆、顺发超市均存在疏散通道堵塞、灭火器过期等问题,已责令限期整改。"""


def test_a_shared_statement_naming_several_bodies_reads_no_problem():
    assert parse_text(SHARED).problems == []


# --- (c) one body named as checked, its finding, then the order --------------------------------------------------------
ONE_FIRM = """安监暗访 化工厂隐患多
日前,市安委会暗访组随机抽查了位于高新区的恒泰化工。暗访组发现这里存在多处隐患,储罐区未设置围堰;部分可燃气体报警器失灵;仓库内危化品混存,一旦泄漏后果严重。目前,暗访组已责令该企业限期整改。
"""


def test_one_firm_named_as_checked_then_found_at_fault_by_a_pronoun_is_one_problem_its_unit():
    r = parse_text(ONE_FIRM)
    assert [p.title for p in r.problems] == ["储罐区未设置围堰;部分可燃气体报警器失灵;仓库内危化品混存,一旦泄漏后果严重"]
    assert r.problems[0].responsible_units == ["恒泰化工"]


ONE_SHOP = """10月9日,区市场监管所执法人员在城西区“老字号”——李记卤味进行食品安全检查时,发现其后厨卫生状况差,存在生熟不分、冷藏柜温度超标等问题,且未见从业人员健康证。执法人员当场下达整改通知书。
"""


def test_one_shop_checked_in_a_sweep_and_found_at_fault_is_one_problem_its_unit_the_shop():
    r = parse_text(ONE_SHOP)
    assert len(r.problems) == 1
    assert r.problems[0].title.startswith("后厨卫生状况差") and r.problems[0].title.endswith("健康证")
    assert r.problems[0].responsible_units == ["李记卤味"]


ONE_SITE = """4月3日,县住建局对全县6个在建项目进行了扬尘检查,总体情况较好,但检查中也发现滨河新城工地存在渣土未覆盖、车辆未冲洗等问题。检查组当即下发整改通知单。
"""


def test_one_site_named_after_the_finding_verb_is_one_problem_titled_from_its_name_no_unit():
    r = parse_text(ONE_SITE)
    assert [p.title for p in r.problems] == ["滨河新城工地存在渣土未覆盖、车辆未冲洗等问题"]
    assert r.problems[0].responsible_units == []


ONE_TRAD = """日前,省安委會暗訪組隨機抽查了位於城東區的宏發塑料廠。暗訪組發現這裡存在多處隱患,車間內電線私拉亂接;消防通道被貨物堵塞。暗訪組已責令其限期整改。
"""


def test_a_traditional_copy_of_one_firm_found_at_fault_reads_the_same_way():
    r = parse_text(ONE_TRAD)
    assert len(r.problems) == 1
    assert r.problems[0].title.startswith("车间内电线私拉乱接")


PRAISED = """日前,市安委会暗访组随机抽查了位于城北区的丰华纺织。暗访组发现这里安全管理规范,消防设施完好。暗访组对该企业提出表扬。
"""


def test_one_firm_checked_and_praised_reads_no_problem():
    assert parse_text(PRAISED).problems == []


COUNTS_ONLY = """截至目前,全市共检查餐饮场所1200家,发现隐患问题356处,下达整改通知书120份,责令停业整顿8家。
"""


def test_a_round_up_of_counts_only_reads_no_problem():
    assert parse_text(COUNTS_ONLY).problems == []


# --- (d) bare class headings over paragraphs of body statements ---------------------------------------------------------
CLASSES = """关于食品安全明查暗访情况的通报
一、总体情况
本次共检查餐饮单位12家,发现问题31个,已责令限期整改。
二、发现的主要问题
(一)餐饮行业
检查发现,城关镇福临门饭店存在后厨生熟刀具混用、冷藏柜无温度记录等问题;县宏运酒楼存在从业人员未持健康证上岗等问题。
(二)学校食堂
在学校食堂领域,县实验小学食堂存在留样不足48小时、消毒柜损坏等问题;县第三中学食堂存在食材进货台账缺失等问题。此外,部分乡镇中心校食堂均存在防鼠设施不完善等问题。
三、下一步工作要求
(一)立即整改到位。各被检查单位要对照问题清单逐项整改。
"""


def test_bare_class_headings_over_body_statements_give_one_problem_a_body_under_its_class():
    r = parse_text(CLASSES)
    assert [p.responsible_units for p in r.problems] == [["城关镇福临门饭店"], ["县宏运酒楼"], ["县实验小学食堂"], ["县第三中学食堂"]]
    assert [p.category for p in r.problems] == ["餐饮行业", "餐饮行业", "学校食堂", "学校食堂"]
    assert r.problems[2].title.startswith("县实验小学食堂存在留样不足48小时")  # (the field lead-in dropped, R92)
    assert not any("部分乡镇" in p.title for p in r.problems)  # (a shared statement is no body's, R122)


CLASSES_SHARED = """关于校园安全检查情况的通报
二、发现的主要问题
(一)中小学校
县第一小学、县第二小学均存在门卫室未配备防护器械等问题。
(二)幼儿园
县幸福幼儿园、县阳光幼儿园均存在消毒记录不全等问题。
"""


def test_class_headings_over_shared_statements_are_not_split_into_bodies_statements():
    # (what the list makes of the shared sentences is as before this reader; it names no body as a unit and parts none)
    r = parse_text(CLASSES_SHARED)
    assert not any(p.responsible_units for p in r.problems)
    assert not any(p.title.startswith(("县第二小学", "县阳光幼儿园")) for p in r.problems)


RUN_IN_WRAPPED = """安全生产曝光台
应急管理部门执法人员对以下企业进行曝
光:
1.鑫源五金厂:地址:环城东路18号。隐患:车间内未设
置应急照明;配电箱前堆放杂物。
2.立新纺织有限公司:地址:开发区二路5号。隐患:员
工宿舍设在仓库内。
"""


def test_run_in_cards_a_copy_wrapped_are_read_from_the_joined_paragraphs():
    r = parse_text(RUN_IN_WRAPPED)
    assert [p.title for p in r.problems] == ["车间内未设置应急照明;配电箱前堆放杂物", "员工宿舍设在仓库内"]
    assert [p.responsible_units for p in r.problems] == [["鑫源五金厂"], ["立新纺织有限公司"]]


ALL_NUMBERED = """燃气安全检查曝光
东来顺饭庄
主要隐患:
1、燃气软管老化
2、未安装熄火保护装置
聚福园酒家
主要隐患:
1、气瓶间无通风设施
2、报警器未通电
"""


def test_cards_each_a_bare_label_over_numbered_hazard_lines_are_not_joined_into_one_problem_a_card():
    # (one problem a line is the labelled reading of this layout, blind31 wxredian; whichever reader gives it, the cards
    # reader stays out)
    assert not any("2、" in p.title for p in parse_text(ALL_NUMBERED).problems)


REPORT_ITEMS = """关于巡察反馈问题整改情况的报告
一、食堂管理:存在问题:留样记录不全。整改情况:已建立留样台账。
二、财务报销:存在问题:部分票据审核不严。整改情况:1、重新审核票据。2、完善报销制度。
"""


def test_a_report_s_items_with_what_was_done_are_no_exposure_cards():
    r = parse_text(REPORT_ITEMS)
    assert r.reading_detail == "" or "隐患卡片" not in r.reading_detail
    assert not any(p.responsible_units == ["食堂管理"] for p in r.problems)
