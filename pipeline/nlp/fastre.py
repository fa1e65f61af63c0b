"""Start-up: the French tokenizer's ``token_match`` regex without compiling it in every run.

``import spacy.lang.fr`` compiles one regex of thousands of hyphenated words (1.45 MB of pattern): 1.8 s of
CPU, 40 % of the forkserver's start, paid by every run before its first worker. Python's ``re`` spends it in
pure-Python parsing and code generation; the result is a list of integers that ``_sre.compile`` turns into a
pattern at once. ``build()`` (run by ``make install``: ``python -m pipeline.nlp.fastre``) stores that list in
the environment (``<sys.prefix>/share/cls-extract/``); ``prime()`` (the forkserver's preload, before it imports
spacy.lang.fr) rebuilds the pattern from it and puts it in ``re``'s own cache under the pattern's text, where
``re.compile`` finds it.

It is the same pattern object ``re.compile`` would build: the file holds the pattern's text, so a cached
code can only ever answer a ``re.compile`` of that exact text; it is used only when written by this Python
(version and ``re`` engine) for this exact ``spacy/lang/fr/tokenizer_exceptions.py``, and when its checksum
holds; otherwise, or on any error, nothing is primed and spaCy compiles the regex as before.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from pathlib import Path

CACHE_DIR = Path(sys.prefix) / "share" / "cls-extract"


def _source() -> Path | None:
    spec = importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "lang" / "fr" / "tokenizer_exceptions.py"


def _key() -> str | None:
    """What the cached code depends on: this Python and its re engine, and spaCy's French exceptions."""
    src = _source()
    if src is None or not src.is_file() or not hasattr(re, "_cache") or not hasattr(re, "_compiler"):
        return None
    digest = hashlib.sha256(src.read_bytes())
    digest.update(f"{sys.version}|{re._compiler.MAGIC}".encode())
    return digest.hexdigest()[:32]


def _path(key: str) -> Path:
    return CACHE_DIR / f"fr_token_match-{key}.json"


def _checksum(entry: dict) -> str:
    body = json.dumps({k: v for k, v in entry.items() if k != "checksum"}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


_primed: list[tuple[tuple, re.Pattern[str]]] = []  # (re's cache key, pattern) once read


def prime() -> bool:
    """Put the cached French token_match pattern in re's cache, as its newest entry; True when it was there to be
    put. Called before ``import spacy.lang.fr`` and again before loading the model, whose tokenizer compiles the
    same text: re's cache drops its oldest entries past 512, and imports in between compile hundreds of patterns."""
    if _primed:
        (cache_key, pattern), = _primed
        re._cache.pop(cache_key, None)
        re._cache[cache_key] = pattern
        return True
    try:
        key = _key()
        if key is None or not _path(key).is_file():
            return False
        entry = json.loads(_path(key).read_text(encoding="utf-8"))
        if entry.get("checksum") != _checksum(entry):
            return False
        import _sre

        pattern = _sre.compile(entry["pattern"], entry["compiled_flags"], entry["code"], entry["groups"],
                               entry["groupindex"], tuple(entry["indexgroup"]))
        _primed.append(((type(entry["pattern"]), entry["pattern"], entry["flags"]), pattern))
    except Exception:  # a cache that cannot be read is no cache
        return False
    return prime()


def build() -> Path | None:
    """Compile the French token_match the way re.compile does and store its code (see the module docstring)."""
    key = _key()
    if key is None:
        return None
    from re import _compiler, _parser

    import spacy.lang.fr.tokenizer_exceptions as exceptions

    source = exceptions.TOKEN_MATCH.__self__
    flags = 0  # spaCy compiles it with inline flags only: re.compile("(?iu)...")
    parsed = _parser.parse(source.pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    entry = {"pattern": source.pattern, "flags": flags, "compiled_flags": flags | parsed.state.flags,
             "code": list(code), "groups": parsed.state.groups - 1, "groupindex": groupindex,
             "indexgroup": indexgroup}
    entry["checksum"] = _checksum(entry)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    tmp = _path(key).with_suffix(".tmp")
    tmp.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    tmp.replace(_path(key))
    return _path(key)


if __name__ == "__main__":
    print(build() or "spaCy's French tokenizer exceptions not found: nothing cached")
