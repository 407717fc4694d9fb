"""The large-agency data set, made by the demo generator and reused between runs.

Full runs use ``benchmarks/data/agency-10000.sqlite`` (10,000 families, seed
7), rebuilt only when the schema revision, family count, seed or the demo
generator's source differs from what its sidecar ``.json`` records. Smoke
runs build a tiny one in a temp folder. The PostgreSQL copy lives in its own
database on the server named by ``IMH_BENCH_PG_URL``, its parameters kept in
the database's comment.
"""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import json
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from imh_desktop.data.db import Database
    from imh_desktop.services.common.context import ServiceContext

DATA_DIR = Path(__file__).resolve().parent / "data"
FULL_FAMILIES, SMOKE_FAMILIES, SEED = 10_000, 60, 7
PG_ENV = "IMH_BENCH_PG_URL"


@dataclass(frozen=True)
class DatasetInfo:
    """What a built data set was made with; a mismatch means rebuild."""

    families: int
    seed: int
    revision: str
    today: str  # ISO date the generator took as "today"
    generator: str = ""  # fingerprint of the demo generator's source

    @classmethod
    def from_json(cls, text: str) -> DatasetInfo:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in json.loads(text).items() if k in known})

    def matches(self, families: int) -> bool:
        """Made with this size and seed by the current schema and generator?"""
        wanted = (families, SEED, _head(), generator_fingerprint())
        return (self.families, self.seed, self.revision, self.generator) == wanted

    @property
    def today_date(self) -> dt.date:
        return dt.date.fromisoformat(self.today)


@dataclass(frozen=True)
class Dataset:
    url: str
    info: DatasetInfo
    path: Path | None = None  # the SQLite file, None on a server


def service_context(db: Database, info: DatasetInfo, user_id: int | None = None) -> ServiceContext:
    """A service context on ``db`` whose clock stands at the data set's "today".

    It acts as ``user_id``, by default the user the app starts as (the first
    supervisor, who leads every specialist: see ``lead_whole_agency``), so every
    run measures the same day's work whatever the date.
    """
    from imh_desktop.domain.clock import FixedClock
    from imh_desktop.services.admin.staff import default_user
    from imh_desktop.services.common.context import ServiceContext

    actor = user_id if user_id is not None else default_user(db).id
    return ServiceContext(db, actor, FixedClock(info.today_date))


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def generator_fingerprint() -> str:
    """A hash of the demo generator's modules and data files, and of the data layer's side of
    it (``data/demo_store.py``): a change means a rebuild."""
    from imh_desktop import demo

    folder = Path(demo.__file__).parent
    digest = hashlib.sha256()
    for path in sorted((*folder.glob("*.py"), *folder.glob("data/*.toml"))):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    store = folder.parent / "data" / "demo_store.py"
    digest.update(b"data/demo_store.py" + store.read_bytes())
    return digest.hexdigest()[:16]


def _head() -> str:
    from imh_desktop.data.migrate import head_revision

    return head_revision()


def _generate(url: str, families: int) -> DatasetInfo:
    from imh_desktop.data.db import Database
    from imh_desktop.data.migrate import upgrade_database
    from imh_desktop.demo import generate as demo
    from imh_desktop.domain.clock import SystemClock

    today = SystemClock().today()  # recorded in the sidecar: every later run uses this day
    db = Database(url)
    try:
        upgrade_database(db)
        start = time.perf_counter()
        last = [start]

        def progress(message: str) -> None:
            now = time.perf_counter()
            if now - last[0] > 15:  # the generator may report often; keep the log short
                log(f"  {message}")
                last[0] = now

        demo.generate_demo(db, families, SEED, today=today, progress=progress)
        log(f"generated {families} families in {time.perf_counter() - start:.0f} s")
    finally:
        db.dispose()
    return DatasetInfo(families, SEED, _head(), today.isoformat(), generator_fingerprint())


def lead_whole_agency(url: str, key: bytes | None = None) -> None:
    """Put every specialist on the first supervisor's team (idempotent).

    The permission table lets no one list every family; the widest caseload a
    user may open is a supervisor's team. With one supervisor over the whole
    agency, that caseload is every family, so the benchmarks measure the
    agency-sized caseload the targets are about, through the same permission
    checks and read audit as any user. ``key`` opens an encrypted file.
    """
    from sqlalchemy import text

    from imh_desktop.data.db import make_engine

    engine = make_engine(url, key=key)
    try:
        with engine.begin() as conn:
            lead = conn.execute(
                text("SELECT min(id) FROM staff_users WHERE role = 'supervisor' AND active")
            ).scalar()
            conn.execute(
                text("UPDATE staff_users SET supervisor_id = :lead WHERE role = 'specialist' "
                     "AND (supervisor_id IS NULL OR supervisor_id <> :lead)"),
                {"lead": lead},
            )  # fmt: skip
    finally:
        engine.dispose()


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so one file is the whole data set."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@contextmanager
def _exclusive(folder: Path) -> Iterator[None]:
    """One benchmark run at a time checks or builds the shared data sets."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepare_sqlite(smoke: bool, workdir: Path) -> Dataset:
    """The SQLite data set for this run, built if missing or stale."""
    with _exclusive(workdir if smoke else DATA_DIR):
        return _prepare_sqlite(smoke, workdir)


def _prepare_sqlite(smoke: bool, workdir: Path) -> Dataset:
    from imh_desktop.data.db import sqlite_url

    families = SMOKE_FAMILIES if smoke else FULL_FAMILIES
    folder = workdir if smoke else DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"agency-{families}.sqlite"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        info = DatasetInfo.from_json(meta.read_text())
        if info.matches(families):
            lead_whole_agency(sqlite_url(path))
            _checkpoint(path)
            return Dataset(sqlite_url(path), info, path)
        log(f"{path.name} was made for {info}; rebuilding")
    # The file, its WAL and the backups the app writes before upgrading an old copy.
    leftovers = (*folder.glob(f"{path.name}-*"), *folder.glob(f"{path.stem}.backup-*"))
    for stale in (path, meta, *leftovers):
        stale.unlink(missing_ok=True)
    log(f"building {path} ({families} families, seed {SEED}) with the demo generator")
    info = _generate(sqlite_url(path), families)
    lead_whole_agency(sqlite_url(path))
    _checkpoint(path)
    meta.write_text(json.dumps(asdict(info), indent=1))
    return Dataset(sqlite_url(path), info, path)


def working_copy(dataset: Dataset, folder: Path, name: str) -> Dataset:
    """A private copy of an SQLite data set for benchmarks that write."""
    from imh_desktop.data.db import sqlite_url

    assert dataset.path is not None
    _checkpoint(dataset.path)
    target = folder / name
    shutil.copyfile(dataset.path, target)
    return Dataset(sqlite_url(target), dataset.info, target)


def prepare_postgres(maintenance_url: str, smoke: bool) -> Dataset:
    """The same data set in database ``imh_bench`` (``imh_bench_smoke``) on the server."""
    with _exclusive(DATA_DIR):
        return _prepare_postgres(maintenance_url, smoke)


def _prepare_postgres(maintenance_url: str, smoke: bool) -> Dataset:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    families = SMOKE_FAMILIES if smoke else FULL_FAMILIES
    name = "imh_bench_smoke" if smoke else "imh_bench"
    url = make_url(maintenance_url).set(database=name).render_as_string(hide_password=False)
    admin = create_engine(maintenance_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            comment = conn.execute(
                text(
                    "SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                    "WHERE datname = :n"
                ),
                {"n": name},
            ).first()
        if comment is not None and comment[0]:
            info = DatasetInfo.from_json(comment[0])
            if info.matches(families):
                lead_whole_agency(url)
                return Dataset(url, info)
        log(f"building PostgreSQL database {name} ({families} families, seed {SEED})")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        info = _generate(url, families)
        lead_whole_agency(url)
        analyze = create_engine(url, isolation_level="AUTOCOMMIT")
        try:  # as autovacuum would soon after a bulk load; makes runs repeatable
            with analyze.connect() as conn:
                conn.execute(text("ANALYZE"))
        finally:
            analyze.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"COMMENT ON DATABASE \"{name}\" IS '{json.dumps(asdict(info))}'"))
        return Dataset(url, info)
    finally:
        admin.dispose()
