"""Country names in text: places named after a country are not the country."""

import pytest

from extract.vocab.countries import dateline_country, find_countries


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("a 15% tariff on the Indian Ocean island's goods", []),
        ("patrols in the South China Sea", []),
        ("ferries across the English Channel", []),
        ("oil rigs in the Gulf of Mexico", []),
        ("pecan growers in New Mexico and ports in New Jersey", []),
        # the country itself, and its demonym after "New"
        ("New Mexican tariffs on Chinese cars", ["MX", "CN"]),
        ("Indian exporters and Mexico City officials", ["IN", "MX"]),
        ("Papua New Guinea and New Zealand", ["PG", "NZ"]),
    ],
)
def test_places_named_after_a_country(text, codes):
    assert [code for _, _, code, _ in find_countries(text)] == codes


@pytest.mark.parametrize(
    ("city", "code"),
    [
        ("Maseru", "LS"),  # a capital
        ("Hà Nội", "VN"),  # a capital as spelt at home
        ("Johannesburg", "ZA"),  # a large city
        ("São Paulo", "BR"),
        ("Hamilton", None),  # a city of several countries' name
        ("Narnia", None),
    ],
)
def test_dateline_country(city, code):
    assert dateline_country(city) == code


def test_countries_in_a_run_of_capitals():
    # a post in capitals names its countries; its small words and acronyms stay as they are;
    # a boast in the first person is left alone
    from extract.vocab.countries import find_countries

    def codes(text: str) -> list[str]:
        return [c for _, _, c, _ in find_countries(text)]

    assert codes("TARIFFS ON ALL WINES COMING OUT OF FRANCE AND OTHER COUNTRIES") == ["FR"]
    assert codes("HELP FOR THE DEMOCRATIC REPUBLIC OF THE CONGO NOW") == ["CD"]
    assert codes("GOODS FROM THE USA AND THE UAE TODAY") == ["US", "AE"]
    assert codes("TARIFFS ON ALL GOODS FROM NEW MEXICO AND TEXAS") == []
    assert codes("SHIPS IN THE SOUTH CHINA SEA TODAY") == []
    assert codes("WE ARE GETTING A TOTAL OF 55% TARIFFS, CHINA IS GETTING 10%") == []
