"""Write the texts and truth files of tests/importer/real/blind58: a held-out set of real pages (session 25), labelled
on 2026-12-07 (12:15-12:55 UTC by the machine clock) by helper label73, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py --check when found and again before the commit; a distinctive phrase of each page ('陈芝凤',
'2018年度績效審計工作報告', '东湖区审计局', '渝北', '55.66%', '4858件', '506個', '市政协党组2023', '梅茂发',
'巡察整改机制体系') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy ('4858' and '55.66' hit
unrelated files; '阜宁' and '郾城' hit other articles of the same sites: blind22 funing (fnlzw 720.html, another
article) and snippets23 yancheng (another article)).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R197, C1-C42, 3.1) and make_truths.py (head/ins);
structure after make_truths_blind55.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): a spam line of porn keywords above a portal's menu, glyph glosses
('現(xiàn)'), a site's login wall, a repost's '原文链接' and disclaimer, all kept.

Brief (blind58): (a) audit rectification (审计查出问题整改情况的报告 to a 人大, 审计整改情况公告, 审计结果公告 with problems and
what was rectified) and (b) organisation-level reports with no problem list (a 区委/县委's round summaries of 巡察 over
many bodies with figures only, 党组书记组织落实整改工作情况 / 主体责任落实情况 reports) whose truth has zero problems and
the figures as headline; at least 4 of each; no single body's 巡视/巡察 bulletin, 督察 report or one-task 公示.

Exhaustion: 44 queries (8 results each), among them: 审计查出问题整改情况的报告 人大常委会 已整改; 区委巡察 反馈问题 已整改 建立制度
轮巡察 整改率; 审计整改情况公告 审计发现问题 已整改到位; 党组书记组织落实巡察整改工作情况的报告; 县级预算执行审计查出问题整改情况 …
县人大常委会会议上; 县委巡察工作领导小组 十四届县委 第三轮巡察 反馈问题 整改完成 完善制度; 审计结果公告 主要问题 整改情况 审计局 公告;
履行全面从严治党主体责任情况报告 巡察反馈问题 整改; 市委巡察 反馈问题整改完成率 建立完善制度 追责问责 清退资金; 审计发现问题整改情况的公告
…; 区人大常委会 听取 区政府 审计查出问题整改情况报告 …; 巡察整改综合情况 被巡察党组织 反馈问题 条 整改到位 条 建章立制; 经济责任审计
整改情况公告 镇人民政府 …; 巡察工作开展以来 共巡察 个党组织 发现问题 …; 审计查出问题整改结果 公告 学校 医院 …; 巡视整改 党组书记 第一
责任人 …; 审计整改 公告 被审计单位 … 正在整改 个 整改资金; 巡察整改主体责任落实情况 党委书记 …; 县审计局 审计整改 专项审计调查 …;
十届县委 巡察 全覆盖 累计 …; 落实全面从严治党主体责任情况的报告 党组 2023年; 巡察整改情况综合报告 本轮巡察 …; 审计整改销号 …; 村级
财务审计 整改情况 公示 …; 前五轮巡察 反馈问题 …; 人大常委会 审计整改 满意度测评 …; 巡察整改成效评估 全县 …; 審計查出問題整改情況 報告
(traditional); 审计结果公告 审计发现的主要问题 (一) …; 审计整改结果公告 公司 …; 累计开展巡察 轮 共发现问题 件 …; 巡察工作综述 五年来 …;
巡察反馈问题 销号 …; 专项审计调查发现问题整改情况 函 …. The pages corpus answers these wordings with the same few dozen
pages again and again; 58 distinct candidate urls were checked with known_urls.py: 43 KNOWN, 15 NEW. KNOWN, among them the
genre's centre: cixird 慈溪, ruijin, jw.km (the brief's 697/688/589 page), sysjjjc 辽中 1157/1148, pdsjjw 鼓楼, peopleweekly
邯山, gdcy 潮阳, yohu9 岚山, ntfabu 通州, xdscy 深圳, sjj.ningbo, zs.gov.cn 广东, silkroad 甘肃, qz.gov.cn 衢州, dqzjw 维西, linl
临澧, m.yzctcx 湖北, szlh 罗湖, zgsuixian, m.aqjjjc, public.huiji (党组书记组织落实整改工作情况), snjjw 山南, ingsd, lnst, sjt.gxzf,
qdpoker 海區審計局, bbs.yuanjiangzx, lcjjjc, qdubb 德钦 and 峨山, gyjjjcw, cxs 鹿城镇, szb.21xc, xazht 东海, hgjwjw 向阳区, yunan
云安, jiaoling, xdlzw, 15m8 镇安 408/393, zhb.hebei, dq.baitongwang, dangjian.people 内蒙古. Declined as copies of labelled
articles under other urls (R4): audit.sz.gov.cn 福田 2019 (snippets9 futian), rdgb.gsrdw 甘肃 2020 (snippets11 gansu_2020),
finance.dzwww 山东 2017 (snippets11 shandong_2017). Declined, new by key: qzlj 洛江 (one round's feedback news over several
bodies: feedback, other labellers' genre), news.buu, hadlsm 秦安, cznd 魏村, news.qq388 (audit or 巡视 meeting news with no
figure and no problem), scfzw 资中 (an audit's exchange-of-views meeting). No NEW page of the genre's centre (an audit
rectification report or 审计结果公告 printing its problems) was found: every such page the corpus returned was KNOWN.

Pages, kinds and problems (every truth has problems []; counted twice: by reading, and in main() by a recount of
'(一)关于…问题' / '问题N' headings in each text, which finds none):
(a) audit, 5 pages, all near misses of (a) (no problem printed in the copy):
- longyuanbj (null, cut; traditional with glyph glosses and a spam line): a portal's copy of 深圳市2018年度績效審計工作報告,
  cut in its '一、基本情況' scope list. Title as printed (R31: audit work report → kind null, as snippets9 futian).
- jingmen (null, cut): 荆门 2015 市级预算执行 审计工作报告 read at the 人大常委会 on 2016-08-26, cut in the overview figures.
- dhq_nc (null, cut): 东湖区审计局's 审计报告 on the 2022 区本级预算执行 (period 2023-05-08..08-30), cut in '一、…预算执行情况'.
- cqrd (null, whole): a 人大 site's news that the 区人大常委会 heard the 2016 审计整改落实情况的报告 and rated three bodies.
- sjfz (null, whole): a repost of 山西省审计厅's news on its check of unrectified audit problems: rates only.
(b) organisation level, 5 pages:
- lhrb (null, cut): 郾城区's 巡察 work since 2016: '累计开展巡察14轮,共发现问题4858件,已完成整改4761件' → 4858/4761.
- qdubb (null, cut; traditional): 新平县's 巡察 work: '前五輪常規巡察30個單位,發現問題506個' → 506/null.
- laobiganzi (null, whole to the site's login wall): 市政协党组's 2023 Q1 主体责任 report, counts masked ('x次').
- nctvcloud (null, cut): news of a 区委书记专题会议 hearing the 第七轮巡察整改综合情况报告: no figure.
- fnlzw (null, cut): 阜宁县's 巡察整改 mechanisms: counts of bodies and meetings only, no figure.
Total 0 problems, 0 measures. Near misses: all five (a) pages (half the set, over the third LABEL_COMMON allows: said in
the report; the (b) pages are the brief's zero-problem genre).

NEW calls: (1) dhq_nc: kind null for an audit office's own 审计报告 (findings, no rectification reported, no 公告 in the
title): C38 side B (R29, R112), the 审计结果公告 precedents of side A being titled 公告. (2) laobiganzi: title null (R34:
a 主体责任 duty report names no rectification or inspection document) but issuer '市政协党组' from that title line and the
lead '现将市政协党组…报告如下' (R37; no signature in the copy). (3) longyuanbj: a meeting dateline with a month and no day
('——2018年12月在…會議上') gives no report date; the page's '信息提供日期:2018-12-25' is read (R40; R42 needs a day).
(4) lhrb: '发现问题4858件,已完成整改4761件' read as problems total/done: '件' counts 问题 here (R66 reads 处/项次), not
petitions or cases (R17, R68). (5) sjfz: inspector '省审计厅', the office whose check of others' rectification the page
tells (R116, as blind37 307vx), no dates (R53); rates '55.66%' no figure (R68).
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_truths import check_doc, head, ins, write_labelled_set  # noqa: E402

HERE = Path(__file__).resolve().parent.parent / "blind58"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "longyuanbj_shenzhen_2018_performance_audit_work_report_spam_trad_cut": r'''"--\n\n亚洲综合国产一区在线,日韩精品一区二区三区不卡,尤物国产91色综合久久,人人爱天天做夜夜爽毛片\n\n督查審計公開\n\n您現(xiàn)在的位置 首頁 > 五公開專欄 > 執(zhí)行公開 > 督查審計公開\n\n深圳市2018年度績效審計工作報告\n\n信息來源:市審計局 信息提供日期:2018-12-25 15:15 【字體: 視力保護色:\n\n——2018年12月在深圳市第六屆人民代表大會\n\n常務委員會第二十九次會議上\n\n市人大常委會:\n\n  我受市政府委托,現(xiàn)向市人大常委會報告深圳市2018年度績效審計工作情況,請審議。\n\n  一、基本情況 \n\n  按照《深圳經(jīng)濟特區(qū)審計監(jiān)督條例》規(guī)定,市審計局堅持以習近平新時代中國特色社會主義思想為指導,全面貫徹黨的十九大和十九屆二中、三中全會精神,深入貫徹習近平總書記重要講話精神,2018年以“深化供給側(cè)結(jié)構(gòu)性改革、服務民生發(fā)展”為專題,組織開展績效審計,發(fā)揮審計工作促進經(jīng)濟高質(zhì)量發(fā)展、促進全面深化改革、促進權(quán)力規(guī)范運行、促進反腐倡廉的重要作用。本年度專題績效審計緊緊圍繞市委、市政府繼續(xù)開展“城市質(zhì)量提升年”的工作部署,認真貫徹落實習近平總書記視察廣東重要講話精神,加大對黨中央重大政策措施貫徹落實情況跟蹤審計力度,對經(jīng)濟社會運行中各類風險隱患揭示力度,對重點民生資金和項目審計力度,及時跟進審計經(jīng)濟社會各領(lǐng)域的新情況、新問題、新趨勢,主要包括以下四個方面:一是政策貫徹落實方面,對投資項目“放管服”改革推進情況、廣東自由貿(mào)易區(qū)前海蛇口片區(qū)(以下簡稱前海自貿(mào)區(qū))金融發(fā)展與創(chuàng)新情況、市本級政務信息系統(tǒng)建設(shè)運作情況"''',
    "jingmen_2015_budget_audit_work_report_cut": r'''"当前位置:首页\n>公开>重点领域信息公开>财政税收信息>审计结果公告\n索引号: 11420800011236342K/2016-01674 主题分类: 审计\n发布机构: 市审计局 发文日期: 2016-09-30 00:00:00\n发文字号: 效力状态: 有效\n\n关于2015年度市级预算执行和其他财政收支的审计工作报告\n\n发布日期:2016-09-30 00:00字体:[ ]\n\n  ——2016年8月26日在荆门市第八届人民代表大会\n\n  常务委员会第三十七次会议上\n\n  荆门市审计局局长 陈芝凤\n\n主任、各位副主任、秘书长,各位委员:\n\n  我受市人民政府委托,向市八届人大常委会第三十七次会议作关于2015年度市级预算执行和其他财政收支的审计工作报告,请予审议。\n\n  根据《中华人民共和国审计法》,市审计局主要对市财政局组织预算执行,漳河新区、屈家岭管理区和市教育局、市交通运输局等9个部门及所属30个二级单位预算执行情况进行了审计或审计调查。\n\n  审计结果表明,2015年市级预算执行和其他财政收支情况总体较好。市级一般公共预算总收入746010万元,其中,地方一般公共预算收入210349万元,转移性收入535661万元(上级补助收入164308万元,债券转贷收入226840万元,下级上解收入55533万元,上年结余74880万元,政府性基金调入14100万元);总支出741551万元,其中,地方一般公共预算支出422039万元,转移性支出309271万元(上解上级支出94615万元,补助下级支出90956万元,债券转贷支出71700万元,调出资金52000万元),安排预算稳定调节基金10241万元。收支相抵,当年结余4459万元。政府性基金预算总收入249461万元,其中,政府性基金收入165141万元,调入资金52000万元,政府债券转贷收入32320万元。政府性基金预算总支出247033万元,其中,政府性基金支出227543万元,调出资金14100万元,政府债券转贷支出5390万元。收支相抵,当年结余2428万元。国有资本"''',
    "dhq_nc_donghu_2022_budget_audit_report_cut": r'''"• 微信\n  • 微博\n  • 繁体字\n  • 索引号: j602402--2023-0165 主题分类: 综合政务\n    发布机构: 东湖区审计局 生成日期: 2023-11-08 15:29\n    文件编号: 有效性: 有效\n    公开范围: 面向全社会 公开方式: 主动公开\n    分享到:\n    关于2022年度区本级预算执行和其他财政收支的审计报告\n    • 浏览量:\n    • 【字体:     \n\n    根据《中华人民共和国审计法》第十九条的规定和中共东湖区委审计委员会2023年度审计项目计划安排,东湖区审计局派出审计组,自2023年5月8日至8月30日,对东湖区财政局(以下简称区财政局)具体组织的2022年度区本级预算执行、决算草案以及其他财政收支情况进行了审计,并对东湖区教体局、东湖区民政局、东湖区医保局2022年度部门预算执行及决算草案进行了延伸审计并单独出具了审计报告。区财政局及相关部门单位对其提供的财务会计资料以及其他相关资料的真实性和完整性负责。东湖区审计局的责任是依法独立实施审计并出具审计报告。\n\n    一、2022年度区本级预算执行情况\n\n    (一)一般公共预算收支执行情况\n\n    2022年,东湖区一般公共预算收入预算数为15.39亿元,实际完成15.39亿元,比上年决算数14.94亿元增长3.0%,加上上级补助收入13.36亿元、债券转贷收入2.05亿元、调入资金0.05亿元、动用预算稳定调节基金0.87亿元、上年结余0.67亿元,收入合计32.39亿元;2022年一般公共预算支出预算数为26.93亿元(含扬子洲镇),实际支出24.98亿元,比上年决算数25.10亿元下降0.5%,加上上解支出6.15亿元、债务还本支出0.03亿元,支出合计31.16亿元。结转下年1.23亿元。\n\n    (二)政府性基金预算收支执行情况\n\n    2022年,东湖区政府性基金预算收入预算数为0万元,实际完成8,863万元(全部为上级转移支付),比上年决算数8,494万元增长"''',
    "cqrd_yubei_renda_audit_rectification_review_news": r'''"渝北:推进审计问题整改\n\n \n\n渝北:推进审计问题整改\n\n    近日,渝北区召开第十八届人大常委会第六次会议,听取和审议《2016年度区级预算执行和其他财政收支审计整改落实情况的报告》,听取和审议区农委、区商务局、空港新城公司等3个被审计单位的审计整改落实情况报告,并进行测评,3个被审计单位的整改落实情况测评结果均为“满意”。\n    会议要求,进一步建立健全审计整改长效机制,提升管理水平。对尚未完成整改的问题,区审计局、区人大预工委要加强跟踪落实,加强督促指导,确保整改100%落实到位。 (熊菲)"''',
    "sjfz_shanxi_audit_unrectified_problems_supervision_rates_news": r'''"2023年11月至12月,省审计厅组织市县审计机关,对党的十九大以来,审计查出未整改问题开展专项督促检查,取得明显成效。\n督促检查中,市县审计机关紧扣工作职责,步调一致统筹推进共同发力,组成专项督查小组,召开专项整改工作会议。对未整改问题进行全面摸排梳理,科学分类、分解细化;采取督查小组下沉督导、精准发函督促、审计项目组跟踪检查等多种措施,对未完成整改问题进行督促推动。\n截至12月31日,全省对2018年以来审计查出未完全整改到位的问题,通过专项督促,整改率达到55.66%。朔州、长治、晋城3市整改率超过65%,32个县区整改率达80%以上。一些需长期持续整改的问题,整改措施更加具体可行,审计整改长效机制进一步确立,审计整改督促工作取得明显成效。\n(厅计划督查处)\n原文链接:http://sjt.shanxi.gov.cn/xwpd_279/sjxw/202401/t20240115_9483045.html\n[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,请在30日内与本网联系,我们将在第一时间处理。"''',
}
_RAW.update({
    "lhrb_yancheng_xuncha_14_rounds_4858_found_4761_done_cut": r'''"累计开展巡察14轮,共发现问题4858件,已完成整改4761件,整改率为98%;移交问题线索915件,办结653件,党纪政务处分72人,组织处理191人……2016年郾城区委换届以来,郾城区巡察工作在上级巡视巡察机构的坚强领导和正确指导下,坚持政治巡察定位,严格按照全市市县巡察机构一体化建设试点要求,以“制度建设年、规范提升年、高质量建设年”活动为引领,奏好规范提升、监督合奏、队伍建设、整改落实“四部曲”,实现与市委巡察工作同向发力、同题共答。\n对标看齐 探索创新\n奏好“规范提升曲”\n坚持向党中央看齐,主动与上级部门对标对表。2018年,郾城区修订完善《四届郾城区委巡察工作规划》,全力推进巡察全覆盖。组织开展6轮以脱贫攻坚、乡村振兴为主要内容的村级常规巡察,并于2020年8月在全市率先完成村级巡察全覆盖任务。\n结合全区重点工作,创新开展“点穴式”专项巡察。2019年5月,针对孟庙、李集、商桥、裴城4个镇美丽乡村建设项目启动慢、建设慢、竣工慢问题,深入查找担当尽责、作风建设、监督管理等方面存在的突出问题,通过20天的巡察,有效解决了道路建设、环境美化、污水治理等方面存在的“老大难”问题,保证了美丽乡村建设项目快速推进、顺利收尾。\n为提升群众对巡察工作的知晓率和参与度,该区创新设计巡察联系“明白卡”,进村入户走访时向群众发放。2019年以来,共向184个村(社区)群众发放巡察“明白卡”1.8万余张,收到群众信访举报340余件,解决群众反映强烈的问题170余件,督促搬迁、关停“黑作坊”和污染企业16家,切实提升了人民群众的幸福感和获得感。\n聚焦关键 联动贯通\n奏好“监督合奏曲”\n坚持以上促下、联动贯通,做到巡察与纪检、组织、督查、审计等部门资源共享、成果共用"''',
    "qdubb_xinping_xuncha_five_rounds_506_problems_trad_cut": r'''"自巡察工作啟動以來,新平縣不斷提高政治站位,堅持在“深、準、嚴、實”上下功夫,不斷彰顯巡察“利劍”鋒芒,著力發現和推動解決了一批基層群眾反映強烈的突出問題,切實增強基層群眾的獲得感和幸福感。\n政治巡察入“深”。堅守政治巡察職能定位不偏移,自覺承擔“兩個維護”的重大政治責任,在黨的全面領導上聚神,在加強黨的建設上聚力,在推進全面從嚴治黨上聚焦,堅持黨的領導、全面從嚴治黨,圍繞黨的政治建設、思想建設、組織建設、作風建設、紀律建設和奪取反腐敗斗爭壓倒性勝利開展監督檢查,著力發現違反政治紀律和政治規矩、領導干部腐敗、群眾身邊不正之風、違反中央八項規定精神、干部不擔當不作為、違規選人用人等突出問題,切實解決發生在群眾身邊的腐敗和作風問題。截止目前,完成常規巡察6輪和專項巡察3項,查閱相關資料1300余份,發放調查問卷880份,個別談話623人次。\n發現問題精“準”。強化問題意識、堅持問題導向,牢固樹立有重大問題應當發現而沒有發現是失職、發現問題沒有如實報告是瀆職的觀念,精準發現問題,如實客觀報告問題,實事求是研判分析問題性質。前五輪常規巡察30個單位,發現問題506個,問題線索82條,提出巡察建議404條。\n線索處置從“嚴”。認真抓好問題分類處置,做好發現問題的反饋移交、跟蹤督辦和追責問責。前五輪巡察,通過移交問題線索的處置辦理,縣紀委、監委、縣委組織部等有關部門共對相關責任人給予黨紀立案查處13人,其中:給予開除黨籍9人、開除公職2人,涉嫌犯罪移送司法機關9人;收繳違規違紀資金121.42萬元、行政處罰3.88萬元。給予追責處理5個單位27人。\n問題整改求“實”。做好巡察整改“后半篇文章”,集中發力抓實巡察整改,確保巡察"''',
    "laobiganzi_cppcc_party_group_q1_main_responsibility_report_paywall": r'''"市政协党组2023年第一季度履行全面从严治党主体责任情况报告和下一步打算\n按要求,现将市政协党组2023年第一季度履行全面从严治党主体责任情况报告如下。\n一、主要做法\n(一)深化理论学习,把准正确方向。\n一是坚持把全面学习、把握、落实党的二十大精神作为首要政治任务,列入2023年度常委会工作要点和党组理论学习中心组学习计划。召开市政协机关党的二十大精神专题宣讲会,市政协主席、党组书记为各界别活动组召集人、机关干部宣传宣讲二十大对政协工作的新部署新要求,其他党组成员到所在党支部宣传宣讲党的二十大精神,推动党的二十大精神在政协组织更好落实落地。二是跟进学习总书记重要讲话精神,第一时间召开党组(扩大)会议、党组理论学习中心组会议,学习传达党的二十届二中全会精神、全国两会精神、习近平总书记在学习贯彻党的二十大精神研讨班开班式上发表的重要讲话精神,一季度共召开市政协党组理论学习中心组学习会议x次,集体交流研讨x次。三是全面学习贯彻总书记关于加强和改进人民政协工作的重要思想,召开常委会议集体学习全国两会精神、政协章程修正案,动员广大委员聚焦全面振兴新突破三年行动,强化使命担当,充分发挥专门协商机构作用,坚决扛牢服务全面振兴新突破政治责任。开展加强和改进新时代市县政协工作、推进政协协商与基层协商有机衔接专题调研,切实把新时代对人民政协的新部署新要求落实到政协工作的各方面全过程。\n(二)坚持党的领导,压实主体责任。\n(阅读全部图文内容,您需要先登录!)"''',
    "nctvcloud_district_secretary_meeting_xuncha_rectification_report_news_cut": r'''"梅茂发主持召开区委书记专题会议听取十二届区委第七轮巡察整改情况报告、第八轮巡察情况汇报\n8月21日,区委书记、区委巡察工作领导小组组长梅茂发主持召开区委书记专题会议,听取并审议十二届区委第八轮各组巡察工作情况报告、第七轮巡察整改综合情况报告、第八轮巡察综合情况报告。区委副书记、区长黄小燕,区委副书记陈奕蒙,区委常委、区纪委书记、监委主任、区委巡察工作领导小组常务副组长胡建平,区委常委、组织部长、区委巡察工作领导小组副组长王新出席会议。区委巡察工作领导小组其他成员列席会议。\n十二届区委第八轮巡察主要围绕桃花镇下辖的21个村(社区)党组织展开。会议指出,区委巡察工作领导小组善于统筹兼顾,巡察队伍作风过硬、能打硬仗,发现了一批被巡察单位党组织和党员干部队伍中存在的突出问题,推动了区委巡察工作向村(社区)党组织延伸,着力发挥了巡察的利剑作用,形成了有效警醒和有力震慑,圆满完成了区委交办的巡察工作任务。\n会议强调,要从严从实推动整改。区委巡察工作领导小组要在区委书记专题会后一周内,原汁原味、实事求是地向桃花镇党委反馈本轮巡察结果。桃花镇及各村(社区)党组织特别是党组织“一把手”,要切实履行主体责任,对于巡察反馈的问题,必须做到立行立改、细化措施、明确责任、严格要求,切实做好巡察整改的“后半篇文章”。要重视巡察结果运用。要把村(社区)巡察放到全区大局中统筹谋划,与区委区政府重大决策部署同向发力、同频共振,聚焦贯彻落实党的路线方针政策和党中央、省市委决策部署情况,聚焦群众身边腐败问题和不正之风,聚焦基层党组织软弱涣散、组织力欠缺问题,将村(社区)巡察同村(社区)“两委”换届、清廉村("''',
    "fnlzw_funing_xuncha_rectification_mechanisms_cut": r'''"近年来,阜宁县把推动巡察整改作为巡察工作的关键环节,标本兼治、同向发力,探索构建责任明确、有序衔接、系统联动的巡察整改机制体系,推动巡察整改见真章、动真格、求实效。\n完善组织领导机制,压实主体责任。为解决对巡察整改重视程度不高的问题,县委坚持以上率下,探索建立县委书记专题会议联动听取巡察整改情况工作机制,建立全县各级党组织将巡察整改作为落实管党治党主体责任的具体抓手的工作格局。县委书记作为召集人,先后4次组织巡察领导小组全体成员、县分管领导、巡察组组长、纪委监委派驻(派出)机构负责人,分层级联动听取市委提级巡察、交叉巡察、联动巡察、县委常规巡察、专项巡察、对村巡察等12个被巡察党组织代表的整改情况,对重点难点问题会办研究,为下一步整改明确思路、找准方向。今年,2个党组织因整改成效不明显,被当场要求进行“回炉”“补课”。县分管领导牵头督促,2个党组织主动领责,重新召开专题党委会议、研究制定整改方案,完善整改措施、夯实整改成效。同时,县委印发《关于深入推进全面从严治党的实施意见》,进一步明确党组织主要负责人巡察整改“第一责任人”职责,要求全县各级党组织主要负责人对标县委要求,定期听取本单位和下级党组织(包括机构改革前的)整改情况汇报,确保亲力亲为抓整改、“新官理旧账”、“整改不断档”。\n完善日常监督机制,形成常态长效。为解决巡察整改责任落实不力,灵活运用巡察“回头看”和巡察整改专项督查这两种方式,层层传导压力,推动巡察反馈问题解决,让巡察整改不到位的见底亮相。常态化、多轮次对21个单位开展巡察“回头看”,对108个单位(含70个村居)开展巡察整改专项督查,共占已巡察单位总数43%,通过"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

URLS = {
    "longyuanbj_shenzhen_2018_performance_audit_work_report_spam_trad_cut":
        "http://m.longyuanbj.com/szzt2010/wgkzl/zxgk/dcsjgk/content/post_1324870.html",
    "jingmen_2015_budget_audit_work_report_cut": "http://jingmen.gov.cn/art/2016/9/30/art_537_219435.html",
    "dhq_nc_donghu_2022_budget_audit_report_cut":
        "http://dhq.nc.gov.cn/dhqrmzf/sjgk/202311/cd806c81572c42f1bbda5261d9606c83.shtml",
    "cqrd_yubei_renda_audit_rectification_review_news":
        "https://www.cqrd.gov.cn/site/article/1213964250266832896/web/content_1213964250266832896.html",
    "sjfz_shanxi_audit_unrectified_problems_supervision_rates_news": "http://sjfz.org.cn/show-23017.html",
    "lhrb_yancheng_xuncha_14_rounds_4858_found_4761_done_cut": "http://cs.lhrb.com.cn/news/yw/2021-06-11/27985.html",
    "qdubb_xinping_xuncha_five_rounds_506_problems_trad_cut":
        "http://qdubb.cn/html/2018/xunshixuncha_0528/48064.html",
    "laobiganzi_cppcc_party_group_q1_main_responsibility_report_paywall": "https://laobiganzi.top/249929.html",
    "nctvcloud_district_secretary_meeting_xuncha_rectification_report_news_cut":
        "https://share.nctvcloud.com/folder225/folder237/2020-08-21/05j965tLpwS0ACMl.html",
    "fnlzw_funing_xuncha_rectification_mechanisms_cut": "http://fnlzw.gov.cn/contents/14/4725.html",
}

AUDIT = ("longyuanbj", "jingmen", "dhq_nc", "cqrd", "sjfz")

# ---- truths ---------------------------------------------------------------------------------------------------------

_CHECK_NOTE = "Held-out (blind58): labelled without reading or running the parser; not scored by the labeller."

DOCS = {
    "longyuanbj_shenzhen_2018_performance_audit_work_report_spam_trad_cut": dict(
        excerpt=True,
        genre="(a) near miss: a portal's copy (traditional, glyph glosses, a spam keyword line above the menu) of a "
              "city's 绩效审计工作报告 to the 人大常委会: title, '信息提供日期', a month-only dateline, the lead and the "
              "scope list of '一、基本情況'; cut before any finding",
        kind=None, title="深圳市2018年度績效審計工作報告", issuer=None, report_date="2018-12-25",
        inspection=ins("市審計局"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Spam line ('亚洲综合国产一区在线,…') and glyph glosses ('現(xiàn)') kept (R2); title as printed in the "
                   "page's script (R91 doc fields).",
                   "Kind null: an audit WORK report (R31, as snippets9 futian_audit_work_report_2019); no rectification.",
                   "NEW: the dateline '——2018年12月在深圳市第六屆人民代表大會常務委員會第二十九次會議上' has no day, so it "
                   "gives no report date (R42 reads a day); the page's '信息提供日期:2018-12-25 15:15' is read (R40).",
                   "Issuer null: '信息來源:市審計局' is metadata (R38) and no signature is present; inspector '市審計局' "
                   "from the body ('市審計局堅持…組織開展績效審計', R46); inspected null (many bodies).",
                   "Problems []: '主要包括以下四個方面:一是政策貫徹落實方面,對…' lists what was audited, not findings "
                   "(R7, R109); cut in that list before any finding (R21). No figure."]),
    "jingmen_2015_budget_audit_work_report_cut": dict(
        excerpt=True,
        genre="(a) near miss: a city portal's 审计结果公告 column page holding the 审计工作报告 on the 2015 市级预算执行, read "
              "at the 人大常委会: metadata table, title, dateline, speaker's byline, the lead and the budget figures; cut "
              "in the overview",
        kind=None, title="关于2015年度市级预算执行和其他财政收支的审计工作报告", issuer=None, report_date="2016-08-26",
        inspection=ins("市审计局"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Kind null: an audit WORK report (R31), though filed under the portal's '审计结果公告' column.",
                   "Report date the meeting dateline '——2016年8月26日在荆门市第八届人民代表大会常务委员会第三十七次会议上' "
                   "over the metadata's 2016-09-30 (R42).",
                   "Issuer null: the speaker's byline '荆门市审计局局长 陈芝凤' (as blind53 gz) and the metadata "
                   "'发布机构: 市审计局' (R38); inspector '市审计局' from the body ('市审计局主要对市财政局…进行了审计', R46); "
                   "inspected null (the 财政局 and 9 部门 with 30 units).",
                   "Problems []: cut in the overview of budget figures before any finding (R21); the amounts are money, "
                   "'9个部门' and '30个二级单位' bodies: no figure (R68)."]),
    "dhq_nc_donghu_2022_budget_audit_report_cut": dict(
        excerpt=True,
        genre="(a) near miss: a district audit office's own 审计报告 on the 2022 区本级预算执行 (not the work report to the "
              "人大): metadata list, title, the audit's period and the audited bureau, then '一、…预算执行情况' figures; "
              "cut before any finding",
        kind=None, title="关于2022年度区本级预算执行和其他财政收支的审计报告", issuer=None, report_date="2023-11-08",
        inspection=ins("东湖区审计局", "东湖区财政局(以下简称区财政局)", "2023-05-08", "2023-08-30"), headline=head(),
        problems=[],
        anomalies=[_CHECK_NOTE,
                   "NEW: kind null: the audit office's own 审计报告 reports findings, no rectification (R27 needs one; "
                   "R29, R112); C38 side B. C38's side A reads titled 审计结果公告 as bulletins; this title names a 审计报告, "
                   "no 公告, and the copy is cut before any finding.",
                   "Inspector '东湖区审计局' ('东湖区审计局派出审计组', R46); inspected as the sentence names it with its "
                   "'(以下简称区财政局)' kept (R47); period '自2023年5月8日至8月30日' (R50).",
                   "Report date the metadata's '生成日期: 2023-11-08' (R40, as a 成文日期 in a metadata table); issuer null "
                   "('发布机构' metadata, R38; no signature in the copy).",
                   "Problems []: cut in '(二)政府性基金预算收支执行情况' before the findings (R21); budget amounts no "
                   "figure (R68)."]),
    "cqrd_yubei_renda_audit_rectification_review_news": dict(
        excerpt=False,
        genre="(a) near miss: a 人大 site's short news that a 区人大常委会 heard the 审计整改落实情况的报告 and three audited "
              "bodies' reports, all rated 满意; byline",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "News of a 人大 meeting: kind null, the headline '渝北:推进审计问题整改' (printed twice) no title (R30, R34); "
                   "the report it names is not the page.",
                   "Problems []: no finding is stated; '对尚未完成整改的问题' names none (R19). Headline null: "
                   "'3个被审计单位' bodies, '100%' a target rate (R68).",
                   "'近日' and no date line: report date null (R44); no inspection named (the 人大 reviews, R57)."]),
    "sjfz_shanxi_audit_unrectified_problems_supervision_rates_news": dict(
        excerpt=False,
        genre="(a) near miss: a repost of a provincial 审计厅's news on its check of unrectified audit problems since "
              "2018: rates only; '原文链接' and a disclaimer close the page",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins("省审计厅"), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Repost chrome kept (R2): '(厅计划督查处)', the '原文链接:…' line and the '[免责声明]'.",
                   "Headline null: '整改率达到55.66%', '超过65%', '80%以上' are rates, '3市', '32个县区' bodies (R68); "
                   "no count of problems is printed.",
                   "NEW: inspector '省审计厅', the office whose check of others' audit rectification the page tells (R116, "
                   "as blind37 307vx); '2023年11月至12月' is month-only and a check of rectification (R53): no dates; "
                   "'截至12月31日' a tally day; the url's date in '原文链接' not read (R44).",
                   "Problems []: none stated (R19). News: kind null, title null (R30, R34)."]),
    "lhrb_yancheng_xuncha_14_rounds_4858_found_4761_done_cut": dict(
        excerpt=True,
        genre="(b) round summary: a city paper's article on a district's 巡察 work since the 2016 换届: the tally over 14 "
              "rounds ('共发现问题4858件,已完成整改4761件'), then the '四部曲' practice sections; cut mid-sentence",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(4858, 4761), problems=[],
        anomalies=[_CHECK_NOTE,
                   "NEW: headline '累计开展巡察14轮,共发现问题4858件,已完成整改4761件' → 4858/4761 (R62, R71): '件' here "
                   "counts 问题 (R66 reads 处/项次 alike), not petitions or cases; '98%' a rate, '移交问题线索915件', "
                   "'党纪政务处分72人', '184个村(社区)', '340余件' 信访 and '170余件' (approximate) are no figures (R17, R68).",
                   "Problems []: the 专项巡察's '孟庙、李集、商桥、裴城4个镇美丽乡村建设项目启动慢、建设慢、竣工慢问题' names "
                   "four bodies' faults in one sentence (R19, R122); the rest is practice (R111).",
                   "No title, issuer or date line in the copy (R33, R44: the url's date is not read); no team named and "
                   "many bodies: inspector and inspected null (as blind37 jssjw).",
                   "Cut mid-sentence ('…资源共享、成果共用'): excerpt true."]),
    "qdubb_xinping_xuncha_five_rounds_506_problems_trad_cut": dict(
        excerpt=True,
        genre="(b) round summary (traditional): a county's 巡察 work under '深、準、嚴、實' headings with counts: "
              "'前五輪常規巡察30個單位,發現問題506個'; cut in the rectification section",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(506), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Headline problems_total 506 ('前五輪常規巡察30個單位,發現問題506個', R62), the page's only problem "
                   "count (R65); no done count in the copy (cut before it, R26). '問題線索82條', '巡察建議404條', people, "
                   "money, '30個單位', '1300余份', '880份', '623人次' are no figures (R68).",
                   "Problems []: the '突出問題' named in one sentence ('違反政治紀律和政治規矩、領導干部腐敗、…') are kinds "
                   "(R19, R23).",
                   "No title, issuer or date in the copy (R33, R44); inspector and inspected null (many bodies, no team).",
                   "Cut at '確保巡察': excerpt true."]),
    "laobiganzi_cppcc_party_group_q1_main_responsibility_report_paywall": dict(
        excerpt=False,
        genre="(b) 主体责任 report: a 范文 site's copy of a city 政协党组's quarterly report on performing its 全面从严治党主体"
              "责任: title line, lead, '一、主要做法 (一)…一是…三是', '(二)…' heading, then the site's login wall",
        kind=None, title=None, issuer="市政协党组", report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Excerpt false: the page itself stops at its login wall '(阅读全部图文内容,您需要先登录!)'; the store "
                   "reached the page's end (R5, as blind55 partyworker).",
                   "NEW: title null: a 主体责任 duty report names no rectification or inspection document (R34); issuer "
                   "'市政协党组' from that title line and the lead '现将市政协党组…情况报告如下' (R37; no signature in the copy).",
                   "Kind null: a duty report, no rectification reported and no plan (R27, R30, as R31's work reports).",
                   "Problems []: '一是…三是' under '主要做法' are what the group did (R111), no shortcomings; the masked "
                   "counts 'x次' are no figures (R68).",
                   "No date in the copy: '2023年第一季度' is a period of the report, not a date (R44); no inspection."]),
    "nctvcloud_district_secretary_meeting_xuncha_rectification_report_news_cut": dict(
        excerpt=True,
        genre="(b) round summary news without figures: a district TV site's report of a 区委书记专题会议 hearing the 七轮 "
              "巡察整改综合情况报告 and the 八轮's reports (21 村 of one town); cut mid-word",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "News of a meeting: kind null, the headline no title (R30, R34); the reports it names are not the page.",
                   "Problems []: '发现了一批…突出问题' names none (R19); headline null: '21个村(社区)' bodies (R68).",
                   "'8月21日' without a year in the text (only the url has 2020): report date null (R60); the meeting hears "
                   "the 巡察 rounds, no inspection of its own: inspection null.",
                   "Cut at '清廉村(': excerpt true."]),
    "fnlzw_funing_xuncha_rectification_mechanisms_cut": dict(
        excerpt=True,
        genre="(b) practice article without figures: a county 纪委 site's piece on its 巡察整改 mechanisms (书记专题会 "
              "hearings, 回头看, 专项督查) with counts of bodies and meetings; cut mid-sentence",
        kind=None, title=None, issuer=None, report_date=None, inspection=ins(), headline=head(), problems=[],
        anomalies=[_CHECK_NOTE,
                   "Headline null: '4次' meetings, '12个被巡察党组织', '2个党组织', '21个单位', '108个单位(含70个村居)' "
                   "bodies and '43%' a share (R68); no count of problems.",
                   "Problems []: '对巡察整改重视程度不高的问题', '巡察整改责任落实不力' are the mechanisms' reasons, no one "
                   "body's finding (R19, R111).",
                   "No title, date or issuer in the copy (R33, R44); inspection null (many bodies).",
                   "Another article of the same site is blind22 funing (fnlzw 720.html): not a copy (R4).",
                   "Cut at '通过': excerpt true."]),
}

EXPECTED = {k: 0 for k in DOCS}
TRAD = {"longyuanbj_shenzhen_2018_performance_audit_work_report_spam_trad_cut",
        "qdubb_xinping_xuncha_five_rounds_506_problems_trad_cut"}


def recount(stem: str, text: str) -> int:
    """The problems counted again: problem headings '(一)关于…问题' / '关于…问题的整改' / '问题N:' / '1.关于' in the text
    (none in this set's copies)."""
    return len(re.findall(r"(?m)^\s*(?:[(（][一二三四五六七八九十]+[)）]|\d+[.、])\s*关于.{2,60}?问题|问题[一二三四五六七八九十\d]+[:：]",
                          text))


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks: the document fields against the text (titles with line breaks removed, dates as printed:
    ISO or Y年M月D日, inspection days as M月D日), headline figures printed in a phrase that names 问题 or 整改, no problem, the
    excerpt flag against the copy's length (a cut copy is near the store's ~2,000-byte limit)."""
    assert d["problems"] == [], stem
    check_doc(stem, d, text)
    for k, v in d["headline"].items():
        if v is not None:
            assert re.search(rf"问题{v}[个件]|問題{v}個|整改{v}件", text), (stem, k, v)
    n = len(text.encode("utf-8"))
    assert (n >= 1700) if d["excerpt"] else True, (stem, n)
    assert (stem.startswith(AUDIT)) == d["genre"].startswith("(a)"), stem


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    audit = [k for k in DOCS if k.startswith(AUDIT)]
    assert len(audit) >= 4 and len(DOCS) - len(audit) >= 4, audit
    sites = [re.sub(r"^https?://(www\.|m\.|cs\.|share\.)?", "", u).split("/")[0] for u in URLS.values()]
    assert max(sites.count(s) for s in sites) <= 2, sites
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=0, urls=URLS,
                       trad=lambda s: s in TRAD)


if __name__ == "__main__":
    main()
