"""Labelled texts for the quality evaluation (see README.md).

SHARED is the shared directory holding the seed corpus: `../shared` beside the checkout (the main checkout at
/work/main finds /work/shared), or ZHENGGAI_SHARED for a worktree further down (/work/wt/<name>).
"""
from __future__ import annotations

import os
from pathlib import Path

SHARED = Path(os.environ.get("ZHENGGAI_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
