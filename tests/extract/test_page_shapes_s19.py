"""Page shapes met in the nineteenth session (unworked errors of batches ek–es, first contacts et–…), end to end:
each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def _signatories(text: str, **kw) -> list[list[tuple[str, str]]]:
    rec = pipeline.extract(text, **kw)
    return [[(s.org_type, s.name) for s in c.signatories] for c in rec.contracts]


def test_a_flattened_table_of_the_parties_under_a_signatory_column_head():
    # a table "Signataire | Représenté par" flattened column by column: the first column's cells are the parties
    text = ("Le contrat local de santé de la communauté de communes du Pays Fertois\n\n"
            "Le deuxième contrat a été signé le 4 mai 2026 pour la période 2026-2030.\n\n"
            "Qui s'engage ?\n\nSignataire\nCommunauté de communes du Pays Fertois\n"
            "Agence régionale de santé Île-de-France\nÉtat – sous-préfecture de Meaux\nMSA Île-de-France\n"
            "Grand Hôpital de l'Est Francilien\n\nReprésenté par\nPaul Durand, président\n"
            "Anne Roux, directrice de la délégation départementale\nLuc Martin, sous-préfet de Meaux\n"
            "Marie Petit, directrice\nJean Morel, directeur délégué\n\n"
            "Partenaires associés, non signataires : le Département de Seine-et-Marne et la Mission locale.\n")
    (sigs,) = _signatories(text, published="2026-05-10")
    assert ("sous_prefecture", "Sous-préfecture de Meaux") in sigs
    assert ("msa", "MSA Île-de-France") in sigs
    assert ("hospital", "Grand Hôpital de l'Est Francilien") in sigs
    assert not any(t == "departement" for t, _ in sigs)


def test_the_parties_a_contract_in_preparation_will_bind():
    # "Le futur contrat liera X à Y et à Z": the parties to be, in the future tense of "lier"
    text = ("Santé : la communauté de communes de la Porte des Vosges Méridionales prépare son contrat local de santé\n\n"
            "Le conseil communautaire du 24 septembre 2026 a approuvé l'élaboration du premier contrat local de santé. "
            "Le futur contrat liera la communauté de communes à l'ARS Grand Est, à la préfecture des Vosges et à la "
            "CPAM des Vosges. La signature est envisagée à l'été 2027.\n")
    (sigs,) = _signatories(text, published="2026-10-01")
    assert {t for t, _ in sigs} >= {"ars", "prefecture", "cpam"}


def test_a_council_report_turning_to_another_item_in_the_same_paragraph():
    # the paragraph speaks of the CLS, then "Le même soir, le conseil a également voté …": those amounts are not its
    text = ("Le Lautrécois signe son troisième contrat local de santé\n\n"
            "Mardi soir, la communauté de communes du Lautrécois et du Pays d'Agout a signé son troisième contrat local de santé avec l'ARS Occitanie. "
            "L'ARS apportera 24 000 € par an pour la coordination. Le même soir, le conseil communautaire a également "
            "voté le plan de financement de la future piscine, un projet de 2,3 millions d'euros, et attribué 15 000 € "
            "au comité des fêtes.\n")
    rec = pipeline.extract(text, published="2026-03-11")
    assert [f.amount_eur for c in rec.contracts for f in c.funding] == [24000]


def test_a_body_s_department_after_a_cls_job_title_is_no_territory():
    # "coordinatrice du contrat local de santé Pôle Services à la population": a department of the body, not an area
    text = ("Le contrat local de santé 2025-2029\n\nLe deuxième contrat local de santé de la communauté de communes "
            "Terre d'Auge a été signé le 4 juillet 2025. Il couvre la période 2025-2029.\n\n"
            "Contact : Margaux Vasseur, coordinatrice du contrat local de santé Pôle Services à la population – "
            "02 31 00 00 00\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2025-07-10").contracts] == [
        "Communauté de communes Terre d'Auge"]


def test_the_mayor_among_the_signatures_and_a_project_the_next_sentence_puts_outside_the_contract():
    text = ("Wittenheim signe son troisième contrat local de santé\n\n"
            "Mardi, on a signé le troisième contrat local de santé (CLS) de la commune de Wittenheim. Cinq signatures "
            "figurent au bas du document : celles du maire, Antoine Kieffer, d'Étienne Caradec, sous-préfet de Mulhouse, "
            "de Sylvie Rohmer, directrice de la délégation territoriale de l'ARS Grand Est, et de Pascal Heitz, directeur "
            "de la CPAM du Haut-Rhin.\n\nL'ARS finance la coordination à hauteur de 32 000 € par an.\n\n"
            "La Ville a engagé 2,3 millions d'euros pour transformer l'ancienne école en maison de santé. « Ce projet ne "
            "relève pas du CLS, mais il répond au même objectif », a précisé le maire.\n")
    rec = pipeline.extract(text, published="2025-11-20")
    (c,) = rec.contracts
    assert ("commune", "Ville de Wittenheim") in [(s.org_type, s.name) for s in c.signatories]
    assert [f.amount_eur for f in c.funding] == [32000]


def test_the_sous_prefet_of_the_arrondissement_names_the_contract_s_sous_prefecture():
    text = ("Cambrai signe son deuxième contrat local de santé\n\nMardi 10 mars, la Ville de Cambrai a signé son deuxième "
            "contrat local de santé. Le document a été paraphé par le maire, par l'Agence régionale de santé "
            "Hauts-de-France, par l'État, représenté par le sous-préfet de l'arrondissement, Marc Ollivier, et par la "
            "CPAM du Hainaut.\n")
    (sigs,) = _signatories(text, published="2026-03-12")
    assert ("sous_prefecture", "Sous-préfecture de Cambrai") in sigs
    assert not any(t == "prefecture" for t, _ in sigs)  # the State is that sous-préfecture, not a second party


def test_a_sous_prefete_listed_among_the_signatures():
    text = ("Le Grand Narbonne signe son contrat local de santé\n\nOnt signé le contrat local de santé de la "
            "communauté d'agglomération Le Grand Narbonne, le 3 mars 2026 : la sous-préfète, la directrice de l'ARS "
            "Occitanie et le président de l'agglomération.\n")
    (sigs,) = _signatories(text, published="2026-03-05")
    assert ("sous_prefecture", "Sous-préfecture de Narbonne") in sigs


def test_a_quartier_s_contract_signed_by_the_metropole_that_prepares_its_own():
    # "Il a été signé par la Ville du Mans, Le Mans Métropole, …": the pronoun's contract (the quartier's), though the
    # sentence names the métropole, whose own contract a box below says in preparation
    text = ("Un contrat local de santé pour les Sablons\n\nLe quartier des Sablons dispose désormais de son propre contrat "
            "local de santé. Le document a été signé mercredi 17 juin à la maison de quartier.\n\nIl a été signé par la "
            "Ville du Mans, Le Mans Métropole, l'Agence régionale de santé Pays de la Loire et la CPAM de la Sarthe. "
            "Conclu pour trois ans (2026-2028), le contrat s'articule autour de deux axes :\n\n"
            "Axe 1 – Aller vers les habitants éloignés du soin\nAxe 2 – Bien manger et bouger au pied des immeubles\n\n"
            "Et à l'échelle de la métropole ?\n\nLe Mans Métropole prépare en parallèle son premier contrat local de "
            "santé métropolitain. La signature est visée au premier semestre 2027.\n")
    rec = pipeline.extract(text, published="2026-06-19")
    got = {c.territory.name: c for c in rec.contracts}
    assert got["Sablons"].status == "signed" and len(got["Sablons"].axes) == 2
    assert got["Le Mans Métropole"].status == "in_preparation" and not got["Le Mans Métropole"].axes


def test_a_town_and_its_metropole_s_shared_site_names_the_town_of_la_ville():
    page = ("<html><head><title>Conseil municipal du 12 octobre 2026 | Ville de Rennes</title>"
            "<meta property='og:site_name' content='Rennes, Ville et Métropole'></head><body><main><article>"
            "<h1>Conseil municipal du 12 octobre 2026 : ce qu'il faut retenir</h1><p>Publié le 13 octobre 2026</p>"
            "<h2>Finances : une décision modificative de 3,4 M€</h2><p>Le conseil a adopté la décision modificative "
            "du budget 2026. Adopté à la majorité.</p>"
            "<h2>Santé : le troisième contrat local de santé approuvé</h2><p>Les élus ont approuvé le troisième contrat "
            "local de santé (CLS) de la Ville, qui couvrira la période 2027-2031. Sa signature est programmée le mardi "
            "17 novembre avec la préfecture, l'ARS Bretagne et la CPAM. Rennes Métropole sera associée au comité de "
            "pilotage sans être signataire.</p></article></main></body></html>")
    rec = pipeline.extract(page, html=True)
    assert [(c.territory.name, c.territory.insee) for c in rec.contracts] == [("Rennes", "35238")]


def test_an_ars_round_up_of_towns_whose_names_open_with_an_article_or_have_homonyms():
    # "La Plaine-des-Palmistes a renouvelé …", "Sainte-Rose a signé …" (Guadeloupe and La Réunion: the page's region
    # decides), and a section whose heading names its town with a date, not a contract ("L'Entre-Deux : signature le 9
    # avril"), beside an intercommunality the title names too
    text = ("Contrats locaux de santé : point d'étape dans l'Est et le Sud\n\nARS La Réunion\n\n"
            "Trois communes et une intercommunalité du Sud ont franchi une étape dans leur contrat local de santé.\n\n"
            "Sainte-Rose : un premier contrat\nLe mardi 3 février, Sainte-Rose a signé son tout premier contrat local de "
            "santé avec l'ARS La Réunion.\n\n"
            "La Plaine-des-Palmistes : le contrat renouvelé\nLe 17 février, La Plaine-des-Palmistes a renouvelé son "
            "contrat local de santé, signé une première fois en 2019.\n\n"
            "L'Entre-Deux : signature le 9 avril\nLa commune de l'Entre-Deux signera son premier contrat local de santé "
            "le jeudi 9 avril.\n\n"
            "CASUD : le diagnostic est lancé\nLa Communauté d'agglomération du Sud (CASUD) prépare le premier contrat "
            "local de santé intercommunal du Sud. Le diagnostic sera restitué en juin ; la signature est envisagée "
            "pour la fin de l'année 2026. Le CLS du Sud couvrira les communes de la CASUD.\n")
    rec = pipeline.extract(text, published="2026-03-02")
    got = {c.territory.insee: (c.status, c.signing_date) for c in rec.contracts}
    assert got["97419"] == ("signed", "2026-02-03")
    assert got["97406"][0] == "renewed"
    assert got["97403"] == ("announced", "2026-04-09")
    assert got["249740085"] == ("in_preparation", None)  # not the diagnostic's "en juin"


def test_a_quartier_named_by_the_cls_given_to_it_in_a_town_magazine():
    text = ("DIJON MAG\nLe magazine d'information de la Ville de Dijon\nN° 372 – DÉCEMBRE 2025\n\nQUARTIERS\n"
            "FONTAINE D'OUCHE\nUn contrat local de santé taillé pour le quartier\n\nLe rendez-vous est fixé au mardi 13 "
            "janvier : la Ville, l'Agence régionale de santé Bourgogne-Franche-Comté et la CPAM de la Côte-d'Or y "
            "signeront le premier contrat local de santé consacré à la Fontaine d'Ouche. Conclu pour trois ans, de 2026 "
            "à 2028, il viendra compléter le contrat local de santé de la Ville.\n")
    rec = pipeline.extract(text, published="2025-12")
    assert [(c.territory.name, c.territory.type, c.status, c.signing_date) for c in rec.contracts] == [
        ("Fontaine d'Ouche", "quartier", "announced", "2026-01-13")]


def test_a_quartier_s_own_contract_named_in_the_headline_of_the_town_s_site():
    # "Borny se dote de son propre contrat" (Borny, a former commune of Metz: no town of its own today) and "un contrat
    # local de santé taillé pour un seul quartier": the quartier's contract, not the town's
    text = ("Borny se dote de son propre contrat local de santé\n\nC'est une première à Metz : un contrat local de santé "
            "taillé pour un seul quartier. Le document a été signé lundi 6 octobre pour une durée de trois ans "
            "(2025-2028) par la Ville de Metz, Metz Métropole, l'ARS Grand Est et le bailleur Metz Habitat Territoire.\n\n"
            "Un bilan d'étape sera présenté au conseil du quartier de Borny en 2026.\n")
    rec = pipeline.extract(text, published="2025-10-08")
    assert [(c.territory.name, c.territory.type) for c in rec.contracts] == [("Borny", "quartier")]


def test_a_contract_document_s_contents_and_its_en_presence_de_block():
    text = ("CONTRAT LOCAL DE SANTÉ DU VALLESPIR 2026-2030\n\nSOMMAIRE\n"
            "Article 1 – Objet du contrat ..................................... 3\n"
            "Article 4 – Axes stratégiques .................................... 4\n"
            "Article 5 – Gouvernance .......................................... 6\n"
            "Article 6 – Financement ........................................... 7\n\n"
            "ENTRE :\nLa Communauté de communes du Vallespir, représentée par son Président, L'Agence régionale de santé "
            "Occitanie, représentée par sa délégation départementale,\n\n"
            "EN PRÉSENCE DE :\nLa Région Occitanie, La Mutualité sociale agricole Grand Sud, Le Centre hospitalier de "
            "Perpignan, La CPTS Vallespir-Aspres.\n"
            "ARTICLE 4 – AXES STRATÉGIQUES\nLe comité de pilotage a retenu deux axes stratégiques.\n\n"
            "Axe 1 – Renforcer l'offre de soins de premier recours\nAxe 2 – Prévenir les conduites addictives chez les "
            "jeunes\n\nFait à Céret, le 12 juin 2026.\n")
    (c,) = pipeline.extract(text).contracts
    assert {s.org_type for s in c.signatories} == {"epci", "ars"}
    assert c.axes == ["Renforcer l'offre de soins de premier recours", "Prévenir les conduites addictives chez les jeunes"]


def test_a_town_called_the_capital_of_its_pays_is_the_town():
    page = ("<html><head><title>Un premier contrat local de santé pour la ville | Ville de Pertuis</title>"
            "<meta property='og:site_name' content='Ville de Pertuis'></head><body><main><article>"
            "<h1>Un premier contrat local de santé pour la ville</h1><p>Publié le 16 mars 2026</p>"
            "<p>La capitale du Pays d'Aigues dispose désormais de son propre contrat local de santé. Jeudi 12 mars, la "
            "Ville a signé son tout premier contrat local de santé avec l'ARS Provence-Alpes-Côte d'Azur.</p>"
            "</article></main></body></html>")
    assert [c.territory.name for c in pipeline.extract(page, html=True).contracts] == ["Pertuis"]


def test_a_round_up_in_capitals_headed_by_short_names_and_a_paragraph_opening_on_a_short_sentence():
    # "CAP SIZUN : …" names the Communauté de communes Cap Sizun - Pointe du Raz by its first words; "C'est fait." opens
    # a paragraph, it heads no section
    text = ("Santé : trois contrats locaux, trois calendriers\n\n"
            "PAYS DE LANDIVISIAU : LE PREMIER, ENFIN\n\nC'est fait. Mardi 29 septembre, la communauté de communes du Pays "
            "de Landivisiau a signé son premier contrat local de santé avec l'ARS Bretagne.\n\n"
            "CAP SIZUN : LA DEUXIÈME GÉNÉRATION\n\nPlus au sud, la communauté de communes Cap Sizun - Pointe du Raz n'en "
            "est plus à son coup d'essai. Le 19 juin dernier, elle a renouvelé son contrat local de santé.\n\n"
            "MONTS D'ARRÉE : DIAGNOSTIC EN COURS\n\nMonts d'Arrée Communauté, elle, prépare encore le sien. « Nous visons "
            "une signature au printemps 2027. » Ce sera le premier contrat du territoire.\n")
    rec = pipeline.extract(text, published="2026-10-08")
    assert {c.territory.insee for c in rec.contracts} == {"242900751", "242900629", "200067197"}



def test_a_round_up_section_speaks_of_a_cls_not_of_a_mental_health_contract_nor_of_a_contrat_de_ville():
    from pipeline.extract.contracts import _speaks_of_a_cls
    from pipeline.extract.units import split_units

    def speaks(text: str) -> bool:
        units = split_units(text)
        return _speaks_of_a_cls(units, 0, len(text))

    assert speaks("Monts d'Arrée Communauté prépare encore le sien. Ce sera le premier contrat du territoire.")
    assert not speaks("L'agglomération crée un contrat local de santé mentale avec le centre hospitalier.")
    assert not speaks("La Ville a signé son contrat de ville pour les quartiers prioritaires.")


def test_kickers_in_capitals_open_a_press_round_up_s_sections():
    text = ("Santé : La Possession renouvelle son contrat local de santé, Bras-Panon prépare le sien\n\n"
            "LA POSSESSION. Mardi 13 octobre, La Possession a signé son deuxième contrat local de santé avec l'ARS La "
            "Réunion.\n\nBRAS-PANON. Dans l'Est, Bras-Panon se prépare à son tour. Objectif : un premier contrat local "
            "de santé signé au premier semestre 2027.\n")
    rec = pipeline.extract(text, published="2026-10-15")
    assert {c.territory.insee for c in rec.contracts} == {"97408", "97402"}


def test_a_heading_s_pays_name_is_the_intercommunality_its_section_ties_to_the_cls_not_a_homonymous_petr():
    text = ("Contrats locaux de santé : le point dans l'Oise\n\nPays de Bray : le premier contrat signé\n\n"
            "Le préfet de l'Oise a signé mardi 17 novembre le premier contrat local de santé de la communauté de communes "
            "du Pays de Bray, aux côtés de l'agence régionale de santé Hauts-de-France.\n\nÀ ne pas confondre avec le "
            "PETR du Pays de Bray, de l'autre côté de la limite régionale, qui relève de l'ARS Normandie : les deux "
            "territoires partagent un nom, mais pas de contrat.\n\nPays de Valois : signature le 8 décembre\n\n"
            "La communauté de communes du Pays de Valois signera son contrat local de santé le mardi 8 décembre.\n")
    rec = pipeline.extract(text, published="2026-11-20")
    assert [c.territory.insee for c in rec.contracts] == ["246000913", "246000871"]


def test_attending_bodies_represented_by_someone_and_projects_said_apart_from_the_contract():
    text = ("Oyonnax signe son premier contrat local de santé\n\nJeudi 11 juin, la Ville d'Oyonnax a signé son premier "
            "contrat local de santé avec l'Agence régionale de santé Auvergne-Rhône-Alpes et la CPAM de l'Ain. L'ARS "
            "finance la coordination à hauteur de 25 000 € par an.\n\nHaut-Bugey Agglomération, représentée par l'un de "
            "ses vice-présidents, et le Département de l'Ain assistaient également à la cérémonie.\n\n"
            "La maison de santé, dont l'extension a été votée en janvier (1,2 million d'euros, dont 380 000 € de DETR), est "
            "un projet distinct.\n\nLe centre de santé municipal, ouvert en 2023 pour un coût de 900 000 euros, accueille "
            "quatre médecins. Il restera au cœur du dispositif, mais son financement ne relève pas du contrat local de "
            "santé.\n")
    (c,) = pipeline.extract(text, published="2026-06-15").contracts
    assert {s.org_type for s in c.signatories} == {"commune", "ars", "cpam"}
    assert [f.amount_eur for f in c.funding] == [25000]


def test_parties_represented_by_their_heads_under_an_en_presence_de_heading_do_not_sign():
    text = ("CONTRAT LOCAL DE SANTÉ DE RIVIÈRE-SALÉE 2026-2030\n\nENTRE :\n\nLa Ville de Rivière-Salée, représentée par son "
            "Maire,\n\nL'Agence régionale de santé de Martinique, représentée par sa Directrice générale,\n\n"
            "EN PRÉSENCE DE :\n\nLa Collectivité territoriale de Martinique, représentée par le Président du Conseil "
            "exécutif,\n\nLe Centre hospitalier universitaire de Martinique, représenté par son Directeur général,\n\n"
            "Il est convenu ce qui suit.\n\nFait à Rivière-Salée, le 13 mars 2026.\n")
    (sigs,) = _signatories(text)
    assert {t for t, _ in sigs} == {"commune", "ars"}


def test_a_title_giving_the_cls_to_a_town_outweighs_a_quartier_named_in_the_diagnostic():
    text = ("Un premier contrat local de santé pour Saint-Jean-de-la-Ruelle\n\nVendredi 6 mars, la Ville a signé le tout "
            "premier contrat local de santé (CLS) de son histoire avec l'Agence régionale de santé Centre-Val de Loire.\n\n"
            "La commune compte près de 17 000 habitants, dont une part importante vit dans le quartier prioritaire des "
            "Chaises. Le diagnostic local de santé avait montré un manque de médecins traitants.\n")
    rec = pipeline.extract(text, title="Un premier contrat local de santé pour Saint-Jean-de-la-Ruelle",
                           published="2026-03-09")
    assert [c.territory.insee for c in rec.contracts] == ["45285"]


def test_a_quartier_that_has_its_own_contract_as_the_subject_and_a_maison_de_quartier_is_no_quartier():
    text = ("QUARTIERS\nLA SANTÉ AU PLUS PRÈS DES HABITANTS DU VAL-D'ARGENT\n\nLe Val-d'Argent a désormais son propre "
            "contrat local de santé, le premier de son histoire. Signé le mardi 13 octobre à la maison de quartier du "
            "Val-Nord, il concerne les deux quartiers prioritaires du Val-d'Argent. Il est signé pour trois ans, de 2026 à "
            "2028, par la Ville d'Argenteuil, l'Agence régionale de santé Île-de-France et la CPAM du Val-d'Oise.\n\n"
            "Pratique : maison de quartier du Val-Nord, permanences santé le mardi.\n")
    rec = pipeline.extract(text, published="2026-11")
    assert [(c.territory.name, c.territory.type) for c in rec.contracts] == [("Val-d'Argent", "quartier")]


def test_an_intercommunality_whose_next_sentence_says_by_a_pronoun_it_prepares_its_contract():
    text = ("Le Pays de Saverne signe son contrat local de santé\n\nLa communauté de communes du Pays de Saverne a signé "
            "mardi son premier contrat local de santé avec l'ARS Grand Est.\n\nDeuxième intercommunalité du Pays à "
            "s'engager, la Communauté de communes du Pays de Phalsbourg a lancé son diagnostic au printemps. Elle élabore "
            "avec l'ARS Grand Est son premier contrat local de santé, dont la signature est envisagée pour l'été 2026.\n")
    rec = pipeline.extract(text, published="2025-11-20")
    assert {c.territory.insee: c.status for c in rec.contracts}.get("245700950") == "in_preparation"


def test_two_homonymous_towns_listed_as_subjects_after_a_headline_kicker():
    # "Floirac" (Gironde, Lot, Charente-Maritime) and "Bassens" (Gironde, Savoie): the page's Gironde decides
    text = ("Rive droite : Floirac et Bassens signent leur contrat local de santé le même jour\n\nJeudi, à l'hôtel de "
            "ville de Floirac, les maires des deux villes ont signé le contrat local de santé de leur commune avec "
            "l'Agence régionale de santé Nouvelle-Aquitaine, la préfecture de la Gironde et la CPAM de la Gironde.\n")
    rec = pipeline.extract(text, published="2026-05-29")
    assert {c.territory.insee for c in rec.contracts} == {"33167", "33032"}


def test_a_round_up_s_contract_in_preparation_takes_no_period_from_the_shared_list():
    text = ("Carte des contrats locaux de santé des Hautes-Alpes\n\n● 1 – Guillestrois et Queyras – 2023-2027\n"
            "○ 2 – Champsaur-Valgaudemar – signature visée en 2026\n\n"
            "1. Communauté de communes du Guillestrois et du Queyras\nLe contrat local de santé a été signé en mars 2023 "
            "par la communauté de communes et l'ARS pour la période 2023-2027.\n\n"
            "2. Communauté de communes du Champsaur-Valgaudemar\nAucun contrat n'est encore signé. La communauté de "
            "communes et l'ARS prévoient de signer ce premier contrat local de santé courant 2026.\n")
    got = {c.territory.insee: (c.status, c.period_start) for c in pipeline.extract(text, published="2025-11-01").contracts}
    assert got["200068096"] == ("in_preparation", None)


def test_an_intercommunality_signing_by_its_own_name_and_as_l_agglomeration_is_listed_as_written():
    text = ("L'agglomération signe son troisième contrat local de santé\n\nAprès 2015 et 2020, l'agglomération "
            "angoumoisine a signé mercredi son troisième contrat local de santé. Le document porte désormais la "
            "signature du président de GrandAngoulême, de la directrice de l'ARS Nouvelle-Aquitaine et du préfet de la "
            "Charente.\n")
    (sigs,) = _signatories(text, published="2026-05-07")
    assert [n for t, n in sigs if t == "epci"] == ["GrandAngoulême"]
