"""The models package: every model is importable from it and its metadata is the schema.

Alembic's autogenerate reads ``Base.metadata``: it must hold every table the
migrations create, so the models split over modules are all imported by the package.
"""

from __future__ import annotations

from sqlalchemy import inspect

from imh_desktop.data import models
from imh_desktop.data.models import Base, enum_type
from imh_desktop.domain.enums import Role


def test_the_metadata_holds_every_table_the_migrations_make(db):
    made = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    # SQLite's full-text index (revision 0021) is kept by data.search, not by a model.
    assert set(Base.metadata.tables) == {t for t in made if not t.startswith("search_fts")}


def test_every_model_is_exported_by_the_package():
    mapped = {mapper.class_ for mapper in Base.registry.mappers}
    assert len(mapped) == len(Base.metadata.tables)
    assert all(getattr(models, cls.__name__) is cls for cls in mapped)
    assert all(cls.__name__ in models.__all__ for cls in mapped)


def test_an_enum_column_stores_the_members_values():
    column = enum_type(Role)
    assert column.native_enum is False
    assert set(column.enums) == {member.value for member in Role}
