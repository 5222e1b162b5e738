"""The dates stage: a parsed article in, TIMEX3 `TimeExpression`s out.

Takes a `Parse` and the publication date (or none) and gives each time expression with its
TimeML type, character span, value and the rule and anchor that produced it; `event_date` picks
the date of an event from the expressions around its trigger, `tag_text` runs the stage on a bare
string (`diplograph dates`).

Modules: `expressions` (the entry, anchoring and event dates), `rules` (candidate spans),
`absolute` and `relative` (value rules), `anchor` (the reporting period named before),
`calendar` (calendar arithmetic and export forms),
`merge` (adjacent expressions made one), `base` (shared types), `words` (the stage's word lists).
"""

from diplograph.stages.dates.calendar import export_date
from diplograph.stages.dates.expressions import dates_in, event_date, find_timexes, tag_text

__all__ = ["dates_in", "event_date", "export_date", "find_timexes", "tag_text"]
