"""Real dashboard servers for the tests: `python -m streamlit run app.py` on a free port."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def streamlit_server(data: str | Path, log: Path, *, base: str = "", **env_extra: str) -> Iterator[str]:
    """A running server on the table `data` (a file or a database URL), under the path `base` when
    given (Streamlit's server.baseUrlPath); yields its URL (with that path) and stops it after,
    failing the test if it logged a traceback."""
    port = free_port()
    env = dict(os.environ, CLAIMS_DATA=str(data), STREAMLIT_SERVER_BASE_URL_PATH=base, **env_extra)
    if "CLAIMS_EDITING" not in env_extra:
        env.pop("CLAIMS_EDITING", None)
    with open(log, "w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
             "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
             "--server.fileWatcherType", "none"], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}" + (f"/{base.strip('/')}" if base.strip("/") else "")
    deadline = time.monotonic() + 60
    while True:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"streamlit did not start:\n{log.read_text()}")
        time.sleep(0.3)
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert "Traceback" not in log.read_text(), log.read_text()


CHROMIUM = "/usr/bin/chromium"
"""Debian's chromium, installed by scripts/install_test_tools.py; no browser is downloaded."""


def require_chromium():
    """Playwright's `sync_playwright` for a browser test module: the module skips without Debian's
    chromium locally, and fails under CI (CI=true), where the test command installs it."""
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: the test command installs it (scripts/install_test_tools.py)",
                        pytrace=False)
        pytest.skip(f"{CHROMIUM} is not installed (python scripts/install_test_tools.py)", allow_module_level=True)
    return pytest.importorskip("playwright.sync_api").sync_playwright
