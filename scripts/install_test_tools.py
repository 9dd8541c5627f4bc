"""Install what the test suite needs from Debian's packages: chromium (the browser test) and
postgresql (the database tests), if they are not there yet.

No browser or database is ever downloaded from anywhere but the system package manager. The tests
start a throwaway PostgreSQL cluster themselves and remove it after (tests/pgcluster.py). Where apt
is not available this says so and exits 0: those tests then skip locally, and fail under CI (CI=true).
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys

CHROMIUM = "/usr/bin/chromium"


def _missing() -> list[str]:
    packages = []
    if not os.path.exists(CHROMIUM):
        packages.append("chromium")
    if not glob.glob("/usr/lib/postgresql/*/bin/initdb") or not shutil.which("pg_createcluster"):
        packages.append("postgresql")
    return packages


def main() -> int:
    packages = _missing()
    if not packages:
        return 0
    if not shutil.which("apt-get"):
        print(f"install_test_tools: no apt-get here; install {' and '.join(packages)} yourself to run "
              "the browser and database tests")
        return 0
    sudo = [] if os.geteuid() == 0 else (["sudo"] if shutil.which("sudo") else None)
    if sudo is None:
        print(f"install_test_tools: need root (or sudo) to install {' and '.join(packages)}; those tests will skip")
        return 0
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages]):
        result = subprocess.run(sudo + cmd, env=env)
        if result.returncode:
            print(f"install_test_tools: {' '.join(cmd)} failed ({result.returncode})")
            return result.returncode
    if "postgresql" in packages:  # Debian starts a default cluster on install; the tests make their own
        subprocess.run(sudo + ["pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "stop"],
                       capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
