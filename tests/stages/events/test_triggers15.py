"""Round 15 of the trigger fixes (branch `triggers15`, docs/triggers_round15.md): invented
sentences, none from the corpus."""

from __future__ import annotations

import pytest

from tests.stages.events.test_lexicon import verb_type


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # forces that redeploy themselves, with no object, are mobilized (as "deploy" is)
        ("Turkish forces are redeploying at their posts in Idlib.", "redeploying"),
        ("Indian soldiers redeployed along the border on Monday.", "redeployed"),
        ("Malian army units redeployed to the north of the country.", "redeployed"),
    ],
)
def test_forces_redeploying_without_an_object_mobilize(text, verb):
    assert verb_type(text, verb) == "MOBILIZE"


@pytest.mark.slow
def test_staff_redeployed_is_no_mobilization():
    assert verb_type("The company redeployed staff to its offices in Berlin.", "redeployed") is None
