"""Showing data as text, never as markup: escaping for Streamlit markdown, and the figure in its quote."""
from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def md_escape(text: object) -> str:
    """Text that Streamlit's markdown shows literally: no links, HTML, emphasis or LaTeX from data."""
    return _MD_SPECIAL.sub(r"\\\1", str(text or "")).replace("\n", "  \n")


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
