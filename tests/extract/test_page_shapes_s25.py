"""Page shapes met in the twenty-fifth session (the real pages' signatory lists and the first contacts it–iw), end to
end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def test_a_body_named_by_its_departements_number_and_by_its_name_is_one_party():
    # a contract document's "Entre …" names the CPAM in full, its signature block "la CPAM 93": one CPAM, listed once,
    # under the name the text gives first; "le Conseil départemental" and "le Département" with no place are one too
    text = ("Contrat local de santé de Romainville 2019-2022\n\n"
            "Entre Madame le Maire de Romainville, Monsieur le Directeur général de l'Agence régionale de santé "
            "d'Île-de-France, Monsieur le Préfet de la Seine-Saint-Denis et Monsieur le Directeur de la Caisse primaire "
            "d'assurance maladie de la Seine-Saint-Denis Il a été convenu de signer le présent contrat local de santé.\n\n"
            "Fait à Bobigny, le 12 septembre 2019\n\n"
            "Le Maire de Romainville          Le Préfet de Seine-St-Denis          Le Directeur de la CPAM 93\n")
    (contract,) = pipeline.extract(text).contracts
    cpams = [s.name for s in contract.signatories if s.org_type == "cpam"]
    assert cpams == ["CPAM de la Seine-Saint-Denis"]
    assert len([s for s in contract.signatories if s.org_type == "prefecture"]) == 1
    from pipeline.extract.signatories import party_key
    assert party_key("caf", "CAF 37") == party_key("caf", "Caisse d'allocations familiales d'Indre-et-Loire")
    assert party_key("departement", "Conseil départemental") == party_key("departement", "le Département")
    assert party_key("cpam", "CPAM des Flandres") != party_key("cpam", "CPAM du Nord")  # no département's name


def _town_page(site: str, body: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head><title>Santé – {site}</title><meta property='og:site_name' content='{site}'></head><body>"
            f"<nav><a href='/'>Accueil</a> <a href='/sante'>Santé</a></nav><article><h1>Un deuxième contrat local de "
            f"santé</h1>{paras}</article><footer>{site} – Mentions légales</footer></body></html>")


def test_a_contract_said_to_stay_the_towns_is_not_its_intercommunalitys():
    # a town's site names its own place only in its chrome, and its intercommunality in the text, as no party of a
    # contract "qui reste un contrat communal" (nor widened by what the intercommunality does "à l'échelle de
    # l'agglomération")
    body = ("Après un premier contrat signé en 2020, la commune poursuit son engagement pour la santé. Le deuxième contrat "
            "local de santé a été signé le jeudi 19 novembre 2026 en mairie, pour la période 2026-2030, avec l'ARS "
            "Auvergne-Rhône-Alpes et la préfecture de la Haute-Savoie.\n\n"
            "Assistait également à la cérémonie le président de la communauté de communes Faucigny-Glières. "
            "L'intercommunalité n'est pas signataire de ce contrat, qui reste un contrat communal.")
    (contract,) = pipeline.extract(_town_page("Ville de Bonneville", body), html=True, published="2026-11-24").contracts
    assert (contract.territory.insee, contract.status) == ("74042", "renewed")
    body = ("Vendredi 9 octobre 2026, la Ville a signé son deuxième contrat local de santé (CLS) avec l'ARS Pays de la "
            "Loire et la préfecture de Maine-et-Loire.\n\n"
            "Angers Loire Métropole, qui conduit ses propres actions de santé à l'échelle de l'agglomération, a été associée "
            "à l'écriture du contrat mais n'en est pas signataire.")
    (contract,) = pipeline.extract(_town_page("Ville de Saint-Barthélemy-d'Anjou", body), html=True,
                                   published="2026-10-14").contracts
    assert contract.territory.insee == "49267"
    assert "epci" not in {s.org_type for s in contract.signatories}


def test_neither_body_that_signs_no_communal_contract_is_its_territory_or_party():
    # "Ni la métropole ni le Département ne sont signataires de ce contrat communal": the town of the site's chrome
    body = ("Le vendredi 9 octobre 2026, le premier contrat local de santé a été signé en mairie pour la période 2026-2030 "
            "par la Ville, la préfecture de la Moselle, l'ARS Grand Est et la CPAM de la Moselle.\n\n"
            "Étaient également présents Bernard Colson, vice-président de Metz Métropole chargé de la santé, et Marie "
            "Hennequin, conseillère départementale du canton.\n\n"
            "Ni la métropole ni le Département ne sont signataires de ce contrat communal ; Metz Métropole y sera associée "
            "au titre de sa compétence en matière de mobilités.")
    (contract,) = pipeline.extract(_town_page("Ville de Montigny-lès-Metz", body), html=True,
                                   published="2026-10-12").contracts
    assert contract.territory.insee == "57480"
    assert {"prefecture", "ars", "cpam"} <= {s.org_type for s in contract.signatories}
    assert not {"departement", "epci"} & {s.org_type for s in contract.signatories}
    from pipeline.extract.signatories import NOT_SIGNING
    assert NOT_SIGNING.search("Ni la communauté urbaine ni le bailleur ne sont parties au contrat.")


def test_two_intercommunalities_one_signs_the_other_prepares():
    # a weekly's page on two neighbours: the parties that "ont chacun paraphé le document" sign the first one's contract
    # only, and the Pays' syndicate that "ne sera pas partie au contrat" opens no contract of its own
    text = ("Contrats locaux de santé : les Gorges de l'Ardèche signent, le Pays Beaume-Drobie s'y met\n\n"
            "Pendant que la communauté de communes des Gorges de l'Ardèche signait mardi 10 mars 2026 son deuxième contrat "
            "local de santé, celle du Pays Beaume-Drobie n'en est qu'au début de l'élaboration du sien.\n\n"
            "À Vallon-Pont-d'Arc, une deuxième génération\n\n"
            "Autour de la table, le président de l'intercommunalité, le sous-préfet de Largentière et la présidente de la "
            "MSA Ardèche Drôme Loire ont chacun paraphé le document.\n\n"
            "À Joyeuse, le diagnostic d'abord\n\n"
            "Dans le Pays Beaume-Drobie, la démarche est plus récente. La communauté de communes a délibéré en décembre pour "
            "lancer l'élaboration de son premier contrat local de santé. Le diagnostic a été confié au syndicat mixte du "
            "Pays de l'Ardèche méridionale ; le syndicat ne sera pas partie au contrat.\n")
    contracts = pipeline.extract(text, published="2026-03-12").contracts
    assert [c.territory.insee for c in contracts] == ["200039808", "240700302"]
    gorges, beaume = contracts
    assert "sous_prefecture" in {s.org_type for s in gorges.signatories}
    assert beaume.status == "in_preparation"
    assert not {"sous_prefecture", "msa"} & {s.org_type for s in beaume.signatories}


def test_minutes_that_set_the_signing_day_without_its_year_and_tell_the_first_contract():
    # undated council minutes: "La signature officielle est fixée au mardi 15 décembre" (the one year the page writes
    # whose 15 December is a Tuesday), an evaluation that "a conclu à la nécessité de …" (no signing), and the first
    # contract "de la communauté de communes, signé le 12 mars 2021 par …" (its own record)
    text = ("Compte rendu du conseil communautaire du jeudi 5 novembre 2026\n\n"
            "5. Contrat local de santé de deuxième génération (2027-2031)\n\n"
            "Le premier contrat local de santé de la communauté de communes Ventoux-Comtat-Venaissin, signé le 12 mars 2021 "
            "par la communauté de communes, l'ARS et la préfecture de Vaucluse pour la période 2021-2026, arrive à "
            "échéance le 31 décembre prochain. Son évaluation, présentée le 1er octobre, a conclu à la nécessité de le "
            "prolonger par un deuxième contrat.\n\n"
            "Le contrat sera signé par la communauté de communes, l'ARS et la préfecture de Vaucluse. La signature "
            "officielle est fixée au mardi 15 décembre, à 10 heures.\n\n"
            "Le conseil approuve le contrat local de santé 2027-2031 et autorise le président à le signer.\n")
    contracts = pipeline.extract(text).contracts
    assert [(c.status, c.signing_date) for c in contracts] == [("announced", "2026-12-15"), ("signed", "2021-03-12")]
    from pipeline.extract import dates
    (d,) = dates.find_dates("fixée au mardi 15 décembre")
    assert dates.year_by_weekday(d, "2021, 2026, 2027") is not None
    assert dates.year_by_weekday(d, "2021, 2027") is None  # no year of the page puts it on a Tuesday


def test_a_town_whose_official_name_joins_two_by_et_is_read_whole():
    # a commune nouvelle named "Verneuil d'Avre et d'Iton" (or "Thue et Mue"): no capitalised reading stops at "et"
    text = ("Un premier contrat local de santé pour la commune\n\n"
            "Verneuil d'Avre et d'Iton dispose désormais de son propre contrat local de santé. Le document, qui court de "
            "2026 à 2030, a été signé le vendredi 9 octobre 2026 par la Ville, l'ARS Normandie et la préfecture de "
            "l'Eure.\n")
    (contract,) = pipeline.extract(text, published="2026-10-14").contracts
    assert (contract.territory.insee, contract.status) == ("27679", "signed")
    (contract,) = pipeline.extract("Thue et Mue a signé son contrat local de santé avec l'ARS Normandie le 3 mars 2026.\n",
                                   published="2026-03-05").contracts
    assert contract.territory.insee == "14098"


def test_money_asked_for_that_the_contract_does_not_hold_is_no_funding():
    # a professionals' association's release: "nous demandons une enveloppe de 50 000 euros …, qui ne figure pas dans le
    # contrat signé" beside the ARS's money for the coordination
    text = ("La communauté de communes Orne Lorraine Confluences a signé le 2 octobre 2026 son contrat local de santé avec "
            "l'ARS Grand Est. L'ARS finance la coordination à hauteur de 36 000 euros par an.\n\n"
            "« C'est utile, mais insuffisant : nous demandons que soit créée une enveloppe de 50 000 euros pour soutenir "
            "l'accueil des internes, qui ne figure pas dans le contrat signé. »\n")
    (contract,) = pipeline.extract(text, published="2026-10-05").contracts
    assert [f.amount_eur for f in contract.funding] == [36000]


def test_guests_named_after_the_verb_of_their_presence_are_not_the_contracts_people():
    # "Assistaient également à la cérémonie Jean-Paul X, président de la communauté de communes, et la députée …": the
    # subjects after the verb are guests, as "X assistait à la cérémonie" says (not "Étaient présents Pierre X, directeur
    # général de l'ARS, …": the parties' officers, whom the annotated pages list)
    text = ("Le deuxième contrat local de santé de Bonneville a été signé le jeudi 19 novembre 2026 en mairie par Martine "
            "Veyrat-Durand, maire, et Loïc Sarrazin, directeur de la délégation départementale de l'ARS.\n\n"
            "Assistaient également à la cérémonie Jean-Paul Mugnier, président de la communauté de communes "
            "Faucigny-Glières, et la députée de la circonscription, Sandrine Collomb.\n")
    (contract,) = pipeline.extract(text, published="2026-11-24").contracts
    assert [p.name for p in contract.people] == ["Martine Veyrat-Durand", "Loïc Sarrazin"]
    text = text.replace("Assistaient également à la cérémonie", "Étaient présents")
    (contract,) = pipeline.extract(text, published="2026-11-24").contracts
    assert "Jean-Paul Mugnier" in [p.name for p in contract.people]


def test_a_table_pasted_with_tabs_keeps_its_cells_apart():
    # "Axe stratégique\tFiches-actions\tPilote" over numbered rows: the axes, not the axes run into their counts and pilots
    text = ("Le contrat local de santé du Grand Annecy a été signé le lundi 3 février 2025 avec l'ARS.\n\n"
            "Cinq axes, 31 fiches-actions\n\n"
            "Axe stratégique\tFiches-actions\tPilote\n"
            "1. Favoriser l'accès aux soins non programmés\t7\tCHANGE / CPTS\n"
            "2. Prévenir les troubles psychiques\t6\tARS / Grand Annecy\n"
            "3. Promouvoir la santé environnementale\t5\tGrand Annecy\n")
    (contract,) = pipeline.extract(text, published="2025-02-05").contracts
    assert list(contract.axes) == ["Favoriser l'accès aux soins non programmés", "Prévenir les troubles psychiques",
                                   "Promouvoir la santé environnementale"]
    from pipeline.clean import clean_text
    assert clean_text("Nom :\tMarie\nune ligne").text == "Nom : Marie\nune ligne"  # one row alone is no table


def test_a_town_named_only_by_its_town_halls_address_in_the_footer():
    # no og:site_name, a logo whose text says "Retour à l'accueil", the town only in the footer's address; the
    # agglomeration named in the text "n'en est pas non plus signataire"
    html = ("<html><head><title>Un deuxième contrat local de santé | Actualités</title></head><body>"
            "<header><a class='logo' href='/'><img alt=\"Retour à l'accueil\" src='/logo.svg'></a></header>"
            "<article><h1>Un deuxième contrat local de santé pour 2026-2030</h1>"
            "<p>Cinq ans après le premier, la Ville a signé le jeudi 12 février 2026 son deuxième contrat local de santé "
            "avec l'ARS Auvergne-Rhône-Alpes et la préfecture de la Loire.</p>"
            "<p>Saint-Étienne Métropole, qui a participé aux groupes de travail, n'en est pas non plus signataire.</p>"
            "</article><footer><p><strong>Hôtel de ville</strong><br>Place du Breuil<br>42700 Firminy<br>Tél. 04 77 40 00 00"
            "</p></footer></body></html>")
    (contract,) = pipeline.extract(html, html=True, published="2026-02-16").contracts
    assert (contract.territory.insee, contract.status) == ("42095", "renewed")


def test_the_intercommunality_said_no_party_by_its_kind_alone():
    # "L'intercommunalité n'est pas signataire du contrat", the town only in its logo's text ("Ville de X - retour à
    # l'accueil")
    html = ("<html><head><title>Santé : un premier contrat local de santé - Actualités</title></head><body><header>"
            "<a class='logo' href='/'><img alt=\"Ville de Dombasle-sur-Meurthe - retour à l'accueil\" src='/l.svg'></a>"
            "</header><article><h1>Un premier contrat local de santé signé en mairie</h1>"
            "<p>Le jeudi 19 novembre 2026, la Ville a signé son premier contrat local de santé avec l'ARS Grand Est et la "
            "préfecture de Meurthe-et-Moselle.</p><p>La communauté de communes des Pays du Sel et du Vermois était "
            "représentée. L'intercommunalité n'est pas signataire du contrat ; elle sera associée au comité de "
            "pilotage.</p></article></body></html>")
    (contract,) = pipeline.extract(html, html=True, published="2026-11-23").contracts
    assert contract.territory.insee == "54159"


def test_an_intercom_and_a_cc_named_only_in_its_minutes_header():
    # "l'Intercom de la Vire au Noireau": an intercommunality whose official name opens on "Intercom"
    from pipeline.extract.orgs import find_orgs
    assert [(o.org_type, o.name) for o in find_orgs("le contrat local de santé de l'Intercom de la Vire au Noireau")] \
        == [("epci", "Intercom de la Vire au Noireau")]
    # a CC named only in its minutes' header, whose list of signatories opens on "la communauté de communes", beside the
    # Pays whose two contracts it leaves: "Ce n'est pas un renouvellement, c'est un premier contrat"
    text = ("COMMUNAUTÉ DE COMMUNES DES TROIS RIVIÈRES\nHirson – Aisne\n\nCONFÉRENCE DES MAIRES\n"
            "Compte rendu de la réunion du mardi 1er décembre 2026\n\n"
            "2. Contrat local de santé\nLe président présente le contrat local de santé signé le vendredi 27 novembre "
            "2026 à la maison de santé d'Hirson. Jusqu'ici, le territoire relevait des deux contrats successifs du Pays de "
            "Thiérache, signés en 2015 et en 2020. « Ce n'est pas un renouvellement, c'est un premier contrat », a-t-il "
            "rappelé.\n\nOnt signé : la communauté de communes, l'ARS Hauts-de-France, la sous-préfecture de Vervins et "
            "la CPAM de l'Aisne. La signature s'est faite en présence du président du PETR du Pays de Thiérache.\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.territory.insee, contract.status) == ("240200600", "signed")


def test_the_agglomerations_generic_name_that_signs_stands_for_the_one_it_names():
    # a headline at the seat town ("Signature à Tarare du premier contrat local de santé de l'Agglo"), "l'Agglomération a
    # signé … son premier contrat local de santé", the intercommunality named once by its place ("les 31 communes de
    # l'Ouest Rhodanien"), an ARS delegation "du Rhône et de la Métropole de Lyon"
    text = ("Signature à Tarare du premier contrat local de santé de l'Agglo\n\n"
            "C'est dans la salle du conseil de l'hôtel de ville de Tarare que l'Agglomération a signé, vendredi 9 octobre "
            "2026, son premier contrat local de santé. Il couvre désormais les 31 communes de l'Ouest Rhodanien.\n\n"
            "Le contrat a été signé par le président de l'Agglomération, par la maire de Tarare et par la directrice de la "
            "délégation départementale du Rhône et de la Métropole de Lyon de l'Agence régionale de santé "
            "Auvergne-Rhône-Alpes.\n")
    (contract,) = pipeline.extract(text, published="2026-10-13").contracts
    assert contract.territory.insee == "200040566"


def test_a_hospitals_page_on_a_renewal_and_a_first_contract():
    # "celui, renouvelé, de la communauté de communes du Pays de Mortagne-au-Perche, et le tout premier des Collines …":
    # each section its own status; "Conclu pour la période 2026-2030, il succède à un premier contrat" keeps its period
    # (the first one's clause is after it)
    text = ("Le Centre hospitalier signe deux contrats locaux de santé en une semaine\n\n"
            "En cinq jours, notre établissement a signé deux contrats locaux de santé du Perche ornais.\n\n"
            "Lundi 9 novembre : un deuxième contrat pour le Pays de Mortagne-au-Perche\n\n"
            "Le deuxième contrat local de santé de la communauté de communes du Pays de Mortagne-au-Perche a été signé "
            "lundi 9 novembre 2026 par son président, l'ARS Normandie et le sous-préfet de Mortagne-au-Perche.\n\n"
            "Vendredi 13 novembre : un premier contrat pour les Collines du Perche Normand\n\n"
            "Quatre jours plus tard, c'était au tour de la communauté de communes des Collines du Perche Normand de signer "
            "son tout premier contrat local de santé, pour la période 2026-2029, avec l'ARS Normandie.\n")
    first, second = pipeline.extract(text, published="2026-11-17").contracts
    assert first.status == "renewed"
    assert (second.status, second.generation) == ("signed", 1)
    from pipeline.extract import contracts
    from pipeline.extract.units import split_units
    kept = contracts._current(split_units("Le deuxième contrat a été signé lundi. Conclu pour la période 2026-2030, il "
                                          "succède à un premier contrat arrivé à échéance cette année."), True)
    assert [u.text for u in kept] == ["Le deuxième contrat a été signé lundi.", "Conclu pour la période 2026-2030"]


def test_members_enumerated_in_parentheses_open_no_contract_of_their_own():
    # a PETR's contract: "chacune des cinq intercommunalités membres du PETR (A, B, C, D et E) dispose déjà de son propre
    # contrat local de santé": those are named in passing
    text = ("Le PETR du Bessin au Virois signe son premier contrat local de santé\n\n"
            "Le pôle d'équilibre territorial et rural du Bessin au Virois a signé le 11 juin 2026 son premier contrat local "
            "de santé avec l'ARS Normandie et la sous-préfecture de Bayeux.\n\n"
            "Chacune des cinq intercommunalités membres du PETR (Bayeux Intercom, Isigny-Omaha Intercom, Pré-Bocage "
            "Intercom, Seulles Terre et Mer et l'Intercom de la Vire au Noireau) dispose déjà de son propre contrat local "
            "de santé, signé entre 2020 et 2024.\n")
    (contract,) = pipeline.extract(text, published="2026-06-15").contracts
    assert contract.territory.type == "pays_petr"



def test_a_name_whose_own_contract_is_called_a_quartiers():
    # "Cavani prépare son contrat local de santé de quartier": a quartier no gazetteer knows, not the town that carries it
    text = ("SANTÉ | MAMOUDZOU\n\nCavani prépare son contrat local de santé de quartier\n\n"
            "Plus d'une centaine d'habitants se sont retrouvés samedi pour la première réunion publique consacrée au futur "
            "contrat local de santé du quartier, porté par la Ville de Mamoudzou et l'ARS de Mayotte.\n")
    (contract,) = pipeline.extract(text, published="2026-05-21").contracts
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Cavani")
