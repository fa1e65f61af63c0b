"""Cleaning: encoding repair, filler and boilerplate removal, hard-wrap joining, whitespace,
with an offset map back to the ingested text."""

from .cleaner import STEPS, Cleaned, clean_text
from .offsets import OffsetMap
from .rules import BoilerplateRules, load_rules

__all__ = ["STEPS", "BoilerplateRules", "Cleaned", "OffsetMap", "clean_text", "load_rules"]
