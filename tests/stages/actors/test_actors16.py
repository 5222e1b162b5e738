"""Round 16 (eval/actors_dev16): agent nouns of spies, scientists, royal courts and news
agencies."""

from __future__ import annotations

from datetime import date

import pytest

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
