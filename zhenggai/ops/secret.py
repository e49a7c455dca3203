"""The secret key kept in a file: made once, at random, readable by its owner only (no Django import here:
settings.py calls it)."""
from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured


def secret_key_from_file(path: Path) -> str:
    """Read the key at `path`; make it first if it is missing (two processes starting at once agree on one)."""
    path = Path(path)
    if not path.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(secrets.token_urlsafe(50))
            try:
                os.link(tmp, path)  # fails if another process got there first: then its key is the key
            except FileExistsError:
                pass
            finally:
                tmp.unlink(missing_ok=True)
        except OSError as exc:
            raise ImproperlyConfigured(
                f"无法在 {path} 生成密钥（{exc.strerror}）：请设置 ZHENGGAI_SECRET_KEY，或让 ZHENGGAI_VAR_DIR 可写。 / "
                f"Cannot create the secret key file {path}: set ZHENGGAI_SECRET_KEY or make the var directory writable."
            ) from exc
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ImproperlyConfigured(
            f"密钥文件 {path} 的权限是 {mode:o}，其他用户可读：请执行 chmod 600 {path}（若已泄露请删除后重启以生成新密钥）。 / "
            f"The secret key file {path} is readable by others (mode {mode:o}): chmod 600 it.")
    key = path.read_text().strip()
    if len(key) < 32:
        raise ImproperlyConfigured(f"密钥文件 {path} 内容过短，请删除后重启以重新生成。 / {path} holds no usable key.")
    return key
