"""Pages that list several contracts: what is said of all of them goes to each (end to end, Python API)."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extract.contracts import announced_count

ROUND_UP = (
    "Communiqué de l'ARS Île-de-France, le 12 mars 2025.\n\n"
    "L'ARS Île-de-France annonce la signature de quatre nouveaux contrats locaux de santé de deuxième génération. "
    "Mardi 11 mars, l'agence a signé ces contrats aux côtés des communes de Bagnolet, Bondy, Montreuil et Pantin.\n\n"
    "Les quatre contrats partagent les mêmes axes stratégiques :\n"
    "1. Faciliter l'accès aux soins de premier recours ;\n"
    "2. Promouvoir la santé mentale des jeunes ;\n"
    "3. Lutter contre l'habitat indigne.\n\n"
    "Vous portez un projet de contrat local de santé ? Contactez votre délégation départementale.\n"
)


def test_each_contract_of_a_listed_round_up_gets_the_shared_clauses():
    record = pipeline.extract(ROUND_UP, published="2025-03-12")
    contracts = {c.territory.name: c for c in record.contracts}
    assert set(contracts) == {"Bagnolet", "Bondy", "Montreuil", "Pantin"}
    for c in contracts.values():
        assert c.status == "renewed" and c.signing_date == "2025-03-11"
        assert len(c.axes) == 3
        assert ("commune", f"Ville de {c.territory.name}") in {(s.org_type, s.name) for s in c.signatories}


def test_a_statistic_sentence_gives_no_contract_its_status_or_date():
    text = ("Contrats locaux de santé en Bretagne.\nAu 31 décembre 2024, 12 CLS sont signés. "
            "4 d'entre eux ont été renouvelés en 2024.\nLa liste :\n- CLS de Lannion\n- CLS de Morlaix\n- CLS de Vannes\n")
    record = pipeline.extract(text)
    assert {c.territory.name for c in record.contracts} >= {"Lannion", "Morlaix", "Vannes"}
    assert all(c.status != "renewed" and c.signing_date is None for c in record.contracts)


def test_a_round_ups_shared_money_goes_to_no_single_contract():
    text = ("En Moselle, sept contrats locaux de santé sont déjà signés (notamment à Metz, Forbach, Thionville, "
            "Sarrebourg). "
            "L'ARS Grand Est soutient cette dynamique par un cofinancement dédié (317 932 € en 2024).\n")
    record = pipeline.extract(text)
    assert len(record.contracts) >= 4
    assert all(c.funding == [] for c in record.contracts)


def test_a_list_heading_gives_its_items_their_status():
    import pipeline

    text = ("Contrats locaux de santé : le point dans la région\n\n"
            "CLS en vigueur au 1er février 2026\n\n- Carcassonne Agglo (11)\n- Sud Aveyron (12)\n\n"
            "CLS en cours d'élaboration\n\n- Communauté de communes Pyrénées Haut Garonnaises (31)\n- Sud Tarn (81)\n\n"
            "Chaque territoire dispose d'une fiche.\n")
    status = {c.territory.name: c.status for c in pipeline.extract(text).contracts}
    assert status["Sud Tarn"] == "in_preparation" and status["Sud Aveyron"] == "unknown"
    assert len(status) == 4


def test_towns_listed_inline_after_a_colon_each_take_the_status_of_their_sentence():
    text = ("Santé : de nouveaux contrats dans l'Essonne\n\n"
            "Après des contrats locaux de santé de première génération entre 2012 et 2014, cinq villes ont signé jeudi "
            "9 mars leurs CLS "
            "avec l'ARS Île-de-France et le préfet de l'Essonne : Évry-Courcouronnes, Corbeil-Essonnes, Grigny, "
            "Massy et Palaiseau. Trois autres communes sont en cours d'élaboration d'un CLS : Étampes, Viry-Châtillon "
            "et Juvisy-sur-Orge.\n")
    status = {c.territory.name: c.status for c in pipeline.extract(text).contracts}
    assert status == {"Évry-Courcouronnes": "signed", "Corbeil-Essonnes": "signed", "Grigny": "signed",
                      "Massy": "signed", "Palaiseau": "signed", "Étampes": "in_preparation",
                      "Viry-Châtillon": "in_preparation", "Juvisy-sur-Orge": "in_preparation"}


def test_towns_listed_inline_without_a_status_are_mentioned_in_passing():
    text = ("Le contrat local de santé de Montreuil a été signé le 3 mai 2024 avec l'ARS Île-de-France. "
            "Depuis les premiers contrats signés en 2012, d'autres villes de Seine-Saint-Denis disposent d'un CLS : "
            "Bagnolet, Bondy, Pantin et Aubervilliers.\n")
    names = [c.territory.name for c in pipeline.extract(text).contracts]
    assert names == ["Montreuil"]


def test_a_clause_about_the_first_contract_leaves_the_renewals_period_in_the_same_sentence():
    text = ("Contrat local de santé : la communauté de communes du Val de Sèvre renouvelle son CLS\n"
            "Le premier contrat local de santé avait été signé en 2018 pour une durée de 4 ans. En 2022, le premier CLS "
            "a pris fin, et les élus ont souhaité renouveler le contrat pour une durée de 5 ans (2023/2027).\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.status, contract.period_start, contract.period_end) == ("renewed", 2023, 2027)


def test_the_first_contract_signed_years_ago_is_a_predecessor_on_a_page_about_the_next_one():
    text = ("Au conseil communautaire de jeudi, la vice-présidente de Mayenne Communauté a présenté le prochain contrat "
            "local de santé, qui prendra effet en 2024.\n"
            "Le premier CLS est signé entre l'ARS et Mayenne Communauté en 2013.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.status == "in_preparation" and contract.signing_date is None


def test_another_plans_signing_day_and_a_diagnostics_two_dates_are_not_the_contracts():
    text = ("Le contrat local de santé des îles du Ponant a été élaboré après la signature, le 10 juillet 2015, du "
            "Contrat de Plan État-Région. Entre octobre 2024 et février 2025, la coordinatrice a mené le diagnostic avec les habitants.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.signing_date is None and contract.period_start is None


def test_a_signing_set_for_a_day_after_publication_is_announced_with_its_day():
    text = ("Contrat local de santé du Doubs central\nPublié le 13/12/2024\n"
            "La signature du contrat local de santé (CLS) du PETR du Doubs central aura lieu lundi 16 décembre 2024 "
            "à Baume-les-Dames.\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.status, contract.signing_date) == ("announced", "2024-12-16")


def test_an_amendment_signed_leaves_the_contract_its_own_signing_day():
    text = ("Un avenant au contrat local de santé (CLS) de Quimper a été signé lundi 15 juin à l'hôtel de ville. Il "
            "allonge de deux ans la durée du contrat.\n\nSigné le mardi 5 mars 2024, le premier contrat local de santé "
            "de la ville avait été conclu pour trois ans.\n")
    (contract,) = pipeline.extract(text, published="2026-06-23").contracts
    assert contract.signing_date == "2024-03-05"


def test_in_a_sentence_of_two_contracts_a_day_goes_to_the_name_nearest_by_its_edges():
    text = ("La communauté de communes (CC) Val Eyrieux (Ardèche) a signé lundi son deuxième contrat local de santé (CLS) "
            "et la CC des Savoir-Faire (Haute-Marne) signera son premier CLS le 10 décembre.\n\n"
            "Le CLS de la CC Val Eyrieux couvre la période 2026-2030.\n")
    days = {c.territory.name: c.signing_date for c in pipeline.extract(text, published="2026-11-27").contracts}
    assert days == {"Communauté de communes Val Eyrieux": "2026-11-23",
                    "Communauté de communes des Savoir-Faire": "2026-12-10"}


def test_a_signing_moved_to_another_day_takes_the_new_day():
    text = ("[14:03] Coralie V. (coordinatrice CLS, CC Bresse Haute Seille) : notre contrat local de santé sera signé le "
            "jeudi 15 octobre à 10 h à Bletterans, avec l'ARS et la préfecture du Jura.\n"
            "[15:28] Coralie V. : Correction pour la signature de notre CLS : elle est décalée au vendredi 16 octobre, "
            "même heure, même lieu.\n")
    (contract,) = pipeline.extract(text, published="2026-10-08").contracts
    assert contract.signing_date == "2026-10-16"
    (kept,) = pipeline.extract(text.replace("décalée au", "confirmée le"), published="2026-10-08").contracts
    assert kept.signing_date == "2026-10-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a phone number before an e-mail address counts no contracts
        ("Coordonnatrice du CLS\n06 31 54 52 12\ncls@paysbarval.fr", None),
        ("Sept CLS sont signés dans le département.", 7),
        # a wider area's count, a line of a download list
        ("7 contrats locaux de santé sont déjà signés dans la région PACA, celui d'Arles sera le huitième.", None),
        ("Documents :\n- newsletter 2 CLS\n- CLS signé\n", None),
        ("Les deux contrats locaux de santé ont été signés vendredi.", 2),
        # a count under a heading naming a département is the département's, another heading leaves it
        ("Dans le Doubs...\n\nCinq CLS sont déjà mis en œuvre : Besançon, Loue-Lison, Pays Doubs central.", None),
        ("Dans la salle du conseil\n\nDeux CLS ont été signés ce lundi.", 2),
        # a département's count of its contracts, not the page's
        ("Il a rappelé que la Nièvre compte désormais huit contrats locaux de santé.", None),
        ("Le département compte aujourd'hui cinq CLS.", None),
        ("Les Bertranges comptent deux CLS.", 2),
    ],
)
def test_how_many_contracts_a_page_announces(text, expected):
    assert announced_count(text) == expected


@pytest.mark.parametrize("text", [
    "La loi Hôpital, Patients, Santé et Territoires du 21 juillet 2009 permet aux collectivités de signer un contrat "
    "local de santé. Laon a signé son contrat local de santé avec l'ARS Hauts-de-France.\n",
    "« La santé est un état de complet bien-être », dit la Constitution de l'OMS, signée le 22 juillet 1946. "
    "Laon a signé son contrat local de santé avec l'ARS Hauts-de-France.\n",
])
def test_no_contract_was_signed_before_the_law_that_made_them(text):
    (contract,) = pipeline.extract(text, published="2024-05-02").contracts
    assert contract.signing_date is None


def test_public_health_is_no_publication_that_would_date_another_event():
    text = ("Dans la continuité de sa politique de santé publique, ce jeudi 11 septembre 2025, Estérel Côte d'Azur "
            "Agglomération a officiellement signé son premier contrat local de santé pour la période 2025-2030.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.signing_date == "2025-09-11"
    published = text.replace("de santé publique", "de santé, publiée le 2 mai")
    assert pipeline.extract(published).contracts[0].signing_date is None


def test_places_coordinated_as_the_subject_of_a_signing_each_open_a_contract():
    text = ("Santé | Hauts-de-Seine\n\n"
            "Nanterre, Colombes, Gennevilliers et Clichy ont signé hier leur second contrat local de santé avec "
            "l'Agence régionale de santé d'Île-de-France.\n")
    record = pipeline.extract(text, published="2019-03-05")
    assert {c.territory.name for c in record.contracts} == {"Nanterre", "Colombes", "Gennevilliers", "Clichy"}
    # A sentence that is not a list of names only opens nothing this way.
    other = text.replace("Nanterre, Colombes, Gennevilliers et Clichy", "Les élus de Nanterre et Clichy")
    assert {c.territory.name for c in pipeline.extract(other, published="2019-03-05").contracts} <= {"Nanterre", "Clichy"}


def test_a_table_of_contracts_gives_each_row_its_signing_date() -> None:
    text = ("Contrats locaux de santé : trois nouveaux contrats signés en Corse en 2025\n\n"
            "Les contrats signés en 2025\n\n"
            "Territoire | Département | Date de signature | Période\n"
            "Communauté de communes de Calvi Balagne | Haute-Corse | 12/06/2025 | 2025-2029\n"
            "Communauté de communes du Sartenais Valinco Taravo | Corse-du-Sud | 03/07/2025 | 2025-2029\n"
            "Communauté de communes de Fium'Orbu Castellu | Haute-Corse | 25/09/2025 | 2026-2030\n\n"
            "Chacun de ces trois contrats a été signé par l'ARS de Corse et la communauté de communes concernée.\n")
    record = pipeline.extract(text, published="2025-10-01")
    assert [(c.territory.insee, c.signing_date) for c in record.contracts] == [
        ("242020105", "2025-06-12"), ("242010130", "2025-07-03"), ("200033827", "2025-09-25")]


def test_a_contract_document_s_table_of_contents_and_signing_formula() -> None:
    text = ("CONTRAT LOCAL DE SANTÉ DU HAUT-BÉARN 2025-2029\n\nSOMMAIRE\nArticle 1 – Objet ....................... 4\n"
            "Article 5 – Gouvernance ....................... 18\n\nCLS du Haut-Béarn 2025-2029\n\nEntre les soussignés :\n"
            "La Communauté de communes du Haut-Béarn, représentée par son président ;\n"
            "L'Agence régionale de santé Nouvelle-Aquitaine, représentée par son directeur général.\n\n"
            "Fait à Oloron-Sainte-Marie, le 17 octobre 2025, en deux exemplaires originaux.\n")
    assert announced_count(text) is None  # "18" ends a line of the table of contents: no count of contracts
    [contract] = pipeline.extract(text).contracts
    assert contract.signing_date == "2025-10-17"


def test_an_ars_list_of_contracts_one_per_row() -> None:
    text = ("Les contrats locaux de santé dans les Pyrénées-Atlantiques\n\nTerritoire — date de signature — génération :\n\n"
            "- Communauté d'agglomération du Pays Basque — signé le 9 décembre 2021 — 1re génération (2022-2026)\n"
            "- Communauté de communes de Lacq-Orthez — signé le 5 octobre 2022 — 1re génération\n"
            "- Communauté de communes du Haut Béarn — signé le 27 juin 2023 — 1re génération\n\n"
            "Pour chaque contrat signé, l'ARS cofinance le poste de coordination à hauteur de 30 000 € par an. À l'échelle "
            "de la région, le fonds consacre 2,1 millions d'euros par an à l'animation des CLS, toutes délégations "
            "confondues.\n")
    record = pipeline.extract(text, published="2025-09-02")
    assert [(c.territory.insee, c.signing_date) for c in record.contracts] == [
        ("200067106", "2021-12-09"), ("200039204", "2022-10-05"), ("200067262", "2023-06-27")]
    assert all([f.amount_eur for f in c.funding] == [30000] for c in record.contracts)


def test_a_visa_citing_another_act_gives_no_signing_date() -> None:
    text = ("CONTRAT LOCAL DE SANTÉ DE LA MÉTROPOLE TOULON PROVENCE MÉDITERRANÉE 2024-2028\n\n"
            "VU le contrat de ville métropolitain « Engagements Quartiers 2030 » signé le 4 avril 2024 ;\n\n"
            "Entre les soussignés : la Métropole Toulon Provence Méditerranée et l'Agence régionale de santé.\n\n"
            "Fait à Toulon, le 18 octobre 2024, en six exemplaires originaux.\n")
    [contract] = pipeline.extract(text).contracts
    assert contract.signing_date == "2024-10-18"
    # An avenant's visa that cites the contract it amends dates that contract.
    avenant = ("AVENANT N° 1 AU CONTRAT LOCAL DE SANTÉ DE LA VILLE DE NANTERRE\n\nVU le contrat local de santé de la Ville "
               "de Nanterre, signé le 17 mars 2022 pour la période 2022-2026 ;\n\nFait à Nanterre, le 2 octobre 2025.\n")
    assert pipeline.extract(avenant).contracts[0].signing_date == "2022-03-17"


def test_a_round_up_in_numbered_sections_opens_one_contract_per_section() -> None:
    text = ("Les contrats, territoire par territoire\n\n"
            "1. Communauté de communes du Guillestrois et du Queyras\n"
            "C'est le premier contrat local de santé de ce territoire. Il a été signé le 14 novembre 2023 par la "
            "communauté de communes et l'ARS, de 2023 à 2027.\n\n"
            "2. Communauté d'agglomération Gap-Tallard-Durance\n"
            "Le contrat signé le 3 juillet 2025 par la communauté d'agglomération et l'ARS court de 2025 à 2029.\n\n"
            "3. Communauté de communes Serre-Ponçon\n"
            "Le territoire d'Embrun, de Chorges et de Savines-le-Lac s'est doté de son nouveau contrat local de santé "
            "le mardi 27 janvier. Il couvre les années 2026 à 2030.\n")
    contracts = pipeline.extract(text, published="2026-02-09").contracts
    assert [c.territory.name for c in contracts] == [
        "Communauté de communes du Guillestrois et du Queyras", "Communauté d'agglomération Gap-Tallard-Durance",
        "Communauté de communes Serre-Ponçon"]
    assert [(c.period_start, c.period_end) for c in contracts] == [(2023, 2027), (2025, 2029), (2026, 2030)]


def test_a_breadcrumb_naming_a_town_heads_no_section_of_its_agglomeration() -> None:
    text = ("Landes | Mont-de-Marsan\n\n"
            "Mont-de-Marsan : le Peyrouat a désormais son contrat local de santé\n\n"
            "Le quartier du Peyrouat dispose depuis jeudi de son propre contrat local de santé. Le document a été signé à "
            "la maison de quartier par la Ville de Mont-de-Marsan et l'ARS Nouvelle-Aquitaine.\n\n"
            "Mont de Marsan Agglomération, compétente pour la politique de la ville, a participé aux travaux mais n'est "
            "pas signataire du CLS.\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2025-12-06").contracts] == ["Peyrouat"]


def test_lettered_sections_and_a_contract_that_its_territory_signed() -> None:
    text = ("Rapport au conseil départemental : les contrats locaux de santé\n\n"
            "A. Le contrat de la Communauté de communes Pyrénées Cerdagne\n"
            "Le 6 mai 2024, j'ai cosigné le deuxième contrat local de santé de la Communauté de communes Pyrénées "
            "Cerdagne.\n\n"
            "B. Le contrat de Perpignan Méditerranée Métropole\n"
            "Le contrat local de santé 2021-2025 que la communauté urbaine Perpignan Méditerranée Métropole a signé avec "
            "l'ARS Occitanie arrive à son terme.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2025-11-20").contracts]
    assert names == ["Communauté de communes Pyrénées Cerdagne", "Perpignan Méditerranée Métropole"]


def test_the_contract_a_town_had_signed_before_opens_none() -> None:
    text = ("Le contrat local de santé du Nord Vienne a été signé jeudi par Grand Châtellerault et l'ARS. Il prend la "
            "suite du CLS que la seule ville de Châtellerault avait signé en 2019.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2025-11-20").contracts]
    assert "Châtellerault" not in names


def test_a_newsletter_item_whose_heading_names_a_contract_opens_one_under_a_longer_first_title() -> None:
    text = ("La Lettre de l'ARS de Corse – mars 2026\n\n"
            "La Costa Verde signe son premier contrat local de santé\n\n"
            "Le mardi 24 février, à Cervione, la communauté de communes de la Costa Verde a signé son tout premier "
            "contrat local de santé avec l'ARS de Corse.\n\n"
            "Bastia : une nouvelle mouture pour le CLS de l'agglomération\n\n"
            "Le 5 mars, c'était au tour de la communauté d'agglomération de Bastia de s'engager à nouveau. Le contrat "
            "signé ce jour-là succède au premier CLS de l'agglomération.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-03-10").contracts]
    assert names == ["Communauté de communes de la Costa Verde", "Communauté d'agglomération de Bastia"]


def test_a_heading_that_names_only_the_readers_opens_no_contract_for_a_partner() -> None:
    text = ("LA FLÈCHE MAG | JANVIER 2026\n\nDOSSIER SANTÉ\nUn contrat pour prendre soin de tous les Fléchois\n"
            "Le 16 décembre dernier, la Ville de La Flèche a signé son premier contrat local de santé avec l'ARS. La "
            "communauté de communes du Pays Fléchois, associée aux travaux, n'est pas signataire à ce stade.\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2026-01-05").contracts] == ["La Flèche"]


def test_the_first_to_sign_is_no_first_contract():
    text = ("SANTÉ\nUn deuxième contrat local de santé, signé pour tenir jusqu'en 2030\n\nMardi dernier, dans la salle du "
            "conseil de l'hôtel communautaire, Quimperlé Communauté a renouvelé son contrat local de santé. Le premier, "
            "signé fin 2020, arrivait à échéance cette année.\n\nIl y avait du monde autour de la grande table, mardi, "
            "pour parapher le document. Yannick Le Dréau, président de Quimperlé Communauté, a signé le premier, suivi de "
            "Gaëlle Kerbiriou, directrice de la délégation départementale du Finistère de l'Agence régionale de santé "
            "Bretagne, puis de Thomas Riou, secrétaire général de la préfecture du Finistère, venu représenter le préfet. "
            "Annick Le Goff, directrice de la CPAM du Finistère, a complété la liste des signataires.\n")
    (contract,) = pipeline.extract(text, published="2026-10-15").contracts
    assert "epci" in [s.org_type for s in contract.signatories]


def test_an_invitation_to_a_signing_dates_it_on_the_line_below_and_announces_it():
    text = ("Invitation – Signature du Contrat local de santé 2027-2031\n\nGérard Daudet, président de Luberon Monts de "
            "Vaucluse Agglomération, et la directrice de la délégation départementale de Vaucluse de l'Agence régionale "
            "de santé Provence-Alpes-Côte d'Azur ont le plaisir de vous convier à la cérémonie de signature du deuxième "
            "contrat local de santé du territoire, qui prendra le relais du premier contrat, signé en 2020.\n\n"
            "📅 Jeudi 17 décembre 2026 à 17 h 30\n📍 Salle du conseil, hôtel d'agglomération, Cavaillon\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.status, contract.signing_date) == ("announced", "2026-12-17")


def test_a_deliberation_s_certified_extract_is_dated_by_its_formula_not_the_contract():
    text = ("EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du jeudi 24 septembre 2026\n\nLa Communauté de communes "
            "Saint-Pourçain Sioule Limagne engage l'élaboration de son premier contrat local de santé avec l'ARS. "
            "Le Conseil communautaire, après en avoir délibéré, APPROUVE la démarche.\n\nFait et délibéré les jour, "
            "mois et an susdits. Pour extrait certifié conforme, Fait à Saint-Pourçain-sur-Sioule, le 25 septembre 2026\n")
    (contract,) = pipeline.extract(text, published="2026-09-24").contracts
    assert contract.signing_date is None


def test_a_title_ending_on_its_count_of_contracts_counts():
    text = ("Santé des territoires ruraux : la caisse engagée dans trois contrats locaux de santé\n\n"
            "La caisse a signé deux contrats locaux de santé et rejoint le comité de pilotage d'un troisième.\n")
    assert announced_count(text) == 3
    assert announced_count("Téléchargements\nnewsletter 2 CLS\n") is None


def test_a_contents_list_announces_sections_it_does_not_open() -> None:
    from pipeline.extract.contracts import _SECTION_LINE, _line_starts, _without_contents

    body = "Texte de la section, assez long pour une section de prose. " * 6
    text = ("SOMMAIRE\n1. Le mot du maire\n2. Budget 2027\n3. Santé : le contrat local de santé\n4. Agenda\n\n"
            f"1. LE MOT DU MAIRE\n{body}\n2. BUDGET 2027\n{body}\n3. SANTÉ : LE CONTRAT LOCAL DE SANTÉ\n{body}\n4. AGENDA\n{body}\n")
    heads = _line_starts(text, _SECTION_LINE)
    assert len(heads) == 8 and len(_without_contents(text, heads)) == 4
    axes = "Quatre axes :\n1. Accès aux soins\n2. Santé mentale\n3. Prévention\n\n2. Bilan 2025\n" + body
    assert len(_without_contents(axes, _line_starts(axes, _SECTION_LINE))) == 4
