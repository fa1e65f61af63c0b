import re

import pipeline
from pipeline.extract.tables import cell_under

TABLE = ("Les intercommunalités ci-dessous ont signé leur contrat local de santé (CLS) avec l'ARS Bretagne.\n\n"
         "Territoire | Contrat | Période | Axes prioritaires | Référente\n"
         "Dinan Agglomération | CLS 2 | 2024-2028 | Santé mentale / Accès aux soins / Bien vieillir | Léa Morvan\n"
         "Lannion-Trégor Communauté | CLS 1 | 2025-2029 | Prévention des addictions ; Santé des jeunes | Paul Guéguen\n"
         "\nL'ARS cofinance le poste de coordination de chaque contrat à hauteur de 25 000 € par an.\n")


def test_a_row_s_cell_is_the_one_under_its_column_header() -> None:
    axes = re.compile(r"(?i)axes(?:\s+prioritaires)?")
    row = TABLE.index("Lannion")
    cell, at = cell_under(TABLE, row, axes)
    assert cell == "Prévention des addictions ; Santé des jeunes" and TABLE[at:].startswith(cell)
    assert cell_under(TABLE, TABLE.index("Territoire"), re.compile("Période")) is None  # the header row itself
    assert cell_under(TABLE, TABLE.index("Les intercommunalités"), axes) is None  # no table row
    assert cell_under(TABLE, row, re.compile("(?i)budget")) is None  # no such column


def test_a_contract_of_a_table_takes_the_axes_of_its_own_row_and_the_money_said_of_each() -> None:
    record = pipeline.extract("Contrats locaux de santé des Côtes-d'Armor\n\n" + TABLE, published="2025-06-02")
    dinan = next(c for c in record.contracts if c.territory.name == "Dinan Agglomération")
    assert dinan.axes == ["Santé mentale", "Accès aux soins", "Bien vieillir"]
    assert [f.amount_eur for f in dinan.funding] == [25000]


def test_a_table_of_the_axes_one_per_row_under_a_rule_gives_its_first_column() -> None:
    text = ("Élaboré à partir d'un diagnostic partagé, le contrat local de santé du Pays du Coquelicot couvre la période "
            "2026-2030. Il fixe trois axes stratégiques.\n\n"
            "Axe stratégique | Exemples d'actions prévues\n"
            "-------------------------|--------------------------------\n"
            "Attirer et fidéliser les soignants | accueil d'internes, appui aux maisons de santé\n"
            "Prévenir la souffrance psychique | premiers secours en santé mentale\n"
            "Bien vieillir à domicile | repérage des fragilités, soutien aux aidants\n")
    assert cell_under(text, text.index("Prévenir"), re.compile("(?i)axe stratégique"))[0] == "Prévenir la souffrance psychique"
    (contract,) = pipeline.extract(text, published="2026-06-18").contracts
    assert contract.axes == ["Attirer et fidéliser les soignants", "Prévenir la souffrance psychique",
                             "Bien vieillir à domicile"]
