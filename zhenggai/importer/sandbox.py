"""Every parse runs in a child process with an address-space and a wall-clock limit.

The guards (``guards``) refuse the known bombs quickly; this makes the bound certain for everything
else. The child is a fresh interpreter (``python -I -c …``, not a fork of a web or worker process
holding database connections and threads) that imports only the parser, which does not need Django:
it starts in about a tenth of a second. It sets ``RLIMIT_AS`` on itself before reading a byte, and
the parent kills it when the wall-clock limit passes. The answer travels back as JSON in a file, its
problems one JSON line each in another file, written and freed one at a time: a 200,000-row ledger
is never held twice over in the child, nor decoded all at once by a caller that streams them
(``problems_file``).

A child that runs out of memory, is killed, or crashes is reported with a message in Chinese
(``ParseLimitError``, an ``ExtractError``), never a traceback.

Old Word/WPS files (.doc/.wps) are converted to .docx with LibreOffice first, when it is installed,
in its own process group under the same wall-clock limit.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from .extract import ExtractError
from .guards import Budget

ROOT = str(Path(__file__).resolve().parents[2])  # the directory holding the zhenggai package

TIMEOUT_MESSAGE = "文件过于复杂，无法在限定时间内读取（超过{seconds}秒）。请删去其中的图片、批注或无关内容，或拆分后再导入"
MEMORY_MESSAGE = "文件过于复杂，读取时所需内存超过限制（{mb}MB）。请删去其中的图片、批注或无关内容，或拆分后再导入"
CRASH_MESSAGE = "读取文件时解析程序意外退出，文件可能已损坏。请另存为新文件后再导入"


class ParseLimitError(ExtractError):
    """The parse passed the time or memory limit (or its process died)."""


def _env_int(environ: dict[str, str], name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ValueError(f"{name} must be an integer, got {raw!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {raw!r}")
    return value


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 512
    seconds: int = 60
    budget: Budget = field(default_factory=Budget)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """The limits from ZHENGGAI_PARSE_* / ZHENGGAI_IMPORT_* variables (see README, "Limits")."""
        env = dict(os.environ if environ is None else environ)
        b = Budget()
        budget = replace(
            b,
            max_rows=_env_int(env, "ZHENGGAI_IMPORT_MAX_ROWS", b.max_rows),
            xlsx_max_cells=_env_int(env, "ZHENGGAI_IMPORT_MAX_CELLS", b.xlsx_max_cells),
            text_max_chars=_env_int(env, "ZHENGGAI_IMPORT_MAX_CHARS", b.text_max_chars),
            zip_max_uncompressed=_env_int(env, "ZHENGGAI_IMPORT_MAX_UNZIPPED_MB", b.zip_max_uncompressed // 2**20) * 2**20,
        )
        return cls(memory_mb=_env_int(env, "ZHENGGAI_PARSE_MEMORY_MB", cls.memory_mb),
                   seconds=_env_int(env, "ZHENGGAI_PARSE_TIMEOUT_SECONDS", cls.seconds), budget=budget)


@dataclass
class Outcome:
    result: dict[str, Any]
    summary_file: Path | None  # `zhenggai parse`: the summary, written by the child (``summary_file=``)
    seconds: float
    child_peak_mb: float  # the child's peak resident memory
    child_cpu_seconds: float = 0.0
    explain: str | None = None  # `zhenggai parse --explain`: the candidate readings with their scores


_BOOT = "import sys; sys.path.insert(0, sys.argv[1]); from zhenggai.importer.sandbox import _child; _child(sys.argv[2])"


def parse_in_sandbox(path: Path, name: str | None = None, *, limits: Limits | None = None,
                     summary_file: Path | None = None, explain: bool = False, problems_file: Path | None = None,
                     reader: str = "document") -> Outcome:
    """Parse the file at ``path`` (its type read from the content, ``name`` as the hint) in a child
    process under ``limits``. Raises ``ExtractError`` (a refusal) or ``ParseLimitError``.

    With ``problems_file`` the problems are left there, one JSON object a line, and the result has only
    their number (``problem_count``); without, they are in ``result["problems"]``. With ``summary_file`` the
    child writes there the readable summary of ``zhenggai parse``, a problem at a time.
    ``reader`` "petitions" reads a 交办清单 (``zhenggai.petitions.reader``) instead of a document."""
    limits = limits or Limits()
    path = Path(path).absolute()
    name = name or path.name
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="zg-parse-") as tmp:
        tmp_dir = Path(tmp)
        path, name = _convert_if_old_word(path, name, tmp_dir, limits)
        out = tmp_dir / "result.json"
        problems_out = Path(problems_file).absolute() if problems_file else tmp_dir / "problems.jsonl"
        spec = {"path": str(path), "name": name, "out": str(out), "problems": str(problems_out),
                "memory_mb": limits.memory_mb,
                "seconds": limits.seconds, "budget": asdict(limits.budget),
                "summary": summary_file is not None, "summary_file": str(summary_file or ""),
                "explain": explain, "reader": reader}
        remaining = max(1.0, limits.seconds - (time.monotonic() - started))
        with open(tmp_dir / "stderr.txt", "wb") as err:
            proc = subprocess.Popen([sys.executable, "-I", "-c", _BOOT, ROOT, json.dumps(spec)],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err, cwd=tmp)
            status, peak_mb, cpu = _wait(proc, remaining)
        if status is None:
            error = ParseLimitError(TIMEOUT_MESSAGE.format(seconds=limits.seconds), "timeout")
            error.child_peak_mb, error.child_cpu_seconds = peak_mb, cpu
            raise error
        payload = _read_payload(out)
        if payload is None:
            stderr = (tmp_dir / "stderr.txt").read_bytes()[-4000:].decode("utf-8", "replace")
            if status == -signal.SIGXCPU:
                raise ParseLimitError(TIMEOUT_MESSAGE.format(seconds=limits.seconds), "timeout")
            if status < 0 or status == 3 or "MemoryError" in stderr or "bad_alloc" in stderr:
                raise ParseLimitError(MEMORY_MESSAGE.format(mb=limits.memory_mb), "memory")
            raise ParseLimitError(CRASH_MESSAGE, "crashed")
        if "error" not in payload and problems_file is None and reader == "document":
            payload["result"] = _with_problems(payload["result"], list(read_problems(problems_out)))
    peak_mb = payload.get("peak_mb") or peak_mb
    if "error" in payload:
        error = (ParseLimitError if payload.get("code") in ("memory", "timeout") else ExtractError)(
            payload["error"], payload.get("code", "extract_failed"))
        error.child_peak_mb, error.child_cpu_seconds = peak_mb, cpu  # for scripts/hostile_files.py
        raise error
    return Outcome(result=payload["result"], summary_file=summary_file, seconds=time.monotonic() - started,
                   child_peak_mb=peak_mb, child_cpu_seconds=cpu, explain=payload.get("explain"))


def _with_problems(head: dict[str, Any], problems: list[dict]) -> dict[str, Any]:
    """The result as ``ParseResult.to_dict()`` gives it: problems in their place, before the anomalies."""
    out: dict[str, Any] = {}
    for key, value in head.items():
        if key == "anomalies":
            out["problems"] = problems
        if key != "problem_count":
            out[key] = value
    return out


def read_problems(path: Path):
    """The problems a child wrote, one at a time."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _read_payload(out: Path) -> dict[str, Any] | None:
    try:
        with open(out, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return None


def _wait(proc: subprocess.Popen, seconds: float) -> tuple[int | None, float, float]:
    """(exit code, the child's own peak RSS in MB, its CPU seconds); exit code None when it was killed
    at the deadline.

    ``os.wait4`` gives this child's resource usage (``RUSAGE_CHILDREN`` would be the worst of all
    children this process ever had)."""
    deadline = time.monotonic() + seconds
    pause = 0.002
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid == proc.pid:
            proc.returncode = os.waitstatus_to_exitcode(status)
            return proc.returncode, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        if time.monotonic() >= deadline:
            # Its own peak, read before it goes: ru_maxrss would count the pages it shared with this
            # process between fork and exec.
            own = _peak_mb_of(proc.pid)
            proc.kill()
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            return None, own if own is not None else usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        time.sleep(pause)
        pause = min(pause * 1.5, 0.05)


def _own_peak_mb() -> float | None:
    """This process's peak RSS since exec (VmHWM): ru_maxrss would include the parent's at fork time."""
    return _peak_mb_of("self")


def _peak_mb_of(pid: int | str) -> float | None:
    try:
        for line in open(f"/proc/{pid}/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return None


# --- the child ---------------------------------------------------------------------------------------------

def _child(spec_json: str) -> None:
    """Entry point of the child process: limit itself, parse, write the answer, exit."""
    import resource

    spec = json.loads(spec_json)
    limit = spec["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    cpu = spec["seconds"] + 5  # a backstop should the parent be gone; the parent's clock is the real limit
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
    payload: dict[str, Any]
    try:
        from . import guards
        from .extract import extract_bytes, read_file
        from .ledger_reader import LedgerResult
        from .parse import _parse_extracted

        guards.configure(Budget(**spec["budget"]))
        if spec.get("reader") == "petitions":
            from zhenggai.petitions.reader import ReadError, read_petition_bytes

            try:
                sheet = read_petition_bytes(read_file(Path(spec["path"])), spec["name"])
            except ReadError as exc:
                raise ExtractError(exc.message_zh, exc.code) from None
            payload = {"result": sheet.to_dict(), "peak_mb": _own_peak_mb()}
            with open(spec["out"], "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False)
            sys.stdout.flush()
            os._exit(0)
        # A .xlsx/.csv ledger's problems are made one at a time as they are written (``LedgerResult``).
        result = _parse_extracted(extract_bytes(read_file(Path(spec["path"])), spec["name"], lazy_ledger=True))
        lazy = isinstance(result, LedgerResult) and result.pending and not spec.get("explain")
        if isinstance(result, LedgerResult) and not lazy:
            result.materialise()
        payload = {}
        summary = None
        if spec.get("summary"):
            from .cli import Summary

            # The problems' lines go to a file as the problems stream past; the head (their counts) is put in
            # front at the end: a 200,000-row ledger's summary is never held whole (``summary_file``).
            summary = Summary(open(Path(spec["out"]).with_name("summary-lines.txt"), "w", encoding="utf-8"))
        if spec.get("explain"):
            from .parse.readings import explain

            payload["explain"] = explain(result)
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        count = 0
        with open(spec["problems"], "w", encoding="utf-8") as fh:
            if lazy:
                for problem in result.stream():
                    fh.write(dumps(problem.to_dict()))
                    fh.write("\n")
                    if summary is not None:
                        summary.add(problem)
                    count += 1
            else:
                problems = result.problems
                for i in range(len(problems)):
                    fh.write(dumps(problems[i].to_dict()))
                    fh.write("\n")
                    if summary is not None:
                        summary.add(problems[i])
                    problems[i] = None  # freed as it is written
                count = len(problems)
                del problems
        if summary is not None:
            summary.lines.close()
            _summary_file(Path(spec["summary_file"]), summary, result)
        head = result.to_dict(with_problems=False)  # after the problems: a ledger's kind depends on them
        head["problem_count"] = count
        del result
        payload.update(result=head, peak_mb=_own_peak_mb())
    except ExtractError as exc:
        payload = {"error": exc.message_zh, "code": exc.code, "peak_mb": _own_peak_mb()}
    except MemoryError:
        payload = {"error": MEMORY_MESSAGE.format(mb=spec["memory_mb"]), "code": "memory"}
    except RecursionError:
        payload = {"error": "文件结构嵌套过深，无法读取", "code": "too_deep"}
    except Exception as exc:  # a parser bug: a message for the user, the traceback for the log
        import traceback

        traceback.print_exc()
        payload = {"error": f"解析时发生内部错误（{type(exc).__name__}），请将该文件发给系统管理员", "code": "internal"}
    try:
        with open(spec["out"], "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False)
    except MemoryError:
        os._exit(3)
    sys.stdout.flush()
    os._exit(0)


def _summary_file(path: Path, summary, result) -> None:
    """The summary at ``path``: its head, then the problem lines the child wrote as they streamed, then its tail."""
    import shutil

    with open(path, "w", encoding="utf-8") as out, open(summary.lines.name, encoding="utf-8") as lines:
        out.write(summary.head(result))
        shutil.copyfileobj(lines, out)
        out.write(summary.tail(result))
    Path(summary.lines.name).unlink()


# --- old Word / WPS ------------------------------------------------------------------------------------------

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_LIMIT_AND_EXEC = ("import os, resource, sys; n = int(sys.argv[1]); resource.setrlimit(resource.RLIMIT_AS, (n, n)); "
                   "os.execv(sys.argv[2], sys.argv[2:])")


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert_if_old_word(path: Path, name: str, tmp_dir: Path, limits: Limits) -> tuple[Path, str]:
    """A .doc/.wps file becomes a .docx in ``tmp_dir`` when LibreOffice is installed; otherwise it is
    left as it is and the parser says to save it as .docx."""
    if Path(name).suffix.lower() not in (".doc", ".wps"):
        return path, name
    try:
        with open(path, "rb") as fh:
            if fh.read(8) != OLE_MAGIC:
                return path, name
    except OSError:
        return path, name
    soffice = soffice_path()
    if soffice is None:
        raise ExtractError("这是旧版Word/WPS格式（.doc/.wps），服务器上没有安装LibreOffice，无法转换。"
                           "请另存为 .docx 后再导入", "old_office")
    source = tmp_dir / ("source" + Path(name).suffix.lower())
    shutil.copyfile(path, source)
    profile = tmp_dir / "lo-profile"
    # LibreOffice under the parse's address-space limit: a tiny exec wrapper sets it (no preexec_fn,
    # which is unsafe in a threaded web or worker process).
    limit = str(limits.memory_mb * 1024 * 1024)
    cmd = [sys.executable, "-I", "-c", _LIMIT_AND_EXEC, limit, soffice, f"-env:UserInstallation=file://{profile}",
           "--headless", "--norestore", "--nologo", "--convert-to", "docx", "--outdir", str(tmp_dir), str(source)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, cwd=tmp_dir, env={**os.environ, "HOME": str(tmp_dir)})
    try:
        proc.wait(timeout=limits.seconds)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise ParseLimitError(TIMEOUT_MESSAGE.format(seconds=limits.seconds), "timeout") from None
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    converted = tmp_dir / "source.docx"
    if not converted.exists():
        raise ExtractError("旧版Word/WPS文件转换失败，文件可能已损坏。请在Office或WPS中另存为 .docx 后再导入", "old_office")
    return converted, Path(name).stem + ".docx"
