"""One unit registry: currencies never mix implicitly; conversion is explicit, by year, from the tables."""
from __future__ import annotations

import pint
import pytest

from claims import units
from claims.units import UnitError, ureg


@pytest.mark.parametrize("written,canonical", [
    ("%", "percent"), ("percent", "percent"), ("people", "person"), ("refugees", "person"),
    ("yr", "year"), ("months", "month"), ("dollars", "USD"), ("RMB", "CNY"), ("yuan", "CNY"),
    ("won", "KRW"), ("€", "EUR"), ("£", "GBP"), ("USD/year", "USD/year"), ("people / year", "person/year"),
    ("km²", "square_kilometer"), ("sq km", "square_kilometer"), ("ha", "hectare"), ("USD/acre", "USD/acre"),
    ("", ""),
])
def test_editors_unit_names_map_to_one_canonical_name(written, canonical):
    assert units.canonical_unit(written) == canonical


def test_every_canonical_unit_is_understood_by_the_registry():
    for unit in set(units.UNIT_WORDS.values()):
        ureg.Unit(unit)


def test_every_canonical_unit_written_in_a_unit_column_is_itself():
    """A reading's unit given back as a row's unit names the same unit: the mass pound was 'pound',
    which a unit column reads as sterling, so 25 lb written back became £25."""
    for unit in set(units.UNIT_WORDS.values()):
        assert units.canonical_unit(unit) == unit
    assert units.canonical_unit("pound") == "GBP" and units.canonical_unit("lb") == "pound_mass"


def _meaning(registry: pint.UnitRegistry) -> dict[str, tuple[str, str, float]]:
    """What a registry makes of every unit the project writes: its name, dimension and size in base units."""
    names = set(units.UNIT_WORDS.values()) | set(units.UNIT_LABELS) | {"USD/year", "person/year", "hour/day"}
    return {u: (str(registry.Unit(u)), str(registry.Unit(u).dimensionality),
                registry.Quantity(1, u).to_base_units().magnitude) for u in sorted(names)}


def test_a_registry_read_from_the_cache_folder_is_the_one_built_anew(tmp_path):
    """pint keeps its parsed definitions in the cache folder (a third of a command's start): the registry read
    back from there knows every unit exactly as one built from scratch, ours included."""
    fresh = _meaning(units._registry(units.DEFINITIONS, None))
    first = units._registry(units.DEFINITIONS, tmp_path)
    assert any(p.suffix == ".pickle" for p in (tmp_path / "pint").iterdir())  # pint wrote its cache there
    again = units._registry(units.DEFINITIONS, tmp_path)
    assert _meaning(first) == fresh and _meaning(again) == fresh
    assert str(again.Unit("KRW").dimensionality) == "[currency_KRW]"


def test_a_cache_folder_that_cannot_be_used_only_means_building_the_registry_anew(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("not a folder")
    assert _meaning(units._registry(units.DEFINITIONS, blocked)) == _meaning(ureg)
    units._registry(units.DEFINITIONS, tmp_path)
    (ours,) = (tmp_path / "pint").glob("units-*.txt")
    ours.write_text(ours.read_text()[:40])  # cut short, as by a crash while it was written
    assert _meaning(units._registry(units.DEFINITIONS, tmp_path)) == _meaning(ureg)
    assert ours.read_text().count("\n") == len(units.DEFINITIONS)


def test_each_currency_is_its_own_dimension_as_currency_of_says_without_asking_pint():
    for code in units.CURRENCIES:
        assert units.currency_of(code) == code
        assert dict(ureg.Unit(code).dimensionality) == {f"[currency_{code}]": 1}
    assert units.currency_of("CNY/year") == "CNY" and units.currency_of("person") is None


def test_unknown_unit_names_the_known_ones():
    with pytest.raises(UnitError, match="unknown unit 'furlongz'; use one of .*person"):
        units.canonical_unit("furlongz")


@pytest.mark.parametrize("a,b", [("USD", "CNY"), ("KRW", "EUR"), ("GBP", "USD")])
def test_currencies_never_convert_into_each_other_implicitly(a, b):
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(1, a).to(b)
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(1, a) + ureg.Quantity(1, b)


def test_currencies_share_a_metric_dimension_but_durations_do_not_join_them():
    assert units.dimension_key("USD") == units.dimension_key("CNY") == units.dimension_key("KRW")
    assert units.dimension_key("year") == units.dimension_key("month")
    assert units.dimension_key("USD") != units.dimension_key("USD/year")
    assert units.dimension_key("percent") == units.dimension_key("")
    assert units.dimension_key("person") != units.dimension_key("")


def test_percentage_points_are_not_percent():
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(5, "percent") + ureg.Quantity(1, "percentage_point")


def test_areas_convert_and_are_named_as_areas():
    assert units.convert(1, "square_kilometer", "hectare") == pytest.approx(100)
    assert units.convert(1, "square_mile", "square_kilometer") == pytest.approx(2.589988)
    assert units.dimension_name("acre") == "an area"
    with pytest.raises(UnitError):
        units.convert(1, "hectare", "kilometer")


@pytest.mark.parametrize("unit,name", [
    ("liter/day", "a volume per duration"), ("USD/year", "money per duration"),
    ("millimeter/year", "a length per duration"), ("USD/kilowatt_hour", "money per energy"),
    ("hour/day", "a duration per duration"), ("kilometer/hour", "a speed"), ("mile/hour", "a speed"),
    ("USD/person/day", "money per count of people per duration"), ("1/year", "a number per duration"),
])
def test_a_rate_is_named_by_its_two_sides_unless_it_has_a_name(unit, name):
    """An error said '[length]^3*[time]^-1' of '20 litres a day', and 'a speed' of a sea level's '3.6 mm a year'."""
    assert units.dimension_name(unit) == name


def test_water_gas_and_emissions_convert():
    assert units.convert(1, "cubic_meter", "liter") == pytest.approx(1000)
    assert units.convert(1, "gigatonne", "megatonne") == pytest.approx(1000)
    assert units.convert(1, "megatonne", "metric_ton") == pytest.approx(1e6)
    assert units.convert(10, "millimeter", "centimeter") == pytest.approx(1)


def test_concentrations_food_and_gas_convert_only_among_themselves():
    assert units.convert(500, "part_per_billion", "part_per_million") == pytest.approx(0.5)
    assert units.convert(1, "cubic_foot", "cubic_meter") == pytest.approx(0.0283168, rel=1e-5)
    assert units.convert(1000, "microgram", "milligram") == pytest.approx(1)
    assert units.convert(1, "kilocalorie", "kilowatt_hour") == pytest.approx(0.0011622, rel=1e-4)
    for other in ("percent", ""):  # 420 ppm is never 0.042% nor a plain 0.00042
        with pytest.raises(UnitError):
            units.convert(420, "part_per_million", other)
    assert units.dimension_key("part_per_million") != units.dimension_key("percent")


def test_durations_convert():
    assert units.convert(6, "month", "year") == pytest.approx(0.5)
    with pytest.raises(UnitError):
        units.convert(1, "year", "person")


def test_to_usd_uses_the_years_average_rate():
    # Federal Reserve G.5A: 6.9081 CNY per USD in 2019, 1023.7492 KRW in 2005, 0.6598 GBP in 2000
    assert units.to_usd(1000, "CNY", 2019) == pytest.approx(1000 / 6.9081)
    assert units.to_usd(1_700_000, "KRW", 2005) == pytest.approx(1_700_000 / 1023.7492)
    assert units.to_usd(2740, "USD", 2019) == 2740


def test_constant_dollars_use_cpi_u():
    # CPI-U annual averages: 2005 195.3, 2025 321.943
    assert units.to_constant_usd(100, "USD", 2005, 2025) == pytest.approx(100 * 321.943 / 195.3)
    assert units.to_constant_usd(1000, "CNY", 2019, 2019) == pytest.approx(1000 / 6.9081)


@pytest.mark.parametrize("call,message", [
    (lambda: units.to_usd(1, "CNY", 1999), "no CNY rate for 1999: fx_usd.csv covers 2000–2025"),
    (lambda: units.to_usd(1, "NGN", 2010), "no exchange rates for NGN"),
    (lambda: units.to_constant_usd(1, "USD", 1998, 2020), "no US CPI for 1998: cpi_us.csv covers 2000–2025"),
    (lambda: units.to_constant_usd(1, "USD", 2010, 2030), "no US CPI for 2030"),
])
def test_a_year_outside_the_tables_is_an_error_naming_the_coverage(call, message):
    with pytest.raises(UnitError, match=message):
        call()


def test_reference_tables_keep_their_source_column():
    import csv
    from claims import paths
    for path in (paths.FX_RATES, paths.CPI):
        with open(path, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert rows and all(r["source"].strip() for r in rows)


@pytest.mark.parametrize("period,published,year", [
    ("2005", "2006-09-10", 2005), ("2002-2003", "2004-01-09", 2003), ("", "2019-05-21", 2019), ("", "1999-03", 1999),
])
def test_conversion_year_is_the_period_else_the_publication_year(period, published, year):
    assert units.conversion_year(period, published) == year


def test_conversion_year_without_any_year_is_an_error():
    with pytest.raises(UnitError, match="no period or publication date"):
        units.conversion_year("", "")
