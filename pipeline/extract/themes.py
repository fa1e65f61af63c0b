"""Axis themes (the 15 codes of the schema) from the lexicon in ``rules/themes.yml``."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import rules
from pipeline.models import AXIS_THEMES

_GENERAL = re.compile(r"promotion\s+de\s+la\s+santé|éducation\s+(?:à|pour)\s+la\s+santé|prévention\s+et\s+(?:la\s+)?promotion"
                      r"|comportements\s+favorables|dépistages?\b(?!\s+(?:des|du)\s+cancers?)", re.I)


@lru_cache(maxsize=1)
def _lexicon():
    spec = rules.load("themes")
    return [(code, rules.compiled("themes", code)) for code in AXIS_THEMES if code in spec]


_SPECIFIC = {"sante_mentale", "addictions", "cancers", "maladies_chroniques", "nutrition_activite_physique",
             "sante_environnement", "personnes_agees", "autre"}


def themes_of(text: str) -> list[str]:
    """Themes of one axis (its label plus examples and explanation), in taxonomy order.

    'Prévenir les cancers', 'promouvoir la santé mentale': prevention of a named field is that field;
    prevention_promotion stays for prevention as such ('promotion de la santé', 'éducation à la santé').
    """
    codes = [code for code, pattern in _lexicon() if pattern.search(text)]
    general = _GENERAL.search(text)
    if general and general.group().lower().startswith("dépistage") and "cancers" in codes:
        general = None  # "prévenir les cancers et développer le dépistage": cancer screening
    if "prevention_promotion" in codes and _SPECIFIC & set(codes) and not general:
        codes.remove("prevention_promotion")
    return codes
