"""claims tracker: quantitative claims from reports, read as intervals with units and citations."""
from claims.ranges import Range, RangeParseError, format_range, parse_range

__all__ = ["Range", "RangeParseError", "format_range", "parse_range", "Problem", "load_claims", "validate"]


def __getattr__(name: str):
    """Import the store (and pandas) only when asked for, so parsing stays light."""
    if name in ("Problem", "load_claims", "validate"):
        from claims import store
        return getattr(store, name)
    raise AttributeError(f"module 'claims' has no attribute {name!r}")
