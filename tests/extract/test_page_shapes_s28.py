"""Page shapes met in the twenty-eighth session (the real pages' signatory lists and the first contacts of round 25),
end to end: each test states the class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pipeline


def _one(text: str, **kw):
    (contract,) = pipeline.extract(text, **kw).contracts
    return contract


def _parties(contract) -> set[tuple[str, str]]:
    return {(s.org_type, s.name) for s in contract.signatories}


def test_a_list_of_parties_holds_bodies_no_lexicon_knows():
    # an association, a league and a union the lexicon has no head for, coordinated with known parties
    text = ("Le contrat local de santé de Saint-Junien a été signé le 9 octobre 2026. Les signataires du contrat : "
            "la Ville de Saint-Junien, l'ARS Nouvelle-Aquitaine, la préfecture de la Haute-Vienne, la Ligue contre le "
            "cancer, l'Union départementale des associations familiales (UDAF), "
            "la CPAM de la Haute-Vienne, les associations Solidarité Santé Limousin et UNAFAM et la Maison des "
            "Aidants du Limousin.")
    parties = _parties(_one(text, published="2026-10-12"))
    assert {("other", "Ligue contre le cancer"),
            ("other", "Union départementale des associations familiales"),
            ("other", "Solidarité Santé Limousin"), ("other", "UNAFAM"),
            ("other", "Maison des Aidants du Limousin")} <= parties


def test_items_of_a_list_that_read_as_no_body_are_no_parties():
    # a heading in capitals, a person without article, a place (a member of a plural party), the end of a name cut at
    # its comma
    text = ("Le contrat local de santé de la Communauté de communes Chablis, Villages et Terroirs a été signé le "
            "2 octobre 2026 par la communauté de communes, l'ARS Bourgogne-Franche-Comté, la préfecture de l'Yonne, "
            "les deux CPTS Auxerre et Avallon, Florence Dumay et la CPAM de l'Yonne.\n\nAXES DU CONTRAT\n\n"
            "Axe 1 – Accès aux soins\nAxe 2 – Santé mentale")
    others = {name for kind, name in _parties(_one(text, published="2026-10-05")) if kind == "other"}
    assert not others & {"Villages", "Terroirs", "Auxerre", "Avallon", "Florence Dumay", "AXES DU CONTRAT"}


def test_a_signer_listed_by_name_and_role_is_a_person_not_a_party():
    text = ("Ce mercredi 17 juin 2026, la commune de Corte a signé son premier contrat local de santé.\n\n"
            "Le contrat a été signé par :\n- Jean-Baptiste Santoni, maire de Corte ;\n"
            "- Marie-Claude Peretti, directrice générale de l'Agence régionale de santé de Corse ;\n"
            "- Paul-Antoine Luciani, directeur de la CPAM de la Haute-Corse.")
    names = {s.name for s in _one(text, published="2026-06-18").signatories}
    assert not names & {"Jean-Baptiste Santoni", "Marie-Claude Peretti", "Paul-Antoine Luciani"}


def test_a_list_written_without_articles_holds_its_unknown_bodies_too():
    text = ("Le 4 novembre 2026, le contrat local de santé de Montech a été signé par ses partenaires (Ville de Montech, "
            "ARS Occitanie, Conseil départemental de Tarn-et-Garonne, Maison de Santé Pluriprofessionnelle du Lomagnol, "
            "CPAM de Tarn-et-Garonne, MSA Midi-Pyrénées Nord).")
    assert ("other", "Maison de Santé Pluriprofessionnelle du Lomagnol") in _parties(_one(text, published="2026-11-06"))


def test_a_line_of_a_list_of_parties_names_an_unknown_body():
    text = ("CONTRAT LOCAL DE SANTÉ DE LA VILLE DE RIOM\n\nEntre\n\nLa Ville de Riom, représentée par son maire,\n"
            "L'Association Réseau Santé Combrailles, représentée par sa présidente,\n"
            "L'Agence régionale de santé Auvergne-Rhône-Alpes, représentée par son directeur général,\n"
            "La Caisse primaire d'assurance maladie du Puy-de-Dôme, représentée par son directeur,\n\n"
            "Il a été convenu ce qui suit.\n\nFait à Riom, le 6 octobre 2026.")
    assert ("other", "Association Réseau Santé Combrailles") in _parties(_one(text, published="2026-10-08"))


def test_a_body_named_with_its_kind_in_apposition_is_that_body():
    # "Néolia, bailleur social, représenté par …": the landlord's own name, not "Bailleur social"; "le Cesame, centre
    # de santé mentale": a hospital
    text = ("Le contrat local de santé du quartier des Hauts de Chambéry a été signé le 3 novembre 2026.\n\nSignataires :\n"
            "- la Ville de Chambéry, représentée par son maire ;\n"
            "- l'Agence régionale de santé Auvergne-Rhône-Alpes, représentée par sa directrice ;\n"
            "- Savoisienne Habitat, bailleur social, représenté par son directeur ;\n"
            "- la CPAM de la Savoie, représentée par son directeur.\n\n"
            "Il associe aussi le CHS de la Savoie et le Cesame, centre de santé mentale, au volet santé mentale.")
    parties = _parties(_one(text, published="2026-11-05"))
    assert ("other", "Savoisienne Habitat") in parties and not any(name == "Bailleur social" for _, name in parties)
    text = ("Le contrat a été signé le 5 octobre 2026 par la Ville d'Avrillé, l'ARS Pays de la Loire, la CPAM de "
            "Maine-et-Loire et le Clairval, centre de santé mentale angevin.\n\nLe contrat local de santé d'Avrillé "
            "court jusqu'en 2030.")
    assert ("hospital", "Clairval") in _parties(_one(text, published="2026-10-08"))


def test_a_known_party_by_its_initials_is_not_a_party_of_its_own():
    text = ("Le contrat local de santé de Sallanches a été signé le 8 octobre 2026 par la Ville de Sallanches, l'ARS "
            "Auvergne-Rhône-Alpes, la CPAM de la Haute-Savoie et le centre hospitalier Alpes-Léman. Autour de la "
            "table : la Ville, l'ARS, la CPAM et le CHAL.")
    names = [s.name for s in _one(text, published="2026-10-10").signatories]
    assert "CHAL" not in names


def test_a_variant_of_the_caf_long_name_is_the_caf():
    text = ("Le contrat local de santé d'Étampes a été signé le 7 octobre 2026 par la Ville d'Étampes, l'ARS "
            "Île-de-France et la Caisse des Allocations Familiales de l'Essonne.")
    assert any(s.org_type == "caf" for s in _one(text, published="2026-10-09").signatories)


def test_the_town_a_site_name_holds_is_the_towns_contract():
    # a twinning committee's site: "le contrat local de santé de la Ville" is that of the town its name holds
    html = ("<html><head><title>Une délégation de Bamberg chez nous</title>"
            "<meta property='og:site_name' content='Comité de jumelage Villefranche-sur-Saône – Bamberg'></head><body>"
            "<h1>Une délégation de Bamberg chez nous</h1>"
            "<p>Samedi, l'adjointe à la santé a présenté à nos hôtes le deuxième contrat local de santé de la Ville, "
            "signé le 3 février 2026 avec l'Agence régionale de santé Auvergne-Rhône-Alpes et la CPAM du Rhône. Il "
            "couvre la période 2026-2030.</p></body></html>")
    contract = _one(html, html=True, published="2026-05-20")
    assert (contract.territory.name, contract.territory.insee) == ("Villefranche-sur-Saône", "69264")


def test_our_town_is_the_town_the_masthead_writes_with_its_departement():
    text = ("NOTES D'UNE PHARMACIENNE\nLe blog de Claire Fabre, pharmacienne à Mazamet (Tarn)\n\n"
            "Un contrat pour la ville\nPublié le lundi 30 novembre 2026\n\n"
            "Jeudi dernier, le maire a signé le premier contrat local de santé de notre ville avec l'Agence régionale "
            "de santé Occitanie et la CPAM du Tarn. J'y étais.")
    assert _one(text, published="2026-11-30").territory.insee == "81163"


def test_our_contract_in_a_quote_is_not_the_contract_of_the_town_a_page_names():
    # a press page on a health centre's agreement: "c'est un peu notre contrat local de santé à nous" is a metaphor
    text = ("Cosne-Cours-sur-Loire (Nièvre)\n\nLa maison de santé signe son accord avec l'Assurance maladie\n\n"
            "Mercredi, l'accord conventionnel interprofessionnel a été signé par la maison de santé, la CPAM de la "
            "Nièvre et l'ARS Bourgogne-Franche-Comté. « Ce projet de santé, c'est un peu notre contrat local de santé "
            "à nous », a lancé le maire.")
    assert pipeline.extract(text, published="2026-11-06").is_cls is False


def test_the_page_s_own_signing_beside_the_first_contract_makes_no_record_of_the_first():
    # "Le précédent courait de 2020 à 2025, le tout premier avait été signé en 2014. Celui-ci a été paraphé … par …":
    # the parties are this one's; the first two are history
    text = ("3\nComme le troisième contrat local de santé de la Communauté d'agglomération du Grand Villeneuvois. Le "
            "précédent courait de 2020 à 2025, le tout premier avait été signé en 2014. Celui-ci a été paraphé vendredi "
            "20 novembre 2026 par le président de l'agglomération, par la directrice de la délégation départementale de "
            "l'ARS Nouvelle-Aquitaine, par le sous-préfet de Villeneuve-sur-Lot et par le directeur de la CPAM de "
            "Lot-et-Garonne.\n\n4\nLe nombre d'années du contrat, qui court de 2026 à 2030.")
    record = pipeline.extract(text, published="2026-11-26")
    assert [(c.status, c.period_start) for c in record.contracts] == [("renewed", 2026)]


def test_a_town_located_in_a_named_area_is_not_joined_by_the_areas_town():
    # "à Mauléon, dans le Bocage bressuirais, la commune prépare …": the adjective completes the area's name
    text = ("La vice-présidente annonce que la Région sera signataire d'un contrat communal : à Montbron, dans le "
            "Bocage confolentais, la commune prépare son premier contrat local de santé avec l'ARS, dont la "
            "signature est prévue au printemps prochain. La Région en sera signataire aux côtés de la commune et de "
            "l'ARS. Le contrat local de santé de Montbron comptera quatre axes.")
    record = pipeline.extract(text, published="2026-11-20")
    assert [c.territory.name for c in record.contracts] == ["Montbron"]


def test_a_fact_sheets_value_wrapped_under_its_column_is_one_value():
    text = ("NOTRE CONTRAT LOCAL DE SANTÉ EN BREF\n"
            "  Contrat ............ 2e contrat local de santé du PETR du Pays Haut Languedoc et Vignobles\n"
            "  Période ............ 2024-2028\n"
            "  Signé le ........... 27 juin 2024, à Bédarieux\n"
            "  Signataires ........ le PETR du Pays Haut Languedoc et Vignobles, l'ARS Occitanie, la\n"
            "                       préfecture de l'Hérault, le Département de l'Hérault, la CPAM de\n"
            "                       l'Hérault et la MSA du Languedoc\n"
            "  Coordination ....... Nadia Fabre, coordinatrice du contrat local de santé\n")
    parties = {kind for kind, _ in _parties(_one(text, published="2026-10-02"))}
    assert {"prefecture", "departement", "cpam", "msa"} <= parties


def test_people_named_with_their_body_and_role_in_parentheses():
    text = ("Jeudi 26 novembre 2026, la communauté de communes du Tonnerrois en Bourgogne a signé son premier contrat "
            "local de santé. Autour de la table : Jacques Morin (communauté de communes du Tonnerrois en Bourgogne, "
            "président), Hélène Berthier (ARS Bourgogne-Franche-Comté, déléguée départementale de l'Yonne) et Paul "
            "Simonet (CPAM de l'Yonne, directeur).")
    people = {p.name: p.role for p in _one(text, published="2026-11-28").people}
    assert {"Jacques Morin", "Hélène Berthier", "Paul Simonet"} <= set(people)
    assert people["Paul Simonet"].startswith("directeur")


def test_a_site_names_town_is_read_past_an_acronym_and_among_homonyms():
    # "US Montdidier Football": no town "Us"; of the two Montdidier (Somme, Moselle), the page's département's
    html = ("<html><head><title>Le club et le contrat local de santé</title>"
            "<meta property='og:site_name' content='US Montdidier Football'></head><body>"
            "<h1>Le club et le contrat local de santé</h1>"
            "<p>Samedi 26 septembre 2026, en mairie, la Ville a signé son tout premier contrat local de santé, avec la "
            "sous-préfète de Montdidier, l'ARS Hauts-de-France et la CPAM de la Somme.</p></body></html>")
    assert _one(html, html=True, published="2026-09-30").territory.insee == "80561"


def test_an_agenda_items_amount_is_not_funded_by_the_contract_item_above_it():
    # "2. Approbation du contrat local de santé …" / "4. Subvention de 12 000 € à l'office de tourisme": sibling items
    text = ("Agenda – Communauté de communes Loire et Allier\n\n"
            "Conseil communautaire\nDate : le jeudi 26 novembre 2026 à 18 h 30.\nLieu : Siège, Dornes.\n"
            "Ordre du jour :\n1. Budget primitif 2027 – orientations\n"
            "2. Approbation du contrat local de santé 2027-2031 et autorisation donnée au président de le signer\n"
            "3. Tarifs de la piscine intercommunale\n4. Subvention de 12 000 € à l'office de tourisme\nSéance publique.\n\n"
            "Signature du contrat local de santé de Loire et Allier\nDate : le jeudi 17 décembre 2026 à 18 h 00.\n"
            "Lieu : Salle des fêtes, Dornes.\n")
    assert all(f.amount_eur != 12000 for c in pipeline.extract(text, published="2026-12-01").contracts for f in c.funding)


def test_a_contract_told_signed_by_its_rank_after_a_job_title_is_the_pages_subject():
    # "X, coordinatrice du contrat local de santé du Pays …" then "un premier contrat avait été conclu en 2014 … Le
    # troisième a été signé le vendredi 3 juillet": the contract itself, not only someone's job
    text = ("Le mardi 22 septembre 2026, nous avons reçu Claire Rivière, coordinatrice du contrat local de santé du Pays "
            "du Bocage. Notre conférencière a rappelé qu'un premier contrat avait été conclu en 2014, un deuxième en "
            "2019. Le troisième a été signé le vendredi 3 juillet 2026 par le président du PETR, par le préfet de l'Orne "
            "et par l'ARS Normandie. Il couvre la période 2026-2030.")
    assert pipeline.extract(text, published="2026-10-01").is_cls is True


def test_a_year_before_the_cls_existed_ends_no_contract():
    # "… jusqu'en 2008": another era's; read as the contract's end it made the record invalid and the page an error
    text = ("Hommage au docteur Santoni, médecin de Corte de 1975 jusqu'en 2008. Il avait porté le projet qui a inspiré "
            "le contrat local de santé de Corte, signé le 5 mars 2026 par la commune et l'ARS de Corse.")
    record = pipeline.extract(text, published="2026-03-10")
    assert all(c.period_end is None or c.period_end >= 2009 for c in record.contracts)


def test_the_commune_of_a_letter_is_the_town_of_its_letterhead():
    # a doctor's letter to patients: "La commune a signé … son premier contrat local de santé" under the address
    # "3 rue de la Gare – 25500 Morteau"
    text = ("Docteur Anne Bourdin\nMédecin généraliste\n3 rue de la Gare – 25500 Morteau\n\n"
            "Morteau, le 2 novembre 2026\n\nÀ mes patientes et à mes patients,\n\n"
            "La commune a signé en juin 2026 son premier contrat local de santé avec l'ARS Bourgogne-Franche-Comté et la "
            "préfecture du Doubs, pour la période 2026-2030.")
    assert _one(text, published="2026-11-02").territory.insee == "25411"
