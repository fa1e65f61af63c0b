"""Offline gazetteer and territory linking (communes, EPCI, Pays/PETR, départements, regions).

Data: ``rules/geo/*.tsv`` built by ``scripts/build_gazetteer.py`` (see ``rules/geo/SOURCE.md``).
"""

from .gazetteer import Gazetteer, get_gazetteer
from .model import Entity, GeoContext, LinkResult
from .normalize import norm

__all__ = ["Entity", "Gazetteer", "GeoContext", "LinkResult", "get_gazetteer", "norm"]
