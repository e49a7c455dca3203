"""Write the texts and truth files of tests/importer/real/blind47: a held-out set of real pages (session 22), labelled
on 2026-12-07 (03:31-04:1x UTC by the machine clock) by helper label62, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py (--exclude this worktree) when found and again before the commit; a distinctive phrase of each
page
('廖王坪', '苍溪县城郊中学', '多收教材教辅代收费', '好时光养老院', '台州市黄岩忠信塑胶', '南岳区迎宾酒店', '张记烤羊腿店',
'潤豐錦尚', '阳城煤电', '亳州市档案局', '河南苏源环保') was grepped in /work/main/tests/importer and /work/shared/corpus: no copy.

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R135, C1-C25) and make_truths.py (head/ins/problem);
structure after make_truths_blind42.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): glosses '區(qū)', lost characters, '  ' before line ends, comment-box
chrome and footers kept.

Brief (blind47): how rectification documents reach users in copies (doc-sharing and 范文 sites, forum and WeChat-mirror
reposts, older years, traditional-character mirrors, pages with chrome), any kind of the genre; prefer pages that print
problems; near misses at most a third; avoid 主题教育/民主生活会 检视问题清单 and enterprise/university feedback (label61).

Exhaustion: 46 queries (8 results each; many answers are tag stubs of abg.baidu.com / zhetiaohe.com / fengdujob.net and
essays on how to write a report): 巡察反馈 整改报告 on 道客巴巴/豆丁/人人文库/冰豆网/360docs/原创力 wordings; 审计发现问题整改
(学校, 2013-2016, 经济责任审计, 整改结果公告); 巡视 整改 通报 2015 集团; 繁體 巡視整改; 镇/卫生院/中学/村 巡察整改; 扶贫 专项巡察;
环保督察 整改 公示 and 交办; 河长制 暗访; 人居环境 督查通报; 档案检查; 党建考核; 幼儿园 督导; 医院 评审; 食品安全 学校食堂;
安全生产 隐患 (公司, 煤矿, 巡查); 消防 检查 曝光 (also in traditional wording); 土地督察; 飞行检查; 暗访 通报; '第一篇:'
doc-copy wordings (环保, 学校 安全检查); 验收 整改回复. 62 distinct candidate urls checked with known_urls.py: 36 KNOWN,
26 NEW. The genre's centre answered almost only KNOWN pages (wuch 婺城, ilynn,
saintpaulhem, ynqjnews 茂租, rcwkj, puupupc, studioretreats, gztusheng, qdubb x2, nanhaizi, jpbzzn, 95008, dvnkrgt,
supervise.fzgledu, cnzh 射箭乡 x2, alatiku, datian, dgchwlkj, asdi, asctjt, ppfocus, minqi, wuan888, hnzhongzi,
beijingleather, wuhua, veladacinema, meishi.u0y, baitongwang, wjw.taizhou, dyrmt, www-68455, lxxww, 120pk); what was
new with printed problems is one
doc-site copy of a mine's hazard reply (2011, traditional with glosses), one school's audit 公示, and 消防 exposures
(a 网易号 repost, a city paper's column, a county paper, a 红网 item, a traditional mirror), and a Taiwan audit site's
findings table (traditional).

Declined, new by key: huaboedu.com (公路养护 存在问题/整改措施 with no body, date or place named: a template-like page);
wenshu.52jianpu.com and m.777doc.com (范文 and doc-site copies, masked '20xx'/'XXX', cut before any problem);
yunjuanshu.cn (山西 挂牌督办 notice, no finding); diascs.com (4 张隐患整改通知, no finding); cs0799.com (one hazard 'see
附表', not printed); guizhoukyj.com (督办函 news, counts only); linyi.news.fang.com (8 bodies with shared faults, the same
case as lhrb, not taken twice); m.dhy3360.com (a 2018 监督检查计划, no finding); m.010zaixian.com (范文 'Xx中心小学', masked,
findings of unnamed '有些单位'); jiaoyim.cn (a 2005 traditional mirror, no finding); xingbaosteel.com (company news, no
finding); feifmx.com (a traditional mirror of 大督查 narrative, hearsay per place, cut); 2025888.cn (a traditional
mirror of
an audit 跟踪审计 result, cut in its achievements).

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a regex recount of each text):
  - tmdps: a doc-site copy ('第一篇:' card) of a coal mine's reply on the hazards a joint acceptance team found
    (traditional, glossed, 2011): '第N條:' statement / 整改措施 / 整改完成情況, cut in the sixth: 6 (5 measures).
  - cncx: a school's public notice of its audit rectification ('一、关于“…”问题' + the answer), cut in the seventh: 7
    (7 measures).
  - 163_taizhou: a 网易号 repost of a city 消防 exposure, ten cards '<name>(<district>)' / '火灾隐患情况:' lines: 10.
  - hynews_huangyan: a county paper's 消防 exposure under five class headings '01生产企业' …, cards '一、<name>' / 地址 /
    '隐患问题:1.…;2.…', cut in the tenth: 10.
  - rednet_nanyue: 红网 item, one sentence (or two) per body after '其中,': 5.
  - sgfb_shaoguan: a city paper's '火灾隐患曝光台', '1.<name>:地址:…。隐患:…' items, comment-box chrome: 5.
  - hanoudi_zhengzhou (traditional mirror): two places, '存在隱患:' each: 2.
  - jiningcoal (near miss): a mine's news of the 71 problems a 体检 found, 42 done; no list: 0.
  - hefei_baogaosu_bozhou (near miss, a 2016 mirror-portal copy): 档案 执法检查 findings for many units in one sentence
    ('主要表现在:…;…', R19): 0.
  - lhrb_luohe (near miss): eleven units named, one shared fault list (R122): 0.
  - audit_gov_tw (traditional): a Taiwan audit report site's 審核意見 table on 臺中市's fire service, four rows, cut in the
    fourth: 4.
  - bb0031_dazhu (near miss, traditional mirror, 2017): a county 暗訪 with four quoted findings of unnamed centres, 12
    found, all fixed: 0.
Totals: 12 documents (4 near misses), 49 problems (6+7+10+10+5+5+2+4), 12 measures (5+7). Reading and regex recount
agree. Kinds: 2 bulletins (tmdps, cncx), 10 null (exposures, findings and news, R29/R30/R31).

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- (NEW) tmdps: the lead's '所有隱患都已整改到位' gives done (R94) except item 2, whose own 整改完成情況 '等區或市主辦培訓班時
  立即送培' says it is not done yet: the item's own account wins → null (R95: label and finding contradict).
- (NEW) tmdps: the joint team's 竣工驗收 on 2011-09-05 is the check that found the hazards, not an acceptance of the
  rectification (R53's 验收): start = end = 2011-09-05 (R50); the 10月3日 現場檢查驗收 of the rectification is no date.
- tmdps: title the card heading '蘇仙區(qū)廖王坪煤礦隱患整改方案' (R35: a 范文/doc card's heading), the letter's own heading
  '…安全隱患整改的回復' being the second; kind bulletin by content (a reply reporting the hazards rectified, R27) though
  the card says 整改方案.
- tmdps: 整改完成情況 beside 整改措施 is a result, not counted (R118); the sixth item is cut before its 整改措施: measures 0.
- cncx: item 一's answer '我校已停止发放…' has no done word → status null (R93/R95); items 二-七 '已整改。' → done.
- (NEW) cncx: item 七 is cut after '已整改。我校': its answer counts 1 measure as far as it goes (R25, C14's side) and
  done by its '已整改'.
- Exposure cards: one problem per card (R10, blind39 meishi_u0y), title the hazard field's lines joined (R89), inner
  '1、'/'1.' numbering kept, final '。' dropped; units the card's name without the district tag '(椒江)'; residential
  estates (小区, 家园), a 出租房 and a village are places, no unit (R103, blind41 莞都可苑); named premises (大厦, 广场,
  商场) are units (the operator told to rectify, R102) — (NEW for 大厦/广场).
- hynews: the class lines '01生产企业', '02 居住出租房' … are the cards' categories (R79, numbering stripped); seq the
  card's '一、'/'二、' restarting under each (R75).
- rednet: one problem per body (R12), title from the body's name to the end of its faults, leads '其中,'/'区内' dropped
  (R92); 岳云中学's two sentences (男生宿舍, 女生宿舍) kept together as one body's (blind42 baogaosu 邵武).
- No status on the exposures: '已責令…限期整改' is an order (R72), '要求相关单位积极整改' a request.
- (NEW) audit_gov_tw: title the clause after '惟' up to ',允宜/允應檢討…' (the progress before '惟' no problem, R16 read for
  '惟'; the request dropped as R121 drops ',应按…进行整改'); the 檢視 cell restating the title is no second problem (R13).
- bb0031_dazhu: quoted findings of unnamed centres in one run → [] (R19); '發現問題12起…已全部整改到位' → 12/12 (R71).
- Near misses: jiningcoal's 71/42 read as problems_total/problems_done (R62, R71), its 3月16日-19日 without a year in the
  text → no dates (R60); hefei_baogaosu's 'DD.MM.YYYY' date line → 2016-11-18 (R45).
"""
import json
import re
from pathlib import Path

from make_truths import check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind47"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut": r'''"第一篇:蘇仙區(qū)廖王坪煤礦隱患整改方案\n改\n蘇仙區(qū)廖王坪煤礦安全隱患整改的回復\n蘇仙區(qū)煤炭局:\n2011年9月5日,湖南煤礦安全監(jiān)察局郴州監(jiān)察分局、郴州市煤炭局和蘇仙區(qū)人民政府組成聯合驗收組,對我礦技術改造進行竣工驗收,在現場檢查驗收過程中,對照批準的初步設計和安全專篇,發(fā)現我礦還存在俱多方面的問題。為盡快整改隱患,完成技改驗収任務。于2011年9月6日由礦長王顯波組織召開了礦務會,成立了隱患整改領導小組,制定了整改方案。并于2011年10月3日進行了現場檢查驗收,所有隱患都已整改到位,現回復如下:\n第一條:主井、風井功能未在井口掛牌公示。整改措施:制作功能牌并掛牌公示。\n整改完成情況:已制作功能牌并掛牌公示。于9月8日完成\n第二條:井下放炮員和防突員不足。\n整改措施:配足人員、及時送培。\n整改完成情況:等區(qū)或市主辦培訓班時立即送培。\n第三條:水文地質圖未標注井下積水巷道,無探水警戒線和探水線。未編制排水系統(tǒng)圖和安全監(jiān)測裝置布置圖。\n整改措施:按要求繪制水文地質圖,排水系統(tǒng)圖和安全監(jiān)測裝置布置圖。整改完成情況:已按要求繪制了水文地質圖,排水系統(tǒng)圖和安全監(jiān)測裝置布置圖。于 9月7日完成。\n第四條:礦燈未實行“人、牌、板” 三對口管理。\n整改措施:制作牌板、實行三對口管理。\n整改完成情況:已制作牌板、實行三對口管理于9月8日完成。\n第五條:圖紙不能反映井下真實情況,部分巷道未及時上圖。\n整改措施:實測所有巷道,繪制能反映井下真實情況的圖紙。\n整改完成情況:實測所有巷道,繪制了能反映井下真實情況的圖紙。于 9月10日完成。\n第六條:1152回釆工作面支護間距超過80cm,上下安全出口未"''',
    "cncx_cangxi_chengjiao_school_audit_rectification_notice_cut": r'''"苍溪县审计局于2023年10月7日至12月15日对苍溪县城郊中学校2022年度财务收支情况进行了就地审计,对重要事项进行了必要的延伸和追溯,依法出具了《审计报告》(苍审财报〔2023〕15号)。审计组同志工作认真负责、严谨务实,引用政策法规准确,客观公正,指出我校存在的问题并提出相应整改意见和建议,对我校改进和提高管理水平有着现实的指导意义。我校对此次审计工作高度重视,主要领导多次组织召开审计整改专题会议,研究部署整改工作。整改中,我校逐条采纳了审计提出的整改意见和建议,及时、严肃、彻底地处理了审计反映出来的问题。现将此次审计整改落实情况公示如下:\n一、关于“扩大开支范围发放误餐补助”问题\n我校已停止发放值班误餐补助。同时,根据苍溪县教育和科学技术局《关于加强寄宿制学校领导带班教师值班值守工作的通知》的要求,学校将值班值守工作纳入教职工工作量计算,与年终目标绩效奖金分配挂钩。\n二、关于“多收教材教辅代收费退还”问题\n已整改。将多收取的教材教辅代收费全额上缴财政。\n三、关于“单位日常费用挤占教材教辅代收费”问题\n已整改。将挤占费用全额退还学校代管账户,并调整相关账务。\n四、关于“虚假列支费用”问题\n已整改。将所列支费用全额追回并上缴县财政,组织开展财务人员的业务培训,今后严格执行国家相关财务政策,杜绝此类问题再次发生。\n五、关于“超标准报销驻村工作人员下村补助”问题\n已整改。全额追回超标准报销驻村补助,并全额上缴县财政。\n六、关于“多结算男生宿舍屋面雨棚及维修资金”问题\n已整改。施工单位已将多结算费用全额退还我校,并全额上缴县财政。\n七、关于“违规代收新生床上用品费用”问题\n已整改。我校"''',
    "163_taizhou_fire_exposure_ten_cards_repost_cut": r'''"为全力维护社会面消防安全形势稳定,切实增强社会单位及公众消防安全意识,督促落实消防安全主体责任,加强本单位消防安全管理,提高火灾防范能力,营造良好的消防安全氛围。台州市消防救援支队组织对全市社会单位开展消防安全隐患排查检查,做到发现一处整改一处,提高全民消防安全意识。\n经检查\n消防部门发现\n以下场所存在\n隐患问题\n现予以曝光\n好时光养老院(椒江)\n火灾隐患情况:\n1、疏散通道堆放杂物\n2、防火门损坏\n台州市博宇酒柜制造有限公司(黄岩)\n火灾隐患情况:\n占用、堵塞、封闭疏散通道、安全出口\n一帆风顺海鲜城有限公司(路桥)\n火灾隐患情况:\n人员密集场所门窗设置影响逃生、灭火救援的障碍物\n临海市旺迈歌厅\n火灾隐患情况:\n防火门顺位器损坏\n温岭水岸华庭小区\n火灾隐患情况:\n微型消防站未按要求配置人员、消防设施器材装备\n玉环吾悦广场\n火灾隐患情况:\n1、疏散通道堆放杂物\n2、安全出口上锁\n天台元亨日用品有限公司\n火灾隐患情况:\n占用、堵塞、封闭疏散通道、安全出口\n仙居竹圆头幼儿园\n火灾隐患情况:\n人员密集场所门窗设置影响逃生、灭火救援的障碍物\n台州市听风阁健康管理有限公司三门分公司\n火灾隐患情况:\n公众聚集场所违反消防技术标准,采用易燃、可燃材料装修\n台州市迪邦光电有限公司(台州湾新区)\n火灾隐患情况:\n厂区内部分灭火器未保持完好有效\n针对检查结果,消防监督人员提醒各单位要加强安全管理,落实消防安全责任,下一步,市消防救援支队将继续组织相关人员定期进行必要的消防安全巡查,对发现的火灾隐患要及时整改,确保辖区火灾形势稳定。\n小编提醒广大市民群众:\n要重视消防安全\n积极排查并消除身边的火灾隐患\n若发现火灾隐患和消防安全违法行为\n请拨"''',
    "hynews_huangyan_fire_exposure_five_classes_cut": r'''"为增强公众的消防安全意识,督促落实消防安全主体责任,加强消防安全管理,区消安委办对以下单位(场所)火灾隐患进行曝光,进一步发挥舆论监督作用,形成全社会共同参与火灾防治的良好氛围,被曝光单位要引以为戒,做好隐患整改工作。\n01生产企业\n一、台州市黄岩忠信塑胶有限公司\n地址:浦汇工业区\n隐患问题:1.疏散指示灯被遮挡;2.防火门损坏;3.厨房无灭火毯。\n二、台州市贝菱特科技有限公司\n地址:宁溪镇直街东路169号\n隐患问题:1.安全通道堵塞;2.缺少安全指示灯;3.缺少闭门器。\n02 居住出租房\n一、出租房\n地址:院桥镇横泾后岸三区3幢2号\n隐患问题:1、导线套管不到位。\n二、出租房\n地址:澄江街道石柜岙村65\n隐患问题:1、灭火器失效。\n03高层建筑\n一、幸福小区\n地址:兴华路院桥居内\n隐患问题:1、地下排烟风机无法联动(东面 手动可以),排烟管道破损 断裂(地下室),楼顶送风机无法联动(手动可以),送风阀故障(水泵房门口);2、疏散指示标志故障(多处),消防水带老化失效(地下室电梯口),每日巡查缺少11月12月;3、无远程监控;4、无每月微型站活动记录、半年度演练、年检、维保。\n二、怡君家园\n地址:新前街道新中路167号\n隐患问题:1、末端无水;2、无年检,演练照片过少;3、通道、楼道堆放杂物,疏散指示标志故障;4、消防水箱水位过低。\n04 九小场所\n一、衣柜男装\n地址:桥头王村393号\n隐患问题:1、配电装置未设置在电表箱内。\n二、海芹服装\n地址:繁二村南新街32号\n隐患问题:1、缺少一具灭火器。\n05人密场所\n一、优信超市\n地址:青年西路118-2号\n隐患问题:1、电线套管不到位;2、疏散指示标识损坏;3、疏散通道堆放杂物;4、未采用黄色警戒线标划疏散通道。\n二、超越台球棋牌\n地址:新城路108号\n隐患问题:1、电线私拉乱接;2"''',
    "rednet_nanyue_fire_exposure_five_units": r'''"红网时刻衡阳12月11日讯(记者 蒋楠)为进一步落实好消防安全执法检查专项行动,强化火灾隐患曝光力度,近日,衡阳南岳区消防救援大队对前期检查中存在消防安全隐患的5家单位进行集中曝光,其中1家为重大火灾隐患单位。\n其中,南岳区迎宾酒店应急照明和疏散指示标志配置不符合要求,部分安全出口标志未保持完好有效。衡山县岳云中学男生宿舍后栋(5层)仅有一个疏散楼梯;部分灭火器过期损坏。女生宿舍(公寓楼)室内消火栓无水;一层架空层堆放大量易燃可燃杂物;部分疏散指示标志损坏。中国移动通信集团湖南有限公司衡阳市南岳区分公司安全出口标志设置不符合要求,未配置应急照明和疏散指示标志。区内方广酒店二楼部分安全疏散指示标志损坏,六层一个防火门闭门器丢失,部分客房逃生面罩配备不足。\n其中,区内星港家居城场所内排烟设施不能正常使用、场所内应急照明、疏散指示标志损坏率大于标准规定要求设置数量的50%、室内消火栓设置不符合标准、安全出口被封堵。南岳消防大队判定星港家居城为重大火灾隐患单位,并提请南岳区人民政府予以挂牌督办。\n下一步,消防部门将结合“不忘初心、牢记使命”主题教育,针对检查出的火灾隐患,要求相关单位积极整改,为人民群众创造更优质的消防安全环境。\n来源:红网\n作者:蒋楠\n编辑:蒋楠\n本文为衡阳站原创文章,转载请附上原文出处链接和本声明。"''',
    "sgfb_shaoguan_fire_exposure_column_five_items": r'''"火灾隐患曝光台\n\n为进一步推动消防安全火灾隐患整治工作,充分发挥舆论监督力量,强化社会单位消防安全意识,营造一个平安和谐的消防安全环境。消防部门监督员对以下单位进行曝光:  \n\n1.张记烤羊腿店:地址:始兴县城南镇河南村新中门组天元大桥边。隐患:该餐厅使用易燃材料为夹芯的彩钢板搭建4个包间,其芯材料为聚氨酯泡沫。  \n\n2.丰兴明珠大厦:地址:新丰县丰城大道东12号。隐患:楼梯间丢放杂物;未按要求设置应急照明灯、疏散指示标志。  \n\n3.幸福广场:地址:武江区惠民南路122号。隐患:消防设施无法使用。  \n\n4.百汇电影院:地址:浈江区风度中路13-17号五楼。隐患:电器线路直接在可燃材料或可燃构件上敷设。  \n\n5.太阳花教育培训中心:地址:乐昌市公主中路顺易华庭四栋二村。隐患:消防设施、器材未保持完好有效。\n\n\n(作者:邵消)\n\n评论一下\n评论 0人参与,0条评论\n还没有评论,快来抢沙发吧!\n最热评论\n最新评论\n已有0人参与,点击查看更多精彩评论"''',
    "hanoudi_zhengzhou_airport_fire_exposure_two_places_trad": r'''"關注官方微信\n天天315維權\n猛犸新聞·東方今報首席記者 夏萍 萌友 范麗曼/文圖\n為消除火災隱患,維護全區消防安全形勢穩定,3月份以來,鄭州航空港消防救援支隊對轄區社會單位進行火災隱患排查時,發現以下場所存在重大火災隱患,為督促隱患及時整改消除,現予以曝光。\n潤豐錦尚小區位于鄭州航空港區長安路與鄱陽湖路交叉口東北200米潤豐錦尚小區西門,存在隱患:潤豐錦尚小區西門消防通道堵塞。已責令該小區物業限期整改。\n三官廟辦事處高莊陳村位于鄭州航空港實驗區萬三公路與S223公路交叉口西北200米,存在隱患:違規使用泡沫夾芯彩鋼板房。已責令限期拆除整改。\n下一步,鄭州航空港消防救援支隊將派專人跟蹤督促指導以上火災隱患整改工作,為企業單位復工復產和居民正常生活營造良好消防安全環境。在此,消防指戰員提醒廣大居民要及時對身邊的火災隱患進行自查自糾,維護火災形勢穩定,遠離火災,共享平安。"''',
    "jiningcoal_yangcheng_mine_71_problems_42_done_no_list": r'''"3月28日,阳城煤电对近期安全“体检”自检工作查出的问题落实整改情况进行了梳理。对于检查出的71项问题,及时发布通报,督促相关责任单位、责任人按时、保质完成整改工作,已完成42项,剩余29项正紧张有序地按计划整改中,为迎接上级部门正式“体检”做好充分的准备。\n3月16日-19日,山东煤矿安全监察局安全技术中心到阳城煤电进行全面安全“体检”工作。检查组通过地面查资料、井下看现场的方式进行检查。分别对3306综放工作面、1310综放工作面、1311轨道顺槽、1311皮带顺槽、北三新猴车巷、南翼轨道巷、南翼回风巷、井上下岗位机台等地点进行了现场检查,检查出各类问题共计71项。\n据悉,该矿将持续跟踪问题整改闭合情况,确保所有问题的整改按期完成。同时,以安全“体检”为契机,对照检查出的问题“举一反三”,在全矿范围内开展“普查”活动,要求各单位对所辖范围进行全面排查,对检查出的问题责任落实到个人、明确时间节点,制定有效措施、规范实施标准、立即进行整改,全力打造本质安全的现代化矿井。\n■ 阳城煤电 刘鵾臣"''',
    "hefei_baogaosu_bozhou_archives_check_findings_one_sentence": r'''"亳州市档案局对市直单位开展档案执法检查\n18.11.2016 16:40\n本文来源: 档案局\n检查发现,被检单位基本能够按照档案法律法规要求,切实加强对档案工作的领导,档案管理意识明显增强,档案管理工作整体水平较去年有所提高。但是,在检查中亦发现了一些问题,主要表现在:部分单位档案法制意识薄弱,文件材料收集、归档不及时;已收集整理的文件材料不齐全,内容不完整,部分单位会议记录未纳入归档范围;档案门类不齐全,除文书档案外,照片、实物等门类和载体档案未收集、整理、归档。\n针对发现的问题,执法检查组分别以口头要求和下发书面整改通知书等不同形式要求被检查单位限时整改,并书面报告整改落实情况,以期达到提高被查单位档案法律意识,深入推进依法治档的目的。\n本文来源: 档案局\n18.11.2016 16:40"''',
    "lhrb_luohe_fire_exposure_eleven_units_shared_faults": r'''"本报讯(记者 尹晓玉)5月23日,市消防支队集中曝光了11处火灾隐患突出区域和单位,包括足浴场所、酒店、住宅小区、工厂企业等。在这张“黑名单”上,未配置消火栓、火栓无水枪等问题频现。\n被曝光的11家火灾隐患突出区域和单位分别是:河南苏源环保科技有限公司、舞阳县壹号公馆足浴会所、漯河鑫世通冶金设备有限公司、漯河市博汇食品有限公司、七彩都市枫林(龙苑)1号楼、漯河市五洲假日酒店有限公司、漯河市亚力太电子商务物流园有限公司、漯河市恒隆食品有限公司(亚裕产业园)、香堤左岸小区、临颍县翔胜物业管理有限公司(维也纳花园住宅小区)、红橙物业管理有限公司(粼水立方)。\n市消防支队有关负责人介绍,本次曝光的这11处场所,不同程度地存在未设置火灾自动报警系统、消防通道被占用、违规使用液化气罐、未配置消火栓、消火栓无水枪等问题。下一步,他们将继续通过挂牌督办、隐患曝光等方式,倒逼火灾隐患整改,全力遏制和预防火灾事故发生。广大市民在日常生活中如果发现火灾隐患,可拨打“96119”进行举报。"''',
    "audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut": r'''"使用下拉選單以上下方向鍵選擇搜尋條件後,Enter鍵確認查詢,資訊將會改變。\n年度\n111\n政府別\n臺中市\n| 項次 | 審核意見標題 | 檢視 |\n|---|---|---|\n| 1 | 1.持續辦理防火宣導與消防安全檢查業務,住宅火災件數已減少,惟死亡人數仍偏高,及未登記與特定工廠未辦理消防安全檢查家數居六都最多,部分高風險族群未裝設住宅用火災警報器等,允宜檢討改善,以維護市民安全。 | 檢視審核意見-1.持續辦理防火宣導與消防安全檢查業務,住宅火災件數已減少,惟死亡人數仍偏高,及未登記與特定工廠未辦理消防安全檢查家數居六都最多,部分高風險族群未裝設住宅用火災警報器等,允宜檢討改善,以維護市民安全。PDF |\n| 2 | 2.持續強化緊急救護訓練及採購緊急救護器(耗)材,以提升救護品質,惟高級救護技術員人數仍偏低,及緊急救護耗材購置及管理有待加強等,允宜檢討改進,以提升緊急救護成功率。 | 檢視審核意見-2.持續強化緊急救護訓練及採購緊急救護器(耗)材,以提升救護品質,惟高級救護技術員人數仍偏低,及緊急救護耗材購置及管理有待加強等,允宜檢討改進,以提升緊急救護成功率。PDF |\n| 3 | 3.持續強化液化石油氣場所消防安全檢查業務,以維護公共安全,惟列管資料未臻周全,及部分業者位於住宅區,或未設置安全技術人員或未定期複訓等,允宜檢討改進,以維附近居民安全。 | 檢視審核意見-3.持續強化液化石油氣場所消防安全檢查業務,以維護公共安全,惟列管資料未臻周全,及部分業者位於住宅區,或未設置安全技術人員或未定期複訓等,允宜檢討改進,以維附近居民安全。PDF |\n| 4 | 4.持續擴充消防水源,消防栓妥善率已逾9成,惟部分損壞報修仍未修復,增設消防栓經費保留多年未執行,及部分消防栓遭民眾遮掩等,允應檢討改善,以保"''',
    "bb0031_dazhu_service_centres_unannounced_check_12_all_fixed_trad": r'''"“帶上暗訪設備,去看看便民服務中心,任何人不準走漏風聲……”近日,大竹縣針對我市“陽光問廉”全媒體直播節目曝光的其他縣(市、區)部分鄉鎮便民服務中心唱“空城計”的問題,組織相關部門工作人員對本轄區鄉鎮便民服務中心進行了突擊暗訪。\n“提前下車,下車后分頭行動,你暗訪農村低保辦理窗口,你暗訪房產管理窗口,我暗訪就業窗口……”暗訪組一行由縣紀委常委帶隊,在車上臨時確定暗訪地點,并作好暗訪分工。\n“服務事項集中不到位,群眾會跑‘冤枉路’”“我們查到有一個值班人員不在崗”“管理上不規范,窗口所示辦理業務、承辦人員與實際不符”“計生窗口工作人員瀏覽購物網站”……暗訪中,暗訪組著重檢查各鄉鎮便民服務中心“兩集中、兩到位”、人員到崗及工作狀態等情況。\n據了解,此次暗訪拍攝視頻120余分鐘,發現問題12起,發放責令整改函8份。截至4月7日已全部整改到位。\n“我們密切關注‘陽光問廉’全媒體直播行動曝光的每一個問題,一手抓自查自糾、督促整改,一手抓暗訪檢查、執紀問責,并且堅持常態監督,抓鞏固防反彈,努力凈化投資環境,營造風清氣正的政治生態。”該縣紀委負責人介紹道。\n投稿郵箱:chuanbeiol@163.com 詳情請訪問川北在線:http://www.bb0031.cn/"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}

# ---- truths ---------------------------------------------------------------------------------------------------------

_CN = "一二三四五六七八九十"

# tmdps (traditional, simplified at write, R91): '第N條:<statement>' up to '整改措施' or the line end, final '。' dropped;
# measures the 整改措施 field (1 each, R96), none for the sixth (cut before it); status done by the lead (R94) except
# item 2 (its own 整改完成情況 says not yet: null, NEW)
_TM = TEXT["tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut"]
TMDPS = []
for _m in re.finditer(r"第([一二三四五六])條:(.*?)(?=整改措施|\n|$)", _TM, re.S):
    _n = _CN.index(_m.group(1)) + 1
    _has_measure = _TM[_m.end():].lstrip("\n").startswith("整改措施:")
    TMDPS.append(_p(_n, _m.group(2).rstrip("。"), status=None if _n == 2 else "done", measures=int(_has_measure)))

# cncx: '一、关于“<statement>”问题' (wrapper stripped, R86); the answer paragraph below = 1 measure (R96/R118); done where
# it says '已整改' (R93)
_CX = TEXT["cncx_cangxi_chengjiao_school_audit_rectification_notice_cut"]
CNCX = []
for _m in re.finditer(r"^([一二三四五六七])、关于“(.+?)”问题\n(.*)$", _CX, re.M):
    CNCX.append(_p(_CN.index(_m.group(1)) + 1, _m.group(2), status="done" if _m.group(3).startswith("已整改") else None,
                   measures=1))

# 163_taizhou: cards '<name>(<district>)' / '火灾隐患情况:' / lines (R10, R89: the lines joined), unit the name without
# its district tag; the residential estate is a place (R103)
_TZ = TEXT["163_taizhou_fire_exposure_ten_cards_repost_cut"]
TAIZHOU = []
for _m in re.finditer(r"^([^\n]+)\n火灾隐患情况:\n(.*?)(?=\n[^\n]+\n火灾隐患情况:|\n针对检查结果)", _TZ, re.M | re.S):
    _name = re.sub(r"\(.*\)$", "", _m.group(1))
    TAIZHOU.append(_p(None, _m.group(2).replace("\n", ""), units=[] if _name.endswith("小区") else [_name]))

# hynews_huangyan: class headings '01生产企业' (category, R79), cards '一、<name>' (seq, R75) / 地址 / '隐患问题:<…>'
# (title, R89); 出租房, 小区, 家园 are places (R103)
_HY = TEXT["hynews_huangyan_fire_exposure_five_classes_cut"]
HUANGYAN = []
for _blk in re.split(r"\n(?=0\d ?[^\n]+\n一、)", _HY)[1:]:
    _cat = re.match(r"0\d ?([^\n]+)", _blk).group(1)
    for _m in re.finditer(r"^([一二])、([^\n]+)\n地址:[^\n]+\n隐患问题:([^\n]+)", _blk, re.M):
        _name = _m.group(2)
        _place = _name == "出租房" or _name.endswith(("小区", "家园"))
        HUANGYAN.append(_p(_CN.index(_m.group(1)) + 1, _m.group(3).rstrip("。"), _cat, [] if _place else [_name]))

# rednet_nanyue: one problem per body (R12), from the body's name to the end of its faults, leads dropped (R92)
_RN = TEXT["rednet_nanyue_fire_exposure_five_units"]
_RN_BODIES = [("南岳区迎宾酒店", "南岳区迎宾酒店应急", "。"), ("衡山县岳云中学", "衡山县岳云中学男生", "。中国移动"),
              ("中国移动通信集团湖南有限公司衡阳市南岳区分公司", "中国移动通信集团湖南有限公司衡阳市南岳区分公司安全", "。"),
              ("方广酒店", "方广酒店二楼", "。"), ("星港家居城", "星港家居城场所内", "。")]


def _after(text: str, start: str, end: str) -> str:
    """``start`` and the text after it up to (not including) the first ``end`` after it."""
    i = text.index(start)
    return text[i:text.index(end, i + len(start))]


NANYUE = [_p(None, _after(_RN, s, e).rstrip("。"), units=[u]) for u, s, e in _RN_BODIES]

# sgfb_shaoguan: '<n>.<name>:地址:…。隐患:<fault>' (seq, unit the name, title the 隐患 field, R89)
_SG = TEXT["sgfb_shaoguan_fire_exposure_column_five_items"]
SHAOGUAN = [_p(int(m.group(1)), m.group(3).rstrip("。"), units=[m.group(2)])
            for m in re.finditer(r"^(\d)\.([^:\n]+):地址:[^\n]*?。隐患:([^\n]+?)\s*$", _SG, re.M)]

# hanoudi (traditional): '<place>位于…,存在隱患:<fault>。' — places, no unit (R103); the order after it no status (R72)
_HD = TEXT["hanoudi_zhengzhou_airport_fire_exposure_two_places_trad"]
HANOUDI = [_p(None, m.group(1)) for m in re.finditer(r"存在隱患:(.+?)。", _HD)]

# audit_gov_tw (traditional): table rows '| n | n.<statement> | 檢視審核意見-…PDF |' (R8), the 檢視 cell restating the
# title not a second problem (R13); title the clause after '惟' up to ',允宜/允應…' (R16: the praise before '惟' is no
# problem; NEW for '惟' and the request after the finding)
_AT = TEXT["audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut"]
AUDIT_TW = [_p(int(m.group(1)), m.group(2))
            for m in re.finditer(r"^\| (\d) \| \d\.[^|]*?惟(.+?),允[宜應]", _AT, re.M)]

_EXPO_NOTE = ("One problem per exposed card or body (R10/R12), seq as printed or null (R75/R78); no status (an order "
              "or a request, R72/R95), measures 0 (R97), no deadline; kind null (an exposure, R29); title null (a news "
              "headline or a column name, R34).")

DOCS = {
    "tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut": dict(
        excerpt=True,
        genre="1-like rectification report as a doc-site copy: a '第一篇:' card of a coal mine's 2011 reply to the "
              "district coal bureau on the hazards a joint acceptance team found (traditional with pinyin glosses, a "
              "stray '改' line), '第N條:' statement / 整改措施 / 整改完成情況; cut in the sixth item",
        kind="bulletin", title="蘇仙區(qū)廖王坪煤礦隱患整改方案", issuer="蘇仙區(qū)廖王坪煤礦", report_date=None,
        inspection=ins("聯合驗收組", None, "2011-09-05", "2011-09-05"), headline=head(), problems=TMDPS,
        anomalies=["Traditional copy with glosses: problem titles simplified without glosses at write (R91); doc "
                   "fields as printed.",
                   "Title the card heading after '第一篇:' (R35: a doc/范文 card's heading); the letter's own heading "
                   "'蘇仙區(qū)廖王坪煤礦安全隱患整改的回復' is the second; issuer the mine the title names (R37).",
                   "Kind bulletin: a reply reporting the hazards rectified ('所有隱患都已整改到位,現回復如下', R27), though the "
                   "card heading says 整改方案.",
                   "Problems '第一條'…'第六條' → seq 1-6 (R76/R77); title the statement up to '整改措施' or the line end, "
                   "final '。' dropped (R86); item 3's two sentences kept together.",
                   "Measures: the 整改措施 field, 1 each (R96); 整改完成情況 beside it is a result (R118); item 6 is cut "
                   "inside its statement ('上下安全出口未', R25): measures 0.",
                   "(NEW) Status done by the lead's '所有隱患都已整改到位' (R94) except item 2, whose own 整改完成情況 "
                   "'等區(qū)或市主辦培訓班時立即送培' says it is not done: null (R95, label and finding contradict). "
                   "Completion days '于9月8日完成' are no deadlines.",
                   "(NEW) Inspection: the joint team's 竣工驗收 of 2011年9月5日 is the check that found the hazards, not an "
                   "acceptance of the rectification (R53's 验收): start = end = 2011-09-05 (R50, one day); inspector the "
                   "team by its printed short name '聯合驗收組' (R46); inspected '我礦' → null (R48); the 10月3日 "
                   "現場檢查驗收 of the rectification is no date; no signature, no report date."]),
    "cncx_cangxi_chengjiao_school_audit_rectification_notice_cut": dict(
        excerpt=True,
        genre="1-like audit rectification report: a school's public notice of its rectification of a county audit "
              "('现将此次审计整改落实情况公示如下'), items '一、关于“…”问题' each with its answer; cut in the seventh answer",
        kind="bulletin", title=None, issuer=None, report_date=None,
        inspection=ins("苍溪县审计局", "苍溪县城郊中学校", "2023-10-07", "2023-12-15"), headline=head(), problems=CNCX,
        anomalies=["Titles the quoted statement inside '关于“…”问题' (R86); seq 一-七 (R75); category null (no heading).",
                   "Measures: each item's answer paragraph, its sole account of what was done = 1 (R96, R118).",
                   "Status: '已整改。' → done (items 二-七, R93); item 一's answer '我校已停止发放…' has no done word → null "
                   "(R95).",
                   "(NEW) Item 七 is cut after '已整改。我校': done by its '已整改', 1 measure as far as the copy goes (R25).",
                   "Kind bulletin (a 公示 of rectification, R27); no title line (the copy starts in the text, R33); no "
                   "signature or date: issuer and report date null (R37, R40); the audit's on-site period "
                   "'2023年10月7日至12月15日' is the inspection's start and end (R50); '苍审财报〔2023〕15号' no figure."]),
    "163_taizhou_fire_exposure_ten_cards_repost_cut": dict(
        excerpt=True,
        genre="2-like exposure on cards, a 网易号 repost: a city 消防 exposure, lead, short slogan lines, ten cards "
              "'<name>(<district>)' / '火灾隐患情况:' / one or two lines, a closing note; cut in the editor's reminder",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("台州市消防救援支队"), headline=head(), problems=TAIZHOU,
        anomalies=[_EXPO_NOTE,
                   "Title the '火灾隐患情况:' lines joined without their break (blind39 meishi_u0y, R89), inner '1、2、' kept.",
                   "Units the card's name without the district tag '(椒江)' (a county note, not part of the name); "
                   "'温岭水岸华庭小区' is a residential estate: a place, no unit (R103); '玉环吾悦广场' (a shopping centre) a "
                   "unit (NEW, R102: named premises whose operator is told to rectify).",
                   "No date in the copy (no byline date); inspector the 支队 the lead names (R46); inspected null (ten "
                   "bodies)."]),
    "hynews_huangyan_fire_exposure_five_classes_cut": dict(
        excerpt=True,
        genre="2-like exposure on cards under class headings: a county paper's 消防 exposure by the 区消安委办, class lines "
              "'01生产企业'…'05人密场所', cards '一、<name>' / 地址 / '隐患问题:1.…;2.…'; cut in the tenth card",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("区消安委办"), headline=head(), problems=HUANGYAN,
        anomalies=[_EXPO_NOTE,
                   "Category the class line without its '01' numbering (R79): '生产企业', '居住出租房', '高层建筑', '九小场所', "
                   "'人密场所'; seq the card's '一、'/'二、' restarting under each class (R75).",
                   "Title the '隐患问题:' field as printed, inner '1.…;2.…' kept, final '。' dropped (R89, R86); the last "
                   "card cut at '1、电线私拉乱接;2' (R25).",
                   "Units the card's name (R102); '出租房' (a rented dwelling), '幸福小区' and '怡君家园' (residential estates) "
                   "are places, no unit (R103).",
                   "No date in the copy; inspector as the lead names it (R46); inspected null (ten cards)."]),
    "rednet_nanyue_fire_exposure_five_units": dict(
        excerpt=False,
        genre="2-like findings of a check, one statement per body: a provincial portal's item on a district 消防 大队's "
              "exposure of five units, each named then its faults, one of them a 重大火灾隐患单位; source lines",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("衡阳南岳区消防救援大队"), headline=head(), problems=NANYUE,
        anomalies=[_EXPO_NOTE,
                   "Title from the body's name to the end of its faults (R12, blind17 lingao), the leads '其中,' and "
                   "'区内' dropped (R92); 岳云中学's two sentences (男生宿舍…, 女生宿舍…) kept together as one body's (blind42 "
                   "baogaosu); the verdict '南岳消防大队判定星港家居城为重大火灾隐患单位…' is no part of its problem.",
                   "'5家单位' and '1家' are bodies (R68): no headline; '12月11日讯' has no year in the text: no date (R60)."]),
    "sgfb_shaoguan_fire_exposure_column_five_items": dict(
        excerpt=False,
        genre="2-like exposure, numbered items: a city paper's column '火灾隐患曝光台', '1.<name>:地址:…。隐患:…' for five "
              "bodies, the author line and the comment box's chrome",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=SHAOGUAN,
        anomalies=[_EXPO_NOTE,
                   "Seq 1-5 as printed; title the text after '隐患:' (R89), ';' inside kept, final '。' dropped.",
                   "Units the item's name (R102), '丰兴明珠大厦' and '幸福广场' (named premises) included (NEW, as 163_taizhou's "
                   "广场).",
                   "Inspector null: '消防部门监督员' names no body (R48); title null: '火灾隐患曝光台' is a column name (R34); no "
                   "date; the comment box after '(作者:邵消)' is chrome: excerpt false (R5)."]),
    "hanoudi_zhengzhou_airport_fire_exposure_two_places_trad": dict(
        excerpt=False,
        genre="6 traditional-character mirror of a Henan paper's item (WeChat and '天天315維權' chrome at the top): a "
              "消防 支队's exposure of two places, '存在隱患:' each, then the order",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("鄭州航空港消防救援支隊"), headline=head(), problems=HANOUDI,
        anomalies=[_EXPO_NOTE,
                   "Traditional copy: titles simplified at write (R91); doc fields as printed.",
                   "Title the text after '存在隱患:' to its '。' (R89); a residential estate and a village are places: no "
                   "unit (R103), the unnamed '該小區物業' no unit either; '已責令…限期整改' is an order (R72): no status.",
                   "'3月份以來' without a year: no dates (R60); inspector the 支隊 as printed (R46)."]),
    "jiningcoal_yangcheng_mine_71_problems_42_done_no_list": dict(
        excerpt=False,
        genre="near miss, news of rectification progress: a coal group's item on a mine's rectification of the 71 "
              "problems a provincial 煤监 technical centre's '体检' found, 42 done, 29 under way; no problem printed; "
              "byline",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("山东煤矿安全监察局安全技术中心", "阳城煤电"), headline=head(71, 42), problems=[],
        anomalies=["No problem printed (places checked are no findings): [] (R19).",
                   "Headline: '检查出各类问题共计71项' → problems_total 71 (R62); '已完成42项' → problems_done 42 (R71); "
                   "'剩余29项' in progress, no figure.",
                   "'3月16日-19日' and '3月28日' carry no year in the text: no dates (R60); kind null (news, R30); "
                   "inspector as printed (R46), inspected the mine's short name as the sentence names it (R47)."]),
    "hefei_baogaosu_bozhou_archives_check_findings_one_sentence": dict(
        excerpt=False,
        genre="near miss, a check's findings for many units in one sentence: a mirror portal's 2016 copy of a city "
              "档案局 news item (headline, 'DD.MM.YYYY' stamp, source line printed twice)",
        kind=None, title=None, issuer=None, report_date="2016-11-18",
        inspection=ins("亳州市档案局"), headline=head(), problems=[],
        anomalies=["'主要表现在:部分单位…;…;…' names faults of many units at once: [] (R19).",
                   "Report date from the page's date line '18.11.2016 16:40' (D.M.Y, R40/R45); kind null (news, R30); "
                   "title null (a headline, R34); inspector the 档案局 the headline names (the text's '执法检查组' "
                   "unnamed, R46); inspected '市直单位' (many bodies): null."]),
    "lhrb_luohe_fire_exposure_eleven_units_shared_faults": dict(
        excerpt=False,
        genre="near miss, an exposure naming bodies with shared faults: a city evening paper's item on eleven units "
              "exposed by the 消防支队, one list of faults for all",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市消防支队"), headline=head(), problems=[],
        anomalies=["Eleven names and one shared statement ('不同程度地存在…等问题'): no one body's statement, [] (R122, "
                   "R19).",
                   "'11处'/'11家' are bodies (R68): no headline; '5月23日' without a year: no date (R60); kind null."]),
    "audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut": dict(
        excerpt=True,
        genre="3-like audit findings table (traditional): a Taiwan audit report site's chapter of 審核意見 on a city's "
              "fire service (year 111, 臺中市), rows '項次 | 審核意見標題 | 檢視' each stating progress, then '惟' the "
              "shortfalls, then '允宜檢討改善'; cut in the fourth row",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(None, "臺中市"), headline=head(), problems=AUDIT_TW,
        anomalies=["Traditional copy: titles simplified at write (R91); doc fields as printed.",
                   "One problem per table row (R8), seq the 項次 (R75); the 檢視 cell repeats the title with 'PDF': not a "
                   "second problem (R13).",
                   "(NEW) Title the clause after '惟' up to ',允宜檢討改善' / ',允應…': the progress before '惟' is no problem "
                   "(R16, '惟' read as '但'), the closing request no part of the finding (as R121 drops ',应按…进行整改').",
                   "Row 4 is cut after its finding ('…遮掩等,允應檢討改善,以保'): its title is whole.",
                   "Kind null: an audit's findings, no rectification reported (R29/R31); no title line (search-widget "
                   "text and a table); inspector null (the auditor is named only by the site, R48); inspected the 政府別 "
                   "field '臺中市' (R47); '111' (ROC year) and '9成' are no figures (R68); no status, measures 0 "
                   "(R95/R97)."]),
    "bb0031_dazhu_service_centres_unannounced_check_12_all_fixed_trad": dict(
        excerpt=False,
        genre="near miss, a check's findings as a run of quotes: a traditional-character regional portal's copy of a "
              "county 纪委's 暗訪 of township service centres, four quoted findings of unnamed centres, '發現問題12起…"
              "截至4月7日已全部整改到位', the portal's contact line",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("暗訪組"), headline=head(12, 12), problems=[],
        anomalies=["The quoted findings ('“服務事項集中不到位…”“我們查到有一個值班人員不在崗”…') name no centre and run in one "
                   "sentence for many bodies: [] (R19).",
                   "Headline: '發現問題12起' → 12 (R62); '已全部整改到位' → done 12 (R71: all done stated = total); "
                   "'責令整改函8份' is letters (R68).",
                   "'截至4月7日' without a year in the text: no date (R60); inspector the team's printed name '暗訪組' "
                   "(R46); inspected null (many centres); kind null (news, R30)."]),
}

URLS = {
    "tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut":
        "http://www.tmdps.cn/a11/201905141/83517c202dd6934d.html",
    "cncx_cangxi_chengjiao_school_audit_rectification_notice_cut":
        "https://cncx.gov.cn/news/show/20240423162958792.html",
    "163_taizhou_fire_exposure_ten_cards_repost_cut": "https://163.com/dy/article/J66IMUDS05149GOD.html?spss=dy_author",
    "hynews_huangyan_fire_exposure_five_classes_cut":
        "https://hynews.zjol.com.cn/hynews/system/2024/01/08/034499918.shtml",
    "rednet_nanyue_fire_exposure_five_units": "https://hy.rednet.cn/content/2019/12/11/6313782.html",
    "sgfb_shaoguan_fire_exposure_column_five_items": "http://cmstop.sgfb.sgxw.cn/p/1198.html",
    "hanoudi_zhengzhou_airport_fire_exposure_two_places_trad":
        "http://www.thehanoudiletter.com/c/20200325/n_1585146465149960.html",
    "jiningcoal_yangcheng_mine_71_problems_42_done_no_list":
        "https://jiningcoal.com.cn/news/subsidiary/201703/30_11580.html",
    "hefei_baogaosu_bozhou_archives_check_findings_one_sentence":
        "https://hefei.baogaosu.com/xinwen/%E5%AF%B9%E5%B8%82%E7%9B%B4%E5%8D%95%E4%BD%8D%E5%BC%80%E5%B1%95%E6%A1%A3%E6"
        "%A1%88%E6%89%A7%E6%B3%95%E6%A3%80%E6%9F%A5/52399038",
    "lhrb_luohe_fire_exposure_eleven_units_shared_faults": "http://wb.lhrb.com.cn/html/2019-05/24/content_53887.htm",
    "audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut":
        "https://auditreport.audit.gov.tw/Book/ChapterOpinion/638305580171396824f1f15bfb666d4508aec019842d4efd94",
    "bb0031_dazhu_service_centres_unannounced_check_12_all_fixed_trad":
        "http://www.bb0031.cn/news/yishu/2017/0412/742133.html",
}

TRAD = {"tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut",
        "hanoudi_zhengzhou_airport_fire_exposure_two_places_trad",
        "audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut",
        "bb0031_dazhu_service_centres_unannounced_check_12_all_fixed_trad"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut": 6,
    "cncx_cangxi_chengjiao_school_audit_rectification_notice_cut": 7,
    "163_taizhou_fire_exposure_ten_cards_repost_cut": 10,
    "hynews_huangyan_fire_exposure_five_classes_cut": 10,
    "rednet_nanyue_fire_exposure_five_units": 5,
    "sgfb_shaoguan_fire_exposure_column_five_items": 5,
    "hanoudi_zhengzhou_airport_fire_exposure_two_places_trad": 2,
    "jiningcoal_yangcheng_mine_71_problems_42_done_no_list": 0,
    "hefei_baogaosu_bozhou_archives_check_findings_one_sentence": 0,
    "lhrb_luohe_fire_exposure_eleven_units_shared_faults": 0,
    "audit_gov_tw_taichung_111_fire_audit_opinions_table_trad_cut": 4,
    "bb0031_dazhu_service_centres_unannounced_check_12_all_fixed_trad": 0,
}, EXPECTED

MEASURES = {"tmdps_suxian_liaowangping_coal_mine_hazard_reply_trad_glossed_cut": 5,
            "cncx_cangxi_chengjiao_school_audit_rectification_notice_cut": 7}


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("tmdps"):
        return len(re.findall(r"第[一二三四五六七八九十]+條:", text))
    if stem.startswith("cncx"):
        return text.count("、关于“")
    if stem.startswith("163_"):
        return text.count("火灾隐患情况:")
    if stem.startswith("hynews"):
        return text.count("隐患问题:")
    if stem.startswith("rednet"):
        return len(re.findall(r"(?:酒店应急|中学男生|分公司安全|酒店二楼|家居城场所)", text))
    if stem.startswith("sgfb"):
        return text.count("。隐患:")
    if stem.startswith("hanoudi"):
        return text.count("存在隱患:")
    if stem.startswith("audit_gov_tw"):
        return len(re.findall(r"^\| \d \|", text, re.M))
    return 0


def measure_recount(stem: str, text: str) -> int:
    """The measures counted again: the 整改措施 fields (tmdps), the answer lines under each item (cncx)."""
    if stem.startswith("tmdps"):
        return text.count("整改措施:")
    if stem.startswith("cncx"):
        return len(re.findall(r"问题\n[^\n]", text))
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles (lines joined), categories and units as written
    (traditional ones before simplification); measures as recounted; the document fields."""
    probs = d["problems"]
    flat = text.replace("\n", "")
    check_problems(stem, probs, flat, no_stop=True, category_in=text, units_in=text)
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measure_recount(stem, text), stem
    assert all(p["deadline"] is None for p in probs), stem
    if d["kind"] is None:
        assert all(p["status"] is None and p["measure_count"] == 0 for p in probs), stem
    check_doc(stem, d, text, report_forms=lambda y, m, dd: (f"{dd:02d}.{m:02d}.{y}",))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, recount=recount, total=49, urls=URLS, trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert "(" not in p["title"], (stem, p["title"])


if __name__ == "__main__":
    main()
