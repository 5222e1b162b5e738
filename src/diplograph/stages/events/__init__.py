"""The events stage: a parsed article with its actors, dates and places in, `Event`s out.

Takes a `Parse`, its actor `Mention`s, `TimeExpression`s and `Place`s and gives PLOVER events
(type, mode, context, actor, recipient, date, place, trigger, modality, confidence) and the
standing relations (defence pacts, commitments) the text states, each with its sentence and
offsets.

Modules: `coder` (the entry), `triggers` (verb and noun triggers from the lexicon), `arguments`
(actor and recipient slots), `lexicon` (loading `data/lexicon/`), `modality` (hypothetical,
negated, advice, opinion), `guards` (sports, accidents), `meetings` (multilateral meetings),
`fallback` (nearest actor), `relations` (standing relations), `tagger`, `features` and
`embeddings` (the learned trigger tagger), `roles` (the learned argument-role model),
`words` (the stage's word lists).
"""

from diplograph.stages.events.coder import EventCoder, as_day, exportable
from diplograph.stages.events.lexicon import Lexicon, event_types
from diplograph.stages.events.roles import RoleModel
from diplograph.stages.events.tagger import TriggerTagger

__all__ = [
    "EventCoder",
    "Lexicon",
    "RoleModel",
    "TriggerTagger",
    "as_day",
    "event_types",
    "exportable",
]
