"""Speech acts and their sides (stages/events/speech.py)."""

from __future__ import annotations

import pytest

from tests.stages.events.test_uncoded import sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speech act whose speaker names nobody it is addressed to: recipient null
        ("Japan condemned the nuclear test.", ("ACCUSE", "JPN", None, True)),
        ("Germany criticized the decision.", ("ACCUSE", "DEU", None, True)),
        ("Russia pledged aid for the victims.", ("AGREE", "RUS", None, True)),
        ("Syria rejected the proposal.", ("REJECT", "SYR", None, True)),
        ("China threatened retaliation.", ("THREATEN", "CHN", None, True)),
        ("Panama pardoned the four men.", ("CONCEDE", "PAN", None, True)),
        ("The United Nations urged dialogue.", ("REQUEST", "IGO", None, True)),
        ("Egypt called for calm.", ("REQUEST", "EGY", None, True)),
        ("France ruled out a troop reduction.", ("REJECT", "FRA", None, True)),
        ("Japan welcomed the decision.", ("SUPPORT", "JPN", None, True)),
        # a day or an hour after "on" or "at" is when it was said, not whom it was said to
        ("Peru condemned the bombing on Sunday.", ("ACCUSE", "PER", None, True)),
        ("Chile rejected the offer on Tuesday.", ("REJECT", "CHL", None, True)),
        # a "for ... to" clause is what a call asks for: "called for the embassy to be closed"
        ("Peru called for the embassy to be closed.", ("REQUEST", "PER", None, True)),
        ("Kenya appealed for donors to send food aid.", ("REQUEST", "KEN", None, True)),
        # agreeing to resume or hold talks commits to them
        ("Venezuela agreed to resume talks in Barbados.", ("AGREE", "VEN", None, True)),
        ("Serbia agreed to hold a summit next year.", ("AGREE", "SRB", None, True)),
    ],
)
def test_speech_act_with_no_recipient(sentence_events, text, expected):
    assert expected in sentence_events(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a named addressee is still the recipient
        ("Japan condemned North Korea's nuclear test.", "ACCUSE"),
        # a verb whose lexicon code is broad says no such act on its own
        ("Germany signaled a change in its policy.", "AGREE"),
        ("Iran denied the report.", "REJECT"),
        # "pledged to halt": a commitment, not a threat of nobody
        ("Iran pledged to halt its nuclear work.", "THREATEN"),
        # an object that names a party the dictionaries lack is no accusation of nobody
        ("Australia criticized John Smithson.", "ACCUSE"),
        ("Britain accuses 8 of terror plot", "ACCUSE"),
        # ... nor is a call on someone the sentence names only by a pronoun
        ("Two men blew themselves up after Turkish police called on them to surrender.", "REQUEST"),
        # ... or a party named as the subject of what is called for
        ("Egypt called for the United Nations to send monitors.", "REQUEST"),
        # nothing said: no object, no clause
        ("Japan protested.", "ACCUSE"),
        # "agree" to anything else is no commitment to cooperate
        ("Kenya agreed to tell the story of the war.", "AGREE"),
        # ... and talks agreed with a named partner are addressed to it
        ("Peru agreed to resume talks with Chile's foreign minister.", "AGREE"),
        # a relative clause tells the background of its noun
        (
            "Pakistan's president stayed on beyond the date he promised to give up the post.",
            "AGREE",
        ),
    ],
)
def test_speech_act_alone_only_when_nobody_is_named(sentence_events, text, kind):
    assert not {e for e in sentence_events(text) if e[0] == kind and e[2] is None}


def test_speech_act_alone_keeps_its_modes(sentence_events):
    assert ("ACCUSE", "JPN", None, False) in sentence_events("Japan did not condemn the test.")


@pytest.mark.parametrize(
    "text",
    [
        "The United States said Iran was responsible for the attack.",
        "Iran was responsible for the attack, the United States said.",
        "The United States said Iran was to blame for the crisis.",
        "The United States said Iran was behind the bombing of the embassy.",
    ],
)
def test_speech_said_another_was_responsible_is_accuse(sentence_events, text):
    assert ("ACCUSE", "USA", "IRN", True) in sentence_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States said Iran was behind the wall.",  # no act to answer for
        "The United States said Iran was responsible for its own security.",  # not an act
        "The United States was responsible for the attack, Iran said.",
    ],
)
def test_speech_responsible_needs_an_accused_other(sentence_events, text):
    found = {e for e in sentence_events(text) if e[0] == "ACCUSE"}
    assert ("ACCUSE", "USA", "IRN", True) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # speech nouns: "from X" is the speaker, the one who undergoes it the recipient
        ("Turkey drew warnings from the European Union.", ("THREATEN", "EUR", "TUR", True)),
        ("Syria faced threats from Israel.", ("THREATEN", "ISR", "SYR", True)),
        ("Iraq received an appeal from the United Nations.", ("REQUEST", "IGO", "IRQ", True)),
        ("Turkey received praise from the United States.", ("SUPPORT", "USA", "TUR", True)),
        ("Iran received an ultimatum from the United States.", ("THREATEN", "USA", "IRN", True)),
    ],
)
def test_speech_nouns_from_their_speaker(sentence_events, text, expected):
    assert expected in sentence_events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act an accusation alleges is not coded as done
        ("Iran accused Israel of killing its scientist.", ("ACCUSE", "IRN", "ISR", True)),
        ("Pakistan blamed India for shelling its villages.", ("ACCUSE", "PAK", "IND", True)),
    ],
)
def test_speech_accusation_is_the_only_asserted_event(sentence_events, text, expected):
    found = sentence_events(text)
    assert expected in found
    assert {e for e in found if e[3]} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Britain summoned the Iranian ambassador.",
        "Britain summoned Iran's envoy over the arrests.",
        # the head or deputy head of an embassy, named by its post (issue 17, longform_dev4)
        "Britain summoned the deputy head of the Iranian embassy on Monday.",
        "Britain summoned the acting head of Iran's embassy twice in two days.",
    ],
)
def test_speech_summoning_an_ambassador_is_disapproval(sentence_events, text):
    # PLOVER: consulting an ambassador already in the country, to complain, is ACCUSE
    found = sentence_events(text)
    assert ("ACCUSE", "GBR", "IRN", True) in found
    assert not {e for e in found if e[0] == "CONSULT"}


def test_speech_alone_leaves_the_taggers_one_sided_requests_as_they_were(nlp):
    # a request the tagger read below UNCODED_MIN_PROBABILITY is still one-sided (triggers.py)
    from diplograph.records import Article
    from diplograph.stages.actors.mentions import ActorDictionary, find_mentions
    from diplograph.stages.events import arguments as args
    from diplograph.stages.events.triggers import Reading, one_sided

    parse = nlp.parse(Article(id="t", text="Egypt pleaded for calm.", published=None))
    idx = args.MentionIndex(parse, find_mentions(parse, ActorDictionary.load()), [])
    v = next(t.i for t in parse.tokens if t.text == "pleaded")
    reading = Reading(
        trigger=v,
        cameo="100",
        event="REQUEST",
        mode="",
        context=(),
        how="verb",
        actors=args.subject_of(parse, idx, v),
        recipients=args.Found(),
        learned=0.5,
    )
    assert [(a.actor.country, r) for a, r in one_sided(parse, reading)] == [("EGY", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a warning that says its speaker's own hostile act is a threat with no recipient
        ("North Korea warned that it would strike back if the drills went ahead.", "PRK"),
        ("Iran warned it would seize more tankers if its oil stayed blocked.", "IRN"),
    ],
)
def test_speech_a_warning_of_ones_own_attack_is_a_threat(sentence_events, text, expected):
    assert ("THREATEN", expected, None, True) in sentence_events(text)


@pytest.mark.parametrize(
    "text",
    [
        # a warning of what another party did or may do reports or forecasts it
        "Thousands of Afghan families may flee into Pakistan, the UN refugee agency warned.",
        "The Red Cross warned that Syrian refugees would cross into Jordan within days.",
        # ... and a warning of a danger is no threat of one's own
        "The European Union warned that the crisis could worsen.",
    ],
)
def test_speech_a_warning_of_others_acts_is_no_threat(sentence_events, text):
    assert not {e for e in sentence_events(text) if e[0] == "THREATEN"}


def test_speech_a_warning_of_ones_own_refusal_stays_a_threat(sentence_events):
    # "it" is the warner, and goods "flooding" in are no flood: no disaster toll either
    text = (
        "The European Union said it was ready to talk but warned that it would not accept"
        " Russian grain flooding into its markets."
    )
    assert ("THREATEN", "EUR", "RUS", True) in sentence_events(text)


@pytest.mark.slow
def test_speech_agreeing_to_take_part_in_talks():
    # agreeing to join talks is an agreement, alone when no partner is named
    assert ("AGREE", "HTI", None) in sides("Haitian rebels agreed to take part in peace talks.")
    found = sides("Nepal's Maoist rebels agreed to take part in talks with the government.")
    assert ("AGREE", "NPL", None) not in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each coordinated subject of a one-sided act does it
        (
            "Bolivia and Cuba vetoed the draft on Friday.",
            {("REJECT", "BOL", None), ("REJECT", "CUB", None)},
        ),
        (
            "Chile, Peru and Ecuador rejected the plan.",
            {("REJECT", "CHL", None), ("REJECT", "PER", None), ("REJECT", "ECU", None)},
        ),
    ],
)
def test_speech_alone_each_coordinated_subject(sentence_events, text, expected):
    assert expected <= {e[:3] for e in sentence_events(text) if e[3]}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state allowing something with nobody named concedes it
        ("For the first time in decades, Oman is allowing municipal elections.", "OMN"),
        ("Jordan will permit opposition rallies next month.", "JOR"),
        ("Cuba allowed travellers to bring in food and medicine.", "CUB"),
    ],
)
def test_speech_allowing_is_a_concession_alone(text, expected):
    assert ("CONCEDE", expected, None) in sides(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        # a party let act is the permission's addressee: no concession alone
        "Iran allowed Russian bombers to use its Hamadan air base.",
        "Peru allowed Chilean fishermen to work in its waters.",
    ],
)
def test_speech_allowing_a_party_is_no_concession_alone(text):
    assert not {s for s in sides(text) if s[0] == "CONCEDE" and s[2] is None}
