"""Write the texts and truth files of tests/importer/real/blind50: a held-out set of real pages (session 23), labelled
on 2026-12-07 (06:17-06:25 UTC by the machine clock) by helper label65, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude /work/wt/label65) when found and again before the commit; a distinctive phrase of each
page ('新桂城', '益民小区', '西坡村村东侧', '兴宁水口镇', '君正化工', '新河县农业农村局', '凤台县政府主导推动', '铺前煤矿二井',
'新庄河集市场', '大结屿', '牛仔洗水', '柴达木盆地盐湖') was grepped in /work/main/tests/importer and /work/shared/corpus: no
copy (R4).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R158, C1-C32) and make_truths.py (head/ins/problem);
structure after make_truths_blind47.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): forum noise ('/ Z) l9 K$'), spam headers and words ('WM完美体育365'),
'<h3>' tags, masked dates ('*月**日'), glosses '環(huán)保', mojibake '各?。▍^)' and runs of spaces kept (runs of spaces
copied as ASCII spaces as the tool printed them). Seven copies end at 1,990-2,000 bytes (the store's cut).

Brief (blind50): real published ENVIRONMENTAL inspection rectification documents (生态环境保护督察 / 环保督察, central and
provincial rounds, 回头看): 督察反馈意见整改情况 公示/公开, 整改任务 验收销号 公示, 边督边改 情况, petition cases (信访件 /
群众信访举报件 / 交办件) published with 问题 / 调查核实情况 / 处理和整改情况 / 是否属实 / 办结; also 河长制 / 自然资源督察 /
土地督察 rectification notices, 2016-2025; pages that print the problems or cases preferred.

Queries (36, 8 results each; many answers are tag stubs of abg.baidu.com / zhetiaohe.com / fengdujob.net and the same
province tallies again and again): 中央生态环境保护督察 交办 信访件 办理情况 调查核实情况 处理和整改情况; 督察反馈问题整改
验收销号 公示; 边督边改 群众信访举报件 是否属实 办结; 信访件 反映问题 调查核实情况 反映问题属实 交办编号; 环保督察反馈问题
整改情况公示 整改任务 整改措施 完成情况 责任单位; 省级生态环境保护督察反馈意见 整改完成情况 公开 第 项; 中央环保督察反馈问题
整改销号公示 整改目标 特此公示; 群众反映 噪音扰民 经调查 反映情况属实 督察组转办 第 批; 河长制 暗访 发现问题 整改情况 通报;
群众信访举报转办和边督边改公开情况一览表 受理编号; 省生态环境保护督察组交办 信访件 查处情况 立案处罚 已办结; 回头看 反馈
问题 整改情况 公示 序号; 环保督察 举报内容 核查情况 养殖场 粉尘 转办件 办理结果公示; 自然资源督察 土地督察 违法用地 整改
公示; 中央生态环境保护督察整改 典型问题 已拆除; 关于中央生态环境保护督察反馈问题第 项整改完成情况的公示; 省环保督察反馈
意见 我县 已完成整改 一、二、三、; 河长制 督查 通报 问题清单 整改时限; 第二轮中央…反馈问题 整改落实情况 县 公开 问题1;
生态环境问题 整改销号 公示 镇人民政府 整改前 整改后; 環保督察 反饋問題 整改情況 公示 (traditional); 督察组现场检查发现
典型案例 敷衍应对; 信访件 整改销号 公示 整改问题 整改目标; 省级环保督察 交办问题 验收 销号 养殖场 砂石厂; 暗访督查 环保督察
反馈问题整改 仍存在; 河长办 交办单 回头看 通报 第 期; 土地例行督察 反馈问题 违法用地 复耕; 环境保护督察反馈问题 问题编号
达到销号条件; 督察组 下沉督察 企业 违法排污; 交办件 办理结果 公示 举报人反映 经查 属实; 关于省生态环境保护督察交办信访件
整改完成情况的公示; 国家自然资源督察 例行督察 违法占用耕地; 关于环境保护督察反馈问题整改落实情况的报告 问题一; 整改完成
情况公示 …第 项 整改目标 县; 环保督察交办问题整改 回头看 检查发现 整改不到位 点位; 省生态环境保护督察组 典型案例 基本情况
主要问题.

Exhaustion: 53 distinct candidate urls checked with known_urls.py: 21 KNOWN, 32 NEW. The genre's centre answered
almost only KNOWN pages: tdq.siping (序号十 公示), czx24 东丽 第7项, ahsz 宿州 第三十一批, yq.gov.cn 阳泉 第二十六批,
qqzddqwz 兴安盟, sthjj.ezhou 简报, daluzixun 海南, m.ilynn 南宁, beijingleather (56 MNR problems), tlqh 清河, zixun.sw-sp
巩义, 119.23.250.19 and xn--g4ts90a (typical-case lists), ztnews 昭通, huanbaofz 莲花, yihaowenku, wj.gov.cn 吴江,
panjin 林湿局, dvnusur 乌海园区, nr.gd.gov.cn (57 cases), thch813 运城. No new 验收销号 公示 of one task and no new
sign-off 公示 of one 交办信访件 was found; what was new with printed problems is typical cases and findings of
督察 (a traditional mirror of one case's '主要問題', a forum copy of a 海岛 round-up, a traditional news round-up, a
one-paragraph round-up of five cases), two spam-site copies of 自然资源部's typical-problem notices (2022 and 2024), a
county 暗访 on 美篇, and a 河长办 回头看 of two points; the 边督边改 petition tables and a petition 通报 are near misses (R17).

Declined, new by key: guohenet 涡阳 (news of a 省督察组 checking three petitions on site: R17, a fifth near miss);
xincao.jsnk 新曹农场 and yzyba (边督边改 petition tables, the shape of hyyfq/jyg/yiyuan, not taken a fourth and fifth
time); gztranscend (a 交办单's 调查处理情况公示 of one 三散 petition: investigation and handling, R17, as blind36 linyou);
liwan.wsqejt (a 12345 complaint, no inspection); ttnews 北大湖镇 (24 cases, 14 销号: counts only); eastlf (a visit);
chinawfjsw (per-province unnumbered prose of 回头看 feedback, R20: []); bkrmw 保康 (check news, no item); cqjlp 跳磴河
(seven points named in one sentence ending '等7个突出问题', R19); m.fqjz1 思延镇 (one 点位, no statement); ssrb.fjdaily
(a 巡河, no finding); lx.edulxw (exam material quoting cases in one sentence); ismx 三门峡 (交办 counts); feifmx 32685213
(回头看 round-up counts); gua166 (a spun copy of the 2024 自然资源部 notice, the article xpdjnkj copies: R4, one kept);
xnmqgh (the same 2024 notice cut before its list); javascriptjump ?VZ09G=85J (the 2024 notice's counts by category, no
list); lwxxg 莱芜 and hefei.baogaosu 66302292 (回头看 visits, no items).

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by an independent recount):
  - hyyfq_hengyang (near miss): a county portal's 边督边改 公开一览表 (第二十五批) with one petition row (受理编号,
    交办问题基本情况, 调查核实情况, 是否属实, 办结目标, 处理和整改情况, 已办结): 0.
  - jyg_jiayuguan (near miss): a city bureau's 边督边改情况公示 (第八批) of one petition, table row cut in 处理和整改情况: 0.
  - yiyuan (near miss, 2018): a county's 回头看 转办件 一览表 (第二十八批·沂源县), table cells run together, cut: 0.
  - meizhou (near miss, 2016): a city's 通报(二) of two petitions' 核实查处情况 ('关于群众反映…问题:…'): 0.
  - dpshk_wuhai (traditional): a mirror of one 中央督察 typical case (第三轮第四批, 2025), '二、主要問題' with '一是…',
    cut in it: 1.
  - dingxiangcj (spam copy): 自然资源部's 2022 耕地保护督察 notice of 67 typical problems, category heading with count,
    '1.<problem>。' over its facts, cut: 1.
  - xpdjnkj (spam copy): the 2024 notice of 80 typical problems (news form), '1.<problem>。' over its facts, cut: 1.
  - meipian_zhongliang: a county 副县长's 暗访 of four sites in '<h3>' paragraphs; two with faults: 2.
  - caigoupt (bid-site copy, masked dates): a 县河长制办公室 回头看 of two points in two towns: 2.
  - chuanbowang (forum printable, noise): a 中央督察 round-up of 平潭 无居民海岛 findings, cut as the next case starts: 6.
  - dunya (traditional, glossed): news of provincial 督察s; 广东's first three typical cases, one line per city, cut in
    the second: 2.
  - javascriptjump (spam mirror of a 人民日报 item): five typical cases in one paragraph, one ';' clause per province: 5.
Totals: 12 documents (4 near misses), 20 problems (1+1+1+2+2+6+2+5), 0 measures (no text answers a finding: every
problem is a finding of a check or a case; R97). Reading and recount agree. Kinds: 2 bulletins (jyg, meizhou: a 公示 /
通报 of petition handling, as blind36 linyou), 10 null (tables, exposures and news).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- Petition tables and 通报 (hyyfq, jyg, yiyuan, meizhou): R17 — petitions are never problems; a sign-off 公示 of one
  交办信访件 would be a one-task notice, these are investigation and handling disclosures (as blind36 linyou): [].
- (NEW) Kind of a petition disclosure by its title: '…情况公示' (jyg) and '…核实查处情况通报' (meizhou) → bulletin (as
  linyou's 通报); a bare '…公开(情况)一览表' (hyyfq, yiyuan) → null (R31: no 通报/报告/公示 named; as snippets21 chifeng,
  blind40 qqzddqwz).
- (NEW) A table's dated heading '(第二十五批 2024年6月3日)' is kept in the title (printed as part of the heading; the table
  chrome ' | ||||||||||' after it dropped, R32) and read as the report date (R40, a dateline of the title) when the page
  prints no other date; the same for jyg's '(第八批 2025年8月24日)'.
- dpshk_wuhai: R139 as blind43 hg87897 — the case's '主要問題' items are the problems (category '主要问题'), '一是<heading>。
  <facts>' on one line titled whole (R88, C9) with '一是' stripped (seq 1, R76a), cut (R25); the case heading is not labelled.
- dingxiangcj, xpdjnkj: the notice's numbered problems as blind29 mnr (seq, title the heading line without its final
  '。', R86; dingxiangcj's category the heading with its count '(13个)', C1 as printed; xpdjnkj prints no category line:
  null); problems_total the notice's own count of the list (67, 80) as blind29 read 56 (R147; C26's other side reads
  typical-case counts as no figure: named). (NEW) report date the spam page's own date line ('2023年05月05日 14:55',
  '发布时间:2024-08-22'), the page's date of a repost (R43), although the line sits under a spam card's heading.
- meipian: one problem per place paragraph with a fault (R10); the place in progress (九甲, '目前正在平整场地') and the one
  running normally (姜家) are no problems (R16); '黄源水库现场发现有…' titled from the word after '发现' (R10 nanmuxuan);
  inspector the 副县长 by name, the only one (R46 '督查领导:张建辉'); '10月31日' has no year: no date (R60); sites no units (R103).
- caigoupt: R142 — each point the earlier check fed back is a problem titled from the word after '发现' (R10), status
  from the 回头看's verdicts ('但前期检查组指出的问题没有得到有效解决' → in_progress; '已经被清理干净' → done, R93); units the
  town whose 整改 the 回头看 checks (R104, as blind44 feifmx's district); masked dates '*月**日': no date; the headline-like
  first line is a news title (R34): null.
- chuanbowang: one problem per finding of a place (R10, R141), leads dropped ('督察还发现,', '此外,', '值得注意的是,…' R92);
  南澳仔岛 titled from the word after '发现了' (R10), the 2015 fact before it the same problem (R13); the 督察组's summary
  '“平潭综合实验区…”' restates the findings: no problem (R13/R16); '在河南省周口市…问题突出这' names the next case and is cut
  before its facts: not labelled (R126); the heading '监管责任不落实整改流于形式' has nothing under it in the copy.
- dunya: (NEW) a news round-up's '<city>:<finding>' lines under '廣東:第一批典型案例集中通報' → one problem per city
  (R10, R141), title the text after the run-in city label (R89), category the section line (R79, simplified, R91);
  the 山東 section states no finding: none.
- javascriptjump: (NEW) five cases told in one paragraph, one ';' clause per province each with its own '督察组…发现,'
  → one problem per clause (R10 ';' clause, R141: each body's own finding), lead-ins dropped (R92), final '。' dropped;
  not R19 (each clause is one place's finding, not one sentence naming many); inspector the batch the lead names (R46, as
  blind38 r119); report date the mirror's '发布时间:2024-11-05' (R40/R43, as r119) though the dispatch is '12月1日电'.
- No status except caigoupt (findings of checks, R95); measures 0 everywhere (R97); no deadlines; no headline figures
  except dingxiangcj/xpdjnkj (petitions, cases, islands, firms, points: R17/R68).
"""
import json
import re
from pathlib import Path

from make_truths import check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind50"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "hyyfq_hengyang_petition_table_one_row_nearmiss": r'''"首页 > 专题专栏 > 中央生态环境保护督察 > 边督边改\n中央生态环境保护督察群众信访举报转办和边督边改情况公开一览表 (第二十五批 2024年6月3日) | ||||||||||\n序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 问题类型 | 调查核实情况 | 是否属实 | 办结目标 | 处理和整改情况 | 是否办结 | 责任人被处理情况 |\n63 | D3HN202406020040 | 衡阳市雁峰新桂城小区二期的广场舞噪音扰民,经举报后并未解决问题,反而噪音问题更严重。 | 衡阳市 | 群众身边的生态环境问题 | 经调查核实,反映问题基本属实。 1、衡阳雁峰区市新桂城小区二期的广场舞噪音扰民问题属实。 2、经举报后并未解决问题,反而噪音问题更严重问题不属实。通过宣传劝导,小区居民按要求基本上都自觉暂停了在广场聚集参与跳舞活动。 | 基本属实 | 宣传劝导,消除影响,共同营造安静、舒适生活环境。 | 处理情况: 雁峰区城管执法局针对噪音扰民问题采取了以下措施: 1、组织定时定点专人巡查常态化,做好防范化解娱乐噪声对声环境影响的宣传、劝导和监督工作。 2、中高考期间禁止小区内开展一切产生噪声影响的文体娱乐活动。 3、加大宣传劝导,要求居民平时进行文化娱乐应当采取有效措施防止、减轻噪声污染,避免扰民行为。 整改情况: 目前,该小区已按要求整改到位。 | 已办结 | 无 |"''',
}
_RAW.update({
    "jyg_jiayuguan_petition_table_eighth_batch_cut_nearmiss": r'''"群众信访举报转办和边督边改情况公示(第八批 2025年8月24日)\n甘肃省第一生态环境保护督察组交办我市第八批群众举报件共1件,018号属于噪声污染类,情况部分属实,目前已阶段性办结。具体办理情况见下表。\n群众信访举报转办和边督边改公开情况一览表\n(第八批 2025年8月24日)\n序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 污染类型 | 调查核实情况 | 是否 | 处理和整改情况 | 是否 | 责任人被处理情况 |\n1 | 018 | 益民小区最北边住户反映:益民小区以北是工业园区,周围工厂噪声问题明显,白天周围环境嘈杂声可以掩盖工厂噪音,每到夜晚噪声就尤为突出,忽大忽小时间也不固定。2023年对该问题进行投诉,当时嘉峪关生态环境局与我们沟通,说是临时装一套专业的检测设备来检测一下夜晚的噪声是否超标,之后持续的一段时间噪声变小了,再未进行监测;2024年存在同样问题。2025年夏天一直开窗这噪声也是尤为明显,无法确定噪声产生来源,自己购买的手持的噪声计来检测官方不认可。举报诉求:希望在小区最北边附近安装一个在线监测噪声的设备,最好有显示噪声数值的显示屏幕。 | 嘉峪关市 | 噪声 | 按照《嘉峪关市声功能区划分调整方案(2025—2029年)》,益民小区位于3类声环境功能区,环境噪声限值为昼间65dB(A)、夜间55dB(A)。根据今年全市第二季度功能区噪声监测报告,全市共布设10个手工噪声监测点位,其中3类区监测点位1个,位于宏达建材有限责任公司,监测结果显示达标。由于该小区位于工业区域,且西、北两个方向被铁路环绕,部分时段可能会存在噪声扰民情况。 | 部分属实 | 针对举报问题,市生态环境局委托甘肃省嘉峪关生态环境监测中心对该小区声环境开展噪声监测,目前未形成监测报告。关于举报人希望安装噪"''',
    "yiyuan_petition_table_28th_batch_2018_cut_nearmiss": r'''"中央生态环境保护督察“回头看”转办件边督边改信息公开情况一览表(第二十八批·沂源县) \n\n发布日期:2018-12-10浏览次数:字体:[ ]\n\n序号\n\n受理编号举报内容举报\n地点\n污染\n类型\n调查核实情况是否\n属实\n处理和整改情况问责\n情况\n1X370000201811280030淄博市沂源县鲁村镇西坡村村东侧小河两岸村北边存在若干家养猪、养鸡厂,养殖粪便污水直排地下,臭味熏天,影响居民生活。西坡村村东南,村民崔某某擅自在耕地上盖厂房租给厂家进行生产,该化工小作坊无环保设施,污染物直排,污染环境。\n沂源县\n水,大气11月28日,沂源县组织鲁村镇、县畜牧局、县环保局、县国土局进行调查核实,情况如下:\n 1.西坡村现有养殖场2家,分别养殖各类猪221头;养殖蛋鸡13000只。规模养殖户7家,分别养殖各类猪125头;养殖蛋鸡5000只;养殖肉牛6头;养殖各类兔410只;养殖各类猪22头,肉鸡1000只;养殖各类猪10头,各类兔380只;养殖各类猪15头。按照“三区”划定方案,2家养殖场和7家规模养殖户均不在禁养区,并按要求建有符合标准要求的污水池、储粪棚等畜禽粪污处理设施,未发现污水直排,但存在养殖异味。\n2.反映化工小作坊的情况:2014年,崔某某将批复为养殖用地的地块,经过改造,转包给沂源碧誉玻璃工艺制品有限公司用于加工玻璃贴花工艺品。2017年8月中央环保督察期间曾被投诉,因崔某某将养殖用地转包给他人用于工业生产,改变土地性质,被责令限期整改。已按整改时限和整改要求对违建厂房和设备进行了拆除,土地已完成复耕,并对相关责任人进行了问责。\n属实    1.责令2家养殖场和7家规模养殖户严格按照标准要求抓好日常粪污处理,做到养殖粪便和污水日产日清,定期喷洒除臭剂消除异味,确保畜禽粪污处理设施规范运行,防止异味扰民。\n    "''',
    "meizhou_petition_check_bulletin_two_cases_2016_nearmiss": r'''"当前位置:首页 > 政务公开 > 五公开 > 执行公开 > 督查审计公开\n中央第四环境保护督查组交办梅州市环境问题举报件核实查处情况通报(二)\n来源:梅州市广播电视台  时间:2016-12-05 15:01:46  浏览:-\n字号:\n\n中央第四环保督察组向各地市已转办了五批环境信访举报件,我市接到交办案件共有16宗,其中1宗投诉件内容相同。我市高度重视,即时将举报件转至相关职能部门、县(市、区)人民政府办理,要求限期反馈相关处理情况。现将部分举报件核实查处情况向社会通报。\n\n关于群众反映兴宁水口镇梅州市“兴宁市绿色食品公司”畜禽养殖污染问题:12月3日,兴宁市环保局、畜牧局和水口镇政府联合前往调查,经查,该养殖场属个人经营,不属于规模化养殖场,且附近无饮用水源。目前,已对外排废水进行取样,兴宁市人民政府已要求兴宁市畜牧局和水口镇政府监督该养殖场15日内清除现有存栏生猪。\n\n关于群众反映梅江区碧桂园小区臭气影响问题:接案后市环保局专门组织召开案件专题研判会,连日来组织梅江区、梅县区环保部门和当地镇政府(街道办)夜间对梅江碧桂园周边涉废气排放企业和夜间焚烧情况开展巡查,走访周边住户,期间未闻到臭味。现梅江区、梅县区相关街道已成立夜间巡查工作组,进一步探查臭气产生源头。\n\n中央第四环境保护督察组\n\n交办梅州市环境问题举报件受理情况公示"''',
    "dpshk_wuhai_typical_case_main_problems_trad_cut": r'''"第三輪第四批中央生態環境保護督察是《生態環境保護督察工作條例》印發實施後的首批督察。各督察組深入貫徹落實習近平生態文明思想和習近平總書記重要指示批示精神,統籌開展流域督察和省域督察,既關注黃河流域生態保護和高質量發展政策銜接、區域協調、機制建設等流域性、整體性、共性問題,也注重結合各?。▍^)經濟社會發展、自然資源稟賦、生態安全定位,找準各?。▍^)突出問題,深入一線、深入現場,查實了一批突出生態環境問題,核實了一批不作為、慢作為,不擔當、不碰硬,甚至敷衍應對、弄虛作假等形式主義、官僚主義問題。為發揮警示作用,切實推動問題整改,現對第三批典型案例進行集中公開通報。\n內蒙古自治區烏海市大氣污染防治問題突出\n2025年6月,中央第二生態環境保護督察組督察內蒙古自治區發現,烏海市大氣污染防治工作不力,問題多發。\n一、基本情況\n烏海市工業園區和礦區點多面廣,資源型、結構性污染突出。2022年以來,烏海市PM10、PM2.5濃度,排名均在自治區12個盟市中墊底。2024年,烏達、海南、海勃灣3個市轄區,空氣質量綜合指數分別位列自治區103個旗(縣、區)中倒數第1、2、9位。\n二、主要問題\n一是煤焦化產業升級改造滯後。2020年,自治區印發的《烏海及周邊地區生態環境綜合治理實施方案》明確,應嚴格控制焦化新增產能,確需新建的焦化項目,產能指標在區域內實行等量置換;2023年底前,5.5米焦爐要全部完成干熄焦和超低排放改造。督察發現,該市2021年以來違規新增焦化產能220余萬噸。其中,君正化工公司擅自投產焦化項目300萬噸/年,僅落實96萬噸產能指標,違規新增產能200余萬噸。同時發現,該市仍有1030萬噸焦化產能的干熄焦、超低排放改造任務,未按時限要求完成;西來峰"''',
    "dingxiangcj_mnr_67_typical_problems_spam_cut": r'''"位置:丁香财经网 >> okx\n\n浙江永久科技实业有限公司(浙江永久科技实业有限公司总经理)\n\n2023年05月05日 14:55\n\n欧易okx交易所下载\n\n欧易交易所又称欧易OKX,是世界领先的数字资产交易所,主要面向全球用户提供比特币、莱特币、以太币等数字资产的现货和衍生品交易服务,通过使用区块链技术为全球交易者提供高级金融服务。\n\nAPP下载   官网注册\n\n耕地保护是国之大者,事关国家粮食安全,关乎14亿人民生存和中华民族永续发展。习近平总书记在党的二十大报告中强调,要全方位夯实粮食安全根基,牢牢守住十八亿亩耕地红线,确保中国人的饭碗牢牢端在自己手中。习近平总书记多次强调,要采取“长牙齿”的硬措施,全面压实各级地方党委和政府耕地保护责任,签订耕地保护“军令状”,严格考核、终身追责,确保18亿亩耕地实至名归。2022年国家自然资源督察机构开展耕地保护督察发现,部分地方仍“顶风”侵占耕地挖湖造景、超标准建设绿化带和绿色通道,一些市县政府及其部门非法批地、违法征地、主导推动违法占地,一些地方补充耕地不实,有的甚至弄虚作假等,这些违法违规行为严重冲击耕地红线,危害国家粮食安全。\n\n为深入贯彻落实党的二十大精神,发挥警示教育作用,督促地方各级党委政府依法依规管理保护耕地,督促各级相关部门认真履职尽责,坚决整改纠正违法违规问题,自然资源部决定集中公开通报2022年耕地保护督察发现的67个违法违规重大典型问题。\n\n一、侵占耕地挖湖造景,超标准建设绿化带和绿色通道问题(13个)\n\n1.河北省邢台市新河县组织推动顶风违法侵占耕地挖湖造景。\n\n新河县农业农村局在具体实施“水系连通及水美乡村建设”中,自2021年9月起未经批准擅自占用西流乡、新河镇宋亮庄和安庄村等"''',
})
_RAW.update({
    "xpdjnkj_mnr_80_typical_problems_spam_cut": r'''"欢迎访问广州完美体育·(中国)官方网站-365WM SPORTS\n\n新闻动态\n\n新闻动态\n\n联系我们\n\n电话:400-123-4567\n\n手机:138-0000-0000\n\n邮箱:admin@xpdjnkj.com\n\n地址:广东省广州市天河区88号\n\n\n公司动态\n\n80个违法违规重大WM完美体育365典型问题自然资源部最新通报!\n\n  • 作者:小编\n  • 发布时间:2024-08-22 22:07:00\n  • 点击:\n\n  完美体育侵占耕地挖湖造景、“大棚房”、违法征地占地、违法占用耕地建设庭院、永久基本农田“非粮化”、侵占生态保护红线、违法采矿、违法违规用海破坏生态……自然资源部21日用长达4万多字的篇幅,通报了2024年国家自然资源督察发现的80个违法违规重大典型问题。\n\n  督察发现,个别地方仍顶风违法违规占用耕地挖湖造景;有的基层市县党委政府主导推动违法违规占用耕地挖湖造景;有的地方往年被通报的挖湖造景问题整改后死灰复燃。\n\n  1.安徽省淮南市凤台县政府主导推动幸福河湖淮河凤台段水源地环境综合整治项目违法侵占耕地挖湖造景问题。\n\n  2022年7月,凤台县政府召开城乡规划委员会第3次会议,研究通过该项目规划设计方案,明确凤台县州来水利开发有限公司(县属国企)作为业主单位,并要求加快推进项目建设。该项目内容包括水系连通、道路改造及休闲步道、绿化等,规划用地面积1080亩。2022年9月起,该公司未经批准擅自占用凤台县城关镇东城社区土地115亩(耕地105亩)实施项目建设,至2024年2月实地初步建成景观水系。期间,凤台县委、县政府负责人数次到项目现场调研,要求加快项目建设。凤台县自然资源和规划局分别于2023年2月、2023年12月、2024年2月三次向该公司发出《责令停止违法行为通知书》,直到第3次,该公司才停止施工。\n\n  凤台县委、县政府明知项目用地未经审批,通过召开会议、现场调"''',
    "meipian_zhongliang_unannounced_check_four_sites": r'''"钟梁副县长暗访督查环保督察反馈问题整改工作\n\n美友3845536\n\n<h3> 10月31日下午,县政府副县长钟梁采取“四不两直”方式暗访督查环保问题整改工作。县生态环境局局长杨四清陪同。</h3> <h3>  钟梁一行先后到铺前煤矿二井、黄源水库、姜家垃圾填埋场、九甲农业产业园等地,现场督查关闭煤矿生态修复、饮用水源保护、垃圾填埋场封场和渗滤液处理以及新生猪屠宰厂建设等情况。</h3> <h3>  铺前煤矿二井生态恢复治理项目现场未施工,治理进度非常滞后。</h3> <h3> 黄源水库现场发现有社会车辆停放和垂钓现象。</h3> <h3>  九甲农业产业园生猪屠宰厂已完成厂房与办公楼建设,屠宰设备已基本安装到位,目前正在平整场地。</h3> <h3>  姜家垃圾填埋场渗滤液处理设施运行正常。</h3>"''',
    "caigoupt_river_chief_huitoukan_two_points_masked_dates": r'''"山东县河长制办公室对新庄镇、石井镇河湖清理工作整改情况进行“回头看”\n\n项目编号\n点击查看\n预算金额\n点击查看\n招标单位\n点击查看\n招标电话\n点击查看\n代理机构\n点击查看\n代理电话\n点击查看\n\n查看隐藏内容(*)需先登录\n\n为进一步推动涉河涉湖生态环境保护工作,推进河长制湖长制工作全面落实,*月**日,县河长制办公室对新庄镇、石井镇河湖清理工作整改情况进行了“回头看”。 *月*日,检查组在新庄镇新庄河集市场旧桥上下游发现,有随意倾倒建筑及生活垃圾,并阻拦桥洞,影响行洪等问题。*月**日,检查组在新庄河集贸市场附近发现,经过治理,主河道河面清洁美观,河岸整洁干爽。但前期检查组指出的问题没有得到有效解决。 *月*日,检查组在石井镇石井河板桥村村北桥头及桥下发现,有随意倾倒建筑及生活垃圾等问题。*月**日,检查组在整改现场发现,建筑及生活垃圾已经被清理干净,挖掘机正在河道内对石井镇自行排查出的其他问题进行清理整治。(王永刚)\n查看隐藏内容"''',
    "chuanbowang_pingtan_islands_findings_forum_noise_cut": r'''"/ Z) l9 K$ Z7 @- `* U( m 而早在2015年,平潭白青丰田相关项目将无居民海岛红柴瓮礁、南澳仔岛相连,海堤连岛改变无居民海岛自然属性。2023年12月17日,督察组现场督察使用无人机拍摄,就发现了南澳仔岛存在填海连岛行为。 & _* c/ ]8 s* _' s/ U* z$ g; \\, N+ Z. _\" N7 I\n督察还发现,平潭综合实验区大沙屿2018年违法平整场地10余亩,地方有关部门跟踪监管不到位,2020年7月,该岛又发生违法采石问题,岛屿生态遭到严重破坏。 - {7 z, x9 u) a! D+ D p. n5 A4 C& i2 s, K\n值得注意的是,一些围填海行为严重改变岛体形态,甚至导致岛体灭失。平潭综合实验区中楼乡芦南村等陆续在无居民海岛大结屿周边实施围填海,填海面积3.38公顷。大结屿已基本被围填海项目合围,海岛自然岸线完全消失。同时岛体还被违法占用,修建道路、房屋等设施,面积10636平方米。大结屿岛体形态已发生根本性改变,海岛自然生境丧失。此外,大结屿北部围填海区域还存在露天船舶维修作业点,塑料泡沫等固体废弃物随意丢弃,污染环境。督察发现,平潭综合实验区的本连屿、茶仔头岛等5个无居民海岛因围填海而灭失。 ( O$ B* z. v+ @/ ^* t8 k6 b 9 A0 J7 J& v. A; i 平潭综合实验区违规组织无居民海岛旅游的现象时有发生,对海岛生态环境造成一定程度破坏。此外,2018年,平潭综合实验区东甲岛违规建设了房屋和相关旅游配套设施,开展旅游活动。9 \\& S! ~) r% I% ^ ~0 J8 [\n. s( Z6 y1 M6 Q) P, m2 M. o3 ^# a 督察组指出:“平潭综合实验区对无居民海岛生态环境保护的重要性认识不到位,相关部门监督执法不力,违规开发利用问题突出,海岛生态系统面临严重威胁。” 5 Q( z+ ~; q/ S3 h& \\4 U' N+ Q& j6 X5 |* V4 x\n监管责任不落实整改流于形式2 r+ d; {* ~2 g J\n' X* S& @% N2 E 在河南省周口市部分地区地下水超采问题突出这"''',
    "dunya_guangdong_first_batch_cases_trad_glossed_cut": r'''"10月初,環(huán)保在線關注到,搶在新一輪中央生態(tài)環(huán)保督察開始之前,四川、山東等地先后宣布啟動省級環(huán)保督察\n(點此閱讀)。隨著時間推移,這些省級督察工作組已陸續(xù)入駐開展工作,部分地區(qū)進入全面下沉階段。\n山東:進駐督察階段性工作已完成\n10月10日起,山東省第三輪第一批3個省生態(tài)環(huán)境保護督察組先后進駐山東黃金集團有限公司、山東能源集團有限公司、山東省港口集團有限公司開展督察。截至11月4日晚20時,3個督察組全面完成督察進駐工作。\n進駐期間,各督察組共查閱資料5349份,深入219家權屬公司現(xiàn)場核查點位579個,查實了一批突出生態(tài)環(huán)境問題。截至督察進駐結束,3個督察組共收到群眾來電、來信舉報73件,受理有效舉報40件,被督察企業(yè)已全部辦結。\n下一步,各督察組將按要求形成督察報告,經(jīng)批準后,適時向被督察企業(yè)反饋。\n廣東:第一批典型案例集中通報\n10月下旬,廣東省第二輪第一批省生態(tài)環(huán)境保護督察全面啟動,3個省督察組分別進駐中山、湛江和揭陽市,深入一線、直奔現(xiàn)場,查實了一批突出生態(tài)環(huán)境問題,并于近日集中公開通報第一批3個典型案例。\n中山市:牛仔洗水產(chǎn)業(yè)問題突出,存在生產(chǎn)粗放、清潔生產(chǎn)水平普遍低下、綠色低碳生產(chǎn)方式尚未形成、監(jiān)督管理缺失等問題,其中部分廢水存在規(guī)避監(jiān)管直排外環(huán)境現(xiàn)象,中水回用率數(shù)據(jù)基本失實。\n湛江市:部分水體返黑返臭現(xiàn)象突出,根據(jù)10月監(jiān)測結果顯示,湛江市仍有6段水體出現(xiàn)黑臭。據(jù)悉,這10條出現(xiàn)反彈的黑臭水體,早在2021年第二輪中央生態(tài)環(huán)境保護督察中已被指"''',
    "javascriptjump_first_batch_five_cases_one_paragraph": r'''"中央生态环保督察通报首批五个典型案例\n\n发布时间:2024-11-05 06:37:11 来源: sp20241105\n\n   本报北京12月1日电 记者张蕾从中央生态环境保护督察协调局获悉,自11月以来,第三轮第一批中央生态环境保护督察组深入一线、深入现场,查实了一批突出生态环境问题,核实了一批不作为、慢作为,不担当、不碰硬,甚至敷衍应对、弄虚作假等形式主义、官僚主义问题。为发挥警示作用、切实推动问题整改,督察组1日对首批5个典型案例进行集中公开通报。\n\n   督察组在福建省发现,漳州市海洋生态环境保护不力,在沿海防护林保护、围填海历史遗留问题整改、海水养殖污染治理等方面违法违规问题突出;督察组督察河南省发现,三门峡市城乡一体化示范区以河道生态修复之名,违规占用耕地挖湖造景,影响河道行洪安全;在海南省,督察组发现,海南省一些地方红树林保护不力,非法占用红树林保护区、破坏损毁红树林等问题依然突出;督察组督察甘肃省发现,张掖市黑河流域违规取水建设人工水面、地下水超采治理不力、违法毁林开垦问题突出,加剧水资源紧张状况,加大生态环境退化风险;督察组在青海省发现,柴达木盆地盐湖资源开发中绿色发展理念树得不牢,生态环境刚性约束认识不清,存在无序扩张、违规取水、侵占草地等问题。\n\n   通报公开了上述5个典型案例的基本情况、主要问题和原因分析。督察组表示,将进一步调查核实有关情况,并按要求做好后续督察工作。\n\n(责编:薄晨棣、梁秋坪)"''',
})

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_S = {  # stem shorthands
    "hyyfq": "hyyfq_hengyang_petition_table_one_row_nearmiss",
    "jyg": "jyg_jiayuguan_petition_table_eighth_batch_cut_nearmiss",
    "yiyuan": "yiyuan_petition_table_28th_batch_2018_cut_nearmiss",
    "meizhou": "meizhou_petition_check_bulletin_two_cases_2016_nearmiss",
    "dpshk": "dpshk_wuhai_typical_case_main_problems_trad_cut",
    "dingxiangcj": "dingxiangcj_mnr_67_typical_problems_spam_cut",
    "xpdjnkj": "xpdjnkj_mnr_80_typical_problems_spam_cut",
    "meipian": "meipian_zhongliang_unannounced_check_four_sites",
    "caigoupt": "caigoupt_river_chief_huitoukan_two_points_masked_dates",
    "chuanbowang": "chuanbowang_pingtan_islands_findings_forum_noise_cut",
    "dunya": "dunya_guangdong_first_batch_cases_trad_glossed_cut",
    "javascriptjump": "javascriptjump_first_batch_five_cases_one_paragraph",
}
T = {k: TEXT[v] for k, v in _S.items()}


def _after(text: str, start: str, end: str) -> str:
    """The text after ``start`` up to (not including) the first ``end`` after it."""
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


# dpshk (traditional, simplified at write): '二、主要問題' / '一是<heading>。<facts>' on one line, cut (R139, R88, R25)
_DP = re.search(r"二、(主要問題)\n一是(.+)$", T["dpshk"])
DPSHK = [_p(1, _DP.group(2), _DP.group(1))]

# dingxiangcj: category line '一、<…>(13个)' (numbering stripped, count kept, C1), '1.<problem>。' (R86)
_DX = re.search(r"\n一、([^\n]+)\n\n1\.([^\n]+?)。\n", T["dingxiangcj"])
# s24, lead: C1 — the count note is dropped from the category (was "…问题(13个)").
DINGXIANGCJ = [_p(1, _DX.group(2), re.sub(r"\(\d+个\)$", "", _DX.group(1)))]

# xpdjnkj: '  1.<problem>。' with no category line above it
_XP = re.search(r"\n  1\.([^\n]+?)。\n", T["xpdjnkj"])
XPDJNKJ = [_p(1, _XP.group(1))]

# meipian: the two place paragraphs with a fault (R10); '…现场发现有…' titled from the word after '发现'
_MP = T["meipian"]
MEIPIAN = [_p(None, "铺前煤矿二井" + _after(_MP, "</h3> <h3>  铺前煤矿二井", "。</h3>")),
           _p(None, _after(_MP, "黄源水库现场发现", "。</h3>"))]

# caigoupt: the two fed-back points (R142), titled from the word after '发现,' (R10), status from the verdicts
_CG = T["caigoupt"]
CAIGOUPT = [_p(None, _after(_CG, "旧桥上下游发现,", "。"), units=["新庄镇"], status="in_progress"),
            _p(None, _after(_CG, "村北桥头及桥下发现,", "。"), units=["石井镇"], status="done")]

# chuanbowang: one problem per place's finding (R10, R141), leads dropped (R92)
_CB = T["chuanbowang"]
CHUANBOWANG = [
    _p(None, _after(_CB, "就发现了", "。")),
    _p(None, _after(_CB, "督察还发现,", "。 -")),
    _p(None, _after(_CB, "甚至导致岛体灭失。", "。督察发现,")),
    _p(None, _after(_CB, "。督察发现,", "。 (")),
    _p(None, _after(_CB, "k6 b 9 A0 J7 J& v. A; i ", "。此外,2018年")),
    _p(None, _after(_CB, "一定程度破坏。此外,", "。9 ")),
]

# dunya (traditional, simplified at write): '<city>:<finding>' lines under the 廣東 section line (R89, R79)
_DU = T["dunya"]
_DU_CAT = "廣東:第一批典型案例集中通報"
DUNYA = [_p(None, _after(_DU, "\n中山市:", "。\n"), _DU_CAT),
         _p(None, _DU[_DU.index("\n湛江市:") + len("\n湛江市:"):], _DU_CAT)]

# javascriptjump: one ';' clause per province, the lead '…发现,' dropped (R10, R92), final '。' dropped
_JJ = _after(T["javascriptjump"], "\n\n   督察组在福建省", "。\n\n")
JAVASCRIPTJUMP = [_p(None, c.split("发现,", 1)[1]) for c in _JJ.split(";")]

_PETITION = ("Near miss: petitions are never problems and their counts never figures (R17); this is an investigation "
             "and handling disclosure, not a sign-off 公示 of one 交办信访件 (the one-task notice R17 allows; as blind36 "
             "linyou): problems [].")
_CASE_NOTE = ("No status (findings of an inspection, R95), measures 0 (no answer, R97), no deadline, no unit named to "
              "rectify (R102-R104).")

DOCS = {
    _S["hyyfq"]: dict(
        excerpt=False,
        genre="near miss (petitions): a county portal's 边督边改 公开一览表 (breadcrumbs, the table's dated heading run into "
              "table chrome ' | ||||||||||', a header row and one petition row 63: 受理编号 / 交办问题基本情况 / 调查核实情况 / "
              "是否属实 / 办结目标 / 处理和整改情况 / 已办结)",
        # s24, lead: C35 — the batch bracket is dropped (was "… (第二十五批 2024年6月3日)"); its date stays the report date.
        kind=None, title="中央生态环境保护督察群众信访举报转办和边督边改情况公开一览表", issuer=None,
        report_date="2024-06-03", inspection=ins(), headline=head(), problems=[],
        anomalies=[_PETITION,
                   "(NEW) Kind null: a bare '…公开一览表' names no 通报/报告/公示 (R31; as snippets21 chifeng, blind40 "
                   "qqzddqwz), against jyg/meizhou's titled 公示/通报 (bulletin, as blind36 linyou).",
                   "(NEW) Title the table's heading with its batch and date '(第二十五批 2024年6月3日)' as printed, the chrome "
                   "after it dropped (R32); report date that heading's date (no other date on the page; the url's "
                   "20240613 not read, R44).",
                   "Inspector null: '中央生态环境保护督察' names the inspection, no team (R48); issuer null (breadcrumbs only, "
                   "R38); the row's '1、2、3、' handling steps are a petition's, not measures.",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '… (第二十五批 2024年6月3日)'; R171 withdrawn); the bracket's date is still the report date "
                   "(R174)."]),
    _S["jyg"]: dict(
        excerpt=True,
        genre="near miss (petitions): a city bureau's 边督边改情况公示 (第八批): a lead ('交办我市第八批群众举报件共1件,…已阶段性"
              "办结'), the table's own heading, a header row and one petition row, cut in its 处理和整改情况 cell",
        # s24, lead: C35 — the batch bracket is dropped (was "…公示(第八批 2025年8月24日)"); its date stays the report date.
        kind="bulletin", title="群众信访举报转办和边督边改情况公示", issuer=None,
        report_date="2025-08-24", inspection=ins("甘肃省第一生态环境保护督察组"), headline=head(), problems=[],
        anomalies=[_PETITION,
                   "(NEW) Kind bulletin by its title '…情况公示' of petition handling (R27, as blind36 linyou's 通报); report "
                   "date the title's '2025年8月24日' (R40: the page prints no other date line).",
                   "Inspector the 督察组 the lead names (R46); inspected '我市' → null (R48); issuer null (R38); '共1件' "
                   "petitions no figure (R17); header cells '是否' lost their second word (as printed).",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…公示(第八批 2025年8月24日)'; R171 withdrawn); the bracket's date is still the report date "
                   "(R174)."]),
    _S["yiyuan"]: dict(
        excerpt=True,
        genre="near miss (petitions, 2018): a county portal's 中央督察回头看 转办件 边督边改 一览表 (第二十八批·沂源县): title, "
              "发布日期 line, the header cells one per line, one petition row with its cells run together, cut in 处理和整改情况",
        # s24, lead: C35 — the batch bracket is dropped (was "…一览表(第二十八批·沂源县)"); issuer stays null.
        kind=None, title="中央生态环境保护督察“回头看”转办件边督边改信息公开情况一览表", issuer=None,
        report_date="2018-12-10", inspection=ins(), headline=head(), problems=[],
        anomalies=[_PETITION,
                   "Kind null: a bare 一览表 (R31, as hyyfq, NEW there); title as printed without its trailing space (R32); "
                   "report date the '发布日期:2018-12-10' line (R40).",
                   "Cells run together without separators ('1X370000201811280030淄博市…', '水,大气11月28日,…', '属实    1.责令"
                   "…'): kept as printed (R2); '2017年8月中央环保督察' inside the row is an earlier round, no date; inspector "
                   "null (no team named, R48); issuer null ('沂源县' names the table's scope, not its publisher).",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped, the whole bracket '(第二十八批·沂源县)' (R171 withdrawn); issuer stays null (C35's issuer "
                   "question not settled)."]),
    _S["meizhou"]: dict(
        excerpt=False,
        genre="near miss (petitions, 2016): a city portal's 通报(二) of two 交办 petitions' 核实查处情况 ('关于群众反映…问题:'"
              " + the check and handling), breadcrumbs and 来源/时间 line, two related-link lines at the end",
        # s24, lead: C35 — the issue number is dropped (was "…情况通报(二)").
        kind="bulletin", title="中央第四环境保护督查组交办梅州市环境问题举报件核实查处情况通报", issuer=None,
        report_date="2016-12-05", inspection=ins("中央第四环境保护督查组"), headline=head(), problems=[],
        anomalies=[_PETITION,
                   "Kind bulletin: a 通报 of petition handling (R27, as blind36 linyou); issuer null (the 来源 is the TV "
                   "station, R38); report date the '时间:2016-12-05' line (R40).",
                   "Inspector as the title prints it '中央第四环境保护督查组' (the text's '中央第四环保督察组' is the same team, "
                   "R46); inspected null (the city handles, the province was inspected); '16宗' petitions no figure (R17); "
                   "'12月3日' no year of its own (a check visit, no date, R53).",
                   "The closing '中央第四环境保护督察组 / 交办梅州市环境问题举报件受理情况公示' lines are a related link (1,552 "
                   "bytes, the page's end): excerpt false (R5).",
                   "s24, lead: C35 — a batch or issue number after a title is the series' place, not the document's name: dropped (was '…通报(二)'; R171 withdrawn)."]),
    _S["dpshk"]: dict(
        excerpt=True,
        genre="R139 single typical case, a traditional mirror: the batch lead, the case heading, '2025年6月,…督察…發現' lead, "
              "'一、基本情況', '二、主要問題' with '一是<heading>。<facts>' on one line; mojibake '各?。▍^)'; cut in item 一",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第二生態環境保護督察組", "內蒙古自治區"), headline=head(), problems=DPSHK,
        anomalies=["As blind43 hg87897 (R139): the '主要問題' section's item is the problem, category '主要问题' (R79), the "
                   "case heading '內蒙古自治區烏海市大氣污染防治問題突出' not labelled.",
                   "'一是<heading>。<facts>' runs on one line: titled whole (R88, C9), '一是' stripped, seq 1 (R76a); cut "
                   "at '西來峰' (R25); simplified at write (R91).",
                   "Inspector and inspected as the case lead names them (R46, R47; doc fields keep the page's script); "
                   "'2025年6月' a month: no dates; no title line (the first line is the batch lead, R33); kind null (an "
                   "exposure, R29); '第三批典型案例' no count. " + _CASE_NOTE]),
    _S["dingxiangcj"]: dict(
        excerpt=True,
        genre="a spam-site copy (okx card and download line above it) of 自然资源部's notice of 67 typical problems of the "
              "2022 耕地保护督察: lead, '一、…问题(13个)' category line, '1.<problem>。' over its facts; cut in the facts",
        kind=None, title=None, issuer=None, report_date="2023-05-05",
        inspection=ins("国家自然资源督察机构"), headline=head(67), problems=DINGXIANGCJ,
        anomalies=["As blind29 mnr_56: '通报2022年耕地保护督察发现的67个违法违规重大典型问题' → problems_total 67 (R147, the "
                   "notice's own count of its list; C26's other side reads typical-case counts as no figure).",
                   "Category the heading line without '一、' and with its count '(13个)' (C1, as printed); title the "
                   "problem line without '1.' and its final '。' (R86, R88); " + _CASE_NOTE,
                   "(NEW) Report date the page's date line '2023年05月05日 14:55' (R40/R43: the repost's own date), "
                   "though it stands under a spam card's heading ('浙江永久科技实业有限公司…'); that heading is no title "
                   "(R34, R38): title null; kind null (an exposure, R29); inspector as the lead names it (R46).",
                   "s24, lead: C1 — a category heading's count note is dropped: category without '(13个)' (supersedes the "
                   "C1 note above)."]),
    _S["xpdjnkj"]: dict(
        excerpt=True,
        genre="a spam-site copy (company chrome, spam words in the headline and lead) of the news of 自然资源部's notice of "
              "80 typical problems of the 2024 国家自然资源督察: lead, summary paragraph, '1.<problem>。' over its facts; "
              "cut in the facts",
        kind=None, title=None, issuer=None, report_date="2024-08-22",
        inspection=ins(), headline=head(80), problems=XPDJNKJ,
        anomalies=["As dingxiangcj and blind29 mnr_56: '通报了2024年国家自然资源督察发现的80个违法违规重大典型问题' → "
                   "problems_total 80 (R147; C26).",
                   "No category line in the copy (the summary paragraph '督察发现,个别地方…' is not a heading, R19): category "
                   "null; title the line without '1.' and its final '。' (R86). " + _CASE_NOTE,
                   "Report date the page's '发布时间:2024-08-22' (R40/R43, NEW in dingxiangcj); the spam-spliced headline "
                   "'80个违法违规重大WM完美体育365典型问题…' is news, no title (R34); inspector null: '国家自然资源督察' names "
                   "the inspection, no body (R48); kind null (R29)."]),
    _S["meipian"]: dict(
        excerpt=False,
        genre="a 美篇 post of a county 副县长's 暗访 of the 环保督察 rectification at four sites, one '<h3>' paragraph each "
              "(headline, author handle, tags kept)",
        kind=None, title=None, issuer=None, report_date=None,
        # s24, lead: C41 — the inspector as printed, with the post (was "钟梁").
        inspection=ins("县政府副县长钟梁"), headline=head(), problems=MEIPIAN,
        anomalies=["One problem per place paragraph with a fault (R10): 铺前煤矿二井 (the whole sentence, final '。' dropped) "
                   "and 黄源水库 (titled from the word after '发现', R10 nanmuxuan); 九甲 ('目前正在平整场地', progress) and 姜家 "
                   "('运行正常') state no fault (R16).",
                   "Inspector the 副县长 by name, the only one named as checking (R46, as '督查领导:张建辉'); inspected null "
                   "(县 unnamed); '10月31日' no year: no date (R60); sites are places, no unit (R103).",
                   "The first line is a post headline (R34): title null; kind null (a check's findings, R29); no status "
                   "(R95), measures 0 (R97).",
                   "s24, lead: C41 — the inspector as printed with the post before the name (R46): '县政府副县长钟梁' "
                   "(was '钟梁'; supersedes the call above)."]),
    _S["caigoupt"]: dict(
        excerpt=False,
        genre="a bid-site copy (its field labels and '查看隐藏内容' chrome) of a county 河长制办公室's 回头看 of two river "
              "points an earlier check fed back, dates masked '*月**日', byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县河长制办公室", "新庄镇、石井镇"), headline=head(), problems=CAIGOUPT,
        anomalies=["R142: each fed-back point is a problem, titled from the word after '发现,' (R10), '等问题' kept (R87); the "
                   "place lead-ins dropped (R92).",
                   "Status from the 回头看's verdicts: '但前期检查组指出的问题没有得到有效解决' → in_progress (R93, as feifmx's "
                   "'还是存在'); '建筑及生活垃圾已经被清理干净' → done.",
                   "Units the town whose 整改 the 回头看 checks (R104, as blind44 feifmx's district): 新庄镇, 石井镇; measures 0 "
                   "(verdicts, R95/R97).",
                   "Dates masked ('*月**日'): none; the first line is a news headline (R34): title null; kind null (R29); "
                   "inspector as printed in the text (R46); inspected the two towns as the sentence names them (R47)."]),
    _S["chuanbowang"]: dict(
        excerpt=True,
        genre="a forum printable copy with anti-copy noise runs ('/ Z) l9 K$…') of a 中央督察 news round-up: paragraphs of "
              "平潭 无居民海岛 findings, the 督察组's summary quote, the next case's heading and first words; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=CHUANBOWANG,
        anomalies=["One problem per place's finding (R10, R141), leads dropped ('督察还发现,', '此外,', '值得注意的是,一些围填海…"
                   "灭失。', R92): 南澳仔岛 (from the word after '发现了', the 2015 fact before it the same problem, R13), 大沙屿, "
                   "大结屿 (its facts up to '污染环境'), 本连屿等5个岛, the tourism finding, 东甲岛; titles end before the noise.",
                   "The 督察组's summary '“平潭综合实验区…面临严重威胁。”' restates the findings (R13/R16): no problem; the "
                   "heading '监管责任不落实整改流于形式' has nothing under it before '在河南省周口市部分地区地下水超采问题突出这' "
                   "(the next case's lead, cut: not labelled, R126).",
                   "Copy starts mid-article (no title, R33); '2023年12月17日' is one 现场督察 visit, no period (as hg87897); "
                   "inspector null ('督察组' unnamed, R48); islands are places (R103). " + _CASE_NOTE]),
    _S["dunya"]: dict(
        excerpt=True,
        genre="a traditional glossed copy of a trade-site news item on provincial 督察s: a 山東 section (figures only) and "
              "a '廣東:第一批典型案例集中通報' section with one '<city>:<finding>' line per case; cut in the second",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=DUNYA,
        anomalies=["(NEW) One problem per '<city>:<finding>' line (R10, R141), title the text after the run-in city "
                   "label (R89), the city no unit (R102-R104); category the section line '廣東:第一批典型案例集中通報' (R79), "
                   "simplified without glosses at write (R91); the 湛江 line cut at '已被指' (R25).",
                   "The 山東 section states counts only (資料, 點位, 舉報: R68/R17) and no finding; '3個典型案例' no figure "
                   "(cases, R68); '10月初', '11月4日' without a year: no dates (R60); inspector null (several groups). "
                   + _CASE_NOTE]),
    _S["javascriptjump"]: dict(
        excerpt=False,
        genre="a spam mirror (its '发布时间 … 来源: sp20241105' line) of a 人民日报 item: the first five typical cases of the "
              "third round's first batch told in one paragraph, one ';' clause per province, then the closing and 责编",
        kind=None, title=None, issuer=None, report_date="2024-11-05",
        inspection=ins("第三轮第一批中央生态环境保护督察组"), headline=head(), problems=JAVASCRIPTJUMP,
        anomalies=["(NEW) One problem per ';' clause (R10), each one province's own finding after its '督察组…发现,' lead "
                   "(dropped, R92; R141), not R19's one sentence naming many; final '。' dropped.",
                   "Report date the mirror's '发布时间:2024-11-05' (R40/R43, as blind38 r119), though the item is dated "
                   "'12月1日电' (no year, R60); inspector the batch the lead names (R46, as r119); inspected null (five "
                   "provinces); '5个典型案例' no figure (R68); the first line is a news headline (R34): title null; kind "
                   "null (R29). " + _CASE_NOTE]),
}

URLS = {
    _S["hyyfq"]: "https://www.hyyfq.gov.cn/ztzl/zysthjbhdc/bdbg/20240613/i3392060.html",
    _S["jyg"]: "https://www.jyg.gov.cn/sthjj/ztzl/sjsthbdc/xfcc/art/2025/art_3ff77cf11abb43b7b7c473d8dd3678c3.html",
    _S["yiyuan"]: "http://www.yiyuan.gov.cn:888/art/2018/12/10/art_8288_1563040.html",
    _S["meizhou"]: "https://www.meizhou.gov.cn/zwgk/wgk/zxgk/dcsjgk/content/post_581628.html",
    _S["dpshk"]: "http://www.dps-hk.com.cn/index.php/news/info/25993.html",
    _S["dingxiangcj"]: "http://dingxiangcj.com/okx/127813.html",
    _S["xpdjnkj"]: "https://xpdjnkj.com/xinwendongtai/gongsidongtai/2118.html",
    _S["meipian"]: "https://www.meipian.cn/2hlzpsdl",
    _S["caigoupt"]: "http://bid.caigoupt.com/info-92326496.html",
    _S["chuanbowang"]: "http://www.chuanbowang.net/forum.php?action=printable&mod=viewthread&tid=182017",
    _S["dunya"]: "http://m.dunya.com.cn/news/detail-99809.html",
    _S["javascriptjump"]: "http://javascriptjump.com/?C6t=WJQeC.html",
}

TRAD = {_S["dpshk"], _S["dunya"]}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {_S["hyyfq"]: 0, _S["jyg"]: 0, _S["yiyuan"]: 0, _S["meizhou"]: 0, _S["dpshk"]: 1,
                    _S["dingxiangcj"]: 1, _S["xpdjnkj"]: 1, _S["meipian"]: 2, _S["caigoupt"]: 2,
                    _S["chuanbowang"]: 6, _S["dunya"]: 2, _S["javascriptjump"]: 5}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem == _S["dpshk"]:
        return len(re.findall(r"^[一二三四五]是", text, re.M))
    if stem in (_S["dingxiangcj"], _S["xpdjnkj"]):
        return len(re.findall(r"^\s*\d+\.", text, re.M))
    if stem == _S["meipian"]:
        return len(re.findall(r"未施工|现场发现有", text))
    if stem == _S["caigoupt"]:
        return text.count("等问题。")
    if stem == _S["chuanbowang"]:
        return len(re.findall(r"发现了|督察还发现|大结屿周边|督察发现,|时有发生|东甲岛", text))
    if stem == _S["dunya"]:
        return len(re.findall(r"^[^\n:]{2,4}市:", text, re.M))
    if stem == _S["javascriptjump"]:
        return len(re.findall(r"发现,", text))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories and units as written
    (traditional ones before simplification); no title with a noise run or a final '。'; measures 0, no deadline; the
    document fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    assert all(p["measure_count"] == 0 and p["deadline"] is None for p in probs), stem
    assert all(not re.search(r"[A-Z]\d|\$|\\", p["title"]) for p in probs), stem
    assert all(p["status"] is None for p in probs) or stem == _S["caigoupt"], stem
    check_doc(stem, d, text,
              report_forms=lambda y, m, dd: (f"{y}年{m}月{dd}日", f"{y}年{m:02d}月{dd:02d}日", f"{y}-{m:02d}-{dd:02d}"))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=20, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert not re.search(r"\([a-z]", p["title"]), (stem, p["title"])


if __name__ == "__main__":
    main()
