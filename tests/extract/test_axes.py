"""Priority axes announced by a header clause: bullet lists, numbered lists, labels and inline lists."""

from __future__ import annotations

import pytest

from pipeline.extract.axes import find_axes
from pipeline.extract.units import split_units


def _labels(text: str) -> list[str]:
    return [a.label for a in find_axes(split_units(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le contrat local de santé s'organise autour de 3 axes :\n"
            "- l'accès aux soins\n- la santé mentale\n- le bien vieillir\n"
            "La signature a eu lieu en mairie.",
            ["l'accès aux soins", "la santé mentale", "le bien vieillir"],
        ),
        (
            "Le CLS retient quatre axes prioritaires :\n"
            "1) Améliorer l'accès aux soins\n"
            "Fiche action 1.1 : installer des médecins\n"
            "Fiche action 1.2 : développer la télémédecine\n"
            "2) Promouvoir la santé mentale\n"
            "Fiche action 2.1 : former les élus\n"
            "3) Agir sur l'environnement\n"
            "4) Prévenir les addictions",
            [
                "Améliorer l'accès aux soins",
                "Promouvoir la santé mentale",
                "Agir sur l'environnement",
                "Prévenir les addictions",
            ],
        ),
        (
            "Le CLS retient trois axes :\n"
            "1. Améliorer l'accès aux soins\n"
            "Fiche action 1.1 : installer des médecins\n"
            "Fiche action 1.2 : développer la télémédecine\n"
            "2. Promouvoir la santé mentale\n"
            "3. Prévenir les addictions",
            ["Améliorer l'accès aux soins", "Promouvoir la santé mentale", "Prévenir les addictions"],
        ),
        (
            "Le CLS retient trois axes :\n"
            "1. améliorer l'accès aux soins\n"
            "Fiche action 1.1 : installer des médecins\n"
            "2. promouvoir la santé mentale\n"
            "3. agir sur l'environnement",
            ["améliorer l'accès aux soins", "promouvoir la santé mentale", "agir sur l'environnement"],
        ),
        (
            "Le contrat se décline en 3 axes stratégiques :\n"
            "Accès aux soins : faciliter l'installation des professionnels\n"
            "Santé mentale : repérer la souffrance psychique\n"
            "Nutrition : promouvoir l'activité physique",
            ["Accès aux soins", "Santé mentale", "Nutrition"],
        ),
        (
            "Les axes retenus sont : l'accès aux soins ; la santé mentale ; la prévention des addictions.",
            ["l'accès aux soins", "la santé mentale", "la prévention des addictions"],
        ),
        (
            "Le CLS s'articule autour de trois axes : favoriser l'accès aux soins, à la prévention et aux droits, "
            "promouvoir la santé mentale, renforcer la coordination des acteurs.",
            [
                "favoriser l'accès aux soins, à la prévention et aux droits",
                "promouvoir la santé mentale",
                "renforcer la coordination des acteurs",
            ],
        ),
        (
            "Le CLS a trois priorités : l'accès aux soins, la santé mentale et la nutrition.",
            ["l'accès aux soins", "la santé mentale", "la nutrition"],
        ),
    ],
)
def test_find_axes(text, expected):
    assert _labels(text) == expected


def test_label_line_keeps_explanation_in_raw():
    text = (
        "Le contrat se décline en 3 axes stratégiques :\n"
        "Accès aux soins : faciliter l'installation des professionnels\n"
        "Santé mentale : repérer la souffrance psychique\n"
    )
    axes = find_axes(split_units(text))
    assert axes[1].label == "Santé mentale"
    assert "souffrance psychique" in axes[1].raw
    assert text[axes[1].start : axes[1].end] == "Santé mentale : repérer la souffrance psychique"


def test_inline_item_offsets():
    text = "Les axes retenus sont : l'accès aux soins ; la santé mentale ; la prévention des addictions."
    axes = find_axes(split_units(text))
    assert [text[a.start : a.end] for a in axes] == [
        "l'accès aux soins",
        "la santé mentale",
        "la prévention des addictions",
    ]


def test_list_ends_at_a_paragraph():
    text = (
        "Le CLS s'organise autour de deux axes :\n- l'accès aux soins\n- la santé mentale\n"
        "La signature a eu lieu ce lundi en présence du préfet."
    )
    assert _labels(text) == ["l'accès aux soins", "la santé mentale"]


@pytest.mark.parametrize(
    "text",
    [
        # the generic 2009-law definition is not this contract's axes
        "Le contrat local de santé porte sur : promotion de la santé, prévention, politiques de soins et "
        "accompagnement médico-social.",
        "Axes prioritaires :\n- Promotion de la santé\n- Prévention\n- Politiques de soins\n"
        "- Accompagnement médico-social",
        "Selon la loi HPST de 2009, les axes sont : la promotion de la santé ; la prévention ; "
        "les politiques de soins ; l'accompagnement médico-social.",
        # cross-cutting stakes and missions are not axes
        "Le contrat s'organise autour des enjeux transversaux suivants :\n- la coordination\n"
        "- la communication\n- l'évaluation",
        "Le coordinateur a pour missions :\n- animer le réseau des partenaires\n- suivre les actions\n"
        "- évaluer le contrat",
        # no header clause at all
        "Les partenaires sont :\n- l'ARS\n- la CPAM\n- la Ville",
        # a single item is no list
        "Le CLS retient un axe : la santé mentale des jeunes du territoire.",
    ],
)
def test_no_axes(text):
    assert _labels(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le CLS porte sur : la promotion de la santé, la prévention, les politiques de soins et "
        "l'accompagnement médico-social.",
        "Le CLS porte sur :\n- la promotion de la santé\n- la prévention\n- les politiques de soins\n"
        "- l'accompagnement médico-social",
    ],
)
def test_generic_law_list_with_articles_is_not_axes(text):
    assert find_axes(split_units(text)) == []


def test_short_infinitive_opens_an_item():
    text = ("Le CLS retient trois axes : favoriser l'accès aux soins, promouvoir la santé mentale, "
            "agir pour un environnement favorable.")
    labels = [a.label for a in find_axes(split_units(text))]
    assert labels == ["favoriser l'accès aux soins", "promouvoir la santé mentale", "agir pour un environnement favorable"]


def test_dotted_sub_items_are_not_axes():
    text = ("Le CLS s'organise autour de 2 axes :\n- Améliorer l'accès aux soins\n1.1 Installer des médecins\n"
            "- Former les acteurs\n2.1 Former les élus")
    labels = [a.label for a in find_axes(split_units(text))]
    assert labels == ["Améliorer l'accès aux soins", "Former les acteurs"]
