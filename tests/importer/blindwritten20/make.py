"""Generate blind held-out set 20 (written by helper writer20, session 20, 2026-12-06, ~22:03-22:20 UTC): six FULL-LENGTH
written documents + truths, aimed at shapes the brief names: problems as 一是…二是… run INLINE inside one paragraph per
category (a court's 巡察反馈问题公示; a hospital's 巡察整改进展情况的通报 with each 一是 followed by its 整改情况 paragraph);
an audit 整改 公告 of a company whose items carry 问题整改措施：/问题整改状态： fields; a county speech with tallies of several
inspections then '关于…的问题' paragraphs naming the bureau responsible; a bank's bulletin with 问题N： and 整改情况： lines;
a traditional-character copy of the court's 公示.

All bodies, people, places and figures are invented for testing (澜川省, 棠州市, 石梁县, 临沅区, 澄江区 … do not exist).
writer20 did not read or run the parser (zhenggai/importer/**, tests/importer/*.py) and did NOT run it on this set (the lead
scores it; no FIRST_RUN file).

Pages used as layout models (search tool, corpus pages; every one checked with /work/wt/known_urls.py):
 - https://lzq.gov.cn/news/show/20250110144825318.html (区法院党组 巡察反馈问题公示: '(一)…有差距。一是…。如,…。又如,…。
   二是…' run inline; KNOWN: labelled as a cut real page in blind38) -> layout of doc01, doc02 and doc06 only; its text is
   not copied. The brief names this inline shape; the page is the one real example found in the time, so it is named as a
   layout model as bw19 did for known pages.
 - http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html (潮阳 audit report: '报告期间内共完成审计
   (调查)项目19个，共查出问题330项…' tallies then sections; KNOWN) -> layout of doc04's opening tallies.
 - https://yohu9.com/newsshow-214114.html (岚山 审计局: '已整改'/'持续整改'/'未整改' status words; KNOWN) -> the status
   words of doc03.
 - doc05 (bank 问题N：/整改情况：) has no page model found in the time: url null.
Queries run (pages): 法院 巡察反馈问题 公示 一是 二是 如， 有差距; 审计 整改 公告 问题整改状态 问题整改措施 公司; 银行 巡视整改 问题1：
整改情况： 通报; 医院党委 巡察整改进展情况的通报 一是 整改情况 有差距; 问题整改状态：已完成 问题整改措施： 审计发现问题.
Declined: zhetiaohe, fengdujob, abg.baidu, shenkongzuanchuang, youlu (spam / tag pages); m.zgkjsz, 055110.com, qbook,
oryoy, fx361 (articles, no rectification layout); lyruiju, gztusheng (KNOWN), rcwkj, m.zuzhaopin, azyfy, shsgah,
m.lbjssb (meeting news); puupupc (a 湖北 bulletin on a spam site); m.boteman, fudaoke, qianqiantushu, reportify, seridoat,
runmo (doc-sharing or unrelated); ruijin (earlier sets' declined list).

Formats: UTF-8 .txt (01), .docx (02), Word-saved .html (03), .pdf via soffice (04, 06), GB18030 .txt with CRLF (05).
Kinds (issue 10): 01 -> 2/7 feedback 公示 (kind null, R112); 02 -> 2; 03 -> 1 (audit 整改 公告); 04 -> 5 speech (kind null,
R30) with '关于…' problems; 05 -> 2; 06 -> 7 traditional copy of 01.

Counted twice: every measure_count is the length of the measure list in the data (Prob recounts its own rendering and refuses
a mismatch), and again over the written file read back (recount_file: the items of the document's own numbering between each
problem's title and the next). check_refound re-finds every non-null value in the file's own text. 80 problems (01: 18, 02: 14, 03: 12, 04: 8, 05: 10,
06: 18), 72 measures (02: 29 = the stated 措施29条, 03: 24, 05: 19 = the stated 19条; 01/04/06: 0). Regenerated from scratch:
truths, .txt and .html byte-identical; .docx/.pdf differ only in embedded timestamps (their read-back text is identical).

Judgement calls (also in each truth's anomalies; NEW = no earlier rule):
 - 01/06: as blind38 lzq: one problem per inline 一是 item, seq restarting per (一) heading (R76a); title = the item run into
   its 如/又如 examples (R88); category = the (一) sentence without number and 。; measures 0; kind null (R112).
 - 02: NEW shape: inline 一是 item in the category paragraph, its '整改情况：' in the next paragraph (R118: the item's sole
   account -> measures = its （1）（2） items, undivided = 1); status from the closing sentence of 整改情况 (已完成整改 ->
   done; 正在推进/持续推进 -> in_progress; 长期坚持 -> long_term).
 - 03: '问题整改措施：（1）…（2）…' = measures; '问题整改状态：已整改/持续整改/部分整改' -> done/in_progress/in_progress (R93); seq the printed 1..N through the document; category the （一） heading.
 - 04: NEW: a county speech (kind null, R30) giving three inspections' tallies (no one total: headline null, NEW) then
   '（一）关于…的问题' paragraphs: title without the 关于…的问题 wrapper (R86), unit from '（牵头单位：县…局）', deadline as
   written, measures 0 (整改要求 of a speech, R98); category = the 二、 heading above them.
 - 05: '问题N：' lines numbered through (R76), '整改情况：' the sole account (R118: 一是… items, undivided 1), status from its
   closing sentence.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import opencc

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/importer: the generators' shared kit
from blindwritten_kit import cn, doc_text, mso_p, page_finisher, ProbR97, word_html, writers  # noqa: E402

save_truth, write_docx, write_pdf = writers(OUT)


P = ProbR97  # (a problem with no answering text: measures 0, R97)

MIN_LEN = 2500
_finish, ALL = page_finisher(OUT, min_len=MIN_LEN)
S2T = opencc.OpenCC("s2t")


def finish(stem, *, trad=False, recount=None, **kw):
    """page_finisher's finish, the measures counted again by this set's own recount_file (pattern, end)."""
    _finish(stem, trad=trad, **kw)
    if recount:
        recount_file(stem, *recount, trad=trad)


def recount_file(stem, pat, end, trad=False):
    """The second count, over the written file read back: each problem's segment runs from its title to the next title
    (the last to `end`); its measure items are counted there by the document's own numbering (none -> 1 if the segment has
    an answer label, else 0)."""
    path = next(p for p in OUT.glob(stem + ".*") if p.suffix != ".json")
    text = re.sub(r"\s+", "", doc_text(path))
    if trad:
        text = opencc.OpenCC("t2s").convert(text)
    t = json.loads((OUT / f"{stem}.truth.json").read_text(encoding="utf-8"))
    pos, at = [], 0
    for p in t["problems"]:
        at = text.index(re.sub(r"\s+", "", p["title"]), at) + 1
        pos.append(at - 1)
    stop = text.index(end, pos[-1])
    for k, p in enumerate(t["problems"]):
        seg = text[pos[k] + len(re.sub(r"\s+", "", p["title"])):pos[k + 1] if k + 1 < len(pos) else stop]
        n = len(re.findall(pat, seg)) if pat else 0
        if n == 0 and pat and re.search(r"整改情况：|问题整改措施：", seg):
            n = 1
        assert n == p["measure_count"], (stem, p["title"][:20], n, p["measure_count"])


# ================================================================ 01 a district court's 巡察反馈问题公示, inline 一是 items (.txt UTF-8)
# Layout modelled on https://lzq.gov.cn/news/show/20250110144825318.html (区法院党组 巡察反馈问题公示: lead with period, group
# and feedback day, '一、巡察发现的主要问题', '(一)…有差距。一是…。如,…。又如,…。二是…' run inline in one paragraph per
# category). Facts, categories, items and sections after the list are writer20's own.
C01 = [
    ("贯彻落实党中央决策部署和省委、市委工作要求有差距", [
        "学习贯彻习近平法治思想不够深入，理论学习中心组学习流于形式。如，2023年院党组理论学习中心组开展集中学习9次，其中5次仅为传达文件，未开展研讨交流",
        "服务保障全区中心工作不够有力。如，对全区优化营商环境“十条措施”未制定具体落实举措，涉企案件“绿色通道”未实际运行。又如，2022年以来审结的涉企执行案件中，平均执行周期达147天",
        "落实意识形态工作责任制不到位。如，院党组每半年专题研究意识形态工作的要求未落实，2023年全年仅研究1次",
        "防范化解重大风险工作存在短板。如，对涉众型经济犯罪案件引发的信访风险研判不足，2024年1-9月到区、市上访12批次",
    ]),
    ("司法为民、公正司法存在不足", [
        "审判执行质效有待提升。如，2023年一审案件改判发回率高于全市法院平均值0.8个百分点，长期未结案件清理不彻底，截至巡察时仍有超18个月未结案件7件",
        "诉源治理工作推进不够。如，人民法庭“枫桥式”工作站建设滞后，4个人民法庭中仅1个实际运行，诉前调解成功率低于全市平均水平",
        "执行案款管理不规范。如，抽查发现有23笔执行案款超过30日未发放，涉及金额186.4万元",
        "司法公开不够到位。如，裁判文书上网率2023年仅为71.2%，部分不上网案件未按规定审批",
    ]),
    ("全面从严治党“两个责任”落实不到位", [
        "院党组主体责任落实有差距。如，院党组与各部门签订党风廉政建设责任书后，未开展专项检查，责任传导层层递减",
        "违反中央八项规定精神问题仍有发生。如，2022年至2023年，有3次公务接待无公函、接待清单，超标准列支接待费用0.62万元",
        "财务管理不规范。如，2021年以来，有14笔差旅费报销未附审批单；又如，政府采购项目中有2个项目化整为零规避公开招标",
        "廉政风险防控不够有力。如，对审判执行关键岗位未开展廉政风险排查，司法辅助人员管理存在漏洞",
    ]),
    ("领导班子和干部队伍建设存在薄弱环节", [
        "民主集中制执行不够严格。如，2023年有2项大额资金支出未经党组会集体研究，事后补签会议纪要",
        "干部队伍结构不够合理。如，全院35岁以下员额法官仅3名，年轻干部培养选拔机制不健全",
        "基层党组织建设不够规范。如，机关党委下属5个支部中，有2个支部2023年“三会一课”记录不全，主题党日活动与业务工作脱节",
        "上轮巡察和审计发现问题整改不到位。如，上轮巡察反馈的“诉讼费退费不及时”问题至今仍未彻底整改，2024年仍有退费超期情况",
    ]),
    ("群众身边不正之风和腐败问题整治不够深入", [
        "诉讼服务中心便民措施落实不到位。如，网上立案审核超期问题较为突出，2024年1-9月有87件网上立案申请超过规定时限未审核；"
        "又如，诉讼服务热线接通率偏低，群众反映“打不通、问不清”",
        "涉诉信访办理不够规范。如，抽查2023年信访件30件，有9件未按规定时限答复，有4件答复内容简单、未回应群众诉求，"
        "群众满意度不高",
    ]),
]


def court_text():
    paras = []
    for k, (cat, items) in enumerate(C01, 1):
        body = "".join(f"{cn(i)}是{it}。" for i, it in enumerate(items, 1))
        paras.append(f"（{cn(k)}）{cat}。{body}")
    return paras


def court_probs():
    probs = []
    for cat, items in C01:
        for i, it in enumerate(items, 1):
            probs.append(P(i, cat, it, []))
    return probs


COURT_LEAD = ("按照区委巡察工作领导小组统一部署，2024年9月9日至10月25日，区委第二巡察组对区人民法院党组开展了常规巡察。"
              "2024年12月12日，区委第二巡察组向区人民法院党组反馈了巡察意见。"
              "巡察期间，巡察组坚持以人民为中心的工作导向，紧扣被巡察党组织职能责任，聚焦坚持和加强党的全面领导，聚焦司法审判执行权力运行，"
              "聚焦群众身边的操心事、烦心事、揪心事，通过个别谈话、受理信访、调阅资料、旁听庭审、走访人民法庭和诉讼服务中心、"
              "召开座谈会等方式，深入了解区人民法院党组履行职责情况。共个别谈话126人次，受理来信来电来访41件次，调阅案卷和财务凭证等资料"
              "1.3万余份，发放调查问卷210份，实地走访4个人民法庭。巡察组认为，近年来，区人民法院党组在区委和上级法院的领导下，"
              "围绕中心、服务大局，在执法办案、司法改革、队伍建设等方面做了大量工作，取得了一定成效，但也存在一些问题和不足。"
              "根据有关规定，现将巡察反馈问题公示如下：")
COURT_TAIL = [
    "二、巡察整改要求",
    "区委第二巡察组指出，区人民法院党组要坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，切实提高政治站位，"
    "把巡察整改作为重大政治任务，主动认领问题，认真研究制定整改方案，建立问题清单、任务清单、责任清单，明确整改时限，逐项推动整改落实。"
    "院党组书记要切实履行整改第一责任人责任，班子成员要按照“一岗双责”要求抓好分管领域整改。对巡察移交的问题线索，要按照有关规定认真处置。"
    "整改情况要在两个月内报送区委，同时按要求在院网站等渠道向社会公开。",
    "区委第二巡察组同时指出，要坚持以巡促改、以巡促建、以巡促治，把巡察整改与深化执法司法制约监督体系改革结合起来，"
    "与开展“公正与效率”专项活动结合起来，与解决人民群众急难愁盼问题结合起来，举一反三，标本兼治，健全完善审判管理、执行管理、"
    "财务管理和干部管理等方面的制度机制，切实把巡察整改成果转化为推动全区法院工作高质量发展的实际成效。"
    "对整改不力、敷衍整改、虚假整改的，将严肃追责问责。",
    "三、监督渠道",
    "为广泛接受干部群众监督，现将巡察反馈问题予以公示，公示期为2024年12月16日至12月25日。干部群众对上述问题整改有意见建议的，"
    "可在公示期内通过以下方式反映：电话：0XXX-68XXXXX；电子邮箱：cjqfyxczg@163.com；来信请寄澄江区人民法院纪检监察组（邮编：6XXXXX），"
    "信封上请注明“巡察整改意见”字样。",
    "区人民法院党组表示，诚恳接受区委第二巡察组反馈意见，坚决扛起巡察整改政治责任，对反馈问题照单全收、逐条整改、全面整改，"
    "做到问题不解决不松劲、整改不到位不撒手，以整改实效回应人民群众对公平正义的期待。整改落实情况将按规定另行公布，"
    "欢迎社会各界和人大代表、政协委员、新闻媒体继续对区人民法院巡察整改工作进行监督。",
]
COURT_TITLE = "澄江区人民法院党组关于区委巡察反馈问题的公示"
COURT_ISSUER = "中共棠州市澄江区人民法院党组"
COURT_ANOM = [
    "One problem per inline 一是…四是 item (R8), four per category paragraph, seq counting from 1 again under each （一） (R76a); "
    "title = the item run into its '如，…'/'又如，…' examples (R88, as blind38 lzq), trailing '。' dropped; category = the （一） "
    "sentence without its number and '。' (R79).",
    "Kind null: a 公示 of feedback problems that reports no rectification (R112); measures 0 (feedback, R97); statuses null.",
    "inspector '区委第二巡察组', inspected '区人民法院党组' as the lead names them; period 2024-09-09..2024-10-25 (year carried, "
    "R58); feedback 2024-12-12; report date = the signature date. The 公示期 dates and the figures in the examples are distractors.",
]


def doc01():
    stem = "w20_01_court_feedback_inline_shi_txt"
    text = "\n".join([
        "棠州市澄江区人民法院 > 法院新闻 > 党建工作", COURT_TITLE,
        "发布时间：2024-12-16 09:30:12    来源：院纪检监察组    浏览次数：1262", "",
        COURT_LEAD, "一、巡察发现的主要问题", *court_text(), *COURT_TAIL, "",
        COURT_ISSUER, "2024年12月16日", ""])
    (OUT / f"{stem}.txt").write_text(text, encoding="utf-8")
    assert len(re.findall(r"[一二三四]是", text.split("二、巡察整改要求")[0])) == 18
    finish(stem, url="https://lzq.gov.cn/news/show/20250110144825318.html",
           genre="2/7 a 区法院党组's 巡察反馈问题公示: four （一） category sentences each run into 一是…四是 items with 如/又如 examples",
           kind=None, title=COURT_TITLE, issuer=COURT_ISSUER, date="2024-12-16",
           insp=["区委第二巡察组", "区人民法院党组", "2024-09-09", "2024-10-25", "2024-12-12"],
           probs=court_probs(), koi=[2, 7], anomalies=COURT_ANOM + [
               "UTF-8 .txt web copy with a breadcrumb and a '发布时间：…来源：…浏览次数' line."],
           recount=(None, "二、巡察整改要求"))


def doc06():
    """Traditional-character copy of doc01's 公示 (a mirror site's text, printed to .pdf)."""
    stem = "w20_06_court_feedback_inline_shi_traditional_pdf"
    t = S2T.convert
    blocks = [("p", t("澄江區人民法院 > 法院新聞 > 黨建工作")), ("title", t(COURT_TITLE)),
              ("p", t("發布時間：2024-12-16    來源：院紀檢監察組")), ("p", t(COURT_LEAD)),
              ("h", t("一、巡察发现的主要问题"))]
    blocks += [("p", t(p)) for p in court_text()]
    blocks += [("h" if len(x) < 12 else "p", t(x)) for x in COURT_TAIL]
    blocks += [("pr", t(COURT_ISSUER)), ("pr", "2024年12月16日")]
    write_pdf(stem, blocks)
    finish(stem, url="https://lzq.gov.cn/news/show/20250110144825318.html", trad=True,
           genre="7 (and 2) a traditional-character copy of doc01's 巡察反馈问题公示, inline 一是 items, as .pdf",
           kind=None, title=t(COURT_TITLE), issuer=t(COURT_ISSUER), date="2024-12-16",
           insp=[t("区委第二巡察组"), t("区人民法院党组"), "2024-09-09", "2024-10-25", "2024-12-12"],
           probs=court_probs(), koi=[2, 7], anomalies=COURT_ANOM + [
               "Traditional copy (opencc s2t) of w20_01: doc fields in the page's script, problem titles and categories in "
               "simplified characters (R91)."],
           recount=(None, "二、巡察整改要求"))


# ================================================================ 02 a hospital's 巡察整改进展情况的通报: inline 一是 item, its 整改情况 next (.docx)
# Layout modelled on the same page as doc01 (lzq: '(一)…有差距。一是…。如,…' inline), turned into a progress 通报 where each
# inline item is followed by its '整改情况：' paragraph. Facts and wording are writer20's own.
H_DONE, H_PROG, H_LONG = "目前，该问题已完成整改。", "目前，该问题正在推进整改。", "该项工作需长期坚持。"
C02 = [
    ("落实党中央决策部署和省委、市委工作要求有差距", [
        ("学习贯彻党的二十大精神不够深入，理论学习与医院工作结合不紧。如，2023年党委理论学习中心组学习未结合公立医院高质量发展开展专题研讨",
         ["修订党委理论学习中心组学习制度，明确每季度至少开展1次专题研讨", "围绕公立医院高质量发展开展专题研讨4次，形成调研报告3篇"], H_DONE),
        ("落实党委领导下的院长负责制不到位。如，2023年有3项“三重一大”事项未经党委会前置研究",
         ["修订党委会议和院长办公会议议事规则，制定党委会前置研究事项清单", "对2023年以来“三重一大”事项决策情况开展自查，补充完善决策程序", "纪委对“三重一大”事项决策实行全程监督"], H_DONE),
        ("推进分级诊疗和医联体建设力度不够。如，医联体内基层转诊病人数量2023年同比下降12%",
         ["与辖区8家乡镇卫生院签订医联体合作协议，建立双向转诊绿色通道", "选派24名骨干医师下沉基层坐诊带教"], H_PROG),
        ("落实意识形态工作责任制不够有力。如，院内宣传阵地管理不规范，个别科室微信群管理存在漏洞",
         ["制定医院网络意识形态阵地管理办法，对院内微信群、公众号逐一登记备案"], H_DONE),
    ]),
    ("落实全面从严治党责任存在薄弱环节", [
        ("党委主体责任压得不实。如，对科室党风廉政建设责任制考核流于形式，考核结果未与绩效挂钩",
         ["修订科室党风廉政建设责任制考核办法，考核结果与科室绩效分配挂钩", "党委书记与临床医技科室主任开展廉政谈话62人次"], H_DONE),
        ("药品耗材采购管理存在廉洁风险。如，部分高值耗材未经院采购委员会论证即进院使用",
         ["开展高值耗材进院使用专项清理，暂停未经论证耗材17种", "修订药品耗材遴选管理办法，实行院采购委员会集体论证和纪委监督", "上线耗材全流程追溯管理系统"], H_PROG),
        ("违反中央八项规定精神问题仍有发生。如，2022年有2次学术会议超标准列支餐费",
         ["对超标准列支餐费问题进行清退，对相关责任人进行批评教育", "修订会议费、培训费管理办法"], H_DONE),
        ("医德医风建设有待加强。如，群众反映个别医务人员收受“红包”问题",
         ["开展医疗领域腐败问题集中整治，签订拒收“红包”承诺书1860份", "畅通患者投诉渠道，实行院领导接待日制度"], H_LONG),
    ]),
    ("落实新时代党的组织路线不够到位", [
        ("基层党组织建设不够规范。如，临床科室党支部“双带头人”培育工程推进缓慢，“双带头人”支部书记占比仅58%",
         ["调整配备临床科室党支部书记9名，“双带头人”支部书记占比提高至92%", "开展党支部标准化规范化建设达标创建"], H_DONE),
        ("人才队伍建设存在短板。如，学科带头人后备人才不足，高层次人才引进未完成年度计划",
         ["制定高层次人才引进和培养三年行动计划", "2024年引进博士研究生6名、学科带头人2名", "设立青年人才培养专项经费300万元"], H_PROG),
        ("干部选拔任用工作不够规范。如，个别中层干部任前未按规定进行公示",
         ["对2021年以来中层干部选拔任用情况进行全面自查，完善任前公示程序"], H_DONE),
    ]),
    ("巡视巡察、审计等监督发现问题整改不到位", [
        ("上轮巡察反馈问题整改不彻底。如，上轮巡察反馈的“医疗设备使用效率不高”问题仍然存在，部分大型设备闲置",
         ["对全院大型医疗设备使用效率开展评估，调配闲置设备5台", "建立大型设备购置可行性论证和使用效益分析制度"], H_DONE),
        ("审计发现问题整改推进缓慢。如，2022年内部审计指出的医疗服务收费不规范问题，至巡察时仍有部分未整改",
         ["对医疗服务收费开展自查自纠，退还多收费用12.7万元", "上线医疗收费智能审核系统"], H_PROG),
        ("医保基金使用管理不规范。如，抽查发现存在重复收费、超标准收费等问题",
         ["开展医保基金使用专项自查，退回违规使用医保基金28.4万元", "建立医保基金使用内部监督检查机制，每季度开展一次专项检查"], H_DONE),
    ]),
]
H_STATUS = {H_DONE: "done", H_PROG: "in_progress", H_LONG: "long_term"}


def doc02():
    stem = "w20_02_hospital_progress_inline_shi_then_result_docx"
    title = "中共棠州市第二人民医院委员会关于市委巡察整改进展情况的通报"
    issuer = "中共棠州市第二人民医院委员会"
    probs = []
    blocks = [("title", title),
              ("p", "根据市委统一部署，2024年3月12日至5月10日，市委第三巡察组对市第二人民医院党委开展了常规巡察。2024年6月18日，"
                    "市委第三巡察组向医院党委反馈了巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。"),
              ("h", "一、整改工作开展情况"),
              ("p", "医院党委把巡察整改作为重大政治任务，坚持以上率下、压实责任，成立由党委书记任组长、院长任第一副组长的巡察整改工作领导小组，"
                    "召开党委会议、巡察整改专题民主生活会和整改推进会，逐条研究反馈问题，制定整改方案，建立问题清单、任务清单和责任清单，"
                    "明确责任领导、责任科室和整改时限。院纪委全程跟进监督，对整改进度滞后的科室负责人进行提醒谈话。医院党委坚持边查边改、"
                    "立行立改，把巡察整改与医疗领域腐败问题集中整治、改善就医感受提升患者体验主题活动结合起来，同步推进、一体落实。"),
              ("p", "截至2024年10月31日，市委第三巡察组反馈的4个方面14个问题，已完成整改9个，正在推进整改4个，需长期坚持1个；"
                    "制定整改措施29条，建立完善制度21项，清退违规资金41.1万元。"),
              ("h", "二、反馈问题整改落实情况")]
    for k, (cat, items) in enumerate(C02, 1):
        for i, (t, ms, st) in enumerate(items, 1):
            p = P(i, cat, t, ms, status=H_STATUS[st], style="paren")
            probs.append(p)
            head = f"（{cn(k)}）{cat}。" if i == 1 else ""
            blocks.append(("p", f"{head}{cn(i)}是{t}。"))
            blocks.append(("p", "整改情况：" + p.mtext() + st))
    blocks += [("h", "三、下一步工作"),
               ("p", "医院党委将坚持目标不变、标准不降、力度不减，对已完成整改的问题适时开展“回头看”，巩固整改成果；对正在推进整改的问题，"
                     "紧盯时间节点，实行周调度、月通报，加强跟踪督办，确保按期完成；对需长期坚持的问题，建立常态长效机制，纳入医院年度重点工作和科室目标管理考核，持续抓好落实。"
                     "欢迎广大干部职工和社会各界对巡察整改落实情况进行监督。联系电话：0XXX-83XXXXX；电子邮箱：tzeyjw@163.com。"),
               ("pr", issuer), ("pr", "2024年11月8日")]
    write_docx(stem, blocks)
    st = [p.status for p in probs]
    assert len(probs) == 14 and st.count("done") == 9 and st.count("in_progress") == 4 and st.count("long_term") == 1
    assert sum(len(p.measures) for p in probs) == 29
    finish(stem, url="https://lzq.gov.cn/news/show/20250110144825318.html",
           genre="2 a hospital 党委's 巡察整改进展情况的通报: four （一） category sentences run into 一是 items, each followed by its '整改情况：（1）…' paragraph and a status sentence",
           kind="bulletin", title=title, issuer=issuer, date="2024-11-08",
           insp=["市委第三巡察组", "市第二人民医院党委", "2024-03-12", "2024-05-10", "2024-06-18"],
           headline={"problems_total": 14, "problems_done": 9, "measures_total": 29, "rules_made": 21},
           probs=probs, koi=[2],
           anomalies=["NEW shape: the first item of each category is run into the （一） sentence ('（一）…有差距。一是…。'), later items "
                      "start their own paragraph ('二是…。'); each is followed by a '整改情况：' paragraph. One problem per 一是 item, seq "
                      "restarting per category (R76a); title = the item with its '如，…' example (R88); category = the （一） sentence "
                      "without number and '。'.",
                      "Measures: 整改情况 is each item's sole account (R118): its （1）（2） items, an undivided paragraph = 1. Status from "
                      "the closing sentence: '已完成整改' -> done, '正在推进整改' -> in_progress, '需长期坚持' -> long_term (R93).",
                      "Headline as stated: 14 problems, 9 done, 29 measures (措施29条, which the items sum to), 21 rules; measures_done "
                      "not stated: null. 41.1万元 and the item figures are distractors.",
                      "inspected '市第二人民医院党委' as the lead names it."],
           recount=(r"（\d+）", "三、下一步工作"))


# ================================================================ 03 a company's audit 整改 公告 with 问题整改措施：/问题整改状态： fields (Word .html)
# Status words follow https://yohu9.com/newsshow-214114.html (岚山 审计局: '已整改'/'持续整改' as the audit office's terms);
# the layout (公告 with per-item fields) is writer20's own: no real page with these two field labels was found in the time.
C03 = [
    ("财务管理方面", [
        ("未按规定核算土地出让金返还款，少计资本公积1.26亿元", ["按照会计准则调整账务处理，补记资本公积1.26亿元", "修订公司会计核算办法，明确政府返还款项核算口径"], "已整改"),
        ("部分往来款项长期挂账未清理，涉及金额3862.4万元", ["成立往来款项清理工作专班，逐笔核对、分类处置", "已清理收回往来款项2915.7万元，其余款项通过法律途径追收"], "持续整改"),
        ("对外借款未履行集体决策程序，向参股企业出借资金2000万元", ["收回出借资金2000万元及利息", "修订公司资金管理办法，对外借款一律提交董事会审议", "对相关责任人进行诫勉谈话"], "已整改"),
        ("费用报销管理不严，部分差旅费、业务招待费无审批或超标准报销", ["对2021年以来费用报销情况全面自查，清退超标准报销费用4.83万元"], "已整改"),
    ]),
    ("工程建设管理方面", [
        ("3个工程项目未按规定公开招标，合同金额合计5642万元", ["对3个项目的招标程序开展复查，对相关责任人进行问责", "修订工程招标管理办法，依法必须招标项目一律进入公共资源交易平台"], "已整改"),
        ("工程结算审核不严，多计工程款216.3万元", ["委托第三方对相关项目结算重新审核，核减工程款216.3万元", "与施工单位协商，已扣回多付工程款158.6万元", "对其余款项依法提起诉讼"], "持续整改"),
        ("部分项目未批先建，临港片区道路工程未取得施工许可即开工建设", ["补办施工许可手续", "建立项目开工前置条件审查清单，未取得许可一律不得开工"], "已整改"),
    ]),
    ("资产管理方面", [
        ("部分经营性资产闲置，12处门面房闲置超过2年", ["制定闲置资产盘活方案，通过公开招租盘活门面房9处", "对剩余3处门面房纳入片区改造统筹利用"], "部分整改"),
        ("国有资产出租未进场交易，出租价格明显低于市场价", ["对未进场交易的租赁合同到期后一律进场公开招租", "开展租赁资产价格评估，调整租金标准"], "已整改"),
        ("固定资产账实不符，盘亏资产原值187.2万元", ["开展固定资产全面清查盘点，按程序核销盘亏资产", "建立资产管理信息系统，实行资产卡片动态管理"], "已整改"),
    ]),
    ("内部控制和风险防控方面", [
        ("内部审计职能弱化，2022年至2023年未开展内部审计项目", ["设立审计部，配备专职审计人员4名", "制定年度内部审计计划，2024年完成内部审计项目6个"], "已整改"),
        ("合同管理不规范，部分合同未经法律审核即签订", ["上线合同管理系统，实行合同法律审核全覆盖"], "已整改"),
    ]),
]
A_STATUS = {"已整改": "done", "持续整改": "in_progress", "部分整改": "in_progress"}


def doc03():
    stem = "w20_03_company_audit_notice_status_fields_word_html"
    title = "棠州市城市建设投资集团有限公司关于经济责任审计发现问题整改情况的公告"
    issuer = "棠州市城市建设投资集团有限公司"
    parts = [mso_p(title, bold=True, center=True), mso_p(""),
             mso_p("根据棠州市审计局审计工作安排，2024年2月26日至4月19日，市审计局对我公司原董事长任期经济责任履行情况进行了审计，"
                   "并于2024年5月20日出具了审计报告。按照《中华人民共和国审计法》和市委审计委员会关于审计整改结果公告的要求，"
                   "现将审计发现问题整改情况公告如下："),
             mso_p("审计结果表明，任期内公司能够贯彻落实市委、市政府决策部署，围绕城市更新、片区开发、基础设施建设等重点任务，"
                   "积极筹措建设资金，推进重点项目建设，资产规模和经营收入稳步增长，法人治理结构逐步完善。审计也发现，"
                   "公司在财务管理、工程建设管理、国有资产管理和内部控制等方面还存在一些问题，需要认真加以整改。"),
             mso_p("一、整改工作总体情况", bold=True),
             mso_p("公司党委、董事会高度重视审计整改工作，将审计整改作为一项重要政治任务，成立由党委书记、董事长任组长的审计整改工作领导小组，"
                   "召开专题会议研究部署，逐项分析问题成因，制定整改方案，明确整改责任部门、责任人和整改时限，实行整改台账管理和销号制度。"
                   "公司纪委对整改工作全程跟踪监督，对整改进度滞后的部门负责人进行约谈。"),
             mso_p("在整改过程中，公司坚持“当下改”与“长久立”相结合，既对审计指出的具体问题逐项整改到位，又深入剖析问题背后的体制机制原因，"
                   "围绕资金管理、工程招标、结算审核、资产租赁、合同管理等重点环节，梳理完善管理制度和业务流程，"
                   "将审计整改与国有企业改革深化提升行动、与公司内部控制体系建设、与廉洁风险防控结合起来，同步推进、一体落实。"
                   "对审计发现问题涉及的责任人员，按照干部管理权限和有关规定严肃追责问责，以问责促整改、以整改促规范。"),
             mso_p("审计报告反映的4个方面12个问题，截至2024年10月31日，已整改9个，持续整改2个，部分整改1个；"
                   "整改问题金额1.79亿元，建立健全制度办法8项，追责问责5人。"),
             mso_p("二、审计发现问题整改情况", bold=True)]
    probs, n = [], 0
    for k, (cat, items) in enumerate(C03, 1):
        parts.append(mso_p(f"（{cn(k)}）{cat}", bold=True))
        for t, ms, st in items:
            n += 1
            p = P(n, cat, t, ms, status=A_STATUS[st], style="paren")
            probs.append(p)
            parts += [mso_p(f"{n}.{t}。"), mso_p("问题整改措施：" + p.mtext()), mso_p(f"问题整改状态：{st}。")]
    parts += [mso_p("三、下一步工作", bold=True),
              mso_p("下一步，公司将持续推进审计整改工作：对已整改的问题开展“回头看”，防止问题反弹；对持续整改和部分整改的问题，"
                    "明确时间节点，压实责任，加快推进；举一反三，深入剖析问题根源，健全完善财务管理、工程建设、资产管理和内部控制等制度机制，"
                    "推动审计整改成果转化为公司治理效能，为全市城市建设和高质量发展提供更加有力的支撑和保障。同时，公司将把审计整改情况纳入年度经营业绩考核和领导班子综合考评，强化结果运用。"),
              mso_p("四、联系方式", bold=True),
              mso_p("为进一步接受社会监督，欢迎社会各界对公司审计整改工作提出意见和建议。对公司持续整改和部分整改问题的后续整改情况，"
                    "公司将在完成整改后及时向市审计局报送整改结果，并按规定在公司门户网站予以公开。联系部门：公司审计部；"
                    "联系电话：0XXX-85XXXXX；通讯地址：棠州市临沅区滨江大道188号城投大厦（邮编：6XXXXX）；"
                    "电子邮箱：tzcjjt_sjb@163.com。来信来函请注明“审计整改意见”字样，公司将认真研究办理并及时反馈。"),
              mso_p("特此公告。"), mso_p(""),
              mso_p(issuer, indent=False, flush="text-align:right;"),
              mso_p("2024年11月15日", indent=False, flush="text-align:right;")]
    (OUT / f"{stem}.html").write_text(word_html(title, parts, author="cjjt-bgs", pages=5, grid_spacing="7.8 磅"), encoding="utf-8")
    st = [p.status for p in probs]
    assert len(probs) == 12 and st.count("done") == 9 and st.count("in_progress") == 3
    finish(stem, url="https://yohu9.com/newsshow-214114.html",
           genre="1 a company's audit 整改结果 公告: 12 items numbered through four （一） heads, each with '问题整改措施：（1）…' and '问题整改状态：…' field lines",
           kind="bulletin", title=title, issuer=issuer, date="2024-11-15",
           insp=["棠州市审计局", "棠州市城市建设投资集团有限公司", "2024-02-26", "2024-04-19", "2024-05-20"],
           headline={"problems_total": 12, "problems_done": 9, "rules_made": 8},
           probs=probs, koi=[1],
           anomalies=["Field lines '问题整改措施：' (measures: its （1）（2） items, undivided = 1, R96) and '问题整改状态：' (R93: 已整改 -> done; "
                      "持续整改, 部分整改 -> in_progress). seq = the printed 1.-12., numbered through the four heads (R75).",
                      "inspector '棠州市审计局' (the lead names '棠州市审计局' first, '市审计局' after); inspected = the company (an economic "
                      "responsibility audit of its former chair: the body is the company, NEW call); period = the audit's 2024-02-26..04-19; "
                      "feedback_date = the audit report's date 2024-05-20 (the audit's feedback, NEW call).",
                      "Headline: 12 problems, 9 已整改 (done), 8 制度办法 as rules_made; 1.79亿元, 5人 and the item sums are distractors; "
                      "'持续整改2个，部分整改1个' confirm the statuses.",
                      "Word-saved .html (Originator meta, author/pages properties, MsoNormal paragraphs)."],
           recount=(r"（\d+）", "三、下一步工作"))


# ================================================================ 04 a county speech: tallies of several inspections, then '关于…的问题' paragraphs (.pdf)
# The opening tallies follow http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html (潮阳 audit report:
# '共完成审计(调查)项目19个，共查出问题330项…' then sections); the speech and its '关于…的问题' paragraphs are writer20's own.
C04_CAT = "当前整改工作中需要重点解决的几个问题"
C04 = [
    ("耕地保护责任落实不到位",
     "省委第五巡视组指出，我县耕地“非农化”“非粮化”问题仍然存在，2023年卫片执法检查发现违法占用耕地图斑46宗、面积312亩，目前仍有9宗未拆除复耕到位。",
     ["县自然资源局"], "2025年3月底前"),
    ("农村饮水工程管护不到位",
     "督察组交办的信访件中，有11件反映农村饮水水质不达标、季节性断水问题，涉及青石镇、梁口镇等4个乡镇。部分饮水工程建成后无人管护，水质检测不及时。",
     ["县水利局"], "2025年5月底前"),
    ("城区黑臭水体治理推进缓慢",
     "城东排洪沟、老城区环城河2条水体治理工程进度滞后，雨污管网混接错接问题未彻底解决，汛期仍有污水溢流，群众反映强烈。",
     ["县住房和城乡建设局", "县生态环境分局"], "2025年6月底前"),
    ("政府投资项目结算审核不严",
     "市审计局审计发现，2021年以来我县12个政府投资项目存在多计工程款问题，涉及金额683.5万元，目前仅追回412万元。",
     ["县财政局"], "2025年4月底前"),
    ("惠民惠农资金发放不规范",
     "审计发现，耕地地力保护补贴、农村低保等惠民资金存在重复发放、向不符合条件人员发放问题，涉及资金37.8万元。",
     ["县农业农村局", "县民政局"], "2025年2月底前"),
    ("工业园区环境基础设施建设滞后",
     "督察组指出，县经济开发区污水集中处理设施处理能力不足，部分企业废水预处理不达标即排入管网，园区环境风险隐患突出。",
     ["县经济开发区管委会"], "2025年12月底前"),
    ("国有资产出租出借管理不规范",
     "县委巡察和市审计局审计均发现，部分行政事业单位房产未经审批出租出借，租金收入未及时缴入国库，涉及房产21处、租金186.2万元。"
     "这一问题在上轮巡察中已经指出，至今仍未彻底解决。",
     ["县财政局", "县机关事务服务中心"], "2025年3月底前"),
    ("矿山生态修复进度滞后",
     "督察组和省委巡视组都指出，我县历史遗留废弃矿山生态修复任务完成率偏低，12处废弃矿山中仅完成修复5处，"
     "部分已修复矿山植被成活率不高，存在水土流失隐患。",
     ["县自然资源局", "县林业局"], "2025年10月底前"),
]


def doc04():
    stem = "w20_04_county_speech_tallies_guanyu_problems_pdf"
    blocks = [("title", "在全县巡视巡察审计和督察反馈问题整改推进会上的讲话"),
              ("p", "县委副书记、县长  周立诚"), ("p", "（2025年1月16日）"), ("p", "同志们："),
              ("p", "今天召开全县巡视巡察审计和督察反馈问题整改推进会，主要任务是通报各类监督反馈问题整改进展情况，分析存在的问题，"
                    "安排部署下一阶段整改工作。刚才，县委巡察办、县审计局、县生态环境分局分别通报了有关情况，县自然资源局、县水利局作了表态发言，"
                    "我都同意，请大家会后认真抓好贯彻落实。借此机会，我代表县政府向长期以来支持配合整改工作的各乡镇、各部门表示感谢。下面，我讲三点意见。"),
              ("h", "一、整改工作取得阶段性成效"),
              ("p", "去年以来，全县上下坚持把反馈问题整改作为重大政治任务，压实责任、集中攻坚，整改工作取得了阶段性成效。从各类监督反馈问题看："
                    "中央第三生态环境保护督察组交办我县信访件63件，已办结61件，责令整改企业52家，立案处罚17家；"
                    "省委第五巡视组反馈涉及我县问题38个，已完成整改33个；市审计局对我县2023年度预算执行和其他财政收支审计发现问题27个，"
                    "已整改22个，整改问题金额1.24亿元；县委两轮巡察反馈问题415个，已整改386个。各乡镇、各部门建立完善制度机制96项。"),
              ("p", "在整改过程中，各乡镇、各部门坚持边督边改、立行立改，解决了一批群众反映强烈的突出问题：城区3个老旧小区污水管网完成改造，"
                    "2处非法采砂点全部取缔，14家“散乱污”企业完成整治，群众对整改工作总体满意。但也要清醒看到，整改工作还存在一些薄弱环节，"
                    "有的单位认识不到位，满足于材料上报、程序完成；有的问题涉及多个部门，牵头单位统筹不够，推进缓慢；有的整改成效不巩固，"
                    "问题出现反弹。"),
              ("p", "分析这些问题产生的原因，主要还是思想认识不到位、责任落实不到位、工作措施不到位。一些同志把整改当作“软任务”，"
                    "认为问题是历史形成的、是上级政策造成的，等靠思想严重；一些牵头单位只管“牵头”不管“落实”，一些配合单位只“配合”不“出力”，"
                    "部门之间推诿扯皮；还有一些单位整改措施针对性不强，治标不治本，过不了多久问题又冒了出来。对这些问题，"
                    "我们必须高度重视，认真加以解决。下面，我点几个需要重点攻坚的问题，请相关单位认真对照，抓紧整改。"),
              ("h", "二、" + C04_CAT)]
    probs = []
    for i, (t, desc, units, dl) in enumerate(C04, 1):
        probs.append(P(i, C04_CAT, t, [], units=units, deadline=dl))
        blocks.append(("p", f"（{cn(i)}）关于{t}的问题。{desc}（牵头单位：{'、'.join(units)}；完成时限：{dl}）"))
    blocks += [("h", "三、压紧压实整改责任"),
               ("p", "一要提高政治站位。各乡镇、各部门主要负责同志要切实履行第一责任人责任，对本单位整改工作亲自部署、亲自协调、亲自督办，"
                     "确保每个问题都有人管、有人抓、有人负责。二要聚焦重点攻坚。对上面讲到的这几个问题，牵头单位要会同配合单位逐项制定攻坚方案，"
                     "倒排工期、挂图作战，确保在规定时限内整改到位。三要强化督查问责。县委督查室、县政府督查室要会同县纪委监委，"
                     "对整改进度实行月调度、季通报，对整改不力、敷衍整改、虚假整改的，严肃追责问责。四要注重建章立制。"
                     "要坚持举一反三、标本兼治，对反复出现、普遍存在的问题，深入查找制度漏洞和管理短板，及时修订完善制度，"
                     "推动解决一个问题、堵塞一类漏洞、完善一套制度。五要统筹结合推进。要把反馈问题整改与推动高质量发展结合起来，"
                     "与优化营商环境、改善人居环境、保障和改善民生结合起来，以整改的实际成效取信于民。"),
               ("p", "关于整改工作的时间安排：2025年2月底前，各牵头单位要将攻坚方案报县整改工作领导小组办公室；"
                     "2025年6月底前，县政府将组织一次整改工作专项督查，督查结果在全县通报；2025年12月底前，全面完成各类反馈问题整改任务，"
                     "并组织开展整改“回头看”。县整改工作领导小组办公室要加强统筹协调，及时汇总整改进展情况，定期向县委、县政府报告。"),
               ("p", "同志们，做好反馈问题整改工作，责任重大、使命光荣。我们要以更加坚定的决心、更加有力的举措、更加务实的作风，"
                     "扎实抓好各项整改任务落实，确保每一个问题都整改到位、每一项措施都落地见效，以整改实效推动全县经济社会高质量发展，向县委、县政府和全县人民交上一份满意的答卷。")]
    write_pdf(stem, blocks)
    finish(stem, url="http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html",
           genre="5 a county head's speech at a rectification 推进会: tallies of four inspections (督察, 巡视, 审计, 巡察), then six '（一）关于…的问题' paragraphs naming the 牵头单位 and 完成时限, then 一要…三要 requirements",
           kind=None, title="在全县巡视巡察审计和督察反馈问题整改推进会上的讲话", issuer=None, date="2025-01-16",
           insp=[None, None, None, None, None], probs=probs, koi=[5],
           anomalies=["Kind null: a speech (R30). Title = the speech's title line; issuer null (a speaker, '县委副书记、县长  周立诚', no "
                      "body); report date = the dateline '（2025年1月16日）'.",
                      "NEW: headline null: four inspections' tallies (督察 63/61, 巡视 38/33, 审计 27/22, 巡察 415/386, 96 rules over all) "
                      "and no single stated total of one inspection the document reports on (R69-like: several bodies' figures are parts).",
                      "Problems: the six '（一）关于…的问题。' paragraphs (R8); title without the '关于…的问题' wrapper (R86); seq （一）-> 1; "
                      "category = the 二、 heading (R79); units from '（牵头单位：…）' split on '、'; deadline = '完成时限：' as written; "
                      "measures 0: a description of the problem and its deadline, no action reported (R97); statuses null.",
                      "inspection fields null: the problems come from several inspections (督察, 巡视, 审计) and no one is named per item.",
                      "The 一、 paragraphs' shortcomings ('有的…有的…', '一些…一些…') and 三、's 一要…三要 are not problems."])


# ================================================================ 05 a rural commercial bank's bulletin: 问题N： lines and 整改情况： lines (.txt GB18030, CRLF)
# No real page with this exact layout was found in the time (url null); the layout is writer20's own.
B_DONE, B_PROG, B_LONG = "该问题已完成整改。", "该问题正在持续整改中。", "该项工作将长期坚持。"
C05 = [
    ("贯彻落实党中央决策部署和金融工作要求方面", [
        ("服务实体经济和乡村振兴力度不够，涉农贷款增速低于各项贷款平均增速", ["制定服务乡村振兴三年行动方案，单列涉农信贷计划", "推出“粮农贷”“果农贷”等特色信贷产品6款", "2024年末涉农贷款增速高于各项贷款平均增速2.1个百分点"], B_DONE),
        ("小微企业金融服务“首贷难”问题突出，首贷户拓展不力", ["开展“首贷户拓展”专项行动，新增首贷户1236户", "建立首贷户尽职免责清单"], B_DONE),
        ("防范化解金融风险不够有力，不良贷款清收处置进度缓慢", ["成立不良贷款清收处置专班，实行“一户一策”清收", "2024年累计清收处置不良贷款3.86亿元，不良率下降0.74个百分点"], B_PROG),
    ]),
    ("全面从严治党和党风廉政建设方面", [
        ("党委主体责任落实不到位，对基层支行监督管理偏松偏软", ["修订党委落实全面从严治党主体责任清单", "对42家基层支行开展廉洁风险排查和巡察整改督导全覆盖"], B_DONE),
        ("信贷领域廉洁风险突出，个别客户经理违规参与民间借贷", ["开展员工违规参与民间借贷专项排查，对3名违规人员严肃处理"], B_DONE),
        ("落实中央八项规定精神不严格，存在超标准列支业务招待费问题", ["清退超标准列支业务招待费2.37万元", "修订业务招待费管理办法，实行事前审批、事后公示"], B_DONE),
        ("员工行为管理存在漏洞，异常行为排查流于形式", ["建立员工异常行为排查“双周报”机制", "运用大数据系统对员工账户资金往来开展常态化监测"], B_LONG),
    ]),
    ("领导班子和干部人才队伍建设方面", [
        ("干部选拔任用程序不规范，个别支行行长任职前未按规定进行离任审计", ["对2021年以来提拔任用的中层干部逐一核查任前程序，补做离任审计4人次", "修订中层干部选拔任用管理办法"], B_DONE),
        ("人才队伍结构不合理，金融科技和风险管理专业人才不足", ["制定人才队伍建设规划，2024年引进金融科技专业人才11名", "与省内2所高校建立人才联合培养机制"], B_PROG),
        ("基层党组织作用发挥不充分，党建与业务融合不紧", ["开展“党建+金融”品牌创建活动，选树党建示范支行8家"], B_DONE),
    ]),
]
B_STATUS = {B_DONE: "done", B_PROG: "in_progress", B_LONG: "long_term"}


def doc05():
    stem = "w20_05_bank_wenti_n_zhenggai_qingkuang_gb18030"
    title = "澜川农村商业银行股份有限公司党委关于省联社党委巡察整改进展情况的通报"
    issuer = "中共澜川农村商业银行股份有限公司委员会"
    lines = ["澜川农商银行 > 信息披露 > 党建动态", title, "发布日期：2025-02-14  来源：党委办公室", "",
             "根据省农村信用社联合社党委统一部署，2024年8月19日至10月18日，省联社党委第二巡察组对澜川农村商业银行股份有限公司党委"
             "开展了巡察。2024年11月26日，省联社党委第二巡察组向本行党委反馈了巡察意见。巡察组在肯定本行近年来坚守支农支小市场定位、"
             "各项业务稳健发展、党的建设不断加强的同时，从贯彻落实党中央决策部署和金融工作要求、全面从严治党和党风廉政建设、"
             "领导班子和干部人才队伍建设三个方面指出了存在的问题，并提出了明确的整改意见。本行党委照单全收、诚恳接受，"
             "坚持立行立改、真改实改。按照巡察工作有关要求，现将巡察整改进展情况予以公布。",
             "一、整改工作组织情况",
             "本行党委坚决扛起巡察整改主体责任，第一时间召开党委会议传达学习巡察反馈意见，成立由党委书记、董事长任组长，党委副书记、行长任副组长的"
             "巡察整改工作领导小组，下设办公室和三个专项整改组。对照巡察反馈意见，逐条制定整改措施，明确责任领导、牵头部门和完成时限，"
             "形成问题、任务、责任“三张清单”。召开巡察整改专题民主生活会，班子成员逐一对照检查、认领问题。纪委全程跟踪监督，"
             "每月听取整改进展情况汇报，对整改进度滞后的部门负责人进行约谈。",
             "在整改过程中，本行党委坚持问题导向、目标导向和结果导向相统一，把巡察整改同贯彻落实中央金融工作会议精神结合起来，"
             "同推进农村信用社改革结合起来，同加强全面风险管理和内控合规建设结合起来，做到整改与业务发展两手抓、两促进。"
             "坚持开门整改，在行内网站和营业网点公开整改进展，通过发放调查问卷、召开客户座谈会等方式，广泛听取基层员工和客户意见建议，"
             "主动接受监督。对巡察移交的问题线索，纪委严格按照有关规定认真处置，做到件件有着落、事事有回音。",
             "截至2025年1月31日，巡察反馈的3个方面10个问题，已完成整改7个，正在持续整改2个，需长期坚持1个；制定整改措施19条，"
             "已完成17条；建立健全制度14项，问责处理5人。",
             "二、巡察反馈问题整改情况"]
    probs, n = [], 0
    for k, (cat, items) in enumerate(C05, 1):
        lines.append(f"（{cn(k)}）{cat}")
        for t, ms, st in items:
            n += 1
            p = P(n, cat, t, ms, status=B_STATUS[st], style="shi")
            probs.append(p)
            lines += [f"问题{n}：{t}。", "整改情况：" + p.mtext() + st]
    lines += ["三、下一步工作安排",
              "本行党委将以此次巡察整改为契机，坚持目标不变、力度不减，对已完成整改的问题开展“回头看”，巩固整改成果；对正在持续整改的问题，"
              "盯住不放、跟踪问效，确保按期销号；对需要长期坚持的问题，建立长效机制，常抓不懈。同时，坚持把巡察整改与深化农村金融改革、"
              "与服务地方经济社会发展、与防范化解金融风险结合起来，以巡察整改实效推动全行高质量发展。",
              "本行党委将进一步加强对整改工作的组织领导，定期听取整改进展情况汇报，研究解决整改中遇到的困难和问题；"
              "纪委将持续加强对整改工作的日常监督，把整改情况纳入政治监督和日常监督重点，对整改不力、敷衍整改的严肃追责问责；"
              "各部门、各支行要切实履行整改责任，举一反三，主动查找本部门、本支行存在的类似问题，做到同步整改、全面整改，"
              "坚决防止问题反弹回潮，以实际行动践行金融工作的政治性、人民性。",
              "欢迎广大干部员工和社会各界对本行巡察整改落实情况进行监督。联系电话：0XXX-86XXXXX；邮政信箱：澜川农商银行党委办公室（邮编：6XXXXX）；"
              "电子邮箱：lcnsh_dwb@163.com。对反映的意见建议，本行将认真梳理、逐件研究，能够立即解决的立即解决，"
              "暂时不能解决的说明情况、创造条件逐步解决，并及时向反映人反馈办理结果。本行巡察整改后续进展情况将按照有关要求另行公布，"
              "请广大干部员工、广大客户和社会各界继续关注、支持和监督本行的巡察整改工作。", "",
              issuer, "2025年2月14日", ""]
    (OUT / f"{stem}.txt").write_bytes("\r\n".join(lines).encode("gb18030"))
    st = [p.status for p in probs]
    assert len(probs) == 10 and st.count("done") == 7 and st.count("in_progress") == 2 and st.count("long_term") == 1
    assert sum(len(p.measures) for p in probs) == 19
    finish(stem, url=None,
           genre="2 a rural commercial bank 党委's 巡察整改进展情况的通报: '问题N：' lines numbered through three （一） heads, each answered by a '整改情况：一是…' line ending in a status sentence",
           kind="bulletin", title=title, issuer=issuer, date="2025-02-14",
           insp=["省联社党委第二巡察组", "澜川农村商业银行股份有限公司党委", "2024-08-19", "2024-10-18", "2024-11-26"],
           headline={"problems_total": 10, "problems_done": 7, "measures_total": 19, "measures_done": 17, "rules_made": 14},
           probs=probs, koi=[2],
           anomalies=["GB18030 .txt with CRLF line ends; a breadcrumb and '发布日期：…  来源：…' line.",
                      "'问题N：' labels numbered through the document (R76: seq N); category = the （一） head above (R79); "
                      "'整改情况：' is the sole account (R118): its 一是… items, an undivided line = 1; status from its closing sentence "
                      "('已完成整改' -> done, '正在持续整改中' -> in_progress, '将长期坚持' -> long_term).",
                      "Headline as stated: 10 / 7 / 19 measures (the items sum to 19) / 17 measures done / 14 rules; 5人 a distractor.",
                      "Issuer from the signature '中共澜川农村商业银行股份有限公司委员会' (the title's '…党委' names the same body); inspected "
                      "as the lead names it; url null: no real page with this layout was found in the time (layout writer20's own)."],
           recount=(r"[一二三四五六七八九十]是", "三、下一步工作安排"))


if __name__ == "__main__":
    for f in sorted(n for n in dir() if re.fullmatch(r"doc\d\d", n)):
        globals()[f]()
    print(len(ALL), "documents,", sum(len(json.loads((OUT / f"{s}.truth.json").read_text())["problems"]) for s in ALL),
          "problems,", sum(p["measure_count"] for s in ALL for p in json.loads((OUT / f"{s}.truth.json").read_text())["problems"]),
          "measures")
