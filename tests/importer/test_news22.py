"""News of one inspection finding told in words said, and three neighbouring shapes of check reports (session 22, helper
news22): constructed texts, each rule with positives in words other than the labelled pages' and near misses that must
not fire.

The one-finding shape (readings.one_finding_news_candidate, generalised; CONVENTIONS R108, R124, R132, R95):
- The finding may be told in words said — a resident's complaint in quotation marks, or the account of the one
  responsible — or in the account of what the team found out, when the inspection verified the matter (核实/查清/查明/
  了解到…) after it was raised in words said. Titled by the facts established after the verification and before the team
  hands the matter on (the last of them); with none, by the complaint it verified. The team's own words are never the
  finding. A quoted statement is titled from its first clause stating a fault to its sentence's end (a closing question
  dropped); a clause continuing the one before it with no subject of its own takes that clause with it; a consequence
  opening the run loses its word ("导致"); a time lead-in ("原先的") and a leading list of places counted are dropped.
- Money or goods kept back said to be back ("已追回", "回到了我们手中", "退给我们…了") is a result: done; a denial ("没退给
  我们") is none. A result of a part with the rest still asked for ("确保如期完成整改") is no done.
- A name or term in quotation marks inside a finding ("“无法种植补偿费”") is part of it, not words said; a finding named
  as a problem in one clause ("反映…去向不明的问题") is titled so, "的问题" kept.
- Repair words in a purpose clause ("为疏通…"), a list of fields ("环境整治等"), what a visit looked at ("察看…修复进度")
  or the result itself ("已清理完毕") tell no repair: no measure.
Then:
- A 督查通报's sentence of bodies' ";" clauses: each fault after "但" one problem, the inline heading its category (R123).
- A team's paragraph naming the one body checked before "发现": one problem of its clauses, the team's heading (on its
  line or glued to the paragraph) its category (R12, R82).
- Field cards closed by a line saying the hazards above were all rectified: each card done (R94).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _read(text):
    r = parse_text(text)
    return [(p.title, p.status, p.measure_count) for p in r.problems]


# --- a finding told in words said, verified by the team ---------------------------------------------------------------------

def test_a_resident_s_quoted_complaint_the_team_verified_and_had_solved_is_one_done_problem():
    text = "\n".join([
        "“以前村口的排水沟一直没人疏通,污水漫到路上,孩子上学都得绕着走,你们能不能管一管?”近日,县委第三巡察组在"
        "河西镇走访时,村民李某向巡察组反映了这件烦心事。",
        "“请您放心,我们一定弄个明白。”随即,巡察组工作人员到现场核实后,交由镇党委督办,很快解决了排水沟堵塞问题。",
        "今年以来,该县把对村巡察作为推动基层治理的重要抓手,着力发现群众身边的突出问题。",
    ])
    assert _read(text) == [("村口的排水沟一直没人疏通,污水漫到路上,孩子上学都得绕着走", "done", 0)]


def test_the_account_of_the_one_responsible_after_the_verification_titles_the_finding():
    text = "\n".join([
        "“合作社把欠我们的土地流转费还给我们了,多亏了巡察组!”市委第一巡察组回访时,东坪村的村民高兴地说。",
        "巡察期间,几位村民向巡察组诉说:“去年的流转费说好年底给,到现在也没见着,找了几次都说再等等。”",
        "巡察组随即派人到合作社和村委会核实情况,查阅了流转合同和账目。",
        "“合作社去年资金周转困难,账上的钱先垫付了农资款,导致流转费一直没有兑付。这是我们监管不到位。”村党支部书记坦言。",
        "巡察组立即将该问题向镇党委反",
    ])
    assert _read(text) == [("流转费一直没有兑付", "done", 0)]


def test_the_facts_the_team_established_after_looking_into_a_complaint_title_the_finding_though_nothing_was_fixed_yet():
    text = "\n".join([
        "“同志,我们村交的水费是不是多收了?”区委第二巡察组驻村期间,一位老人找到了巡察组。",
        "“您别急,我们记下了,回去就查。”",
        "为弄清老人反映的情况,巡察组调阅了近三年的收费台账,仅两天时间就查清了事情原委。",
        "原来,供水站多收的水费已于前年退回到村集体账户。北坡村、南坡村等3个村的村干部嫌麻烦,既没有把钱退给农户,"
        "也没有公开这笔款项,很多村民至今不知情。",
    ])
    assert _read(text) == [("村干部嫌麻烦,既没有把钱退给农户,也没有公开这笔款项", None, 0)]


def test_a_clause_continuing_the_one_before_it_takes_its_subject_with_it():
    text = "\n".join([
        "“巡察组来了以后,这条路终于通了!”家住石门村的王大姐笑着说。",
        "“我们村的路被人拦了,一直没人管。”村民向县委第五巡察组反映。",
        "巡察组随即分头核实情况。",
        "“修路占了张某的一小块地,张某对补偿不满意,多次用石块拦住路口,影响到全村200多户的出行。”村委会主任介绍。",
        "巡察组将问题反馈至镇党委,要求限期解决。",
    ])
    assert _read(text)[0][0] == "张某对补偿不满意,多次用石块拦住路口,影响到全村200多户的出行"


def test_the_team_s_own_quoted_words_are_never_the_finding():
    text = "\n".join([
        "“群众的事情没有小事,村里的路灯坏了没人修,我们就要管。”县委巡察组组长在动员会上说道。",
        "巡察组随后到各村核实情况。",
    ])
    assert _read(text) == []


def test_a_check_s_own_verification_of_work_at_large_with_no_matter_raised_is_no_finding():
    # near miss: the inspection checks and verifies a round's rectification; a term in quotation marks is no words said
    text = "\n".join([
        "近日,县审计局对审计发现问题整改情况进行了逐项检查核实,要求做到“认识到位、责任到位、整改到位”。",
        "未整改的由审计局进行约谈,说明未整改原因,并做好下一步整改计划。",
    ])
    assert _read(text) == []


def test_a_commendation_quoting_thanks_names_no_finding():
    # near miss: villagers thank a team for its work; nothing at fault is said
    text = "\n".join([
        "“巡察组的同志办事实在,帮我们把村里的账目讲得明明白白!”近日,清水村村民给县委第一巡察组送来锦旗。",
        "巡察期间,巡察组逐户走访,核实低保、医保等惠民政策落实情况,向群众宣讲政策。",
        "县委巡察办对该组的工作给予表扬。",
    ])
    assert _read(text) == []


def test_meeting_news_that_lists_no_finding_names_no_problem():
    text = "\n".join([
        "“巡察整改不是一阵风,要一抓到底。”1月8日,区委副书记主持召开巡察整改推进会,听取各单位整改进展汇报。",
        "会议要求,各单位要认真核实整改台账,对照问题清单逐项销号,确保按期完成整改任务。",
    ])
    assert _read(text) == []


# --- the result: money back, or only a part ---------------------------------------------------------------------------------

def test_money_said_recovered_or_back_with_the_people_is_a_result():
    found = "有群众向县委第二巡察组反映该村危房改造补助资金去向不明的问题。巡察组随即调查核实。"
    for said in ("目前,这笔补助资金已全部追回。", "“这笔钱终于回到了我们手中!”村民说。", "“村里把补助款退给我们了!”村民说。"):
        assert _read(found + said) == [("危房改造补助资金去向不明的问题", "done", 0)], said


def test_money_said_not_returned_is_no_result():
    text = ("有群众向县委第二巡察组反映该村危房改造补助资金去向不明的问题。巡察组随即调查核实。"
            "“到现在补助款也没退给我们。”村民说。")
    assert _read(text) == []  # (nothing done is told: no reading, the news21 rule)


def test_a_result_of_a_part_with_the_rest_still_asked_for_is_not_done():
    # near miss for the status: the finding is not yet fixed
    text = ("省第二督察组交办事项指出,城东污水处理厂提标改造工程停滞,导致部分污水未经处理直排河道。副市长一行实地察看"
            "工程修复进度,现场研究推进整改工作。目前,河道沿线垃圾已清理完毕。他强调,要压实责任,确保如期完成整改任务。")
    assert _read(text) == [("城东污水处理厂提标改造工程停滞,导致部分污水未经处理直排河道", None, 0)]


# --- a term in quotation marks inside a finding -------------------------------------------------------------------------------

def test_a_term_in_quotation_marks_inside_a_finding_stays_in_its_title():
    text = "\n".join([
        "“这下我们就放心了!这两笔钱总算回到了我们手中。”市委第三巡察组回访时,村民说。",
        "巡察组通过核查账目,发现该社区“旧改补偿款”“过渡安置费”共计8.6万元仍留存于社区账户,至今未发放至居民手中。",
        "巡察组随即督促社区整改。",
    ])
    assert _read(text) == [("该社区“旧改补偿款”“过渡安置费”共计8.6万元仍留存于社区账户,至今未发放至居民手中", "done", 0)]


# --- repair words that tell no repair ------------------------------------------------------------------------------------------

def test_repair_words_in_a_purpose_clause_or_a_list_of_fields_give_no_measure():
    text = "\n".join([
        "“后山的垃圾堆没人清运,一下雨就臭。”村民向市委第二巡察组反映。巡察组在现场核实后,交由镇政府督办,及时解决了问题。",
        "为疏通基层监督的堵点,该市今年以来推进对村巡察。",
        "巡察组紧盯惠民政策落实、环境整治等群众关切的事项开展监督。",
    ])
    assert _read(text) == [("后山的垃圾堆没人清运,一下雨就臭", "done", 0)]


# --- a 督查通报's bodies, each fault after "但" ---------------------------------------------------------------------------------

def test_each_body_s_fault_after_but_is_one_problem_under_the_inline_heading():
    text = ("卫生城市创建工作督查通报。二、本次督查情况:1、各社区:总体行动迅速。东关社区组织30余人对辖区背街小巷进行清理,"
            "但对农贸市场周边占道经营劝导不及时;西关社区组织50余人清运积存垃圾,但对老旧小区楼道杂物清理不彻底;北关社区"
            "组织20余人对绿化带进行了整治,但对公厕保洁管理不到位;南关社区组织40余人对沿街门店进行了宣传。2、各部门:")
    r = parse_text(text)
    assert [(p.title, p.category, p.seq) for p in r.problems] == [
        ("对农贸市场周边占道经营劝导不及时", "各社区", None),
        ("对老旧小区楼道杂物清理不彻底", "各社区", None),
        ("对公厕保洁管理不到位", "各社区", None)]


def test_bodies_clauses_of_work_alone_name_no_problem():
    # near miss: each body's clause tells its work; none turns on "但"
    text = ("环境卫生整治督查通报。1、各乡镇:甲镇组织100余人清理河道;乙镇组织80余人清运垃圾;丙镇组织60余人平整场地,"
            "整治效果明显。")
    assert parse_text(text).problems == []


# --- a team's paragraph naming the one body it checked ---------------------------------------------------------------------------

def test_a_team_s_paragraph_naming_the_one_body_checked_is_one_problem_under_the_team_s_heading():
    text = "\n".join([
        "6月12日,省安全生产督查组分两组对甲市、乙市开展督查,发现企业未落实安全责任、隐患排查不到位等问题。",
        "甲市督查组",
        "6月12日,督查组对甲市某化工有限公司现场检查时发现,该公司仓库内危化品混存,应急预案未演练,部分消防器材过期。"
        "督查组已将问题移交当地应急管理部门处理。",
        "乙市督查组",
        "6月12日,督查组对乙市某建材厂现场检查时发现,该厂无安全评价手续,粉尘作业区无除尘设施。督查组已将问题移交当地应急管理部门处理。",
    ])
    r = parse_text(text)
    assert [(p.title, p.category) for p in r.problems] == [
        ("该公司仓库内危化品混存,应急预案未演练,部分消防器材过期", "甲市督查组"),
        ("该厂无安全评价手续,粉尘作业区无除尘设施", "乙市督查组")]


def test_a_team_s_paragraph_over_several_places_keeps_one_problem_a_fault():
    # near miss: no one body is named before "发现": each fault clause stays one problem (the earlier reading)
    text = "\n".join([
        "第一督查组来到城南镇督查秸秆禁烧工作。但在巡查中发现,甲村路边正在焚烧垃圾,乙村一农田正在焚烧秸秆,督查组要求立即扑灭。",
        "第二督查组来到城北镇督查,各村值守人员均到岗到位。",
    ])
    assert [p.title for p in parse_text(text).problems] == ["甲村路边正在焚烧垃圾", "乙村一农田正在焚烧秸秆"]


# --- field cards closed by an all-rectified line --------------------------------------------------------------------------------

_CARDS = [
    "现曝光3家火灾隐患单位。",
    "单位名称:某某超市", "单位地址:人民路8号", "隐患情况:安全出口上锁",
    "单位名称:某某餐馆", "单位地址:建设路12号", "隐患情况:厨房灭火器过期",
    "单位名称:某某宾馆", "单位地址:解放路3号", "隐患情况:疏散指示标志损坏",
]


def test_field_cards_closed_by_a_line_saying_the_hazards_above_are_rectified_are_each_done():
    for closing in ("以上火灾隐患已经现场整改完毕,下一步大队将持续开展排查。", "上述隐患均已当场整改到位。"):
        r = parse_text("\n".join(_CARDS + [closing]))
        assert [p.status for p in r.problems] == ["done"] * 3, closing


def test_field_cards_closed_by_an_order_to_rectify_stay_without_status():
    r = parse_text("\n".join(_CARDS + ["请以上单位立即对火灾隐患进行整改。"]))
    assert [p.status for p in r.problems] == [None] * 3
