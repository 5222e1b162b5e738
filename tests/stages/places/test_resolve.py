"""Tests of the places stage and the gazetteer (sentences written for these tests)."""

from __future__ import annotations

from functools import cache

import pytest

from diplograph.stages.places import event_location, find_places, haversine_km
from diplograph.stages.places.gazetteer import Gazetteer, fold


@cache
def _parse(text: str):
    from diplograph.stages.nlp import parse_text

    return parse_text(text)


def _places(text: str):
    return find_places(_parse(text), Gazetteer.load())


def _by_text(text: str) -> dict:
    return {p.text: p for p in _places(text)}


def test_places_haversine_km_known_distance():
    # Paris to London is about 344 km
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(344, abs=3)
    assert haversine_km(10, 10, 10, 10) == 0


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The Gaza Strip", "gaza strip"),
        ("U.S.", "us"),
        ("Köln", "koln"),
        ("St.  Louis", "saint louis"),
    ],
)
def test_places_fold_names(name, expected):
    assert fold(name) == expected


@pytest.mark.parametrize(
    ("name", "country", "geonameid"),
    [
        ("Paris", None, 2988507),
        ("Paris", "USA", 4717560),
        ("Georgia", None, 614540),
        ("Georgia", "USA", 4197000),
        ("Kiev", None, 703448),
        ("Washington", None, 4140963),
    ],
)
def test_places_gazetteer_lookup(name, country, geonameid):
    place = Gazetteer.load().lookup(name, country=country)
    assert place is not None and place.geonameid == geonameid


def test_places_gazetteer_unknown_name():
    assert Gazetteer.load().lookup("Zzyzxville") is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country", "geonameid"),
    [
        ("The rodeo in Paris, Texas, drew crowds from Dallas.", "Paris", "USA", 4717560),
        ("Buyers flew to Paris and Milan for the autumn shows.", "Paris", "FRA", 2988507),
        (
            "Crowds filled Tbilisi as Georgia accused Russia.",
            "Georgia",
            "GEO",
            614540,
        ),
        (
            "Voters in Atlanta queued as Georgia counted ballots.",
            "Georgia",
            "USA",
            4197000,
        ),
        ("BAGHDAD (Reuters) - A car bomb exploded near a market.", "BAGHDAD", "IRQ", 98182),
        ("KABUL, Afghanistan (AFP) - Elders met on Sunday.", "Afghanistan", "AFG", 1149361),
    ],
)
def test_places_disambiguation_in_context(text, mention, country, geonameid):
    place = _by_text(text)[mention]
    assert (place.country, place.geonameid) == (country, geonameid)
    assert place.reason


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country", "precision"),
    [
        ("Reserves were sent to the Ukrainian front.", "Ukrainian front", "UKR", "country"),
        ("No troops will stand on European soil.", "European soil", None, "area"),
        ("Drones strayed into Polish airspace overnight.", "Polish airspace", "POL", "country"),
    ],
)
def test_places_demonym_before_place_noun(text, mention, country, precision):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, precision)


@pytest.mark.slow
def test_places_demonym_of_a_person_is_no_literal_place():
    places = _places("The Russian President spoke to Turkish reporters on Monday.")
    assert [(p.text, p.kind) for p in places] == [("Russian", "demonym"), ("Turkish", "demonym")]


@pytest.mark.slow
def test_places_capital_as_metonym():
    places = _by_text("Washington said on Friday that talks with Seoul would resume in Geneva.")
    assert places["Washington"].metonym and places["Seoul"].metonym
    assert not places["Geneva"].metonym
    assert places["Washington"].geonameid == 4140963  # still a toponym with its point


@pytest.mark.slow
def test_places_unknown_place_kept_without_point():
    place = _by_text("Aid workers reached Zzyzxville in Moldova on Tuesday.")["Zzyzxville"]
    assert place.lat is None and place.geonameid is None and place.name is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The president's arrival in Minsk was delayed by fog.", "arrival", "Minsk"),
        ("Talks with Seoul began in Geneva on Monday.", "began", "Geneva"),
        ("The ministers met in Hanoi after Tokyo protested.", "met", "Hanoi"),
        ("Hundreds of soldiers were sent to the Ukrainian front.", "sent", "Ukrainian front"),
        ("Washington said the deal was fair.", "said", None),
    ],
)
def test_places_event_location(text, trigger, expected):
    parse = _parse(text)
    places = find_places(parse, Gazetteer.load())
    index = next(t.i for t in parse.tokens if t.text == trigger)
    location = event_location(parse, index, places)
    assert (location.text if location else None) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("St Petersburg", "saint petersburg"),
        ("St. Petersburg", "saint petersburg"),
        ("Saint Petersburg", "saint petersburg"),
        ("Mt. Kenya", "mount kenya"),
        ("Ft Worth", "fort worth"),
        ("Ste. Anne", "sainte anne"),
        ("Worst Street", "worst street"),
    ],
)
def test_places_fold_expands_abbreviations(name, expected):
    assert fold(name) == expected


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("Nagaland", "IND", "region"),
        ("Odisha", "IND", "region"),
        ("Nangarhar", "AFG", "region"),
        ("Khuzestan", "IRN", "region"),
        ("Heilongjiang", "CHN", "region"),
        ("Sulawesi", "IDN", "region"),
        ("Tatarstan", "RUS", "region"),
        ("Kyushu", "JPN", "region"),
        ("Minas Gerais", "BRA", "region"),
        ("Lower Saxony", "DEU", "region"),
        ("Ft. Worth", "USA", "city"),
        ("St. Petersburg", "RUS", "city"),
    ],
)
def test_places_gazetteer_first_level_divisions_and_abbreviations(name, country, precision):
    place = Gazetteer.load().lookup(name)
    assert place is not None and (place.country, place.precision) == (country, precision)
    assert place.lat is not None and place.lon is not None


def test_places_gazetteer_punjab_in_either_country():
    gazetteer = Gazetteer.load()
    assert gazetteer.lookup("Punjab", country="PAK").country == "PAK"
    assert gazetteer.lookup("Punjab", country="IND").country == "IND"


@pytest.mark.parametrize(
    ("abbreviation", "region"),
    [("Calif.", "California"), ("N.Y.", "New York"), ("Que.", "Quebec"), ("Ga.", "Georgia")],
)
def test_places_gazetteer_wire_abbreviation_qualifies(abbreviation, region):
    entry = Gazetteer.load().qualifier(abbreviation)
    assert entry is not None and entry.name == region and entry.precision == "region"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country", "metonym"),
    [
        ("Kenya's government rejected the plan on Monday.", "Kenya", "KEN", True),
        ("AFP - Chile's president flew home after the talks.", "Chile", "CHL", True),
        ("Reuters - Cyprus' Maria Lenis won the final heat.", "Cyprus", "CYP", True),
        ("Fishermen crowded Egypt's second city Alexandria.", "Egypt", "EGY", False),
        ("Thousands of tourists visited Peru last year.", "Peru", "PER", False),
    ],
)
def test_places_possessive_and_country_metonym(text, mention, country, metonym):
    place = _by_text(text)[mention]
    assert place.country == country and place.metonym is metonym
    assert place.lat is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "ISLAMABAD, 3 March 2005 - Pakistan and Afghanistan agreed to reopen the border.",
            {"ISLAMABAD": "PAK", "Pakistan": "PAK", "Afghanistan": "AFG"},
        ),
        (
            "LIMA, Peru, Jan. 12 (Reuters) - Ecuador protested on Tuesday.",
            {"LIMA": "PER", "Peru": "PER", "Ecuador": "ECU"},
        ),
        ("Kigali/Kampala - Officials from both sides met.", {"Kigali": "RWA", "Kampala": "UGA"}),
        ("SPRINGFIELD, Ill. (AP) - The council voted.", {"SPRINGFIELD": "USA", "Ill.": "USA"}),
        ("MÜNSTER, Germany (dpa) - The court ruled.", {"MÜNSTER": "DEU", "Germany": "DEU"}),
        ("ŁÓDŹ (Reuters) - The mayor resigned on Monday.", {"ŁÓDŹ": "POL"}),
    ],
)
def test_places_dateline_and_following_names(text, mentions):
    found = {p.text: p.country for p in _places(text)}
    for mention, country in mentions.items():
        assert found.get(mention) == country, (mention, found)


@pytest.mark.slow
def test_places_dateline_abbreviation_picks_the_state():
    place = _by_text("SPRINGFIELD, Ill. (AP) - The council voted.")["SPRINGFIELD"]
    assert place.geonameid == 4250542  # Springfield, Illinois, not Missouri or Massachusetts


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Riot police were sent to St. Petersburg and Moscow.", "St. Petersburg", "RUS"),
        ("Floods cut roads across Odisha and Bihar this week.", "Odisha", "IND"),
        ("Militants attacked a convoy in Nangarhar on Sunday.", "Nangarhar", "AFG"),
        ("Strong winds battered Kyushu and Okinawa overnight.", "Kyushu", "JPN"),
        ("The flight was diverted to Frankfurt Airport after a scare.", "Frankfurt Airport", "DEU"),
    ],
)
def test_places_regions_abbreviations_and_facilities(text, mention, country):
    place = _by_text(text)[mention]
    assert place.country == country and place.lat is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("The Bank of England raised interest rates again.", {"England"}),
        ('A group calling itself "The Holy Army in Syria" made threats.', {"Syria"}),
        ("Divers inspected the tanker Valencia after the blast.", {"Valencia"}),
    ],
)
def test_places_names_inside_organisations_and_vessels_are_no_literal_places(text, not_places):
    assert not not_places & {p.text for p in _places(text) if p.kind == "literal"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Canadian police said the Ottawa rally was peaceful. Protests in Toronto and "
            "London drew thousands.",
            "London",
            "CAN",
        ),
        ("Britain's ministers met in Leeds. Protests in London drew thousands.", "London", "GBR"),
        ("Crowds in Dallas and Houston cheered as the team left for Paris.", "Paris", "FRA"),
    ],
)
def test_places_focus_country_outweighs_population(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
def test_places_named_state_picks_its_city():
    place = _by_text("Voters across Illinois queued on Tuesday. In Springfield the count was slow.")
    assert place["Springfield"].geonameid == 4250542  # Springfield, Illinois


@pytest.mark.slow
def test_places_village_without_support_is_kept_unplaced():
    text = "A minister attacked the heir to the throne Prince Charles, calling him old fashioned."
    prince = _by_text(text).get("Prince Charles")
    assert prince is None or (prince.lat is None and "a village" in prince.reason)


@pytest.mark.slow
def test_places_village_among_places_of_its_country_is_placed():
    place = _by_text("Russian shells hit Vuhledar and Donetsk in Ukraine.")["Vuhledar"]
    assert place.country == "UKR" and place.lat is not None


@pytest.mark.slow
def test_places_a_qualified_name_keeps_its_qualifier_where_repeated():
    text = (
        "LONDON, Ontario (CP) - Police in London said a driver from Detroit and Chicago was held."
    )
    londons = [p for p in _places(text) if p.text.lower() == "london"]
    assert [p.country for p in londons] == ["CAN", "CAN"]


@pytest.mark.slow
def test_places_dateline_abbreviation_before_a_namesake():
    places = _by_text("SPRINGFIELD, Mo. (AP) - The council met on Monday.")
    assert (places["Mo."].name, places["SPRINGFIELD"].country) == ("Missouri", "USA")


def test_places_a_city_takes_the_country_of_the_places_listed_with_it():
    text = (
        "Pakistan beat England in Lahore and Karachi last year, and the team flew home through "
        "Doha and Dubai. Pakistan will then tour Christchurch, Wellington and Hamilton in "
        "February."
    )
    hamilton = _by_text(text)["Hamilton"]
    assert hamilton.country == "NZL" and "listed with places in NZL" in hamilton.reason


def test_places_a_province_listed_with_another_stays_the_province():
    places = _by_text("Smoke from the fires reached Quebec and Ontario on Tuesday.")
    assert (places["Quebec"].precision, places["Ontario"].precision) == ("region", "region")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Herders in Turkana county lost cattle to raiders.", "Turkana", "KEN"),
        (
            "Fires burned near Banff National Park in Alberta, Canada, on Monday.",
            "Banff National Park",
            "CAN",
        ),  # fmt: skip
        ("Police in Harris County said two men were held.", "Harris County", None),
        # a village of another country is no park's town
        ("Crews fought fires in Yoho National Park, British Columbia.", "Yoho National Park", None),
    ],
)
def test_places_a_county_of_a_division_and_a_park_of_a_town(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
def test_places_a_neighbour_of_the_dateline_town():
    text = "CAMBRIDGE, Mass. - Shoppers drove to malls in Burlington and Saugus instead."
    found = {p.text: p for p in _places(text)}
    assert found["Burlington"].country == "USA" and found["Burlington"].lat > 42


@pytest.mark.slow
def test_places_a_qualifier_names_the_state_not_the_capital():
    found = _by_text("Visitors came by ferry from Port Angeles, Washington, on Friday.")
    assert found["Washington"].precision == "region" and found["Port Angeles"].country == "USA"


@pytest.mark.parametrize(
    ("text", "alias", "country"),
    [
        ("The festival moved to Saigon, now officially called Ho Chi Minh City, in May.",
         "Ho Chi Minh City", "VNM"),
        ("Buses left Chennai, formerly Madras, before dawn.", "Madras", "IND"),
        ("Refugees reached Kisangani, once known as Stanleyville, by boat.", "Stanleyville",
         "COD"),
        ("Pilgrims flew into Beijing, once spelled Peking, on Monday.", "Peking", "CHN"),
        ("Freighters queued off Mumbai, the port formerly called Bombay, for a week.", "Bombay",
         "IND"),
    ],
)  # fmt: skip
def test_places_second_name_given_beside_a_place(text, alias, country):
    places = _by_text(text)
    named = next(p for p in places.values() if p.text != alias)
    assert places[alias].country == country
    assert places[alias].geonameid == named.geonameid


@pytest.mark.parametrize(
    ("text", "mention", "country", "precision"),
    [
        ("Gunmen kidnapped six pupils in Delta state on Monday.", "Delta state", "NGA", "region"),
        ("Voters in Cross River state went to the polls.", "Cross River state", "NGA", "region"),
        ("Lorries queued at the Torkham crossing for three days.", "Torkham", "AFG", "region"),
        ("Drones struck Hmeimim air base overnight.", "Hmeimim", "SYR", "region"),
        ("Villages near the Guddu Barrage were evacuated.", "Guddu Barrage", "PAK", "region"),
        ("Drought has hit Mudug and Galguduud hardest.", "Galguduud", "SOM", "region"),
        ("Oil workers in Mangystau walked out.", "Mangystau", "KAZ", "region"),
    ],
)  # fmt: skip
def test_places_divisions_crossings_bases_and_dams(text, mention, country, precision):
    place = _by_text(text)[mention]
    assert (place.country, place.precision) == (country, precision)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Storms flooded cellars across Vaucluse on Sunday.", "Vaucluse", "FRA"),
        ("Wine growers in the Gironde pulled up their vines.", "Gironde", "FRA"),
        ("Police reinforcements were sent to Seine-Saint-Denis.", "Seine-Saint-Denis", "FRA"),
        ("Snow cut off villages in Graubünden for two days.", "Graubünden", "CHE"),
        ("A wolf was shot in Dalarna last winter.", "Dalarna", "SWE"),
        ("Barges were stuck on the Po for a week.", "Po", "ITA"),
        ("Hikers were lost in the Dolomites.", "Dolomites", "ITA"),
    ],
)  # fmt: skip
def test_places_european_departments_cantons_counties_and_features(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Tuscan authorities closed the beaches.", "Tuscan", "ITA"),
        ("Breton fishermen blocked the harbour.", "Breton", "FRA"),
        ("The Saxon interior ministry banned the march.", "Saxon", "DEU"),
    ],
)  # fmt: skip
def test_places_demonyms_of_regions(text, mention, country):
    place = _by_text(text)[mention]
    assert (place.kind, place.country, place.precision) == ("demonym", country, "region")


@pytest.mark.slow
def test_places_a_state_named_in_another_countrys_story_lifts_none_of_its_towns():
    text = (
        "RED DEER, Alberta (CP) - Crews reopened the highway between Edson and Hinton on "
        "Friday after the fire passed Edmonton's suburbs. Smoke drifted as far as Oklahoma."
    )
    assert _by_text(text)["Hinton"].country == "CAN"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Protesters gathered in Hamilton, near Glasgow, on Saturday.", "Hamilton", "GBR"),
        ("Mourners filled the church in Hamilton, outside Glasgow.", "Hamilton", "GBR"),
    ],
)  # fmt: skip
def test_places_a_town_named_beside_its_neighbour_is_read_by_it(text, mention, country):
    assert _by_text(text)[mention].country == country


@pytest.mark.parametrize(
    ("text", "name", "river"),
    [
        ("Engineers built a pontoon across the Dnipro after the bridge fell.", "Dnipro", True),
        ("Boats carried grain down the Dnipro toward Kherson.", "Dnipro", True),
        ("Officials in Dnipro reopened the schools.", "Dnipro", False),
        ("The Dnipro authorities reopened the schools.", "Dnipro", False),
    ],
)
def test_places_a_town_name_after_the_is_its_river(text, name, river):
    place = _by_text(text)[name]
    assert (place.precision != "city") == river


@pytest.mark.slow
def test_places_a_county_named_with_its_noun_keeps_its_sense_bare():
    places = _by_text(
        "Flood warnings were issued for Co Kerry and Co Mayo on Tuesday. In Kerry, the roads "
        "to Kenmare were shut, and in Mayo the army filled sandbags."
    )
    assert places["Kerry"].name == "County Kerry" and places["Mayo"].name == "County Mayo"


@pytest.mark.slow
def test_places_a_county_town_named_bare_stays_the_town():
    places = _places("Rain fell across County Galway, and in Galway the council opened a centre.")
    bare = [p for p in places if p.text == "Galway"]
    assert bare and bare[0].precision == "city"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        ("Voters in Jackson County, Mo., and in Kansas approved the stadium tax.", "Mo.",
         "Missouri"),
        ("The bakery will move from Burlington, Ont., to a plant near Hamilton.", "Ont",
         "Ontario"),
    ],
)  # fmt: skip
def test_places_a_wire_abbreviation_after_a_place_is_the_state(text, mention, state):
    assert _by_text(text)[mention].name == state


@pytest.mark.slow
def test_places_a_city_entity_leaves_its_lowercase_noun():
    place = _by_text("Police closed roads in Cardiff city centre.")["Cardiff"]
    assert place.country == "GBR" and place.lat is not None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Smoke drifted over Mount Hood Airport and the valley.", "Mount Hood Airport"),
        ("The trail from Snoqualmie Pass to Mount Rainier National Park reopened.",
         "Mount Rainier National Park"),
    ],
)  # fmt: skip
def test_places_a_facility_named_after_a_feature_takes_its_point(text, mention):
    place = _by_text(text)[mention]
    assert place.country == "USA" and place.lat is not None


@pytest.mark.slow
def test_places_a_direction_left_alone_is_no_town():
    places = _by_text("Mayors in the North West want the same powers as Manchester and Liverpool.")
    assert places["North West"].lat is None


@pytest.mark.slow
def test_places_a_name_cut_short_by_the_tagger_is_no_first_name():
    places = _by_text("Farmers near Lough Derg said that Lough Ree had burst its banks.")
    assert places["Lough Ree"].country == "IRL"
