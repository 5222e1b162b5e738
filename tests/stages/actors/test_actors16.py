"""Round 16 (eval/actors_dev16): agent nouns of spies, scientists, royal courts and news
agencies; family-name-first names in the tolerant match; Tymoshenko's dated offices."""

from __future__ import annotations

from datetime import date

import pytest

from diplograph.stages.actors import ActorDictionary

ON = date(2023, 6, 1)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Peruvian secret service", "PERSPY"),
        ("the Kenyan secret services", "KENSPY"),
        ("Egypt's military intelligence", "EGYSPY"),
        ("a Polish military intelligence agency", "POLSPY"),
        ("the Chadian military intelligence forces", "TCDMIL"),  # forces head the phrase
        ("Japanese scientists", "JPNEDU"),
        ("a Canadian researcher", "CANEDU"),
        ("the Jordanian royal court", "JORGOV"),
        ("Malawi's national news agency", "MWIMED"),
        ("Cuba's official news agency", "CUBMED"),
        ("a Laotian state-owned news agency", "LAOMED"),
    ],
)
def test_actors16_agent_nouns(actors, text, code):
    assert actors.resolve(text, ON).code == code


def test_actors16_family_name_first_has_no_second_surname(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_text(
        "- name: Tak Hyang Mun\n"
        "  roles: [[PRKGOV, 2020-01-01, null, minister]]\n"
        "- name: Carlos Ibarguen Sotelo\n"
        "  roles: [[PERGOV, 2020-01-01, null, minister]]\n"
    )
    actors = ActorDictionary.load([str(path)])
    assert actors.resolve("Tak Hyang Mun", ON).code == "PRKGOV"
    assert actors.resolve("Tak Hyang", ON).country is None  # "Hyang Mun" is one given name
    assert actors.resolve("Carlos Ibarguen", ON).code == "PERGOV"  # a father's surname


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("Yulia Tymoshenko", date(2009, 1, 1), "UKRGOV"),
        ("Yulia Tymoshenko", date(2011, 1, 1), "UKRELI"),
        ("Ukraine's opposition leader Yuliya Tymoshenko", date(2015, 6, 1), "UKROPP"),
    ],
)
def test_actors16_tymoshenko_left_office_in_2010(actors, text, on, code):
    assert actors.resolve(text, on).code == code
