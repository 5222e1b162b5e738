"""The actors stage: a parsed article in, actor `Mention`s out.

Takes a `Parse` and the article's date and gives every mention of a state, person, organisation
or group, resolved through the shipped dictionaries (`data/actors/`) to an `Actor`: a code
(country + sector), its country, sector and, for people, the role they held on that date, with the
reason for the choice. `ActorDictionary.resolve` does the same for one name (`diplograph actors`).

Modules: `mentions` (the stage's entry), `spans` (candidate spans), `references` (pronouns, short
forms), `possessives`, `dictionary` and `index` (name lookup), `data` (loading the dictionary
files), `petrarch` (reading PETRARCH/Phoenix dictionaries), `undated` (roles in an article
without a date).
"""

from diplograph.stages.actors.dictionary import ActorDictionary
from diplograph.stages.actors.mentions import find_mentions, inherited
from diplograph.stages.actors.petrarch import (
    PetrarchActor,
    PetrarchRole,
    import_petrarch,
    read_actors,
    read_agents,
)
from diplograph.stages.actors.references import make_mention
from diplograph.stages.actors.undated import find_mentions_undated

__all__ = [
    "ActorDictionary",
    "PetrarchActor",
    "PetrarchRole",
    "find_mentions",
    "find_mentions_undated",
    "import_petrarch",
    "inherited",
    "make_mention",
    "read_actors",
    "read_agents",
]
