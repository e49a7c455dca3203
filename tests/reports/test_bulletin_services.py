"""Drafts are versioned; publishing freezes a version and records who and when."""
from __future__ import annotations

import pytest
import time_machine
from django.core.exceptions import PermissionDenied

from zhenggai.audit.models import AuditEvent
from zhenggai.reports.models import BulletinVersion
from zhenggai.reports.services import BulletinError, bulletin_content, bulletin_publish, bulletin_save_draft


def save(world, org="（一）统一思想。党组专题研究部署。", steps="一是持续整改。", user=None):
    return bulletin_save_draft(user=user or world.office, inspection=world.inspection, organisation_text=org,
                               next_steps_text=steps)


def test_it_saves_each_draft_as_a_new_numbered_version(ledger):
    first, second = save(ledger), save(ledger, steps="一是巩固成效。")
    assert (first.number, second.number) == (1, 2)
    assert first.bulletin_id == second.bulletin_id
    assert second.content["next_steps_text"] == "一是巩固成效。"
    assert second.created_by == ledger.office


def test_an_empty_section_falls_back_to_the_default_text(ledger):
    version = save(ledger, org="  ", steps="")
    assert version.organisation_text.startswith("（一）提高政治站位")
    assert version.next_steps_text.startswith("一是持续抓好整改落实")


def test_the_saved_version_keeps_its_figures_while_the_ledger_moves_on(ledger):
    version = save(ledger)
    ledger.measure4.delete()
    content, current = bulletin_content(ledger.inspection)
    assert current == version
    assert content.figures.measures_total == 4


def test_publishing_records_the_publisher_and_time_and_audits_it(ledger):
    version = save(ledger)
    published = bulletin_publish(user=ledger.office2, version=version)
    assert published.published_by == ledger.office2
    assert published.published_at is not None
    event = AuditEvent.objects.get(action="bulletin.publish")
    assert (event.actor, event.inspection_id, event.after["number"]) == (ledger.office2, ledger.inspection.pk, 1)


def test_a_published_version_is_never_edited_and_saving_again_makes_a_new_draft(ledger):
    version = bulletin_publish(user=ledger.office, version=save(ledger))
    version.next_steps_text = "改写"
    with pytest.raises(PermissionError):
        version.save()
    assert BulletinVersion.objects.get(pk=version.pk).next_steps_text == "一是持续整改。"
    draft = save(ledger, steps="一是新的打算。")
    assert (draft.number, draft.is_published) == (2, False)
    assert BulletinVersion.objects.get(pk=version.pk).is_published


def test_it_refuses_to_publish_twice(ledger):
    version = bulletin_publish(user=ledger.office, version=save(ledger))
    with pytest.raises(BulletinError, match="不能重复发布"):
        bulletin_publish(user=ledger.office, version=version)


def test_it_refuses_to_publish_an_older_draft(ledger):
    old = save(ledger)
    save(ledger)
    with pytest.raises(BulletinError, match="不是最新版本"):
        bulletin_publish(user=ledger.office, version=old)


@pytest.mark.parametrize("persona", ["leader", "unit", "observer"])
def test_only_the_office_may_save_or_publish(ledger, persona):
    user = ledger.persona(persona)
    with pytest.raises(PermissionDenied):
        save(ledger, user=user)
    version = save(ledger)
    with pytest.raises(PermissionDenied):
        bulletin_publish(user=user, version=version)
    assert not BulletinVersion.objects.get(pk=version.pk).is_published


def test_without_a_saved_version_the_content_is_the_default_built_now(ledger):
    content, version = bulletin_content(ledger.inspection)
    assert version is None
    assert content.figures.as_of == "2026-11-23"
    with time_machine.travel("2026-12-02 10:00 +0800", tick=False):
        content, _ = bulletin_content(ledger.inspection)
    assert content.date_text == "2026年12月2日"
