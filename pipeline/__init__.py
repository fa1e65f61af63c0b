"""cls-extract: Contrats Locaux de Santé from French announcements to a normalized dataset."""

__version__ = "0.1.0"
