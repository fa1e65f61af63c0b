"""Signatories: organisations inside signing clauses (and the lists they open), with canonical names."""

from __future__ import annotations

import pytest

from pipeline.extract.orgs import find_orgs
from pipeline.extract.signatories import extract_signatories, in_scope
from pipeline.extract.units import split_units
from pipeline.models import Territory


def _signatories(text: str, territory: Territory | None = None) -> list[tuple[str, str]]:
    units = [(u.start, u.end, u.text, u.bullet) for u in split_units(text)]
    orgs = find_orgs(text)
    specific = next((o.name for o in orgs if o.org_type == "ars" and not o.generic), None)
    sigs, spans = extract_signatories(text, orgs, in_scope(units), territory, specific)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [(s.org_type, s.name) for s in sigs]


def test_clause_and_exclusions():
    text = ("Le contrat a été signé par la Ville de Laon, l'ARS Hauts-de-France et la Préfecture de l'Aisne, "
            "en présence du Conseil départemental de l'Aisne.")
    assert _signatories(text) == [("commune", "Ville de Laon"), ("ars", "ARS Hauts-de-France"),
                                  ("prefecture", "Préfecture de l'Aisne")]


def test_heading_without_colon_opens_the_list():
    text = "Les signataires\n- la Ville de Beauvais ;\n- la Préfecture de l'Oise ;\n- la CPAM de l'Oise."
    assert [t for t, _ in _signatories(text)] == ["commune", "prefecture", "cpam"]


def test_sentence_that_denies_signing_adds_nobody():
    text = ("Le Centre hospitalier de Beauperthuy, présent à la signature, sera associé au suivi sans être "
            "signataire.")
    assert _signatories(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ont signé la délégation départementale de l'ARS Bretagne et la ville.", "ARS Bretagne"),
        ("Le contrat est signé par l'Agence régionale de santé Normandie.", "ARS Normandie"),
    ],
)
def test_ars_is_listed_as_ars_region(text, name):
    assert ("ars", name) in _signatories(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the region's article is no part of the agency's name; the acronym after the long name is not its place
        ("Ont signé le Maire et le Directeur Général de l'Agence Régionale de Santé de la Guyane.", "ARS Guyane"),
        ("Le contrat a été signé par la Ville de La Seyne-sur-Mer et l'Agence régionale de santé ARS PACA.",
         "ARS PACA"),
    ],
)
def test_ars_name_as_its_place_is_written(text, name):
    assert ("ars", name) in _signatories(text)


def test_a_bare_ars_is_the_agency_of_the_contracts_region():
    millau = Territory(name="Millau", type="commune", insee="12145", region="Occitanie")
    text = "La Ville de Millau et l'ARS ont signé le contrat local de santé."
    assert ("ars", "ARS Occitanie") in _signatories(text, millau)
    assert ("ars", "ARS") in _signatories(text)  # no territory known: no region to name


def test_the_mayor_of_the_town_is_the_town_once():
    text = "Le Maire de la Ville de Cayenne et le Préfet de Guyane ont signé le contrat local de santé."
    assert ("commune", "Ville de Cayenne") in _signatories(text)


def test_generic_agglomeration_is_the_contracts_own_epci_only():
    epci = Territory(name="Communauté d'agglomération du Beauvaisis", type="epci", insee="246000756")
    commune = Territory(name="Beauvais", type="commune", insee="60057")
    text = "Le contrat a été signé par l'agglomération et l'ARS Hauts-de-France."
    assert ("epci", "Communauté d'agglomération du Beauvaisis") in _signatories(text, epci)
    assert all(t != "epci" for t, _ in _signatories(text, commune))


@pytest.mark.parametrize("text", [
    "Le centre hospitalier de Gonesse, qui a animé les ateliers, n'a pas non plus signé le contrat.",
    "La Ville de Lens et le Département du Pas-de-Calais ont assisté à la signature sans parapher le document.",
    "La MSA Auvergne, qui a participé aux ateliers, ne figure pas non plus parmi les signataires.",
])
def test_present_parties_that_do_not_sign(text):
    assert _signatories(text) == []


def test_counted_signatories_heading_opens_the_list():
    text = "Quatre signataires\n- la Ville de Laval\n- la Préfecture de la Mayenne\n- la CPAM de la Mayenne"
    assert [t for t, _ in _signatories(text)] == ["commune", "prefecture", "cpam"]


def test_table_of_the_parties_and_the_town_hall_building():
    text = ("Le contrat a été signé le 16/01/2026 dans les salons de l'hôtel de ville de Langres.\n"
            "Institution | Représentée par\n"
            "PETR du Pays de Langres | Jean-Marc Thévenot, président\n"
            "Agence régionale de santé Grand Est | Olivier Grandjean, délégué territorial\n"
            "CPAM de la Haute-Marne | Lionel Bazin, directeur\n"
            "Le centre hospitalier de Langres rejoindra le contrat par voie d'avenant.")
    assert [t for t, _ in _signatories(text)] == ["pays_petr", "ars", "cpam"]


def test_interview_answer_to_who_signs():
    text = ("Qui signera ce contrat ?\nL'Agence régionale de santé Centre-Val de Loire et la préfecture "
            "d'Eure-et-Loir. La CPAM d'Eure-et-Loir souhaite rejoindre les signataires.")
    assert [t for t, _ in _signatories(text)] == ["ars", "prefecture"]


def test_the_acronym_of_the_contract_s_own_epci_is_that_epci():
    from pipeline.extract.orgs import OrgMention
    from pipeline.extract.signatories import canonical

    terr = Territory(name="Communauté de communes de Marie-Galante", type="epci", insee="249710047")
    ccmg = OrgMention(0, 4, "epci", "CCMG", "CCMG", "CCMG", False)  # as the gazetteer-linked mention gives it
    assert canonical(ccmg, terr, None) == "Communauté de communes de Marie-Galante"
    other = OrgMention(0, 4, "epci", "CCMV", "CCMV", "CCMV", False)
    assert canonical(other, terr, None) == "CCMV"
    # Initials are written without accents: "CCPEVA" for the Pays d'Évian Vallée d'Abondance.
    evian = Territory(name="Communauté de communes Pays d'Évian Vallée d'Abondance", type="epci", insee="200071967")
    ccpeva = OrgMention(0, 6, "epci", "CCPEVA", "CCPEVA", "CCPEVA", False)
    assert canonical(ccpeva, evian, None) == evian.name


def test_an_ars_with_an_official_name_other_than_its_region():
    text = ("Ont signé la directrice générale de l'Agence régionale de santé de Guadeloupe, Saint-Martin et "
            "Saint-Barthélemy et la Préfecture de la Guadeloupe.")
    assert ("ars", "ARS Guadeloupe, Saint-Martin, Saint-Barthélemy") in _signatories(text)


def test_parties_of_a_contract_document_one_per_line_after_entre():
    text = ("Contrat local de santé du Pays de Brie\n\nEntre\n\n"
            "Mme la Directrice générale de l'Agence régionale de santé Île-de-France,\n\n"
            "M. le Président du Conseil départemental de Seine-et-Marne,\n\n"
            "Mme la Présidente de la Communauté de communes du Val Briard,\n\n"
            "Il est convenu ce qui suit.\nLa Caisse d'allocations familiales de Seine-et-Marne suivra les actions.")
    assert [t for t, _ in _signatories(text)] == ["ars", "departement", "epci"]


def test_unbulleted_lines_under_a_counted_heading():
    text = ("En juin, le contrat a été renouvelé avec 3 signataires :\n"
            "La Ville de Melun\nLa Caisse primaire d'assurance maladie de Seine-et-Marne\nLe Conseil départemental\n"
            "Le bilan du premier contrat, présenté au comité de pilotage en présence du Centre hospitalier de Melun, "
            "a montré des résultats. La Caisse d'allocations familiales de Seine-et-Marne a suivi les ateliers.")
    assert [t for t, _ in _signatories(text)] == ["commune", "cpam", "departement"]


def test_the_state_is_a_party_and_takes_the_prefecture_the_text_names():
    text = "Le contrat a été signé par la Ville de Laon, l'État et l'Education nationale."
    assert _signatories(text) == [("commune", "Ville de Laon"), ("prefecture", "État"),
                                  ("education_nationale", "Education nationale")]
    text = ("Le contrat a été signé par la Ville de Laon, l'État et l'Assurance maladie. "
            "La préfecture de l'Aisne et la CPAM de l'Aisne suivront les actions.")
    assert _signatories(text) == [("commune", "Ville de Laon"), ("prefecture", "Préfecture de l'Aisne"),
                                  ("cpam", "CPAM de l'Aisne")]


@pytest.mark.parametrize("text", [
    "L'état de santé des habitants reste fragile.",
    "État des lieux de la santé sur le territoire.",
])
def test_the_state_is_not_the_state_of_things(text: str) -> None:
    assert not [o for o in find_orgs(text) if o.name == "État"]


@pytest.mark.parametrize("text", [
    "Le CLS, co-piloté par la Ville de Nice et l'ARS PACA, a été lancé en décembre.",
    "Le contrat local de santé de la Haute-Corrèze est un partenariat entre la Ville de Ussel et l'ARS Nouvelle-Aquitaine.",
    "La Ville de Nice, représentée par son maire, et l'ARS PACA, représentée par son directeur.",
])
def test_partnership_clauses_name_the_parties(text: str) -> None:
    assert {t for t, _ in _signatories(text)} == {"commune", "ars"}


def test_a_party_that_was_represented_at_an_event_does_not_sign():
    assert _signatories("Le centre hospitalier de Troyes était représenté par son directeur.") == []


def test_represented_by_is_no_part_of_a_name():
    assert [o.name for o in find_orgs("Le Conseil Régional de Bourgogne Représenté par sa présidente")] == [
        "Conseil Régional de Bourgogne"]


def test_a_relative_clause_with_peuvent_does_not_make_the_signing_sentence_general():
    import pipeline

    text = ("Le contrat local de santé du Pays de Thiérache a été signé le 10 décembre à Vervins. Ce contrat, conjoint "
            "entre la préfecture de l'Aisne, l'ARS Hauts-de-France, la Caisse primaire d'Assurance maladie de l'Aisne "
            "et la MSA Picardie, entend réduire les inégalités que peuvent rencontrer les habitants.\n")
    (contract,) = pipeline.extract(text, published="2025-12-12").contracts
    assert {"cpam", "msa"} <= {s.org_type for s in contract.signatories}


def test_a_contract_carried_by_a_party_and_funded_by_another() -> None:
    """"Portée par" (any agreement of the participle) opens a carrying clause; "financée par" closes it:
    a funder is no party."""
    terr = Territory(name="Communauté de communes du Val de Sarthe", type="epci", insee=None, departement="72",
                     region="Pays de la Loire")
    text = ("Portée par la communauté de communes et financée par l'ARS, cette démarche construira le contrat "
            "local de santé.")
    assert _signatories(text, terr) == [("epci", "Communauté de communes du Val de Sarthe")]


def test_one_agency_under_two_names_is_one_party() -> None:
    text = ("Le contrat a été signé par l'ARS PACA et la Ville de Digne-les-Bains. L'Agence régionale de santé "
            "Provence-Alpes-Côte d'Azur a signé avec la Ville.")
    assert [t for t, _ in _signatories(text)].count("ars") == 1


def test_an_agency_written_three_ways_is_one_party_and_a_directors_name_is_no_region() -> None:
    text = ("Ont signé : le Pays du Trégor-Goëlo, l'Agence régionale de santé (ARS) Laurent Bien, l'ARS DT 22 et la "
            "Préfecture des Côtes-d'Armor.")
    sigs = _signatories(text)
    assert [t for t, _ in sigs].count("ars") == 1
    assert all("Laurent" not in n for _, n in sigs)


def test_parties_who_will_also_sign_later_do_not_sign_yet() -> None:
    text = ("Le document a été signé par la Ville de Saint-Laurent-du-Maroni et la Sous-préfecture de Saint-Laurent-du-"
            "Maroni. La Collectivité territoriale de Guyane, la CAF et la CGSS doivent également apposer leur signature.")
    assert {t for t, _ in _signatories(text)} == {"commune", "sous_prefecture"}


def test_the_state_without_a_place_is_one_party() -> None:
    text = "Le contrat a été signé par la Préfecture, les services de l'État et la Ville de Mamoudzou."
    assert [t for t, _ in _signatories(text)].count("prefecture") == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("La Communauté de communes de Cattenom et Environs, la préfecture et l'ARS Grand Est ont signé ce lundi le contrat local de "
     "santé.", {"epci", "prefecture", "ars"}),
    ("Le contrat a été signé à la préfecture par la Ville de Laon et l'ARS Hauts-de-France.", {"commune", "ars"}),
    ("Selon les compétences à mobiliser, le conseil départemental et la préfecture pourront être signataires.", set()),
])
def test_the_prefecture_in_lower_case_is_the_state_but_not_a_place(text: str, expected: set[str]) -> None:
    assert {t for t, _ in _signatories(text)} == expected


def test_actors_beyond_the_signatories_do_not_sign() -> None:
    text = ("Les signataires sont l'ARS Auvergne-Rhône-Alpes et la CPAM de l'Isère. Au delà des signataires partenaires, "
            "la mise en œuvre du plan d'actions fait intervenir de nombreux acteurs (communes, CCAS, associations).")
    assert {t for t, _ in _signatories(text)} == {"ars", "cpam"}


def test_a_heading_naming_the_contract_opens_the_list():
    text = ("LES SIGNATAIRES DU CONTRAT LOCAL DE SANTÉ\n• La Préfecture de l'Yonne\n• La CPAM de l'Yonne\n"
            "• Le Centre hospitalier d'Auxerre")
    assert [t for t, _ in _signatories(text)] == ["prefecture", "cpam", "hospital"]


def test_the_town_hall_among_the_parties_and_a_town_s_name_with_elision():
    from pipeline.extract.signatories import town_party

    text = "Le contrat local de santé a été signé hier entre la mairie, l'ARS Occitanie et la CPAM du Gard."
    territory = Territory(name="Alès", type="commune", insee="30007", departement="30", region="Occitanie")
    assert _signatories(text, territory)[0] == ("commune", "Ville d'Alès")
    assert _signatories("Le CLS sera présenté à la mairie.", territory) == []
    assert [town_party(t) for t in ("Le Havre", "Les Mureaux", "La Rochelle", "Auxerre", "Hyères", "Houilles")] == [
        "Ville du Havre", "Ville des Mureaux", "Ville de La Rochelle", "Ville d'Auxerre", "Ville d'Hyères",
        "Ville de Houilles"]


@pytest.mark.parametrize("subject", ["la commune chef-lieu", "la ville", "la commune"])
def test_a_lower_case_town_that_signs_is_the_town(subject: str) -> None:
    """'la commune chef-lieu a signé … avec l'ARS': the subject of the signing is the town, as a capital 'la Ville' is."""
    text = f"C'est une première : {subject} a signé ce jeudi un contrat local de santé avec l'ARS et le Département."
    territory = Territory(name="Mamoudzou", type="commune", insee="97611", departement="976", region="Mayotte")
    assert ("commune", "Ville de Mamoudzou") in _signatories(text, territory)
    # a place, not a party
    assert ("commune", "Ville de Mamoudzou") not in _signatories(
        "Dans la ville, l'ARS a signé ce jeudi un contrat local de santé avec le Département.", territory)


@pytest.mark.parametrize("text", [
    "Le contrat local de santé de Decazeville Communauté a été signé ce vendredi, en présence du directeur de l'ARS.",
    "Le Contrat Local de Santé 2 de la Communauté de communes du Bocage Bourbonnais a été signé le 20 septembre.",
])
def test_the_contract_s_own_name_is_not_a_party(text: str) -> None:
    """'Le CLS de X a été signé': X names the contract; the passive says nothing of who signed."""
    assert _signatories(text) == []


def test_the_contract_s_name_that_is_the_subject_of_a_signing_still_signs() -> None:
    text = "Animatrice du CLS de la Communauté de communes des Coëvrons (53), qui avait signé son CLS en juin."
    assert _signatories(text) == [("epci", "Communauté de communes des Coëvrons")]


@pytest.mark.parametrize("text, signs", [
    ("Le 12 septembre 2024 marque la signature du Contrat Local de Santé (CLS) 2024-2028 du territoire de la "
     "Communauté de Communes du Genevois.", False),
    ("Jeudi soir, le contrat local de santé de la communauté de communes Sud Sarthe a été signé entre Paul Martin, "
     "son président, et Jeanne Roux, directrice de la délégation de la Sarthe de l'Agence régionale de santé.", True),
])
def test_the_contract_s_own_territory_signs_through_its_officer_not_its_name(text: str, signs: bool) -> None:
    import pipeline
    [contract] = pipeline.extract(text, published="2024-09-20").contracts
    assert (contract.territory.type in {s.org_type for s in contract.signatories}) is signs


def test_a_question_heading_then_the_signatories_heading_opens_the_list() -> None:
    text = ("Qui s'engage ?\n\nLes signataires du contrat :\n\n- la Ville ;\n- la préfecture de la Vendée ;\n"
            "- le Centre hospitalier départemental Vendée ;\n- La Roche-sur-Yon Agglomération.\n")
    assert _signatories(text) == [("commune", "Ville"), ("prefecture", "Préfecture de la Vendée"),
                                  ("hospital", "Centre hospitalier départemental Vendée"),
                                  ("epci", "La Roche-sur-Yon Agglomération")]


def test_a_party_that_did_not_sign_after_all() -> None:
    text = ("Le président a signé le document aux côtés de l'ARS Auvergne-Rhône-Alpes. Le Département de l'Isère n'a en "
            "revanche pas signé hier : il rejoindra le contrat plus tard.")
    assert ("departement", "Département de l'Isère") not in _signatories(text)


@pytest.mark.parametrize("text, parties", [
    # the object of the signing is another plan: its parties are that plan's
    ("L'Agglo et les 15 communes ont signé le contrat de ruralité, de relance et de transition écologique avec l'État, "
     "la Région Occitanie et le Département de l'Aveyron.", []),
    ("La Ville a signé la convention de partenariat avec la CPAM de l'Aveyron.", []),
    # the clause names the CLS too: its parties sign it
    ("La Ville a signé le contrat de ville et le contrat local de santé avec la Préfecture de l'Aveyron.",
     [("prefecture", "Préfecture de l'Aveyron")]),
])
def test_a_signing_whose_object_is_another_plan_names_no_party(text: str, parties: list) -> None:
    assert [p for p in _signatories(text) if p[0] != "commune"] == parties


@pytest.mark.parametrize("text", [
    "Le Contrat Local de Santé de 3ème génération (2025-2030) de l'Agglomération d'Agen a été signé vendredi.",
    "Le contrat local de santé de deuxième génération de l'Agglomération d'Agen a été signé vendredi.",
])
def test_the_contract_s_title_with_its_generation_names_no_party(text: str) -> None:
    from pipeline.extract.signatories import names_contract

    at = text.index("Agglomération")
    assert names_contract(text, at, at + len("Agglomération d'Agen"))


def test_a_partner_that_is_not_among_the_signatories() -> None:
    text = ("Parmi les signataires du contrat figurent la Préfecture de Mayotte et la Caisse de sécurité sociale de "
            "Mayotte (CSSM). Le centre hospitalier de Mayotte, qui met à disposition un médecin, est partenaire des "
            "actions mais ne fait pas partie des signataires.")
    assert _signatories(text) == [("prefecture", "Préfecture de Mayotte"), ("cpam", "Caisse de sécurité sociale de Mayotte")]


@pytest.mark.parametrize("text", [
    "La communauté de communes du Pays d'Issoudun était, elle, représentée par son vice-président ; elle n'est pas "
    "signataire de ce contrat communal.",
    "Le Département du Finistère, représenté par une vice-présidente, a pris la parole aux côtés des signataires.",
    "Le maire de Tulle, présent dans la salle, a salué l'outil ; la commune n'est pas elle-même signataire.",
    "La CPAM de l'Aube et la MSA Sud Champagne participent aux groupes de travail du futur contrat avant sa signature.",
    "La CPAM de l'Aube et la MSA Sud Champagne s'impliquent ; leur éventuelle signature n'est pas encore arrêtée.",
    "L'Éducation nationale et la CPTS du Jura siégeront au comité de pilotage sans avoir signé le contrat.",
])
def test_a_party_beside_the_signatories_or_not_one_of_them(text: str) -> None:
    assert _signatories(text) == []


def test_a_cpts_written_in_full_is_listed_under_its_acronym() -> None:
    text = ("Le contrat est signé par la CPAM du Doubs et les Communautés professionnelles territoriales de santé du Pays "
            "Horloger.")
    assert ("cpts", "CPTS du Pays Horloger") in _signatories(text)


def test_a_heading_of_non_signing_partners_closes_the_list_of_signatories() -> None:
    text = ("Le contrat local de santé est signé ce jeudi.\n\nLES SIGNATAIRES\n\nAgence régionale de santé Île-de-France\n"
            "Préfecture de Seine-et-Marne\n\nLES PARTENAIRES ASSOCIÉS (non signataires)\n\n"
            "Caisse d'allocations familiales de Seine-et-Marne\nMutualité Française Île-de-France\n")
    assert [t for t, _ in _signatories(text)] == ["ars", "prefecture"]


@pytest.mark.parametrize("text", [
    "Une réunion avait alors été organisée entre l'agence régionale de santé d'une part et une délégation de la "
    "communauté de communes du Pays de Lourdes d'autre part, au sujet du contrat local de santé.",
    "Le contrat local de santé est élaboré conjointement par l'agence régionale de santé et la commune ou l'EPCI concerné.",
])
def test_a_meeting_between_parties_or_a_definition_signs_nothing(text: str) -> None:
    assert _signatories(text) == []


def test_a_contract_between_parties_names_them() -> None:
    text = "Le contrat local de santé signé entre la Ville de Laon et l'ARS Hauts-de-France porte sur 2025-2029."
    assert _signatories(text) == [("commune", "Ville de Laon"), ("ars", "ARS Hauts-de-France")]


def test_the_territory_as_the_page_names_it_signs_as_the_subject_of_the_signing() -> None:
    import pipeline

    text = ("Le Contrat local de santé de Cauvaldor est signé\n\nLe 10 mars 2022, Cauvaldor a signé avec l'Agence "
            "régionale de santé Occitanie son contrat local de santé.\n")
    [contract] = pipeline.extract(text).contracts
    assert contract.territory.type == "epci"
    assert ("epci", contract.territory.name) in [(s.org_type, s.name) for s in contract.signatories]


def test_a_contract_concluded_with_parties_names_them() -> None:
    text = ("La Ville a signé en décembre son deuxième contrat local de santé. Conclu avec l'ARS Centre-Val de Loire, la "
            "sous-préfecture de Chinon et la communauté de communes Chinon, Vienne et Loire, il couvre 2025-2029.")
    assert ("sous_prefecture", "Sous-préfecture de Chinon") in _signatories(text)


def test_a_party_and_the_acronym_the_page_defines_for_it_are_one() -> None:
    import pipeline

    text = ("AGGLOMÉRATION MONTARGOISE ET RIVES DU LOING (AME)\n\nFiche de poste : coordinateur du contrat local de santé"
            "\n\nEn septembre 2024, l'AME a conclu avec l'ARS Centre-Val de Loire et la CPAM du Loiret son deuxième "
            "contrat local de santé, pour les quinze communes de l'agglomération.\n")
    [contract] = pipeline.extract(text, published="2026-02-01").contracts
    assert [s.org_type for s in contract.signatories].count("epci") == 1


def test_a_territory_preparing_its_own_contract_carries_it() -> None:
    import pipeline

    text = ("La communauté de communes du Ternois a commencé cet automne à préparer son premier contrat local de santé "
            "(CLS). Le diagnostic local de santé est en cours.\n")
    [contract] = pipeline.extract(text, published="2026-01-10").contracts
    assert contract.status == "in_preparation"
    assert [(s.org_type, s.name) for s in contract.signatories] == [("epci", "Communauté de communes du Ternois")]
    other = text.replace("La communauté de communes du Ternois a commencé", "L'ARS a commencé avec la communauté de "
                         "communes du Ternois").replace("son premier", "le premier")
    assert [s.org_type for s in pipeline.extract(other, published="2026-01-10").contracts[0].signatories] != ["epci"]


def test_a_cleft_s_presence_ends_at_its_que() -> None:
    from pipeline.extract.signatories import cleft_end, in_scope
    from pipeline.extract.units import split_units

    text = ("C'est en présence de la préfète de l'Allier et de nombreux élus que la Communauté de communes du Pays de "
            "Lapalisse a signé son contrat local de santé avec l'ARS.")
    resume = cleft_end(text)
    assert resume is not None and text[resume:].startswith("la Communauté")
    ranges = in_scope([(u.start, u.end, u.text, u.bullet) for u in split_units(text)])
    assert ranges and all(s >= resume for s, _ in ranges)
    # no cleft: the presence excludes what follows it in the clause
    assert cleft_end("Le contrat a été signé en présence de la préfète et de la CPAM.") is None


def test_carrying_a_signed_contract_is_not_signing_it() -> None:
    from pipeline.extract.signatories import scope_ranges

    text = "Porté par l'Agence régionale de santé et la ville de Meaux, ce contrat vise à réduire les inégalités."
    units = [(u.start, u.end, u.text, u.bullet) for u in split_units(text)]
    assert scope_ranges(units, signed=True) == []
    # a contract in preparation lists the parties that carry it
    assert scope_ranges(units, signed=False)
    # a signing clause stays one
    signed = "Le contrat a été signé par l'ARS et la Ville de Meaux."
    assert scope_ranges([(u.start, u.end, u.text, u.bullet) for u in split_units(signed)], signed=True)


def test_putting_one_s_name_at_the_foot_of_the_contract_signs_it() -> None:
    text = ("Le président de la communauté de communes y a apposé son nom au bas du contrat local de santé, aux côtés "
            "de la directrice de la CPAM de l'Aube.")
    assert in_scope([(u.start, u.end, u.text, u.bullet) for u in split_units(text)])


def test_a_photo_credit_is_no_party() -> None:
    """'Les six signataires … © CH Douai / Service communication': who took the picture, not who signs."""
    import pipeline

    text = ("Les six signataires à l'hôtel d'agglomération. © CH Douai / Service communication\n\n"
            "Mardi 6 octobre, la Communauté d'agglomération du Douaisis et l'Agence régionale de santé Hauts-de-France "
            "ont signé le deuxième contrat local de santé de la CAD.\n")
    [contract] = pipeline.extract(text, published="2026-10-14").contracts
    assert [s.org_type for s in contract.signatories] == ["epci", "ars"]


def test_the_territory_as_a_party_keeps_the_ligature_the_page_writes() -> None:
    """The gazetteer writes "Coeur de Garonne"; the page, and its annotators, "Cœur de Garonne"."""
    import pipeline

    text = ("Le 19 novembre 2026, le deuxième contrat local de santé de Cœur de Garonne a été signé.\n\nLe document porte "
            "les signatures de Jean-Louis Pujol, président de la communauté de communes, et d'Hélène Castaing, directrice "
            "de la délégation départementale de l'ARS Occitanie.\n")
    [contract] = pipeline.extract(text, published="2026-11-26").contracts
    assert [s.name for s in contract.signatories if s.org_type == "epci"] == ["Communauté de communes Cœur de Garonne"]


def test_members_that_have_their_own_contracts_do_not_sign_the_pays_s() -> None:
    """"Chacune des intercommunalités membres (…) dispose déjà de son propre contrat local de santé, signé entre 2020 et
    2024": parties of their own contracts; "engager l'élaboration de son propre CLS avec l'ARS" is the subject's own."""
    from pipeline.extract.signatories import NOT_SIGNING

    assert NOT_SIGNING.search("Chacune des intercommunalités membres (Bayeux Intercom, Isigny-Omaha Intercom) dispose "
                               "déjà de son propre contrat local de santé, signé entre 2020 et 2024.")
    assert NOT_SIGNING.search("Les cinq intercommunalités ne le signent pas.")
    assert not NOT_SIGNING.search("La Communauté de communes de Petite-Terre a délibéré pour engager l'élaboration de "
                                   "son propre CLS avec l'ARS Mayotte.")


def test_a_question_heading_over_a_bulleted_list_of_the_parties() -> None:
    """'Qui a signé ?' then one bullet per party: each bullet is a party, the sentences after the list are not."""
    import pipeline

    text = ("Le premier contrat local de santé de la Communauté d'agglomération Var Estérel Méditerranée a été signé le "
            "3 juillet 2024.\n\nQui a signé ?\n\n- la Communauté d'agglomération Var Estérel Méditerranée\n"
            "- l'Agence régionale de santé Provence-Alpes-Côte d'Azur\n- la Préfecture du Var\n"
            "- la Caisse primaire d'assurance maladie du Var\n- le Centre hospitalier de Fréjus\n\n"
            "D'autres partenaires vont aider.\n\nPar exemple : la clinique du Golfe et des associations.\n")
    [contract] = pipeline.extract(text, published="2024-07-10").contracts
    types = [s.org_type for s in contract.signatories]
    assert "hospital" in types and len(types) == 5


def test_a_sous_prefete_named_once_with_her_place_is_one_party() -> None:
    import pipeline

    text = ("Madame la Sous-préfète de Montluçon, Mesdames et Messieurs les maires,\n\n"
            "Ce contrat local de santé, nous le signons ce matin à quatre : Commentry Montmarault Néris Communauté, "
            "l'État, représenté par vous, Madame la Sous-préfète, l'Agence régionale de santé Auvergne-Rhône-Alpes et "
            "la Caisse primaire d'assurance maladie de l'Allier.\n")
    [contract] = pipeline.extract(text, published="2026-03-10").contracts
    assert [s.org_type for s in contract.signatories].count("sous_prefecture") == 1


def test_the_predecessor_s_party_named_with_its_signing_does_not_sign_the_new_contract() -> None:
    """'… il prend la suite du contrat signé en 2019 par l'Agglomération du Choletais, nom que portait alors
    l'intercommunalité': the predecessor's party."""
    import pipeline

    text = ("Cholet Agglomération, l'Agence régionale de santé Pays de la Loire et la CPAM de Maine-et-Loire ont signé ce "
            "mercredi 1er octobre le deuxième contrat local de santé du territoire. Conclu pour la période 2025-2030, il "
            "prend la suite du contrat signé en 2019 par l'Agglomération du Choletais, nom que portait alors "
            "l'intercommunalité.\n")
    [contract] = pipeline.extract(text, published="2025-10-02").contracts
    assert "Agglomération du Choletais" not in [s.name for s in contract.signatories]
    assert contract.status == "renewed"


def test_the_state_represented_by_a_named_sous_prefete_is_her_sous_prefecture() -> None:
    """'L'État était représenté par Mme …, sous-préfète de Cholet', on a page that also names the préfecture in its
    header: one State party, the sous-préfecture."""
    import pipeline

    text = ("Préfet de Maine-et-Loire\n\nCholet Agglomération, l'État et l'Agence régionale de santé Pays de la Loire ont "
            "signé ce mercredi 1er octobre le deuxième contrat local de santé du territoire.\n\n"
            "L'État était représenté par Mme Claire Dumontet, sous-préfète de Cholet ; l'ARS par son directeur "
            "territorial.\n")
    [contract] = pipeline.extract(text, published="2025-10-02").contracts
    names = [s.name for s in contract.signatories]
    assert "État" not in names and "Sous-préfecture de Cholet" in names


def test_the_parties_a_contract_will_bind_are_its_signatories() -> None:
    import pipeline

    text = ("Le premier contrat local de santé de la communauté de communes Morvan Sommets et Grands Lacs sera signé le "
            "vendredi 11 décembre à Château-Chinon.\n\nIl engagera, pour la période 2027-2031, la communauté de communes, "
            "l'ARS, la sous-préfecture de Château-Chinon, le conseil départemental de la Nièvre et la CPAM de la Nièvre. "
            "La MSA Bourgogne sera présente en qualité de partenaire.\n")
    (contract,) = pipeline.extract(text, published="2026-11-27").contracts
    assert {"sous_prefecture", "departement", "cpam"} <= {s.org_type for s in contract.signatories}


def test_one_hospital_or_one_cpam_under_two_names_is_one_party():
    import pipeline

    text = ("Le contrat local de santé de la communauté de communes du Pays de Wissembourg a été signé le 3 mars 2026 par "
            "la communauté de communes, l'ARS Grand Est, l'Assurance Maladie du Bas-Rhin, la CPAM du Bas-Rhin et le "
            "CHI de la Lauter (Centre hospitalier intercommunal de la Lauter).\n")
    (contract,) = pipeline.extract(text, published="2026-03-05").contracts
    names = [s.name for s in contract.signatories]
    assert sum(s.org_type == "hospital" for s in contract.signatories) == 1
    assert [n for n in names if "Bas-Rhin" in n] == ["CPAM du Bas-Rhin"]
    assert "Centre hospitalier intercommunal de la Lauter" in names


def test_the_msa_named_once_with_its_place_is_the_one_a_bare_msa_stands_for():
    import pipeline

    text = ("La MSA Midi-Pyrénées Nord s'engage.\n\nLa communauté de communes Aveyron Bas Ségala Viaur a signé le 11 juin "
            "2026 son contrat local de santé avec l'ARS Occitanie, la préfecture de l'Aveyron et la MSA.\n")
    (contract,) = pipeline.extract(text, published="2026-06-23").contracts
    assert [s.name for s in contract.signatories if s.org_type == "msa"] == ["MSA Midi-Pyrénées Nord"]


def test_a_bare_cpam_stands_for_the_one_cpam_named_under_two_names():
    import pipeline

    text = ("[logo] Assurance Maladie Savoie\n\nLe contrat local de santé de la communauté de communes Cœur de Savoie a été "
            "signé le 24 juin 2025 entre la communauté de communes, l'ARS Auvergne-Rhône-Alpes et la Caisse primaire "
            "d'assurance maladie de la Savoie, ci-après dénommée « la CPAM ».\n")
    (contract,) = pipeline.extract(text, published="2025-06-30").contracts
    assert [s.name for s in contract.signatories if s.org_type == "cpam"] == ["CPAM de la Savoie"]


def test_the_departement_under_two_names_is_one_party():
    from pipeline.extract.signatories import party_key

    assert party_key("departement", "Conseil départemental de la Haute-Saône") == \
        party_key("departement", "Département de la Haute-Saône") != party_key("departement", "Département du Doubs")


def test_the_prefecture_a_sous_prefet_signs_for_is_no_second_party():
    import pipeline

    text = ("La communauté de communes du Grand Roye a signé son premier contrat local de santé vendredi 13 novembre 2026. "
            "Le document a été signé par le président de la communauté de communes, par le sous-préfet de Montdidier au "
            "nom du préfet de la Somme et par l'ARS Hauts-de-France.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert [s.name for s in contract.signatories if s.org_type in ("prefecture", "sous_prefecture")] == \
        ["Sous-préfecture de Montdidier"]


def test_a_short_caf_or_education_nationale_stands_for_the_one_named_in_full():
    import pipeline

    text = ("La Ville de Gonesse a signé jeudi son deuxième contrat local de santé. Le document a été signé par la Ville, "
            "l'ARS Île-de-France, la Caisse d'allocations familiales du Val-d'Oise et la Direction des services "
            "départementaux de l'Éducation nationale du Val-d'Oise.\n\n« Avec l'Éducation nationale et la CAF autour de "
            "la table, nous pouvons enfin travailler sur la santé de l'enfant », a expliqué l'adjointe.\n")
    (contract,) = pipeline.extract(text, published="2026-03-20").contracts
    assert [s.name for s in contract.signatories if s.org_type in ("caf", "education_nationale")] == [
        "CAF du Val-d'Oise", "Direction des services départementaux de l'Éducation nationale du Val-d'Oise"]


def test_a_service_of_the_education_nationale_is_not_the_one_a_title_names():
    import pipeline

    text = ("La Ville de Saint-Lô a signé son contrat local de santé le jeudi 15 octobre 2026. De gauche à droite : "
            "Isabelle Carré, directrice académique des services de l'Éducation nationale de la Manche ; Pascale Durville, "
            "maire de Saint-Lô.\n\nSix institutions ont paraphé le contrat : la Ville, l'ARS de Normandie et la direction "
            "des services départementaux de l'Éducation nationale.\n")
    (contract,) = pipeline.extract(text, published="2026-10-20").contracts
    assert [s.name for s in contract.signatories if s.org_type == "education_nationale"] == [
        "Direction des services départementaux de l'Éducation nationale"]


def test_a_heading_of_expected_signatories_opens_their_list():
    import pipeline

    text = ("Le PETR du Pays du Val d'Adour prépare son deuxième contrat local de santé avec l'ARS Occitanie. La "
            "signature est prévue en avril 2027.\n\nSIGNATAIRES PRESSENTIS\n  PETR du Pays du Val d'Adour · ARS Occitanie · "
            "Préfecture du Gers ·\n  CPAM du Gers · MSA Midi-Pyrénées Sud · CC Adour Madiran\n\n"
            "PARTENAIRES ASSOCIÉS (non signataires)\n  Centre hospitalier de Bigorre · CPTS du Val d'Adour\n")
    (contract,) = pipeline.extract(text, published="2026-11-18").contracts
    assert {s.org_type for s in contract.signatories} == {"pays_petr", "ars", "prefecture", "cpam", "msa", "epci"}


def test_the_council_room_where_it_is_signed_and_a_town_that_signed_nothing_are_no_parties():
    import pipeline

    text = ("Mardi 3 février, dans la salle du conseil municipal de l'hôtel de ville de Briançon, le centre hospitalier "
            "des Escartons a signé le premier contrat local de santé du Briançonnais, avec la communauté de communes du "
            "Briançonnais, l'Agence régionale de santé et la CPAM des Hautes-Alpes. La Ville de Briançon prêtait sa "
            "salle, mais elle n'a rien signé : le contrat est intercommunal.\n")
    (contract,) = pipeline.extract(text, published="2026-02-05").contracts
    assert "commune" not in {s.org_type for s in contract.signatories}


def test_the_signatories_of_a_petition_are_not_the_contract_s():
    import pipeline

    text = ("Le vendredi 27 juin 2025, la communauté de communes Saint Affricain, Roquefort, Sept Vallons signait son "
            "premier contrat local de santé avec l'Agence régionale de santé Occitanie et la CPAM de l'Aveyron.\n\n"
            "Nous, signataires de cette pétition, demandons :\n\n1. la réouverture des urgences toutes les nuits ;\n"
            "2. un plan de recrutement partagé avec les hôpitaux de Millau et de Rodez.\n")
    (contract,) = pipeline.extract(text, published="2026-03-01").contracts
    assert "hospital" not in {s.org_type for s in contract.signatories}


def test_a_generic_insurer_beside_two_named_ones_is_no_third_party():
    import pipeline

    text = ("Arche Agglo signe son premier contrat local de santé avec l'ARS, l'État et l'Assurance maladie\n\n"
            "Mardi 4 novembre 2025, Arche Agglo a signé son premier contrat local de santé. Le contrat a été signé par :\n"
            "- Gilles Peyrard, président d'Arche Agglo ;\n- la directrice de la délégation de l'Ardèche de l'Agence "
            "régionale de santé Auvergne-Rhône-Alpes ;\n- le sous-préfet de Tournon-sur-Rhône ;\n"
            "- la directrice de la CPAM de l'Ardèche ;\n- le directeur de la CPAM de la Drôme.\n")
    (contract,) = pipeline.extract(text, published="2025-11-05").contracts
    assert sorted(s.name for s in contract.signatories if s.org_type == "cpam") == ["CPAM de l'Ardèche",
                                                                                  "CPAM de la Drôme"]


def test_a_party_present_without_being_party_to_the_contract_does_not_sign():
    text = ("Le contrat a été signé par la Ville de Talence et l'ARS Nouvelle-Aquitaine. Bordeaux Métropole, représentée "
            "par une vice-présidente, était présente à la cérémonie sans être partie au contrat.")
    assert _signatories(text) == [("commune", "Ville de Talence"), ("ars", "ARS Nouvelle-Aquitaine")]


def test_a_bare_mayor_listed_among_the_signers_is_the_town():
    text = "Le contrat a été signé jeudi par le maire, la sous-préfète de Lorient et l'ARS Bretagne."
    town = Territory(name="Lanester", type="commune", insee="56098")
    assert _signatories(text, town)[0] == ("commune", "Ville de Lanester")
    agglo = Territory(name="Lorient Agglomération", type="epci", insee="200042174")
    assert ("commune", "Ville") not in _signatories(text, agglo)  # a mayor alone is no party of an EPCI's contract


@pytest.mark.parametrize("text", [
    "Le Département de la Moselle et la CPTS ont nourri les travaux préparatoires, sans prendre part à la signature.",
    "Présente dans la salle, la communauté de communes du Mâconnais-Tournugeois a suivi l'élaboration du document, "
    "sans figurer parmi les signataires.",
])
def test_parties_that_worked_without_signing(text):
    assert _signatories(text) == []


def test_the_parties_a_signing_sentence_points_back_to():
    text = ("Autour du maire avaient pris place Hélène Castel, directrice de l'Agence régionale de santé Bourgogne-Franche-"
            "Comté, la directrice adjointe de la CPAM de Saône-et-Loire, Sylvie Maréchal, et Bruno Tissier, directeur du "
            "centre hospitalier de Tournus. Tous les cinq ont signé le contrat local de santé.")
    assert {t for t, _ in _signatories(text)} == {"ars", "cpam", "hospital"}
    # no pointing back: the attendees of the sentence before are no parties
    assert _signatories(text.replace("Tous les cinq ont signé", "Le maire a signé")) == []


def test_parties_that_took_up_the_pen():
    text = ("Autour de la maire, ont pris la plume l'Agence régionale de santé Normandie, la préfecture de la Seine-Maritime "
            "et le centre hospitalier intercommunal Elbeuf-Louviers.")
    assert {t for t, _ in _signatories(text)} == {"ars", "prefecture", "hospital"}



def test_a_list_of_the_parties_to_the_contract_and_partners_in_name_only():
    text = ("Sont parties au contrat :\n- la Communauté de communes Océan Marais de Monts ;\n"
            "- l'Agence régionale de santé Pays de la Loire ;\n- la MSA Loire-Atlantique – Vendée.\n\n"
            "Le Département de la Vendée et le centre hospitalier de Challans suivront la mise en œuvre du contrat en "
            "qualité de partenaires.")
    assert {t for t, _ in _signatories(text)} == {"epci", "ars", "msa"}
