"""Page shapes met in the twenty-third session (the open shapes of session 22 and the first contacts hz–…), end to
end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline

_QUARTIER = (
    "Le quartier des Tilleuls signe son propre contrat local de santé - Ville de Montbéliard\n\n"
    "Le quartier des Tilleuls signe son propre contrat local de santé\n\n"
    "Jeudi 12 novembre, à la maison de quartier des Tilleuls, la Ville de Montbéliard, l'ARS Bourgogne-Franche-Comté et "
    "la préfecture du Doubs ont signé le premier contrat local de santé consacré au quartier, pour 2026-2029.\n\n"
    "Un contrat dans le contrat\n\n"
)


def test_a_quartiers_page_that_tells_its_towns_contract_signed_gives_that_one_a_record():
    # the town's own contract, told with its day and parties beside the quartier's: a record of its own, and its
    # parties and generation are not the quartier's
    text = _QUARTIER + (
        "Ce contrat de quartier ne remplace pas le deuxième contrat local de santé de Montbéliard, signé le 3 mai 2024 "
        "par la Ville, l'ARS, la préfecture du Doubs et la caisse primaire d'assurance maladie du Doubs pour la "
        "période 2024-2028.\n")
    contracts = pipeline.extract(text, published="2026-11-14").contracts
    assert [c.territory.type for c in contracts] == ["quartier", "commune"]
    quartier, town = contracts
    assert quartier.status == "signed" and quartier.signing_date == "2026-11-12"
    assert "cpam" not in {s.org_type for s in quartier.signatories}
    assert town.territory.insee == "25388"
    assert (town.status, town.signing_date, town.period_start, town.period_end) == ("renewed", "2024-05-03", 2024, 2028)
    assert {s.org_type for s in town.signatories} >= {"commune", "ars", "prefecture", "cpam"}


def test_a_town_contract_told_as_the_frame_of_its_quartiers_is_no_record():
    # "Depuis 2023, X dispose d'un contrat local de santé …": the frame of the page's contract, not a record; the
    # page's facts are the quartier's
    text = _QUARTIER + (
        "Depuis 2023, Montbéliard dispose d'un contrat local de santé qui couvre toute la commune jusqu'en 2027. Le "
        "document signé jeudi le décline à l'échelle des Tilleuls. « Le contrat local de santé de Montbéliard nous "
        "donnait une méthode », rappelle l'adjointe.\n")
    (contract,) = pipeline.extract(text, published="2026-11-14").contracts
    assert contract.territory.type == "quartier"
    assert {s.org_type for s in contract.signatories} >= {"commune", "ars", "prefecture"}


def test_an_ordinal_of_its_name_is_a_generation():
    from pipeline.extract.status import extract_generation
    assert extract_generation("Deuxième du nom, celui-ci a été signé le 14 juin 2024.") == 2
