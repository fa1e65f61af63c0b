"""Page shapes met in the twentieth session (unworked errors of fl–fm, first contacts fn–…), end to end: each test
states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline
from pipeline.extract.orgs import find_orgs


def _territories(text: str, **kw) -> list[str]:
    return [c.territory.name for c in pipeline.extract(text, **kw).contracts]


def test_an_amount_after_a_body_is_no_departement_number():
    # "l'ARS de 35 000 €": the first digits of an amount, not the ARS of the Ille-et-Vilaine ("CPAM 35")
    assert [o.name for o in find_orgs("une participation de l'ARS de 35 000 € par an au poste")] == ["ARS"]
    assert [o.name for o in find_orgs("une aide de la CAF de 12,5 % du coût")] == ["CAF"]
    assert [o.name for o in find_orgs("la CPAM 35 et la MSA signent")] == ["CPAM 35", "MSA"]


def test_the_predecessor_a_new_contract_takes_over_from_opens_no_contract():
    # "il prend la suite du contrat local de santé de la Ville de X (2017-2022)": the town's old contract is history
    text = ("Conseil communautaire du 12 mai 2025\n\n4. Contrat local de santé intercommunal 2025-2029\n"
            "Mme Caron rappelle que le contrat local de santé du Pays de Saint-Omer a été signé le 2 mai dernier. Il a été "
            "signé par la Communauté d'agglomération du Pays de Saint-Omer, l'ARS Hauts-de-France et la préfecture du "
            "Pas-de-Calais. C'est le premier contrat porté à l'échelle de l'agglomération : il prend la suite du contrat local "
            "de santé de la Ville de Saint-Omer (2017-2022), qui ne couvrait que la ville-centre. La Ville de Saint-Omer ne "
            "signe plus en son nom propre.\n")
    assert _territories(text, published="2025-05-15") == ["Communauté d'agglomération du Pays de Saint-Omer"]


def test_a_round_up_whose_headings_name_a_member_town():
    # each section headed by a town of the intercommunality it tells of ("À Bar-sur-Seine, c'est signé"); the third
    # section names no contract, only its diagnostic and the signing hoped for
    text = ("Côte des Bar : trois intercommunalités, trois calendriers\n\n"
            "Trois communautés de communes de l'Aube avancent chacune à leur rythme sur la santé. Tour d'horizon.\n\n"
            "À Bar-sur-Seine, c'est signé\n"
            "Lundi 2 juin, la communauté de communes du Barséquanais en Champagne a signé son premier contrat local de "
            "santé avec l'ARS Grand Est. Le contrat court jusqu'en 2029.\n\n"
            "À Bar-sur-Aube, on renouvelle\n"
            "La communauté de communes de la Région de Bar-sur-Aube a renouvelé en mars son contrat, pour 2025-2029.\n\n"
            "À Vendeuvre-sur-Barse, on prépare\n"
            "Du côté de la communauté de communes de Vendeuvre-Soulaines, le diagnostic vient d'être présenté aux élus. "
            "La signature est espérée à l'automne.\n\n"
            "Les plus lus\n- Troyes : un nouveau parking\n")
    rec = pipeline.extract(text, published="2025-06-05")
    assert [c.territory.name for c in rec.contracts] == [
        "Communauté de communes du Barséquanais en Champagne", "Communauté de communes de la Région de Bar sur Aube",
        "Communauté de communes de Vendeuvre-Soulaines"]
    assert [c.status for c in rec.contracts] == ["signed", "renewed", "in_preparation"]


def test_the_state_signing_through_two_sous_prefets_is_no_third_party():
    # "les représentants de l'État" then the two sous-préfets who sign for it: the State is those, not one more party
    text = ("Le Val de Fensch se dote de son premier contrat local de santé\n\n"
            "Jeudi, les élus de la communauté d'agglomération du Val de Fensch et les représentants de l'État ont signé "
            "le premier contrat local de santé du territoire. Ont aussi signé la directrice de l'ARS Grand Est, le "
            "sous-préfet de Thionville et la sous-préfète de Briey.\n")
    (contract,) = pipeline.extract(text, published="2026-02-14").contracts
    names = [s.name for s in contract.signatories]
    assert "Sous-préfecture de Thionville" in names and "Sous-préfecture de Briey" in names
    assert not any(s.org_type == "prefecture" for s in contract.signatories)


def test_a_town_site_header_and_the_contract_of_la_ville_in_council_minutes():
    # "X – Site de la Ville" over minutes whose item speaks of "le contrat local de santé de la ville" and authorises
    # the mayor to sign it; the métropole named in another item is no territory of it
    text = ("Fleury-les-Aubrais – Site de la Ville\nAccueil > Conseil municipal > Comptes rendus\n\n"
            "Compte rendu sommaire du conseil municipal du lundi 9 novembre 2026\n\n"
            "3. Contrat local de santé 2027-2031\n"
            "Le premier contrat local de santé de la ville est arrivé à son terme. Le conseil approuve le second contrat "
            "et autorise le maire à le signer avec l'ARS Centre-Val de Loire.\n\n"
            "4. Convention avec Orléans Métropole – voirie\nLe conseil approuve la convention.\n")
    assert _territories(text, published="2026-11-12") == ["Fleury-les-Aubrais"]


def test_an_intercommunality_named_alone_on_the_first_line_is_the_publisher():
    # council minutes under the community's name: its "la Communauté de communes" is that community, not the town
    # whose town hall hosts the signing
    text = ("COMMUNAUTÉ DE COMMUNES DE LA PLAINE DIJONNAISE\n"
            "Compte rendu du conseil communautaire du 3 novembre 2026\n\n"
            "4. Santé – Approbation du contrat local de santé\n"
            "Engagée depuis 2025 dans l'élaboration de son premier contrat local de santé, la Communauté de communes a "
            "conduit un diagnostic avec l'ARS Bourgogne-Franche-Comté. Le contrat sera signé par la Communauté de "
            "communes et l'ARS. La signature est fixée au vendredi 11 décembre 2026, à la mairie de Genlis.\n")
    assert _territories(text, published="2026-11-10") == ["Communauté de communes de la Plaine Dijonnaise"]


def test_a_demonym_that_says_where_the_territory_lies_is_no_territory():
    # "au sud de l'agglomération toulousaine": the community's place, not Toulouse's contract
    text = ("Offre d'emploi : coordinateur du contrat local de santé (H/F)\n\nEmployeur : Communauté de communes du "
            "Savès\n\nContexte\nLa Communauté de communes du Savès, aux portes de l'agglomération toulousaine, a signé "
            "en mars 2025 son premier contrat local de santé avec l'ARS Occitanie.\n")
    assert _territories(text, published="2026-11-05") == ["Communauté de communes du Saves"]


def test_the_agglomeration_s_contract_signed_in_its_seat_town():
    # a daily's page kicked by the seat town, which says the contract is the agglomeration's, not the town's
    text = ("AURILLAC\n\nSanté : un premier contrat local de santé signé à l'hôtel de ville\n\n"
            "Lundi, le contrat signé dans la salle du conseil municipal ne concerne pas la seule ville-centre : c'est celui "
            "de l'Agglo. La communauté d'agglomération du Bassin d'Aurillac n'avait jamais eu de contrat local de santé. "
            "Le contrat a été paraphé par le président de la communauté d'agglomération du Bassin d'Aurillac, par l'ARS "
            "Auvergne-Rhône-Alpes et par la CPAM du Cantal. Le maire d'Aurillac, qui accueillait la cérémonie, n'a rien "
            "signé.\n")
    assert _territories(text, published="2026-06-11") == ["Communauté d'agglomération du Bassin d'Aurillac"]


def test_a_seat_town_said_not_to_sign_opens_no_contract_beside_its_agglomeration():
    # "notre ville … a accueilli la signature", "la Ville … n'est pas signataire en propre": the agglomeration's contract
    text = ("Actualités\n\nJeudi 5 février, notre ville, siège de la communauté d'agglomération de La Rochelle, a accueilli "
            "la signature du premier contrat local de santé conclu à l'échelle des vingt-huit communes.\n\n"
            "Précision utile : la Ville de La Rochelle n'est pas signataire en propre. C'est l'agglomération qui porte "
            "le contrat local de santé, signé avec l'ARS Nouvelle-Aquitaine.\n")
    assert _territories(text, published="2026-02-06") == ["Communauté d'agglomération de La Rochelle"]


def test_a_quartier_page_whose_quartier_is_a_homonym_of_a_town():
    # "Malakoff : un contrat local de santé pour le quartier": a quartier of Nantes, not the town of the Hauts-de-Seine
    # (a scraped record: its title given apart from its text)
    text = ("Un contrat local de santé rien que pour Malakoff. La Ville de Nantes et l'ARS Pays de la Loire ont signé "
            "mardi le premier contrat local de santé consacré à ce quartier prioritaire de l'est nantais.\n")
    (contract,) = pipeline.extract(text, published="2026-03-12",
                                   title="Malakoff : un contrat local de santé pour le quartier").contracts
    assert (contract.territory.name, contract.territory.type) == ("Malakoff", "quartier")


def test_a_reported_question_about_a_cls_makes_no_cls_page():
    # council minutes: "Mme X demande si la communauté de communes compte s'engager dans un contrat local de santé"
    text = ("COMMUNAUTÉ DE COMMUNES DU PAYS DE VALOIS\nProcès-verbal du conseil communautaire du 13 novembre 2025\n\n"
            "6. Questions diverses\nMme Carré demande si la communauté de communes compte s'engager dans un contrat local "
            "de santé, comme d'autres territoires de l'Oise. Le président répond qu'aucune décision n'est prise.\n")
    assert not pipeline.extract(text, published="2025-11-20").is_cls


def test_the_contract_that_covered_the_towns_before_opens_none():
    # "Jusqu'à la fin de 2025, les communes étaient couvertes par le contrat local de santé du Pays …": the predecessor
    text = ("La communauté de communes du Pays de Pouzauges signe son premier contrat local de santé\n\n"
            "Vendredi 16 janvier, la communauté de communes du Pays de Pouzauges a signé son premier contrat local de santé "
            "avec l'ARS Pays de la Loire, pour 2026-2030. Jusqu'à la fin de l'année 2025, les communes étaient couvertes "
            "par le contrat local de santé du Pays du Bocage vendéen, porté par le PETR.\n")
    assert _territories(text, published="2026-01-20") == ["Communauté de communes du Pays de Pouzauges"]


def test_a_round_up_lead_listing_stages_is_no_renewal_of_each():
    # "Signé, renouvelé, en chantier : tour d'horizon", then a first contract signed and one not renewed
    text = ("Contrats locaux de santé : où en sont les intercommunalités ?\n\n"
            "Signé, renouvelé, en chantier ou en sommeil : tour d'horizon.\n\n"
            "BRIANCE SUD HAUTE-VIENNE : SIGNÉ AVANT NOËL\n"
            "Le 18 décembre dernier, la communauté de communes Briance Sud Haute-Vienne a signé son premier contrat local "
            "de santé avec l'ARS Nouvelle-Aquitaine. Le contrat court de 2026 à 2030.\n\n"
            "VAL DE VIENNE : LA DEUXIÈME GÉNÉRATION\n"
            "À Aixe-sur-Vienne, la communauté de communes du Val de Vienne a renouvelé son contrat local de santé en juin "
            "dernier, pour 2025-2029.\n")
    rec = pipeline.extract(text, published="2026-01-12")
    assert [(c.territory.name, c.status) for c in rec.contracts] == [
        ("Communauté de communes Briance Sud Haute Vienne", "signed"),
        ("Communauté de communes du Val de Vienne", "renewed")]


def test_an_intercommunality_called_pays_with_and_in_its_name():
    # "le Pays d'Orthe et Arrigans": the Communauté de communes Pays d'Orthe et Arrigans, one name
    text = ("Santé : le Pays d'Orthe et Arrigans signera son contrat local de santé le 24 avril\n\n"
            "Le conseil communautaire du Pays d'Orthe et Arrigans a validé le projet de contrat local de santé. "
            "La cérémonie est fixée au vendredi 24 avril.\n")
    (contract,) = pipeline.extract(text, published="2026-04-02").contracts
    assert contract.territory.insee == "200069417"


def test_a_town_subject_of_a_past_perfect_signing():
    # "Le Pontet avait signé son premier contrat local de santé en 2020": the town is the subject
    text = ("Santé : vers un deuxième contrat local de santé\n"
            "Le Pontet avait signé son premier contrat local de santé en 2020. Il sera suivi d'un deuxième contrat, pour "
            "la période 2026-2030.\n")
    assert _territories(text, published="2026-10-01") == ["Le Pontet"]


def test_a_school_year_in_another_item_is_not_the_period():
    text = ("Conseil municipal du 29 septembre\nÉducation : tarifs\nLes tarifs restent inchangés pour l'année 2026-2027.\n"
            "Santé : vers un deuxième contrat local de santé\nLa commune de Sorgues a approuvé son deuxième contrat local "
            "de santé, pour la période 2026-2030.\n")
    (contract,) = pipeline.extract(text, published="2026-10-01").contracts
    assert (contract.period_start, contract.period_end) == (2026, 2030)


def test_the_start_of_a_contract_s_duration_is_no_signing_date():
    # "conclu pour une durée de cinq ans, du 1er janvier 2026 au 31 décembre 2030" then "Fait à …, le 6 mars 2026"
    text = ("CONTRAT LOCAL DE SANTÉ DE LA COMMUNAUTÉ DE COMMUNES DU PAYS DE MORMAL 2026-2030\n\n"
            "ARTICLE 2 – DURÉE\nLe contrat est conclu pour une durée de cinq ans, du 1er janvier 2026 au 31 décembre 2030.\n\n"
            "Fait à Le Quesnoy, le 6 mars 2026, en sept exemplaires originaux.\n")
    (contract,) = pipeline.extract(text).contracts
    assert contract.signing_date == "2026-03-06"


def test_a_town_site_named_by_its_logo():
    # the title's last part is a section ("- Actualités"); the logo's alt text names the publisher
    html = ("<html><head><title>Un contrat pour la santé de tous - Actualités</title></head><body>"
            "<header class='site-header'><a class='logo' href='/'><img src='/logo.svg' alt='Ville de Joué-lès-Tours'></a>"
            "<nav><a href='/'>Accueil</a></nav></header><main><article><h1>Un contrat pour la santé de tous</h1>"
            "<p>Publié le 16 novembre 2026</p><p>C'est une première pour la ville. Jeudi 12 novembre, la municipalité a "
            "signé son contrat local de santé, le premier de son histoire, avec l'ARS Centre-Val de Loire. Il engage ses "
            "signataires jusqu'en 2031.</p><p>La Ville, représentée par son maire, a signé avec l'ARS et la CPAM.</p>"
            "</article></main><footer>Mentions légales</footer></body></html>")
    assert [c.territory.name for c in pipeline.extract(html, html=True).contracts] == ["Joué-lès-Tours"]


def test_a_quartier_named_as_the_subject_of_its_own_contract_and_a_compass_section_label():
    # "La Grâce de Dieu a son contrat local de santé de quartier" under "Actualité | Quartier Sud | 22 mai 2026"
    text = ("Le Pont-Neuf a son contrat local de santé de quartier\n\nActualité | Quartier Sud | 22 mai 2026\n\n"
            "C'est une première à Poitiers : un contrat local de santé taillé pour un seul quartier. Celui du Pont-Neuf a "
            "été signé jeudi 21 mai à la maison de quartier, par la Ville de Poitiers et l'ARS Nouvelle-Aquitaine.\n")
    (contract,) = pipeline.extract(text, published="2026-05-22").contracts
    assert contract.territory.type == "quartier" and contract.territory.name != "Sud"


def test_an_intercommunality_s_site_named_by_an_acronym_and_its_title():
    # og:site_name "CCPS" and a <title> ending with the community's full name: the publisher its "la communauté de
    # communes … son premier contrat" stands for
    html = ("<html><head><title>Contrat local de santé : les orientations validées – Communauté de communes du Pays de "
            "Valois</title><meta property='og:site_name' content='CCPV'></head><body><main><article>"
            "<h1>Contrat local de santé : les orientations validées</h1><p>10 avril 2026</p>"
            "<p>La communauté de communes poursuit l'élaboration de son premier contrat local de santé (CLS). Le comité de "
            "pilotage a validé les grandes orientations du futur contrat, qui sera signé avec l'ARS Hauts-de-France.</p>"
            "</article></main></body></html>")
    assert [c.territory.name for c in pipeline.extract(html, html=True).contracts] == [
        "Communauté de communes du Pays de Valois"]



def test_the_agglomeration_s_first_contract_taking_over_the_town_s():
    # "la Métropole signe son premier contrat local de santé, qui prend le relais de celui de la Ville": a first contract
    # of its own territory (signed, not renewed), the town a party of the earlier one only
    text = ("Saint-Étienne : la Métropole signe son premier contrat local de santé, qui prend le relais de celui de la Ville\n\n"
            "Mardi en fin d'après-midi, Saint-Étienne Métropole a signé son premier contrat local de santé. Jusqu'ici, "
            "seule la ville-centre disposait d'un tel outil. La Ville de Saint-Étienne avait signé un premier contrat en "
            "2013, puis un deuxième en 2019.\n\nOnt paraphé le contrat : le président de Saint-Étienne Métropole, la "
            "directrice de l'ARS Auvergne-Rhône-Alpes et le préfet de la Loire. Le contrat court de 2026 à 2030.\n")
    (contract,) = pipeline.extract(text, published="2026-09-24").contracts
    assert contract.territory.name == "Saint-Étienne Métropole"
    assert contract.status == "signed"
    assert not any(s.org_type == "commune" for s in contract.signatories)


def test_a_quartier_contract_beside_its_town_s_and_a_departement_named_after_quartier():
    # "un quartier prioritaire … du Maine-et-Loire" names no quartier; "Le contrat vient s'ajouter au troisième contrat
    # local de santé de la Ville" is the town's, beside it; "Ce contrat, le premier que le quartier possède en propre,
    # a été signé par …" lists this one's parties
    text = ("Angers : le quartier Belle-Beille se dote de son propre contrat local de santé\n\n"
            "Pour la première fois, un quartier prioritaire de la politique de la ville du Maine-et-Loire dispose d'un "
            "contrat local de santé taillé à sa mesure.\n\nLundi 12 octobre, à la maison de quartier, Belle-Beille a signé "
            "son contrat local de santé. Ce contrat, le premier que le quartier possède en propre, a été signé par la Ville "
            "d'Angers, Angers Loire Métropole et l'Agence régionale de santé Pays de la Loire.\n\nLe contrat vient "
            "s'ajouter au troisième contrat local de santé de la Ville d'Angers (2023-2027), qui couvre toute la commune.\n")
    (contract,) = pipeline.extract(text, published="2026-10-14").contracts
    assert (contract.territory.name, contract.territory.type, contract.status) == ("Belle-Beille", "quartier", "signed")
    assert {s.org_type for s in contract.signatories} >= {"commune", "epci", "ars"}


def test_a_round_up_section_on_a_contract_signed_years_ago_keeps_it():
    # a round-up of three or more, one section headed by its territory, "… avait signé en 2020 un contrat local de santé … Il n'a pas été renouvelé"
    text = ("Contrats locaux de santé : où en sont les intercommunalités ?\n\n"
            "BRIANCE SUD HAUTE-VIENNE : SIGNÉ AVANT NOËL\n"
            "Le 18 décembre dernier, la communauté de communes Briance Sud Haute-Vienne a signé son premier contrat local "
            "de santé avec l'ARS Nouvelle-Aquitaine. Le contrat court de 2026 à 2030.\n\n"
            "VAL DE VIENNE : LA DEUXIÈME GÉNÉRATION\n"
            "La communauté de communes du Val de Vienne a renouvelé son contrat local de santé en juin, pour 2025-2029.\n\n"
            "GARTEMPE - SAINT PARDOUX : EN SUSPENS\n"
            "Plus au nord, la communauté de communes Gartempe - Saint Pardoux avait signé en 2020 un contrat local de santé "
            "pour cinq ans, de 2020 à 2024. Il n'a pas été renouvelé.\n")
    rec = pipeline.extract(text, published="2026-01-12")
    assert [(c.territory.name, c.period_start, c.period_end) for c in rec.contracts] == [
        ("Communauté de communes Briance Sud Haute Vienne", 2026, 2030),
        ("Communauté de communes du Val de Vienne", 2025, 2029),
        ("Communauté de communes Gartempe - Saint Pardoux", 2020, 2024)]


def test_a_town_that_signed_an_earlier_contract_beside_the_agglomeration_s():
    # "La ville de Narbonne avait signé le sien en 2015 ; il n'avait pas été renouvelé": history, no contract of its own
    text = ("Santé : six signatures au bas du premier contrat local de santé du Grand Narbonne\n\n"
            "Vendredi, ont signé le contrat local de santé du Grand Narbonne : la sous-préfète, l'ARS Occitanie et le "
            "président de l'agglo. C'est le premier contrat de ce type à l'échelle des trente-sept communes. La ville de "
            "Béziers avait signé le sien en 2015 ; il n'avait pas été renouvelé à son échéance.\n")
    assert _territories(text, published="2026-03-14") == ["Communauté d'agglomération Le Grand Narbonne"]


def test_council_minutes_dated_by_their_posting_announce_a_signing_set_for_later():
    # "Affiché le 27 novembre 2026" at the foot of the minutes is their publication: the signing "fixée au vendredi 11
    # décembre 2026" is then ahead, an announced signing with its day
    text = ("COMMUNAUTÉ DE COMMUNES DU VAL DE GRAY\nCompte rendu sommaire du conseil communautaire\n"
            "Séance du mardi 24 novembre 2026 à 18 h 30\n\n"
            "4. Santé - Approbation du contrat local de santé\n"
            "Engagée depuis 2025 dans l'élaboration de son premier contrat local de santé, la Communauté de communes a "
            "conduit un diagnostic. Il sera signé par la Communauté de communes et l'ARS Bourgogne-Franche-Comté. La "
            "signature officielle est fixée au vendredi 11 décembre 2026 à 17 heures.\nLe conseil approuve le contrat et "
            "autorise le Président à le signer.\n\n5. Questions diverses\nProchain conseil : mardi 15 décembre 2026.\n\n"
            "Affiché le 27 novembre 2026\n")
    rec = pipeline.extract(text)
    assert rec.publication_date == "2026-11-27"
    assert [(c.status, c.signing_date) for c in rec.contracts] == [("announced", "2026-12-11")]


def test_a_diagnostic_s_findings_past_an_apposition_are_no_axes():
    # "Le diagnostic, présenté aux élus en décembre, fait ressortir quatre enjeux : …": findings, not the contract's axes
    text = ("La Bresse prépare son premier contrat\nAu nord du département, la communauté de communes Bresse et Saône a "
            "engagé en 2025 la démarche de son premier contrat local de santé. Le diagnostic, présenté aux élus en "
            "décembre, fait ressortir quatre enjeux : le vieillissement de la population, la fragilité de l'offre de "
            "premier recours, la santé mentale des adolescents et la qualité de l'eau. Le contrat, qui sera signé par la "
            "communauté de communes et l'ARS, est attendu au printemps 2026.\n")
    rec = pipeline.extract(text, published="2026-01-20")
    assert rec.contracts and all(c.axes == [] for c in rec.contracts)

