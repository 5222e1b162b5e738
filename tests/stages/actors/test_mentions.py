"""Tests of actor resolution: the dictionary, dated roles, user files, and find_mentions."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from diplograph.errors import ReferenceDataError
from diplograph.stages.actors.mentions import ActorDictionary, find_mentions, import_petrarch
from diplograph.stages.ingest.datelines import dateline_end

DATA = Path(__file__).parents[2] / "data" / "actors"
SEEDS = Path(__file__).resolve().parents[4] / "shared" / "eval" / "seeds" / "actors.jsonl"


def _seed_lines() -> list[dict]:
    if not SEEDS.exists():
        return []
    return [json.loads(line) for line in SEEDS.read_text().splitlines() if line.strip()]


@pytest.mark.parametrize("case", _seed_lines(), ids=lambda c: f"{c['text']}@{c['date']}")
def test_actors_seed_lines_resolve_to_gold(actors, case):
    actor = actors.resolve(case["text"], date.fromisoformat(case["date"]))
    assert actor.country == case["country"]
    assert actor.sector == case["sector"]


@pytest.mark.parametrize(
    ("text", "day", "code"),
    [
        ("Vladimir Putin", "1999-10-01", "RUSGOV"),  # prime minister from August 1999
        ("Putin", "1999-03-01", "RUSSPY"),  # FSB director before that
        ("Putin", "2010-06-01", "RUSGOV"),  # prime minister
        ("Putin", "2022-03-01", "RUSGOV"),  # president
        ("Donald Trump", "2018-05-01", "USAGOV"),
        ("Donald Trump", "2022-05-01", "USAELI"),  # out of office: still USA, not government
        ("Trump", "2025-03-01", "USAGOV"),
        ("President Moon", "2019-02-01", "KORGOV"),
        ("Moon Jae-in", "2023-02-01", "KORELI"),
        ("Shigeru Ishiba", "2025-01-10", "JPNGOV"),
        ("Kim Jong-il", "2005-01-01", "PRKGOV"),
    ],
)
def test_actors_dated_roles(actors, text, day, code):
    actor = actors.resolve(text, date.fromisoformat(day))
    assert actor.code == code
    assert actor.country == code[:3]
    assert actor.reason


def test_actors_role_reason_names_the_role(actors):
    actor = actors.resolve("Putin", date(2010, 6, 1))
    assert "prime minister" in actor.reason and actor.name == "Vladimir Putin"


def test_actors_at_rechooses_role(actors):
    actor = actors.resolve("Donald Trump", date(2018, 1, 1))
    assert actors.at(actor, date(2022, 1, 1)).sector == "ELI"
    assert actors.at(actor, date(2025, 6, 1)).sector == "GOV"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("Kyiv", "UKR", None),
        ("Kiev", "UKR", None),
        ("Tehran", "IRN", None),
        ("the Kremlin", "RUS", "GOV"),
        ("the White House", "USA", "GOV"),
        ("Ukrainian soldiers", "UKR", "MIL"),
        ("Iranian officials", "IRN", "GOV"),
        ("Chinese warships", "CHN", "MIL"),
        ("Israel’s", "ISR", None),
        ("Lavrov's", "RUS", "GOV"),
        ("the European Union", "EUR", None),
        ("G7 leaders", "G07", None),
        ("ASEAN", "ASN", None),
        ("Xinhua", "CHN", "MED"),
    ],
)
def test_actors_metonyms_demonyms_groups(actors, text, country, sector):
    actor = actors.resolve(text, date(2024, 3, 1))
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize("text", ["Zorblat Fnuk", "Jordan Peterson", "Acme Widgets Inc", "Smith"])
def test_actors_unknown_names_stay_unresolved(actors, text):
    actor = actors.resolve(text, date(2024, 1, 1))
    assert actor.country is None and actor.code is None
    assert actor.entity_text == text


def test_actors_user_dictionary_extends_and_overrides():
    actors = ActorDictionary.load([str(DATA / "user.yaml")])
    assert actors.resolve("Zorblat Fnuk", date(2021, 1, 1)).code == "XKXGOV"
    assert actors.resolve("Minister Fnuk", date(2024, 6, 1)).code == "XKXELI"
    assert actors.resolve("Grand Duchy Council").code == "LUXGOV"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- name: Ok\n  code: RUSGOV\n- name: Bad\n  code: russia\n", 3, "bad actor code"),
        ("- name: Ok\n  code: RUSGOV\n- name: NoCode\n", 3, "needs a 'code' or 'roles'"),
        ("- name: A\n  roles:\n  - [USAGOV, 2020-13-01, null]\n", 1, "bad date"),
        ("- name: A\n  colour: red\n  code: USA\n", 1, "unknown key"),
        ("- name: [unclosed\n", 2, "not valid YAML"),
    ],
)
def test_actors_malformed_user_dictionary_names_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "mine.yaml"
    path.write_text(text)
    with pytest.raises(ReferenceDataError) as info:
        ActorDictionary.load([str(path)])
    assert str(info.value).startswith(f"{path}:{line}:")
    assert message in str(info.value)


def test_actors_import_petrarch_roundtrips(tmp_path):
    text = import_petrarch(str(DATA / "petrarch.actors.txt"))
    out = tmp_path / "converted.yaml"
    out.write_text(text)
    actors = ActorDictionary.load([str(out)])
    assert actors.resolve("the mystery man", date(2018, 1, 1)).code == "USAGOV"
    assert actors.resolve("Mystery Man", date(2023, 1, 1)).code == "USAELI"
    assert actors.resolve("Acme Party").code == "FRAPTY"


@lru_cache(maxsize=8)
def _mentions(text: str, published: date):
    from diplograph.stages.nlp import parse_text

    parse = parse_text(text, published=published)
    return find_mentions(parse, ActorDictionary.load())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (  # the speaker of its own sentence is not one of "both countries", nor is the UN
            "Iran fired missiles at Pakistan. Pakistan struck Iran on Thursday. Iraq recalled "
            "its ambassador and complained to the UN. China, a close partner of both "
            "countries, urged restraint.",
            ["IRN", "PAK"],
        ),
        (  # the previous sentence names two states: a visit and "the two governments"
            "Iran fired missiles at Pakistan. Pakistan struck Iran on Thursday. US Secretary of "
            "State Antony Blinken visited Manila. During his visit the two governments agreed "
            "to build new bases.",
            ["PHL", "USA"],
        ),
    ],
)
def test_actors_pair_reference_is_the_stories_two_states(text, pair):
    found = _mentions(text, date(2024, 1, 19))
    groups = [m for m in found if m.kind == "group"]
    assert sorted(m.actor.country for m in groups[-2:]) == pair


@pytest.mark.slow
def test_actors_find_mentions_names_shorts_and_groups():
    text = (
        "Japanese Prime Minister Fumio Kishida met Chinese President Xi Jinping in Lima. "
        "Kishida told Xi that the two leaders should keep talking."
    )
    found = _mentions(text, date(2023, 11, 16))
    by_text = {(m.text, m.kind): m.actor.code for m in found}
    assert by_text[("Japanese Prime Minister Fumio Kishida", "name")] == "JPNGOV"
    assert by_text[("Kishida", "short")] == "JPNGOV"
    group = sorted(m.actor.country for m in found if m.kind == "group")
    assert group == ["CHN", "JPN"]
    assert [m.start for m in found] == sorted(m.start for m in found)


BROKEN = (
    "President Goodluck Jonathan met with him a\n\nArgentine peacekeepers arriving in French "
    "Polynesia have already begun to make their way from their bases."
)


@pytest.mark.slow
def test_actors_find_mentions_end_at_words_not_line_breaks():
    # a noun chunk the parser runs across a paragraph break ("a\n\nArgentine peacekeepers")
    found = _mentions(BROKEN, date(2024, 5, 1))
    assert "Argentine peacekeepers" in {m.text for m in found}
    assert all(m.text == m.text.strip() for m in found)


@pytest.mark.slow
def test_actors_find_mentions_short_form_takes_nearest():
    text = (
        "Kim Jong Il ruled until 2011. His son Kim Jong Un took power. "
        "Analysts say Kim has tested more missiles."
    )
    found = _mentions(text, date(2020, 1, 1))
    short = [m for m in found if m.text == "Kim"]
    assert short and short[0].actor.name == "Kim Jong Un"


@pytest.mark.slow
def test_actors_find_mentions_metonyms_agents_and_unknowns():
    text = (
        "Tehran rejected the offer. Iranian troops moved to the border, while "
        "Zorblat Fnuk of the Glorp Institute watched."
    )
    found = _mentions(text, date(2024, 5, 1))
    kinds = {m.text: (m.kind, m.actor.code) for m in found}
    assert kinds["Tehran"] == ("metonym", "IRN")
    assert kinds["Iranian troops"] == ("agent", "IRNMIL")
    unknown = [m for m in found if "Fnuk" in m.text]
    assert unknown and unknown[0].actor.country is None and unknown[0].kind == "name"


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("European leaders", "EUR", None),
        ("European sanctions", "EUR", None),
        ("Europe's", "EUR", None),
        ("Arab leaders", "ARB", None),
        ("African governments", "AFR", None),
        ("South African", "ZAF", None),
        ("Palestinian militants", "PSE", "REB"),  # the guide: REB armed opposition, militants
        ("Iraqi insurgents", "IRQ", "REB"),
        ("Sudanese rebels", "SDN", "REB"),
        ("Israeli helicopters", "ISR", "MIL"),
        ("Israeli warplanes", "ISR", "MIL"),
        ("U.S. jets", "USA", "MIL"),
        ("the Iranian foreign minister", "IRN", "GOV"),
        ("Israel's army", "ISR", "MIL"),
        ("Iraq's interim government", "IRQ", "GOV"),
        ("al Qaeda", "IMG", None),
        ("the Taliban", "AFG", "REB"),
        ("Iraqis", "IRQ", None),
        ("Afghans", "AFG", None),
    ],
)
def test_actors_resolves_groups_agents_and_plural_demonyms(actors, text, country, sector):
    actor = actors.resolve(text, date(2004, 9, 1))
    assert (actor.country, actor.sector) == (country, sector)


@pytest.mark.parametrize(
    "text",
    [
        "the Korean Peninsula",
        "Latin America",
        "Central America",
        "the Middle East",
        "Western Europe",
        "Southeast Asia",
        "Africa",
        "coalition forces",
    ],  # fmt: skip
)
def test_actors_regions_are_never_guessed_to_a_state(actors, text):
    actor = actors.resolve(text, date(2024, 1, 1))
    assert not actor.resolved and actor.code is None


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("AFP - The United States said", "AFP - "),
        ("GAZA CITY (Reuters) - Israeli troops", "GAZA CITY (Reuters) - "),
        ("Canadian Press - OTTAWA (CP) - The prime minister", "Canadian Press - OTTAWA (CP) - "),
        ("KABUL, Afghanistan - Troops moved", "KABUL, Afghanistan - "),
        ("MOSCOW, Aug. 18 (Xinhua) -- Russia said", "MOSCOW, Aug. 18 (Xinhua) -- "),
        ("The United States said on Monday", ""),
        ("Kim Jong Un - the leader - spoke", ""),
    ],
)
def test_actors_dateline_end(text, dateline):
    assert text[: dateline_end(text)] == dateline


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("AFP - The United States said on Monday it would send more aid.", "The United States"),
        ("GAZA CITY (Reuters) - Israeli troops shot two men near the fence.", "Israeli troops"),
        ("AP - John Kerry told voters he would end the war.", "John Kerry"),
    ],
)
def test_actors_find_mentions_skip_datelines(text, first):
    found = _mentions(text, date(2004, 9, 1))
    assert found and found[0].text == first and found[0].actor.resolved
    assert not any(w in m.text for m in found for w in ("AFP", "Reuters", "AP -"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hungarian and Romanian officials agreed to reopen the crossing.", {"HUNGOV", "ROUGOV"}),
        ("French and German troops will patrol the valley.", {"FRAMIL", "DEUMIL"}),
        ("U.S. and South Korean forces held drills on Tuesday.", {"USAMIL", "KORMIL"}),
        ("Afghan and U.S.-led troops killed ten militants.", {"AFGMIL", "USAMIL"}),
    ],
)
def test_actors_find_mentions_coordinated_demonyms_form_a_group(text, codes):
    groups = [m for m in _mentions(text, date(2024, 5, 1)) if m.kind == "group"]
    assert {m.actor.code for m in groups} == codes
    assert len({(m.start, m.end) for m in groups}) == 1  # one span, one mention per country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "day", "name"),
    [
        (
            "Lee Jae-myung has refused to back down. At Monday's meeting with President "
            "Emmanuel Macron in Paris, he said Seoul would not change course.",
            "2025-09-01",
            "Lee Jae-myung",
        ),
        (
            "Speaking after talks with Olaf Scholz, Emmanuel Macron said he would visit Berlin.",
            "2023-03-01",
            "Emmanuel Macron",
        ),
        (
            "Vladimir Putin met Xi Jinping in Beijing. He said the talks had been useful.",
            "2024-05-20",
            "Vladimir Putin",
        ),
    ],
)
def test_actors_pronoun_prefers_the_salient_subject(text, day, name):
    found = _mentions(text, date.fromisoformat(day))
    pronouns = [m for m in found if m.kind == "pronoun"]
    assert pronouns and pronouns[0].actor.name == name


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "At a dinner with Joe Biden on Friday, he praised the trade deal.",
        "Joe Biden thanked him for the visit.",
    ],
)
def test_actors_pronoun_never_takes_a_person_syntax_rules_out(text):
    found = _mentions(text, date(2022, 5, 1))
    assert not [m for m in found if m.kind == "pronoun"]


@pytest.mark.parametrize(
    "text, day, name",
    [
        ("Bush", date(2004, 9, 1), "George W. Bush"),  # not the Cayman premier also in office
        ("Kim", date(2004, 9, 1), "Kim Jong Il"),
        ("Blair", date(2004, 9, 1), "Tony Blair"),  # not a US admiral of that time
    ],
)
def test_actors_lone_surname_takes_the_leader_in_office(actors, text, day, name):
    assert actors.resolve(text, day).name == name


def _codes(text: str) -> dict[str, set[str]]:
    """Each mention text -> the set of codes it resolved to ('-' when unresolved)."""
    out: dict[str, set[str]] = {}
    for m in _mentions(text, date(2004, 9, 1)):
        out.setdefault(m.text, set()).add(m.actor.code or "-")
    return out


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "codes"),
    [
        (
            "US and Iraqi soldiers raided the village at dawn.",
            "US and Iraqi soldiers",
            {"USAMIL", "IRQMIL"},
        ),
        (
            "The talks included UK and Irish officials.",
            "UK and Irish officials",
            {"GBRGOV", "IRLGOV"},
        ),
        (
            "Critics of the U.S.-led occupation marched on Friday.",
            "U.S.-led occupation",
            {"USAMIL"},
        ),
        ("The Saudi-led coalition bombed the port.", "Saudi-led coalition", {"SAUMIL"}),
        ("Two Iraqis were wounded by the blast.", "Two Iraqis", {"IRQCVL"}),
        ("Police questioned an Afghan at the airport.", "Afghan", {"AFGCVL"}),
        ("A Chinese-American was charged with fraud.", "Chinese-American", {"USACVL"}),
        ("Hamas militants fired mortars at the settlement.", "Hamas militants", {"PSEREB"}),
        ("Hezbollah said it would retaliate.", "Hezbollah", {"LBNREB"}),
        ("AP - Pakistan tested a new missile on Monday.", "Pakistan", {"PAK"}),
        ("KABUL - Afghan police arrested two suspects.", "Afghan police", {"AFGCOP"}),
        ("The envoy urged all countries to cut aid.", "all countries", {"IGO"}),
        ("The world must act now, the minister said.", "The world", {"IGO"}),
        ("Powell briefed his European counterparts in Brussels.", "European counterparts", {"EUR"}),
    ],  # fmt: skip
)
def test_actors_find_mentions_wire_news_constructions(text, mention, codes):
    assert _codes(text)[mention] == codes


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Gunmen ambushed US troops near the border.", "Gunmen"),
        ("US soldiers said insurgents fired on them.", "insurgents"),
        ("A man was shot dead near a checkpoint manned by British troops.", "man"),
        ("Kidnappers seized a Turkish driver and his French passenger.", "Kidnappers"),
        ("Indian officials said militants crossed the line overnight.", "militants"),
    ],
)
def test_actors_generic_people_never_take_a_nearby_country(text, plain):
    found = _codes(text)
    assert found.get(plain, {"-"}) == {"-"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("BAGHDAD - Insurgents ambushed a convoy on Monday.", "Insurgents", "IRQREB"),
        ("Rebels shelled a market in Nyala, Sudan, as UN troops watched.", "Rebels", "SDNREB"),
    ],
)
def test_actors_insurgents_take_the_article_place(text, mention, code):
    assert _codes(text)[mention] == {code}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen freed a Canadian engineer on Friday after kidnapping him last month.", "CANCVL"),
        ("Police detained a Syrian doctor. They released him without charge.", "SYRCVL"),
    ],
)
def test_actors_pronoun_takes_a_person_with_a_nationality(text, code):
    pronouns = [m for m in _mentions(text, date(2004, 9, 1)) if m.kind == "pronoun"]
    assert pronouns and {m.actor.country for m in pronouns} == {code[:3]}


@pytest.mark.slow
def test_actors_pronoun_respects_gender_of_the_noun():
    found = _mentions("Officials said a Japanese woman had met him twice.", date(2004, 9, 1))
    assert not [m for m in found if m.kind == "pronoun"]


@pytest.mark.parametrize(
    "text", ["Dongshan Island", "Victoria", "Kingston", "Nasser", "the valley"]
)
def test_actors_common_words_never_resolve_to_a_small_state(actors, text):
    assert not actors.resolve(text, date(2004, 9, 1)).resolved


def test_actors_nepali_is_a_demonym(actors):
    assert actors.resolve("Nepali", date(2004, 9, 1)).code == "NPL"


# ---- wire-news error classes: names hiding states, dissolved states, places, pronouns


@pytest.mark.parametrize(
    "text",
    ["Simon Mann", "Michael Jordan", "Brad Jordan", "Michael B. Jordan", "Chad Smith"],
)
def test_actors_person_name_never_a_state_through_one_word(actors, text):
    assert actors.resolve(text, date(2025, 3, 1)).country is None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Northern Iraq", "IRQ"),
        ("Communist China", "CHN"),
        ("A Paris court", "FRA"),
        ("AFP - Australia", "AUS"),
        ("western Baghdad", "IRQ"),  # a direction, not "the West"
        ("Western diplomats", "WST"),
        ("Israel Katz", "ISR"),  # a person entry as a whole
    ],
)
def test_actors_state_names_after_modifiers_still_resolve(actors, text, country):
    assert actors.resolve(text, date(2025, 3, 1)).country == country


@pytest.mark.parametrize(
    ("text", "day", "country"),
    [
        ("Soviet Union", "1985-06-01", "SUN"),
        ("Soviet troops", "1980-01-10", "SUN"),
        ("Soviet Union", "2004-06-01", None),
        ("ex-Soviet republic", "2004-06-01", None),
        ("post-Soviet states", "2025-01-01", None),
        ("former Soviet republic of Georgia", "2004-06-01", "GEO"),
        ("ex-Soviet Georgia", "2008-08-10", "GEO"),
        ("Yugoslav army", "1999-04-01", "YUG"),
        ("Yugoslavia", "2005-01-01", None),
        ("Serbia and Montenegro", "2005-01-01", "SCG"),
        ("Serbia and Montenegro", "2010-01-01", None),
        ("Czechoslovakia", "1968-08-21", "CSK"),
        ("East Germany", "2000-01-01", None),
        ("former Yugoslav Republic of Macedonia", "2004-01-01", "MKD"),
        ("former Chilean dictator", "2004-01-01", "CHL"),  # "former" is about the dictator
    ],
)
def test_actors_dissolved_states_only_while_they_existed(actors, text, day, country):
    assert actors.resolve(text, date.fromisoformat(day)).country == country


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Iranian Foreign Minister Abbas Araghchi", "IRNGOV"),
        ("Britain's Prime Minister Keir Starmer", "GBRGOV"),
        ("the Israeli Defense Forces", "ISRMIL"),
        ("Hamas", "PSEREB"),
        ("the Taliban", "AFGREB"),
        ("the African Union", "AFU"),
        ("the Arab League", "ARL"),
        ("the IAEA", "IGOUNO"),
        ("the WHO", "IGOUNO"),
        ("OPEC", "IGO"),
        ("the Pentagon", "USAMIL"),
        ("the State Department", "USAGOV"),
        ("Downing Street", "GBRGOV"),
        ("the Elysee", "FRAGOV"),
        ("Zhongnanhai", "CHNGOV"),
        ("the Knesset", "ISRLEG"),
        ("the Duma", "RUSLEG"),
        ("Congress", "USALEG"),
        ("the U.S. Congress", "USALEG"),
        ("Parliament", None),
        ("the Security Council", "IGOUNO"),
        ("airline", None),
    ],
)
def test_actors_context_free_names_of_2025(actors, text, code):
    assert actors.resolve(text, date(2025, 6, 1)).code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # US wire copy names the executive departments bare; another state's is its own
        ("the Energy Department", "USAGOV"),
        ("the U.S. Transportation Department", "USAGOV"),
        ("the Veterans Affairs Department", "USAGOV"),
        ("the Homeland Security Department", "USAGOV"),
        ("Canada's Justice Department", "CANGOV"),
        ("the Mexican Agriculture Department", "MEXGOV"),
        ("Taiwan's Interior Department", "TWNGOV"),
    ],
)
def test_actors_us_departments_by_their_wire_names(actors, text, code):
    assert actors.resolve(text, date(2010, 6, 1)).code == code


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # a person's name holding a state's alias: the nationality before it counts, not "Mann"
        ("A court in Harare jailed British mercenary Simon Mann on Friday.", "Simon Mann", "GBR"),
        ("Fans cheered when Michael Jordan arrived in Chicago on Sunday.", "Michael Jordan", None),
        # insurgents take the place they hang on, then insurgents named before, then the dateline
        ("ABUJA (Reuters) - Rebels from Darfur walked out of the talks.", "Rebels", "SDN"),
        ("ABUJA - Rebels in the western region of Darfur ambushed a convoy.", "Rebels", "SDN"),
        (
            "ABUJA - Darfur's rebels left the talks, and the rebel leaders said they would return.",
            "rebel leaders",
            "SDN",
        ),
        ("ABUJA - Gunmen attacked a convoy near the border on Monday.", "Gunmen", "NGA"),
    ],
)
def test_actors_find_mentions_person_names_and_insurgent_places(text, words, country):
    found = [m for m in _mentions(text, date(2004, 9, 1)) if words in m.text]
    assert found
    assert found[0].actor.country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "noun"),
    [
        (
            "The plane landed in Jordan on Sunday, and the airline said it would fly again.",
            "airline",
        ),
        ("Troops arrived in Kenya on Monday. The company said its staff were safe.", "company"),
        ("A city near Kano was quiet on Monday.", "Kano"),  # a city, not a minister's surname
    ],
)
def test_actors_common_nouns_and_places_take_no_state(text, noun):
    found = [m for m in _mentions(text, date(2004, 9, 1)) if m.text.endswith(noun)]
    assert all(not m.actor.resolved for m in found)


@pytest.mark.slow
def test_actors_pronoun_never_a_hospital_or_firm():
    text = "The singer left a Tokyo hospital on Saturday, and he flew home to Paris."
    found = _mentions(text, date(2004, 9, 1))
    assert not [m for m in found if m.kind == "pronoun"]


# ---- 'its' / 'their' -> a state-like actor; 'the West' in running text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Pakistan said Indian troops attacked its posts.", {"PAK"}),
        ("The EU said its sanctions would stay in place.", {"EUR"}),
        ("Russia expelled two diplomats. Its foreign ministry called the move final.", {"RUS"}),
        ("Officials said Turkey had moved its tanks to the border.", {"TUR"}),
        ("Iraqi soldiers and their commanders fled the town.", {"IRQMIL"}),
        ("Brazil and Argentina said their ties were strong.", {"BRA", "ARG"}),
    ],
)
def test_actors_possessive_takes_the_governing_state(text, codes):
    found = [m for m in _mentions(text, date(2024, 5, 1)) if m.kind == "pronoun"]
    assert found and {m.actor.code for m in found} == codes
    assert all(m.text.lower() in ("its", "their") for m in found)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin said its army was ready.",  # a person is never 'its'
        "The foreign minister of Peru said its army was ready.",
        "The company said Russia had fined its local unit.",  # a subject naming no actor
        "A storm hit eastern Cuba, sweeping five fishermen to their deaths.",
        "Chile hoped that two Chilean sailors held abroad would be freed and urged their release.",
        "Lula and Milei are using Venezuela to advance their own campaigns.",
        "He thanked envoys from Peru and Chile who are known for their patience.",
    ],
)
def test_actors_possessive_never_a_person_or_past_a_plain_noun(text):
    found = [m for m in _mentions(text, date(2024, 5, 1)) if m.kind == "pronoun"]
    assert not [m for m in found if m.text.lower() in ("its", "their")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Beijing accused the West of meddling in its affairs.", "West"),
        ("Western powers condemned the missile launch.", "Western powers"),
        ("Tehran said Western sanctions were illegal.", "Western"),
        ("Moscow wants to end the Western-led order.", "Western-led order"),
        ("Kremlin aides say the west is waging a proxy war.", "west"),
        ("The talks between Russia and the West broke down.", "West"),
    ],
)
def test_actors_the_west_in_running_text(text, words):
    found = [m for m in _mentions(text, date(2024, 5, 1)) if m.actor.country == "WST"]
    assert [m.text for m in found if m.kind != "pronoun"] == [words]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to the west of the country on Monday.",
        "Rebels control much of the west and the north.",
        "Settlers moved into the West Bank.",
    ],
)
def test_actors_west_as_a_direction_is_no_actor(text):
    assert not [m for m in _mentions(text, date(2024, 5, 1)) if m.actor.country == "WST"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Lviv's mayor said the city would rebuild its bridges.", "Lviv's mayor", "UKRGOV"),
        ("Zaporizhzhia said the dam was safe.", "Zaporizhzhia", "UKR"),
        ("A city near Lviv was quiet on Monday.", "Lviv", None),  # a location, not an actor
    ],
)
def test_actors_find_mentions_places_as_actors_only_when_they_act(text, mention, code):
    found = [m for m in _mentions(text, date(2023, 6, 1)) if m.text == mention]
    assert [m.actor.code for m in found] == [code]


def test_actors_dictionary_cached_copy_equals_a_fresh_build(tmp_path, monkeypatch):
    from diplograph.cache import cached
    from diplograph.stages.actors.index import shipped_index, shipped_sources

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = cached("actors", shipped_sources(), shipped_index)
    assert list((tmp_path / "diplograph").glob("actors-*.pickle"))
    assert cached("actors", shipped_sources(), lambda: None) == built == shipped_index()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "body", "code"),
    [
        (
            "MANILA - Chinese ships fired water cannon at a supply boat. "
            "The Department of Foreign Affairs summoned China's envoy.",
            "The Department of Foreign Affairs",
            "PHLGOV",
        ),
        (
            "LONDON - Hackers targeted lawmakers. The Foreign Office summoned China's ambassador.",
            "The Foreign Office",
            "GBRGOV",
        ),
    ],
)
def test_mentions_a_hosts_body_named_alone_in_a_located_article(text, body, code):
    assert _codes(text).get(body) == {code}


@pytest.mark.slow
def test_mentions_a_body_named_alone_in_an_unlocated_article_has_no_state():
    text = "Hackers targeted lawmakers. The Foreign Office summoned China's ambassador."
    assert "GBRGOV" not in _codes(text).get("The Foreign Office", set())


def test_mentions_an_untagged_plural_people_noun_is_a_mention():
    # the tagger leaves "Britons" outside every entity: the victims' state is read all the same
    found = _mentions("Gunmen kidnapped two Britons in Basra on Monday.", date(2004, 9, 1))
    assert [(m.text, m.actor.country) for m in found if m.text.endswith("Britons")] == [
        ("Britons", "GBR")
    ]


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("Kyiv rejected the offer on Tuesday.", "Kyiv", "UKR"),
        ("Tbilisi recalled its envoy after the vote.", "Tbilisi", "GEO"),
    ],
)
def test_mentions_an_untagged_capital_is_its_state(text, capital, country):
    # the tagger marks no entity on these capitals: the run is still the state, like a name
    found = _mentions(text, date(2023, 5, 1))
    assert [(m.text, m.actor.country) for m in found if m.text == capital] == [(capital, country)]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The interim government in Bamako expelled the envoy.", "interim government", "MLIGOV"),
        ("The junta in Niamey suspended the broadcaster.", "junta", "NERGOV"),
    ],
)
def test_mentions_a_government_takes_the_state_its_seat_names(text, phrase, code):
    found = _mentions(text, date(2023, 5, 1))
    assert [m.actor.code for m in found if m.text == phrase] == [code]


def test_mentions_troops_in_a_country_do_not_take_its_state():
    # a force is often abroad: only bodies that sit where they rule take the "in" place
    found = _mentions("The troops in Chad withdrew on Monday.", date(2023, 5, 1))
    assert all(m.actor.country != "TCD" for m in found if "troops" in m.text)


def test_mentions_an_untagged_acronym_of_an_organisation_is_a_mention():
    # the model reads "ECOWAS" as an adjective and tags no entity on it
    found = _mentions("ECOWAS envoys arrived in Conakry.", date(2023, 5, 1))
    assert [m.actor.code for m in found if m.text.startswith("ECOWAS")] == ["IGOWAFBUSWAS"]


def test_mentions_a_state_name_the_model_calls_a_work_of_art_is_the_state():
    found = _mentions("Brussels later lifted the curbs on Niger.", date(2023, 5, 1))
    assert [(m.text, m.actor.code) for m in found if m.text == "Niger"] == [("Niger", "NER")]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO ministers met in Brussels. The alliance then sent more jets to Romania.", "NAT"),
        ("The European Union agreed new rules. The 27-nation bloc also fined the firm.", "EUR"),
    ],
)
def test_mentions_the_bloc_is_the_bloc_named_before(text, code):
    found = _mentions(text, date(2023, 5, 1))
    assert [m.actor.code for m in found if m.text.endswith(("alliance", "bloc"))] == [code]


def test_mentions_a_bloc_of_their_own_is_not_the_one_named_before():
    text = "Mali quit ECOWAS in January. Mali and Niger then formed their own alliance."
    found = _mentions(text, date(2024, 5, 1))
    assert all(m.actor.code is None for m in found if m.text.endswith("alliance"))


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Police in Mombasa arrested six men on Friday.", "Police", "KENCOP"),
        ("Farmers in Lyon blocked the ring road.", "Farmers", "FRAAGR"),
        ("Police in Brussels detained two protesters.", "Police", "BELCOP"),  # the city, not the EU
        ("Nurses in Accra walked out of the hospitals.", "Nurses", "GHAHLH"),
    ],
)
def test_mentions_a_city_s_own_people_are_where_they_are(text, word, code):
    found = _mentions(text, date(2023, 5, 1))
    assert [m.actor.code for m in found if m.text == word] == [code]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("IMF officials left Lusaka on Friday.", "IMF officials", "IGO"),  # an alias
        ("OPEC+ raised its output target.", "OPEC+", "IGO"),
        ("Eurozone leaders backed the plan for Cyprus.", "Eurozone leaders", "EUR"),
    ],
)
def test_mentions_untagged_bodies_before_their_agents_are_mentions(text, phrase, code):
    found = _mentions(text, date(2023, 5, 1))
    assert [m.actor.code for m in found if m.text == phrase] == [code]
