"""The publisher a page's address names, and the contract it gives a page whose text names no place."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.geo.hosts import publisher_of


@pytest.mark.parametrize(("url", "expected"), [
    ("https://savigny-le-temple.fr/13-1236/e-magazine/actualites/fiche/x.htm", "Savigny-le-Temple"),
    ("https://www.ville-beauchamp.fr/index.php/sante", "Beauchamp"),
    ("https://aunisatlantique.fr/contrat-local-de-sante", "Communauté de communes Aunis Atlantique"),
    ("https://bethunebruay.fr/fr/actualites/x", "Communauté d'agglomération de Béthune-Bruay, Artois-Lys Romane"),
    # An intercommunality's own site: its kind, then its name.
    ("https://cc-paysdetarascon.fr/contrat-local-de-sante", "Communauté de communes du Pays de Tarascon"),
    ("https://www.cc-vexin-normand.fr/sante", "Communauté de communes du Vexin Normand"),
    # A wider body's site names another territory than its town; press, the State and the ARS name none.
    ("https://agglo-agen.net/en-ce-moment/actualites", None),
    ("https://metropole.nantes.fr/actualites/x", None),
    ("https://www.pays-langres.fr/contrat-local-de-sante/", None),
    ("https://www.hauts-de-france.ars.sante.fr/x", None),
    ("https://www.ouest-france.fr/bretagne/x", None),
    (None, None),
    ("pas une adresse", None),
])
def test_publisher_of_a_url(url, expected):
    assert publisher_of(url) == expected


TEXT = ("Votre santé, au coeur des priorités de la ville\n\n"
        "Savigny a choisi de s'impliquer pour l'accès aux soins. Pour cela, la Ville facilite l'installation des "
        "médecins. Elle a aussi développé un Contrat local de santé qui mobilise des partenaires.\n")


def test_a_towns_own_site_gives_its_contract_when_the_text_names_no_place():
    assert pipeline.extract(TEXT).contracts == []
    (contract,) = pipeline.extract(TEXT, url="https://savigny-le-temple.fr/actualites/sante").contracts
    assert (contract.territory.name, contract.territory.insee) == ("Savigny-le-Temple", "77445")
    # A place the text ties to its contract wins over the address.
    named = TEXT.replace("Elle a aussi développé un Contrat local de santé",
                         "Le contrat local de santé de Melun a été signé")
    record = pipeline.extract(named, url="https://savigny-le-temple.fr/actualites/sante")
    assert [c.territory.name for c in record.contracts] == ["Melun"]


def test_a_town_hall_host_is_the_town_not_its_intercommunality_of_the_same_name():
    assert publisher_of("https://www.mairie-pontivy.fr/sante") == "Pontivy"
    assert publisher_of("https://www.pontivy.fr/sante") is None  # the town or Pontivy Communauté: unsaid


def test_a_town_s_host_with_its_departement_number() -> None:
    assert publisher_of("https://www.vernon27.fr/actualites/x") == "Vernon"
    assert publisher_of("https://www.vernon14.fr/") is None  # no Vernon in the Calvados


def test_an_intercommunality_s_page_naming_no_place_nor_party_is_its_own_cls() -> None:
    text = ("CONTRAT LOCAL DE SANTE : c'est parti pour les groupes de travail.\n\nUn appel à participation avait été "
            "lancé en août. Leur objectif : contribuer à l'élaboration du Contrat Local de Santé, sur 5 thèmes. La "
            "participation a montré l'intérêt des habitants des 20 communes de notre territoire.\n")
    record = pipeline.extract(text, url="https://cc-paysdetarascon.fr/contrat-local-de-sante-groupes-de-travail")
    assert [c.territory.name for c in record.contracts] == ["Communauté de communes du Pays de Tarascon"]
    assert not pipeline.extract(text).is_cls  # without its site, no territory


def test_the_words_of_a_page_s_address_spell_a_place() -> None:
    from pipeline.geo.hosts import slug_place

    assert slug_place("https://docs.example.org/doc/4411/contrat-local-de-sant%C3%A9-montreuil-bellay-2024") == "Montreuil-Bellay"
    assert slug_place("https://www.ars.example.fr/saint-jean-de-monts-signe-son-contrat-local-de-sante") == "Saint-Jean-de-Monts"
    assert slug_place("https://docs.example.org/doc/4411/cls-valenton.pdf", "La ville de Valenton signe.") == "Valenton"
    assert slug_place("https://www.example.fr/mise-en-place-du-cls", "Place aux actions : mise en place du CLS.") is None
    assert slug_place("https://docs.example.org/doc/4411/cls-valenton.pdf") is None  # one word, not in the text
    assert slug_place("https://www.example.fr/actualites/signature-du-contrat-local-de-sante") is None


def test_a_page_naming_no_place_is_the_contract_of_the_place_its_address_names() -> None:
    text = ("Signature du contrat local de santé\n\nLe maire et le directeur général de l'agence régionale de santé ont "
            "signé hier le deuxième contrat local de santé, qui court jusqu'en 2029.\n")
    record = pipeline.extract(text, url="https://www.ars.example.fr/actualites/saint-jean-de-monts-renouvelle-son-cls")
    assert [c.territory.name for c in record.contracts] == ["Saint-Jean-de-Monts"]
