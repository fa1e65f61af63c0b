"""Page shapes met in the twenty-ninth session (the first contacts of round 28), end to end: each test states the
class of page it stands for, never one document, and uses places of its own."""

from __future__ import annotations

import json

import pipeline


def _record(text: str, **kw):
    return pipeline.extract(text, **kw)


def _one(text: str, **kw):
    (contract,) = _record(text, **kw).contracts
    return contract


def _amounts(contract) -> list[float]:
    return sorted(f.amount_eur for f in contract.funding)


def test_a_town_in_capitals_over_its_headline_is_the_town_of_la_ville():
    # a local daily's page: its rubric names a wider area, the town stands in capitals over the headline
    text = ("HAUT-BÉARN / VALLÉE D'ASPE — VIE LOCALE\nMardi 17 novembre 2026\n\nOLORON-SAINTE-MARIE\n"
            "Le salon des associations a accueilli la signature du contrat local de santé\n\n"
            "Samedi matin, la ville a signé son deuxième contrat local de santé avec l'ARS Nouvelle-Aquitaine et la "
            "sous-préfecture d'Oloron-Sainte-Marie, pour les années 2027 à 2031.")
    assert _one(text, published="2026-11-17").territory.name == "Oloron-Sainte-Marie"


def test_a_month_in_capitals_over_a_paragraph_is_no_kicker():
    # a year's review in months: "MAI" / "Le 22, …" (a month that is also a commune's name is no town of the page)
    text = ("2026 dans le rétro : douze mois à Lodève\n\nMARS\nLe 12, la Ville de Lodève ouvre le marché de printemps. "
            "Les exposants sont venus nombreux.\n\nAVRIL\nLe 9, la Ville renouvelle son contrat local de santé avec l'ARS "
            "Occitanie, pour les années 2026 à 2030. Le 20, ouverture du nouveau centre de loisirs.")
    assert _one(text, published="2026-12-30").territory.name == "Lodève"


def test_a_kicker_over_its_date_line_then_headline_names_the_town():
    text = ("MAINE-ET-LOIRE\nBeaupréau-en-Mauges\nPublié le 02/10/2026 à 07h00\n\n"
            "Santé : la ville signe son deuxième contrat local\n\nVendredi dernier, à la mairie, la signature du deuxième "
            "contrat local de santé de la commune. Mauges Communauté y est associée sans le signer.")
    assert _one(text, published="2026-10-02").territory.name == "Beaupréau-en-Mauges"


def test_a_breadcrumb_that_opens_on_the_town_names_the_publisher():
    text = ("Ville de Chauvigny > Vie municipale > Vos élus > Bilans de délégation\n\n"
            "Bilan 2026 de la délégation Santé\nPublié le jeudi 3 décembre 2026\n\n"
            "Ce premier contrat local de santé de la commune sera porté par la Ville et l'ARS Nouvelle-Aquitaine ; la "
            "signature est prévue au premier trimestre 2027.")
    contract = _one(text)
    assert contract.territory.name == "Chauvigny"
    assert contract.status == "in_preparation"


def test_a_page_that_sets_its_tool_apart_from_any_cls_is_about_no_cls():
    text = ("Évaluation d'impact sur la santé du centre ancien\n\nUne convention a été signée mardi 24 mars en mairie "
            "entre la Ville de Saint-Gély-du-Fesc, l'ARS Occitanie et l'IREPS, qui conduira l'étude.\n\n"
            "Quelle différence avec un contrat local de santé ?\n\nUn contrat local de santé est un programme "
            "d'actions pluriannuel signé entre une collectivité et l'ARS. L'EIS ne concerne qu'un seul projet.")
    record = _record(text, published="2026-03-26")
    assert not record.is_cls and not record.contracts


def test_the_same_sum_and_the_other_half_are_a_second_funders_entry():
    same = ("La commune de Vertou a signé le 3 mars 2026 son premier contrat local de santé avec l'ARS Pays de la Loire. "
            "La coordination est financée à parts égales : la commune y consacre 16 000 € par an et l'ARS Pays de la "
            "Loire apporte la même somme.")
    rest = ("La commune de Mérignac a signé le 3 mars 2026 son deuxième contrat local de santé avec l'ARS "
            "Nouvelle-Aquitaine. Le salaire de la coordinatrice est pris en charge pour moitié par l'ARS, soit 23 000 € "
            "par an, l'autre moitié restant à la charge de la commune.")
    named = ("La commune de Saint-Grégoire a signé le 3 mars 2026 son premier contrat local de santé avec l'ARS "
             "Bretagne. L'ARS Bretagne finance la moitié de ce poste, soit 26 500 € par an ; Rennes Métropole prend en "
             "charge l'autre moitié.")
    assert _amounts(_one(same, published="2026-03-05")) == [16000, 16000]
    assert _amounts(_one(rest, published="2026-03-05")) == [23000, 23000]
    assert _amounts(_one(named, published="2026-03-05")) == [26500, 26500]


def test_the_other_half_given_its_own_amount_is_not_counted_twice():
    text = ("La commune de Rezé a signé le 3 mars 2026 son premier contrat local de santé avec l'ARS Pays de la Loire. "
            "L'ARS finance la moitié du poste de coordination, soit 24 000 € par an ; la Ville prend en charge l'autre "
            "moitié (24 000 € par an).")
    assert _amounts(_one(text, published="2026-03-05")) == [24000, 24000]


def test_a_round_up_whose_paragraphs_open_on_their_towns_has_a_contract_each():
    text = ("Santé : deux contrats signés, un troisième en chantier\n\nL'automne a été riche en signatures dans le département.\n\n"
            "À Riedisheim, le maire a signé, le lundi 9 novembre 2026, le premier contrat local de santé de la commune, "
            "avec l'ARS Grand Est et la préfecture du Haut-Rhin.\n\n"
            "À Illzach, c'est un deuxième contrat qui a été paraphé le vendredi 30 octobre 2026 par la commune, l'ARS "
            "Grand Est et la CPAM du Haut-Rhin. Il couvrira les années 2027 à 2031.\n\n"
            "Enfin, Wittelsheim prépare le sien : le diagnostic est en cours, et la signature est visée pour le printemps "
            "2027.")
    contracts = {c.territory.name: c for c in _record(text, published="2026-11-20").contracts}
    assert set(contracts) == {"Riedisheim", "Illzach", "Wittelsheim"}
    assert contracts["Illzach"].status == "renewed" and contracts["Wittelsheim"].status == "in_preparation"
    assert contracts["Riedisheim"].signing_date == "2026-11-09"
    assert contracts["Illzach"].signing_date == "2026-10-30"


def test_a_register_of_dated_acts_gives_no_axes_but_its_rows_inline_list():
    text = ("Affichage légal dématérialisé\n\nAffiché le | Type | Objet | Document\n"
            "02/11/2026 | Arrêté | Arrêté portant réglementation de la circulation rue Haute | PDF – 184 Ko\n"
            "21/10/2026 | Contrat et convention | Contrat local de santé de Frouard 2026-2030 (renouvellement) – document "
            "signé le 16 octobre 2026 par la Ville, l'ARS Grand Est et la CPAM de Meurthe-et-Moselle. Axes : 1. Accès aux "
            "soins de proximité – 2. Santé mentale – 3. Santé des jeunes – 4. Santé-environnement | PDF – 2,4 Mo\n"
            "05/10/2026 | Délibération | Délibération n°2026-071 – Tarifs des services périscolaires | PDF – 120 Ko\n"
            "05/10/2026 | Délibération | Délibération n°2026-066 – Subvention au club de football | PDF – 79 Ko\n")
    contract = _one(text, published="2026-11-03")
    assert contract.axes == ["Accès aux soins de proximité", "Santé mentale", "Santé des jeunes", "Santé-environnement"]
    assert contract.signing_date == "2026-10-16"


def test_a_page_drawn_by_its_script_is_read_from_its_json_state():
    state = {"props": {"pageProps": {"article": {
        "title": "Gardanne signe son deuxième contrat local de santé",
        "body": [
            {"type": "paragraph", "children": [
                {"text": "Lundi 12 octobre 2026, la commune de Gardanne a signé son deuxième contrat local de santé "},
                {"text": "avec l'ARS Provence-Alpes-Côte d'Azur et la CPAM des Bouches-du-Rhône."}]},
            {"type": "heading", "children": [{"text": "Quatre priorités"}]},
            {"type": "list", "items": [[{"text": "Faciliter l'installation de médecins"}],
                                       [{"text": "Prévenir la perte d'autonomie"}],
                                       [{"text": "Promouvoir l'activité physique des enfants"}],
                                       [{"text": "Réduire l'exposition au bruit"}]]}]}}}}
    page = ("<html><head><title>Actualité | Ville de Gardanne</title></head><body><header>Accueil Mairie</header>"
            "<main><p>Chargement…</p><p>Pour afficher cette page, veuillez activer JavaScript.</p></main>"
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            "</body></html>")
    contract = _one(page, html=True, published="2026-10-13")
    assert contract.territory.name == "Gardanne"
    assert contract.signing_date == "2026-10-12"
    assert len(contract.axes) == 4


def test_captions_without_voice_tags_run_on_as_one_speech():
    cues = ["Bienvenue à Wattrelos.", "Ce mardi 10 novembre 2026,\nà l'hôtel de ville,", "la commune a signé\nson tout premier",
            "contrat local de santé.", "MARC LEBLANC\nMaire de Wattrelos",
            "Autour de la table, il y a l'Agence régionale de santé,", "la CPAM de Roubaix-Tourcoing",
            "et le centre hospitalier de Roubaix.", "Tous les quatre,\non a signé."]
    srt = "\n\n".join(f"{k}\n00:00:{2 * k:02d},000 --> 00:00:{2 * k + 1:02d},900\n{c}" for k, c in enumerate(cues, 1))
    contract = _one(srt, published="2026-11-11")
    assert contract.signing_date == "2026-11-10"
    assert {"ARS Hauts-de-France", "CPAM de Roubaix-Tourcoing"} <= {s.name for s in contract.signatories}


def test_priorities_told_one_by_one_after_their_ordinal_and_a_colon():
    text = ("La commune de Gien a signé le 4 décembre 2026 son deuxième contrat local de santé avec l'ARS Centre-Val de "
            "Loire.\n\nTrois priorités\n\nLes partenaires se sont accordés sur trois priorités. La première : maintenir une "
            "offre de soins de premier recours, alors que deux médecins partiront. La deuxième : développer la prévention "
            "auprès des adolescents, avec un accent sur le sommeil. La troisième : aller vers les personnes âgées isolées."
            "\n\nEn chiffres\n- 14 800 habitants\n- 9 médecins généralistes\n- 1 maison de santé")
    assert _one(text, published="2026-12-05").axes == [
        "maintenir une offre de soins de premier recours", "développer la prévention auprès des adolescents",
        "aller vers les personnes âgées isolées"]


def test_a_partner_that_will_sign_only_later_is_no_signatory():
    text = ("Fresnes signe son troisième contrat local de santé, le Département suivra\n\nMardi 24 novembre 2026, la "
            "maire a signé le troisième contrat local de santé (CLS) de la commune avec le directeur de la délégation "
            "départementale de l'Agence régionale de santé Île-de-France et la directrice de la CPAM du Val-de-Marne."
            "\n\nUn quatrième partenaire manquait à l'appel. Le Département du Val-de-Marne, qui a participé à toute la "
            "préparation du contrat, ne le signera que dans un second temps, après le vote de sa commission permanente.")
    assert "departement" not in {s.org_type for s in _one(text, published="2026-11-25").signatories}


def test_the_payer_of_the_other_half_named_in_the_next_sentence():
    text = ("La communauté de communes du Pays d'Issoudun a signé le 3 mars 2026 son premier contrat local de santé avec "
            "l'ARS Centre-Val de Loire.\n\nL'ARS Centre-Val de Loire mobilise 19 000 euros en 2026 pour financer la "
            "coordination du contrat. La communauté de communes prend en charge l'autre moitié du poste de coordinateur, "
            "qui sera recruté à l'été.")
    assert _amounts(_one(text, published="2026-03-05")) == [19000, 19000]


def test_a_relative_clause_between_commas_does_not_disown_the_list():
    text = ("À Kingersheim, le maire a signé, le lundi 9 novembre 2026, le premier contrat local de santé de la commune, "
            "avec l'ARS Grand Est. Le contrat, qui vient en complément des actions menées par l'agglomération, retient "
            "trois priorités : la santé des enfants, la prévention des chutes chez les seniors et l'accès aux soins.")
    assert _one(text, published="2026-11-20").axes == [
        "la santé des enfants", "la prévention des chutes chez les seniors", "l'accès aux soins"]


def test_halves_named_one_by_one_then_each_amount():
    text = ("Ce mardi 10 novembre 2026, la commune de Wizernes a signé son premier contrat local de santé avec l'ARS "
            "Hauts-de-France. Le poste de la coordinatrice est financé moitié par l'ARS, moitié par la ville, soit "
            "21 000 euros chacun par an.")
    assert _amounts(_one(text, published="2026-11-11")) == [21000, 21000]


def test_a_headline_kicker_town_whose_line_names_the_cls_is_the_commune_of_the_page():
    text = ("Pagny-sur-Moselle : le contrat local de santé sera signé la semaine prochaine\n\nPublié le 03/12/2026 à 06:15"
            "\n\nAprès dix-huit mois de préparation, la commune s'apprête à signer son premier contrat local de santé. La "
            "cérémonie aura lieu le vendredi 11 décembre à 18 h. Le document engagera la commune, l'ARS Grand Est et la "
            "communauté de communes du Bassin de Pont-à-Mousson, qui a souhaité s'associer à la signature.")
    assert _one(text, published="2026-12-03").territory.name == "Pagny-sur-Moselle"


def test_a_round_up_in_sections_headed_by_each_place_and_its_departement():
    text = ("Commission de coordination des politiques publiques de santé – relevé de décisions\n\n"
            "Point 3 – Contrats locaux de santé : point d'étape\nTrois dossiers sont présentés à la commission.\n\n"
            "3.a Communauté de communes Haut-Jura Saint-Claude (Jura)\nPremier CLS de ce territoire, signé le vendredi "
            "6 novembre 2026 par la communauté de communes, l'ARS et la sous-préfecture de Saint-Claude, pour 2026-2030. "
            "La communauté d'agglomération voisine, partenaire des actions, n'est pas signataire.\n\n"
            "3.b Imphy (Nièvre)\nDeuxième contrat local de santé de la commune, signé le 22 septembre 2026 pour 2026-2030 par la Ville, "
            "l'ARS et la CPAM de la Nièvre.\n\n"
            "3.c Audincourt (Doubs)\nDémarche d'élaboration engagée ; la signature est envisagée au premier semestre 2027."
            "\n\n3.d Pontarlier (Doubs)\nLa ville n'est couverte par aucun contrat local de santé.")
    contracts = {c.territory.name: c.status for c in _record(text, published="2026-12-02").contracts}
    assert contracts == {"Communauté de communes Haut-Jura Saint-Claude": "signed", "Imphy": "renewed",
                         "Audincourt": "in_preparation"}


def test_a_social_feeds_thread_is_read_whole_and_its_numbers_are_no_bullets():
    def post(day: str, body: str) -> str:
        return (f'<article class="status"><header><time>{day}</time> Ville de Meschers-sur-Gironde</header>'
                f"<p>{body}</p><footer>Répondre 2 · Partager 6 · Favori 19</footer></article>")

    posts = [
        post("23 nov.", "🎄 Les illuminations de Noël seront allumées vendredi 4 décembre à 18 h, place du marché."),
        post("20 nov.", "🚧 Boulevard de la plage : reprise des enrobés du lundi 23 au mercredi 25 novembre."),
        post("19 nov.", "C'est signé ! Ce soir, en salle du conseil, la commune s'est dotée de son tout premier contrat "
                        "local de santé. Un fil pour tout comprendre 🧵 1/3"),
        post("19 nov.", "2/3 Qui s'engage ? La Ville, l'ARS Nouvelle-Aquitaine et la CPAM de la Charente-Maritime ont "
                        "signé le contrat. Il court de 2026 à 2030."),
        post("19 nov.", "3/3 Quatre priorités, issues du diagnostic mené l'hiver dernier :<br>👉 Trouver un médecin "
                        "traitant pour chacun<br>👉 Bien vieillir à domicile<br>👉 Prévenir les noyades<br>"
                        "👉 Accompagner la santé mentale des jeunes"),
    ]
    page = ("<html><head><title>Ville de Meschers-sur-Gironde (@meschers@piaille.fr)</title></head><body><main>"
            f"<div class='timeline'>{''.join(posts)}</div></main></body></html>")
    contract = _one(page, html=True, published="2026-11-24")
    assert "CPAM de la Charente-Maritime" in {s.name for s in contract.signatories}
    assert len(contract.axes) == 4


def test_a_demonym_of_an_overseas_town_names_no_place_on_a_page_of_another_region():
    # "Marinois" is Le Marin's in the data (Martinique), and Margny-lès-Compiègne's too (Oise)
    text = ("Notre bilan de mandat\n\n- ✔ Mutuelle communale ouverte à tous les Marinois depuis 2022\n"
            "- ✔ Premier contrat local de santé, signé le 27 juin 2024 par la Ville de Margny-lès-Compiègne, l'ARS "
            "Hauts-de-France et la Préfecture de l'Oise, pour la période 2024-2028.")
    assert _one(text, published="2026-02-01").territory.name == "Margny-lès-Compiègne"
