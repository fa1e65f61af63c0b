"""pipeline.clean: one group of French cases per cleaning step, then the dev documents, then a
property test of the offset map (every extracted span must point back into the source)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.clean import Cleaned, clean_text
from pipeline.clean.boilerplate import classify_line
from pipeline.clean.offsets import Edit, apply_edits
from pipeline.clean.rules import load_rules

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV_DOCS = SHARED / "dev" / "docs"


def _dev(name: str) -> str:
    path = DEV_DOCS / name
    if not path.exists():
        pytest.skip(f"shared dev corpus not available ({path})")
    return path.read_text(encoding="utf-8")


def _check_offsets(src: str, out: Cleaned) -> None:
    prev = 0
    for i in range(len(out.text) + 1):
        j = out.to_source(i)
        assert prev <= j <= len(src)
        prev = j
    prev_end = 0
    for i in range(len(out.text)):
        s, e = out.source_span(i, i + 1)
        assert s <= e <= len(src) and e >= prev_end
        prev_end = e


# --------------------------------------------------------------------------- 1. mojibake


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "le contrat local de santÃ© de deuxiÃ¨me gÃ©nÃ©ration",
            "le contrat local de santé de deuxième génération",
        ),
        ("Ã‰lise Fabre, vice-prÃ©sidente", "Élise Fabre, vice-présidente"),
        ("L'ARS apporte 45 000 Â¤ en 2024", "L'ARS apporte 45 000 € en 2024"),
        ("cofinancé à hauteur de 15 816¤ par l'ARS", "cofinancé à hauteur de 15 816€ par l'ARS"),
        ("un budget de 30 000 â‚¬ par an", "un budget de 30 000 € par an"),
        # an ellipsis whose first byte was lost: no amount
        ("CONTRAT LOCAL DE SANTE DE PANTIN 2015 - 2017€¦ · L'évaluation", "CONTRAT LOCAL DE SANTE DE PANTIN 2015 - 2017… · L'évaluation"),
    ],
)
def test_mojibake_repaired(raw: str, expected: str) -> None:
    out = clean_text(raw)
    assert out.text == expected
    assert "Ã" not in out.text and "¤" not in out.text


@pytest.mark.parametrize(
    "text",
    [
        "L’ARS a signé « le CLS » à Laon, déjà en œuvre.",
        "Élodie Mahé, directrice de la délégation départementale du Finistère",
        "Ça coûte 1,5 million d’euros — été 2024 ; « Nîmes » ; Saint-Étienne",
        "QUELS SONT LES THÈMES QUI PEUVENT ÊTRE ABORDÉS ?",
    ],
)
def test_correct_french_untouched(text: str) -> None:
    out = clean_text(text)
    assert out.text == text
    assert out.warnings == []


# --------------------------------------------------------------------------- 2. lorem ipsum


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Titre\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n\nLe CLS est signé.",
            "Titre\n\nLe CLS est signé.",
        ),
        ("Le CLS est signé.\ndolor. Curabitur ut Sed lectus Aenean Praesent", "Le CLS est signé."),
        ("L'ARS finance la coordination. Lorem ipsum dolor sit amet.", "L'ARS finance la coordination."),
        ("Pellentesque habitant morbi tristique senectus et netus.\nLa ville signe.", "La ville signe."),
    ],
)
def test_lorem_ipsum_removed(raw: str, expected: str) -> None:
    out = clean_text(raw)
    assert out.text == expected
    assert "lorem_ipsum_removed" in out.warnings


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est signé et non reporté, in fine, par un comité ad hoc.",
        "Le cursus des internes en médecine est financé à 30 %.",
        "Qui signe ? La CPAM, l'ARS et la Ville ; elle a eu son CLS en 2018.",
    ],
)
def test_lorem_ipsum_leaves_french(text: str) -> None:
    assert clean_text(text).text == text


# --------------------------------------------------------------------------- 3. boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Partager : Facebook  X  LinkedIn  E-mail  Imprimer",
        "Partager sur Facebook | Tweeter | Envoyer",
        "Partager l'article · Commentaires (12)",
        "[Facebook] [LinkedIn] [Copier le lien]",
        "Facebook Twitter LinkedIn",
        "diminuer la taille du texte augmenter la taille du texte Imprimer",
        "Nous utilisons des cookies pour mesurer l'audience. Accepter / Refuser",
        "Cookies : en poursuivant votre navigation, vous acceptez l'utilisation de cookies. [OK]",
        "Accueil | Vivre ici | Santé & social | Environnement | Économie | Agenda | Contact",
        "Menu  Actualités  Sport  Culture  Faits divers",
        "Accueil > Cohésion sociale > Politique de la ville",
        "Accueil › Services › Santé › Contrat local de santé",
        "emploi-territorial-exemple.fr › Offres › Santé publique",
        "Lire aussi : Un nouveau scanner à l'hôpital de Dinan",
        "Vous aimerez aussi :",
        "Articles liés : Feria 2023, le bilan | Travaux sur l'avenue Saint-Saëns",
        "Offres similaires : Coordinateur CPTS (H/F) · Animateur CLSM (H/F)",
        "© Ville de Laon 2024",
        "ARS Occitanie — Mentions légales — Plan du site — Accessibilité : partiellement conforme",
        "Suivez-nous : Facebook · Instagram · LinkedIn · YouTube",
    ],
)
def test_chrome_line_dropped(line: str) -> None:
    assert classify_line(line, load_rules()) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Partager les constats du diagnostic local de santé avec les habitants est une priorité du contrat.",
        "GRAND-FIGEAC | Santé",
        "Santé | 27 septembre 2023",
        "Publié le 10 octobre 2024 · Lecture 3 min",
        "[Photo] De gauche à droite : Sophie Abdou-Laval, sous-préfète ; Raymond Sabayo, maire.",
        "Au premier plan, Éric Delhaye, maire de Laon et Fanny Anor, préfète de l'Aisne. (c) Ville de Laon",
        "Signataires : Ville · ARS · CPAM · Département",
        "Contact : clsm@exemple-vichy-communaute.fr",
        "« Accès aux soins » › « Santé mentale » › « Vieillissement »",
        "• Axe 1 – Attirer et fidéliser les professionnels de santé",
        "Atelier nutrition : préparer des cookies sans sucre avec les enfants.",
        "Le CLS s'organise autour de 3 axes : accès aux soins, santé mentale, prévention.",
    ],
)
def test_content_line_kept(line: str) -> None:
    assert classify_line(line, load_rules()) is None


def test_related_teasers_and_duplicates_dropped() -> None:
    raw = (
        "Légende : Marie Guichard, préfète.\nLégende : Marie Guichard, préfète.\n\n"
        "Le CLS est signé.\n\nVous aimerez aussi :\n> Collecte des déchets\n> Le festival revient\n"
    )
    out = clean_text(raw)
    assert out.text == "Légende : Marie Guichard, préfète.\n\nLe CLS est signé."
    assert {"boilerplate_removed", "duplicate_line_removed"} <= set(out.warnings)


# --------------------------------------------------------------------------- 4. hard wraps


def test_hard_wrapped_paragraph_joined() -> None:
    raw = (
        "MAYOTTE\nLa CADEMA annonce\nun contrat local\nde santé\n\n"
        "Le conseil communautaire\nde la Communauté\nd'agglomération de\nDembéni-Mamoudzou (CADEMA)\n"
        "a voté, le 27 février\n2025, le principe d'un\ncontrat local de santé.\nLe président,\n"
        "Saïd Ahamada\nCombo, a annoncé\nvouloir signer."
    )
    out = clean_text(raw)
    lines = out.text.split("\n")
    assert lines[0] == "MAYOTTE"
    assert lines[1] == "La CADEMA annonce un contrat local de santé"
    assert "d'agglomération de Dembéni-Mamoudzou (CADEMA) a voté, le 27 février 2025, le principe" in out.text
    assert "Saïd Ahamada Combo, a annoncé vouloir signer." in out.text
    assert "hard_wraps_joined" in out.warnings


@pytest.mark.parametrize(
    "text",
    [
        # list items, "Axe"/"Fiche" lines, Roman numerals, numbered axes keep their line
        "Signataires :\n• la Ville ;\n• l'ARS ;\n• la CPAM.",
        "Axe 1 : accès aux soins\nAxe 2 : santé mentale\nAxe 3 : prévention",
        "I. Améliorer l'accès aux soins\nII. Développer la prévention\nIII. Agir pour la santé mentale",
        "1) l'accès aux soins ;\n2) la santé mentale ;\n3) la santé des jeunes.",
        "1. Faciliter l'accès aux soins\n   - Fiche action 1.1 : accompagner l'installation\n2. Prévenir",
        "Fiche 1.1 Médiation en santé\nFiche 1.2 Bus santé itinérant\nFiche 2.1 Dépistage",
        # header lines of a press release are not a wrapped paragraph
        "Communiqué — Agence régionale de santé Grand Est\nColmar, le 15 mars 2024",
        "OFFRE D'EMPLOI\nCoordinateur du Contrat local de santé (H/F)\nHautes Terres Communauté — Murat",
        # one paragraph per line (long lines) stays as is
        "Le CLS 2025-2029 a été signé le 2 avril par l'ARS et la communauté de communes du territoire.\n"
        "Ce contrat, fruit d'un travail concerté impliquant l'ensemble des acteurs locaux de la santé.",
    ],
)
def test_structure_not_joined(text: str) -> None:
    assert clean_text(text).text == text


def test_two_line_wrap_and_hyphen() -> None:
    raw = "Le poste de coordinatrice, occupé depuis l'automne par Léna Morvan, est\ncofinancé par l'ARS."
    assert clean_text(raw).text == raw.replace("\n", " ")
    raw = "La commune de Saint-Laurent-du-Maroni et la commune de Saint-\nLaurent-de-la-Salanque, de\nla CTG et\nde la CTM."
    assert "Saint-Laurent-de-la-Salanque" in clean_text(raw).text


def test_break_inside_one_long_sentence_joined() -> None:
    """A <br> a page put inside a long signing sentence: the parties after it belong to the same clause."""
    raw = ("Anne Roux, directrice générale de l'Agence régionale de santé, Paul Serra, directeur de la Caisse primaire "
           "d'assurance maladie de l'Aude\n"
           "et Marc Vidal, président de la communauté de communes, ont signé le 3 mai le contrat local de santé.")
    assert clean_text(raw).text == raw.replace("\n", " ")
    # a long line ended by its own punctuation, or a next line starting a sentence of its own, keeps its break
    for kept in (raw.replace("Aude\n", "Aude.\n"), raw.replace("Aude\net Marc", "Aude\nMarc")):
        assert "\n" in clean_text(kept).text


# --------------------------------------------------------------------------- 5. whitespace


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("cofinancé à 15\u00a0816\u202f€ par an", "cofinancé à 15 816 € par an"),
        ("Titre\r\nSignataires :\rFin.", "Titre\nSignataires :\nFin."),
        ("  Titre  \n\n\n\n  \nTexte   avec   espaces\t!  \n\n", "Titre\n\nTexte avec espaces !"),
        (
            "Axes :\n  • promotion de la santé,\n  • prévention,",
            "Axes :\n  • promotion de la santé,\n  • prévention,",
        ),
        ("▪ Accès aux soins\n◦ fiche 1", "▪ Accès aux soins\n◦ fiche 1"),
        ("san\u200bté\u00ad publique", "santé publique"),
        ("Puy\u2010de\u2011Dôme\u00a0(63)", "Puy-de-Dôme (63)"),
        ("\u00a0\n\n\u00a0\n\nObjectifs\n\n\u00a0\n\nActeurs", "Objectifs\n\nActeurs"),
    ],
)
def test_whitespace(raw: str, expected: str) -> None:
    assert clean_text(raw).text == expected


def test_glued_timestamp_left_intact() -> None:
    raw = "Contrat Local de Santé\n\nContrat Local de Santé2017-07-26T08:37:11+01:00\n\nLe 03 avril 2017, les élus ont acté."
    assert "Contrat Local de Santé2017-07-26T08:37:11+01:00" in clean_text(raw).text


# --------------------------------------------------------------------------- offsets


def test_apply_edits_map() -> None:
    text, mapping = apply_edits("abcdef", [Edit(1, 3, "X"), Edit(4, 4, "YY"), Edit(5, 6, "")])
    assert text == "aXdYYe"
    assert mapping.starts == [0, 1, 3, 4, 4, 4, 6]
    assert mapping.ends == [1, 3, 4, 4, 4, 5]


def test_spans_point_back_to_source() -> None:
    src = "Accueil | Actus | Santé | Agenda | Contact\n\nSignature par Yann\u00a0Le Gall, maire de santÃ©\nville."
    out = clean_text(src)
    start = out.text.index("Yann Le Gall")
    s, e = out.source_span(start, start + len("Yann Le Gall"))
    assert src[s:e] == "Yann\u00a0Le Gall"
    start = out.text.index("santé")
    s, e = out.source_span(start, start + len("santé"))
    assert src[s:e] == "santÃ©"
    _check_offsets(src, out)


_FRAGMENTS = st.sampled_from(
    [
        "Le contrat local de santé ",
        "santÃ© ",
        "45 000 Â¤ ",
        "15\u00a0816¤",
        "Lorem ipsum dolor sit amet ",
        "Partager : Facebook X LinkedIn\n",
        "Accueil > Actualités > Santé\n",
        "\n",
        "\n\n",
        "\r\n",
        "- ",
        "• ",
        "1. ",
        "Axe 1 ",
        "de\n",
        "Saint-\n",
        "   ",
        "\u200b",
        "« ",
        "©",
        "Contrat Local de Santé2017-07-26T08:37:11+01:00",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)))
def test_clean_never_raises_and_offsets_monotonic(src: str) -> None:
    out = clean_text(src)
    assert isinstance(out.text, str)
    _check_offsets(src, out)
    assert out.to_source(-5) == out.to_source(0)
    assert out.to_source(len(out.text) + 10) == out.to_source(len(out.text)) <= len(src)


# --------------------------------------------------------------------------- dev documents


def test_dev04_mojibake_repaired() -> None:
    src = _dev("dev-04-gaillac-graulhet-mojibake.txt")
    out = clean_text(src)
    assert "Ã" not in out.text and "Â" not in out.text and "¤" not in out.text
    assert "45 000 € en 2024" in out.text
    assert "Élise Fabre, vice-présidente déléguée à la santé" in out.text
    start = out.text.index("Élise Fabre")
    s, e = out.source_span(start, start + len("Élise Fabre"))
    assert src[s:e] == "Ã‰lise Fabre"


def test_dev12_hard_wraps_joined() -> None:
    out = clean_text(_dev("dev-12-cadema-annonce.txt"))
    assert "La CADEMA annonce un contrat local de santé" in out.text.split("\n")
    assert "Communauté d'agglomération de Dembéni-Mamoudzou (CADEMA) a voté, le 27 février 2025" in out.text
    assert "Saïd Ahamada Combo" in out.text
    assert "hard_wraps_joined" in out.warnings


def test_dev01_chrome_removed_structure_kept() -> None:
    out = clean_text(_dev("dev-01-landivisiau.txt"))
    for noise in ("Partager", "Vivre ici", "cookies", "Vous aimerez aussi", "Collecte des déchets"):
        assert noise not in out.text
    assert "\n1. Faciliter l'accès aux soins de premier recours\n   - Fiche action 1.1" in out.text
    assert "Communauté de communes du Pays de Landivisiau a été signé le 1er mars" in out.text


def test_dev02_and_dev17_lorem_removed() -> None:
    for name in ("dev-02-saint-etienne.txt", "dev-17-lannion-tregor.txt"):
        out = clean_text(_dev(name))
        assert "Lorem" not in out.text and "Pellentesque" not in out.text and "Ut enim" not in out.text
    out = clean_text(_dev("dev-17-lannion-tregor.txt"))
    assert "\nII. Développer la prévention" in out.text
    assert "Accueil ›" not in out.text


@pytest.mark.parametrize(
    "name", ["dev-11-saint-laurent-du-maroni.txt", "dev-16-grand-figeac.txt", "dev-18-pays-cob-cls3.txt"]
)
def test_dev_lists_and_captions_survive(name: str) -> None:
    src = _dev(name)
    out = clean_text(src)
    for line in src.splitlines():
        if line.lstrip().startswith(("▪", "•", "◦", "- ", "1)", "[Photo]")):
            assert line.rstrip() in out.text.split("\n")


def test_all_dev_and_seed_docs_clean() -> None:
    if not DEV_DOCS.exists():
        pytest.skip(f"shared dev corpus not available ({DEV_DOCS})")
    paths = sorted(DEV_DOCS.glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    for path in paths:
        src = path.read_text(encoding="utf-8")
        out = clean_text(src)
        assert out.text.strip(), path.name
        assert "Ã" not in out.text, path.name
        assert "\n\n\n" not in out.text, path.name
        _check_offsets(src, out)


def test_word_cut_at_a_line_end_loses_its_hyphen_but_compounds_keep_theirs():
    raw = ("Depuis le printemps, le PETR du Pays Charo-\nlais-Brionnais prépare son contrat local de santé avec\n"
           "la vice-\nprésidente du Département et les hôpitaux de la\nrégion, qui seront associés au diagnostic\n"
           "et à la rédaction des fiches actions du futur\ncontrat, attendu pour la fin de l'année prochaine.\n")
    out = clean_text(raw).text
    assert "Charolais-Brionnais" in out
    assert "vice-présidente" in out


# --------------------------------------------------------------------------- ftfy is skipped on plain lines

_ASCII = [chr(c) for c in range(0x20, 0x7F) if chr(c) != "&"] + ["\t"]
_FRENCH = list("\xa0\u202fàâäçéèêëîïôöùûüÿœæÀÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”–—…°²·•▪◦●■□")
# Strings of the plain alphabet with no two non-ASCII characters in a row (what _plain accepts).
_PLAIN_TEXT = st.lists(st.tuples(st.sampled_from([*_FRENCH, ""]), st.sampled_from(_ASCII)), max_size=40).map(
    lambda pairs: "".join(a + b for a, b in pairs))


@settings(max_examples=1000, deadline=None)
@given(_PLAIN_TEXT)
def test_ftfy_leaves_plain_lines_unchanged(s: str) -> None:
    """The shortcut in repair_mojibake: a line it calls plain is one ftfy would not change."""
    import ftfy

    from pipeline.clean.mojibake import _FTFY, _plain

    assert _plain(s)
    assert ftfy.fix_text(s, config=_FTFY) == s


def test_ftfy_shortcut_on_the_corpus_lines() -> None:
    import ftfy

    from pipeline.clean.mojibake import _FTFY, _plain

    corpus = Path(__file__).resolve().parent.parent / "corpus" / "docs"
    n_plain = 0
    for path in sorted(corpus.iterdir()):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if _plain(line):
                n_plain += 1
                assert ftfy.fix_text(line, config=_FTFY) == line, line
    assert n_plain > 1000


def test_a_document_sites_list_of_other_documents_is_dropped_up_to_the_transcript() -> None:
    text = ("CONTRAT LOCAL DE SANTE DE STAINS\n\nDocuments pareils\nCONTRAT LOCAL DE SANTE DE MONTFERMEIL\n\n"
            "Contrat de ville de nouvelle génération\n\nTranscription\n1 Le présent contrat est conclu entre la Ville "
            "et l'ARS.\n")
    out = clean_text(text).text
    assert "MONTFERMEIL" not in out and "nouvelle génération" not in out and "Documents pareils" not in out
    assert out.startswith("CONTRAT LOCAL DE SANTE DE STAINS") and "conclu entre la Ville" in out
    # Without a transcript, the list runs to the end of the page.
    assert clean_text(text.split("Transcription")[0]).text.strip() == "CONTRAT LOCAL DE SANTE DE STAINS"


def test_a_running_header_with_its_page_number_is_kept_once() -> None:
    raw = ("Dossier de presse – CLS Coulommiers Pays de Brie      1\n\nLe contrat est signé.\n\n"
           "Dossier de presse – CLS Coulommiers Pays de Brie      2\n\nLES SIGNATAIRES\n\n"
           "Dossier de presse – CLS Coulommiers Pays de Brie      3\n\nFiche action n°1\nFiche action n°2\n"
           "Fiche action n°3\n")
    text = clean_text(raw).text
    assert text.count("Dossier de presse") == 1
    assert "Fiche action n°3" in text and "LES SIGNATAIRES" in text


def test_dates_written_in_words_are_rewritten_in_digits() -> None:
    """An act writes its dates in words; the date and period readers see digits. Counts and amounts stay as written."""
    text = ("Considérant que la convention, conclue pour les années deux mille vingt-six à deux mille trente, sera "
            "signée le mardi trente et un mars deux mille vingt-six. Fait le premier avril deux mille vingt-six. "
            "Une aide de deux mille euros, deux mille habitants, trois axes.")
    cleaned = clean_text(text)
    assert cleaned.text == ("Considérant que la convention, conclue pour les années 2026 à 2030, sera signée le mardi 31 "
                            "mars 2026. Fait le 1er avril 2026. Une aide de deux mille euros, deux mille habitants, "
                            "trois axes.")
    start = cleaned.text.index("31 mars")
    assert text[slice(*cleaned.source_span(start, start + 2))] == "trente et un"


def test_a_table_laid_out_with_spaces_is_read_one_row_per_line() -> None:
    text = ("LE PLAN EN UN TABLEAU\n\n"
            "AXE                           ACTIONS 2026                               PILOTE\n"
            "1. Accès aux soins et         Accueil de 12 internes, journée            PETR\n"
            "   attractivité médicale      d'installation en octobre\n"
            "2. Santé mentale              Formation de 60 secouristes en santé       CH Gérard\n"
            "                              mentale, annuaire des ressources           Marchant\n\n"
            "Le comité de pilotage se réunira deux fois par an.\n")
    out = clean_text(text)
    assert "AXE | ACTIONS 2026 | PILOTE" in out.text
    assert ("1. Accès aux soins et attractivité médicale | Accueil de 12 internes, journée d'installation en octobre | PETR"
            in out.text)
    assert "2. Santé mentale | Formation de 60 secouristes en santé mentale, annuaire des ressources | CH Gérard Marchant" \
        in out.text
    assert "text_table_read" in out.warnings


@pytest.mark.parametrize("text", [
    # a spaced-out title over a table of contents' page numbers
    "LE CONTRAT LOCAL      DE   SANTÉ    DU PAYS\nTitre 1 : Champ du contrat                 page 22\n"
    "Titre 2 : Objet du contrat                 page 26\n",
    # two columns of prose side by side
    "La communauté a signé ce contrat      Collecte des sapins : lundi 11\nlocal de santé avec l'ARS et la     janvier, "
    "aux points habituels.\n",
])
def test_lines_spaced_out_that_are_no_table_stay(text: str) -> None:
    assert "|" not in clean_text(text).text


def test_two_columns_of_prose_are_read_one_after_the_other() -> None:
    left = ["Le vendredi 6 novembre, à la Maison du Parc,", "au Bouchet, les présidents des communautés de",
            "communes Cœur de Brenne et Brenne – Val de", "Creuse ont signé ensemble un contrat local de",
            "santé commun. Un seul et même contrat, donc,", "pour les 39 communes des deux territoires."]
    right = ["Le conseil communautaire du 19 novembre", "a voté les tarifs 2027 de la redevance",
             "incitative : part fixe de 98 € par", "foyer, 2,40 € par levée au-delà de douze",
             "levées par an. Les professionnels", "paieront 145 € de part fixe."]
    text = "\n".join(f"{a:<52}{b}" for a, b in zip(left, right, strict=True)) + "\n"
    out = clean_text(text)
    assert "présidents des communautés de communes Cœur de Brenne et Brenne – Val de Creuse ont signé" in out.text
    assert out.text.index("pour les 39 communes") < out.text.index("Le conseil communautaire")
    assert "columns_read" in out.warnings


def test_footnote_calls_glued_to_words_are_dropped_and_exponents_of_units_kept() -> None:
    out = clean_text("Le CLS¹ n° 2 est signé avec la CPAM⁵ du Haut-Rhin et le PETR². Une salle de 420 m².\n\n"
                     "¹ CLS : contrat local de santé\n")
    assert out.text.startswith("Le CLS n° 2 est signé avec la CPAM du Haut-Rhin et le PETR. Une salle de 420 m².")
    assert "¹ CLS : contrat local de santé" in out.text and "footnote_calls_removed" in out.warnings


def test_a_bulleted_list_under_a_related_links_heading_is_other_pages_titles() -> None:
    text = ("Le contrat retient quatre orientations.\n\nSur le même thème\n- Vaccination : bilan de la campagne 2025-2026\n"
            "- Permanence des soins : les gardes de février\n")
    assert "Vaccination" not in clean_text(text).text
    inline = ("Il s'organise autour de deux axes :\n\nLire aussi | Saint-Dié : le contrat de ville signé\n\n"
              "- attirer et fidéliser les professionnels de santé ;\n- prévenir la perte d'autonomie.\n")
    assert "- attirer et fidéliser les professionnels de santé" in clean_text(inline).text


def test_a_markdown_table_s_rows_lose_their_outer_pipes():
    # (and the rule under its header, no row: read_grid_tables)
    text = "Les axes\n\n| Axe | Objectif |\n|---|---|\n| Axe 1 – Soins | Attirer des médecins |\n\nFin | ici\n"
    assert clean_text(text).text == "Les axes\n\nAxe | Objectif\nAxe 1 – Soins | Attirer des médecins\n\nFin | ici"
    # a table without a rule under its header keeps its rule-less rows as they are
    text = "Les axes\n\n| Axe | Objectif |\n| Axe 1 – Soins | Attirer des médecins |\n"
    assert clean_text(text).text == "Les axes\n\nAxe | Objectif\nAxe 1 – Soins | Attirer des médecins"


def test_a_spaced_table_in_wrapped_text_keeps_its_rows_and_ends_at_a_line_across_it():
    text = ("Le contrat local de santé de la ville est entré dans sa deuxième année et\n"
            "ses actions avancent comme le montre le tableau suivant, mis à jour en\n"
            "novembre par le service santé de la ville et ses partenaires du contrat.\n\n"
            "Axe   Intitulé                         Avancement\n"
            "1     Faciliter l'accès aux soins      ●●●○\n"
            "2     Prévenir les maladies            ●●○○\n"
            "      chroniques\n"
            "3     Promouvoir la santé mentale      ●●●●\n"
            "Légende : ●○○○ lancé, ●●●● réalisé\n")
    cleaned = clean_text(text).text
    assert "2 | Prévenir les maladies chroniques | ●●○○\n3 | Promouvoir la santé mentale | ●●●●\nLégende" in cleaned


def test_ocr_swaps_of_zero_and_letter_o_are_read_as_written():
    # a scanned contract's "C0NTRAT LOCAL DE SANTE" and "le 6 octobre 2O26": a zero among capitals, a letter O in a year;
    # "CO2" and a paper size "A0" stay as they are
    out = clean_text("C0NTRAT LOCAL DE SANTE\nFait le 6 octobre 2O26, en CO2 et au format A0.\n")
    assert "CONTRAT LOCAL DE SANTE" in out.text and "6 octobre 2026" in out.text
    assert "CO2" in out.text and "A0" in out.text and "ocr_swaps_repaired" in out.warnings
