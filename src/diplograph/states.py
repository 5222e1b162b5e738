"""Which country codes are states: ISO 3166 alpha-3 codes, current or historic (pycountry's
tables), plus Kosovo's XKX. Group codes (NAT, EUR, IGO, WST, ...) are not states, nor is a side
with no code. The store's international filter and the analysis read this one list."""

from __future__ import annotations

from functools import cache

import pycountry

EXTRA_STATES = frozenset({"XKX"})  # Kosovo: not in ISO 3166-1, used by GeoNames and the coder


@cache
def states() -> frozenset[str]:
    """The country codes counted as states."""
    current = {c.alpha_3 for c in pycountry.countries}
    historic = {c.alpha_3 for c in pycountry.historic_countries}
    return frozenset(current | historic | EXTRA_STATES)
