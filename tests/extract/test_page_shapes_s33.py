"""Page shapes met in the thirty-third session (the first contacts of rounds 39 and 40), end to end: each test states the
class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pytest

import pipeline


def _contracts(text: str, **kw):
    return pipeline.extract(text, **kw).contracts


def test_items_numbered_with_a_slash_keep_their_explanation_lines():
    # a magazine's "1 / Label" items, each over a line that explains it
    text = ("Saint-Dizier a signé le 3 mars 2026 son premier contrat local de santé avec l'ARS Grand Est.\n"
            "LES TROIS PRIORITÉS 2026-2030\n"
            "1 / Accès aux soins et accueil des internes\n"
            "Aide à l'installation, téléconsultation accompagnée.\n"
            "2 / Santé mentale des jeunes\n"
            "Premiers secours en santé mentale dans les lycées.\n"
            "3 / Bien vieillir à domicile\n"
            "Prévention des chutes, visites aux aînés isolés.\n")
    (contract,) = _contracts(text)
    assert contract.axes == ["Accès aux soins et accueil des internes", "Santé mentale des jeunes",
                             "Bien vieillir à domicile"]


def test_a_renewal_dated_in_an_incise_is_dated():
    # "renouvelé, le vendredi 13 novembre à l'hôtel de ville, son contrat": the day between commas after the verb
    text = ("La Ville de Saint-Dizier a renouvelé, le vendredi 13 novembre à l'hôtel de ville, son contrat local de santé "
            "avec l'ARS Grand Est.")
    (contract,) = _contracts(text, published="2026-12-02")
    assert contract.signing_date == "2026-11-13"


def test_a_contract_the_page_tells_of_with_an_indefinite_article_is_the_pages_subject():
    # a page about something else that tells of the town's contract ("dispose d'un contrat local de santé, le deuxième
    # du nom, signé le …") and names its coordinator: a CLS page, the contract renewed
    text = ("Analyse des besoins sociaux : la synthèse est en ligne.\n"
            "Le centre communal d'action sociale publie la synthèse de son analyse, présentée en novembre.\n"
            "La Ville de Tonnerre dispose d'un contrat local de santé, le deuxième du nom, signé le 3 avril 2025 avec "
            "l'Agence régionale de santé Bourgogne-Franche-Comté. Les préconisations pourront y être inscrites lors de "
            "sa révision, indique Claire Bastien, coordinatrice du contrat local de santé.")
    result = pipeline.extract(text)
    assert result.is_cls
    (contract,) = result.contracts
    assert contract.territory.name == "Tonnerre"
    assert contract.status == "renewed"


def test_another_plans_signing_gives_neither_party_nor_money():
    # "La convention territoriale globale signée avec la CAF (480 000 € …)": the CAF's plan, beside the contract
    text = ("Le contrat local de santé de Tonnerre a été signé le 3 avril 2025 avec l'ARS Bourgogne-Franche-Comté et la "
            "préfecture de l'Yonne.\n"
            "La convention territoriale globale signée avec la CAF de l'Yonne (480 000 € de prestations de service par an) "
            "complète le dispositif.")
    (contract,) = _contracts(text)
    assert "caf" not in {s.org_type for s in contract.signatories}
    assert contract.funding == []


def test_an_aside_between_dashes_inside_an_inline_list_is_no_part_of_its_item():
    text = ("Le contrat local de santé de Saint-Dizier, signé le 3 mars 2026, s'articule autour de trois priorités : "
            "l'accès aux soins, la santé environnementale — qualité de l'air et îlots de chaleur en ville — et le "
            "vieillissement en bonne santé.")
    (contract,) = _contracts(text)
    assert contract.axes == ["l'accès aux soins", "la santé environnementale", "le vieillissement en bonne santé"]


def test_the_caf_as_it_writes_itself_signs():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026 par la Ville, l'ARS Grand Est et la Caf "
            "de la Haute-Marne.")
    (contract,) = _contracts(text)
    assert [s.name for s in contract.signatories if s.org_type == "caf"] == ["Caf de la Haute-Marne"]


def test_the_first_contract_told_as_signed_on_a_later_contracts_page_is_a_record():
    # a renewal's preamble: "Le premier contrat … a été signé le … entre …, pour la période … Il portait quatre axes"
    text = ("Deuxième contrat local de santé de la Communauté d'agglomération de Chaumont 2027-2031\n"
            "Le présent contrat a été signé le 3 décembre 2026 par la Communauté d'agglomération de Chaumont et l'ARS "
            "Grand Est.\n"
            "Le premier contrat local de santé de l'agglomération a été signé le 29 juin 2021 entre la Communauté "
            "d'agglomération de Chaumont, l'Agence régionale de santé Grand Est et la préfecture de la Haute-Marne, pour "
            "la période 2021-2025. Il portait trois axes : l'accès aux soins ; la santé mentale ; la nutrition.\n")
    contracts = _contracts(text)
    assert [(c.status, c.signing_date) for c in contracts] == [("renewed", "2026-12-03"), ("signed", "2021-06-29")]
    assert {s.org_type for s in contracts[1].signatories} == {"epci", "ars", "prefecture"}


def test_an_amount_each_of_two_funders_named_with_a_repeated_par_is_two_entries():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026. Le poste de coordination est financé à "
            "parts égales par l'ARS Grand Est et par Saint-Dizier, à hauteur de 30 000 € par an chacun.")
    (contract,) = _contracts(text)
    assert sorted(f.amount_eur for f in contract.funding) == [30000, 30000]


def test_the_state_represented_by_the_regional_prefect_signs_as_the_departements_prefecture():
    text = ("Le contrat local de santé de la Communauté d'agglomération de Chaumont a été signé le 3 mars 2026 entre la "
            "communauté d'agglomération, l'État, représenté par la préfète de la région Grand Est, préfète de la "
            "Haute-Marne, et l'ARS Grand Est.")
    (contract,) = _contracts(text)
    assert [s.name for s in contract.signatories if s.org_type == "prefecture"] == ["Préfecture de la Haute-Marne"]


def test_a_page_of_the_acronyms_meanings_is_no_contracts_page():
    text = ("CLS — Page d'homonymie\n"
            "CLS peut désigner :\n"
            "- Contrat local de santé, outil de contractualisation entre une agence régionale de santé et une collectivité "
            "(voir par exemple l'article Pays de Langres) ;\n"
            "- Contrat local de sécurité, ancien dispositif de prévention de la délinquance ;\n"
            "- Common Language Specification, en informatique.\n")
    assert not pipeline.extract(text).is_cls


def test_parties_said_not_to_have_signed_or_not_asked_to_sign_are_none():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026 par la Ville, l'ARS Grand Est et la "
            "CPAM de la Haute-Marne. Le centre hospitalier de Saint-Dizier, partenaire de plusieurs actions, ne l'a pas "
            "signé non plus. Le Département de la Haute-Marne, lui, « n'a pas été sollicité pour signer ».")
    (contract,) = _contracts(text)
    assert {s.org_type for s in contract.signatories} == {"commune", "ars", "cpam"}


def test_a_bare_dsden_is_the_education_service_the_page_names_in_full():
    text = ("La DSDEN signataire du contrat local de santé de Saint-Dizier\n"
            "Le contrat a été signé le 3 mars 2026 par les services départementaux de l'Éducation nationale de la "
            "Haute-Marne, la Ville de Saint-Dizier et l'ARS Grand Est.")
    (contract,) = _contracts(text)
    assert len([s for s in contract.signatories if s.org_type == "education_nationale"]) == 1


def test_a_list_an_excerpt_cuts_off_gives_way_to_the_whole_one():
    # an aggregator's snippets: the first cuts the list ("…"), a later one gives it whole
    text = ("Chaumont Agglomération renouvelle son contrat local de santé\n"
            "  L'agglomération a signé mardi 24 novembre 2026 son deuxième contrat local de santé. Quatre axes ont été "
            "retenus : l'accès aux soins, la santé mentale, …\n"
            "  Contrat local de santé : signature officielle\n"
            "  Le contrat s'articule autour de quatre axes : l'accès aux soins, la santé mentale, le bien vieillir, la "
            "santé environnementale.\n")
    (contract,) = _contracts(text)
    assert contract.axes == ["l'accès aux soins", "la santé mentale", "le bien vieillir", "la santé environnementale"]


def test_a_live_pages_timestamped_day_heading_dates_the_weekday_said_under_it():
    # a live page's updates under "Lundi 21 septembre – 17h40 : …" headings, first published on the 14th
    text = ("Tempête : le fil d'information de la commune\n"
            "Lundi 21 septembre – 17h40 : retour à la normale\n"
            "La signature du contrat local de santé de Saint-Dizier s'est tenue ce lundi avec l'ARS Grand Est.\n"
            "Jeudi 17 septembre – 06h00 : vigilance rouge\n"
            "Les écoles sont fermées.\n"
            "Lundi 14 septembre – 11h00 : ouverture du fil\n"
            "Constituez votre kit.\n")
    (contract,) = _contracts(text, published="2026-09-14")
    assert contract.signing_date == "2026-09-21"


def test_an_intercommunality_no_party_of_a_towns_contract_preparing_its_own_has_one():
    # "X n'est pas signataire du contrat fondettois. Mais la collectivité a lancé l'élaboration de son propre contrat":
    # the town's contract, and the intercommunality's own in preparation
    text = ("La commune de Saint-Avertin a signé lundi son premier contrat local de santé avec l'ARS Centre-Val de Loire.\n"
            "Tours Métropole Val de Loire n'est pas signataire du contrat de la commune. Mais la collectivité a lancé, de "
            "son côté, l'élaboration de son propre contrat local de santé, le premier à l'échelle des vingt-deux communes. "
            "Le diagnostic est en cours.")
    contracts = _contracts(text, published="2026-12-01")
    assert [(c.territory.name, c.status) for c in contracts] == [
        ("Saint-Avertin", "signed"), ("Tours Métropole Val de Loire", "in_preparation")]


def test_an_intercommunality_that_runs_its_own_contract_beside_a_towns_opens_none():
    # the guard: one that already runs its own contract, said in passing, is no contract of the page
    text = ("La commune de Saint-Avertin a signé lundi son premier contrat local de santé avec l'ARS Centre-Val de Loire.\n"
            "Tours Métropole Val de Loire n'est pas signataire du contrat de la commune. Elle conduit son propre contrat "
            "local de santé.")
    assert [c.territory.name for c in _contracts(text, published="2026-12-01")] == ["Saint-Avertin"]


def test_an_article_in_numbered_question_sections_has_its_axes_under_its_list():
    # "1. Pourquoi un contrat local de santé ?" / "2. Qui s'engage ?": the article's sections, no list of axes
    text = ("Malakoff signe son premier contrat local de santé\n\nPublié le 2 décembre 2026\n\n"
            "Lundi 30 novembre, dans la salle du conseil municipal, la Ville et ses partenaires ont signé le tout premier "
            "contrat local de santé (CLS) de Malakoff. Cinq ans, quatre axes, et une feuille de route pour que chacun trouve "
            "plus facilement un médecin.\n\n"
            "1. Pourquoi un contrat local de santé ?\n\nMalakoff compte 30 médecins généralistes pour 30 000 habitants. Le "
            "diagnostic a pointé un recours tardif aux soins chez les étudiants.\n\n"
            "2. Qui s'engage ?\n\nLe contrat a été signé par la Ville de Malakoff, par l'Agence régionale de santé "
            "Île-de-France et par la préfecture des Hauts-de-Seine.\n\n"
            "3. Les 4 axes du contrat\n\nConclu pour la période 2026-2030, le contrat s'organise autour de quatre axes :\n\n"
            "- Faciliter l'accès aux soins de premier recours\n- Prévenir la souffrance psychique\n"
            "- Accompagner le bien-vieillir à domicile\n- Promouvoir l'activité physique\n\n"
            "4. Et concrètement, pour vous ?\n\nUne coordinatrice a pris ses fonctions en septembre.\n")
    (contract,) = _contracts(text, published="2026-12-04")
    assert contract.axes == ["Faciliter l'accès aux soins de premier recours", "Prévenir la souffrance psychique",
                             "Accompagner le bien-vieillir à domicile", "Promouvoir l'activité physique"]


def test_findings_said_not_to_be_priorities_are_no_axes():
    text = ("La communauté d'agglomération de Chaumont prépare son premier contrat local de santé. Voici les premiers "
            "résultats du diagnostic (attention, ce ne sont pas encore les priorités du contrat) :\n"
            "- 41 % des répondants disent avoir renoncé à un soin dans l'année ;\n"
            "- un jeune sur trois dit se sentir souvent stressé ;\n"
            "- la voiture reste indispensable pour consulter.\n")
    (contract,) = _contracts(text)
    assert contract.axes == []


def test_a_platform_the_town_posts_on_is_no_part_of_its_name():
    text = ("Ville de Malakoff sur Instagram : « C'est signé ! Hier soir, Malakoff a signé son premier contrat local de "
            "santé. Ont signé : l'ARS Île-de-France et la CPAM des Hauts-de-Seine. »")
    (contract,) = _contracts(text, published="2026-12-02")
    assert "Ville de Malakoff" in [s.name for s in contract.signatories]
    assert all("Instagram" not in s.name for s in contract.signatories)


def test_a_deliberations_next_article_paying_the_other_half_is_an_entry_and_the_grantee_no_funder():
    # "l'ARS attribue à la Communauté de communes une subvention de 25 000 €" / "Article 2 : La Communauté de communes
    # assure l'autre moitié": two entries, the ARS's and the community's
    text = ("Décision du président relative au contrat local de santé de la Communauté de communes de Chaumont.\n"
            "Article 1 : D'approuver la convention par laquelle l'Agence régionale de santé Grand Est attribue à la "
            "Communauté de communes une subvention de 25 000 € au titre de l'année 2027, correspondant à la moitié du coût "
            "du poste de coordination du contrat local de santé.\n"
            "Article 2 : La Communauté de communes assure l'autre moitié du financement du poste.\n")
    (contract,) = _contracts(text)
    assert sorted((f.amount_eur, f.funder) for f in contract.funding) == [
        (25000, "ARS Grand Est"), (25000, "Communauté de communes")]


@pytest.mark.parametrize("text", [
    # a council's wish for one, rejected
    "Bolbec. Santé : le vœu de l'opposition pour un contrat local de santé rejeté\n\nLe conseil municipal de Bolbec a "
    "surtout été consacré aux finances. Le groupe d'opposition avait déposé un vœu demandant au maire « d'engager dès 2027 "
    "l'élaboration d'un contrat local de santé avec l'Agence régionale de santé ». « Des villes comparables se sont dotées "
    "d'un contrat local de santé. Nous sommes en retard. » Le vœu a été rejeté par 23 voix contre 8.",
    # a petition's page
    "Pétition\n\nPour un contrat local de santé à Wassy\n\nAuteur : Collectif Santé Wassy\nDestinataire : M. le maire de "
    "Wassy\n\nD'autres villes de Haute-Marne se sont engagées dans un contrat local de santé.\n\nNous demandons au maire et "
    "au conseil municipal :\n1. d'engager sans attendre l'élaboration d'un contrat local de santé ;\n2. de solliciter l'ARS "
    "Grand Est.\n",
])
def test_a_wish_motion_or_petition_for_a_contract_is_no_contract(text):
    assert not pipeline.extract(text).is_cls


def test_a_renewals_first_contract_told_in_its_own_section_with_its_list_is_a_record():
    # a contract PDF's section on the first contract: "Le premier contrat local de santé de la Ville a été signé le …
    # par …" then "Il s'organisait autour de trois axes :" and its list
    text = ("Deuxième contrat local de santé de la Ville de Tournon-sur-Rhône 2026-2030\n"
            "Le présent contrat a été signé le 24 novembre 2026 par la Ville de Tournon-sur-Rhône et l'ARS "
            "Auvergne-Rhône-Alpes.\n\n"
            "LE PREMIER CONTRAT LOCAL DE SANTÉ\n\n"
            "Le premier contrat local de santé de la Ville a été signé le 6 juin 2019 par la Ville de Tournon-sur-Rhône, "
            "l'Agence régionale de santé Auvergne-Rhône-Alpes et la préfecture de l'Ardèche, pour la période 2019-2023.\n\n"
            "Il s'organisait autour de trois axes :\n1. Faciliter l'accès aux soins de proximité\n"
            "2. Prévenir les conduites à risque chez les jeunes\n3. Bien vieillir à domicile\n")
    contracts = _contracts(text)
    assert [(c.status, c.signing_date) for c in contracts] == [("renewed", "2026-11-24"), ("signed", "2019-06-06")]
    assert contracts[1].axes == ["Faciliter l'accès aux soins de proximité",
                                 "Prévenir les conduites à risque chez les jeunes", "Bien vieillir à domicile"]


def test_a_party_whose_signature_waits_on_its_own_vote_is_none():
    text = ("CONTRAT LOCAL DE SANTÉ DE LA VILLE DE TOURNON-SUR-RHÔNE\nENTRE\n"
            "La Ville de Tournon-sur-Rhône, représentée par son maire,\n"
            "L'Agence régionale de santé Auvergne-Rhône-Alpes, représentée par son directeur général,\n"
            "La Caisse d'allocations familiales de l'Ardèche, sous réserve de la décision de son conseil d'administration,\n"
            "IL EST CONVENU CE QUI SUIT :\n"
            "Fait à Tournon-sur-Rhône, le 24 novembre 2026.\n"
            "Pour la Ville de Tournon-sur-Rhône, le Maire\n"
            "Pour l'Agence régionale de santé Auvergne-Rhône-Alpes, le Directeur général\n"
            "Pour la Caisse d'allocations familiales de l'Ardèche, (signature après délibération du conseil "
            "d'administration)\n")
    (contract,) = _contracts(text)
    assert "caf" not in {s.org_type for s in contract.signatories}


def test_an_intercommunality_named_by_its_kind_signing_its_own_beside_a_member_towns_contract():
    # a live chat with an intercommunality's vice-president: "la communauté d'agglomération a signé son premier contrat
    # local de santé intercommunal"; the page also tells a member town's own earlier contract
    text = ("Ce vendredi, Laurence Girardin, vice-présidente de Chaumont Agglomération chargée de la santé, a répondu à vos "
            "questions sur le contrat local de santé signé mardi.\n\n"
            "[12:01] Modération : Pour commencer, un rappel : mardi, la communauté d'agglomération a signé son premier "
            "contrat local de santé intercommunal avec l'ARS Grand Est et la préfecture de la Haute-Marne.\n\n"
            "[12:19] Laurence Girardin : Nogent avait signé son propre contrat le 14 mars 2022, avec l'ARS et la "
            "préfecture, pour la période 2022-2026.\n")
    contracts = _contracts(text, published="2026-12-04")
    epci = [c for c in contracts if c.territory.type == "epci"]
    assert [c.territory.name for c in epci] == ["Communauté d'agglomération de Chaumont"]
    assert epci[0].status == "signed"


def test_axes_counted_aloud_after_a_speakers_label():
    # "[12:09] Laurence Girardin : Nous avons trois axes. Un, …. Deux, …. Trois, …."
    text = ("Le contrat local de santé de Chaumont Agglomération a été signé le 1er décembre 2026.\n"
            "[12:09] Laurence Girardin : Nous avons trois axes. Un, l'accès à un médecin traitant. Deux, la santé mentale, "
            "en particulier des jeunes. Trois, le vieillissement à domicile.\n")
    (contract,) = _contracts(text)
    assert contract.axes == ["l'accès à un médecin traitant", "la santé mentale", "le vieillissement à domicile"]


def test_a_bare_weekday_after_a_signing_participle_in_prose_dates_it():
    text = "Les habitants ont découvert le contrat local de santé de Saint-Dizier signé mardi à l'hôtel de ville."
    (contract,) = _contracts(text, published="2026-12-04")
    assert contract.signing_date == "2026-12-01"


def test_a_headlines_signing_participle_gives_no_past_day():
    # the guard: a headline may tell what is to come ("… sera signé vendredi" in the text)
    text = ("Saint-Dizier : le contrat local de santé signé vendredi\nLe contrat local de santé de Saint-Dizier sera signé "
            "vendredi à l'hôtel de ville.")
    (contract,) = _contracts(text, published="2026-12-04")
    assert contract.signing_date != "2026-11-27"


def test_a_slide_decks_list_of_signatories_gives_the_contract_its_territory_not_the_neighbours_slide():
    # a mayors' conference deck: "Signataires pressentis :" / " – Communauté de communes …" first; a slide "Et les
    # territoires voisins ?" names another community's contract
    text = ("CONFÉRENCE DES MAIRES\nJeudi 19 novembre 2026\nCommunauté de communes Bresse Haute Seille\n"
            "4. SANTÉ : LANCEMENT DU CONTRAT LOCAL DE SANTÉ\n"
            "• Diagnostic réalisé par l'ORS en 2026\n• Signature visée en mai 2027\n"
            "GOUVERNANCE\nSignataires pressentis :\n – Communauté de communes Bresse Haute Seille\n"
            " – ARS Bourgogne-Franche-Comté\n – Préfecture du Jura\n"
            "Et les territoires voisins ?\n"
            "• Espace Communautaire Lons Agglomération : CLS de 2e génération en cours\n")
    assert [c.territory.name for c in _contracts(text)] == ["Communauté de communes Bresse Haute Seille"]


def test_a_contract_named_after_an_unknown_place_the_page_calls_our_quartier_is_that_quartiers():
    text = ("Le mardi 19 mai, à la maison de santé, signature du contrat local de santé du Blosne. C'est le premier contrat "
            "local de santé propre à notre quartier ; il s'ajoute au contrat de la Ville de Rennes sans le remplacer.")
    (contract,) = _contracts(text, published="2026-12-01")
    assert (contract.territory.name, contract.territory.type) == ("Blosne", "quartier")
