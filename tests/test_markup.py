"""Data is shown as text: markdown and HTML in a quote are escaped, and the figure is highlighted."""
import re

from claims.markup import highlight, is_web_link, md_escape


def test_markup_in_data_is_escaped():
    assert md_escape("[click](javascript:alert(1)) <b>x</b> *y*") == \
        r"\[click\]\(javascript\:alert\(1\)\) \<b\>x\</b\> \*y\*"


def test_the_figure_is_bolded_inside_its_quote_whatever_its_case():
    assert highlight("Thousands of North Korean refugees", "thousands") == r"**Thousands** of North Korean refugees"
    assert highlight("between 30 percent and half of the", "between 30 percent and half") == \
        r"**between 30 percent and half** of the"


def test_a_figure_missing_from_the_quote_leaves_the_quote_plain():
    assert highlight("no figure here.", "5,000") == r"no figure here\."


def test_only_http_addresses_are_links():
    assert is_web_link("https://www.hrw.org/report") and is_web_link("http://x.org")
    assert not is_web_link("javascript:alert(1)") and not is_web_link("ftp://x.org") and not is_web_link("")


def test_a_bare_address_in_data_does_not_become_a_link():
    """GFM links 'https://…', 'www.…' and 'a@b.org' in the text after escapes are resolved; a word joiner
    (invisible) breaks each, and the text reads the same once it is removed."""
    for text in ("see https://evil.example/a", "HTTP://evil.example", "www.evil.example", "write to a@evil.example"):
        shown = md_escape(text)
        assert not re.search(r"(?i)https?\\?:|www\\?\.|@[\w]", shown.replace("\\", "")), shown
        assert re.sub(r"\\(.)", r"\1", shown).replace("\u2060", "") == text
