"""The data each printed report shows, prepared as frozen dataclasses.

The report code (``imh_desktop.reports``) only formats what these functions
return: every number, label and choice of rows is made here. The values are
plain and picklable, so a batch can fetch them in the parent process and
render in worker processes.
"""

from imh_desktop.services.reports.caseload import (
    CaseloadFilters,
    CaseloadReportData,
    caseload_report_data,
    filter_caseload,
)
from imh_desktop.services.reports.common import AgencyInfo, agency_info, check_period
from imh_desktop.services.reports.handout import (
    HANDOUT_LANGUAGES,
    HandoutChild,
    HandoutData,
    handout_data,
)
from imh_desktop.services.reports.progress import (
    AlertLine,
    AmendmentLine,
    ChildLine,
    GoalSummary,
    ProgressReportData,
    RatingPoint,
    ScreeningLine,
    VisitLine,
    VisitSummary,
    progress_report_data,
)

__all__ = [
    "HANDOUT_LANGUAGES",
    "AgencyInfo",
    "AlertLine",
    "AmendmentLine",
    "CaseloadFilters",
    "CaseloadReportData",
    "ChildLine",
    "GoalSummary",
    "HandoutChild",
    "HandoutData",
    "ProgressReportData",
    "RatingPoint",
    "ScreeningLine",
    "VisitLine",
    "VisitSummary",
    "agency_info",
    "caseload_report_data",
    "check_period",
    "filter_caseload",
    "handout_data",
    "progress_report_data",
]
