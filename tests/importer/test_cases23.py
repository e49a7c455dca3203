"""Typical cases and fault round-ups of 督察 and audits (session 23, helper cases23): constructed texts, each rule with
positives in words other than the labelled pages' and near misses that must not fire.

- A finding's heading sentence run on its line into the facts that establish it, with nothing below it, is titled whole
  (R88, C9): when the rest says how the facts were found (发现, 据统计, 经调查, 显示…), counts them (three figures or more
  besides years, no work done), gives an example (如…), opens on the span the case ran (2019年至…) or on a quantified
  subject (部分…, 个别…) without breaking into a ";" list. Not when the rest answers or asks (整改…, 已完成…), numbers
  steps ("（1）…"), labels a part ("成因：…") or names a unit ("（责任单位：…）"), nor a heading's run of sub-faults.
- Top sections that each state a kind of shortcoming over numbered fault items only are categories and their items the
  problems (not a problem's measures); not when the items are steps taken.
- A heading counting the items under it ("…问题（12个）", "（共5起）") is a category of that many problems; a status group
  ("已完成整改的问题（4个）") stays as it was read.
- A reply's items labelled "第N条：" are numbered items; an article of rules ("第一条：为规范…") is not.
- An audit office's table of opinions (项次 | 审核意见…): its finding is the clause after 惟 up to the request to review.
- A typical-case batch's bare label line ("典型案例：") over one case heading a line: one problem a line.
- A news item's paragraphs each telling one body's finding after "经…核查发现，": one problem each (R141); a story of a
  fault found and put right is none (R125).
- A lead saying all the hazards are rectified with 都已 / 全部已: each item done (R94).
"""
from __future__ import annotations

from zhenggai.importer.parse import parse_text


def _titles(text):
    return [p.title for p in parse_text(text).problems]


def _read(text):
    return [(p.seq, p.category, p.title, p.measure_count) for p in parse_text(text).problems]


# --- a finding's heading run into the facts that establish it -------------------------------------------------------------

def test_a_case_finding_run_into_how_its_figures_were_counted_is_titled_whole():
    text = "\n".join([
        "某市尾矿库管理问题典型案例",
        "一、基本情况",
        "某市现有尾矿库23座,多数建于上世纪。",
        "二、主要问题",
        "(一)尾矿库渗滤液收集设施缺失,渗滤液长期外渗。据统计,2022年该市有9座尾矿库未建渗滤液收集池,外渗量每日约1200立方米,周边3处地下水监测井氨氮超标。",
    ])
    assert _titles(text) == ["尾矿库渗滤液收集设施缺失,渗滤液长期外渗。据统计,2022年该市有9座尾矿库未建渗滤液收集池,"
                             "外渗量每日约1200立方米,周边3处地下水监测井氨氮超标"]


def test_an_audit_finding_run_into_what_the_inquiry_found_is_titled_whole():
    text = "\n".join([
        "关于某县学校食堂经费管理情况的调研报告",
        "一、存在的问题",
        "(一)食材采购不规范,账实不符。部分学校未执行集中采购制度,由食堂管理员自行采购。经调查,有的学校入库单与供货清单数量不一致,实为虚列采购支出。",
        "(二)伙食费结余过大,挤占学生权益。个别学校伙食费长期结余,结余资金用于教职工福利,未按规定用于改善学生伙食。",
    ])
    assert _titles(text) == [
        "食材采购不规范,账实不符。部分学校未执行集中采购制度,由食堂管理员自行采购。经调查,有的学校入库单与供货清单数量不一致,实为虚列采购支出",
        "伙食费结余过大,挤占学生权益。个别学校伙食费长期结余,结余资金用于教职工福利,未按规定用于改善学生伙食",
    ]


def test_a_case_heading_run_into_the_span_the_violation_ran_is_titled_whole():
    text = "\n".join([
        "2023年林地例行督察发现的典型问题",
        "督察发现,一些地方违规占用林地问题仍然突出,现将典型问题通报如下。",
        "一、违规占用林地问题",
        "1.某县文旅公司违规占用林地建设游客中心。2019年至2022年3月,该公司未经审批占用林地45亩,其中公益林12亩。",
        "2.某镇政府违法占用林地修建观景平台。2020年以来,该镇未办理使用林地手续,毁坏林木1300余株。",
    ])
    assert _titles(text) == [
        "某县文旅公司违规占用林地建设游客中心。2019年至2022年3月,该公司未经审批占用林地45亩,其中公益林12亩",
        "某镇政府违法占用林地修建观景平台。2020年以来,该镇未办理使用林地手续,毁坏林木1300余株",
    ]


def test_a_heading_run_into_what_was_done_step_by_step_keeps_its_heading():
    text = "\n".join([
        "某局关于巡察整改进展情况的通报",
        "二、整改情况",
        "1.档案管理制度不健全,借阅登记缺失。(1)修订档案管理办法3项;(2)补登借阅记录126条;(3)配备专职档案员2名。",
        "2.公务接待审批不严。已建立接待审批单制度,逐笔核对2023年接待支出。",
    ])
    assert _titles(text)[0] == "档案管理制度不健全,借阅登记缺失"


def test_a_feedback_heading_run_into_its_sub_faults_keeps_its_heading():
    text = "\n".join([
        "市委巡察组反馈意见",
        "1.干部队伍建设有差距。年轻干部储备不足,交流轮岗不够。",
        "2.财务管理不规范。报销审核不严,票据管理欠规范。",
    ])
    assert _titles(text) == ["干部队伍建设有差距", "财务管理不规范"]


# --- top sections each stating a kind of shortcoming over fault items --------------------------------------------------------

def test_sections_stating_kinds_of_shortcoming_over_fault_items_make_the_items_the_problems():
    text = "\n".join([
        "校园食品安全检查发现的问题",
        "一、食堂管理存在漏洞",
        "1.部分食堂从业人员健康证过期,未及时更换。",
        "2.留样记录不全,个别学校未按要求留样48小时。",
        "二、供餐监管不到位",
        "1.校外配餐企业资质审核流于形式。",
        "2.陪餐制度执行不严,家长参与不足。",
    ])
    assert _read(text) == [
        (1, "食堂管理存在漏洞", "部分食堂从业人员健康证过期,未及时更换", 0),
        (2, "食堂管理存在漏洞", "留样记录不全,个别学校未按要求留样48小时", 0),
        (1, "供餐监管不到位", "校外配餐企业资质审核流于形式", 0),
        (2, "供餐监管不到位", "陪餐制度执行不严,家长参与不足", 0),
    ]


def test_sections_stating_shortcomings_over_steps_taken_keep_the_sections_as_problems():
    text = "\n".join([
        "某医院巡察整改方案",
        "一、药品采购管理不规范",
        "1.建立药品采购集体决策制度。",
        "2.开展药品采购专项检查。",
        "二、医疗设备使用效率不高",
        "1.制定设备使用绩效考核办法。",
        "2.建立大型设备共享平台。",
    ])
    assert [t for t in _titles(text)] == ["药品采购管理不规范", "医疗设备使用效率不高"]


# --- a heading counting the items under it -------------------------------------------------------------------------------

def test_a_heading_counting_its_cases_is_their_category():
    text = "\n".join([
        "2023年水资源督察发现的典型问题",
        "一、违规取用地下水问题(12个)",
        "1.某市自来水公司超许可取用地下水。",
        "2.某县工业园区企业无证取水。",
        "二、虚假整改问题(3个)",
        "1.某区上报关停的自备井仍在取水。",
    ])
    got = _read(text)
    assert [t for _, _, t, _ in got] == ["某市自来水公司超许可取用地下水", "某县工业园区企业无证取水", "某区上报关停的自备井仍在取水"]
    assert [m for *_, m in got] == [0, 0, 0]


# --- a reply's items labelled 第N条 ----------------------------------------------------------------------------------------

def test_a_reply_s_items_labelled_by_article_number_are_the_problems():
    text = "\n".join([
        "某化工厂关于安全检查隐患整改的回复",
        "区应急管理局:",
        "2023年5月10日,区安全检查组对我厂进行检查,发现存在以下隐患,现回复如下:",
        "第一条:储罐区可燃气体报警器未定期检定。",
        "整改措施:委托有资质单位检定。",
        "第二条:危化品仓库通风设施损坏。",
        "整改措施:更换排风扇两台。",
    ])
    assert _titles(text) == ["储罐区可燃气体报警器未定期检定", "危化品仓库通风设施损坏"]


def test_articles_of_rules_opening_on_their_purpose_are_no_items():
    from zhenggai.importer.parse.numbering import parse_marker

    assert parse_marker("第一条:为规范公务用车管理,制定本办法。") is None
    assert parse_marker("第二条:主井风井功能未挂牌公示。") is not None


# --- an audit office's table of opinions ----------------------------------------------------------------------------------

def test_an_audit_opinion_s_finding_is_the_clause_after_wei_up_to_the_request():
    from zhenggai.importer.parse.titles import albeit_finding

    assert albeit_finding("2.持續推動長照服務據點布建,惟部分據點服務人數偏低,及經費核銷延宕等,允宜檢討改善,以提升服務效益。") == \
        "部分據點服務人數偏低,及經費核銷延宕等"
    assert albeit_finding("辦理道路養護業務,惟路面坑洞修補逾期情形仍多,允應研謀改進") == "路面坑洞修補逾期情形仍多"
    # (no request after it: as printed)
    assert albeit_finding("道路已修复,惟尚待验收") == "道路已修复,惟尚待验收"


def test_an_audit_office_s_opinions_table_is_read_one_finding_a_row():
    text = "\n".join([
        "| 項次 | 審核意見標題 | 檢視 |",
        "|---|---|---|",
        "| 1 | 1.持續辦理校舍耐震補強,惟部分工程進度落後,及經費執行率偏低等,允宜檢討改善,以維師生安全。 | 檢視PDF |",
        "| 2 | 2.推動營養午餐在地食材,惟供應商查核次數不足,允宜檢討改進,以確保食安。 | 檢視PDF |",
    ])
    from zhenggai.importer.parse import parse_bytes

    result = parse_bytes(text.encode("utf-8"), "opinions.txt")
    if hasattr(result, "materialise"):
        result.materialise()
    assert [p.title for p in result.problems] == ["部分工程进度落后,及经费执行率偏低等", "供应商查核次数不足"]


# --- a typical-case batch's bare label over its case headings ---------------------------------------------------------------

def test_case_headings_a_line_each_under_a_bare_typical_case_label_are_the_problems():
    text = "\n".join([
        "近日,第三轮省级生态环境保护督察组陆续公开通报典型案例,涉及大气、水和固废等领域。",
        "典型案例:",
        "甲市部分工业园区污水管网建设滞后 污水直排问题突出",
        "乙县危险废物监管不力",
        "丙区矿山生态修复推进缓慢",
        "来源|省生态环境厅",
    ])
    assert _titles(text) == ["甲市部分工业园区污水管网建设滞后污水直排问题突出", "乙县危险废物监管不力", "丙区矿山生态修复推进缓慢"]


# --- one body's finding a paragraph after 经…核查发现 -------------------------------------------------------------------------

def test_each_body_s_finding_after_the_joint_check_is_one_problem():
    text = "\n".join([
        "省第一督察组进驻甲县开展督察。甲县县委高度重视,积极配合。经督察组与甲县共同核查发现,甲县畜禽养殖污染治理不力,部分养殖场粪污直排河道。",
        "省第四督察组进驻乙市。经与乙市共同核查发现,乙市饮用水水源保护区内违规建设问题突出,监管缺位。",
        "下一步,督察组将进一步调查核实有关情况。",
    ])
    assert _titles(text) == ["甲县畜禽养殖污染治理不力,部分养殖场粪污直排河道", "乙市饮用水水源保护区内违规建设问题突出,监管缺位"]


def test_stories_of_faults_found_and_put_right_are_no_exposure():
    text = "\n".join([
        "今年以来,各地巡察组紧盯群众身边问题推动整改。",
        "县委第二巡察组经走访调查发现,某村饮水管道老化漏水。巡察组随即向镇党委反馈,镇党委立即组织维修,村民喝上了放心水。",
        "市委第一巡察组经深入核查发现,某社区垃圾清运不及时。社区马上整改,增加清运频次。",
    ])
    assert _titles(text) == []


# --- a lead saying all the hazards are rectified ----------------------------------------------------------------------------

def test_a_lead_saying_every_hazard_is_rectified_makes_each_item_done():
    text = "\n".join([
        "某加油站关于消防检查隐患整改的报告",
        "区消防救援大队:",
        "贵队检查发现我站存在以下隐患,我站立即组织整改,所有隐患都已整改到位,现报告如下:",
        "1.灭火器压力不足。整改措施:更换灭火器8具。",
        "2.疏散指示标志损坏。整改措施:更换标志3处。",
    ])
    assert [p.status for p in parse_text(text).problems] == ["done", "done"]


# --- more of each shape, in other sectors and words ---------------------------------------------------------------------------

def test_an_explainer_s_sections_of_shortcoming_kinds_over_fault_items_read_the_items():
    text = "\n".join([
        "安全生产专项督导发现的共性问题",
        "一、企业主体责任不落实",
        "1.部分企业安全培训流于形式,员工不会使用灭火器。",
        "2.隐患自查台账缺失,整改记录造假。",
        "二、部门监管存在盲区",
        "1.小微企业未纳入日常检查范围。",
        "2.执法检查不深入,处罚偏轻。",
        "三、应急准备不足",
        "1.应急预案未演练。",
        "2.应急物资储备不足,部分物资过期。",
    ])
    got = _read(text)
    assert [(s, c) for s, c, _, _ in got] == [(1, "企业主体责任不落实"), (2, "企业主体责任不落实"), (1, "部门监管存在盲区"),
                                              (2, "部门监管存在盲区"), (1, "应急准备不足"), (2, "应急准备不足")]
    assert got[3][2] == "执法检查不深入,处罚偏轻"


def test_a_report_s_sections_of_shortcoming_kinds_over_fault_items_read_the_items_in_a_third_sector():
    text = "\n".join([
        "社区养老服务评估报告",
        "一、服务设施不完善",
        "1.照料中心无障碍设施缺失。",
        "2.部分站点未配备助浴设备。",
        "二、服务队伍不稳定",
        "1.护理员流失严重,持证上岗比例偏低。",
        "2.志愿服务未形成常态。",
    ])
    assert _titles(text) == ["照料中心无障碍设施缺失", "部分站点未配备助浴设备", "护理员流失严重,持证上岗比例偏低", "志愿服务未形成常态"]


def test_a_heading_counting_its_cases_in_qi_is_their_category_in_another_sector():
    text = "\n".join([
        "全省医保基金飞行检查发现的典型问题",
        "一、虚构医疗服务骗取医保基金问题(共2起)",
        "1.某民营医院虚构住院病人套取医保基金。",
        "2.某诊所串换药品项目结算。",
        "二、超标准收费问题(共2起)",
        "1.某县医院重复收取护理费。",
        "2.某中心卫生院超标准收取检查费。",
    ])
    assert _titles(text) == ["某民营医院虚构住院病人套取医保基金", "某诊所串换药品项目结算", "某县医院重复收取护理费",
                             "某中心卫生院超标准收取检查费"]


def test_a_status_group_counting_its_problems_stays_a_group_of_answered_problems():
    text = "\n".join([
        "某局党组关于巡察整改进展情况的通报",
        "二、巡察反馈问题整改情况",
        "(一)已完成整改的问题(2个)",
        "1.党费收缴不规范。已补缴党费2.3万元。",
        "2.会议记录不完整。已建立会议记录审核制度。",
        "(二)正在推进整改的问题(1个)",
        "1.干部培训针对性不强。正在修订培训计划。",
    ])
    assert _titles(text) == ["党费收缴不规范", "会议记录不完整", "干部培训针对性不强"]


def test_a_school_s_reply_by_article_number_reads_each_hazard():
    text = "\n".join([
        "某中学关于消防安全检查问题整改的回复",
        "县教育局:",
        "县消防检查组于2024年3月2日对我校检查,发现以下问题,现将整改情况回复如下:",
        "第一条:学生宿舍楼疏散通道堆放杂物。整改措施:清理杂物,落实每日巡查。",
        "第二条:实验室危化品未双人双锁管理。整改措施:配备双锁柜,明确两名保管人。",
        "第三条:食堂燃气管道无泄漏报警装置。整改措施:安装燃气泄漏报警器。",
    ])
    got = _read(text)
    assert [(s, t) for s, _, t, _ in got] == [(1, "学生宿舍楼疏散通道堆放杂物"), (2, "实验室危化品未双人双锁管理"),
                                              (3, "食堂燃气管道无泄漏报警装置")]


def test_a_hotel_s_reply_by_article_number_in_figures_reads_each_hazard():
    text = "\n".join([
        "某酒店安全隐患整改情况回复",
        "第1条:厨房排油烟管道油污积聚。",
        "整改措施:委托专业公司清洗管道。",
        "第2条:客房楼层应急照明灯损坏。",
        "整改措施:更换应急照明灯12盏。",
    ])
    assert _titles(text) == ["厨房排油烟管道油污积聚", "客房楼层应急照明灯损坏"]


def test_case_headings_under_a_bare_label_naming_the_batch_read_one_a_line():
    text = "\n".join([
        "第二批中央生态环境保护督察集中通报典型案例,涉及4个省份。",
        "第二批典型案例:",
        "某省部分城市黑臭水体治理不彻底",
        "某市垃圾填埋场渗滤液违规排放",
        "某县自然保护区内违规开矿",
        "编辑|张三",
    ])
    assert _titles(text) == ["某省部分城市黑臭水体治理不彻底", "某市垃圾填埋场渗滤液违规排放", "某县自然保护区内违规开矿"]


def test_case_headings_under_a_bare_label_end_at_the_original_title_line():
    text = "\n".join([
        "为强化警示,省督察办公开通报4个典型案例。",
        "典型案例:",
        "甲市饮用水水源地保护不力",
        "乙县农村生活污水治理设施闲置",
        "原标题:省级生态环境保护督察典型案例通报",
    ])
    assert _titles(text) == ["甲市饮用水水源地保护不力", "乙县农村生活污水治理设施闲置"]


def test_a_label_line_that_names_no_typical_cases_announces_no_list():
    text = "\n".join([
        "近日,省督察组公开了工作进展。",
        "工作动态:",
        "督察组召开进驻动员会",
        "督察组受理群众举报120件",
    ])
    assert _titles(text) == []


def test_each_county_s_finding_after_the_team_s_check_is_one_problem_in_a_news_item_on_forests():
    text = "\n".join([
        "省林业督察组近日公开两起典型问题。",
        "督察组进驻丙县后,经督察组现场核查发现,丙县公益林内违规建设农家乐,破坏林地约30亩。",
        "在丁区,经与丁区共同核查发现,丁区古树名木保护不到位,多株古树长势衰弱。",
        "督察组表示,将督促地方依法依规处理。",
    ])
    assert _titles(text) == ["丙县公益林内违规建设农家乐,破坏林地约30亩", "丁区古树名木保护不到位,多株古树长势衰弱"]


def test_each_body_s_finding_after_an_audit_s_check_is_one_problem():
    text = "\n".join([
        "审计组在甲镇开展审计。经审计组调查发现,甲镇扶贫项目资金拨付滞后,部分项目闲置。",
        "审计组在乙镇开展审计。经延伸核查发现,乙镇违规将专项资金用于办公楼装修。",
    ])
    assert _titles(text) == ["甲镇扶贫项目资金拨付滞后,部分项目闲置", "乙镇违规将专项资金用于办公楼装修"]


def test_a_single_joint_check_paragraph_is_no_list():
    text = "\n".join([
        "省第二督察组进驻戊县。经督察组与戊县共同核查发现,戊县建筑工地扬尘管控不到位。",
        "下一步,督察组将持续跟踪。",
    ])
    assert _titles(text) == []


def test_a_lead_saying_all_problems_are_rectified_in_other_words_makes_each_item_done():
    text = "\n".join([
        "某物业公司关于消防检查问题整改情况的报告",
        "街道安监办:",
        "针对贵办检查发现的问题,我公司高度重视,上述问题全部已整改完成,具体如下:",
        "1.地下车库消火栓箱内水带缺失。整改措施:补齐水带6条。",
        "2.消防控制室值班人员无证上岗。整改措施:安排持证人员值班。",
    ])
    assert [p.status for p in parse_text(text).problems] == ["done", "done"]


def test_a_lead_saying_the_work_will_be_rectified_makes_no_item_done():
    text = "\n".join([
        "某物业公司关于消防检查问题整改情况的报告",
        "针对检查发现的问题,我公司将确保所有隐患都已整改到位前不恢复营业,具体如下:",
        "1.地下车库消火栓箱内水带缺失。整改措施:补齐水带6条。",
        "2.消防控制室值班人员无证上岗。整改措施:安排持证人员值班。",
    ])
    assert [p.status for p in parse_text(text).problems] == [None, None]


# --- a public body's violation told in a sentence of its own --------------------------------------------------------------

def test_each_public_body_s_violation_sentence_is_one_problem_of_that_body():
    text = "\n".join([
        "国家林草局通报一批破坏森林资源典型案例。",
        "记者发现,一些地方违法占用林地问题依然突出。如甘肃省某县自然资源局未经批准擅自同意企业占用林地120亩建设厂房。"
        "湖南省某市城市管理局违法占用公益林修建停车场,毁坏林木2000余株。",
    ])
    got = parse_text(text).problems
    assert [p.title for p in got] == ["甘肃省某县自然资源局未经批准擅自同意企业占用林地120亩建设厂房",
                                      "湖南省某市城市管理局违法占用公益林修建停车场,毁坏林木2000余株"]
    assert [p.responsible_units for p in got] == [["甘肃省某县自然资源局"], ["湖南省某市城市管理局"]]


def test_each_management_office_s_violation_is_one_problem_in_a_water_case_notice():
    text = "\n".join([
        "水利部通报河湖管理典型问题。",
        "通报指出,江西省某湖管理处违规审批湖区采砂,超采河砂30万吨。安徽省某县水务局擅自批准在河道管理范围内建设别墅。",
    ])
    assert _titles(text) == ["江西省某湖管理处违规审批湖区采砂,超采河砂30万吨", "安徽省某县水务局擅自批准在河道管理范围内建设别墅"]


def test_several_bodies_joined_in_a_sentence_of_a_shared_fact_are_no_one_body_s_problem():
    text = "\n".join([
        "自然资源部通报耕地保护典型案例。",
        "如河北省某县农业农村局违法占地建设农业观光园。山东省某市国土局擅自批准占用耕地建设物流园。",
        "这批案例中,甲市城投公司违法占地建设湿地公园、乙县水务局违法占地建设人工湖、丙区文旅集团违法占地建设景观带,涉及耕地都在千亩以上。",
    ])
    assert _titles(text) == ["河北省某县农业农村局违法占地建设农业观光园", "山东省某市国土局擅自批准占用耕地建设物流园"]


# --- the title a news copy credits at its end -----------------------------------------------------------------------------

def _title(text):
    return parse_text(text).title


def test_a_closing_original_title_line_naming_a_notice_is_the_title():
    text = "\n".join([
        "近日,省督察组公开通报3个典型案例。",
        "典型案例:",
        "甲市饮用水水源地保护不力",
        "乙县农村生活污水治理设施闲置",
        "原标题:第三批省级生态环境保护督察典型案例通报",
    ])
    assert _title(text) == "第三批省级生态环境保护督察典型案例通报"


def test_a_closing_original_title_line_naming_a_report_is_the_title():
    text = "\n".join([
        "记者从市审计局获悉,2023年度审计发现的问题已整改完成。",
        "截至目前,审计发现问题32个,已整改完成30个。",
        "原标题：关于2023年度市级预算执行审计查出问题整改情况的报告",
    ])
    assert _title(text) == "关于2023年度市级预算执行审计查出问题整改情况的报告"


def test_a_closing_original_title_line_naming_a_plan_is_the_title():
    text = "\n".join([
        "市生态环境局近日印发整改方案,明确了整改任务、责任单位和完成时限。",
        "方案要求各责任单位按时完成整改任务。",
        "原标题|某市贯彻落实省级生态环境保护督察反馈意见整改方案",
    ])
    assert _title(text) == "某市贯彻落实省级生态环境保护督察反馈意见整改方案"


def test_a_closing_original_title_line_of_a_news_headline_is_no_title():
    text = "\n".join([
        "近日,督察组深入一线查实了一批问题。",
        "督察组将进一步调查核实。",
        "原标题:督察组深入一线 直奔现场",
    ])
    assert _title(text) is None


# --- a typical case's faults counted off by ordinal words ---------------------------------------------------------------------

def test_a_case_s_faults_counted_off_by_ordinal_words_are_its_problems_each_answered_in_order():
    text = "\n".join([
        "下面介绍一个养老机构消防检查的典型案例。",
        "某县一家养老院在消防部门的检查中被发现存在多项问题。首先,该养老院的消防通道被杂物堵塞;其次,部分护理人员不会使用灭火器;"
        "最后,该养老院未建立夜间巡查制度。",
        "针对以上问题,消防部门责令其整改。首先,该养老院清理了消防通道;其次,组织全员开展灭火器实操培训;最后,建立了夜间巡查台账。",
        "经过整改,该养老院的问题得到了有效解决。",
    ])
    got = parse_text(text).problems
    assert [(p.seq, p.title, p.measure_count, p.status) for p in got] == [
        (None, "该养老院的消防通道被杂物堵塞", 1, "done"),
        (None, "部分护理人员不会使用灭火器", 1, "done"),
        (None, "该养老院未建立夜间巡查制度", 1, "done"),
    ]


def test_a_market_s_faults_counted_off_by_ordinal_words_without_an_answer_are_its_problems():
    text = "\n".join([
        "市场监管部门近日通报一起农贸市场检查案例。",
        "检查组发现,某农贸市场存在以下问题:首先,部分摊位无证经营;其次,冷链设施温度记录缺失;再者,市场开办方未落实食品安全自查。",
    ])
    assert _titles(text) == ["部分摊位无证经营", "冷链设施温度记录缺失", "市场开办方未落实食品安全自查"]


def test_a_bank_s_faults_counted_off_by_ordinal_words_are_its_problems():
    text = "\n".join([
        "一、基本情况",
        "审计发现,某支行在信贷管理中存在诸多问题。首先,贷前调查流于形式;其次,贷后检查不到位,部分贷款资金被挪用;再次,不良贷款核销审批不严。",
    ])
    assert _titles(text) == ["贷前调查流于形式", "贷后检查不到位,部分贷款资金被挪用", "不良贷款核销审批不严"]


def test_an_account_of_work_done_counted_off_by_ordinal_words_is_no_problem_list():
    text = "\n".join([
        "某局扎实推进作风建设。",
        "今年以来,该局在作风建设中做了大量工作,成效明显。首先,组织干部集中学习12次;其次,开展作风专项督查3轮;最后,建立了作风问题台账。",
    ])
    assert _titles(text) == []


def test_a_closing_original_title_line_in_brackets_naming_a_notice_is_the_title():
    # (one reader of "原标题" for the title finder and the parse: the bracketed credit the parse read is read here too)
    text = "\n".join([
        "近日,市巡察办通报了本轮巡察发现问题的整改情况。",
        "截至目前,反馈问题已整改完成45个。",
        "（原标题：中共某市委巡察办关于十届市委第五轮巡察整改进展情况的通报）",
    ])
    assert _title(text) == "中共某市委巡察办关于十届市委第五轮巡察整改进展情况的通报"


def test_a_closing_original_title_line_in_brackets_naming_no_document_is_no_title():
    # (near miss: a news item's own headline on its progress names no 通报, report or 整改方案)
    text = "\n".join([
        "近日,县教育局召开专题会议部署安全检查工作。",
        "会议要求各学校对照清单逐项排查。",
        "（原标题：全县校园安全专项检查工作推进情况）",
    ])
    assert _title(text) is None
