"""Page shapes met in the twenty-second session (the unworked errors of the seventh round of session 21, first
contacts hj–…), end to end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline
from pipeline.extract.dates import publication_date_from_text
from pipeline.geo import get_gazetteer


def test_an_intercommunality_named_before_its_kind_word_mid_name_is_found():
    # official names with the kind word inside ("Grand Orb Communauté de Communes en Languedoc", "Guingamp-Paimpol
    # Agglomération de l'Armor à l'Argoat"): the words before it name the EPCI
    gaz = get_gazetteer()
    orb = gaz.link("Grand Orb", kind="epci")
    assert orb is not None and orb.insee == "200042646"
    assert gaz.link("Guingamp-Paimpol", kind="epci").insee == "200067981"
    text = ("Vers un contrat local de santé pour Grand Orb\n\n"
            "Le comité de pilotage du futur contrat local de santé de Grand Orb s'est réuni pour la première fois. Le contrat "
            "sera élaboré par la communauté de communes et l'ARS Occitanie, qui le signeront à l'automne 2027.\n")
    (contract,) = pipeline.extract(text, published="2026-10-21").contracts
    assert contract.territory.insee == "200042646"


def test_a_dateline_with_its_update_time_dates_the_page():
    # "Mercredi 7 octobre 2026, mis à jour à 06h45" under a daily's masthead
    text = ("LE QUOTIDIEN | Gardanne\nMercredi 7 octobre 2026, mis à jour à 06h45\n\nSanté : un contrat renouvelé\n\n"
            "La Ville a signé hier son deuxième contrat local de santé.\n")
    assert publication_date_from_text(text)[0] == "2026-10-07"


def test_a_sous_prefet_acting_for_a_named_prefecture_adds_no_second_state_party():
    # the préfecture is a party in its own right; the sous-préfet only represents the préfet
    text = ("Le mardi 6 octobre, la Ville de Gardanne a signé son deuxième contrat local de santé. La commune, l'ARS "
            "Provence-Alpes-Côte d'Azur et la préfecture des Bouches-du-Rhône s'engagent jusqu'en 2030. Autour de la table, "
            "la maire Sabine Orsatti et le sous-préfet d'Aix-en-Provence, Arnaud Levasseur, représentant le préfet.\n")
    (contract,) = pipeline.extract(text, published="2026-10-07").contracts
    state = [s.org_type for s in contract.signatories if s.org_type in ("prefecture", "sous_prefecture")]
    assert state == ["prefecture"]


def test_a_sous_prefet_representing_the_prefet_signs_for_the_state_alone():
    # no préfecture named as a party: the sous-préfecture that stood for it is the State's signature
    text = ("Le contrat local de santé de Cusset a été signé le 3 juin par le maire de Cusset, la directrice de la "
            "délégation départementale de l'ARS Auvergne-Rhône-Alpes et le sous-préfet de Vichy, qui représentait le "
            "préfet de l'Allier. Il court de 2026 à 2030.\n")
    (contract,) = pipeline.extract(text, published="2026-06-05").contracts
    state = [s.org_type for s in contract.signatories if s.org_type in ("prefecture", "sous_prefecture")]
    assert state == ["sous_prefecture"]


def test_a_department_name_ending_in_ne_before_signera_is_no_refusal():
    # "la CPAM de la Haute-Garonne signera également": "ne signe" inside "Garonne signera" is no exclusion
    text = ("Signature du contrat local de santé\n\nLa commune vous invite à la signature de son premier contrat local de "
            "santé, qui sera signé par le maire et par l'ARS Occitanie le mardi 15 décembre 2026.\n"
            "La Caisse primaire d'assurance maladie de la Haute-Garonne signera également le contrat.\n")
    (contract,) = pipeline.extract(text, published="2026-11-19", title="Villemur-sur-Tarn").contracts
    assert "cpam" in {s.org_type for s in contract.signatories}


def test_a_facilitys_cost_is_not_the_contracts_funding():
    # a building's money in its own clause ("la maison de santé …, dont le coût atteint 3,4 millions d'euros")
    text = ("La communauté de communes de la Haute Somme a signé le 4 novembre son premier contrat local de santé avec "
            "l'ARS Hauts-de-France, pour 2026-2030.\n\nCôté budget, l'ARS financera la moitié du poste de coordinateur, soit "
            "22 000 euros par an. Quant à la maison de santé pluriprofessionnelle de Roisel, dont le coût atteint 3,4 millions "
            "d'euros, c'est un autre dossier.\n")
    (contract,) = pipeline.extract(text, published="2026-11-06").contracts
    assert [f.amount_eur for f in contract.funding] == [22000]


def test_money_spread_over_a_whole_region_is_not_the_contracts_funding():
    text = ("Le Moule a signé le 30 septembre son premier contrat local de santé avec l'ARS Guadeloupe, pour 2026-2030. "
            "L'ARS consacre 40 000 euros sur deux ans à la coordination du contrat. Par ailleurs, le Fonds d'intervention "
            "régional mobilise en 2026 plus de 4,5 millions d'euros pour la prévention sur l'ensemble de l'archipel.\n")
    (contract,) = pipeline.extract(text, published="2026-10-02").contracts
    assert [f.amount_eur for f in contract.funding] == [40000]


def test_a_list_closed_by_its_period_takes_no_later_agenda_item():
    # "– Axe 1 : … ;" … "– Axe 4 : Santé mentale." in council minutes: the items after it are the agenda's
    text = ("VILLE D'YVETOT\nCOMPTE RENDU DU CONSEIL MUNICIPAL\n\n"
            "4. Contrat local de santé 2026-2030 – Approbation\n"
            "Le contrat, conclu entre la Ville d'Yvetot et l'Agence régionale de santé Normandie, comprend les axes suivants :\n"
            "– Axe 1 : Accès aux soins ;\n– Axe 2 : Bien vieillir et lutter contre l'isolement ;\n"
            "– Axe 3 : Santé des enfants et des adolescents ;\n– Axe 4 : Santé mentale.\n"
            "La communauté de communes sera associée au comité de pilotage.\n"
            "Le conseil municipal APPROUVE le contrat et AUTORISE le maire à le signer.\n\n"
            "5. Convention de mise à disposition du gymnase au collège – Adopté.\n\n6. Questions diverses\n")
    (contract,) = pipeline.extract(text, published="2026-10-06").contracts
    assert contract.axes == ["Accès aux soins", "Bien vieillir et lutter contre l'isolement",
                             "Santé des enfants et des adolescents", "Santé mentale"]


def test_roles_written_before_names_in_a_chain_go_to_the_names_they_precede():
    # "le président de l'intercommunalité, Thierry Gobillard, le délégué territorial de l'ARS, Yannick Mercier, …"
    text = ("Jeudi 5 mars, la communauté de communes Côtes de Champagne et Val de Saulx a signé son deuxième contrat local "
            "de santé. Autour de la table : le président de l'intercommunalité, Thierry Gobillard, le délégué territorial "
            "de la Marne de l'ARS Grand Est, Yannick Mercier, le secrétaire général de la préfecture de la Marne et le "
            "directeur de la MSA. Tous ont signé le contrat, qui court jusqu'en 2030.\n")
    (contract,) = pipeline.extract(text, published="2026-03-07").contracts
    roles = {p.name: p.role for p in contract.people}
    assert roles["Thierry Gobillard"] == "président de l'intercommunalité"
    assert roles["Yannick Mercier"].startswith("délégué territorial")


def test_an_earlier_contract_counted_in_the_past_gives_way_to_the_new_list():
    # "Il comptait deux axes seulement : …" then "Les cinq axes du nouveau contrat :"
    text = ("La communauté de communes du Perche a signé jeudi son deuxième contrat local de santé avec l'ARS Centre-Val "
            "de Loire.\n\nLe premier CLS avait été signé en 2020. Il comptait deux axes seulement : l'accès aux soins et la "
            "prévention auprès des seniors.\n\nLes trois axes du nouveau contrat :\n- l'accès aux soins ;\n"
            "- la santé des jeunes ;\n- le bien vieillir à domicile.\n")
    contract = pipeline.extract(text, published="2026-03-07").contracts[0]
    assert contract.axes == ["l'accès aux soins", "la santé des jeunes", "le bien vieillir à domicile"]


def test_the_signing_of_a_look_alike_makes_no_party_of_the_contract():
    # "le contrat local de santé mentale du Noyonnais, signé en 2022 à l'échelle de la communauté de communes": the
    # intercommunality signed the mental-health contract, not the town's CLS
    text = ("La Ville de Noyon signera son premier contrat local de santé le samedi 12 décembre. Il ne faut pas confondre "
            "le futur contrat avec le contrat local de santé mentale du Noyonnais, signé en 2022 à l'échelle de la "
            "communauté de communes du Pays Noyonnais.\nLe contrat sera signé par la Ville de Noyon, l'Agence régionale "
            "de santé Hauts-de-France et la préfecture de l'Oise.\n")
    (contract,) = pipeline.extract(text, published="2026-12-01").contracts
    assert "epci" not in {s.org_type for s in contract.signatories}


def test_a_party_that_will_sign_later_is_not_a_signatory_of_the_signed_contract():
    # "Retenue par une autre réunion, la MSA signera le document dans les prochaines semaines" ("Auvergne signera"
    # holds no "ne signe" either)
    text = ("Mardi, le président du Pays de Combrailles, la directrice de la délégation départementale de l'ARS "
            "Auvergne-Rhône-Alpes et le directeur de la CPAM du Puy-de-Dôme ont signé le troisième contrat local de santé "
            "du Pays, pour 2026-2031. Retenue par une autre réunion, la MSA Auvergne signera le document dans les "
            "prochaines semaines.\n")
    (contract,) = pipeline.extract(text, published="2026-10-16").contracts
    assert "msa" not in {s.org_type for s in contract.signatories}
    assert "cpam" in {s.org_type for s in contract.signatories}


def test_the_intercommunalities_a_pays_contract_covers_are_not_its_parties():
    # "Il engage le PETR et ses partenaires sur l'ensemble des quatre intercommunalités : A, B, C et D"
    text = ("Le contrat local de santé du PETR du Pays Haut Languedoc et Vignobles a été signé le vendredi 26 septembre "
            "avec l'ARS Occitanie. Il engage le PETR et ses partenaires pour 2025-2029 sur l'ensemble des quatre "
            "intercommunalités : Avant-Monts, Grand Orb, Minervois au Caroux et Sud-Hérault.\n")
    (contract,) = pipeline.extract(text, published="2025-09-30").contracts
    assert "epci" not in {s.org_type for s in contract.signatories}


def test_an_evaluations_past_list_of_axes_gives_way_to_no_list_of_recommendations():
    # "Le contrat comptait quatre axes" in a final evaluation, then "5. RECOMMANDATIONS": the axes are the contract's
    text = ("Le contrat local de santé de la Communauté d'agglomération de la Région de Château-Thierry a été signé le 19 "
            "novembre 2020.\n\nLe contrat comptait quatre axes stratégiques :\nAxe 1. Améliorer l'accès aux soins\n"
            "Axe 2. Promouvoir la santé mentale\nAxe 3. Favoriser le dépistage des cancers\nAxe 4. Agir pour la santé des "
            "jeunes\n\n5. RECOMMANDATIONS\nRecommandation 1 – Resserrer un futur contrat sur quatre priorités.\n"
            "Recommandation 2 – Désigner un pilote pour chaque fiche-action.\n"
            "Recommandation 3 – Associer les habitants au comité de pilotage.\n")
    (contract,) = pipeline.extract(text, published="2026-09-30").contracts
    assert contract.axes[0] == "Améliorer l'accès aux soins"
    assert len(contract.axes) == 4


def test_a_magazine_titled_with_its_communitys_name_is_that_communitys():
    # "L'OUST À BROCÉLIANDE MAG" / "Le magazine de la communauté de communes – N° 18": "la communauté de communes" that
    # signs is the publisher the title names
    text = ("L'OUST À BROCÉLIANDE MAG\nLe magazine de la communauté de communes – N° 18 – Octobre 2026\n\n"
            "SANTÉ\nLe contrat local de santé à mi-parcours\n\nSigné le 3 juillet 2024 à Malestroit par la communauté de "
            "communes, l'ARS Bretagne et la préfecture du Morbihan, notre premier contrat local de santé couvre la période "
            "2024-2028.\n")
    (contract,) = pipeline.extract(text, published="2026-10-05").contracts
    assert contract.territory.insee == "200066785"


def test_a_title_ending_in_site_officiel_leaves_the_publisher_to_the_header():
    # "… - Site officiel" names no publisher; the header's site name does ("Pont-à-Mousson"), and "la ville" is it
    page = ("<html><head><title>La ville signe son premier contrat local de santé - Site officiel</title></head><body>"
            "<header><span class='site-name'>Pont-à-Mousson</span></header><main><article>"
            "<h1>La ville signe son premier contrat local de santé</h1>"
            "<p>Mardi 24 novembre, la ville s'est dotée de son premier contrat local de santé, de 2026 à 2030.</p>"
            "<p>Le document a été signé par le maire et par la directrice de la délégation territoriale de l'ARS Grand "
            "Est. La Ville et l'ARS Grand Est sont ainsi les signataires du contrat.</p></article></main></body></html>")
    (contract,) = pipeline.extract(page, html=True, published="2026-11-26").contracts
    assert contract.territory.insee == "54431"


def test_a_town_that_hosts_the_signing_is_not_the_contracts_owner():
    # "cette signature accueillie par la Ville" on the seat town's site: the métropole's contract, no town's
    text = ("Signé lundi 9 novembre dans les salons de l'hôtel de ville, le contrat local de santé de Limoges Métropole "
            "couvre les vingt communes de l'agglomération pour 2027-2031.\n\nLa salle était comble pour cette signature "
            "accueillie par la Ville. Le président de Limoges Métropole et la directrice de l'ARS Nouvelle-Aquitaine ont "
            "signé le document.\n")
    contracts = pipeline.extract(text, published="2026-11-12", title="Ville de Limoges").contracts
    assert [c.territory.insee for c in contracts] == ["248719312"]


def test_numbered_lines_with_a_dash_are_list_items_not_wrapped_text():
    # "01 — Garder et attirer des professionnels de santé" one per line under "NOS QUATRE AXES"
    text = ("Le contrat local de santé de la communauté de communes du Pays de l'Huisne Sarthoise a été signé jeudi 8 "
            "octobre avec l'ARS Pays de la Loire.\n\nNOS QUATRE AXES\n01 — Garder et attirer des professionnels de santé\n"
            "02 — Vieillir en bonne santé chez soi\n03 — Protéger la santé des enfants et des jeunes\n"
            "04 — Aller vers les habitants les plus isolés\n\nLe budget annuel de l'animation est de 48 000 euros.\n")
    (contract,) = pipeline.extract(text, published="2026-11-02").contracts
    assert contract.axes[:2] == ["Garder et attirer des professionnels de santé", "Vieillir en bonne santé chez soi"]
    assert len(contract.axes) == 4


def test_a_first_contract_told_in_the_pluperfect_is_its_own_record():
    # "Le premier contrat, signé en mars 2021 par A, B et C pour 2021-2025, avait notamment permis …"
    text = ("Lundi, la communauté de communes de Vitry, Champagne et Der a signé le deuxième contrat local de santé du "
            "territoire avec l'ARS Grand Est, pour 2026-2030.\n\nLe premier contrat, signé en mars 2021 par la communauté "
            "de communes, l'ARS Grand Est et la MSA Marne Ardennes Meuse pour la période 2021-2025, avait notamment permis "
            "l'arrivée de deux médecins généralistes.\n")
    contracts = pipeline.extract(text, published="2026-11-19").contracts
    assert len(contracts) == 2 and contracts[1].generation == 1 and contracts[1].period_start == 2021


def test_a_place_left_out_opens_no_contract_and_a_tally_signs_nothing():
    # "Ils couvrent près d'un habitant sur deux en dehors de Toulouse Métropole"; "onze contrats locaux de santé sont
    # désormais signés" is the département's tally, not the prepared contract's status
    text = ("Coteaux du Girou : un premier contrat local de santé signé, les Coteaux Bellevue sur les rails\n\n"
            "Lundi 30 novembre, la présidente de la communauté de communes des Coteaux du Girou et le directeur de l'ARS "
            "Occitanie ont signé le premier contrat local de santé du territoire, pour 2026-2030.\n\n"
            "Aux Coteaux Bellevue, un contrat en préparation\n\nVoisine, la communauté de communes des Coteaux Bellevue a "
            "délibéré en septembre pour s'engager dans la démarche. Le diagnostic local de santé est en cours. La "
            "signature d'un premier contrat, qui liera "
            "l'intercommunalité et l'ARS, est envisagée avant l'été 2027.\n\nEn Haute-Garonne, onze contrats locaux de "
            "santé sont désormais signés. Ils couvrent près d'un habitant sur deux en dehors de Toulouse Métropole.\n")
    contracts = pipeline.extract(text, published="2026-12-02").contracts
    assert [c.territory.insee for c in contracts] == ["243100732", "243100815"]
    assert [c.status for c in contracts] == ["signed", "in_preparation"]


def test_a_bold_label_holding_its_colon_keeps_the_space_after_it():
    # "<strong>Axe 1 – Accès aux soins :</strong> faciliter …": the axis is the label
    page = ("<html><head><title>Menton signe son premier contrat local de santé</title></head><body><main><article>"
            "<h1>Menton signe son premier contrat local de santé</h1><p>Le 3 mars, la Ville de Menton et l'ARS Provence-"
            "Alpes-Côte d'Azur ont signé le premier contrat local de santé de Menton, pour 2026-2030.</p>"
            "<p>Les axes du contrat :</p><ul><li><strong>Axe 1 – Accès aux soins :</strong> faciliter l'installation de "
            "médecins.</li><li><strong>Axe 2 – Bien vieillir :</strong> repérer la fragilité des personnes âgées.</li>"
            "</ul></article></main></body></html>")
    (contract,) = pipeline.extract(page, html=True, published="2026-04-02").contracts
    assert contract.axes == ["Accès aux soins", "Bien vieillir"]


def test_money_for_all_contracts_and_its_part_and_another_plans_money_are_not_funding():
    text = ("Le PETR du Perche a signé le 5 juin son deuxième contrat local de santé avec l'ARS Centre-Val de Loire. "
            "L'ARS apporte 48 000 euros par an à la coordination. Le contrat régional de solidarité territoriale du Perche "
            "représente pour sa part 4,6 millions d'euros sur six ans, tous domaines confondus. Le premier contrat local de santé avait quant à lui "
            "mobilisé 180 000 € d'actions. En 2026, l'ARS leur consacre au total 2,3 millions d'euros, dont 410 000 € "
            "dans le département.\n")
    (contract,) = pipeline.extract(text, published="2026-06-09").contracts
    assert [f.amount_eur for f in contract.funding] == [48000]


def test_a_body_said_not_to_sign_is_no_signatory():
    # "Le conseil départemental et la CPTS, associés à l'élaboration du contrat, n'en sont pas signataires";
    # "Châteauroux Métropole, qui n'est pas non plus signataire"
    text = ("Le contrat local de santé du Grand Sénonais a été signé le 30 novembre par la communauté d'agglomération du "
            "Grand Sénonais, l'ARS Bourgogne-Franche-Comté et la CPAM de l'Yonne, pour 2027-2031.\n\n"
            "Le conseil départemental de l'Yonne et la CPTS du Sénonais, associés à l'élaboration du contrat, n'en sont pas "
            "signataires. Sens Métropole, qui n'est pas non plus signataire, prêtera son bus de prévention.\n")
    (contract,) = pipeline.extract(text, published="2026-12-02").contracts
    assert "departement" not in {s.org_type for s in contract.signatories}


def test_a_signing_set_for_a_later_day_with_an_adverb_is_announced_with_its_date():
    # "Ce deuxième contrat … sera signé officiellement le mardi 15 décembre à Civray", read on 24 November
    text = ("Signature du contrat local de santé\n\nAprès un premier contrat mené de 2020 à 2025, la communauté de communes "
            "du Civraisien en Poitou renouvelle son contrat local de santé. Ce deuxième contrat, qui couvrira les années "
            "2027 à 2031, sera signé officiellement le mardi 15 décembre à Civray. Il sera signé par le président de la "
            "communauté de communes et la directrice de la délégation départementale de la Vienne de l'ARS "
            "Nouvelle-Aquitaine.\n")
    (contract,) = pipeline.extract(text, published="2026-11-24").contracts
    assert contract.status == "announced"
    assert contract.signing_date == "2026-12-15"


def test_the_rapporteurs_of_other_agenda_items_named_affaire_are_no_people():
    # "AFFAIRE N° 1 – Décision modificative" / "Rapporteur : Mme X, adjointe déléguée aux finances": another item's
    text = ("VILLE DE FORT-DE-FRANCE\nCONSEIL MUNICIPAL\nCOMPTE RENDU SOMMAIRE\n\n"
            "AFFAIRE N° 1 – Décision modificative n° 2 au budget principal 2026\n"
            "Rapporteur : Mme Line Bellay-Ernest, adjointe déléguée aux finances\nAdopté à la majorité.\n\n"
            "AFFAIRE N° 2 – Approbation du deuxième contrat local de santé de la Ville de Fort-de-France (2027-2031)\n"
            "Rapporteure : Mme Josiane Valentin-Rosier, adjointe déléguée à la santé\n"
            "Le contrat sera conclu pour la période 2027-2031 entre la Ville de Fort-de-France et l'Agence régionale de "
            "santé de Martinique. Il s'organise autour de deux axes :\n1. Améliorer l'accès aux soins ;\n"
            "2. Agir pour la santé mentale.\nAdopté à l'unanimité.\n\n"
            "AFFAIRE N° 3 – Convention territoriale globale avec la CAF – avenant n° 1\n"
            "Rapporteure : Mme Marie-Claude Jean-Louis, adjointe déléguée à la famille\nAdopté à l'unanimité.\n\n"
            "AFFAIRE N° 4 – Dénomination d'une voie\nAdopté à l'unanimité.\n")
    (contract,) = pipeline.extract(text, published="2026-11-27").contracts
    assert [p.name for p in contract.people] == ["Josiane Valentin-Rosier"]


def test_an_ordinal_chain_goes_on_with_vient_ensuite_and_enfin():
    # "quatre grandes orientations. La première vise à …. La deuxième porte sur …. Vient ensuite …. Enfin, le contrat
    # entend …"
    text = ("La communauté de communes Convergence Garonne a signé son premier contrat local de santé avec l'ARS "
            "Nouvelle-Aquitaine, pour 2026-2030.\n\nLe contrat s'organise autour de quatre grandes orientations. La première "
            "vise à faciliter l'accès aux soins de premier recours, dans un territoire sans médecins. La deuxième porte sur "
            "la santé mentale, avec la formation de sentinelles. Vient ensuite la prévention des conduites addictives chez "
            "les adolescents, menée avec les collèges. Enfin, le contrat entend préserver un environnement favorable à la "
            "santé, en particulier la qualité de l'eau.\n")
    (contract,) = pipeline.extract(text, published="2026-10-10").contracts
    assert contract.axes == ["faciliter l'accès aux soins de premier recours", "la santé mentale",
                             "la prévention des conduites addictives chez les adolescents",
                             "préserver un environnement favorable à la santé"]


def test_a_renewals_newsletter_keeps_its_own_parties_and_prose_axes():
    # the State "représenté par … sous-préfète" (no préfecture beside it), a place inside the ARS delegation's name,
    # the first contract's parties in its pluperfect sentence, and "Il reprend les acquis du premier et s'articule autour
    # de …" (the new contract's list, whatever its first clause says)
    text = ("Le mardi 22 septembre, la communauté de communes Beaujolais Pierres Dorées a signé son deuxième contrat local "
            "de santé. Les signataires sont la communauté de communes, représentée par son président ; l'État, représenté "
            "par Nathalie Peyrard, sous-préfète de Villefranche-sur-Saône ; l'Agence régionale de santé Auvergne-Rhône-Alpes, "
            "représentée par Yannick Roche, directeur de sa délégation départementale du Rhône et de la Métropole de Lyon ; "
            "la caisse primaire d'assurance maladie du Rhône.\n\nLe territoire n'en est pas à son premier contrat : un "
            "premier CLS avait été signé le 4 juillet 2019 par la communauté de communes, l'ARS Auvergne-Rhône-Alpes et la "
            "préfecture du Rhône, pour la période 2019-2024.\n\nLe nouveau contrat couvre les années 2026 à 2030. Il reprend "
            "les acquis du premier et s'articule autour de l'accès aux soins de proximité, de la santé mentale des "
            "adolescents, de l'accompagnement des personnes âgées et de la santé environnementale.\n")
    contract = pipeline.extract(text, published="2026-10-06").contracts[0]
    assert {s.org_type for s in contract.signatories} == {"epci", "sous_prefecture", "ars", "cpam"}
    assert contract.axes == ["l'accès aux soins de proximité", "la santé mentale des adolescents",
                             "l'accompagnement des personnes âgées", "la santé environnementale"]


def test_a_scheme_that_works_with_a_contract_is_a_passing_mention_of_it():
    # an atelier santé ville's page: "L'atelier s'articulera avec le contrat local de santé de Pays de Montbéliard
    # Agglomération, signé en 2023"
    text = ("AUDINCOURT\n\nUn atelier santé ville pour les Champs-Montants\n\nLundi, la maire d'Audincourt et la déléguée du "
            "préfet ont signé la convention qui crée un atelier santé ville pour le quartier des Champs-Montants. L'ARS "
            "Bourgogne-Franche-Comté et la CPAM du Doubs y sont associées. La convention, conclue pour trois ans, fixe quatre "
            "objectifs : réduire le renoncement aux soins, améliorer les dépistages, prévenir chez les enfants et former les "
            "professionnels. Une coordinatrice prendra ses fonctions en septembre, financée à hauteur de 35 000 euros par an "
            "par l'État.\n\n« Ce n'est pas un dispositif de plus », a résumé la maire. L'atelier s'articulera avec le contrat "
            "local de santé de Pays de Montbéliard Agglomération, signé en 2023, dont il relaiera certaines actions.\n\n"
            "Les habitants seront invités à une réunion publique le jeudi 11 juin.\n")
    record = pipeline.extract(text, published="2026-05-14")
    assert not record.is_cls


def test_a_quartier_named_like_a_far_commune_stays_the_quartier():
    # "Beauregard" (a commune of the Ain) on a Poissy page about the quartier of that name, with the CPAM des Yvelines
    text = ("Beauregard a désormais son propre contrat local de santé\n\nMardi 6 octobre, à la maison de quartier de "
            "Beauregard, cinq partenaires ont paraphé un contrat local de santé qui ne concerne que Beauregard, quartier "
            "prioritaire de la politique de la ville. Le maire de Poissy a signé pour la Ville aux côtés de la directrice de "
            "l'ARS Île-de-France ; la caisse primaire d'assurance maladie des Yvelines a signé aussi.\n")
    contracts = pipeline.extract(text, published="2026-10-08").contracts
    assert contracts[0].territory.type == "quartier" and contracts[0].territory.name == "Beauregard"


def test_a_count_of_contracts_signed_on_an_islands_territory_is_no_generation():
    # "Il s'agit du cinquième contrat local de santé signé sur le territoire de Mayotte"
    text = ("Lundi 23 novembre, la commune de M'Tsangamouji, l'Agence régionale de santé de Mayotte et la préfecture de "
            "Mayotte ont signé le premier contrat local de santé de la commune, pour 2027-2031.\n\nIl s'agit du cinquième "
            "contrat local de santé signé sur le territoire de Mayotte.\n")
    (contract,) = pipeline.extract(text, published="2026-11-25").contracts
    assert contract.status == "signed" and contract.generation == 1


def test_a_themes_posted_on_line_outside_the_text_dates_the_page():
    # "<p class="posted-on">Publié le 27 novembre 2026</p>" in the article's header, the text in its entry-content
    page = ("<html><head><title>Signature du 2e contrat local de santé</title></head><body><article>"
            "<header><h1>Signature du 2e contrat local de santé</h1><p class='posted-on'>Publié le 27 novembre 2026</p>"
            "</header><div class='entry-content'><p>Le mardi 15 décembre, l'Agglo du Pays de Dreux signera son deuxième "
            "contrat local de santé avec l'Agence régionale de santé Centre-Val de Loire et la sous-préfecture de Dreux.</p>"
            "<p>Couvrant la période 2027-2031, ce nouveau contrat succède au premier, signé en 2020.</p></div></article>"
            "</body></html>")
    record = pipeline.extract(page, html=True)
    assert record.publication_date == "2026-11-27"
    assert record.contracts[0].signing_date == "2026-12-15"


def test_a_dailys_kicker_on_a_line_of_its_own_is_the_town_la_ville_stands_for():
    text = ("Le Républicain Lorrain\n\nStiring-Wendel\nSanté : la Ville signe son troisième contrat local de santé\n\n"
            "Ce n'est pas une nouveauté pour Stiring-Wendel. Après un premier contrat signé en 2015 puis un deuxième en 2020, "
            "la Ville a signé jeudi soir son troisième contrat local de santé avec l'ARS Grand Est. La communauté "
            "d'agglomération de Forbach Porte de France n'est pas partie au contrat.\n")
    (contract,) = pipeline.extract(text, published="2026-11-28").contracts
    assert contract.territory.insee == "57660"


def test_a_month_heading_in_capitals_is_no_kicker():
    # "AVRIL" over a retrospective's month is no town (Avril, Meurthe-et-Moselle)
    text = ("2025 dans le rétro : douze mois à Salon-de-Provence\n\nAVRIL\nLe 11 : la Ville renouvelle son contrat local de "
            "santé avec l'ARS pour 2025-2029.\n")
    contracts = pipeline.extract(text, published="2025-12-30").contracts
    assert all(c.territory.name != "Avril" for c in contracts)


def test_a_demonym_the_table_lacks_is_read_off_the_towns_name():
    # "les Mouginois" on a page that never writes "Mougins"; not "dans le Bouzonvillois" (an area), nor "Anglais"
    text = ("Santé : les Mouginois dotés d'un deuxième contrat local\n\nLa commune a renouvelé mardi son contrat local de "
            "santé avec l'Agence régionale de santé et la caisse primaire d'assurance maladie des Alpes-Maritimes, pour "
            "2026-2030. « Un Mouginois sur trois a plus de 60 ans », a rappelé le maire.\n")
    (contract,) = pipeline.extract(text, published="2026-05-21").contracts
    assert contract.territory.insee == "06085"
    gaz = get_gazetteer()
    assert gaz.demonym("Anglais") == [] and gaz.demonym("Valenciennes") == []


def test_a_look_alikes_page_with_only_plural_or_defining_mentions_is_no_cls():
    # a CLSM's page: "aux côtés des 80 contrats locaux de santé de la région"; "Un contrat local de santé est …"
    text = ("Un conseil local de santé mentale installé à Boulazac Isle Manoire\n\nLe conseil local de santé mentale (CLSM) "
            "de Boulazac Isle Manoire a tenu sa première séance plénière. Le CLSM réunit la Ville, le centre hospitalier de "
            "Vauclaire et l'ARS Nouvelle-Aquitaine. Le CLSM travaillera en lien avec les acteurs du contrat local de santé "
            "de l'agglomération. L'ARS soutient 45 CLSM, aux côtés des 80 contrats locaux de santé en vigueur dans la "
            "région.\n")
    assert not pipeline.extract(text, published="2026-11-09").is_cls


def test_a_quartier_named_in_its_headline_and_as_a_building_is_the_contracts():
    # "Sainte-Musse : le quartier signe son propre contrat local de santé" / "la maison de quartier de Sainte-Musse"
    text = ("Sainte-Musse : le quartier signe son propre contrat local de santé\n\nMardi 7 avril, à la maison de quartier de "
            "Sainte-Musse, la Ville de Toulon, l'Agence régionale de santé Provence-Alpes-Côte d'Azur et la préfecture du "
            "Var ont signé le premier contrat local de santé consacré à un quartier toulonnais, pour 2026-2028.\n")
    contract = pipeline.extract(text, published="2026-04-09").contracts[0]
    assert contract.territory.type == "quartier" and contract.territory.name == "Sainte-Musse"


def test_prose_axes_chained_with_il_faudra_aussi_and_an_ordinal_label():
    # "quatre chantiers. Le premier consiste à …. Il faudra aussi …. Troisième objectif : …. Enfin, le contrat entend …"
    text = ("La communauté d'agglomération Marne et Gondoire a signé ce mercredi son premier contrat local de santé avec "
            "l'ARS Île-de-France, pour 2026-2030.\n\nConcrètement, les élus ont fixé quatre chantiers. Le premier consiste à "
            "attirer des médecins généralistes, avec des aides à l'installation. Il faudra aussi mieux repérer la souffrance "
            "psychique des adolescents. Troisième objectif : rompre l'isolement des personnes âgées. Enfin, le contrat "
            "entend agir sur la qualité de l'air, l'A4 en tête.\n\n60 000 euros par an\n\nLe contrat sera doté de 60 000 "
            "euros par an : 40 000 euros apportés par l'agglomération et 20 000 euros par l'ARS.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert contract.axes == ["attirer des médecins généralistes", "mieux repérer la souffrance psychique des adolescents",
                             "rompre l'isolement des personnes âgées", "agir sur la qualité de l'air"]
    assert sorted(f.amount_eur for f in contract.funding) == [20000, 40000]
