"""Organisation mentions typed by org_type, with a normalized display name."""

from __future__ import annotations

import pytest

from pipeline.extract.orgs import find_orgs


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.org_type, o.name) for o in find_orgs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le contrat est signé avec l'ARS (Agence régionale de santé) Hauts-de-France.",
            [("ars", "ARS Hauts-de-France")],
        ),
        (
            "Le contrat est signé avec l'Agence régionale de santé Occitanie.",
            [("ars", "ARS Occitanie")],  # a long name with its place is listed under the acronym
        ),
        (
            "En présence de la préfète de l'Aisne, le contrat a été signé.",
            [("prefecture", "Préfecture de l'Aisne")],
        ),
        ("Le préfet de la Loire a signé.", [("prefecture", "Préfecture de la Loire")]),
        ("La CPAM du Finistère s'engage.", [("cpam", "CPAM du Finistère")]),
        ("Le CD 29 est partenaire.", [("departement", "CD 29")]),
        (
            "Signataires : Préfecture 94, Conseil départemental 94, CPAM 94.",  # a département's number, no preposition
            [("prefecture", "Préfecture 94"), ("departement", "Conseil départemental 94"), ("cpam", "CPAM 94")],
        ),
        ("La ville de 12 000 habitants signe.", []),
        ("Le contrat vaut pour les quinze communes de l'agglomération.", []),  # a place, not a party
        ("La commune consacrera 70 000 euros et l'ARS 50 000 euros par an.", [("ars", "ARS")]),  # an amount
        ("La Caisse primaire d'assurance maladie 50 Rue Paul Bert 58 000 Nevers", [("cpam", "Caisse primaire d'assurance maladie")]),  # an address
        (
            "La Préfecture de Seine et Marne et la CPAM de Loir et Cher signent.",  # a département's "et", unhyphenated
            [("prefecture", "Préfecture de Seine et Marne"), ("cpam", "CPAM de Loir et Cher")],
        ),
        (
            "Le Conseil départemental du Finistère est partenaire.",
            [("departement", "Conseil départemental du Finistère")],
        ),
        ("La Caisse primaire d'assurance maladie (CPAM) est signataire.", [("cpam", "CPAM")]),
        ("Le CHU de Saint-Étienne s'associe au contrat.", [("hospital", "CHU de Saint-Étienne")]),
        ("Le Centre hospitalier de Laon s'engage.", [("hospital", "Centre hospitalier de Laon")]),
        ("Le GHT de Bretagne occidentale s'engage.", [("hospital", "GHT de Bretagne occidentale")]),
        (
            "L'ARS Guadeloupe, Saint-Martin, Saint-Barthélemy a signé.",
            [("ars", "ARS Guadeloupe, Saint-Martin, Saint-Barthélemy")],
        ),
        ("Roannais Agglomération porte le contrat.", [("epci", "Roannais Agglomération")]),
        (
            "La Communauté de communes Plaine Limagne signe.",
            [("epci", "Communauté de communes Plaine Limagne")],
        ),
        (
            "La sous-préfecture de Roanne accueille la signature.",
            [("sous_prefecture", "Sous-préfecture de Roanne")],
        ),
        ("La sous-préfète de Roanne a signé.", [("sous_prefecture", "Sous-préfecture de Roanne")]),
        ("La MSA Armorique s'engage.", [("msa", "MSA Armorique")]),
        ("La CAF de l'Aisne s'engage.", [("caf", "CAF de l'Aisne")]),
        ("La Région Bretagne s'engage.", [("region", "Région Bretagne")]),
        ("La Mutualité française Bretagne s'engage.", [("mutualite", "Mutualité française Bretagne")]),
        ("La CPTS du Pays de Laon s'engage.", [("cpts", "CPTS du Pays de Laon")]),
        (
            "La Ville de Saint-Quentin et l'ARS signent.",
            [("commune", "Ville de Saint-Quentin"), ("ars", "ARS")],
        ),
    ],
)
def test_find_orgs(text, expected):
    assert _orgs(text) == expected


def test_complement_and_generic_flags():
    (ars,) = find_orgs("Signé avec l'ARS (Agence régionale de santé) Hauts-de-France hier.")
    assert ars.complement == "Hauts-de-France"
    assert not ars.generic
    (cpam,) = find_orgs("La Caisse primaire d'assurance maladie (CPAM) est signataire.")
    assert cpam.generic
    assert cpam.complement is None


def test_span_covers_the_mention():
    text = "La convention associe la CPAM du Finistère et la ville."
    (o,) = find_orgs(text)
    assert text[o.start : o.end] == "CPAM du Finistère"


def test_guadeloupe_region_is_one_mention():
    found = find_orgs("L'ARS Guadeloupe, Saint-Martin, Saint-Barthélemy et la Ville ont signé.")
    assert [o.org_type for o in found] == ["ars", "commune"]


def test_sous_prefecture_is_not_prefecture():
    assert [o.org_type for o in find_orgs("La sous-préfecture de Roanne accueille la signature.")] == [
        "sous_prefecture"
    ]


def test_names_never_span_a_line_break():
    found = find_orgs("Le contrat est signé par l'ARS\nBretagne et la ville.")
    assert [(o.org_type, o.name) for o in found] == [("ars", "ARS")]
    assert all("\n" not in o.name for o in found)


@pytest.mark.parametrize(
    "text",
    ["Le CHU a signé le contrat.", "Hier, le CHU a signé le contrat."],
)
def test_lower_case_words_are_not_part_of_the_name(text):
    assert _orgs(text) == [("hospital", "CHU")]


@pytest.mark.parametrize(
    "text",
    [
        "le pays est beau",  # a common noun without a complement
        "la ville est belle",  # the place; "la ville a signé le contrat" is the town (test below)
        "La signature a eu lieu en présence des élus.",
    ],
)
def test_no_org(text):
    assert find_orgs(text) == []


def test_lowercase_town_that_signs_is_generic():
    (o,) = find_orgs("la ville a signé le contrat")
    assert (o.org_type, o.generic) == ("commune", True)
    assert find_orgs("Dans la ville a signé le contrat un médecin.") == []  # after a preposition: a place


def test_capitalised_bare_ville_is_generic():
    (o,) = find_orgs("La Ville a signé le contrat.")
    assert (o.org_type, o.name, o.generic) == ("commune", "Ville", True)


def test_lowercase_agglomeration_after_l_is_a_generic_epci():
    orgs = find_orgs("Les partenaires signent aux côtés de l'intercommunalité concernée et de l'agglomération.")
    assert [(o.org_type, o.generic) for o in orgs] == [("epci", True), ("epci", True)]
    assert find_orgs("Une agglomération de 20 000 habitants.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("signé avec la Caisse primaire d'assurance maladie de l'Indre", "CPAM de l'Indre"),
        ("et la Caisse d'allocations familiales de l'Aube", "CAF de l'Aube"),
        ("avec l'Agence de santé Guadeloupe, Saint-Martin, Saint-Barthélemy", "ARS Guadeloupe, Saint-Martin, Saint-Barthélemy"),
        ("avec l'Agence régionale de santé", "Agence régionale de santé"),
    ],
)
def test_long_names_take_their_acronym_with_a_place(text, name):
    assert [o.name for o in find_orgs(text)] == [name]


def test_a_plural_head_with_two_complements_names_two_organisations():
    text = "Les signataires sont le Parc naturel régional du Haut-Jura et les CPTS du Haut-Doubs et du Pays Horloger."
    assert _orgs(text) == [("other", "Parc naturel régional du Haut-Jura"), ("cpts", "CPTS du Haut-Doubs"),
                           ("cpts", "CPTS du Pays Horloger")]


def test_cls_before_communaute_de_communes_is_not_an_epci_name():
    # (the official name holds commas: read whole since the comma parts are joined where the gazetteer knows them)
    assert _orgs("- CLS Communauté de communes de Vitry, Champagne et Der") == [
        ("epci", "Communauté de communes de Vitry, Champagne et Der")]


def test_a_complement_that_holds_et_is_joined_only_when_the_gazetteer_knows_the_whole_name():
    from pipeline.extract.orgs import find_orgs

    assert [o.name for o in find_orgs("- Du Conseil Départemental de Meurthe et Moselle\n")] == [
        "Conseil Départemental de Meurthe et Moselle"]
    first = find_orgs("la Communauté de communes de Gémozac et de la Saintonge Viticole, la CPAM")[0]
    assert first.name == "Communauté de communes de Gémozac et de la Saintonge Viticole"
    assert [o.name for o in find_orgs("l'ARS Occitanie et Préfecture du Gers")] == ["ARS Occitanie", "Préfecture du Gers"]
    # joined by "au" as well ("du Bessin au Virois")
    assert find_orgs("Le Pôle d'équilibre territorial et rural (PETR) du Bessin au Virois a signé")[0].name == (
        "Pôle d'équilibre territorial et rural du Bessin au Virois")
    # the second part's own particles ("et Landes de Gascogne"): the longest run the gazetteer knows
    assert find_orgs("- la Communauté de communes des Coteaux et Landes de Gascogne, représentée par sa présidente")[
        0].name == "Communauté de communes des Coteaux et Landes de Gascogne"
    # comma parts before the "et" ("CC de la Cléry, du Betz et de l'Ouanne"), where the gazetteer knows the whole name
    assert find_orgs("La Communauté de communes de la Cléry, du Betz et de l'Ouanne a signé")[0].name == (
        "Communauté de communes de la Cléry, du Betz et de l'Ouanne")
    # an EPCI named before its capitalised kind, with a particle inside ("Roche aux Fées Communauté")
    assert find_orgs("Roche aux Fées Communauté s'est engagée avec l'ARS Bretagne")[0].name == "Roche aux Fées Communauté"
    # not a list of parties the gazetteer does not know as one name
    assert find_orgs("la Communauté de communes du Vallespir, Céret et la CPAM")[0].name == (
        "Communauté de communes du Vallespir")


def test_parties_of_a_contract_document_written_without_separators_stop_at_the_next_title():
    from pipeline.extract.orgs import find_orgs

    text = ("Entre Le Maire de Sevran Le Directeur Général de l'Agence Régionale de Santé Le Préfet de la "
            "Seine-Saint-Denis Le Président du Conseil Général")
    assert [o.name for o in find_orgs(text)] == ["Ville de Sevran", "Agence Régionale de Santé",
                                                 "Préfecture de la Seine-Saint-Denis", "Conseil Général"]


def test_an_agglomeration_written_with_a_hyphenated_agglo():
    from pipeline.extract.orgs import find_orgs

    found = [(o.org_type, o.name) for o in find_orgs("Le président de Carcassonne-agglo a co-signé une préfiguration.")]
    assert ("epci", "Carcassonne Agglo") in found


@pytest.mark.parametrize(("text", "expected"), [
    ("Chartres métropole et l'ARS 28 s'engagent avec leurs partenaires.", [("epci", "Chartres Métropole")]),
    ("Le CLS de Pontivy communauté a été signé vendredi.", [("epci", "Pontivy Communauté")]),
    # Lower-case kinds name an EPCI only when the gazetteer knows the whole name.
    ("Toute la métropole et Terres communauté sont concernées.", []),
])
def test_an_epci_written_with_a_lower_case_kind(text, expected):
    from pipeline.extract.orgs import find_orgs

    assert [(o.org_type, o.name) for o in find_orgs(text) if o.org_type == "epci"] == expected


def test_a_name_cut_after_its_preposition_has_no_place():
    import pipeline
    from pipeline.extract.orgs import bare_place, find_orgs

    text = "RAPPORT D'ÉVALUATION DU CONTRAT LOCAL DE SANTE DE LA VILLE DE …€¦ · enquête par questionnaire"
    assert all(bare_place(o.complement).strip() for o in find_orgs(text) if o.complement is not None)
    assert pipeline.extract(text).is_cls is False  # read to the end, no error


@pytest.mark.parametrize(("text", "expected"), [
    ("le maire Olivier Corzani a signé", [("commune", "Ville", True)]),
    ("le sous-préfet Gérard Marin était là", [("sous_prefecture", "Sous-préfecture", True)]),
    ("le maire de Laon a signé", [("commune", "Ville de Laon", False)]),
])
def test_a_title_before_a_persons_name_is_its_institution_not_a_place(text, expected):
    from pipeline.extract.orgs import find_orgs

    assert [(o.org_type, o.name, o.generic) for o in find_orgs(text)] == expected


def test_the_town_hall_and_the_town_are_one_party():
    from pipeline.extract.orgs import find_orgs

    names = [o.name for o in find_orgs("Initié par la Mairie de Toulouse, signé par la Ville de Toulouse et la "
                                       "municipalité de Blagnac.")]
    assert names == ["Ville de Toulouse", "Ville de Toulouse", "Ville de Blagnac"]


def test_territorial_bodies_keep_their_long_name_institutions_sign_by_acronym() -> None:
    text = ("Le Pôle d'équilibre territorial et rural (PETR) du Pays de Thiérache et la Caisse primaire d'assurance "
            "maladie (CPAM) de l'Aisne ont signé.")
    names = {o.org_type: o.name for o in find_orgs(text)}
    assert names == {"pays_petr": "Pôle d'équilibre territorial et rural du Pays de Thiérache", "cpam": "CPAM de l'Aisne"}


def test_a_plural_head_with_its_members_in_parentheses_names_the_members() -> None:
    text = ("les Centres hospitaliers (CHU Grenoble-Alpes, CHAI, le centre hospitalier de Rives), la CARSAT et la CPAM")
    assert [(o.org_type, o.name) for o in find_orgs(text)] == [
        ("hospital", "CHU Grenoble-Alpes"), ("hospital", "Centre hospitalier de Rives"), ("carsat", "CARSAT"),
        ("cpam", "CPAM")]


def test_plural_health_insurance_funds_are_each_one_party() -> None:
    text = "la préfecture de l'Isère, les caisses primaires d'assurance maladie de l'Isère et du Rhône, et le centre hospitalier"
    assert [o.name for o in find_orgs(text) if o.org_type == "cpam"] == ["CPAM de l'Isère", "CPAM du Rhône"]


def test_plural_departmental_councils_are_each_one_party() -> None:
    text = "le Conseil régional de Bretagne, les Conseils Départementaux des Côtes d'Armor et du Finistère, l'ARS"
    assert [o.name for o in find_orgs(text) if o.org_type == "departement"] == [
        "Conseil départemental des Côtes d'Armor", "Conseil départemental du Finistère"]


@pytest.mark.parametrize("text, name", [
    ("Le PETR du Pays du Perche ornais a signé son contrat.", "PETR du Pays du Perche ornais"),
    ("La Communauté de communes du Bocage bressuirais porte le contrat.", "Communauté de communes du Bocage bressuirais"),
    # an adverb after the name is not part of it
    ("Le Pays du Perche toutefois n'a pas signé.", "Pays du Perche"),
])
def test_a_demonym_adjective_after_the_name_belongs_to_it(text: str, name: str) -> None:
    assert name in [o.name for o in find_orgs(text)]


def test_a_title_opening_the_next_party_is_no_part_of_a_name() -> None:
    # a signature block flattened on one line: each title opens the next party
    text = ("représentée par M. Leclerc, Préfet de Seine-Saint-Denis Président du Conseil Général, "
            "Monsieur le Maire de Sevran Directeur Général de l'Agence Régionale de Santé")
    names = [o.name for o in find_orgs(text)]
    assert "Préfecture de Seine-Saint-Denis" in names
    assert not any("Président" in n or "Directeur" in n for n in names)


def test_an_island_s_name_after_its_lower_case_head_word() -> None:
    (org,) = [o for o in find_orgs("la communauté de communes de l'île d'Oléron a signé") if o.org_type == "epci"]
    assert org.name == "Communauté de communes de l'île d'Oléron"


def test_a_name_stops_before_the_institution_it_belongs_to() -> None:
    text = ("le directeur de la délégation du Rhône et de la Métropole de Lyon de l'Agence régionale de santé "
            "Auvergne-Rhône-Alpes")
    assert [(o.org_type, o.name) for o in find_orgs(text)] == [("epci", "Métropole de Lyon"),
                                                              ("ars", "ARS Auvergne-Rhône-Alpes")]


def test_a_pays_named_by_its_demonym_adjective_alone() -> None:
    assert [(o.org_type, o.name) for o in find_orgs("le contrat local de santé du Pays sabolien")] == [
        ("pays_petr", "Pays sabolien")]
    # a capitalised name keeps its whole hyphenated form; a common adjective is no Pays
    assert [o.name for o in find_orgs("le Pays Charolais-Brionnais a signé")] == ["Pays Charolais-Brionnais"]
    assert find_orgs("un pays voisin") == []


def test_an_official_name_of_two_parts_joined_by_a_dash() -> None:
    text = "signé par la présidente de Golfe du Morbihan – Vannes agglomération, lundi."
    assert [(o.org_type, o.start) for o in find_orgs(text)] == [("epci", text.index("Golfe"))]


def test_an_agglomeration_s_name_of_three_words_is_read_whole():
    """'Dracénie Provence Verdon agglomération' is that EPCI, not the 'Provence Verdon' of another."""
    from pipeline.extract.orgs import find_orgs

    text = "L'ARS et Dracénie Provence Verdon agglomération ont signé le deuxième contrat local de santé."
    assert [o.name for o in find_orgs(text) if o.org_type == "epci"] == ["Dracénie Provence Verdon agglomération"]


def test_an_acronym_with_its_departement_number_glued_to_it():
    from pipeline.extract.orgs import find_orgs

    assert [(o.org_type, o.name, o.complement) for o in find_orgs("ont signé : le CD65, la CPAM65 et la MSA.")][:2] == [
        ("departement", "CD65", "65"), ("cpam", "CPAM65", "65")]
    # not a number that is no département's ("CD100", a code)
    assert not [o for o in find_orgs("le lecteur CD100 et le CD98") if o.org_type == "departement" and o.complement]


def test_the_area_an_agency_delegation_covers_is_no_organisation() -> None:
    text = ("– Thibault Rouanet, directeur de la délégation départementale du Rhône et de la Métropole de Lyon de l'Agence "
            "régionale de santé Auvergne-Rhône-Alpes ; la Métropole de Lyon est associée au contrat.")
    assert [(o.org_type, o.start) for o in find_orgs(text)] == [("ars", text.index("Agence")),
                                                                 ("epci", text.rindex("Métropole"))]
    import pipeline

    signed = ("Le contrat local de santé de Villeurbanne a été signé lundi par :\n– la maire, pour la Ville ;\n"
              "– Thibault Rouanet, directeur de la délégation départementale du Rhône et de la Métropole de Lyon de "
              "l'Agence régionale de santé Auvergne-Rhône-Alpes ;\n– le directeur de la CPAM du Rhône.\n")
    (contract,) = pipeline.extract(signed, published="2026-11-12").contracts
    assert "epci" not in [s.org_type for s in contract.signatories]  # nor as the bare name the gazetteer knows


def test_an_agglomeration_named_with_et_before_its_kind_is_read_whole() -> None:
    text = "signé par Clisson Sèvre et Maine Agglo, la communauté de communes Sèvre et Loire et la CPAM de Loire-Atlantique"
    assert find_orgs(text)[0].name == "Clisson Sèvre et Maine Agglo"


def test_a_hospital_group_named_in_the_plural_is_one_party() -> None:
    assert [(o.org_type, o.name) for o in find_orgs("directeur des Hôpitaux Champagne Sud.")] == [
        ("hospital", "Hôpitaux Champagne Sud")]
    assert find_orgs("les hôpitaux de la région") == []


def test_a_hotel_of_an_institution_is_a_building_not_a_party():
    text = "Lundi, à l'hôtel d'agglomération de Menton, la communauté d'agglomération a signé son contrat."
    assert not any(o.name == "Agglomération de Menton" for o in find_orgs(text))


def test_the_prefect_of_a_region_is_the_state_not_the_region():
    text = "Le préfet de la région Guyane signera le contrat. La région Occitanie finance une étude."
    orgs = [(o.org_type, o.name) for o in find_orgs(text)]
    assert ("prefecture", "Préfecture de la région Guyane") in orgs
    assert ("region", "Région Guyane") not in orgs and ("region", "Région Occitanie") in orgs


@pytest.mark.parametrize(("text", "name"), [
    ("signé avec la MSA Dordogne, Lot et Garonne et la CPAM.", "MSA Dordogne, Lot et Garonne"),
    ("avec la MSA Loire-Atlantique – Vendée, la CPAM", "MSA Loire-Atlantique – Vendée"),
    ("la CPAM de Béarn et Soule, l'ARS", "CPAM de Béarn et Soule"),
])
def test_a_caisse_whose_name_joins_several_places_is_read_whole(text: str, name: str):
    assert name in [o.name for o in find_orgs(text)]


def test_shared_places_agencies_and_buildings():
    text = ("Signeront la directrice de la délégation départementale du Rhône et de la Métropole de Lyon de l'ARS "
            "Auvergne-Rhône-Alpes, le préfet du Rhône et les directeurs de la CPAM et de la CAF du Rhône, à la Maison "
            "de l'intercommunalité de Lillebonne.")
    orgs = [(o.org_type, o.name) for o in find_orgs(text)]
    assert ("ars", "ARS Auvergne-Rhône-Alpes") in orgs and ("cpam", "CPAM du Rhône") in orgs
    assert not any(t == "epci" for t, _ in orgs)


def test_a_region_is_one_of_the_regions_and_a_prefecture_shares_the_next_place():
    text = ("le groupe hospitalier de la région de Mulhouse, la Région Grand Est, la Région Rhône-Alpes, et la préfecture "
            "et la CGSS de La Réunion.")
    orgs = [(o.org_type, o.name) for o in find_orgs(text)]
    assert [n for t, n in orgs if t == "region"] == ["Région Grand Est", "Région Rhône-Alpes"]
    assert ("prefecture", "Préfecture de La Réunion") in orgs


def test_a_cgss_is_named_as_the_text_writes_it():
    names = [o.name for o in find_orgs("avec la Caisse générale de sécurité sociale de la Martinique et la CGSS de la "
                                       "Guyane, et la caisse générale de sécurité sociale (CGSS) de La Réunion.")]
    assert names == ["Caisse générale de sécurité sociale de la Martinique", "CGSS de la Guyane", "CGSS de La Réunion"]


def test_a_pays_usage_name_ending_with_its_kind_is_an_intercommunality():
    first = find_orgs("signé par Pays d'Iroise Communauté et l'ARS Bretagne")[0]
    assert (first.org_type, first.name) == ("epci", "Pays d'Iroise Communauté")
    # the head of a longer name is not that kind
    assert find_orgs("le Pays de Saint-Omer Communauté d'agglomération")[0].org_type == "pays_petr"


def test_a_bare_capitalised_pays_after_le_stands_for_the_contract_s_pays():
    orgs = find_orgs("Il sera signé par le Pays, par l'ARS Bretagne et par la préfecture. Au Pays, rien ne change.")
    pays = [o for o in orgs if o.org_type == "pays_petr"]
    assert len(pays) == 1 and pays[0].generic


def test_a_hospital_named_with_a_lower_case_word_before_its_place():
    names = [(o.org_type, o.name) for o in find_orgs("avec les Hôpitaux civils de Colmar, les Hospices civils de Lyon "
                                                     "et l'Hôtel-Dieu de Pont-l'Abbé")]
    assert names == [("hospital", "Hôpitaux civils de Colmar"), ("hospital", "Hospices civils de Lyon"),
                     ("hospital", "Hôtel-Dieu de Pont-l'Abbé")]


@pytest.mark.parametrize("name", ["Pays de l'Ardèche méridionale", "GHT de Bretagne occidentale", "Pays du Jura central"])
def test_a_feminine_geographic_adjective_is_kept_whole(name):
    assert ("pays_petr" if name.startswith("Pays") else "hospital", name) in _orgs(f"Ont signé le {name} et l'ARS.")


def test_a_carsat_written_as_it_names_itself():
    assert ("carsat", "Carsat Alsace-Moselle") in _orgs("Ont signé la CPAM de Moselle et la Carsat Alsace-Moselle.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Ont signé le bailleur Pays d'Aix Habitat Métropole et la Ville.", ("other", "Pays d'Aix Habitat Métropole")),
    ("Ont signé la communauté de communes des Pyrénées audoises et l'ARS.",
     ("epci", "Communauté de communes des Pyrénées audoises")),
])
def test_a_body_named_after_its_pays_and_a_plural_demonym_adjective(text, expected):
    assert expected in _orgs(text)


def test_a_social_landlord_is_listed_under_its_own_name():
    from pipeline.extract.orgs import find_orgs
    orgs = find_orgs("Ont signé la Ville, la CPAM de Moselle et le bailleur Metz Habitat Territoire. La CAF n'a pas signé.")
    assert ("other", "Metz Habitat Territoire") in [(o.org_type, o.name) for o in orgs]
