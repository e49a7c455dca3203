"""Whitenoise, quiet about a STATIC_ROOT that `collectstatic` has not made yet (tests, a fresh checkout):
then the files come from the apps (WHITENOISE_USE_FINDERS) and the missing folder is no news."""
from __future__ import annotations

from pathlib import Path

from whitenoise.middleware import WhiteNoiseMiddleware


class StaticFilesMiddleware(WhiteNoiseMiddleware):
    def add_files(self, root, prefix=None):
        if Path(root).is_dir():
            super().add_files(root, prefix)
