"""Write tests/importer/real/tune_sentences: short real wordings (the lead paragraph(s) of pages the search tool's
``pages`` corpus returned, copied as returned, cut at a paragraph end), each with a truth in the seed schema, for
tuning the reading of headline figures, inspection dates and document fields (issue 10, kinds 5-7).

Written by helper "figures" (session 12) BEFORE any parser change (60 items in two search rounds), scored first on the untouched parser
(FIRST_RUN_tune_sentences.txt). None of the urls is in an earlier truth under tests/importer/real (checked against
every ``url`` there, in tests/importer/heldout, samples and the shared seeds).

Conventions (the same as the earlier batches, stated once):
- problems [] (snippets hold no problem list); ``excerpt`` true; genre "snippet".
- kind is set only when the snippet names the document (a title "…整改情况的通报/报告/公告", or "特制定本整改方案"); a
  news item or a speech without such a name has kind null. report_date: a signature, a dated speech line
  ("——2024年…日在…会议上"), or the page's own date (发布时间/时间:/a date line under the source) when the snippet
  shows one; a month only ("——2023年4月在…会议上") is no date.
- dates without a year are resolved from the snippet's own context only (not from the url); none in context: null.
- headline: a count of problems found or fed back is the total (tasks of a 督察 整改方案 are its problems, as in
  blind2/second_round_ducha_plans); counts of petitions (信访件, 举报件), bodies, people, proposals, money,
  approximations ("8万余个"), rates and shares are not figures; a count given for one example body among many
  ("其中，江苏省…分解为23项…") is not the document's; planned rules ("制(修)订计划共计32件") are not rules made.
"""
import json
from pathlib import Path

from make_truths import head, ins

HERE = Path(__file__).resolve().parent.parent / "tune_sentences"


def doc(url, text, kind=None, report_date=None, inspection=None, headline=None, note=""):
    return dict(url=url, text=text, kind=kind, report_date=report_date, inspection=inspection or ins(),
                headline=headline or head(), note=note)


DOCS = {
    "ezhou_petitions_no_year": doc(
        "http://ezhou.cjyun.org/p/96561.html",
        "中央生态环保督察组交办我市环保问题信访件2件\n\n11月30日,中央第四生态环境保护督察组向湖北省配合中央生态环境保护督察“回头看”联络组移交督察组11月29日受理群众来电来信举报件106件,其中来电80件,来信26件。重点交办件5件,目前已全部交办到各市州。其中,交办我市信访件4件。\n\n截至11月30日,共收到中央第四生态环境保护督察组交办信访件2711件(来电2235件,来信476件),其中重点交办件286件,已全部交办到各市州和省直有关部门。\n",
        note="petitions handed over are not problems; days without a year"),
    "hubei_petitions_page_date": doc(
        "http://sthjt.hubei.gov.cn/hjsj/ztzl/sthjbhdc/dcdxal/zgcxal/202209/t20220916_4309114.shtml",
        "中央生态环保督察交办信访件我省办理进度已超91%\n\n发布时间:2022-09-16 10:06 来源:湖北日报\n\n湖北日报讯 (记者胡弦、通讯员郑国安)近日,湖北召开中央生态环境保护督察移交信访件办理工作推进会。会上透露,我省共受理两轮、三次中央生态环境保护督察交办信访件7878件,最新统计显示,已办结7201件,办结率达91.41%。\n",
        report_date="2022-09-16", note="petitions done are not problems done"),
    "qinghai_ducha_stationed_page_date": doc(
        "http://www.qh.chinanews.com/yw/news/2022/0119/100086.html",
        "第一批省级生态环境保护督察完成进驻 共受理举报投诉28件\n\n2022年01月19日 09:34\n来源:西海都市报\n\n  1月18日,记者从省生态环境厅了解到,经省委省政府批准,青海省第一、第二生态环境保护督察组分别进驻海东市、黄南藏族自治州开展省级生态环境保护例行督察,目前全面完成第一批督察进驻工作。\n\n  截至进驻结束,各督察组共收到群众来电、来信举报投诉28件,受理有效举报23件,累计向海东市、黄南州转办23件,已办结或阶段办结20件。累计收集线上调查问卷2398份,群众对当地生态环境保护工作满意度达93.5%,有97.1%的群众认为近5年内当地生态环境质量得到明显改善或有所改善。\n",
        report_date="2022-01-19", note="a report day is not when the team moved in; complaints are not problems"),
    "central_ducha_tasks_page_date": doc(
        "https://app.bjtitle.com/8816/newshow.php?did=867076049943998&newsid=6189701&typeid=26",
        "中央生态环保督察共受理转办民众生态环境信访举报28.7万件\n中国新闻网\n2022-07-06 22:22\n中国生态环境部副部长翟青6日在国务院新闻办公室举行的新闻发布会上表示,两轮中央生态环保督察共受理转办民众生态环境信访举报28.7万件,到目前为止完成整改28.5万件。\n据介绍,截至2022年4月底,第一轮督察和“回头看”整改方案明确的3294项整改任务,总体完成率达到95%。第二轮前三批整改方案明确的1227项整改任务,半数已经完成。第四、五、六批督察整改正在积极有序推进。共受理转办民众生态环境信访举报28.7万件,已办结或阶段办结28.5万件。\n",
        report_date="2022-07-06", headline=head(3294),
        note="tasks of the first round are the problems; a rate is no done count; petitions are not problems"),
    "dazhou_petition_problems_done": doc(
        "http://www.dazhou.gov.cn/xxgk-show-11007.html",
        "中央第五环保督察组对四川开展环保督察期间,先后向达州交办35批次386件环境信访投诉问题,交办数量在21个市州排名第5位。针对这些问题,我市诚恳认领、主动整改,举一反三、系统谋划,切实巩固深化中央环保督察成果。\n截至目前,我市已完成问题整改314件,整改完成率81.3%。正在整改72件,其中计划于2018年5月31日前完成整改的14件,2018年12月31日前完成整改的31件,另有27件需长期整改和长效管控。\n",
        headline=head(386, 314),
        note="the problems the petitions raise are counted in 件 (as blind/sichuan_xtbtsm_trad reads its 9070 petition problems); 314 of them done"),
    "dazu_petitions_no_year": doc(
        "https://xyb.txdzw.com/Html/2024-12-02/18850.html",
        "11月29日,重庆市第五生态环境保护督察组向大足区交办第十批群众信访举报件11件(重点交办件0件),其中来电举报11件,来信举报0件,其他途径举报材料0件。\n截至11月29日,重庆市第五生态环境保护督察组向我区共交办信访举报件211件(重点交办件20件),其中来电举报205件,来信举报6件,其他途径举报材料0件。\n"),
    "tongnan_petitions_trad": doc(
        "http://m.bjzxdq.com/ztlm_184/zysthbdczqzxd/202405/t20240530_13251986_wap.html",
        "中央第六生態(tài)環(huán)境保護(hù)督察組向重慶市交辦第二十二批群眾信訪舉報(bào)件122件,涉及潼南區(qū)2件\n5月30日,中央第六生態(tài)環(huán)境保護(hù)督察組向重慶市交辦第二十二批群眾信訪舉報(bào)件122件,涉及我區(qū)2件(重點(diǎn)交辦件0件),其中來(lái)電舉報(bào)1件,來(lái)信舉報(bào)1件。截至5月30日,中央第六生態(tài)環(huán)境保護(hù)督察組向我區(qū)共交辦信訪舉報(bào)件14件(重點(diǎn)交辦件3件),其中來(lái)電舉報(bào)7件,來(lái)信舉報(bào)7件。\n"),
    "guangxi_audit_yearly_stats": doc(
        "http://sjt.gxzf.gov.cn/zwgk/fdzdgknr/sjfb/qqsjjg/t18380467.shtml",
        "2023年1至12月,全区审计机关累计完成审计项目1790个,查出问题金额3114.93亿元。审计促进整改落实有关问题金额752.17亿元(含历年审计项目在2023年的整改金额)。提出建议7206条,被采纳6680条;被审计单位建立健全规章制度和制定整改措施1664项。\n",
        note="a year's statistics of all audits: rules and measures counted together are no rules count"),
    "chaoyang_audit_work_report": doc(
        "http://www.gdcy.gov.cn/cy/zdlyxxgk/czsjxxgk/sjjggg/content/post_2289418.html",
        "汕头市潮阳区审计局局长 郑创平\n2023年9月28日\n主任、各位副主任、各位委员:\n我受区人民政府的委托,向区人大常委会报告2022年度区本级预算执行和其他财政收支审计情况,请予审议。\n报告期间内共完成审计(调查)项目19个,共查出问题330项,涉及违规金额2377.2万元,管理不规范金额126932.39万元,提出审计建议47条。\n",
        report_date="2023-09-28", headline=head(330),
        note="the speaker's line and the day it was read; 查出问题330项 is the count of problems"),
    "gansu_audit_result_notice": doc(
        "http://silkroad.news.cn/2016/0817/4768.shtml",
        "新华丝路首页\n一带一路国家级信息服务平台\n\n甘肃省2015年度省级预算执行和其他财政收支审计结果公告\n\n来源:甘肃日报 2016-08-17 11:05:24\n\n根据《审计法》和相关法律法规,省审计厅对2015年度省级预算执行和其他财政收支情况进行了审计。\n",
        kind="bulletin", report_date="2016-08-17"),
    "yunnan_xunshi_meeting": doc(
        "https://yndaily.yunnan.cn/content/202512/27/content_294178.html",
        "本报讯(记者 谢进) 12月25日至26日,十一届省委巡视工作领导小组召开第12次会议,听取第十一、十二轮巡视工作情况汇报,研究第十三轮巡视任务安排。\n省委常委、省委巡视工作领导小组组长冯志礼出席并讲话,省委常委、省委巡视工作领导小组副组长赵月霞出席。\n会议指出,第十一、十二轮巡视对标中央巡视,对38个县开展常规巡视,对3个县进行巡视“回头看”。巡视更加聚焦“两个维护”、战法技法实现突破、边巡边查连创新高,工作质效明显提升。\n",
        note="a meeting's two days are no inspection period; counties are not problems"),
    "yunnan_meeting_trad": doc(
        "http://www.qdubb.cn/html/2022/yunlingyaowen_0524/109414.html",
        "5月24日,十一屆省委巡視工作領導小組召開第2次會議,聽取十屆省委第十四輪巡視“回頭看”移交問題線索辦理情況和“回頭看”反饋問題整改監督監管責任落實情況匯報;聽取十一屆省委第一輪巡視情況及綜合協調組工作情況匯報;研究十一屆省委第二輪巡視任務安排建議方案。\n"),
    "central_feedback_2025_trad": doc(
        "http://vakiodaily.net/news/view/id/675401",
        "【中新社北京十二月三日電】根據中共中央部署,二十屆中央巡視省(自治區、直轄市)反饋工作近日完成。巡視反饋採取集中反饋和巡視組「一對一」反饋相結合的方式進行。\n集中反饋會議傳達學習了習近平總書記聽取中央巡視情況匯報時的重要講話精神,通報了巡視發現的共性問題,對抓好巡視整改作出部署。中央書記處書記、中央巡視工作領導小組副組長劉金國出席會議並講話。十六個中央巡視組分別向三十一個省(自治區、直轄市)和新疆生產建設兵團以及中央提級巡視的昆明市「一對一」反饋了巡視情況,並會同相關省委巡視組向聯動巡視的十五個副省級城市反饋了巡視情況。\n"),
    "fujian_round_stationed_no_year": doc(
        "http://www.fjsyxww.com/2025-08/20/content_2248300.htm",
        "8月20日,根据区委部署,十届区委第十轮巡察完成进驻工作。2个巡察组将对2个区直部门开展常规巡察,1个巡察组将对3个乡镇开展群众身边不正之风和腐败问题专项巡察暨巡察“回头看”,3个巡察组各巡察40天左右。\n",
        note="moved in on a day without a year: no start"),
    "km_village_round_period": doc(
        "http://jw.km.gov.cn/c/2022-05-30/4391219.shtml",
        "为推动全面从严治党向基层延伸,着力发现和推动解决群众反映强烈的突出问题,实现好、维护好、发展好最广大人民群众根本利益,不断增强人民群众获得感幸福感安全感,巩固党的执政根基,十三届县委第三轮巡察派出4个巡察组,对东北街社区、寺脚社区、晁家社区、杨桥社区、月家社区、黑营盘社区、李官村委会、东屯村委会、阿古龙村委会、腰站村委会、古城村委会、荒田村委会12个村(社区)党组织开展常规巡察。\n本轮巡察集中进驻时间为2022年3月1日至4月4日,共计35天。\n3月1日,4个巡察组相继到12个村(社区)召开进驻动员会。\n12个村(社区)“三委”成员、各小组干部、部分党员、群众代表共计520余人参加会议,12个村(社区)党总支书记作表态发言,各村(社区)的挂钩联系镇(街道)领导参会并提出工作要求。\n",
        inspection=ins(start="2022-03-01", end="2022-04-04"),
        note="the period stated in its own sentence (集中进驻时间为…), the inspection named in the one before"),
    "central_round_2020_stationed_trad": doc(
        "http://m.dddjmc.com/news/txnews/cnnews/sh/2020-10-14/2435953.html",
        "10月13日,9個中央巡視組分別進駐了4個省區(qū)市和新疆生產(chǎn)建設兵團,以及6個中央和國家機關單位,同時公布了聯(lián)系方式接受信訪舉報。截至目前,被巡視的32個地區(qū)和單位已經(jīng)進駐了23個,巡視進駐工作已完成過半。\n需要注意的是,巡視組每天受理電話的時間為:8:00—18:00,(新疆地區(qū)為10:00—20:00),受理信訪時間截止到2020年12月15日。\n",
        note="teams moved in on a day whose year the text gives only later, for the end of petitions: no start stated with a "
             "year before it; left null (a judgement call)"),
    "laiyang_stationed_day": doc(
        "https://www.bkwk.cn/article/zyxsztxlyjmgjsjjd.html",
        "二、巡视组进驻时间\n根据公开资料显示,中央巡视组于2023年4月10日正式进驻莱阳市,展开为期两个月的巡视工作。这一时间节点的选择,表明中央巡视组对此事的高度重视。\n",
        inspection=ins(start="2023-04-10"), note="the day the team moved in, a duration and no end day"),
    "spacechina_measures_done": doc(
        "http://zhuanti.spacechina.com/n456891/n456900/c633940/content.html",
        "中国航天科技集团公司一院自党的群众路线教育实践活动开展以来,在整改措施方面,共制定具体措施85项,包括整改思路和整改原则、具体整改措施、建立监督检查问责机制三方面内容。整改措施中有69.41%的项目可在2014年6月前完成。截至目前,一院已完成了9项整改工作。为保证整改工作的全面落实,一院已结合2014年工作要点的分解,将85项整改措施分解落实到各部门、各岗位,并通过工作要点管理模块的月报告、季度考核、年度考核机制督办落实。 在专项整治方面,一院根据突出存在问题的整治特点,设了规模导向偏差专项整治、文山会海专项整治等7个项目。同时,在制度建设方面,该院党的群众路线相关规章制度制(修)订计划共计32件,截至目前已经决策会议审定1件,待决策会议审定7件,其他22件将在今年完成,即将废止2件。(苑萱)\n",
        headline=head(mt=85, md=9), note="85 measures, 9 done; rules planned (32) are not rules made"),
    "anqing_dem_life_meeting": doc(
        "https://www.ahqszx.gov.cn/a/zhengxiedongtai/zhengxieyaowen/2661.html",
        "11月25日,市政协机关党组召开市委第五提级(交叉)巡察组巡察政协机关反馈问题整改专题民主生活会,市政协秘书长、机关党组书记朱国发主持会议,政协机关党组成员参加会议,各专委会主任、专委办主任及派驻纪检组组长列席会议。\n"),
    "wzcd_group_check_page_date": doc(
        "https://www.wzcd.cn/contents/9/65290.html",
        "新闻中心\n集团督查问效小组开展“百日攻坚”行动督查工作\n作者:\n来源:\n时间:2021-11-01\n为切实推进集团工程项目建设进度,压紧压实各方责任,确保集团建设项目投资任务顺利完成,集团督查问效小组根据“百日攻坚”行动方案,对建设项目“百日攻坚”行动推进工作进行专项督查。\n",
        report_date="2021-11-01", note="a page date labelled 时间: after empty 作者/来源 labels"),
    "central_round1_months_only": doc(
        "https://scholarmate.com/S/7BFzU2",
        "摘要\n\n<正>党的十八大以来,习近平总书记始终高度重视巡视工作,反复强调要让巡视成为\"国之利器、党之利器\"。党的十九大报告也指出,要深化政治巡视,坚持发现问题、形成震慑不动摇。根据中央统一部署,今年2月至5月,十九届中央第一轮巡视对30个地区和单位党组织开展了常规巡视。7月底,中央巡视组集中向被巡视地区和单位反馈了巡视情况。\n",
        note="months only (今年2月至5月, 7月底): no date"),
    "chengxiang_projects_not_problems": doc(
        "https://www.chengxiang.gov.cn/zwgk/wmbss/202101/t20210129_1571508.htm",
        "今年,区委区政府共兴办17件惠民实事项目(含25个子项目)。近日,区政府督查室对我区为民办实事项目1-9月份进展情况进行跟踪督查。其中,老旧小区改造、职业技能提升工程、扶残助残工程、设立灵川镇中心卫生院东海分院等项目进度相对缓慢,其他项目正按序时推进。\n"),
    "sdjx_three_month_rectification": doc(
        "http://sdjxgt.com/info/1101/329481.htm",
        "12月25日上午,厅党组巡察组巡察整改工作部署会议在学校第一会议室召开。党委书记郑德前主持会议并讲话,党委副书记、校长刘福玉部署巡察整改工作,学校领导班子成员、各相关部门负责人、教学系部党总支书记参加会议。\n郑德前强调了四点意见,一是要进一步提高政治站位,切实增强做好巡察整改工作的政治自觉、思想自觉和行动自觉。要深刻认识巡察整改是帮助学校查找“病灶”、分析“病因”的有效举措,各级党组织要坚定不移把抓好巡察整改作为当前和今后一个时期的一项重要政治任务。二是要进一步压紧压实责任,确保按期圆满完成各项整改任务。要主动对标对表,抓紧抓实3个月的集中整改和长期整改,坚持以上率下、分级负责,分管校领导认真履行“一岗双责”,加强对整改责任部门工作进度的督促指导,牵头责任部门要落实好整改主体责任,围绕反馈的问题逐条逐项进行研究,逐一销号整改。\n"),
    "iazzy_round_report_meeting": doc(
        "https://iazzy.com/info/1187/12989.html",
        "为进一步贯彻落实校党委第一轮巡察工作重要部署,做好巡察“后半篇”文章,12月2日下午,校党委召开巡察工作领导小组会,听取第一轮巡察工作汇报。会议由巡察工作领导小组组长、党委书记张志昌主持。\n会上,党委巡察办主任田小莉汇报了第一轮巡察工作的整体情况;第一巡察组组长杨增强、第二巡察组组长李继高分别汇报了对校团委、马克思主义学院党总支的巡察情况。与会人员对两个巡察组的巡察工作报告进行了讨论研究。\n"),
    "kami_task_group_meeting": doc(
        "https://kami-original.com/info/1071/16471.html",
        "5月10日,校巡视整改从严管党治校专项工作组召开重点任务推进会。校党委副书记、纪委书记、监察专员王为民出席会议,组内各职能部门负责人参加会议。\n会上,王为民通报了学校巡视整改工作总体情况,听取了组内8个职能部门落实整改措施进展情况,就推进过程中出现的新问题进行分析研判,并对下一阶段工作作出部署。\n"),
    "campus_feedback_meeting_trad": doc(
        "https://scriptsandjava.com/2024/0919/c3311a135475/page.html",
        "9月12日上午,校黨委召開第五屆黨委第三輪巡察集中反饋會,通報巡察發現的突出問題,對落實巡察整改工作進行集中部署。校黨委書記、校長董必榮出席會議并講話,校紀委書記、黨委巡察辦主任趙立法主持會議,各被巡察單位分管校領導,本輪巡察組組長、副組長,校紀委機關、黨委組織部、黨委宣傳部、黨委巡察辦負責同志,被巡察單位領導班子成員參加會議。\n",
        note="a feedback meeting on a day without a year: no feedback date"),
    "cqu_six_bodies_feedback_drafts": doc(
        "https://jw.cqu.edu.cn/info/1011/2622.htm",
        "6月19日下午,学校党委在主教504召开巡察工作领导小组会。校党委书记、巡察工作领导小组组长舒立春出席会议并讲话。校党委副书记、纪委书记、巡察工作领导小组副组长陶举虎主持会议,巡察工作领导小组成员单位负责同志和第五轮巡察组组长、副组长等参加会议。\n会议听取了第五轮巡察工作开展情况汇报,研究审议了对6个二级党组织巡察情况的反馈意见。\n"),
    "dgtianen_school_push_trad": doc(
        "http://dgtianen.com/contents/624/3593.html",
        "為強化巡察整改及專項治理工作,打通整改“最后一公里”,7月4日上午9點,學校黨委在第一會議室召開巡察整改及專項治理工作推進會。會議由黨委書記、校長徐黎主持,黨委副書記、紀委書記許道錦,黨委委員、副校長何中華,黨委委員、副校長丁杰,黨委委員、財務處主任鄒群參加會議,黨政辦主任王家元、巡察整改及專項治理專班成員列席會議。\n會上,首先對省委教育工委實地督查的反饋結果以及巡察整改未完成的問題進行討論,制定了切實可行的實施方案,責任到部門、到人,規(guī)定完成時限,確保完成巡察整改及專項治理工作任務。\n"),
    "qianyang_revisit_bodies": doc(
        "https://baoji.qinfeng.gov.cn/info/1014/18903.htm",
        "近期,千阳县委巡察工作领导小组以省市脱贫攻坚巡视巡察“回头看”为契机,派出三个督导组,对县级巡察的6个部门、7个乡镇及和10个村级党组织开展脱贫攻坚反馈问题整改“回头看”。\n"),
    "round2_ducha_epaper_date_after": doc(
        "https://ep.ycwb.com/epaper/ycwb/html/2023-02/10/content_4_553519.htm",
        "据新华社电 记者从生态环境部获悉,江苏、内蒙古、西藏3省(区)9日公开第二轮中央生态环境保护督察整改方案。至此,第二轮中央生态环境保护督察整改方案全部向社会公开。 第二轮中央生态环境保护督察整改方案共明确整改任务2164项,根据调度情况,截至2022年年底,已完成1275项,完成率近60%,其余整改任务正在推进。 经党中央、国务院批准,2019年至2022年,第二轮中央生态环境保护督察分六批完成对31个省(区、市)和新疆生产建设兵团、2个国务院部门和6家中央企业的督察。\n-\n即时新闻\n第二轮中央生态环境保护督察整改方案全部公开\n来源:羊城晚报\n2023年02月10日\n版次:A04\n",
        report_date="2023-02-10", headline=head(2164, 1275),
        note="the e-paper's date under its source, after the text; tasks of the 整改方案 as problems"),
    "round2_ducha_time_label": doc(
        "http://shcymc.com/xinnengyuan/2023021373549.html",
        "您的位置:首页 >新能源 >\n\n第二轮中央生态环境保护督察整改方案全部公开\n\n时间:2023-02-13 11:23:26 来源:人民日报\n\n记者从生态环境部获悉:江苏、内蒙古、西藏3省(区)9日公开第二轮中央生态环境保护督察整改方案。至此,第二轮中央生态环境保护督察整改方案全部向社会公开。\n\n第二轮中央生态环境保护督察整改方案共明确整改任务2164项,根据调度情况,截至2022年底,已完成1275项,完成率近60%,其余整改任务正在推进。\n",
        report_date="2023-02-13", headline=head(2164, 1275)),
    "seven_provinces_task_split": doc(
        "https://nongcun5.com/news/20170727/54902.html",
        "经党中央、国务院批准,中央环境保护督察组于2016年11月至12月组织对北京、上海、湖北、广东、重庆、陕西、甘肃等7省市开展环境保护督察,并于2017年4月完成督察反馈。反馈后,7省市研究制定了整改方案。\n7省市督察整改方案均实行清单制,对中央环保督察组反馈意见进行了详细梳理,共计确定375项整改任务,其中北京47项、上海46项、湖北84项、广东43项、重庆37项、陕西59项、甘肃59项。\n",
        headline=head(375), note="months only: no period, no feedback day; 375 tasks split by province"),
    "liaoning_plan_preamble": doc(
        "https://www.duohuanbao.com/archives/504420.html",
        "为坚决贯彻落实党中央、国务院关于环境保护督察决策部署和中央第三环境保护督察组督察反馈意见,进一步加大生态环境保护力度,加快解决突出环境问题,确保全面完成整改任务,推动生态环境质量持续改善,特制定本整改方案。\n一、总体要求\n",
        kind="plan", note="a plan says what it is in its preamble (特制定本整改方案), with no title line"),
    "central_ducha_tenk_trad": doc(
        "http://m.bailiqin.com/news/show-124815.html",
        "不到兩年時間,中央環保督察對31個省(區、市)存在環境問題進行了一次全面摸底。全覆蓋式的督察,解決了8萬余個群眾身邊的環境問題;問責了18199名黨政領導干部(其中處級以上領導干部875人)。與此同時,26個省份已開展或正在開展省級層面環保督察。\n",
        note="an approximation (8萬余個) is not a count; people held accountable are not problems"),
    "fuzhou_audit_work_report_trad": doc(
        "http://m.cc774.com/zwgk/sjgk/202506/t20250630_5040280.htm",
        "福州市人民政府關于2024年度市本級預算執行和其他財政收支的審計工作報告\n根據《中華人民共和國審計法》及有關法律法規和上級審計機關的部署要求,我市認真落實市第十六屆人大常委會第十八次會議有關決議以及審計工作審議意見,組織開展了2024年度市本級預算執行和其他財政收支情況審計工作,著力推動重大政策措施落實,促進提高財政資金使用績效。\n",
        note="an audit work report, not a rectification report: kind not set"),
    "siping_complaints_page_date": doc(
        "http://txq.siping.gov.cn/zw/dc/202211/t20221110_643675.html",
        "政务\n\ngovernor\n四平市铁西区人民政府   2022-11-10 09:43:00   来源: 区政府办公室\n\n  现将9月份群众反映问题办理工作有关情况通报如下:\n\n  一、基本情况 \n\n  2022年9月1日—30日,群众反映问题共件,全部回复,回复率100%,已办结件,未办结件(详见附件一),办结率99%。 \n",
        report_date="2022-11-10",
        note="a page date between the site's name and 来源; complaints (masked counts) are not problems; a period of "
             "complaints is no inspection"),
    "nhc_complaints_page_date": doc(
        "https://m.kankanews.com/detail/1W2veX14dwA",
        "国家卫健委:收到疫情防控“九不准”办理反馈信息13862件\n时讯\n中国新闻网\n2022-07-08 16:10\n国务院联防联控机制8日就科学精准做好疫情防控工作有关情况举行发布会,国家卫生健康委监督局副局长程有全在会上表示,截至7月7日10时,收到各省份疫情防控“九不准”办理反馈信息13862件,其中2253件正在办理中。办结了11609件,办结率是83.7%,整治工作取得阶段性成效。\n",
        report_date="2022-07-08"),
    "lishui_proposals_not_problems_trad": doc(
        "http://www.lsdcl.net/col/col1229550391/art/2026/art_ae60e62cbe8c46328ec80b23fd182630.html",
        "市政協十五屆四次會議期間,市政府共收到政協提案146件,這些提案反映了經濟建設、民生保障、生態文明等多個方面,交由31個單位具體承辦。截至目前,所有提案均已按期答復完畢。\n從提案落實情況看,已落實的有122件,占84%;基本落實或計劃落實的有24件,占16%。\n"),
    "city_mailbox_stats": doc(
        "https://hackvs.com/www/col/1597916717032/2021/12/14/1639449082629",
        "11月份,我市政府网站“政府信箱”共收到网民留言3059条,市政府各部门及有关单位收到1904条,各县(市、区)收到1155条,其中咨询类留言1160条、投诉类留言1859条、建言献策类留言40条,各级各部门处理答复3055条,还有4条正在处理中,处理答复率99.87%(具体情况详见附件)。\n"),
    # --- second search round (same session, still before any parser change) ---
    "lydyyy_hospital_feedback_no_year": doc(
        "http://www.lydyyy.com/doc/32/2003/860.html",
        "3月18日上午,市委第四巡察组召开市属公立医院专项巡察反馈会。为贯彻落实市委巡察组的整改要求,18日下午市第一人民医院立即召开了党委扩大会,认真学习传达市委巡察反馈意见及市委巡察办主任任晓平同志在反馈会上的讲话精神,成立医院巡察整改工作领导小组,研究部署专项巡察整改工作。3月22日,医院巡察整改工作领导小组召开专题会议,进一步统一思想,理清思路,逐条研究反馈意见的具体整改措施,完善医院巡察整改工作方案。\n",
        note="a feedback meeting on a day without a year"),
    "soe_round_stationed_trad": doc(
        "http://www.bar347.com/info/1020/4638.htm",
        "按照中國電氣裝備黨委巡視工作統一部署,4月27日至29日,集團公司黨委2個巡視組分別進駐投資公司、供應鏈公司、資產公司、財務公司等4家企業黨組織開展常規巡視。各巡視組分別召開進駐動員會,集團公司黨委巡視工作領導小組成員出席會議并作動員講話,各巡視組組長通報巡視重點任務及工作安排,被巡視黨組織主要負責人作表態發言。\n本輪巡視現場巡視時間約一個半月。期間,各巡視組設有專門信訪電話、郵政信箱、電子信箱和“碼上巡”在線舉報平臺,主要受理反映被巡視企業領導班子及其成員、所屬部門負責人以及其他相關重要崗位人員問題的來信、來電、來訪。巡視組受理信訪時間截止到2025年6月10日。\n",
        note="the days the teams moved in have no year before them (the year comes later, for petitions): no period"),
    "asct_group_pending_projects": doc(
        "http://asctjt.com.cn/news.aspx?id=342",
        "5月以来,巡察整改工作进入攻坚阶段,集团上下坚持“台账式管理、项目化推进”,召开专题调度会议5次,主要领导现场督导2次,对难点问题建立“周调度”机制,由分管领导牵头协调,实行台账动态更新,确保问题见底清零。\n通过与业务、监督、党建等部门多维度联动,形成合力,紧盯重点问题,取得了一系列突破进展。建投集团经过多方努力,与监理公司已达成可行的支付比例,正在对3个未决算项目进行报决审批;置业担保与建筑工程两家公司经过协商,重新委托一家国企咨询公司,对铁西房产交易中心EPC未决算项目正在进行重审工作;基金公司赴上海等地,与申万等劵商积极沟通,全力推进清算分配事宜,预计6月底前会有陆续回款;经营部向相关部门多次去函,协助查找资金拨付情况,推进解决固定资产账实不符问题等。\n"),
    "soe_round_mobilisation_trad": doc(
        "http://www769655.com/show/8195.html",
        "經(jīng)集團(tuán)黨委批準(zhǔn),集團(tuán)黨委第二輪巡察將對(duì)一分公司、四分公司、陜西分公司、中冶成勘黨委及物業(yè)公司黨總支開展常規(guī)巡察。\n8月3日,集團(tuán)黨委第二輪巡察工作動(dòng)員會(huì)在蓉召開,會(huì)上,集團(tuán)黨委第一巡察組組長劉伯生同志代表第一、第二巡察組通報(bào)了本輪巡察的主要任務(wù)和相關(guān)安排,四分公司黨委書記童高述同志代表被巡察單位書記做了表態(tài)發(fā)言。\n"),
    "nanling_village_revisit_feedback": doc(
        "http://www.nllz.gov.cn/html/wenzhang_734864.html",
        "3月23日下午,县委第二巡察组在籍山镇会议中心召开巡察“回头看”情况反馈大会,会议由镇党委副书记戴旱萍主持,县委第二巡察组组长王孝国反馈了对籍山镇梅园社区、大港村、官洲村的巡察“回头看”情况,县委巡察办副主任何凡出席会议并讲话,镇党委书记孙丰云做表态发言,镇联系村班子成员、相关部门负责人、被巡察村(社区)“两委”成员、监督委员会成员及党员群众代表参加会议。\n"),
    "town_self_review_32_problems": doc(
        "https://www.wenkuhub.com/?p=114094",
        "一是整改主体责任压实不到位,“一把手”带头整改作用发挥不充分 。对 2022 年县委巡察、 2023 年审计检查反馈的 32 个问题,镇党委虽成立了整改工作领导小组,但“一把手”仅在启动会议上作了部署,后续未定 期召开 专题会议研究整改工作,也未深入一线督导整改情况,导致部分整改任务推进缓慢。\n",
        headline=head(32), note="spaces around the figures as the page has them; 32 problems fed back by two checks"),
    "yuyang_town_feedback_no_year": doc(
        "https://yuyang.qinfeng.gov.cn/info/1082/6043.htm",
        "6月5日,区委第一巡察组在金鸡滩镇召开巡察情况反馈会议。区纪委常委、巡察办主任刘强如,区委第一巡察组组长叶云,区委巡察组副组长曹永富出席会议。金鸡滩镇党委书记艾文华主持会议,金鸡滩镇全体领导班子成员参加会议。\n"),
    "jiaowei_town_bulletin_lead": doc(
        "http://www.xycdi.gov.cn/xxgk/xsxc/202508/t20250822_2012187.htm",
        "中共郊尾镇委员会关于巡察整改进展情况的通报\n发布时间:2025-01-12 来源:仙游县纪委监委官网 字体显示:【 大 中 小 】 阅读:\n根据仙游县委巡察工作统一部署,2023年7月3日至8月18日,县委巡察二组对郊尾镇党委开展了巡察,并于2024年1月16日反馈了巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。\n",
        kind="bulletin", report_date="2025-01-12",
        inspection=ins(start="2023-07-03", end="2023-08-18", feedback="2024-01-16")),
    "maozu_town_bulletin_lead": doc(
        "http://www.ynqjnews.cn/article/show-361009.html",
        "当前位置:巧家新闻网 >> 通知公告 >> 新闻详情\n\n中共茂租镇委员会关于落实县委第二巡察组“巡乡带村”巡察反馈意见整改进展情况的通报\n\n2023-03-17 09:13编辑:陆元华\n\n根据县委统一部署,2022年6月20日至8月3日,县委第二巡察组对茂租镇党委开展了“巡乡带村”巡察。2022年10月19日,县委第二巡察组向茂租镇党委反馈巡察情况。按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n",
        kind="bulletin", report_date="2023-03-17",
        inspection=ins(start="2022-06-20", end="2022-08-03", feedback="2022-10-19"),
        note="the page date runs into the editor's label (09:13编辑:)"),
    "pidu_check_groups_bodies": doc(
        "https://bbs.mala.cn/thread-15419715-1-1.html",
        "连日来,为督促各单位落实中央第四巡视组和省委第八巡视组反馈问题整改政治责任,郫都区委6个专项督查组分三轮对巡视反馈意见涉及的牵头单位和部分责任单位开展巡视整改督查工作。\n督查组深入14个街道和48个单位,根据各单位认领问题情况,抽查重点问题、个性问题和点名道姓问题,到实地点位现场走访调查,针对巡视反馈问题认领是否全面、巡视整改责任是否落实到位、是否明确细化措施和时限要求、是否建立相关工作台账等方面进行仔细检查,采取“边督边改、边改边治”方式,跟进任务整改落实情况,帮助协调解决整改过程中存在的问题,督促各单位严格按时间节点高质量完成巡视整改工作任务。\n"),
    "county_assignments_check": doc(
        "https://zydjyzx.com/html/HtmlMCAFDCN8I35.html",
        "7月31日至8月1日,县委办、县督查办、县效能办组成联合督查组,通过听取介绍、查阅资料、实地核查等方式,再次对2017年县委交办事项落实情况进行了专项督查。\n从督查情况来看,相关乡镇、部门和单位能够高度重视,认真贯彻落实县委各项重大决策部署,严格对照县委《交办通知》确定的办理事项和任务要求,以推动问题解决为目的,按照各自职责分工,靠实工作责任,强化推进措施,加强统筹协调,加大工作力度,全力推动县委交办事项不折不扣贯彻落实。今年以来,县委印发《交办通知》7期,交办具体工作事项19项。至目前,已办理完成13项,正在办理6项。\n",
        note="assigned work items are not problems; the check's two days have no year of their own (2017 is the year of the "
             "assignments)"),
    "bengbu_round_period_no_year_trad": doc(
        "http://www.dingqianjf.com/news/show/134/1446017_0.html",
        "據(jù)蚌埠先鋒網(wǎng)報(bào)道 根據(jù)市委部署和市委巡察工作領(lǐng)導(dǎo)小組安排,7月25日至9月25日,市委組建6個(gè)巡察組,對(duì)市委政策研究室、市直屬機(jī)關(guān)工作委員會(huì)等27家單位黨組織開展常規(guī)巡察,對(duì)其中的市直屬機(jī)關(guān)工作委員會(huì)、市生態(tài)環(huán)境局、市文化和旅游局、市應(yīng)急管理局、市審計(jì)局等5家扶貧開發(fā)領(lǐng)導(dǎo)小組成員單位黨組織開展脫貧攻堅(jiān)專項(xiàng)巡察;對(duì)市經(jīng)開區(qū)黨工委開展巡察“回頭看”;對(duì)市高新區(qū)、市經(jīng)開區(qū)鄉(xiāng)鎮(zhèn)(街道、科技園、社區(qū)中心)及所轄村(社區(qū))黨組織開展巡察。\n",
        note="a period with no year anywhere: not dated"),
    "qinghe_revisit_bulletin": doc(
        "http://tlqh.gov.cn/qinghe/zwgk/zfxxgk/fdzdgknr/dchsj/dcbg/2023122814081320007/index.html",
        "清河区人民政府 The People's Government of Qinghe Municipality\n\n政府信息公开\n\n关于昌盛路环境整治工作“回头看”的通报\n\n来源:清河区人民政府办公室 时间:2023-12-27\n\n  5月10日,区委督查室及区政府督查室对我区昌盛路环境整治工作(5月4日《督查通报》第9期发现问题)整改落实情况进行了“回头看”,现将有关情况通报如下。\n",
        kind="bulletin", report_date="2023-12-27", note="a page date after the source on one line (来源:… 时间:…)"),
    "qilin_feedback_two_days_trad": doc(
        "http://www.qdubb.cn/html/2018/xunshixuncha_0110/41088.html",
        "近日,根據麒麟區委巡察工作領導小組統一部署,五屆區委第四輪巡察派出的6個巡察組于2018年1月4至5日分別向區衛計局、環保局、人社局、林業局等6家黨委(支部)領導班子及黨委(支部)書記進行巡察意見反饋。\n",
        inspection=ins(feedback="2018-01-04"),
        note="feedback given over two days (1月4至5日, the first day without 日) dates the feedback, not a period (as "
             "blind7/qinzhou_round6_feedback)"),
    "hubei_rates_not_counts": doc(
        "https://zkxblog.com/lab/read-3007775.html",
        "“通过改进巡视反馈,纪检监察机关和党委组织部门履行整改日常监督责任实现了关口前移。”湖北省委巡视办有关负责人告诉记者,通过强化巡视反馈,十届省委巡视反馈问题整改完成率达97.8%、移交问题线索处置率达99.7%;十一届省委前4轮巡视整改平均完成率达96.5%,实现了巡视整改的新突破。\n"),
    "jiangxi_full_coverage_2016": doc(
        "http://www.07905.com/news/jxnews/2016/0905/24451.html",
        "今年8月下旬,省委8个巡视组陆续向包括10个省委工作部门在内的28家单位党组织进行巡视反馈。这是今年我省第二轮巡视,也是省委在本届任期内完成巡视全覆盖的收官之战。截至目前,省委共组织开展了17轮巡视,覆盖312个党组织,圆满完成了巡视全覆盖任务。\n省委巡视组向省纪委\n移交509件问题线索\n",
        note="leads handed over (问题线索) are not problems; months only"),
    "haidong_rounds_found_done": doc(
        "http://www.qh.xinhuanet.com/2019-03/20/c_1124260346.htm",
        "海东市县巡察工作面临的问题困难及对策建议\n\n2019-03-20 17:03:08 | 来源: 海东纪委网\n\n    海东市县巡察工作始于2016年底,截止2018年10月,二届市委组织的3轮常规巡察共发现党组织领导核心作用不强、党的建设薄弱、落实全面从严治党责任不力,中央八项规定精神执行贯彻不到位等方面问题199条,已整改92条,移交问题线索20件,已办结9件;三轮扶贫领域专项巡察共发现党组织领导核心作用不突出,党组织主体\n",
        report_date="2019-03-20", headline=head(199, 92),
        note="problems counted in 条 after a long list of what they are about, the done part right after; leads are not problems"),
    "honghe_rounds_found": doc(
        "http://ynjjjc.gov.cn/html/2019/yunlingyaowen_1127/77028.html",
        "红河哈尼族彝族自治州积极探索实践巡察促改组合机制,督促被巡察单位整改问题到位、建章立制取得长效,自2016年9月本届州委开展首轮巡察工作以来,全州巡察共发现各类问题8483个,移交问题线索1193件,立案人数238人,受党纪政务处分223人,移送司法机关8人。\n",
        headline=head(8483), note="problems found over the rounds (as km_round_summary); leads, cases and people are not"),
    "changde_plan_public": doc(
        "https://www.changde.gov.cn/cdzx/gsgg/content_843565",
        "您的位置: 首页 >常德资讯>公示公告>详细内容\n\n常德市贯彻落实省生态环境保护督察“回头看”及西洞庭湖生态环境保护专项督察反馈意见整改方案(公开版)\n\n分享到:\n打印 字体:\n2021-06-25 16:57 来源:市生态环境局\n\n2020年10月23日至11月6日,湖南省第四生态环境保护督察组(以下简称督察组)对我市开展了生态环境保护督察“回头看”及西洞庭湖生态环境保护专项督察工作,并于2021年2月25日向我市正式反馈督察意见。为全面贯彻落实党中央、国务院和省委、省政府关于生态环境保护督察的决策部署,切实抓好督察反馈意见整改落实,加大生态文明建设和环境保护工作力度,坚决打好打赢污染防治攻坚战,结合我市实际,制定本方案。\n",
        kind="plan", report_date="2021-06-25",
        inspection=ins(start="2020-10-23", end="2020-11-06", feedback="2021-02-25"),
        note="a plan's title ending 整改方案(公开版); the page date then its source"),
    "ducha_plan_explainer_page_date": doc(
        "http://www.huanbaole.com/jishu/150187.html",
        "环保督察整改方案规定\n来源:www.huanbaole.com 编辑: 环保网 时间:2025-09-05点击:\n一、整改目标体系\n1. 思想提升:将学习贯彻生态文明思想作为首要任务,强化\"党政同责、一岗双责\"意识\n2. 问题销号:对督察反馈问题建立台账管理,明确短期(6个月内)、中期(1-2年)、长期(3-5年)整改时限\n",
        report_date="2025-09-05",
        note="an explainer about plans, not a plan: kind not set; a page date labelled 时间: after the source and editor"),
    "aqciq_measures_for_aspects": doc(
        "http://gsiic.com/Item/72951.aspx",
        "本报讯 近日,安徽检验检疫局对开展深入学习实践科学发展观活动以来通过各种途径搜集到的各类问题进行集中梳理,针对影响和制约科学发展的8个方面突出问题确定了25项整改措施。该局党组书记、局长鲍俊凯指出,要通过建立相应的制度,确保整改方案全部落实到位,取得实效。\n",
        headline=head(mt=25), note="8 aspects are not a count of problems; 25 measures"),
    # --- labelled AFTER the parser changes of this session (third search round), scored once before any further change:
    # a small held-out check of those changes (FIRST_RUN_tune_sentences.txt, last section) ---
    "college_revisit_schedule": doc(
        "https://jsc.cdgmxy.edu.cn/html/lzw/tzgg/49803.html",
        "通知公告\n关于开展校内巡察整改“回头看”评估工作的通知\n校内相关单位:\n根据《关于征求<市委巡察整改“回头看”评估工作办法(试行)>(征求意见稿)意见建议的函》(成委巡办函〔2025〕98号)和学校党委巡察工作安排,决定开展校内巡察整改“回头看”评估。现将有关事项通知如下。\n一、时间安排\n2025年9月1日至12月30日(4个月)。其中:\n9月1日至9月30日,校内相关单位完成自查自评;\n10月9日至11月15日,对市委第五巡察组反馈的41条意见进行评估检查;\n11月16日至12月15日,逐一召集相关单位反馈初步意见。\n12月16日至12月30日,向学校党委汇报校内巡察“回头看”评估结果。\n",
        note="a notice scheduling a self-check of the rectification: its periods are not the inspection's, no feedback day; "
             "41 opinions (意见) are not counted as problems here (the page counts the problems later, after the cut)"),
    "jinjiang_school_lead": doc(
        "http://www.jjcdi.gov.cn/content/2021-06/02/content_7091356.htm",
        "一、强化主体责任,全面落实巡察整改工作\n(二)加强组织领导,明确责任分工\n成立整改工作领导小组,由党支部书记、副校长黄源华任组长,校长刘晓斌任副组长,其他副校长和挂职校长助理为成员,下设办公室和督导组;建立周报告、周检查、周会商、台账登记、销号管理、档案管理、整改跟踪等7项巡察整改工作制度,确保整改机制健康有序运行。召开专题会议研究整改工作,针对巡察反馈的55个问题,逐条梳理研究,逐项细化任务,并提出完整的164条整改措施,形成切实可行的整改方案,逐一明确责任领导、责任处室、责任人和整改时限。\n",
        headline=head(55, None, 164, None, 7),
        note="two paragraphs of the page (its (一) skipped, as returned it is long); 7 working rules of the rectification "
             "established (建立…等7项…制度) are rules made"),
    "hebei_county_check_trad": doc(
        "http://darksurfintel.com/jyb_xwfb/moe_2082/zl_2017n/2017_zl02/201701/t20170120_295387.html",
        "國(guó)家教育督導(dǎo)檢查組對(duì)河北省30個(gè)縣(區(qū))義務(wù)教育均衡發(fā)展督導(dǎo)檢查反饋意見(jiàn)\n\n2017-01-20 來(lái)源:教育部收藏\n\n ?。?016年11月26日)\n\n  11月21日至26日,國(guó)家教育督導(dǎo)檢查組對(duì)河北省申報(bào)的30個(gè)義務(wù)教育發(fā)展基本均衡縣(區(qū))(以下簡(jiǎn)稱(chēng)縣)進(jìn)行了督導(dǎo)檢查。\n",
        report_date="2016-11-26", inspection=ins(start="2016-11-21", end="2016-11-26"),
        note="the dateline under the title is damaged ('?。?016年11月26日)' as returned) — its date still reads 2016-11-26; "
             "the check's days take that year; counties are not problems"),
}


def main() -> None:
    HERE.mkdir(exist_ok=True)
    for stem, d in DOCS.items():
        (HERE / f"{stem}.txt").write_text(d["text"], encoding="utf-8")
        truth = {"kind": d["kind"], "title": None, "issuer": None, "report_date": d["report_date"],
                 "inspection": d["inspection"], "headline": d["headline"], "problems": [],
                 "anomalies": [d["note"]] if d["note"] else [],
                 "url": d["url"], "excerpt": True, "genre": "snippet"}
        (HERE / f"{stem}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
