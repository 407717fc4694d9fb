"""Many progress reports at once, rendered in worker processes.

The data is fetched first (in the caller, which owns the database) and sent
to the workers as plain frozen dataclasses; each worker lays out and writes
its PDFs. Processes are started with "spawn" so a GUI process's threads are
never forked. Progress is reported after each report; a cancel request stops
the reports not yet started (those already written stay, each complete).
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from imh_desktop.domain.errors import DomainError
from imh_desktop.reports.base import register_fonts, write_pdf
from imh_desktop.services.common.diagnostics import short_reason
from imh_desktop.services.reports import ProgressReportData

ProgressCallback = Callable[[int, int, str], None]
CANCEL_POLL_SECONDS = 0.1


@dataclass(frozen=True)
class BatchJob:
    data: ProgressReportData
    path: str
    password: str | None = None  # AES-256 (reports.protect); sent to the worker by pipe


@dataclass(frozen=True)
class BatchResult:
    written: tuple[str, ...]
    failed: tuple[tuple[str, str], ...]  # (case number, message)
    cancelled: bool


def report_file_name(data: ProgressReportData) -> str:
    """``IMH-2026-0042 progress 2026-10-01 to 2026-12-31.pdf``, safe on every file system."""
    case = re.sub(r"[^A-Za-z0-9._-]+", "_", data.case_number)
    return f"{case} progress {data.period_start:%Y-%m-%d} to {data.period_end:%Y-%m-%d}.pdf"


def plan_jobs(
    datas: Sequence[ProgressReportData], folder: str | os.PathLike[str],
    password: str | None = None,
) -> list[BatchJob]:  # fmt: skip
    """One job per report, each written into ``folder`` under its own name (``password``: each
    encrypted with it)."""
    target = Path(folder).expanduser()
    if not target.is_dir():
        raise DomainError(f"The folder {target} does not exist.", "folder")
    if not os.access(target, os.W_OK):
        raise DomainError(f"The folder {target} cannot be written to.", "folder")
    return [BatchJob(d, str(target / report_file_name(d)), password) for d in datas]


def render_job(job: BatchJob) -> str:
    """Render and write one report (runs in a worker process); returns the path."""
    from imh_desktop.reports.progress import render_progress_report

    return str(write_pdf(render_progress_report(job.data, job.password), job.path))


def render_batch(
    jobs: Sequence[BatchJob],
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Render ``jobs`` in a pool of processes (one per core by default).

    ``progress(done, total, case_number)`` is called in the calling thread
    after each report; ``cancelled()`` is polled every tenth of a second and,
    once true, the reports not yet started are dropped.
    """
    total = len(jobs)
    written: list[str] = []
    failed: list[tuple[str, str]] = []
    if not jobs:
        return BatchResult((), (), False)
    workers = max(1, min(workers or os.cpu_count() or 1, total))
    context = multiprocessing.get_context("spawn")
    stopped = False
    with ProcessPoolExecutor(workers, mp_context=context, initializer=register_fonts) as pool:
        pending: dict[Future[str], BatchJob] = {pool.submit(render_job, j): j for j in jobs}
        while pending:
            done, _ = wait(pending, timeout=CANCEL_POLL_SECONDS, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                try:
                    written.append(future.result())
                except DomainError as exc:
                    failed.append((job.data.case_number, exc.message))
                except Exception as exc:  # a worker died or a report failed to lay out
                    # Not its message: a layout error quotes the paragraph (a note) it cannot fit.
                    failed.append((job.data.case_number, short_reason(exc)))
                if progress is not None:
                    progress(len(written) + len(failed), total, job.data.case_number)
            if cancelled is not None and cancelled() and pending:
                stopped = True
                for future in pending:
                    future.cancel()
                pending = {f: j for f, j in pending.items() if not f.cancelled()}
                pool.shutdown(wait=False, cancel_futures=True)
    return BatchResult(tuple(written), tuple(failed), stopped)
