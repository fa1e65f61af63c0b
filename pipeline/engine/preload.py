"""Imported once by the forkserver of the local engine: what every worker needs except the model, so
that a worker forked from it starts without paying for it again.

Besides the libraries and our modules, that is three costs that every worker used to pay on its own
(bench/RESULTS.md, run 9): importing ``spacy.lang.fr``, whose tokenizer exceptions compile one regex of
thousands of hyphenated words (2-3 s of CPU); the gazetteer (~0.5-1.4 s); and the extractors' rule
patterns, compiled on first use. Together ~60 MB in the forkserver, shared copy-on-write.

The spaCy model is not loaded here but in each worker (``local._warm``). Sharing a preloaded model
copy-on-write looked cheaper, but its pages get unshared as a long run goes on and every process
counts them in its RSS (bench/RESULTS.md, run 4: peak RSS sum 1.72 GB with a shared model, 1.44 GB
without, on 50k documents with 2 workers)."""

from __future__ import annotations

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
    import spacy
    import spacy.lang.fr  # the costly regex compiles at import

    import pipeline.extract
    import pipeline.geo
    import pipeline.nlp.components
    import pipeline.run
    from pipeline import relevance

    pipeline.geo.get_gazetteer()
    doc = spacy.blank("fr")(SAMPLE)
    doc._.orgs = pipeline.extract.orgs.find_orgs(SAMPLE)
    pipeline.extract.analyze(doc, None, "2024-03-15", relevance.assess(SAMPLE))
    del doc
    gc.collect()
    gc.freeze()


warm()
