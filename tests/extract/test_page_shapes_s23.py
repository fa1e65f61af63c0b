"""Page shapes met in the twenty-third session (the open shapes of session 22 and the first contacts hz–…), end to
end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline

_QUARTIER = (
    "Le quartier des Tilleuls signe son propre contrat local de santé - Ville de Montbéliard\n\n"
    "Le quartier des Tilleuls signe son propre contrat local de santé\n\n"
    "Jeudi 12 novembre, à la maison de quartier des Tilleuls, la Ville de Montbéliard, l'ARS Bourgogne-Franche-Comté et "
    "la préfecture du Doubs ont signé le premier contrat local de santé consacré au quartier, pour 2026-2029.\n\n"
    "Un contrat dans le contrat\n\n"
)


def test_a_quartiers_page_that_tells_its_towns_contract_signed_gives_that_one_a_record():
    # the town's own contract, told with its day and parties beside the quartier's: a record of its own, and its
    # parties and generation are not the quartier's
    text = _QUARTIER + (
        "Ce contrat de quartier ne remplace pas le deuxième contrat local de santé de Montbéliard, signé le 3 mai 2024 "
        "par la Ville, l'ARS, la préfecture du Doubs et la caisse primaire d'assurance maladie du Doubs pour la "
        "période 2024-2028.\n")
    contracts = pipeline.extract(text, published="2026-11-14").contracts
    assert [c.territory.type for c in contracts] == ["quartier", "commune"]
    quartier, town = contracts
    assert quartier.status == "signed" and quartier.signing_date == "2026-11-12"
    assert "cpam" not in {s.org_type for s in quartier.signatories}
    assert town.territory.insee == "25388"
    assert (town.status, town.signing_date, town.period_start, town.period_end) == ("renewed", "2024-05-03", 2024, 2028)
    assert {s.org_type for s in town.signatories} >= {"commune", "ars", "prefecture", "cpam"}


def test_a_town_contract_told_as_the_frame_of_its_quartiers_is_no_record():
    # "Depuis 2023, X dispose d'un contrat local de santé …": the frame of the page's contract, not a record; the
    # page's facts are the quartier's
    text = _QUARTIER + (
        "Depuis 2023, Montbéliard dispose d'un contrat local de santé qui couvre toute la commune jusqu'en 2027. Le "
        "document signé jeudi le décline à l'échelle des Tilleuls. « Le contrat local de santé de Montbéliard nous "
        "donnait une méthode », rappelle l'adjointe.\n")
    (contract,) = pipeline.extract(text, published="2026-11-14").contracts
    assert contract.territory.type == "quartier"
    assert {s.org_type for s in contract.signatories} >= {"commune", "ars", "prefecture"}


def test_an_ordinal_of_its_name_is_a_generation():
    from pipeline.extract.status import extract_generation
    assert extract_generation("Deuxième du nom, celui-ci a été signé le 14 juin 2024.") == 2


def test_minutes_posted_at_the_seat_of_a_named_body_are_dated_by_that_posting():
    # "Affiché au siège de la communauté de communes le 26 novembre 2026", "… et mis en ligne le 25 novembre 2026"
    from pipeline.extract.dates import publication_date_from_text
    for line, day in (("Affiché au siège de la communauté de communes le 26 novembre 2026", "2026-11-26"),
                      ("Compte rendu affiché au siège de la communauté de communes et mis en ligne le 25 novembre 2026.",
                       "2026-11-25")):
        text = f"COMPTE RENDU SOMMAIRE\nSéance du jeudi 19 novembre 2026\n\n1. Finances\nAdopté.\n\n{line}\n"
        assert publication_date_from_text(text)[0] == day


def test_an_intercommunality_whose_name_opens_on_a_number_is_read_whole():
    # "la communauté de communes des 1000 étangs", "des 4B Sud Charente": no capitalised word opens them
    from pipeline.extract.orgs import find_orgs
    text = ("La communauté de communes des 1000 étangs et la Communauté de communes des 4B Sud Charente ont signé, "
            "pour une agglomération de 20 000 habitants.")
    names = [o.name for o in find_orgs(text) if o.org_type == "epci"]
    assert names == ["Communauté de communes des 1000 étangs", "Communauté de communes des 4B Sud Charente"]


def test_a_body_named_by_celle_de_after_one_of_its_kind_is_that_body():
    # "la communauté de communes de la Haute Comté renouvelle son contrat, tandis que celle des 1000 étangs signe le sien"
    from pipeline.extract.orgs import find_orgs
    text = "La communauté de communes du Val de Morteau a signé, et celle du Pays de Maîche signera en mars."
    assert [(o.name, text[o.start:o.end]) for o in find_orgs(text) if o.org_type == "epci"] == [
        ("Communauté de communes du Val de Morteau", "communauté de communes du Val de Morteau"),
        ("Communauté de communes du Pays de Maîche", "celle du Pays de Maîche")]


def test_the_town_where_several_contracts_were_signed_opens_none():
    # "Santé : deux contrats signés à Lure": the place of the signings, beside the two intercommunalities that sign
    # (a guard: this short page kept its two contracts before the venue cue too; the page that lost one was longer)
    text = ("Santé : deux contrats signés à Vesoul\n\n"
            "Haute Comté : un deuxième contrat\n\nLa communauté de communes de la Haute Comté a signé le 4 juin 2026 son "
            "deuxième contrat local de santé avec l'ARS Bourgogne-Franche-Comté, pour 2026-2030.\n\n"
            "Triangle Vert : une première\n\nLa communauté de communes du Triangle Vert a signé le même jour son premier "
            "contrat local de santé avec l'ARS Bourgogne-Franche-Comté, pour 2026-2030.\n")
    contracts = pipeline.extract(text, published="2026-06-05").contracts
    assert [c.territory.type for c in contracts] == ["epci", "epci"]


def test_a_heading_in_capitals_names_a_pays_by_its_first_words():
    # "2. JURA : LE PAYS LÉDONIEN PRÉPARE SON CONTRAT": the Pays the gazetteer knows, before the headline's verb
    from pipeline.extract.orgs import find_orgs
    heading = "2. JURA : LE PAYS LÉDONIEN PRÉPARE SON CONTRAT"
    assert [(o.org_type, heading[o.start:o.end]) for o in find_orgs(heading)] == [("pays_petr", "PAYS LÉDONIEN")]
    assert [o.org_type for o in find_orgs("LA VILLE SIGNATAIRE DU CONTRAT LOCAL DE SANTÉ") if not o.generic] == []


def test_a_look_alikes_row_in_a_table_of_contracts_opens_no_contract():
    # a round-up's summary table with a CLSM's row: "Ville de Chambéry | Conseil local de santé mentale | … | Installé"
    text = ("Contrats locaux de santé en Savoie : le point\n\n"
            "Territoire | Dispositif | Signature | Période | État\n"
            "Communauté de communes Val Guiers | CLS – 2e contrat | 10/02/2026 | 2026-2030 | Signé\n"
            "Communauté de communes Haute Maurienne Vanoise | CLS – 1er contrat | 23/06/2026 | 2026-2029 | Signé\n"
            "Ville d'Albertville | Conseil local de santé mentale | 14/04/2026 | – | Installé\n\n"
            "Les deux contrats ont été signés avec l'ARS Auvergne-Rhône-Alpes.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-10-02").contracts]
    assert "Albertville" not in names and len(names) == 2


def test_an_item_told_as_one_more_between_ranked_ones_completes_the_chain():
    # "quatre grandes orientations. D'abord, … Ensuite, … Le contrat entend aussi agir sur … : … Enfin, …"
    text = ("La communauté de communes du Val de Morteau a signé jeudi son premier contrat local de santé.\n\n"
            "Le document, valable de 2026 à 2030, fixe quatre grandes orientations. D'abord, l'accès aux soins de premier "
            "recours, alors que le territoire a perdu six médecins. Ensuite, la santé mentale, avec une attention aux "
            "adolescents. Le contrat entend aussi agir sur la prévention des cancers : les dépistages y sont rares. Enfin, "
            "l'accompagnement des personnes âgées et de leurs aidants, nombreux ici.\n")
    (contract,) = pipeline.extract(text, published="2026-10-02").contracts
    assert contract.axes == ["l'accès aux soins de premier recours", "la santé mentale", "la prévention des cancers",
                             "l'accompagnement des personnes âgées et de leurs aidants"]


def test_a_newsletter_section_ruled_with_box_drawing_lines_keeps_its_amounts_to_itself():
    # sections between "─────" rules; the last one ("APPELS À PROJETS ET AGENDA") names CLS only as a kind ("journée
    # régionale des coordinateurs de CLS"): its amounts are not the contract's
    rule = "─" * 30
    text = (f"LA LETTRE DES TERRITOIRES – OCTOBRE 2026\n\n{rule}\n1. JURA : LE PAYS LÉDONIEN PRÉPARE SON CONTRAT\n{rule}\n\n"
            "Le diagnostic local de santé du Pays Lédonien a été restitué le 15 septembre. Le contrat local de santé, que "
            "porte le PETR du Pays Lédonien, sera signé avec l'ARS ; sa signature est prévue au printemps 2027.\n\n"
            f"{rule}\n2. APPELS À PROJETS ET AGENDA\n{rule}\n\n"
            "• Appel à projets « Prévention 2027 » : 1,2 M€ pour la région.\n"
            "• Fonds d'intervention régional : 350 000 € pour les maisons sport-santé.\n"
            "• 19 novembre, Dijon : journée régionale des coordinateurs de CLS.\n")
    (contract,) = pipeline.extract(text, published="2026-10-05").contracts
    assert contract.territory.name == "Pays Lédonien"
    assert contract.funding == []


def test_a_press_page_whose_only_definite_mention_is_its_coordinators_job_still_tells_a_signing():
    # "le Pays de la Déodatie signe son troisième contrat local" (the headline), "s'engage dans un contrat local de santé
    # (CLS)", and "coordinatrice du contrat local de santé": a signing's page, not a person's job
    text = ("Santé : le Pays de Bray signe son troisième contrat local\n\n"
            "C'est la troisième fois que le territoire s'engage dans un contrat local de santé (CLS). Mardi soir, le PETR "
            "du Pays de Bray a signé son nouveau contrat avec l'ARS Normandie, pour 2027-2031.\n\n"
            "« Il faut aller vers ceux qui ne consultent plus », résume Julie Marchal, coordinatrice du contrat local de "
            "santé depuis 2021.\n")
    result = pipeline.extract(text, published="2026-11-19")
    assert result.is_cls and len(result.contracts) == 1


def test_a_name_the_page_calls_a_quartier_is_that_quartier_in_its_headline_too():
    # "Caucriauville signe le premier contrat local de santé de son histoire" / "Les habitants du quartier de
    # Caucriauville …" / "Le tout premier contrat local de santé de Caucriauville": the quartier, not its town
    text = ("LE HAVRE\nBrindeau signe le premier contrat local de santé de son histoire\n\n"
            "Les habitants du quartier de Brindeau, sur les hauteurs du Havre, disposent désormais d'un contrat local de "
            "santé. Le tout premier contrat local de santé de Brindeau a été signé jeudi 19 novembre 2026 par la Ville du "
            "Havre et l'Agence régionale de santé de Normandie, pour 2026-2030.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Brindeau")


def test_what_interviews_brought_up_before_the_axes_are_set_is_no_list_of_axes():
    text = ("La communauté de communes du Pays du Saintois s'engage dans l'élaboration de son premier contrat local de santé "
            "avec l'ARS Grand Est ; la signature est visée pour l'automne 2027.\n\n"
            "Depuis septembre, une quinzaine d'entretiens ont été menés. Plusieurs sujets reviennent régulièrement :\n"
            "- la difficulté à trouver un médecin traitant ;\n- l'isolement des personnes âgées ;\n"
            "- le mal-être des adolescents.\n"
            "Ces constats seront complétés avant que les élus ne définissent les axes du futur contrat.\n")
    (contract,) = pipeline.extract(text, published="2026-11-12").contracts
    assert contract.axes == []


def test_a_commune_no_gazetteer_knows_beside_a_known_towns_contract_opens_none():
    # "La commune de Petite-Terre s'est dotée …" on a page about Pamandzi's contract: the island's name, no second town
    text = ("Pamandzi signe son premier contrat local de santé\n\n"
            "La commune de Petite-Terre s'est dotée ce vendredi d'un contrat local de santé. Le maire de Pamandzi a signé le "
            "premier contrat local de santé de la commune avec l'ARS Mayotte, pour 2027-2031.\n")
    contracts = pipeline.extract(text, published="2026-11-13").contracts
    assert [c.territory.name for c in contracts] == ["Pamandzi"]


def test_a_table_of_contents_line_gives_its_axis_without_dot_leaders_and_page():
    from pipeline.extract.axes import _clean
    assert _clean("Axe 1 – Garantir un accès aux soins de proximité ................. 7") == \
        "Garantir un accès aux soins de proximité"
    assert _clean("Axe 4 – Agir sur les déterminants environnementaux de la santé .. 26") == \
        "Agir sur les déterminants environnementaux de la santé"


def test_the_contracts_a_new_one_takes_over_are_no_count_of_the_pages_contracts():
    # "Il prend le relais des deux contrats locaux de santé de la Ville": the agglomeration's one contract
    from pipeline.extract.contracts import announced_count
    assert announced_count("Le présent contrat est le premier de l'agglomération. Il prend le relais des deux contrats "
                           "locaux de santé de la Ville de La Roche-sur-Yon (2013-2017 et 2019-2024).") is None
    assert announced_count("Deux contrats locaux de santé ont été signés ce jeudi en Haute-Saône.") == 2


def test_an_intercommunality_written_with_an_ampersand_is_the_official_one_with_et():
    # "Grand Paris Seine & Oise", "Lamballe Terre & Mer": the gazetteer writes "et"
    from pipeline.geo import get_gazetteer
    res = get_gazetteer().link("Communauté urbaine Grand Paris Seine & Oise", kind="epci")
    assert res is not None and res.insee == "200059889" and res.score >= 0.95
    from pipeline.extract.orgs import find_orgs
    text = "La communauté urbaine Grand Paris Seine & Oise a signé."
    assert [text[o.start:o.end] for o in find_orgs(text) if o.org_type == "epci"] == [
        "communauté urbaine Grand Paris Seine & Oise"]


def test_a_page_that_says_it_has_no_contract_and_names_a_neighbours_is_not_about_one():
    # a budget report: "La commune n'est pas couverte par un contrat local de santé … la commune observe avec intérêt le
    # contrat local de santé signé par la ville voisine de Mantes-la-Jolie"
    text = ("RAPPORT D'ORIENTATION BUDGÉTAIRE 2027 – VILLE DE LIMAY\n\n1. Santé\n"
            "La commune n'est pas couverte par un contrat local de santé. Aucune démarche n'est engagée : la commune "
            "observe avec intérêt le contrat local de santé signé par la ville voisine de Mantes-la-Jolie.\n\n"
            "2. Voirie\nLe programme de voirie mobilisera 1,1 million d'euros en 2027.\n")
    assert not pipeline.extract(text, published="2026-11-20").is_cls


def test_a_first_contract_fronted_after_a_colon_leaves_the_new_ones_period():
    # "C'est un exercice que la ville connaît bien : après un premier contrat signé en 2015 puis un deuxième en 2020,
    # Gap s'est engagée lundi dans un nouveau contrat local de santé pour la période 2026-2030"
    text = ("Lundi, la Ville de Gap a renouvelé son contrat local de santé avec l'ARS.\n\nC'est un exercice que la ville "
            "connaît bien : après un premier contrat signé en 2015 puis un deuxième en 2020, Gap s'est engagée lundi dans "
            "un nouveau contrat local de santé pour la période 2026-2030.\n\nDe son côté, la Ville de Briançon a lancé au "
            "printemps l'élaboration de son tout premier contrat local de santé.\n")
    contracts = {c.territory.name: c for c in pipeline.extract(text, published="2026-06-10").contracts}
    assert (contracts["Gap"].period_start, contracts["Gap"].period_end) == (2026, 2030)


def test_the_elaboration_of_its_very_first_contract_is_preparation():
    from pipeline.extract.status import extract_status
    assert extract_status("La Ville a lancé au printemps l'élaboration de son tout premier contrat local de santé.",
                          False)[0] == "in_preparation"


def test_a_departement_named_alone_does_not_join_an_intercommunality_whose_name_ends_with_it():
    # "Vaucluse : trois contrats locaux de santé à trois étapes" beside "la communauté d'agglomération Luberon Monts de
    # Vaucluse, associée aux groupes de travail, n'en est pas signataire": no contract of that agglomeration
    text = ("Vaucluse : trois contrats locaux de santé à trois étapes\n\n"
            "Orange renouvelle son engagement\n\nLa Ville d'Orange a signé le 6 novembre 2026 son deuxième contrat local de "
            "santé avec l'ARS Provence-Alpes-Côte d'Azur.\n\n"
            "Cavaillon signe son premier contrat\n\nÀ Cavaillon, le premier contrat local de santé de la commune a été signé "
            "le lundi 16 novembre 2026. La communauté d'agglomération Luberon Monts de Vaucluse n'en est pas signataire.\n\n"
            "Apt prépare le sien\n\nLa Ville d'Apt et l'ARS ont engagé l'élaboration du premier contrat local de santé de "
            "la commune.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-11-20").contracts]
    assert names == ["Orange", "Cavaillon", "Apt"]


def test_the_pays_whose_contract_covered_the_towns_before_opens_none():
    # "Pendant six ans, les communes de notre territoire ont été couvertes par le contrat local de santé du Pays Vallée
    # du Loir. Ce contrat, arrivé à son terme …": the contract before, not one of the page's
    text = ("Un contrat local de santé en préparation pour nos 14 communes\n\n"
            "Pendant six ans, les communes de notre territoire ont été couvertes par le contrat local de santé du Pays "
            "Vallée du Loir. Ce contrat, arrivé à son terme fin 2024, n'a pas été reconduit. La communauté de communes du "
            "Pays Fléchois a donc décidé d'élaborer son propre contrat local de santé, le premier porté par "
            "l'intercommunalité.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-10-01").contracts]
    assert names == ["Communauté de communes du Pays Fléchois"]


def test_a_headline_in_capitals_after_le_quartier_names_no_quartier():
    # "SANTÉ : LE QUARTIER A SON CONTRAT LOCAL DE SANTÉ" in a quartier's newsletter: no quartier "A SON CONTRAT …"
    text = ("BRAS-PANON INFO\nLa lettre du quartier de Rivière-du-Mât – novembre 2026\n\n"
            "SANTÉ : LE QUARTIER A SON CONTRAT LOCAL DE SANTÉ\n"
            "Le vendredi 23 octobre, la Ville de Bras-Panon et l'ARS La Réunion ont signé le contrat local de santé du "
            "quartier de Rivière-du-Mât. C'est le premier contrat local de santé du quartier.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-11-02").contracts]
    assert not any("CONTRAT" in n for n in names)


def test_the_elected_guests_of_a_signing_are_not_its_people():
    # "La cérémonie s'est déroulée en présence de la députée de la circonscription, Claire Dumontet, et du conseiller
    # départemental Marc Girod": guests, not the contract's people; the signers named before them are
    text = ("Mardi 10 mars 2026, le maire Pierre Dubreuil et Anne Marest, directrice de la délégation de la Savoie de l'ARS "
            "Auvergne-Rhône-Alpes, ont signé le premier contrat local de santé de la ville d'Ugine. La cérémonie s'est "
            "déroulée en présence de la députée de la circonscription, Claire Dumontet, et du conseiller départemental "
            "Marc Girod.\n")
    (contract,) = pipeline.extract(text, published="2026-03-12").contracts
    names = {p.name for p in contract.people}
    assert "Claire Dumontet" not in names and "Marc Girod" not in names
    assert "Anne Marest" in names


def test_an_area_named_after_its_town_is_not_the_town_even_when_the_demonym_is_known():
    # "Dans le Libournais, la communauté de communes Castillon/Pujols prépare son premier contrat": no Libourne contract
    text = ("Contrats locaux de santé : point d'étape\n\nDans le Libournais, la communauté de communes Castillon/Pujols "
            "prépare son premier contrat local de santé avec l'ARS. Le diagnostic est en cours.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-10-02").contracts]
    assert names == ["Communauté de communes Castillon/Pujols"]


def test_a_town_that_has_long_had_its_own_renewed_contract_is_the_frame_of_its_quartiers():
    # "Rennes dispose depuis longtemps de son propre contrat local de santé, renouvelé pour la troisième fois en 2022":
    # the frame of the quartier's contract signed on the page, no record of its own
    text = ("RENNES. VILLEJEAN\nÀ Villejean, un contrat local de santé taillé pour le quartier\n\n"
            "Mardi 15 septembre 2026, un contrat local de santé consacré au seul quartier de Villejean a été signé pour "
            "2026-2029 par la Ville de Rennes et l'ARS Bretagne.\n\n"
            "Rennes dispose depuis longtemps de son propre contrat local de santé, renouvelé pour la troisième fois en 2022 "
            "et qui court jusqu'en 2027.\n")
    contracts = pipeline.extract(text, published="2026-09-18").contracts
    assert [c.territory.type for c in contracts] == ["quartier"]


def test_a_town_that_signed_a_first_contract_years_ago_beside_its_agglomerations_opens_none():
    # "La Ville de Colmar a signé en 2019 un premier contrat local de santé, qui a couvert la période 2019-2024": the
    # contract before the agglomeration's, which the page is
    # (a contract document's running header names its contract: "CLS Colmar Agglomération 2026-2030 – page 2/36")
    text = ("CONTRAT LOCAL DE SANTÉ 2026-2030\nColmar Agglomération\n\nCLS Colmar Agglomération 2026-2030 – page 2/36\n\n"
            "La Ville de Colmar a signé en 2019 un premier contrat local de santé, qui a couvert la période 2019-2024. Les 20 "
            "communes de l'agglomération ont souhaité se doter d'un contrat à l'échelle intercommunale.\n\n"
            "Le présent contrat est conclu entre Colmar Agglomération, la Ville de Colmar et l'Agence régionale de santé "
            "Grand Est.\n\nFait à Colmar, le 7 mai 2026.\n")
    contracts = pipeline.extract(text).contracts
    assert [c.territory.type for c in contracts] == ["epci"]


def test_the_guests_an_agenda_page_announces_stay_people():
    # "La signature se tiendra en présence de Mme X, conseillère départementale": the annotated agenda pages list them
    text = ("Le contrat local de santé du Pays Châtillonnais sera signé le jeudi 3 décembre 2026 par le Pays et l'ARS "
            "Bourgogne-Franche-Comté. La signature se tiendra en présence de Mme Évelyne Garnier, conseillère "
            "départementale du canton.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert "Évelyne Garnier" in {p.name for p in contract.people}
