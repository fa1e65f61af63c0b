"""The signatory features read the cue patterns and the exclusions once per unit (cached): the same values
as a search per candidate, in the same order."""

from __future__ import annotations

import pytest

UNITS = [
    "Le contrat a été signé par la Ville de Laon, l'ARS et la CPAM, en présence du sous-préfet.",
    "La Région sera associée ultérieurement et rejoindra le contrat par avenant.",
    "Les partenaires financent les actions à hauteur de 20 000 euros ?",
    "",
]


@pytest.mark.parametrize("text", UNITS)
def test_unit_cues_and_exclusions_are_the_searches(text):
    from pipeline.extract import signatories
    from pipeline.extract.signatory_choice import _CUES, _exclusions, _unit_cues

    assert list(_unit_cues(text)) == [(f"cue_{c}", float(bool(p.search(text)))) for c, p in _CUES.items()]
    assert list(_exclusions(text)) == [m.start() for m in signatories.EXCLUDE.finditer(text)]


def test_some_cues_and_exclusions_are_found():
    from pipeline.extract.signatory_choice import _exclusions, _unit_cues

    assert dict(_unit_cues(UNITS[0]))["cue_sign_past"] == 1.0
    assert _exclusions(UNITS[0]) and _exclusions(UNITS[1])
