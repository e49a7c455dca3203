"""Run the web server and the job worker as two child processes of one command.

`zhenggai serve` and `zhenggai demo` call `run_services`: gunicorn and `zhenggai worker` start side by side;
one Ctrl+C (or SIGTERM) stops both; a worker that dies is restarted (a few times, then the command says so
and carries on serving); a web server that dies stops everything. Each child runs in its own process group
(so the command alone decides the order of shutdown) and is told by the kernel to stop if the command
itself is killed (PR_SET_PDEATHSIG), so no orphan keeps the port or the queue.
"""
from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

STOP_GRACE_SECONDS = 10
RESTART_LIMIT = 5  # worker restarts within RESTART_WINDOW before giving up
RESTART_WINDOW = 300


def _die_with_parent() -> None:
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:  # not Linux: the process group still lets the command stop it
        pass


@dataclass
class Child:
    label: str  # shown to the user, e.g. "网页服务 / web server"
    argv: list[str]
    env: dict[str, str]
    restart: bool
    proc: subprocess.Popen | None = None
    restarts: list[float] = field(default_factory=list)
    gave_up: bool = False
    ready: Callable[[], bool] | None = None  # the next child starts once this is true (or after a minute)

    def start(self) -> None:
        self.proc = subprocess.Popen(self.argv, env=self.env, process_group=0, preexec_fn=_die_with_parent)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def signal_group(self, signum: int) -> None:
        if self.proc is None:
            return
        try:
            os.killpg(self.proc.pid, signum)
        except ProcessLookupError:
            pass


def port_open(addr: str) -> Callable[[], bool]:
    host, _, port = addr.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    if host in ("0.0.0.0", "::"):
        host = "127.0.0.1"

    def check() -> bool:
        try:
            with socket.create_connection((host, int(port)), timeout=0.5):
                return True
        except OSError:
            return False

    return check


def python_command(*args: str) -> list[str]:
    return [sys.executable, "-m", *args]


def web_command(addr: str, *, workers: int, threads: int, timeout: int, access_log: str = "") -> list[str]:
    argv = python_command("gunicorn", "zhenggai.ops.wsgi:application", "--preload", "--bind", addr,
                          "--workers", str(workers),
                          "--threads", str(threads), "--timeout", str(timeout),
                          "--graceful-timeout", str(STOP_GRACE_SECONDS), "--worker-tmp-dir", "/dev/shm"
                          if os.path.isdir("/dev/shm") else "/tmp")
    if access_log:
        argv += ["--access-logfile", access_log]
    return argv


def worker_command() -> list[str]:
    return python_command("zhenggai.cli", "worker")


def run_services(children: list[Child], *, say: Callable[[str], None], poll: float = 0.5) -> int:
    """Start the children, watch them, stop them all on a signal. Returns the exit code for the command."""
    stop = threading.Event()
    received: list[int] = []

    def on_signal(signum, _frame) -> None:
        if stop.is_set():  # a second Ctrl+C: no more waiting
            for child in children:
                child.signal_group(signal.SIGKILL)
        received.append(signum)
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    code = 0
    try:
        for child in children:
            child.start()
            # The web server first: a worker starting beside it would slow its start on a small machine.
            if child.ready is not None:
                deadline = time.monotonic() + 60
                while not stop.is_set() and child.alive() and time.monotonic() < deadline and not child.ready():
                    stop.wait(0.1)
        while not stop.is_set():
            for child in children:
                if child.alive() or child.gave_up:
                    continue
                rc = child.proc.returncode if child.proc else None
                if not child.restart:
                    say(f"{child.label} 已退出（退出码 {rc}），正在停止全部服务。 / {child.label} exited ({rc}); stopping.")
                    code = rc or 1
                    stop.set()
                    break
                now = time.monotonic()
                child.restarts = [t for t in child.restarts if now - t < RESTART_WINDOW]
                if len(child.restarts) >= RESTART_LIMIT:
                    child.gave_up = True
                    say(f"{child.label} 在{RESTART_WINDOW // 60}分钟内退出了{RESTART_LIMIT}次，不再重启；"
                        f"大文件导入和 PDF 生成将无法完成，请查看上面的错误信息。 / {child.label} keeps dying; not restarting.")
                    continue
                child.restarts.append(now)
                say(f"{child.label} 意外退出（退出码 {rc}），正在重启…… / {child.label} exited ({rc}); restarting.")
                child.start()
            stop.wait(poll)
    finally:
        stop_all(children, say=say)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return code


def stop_all(children: list[Child], *, say: Callable[[str], None]) -> None:
    running = [c for c in children if c.alive()]
    if running:
        say("正在停止服务…… / Stopping…")
    for child in running:
        # The group leader alone: gunicorn's master and the worker command stop their own processes in order
        # (a SIGTERM to the whole group would kill the job cluster's sentinel before it can stop its workers).
        child.proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS + 2
    for child in running:
        try:
            child.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            say(f"{child.label} 未能及时停止，强制结束。 / {child.label} did not stop in time; killed.")
    # Whatever is left in a child's group (a gunicorn or cluster process that outlived its parent) goes too.
    for child in children:
        child.signal_group(signal.SIGKILL)
        if child.proc is not None:
            try:
                child.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
