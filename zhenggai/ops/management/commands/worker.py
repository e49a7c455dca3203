"""`zhenggai worker`: the job worker (a django-q2 cluster) with a heartbeat.

Large imports and PDF bulletins run here. `zhenggai serve` and `zhenggai demo` start one beside the web
server; in production it runs as its own process (a systemd unit, see the README). SIGTERM or Ctrl+C stops
it after the running jobs; it exits 1 when the cluster dies on its own, so a supervisor restarts it.
"""
from __future__ import annotations

import signal
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections, connections

from zhenggai.ops import heartbeat


class Command(BaseCommand):
    help = "运行后台任务进程（大文件导入、PDF 生成） / Run the job worker (django-q2 cluster with a heartbeat)"

    def add_arguments(self, parser) -> None:
        parser.add_argument("--workers", type=int, default=None,
                            help="并行任务数（默认 ZHENGGAI_Q_WORKERS） / parallel jobs (default ZHENGGAI_Q_WORKERS)")

    def handle(self, *args, workers: int | None, **options) -> None:
        from django_q.cluster import Cluster
        from django_q.conf import Conf

        settings.SECRET_KEY  # noqa: B018 — the cluster signs its tasks: fail here, clearly, without a key
        if workers:
            Conf.WORKERS = workers
        stop = threading.Event()
        connections.close_all()  # the cluster forks: no connection may be shared with its processes
        cluster = Cluster()
        cluster.start()
        name = f"{cluster.host}:{cluster.pid}"
        # Cluster() installed handlers that stop it inside the signal; stop it from this loop instead.
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(signum, lambda *_: stop.set())
        heartbeat.worker_register(host=cluster.host, pid=cluster.pid, workers=Conf.WORKERS)
        self.stdout.write(f"后台任务进程已启动（{Conf.WORKERS} 个并行任务，队列：{heartbeat.queue_status().broker}）。"
                          f" / Job worker {name} started.")
        every = heartbeat.interval_seconds()
        sent_at = 0.0
        died = False
        try:
            while not stop.is_set():
                if not cluster.sentinel.is_alive():
                    died = True
                    break
                close_old_connections()
                try:
                    heartbeat.worker_seen(name)
                    row = heartbeat.alive_workers().filter(name=name).values("beat_at").first()
                    beat_at = row["beat_at"].timestamp() if row and row["beat_at"] else 0.0
                    # One heartbeat task in the queue at a time: a busy queue must not fill up with them.
                    if beat_at >= sent_at or time.time() - sent_at > 60:
                        sent_at = time.time()
                        heartbeat.queue_beat(name)
                except Exception as exc:  # the database may be away for a moment: keep the cluster running
                    self.stderr.write(f"心跳写入失败 / heartbeat failed: {type(exc).__name__}: {exc}")
                    connections.close_all()
                stop.wait(every)
        finally:
            if cluster.sentinel.is_alive():
                self.stdout.write("正在停止后台任务进程（等待正在运行的任务结束）…… / Stopping the job worker…")
                cluster.stop()
            try:
                close_old_connections()
                heartbeat.worker_stopped(name)
            except Exception:
                pass
        if died:
            raise CommandError("后台任务进程意外退出。 / The job cluster died.", returncode=1)
        self.stdout.write("后台任务进程已停止。 / Job worker stopped.")
