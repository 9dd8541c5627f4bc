"""Showing data as text, never as markup: escaping for Streamlit markdown, and the figure in its quote."""
from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")
_AUTOLINK = re.compile(r"(?i)(?<=http)(?=s?:)|(?<=www)(?=\.)|(?<=@)")
"""Where GFM's autolink literals start ('http://', 'https://', 'www.', 'a@b.org'). They are found in
the text after escapes are resolved, so a backslash cannot stop them; an invisible word joiner can."""
WORD_JOINER = "\u2060"


def md_escape(text: object) -> str:
    """Text that Streamlit's markdown shows literally: no links (written or bare addresses), HTML,
    emphasis or LaTeX from data. The one escaping rule for data or a URL reaching markdown."""
    text = _AUTOLINK.sub(WORD_JOINER, str(text or ""))
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def highlight(quote: str, figure: str) -> str:
    """The quote as escaped markdown with the figure in bold; the plain quote if the figure is not in it."""
    quote, figure = str(quote or ""), str(figure or "").strip()
    at = quote.lower().find(figure.lower()) if figure else -1
    if at < 0:
        return md_escape(quote)
    end = at + len(figure)
    return f"{md_escape(quote[:at])}**{md_escape(quote[at:end])}**{md_escape(quote[end:])}"


def is_web_link(url: str) -> bool:
    """Only http(s) addresses become links."""
    return bool(re.match(r"https?://[^\s/]+", str(url or ""), re.I))
