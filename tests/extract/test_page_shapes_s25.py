"""Page shapes met in the twenty-fifth session (the real pages' signatory lists and the first contacts it–iw), end to
end: each test states the class of page it stands for, never one document."""

from __future__ import annotations

import pipeline


def test_a_body_named_by_its_departements_number_and_by_its_name_is_one_party():
    # a contract document's "Entre …" names the CPAM in full, its signature block "la CPAM 93": one CPAM, listed once,
    # under the name the text gives first; "le Conseil départemental" and "le Département" with no place are one too
    text = ("Contrat local de santé de Romainville 2019-2022\n\n"
            "Entre Madame le Maire de Romainville, Monsieur le Directeur général de l'Agence régionale de santé "
            "d'Île-de-France, Monsieur le Préfet de la Seine-Saint-Denis et Monsieur le Directeur de la Caisse primaire "
            "d'assurance maladie de la Seine-Saint-Denis Il a été convenu de signer le présent contrat local de santé.\n\n"
            "Fait à Bobigny, le 12 septembre 2019\n\n"
            "Le Maire de Romainville          Le Préfet de Seine-St-Denis          Le Directeur de la CPAM 93\n")
    (contract,) = pipeline.extract(text).contracts
    cpams = [s.name for s in contract.signatories if s.org_type == "cpam"]
    assert cpams == ["CPAM de la Seine-Saint-Denis"]
    assert len([s for s in contract.signatories if s.org_type == "prefecture"]) == 1
    from pipeline.extract.signatories import party_key
    assert party_key("caf", "CAF 37") == party_key("caf", "Caisse d'allocations familiales d'Indre-et-Loire")
    assert party_key("departement", "Conseil départemental") == party_key("departement", "le Département")
    assert party_key("cpam", "CPAM des Flandres") != party_key("cpam", "CPAM du Nord")  # no département's name
