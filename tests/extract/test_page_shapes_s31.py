"""Page shapes met in the thirty-first session (the real pages and the first contacts of round 34), end to end: each
test states the class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import pytest

import pipeline


def _contracts(text: str, **kw):
    return pipeline.extract(text, **kw).contracts


def _parties(contract) -> set[tuple[str, str]]:
    return {(s.org_type, s.name) for s in contract.signatories}


def _run_one(tmp_path, name: str, content: str) -> dict:
    """The one record a batch run writes for one input file: the ingest's dates (record, page metadata) count."""
    import json

    from pipeline.run import run

    (tmp_path / name).write_text(content, encoding="utf-8")
    run([tmp_path / name], tmp_path / "out")
    [out] = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return out


def test_the_parties_listed_under_a_contract_covers_title_sign_it():
    # a contract's PDF flattened: its title in capitals over three lines, then its parties, one minus-sign bullet each,
    # one of them wrapped onto the next line; then the table of contents
    text = ("CONTRAT LOCAL DE SANTE\nDU TERRITOIRE\nCOEUR DE SAVOIE\n\n"
            "\u2212 Agence Régionale de Santé Auvergne-Rhône-Alpes\n\u2212 Communauté de communes Cœur\n  de Savoie\n"
            "\u2212 Ville de Montmélian\n\nSOMMAIRE\n1. Préambule.............................3\n"
            "2. Le diagnostic du territoire.............5\n")
    (contract,) = _contracts(text)
    types = {t for t, _ in _parties(contract)}
    assert {"ars", "epci", "commune"} <= types
    assert ("commune", "Ville de Montmélian") in _parties(contract)


def test_a_bulleted_list_under_a_lower_case_heading_signs_nothing():
    # the guard: a page's heading in ordinary case over bullets of actions is no contract's cover
    text = ("Contrat local de santé de la Ville de Montmélian\n\n"
            "\u2212 Centre hospitalier Métropole Savoie : un bus de dépistage\n\u2212 Mission locale : des ateliers\n")
    (contract,) = _contracts(text)
    assert not any(t == "hospital" for t, _ in _parties(contract))


def test_a_town_that_will_renew_its_own_contract_is_its_party():
    # a round-up of renewals to come: each town that "renouvellera son CLS" is a party of its own contract
    text = ("Santé : une série de contrats renouvelés\n\nLa communauté d'agglomération du Centre Littoral a renouvelé "
            "ce lundi 3 novembre 2025 son contrat local de santé avec l'ARS Guyane. Rémire-Montjoly renouvellera son "
            "CLS le 12 décembre, avant Roura début 2026.")
    (town,) = [c for c in _contracts(text) if c.territory.insee == "97309"]  # Remire-Montjoly
    assert [t for t, _ in _parties(town)] == ["commune"]


def test_an_intercommunality_after_the_article_that_opens_a_sentence_is_read():
    # "Le Grand X", "La CINOR": the article capitalised at the head of the sentence is no part of the name
    text = "Le Grand Dole a signé mardi son premier contrat local de santé avec l'ARS Bourgogne-Franche-Comté."
    (contract,) = _contracts(text, published="2026-03-05")
    assert contract.territory.insee == "200010650"  # Communauté d'agglomération du Grand Dole


def test_a_body_that_attended_the_signing_is_no_party():
    text = ("La Ville de Saint-Pierre a signé mardi 3 mars 2026 son contrat local de santé avec l'ARS La Réunion. "
            "La CIVIS, dont la commune est membre, a assisté à la signature sans en être partie.")
    (contract,) = _contracts(text, published="2026-03-05")
    assert {t for t, _ in _parties(contract)} == {"commune", "ars"}


def test_a_weekday_in_focus_of_a_cleft_dates_the_signing():
    # "C'est vendredi que …", "C'est à la veille de la fête, vendredi, que …"
    text = ("C'est à la veille de la fête de la ville, vendredi, que la Ville de Sarreguemines a signé son premier "
            "contrat local de santé avec l'ARS Grand Est.")
    (contract,) = _contracts(text, published="2026-06-08")  # a Monday
    assert contract.signing_date == "2026-06-05"


def test_a_signing_promised_in_vain_is_no_signing_date():
    # a reader's letter: the promise of a signing in March, then the answer that it took place in June
    text = ("Courrier des lecteurs\n\nOn nous avait promis un « contrat local de santé » signé en mars ; rien depuis.\n\n"
            "Réponse de la Ville de Lisieux : le contrat local de santé a bien été signé le 26 juin dernier avec l'ARS "
            "Normandie.")
    (contract,) = _contracts(text, published="2026-09-10")
    assert contract.signing_date == "2026-06-26"


def test_a_department_number_is_no_complement_across_a_line_or_before_a_month():
    # a title's last word, then the day of the page on the next line
    text = ("Bolbec renouvelle son contrat local de santé avec l'Assurance Maladie\n15 octobre 2026\n\n"
            "La CPAM de la Seine-Maritime a signé le mardi 13 octobre 2026 le contrat local de santé de Bolbec.")
    names = [s.name for s in _contracts(text)[0].signatories]
    assert not any(n.endswith(" 15") for n in names)


@pytest.mark.parametrize(("date", "text", "published", "signed"), [
    # a crawler's UTC clock is a day ahead of an evening page ("Publié le mercredi 18 novembre 2026 à 21h40" in
    # Guadeloupe, 01:40 UTC on the 19th): "cet après-midi" is the 18th
    ("2026-11-19T01:40:00+00:00", "Publié le mercredi 18 novembre 2026 à 21h40\n\nCet après-midi, la Ville de Baillif a "
     "signé son premier contrat local de santé avec l'ARS Guadeloupe.\n", "2026-11-18", "2026-11-18"),
    # the guard: a timestamp with the page's own offset is the page's date, whatever the text's dateline
    ("2026-11-19T08:00:00+01:00", "Mis en ligne le 18 novembre 2026\n\nLa Ville de Baillif a signé hier son premier "
     "contrat local de santé avec l'ARS Guadeloupe.\n", "2026-11-19", "2026-11-18"),
])
def test_a_record_dated_in_utc_keeps_the_day_its_page_shows(tmp_path, date, text, published, signed):
    import json

    record = {"id": "u", "url": "https://radio.example/journal-du-18-novembre", "date": date, "text": text}
    out = _run_one(tmp_path, "in.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    assert out["publication_date"] == published
    assert [c["signing_date"] for c in out["contracts"]] == [signed]


def test_a_town_that_signs_in_a_clause_after_que_is_the_territory():
    # minutes: "Elle a rappelé que <town> a signé …", the town the subject of the reported clause
    text = ("Conseil municipal des enfants\n\n2. Intervention sur le contrat local de santé\nLa coordinatrice a rappelé "
            "que Saint-Sébastien-sur-Loire a signé son premier contrat local de santé le mardi 2 juin 2026, avec l'ARS "
            "Pays de la Loire.")
    (contract,) = _contracts(text)
    assert contract.territory.insee == "44190"
    assert ("commune", "Ville de Saint-Sébastien-sur-Loire") in _parties(contract)


def test_a_period_in_two_easy_to_read_sentences():
    # a page in "facile à lire et à comprendre": one short sentence a fact
    text = ("Le contrat local de santé de Chemillé-en-Anjou\n\nLa commune a signé le contrat local de santé.\n"
            "Le contrat dure 5 ans.\nIl commence en 2026.\nIl finit en 2030.")
    (contract,) = _contracts(text, published="2026-05-04")
    assert (contract.period_start, contract.period_end) == (2026, 2030)


def test_works_that_start_and_end_are_no_contract_period():
    # the guard: the subject of the two sentences is no contract
    text = ("Le contrat local de santé de Chemillé-en-Anjou a été signé mardi avec l'ARS Pays de la Loire.\n"
            "La maison de santé ouvre ses portes. Les travaux commencent en 2026 et finissent en 2028.")
    (contract,) = _contracts(text, published="2026-05-04")
    assert (contract.period_start, contract.period_end) == (None, None)


def test_the_hospitals_of_two_towns_under_one_plural_head_are_two_parties():
    text = ("Le contrat local de santé du Pays Voironnais a été signé le 3 mars 2026 par l'ARS Auvergne-Rhône-Alpes, la "
            "communauté d'agglomération et les centres hospitaliers de Rives et Tullins.")
    names = {n for _, n in _parties(_contracts(text)[0])}
    assert {"Centre hospitalier de Rives", "Centre hospitalier de Tullins"} <= names


def test_the_first_words_of_an_item_cut_by_the_page_are_no_axis():
    # an excerpt cut in the middle of the last item: "Axe 2 : développer une"
    text = ("Le contrat local de santé de la Plaine orientale a été signé le 4 mars 2026 avec l'ARS de Corse.\n\n"
            "Il se décline en quatre axes\n\nAxe 1 : développer un projet en santé mentale en direction des jeunes\n\n"
            "Axe 2 : développer une")
    assert _contracts(text)[0].axes == ["développer un projet en santé mentale en direction des jeunes"]


def test_an_intercommunality_whose_official_name_ends_with_a_lower_case_adjective_is_read_whole():
    # "l'Agglo du Gard rhodanien": the adjective written in lower case ends the name the gazetteer knows
    text = "ARS et Agglo du Gard rhodanien ont signé le nouveau contrat local de santé mercredi à Bagnols-sur-Cèze."
    (contract,) = _contracts(text, published="2019-06-08")
    assert contract.territory.insee == "200034692"


def test_the_town_that_has_signed_after_an_adverb_is_a_party():
    text = ("Saint-Aubin-sur-Mer se dote d'un contrat local de santé\n\nCe mercredi, en mairie, la commune a donc signé "
            "son premier contrat local de santé avec l'Agence régionale de santé Normandie.")
    (contract,) = _contracts(text, published="2026-12-03")
    assert "commune" in {t for t, _ in _parties(contract)}


def test_a_feature_in_chapters_headed_by_towns_holds_one_contract_per_town():
    # a magazine's long read: "I. <town>, <chapter title>"; a metropolis named by its adjective only places the towns;
    # a town that chose to do without has none
    text = ("Santé : trois communes, trois chemins\n\nGrand format. Entre la métropole orléanaise et la Sologne, trois "
            "communes ont fait des choix opposés.\n\nI. Fleury-les-Aubrais, le premier pas\n\nLe 21 octobre dernier, la "
            "commune a signé son premier contrat local de santé avec l'ARS Centre-Val de Loire.\n\n"
            "II. Pithiviers, la troisième génération\n\nLe troisième contrat local de santé a été signé le 14 mars 2025 par "
            "la ville, l'ARS et la communauté de communes du Pithiverais.\n\nIII. Lamotte-Beuvron, le choix de s'en passer"
            "\n\n« Un contrat local de santé ? Nous n'avons pas souhaité nous engager », dit le maire.")
    names = sorted(c.territory.name for c in _contracts(text, published="2026-11-24"))
    assert names == ["Fleury-les-Aubrais", "Pithiviers"]


def test_a_labelled_numeric_publication_date_of_a_cms_block_dates_the_page(tmp_path):
    # Joomla's "<dd class="published">Publié le 01/12/2026</dd>" beside the article: the signing "le 15 décembre" is ahead
    menu = "".join(f"<li><a href='/rubrique-{k}'>Rubrique numéro {k} du site intercommunal</a></li>" for k in range(30))
    html = ("<html><head><title>Contrat local de santé : signature le 15 décembre</title></head><body>"
            f"<header><nav><ul>{menu}</ul></nav></header><main class='item-page'>"
            "<div class='page-header'><h1>Contrat local de santé : signature le 15 décembre</h1></div>"
            "<dl class='article-info'><dd class='category-name'>Catégorie : Santé</dd>"
            "<dd class='published'>Publié le 01/12/2026</dd></dl><div itemprop='articleBody'>"
            "<p>Le premier contrat local de santé de la communauté de communes Cœur de Maurienne Arvan sera signé le mardi "
            "15 décembre 2026 à 18h00, avec l'ARS Auvergne-Rhône-Alpes.</p>"
            "<p>Le contrat couvrira les années 2027 à 2031 et sera signé par la communauté de communes, l'ARS, la CPAM de la "
            "Savoie et la MSA Alpes du Nord ; le centre hospitalier, partenaire de plusieurs actions, ne sera pas "
            "signataire.</p><p>« Entre les stations et les villages, nos habitants n'ont pas les mêmes besoins », "
            "souligne le président de la communauté de communes.</p></div></main>"
            "<footer><p>Communauté de communes – 73130 Saint-Avre – Mentions légales</p></footer></body></html>")
    out = _run_one(tmp_path, "p.html", html)
    assert out["publication_date"] == "2026-12-01"
    assert [(c["status"], c["signing_date"]) for c in out["contracts"]] == [("announced", "2026-12-15")]


def test_a_numbered_section_of_another_plan_gives_the_contract_neither_its_date_nor_its_axes():
    # an elected officials' guide: one numbered section per contract of the intercommunality
    text = ("GUIDE DE L'ÉLU COMMUNAUTAIRE\n\nLes contrats de la communauté de communes du Grand Autunois Morvan\n\n"
            "6.2 – Convention territoriale globale (CTG)\nSignée le mardi 2 juillet 2024 avec la CAF de Saône-et-Loire pour "
            "2024-2027. Quatre axes : petite enfance, jeunesse, parentalité, accès aux droits.\n\n"
            "6.4 – Contrat local de santé (CLS)\nLe contrat local de santé a été signé le jeudi 12 juin 2025 à Autun par la "
            "communauté de communes et l'ARS Bourgogne-Franche-Comté. Ses quatre axes stratégiques :\n"
            "  Axe 1 – Garantir une offre de soins de premier recours\n  Axe 2 – Promouvoir l'activité physique\n"
            "  Axe 3 – Accompagner le vieillissement\n  Axe 4 – Faire vivre le réseau des acteurs de santé\n")
    (contract,) = _contracts(text)
    assert contract.signing_date == "2025-06-12"
    assert contract.axes[0] == "Garantir une offre de soins de premier recours" and len(contract.axes) == 4


def test_a_digests_numbered_items_headed_by_towns_open_no_contracts():
    # the guard: only the item that speaks of the CLS has one
    text = ("La lettre de la semaine\n\n1. Haguenau, un deuxième contrat local de santé\nLa communauté d'agglomération "
            "de Haguenau a signé mercredi 23 septembre 2026 son deuxième contrat local de santé avec l'ARS Grand Est.\n\n"
            "2. Brumath, la fête d'automne\nLe marché d'automne aura lieu le 4 octobre sur la place.\n\n"
            "3. Bischwiller : la piscine rouvrira le 5 octobre\nLes travaux de la toiture sont achevés.\n")
    assert [c.territory.type for c in _contracts(text, published="2026-09-25")] == ["epci"]
