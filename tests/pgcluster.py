"""A throwaway PostgreSQL server for the tests: started once per test session, removed after.

PostgreSQL refuses to run as root, and CI runs as root: there Debian's `pg_createcluster` creates
a cluster owned by the `postgres` user (its server runs as that user) on a free port; as any other
user `initdb` and `pg_ctl` run directly in a temporary folder. Authentication is `trust` on
127.0.0.1 only. `python scripts/install_test_tools.py` installs Debian's `postgresql`; without it
the database tests skip locally and fail under CI (CI=true).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

NAME_PREFIX = "claims-test-"


@dataclass
class Cluster:
    url: str  # postgresql://postgres@127.0.0.1:PORT/postgres
    port: int
    stop: callable


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _version() -> str | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return found[-1].split("/")[4] if found else None


def available() -> str:
    """'' when a server can be started here, else why not."""
    if _version() is None:
        return "PostgreSQL is not installed (python scripts/install_test_tools.py installs Debian's postgresql)"
    if os.geteuid() == 0 and not shutil.which("pg_createcluster"):
        return "running as root needs Debian's pg_createcluster (package postgresql-common)"
    return ""


def _wait(port: int, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"PostgreSQL did not start on port {port}")


def _remove_stale(version: str) -> None:
    """Clusters left by a killed test run (their pid in the name is gone)."""
    for folder in glob.glob(f"/etc/postgresql/{version}/{NAME_PREFIX}*"):
        pid = folder.rsplit("-", 1)[-1]
        if pid.isdigit() and not Path(f"/proc/{pid}").exists():
            subprocess.run(["pg_dropcluster", version, Path(folder).name, "--stop"], capture_output=True)


def start() -> Cluster:
    """Start a server on a free port; `Cluster.stop()` removes it and its data."""
    version = _version()
    port = _free_port()
    if os.geteuid() == 0:
        _remove_stale(version)
        name = f"{NAME_PREFIX}{os.getpid()}"
        subprocess.run(["pg_createcluster", version, name, "--port", str(port), "--start", "--",
                        "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"],
                       check=True, capture_output=True)

        def stop() -> None:
            subprocess.run(["pg_dropcluster", version, name, "--stop"], capture_output=True)
    else:
        bin_dir = f"/usr/lib/postgresql/{version}/bin"
        data = tempfile.mkdtemp(prefix=NAME_PREFIX)
        subprocess.run([f"{bin_dir}/initdb", "-D", data, "--auth=trust", "--encoding=UTF8", "-U", "postgres"],
                       check=True, capture_output=True)
        subprocess.run([f"{bin_dir}/pg_ctl", "-D", data, "-l", f"{data}/log", "-w", "-o",
                        f"-p {port} -k {data} -c listen_addresses=127.0.0.1", "start"],
                       check=True, capture_output=True)

        def stop() -> None:
            subprocess.run([f"{bin_dir}/pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
            shutil.rmtree(data, ignore_errors=True)
    _wait(port)
    return Cluster(f"postgresql://postgres@127.0.0.1:{port}/postgres", port, stop)
