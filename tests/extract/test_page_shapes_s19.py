"""Page shapes met in the nineteenth session (unworked errors of batches ek–es, first contacts et–…), end to end:
each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def _signatories(text: str, **kw) -> list[list[tuple[str, str]]]:
    rec = pipeline.extract(text, **kw)
    return [[(s.org_type, s.name) for s in c.signatories] for c in rec.contracts]


def test_a_flattened_table_of_the_parties_under_a_signatory_column_head():
    # a table "Signataire | Représenté par" flattened column by column: the first column's cells are the parties
    text = ("Le contrat local de santé de la communauté de communes du Pays Fertois\n\n"
            "Le deuxième contrat a été signé le 4 mai 2026 pour la période 2026-2030.\n\n"
            "Qui s'engage ?\n\nSignataire\nCommunauté de communes du Pays Fertois\n"
            "Agence régionale de santé Île-de-France\nÉtat – sous-préfecture de Meaux\nMSA Île-de-France\n"
            "Grand Hôpital de l'Est Francilien\n\nReprésenté par\nPaul Durand, président\n"
            "Anne Roux, directrice de la délégation départementale\nLuc Martin, sous-préfet de Meaux\n"
            "Marie Petit, directrice\nJean Morel, directeur délégué\n\n"
            "Partenaires associés, non signataires : le Département de Seine-et-Marne et la Mission locale.\n")
    (sigs,) = _signatories(text, published="2026-05-10")
    assert ("sous_prefecture", "Sous-préfecture de Meaux") in sigs
    assert ("msa", "MSA Île-de-France") in sigs
    assert ("hospital", "Grand Hôpital de l'Est Francilien") in sigs
    assert not any(t == "departement" for t, _ in sigs)


def test_the_parties_a_contract_in_preparation_will_bind():
    # "Le futur contrat liera X à Y et à Z": the parties to be, in the future tense of "lier"
    text = ("Santé : la communauté de communes de la Porte des Vosges Méridionales prépare son contrat local de santé\n\n"
            "Le conseil communautaire du 24 septembre 2026 a approuvé l'élaboration du premier contrat local de santé. "
            "Le futur contrat liera la communauté de communes à l'ARS Grand Est, à la préfecture des Vosges et à la "
            "CPAM des Vosges. La signature est envisagée à l'été 2027.\n")
    (sigs,) = _signatories(text, published="2026-10-01")
    assert {t for t, _ in sigs} >= {"ars", "prefecture", "cpam"}
