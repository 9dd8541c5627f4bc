"""One thing wrong in a data file, located as a spreadsheet shows it: what every reader and rule reports."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

_PLAIN_COLUMN = re.compile(r'[^\s:"\\]+')
"""A column name shown as is in PATH:ROW:COLUMN; any other (an unknown header 'a: b') is shown quoted."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a data file, located as a spreadsheet shows it.

    file: the file's path as given. row: spreadsheet row (header = 1, first claim = 2).
    column: the canonical column name (or the header as written, for an unknown column); "-" when
        no column applies. value: the offending cell text ("" when none).
    message: what is wrong, quoting the value. fix: what to do about it, where obvious ("" if not).
    """

    file: str
    row: int
    column: str
    value: str
    message: str
    fix: str = ""

    def format(self) -> str:
        """`PATH:ROW:COLUMN: message; fix` — one line, as compilers and linters print."""
        text = f"{self.message}; {self.fix}" if self.fix else self.message
        column = self.column if _PLAIN_COLUMN.fullmatch(self.column) else json.dumps(self.column, ensure_ascii=False)
        return f"{self.file}:{self.row}:{column}: " + " ".join(text.split())

    def __str__(self) -> str:
        return self.format()
