"""ducha25: blind54's shapes of 督察 follow-ups and checks, read by their general cause (CONVENTIONS C42 settled s25,
R10/R140, R108, R139/C40, R68, R43): a check notice's place items run into their 一是 findings; a round-up of cases under
headings naming a kind of fault, a place a sentence; a batch of typical cases, a case a paragraph opening on the
finding; news of one named problem whose rectification a team checks; a count of cases among cases; a forum post's
stamp. Each with a near miss it must not fire on. The texts are written for the tests (other places, other words)."""
from __future__ import annotations

from zhenggai.importer.parse import parse_text
from zhenggai.importer.parse.headline import headline_figures
from zhenggai.importer.parse.numbering import find_xs_items


def _problems(text: str):
    return parse_text(text).problems


# --- C42 (s25, lead): one problem per numbered place or aspect item, its 一是 findings joined ------------------------------

CHECK_NOTICE = ("关于创建国家卫生城市第三次暗访情况的通报\n"
                "各街道办事处,市直各单位:\n"
                "近日,市创卫办组织对城区重点区域进行了暗访,现将有关情况通报如下。\n"
                "一、工作亮点\n"
                "(一)部分社区环境卫生整治效果明显\n"
                "二、存在问题\n"
                "(一)城南菜市场一是地面积水严重,污水横流;二是摊位摆放不整齐,占道经营;三是垃圾未及时清运\n"
                "(二)火车站广场一是车辆乱停乱放;二是宣传氛围不浓\n"
                "(三)人民医院一是无控烟标识;二是院内有人吸烟无人劝阻;三是绿化带苗木枯萎\n")


def test_place_items_run_into_their_findings_are_one_problem_each_titled_whole():
    ps = _problems(CHECK_NOTICE)
    assert [p.title for p in ps] == [
        "城南菜市场一是地面积水严重,污水横流;二是摊位摆放不整齐,占道经营;三是垃圾未及时清运",
        "火车站广场一是车辆乱停乱放;二是宣传氛围不浓",
        "人民医院一是无控烟标识;二是院内有人吸烟无人劝阻;三是绿化带苗木枯萎",
    ]
    assert [p.seq for p in ps] == [1, 2, 3]
    assert {p.category for p in ps} == {"存在问题"}
    assert all(not p.notes and not p.measures for p in ps)  # (the findings are in the title, not notes)


def test_a_short_name_run_into_its_first_item_opens_the_items():
    assert find_xs_items("客运站一是无健康教育专栏;二是候车大厅有人吸烟") == [(3, 1), (13, 2)]
    assert find_xs_items("**商业广场一是车辆乱停乱放;二是占道经营") == [(6, 1), (15, 2)]
    assert find_xs_items("统一是关键") == []  # (a word's tail, no name before it)
    assert find_xs_items("城南菜市场一是地面积水严重") == []  # (one item alone is no run)


def test_bodies_run_into_what_they_did_are_not_joined_as_findings():
    text = ("关于巡察整改落实情况的通报\n二、整改落实情况\n"
            "(一)县住建局一是加强学习教育;二是完善管理制度;三是开展专项整治\n"
            "(二)县卫健委一是召开专题会议;二是建立整改台账\n")
    assert all("二是" not in p.title for p in _problems(text))


# --- R140: a round-up of cases under headings naming a kind of fault, a place a sentence -------------------------------

ROUND_UP = ("中央督察通报的固废案例中,问题集中在两方面。\n"
            "一、工业固废非法倾倒\n"
            "在江西赣州市,有企业将工业固废倾倒在河道旁,污染地下水。在安徽淮南市,大量煤矸石长期露天堆放,扬尘问题突出。\n"
            "在四川绵阳市,固废处置设施长期停运,危废违规贮存。\n"
            "例如,赣州某公司在2021年至2023年间累计倾倒固废3万吨。\n"
            "二、危险废物监管缺位\n"
            "在贵州遵义市,督察组指出,当地危险废物转移联单制度形同虚设,监管不到位。\n")


def test_each_place_sentence_under_a_fault_heading_is_a_problem_of_that_kind():
    ps = _problems(ROUND_UP)
    assert [(p.category, p.title) for p in ps] == [
        ("工业固废非法倾倒", "江西赣州市,有企业将工业固废倾倒在河道旁,污染地下水"),
        ("工业固废非法倾倒", "安徽淮南市,大量煤矸石长期露天堆放,扬尘问题突出"),
        ("工业固废非法倾倒", "四川绵阳市,固废处置设施长期停运,危废违规贮存"),
        ("危险废物监管缺位", "当地危险废物转移联单制度形同虚设,监管不到位"),
    ]


def test_place_sentences_of_work_done_under_headings_are_no_cases():
    text = ("一、扎实推进整改\n"
            "在江西赣州市,已完成河道清理并建立长效机制。在安徽淮南市,煤矸石堆场已全部覆盖。\n"
            "在四川绵阳市,固废处置设施恢复运行并通过验收。\n"
            "二、下一步工作\n继续巩固整改成果。\n")
    assert not any("赣州" in p.title or "淮南" in p.title for p in _problems(text))


# --- R139/C40: a batch of typical cases, a case a paragraph opening on the finding ---------------------------------------

CASES = ("中央生态环境保护督察集中通报典型案例\n"
         "本报北京5月20日电 第三轮第二批中央生态环境保护督察对典型案例进行集中公开通报。\n"
         "督察发现,江西省九江、上饶等市城镇污水管网建设滞后,部分污水处理厂长期超负荷运行。九江市现有管网缺口较大。\n"
         "九江市某污水处理厂2023年以来多次溢流,污水直排长江支流。\n"
         "督察发现,湖南省益阳市黑臭水体整治不力,部分水体返黑返臭。益阳市城区12条黑臭水体中有5条未完成整治。\n"
         "益阳市某河段沿岸仍有生活污水直排。\n")


def test_each_case_paragraph_opening_on_the_finding_is_one_problem_to_its_end():
    ps = _problems(CASES)
    assert [p.title for p in ps] == [
        "江西省九江、上饶等市城镇污水管网建设滞后,部分污水处理厂长期超负荷运行。九江市现有管网缺口较大",
        "湖南省益阳市黑臭水体整治不力,部分水体返黑返臭。益阳市城区12条黑臭水体中有5条未完成整治",
    ]
    assert [p.responsible_units for p in ps] == [[], ["益阳市"]]  # (several cities named: none; one city: that one)
    assert all(not p.measures for p in ps)


def test_cases_whose_team_names_the_region_before_its_finding_and_a_mirrors_doubled_commas_read_the_same():
    text = ("中央生态环保督察通报一批典型案例\n"
            "本报讯 第三轮第五批中央生态环境保护督察日前对第二批典型案例进行集中公开通报。\n"
            "中央第二生态环境保护督察组督察河北省发现,邢台、邯郸等市工业园区污水处理设施长期超负荷运行,部分企业偷排。\n"
            "2025年3月5日,督察组暗查发现,邢台市某园区污水处理厂出水超标。\n"
            "中央第三生态环境保护督察组下沉督察发现,,甘肃省白银市尾矿库环境风险突出,,渗滤液收集不到位,。\n"
            "督察发现,第一轮督察交办的某企业噪声扰民问题整改敷衍,群众反映强烈。\n")
    ps = _problems(text)
    assert [p.title for p in ps] == [
        "邢台、邯郸等市工业园区污水处理设施长期超负荷运行,部分企业偷排",
        "甘肃省白银市尾矿库环境风险突出,,渗滤液收集不到位",
        "第一轮督察交办的某企业噪声扰民问题整改敷衍,群众反映强烈",  # (a case of the batch that opens on no region)
    ]
    assert [p.responsible_units for p in ps] == [[], ["白银市"], []]


def test_findings_at_one_place_told_paragraph_by_paragraph_are_no_batch_of_cases():
    text = ("督察组现场督察某岛\n"
            "督察还发现,该岛东侧违规建设码头,破坏自然岸线,监管不到位。\n"
            "督察组指出:“该区对海岛保护的重要性认识不到位,违规开发问题突出。”\n")
    assert all(p.title and not p.title.startswith("“") for p in _problems(text))


# --- R108: news of one named problem whose rectification a team checks ---------------------------------------------------

def test_one_named_problem_checked_by_a_team_is_the_news_items_one_problem():
    text = ("市生态环境局赴临水县开展现场核查\n"
            "为推动省级生态环境保护督察反馈指出的临水河入河排污口整治问题整改销号,近日,市生态环境局赴临水县开展"
            "临水河入河排污口整治问题整改核查工作。\n"
            "核查组实地查看了排污口封堵情况,随后召开座谈会,听取临水县关于问题整改情况的汇报。\n"
            "目前,临水河入河排污口已全部规范整治,已达到整改验收标准。\n")
    ps = _problems(text)
    assert [(p.title, p.status, p.responsible_units, len(p.measures)) for p in ps] == [
        ("临水河入河排污口整治问题", "done", ["临水县"], 0)]


def test_a_check_of_a_rounds_problems_at_large_names_no_one_problem():
    text = ("市发展改革委开展督察反馈问题整改督导\n"
            "近日,市发展改革委赴各县开展反馈问题整改督导工作,听取各县关于问题整改情况的汇报。\n"
            "目前,各项整改工作有序推进。\n")
    assert _problems(text) == []


# --- R68: cases among cases; R43: a forum post's stamp --------------------------------------------------------------------

def test_a_count_of_cases_among_cases_is_no_total_of_problems():
    assert headline_figures("在通报的12起典型案例中,有5起存在弄虚作假问题。").problems_total is None
    assert headline_figures("9个案例中有7个都存在渗滤液问题。").problems_total is None
    assert headline_figures("本次督察共发现问题7个。").problems_total == 7


def test_a_forum_posts_stamp_labelled_as_posted_is_the_report_date():
    text = "• 最近访问:\n发表于 2024-03-02 10:11:12 网页版\n某县通报督察发现的问题\n督察发现,某县污水直排。\n"
    assert parse_text(text).report_date == "2024-03-02"


# --- a 監察院 糾正案 told by its 案由: the body corrected and its faults --------------------------------------------------

def test_a_correction_records_statement_is_its_one_problem_without_proposers_and_verdict():
    text = ("類 別: |\n糾正案文 |\n公告日期: |\n107/05/10\n|\n案 由: |\n"
            "王委員美玉、李委員明提,高雄市政府對於轄內工業區廢水排放未落實稽查,復未追蹤改善情形,致河川水質持續惡化,"
            "以上均有違失,爰依法提案糾正。 |\n機關改善情形: |\n|\n案件狀態: |\n尚未結案 |\n")
    ps = _problems(text)
    assert [(p.title, p.responsible_units, p.status) for p in ps] == [
        ("高雄市政府对于辖内工业区废水排放未落实稽查,复未追踪改善情形,致河川水质持续恶化", ["高雄市政府"], "in_progress")]


def test_each_row_of_a_list_of_corrections_is_a_problem_and_a_row_cut_before_its_verdict_is_none():
    text = ("審議日期案號案由處理進度\n"
            "107/01/10107財正0001張委員一提,105年衛生福利部辦理長照補助審核不實,溢撥款項未追回,均核有疏失,爰依法提案糾正。"
            "...詳全文 已結案\n"
            "107/01/10107財正0002陳委員二、林委員三提,交通部公路總局辦理橋梁檢測流於形式,致多座橋梁損壞未及時修復,"
            "均核有違失,爰依法提案糾正。...詳全文 已結案\n"
            "107/01/10107財正0003黃委員四提:臺中市政府於民國")
    ps = _problems(text)
    assert [p.responsible_units for p in ps] == [["卫生福利部"], ["交通部公路总局"]]
    assert [p.status for p in ps] == ["done", "done"]
    assert ps[0].title.startswith("105年卫生福利部办理长照补助") and ps[1].title.endswith("未及时修复")


def test_news_of_the_control_yuan_with_no_verdict_of_correction_reads_no_correction():
    text = ("監察院今天指出,國防部督導所屬單位辦理營區汙水處理成效有限,將持續追蹤。\n"
            "監院說,國防部應檢討改進。\n")
    assert not any(p.responsible_units == ["国防部"] for p in _problems(text))

