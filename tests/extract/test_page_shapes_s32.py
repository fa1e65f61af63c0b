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


def test_a_contract_of_its_own_for_a_named_quartier_is_the_quartiers():
    # a residents' page: "un contrat local de santé propre au Blosne", a name no gazetteer lists, that the page calls a
    # quartier of the town
    text = ("Santé : ce qu'on a appris mardi soir\n\nLa Ville de Rennes et l'ARS Bretagne lancent l'élaboration d'un "
            "contrat local de santé propre au Blosne. Jusqu'ici, le quartier était couvert par le contrat de la ville. "
            "La signature est visée pour l'été 2027.")
    (contract,) = _contracts(text)
    assert contract.territory.type == "quartier"


def test_people_of_the_other_items_of_a_note_to_councillors_are_theirs():
    # the note sent with a council's convocation: one rapporteur per item; only the CLS item's is the contract's
    text = ("COMMUNE DE VALDAHON\n\nNOTE EXPLICATIVE DE SYNTHÈSE\nConseil municipal du lundi 30 novembre 2026\n\n"
            "POINT N° 1 – FINANCES – DÉCISION MODIFICATIVE\nRapporteur : M. Paul Girardot, adjoint aux finances\n\n"
            "La décision modificative ajuste les crédits de l'exercice.\n\n"
            "POINT N° 2 – CONTRAT LOCAL DE SANTÉ 2027-2031\nRapporteure : Mme Anne Vuillemin, adjointe aux affaires "
            "sociales\n\nLe contrat local de santé de la commune sera signé le vendredi 11 décembre 2026 par la commune "
            "et l'ARS Bourgogne-Franche-Comté.\n\n"
            "POINT N° 3 – ENVIRONNEMENT – FOURRIÈRE ANIMALE\nRapporteur : M. Luc Bourgeois, conseiller délégué\n\n"
            "La convention avec la SPA est renouvelée pour trois ans.\n\n"
            "POINT N° 4 – QUESTIONS DIVERSES\n\nIlluminations de fin d'année.\n")
    (contract,) = _contracts(text)
    assert [p.name for p in contract.people] == ["Anne Vuillemin"]


def test_a_sentence_that_opens_on_its_town_gives_it_the_contract_of_la_ville():
    # a round of news: "À Liévin, la Ville élabore … son premier contrat local de santé"
    text = ("Réunion des maires de l'arrondissement\n\nLe sous-préfet a réuni les maires mardi.\n\nÀ Liévin, la Ville "
            "élabore avec la délégation départementale de l'ARS son premier contrat local de santé. La signature est "
            "envisagée à l'automne 2027.")
    (contract,) = _contracts(text)
    assert (contract.territory.name, contract.status) == ("Liévin", "in_preparation")


def test_an_inline_enumeration_goes_on_across_a_hard_wrapped_line():
    # a congress abstract flattened from PDF: "(iii)" opens a line inside the sentence that lists the axes
    text = ("Le contrat local de santé de Vernon a été signé le 3 mars 2025. Les propositions ont été réparties en "
            "quatre axes : (i) l'accès aux soins de premier\nrecours ; (ii) la santé mentale des jeunes adultes ;\n"
            "(iii) l'alimentation et l'activité physique ; (iv) l'habitat indigne et ses\neffets sur la santé. Le panel "
            "siège au comité de pilotage.")
    (contract,) = _contracts(text)
    assert len(contract.axes) == 4


def test_a_table_whose_header_row_names_its_axis_column_in_another_cell():
    # a bilingual page: the table's first header cell in Corsican ("Asse"), the next one "Objectif"
    text = ("Le contrat local de santé de Biguglia a été signé le vendredi 4 décembre 2026 avec l'ARS de Corse.\n\n"
            "Trois axes\n\nAsse | Objectif | Exemples d'actions\n1 | Accès aux soins de proximité | Accueil d'internes\n"
            "2 | Bien vieillir à Biguglia | Prévention des chutes\n3 | Environnement et santé | Îlots de fraîcheur\n\n"
            "La coordinatrice sera installée au CCAS en janvier.")
    (contract,) = _contracts(text)
    assert contract.axes == ["Accès aux soins de proximité", "Bien vieillir à Biguglia", "Environnement et santé"]


def test_the_other_half_a_second_funder_takes_on_after_et():
    # "l'ARS verse 25 000 € par an et la commune assure l'autre moitié": two funders, the same amount each
    text = ("Le contrat local de santé de Luxeuil-les-Bains a été signé le jeudi 3 décembre 2026. Le poste de "
            "coordination est financé à parts égales : l'ARS verse 25 000 € par an et la commune assure l'autre moitié.")
    (contract,) = _contracts(text)
    assert sorted(f.amount_eur for f in contract.funding) == [25000, 25000]


def test_a_press_releases_about_section_is_its_publishers_not_the_contracts():
    # "À propos de la MSA …" closes a signer's press release: its figures are the publisher's
    text = ("Communiqué de presse\n\nLe contrat local de santé de la communauté de communes du Pays d'Urfé a été signé "
            "le mardi 24 novembre 2026. La MSA y consacre 9 000 € en 2027.\n\nÀ propos de la MSA Ardèche Drôme Loire\n"
            "La MSA protège 250 000 personnes du monde agricole. En 2025, elle a consacré 1,6 million d'euros à l'action "
            "sanitaire et sociale.\n\nContact presse : service communication")
    (contract,) = _contracts(text)
    assert [f.amount_eur for f in contract.funding] == [9000]


def test_a_heading_without_its_colon_over_short_lines_lists_the_axes():
    # a guide flattened from PDF: "Ses axes", underlined, over four short lines that lost their bullets
    text = ("Le contrat local de santé de Decazeville Communauté a été signé le jeudi 8 octobre 2026.\n\n"
            "Ses axes\n──────────\nAttirer et installer des soignants\nPrévenir et dépister\n\n"
            "Prendre soin de la santé mentale\nBien vieillir chez soi\n\nVotre contact : Camille Vergnes, 05 65 00 00 00.")
    (contract,) = _contracts(text)
    assert contract.axes == ["Attirer et installer des soignants", "Prévenir et dépister",
                             "Prendre soin de la santé mentale", "Bien vieillir chez soi"]


def test_a_heading_without_its_colon_over_two_lines_lists_nothing():
    # the guard: two short lines under a heading are as likely the text after it
    text = ("Le contrat local de santé de Decazeville Communauté a été signé le jeudi 8 octobre 2026.\n\n"
            "Les axes du contrat\nSanté mentale\nAccès aux soins\n\nVotre contact : Camille Vergnes.")
    (contract,) = _contracts(text)
    assert contract.axes == []


def test_a_calendar_abbreviated_weekday_dates_the_signing_ahead():
    # a slide's calendar: "jeu. 14 janvier" on a page of December 2026 is Thursday 14 January 2027
    text = ("Réunion publique du mardi 1er décembre 2026\n\nLe deuxième contrat local de santé de Digoin sera signé en "
            "janvier.\n\nCalendrier\njeu. 14 janvier   Signature officielle du contrat local de santé – salle des fêtes")
    (contract,) = _contracts(text, published="2026-12-03")
    assert contract.signing_date == "2027-01-14"


def test_a_numbered_contract_of_a_place_is_that_places():
    # "le contrat local de santé n°2 de Digoin", as "le CLS 2 de Metz"
    (contract,) = _contracts("Le contrat local de santé n°2 de Digoin sera signé le jeudi 14 janvier 2027.")
    assert (contract.territory.name, contract.generation) == ("Digoin", 2)


def test_a_signing_to_come_beside_a_first_contract_told_signed_gives_two_records():
    # a public meeting's slides: the next contract announced, the first one told as signed by its parties
    text = ("Réunion publique – mardi 1er décembre 2026\n\nLe nouveau contrat local de santé de Digoin sera signé le "
            "jeudi 14 janvier 2027 à la mairie.\n\nNotes de l'orateur : Le premier contrat avait été signé un jeudi, le "
            "8 avril 2021, par la Ville, l'Agence régionale de santé et la CPAM de Saône-et-Loire.")
    contracts = _contracts(text, published="2026-12-03")
    assert sorted((c.status, c.signing_date) for c in contracts) == [("announced", "2027-01-14"),
                                                                     ("signed", "2021-04-08")]


def test_a_councils_authorisation_to_sign_dates_no_signing():
    # a register of decisions: the row's date is the vote's, "autorisation de signature"; the ceremony's day is the
    # signing's, still to come
    text = ("Registre des décisions du président\n\nN° | Date | Objet | Montant\n"
            "2026-070 | 19/10/2026 | Fonds de concours pour la maison de santé (sans lien avec le contrat local de santé) "
            "| 60 000 €\n"
            "2026-071 | 30/11/2026 | Approbation du contrat local de santé de la communauté de communes du Sor et de "
            "l'Agout 2027-2031 et autorisation de signature. Le contrat sera signé par la communauté de communes et l'ARS "
            "Occitanie. La cérémonie de signature aura lieu le jeudi 10 décembre, à 18 h, à Soual. | –\n"
            "2026-072 | 30/11/2026 | Convention financière avec l'ARS pour le poste de coordination | 24 000 €\n")
    (contract,) = _contracts(text)
    assert (contract.status, contract.signing_date) == ("announced", "2026-12-10")


def test_a_mayors_own_first_contract_is_the_predecessor_of_the_one_in_writing():
    # "Notre premier contrat avait été signé le … par …. Il couvrait la période …" / "Le deuxième contrat est en cours
    # d'écriture": two records, the first's facts its own
    text = ("La réponse du maire de Wasquehal\n\nWasquehal a bien eu un contrat local de santé. Notre premier contrat "
            "avait été signé le 12 mars 2019 par la Ville, l'ARS Hauts-de-France et la CPAM de Roubaix-Tourcoing. Il "
            "couvrait la période 2019-2023.\n\nLe deuxième contrat local de santé de Wasquehal est en cours d'écriture. "
            "Il sera signé par la Ville, l'ARS et la CPAM. Nous visons une signature au printemps 2027.")
    contracts = _contracts(text, published="2026-11-27")
    assert sorted((c.status, c.signing_date, c.period_start) for c in contracts) == [
        ("in_preparation", None, None), ("signed", "2019-03-12", 2019)]


def test_a_numbered_axis_heading_is_no_list_header():
    # the guard: a bilingual page's sections "Asse 1 · Axe 1" each over a line in Corsican and one in French are one
    # axis each, not a list of all the lines below the first heading
    text = ("Le contrat local de santé du Centre Corse a été signé le vendredi 6 mars 2026.\n\n"
            "Asse 1 · Axe 1\nAssicurà l'accessu à e cure in tutti i paesi\nGarantir l'accès aux soins dans tous les villages\n\n"
            "Asse 2 · Axe 2\nAccumpagnà l'anziani\nAccompagner les personnes âgées et leurs aidants\n\n"
            "Finanzamentu · Financement\nL'ARS apporte 30 000 € par an.")
    (contract,) = _contracts(text)
    assert not any(a.startswith(("Asse", "Assicurà", "Accumpagnà", "Finanzamentu")) for a in contract.axes)
