"""`python -m claims db`: moving the table between a CSV file and PostgreSQL.

    python -m claims db load data/claims.csv --to postgresql://… [--replace]
    python -m claims db dump postgresql://… [-o claims.csv]   # metrics.csv and reviews.csv beside it
    python -m claims db migrate postgresql://…

Registered on `claims.cli`'s command table; errors are one line, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claims import pgstore
from claims.cli import command


def _arguments(p: argparse.ArgumentParser) -> None:
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    load = actions.add_parser("load", help="put a claims file (with metrics.csv and reviews.csv beside it) into "
                                           "a database; an invalid file writes nothing")
    load.add_argument("file", metavar="FILE", help="the claims CSV file")
    load.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/db")
    load.add_argument("--replace", action="store_true",
                      help="replace the claims, metrics and reviews a database already holds (refused when it "
                           "holds reviews and the file has no reviews.csv beside it)")
    dump = actions.add_parser("dump", help="write a database's table as the canonical CSV files: the claims, and "
                                           "metrics.csv and reviews.csv beside them, as db load reads them")
    dump.add_argument("url", metavar="URL", help="postgresql://user@host/db")
    dump.add_argument("-o", "--output", metavar="FILE",
                      help="the claims file to write, with metrics.csv and reviews.csv beside it "
                           "(default: the claims alone, on standard output)")
    migrate = actions.add_parser("migrate", help="bring a database's schema up to date (load and the app do "
                                                 "this themselves)")
    migrate.add_argument("url", metavar="URL", help="postgresql://user@host/db")


def _dump_files(snap: pgstore.Snapshot, claims: Path) -> None:
    """The database's tables, read at one moment, as the files `db load` reads back: a backup to keep in
    git holds the metrics and the fact-checks too, and a restore (`db load --replace`) loses none."""
    from claims import paths, reviews
    from claims.writer import write_bytes_atomic

    for path, data in ((paths.metrics_beside(claims), snap.metrics),
                       (reviews.reviews_path_for(claims), snap.reviews), (claims, snap.claims)):
        write_bytes_atomic(path, data)


def _url(text: str) -> str | None:
    if pgstore.is_database(text):
        return text
    print(f"error: db: {text!r} is not a database URL; write postgresql://user@host/dbname", file=sys.stderr)
    return None


@command("db", "move the table between a CSV file and PostgreSQL: db load FILE --to URL, db dump URL "
               "[-o FILE], db migrate URL", _arguments)
def cmd_db(args: argparse.Namespace) -> int:
    """Load a file into a database, dump a database to a file, or migrate a database's schema."""
    url = _url(args.to if args.action == "load" else args.url)
    if url is None:
        return 2
    try:
        if args.action == "load":
            n = pgstore.load_file(Path(args.file), url, replace=args.replace)
            print(f"{pgstore.shown(url)}: {n:,} claims loaded from {args.file}", file=sys.stderr)
        elif args.action == "dump":
            snap = pgstore.snapshot(url)
            if args.output:
                _dump_files(snap, Path(args.output))
                print(f"{args.output}: written from {pgstore.shown(url)}, with metrics.csv and reviews.csv beside it",
                      file=sys.stderr)
            else:
                sys.stdout.flush()
                sys.stdout.buffer.write(snap.claims)
                sys.stdout.buffer.flush()
        else:
            version = pgstore.migrate(url)
            print(f"{pgstore.shown(url)}: schema at version {version}", file=sys.stderr)
    except pgstore.LoadRefused as exc:
        for p in exc.problems:
            print(p.format())
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (pgstore.DatabaseError, OSError) as exc:
        print(f"error: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return 1
    return 0
