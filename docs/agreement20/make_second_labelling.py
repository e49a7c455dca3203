"""Second, independent labelling of the 14 texts in docs/agreement20/blind35/ (helper label54, 2026-12-06 ~23:05-23:28 UTC).

Labelled from the texts alone, following tests/importer/real/CONVENTIONS.md; the earlier labeller's truths and generator
were not opened. url is null (texts given, not searched). Measures counted twice: by reading, and by a regex recount
(`^[0-9]\.` lines in jingzhou's 完成情况 = 4; ①–④ in jintan = 4; no 一是/二是 in the five one-problem news items and
lukou's ';'-joined 整改措施 cell, so 1 each); the two agree. 14 truths, 14 problems (dvnusur 6; dahe, hyx, jingzhou,
jintan, lukou, spocapp, www6ccc, ynjjjc 1 each; baiyin, baogaosu, gzlps, liunan, vbdhwr157 none). CALLs are in anomalies.
Run: python3 docs/agreement20/make_second_labelling.py  (writes <stem>.truth.json beside each .txt).
"""
import json, pathlib

D = pathlib.Path(__file__).resolve().parent / "blind35"
KEYS = ["url", "excerpt", "genre", "kind", "title", "issuer", "report_date", "inspection", "headline", "problems", "anomalies"]


def insp(inspector=None, inspected=None, start=None, end=None, feedback=None):
    return {"inspector": inspector, "inspected": inspected, "start": start, "end": end, "feedback_date": feedback}


def head(pt=None, pd=None, mt=None, md=None, rules=None):
    return {"problems_total": pt, "problems_done": pd, "measures_total": mt, "measures_done": md, "rules_made": rules}


def prob(seq, category, title, status, mc, units=(), deadline=None):
    return {"seq": seq, "category": category, "title": title, "status": status, "measure_count": mc,
            "responsible_units": list(units), "deadline": deadline}


T = {}

T["baiyin_city_provincial_ducha_report_cut"] = dict(
    excerpt=True, genre="1 report body: a city's rectification report on a provincial 督察, cut in its 整改工作开展情况 section",
    kind="bulletin", title=None, issuer=None, report_date=None,
    inspection=insp("甘肃省第二生态环境保护督察组", "白银市", "2024-10-29", "2024-11-17", "2024-12-30"),
    headline=head(), problems=[],
    anomalies=[
        "no title line: the copy starts mid-text (R33)",
        "kind bulletin: reports the work done (取得了阶段性成效, 整改工作开展情况) (R27)",
        "issuer null: no title or signature; '我市' only (R37/R38). CALL: schema 001 took 南昌市 from title + 我市; here no title",
        "inspected 白银市: the feedback sentence names 《白银市省级生态环境保护督察报告》 given to 我市 (R47). CALL",
        "feedback 12月30日 without year: year 2024 from the period (R58)",
        "cut before the first problem, inside 一、整改工作开展情况 (二): problems [] (R21); 一是/二是/三是 there are work done, not problems",
        "excerpt: cut mid-word '《白' (R5)",
    ])

T["baogaosu_dongxiang_six_counties_poverty_audit_rectification_news"] = dict(
    excerpt=False, genre="5-like audit rectification news over six counties: problems named in one sentence, measures 一是…三是 of all six",
    kind=None, title=None, issuer=None, report_date="2017-07-31",
    inspection=insp("省审计厅", "东乡县、清水县、庄浪县、景泰县、岷县、宕昌县6县"),
    headline=head(rules=94), problems=[],
    anomalies=[
        "news item: kind null, headline as title → null (R30, R34)",
        "date line '31.07.2017  14:01' read D.M.Y (R45)",
        "problems named in one sentence for six bodies ('审计发现…等问题'): [] (R19)",
        "rules_made 94 from '制订修订相关制度94项' (R74); 5941人/527人/money/189人次 are not figures (R68)",
        "'审计发现的问题大部分已得到整改': no count, no done figure",
        "inspected: the six counties as printed, one string (CALL); audit period '今年' gives no dates",
        "byline '供稿:农业处 曹务广' is no issuer (R38)",
    ])

T["dahe_luyi_xuncha_bridge_railing_news"] = dict(
    excerpt=False, genre="7-like news on one problem a 巡察组 found and had fixed (a bridge railing gap)",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("鹿邑县委第四巡察组", "陈庄村"),
    headline=head(),
    problems=[prob(None, None, "简易护栏存在两米多的缺口", "done", 1, ["陈庄村党支部"])],
    anomalies=[
        "news item: kind/title null (R30, R34); no date on the page; '近日', '第二天' give no dates",
        "one named problem → one problem (R108), lead-in '在走访中发现' and the place '刘竹园自然村东桥北侧的' dropped (R108, as blind38 tongshan); the hazard hearsay after it dropped (R92). CALL",
        "status done: '防护栏已全部整修到位' (R93)",
        "measure_count 1: one paragraph of the 党支部's repair (R96 undivided paragraph = 1; blind38 tongshan gave 0 to a one-problem follow-up with no numbered actions: a conflict). CALL",
        "unit 陈庄村党支部: the body sent the 整改建议书 and said to have fixed it (R102/R104); CALL: a village party branch is a body, not a place (R103)",
        "inspected 陈庄村 (the village the group stationed in, '入驻该村开展巡察'). CALL",
        "deadline null: '要求立即整改' is an order, not a written 时限 (R106/R107). CALL",
    ])

T["dvnusur_wuhai_park_check_five_firms_trad"] = dict(
    excerpt=False, genre="6-like a park 督查组's one-day check of five firms (traditional with glosses): one sentence per firm, then recheck tallies",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("園區(qū)現(xiàn)場督查組", "三區(qū)工業園區(qū)"),
    headline=head(),
    problems=[
        prob(None, None, "君正焦化存在部分防洪物资缺少标识、生活垃圾清理不及时等问题", None, 0),
        prob(None, None, "美方焦化煤棚施工周围土方未采取防尘及安全措施等", None, 0),
        prob(None, None, "国家能源集团煤焦化有限责任公司西来峰公司宣传牌匾部分老化", None, 0),
        prob(None, None, "乌海市宏阳焦化有限责任公司有三块标识牌老化", None, 0),
        prob(None, None, "乌海市榕鑫能源实业有限责任公司存在厂区路面破损、工业垃圾未及时清理等多项问题", None, 0),
        prob(None, None, "5家企业还存在厂区标识牌老化陈旧、部分厂区施工管理不规范等共性问题", None, 0),
    ],
    anomalies=[
        "traditional copy with glyph glosses 區(qū); titles simplified without glosses (R91); doc fields keep the page's script",
        "check results: kind null (R29); no title line; chrome '上一條:/下一條:' at the end",
        "one problem per firm (R12, R10); CALL NEW-ish: the closing '5家企業還存在…等共性問題' is a sixth printed finding, labelled",
        "'在10個重點點位方面' is a paragraph lead-in, not a heading: category null (C13 null side). CALL",
        "date '7月5日' has no year anywhere: start/end/report_date null (R60)",
        "headline null: four recheck tallies (自查 36/28, 移交 8/7, 回头看 3/3, 复查 11/10) with no total and no one subject (R69). CALL: R65 first-stated would give 36/28",
        "statuses null, measures 0: firms' rectification is only '達成整改共識' (R95, R97); units [] (firms named as the faulty, not told to rectify in a field). CALL",
    ])

T["gzlps_liupanshui_ducha_check_figures_cut"] = dict(
    excerpt=True, genre="5 figures only: a city 督查's report on rectification of central/provincial 督察 and 警示片 problems, cut before its findings",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp(),
    headline=head(64, 59), problems=[],
    anomalies=[
        "督查情况 (check of others' rectification): kind null (R29); no title line",
        "headline 64/59 from '中央、省委生态环境保护督察反馈我市的问题64个,目前已上报整改完成59个' (first stated, R65); '正在整改5个' not done; 警示片 counts (2/2, 2/1, 2/…) not summed (R69)",
        "inspection all null: two inspections (中央, 省委督察) named only generally; the 4个督查组 check others' rectification (R53). CALL",
        "cut mid-sentence '已基本整' before any finding: problems [] (R21)",
    ])

T["hyx_hengyang_county_hospital_xuncha_bulletin_cut"] = dict(
    excerpt=True, genre="1 report body: a county hospital 党委's 巡察整改进展情况的通报 with lost 年/月 and a lost 一, cut in its first item",
    kind="bulletin", title="中共衡阳县人民医院委员会关于巡察整改进展情况的通报", issuer="中共衡阳县人民医院委员会",
    report_date=None,
    inspection=insp("县委第一巡察组", "中共衡阳县人民医院委员会", None, None, "2025-01-17"),
    headline=head(19, 9),
    problems=[prob(1, "公立医院公益性凸显不足",
                   "优化后的绩效考核方案尚未公布。医院原来的绩效考核体系已难以适应当今公立医", None, 0)],
    anomalies=[
        "breadcrumb chrome line before the title",
        "lost characters: '县委第巡察组' (一 lost; the next sentence prints 县委第一巡察组, taken), '20249月至11月' (年 lost), '2025117日', '2025年716日', '已完成整改9(' (个 lost)",
        "period '2024年9月至11月' is month-only: start/end null (R53)",
        "feedback '2025117日' read 2025-01-17 (R61): 11月7日 would fall after the 2025-07-16 status date. CALL",
        "headline 19/9: '需要向社会公开的19个,已完成整改9(含…立行立改…1)'; 阶段性完成9 and 未完成1 not done (R71)",
        "no signature (cut) and no date line: report_date null; '截至2025年716日' is a status date, not the report date. CALL",
        "problem seq 1 under '(一)反馈问题:公立医院公益性凸显不足': category the heading without (一) and the '反馈问题:' label. CALL (R84: label dropped)",
        "title: heading run into its description on one line → whole statement (R88, C9), cut mid-word (R25); measure_count 0: cut before any measure",
        "excerpt: cut mid-item",
    ])

T["jingzhou_item28_chemical_parks_signoff_notice"] = dict(
    excerpt=False, genre="3 one task: a city bureau's 整改完成情况公示 of 省序号28 with labelled sections 一、反馈问题 二、整改目标 三、完成情况 (1.–4.)",
    kind="bulletin", title="第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示", issuer=None,
    report_date="2025-12-12",
    inspection=insp(),
    headline=head(),
    problems=[prob(28, None,
                   "省发展改革委牵头制定的《湖北省化工园区确认指导意见》(鄂发改工业〔2018〕404号)将化工园区确认工作交市州政府,但有的市州又把园区审查责任推给县区,造成个别化工园区确认工作把关不严",
                   "done", 4)],
    anomalies=[
        "chrome '无障碍阅读'; 信息来源 荆州市生态环境局 is metadata, not issuer (R38); the closing date alone is the signature date",
        "one task: seq 28 from '(省序号28)' (R77)",
        "category null: the label is '反馈问题' (R84, C17's 反馈问题 note)",
        "status done: '事项整改已完成' (R93)",
        "measure_count 4: 三、完成情况 1.–4. is the item's sole account of what was done (R118)",
        "inspector null: '第二轮中央生态环境保护督察' names the round, not a team. CALL",
        "page typo '(鄂发改工业 2018〕404号)' in 整改目标 (missing 〔)",
    ])

T["jintan_npc_list_item_chemical_park_notice_untitled"] = dict(
    excerpt=False, genre="3 one task: an untitled 公示 of one item of the 江苏省人大 突出环境问题清单, checked (经核查) with ①–④ results",
    kind="bulletin", title=None, issuer=None, report_date=None,
    inspection=insp(),
    headline=head(),
    problems=[prob(None, None, "化工园区管理水平有待提高", None, 4)],
    anomalies=[
        "no title line (R33); chrome '扫一扫在手机打开当前页' and '|' at the end",
        "kind bulletin: '现将整改情况予以公示' (R27)",
        "one task (R14): title from the quoted item, outer quotes and '的问题' wrapper dropped (R86). CALL: '“…”的问题' read as a wrapper",
        "report_date null: only a 公示时间 span '2020年12月10日至12月17日', no date line or signature. CALL (2020-12-10 if the span's start counts)",
        "status null: no 已完成/销号 word; ④ says '即将投入使用'. CALL",
        "measure_count 4: ①–④ (R96); the preceding '已编制了…方案…规划和规划环评' not counted separately. CALL",
        "inspector null: 江苏省人大's list is no inspection team (R57). CALL",
    ])

T["liunan_district_poverty_fund_audit_news"] = dict(
    excerpt=False, genre="5-like a district audit bureau's news on its poverty-fund audit: problems in one sentence, 一是…三是 are audit steps",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("柳南区审计局", None, "2017-05-15", "2017-06-23"),
    headline=head(), problems=[],
    anomalies=[
        "news headline '开展扶贫资金审计 促进专项资金管理' is no title (R34); kind null (R30); no date on the page",
        "problems named in one sentence ('存在资金使用缓慢、…等问题'): [] (R19). CALL: three faults of one subject, not R108's one problem",
        "一是/二是/三是 are the audit's checks, not problems or measures",
        "inspected null: '被审单位' unnamed; the subject '柳南区2016年度扶贫专项资金' is funds, not a body (R48)",
    ])

T["lukou_park_feedback_signoff_fields_notice"] = dict(
    excerpt=False, genre="3 one task: a district government's sign-off 公示 of one 督察 feedback problem with labelled fields (反馈问题/责任单位/整改目标/整改措施/整改完成/销号意见)",
    kind="bulletin", title="关于第二轮中央生态环境保护督查反馈问题已完成整改核查的情况公示", issuer="株洲市渌口区人民政府",
    report_date="2023-11-15",
    inspection=insp(),
    headline=head(),
    problems=[prob(None, None,
                   "湖南省产业园区普遍存在规划环评执行不严、园区环境保护基础设施建设运行管理不到位、园区企业环境违法现象时有发生等问题",
                   "done", 1, ["株洲市渌口区人民政府"])],
    anomalies=[
        "breadcrumb chrome, 来源/更新日期 metadata, '字体:', trailing '扫'",
        "issuer from the signature 株洲市渌口区人民政府 (R37); date from the signature (R41)",
        "page writes 督查 for 督察 (kept in the title)",
        "category null: label '反馈问题' (R84); seq null: no number printed (R78)",
        "status done: '销号意见:已完成整改工作…同意销号' (R93, R94)",
        "measure_count 1: the 整改措施 field is one undivided ';'-joined cell (R96); 整改完成 beside it is a result (R118)",
        "unit from '责任单位:株洲市渌口区人民政府' (R101)",
        "title keeps its closing '等问题' (R87)",
    ])

T["spocapp_quanshan_xuncha_village_drains_news_trad"] = dict(
    excerpt=False, genre="7-like news (traditional, no glosses) on one problem a villager reported to a 区委巡察组 and its fixing",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("區委巡察組"),
    headline=head(),
    problems=[prob(None, None, "村公共排水沟堵塞,道路垃圾清理不及时,导致村内污水横流", None, 1)],
    anomalies=[
        "traditional copy; title simplified (R91)",
        "news: kind/title null; no date line; '2023年5月' month-only (R53)",
        "one named problem (R108), from the villager's report; '多次向村委会反映无果' hearsay dropped (R92). CALL",
        "status null: actions (100-day campaign, counts of 清理) but no done word (R95). CALL",
        "measure_count 1: one paragraph of actions (R96); 53台次/121处/18公里 are no figures",
        "inspected null: the 区委巡察组's subject is unnamed; 魏庄村 is a place (R103), so units []. CALL",
    ])

T["vbdhwr157_changde_ducha_meeting_figures_spun"] = dict(
    excerpt=False, genre="5 figures only: a spun (reworded) city meeting news item on central 督察 rectification",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("中央环保督察组"),
    headline=head(290, 277), problems=[],
    anomalies=[
        "spun copy (machine-reworded news); meeting news: kind null (R30); no title, no date with a year (11月23日/11月22日 only)",
        "headline 290/277 ('共有290个突出环境问题由中央环保督察组和省委、省政府交办,其中已有277个成功完成整改'); 95.5% is a rate (R68); '13项需要进一步完善' is no done count",
        "problems [] : the 13 remaining items named in one sentence ('比如…等13项') (R19)",
        "inspector 中央环保督察组 as printed, though the 290 were also 交办 by 省委、省政府. CALL; inspected '我市' → null (R48)",
        "信访件 mentioned: not problems (R17)",
    ])

T["www6ccc_weixi_xuncha_septic_tank_news_trad_cut"] = dict(
    excerpt=True, genre="7-like news (traditional, no glosses) on one problem a 县委巡察组 found in a village and had fixed, cut at the end",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("十四屆維西縣委第三輪巡察第一巡察組", "塔城鎮川達村"),
    headline=head(),
    problems=[prob(None, None, "活动场所,内部却是污水满地,现场还有污水源源不断地从球场边的化粪池溢出", "done", 1)],
    anomalies=[
        "traditional copy; title simplified (R91), doc fields kept traditional",
        "news: kind/title null; no date",
        "one named problem (R108): title the finding from the place on, lead-in '看起来建得挺好的' dropped. CALL (wording)",
        "status done: '解决了化粪池溢水的情况' (R93). CALL: 解决了 read as a done word",
        "measure_count 1: the paragraph after '问题反馈后' (R96); the group's '要求尽快解决…' is a request, not counted",
        "units []: '镇、村干部' unnamed; inspected the village visited '入村巡察' (CALL)",
        "excerpt: cut mid-sentence '终于,在大家的共同努力下,活'",
    ])

T["ynjjjc_lianghe_xuncha_blocked_road_news_cut"] = dict(
    excerpt=True, genre="7-like news on one problem (a blocked village road) a 县委巡察组 fed back to a village 党总支, cut mid-sentence",
    kind=None, title=None, issuer=None, report_date=None,
    inspection=insp("梁河县委第三巡察组", "芒蚌村"),
    headline=head(),
    problems=[prob(None, None, "寨子的路,从今年3月28日起就被村里的李某某堵住了,不让我们进出", "done", 1, ["芒蚌村党总支"])],
    anomalies=[
        "news: kind/title null; no date line; '今年3月' without a year: start null (R53, R60)",
        "one named problem (R108); title from the villagers' report (wording CALL: '李某某…先后堵了3次路' is the secretary's account)",
        "status done: '现在路已经通畅了', '帮我们解决了问题' in the lead (R93). CALL: said by the villager, not a done label",
        "unit 芒蚌村党总支: the problem was fed back to it for rectification (R102/R104). CALL",
        "measure_count 1: the cut paragraph '该村党总支高度重视,及时召开会' (R25, R96)",
        "Dai gloss '哩咯哩' kept in the text",
        "excerpt: cut mid-word '召开会'",
    ])


def main():
    stems = sorted(p.stem for p in D.glob("*.txt"))
    assert sorted(T) == stems, set(stems) ^ set(T)
    for stem, t in T.items():
        t = dict(t, url=None)
        out = {k: t[k] for k in KEYS}
        (D / f"{stem}.truth.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(T), "truths,", sum(len(t["problems"]) for t in T.values()), "problems")


if __name__ == "__main__":
    main()
