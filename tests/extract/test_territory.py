"""Territory mentions, linked to the offline gazetteer and grouped per distinct territory."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.extract.orgs import find_orgs
from pipeline.extract.territory import (
    find_mentions,
    geo_context,
    group_mentions,
    link_mentions,
    name_key,
    reads_like_territory,
)
from pipeline.geo import get_gazetteer
from pipeline.relevance import assess


@pytest.fixture(scope="module", autouse=True)
def _gazetteer():
    get_gazetteer()  # load once for the module


def _groups(text: str, title: str | None = None):
    orgs = find_orgs(text)
    mentions = find_mentions(text, title, orgs, assess(text).cls_spans)
    link_mentions(mentions, geo_context(text, orgs))
    return group_mentions(mentions)


def test_cls_of_the_town():
    (g,) = _groups("Le contrat local de santé de la ville de Laon a été signé.")
    assert g.key == "02408"
    assert g.best.anchor is True
    assert g.best.link.type == "commune"
    assert g.best.link.name == "Laon"


def test_demonym():
    (g,) = _groups("Le CLS couvre le territoire cristolien.")
    assert g.key == "94028"
    assert g.best.link.name == "Créteil"
    assert g.best.kind == "commune"


def test_demonym_joins_the_named_town():
    (g,) = _groups("Le CLS de Créteil est signé. Le territoire cristolien en profite.")
    assert g.key == "94028"
    assert len(g.mentions) == 2


def test_bare_epci_name():
    (g,) = _groups("Le contrat local de santé porté par Plaine Limagne a été signé.")
    assert g.key == "200071199"
    assert g.best.link.type == "epci"


@pytest.mark.parametrize(
    "text",
    [
        "La Ville de Laon et l'agglomération du Pays de Laon ont signé le contrat local de santé.",
        "La Ville de Laon et la Communauté d'agglomération du Pays de Laon ont signé le contrat local de santé.",
    ],
)
def test_town_and_its_epci_are_two_groups(text):
    groups = _groups(text)
    assert len(groups) == 2
    assert [g.best.link.type for g in groups] == ["commune", "epci"]
    assert [g.key for g in groups] == ["02408", "200043495"]


def test_pays_mentions_grouped_by_name():
    (g,) = _groups("Le contrat local de santé du Pays de Chaumont est signé.")
    assert g.key == "chaumont"
    assert g.best.link.type == "pays_petr"
    assert g.best.anchor


def test_cls_mention_boosts_strength():
    text = "Le contrat local de santé de la ville de Laon a été signé."
    (g,) = _groups(text)
    # "CLS de la ville de Laon" anchor (5) and "ville de Laon" org (2), each +1 near the CLS mention
    assert sorted(m.strength for m in g.mentions) == [3, 6]
    assert g.score == 9


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Pays de Chaumont", "Chaumont"),
        ("Ville de Laon", "Laon"),
        ("Communauté de communes Plaine Limagne", "Plaine Limagne"),
        ("Saint-Étienne", "saint etienne"),
        ("Quartier prioritaire de la Gare", "la gare"),
    ],
)
def test_name_key_equal(a, b):
    assert name_key(a) == name_key(b)


def test_name_key_values():
    assert name_key("Pays de Chaumont") == "chaumont"
    assert name_key("Communauté d'agglomération du Pays de Laon") == "laon"
    assert name_key("Ville de") == ""
    assert name_key("Pôle d'équilibre territorial et rural du Pays de Remiremont") == name_key("PETR du Pays de Remiremont")


def _contracts(text: str, title: str | None = None) -> list[str]:
    from pipeline.extract.contracts import announced_count, choose_contracts
    from pipeline.extract.units import split_units

    groups = _groups(text, title)
    chosen = choose_contracts(groups, announced_count(text), split_units(text))
    return [g.best.link.name if g.best.link is not None else g.best.name for g in chosen]


def test_subject_of_a_signing_anchors_the_contract():
    text = ("Les Lédoniens ont leur contrat.\nLe PETR du Pays Lédonien a signé mercredi, à Lons-le-Saunier, "
            "un contrat local de santé pour 2024-2028.")
    assert _contracts(text) == ["Pays Lédonien"]


def test_a_town_that_has_its_contract_is_its_subject():
    text = ("Dieppe dispose d'un contrat local de santé depuis 2013. Le document signé hier prend la suite du précédent. "
            "L'agglomération Dieppe-Maritime, qui n'est pas signataire, s'associera au volet mobilité.")
    assert _contracts(text) == ["Dieppe"]


def test_departement_wide_contract():
    text = ("Le Département de la Lozère, l'ARS Occitanie et la Préfecture de la Lozère ont signé un contrat "
            "local de santé qui couvre l'ensemble du département.")
    assert _contracts(text) == ["Lozère"]


def test_a_comparison_with_the_departement_is_no_departement_wide_contract():
    text = ("Le Pôle d'équilibre territorial et rural du Pays de Remiremont et de ses Vallées, la Préfète des Vosges et "
            "le Département des Vosges ont signé le contrat local de santé. Le vieillissement y est plus marqué qu'à "
            "l'échelle du département.")
    assert _contracts(text) == ["PETR du Pays de Remiremont et de ses Vallées"]


def test_quartier_with_article_and_foreign_homonym_title():
    text = ("Le quartier prioritaire de la Mosson dispose désormais de son propre contrat local de santé. "
            "Ont signé la Ville de Montpellier et l'ARS Occitanie.")
    assert _contracts(text, "Mosson : un contrat local de santé") == ["Mosson"]
    mosson = [g for g in _groups(text, "Mosson : un contrat local de santé") if g.key == "mosson"]
    assert mosson and all(m.link is None for m in mosson[0].mentions)  # not Mosson in Côte-d'Or


def test_demonym_takes_the_town_named_elsewhere():
    text = ("Les Dionysiens ont leur contrat local de santé. La Ville de Saint-Denis a signé son contrat local "
            "de santé avec l'ARS Île-de-France.")
    (g,) = [g for g in _groups(text) if g.best.link is not None and g.best.link.type == "commune"]
    assert {m.link.insee for m in g.mentions} == {"93066"}


def test_ville_du_gives_the_article():
    text = "La Ville du Lamentin a signé son contrat local de santé avec l'ARS Martinique."
    assert [m.link.insee for g in _groups(text) for m in g.mentions if m.link is not None] == ["97213"]


def test_negated_and_predecessor_mentions_open_no_contract():
    text = ("Clermont Auvergne Métropole a signé son contrat local de santé. Jusqu'ici, seule la Ville de "
            "Clermont-Ferrand disposait d'un CLS ; il s'éteint au profit du document métropolitain.")
    assert _contracts(text) == ["Clermont Auvergne Métropole"]


def test_headed_sections_open_one_contract_each():
    text = ("Trois contrats locaux de santé signés cet automne.\n\n"
            "Decazeville Communauté : un deuxième CLS\nDecazeville Communauté a signé son contrat le 8 octobre.\n\n"
            "Lévézou Pareloup : une première\nLe contrat de la Communauté de communes de Lévézou Pareloup est signé.\n\n"
            "Réquistanais : un contrat resserré\nLa Communauté de communes du Réquistanais a conclu un contrat.\n\n"
            "Millau Grands Causses : en préparation\nLa Communauté de communes de Millau Grands Causses "
            "porteront le futur contrat.")
    assert len(_contracts(text)) == 4


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("La Communauté de communes du Romorantinais et du Monestois a signé son contrat local de santé.", "200018406"),
        ("Les élus de la Communauté de communes Ardenne, Rives de Meuse ont voté le principe d'un contrat local "
         "de santé.", "240800821"),
        ("L'Agglomération Paris – Vallée de la Marne a renouvelé son contrat local de santé.", "200057958"),
    ],
)
def test_epci_names_joined_by_et_or_a_comma(text, code):
    assert code in {m.link.insee for g in _groups(text) for m in g.mentions if m.link is not None}


def test_status_of_each_contract_comes_from_its_own_section():
    from pipeline.extract import analyze
    from pipeline.nlp import build_nlp
    from pipeline.relevance import assess

    text = ("Trois contrats locaux de santé signés en quinze jours.\n\n"
            "Saint-Lô Agglo\n\nSaint-Lô Agglo a signé le 25 novembre 2024 son contrat pour 2025-2029.\n\n"
            "Communauté d'agglomération du Cotentin\n\nSigné le 18 novembre 2024, ce CLS couvre 2024-2028.\n\n"
            "Et demain ?\n\nLa Communauté de communes Coutances Mer et Bocage a lancé le diagnostic de son propre "
            "contrat local de santé ; la signature est attendue fin 2025.")
    doc = build_nlp()(text)
    contracts = analyze(doc, None, "2024-12-05", assess(text)).contracts
    status = {c.territory.name: c.status for c in contracts}
    assert status.get("Communauté de communes Coutances Mer et Bocage") == "in_preparation"
    assert sum(1 for s in status.values() if s == "signed") == 2


@pytest.mark.parametrize("text", [
    "Jeudi 6 mars, à Mende, les partenaires ont signé un contrat local de santé couvrant l'ensemble de la Lozère. "
    "La Communauté de communes Cœur de Lozère était représentée.",
    "Un contrat local de santé pour toute la Lozère\nIl a été signé jeudi à Mende par la préfète et l'ARS Occitanie.",
])
def test_departement_named_as_the_whole_area(text):
    assert _contracts(text) == ["Lozère"]


def test_unnamed_quartier_takes_the_quartier_named_elsewhere():
    text = ("Hier, à la maison de quartier du Luth, la Ville de Gennevilliers et l'ARS Île-de-France ont signé un "
            "contrat local de santé entièrement consacré au quartier. Les habitants du quartier du Luth attendaient "
            "un médecin depuis deux ans.")
    assert _contracts(text) == ["Luth"]


def test_a_contract_devoted_to_an_unlisted_place_the_page_calls_a_quartier_is_the_quartier_s():
    text = ("Mardi, au centre social, la Ville de Valence et l'ARS ont paraphé le premier contrat local de santé "
            "consacré à Fontbarlettes. Conclu pour 2026-2028, il concentre les moyens sur un quartier où l'espérance de "
            "vie reste inférieure à la moyenne.")
    assert _contracts(text) == ["Fontbarlettes"]


def _analyze(text: str, publication: str = "2025-10-10"):
    from pipeline.extract import analyze
    from pipeline.nlp import build_nlp
    from pipeline.relevance import assess

    return analyze(build_nlp()(text), None, publication, assess(text)).contracts


def test_a_territory_heading_its_own_contract_section_opens_a_second_contract():
    text = ("Communiqué de l'ARS Provence-Alpes-Côte d'Azur\n\n"
            "Provence Alpes Agglomération a signé lundi 6 octobre le premier contrat local de santé de son histoire, "
            "pour 2026-2030, avec l'ARS Provence-Alpes-Côte d'Azur et la Préfecture des Alpes-de-Haute-Provence.\n\n"
            "Durance-Luberon-Verdon : le deuxième contrat en préparation\n\n"
            "Durance-Luberon-Verdon Agglomération a engagé l'élaboration de son deuxième contrat local de santé. "
            "Sa signature est envisagée à l'automne 2026.")
    contracts = _analyze(text)
    assert [(c.territory.insee, c.status) for c in contracts] == [("200067437", "signed"), ("200034700", "in_preparation")]
    assert contracts[0].signing_date == "2025-10-06"


def test_a_renewed_contract_ignores_the_first_one_s_signing():
    text = ("Le PETR a engagé l'élaboration de son deuxième contrat local de santé.\n"
            "Rappel : le PETR Adour Chalosse Tursan a porté un premier contrat local de santé, signé le 14 mai 2019 "
            "avec l'ARS et prolongé jusqu'au 31 décembre 2024.\n"
            "La délibération approuve l'engagement du PETR dans l'élaboration d'un deuxième contrat local de santé.")
    (c,) = _analyze(text)
    assert (c.signing_date, c.period_end, c.status) == (None, None, "announced")


def test_bare_departement_and_a_quartier_s_town_as_signatories():
    text = ("Hier, à la maison de quartier des Tarterêts, la Ville, l'ARS Île-de-France et la CPAM de l'Essonne ont "
            "signé un contrat local de santé entièrement consacré au quartier, en présence du maire de "
            "Corbeil-Essonnes. Le Département a lui aussi signé le contrat.")
    (c,) = _analyze(text, "2025-06-12")
    assert c.territory.type == "quartier"
    assert [(s.org_type, s.name) for s in c.signatories] == [
        ("commune", "Ville de Corbeil-Essonnes"), ("ars", "ARS Île-de-France"), ("cpam", "CPAM de l'Essonne"),
        ("departement", "Département de l'Essonne")]


def test_the_publisher_stands_for_a_generic_signing_party():
    from pipeline.extract import analyze
    from pipeline.nlp import build_nlp
    from pipeline.relevance import assess

    text = ("Mercredi après-midi, à Lormes, la communauté de communes a signé son contrat local de santé avec "
            "l'ARS Bourgogne-Franche-Comté. Il couvrira les années 2025 à 2029.")
    doc = build_nlp()(text)
    (c,) = analyze(doc, None, "2025-04-10", assess(text), site="Communauté de communes Morvan Sommets et Grands Lacs"
                   ).contracts
    assert c.territory.type == "epci" and c.territory.insee == "200067890"
    assert analyze(doc, None, "2025-04-10", assess(text)).contracts == []  # no publisher, no territory


def test_a_renewal_clause_dates_the_signing():
    text = ("Lundi 3 novembre, à Saint-Girons, la communauté de communes Couserans-Pyrénées et ses partenaires ont "
            "renouvelé leur contrat local de santé pour la période 2025/2029.")
    (c,) = _analyze(text, "2025-11-05")
    assert c.signing_date == "2025-11-03"


def test_council_minutes_keep_the_amounts_of_the_cls_item_only():
    text = ("Compte rendu sommaire de la séance du conseil municipal\n\n"
            "1. Approbation du procès-verbal\nAdopté à l'unanimité.\n\n"
            "2. Décision modificative n° 2\nOuverture de crédits de 46 300 € pour la toiture de l'école.\n"
            "Adopté à l'unanimité.\n\n"
            "3. Contrat local de santé 2025-2029\nLe contrat local de santé de la Ville de Saint-Junien a été signé "
            "le 2 octobre. La Ville y consacre 30 000 € en 2026.\nAdopté à l'unanimité.\n\n"
            "4. Questions diverses\nLe marché de Noël coûtera 12 000 €.")
    (c,) = _analyze(text, "2025-10-20")
    assert [f.amount_eur for f in c.funding] == [30000]


@pytest.mark.parametrize(
    "text",
    [
        "L'ARS Île-de-France signe sept nouveaux contrats locaux de santé aux côtés des communes de Bonneuil-sur-Marne, "
        "Choisy-le-Roi, Créteil, Orly et Valenton.",
        "En Moselle, sept CLS sont déjà signés (notamment à Metz, Forbach, Thionville, Sarrebourg).",
    ],
)
def test_every_town_of_a_listed_round_up_is_a_candidate(text):
    towns = {g.best.link.name for g in _groups(text) if g.best.link is not None and g.best.link.type == "commune"}
    assert len(towns) >= 4 and {"Orly", "Metz"} & towns


@pytest.mark.parametrize(
    "text",
    [
        "Contrat local de santé. EXTRAIT DU REGISTRE DES DELIBERATIONS DU CONSEIL MUNICIPAL Effectif légal : 39.",
        "Le CLS cible les quartiers prioritaires de la Politique de la Ville et ceux du Programme régional.",
    ],
)
def test_headings_and_institutional_words_are_not_territories(text):
    names = [g.best.name for g in _groups(text)]
    assert not any(n.split()[0].lower() in {"conseil", "politique", "programme"} for n in names), names


def test_la_ville_du_lorrain_is_le_lorrain():
    groups = _groups("L'ARS de Martinique et la ville du Lorrain ont signé un contrat local de santé.")
    assert any(g.best.link is not None and g.best.link.insee == "97214" for g in groups)


@pytest.mark.parametrize(("name", "expected"), [
    ("Nord Dordogne", True),
    ("Est-Béarn", True),
    ("Îles du Ponant", True),
    ("Pôle métropolitain Nord Franche-Comté", True),
    ("Ouest", False),  # a direction alone ("pour l'Ouest guyanais")
    ("Hautes-Alpes", False),  # a whole département is not read this way
    ("Basse-Normandie", False),
    ("Durand", False),
])
def test_unlinked_name_reads_like_a_territory(name: str, expected: bool) -> None:
    assert reads_like_territory(name) is expected


def test_unlinked_area_after_a_cls_mention_opens_its_contract() -> None:
    import pipeline

    rec = pipeline.extract("Signature du contrat local de santé Nord Dordogne à Bourdeilles. "
                           "Le contrat associe le pays et les communautés de communes.")
    assert [c.territory.name for c in rec.contracts] == ["Nord Dordogne"]
    rec = pipeline.extract("Contrat Local de Santé Est-Béarn Préambule Conformément à la loi, le CLS est signé.")
    assert [c.territory.name for c in rec.contracts] == ["Est-Béarn"]


def test_a_list_of_contracts_opens_one_per_item():
    import pipeline

    text = ("Les contrats locaux de santé en cours dans la région :\n"
            "  • Communauté de communes Aunis Atlantique (17)\n"
            "  • Nord Landes (40)\n"
            "  • Est Béarn (64)\n\n"
            "L'observatoire accompagne leurs coordinateurs.\n")
    assert [c.territory.name for c in pipeline.extract(text).contracts] == [
        "Communauté de communes Aunis Atlantique", "Nord Landes", "Est Béarn"]


def test_a_list_of_partners_under_a_cls_heading_opens_no_contract():
    import pipeline

    text = ("La Ville de Dinan a signé son contrat local de santé. Les partenaires des contrats locaux de santé :\n"
            "- Préfecture des Côtes d'Armor\n- Caisse primaire d'assurance maladie des Côtes d'Armor\n")
    assert [c.territory.name for c in pipeline.extract(text).contracts] == ["Dinan"]


def test_the_single_subject_of_a_signing_opens_its_contract_a_co_signer_does_not():
    import pipeline

    text = ("La commune de Saint-Laurent-du-Maroni a signé le renouvellement de son contrat local de santé. "
            "La communauté de communes des Savanes doit signer aujourd'hui le premier contrat local de santé "
            "intercommunal. Cayenne renouvellera son CLS le 15 décembre.")
    names = [c.territory.name for c in pipeline.extract(text).contracts]
    assert names[0] == "Saint-Laurent-du-Maroni" and "Cayenne" in names and len(names) == 3
    text = ("La Ville des Abymes, l'ARS, la CGSS et la communauté d'agglomération Cap Excellence ont signé "
            "le contrat local de santé des Abymes.")
    assert [c.territory.name for c in pipeline.extract(text).contracts] == ["Les Abymes"]


def test_an_acronym_is_not_read_inside_a_longer_word():
    import pipeline

    rec = pipeline.extract("Le contrat local de santé de la 4CPS est signé ce 1er juillet avec l'ARS.")
    assert all(c.territory.name != "Communauté Paris-Saclay" for c in rec.contracts)


def test_the_first_party_of_a_signing_is_the_territory():
    import pipeline

    text = ("Le contrat local de santé 2022-2026 a été signé entre la Ville de Vénissieux et ses partenaires, "
            "en présence du directeur de la délégation du Rhône et de la Métropole de Lyon.")
    assert [c.territory.name for c in pipeline.extract(text).contracts] == ["Vénissieux"]


def test_a_pays_named_by_its_demonym_adjective():
    assert [o.name for o in find_orgs("La communauté de communes du Pays sabolien s'est engagée.")] == [
        "Communauté de communes du Pays sabolien"]


@pytest.mark.parametrize(("text", "name"), [
    ("Ils ont signé le 30 octobre le contrat local de santé de la plaine orientale.", "Plaine orientale"),
    ("Contrat Local de Santé des îles bretonnes du Ponant - Socle - 2016-2020.", "Îles bretonnes du Ponant"),
])
def test_an_area_written_in_lower_case_after_the_cls(text: str, name: str) -> None:
    import pipeline

    assert [c.territory.name for c in pipeline.extract(text).contracts] == [name]


@pytest.mark.parametrize("text", ["Le contrat local de santé de la ville est signé.",
                                  "Le contrat local de santé du territoire communal est signé."])
def test_a_kind_of_area_in_lower_case_is_no_area(text: str) -> None:
    import pipeline

    assert pipeline.extract(text).contracts == []


def test_an_unknown_town_vouches_for_no_contract():
    import pipeline

    text = ("CONTRAT DE VILLE DE NOUVELLE GENERATION\nLe volet santé s'articulera avec le contrat local de "
            "santé et les acteurs du quartier.")
    assert pipeline.extract(text).contracts == []


@pytest.mark.parametrize(("text", "name"), [
    ("Le contrat local de santé de la vallée de la Roya a été construit avec les élus.", "Vallée de la Roya"),
    ("Le CLS de l'Est mosellan est signé. Le contrat local de santé s'appliquera de 2026 à 2030.", "Est mosellan"),
])
def test_an_area_with_a_named_complement_or_a_compass_head(text: str, name: str) -> None:
    import pipeline

    assert [c.territory.name for c in pipeline.extract(text).contracts] == [name]


@pytest.mark.parametrize("text", ["Le contrat local de santé de la vallée sera signé.",
                                  "Le contrat local de santé du Nord de la France est signé.",
                                  "Le contrat local de santé du nord du département est signé."])
def test_no_area_from_a_verb_or_a_whole_country(text: str) -> None:
    import pipeline

    assert pipeline.extract(text).contracts == []


def test_an_acronym_the_page_defines_is_its_expansion_not_a_gazetteer_homonym():
    import pipeline

    text = ("Joël Dazas, président de la CCPL (communauté de communes du Pays loudunais), a accueilli les "
            "professionnels pour l'élaboration d'un contrat local de santé. La CCPL portera le CLS.")
    assert [c.territory.insee for c in pipeline.extract(text).contracts] == ["248600447"]


def test_a_qualified_cls_phrase_still_names_its_area():
    import pipeline

    text = "Le programme d'actions du Contrat Local de Santé intercommunal (CLSi) Nord Caraïbe a été élaboré."
    assert [c.territory.name for c in pipeline.extract(text).contracts] == ["Nord Caraïbe"]


def test_an_epci_acronym_written_with_a_count_is_its_territory():
    import pipeline
    from pipeline.geo import get_gazetteer

    assert get_gazetteer().link("4CPS", kind="epci").insee == "200072718"  # CC de la Champagne Conlinoise et du Pays de Sillé
    text = ("Le contrat local de santé (CLS) de la 4CPS est signé ce 1er juillet, pour trois ans, entre la communauté "
            "de communes, la sous-préfecture de Mamers et l'ARS.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.territory.insee == "200072718"
    assert [s.name for s in contract.signatories].count(contract.territory.name) == 1


def test_a_magazine_issue_named_after_a_season_is_no_epci():
    import pipeline

    text = ("Signature du nouveau contrat local de santé\nArticle du Journal de l'Agglo du Printemps 2023\n"
            "Jeudi 1er juin 2023, a eu lieu la signature du contrat local de santé. Les signataires sont : la Communauté "
            "d'Agglomération Portes de France-Thionville et l'Agence régionale de santé Grand Est.\n")
    names = [c.territory.name for c in pipeline.extract(text).contracts]
    assert names == ["Communauté d'agglomération Portes de France-Thionville"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page calls the area a territory
        ("Contrat Local de Santé Brenne Romane 2021-2025\n"
         "En janvier 2021, l'ARS et la Communauté de communes du Chinonais ont signé le Contrat Local de Santé "
         "Brenne Romane. Il s'appuie sur les dynamiques présentes sur le territoire du Brenne Romane.\n",
         [("Brenne Romane", "other")]),
        # one of the page's organisations carries the area: it takes that organisation's kind
        ("Signature CLS Sarre-et-Orne : se mobiliser en proximité.\n"
         "Le CLS est signé entre l'ARS et le pôle d'équilibre territorial et rural Sarre-et-Orne, en tant que "
         "copilotes du contrat local de santé.\n",
         [("Sarre-et-Orne", "pays_petr")]),
    ],
)
def test_an_area_after_the_cls_phrase_that_the_gazetteer_lacks_and_the_page_vouches_for(text, expected):
    import pipeline

    assert [(c.territory.name, c.territory.type) for c in pipeline.extract(text).contracts] == expected


def test_a_joint_contract_of_two_pays_is_one_contract():
    import pipeline

    text = ("Le Contrat Local de Santé\nLe CLS du Pays Horloger et du Syndicat Mixte du Pays du Haut Doubs compte "
            "147 communes. Les signataires engagés dans le contrat sont : l'Agence Régionale de Santé de Bourgogne "
            "Franche-Comté, le Pays du Haut Doubs et la CPAM du Doubs.\n")
    contracts = pipeline.extract(text).contracts
    assert len(contracts) == 1 and contracts[0].territory.type == "pays_petr"


def test_a_name_cut_by_the_end_of_the_excerpt_opens_no_contract():
    import pipeline

    text = ("La Ville de Saint-Étienne et l'ARS ont signé un nouveau contrat local de santé le 28 mars 2023.\n"
            "Ainsi, le programme d'actions du CLS de la Ville de Sain")
    names = [c.territory.name for c in pipeline.extract(text).contracts]
    assert names == ["Saint-Étienne"]


def test_mentions_linked_to_the_same_pays_are_one_territory_though_a_pays_has_no_code():
    from pipeline.extract.territory import TerritoryMention
    from pipeline.geo.model import LinkResult

    pays = LinkResult(name="Pays du Trégor-Goëlo", type="pays_petr", insee=None, departement="22", region="Bretagne",
                      score=1.0)
    other = LinkResult(name="Pays de Guingamp", type="pays_petr", insee=None, departement="22", region="Bretagne",
                       score=1.0)
    # A title cut short opens the group ("Pays du Trégor", unlinked); the full name joins it and links it.
    mentions = [TerritoryMention(0, 14, "Pays du Trégor", "Pays du Trégor", None, 1, False, None),
                TerritoryMention(20, 40, "Pays du Trégor-Goëlo", "Pays du Trégor-Goëlo", None, 3, True, pays),
                TerritoryMention(50, 70, "Pays du Trégor-Goëlo", "Pays du Trégor-Goëlo", None, 2, False, pays),
                TerritoryMention(80, 96, "Pays de Guingamp", "Pays de Guingamp", None, 2, False, other)]
    groups = group_mentions(mentions)
    assert [len(g.mentions) for g in groups] == [3, 1]


@pytest.mark.parametrize(("text", "name"), [
    ("CONTRAT LOCAL DE SANTE DE STAINS\n", "Stains"),
    ("Contrat Local de Santé 2013-2015. Ville de Rennes\n", "Rennes"),
])
def test_a_page_that_is_only_its_title_names_its_territory_whole(text, name):
    import pipeline

    assert [c.territory.name for c in pipeline.extract(text).contracts] == [name]
    # The same line ending a cut paragraph may be cut short.
    cut = "Le programme d'actions a été présenté aux partenaires du territoire.\n" + text
    assert pipeline.extract(cut).contracts == []


def test_a_cut_name_whose_words_are_all_in_the_full_name_is_the_same_territory():
    from pipeline.extract.territory import TerritoryMention
    from pipeline.geo.model import LinkResult

    petr = LinkResult(name="PETR Val de Saône-Vingeanne", type="pays_petr", insee=None, departement="21",
                      region="Bourgogne-Franche-Comté", score=1.0)
    mentions = [TerritoryMention(0, 20, "PETR du Val-de-Saône", "PETR du Val-de-Saône", None, 2, False, None),
                TerritoryMention(30, 60, "PETR du Val-de-Saône Vingeanne", "PETR du Val-de-Saône Vingeanne", None, 3,
                                 True, petr),
                TerritoryMention(70, 90, "Val de Loire", "Val de Loire", None, 2, False, None)]
    assert [len(g.mentions) for g in group_mentions(mentions)] == [2, 1]


def test_the_carrier_of_the_contract_is_its_territory():
    import pipeline

    text = ("Jeudi, de nombreux élus de la Ville de Dourdan étaient présents pour la signature du contrat local de santé "
            "porté par la Communauté de communes du Dourdannais en Hurepoix, aux côtés de l'ARS Île-de-France.\n")
    (contract,) = pipeline.extract(text, published="2025-03-30").contracts
    assert contract.territory.type == "epci" and "Dourdannais" in contract.territory.name


def test_without_a_place_tied_to_the_cls_a_known_place_outweighs_an_unknown_one_far_from_it():
    import pipeline

    text = ("Tel est l'objet du contrat local de santé qui a été signé jeudi.\n\n"
            "Favoriser le développement d'actions et de dispositifs locaux permettant un meilleur accès aux soins des "
            "populations, en particulier des plus fragiles, est une priorité partagée par tous.\n\n"
            "Tous les acteurs étaient réunis : la ville de Poissy, représentée par son maire, et les partenaires.\n\n"
            "Les axes :\n"
            "  • L'accès aux soins : ouverture d'une maison de santé, projet de maison de santé départementale sur le "
            "quartier de Beauregard, qui accueillera des médecins généralistes et des infirmiers ;\n"
            "  • La prévention : des ateliers dans les écoles.\n")
    (contract,) = pipeline.extract(text, published="2021-10-01").contracts
    assert (contract.territory.type, contract.territory.name) == ("commune", "Poissy")


def test_the_town_that_signs_at_home_as_la_ville_is_the_territory():
    import pipeline

    text = ("Le contrat local de santé a été signé, à Lunel, mardi 3 juin, entre la Ville et l'Agence régionale de "
            "santé. Il renforce les actions de prévention auprès des jeunes.\n")
    (contract,) = pipeline.extract(text, published="2025-06-05").contracts
    assert (contract.territory.name, contract.territory.insee) == ("Lunel", "34145")
    # Signed somewhere between other parties: the place is only where it was signed.
    elsewhere = text.replace("entre la Ville et l'Agence", "entre la communauté de communes et l'Agence")
    assert all(c.territory.name != "Lunel" for c in pipeline.extract(elsewhere, published="2025-06-05").contracts)


@pytest.mark.parametrize("text", [
    "Porté par le Parc naturel régional des Grands Causses, ce contrat local de santé 2024-2028 est co-piloté "
    "par l'ARS et la Préfecture de l'Aveyron. Millau accueille le comité de pilotage.",
    "Les 93 communes du territoire ont confié le pilotage du contrat local de santé au Parc naturel régional "
    "des Grands Causses.",
])
def test_a_regional_nature_park_carries_the_contract(text: str) -> None:
    """A park is a territory no gazetteer lists; as the carrier (before or after the verb) it opens the contract."""
    import pipeline

    (c,) = pipeline.extract(text).contracts
    assert (c.territory.name, c.territory.type) == ("Parc naturel régional des Grands Causses", "other")


@pytest.mark.parametrize(("text", "expected"), [
    ("contrat local de santé du grand nancy Période : 2013-2017\n\nDocuments pareils", ["Métropole du Grand Nancy"]),
    ("le contrat local de santé du territoire, signé en 2019, arrive à son terme.", []),
])
def test_a_cls_of_a_name_written_in_lower_case(text: str, expected: list[str]) -> None:
    """A transcript's lower-case title names the contract's area when the gazetteer knows the name exactly."""
    assert [n for n in _contracts(text)] == expected


@pytest.mark.parametrize(("text", "name"), [
    ("Le Pôle métropolitain Nord Franche-Comté s'engage dans un contrat local de santé avec l'ARS.",
     "Pôle métropolitain Nord Franche-Comté"),
    ("D'autant que le Pôle Haute Lande s'est engagé dans la mise en place d'un contrat local de santé.",
     "Pôle Haute Lande"),
])
def test_a_grouping_of_intercommunalities_named_pole(text: str, name: str) -> None:
    assert _contracts(text) == [name]


def test_a_pole_of_services_is_no_territory() -> None:
    assert _contracts("Le Pôle Santé de la ville signe le contrat local de santé.") == []


def test_a_pays_the_gazetteer_does_not_list_is_the_intercommunality_called_so() -> None:
    text = "Le contrat local de santé est porté conjointement par l'ARS et le Pays Voironnais, au travers de son CIAS."
    codes = {m.link.insee for g in _groups(text) for m in g.mentions if m.link is not None}
    assert "243800984" in codes  # Communauté d'agglomération du Pays Voironnais


def test_the_one_town_named_as_an_organisation_stands_for_its_generic_la_ville():
    text = ("LE MAGAZINE DE LA VILLE DE LANNION\n\n"
            "Le 12 mars, la Ville a signé son premier contrat local de santé avec l'ARS Bretagne et huit partenaires, "
            "pour la période 2025-2029.\n"
            "Les signataires : l'ARS, la Communauté d'agglomération Lannion-Trégor Communauté, la CPAM.")
    (c,) = _analyze(text)
    assert (c.territory.type, c.territory.insee) == ("commune", "22113")
    # with a quartier named, "la Ville" signs the quartier's contract
    text = ("LE MAGAZINE DE LA VILLE DE LANNION\n\nLe 12 mars, la Ville a signé un contrat local de santé consacré "
            "au quartier prioritaire de Ar Santé - Les Fontaines avec l'ARS Bretagne.")
    assert [c.territory.type for c in _analyze(text)] == ["quartier"]


def test_a_town_s_contract_beside_an_agglomeration_named_after_the_town():
    text = ("Signature hier soir du contrat local de santé de Montélimar entre la mairie, l'ARS Auvergne-Rhône-Alpes "
            "et la CPAM de la Drôme. Présent, le président de Montélimar Agglomération a salué la démarche.")
    (c,) = _analyze(text)
    assert (c.territory.type, c.territory.insee) == ("commune", "26198")
    # the town and its intercommunality named together as the contract's: one contract, the intercommunality's
    text = ("Signature du contrat local de santé de Limoges et Limoges Métropole avec l'ARS Nouvelle-Aquitaine, "
            "lundi 3 juillet 2023.")
    (c,) = _analyze(text)
    assert (c.territory.type, c.territory.insee) == ("epci", "248719312")


def test_two_towns_that_together_engage_in_one_contract_open_one():
    text = ("Maripasoula et Papaïchton s'engagent vers un contrat local de santé\n\n"
            "L'ARS de Guyane et les communes de Maripasoula et de Papaïchton ont signé le mardi 18 novembre une charte "
            "partenariale préalable à la création d'un contrat local de santé.")
    (c,) = _analyze(text, "2025-11-21")
    assert c.status == "in_preparation" and c.signing_date is None  # the charter's date is no signing date
    assert "year_inferred" not in c.warnings  # nor is a warning about that date kept
    # a longer list, or a contract each, is no joint contract
    text = "Champigny, Vitry, Villejuif et Alfortville signent ce mardi leur contrat local de santé."
    assert all(c.territory.type == "commune" for c in _analyze(text))


@pytest.mark.parametrize("text, expected", [
    ("Saint-Nazaire. Un nouveau contrat local de santé à l'échelle de l'agglo. Dans sa première version, le contrat local "
     "de santé de la ville de Saint-Nazaire va s'élargir à l'ensemble de l'agglomération.", "244400644"),
    ("Le contrat local de santé de la ville de Saint-Nazaire a été signé en 2015 par la Ville et l'ARS.", "44184"),
])
def test_a_cls_widened_to_the_agglomeration_is_the_epci_s(text: str, expected: str) -> None:
    import pipeline
    codes = [c.territory.insee for c in pipeline.extract(text, published="2022-10-01").contracts]
    assert codes == [expected]


def test_a_name_no_gazetteer_lists_on_a_quartier_s_contract_page_is_the_quartier() -> None:
    import pipeline

    text = ("La Duchère signe le tout premier contrat local de santé du quartier\n\nMercredi 19 novembre, la Ville de "
            "Lyon, la Métropole de Lyon et l'Agence régionale de santé ont signé le tout premier contrat local de santé "
            "de la Duchère. Il vient compléter, à l'échelle du quartier, le contrat local de santé de la Ville.\n")
    [contract] = pipeline.extract(text, published="2025-11-20").contracts
    assert (contract.territory.type, contract.territory.name) == ("quartier", "Duchère")


def test_a_cls_named_after_a_departement_on_a_departement_scale_page_is_the_departement_s() -> None:
    import pipeline

    text = ("Jeudi 12 février, l'Hôtel du Département accueillera la signature d'un contrat local de santé inédit : pour "
            "la première fois, un CLS sera conclu à l'échelle de tout le département. Les intercommunalités déjà "
            "engagées dans leur propre contrat, comme Mont de Marsan Agglomération, continueront de le faire vivre.\n\n"
            "Signature du contrat local de santé des Landes\nJeudi 12 février 2026, Hôtel du Département\n")
    [contract] = pipeline.extract(text, published="2026-02-03").contracts
    assert (contract.territory.type, contract.territory.name) == ("departement", "Landes")
    assert [s.org_type for s in contract.signatories if s.org_type == "epci"] == []  # engaged in their own contract


def test_a_demonym_known_for_one_homonym_takes_the_one_of_the_departement_the_text_names() -> None:
    import pipeline

    text = ("Le contrat local de santé a été signé samedi devant une cinquantaine de Saintannais, par la maire, l'ARS "
            "de Martinique et la Caisse générale de sécurité sociale (CGSS) de la Martinique.\n")
    [contract] = pipeline.extract(text, published="2026-03-09").contracts
    assert (contract.territory.name, contract.territory.insee) == ("Sainte-Anne", "97226")


def test_an_intercommunality_written_as_its_short_name_and_kind() -> None:
    import pipeline

    text = ("Le Pays de Gex signe son premier contrat local de santé\n\nLes élus de Pays de Gex Agglo ont signé jeudi soir "
            "le premier contrat local de santé (CLS) de leur territoire avec l'ARS Auvergne-Rhône-Alpes.\n")
    [contract] = pipeline.extract(text, published="2025-12-05").contracts
    assert (contract.territory.type, contract.territory.insee) == ("epci", "240100750")


def test_a_place_that_has_its_own_contract_in_an_aside_opens_none() -> None:
    import pipeline

    text = ("Le premier contrat local de santé (CLS) de Grenoble-Alpes Métropole arrive à échéance. Signé en 2021 par la "
            "Métropole et l'ARS, il a soutenu quarante actions.\n\nLa Ville de Grenoble, qui dispose de son propre contrat "
            "local de santé, a été associée au bilan.\n")
    record = pipeline.extract(text, published="2025-11-02")
    assert [c.territory.insee for c in record.contracts] == ["200040715"]


def test_an_epci_named_by_its_kind_and_acronym() -> None:
    import pipeline

    text = "CLS Métropole TPM 2024-2028\n\nLe contrat local de santé de la Métropole TPM a été signé à Toulon avec l'ARS.\n"
    [contract] = pipeline.extract(text, published="2024-10-20").contracts
    assert contract.territory.insee == "248300543"


def test_our_town_on_the_town_s_own_site_is_the_contract_s_territory(tmp_path) -> None:
    import json

    from pipeline.run import run

    record = {"id": "v", "url": "https://www.vernon27.fr/actualites/cls", "date": "2025-11-12",
              "text": "Signé en juin 2022 avec l'ARS de Normandie, le premier contrat local de santé de notre ville arrive "
                      "à mi-parcours. Un avenant a été signé jeudi par la Ville, l'ARS Normandie et Seine Normandie "
                      "Agglomération, qui devient signataire.\n"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    run([tmp_path / "in.jsonl"], tmp_path / "out")
    [out] = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [c["territory"]["insee"] for c in out["contracts"]] == ["27681"]


def test_a_quartier_where_a_health_centre_stands_does_not_hide_the_town_of_the_magazine() -> None:
    import pipeline

    text = ("Le vendredi 13 février, la Ville a signé son deuxième contrat local de santé. Le premier, conclu en 2019, "
            "avait permis d'ouvrir la maison de santé du quartier de la Monnaie.\n\n"
            "Romans Mag – Magazine municipal de la Ville de Romans-sur-Isère")
    assert [c.territory.name for c in pipeline.extract(text, published="2026-03-01").contracts] == ["Romans-sur-Isère"]


def test_the_contract_of_an_intercommunality_written_in_lower_case_is_its_own() -> None:
    import pipeline

    text = ("C'est à la mairie de Tergnier, hier en fin d'après-midi, que les partenaires ont paraphé le nouveau contrat "
            "local de santé de la communauté d'agglomération Chauny-Tergnier-La Fère.")
    contracts = pipeline.extract(text, published="2026-03-12").contracts
    assert [c.territory.name for c in contracts] == ["Communauté d'agglomération Chauny Tergnier La Fère"]


@pytest.mark.parametrize(("text", "site", "code"), [
    # the publisher as the agent of a signing
    ("Le contrat local de santé en dates. Retour sur une démarche qui en est à son troisième contrat. Le vendredi 4 "
     "juillet, signature du troisième contrat local de santé. Il est signé par la communauté de communes, l'ARS et la "
     "sous-préfecture.", "Communauté de communes Haut-Jura Saint-Claude", "200026573"),
    # the site name for the community engaged in its CLS, where the text ties no named place to it
    ("Conseil communautaire du 18 décembre 2025. Le diagnostic fait ressortir des délais d'accès aux urgences de Gap "
     "dépassant l'heure. Le conseil approuve l'engagement de la communauté de communes dans l'élaboration d'un contrat "
     "local de santé avec l'ARS.", "CC Vallée de l'Ubaye - Serre-Ponçon", "200072304"),
])
def test_the_site_name_stands_for_the_publisher_s_generic_name(text: str, site: str, code: str) -> None:
    from pipeline.extract import analyze
    from pipeline.nlp import build_nlp
    from pipeline.relevance import assess

    (c,) = analyze(build_nlp()(text), None, "2025-12-22", assess(text), site=site).contracts
    assert c.territory.insee == code


def test_the_publisher_s_generic_name_after_the_cls_in_its_sentence() -> None:
    import pipeline

    text = ("Santé publique\n\nDans le cadre du Contrat Local de Santé (CLS), l'Agence régionale de santé Normandie "
            "s'engage aux côtés de la Communauté urbaine pour mettre en œuvre une politique de santé territorialisée.\n")
    result = pipeline.extract(text, url="https://www.lehavreseinemetropole.fr/contrat-local-de-sante")
    assert [c.territory.name for c in result.contracts] == ["Le Havre Seine Métropole"]


def test_the_one_named_town_stands_for_a_later_la_ville_only_after_the_cls() -> None:
    from pipeline.extract.territory import _cls_in_next_sentences

    text = "Le contrat local de santé de l'agglomération est signé ; la Ville s'associe aux actions."
    ville = text.index("la Ville")
    spans = [(3, 25)]
    assert not _cls_in_next_sentences(text, ville, ville + 8, spans)
    assert _cls_in_next_sentences(text, ville, ville + 8, spans, whole_sentence=True)


def test_our_contract_on_a_town_s_site_is_the_town_s_though_its_agglomeration_co_signs() -> None:
    import pipeline

    text = ("Ville de Flers – Site officiel\n\nVœux 2026 : le discours du maire\n\nEn novembre dernier, nous avons signé "
            "notre deuxième contrat local de santé, avec l'Agence régionale de santé de Normandie, la caisse primaire "
            "d'assurance maladie de l'Orne et avec Flers Agglo, dont je remercie le président.\n")
    record = pipeline.extract(text, published="2026-01-12")
    assert [c.territory.name for c in record.contracts] == ["Flers"]


def test_a_news_kicker_names_the_town_that_la_ville_stands_for() -> None:
    import pipeline
    from pipeline.extract.territory import kicker_town

    text = ("Le Courrier des Flandres\n\nHazebrouck : la halle rouvre et la santé se donne cinq ans\n\n"
            "Par Jeanne Dumont\n\nLe chantier de la halle, conduit par la Communauté de communes de Flandre Intérieure, "
            "a duré dix mois. Le même jour, la Ville a signé son deuxième contrat local de santé avec l'Agence régionale "
            "de santé.\n")
    assert kicker_town(text) == "Hazebrouck"
    record = pipeline.extract(text, published="2026-03-17")
    assert [c.territory.name for c in record.contracts] == ["Hazebrouck"]
    # A dateline names it too; two different kickers name none.
    assert kicker_town("LOUDUN. – La Ville a signé son contrat local de santé ce jeudi avec l'ARS.\n") == "Loudun"
    assert kicker_town("Hazebrouck : la halle rouvre après dix mois de travaux\nBailleul : un marché de nuit cet été\n") is None


def test_a_town_that_now_has_its_contract_is_its_territory_read_in_the_page_s_region() -> None:
    import pipeline

    # the subject after a headline's colon; the homonym (Sainte-Anne of Guadeloupe, the larger) is not the one of a
    # Martinique page
    text = ("Le Courrier du Sud - Martinique\n\nSanté : Sainte-Anne a désormais son contrat local de santé\n\n"
            "La commune a signé lundi avec l'Agence régionale de santé de Martinique. Les Saintannais sont invités "
            "au forum de mars.\n")
    record = pipeline.extract(text, published="2026-03-10")
    assert [(c.territory.name, c.territory.insee) for c in record.contracts] == [("Sainte-Anne", "97226")]


def test_a_pays_adjective_names_the_communaute_of_the_same_name() -> None:
    import pipeline

    text = ("La collectivité du Pays sabolien a présenté sa chargée de mission santé, qui animera le contrat local de "
            "santé du Pays sabolien.\n")
    record = pipeline.extract(text, published="2024-07-16")
    assert [c.territory.insee for c in record.contracts] == ["247200090"]


def test_places_given_the_same_predicate_by_ellipsis_have_contracts_of_their_own() -> None:
    import pipeline

    text = ("La signature du CLS de Kourou ouvre une série. Cayenne renouvellera son contrat local de santé le 15 "
            "décembre, avant Macouria et Matoury début 2026.\n")
    names = {c.territory.name for c in pipeline.extract(text, published="2025-11-28").contracts}
    assert {"Cayenne", "Macouria", "Matoury"} <= names
    # an ellipsis outside a sentence about a CLS names no contract
    other = "Le marché de Noël ouvrira à Cayenne, avant Macouria et Matoury. Le contrat local de santé de Kourou est signé.\n"
    assert {c.territory.name for c in pipeline.extract(other, published="2025-11-28").contracts} == {"Kourou"}


def test_a_cls_of_a_name_joined_by_et_that_one_intercommunality_bears() -> None:
    import pipeline

    text = ("Lodève. La santé des Lodévois reste une priorité\n\nMardi soir, la signature du troisième contrat local de "
            "santé du Lodévois et Larzac a réuni les élus et l'Agence régionale de santé.\n")
    record = pipeline.extract(text, published="2026-03-19")
    assert [c.territory.insee for c in record.contracts] == ["200017341"]


def test_the_contract_of_la_ville_is_the_page_s_town_not_a_commune_named_ville() -> None:
    """'Le contrat local de santé de la Ville a été signé' on Beauvais's page: not Ville (Oise, 60676)."""
    import pipeline

    text = ("Le premier contrat local de santé de Beauvais\n\nC'était un engagement : il a été tenu. Le contrat local de "
            "santé de la Ville a été signé le vendredi 27 septembre 2024 par le maire avec la préfète de l'Oise et "
            "l'Agence régionale de santé Hauts-de-France.\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2026-01-10").contracts] == ["Beauvais"]


def test_the_first_of_the_parties_that_sign_is_the_territory_not_the_town_hall_where_they_sign() -> None:
    """'…, dans la salle du conseil de la mairie de Secondigny, la CC de Parthenay-Gâtine, l'ARS …, la CPAM … et la MSA
    Poitou ont signé le deuxième contrat local de santé du territoire': the CC's, signed at Secondigny's town hall."""
    import pipeline

    text = ("SECONDIGNY\nLe contrat local de santé signé pour cinq ans\nMercredi soir, dans la salle du conseil de la mairie "
            "de Secondigny, la communauté de communes de Parthenay-Gâtine, l'Agence régionale de santé Nouvelle-Aquitaine, "
            "la CPAM des Deux-Sèvres et la MSA Poitou ont signé le deuxième contrat local de santé du territoire.\n")
    [contract] = pipeline.extract(text, published="2026-03-14").contracts
    assert contract.territory.insee == "200041333"
    assert "commune" not in [s.org_type for s in contract.signatories]


def test_a_headline_s_topic_before_its_colon_does_not_have_the_contract() -> None:
    """'Sud Gironde : la CC du Réolais en Sud Gironde signe son premier CLS': the possessive is the CC's, not the
    topic's (the CC du Sud Gironde), which stays a mere mention near the CLS."""
    text = ("Sud Gironde : la Communauté de communes du Réolais en Sud Gironde signe son premier contrat local de santé\n")
    mentions = find_mentions(text, None, find_orgs(text), assess(text).cls_spans)
    topic = [m for m in mentions if m.start == 0]
    assert topic and all("possessive" not in m.cues and not m.anchor for m in topic)


def test_a_pays_named_like_the_page_s_intercommunality_is_that_intercommunality() -> None:
    """"Le Pays Ajaccien se dote de son premier CLS" beside "la Communauté d'agglomération du Pays Ajaccien (CAPA) … ont
    signé": one contract, the CAPA's, not a second one for the old Pays the gazetteer also lists."""
    import pipeline

    text = ("Le Pays Ajaccien se dote de son premier contrat local de santé\n\nLa Communauté d'agglomération du Pays "
            "Ajaccien (CAPA), l'Agence régionale de santé de Corse et la CPAM de la Corse-du-Sud ont signé hier, mardi "
            "13 octobre, le premier contrat local de santé du Pays Ajaccien.\n")
    assert [c.territory.insee for c in pipeline.extract(text, published="2026-10-14").contracts] == ["242010056"]


def test_a_town_hall_where_the_parties_sign_is_no_party() -> None:
    """'… ont signé, jeudi 4 juin, à la mairie de Rumilly, le premier CLS': the building, not the town."""
    import pipeline

    text = ("Signature du contrat local de santé de Rumilly Terre de Savoie\n"
            "La communauté de communes Rumilly Terre de Savoie, l'ARS Auvergne-Rhône-Alpes et la CPAM de la Haute-Savoie "
            "ont signé, jeudi 4 juin 2026, à la mairie de Rumilly, le premier contrat local de santé du territoire.\n")
    [contract] = pipeline.extract(text, published="2026-06-05").contracts
    assert contract.territory.type == "epci"
    assert "commune" not in [s.org_type for s in contract.signatories]


def test_a_pays_named_inside_the_contract_s_intercommunality_is_that_intercommunality() -> None:
    """'le Pays de Barr signe son premier CLS' beside 'la Communauté de communes du Pays de Barr': one party."""
    import pipeline

    text = ("Le Pays de Barr signe son premier contrat local de santé\n"
            "L'ARS Grand Est, la Communauté de communes du Pays de Barr et la CPAM du Bas-Rhin ont signé, lundi 16 mars "
            "2026, le premier contrat local de santé du territoire.\n")
    [contract] = pipeline.extract(text, published="2026-03-17").contracts
    assert [s.org_type for s in contract.signatories].count("epci") == 1
    assert "pays_petr" not in [s.org_type for s in contract.signatories]


def test_a_town_hall_named_as_the_venue_of_another_territory_s_signing_opens_no_contract() -> None:
    """'Le CLS de la communauté de communes … a été signé hier à la mairie d'Envermeu' on a page that counts the
    region's contracts: one contract, the CC's."""
    import pipeline

    text = ("Un premier contrat local de santé pour la communauté de communes Falaises du Talou\n\n"
            "Le contrat local de santé (CLS) de la communauté de communes Falaises du Talou a été signé hier, mercredi 8 "
            "octobre, à la mairie d'Envermeu. C'est le premier contrat de ce type pour ce territoire rural.\n\n"
            "Ont apposé leur signature au bas du document : Marc Duval, directeur général de l'ARS Normandie, Paul "
            "Lenoir, président de la communauté de communes, et Anne Roux, sous-préfète de Dieppe.\n\n"
            "Conclu pour la période 2025-2029, le CLS s'articule autour de trois axes : l'installation de professionnels ; "
            "la santé mentale ; la prévention des addictions. L'ARS Normandie finance la coordination à hauteur de 25 000 "
            "euros par an.\n\nAvec cette signature, 29 contrats locaux de santé sont désormais signés en Normandie.\n")
    contracts = pipeline.extract(text, published="2025-10-09").contracts
    assert [c.territory.insee for c in contracts] == ["247600729"]


def test_a_quartier_the_page_says_has_no_contract_of_its_own_is_no_territory() -> None:
    from pipeline.extract.territory import find_mentions

    text = ("Le contrat local de santé couvre les 26 communes. Les quartiers Beauval et Pierre Collinet concentrent une "
            "partie des actions. Ils ne font pas l'objet d'un contrat à part.")
    assert not [tm for tm in find_mentions(text, None, [], [(4, 26)]) if tm.kind == "quartier"]


def test_the_publisher_the_contract_engages_on_its_own_site() -> None:
    """On the agglomeration's site, '… du contrat qui engage l'Agglomération et ses partenaires': its contract."""
    import pipeline

    page = ("<html><head><title>Le CLS de A à Z</title><meta property='og:site_name' content=\"Agglomération du Pays de "
            "Meaux\"></head><body><article><h1>Le contrat local de santé de A à Z</h1>"
            "<p>Voici notre abécédaire pour tout comprendre du contrat qui engage l'Agglomération et ses partenaires pour "
            "la santé des habitants.</p><h2>D comme Date</h2><p>Le contrat a été signé le mardi 3 février 2026, dans "
            "les salons de l'hôtel de ville de Meaux.</p><h2>Q comme Quartiers</h2><p>Les quartiers Beauval et Pierre "
            "Collinet concentrent une partie des actions. Ils ne font pas l'objet d'un contrat à part.</p>"
            "</article></body></html>")
    [contract] = pipeline.extract(page, html=True, published="2026-02-20").contracts
    assert contract.territory.insee == "200072130"


def test_a_cls_of_a_name_and_its_hyphenated_demonym_adjective_is_the_intercommunality() -> None:
    """'le premier contrat local de santé de la Lomagne tarn-et-garonnaise': the CC de la Lomagne Tarn-et-Garonnaise,
    not the town in the daily's kicker; 'un CLS pour l'Ouest guyanais' stays an area."""
    import pipeline

    text = ("Beaumont-de-Lomagne. Le contrat local de santé signé\n\n"
            "Le premier contrat local de santé de la Lomagne tarn-et-garonnaise a été signé jeudi à la salle des fêtes.\n")
    [contract] = pipeline.extract(text, published="2024-10-04").contracts
    assert contract.territory.insee == "248200065"


def test_a_bare_name_and_the_same_name_with_its_kind_linked_to_an_official_name_are_one_territory():
    text = ("Auteure correspondante : Lucie Aubertin, coordinatrice du contrat local de santé de Cap Atlantique.\n\n"
            "Contexte – La communauté d'agglomération Cap Atlantique a signé en mars 2023 son premier contrat local de "
            "santé avec l'ARS Pays de la Loire.\n")
    groups = _groups(text)
    assert len(groups) == 1 and groups[0].best.link is not None and groups[0].best.link.insee == "244400610"


def test_a_name_after_a_plural_article_is_an_area_not_the_village_of_that_name():
    text = ("Un troisième contrat local de santé pour les Combrailles, jusqu'en 2031\n\n"
            "Le nouveau contrat local de santé du Pays de Combrailles a été signé ce mercredi à Saint-Éloy-les-Mines.\n")
    (contract,) = pipeline.extract(text, published="2026-10-15").contracts
    assert contract.territory.type == "pays_petr" and contract.territory.insee is None


def test_an_intercommunality_whose_name_starts_with_an_article_is_a_territory():
    text = ("Le préfet a signé le mardi 5 mai 2026, aux côtés du président de la communauté de communes Les Bertranges, "
            "le premier contrat local de santé de ce territoire de 32 communes.\n")
    (contract,) = pipeline.extract(text, published="2026-05-07").contracts
    assert contract.territory.insee == "200068088"


def test_a_contract_said_to_cover_all_the_agglomeration_s_towns_is_the_agglomeration_s():
    text = ("Ce jeudi 17 septembre, Lisieux Normandie et la Ville de Lisieux ont apposé côte à côte leur signature au bas "
            "du contrat local de santé. C'est une première : le contrat couvre désormais les 53 communes de "
            "l'agglomération. La Ville de Lisieux reste cosignataire.\n")
    (contract,) = pipeline.extract(text, published="2026-09-17").contracts
    assert contract.territory.insee == "200069532"
    town = text.replace("le contrat couvre désormais les 53 communes de l'agglomération", "la ville compte 20 000 habitants")
    assert pipeline.extract(town, published="2026-09-17").contracts[0].territory.insee == "14366"


def test_the_partners_after_avec_do_not_own_the_contract():
    text = ("La Lettre du Pays du Perche Sarthois\n\nSANTÉ\n\nLe Pays prépare son premier contrat local de santé, avec "
            "les communautés de communes du Pays de l'Huisne Sarthoise, du Gesnois Bilurien et des Vallées de la Braye "
            "et de l'Anille. La signature est visée pour le début de l'année 2027.\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2026-09-15").contracts] == [
        "PETR du Pays du Perche Sarthois"]


def test_a_quartier_s_contract_signed_by_its_town_is_the_quartier_s_alone():
    text = ("Lyon : un contrat local de santé pour le quartier de Mermoz\n\n"
            "Le mardi 12 mai 2026, l'Agence régionale de santé, la préfecture du Rhône, la Ville de Lyon et la caisse "
            "primaire d'assurance maladie du Rhône ont signé le contrat local de santé du quartier de Mermoz. "
            "Le contrat couvre les années 2026 à 2029. Il complète, à l'échelle du quartier, le contrat local de santé "
            "de la Ville de Lyon.\n")
    (contract,) = pipeline.extract(text, published="2026-05-15").contracts
    assert contract.territory.type == "quartier" and contract.territory.name == "Mermoz"
    assert "Ville de Lyon" in [s.name for s in contract.signatories] and contract.period_start == 2026


def test_the_wider_contract_a_contract_complements_opens_none():
    text = ("Le contrat local de santé du quartier de Mermoz a été signé le 12 mai 2026 par l'ARS et la Ville de Lyon. "
            "Il est conclu en complément du contrat local de santé de la Ville de Lyon.\n")
    assert [c.territory.type for c in pipeline.extract(text, published="2026-05-15").contracts] == ["quartier"]


def test_the_signers_of_a_wider_area_s_count_still_own_their_contract():
    text = ("La communauté de communes des Savanes doit signer aujourd'hui le premier contrat local de santé "
            "intercommunal de Guyane.\n")
    (contract,) = pipeline.extract(text, published="2025-11-27").contracts
    assert contract.territory.insee == "200027548"


def test_the_territory_is_named_with_the_ligature_the_page_writes():
    text = "La communauté de communes Cœur de Brenne a signé son contrat local de santé le 6 novembre 2026 avec l'ARS.\n"
    (contract,) = pipeline.extract(text, published="2026-12").contracts
    assert contract.territory.name == "Communauté de communes Cœur de Brenne"


def test_an_item_that_opens_on_its_territory_then_a_dash_and_its_contract():
    text = ("Contrats locaux de santé : l'avancement en Meurthe-et-Moselle\n\nOù en est chaque territoire ?\n\n- Signés : Communauté de communes du Bassin de Pont-à-Mousson — contrat de "
            "deuxième génération signé le 12 mars 2026 pour la période 2026-2030.\n- En cours d'élaboration : Communauté de "
            "communes Mad et Moselle — premier contrat, porté par la communauté de communes avec l'ARS.\n")
    names = [c.territory.name for c in pipeline.extract(text, published="2026-06-09").contracts]
    assert names == ["Communauté de communes du Bassin de Pont-à-Mousson", "Communauté de communes Mad et Moselle"]


def test_a_contact_line_ending_on_an_address_is_no_cut_excerpt():
    text = ("Le maire a paraphé lundi le premier contrat local de santé de la commune avec l'ARS.\n\n"
            "Contact : Direction Santé - Solidarités, 04 92 90 00 00, sante@ville-antibes.fr")
    assert any(m.source == "email" for m in find_mentions(text, None, find_orgs(text), assess(text).cls_spans))


def test_a_name_with_entre_in_lower_case_is_read_whole():
    import pipeline

    text = ("Le Département de la Loire sera l'un des signataires du premier contrat local de santé de la Communauté de "
            "communes du Pays entre Loire et Rhône (COPLER). La signature aura lieu le jeudi 10 décembre.\n")
    (contract,) = pipeline.extract(text, published="2026-11-26").contracts
    assert (contract.territory.insee, contract.territory.type) == ("244200630", "epci")


def test_entre_without_two_places_after_it_ends_a_name():
    from pipeline.extract.orgs import find_orgs

    names = [o.name for o in find_orgs("La Communauté de communes du Pays de Gex entre dans une nouvelle phase.")]
    assert "Communauté de communes du Pays de Gex" in names


def test_a_pays_named_by_a_demonym_in_en_is_read():
    import pipeline

    text = ("Mardi soir, dans la salle des fêtes de Pineuilh, la communauté de communes du Pays foyen a signé son troisième "
            "contrat local de santé avec l'ARS Nouvelle-Aquitaine.\n")
    (contract,) = pipeline.extract(text, published="2025-11-19").contracts
    assert contract.territory.insee == "243301371"


def test_an_epci_named_with_a_lower_case_word_of_its_official_name():
    import pipeline

    text = ("Cucuron, le 3 novembre 2026. La communauté de communes territoriale Sud-Luberon a signé hier son premier "
            "contrat local de santé avec l'ARS Provence-Alpes-Côte d'Azur.\n")
    (contract,) = pipeline.extract(text, published="2026-11-03").contracts
    assert (contract.territory.insee, contract.territory.type) == ("248400285", "epci")


def test_a_word_before_pays_that_the_official_name_holds():
    import pipeline

    text = "Le Haut Pays du Montreuillois a signé mardi son contrat local de santé avec l'ARS Hauts-de-France.\n"
    (contract,) = pipeline.extract(text, published="2026-01-22").contracts
    assert (contract.territory.insee, contract.territory.type) == ("200069235", "epci")


def test_a_capitalised_demonym_of_any_ending_names_its_town():
    import pipeline

    text = ("Les Saint-Chamonais auront leur contrat local de santé : le conseil municipal a approuvé jeudi le premier "
            "contrat local de santé de la ville, qui sera signé au printemps avec l'ARS.\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert contract.territory.insee == "42207"


def test_an_epci_name_with_a_bare_article_inside_is_read_whole():
    import pipeline

    text = ("Caen la Mer a signé lundi son premier contrat local de santé avec l'ARS Normandie, la préfecture du "
            "Calvados et la Ville de Caen, qui portait jusqu'ici le sien pour trois quartiers.\n")
    (contract,) = pipeline.extract(text, published="2026-03-10").contracts
    assert contract.territory.insee == "200065597"


def test_the_carrier_of_an_earlier_contract_opens_no_contract():
    import pipeline

    text = ("Fougères Agglomération a signé mardi son premier contrat local de santé avec l'ARS Bretagne et la "
            "préfecture d'Ille-et-Vilaine.\n\nUn contrat local de santé avait bien été signé en 2014, mais il était "
            "porté par le Pays de Fougères, sur un autre périmètre ; il est arrivé à échéance en 2018.\n")
    assert [c.territory.name for c in pipeline.extract(text, published="2026-02-11").contracts] == ["Fougères Agglomération"]


def test_the_subject_of_a_headline_that_signs_its_contract():
    text = ("Santé : la Terre de Camargue signe son deuxième contrat\n"
            "Mardi soir, le président a signé le deuxième contrat local de santé du territoire avec l'ARS Occitanie.")
    group = next(g for g in _groups(text) if g.best.link is not None and g.best.link.name.endswith("Terre de Camargue"))
    assert any("subject" in m.cues for m in group.mentions)
    # not a headline's other contract: "signe son contrat de ville"
    other = text.replace("son deuxième contrat\n", "son contrat de ville\n")
    assert not any("subject" in m.cues for g in _groups(other) for m in g.mentions)


def test_table_rows_of_contracts_open_one_contract_each():
    annex = ("ANNEXE À LA DÉCISION\n\nBénéficiaire | Dpt | Objet du financement | Montant 2026\n"
             "Commune de Vallauris | 06 | Coordination du contrat local de santé de 2e génération | 30 000 €\n"
             "Communauté de communes de la Vallée du Gapeau | 83 | Coordination du contrat local de santé signé le "
             "12/09/2025 | 25 000 €\n"
             "Centre hospitalier d'Embrun | 05 | Permanence d'accès aux soins de santé mobile | 60 000 €\n")
    assert {m.text for g in _groups(annex) for m in g.mentions if "subject" in m.cues} == {
        "Commune de Vallauris", "Communauté de communes de la Vallée du Gapeau"}
    board = ("4. Partenariats territoriaux : contrats locaux de santé\nLe directeur rend compte des contrats signés.\n\n"
             "Territoire | Signature | Période | Rang\nCC Lyons Andelle | 12/06 | 2026-2030 | 1er contrat\n"
             "CC du Pays de Conches | 03/07 | 2026-2030 | 2e contrat\n")
    assert {m.text for g in _groups(board) for m in g.mentions if "subject" in m.cues} == {
        "CC Lyons Andelle", "CC du Pays de Conches"}
    # a table that lists no contract (no CLS above it, no CLS in its rows) anchors nothing
    plain = board.replace("4. Partenariats territoriaux : contrats locaux de santé\nLe directeur rend compte des contrats "
                          "signés.", "4. Subventions aux associations sportives")
    assert not any("subject" in m.cues for g in _groups(plain) for m in g.mentions)


def test_du_names_the_town_whose_name_holds_the_article():
    text = "Le contrat local de santé du Marin sera signé le 12 juin en présence du préfet de la Martinique."
    assert _contracts(text) == ["Le Marin"]


def test_neighbours_that_launched_their_own_contract_are_its_subject():
    text = ("Le premier contrat local de santé du Pays Gentiane a été signé le 16 juin.\nNos voisins de la communauté de "
            "communes Sumène Artense ont, eux, lancé en septembre le diagnostic de leur propre contrat.")
    group = next(g for g in _groups(text) if g.best.link is not None and "Sumène" in g.best.link.name)
    assert any("subject" in m.cues for m in group.mentions)


def test_a_fact_sheet_s_territory_label_over_a_card_about_a_cls():
    text = ("Projet 1 – Évaluation à mi-parcours\n\n- Commanditaire : Communauté de communes de Haute Cornouaille\n"
            "- Contexte : le contrat local de santé 2024-2028 a été signé le 13 mars 2024.\n\n"
            "Projet 2 – Structuration d'un conseil local de santé mentale\n\n- Commanditaire : Douarnenez Communauté\n"
            "- Contexte : le conseil réunit élus et associations.\n")
    cues = {m.text: m.cues for g in _groups(text) for m in g.mentions}
    assert "subject" in cues["Communauté de communes de Haute Cornouaille"]
    assert "subject" not in cues["Douarnenez Communauté"]
