"""Named people kept only with a role next to them; NER persons are given as character spans."""

from __future__ import annotations

import pytest

from pipeline.extract.people import find_people


def _span(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def _people(text: str, ner: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in find_people(text, [_span(text, n) for n in ner])]


@pytest.mark.parametrize(
    ("text", "ner", "expected"),
    [
        ("Éric Dupuis, maire de Laon, a signé le contrat.", (), [("Éric Dupuis", "maire de Laon")]),
        (
            "Éric Dupuis, maire de Laon, a signé le contrat.",
            ("Éric Dupuis",),
            [("Éric Dupuis", "maire de Laon")],
        ),
        (
            "La présidente Anne Meyer-Schmitt a signé le contrat.",
            ("Anne Meyer-Schmitt",),
            [("Anne Meyer-Schmitt", "présidente")],
        ),
        ("Le préfet Jean Morel a signé le contrat.", ("Jean Morel",), [("Jean Morel", "préfet")]),
        (
            "Marie Leroy, directrice générale de l'ARS Bretagne, et Jean Morel, préfet du Finistère, ont signé.",
            (),
            [("Marie Leroy", "directrice générale de l'ARS Bretagne"), ("Jean Morel", "préfet du Finistère")],
        ),
        (
            "Mme Claire Petit, adjointe au maire chargée de la santé, a rappelé les enjeux.",
            (),
            [("Claire Petit", "adjointe au maire chargée de la santé")],
        ),
        # the role stops at a conjunction or a verb
        (
            "Claire Petit, adjointe à la santé et Jean Morel, préfet, ont signé.",
            (),
            [("Claire Petit", "adjointe à la santé"), ("Jean Morel", "préfet")],
        ),
    ],
)
def test_find_people(text, ner, expected):
    assert _people(text, ner) == expected


@pytest.mark.parametrize(
    ("text", "ner"),
    [
        ("Dr Paul Martin, médecin coordinateur, présente le CLS.", ()),
        ("Le Dr Paul Martin, médecin coordinateur, présente le CLS.", ("Dr Paul Martin",)),
    ],
)
def test_honorific_stripped(text, ner):
    (p,) = find_people(text, [_span(text, n) for n in ner])
    assert (p.name, p.role) == ("Paul Martin", "médecin coordinateur")
    assert text[p.start : p.end] == "Paul Martin"


def test_role_before_name_needs_ner():
    # a regex-only candidate with a role before it is not trusted
    assert _people("La présidente Anne Meyer-Schmitt a signé le contrat.") == []


@pytest.mark.parametrize(
    ("text", "ner"),
    [
        ("Le contrat a été présenté par Jean Durand devant la presse.", ()),
        ("Le contrat a été présenté par Jean Durand devant la presse.", ("Jean Durand",)),
        ("Le directeur de l'Atelier Santé Ville a présenté le CLS.", ()),
        ("La Maison Santé Ville, animatrice du réseau local, accueille le public.", ()),
        # a comment that greets the author, under a commenter's title
        ("Marc Lefebvre • Chargé de mission santé chez PETR Cœur des Hauts-de-France\nBravo Camille ! Au plaisir.",
         ("Bravo Camille",)),
    ],
)
def test_not_kept(text, ner):
    assert _people(text, ner) == []


def test_same_person_once():
    text = "Éric Dupuis, maire de Laon, a signé. Éric Dupuis, maire de Laon, s'est félicité."
    assert _people(text) == [("Éric Dupuis", "maire de Laon")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La coordination est confiée à Anaïs Dufour, recrutée au printemps.", "Anaïs Dufour"),
        ("Le poste de coordinateur, occupé par Baptiste Rigaud, est financé par l'ARS.", "Baptiste Rigaud"),
        ("La coordinatrice, Zaïnaba Houmadi-Attoumani, prend ses fonctions en avril.", "Zaïnaba Houmadi-Attoumani"),
        ("Anna-Maria Colonna-Peretti reste coordinatrice du CLS.", "Anna-Maria Colonna-Peretti"),
    ],
)
def test_roles_without_a_role_noun_next_to_the_name(text, name):
    assert [p.name for p in find_people(text, [])] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coordinatrice : Lucie Hébert.", "Lucie Hébert"),
        ("Une médiatrice santé, Awa Traoré, sera présente deux jours par semaine.", "Awa Traoré"),
        ("Isabelle Roustan, secrétaire générale de la préfecture de Vaucluse, a signé.", "Isabelle Roustan"),
    ],
)
def test_colon_appositive_and_more_roles(text, name):
    assert [p.name for p in find_people(text, [])] == [name]


@pytest.mark.parametrize("text", [
    "L'Agence régionale de santé Île-de-France représentée par Marc Pulick, la Préfecture des Yvelines.",
    "Le Conseil régional de Bourgogne-Franche-Comté\nReprésenté par sa Présidente, Madame Marie-Guite DUFAY\n",
])
def test_a_partys_representative_is_named_with_that_role(text: str) -> None:
    people = find_people(text, [])
    assert [p.name.split()[-1].lower() for p in people] in (["pulick"], ["dufay"])


@pytest.mark.parametrize(("text", "last"), [
    ("L'Etat\nReprésenté par Madame la Préfète de la Nièvre, Sylvie HOUSPIC\n", "houspic"),
    ("La Communauté de communes\nReprésentée par le Président, Monsieur Jean-Charles ROCHARD\n", "rochard"),
    ("Cette rencontre a réuni Françoise Ricco et Déborah Sauzier, représentante de l'ARS.", "sauzier"),
])
def test_representatives_named_after_an_article_or_by_their_role(text: str, last: str) -> None:
    assert last in [p.name.split()[-1].lower() for p in find_people(text, [])]


def test_a_role_after_a_dash_in_a_list_of_signatories_but_not_a_publications_credit():
    from pipeline.extract.people import find_people

    found = find_people("Les signataires :\n  • Monsieur Jean-Marc DEICHTMANN – Président de Saint-Louis Agglomération\n", [])
    assert [(p.name, p.role) for p in found] == [("Jean-Marc DEICHTMANN", "Président de Saint-Louis Agglomération")]
    assert find_people("Agglo Mag – Directeur de la publication : le président\n", []) == []


def test_representatives_of_a_contract_documents_parties_one_per_line():
    from pipeline.extract.people import find_people

    text = ("L'État Représenté par le Préfet de l'Yonne, Monsieur Patrice LATRON\n\n"
            "Le Comité Syndical Représenté par son Directeur Général, Monsieur Pascal GERMAIN\n")
    # what spaCy's NER returns on such lines: a span running into the next line, and a title in capitals
    ner = [(text.index("Patrice"), text.index("Le Comité") + 9), (text.index("Directeur Général"),
                                                                   text.index("Directeur Général") + 17)]
    names = [p.name for p in find_people(text, ner)]
    assert names == ["Patrice LATRON", "Pascal GERMAIN"]


def test_a_pair_of_names_shares_the_plural_role_after_it_and_an_organisation_is_no_person():
    from pipeline.extract.people import find_people

    text = ("Étaient réunis Françoise Ricco et Déborah Sauzier représentantes de l'ARS, ainsi que Montpellier "
            "Méditerranée Métropole et Didier Jaffre, directeur général de l'ARS.")
    assert [(p.name, p.role) for p in find_people(text, [])] == [
        ("Françoise Ricco", "représentantes de l'ARS"), ("Déborah Sauzier", "représentantes de l'ARS"),
        ("Didier Jaffre", "directeur général de l'ARS")]


@pytest.mark.parametrize(("text", "ner"), [
    # A preposition starts no name: the parties of a contract document, a town after "De".
    ("Entre Le président de la Communauté d'agglomération, d'une part,", ("Entre Le",)),
    ("De Coulommiers, le maire salue la signature.", ("De Coulommiers",)),
    # A whole name that is an intercommunality or an institution.
    ("Cap Excellence, présidente déléguée de la commission des affaires sociales", ("Cap Excellence",)),
    ("Éducation Nationale, représentée par la directrice académique", ("Éducation Nationale",)),
])
def test_bodies_and_function_words_are_no_people(text, ner):
    assert _people(text, ner) == []


def test_a_person_a_hospital_is_named_after_is_no_person_of_the_contract():
    import pipeline

    text = ("Le contrat local de santé de Beaune a été signé le 3 mars 2025 par la Ville de Beaune et l'ARS.\n"
            "Marc Petit, directeur du Centre Hospitalier Paul Cabanis de Beaune, directeur délégué, "
            "était présent.\n")
    (contract,) = pipeline.extract(text).contracts
    assert [p.name for p in contract.people] == ["Marc Petit"]


@pytest.mark.parametrize(("text", "ner", "expected"), [
    # a parenthesised acronym inside the role, before or after the name
    ("Le 31 juillet, le directeur régional de l'Agence régionale de santé (ARS Paca) Yann Bubien s'est rendu à Digne.",
     ("Yann Bubien",), "Yann Bubien"),
    ("Le représentant de l'Agence régionale de santé (ARS) en Sarthe, Stephan Domingo, a pris la parole.",
     ("Stephan Domingo",), "Stephan Domingo"),
    # a role in two words without a hyphen, in the plural, after a pair of names
    ("Le contrat est piloté par Eric Richard et Pascale Rochas, vices présidents de la communauté.", (), "Pascale Rochas"),
    # a title in capitals, an adjective before the role, a footnote star after the name
    ("L'arrivée de MME Julie INDART, future animatrice de ce CLS, est prévue.", ("MME Julie INDART",), "Julie INDART"),
    ("« Des projets cohérents », résume Emma Graval*, coordinatrice du CLS.", ("Emma Graval",), "Emma Graval"),
    # a NER span that runs over a dash; a surname alone in capitals after a title; the surname written first
    ("• Madame Christèle WILLER – Vice-Présidente de la Région Grand Est", ("Madame Christèle WILLER – Vice-Présidente de la",),
     "Christèle WILLER"),
    ("En ouverture, M. LASSALVY, Président de cette instance, a rappelé les enjeux.", ("M. LASSALVY",), "LASSALVY"),
    ("Mme ERHEL Corinne – Députée, Conseillère régionale", ("Mme ERHEL Corinne – Députée",), "Corinne ERHEL"),
])
def test_roles_written_in_more_ways(text: str, ner: tuple[str, ...], expected: str) -> None:
    assert expected in [name for name, _ in _people(text, ner)]


def test_a_first_name_alone_after_a_title_is_no_one() -> None:
    assert _people("Représentée par sa Présidente, Madame Claudie\nCHAMPEAUX", ("Madame Claudie",)) == []


@pytest.mark.parametrize(("text", "ner", "expected"), [
    # a surname alone after a title, in ordinary case, with its role next
    ("Les élus ont témoigné, tout comme Mme Agelas, coordinatrice du CLS de Matoury.", ("Mme Agelas",), "Agelas"),
    # a remit instead of a role noun, for a person the NER found
    ("Thierry Chartroux, en charge des services à la population, a présenté le CLS.", ("Thierry Chartroux",),
     "Thierry Chartroux"),
    # a role before a title glued to the name; a longer acronym's expansion in parentheses
    ("Le Maire,M.Jean-Claude Lombion a signé le contrat local de santé.", ("M.Jean-Claude Lombion",), "Jean-Claude Lombion"),
    ("Étaient présents l'Inspectrice de l'Éducation Nationale,Catherine Derhore, et la CPAM.", ("Catherine Derhore",),
     "Catherine Derhore"),
])
def test_surnames_remits_and_glued_titles(text: str, ner: tuple[str, ...], expected: str) -> None:
    assert expected in [name for name, _ in _people(text, ner)]


@pytest.mark.parametrize(("text", "ner"), [
    ("Le Maire de Sevran, Monsieur le Préfet, Directeur général de l'ARS, a signé.", ("Monsieur le Préfet",)),
    ("Par exemple, Atmo Grand Est, en charge de la surveillance de l'air, suit les émissions.", ()),
    ("Représenté par sa Présidente, Madame Chris\ufffdne ROBIN, la communauté signe.", ("Madame Chris",)),
])
def test_titles_bodies_and_cut_names_are_no_people(text: str, ner: tuple[str, ...]) -> None:
    assert _people(text, ner) == []


def test_a_person_recruited_as_a_role() -> None:
    import pipeline

    text = ("La Ville de Sainte-Anne a signé son contrat local de santé. Laetitia Jean-Louis, recrutée comme "
            "coordinatrice du CLS, présentera le programme d'actions.\n")
    people = [(p.name, p.role) for c in pipeline.extract(text, published="2026-03-09").contracts for p in c.people]
    assert ("Laetitia Jean-Louis", "coordinatrice du CLS") in people


def test_a_contact_line_role_ends_at_its_telephone_or_address() -> None:
    from pipeline.extract.people import _clean_role

    assert _clean_role("chargée de mission santé – 03 25 00 00 00 – sante@cc-nogentais") == "chargée de mission santé"
    assert _clean_role("coordinateur (Tél. 03 23 45 67 89)") == "coordinateur"
    assert _clean_role("maire de Laon") == "maire de Laon"


def test_the_holder_of_the_coordinator_post_since_a_year() -> None:
    """'… du poste de coordination, occupé depuis 2022 par Amandine Peyrat': the coordinator."""
    import pipeline

    text = ("La communauté de communes de Noblat a signé son deuxième contrat local de santé. L'ARS apporte 18 000 € par "
            "an au financement du poste de coordination, occupé depuis 2022 par Amandine Peyrat.\n")
    [contract] = pipeline.extract(text, published="2026-03-12").contracts
    assert "Amandine Peyrat" in [p.name for p in contract.people]


def test_a_contact_box_label_joined_to_the_name_is_not_part_of_it() -> None:
    from pipeline.extract.people import find_people

    text = "Contact Léa Humbert, coordinatrice du contrat local de santé sante@cc-mosellemadon.fr - 03 83 26 45 00\n"
    assert [(p.name, p.role) for p in find_people(text, [])] == [("Léa Humbert", "coordinatrice du contrat local de santé")]


def test_a_board_member_who_signs_for_a_body_is_a_person() -> None:
    import pipeline

    text = ("Quimperlé Communauté a renouvelé son contrat local de santé mardi. Annick Le Goff, directrice de la CPAM du "
            "Finistère, et Pierre-Yves Cadiou, administrateur de la MSA d'Armorique, ont complété la liste des signataires.")
    (contract,) = pipeline.extract(text, published="2026-10-15").contracts
    assert ("Pierre-Yves Cadiou", "administrateur de la MSA d'Armorique") in [(p.name, p.role) for p in contract.people]


def test_a_post_named_before_its_holder_is_the_holder_s_role():
    text = "L'ARS finance la moitié du poste de chargé de mission santé, occupé par Kévin Grondin, qui pilote la démarche."
    assert _people(text, ("Kévin Grondin",)) == [("Kévin Grondin", "chargé de mission santé")]


def test_the_rapporteurs_of_other_agenda_items_are_not_the_contract_s_people():
    import pipeline

    text = ("VILLE DE MONTREUIL\nCOMPTE RENDU SOMMAIRE DU CONSEIL MUNICIPAL\nSéance du mardi 24 novembre 2026, sous la présidence de Mme Anne Roux, maire.\n"
            "1. FINANCES – Décision modificative\nRapporteur : M. Paul Girard, adjoint aux finances.\n"
            "Le conseil adopte la décision modificative.\n"
            "2. SANTÉ – Contrat local de santé 2026-2030\nRapporteure : Mme Léa Morel, adjointe à la santé.\n"
            "Le conseil municipal approuve le contrat local de santé 2026-2030 et autorise Mme la maire à le signer avec "
            "l'Agence régionale de santé Île-de-France.\n"
            "3. URBANISME – Cession d'un terrain\nRapporteur : M. Paul Girard.\nLe conseil autorise la cession.\n"
            "4. VIE ASSOCIATIVE – Subventions\nRapporteur : M. Hugo Blanc.\nTrois subventions sont attribuées.\n")
    (contract,) = pipeline.extract(text, published="2026-11-27").contracts
    names = [p.name for p in contract.people]
    assert "Léa Morel" in names and "Paul Girard" not in names


def test_a_letter_s_signature_under_its_role_and_a_delegate_who_signs():
    text = ("Je vous prie d'agréer, Monsieur le Président, l'expression de ma considération distinguée.\n\n"
            "   la Déléguée territoriale de Meurthe-et-Moselle\n\n   Anne-Sophie Thiriet\n")
    assert _people(text) == [("Anne-Sophie Thiriet", "Déléguée territoriale de Meurthe-et-Moselle")]
    text = ("L'Agence régionale de santé, représentée par sa Directrice générale et, par délégation, par le Directeur de la "
            "délégation départementale de la Savoie, M. Bertrand Lachenal,\nci-après dénommée « l'ARS »,")
    assert [n for n, _ in _people(text)] == ["Bertrand Lachenal"]


def test_a_person_who_took_up_a_post_holds_it():
    import pipeline

    text = ("La communauté de communes de la Baie du Cotentin a signé son contrat local de santé avec l'ARS Normandie. "
            "Pauline Hamelin a pris ses fonctions de coordinatrice du CLS le 2 mars.\n")
    (contract,) = pipeline.extract(text, published="2026-05-19").contracts
    assert [(p.name, p.role) for p in contract.people] == [("Pauline Hamelin", "coordinatrice du CLS")]


def test_label_colon_name_lines_each_give_their_own_role():
    import pipeline

    text = ("Le PETR du Pays du Val d'Adour prépare son deuxième contrat local de santé avec l'ARS Occitanie.\n\n"
            "ÉQUIPE PROJET\n  Président du PETR : Bernard Lafforgue\n  Vice-présidente déléguée à la santé : Catherine Abadie\n"
            "  Coordinatrice du contrat local de santé : Maëlle Dupouy\n")
    (contract,) = pipeline.extract(text, published="2026-11-18").contracts
    assert [(p.name, p.role) for p in contract.people] == [
        ("Bernard Lafforgue", "Président du PETR"), ("Catherine Abadie", "Vice-présidente déléguée à la santé"),
        ("Maëlle Dupouy", "Coordinatrice du contrat local de santé")]


def test_a_signature_with_its_role_on_the_next_line_keeps_it():
    import pipeline

    text = ("La Ville de Laon a signé son contrat local de santé avec l'ARS Hauts-de-France le 3 mars 2025.\n\n"
            "Éric Delhaye\nMaire de Laon\n")
    (contract,) = pipeline.extract(text, published="2025-03-05").contracts
    assert [(p.name, p.role) for p in contract.people] == [("Éric Delhaye", "Maire de Laon")]


def test_a_page_s_credits_give_no_role_in_the_contract():
    import pipeline

    text = ("La communauté de communes des Vals de Saintonge a signé son contrat local de santé avec l'ARS.\n\n"
            "Directeur de la publication : Jean-Claude Godineau – Rédaction : service communication\n"
            "Directrice de mémoire : Anne Pélissié\n")
    (contract,) = pipeline.extract(text, published="2026-01-10").contracts
    assert contract.people == []


@pytest.mark.parametrize("text", [
    "Étaient signataires Claire Mangin, directrice de la CPAM, et Gilbert Schmitt, premier vice-président de la MSA Lorraine.",
    "Étaient signataires Claire Mangin, directrice de la CPAM, et Gilbert Schmitt, 1er vice-président de la MSA Lorraine.",
])
def test_a_role_with_its_rank(text):
    assert ("Gilbert Schmitt", "vice-président de la MSA Lorraine") in [(n, r.split(" ", 1)[1]) for n, r in _people(text)
                                                                         if r.startswith(("premier", "1er"))]
