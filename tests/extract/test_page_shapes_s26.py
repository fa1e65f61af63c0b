"""Page shapes met in the twenty-sixth session (first contacts jd–je of round 19 and jf–ji of round 20), end to end:
each test states the class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pipeline


def _one(text: str, **kw):
    (contract,) = pipeline.extract(text, **kw).contracts
    return contract


def test_a_town_and_a_compass_point_name_a_quartier_not_its_town_nor_the_hall_of_the_signing():
    # "le contrat local de santé de Rennes Sud", signed "à la maison de quartier de Champs-Manceaux": the quartier the
    # contract is said to be of, not the town whose name it holds, nor the quartier named only by its building
    text = ("Rennes. Un contrat local de santé pour le quartier\n\n"
            "Signé mardi soir à la maison de quartier de Champs-Manceaux, le document engage la Ville, l'ARS et "
            "la CPAM.  "
            "Mardi 17 novembre 2026, le contrat local de santé de Rennes Sud a été signé à la maison de quartier de "
            "Champs-Manceaux. C'est le premier contrat local de santé consacré à un seul quartier dans le département. "
            "Il a été signé par la Ville de Rennes, l'ARS Bretagne et la CPAM d'Ille-et-Vilaine.\n\n"
            "La coordinatrice du contrat local de santé de Rennes Sud tiendra une permanence à la maison de "
            "quartier de "
            "Champs-Manceaux.")
    contract = _one(text, published="2026-11-19")
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Rennes Sud")


def test_a_generic_hospital_stands_for_the_one_hospital_the_page_names():
    # "le CHU" of a lead and "le CHU de Brest" of the signing sentence: one party
    text = ("Le document engage la Ville, l'ARS et le CHU sur trois priorités.\n\n"
            "Le contrat local de santé de Morlaix a été signé le 3 novembre 2026 par la Ville de Morlaix, l'ARS "
            "Bretagne et le CHU de Brest.")
    contract = _one(text, published="2026-11-05")
    assert [s.name for s in contract.signatories if s.org_type == "hospital"] == ["CHU de Brest"]


def test_a_minutes_header_writing_the_name_over_its_kind_names_the_intercommunality():
    # "GRAND CAHORS" / "Communauté d'Agglomération" over council minutes whose item says "signé par la Communauté
    # d'agglomération", after "la ville de Cahors disposait de son propre contrat": the agglomeration's contract
    text = ('GRAND CAHORS\n'
            "Communauté d'Agglomération\n"
            "Hôtel d'agglomération – 46000 Cahors\n"
            '\n'
            'PROCÈS-VERBAL DU CONSEIL COMMUNAUTAIRE\n'
            'Séance du jeudi 26 novembre 2026\n'
            '\n'
            '3. Fonds de concours à la commune de Pradines – maison de santé\n'
            "Le conseil attribue un fonds de concours de 120 000 € à la commune de Pradines pour l'extension de "
            "sa maison de santé.\n"
            "Adopté à l'unanimité.\n"
            '\n'
            '4. Contrat local de santé intercommunal 2027-2031 – Approbation\n'
            "Mme la vice-présidente rappelle que la ville de Cahors disposait depuis 2018 de son propre contrat "
            "local de santé, arrivé à échéance fin 2024, et que les autres communes n'étaient couvertes par aucun"
            " contrat. À la demande de l'ARS Occitanie, l'agglomération a conduit un diagnostic partagé à "
            "l'échelle des communes. Le contrat sera signé par la Communauté d'agglomération, la préfecture du "
            "Lot et l'ARS Occitanie. La signature est programmée le vendredi 18 décembre 2026.\n"
            "Adopté à l'unanimité.\n"
            '\n'
            '5. Atelier santé ville – convention avec la Ville de Cahors\n'
            "La Ville de Cahors met à disposition de l'agglomération l'agent chargé de l'atelier santé ville. Le "
            "remboursement annuel s'élève à 18 500 €. "
            "Adopté à l'unanimité.\n")
    contract = _one(text, published="2026-12-01")
    assert contract.territory.type == "epci" and "Grand Cahors" in contract.territory.name


def test_the_next_sentences_own_contract_is_its_subjects():
    # "Sa voisine, la communauté de communes X, a fait un autre choix. … son conseil communautaire a voté l'engagement
    # de son premier contrat local de santé": a second contract, in preparation
    text = ("Figeac. Deux communautés, deux contrats\n\n"
            "La communauté de communes du Grand-Figeac a renouvelé lundi 30 novembre 2026 son contrat local de "
            "santé pour "
            "la période 2026-2030, avec l'ARS Occitanie et la préfecture du Lot.\n\n"
            "Sa voisine, la communauté de communes Causse de Labastide-Murat, a fait un autre choix. Le 19 "
            "novembre dernier, "
            "son conseil communautaire a voté l'engagement de son premier contrat local de santé, pour une signature "
            "visée à l'automne 2027. Ce futur contrat sera porté par la communauté de communes avec l'ARS Occitanie.")
    contracts = pipeline.extract(text, published="2026-12-02").contracts
    assert len(contracts) == 2
    second = next(c for c in contracts if "Labastide" in c.territory.name)
    assert second.status == "in_preparation"


def test_two_signature_blocks_side_by_side_are_read_one_after_the_other():
    # a contract document's last page: "Pour la Communauté de communes …      Pour l'Agence régionale de santé …", each
    # block's role, its "[signature]" mark and its signer's name; no party called "Pour"
    text = ("CONTRAT LOCAL DE SANTÉ 2026 – 2030\n\nCommunauté de communes du Pays de Lunel\n\n"
            "ENTRE LES SOUSSIGNÉS :\n\nLa Communauté de communes du Pays de Lunel, représentée par son Président,\n\n"
            "L'Agence régionale de santé Occitanie, représentée par son Directeur général,\n\n"
            "IL EST CONVENU CE QUI SUIT.\n\n"
            "Fait à Lunel, le 9 octobre 2026.\n\n"
            "Pour la Communauté de communes                  Pour l'Agence régionale de santé\n"
            "du Pays de Lunel,                               Occitanie,\n"
            "Le Président,                                  la Déléguée départementale de l'Hérault,\n"
            "[signature]                                     [signature]\n"
            "Pierre Soulier                                  Isabelle Castan\n")
    contract = _one(text)
    assert not any(s.name.endswith("Pour") for s in contract.signatories)
    assert {"Pierre Soulier", "Isabelle Castan"} <= {p.name for p in contract.people}


def test_a_table_drawn_with_pipes_and_a_rule_keeps_its_wrapped_cells_whole():
    # "Axe | Objectifs | Fiches" / "----+----+----" / a first cell wrapped on the next line under it
    text = ("Contrat local de santé de la Communauté de communes du Pays de Lunel 2026-2030\n\n"
            "Les signataires retiennent les trois axes stratégiques suivants.\n\n"
            "Axe stratégique                         | Objectifs opérationnels              | Fiches\n"
            "----------------------------------------+--------------------------------------+--------\n"
            "1. Accès aux soins                      | Attirer les professionnels ; lever   | 1.1 à 1.4\n"
            "                                        | les freins aux droits                |\n"
            "2. Parcours des personnes âgées et      | Prévenir la perte d'autonomie        | 2.1 à 2.3\n"
            "   des aidants                          |                                      |\n"
            "3. Santé mentale                        | Repérer et orienter                  | 3.1 à 3.2\n")
    contract = _one(text)
    assert contract.axes == ["Accès aux soins", "Parcours des personnes âgées et des aidants", "Santé mentale"]


def test_ambitions_told_one_sentence_each_in_sequence_are_the_axes():
    text = ("La Ville de Cholet a signé le 15 septembre 2026 son deuxième contrat local de santé avec l'ARS Pays de la "
            "Loire.\n\n"
            "Le contrat poursuit trois ambitions. D'abord, réduire les inégalités de santé dans les quartiers "
            "prioritaires, "
            "où l'on vit moins longtemps. Ensuite, promouvoir la santé mentale des jeunes, avec un point "
            "d'écoute. Enfin, "
            "accompagner le vieillissement à domicile.")
    contract = _one(text, published="2026-09-16")
    assert contract.axes == ["réduire les inégalités de santé dans les quartiers prioritaires",
                             "promouvoir la santé mentale des jeunes", "accompagner le vieillissement à domicile"]


def test_a_first_intercommunal_contract_that_succeeds_a_towns_is_no_renewal():
    text = ("La Communauté de communes du Pays de Lunel a signé le 9 octobre 2026 son contrat local de santé avec l'ARS "
            "Occitanie. Le présent contrat succède au contrat local de santé de la commune de Lunel (2019-2023), "
            "dont il "
            "reprend les acquis. Il constitue le premier contrat local de santé de la Communauté de communes.")
    assert _one(text, published="2026-10-12").status == "signed"


def test_a_town_called_after_its_province_is_the_town_of_that_name_in_the_pages_departement():
    # "Le Luc-en-Provence" for Le Luc (Var), the page naming its département
    text = ("COMMUNE DU LUC-EN-PROVENCE\nDépartement du Var\n\nPROCÈS-VERBAL DU CONSEIL MUNICIPAL\n\n"
            "6.1 Contrat local de santé Monsieur le Maire informe l'assemblée que le premier contrat local de "
            "santé de la "
            "commune a été signé le 2 octobre 2026 à la sous-préfecture de Brignoles, aux côtés de l'ARS "
            "Provence-Alpes-Côte d'Azur.")
    contract = _one(text, published="2026-10-21")
    assert contract.territory.insee == "83073"
    from pipeline.geo.gazetteer import get_gazetteer
    assert get_gazetteer().link("Le Luc-en-Provence", None, None) is None  # (only with the page's département)


def test_a_quartiers_contract_that_carries_out_the_agglomerations_opens_no_contract_for_either_town_or_agglomeration():
    # "le premier contrat local de santé de quartier", "décline … le contrat local de santé de la Communauté
    # d'agglomération", the quartier named only by its maison de quartier
    text = ("SARREGUEMINES INFOS\nLe magazine d'information de la Ville – Novembre 2026\n\n"
            "SANTÉ\nBeausoleil : un contrat local de santé pour le quartier\n\n"
            "Le 6 novembre 2026, à la maison de quartier de Beausoleil, la Ville a signé le premier contrat local"
            " de santé "
            "de quartier de son histoire, avec l'ARS Grand Est et la CPAM de Moselle.\n\n"
            "Le contrat de quartier décline, au plus près des habitants, le contrat local de santé de la Communauté "
            "d'agglomération Sarreguemines Confluences, signé en 2022. L'Agglomération n'est pas signataire du contrat "
            "de la maison de quartier de Beausoleil.")
    contract = _one(text, published="2026-11-20")
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Beausoleil")


def test_each_row_of_a_table_of_contracts_is_a_contract_with_the_parties_of_its_signatories_column():
    # "Territoire | Contrat | Signature | Période | Signataires": a town no other sentence names, in preparation, keeps
    # its row's period (its "1er contrat (en cours d'élaboration)" cell is no earlier contract)
    text = ("CONTRATS LOCAUX DE SANTÉ : OÙ EN EST-ON ?\nDeux contrats ont été signés en juin et un troisième est en "
            "préparation.\n\n"
            "Territoire\tContrat\tSignature\tPériode\tSignataires\n"
            "Savigny-le-Temple\t2e contrat (renouvellement)\t16/06/2026\t2026-2030\tVille de Savigny-le-Temple, ARS "
            "Île-de-France, CPAM de Seine-et-Marne\n"
            "Dammarie-les-Lys\t1er contrat\t23/06/2026\t2026-2030\tVille de Dammarie-les-Lys, ARS Île-de-France, MSA "
            "Île-de-France\n"
            "Combs-la-Ville\t1er contrat (en cours d'élaboration)\tvisée au 1er semestre 2027\t2027-2031 (prévisionnelle)"
            "\tà définir\n")
    contracts = {c.territory.name: c for c in pipeline.extract(text, published="2026-12-01").contracts}
    assert set(contracts) == {"Savigny-le-Temple", "Dammarie-les-Lys", "Combs-la-Ville"}
    assert "cpam" in {s.org_type for s in contracts["Savigny-le-Temple"].signatories}
    assert "msa" in {s.org_type for s in contracts["Dammarie-les-Lys"].signatories}
    combs = contracts["Combs-la-Ville"]
    assert (combs.status, combs.period_start, combs.period_end) == ("in_preparation", 2027, 2031)


def test_a_lead_naming_two_contracts_in_turn_announces_a_body_that_tells_the_first_first():
    # "X a signé son premier contrat. À quelques kilomètres, Y devrait suivre." then an unnamed paragraph about the
    # signing: X's; Y's own section: in preparation ("Nous visons une signature avant l'été", "Le contrat sera élaboré
    # par la commune avec l'ARS"), the body that declined to sign no party of X's
    text = ("Actualités › Santé\n\n"
            "Bois-Guillaume. Un premier contrat local de santé signé, Bihorel prépare le sien\n\n"
            "La Ville de Bois-Guillaume a signé mardi 10 novembre son premier contrat local de santé. À quelques "
            "kilomètres, la commune de Bihorel devrait suivre.\n\n"
            "Ils étaient trois à parapher le document mardi soir : le maire, l'ARS Normandie et la préfecture de la "
            "Seine-Maritime. Quant au Département de la Seine-Maritime, il n'a pas souhaité le signer.\n\n"
            "Bihorel dans les starting-blocks\n\n"
            "Du côté de Bihorel, on prépare aussi son premier contrat local de santé. « Nous visons une signature"
            " avant "
            "l'été. Le contrat sera élaboré par la commune avec l'ARS Normandie », explique l'adjointe.")
    contracts = {c.territory.name: c for c in pipeline.extract(text, published="2026-11-13").contracts}
    first, second = contracts["Bois-Guillaume"], contracts["Bihorel"]
    assert first.status == "signed" and first.signing_date == "2026-11-10"
    assert "departement" not in {s.org_type for s in first.signatories}
    assert second.status == "in_preparation" and second.signing_date is None
    assert "ars" in {s.org_type for s in second.signatories}


def test_a_diagnostic_launched_and_a_signing_aimed_at_are_a_contract_in_preparation_whose_study_is_no_funding():
    # a page's second contract, told in its own section: no contract yet, a diagnostic launched, a signing aimed at
    text = ("Meuse : le Val de Meuse renouvelle son contrat local de santé, Argonne-Meuse se lance\n\n"
            "La communauté de communes du Val de Meuse-Voie Sacrée a signé lundi 16 novembre 2026 son deuxième contrat "
            "local de santé avec l'ARS Grand Est et la CPAM de la Meuse, pour la période 2027-2031.\n\n"
            "Argonne-Meuse : le diagnostic est lancé\n\n"
            "Plus à l'ouest, la communauté de communes Argonne-Meuse n'a pas encore de contrat. Son conseil "
            "communautaire "
            "a lancé en septembre le diagnostic local de santé. L'étude, qui coûte 18 000 euros, sera restituée "
            "en mars. "
            "La collectivité vise une signature de son premier CLS à l'automne 2027. « Nous le porterons avec l'ARS », "
            "explique la vice-présidente.")
    contracts = {c.territory.insee: c for c in pipeline.extract(text, published="2026-11-20").contracts}
    contract = contracts["200066116"]
    assert contract.status == "in_preparation"
    assert contract.funding == []
    assert "ars" in {s.org_type for s in contract.signatories}


def test_the_communities_a_contract_covers_are_no_parties():
    text = ("Le premier contrat local de santé du Pays de Langres a été signé le 16 octobre 2026 par le PETR du Pays de "
            "Langres et l'ARS Grand Est. Le document engage ses partenaires et couvre les 168 communes des trois "
            "communautés de communes : le Grand Langres, Auberive Vingeanne et Montsaugeonnais, et les Savoir-Faire.")
    contract = _one(text, published="2026-10-17")
    assert "epci" not in {s.org_type for s in contract.signatories}


def test_a_numbered_lists_last_item_wrapped_onto_the_next_line_is_whole():
    text = ("Le contrat local de santé de la Communauté de communes de la Vallée de l'Hérault a été signé le 3 mars 2026 "
            "avec l'ARS Occitanie.\n"
            "La coordonnatrice anime la mise en œuvre des trois axes du contrat :\n"
            "1° l'accès aux soins et l'attractivité du territoire pour les professionnels\n"
            "de santé ;\n"
            "2° la santé mentale ;\n"
            "3° le soutien à l'autonomie des personnes âgées et des personnes en situation\n"
            "de handicap.\n\n"
            "Page 2/4\n")
    contract = _one(text, published="2026-03-05")
    assert contract.axes[-1] == "le soutien à l'autonomie des personnes âgées et des personnes en situation de handicap"


def test_a_bodys_name_before_its_officers_title_is_no_person():
    # "Pour la Communauté de communes des Quatre Vallées, Le Président, [signé] Jean Durand"
    text = ("La présente convention finance la coordination du contrat local de santé de la Communauté de communes des "
            "Quatre Vallées, signé avec l'ARS Occitanie le 2 février 2026.\n\n"
            "Fait à Tarbes, le 9 novembre 2026.\n\n"
            "Pour la Communauté de communes des Quatre Vallées, Le Président,\n\n[signé]\n\nJean Durand\n")
    contract = _one(text)
    assert [p.name for p in contract.people] == ["Jean Durand"]


def test_a_dailys_town_and_full_stop_before_its_headline_name_the_town_of_a_postponed_signing():
    # "Guichen. Le contrat local de santé … reporté": the kicker's town is the contract's; "La mairie a annoncé jeudi
    # soir le report de la signature" dates the announcement, not a signing; money voted "pour l'agrandissement du pôle
    # santé" is no funding of the contract
    text = ("Guichen. Le contrat local de santé signé mardi prochain… finalement reporté\n\n"
            "Publié le 01/12/2026\n\n"
            "MISE À JOUR. La mairie a annoncé jeudi soir le report de la signature, initialement prévue mardi 8 décembre. "
            "La signature devrait désormais intervenir au cours du premier trimestre 2027.\n\n"
            "La commune s'apprête à signer son premier contrat local de santé, qui couvrira les années 2027 à 2031. Le "
            "contrat doit être signé par la commune, l'Agence régionale de santé Bretagne et la CPAM d'Ille-et-Vilaine.\n\n"
            "Par ailleurs, le conseil municipal a voté 85 000 € pour l'agrandissement du pôle santé.")
    contract = _one(text, published="2026-12-04")
    assert (contract.territory.insee, contract.status, contract.signing_date) == ("35126", "in_preparation", None)
    assert contract.funding == []


def test_a_quartiers_contract_prepared_within_the_agglomerations_that_covers_its_town_is_the_quartiers():
    # "le territoire est couvert depuis 2023 par le contrat local de santé de X Métropole": that contract is the frame
    text = ("CONSEIL CITOYEN DU QUARTIER DES CHAMPS-PLEINS\nCompte rendu de la réunion du mardi 10 novembre 2026\n\n"
            "2. Contrat local de santé du quartier\n"
            "L'adjoint rappelle que le territoire est couvert depuis 2023 par le contrat local de santé de Dreux "
            "Agglomération. La Ville et l'Agence régionale de santé Centre-Val de Loire préparent ensemble le premier "
            "contrat local de santé de quartier, dédié aux Champs-Pleins. La signature est visée pour le printemps 2027.")
    contract = _one(text, published="2026-11-23")
    assert contract.territory.type == "quartier" and contract.status == "in_preparation"


def test_a_table_of_contracts_whose_rows_say_none_opens_no_contract_for_them():
    # a Département's table: rows with a contract, a row "pas de nouveau CLS en préparation" (a CLSM only), and an
    # intercommunality in its first cell by its short name; each row's parties from its own "Signataires" cell
    text = ("Les contrats locaux de santé dans le Cher\n\n"
            "Le Département accompagne les territoires qui s'engagent dans un contrat local de santé.\n\n"
            "Territoire | Génération | Signataires | Signature | Durée | État d'avancement\n"
            "Vierzon | 2e contrat | Ville de Vierzon ; ARS Centre-Val de Loire ; CPAM du Cher | 13/03/2026 | 2026-2030 "
            "| Signé\n"
            "Cœur de France | 1er contrat | Porteur : Communauté de communes Cœur de France | — | — | Diagnostic en cours\n"
            "Bourges | — | — | — | — | Conseil local de santé mentale installé en 2022 ; pas de nouveau CLS en "
            "préparation\n")
    contracts = {c.territory.name: c for c in pipeline.extract(text, published="2026-11-26").contracts}
    assert "Bourges" not in contracts and "Vierzon" in contracts
    assert any("Cœur de France" in name for name in contracts)
    assert "cpam" in {s.org_type for s in contracts["Vierzon"].signatories}


def test_a_town_asked_to_sign_one_or_asking_itself_whether_to_has_none():
    text = ("Observations du public\n"
            "@7 (Mme L.) : « La commune devrait signer un contrat local de santé, comme l'ont fait d'autres territoires. »\n"
            "Réponse de la commune : la commune de Ligné n'est engagée dans aucun contrat local de santé.")
    assert pipeline.extract(text).is_cls is False
    text = ("Pas de contrat local de santé\n\n"
            "Faut-il pour autant s'engager dans un contrat local de santé, comme l'ont fait plusieurs villes des Yvelines ? "
            "La municipalité de Maurepas a fait un autre choix. « Un contrat local de santé, c'est un cadre intéressant, mais "
            "c'est deux ans de procédure », explique l'adjointe.")
    assert pipeline.extract(text).is_cls is False


def test_the_parties_listed_under_sont_parties_au_contrat_sign_and_a_gathering_to_come_does_not():
    text = ("Le contrat local de santé 2026-2030 de la Communauté de communes Fier et Usses a été signé le 3 juin 2026.\n"
            "Sont parties au contrat\n"
            "- Communauté de communes Fier et Usses\n- Agence régionale de santé Auvergne-Rhône-Alpes\n"
            "- CPAM de la Haute-Savoie\n"
            "Partenaires associés\n- Département de la Haute-Savoie\n")
    contract = _one(text, published="2026-06-05")
    assert {"epci", "ars", "cpam"} <= {s.org_type for s in contract.signatories}
    assert "departement" not in {s.org_type for s in contract.signatories}
    text = ("Par une délibération du 10 septembre 2026, le conseil municipal a décidé d'engager la commune de Peri dans "
            "l'élaboration d'un contrat local de santé, copilotée avec l'Agence régionale de santé de Corse. « Le contrat "
            "nous permettra de mettre autour de la table l'État, l'Assurance maladie et la Collectivité de Corse », "
            "explique le maire. Le questionnaire en ligne est ouvert jusqu'au 31 octobre.")
    contract = _one(text, published="2026-09-20")
    assert contract.status == "in_preparation"
    assert not {"prefecture", "cpam", "region"} & {s.org_type for s in contract.signatories}


def test_a_tables_total_row_is_no_axis_and_a_signature_blocks_body_name_no_person():
    text = ("Le contrat local de santé de la CIVIS comprend trois axes stratégiques.\n\n"
            "Axe stratégique                              | Fiches-actions | Actions engagées\n"
            "---------------------------------------------|----------------|-----------------\n"
            "Axe 1 – Accès aux soins et aux droits        |       6        |        4\n"
            "Axe 2 – Nutrition et diabète                 |       5        |        5\n"
            "Axe 3 – Santé mentale                        |       4        |        2\n"
            "Total                                        |      15        |       11\n")
    assert "Total" not in pipeline.extract(text).contracts[0].axes
    text = ("Le contrat local de santé 2027-2031 de la Communauté de communes Piège Lauragais Malepère est signé avec "
            "l'ARS Occitanie.\n\nFait à Bram, le 6 novembre 2026, en deux exemplaires originaux.\n\n"
            "Pour la Communauté de communes              Pour l'Agence régionale de santé\n"
            "Piège Lauragais Malepère,                    Occitanie,\n"
            "le président,                                la directrice de la délégation\n"
            "                                             départementale de l'Aude,\n"
            "Serge Andrieu                                Nadia Ferrand\n")
    people = {p.name for p in _one(text).people}
    assert "Serge Andrieu" in people and not any("Malepère" in name for name in people)


def test_the_first_party_the_contract_is_concluded_between_is_its_territory():
    # council minutes of an agglomeration: its seat town's own earlier contract, then "Le contrat sera conclu entre
    # Agglo X, l'ARS …": the agglomeration's contract
    text = ("COMMUNAUTÉ D'AGGLOMÉRATION DU GRAND AVIGNON\nConseil communautaire du lundi 16 novembre 2026\n\n"
            "9. Santé – Premier contrat local de santé intercommunal 2027-2031\n"
            "Exposé : La Ville d'Avignon conduit depuis dix ans une politique locale de santé. Son deuxième contrat local de "
            "santé, que la Ville a signé le 7 mars 2022 avec l'ARS, arrivera à échéance fin 2026.\n"
            "Le contrat sera conclu entre le Grand Avignon, l'ARS Provence-Alpes-Côte d'Azur et la Préfecture de Vaucluse. "
            "La Ville d'Avignon sera associée aux instances de suivi, sans être signataire.")
    contracts = pipeline.extract(text, published="2026-11-24").contracts
    assert any(c.territory.type == "epci" and "Grand Avignon" in c.territory.name for c in contracts)
