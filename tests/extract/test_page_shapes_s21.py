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


def test_two_towns_an_intercommunalitys_name_holds_open_no_joint_contract():
    # "la communauté de communes de X et de Y a renouvelé": the intercommunality's subject, not a joint contract of
    # the two towns its name holds
    text = ("Santé : la communauté de communes signe son deuxième contrat\n\n"
            "La communauté de communes de Gevrey-Chambertin et de Nuits-Saint-Georges a renouvelé mardi son contrat local "
            "de santé avec l'ARS Bourgogne-Franche-Comté, pour 2026-2030.\n")
    (contract,) = pipeline.extract(text, published="2026-03-12").contracts
    assert contract.territory.insee == "200070894"
    from pipeline.extract.orgs import find_orgs
    from pipeline.extract.territory import find_mentions
    assert not any(m.source == "joint" for m in find_mentions(text, None, find_orgs(text), []))


def test_the_town_heading_its_minutes_in_capitals_is_the_town_of_la_ville():
    # "VILLE DE X" over the minutes and "la Ville de X" in them: one town, whose "la Ville s'est engagée" is the
    # contract; the métropole that "ne sera pas signataire" is no territory
    text = ("VILLE DE WATTRELOS\nCompte rendu du conseil municipal du 12 novembre 2026\n\n"
            "4. Contrat local de santé – autorisation de signature\n"
            "Mme Durand rappelle que la Ville s'est engagée en 2025 dans l'élaboration de son premier contrat local de "
            "santé. Le contrat sera signé par la Ville de Wattrelos, l'ARS Hauts-de-France et la CPAM de Roubaix-Tourcoing. "
            "La Métropole européenne de Lille a été consultée mais ne sera pas signataire.\n"
            "Adopté à l'unanimité.\n")
    (contract,) = pipeline.extract(text, published="2026-11-15").contracts
    assert contract.territory.name == "Wattrelos"
    from pipeline.extract import _one_named_town
    from pipeline.extract.orgs import find_orgs
    assert _one_named_town(find_orgs(text)) == "Ville de Wattrelos"


def test_an_evenings_programme_under_its_own_heading_is_no_axis():
    text = ("Soirée de présentation du contrat local de santé\n\n"
            "La communauté de communes du Pays Noyonnais a signé son contrat local de santé le 5 novembre 2026.\n\n"
            "Les axes du contrat\n\n"
            "- Attirer des médecins sur le territoire\n- Prévenir le suicide et soutenir la santé mentale\n"
            "- Accompagner les personnes âgées à domicile\n\n"
            "Au programme\n\n"
            "- 18h30 : accueil des participants\n- 19h00 : présentation du contrat\n- 20h15 : échanges avec la salle\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert contract.axes == ["Attirer des médecins sur le territoire",
                                                "Prévenir le suicide et soutenir la santé mentale",
                                                "Accompagner les personnes âgées à domicile"]


def test_a_body_by_its_full_name_and_its_initials_is_one_party():
    # "la Collectivité territoriale de Martinique" signs, "une conseillère exécutive de la CTM" attends: one party
    text = ("Lundi 5 octobre, la commune du Marin a signé son premier contrat local de santé avec l'ARS Martinique, la "
            "préfecture de la Martinique et la Collectivité territoriale de Martinique, pour 2026-2030.\n\n"
            "Le document a été paraphé par le maire, le secrétaire général de la préfecture et une conseillère exécutive "
            "de la CTM.\n")
    (contract,) = pipeline.extract(text, published="2026-10-07").contracts
    regions = [s.name for s in contract.signatories if s.org_type == "region"]
    assert regions == ["Collectivité territoriale de Martinique"]


def test_a_groupement_hospitalier_is_a_hospital():
    from pipeline.extract.orgs import find_orgs
    assert [(o.org_type, o.name) for o in find_orgs("et le Groupement hospitalier Artois-Ternois. Il")] == [
        ("hospital", "Groupement hospitalier Artois-Ternois")]


def test_a_deliberation_over_a_diagnostic_under_way_is_a_contract_in_preparation():
    # a council decided to engage it, the diagnostic runs and its results are to come: preparation proper, not a mere
    # announcement
    text = ("La communauté de communes du Pays de Mormal prépare son premier contrat local de santé. Par délibération du "
            "3 mars 2026, le conseil communautaire a décidé d'engager la démarche avec l'ARS Hauts-de-France. Un "
            "diagnostic local de santé se déroulera jusqu'à l'automne. Les résultats du diagnostic seront restitués en "
            "janvier 2027 ; le contrat devrait ensuite être signé au printemps 2027.\n")
    (contract,) = pipeline.extract(text, published="2026-05-02").contracts
    assert contract.status == "in_preparation"


def test_an_area_named_by_its_lower_case_kind_is_the_contracts_territory():
    # "le premier contrat local de santé consacré au cirque de Cilaos"-like: an area across towns, type other,
    # placed by the towns the page names
    text = ("Un contrat local de santé pour les îlets\n\n"
            "Samedi, l'ARS La Réunion, le Département et les communes de Bras-Panon et de Salazie ont signé le premier "
            "contrat local de santé consacré au massif de Bélouve, jusqu'en 2029.\n")
    (contract,) = pipeline.extract(text, published="2026-09-14").contracts
    assert (contract.territory.name, contract.territory.type) == ("Bélouve", "other")
    assert contract.territory.departement == "974"


def test_a_headline_in_capitals_names_no_town():
    # "LA VILLE SIGNATAIRE DU CONTRAT LOCAL DE SANTÉ INTERCOMMUNAL": a headline, not a town of that name; a town
    # that "relevait du contrat local de santé du Pays X" speaks of another's earlier contract, not its own
    from pipeline.extract.orgs import find_orgs
    assert all("SIGNATAIRE" not in o.name for o in find_orgs("LA VILLE SIGNATAIRE DU CONTRAT LOCAL DE SANTÉ INTERCOMMUNAL\n"))
    text = ("Vauvert – Site officiel de la commune\n\nLA VILLE SIGNATAIRE DU CONTRAT LOCAL DE SANTÉ INTERCOMMUNAL\n\n"
            "Le mardi 22 septembre, la salle du conseil municipal de Vauvert a accueilli la signature du premier contrat "
            "local de santé de la communauté de communes de Petite Camargue, pour 2026-2030.\n\n"
            "Jusqu'ici, notre commune relevait du contrat local de santé du Pays Vidourle-Camargue, signé en 2017, qui "
            "n'a pas été reconduit.\n")
    rec = pipeline.extract(text, published="2026-09-29", url="https://www.vauvert.fr/actualites/contrat-local-de-sante")
    assert [c.territory.type for c in rec.contracts] == ["epci"]
    assert not any(s.name.startswith("Conseil municipal") for s in rec.contracts[0].signatories)


def test_a_decision_not_to_engage_in_a_contract_is_no_contract():
    text = ("Santé : pas de contrat local de santé pour l'instant\n\n"
            "Au vu du diagnostic, les élus de la communauté de communes du Lauragais ont choisi de ne pas s'engager dans "
            "un contrat local de santé à ce stade. « Un contrat local de santé demande une ingénierie que nous n'avons "
            "pas », explique le président.\n")
    assert pipeline.extract(text, published="2026-11-30").is_cls is False


def test_the_axes_of_the_earlier_contract_give_way_to_the_new_ones():
    text = ("Signature du deuxième contrat local de santé de Lormont, lundi 16 novembre, pour 2026-2030.\n\n"
            "Un premier contrat avait été signé en 2019 ; il s'articulait autour de trois axes : l'accès aux soins, la "
            "prévention des addictions et le soutien aux aidants.\n\n"
            "Le nouveau contrat retient quatre axes :\n"
            "1. Faciliter l'accès aux soins\n2. Développer le dépistage des cancers\n"
            "3. Prendre soin de la santé mentale des jeunes\n4. Lutter contre l'isolement des aînés\n")
    (contract,) = pipeline.extract(text, published="2026-11-19").contracts
    assert contract.axes[:2] == ["Faciliter l'accès aux soins", "Développer le dépistage des cancers"]


def test_the_closing_formula_of_a_deliberation_is_no_signing_date():
    # "- APPROUVE le contrat … - AUTORISE M. le Maire à le signer … Fait à X, le 9 octobre 2026": the act's date
    text = ("DÉLIBÉRATION N° 2026-10-12 – APPROBATION DU CONTRAT LOCAL DE SANTÉ 2027-2031\n\n"
            "M. Giraud rappelle que la commune de Miramas s'est engagée dès 2019 dans un premier contrat local de santé. "
            "Le contrat sera signé par la commune, l'ARS Provence-Alpes-Côte d'Azur et la préfecture des "
            "Bouches-du-Rhône.\n\n"
            "Le conseil municipal, après en avoir délibéré :\n"
            "- APPROUVE le contrat local de santé 2027-2031 ;\n"
            "- AUTORISE M. le Maire ou son représentant à le signer.\n\n"
            "Fait à Miramas, le 9 octobre 2026\n")
    (contract,) = pipeline.extract(text, published="2026-10-12").contracts
    assert contract.signing_date is None
    assert contract.status != "signed"


def test_a_count_of_the_departements_contracts_is_no_generation():
    # "C'est le sixième contrat local de santé signé dans le département": a ranking; the contract is the first
    text = ("Mercredi 25 novembre, la communauté de communes Astarac Arros en Gascogne et ses partenaires ont signé le "
            "premier contrat local de santé du territoire, pour 2027-2031. C'est le sixième contrat local de santé signé "
            "dans le département.\n")
    (contract,) = pipeline.extract(text, published="2026-11-27").contracts
    assert contract.signing_date == "2026-11-25"
    assert contract.status == "signed"


def test_a_short_dated_line_of_the_article_survives_extraction():
    # "Séance du … – Affiché le 1er décembre 2026" in a paragraph of its own over council minutes: the page's date
    from pipeline.ingest.html import extract_html
    body = "".join(f"<p>Point {i} : le conseil approuve la délibération relative au budget annexe {i}.</p>" for i in range(8))
    markup = ("<html><body><main><h1>Compte rendu du conseil communautaire</h1>"
              "<p class=\"doc-meta\">Séance du jeudi 26 novembre 2026 – Salle du conseil<br>"
              "Date de convocation : 19 novembre 2026 – Affiché le 1er décembre 2026</p>"
              f"{body}</main></body></html>")
    result = extract_html(markup)
    assert "Affiché le 1er décembre 2026" in result.text


def test_a_newsletters_masthead_names_its_publisher_and_a_predecessors_carrier_no_contract():
    # "Le journal de la Communauté de communes X" under the newsletter's name: "la communauté de communes a signé"
    # is X's; "relevaient du contrat local de santé porté par le PETR …, arrivé à son terme" is history
    from pipeline.extract.territory import header_publisher
    text = ("LA LETTRE DU SUD-OUEST\nLe journal de la Communauté de communes du Grand Chambord\nN° 9 – Hiver\n\n"
            "SANTÉ\nLe jeudi 8 octobre, la communauté de communes a signé le premier contrat local de santé de son "
            "histoire. Jusqu'ici, les habitants relevaient du contrat local de santé porté par le PETR du Blaisois, "
            "arrivé à son terme en 2024. Le nouveau contrat couvre la période 2026-2030.\n")
    assert header_publisher(text) == "Communauté de communes du Grand Chambord"
    (contract,) = pipeline.extract(text, published="2026-12-01").contracts
    assert contract.territory.type == "epci"
    assert contract.territory.name == "Communauté de communes du Grand Chambord"


def test_a_wider_contract_the_towns_completes_or_works_with_is_no_record():
    # "Ce contrat communal vient compléter le contrat local de santé de la Communauté d'agglomération X" /
    # "s'articule avec le contrat local de santé de X": the wider one, named beside it
    for link in ("vient compléter le", "s'articule avec le"):
        text = (f"Samedi 20 juin, la commune de Capesterre-Belle-Eau a signé son premier contrat local de santé, pour "
                f"2026-2029. Ce contrat communal {link} contrat local de santé de la Communauté d'agglomération du Nord "
                f"Basse-Terre, signé en 2023.\n")
        names = [c.territory.name for c in pipeline.extract(text, published="2026-06-24").contracts]
        assert names == ["Capesterre-Belle-Eau"], link


def test_a_heading_over_an_unknown_place_no_cls_names_heads_no_contract():
    # "Un pôle santé à Tallemont" over a news article's last part: a quartier's building, not a contract
    text = ("Mainvilliers renouvelle son contrat local de santé\n\n"
            "Mardi soir, la commune de Mainvilliers a signé son troisième contrat local de santé avec l'ARS "
            "Centre-Val de Loire.\n\n"
            "Un pôle santé à Tallemont\n\n"
            "La signature est intervenue alors que le futur pôle santé du quartier Tallemont entre dans sa phase de "
            "travaux.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-04-16").contracts]
    assert names == ["Mainvilliers"]


def test_an_evaluations_list_of_results_is_no_axis():
    text = ("Jeudi 15 octobre, la Ville et ses partenaires ont signé le deuxième contrat local de santé de Wimereux, "
            "pour 2026-2030.\n\n"
            "Parmi ses réalisations, l'évaluation présentée en juin retient notamment :\n\n"
            "- une permanence mensuelle d'accès aux droits ;\n- 350 collégiens sensibilisés aux écrans ;\n"
            "- l'installation de deux médecins généralistes.\n\n"
            "Les axes du contrat 2026-2030\n\n"
            "- Faciliter l'accès aux soins\n- Prendre soin de la santé mentale\n- Bien vieillir à Wimereux\n")
    (contract,) = pipeline.extract(text, published="2026-10-20").contracts
    assert contract.axes == ["Faciliter l'accès aux soins", "Prendre soin de la santé mentale", "Bien vieillir à Wimereux"]


def test_an_earlier_contracts_money_in_the_pluperfect_is_no_funding():
    text = ("Jeudi 15 octobre, la Ville a signé le deuxième contrat local de santé de Berck, pour 2026-2030. Le premier "
            "contrat couvrait 2020-2024 ; l'ARS y avait consacré 90 000 euros sur sa durée. Pour le nouveau, l'ARS "
            "finance la coordination à hauteur de 26 000 euros par an.\n")
    (contract,) = pipeline.extract(text, published="2026-10-20").contracts
    assert [f.amount_eur for f in contract.funding] == [26000]


def test_one_item_written_label_colon_explanation_is_its_label():
    text = ("Le contrat local de santé de la commune de Plérin, signé le 18 décembre 2026, retient quatre axes :\n"
            "- Accès aux soins et installation de nouveaux praticiens\n"
            "- Santé des jeunes et prévention des conduites à risque\n"
            "- Bien vieillir à Plérin\n"
            "- Santé environnementale : qualité de l'air intérieur, habitat et littoral\n")
    (contract,) = pipeline.extract(text, published="2026-12-20").contracts
    assert contract.axes[-1] == "Santé environnementale"


def test_a_town_the_page_says_does_not_engage_is_neither_contract_nor_party():
    # "Saint-Florent-sur-Cher : …" in the kicker, "ce n'est pas la Ville de X qui s'engage cette fois": the
    # intercommunality's contract alone, without the town as a party
    text = ("Saint-Florent-sur-Cher : le contrat local de santé signé en mairie\n\n"
            "Mardi 15 septembre, dans la salle du conseil de la mairie de Saint-Florent-sur-Cher, a été signé le premier "
            "contrat local de santé de la Communauté de communes FerCher, pour 2026-2030. Ce n'est pas la Ville de "
            "Saint-Florent-sur-Cher qui s'engage cette fois.\n\n"
            "Le contrat a été signé par la Communauté de communes FerCher, l'ARS Centre-Val de Loire et la CPAM du Cher.\n")
    (contract,) = pipeline.extract(text, published="2026-09-18").contracts
    assert contract.territory.type == "epci"
    assert "commune" not in {s.org_type for s in contract.signatories}


def test_a_round_ups_lead_naming_both_towns_gives_neither_its_status():
    # "Deux communes franchissent une étape : Gourbeyre, qui a signé son deuxième contrat, et Anse-Bertrand, qui lance
    # l'élaboration de son premier" — the second's own section decides its status; a count of the archipel's contracts
    # ("compte aujourd'hui quatorze contrats signés") dates none
    text = ("COMMUNIQUÉ DE PRESSE\n\nDeux communes franchissent une étape ce mois-ci : Trois-Rivières, qui a signé son "
            "deuxième contrat, et Petit-Canal, qui lance l'élaboration de son premier.\n\n"
            "Trois-Rivières : un deuxième contrat\n\nLe contrat local de santé de Trois-Rivières a été signé lundi 9 "
            "novembre, pour 2027-2031.\n\n"
            "Petit-Canal : la démarche est lancée\n\nLe conseil municipal de Petit-Canal a délibéré le 29 octobre pour "
            "engager l'élaboration du premier contrat local de santé de la commune, en vue d'une signature envisagée à "
            "l'automne 2027.\n\nÀ propos des CLS\nL'archipel compte aujourd'hui quatorze contrats signés.\n")
    rec = pipeline.extract(text, published="2026-11-12")
    by_name = {c.territory.name: c for c in rec.contracts}
    assert by_name["Petit-Canal"].status == "in_preparation"
    assert by_name["Petit-Canal"].signing_date is None


def test_a_quartier_named_by_its_capitalised_head_and_a_compass_point():
    # "les Quartiers Sud ont désormais leur propre contrat local de santé", which "vient compléter le deuxième contrat
    # local de santé de la Ville": the quartier's first, not a renewal
    text = ("Quartiers Nord : un contrat local de santé au plus près des habitants\n\n"
            "Les Quartiers Nord ont désormais, pour la première fois, leur propre contrat local de santé. Il a été signé "
            "mardi 23 juin à la maison de quartier, pour trois ans (2026-2028). Il vient compléter le deuxième contrat "
            "local de santé de la Ville d'Ajaccio, en vigueur depuis 2024.\n\n"
            "Le contrat a été signé par la Ville d'Ajaccio, l'ARS de Corse et la CPAM de la Corse-du-Sud.\n")
    (contract,) = pipeline.extract(text, published="2026-06-25").contracts
    assert (contract.territory.name, contract.territory.type) == ("Quartiers Nord", "quartier")
    assert contract.status == "signed"


def test_a_host_town_that_runs_its_own_contract_by_the_way_is_neither_contract_nor_party():
    text = ("Jeudi, Concarneau Cornouaille Agglomération a signé son troisième contrat local de santé avec l'ARS Bretagne "
            "et la CPAM du Finistère, pour 2026-2030.\n\n"
            "La Ville de Concarneau, qui accueillait la cérémonie, conduit par ailleurs son propre contrat local de santé, "
            "centré sur ses quartiers ; il n'était pas concerné par la signature de jeudi.\n")
    (contract,) = pipeline.extract(text, published="2026-11-14").contracts
    assert contract.territory.type == "epci"
    assert "commune" not in {s.org_type for s in contract.signatories}


def test_an_intercommunalitys_name_with_an_article_after_et():
    # "un deuxième contrat local de santé pour la Vallée de la Dordogne et la Forêt Bessède": the CC's official name
    # has no article; not the commune La Vallée
    text = ("Santé : un deuxième contrat local de santé pour la Vallée de la Dordogne et la Forêt Bessède\n\n"
            "Mardi 4 novembre, la communauté de communes a signé son deuxième contrat local de santé, pour 2025-2029.\n")
    (contract,) = pipeline.extract(text, published="2025-11-07").contracts
    assert contract.territory.insee == "200041051"


def test_a_bare_council_joins_the_one_named_in_full():
    text = ("Six partenaires ont signé le deuxième contrat local de santé de la communauté de communes du Périgord "
            "Noir-Sarlat : la communauté de communes, l'ARS Nouvelle-Aquitaine, la préfecture de la Dordogne et le conseil "
            "départemental de la Dordogne, le 4 novembre 2025. La vice-présidente du conseil départemental a salué la "
            "démarche.\n")
    (contract,) = pipeline.extract(text, published="2025-11-07").contracts
    assert [s.name for s in contract.signatories if s.org_type == "departement"] == [
        "Conseil départemental de la Dordogne"]


def test_a_headline_verb_in_capitals_is_no_town():
    from pipeline.extract.orgs import find_orgs
    text = "OBJET : APPROBATION DU CONTRAT LOCAL DE SANTÉ ET AUTORISATION DONNÉE AU MAIRE DE LE SIGNER\n"
    assert not any("SIGNER" in o.name for o in find_orgs(text))


def test_an_event_cards_labelled_date_is_the_announced_signing():
    text = ("Signature du contrat local de santé 2027-2031\n\n"
            "Date : Jeudi 17 décembre 2026\nHoraires : 18 h 00 – 20 h 00\n\n"
            "Le PETR du Pays Loire Beauce vous invite à la cérémonie de signature de son deuxième contrat local de santé.\n")
    (contract,) = pipeline.extract(text, published="2026-11-30").contracts
    assert (contract.status, contract.signing_date) == ("announced", "2026-12-17")


def test_an_equal_share_restated_is_not_counted_twice():
    text = ("La commune du Lamentin a signé son premier contrat local de santé le 3 mars 2026. Le poste de coordinateur, "
            "d'un coût de 42 000 € par an, est financé à parts égales par la commune et par l'ARS, soit 21 000 € chacune.\n")
    (contract,) = pipeline.extract(text, published="2026-03-05").contracts
    assert sorted(f.amount_eur for f in contract.funding) == [21000, 21000]


def test_an_intercommunality_that_signed_its_own_earlier_is_neither_contract_nor_party():
    # "La communauté d'agglomération X, dont Sainte-Rose est membre et qui a signé son propre contrat local de santé en
    # mars dernier, était représentée …" / "Les deux contrats seront suivis par un comité commun"
    text = ("Mardi 6 octobre, la commune de Capesterre-de-Marie-Galante et l'ARS ont signé le premier contrat local de "
            "santé de la commune, pour 2026-2030.\n\n"
            "La communauté de communes de Marie-Galante, dont la commune est membre et qui a signé son propre contrat local "
            "de santé en mars dernier, était représentée par sa vice-présidente. Les deux contrats seront suivis par un "
            "comité commun.\n")
    (contract,) = pipeline.extract(text, published="2026-10-09").contracts
    assert contract.territory.type == "commune"
    assert "epci" not in {s.org_type for s in contract.signatories}


def test_minutes_posted_and_put_online_are_dated_by_that_line():
    from pipeline.extract.dates import publication_date_from_text
    text = ("Séance du conseil municipal\n\n" + "Point divers sans date.\n" * 80 +
            "Compte rendu affiché en mairie et mis en ligne le 27 novembre 2026.\n")
    assert publication_date_from_text(text)[0] == "2026-11-27"


def test_a_headline_naming_two_contracts_tells_the_first_one_first():
    text = ("COMMUNIQUÉ DE PRESSE\n\nLivry-Gargan renouvelle son contrat local de santé, Tremblay-en-France s'apprête à "
            "signer le sien\n\n"
            "Jeudi 3 décembre, à l'hôtel de ville, la Ville, l'ARS Île-de-France et la CPAM de la Seine-Saint-Denis ont "
            "signé le deuxième contrat local de santé de la commune, pour 2026-2030. L'ARS y consacre 40 000 € en 2026, "
            "sur les 2,3 millions d'euros qu'elle mobilise pour les 27 contrats locaux de santé de Seine-Saint-Denis.\n\n"
            "Tremblay-en-France, prochaine étape\n\n"
            "Le mardi 15 décembre, ce sera au tour de Tremblay-en-France de signer avec l'ARS son premier contrat local de "
            "santé.\n")
    rec = pipeline.extract(text, published="2026-12-04")
    by_name = {c.territory.name: c for c in rec.contracts}
    assert set(by_name) == {"Livry-Gargan", "Tremblay-en-France"}
    assert by_name["Livry-Gargan"].signing_date == "2026-12-03"
    assert by_name["Livry-Gargan"].period_start == 2026


def test_a_wish_or_a_question_about_a_contract_makes_no_cls_page():
    # a council's wish that its agglomeration engage one; a daily's "Et un contrat local de santé … ? « Ce n'est pas à
    # l'ordre du jour »"
    wish = ("3. Vœu relatif à l'élaboration d'un contrat local de santé à l'échelle de l'agglomération\n"
            "La Ville ne peut porter seule un contrat local de santé. Le conseil municipal demande à l'Agglomération "
            "Maubeuge Val de Sambre d'engager l'élaboration d'un contrat local de santé avec l'ARS Hauts-de-France.\n")
    question = ("La maison de santé de Riez a ouvert ses portes lundi. Et un contrat local de santé, comme en ont signé "
                "d'autres territoires du département ? « Ce n'est pas à l'ordre du jour », répond le maire de Riez.\n")
    assert pipeline.extract(wish, published="2026-10-12").is_cls is False
    assert pipeline.extract(question, published="2026-10-12").is_cls is False


def test_another_towns_contract_taken_as_a_model_is_no_record():
    text = ("Jeudi soir, la commune de Santa-Maria-di-Lota a signé son premier contrat local de santé avec l'ARS de Corse, "
            "jusqu'en 2029. Le maire dit s'être inspiré du contrat local de santé de Bastia, sa grande voisine.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-03-07").contracts]
    assert names == ["Santa-Maria-di-Lota"]


def test_a_bare_la_ville_and_a_towns_own_service_join_the_town_named_in_full():
    text = ("Le contrat local de santé de la Communauté de communes du Grand Langres sera signé par la Communauté de "
            "communes du Grand Langres, par l'ARS Grand Est et par la Ville de Langres, le vendredi 13 février 2026. En sa "
            "qualité de ville-centre, la Ville s'engage à porter plusieurs actions, notamment au travers de son centre "
            "communal d'action sociale.\n")
    (contract,) = pipeline.extract(text, published="2026-01-20").contracts
    assert [s.name for s in contract.signatories if s.org_type in ("commune", "other")] == ["Ville de Langres"]


def test_the_first_contract_told_with_its_parties_is_a_record_of_its_own():
    # "Le premier CLS avait été signé le 14 novembre 2019 par la seule Ville et l'ARS, pour les années 2020 à 2024. Il
    # s'articulait autour de trois axes : …" beside the second: two records, the later first
    text = ("Mardi 7 avril, le maire de Romilly-sur-Seine a signé le deuxième contrat local de santé de la commune avec "
            "l'ARS Grand Est, la préfecture de l'Aube et la CPAM de l'Aube, pour 2026-2030.\n\n"
            "Le premier CLS avait été signé le 14 novembre 2019 par la seule Ville et l'ARS, pour les années 2020 à 2024. Il "
            "s'articulait autour de trois axes : l'accès aux soins, la nutrition des enfants et le lien social des aînés.\n")
    rec = pipeline.extract(text, published="2026-04-09")
    assert [(c.status, c.signing_date) for c in rec.contracts] == [("renewed", "2026-04-07"), ("signed", "2019-11-14")]
    first = rec.contracts[1]
    assert {s.org_type for s in first.signatories} == {"commune", "ars"}
    assert (first.period_start, first.period_end, first.generation) == (2020, 2024, 1)
    assert len(first.axes) == 3


def test_a_first_contract_named_with_a_year_only_is_history():
    # "un premier contrat, signé en 2019" (no parties) and a present-tense "a été signé … entre" of the page's own
    for text in ("Lundi, la commune de Romilly-sur-Seine a signé son deuxième contrat local de santé avec l'ARS Grand Est, "
                 "pour 2026-2030, après un premier contrat signé en 2019.\n",
                 "Un premier contrat local de santé a été signé le 22 janvier 2021 entre la communauté de communes du "
                 "Nogentais et l'ARS Grand Est, pour trois ans.\n"):
        assert len(pipeline.extract(text, published="2026-04-09").contracts) == 1


def test_a_lone_digit_in_a_name_is_its_number_word():
    # "COMMUNAUTÉ DE COMMUNES DES 4 RIVIÈRES EN BRAY" over its minutes: the Communauté de communes des Quatre Rivières en
    # Bray, whose "la communauté de communes s'est engagée" is the contract
    from pipeline.extract.territory import header_publisher
    text = ("COMMUNAUTÉ DE COMMUNES DES 4 RIVIÈRES EN BRAY\nCompte rendu du conseil communautaire\n\n"
            "4. Contrat local de santé 2027-2031\nM. Duboc rappelle que la communauté de communes s'est engagée en 2025 "
            "dans l'élaboration de son premier contrat local de santé. Le conseil approuve le contrat et autorise le "
            "président à le signer ; la signature est fixée au jeudi 17 décembre 2026.\n")
    assert header_publisher(text) == "Communauté de communes des Quatre Rivières en Bray"
    (contract,) = pipeline.extract(text, published="2026-12-01").contracts
    assert contract.territory.insee == "200069730"


def test_a_heading_ils_ont_signe_opens_the_list_of_parties():
    text = ("La communauté de communes de la Région de Suippes a signé son contrat local de santé le jeudi 4 avril 2024, "
            "pour 2024-2028.\n\nIls ont signé le contrat\n"
            "- Communauté de communes de la Région de Suippes\n- Agence régionale de santé Grand Est\n"
            "- Conseil départemental de la Marne\n- MSA Marne Ardennes Meuse\n\nPartenaires associés\n- Centre hospitalier\n")
    (contract,) = pipeline.extract(text, published="2024-05-02").contracts
    assert {s.org_type for s in contract.signatories} >= {"epci", "ars", "departement", "msa"}


def test_a_partners_heading_closes_the_list_of_those_who_signed():
    text = ("La Communauté de communes du Pays Marennes Oléron a signé son deuxième contrat local de santé le 27 novembre "
            "2025, pour 2025-2030.\n\nIls ont signé\n\n- La Communauté de communes du Pays Marennes Oléron\n"
            "- L'Agence régionale de santé Nouvelle-Aquitaine\n- La MSA des Charentes\n\nIls nous accompagnent\n\n"
            "- Le Groupe hospitalier Littoral Atlantique\n- La Mutualité Française Nouvelle-Aquitaine\n")
    (contract,) = pipeline.extract(text, published="2025-12-02").contracts
    assert {s.org_type for s in contract.signatories} == {"epci", "ars", "msa"}


def test_a_metropole_that_runs_its_own_contract_is_an_aside_beside_a_quartiers():
    text = ("Le quartier de Kerourien, au nord de Brest, a désormais son propre contrat local de santé. Le document a été "
            "signé mercredi par la Ville de Brest et l'ARS Bretagne.\n\nBrest métropole, qui conduit son propre contrat "
            "local de santé, n'est pas signataire.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-06-12").contracts]
    assert names == ["Kerourien"]


def test_the_first_contracts_period_runs_to_its_extension():
    text = ("Vendredi 27 juin 2025, la Ville de Lormont a signé son deuxième contrat local de santé avec l'ARS "
            "Nouvelle-Aquitaine et la préfecture de la Gironde, pour 2025-2029.\n\n"
            "Le premier avait été signé le 23 novembre 2018 avec l'agence régionale de santé et la préfecture de la Gironde, "
            "pour les années 2018 à 2022, puis prolongé d'un an.\n")
    rec = pipeline.extract(text, published="2025-06-30")
    assert [(c.period_start, c.period_end) for c in rec.contracts] == [(2025, 2029), (2018, 2023)]


def test_a_sentence_fronted_by_one_contracts_town_is_that_contracts():
    text = ("Rive droite : Floirac et Bassens signent leur contrat local de santé le même jour\n\n"
            "Jeudi, les maires de Floirac et de Bassens ont chacun signé le contrat local de santé de leur commune, avec "
            "l'ARS Nouvelle-Aquitaine.\n\n"
            "À Bassens, la Caisse d'allocations familiales de la Gironde a signé aussi.\n")
    rec = pipeline.extract(text, published="2026-05-29")
    cafs = {c.territory.name: [s.name for s in c.signatories if s.org_type == "caf"] for c in rec.contracts}
    assert cafs.get("Bassens") and not cafs.get("Floirac")
