"""Contract period: start and end years from ranges, durations and "jusqu'en"."""

from __future__ import annotations

import pytest

from pipeline.extract.period import find_period


def _period(*sentences: str):
    units, offset = [], 0
    for s in sentences:
        units.append((offset, s))
        offset += len(s) + 1
    p = find_period(units)
    return None if p is None else (p.start, p.end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le CLS 2024-2028 a été signé en mairie.", (2024, 2028)),
        ("Le CLS 2024 – 2028 a été signé en mairie.", (2024, 2028)),
        ("Le contrat local de santé 2022/2026 est signé.", (2022, 2026)),
        ("Le contrat est conclu de 2023 à 2027.", (2023, 2027)),
        ("Il est conclu pour 5 ans à compter de 2024.", (2024, 2028)),
        ("Il est conclu pour une durée de cinq ans à compter de 2023.", (2023, 2027)),
        ("Le contrat est signé pour trois ans à partir de 2025.", (2025, 2027)),
        ("Le contrat court jusqu'en 2027.", (None, 2027)),
        ("Le contrat court jusqu’à fin 2026.", (None, 2026)),
        ("Le contrat couvre les années 2025 à 2029.", (2025, 2029)),
        ("Signé le 12/04/2024, le CLS couvre la période 2024-2028.", (2024, 2028)),
        ("Le contrat s'appliquera du 1er janvier 2027 au 31 décembre 2031.", (2027, 2031)),
    ],
)
def test_find_period(text, expected):
    assert _period(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le CLS a été signé en 2024.",  # a single year is no period
        "Le CLS a été signé en mairie.",
        "Le précédent CLS 2015-2020 avait porté ses fruits.",  # only a past contract
        "Le plan couvre 2020-2035.",  # longer than ten years: not a CLS period
        "Le diagnostic 2019-2021 a été présenté.",
    ],
)
def test_find_period_none(text):
    assert _period(text) is None


def test_past_range_skipped_when_current_range_exists():
    got = _period(
        "Le précédent CLS 2015-2020 avait porté ses fruits.", "Le nouveau CLS 2021-2025 est signé ce jour."
    )
    assert got == (2021, 2025)


def test_range_beats_until():
    assert _period("Le contrat court jusqu'en 2030.", "Le CLS 2024-2028 est signé.") == (2024, 2028)


def test_latest_range_wins():
    assert _period("Le CLS 2018-2022 a été évalué.", "Le CLS 2023-2027 est signé.") == (2023, 2027)


def test_span_is_document_offset():
    units = [(0, "Le contrat est signé."), (22, "Il couvre 2024-2028.")]
    p = find_period(units)
    assert p is not None
    assert p.span == (32, 41)


def test_a_past_cue_in_the_previous_clause_does_not_void_the_new_end_year():
    text = ("Le précédent contrat avait été prolongé le temps de refaire le diagnostic ; le nouveau texte court "
            "jusqu'en 2031.")
    p = find_period([(0, text)])
    assert (p.start, p.end) == (None, 2031)


def test_another_contract_s_end_year_is_not_the_period():
    units = [(0, "Le contrat local de santé a été signé mardi."),
             (50, "Montmagny : le contrat local de sécurité prolongé jusqu'en 2027")]
    assert find_period(units) is None


def test_range_with_months():
    p = find_period([(0, "Le contrat court de juin 2025 à juin 2030.")])
    assert (p.start, p.end) == (2025, 2030)


def test_a_horizon_is_an_end_year_and_an_earlier_contracts_period_is_past():
    assert find_period([(0, "Le contrat signé engage les signataires à l'horizon 2024.")]).end == 2024
    text = "Le 1er Contrat Local de Santé qu'avait signé le Pays du Centre Ouest Bretagne pour la période 2012-2016 comprenait 46 actions."
    assert find_period([(0, text)]) is None


def test_another_plans_range_is_not_the_period():
    text = "Dans la continuité de son Contrat de Ville 2015-2020, la commune a élaboré un contrat local de santé."
    assert find_period([(0, text)]) is None


def test_a_contract_that_runs_for_another_plans_duration_takes_its_years():
    text = "Le CLS s'applique pour la durée du contrat de ville, soit de 2024 à 2030."
    assert (find_period([(0, text)]).start, find_period([(0, text)]).end) == (2024, 2030)


def test_years_listed_after_another_plans_earlier_periods_are_that_plans():
    from pipeline.extract.period import find_period

    text = ("La loi encadre les contrats locaux de santé et des plans de santé mentale (2005/2008 et 2011/2015) qui "
            "incitent à créer des conseils locaux.")
    assert find_period([(0, text)]) is None
    assert find_period([(0, "Le contrat local de santé (2021-2025) fixe quatre axes.")]) is not None


def test_a_range_written_with_an_arrow() -> None:
    assert find_period([(0, "Période | 2024 → 2028 (5 ans)")]).start == 2024
    assert (find_period([(0, "Au programme pour 2026 ➡️ 2030 :")]).start, find_period([(0, "2026 ➡ 2030")]).end) == (2026, 2030)
    assert _period("CONTRAT LOCAL DE SANTÉ", "2026 › 2030") == (2026, 2030)  # a brochure's cover


def test_a_first_and_a_last_day() -> None:
    found = find_period([(0, "Le contrat prend effet au 1er juillet 2025 et s'achèvera le 31 décembre 2029.")])
    assert (found.start, found.end) == (2025, 2029)


def test_a_school_year_is_no_period_where_the_contract_s_end_is_given() -> None:
    found = find_period([(0, "Conclu pour cinq ans, le contrat restera en vigueur jusqu'en 2031."),
                         (100, "Inscriptions scolaires 2026-2027 : dépôt des dossiers avant le 30 avril")])
    assert (found.start, found.end) == (None, 2031)


def test_an_amendment_extends_the_contract_in_force() -> None:
    assert _period("Le contrat, conclu pour la période 2023-2027, est prorogé par avenant jusqu'au 31 décembre 2028.") \
        == (2023, 2028)
    assert _period("Contrat local de santé 2021-2025", "Par avenant, sa durée est prolongée jusqu'en 2026.") == (2021, 2026)
    # A predecessor's extension ("avait été prolongé"), that ends before the range anyway: the range stands.
    assert _period("Le nouveau contrat couvre 2025-2029.", "Le premier CLS avait été prolongé jusqu'en 2024.") == (2025, 2029)


def test_another_agenda_item_s_years_are_not_the_contract_s_period() -> None:
    import pipeline

    text = ("Conseil municipal du 16 novembre 2026 : ordre du jour et résultats des votes\n\n"
            "N° | Objet | Rapporteur | Vote\n\n"
            "1 | Approbation du procès-verbal de la séance précédente | Le maire | Adopté à l'unanimité\n\n"
            "2 | Budget annexe de l'eau 2027 | L'adjoint aux finances | Adopté\n\n"
            "3 | Contrat local de santé de la Ville de Vichy 2027-2031 : approbation | L'adjointe à la santé | Adopté à "
            "l'unanimité\n\n"
            "4 | Marché de fourniture de gaz 2028-2030 | L'adjoint aux travaux | Adopté\n")
    (contract,) = pipeline.extract(text, published="2026-11-20").contracts
    assert (contract.period_start, contract.period_end) == (2027, 2031)


def test_a_step_of_a_schedule_is_no_period() -> None:
    from pipeline.extract.period import find_period

    assert find_period([(0, "Novembre 2026 - janvier 2027 : questionnaire aux habitants.")]) is None
    found = find_period([(0, "Le contrat court de janvier 2026 à décembre 2030.")])
    assert found is not None and (found.start, found.end) == (2026, 2030)


def test_a_new_subject_after_an_adjunct_that_names_a_past_step_is_this_contract() -> None:
    from pipeline.extract.period import find_period

    found = find_period([(0, "Construit sur la base d'un diagnostic local, le contrat porte sur la période 2027-2031.")])
    assert found is not None and (found.start, found.end) == (2027, 2031)
    # the earlier contract itself, named after the comma, stays past
    assert find_period([(0, "Après deux ans de travail, le contrat précédent 2016-2020 a été évalué.")]) is None


def test_a_contract_in_force_since_a_year_runs_from_it_to_its_extended_end() -> None:
    from pipeline.extract.period import find_period

    found = find_period([(0, "En vigueur depuis 2021, le contrat a été prolongé par avenant jusqu'en 2025.")])
    assert found is not None and (found.start, found.end) == (2021, 2025)


def test_a_start_the_page_dates_by_its_own_year() -> None:
    from pipeline.extract.period import find_period

    text = "Le contrat s'applique à compter de cette année et court jusqu'à la fin de l'année 2031."
    found = find_period([(0, text)], 2027)
    assert found is not None and (found.start, found.end) == (2027, 2031)
    found = find_period([(0, "Il prendra effet dès l'an prochain et restera en vigueur jusqu'en 2031.")], 2026)
    assert found is not None and (found.start, found.end) == (2027, 2031)


def test_a_renewal_after_a_fronted_count_of_years_since_the_first_contract() -> None:
    import pipeline

    text = ("Santé : la communauté de communes repart pour cinq ans\n\nSept ans après un premier contrat signé en 2018, la "
            "communauté de communes Creuse Sud Ouest a renouvelé son contrat local de santé pour la période 2025-2029. "
            "C'est son deuxième contrat.\n")
    [contract] = pipeline.extract(text, published="2025-11-22").contracts
    assert (contract.period_start, contract.period_end) == (2025, 2029)


def test_a_clause_coordinated_with_a_pronoun_is_the_new_contract_s() -> None:
    assert _period("Il prend le relais du premier contrat (2019-2024) et nous engage pour la période 2026-2030.") == (2026, 2030)


def test_a_winter_or_a_school_year_is_no_period():
    from pipeline.extract.period import find_period
    assert find_period([(0, "- hiver 2026-2027 : ateliers thématiques et rédaction des fiches-actions ;")], 2026) is None
    assert find_period([(0, "Ateliers proposés pendant l'année scolaire 2025-2026.")], 2025) is None
    assert find_period([(0, "Le contrat couvre la période 2026-2027.")], 2026) is not None
