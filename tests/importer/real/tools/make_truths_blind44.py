"""Write the texts and truth files of tests/importer/real/blind44: a held-out set of real pages (session 22), labelled on
2026-12-07 (03:20-03:31 UTC by the machine clock) by helper label59, who did not read or run the parser
(zhenggai/importer/, zhenggai/cli.py, tests/importer/test_*.py) and did not score this set. Every url was checked with
/work/wt/known_urls.py when found and again before the commit against the keys of all trees minus this worktree
(1,395 keys: all 10 new); a distinctive phrase of each page was grepped in
/work/main/tests/importer and /work/shared/corpus (no copy found).

Schema and conventions: tests/importer/real/CONVENTIONS.md (R1-R135, C1-C25) and make_truths.py (head/ins/problem);
structure after make_truths_blind42.py. The texts are the stored copies the search tool's ``pages`` corpus returned,
pasted as JSON string literals and decoded (R2): pinyin glosses '學(xué)', doubled commas ',,', masks '@@'/'##',
mojibake ('約談?dòng)涗?/p>', '已全部?jī)陡兜较') and chrome kept. Three glossed copies were fetched a second time
and compared with the first paste (www6ccc, 004km identical; feifmx corrected by one lost gloss '(chē)'). Runs of
spaces are copied as ASCII spaces as the tool printed them (fjmx may hold non-breaking spaces the tool showed as spaces).

Exhaustion (the brief: the genre's centre from less-searched angles): 51 queries and 7 re-fetches of chosen pages (8
results each; many tag stubs and spam), over 巡察/巡视 整改进展 通报 of 国企/集团, 银行/信用社, 高校, 中学, 医院/卫生院, 街道/社区/村, 乡镇, 协会/残联/红十字会/
科协, 事业单位, 派驻; 巡察反馈 with listed problems; 回头看; 整改台账/问题清单 序号 责任单位 完成时限; 整改销号/第N项; traditional
wordings; 2017-2019 years; then the edges of the genre the centre leads to (school safety checks, 督导问题清单, 创城 督查,
消防 曝光, 食品安全, 均衡发展 整改). 149 candidate urls checked with known_urls.py, 100 KNOWN (67%): nearly every 巡察整改进展
通报 and 巡察反馈 page the queries reached was KNOWN (qzcdi, asctjt, puupupc, studioretreats, nllz, hsjw, shanting, 31hs3,
cectop, chinapostnews, tcjjjc x2, alatiku, zijin, gongwk, ntlz, guichi, wbq, qjpjw, lkjjq.ezhou, xycdi, zgsuixian,
xingning, jw.km x2, wuch, zhjjw, huiji, bipartisan-report, ycqb, whjjw, 72hg7, rcwkj, zuzhaopin, gztusheng, qdubb 2018,
cdacdg, gzhgjt, shsizhitang, yanta, hbjjjc, canlian.weihai, gl.gov.cn, czs.hebcdi, sxgp, 120pk, beiweimall,
xiaomilidoc, east68, henan.china, wuan888 x2, ...).

Declined, new by key: tw.news.yahoo.com x3 and news.ltn.com.tw (the 2026-02 食藥署 catering recheck of three firms:
the same event as blind19 taiwan_school_catering_three_firms_recheck, R4 in spirit); qdubb.cn 2023 (a 巡察 story of
one school's prefab classrooms: no second fetch came back, and the first paste is ~20 bytes short of the store's cut,
so its glosses could not be copied exactly, R2); salon-sesame.com (an adult spam header over a 2014 school safety
通报 cut before its problems, as blind42 dropped such headers); www.163.com GK3FFSS7 (a village complaint cut before
the team's finding: C23 open); 600zi, lunan.gov.cn (创文 督查 naming kinds or unnamed places, R19); xjtu, sgj.changzhou,
shiquan, lz.newssc, jieshounews, csteelnews, yhg994208, lyruiju 7343, fundafe, 3bcivil, qingdaomop, wuhan.baogaosu,
yybnet, piju, changchun.baogaosu, 56tv, chinaoffshore, taowenge, crossfitfinalpush, jiusongjiankang, zaixiangufen,
jifanwen, ppfp, 360docs, ttnews.xyz, scholarmate, wentop 48, liaocheng.cc, feifmx's source news.china.com (not stored):
launches, no findings, templates, round-ups with counts only, or no problem statement before the cut.

Pages, kinds (issue 10) and problems (counted twice: by reading, and in main() by a recount of each text by another
route):
  - iupzkkr: a school's own new-year safety check (news), '但也存在一些问题,如:' seven ';' clauses: 7.
  - zhoube: a spun 'typical case' of a kindergarten's 督导: 首先/其次/再者 faults, then 首先/其次/最后 fixes, all solved: 3.
  - feifmx (traditional, glossed, doubled commas): a city 回头看 of three points fed back earlier (R15) and three new
    findings: 6 (cut in the requirements).
  - fjmx: an education bureau's 公示 of one school canteen's 整改前/整改后 (one task, R14/R108): 1.
  - sixian: a 周督导 notice with its attached 问题清单, four numbered items: 4.
  - www6ccc (traditional, glossed, cut): a 巡察 story of one 立行立改 item, the subsidy paid: 1.
  - 004km (traditional, glossed, masked): a 约谈记录 form on one audit finding (存在的主要问题 field), with deadline and
    the kindergarten's reply: 1.
  - liuzhou (near miss): 巡察 feedback news to a middle school, its problems in one '主要问题是:' run (R19): 0.
  - bandao (near miss): a 创城 督察 of 14 schools with counts only (31 found, 3 fixed on the spot): 0.
  - hbust (near miss): a university's 巡察 feedback to nine units, aspects in one sentence (R19): 0.
Totals: 10 documents, 23 problems (7+3+6+1+4+1+1), 5 measures (zhoube 3, fjmx 1, 004km 1), statuses: done 7 (zhoube 3, feifmx 2, fjmx 1, www6ccc 1), in_progress 2 (feifmx 1, 004km 1), null 14;
deadlines 2 (www6ccc '立行立改', 004km '12月底前'). Reading and recount agree.

Judgement calls (each also in the truth's anomalies; NEW where no earlier set made it):
- iupzkkr: the clauses after '如:' each one problem (R10, R16 blind38 xinjr), the last with its ',存在安全隐患' kept;
  the 校长's 一是…四是 are general requirements (R98: 0); inspector/inspected null (the school is never named, R48).
- zhoube: (NEW) 首先/其次/再者 are ordinal words, not printed numbers: seq null (R78); the second 首先/其次/最后 list
  answers the faults in order: 1 measure each (R98); the closing '该幼儿园的问题得到了有效解决' makes all done (R94);
  kind null (a spun case story, R30), inspector '教育局' as printed, inspected null (an unnamed kindergarten, R48).
- feifmx: (NEW) the 回头看 names '上述3個點位' and the feedback sentences print three statements: the adult shop near the
  school, the school gate's road, the 公园社区 (R15); status from the 回头看's verdicts: '已查封', '已按規設定…整改情況良好' done,
  '整改情況較好,但還是存在亂搭濫蓋現象' in_progress (R93); unit '江汉区' for these (R104: the district said to have
  fixed them); the new findings: the clause after '但' for the two youth venues (R16), the site hoarding sentence and the
  shared-bike sentence ('等问题' kept, R87); measures 0 (the checkers' verdicts are no account of the body's measures,
  R95/R97); doubled commas kept in titles as printed (R86: ASCII punctuation kept).
- fjmx: one task: the 整改前: statement is the problem (R89 label dropped), the 整改后: statement its one measure (R118:
  the sole account of what was done), done from '瀚仙中心小学已完成整改' (R93; the labels alone say nothing, R95), unit the
  school (R104); title the heading without the series number '(二)' (R35 as '(第十二期)'); kind bulletin (the body's
  公示 of rectification done, R27); issuer null ('来源:' metadata, R38); report date the date line.
- sixian: (NEW) items '1.课后服务开展状况不佳。育才学校…' run heading and description on one line: the whole item is the
  title (R88, C9); category null (the list's heading '周督导问题清单' is the document's title, not a section of it);
  (NEW) units [] (schools named in the items' prose are the faults' subjects, several per item, no 责任单位 field: R101/
  R102 need a field, R104 a '由…负责' sentence); (NEW) deadline null: '于10月23日前,将整改情况…发送至教督办' is a reporting
  date addressed to the other schools, not a 整改时限 (R106); title '周督导问题清单' (the attached list's own heading, as
  R36 takes a transmitted plan's heading; the notice prints no title line of its own); kind null (a check's results,
  R29); dates 10月17日至18日 (the end printed as '至18日').
- www6ccc: R108's one problem titled as the text names it ('…补助未按时兑付', '的情况' dropped as R92's lead-in/out,
  place '该乡存在' dropped); done from the villagers' quotes and '已全部' (R132); deadline '立行立改' (R106: the team's
  order '要求馬鹿塘鄉黨委立行立改'); unit the 乡党委 the order went to (R102/R104); measures 0 (news, R132).
- 004km: (NEW) an audit finding's 约谈记录: the '存在的主要問題' field value is the one problem (R14/R89), its label the
  category (R83, C17 majority); deadline '12月底前' from the 约谈内容's request (R106: a time limit written in the
  requirement); the kindergarten's reply '我園正在積極改善…' is its one measure (R96) and status in_progress (R93
  '正在'); unit the 被约谈人单位 without the post '園長' (R102); kind null (an interview record, R30); title the two head
  lines joined without the '/p>' tag residue, the lost last character kept as '?' (R32, R2); report date null ('2019年6月'
  with the day blank, R44); inspector the 省审计厅 whose audit fed the finding back, inspected null.
- liuzhou, hbust: feedback news naming problems in one run: [] (R19), kind null (C20); liuzhou's feedback date the day
  of the meeting (R55); hbust's feedback to nine units: no inspected, no feedback date ('近日').
- bandao: problems_total 31, problems_done 3 ('现场整改3条' a check's on-the-spot fixes, R71/C16); '下达整改通知38条' is no
  figure (notices, R68); the 督查重点 are checklist items (R68), no problems (R19); report date the date line.
"""
import json
import re
from pathlib import Path

from make_truths import between, check_doc, check_problems, head, ins, write_labelled_set
from make_truths import problem as _p

HERE = Path(__file__).resolve().parent.parent / "blind44"

# ---- texts: the stored copies, JSON string literals decoded (R2) ----------------------------------------------------

_RAW = {
    "iupzkkr_school_new_year_safety_check_seven_faults": r'''"为认真贯彻落实省粮食局及达州市教育局安全工作会议精神,进一步做好学校元旦安全稳定工作, 12月31日上午,校党委书记、校长秦明功率领校领导及相关科室人员对学校教学楼、学生宿舍、学生食堂、医务室、家属住宅区、实训场所、在建工地、校园公共区域等进行了全面检查,并要求各科室、班级加强对师生元旦期间的交通、出行、安全意识等进行教育。\n从此次检查情况来看,整体情况良好,但也存在一些问题,如:个别路灯偏低;医务室和女生宿舍值班室电烤火炉仍为明火;足球场围墙外堆积土过高;实训楼门口地沟盖板有损坏;八单元一楼楼梯口堆放有杂物;六单元后电线杆倾斜;教学楼机房空调外机偏低,支架突出,存在安全隐患。\n检查结束后,秦校长强调:一是要求相关环节负责人将检查出的问题及时与相关部门联系,迅速整改落实;二是值班人员务求坚守岗位加强节日值班,切实履职尽责;三是安保人员要加强假期巡逻;四是“9+3”管理老师要配合学校做好彝区学生节日生活及安全工作,以确保师生节日平安祥和。"''',
    "zhoube_kindergarten_supervision_case_three_faults_three_fixes": r'''"幼儿园教育督导是保障孩子健康成长的重要一环。下面我们来看一个关于幼儿园教育督导的典型案例。\n某市区内一所幼儿园在教育局的督导下被发现存在多项问题。首先,该幼儿园的安全措施不够完善,如灭火器、应急药品等配置不足;其次,该幼儿园的师资力量较弱,部分老师没有相关专业证书;再者,该幼儿园对于家长反映的问题处理不及时且态度恶劣。\n针对以上问题,教育局对该幼儿园进行了整改和督促。首先,针对安全问题,该幼儿园增加了灭火器数量,并且更新了应急药品和急救设备;其次,在师资力量方面,该幼儿园重新招聘了符合要求的专业人员,并提供专业培训;最后,在服务质量方面,该幼儿园建立了家长反馈机制,并开展家校沟通活动。\n经过一段时间的整改和督促,该幼儿园的问题得到了有效解决。孩子们的安全得到了保障,老师们的专业素质也有了提高,家长对于该幼儿园的评价也逐渐得到了改观。\n通过这个案例我们可以看出,教育督导对于幼儿园的发展和孩子们的健康成长具有至关重要的作用。只有通过持续不断的督促和监管,才能确保每个孩子都能在一个安全、健康、愉快的环境中学习和成长。"''',
    "feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut": r'''"本報(bào)訊(通訊員向智 記者胡雪璇)1日,市治庸辦、市文明辦聯(lián)合檢查組赴江漢區(qū),,就前期督辦整改問(wèn)題開(kāi)展“回頭看”,,并檢查文明城市建設(shè)工作。\n8月8日、23日,,市文明委領(lǐng)導(dǎo)檢查江漢區(qū)文明城市建設(shè)工作時(shí)發(fā)現(xiàn),,天一街小學(xué)附近200米內(nèi)有成人用品店,,校門(mén)口馬路上無(wú)交通安全標(biāo)識(shí),、斑馬線(xiàn),垃圾雜物及違章建筑堵塞交通通道,。江漢區(qū)萬(wàn)松園街公園社區(qū)環(huán)境衛(wèi)生較差,,樓道內(nèi)外、社區(qū)宣傳欄有牛皮癬張貼,,多位小商販占道賣(mài)菜,,小區(qū)存在亂搭蓋、停放“僵尸車(chē)”等現(xiàn)象,。檢查后,,江漢區(qū)及時(shí)開(kāi)展整改。\n1日,,檢查組對(duì)上述3個(gè)點(diǎn)位進(jìn)行“回頭看”,,發(fā)現(xiàn)天一街小學(xué)附近200米內(nèi)成人用品店已查封,校門(mén)口交通安全標(biāo)識(shí),、斑馬線(xiàn)等已按規(guī)設(shè)定,,交通通道暢行無(wú)堵,整改情況良好,。萬(wàn)松園街公園社區(qū)環(huán)境衛(wèi)生有較大改觀,,牛皮癬已全部清除,樓道內(nèi)粉刷一新,,“僵尸車(chē)”已按規(guī)清理,,整改情況較好,但還是存在亂搭濫蓋現(xiàn)象,。\n檢查人員發(fā)現(xiàn)江漢區(qū)青少年宮,、江漢區(qū)未成年人校外心理健康輔導(dǎo)站整體情況較好,但還需嚴(yán)格對(duì)照測(cè)評(píng)標(biāo)準(zhǔn)規(guī)范開(kāi)展工作,。江漢區(qū)青年路與雪松路交界處工地圍擋不完整,公益廣告數(shù)量沒(méi)達(dá)標(biāo),。青年路沿線(xiàn)共享單車(chē)仍然存在亂停濫放,、管理不規(guī)范等問(wèn)題。\n檢查組要求對(duì)發(fā)現(xiàn)的問(wèn)題及時(shí)整改,,對(duì)整改不到位的要嚴("''',
    "fjmx_mingxi_school_canteen_before_after_one_task": r'''"明溪县中小学校园食品安全和膳食经费管理突出问题专项整治工作成果展示(二)\n\n日期:2024-07-10 11:07 来源:明溪县教育局\n| | | |\n\n  自开展校园食品安全和膳食经费管理突出问题专项整治行动以来,发现部分学校食堂环境场所老旧等问题,我局建立食堂修缮项目计划,督促学校利用暑期黄金时间进行修缮改造、优化提升,目前瀚仙中心小学已完成整改,现将整改情况公布如下:\n\n  整改前:\n\n  食堂加工场所天花板发霉、排气扇出风口处未安装防护纱网、抽油烟机油污未及时清洗。\n\n \n\n  整改后:\n\n  加工场所天花板发霉已经安排人员重新刷漆、排气扇出风口处已装好防护纱网、抽油烟机油污已清洗。\n\n   \n\n扫一扫在手机上查看当前页面\n\n相关链接:"''',
    "sixian_weekly_school_supervision_problem_list_four_items": r'''"全县各级各类学校、幼儿园(含民办):\n2023年10月17日至18日,泗县人民政府教育督导委员会办公室组织人员,采取实地查看、查阅资料、随机访谈等方式,对瓦坊镇、大路口镇、长沟镇、泗城一小、经济开发区所辖中小学、幼儿园及泗县中学、育才学校等单位开展周督导。现将问题清单印发给你们,请所涉及学校、幼儿园压实责任,查缺补漏,迅速整改。全县其他各校(园)对标问题、举一反三、认真落实整改,于10月23日前,将整改情况以电子档形式发送至教督办。\n联系人:周秀宇(7022153),邮箱:sxjtjdds2022@163.com。\n附件:周督导问题清单\n泗县人民政府教育督导委员会办公室\n2023年10月20日\n附件\n周督导问题清单\n1.课后服务开展状况不佳。育才学校初中部课后服务内容设置不能满足需求,人员安排不到位。\n2.“青蓝工程”尚需尽快开展:大路口镇顾庄小学、经济开发区桃园路幼儿园尚未开展师徒听评课活动。长沟镇第二小学、育才学校等指导老师指导次数偏少。\n3.心理咨询室基本配置不达标:大路口镇顾庄小学心理辅导室无相关设施设备。育才学校心理辅导室无相关设施设备、规章制度未上墙。\n4.校园安全工作需抓实抓细:长沟镇中心学校、大路口镇中心幼儿园、大路口镇玲聪幼儿园、泗县红黄蓝昕雅幼儿园等单位未落实密切接触未成年人行业从业查询制度。长沟镇第二小学预防未成年人犯罪“三查两建两帮扶”工作尚未开展。"''',
    "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut": r'''"“太感謝你們巡察組了,遲到的水源區(qū)補(bǔ)助款鄉(xiāng)政府已經(jīng)兌付給我們了。”祿勸縣馬鹿塘鄉(xiāng)馬鹿塘村委會(huì)刺梨樹(shù)村村民余大哥的感激之情溢于言表。\n日前,祿勸縣委第一巡察組一行回訪拿到補(bǔ)助款的兩戶建檔立卡戶,群眾的熱情接待讓他們真切地感受到群眾的感激和對(duì)巡察工作的信任。\n“本以為不會(huì)再兌付了,之前聽(tīng)其他村的人說(shuō)以前也來(lái)過(guò)巡察組幫著解決了通水的問(wèn)題,這次我抱著試一試的心態(tài)向你們反映,真沒(méi)有想到巡察組幫我要回來(lái)了,太感謝巡察組了!”馬鹿塘村委會(huì)大村村民伊大哥握著巡察干部的手不停地表示感謝。\n今年8月,祿勸縣委第一巡察組對(duì)馬鹿塘鄉(xiāng)黨委及所轄10個(gè)村黨組織開(kāi)展巡察。巡察期間,巡察組了解到該鄉(xiāng)存在云龍水庫(kù)水源區(qū)群眾生產(chǎn)生活補(bǔ)助未按時(shí)兌付的情況。隨后,巡察組分組走訪了部分村民,發(fā)現(xiàn)該筆資金因農(nóng)戶基礎(chǔ)信息不全而未按時(shí)發(fā)放,問(wèn)題涉及3個(gè)村委會(huì),共計(jì)1190戶村民。\n發(fā)現(xiàn)問(wèn)題是巡察工作的生命線,解決問(wèn)題是巡察工作的落腳點(diǎn)。深入了解情況后,巡察組及時(shí)向縣委巡察工作領(lǐng)導(dǎo)小組報(bào)告并第一時(shí)間向馬鹿塘鄉(xiāng)黨委下發(fā)立行立改通知書(shū),要求馬鹿塘鄉(xiāng)黨委立行立改。在巡察組的督辦下,馬鹿塘鄉(xiāng)政府成立工作專(zhuān)班,重新核實(shí)補(bǔ)助對(duì)象農(nóng)戶信息,并對(duì)外出務(wù)工的農(nóng)戶逐一電話溝通核實(shí),核準(zhǔn)基礎(chǔ)信息,確保資金兌付到位。\n截至今年9月,該筆補(bǔ)助資金820008元已全部?jī)陡兜较"''',
    "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked": r'''"2019年省審計(jì)廳學(xué)前教育專項(xiàng)審計(jì)反饋問題整改\n約談?dòng)涗?/p>\n約談人單位及姓名\n@@鎮(zhèn)中心學(xué)校\n##(總支委員)\n約談時(shí)間\n2019年6月\n日\n被約談人單位、職務(wù)\n@@鎮(zhèn)##幼兒園園長(zhǎng)\n姓名\n##\n存在的主要問題\n存在無證辦園現(xiàn)象\n約談內(nèi)容\n@@@:2019年審計(jì)廳學(xué)前教育專項(xiàng)審計(jì)反饋你校附屬園存在無證辦園現(xiàn)象,要按照《湖北省幼兒園辦園水平認(rèn)定標(biāo)準(zhǔn)》要求(民辦幼兒園要有教育行政部門頒發(fā)的辦學(xué)許可證)進(jìn)行整改。請(qǐng)你園在12月底前及時(shí)辦理相關(guān)證件,限期整改后對(duì)于無證辦學(xué),按照“準(zhǔn)入一批、整改一批、取締一批”的原則,將上報(bào)屬地政府、教育部門依法依規(guī)進(jìn)行,并做好學(xué)生的安置工作,確保每個(gè)學(xué)生有學(xué)上。\n@@:我園正在積極改善辦園條件,積極申請(qǐng)辦理相關(guān)證件,爭(zhēng)取在整改期限內(nèi)辦好相關(guān)證件,不再出現(xiàn)無證辦園現(xiàn)象。\n被約談人簽名:"''',
    "liuzhou_first_middle_school_xuncha_feedback_one_sentence": r'''"\n\n\n\n2025年2月21日,市委第一巡察组向市第一中学党委反馈巡察情况。市委巡察工作领导小组成员,市纪委副书记,市监委副主任李华参加反馈会议,并就巡察整改提出要求。市委第一巡察组组长覃友情分别向市第一中学党委书记原敏和市第一中学领导班子反馈巡察情况,原敏主持反馈会议并就做好巡察整改工作作表态发言。\n覃友情指出,本轮巡察市第一中学党委发现的主要问题是:统筹推进学校教育高质量发展有短板,理论学习和研究成果转化有弱项,防范化解校园风险存在薄弱环节,意识形态方面工作有所欠缺。落实全面从严治党主体责任不够到位,学校纪委履行监督责任不够有力,个别重点领域存在廉洁风险。落实新时代党的组织路线存在薄弱环节,领导班子建设有短板,执行党组织领导的校长负责制还有欠缺,教师队伍高质量发展工作有不足。上一轮巡察整改主体责任落实不够到位。巡察发现的重要问题和问题线索,已按规定移交有关部门处理。\n覃友情代表巡察组提出四点意见建议,一是深化理论武装,推动教育事业高质量发展,加强校园管理,完善教学管理机制,增强研究成果转化,提高教育教学水平;二是强化管党治党政治责任,推动全面从严治党向纵深发展,加强学校纪委监督力度,强化党员干部工作作风建设;三是坚持党建引领,勇于担当作为,坚决贯彻落实党组织领导的校长负责制,完善选人用人机制,加强内培外引;四是压实整改责任,确保整改实效,以整改的实际成效推动柳州市第一中学教育事业高质量发展。\n李华强调,市第一中学党委要深入学习贯彻习近平总书记重要指示要求和巡视工作条例精神,切实扛起巡察整改政治责任,统筹推进巡察整改各项任务落地见效。要举一反三、对照自查,全面抓好反馈问题整改,切实"''',
    "bandao_laixi_14_schools_creation_check_counts_only": r'''"发现问题立即整改!莱西市对14所学校开展“四不两直”创城督察\n\n2022-09-18 19:41 大众报业·半岛新闻阅读 (76613) 扫描到手机\n\n半岛全媒体记者 刘笑笑\n\n日前,市教育和体育局创城工作专班10名工作人员通过“四不两直”的方式对14所学校文明城市创建工作进行督查并对校门口“一眼清”展牌的摆放、内容等进行了指导。\n\n本次督查重点是各单位门口及周边卫生、校园内电缆是否杂乱、是否有“讲文明、讲卫生”公益广告、食品采购票据、记录是否齐全、相关位置是否有显著标识以及灭火器记录是否完整等。检查中共发现了31个问题,现场整改3条,下达整改通知38条。"''',
    "hbust_university_xuncha_feedback_nine_units_aspects_only": r'''"根据校党委巡察工作领导小组的统一部署,近日,二届党委第三轮巡察组分别向本轮巡察的基础医学院等3个基层党组织、基建管理处等3个管理服务部门及糖尿病心脑血管病变湖北省重点实验室等3个省级科研平台进行了“一对一”的巡察反馈,启动为期六个月的集中整改。\n反馈指出,近年来,各单位认真学习贯彻习近平总书记关于教育的重要论述、习近平总书记关于湖北重要讲话精神,坚持社会主义办学方向,落实立德树人根本任务,推动各项工作取得新进展新成效。同时也发现在贯彻上级决策部署、履行管党治党责任、加强组织建设、落实整改任务等方面仍存在差距。\n反馈要求,被巡察单位要深入学习贯彻习近平新时代中国特色社会主义思想,坚决贯彻落实习近平总书记关于巡视巡察整改重要指示批示精神,切实提升抓好巡察整改的政治站位,以整改的实际行动坚定拥护“两个确立”、坚决做到“两个维护”。反馈强调,要准确把握中央关于巡视巡察整改的新精神新要求,切实强化推进整改落实的政治担当。落实主体责任,党委书记要认真落实巡察整改第一责任人责任,高度重视、带头落实、抓出成效。班子成员要落实“一岗双责”,抓好分管领域整改工作。反馈强调,要始终牢记为党育人、为国育才初心使命,切实扛起以巡促改助推高质量发展的政治责任。切实提升整改质效,把基层党组织的政治优势、组织优势转化为治理效能,确保学校各项工作健康稳定发展。\n巡察反馈后,被巡察单位均表示,巡察指出的问题实事求是、全面客观,提出的整改意见对症下药、鲜明有力,将诚恳接受、照单全收,严格对标、坚决整改,切实做好巡察“后半篇文章”。"''',
}

TEXT = {stem: json.loads(raw) for stem, raw in _RAW.items()}


# ---- truths ---------------------------------------------------------------------------------------------------------

def _span(text: str, start: str, end: str, *, keep_end: bool = False) -> str:
    """``start`` and the text after it up to the first ``end`` after it (``end`` kept with ``keep_end``)."""
    i = text.index(start)
    j = text.index(end, i + len(start))
    return text[i:j + (len(end) if keep_end else 0)]


# iupzkkr: the clauses after '如:' (R10, R16), one per ';'
_IU = TEXT["iupzkkr_school_new_year_safety_check_seven_faults"]
IUPZKKR = [_p(None, c) for c in between(_IU, "如:", "。\n检查结束后").split(";")]

# zhoube: 首先/其次/再者 faults (ordinal words: seq null), each answered by one of 首先/其次/最后 (1 measure), all solved
_ZB = TEXT["zhoube_kindergarten_supervision_case_three_faults_three_fixes"]
ZHOUBE = [_p(None, re.sub(r"^(?:首先|其次|再者),", "", c), status="done", measures=1)
          for c in between(_ZB, "被发现存在多项问题。", "。\n针对以上问题").split(";")]

# feifmx (traditional, glossed; simplified at write): three points fed back earlier with the 回头看's verdicts (R15),
# then three new findings (R16 clause after 但; R87 '等問題' kept)
_FF = TEXT["feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut"]
_FF_UNIT = "江漢區(qū)"
FEIFMX = [
    _p(None, between(_FF, "發(fā)現(xiàn),,", ",,校門(mén)口馬路"), units=[_FF_UNIT], status="done"),
    _p(None, _span(_FF, "校門(mén)口馬路上", ",。江漢區(qū)萬(wàn)"), units=[_FF_UNIT], status="done"),
    _p(None, _span(_FF, "江漢區(qū)萬(wàn)松園街公園社區(qū)環(huán)境衛(wèi)生較差", ",。檢查后"), units=[_FF_UNIT],
       status="in_progress"),
    _p(None, _span(_FF, "還需嚴(yán)格對(duì)照", ",。江漢區(qū)青年路")),
    _p(None, _span(_FF, "江漢區(qū)青年路與雪松路", ",。青年路沿線(xiàn)")),
    _p(None, _span(_FF, "青年路沿線(xiàn)共享單車(chē)", "等問(wèn)題", keep_end=True)),
]

# fjmx: one task, the 整改前: statement; its 整改后: statement the one measure; done by the lead sentence
_FJ = TEXT["fjmx_mingxi_school_canteen_before_after_one_task"]
FJMX = [_p(None, between(_FJ, "整改前:\n\n  ", "。\n"), units=["瀚仙中心小学"], status="done", measures=1)]

# sixian: the attached list's numbered items, heading and description on one line (R88: the whole item)
_SX = TEXT["sixian_weekly_school_supervision_problem_list_four_items"]
_SX_LIST = _SX.split("附件\n周督导问题清单\n")[1]
SIXIAN = [_p(int(m.group(1)), m.group(2)) for m in re.finditer(r"^(\d)\.(.+?)。$", _SX_LIST, re.M)]

# www6ccc (traditional, glossed): R108's one problem as the text names it, ordered 立行立改, fixed
_W6 = TEXT["www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut"]
# s24, lead: C27 — count the account: measures 1 (was 0).
WWW6CCC = [_p(None, between(_W6, "該鄉(xiāng)存在", "的情況"), units=["馬鹿塘鄉(xiāng)黨委"], status="done",
              deadline="立行立改", measures=1)]

# 004km (traditional, glossed, masked): the 约谈记录's one finding, its label, deadline, unit and reply
_KM = TEXT["004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked"]
KM004 = [_p(None, between(_KM, "存在的主要問題\n", "\n約談內(nèi)容"), "存在的主要問題", ["@@鎮(zhèn)##幼兒園"],
            status="in_progress", measures=1, deadline="12月底前")]

_BODY = ("Per-body or per-point statements of a check's news: title from the subject to the end of its faults, the "
         "trailing '。'/';' dropped (R86), lead-ins dropped (R92); seq null (nothing printed, R78); category null (no "
         "heading, R84).")

DOCS = {
    "iupzkkr_school_new_year_safety_check_seven_faults": dict(
        excerpt=False,
        genre="2-like findings of a check: a school site's news of its own new-year safety check (led by its 党委书记/校长), "
              "'整体情况良好,但也存在一些问题,如:' seven ';' clauses, then the head's 一是…四是 demands",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins(), headline=head(), problems=IUPZKKR,
        anomalies=[_BODY,
                   "One problem per ';' clause after '如:' (R10; R16 as blind38 xinjr: the example clauses after '但…如'); "
                   "the last clause keeps ',支架突出,存在安全隐患' (one fault, R12).",
                   "'一是要求相关环节负责人…迅速整改落实;二是…' are the head's general demands, answering no problem: not "
                   "measures (R98), status null (R95).",
                   "Inspector and inspected null: the school that checks itself is never named (R48; '校党委书记、校长秦明功"
                   "率领…' names a person leading, not a team); '12月31日' has no year: no dates (R60); kind null (R30 news); "
                   "no title line (the page starts in the text, R33)."]),
    "zhoube_kindergarten_supervision_case_three_faults_three_fixes": dict(
        excerpt=False,
        genre="7-like spun case story of one body's 督导: a 'typical case' of an unnamed kindergarten, three faults as "
              "首先/其次/再者, the bureau's 整改 as 首先/其次/最后 answering them, a closing that all were solved",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("教育局"), headline=head(), problems=ZHOUBE,
        anomalies=["(NEW) 首先/其次/再者 are ordinal words, not printed numbers: seq null (R78; R76a reads 一是/二是 only); "
                   "titles without them (R92) and without the final ';'/'。' (R86).",
                   "The second list '首先,针对安全问题…;其次,在师资力量方面…;最后,在服务质量方面…' answers the three faults "
                   "in order: 1 measure each (R98, R96).",
                   "'经过一段时间的整改和督促,该幼儿园的问题得到了有效解决' closes the case: every problem done (R94).",
                   "Kind null: a spun explainer telling a case (R30), no report; inspector '教育局' as printed (R46), "
                   "inspected null ('某市区内一所幼儿园', R48); no dates, no figures."]),
    "feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut": dict(
        excerpt=True,
        genre="2-like 回头看 of fed-back points, traditional characters with pinyin glosses and doubled commas: a city "
              "paper's item (repost) on a joint team's 回头看 in a district: the earlier findings at three points, the "
              "回头看's verdict on each, three new findings, the team's demands; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市治庸辦、市文明辦聯(lián)合檢查組", "江漢區(qū)"), headline=head(), problems=FEIFMX,
        anomalies=["Traditional with glosses: titles and units simplified without glosses (R91); doc fields as printed.",
                   "(NEW) The earlier feedback prints three statements and the 回头看 names '上述3個點位': the adult shop "
                   "within 200 m of the school, the school gate's road, the 公园社区 (R15: a fed-back item followed by the "
                   "回头看's finding is a problem); the place lead-in '市文明委領導檢查…時發現,,' dropped (R92).",
                   "Status from the 回头看's verdicts (R93): '成人用品店已查封' done; '…已按規設定,,交通通道暢行無堵,整改情況良好' "
                   "done; '整改情況較好,但還是存在亂搭濫蓋現象' in_progress (a fault remains).",
                   "Unit '江汉区' for the three fed-back points (R104: '江漢區及時開展整改', the district said to fix them); "
                   "none for the new findings (the team names no body to fix them).",
                   "New findings: the two youth venues' sentence gives its clause after '但' (R16: '整體情況較好' is praise); "
                   "the site hoarding sentence; the shared-bike sentence with its closing '等問題' kept (R87).",
                   "Measures 0: the 回头看's verdicts are the checkers' observations, not the body's account of measures "
                   "(R95, R97).",
                   "Doubled commas ',,' and ',、' ',。' kept in titles as printed (R2, R86 keeps ASCII punctuation).",
                   "Kind null (a check's news, R29); '1日' and '8月8日、23日' carry no year: no dates (R60); no title line."]),
    "fjmx_mingxi_school_canteen_before_after_one_task": dict(
        excerpt=False,
        genre="4-like one-task 公示 of a rectification: a county education bureau's 'results' page (series '(二)'): a lead "
              "saying one school finished its canteen repairs, then '整改前:' and '整改后:' statements",
        kind="bulletin", title="明溪县中小学校园食品安全和膳食经费管理突出问题专项整治工作成果展示", issuer=None,
        report_date="2024-07-10", inspection=ins(), headline=head(), problems=FJMX,
        anomalies=["One task (R14, R108): the '整改前:' statement is the problem (R89: the label dropped), its final '。' "
                   "dropped (R86).",
                   "The '整改后:' statement is the sole account of what was done: 1 measure (R118).",
                   "Done from the lead '目前瀚仙中心小学已完成整改' (R93); the 整改前/整改后 labels alone say nothing (R95); "
                   "unit the school said to have finished (R104).",
                   "Title: the page's heading without the series number '(二)' (R35, as '(第十二期)'); kind bulletin (the "
                   "bureau's 公示 of a rectification done, R27); issuer null ('来源:明溪县教育局' is metadata, R38; the text "
                   "says '我局'); report date the date line '日期:2024-07-10 11:07' (R40).",
                   "Inspection null: the bureau's own 专项整治, no team or period named (R48, R53)."]),
    "sixian_weekly_school_supervision_problem_list_four_items": dict(
        excerpt=False,
        genre="2 findings of a check in a numbered list: a county 教育督导 office's notice (no title line) issuing its "
              "周督导 问题清单 to schools, signed and dated, then the attachment '周督导问题清单' with four numbered items",
        kind=None, title="周督导问题清单", issuer="泗县人民政府教育督导委员会办公室", report_date="2023-10-20",
        inspection=ins("泗县人民政府教育督导委员会办公室", None, "2023-10-17", "2023-10-18"), headline=head(),
        problems=SIXIAN,
        anomalies=["(NEW) Each item '1.课后服务开展状况不佳。育才学校…' runs its heading and its description on one line: the "
                   "whole item is the title (R88 SETTLED, C9), final '。' dropped; seq the printed number (R75).",
                   "(NEW) Category null: the list's heading '周督导问题清单' is the document's title (the notice prints none of "
                   "its own, as R36 takes a transmitted plan's heading), not a section of it.",
                   "(NEW) Units []: the schools named in each item's prose are the faults' subjects, several per item, with "
                   "no 责任单位 field (R101/R102) or '由…负责' sentence (R104).",
                   "(NEW) Deadline null: '于10月23日前,将整改情况以电子档形式发送至教督办' is a reporting date addressed to the "
                   "other schools ('全县其他各校(园)'), not a 整改时限 of the listed faults (R106); '迅速整改' is none (R107).",
                   "Kind null (a check's results, R29); issuer and report date from the signature (R37, R40); inspector "
                   "the office that checked (R46), inspected null (many towns and schools); period '2023年10月17日至18日' "
                   "(R50, the end printed '至18日'); status null, measures 0 (no answers, R97)."]),
    "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut": dict(
        excerpt=True,
        genre="7-like news of ONE finding fixed (R108), traditional characters with pinyin glosses: a 纪委 site's story "
              "opening on villagers' thanks, a 县委巡察组 finding a water-source subsidy unpaid, its 立行立改 order and the "
              "payment; cut in the last line (mojibake)",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("祿勸縣委第一巡察組", "馬鹿塘鄉(xiāng)黨委"), headline=head(), problems=WWW6CCC,
        anomalies=["One problem (R108), titled as the text names it (R124): '云龙水库水源区群众生产生活补助未按时兑付', the "
                   "lead-in '该乡存在' and the closing '的情况' dropped (R92); simplified without glosses (R91).",
                   "Done: the villagers' quotes ('鄉政府已經兌付給我們了') and '820008元已全部' (R132), measures 0 (news).",
                   "Deadline '立行立改' (R106: the team's order '要求馬鹿塘鄉黨委立行立改'); unit the 乡党委 the order went to "
                   "(R102, R104).",
                   "Inspector the team, inspected the 乡党委 as the sentence names it (R46, R47); '今年8月' has no year: no "
                   "dates (R60); '1190戶' households and '820008元' money are no figures (R68); kind null (news, R30).",
                   "s24, lead: C27 — count the account: a news item about one finding that prints an account of the fix "
                   "has one measure (R96): '馬鹿塘鄉政府成立工作專班,重新核實…確保資金兌付到位' → 1 (was 0; supersedes "
                   "'measures 0 (news)' above)."]),
    "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked": dict(
        excerpt=False,
        genre="4-like one-task form, traditional characters with pinyin glosses and masks: a doc site's 约谈记录 of an "
              "audit finding's rectification (fields 约谈人单位, 约谈时间, 被约谈人单位, 存在的主要问题, 约谈内容, the reply)",
        kind=None, title="2019年省審計(jì)廳學(xué)前教育專項(xiàng)審計(jì)反饋問題整改約談?dòng)涗?", issuer=None,
        report_date=None, inspection=ins("省審計(jì)廳"), headline=head(), problems=KM004,
        anomalies=["(NEW) An 约谈记录 on one audit finding: the '存在的主要問題' field value is its one problem (R14, R89), the "
                   "field's label its category (R83, C17 majority), both simplified without glosses (R91).",
                   "Deadline '12月底前' from the 约谈内容 '請你園在12月底前及時辦理相關證件' (R106: a time limit written in "
                   "the requirement); the rest of the 约谈内容 is the request, no measure (R98).",
                   "The kindergarten's reply '我園正在積極改善辦園條件…' is its one measure (R96) and status in_progress "
                   "(R93 '正在'); unit the 被约谈人单位 '@@镇##幼儿园' without the post '園長', masks kept (R102, R2).",
                   "Title: the two head lines joined (R32), the '/p>' tag residue dropped as layout noise, the lost last "
                   "character kept as the '?' the page prints (R2); kind null (an interview record, R30); issuer null; "
                   "report date null ('2019年6月' with the day left blank, R44).",
                   "Inspector the 省审计厅 whose audit fed the finding back (R46); inspected null (the form names the "
                   "kindergarten only as the interviewee)."]),
    "liuzhou_first_middle_school_xuncha_feedback_one_sentence": dict(
        excerpt=True,
        genre="5 no list: a 纪委 site's news of a 市委巡察组's feedback to a middle school's 党委, the problems in one "
              "'主要问题是:' run, four suggestions, demands; cut",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("市委第一巡察组", "市第一中学党委", feedback="2025-02-21"), headline=head(), problems=[],
        anomalies=["Feedback news naming problems in one run '主要问题是:…有短板,…有弱项,…。…。…。…' : [] (R19).",
                   "Kind null (feedback news, C20); no title line (blank lines, then the text, R33); feedback date the "
                   "meeting's day (R55); no stationing period; '四点意见建议' are recommendations (R68)."]),
    "bandao_laixi_14_schools_creation_check_counts_only": dict(
        excerpt=False,
        genre="5 no list, figures: a news site's item on a bureau's '四不两直' 创城 督察 of 14 schools, the points checked "
              "and counts of problems found, fixed on the spot and notices issued",
        kind=None, title=None, issuer=None, report_date="2022-09-18",
        inspection=ins("市教育和体育局创城工作专班"), headline=head(31, 3), problems=[],
        anomalies=["Headline: '检查中共发现了31个问题' the total (R62), '现场整改3条' the done count (R71, C16: a check's "
                   "on-the-spot fixes); '下达整改通知38条' counts notices, no figure (R68); '14所学校', '10名工作人员' are "
                   "bodies and people (R68).",
                   "The '督查重点' (卫生, 电缆, 公益广告, 票据…) are checklist items, no findings: [] (R19).",
                   "Title null (news headline, R34); report date the date line '2022-09-18 19:41' (R40); kind null (R29); "
                   "'日前': no inspection dates."]),
    "hbust_university_xuncha_feedback_nine_units_aspects_only": dict(
        excerpt=False,
        genre="5 no list: a university 纪委 site's news of its 巡察组's one-to-one feedback to nine units, the shortfalls "
              "as aspects in one sentence, demands and the units' pledges",
        kind=None, title=None, issuer=None, report_date=None,
        inspection=ins("二届党委第三轮巡察组"), headline=head(), problems=[],
        anomalies=["'在贯彻上级决策部署、履行管党治党责任、加强组织建设、落实整改任务等方面仍存在差距': aspects of nine units "
                   "in one sentence: [] (R19).",
                   "Kind null (feedback news, C20); no title line, no date ('近日', R60); inspected null (nine units); "
                   "'3个基层党组织' etc. are bodies (R68); '六个月的集中整改' is a period, no date."]),
}

URLS = {
    "iupzkkr_school_new_year_safety_check_seven_faults": "http://iupzkkr.cn/Article/ShowArticle.asp?ArticleID=462",
    "zhoube_kindergarten_supervision_case_three_faults_three_fixes": "https://zhoube.com/news/show-127420.html",
    "feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut":
        "https://feifmx.com/news100/11038989/20170902/31260714.html",
    "fjmx_mingxi_school_canteen_before_after_one_task":
        "http://www.fjmx.gov.cn/zwgk/jy/xgxx/202407/t20240719_2044289.htm",
    "sixian_weekly_school_supervision_problem_list_four_items":
        "https://www.sixian.gov.cn/grassroots/23684/160158251.html",
    "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut":
        "http://www.www6ccc.com/html/2022/xunshixuncha_1017/114431.html",
    "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked": "http://004km.cn/a1/ade9119c6b31c282.html",
    "liuzhou_first_middle_school_xuncha_feedback_one_sentence":
        "http://jcw.liuzhou.gov.cn/sjwxsxc/bjxsxcqk/202503/t20250311_3598931.html",
    "bandao_laixi_14_schools_creation_check_counts_only": "http://news.bandao.cn/a/661338.html",
    "hbust_university_xuncha_feedback_nine_units_aspects_only": "http://hkjw.hbust.edu.cn/info/1094/3749.htm",
}

TRAD = {"feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut",
        "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut",
        "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked"}

EXPECTED = {k: len(d["problems"]) for k, d in DOCS.items()}
assert EXPECTED == {
    "iupzkkr_school_new_year_safety_check_seven_faults": 7,
    "zhoube_kindergarten_supervision_case_three_faults_three_fixes": 3,
    "feifmx_wuhan_jianghan_huitoukan_three_points_trad_glossed_cut": 6,
    "fjmx_mingxi_school_canteen_before_after_one_task": 1,
    "sixian_weekly_school_supervision_problem_list_four_items": 4,
    "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut": 1,
    "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked": 1,
    "liuzhou_first_middle_school_xuncha_feedback_one_sentence": 0,
    "bandao_laixi_14_schools_creation_check_counts_only": 0,
    "hbust_university_xuncha_feedback_nine_units_aspects_only": 0,
}, EXPECTED

MEASURES = {"zhoube_kindergarten_supervision_case_three_faults_three_fixes": 3,
            "fjmx_mingxi_school_canteen_before_after_one_task": 1,
            "004km_audit_kindergarten_interview_record_one_task_trad_glossed_masked": 1,
            "www6ccc_luquan_xuncha_water_subsidy_paid_trad_glossed_cut": 1}  # s24, lead: C27


def recount(stem: str, text: str) -> int:
    """An independent count of the problems in each text, by another route than the reading above."""
    if stem.startswith("iupzkkr"):
        i = text.index("如:")
        return len(re.findall(r"(?<=[:;])[^;:]+?(?=[;。])", text[i:text.index("。", i) + 1]))
    if stem.startswith("zhoube"):
        return len(re.findall(r"(?:首先|其次|再者),该幼儿园", text.split("针对以上问题")[0]))
    if stem.startswith("feifmx"):
        points = int(re.search(r"上述(\d)個", text).group(1))
        new = text.split("檢查人員發(fā)現(xiàn)")[1].split("\n")[0]
        return points + new.count("。")
    if stem.startswith("fjmx"):
        return text.count("整改前:")
    if stem.startswith("sixian"):
        return len(re.findall(r"^\d\.", text, re.M))
    if stem.startswith("www6ccc"):
        return text.count("立行立改通知書")
    if stem.startswith("004km"):
        return text.count("存在的主要問題\n")
    return 0


def measures_recount(stem: str, text: str) -> int:
    """The measures by another route: the answering ordinals, the 整改后 label, the interviewee's reply line."""
    if stem.startswith("zhoube"):
        return len(re.findall(r"(?:首先|其次|最后),(?:针对|在)", text))
    if stem.startswith("fjmx"):
        return text.count("整改后:")
    if stem.startswith("004km"):
        return len(re.findall(r"^@@:", text, re.M))
    if stem.startswith("www6ccc"):  # s24, lead: C27 — the one account of the fix, after the team's 督辦
        return text.count("在巡察組的督辦下")
    return 0


def check_one(stem: str, d: dict, text: str) -> None:
    """This set's own checks of a truth against its text: titles, categories, units and deadlines as written
    (traditional ones before simplification), no title ending in '。'; measures as recounted; the document fields."""
    probs = d["problems"]
    check_problems(stem, probs, text, no_stop=True, category_in=text, units_in=text, deadline_in=text,
                   seq_in=text)
    assert all(not p["title"].endswith((";", ",")) for p in probs), stem
    assert sum(p["measure_count"] for p in probs) == MEASURES.get(stem, 0) == measures_recount(stem, text), stem
    flat = text.replace("\n", "").replace("/p>", "")
    check_doc(stem, d, text, flat=flat,
              date_forms=lambda y, m, dd: (f"{m}月{dd}日", f"至{dd}日"))


def main() -> None:
    assert set(DOCS) == set(URLS) == set(TEXT)
    write_labelled_set(HERE, DOCS, TEXT, check_one, expected=EXPECTED, recount=recount, total=23, urls=URLS,
                       trad=lambda s: s in TRAD)
    for stem in TRAD:
        body = json.loads((HERE / f"{stem}.truth.json").read_text(encoding="utf-8"))
        for p in body["problems"]:
            assert "(" not in p["title"] and "(" not in (p["category"] or ""), (stem, p["title"])
            assert all("(" not in u for u in p["responsible_units"]), (stem, p["responsible_units"])


if __name__ == "__main__":
    main()
