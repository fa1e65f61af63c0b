"""Axis themes: the taxonomy codes read from one axis text."""

from __future__ import annotations

import pytest

from pipeline.extract.themes import themes_of
from pipeline.models import AXIS_THEMES


@pytest.mark.parametrize(
    ("text", "must", "must_not"),
    [
        (
            "Améliorer l'accès aux soins de premier recours et lutter contre la désertification médicale",
            {"acces_soins"},
            {"sante_mentale", "coordination"},
        ),
        ("Développer la télémédecine dans les communes rurales", {"acces_soins"}, {"prevention_promotion"}),
        ("Promouvoir la santé mentale et prévenir le suicide", {"sante_mentale"}, {"addictions"}),
        ("Favoriser le bien vieillir et prévenir la perte d'autonomie", {"personnes_agees"}, {"handicap"}),
        ("Accompagner les personnes en situation de handicap", {"handicap"}, {"personnes_agees"}),
        ("Renforcer la santé des enfants et des jeunes", {"jeunesse"}, {"personnes_agees"}),
        ("Soutenir la parentalité et la périnatalité", {"parentalite_perinatalite"}, {"addictions"}),
        (
            "Promouvoir une alimentation saine et l'activité physique",
            {"nutrition_activite_physique"},
            {"cancers"},
        ),
        ("Développer le sport-santé", {"nutrition_activite_physique"}, set()),
        (
            "Prévenir les conduites addictives (alcool, tabac)",
            {"addictions"},
            {"nutrition_activite_physique"},
        ),
        ("Développer le dépistage des cancers", {"cancers"}, {"prevention_promotion"}),
        ("Prévenir le diabète et les maladies chroniques", {"maladies_chroniques"}, {"cancers"}),
        ("Agir sur l'habitat indigne et la qualité de l'air", {"sante_environnement"}, {"acces_soins"}),
        ("Santé environnementale et One Health", {"sante_environnement"}, set()),
        ("Aller vers les publics précaires", {"precarite_vulnerables"}, {"jeunesse"}),
        (
            "Renforcer la coordination des acteurs et l'animation du contrat",
            {"coordination"},
            {"acces_soins"},
        ),
        ("Lutter contre les violences intrafamiliales", {"autre"}, {"sante_mentale"}),
        ("Promouvoir la santé sexuelle", {"autre"}, set()),
        ("Prévention et promotion de la santé", {"prevention_promotion"}, {"acces_soins"}),
        ("Faciliter l'accès aux droits", {"acces_soins"}, set()),
    ],
)
def test_themes_of(text, must, must_not):
    got = set(themes_of(text))
    assert must <= got, got
    assert not (must_not & got), got


def test_no_theme_for_unrelated_text():
    assert themes_of("La réunion se tiendra en mairie à 18 heures.") == []


def test_taxonomy_order_and_codes():
    got = themes_of("Promouvoir la santé mentale des jeunes et prévenir les addictions")
    assert set(got) >= {"sante_mentale", "jeunesse", "addictions"}
    assert got == [c for c in AXIS_THEMES if c in got]
    assert set(got) <= set(AXIS_THEMES)


@pytest.mark.parametrize(
    ("axis", "expected"),
    [
        ("Prévenir les cancers et encourager le dépistage organisé", ["cancers"]),  # cancer screening
        ("Promouvoir la santé mentale des jeunes", ["sante_mentale", "jeunesse"]),
        ("Développer l'éducation à la santé et prévenir les addictions", ["prevention_promotion", "addictions"]),
        ("Attirer des médecins généralistes dans les quartiers", ["acces_soins"]),
        ("Lutter contre le non-recours aux droits des personnes précaires", ["acces_soins", "precarite_vulnerables"]),
        ("Soutenir la santé des femmes enceintes", ["parentalite_perinatalite"]),
        ("Adapter la ville aux vagues de chaleur", ["sante_environnement"]),
        ("Lutter contre la sédentarité", ["nutrition_activite_physique"]),
    ],
)
def test_field_specific_prevention_and_new_stems(axis, expected):
    assert themes_of(axis) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Faciliter l'ouverture des droits et l'accès à une complémentaire santé", ["acces_soins"]),
    ("Aller au-devant des habitants éloignés du soin avec le bus santé", ["acces_soins", "precarite_vulnerables"]),
    ("Constituer un réseau de professionnels du quartier", ["coordination"]),
    ("Faire vivre le réseau santé-social de la ville", ["coordination"]),
])
def test_rights_outreach_and_networks(text, expected):
    assert themes_of(text) == expected


def test_housing_for_doctors_is_not_environmental_health():
    assert "sante_environnement" not in themes_of("Logements meublés pour les médecins remplaçants")
    assert "sante_environnement" in themes_of("Lutter contre le logement indigne")


@pytest.mark.parametrize(
    ("axis", "must", "must_not"),
    [
        # risk-taking is broader than addictions: prevention for the young
        ("Promouvoir la santé des jeunes et prévenir leurs conduites à risque", {"prevention_promotion", "jeunesse"},
         {"addictions"}),
        # prevention with a scope of its own stays prevention beside the fields it lists
        ("Renforcer la prévention dès le plus jeune âge, avec des actions sur la nutrition et les addictions",
         {"prevention_promotion", "nutrition_activite_physique", "addictions"}, set()),
        # prevention that names its field right after it is that field
        ("La prévention de l'obésité chez les enfants", {"nutrition_activite_physique"}, {"prevention_promotion"}),
        ("Promouvoir et prévenir la santé à tous les âges", {"prevention_promotion"}, set()),
        ("L'accès aux soins médicaux primaires et au droit", {"acces_soins"}, set()),
        ("Faire venir et garder les médecins", {"acces_soins"}, set()),
        ("Inciter étudiants et professionnels de santé à s'installer", {"acces_soins"}, {"jeunesse"}),
        ("Promouvoir des milieux et cadres de vie favorables à la santé", {"sante_environnement"}, set()),
        ("Mieux manger et bouger au quotidien", {"nutrition_activite_physique"}, set()),
        ("Améliorer l'accès aux soins des personnes les plus démunies", {"precarite_vulnerables"}, set()),
        ("La participation citoyenne", {"coordination"}, set()),
        ("Santé de la femme, vie affective et sexuelle", {"autre"}, set()),
        ("Santé mentale : premiers secours en santé mentale", {"sante_mentale"}, {"autre"}),
        ("Accompagner la fin de vie", {"autre"}, set()),
    ],
)
def test_lexicon_of_real_pages(axis, must, must_not):
    got = set(themes_of(axis))
    assert must <= got, got
    assert not (must_not & got), got


@pytest.mark.parametrize("text", [
    "renforcer la promotion et la prévention santé ainsi que les environnements favorables à la santé",
    "la prévention santé auprès des jeunes et la lutte contre les addictions",
])
def test_prevention_as_such_stays_beside_a_specific_field(text: str) -> None:
    assert "prevention_promotion" in themes_of(text)


@pytest.mark.parametrize(("axis", "theme"), [
    ("Soutenir les parents et la santé des tout-petits", "parentalite_perinatalite"),
    ("Rapprocher les soins des habitants des écarts", "acces_soins"),
    ("Encourager les modes de vie favorables à la santé", "prevention_promotion"),
    ("Promouvoir la santé des jeunes et la santé sexuelle", "prevention_promotion"),
])
def test_axis_wordings_of_a_theme(axis: str, theme: str):
    assert theme in themes_of(axis)


def test_promoting_a_field_s_health_is_that_field_alone():
    assert themes_of("Promouvoir la santé mentale") == ["sante_mentale"]


def test_inclusive_writing_reads_as_the_lexicon_s_plural():
    assert themes_of("Accompagner les aîné·es et leurs aidant·es") == ["personnes_agees"]
