"""Page shapes met in the thirty-second session (the real pages and the first contacts of round 36), end to end: each
test states the class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pytest

import pipeline


def _contracts(text: str, **kw):
    return pipeline.extract(text, **kw).contracts


@pytest.mark.parametrize("step", [
    "Le premier comité de pilotage du contrat local de santé du Pays de Brocéliande s'est tenu le 12 mars, lançant la "
    "démarche.",
    "Cette semaine a été installé le premier comité de pilotage du contrat local de santé du Pays de Brocéliande.",
    "La communauté et l'ARS ont décidé d'initier les démarches en vue de la signature d'un contrat local de santé du Pays "
    "de Brocéliande.",
    "Le conseil a approuvé la prise de compétence du contrat local de santé par le Pays de Brocéliande.",
    "Pays de Brocéliande : consultation citoyenne sur le contrat local de santé.",
])
def test_a_step_of_the_elaboration_puts_an_unsigned_contract_in_preparation(step):
    # a page that says nothing of a signing, only a step of the work: its first steering committee held, the steps taken
    # towards a signing, a competence taken, the residents consulted
    (contract,) = _contracts(step)
    assert contract.status == "in_preparation"


def test_a_steering_committee_announced_after_a_signing_leaves_the_signing():
    # the guard: the first committee a page announces after the signing is the next step of a signed contract
    text = ("Le contrat local de santé du Pays de Brocéliande a été signé le mardi 3 mars 2026 par l'ARS Bretagne et le "
            "Pays. Un premier comité de pilotage se réunira en juin.")
    (contract,) = _contracts(text)
    assert contract.status == "signed"


def test_an_intercommunality_known_by_its_usual_acronym_is_that_one():
    # "la CUCM" is the urban community of Le Creusot and Montceau-les-Mines, as its own pages write, not the initials
    # of another community's name
    text = ("Le contrat local de santé de la CUCM a été signé ce lundi 2 mars 2026 avec l'ARS Bourgogne-Franche-Comté.")
    (contract,) = _contracts(text)
    assert contract.territory.insee == "247100290"


@pytest.mark.parametrize("text", [
    # a contract's PDF whose first line lost the end of the town's name at a hyphen
    "Entre Monsieur le Maire de Villeneuve-Saint-, Madame la Préfète du Val-de-Marne et l'ARS Île-de-France est conclu "
    "le présent contrat local de santé de Villeneuve-Saint-Georges, signé le 3 mars 2025.",
    # the town called by the head of its name
    "Le contrat local de santé de Fontenay-sous-Bois a été signé le 3 mars 2025 par la Ville de Fontenay et l'ARS "
    "Île-de-France.",
])
def test_the_own_town_named_by_the_head_of_its_name_is_listed_in_full(text):
    (contract,) = _contracts(text)
    towns = [s.name for s in contract.signatories if s.org_type == "commune"]
    assert towns == [f"Ville de {contract.territory.name}"]
