"""Write the texts and truth files of tests/importer/real/blind37: a ROUND held-out set of real pages of any of issue 10's
kinds, labelled on 2026-12-06 (21:05-21:50 UTC) by helper label51, who did not read or change the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/*.py, tests/importer_app/) and did NOT run it on this set: the lead
scores it. Worked while other helpers labelled other held-out sets; their worktrees were not opened (RULES.md); every url
was checked with /work/wt/known_urls.py (which reads all worktrees' tests/importer) before it was taken and again before
the commit.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R107, C1-C19), make_truths.py (head/ins/prob) and
make_truths_blind10.simplified (traditional problems in simplified characters, R91); structure after
make_truths_blind34.py. The texts are the stored copies the search tool's ``pages`` corpus returned, pasted as strings
into TEXTS (ASCII commas, glosses '審計(jì)', spam rewrites ('荣成区东兴街“创作文学作品”'), lost 月/日 ('2022年719'),
'image.png' lines and trailing blank lines kept as returned).

Exhaustion (the brief's warning held): about 150 urls seen over 45 queries; ~110 were KNOWN (the genre's centre: every
通报/整改进展/审计整改报告/统计督察/法院/医院/高校 page the queries reached was labelled already, e.g. ruijin, ningbo, cixird,
lzq 利州法院, wfxfy, sclegal, zhuzhou 卫健委, sqjw, wuch, tjj.ln, heihe, ybrbnews, gztusheng, zuzhaopin, rcwkj, puupupc,
datian 食堂 table, km, gaotai, jssjw is NOT among them). What is left is off-centre: checks with findings, round tallies,
audit 公示 shells. Taken: 12 new pages (below).

Queries (``pages`` corpus, 45; the main wordings): 审计整改情况的公告 审计查出问题 问题一; 巡察整改进展情况的通报 医院党委 问题一：;
督察反馈问题 表现一 表现二; 巡察反馈意見整改進展情況的通報 黨委; 关于审计发现问题整改情况的报告; 巡察反馈问题整改情况一览表 序号;
【问题】【整改情况】; 市委巡察组反馈 被巡察单位 分别存在 镇 村; 问题一 问题二 问题三 巡视反馈; 附件 整改任务清单 基本完成 持续推进;
公司党委 巡视整改进展情况; 大学党委 巡视整改情况的通报; 税务局党委 巡察整改; 人民法院党组 巡察反馈意见 整改落实情况; 河长制 暗访
问题清单; 村党支部 巡察整改情况 公开; 统计督察反馈意见 整改情况; 经济责任审计 学院 整改结果; 烟草专卖局 巡视整改; 耕地保护督察
图斑; 環保督察 整改 問題 縣 通報 (Taiwan EPA pages only); 审计署 审计结果公告 整改情况; 安全生产 督导检查 整改台账; 巡察反馈问题整改
落实情况 社区 1. 2. 3.; 创文 督查 发现问题 处 已整改 处 (found jydingliang x2, nanmuxuan); 巡察整改 整改率 镇党委; 中央环保督察交办
整改任务 达到序时进度; 审计整改 问题清单 序号; 长江经济带 警示片 披露问题; 食品安全 督查 学校食堂 (datian KNOWN; found 307vx); 消防安全
检查 情况通报 (found liangwengen); 自然资源部 督察局 例行督察; 电视问政 曝光问题 整改; 督查通报 乡镇 扣分; 人居环境整治 暗访 问题清单;
巡视反馈问题整改 銷號 清單 (trad); 中共乡委员会关于县委第巡察组反馈意见整改情况的通报; 巡察 反馈问题 个 已整改 个 整改率 区委 轮
(found jssjw); 农商银行 巡察整改; 卫生健康局 党组 巡察整改进展情况; 河湖四乱 处 已整改 处; 医保基金 飞行检查; 审计局 今年以来 整改率;
督导组 交办问题 条 已办结; 建筑工地 质量安全 检查通报; 生态环境局 执法检查 企业 存在问题 (found yybnet, edungo); 文物安全 督察 (found
xdzhixiao); 巡察反馈 立行立改 学校 党总支; 公司 关于审计反馈问题整改情况的报告 问题一 (found xicuiyuan, the-unicorn-store); 督查发现
问题清单 序号 乡镇; 暗访发现 以下问题 1. 2. 3. 街道 小区; plus 创文日报-type wording (found luoohu).

Declined, new by key but not taken: shicaozhen (天津等7省市 531/313: a copy of jx.7310413, KNOWN, R4); sinowbs (the
清四乱 table article, a copy of news.china.com.cn, KNOWN, R4); hamcodee (水利部 '5.6万个' approximations, R68); zjxp trad
(梧州 信访件 tallies, R17); m.zsjgx trad (天津 five projects named without their faults; '整改意见253条' are
recommendations); tuituisoft, jcgcw, jindao-js (quality checks: notices and projects, no problem counts); mqgjg,
jianpian kxzpwnh, lunan, lusong, epaper.hyqss, hopesoft, jxxznews, chahao8 trad, m.kuoxiong 542 trad, pg361 trad,
neijiang, mkdkb 三亚, big5 宾阳 trad, gov.cn 2015 黑龙江 (29 enterprises = bodies), sjj.jingzhou, pc.yun.jxntv, caixin 2012
(15 SOEs, one company's 33 rules): checks, meetings and news with findings only in one sentence and no ledger figure.

Kinds (issue 10), problems and measures (counted twice: by reading, and in main() by a regex recount of each text):
(1) report body, problems in the attachments:
  - the_unicorn_store: a glossed traditional 公司 公示 of a 市审计局 audit's rectification whose details are '(詳見附件)':
    the attachment is not in the copy: 0 problems; inspector the audit office (kind 7), month-only start.
(6)+(7) audit rectification, dates and parties in prose:
  - xicuiyuan: a glossed traditional 公司 公示 of an 自治区审计厅 专项审计调查: a period '2022年2月18日至2022年5月31日',
    four numbered problem headings '一、…存在的問題', a status sentence by item number ('第一項、第二項、第四項問題已經整改完成,
    第三項問題持續整改跟蹤中'), a signature and date: 4 problems (NEW call below), measures 0,0,0,0.
(5) round tallies / figures only:
  - jssjw: a 区 巡察 practice article: '共完成6轮巡察,巡察…24个,反馈问题306个,整改279个' then 一是/二是 methods: 0 problems,
    306/279; cut.
  - 307vx: a traditional 县 news item: the 县委巡察办's checks of rectification found '整改不到位問題42個': 0 problems, 42.
(6) headline wordings of checks:
  - luoohu: a 社区 创文日报 with lost 月/日 ('2022年719'), '发现问题39处,已整改39,延期整改0处', 'image.png' lines: 0 problems,
    39/39.
  - yybnet: a 区 news item '检查28家企业,累计发现96个问题' and a 集中交办 meeting, no year in the text: 0 problems, 96.
  - xdzhixiao: a glossed-free traditional spam-site copy of a 市 文物 inspection: '排查反饋消防安全隱患1項': 0 problems, 1.
(2)-like: problems in a later paragraph of a check (several places or bodies):
  - jydingliang_dongxing: a spun copy (names rewritten: '荣成区东兴街') of a 创文 监督 news item: praise, then '主要问题有:'
    and four ';' clauses: 4 problems, measures 0 each (R10).
  - jydingliang_dongyang: the same site's spun copy of another street's check: '检查组指出了存在的主要问题:' and three ';'
    clauses: 3 problems, measures 0 each (the same shape on a second page, kept: a second street, a second lead-in).
  - nanmuxuan: a 区 创文 督查 news item with one finding per place ('在…社区…发现…', '在…院落,督查组发现…', '在…院落存在…'):
    3 problems, measures 0 each.
  - liangwengen: a 消防 check of one hotel: '经检查发现该单位存在…的火灾隐患' and a 责令限期改正通知书: 1 problem, measures 0.
  - edungo: a spun copy of a 约谈 of one unnamed enterprise: '会议报告了…等问题', an order to correct: 1 problem, measures 0.

Totals: 12 documents, 16 problems (4+4+3+3+1+1 over six pages; six pages with none). Measures all 0 (no page answers a
listed problem with what was done; orders and requirements are not measures, R72/R98). Reading and regex recount agree.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- xicuiyuan: (NEW) four numbered headings named '…存在的問題' that the lead calls '四類問題' are labelled as four problems,
  because the document itself answers them item by item ('第一項、第二項、第四項問題已經整改完成,第三項問題持續整改跟蹤中'):
  status done, done, in_progress, done (R93; C18's '持续整改' → in_progress in a progress sentence). R23 (`N类主要问题:一、…`
  in feedback news are kinds → []) is not applied: this is the rectifying body's own 公示 with a status per item. seq 1-4;
  category null (the lead-in '存在如下四類問題:' is no heading, C13 side B); closing '存在的問題' kept (R87); simplified
  (R91). '四類' is a count of kinds, not a headline figure (R68). Inspector '廣西壯族自治區(qū)審計(jì)廳' as printed with its
  glosses (doc fields keep the page's script); inspected null ('我公司', R48); issuer the signature; no title line (R33).
- the_unicorn_store: kind bulletin (a '…整改情況的公示', R27/R31) with 0 problems: the problems are in an attachment the copy
  does not hold (R24: problems of the text present). '2021年7月起' is month-only: no start (R53). Issuer null ('我公司'
  unnamed, no signature). excerpt false: the page's text ends at '(詳見附件)。' (the attachment is a link).
- luoohu: kind null (a daily check report, R29); title null (R34); report date the page's '时间:2022-08-17' (R40), not the
  report's own '2022年719' (lost 月/日 kept, R2/R61); (NEW) a 社区工作站's own patrol: inspector the patrol team as printed,
  inspected null ('辖区'); the one-day patrol '7月19日' (title line) gives start = end 2022-07-19 (R50, year from the page
  date, R58); headline 39/39 ('发现问题39处,已整改39', R66/R71); the 整治 counts (19处/7处/25处) are parts with no total (R69).
- 307vx: (NEW) the page is about the 县委巡察办's supervision of rectification: its '發現整改不到位問題42個' is the
  problems total (R62: found by the check the document is about); '協調解決重難點問題11個' is not a done count of those 42
  (another set: difficult problems coordinated); the market bureau's '整治食品安全隱患點3個' belongs to its own check
  (R65: the subject's own inspection); clues (6件) and people are no figures (R68). Inspector '縣委巡察辦' as printed.
- jssjw: 306/279 a district's tally over 6 rounds (R62/R71: '整改279个' done); '91.18%' a rate; 24 bodies no figure; the
  共性问题 named in one sentence ('如党的领导普遍弱化、…') are no list (R19); no date (R44: url only).
- jydingliang x2: spun copies keep their rewritten names (R2); inspector and inspected as the lead names them (R48 spun
  copy: the body in the lead); '22日'/'14日' have no month or year: no dates (R60); praise sentences are no problems (R16);
  category null for the lead-ins '主要问题有:' / '检查组指出了存在的主要问题:' (C13 recommendation); titles are the ';'
  clauses as printed, the last one's '。' dropped (R86).
- nanmuxuan: (NEW) one problem per place sentence; the title is the finding from the word after '发现' (R92 drops the
  lead-in with its time and place), and for the third sentence, which has no '发现', the sentence without its leading
  '在' (the place is there the sentence's subject): '立新综合楼院落存在油污乱排、乱滴、排水不畅等问题'; no unit
  ('各分管部门及街道、社区负责人' names none); inspector '大祥区督查组'; the check '6月26日上午' one day → start = end
  2022-06-26, year from the page's '时间:2022-06-27' (R50/R58); report date that line (R40).
- liangwengen: one problem for the one body (R12), titled from '该单位存在' (lead-in '经检查发现' dropped, R92); unit the
  checked hotel (R102); status null: '责令限期改正' is an order (R72); '7月9日' with no year: no dates (R60).
- edungo: one problem for the one enterprise (R12), the clause after '会议报告了'; the enterprise is unnamed: no unit; the
  约谈 is no inspection period; inspector the bureau as the page's repeated heading names it ('恩施州生态环境局恩施市分局';
  the spun lead's '国家生态环境局恩施分局' is a rewrite); orders ('被责令立即纠正…') are not measures (R98): 0.
- yybnet: 96 problems found by the 分局's check (R62/R66); no year in the text: dates null (R60), although the url holds
  202008; the '8月4日' 集中交办 would be a feedback day (R57) but has no year either.
- xdzhixiao: '排查反饋消防安全隱患1項' is a hazard found by the check (C3 majority: problems): problems_total 1, no
  statement of it: problems []; several bodies inspect jointly with no team name: inspector null; '近期': no dates.
"""
import json
import re
from pathlib import Path

from make_truths import head, ins, prob
from make_truths_blind10 import GLOSS, simplified

HERE = Path(__file__).resolve().parent.parent / "blind37"

TEXT = {
    "luoohu_sunxi_community_daily_report_39_found_39_done":
        "首页 > 笋西社区 社区资讯\n\n7月19日笋西社区创文日报\n\n  • 来源:\n  • 时间:2022-08-17 14:13\n\n"
        "2022年719笋西社区创文日报一是笋西社区工作站文明城市创建自查自纠纠察队对辖区开展创文常态化巡查工作,对辖区公益广告、"
        "杂物堆积、垃圾堆放、非机动车停放、乱涂乱画、乱张贴小广告、乱堆放问题等问题进行巡察,对能立即整改的问题做到立行立改,"
        "其余跟进处理整改二是笋西社区联合综合行政执法办对桃花小区开展人居环境整治助力宜居社区创建。   据统计,此次专项整治过程中,"
        "整改桃花园小区长期积存垃圾废弃物问题19处、污水问题和小微水体问题7处、小广告乱张贴25处。\n\n"
        "今日共出动人员25人次,巡查点位数22处,发现问题39处,已整改39,延期整改0处。\n\nimage.png\n\nimage.png",
    "jydingliang_dongxing_street_check_four_clauses_spun":
        "本篇文章680字,读完约2分钟\n\n22日,市“五城共创”监督问责小组通过公开调查和暗访相结合的方式,对荣成区东兴街“创作文学作品”"
        "的发展进行了监督。\n\n监督和问责小组检查了东兴街的一些主次干道、商业街和社区。监督问责小组认为,从检查的总体情况来看,"
        "信阳东路东兴段两侧的“违章建筑”已被拆除,人行道已铺设完毕,商店统一设置广告招牌,主要道路已清理干净,绿化管理和保护到位,"
        "交通顺畅;玛雅农贸市场的环境卫生得到了显著改善。商店有统一的广告标志和底架,做好标识,规范销售,垃圾及时清运,整体经营秩序"
        "良好;丹普社区文化站禁烟标志,设置3个以上的功能室,日常管理到位;荣成实验小学外观良好,环境整洁,车辆停放有序,各种公益广告"
        "宣传氛围浓厚。师生熟悉社会主义核心价值观的内容;浦上社区主要道路清洁度高,垃圾每天清理,池水表面无明显垃圾漂浮物。注重加强"
        "公益宣传,美化部分旧建筑立面,有效提升社区品位;岭南垃圾压缩站可以加强日常管理,及时清理地面上的污物和散落的垃圾,更好的清理"
        "内外地面。此外,压缩站旁的岭南公厕有标志、法规、残疾人无障碍设施,日常清洁良好,无明显异味。主要问题有:信阳东路东兴段绿化带"
        "垃圾未清理干净,部分店铺在外墙张贴小广告,“牛皮癣”未彻底清理干净;任刚美食街的三河牛肉面被摊位占据,一些餐馆在门前的花坛里"
        "积水;任刚社区后街小巷堆放的垃圾和杂物;信阳东路东兴段与仁义路红绿灯交叉口,部分机动车驾驶员文明交通意识差,不主动提前减速"
        "迎接行人过马路。\n\n全市“五城同创”监督问责小组赴雨城区东兴街进行监督\n\n监督问责小组要求东兴街保持“创先争优”不变,"
        "正常开展日常检查,强化责任,加强查漏补缺,对照标准和表格完善软硬",
    "jydingliang_dongyang_street_check_three_clauses_spun":
        "本篇文章436字,读完约1分钟\n\n14日,市文化创作检查组赴荣成区东阳街检查了解当地阶段文化创作工作的发展情况,督促整改存在的"
        "问题,进一步提升文明创作工作水平。\n\n同一天上午,视察队视察了一些中小学道路、广场、学校等。先后在东阳街,随机入户调查当地居民"
        "对创意写作的知晓率和支持率。检查组认为,从检查的总体情况来看,当地居民对我市创建全国文明城市的知晓率较高,并对创建工作表示"
        "支持;国道G206东阳段主要路面清洁度高,交通秩序良好,绿化养护得当。G206国道何蓝社区段原占用道路作为城市的现象得到有效纠正,"
        "街头摊贩被引导至新建的何蓝市场集中运营,确保道路交通畅通,改善环境卫生;东山中学的“三包”责任制已经落实到位。\n\n"
        "全市创文检查组赴荣成区东阳街进行监督\n\n同时,检查组指出了存在的主要问题:国道G206东阳段及粤东商贸广场部分商铺实行“门前"
        "三包”责任制不到位,特别是部分餐厅门前地面有较大灰尘;何蓝社区后街小巷存在乱扔垃圾、清扫不到位、建筑材料堆放在路上等现象;"
        "华南大酒店周围的绿化带没有得到很好的清理,还出现了张贴小广告、沿路乱涂乱画等现象。\n\n来源:揭阳新闻\n\n"
        "标题:全市创文检查组赴荣成区东阳街进行监督\n\n地址:http://www.jydingliang.cn/jyxw/2492.html",
    "nanmuxuan_daxiang_district_three_place_findings":
        "「创文进行时」大祥区:常态化督查助力创文工作提质增速\n大祥融媒讯(通讯员 胡晓建 唐擎磊 陈星群)为扎实推进创文整改提升工作,"
        "6月26日上午,区委常委、副区长刘文兰带领区创文办、区住建局等相关部门负责人深入城区部分区域,现场督导推动创文工作。\n"
        "在中心路街道府门口社区,大祥区督查组一行对该社区立新街沿线的创文工作进行督查,发现该区域沿线存在人行道板松动、路面积水等"
        "问题。在百货站院落,督查组发现该院落基础设施落后,院落内路面坑洼,影响了居民出行。在立新综合楼院落存在油污乱排、乱滴、排水"
        "不畅等问题。\n督查组要求,各分管部门及街道、社区负责人要立即联系并安排施工方共同研究破损道路的翻新和维修方案宣传发动,提升"
        "门店经营人的素质,做好店面内卫生和“门前三包”工作,严厉整治油污乱排乱放现象。\n下一步,大祥区将坚持开展创文常态化督查,"
        "对照市一级督查结果立行立改。坚持问题导向,对照文明城市创建测评标准,一线查找问题,建立台账,实施销号整改。对于可以立行立改的"
        "问题,由区创文办直接将问题下发到责任单位,电话告知责任单位主管领导,要求24小时内予以解决,并采取防范措施,杜绝问题重复发生。"
        "通过常态化开展创文督查工作,切实解决创建痛点、难点问题,不断提升市民的满意度,增强市民的幸福感、获得感。\n"
        "时间:2022-06-27\n作者:胡晓建 唐擎磊 陈星群\n一审:冯立宇\n二审:王喜嫔\n终审:张海波\n【来源:大祥发布】\n"
        "声明:转载此文是出于传递更多信息之目的。若有来源标注错误或侵犯了您的合法权益,请作者持权属证明与本网联系,我们将及时更正、"
        "删除,谢谢。 邮箱地址:newmedia@xxcb.cn",
    "liangwengen_baotou_hotel_fire_check_one_body":
        "消防检查 为切实巩固夏季火灾防控工作,确保消防安全形势持续稳定,7月9日,内蒙古包头消防昆区消防大队监督员对包头市泓德酒店"
        "管理有限责任公司开展夏季消防安全检查。 检查过程中,大队监督员重点检查了该单位安全出口、疏散通道是否畅通;消火栓、应急照明"
        "和疏散指示标志等消防设施器材设置是否符合标准并保持完好有效;消防控制室有无人员值班且值班人员是否持证上岗等。经检查发现该单位"
        "存在堵塞消防车通道,个别灭火器压力不足的火灾隐患,针对上述火灾隐患大队监督员依法对该单位下发了《责令限期改正通知书》,要求"
        "该单位负责人予以高度重视,及时整改问题。 检查结束后,大队监督员提出要求该场所负责人员在今后的工作中要进一步加强消防安全管理,"
        "全面开展自查工作,严格落实消防安全责任制和岗位消防安全责任制,要及早发现、及时消除火灾隐患,积极营造良好的消防安全环境。 |",
    "r307vx_tongwei_xuncha_office_checks_42_trad":
        "如今,在定西市通渭縣學(xué)校周圍,已經(jīng)看不到“三無(wú)”零食的蹤影。\n“現(xiàn)在放心多了。”一位家長(zhǎng)對(duì)前來(lái)監(jiān)督檢查的"
        "巡察干部說(shuō),經(jīng)常有執(zhí)法人員在學(xué)校周邊的商鋪檢查,食品安全有了保障。\n連日來(lái),縣委巡察辦針對(duì)巡察反饋問(wèn)題整改"
        "情況集中開(kāi)展督查檢查。縣市場(chǎng)監(jiān)管局是十七屆縣委第一輪巡察對(duì)象,按照反饋問(wèn)題,集中開(kāi)展2023年春季學(xué)校食堂及"
        "校園周邊食品安全專項(xiàng)檢查,共排查學(xué)校食堂42家、校園周邊食品經(jīng)營(yíng)店315家、餐飲店186家,整治食品安全隱患點(diǎn)3個(gè),"
        "有效保障師生“舌尖上的安全”。\n縣委巡察機(jī)構(gòu)堅(jiān)持以巡促改、以巡促建、以巡促治,在加強(qiáng)巡察整改、深化成果運(yùn)用上"
        "用心用力,不斷提升巡察監(jiān)督效能。按照巡察輪次,壓茬對(duì)十六屆縣委第六、七、八輪和十七屆縣委第一輪巡察反饋問(wèn)題整改情況"
        "開(kāi)展2輪次監(jiān)督檢查,運(yùn)用督查記錄單、整改督辦單、問(wèn)責(zé)移送單“三單”管理的辦法,發(fā)現(xiàn)整改不到位問(wèn)題42個(gè),協(xié)調(diào)"
        "解決重難點(diǎn)問(wèn)題11個(gè),移交整改不到位問(wèn)題線索6件,處理2人。(供稿 張向東 編輯 毛玉煜)\n\n\n\n\n\n",
    "jssjw_ganyu_six_rounds_306_found_279_done_cut":
        "赣榆区巡察工作开展以来,以“三张清单”为基础,通过细化责任主体、强化督查整改、严格问责措施等方式,形成巡察机构、被巡察单位、"
        "相关业务部门“三位一体”整改机制,推动巡察整改工作有举措、明责任、见成效。截至目前,该区共完成6轮巡察,巡察镇和区直部门"
        "(单位)党委(党组)24个,反馈问题306个,整改279个,整改率达91.18%。\n一是实行“清单化”反馈,压实整改责任。各巡察组在向"
        "被巡察单位及主要负责人反馈意见的同时,同步向被巡察单位反馈问题清单。问题清单内容既包括巡察反馈意见涉及的问题,也包括因篇幅"
        "限制未在反馈意见中列出的具体问题。被巡察单位根据反馈意见和问题清单,召开专题会议,按照“面对问题不回避、举一反三抓整改”要求,"
        "制定具体可行的整改方案,不允许搞选择性整改、打折性整改。为防止被巡察单位整改措施敷衍应付、弄虚作假,要求被巡察单位整改方案"
        "定稿前需报巡察组审核把关。在此基础上,被巡察单位按要求形成“三张清单”,即问题清单、责任清单、销号清单,做到整改内容一目了然,"
        "每一个整改事项至少由一名责任领导和具体人员负责,完成一项销号一项,明晰整改推进情况,确保序时整改到位。\n二是推行“双反馈”"
        "制度,形成整体效应。除需要移交区纪委、区委组织部的涉密线索外,巡察和督查发现的问题,既向被巡察党组织反馈,又向区级相关职能"
        "部门反馈。巡察期间,问题具体明确、群众反映强烈的,坚持即巡即改,由巡察组即时反馈,被巡察单位即时整改。对未实行“双反馈”之前"
        "形成的巡察报告,安排巡察组进行综合整理,将群众反映比较集中的、矛盾比较突出的共性问题,如党的领导普遍弱化、民主集中制执行不力、"
        "基层组织建设薄弱、扶贫惠农资金项目管理不",
    "yybnet_donggang_28_firms_96_problems_news":
        "东港区集中交办96 项企业环境问题\n本报讯(全媒体记者 姚彩虹 通讯员 王晓雪)7月29日至31日,东港生态环境分局组织开展了为期3天"
        "的重点监管企业环境执法检查行动,以涉气企业为重点,共计检查28家企业,累计发现96个问题。\n为督促相关问题整改到位,8月4日,"
        "东港生态环境分局召开重点企业执法检查发现问题集中交办会议,对检查中发现的问题,向各镇街道、有关企业进行了集中交办。\n"
        "会议要求各镇街道要对辖区内重点企业存在问题形成工作台账,指定责任人,加大巡查力度,督促相关企业逐一对发现的问题立即整改,"
        "集中力量解决辖区内企业突出环境问题。\n本次集中交办会议后,东港区污染防治专班办公室将按照整治时限要求,组织对检查发现的问题"
        "进行回头看,对于未按期完成整治的企业,通过立案处罚、停产限产等措施,倒逼企业加快推进整改工作,同时不断加大宣传曝光力度,"
        "发动群众力量,加强社会监督,共同打赢污染防治攻坚战。\n新闻推荐\n本报讯(全媒体记者侯庆萍通讯员段荣彬)8月6日上午,岚山区"
        "虎山镇锦绣花园社区召开渔民联合工会成立大会暨第一次会员代表大会...\n日照新闻,弘扬社会正气。除了新闻,我们还传播幸福和美好!"
        "因为热爱所以付出,光阴流水,不变的是日照这个家。",
    "edungo_enshi_interview_one_firm_spun":
        "本篇文章281字,读完约1分钟\n\n恩施日报(通讯员毛赵)5月8日,国家生态环境局恩施分局在恩施采访了一家农业开发公司。新塘镇环境"
        "保护办公室、市环境监测大队的工作人员、公司法人及相关责任人参加了会议。\n\n恩施州生态环境局恩施市分局约谈1家问题企业\n\n"
        "会议报告了水产养殖废弃物堆积、污染防治设施运行不正常、污染防治措施不到位等问题。考虑到受疫情影响的企业经营困难,公司被责令"
        "立即纠正违法行为,制定具体的治理方案,落实污染防治措施。\n\n恩施州生态环境局恩施市分局约谈1家问题企业\n\n目前,恩施市生态环境"
        "部门已制定了推进疫情防控、经济社会发展和加强生态环境监管执法的总体规划。在帮助企业复工复产的同时,优化执法方式,提高执法"
        "效率,督促企业履行保护生态环境的主体责任,确保污染防治设施正常稳定运行。\n\n标题:恩施州生态环境局恩施市分局约谈1家问题企业"
        "\n\n地址:http://www.edungo.net/esjj/667.html",
    "xdzhixiao_wuwei_relics_inspection_one_hazard_trad":
        "武威開(kāi)展春季文物安全執(zhí)法檢查暨項(xiàng)目督查?\n開(kāi)展文物執(zhí)法巡查 加強(qiáng)文物保護(hù)力度\n為進(jìn)一步落實(shí)文物監(jiān)管"
        "主體責(zé)任,提高全市文物安全管理水平,近期,市文化市場(chǎng)綜合行政執(zhí)法隊(duì)、市長(zhǎng)城文化保護(hù)研究院、文物管理科聯(lián)合組織"
        "工作人員,分赴三縣一區(qū),對(duì)長(zhǎng)城保護(hù)工作、古建筑消防安全情況和文物保護(hù)項(xiàng)目進(jìn)展情況進(jìn)行了督察檢查,實(shí)地檢查了古浪縣"
        "土門二墩段長(zhǎng)城、涼州區(qū)黃羊河段長(zhǎng)城、民勤縣圣容寺、涼州區(qū)大柳鎮(zhèn)魁星閣等各級文物保護(hù)單位15處,出動(dòng)督察檢查人員20"
        "人次,排查反饋消防安全隱患1項(xiàng)。\n在督察檢查過(guò)程中,要求各責(zé)任單位切實(shí)落實(shí)主體責(zé)任,加強(qiáng)巡查管護(hù),完善安防措施,"
        "排查火災(zāi)隱患,確保田野文物古建筑安全。要求項(xiàng)目建設(shè)單位結(jié)合長(zhǎng)城國(guó)家文化公園建設(shè),加大項(xiàng)目謀劃儲(chǔ)備力度,積極對(duì)接"
        "申報(bào)爭(zhēng)取;在建項(xiàng)目切實(shí)加強(qiáng)過(guò)程監(jiān)管,加快推進(jìn)項(xiàng)目進(jìn)度,保障文物項(xiàng)目實(shí)施合規(guī)合法;完工項(xiàng)目要查漏補(bǔ)缺,組織驗(yàn)收,"
        "確保項(xiàng)目質(zhì)量過(guò)硬、手續(xù)齊備、資料完善。\n今后,市文體廣電旅游局將督促縣、鄉(xiāng)兩級文物主管單位,認(rèn)真履行文物監(jiān)管主體責(zé)任,"
        "定期部署開(kāi)展文物安全專項(xiàng)執(zhí)法檢查,組織綜合執(zhí)法隊(duì)嚴(yán)厲查處涉及文物保護(hù)單位的各類違法違規(guī)行為,為全市文物事業(yè)高質(zhì)量"
        "發(fā)展提供安全保障。\n都市文化界 Dswhj.com 整理發(fā)布",
    "xicuiyuan_guangxi_auto_audit_four_items_status_trad":
        "2022年2月18日至2022年5月31日期間,廣西壯族自治區(qū)審計(jì)廳對(duì)我公司2019至2021年推進(jìn)工業(yè)高質(zhì)量發(fā)展情況進(jìn)行了"
        "專項(xiàng)審計(jì)調(diào)查,并在《廣西壯族自治區(qū)審計(jì)廳專項(xiàng)審計(jì)調(diào)查報(bào)告》(桂審企調(diào)報(bào)〔2022〕5號(hào))中提出我公司存在如下四類"
        "問(wèn)題:\n一、落實(shí)工業(yè)高質(zhì)量發(fā)展相關(guān)政策存在的問(wèn)題\n二、工業(yè)高質(zhì)量發(fā)展效益方面存在的問(wèn)題\n三、產(chǎn)業(yè)轉(zhuǎn)型及綠色"
        "發(fā)展方面存在的問(wèn)題\n四、工業(yè)發(fā)展人才及技術(shù)投入方面存在的問(wèn)題\n以上問(wèn)題,我公司高度重視,對(duì)問(wèn)題認(rèn)真核實(shí),并組織集團(tuán)"
        "各部門及各所屬公司進(jìn)行積極整改,目前第一項(xiàng)、第二項(xiàng)、第四項(xiàng)問(wèn)題已經(jīng)整改完成,第三項(xiàng)問(wèn)題持續(xù)整改跟蹤中。\n"
        "根據(jù)《廣西壯族自治區(qū)審計(jì)廳專項(xiàng)審計(jì)調(diào)查報(bào)告》(桂審企調(diào)報(bào)〔2022〕5號(hào))要求,現(xiàn)將具體整改情況進(jìn)行公示。\n"
        "廣西汽車集團(tuán)有限公司\n2022年9月30日",
    "the_unicorn_store_nanning_metro_audit_notice_attachment_trad":
        "關(guān)于對(duì)軌道1號(hào)線(xiàn)運(yùn)營(yíng)管理情況審計(jì)發(fā)現(xiàn)問(wèn)題整改情況的公示\n2021年7月起,南寧市審計(jì)局對(duì)我公司運(yùn)營(yíng)的"
        "南寧市軌道交通1號(hào)線(xiàn)進(jìn)行運(yùn)營(yíng)管理情況審計(jì),并在《審計(jì)報(bào)告》中指出我公司在1號(hào)線(xiàn)管理方面存在的問(wèn)題。對(duì)此,我公司"
        "高度重視,對(duì)問(wèn)題進(jìn)行了認(rèn)真核實(shí)和整改。\n根據(jù)《南寧市審計(jì)局關(guān)于做好審計(jì)發(fā)現(xiàn)問(wèn)題整改情況公開(kāi)工作的通知》"
        "(南審發(fā)〔2017〕45號(hào))要求,現(xiàn)將具體整改情況進(jìn)行公示(詳見(jiàn)附件)。",
}

URLS = {
    "luoohu_sunxi_community_daily_report_39_found_39_done":
        "http://sq.luoohu.com/isungang/SGSX/content/2022-08/17/content_25312659.htm",
    "jydingliang_dongxing_street_check_four_clauses_spun": "http://www.jydingliang.cn/jyxw/6199.html",
    "jydingliang_dongyang_street_check_three_clauses_spun": "http://www.jydingliang.cn/jyxw/2492.html",
    "nanmuxuan_daxiang_district_three_place_findings": "https://nanmuxuan.com/complex/vqmfywowycn.amp",
    "liangwengen_baotou_hotel_fire_check_one_body": "https://liangwengen.cn/xiaofanganquan/0804/6538.html",
    "r307vx_tongwei_xuncha_office_checks_42_trad": "http://www.307vx.com/gslz/system/2023/03/10/012922290.shtml",
    "jssjw_ganyu_six_rounds_306_found_279_done_cut": "https://www.jssjw.gov.cn/art/2018/3/22/art_298_99725.html",
    "yybnet_donggang_28_firms_96_problems_news": "https://m.yybnet.net/rizhao/news/202008/10745088.html",
    "edungo_enshi_interview_one_firm_spun": "http://www.edungo.net/esjj/667.html",
    "xdzhixiao_wuwei_relics_inspection_one_hazard_trad": "http://www.xdzhixiao.cn/html/20210323141.htm",
    "xicuiyuan_guangxi_auto_audit_four_items_status_trad": "http://xicuiyuan.com/notice-514",
    "the_unicorn_store_nanning_metro_audit_notice_attachment_trad": "http://the-unicorn-store.com/html/1950/13282.html",
}


def _p(seq, title, category=None, units=(), status=None, measures=0, deadline=None):
    return prob(seq, title, category=category, status=status, measures=measures, units=units, deadline=deadline)


def _between(text: str, start: str, end: str) -> str:
    i = text.index(start) + len(start)
    return text[i:text.index(end, i)]


# jydingliang (two streets): the ';' clauses after the lead-in, the last one's '。' dropped (R10, R86); category null (C13)
def _clauses(text: str, lead: str) -> list:
    body = _between(text, lead, "\n").rstrip("。")
    return [_p(None, c) for c in body.split(";")]


DONGXING = _clauses(TEXT["jydingliang_dongxing_street_check_four_clauses_spun"], "主要问题有:")
DONGYANG = _clauses(TEXT["jydingliang_dongyang_street_check_three_clauses_spun"], "检查组指出了存在的主要问题:")

# nanmuxuan: one finding per place sentence (NEW): after '发现', or the sentence without its leading '在'
_NM = TEXT["nanmuxuan_daxiang_district_three_place_findings"]
NANMUXUAN = [_p(None, _between(_NM, "进行督查,发现", "。")),
             _p(None, _between(_NM, "在百货站院落,督查组发现", "。")),
             _p(None, "立" + _between(_NM, "。在立", "。"))]

# liangwengen: one body's hazards (R12), lead-in '经检查发现' dropped; unit the checked hotel (R102)
_LW = TEXT["liangwengen_baotou_hotel_fire_check_one_body"]
LIANGWENGEN = [_p(None, _between(_LW, "经检查发现", ",针对"), units=["包头市泓德酒店管理有限责任公司"])]

# edungo: one enterprise's problems after '会议报告了' (R12)
_ED = TEXT["edungo_enshi_interview_one_firm_spun"]
EDUNGO = [_p(None, _between(_ED, "会议报告了", "。"))]

# xicuiyuan: four numbered headings, statuses from the item-number sentence (NEW), simplified (R91)
_XC = TEXT["xicuiyuan_guangxi_auto_audit_four_items_status_trad"]
_XC_STATUS = {1: "done", 2: "done", 3: "in_progress", 4: "done"}
XICUIYUAN = simplified([_p(i, m.group(2), status=_XC_STATUS[i]) for i, m in
                        enumerate(re.finditer(r"^([一二三四])、(.*)$", _XC, re.M), 1)])

DOCS = {
    "luoohu_sunxi_community_daily_report_39_found_39_done": dict(
        excerpt=False,
        genre="6 headline wordings: a 社区 site's 创文日报 (breadcrumbs, a '7月19日…创文日报' heading, source/time bullets) "
              "run into one paragraph whose date lost its 月/日 ('2022年719'), a '今日…发现问题39处,已整改39,延期整改0处' "
              "tally line and two 'image.png' lines; no problem statement",
        kind=None, title=None, issuer=None, report_date="2022-08-17",
        inspection=ins("笋西社区工作站文明城市创建自查自纠纠察队", None, "2022-07-19", "2022-07-19"),
        headline=head(39, 39), problems=[],
        anomalies=["A daily check report, not a rectification document: kind null (R29), title null (R34).",
                   "Report date the page's '时间:2022-08-17 14:13' (R40); the report's own '2022年719' lost its 月 and 日 "
                   "(kept, R2; unreadable alone, R61); the heading's '7月19日' dates the one-day patrol: start = end "
                   "2022-07-19 (R50), year from the page date (R58).",
                   "(NEW) A 社区工作站's own patrol: inspector the patrol team as printed; inspected null ('辖区').",
                   "Headline 39/39: '发现问题39处,已整改39' (R66 problems in 处, R71; the second '处' is lost); the 专项整治's "
                   "'19处、7处、25处' are parts with no total of their own (R69); '25人次', '22处' points are no figures (R68).",
                   "The kinds patrolled ('公益广告、杂物堆积、…问题') are one sentence, no list: problems [] (R19)."]),
    "jydingliang_dongxing_street_check_four_clauses_spun": dict(
        excerpt=True,
        genre="2-like problems in a later paragraph: a spun copy (names rewritten: '荣成区东兴街“创作文学作品”') of a city "
              "创文 监督问责 news item: a lead, a long paragraph of praise, then '主要问题有:' and four ';' clauses; a "
              "headline line mid-text; cut in the closing requirements",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市“五城共创”监督问责小组", "荣成区东兴街"), headline=head(), problems=DONGXING,
        anomalies=["A spun copy: names rewritten by a spinner ('荣成区东兴街', '创作文学作品', the headline's '雨城区东兴街' "
                   "and '五城同创') kept as printed (R2); inspector and inspected as the lead names them (R48 spun copy).",
                   "A check's findings (R10): one problem per ';' clause after '主要问题有:' (4); the praise before it is "
                   "no problem (R16); category null: the lead-in is no heading (C13 recommendation); the last clause's "
                   "'。' dropped (R86); no status, no unit, measures 0 (R97).",
                   "Kind null (a check, R29); the mid-text line '全市“五城同创”监督问责小组赴雨城区东兴街进行监督' is a news "
                   "headline, not a document title (R34); '22日' has no month or year: no dates (R60).",
                   "Cut inside the closing requirements ('对照标准和表格完善软硬'): excerpt true; the list is whole."]),
    "jydingliang_dongyang_street_check_three_clauses_spun": dict(
        excerpt=False,
        genre="2-like problems in a later paragraph: the same spun site's copy of a city 创文 check of another street: "
              "lead, praise, a headline line, then '检查组指出了存在的主要问题:' and three ';' clauses; source, title and "
              "address footer",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市文化创作检查组", "荣成区东阳街"), headline=head(), problems=DONGYANG,
        anomalies=["A spun copy ('市文化创作检查组' for a 创文 check group, '荣成区东阳街') kept as printed (R2); inspector and "
                   "inspected as the lead names them (R48).",
                   "One problem per ';' clause after '检查组指出了存在的主要问题:' (3, R10); category null (C13); praise is "
                   "no problem (R16); last '。' dropped; no status, unit or measure.",
                   "Kind null (R29); the '标题:' footer repeats a news headline, not a document title (R34); '14日' has no "
                   "month or year: no dates (R60); the page reaches its address footer: excerpt false.",
                   "Same site and shape as jydingliang_dongxing; kept as a second page with a different lead-in and count."]),
    "nanmuxuan_daxiang_district_three_place_findings": dict(
        excerpt=False,
        genre="2-like several places' findings in one paragraph: an aggregator's copy of a 区 创文 督查 news item: a "
              "headline, a lead with the check day, one sentence per place ('在…社区…发现…', '在…院落,督查组发现…', "
              "'在…院落存在…'), requirements, next steps, a time line and editor/footer lines",
        kind=None, title=None, issuer=None, report_date="2022-06-27",
        inspection=ins("大祥区督查组", None, "2022-06-26", "2022-06-26"), headline=head(), problems=NANMUXUAN,
        anomalies=["(NEW) One problem per place sentence (R10 a paragraph per place, here a sentence per place); the title "
                   "is the finding from the word after '发现' (R92 drops the lead-in with its time and place); the third "
                   "sentence has no '发现': the sentence without its leading '在', the place being its subject.",
                   "No unit ('各分管部门及街道、社区负责人' names none, R104); no status (requirements only); measures 0.",
                   "Kind null (a check, R29); title null (a news headline with a column tag, R34); report date the page's "
                   "'时间:2022-06-27' (R40); the check '6月26日上午' is one day: start = end 2022-06-26, year from the page "
                   "date (R50, R58); inspector '大祥区督查组' as printed; inspected null (several places)."]),
    "liangwengen_baotou_hotel_fire_check_one_body": dict(
        excerpt=False,
        genre="2-like one body's findings at the end of a check: a 消防 blog copy of a 消防大队 check of one hotel: a "
              "'消防检查' tag, what was checked, '经检查发现该单位存在…的火灾隐患', a 责令限期改正通知书 and requirements",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("内蒙古包头消防昆区消防大队", "包头市泓德酒店管理有限责任公司"), headline=head(),
        problems=LIANGWENGEN,
        anomalies=["One problem for the one checked body (R12), titled from '该单位存在…' (lead-in '经检查发现' dropped, R92).",
                   "Unit the checked hotel (R102); status null: '下发了《责令限期改正通知书》' and '及时整改' are orders "
                   "(R72); measures 0.",
                   "Kind null (a check, R29), no title line (the tag '消防检查' is no title, R33); '7月9日' and no year in "
                   "the text: no dates (R60)."]),
    "r307vx_tongwei_xuncha_office_checks_42_trad": dict(
        excerpt=False,
        genre="5 figures only: a glossed traditional copy of a 县 news item on the 县委巡察办's checks of rectification "
              "(a parent's quote, one inspected bureau's food-safety check, then '發現整改不到位問題42個,協調解決重難點問題"
              "11個,移交…線索6件,處理2人'), a byline and blank lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("縣委巡察辦"), headline=head(42), problems=[],
        anomalies=["Traditional characters with pinyin glosses kept as returned (R2); inspector as printed in the page's "
                   "script (R91).",
                   "(NEW) The page is about the 县委巡察办's supervision of rectification: its '發現整改不到位問題42個' is the "
                   "problems total (R62); '協調解決重難點問題11個' is another set (difficult problems coordinated), not a "
                   "done count of the 42; the market bureau's '整治食品安全隱患點3個' belongs to its own check (R65); clues "
                   "(6件), people (2人) and places checked (42家/315家/186家) are no figures (R68).",
                   "Kind null (news, R30); no title, issuer or date (the url's date is not read, R44); the rounds checked "
                   "name several bodies: inspected null; no problem statement: problems []."]),
    "jssjw_ganyu_six_rounds_306_found_279_done_cut": dict(
        excerpt=True,
        genre="5 round summary: a provincial 纪委 site's article on a 区's 巡察 rectification practice: a tally over six "
              "rounds ('巡察…24个,反馈问题306个,整改279个,整改率达91.18%'), then 一是/二是 methods; cut in the second",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(306, 279), problems=[],
        anomalies=["Headline 306/279 over six rounds (R62, R71: '整改279个' is the done count); '24个' bodies and the "
                   "'91.18%' rate are no figures (R68).",
                   "The 一是/二是 items are the district's methods, not problems (R7); the 共性问题 named in one sentence "
                   "('如党的领导普遍弱化、民主集中制执行不力、…') are no list (R19): problems [].",
                   "No title line, no issuer, no date in the text (the url's date is not read, R44); no team named: "
                   "inspector null; 24 bodies: inspected null.",
                   "Cut inside the second method ('扶贫惠农资金项目管理不'): excerpt true."]),
    "yybnet_donggang_28_firms_96_problems_news": dict(
        excerpt=False,
        genre="6 headline wordings: a city paper's news item '东港区集中交办96 项企业环境问题': a 分局's three-day "
              "enforcement check ('检查28家企业,累计发现96个问题'), a 集中交办 meeting, follow-up plans, a '新闻推荐' teaser "
              "and the site's slogan",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("东港生态环境分局"), headline=head(96), problems=[],
        anomalies=["Headline problems_total 96: problems found by the 分局's check (R62, R66); 28 enterprises are bodies "
                   "(R68); no done count.",
                   "No year in the text (only the url's 202008): '7月29日至31日' and the 集中交办 day '8月4日' (R57 would make it "
                   "the feedback day) give no dates (R60).",
                   "Kind null and title null (a news headline, R30/R34); inspected null (28 enterprises); the problems are "
                   "not stated: problems []."]),
    "edungo_enshi_interview_one_firm_spun": dict(
        excerpt=False,
        genre="2-like one body's problems reported at a 约谈: a spun copy ('国家生态环境局恩施分局…采访了一家农业开发公司') of a "
              "city news item, its headline repeated three times, '会议报告了…等问题', an order to correct, title and "
              "address footer",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("恩施州生态环境局恩施市分局"), headline=head(), problems=EDUNGO,
        anomalies=["A spun copy: the lead's '国家生态环境局恩施分局' and '采访' are rewrites; inspector the bureau as the "
                   "page's repeated heading names it (R46).",
                   "One problem for the one enterprise (R12): the clause after '会议报告了' (R92); the enterprise is "
                   "unnamed: no unit; '被责令立即纠正…' is an order (R72): status null, measures 0 (R98).",
                   "Kind null (news, R30); the heading is a news headline (R34); '5月8日' and no year: no dates (R60); "
                   "'1家' counts bodies, not problems (R68)."]),
    "xdzhixiao_wuwei_relics_inspection_one_hazard_trad": dict(
        excerpt=False,
        genre="6 headline wordings: a glossed traditional spam-site copy of a city's 文物 safety inspection news: what was "
              "inspected (15处 sites, 20人次) and '排查反饋消防安全隱患1項', requirements, a source line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(1), problems=[],
        anomalies=["Traditional characters with pinyin glosses kept as returned (R2).",
                   "Headline problems_total 1: a fire hazard found and fed back by the inspection (C3 majority: hazards "
                   "found by a check are problems); the hazard is not stated: problems []; 15处 sites and 20人次 are no "
                   "figures (R68).",
                   "Three bodies inspect jointly ('市文化市場綜合行政執法隊、市長城文化保護研究院、文物管理科聯合組織工作人員') "
                   "with no team name: inspector null; four counties' sites: inspected null; '近期': no dates (R53).",
                   "Kind null (news, R30); the headline lines are news headlines (R34)."]),
    "xicuiyuan_guangxi_auto_audit_four_items_status_trad": dict(
        excerpt=False,
        genre="6+7 audit rectification with dates and parties in prose: a glossed traditional copy of a company's 公示 "
              "of an 自治区审计厅 专项审计调查 ('2022年2月18日至2022年5月31日期間'): four numbered problem headings "
              "'一、…存在的問題', a status sentence by item number, a line announcing the details, a signature and date; "
              "no title line",
        kind="bulletin", title=None, issuer="廣西汽車集團(tuán)有限公司", report_date="2022-09-30",
        inspection=ins("廣西壯族自治區(qū)審計(jì)廳", None, "2022-02-18", "2022-05-31"), headline=head(),
        problems=XICUIYUAN,
        anomalies=["Traditional characters with pinyin glosses kept as returned (R2); document fields in the page's script "
                   "(R91), problem titles simplified without glosses.",
                   "(NEW) The four numbered headings the lead calls '四類問題' are labelled as four problems, because the "
                   "document answers them item by item: '第一項、第二項、第四項問題已經整改完成' → done, "
                   "'第三項問題持續整改跟蹤中' → in_progress (R93; C18). R23 (kinds in feedback news → []) is not applied to "
                   "the rectifying body's own 公示. seq 1-4; category null (the lead-in is no heading, C13); the closing "
                   "'存在的問題' kept (R87); measures 0 (no item is answered, R97).",
                   "'四類' counts kinds, not problems: no headline (R68); no done count is stated.",
                   "Inspector the audit office as printed with its glosses (issue 10 kind 7); inspected null ('我公司', R48); "
                   "period from the first sentence; issuer and report date from the signature (R37, R40); no title line "
                   "(R33); kind bulletin (a rectification 公示, R27)."]),
    "the_unicorn_store_nanning_metro_audit_notice_attachment_trad": dict(
        excerpt=False,
        genre="1 report body, problems in the attachments: a glossed traditional copy of a company's 审计发现问题整改情况"
              "的公示 (title line, a 市审计局 audit '2021年7月起', a line announcing the details '(詳見附件)'); the "
              "attachment is not in the copy",
        kind="bulletin",
        title="關(guān)于對(duì)軌道1號(hào)線(xiàn)運(yùn)營(yíng)管理情況審計(jì)發(fā)現(xiàn)問(wèn)題整改情況的公示",
        issuer=None, report_date=None,
        inspection=ins("南寧市審計(jì)局"), headline=head(), problems=[],
        anomalies=["Traditional characters with pinyin glosses kept as returned (R2); title and inspector in the page's "
                   "script (R91).",
                   "The problems are in an attachment the copy does not hold ('(詳見附件)'): problems [] (R24, the text "
                   "present); the page ends there: excerpt false.",
                   "Inspector the audit office (issue 10 kind 7); inspected null ('我公司', R48); '2021年7月起' is a "
                   "month: no start (R53); no signature and no date: issuer and report date null; "
                   "'南審發〔2017〕45號' is a file number."]),
}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "luoohu_sunxi_community_daily_report_39_found_39_done": 0,
    "jydingliang_dongxing_street_check_four_clauses_spun": 4,
    "jydingliang_dongyang_street_check_three_clauses_spun": 3,
    "nanmuxuan_daxiang_district_three_place_findings": 3,
    "liangwengen_baotou_hotel_fire_check_one_body": 1,
    "r307vx_tongwei_xuncha_office_checks_42_trad": 0,
    "jssjw_ganyu_six_rounds_306_found_279_done_cut": 0,
    "yybnet_donggang_28_firms_96_problems_news": 0,
    "edungo_enshi_interview_one_firm_spun": 1,
    "xdzhixiao_wuwei_relics_inspection_one_hazard_trad": 0,
    "xicuiyuan_guangxi_auto_audit_four_items_status_trad": 4,
    "the_unicorn_store_nanning_metro_audit_notice_attachment_trad": 0,
}, EXPECTED


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by a different route than the reading above."""
    if stem.startswith("jydingliang"):
        lead = re.search(r"(?:主要问题有|存在的主要问题):([^\n]*)", text).group(1)
        return lead.count(";") + 1
    if stem.startswith("nanmuxuan"):
        return len(re.findall(r"在[^。,]*(?:社区|院落)[^。]*?(?:发现|存在)", text))
    if stem.startswith(("liangwengen", "edungo")):
        return len(re.findall(r"(?:该单位存在|会议报告了)", text))
    if stem.startswith("xicuiyuan"):
        return len(re.findall(r"^[一二三四五六七八九十]、.*問(?:\(wèn\))?題$", text, re.M))
    return 0


def _simp(s: str) -> str:
    import opencc

    return opencc.OpenCC("t2s").convert(GLOSS.sub("", s))


def main() -> None:
    HERE.mkdir(exist_ok=True)
    assert set(TEXT) == set(DOCS) == set(URLS)
    total = 0
    for stem, d in DOCS.items():
        text = TEXT[stem]
        (HERE / f"{stem}.txt").write_text(text, encoding="utf-8")
        probs = d["problems"]
        assert len(probs) == recount(stem, text), (stem, len(probs), recount(stem, text))
        # measures: no listed problem is answered by an account of what was done on any page (orders are not measures)
        assert all(p["measure_count"] == 0 for p in probs), stem
        total += len(probs)
        ptext = _simp(text) if stem.endswith("_trad") else text
        for p in probs:
            assert p["title"] and p["title"] in ptext and not p["title"].endswith("。"), (stem, p["title"])
            assert p["category"] is None or p["category"] in ptext, (stem, p["category"])
            for u in p["responsible_units"]:
                assert u in ptext, (stem, u)
        joined = text.replace("\n", "")
        for k in ("title", "issuer"):
            assert d[k] is None or d[k] in joined, (stem, k)
        insp = d["inspection"]
        for k in ("inspector", "inspected"):
            assert insp[k] is None or insp[k] in text, (stem, k)
        for k, v in d["headline"].items():
            assert v is None or re.search(rf"(?<!\d){v}(?!\d)", text), (stem, k, v)
        for k in ("start", "end", "feedback_date"):
            v = insp[k]
            if v:
                y, m, dd = (int(x) for x in v.split("-"))
                assert f"{m}月{dd}日" in text, (stem, k, v)
        if d["report_date"]:
            y, m, dd = (int(x) for x in d["report_date"].split("-"))
            assert d["report_date"] in text or f"{y}年{m}月{dd}日" in text, (stem, d["report_date"])
        body = {k: d[k] for k in ("kind", "title", "issuer", "report_date", "inspection", "headline", "problems",
                                  "anomalies")}
        body = {"url": URLS[stem], "excerpt": d["excerpt"], "genre": d["genre"], **body}
        (HERE / f"{stem}.truth.json").write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert total == 16, total
    stems = {p.stem.replace(".truth", "") for p in HERE.glob("*.txt")}
    assert stems == set(DOCS), sorted(stems ^ set(DOCS))


if __name__ == "__main__":
    main()
