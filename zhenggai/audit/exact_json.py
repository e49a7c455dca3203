"""A dumpdata format that keeps microseconds.

Django's JSON encoder cuts datetimes to milliseconds; the audit hash covers `created_at` to the
microsecond, so a backup made with plain `json` would restore a chain that no longer verifies.
Loading needs nothing special: the standard JSON deserializer reads microseconds back.
"""
from __future__ import annotations

import datetime as dt

from django.core.serializers.json import Deserializer, DjangoJSONEncoder  # noqa: F401 - re-exported
from django.core.serializers.json import Serializer as JSONSerializer


class ExactEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, (dt.datetime, dt.time)):
            return o.isoformat()
        return super().default(o)


class Serializer(JSONSerializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = ExactEncoder
