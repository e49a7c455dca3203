#!/usr/bin/env bash
# Create .venv and install zhenggai into it. Usage: scripts/bootstrap.sh [dev]
# On a fresh Debian machine run as root it installs the apt packages it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"; else return 1; fi
}

apt_install() {
  # Only what is missing; quietly skipped when we cannot be root (a normal user with the packages already there).
  local missing=()
  for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null 2>&1 || { echo "note: not a Debian system; please install: ${missing[*]}"; return 0; }
  echo "installing apt packages: ${missing[*]}"
  if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; then
    as_root apt-get update -q >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null \
      || echo "note: could not install ${missing[*]} (run 'make test' once as root, or install them yourself)"
  fi
}

PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for candidate in python3.11 python3.12 python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1; then PY="$candidate"; break; fi
  done
fi
[ -n "$PY" ] || { apt_install python3 python3-venv; PY=python3; }

if [ ! -x .venv/bin/python ]; then
  if ! "$PY" -m venv .venv 2>/dev/null; then
    rm -rf .venv
    ver=$("$PY" -c 'import sys; print(f"{sys.version_info.major}.{sys.version_info.minor}")')
    apt_install "python${ver}-venv" python3-venv
    "$PY" -m venv .venv
  fi
fi

stamp=".venv/.installed${extra:+-$extra}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  if [ "$extra" = dev ]; then
    .venv/bin/python -m pip install -q -e ".[dev]"
  else
    .venv/bin/python -m pip install -q -e .
  fi
  touch "$stamp"
fi

# The PDF bulletin: LibreOffice's writer without its GUI (Debian 12: libreoffice-writer-nogui) and CJK fonts.
apt_install libreoffice-writer-nogui fonts-noto-cjk

if [ "$extra" = dev ]; then
  # Browser tests drive Debian's chromium with CJK fonts; documents render through LibreOffice.
  apt_install chromium fonts-noto-cjk poppler-utils
  # `make bench`'s req/s figures: wrk against the production server.
  apt_install wrk
fi
