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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # numbered "Axe N :" lines: the label, not the numbering
            "Il se décline en deux axes stratégiques :\n"
            "Axe 1 : Renforcer l'offre de premier recours (fiches 1 à 4)\n"
            "Axe 2 : Prévenir les chutes des aînés (fiches 5 à 7)",
            ["Renforcer l'offre de premier recours", "Prévenir les chutes des aînés"],
        ),
        (  # "Axe 1. label" is one unit, and the fiches below are skipped
            "Axes et fiches actions\n\nAxe 1. Développer la médiation en santé\n\n"
            "Fiche 1.1 Bus itinérant\n\nAxe 2. Lutter contre la sédentarité\n\nFiche 2.1 Marche nordique",
            ["Développer la médiation en santé", "Lutter contre la sédentarité"],
        ),
        (  # a heading without colon, then bullets
            "Les priorités\n- ouvrir un centre de santé\n- former des médiateurs\n- prévenir les addictions\n"
            "Le maire a précisé le calendrier.",
            ["ouvrir un centre de santé", "former des médiateurs", "prévenir les addictions"],
        ),
        (  # numbered lines with an explanation line under each
            "Les trois axes du contrat\nAxe 1 — Bien vieillir à domicile\nAteliers mémoire, aide aux aidants.\n"
            "Axe 2 — Respirer un air plus sain\nCapteurs dans les écoles.\nAxe 3 — Soigner près de chez soi\n"
            "Consultations avancées.",
            ["Bien vieillir à domicile", "Respirer un air plus sain", "Soigner près de chez soi"],
        ),
        (  # no header at all: a run of numbered axis lines
            "Le contrat a été signé mardi.\nAxe 1 – Conforter l'offre de soins\n- Action 1.1 : logements d'internes\n"
            "Axe 2 – Soutenir les aidants\n- Action 2.1 : plateforme de répit",
            ["Conforter l'offre de soins", "Soutenir les aidants"],
        ),
        (  # prose with "autour de"
            "Le contrat s'articule autour de l'installation des jeunes médecins, de l'accompagnement des aidants, "
            "de la prévention du suicide et de la lutte contre la sédentarité.",
            ["l'installation des jeunes médecins", "l'accompagnement des aidants", "la prévention du suicide",
             "la lutte contre la sédentarité"],
        ),
        (  # a chain d'abord / puis / enfin
            "Le contrat veut d'abord renforcer l'offre de soins, puis prévenir l'obésité dès l'école, ensuite "
            "accompagner les aidants, et enfin lutter contre les violences.",
            ["renforcer l'offre de soins", "prévenir l'obésité dès l'école", "accompagner les aidants",
             "lutter contre les violences"],
        ),
        (  # a wrapped bullet line continues its item
            "Le contrat se décline en trois axes :\n  • Réduire les inégalités de santé\n"
            "  • Favoriser l'activité physique, avec le sport sur\n    ordonnance\n  • Protéger les enfants",
            # the label ends at its comment (", avec …"), wrapped or not
            ["Réduire les inégalités de santé", "Favoriser l'activité physique", "Protéger les enfants"],
        ),
    ],
)
def test_more_list_shapes(text, expected):
    assert _labels(text) == expected


def test_bullets_label_colon_give_labels_even_one_among_plain_items():
    shaped = ("Les axes du contrat :\n- Accès aux soins : deux maisons de santé ;\n"
              "- Santé mentale : un CLSM ;\n- Environnement : îlots de chaleur.\nBudget : 60 000 € par an.")
    assert _labels(shaped) == ["Accès aux soins", "Santé mentale", "Environnement"]
    # One item "Label : explanation" among plain ones is its label too, as the twenty-first session's reviews settled
    # (gk02, gl06, gj10: "An axis written 'Label : explanation' is its label", corpus/README.md), where p07 had kept it
    # whole.
    mixed = ("Les orientations suivantes :\n• Parcours des jeunes : promouvoir les bons gestes,\n"
             "• Favoriser l'accès aux droits,\n• Prévenir les cancers.")
    assert _labels(mixed)[0] == "Parcours des jeunes"


def test_list_after_porte_sur_and_the_generic_law_list_with_les():
    assert _labels("Côté Toulois, il porte sur l'attractivité médicale, le bien vieillir à domicile et la santé "
                   "mentale en milieu rural.") == ["l'attractivité médicale", "le bien vieillir à domicile",
                                                   "la santé mentale en milieu rural"]
    assert _labels("Ils portent sur la promotion de la santé, la prévention, les politiques de soins, "
                   "l'accompagnement médico-social et les déterminants de la santé.") == []


def test_list_after_met_l_accent_sur():
    assert _labels("Le nouveau contrat met l'accent sur le vieillissement et les aidants, sur la prévention de "
                   "l'obésité, sur l'accès aux soins et sur la santé environnementale.") == [
        "le vieillissement et les aidants", "la prévention de l'obésité", "l'accès aux soins", "la santé environnementale"]


def test_numbered_axes_with_paragraphs_and_headerless_orientations():
    nice = ("Les quatre axes du CLS 3\n\nAxe 1 — Vieillir en bonne santé\n\nRepérage de la fragilité.\n\n"
            "Axe 2 — Protéger la santé face au climat\n\nPlan canicule renforcé.\n\nAxe 3 — Soigner près de chez soi\n\n"
            "Médiateurs santé.\n\nLa Ville engage 350 000 € en 2025.")
    assert _labels(nice) == ["Vieillir en bonne santé", "Protéger la santé face au climat", "Soigner près de chez soi"]
    belfort = ("Notre contrat a été signé le 14 février.\n\nOrientation 1 : Maintenir une offre de soins dans le\n"
               "nord du département\nOrientation 2 : Prévenir les cancers et encourager le dépistage\n"
               "Orientation 3 : Agir pour la santé des jeunes")
    assert _labels(belfort) == ["Maintenir une offre de soins dans le nord du département",
                                "Prévenir les cancers et encourager le dépistage", "Agir pour la santé des jeunes"]


def test_headerless_bullets_that_read_as_priorities():
    text = ("Communauté d'agglomération du Cotentin\n\nSigné le 18 novembre, ce CLS couvre 2024-2028.\n\n"
            "- Attractivité du territoire pour les soignants\n- Santé mentale\n- Santé environnementale\n")
    assert _labels(text) == ["Attractivité du territoire pour les soignants", "Santé mentale", "Santé environnementale"]
    signatories = "Ont signé :\n- ARS Normandie\n- Préfecture de la Manche\n"
    assert _labels(signatories) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the chain comes in the sentence after the one that counts the axes
            "Le comité a arrêté les trois axes du futur contrat. Il s'agira d'abord de faciliter l'installation des "
            "médecins, ensuite de mieux repérer la souffrance psychique, et enfin de prévenir la perte d'autonomie.",
            ["faciliter l'installation des médecins", "mieux repérer la souffrance psychique",
             "prévenir la perte d'autonomie"],
        ),
        (  # an 'et' inside a middle item stays; the last comma part splits at its last 'et de'
            "Le contrat s'organise autour de l'accès aux soins, de la santé des femmes enceintes et des jeunes "
            "enfants, de la prévention du diabète et de l'hypertension et de l'accès à l'eau potable.",
            ["l'accès aux soins", "la santé des femmes enceintes et des jeunes enfants",
             "la prévention du diabète et de l'hypertension", "l'accès à l'eau potable"],
        ),
        (  # "1/" numbering under a heading with no axis word
            "Ce que prévoit le contrat\n\n1/ Faire venir et garder les médecins : aides à l'installation.\n"
            "2/ Mieux accompagner les troubles psychiques.\n3/ Réduire l'alcool et le tabac chez les jeunes.",
            ["Faire venir et garder les médecins : aides à l'installation", "Mieux accompagner les troubles psychiques",
             "Réduire l'alcool et le tabac chez les jeunes"],
        ),
    ],
)
def test_held_out_shapes(text, expected):
    assert _labels(text) == expected


def test_lettered_axes_with_a_spaced_hyphen():
    text = ("Trois axes guident le plan d'actions :\n"
            "Axe A - Faire venir des médecins dans les bourgs\n"
            "Axe B - Soutenir les aidants des personnes âgées\n"
            "Axe C - Prévenir le mal-être des jeunes\n"
            "Les premières actions démarrent en mai.")
    assert _labels(text) == ["Faire venir des médecins dans les bourgs", "Soutenir les aidants des personnes âgées",
                             "Prévenir le mal-être des jeunes"]


def test_axes_in_a_table_take_the_first_column_under_a_header_row():
    text = ("Quatre axes et leurs actions\n"
            "Axe | Exemples d'actions\n"
            "Offre de soins de proximité | Cabinets secondaires, bus dentaire\n"
            "Santé mentale : repérer et orienter | Sentinelles, maison des adolescents\n"
            "Nutrition et sport-santé | Ateliers cuisine\n"
            "Qualité de l'air intérieur | Conseillers habitat\n"
            "Une cheffe de projet sera recrutée.")
    assert _labels(text) == ["Offre de soins de proximité", "Santé mentale : repérer et orienter",
                             "Nutrition et sport-santé", "Qualité de l'air intérieur"]


def test_axes_written_one_ordinal_sentence_each():
    text = ("Trois axes\n"
            "Le premier axe porte sur la présence médicale dans les vallées, où trois cabinets ont fermé. "
            "Le deuxième vise la santé des saisonniers, avec une permanence l'été. "
            "Le troisième, enfin, est consacré aux aidants familiaux.\n"
            "Le comité de pilotage se réunira en juin.")
    assert _labels(text) == ["la présence médicale dans les vallées", "la santé des saisonniers",
                             "les aidants familiaux"]


def test_a_first_contract_sentence_is_no_ordinal_axis():
    text = ("Le premier contrat porte sur la période 2019-2023. Le deuxième vise une période plus longue.")
    assert _labels(text) == []


def test_sub_bullets_under_numbered_axes_are_not_axes():
    text = ("Trois orientations et leurs premières actions\n"
            "1. Attirer des médecins\n  - accueil des internes\n  - logements pour les remplaçants\n"
            "2. Rompre l'isolement des aînés\n  - visites de convivialité\n"
            "3. Prévenir les addictions des jeunes\n  - interventions dans les collèges\n")
    assert _labels(text) == ["Attirer des médecins", "Rompre l'isolement des aînés", "Prévenir les addictions des jeunes"]


def test_enjeu_headings_with_paragraphs_and_action_bullets():
    text = ("Trois enjeux\n\n"
            "Enjeu n°1 – Maintenir une offre de soins de proximité\n\n"
            "Le territoire compte peu de généralistes.\n\n- Logement des internes\n- Soutien aux maisons de santé\n\n"
            "Enjeu n°2 – Bien vieillir à domicile\n\n- Repérage des fragilités\n\n"
            "Enjeu n°3 – Prendre soin de la santé mentale\n\n- Formation de secouristes\n")
    assert _labels(text) == ["Maintenir une offre de soins de proximité", "Bien vieillir à domicile",
                             "Prendre soin de la santé mentale"]


def test_arrow_bullets():
    text = ("Les trois axes du contrat\n\n► Faciliter l'accès aux spécialistes\n► Prévenir le diabète\n"
            "► Accompagner le vieillissement\n\nLes premières actions suivront.")
    assert _labels(text) == ["Faciliter l'accès aux spécialistes", "Prévenir le diabète", "Accompagner le vieillissement"]


def test_inline_items_end_at_their_comment():
    text = ("Le nouveau contrat s'organise autour de trois priorités : l'accès aux soins, alors que 4 000 habitants "
            "n'ont plus de médecin traitant ; la santé mentale des jeunes, avec un point d'accueil renforcé ; "
            "le bien-vieillir à domicile.")
    assert [a.label for a in find_axes(split_units(text))] == [
        "l'accès aux soins", "la santé mentale des jeunes", "le bien-vieillir à domicile"]


def test_reworded_generic_law_list_is_not_axes():
    assert _labels("Il porte sur la promotion, la prévention de la santé, les soins, l'accompagnement médico-social "
                   "mais aussi les déterminants sociaux de la santé.") == []
    # One concept of the law in a real list is no reason to drop it.
    assert _labels("Le CLS retient trois axes : la prévention, l'accès aux soins, la santé mentale.") == [
        "la prévention", "l'accès aux soins", "la santé mentale"]


def test_only_the_last_infinitive_part_splits_at_et():
    assert _labels("Le CLS retient quatre axes : promouvoir la santé des jeunes et prévenir leurs conduites à risque, "
                   "améliorer la prise en charge en santé mentale, accompagner les aidants et agir sur l'habitat.") == [
        "promouvoir la santé des jeunes et prévenir leurs conduites à risque",
        "améliorer la prise en charge en santé mentale", "accompagner les aidants", "agir sur l'habitat"]


def test_inline_commas_inside_parentheses_and_commenting_parts_stay_in_their_item():
    assert _labels("Il y a cinq grands axes à développer : l'accès au droit, l'amélioration des parcours (de la famille, "
                   "des jeunes et des publics vulnérables), la prévention, l'offre de soins, dont la médecine de ville, "
                   "et la santé mentale.") == [
        "l'accès au droit", "l'amélioration des parcours", "la prévention", "l'offre de soins", "la santé mentale"]


def test_the_count_splits_parts_that_join_two_axes():
    assert _labels("Ils s'articuleront autour de quatre axes principaux : le développement de l'offre de santé et un "
                   "environnement favorable à la santé, la poursuite des actions de prévention et une observation "
                   "accrue de la santé mentale.") == [
        "le développement de l'offre de santé", "un environnement favorable à la santé",
        "la poursuite des actions de prévention", "une observation accrue de la santé mentale"]


def test_an_exclusion_cue_in_the_opening_phrase_does_not_reject_the_contract_s_header():
    text = ("En lien avec les priorités du projet régional de santé, le CLS s'articule autour de 3 axes :\n"
            "- Accès aux soins\n- Santé mentale\n- Populations vulnérables\n")
    assert _labels(text) == ["Accès aux soins", "Santé mentale", "Populations vulnérables"]
    assert _labels("Les priorités du projet régional de santé sont :\n- Accès aux soins\n- Santé mentale\n"
                   "- Populations vulnérables\n") == []


def test_plain_lines_under_a_colon_header_and_a_second_header_of_the_same_list():
    text = ("Le contrat s'articule autour de trois axes majeurs :\n\n"
            "La promotion de la santé dès la petite enfance.\n"
            "Le développement d'une politique de santé mentale.\n"
            "Le renforcement de l'offre de soins.\n\n"
            "Deux priorités transversales viennent appuyer ces axes :\n\n"
            "L'accès à une information santé claire.\n"
            "L'innovation dans les pratiques.\n\n"
            "Ce contrat vient compléter les actions déjà engagées.\n")
    assert _labels(text) == [
        "La promotion de la santé dès la petite enfance", "Le développement d'une politique de santé mentale",
        "Le renforcement de l'offre de soins", "L'accès à une information santé claire",
        "L'innovation dans les pratiques"]


def test_plain_lines_are_no_items_of_a_label_list_nor_after_a_paragraph():
    text = ("Le CLS répond à plusieurs défis :\n"
            "Assurer l'offre de soins : installer des médecins.\n"
            "Favoriser la santé mentale : former les élus.\n"
            "Renforcer la dynamique locale\n"
            "Le contrat a été signé en mairie.\n")
    assert _labels(text) == ["Assurer l'offre de soins", "Favoriser la santé mentale"]
    prose = ("Le contrat s'articule autour de deux axes :\n"
             "Le premier paragraphe explique la démarche. Il parle de la santé.\n"
             "Le second paragraphe aussi.\n")
    assert _labels(prose) == []


def test_lines_numbered_without_punctuation_under_a_heading():
    text = ("Un plan d'action en 3 axes\n"
            "1 La prévention et promotion de la santé (alimentation, activité physique)\n"
            "2 L'amélioration de l'accès aux soins et aux droits\n"
            "3 La coordination des réseaux partenaires\n")
    assert _labels(text) == ["La prévention et promotion de la santé", "L'amélioration de l'accès aux soins et aux droits",
                             "La coordination des réseaux partenaires"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les quatre thématiques de travail sont prévention et promotion de la santé, accès aux soins, santé "
         "environnementale et santé mentale.",
         ["prévention et promotion de la santé", "accès aux soins", "santé environnementale", "santé mentale"]),
        ("Le document identifie les axes d'intervention prioritaires que sont l'accès aux soins, l'information, la "
         "santé mentale et la prévention.", ["l'accès aux soins", "l'information", "la santé mentale", "la prévention"]),
        ("Cinq axes stratégiques ont ainsi été définis, renforcer l'accès aux soins, promouvoir la santé des jeunes "
         "et prévenir les conduites à risque, accompagner le bien vieillir, soutenir les aidants et agir pour un "
         "cadre de vie sain.",
         ["renforcer l'accès aux soins", "promouvoir la santé des jeunes et prévenir les conduites à risque",
          "accompagner le bien vieillir", "soutenir les aidants", "agir pour un cadre de vie sain"]),
        ("Ses principaux objectifs : favoriser l'installation de médecins, améliorer l'accès aux soins des plus "
         "démunis et promouvoir la santé chez les jeunes.",
         ["favoriser l'installation de médecins", "améliorer l'accès aux soins des plus démunis",
          "promouvoir la santé chez les jeunes"]),
    ],
)
def test_lists_announced_without_a_header_colon(text, expected):
    assert _labels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the list belongs to another noun, far from the cue
        "Un CLS doit établir des priorités partagées localement et déclinées dans un plan couvrant les champs de "
        "compétences de l'ARS à savoir l'offre de soins, la santé publique, la santé environnementale et la perte "
        "d'autonomie.",
        # two goals after a weak cue are not enough
        "Les objectifs à atteindre sont déjà établis : améliorer l'offre de santé et répondre aux besoins.",
        # what a diagnostic covers
        "Le diagnostic portera sur plusieurs déterminants : santé, éducation, mobilité, environnement et alimentation.",
        # items that do not read as health priorities
        "Les objectifs du projet sont la rénovation des locaux, le parking et la signalétique.",
    ],
)
def test_announced_lists_that_are_no_axes(text):
    assert _labels(text) == []


def test_ordinal_sentences_after_a_sentence_that_counts_them():
    text = ("Les partenaires se sont accordés sur trois priorités.\n"
            "La première est de faciliter l'installation de médecins. Des logements seront proposés.\n"
            "La deuxième concerne la santé mentale des habitants.\n"
            "La troisième vise la prévention de l'obésité chez les enfants.\n")
    items = find_axes(split_units(text))
    assert [a.label for a in items] == ["faciliter l'installation de médecins", "la santé mentale des habitants",
                                        "la prévention de l'obésité chez les enfants"]
    assert "logements" in items[0].raw  # the explanation stays with its axis (themes)
    # Without the counting sentence, "La première est de …" is no axis.
    assert _labels(text.split("\n", 1)[1]) == []


def test_a_bullet_ending_with_a_colon_heads_the_sub_list_and_the_next_one_ends_it():
    text = ("Ce dispositif se caractérise par :\n"
            "• le territoire d'intervention : la ville,\n"
            "• les thématiques développées :\n"
            "• l'accès aux soins et la promotion de la santé,\n"
            "• la santé mentale et les addictions,\n"
            "• les partenaires signataires :\n"
            "• Ville de Châtellerault,\n"
            "• Agence Régionale de Santé.\n")
    assert _labels(text) == ["l'accès aux soins et la promotion de la santé", "la santé mentale et les addictions"]


def test_a_list_of_which_no_item_reads_as_health_is_another_contract_s():
    text = ("Le contrat de relance s'articule autour de trois axes : développement économique, transition "
            "écologique et cohésion territoriale.\n"
            "Les ambitions ?\n"
            "• Promouvoir la santé environnementale\n"
            "• Renforcer l'accès à l'offre de soins\n")
    assert _labels(text) == ["Promouvoir la santé environnementale", "Renforcer l'accès à l'offre de soins"]


def test_one_counted_item_at_the_end_of_a_cut_excerpt():
    text = ("Le nouveau contrat local de santé comporte 5 axes prioritaires :\n\n"
            "• Renforcer les soins de proximité : ce qui passe par la promotion du territoire auprès des internes.\n"
            "Un territoire qui a déjà fait la preuve de son")
    assert _labels(text) == ["Renforcer les soins de proximité"]
    # Not when the text goes on: one item is no list.
    assert _labels(text + "\nLa suite.\nEt encore.\nPuis la fin.\nFin.") == []


def test_a_list_named_after_it_and_examples_after_tels_que():
    assert _labels("Améliorer la prévention, renforcer les soins de proximité, agir sur l'environnement … autant "
                   "d'axes du contrat local de santé signé vendredi.") == [
        "Améliorer la prévention", "renforcer les soins de proximité", "agir sur l'environnement"]
    assert _labels("Le diagnostic a permis de définir trois grands axes tels que la santé mentale, l'accès aux soins "
                   "et la prévention.") == ["la santé mentale", "l'accès aux soins", "la prévention"]
    assert _labels("Des actions autour de thématiques telles que le sommeil, la santé mentale, la nutrition et les "
                   "écrans.") == []


def test_examples_of_actions_in_bullets_are_no_axes_even_with_a_second_sentence():
    text = ("La communauté porte des actions de prévention telles que :\n"
            "- des consultations délocalisées de tabacologie.\n"
            "- un évènement sur le dépistage des cancers. Il a eu lieu en octobre.\n"
            "- une formation sur la santé mentale des jeunes.\n")
    assert _labels(text) == []


def test_bullet_labels_end_at_their_comment_and_keep_it_for_themes():
    text = ("Le contrat s'articule autour de trois axes :\n"
            "- La santé mentale, avec le recrutement d'un coordinateur\n"
            "- La prévention des addictions, avec une attention portée aux jeunes\n"
            "- Promouvoir la santé des enfants, en prenant en compte tous les âges\n")
    items = find_axes(split_units(text))
    assert [a.label for a in items] == ["La santé mentale", "La prévention des addictions",
                                        "Promouvoir la santé des enfants"]
    assert "jeunes" in items[1].raw


def test_a_header_sentence_wrapped_at_a_fixed_width():
    text = ("En lien avec le territoire, quatre axes stratégiques ont émergé de nos échanges et des\n"
            "diagnostics ; ils guideront le programme de 2015 à 2018 : la\n"
            "souffrance psychique, les conduites addictives, l'accès aux soins, la vie à domicile des\n"
            "personnes âgées.\n"
            "Les actions feront l'objet d'un suivi.\n")
    assert _labels(text) == ["la souffrance psychique", "les conduites addictives", "l'accès aux soins",
                             "la vie à domicile des personnes âgées"]


def test_the_header_cue_must_come_before_the_colon():
    assert _labels("Ce choix traduit une conviction partagée : la santé est l'affaire de tous, une priorité de "
                   "l'action publique et un bien commun, la solidarité.") == []


def test_a_counted_list_stops_at_its_count_unless_a_second_header_follows():
    text = ("Celles-ci portent sur 2 axes :\n"
            "L'accès aux soins : renforcer l'accès aux soins.\n"
            "La parentalité : soutenir les parents.\n"
            "Le contrat a été signé par plusieurs acteurs : l'ARS, la CAF.\n")
    assert _labels(text) == ["L'accès aux soins", "La parentalité"]


def test_regional_priorities_are_no_axes():
    text = ("Ils répondent aux principales priorités de santé publique de la région :\n"
            "• santé et environnement,\n• accès aux soins,\n• santé mentale.\n")
    assert _labels(text) == []


def test_a_counted_chain_of_nouns_and_a_count_followed_by_a_savoir():
    assert _labels("« Le contrat s'articule autour de trois axes forts », dit-elle, « tout d'abord l'accès aux soins, "
                   "puis la prévention et la promotion de la santé et, enfin, une attention à la santé mentale. »") == [
        "l'accès aux soins", "la prévention et la promotion de la santé", "une attention à la santé mentale"]
    text = ("Il contribuera à la politique d'accueil autour de 3 objectifs, à savoir :\n"
            "- favoriser l'installation des professionnels de santé,\n"
            "- améliorer l'accès à la santé pour tous,\n"
            "- améliorer la santé des enfants.\n")
    assert _labels(text) == ["favoriser l'installation des professionnels de santé",
                             "améliorer l'accès à la santé pour tous", "améliorer la santé des enfants"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La communauté s'engage dans l'axe n°5, Santé Environnement, à la sensibilisation du public.",
         ["Santé Environnement"]),
        ("La santé mentale constitue le troisième axe prioritaire de ce contrat local de santé.", ["La santé mentale"]),
        ("Après avoir signé son contrat, en faisant de la santé mentale une de ses six priorités, l'agglomération a "
         "installé son conseil.", ["la santé mentale"]),
        # a statement of priority is no axis of the contract
        ("La santé mentale est une priorité pour tous les élus.", []),
        ("L'axe 2 : la réunion du comité de pilotage.", []),
    ],
)
def test_one_axis_named_in_passing_when_there_is_no_list(text, expected):
    assert _labels(text) == expected


def test_plain_list_lines_are_measured_without_their_parenthesis():
    text = ("Trois axes et des actions ont été identifiés :\n"
            "Un environnement favorable à la santé (promouvoir une alimentation saine et une activité physique "
            "régulière et adaptée, lutter contre les addictions, renforcer des modes de vie respectueux de la santé)\n"
            "Un appui à la santé des habitants\n")
    assert _labels(text) == ["Un environnement favorable à la santé", "Un appui à la santé des habitants"]


def test_lists_in_a_section_that_defines_a_cls_in_general_are_no_axes():
    text = ("Quels sont les objectifs d'un CLS ?\n"
            "Le contrat doit poursuivre les objectifs suivants :\n"
            "- La réduction de la mortalité prématurée évitable ;\n"
            "- Un meilleur accès à la santé des populations vulnérables\n"
            "\n"
            "Notre contrat\n"
            "Le contrat s'articule autour de deux axes :\n"
            "- L'accès aux soins\n- La santé mentale\n")
    assert _labels(text) == ["L'accès aux soins", "La santé mentale"]
    # the section ends at the first blank line after its paragraph
    text = ("Qu'est-ce qu'un contrat local de santé ?\n"
            "Un outil de l'ARS et des collectivités.\n"
            "\n"
            "Le contrat s'articule autour de deux axes :\n"
            "- L'accès aux soins\n- La santé mentale\n")
    assert _labels(text) == ["L'accès aux soins", "La santé mentale"]


def test_the_services_of_an_organisation_are_no_axes():
    text = ("La Ville a une Direction Santé publique composée de plusieurs services qui s'articulent autour de "
            "différentes thématiques : santé environnement, santé des jeunes, vaccinations, santé mentale.")
    assert _labels(text) == []


def test_an_announced_list_cut_by_the_end_of_the_excerpt():
    text = ("Le contrat a été présenté.\n"
            "Les responsables ont présenté les quatre domaines prioritaires du nouveau contrat : les soins primaires "
            "qui visent à installer de nouve")
    assert _labels(text) == ["les soins primaires qui visent à installer de nouve"]
    # one item is no list when the text goes on
    assert _labels(text + "aux médecins.\nLa suite du texte.") == []


def test_a_one_word_label_keeps_its_examples_and_an_apposition_is_a_comment():
    text = ("Le CLS s'articule autour de 3 axes :\n"
            "• La prévention, promotion de la santé\n"
            "• Le parcours (personnes âgées, personnes en situation de précarité)\n"
            "• Promouvoir la santé mentale, un enjeu majeur où l'offre est encore limitée\n")
    assert _labels(text) == ["La prévention, promotion de la santé",
                             "Le parcours (personnes âgées, personnes en situation de précarité)",
                             "Promouvoir la santé mentale"]


def test_numbered_bullets_each_explained_on_the_line_below():
    import pipeline

    text = ("La communauté d'agglomération de Saintes a signé le contrat local de santé le 12 janvier 2020. Ce contrat "
            "définit 4 axes de travail à mener sur la période 2020-2023 :\n\n"
            "  • Axe 1 : Santé mentale\n    Prévention du suicide, prévention des addictions, etc.\n\n"
            "  • Axe 2 : Accès aux soins\n    Favoriser l'accès aux médecins généralistes, etc.\n\n"
            "  • Axe 3 : Prévention\n    Nutrition et activités physiques, santé au travail, etc.\n\n"
            "  • Axe transversal : Communication\n    Donner de la visibilité aux dispositifs existants\n\n"
            "Le contrat s'appuie sur les dynamiques partenariales du territoire.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.axes == ["Santé mentale", "Accès aux soins", "Prévention", "Communication"]
    assert "addictions" in contract.axis_themes


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cinq axes ont été définis parmi lesquels la prévention pour tous, la promotion de la santé mentale ou encore "
         "l'amélioration de la communication entre les acteurs.",
         ["la prévention pour tous", "la promotion de la santé mentale",
          "l'amélioration de la communication entre les acteurs"]),
        ("Cinq axes ont été définis, dont la prévention pour tous, la promotion de la santé mentale et l'amélioration "
         "de la communication entre les acteurs.",
         ["la prévention pour tous", "la promotion de la santé mentale",
          "l'amélioration de la communication entre les acteurs"]),
        ("Le contrat s'articule autour de trois axes et de quinze fiches actions, dont les objectifs sont de réduire "
         "les inégalités, de favoriser la coordination et de promouvoir la santé.", []),
    ],
)
def test_part_of_a_list_announced_by_parmi_lesquels_or_dont(sentence, expected):
    import pipeline

    text = "La communauté d'agglomération de l'Espace Sud a signé le contrat local de santé le 12 janvier 2020.\n" + sentence
    (contract,) = pipeline.extract(text + "\n").contracts
    assert contract.axes == expected


def test_bulleted_axes_each_followed_by_their_objectives_one_per_line():
    import pipeline

    text = ("Le 2ème contrat local de santé du Pays de Guingamp (2021-2026), signé en 2021, s'articule autour des "
            "axes suivants :\n\n"
            "  • Prévention / promotion de la santé\n\nPromouvoir la santé mentale\nPromouvoir la santé des jeunes\n"
            "  • Organisation des parcours de santé\n\nFavoriser l'accueil d'internes\nFaciliter l'accès aux soins\n"
            "  • Populations vulnérables et leurs aidants\n\nLutter contre l'isolement\n\n"
            "La coordinatrice anime le contrat depuis 2021.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.axes == ["Prévention / promotion de la santé", "Organisation des parcours de santé",
                             "Populations vulnérables et leurs aidants"]
    assert {"sante_mentale", "jeunesse"} <= set(contract.axis_themes)


def test_bulleted_findings_of_a_health_profile_are_no_axes():
    from pipeline.extract.axes import find_axes
    from pipeline.extract.units import split_units

    findings = ("Concernant l'état de santé, on note que :\n"
                "– Le taux de mortalité prématurée est nettement supérieur à la moyenne régionale.\n"
                "– La mortalité due aux cancers est plus importante que dans le reste du département.\n"
                "– Le taux d'admission pour affection psychiatrique est très supérieur aux moyennes nationales.\n")
    assert find_axes(split_units(findings)) == []
    priorities = ("Le programme du territoire :\n"
                  "– Prévenir la mortalité prématurée et les cancers.\n"
                  "– Renforcer l'offre de soins en santé mentale.\n"
                  "– Prévenir le suicide chez les jeunes.\n")
    assert len(find_axes(split_units(priorities))) == 3


def test_ambitions_numbered_like_axes() -> None:
    """'Ambition 1 : …' is numbered like 'Axe 1 : …': the numbering is no label."""
    text = ("Le CLS est construit autour de 4 ambitions :\n\n"
            "  • Ambition 1 : développer la coordination et l'innovation en santé ;\n"
            "  • Ambition 2 : promouvoir la santé tout au long de la vie ;\n"
            "  • Ambition 3 : garantir un accès à la santé pour tous ;\n"
            "  • Ambition 4 : développer un environnement favorable à la santé.\n")
    labels = [i.label for i in find_axes(split_units(text))]
    assert labels[1:] == ["promouvoir la santé tout au long de la vie", "garantir un accès à la santé pour tous",
                          "développer un environnement favorable à la santé"]


def test_problems_a_diagnostic_identified_are_no_axes() -> None:
    text = ("Phase 2 : la programmation d'actions de proximité pour répondre aux problématiques de santé identifiées "
            "sur des thématiques liées à : l'alimentation, les risques liés à l'environnement, la santé mentale, "
            "l'accès aux soins et les addictions.")
    assert find_axes(split_units(text)) == []


def test_what_a_diagnostic_is_built_around_gives_way_to_the_contract_axes() -> None:
    text = ("La commune a lancé dès 2022 un diagnostic local de santé, articulé autour des thèmes de l'accès aux "
            "soins, de la santé mentale, du parcours des publics fragiles et de la prévention.\n"
            "Les partenaires ont ensuite retenu deux grands axes :\n"
            "- Renforcer l'offre de soins de premier recours\n"
            "- Prévenir les conduites addictives chez les jeunes\n")
    assert [a.label for a in find_axes(split_units(text))] == [
        "Renforcer l'offre de soins de premier recours", "Prévenir les conduites addictives chez les jeunes"]


def test_a_diagnostic_far_before_its_verb_and_a_contract_built_around_its_axes() -> None:
    text = ("Le diagnostic local de santé, conduit avec l'observatoire auprès de quatre-vingts professionnels, était "
            "articulé autour de l'accès aux soins, de la santé mentale, du vieillissement et des addictions.")
    assert find_axes(split_units(text)) == []
    text = ("Issu du diagnostic, le CLS s'articule autour de la prévention des addictions, de l'accès aux soins et "
            "de la santé mentale.")
    assert len(find_axes(split_units(text))) == 3


def test_axes_glued_in_one_table_line_and_axes_counted_as_the_contract_s() -> None:
    text = ("Axes stratégiquesAxe 1 Accès aux soins et aux droitsAxe 2 Santé mentaleAxe 3 Nutrition et "
            "activité physique")
    assert [a.label for a in find_axes(split_units(text))] == [
        "Accès aux soins et aux droits", "Santé mentale", "Nutrition et activité physique"]
    text = ("Les actions menées répondaient aux trois axes du contrat :\n1. Faciliter l'accès aux soins\n"
            "2. Promouvoir la santé mentale\n3. Agir pour un environnement favorable à la santé\n")
    assert len(find_axes(split_units(text))) == 3


def test_lettered_axes_end_at_the_next_capitalised_section() -> None:
    text = ("Les axes stratégiques du CLS 2025-2029 :\n"
            "a) Renforcer l'offre de soins de premier recours ;\n"
            "b) Agir sur les conduites addictives et la santé mentale ;\n"
            "c) Promouvoir une alimentation équilibrée et l'activité physique.\n\n"
            "VOS MISSIONS\n"
            "1. Piloter la mise en œuvre des fiches-actions du contrat.\n"
            "2. Préparer et animer les comités de pilotage.\n")
    assert _labels(text) == ["Renforcer l'offre de soins de premier recours",
                             "Agir sur les conduites addictives et la santé mentale",
                             "Promouvoir une alimentation équilibrée et l'activité physique"]


def test_axes_glued_on_one_line_behind_circled_numbers() -> None:
    text = ("EN BREF – LES TROIS AXES DU CLS 2026-2030 ❶ Attirer et garder les professionnels de santé ❷ Prévenir la perte "
            "d'autonomie des aînés ❸ Promouvoir la santé des jeunes\n")
    assert _labels(text) == ["Attirer et garder les professionnels de santé", "Prévenir la perte d'autonomie des aînés",
                             "Promouvoir la santé des jeunes"]


def test_what_the_data_show_is_no_axis_list() -> None:
    text = ("Une première lecture des données, présentée au comité de pilotage, fait apparaître :\n\n"
            "- une densité de médecins généralistes inférieure à la moyenne régionale ;\n"
            "- une forte prévalence du diabète et de l'hypertension artérielle ;\n"
            "- un vieillissement rapide de la population.\n")
    assert _labels(text) == []


def test_a_comment_after_the_last_item_of_a_prose_list() -> None:
    text = ("Le contrat court jusqu'en 2030. Il s'articule autour de l'accès aux soins de proximité, du soutien aux "
            "personnes âgées isolées et de la santé mentale, notamment dans le monde agricole.\n")
    assert len(_labels(text)) == 3


def test_a_sentence_before_a_colon_is_no_label_of_the_list_below() -> None:
    text = ("Quatre priorités pour les habitants\n\n"
            "Le diagnostic réalisé en 2024 avait mis en lumière plusieurs fragilités : un vieillissement marqué et des "
            "logements anciens. Les partenaires ont retenu quatre priorités :\n\n"
            "▸ Se soigner près de chez soi : faciliter l'installation de jeunes médecins.\n"
            "▸ Prendre soin de sa santé mentale : former des habitants aux premiers secours.\n"
            "▸ Bien vieillir à domicile : repérer l'isolement des seniors.\n")
    assert [a.label for a in find_axes(split_units(text))] == [
        "Se soigner près de chez soi", "Prendre soin de sa santé mentale", "Bien vieillir à domicile"]


def test_a_sentence_with_an_inline_list_under_a_count_heading() -> None:
    text = ("Quatre priorités\n\n"
            "Le contrat s'articulera autour de quatre priorités : renforcer l'offre de soins de proximité ; prévenir le "
            "diabète ; accompagner le vieillissement de la population ; et lutter contre les gîtes larvaires.\n\n"
            "Ces priorités seront déclinées en fiches-actions : l'accueil d'internes, des ateliers nutrition.\n")
    assert [a.label for a in find_axes(split_units(text))] == [
        "renforcer l'offre de soins de proximité", "prévenir le diabète", "accompagner le vieillissement de la population",
        "lutter contre les gîtes larvaires"]


def test_a_prose_list_ends_its_last_axis_at_an_apposition() -> None:
    import pipeline

    text = ("La communauté d'agglomération de Tulle a signé hier son troisième contrat local de santé. Le contrat "
            "s'articule autour de la démographie médicale, de la santé mentale des adolescents, du maintien à domicile "
            "des personnes âgées et de la mobilité vers les lieux de soins, un sujet sensible dans les communes "
            "éloignées.\n")
    [contract] = pipeline.extract(text, published="2025-11-21").contracts
    assert contract.axes[-1] == "la mobilité vers les lieux de soins"
    assert len(contract.axes) == 4


def test_a_diagnostic_s_findings_are_no_axes() -> None:
    import pipeline

    text = ("Le futur contrat local de santé de la communauté de communes du Nogentais avance : le diagnostic est posé.\n"
            "Parmi les constats qui ressortent :\n- une démographie médicale fragile ;\n- une santé mentale dégradée chez "
            "les 15-25 ans ;\n- des consommations d'alcool supérieures aux moyennes ;\n")
    [contract] = pipeline.extract(text, published="2026-01-08").contracts
    assert contract.axes == []


def test_findings_that_put_axes_forward_head_them() -> None:
    import pipeline

    text = ("La Ville de Laon prépare son contrat local de santé avec l'ARS. Les constats partagés entre la ville et "
            "l'ARS proposent 3 pistes d'axes d'intervention : renforcer la prévention, favoriser le parcours en santé "
            "mentale, améliorer l'accès aux soins.\n")
    [contract] = pipeline.extract(text, published="2024-01-10").contracts
    assert len(contract.axes) == 3


def test_axes_chosen_from_findings_given_at_length_are_axes() -> None:
    """'À partir des constats du diagnostic (a long parenthesis of figures), les partenaires ont retenu cinq axes :'."""
    import pipeline

    text = ("La Communauté d'agglomération du Douaisis a signé son deuxième contrat local de santé.\n\n"
            "À partir des constats du diagnostic (une mortalité prématurée supérieure de 25 % à la moyenne nationale, un "
            "médecin généraliste sur trois âgé de plus de 60 ans), les partenaires ont retenu trois axes :\n\n"
            "1. Renforcer l'offre de soins de premier recours\n2. Promouvoir la santé mentale\n"
            "3. Prévenir les cancers\n")
    [contract] = pipeline.extract(text, published="2026-10-14").contracts
    assert len(contract.axes) == 3


def test_a_quoted_list_ends_with_its_quotation() -> None:
    import pipeline

    text = ("La communauté de communes de Parthenay-Gâtine a signé son deuxième contrat local de santé. « Trois priorités "
            "ont été retenues : l'accès aux soins de proximité, la santé mentale des jeunes et le bien-vieillir à "
            "domicile », a résumé Marie-Claude Audebrand, vice-présidente chargée de la santé.\n")
    [contract] = pipeline.extract(text, published="2026-03-14").contracts
    assert contract.axes == ["l'accès aux soins de proximité", "la santé mentale des jeunes", "le bien-vieillir à domicile"]


def test_what_an_item_singles_out_stays_in_the_item() -> None:
    import pipeline

    text = ("La Ville de Juvisy-sur-Orge a signé son deuxième contrat local de santé. Les partenaires ont retenu trois "
            "priorités : la santé mentale des jeunes, l'accès aux soins de premier recours, et la prévention des maladies "
            "chroniques, au premier rang desquelles le diabète.\n")
    [contract] = pipeline.extract(text, published="2026-03-14").contracts
    assert contract.axes == ["la santé mentale des jeunes", "l'accès aux soins de premier recours",
                             "la prévention des maladies chroniques"]


def test_a_count_then_one_sentence_per_step_gives_the_axes() -> None:
    """A speech: "Ce contrat repose sur trois priorités. D'abord, …. Ensuite, …. Enfin, …."; a label ends at its comma."""
    import pipeline

    text = ("Le contrat que nous signons est le premier contrat local de santé du Pays Viganais. Ce contrat repose sur trois "
            "priorités. D'abord, garantir à chaque habitant un accès aux soins de premier recours, y compris dans les "
            "hameaux. Ensuite, prendre soin de la santé mentale, trop longtemps taboue. Enfin, prévenir les conduites "
            "addictives des jeunes, avec les collèges.\n")
    [contract] = pipeline.extract(text, published="2026-04-10").contracts
    assert contract.axes == ["garantir à chaque habitant un accès aux soins de premier recours",
                             "prendre soin de la santé mentale", "prévenir les conduites addictives des jeunes"]


def test_the_contract_s_count_of_objectives_heads_its_list_without_a_colon() -> None:
    """An easy-read page: "Le contrat a 5 objectifs." then "1. Objectif 1 : …"."""
    from pipeline.extract.axes import _header_ok

    assert _header_ok("Le contrat a 5 objectifs.")
    assert _header_ok("Le CLS compte trois grands objectifs")
    assert not _header_ok("Nos objectifs pour la ville.")


def test_axes_under_the_page_s_own_quoted_word_for_them() -> None:
    """"quatre « caps »" then "Cap 1 – Label : explanation"; a table of contents' "Article 9 – Financement" stays none."""
    import pipeline

    text = ("La Communauté de communes Touraine Ouest Val de Loire a signé son contrat local de santé.\n"
            "Le programme s'articule autour de trois « caps », déclinés en 22 fiches actions :\n"
            "Cap 1 – Se soigner près de chez soi : accueillir de nouveaux médecins.\n"
            "Cap 2 – Bien grandir : santé des enfants et des jeunes.\n"
            "Cap 3 – Bien vieillir sur le territoire : repérer l'isolement.\n")
    [contract] = pipeline.extract(text, published="2026-10-02").contracts
    assert contract.axes == ["Se soigner près de chez soi", "Bien grandir", "Bien vieillir sur le territoire"]


def test_an_agenda_s_next_items_are_not_axes_under_named_axes() -> None:
    import pipeline

    text = ("Comité de pilotage du contrat local de santé de Villiers-le-Bel\n\nOrdre du jour :\n"
            "1. Bilan à mi-parcours des fiches-actions, axe par axe :\n"
            "   Axe 1 – Accès aux droits et aux soins\n   Axe 2 – Santé mentale et souffrance psychique\n"
            "   Axe 3 – Nutrition et activité physique\n"
            "2. Point financier : crédits 2026 de l'ARS\n3. Calendrier de l'évaluation finale\n4. Questions diverses\n")
    [contract] = pipeline.extract(text, published="2026-03-10").contracts
    assert contract.axes == ["Accès aux droits et aux soins", "Santé mentale et souffrance psychique",
                             "Nutrition et activité physique"]


def test_a_counted_list_in_parentheses_is_the_axes() -> None:
    import pipeline

    text = ("En septembre 2024, l'Agglomération montargoise a conclu avec l'ARS son deuxième contrat local de santé. "
            "Ce contrat, articulé autour de cinq orientations (accès aux soins et attractivité médicale, santé mentale, "
            "santé des jeunes, vieillissement, environnement et santé), compte 31 fiches-actions.\n")
    [contract] = pipeline.extract(text, published="2025-01-10").contracts
    assert contract.axes == ["accès aux soins et attractivité médicale", "santé mentale", "santé des jeunes",
                             "vieillissement", "environnement et santé"]


def test_a_counted_list_in_parentheses_after_an_adjective_is_the_axes() -> None:
    import pipeline

    text = ("Le conseil municipal de Bagnolet a approuvé mercredi son nouveau contrat local de santé avec l'ARS. "
            "Ce contrat est organisé autour de quatre axes stratégiques (santé mentale, accès aux droits et aux soins, "
            "nutrition et activité physique, santé environnement), déclinés en 24 actions.\n")
    [contract] = pipeline.extract(text, published="2025-10-20").contracts
    assert contract.axes == ["santé mentale", "accès aux droits et aux soins", "nutrition et activité physique",
                             "santé environnement"]


def test_a_parenthesis_after_more_than_an_adjective_is_no_list_of_axes() -> None:
    import pipeline

    text = ("La Ville de Bagnolet a signé son contrat local de santé avec l'ARS. Ses axes seront présentés lors de la "
            "prochaine réunion publique (salle des fêtes, jeudi 12 mars, santé mentale et accès aux soins).\n")
    [contract] = pipeline.extract(text, published="2025-10-20").contracts
    assert contract.axes == []


def test_a_counted_list_between_dashes_is_the_axes_and_a_party_s_commitments_are_not() -> None:
    import pipeline

    text = ("La CPAM du Val-d'Oise sera signataire du futur contrat local de santé de la communauté de communes Vexin "
            "Centre. Parmi les trois axes retenus par le comité – l'accès aux droits et aux soins, la prévention et le "
            "dépistage des cancers, la santé des seniors et de leurs aidants –, notre caisse propose de copiloter les "
            "deux premiers.\n\nConcrètement, la CPAM du Val-d'Oise s'engage à :\n"
            "– mettre à disposition un conseiller pour l'accès aux soins à l'espace France services ;\n"
            "– organiser deux journées de dépistage des cancers dans les communes ;\n"
            "– financer des actions de prévention en santé mentale.\n")
    [contract] = pipeline.extract(text, published="2026-09-18").contracts
    assert contract.axes == ["l'accès aux droits et aux soins", "la prévention et le dépistage des cancers",
                             "la santé des seniors et de leurs aidants"]
    commitments = text[: text.index(" Parmi")] + text[text.index("\n\nConcrètement") :]
    (contract,) = pipeline.extract(commitments, published="2026-09-18").contracts
    assert contract.axes == []


def test_retained_stakes_head_a_list_of_axes() -> None:
    import pipeline

    text = ("La Ville de Coutances a signé son contrat local de santé avec l'ARS Normandie.\n\n"
            "Les enjeux retenus\nEnjeu 1 – Consolider l'offre de premier recours\nEnjeu 2 – Prévenir le suicide\n"
            "Enjeu 3 – Permettre aux personnes âgées de vieillir chez elles\n")
    [contract] = pipeline.extract(text, published="2025-01-10").contracts
    assert contract.axes == ["Consolider l'offre de premier recours", "Prévenir le suicide",
                             "Permettre aux personnes âgées de vieillir chez elles"]


def test_a_bold_label_and_its_explanation_after_a_dash_is_its_label() -> None:
    import pipeline

    html = ("<html><body><article><h1>Notre contrat local de santé</h1><p>La communauté de communes Cœur de Chartreuse a "
            "signé son deuxième contrat local de santé avec l'ARS Auvergne-Rhône-Alpes, pour la période 2025-2029, avec "
            "plusieurs partenaires du territoire.</p><h2>Quatre axes de travail</h2><ol>"
            "<li><strong>Accès aux soins</strong> – attirer de nouveaux professionnels</li>"
            "<li><strong>Santé mentale</strong> – repérer plus tôt la souffrance psychique</li>"
            "<li><strong>Environnement et santé</strong> – radon et qualité de l'air intérieur</li></ol>"
            "<p>Le contrat sera évalué à mi-parcours en 2027 par l'ensemble des partenaires signataires.</p>"
            "</article></body></html>")
    [contract] = pipeline.extract(html, html=True, published="2025-06-10").contracts
    assert contract.axes == ["Accès aux soins", "Santé mentale", "Environnement et santé"]


def test_a_sentence_counting_its_inline_list_under_a_heading_is_no_item() -> None:
    import pipeline

    text = ("La Ville de Saint-Paul a signé ce mardi son deuxième contrat local de santé avec l'ARS La Réunion.\n\n"
            "Quatre chantiers\n\nLe nouveau CLS retient quatre priorités : l'accès aux soins dans les Hauts ; la prévention "
            "du diabète ; la santé mentale des jeunes ; la lutte contre les moustiques.\n\n"
            "Parmi les premières actions : un bus de consultations et des ateliers cuisine.\n")
    [contract] = pipeline.extract(text, published="2026-05-06").contracts
    assert contract.axes == ["l'accès aux soins dans les Hauts", "la prévention du diabète", "la santé mentale des jeunes",
                             "la lutte contre les moustiques"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a counting header, then one line of as many infinitive parts
            "Au terme du diagnostic, trois priorités ont été arrêtées par les partenaires :\n"
            "renforcer la présence médicale, prévenir les chutes des personnes âgées, accompagner les aidants.\n",
            ["renforcer la présence médicale", "prévenir les chutes des personnes âgées", "accompagner les aidants"],
        ),
        (  # a counting heading, then a sentence of "vise à …, à …, mais aussi à …"
            "Trois axes\n\nLes élus ont adopté un contrat qui vise à la fois à soutenir les soignants, à lutter contre "
            "l'isolement, mais aussi à améliorer la qualité de l'air.\n",
            ["soutenir les soignants", "lutter contre l'isolement", "améliorer la qualité de l'air"],
        ),
        (  # the counts of other things after the counted list are no axes
            "Le nouveau contrat comprend 3 orientations : santé mentale, accès aux droits, nutrition, 9 fiches actions "
            "et 25 mesures.",
            ["santé mentale", "accès aux droits", "nutrition"],
        ),
    ],
)
def test_a_header_s_count_bounds_the_inline_list_that_follows(text, expected):
    assert _labels(text) == expected


def test_a_next_line_whose_parts_do_not_match_the_count_is_no_list():
    text = ("Deux orientations ont été retenues :\n"
            "la réunion publique aura lieu en mars, à la salle des fêtes, avec les associations.\n")
    assert _labels(text) == []


def test_a_counting_heading_over_as_many_sub_headings_each_explained() -> None:
    text = ("Quatre priorités jusqu'en 2030\n\nLa santé mentale\n\nFormer des habitants aux premiers secours.\n\n"
            "Le bien vieillir\n\nRepérer la fragilité des personnes âgées.\n\nL'accès aux soins\n\nDes permanences dans "
            "les quartiers.\n\nL'environnement\n\nQualité de l'air et logements dégradés.\n\nÀ lire aussi\n")
    assert _labels(text) == ["La santé mentale", "Le bien vieillir", "L'accès aux soins", "L'environnement"]
    # one sub-heading short of the count: no list
    assert _labels(text.replace("L'environnement\n\nQualité de l'air et logements dégradés.\n\n", "")) == []


def test_numbered_axes_written_label_colon_explanation_keep_their_labels() -> None:
    text = ("Les trois axes du contrat\n\nAxe 1 - Offre de soins : attirer de nouveaux médecins.\n\n"
            "Axe 2 - Santé mentale : prévenir le suicide.\n\nAxe 3 - Bien vieillir : soutenir les aidants.\n")
    assert _labels(text) == ["Offre de soins", "Santé mentale", "Bien vieillir"]


def test_a_schedule_is_no_list_of_axes() -> None:
    text = ("Le calendrier du diagnostic\n\n- Octobre - décembre 2026 : analyse des données de santé\n"
            "- Novembre 2026 - janvier 2027 : questionnaire aux habitants\n- Février - mars 2027 : restitution\n")
    assert _labels(text) == []


def test_numbered_axes_each_explained_by_a_paragraph() -> None:
    text = ("Les axes stratégiques\n\n1. Attirer les soignants\n\nLogements pour les internes, accueil des arrivants.\n\n"
            "2. Soutenir les aidants\n\nAteliers mémoire, plateforme de répit.\n\n3. Promouvoir la santé mentale\n\n"
            "Formations aux premiers secours.\n\nLe financement\n")
    assert _labels(text) == ["Attirer les soignants", "Soutenir les aidants", "Promouvoir la santé mentale"]


def test_axis_lines_opened_by_arrows_keep_their_labels() -> None:
    text = ("Les élus ont adopté les trois axes du contrat :\n"
            "➜ Axe 1 : Faciliter l'accès aux soins de proximité\n"
            "➜ Axe 2 : Prévenir les addictions chez les jeunes\n"
            "➜ Axe 3 : Agir pour la santé des seniors\n")
    assert _labels(text) == ["Faciliter l'accès aux soins de proximité", "Prévenir les addictions chez les jeunes",
                             "Agir pour la santé des seniors"]


def test_a_counted_list_of_a_verb_then_nouns_is_split_as_counted() -> None:
    text = ("Le contrat retient trois priorités : recruter et fidéliser des médecins, la prévention du suicide, "
            "et l'activité physique des enfants.")
    assert _labels(text) == ["recruter et fidéliser des médecins", "la prévention du suicide",
                             "l'activité physique des enfants"]


def test_a_counted_list_whose_header_opens_on_the_former_contract_is_this_one_s() -> None:
    text = ("Tirées du bilan du précédent contrat, quatre orientations ont été retenues :\n"
            "- Accès aux soins\n- Santé mentale\n- Bien vieillir\n- Nutrition et activité physique\n")
    assert _labels(text) == ["Accès aux soins", "Santé mentale", "Bien vieillir", "Nutrition et activité physique"]
    # the former contract's own axes, in the pluperfect, are not
    assert _labels("Lors du précédent contrat, quatre orientations avaient été retenues :\n- Accès aux soins\n"
                   "- Santé mentale\n- Bien vieillir\n- Nutrition\n") == []


def test_headings_numbered_with_a_dash_each_over_a_paragraph_are_axes() -> None:
    text = ("Quatre orientations stratégiques\n\n1 — Attirer des soignants\n\nBourses, logements pour les internes.\n\n"
            "2 — Prévenir le mal-être\n\nFormations aux premiers secours en santé mentale.\n\n"
            "3 — Bien vieillir chez soi\n\nRepérage de la fragilité.\n\n4 — Agir sur l'environnement\n\nQualité de l'air.\n")
    assert _labels(text) == ["Attirer des soignants", "Prévenir le mal-être", "Bien vieillir chez soi",
                             "Agir sur l'environnement"]


def test_an_inline_item_s_label_ends_at_a_partnership_or_a_setting() -> None:
    text = ("Le contrat retient trois chantiers : l'accès aux soins ; la santé mentale, en lien avec le centre "
            "médico-psychologique ; et le bien vieillir, dans un territoire où un habitant sur trois a plus de 60 ans.")
    assert _labels(text) == ["l'accès aux soins", "la santé mentale", "le bien vieillir"]


def test_ordinal_axes_spoken_with_c_est() -> None:
    text = ("Que contient ce contrat ? Il est bâti autour de trois axes.\n\n"
            "Le premier axe, c'est l'accès aux soins de proximité. Nous voulons accueillir des internes.\n\n"
            "Le deuxième axe, c'est le bien vieillir à domicile.\n\n"
            "Le troisième axe, enfin, c'est la santé mentale.\n")
    assert _labels(text) == ["l'accès aux soins de proximité", "le bien vieillir à domicile", "la santé mentale"]


def test_a_departement_s_own_priorities_are_not_a_contract_s_axes() -> None:
    text = ("Édito. À l'approche du vote du budget, le Département garde le cap sur ses priorités : les routes, les "
            "collèges et l'accès aux soins.\n\nSanté : la communauté de communes a signé son contrat local de santé.")
    assert _labels(text) == []


def test_a_list_opened_by_emoji_is_a_list() -> None:
    text = ("Les priorités du contrat local de santé :\n📌 Accès aux soins\n📌 Santé mentale\n➡️ Bien vieillir\n")
    assert _labels(text) == ["Accès aux soins", "Santé mentale", "Bien vieillir"]
    # any pictograph a post chooses opens an item; a circled digit still numbers one
    post = ("Au programme pour 2026 ➡️ 2030 :\n🩺 Faciliter l'accès aux soins\n🧠 Prendre soin de la santé mentale\n"
            "👵 Bien vieillir dans nos villages\n")
    assert _labels(post) == ["Faciliter l'accès aux soins", "Prendre soin de la santé mentale", "Bien vieillir dans nos villages"]
    from pipeline.extract.units import BULLET

    assert BULLET.match("🩺 Faciliter l'accès aux soins") and not BULLET.match("➊ Trouver un médecin")


def test_a_list_numbered_by_keycap_emoji_is_a_list() -> None:
    import pipeline

    post = ("La Ville de Choisy-le-Roi a renouvelé ce soir son contrat local de santé avec l'ARS Île-de-France.\n\n"
            "Les 5 priorités de ce deuxième CLS 👇\n1️⃣ Accès aux soins et aux droits\n2️⃣ Santé mentale des jeunes\n"
            "3️⃣ Habitat indigne et saturnisme\n4️⃣ Alimentation et activité physique\n5️⃣ Violences faites aux femmes\n"
            "📌 Le contrat est piloté par notre coordinatrice santé.\n")
    [contract] = pipeline.extract(post, published="2025-12-19").contracts
    assert contract.axes == ["Accès aux soins et aux droits", "Santé mentale des jeunes", "Habitat indigne et saturnisme",
                             "Alimentation et activité physique", "Violences faites aux femmes"]
    from pipeline.extract.units import BULLET

    assert BULLET.match("🔟 Santé environnement") and not BULLET.match("10 médecins en moins")


def test_unheaded_bullets_each_label_colon_explanation_keep_their_labels() -> None:
    text = ("Ce que prévoit le contrat\n\n- Accès aux soins : soutenir la maison de santé et ouvrir des consultations.\n"
            "- Vieillir au pays : repérer la fragilité des personnes âgées.\n"
            "- Santé mentale : former des habitants aux premiers secours en santé mentale.\n")
    assert _labels(text) == ["Accès aux soins", "Vieillir au pays", "Santé mentale"]


def test_bulleted_axes_numbered_with_a_period() -> None:
    text = ("Le comité de pilotage a arrêté les trois axes du futur contrat :\n"
            "- Axe 1. Renforcer l'offre de soins de premier recours\n- Axe 2. Développer la prévention\n"
            "- Axe 3. Accompagner le vieillissement et les aidants\n")
    assert _labels(text) == ["Renforcer l'offre de soins de premier recours", "Développer la prévention",
                             "Accompagner le vieillissement et les aidants"]


def test_one_of_the_counted_axes_named_with_the_others_after_avec() -> None:
    text = ("Chez nous, la santé mentale est l'un des quatre axes du contrat, avec l'accès aux soins, le bien vieillir "
            "et la prévention en direction des jeunes.")
    labels = ["la santé mentale", "l'accès aux soins", "le bien vieillir", "la prévention en direction des jeunes"]
    assert _labels(text) == labels
    assert _labels(text.replace("quatre axes", "cinq axes")) != labels  # a count the list does not make is no list


def test_the_last_link_of_an_inline_list_may_be_and_finally() -> None:
    text = ("« Nous avons retenu quatre priorités : l'accès à un médecin traitant, la santé mentale des jeunes, le repérage "
            "des fragilités chez les seniors isolés et, enfin, la santé des habitants des quartiers prioritaires. »")
    assert _labels(text) == ["l'accès à un médecin traitant", "la santé mentale des jeunes",
                             "le repérage des fragilités chez les seniors isolés",
                             "la santé des habitants des quartiers prioritaires"]


def test_numbered_axis_headings_with_a_bar_are_a_list() -> None:
    text = ("CE QUE PRÉVOIT LE CONTRAT\n\nAXE 1 | Se soigner près de chez soi\nTrouver un médecin traitant reste la "
            "première difficulté.\n\nAXE 2 | Grandir en bonne santé\nDe la crèche au lycée, les actions visent la santé "
            "des enfants.\n\nAXE 3 | Être bien dans sa tête\nPremiers secours en santé mentale.\n")
    assert _labels(text) == ["Se soigner près de chez soi", "Grandir en bonne santé", "Être bien dans sa tête"]


def test_a_prose_list_s_last_item_keeps_its_comment_and_its_aside_out():
    text = ("Il s'articule autour de quatre priorités : la prévention du diabète, l'accès aux soins dans les écarts, "
            "la santé des adolescents, et enfin l'accompagnement des aidants, dans une commune où la population vieillit.\n")
    assert _labels(text) == ["la prévention du diabète", "l'accès aux soins dans les écarts", "la santé des adolescents",
                             "l'accompagnement des aidants"]
    text = ("Ses quatre axes reprennent ceux du premier : santé mentale, maintien à domicile, alimentation et activité "
            "physique, et – c'est nouveau – santé-environnement, avec un travail sur l'eau des puits.\n")
    assert _labels(text) == ["santé mentale", "maintien à domicile", "alimentation et activité physique", "santé-environnement"]


def test_an_ordinal_chain_with_an_aside():
    text = ("Le contrat s'organise en trois orientations. La première vise à maintenir une offre de soins de proximité. "
            "La deuxième porte sur la prévention des addictions chez les jeunes. La troisième, nouvelle par rapport au "
            "premier contrat, concerne l'habitat dégradé du centre ancien : humidité, plomb.\n")
    assert _labels(text) == ["maintenir une offre de soins de proximité", "la prévention des addictions chez les jeunes",
                             "l'habitat dégradé du centre ancien"]


def test_roman_numbered_axes_keep_their_sub_items_inside():
    text = ("Les quatre axes du CLS II\nI. Favoriser l'accès aux soins\n   I.1 Accompagner l'arrivée de médecins\n"
            "   I.2 Développer les consultations avancées\nII. Promouvoir la santé mentale\n   II.1 Former des secouristes\n"
            "III. Accompagner les aîné·es et leurs aidant·es\nIV. Agir pour un environnement favorable\n")
    assert _labels(text) == ["Favoriser l'accès aux soins", "Promouvoir la santé mentale",
                             "Accompagner les aîné·es et leurs aidant·es", "Agir pour un environnement favorable"]


def test_bulleted_numbered_axes_with_an_explanation_keep_their_labels():
    text = ("Le contrat retient trois axes stratégiques :\n"
            "- Axe 1 – Offre de soins : accueillir des internes et soutenir la maison de santé de Fessenheim.\n"
            "- Axe 2 – Bien vieillir : prévenir les chutes et rompre l'isolement des aînés.\n"
            "- Axe 3 – Santé des jeunes : ateliers sur le sommeil et les écrans dans les collèges.\n")
    assert _labels(text) == ["Offre de soins", "Bien vieillir", "Santé des jeunes"]


def test_a_section_s_numbered_sub_headings_are_its_axes():
    text = ("2. Le diagnostic\n\n2.1 Des médecins âgés\n\nLa moitié des généralistes a plus de 60 ans.\n\n"
            "3. Les orientations\n\nLe comité de pilotage a arrêté trois axes.\n\n"
            "3.1 Attirer des soignants\n\nAccueil des internes et aides à l'installation.\n\n"
            "3.2 Prévenir les addictions\n\nInterventions dans les collèges.\n\n"
            "3.3 Bien vieillir chez soi\n\nRepérage de la fragilité et lutte contre l'isolement.\n\n"
            "4. Les signataires\n")
    assert _labels(text) == ["Attirer des soignants", "Prévenir les addictions", "Bien vieillir chez soi"]


def test_a_numbered_axis_column_gives_its_labels_from_the_next_column():
    text = ("Les axes du contrat et leur avancement\nAxe | Intitulé | Action phare | Avancement\n"
            "1 | Faciliter l'accès aux soins | Permanences d'accès aux droits | lancé\n"
            "2 | Promouvoir la santé mentale | Premiers secours en santé mentale | réalisé\n"
            "3 | Adapter la ville aux fortes chaleurs | Registre canicule | lancé\n")
    assert _labels(text) == ["Faciliter l'accès aux soins", "Promouvoir la santé mentale",
                             "Adapter la ville aux fortes chaleurs"]


def test_a_column_headed_axe_du_cls_gives_the_axes():
    text = ("Messages par axe du contrat\nAxe du CLS | Message clé | Publics\n"
            "Accès aux soins et accueil des internes | « Le territoire vous accueille » | internes\n"
            "Santé mentale des jeunes | « En parler, c'est agir » | collégiens\n"
            "Bien vieillir à domicile | « Rester chez soi » | seniors\n")
    from pipeline.extract.axes import table_axes

    assert [it.label for it in table_axes(text, split_units(text))] == [
        "Accès aux soins et accueil des internes", "Santé mentale des jeunes", "Bien vieillir à domicile"]


@pytest.mark.parametrize(("text", "expected"), [
    # a brochure's numbered headings with their explanation lines, in capitals after a bar or a middle dot
    ("LES 4 AXES DU CONTRAT\n1 | SE SOIGNER PRÈS DE CHEZ SOI\nFaciliter l'installation des professionnels.\n"
     "2 | BIEN VIEILLIR DANS NOS VILLAGES\nRepérer la fragilité, soutenir les aidants.\n"
     "3 | PRÉVENIR ET PROMOUVOIR LA SANTÉ\nDépistages, ateliers.\n4 | UN ENVIRONNEMENT FAVORABLE À LA SANTÉ\nFortes chaleurs.",
     ["SE SOIGNER PRÈS DE CHEZ SOI", "BIEN VIEILLIR DANS NOS VILLAGES", "PRÉVENIR ET PROMOUVOIR LA SANTÉ",
      "UN ENVIRONNEMENT FAVORABLE À LA SANTÉ"]),
    # indented example lines under each numbered item are not the item's wrapped label
    ("Les 3 priorités du contrat\n1 · Attirer et fidéliser les professionnels de santé\n    stages d'internes, logement\n"
     "2 · Accompagner le bien-vieillir\n    prévention des chutes, répit des aidants\n"
     "3 · Réduire les consommations d'alcool et de tabac\n    consultations jeunes consommateurs",
     ["Attirer et fidéliser les professionnels de santé", "Accompagner le bien-vieillir",
      "Réduire les consommations d'alcool et de tabac"]),
    # axes introduced by an ordinal word
    ("Cinq axes pour 2025-2029\nPremier axe : l'accès aux soins des habitants des quartiers prioritaires.\n"
     "Deuxième axe : la lutte contre les maladies vectorielles.\nTroisième axe : la santé sexuelle.",
     ["l'accès aux soins des habitants des quartiers prioritaires", "la lutte contre les maladies vectorielles",
      "la santé sexuelle"]),
    # one axis named, the others "aux côtés de"
    ("Votre proposition est retenue : la santé mentale des jeunes devient l'un des quatre axes du contrat, aux côtés de "
     "l'accès aux soins de premier recours, de la prévention des addictions et d'un urbanisme favorable à la santé.",
     ["la santé mentale des jeunes", "l'accès aux soins de premier recours", "la prévention des addictions",
      "un urbanisme favorable à la santé"]),
    # "comme le précédent": this contract's axes, the same as before
    ("Le contrat s'articule, comme le précédent, autour de trois axes : l'accès aux soins de premier recours, la santé "
     "mentale, le repérage précoce de la perte d'autonomie.",
     ["l'accès aux soins de premier recours", "la santé mentale", "le repérage précoce de la perte d'autonomie"]),
])
def test_brochure_and_answer_shapes(text, expected):
    assert _labels(text) == expected


def test_what_one_proposed_axis_would_hold_and_running_headers_are_no_axes():
    assert _labels("Je propose qu'il comporte un axe consacré à la santé mentale des étudiants : permanences de "
                   "psychologues dans les résidences, formation des associations au repérage, ligne d'écoute le soir.") == []
    text = ("Le contrat s'organise autour de deux axes :\n– favoriser l'installation de médecins ;\n"
            "12 | ROMILLY INFOS N° 87 – JANVIER 2026\n– lutter contre l'isolement des personnes âgées.")
    assert all("ROMILLY" not in label for label in _labels(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Ses cinq axes vont de l'accès aux soins à la santé environnementale, en passant par la santé mentale, la "
     "nutrition et la santé sexuelle des jeunes.",
     ["l'accès aux soins", "la santé environnementale", "la santé mentale", "la nutrition", "la santé sexuelle des jeunes"]),
    # a clause with a colon over sub-headings, each with its paragraph
    ("Le plan d'actions, conclu pour cinq ans, est organisé en deux axes :\n\nFaciliter l'accès aux soins\n\n"
     "Permanences d'accès aux droits, aide à l'installation de médecins.\n\nBien vieillir à domicile\n\n"
     "Repérage des fragilités, soutien aux aidants.",
     ["Faciliter l'accès aux soins", "Bien vieillir à domicile"]),
])
def test_more_prose_and_heading_shapes(text, expected):
    assert _labels(text) == expected


def test_a_territory_s_policy_fields_are_no_axes():
    assert _labels("Le Pays poursuit les chantiers engagés avec ses intercommunalités : santé, mobilités, alimentation "
                   "locale.") == []


def test_items_numbered_in_parentheses_with_an_explanation_each():
    # "(1) Label" then its explanation line, "(2) …": the numbered items are the axes, the explanations no sub-items
    text = ("Les trois priorités\n\n(1) Faciliter l'installation des soignants\n"
            "Accueil d'internes, aide au logement, maisons de santé.\n\n"
            "(2) Prévenir la souffrance psychique\nFormations de sentinelles, orientation vers le CMP.\n\n"
            "(3) Bien vieillir chez soi\nAteliers mémoire, repérage de l'isolement.\n\nLe financement\n")
    assert _labels(text) == ["Faciliter l'installation des soignants", "Prévenir la souffrance psychique",
                             "Bien vieillir chez soi"]
