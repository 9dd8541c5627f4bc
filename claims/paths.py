"""Where the bundled data lives, and the one setting that picks the claims file."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
DEFAULT_CLAIMS = DATA_DIR / "claims.csv"
METRICS = DATA_DIR / "metrics.csv"
VAGUE_TERMS = DATA_DIR / "vague_terms.csv"
FX_RATES = DATA_DIR / "fx_usd.csv"
CPI = DATA_DIR / "cpi_us.csv"
CURRENCIES = DATA_DIR / "currencies.csv"
COUNT_NOUNS = DATA_DIR / "count_nouns.csv"
PLACES = DATA_DIR / "places.csv"
READING_TABLES = (VAGUE_TERMS, CURRENCIES, COUNT_NOUNS, PLACES)
"""The tables that shape how a figure is read: a loaded table depends on them as on the code."""
CONVERSION_TABLES = (FX_RATES, CPI)
"""The tables that convert a reading into another currency or year's money."""
ENV_VAR = "CLAIMS_DATA"


def claims_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The claims file to use: an explicit path, else $CLAIMS_DATA, else the bundled table."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_VAR, "").strip()
    return Path(env) if env else DEFAULT_CLAIMS


def metrics_beside(claims_file: Path) -> Path:
    """Where a claims file's own metrics.csv is (or would be written)."""
    return Path(claims_file).with_name("metrics.csv")


def metrics_path_for(claims_file: Path) -> Path:
    """metrics.csv beside the claims file when there is one, else the bundled one."""
    beside = metrics_beside(claims_file)
    return beside if beside.is_file() else METRICS


CACHE_ENV = "CLAIMS_CACHE_DIR"


def cache_dir() -> Path | None:
    """Where loaded tables are cached between processes: $CLAIMS_CACHE_DIR ("off" disables),
    else $XDG_CACHE_HOME/claims-tracker, else ~/.cache/claims-tracker."""
    chosen = os.environ.get(CACHE_ENV, "").strip()
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "claims-tracker"


def release_digest(tables: Iterable[Path], *extra: str) -> str:
    """Changes whenever the code or one of `tables` changes: the key of results they shape (a cached
    load, the API's answers), so that a new release or an edited table is never served stale."""
    h = hashlib.sha256("\0".join(extra).encode())
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")) + list(tables):
        try:
            h.update(source.name.encode() + b"\0" + source.read_bytes() + b"\0")
        except OSError:
            h.update(source.name.encode() + b"\0<missing>\0")
    return h.hexdigest()
