"""Page shapes met in the twenty-fourth session (the first contacts il–io and the real pages' unnamed Pays), end to
end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def test_an_address_that_spells_a_pays_names_the_contract_of_a_page_that_names_no_place():
    # an ARS page whose excerpt says only "le PETR": its address names the Pays, with or without its articles
    from pipeline.geo.hosts import slug_place
    for url in ("https://www.ars.example.fr/index.php/signature-du-contrat-local-de-sante-du-pays-du-lunevillois",
                "https://www.ars.example.fr/actualites/le-pays-lunevillois-signe-son-contrat"):
        assert slug_place(url) == "PETR du Pays du Lunévillois"
    assert slug_place("https://www.example.fr/pays-de-la-loire/actualites") is None  # a region, no Pays
    text = ("Le contrat local de santé, co-piloté par le pôle d'équilibre territorial et rural (PETR), le département et "
            "l'ARS, a pour vocation de réduire les inégalités sociales et territoriales de santé. Les signataires ont "
            "retenu trois orientations prioritaires.\n")
    (contract,) = pipeline.extract(
        text, url="https://www.ars.example.fr/index.php/signature-du-contrat-local-de-sante-du-pays-du-lunevillois").contracts
    assert contract.territory.name == "PETR du Pays du Lunévillois" and contract.territory.type == "pays_petr"


def test_an_intercommunalitys_name_with_a_lower_case_word_is_read_whole():
    # "la communauté de communes des Vosges côté Sud Ouest", "… Pyrénées audoises": no capitalised reading stops at the
    # lower-case word
    text = ("Signature du premier contrat local de santé\n\n"
            "Le lundi 6 octobre 2025, à Darney, la communauté de communes des Vosges côté Sud Ouest, l'Agence régionale "
            "de santé Grand Est et la préfecture des Vosges ont signé le premier contrat local de santé du territoire.\n")
    (contract,) = pipeline.extract(text, published="2025-10-08").contracts
    assert contract.territory.insee == "200068773"
    assert "Communauté de communes des Vosges côté Sud Ouest" in {s.name for s in contract.signatories}
    from pipeline.extract.orgs import find_orgs
    assert [o.name for o in find_orgs("la Communauté de communes Pyrénées audoises a signé")] == [
        "Communauté de communes Pyrénées audoises"]


def test_a_day_on_which_the_town_now_has_its_contract_is_its_signing_day():
    # "Jeudi 19 mars, la commune a franchi une étape : elle dispose désormais de son propre contrat local de santé"
    text = ("Notre ville a son contrat local de santé - Ville de Ouistreham\n\n"
            "Jeudi 19 mars, la commune de Ouistreham a franchi une étape attendue depuis deux ans : elle dispose désormais "
            "de son propre contrat local de santé, fruit de deux ans de travail avec l'ARS Normandie, pour la période "
            "2026-2030.\n")
    (contract,) = pipeline.extract(text, published="2026-03-23").contracts
    assert (contract.status, contract.signing_date) == ("signed", "2026-03-19")


def test_a_list_the_new_contract_organises_after_keeping_what_the_first_achieved_is_its_axes():
    # "Le nouveau contrat conserve ces acquis et s'organise autour de cinq axes :": the second verb owns the list
    text = ("Le deuxième contrat local de santé du Massif du Sancy est signé\n\n"
            "Le vendredi 27 juin 2025, la communauté de communes du Massif du Sancy et l'ARS Auvergne-Rhône-Alpes ont "
            "signé le deuxième contrat local de santé du territoire.\n\n"
            "Le premier contrat a permis de créer un poste de coordination et un transport solidaire.\n\n"
            "Le nouveau contrat conserve ces acquis et s'organise autour de trois axes stratégiques :\n"
            "1. Attirer et maintenir les professionnels de santé sur le territoire\n"
            "2. Accompagner le vieillissement et le maintien à domicile\n"
            "3. Lutter contre l'isolement et la précarité\n")
    (contract,) = pipeline.extract(text, published="2025-07-08").contracts
    assert list(contract.axes) == [
        "Attirer et maintenir les professionnels de santé sur le territoire",
        "Accompagner le vieillissement et le maintien à domicile", "Lutter contre l'isolement et la précarité"]


def test_an_intercommunalitys_name_that_joins_two_names_by_a_slash_is_read_whole():
    from pipeline.extract.orgs import find_orgs
    for text, name in (("le conseil de la communauté de communes de Pouilly-en-Auxois / Bligny-sur-Ouche a voté",
                        "Communauté de communes de Pouilly-en-Auxois / Bligny-sur-Ouche"),
                       ("la Communauté de communes de Pont-Audemer/Val de Risle a signé",
                        "Communauté de communes de Pont-Audemer/Val de Risle")):
        assert [o.name for o in find_orgs(text)] == [name]


_ATTENDED = ("Jeudi 12 mars, à la salle du conseil, la communauté de communes du Val de Cher et l'ARS Centre-Val de Loire "
             "ont signé le premier contrat local de santé du territoire, représentées par le président, Paul Mercier, et "
             "la directrice de la délégation départementale, Anne Roussel. ")


def test_those_who_attended_a_signing_without_signing_are_no_people_of_the_contract():
    # "… assistait à la cérémonie", "… assistaient à la signature"
    for guest in ("La vice-présidente du conseil départemental chargée de la santé, Lucie Ferrand, assistait à la "
                  "cérémonie.",
                  "Le président du syndicat de l'eau, Marc Ferrand, et une conseillère régionale assistaient à la "
                  "signature."):
        (contract,) = pipeline.extract(_ATTENDED + guest + "\n", published="2026-03-14").contracts
        assert {p.name for p in contract.people} == {"Paul Mercier", "Anne Roussel"}


def test_guests_an_agenda_announces_stay_people():
    # "La signature se fera en présence de …": the annotated agenda pages list them
    text = ("Signature du contrat local de santé le 18 juin\n\nLe contrat local de santé de la communauté de communes du "
            "Val de Cher sera signé le jeudi 18 juin 2026 à Selles-sur-Cher. La signature se fera en présence de Lucie "
            "Ferrand, vice-présidente déléguée à la santé.\n")
    (contract,) = pipeline.extract(text, published="2026-06-01").contracts
    assert "Lucie Ferrand" in {p.name for p in contract.people}


def test_a_venue_named_after_someone_is_no_person():
    # "à l'espace Bel Orient, le maire de …": the venue's name takes no role; "ont pris place Hélène X, directrice …" does
    text = ("Mardi soir, à l'espace Bel Orient, le maire de Trégueux, Hervé Le Quellec, a signé le premier contrat local de "
            "santé de la commune. Autour de lui ont pris place Hélène Marchal, directrice de la délégation départementale "
            "de l'ARS Bretagne, et le sous-préfet.\n")
    (contract,) = pipeline.extract(text, published="2026-05-07").contracts
    assert {p.name for p in contract.people} == {"Hervé Le Quellec", "Hélène Marchal"}


def test_a_first_contract_a_page_calls_un_premier_gets_its_record_when_its_parties_are_told():
    # "Les Aixois ont déjà connu un premier contrat local de santé. Il avait été signé le … par …"
    text = ("Santé : la Ville signe un deuxième contrat avec l'ARS\n\n"
            "Mardi soir, à l'hôtel de ville, le maire, le directeur de la délégation départementale de l'ARS et la "
            "directrice de la CPAM du Gard ont signé le deuxième contrat local de santé de Nîmes, pour 2026-2030.\n\n"
            "Les Nîmois ont déjà connu un premier contrat local de santé. Il avait été signé le 5 juillet 2019 par la "
            "Ville, l'ARS et la préfecture du Gard, pour la période 2019-2023.\n")
    contracts = pipeline.extract(text, published="2026-10-15").contracts
    assert len(contracts) == 2
    first = next(c for c in contracts if c.status == "signed" and c.generation == 1)
    assert (first.period_start, first.period_end, first.signing_date) == (2019, 2023, "2019-07-05")
    assert {s.org_type for s in first.signatories} >= {"commune", "ars", "prefecture"}
    # the party named only where the first contract's signing is told is not the new one's
    second = next(c for c in contracts if c is not first)
    assert "prefecture" not in {s.org_type for s in second.signatories}


def test_what_a_diagnostics_first_findings_bear_on_is_no_axis_list():
    # "les premiers constats portent sur la démographie médicale, l'isolement … et la précarité saisonnière"
    text = ("La communauté de communes de Domme-Villefranche du Périgord prépare son premier contrat local de santé avec "
            "l'ARS. Le diagnostic a débuté en avril ; les premiers constats portent sur la démographie médicale, "
            "l'isolement des personnes âgées et la précarité saisonnière. Le contrat devrait être signé en 2027.\n")
    (contract,) = pipeline.extract(text, published="2026-06-10").contracts
    assert contract.axes == []


def test_a_renewed_engagement_with_a_second_contract_is_dated_by_its_day():
    text = ("Le mardi 2 juin, à Vélines, la communauté de communes de Montaigne Montravel et Gurson a renouvelé son "
            "engagement avec un deuxième contrat local de santé, pour 2026-2030, aux côtés de l'ARS Nouvelle-Aquitaine.\n")
    (contract,) = pipeline.extract(text, published="2026-06-10").contracts
    assert contract.signing_date == "2026-06-02"


def test_a_posts_estimated_cost_and_crime_prevention_money_are_no_funding_of_the_contract():
    text = ("Le conseil communautaire approuve le contrat local de santé 2027-2031 de la communauté de communes Les "
            "Avant-Monts et autorise le président à le signer. Le poste de coordination sera financé à parts égales par "
            "l'ARS Occitanie et la communauté de communes, soit 25 000 € par an pour chacune.\n\n"
            "7. RESSOURCES HUMAINES\nCréation d'un poste d'attaché territorial (coordination du contrat local de santé). "
            "Coût annuel chargé estimé : 50 000 €.\n\n"
            "8. PRÉVENTION DE LA DÉLINQUANCE\nLe fonds interministériel de prévention de la délinquance y consacre "
            "40 000 € en 2027.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert sorted(f.amount_eur for f in contract.funding) == [25000, 25000]


def test_a_table_of_contents_flattened_onto_one_line_is_one_entry_per_line():
    # a PDF's text layer: "INTRODUCTION ...... 1 PRESENTATION DU TERRITOIRE ...... 6 AXE A - …... 12 A 1 : …"
    from pipeline.clean.cleaner import clean_text
    flat = ("SOMMAIRE INTRODUCTION ...... 1 PRESENTATION DU TERRITOIRE ...... 6 AXE A - RENFORCER LES SOINS DE PROXIMITÉ"
            "... 12 A 1 : Stratégie de communication... 12 AXE B - PRÉVENIR LES ADDICTIONS... 20 1. Le tabac... 21\n")
    assert clean_text(flat).text.splitlines() == [
        "SOMMAIRE INTRODUCTION ...... 1", "PRESENTATION DU TERRITOIRE ...... 6",
        "AXE A - RENFORCER LES SOINS DE PROXIMITÉ... 12", "A 1 : Stratégie de communication... 12",
        "AXE B - PRÉVENIR LES ADDICTIONS... 20", "1. Le tabac... 21"]
    # a sentence that refers to one page is no table of contents
    one = "Le diagnostic (voir le chapitre ...... 12 du rapport) a été présenté en juin.\n"
    assert clean_text(one).text == one.strip()


def test_axes_numbered_by_a_letter_before_a_capitalised_label_are_read():
    # "AXE A - RENFORCER …", "AXE B AMÉLIORER …": the letter numbers the axis even without a separator
    text = ("Le contrat local de santé de la communauté de communes du Val de Cher a été signé le 3 mars 2024 par la "
            "communauté de communes et l'ARS.\n\n"
            "AXE A - RENFORCER LES SOINS DE PROXIMITÉ\nAXE B AMÉLIORER LES PARCOURS DE SANTÉ\n"
            "AXE C - PRÉVENIR LES ADDICTIONS\n")
    (contract,) = pipeline.extract(text, published="2024-03-10").contracts
    assert list(contract.axes) == ["RENFORCER LES SOINS DE PROXIMITÉ", "AMÉLIORER LES PARCOURS DE SANTÉ",
                                   "PRÉVENIR LES ADDICTIONS"]


def test_an_intercommunalitys_name_written_with_a_lower_case_first_word_is_read_whole():
    # "la communauté de communes du pays de Tarascon", "… du canton de Charly-sur-Marne"
    from pipeline.extract.orgs import find_orgs
    for text, code in (("la communauté de communes du pays de Tarascon a signé", "240900431"),
                       ("la communauté de communes du canton de Charly-sur-Marne signait", "240200584")):
        (org,) = find_orgs(text)
        assert not org.generic
        from pipeline.geo import get_gazetteer
        assert get_gazetteer().link(org.name, kind="epci").insee == code


def test_a_town_site_whose_text_says_la_commune_among_the_signing_parties_is_the_towns_contract():
    # a mid-term review on the town's own site: "le contrat reste celui signé le 14 mars 2024 par la commune, l'ARS …";
    # the agglomeration named later, "qui n'est pas signataire", is no territory; "Autour de la table, une trentaine de
    # participants : …" is a meeting, no signing
    html = ("<html><head><title>Contrat local de santé : le point à mi-parcours – Saint-Pierre-en-Auge</title></head><body>"
            "<p>Le comité de pilotage du contrat local de santé s'est réuni le jeudi 12 novembre à la mairie. Il ne "
            "s'agissait pas de signer un nouveau document : le contrat reste celui signé le 14 mars 2024 par la commune, "
            "l'Agence régionale de santé de Normandie et la CPAM du Calvados, pour la période 2024-2028.</p>"
            "<p>Autour de la table, une trentaine de participants : élus, représentants de la MSA Côtes Normandes et de "
            "l'agglomération Lisieux Normandie. Cette dernière, qui n'est pas signataire du contrat, a présenté son "
            "programme.</p></body></html>")
    (contract,) = pipeline.extract(html, html=True, published="2026-11-27").contracts
    assert contract.territory.insee == "14654"
    assert {s.org_type for s in contract.signatories} == {"commune", "ars", "cpam"}


def test_an_amount_said_invested_is_no_funding_of_the_contract():
    from pipeline.extract.funding import find_amounts
    text = ("L'ARS apporte 40 000 euros par an ; un effort à mettre en regard des 1,8 million d'euros investis dans le "
            "centre municipal de santé.")
    assert [a.amount for a in find_amounts(text, 0, [])] == [40000]
