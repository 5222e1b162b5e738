"""Tests of the PETRARCH/Phoenix dictionary readers and their code conversion."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.actors import ActorDictionary, import_petrarch, read_actors
from diplograph.stages.actors.data import read_tsv

PHOENIX_KOSOVO = (
    "KOSOVO_ [KSV]\n"
    "+KOSOVAR_\n"
    "\t[YUGKSV <920428]\n"
    "\t[KSV >080217]\n"
    "HASHIM_THACI_\n"
    "\t[KSVGOV 080109-140612]\n"
)


def test_petrarch_kosovo_codes_become_xkx(tmp_path):
    path = tmp_path / "kosovo.actors.txt"
    path.write_text(PHOENIX_KOSOVO)
    kosovo, thaci = read_actors(str(path))
    assert kosovo.code == "XKX"
    assert [r.code for r in kosovo.roles] == ["YUGXKX", "XKX"]
    assert [r.code for r in thaci.roles] == ["XKXGOV"]
    converted = import_petrarch(str(path))
    assert "KSV" not in converted and "XKXGOV" in converted


@pytest.mark.parametrize("name", ["people.tsv", "organisations.tsv"])
def test_petrarch_shipped_tables_never_say_ksv(name):
    for _, fields in read_tsv(name):
        codes = [fields[3], *(r.split()[0] for r in fields[2].split(";") if r.strip())]
        chunks = {c[k : k + 3] for c in codes for k in range(0, len(c), 3)}
        assert "KSV" not in chunks, fields[0]


@pytest.mark.parametrize(
    ("text", "day"),
    [("Hashim Thaci", "2010-01-01"), ("Kosovo Security Force", "2015-01-01"), ("Kosova", None)],
)
def test_petrarch_imported_kosovo_roles_resolve_to_xkx(text, day):
    actor = ActorDictionary.load().resolve(text, date.fromisoformat(day) if day else None)
    assert actor.country == "XKX"
