"""Gazetteer and territory linking: offline, from the committed rules/geo files."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest

from pipeline.geo import Gazetteer, GeoContext, get_gazetteer, norm
from pipeline.geo.gazetteer import RULES_DIR, acronym
from pipeline.geo.normalize import split_marker, strip_lead

CASES = Path(__file__).with_name("geo_cases.tsv")


def _cases() -> list[dict[str, str]]:
    with CASES.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def _context(spec: str) -> GeoContext | None:
    """'D1,D2|R1|P1' -> GeoContext; empty -> None."""
    if not spec:
        return None
    parts = [*spec.split("|"), "", ""][:3]
    sets = [{x for x in p.split(",") if x} for p in parts]
    return GeoContext(departements=sets[0], regions=sets[1], postal_codes=sets[2])


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return get_gazetteer()


@pytest.mark.parametrize("case", _cases(), ids=lambda c: f"{c['name']}|{c['context']}|{c['kind']}")
def test_link_case(gaz: Gazetteer, case: dict[str, str]) -> None:
    res = gaz.link(case["name"], kind=case["kind"] or None, context=_context(case["context"]))
    assert res is not None
    assert res.type == case["type"]
    if res.type in ("commune", "epci"):
        assert res.insee == case["code"]
    elif res.type == "departement":
        assert res.departement == case["code"]
    else:  # pays and regions are checked by canonical name
        assert res.name == case["code"]
    assert res.departement == (case["departement"] or None)
    assert res.region == (case["region"] or None)
    if case["ambiguous"]:
        assert res.ambiguous is (case["ambiguous"] == "1")


def test_enough_cases() -> None:
    assert len(_cases()) >= 200


def test_ambiguous_lists_candidates(gaz: Gazetteer) -> None:
    res = gaz.link("Saint-Denis")
    assert res is not None and res.ambiguous
    codes = {c[1] for c in res.candidates}
    assert {"93066", "97411"} <= codes
    assert res.score < gaz.link("Saint-Denis", context=GeoContext({"93"})).score  # type: ignore[union-attr]


def test_clear_homonym_not_ambiguous(gaz: Gazetteer) -> None:
    res = gaz.link("Valence")
    assert res is not None and not res.ambiguous and res.insee == "26362"


def test_unknown_and_empty(gaz: Gazetteer) -> None:
    assert gaz.link("") is None
    assert gaz.link("Xyzzyville-sur-Rien") is None
    assert gaz.link("Communauté de communes de Nullepart") is None


def test_marker_beats_homonym_commune(gaz: Gazetteer) -> None:
    assert gaz.link("Dinan").type == "commune"  # type: ignore[union-attr]
    assert gaz.link("Dinan Agglomération").type == "epci"  # type: ignore[union-attr]
    assert gaz.link("Chaumont").type == "commune"  # type: ignore[union-attr]
    assert gaz.link("Pays de Chaumont").type == "pays_petr"  # type: ignore[union-attr]


def test_kind_filter(gaz: Gazetteer) -> None:
    assert gaz.link("Paris", kind="departement").departement == "75"  # type: ignore[union-attr]
    assert gaz.link("Aisne", kind="commune") is None
    assert gaz.link("Plaine Limagne", kind="commune") is None


def test_departement_lookup(gaz: Gazetteer) -> None:
    assert gaz.departement("l'Aisne") == ("02", "Aisne", "Hauts-de-France")
    assert gaz.departement("Aisne") == ("02", "Aisne", "Hauts-de-France")
    assert gaz.departement("Val-de-Marne") == ("94", "Val-de-Marne", "Île-de-France")
    assert gaz.departement("Finistère")[0] == "29"  # type: ignore[index]
    assert gaz.departement("29")[1] == "Finistère"  # type: ignore[index]
    assert gaz.departement("Haut-Rhin")[0] == "68"  # type: ignore[index]
    assert gaz.departement("Tarn-et-Garonne") == ("82", "Tarn-et-Garonne", "Occitanie")
    assert gaz.departement("2b")[0] == "2B"  # type: ignore[index]
    assert gaz.departement("de la Réunion")[0] == "974"  # type: ignore[index]
    assert gaz.departement("1")[0] == "01"  # type: ignore[index]
    assert gaz.departement("Atlantide") is None


def test_all_101_departements(gaz: Gazetteer) -> None:
    codes = [c for c in gaz.dept_info if len(c) == 2 or c in {"971", "972", "973", "974", "976"}]
    assert len(codes) == 101
    for code in codes:
        assert gaz.region_of_departement(code)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Hauts-de-France", "Hauts-de-France"),
        ("ARA", "Auvergne-Rhône-Alpes"),
        ("Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"),
        ("Grand Est", "Grand Est"),
        ("GE", "Grand Est"),
        ("PACA", "Provence-Alpes-Côte d'Azur"),
        ("Occitanie", "Occitanie"),
        ("Guadeloupe, Saint-Martin, Saint-Barthélemy", "Guadeloupe"),
        ("ARS Hauts-de-France", "Hauts-de-France"),
        ("Agence régionale de santé d'Occitanie", "Occitanie"),
        ("Réunion", "La Réunion"),
        ("Bretagne", "Bretagne"),
        ("la Bretagne", "Bretagne"),
        ("Atlantide", None),
    ],
)
def test_region(gaz: Gazetteer, name: str, expected: str | None) -> None:
    assert gaz.region(name) == expected


def test_region_of_departement(gaz: Gazetteer) -> None:
    assert gaz.region_of_departement("02") == "Hauts-de-France"
    assert gaz.region_of_departement("2A") == "Corse"
    assert gaz.region_of_departement("976") == "Mayotte"
    assert gaz.region_of_departement("99") is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Saint-Étienne", "st etienne"),
        ("St Etienne", "st etienne"),
        ("SAINTE-MARIE", "ste marie"),
        ("Cœur de Lorraine", "coeur de lorraine"),
        ("L'Île-Saint-Denis", "l ile st denis"),
        ("  Pointe-à-Pitre ", "pointe a pitre"),
    ],
)
def test_norm(text: str, key: str) -> None:
    assert norm(text) == key


def test_strip_and_markers() -> None:
    assert strip_lead("de l isle adam") == "isle adam"
    assert strip_lead("du havre") == "havre"
    assert split_marker(norm("Communauté de communes du Pays de Lunel")) == ("epci", "pays de lunel")
    assert split_marker(norm("CC du Val d'Argent")) == ("epci", "val d argent")
    assert split_marker(norm("Moulins Communauté")) == ("epci", "moulins")
    assert split_marker(norm("PETR du Pays Midi-Quercy")) == ("pays_petr", "midi quercy")
    assert split_marker(norm("Ville de Saint-Quentin")) == ("commune", "st quentin")
    assert split_marker(norm("Laon")) == (None, "laon")


def test_acronym() -> None:
    assert acronym("Communauté d'agglomération du Centre Littoral") == "CACL"
    assert acronym("Lannion-Trégor Communauté") == "LTC"


def test_demonyms_from_temp_file(tmp_path: Path) -> None:
    path = tmp_path / "demonyms.tsv"
    path.write_text(
        "insee\tcommune\tmasc_sg\tfem_sg\tmasc_pl\tfem_pl\n"
        "94028\tCréteil\tCristolien\tCristolienne\tCristoliens\tCristoliennes\n"
        "42218\tSaint-Étienne\tStéphanois\tStéphanoise\tStéphanois\tStéphanoises\n"
        "02408\tLaon\tLaonnois\tLaonnoise\tLaonnois\tLaonnoises\n"
        "97411\tSaint-Denis\tDionysien\tDionysienne\tDionysiens\tDionysiennes\n"
        "93066\tSaint-Denis\tDionysien|Dyonisien\tDionysienne\tDionysiens\tDionysiennes\n",
        encoding="utf-8",
    )
    gaz = Gazetteer(RULES_DIR, demonyms_path=path)
    assert [r.insee for r in gaz.demonym("cristolien")] == ["94028"]
    assert [r.insee for r in gaz.demonym("Cristoliens")] == ["94028"]
    assert [r.insee for r in gaz.demonym("CRISTOLIENNES")] == ["94028"]
    assert [r.insee for r in gaz.demonym("stéphanoise")] == ["42218"]
    assert [r.insee for r in gaz.demonym("Stephanois")] == ["42218"]
    assert gaz.demonym("laonnoise")[0].departement == "02"
    assert [r.insee for r in gaz.demonym("Dionysiens")] == ["97411", "93066"]  # préfecture first
    assert [r.insee for r in gaz.demonym("Dyonisien")] == ["93066"]
    assert gaz.demonym("martien") == []


@pytest.mark.skipif(not (RULES_DIR / "demonyms.tsv").exists(), reason="demonyms.tsv not written yet")
def test_committed_demonyms_resolve(gaz: Gazetteer) -> None:
    assert gaz.demonyms, "demonyms.tsv present but nothing loaded"
    unknown = sorted({i for codes in gaz.demonyms.values() for i in codes if gaz.get("commune", i) is None})
    assert not unknown, f"demonyms.tsv INSEE codes not in communes.tsv: {unknown[:10]}"
    assert [r.insee for r in gaz.demonym("Cristoliens")] == ["94028"]


def test_missing_demonyms_file(tmp_path: Path) -> None:
    gaz = Gazetteer(RULES_DIR, demonyms_path=tmp_path / "absent.tsv")
    assert gaz.demonym("cristolien") == []


def test_cached_and_fast(gaz: Gazetteer) -> None:
    assert get_gazetteer() is gaz
    names = [c["name"] for c in _cases()]
    t0 = time.perf_counter()
    for _ in range(3):
        for n in names:
            gaz.link(n)
    mean = (time.perf_counter() - t0) / (3 * len(names))
    assert mean < 0.001


def test_build_outputs_are_sorted() -> None:
    for name in ("communes.tsv", "epci.tsv", "departements.tsv", "regions.tsv"):
        lines = (RULES_DIR / name).read_text(encoding="utf-8").splitlines()[1:]
        keys = [ln.split("\t")[0] for ln in lines]
        assert keys == sorted(keys), name


@pytest.mark.parametrize("name", [
    "Communauté de communes de Saint-Calais",  # 'calais' alone would pick Grand Calais: every word must be there
    "Communauté d'agglomération de Seine Amont",  # dissolved: no EPCI holds both words
    "CC Val de Loire",  # too common a set of words to name one EPCI
])
def test_epci_by_words_needs_one_holder_of_every_word(gaz: Gazetteer, name: str) -> None:
    assert gaz.link(name, kind="epci") is None


def test_epci_by_words_needs_an_epci_marker(gaz: Gazetteer) -> None:
    # A bare capitalised run probed as an EPCI needs an exact name; the word match is for names written as one.
    assert gaz.link("Creusot Montceau", kind="epci") is None
    assert gaz.link("Communauté urbaine Creusot Montceau", kind="epci") is not None


def test_a_towns_short_form_is_the_one_commune_of_the_pages_area_that_it_begins():
    from pipeline.geo import get_gazetteer
    from pipeline.geo.model import GeoContext

    gaz = get_gazetteer()
    guyane = GeoContext(set(), {"Guyane"}, set())
    assert gaz.link("Saint-Laurent", "commune", guyane).name == "Saint-Laurent-du-Maroni"
    assert gaz.link("Vitry", "commune", GeoContext({"94"}, set(), set())).name == "Vitry-sur-Seine"
    # Without the page's area, or for a name not written as a town's, the short form is not expanded.
    assert gaz.link("Saint-Laurent", "commune", None).name != "Saint-Laurent-du-Maroni"
    assert gaz.link("Saint-Laurent", None, guyane) is None or gaz.link("Saint-Laurent", None, guyane).name != \
        "Saint-Laurent-du-Maroni"
    # A commune of that name in the area is itself the answer.
    assert gaz.link("Saint-Denis", "commune", GeoContext({"93"}, set(), set())).name == "Saint-Denis"


def test_an_intercommunality_named_by_the_first_syllables_of_its_words():
    from pipeline.geo import get_gazetteer

    gaz = get_gazetteer()
    res = gaz.link("Cauvaldor")  # CAUsses et VALlée de la DORdogne
    assert res is not None and res.insee == "200066371"
    # Only a single capitalised word is read so; common names and towns keep their meaning.
    assert gaz.link("cauvaldor") is None or gaz.link("cauvaldor").insee != "200066371"
    assert gaz.link("Lorient").type == "commune"


@pytest.mark.parametrize("name", ["Saint-Nazaire Agglomération", "Saint-Nazaire Agglo", "l'agglomération de Saint-Nazaire",
                                  "Communauté d'agglomération de Saint-Nazaire"])
def test_an_urban_epci_named_after_its_main_town(gaz: Gazetteer, name: str) -> None:
    """The CA whose official name says otherwise ("de la Région Nazairienne et de l'Estuaire") is the one whose
    most populous member the town is."""
    res = gaz.link(name, kind="epci")
    assert res is not None and res.insee == "244400644"


@pytest.mark.parametrize("name", ["Trignac Agglomération", "L'Agglomération Paris"])
def test_a_member_town_or_a_cut_name_names_no_agglomeration(gaz: Gazetteer, name: str) -> None:
    """Trignac is a member of the same CA but not its main town; "L'Agglomération Paris" is the start of
    "Agglomération Paris – Vallée de la Marne", not the métropole whose main town is Paris."""
    assert gaz.link(name, kind="epci") is None


def test_the_sous_prefecture_of_a_territory_s_arrondissement():
    gaz = get_gazetteer()
    assert gaz.sous_prefecture("commune", "59122") == "Cambrai"
    assert gaz.sous_prefecture("commune", "59350") is None  # Lille: the préfecture's own arrondissement
    assert gaz.sous_prefecture("epci", "200070688") == "Fougères-Vitré"  # most of its inhabitants
    assert gaz.sous_prefecture("pays_petr", None) is None
