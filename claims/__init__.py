"""claims tracker: quantitative claims from reports, read as intervals with units and citations."""
from claims.ranges import Range, RangeParseError, format_range, parse_range
from claims.store import Problem, load_claims, validate

__all__ = ["Range", "RangeParseError", "format_range", "parse_range", "Problem", "load_claims", "validate"]
