"""The web processes freeze Django's start-up heap and collect the youngest generation less often."""
from __future__ import annotations

import gc

import pytest
from django.test import override_settings

from zhenggai.ops import gc_tuning


@pytest.mark.parametrize("raw,expected", [("10000,20,20", (10000, 20, 20)), (" 5000, 5 ,5", (5000, 5, 5)),
                                          ("", (700, 10, 10)), ("a,b,c", (700, 10, 10)), ("100,10", (700, 10, 10)),
                                          ("0,10,10", (700, 10, 10))])
def test_the_threshold_setting_is_read_and_a_bad_value_falls_back_to_cpythons_default(raw, expected):
    with override_settings(ZHENGGAI_GC_THRESHOLD=raw):
        assert gc_tuning.threshold() == expected


def test_freezing_moves_the_live_heap_out_of_the_collectors_reach_and_sets_the_thresholds():
    before = gc.get_threshold()
    try:
        with override_settings(ZHENGGAI_GC_THRESHOLD="12345,11,12"):
            frozen = gc_tuning.freeze_startup_heap()
        assert frozen > 1000 and gc.get_freeze_count() > 1000  # a Django process holds far more than that
        assert gc.get_threshold() == (12345, 11, 12)
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)
