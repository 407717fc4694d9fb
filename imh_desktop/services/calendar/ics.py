"""My planned visits as an iCalendar (.ics) file, for a phone or a mail program's calendar.

Calendars sync to phones and to other companies' servers, so an event holds
the case number and the time only: no family, caregiver or child name, no
address, no note. Built with ``icalendar`` (RFC 5545: CRLF line ends, lines
folded at 75 octets, text escaped); times are written in UTC. Each event's
UID is stable for its visit and its SEQUENCE is the visit's version, so
importing a newer file moves a rescheduled visit instead of adding a copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from imh_desktop.domain.errors import DomainError
from imh_desktop.domain.permissions import Permission
from imh_desktop.domain.planning import DEFAULT_MINUTES
from imh_desktop.services.calendar.views import planned_rows
from imh_desktop.services.common.context import ServiceContext
from imh_desktop.services.common.export import write_file
from imh_desktop.services.common.uow import reading

PRODID = "-//IMH Desktop//Planned visits//EN"
DEFAULT_DAYS = 90
MAX_DAYS = 366


def _utc(day: dt.date, at: dt.time, tz: dt.tzinfo | None) -> dt.datetime:
    """A local day and time (the clock's zone) as an aware UTC datetime.

    ``tz`` None is the machine's zone, with its summer-time rules for that day
    (not today's offset: a visit after the clocks change keeps its hour).
    """
    naive = dt.datetime.combine(day, at)
    local = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return local.astimezone(dt.UTC)


def export_ics(
    ctx: ServiceContext, out: Path | str, start: dt.date | None = None, days: int = DEFAULT_DAYS
) -> int:
    """Write the user's own planned visits from ``start`` (today) for ``days`` days to ``out``.

    Returns the number of visits written. Audited as an export (the number of
    visits, the period). The file is written whole or not at all.
    """
    import icalendar

    if not 1 <= days <= MAX_DAYS:
        raise DomainError(f"Export from 1 to {MAX_DAYS} days of visits.", "days")
    first = start or ctx.today()
    last = first + dt.timedelta(days=days - 1)
    # The clock's zone (a SystemClock's None: the machine's), never today's fixed offset.
    tz: dt.tzinfo | None = getattr(ctx.clock, "tz", None)
    with reading(ctx, Permission.EXPORT, "calendar_file", start=first, end=last) as uow:
        uow.require(specialist_id=uow.actor.id)
        rows = planned_rows(uow.session, [uow.actor.id], first, last)
        stamp = uow.now().replace(tzinfo=dt.UTC)
        calendar = icalendar.Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        for visit, case_number, _family_name, _specialist in rows:
            event = icalendar.Event()
            event.add("uid", f"visit-{visit.id}@imh-desktop")
            event.add("dtstamp", stamp)
            event.add("sequence", visit.version)
            event.add("summary", f"Visit {case_number}")
            if visit.start_time is None:  # a day without a time: an all-day event
                event.add("dtstart", visit.visit_date)
                event.add("dtend", visit.visit_date + dt.timedelta(days=1))
            else:
                begin = _utc(visit.visit_date, visit.start_time, tz)
                length = dt.timedelta(minutes=visit.duration_minutes or DEFAULT_MINUTES)
                event.add("dtstart", begin)
                event.add("dtend", begin + length)
            calendar.add_component(event)
        uow.read_detail.update(visits=len(rows))
        data = calendar.to_ical()
        write_file(out, ".ics", lambda tmp: Path(tmp).write_bytes(data))
    return len(rows)
