"""Full-text search across the record, limited to what the acting user may read.

One checked, audited read (the query text is kept in the audit row like any
read's detail). The scope comes from the permission table: the families the
user may read (``Permission.READ_FAMILY``) as their specialist, as the
specialist's supervisor or under a live emergency-access grant; a private
section (the specialist's reflection) only for its author. Administrators
are refused: they see no clinical content.

The match runs on the backend's full-text index (SQLite FTS5 or a
PostgreSQL ``tsvector``, see ``data/search.py``) from the parsed query
(``domain.search``), never from what was typed; newest first, a page at a time.

Newest first is id order (an entry's id is its sort key, revision 0023), so
the page is one walk that stops when it is full, the scope checked on the
way: on SQLite FTS5 hands out its matches by rowid, newest first, and each
is joined to its entry and family; on PostgreSQL the planner walks the
primary key backwards checking ``tsv @@`` (common words) or takes the GIN
bitmap and sorts the matches (rare ones). EXPLAIN in docs/performance.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    TextClause,
    column,
    false,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from imh_desktop.data.models import (
    EmergencyAccess,
    Family,
    ReferralStatusChange,
    SearchEntry,
    StaffUser,
)
from imh_desktop.data.search import HISTORY, day_floor
from imh_desktop.domain.enums import ReferralStatus
from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import TABLE, Permission, Relation
from imh_desktop.domain.search import (
    PAGE_SIZE,
    SearchQuery,
    Snippet,
    fts5_match,
    parse_query,
    snippet,
    ts_query,
)
from imh_desktop.services.caseload.table import SCOPE_OF_ROLE
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.uow import UnitOfWork, reading

# What each kind of entry's sections are called (keys as in data/search.py).
SECTION_TITLES: dict[tuple[str, str], str] = {
    ("note", "observation"): "Observation of the caregiver-infant interaction",
    ("note", "caregiver_response"): "Caregiver's response and reflection",
    ("note", "child_presentation"): "Child's presentation",
    ("note", "plan"): "Plan",
    ("note", "reflection"): "Specialist's reflection",
    ("note", "family_note"): "For the family",
    ("note", "cancel_reason"): "Reason the visit did not happen",
    ("note", "goals"): "Goals and progress",
    ("goal", "statement"): "Goal statement",
    ("goal", "baseline"): "Goal baseline",
    ("goal", "strategies"): "Goal strategies",
    ("screening", "band"): "Screening result",
    ("screening", "safety_action"): "Safety check: what was done",
    ("screening", "safety_outcome"): "Safety check: outcome",
    ("referral", "agency"): "Referral: agency",
    ("referral", "reason"): "Referral: reason",
    ("referral", "outcome"): "Referral: outcome",
    (HISTORY, ReferralStatus.MADE.value): "Referral history: made",
    (HISTORY, ReferralStatus.CONNECTED.value): "Referral history: connected",
    (HISTORY, ReferralStatus.DECLINED.value): "Referral history: declined",
    (HISTORY, ReferralStatus.CLOSED.value): "Referral history: closed",
}
MAX_PAGE = 1000


def section_title(kind: str, section: str) -> str:
    """The section's name as the record shows it ("Plan", "Amendment: Plan", "Goal statement")."""
    if kind == "amendment":
        return "Amendment: " + SECTION_TITLES.get(("note", section), section.replace("_", " "))
    return SECTION_TITLES.get((kind, section), section.replace("_", " "))


@dataclass(frozen=True)
class SearchHit:
    """One matching piece of the record, as a result line shows it."""

    family_id: int
    case_number: str
    family_name: str
    kind: str  # note, amendment, goal, screening, referral, referral_history
    # the section's key (the visit editor's, for notes and amendments; a status for history)
    section: str
    section_title: str
    on_date: dt.date
    visit_id: int | None  # the note to open at the match, if any
    source_id: int
    snippet: Snippet
    referral_id: int | None = None  # the referral to open (a referral or its history's note)


@dataclass(frozen=True)
class SearchPage:
    """One page of results, newest first."""

    query: str
    page: int
    hits: tuple[SearchHit, ...]
    has_more: bool


def _scope(session: Session, uow: UnitOfWork) -> ColumnElement[bool]:
    """Families the actor may read, by the relations the permission table allows."""
    actor, now = uow.actor, uow.now()
    allowed = TABLE[actor.role].get(Permission.READ_FAMILY, frozenset())
    conditions: list[ColumnElement[bool]] = []
    if Relation.OWN in allowed:
        conditions.append(Family.specialist_id == actor.id)
    if Relation.TEAM in allowed:
        team = select(StaffUser.id).where(StaffUser.supervisor_id == actor.id)
        conditions.append(Family.specialist_id.in_(team))
    if Relation.EMERGENCY in allowed:
        grants = select(EmergencyAccess.family_id).where(
            EmergencyAccess.staff_id == actor.id, EmergencyAccess.expires_at > now
        )
        conditions.append(Family.id.in_(grants))
    return or_(*conditions) if conditions else false()


def _narrow(session: Session, uow: UnitOfWork) -> ColumnElement[bool] | None:
    """On PostgreSQL, for a user who reads her own caseload only: her entries, by their index.

    The scope itself stays in the query (this only names the index that holds
    it: revision 0026's ``specialist_id``, kept by ``data/search.py``). Without
    it the planner walked the whole agency's matches newest first and kept the
    1 in 44 that were hers (428 ms for a common word; docs/performance.md).
    Not for a team's or the whole agency's scope, nor while an emergency grant
    adds another family (rare: the wide query serves).
    """
    if session.get_bind().dialect.name != "postgresql":
        return None  # FTS5 drives on SQLite: her matches come from its doclist either way
    actor = uow.actor
    allowed = TABLE[actor.role].get(Permission.READ_FAMILY, frozenset())
    if Relation.OWN not in allowed or Relation.TEAM in allowed:
        return None
    if Relation.EMERGENCY in allowed:
        grant = select(EmergencyAccess.id).where(
            EmergencyAccess.staff_id == actor.id, EmergencyAccess.expires_at > uow.now()
        )
        if session.scalar(grant.limit(1)) is not None:
            return None
    return SearchEntry.specialist_id == actor.id


Ts = TypeVarTuple("Ts")
FTS = table("search_fts", column("rowid", Integer))


def _matching(session: Session, query: SearchQuery) -> ColumnElement[bool] | TextClause:
    """The match as a condition on ``search_index`` (counting; the search joins FTS5 instead)."""
    if session.get_bind().dialect.name == "postgresql":
        return text("search_index.tsv @@ to_tsquery('simple', :tsq)").bindparams(
            tsq=ts_query(query)
        )
    fts: Select[tuple[int]] = select(FTS.c.rowid).where(_fts5_match(query))
    return SearchEntry.id.in_(fts)


def _fts5_match(query: SearchQuery) -> TextClause:
    return text("search_fts MATCH :fts").bindparams(fts=fts5_match(query))


def _newest_matches(session: Session, query: SearchQuery, stmt: Select[*Ts]) -> Select[*Ts]:
    """``stmt`` limited to the matches of ``query``, newest first, in one index walk."""
    if session.get_bind().dialect.name == "postgresql":
        return stmt.where(_matching(session, query)).order_by(SearchEntry.id.desc())
    # FTS5 drives: its rowid is the entry's id, and it consumes ORDER BY rowid DESC itself.
    return (
        stmt.join(FTS, FTS.c.rowid == SearchEntry.id)
        .where(_fts5_match(query))
        .order_by(FTS.c.rowid.desc())
    )


# PostgreSQL looks this many days back first, then at everything (see _page_rows).
WINDOWS_DAYS = (31,)


def _page_rows(
    session: Session, stmt: Select[*Ts], query: SearchQuery, today: dt.date, narrow: bool = False
) -> Sequence[Row[*Ts]]:
    """The page's rows; on PostgreSQL, for a phrase or a prefix, the last month first.

    FTS5 hands out matches newest first whatever the query. PostgreSQL's
    planner guesses how many rows a phrase or a prefix matches from its
    words alone (340 for ``"housing navig*"``, which matches 16,252), and
    for a guess that small it reads every match and sorts them (121 ms).
    Limited to a recent stretch of ids (the key is the date), every plan
    reads few rows, and a page that fills there is the newest page overall
    (everything outside is older); one that does not looks at everything. A month is
    few enough ids that the planner ANDs them with the GIN bitmap (68 ms under load 11,
    against 141 ms for 92 days, where it read all 16,252 matches again). Plain words
    are left to the planner: it knows their counts (its statistics of the most common
    words) and walks the key backwards for common ones ("housing": 25 ms, and 143 ms
    when limited to the month, where it took the GIN bitmap of all 39,239 matches).
    Not for a narrow scope (``narrow``): her entries are few enough for any plan.
    """
    guessed = any(term.prefix or len(term.words) > 1 for term in query.terms)
    if session.get_bind().dialect.name != "postgresql" or not guessed or narrow:
        return session.execute(stmt).all()
    for days in WINDOWS_DAYS:
        since = day_floor(today - dt.timedelta(days=days))
        rows = session.execute(stmt.where(SearchEntry.id >= since)).all()
        if len(rows) > PAGE_SIZE:
            return rows
    return session.execute(stmt).all()


def _referrals_of(session: Session, change_ids: list[int]) -> dict[int, int]:
    """The referral of each history entry's change (to open the record at it)."""
    if not change_ids:
        return {}
    found = session.execute(
        select(ReferralStatusChange.id, ReferralStatusChange.referral_id).where(
            ReferralStatusChange.id.in_(change_ids)
        )
    )
    return {change: referral for change, referral in found}


def search_records(ctx: ServiceContext, query: str, page: int = 0) -> SearchPage:
    """Search every note section, amendment, goal, screening and referral the user may read.

    ``query``: words (all must match, in any order, within one section),
    ``"a phrase"`` and ``prefix*``; case and accents do not matter. Results
    come newest first, ``PAGE_SIZE`` a page (``page`` counts from 0). Bad
    queries raise DomainError (field "query"); administrators are refused.
    The search is audited with its text.
    """
    parsed = parse_query(query)
    if isinstance(page, bool) or not isinstance(page, int) or not 0 <= page <= MAX_PAGE:
        raise DomainError(f"Choose a page from 1 to {MAX_PAGE + 1}.", "page")
    with reading(ctx, Permission.READ_FAMILY, "search", query=parsed.text, page=page) as uow:
        uow.require_scope(SCOPE_OF_ROLE.get(uow.actor.role, "mine"))
        session = uow.session
        columns = (
            select(
                SearchEntry.kind,
                SearchEntry.section,
                SearchEntry.source_id,
                SearchEntry.family_id,
                SearchEntry.visit_id,
                SearchEntry.on_date,
                SearchEntry.body,
                Family.case_number,
                Family.display_name,
            )
            .select_from(SearchEntry)
            .join(Family, Family.id == SearchEntry.family_id)
            .where(
                _scope(session, uow),
                or_(SearchEntry.private_to.is_(None), SearchEntry.private_to == uow.actor.id),
            )
        )
        narrow = _narrow(session, uow)
        if narrow is not None:
            columns = columns.where(narrow)
        stmt = (
            _newest_matches(session, parsed, columns).limit(PAGE_SIZE + 1).offset(page * PAGE_SIZE)
        )
        rows = _page_rows(session, stmt, parsed, uow.today, narrow is not None)
        uow.read_detail["results"] = min(len(rows), PAGE_SIZE)
        referral_of = _referrals_of(session, [r.source_id for r in rows if r.kind == HISTORY])
    hits = tuple(
        SearchHit(
            family_id=r.family_id,
            case_number=r.case_number,
            family_name=r.display_name,
            kind=r.kind,
            section=r.section,
            section_title=section_title(r.kind, r.section),
            on_date=r.on_date,
            visit_id=r.visit_id,
            source_id=r.source_id,
            snippet=snippet(r.body, parsed),
            referral_id=r.source_id if r.kind == "referral" else referral_of.get(r.source_id),
        )
        for r in rows[:PAGE_SIZE]
    )
    return SearchPage(parsed.text, page, hits, len(rows) > PAGE_SIZE)
