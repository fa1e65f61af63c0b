"""Page shapes met in the twenty-seventh session (the first contacts of round 22), end to end: each test states the
class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pipeline
from pipeline.extract import people


def _one(text: str, **kw):
    (contract,) = pipeline.extract(text, **kw).contracts
    return contract


def test_a_plan_that_works_in_line_with_the_contracts_actions_is_a_passing_mention():
    # a housing programme's orientation "en lien avec les actions du contrat local de santé", late in the minutes
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE BRIARE\nConseil communautaire du 12 novembre 2026\n\n"
            "Objet : adoption du programme local de l'habitat 2027-2032\n\n"
            "Le vice-président rappelle que le projet a été arrêté en mai et soumis aux communes membres, qui ont "
            "toutes rendu un avis favorable. Le préfet a demandé de préciser les objectifs de logements sociaux.\n\n"
            "Le programme s'organise autour de quatre orientations :\n"
            "Orientation 1 – Produire des logements adaptés dans les centres-bourgs\n"
            "Orientation 2 – Remettre sur le marché les logements vacants\n"
            "Orientation 3 – Favoriser un habitat sain, en lien avec les actions du contrat local de santé\n"
            "Orientation 4 – Répondre aux besoins des jeunes travailleurs et des personnes âgées\n\n"
            "Le conseil, après en avoir délibéré, adopte le programme local de l'habitat 2027-2032.")
    assert pipeline.extract(text, published="2026-11-20").is_cls is False


def test_back_links_under_each_section_do_not_break_a_list_of_axis_headings():
    # "↑ Retour au sommaire" under each "Axe n – …" heading and its paragraph
    sections = [("Accéder aux soins de proximité", "Accueillir des internes et ouvrir une permanence."),
                ("Bien vieillir à Larmor-Plage", "Repérer les personnes âgées isolées."),
                ("Prendre soin de la santé mentale des jeunes", "Former des adultes relais.")]
    body = "".join(f"Axe {k} – {title}\n\n{para}\n\n↑ Retour au sommaire\n\n" for k, (title, para) in enumerate(sections, 1))
    text = ("Le contrat local de santé de Larmor-Plage a été signé le 5 novembre 2026 par la Ville et l'ARS "
            "Bretagne.\n\n↑ Retour au sommaire\n\n" + body)
    contract = _one(text, published="2026-11-10")
    assert contract.axes == [title for title, _ in sections]


def test_a_reports_page_break_rule_closes_a_section_with_other_money():
    # "---------- p. 4" over a report's key-figures page, whose amounts are other business
    text = ("CPAM DU MORBIHAN\nRAPPORT D'ACTIVITÉ 2025\n\n"
            "-------------------------------------------------- p. 4\n\n"
            "2025 EN CHIFFRES\n\n"
            "540 000 bénéficiaires du régime général\n"
            "290 000 euros consacrés aux actions locales de prévention\n\n"
            "-------------------------------------------------- p. 12\n\n"
            "AGIR SUR LES TERRITOIRES\n\n"
            "Le 3 octobre 2025, la CPAM du Morbihan a signé le premier contrat local de santé de Guidel, avec la "
            "commune et l'ARS Bretagne. La caisse mobilisera 6 000 euros de son fonds de prévention en 2026 pour "
            "les actions de ce contrat.")
    contract = _one(text, published="2026-06-15")
    assert [f.amount_eur for f in contract.funding] == [6000]


def test_the_commune_that_cosigns_is_the_town():
    text = ("Le 3 octobre 2025, la CPAM du Finistère a signé le premier contrat local de santé de Plougastel-Daoulas. "
            "Le contrat a été cosigné par la commune, l'Agence régionale de santé Bretagne et la préfecture du "
            "Finistère.")
    contract = _one(text, published="2026-06-15")
    assert ("commune", "Ville de Plougastel-Daoulas") in [(s.org_type, s.name) for s in contract.signatories]


def test_a_profession_then_a_role_names_a_person():
    # "Camille Aubertin, gériatre et référente du groupement pour le contrat local de santé"
    text = ("La communauté de communes du Vexin Centre prépare son premier contrat local de santé avec l'ARS "
            "Île-de-France. « C'est un vrai sujet », explique Louise Fabre, gériatre et référente du centre "
            "hospitalier pour le contrat local de santé.")
    contract = _one(text, published="2026-12-01")
    assert [p.name for p in contract.people] == ["Louise Fabre"]


def test_in_a_list_that_opens_on_a_name_each_role_is_the_name_before_it():
    text = ("Jean Aubrun, président de la communauté de communes, Claire Vasseur, sous-préfète d'Issoudun, et "
            "Pascal Hérault, directeur départemental de l'ARS, ont signé le contrat.")
    roles = {p.name: p.role for p in people.find_people(text, [])}
    assert roles == {"Jean Aubrun": "président de la communauté de communes",
                     "Claire Vasseur": "sous-préfète d'Issoudun",
                     "Pascal Hérault": "directeur départemental de l'ARS"}


def test_the_scene_paragraph_dates_a_signing_that_opens_the_next_one():
    # "Mercredi 7 octobre, la salle des fêtes accueillait une petite cérémonie … : le deuxième contrat local de santé du
    # territoire." / "X, Y et Z ont apposé leur signature au bas du contrat"
    text = ("Mercredi 7 octobre, la salle des fêtes de Levroux accueillait une petite cérémonie attendue par les élus "
            "de la communauté de communes du Val de l'Indre. Autour de la table, cinq stylos et un document : le "
            "deuxième contrat local de santé du territoire.\n\n"
            "Le président de la communauté de communes et la directrice de l'ARS Centre-Val de Loire ont apposé leur "
            "signature au bas du contrat, qui court jusqu'en 2030.")
    assert _one(text, published="2026-10-09").signing_date == "2026-10-07"


def test_a_byline_is_no_scene_for_a_signing_that_opens_the_next_paragraph():
    text = ("Par la rédaction - 22 janvier 2025 à 09h15\n\n"
            "Le PETR du Pays de Retz a décidé de s'engager dans un contrat local de santé. Le principe a été voté par le "
            "comité syndical.")
    assert _one(text, published="2025-01-22").signing_date is None


def test_a_demonym_whose_only_town_lies_in_another_region_names_no_place():
    # "les Montois" (Mont-de-Marsan's, in the data) on the page of a town of Lorraine whose site names it: the publisher's
    page = ("<html><head><title>Labels et engagements</title>"
            '<meta property="og:site_name" content="Ville de Mont-Saint-Martin"></head><body><main>'
            "<h1>Labels et engagements</h1>"
            "<p>La Ville s'engage au quotidien pour la qualité de vie des Montois.</p>"
            "<h2>Contrat local de santé</h2>"
            "<p>C'est le premier contrat local de santé de la commune. Il lie pour cinq ans la Ville, l'Agence régionale "
            "de santé Grand Est et la Caisse primaire d'assurance maladie de Meurthe-et-Moselle.</p>"
            "</main></body></html>")
    contract = _one(page, published="2026-02-03", html=True)
    assert (contract.territory.type, contract.territory.name) == ("commune", "Mont-Saint-Martin")


def test_a_pays_no_gazetteer_lists_is_the_short_name_of_the_intercommunality_that_holds_it():
    # "le Pays de Villeneuve" beside the "Communauté de communes du Pays de Villeneuve en Armagnac Landais", under a
    # kicker naming its seat town
    title = "Villeneuve-de-Marsan : le Pays de Villeneuve renouvelle son contrat local de santé"
    text = ("Villeneuve-de-Marsan\n\nSanté : le Pays de Villeneuve renouvelle son contrat\n\n"
            "Le deuxième contrat local de santé de la communauté de communes du Pays de Villeneuve en Armagnac Landais a "
            "été signé mercredi soir à la salle des fêtes de Villeneuve-de-Marsan par l'ARS Nouvelle-Aquitaine et la "
            "préfecture des Landes.")
    contract = _one(text, published="2026-11-20", title=title)
    assert (contract.territory.type, contract.territory.insee) == ("epci", "244000774")


def test_an_untyped_nickname_beside_a_known_intercommunality_opens_no_contract_of_its_own():
    # "le deuxième CLS du Sud Bassin" on the page of the agglomeration that signs it
    text = ("COBAS – Agglomération Bassin d'Arcachon Sud\n\n"
            "Contrat local de santé : le deuxième CLS du Sud Bassin est signé\n\n"
            "Mardi 13 octobre, la Communauté d'agglomération du Bassin d'Arcachon Sud a signé son deuxième contrat local "
            "de santé avec l'ARS Nouvelle-Aquitaine. Le document couvre la période 2026-2030 et le Sud Bassin compte "
            "sur lui pour garder ses médecins.")
    contract = _one(text, published="2026-10-15")
    assert contract.territory.type == "epci"


def test_an_idea_noted_down_to_look_into_is_no_contract():
    text = ("[#112] Contrat local de santé ?\n"
            "  Description : Idée évoquée en réunion d'adjoints. Se renseigner auprès de la délégation départementale de "
            "l'ARS sur l'intérêt d'un contrat local de santé pour la commune de Solliès-Pont. Aucune décision prise.\n")
    assert pipeline.extract(text, published="2026-12-03").is_cls is False


def test_the_day_of_a_delegation_to_sign_is_not_the_signing_date():
    # a travel order: "signer en son nom, en vertu de la délégation de signature du 2 septembre 2026, le contrat local
    # de santé …", its programme giving the signing's day
    text = ("ORDRE DE MISSION\n\n"
            "Objet de la mission : représenter le directeur général de l'ARS Guyane et signer en son nom, en vertu de la "
            "délégation de signature du 2 septembre 2026, le contrat local de santé de Mana.\n\n"
            "Programme :\n– Jeudi 10 décembre, 10 h 00 : signature du contrat local de santé, mairie de Mana\n")
    assert _one(text, published="2026-12-05").signing_date == "2026-12-10"


def test_a_contract_said_to_be_the_second_is_a_renewal():
    text = ("Le contrat local de santé de Schœlcher a été signé le 12 juin 2026 par la Ville et l'ARS Martinique. Un "
            "premier contrat avait été signé en 2019 : le contrat actuel est donc le deuxième, et non le premier.")
    # (the first contract is a record of its own, after this one)
    assert pipeline.extract(text, published="2026-11-27").contracts[0].status == "renewed"


def test_a_bulleted_line_announcing_axes_heads_its_sub_items_over_an_earlier_contracts_list():
    text = ("Le contrat local de santé de Schœlcher a été signé le 12 juin 2026 par la Ville et l'ARS Martinique.\n\n"
            "– Un premier contrat avait été signé en 2019. Il ne portait que sur deux axes : l'accès aux droits et la "
            "nutrition.\n"
            "– Le contrat compte quatre axes :\n"
            "    • Accès aux droits et aux soins\n"
            "    • Nutrition et activité physique\n"
            "    • Santé mentale et addictions\n"
            "    • Habitat dégradé et santé\n")
    assert _one(text, published="2026-11-27").axes == [
        "Accès aux droits et aux soins", "Nutrition et activité physique", "Santé mentale et addictions",
        "Habitat dégradé et santé"]


def test_the_numbered_sections_of_a_report_titled_by_the_contract_are_all_the_contracts():
    # a coordinator's report: "Les moyens" names no CLS, yet its money is the contract's
    sections = {
        "1. Ce qui m'a surprise": "L'accueil dans le quartier, où les habitants connaissent bien la démarche et en "
                                  "parlent dès la première semaine, au marché comme devant l'école du quartier. " * 2,
        "2. Le contexte": "Le contrat local de santé du quartier de Dillon a été signé le 12 juin 2026 par la Ville de "
                          "Fort-de-France et l'ARS Martinique, pour la période 2026-2030. " * 2,
        "3. Ce que je ne comprends pas encore": "Le calendrier des instances reste flou : le dernier comité de "
                                                "pilotage date d'octobre et le prochain n'est pas encore fixé. " * 2,
        "4. Les moyens": "Mon poste est financé à parts égales par l'ARS et la Ville, soit 27 500 € chacune par an. "
                         "Il n'y a pas de budget d'actions propre : les actions reposent sur les crédits de chacun des "
                         "partenaires, qui les inscrivent dans leur propre budget annuel, voté chaque printemps par "
                         "leurs instances, et les présentent ensuite au comité de pilotage.",
    }
    text = ("RAPPORT D'ÉTONNEMENT\nTrois mois comme coordinatrice du contrat local de santé du quartier de Dillon\n\n"
            + "".join(f"{head}\n\n{body}\n\n" for head, body in sections.items()))
    assert [f.amount_eur for f in _one(text, published="2026-11-27").funding] == [27500, 27500]


def test_what_one_named_axis_covers_is_no_list_of_axes():
    text = ("Jeudi 24 septembre, la Ville de Fresnes-sur-Escaut et l'ARS Hauts-de-France ont signé le premier contrat local "
            "de santé de la commune. Le contrat comporte un axe « santé et environnement » qui concerne directement le "
            "Parc : qualité de l'air, sites d'anciens terrils, jardins partagés, lutte contre les moustiques tigres.\n"
            "Les quatre axes du contrat :\n"
            "• Accès aux soins et aux droits\n• Santé mentale et lien social\n• Alimentation et activité physique\n"
            "• Santé et environnement\n")
    assert _one(text, published="2026-10-01").axes == [
        "Accès aux soins et aux droits", "Santé mentale et lien social", "Alimentation et activité physique",
        "Santé et environnement"]


def test_a_contents_line_announcing_another_item_holds_no_funding():
    # "3. Mares et zones humides : un programme de 120 000 €" in a newsletter's contents, over numbered items
    filler = " Les chantiers participatifs reprendront cet hiver dans les communes du Parc, avec les habitants." * 4
    text = ("La Lettre du Parc – n° 58 – Octobre 2026\n\nSOMMAIRE\n"
            "1. Haies : 4 km plantées cet automne\n2. Hergnies signe son contrat local de santé\n"
            "3. Mares et zones humides : un programme de 120 000 €\n4. Marchés de producteurs\n\n"
            "1. HAIES : 4 KM PLANTÉES CET AUTOMNE\nVingt agriculteurs ont répondu à l'appel du Parc." + filler + "\n\n"
            "2. HERGNIES SIGNE SON CONTRAT LOCAL DE SANTÉ\nJeudi 24 septembre, la Ville d'Hergnies et l'ARS "
            "Hauts-de-France ont signé le premier contrat local de santé de la commune. L'ARS finance la coordination, "
            "soit 18 000 € par an." + filler + "\n\n"
            "3. MARES ET ZONES HUMIDES : UN PROGRAMME DE 120 000 €\nL'Agence de l'eau soutient à hauteur de 120 000 € "
            "la restauration de 35 mares." + filler + "\n\n"
            "4. MARCHÉS DE PRODUCTEURS\nQuatre communes accueillent cet hiver un marché mensuel." + filler + "\n")
    assert [f.amount_eur for f in _one(text, published="2026-10-05").funding] == [18000]


_PLANS_TABLE = ("Le comité du 7 octobre a dressé un état des contrats passés avec l'État par trois intercommunalités.\n\n"
                "Intercommunalité | Contrat de relance et de transition écologique (CRTE) | Contrat local de santé (CLS) | "
                "Dotations de l'État 2026\n"
                "CC de Damvillers Spincourt | Signé le 18/07/2022 ; avenant le 03/03/2025 | 2e CLS signé le 10/04/2026 "
                "(2026-2030) | 612 400 €\n"
                "CC Val de Meuse - Voie Sacrée | Signé le 29/06/2022 | 1er CLS signé le 05/12/2025 (2026-2030) | 188 900 €\n"
                "CC de l'Aire à l'Argonne | Signé le 18/07/2022 | — | 305 750 €\n")


def test_a_contracts_table_s_other_plan_and_grant_columns_are_not_the_contracts():
    record = pipeline.extract(_PLANS_TABLE, published="2026-10-14")
    got = {c.territory.name: (c.signing_date, [f.amount_eur for f in c.funding]) for c in record.contracts}
    assert got == {"Communauté de communes de Damvillers Spincourt": ("2026-04-10", []),
                   "Communauté de communes Val de Meuse - Voie Sacrée": ("2025-12-05", [])}


def test_a_town_fronted_as_the_seat_of_the_intercommunality_is_its_venue():
    text = ("À Étain, siège de la communauté de communes, le premier contrat local de santé du territoire a été signé le 5 "
            "décembre 2025 par la communauté de communes du Pays d'Étain, l'ARS Grand Est et la CPAM de la Meuse.")
    contract = _one(text, published="2025-12-08")
    assert contract.territory.type == "epci"


def test_a_contract_given_to_a_towns_old_centre_is_that_quartiers():
    text = ("L'Assemblée approuve la signature du premier contrat local de santé consacré au Centre ancien de Béziers, "
            "élaboré par la Ville de Béziers et l'ARS Occitanie avec les habitants du quartier. Le contrat sera signé le "
            "mercredi 16 décembre à l'hôtel de ville.")
    contract = _one(text, published="2026-11-30")
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Centre ancien")


def test_the_prefectures_of_two_departements_sign_each():
    text = ("Le contrat local de santé de la Communauté de communes Flandre Lys a été signé le 12 mars 2026 par la "
            "communauté de communes, l'ARS Hauts-de-France, les préfectures du Nord et du Pas-de-Calais et la CPAM des "
            "Flandres.")
    names = [s.name for s in _one(text, published="2026-03-15").signatories if s.org_type == "prefecture"]
    assert names == ["Préfecture du Nord", "Préfecture du Pas-de-Calais"]


def test_a_signing_done_again_by_a_pronoun_names_its_co_signers():
    text = ("Le 24 novembre, la CPAM du Lot a signé le premier contrat local de santé de la communauté de communes du "
            "Causse de Labastide-Murat. Elle l'a fait aux côtés de la communauté de communes, de l'ARS Occitanie, de la "
            "sous-préfecture de Gourdon et de la MSA Midi-Pyrénées Nord.")
    types = {s.org_type for s in _one(text, published="2026-12-01").signatories}
    assert {"sous_prefecture", "msa"} <= types


def test_a_person_who_has_been_recruited_as_coordinator_has_that_role():
    text = ("Le contrat local de santé de Guérande a été signé le 16 novembre 2026 par la Ville et l'ARS Pays de la Loire. "
            "Maëva Josse a été recrutée comme coordinatrice du contrat local de santé.")
    assert [p.name for p in _one(text, published="2026-11-18").people] == ["Maëva Josse"]


def test_money_said_to_be_outside_the_contracts_credits_is_no_funding():
    text = ("Le contrat local de santé de la communauté de communes du Brionnais a été signé le 3 mars 2026 avec l'ARS "
            "Bourgogne-Franche-Comté. Le conseil communautaire a par ailleurs voté une participation de 6 000 € au bus "
            "santé en 2027 ; cette somme relève du budget général et non des crédits du contrat.")
    assert _one(text, published="2026-11-10").funding == []


def test_a_former_job_in_a_speakers_list_opens_no_contract():
    text = ("Intervenants\n\nLéa Morvan\nChargée de mission à l'Ireps Bretagne. Ancienne coordinatrice du contrat local de "
            "santé de Pordic (2021-2024), elle accompagne aujourd'hui une douzaine de collectivités.\n\n"
            "Yann Rolland\nCoordinateur du futur contrat local de santé du Mené. La commune du Mené prévoit de signer son "
            "contrat avec l'ARS Bretagne au premier semestre 2027.")
    record = pipeline.extract(text, published="2026-11-20")
    assert [c.territory.name for c in record.contracts] == ["Le Mené"]


def test_the_contract_of_the_commune_is_the_town_the_sentence_before_names():
    # a speakers page: a deputy mayor's town named only in her title, beside another speaker's town and its contract
    text = ("Gaëlle Le Bihan\nAdjointe au maire de Ploudalmézeau chargée de la santé. Elle a porté le premier contrat local "
            "de santé de la commune, signé par la Ville le 8 avril 2025 avec l'ARS Bretagne et la préfecture du Finistère "
            "pour la période 2025-2029.\n\n"
            "Yann Rolland\nCoordinateur du futur contrat local de santé du Mené. La commune du Mené prévoit de signer son "
            "contrat avec l'ARS Bretagne au premier semestre 2027.")
    record = pipeline.extract(text, published="2026-11-20")
    assert sorted(c.territory.name for c in record.contracts) == ["Le Mené", "Ploudalmézeau"]


def test_a_first_contract_whose_signing_is_fronted_is_a_record_beside_its_successor():
    # "Signé le 19 juin 2023 par la Ville, l'ARS … et la préfecture …, le premier contrat local de santé de L'Union couvre
    # la période 2023-2027", then "un deuxième contrat local de santé pour la période 2028-2032" in preparation
    text = ("Signé le 19 juin 2023 par la Ville, l'Agence régionale de santé Occitanie et la préfecture de la Haute-Garonne, "
            "le premier contrat local de santé de Balma couvre la période 2023-2027.\n\n"
            "Dès 2027, nous engagerons l'élaboration d'un deuxième contrat local de santé de Balma pour la période "
            "2028-2032.")
    record = pipeline.extract(text, published="2026-11-20")
    assert sorted(c.period_start for c in record.contracts) == [2023, 2028]
    assert [c.status for c in record.contracts if c.period_start == 2023] == ["signed"]


def test_a_bilingual_site_name_and_a_homonymous_one_name_the_publisher():
    # "Saint-Cyprien · Sant Cebrià de Rosselló" (its French part) and "Ville de Vernouillet" (of the Yvelines, which the
    # page names, not of the Eure-et-Loir)
    for site, body, code in [
            ("Saint-Cyprien · Sant Cebrià de Rosselló",
             "Jeudi 15 octobre, le maire et l'ARS Occitanie ont signé le premier contrat local de santé (CLS) de la Ville, "
             "avec la préfecture des Pyrénées-Orientales.", "66171"),
            ("Ville de Vernouillet",
             "Face à ce constat, la Ville s'est engagée à élaborer son premier contrat local de santé, avec la préfecture "
             "des Yvelines et la CPAM des Yvelines.", "78643")]:
        page = (f'<html><head><meta property="og:site_name" content="{site}"></head><body><main><h1>Santé</h1>'
                f"<p>{body}</p></main></body></html>")
        assert _one(page, published="2026-11-13", html=True).territory.insee == code


def test_an_evaluation_table_of_the_first_contracts_axes_is_the_first_contracts():
    # a second contract in preparation for 2026-2031; the table under "Axe du CLS 2019-2025" evaluates the first one's
    text = ("Signé le 28 juin 2019 à Louhans par le PETR de la Bresse bourguignonne, l'ARS Bourgogne-Franche-Comté et la "
            "préfecture de Saône-et-Loire, le premier CLS du territoire devait s'achever en 2023, puis a été prolongé "
            "jusqu'au 31 décembre 2025.\n\n"
            "Ce que dit l'évaluation\n\n"
            "L'évaluation examine chacun des quatre axes du contrat.\n\n"
            "Axe du CLS 2019-2025 | Actions prévues | Actions réalisées | Appréciation\n"
            "Favoriser l'installation des professionnels de santé | 6 | 5 | Objectifs atteints\n"
            "Développer la prévention et l'éducation à la santé | 7 | 4 | Résultats contrastés\n"
            "Accompagner le vieillissement et le maintien à domicile | 5 | 5 | Objectifs atteints\n"
            "Améliorer la prise en charge de la souffrance psychique | 4 | 2 | Axe à renforcer\n\n"
            "Vers un deuxième contrat local de santé\n\n"
            "Le comité syndical du PETR de la Bresse bourguignonne a approuvé le 22 janvier le lancement de l'élaboration "
            "d'un deuxième contrat local de santé. Il couvrira la période 2026-2031.")
    record = pipeline.extract(text, published="2026-02-10")
    axes = {c.status: len(c.axes) for c in record.contracts}
    assert axes == {"signed": 4, "in_preparation": 0}


def test_the_axes_named_among_a_counted_list_are_the_contracts():
    text = ("Le troisième contrat local de santé de Barentin a été signé samedi 21 novembre par la Ville et l'ARS "
            "Normandie. Le nouveau contrat compte cinq axes. Parmi eux figurent l'accès aux soins, avec l'arrivée "
            "attendue de deux médecins au printemps, la santé des seniors et la prévention des addictions chez les "
            "jeunes.")
    assert _one(text, published="2026-11-25").axes == [
        "l'accès aux soins", "la santé des seniors", "la prévention des addictions chez les jeunes"]


def test_a_prize_page_s_headed_cards_each_give_their_own_contract():
    # "Prix … : Gentilly (Val-de-Marne)" over "l'action relève du contrat local de santé de la ville, renouvelé …"; a card
    # whose intercommunality "anime son tout premier contrat"; a card whose town "ne dispose pas de contrat local de santé"
    text = ("Trophées Santé & Territoires 2026 : le palmarès\n\n"
            "Prix de l'action municipale : Arcueil (Val-de-Marne)\n\n"
            "De gauche à droite : la coordinatrice du contrat et l'adjointe à la santé.\n\n"
            "Le jury a récompensé un programme d'activité physique adaptée. L'action relève du contrat local de santé de la "
            "ville, renouvelé le mercredi 2 juillet 2025 par la Ville, l'ARS Île-de-France et la préfecture du "
            "Val-de-Marne.\n\n"
            "Prix de la ruralité : Limetz-Villez (Yvelines)\n\n"
            "Depuis son siège, la communauté de communes Les Portes de l'Île-de-France anime son tout premier contrat local "
            "de santé, signé le jeudi 19 mars avec l'ARS Île-de-France pour 2026-2030.\n\n"
            "Prix santé mentale : Montmagny (Val-d'Oise)\n\n"
            "Le conseil local de santé mentale de Montmagny est distingué. La commune ne dispose pas de contrat local de "
            "santé.\n")
    record = pipeline.extract(text, published="2026-11-26")
    assert sorted((c.territory.type, c.territory.name) for c in record.contracts) == [
        ("commune", "Arcueil"), ("epci", "Communauté de communes Les Portes de l'Ile de France")]


def test_an_acronym_the_press_writes_as_a_word_names_its_intercommunality():
    text = ("Un premier contrat local de santé intercommunal\n\n"
            "Les élus ont approuvé le premier contrat local de santé de la Carene pour la période 2027-2031. La Carene le "
            "signera le vendredi 18 décembre avec l'ARS Pays de la Loire et la préfecture de la Loire-Atlantique.")
    contract = _one(text, published="2026-12-03")
    assert (contract.territory.type, contract.territory.insee) == ("epci", "244400644")


def test_a_short_name_the_heading_writes_is_the_intercommunality_not_a_far_homonym():
    # "LE CONTRAT LOCAL DE SANTÉ DES COMBES" on the Communauté de communes des Combes's page (Haute-Saône), not the
    # commune Les Combes (Doubs)
    text = ("Communauté de communes des Combes\n\n"
            "LE CONTRAT LOCAL DE SANTÉ DES COMBES : LE CLS II (2025-2029)\n\n"
            "Le contrat a été signé le 11 avril 2025 par la Communauté de communes des Combes, l'ARS "
            "Bourgogne-Franche-Comté, la Préfecture de la Haute-Saône et la CPAM de la Haute-Saône.")
    contract = _one(text, published="2025-05-02")
    assert (contract.territory.type, contract.territory.name) == ("epci", "Communauté de communes des Combes")


def test_a_heading_that_counts_the_axes_gives_way_to_the_list_s_own_header():
    # "Quatre axes de travail" / a paragraph on the diagnostic / "Le comité de pilotage a retenu quatre axes :" / the list
    text = ("Le premier contrat local de santé de Balma a été signé le lundi 23 novembre 2026 par la Ville et l'ARS "
            "Occitanie.\n\n"
            "Quatre axes de travail\n\n"
            "Le contrat s'appuie sur le diagnostic local de santé réalisé au premier semestre 2026 : sept cents habitants "
            "ont répondu au questionnaire. Le comité de pilotage a retenu quatre axes :\n"
            "1. Axe 1 – Favoriser l'accès aux soins : accompagner l'installation de médecins.\n"
            "2. Axe 2 – Prévenir la perte d'autonomie des seniors : ateliers mémoire.\n"
            "3. Axe 3 – Promouvoir la santé mentale des jeunes : permanences d'écoute.\n"
            "4. Axe 4 – Agir pour un cadre de vie favorable à la santé : îlots de fraîcheur.\n")
    assert _one(text, published="2026-11-25").axes == [
        "Favoriser l'accès aux soins", "Prévenir la perte d'autonomie des seniors", "Promouvoir la santé mentale des jeunes",
        "Agir pour un cadre de vie favorable à la santé"]


def test_the_contract_of_the_town_is_the_one_its_paragraph_says_one_went_to():
    # a report's box: "Vos rapporteurs se sont rendus à Coutances … le premier contrat local de santé de la ville …"
    text = ("Encadré n° 5 – un contrat communal au cœur d'une intercommunalité rurale\n\n"
            "Vos rapporteurs se sont rendus à Valognes le vendredi 2 octobre 2026. Signé le 11 avril 2025 à l'hôtel de "
            "ville par le maire, M. Hervé Lemonnier, par le directeur de la délégation départementale de la Manche de l'ARS "
            "Normandie et par la directrice de la CPAM de la Manche, le premier contrat local de santé de la ville couvre "
            "la période 2025-2029.")
    assert _one(text, published="2026-11-20").territory.name == "Valognes"
