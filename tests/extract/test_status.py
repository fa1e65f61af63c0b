"""Status (signed, renewed, in preparation, announced) and generation of a contract."""

from __future__ import annotations

import pytest

from pipeline.extract.status import extract_generation, extract_status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La ville et l'ARS ont signé le contrat local de santé.", "signed"),
        ("Le contrat local de santé a été signé ce lundi en mairie.", "signed"),
        ("Le maire vient de signer le CLS avec le préfet.", "signed"),
        ("Le contrat local de santé a été renouvelé pour cinq ans et signé ce lundi.", "renewed"),
        ("Le CLS de deuxième génération a été signé vendredi.", "renewed"),
        ("Le CLS 3 a été signé vendredi en préfecture.", "renewed"),
        ("Le deuxième contrat local de santé a été signé.", "renewed"),
        ("Le contrat local de santé sera signé en juin.", "in_preparation"),
        ("Le CLS sera signé le 4 juin prochain.", "in_preparation"),
        ("Le CLS est en cours d'élaboration avec les habitants.", "in_preparation"),
        ("Le conseil municipal a voté le principe d'un contrat local de santé.", "announced"),
        ("La commune a fait part de son intention de se doter d'un CLS.", "announced"),
        ("La réunion publique a lieu jeudi.", "unknown"),
        ("Les élus viennent de signer un contrat local de santé de troisième génération.", "renewed"),
        ("Contrat local de santé 2e génération 2019/2023 - agence régionale de santé", "renewed"),
        ("Le nouveau CLS définit la stratégie de la commune pour cinq ans.", "unknown"),  # "nouveau" alone: no renewal
        ("Huit partenaires étaient réunis pour signer le CLS dont la commune est désormais dotée.", "signed"),
        ("Le Grand-Figeac s'est engagé dès 2015 avec la signature d'un premier contrat local de santé.", "signed"),
        ("Les partenaires se sont engagés dans une démarche d'élaboration d'un deuxième CLS.", "in_preparation"),
        ("La vice-présidente a présenté le prochain CLS, qui prendra effet en 2024.", "in_preparation"),
        ("Le sous-préfet a officialisé le contrat local de santé 2026-2030 de la communauté de communes.", "signed"),
        ("Le 27 février, la Ville, l'ARS et la préfecture ont reconduit le contrat local de santé signé en 2015.", "renewed"),
        ("Signé le 12 décembre, ce contrat local de santé fait suite à celui signé pour la période 2011-2017.", "renewed"),
        ("Le Contrat Local de Santé n° 2, conclu pour la période 2018-2021, a été signé en mairie.", "renewed"),
        ("D'ici l'été, un contrat local de santé sera conclu avec l'ARS.", "in_preparation"),
        ("Le CLS 2015-2018 devrait être finalisé et signé à l'automne.", "in_preparation"),
        ("L'agglomération finalise son contrat local de santé avec les partenaires.", "in_preparation"),
        ("Nous sommes réunis pour approuver la signature du Contrat Local de Santé 4 pour 2025-2029.", "in_preparation"),
        ("Le conseil autorise le Maire à signer le contrat local de santé.", "in_preparation"),
        ("Le contrat local de santé est conclu entre la ville, le CCAS, l'ARS et la préfecture.", "signed"),
        ("Les élus étaient présents pour la signature de la quatrième génération du CLS.", "renewed"),
    ],
)
def test_extract_status(text, expected):
    status, cue = extract_status(text, has_signing_date=False)
    assert status == expected
    assert bool(cue) is (expected != "unknown")


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat local de santé sera signé en juin.",
        "Le CLS devrait être signé à l'automne.",
        "Les partenaires seront signataires : le CLS sera signé à la rentrée.",
    ],
)
def test_future_signature_is_not_signed(text):
    assert extract_status(text, has_signing_date=False)[0] != "signed"


def test_signing_date_makes_signed():
    assert (
        extract_status("La cérémonie a réuni les partenaires du CLS.", has_signing_date=True)[0] == "signed"
    )
    assert (
        extract_status("La cérémonie a réuni les partenaires du CLS.", has_signing_date=False)[0] == "unknown"
    )


def test_renewal_cue_needs_a_signature():
    # a renewal only "in preparation" stays in preparation
    assert (
        extract_status("Le CLS est renouvelé et sera signé en juin.", has_signing_date=False)[0]
        == "in_preparation"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le CLS 3 de la ville a été signé.", 3),
        ("Le CLS n°2 de l'agglomération est signé.", 2),
        ("Un CLS de deuxième génération a été signé.", 2),
        ("La deuxième génération du contrat est lancée.", 2),
        ("Le quatrième contrat local de santé de la ville est signé.", 4),
        ("Le troisième CLS du territoire est signé.", 3),
        ("Le premier contrat local de santé de la commune est signé.", 1),
        ("La ville signe son premier CLS.", 1),
        ("Le CLS de Laon est signé.", None),
        ("Le CLS 2024-2028 est signé.", None),  # years are not a generation
        ("Le CLS 2ème génération du territoire", 2),
        ("un contrat local de santé 3 e génération", 3),
    ],
)
def test_extract_generation(text, expected):
    assert extract_generation(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Laon a signé le premier CLS du département.",
        "C'était le premier CLS de la région.",
    ],
)
def test_first_of_the_departement_is_not_generation_one(text):
    assert extract_generation(text) != 1


def test_renewal_words_about_something_else_and_deliberations():
    from pipeline.extract.status import extract_status

    assert extract_status("La Ville a signé son premier contrat local de santé. Les patients attendent le "
                          "renouvellement d'ordonnance ; le renouvellement urbain avance.", True)[0] == "signed"
    deliberation = ("Délibération n° 12. Le conseil municipal DÉCIDE d'engager l'élaboration d'un contrat local de "
                    "santé avec l'ARS.")
    assert extract_status(deliberation, False)[0] == "announced"
    assert extract_status(deliberation + " Le diagnostic est en cours.", False)[0] == "in_preparation"


@pytest.mark.parametrize(("text", "expected"), [
    ("Voté en conseil métropolitain le 4 avril, le contrat local de santé décline de nombreuses actions.", "in_preparation"),
    ("Le CLS a été validé lors du dernier conseil communautaire.", "in_preparation"),
    ("Signature de la préfiguration du contrat local de santé.", "in_preparation"),
    ("Notre CLS est en pleine révision et la version rénovée devra être signée d'ici la fin de l'année.", "in_preparation"),
    ("Un CLS dont l'élaboration a été officiellement lancée le 23 avril.", "in_preparation"),
    ("25 signataires réunis pour le contrat local de santé de Cornouaille.", "signed"),
    ("J'ai participé à la signature officielle de l'accord-cadre du contrat local de santé.", "signed"),
    ("Le rapport nous propose d'approuver les termes d'un Contrat Local de Santé pour quatre ans.", "in_preparation"),
    ("La communauté s'est engagée dans la mise en place d'un contrat local de santé avec l'ARS.", "in_preparation"),
    ("Jeudi, la Ville a signé le contrat local de santé. Ce contrat succède au premier, signé en 2019.", "renewed"),
    ("Mardi, la Ville a signé la nouvelle mouture de son contrat local de santé.", "renewed"),
    ("Objet : Contrat local de santé - approbation et autorisation de signature. La commission, après en avoir "
     "délibéré, DÉCIDE d'autoriser la Présidente du Conseil départemental à signer ledit contrat.", "in_preparation"),
])
def test_council_adoption_drafts_and_signing_gatherings(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("La Ville a signé un nouveau contrat local de santé ce lundi.", "signed"),
    ("La Ville a signé son nouveau contrat local de santé. Les deux précédents avaient ouvert la maison de santé.", "renewed"),
    ("A été signé le nouveau contrat local de santé. Il s'agit du troisième, après ceux de 2013 et 2019.", "renewed"),
    ("Le contrat signé remplace celui de la période 2015-2020.", "renewed"),
    ("La Ville a signé lundi son contrat local de santé. Ce nouveau contrat prend le relais du précédent.", "renewed"),
    ("Le CLS signé en mai prend la suite de celui de 2018.", "renewed"),
    ("Ce mardi, un contrat local de santé a été signé pour deux nouvelles années entre le Pays et l'ARS.", "renewed"),
    ("Le CLS de la métropole, signé en mai, prend le relais du CLS de la seule ville de Tours.", "signed"),
    ("Le CLS a été signé lundi. Il reprend les axes du précédent exercice budgétaire.", "signed"),
    ("Avec ce contrat signé, c'est le quatrième dans les Alpes-de-Haute-Provence.", "signed"),
])
def test_a_new_contract_is_a_renewal_only_when_a_predecessor_is_said(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


def test_a_signed_draft_is_preparation():
    text = "Jeudi 29 juin, la préfiguration du contrat local de santé a été signée par les communautés de communes."
    assert extract_status(text, has_signing_date=True)[0] == "in_preparation"


def test_a_participle_joined_to_a_future_one_is_future():
    text = ("Le contrat local de santé a été voté en conseil communautaire. Le contrat sera porté par la "
            "communauté de communes et signé avec les communes et l'ARS.")
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"


def test_a_dated_renewal_to_come_is_announced():
    import pipeline

    text = ("Creil a signé mercredi son troisième contrat local de santé. Nogent-sur-Oise renouvellera son CLS "
            "le mardi 17 mars, lors d'une séance publique.")
    rec = pipeline.extract(text, published="2026-01-15")
    nogent = next(c for c in rec.contracts if c.territory.name == "Nogent-sur-Oise")
    assert (nogent.status, nogent.signing_date) == ("announced", "2026-03-17")


@pytest.mark.parametrize("text", [
    "La ville et les partenaires renouvellent le contrat local de santé signé en 2019.",
    "Aujourd'hui, vous venez de signer le troisième contrat local de santé avec l'ARS.",
])
def test_renewal_in_the_present_and_an_ordinal_after_signing(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == "renewed"


@pytest.mark.parametrize(("text", "expected"), [
    ("La maison de santé cherche un troisième médecin et le recrutement d'une seconde assistante médicale est lancé. "
     "Le contrat local de santé a été signé.", "signed"),
    ("La communauté de communes recrute un coordinateur pour son contrat local de santé.", "in_preparation"),
])
def test_hiring_is_preparation_only_for_the_contracts_coordinator(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a signing still to come, however it is put
    ("La compétence santé s'inscrit dans la signature prochaine d'un contrat local de santé.", "in_preparation"),
    ("La signature du contrat local de santé devrait intervenir au printemps, après la concertation.", "in_preparation"),
    ("Les fiches actions seront validées lors de la signature officielle du CLS, prévue en juin.", "in_preparation"),
    ("Le contrat local de santé de l'agglomération prend forme avec une réunion de restitution.", "in_preparation"),
    ("Un engagement a été signé pour préparer le futur contrat local de santé.", "in_preparation"),
    ("Le contrat local de santé et le contrat de ville ont été adoptés à une large majorité.", "in_preparation"),
    ("Les élus de l'opposition ont voté contre le contrat local de santé jeudi soir.", "in_preparation"),
    ("La commission finalise actuellement le prochain, qui couvrira 2026-2030.", "in_preparation"),
    ("Les élus approuvent le renouvellement du contrat local de santé pour la période 2022/2024.", "in_preparation"),
    ("Visite de la directrice de l'ARS et lettre d'engagement pour un éventuel contrat local de santé.", "in_preparation"),
    # a signing done, however it is put
    ("La signature officielle tripartite du contrat local de santé vient d'avoir lieu en mairie.", "signed"),
    ("Les partenaires étaient réunis dans la salle du conseil de la mairie pour signer le contrat local de santé.",
     "signed"),
    ("Officialisation d'un contrat local de santé pour la communauté de communes.", "signed"),
    ("La signature du contrat local de santé a eu lieu le 3 mai.", "signed"),
    ("La ville est co-signataire avec l'ARS d'un contrat local de santé.", "signed"),
    ("La Ville et l'ARS ont uni leurs forces afin de s'engager dans l'élaboration et la mise en œuvre d'un contrat "
     "local de santé.", "signed"),
    ("Les partenaires désignés comme co-signataires du contrat local de santé sont associés au COPIL et la "
     "signature est prévue en mars.", "in_preparation"),
])
def test_signings_to_come_and_signings_done(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


def test_other_items_adopted_in_council_minutes_say_nothing_of_the_contract() -> None:
    text = ("Adopté à l'unanimité.\n4. Contrat local de santé : compte rendu de la signature.\n"
            "Le conseil prend acte de la signature du contrat local de santé.\nAdopté à l'unanimité.")
    assert extract_status(text, has_signing_date=False)[0] == "signed"


def test_a_renewal_said_of_several_contracts_holds_for_each() -> None:
    import pipeline

    text = ("Santé | Val-de-Marne | 28/11/2018\n\nChampigny-sur-Marne, Vitry-sur-Seine, Alfortville et Villejuif ont "
            "signé hier leur second contrat local de santé avec l'Agence régionale de santé.\n\n"
            "À Alfortville, le contrat signé mise sur la prévention.\n\nÀ Villejuif, le contrat signé vise l'accès aux soins.")
    rec = pipeline.extract(text)
    assert {(c.territory.name, c.status, c.signing_date) for c in rec.contracts} == {
        (t, "renewed", "2018-11-27") for t in ("Champigny-sur-Marne", "Vitry-sur-Seine", "Alfortville", "Villejuif")}


@pytest.mark.parametrize("text", [
    "Le contrat local de santé a été signé lundi. C'est la deuxième édition, la première avait été signée en 2015.",
    "Les partenaires ont signé la version 2 du contrat local de santé.",
])
def test_a_second_edition_is_a_renewal(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == "renewed"


@pytest.mark.parametrize(("text", "expected"), [
    ("Ce 10 juillet, la commune a signé son nouveau contrat local de santé pour 2025-2028. Le premier contrat fut "
     "signé il y a 10 ans.", "renewed"),
    ("Le premier contrat local de santé du Pays a été signé le 10 décembre à Vervins.", "signed"),
    ("La Ville a signé un nouveau contrat local de santé ce lundi.", "signed"),
])
def test_a_new_contract_after_a_first_one_signed_is_a_renewal(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


def test_a_signing_set_for_today_is_announced() -> None:
    text = "La communauté de communes des Savanes doit signer aujourd'hui le premier contrat local de santé intercommunal."
    assert extract_status(text, has_signing_date=False)[0] == "announced"


@pytest.mark.parametrize(("text", "expected"), [
    ("La Ville et la Préfecture de la Vienne ont signé le 3ème CLS de la Vienne.", "signed"),
    ("C'est le 4e contrat local de santé que l'Agence régionale de santé signe en Guyane. Le contrat a été signé.",
     "signed"),
    ("Le 3e CLS de Dinan Agglomération a été signé.", "renewed"),
    ("La communauté a signé le contrat. Le non renouvellement des activités de chirurgie inquiète.", "signed"),
    ("Le contrat local de santé nouvelle génération a été signé lundi.", "signed"),
    ("La CAPA et l'ARS ont signé le premier contrat local de santé du Pays Ajaccien. Il s'agit du cinquième contrat local "
     "de santé signé en Corse.", "signed"),
])
def test_counts_of_an_area_and_other_renewals_are_no_renewal(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the renewal of the contract itself says a later contract, even where no signing is said
    ("Depuis son renouvellement en 2022, le CLS met l'accent sur la santé mentale.", "renewed"),
    ("Le renouvellement du contrat local de santé a permis d'élargir les actions.", "renewed"),
    ("À la suite de l'évaluation du précédent CLS, le Parc porte le contrat local de santé du territoire.", "renewed"),
    # a renewal noun of something else says nothing of the contract
    ("Le CLS aide les médecins : primo-installation ou renouvellement de matériel.", "unknown"),
])
def test_a_renewal_said_of_the_contract_needs_no_signing(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


@pytest.mark.parametrize("text", [
    "Signature hier soir du contrat local de santé de la ville entre la mairie et l'ARS.",
    "La signature, ce mardi matin, du CLS a réuni les élus.",
])
def test_a_signing_noun_with_a_time_word_before_its_object(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == "signed"


def test_a_signing_noun_with_a_time_word_still_to_come_is_no_signing() -> None:
    text = "La signature ce jeudi du contrat local de santé aura lieu en mairie."
    assert extract_status(text, has_signing_date=False)[0] != "signed"


@pytest.mark.parametrize("text", [
    "L'ARS et l'association ont signé le 20 juin une charte partenariale préalable à la création d'un CLS.",
    "Les élus ont voté une lettre d'engagement pour élaborer un contrat local de santé.",
    "La commune et l'ARS ont signé une lettre d'engagement mutuel pour un éventuel contrat local de santé.",
])
def test_a_preliminary_document_signed_ahead_of_the_contract_is_preparation(text: str) -> None:
    assert extract_status(text, has_signing_date=True)[0] == "in_preparation"


@pytest.mark.parametrize("text", [
    "Ce diagnostic doit nourrir la réflexion sur le contrat local de santé à venir.",
    "La ville lance une grande enquête. Cela permettra d'élaborer par la suite un contrat local de santé avec l'ARS.",
    "Réalisation d'un diagnostic santé dans le cadre d'un contrat local de santé sur la ville.",
    "La communauté présente la méthode pour la construction du prochain CLS.",
])
def test_work_towards_a_contract_not_yet_there_is_preparation(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"


def test_the_history_of_a_signed_contract_s_construction_is_no_preparation() -> None:
    text = ("La collectivité a recruté un coordinateur pour lancer la construction du CLS. Le contrat local de santé "
            "a été signé le 2 avril par l'ARS et la communauté de communes.")
    assert extract_status(text, has_signing_date=True)[0] == "signed"


@pytest.mark.parametrize("text", [
    "Le CLS 2016-2020 a été précédé d'un premier contrat, signé en 2013 entre la Ville et l'ARS. Il a été signé hier.",
    "Au terme d'un 1er Contrat Local de Santé, la communauté et l'ARS ont signé le mercredi 30 janvier le contrat.",
    "Les deux premiers CLS avaient porté sur l'accès aux soins. Le contrat a été signé mardi.",
])
def test_a_first_contract_named_as_the_forerunner_makes_a_renewal(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == "renewed"


def test_a_signing_noun_after_a_future_verb_and_its_article_is_to_come() -> None:
    assert extract_status("Le CLS est lancé : la troisième étape sera la signature du contrat dans un an.",
                          has_signing_date=False)[0] != "signed"
    assert extract_status("Le maire a détaillé les actions avant de passer à la signature du contrat local de santé.",
                          has_signing_date=False)[0] == "signed"


def test_a_new_contract_after_a_first_one_signed_earlier_is_a_renewal() -> None:
    from pipeline.extract.status import extract_status

    text = ("La Ville a signé son nouveau contrat local de santé, pour la période 2023-2027. Elle avait déjà signé un "
            "premier contrat local de santé, qui a couru jusqu'en 2020.")
    assert extract_status(text, False)[0] == "renewed"
    assert extract_status("La Ville a signé son nouveau contrat local de santé.", False)[0] == "signed"


def test_equipment_renewed_is_no_renewal_of_the_contract() -> None:
    from pipeline.extract.status import extract_status

    text = ("Le contrat local de santé a été signé en mars avec l'ARS. Le parc de véhicules du service de soins "
            "infirmiers a été renouvelé pour 190 000 euros.")
    assert extract_status(text, False)[0] == "signed"
    assert extract_status("Le contrat local de santé a été renouvelé en mars.", False)[0] == "renewed"


def test_a_headline_reporting_the_signing_outweighs_the_story_of_the_elaboration() -> None:
    import pipeline

    story = ("Les communautés de communes de l'Ernée et du Bocage Mayennais ont souhaité dès 2021 s'engager dans "
             "l'élaboration d'un contrat local de santé avec l'ARS. L'élaboration du CLS a mobilisé les habitants.\n")
    signed = pipeline.extract("SIGNATURE DU CONTRAT LOCAL DE SANTE\n\n" + story).contracts
    assert [c.status for c in signed] == ["signed"]
    ahead = pipeline.extract("SIGNATURE DU CONTRAT LOCAL DE SANTE\n\n" + story + "La signature est prévue en juin.\n")
    assert [c.status for c in ahead.contracts] == ["in_preparation"]


@pytest.mark.parametrize("text", [
    "La Ville de Grenoble agit pour la santé. La signature du consensus de Copenhague l'engage. Son contrat local de "
    "santé est présenté ici.",
    "La signature du contrat de ville a eu lieu en 2024. Le contrat local de santé de la Ville de Grenoble est présenté.",
])
def test_the_signing_of_another_object_is_no_signing_cue(text: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] != "signed"


@pytest.mark.parametrize(("text", "expected"), [
    ("L'élaboration des CLS s'inscrit dans le cadre du Code de la santé publique. Le CLS d'Angoulême est présenté.",
     "unknown"),
    ("Sur le territoire, le contrat local de santé a été précédé par l'élaboration d'un premier diagnostic partagé.",
     "unknown"),
    ("Un séminaire s'est tenu avec l'élaboration du programme d'actions du Contrat Local de Santé intercommunal.",
     "in_preparation"),
])
def test_the_elaboration_of_this_contract_not_of_cls_in_general(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


@pytest.mark.parametrize("text", ["Sept CLS sont déjà signés en Moselle, notamment à Metz et à Forbach.",
                                  "Le contrat local de santé de Nova est déjà signé."])
def test_already_signed_is_signed(text: str) -> None:
    from pipeline.extract.status import extract_status

    assert extract_status(text, False)[0] == "signed"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le contrat local de santé de la ville est porté par 12 signataires et une centaine de partenaires.", "signed"),
        ("Parmi les signataires de ce contrat local de santé figurent la CPAM et le centre hospitalier.", "signed"),
        ("Ils s'y engagent en tant que partenaires signataires : l'ARS, la Région et la CAF. Le CLS court jusqu'en 2028.",
         "signed"),
        # a contract document's heading, or its future parties, say no signing
        ("CONTRAT LOCAL DE SANTÉ. IV. LES ENGAGEMENTS DES SIGNATAIRES DU CONTRAT LOCAL DE SANTÉ ...... 62", "unknown"),
        ("Les futurs signataires du contrat local de santé se réuniront en mars.", "unknown"),
    ],
)
def test_the_contract_s_signatories_counted_or_listed_say_it_is_signed(text: str, expected: str) -> None:
    assert extract_status(text, has_signing_date=False)[0] == expected


def test_a_council_authorising_the_mayor_to_sign_it_prepares_the_contract() -> None:
    text = "Le conseil approuve le troisième contrat local de santé et autorise le maire à le signer avec l'ARS."
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"


def test_the_council_approving_the_new_contract_prepares_it() -> None:
    text = ("Réunis en conseil municipal mercredi, les élus ont approuvé le nouveau Contrat Local de Santé élaboré avec "
            "l'ARS.")
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"


def test_a_predecessor_that_was_not_renewed_makes_no_renewal() -> None:
    text = ("La ville avait signé le sien en 2015 ; il n'avait pas été renouvelé à son échéance. L'agglomération a signé "
            "vendredi son premier contrat local de santé.")
    assert extract_status(text, has_signing_date=False)[0] == "signed"


def test_a_signing_still_weeks_ahead_is_no_signing() -> None:
    text = ("Sa démission intervient à quelques semaines de la signature officielle du contrat local de santé, prévue "
            "mi-mars.")
    assert extract_status(text, has_signing_date=False)[0] != "signed"
    assert extract_status("La signature officielle du contrat local de santé a réuni les élus.", False)[0] == "signed"
    ahead = "La Communauté de communes prépare son premier CLS. La signature du contrat est envisagée au second semestre 2027."
    assert extract_status(ahead, has_signing_date=False)[0] == "in_preparation"


def test_a_contract_concluded_with_the_agency_is_signed_and_the_law_in_general_is_not() -> None:
    text = ("L'articulation du projet régional a donné corps, sur le territoire de l'agglomération, à un Contrat Local de "
            "Santé (CLS), conclu avec l'Agence Régionale de Santé (ARS).")
    assert extract_status(text, has_signing_date=False)[0] == "signed"
    law = ("La loi prévoit que le projet régional peut faire l'objet de contrats locaux de santé (CLS) conclus entre "
           "l'ARS et les collectivités territoriales.")
    assert extract_status(law, has_signing_date=False)[0] != "signed"


def test_a_day_the_contract_will_be_signed_on_an_undated_page_is_announced() -> None:
    import pipeline

    text = ("Le contrat local de santé de deuxième génération entre l'Agence régionale de santé et la Ville de Kourou, "
            "qui sera signé le 29 novembre 2019, est l'aboutissement d'un an de travail.\n")
    (contract,) = pipeline.extract(text).contracts
    assert (contract.status, contract.signing_date) == ("announced", "2019-11-29")


def test_an_intercommunality_adopting_a_contract_prepares_it() -> None:
    text = "Laval Agglomération a adopté un Contrat Local de Santé destiné à la santé des habitants de ses 34 communes."
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"
    signed = "Laval Agglomération a adopté un Contrat Local de Santé en mars ; il a été signé le 4 avril avec l'ARS."
    assert extract_status(signed, has_signing_date=False)[0] == "signed"


def test_an_area_s_count_is_no_generation() -> None:
    from pipeline.extract.status import extract_generation

    assert extract_generation("Il s'agit du cinquième contrat local de santé signé en Corse.") is None
    assert extract_generation("Le 3e CLS de Dinan Agglomération a été signé.") == 3


def test_a_signing_set_after_a_month_dated_issue_is_announced() -> None:
    import pipeline

    text = ("La Lettre du Pays – N° 31 – Décembre 2026\n\n"
            "Le premier contrat local de santé du Pays d'Arles sera officiellement signé le jeudi 14 janvier 2027 par le "
            "PETR et l'Agence régionale de santé Provence-Alpes-Côte d'Azur.\n")
    (contract,) = pipeline.extract(text, published="2026-12").contracts
    assert (contract.status, contract.signing_date) == ("announced", "2027-01-14")
    (signed,) = pipeline.extract(text.replace("sera officiellement signé le jeudi 14 janvier 2027",
                                              "a été officiellement signé le lundi 14 décembre 2026"),
                                 published="2026-12").contracts
    assert signed.status == "signed"


def test_a_diagnostic_before_its_own_contract_is_preparation_and_designating_is_no_signing() -> None:
    text = "La communauté de communes a engagé le diagnostic préalable à son propre contrat local de santé."
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"
    from pipeline.extract.contracts import _SIGN_CUE

    assert _SIGN_CUE.search("Les communes doivent désigner leur coordonnateur avant le 15 décembre.") is None
    assert all(_SIGN_CUE.search(t) for t in ("a signé", "les soussignés", "cosignataires", "contresigné"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a signing denied for now is no signing
        ("Le conseil a approuvé le projet de contrat local de santé. Prudence toutefois : le contrat n'est pas encore "
         "signé.", "in_preparation"),
        ("Le contrat local de santé n'a toujours pas été signé par l'ARS.", "in_preparation"),
        ("Le contrat local de santé a été présenté jeudi. Le Département ne figure pas parmi les signataires.", "unknown"),
        # the narrative past, and a signing told after it
        ("Il y a un an jour pour jour, la commune signait son premier contrat local de santé.", "signed"),
        ("Deux mois après sa signature, le contrat local de santé entre dans sa phase active.", "signed"),
        ("[Photo 3/5] Le moment des signatures, en présence du sous-préfet.", "signed"),
        ("Quatre signatures pour le premier contrat local de santé de la commune.", "signed"),
        # a renewal still ahead does not make this contract a renewed one
        ("La communauté de communes a signé en 2024 son premier contrat local de santé. L'évaluation prépare la "
         "seconde moitié du contrat et la préparation de son renouvellement en 2028.", "signed"),
    ],
)
def test_denied_narrated_and_future_signings(text, expected):
    assert extract_status(text, False)[0] == expected


def test_a_draft_with_blanks_is_in_preparation_whatever_its_template_says():
    text = ("PROJET – VERSION DE TRAVAIL N° 2\nContrat local de santé de la commune\nEntre la Ville, représentée par son "
            "maire, M. [NOM], et l'ARS. Le présent contrat est signé pour cinq ans.\n")
    assert extract_status(text, False)[0] == "in_preparation"


def test_another_section_of_a_newsletter_renews_something_else():
    import pipeline

    rule = "\n\n________________________________________\n\n"
    text = ("LA LETTRE DES ÉLUS DU CANTON – N° 48" + rule
            + "LE MOT DU PRÉSIDENT\n\nAprès les élections de mars, la moitié des conseils municipaux ont été "
            "renouvelés et beaucoup de maires découvrent leur fonction. Nos formations reprennent en septembre." + rule
            + "SANTÉ\n\nLa communauté de communes du Pays de Lumbres a signé jeudi son premier contrat local de santé "
            "avec l'ARS Hauts-de-France et la préfecture du Pas-de-Calais. Il court de 2026 à 2030." + rule
            + "AGENDA\n\nMardi 9 juin : réunion des secrétaires de mairie.\n")
    (contract,) = pipeline.extract(text, published="2026-05-20").contracts
    assert contract.status == "signed"


def test_a_later_generation_signed_is_a_renewal():
    assert extract_status("Le deuxième contrat du territoire a été signé jeudi à Pont-l'Abbé.", False)[0] == "renewed"


def test_a_renewal_said_of_an_areas_counted_contracts_is_not_this_ones() -> None:
    text = ("Ce jeudi, la communauté de communes a signé son premier contrat local de santé avec l'ARS Grand Est. "
            "Avec ce contrat, la Moselle compte désormais quatorze CLS signés ou en cours de renouvellement.")
    assert extract_status(text, has_signing_date=True)[0] == "signed"
    assert extract_status("La Ville a signé hier le renouvellement de son contrat local de santé.",
                          has_signing_date=True)[0] == "renewed"


def test_works_renewing_networks_say_nothing_of_the_contract() -> None:
    text = ("Le 21 octobre dernier, la Ville a signé son tout premier contrat local de santé.\n"
            "Rue piétonne : fin du chantier de renouvellement des réseaux prévue mi-décembre.")
    assert extract_status(text, has_signing_date=True)[0] == "signed"


def test_a_signing_put_off_without_a_new_day_is_preparation() -> None:
    text = ("À Acoua, la signature du contrat local de santé, prévue le mardi 20 janvier, est reportée : une nouvelle "
            "date sera fixée après la crise.")
    assert extract_status(text, has_signing_date=False)[0] == "in_preparation"


def test_an_elaboration_written_as_a_table_cell_is_preparation() -> None:
    assert extract_status("Communauté de communes Retz-en-Valois | 02 | Élaboration d'un premier CLS | 25 000 €",
                          has_signing_date=False)[0] == "in_preparation"


def test_what_a_cls_is_said_in_general_gives_no_status():
    from pipeline.extract.status import extract_status
    text = ("La Ville s'engage dans l'élaboration de son premier contrat local de santé. Un contrat local de santé est "
            "un accord conclu pour plusieurs années entre une collectivité et l'Agence régionale de santé. "
            "Le futur contrat sera signé par la Ville et l'ARS.\n- 2027 : signature du contrat.")
    assert extract_status(text, False)[0] == "in_preparation"  # the definition's "conclu" is no signing
    # a contract's own signing, told after the definition, still counts
    assert extract_status("Un contrat local de santé est un accord conclu entre une collectivité et l'ARS. Le contrat "
                          "de la Ville a été signé en mairie.", False)[0] == "signed"


def test_a_second_contract_that_followed_the_first_is_a_renewal():
    from pipeline.extract.status import extract_status
    assert extract_status("Le premier CLS couvrait la période 2018-2022. Il a été suivi d'un second contrat, signé le "
                          "17 octobre 2024 pour la période 2024-2028.", False)[0] == "renewed"
    # another plan's second contract says nothing of the CLS
    assert extract_status("La commune a signé un second contrat de ville le 3 mai.", False)[0] == "signed"


@pytest.mark.parametrize("other", [
    "Le comité des fêtes renouvelle son bureau.",
    "La Chambre a signé le renouvellement de son projet alimentaire territorial.",
    "Cocher la case : Renouvellement d'une demande.",
    "Le renouvellement par moitié du conseil départemental a lieu en mars.",
])
def test_the_renewal_of_another_object_is_not_the_contract_s(other):
    from pipeline.extract.status import extract_status
    assert extract_status(other + " Le premier contrat local de santé a été signé lundi.", False)[0] == "signed"


@pytest.mark.parametrize("text", [
    "Le renouvellement du contrat local de santé a été signé lundi.",
    "La ville a renouvelé son contrat local de santé.",
    "Le CLS, renouvelé pour cinq ans, a été signé lundi.",
])
def test_the_contract_s_own_renewal(text):
    from pipeline.extract.status import extract_status
    assert extract_status(text, False)[0] == "renewed"


def test_a_contract_not_yet_signed_that_its_parties_plan_to_sign():
    from pipeline.extract.status import extract_status
    assert extract_status("Aucun contrat n'est encore signé. La communauté de communes et l'ARS prévoient de signer ce "
                          "premier CLS courant 2026.", False)[0] == "in_preparation"


def test_a_pact_renewed_is_the_contract_renewed():
    from pipeline.extract.status import extract_status
    assert extract_status("L'Agglo renouvelle son pacte santé avec l'ARS : le contrat local de santé a été signé "
                          "lundi.", False)[0] == "renewed"
