"""Write the texts and truth files of tests/importer/real/blind41: a held-out FINAL set of real pages (session 21),
labelled on 2026-12-07 (00:04-01:00 UTC by the machine clock) by helper label56, who did not read or change the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did NOT run it on this set: the lead scores it at the
end. Other helpers' worktrees were not opened (RULES.md); every url was checked with /work/wt/known_urls.py before it was
taken and again before the commit, and a distinctive phrase of each page (垃圾池无人清理, 广新采石场, 退耕还林补助金集体部分,
种植马铃薯, 隋庄村, 开化县委第八轮, 五香溪村, 国源堂药店, 沧州恒兴玻璃纤维, 时尚印佳, 娄烦县万家福, 红果子镇,
消防大队检查重点单位消防安全, 滁州經開區, 毛伟明, 高唐县, 威信县, 镇康县) was grepped in /work/main/tests/importer and
/work/shared/corpus: no hits.

Schema and conventions as tests/importer/real/CONVENTIONS.md (R1-R121, C1-C21) and make_truths.py (head/ins/prob);
structure after make_truths_blind39.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): glosses, chrome, spam-free footers and blank lines kept as returned.

The brief asked for the shapes the importer reads worst on real pages: news of ONE inspection finding that was fixed
(>= 5), check / exposure reports with a place or firm per line (>= 4), and 1-2 near misses.

Queries (``pages`` corpus, 16): 巡察发现问题后 立行立改 目前已整改到位; 消防安全检查 发现隐患 单位名称 存在问题 通报 整改;
巡察组发现 村 问题 督促整改 现已 群众 纪委监委 整改到位; 暗访 曝光 问题清单 督查发现 乡镇 存在问题 责令整改; 审计发现 问题 整改
已追回 资金 目前已完成整改 县审计局; 巡视反馈指出 问题 整改 已拆除 已完成 本报讯 整改后; 督察发现 问题 整改前 整改后 边督边改
已完成整改 环境; 安全隐患排查 通报 企业名称 存在问题 1. 2. 限期整改 应急管理局; 巡察中发现 该村 问题 巡察组 督促 目前 已全部
退还 群众点赞; 督查通报 一、 存在问题 镇 村 1. 2. 3. 环境卫生 垃圾 限期整改 第 期; 火灾隐患单位 曝光 第一批 存在问题 单位地址
消防救援大队; 暗访发现 问题 通报 一是 二是 乡镇卫生院 值班 脱岗 责令整改; 环保检查 发现问题 企业 未按要求 整改 通报如下 1、 有限公司;
食品安全检查 督查情况 通报 学校食堂 存在问题 后厨 留样 整改; 市委巡察组反馈 指出 问题 整改 已投入使用 如今 记者 回访 巡察整改;
督查组 实地督查 发现 路段 小区 存在 问题 交办 整改 通报 第 期 街道办; 审计指出 问题 整改 落实 后 已 归还 资金 审计整改 典型案例;
召开巡察整改工作推进会 会议要求 压实整改责任 确保按期完成 县委.

Exhaustion: 46 candidate urls checked with known_urls.py, 23 KNOWN (hk.crntt 润州, liangwengen, sqlzw, scxwzt.newssc,
thedullerimage, bdfayi, p2.ttnews, zjrb 德清, public.xinzheng, wuhua, atzr, 117.156.67.38, datian, m.haomeiwen,
39.103.169.235, e-com-net 1753…, haomeiwen nvlsfctx, m-yicheng, jiaozuo, xxmyq and others), 23 new. Declined though new:
cs.rednet (one firm ordered to fix 13 hazards: an order, a fourth firm-check page), news.hubeidaily 谷城 (faults as
kinds; enough no-list pages), zysbs 聊城 (a 督导组's work news), liangzhicang (traditional hazard tally), yyykp 福建 (14 firms
named in one sentence with shared faults: blind39 hkwb's shape), new.aaoru and jingyuhuahui (medical / gambling spam
spliced in), ptwbs (one-sentence kinds), e-com-net 1296… (kinds with a count), a 塔城 page with no url.

Kinds (issue 10) and problems, measures counted twice (by reading, and in main() by a recount of each text):
(3/4/7) news of ONE finding that was fixed (R108), one problem each, measures 0 (the fix is told as news, blind38
tongshan):
  - jwfz_lincang: a 市委巡察组 hears of an untended 垃圾池 and has it fixed: 1, done.
  - snshr_xiangtan: a glossed copy; the 中央第三巡视组 交办事项 '指出,…' one quarry's spoil in a reservoir; partly
    cleared, the task still to finish: 1, status null.
  - jjfz_weixin: a 县委巡察组's 院坝会 on a 退耕还林补助金 misappropriation, money recovered: 1, done.
  - ynjjjc_zhenkang: a 县委巡察组 on unreturned 马铃薯 deposits; the lead says the money was returned; cut: 1, done.
  - jwfz_gaotang: a 县委巡察组 on unrefunded 自筹款; cut before the fix: 1, status null.
  - dazhengkuaiji_longhu: traditional; a 区委巡察组 finds 17.89万元 of subsidies kept in a village account; the lead
    says the money reached the villagers; cut: 1, done.
(2-like) checks and exposures with a place or firm per line:
  - veladacinema_zhongtang: a 消防 exposure of 4 places (场所名称 / 场所地址 / 隐患情况), 'all fixed on the spot': 4, done.
  - czhebei_cangzhou: a 消防 exposure of 3 units (隐患单位名称 / 地址 / 存在的火灾隐患): 3.
  - sf850_mep: traditional; a 强化督查 day under '北京市督查組' / '天津市督查組' headings, one firm each: 2.
  - daumloan_masked: a masked ('20XX年', '**区') 城市管理 督查通报; per body '…,但对…不及时' under '1、乡镇和街道:': 3; cut.
  - shifen_taiyuan: a 消防 exposure whose 8 红色单位 are names only, no finding per name: 0 (R109).
(5) no list:
  - jcfzw_kaihua: a 住村夜巡 feature; a fixed 水渠 asked about, no fault stated; '累计发现村级组织存在问题2770个': 0, 2770.
near misses:
  - ycq_fire_brigade: a 消防大队 check news with no finding: 0.
  - nodetpl_chuzhou: traditional; a 巡察整改 调度推进会 news item: 0.

Totals: 14 documents, 18 problems (1 x 6 + 4 + 3 + 2 + 3; four pages with none). Measures: 0 everywhere (news
accounts, orders, cards without answers: R97/R98; tongshan's reading of a news fix). Reading and recount agree.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- jwfz_lincang: (NEW) the one finding is a villager's quoted complaint the team verified ('在现场核实后'): title the
  complaint's statement without '原先的' and without the question '这种事情你们管不管?'; done from '及时解决了垃圾处理问题'.
- snshr_xiangtan: R108 with a quoted 交办事项 (kind 4 lead-in '中央第三巡视组第一批交办事项指出,' dropped, R15/R92); the place
  '雨湖区(yǔhúqū)' dropped; glosses kept (a simplified copy: R86 removes glosses only by simplification); status null
  (R95): '已清理完毕' is said of a part while '确保如期高质量完成整改任务' is still asked; no year anywhere: no date (R60).
- jjfz_weixin / ynjjjc_zhenkang / dazhengkuaiji_longhu: (NEW) done from the lead's quoted villager who says the money
  came back (the fix stated before the finding), R93's 'a sentence says so'.
- ynjjjc_zhenkang: (NEW) title the stated fault '退还保证金的事一拖再拖' (the village's own account), lead-in '导致' dropped;
  the deposit itself is no fault.
- jwfz_gaotang: title the fault found ('…村干部认为钱少户多手续麻烦,既没有…也没有…'), the place '隋庄村、盐场村等5个村的'
  dropped (R108); the page's '时间:2023-12-28' is the report date; news headline → title null (R34).
- veladacinema_zhongtang / czhebei_cangzhou: one problem per place or unit (R12), the hazard field joined (blind39
  laohekouzx); units the 场所/单位 names (blind39 meishi) except a residential estate (莞都可苑, 东升骏景小区: places, R103).
  zhongtang: '以上火灾隐患已经现场整改完毕' → all done (R94).
- sf850_mep: category the 督查组 heading (R82), simplified (R91); no unit: the finding is handed to '當地環保部門' unnamed;
  '7月31日' without a year: no dates (R60).
- daumloan_masked: (NEW) per body '…组织N人对…清理,但对…不及时': one problem per body, the clause after '但' (R16, R12);
  the praise of section 一 (last issue's problems fixed) is no problem (R16 整治完成); no unit (the bodies are not told to
  rectify, R102); 育才办事处 cut before any '但': no problem; masked year: no dates; title the 通报's own heading.
- shifen_taiyuan: (NEW) names under '红色单位:' with no finding each: no problems (R109: an item that prints no finding);
  the colour classes define hazard kinds in general (R19/R23); '15家' bodies: no figure (R68).
- jcfzw_kaihua: (NEW) a question about a mended 水渠 states no fault: no problem; '2770个' is the county's 巡察 tally
  (R62, C5 read when the subject's own inspections); '136件…问题得到有效解决' is another set (群众关心的重点问题), not a done
  count (R116).
"""
import json
import re
from pathlib import Path

from make_truths import GLOSS, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind41"

_RAW = {
    "jwfz_lincang_xuncha_garbage_pool_one_finding_fixed":
        r'''"“原先的垃圾池无人清理,大家都往山上丢,一到热天臭气熏天,这种事情你们管不管?”前不久,临沧市委第一巡察组到耿马县孟定镇千家寨走村入户倾听群众呼声的过程中,村民南某某发出了自己的疑问。\n“当然管!群众关切的事就是我们的事,开展巡察工作就是要发现问题并解决问题,只要情况属实,我们将管到底。”随即,巡察组工作人员在现场核实后,交由村组干部进行督办,及时解决了垃圾处理问题。\n为疏通村级发展的“痛点”和“堵点”,打通正风肃纪反腐的“最后一公里”,今年以来,临沧市委把对村级巡察作为保障乡村振兴战略、提升基层治理水平的重要抓手,积极推进巡村带组、巡乡带片、巡县带域机制,扎实推动巡察工作向村级“神经末梢”延伸。\n该市创新巡察方式方法,优化联动模式,整合市、县两级精干力量,组建若干巡察小组,对社情平稳、基础较好的村社区进行“组团巡”,实现快进快出;对体量较大、情况复杂的重点村社区,适当延长时间,着力发现突出问题。同时,注重用活巡察办法,以见人、见事的动员机制提升群众参与度。\n“村集体资产处置管理是否规范?”“是否存在长期顽疾、难解决问题?”“是否存在具体落实有关惠农利民政策时不担当、不作为情况?”巡察组直面问题,紧盯惠民政策落实、粮食安全、征地拆迁、环境整治等与群众最关系密切、群众最关切的事项,紧盯村党支部书记、村委会主任及其他村“两委”干部等“关键少数”,瞄准农村基层问题易发点和多发点,详细罗列出村级巡察容易出现的具体问题,深入田间地头、农户院角,通过入户走访、重点探访,零距离跟群众话家常、听意见、谈问题,引导群众消除顾虑、畅所欲言,做到“带着问题去、带着问题回”,实现巡察质量大提升"''',
    "snshr_xiangtan_central_xunshi_quarry_item_glossed_cut":
        r'''"首页 资讯 正文\n\n毛伟明赴湘潭督导中央巡视组第一批交办事项整改情况\n\n体育正文 76 0\n\n毛伟明赴湘潭督导中央巡视组第一批交办事项整改情况\n\n毛伟明赴湘潭督导中央巡视组第一批交办事项整改情况\n\n毛伟明在湘潭督导中央巡视组第一批交办事项(shìxiàng)整改情况 不讲条件(bùjiǎngtiáojiàn)不找借口立行立改举一反三 让人民群众看到实实在在(shíshízàizài)的整改成果 湖南日报5月28日讯(全媒体(méitǐ)记者孙敏坚)28日下午,省委副(fù)书记、省长毛伟明来到湘潭市,调研督导中央巡视组第一批(dìyīpī)立行立改(gǎi)交办事项整改落实情况。他(tā)强调,要深入贯彻习近平总书记关于巡视工作的(de)重要论述,不讲条件、不找借口,立行立改、举一反三,以最坚决的态度、最严格的标准、最有力的举措、最迅速的行动抓好问题整改,让人民群众看到实实在在的整改成果。 副省长李建中,省政府(shěngzhèngfǔ)秘书长瞿海参加。 (毛伟明在广新(guǎngxīn)采石场检查。) 中央第三巡视组第一批交办事项指出,雨湖区(yǔhúqū)广新采石场(cǎishíchǎng)在废弃矿区生态修复过程中发生纠纷停工,导致闲置的部分渣土(zhātǔ)流入周边的郭家洞水库(shuǐkù)保护线内,并造成(zàochéng)水库部分岸线冲刷垮塌(kuǎtā)严重,对水库水质存在一定影响(yǐngxiǎng)。毛伟明一行来到采石场,实地察看矿区生态修复进度,现场研究推进整改工作。目前,水库区域内渣土已清理完毕(wánbì),水质已恢复至灌溉水标准,矿区地质环境治理方案通过专家评审。毛伟明强调,要严格(yángé)按照整改时限,进一步细化实化整改方案,加快开展矿区地貌重塑、植被重建、生态重构,确保如期高质量完成整改任务,以整改实效提升群众满意度和获得感。 (毛伟明现场(xiànchǎng)了解"''',
    "jjfz_weixin_xuncha_farmland_subsidy_recovered_cut":
        r'''"几条板凳、一张桌子、一壶苦丁茶……晚风轻拂,带来阵阵清凉,在威信县高田乡寒坡村民小组一户村民的院坝里,县委第四巡察组召开的一场院坝会正在进行。\n“今天召集大家前来,是向大家反馈退耕还林补助金集体部分已追回的事情。”巡察组组长话音刚落,现场就响起了热烈的掌声。\n此前,也是在这样一场院坝会上,有群众向第四巡察组反映该村组退耕还林补助金集体部分去向不明的问题。经查阅资料、个别谈话和实地走访,巡察组了解到该村民小组原组长黄某将集体的8.9亩退耕还林面积计入自家户头,多领取补助金4758元的事实。涉及群众集体“心事”,第四巡察组决定再次召开院坝会,对该问题给予答复。\n夏末秋初,正是群众田间劳作最为忙碌的时刻,如何让更多村情民意有效“浮上来”?威信县委巡察办积极探索对村巡察监督有效路径,让巡察组蹲点驻村,白天“大脚板”下沉到田间地头面对面倾听群众声音,傍晚“院坝夜话”心连心了解群众反映强烈的问题。开展巡察期间,县委各巡察组共进驻8个村,开展“院坝夜话”17场次,近距离向群众了解问题,摸实摸透基层情况,切切实实成为群众身边的“知心人”。\n为提高每场“院坝夜话”效果,在进入村社之初,巡察组就详细收集被巡察村社的资产、资源、资金等详细情况,通过了解各村低保户、残疾户、信访户等群体基本信息,梳理分析群众信访强烈、矛盾集中的突出问题,聚焦各项惠农政策落实情况,认真制定有针对性的院坝会议方案,实地集中收集民情民意。\n据介绍,院坝会结束后,各巡察组将收集到的各类问题进行分类处置。凡是可以立即解决的问题,巡察组都会及时督促村党组织即知即改、立行立改;对不能即刻解决的问题,做好问题台账登记,以“一问题一清单"''',
    "ynjjjc_zhenkang_xuncha_potato_deposit_returned_cut":
        r'''"“村委会退给我们种马铃薯的保证金了,真是太感谢你们了!”镇康县委第二巡察组在对种植马铃薯保证金退款情况进行电话回访时,镇康县木场乡绿荫塘村的群众开心地说。\n近日,镇康县十五届县委第一轮巡察派出5个巡察组进驻木场乡,采取实地走访的方式对木场乡所辖10个行政村开展巡察监督。\n该县县委第二巡察组在走访木场乡绿荫塘村时,一位大爷欲言又止的模样引起了巡察组的注意。在工作人员的再三开导下,大爷道出了心中的苦恼:“今年1月份种马铃薯的时候向村委会交了保证金,当时说种完就退,现在早就种完了,保证金也没退给我们。”\n“种植马铃薯为什么要收保证金?”“这笔保证金为什么这么长时间还没退,现在在哪里?”该巡察组迅速派出工作人员挨家挨户到马铃薯种植户家中核实问题。同时,到木场乡政府、绿荫塘村村委会查看会议记录、收取保证金名册和发展产业规划等原始资料。\n“发展产业是为了增加我们老百姓的收入,我们都很支持。只是说好的退还保证金到现在都没有动静,不知道还退不退给我们。”一提起保证金的事,村民们议论纷纷。\n巡察组通过走访、查阅资料后,逐渐还原了事情的全貌。原来,这个种植项目是木场乡政府从外地引进的,马铃薯苗也是政府免费发放给愿意种植的农户。为督促农户按节令、技术等要求完成种植,绿荫塘村村委会向每户种植户收取了每亩100元的种植保证金,由两名村干部分别保管。\n“村‘两委’换届时,我们村的主要负责人发生了变动,保管资金的两名村干部又忙于其他业务,导致退还保证金的事一拖再拖。是我们工作做得不到位,没有及时解决好群众的事情。”面对约谈,绿荫塘村村务监督委员会主任很是愧疚。\n巡察组立即将此问题向木场乡党委、绿"''',
    "jwfz_gaotang_xuncha_unrefunded_fund_one_finding_cut":
        r'''"欢迎访问 纪委法治网!\n当前位置: 网站首页 > 纪律审查\n\n高唐县:迟迟未退的自筹款\n\n  • 时间:2023-12-28\n  • 文章来源:山东省纪委监委网站\n  • 作者:佚名\n\n  “同志,有件事情我一直不明白,想麻烦巡察组帮我们问问,行吗?”近日,高唐县尹集镇隋庄村,在门外徘徊许久的村民隋大爷最终还是敲响了县委第三巡察组办公室的门。\n\n  “大爷您请进”,巡察组工作人员赶忙把大爷招呼进来说,“我们来的目的就是帮助群众解决困难的,您有什么事情想反映,都可以给我们说。”\n\n  “2019年,俺村和周围十几个村买了上级补贴的化肥,并交了20%的自筹款。后来听说邻近双庙村、大王村买肥料的村民都收到了部分退款,有几块的也有几十块钱的,说是当时交多了退的,但是俺村买肥料的都没有这个退款,也不知道俺村多交了吗?”\n\n  “三四年了,你们有没有向村里和镇上反映啊?”\n\n  “没反映过,想着钱不多,也就是十几块钱或者几十块钱,正好你们来俺村巡察了,我就说道说道。”\n\n  “好的,大爷,这个事儿我记下了,回去我们就查查。”\n\n  送走了隋大爷,巡察组立即召开组务会,商讨解决措施。为进一步弄清隋大爷反映的问题,该组立即开展调查,通过查阅村庄相关账目、开展座谈交流、入户走访,仅一天时间,巡察组就查清了事情原委。\n\n  原来,此前根据山东省2018年耕地质量保护提升技术示范工作有关要求,2019年,尹集镇包括隋庄村在内的18个村庄实施了盐碱地改良项目,因项目实施方计算错误,多收取村民自筹款3万余元。项目实施方发现后,随即将多收取的款项通过镇经管站退回到村集体账户。隋庄村、盐场村等5个村的村干部认为钱少户多手续麻烦,既没有及时为村民办理退款手续,也没有向村民公开该笔费用,很多村民对此事并不知情。\n\n  "''',
    "dazhengkuaiji_longhu_xuncha_subsidy_kept_trad_cut":
        r'''"發布時間:“2021年那會兒我們開村民代表會議都還不知道有這兩筆補貼款呢,多虧了巡察組來這里,這兩筆錢才能回到我們手中,這下我們就安心了!”這是龍湖區委第四巡察組到外砂街道五香溪村實地走訪時,村民表達的誠摯感謝。如今,五香溪村墾造水田項目區,新綠涌動的田地上一片生機勃勃,正在等待豐收的來臨。\n“牢牢守住18億畝耕地紅線”一直是習近平總書記牽掛于心的大事要事緊事。“墾造水田”就是通過“田、水、路”等工程的綜合治理,提升耕地質量,使農田基礎設施得到完善,是守住耕地紅線的有效舉措,也是反哺鄉村振興的巧妙之舉,更是幫助農民增產增收的利好政策。\n七屆區委第四輪巡察、農村集體“三資”管理專項巡察暨巡察“回頭看”開展以來,區委第四巡察組(下帶專項巡察小組)聚焦基層治理及農村集體“三資”管理領域,對外砂街道及轄下各村黨組織開展全面政治體檢,以摸清民生民情民意、專注群眾關心關切為抓手,以解決群眾操心事、煩心事、揪心事為目標,通過翻閱文件資料,核查財務賬目,發現外砂街道五香溪村墾造水田建設施工期間“無法種植補償費”“土地承包權人激勵補貼費用”共計17.89萬元仍留存于村基本戶中,至今未發放至村民手中。\n“我不是負責這方面工作的,墾造水田補貼具體怎么發放我也不太清楚。”面對巡察組的疑問,五香溪村相關人員一臉茫然,該村墾造水田工作方案也沒有體現這兩筆補貼的分配情況,與龍湖區墾造水田工作方案及補貼標準大相徑庭。\n“有問題必須核查清楚,這可是事關群眾切身利益的大事!”第四巡察組組長當機立斷,有條不紊地安排著工作。\n巡察組立即與相關負責人進行談話了解。五香溪村支書表示:“根據村里的工作方案,青苗補償費及種"''',
    "veladacinema_zhongtang_fire_exposure_four_places_fixed":
        r'''"曝光!火灾隐患可能就在你身边\n为提升社会火灾防控水平,维护春节期间消防安全形势稳定,连日来,中堂消防救援大队在全镇范围内开展消防安全大检查,强力整治火灾隐患,打击消防违法行为。\n现曝光4家火灾隐患单位,均不同程度存在违规用火用电、消防设施未保持完好有效、占用疏散通道等消防安全问题。\n场所名称:国源堂药店\n场所地址:北潢路中堂段140号105\n隐患情况:灭火器过期\n场所名称:东莞市中堂诺诺制衣厂\n场所地址:江南社区中心路18号三楼\n隐患情况:车间内吸烟\n场所名称:东莞市金韵纸业有限公司\n场所地址:湛翠南潢路246号\n隐患情况:1.堵塞安全出口 2.杂物遮挡消火栓\n场所名称:莞都可苑\n场所地址:雅苑路\n隐患情况:违规占用消防车通道\n以上火灾隐患已经现场整改完毕,下一步,中堂消防救援大队将持续开展火灾隐患排查整治,通过提升群众对火灾隐患的认识,强力打击消防违法行为,确保群众生命和财产安全。"''',
    "czhebei_cangzhou_fire_exposure_three_units":
        r'''"长城新媒体集团  主办\n县区分站:\n当前位置: 消防·沧州\n\n消防安全无小事 这些单位存在火灾隐患\n\n来源: 长城网  作者:代晴\n2023-02-22 14:50:38\n分享:\n\n  长城网·冀云客户端讯(记者 代晴 通讯员 蔡晓冬)为做好火灾防控工作,有效预防和遏制各类火灾事故发生,沧州市消防救援支队开展常态化火灾隐患集中曝光行动。希望通过集中公布和曝光,督促单位和场所对火灾隐患进行整改,树牢群众消防安全理念,确保社会面消防安全。\n\n  隐患单位名称:沧州恒兴玻璃纤维有限公司\n\n  地址:沧州市献县淮镇后厂工业区\n\n  存在的火灾隐患:该单位未明确消防安全责任,未履行消防安全职责,未落实消防安全制度,未落实“四个能力”。\n\n  隐患单位名称:沧州市南大港管理区新宇网吧\n\n  地址:沧州市南大港建材市场\n\n  存在的火灾隐患:1、一楼正门疏散指示标志被窗帘遮挡;\n\n  2、一楼安全出口放置杂物。\n\n  隐患单位名称:沧州市东光县东升骏景小区\n\n  地址:沧州市东光县崇文大街与东升路交叉口\n\n  存在的火灾隐患:部分楼栋室内消防栓被杂物遮挡。\n\n关键词:消防,沧州责任编辑:代晴"''',
    "sf850_mep_strengthened_ducha_two_firms_group_headings_trad":
        r'''"7月31日,環境保護部強化督查在北京市豐臺區、天津市東麗區檢查,發現企業無污染治理設施、廢氣直排、無環保手續等問題。\n北京市督查組\n7月31日,督查組對豐臺區北京時尚印佳彩色印刷有限公司現場檢查時發現,該公司正在生產,塑料包裝工段未安裝VOCs治理設施,有機廢氣直排。督查組已將檢查發現的問題移交當地環保部門調查處理。\n天津市督查組\n7月31日,督查組對天津市東麗區東龍日盛門窗廠現場檢查時發現,該廠有生產跡象,無環保手續,噴漆烤漆車間無污染治理設施。督查組已將檢查發現的問題移交當地環保部門調查處理。\n編輯:程彩云\n版權聲明:\n凡注明來源為“中國水網/中國固廢網/中國大氣網“的所有內容,包括但不限于文字、圖表、音頻視頻等,版權均屬E20環境平臺所有,如有轉載,請注明來源和作者。E20環境平臺保留責任追究的權利。\n媒體合作請聯系:李女士 010-88480317"''',
    "daumloan_masked_city_management_ducha_bodies_but_clauses_cut":
        r'''"20XX年城市管理工作督查通报2月2日,**区城市管理综合执法局组织人员对城市管理工作进行了检查,现将检查情况通报如下:本周是我区开展城市管理攻坚年活动的第一周,区委、政府对攻坚年活动进行了专门动员安排,城市管理各单位和乡镇、街道高度重视,积极组织、采取有效措施加大环境卫生整治力度。一、 针对第二期督查通报督查存在的问题整改效果明显单位如下:园艺镇对安乐桥街道路两旁乱堆、乱放及建筑垃圾进行彻底的推平和净土覆盖;中街办事处对煤炭路两侧的白色垃圾及杂草进行了彻底的清理;南街办事处南湖(一号坑)及加气站周边的白色垃圾进行彻底清除。二、 本次督查情况如下:1、乡镇和街道:领导重视、行动迅速,环境卫生整治工作全面展开。其中:北街、南街、育才办事处和园艺镇主要领导亲自到整治现场组织开展环境卫生整治工作效果较为明显。园艺镇组织130余人、铲车及双桥运输车一台,利用两天的时间推平垃圾和平整场地一万余平方米,推平建筑垃圾600余方,净土覆盖2000余平方米,清理乱堆乱放30余处有效地改善了安乐桥街的整体形象;红果子镇组织20余人对第二幼儿园对面(垃圾中转站)周边的生活垃圾进行清理,但对园区汽车修理城门口、新迪碳化硅周边、红果子学校门口道路两侧有生活垃圾及白色垃圾清理不及时;中街办事处组织100余人对煤炭路两侧、南湖加油站北侧的白色垃圾进行了清理,但对一矿灌浆站对面垃圾清理不及时;南街办事处组织100余人分三个地点分别对沉陷区(1号坑南湖)及加气站周边、憩园社区的环境卫生进行治理,但对西环路(仓库)后清理不够彻底;育才办事处组织40余人对六建公司(石岩巷公厕周边)长达3个月居民区的垃圾堆利用小型铲车和运输车进行清运,对庆安"''',
    "shifen_taiyuan_fire_exposure_red_names_no_findings":
        r'''"太原消防首批曝光15家火灾隐患单位\n\n日期:10-12\n山西太原市火灾太原\n\n原标题:太原消防首批曝光15家火灾隐患单位\n\n来源:山西发布\n\n为进一步推动火灾隐患整改,维护消防安全形势稳定,太原市消防救援支队设立了火灾隐患曝光台,分红色、橙色、黄色三类对发现火灾隐患的单位进行曝光。10月10日,首批曝光的15家火灾隐患单位中,红色8家、橙色5家、黄色2家。\n\n红色单位为存在消防设施、器材或者消防安全标志的配置、设置不符合国家标准、行业标准,或者未保持完好有效的;损坏、挪用或者擅自拆除、停用消防设施、器材;占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为;占用、堵塞、封闭消防车通道,妨碍消防车通行;生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内,或者未与居住场所保持安全距离等火灾隐患的单位。\n\n橙色单位为存在电器产品、燃气用具的安装、使用及其线路、管路的设计、敷设、维护保养、检测不符合消防技术标准和管理规定;机关、团体、企业、事业等单位未落实消防安全责任制,未制定本单位的消防安全制度、消防安全操作规程,未制定灭火和应急疏散预案等火灾隐患的单位。\n\n黄色单位为存在其他火灾隐患的单位。\n\n首批曝光的15家火灾隐患单位\n\n红色单位:\n\n娄烦县万家福便利店二部\n\n山西千美酒店管理有限公司晋阳街南站分公司\n\n山西小尾羊家家利餐饮连锁有限责任公司欢乐牧场华景店\n\n山西家诚园物业管理有限公司\n\n清徐县东湖情商贸有限公司\n\n大地世纪商厦有限公司\n\n太原市建东农家乐庄园有限公司(宇文山庄)\n\n太原市万柏林区华天易网感觉加盟网吧\n\n青岛现有无症状感染者52例 庄少勤任自然资源部副部长\n相关阅读:"''',
    "jcfzw_kaihua_night_patrol_canal_question_2770_found":
        r'''"“小妹,村里的水渠后来有修缮吗?村干部有来跟进这个事情吗?”\n“在枯水期的时候修缮的,不怕下雨涨大水了。”\n日前,开化县委第八轮第五巡察组副组长柴红根对“住村夜巡”期间发现的问题进行回头看,通过电话回访、照片比对等方式检查整改落实情况。\n“在走访时间上,我们建立了错时走访制度,巡察组白天办事、晚上听事,降低对农户生产的影响。”开化县委巡察办有关负责人介绍,近年来,该县针对农村“日出而作,日落而息”的生活特点,探索“住村夜巡”模式,巡察组清晨深入田间地头,晚上坐在桌边炕头,与老百姓拉家常,鼓励老百姓跟干部掏心窝,破解农村基层熟人监督难题,提升基层巡察监督质效。\n为提高问题线索收集率,在夜访对象上,该县巡察机构建立“三个走遍”模式,即走遍自然村、党员户、困难户,不事先通知、不安排陪同,让老百姓畅所欲言,系统掌握村情实际。在夜访提纲上,紧盯群众反映强烈的领域和突出问题,巡察组因村因情勾选个性化谈话内容,列出具体问题清单,针对性地“望闻问切”。截至目前,累计发现村级组织存在问题2770个,移交问题线索129条。\n“为提高线索处置质效,我们建立线索快速移送反馈机制,县纪委县监委明确一个联系纪检监察室具体承办巡察移送线索,销号管理,限时办结,强化纪巡联动。”开化县委巡察办副主任沈斌说,巡察期间召开“问询质询会”,及时梳理“夜巡”发现的民生问题形成提问纲要,邀请群众代表现场提问,村、镇党组织书记就问题解决作出现场承诺,明确完成时限,积极回应群众诉求,136件群众关心的重点问题得到有效解决。\n“‘住村夜巡’是打通基层监督‘最后一公里’的重要抓手,既要抓立巡立改,也要抓长效整改。”沈斌表示,近期将集中开展整改“"''',
    "ycq_fire_brigade_key_units_check_no_finding":
        r'''"消防大队检查重点单位消防安全\n\n时间:2019-08-23\n\n8月23日上午,消防大队组织监督人员深入辖区重点单位开展消防安全检查。\n\n检查中,消防大队监督人员认真对各单位的消防安全管理制度、灭火和应急疏散预案是否制定,安全出口、疏散通道是否保持畅通,应急照明灯、疏散指示标志是否保持完好有效,消防控制室值班人员是否持证上岗,自动消防设施是否正常运行等情况进行了检查。针对检查中发现的问题,能当场改正的,大队监督人员要求相关单位当场整改;不能当场整改的,依法下发了《责令限期改正通知书》,要求其限期整改完毕。\n\n检查结束后,消防大队监督人员要求各单位负责人要加强消防安全管理,积极开展隐患自查自纠工作,切实将各类火灾隐患消除在萌芽状态,全力确保本单位消防安全 。"''',
    "nodetpl_chuzhou_kaiqu_xuncha_rectification_meeting_trad":
        r'''"1月5日下午,滁州經開區黨工委副書記汪明陽主持召開市委第一聯動巡察組巡察經開區整改工作調度推進會,對整改工作進行專題調度,聽取整改推進情況匯報,安排部署下一步整改工作。\n汪明陽強調,要思想重視到位,各部門要提高政治站位,強化政治擔當,把巡察整改當作重要政治任務,抓在經常、融入日常,以巡察整改促進經開區各項工作高質量發展。要責任再壓實,聚焦巡察整改重點任務,責任到人、明確時限,倒排工期、掛圖作戰,確保條條有整改、事事有回應、件件有著落。要加強溝通協作,牢固樹立“整改不力是失職,不抓整改是瀆職”的底線思維,堅決扛牢巡察整改具體責任,推動巡察整改同向發力、同頻共振、同題共答。\n各辦、局,分局,辦事處,各直屬單位有關負責人參加會議。(李媛)"''',
}
TEXT = {k: json.loads(v) for k, v in _RAW.items()}

URLS = {
    "jwfz_lincang_xuncha_garbage_pool_one_finding_fixed": "http://jwfz.org.cn/show-61128.html",
    "snshr_xiangtan_central_xunshi_quarry_item_glossed_cut": "http://snshr.com.cn/a/216.html",
    "jjfz_weixin_xuncha_farmland_subsidy_recovered_cut": "http://jjfz.org.cn/show-95511.html",
    "ynjjjc_zhenkang_xuncha_potato_deposit_returned_cut":
        "http://ynjjjc.gov.cn/html/2022/xunshixuncha_0221/107331.html",
    "jwfz_gaotang_xuncha_unrefunded_fund_one_finding_cut": "http://jwfz.org.cn/show-72771.html",
    "dazhengkuaiji_longhu_xuncha_subsidy_kept_trad_cut":
        "http://www.dazhengkuaiji.net.cn/lh/ztzl/lhlzw/xxgk/xsxc/xsxc1/1zg/content/post_2250210.html",
    "veladacinema_zhongtang_fire_exposure_four_places_fixed":
        "http://m.veladacinema.com/zhongtang/zt/xfaq/content/post_3465115.html",
    "czhebei_cangzhou_fire_exposure_three_units": "http://cz.hebei.com.cn/system/2023/02/22/101106185.shtml",
    "sf850_mep_strengthened_ducha_two_firms_group_headings_trad": "http://www.sf850.com/news/261907.html",
    "daumloan_masked_city_management_ducha_bodies_but_clauses_cut": "https://m.daumloan.com/p-410121905.html",
    "shifen_taiyuan_fire_exposure_red_names_no_findings": "https://m.news.shi-fen.com/china/202010/50-847892.html",
    "jcfzw_kaihua_night_patrol_canal_question_2770_found": "http://jc-fzw.org.cn/show-6058.html",
    "ycq_fire_brigade_key_units_check_no_finding":
        "http://www.ycq.gov.cn/ztzl/xfaqxcjy/gzqk/201908/t20190823_2064165.html",
    "nodetpl_chuzhou_kaiqu_xuncha_rectification_meeting_trad": "http://m.nodetpl.com/2024/0108/484318.shtml",
}


# traditional copies: titles and categories in simplified characters (R91), written out here (opencc t2s, checked in
# main() when opencc is importable)
SIMPLIFIED = {
    "墾造水田建設施工期間“無法種植補償費”“土地承包權人激勵補貼費用”共計17.89萬元仍留存于村基本戶中,至今未發放至村民手中":
        "垦造水田建设施工期间“无法种植补偿费”“土地承包权人激励补贴费用”共计17.89万元仍留存于村基本户中,至今未发放至村民手中",
    "該公司正在生產,塑料包裝工段未安裝VOCs治理設施,有機廢氣直排": "该公司正在生产,塑料包装工段未安装VOCs治理设施,有机废气直排",
    "該廠有生產跡象,無環保手續,噴漆烤漆車間無污染治理設施": "该厂有生产迹象,无环保手续,喷漆烤漆车间无污染治理设施",
    "北京市督查組": "北京市督查组",
    "天津市督查組": "天津市督查组",
}

_CZ_UNIT_FAULTS = [
    ("沧州恒兴玻璃纤维有限公司", "该单位未明确消防安全责任,未履行消防安全职责,未落实消防安全制度,未落实“四个能力”"),
    ("沧州市南大港管理区新宇网吧", "1、一楼正门疏散指示标志被窗帘遮挡;2、一楼安全出口放置杂物"),
    (None, "部分楼栋室内消防栓被杂物遮挡"),  # 沧州市东光县东升骏景小区: a residential estate, a place (R103)
]
_ZT = [("国源堂药店", "灭火器过期"), ("东莞市中堂诺诺制衣厂", "车间内吸烟"),
       ("东莞市金韵纸业有限公司", "1.堵塞安全出口 2.杂物遮挡消火栓"), (None, "违规占用消防车通道")]  # 莞都可苑: an estate

DOCS = {
    "jwfz_lincang_xuncha_garbage_pool_one_finding_fixed": dict(
        excerpt=True,
        genre="7-like news of ONE finding fixed (R108): a 纪委 site's feature opening on a villager's quoted complaint "
              "(an untended 垃圾池) that a 市委巡察组 verified and had fixed ('及时解决了垃圾处理问题'), then the city's 对村巡察 "
              "methods; no title line; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("临沧市委第一巡察组"), headline=head(),
        # s24, lead: C27 — count the account: measures 1 (was 0).
        problems=[_p(None, "垃圾池无人清理,大家都往山上丢,一到热天臭气熏天", status="done", measures=1)],
        anomalies=["(NEW) The one finding is a villager's quoted complaint the team verified on site ('在现场核实后'): title "
                   "the complaint's statement, '原先的' and the question '这种事情你们管不管?' dropped (R108, R92).",
                   "Status done from '及时解决了垃圾处理问题' (R93); measures 0: the fix is told as news, not as measures "
                   "(blind38 tongshan); '交由村组干部进行督办' names roles, no unit.",
                   "Inspector '临沧市委第一巡察组' (R46); inspected null (a village visited, no inspected body named, R48); no "
                   "date; '今年以来' no figure; kind and title null (news, R30/R33).",
                   "Cut mid-sentence at '实现巡察质量大提升' (R5).",
                   "s24, lead: C27 — count the account: a news item about one finding that prints an account of the fix has one "
                   "measure (R96): '在现场核实后,交由村组干部进行督办,及时解决了垃圾处理问题' → 1 (was 0; supersedes 'measures 0' "
                   "above)."]),
    "snshr_xiangtan_central_xunshi_quarry_item_glossed_cut": dict(
        excerpt=True,
        genre="4/7 news of ONE quoted 交办 item (R108): a reposted 湖南日报 item with pinyin glosses, the headline printed "
              "four times (site chrome '体育正文 76 0'), a governor's visit to one quarry named in '中央第三巡视组第一批交办事项"
              "指出,…', partial results ('渣土已清理完毕') and the demand to finish; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中央第三巡视组"), headline=head(),
        # s24, lead: C24 — glosses removed from the title (was with '(cǎishíchǎng)', '(zhātǔ)', …); '雨湖区' stays dropped
        # (C22 open). s24, lead: C27 — count the account: measures 1 (was 0), found by conv24 (C27's row left snshr to C24).
        problems=[_p(None, "广新采石场在废弃矿区生态修复过程中发生纠纷停工,导致闲置的部分渣土流入周边的郭家洞水库保护线内,"
                           "并造成水库部分岸线冲刷垮塌严重,对水库水质存在一定影响", measures=1)],
        anomalies=["Pinyin glosses ('事项(shìxiàng)') and portal chrome kept as returned (R2); the headline is printed "
                   "four times (R35: a news headline, title null, R34).",
                   "One quoted 交办 item (kind 4): title the finding after '中央第三巡视组第一批交办事项指出,' (R15/R92), the "
                   "place '雨湖区(yǔhúqū)' dropped (R108), the final '。' stripped; glosses kept (a simplified copy: R86 "
                   "removes glosses only by simplification).",
                   "Status null (R95): '渣土已清理完毕' is said of a part, while '确保如期高质量完成整改任务' asks for the rest; "
                   "measures 0 (a visit's account and demands, R98).",
                   "Inspector '中央第三巡视组' (R46); inspected null (the province is not named as inspected); '5月28日' has no "
                   "year anywhere: no report date (R60).",
                   "s24, lead: C24 — a pinyin gloss is the copying site's decoration: removed from the title in every copy "
                   "(R86's 'removed only by simplification' superseded); '雨湖区' stays dropped (C22 open).",
                   "s24, lead: C27 — count the account: a news item about one finding that prints an account of the fix has one "
                   "measure (R96): '目前,水库区域内渣土已清理完毕,水质已恢复至灌溉水标准,矿区地质环境治理方案通过专家评审' → 1 (was 0; "
                   "supersedes 'measures 0' above; status stays null)."]),
    "jjfz_weixin_xuncha_farmland_subsidy_recovered_cut": dict(
        excerpt=True,
        genre="7-like news of ONE finding fixed (R108): a 纪委 site feature on a 县委巡察组's 院坝会 announcing that a "
              "退耕还林补助金 taken by a former group leader was recovered, then the county's '院坝夜话' method; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("县委第四巡察组"), headline=head(),
        problems=[_p(None, "退耕还林补助金集体部分去向不明的问题", status="done")],
        anomalies=["(NEW) One problem named by the text ('反映该村组退耕还林补助金集体部分去向不明的问题'), the place '该村组' "
                   "dropped (R108), the closing '的问题' kept (R87/C8); the verified facts ('原组长黄某将…多领取补助金4758元') "
                   "describe the same problem: not a second one (R13).",
                   "(NEW) Status done from the lead, stated before the finding ('退耕还林补助金集体部分已追回', R93); measures 0 "
                   "(news, blind38 tongshan).",
                   "Inspector '县委第四巡察组' as printed (R46); inspected null; '8个村' and '17场次' no figures (R68); no date; "
                   "kind/title null (news, no title line)."]),
    "ynjjjc_zhenkang_xuncha_potato_deposit_returned_cut": dict(
        excerpt=True,
        genre="7-like news of ONE finding fixed (R108): a provincial 纪委 site's story of a 县委巡察组 finding unreturned "
              "马铃薯 deposits in one village; the opening quote says the money came back; cut before the team's action",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("镇康县委第二巡察组", "木场乡所辖10个行政村"), headline=head(),
        problems=[_p(None, "退还保证金的事一拖再拖", status="done")],
        anomalies=["(NEW) Title the stated fault in the village's own account ('导致退还保证金的事一拖再拖', lead-in "
                   "'导致' dropped, R92); the collection of the deposit is background, not a second problem.",
                   "(NEW) Status done from the opening quote ('村委会退给我们种马铃薯的保证金了', R93), though the copy is "
                   "cut before the team's own action; measures 0 (news).",
                   "Inspector '镇康县委第二巡察组' (R46); inspected as the 巡察 sentence names it (R47); '近日', '今年1月份': "
                   "no dates (R60); '5个巡察组', '10个行政村' no figures (R68)."]),
    "jwfz_gaotang_xuncha_unrefunded_fund_one_finding_cut": dict(
        excerpt=True,
        genre="7-like news of ONE finding (R108): a 纪委法治网 repost of a 山东 纪委 story (headline '高唐县:迟迟未退的自筹款', "
              "date and source lines) of a villager's question to a 县委巡察组 and the fault it found; cut before the fix",
        kind=None, title=None, issuer=None, report_date="2023-12-28",
        inspection=ins("县委第三巡察组"), headline=head(),
        problems=[_p(None, "村干部认为钱少户多手续麻烦,既没有及时为村民办理退款手续,也没有向村民公开该笔费用")],
        anomalies=["Title the fault found, the place '隋庄村、盐场村等5个村的' dropped (R108/R92) and the hearsay "
                   "'很多村民对此事并不知情' dropped (R92); the implementer's '计算错误' is the cause, already refunded to the "
                   "village: no problem.",
                   "Status null and measures 0: the copy is cut before any fix (R24, R95, R97).",
                   "Report date the page's '时间:2023-12-28' (R40, a repost's date line R43); title null (a news headline, "
                   "R34); inspector '县委第三巡察组' (R46), inspected null; site chrome kept (R2)."]),
    "dazhengkuaiji_longhu_xuncha_subsidy_kept_trad_cut": dict(
        excerpt=True,
        genre="7-like news of ONE finding fixed (R108), traditional characters: a repost of a 区纪委 story; the lead quote "
              "says two subsidies reached the villagers thanks to the 巡察组; the finding '發現…共計17.89萬元仍留存于村基本戶"
              "中,至今未發放至村民手中'; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("區委第四巡察組", "外砂街道及轄下各村黨組織"), headline=head(),
        problems=[_p(None, SIMPLIFIED["墾造水田建設施工期間“無法種植補償費”“土地承包權人激勵補貼費用”共計17.89萬元仍留存于村基本戶中,"
                                      "至今未發放至村民手中"], status="done")],
        anomalies=["Traditional copy: the problem title in simplified characters (R91); doc fields in the page's script.",
                   "Title the finding after '發現', the place '外砂街道五香溪村' dropped (R108/R92).",
                   "(NEW) Status done from the lead quote ('這兩筆錢才能回到我們手中', R93) though the copy is cut before the "
                   "fix itself; measures 0 (news).",
                   "An empty '發布時間:' label: no date (R40); inspector '區委第四巡察組' as printed in the 巡察 sentence "
                   "(R46; '龍湖區委第四巡察組' in the lead), inspected as named (R47); '17.89萬元' is money (R68)."]),
    "veladacinema_zhongtang_fire_exposure_four_places_fixed": dict(
        excerpt=False,
        genre="2-like exposure with a place per card: a town 消防 exposure of 4 places, each '场所名称 / 场所地址 / 隐患情况', "
              "then '以上火灾隐患已经现场整改完毕'",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("中堂消防救援大队"), headline=head(),
        problems=[_p(None, f, units=[u] if u else [], status="done") for u, f in _ZT],
        anomalies=["One problem per place (R10/R12), titled by its '隐患情况' field (R89; the two items of 金韵纸业 kept "
                   "together as printed, blind39 laohekouzx).",
                   "Units the 场所名称 (blind39 meishi_u0y) except '莞都可苑', a residential estate: a place (R103).",
                   "Status done for all four: '以上火灾隐患已经现场整改完毕' (R94); measures 0.",
                   "Kind null (an exposure, R29); title null (a news headline, R34); '4家' bodies, no figure (R68); no "
                   "date; '春节期间' no period."]),
    "czhebei_cangzhou_fire_exposure_three_units": dict(
        excerpt=False,
        genre="2-like exposure with a unit per card: a provincial news site's 消防 exposure of 3 units, each '隐患单位名称 / "
              "地址 / 存在的火灾隐患', with site chrome, byline and date line",
        kind=None, title=None, issuer=None, report_date="2023-02-22",
        inspection=ins("沧州市消防救援支队"), headline=head(),
        problems=[_p(None, f, units=[u] if u else []) for u, f in _CZ_UNIT_FAULTS],
        anomalies=["One problem per unit (R12), titled by its '存在的火灾隐患' field, final '。' stripped (R86); the new-line "
                   "split items of 新宇网吧 joined without the line break and its indent (R89).",
                   "Units the 隐患单位名称 (blind39 meishi_u0y) except '沧州市东光县东升骏景小区', a residential estate: a place "
                   "(R103).",
                   "Status null and measures 0 (an exposure to push fixes, R95/R97); report date the date line "
                   "'2023-02-22 14:50:38' (R40); kind null (R29), title null (a news headline, R34)."]),
    "sf850_mep_strengthened_ducha_two_firms_group_headings_trad": dict(
        excerpt=False,
        genre="2-like check report, traditional characters: an 环境保护部 强化督查 day under the headings '北京市督查組' / "
              "'天津市督查組', one firm and its faults each, handed to local bureaus; editor and copyright footer",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("環境保護部強化督查"), headline=head(),
        problems=[_p(None, SIMPLIFIED["該公司正在生產,塑料包裝工段未安裝VOCs治理設施,有機廢氣直排"],
                     category=SIMPLIFIED["北京市督查組"]),
                  _p(None, SIMPLIFIED["該廠有生產跡象,無環保手續,噴漆烤漆車間無污染治理設施"],
                     category=SIMPLIFIED["天津市督查組"])],
        anomalies=["Traditional copy: titles and categories in simplified characters (R91).",
                   "One problem per firm (R10/R12): the finding after '現場檢查時發現,' (R92); category the 督查組 heading "
                   "above it (R82).",
                   "No unit: the firms are the subjects, and the case goes to an unnamed '當地環保部門' (R102); status null, "
                   "measures 0 ('移交…調查處理' is a hand-over, R72).",
                   "'7月31日' has no year anywhere: no dates (R60); inspector as the lead names the check (R46); the lead's "
                   "'無污染治理設施、廢氣直排、無環保手續等問題' are kinds (R19); kind null (R29)."]),
    "daumloan_masked_city_management_ducha_bodies_but_clauses_cut": dict(
        excerpt=True,
        genre="2-like 督查通报 with a body per sentence, masked: a doc site's '20XX年城市管理工作督查通报' run into its text, "
              "'一、' bodies that fixed the last issue's problems, '二、本次督查情况如下:1、乡镇和街道:' with each body's work "
              "and '但对…不及时'; cut",
        kind=None, title="20XX年城市管理工作督查通报", issuer=None, report_date=None,
        inspection=ins("**区城市管理综合执法局"), headline=head(),
        problems=[_p(None, "对园区汽车修理城门口、新迪碳化硅周边、红果子学校门口道路两侧有生活垃圾及白色垃圾清理不及时",
                     category="乡镇和街道"),
                  _p(None, "对一矿灌浆站对面垃圾清理不及时", category="乡镇和街道"),
                  _p(None, "对西环路(仓库)后清理不够彻底", category="乡镇和街道")],
        anomalies=["Title the 通报's heading, the run-on '2月2日,…' dropped (R32); kind null (a check, R29); masked "
                   "'20XX年' and '**区' kept (R2); the masked year dates nothing (R44/R60).",
                   "(NEW) Each body's sentence '…组织N人对…进行清理,但对…不及时' gives one problem, the clause after '但' "
                   "(R16, R12); category the heading '1、乡镇和街道:' without number and colon (R79); seq null (the number "
                   "is the heading's); 育才办事处's sentence is cut before any '但': no problem (R24).",
                   "Section 一 lists bodies whose earlier problems were fixed ('整改效果明显'): praise, no problems (R16).",
                   "No unit: the bodies are not told to rectify (R102); status null, measures 0.",
                   "Inspector the bureau that checked (R46); issuer null (no signature, R38); '130余人' etc. no figures."]),
    "shifen_taiyuan_fire_exposure_red_names_no_findings": dict(
        excerpt=False,
        genre="2-like exposure of names only: a news repost of a city 消防 曝光台 ('首批曝光15家'), colour classes defined "
              "by hazard kinds, then 8 names under '红色单位:' with no finding each; an unrelated headline and '相关阅读:' end "
              "the copy",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("太原市消防救援支队"), headline=head(), problems=[],
        anomalies=["(NEW) Names under '红色单位:' print no finding of their own: no problems (R109); the colour classes "
                   "('红色单位为存在…等火灾隐患的单位') define kinds in general (R19/R23).",
                   "'15家', '红色8家' are bodies: no figure (R68); the page lists only the red names before its footer.",
                   "'日期:10-12' and '10月10日' have no year (the url's 202010 is not read, R60): no dates; an unrelated "
                   "headline line above '相关阅读:' kept (R2); kind null (R29), title null (R34)."]),
    "jcfzw_kaihua_night_patrol_canal_question_2770_found": dict(
        excerpt=True,
        genre="5 no list, a figure: a 纪委 site feature opening on a follow-up call about a mended 水渠, then the county's "
              "'住村夜巡' method with '累计发现村级组织存在问题2770个' and '136件…重点问题得到有效解决'; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("开化县委第八轮第五巡察组"), headline=head(2770), problems=[],
        anomalies=["(NEW) The opening question about a 水渠 states no fault, only that it was mended: no problem (R109 read "
                   "for news: nothing found is printed).",
                   "Problems total 2770 ('累计发现村级组织存在问题2770个', R62; C5: the county's own 巡察 findings); '136件…"
                   "重点问题得到有效解决' is another set (people's concerns raised at meetings), not a done count (R116); "
                   "'129条' clues no figure (R68).",
                   "Inspector the team named in the lead (R46); no date; cut mid-quote (R5)."]),
    "ycq_fire_brigade_key_units_check_no_finding": dict(
        excerpt=False,
        genre="near miss: a district portal's news of a one-morning 消防 check of key units, items checked and orders, "
              "no finding stated",
        kind=None, title=None, issuer=None, report_date="2019-08-23",
        inspection=ins("消防大队", None, "2019-08-23", "2019-08-23"), headline=head(), problems=[],
        anomalies=["No finding is stated: '是否…' items are what was checked (R68 checklist items); orders to fix "
                   "'发现的问题' are no problems (R72): problems [].",
                   "Report date '时间:2019-08-23' (R40); a one-morning check '8月23日上午' → start = end (R50), its year from "
                   "the date line (R58); inspector '消防大队' as printed (R46); title null (a news headline, R34)."]),
    "nodetpl_chuzhou_kaiqu_xuncha_rectification_meeting_trad": dict(
        excerpt=False,
        genre="near miss (meeting news), traditional characters: a 经开区 巡察整改 调度推进会 chaired by its deputy "
              "secretary, demands only, no finding",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第一聯動巡察組", "經開區"), headline=head(), problems=[],
        anomalies=["Meeting news with demands and no finding: problems [] (R30, R19).",
                   "Inspector and inspected as the meeting's name prints them ('市委第一聯動巡察組巡察經開區', R46/R47), in the "
                   "page's script; '1月5日' has no year (the url's 2024 not read, R60): no dates; kind null (R30)."]),
}

EXPECTED = {
    "jwfz_lincang_xuncha_garbage_pool_one_finding_fixed": 1,
    "snshr_xiangtan_central_xunshi_quarry_item_glossed_cut": 1,
    "jjfz_weixin_xuncha_farmland_subsidy_recovered_cut": 1,
    "ynjjjc_zhenkang_xuncha_potato_deposit_returned_cut": 1,
    "jwfz_gaotang_xuncha_unrefunded_fund_one_finding_cut": 1,
    "dazhengkuaiji_longhu_xuncha_subsidy_kept_trad_cut": 1,
    "veladacinema_zhongtang_fire_exposure_four_places_fixed": 4,
    "czhebei_cangzhou_fire_exposure_three_units": 3,
    "sf850_mep_strengthened_ducha_two_firms_group_headings_trad": 2,
    "daumloan_masked_city_management_ducha_bodies_but_clauses_cut": 3,
    "shifen_taiyuan_fire_exposure_red_names_no_findings": 0,
    "jcfzw_kaihua_night_patrol_canal_question_2770_found": 0,
    "ycq_fire_brigade_key_units_check_no_finding": 0,
    "nodetpl_chuzhou_kaiqu_xuncha_rectification_meeting_trad": 0,
}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("veladacinema"):
        return text.count("隐患情况:")
    if stem.startswith("czhebei"):
        return text.count("存在的火灾隐患:")
    if stem.startswith("sf850"):
        return len(re.findall(r"^\S+督查組$", text, re.M))
    if stem.startswith("daumloan"):
        return len(re.findall(r",但对", text.split("1、乡镇和街道:")[1]))
    if stem.startswith(("jwfz", "snshr", "jjfz", "ynjjjc", "dazhengkuaiji")):
        return 1  # R108: one named finding per news item
    return 0


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: measures 0 (second count: no page answers a problem); titles
    (a traditional copy's as written before SIMPLIFIED) in the text without any whitespace, not ending in '。';
    categories (likewise), units and the document fields as written, title and issuer also without whitespace; report
    date as ISO."""
    probs = d["problems"]
    # s24, lead: C27 — lincang and snshr print an account of the fix: 1 measure each; every other page 0.
    assert all(p["measure_count"] == (1 if stem.startswith(("jwfz_lincang", "snshr")) else 0) for p in probs), stem
    if stem.startswith("snshr"):  # s24, lead: C24 — the title is checked against the text without its glosses
        text = GLOSS.sub("", text)
    trad = {v: k for k, v in SIMPLIFIED.items()}
    written = [{**p, "title": _flat(trad.get(p["title"], p["title"])),
                "category": trad.get(p["category"], p["category"])} for p in probs]
    flat = _flat(text)
    check_problems(stem, written, flat, no_stop=True, category_in=text, units_in=text)
    check_doc(stem, d, text, report_forms=lambda y, m, dd: (), flat=flat)


def main() -> None:
    assert set(TEXT) == set(DOCS) == set(URLS) == set(EXPECTED)
    try:
        import opencc
        cc = opencc.OpenCC("t2s")
        for t, s in SIMPLIFIED.items():
            assert cc.convert(t) == s, (t, s)
    except ImportError:
        pass
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=18, urls=URLS)


if __name__ == "__main__":
    main()
