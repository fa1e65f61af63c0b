"""Page shapes met in the twentieth session (unworked errors of fl–fm, first contacts fn–…), end to end: each test
states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline
from pipeline.extract.orgs import find_orgs


def _territories(text: str, **kw) -> list[str]:
    return [c.territory.name for c in pipeline.extract(text, **kw).contracts]


def test_an_amount_after_a_body_is_no_departement_number():
    # "l'ARS de 35 000 €": the first digits of an amount, not the ARS of the Ille-et-Vilaine ("CPAM 35")
    assert [o.name for o in find_orgs("une participation de l'ARS de 35 000 € par an au poste")] == ["ARS"]
    assert [o.name for o in find_orgs("une aide de la CAF de 12,5 % du coût")] == ["CAF"]
    assert [o.name for o in find_orgs("la CPAM 35 et la MSA signent")] == ["CPAM 35", "MSA"]


def test_the_predecessor_a_new_contract_takes_over_from_opens_no_contract():
    # "il prend la suite du contrat local de santé de la Ville de X (2018-2023)": the town's old contract is history
    text = ("Conseil communautaire du 12 mai 2025\n\n"
            "Le contrat local de santé de la communauté d'agglomération de Saint-Quentin a été signé le 2 mai 2025 par "
            "l'agglomération, l'ARS Hauts-de-France et la préfecture de l'Aisne. C'est le premier contrat porté à "
            "l'échelle de l'agglomération : il prend la suite du contrat local de santé de la Ville de Saint-Quentin "
            "(2017-2022), qui ne couvrait que la ville-centre.\n")
    assert _territories(text, published="2025-05-15") == ["Communauté d'agglomération du Saint-Quentinois"]


def test_a_round_up_whose_headings_name_a_member_town():
    # each section headed by a town of the intercommunality it tells of ("À Bar-sur-Seine, c'est signé"); the third
    # section names no contract, only its diagnostic and the signing hoped for
    text = ("Côte des Bar : trois intercommunalités, trois calendriers\n\n"
            "Trois communautés de communes de l'Aube avancent chacune à leur rythme sur la santé. Tour d'horizon.\n\n"
            "À Bar-sur-Seine, c'est signé\n"
            "Lundi 2 juin, la communauté de communes du Barséquanais en Champagne a signé son premier contrat local de "
            "santé avec l'ARS Grand Est. Le contrat court jusqu'en 2029.\n\n"
            "À Bar-sur-Aube, on renouvelle\n"
            "La communauté de communes de la Région de Bar-sur-Aube a renouvelé en mars son contrat, pour 2025-2029.\n\n"
            "À Vendeuvre-sur-Barse, on prépare\n"
            "Du côté de la communauté de communes de Vendeuvre-Soulaines, le diagnostic vient d'être présenté aux élus. "
            "La signature est espérée à l'automne.\n\n"
            "Les plus lus\n- Troyes : un nouveau parking\n")
    rec = pipeline.extract(text, published="2025-06-05")
    assert [c.territory.name for c in rec.contracts] == [
        "Communauté de communes du Barséquanais en Champagne", "Communauté de communes de la Région de Bar sur Aube",
        "Communauté de communes de Vendeuvre-Soulaines"]
    assert [c.status for c in rec.contracts] == ["signed", "renewed", "in_preparation"]


def test_the_state_signing_through_two_sous_prefets_is_no_third_party():
    # "les représentants de l'État" then the two sous-préfets who sign for it: the State is those, not one more party
    text = ("Le Val de Fensch se dote de son premier contrat local de santé\n\n"
            "Jeudi, les élus de la communauté d'agglomération du Val de Fensch et les représentants de l'État ont signé "
            "le premier contrat local de santé du territoire. Ont aussi signé la directrice de l'ARS Grand Est, le "
            "sous-préfet de Thionville et la sous-préfète de Briey.\n")
    (contract,) = pipeline.extract(text, published="2026-02-14").contracts
    names = [s.name for s in contract.signatories]
    assert "Sous-préfecture de Thionville" in names and "Sous-préfecture de Briey" in names
    assert not any(s.org_type == "prefecture" for s in contract.signatories)


def test_a_town_site_header_and_the_contract_of_la_ville_in_council_minutes():
    # "X – Site de la Ville" over minutes whose item speaks of "le contrat local de santé de la ville" and authorises
    # the mayor to sign it; the métropole named in another item is no territory of it
    text = ("Fleury-les-Aubrais – Site de la Ville\nAccueil > Conseil municipal > Comptes rendus\n\n"
            "Compte rendu sommaire du conseil municipal du lundi 9 novembre 2026\n\n"
            "3. Contrat local de santé 2027-2031\n"
            "Le premier contrat local de santé de la ville est arrivé à son terme. Le conseil approuve le second contrat "
            "et autorise le maire à le signer avec l'ARS Centre-Val de Loire.\n\n"
            "4. Convention avec Orléans Métropole – voirie\nLe conseil approuve la convention.\n")
    assert _territories(text, published="2026-11-12") == ["Fleury-les-Aubrais"]


def test_an_intercommunality_named_alone_on_the_first_line_is_the_publisher():
    # council minutes under the community's name: its "la Communauté de communes" is that community, not the town
    # whose town hall hosts the signing
    text = ("COMMUNAUTÉ DE COMMUNES DE LA PLAINE DIJONNAISE\n"
            "Compte rendu du conseil communautaire du 3 novembre 2026\n\n"
            "4. Santé – Approbation du contrat local de santé\n"
            "Engagée depuis 2025 dans l'élaboration de son premier contrat local de santé, la Communauté de communes a "
            "conduit un diagnostic avec l'ARS Bourgogne-Franche-Comté. Le contrat sera signé par la Communauté de "
            "communes et l'ARS. La signature est fixée au vendredi 11 décembre 2026, à la mairie de Genlis.\n")
    assert _territories(text, published="2026-11-10") == ["Communauté de communes de la Plaine Dijonnaise"]


def test_a_demonym_that_says_where_the_territory_lies_is_no_territory():
    # "au sud de l'agglomération toulousaine": the community's place, not Toulouse's contract
    text = ("Offre d'emploi : coordinateur du contrat local de santé (H/F)\n\nEmployeur : Communauté de communes du "
            "Savès\n\nContexte\nLa Communauté de communes du Savès, aux portes de l'agglomération toulousaine, a signé "
            "en mars 2025 son premier contrat local de santé avec l'ARS Occitanie.\n")
    assert _territories(text, published="2026-11-05") == ["Communauté de communes du Saves"]
