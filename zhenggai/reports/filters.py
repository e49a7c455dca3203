"""The Excel lists are filtered by the ledger's one filter, `zhenggai.ledger.filters` (see its docstring for
what each parameter means); these names stay importable from here for the exporters and export services."""
from __future__ import annotations

from zhenggai.ledger.filters import FilterError, LedgerFilter, filter_measures, filter_problems

__all__ = ["FilterError", "LedgerFilter", "filter_measures", "filter_problems"]
