"""Page shapes met on first contact in the eighteenth session (own-written batches ed–ek), end to end: each test
states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def _contracts(text: str, **kw) -> list[tuple[str, str, str | None]]:
    rec = pipeline.extract(text, **kw)
    return [(c.territory.name, c.status, c.signing_date) for c in rec.contracts]


def test_a_press_release_s_about_boxes_open_no_contract():
    text = ("La communauté de communes de Freyming-Merlebach signe son premier contrat local de santé\n\n"
            "Freyming-Merlebach, le 3 juin 2026 – Mardi 2 juin, le président de la communauté de communes de "
            "Freyming-Merlebach a signé le premier contrat local de santé du territoire avec l'ARS Grand Est.\n\n"
            "À propos de la Mutualité Française Grand Est\n\n"
            "La Mutualité est partenaire de dix-sept contrats locaux de santé et signataire de celui de l'Eurométropole "
            "de Strasbourg.\n\nContacts presse\ncommunication@cc-freyming-merlebach.fr\n")
    # neither the Eurométropole of the boilerplate nor the town whose name is only the community's (dateline, e-mail)
    assert [name for name, _, _ in _contracts(text)] == ["Communauté de communes de Freyming-Merlebach"]


def test_a_town_s_contract_named_in_a_table_cell():
    text = ("Les CPTS et les contrats locaux de santé de l'Essonne\n\n"
            "CPTS | Communes couvertes | Contrat local de santé sur le territoire\n"
            "CPTS Ris-Orangis | Ris-Orangis, Bondoufle | Ville de Ris-Orangis : 3e contrat signé le 12/05/2026\n"
            "CPTS Massy – Verrières | Massy, Wissous | Ville de Massy : 1er contrat, signé en mars 2025\n")
    assert {name for name, _, _ in _contracts(text, published="2026-06-05")} == {"Ris-Orangis", "Massy"}


def test_numbered_rows_of_a_funding_annex_and_a_power_to_sign():
    text = ("Décision portant attribution de crédits du fonds d'intervention régional\n\n"
            "Vu la décision portant délégation de signature de la directrice générale de l'Agence régionale de santé "
            "Bourgogne-Franche-Comté ;\n\nANNEXE\n\nN° | Bénéficiaire | Dépt | Objet de l'action | Montant 2026\n"
            "1 | Communauté de communes du Val d'Amour | 39 | Coordination du contrat local de santé de 2e génération | 32 000 €\n"
            "2 | Communauté de communes Rives de Saône | 21 | Élaboration du premier CLS : diagnostic local | 18 500 €\n")
    names = {name for name, _, _ in _contracts(text, published="2026-04-10")}
    assert names == {"Communauté de communes du Val d'Amour", "Communauté de communes Rives de Saône"}


def test_an_intercommunality_s_home_page_named_only_by_its_site():
    html = ("<html><head><title>Accueil | Arc Sud Bretagne</title>"
            "<meta property='og:site_name' content='Arc Sud Bretagne'></head><body><main>"
            "<h2>Notre premier contrat local de santé est signé !</h2>"
            "<p>Le 2 octobre, nous avons signé avec nos partenaires le premier contrat local de santé de notre territoire, "
            "pour 2026-2030.</p><h3>Qui a signé ?</h3><p>La communauté de communes, l'Agence régionale de santé "
            "Bretagne et la préfecture du Morbihan.</p></main></body></html>")
    rec = pipeline.extract(html, html=True)
    assert [c.territory.name for c in rec.contracts] == ["Communauté de communes Arc Sud Bretagne"]
    assert [s.name for s in rec.contracts[0].signatories if s.org_type == "epci"] == [
        "Communauté de communes Arc Sud Bretagne"]


def test_a_contract_named_only_as_a_job_is_no_page_about_it():
    text = ("CARNET\n\n• Maëlle Jouan, coordinatrice du contrat local de santé de la communauté de communes du Pays de "
            "Blain depuis 2022, rejoint la délégation départementale de l'ARS en qualité de chargée de mission.\n"
            "• Sébastien Tessier prend la direction de la CPAM de la Mayenne au 1er janvier.")
    assert not pipeline.extract(text).is_cls
    offer = ("La communauté de communes du Pays de Blain recrute un coordinateur du contrat local de santé (H/F).\n"
             "Missions : animer le contrat, suivre les fiches-actions.")
    assert pipeline.extract(offer).is_cls


def test_a_report_s_items_one_signed_one_put_off():
    text = ("Contrats locaux de santé : la commune de Mamoudzou dispose depuis le jeudi 11 décembre dernier d'un nouveau "
            "contrat local de santé pour la période 2026-2030, signé par le maire de Mamoudzou, le préfet et le directeur "
            "général de l'ARS. À Acoua, la signature du contrat local de santé entre la commune, l'ARS et la préfecture, "
            "prévue le mardi 20 janvier, est reportée : une nouvelle date sera fixée après la crise.")
    got = {name: (st, day) for name, st, day in _contracts(text, published="2026-01-16")}
    assert got["Acoua"] == ("in_preparation", None)
    assert got["Mamoudzou"][0] == "signed"


def test_the_town_that_signs_is_the_one_its_demonym_names():
    text = ("Mardi, à l'hôtel de ville, la Ville a signé son troisième contrat local de santé avec le préfet de la Loire "
            "et l'Agence régionale de santé. Saint-Étienne Métropole a suivi les travaux.\n"
            "Nous sommes allés demander aux Stéphanois ce qu'ils en attendent.")
    assert [name for name, _, _ in _contracts(text, published="2026-11-21")] == ["Saint-Étienne"]


def test_a_body_that_takes_no_part_is_not_the_territory():
    text = ("Roubaix | Santé\n\nMercredi, le maire a paraphé le deuxième contrat local de santé de la commune avec l'ARS "
            "Hauts-de-France et la CPAM de Roubaix-Tourcoing.\nLa Métropole européenne de Lille avait envoyé son "
            "vice-président : il a assisté à la cérémonie sans être partie au contrat.\n"
            "Le diabète touche près d'un Roubaisien sur dix.")
    assert [name for name, _, _ in _contracts(text, published="2025-11-20")] == ["Roubaix"]


def test_a_town_s_magazine_and_its_signing_ville():
    text = ("ROMILLY INFOS\nLe magazine municipal de Romilly-sur-Seine\n\nUn contrat pour cinq ans\n"
            "Le 4 décembre dernier, la Ville a signé son premier contrat local de santé avec l'Agence régionale de santé "
            "Grand Est. La Communauté de communes des Portes de Romilly-sur-Seine est associée au contrat, sans en être "
            "signataire.")
    assert [name for name, _, _ in _contracts(text, published="2026-01-05")] == ["Romilly-sur-Seine"]


def test_a_renewal_dated_by_its_reconduction():
    text = ("Vendredi 16 janvier, à la Maison intercommunale, le contrat local de santé du Val d'Ille-Aubigné a été "
            "reconduit pour la période 2026-2030. La présidente de la communauté de communes et l'ARS Bretagne ont signé "
            "le document.")
    assert [(st, day) for _, st, day in _contracts(text, published="2026-01-22")] == [("renewed", "2026-01-16")]


def test_a_sentence_said_of_both_contracts_belongs_to_both():
    text = ("Maubeuge et Fourmies signent chacune leur contrat local de santé\n\n"
            "Jeudi 15 janvier, à la sous-préfecture, Maubeugeois et Fourmisiens avaient rendez-vous pour signer chacun leur "
            "contrat local de santé.\n\nLes partenaires communs ont paraphé les deux documents : la sous-préfète au nom de "
            "l'État et l'ARS Hauts-de-France.\n\nÀ Maubeuge, c'est le troisième contrat.\n\n"
            "À Fourmies, le premier contrat local de santé de la commune a été signé par la maire.")
    got = {c.territory.name: c for c in pipeline.extract(text, published="2026-01-17").contracts}
    assert got["Fourmies"].signing_date == "2026-01-15"
    assert {"prefecture", "sous_prefecture"} & {s.org_type for s in got["Fourmies"].signatories}  # the State's party
