"""Install Debian's chromium for the end-to-end browser test, if it is not there yet.

The test suite's browser test drives /usr/bin/chromium with Playwright; no browser is ever
downloaded from anywhere but the system package manager. Where apt is not available this says
so and exits 0: the browser test then skips locally, and fails under CI (CI=true).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

CHROMIUM = "/usr/bin/chromium"


def main() -> int:
    if os.path.exists(CHROMIUM):
        return 0
    if not shutil.which("apt-get"):
        print("install_browser: no apt-get here; install chromium yourself to run the browser test")
        return 0
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if sudo is None:
        print("install_browser: need root (or sudo) to install chromium; the browser test will skip")
        return 0
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        result = subprocess.run(sudo + cmd, env=env)
        if result.returncode:
            print(f"install_browser: {' '.join(cmd)} failed ({result.returncode})")
            return result.returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())
