"""`python -m claims`: the command line, one subcommand per library function.

    python -m claims [--data PATH] validate [PATH]     one line per problem: PATH:ROW:COLUMN: message
    python -m claims parse TEXT [--unit U]             how a figure is read
    python -m claims template [--reviews] [-o FILE]    the editors' CSV template and column guide
    python -m claims import NEW.csv [--reviews] [--dry-run] [--update]   add an editor's claims (or
                                                       reviews, into reviews.csv beside the table)
    python -m claims undo [--reviews] [--list]         put the table (reviews.csv) back as before the last import
    python -m claims extract SOURCE [-o FILE] [--format csv|jsonl]   an article's figures as candidate claims
    python -m claims check CLAIM_ID                    how a claim stands against the other estimates

`--data` (or $CLAIMS_DATA) picks the claims file for every command; it may come before or after the
command name. Exit status: 0 success, 1 problems found or bad input, 2 usage error. Errors are one
line on stderr, never a traceback.
"""
from __future__ import annotations

import argparse
import math
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from claims import paths

Command = Callable[[argparse.Namespace], int]

COMMANDS: dict[str, tuple[Command, str, Callable[[argparse.ArgumentParser], None]]] = {}
"""name → (function, one-line help, function adding its arguments); `build_parser` makes one subparser each."""


def command(name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None] = lambda p: None):
    """Register a subcommand: `@command("validate", "check a claims file", add_arguments)`."""
    def register(func: Command) -> Command:
        COMMANDS[name] = (func, help, arguments)
        return func
    return register


def _data_option() -> argparse.ArgumentParser:
    """The options every command shares, defined once (given before or after the command name)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data", metavar="PATH", default=argparse.SUPPRESS,
        help=f"claims CSV file (default: ${paths.ENV_VAR}, else data/claims.csv)")
    return common


def data_location(args: argparse.Namespace):
    """The table a command works on: --data, else $CLAIMS_DATA, else data/claims.csv (a Path); a
    postgresql:// URL names a database (a str, `claims.backend`)."""
    from claims import backend

    return backend.location(getattr(args, "data", None))


def _number(x: float | None) -> str:
    if x is None:
        return "open"
    return f"{int(x):,}" if math.isfinite(x) and x == int(x) and abs(x) < 1e16 else f"{x:,}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'s' * (n != 1)}"


# --- commands ----------------------------------------------------------------------------

def _validate_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("path", nargs="?", metavar="PATH", help="file to check (default: --data)")


@command("validate", "check a claims file; one line per problem as PATH:ROW:COLUMN: message "
                     "(exit 0 when valid, 1 when not)", _validate_arguments)
def cmd_validate(args: argparse.Namespace) -> int:
    """Check a claims file (or database); print one line per problem."""
    from claims import backend

    path = backend.location(args.path) if args.path else data_location(args)
    table = backend.read(path)
    frame, problems = table.claims, table.problems + table.reviews.problems
    path = table.location
    for p in problems:
        print(p.format())
    rows = len({(p.file, p.row) for p in problems})
    if problems:
        print(f"{path}: {_count(len(problems), 'problem')} in {_count(rows, 'row')}; "
              f"{_count(len(frame), 'valid claim')}", file=sys.stderr)
        return 1
    print(f"{path}: {_count(len(frame), 'claim')}, no problems", file=sys.stderr)
    return 0


def _parse_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("text", metavar="TEXT", help="the figure as written, e.g. 'between 30 percent and half'")
    p.add_argument("--unit", metavar="U", help="unit for a bare number, e.g. person, percent, USD")


@command("parse", "show how a figure such as '30–50%%' is read: compact form, low, high, unit, kind "
                  "and the vague-term conventions used", _parse_arguments)
def cmd_parse(args: argparse.Namespace) -> int:
    """Show how a figure is read: the compact form and each field."""
    from claims import units
    from claims.ranges import RangeParseError, format_range, parse_range
    from claims.rules import excel_date

    text = args.text
    if (spreadsheet := excel_date(text)) is not None:
        message, fix = spreadsheet
        print(f"error: {message}; {fix}", file=sys.stderr)
        return 1
    try:
        r = parse_range(text, unit=args.unit)
    except RangeParseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    try:
        dimension = units.dimension_name(r.unit)
    except Exception:
        dimension = ""
    unit = f"{r.unit} ({dimension})" if r.unit else "none stated (a claim takes its metric's unit)"
    print(format_range(r, decimals=2))  # as the dashboard's "read as"; low and high below are exact
    print(f"  low:    {_number(r.low)}")
    print(f"  high:   {_number(r.high)}")
    print(f"  unit:   {unit}")
    print(f"  kind:   {r.kind}")
    print(f"  vague:  {'; '.join(r.vague) if r.vague else '-'}")
    if r.counted:
        print(f"  counts: {r.counted}")
    return 0


def _export_arguments(p: argparse.ArgumentParser) -> None:
    from claims.export import cli_arguments
    cli_arguments(p)


@command("export", "write the claims, filtered like the dashboard, with their citations as csv, json, "
                   "csl-json, bibtex, ris, markdown, text or claimreview (stdout unless -o)", _export_arguments)
def cmd_export(args: argparse.Namespace) -> int:
    """Export the filtered claims and their sources' citations in one format."""
    from claims.export import run_cli
    return run_cli(args, data_location(args))


def _check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("claim_id", metavar="CLAIM_ID", help="the claim to check, e.g. taipeitimes-2005-trafficked-share")
    p.add_argument("--style", metavar="S", default="apa", help="reference style of the citations (default apa)")


@command("check", "how one claim stands against the other independent estimates of its metric: the claim, "
                  "one sentence to paste, its review, and the competing estimates with their citations",
         _check_arguments)
def cmd_check(args: argparse.Namespace) -> int:
    """Print a claim, its context in one sentence, its current review and the estimates it is compared with."""
    import difflib

    from claims import backend, context, export

    whole = backend.read(data_location(args))
    claims, path = whole.claims, whole.location
    ids = claims["claim_id"].astype(str)
    if args.claim_id not in set(ids):
        close = difflib.get_close_matches(args.claim_id, list(ids), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; list them with python -m claims export --format csv"
        print(f"error: no claim {args.claim_id!r} in {path}{hint}", file=sys.stderr)
        return 1
    try:
        export._check("text", args.style)
    except export.ExportError as exc:
        print(f"error: check: {exc}", file=sys.stderr)
        return 2
    units, labels = whole.metric_units, whole.labels
    table = context.table(claims, units)
    found = context.of_claim(claims, table, args.claim_id)
    claim = claims[ids == args.claim_id].iloc[0]
    print(export.cite_claim(claim, args.style, keys_from=claims, labels=labels))
    print()
    print(found.sentence)
    review_set = whole.reviews
    current = review_set.latest.get(args.claim_id)
    if current is not None:
        rating = review_set.scale[current.rating.lower()]
        by = f" by {current.reviewer}" if current.reviewer else ""
        print(f"\nReview: {rating.name} ({current.reviewed}{by})" + (f": {current.explanation}" if current.explanation else ""))
        if current.url:
            print(f"  {current.url}")
    others = context.competitors(claims, table, args.claim_id)
    if not others.empty:
        print(f"\nCompared with {_count(len(others), 'independent estimate')}:")
        book = export.key_book(claims)
        for _, other in others.iterrows():
            cited = export.cite_claim(other, args.style, keys_from=book, labels=labels).splitlines()
            reference = next((line.split(": ", 1)[1] for line in cited if line.startswith("Reference")), "")
            print(f"- {other['claim_id']}: '{other['value']}' ({other['reading']}) {context.who(other)}")
            if reference:
                print(f"  {reference}")
    return 0


# --- adding claims: template, import, undo (claims/importer.py) ------------------------------

def _reviews_option(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--reviews", action="store_true",
                   help=f"{what} reviews.csv beside the claims table (claim_id, rating, explanation, reviewer, "
                        "reviewed, url) instead of the claims")


def _kind(args: argparse.Namespace):
    from claims import importer
    return importer.REVIEWS if getattr(args, "reviews", False) else importer.CLAIMS


def _template_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the template to FILE (default: standard output); an existing file is kept")
    _reviews_option(p, "the template of")


@command("template", "write a CSV template with every column and one filled example row; the column "
                     "guide goes to standard error (to standard output with -o); --reviews for reviews",
         _template_arguments)
def cmd_template(args: argparse.Namespace) -> int:
    """Write the editors' CSV template (of claims, or of reviews) and print the column guide."""
    from claims import template

    if args.reviews:
        from claims.reviews import read_scale, scale_path_for
        data = template.reviews_template_csv()
        where = data_location(args)
        scale = scale_path_for(where) if not isinstance(where, str) else paths.DATA_DIR / "rating_scale.csv"
        guide_text = template.reviews_guide_text(read_scale(scale)[0])
        then = "one row per review"
    else:
        data, guide_text, then = template.template_csv(), template.guide_text(), "one row per claim"
    if args.output in (None, "-"):
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
        print(guide_text, file=sys.stderr, end="")
        return 0
    out = Path(args.output)
    try:
        with open(out, "xb") as fh:  # never overwrite: the file may hold an editor's work
            fh.write(data)
    except FileExistsError:
        print(f"error: {out} exists already; choose another name, or delete it first", file=sys.stderr)
        return 1
    except OSError as exc:  # no such folder, a directory, no permission
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(guide_text, end="")
    print(f"wrote {out}: {then}, then python -m claims import {out}{' --reviews' * args.reviews}", file=sys.stderr)
    return 0


def _extract_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="SOURCE",
                   help="a .txt, .html or .pdf file, an http(s) address, or - for text on standard input")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: standard output); "
                                                          "an existing file is kept")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                   help="csv: rows of the editors' template, to fill in and import (default); jsonl: one "
                        "candidate per line with its reading, offsets and score")


@command("extract", "find the figures of an article (file, address or pasted text) as candidate claims: "
                    "value, sentence, reading, who said it, the source fields and a suggested metric",
         _extract_arguments)
def cmd_extract(args: argparse.Namespace) -> int:
    """Write an article's candidate claims as template rows (CSV) or JSON lines."""
    import json

    from claims import article, backend
    from claims.writer import claims_csv

    try:
        art = article.from_text(sys.stdin.read()) if args.source == "-" else article.from_source(args.source)
    except article.ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    metrics, table = backend.known_claims(data_location(args))
    found = article.candidates(art, metrics=metrics, table=table)
    if args.format == "jsonl":
        data = "".join(json.dumps(article.json_record(art, c), ensure_ascii=False) + "\n" for c in found).encode()
    else:
        data = claims_csv(article.claim_rows(art, found))
    if args.output in (None, "-"):
        sys.stdout.write(data.decode("utf-8"))
    else:
        try:
            with open(args.output, "xb") as fh:  # never overwrite: the file may hold an editor's work
                fh.write(data)
        except FileExistsError:
            print(f"error: {args.output} exists already; choose another name, or delete it first", file=sys.stderr)
            return 1
    print(f"{_count(len(found), 'candidate')} from {args.source}"
          + (f"; fill in the gaps, then python -m claims import {args.output}" if args.output and
             args.format == "csv" and args.output != "-" else ""), file=sys.stderr)
    return 0


def _import_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="NEW.csv", help="the editor's CSV file of claims (or reviews, with --reviews)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what would be added, skipped and updated, and write nothing")
    p.add_argument("--update", action="store_true",
                   help="a row whose claim_id is in the table with other content updates that claim "
                        "(a review: same claim_id, reviewer and reviewed date); default: such a row is refused")
    _reviews_option(p, "add to")


@command("import", "add the claims of a CSV file to the table: the whole file is validated first and "
                   "nothing is written if anything is wrong; rows already in the table are skipped, a "
                   "claim_id in the table with other content is refused unless --update; --reviews adds "
                   "reviews to reviews.csv beside the table", _import_arguments)
def cmd_import(args: argparse.Namespace) -> int:
    """Plan the import, print the preview and any problems, then write (unless --dry-run).

    The same steps for a file (claims.importer) and a database (claims.pgwrite): only the plan and
    the write differ."""
    from claims import access, importer, pgstore, pgwrite

    kind = _kind(args)
    where = data_location(args)
    database = isinstance(where, str)
    target = pgstore.shown(where) if database else None
    try:
        if database:
            made = pgwrite.plan_import(where, args.file, name=args.file, update=args.update, kind=kind)
            plan = made.plan
        else:
            made = plan = importer.plan_import(where, args.file, name=args.file, update=args.update,
                                               kind=kind)
            target = plan.target
        print("\n".join(importer.preview_lines(plan)))
        for p in plan.problems:
            print(p.format())
        if not plan.ok:
            print(plan.refusal(), file=sys.stderr)
            return 1
        if args.dry_run:
            print("dry run: nothing written", file=sys.stderr)
            return 0
        # if another import lands meanwhile, the file is merged again against the table as it is then
        apply = pgwrite.apply_import if database else importer.apply_import
        summary = apply(made, access.cli_editor(), same_outcome=False)
    except importer.ImportRefused as exc:
        for p in exc.plan.problems:
            print(p.format())
        print(str(exc), file=sys.stderr)
        return 1
    except (importer.Busy, importer.StalePlan, access.WriteRefused, pgstore.DatabaseError) as exc:
        print(f"error: {exc}" if str(exc) else "error: the table changed meanwhile; import again", file=sys.stderr)
        return 1
    except OSError as exc:
        print(_not_written(target, exc), file=sys.stderr)
        return 1
    if summary.replanned and summary.plan is not None and summary.plan.outcome() != plan.outcome():
        print(f"{target} changed meanwhile (another import), so the file was merged again; written:")
        print("\n".join(importer.preview_lines(summary.plan)))
    print(summary.text(), file=sys.stderr)
    return 0


def _undo_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--list", action="store_true", help="list the imports that can be undone, newest first")
    _reviews_option(p, "undo the last import into")


@command("undo", "put the table back, byte for byte, as it was before the last import (refused if the "
                 "table changed since); --reviews for reviews.csv", _undo_arguments)
def cmd_undo(args: argparse.Namespace) -> int:
    """Undo the last import, or list the imports that can be undone."""
    from claims import access, importer

    kind = _kind(args)
    where = data_location(args)
    if isinstance(where, str):
        return _undo_in_database(args, where, kind)
    target = kind.file_for(where)
    if args.list:
        entries = importer.history(target)
        for e in reversed(entries):
            print(f"{e.seq}: {e.describe()}")
        print(f"{target}: {_count(len(entries), 'import')} can be undone", file=sys.stderr)
        return 0
    try:
        entry = importer.undo_last(where, access.cli_editor(), kind=kind)
    except (importer.UndoRefused, importer.Busy, access.WriteRefused) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(_not_written(target, exc), file=sys.stderr)
        return 1
    what = "the table" if kind is importer.CLAIMS else "it"
    print(f"{target}: undid {entry.describe()}; {what} is back as it was before it")
    return 0


def _undo_in_database(args: argparse.Namespace, url: str, kind) -> int:
    """`undo` when the table is a PostgreSQL database: the rows the last import changed, put back."""
    from claims import access, importer, pgstore, pgwrite

    try:
        if args.list:
            entries = pgwrite.history(url, kind=kind)
            for e in reversed(entries):
                print(f"{e.id}: {e.describe()}")
            print(f"{pgstore.shown(url)}: {_count(len(entries), 'import')} can be undone", file=sys.stderr)
            return 0
        entry = pgwrite.undo_last(url, access.cli_editor(), kind=kind)
    except (importer.UndoRefused, importer.Busy, access.WriteRefused, pgstore.DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"{pgstore.shown(url)}: undid {entry.describe()}; its rows are back as they were before it")
    return 0


def _not_written(target: Path, exc: OSError) -> str:
    """One line for a write the system refused (read-only table, full disk): the table is unchanged."""
    return f"error: not saved: {exc.strerror or exc}; {target} is unchanged"


# --- the parser ----------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    """The argument parser: one subparser per command, each sharing --data."""
    from claims import dbcli  # noqa: F401  (registers "db" on COMMANDS)

    common = _data_option()
    parser = argparse.ArgumentParser(
        prog="python -m claims", parents=[common],
        description="Quantitative claims from reports, read as intervals with units and citations.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (func, help, arguments) in COMMANDS.items():
        sub = commands.add_parser(name, parents=[common], help=help, description=help[0].upper() + help[1:].replace("%%", "%") + ".")
        arguments(sub)
        sub.set_defaults(func=func)
    return parser


@contextmanager
def _terminate_cleanly() -> Iterator[None]:
    """SIGTERM (`kill`, a stopping service) unwinds like Ctrl-C, so a write in progress removes its
    temporary file and releases the table's lock instead of leaving them behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 ok, 1 problems or bad input, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage or help
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        with _terminate_cleanly():
            return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head`
        return 1
    except Exception as exc:  # never a traceback: one line saying what failed
        print(f"error: {args.command}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 1
