"""Tests of PLOVER's auxiliary modes read from the parse."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pytest

from diplograph.records import Article
from diplograph.stages.events.modality import modality


@lru_cache(maxsize=1)
def _nlp():
    from diplograph.stages.nlp import NLP

    return NLP()


def read(text: str, trigger: str, **years):
    parse = _nlp().parse(Article(id="m", text=text, published=date(2025, 5, 1)))
    (i,) = [t.i for t in parse.tokens if t.text == trigger]
    return parse, modality(parse, i, **years)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "aux", "is_asserted"),
    [
        ("Ghana met Togo.", "met", None, True),
        ("Ghana did not meet Togo.", "meet", "negation", False),
        ("Ghana never attacked Togo.", "attacked", "negation", False),
        ("Ghana no longer supports Togo.", "supports", "negation", False),
        ("Ghana failed to reach a deal with Togo.", "reach", "negation", False),
        ("Ghana left without meeting Togo.", "meeting", "negation", False),
        ("Ghana could attack Togo.", "attack", "hypothetical", False),
        # an end asked for presupposes the event
        ("Mali urged a halt to the Ghanaian offensive.", "offensive", None, True),
        ("Mali demanded an end to the occupation of its north.", "occupation", None, True),
        ("Ghana might sanction Togo.", "sanction", "hypothetical", False),
        ("If Ghana attacks Togo, prices will rise.", "attacks", "hypothetical", False),
        ("Talks with Togo must be a priority for Ghana.", "Talks", "hypothetical", False),
        ("Analysts believe Ghana attacked Togo.", "attacked", "hypothetical", False),
        ("Ghana usually condemns Togo.", "condemns", "hypothetical", False),
        ("Ghana is seeking to expand ties with Togo.", "expand", "hypothetical", False),
        ("Ghana will meet Togo.", "meet", "future", True),
        ("Ghana plans to visit Togo.", "visit", "future", True),
        ("Ghana's president is to visit Togo.", "visit", "future", True),
        ("Ghana does not plan to visit Togo.", "visit", "negation", False),
        ("He said Ghana would sign the accord.", "sign", "future", True),
        ("Ghana would never accept that.", "accept", "negation", False),
        ("Ghana will not attack or blockade Togo.", "blockade", "negation", False),
        ("He said Ghana would attack Togo if talks failed.", "attack", "hypothetical", False),
        # the infinitive of a deadline, plan or pressure has not happened
        ("A deadline for Ghana to disarm the militias nears.", "disarm", "hypothetical", False),
        (
            "As the deadline nears for Ghana to free the envoys, Togo waits.",
            "free",
            "hypothetical",
            False,
        ),
        (
            "Togo dropped plans to help Ghana prepare for a withdrawal.",
            "withdrawal",
            "hypothetical",
            False,
        ),
        ("Togo piled pressure on Ghana to accept the monitors.", "accept", "hypothetical", False),
        (
            "Togo called on Ghana to intervene and restart the talks.",
            "talks",
            "hypothetical",
            False,
        ),
        ("A militant who plotted to kill the envoy was jailed.", "kill", "hypothetical", False),
        # walking out of talks is no meeting
        ("Ghana walked out of the talks with Togo.", "talks", "negation", False),
        ("Ghana boycotted the talks with Togo.", "talks", "negation", False),
        ("Ghana held talks with Togo.", "talks", None, True),
        # a purpose clause names an act intended, not yet done
        ("The Ghanaian envoy flew to Lome to open talks with Togo.", "open", "hypothetical", False),
        ("Ghanaian troops moved east to relieve Togolese units.", "relieve", "hypothetical", False),
        # an event kept from happening
        ("Ghana is working to prevent any attack on Togo.", "attack", "negation", False),
        ("Quiet diplomacy averted a war between Ghana and Togo.", "war", "negation", False),
        ("Ghana met Togo to discuss the border.", "met", None, True),
    ],
)
def test_modality_auxiliary_modes(text, trigger, aux, is_asserted):
    _, found = read(text, trigger)
    assert (found.aux, found.asserted) == (aux, is_asserted)


@pytest.mark.slow
def test_modality_reported_speech_names_the_speaker():
    parse, found = read("The ministry said Ghana had expelled the envoy.", "expelled")
    assert found.reporter is not None and parse.tokens[found.reporter].text == "ministry"


@pytest.mark.slow
def test_modality_according_to():
    parse, found = read("Ghana expelled the envoy, according to Reuters.", "expelled")
    assert parse.tokens[found.reporter].text == "Reuters"


@pytest.mark.slow
def test_modality_historical_when_dated_long_before():
    _, found = read("Ghana met Togo in 1998.", "met", published_year=2025, event_year=1998)
    assert (found.aux, found.asserted) == ("historical", True)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "is_asserted"),
    [
        # the act an accusation alleges is its content, not an event of its own
        ("Ghana accused Togo of shelling its villages.", "shelling", False),
        ("Ghana blamed Togo for shelling its villages.", "shelling", False),
        ("A Togolese man charged with attacking a police station was freed.", "attacking", False),
        ("Police arrested a man suspected of planning attacks.", "planning", False),
        # ... also when it is named by a noun
        ("Ghana blamed Togo for the shelling of its villages.", "shelling", False),
        ("Ghana charged Togolese officers over the killings.", "killings", False),
        # ... and so is an act named as alleged
        ("Ghana sanctioned a Togolese unit over alleged killings.", "killings", False),
        ("Ghana condemned the suspected torture of prisoners in Togo.", "torture", False),
        ("Ghana condemned the killings of prisoners in Togo.", "killings", True),
        # ... the accusation itself, and a time adjunct of it, are
        ("Ghana accused Togo of shelling its villages.", "accused", True),
        ("Ghana accused Togo after shelling its villages.", "shelling", True),
    ],
)
def test_modality_alleged_act_is_not_asserted(text, trigger, is_asserted):
    _, found = read(text, trigger)
    assert found.asserted is is_asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "is_asserted"),
    [
        # an aside on a name, set off by commas, is background to the sentence's news
        ("Chad, which sent troops to Mali in 2013, hosted the summit.", "sent", False),
        ("Modi, who visited Kabul in 2015, met Ghani on Monday.", "visited", False),
        ("Modi, who visited Kabul in 2015, met Ghani on Monday.", "met", True),
        # a restrictive clause, or one on a common noun, is not set off as an aside
        ("The soldiers who attacked Bamako were arrested.", "attacked", True),
    ],
)
def test_modality_aside_on_a_name_is_background(text, trigger, is_asserted):
    _, mod = read(text, trigger)
    assert mod.asserted is is_asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "is_asserted"),
    [
        # an analyst's, an economist's or a think tank's words are analysis, not news
        ("Analysts say Moscow is punishing Kyiv for its turn to the West.", "punishing", False),
        ('"Tokyo gave Seoul all," said Kenji Sato, a professor at Keio University.', "gave", False),
        ('"Hanoi punished Beijing," said Mai Tran of Asia Analytics.', "punished", False),
        # an official, or a rights group's researcher, reports an act
        ("Ukrainian officials said Russian forces shelled Kherson on Monday.", "shelled", True),
        ('"Russia shelled Kherson," said Anna Kim, a researcher at HRW.', "shelled", True),
    ],
)
def test_modality_commentators_give_opinions(text, trigger, is_asserted):
    _, mod = read(text, trigger)
    assert mod.asserted is is_asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "aux", "is_asserted"),
    [
        # an act others are expected to do is a forecast, not an event
        ("Few diplomats expect Ghana to attack Togo.", "attack", "hypothetical", False),
        (
            "Officials expect that Ghana will close its border with Togo.",
            "close",
            "hypothetical",
            False,
        ),
        # an act one expects to do oneself is a plan, as before
        ("Ghana expects to sign the accord with Togo in May.", "sign", "future", True),
    ],
)
def test_modality_a_forecast_of_anothers_act_is_no_event(text, trigger, aux, is_asserted):
    _, found = read(text, trigger)
    assert (found.aux, found.asserted) == (aux, is_asserted)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "aux", "is_asserted"),
    [
        # a headline's "X to visit Y" announces the act
        ("Erdogan to visit Egypt, Ankara says.", "visit", "future", True),
        ("Ghana to reopen border with Togo.", "reopen", "future", True),
        # ... not a wanted act inside another clause
        ("Ghana asked Togo to reopen the border.", "reopen", "hypothetical", False),
    ],
)
def test_modality_headline_infinitive_is_future(text, trigger, aux, is_asserted):
    _, found = read(text, trigger)
    assert (found.aux, found.asserted) == (aux, is_asserted)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "is_asserted"),
    [
        # an act denied, or named by an allegation's "of", is an accusation's content
        ("The Ghanaian envoy denies torture.", "torture", False),
        ("Togo denied involvement in the attack on Ghana's embassy.", "attack", False),
        ("Ghana published allegations of murder against Togolese police.", "murder", False),
        ("Ghana denied visas to Togolese officials after the attack.", "attack", True),
        ("Ghana condemned the murder of a Togolese diplomat.", "murder", True),
    ],
)
def test_modality_an_act_denied_or_alleged_is_no_event(text, trigger, is_asserted):
    _, found = read(text, trigger)
    assert found.asserted is is_asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "demand", "asked"),
    [
        # the act a demand "that X do Y" asks for has not happened
        (
            "Norway demanded that Sudan stop the shelling.",
            ("REQUEST", "NOR", "SDN"),
            "RETREAT",
        ),
        (
            "The Security Council passed a resolution demanding that Armenia halt the attacks.",
            ("REQUEST", "IGO", "ARM"),
            "RETREAT",
        ),
    ],
)
def test_modality_demanded_act_is_not_asserted(sentence_events, text, demand, asked):
    found = sentence_events(text)
    assert (*demand, True) in found
    assert not {e for e in found if e[0] == asked and e[3]}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Warsaw called off a visit by Hungary's foreign minister.",
        "Tokyo cancelled a summit with the South Korean president.",
    ],
)
def test_modality_cancelled_meeting_is_a_refusal(sentence_events, text):
    found = sentence_events(text)
    assert {e for e in found if e[0] == "REJECT" and e[3]}
    assert not {e for e in found if e[0] == "CONSULT" and e[3]}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "aux", "is_asserted"),
    [
        # a clause marked "after" or "since" is a fact, whatever the clause above it says
        (
            "Benin said it would no longer buy Togolese power, a week after Togo shelled a "
            "border post.",
            "shelled",
            None,
            True,
        ),
        ("Ghana may close its embassy since Togo expelled two envoys.", "expelled", None, True),
        # ... but the clause above still qualifies its own verb
        ("Ghana may close its embassy since Togo expelled two envoys.", "close", None, False),
    ],
)
def test_modality_a_time_clause_is_a_fact_whatever_its_governor_says(
    text, trigger, aux, is_asserted
):
    _, found = read(text, trigger)
    assert found.asserted == is_asserted
    if is_asserted:
        assert found.aux == aux


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a clause of a list the parser hangs on the next clause's "called" is no demand's content
        "The Arab League urged Syria to halt the shelling, Turkey's president called the attack "
        "a massacre, and Iran stayed silent.",
        "The Kenyan president urged Somalia to resume talks, Ethiopia's prime minister called "
        "the move reckless.",
    ],
)
def test_modality_a_listed_clause_before_a_call_is_asserted(text):
    _, found = read(text, "urged")
    assert found.asserted


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "is_asserted"),
    [
        # a clause whose subject is "no one", "nobody" or "no N" denies its act
        ("No one was injured when shells hit the Ghanaian border post.", "injured", False),
        ("Nobody attacked the Togolese convoy, the army said.", "attacked", False),
        ("No agreement was signed at the Accra talks.", "signed", False),
        ("Two soldiers were injured when shells hit the Ghanaian border post.", "injured", True),
    ],
)
def test_modality_a_clause_with_no_doer_or_no_victim_is_denied(text, trigger, is_asserted):
    _, found = read(text, trigger)
    assert found.asserted is is_asserted
