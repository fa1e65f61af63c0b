"""Axis themes (the 15 codes of the schema) from the lexicon in ``rules/themes.yml``."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline import rules
from pipeline.models import AXIS_THEMES

_GENERAL = re.compile(r"promotion\s+de\s+la\s+santé|éducation\s+(?:à|pour)\s+la\s+santé|prévention\s+et\s+(?:la\s+)?promotion"
                      r"|promotion\s+et\s+(?:la\s+)?prévention|prévention\s+santé\b"
                      r"|comportements\s+favorables|modes?\s+de\s+vie\s+favorables|dépistages?\b(?!\s+(?:des|du)\s+cancers?)"
                      # the health of a public, not of a field ("Promouvoir la santé des jeunes et la santé sexuelle")
                      r"|promouvoir\s+la\s+santé\s+des\s", re.I)


@lru_cache(maxsize=1)
def _lexicon():
    spec = rules.load("themes")
    return [(code, rules.compiled("themes", code)) for code in AXIS_THEMES if code in spec]


# Inclusive writing: "aîné·es", "aidant·e·s", "professionnel·les".
_INCLUSIVE = re.compile(r"(\w)[·•.](?:e|es|e[·•.]s|les|le[·•.]s|ne|nes|ne[·•.]s|rice|rices)\b")


# Fields whose prevention is that field ("prévention des cancers" is cancers, "prévenir la perte d'autonomie"
# is ageing).
_SPECIFIC = {"sante_mentale", "addictions", "cancers", "maladies_chroniques", "nutrition_activite_physique", "autre",
             "personnes_agees", "sante_environnement"}
_PREVENTION = re.compile(r"\bpréven(?:tion|ir)\b", re.I)
_ATTACHED = 30  # characters between the prevention word and the field it names


def _attached(text: str, codes: list[str]) -> bool:
    """Every prevention word of the axis names a specific field right after it ("prévenir les addictions",
    "la prévention de l'obésité"), not a scope of its own ("la prévention dès le plus jeune âge, avec …")."""
    lexicon = dict(_lexicon())
    for m in _PREVENTION.finditer(text):
        window = text[m.end(): m.end() + _ATTACHED + 20]
        if not any((f := lexicon[c].search(window)) and f.start() <= _ATTACHED for c in codes if c in _SPECIFIC):
            return False
    return True


def themes_of(text: str) -> list[str]:
    """Themes of one axis (its label plus examples and explanation), in taxonomy order.

    'Prévenir les cancers', 'promouvoir la santé mentale': prevention of a named field is that field;
    prevention_promotion stays for prevention as such ('promotion de la santé', 'éducation à la santé').
    """
    text = _INCLUSIVE.sub(r"\1s", text)  # "les aîné·es et leurs aidant·es": the lexicon's plural forms
    codes = [code for code, pattern in _lexicon() if pattern.search(text)]
    general = _GENERAL.search(text)
    if general and general.group().lower().startswith("dépistage") and "cancers" in codes:
        general = None  # "prévenir les cancers et développer le dépistage": cancer screening
    if "prevention_promotion" in codes and _SPECIFIC & set(codes) and not general and _attached(text, codes):
        codes.remove("prevention_promotion")
    return codes
