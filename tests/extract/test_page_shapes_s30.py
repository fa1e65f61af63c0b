"""Page shapes met in the thirtieth session (the first contacts of round 31 and the real pages), end to end: each test
states the class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pipeline


def _one(text: str, **kw):
    (contract,) = pipeline.extract(text, **kw).contracts
    return contract


def test_an_intercommunality_named_bare_as_an_enumeration_is_read_whole():
    # its official name lists its parts; written with a comma, no capitalised run holds it, and its first part is a town
    text = ("Santé : le contrat est signé\n\nLe contrat local de santé de Comtal, Lot et Truyère a été signé vendredi "
            "13 mars 2026 à Espalion avec l'ARS Occitanie et la préfecture de l'Aveyron.")
    contract = _one(text, published="2026-03-16")
    assert contract.territory.type == "epci"
    assert contract.territory.name == "Communauté de communes Comtal Lot et Truyère"


def test_an_enumerated_intercommunality_that_signs_is_not_its_last_town():
    text = ("Santé : un premier contrat\n\nChavanon Combrailles et Volcans a signé jeudi 5 février 2026 son premier "
            "contrat local de santé avec l'ARS Auvergne-Rhône-Alpes.")
    contract = _one(text, published="2026-02-07")
    assert contract.territory.name == "Communauté de communes Chavanon Combrailles et Volcans"


def test_a_health_professionals_union_keeps_its_profession_and_region():
    text = ("TERRITOIRES : L'URPS SIGNE, L'URPS S'ENGAGE\n\nLe mardi 6 octobre 2026, à Montauban, l'URPS Pharmaciens "
            "Occitanie a signé le deuxième contrat local de santé de la Ville de Montauban, aux côtés de l'ARS Occitanie.")
    names = [s.name for s in _one(text, published="2026-10-20").signatories]
    assert "URPS Pharmaciens Occitanie" in names
    assert not any(n in ("URPS", "URPS S'ENGAGE") or n.lower().endswith("s'engage") for n in names)


def test_a_fact_box_labelled_axes_line_lists_the_axes():
    # an HTML definition list flattened to "- Label : value" lines; the axes' <br> joined by commas
    text = ("Une navette pour les rendez-vous médicaux\n\nLa ligne relie les bourgs au pôle de santé deux fois par "
            "semaine.\n\nLe contrat local de santé de la Ville de Vimoutiers en bref\n\n"
            "- Signé le : 12 février 2026, à la mairie\n- Durée : 2026-2030\n"
            "- Signataires : Ville de Vimoutiers, ARS Normandie, Préfecture de l'Orne\n"
            "- Axes : 1. Accès aux soins et mobilité, 2. Santé des jeunes, 3. Bien vieillir à domicile, 4. Santé mentale")
    assert _one(text).axes == ["Accès aux soins et mobilité", "Santé des jeunes", "Bien vieillir à domicile",
                               "Santé mentale"]


def test_this_contracts_aims_each_with_its_a_are_its_axes():
    text = ("Cosne-Cours-sur-Loire signe son deuxième contrat local de santé\n\nLa Ville a signé mardi 3 mars 2026 son "
            "deuxième contrat local de santé avec l'ARS Bourgogne-Franche-Comté. Le nouveau contrat vise à renforcer "
            "l'offre de soins de proximité, à accompagner la santé des adolescents, à soutenir les aidants et à lutter "
            "contre la sédentarité.")
    assert _one(text, published="2026-03-05").axes == [
        "renforcer l'offre de soins de proximité", "accompagner la santé des adolescents", "soutenir les aidants",
        "lutter contre la sédentarité"]


def test_what_any_cls_aims_at_is_no_axis_list():
    text = ("Le contrat local de santé\n\nLe contrat local de santé vise à réduire les inégalités sociales de santé, à "
            "coordonner les acteurs et à mettre en cohérence les politiques publiques. La Ville de Cosne-Cours-sur-Loire "
            "a signé le sien mardi 3 mars 2026 avec l'ARS Bourgogne-Franche-Comté.")
    assert _one(text, published="2026-03-05").axes == []


def test_a_counted_list_ends_at_the_semicolon_of_a_contents_summary():
    text = ("Le magazine n° 44 – Décembre 2026\n\nAu sommaire : le marché de Noël ; Retour sur la signature du contrat "
            "local de santé : la Ville de Sablé-sur-Sarthe l'a signé le vendredi 13 novembre 2026 avec l'ARS Pays de la "
            "Loire ; il s'organise en trois axes : l'accès aux soins, la santé mentale et le sport santé ; le portrait "
            "de la nouvelle coordinatrice, arrivée en octobre.")
    assert _one(text).axes == ["l'accès aux soins", "la santé mentale", "le sport santé"]


def test_the_council_chamber_where_a_contract_is_signed_is_no_deliberation():
    text = ("Un premier contrat local de santé pour Salazie\n\nC'est dans la salle des délibérations de l'hôtel de ville, "
            "jeudi 19 novembre en fin de matinée, que le maire a apposé sa signature au bas du premier contrat local de "
            "santé de Salazie, aux côtés de l'ARS La Réunion.")
    assert _one(text, published="2026-11-21").signing_date == "2026-11-19"


def test_mentions_of_one_territory_end_in_one_group_whatever_joined_first():
    # a newsletter: its masthead's union (unlinked), the contents line's bare name, a headline's "PAYS DE FRANCE" that
    # joins the masthead's group by its words, then the article's full name, which joins that group once it is linked
    from pipeline.extract.territory import TerritoryMention, group_mentions
    from pipeline.geo import get_gazetteer

    link = get_gazetteer().link("Communauté d'agglomération Roissy Pays de France", kind="epci")
    mentions = [TerritoryMention(15, 44, "URPS Infirmiers Île-de-France", "URPS Infirmiers Île-de-France", None, 1, False),
                TerritoryMention(210, 231, "Roissy Pays de France", "Roissy Pays de France", "epci", 6, True, link),
                TerritoryMention(691, 705, "PAYS DE FRANCE", "PAYS DE FRANCE", "pays_petr", 3, False),
                TerritoryMention(841, 889, "Communauté d'agglomération Roissy Pays de France",
                                 "Communauté d'agglomération Roissy Pays de France", "epci", 5, True, link)]
    linked = [g for g in group_mentions(mentions) if g.best.link is not None]
    assert len(linked) == 1
    assert {m.start for m in linked[0].mentions} >= {210, 841}


def test_an_intercommunality_whose_name_ends_in_a_number_keeps_it():
    # (one word and a number: the complement reads the word alone)
    text = ("Val 81 : la santé au programme\n\nLe conseil communautaire a approuvé le contrat local de santé de la "
            "communauté de communes Val 81, qui sera signé au printemps 2027 par la communauté de communes Val 81 et l'ARS "
            "Occitanie.")
    contract = _one(text, published="2026-12-02")
    assert contract.territory.name == "Communauté de communes Val 81"
    assert "Communauté de communes Val 81" in [s.name for s in contract.signatories]


def test_a_signing_to_come_in_the_month_a_page_is_dated_by_is_announced():
    # a monthly letter dated "Décembre 2026" that sets the signing on a day of that month, in the future tense
    text = ("LA LETTRE DU CONSEIL — N° 12 — DÉCEMBRE 2026\n\nLa communauté de communes du Pays de Valençay signera son "
            "premier contrat local de santé le jeudi 17 décembre 2026, à 18 heures, à la salle des fêtes de Valençay, "
            "avec l'ARS Centre-Val de Loire.")
    contract = _one(text, published="2026-12")
    assert contract.status == "announced"


def test_a_programmes_timed_item_is_dated_by_its_day_heading():
    text = ("Marché de Noël : le programme\nPublié le 1 décembre 2026\n\nVendredi 11 décembre\n- 18 h - Inauguration du "
            "marché\n\nSamedi 12 décembre\n- 10 h - Atelier couronnes\n- 11 h - Hôtel de ville : signature du premier "
            "contrat local de santé de Vitry-le-François. Le contrat sera signé par le maire et l'ARS Grand Est.\n\n"
            "Dimanche 13 décembre\n- 15 h - Concert")
    contract = _one(text)
    assert contract.signing_date == "2026-12-12"
    assert contract.status == "announced"


def test_a_deeds_dates_and_numbers_in_words():
    # a procès-verbal de signature: the act's date opens it in words, its axes are numbered in words, its period's
    # last day is no signing day
    text = ("PROCÈS-VERBAL DE SIGNATURE DU CONTRAT LOCAL DE SANTÉ DE LA COMMUNE DE PORTO-VECCHIO\n\n"
            "L'an deux mille vingt-six, le douze du mois de novembre, à dix heures, en la salle du conseil de l'hôtel de "
            "ville de Porto-Vecchio,\n\nSe sont réunis, en vue de la signature du premier contrat local de santé de la "
            "commune de Porto-Vecchio : la Commune de Porto-Vecchio et l'Agence régionale de santé de Corse.\n\n"
            "Les axes stratégiques sont les suivants :\n\nAxe un — Garantir l'accès aux soins toute l'année ;\n"
            "Axe deux — Prévenir les conduites addictives chez les jeunes ;\nAxe trois — Favoriser le maintien à "
            "domicile.\n\nLe contrat est conclu pour une durée de cinq années, du premier janvier deux mille vingt-sept "
            "au trente et un décembre deux mille trente et un.\n\nAprès lecture faite, les parties ont signé le contrat.")
    contract = _one(text)
    assert contract.signing_date == "2026-11-12"
    assert (contract.period_start, contract.period_end) == (2027, 2031)
    assert contract.axes == ["Garantir l'accès aux soins toute l'année", "Prévenir les conduites addictives chez les jeunes",
                             "Favoriser le maintien à domicile"]


def test_a_newsletters_sending_date_is_its_publication_date():
    text = ("La lettre de votre députée\nN° 12 — Envoyée le vendredi 27 novembre 2026\n\nVendredi dernier, à la salle des "
            "fêtes de Rioz, j'ai assisté à la signature du premier contrat local de santé de la communauté de communes "
            "du Pays Riolais, avec l'ARS Bourgogne-Franche-Comté.")
    assert _one(text).signing_date == "2026-11-20"


def test_findings_the_next_sentence_says_are_no_priorities_are_no_axes():
    text = ("Des étudiants au chevet du territoire\n\nPendant six mois, huit étudiants ont réalisé le diagnostic qui servira "
            "de socle au futur contrat local de santé de la communauté de communes du Pays d'Auxois.\n\n"
            "Ce que le diagnostic a montré\n\n- une densité de médecins généralistes deux fois inférieure à la moyenne "
            "régionale ;\n- une population âgée nombreuse, souvent isolée dans des hameaux ;\n- des difficultés de mobilité "
            "pour les jeunes sans permis ;\n- une mortalité par suicide supérieure à la moyenne départementale.\n\n"
            "Ces constats ne sont pas encore des priorités : ils serviront de point de départ aux groupes de travail. Les "
            "axes du contrat seront arrêtés par le comité de pilotage en janvier.")
    assert _one(text).axes == []


def test_an_area_in_a_title_with_its_plural_article_is_no_village_of_that_name():
    # "… le contrat local de santé des Combrailles" in the title; the article names the intercommunality; a village
    # is called Combrailles
    text = ("Puy-de-Dôme : la chambre signe le contrat local de santé des Combrailles\n\nActualité – 3 décembre 2026\n\n"
            "Le mardi 1er décembre, la chambre a signé le deuxième contrat local de santé de la Communauté de communes "
            "Combrailles Sioule et Morge, aux côtés de l'ARS Auvergne-Rhône-Alpes.")
    record = pipeline.extract(text, title="Puy-de-Dôme : la chambre signe le contrat local de santé des Combrailles")
    assert [c.territory.name for c in record.contracts] == ["Communauté de communes Combrailles Sioule et Morge"]


def test_an_intercommunalitys_name_holding_a_common_word_stays_whole():
    # "Plus" ends no name where the gazetteer knows the whole one
    text = ("Appel à projets : les lauréats\n\nLe comité de sélection de l'appel à projets du contrat local de santé de "
            "Bourges Plus s'est réuni le mardi 13 octobre 2026. Le contrat, signé en 2025, court jusqu'en 2029.")
    assert _one(text, published="2026-10-20").territory.type == "epci"


def test_the_contracts_other_territories_have_make_no_page_about_a_cls():
    text = ("Deux communautés de communes s'unissent pour un centre de santé\n\nLe Pays de Clerval et le Pays de Rougemont "
            "ont signé le 24 novembre 2026 une entente pour gérer ensemble un centre de santé. Interrogé sur un éventuel "
            "rapprochement avec la démarche de contrat local de santé engagée dans d'autres territoires du département, "
            "le président a été clair : « Ce n'est pas un contrat local de santé. »")
    assert pipeline.extract(text).is_cls is False
