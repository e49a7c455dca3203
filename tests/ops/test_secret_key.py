"""No production start on a known key: without ZHENGGAI_SECRET_KEY one is made at random, once, mode 0600."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def settings_key(var_dir: Path, **env) -> subprocess.CompletedProcess:
    environ = {**os.environ, "ZHENGGAI_VAR_DIR": str(var_dir), "ZHENGGAI_DEBUG": "0", **env}
    environ.pop("ZHENGGAI_SECRET_KEY", None) if "ZHENGGAI_SECRET_KEY" not in env else None
    return subprocess.run([sys.executable, "-c", "import zhenggai.settings as s; print(s.SECRET_KEY)"],
                          cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60)


def test_without_a_key_setting_a_random_key_is_made_once_and_reused(tmp_path):
    first = settings_key(tmp_path)
    assert first.returncode == 0, first.stderr
    key_file = tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert first.stdout.strip() == key_file.read_text().strip() and len(first.stdout.strip()) >= 50
    assert "dev-insecure" not in first.stdout
    assert settings_key(tmp_path).stdout == first.stdout  # every process and restart agrees
    assert settings_key(tmp_path / "other").stdout != first.stdout  # another install, another key


def test_a_key_in_the_environment_is_used_and_no_file_is_made(tmp_path):
    result = settings_key(tmp_path, ZHENGGAI_SECRET_KEY="k" * 60)
    assert result.stdout.strip() == "k" * 60
    assert not (tmp_path / "secret_key").exists()


def test_a_key_file_others_can_read_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "secret_key").write_text("x" * 60)
    os.chmod(tmp_path / "secret_key", 0o644)
    result = settings_key(tmp_path)
    assert result.returncode != 0
    assert "chmod 600" in result.stderr


def test_an_unwritable_var_directory_says_to_set_the_key(tmp_path):
    if os.geteuid() == 0:
        target = Path("/proc/zhenggai-no-such-dir")  # not even root can create it
    else:
        tmp_path.chmod(0o500)
        target = tmp_path / "var"
    result = settings_key(target)
    assert result.returncode != 0 and "ZHENGGAI_SECRET_KEY" in result.stderr


def test_the_demo_runs_with_no_key_setting(tmp_path):
    environ = {**os.environ, "ZHENGGAI_VAR_DIR": str(tmp_path)}
    environ.pop("ZHENGGAI_SECRET_KEY", None)
    environ.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "zhenggai.cli", "demo", "--no-serve"], cwd=ROOT, env=environ,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "office" in result.stdout and (tmp_path / "secret_key").exists()


@pytest.mark.parametrize("mode", [0o600])
def test_the_key_file_is_never_wider_than_its_owner(tmp_path, mode):
    settings_key(tmp_path)
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == mode
