"""Page shapes met in the thirty-third session (the first contacts of round 39), end to end: each test states the class
of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pipeline


def _contracts(text: str, **kw):
    return pipeline.extract(text, **kw).contracts


def test_items_numbered_with_a_slash_keep_their_explanation_lines():
    # a magazine's "1 / Label" items, each over a line that explains it
    text = ("Saint-Dizier a signé le 3 mars 2026 son premier contrat local de santé avec l'ARS Grand Est.\n"
            "LES TROIS PRIORITÉS 2026-2030\n"
            "1 / Accès aux soins et accueil des internes\n"
            "Aide à l'installation, téléconsultation accompagnée.\n"
            "2 / Santé mentale des jeunes\n"
            "Premiers secours en santé mentale dans les lycées.\n"
            "3 / Bien vieillir à domicile\n"
            "Prévention des chutes, visites aux aînés isolés.\n")
    (contract,) = _contracts(text)
    assert contract.axes == ["Accès aux soins et accueil des internes", "Santé mentale des jeunes",
                             "Bien vieillir à domicile"]


def test_a_renewal_dated_in_an_incise_is_dated():
    # "renouvelé, le vendredi 13 novembre à l'hôtel de ville, son contrat": the day between commas after the verb
    text = ("La Ville de Saint-Dizier a renouvelé, le vendredi 13 novembre à l'hôtel de ville, son contrat local de santé "
            "avec l'ARS Grand Est.")
    (contract,) = _contracts(text, published="2026-12-02")
    assert contract.signing_date == "2026-11-13"


def test_a_contract_the_page_tells_of_with_an_indefinite_article_is_the_pages_subject():
    # a page about something else that tells of the town's contract ("dispose d'un contrat local de santé, le deuxième
    # du nom, signé le …") and names its coordinator: a CLS page, the contract renewed
    text = ("Analyse des besoins sociaux : la synthèse est en ligne.\n"
            "Le centre communal d'action sociale publie la synthèse de son analyse, présentée en novembre.\n"
            "La Ville de Tonnerre dispose d'un contrat local de santé, le deuxième du nom, signé le 3 avril 2025 avec "
            "l'Agence régionale de santé Bourgogne-Franche-Comté. Les préconisations pourront y être inscrites lors de "
            "sa révision, indique Claire Bastien, coordinatrice du contrat local de santé.")
    result = pipeline.extract(text)
    assert result.is_cls
    (contract,) = result.contracts
    assert contract.territory.name == "Tonnerre"
    assert contract.status == "renewed"


def test_another_plans_signing_gives_neither_party_nor_money():
    # "La convention territoriale globale signée avec la CAF (480 000 € …)": the CAF's plan, beside the contract
    text = ("Le contrat local de santé de Tonnerre a été signé le 3 avril 2025 avec l'ARS Bourgogne-Franche-Comté et la "
            "préfecture de l'Yonne.\n"
            "La convention territoriale globale signée avec la CAF de l'Yonne (480 000 € de prestations de service par an) "
            "complète le dispositif.")
    (contract,) = _contracts(text)
    assert "caf" not in {s.org_type for s in contract.signatories}
    assert contract.funding == []


def test_an_aside_between_dashes_inside_an_inline_list_is_no_part_of_its_item():
    text = ("Le contrat local de santé de Saint-Dizier, signé le 3 mars 2026, s'articule autour de trois priorités : "
            "l'accès aux soins, la santé environnementale — qualité de l'air et îlots de chaleur en ville — et le "
            "vieillissement en bonne santé.")
    (contract,) = _contracts(text)
    assert contract.axes == ["l'accès aux soins", "la santé environnementale", "le vieillissement en bonne santé"]


def test_the_caf_as_it_writes_itself_signs():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026 par la Ville, l'ARS Grand Est et la Caf "
            "de la Haute-Marne.")
    (contract,) = _contracts(text)
    assert [s.name for s in contract.signatories if s.org_type == "caf"] == ["Caf de la Haute-Marne"]


def test_the_first_contract_told_as_signed_on_a_later_contracts_page_is_a_record():
    # a renewal's preamble: "Le premier contrat … a été signé le … entre …, pour la période … Il portait quatre axes"
    text = ("Deuxième contrat local de santé de la Communauté d'agglomération de Chaumont 2027-2031\n"
            "Le présent contrat a été signé le 3 décembre 2026 par la Communauté d'agglomération de Chaumont et l'ARS "
            "Grand Est.\n"
            "Le premier contrat local de santé de l'agglomération a été signé le 29 juin 2021 entre la Communauté "
            "d'agglomération de Chaumont, l'Agence régionale de santé Grand Est et la préfecture de la Haute-Marne, pour "
            "la période 2021-2025. Il portait trois axes : l'accès aux soins ; la santé mentale ; la nutrition.\n")
    contracts = _contracts(text)
    assert [(c.status, c.signing_date) for c in contracts] == [("renewed", "2026-12-03"), ("signed", "2021-06-29")]
    assert {s.org_type for s in contracts[1].signatories} == {"epci", "ars", "prefecture"}


def test_an_amount_each_of_two_funders_named_with_a_repeated_par_is_two_entries():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026. Le poste de coordination est financé à "
            "parts égales par l'ARS Grand Est et par Saint-Dizier, à hauteur de 30 000 € par an chacun.")
    (contract,) = _contracts(text)
    assert sorted(f.amount_eur for f in contract.funding) == [30000, 30000]


def test_the_state_represented_by_the_regional_prefect_signs_as_the_departements_prefecture():
    text = ("Le contrat local de santé de la Communauté d'agglomération de Chaumont a été signé le 3 mars 2026 entre la "
            "communauté d'agglomération, l'État, représenté par la préfète de la région Grand Est, préfète de la "
            "Haute-Marne, et l'ARS Grand Est.")
    (contract,) = _contracts(text)
    assert [s.name for s in contract.signatories if s.org_type == "prefecture"] == ["Préfecture de la Haute-Marne"]


def test_a_page_of_the_acronyms_meanings_is_no_contracts_page():
    text = ("CLS — Page d'homonymie\n"
            "CLS peut désigner :\n"
            "- Contrat local de santé, outil de contractualisation entre une agence régionale de santé et une collectivité "
            "(voir par exemple l'article Pays de Langres) ;\n"
            "- Contrat local de sécurité, ancien dispositif de prévention de la délinquance ;\n"
            "- Common Language Specification, en informatique.\n")
    assert not pipeline.extract(text).is_cls


def test_parties_said_not_to_have_signed_or_not_asked_to_sign_are_none():
    text = ("Le contrat local de santé de Saint-Dizier a été signé le 3 mars 2026 par la Ville, l'ARS Grand Est et la "
            "CPAM de la Haute-Marne. Le centre hospitalier de Saint-Dizier, partenaire de plusieurs actions, ne l'a pas "
            "signé non plus. Le Département de la Haute-Marne, lui, « n'a pas été sollicité pour signer ».")
    (contract,) = _contracts(text)
    assert {s.org_type for s in contract.signatories} == {"commune", "ars", "cpam"}


def test_a_bare_dsden_is_the_education_service_the_page_names_in_full():
    text = ("La DSDEN signataire du contrat local de santé de Saint-Dizier\n"
            "Le contrat a été signé le 3 mars 2026 par les services départementaux de l'Éducation nationale de la "
            "Haute-Marne, la Ville de Saint-Dizier et l'ARS Grand Est.")
    (contract,) = _contracts(text)
    assert len([s for s in contract.signatories if s.org_type == "education_nationale"]) == 1


def test_a_list_an_excerpt_cuts_off_gives_way_to_the_whole_one():
    # an aggregator's snippets: the first cuts the list ("…"), a later one gives it whole
    text = ("Chaumont Agglomération renouvelle son contrat local de santé\n"
            "  L'agglomération a signé mardi 24 novembre 2026 son deuxième contrat local de santé. Quatre axes ont été "
            "retenus : l'accès aux soins, la santé mentale, …\n"
            "  Contrat local de santé : signature officielle\n"
            "  Le contrat s'articule autour de quatre axes : l'accès aux soins, la santé mentale, le bien vieillir, la "
            "santé environnementale.\n")
    (contract,) = _contracts(text)
    assert contract.axes == ["l'accès aux soins", "la santé mentale", "le bien vieillir", "la santé environnementale"]


def test_a_live_pages_timestamped_day_heading_dates_the_weekday_said_under_it():
    # a live page's updates under "Lundi 21 septembre – 17h40 : …" headings, first published on the 14th
    text = ("Tempête : le fil d'information de la commune\n"
            "Lundi 21 septembre – 17h40 : retour à la normale\n"
            "La signature du contrat local de santé de Saint-Dizier s'est tenue ce lundi avec l'ARS Grand Est.\n"
            "Jeudi 17 septembre – 06h00 : vigilance rouge\n"
            "Les écoles sont fermées.\n"
            "Lundi 14 septembre – 11h00 : ouverture du fil\n"
            "Constituez votre kit.\n")
    (contract,) = _contracts(text, published="2026-09-14")
    assert contract.signing_date == "2026-09-21"
