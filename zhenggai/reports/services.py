"""Writes of the reports app: bulletin drafts and publishing, audited exports."""
from __future__ import annotations

import datetime as dt
import io
from functools import partial
from typing import IO

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from zhenggai.accounts.models import Role, User
from zhenggai.accounts.scope import require_role
from zhenggai.audit.services import audit_record
from zhenggai.portal.selectors import public_page_changed
from zhenggai.ledger.models import Inspection
from zhenggai.reports.bulletin import BulletinContent, build_bulletin
from zhenggai.reports.docx_writer import write_docx
from zhenggai.reports.exporters import get_exporter
from zhenggai.ledger.filters import LedgerFilter
from zhenggai.reports.models import Bulletin, BulletinVersion

MAX_TEXT = 20_000
VIEW_ROLES = (Role.OFFICE, Role.LEADER, Role.OBSERVER)


class BulletinError(Exception):
    """A bulletin step the rules do not allow; the message is for the user."""


# --- reads ------------------------------------------------------------------------------------------------

def bulletin_of(inspection: Inspection) -> Bulletin | None:
    return Bulletin.objects.filter(inspection=inspection).order_by("-id").first()


def bulletin_latest_version(inspection: Inspection) -> BulletinVersion | None:
    return (BulletinVersion.objects.filter(bulletin__inspection=inspection)
            .select_related("bulletin", "created_by", "published_by").order_by("-bulletin_id", "-number").first())


def bulletin_content(inspection: Inspection, *, on: dt.date | None = None) -> tuple[BulletinContent, BulletinVersion | None]:
    """The bulletin as it stands: the latest saved version's snapshot, else a default built from the ledger now."""
    version = bulletin_latest_version(inspection)
    if version is not None:
        return BulletinContent.from_dict(version.content), version
    return build_bulletin(inspection, on=on), None


def bulletin_docx_bytes(content: BulletinContent) -> bytes:
    buffer = io.BytesIO()
    write_docx(content, buffer)
    return buffer.getvalue()


# --- writes -----------------------------------------------------------------------------------------------

def bulletin_save_draft(*, user: User, inspection: Inspection, organisation_text: str, next_steps_text: str,
                        on: dt.date | None = None) -> BulletinVersion:
    """Save the two editable sections as a new version, with the ledger's figures as of today.

    Versions are never edited: every save is a new number, so a published one stays as published.
    An empty section falls back to its default text.
    """
    require_role(user, Role.OFFICE)
    for label, text in (("整改工作组织情况", organisation_text), ("下一步工作打算", next_steps_text)):
        if len(text or "") > MAX_TEXT:
            raise BulletinError(f"“{label}”过长（最多{MAX_TEXT}字）")
    content = build_bulletin(inspection, organisation_text=organisation_text, next_steps_text=next_steps_text, on=on)
    with transaction.atomic():
        bulletin = Bulletin.objects.select_for_update().filter(inspection=inspection).order_by("-id").first()
        if bulletin is None:
            bulletin = Bulletin.objects.create(inspection=inspection, title=content.title)
        elif bulletin.title != content.title:
            bulletin.title = content.title
            bulletin.save(update_fields=["title"])
        number = (bulletin.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = BulletinVersion.objects.create(
            bulletin=bulletin, number=number, organisation_text=content.organisation_text,
            next_steps_text=content.next_steps_text, content=content.to_dict(), created_by=user,
            created_at=timezone.now(),
        )
        audit_record(actor=user, action="bulletin.save", obj=version, inspection_id=inspection.pk,
                     after={"number": number, "figures": content.to_dict()["figures"]})
    return version


def bulletin_publish(*, user: User, version: BulletinVersion) -> BulletinVersion:
    """Freeze a draft as published, recording who and when. Only the latest draft can be published."""
    require_role(user, Role.OFFICE)
    with transaction.atomic():
        locked = BulletinVersion.objects.select_for_update().select_related("bulletin").get(pk=version.pk)
        if locked.is_published:
            raise BulletinError(f"第{locked.number}版已于{timezone.localtime(locked.published_at):%Y-%m-%d %H:%M}发布，"
                                "不能重复发布；如需修改，请保存为新版本后再发布")
        latest = locked.bulletin.versions.aggregate(n=Max("number"))["n"]
        if locked.number != latest:
            raise BulletinError(f"第{locked.number}版不是最新版本（最新为第{latest}版），请预览最新版本后再发布")
        locked.published_by = user
        locked.published_at = timezone.now()
        locked.save(update_fields=["published_by", "published_at"])
        audit_record(actor=user, action="bulletin.publish", obj=locked, inspection_id=locked.bulletin.inspection_id,
                     after={"number": locked.number, "title": locked.bulletin.title,
                            "figures": locked.content.get("figures")})
        transaction.on_commit(partial(public_page_changed, locked.bulletin.inspection_id))
    return locked


def export_write(*, user: User | None, inspection: Inspection, kind: str, params: dict[str, str] | None = None,
                 out: str | IO[bytes], on: dt.date | None = None) -> int:
    """Write one Excel list, filtered like the problem list, and audit who exported what. Returns the row count.

    `user` is None only on the command line (the operator of the server); pages always pass the user,
    whose scope then limits the rows.
    """
    exporter_class = get_exporter(kind)
    ledger_filter = LedgerFilter.from_params(params or {})
    exporter = exporter_class(inspection, ledger_filter, user=user, on=on)
    rows = exporter.write(out)
    audit_record(actor=user, action="export", obj=inspection, inspection_id=inspection.pk,
                 after={"kind": kind, "title": exporter.title, "filters": ledger_filter.as_params(), "rows": rows},
                 note=exporter.title)
    return rows
