"""Imported once by the forkserver of the local engine: what every worker needs, so that a worker forked
from it is ready at once.

Besides the libraries and our modules, that is four costs that every worker used to pay on its own
(bench/RESULTS.md, runs 9 and 10): importing ``spacy.lang.fr``, whose tokenizer exceptions compile one
regex of thousands of hyphenated words (2-3 s of CPU); the gazetteer (~0.5-1.4 s); the extractors' rule
patterns, compiled on first use; and the spaCy model (~1 s).

The model used to be loaded by each worker instead, for the sum of the processes' RSS (run 4: a shared
model's pages get unshared as a long run goes on, and every process counts them in its RSS). The target
is now each process's RSS, which sharing does not change, and loading the model once saves a second of
CPU per worker and lets the workers start as soon as they are forked. If loading it fails here, each
worker tries again (``local._warm``), where the failure is reported as before."""

from __future__ import annotations

import contextlib
import gc

# A short page that walks every extractor (territory, status, dates, period, signatories, people, axes,
# themes, funding), so that their lazily compiled rules are built here once.
SAMPLE = (
    "Le contrat local de santé du Pays de Langres a été signé le 12 mars 2024 à Langres pour la période "
    "2024-2028 par la Communauté de communes du Grand Langres, l'ARS Grand Est, la préfecture de la "
    "Haute-Marne et la CPAM de la Haute-Marne. Jean Martin, président de la communauté de communes, "
    "a salué ce deuxième CLS.\n\nLes axes du contrat :\n1. Accès aux soins\n2. Santé mentale\n"
    "3. Prévention et promotion de la santé\n\nL'ARS apporte 50 000 euros par an."
)


def warm() -> None:
    from pipeline.nlp import fastre

    fastre.prime()  # the costly regex of spacy.lang.fr, from the environment's cache when it holds it
    import spacy
    import spacy.lang.fr  # the costly regex compiles at import (unless primed)

    import pipeline.extract
    import pipeline.geo
    import pipeline.nlp.components
    import pipeline.run
    from pipeline import relevance
    from pipeline.nlp import build_nlp

    # The model first: its tokenizer compiles the regexes spacy.lang.fr has just compiled, found in re's
    # cache now, but not once the extractors' hundreds of patterns have gone through that cache.
    nlp = None
    with contextlib.suppress(Exception):  # the workers load it again and report why it fails
        nlp = build_nlp()
    pipeline.geo.get_gazetteer()
    # The sample tokenized by the model's tokenizer: a blank French pipeline costs ~0.3 s of CPU to build.
    doc = nlp.make_doc(SAMPLE) if nlp is not None else spacy.blank("fr")(SAMPLE)
    doc._.orgs = pipeline.extract.orgs.find_orgs(SAMPLE)
    pipeline.extract.analyze(doc, None, "2024-03-15", relevance.assess(SAMPLE))
    del doc
    gc.collect()
    gc.freeze()


warm()
