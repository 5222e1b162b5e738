"""The actors stage: a parsed article in, actor `Mention`s out.

Takes a `Parse` and the article's date and gives every mention of a state, person, organisation
or group, resolved through the shipped dictionaries (`data/actors/`) to an `Actor`: a code
(country + sector), its country, sector and, for people, the role they held on that date, with the
reason for the choice. `ActorDictionary.resolve` does the same for one name (`diplograph actors`).

Resolution runs in steps, one module each: `spans` (1. candidate spans), `names` (2. normalised
names), `exact` and `tolerant` (3. dictionary match, exact then tolerant), `context` (4. title,
head entity, agent noun; `mentions` adds the article's country and places), `references` and
`possessives` (5. pronouns, short forms). `dictionary` runs steps 2-4 for one phrase
(`ActorDictionary.match`); `mentions` is the stage's entry for an article. Also: `index`
(the phrase and surname index), `data` (loading the dictionary files), `petrarch` (reading
PETRARCH/Phoenix dictionaries), `undated` (roles in an article without a date).
"""

from diplograph.stages.actors.context import inherited
from diplograph.stages.actors.dictionary import ActorDictionary
from diplograph.stages.actors.mentions import find_mentions
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
