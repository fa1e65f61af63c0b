"""Funding amounts in euros, with funder and year from the same clause."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipeline.extract.funding import find_amounts
from pipeline.extract.orgs import find_orgs


def _amounts(text: str, offset: int = 0):
    orgs = [replace(o, start=o.start + offset, end=o.end + offset) for o in find_orgs(text)]
    return find_amounts(text, offset, orgs)


@pytest.mark.parametrize(
    ("text", "amount", "written"),
    [
        ("Le contrat est doté de 15 816 € pour la première année.", 15816, "15 816 €"),
        ("Le contrat est doté de 15\u00a0816\u00a0€ pour la première année.", 15816, "15\u00a0816\u00a0€"),
        ("Le contrat est doté de 15\u202f816 € pour la première année.", 15816, "15\u202f816 €"),
        ("Le contrat est doté de 15 816¤ pour la première année.", 15816, "15 816¤"),
        ("Une enveloppe de 45.000 euros est prévue.", 45000, "45.000 euros"),
        ("Une enveloppe de 45 k€ est prévue.", 45000, "45 k€"),
        ("Une enveloppe de 300 000€ est prévue.", 300000, "300 000€"),
        ("Une enveloppe de 1,2 million d'euros est prévue.", 1_200_000, "1,2 million d'euros"),
        ("Une enveloppe de 2 millions d'euros est prévue.", 2_000_000, "2 millions d'euros"),
        ("Une enveloppe de 1,5 M€ est prévue.", 1_500_000, "1,5 M€"),
    ],
)
def test_amount_value(text, amount, written):
    (a,) = _amounts(text)
    assert a.amount == amount
    assert text[a.start : a.end] == written


def test_funder_and_year_from_clause():
    text = "Le poste de coordinateur est cofinancé par l'ARS à hauteur de 30 000 € par an en 2024."
    (a,) = _amounts(text)
    assert (a.amount, a.funder, a.year) == (30000, "ARS", 2024)


def test_offsets_are_document_offsets():
    text = "Le poste est cofinancé par l'ARS à hauteur de 30 000 € par an en 2024."
    (a,) = _amounts(text, offset=100)
    assert (a.start, a.end) == (146, 154)
    assert a.funder == "ARS"


@pytest.mark.parametrize(
    ("text", "funder", "year"),
    [
        (
            "Le poste est cofinancé par l'ARS Bretagne à hauteur de 50 %, soit 25 000 euros.",
            "ARS Bretagne",
            None,
        ),
        (
            "12 000 € seront versés par la CPAM de la Marne.",
            "CPAM de la Marne",
            None,
        ),  # funder after the amount
        ("Un budget de 45 000 euros au titre de l'année 2023.", None, 2023),
        ("Un budget de 1,5 M€ pour 2025.", None, 2025),
        ("Une enveloppe de 45 k€ est prévue.", None, None),
    ],
)
def test_funder_and_year(text, funder, year):
    (a,) = _amounts(text)
    assert (a.funder, a.year) == (funder, year)


@pytest.mark.parametrize(
    "text",
    [
        "La commune compte 25 000 habitants.",  # a population, not money
        "Le ticket d'entrée coûte 12 €.",  # too small to be CLS funding
        "Le salaire brut du coordinateur est de 2 500 € par mois.",
        "Le contrat court de 2024 à 2028.",
    ],
)
def test_no_amount(text):
    assert _amounts(text) == []


def test_equal_shares_split_the_amount():
    found = _amounts("Le budget s'élève à 80 000 € par an, financés à parts égales par la métropole et l'ARS.")
    assert sorted(a.amount for a in found) == [40000, 40000]
    assert {a.funder for a in found} == {"Métropole", "ARS"}


def test_each_funder_pays_the_amount():
    found = _amounts("Le Département et l'ARS financent chacun 35 000 € par an.")
    assert [a.amount for a in found] == [35000, 35000]
    assert {a.funder for a in found} == {"Département", "ARS"}


def test_programme_sized_amounts_are_not_cls_funding():
    text = "47 millions d'euros ont été investis pour les hôpitaux de proximité ; l'ARS apporte 45 000 € au CLS."
    assert [a.amount for a in _amounts(text)] == [45000]


def test_a_total_repeats_the_amounts_before_it():
    text = "Financement 2024 : ARS 11 158 € / CCAS 11 159 € (Total : 22 317 €)"
    assert [a.amount for a in find_amounts(text, 0, [])] == [11158, 11159]


def test_a_companys_capital_is_no_funding():
    assert find_amounts("Société par actions simplifiée au capital de 126 325 euros", 0, []) == []


def test_building_works_are_no_contract_money():
    from pipeline.extract.funding import find_amounts

    assert find_amounts("Des aménagements provisoires ont été réalisés pour un montant total de 383 333 €.", 0, []) == []
    assert find_amounts("L'estimation des travaux s'élève à 266 798 € (HT).", 0, []) == []
    assert [a.amount for a in find_amounts("L'ARS finance le CLS à hauteur de 40 000 € par an.", 0, [])] == [40000]


def test_an_investment_and_a_doctors_settling_in_grant_are_no_contract_money():
    from pipeline.extract.funding import find_amounts

    assert find_amounts("Cet investissement d'un montant de 2,1 millions d'euros bénéficie d'un accompagnement de l'ARS.",
                        0, []) == []
    assert find_amounts("Les médecins sont épaulés via des aides à l'installation, à hauteur de 50.000 €.", 0, []) == []


def test_a_subsidy_granted_to_another_beneficiary_is_no_contract_money():
    from pipeline.extract.funding import find_amounts

    assert find_amounts("Une subvention de 4 300 € a été attribuée au festival de théâtre amateur.", 0, []) == []
    assert [a.amount for a in find_amounts("Une subvention de 30 000 € est attribuée au poste de coordination du CLS.",
                                           0, [])] == [30000]


@pytest.mark.parametrize("text", [
    "Le futur pôle de santé de Gaillon, estimé à 2,1 millions d'euros, relève d'un autre financement.",
    "La future maison de santé, un chantier estimé à 1,8 million d'euros, doit ouvrir en 2027.",
    "Le projet de maison de santé (1,8 M€, cofinancé par le FEDER) suit son propre calendrier, indépendamment du CLS.",
    "En 2024, l'Agence a consacré au total 3,8 millions d'euros à leur animation et à leurs actions.",
    "Sans lien avec le contrat, le conseil communautaire a voté la semaine dernière 2,4 millions d'euros pour la piscine.",
    "La réhabilitation du centre aquatique coûtera 2,4 millions d'euros.",
    "La salle des fêtes sera enfin remise aux normes, pour 380 000 euros.",
])
def test_money_of_a_project_outside_the_contract_or_of_all_contracts_is_not_its_funding(text: str) -> None:
    assert find_amounts(text, 0, []) == []


def test_an_estimated_coordination_cost_is_funding() -> None:
    assert [a.amount for a in find_amounts("Le coût de la coordination est estimé à 30 000 euros par an.", 0, [])] == [30000]


def test_a_newsletter_section_about_another_topic_brings_no_funding() -> None:
    import pipeline

    text = ("LA LETTRE DU PAYS N° 27\n\nSANTÉ\nLe Pays a signé le 28 janvier son second contrat local de santé avec l'ARS. "
            "Le poste de coordination est financé par l'ARS, 22 500 € pour 2026.\n\n"
            "--------------------------------------------------\nMOBILITÉ\nLe transport solidaire fête ses 5 ans : "
            "la communauté de communes y consacre 96 000 € par an.\n")
    [contract] = pipeline.extract(text, published="2026-03-01").contracts
    assert [f.amount_eur for f in contract.funding] == [22500]


def test_a_newsletter_rule_line_that_carries_its_section_s_title() -> None:
    import pipeline

    text = ("LA LETTRE DU PAYS\n\n------------------------------ LEADER : OÙ EN EST-ON ?\n\nLe comité a retenu 47 projets "
            "pour un montant total de 1,9 M€ de crédits européens.\n\n------------------------------ SANTÉ : NOTRE CONTRAT\n\n"
            "Signé en juin 2023, notre deuxième contrat local de santé du PETR de Comminges-Pyrénées couvre 2023 à 2027. "
            "L'ARS finance la coordination à hauteur de 50 000 € par an.\n")
    [contract] = pipeline.extract(text, published="2025-04-01").contracts
    assert [f.amount_eur for f in contract.funding] == [50000]


@pytest.mark.parametrize("text, amounts", [
    # the amount is said of another plan named after the contract
    ("L'ARS finance le contrat à hauteur de 25 000 € par an. Ces crédits s'ajoutent à ceux du contrat de ville, "
     "qui mobilise 1,1 million d'euros en 2025.", [25000]),
    ("Programme LEADER 2023-2027 : 1,2 million d'euros pour les projets du territoire", []),
    # the contract's own funding agreement is no other plan
    ("L'ARS formalise son soutien par une convention pluriannuelle : elle attribue 32 000 € au titre de 2025.", [32000]),
])
def test_an_amount_said_of_another_plan_is_not_the_contract_s(text: str, amounts: list[int]) -> None:
    assert [a.amount for a in _amounts(text)] == amounts


@pytest.mark.parametrize("text", [
    "La rénovation de l'unité de soins de longue durée s'est poursuivie (3,4 millions d'euros sur trois ans).",
    "Le parc de véhicules du service de soins infirmiers a été renouvelé pour 190 000 euros.",
    "La CPTS a reçu 95 000 euros de l'assurance maladie au titre de son accord conventionnel interprofessionnel.",
    "Les 2,3 millions d'euros de la rénovation urbaine du quartier relèvent d'un autre programme.",
    "Le programme a attribué 214 000 € de fonds européens à six projets.",
    "La ville investit plus de 3 millions d'euros cette année pour nos écoles et nos rues.",
])
def test_works_investments_and_other_programmes_are_not_funding(text: str) -> None:
    assert _amounts(text) == []


def test_the_amounts_of_a_report_s_other_numbered_sections_are_not_the_contract_s() -> None:
    import pipeline

    filler = "Ce poste de dépense évolue avec l'inflation et les décisions de l'assemblée communautaire. " * 4
    text = ("RAPPORT D'ORIENTATION BUDGÉTAIRE 2026\n\n1. LE CONTEXTE ÉCONOMIQUE\n\n" + filler +
            "La dotation globale de fonctionnement atteint 7,9 M€.\n\n2. LA SITUATION FINANCIÈRE\n\n" + filler +
            "L'encours de la dette s'établit à 6,2 M€.\n\n3.1 Mobilités\n\n" + filler +
            "Le contrat de délégation du réseau de bus représente 3,1 M€ par an.\n\n3.2 Santé\n\n"
            "L'année 2026 sera la première année du contrat local de santé de la Communauté d'agglomération de "
            "Chaumont, signé le 3 juillet 2025 avec l'ARS Grand Est. Les crédits consacrés au contrat local de santé "
            "sont de 68 000 € pour 2026. " + filler + "\n\n4. LES RESSOURCES HUMAINES\n\n" + filler +
            "Les dépenses de personnel atteignent 14,8 M€.\n")
    [contract] = pipeline.extract(text, published="2026-01-15").contracts
    assert [f.amount_eur for f in contract.funding] == [68000]


def test_amounts_of_paragraphs_about_other_business_are_not_the_contract_s() -> None:
    """A live blog of a council: only the paragraph about the CLS funds it; the basket-ball club's grant and the
    swimming pool's works are other items. A funders' list under its heading keeps its rows."""
    import pipeline

    text = ("Conseil municipal de Saint-Dizier : suivez la séance en direct\n\n21h05\n\n"
            "Point 15 : la subvention exceptionnelle de 12 000 euros au club de basket est votée.\n\n20h34\n\n"
            "Précision sur le financement du contrat local de santé : l'ARS Grand Est apportera 40 000 euros par an pour "
            "le poste de coordination.\n\n20h10\n\n"
            "Point 9 : la Ville de Saint-Dizier adopte son deuxième contrat local de santé, qui sera signé avec l'ARS.\n\n"
            "19h52\n\nPoint 7 : l'enveloppe de la piscine du Vert-Bois passe à 3,4 millions d'euros.\n\n"
            "Plan de financement du CLS\n\nVille de Saint-Dizier 25 000 €\n\nDépartement de la Haute-Marne 10 000 €\n")
    [contract] = pipeline.extract(text, published="2026-10-06").contracts
    assert sorted(f.amount_eur for f in contract.funding) == [10000, 25000, 40000]


def test_a_row_of_a_budget_table_says_itself_what_it_funds() -> None:
    """An activity report's budget table: the CLS rows fund it, the health centre's investment and the telemedicine
    cabinet's equipment do not, though they follow CLS rows and "télémédecine" holds "médecin"."""
    import pipeline

    text = ("La communauté de communes de l'Argonne Ardennaise a signé son contrat local de santé 2024-2028 avec l'ARS "
            "Grand Est.\n\n"
            "Le budget 2025 de la compétence santé\n\nOpération | Montant | Financements\n"
            "Programme d'actions du CLS (prévention, bus santé) | 15 000 € | CC\n"
            "Extension de la MSP de Buzancy (investissement, tranche 2025) | 420 000 € | État (DETR) : 168 000 €\n"
            "Cabinet de télémédecine de Machault (équipement) | 35 000 € | Département des Ardennes : 21 000 €\n")
    [contract] = pipeline.extract(text, published="2026-03-10").contracts
    assert [f.amount_eur for f in contract.funding] == [15000]


def test_what_something_cost_is_not_funding() -> None:
    import pipeline

    text = ("Commentry Montmarault Néris Communauté a signé son premier contrat local de santé. Nous avons soutenu la "
            "maison de santé de Commentry, qui a coûté 2,1 millions d'euros. L'ARS finance la coordination du contrat "
            "à hauteur de 30 000 € par an.\n")
    [contract] = pipeline.extract(text, published="2026-03-10").contracts
    assert [f.amount_eur for f in contract.funding] == [30000]


def test_a_heading_s_amount_told_again_with_its_funder_is_one_amount() -> None:
    import pipeline

    text = ("Quimperlé Communauté a signé mardi son deuxième contrat local de santé avec l'ARS Bretagne.\n\n"
            "30 000 € par an pour la coordination\n"
            "L'ARS continuera de financer le poste de coordination à hauteur de 30 000 € par an.\n")
    (contract,) = pipeline.extract(text, published="2026-10-15").contracts
    assert [(f.amount_eur, f.funder) for f in contract.funding] == [(30000, "ARS")]

    unfunded = text.replace("L'ARS continuera de financer", "La Ville continuera de financer")
    (contract,) = pipeline.extract(unfunded, published="2026-10-15").contracts
    assert [f.amount_eur for f in contract.funding] == [30000]  # a heading's amount told again: once


def test_a_table_of_funders_goes_with_the_heading_above_it() -> None:
    import pipeline

    text = ("La Communauté d'agglomération du Puy-en-Velay a signé son contrat local de santé avec l'ARS.\n\n"
            "Le financement annuel de la coordination\n\nFinanceur | Montant annuel\n"
            "Agence régionale de santé Auvergne-Rhône-Alpes | 40 000 €\n"
            "Communauté d'agglomération du Puy-en-Velay | 30 000 €\nDépartement de la Haute-Loire | 20 000 €\n")
    (contract,) = pipeline.extract(text, published="2026-10-05").contracts
    assert [f.amount_eur for f in contract.funding] == [40000, 30000, 20000]
    works = text.replace("Financeur | Montant annuel", "Opération | Montant").replace("Le financement annuel de la "
                                                                                     "coordination", "Travaux")
    assert [f.amount_eur for f in pipeline.extract(works, published="2026-10-05").contracts[0].funding] == [40000]


def test_one_body_s_amount_told_under_two_of_its_names_is_one_amount() -> None:
    import pipeline

    text = ("La Communauté de communes Saint-Pourçain Sioule Limagne prépare son contrat local de santé. Le poste serait "
            "financé à parts égales par "
            "l'Agence régionale de santé et par la Communauté de communes, soit 27 000 € chacune.\n\n"
            "- SOLLICITE auprès de l'Agence régionale de santé Auvergne-Rhône-Alpes une participation de 27 000 € par an ;\n")
    (contract,) = pipeline.extract(text, published="2026-09-24").contracts
    assert sorted(f.amount_eur for f in contract.funding) == [27000, 27000]


def test_a_total_before_its_parts_is_not_an_amount_of_its_own() -> None:
    text = ("Le contrat est doté de 60 000 € par an : 30 000 € apportés par l'ARS Grand Est, au titre du poste de "
            "coordination, et 30 000 € par la Ville.")
    assert [a.amount for a in find_amounts(text, 0, find_orgs(text))] == [30000, 30000]


def test_a_funder_named_after_its_amount_and_a_total_said_once() -> None:
    text = ("Pour 2026, son budget d'animation s'élève à 62 000 € : 31 000 € apportés par l'ARS, 21 000 € par le PETR "
            "du Pays Tolosan et 10 000 € par les communautés de communes.")
    found = [(a.amount, a.year) for a in _amounts(text)]
    assert found == [(31000.0, 2026), (21000.0, 2026), (10000.0, 2026)]
    assert [a.funder for a in _amounts(text)][:2] == ["ARS", "PETR du Pays Tolosan"]


def test_a_newsletter_section_that_names_the_contract_back_keeps_its_money() -> None:
    import pipeline

    rule = "-" * 60
    text = (f"LA LETTRE DU PETR DU PAYS TOLOSAN\n{rule}\nÉDITO\nLe 12 février 2026, le PETR du Pays Tolosan a signé son "
            f"contrat local de santé avec l'Agence régionale de santé Occitanie.\n{rule}\nQUI FAIT QUOI ?\n"
            f"Le contrat couvre les communes des quatre communautés de communes. Son budget d'animation est de 40 000 € "
            f"par an, apportés par l'ARS.\n{rule}\nMOBILITÉ\nLe transport solidaire a reçu 96 000 € de la Région.\n")
    (contract,) = pipeline.extract(text, published="2026-04-01").contracts
    assert [f.amount_eur for f in contract.funding] == [40000]


def test_the_same_amount_again_from_another_funder() -> None:
    text = "Le poste est cofinancé : l'ARS y consacre 30 000 € par an, la Communauté de l'Auxerrois également."
    assert [(a.amount, a.funder) for a in _amounts(text)] == [(30000.0, "ARS"), (30000.0, "Communauté de l'Auxerrois")]


def test_the_other_half_from_another_funder() -> None:
    text = "L'ARS finance la moitié du poste, soit 25 000 € par an ; la communauté de communes prend en charge l'autre moitié."
    assert [a.amount for a in _amounts(text)] == [25000.0, 25000.0]


def test_money_for_each_signed_contract_is_not_a_contract_s_in_preparation() -> None:
    import pipeline

    text = ("Contrats locaux de santé : l'avancement en Meurthe-et-Moselle\n\n"
            "- Signés : Communauté de communes du Bassin de Pont-à-Mousson — contrat signé le 12 mars 2026.\n"
            "- En cours d'élaboration : Communauté de communes Mad et Moselle — premier contrat, en préparation avec l'ARS.\n\n"
            "L'ARS cofinance le poste de coordination de chaque contrat signé, à hauteur de 25 000 € par an.\n")
    funded = {c.territory.name: [f.amount_eur for f in c.funding] for c in pipeline.extract(text, published="2026-06-09").contracts}
    assert funded == {"Communauté de communes du Bassin de Pont-à-Mousson": [25000],
                      "Communauté de communes Mad et Moselle": []}


def test_a_deficit_is_no_funding():
    import pipeline

    text = ("La communauté de communes du Briançonnais a signé son premier contrat local de santé avec l'ARS. "
            "La direction de l'hôpital annonce un déficit de 2,3 millions d'euros pour 2025. L'ARS finance la "
            "coordination du contrat à hauteur de 30 000 € par an.\n")
    (contract,) = pipeline.extract(text, published="2026-02-05").contracts
    assert [f.amount_eur for f in contract.funding] == [30000]


@pytest.mark.parametrize("text", [
    "Coût estimé par le déposant : 60 000 €",
    "Le centre de santé accueillera un second médecin salarié (coût net estimé à 38 000 € par an).",
    "L'enveloppe 2026 du budget participatif reste fixée à 1,5 million d'euros.",
    "Le CLSM bénéficie d'un financement propre de l'ARS, 20 000 € par an.",
    "Commune de Vallauris | 06 | Coordination du conseil local de santé mentale (CLSM) | 20 000 €",
])
def test_estimates_participatory_budgets_and_a_clsm_s_money_are_no_cls_funding(text):
    assert _amounts(text) == []


def test_the_contract_s_own_coordination_money_stays():
    assert [a.amount for a in _amounts("Commune de Vallauris | 06 | Coordination du contrat local de santé | 30 000 €")] \
        == [30000]


def test_the_same_amount_again_from_a_second_funder_after_a_duration():
    text = ("Côté financement, l'ARS apportera 24 000 € par an pendant la durée du contrat et la communauté de "
            "communes autant, pour le poste de coordination.")
    assert [a.amount for a in _amounts(text)] == [24000, 24000]


def test_pay_before_an_amount_is_no_funding_but_the_rest_of_a_pay_after_it_does_not_matter():
    assert _amounts("Dépenses : rémunération chargée 49 500 € ; frais de fonctionnement 4 500 € ; total 54 000 €.") == []
    assert _amounts("Le poste est payé 2 400 € brut par mois.") == []
    kept = _amounts("L'ARS apporte 30 000 euros par an au poste de coordination, la communauté de communes prenant en "
                    "charge le reste de la rémunération.")
    assert [a.amount for a in kept] == [30000]


@pytest.mark.parametrize("text", [
    "La future maison de santé, dont le coût est estimé à 1,2 million d'euros, ouvrira fin 2027.",
    "Le cabinet infirmier a bénéficié d'une aide intercommunale de 25 000 euros pour son installation.",
    "L'agence a soutenu le centre de santé à hauteur de 180 000 euros, dans le cadre d'un autre dispositif.",
    "Le bus santé reste financé en dehors du CLS, par le programme européen LEADER (186 000 euros sur trois ans).",
])
def test_money_said_to_be_another_scheme_s(text):
    assert _amounts(text) == []
