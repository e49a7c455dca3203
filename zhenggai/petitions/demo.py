"""信访件 in the demo: three batches the 省第二生态环境保护督察组 hands to 江川市 while on site, imported as 交办清单
spreadsheets through the real importer, then assigned, investigated, handled, reviewed, signed off (or sent back,
closed in stages, reopened on a repeat complaint) through the services, at their own moments in the demo's
replay. The complaints, people, places and numbers are invented in the genre's style. Only the demo imports this.
"""
from __future__ import annotations

import datetime as dt
import io

from django.core.files.uploadedfile import SimpleUploadedFile

# (complaint, area, type, unit, where the case stands today, 是否属实, fines 万元, cases filed, people held accountable)
# where: new · assigned · handling · phased · reported · returned · concluded · signed_off
BATCHES = [
    ("第一批", 100, [
        ("举报人陈志强（电话13900001111）反映，东湖区白鹭湾工业园某化工企业夜间偷排废气，气味刺鼻，周边居民无法开窗。",
         "东湖区", "大气", "dh", "signed_off", "属实", "20", 1, 0),
        ("青岚区枫林村某养殖场粪污未经处理直排入青岚河支流，河水发黑发臭。", "青岚区", "水", "ql", "signed_off", "属实",
         "8.5", 1, 1),
        ("城南区滨江路某建筑工地夜间施工，噪声扰民，多次投诉未果。", "城南区", "噪声", "zf", "signed_off", "基本属实", "2", 1, 0),
        ("江川经开区某再生资源回收站露天堆放废旧电池和废机油桶，雨天渗漏。", "江川经开区", "固废", "zf", "signed_off", "属实",
         "5", 1, 0),
        ("白沙县某砂石场无手续在白沙河河道非法采砂，破坏河床和岸线植被。", "白沙县", "生态", "zf", "concluded", "属实", "30",
         2, 2),
        ("东湖区某小区旁垃圾中转站臭气熏天，渗滤液外溢，夏季蚊蝇滋生。", "东湖区", "群众身边的生态环境问题", "dh", "phased",
         "部分属实", "0", 0, 0),
        ("青岚区某汽修厂喷漆作业无废气收集处理设施，异味扰民。", "青岚区", "大气", "ql", "returned", "属实", "1.5", 1, 0),
        ("村民刘桂兰反映，城南区石门村某采石场爆破震动导致房屋墙体开裂，粉尘覆盖农田。", "城南区", "其他", "daqi", "handling",
         "", "0", 0, 0),
    ]),
    ("第二批", 60, [
        ("东湖区某餐饮街多家餐馆油烟直排，未安装油烟净化设施。", "东湖区", "大气", "dh", "signed_off", "属实", "0.6", 3, 0),
        ("江川经开区某电镀企业疑似通过暗管向雨水管网排放含重金属废水。", "江川经开区", "水", "zf", "signed_off", "属实", "45",
         1, 3),
        ("白沙县某乡镇生活污水处理站长期停运，污水直排。", "白沙县", "水", "shui", "concluded", "属实", "0", 0, 1),
        ("青岚区某混凝土搅拌站粉尘污染严重，运输车辆带泥上路。", "青岚区", "大气", "ql", "reported", "属实", "3", 1, 0),
        ("城南区某KTV深夜噪声扰民，居民休息受影响。", "城南区", "噪声", "zf", "reported", "不属实", "0", 0, 0),
        ("东湖区某工业园区雨水排口排出白色泡沫状废水。", "东湖区", "水", "shui", "handling", "基本属实", "0", 0, 0),
        ("白沙县某村耕地被倾倒建筑垃圾约2000立方米，联系人王德明13900002222。", "白沙县", "土壤", "zf", "assigned", "",
         "0", 0, 0),
    ]),
    ("第三批", 12, [
        ("东湖区白鹭湾工业园某化工企业整改后夜间仍有刺鼻气味（与第一批{repeat}号反映的属同一案件）。", "东湖区", "大气", "dh",
         "assigned", "", "0", 0, 0),
        ("青岚区某塑料颗粒加工作坊无环评手续，生产时烟气弥漫。", "青岚区", "大气", "ql", "handling", "属实", "0", 0, 0),
        ("江川经开区某危废经营单位超范围贮存危险废物。", "江川经开区", "固废", "zf", "reported", "部分属实", "10", 1, 0),
        ("城南区江滩湿地被违规占用建设停车场。", "城南区", "生态", "zf", "handling", "属实", "0", 0, 0),
        ("白沙县某屠宰场废水直排农灌渠，沿线农户反映庄稼受损。", "白沙县", "水", "shui", "assigned", "", "0", 0, 0),
        ("东湖区某商场中央空调外机噪声扰民。", "东湖区", "噪声", "dh", "assigned", "", "0", 0, 0),
        ("青岚区某村河道两岸堆放生活垃圾，无人清理。", "青岚区", "群众身边的生态环境问题", "", "new", "", "0", 0, 0),
    ]),
]
TIME_LIMIT = 15
ORDER = ["new", "assigned", "handling", "phased", "reported", "returned", "concluded", "signed_off"]


def _number(kind: int, day: dt.date, serial: int) -> str:
    return f"{'X' if kind % 3 == 0 else 'D'}2JC{day:%Y%m%d}{serial:04d}"


def _workbook(batch: str, day: dt.date, rows: list[tuple]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([f"江川市贯彻落实省第二生态环境保护督察边督边改公开一览表（{batch}）"])
    ws.append(["序号", "受理编号", "交办问题基本情况", "行政区域", "污染类型", "调查核实情况", "是否属实", "办结目标",
               "处理和整改情况", "是否办结", "责任人被处理情况"])
    for seq, (number, complaint, area, kind) in enumerate(rows, 1):
        ws.append([seq, number, complaint, area, kind, "", "", "依法查处，消除环境污染，群众满意", "", "未办结", ""])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _evidence(name: str, lines: list[str]) -> SimpleUploadedFile:
    from zhenggai.ledger.demo_data import demo_pdf

    return SimpleUploadedFile(name, demo_pdf("信访件办理佐证材料", [*lines, "（本文件为zhenggai演示数据，内容均为虚构）"]),
                              content_type="application/pdf")


def plan_petitions(loader) -> None:
    first_number: dict[str, str] = {}
    for b, (batch, ago, cases) in enumerate(BATCHES):
        handed = loader.day(ago)
        numbers = [_number(i + b, handed - dt.timedelta(days=2), 30 * b + i + 1) for i in range(len(cases))]
        if b == 0:
            first_number["case"] = numbers[0]
        loader.at(handed, "16:00", lambda batch=batch, handed=handed, cases=cases, numbers=numbers:
                  _import(loader, batch, handed, cases, numbers, first_number))
        for i, spec in enumerate(cases):
            _plan_case(loader, batch, handed, numbers[i], spec)
    # The repeat complaint of the third batch reopens the first batch's signed-off case.
    loader.at(loader.day(11), "10:00", lambda: _reopen(loader, first_number["case"]))
    loader.at(loader.day(80), "17:00", lambda: _publish(loader, "第一批"))
    loader.at(loader.day(40), "17:00", lambda: _publish(loader, "第二批"))


def _case(loader, number: str):
    from zhenggai.petitions.models import PetitionCase

    return PetitionCase.objects.select_related("batch", "inspection").get(inspection=loader.inspections["ducha"],
                                                                          number=number)


def _import(loader, batch: str, handed: dt.date, cases: list[tuple], numbers: list[str], first: dict) -> None:
    from zhenggai.petitions.imports import petition_import_create

    rows = [(n, c[0].format(repeat=first["case"]), c[1], c[2]) for n, c in zip(numbers, cases)]
    upload = SimpleUploadedFile(f"江川市{batch}交办清单.xlsx", _workbook(batch, handed, rows))
    job = petition_import_create(user=loader.users["office"], inspection=loader.inspections["ducha"], uploaded=upload,
                                 batch_number=batch, handed_over_on=handed, time_limit_days=TIME_LIMIT)
    if job.status == "preview":
        from zhenggai.petitions.imports import petition_import_confirm

        job = petition_import_confirm(job=job, user=loader.users["office"])
    if job.status != "done":
        from zhenggai.ledger.demo_data import DemoError

        raise DemoError(f"演示交办清单导入失败：{job.errors}")


def _plan_case(loader, batch: str, handed: dt.date, number: str, spec: tuple) -> None:
    from zhenggai.petitions import services

    complaint, area, kind, unit, where, verdict, fines, filed, people = spec
    reach = ORDER.index(where) if where != "returned" else ORDER.index("reported")
    today = loader.today
    # People are created when the replay runs: each step looks them up (loader.users) when it runs.
    # Steps spread over the days after the hand-over, never later than yesterday.
    def when(offset: int) -> dt.date:
        return min(loader._forward(handed, offset), loader.day(1))

    if where == "new":
        return
    loader.at(handed, "17:30", lambda: services.case_assign(
        user=loader.users["office"], case=_case(loader, number), lead_unit=loader.units[unit], time_limit_days=TIME_LIMIT))
    if reach < ORDER.index("handling"):
        return
    verdict_value = {"属实": "true", "基本属实": "mostly", "部分属实": "partly", "不属实": "false", "": "true"}[verdict]
    loader.at(when(2), "11:00", lambda: services.case_investigate(
        user=loader.fillers[unit], case=_case(loader, number), verdict=verdict_value,
        investigation=("经现场核查，反映问题属实。" if verdict_value != "false" else
                       "经现场核查和走访周边居民，该场所已于交办前停业，反映问题不属实。")))
    if reach < ORDER.index("phased"):
        return
    handling = ("处理情况：已对涉事单位立案查处，责令立即停止违法行为。整改情况：已完成整改，经复核达标。"
                if verdict_value != "false" else "处理情况：经核查不属实，已向举报人反馈。整改情况：无。")
    loader.at(when(6), "15:00", lambda: services.case_report(
        user=loader.fillers[unit], case=_case(loader, number), handling=handling, fines_wan=fines, cases_filed=filed,
        people_held_accountable=people, rectification_orders=1 if filed else 0,
        accountability=f"约谈相关责任人{people}人" if people else "无",
        files=[_evidence(f"{number}办理情况.pdf", [f"受理编号：{number}", handling])]))
    if where == "reported":
        return
    if where == "returned":
        loader.at(when(8), "10:00", lambda: services.case_review(
            user=loader.users["office"], case=_case(loader, number), decision="send_back",
            note="整改佐证材料只有文字说明，缺少现场照片和监测报告，请补充后重新报送。"))
        return
    if where == "phased":
        loader.at(when(8), "10:00", lambda: services.case_review(
            user=loader.users["office"], case=_case(loader, number), decision="phase", note="垃圾中转站除臭设施改造需3个月，同意阶段性办结。",
            next_deadline=today + dt.timedelta(days=20)))
        return
    loader.at(when(8), "10:00", lambda: services.case_review(user=loader.users["office"], case=_case(loader, number),
                                                             decision="conclude", note="材料齐全，同意办结。"))
    if where == "signed_off":
        loader.at(when(10), "16:00", lambda: services.case_verify(user=loader.users["leader"], case=_case(loader, number),
                                                                  signed_off=True, note="经现场复核，整改到位，同意销号。"))


def _reopen(loader, number: str) -> None:
    from zhenggai.petitions import services

    services.case_reopen(user=loader.users["office"], case=_case(loader, number),
                         note="第三批收到同一案件的重复举报，整改后夜间仍有异味，重新办理。")


def _publish(loader, batch: str) -> None:
    from zhenggai.ledger.services import inspection_update
    from zhenggai.petitions.models import PetitionBatch
    from zhenggai.petitions.publish import batch_publish

    inspection = loader.inspections["ducha"]
    inspection.refresh_from_db()
    if not inspection.is_public:
        inspection_update(user=loader.users["office"], inspection=inspection, fields={"is_public": True}, version=None)
    batch_publish(user=loader.users["office"],
                  batch=PetitionBatch.objects.get(inspection=inspection, number=batch))
