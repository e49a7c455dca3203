"""Write the texts and truth files of tests/importer/real/blind26: the session's last held-out batch of real pages that
PRINT PROBLEMS, labelled in session 17 (2026-12-06, 13:56-14:22 UTC) by helper label34, who did not change the parser
and did not read zhenggai/importer/ or tests/importer/*.py. Scored once on the worktree's untouched parser
(FIRST_RUN_blind26.txt) before anything else; nothing is to be changed for it. Labelled at the same time as label35
(/work/wt/label35), whose folder was checked before committing.

Schema and conventions as make_truths.py, make_truths_blind19.py and make_truths_snippets20.py (head/ins/prob from
make_truths). The texts are the stored excerpts the search tool's ``pages`` corpus returned (JSON strings pasted into
TEXTS below and decoded; the portal's leading spaces, a '1. ' with a space, the 中山 page's '    三、' indent kept).
``excerpt`` is true for the four pages cut inside their problem list (jieyang, lnst, putuo, sanya) and false for zhongshan and
school, whose copies reach the page's footer.

First run: FIRST_RUN_blind26.txt was first written at 14:00 UTC for the first four pages (committed as 401eed3); the
school and sanya pages were found and labelled after that and the file was rewritten for all six on the same untouched
parser (the earlier rows are unchanged); no label of the first four was changed after their first run.
No url is in an earlier truth: every url under /work/main/tests/importer (json and tools/*.py), /work/shared/corpus
and every /work/wt/label*/tests/importer/real was collected (974 keys; host+path+query, scheme, 'www.' and a trailing
'/' dropped, lower case, percent-decoded) and each new page's key was checked against them, again before committing.

Queries (``pages`` corpus; 51 in all; 39 before the first run of the first four pages, the last 12 after it): 国有林场 巡察反馈问题整改情况 问题清单; 街道党工委 巡察反馈意见整改进展情况的通报 第一项;
开发区管委会 审计整改情况 问题台账 序号; 税务局 巡察整改 反馈问题 整改销号; 气象局 巡察反馈意见整改情况; 残联 红十字会 巡察整改进展
情况 通报 问题一; 关于巡察反馈意见集中整改进展情况的通报 人社局; 省级生态环境保护督察 反馈问题整改任务 销号完成情况 公示; 乡镇党委
巡察整改情况公示 序号; 医保局 住房公积金 审计发现问题 整改情况; 海关 巡视整改; 烟草专卖局 巡察反馈问题整改情况 第一项; 学校党总支
巡察整改落实情况 公示; 专项整治 问题清单 整改台账 序号 问题描述 2019; 反馈问题整改情况 问题:整改情况: 村党支部; 消防救援大队 督察
反馈问题; 供销社 巡察 反馈问题 整改落实情况报告; 自然资源局 卫片执法 问题图斑; 公安分局 巡察反馈意见 整改 通报 具体问题; 巡察发现的
问题 (一) 1. 2. 3. 局党组; 审计局 整改销号 公示 单位名称 问题内容; 督查发现问题清单 序号 乡镇 2021; 开发区党工委 巡察整改 集中整改
进展情况; 巡察反馈问题 整改情况一览表 序号; 关于巡察整改情况的通报 具体问题整改情况 1.关于; 市场监管局 巡察 反馈 存在问题 2022;
关于“ ”问题 整改情况: 局党组; 统计局 巡察整改进展情况; 文联 档案馆 党校 巡察集中整改进展情况的通报; 医保基金 飞行检查 反馈 一是;
安全生产巡查 反馈意见 一是; 粮食 专项巡察 反馈; 电力公司 巡察反馈 一是; 巡察组反馈 主要是 ; ; 等问题 党工委 管委会; 住建局 督查
通报 存在问题 物业小区 2020; 监狱 戒毒所 巡视整改; 一、巡察发现的主要问题 (一) 1. 2.; 检查情况通报 二、存在的主要问题 特此通报
2019; 督查情况的通报 发现的问题 1. 2. 3. 4.; 反馈意见 指出的问题 1.…5. 镇党委 公示; 检查发现问题清单 序号 消防 学校 食堂 2023;
审计发现的主要问题 (一) (二) 经济责任审计 结果公告; 存在问题如下 1.…5. 安全检查 美篇; 巡查发现问题 1、…4、 责令整改 社区 网格
通报; 督导检查发现问题清单 乡镇卫生院 学校 整改时限; 暗访发现问题 通报 (责任单位: ) 街道; 巡察整改 销号 公示 问题描述 村
第一书记 2022; 环保督察 交办件 办理情况 公示 信访编号; 河长制 暗访 问题清单; 特种设备 安全检查 通报 市场监管所; 高校 校内巡察
反馈意见 学院党委 存在的主要问题.
Of the 80 rectification-looking urls checked (site-index junk like zhetiaohe/abg.baidu not counted), 53 were
already known (the last six queries' pages were all known) (every 民政局/市场监管局/统计督察/审计整改报告 page the queries
reached, the 武汉 市场监管局 list, the 婺城 文旅体局 list, the 高要 交叉巡察 page). New: 27 (8 from the late queries); taken: 6. New and not taken: 腾冲边合区 (a '主要是:…;…' feedback summary,
already declined by blind24 as such), 咸宁 物业 check news ('普遍存在A、B、C、D等问题' is a summary: blind21's rule; nothing
else on the page), 无锡 公安局 巡察整改 通报 (figures only; label35 took the same page into snippets24 at the same time),
xianning 政务服务局, xiamen 公安局, nanchong/庆阳/中国文联, fzmq, 古田 (lead paragraphs only, the brief asks for
problems; 中国文联 left for time), 云阳 消防 督导 (traditional spam copy, problems and 部分社会单位 mixed in one clause),
滁州 物业 巡查验收, 十堰 物业 回访 榜单, 天长 物业 (traditional), two 监狱 督察 news items (no list); late: a glossed
traditional 120pk.cn 学校安全 通报 behind a paywall cut (blind24's reason), 黄冈 消防 抽查 (lists schools, no faults), a
777doc 督查通报 (cut in its '一是' areas), a 社区 扫街 news ('…等情况' summary), a 创文日报 and a 网格 statistics page.

Kinds (issue 10): a 公安局党委 巡察 notice '一、巡察发现的问题' → '(一)…' categories → '1.<heading sentence>。<details>'
(jieyang); one round's public feedback, one paragraph per body '<body>存在的主要问题是:一是…。二是…。三是…。' (lnst); the
same kind of public feedback with unnumbered per-body prose (putuo: problems []); a signed 住建局 check 通报 with
'二、存在的主要问题' then '(一)<topic>:<finding>' (zhongshan); a school's blog card '存在问题如下:' → '一、体育馆' →
'1.'…'17.' (school) and a 创文 督查 notice in raw HTML whose '(三)背街小巷' faults carry '(责任单位:…)' (sanya); both added
after the first run, see below.

Problems: 40 (5+13+0+2+17+3), counted by reading and recounted in main() by regex on the text. No page states a measure for
a problem: measure_count 0 everywhere (feedback and check findings; '对9个项目发出整改通知书' is the inspector's act).

Judgement calls (each also in the truth's anomalies):
- jieyang: a numbered item '1.<sentence>。<more sentences>' is titled by its first sentence (the heading statement; the
  rest are details), seq from the number, category the '(一)'/'(二)' line; the copy is cut inside (二)2: labelled.
- (NEW) lnst: each body's own '一是/二是/三是' are that body's feedback problems, labelled (unlike blind8's hbust, whose
  '一是…四是' were areas common to six bodies at once, and snippets15's gaoyao, whose per-body findings are unnumbered
  prose); the body named in '<body>存在的主要问题是:' is the category (blind19's district rule), not a unit (no 责任单位 is
  printed); seq null; the fifth body is cut after '一是贯彻党的路线方针政策和党中央': labelled with the cut title (the
  '一是' marker opens a problem). lnst: '八届区委第七轮巡察派出3个巡察组' → inspector '区委巡察组' (the body that fed back), dates
  2024-09-13/2024-12-13.
- putuo: per-body unnumbered prose under '<body>存在的主要问题:' → problems [] (gaoyao's rule); the 17 sentences are kept in
  PUTUO and checked as a record only.
- (NEW) school: a blog card's title line is the title (snippets' 美篇 convention: the card's heading), kind null; one
  problem per '1.'…'17.' item titled as printed (the stray space in '最后检查 时间为' kept); the unnumbered line after item
  4 is a detail; '科研处检查图书馆、艺术楼、体育馆' → inspector/inspected; no year-less '08-31' date used.
- (NEW) sanya: items under a site judged '整体良好' list what is in order: not problems; the '背街小巷' items are, with the
  '(责任单位:…)' body as unit (make_truths.py's rule); the cut '3.儋州南二巷' is labelled as printed.
- zhongshan: title and issuer from the title line and signature; report_date the signature 2018-11-29 (the page's
  发布日期 2018-12-05 loses, schema); '2018年10月30日—31日' → start 2018-10-30, end 2018-10-31; titles keep the topic
  label before ':' ('住宅专项维修资金:…', '物业管理方面:…'; the item as printed, numbering stripped); seq 1/2 from
  (一)/(二); category '存在的主要问题'; a check's results: kind null (blind19's louxing rule); '47个物业项目', '9个项目'
  are checks/notices: no figure.

Session 18, the lead: '一是/二是/三是' items take their printed number as seq (SETTLED s18, CONVENTIONS.md R76: the
schema's 'the number printed'; '其一' → 1 already; blind11 numbered them so); the labels first written here gave seq
null, following blind26 lnst's NEW call, which this settles the other way. Only seq changed; the first run was kept.
"""
import json
import re
from pathlib import Path

from make_truths import (check_inspection_dates, check_names, check_problems, check_title_issuer, head, ins, prob,
                         write_labelled_set)

HERE = Path(__file__).resolve().parent.parent / "blind26"

TEXTS = {
    'jieyang_police_xuncha_found_problems_cut': r'''"根据市委巡察工作统一安排,2025年6月5日至2025年8月8日,市委第四巡察组对市公安局党委开展了巡察。\n一、巡察发现的问题\n(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升\n1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。深入推进警务体制机制改革力度有待加强。落实意识形态工作责任制不到位。营造良好营商环境存在短板,涉企执法不规范问题仍然存在。\n2.服务保障市委部署要求有差距。领导全市公安机关主动服务市委“1135”工作思路,为“一化一海五优特”产业发展规划合力营造良好的社会治安环境仍有不足,打击和整治工作有短板。打击电信网络新型违法犯罪力度仍需加强,推动各地各相关部门落实综合治理职责力度不足;禁毒打击管控仍需加强;道路交通安全整治和预防交通事故工作存在短板,隐患货车排查管控不到位,货车和摩电违法行为压降还不够明显。\n3.履行公安机关新时代职责使命有短板。打击整治严重违法犯罪力度有待加强;打击盗窃案件力度仍需增强。社会治安管理存在短板,推进治安综合整治工作不到位,推动矛盾纠纷多元化解合力不够,涉黄问题整治成效不明显,对重点场所管理存在漏洞。常态化扫黑除恶工作力度仍不够,指导推动基层开展恶势力组织案件深挖侦办不足。\n(二)纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强\n1. 为民服务意识不强。对基层单位接处警工作指导监督力度不到位;信访件实体化解率有待提高。\n2.重点领域关键环节存在风险隐患。个别案件侦办不力;在督促指导全市刑事案件的证据收集、程序执行、法律适用等方面仍存在差距;个别行政案件办案程序不规范。交管部门执法水平亟待提升,个"''',
    'lnst_district_round_feedback_five_bodies_cut': r'''"按照区委工作安排,2024年9月13日至12月13日,八届区委第七轮巡察派出3个巡察组,分别对区委办、区人大机关党组、区政协机关党组、区应急局党委、区交通局党组、区供销社党组、双塔街道党工委及其下辖7个社区党组织共14个党组织开展了常规巡察。巡察反映出,各被巡察党组织在落实全面从严治党主体责任、加强基层党组织和干部队伍建设等方面还存在短板。日前,区委巡察组已分别向被巡察单位党组织反馈了巡察情况,要求限期整改巡察发现的问题。现向社会公开巡察反馈情况,接受广大党员群众监督。\n区委办存在的主要问题是:一是落实党的路线方针政策和党中央重大决策部署不到位,与新时代办公厅工作要求有差距。二是持续推进全面从严治党力度不够,工作作风有待夯实。三是党组织领导班子建设不到位,党建工作抓得不实。\n区人大机关党组存在的主要问题是:一是贯彻党的路线方针政策和党中央重大决策部署及省市区委工作要求有欠缺。二是深入推进全面从严治党,彻底清除群众身边腐败问题和不正之风隐患力度不够。三是基层党组织和队伍建设存在薄弱环节。\n区政协机关党组存在的主要问题是:一是学习贯彻党中央重大决策部署不够,履行政协机关职能职责有差距。二是落实全面从严治党主体责任不够扎实,机关自身建设不到位。三是领导班子建设有欠缺,基层党组织战斗堡垒作用体现不充分。\n区应急局党委存在的主要问题是:一是落实党的路线方针政策和党中央决策部署有差距,履职尽责不到位。二是作风建设不够扎实,落实全面从严治党主体责任有差距。三是党的基层组织建设存在薄弱环节,领导班子决策制度执行不到位。\n区交通局党组存在的主要问题是:一是贯彻党的路线方针政策和党中央"''',
    'putuo_four_bodies_feedback_sentences_cut': r'''"经中共普陀区委同意,近日,普陀区委巡察组分别向虾峙镇、区交通运输局、区海洋与渔业局、区文广旅体局等4家单位党组织反馈了巡察意见,并提出了整改要求。\n虾峙镇党委存在的主要问题:\n镇党委贯彻落实上级关于安全生产、共同富裕、疫情防控等决策部署还有差距,质效不明显。基层治理能力建设还有短板,制度建设明显滞后。意识形态工作和风险防范存在薄弱环节。作风建设不够扎实,违反中央八项规定精神的问题仍有发生。对大额资金支出、工程项目招投标等重点领域和关键环节监管不力。基层党组织建设不够有力,党建工作责任制落实不够到位。选人用人程序执行还有欠缺,编外用工管理还不够严格。履行管党治党政治责任不够硬核。上一轮巡察整改主体责任压得不够实,个别问题“反弹回潮”。\n区交通运输局党组存在的主要问题:\n局党组落实上级决策部署不够到位,全力推进“综合交通大会战”还有短板。高质量推进“交通强区”建设有差距,推进交通数字化改革不够有力。党的领导弱化,党组集中统一领导不够坚强有力,意识形态工作责任落实不到位。工程建设管理漏洞比较多,内控制度不够完善,财经制度执行不严。作风建设不够扎实,履职尽责不够到位。全面从严治党主体责任未落实落细,干部队伍建设有短板,党建工作整体质量不高,存在弱化虚化现象。\n区海洋与渔业局党组存在的主要问题:\n局党组推进国家绿色渔业实验基地项目建设力度不够大,贯彻落实省委省政府关于渔场修复振兴的工作部署不够有力,落实渔业安全生产监管职能还不够到位,意识形态责任制落实不到位。主动服务群众意识有所弱化,落实中央八项规定精神不够扎实,公务接待不规范等问题仍有发生。工程建设、服务采购、内"''',
    'zhongshan_property_random_check_two_findings': r'''"无障碍版 长者助手 登录\n管理公开\n您现在的位置:\n\n中山市住房和城乡建设局关于2018年下半年物业管理“双随机”检查工作情况的通报\n\n文号:中建函〔2018〕2866号 信息来源:中山市住房和城乡建设局 发布日期:2018-12-05 分享:\n\n各有关单位\n\n为切实加强我市物业管理工作,提升我市物业管理水平,根据工作安排,我局按照抽查计划于2018年10月30日—31日对全市物业小区开展物业管理“双随机”执法检查,现将检查情况通报如下:\n\n一、检查总体情况\n\n本次检查采用双随机方式进行电脑随机抽选检查项目和检查人员,共派出4个检查组,对47个物业项目进行检查,其中对9个项目发出整改通知书。\n\n二、存在的主要问题\n\n(一)住宅专项维修资金:部分物业服务企业没有落实住宅专项维修资金转移工作,未将小区住宅专项维修资金转移至我局监管账户。\n\n(二)物业管理方面:部分物业服务企业没有按照合同要求对小区公共设施设备进行维护保养,缺少巡查、检查记录;接管小区时未办理物业服务合同备案手续。\n\n    三、下阶段工作要求\n\n对检查发现的问题,各有关单位要在规定时间内落实整改措施,并安排专人进行跟踪落实。在以后的工作中,我局将加大执法力度,严肃查处违法违规行为,提升我市物业管理水平。\n\n特此通报。\n\n附件:2018年下半年物业管理“双随机”检查汇总表\n\n中山市住房和城乡建设局\n\n2018年11月29日\n\n  \n\n  \n\n附件下载 : 2018年下半年物业管理“双随机”检查汇总表.xls \n\n新媒体\n微信\n手机版"''',
    'school_opening_safety_check_gym_17_meipian': r'''"2024年开学安全检查\n\n数数\n创建于08-31\n阅读 583\n收藏TA\n\n需扫码在手机上打开\n文章后点击更新提醒\n\n2024年8月31日开学前安全检查\n\n科研处检查图书馆、艺术楼、体育馆\n\n存在问题如下:\n\n一、体育馆\n\n1.大部分灭火器、消防栓最后检查 时间为7月26日\n\n2.一楼墙外硬竹插入一楼窗内\n\n3.一楼中间方柱瓷砖脱落\n\n4.水机似乎有漏水\n\n水机最后检测时间为2月\n\n5.一楼女厕所两间打不开,是都已损坏需要修理\n\n6.电箱开关门上挂着钥匙,随时可使用\n\n7.体育馆南门右转墙面消防栓门玻璃碎裂\n\n8.体育馆办公室门口处消防栓最后检查日期为6月28日\n\n9.教研组办公室旁边的消防应急照明灯电线已断\n\n10.北门入口左转乒乓球台区域天面掉皮\n\n11.二楼东面墙消防栓门已破,用一块薄木板挡住,不方便开合\n\n12.二楼靠南面墙消防栓门已坏,用木板遮挡\n\n13.二楼南门楼梯扶手缺损,墙体裂痕明显\n\n14.宣传板内容已氧化碎裂\n\n15.体育馆外一楼东面墙外小道碎玻璃渣较多,建议清理\n\n16.一楼南门左右墙皮脱落,宣传板氧化碎裂\n\n17.一楼西边外墙三扇窗户玻璃已缺失\n\n阅读 583\n文章由 美篇工作版 编辑制作\n投诉"''',
    'sanya_civility_check_backstreets_units_html_cut': r'''"<p class=\"ql-block\"> 为高质量完成全国文明城市创建工作目标,10月25日,市创文巩卫办督查组对天涯区城市社区进行专项检查,共发现问题22个,问题已在三亚市创文巩卫管理平台形成问题清单,发送至各责任单位,请各相关单位针对问题立行立改,举一反三,全面排查,同时将整改情况上传至平台,突出问题如下:</p> <p class=\"ql-block\">一、儋州村社区</p> <p class=\"ql-block\">(一)社区居委会</p> <p class=\"ql-block\">该点位文明创建工作整体良好。</p> <p class=\"ql-block\">1.显著位置设置社会主义核心价值观、关爱未成年人等公益宣传广告。</p> <p class=\"ql-block\">2.显著位置设置15分钟便民生活圈、健身场所导视图。</p> <p class=\"ql-block\">3.学雷锋志愿服务站工作人员穿戴志愿者服饰,设有服务项目、管理制度、服务记录及便民服务器材。</p> <p class=\"ql-block\">4.家长学校、未成年人活动中心设有管理制度、活动计划及活动成果。</p> <p class=\"ql-block\">(二)新时代文明实践站</p> <p class=\"ql-block\">该点位文明创建工作整体良好。</p> <p class=\"ql-block\">1.显著位置展示新时代文明实践站导视图。</p> <p class=\"ql-block\">2.显著位置展示新时代文明实践站组织架构及工作制度。</p> <p class=\"ql-block\">3.显著位置展示新时代文明实践站各活动室管理制度。</p> <p class=\"ql-block\">4.各活动室开放时间正常对外开放。</p> <p class=\"ql-block\">5.显著位置展示新时代文明实践站活动计划及活动成果。</p> <p class=\"ql-block\">(三)背街小巷</p> <p class=\"ql-block\">1.儋州南二巷美团优选可烁日用百货店门前三包责任落实不到位,门口杂物乱堆乱放。(责任单位:市综合行政执法局天涯分局)</p> <p class=\"ql-block\">2.儋州南二巷车辆乱停放现象普遍。(责任单位:市综合行政执法局天涯分局)</p> <p class=\"ql-block\">3.儋州南二巷"''',
}


def _numbered_in_body(rows):
    """(category, title) rows → (category, title, n): 一是/二是/三是 count from 1 again in each body's paragraph."""
    out, n, last = [], 0, object()
    for c, t in rows:
        n = n + 1 if c == last else 1
        last = c
        out.append((c, t, n))
    return out


def _p(seq, title, category=None, units=(), status=None):
    return prob(seq, title, category=category, status=status, measures=0, units=units)


JY1 = "学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升"
JY2 = "纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强"
JIEYANG = [(1, "学习贯彻总书记关于新时代公安工作重要论述精神不到位", JY1), (2, "服务保障市委部署要求有差距", JY1),
           (3, "履行公安机关新时代职责使命有短板", JY1), (1, "为民服务意识不强", JY2),
           (2, "重点领域关键环节存在风险隐患", JY2)]
LNST = [("区委办", "落实党的路线方针政策和党中央重大决策部署不到位,与新时代办公厅工作要求有差距"),
        ("区委办", "持续推进全面从严治党力度不够,工作作风有待夯实"),
        ("区委办", "党组织领导班子建设不到位,党建工作抓得不实"),
        ("区人大机关党组", "贯彻党的路线方针政策和党中央重大决策部署及省市区委工作要求有欠缺"),
        ("区人大机关党组", "深入推进全面从严治党,彻底清除群众身边腐败问题和不正之风隐患力度不够"),
        ("区人大机关党组", "基层党组织和队伍建设存在薄弱环节"),
        ("区政协机关党组", "学习贯彻党中央重大决策部署不够,履行政协机关职能职责有差距"),
        ("区政协机关党组", "落实全面从严治党主体责任不够扎实,机关自身建设不到位"),
        ("区政协机关党组", "领导班子建设有欠缺,基层党组织战斗堡垒作用体现不充分"),
        ("区应急局党委", "落实党的路线方针政策和党中央决策部署有差距,履职尽责不到位"),
        ("区应急局党委", "作风建设不够扎实,落实全面从严治党主体责任有差距"),
        ("区应急局党委", "党的基层组织建设存在薄弱环节,领导班子决策制度执行不到位"),
        ("区交通局党组", "贯彻党的路线方针政策和党中央")]
XZ, JT, HY = "虾峙镇党委", "区交通运输局党组", "区海洋与渔业局党组"
PUTUO = [(XZ, "镇党委贯彻落实上级关于安全生产、共同富裕、疫情防控等决策部署还有差距,质效不明显"),
         (XZ, "基层治理能力建设还有短板,制度建设明显滞后"), (XZ, "意识形态工作和风险防范存在薄弱环节"),
         (XZ, "作风建设不够扎实,违反中央八项规定精神的问题仍有发生"), (XZ, "对大额资金支出、工程项目招投标等重点领域和关键环节监管不力"),
         (XZ, "基层党组织建设不够有力,党建工作责任制落实不够到位"), (XZ, "选人用人程序执行还有欠缺,编外用工管理还不够严格"),
         (XZ, "履行管党治党政治责任不够硬核"), (XZ, "上一轮巡察整改主体责任压得不够实,个别问题“反弹回潮”"),
         (JT, "局党组落实上级决策部署不够到位,全力推进“综合交通大会战”还有短板"),
         (JT, "高质量推进“交通强区”建设有差距,推进交通数字化改革不够有力"),
         (JT, "党的领导弱化,党组集中统一领导不够坚强有力,意识形态工作责任落实不到位"),
         (JT, "工程建设管理漏洞比较多,内控制度不够完善,财经制度执行不严"), (JT, "作风建设不够扎实,履职尽责不够到位"),
         (JT, "全面从严治党主体责任未落实落细,干部队伍建设有短板,党建工作整体质量不高,存在弱化虚化现象"),
         (HY, "局党组推进国家绿色渔业实验基地项目建设力度不够大,贯彻落实省委省政府关于渔场修复振兴的工作部署不够有力,"
              "落实渔业安全生产监管职能还不够到位,意识形态责任制落实不到位"),
         (HY, "主动服务群众意识有所弱化,落实中央八项规定精神不够扎实,公务接待不规范等问题仍有发生")]
ZHONGSHAN = ["住宅专项维修资金:部分物业服务企业没有落实住宅专项维修资金转移工作,未将小区住宅专项维修资金转移至我局监管账户",
             "物业管理方面:部分物业服务企业没有按照合同要求对小区公共设施设备进行维护保养,缺少巡查、检查记录;接管小区时未办理物业服务合同备案手续"]

GYM = ["大部分灭火器、消防栓最后检查 时间为7月26日", "一楼墙外硬竹插入一楼窗内", "一楼中间方柱瓷砖脱落", "水机似乎有漏水",
       "一楼女厕所两间打不开,是都已损坏需要修理", "电箱开关门上挂着钥匙,随时可使用", "体育馆南门右转墙面消防栓门玻璃碎裂",
       "体育馆办公室门口处消防栓最后检查日期为6月28日", "教研组办公室旁边的消防应急照明灯电线已断", "北门入口左转乒乓球台区域天面掉皮",
       "二楼东面墙消防栓门已破,用一块薄木板挡住,不方便开合", "二楼靠南面墙消防栓门已坏,用木板遮挡", "二楼南门楼梯扶手缺损,墙体裂痕明显",
       "宣传板内容已氧化碎裂", "体育馆外一楼东面墙外小道碎玻璃渣较多,建议清理", "一楼南门左右墙皮脱落,宣传板氧化碎裂",
       "一楼西边外墙三扇窗户玻璃已缺失"]

DOCS = {
    "jieyang_police_xuncha_found_problems_cut": dict(
        url="http://www.jieyang.gov.cn/jyga/jwdt/jwyw/content/post_976506.html", excerpt=True,
        genre="a city 公安局's page on a 市委 巡察 of its 党委: '一、巡察发现的问题' then '(一)…' categories and '1.<heading "
              "sentence>。<details>' items; cut inside (二)2",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第四巡察组", "市公安局党委", "2025-06-05", "2025-08-08"), headline=head(),
        problems=[_p(s, t, c) for s, t, c in JIEYANG],
        anomalies=["Problems listed as found by the 巡察 (no rectification yet): status null, measures 0.",
                   "(NEW) Each '1.'/'2.'/'3.' item is titled by its first sentence (the heading statement); the sentences "
                   "after it are details. Numbering restarts at 1 under (二); '1. 为民服务意识不强' has a space after '1.'.",
                   "Cut inside (二)2 at '交管部门执法水平亟待提升,个': labelled (its heading sentence is complete).",
                   "No title line, no page date, no signature in the stored copy."]),
    "lnst_district_round_feedback_five_bodies_cut": dict(
        url="http://lnst.gov.cn/html/CYSTQ/202502/0173924119639758.html", excerpt=True,
        genre="a district's public notice of one 巡察 round's feedback: one paragraph per inspected body '<body>存在的主要问题是:"
              "一是…。二是…。三是…。'; cut in the fifth body's 一是",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区委巡察组",
                       "区委办、区人大机关党组、区政协机关党组、区应急局党委、区交通局党组、区供销社党组、双塔街道党工委及其下辖7个社区党组织"
                       "共14个党组织", "2024-09-13", "2024-12-13"),
        headline=head(),
        problems=[_p(n, t, c) for c, t, n in _numbered_in_body(LNST)],
        anomalies=["(NEW) One paragraph per body: category the body named before '存在的主要问题是:' (blind19's district "
                   "rule); no 责任单位 printed: no unit; one problem per 一是/二是/三是, seq its printed number (SETTLED s18; first labelled null).",
                   "Cut after '区交通局党组存在的主要问题是:一是贯彻党的路线方针政策和党中央': the 13th problem is labelled with "
                   "its cut title (the '一是' marker opens it); 区供销社党组 and 双塔街道党工委 are not reached.",
                   "'八届区委第七轮巡察派出3个巡察组' / '区委巡察组已分别…反馈' → inspector 区委巡察组; '14个党组织' counts "
                   "bodies: no figure. No title, no date of the page."]),
    "putuo_four_bodies_feedback_sentences_cut": dict(
        url="https://bzadlt.com/lz/news1/id/17193", excerpt=True,
        genre="a copy (odd host) of a district's public 巡察 feedback to four bodies: heading '<body>存在的主要问题:' then one "
              "paragraph, one fault per sentence, no markers; cut inside the third body",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("普陀区委巡察组", "虾峙镇、区交通运输局、区海洋与渔业局、区文广旅体局等4家单位党组织"), headline=head(),
        problems=[],
        anomalies=["Per-body findings are unnumbered prose sentences under '<body>存在的主要问题:' (snippets15's gaoyao rule: "
                   "a feedback made public with per-body prose is not a problem list): problems []. 17 full sentences (虾峙镇党委 "
                   "9, 区交通运输局党组 6, 区海洋与渔业局党组 2) then a cut fragment '工程建设、服务采购、内'; 区文广旅体局 not reached.",
                   "No dates, no title; the host is not the district's site (a copy)."]),
    "zhongshan_property_random_check_two_findings": dict(
        url="http://jsj.zs.gov.cn/zwgk/wgk/glgk/content/post_1610328.html", excerpt=False,
        genre="a city 住建局's signed 通报 of a '双随机' 物业 check: '二、存在的主要问题' then '(一)<topic>:<finding>。' items; "
              "portal chrome and footer; whole page",
        kind=None, title="中山市住房和城乡建设局关于2018年下半年物业管理“双随机”检查工作情况的通报",
        issuer="中山市住房和城乡建设局", report_date="2018-11-29",
        inspection=ins("中山市住房和城乡建设局", "全市物业小区", "2018-10-30", "2018-10-31"), headline=head(),
        problems=[_p(i, t, "存在的主要问题") for i, t in enumerate(ZHONGSHAN, 1)],
        anomalies=["Signature '中山市住房和城乡建设局 / 2018年11月29日' → issuer and report_date (the 发布日期 2018-12-05 is the "
                   "page's); '2018年10月30日—31日' → start/end.",
                   "Titles keep the topic label before ':' (the item as printed, '(一)'/'(二)' stripped, final '。' dropped); "
                   "(二) holds two findings joined by ';' under one item: one problem.",
                   "A check's results: title set, kind null; '47个物业项目', '对9个项目发出整改通知书' are checks and notices: "
                   "no figure; '三、下阶段工作要求' is a requirement, not a measure."]),
    "school_opening_safety_check_gym_17_meipian": dict(
        url="https://jianpian.cn/a/18jkf7m3", excerpt=False,
        genre="a school office's pre-term safety check card on a blog copy (美篇 chrome: author, reads, 投诉): '存在问题如下:' then "
              "'一、体育馆' and items '1.'…'17.'; whole page",
        kind=None, title="2024年开学安全检查", issuer=None, report_date=None,
        inspection=ins("科研处", "图书馆、艺术楼、体育馆", "2024-08-31", "2024-08-31"), headline=head(),
        problems=[_p(i, t, "体育馆") for i, t in enumerate(GYM, 1)],
        anomalies=["(NEW) A blog card: first line '2024年开学安全检查' is the title; '创建于08-31' (no year) is chrome; "
                   "'2024年8月31日开学前安全检查' → start and end 2024-08-31; no signature: report_date null.",
                   "Items '1.'…'17.' under '一、体育馆' (category '体育馆'); the 图书馆 and 艺术楼 announced in the lead have no "
                   "items. Item 4 is followed by an unnumbered line '水机最后检测时间为2月' (a detail, not a problem).",
                   "'建议清理' in item 15 is the inspector's suggestion: kept in the title, measures 0; status null."]),
    "sanya_civility_check_backstreets_units_html_cut": dict(
        url="http://www.meipian.cn/4xik109b", excerpt=True,
        genre="a blog (美篇) copy stored as raw '<p class=\"ql-block\">' HTML of a city 创文巩卫办 督查 notice: per community "
              "'一、' and per site '(一)…': two sites praised with '1.'…'5.' good points, then '(三)背街小巷' with faults "
              "'1.…。(责任单位:…)'; cut in its item 3",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市创文巩卫办督查组", "天涯区城市社区"), headline=head(pt=22),
        problems=[_p(1, "儋州南二巷美团优选可烁日用百货店门前三包责任落实不到位,门口杂物乱堆乱放", "背街小巷", ["市综合行政执法局天涯分局"]),
                  _p(2, "儋州南二巷车辆乱停放现象普遍", "背街小巷", ["市综合行政执法局天涯分局"]),
                  _p(3, "儋州南二巷", "背街小巷")],
        anomalies=["(NEW) Under '(一)社区居委会' and '(二)新时代文明实践站' ('该点位文明创建工作整体良好。') the '1.'…'5.' items "
                   "state what is in order: not problems. The problems are the '(三)背街小巷' items, each with '(责任单位:…)' → "
                   "unit; seq from the number; category '背街小巷'.",
                   "Cut at '3.儋州南二巷': labelled with the cut title (the '3.' marker opens a problem; lnst's rule), no unit.",
                   "'共发现问题22个' → problems_total 22; '10月25日' has no year: no dates; raw HTML kept as text."]),
}

EXPECTED = {"jieyang_police_xuncha_found_problems_cut": 5, "lnst_district_round_feedback_five_bodies_cut": 13,
            "putuo_four_bodies_feedback_sentences_cut": 0, "zhongshan_property_random_check_two_findings": 2,
            "school_opening_safety_check_gym_17_meipian": 17, "sanya_civility_check_backstreets_units_html_cut": 3}


def recount(stem: str, text: str) -> int:
    """Second count, from the text itself."""
    if stem.startswith("jieyang"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("lnst"):
        return len(re.findall(r"[一二三]是", text[text.index("区委办存在"):]))
    if stem.startswith("putuo"):  # unnumbered per-body prose: no problem list (the 17 sentences are kept as a record)
        assert sum(para.count("。") for para in re.findall(r"存在的主要问题:\n(.*)", text)) == len(PUTUO) == 17
        return 0
    if stem.startswith("zhongshan"):
        return len(re.findall(r"^\([一二三四五]\)", text, re.M))
    if stem.startswith("sanya"):
        return len(re.findall(r'"ql-block">\d\.', text[text.index("(三)背街小巷"):]))
    if stem.startswith("school"):
        return len(re.findall(r"^\d+\.", text, re.M))
    raise KeyError(stem)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text."""
    # every title, category and unit is in the text as written
    check_problems(stem, d["problems"], text, category_in=text, units_in=text)
    check_title_issuer(stem, d, text)
    insp = d["inspection"]
    check_names(stem, insp, text)
    for k in ("problems_total", "measures_total"):
        v = d["headline"][k]
        assert v is None or str(v) in text, (stem, k)
    # each date's month and day are printed in the text
    check_inspection_dates(stem, insp, text, forms=lambda y, m, dd: (f"{m}月{dd}日", f"{dd}日"))
    if d["report_date"]:
        y, m, dd = d["report_date"].split("-")
        assert f"{y}年{int(m)}月{int(dd)}日" in text, (stem, d["report_date"])


def main() -> None:
    write_labelled_set(HERE, DOCS, {k: json.loads(v) for k, v in TEXTS.items()}, check_one, expected=EXPECTED,
                       recount=recount, total=40)


if __name__ == "__main__":
    main()
