"""Page shapes met in the twenty-first session (unworked errors of the fifth round of session 20, first contacts
gh–…), end to end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def test_a_lower_case_es_inside_a_name_keeps_the_whole_name():
    # "Communauté de communes Val ès Dunes" (as "lès", "lez" without hyphens): "ès" joins the name's parts
    text = ("Le mardi 3 mars, la Communauté de communes Val ès Dunes a signé son premier contrat local de santé avec "
            "l'ARS Normandie pour 2026-2030.\n")
    (contract,) = pipeline.extract(text, published="2026-03-05").contracts
    assert contract.territory.name == "Communauté de communes Val ès Dunes"
    assert contract.territory.insee == "200065589"


def test_a_quartier_contract_signed_by_its_town_is_not_the_towns_contract():
    # "la Ville a signé le premier contrat local de santé consacré au quartier X": the town is a party of the
    # quartier's contract, not a contract of its own; the agglomeration's older contract named beside it is history
    text = ("Grenoble : le quartier Mistral a son contrat local de santé\n\n"
            "Ce lundi, la Ville de Grenoble, l'ARS Auvergne-Rhône-Alpes et la CPAM de l'Isère ont signé un contrat local "
            "de santé consacré au quartier Mistral, pour 2026-2029.\n\n"
            "Ce contrat ne remplace rien : Grenoble-Alpes Métropole dispose de son contrat local de santé, renouvelé en "
            "2023, qui couvre ses 49 communes.\n")
    (contract,) = pipeline.extract(text, published="2026-05-13").contracts
    assert contract.territory.type == "quartier"
    assert contract.territory.name == "Mistral"
    assert contract.status == "signed"
    assert {s.org_type for s in contract.signatories} == {"commune", "ars", "cpam"}


def test_a_town_with_its_own_named_contract_beside_a_quartier_stays_a_contract():
    # the town's contract named as such ("le contrat local de santé de Villeurbanne") is a contract of its own
    text = ("Deux signatures le même jour\n\n"
            "Ce mardi, la Ville de Villeurbanne a renouvelé le contrat local de santé de Villeurbanne pour 2026-2030. "
            "Dans la foulée, un contrat local de santé consacré au quartier Saint-Jean a été signé par la Ville et l'ARS.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-05-13").contracts]
    assert "Villeurbanne" in names and "Saint-Jean" in names


def test_the_signatures_a_pronoun_carries_on_are_the_parties():
    # "… pour que les quatre signatures figurent au bas du document. Celles du président …, de la directrice de
    # l'ARS, du sous-préfet de X et du représentant de la MSA": each of those signs
    text = ("Santé : la communauté de communes du Pays de Mormal renouvelle son contrat\n\n"
            "Il a fallu une heure, mardi soir, pour que les quatre signatures figurent au bas du document. Celles du "
            "président de la communauté de communes du Pays de Mormal, de la directrice de l'ARS Hauts-de-France, du "
            "sous-préfet d'Avesnes-sur-Helpe et du représentant de la MSA Nord-Pas de Calais.\n\n"
            "Ce contrat local de santé est le deuxième du territoire ; il court de 2026 à 2030.\n")
    (contract,) = pipeline.extract(text, published="2026-02-12").contracts
    assert {s.org_type for s in contract.signatories} >= {"epci", "ars", "sous_prefecture", "msa"}
