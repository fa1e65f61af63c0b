"""Date rules: find French date expressions, resolve them against the publication date."""

from __future__ import annotations

import pytest

from pipeline.extract.dates import find_dates, normalize_date, publication_date_from_text, resolve


def _one(text: str):
    found = find_dates(text)
    assert len(found) == 1, [d.text for d in found]
    return found[0]


# (text, publication, period_start, expected value, year inferred?)
@pytest.mark.parametrize(
    ("text", "publication", "period_start", "expected", "inferred"),
    [
        ("Le contrat a été signé le 1er juillet 2021 en mairie.", None, None, "2021-07-01", False),
        ("Le contrat a été signé le 1er juillet 2021 en mairie.", "2024-01-10", None, "2021-07-01", False),
        ("La signature a eu lieu le 2 avril à Laon.", "2024-05-10", None, "2024-04-02", True),
        ("La signature a eu lieu le 2 avril à Laon.", None, 2023, "2023-04-02", True),
        ("Le document a été paraphé le 12/04/2024.", None, None, "2024-04-12", False),
        ("Le document a été paraphé le 07/10/2022.", None, None, "2022-10-07", False),
        ("Le document a été paraphé le 3/10 en préfecture.", "2023-11-02", None, "2023-10-03", True),
        ("Le CLS a été signé en octobre 2015.", None, None, "2015-10", False),
        ("Le CLS a été signé en juin dernier.", "2024-09-12", None, "2024-06", True),
        # read in July, "dernier" January is the same year; read in January, "le 31 janvier" is last year
        ("Le CLS a été signé le 31 janvier dernier.", "2024-07-05", None, "2024-01-31", True),
        ("Le CLS a été signé le 20 décembre dernier.", "2024-01-15", None, "2023-12-20", True),
        ("Le CLS a été signé le 15 mars.", "2024-03-15", None, "2024-03-15", True),
    ],
)
def test_resolve_absolute(text, publication, period_start, expected, inferred):
    d = _one(text)
    value, warnings = resolve(d, publication, period_start)
    assert value == expected
    assert ("year_inferred" in warnings) is inferred


@pytest.mark.parametrize(
    ("text", "span", "year", "month", "day"),
    [
        ("Signature le 1er juillet 2021.", "1er juillet 2021", 2021, 7, 1),
        ("Signature le 12/04/2024.", "12/04/2024", 2024, 4, 12),  # day first
        ("Signature le 07.10.2022.", "07.10.2022", 2022, 10, 7),
        ("Signature le 3/10 à Brest.", "3/10", None, 10, 3),
        ("Signature en octobre 2015.", "en octobre 2015", 2015, 10, None),
        ("Signature jeudi 14 mars 2024.", "jeudi 14 mars 2024", 2024, 3, 14),
    ],
)
def test_find_dates_fields(text, span, year, month, day):
    d = _one(text)
    assert (d.text, d.year, d.month, d.day) == (span, year, month, day)
    assert text[d.start : d.end] == span


@pytest.mark.parametrize(
    "text",
    [
        "Le questionnaire a obtenu une note de 3/10.",  # "3/10" without "le" is a ratio
        "La réunion a lieu en mairie.",
        "Le contrat couvre 2024.",
    ],
)
def test_find_dates_none(text):
    assert find_dates(text) == []


def test_month_precision():
    d = _one("Le CLS a été signé en octobre 2015.")
    assert d.precision == "month"
    assert _one("Le CLS a été signé le 2 avril 2015.").precision == "day"


# Relative dates: resolved against the publication date (2024-03-15 is a Friday).
@pytest.mark.parametrize(
    ("text", "publication", "expected"),
    [
        ("Le CLS a été signé lundi dernier.", "2024-03-15", "2024-03-11"),
        # published on a Monday: "lundi dernier" is a week before, not the same day
        ("Le CLS a été signé lundi dernier.", "2024-03-18", "2024-03-11"),
        ("Le CLS est signé ce mardi.", "2024-03-15", "2024-03-12"),
        # published on a Tuesday: "ce mardi" is that very day
        ("Le CLS est signé ce mardi.", "2024-03-19", "2024-03-19"),
        ("Le CLS a été signé mardi soir.", "2024-03-15", "2024-03-12"),
        ("Le CLS a été signé ce vendredi.", "2024-03-15", "2024-03-15"),
        ("Le CLS a été signé samedi dernier.", "2024-03-15", "2024-03-09"),
        ("Le CLS a été signé hier.", "2024-03-15", "2024-03-14"),
        ("Le CLS a été signé hier.", "2024-03-01", "2024-02-29"),
        ("Le CLS a été signé avant-hier.", "2024-03-15", "2024-03-13"),
        ("Le CLS a été signé jeudi en fin d'après-midi.", "2024-03-15", "2024-03-14"),
        ("Le CLS a été signé mardi en début de soirée.", "2024-03-15", "2024-03-12"),
    ],
)
def test_resolve_relative(text, publication, expected):
    d = _one(text)
    value, warnings = resolve(d, publication)
    assert value == expected
    assert warnings == ["date_relative"]


@pytest.mark.parametrize(
    "text",
    [
        "La signature a eu lieu le 2 avril à Laon.",  # no year, no publication, no period
        "Le CLS a été signé hier.",
        "Le CLS a été signé lundi dernier.",
        "Le CLS a été signé en juin dernier.",
    ],
)
def test_resolve_without_context_is_none(text):
    assert resolve(_one(text), None, None) is None


def test_year_only_publication_gives_no_weekday_arithmetic():
    # "2024" alone is too coarse to count weekdays back from
    assert resolve(_one("Le CLS a été signé lundi dernier."), "2024") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-15T10:22:00+01:00", "2024-03-15"),
        ("2017-07-26T08:37:11Z", "2017-07-26"),
        ("2023-11-30T23:59:59.000-05:00", "2023-11-30"),
        ("15/03/2024", "2024-03-15"),
        ("04/03/2024", "2024-03-04"),
        ("3 mars 2024", "2024-03-03"),
        ("mars 2024", "2024-03"),
        ("  2024-03  ", "2024-03"),
        ("2024", "2024"),
        ("31/02/2024", None),
        ("n'importe quoi", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@pytest.mark.parametrize(
    ("text", "expected", "span"),
    [
        ("Publié le 04/03/2024\nLa ville signe son contrat local de santé.", "2024-03-04", "04/03/2024"),
        ("Mis en ligne le 3 mars 2024\nLa ville signe son CLS.", "2024-03-03", "3 mars 2024"),
        (
            "Colmar, le 15 mars 2024 – La ville signe son contrat local de santé.",
            "2024-03-15",
            "15 mars 2024",
        ),
        ("Landivisiau (29), le mardi 4 mars 2024 - Le CLS est signé.", "2024-03-04", "4 mars 2024"),
        (
            "Signature du CLS de Laon2017-07-26T08:37:11+01:00\nLe contrat est signé.",
            "2017-07-26",
            "2017-07-26T08:37:11+01:00",
        ),
        (
            "Actualités\nsamedi 21 juin 2025\nLe contrat local de santé est signé.",
            "2025-06-21",
            "samedi 21 juin 2025",
        ),
        (  # an e-mail's header, written by the mailer in English
            "De : La Lettre <lettre@cmc.bzh>\nDate : Wed, 2 Dec 2026 11:04:37 +0100\nObjet : Santé\n\nLe CLS sera signé.",
            "2026-12-02",
            "Wed, 2 Dec 2026 11:04:37 +0100",
        ),
    ],
)
def test_publication_date_from_text(text, expected, span):
    found = publication_date_from_text(text)
    assert found is not None
    value, start, end = found
    assert value == expected
    assert text[start:end] == span


@pytest.mark.parametrize(
    "text",
    [
        # a date inside the first sentence is the signing date, not a dateline
        "L'ARS et la Ville de Laon signent, le 1er juillet 2021, un contrat local de santé.",
        "L'ARS et la Ville de X signent, le 1er juillet 2021, un contrat local de santé.",
        "La ville signe son contrat local de santé avec l'ARS.",
        # an event's day on an invitation (a calendar pictograph, an hour) is not the page's date
        "Invitation\n\nVous êtes conviés.\n\n📅 Jeudi 17 décembre 2026 à 17 h 30\n📍 Salle du conseil",
        "Actualités\nJeudi 17 décembre 2026 à 17 h 30\nLa cérémonie de signature.",
    ],
)
def test_publication_date_from_text_none(text):
    assert publication_date_from_text(text) is None


def test_weekday_with_day_and_month_resolves_to_the_date_not_the_weekday():
    from pipeline.extract.dates import find_dates, resolve

    text = "Le CLS a été signé ce jeudi 14 mars."
    mention = find_dates(text)[0]
    assert mention.day == 14 and mention.month == 3
    assert resolve(mention, "2024-03-25")[0] == "2024-03-14"


def test_a_source_line_dates_the_page_and_a_bare_weekday_after_a_signing_resolves():
    from pipeline.extract.dates import publication_date_from_text

    text = "Lunel : la Ville engage son contrat local de santé\n\nMidi Libre – 27 mars 2026\n\nLa Ville a signé mardi son contrat."
    assert publication_date_from_text(text)[0] == "2026-03-27"
    ds = [d for d in find_dates("La Ville de Lunel a signé mardi son premier contrat local de santé.") if d.weekday is not None]
    assert len(ds) == 1 and ds[0].weekday == 1
    assert [d for d in find_dates("Le marché a lieu mardi sur la place.") if d.weekday is not None] == []


def test_a_weekday_chooses_the_year_of_a_day_month():
    d = find_dates("le mardi 17 mars")[0]
    assert resolve(d, "2026-01-15")[0] == "2026-03-17"  # a Tuesday in 2026, a Monday in 2025
    assert resolve(find_dates("le 17 mars")[0], "2026-01-15")[0] == "2025-03-17"


def test_a_weekday_that_is_not_that_day_in_the_periods_first_year_gives_no_year():
    # 14 October 2015 was a Wednesday; in 2011 it was a Friday: the period's year is not the signing's
    assert resolve(find_dates("ce mercredi 14 octobre")[0], None, 2011) is None
    assert resolve(find_dates("ce mercredi 14 octobre")[0], None, 2015)[0] == "2015-10-14"
    assert resolve(find_dates("le 14 octobre")[0], None, 2011)[0] == "2011-10-14"


def test_a_date_alone_in_a_cell_of_the_header_line_is_the_publication() -> None:
    assert publication_date_from_text("Santé | Val-de-Marne | 28/11/2018\nRéagir\n\nLe CLS est signé.")[0] == "2018-11-28"
    assert publication_date_from_text("Accueil | Actualités | Le CLS 2019-2023 est signé\nTexte") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Le Réveil Lozère 30 avril 2019 à 11h00 | Par Nancy Sagnet\n\nLa MSA signe.", "2019-04-30"),
    ("[Baugé-en-Anjou] Signature du Contrat Local de Santé\n\n18 Oct 2021\n\nConclu par l'ARS.", "2021-10-18"),
])
def test_a_byline_cell_and_a_month_abbreviated_without_its_dot(text: str, expected: str) -> None:
    assert publication_date_from_text(text)[0] == expected


def test_sept_alone_is_a_number_not_september() -> None:
    assert find_dates("sept communes signent le contrat") == []


def test_parties_engaging_in_a_contract_on_a_day_sign_it_that_day() -> None:
    import pipeline

    text = ("La Communauté de communes Pays Seine-et-Tilles, l'ARS Bourgogne-Franche-Comté et leurs partenaires "
            "s'engagent dans un contrat local de santé (CLS) le 30 août 2018 à Is-sur-Tille.")
    assert [c.signing_date for c in pipeline.extract(text, published="2018-09-05").contracts] == ["2018-08-30"]


def test_a_crawls_glued_month_is_the_publication_and_dates_a_day_of_that_month() -> None:
    import pipeline

    assert publication_date_from_text(" date 2021-11 Des actions pour la santé.")[0] == "2021-11"
    text = " date 2021-11 Le nouveau contrat local de santé de la Ville de Laon, signé lundi 8 novembre en mairie."
    assert [c.signing_date for c in pipeline.extract(text).contracts] == ["2021-11-08"]
    # a weekday alone cannot be dated from a month
    assert resolve(find_dates("ce mercredi")[0], "2021-11") is None


def test_a_month_to_come_is_no_signing_date() -> None:
    import pipeline

    text = (" date 2022-04 Le contrat local de santé de la Communauté d'agglomération Royan Atlantique prend forme. "
            "La signature du contrat local de santé devrait intervenir en septembre prochain.")
    assert [c.signing_date for c in pipeline.extract(text).contracts] == [None]


def test_a_day_after_the_publication_date_in_an_announced_signing_is_still_to_come() -> None:
    import pipeline

    text = "La Ville de Gap signera son premier contrat local de santé le 12 février avec l'ARS.\n"
    [contract] = pipeline.extract(text, published="2026-02-03").contracts
    assert contract.signing_date == "2026-02-12"
    # Said of a signing that took place, the same day read after the publication date is the year before.
    past = text.replace("signera", "a signé")
    assert pipeline.extract(past, published="2026-02-03").contracts[0].signing_date == "2025-02-12"


def test_a_day_without_year_takes_the_year_the_page_writes_with_that_day() -> None:
    import pipeline

    text = ("Contrat local de santé : rendez-vous le 14 janvier pour la signature\n\n"
            "Le premier contrat local de santé de Sartrouville est prêt. Il sera officiellement signé le jeudi "
            "14 janvier 2027 à 18 h 30, en salle du conseil.\n")
    [contract] = pipeline.extract(text, published="2026-11-27").contracts
    assert (contract.signing_date, contract.status) == ("2027-01-14", "announced")
    # the former contract's day, four years before "jour pour jour", dates nothing of this one
    text = ("Au terme d'un premier contrat local de santé, signé quatre ans auparavant jour pour jour (le 30 janvier "
            "2015), la communauté de communes Agly-Fenouillèdes et l'ARS Occitanie ont décidé de renouveler "
            "l'expérience. Elles ont signé le 30 janvier leur deuxième contrat local de santé.\n")
    assert pipeline.extract(text, published="2019-02-04").contracts[0].signing_date == "2019-01-30"


def test_another_plan_s_signing_participle_dates_nothing() -> None:
    """'… la traduction de notre contrat de ville », signé en juin 2015': the contrat de ville's signing, not the CLS's."""
    import pipeline

    text = ("La Communauté d'agglomération Melun Val de Seine a signé jeudi son contrat local de santé. Comme l'a "
            "rappelé le président, ce CLS est « la traduction du volet santé de notre contrat de ville », signé en juin "
            "2015.\n")
    assert pipeline.extract(text, published="2021-12").contracts[0].signing_date is None


def test_an_e_mail_s_date_header_with_its_abbreviated_weekday_is_the_publication() -> None:
    assert publication_date_from_text("De : Communauté de communes\nDate : jeu. 26 nov. 2026 à 10:02\nObjet : La Lettre")[
        0] == "2026-11-26"


def test_a_row_of_the_contract_s_facts_is_no_byline() -> None:
    text = ("Notre contrat local de santé\n\nLe CLS en un coup d'œil\n\nPorteur | Communauté de communes\n"
            "Signature | 11 avril 2024, à Bagnères-de-Luchon\n")
    assert publication_date_from_text(text) is None
    assert publication_date_from_text("Le Progrès | le 11 avril 2024\nLa Ville signe son CLS.")[0] == "2024-04-11"


def test_a_weekday_opening_a_sentence_before_a_comma_is_a_date() -> None:
    [d] = find_dates("Jeudi, dans la salle du conseil, l'Agglomération a signé son nouveau contrat local de santé.")
    assert (d.text, d.weekday) == ("Jeudi", 3)
    assert find_dates("Le centre est ouvert du lundi au vendredi, de 8 h à 18 h.") == []


def test_a_day_of_the_month_then_dernier() -> None:
    [d] = find_dates("C'est une première : le 12 dernier, le maire a signé le contrat local de santé.")
    assert resolve(d, "2025-06-17")[0] == "2025-06-12"
    assert resolve(d, "2025-06-10")[0] == "2025-05-12"  # a day after the page's: the month before


def test_an_amendment_s_signing_day_is_not_the_contract_s() -> None:
    import pipeline

    text = ("La communauté de communes de Petite-Terre a signé son contrat local de santé en 2022. L'avenant signé en "
            "juillet dernier y ajoute un cinquième axe.")
    assert [c.signing_date for c in pipeline.extract(text, published="2025-10-14").contracts] == [None]
    signed = "La communauté de communes de Petite-Terre a signé son contrat local de santé en juillet dernier."
    assert [c.signing_date for c in pipeline.extract(signed, published="2025-10-14").contracts] == ["2025-07"]


def test_a_day_and_month_in_figures_after_a_weekday_is_a_date() -> None:
    assert [d.text for d in find_dates("la signature, jeudi 26/03, 9h30")] == ["26/03"]
    assert find_dates("un score de 26/03") == []


def test_a_signing_set_for_a_day_is_announced_with_that_day() -> None:
    import pipeline

    text = ("Le contrat local de santé de la Ville du Robert est prêt. Sa signature officielle est programmée le jeudi "
            "26/03 à 9h30, à l'hôtel de ville.")
    [contract] = pipeline.extract(text, published="2026-03-12").contracts
    assert (contract.status, contract.signing_date) == ("announced", "2026-03-26")
    month = "Le contrat local de santé de la Ville du Robert est prêt. Sa signature est programmée en septembre."
    [contract] = pipeline.extract(month, published="2026-03-12").contracts
    assert (contract.status, contract.signing_date) == ("in_preparation", None)


def test_a_dateline_is_the_release_date_even_beside_a_publication_line() -> None:
    import pipeline
    from pipeline.extract import dates

    text = ("Communiqué de presse\n\nPublié le 04 mars 2026\n\n"
            "Orléans, le 4 mars 2026 – La communauté de communes Loches Sud Touraine et ses partenaires ont conclu "
            "lundi 2 mars le contrat local de santé pour 2026-2030.")
    assert dates.in_dateline(text, text.index("4 mars 2026 –"))
    assert not dates.in_dateline(text, text.index("2 mars le"))
    assert pipeline.extract(text).contracts[0].signing_date == "2026-03-02"


def test_the_day_of_a_vote_authorising_the_signing_is_no_signing_date() -> None:
    import pipeline

    text = ("Le futur contrat local de santé de la communauté de communes du Nogentais avance. Lors de sa séance du "
            "11 décembre 2025, le conseil communautaire a adopté une délibération autorisant le président, Gérard "
            "Maillot, à signer le futur contrat local de santé avec l'ARS Grand Est.\n")
    [contract] = pipeline.extract(text, published="2026-01-08").contracts
    assert contract.signing_date is None
    signed = text.replace("autorisant le président, Gérard Maillot, à signer", "puis le président a signé")
    assert pipeline.extract(signed, published="2026-01-08").contracts[0].signing_date == "2025-12-11"


@pytest.mark.parametrize("text", [
    "Contrat local de santé : signature le 27 mars\n\nLa Ville de Cosne-Cours-sur-Loire prépare son deuxième contrat "
    "local de santé avec l'ARS.\n",
    "Le deuxième contrat local de santé de la Ville de Cosne-Cours-sur-Loire sera officiellement signé le 27 mars.\n",
    "Le deuxième contrat local de santé de la Ville de Cosne-Cours-sur-Loire sera signé le vendredi 27 mars à 10 heures.\n",
])
def test_a_signing_set_for_a_day_later_in_the_year_is_still_to_come(text: str) -> None:
    import pipeline

    [contract] = pipeline.extract(text, published="2026-03-12").contracts
    assert contract.signing_date == "2026-03-27"
    assert contract.status == "announced"


def test_a_timeline_of_signings_gives_the_one_that_fits_the_period() -> None:
    import pipeline

    text = ("Le contrat local de santé de la communauté de communes Haut-Jura Saint-Claude en dates\n\n"
            "1. 2013 Le 14 juin, signature du premier contrat local de santé pour la période 2013-2016.\n"
            "2. 2018 Le 21 septembre, signature du deuxième CLS, conclu pour 2018-2022.\n"
            "3. 2025 Le vendredi 4 juillet, signature du troisième contrat local de santé, qui couvre les années 2025 "
            "à 2029.\n")
    [contract] = pipeline.extract(text).contracts
    assert contract.signing_date == "2025-07-04"


def test_an_evaluation_s_conclusions_are_no_signing() -> None:
    from pipeline.extract.contracts import _SIGN_CUE

    assert _SIGN_CUE.search("Ses conclusions ont été présentées le 6 novembre au comité de pilotage.") is None
    assert _SIGN_CUE.search("Les partenaires ont conclu lundi 2 mars le contrat.") is not None


def test_a_day_of_the_month_before_or_of_this_month_is_dated_even_with_a_month_only_publication() -> None:
    last, this = find_dates("Le 14 du mois dernier, nous avons signé. Réunion le 3 de ce mois.")
    assert resolve(last, "2025-12")[0] == "2025-11-14"
    assert resolve(this, "2025-12")[0] == "2025-12-03"
    assert resolve(last, "2026-01-20")[0] == "2025-12-14"


def test_a_day_courant_is_of_the_publication_month() -> None:
    # Administrative French: "le 10 courant" is the 10th of the current month.
    signed, meeting = find_dates("Signé le 3 courant à la salle des fêtes. La réunion aura lieu le 1er courant.")
    assert resolve(signed, "2025-04-16")[0] == "2025-04-03"
    assert resolve(meeting, "2025-04")[0] == "2025-04-01"
    assert not find_dates("le courant passe bien depuis le 3")


def test_an_issue_s_month_is_the_publication_month() -> None:
    assert publication_date_from_text("Le magazine municipal > N° 46 – Décembre 2025\n\nÉdito")[0] == "2025-12"
    assert publication_date_from_text("Édito du maire\n\nLe 14 novembre 2025, nous avons signé.") is None


def test_a_metropolitan_council_s_month_is_no_signing_date() -> None:
    import pipeline

    text = ("La Métropole et l'ARS ont lancé l'élaboration d'un deuxième contrat local de santé de Grenoble-Alpes "
            "Métropole. Ses orientations seront débattues en conseil métropolitain en février ; la signature est "
            "envisagée avant l'été.\n")
    [contract] = pipeline.extract(text, published="2025-11-20").contracts
    assert contract.signing_date is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Ce matin, la Ville a signé son deuxième contrat local de santé.", "2026-11-20"),
    ("La Ville signera ce soir son contrat local de santé.", "2026-11-20"),
    ("Cet après-midi, la Ville a signé son contrat local de santé.", "2026-11-20"),
])
def test_this_morning_or_tonight_is_the_publication_day(text: str, expected: str) -> None:
    [mention] = find_dates(text)
    assert resolve(mention, "2026-11-20")[0] == expected
    assert find_dates("Jeudi 12 février, la Ville signera ce soir-là son contrat.")[0].text == "Jeudi 12 février"


def test_an_invitation_s_day_on_the_line_under_the_signing_ceremony() -> None:
    import pipeline

    text = ("INVITATION PRESSE\n\nCapesterre-Belle-Eau, le 2 avril 2026\n\nLe maire a le plaisir de convier la presse à la "
            "cérémonie de signature du premier contrat local de santé de la Ville de Capesterre-Belle-Eau.\n\n"
            "Samedi 18 avril 2026 à 9 h 30\nHôtel de ville\n")
    [contract] = pipeline.extract(text, published="2026-04-02").contracts
    assert (contract.signing_date, contract.status) == ("2026-04-18", "announced")


def test_a_page_date_under_a_signing_title_is_no_signing_day() -> None:
    import pipeline

    text = ("[Baugé-en-Anjou] Signature du Contrat Local de Santé\n\n18 octobre 2021\n\nLe contrat local de santé de la "
            "Ville de Baugé-en-Anjou a été signé vendredi 15 octobre en mairie.\n")
    [contract] = pipeline.extract(text, published="2021-10-18").contracts
    assert contract.signing_date == "2021-10-15"


def test_a_relative_day_inside_a_quotation_is_the_speaker_s_now() -> None:
    from pipeline.extract.dates import find_dates

    # quoted, whole or one sentence of it read alone
    assert not find_dates("« Il y a cinq ans, rien n'existait. Aujourd'hui, tout le monde se parle », dit le maire.")
    assert not find_dates("Aujourd'hui, tout le monde se parle », dit le maire.")
    assert [d.text for d in find_dates("Aujourd'hui, la commune signe son contrat.")] == ["Aujourd'hui"]


def test_the_day_of_the_sentence_that_sets_the_scene_of_the_signing() -> None:
    import pipeline

    text = ("Santé : un deuxième contrat pour le Val d'Ay\n\nLa salle des fêtes était comble, jeudi soir, à Satillieu. "
            "Élus et soignants étaient venus assister à la signature du deuxième contrat local de santé de la "
            "communauté de communes du Val d'Ay avec l'Agence régionale de santé.\n")
    (contract,) = pipeline.extract(text, published="2026-03-16").contracts
    assert contract.signing_date == "2026-03-12"
    # a sentence about another event gives no day to the signing
    other = text.replace("La salle des fêtes était comble, jeudi soir", "Le conseil communautaire s'est réuni jeudi soir")
    (contract,) = pipeline.extract(other, published="2026-03-16").contracts
    assert contract.signing_date is None


def test_the_day_of_the_month_of_a_newsletter_dated_by_its_month() -> None:
    from pipeline.extract.dates import find_dates, resolve

    (d,) = find_dates("Le contrat a été signé le 1er du mois à Montfort.")
    assert resolve(d, "2026-10") == ("2026-10-01", ["date_relative"])
    assert not find_dates("La navette démarre le 2 du mois prochain.")


def test_a_contract_document_s_signing_formula_flattened_into_its_last_sentence() -> None:
    import pipeline

    text = ("CONTRAT LOCAL DE SANTE DE SEVRAN 2016 - 2019\n\n"
            "Entre Monsieur le Maire de Sevran, Monsieur le Préfet de la Seine-Saint-Denis et Monsieur le Directeur "
            "général de l'Agence régionale de santé d'Île-de-France, il a été convenu le présent Contrat Local de Santé "
            "dont le contenu est décrit dans le présent document A Sevran, le 12 mai 2016\n\n"
            "Le Maire de Sevran\n\nLe Préfet de la Seine-Saint-Denis\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.status, contract.signing_date) == ("signed", "2016-05-12")
    assert {s.org_type for s in contract.signatories} == {"commune", "prefecture", "ars"}


def test_a_signing_formula_at_a_plural_place_and_a_signing_sentence_after_its_day() -> None:
    import pipeline

    doc = ("CONTRAT LOCAL DE SANTÉ DE LA HAUTE-ARIÈGE\n\nFait aux Cabannes, le 2 octobre 2026, en huit exemplaires.\n\n"
           "Pour la Communauté de communes de la Haute-Ariège, le Président\n")
    (contract,) = pipeline.extract(doc).contracts
    assert contract.signing_date == "2026-10-02"
    report = ("Deux ans de travail et, jeudi en fin de matinée, six stylos qui passent de main en main à Lézignan. "
              "Ont signé le contrat local de santé de la communauté de communes Région Lézignanaise, Corbières et "
              "Minervois : la sous-préfète, l'Agence régionale de santé et la CPAM de l'Aude.\n")
    (contract,) = pipeline.extract(report, published="2026-10-10").contracts
    assert contract.signing_date == "2026-10-08"


def test_a_renewal_dated_after_a_fronted_recall_of_the_former_contracts() -> None:
    """'Après un premier contrat en 2014 puis un second en 2019, la communauté … a renouvelé son CLS, mardi 7 octobre
    2025': the recall is a clause of its own; the day is the third contract's."""
    import pipeline

    text = ("Santé : un troisième contrat pour la communauté de communes\n"
            "Troisième du nom. Après un premier contrat en 2014 puis un second en 2019, la communauté de communes du "
            "Pays de Honfleur-Beuzeville a renouvelé son contrat local de santé (CLS), mardi 7 octobre 2025, à Honfleur. "
            "Il couvre la période 2025-2029.\n")
    [contract] = pipeline.extract(text).contracts
    assert contract.signing_date == "2025-10-07"


def test_an_act_s_closing_formula_dates_the_act_not_the_contract_it_is_about() -> None:
    """A mayor's order delegating the signature: 'Considérant que ce contrat … sera signé le …' dates the contract;
    'Fait à …, le …' under 'ARRÊTE' dates the order."""
    import pipeline

    text = ("ARRÊTÉ N° 2026-118 portant délégation de signature (contrat local de santé)\n\n"
            "Le Maire de Villeurbanne,\n\n"
            "Vu la délibération du conseil municipal du 5 mars 2026 approuvant le contrat local de santé de la Ville ;\n\n"
            "Considérant que ce contrat sera signé le mardi 12 mai 2026 à l'hôtel de ville ;\n\n"
            "ARRÊTE\n\nArticle 1er – Délégation de signature est donnée à l'adjointe à la santé.\n\n"
            "Fait à Villeurbanne, le 28 avril 2026\n")
    [contract] = pipeline.extract(text, published="2026-04-29").contracts
    assert contract.signing_date == "2026-05-12"
    assert contract.status == "announced"


def test_the_next_sentence_that_names_the_signing_as_an_event_gives_its_day() -> None:
    """'… s'apprête à signer son premier contrat local de santé. La cérémonie aura lieu le jeudi 5 novembre …'."""
    import pipeline

    text = ("Santé : le contrat local de santé signé la semaine prochaine\n"
            "Après un an de travail, la communauté de communes du Pays de Mauriac s'apprête à signer son premier contrat "
            "local de santé. La cérémonie aura lieu le jeudi 5 novembre, à 18 heures, à la salle des fêtes.\n")
    [contract] = pipeline.extract(text, published="2026-10-29").contracts
    assert contract.signing_date == "2026-11-05"
    assert contract.status == "announced"


def test_an_announced_signing_whose_ceremony_is_dated_in_the_next_paragraph() -> None:
    """'rendez-vous le 8 décembre pour la signature' in the headline, '… s'apprête à signer son premier CLS.' then, in
    the next paragraph, 'La cérémonie se tiendra le mardi 8 décembre': a day to come, not the one a year before."""
    import pipeline

    text = ("Contrat local de santé : rendez-vous le 8 décembre pour la signature\n\n"
            "Après deux ans de travail, la Communauté de communes du Clermontois s'apprête à signer son premier contrat "
            "local de santé.\n\nLa cérémonie se tiendra le mardi 8 décembre à 18 heures, à la salle des fêtes.\n")
    [contract] = pipeline.extract(text, published="2026-11-27").contracts
    assert contract.signing_date == "2026-12-08"
    assert contract.status == "announced"


def test_a_signing_postponed_with_no_new_date_is_in_preparation_and_undated() -> None:
    import pipeline

    text = ("La signature du contrat local de santé reportée après les élections\n\n"
            "Le jeudi 20 juin, à 18 heures, la salle des fêtes de Lavit devait accueillir la signature du premier contrat "
            "local de santé de la communauté de communes des Deux Rives. La préfecture a demandé un report. La nouvelle "
            "date n'est pas arrêtée.\n")
    [contract] = pipeline.extract(text, published="2024-06-14").contracts
    assert contract.signing_date is None
    assert contract.status == "in_preparation"


@pytest.mark.parametrize(
    ("text", "publication", "future", "expected"),
    [
        ("le jeudi 14 janvier", "2026-12-01", False, "2027-01-14"),  # the weekday falls in the next year only
        ("le 14 janvier", "2026-12-01", True, "2027-01-14"),  # announced, six weeks ahead
        ("le 14 janvier", "2026-12-01", False, "2026-01-14"),  # told, not announced
        ("le 8 juillet", "2025-07-17", True, "2025-07-08"),  # a page left as it was: not a year ahead
    ],
)
def test_a_day_earlier_in_the_year_than_the_publication_may_be_the_next_year_s(text, publication, future, expected):
    assert resolve(find_dates(text)[0], publication, None, future)[0] == expected


def test_a_printed_issue_s_colophon_or_season_dates_it() -> None:
    text = "LA LETTRE DU CLS\nN° 1 – Printemps 2026\n\nÉDITO\nNous avons signé.\n\nAchevé d'imprimer en avril 2026\n"
    assert publication_date_from_text(text)[0] == "2026-04"
    assert publication_date_from_text(text.replace("Achevé d'imprimer en avril 2026", ""))[0] == "2026"


def test_a_table_row_and_an_indented_dateline_and_a_late_published_line() -> None:
    versions = "CONTRAT\n\nVersion | Date | Objet\nV0.3 | 14/01/2025 | Projet\nV1.1 | 24/06/2025 | Version signée\n"
    assert publication_date_from_text(versions) is None  # a document's versions, not its publication
    assert publication_date_from_text("Le Progrès | 12 mars 2025\nLe contrat est signé.")[0] == "2025-03-12"
    letter = "Objet : signature du contrat\n\n                                 Nancy, le 5 mars 2026\n\nMonsieur le Président,\n"
    assert publication_date_from_text(letter)[0] == "2026-03-05"
    page = "Un deuxième contrat signé\n" + "La Ville a signé son contrat local de santé. " * 40 + "\nPublié le 9 avril 2026\n"
    assert publication_date_from_text(page)[0] == "2026-04-09"


def test_a_deliberation_s_considerant_sets_the_contract_s_signing_day() -> None:
    import pipeline

    text = ("Communauté de communes Entr'Allier Besbre et Loire\nDélibération du conseil communautaire\n\n"
            "CONSIDÉRANT que le contrat local de santé de deuxième génération s'articule autour de quatre axes ;\n"
            "CONSIDÉRANT que la signature officielle du contrat est programmée le vendredi 3 juillet 2026 ;\n\n"
            "DÉCIDE :\nArticle 1 : D'APPROUVER le contrat local de santé.\n")
    (contract,) = pipeline.extract(text, published="2026-06-08").contracts
    assert (contract.status, contract.signing_date) == ("announced", "2026-07-03")


def test_a_bare_weekday_after_got_its_contract_is_the_last_such_day() -> None:
    (d,) = find_dates("la commune du Vauclin s'est dotée vendredi d'un deuxième contrat local de santé.")
    assert resolve(d, "2025-06-07")[0] == "2025-06-06"


@pytest.mark.parametrize("text", ["la Ville et ses partenaires ont renouvelé jeudi le contrat local de santé.",
                                  "la communauté de communes a conclu jeudi son contrat local de santé avec l'ARS."])
def test_a_bare_weekday_after_a_renewal_or_a_conclusion_is_the_last_such_day(text: str) -> None:
    (d,) = find_dates(text)
    assert resolve(d, "2026-03-20")[0] == "2026-03-19"


def test_a_bare_weekday_after_another_verb_is_no_date() -> None:
    assert find_dates("la Ville et ses partenaires ont présenté jeudi le bilan du contrat local de santé.") == []


def test_the_sentence_before_a_signing_to_come_sets_no_scene_and_a_possible_month_is_a_target() -> None:
    import pipeline

    text = ("Monsieur le Président,\n\nPar courrier du 2 juillet dernier, vous avez sollicité l'engagement de notre caisse "
            "dans le contrat local de santé que la Communauté de communes Vexin Centre élabore avec l'ARS. Je vous "
            "confirme que la CPAM du Val-d'Oise sera signataire de ce premier contrat local de santé.\n\n"
            "Vous m'indiquez que la signature pourrait intervenir en décembre.\n")
    (contract,) = pipeline.extract(text, published="2026-09-18").contracts
    assert contract.signing_date is None
    # the same scene before a signing that took place still dates it
    past = text.replace("sera signataire de", "a signé").replace("Par courrier du 2 juillet dernier, vous avez sollicité",
                                                                   "Jeudi dernier, vous avez sollicité")
    (contract,) = pipeline.extract(past, published="2026-09-18").contracts
    assert contract.signing_date == "2026-09-17"


def test_a_relative_day_under_a_feed_s_day_heading_counts_from_that_day() -> None:
    import pipeline

    feed = ("Ville de Choisy-le-Roi\n\n17 décembre\n\nLe conseil municipal a approuvé le deuxième contrat local de santé de "
            "la Ville.\n\n19 décembre\n\nC'est signé ! Ce soir, la Ville de Choisy-le-Roi a renouvelé son contrat local "
            "de santé avec l'ARS Île-de-France.\n\n22 décembre\n\nCollecte des sapins de Noël du lundi 5 au lundi 19 "
            "janvier.\n")
    (contract,) = pipeline.extract(feed, published="2025-12-22").contracts
    assert contract.signing_date == "2025-12-19"
    # one date line is no feed of days: the page's own date, and "ce soir" is the publication's evening
    page = feed.replace("\n\n17 décembre\n\nLe conseil municipal a approuvé le deuxième contrat local de santé de la "
                        "Ville.", "").replace("\n\n22 décembre\n\nCollecte des sapins de Noël du lundi 5 au lundi 19 janvier.", "")
    (contract,) = pipeline.extract(page, published="2025-12-22").contracts
    assert contract.signing_date == "2025-12-22"


def test_a_signing_under_another_plan_s_heading_is_that_plan_s() -> None:
    import pipeline

    guide = ("Les contrats de la communauté de communes de Forez-Est\n\nCRTE\nSigné le 29 juin 2023 avec l'État "
             "(préfecture de la Loire). 34 projets inscrits.\n\nCTG\nSignée le 13 décembre 2022 avec la CAF de la Loire.\n\n"
             "CLS\nSigné le 24 juin 2024 à Feurs par la communauté de communes avec l'ARS Auvergne-Rhône-Alpes et la CPAM "
             "de la Loire. Premier contrat local de santé du territoire, conclu pour 2024-2028.\n")
    (contract,) = pipeline.extract(guide, published="2026-09-01").contracts
    assert contract.signing_date == "2024-06-24"
    assert {s.org_type for s in contract.signatories} == {"epci", "ars", "cpam"}


@pytest.mark.parametrize("text, expected", [("signé en juin de l'an dernier avec l'ARS", "2025-06"),
                                            ("signé le 3 mars de l'année dernière", "2025-03-03")])
def test_a_month_of_last_year_is_the_year_before_the_publication(text: str, expected: str) -> None:
    (d,) = find_dates(text)
    assert resolve(d, "2026-06-27")[0] == expected


def test_a_fact_sheet_label_dates_the_signing_on_the_next_line():
    import pipeline

    text = ("Contrat local de santé de Lamballe Terre et Mer : la fiche\n\nPremier contrat local de santé du territoire, "
            "signé avec l'ARS Bretagne.\n\nDate de signature\nJeudi 12 mars 2026, à la salle des fêtes.\n\nDurée\n"
            "2026-2030\n")
    (contract,) = pipeline.extract(text, published="2026-04-01").contracts
    assert contract.signing_date == "2026-03-12"
    # a table of two contracts flattened one cell per line: the value under the label is one column's only
    flat = text.replace("Jeudi 12 mars 2026, à la salle des fêtes.\n", "Jeudi 12 mars 2026\nVisée à l'automne 2026\n")
    (contract,) = pipeline.extract(flat, published="2026-04-01").contracts
    assert contract.signing_date is None


def test_an_event_card_s_date_under_a_short_line_dates_the_signing_to_come():
    import pipeline

    text = ("Soirée de signature du Contrat local de santé du Pays de Lumbres\n\nOrganisé par : Communauté de communes "
            "du Pays de Lumbres\nMar. 17 mars · 18:00 – 20:00\nSalle des fêtes\n\nLa communauté de communes vous invite "
            "à la signature de son premier contrat local de santé avec l'ARS Hauts-de-France.\n")
    (contract,) = pipeline.extract(text, published="2026-02-20").contracts
    assert (contract.signing_date, contract.status) == ("2026-03-17", "announced")


def test_a_month_dated_signing_takes_the_day_the_page_gives_it_later():
    import pipeline

    text = ("Signature du contrat local de santé de Vitrolles - mai 2026\n\nLa Ville a signé le 12 mai 2026 son premier "
            "contrat local de santé avec l'ARS Provence-Alpes-Côte d'Azur et la préfecture des Bouches-du-Rhône.\n")
    (contract,) = pipeline.extract(text, published="2026-05-14").contracts
    assert contract.signing_date == "2026-05-12"


def test_a_weekday_date_in_a_month_dated_issue_falls_in_the_next_year_where_the_weekday_does():
    from pipeline.extract.dates import find_dates, resolve
    (d,) = find_dates("Le rendez-vous est fixé au mardi 13 janvier, à 18 heures.")
    assert resolve(d, "2025-12") == ("2026-01-13", ["year_inferred"])  # a Tuesday in 2026, a Monday in 2025
    (d,) = find_dates("Le contrat a été signé le 8 juillet.")
    assert resolve(d, "2025-07")[0] == "2025-07-08"  # the issue's own month: that year
