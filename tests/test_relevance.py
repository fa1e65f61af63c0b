"""Is a document about a specific Contrat Local de Santé? Screen, then assess."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.relevance import assess, decide, prefilter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ville signe son contrat local de santé avec l'ARS.", True),
        ("Les contrats locaux de santé se multiplient.", True),
        ("Le CLS de Laon est signé.", True),
        ("Le contrat local de sécurité a été signé.", False),
        ("Le conseil local de santé mentale se réunit.", False),
        ("La ville inaugure une maison de santé.", False),
    ],
)
def test_prefilter(text, expected):
    assert prefilter(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a signé le contrat local de sécurité avec le préfet.",
        "Le CLSPD s'est réuni en mairie. Le CLS a été adopté à l'unanimité.",
        "Le conseil local de santé mentale de la ville se réunit jeudi.",
        "Le contrat local de santé mentale est signé.",
        "Le diagnostic pourrait à terme nourrir un futur contrat local de santé.",
        "La commune envisage un futur contrat local de santé.",
        "Le CLS (contrat local de sécurité) a été signé par le maire et le préfet.",
        "Le CLS a été signé en mairie.",  # acronym alone, nothing says health
        # minutes renewing a security contract, with one passing sentence about the CLS
        "3. Renouvellement du contrat local de sécurité et de prévention de la délinquance. Le contrat local de "
        "sécurité 2025-2028 est approuvé. 4. Information : le contrat local de santé intercommunal poursuit ses actions.",
    ],
)
def test_assess_false(text):
    rel = assess(text)
    assert rel.is_cls is False
    assert rel.cls_spans == []


def test_assess_true():
    text = "La ville de Laon et l'ARS ont signé le contrat local de santé 2024-2028."
    rel = assess(text)
    assert rel.is_cls is True
    assert [text[s:e] for s, e in rel.cls_spans] == ["contrat local de santé"]
    assert 0.3 <= rel.score <= 1.0


def test_acronym_with_health_context():
    text = "Le CLS a été signé. La santé des habitants, la santé mentale et la santé des jeunes sont au cœur du contrat."
    rel = assess(text)
    assert rel.is_cls is True
    assert [text[s:e] for s, e in rel.cls_spans] == ["CLS"]


def test_hypothetical_mention_does_not_hide_a_real_one():
    text = (
        "La ville de Laon a signé son contrat local de santé.\n"
        + "Le texte détaille les actions prévues pour les cinq prochaines années dans tous les quartiers. "
        * 3
        + "\nLe voisin envisage un futur contrat local de santé."
    )
    rel = assess(text)
    assert rel.is_cls is True
    assert len(rel.cls_spans) == 1


def test_a_future_contract_in_preparation_is_a_real_mention():
    rel = assess("Le futur contrat local de santé des Rives de Moselle s'articulera autour de quatre axes.")
    assert rel.is_cls is True


def test_decide_needs_a_territory():
    rel = assess("La ville de Laon et l'ARS ont signé le contrat local de santé.")
    assert decide(rel, 0).is_cls is False
    assert decide(rel, 0).score <= 0.4
    assert decide(rel, 1).is_cls is True


@pytest.mark.parametrize(
    "text",
    [
        "« Ce n'est pas un contrat local de santé, qui reste à construire », reconnaît l'adjointe.",
        "Le sigle a été développé par erreur : il s'agit du conseil, et non d'un contrat local de santé.",
        "La ville ne dispose pas, à ce jour, de contrat local de santé (CLS).",
        "On nous demande si nous sommes le contrat local de santé. Non. Un CLS est signé par des collectivités.",
        "Un contrat, mais pas un « contrat local de santé » : la CPTS signe avec l'Assurance maladie.",
    ],
)
def test_negated_mentions_are_not_about_a_cls(text):
    assert assess(text).is_cls is False


def test_every_lexicon_phrase_passes_the_screen_and_is_read_as_its_label():
    from pipeline import rules
    from pipeline.relevance import _lexicon, prefilter

    spec = rules.load("mentions")
    lex = _lexicon()
    for phrase in spec["CLS"]:
        text = f"La commune a signé son {phrase.capitalize()} le 3 mars."
        assert prefilter(text), phrase
        assert lex["CLS"].search(text), phrase
    for phrase in spec["OTHER_CLS"]:
        assert lex["OTHER_CLS"].search(f"Le {phrase} a été signé."), phrase


def test_regex_and_phrase_matcher_read_the_same_cls_mentions_on_the_corpus():
    """The two readers of rules/mentions.yml (relevance before spaCy, cls_mentions after) agree, except on a
    phrase wrapped over two lines: a line break is a token of its own, which the PhraseMatcher does not
    skip. The extractors use the regex reader for that reason."""
    from pipeline.nlp import build_nlp
    from pipeline.relevance import _lexicon

    nlp = build_nlp()
    lex = _lexicon()
    docs = sorted((Path(__file__).resolve().parent.parent / "corpus" / "docs").glob("*.txt"))
    assert len(docs) > 30
    for path in docs:
        text = path.read_text(encoding="utf-8")
        other = [m.span() for m in lex["OTHER_CLS"].finditer(text)]
        regex = {m.span() for m in lex["CLS"].finditer(text)
                 if "\n" not in m.group() and not any(s <= m.start() and m.end() <= e for s, e in other)}
        doc = nlp(text)
        spacy_spans = {(sp.start_char, sp.end_char) for sp in doc.spans["cls"] if sp.label_ == "CLS"}
        assert spacy_spans == regex, path.name


@pytest.mark.parametrize("text", [
    "Le projet d'un Contrat local santé intercommunal a été signé entre l'Agence régionale de santé et l'Espace Sud.",
    "L'ARS et l'Espace Sud ont enfin signé le contrat local intercommunal de santé, ce jeudi matin.",
])
def test_variants_of_the_cls_name_are_cls_mentions(text: str) -> None:
    assert prefilter(text) and assess(text).is_cls


def test_one_cls_sentence_on_a_clsm_page_is_a_passing_mention():
    text = ("Le CLSM est une plateforme de concertation entre les élus et la psychiatrie publique. "
            "Le conseil local de santé mentale anime des groupes de travail. "
            "En 2016, le CLSM débute une collaboration avec le Grand Dijon dans le cadre du Contrat Local de Santé.")
    assert assess(text).is_cls is False


def test_a_contract_some_others_have_is_a_passing_example():
    text = ("Le Département et l'ARS ont signé un contrat territorial de santé. « Il vient en appui des "
            "intercommunalités, dont certaines disposent déjà d'un contrat local de santé, comme Haut-Bugey "
            "Agglomération », a précisé le vice-président.")
    assert assess(text).is_cls is False
    assert assess("La communauté de communes dispose déjà d'un contrat local de santé signé en 2022.").is_cls is True


def test_a_column_that_asks_for_a_contract_the_town_lacks_is_about_none():
    """An opposition column: other towns "se sont dotées depuis longtemps d'un contrat local de santé"; "Un contrat local
    de santé, ce n'est pas un gadget": what one is, not this town's."""
    text = ("Santé : Vitrolles attend toujours\n\nPendant que d'autres villes du département se sont dotées depuis longtemps "
            "d'un contrat local de santé avec l'Agence régionale de santé, Vitrolles reste l'une des rares communes de sa "
            "taille à ne pas en avoir. Un contrat local de santé, ce n'est pas un gadget. C'est un outil pour faire venir "
            "des médecins. Nous demandons que la Ville engage enfin la démarche.")
    assert assess(text).is_cls is False


def test_asked_aside_about_a_possible_contract_is_no_contract():
    text = ("La maison de santé de Bellac a été inaugurée samedi. Interrogé en marge de la cérémonie sur un éventuel "
            "contrat local de santé à l'échelle de l'intercommunalité, le président a répondu que « le sujet mérite "
            "d'être posé, mais rien n'est engagé à ce stade ».")
    assert assess(text).is_cls is False


_HEALTH_CENTRE = ("La nouvelle maison de santé pluriprofessionnelle de Saint-Martin-en-Haut a ouvert ses portes lundi. "
                  "Elle accueille six médecins généralistes, deux dentistes et une équipe d'infirmières. Le bâtiment a "
                  "coûté 2,4 millions d'euros, financés par l'État, la Région et le Département. La CPAM a signé avec "
                  "l'équipe son accord conventionnel interprofessionnel. Les patients peuvent prendre rendez-vous en "
                  "ligne ou à l'accueil, du lundi au samedi.\n\n")


def test_a_late_mention_that_nothing_specific_follows_is_a_passing_one() -> None:
    """Schema: a passing mention of a CLS in a page about something else is false unless the page says something
    specific of that CLS. Here the health centre's facts are read, but none where the page names the CLS (past its
    first 30 % and 400 characters)."""
    import pipeline

    passing = _HEALTH_CENTRE + "Le projet figure parmi les actions du contrat local de santé des Monts du Lyonnais.\n"
    assert not pipeline.extract(passing, published="2025-06-02").is_cls
    specific = _HEALTH_CENTRE + ("Le projet figure parmi les actions du contrat local de santé des Monts du Lyonnais, "
                                 "signé le 12 mars 2024 pour la période 2024-2028.\n")
    assert pipeline.extract(specific, published="2025-06-02").is_cls


def test_an_acronym_expanded_as_a_look_alike_is_not_a_cls() -> None:
    text = ("Saint-Brieuc : le CLS 2025-2028 signé en préfecture.\nLe nouveau contrat local de sécurité (CLS) de "
            "Saint-Brieuc a été signé mardi. Le CLS fixe quatre priorités contre la délinquance.\nÀ ne pas confondre : "
            "ce CLS n'a rien à voir avec le contrat local de santé porté par Saint-Brieuc Armor Agglomération.\n")
    assert not assess(text).is_cls


def test_a_cls_on_a_council_s_agenda_or_followed_by_its_parties_is_no_passing_mention() -> None:
    import pipeline

    agenda = ("Conseil communautaire de la Communauté de communes du Pays de Meslay-Grez – 15 décembre 2020\n\n"
              + "Présents : " + "M. X, " * 80
              + "\n\nORDRE DU JOUR\n\n0 – Composition du conseil ...... 3 II – Présentation de la démarche CLS ...... 3 Contrat local de santé ...... 3 "
              "III – Rapport budgétaire 2021 ...... 5\n")
    assert pipeline.extract(agenda, published="2020-12-16").is_cls
    parties = (_HEALTH_CENTRE + "À Bourges, le contrat local de santé est un outil d'articulation des politiques de santé. "
               "Il crée des synergies entre les acteurs :\n- la Préfecture du Cher ;\n- la Ville de Bourges ;\n"
               "- le Conseil départemental du Cher.\n")
    assert pipeline.extract(parties, published="2025-06-02").is_cls


def test_a_cls_for_which_no_step_has_been_taken_is_hypothetical() -> None:
    text = ("Le CRTE ne remplace pas les démarches sectorielles. Interrogé sur un éventuel contrat local de santé, le "
            "président a indiqué qu'aucune démarche n'était engagée à ce stade par l'intercommunalité.")
    assert not assess(text).is_cls


def test_an_explainer_that_cites_places_as_examples_is_not_about_a_cls() -> None:
    import pipeline

    text = ("Contrats locaux de santé : comment les territoires s'organisent\n\nMais de quoi s'agit-il exactement ?\n\n"
            "On évoque volontiers les contrats de territoires ruraux comme le Pays du Centre Ouest Bretagne.\n\n"
            "Qui signe un CLS ?\n\nL'ARS et la collectivité porteuse. Un CLS est bâti à partir d'un diagnostic local de "
            "santé. La plupart des contrats sont conclus pour cinq ans.\n")
    assert not pipeline.extract(text, published="2025-05-22").is_cls


def test_a_conseil_local_de_sante_is_a_look_alike_of_the_acronym() -> None:
    import pipeline

    text = ("Ville de Chelles – Site officiel\nAccueil > Solidarités et santé > Actualités\n\n"
            "Le Conseil local de santé fait sa rentrée\n\nPublié le 22/09/2025\n\n"
            "Créé il y a deux ans, le Conseil local de santé (CLS) réunit ses 45 membres le jeudi 2 octobre à l'hôtel de "
            "ville. Cette instance consultative rassemble des élus, des soignants et des habitants.\n\n"
            "Malgré les mêmes initiales, le Conseil local de santé n'est pas un contrat local de santé : il n'engage aucun "
            "partenaire par une signature. La Ville n'a, à ce jour, engagé aucune démarche de contrat local de santé.\n\n"
            "Trois commissions au travail\n1. Accès aux soins : recensement des médecins ;\n2. Santé mentale : annuaire "
            "des lieux d'écoute ;\n3. Santé et environnement : qualité de l'air.\n")
    assert not pipeline.extract(text).is_cls
    # nor is the name of the mental-health council cut short
    assert not assess("Le conseil local de santé mentale (CLSM) de Chelles s'est réuni.").is_cls


def test_an_eventual_cls_is_hypothetical_however_far_the_answer_stands() -> None:
    text = ("La maison de santé ouvre lundi. Interrogée sur un éventuel contrat local de santé, la présidente de la "
            "communauté de communes reste prudente : « C'est un outil intéressant, nous en parlerons peut-être un jour "
            "avec l'agence régionale, mais rien n'est lancé. »")
    assert not assess(text).is_cls
    assert assess("La Ville a signé lundi son contrat local de santé avec l'ARS.").is_cls
    assert assess("Nous avons signé une lettre d'engagement mutuel pour un éventuel contrat local de santé.").is_cls


def test_a_cls_named_late_as_another_plan_s_frame_is_a_passing_mention() -> None:
    import pipeline

    other = ("Notre projet alimentaire territorial est signé\n\nMardi 3 février, le président de la communauté de "
             "communes a signé la convention du projet alimentaire territorial avec la DRAAF pour 2026-2028. "
             "Le programme s'organise autour de quatre axes : approvisionner les cantines, soutenir les maraîchers, "
             "favoriser une alimentation saine, réduire le gaspillage alimentaire. Le plan représente 286 000 € sur "
             "trois ans, dont 120 000 € de la communauté de communes.\n\n")
    text = other + ("Les actions de l'axe 3 seront conduites en lien avec le contrat local de santé de Commentry "
                    "Montmarault Néris Communauté signé en 2023.\n")
    assert not pipeline.extract(text, published="2026-02-05").is_cls
    # Said of the CLS itself, the same late sentence keeps the page.
    own = other + "Le contrat local de santé de Commentry Montmarault Néris Communauté a été signé en 2023.\n"
    assert pipeline.extract(own, published="2026-02-05").is_cls


def test_a_cls_named_late_only_as_a_person_s_title_is_a_passing_mention() -> None:
    import pipeline

    other = ("Analyse des besoins sociaux 2026 du CCAS d'Ussel\n\nLe CCAS a présenté jeudi son analyse des besoins sociaux. "
             "Un habitant sur quatre vit seul, la part des plus de 75 ans progresse, et les demandes d'aide alimentaire "
             "ont augmenté de 18 % en deux ans. Le conseil d'administration a retenu quatre orientations pour 2026 : "
             "rompre l'isolement, faciliter l'accès aux droits, soutenir les aidants, accompagner les jeunes adultes.\n\n")
    text = other + ("Ces orientations seront partagées avec la coordinatrice du contrat local de santé porté par "
                    "Haute-Corrèze Communauté, afin d'articuler les actions du CCAS avec celles de l'intercommunalité.\n")
    assert not pipeline.extract(text, published="2026-03-12").is_cls


def test_a_page_that_names_contracts_only_in_the_plural_is_about_none() -> None:
    import pipeline

    text = ("Le conseil territorial de santé a tenu sa plénière à Tours. Les animatrices des contrats locaux de santé "
            "d'Indre-et-Loire ont présenté un bilan commun de leurs actions de prévention menées en 2025.\n")
    assert not pipeline.extract(text, published="2025-12-10").is_cls
    one = text.replace("des contrats locaux de santé d'Indre-et-Loire", "du contrat local de santé de Tours")
    assert pipeline.extract(one, published="2025-12-10").is_cls


def test_an_action_of_the_contract_named_late_is_a_passing_mention() -> None:
    import pipeline

    framed = _HEALTH_CENTRE + ("La maison de santé figure parmi les actions inscrites au contrat local de santé des "
                               "Monts du Lyonnais, signé en 2024.\n")
    assert not pipeline.extract(framed, published="2025-06-02").is_cls


def test_local_services_listed_beside_a_late_unqualified_cls_say_nothing_of_it() -> None:
    import pipeline

    house = ("Maison 5 pièces de 118 m² sur un terrain clos de 640 m², à sept minutes à pied du centre-ville et de la gare. "
             "Au rez-de-chaussée : entrée, séjour lumineux avec cheminée, cuisine équipée, une chambre et une salle d'eau. "
             "À l'étage : trois chambres, une salle de bains et un grenier aménageable. Garage, atelier et cave. Toiture "
             "refaite en 2019, menuiseries double vitrage. Écoles, collège et lycée accessibles à pied.\n\n")
    listing = house + ("Côté santé, la ville est bien pourvue : centre hospitalier, pôle de santé, plusieurs "
                                "pharmacies, et la communauté de communes Yvetot Normandie est engagée dans un contrat "
                                "local de santé pour attirer de nouveaux médecins.\n")
    assert not pipeline.extract(listing, published="2026-11-03").is_cls
    signed = listing.replace("est engagée dans un contrat local de santé", "a signé avec l'ARS un contrat local de santé")
    assert pipeline.extract(signed, published="2026-11-03").is_cls


def test_an_acronym_the_page_spells_out_as_another_body_is_no_cls() -> None:
    text = ("Le contrat de relance et de transition écologique est suivi par un comité local de suivi (CLS). "
            "Le CLS se réunit deux fois par an ; la santé, la santé des aînés et la maison de santé y sont abordées.")
    assert not assess(text).is_cls
    # spelled out as a contract, the acronym stays one
    text = "Le contrat local de santé (CLS) a été signé. Le CLS porte sur la santé mentale, la santé des jeunes et la santé."
    assert assess(text).is_cls


def test_an_acronym_spelled_out_before_its_place_is_another_body() -> None:
    """'le Cercle laïque sportif d'Oyonnax (CLS)': a sports club, its initials before the town that completes them."""
    text = ("Sport-santé : la Ville et le CLS signent leur convention. Le maire et le président du Cercle laïque sportif "
            "d'Oyonnax (CLS) ont signé avec la CPAM une convention de santé publique : le CLS proposera de l'activité "
            "physique adaptée aux patients orientés par leur médecin, pour la prévention des maladies chroniques, et "
            "des ateliers santé pour les seniors.")
    assert not assess(text).is_cls
    # the contract's own name before its place stays a contract
    assert assess("Le Contrat Local de Santé de Lyon (CLS) est signé ; le CLS porte sur la santé mentale.").is_cls


def test_the_page_s_own_project_or_actions_that_the_contract_also_names_frame_the_mention() -> None:
    import pipeline

    for text in ("Cette opération, chiffrée à 1,4 million d'euros, est également citée dans le contrat local de santé du "
                 "territoire.",
                 "La démarche complète les actions de prévention menées dans le cadre du contrat local de santé de la "
                 "communauté de communes."):
        assert assess(text).framed
    text = ("La Souterraine\n\nLa maison de santé labellisée « France Santé »\n\n"
            "La maison de santé pluriprofessionnelle de La Souterraine a reçu mardi le label « France Santé ». La convention "
            "a été signée avec l'ARS Nouvelle-Aquitaine et la CPAM de la Creuse. Elle engage la maison de santé sur quatre "
            "points : un rendez-vous sous 48 heures, un accueil cinq jours sur sept, une orientation adaptée, des tarifs "
            "sans dépassement. L'État verse 50 000 euros.\n\nLa démarche vient compléter les actions de prévention menées "
            "dans le cadre du contrat local de santé de la communauté de communes du Pays Sostranien, signé en 2023, et le "
            "transport solidaire du CCAS.\n")
    assert not pipeline.extract(text, published="2026-05-20").is_cls


def test_a_cls_named_among_the_existing_schemes_another_plan_works_with_frames_the_mention() -> None:
    text = ("Le projet territorial de santé s'articulera avec les démarches locales existantes, notamment le contrat local "
            "de santé de Goussainville, signé en 2023.")
    assert assess(text).framed


def test_a_hashtag_is_no_mention_of_a_contract() -> None:
    from pipeline.relevance import assess

    text = "Une action proposée dans le cadre du contrat local de santé.\n#prévention #santé #CLS #jeunesse"
    assert len(assess(text).cls_spans) == 1


def test_a_job_named_after_the_contract_in_a_contact_line_is_no_mention_of_it() -> None:
    import pipeline

    notice = ("AVIS D'APPEL PUBLIC À LA CONCURRENCE\nPouvoir adjudicateur : Douarnenez Communauté. Identifiant interne "
              "de la consultation : 2026-DC-031.\nNom du contact : Mme Solenn Le Berre, coordinatrice du contrat local de "
              "santé – 02 98 00 00 00\n\nObjet du marché : assistance à maîtrise d'ouvrage pour la maison de santé "
              "pluriprofessionnelle de Douarnenez : étude de faisabilité, programmation fonctionnelle du futur bâtiment "
              "d'environ 900 m², assistance au montage juridique de la société interprofessionnelle de soins "
              "ambulatoires, suivi des études de maîtrise d'œuvre, accompagnement de l'équipe de soins primaires, "
              "organisation des réunions avec les professionnels de santé du territoire et des élus, rédaction du "
              "projet de santé et de son volet immobilier, estimation des coûts d'investissement et de fonctionnement. "
              "Le projet s'inscrit dans le projet de territoire de Douarnenez Communauté et dans le contrat local de "
              "santé du territoire.\nDurée du marché : 14 mois.\n")
    assert not pipeline.extract(notice, published="2026-11-20").is_cls


def test_a_site_map_naming_the_contract_only_in_its_links_is_not_about_one() -> None:
    links = "\n".join(f"- Rubrique numéro {k}" for k in range(20))
    text = f"Plan du site\n\n{links}\n- Contrat local de santé\n- Contrat local de santé : les fiches-actions\n"
    assert not assess(text).is_cls
    text += "\nLe contrat local de santé de la ville a été signé le 3 mars 2026 avec l'ARS.\n"
    assert assess(text).is_cls


def test_other_towns_engaged_in_a_cls_make_no_page_about_one():
    import pipeline

    text = ("La CGSS de La Réunion et la commune de Salazie ont signé mercredi une convention de partenariat pour l'accès "
            "aux droits et aux soins des habitants des îlets.\n\nCe partenariat s'ajoute aux conventions signées avec "
            "d'autres communes. Certaines de ces communes sont également engagées dans un contrat local de santé avec "
            "l'Agence régionale de santé La Réunion.\n")
    assert pipeline.extract(text, published="2026-10-16").is_cls is False


def test_a_thing_the_contract_paid_for_makes_no_page_about_it():
    import pipeline

    text = ("Rambervillers : la borne de téléconsultation de la maison de santé volée\n\nDans la nuit de samedi à "
            "dimanche, des cambrioleurs ont forcé la porte de la maison de santé et emporté la borne de téléconsultation. "
            "L'alarme s'est déclenchée vers trois heures du matin, mais les voleurs avaient déjà pris la fuite à bord "
            "d'une camionnette blanche, selon un voisin. Les gendarmes de la brigade locale ont relevé des empreintes "
            "et visionné les images de la caméra de la pharmacie voisine. Ce n'est pas le premier vol de ce genre dans "
            "le secteur : en janvier, un cabinet dentaire de Baccarat avait lui aussi été visité. Les médecins se "
            "disent inquiets et demandent un meilleur éclairage du parking, plongé dans le noir après vingt heures. "
            "L'équipement, d'une valeur d'environ 25 000 €, avait été installé en 2024 dans le cadre du contrat local de "
            "santé de la communauté de communes de la Région de Rambervillers. Une plainte a été déposée.\n")
    assert pipeline.extract(text, published="2026-03-02").is_cls is False


@pytest.mark.parametrize("text", [
    "Marignane : l'analyse des besoins sociaux pointe le manque de médecins\n\nPublié le 13/10/2026\n\nUn habitant sur "
    "cinq n'a plus de médecin traitant et les plus de 75 ans vivant seuls sont de plus en plus nombreux : l'analyse des "
    "besoins sociaux (ABS) présentée jeudi soir en conseil d'administration du centre communal d'action sociale (CCAS) "
    "dresse un tableau contrasté de la situation des Marignanais.\n\n"
    "Et un contrat local de santé, comme en ont signé plusieurs communes voisines ? « Ce n'est pas exclu à terme, mais "
    "rien n'est engagé à ce stade. Nous devons d'abord voir avec la Métropole et l'ARS quel est le bon périmètre », "
    "répond l'élue.\n",
    "L'Atelier santé ville des Ulis réunit les professionnels et les habitants. Dans certaines communes, l'ASV a servi de "
    "socle à un contrat local de santé (CLS), signé entre la collectivité et l'agence régionale de santé.\n",
])
def test_a_cls_not_engaged_or_other_towns_makes_no_page_about_one(text):
    import pipeline

    assert pipeline.extract(text, published="2026-10-16").is_cls is False


def test_actions_led_somewhere_in_the_frame_of_a_cls_make_no_page_about_it():
    import pipeline

    text = ("Recette de l'atelier cuisine du Pays Tarusate : le velouté de potimarron\n\n"
            + "Épluchez le potimarron, coupez-le en dés et faites-le revenir avec un oignon dans un peu d'huile. " * 4
            + "\n\nCes ateliers font partie des actions de prévention menées sur le territoire dans le cadre du contrat "
            "local de santé de la communauté de communes du Pays Tarusate. Ils sont financés par la conférence des "
            "financeurs (2 400 € pour l'année 2026).\n")
    assert pipeline.extract(text, published="2026-03-10").is_cls is False


@pytest.mark.parametrize("text", [
    # a town's own health plan chosen instead of a CLS
    "Montauban-de-Bretagne : un plan communal de santé adopté\n\nPublié le 2 octobre 2026\n\nLe conseil municipal a "
    "adopté lundi un plan communal de santé pour 2026-2031, porté par le CCAS, avec trois axes : le maintien à domicile, "
    "la santé des enfants et l'accès aux soins. Pourquoi un plan communal plutôt qu'un contrat local de santé ? « Un "
    "contrat local de santé suppose un diagnostic partagé avec l'Agence régionale de santé à l'échelle de "
    "l'intercommunalité ; nous voulions avancer tout de suite », explique l'adjointe.\n",
    # a call for projects: a CLS in general, and one named only in a person's title
    "Appel à projets prévention 2027\n\nL'Agence régionale de santé lance son appel à projets annuel de prévention et de "
    "promotion de la santé. Les porteurs déposent leur dossier avant le 15 février. Les projets retenus seront "
    "financés pour un an, dans la limite de l'enveloppe régionale de 1,8 million d'euros. Le comité de sélection se "
    "réunira en mars ; les réponses seront données en avril. " * 2
    + "Les actions inscrites dans le programme d'un contrat local de santé (CLS) signé sont prioritaires. « L'an "
    "dernier, nous avons pu financer des ateliers pour les aidants », témoigne Léa Morvan, coordinatrice du CLS de "
    "Lamballe Terre et Mer.\n",
])
def test_a_cls_chosen_against_or_only_in_general_and_a_title_makes_no_page_about_one(text):
    import pipeline

    assert pipeline.extract(text, published="2026-11-10").is_cls is False


def test_meetings_held_in_the_frame_of_a_cls_make_no_page_about_it():
    import pipeline

    text = ("Ligne 12 : un bus direct vers le centre hospitalier dès le 5 janvier\n\n"
            + "La nouvelle ligne reliera la gare routière au centre hospitalier toutes les vingt minutes, de 6 h à 21 h. "
            "Les arrêts ont été choisis avec les communes desservies et les horaires calés sur ceux des consultations. " * 3
            + "\n\nLe besoin avait été exprimé lors des ateliers avec les habitants organisés dans le cadre du contrat local "
            "de santé de la Ville de Rezé. Nantes Métropole finance cette nouvelle ligne à hauteur de 1,2 million d'euros "
            "par an.\n")
    assert pipeline.extract(text, published="2026-12-01").is_cls is False


def test_a_contract_the_territory_is_said_not_to_have_is_hypothetical() -> None:
    text = ("Objet : obtenir l'engagement d'une démarche de contrat local de santé à l'échelle de la communauté de "
            "communes, qui n'en dispose pas à ce jour ; organiser des réunions publiques.")
    assert not assess(text).is_cls


def test_a_contract_a_council_has_not_decided_to_engage_is_hypothetical() -> None:
    text = ("Elle aura notamment à suivre la réflexion sur un éventuel contrat local de santé, que le conseil communautaire "
            "n'a pas décidé d'engager à ce stade.")
    assert not assess(text).is_cls


def test_a_seminar_of_coordinators_naming_one_contract_only_as_a_job_title_is_no_cls_page():
    from pipeline.relevance import assess
    text = ("Ploërmel. Les coordinateurs des contrats locaux de santé de Bretagne en séminaire\n\nMercredi et jeudi, les "
            "coordinatrices et coordinateurs des contrats locaux de santé (CLS) bretons se sont retrouvés à Ploërmel. "
            "La région compte trente et un contrats locaux de santé. « Un CLS, ce n'est pas un guichet de plus », a "
            "rappelé le chargé de mission de l'ARS.\n\nMaëlle Le Gall, coordinatrice du contrat local de santé de Baud "
            "Communauté, a raconté comment elle a appris à parler santé sur les marchés.\n")
    assert not assess(text).is_cls


def test_asked_about_the_eventuality_of_a_cls_is_no_cls_page():
    from pipeline.relevance import assess
    text = ("Le Conseil local de santé (CLS) de Corte s'est réuni en séance plénière. Le CLS rend des avis au conseil "
            "municipal.\n\nEt un contrat local de santé ?\n\nInterrogée par un médecin sur l'éventualité d'un contrat "
            "local de santé signé avec l'ARS, l'adjointe a indiqué que la question n'était pas à l'ordre du jour.\n")
    assert not assess(text).is_cls
