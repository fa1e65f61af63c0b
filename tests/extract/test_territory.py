"""Territory mentions, linked to the offline gazetteer and grouped per distinct territory."""

from __future__ import annotations

import pytest

from pipeline.extract.orgs import find_orgs
from pipeline.extract.territory import find_mentions, geo_context, group_mentions, link_mentions, name_key
from pipeline.geo import get_gazetteer
from pipeline.relevance import assess


@pytest.fixture(scope="module", autouse=True)
def _gazetteer():
    get_gazetteer()  # load once for the module


def _groups(text: str, title: str | None = None):
    orgs = find_orgs(text)
    mentions = find_mentions(text, title, orgs, assess(text).cls_spans)
    link_mentions(mentions, geo_context(text, orgs))
    return group_mentions(mentions)


def test_cls_of_the_town():
    (g,) = _groups("Le contrat local de santé de la ville de Laon a été signé.")
    assert g.key == "02408"
    assert g.best.anchor is True
    assert g.best.link.type == "commune"
    assert g.best.link.name == "Laon"


def test_demonym():
    (g,) = _groups("Le CLS couvre le territoire cristolien.")
    assert g.key == "94028"
    assert g.best.link.name == "Créteil"
    assert g.best.kind == "commune"


def test_demonym_joins_the_named_town():
    (g,) = _groups("Le CLS de Créteil est signé. Le territoire cristolien en profite.")
    assert g.key == "94028"
    assert len(g.mentions) == 2


def test_bare_epci_name():
    (g,) = _groups("Le contrat local de santé porté par Plaine Limagne a été signé.")
    assert g.key == "200071199"
    assert g.best.link.type == "epci"


@pytest.mark.parametrize(
    "text",
    [
        "La Ville de Laon et l'agglomération du Pays de Laon ont signé le contrat local de santé.",
        "La Ville de Laon et la Communauté d'agglomération du Pays de Laon ont signé le contrat local de santé.",
    ],
)
def test_town_and_its_epci_are_two_groups(text):
    groups = _groups(text)
    assert len(groups) == 2
    assert [g.best.link.type for g in groups] == ["commune", "epci"]
    assert [g.key for g in groups] == ["02408", "200043495"]


def test_pays_mentions_grouped_by_name():
    (g,) = _groups("Le contrat local de santé du Pays de Chaumont est signé.")
    assert g.key == "chaumont"
    assert g.best.link.type == "pays_petr"
    assert g.best.anchor


def test_cls_mention_boosts_strength():
    text = "Le contrat local de santé de la ville de Laon a été signé."
    (g,) = _groups(text)
    # "CLS de la ville de Laon" anchor (5) and "ville de Laon" org (2), each +1 near the CLS mention
    assert sorted(m.strength for m in g.mentions) == [3, 6]
    assert g.score == 9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pays de Chaumont", "Chaumont"),
        ("Ville de Laon", "Laon"),
        ("Communauté de communes Plaine Limagne", "Plaine Limagne"),
        ("Saint-Étienne", "saint etienne"),
        ("Quartier prioritaire de la Gare", "la gare"),
    ],
)
def test_name_key_equal(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_values():
    assert name_key("Pays de Chaumont") == "chaumont"
    assert name_key("Communauté d'agglomération du Pays de Laon") == "laon"
    assert name_key("Ville de") == ""
