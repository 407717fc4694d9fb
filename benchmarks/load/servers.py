"""A throwaway PostgreSQL 15 (and PgBouncer in front of it) on 127.0.0.1, for the load test.

Each lives in its own temporary folder and is stopped and removed on leaving
the ``with`` block, also after an error or Ctrl+C. Run as root, the server
binaries run as the ``postgres`` user (they refuse root). Trust
authentication, on 127.0.0.1 only: nothing outside this machine can reach them.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PGBOUNCER = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
HOST = "127.0.0.1"
USER = "imh"


def postgres_available() -> bool:
    return (PG_BIN / "initdb").is_file() and (PG_BIN / "pg_ctl").is_file()


def pgbouncer_available() -> bool:
    return Path(PGBOUNCER).is_file()


def _as_server_user(cmd: list[str]) -> list[str]:
    """``cmd`` run as ``postgres`` when we are root (the servers refuse to run as root)."""
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _folder(prefix: str) -> Path:
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    return folder


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((HOST, port)) != 0


def _wait_for_port(port: int, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while port_free(port):
        if time.monotonic() > deadline:
            raise RuntimeError(f"nothing answered on {HOST}:{port} after {seconds:.0f} s")
        time.sleep(0.1)


@contextlib.contextmanager
def throwaway_postgres(
    port: int, settings: dict[str, str] | None = None, *,
    data_from: Path | None = None, keep_to: Path | None = None, log_to: Path | None = None,
) -> Iterator[str]:  # fmt: skip
    """Start PostgreSQL 15 on ``HOST:port``; yields the URL of its ``postgres`` database.

    ``settings`` are server settings (``-c name=value``) on top of the defaults.
    ``data_from``: start on a copy of that data folder (one kept before) instead
    of a new one. ``keep_to``: after a clean stop, keep the data folder there.
    ``log_to``: after the stop, copy the server's log there.
    """
    if not port_free(port):
        raise RuntimeError(f"port {port} is taken: another server runs there; pick another port")
    folder = _folder("imh-pg-")
    data, log = folder / "data", folder / "log"
    try:
        if data_from is not None:
            subprocess.run(["cp", "-a", str(data_from), str(data)], check=True)
            # Written to disk before the server starts: otherwise the kernel flushes the
            # copy (1.2 GB for the load test) some 30 s later (vm.dirty_expire_centisecs),
            # in the middle of the measurement, and every commit waits behind it.
            os.sync()
        else:
            subprocess.run(
                _as_server_user([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust",
                                 "-U", USER]),
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )  # fmt: skip
        options = {"listen_addresses": HOST, "port": str(port),
                   "unix_socket_directories": str(folder), **(settings or {})}  # fmt: skip
        flags = " ".join(f"-c {k}={v}" for k, v in options.items())
        subprocess.run(
            _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(log), "-w",
                             "-t", "60", "-o", flags, "start"]),
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            yield f"postgresql+psycopg://{USER}@{HOST}:{port}/postgres"
        except BaseException:
            keep_to = None  # a half-built data folder is not kept
            raise
        finally:
            stopped = subprocess.run(
                _as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w",
                                 "stop"]),
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
            )  # fmt: skip
            if keep_to is not None and stopped.returncode == 0:
                keep_to.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(data), str(keep_to))
            if log_to is not None and log.is_file():
                shutil.copyfile(log, log_to)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bouncer_ini(folder: Path, pg_port: int, port: int, pool_size: int) -> str:
    return f"""[databases]
* = host={HOST} port={pg_port}

[pgbouncer]
listen_addr = {HOST}
listen_port = {port}
unix_socket_dir = {folder}
auth_type = trust
auth_file = {folder}/users.txt
pool_mode = transaction
max_client_conn = 1000
default_pool_size = {pool_size}
reserve_pool_size = 5
server_reset_query =
ignore_startup_parameters = extra_float_digits
logfile = {folder}/pgbouncer.log
pidfile = {folder}/pgbouncer.pid
"""


@contextlib.contextmanager
def throwaway_pgbouncer(pg_port: int, port: int, pool_size: int = 20) -> Iterator[int]:
    """PgBouncer in transaction mode on ``HOST:port`` in front of the server on ``pg_port``."""
    if not port_free(port):
        raise RuntimeError(f"port {port} is taken: another server runs there; pick another port")
    folder = _folder("imh-pgbouncer-")
    try:
        (folder / "users.txt").write_text(f'"{USER}" ""\n')
        ini = folder / "pgbouncer.ini"
        ini.write_text(_bouncer_ini(folder, pg_port, port, pool_size))
        if os.geteuid() == 0:
            for path in (ini, folder / "users.txt"):
                shutil.chown(path, "postgres")
        process = subprocess.Popen(
            _as_server_user([PGBOUNCER, "-q", str(ini)]),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip
        try:
            _wait_for_port(port, 15)
            yield port
        finally:
            process.terminate()  # runuser passes SIGTERM on to PgBouncer
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
