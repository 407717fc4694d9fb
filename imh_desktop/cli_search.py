"""``imh-desktop search "housing"``: search every note, amendment, goal and screening one may read.

Acts as ``--user`` (a global option), signed in like every command that
reads families. Prints one line per result, newest first: the date, the
case number, the family, the section and the words around the match (the
match in [brackets]); then how to see the next page when there is one. A
query that cannot be searched ends in one plain line on stderr and exit 2.
"""

from __future__ import annotations

import argparse

from imh_desktop.domain.search import Snippet


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from imh_desktop.cli import global_options

    parser = sub.add_parser(
        "search",
        parents=[global_options()],
        help="search the notes, amendments, goals and screenings you may read",
        description='Search across the record. Words must all match; "a phrase" in quotes; '
        "hous* for words that begin so. Case and accents do not matter.",
    )
    parser.add_argument("query", help='what to look for, e.g. housing, "housing problem", hous*')
    parser.add_argument("--page", type=int, default=1, help="which page of results (from 1)")
    parser.set_defaults(func=run_search)


def _snippet_text(pieces: Snippet) -> str:
    return "".join(f"[{text}]" if match else text for text, match in pieces)


def run_search(args: argparse.Namespace) -> int:
    from imh_desktop.cli import acting_context, open_database
    from imh_desktop.domain.errors import DomainError
    from imh_desktop.services.search.records import search_records

    if args.page < 1:
        raise DomainError("Choose a page from 1 up.", "page")
    db = open_database(args.database)
    try:
        result = search_records(acting_context(db, args), args.query, args.page - 1)
    finally:
        db.dispose()
    if not result.hits:
        print(
            f"No results for {result.query}" + (f" on page {args.page}." if args.page > 1 else ".")
        )
        return 0
    for hit in result.hits:
        print(
            f"{hit.on_date.isoformat()}  {hit.case_number}  {hit.family_name}  "
            f"{hit.section_title}: {_snippet_text(hit.snippet)}"
        )
    if result.has_more:
        print(f"More results: add --page {args.page + 1}")
    return 0
