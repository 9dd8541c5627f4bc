"""Articles from every source an editor has: pasted text, .txt, .html, .pdf and a URL (a real server
on 127.0.0.1), and `python -m claims extract` writing template rows that `import` takes."""
from __future__ import annotations

import csv
import http.server
import io
import json
import threading

import pytest

from claims import article
from claims.cli import main

HTML = """<!doctype html><html><head><title>Women sold across the border</title>
<meta name="author" content="Jane Reporter"><meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/contact">Call 555-123-4567</a></nav>
<article><h1>Women sold across the border</h1>
<p>SEOUL — As many as 300,000 North Koreans are hiding in China, according to Human Rights Watch.</p>
<p>Some 70 percent of them are women, the group said. Brokers pay between 5,000 and 30,000 yuan for each woman.</p>
<p>The United Nations says at least 1,200 were sent back last year.</p></article>
<footer>Copyright 2024 Example News.</footer></body></html>"""


def pdf(pages: list[str]) -> bytes:
    """A minimal PDF, one text line per page, built by hand (no PDF writer needed)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    for n, text in enumerate(pages):
        page_no, content_no = 3 + 2 * n, 4 + 2 * n
        kids.append(f"{page_no} 0 R")
        stream = f"BT /F1 11 Tf 50 750 Td ({text}) Tj ET".encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_no} 0 R "
                       f"/Resources << /Font << /F1 {3 + 2 * len(pages)} 0 R >> >> >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream.decode('latin-1')}\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>"
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def test_html_gives_the_main_text_and_the_source_fields():
    art = article.from_html(HTML, url="https://example.org/news/1")
    assert (art.title, art.author, art.published, art.publisher, art.url) == (
        "Women sold across the border", "Jane Reporter", "2024-03-05", "Example News", "https://example.org/news/1")
    assert "Home" not in art.text and "555-123-4567" not in art.text
    values = [c.value for c in article.candidates(art)]
    assert values == ["As many as 300,000 North Koreans", "Some 70 percent", "between 5,000 and 30,000 yuan",
                      "at least 1,200"]


def test_a_pdf_gives_each_candidate_its_page():
    art = article.from_pdf(pdf(["The survey counted 412 survivors.", "Brokers paid up to 8 million won each."]))
    found = {c.value: c.page for c in article.candidates(art)}
    assert found == {"412 survivors": 1, "up to 8 million won": 2}


@pytest.mark.parametrize("data,message", [
    (b"", "empty"), (b"\x89PNG\r\n", "not UTF-8"), (b"%PDF-1.4 broken", "not a PDF"),
])
def test_unreadable_files_say_why(tmp_path, data, message):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    with pytest.raises(article.ArticleError, match=message):
        article.from_file(path)


def test_an_unknown_kind_of_file_is_refused(tmp_path):
    path = tmp_path / "a.docx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(article.ArticleError, match="a .docx file"):
        article.from_file(path)


@pytest.fixture
def server():
    """A web server on 127.0.0.1 serving an article, a PDF, a big file and a 404."""
    pages = {"/article.html": ("text/html; charset=utf-8", HTML.encode()),
             "/paper.pdf": ("application/pdf", pdf(["At least 37 women were sold."])),
             "/big.html": ("text/html", b"<html>" + b"x" * 5000 + b"</html>")}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server name
            if self.path not in pages:
                self.send_error(404, "Not Found")
                return
            kind, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_a_url_is_fetched_and_read_by_its_content_type(server):
    art = article.from_url(f"{server}/article.html")
    assert art.url == f"{server}/article.html" and art.accessed and art.title == "Women sold across the border"
    assert [c.value for c in article.candidates(article.from_url(f"{server}/paper.pdf"))] == ["At least 37 women"]


@pytest.mark.parametrize("path,kw,message", [
    ("/missing.html", {}, "the server answered 404"),
    ("/big.html", {"max_bytes": 1000}, "more than the 1,000"),
])
def test_a_url_that_fails_says_why(server, path, kw, message):
    with pytest.raises(article.ArticleError, match=message):
        article.from_url(server + path, **kw)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "javascript:alert(1)", "example.org"])
def test_only_http_addresses_are_fetched(url):
    with pytest.raises(article.ArticleError):
        article.from_source(url) if "://" in url else article.from_url(url)


def test_an_address_nobody_answers_is_an_error_not_a_hang():
    with pytest.raises(article.ArticleError, match="could not be fetched"):
        article.from_url("http://127.0.0.1:9/", timeout=2)


# --- the command line ---------------------------------------------------------------------------

def test_extract_writes_template_rows_that_import_takes(tmp_path, capsys, claims_file):
    claims_path = claims_file([])  # an empty table with its metrics.csv
    (tmp_path / "metrics.csv").write_text(
        "metric,label,description,unit\nhiding,North Koreans hiding in China,How many hide in China,person\n",
        encoding="utf-8")
    page = tmp_path / "article.html"
    page.write_text(HTML, encoding="utf-8")
    out = tmp_path / "new.csv"
    assert main(["--data", str(claims_path), "extract", str(page), "-o", str(out)]) == 0
    assert "4 candidates" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    first = rows[0]
    assert (first["value"], first["metric"], first["attributed_to"], first["source_title"], first["publisher"],
            first["published"], first["author"]) == (
        "As many as 300,000 North Koreans", "hiding", "Human Rights Watch", "Women sold across the border",
        "Example News", "2024-03-05", "Jane Reporter")
    assert first["quote"].startswith("SEOUL — As many as 300,000")
    kept = [r for r in rows if r["metric"]]
    keep = tmp_path / "keep.csv"
    with open(keep, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(kept)
    assert main(["--data", str(claims_path), "import", str(keep)]) == 0


def test_extract_as_json_lines(tmp_path, capsys):
    page = tmp_path / "a.txt"
    page.write_text("Officials estimate 5,000 people fled.", encoding="utf-8")
    assert main(["extract", str(page), "--format", "jsonl"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["value"] == "5,000 people" and record["reading"]["unit"] == "person"
    assert record["attributed_to"] == "Officials" and (record["start"], record["end"]) == (19, 31)


def test_extract_never_overwrites_and_errors_are_one_line(tmp_path, capsys):
    page = tmp_path / "a.txt"
    page.write_text("5,000 people fled.", encoding="utf-8")
    out = tmp_path / "out.csv"
    out.write_text("an editor's work", encoding="utf-8")
    assert main(["extract", str(page), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8") == "an editor's work"
    assert main(["extract", str(tmp_path / "none.pdf")]) == 1
    err = capsys.readouterr().err
    assert "exists already" in err and "cannot be read" in err and "Traceback" not in err


@pytest.mark.parametrize("text,unit,shown", [
    ("The barrier runs 48m along the river.", "meter", "48 metres"),
    ("The barrier runs 48m along the river.", "", "48,000,000"),
    ("Each bag weighed 25 pounds, police said.", "kilogram", "25 lb"),
    ("Each bag weighed 25 pounds, police said.", "", "25 GBP"),
])
def test_the_editors_table_reads_a_figure_as_its_metric_will(text, unit, shown):
    """'48m' showed 48 million in the table of figures found, and the table then stored 48 metres in a
    metric of lengths: the table now reads each figure in its suggested metric's unit, as the import will."""
    from dataclasses import replace

    found = [replace(c, metric="height") for c in article.candidates(article.from_text(text))]
    assert [row["reading"] for row in article.editor_rows(found, {"height": unit})] == [shown]
