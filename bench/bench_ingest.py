"""Ingest throughput against bare spaCy, on articles of realistic length, with peak memory.

    python3 bench/bench_ingest.py [N] [--repeat R]   compare (default N=1,000, R=1)
    python3 bench/bench_ingest.py --scale [--workers W] [--sizes 1000,2000,5000]
                                                  time and memory as the corpus grows
                                                  (by hand, not in CI)

The articles are built from the shipped corpora, each text unique so dedup skips none: the two
real seed articles, pairs of the synthetic NGEC articles (~410 words), and runs of 12 AG News
World items (one topic, ~400 words). Each measurement runs in a fresh Python process, so models
and memory of one do not leak into the next; model loading is excluded from every rate.

Compare mode prints words/s of bare spaCy (`nlp.pipe` of `spacy.load`: the full shipped model
as spaCy runs it) with 1 and 2 processes, and with 2 processes on numpy's BLAS (as diplograph
runs spaCy's networks: stages/nlp.py), of `ingest` with `--workers 1` and `--workers 2`, the
ratios of ingest to bare spaCy with the same number of processes in words/s and in CPU seconds
of the whole process tree (bare spaCy's over ingest's: the figure that holds on a loaded
machine), peak RSS of the whole process tree, and the hours a GDELT day (150,000 articles x
500 words) would take. With --repeat R, medians over R runs. Then the event coder's share of the
CPU of coding 200 of these articles in one process (`coder_share.py`), and its CPU time per AG
News item against the coder of the commit issue 17 began at (`bench_coder_then.py`).
Scale mode prints seconds, words/s and peak RSS of ingest for growing corpora.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench_coder_then import coder_times

SHARED = Path(__file__).resolve().parents[2] / "shared"
AGNEWS = SHARED / "corpus/agnews-world/agnews_world_test.jsonl"
SEEDS = SHARED / "corpus/seeds"
SYNTHETIC = SHARED / "data/training/ngec_synthetic_events.csv"
GDELT_DAY_WORDS = 150_000 * 500


def build_corpus(n: int) -> list[dict]:
    """n unique articles: the real ones, then synthetic pairs and AG News runs alternating."""
    real = []
    for meta in map(json.loads, (SEEDS / "meta.jsonl").read_text().splitlines()):
        text = (SEEDS / meta["file"]).read_text(encoding="utf-8")
        real.append({"id": meta["id"], "text": text, "published": meta.get("published")})
    with SYNTHETIC.open(encoding="utf-8") as f:
        rows = [r["text"] for r in csv.DictReader(f)]
    synthetic = [
        {"id": f"syn-{i}", "text": rows[i] + "\n\n" + rows[i + 1], "published": "2024-05-01"}
        for i in range(0, len(rows) - 1, 2)
    ]
    items = [json.loads(line)["text"] for line in AGNEWS.open(encoding="utf-8")]
    rng = random.Random(22)

    def agnews(k: int) -> dict:
        return {"id": f"ag-{k}", "text": "\n\n".join(rng.sample(items, 12)), "published": None}

    out = real[:n]
    k = 0
    while len(out) < n:
        out.append(synthetic.pop(0) if synthetic and k % 2 == 0 else agnews(k))
        k += 1
    return out


CODER_SHARE_ARTICLES = 200  # articles coded to measure the coder's share
CODER_REF = "077f684"  # the commit issue 17 began at: its coder is the time limit's base
CODER_ITEMS = 1000  # AG News items the coder codes, now and then (bench_coder_then.py)


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


class PeakRSS:
    """Samples the summed RSS of this process and its children every 50 ms."""

    def __init__(self):
        import psutil

        self.me = psutil.Process()
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            total = 0
            for p in [self.me, *self.me.children(recursive=True)]:
                try:
                    total += p.memory_info().rss
                except Exception:  # a child that just exited
                    pass
            self.peak = max(self.peak, total)
            time.sleep(0.05)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def cpu_seconds() -> float:
    """User + system CPU seconds of this process and of its children that have ended."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def worker_load_cpu(pids: list[int]) -> float:
    """CPU seconds the live worker processes spent so far (loading their pipelines)."""
    import psutil

    times = [psutil.Process(pid).cpu_times() for pid in set(pids)]
    return sum(t.user + t.system + t.children_user + t.children_system for t in times)


def measure(phase: str, corpus: Path, workers: int) -> dict:
    """One measurement, in this (fresh) process. CPU time is that of the whole process tree,
    model loading excluded (the ingest workers' own loading is subtracted)."""
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    load_cpu = 0.0
    with PeakRSS() as rss:
        t0 = time.perf_counter()
        if phase.startswith("spacy"):  # spaCy's own pipeline, without what diplograph changes
            import spacy

            from diplograph.stages.nlp import DEFAULT_MODEL

            if phase == "spacy-numpy":  # ... but for the BLAS diplograph's parses run on
                from thinc.api import NumpyOps, set_current_ops
                from threadpoolctl import threadpool_limits

                threadpool_limits(1, user_api="blas")
                set_current_ops(NumpyOps(use_blis=False))
            nlp = spacy.load(DEFAULT_MODEL)
            load = time.perf_counter() - t0
            start, cpu0 = time.perf_counter(), cpu_seconds()
            for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
                pass
            multiprocessing.active_children()  # reap spaCy's workers, so their CPU counts
        else:
            from diplograph.config import Settings
            from diplograph.pipeline import Pipeline, ingest
            from diplograph.store.sqlite import Store
            from diplograph.workers import WorkerPool

            tmp = tempfile.mkdtemp()
            settings = Settings(db=str(Path(tmp) / "bench.db"), workers=workers)
            if workers == 1:
                pipeline = Pipeline(settings)
            else:
                pipeline = WorkerPool(settings, workers)
                load_cpu = worker_load_cpu(pipeline.start())
            load = time.perf_counter() - t0
            start, cpu0 = time.perf_counter(), cpu_seconds()
            with Store(settings.db) as store:
                report = ingest([str(corpus)], store, settings, pipeline=pipeline)
            if workers > 1:
                pipeline.close()
            assert report.stored == len(texts), report
        seconds = time.perf_counter() - start
        cpu = cpu_seconds() - cpu0 - load_cpu
    return {
        "phase": phase,
        "workers": workers,
        "articles": len(texts),
        "words": words(texts),
        "load_s": load,
        "seconds": seconds,
        "words_per_s": words(texts) / seconds,
        "cpu_s": cpu,
        "peak_rss_mb": rss.peak / 2**20,
    }


def run(phase: str, corpus: Path, workers: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", phase, str(corpus), "--workers", str(workers)],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        sys.exit(f"{phase} with {workers} process(es) failed:\n{out.stderr}")
    result = json.loads(out.stdout.strip().splitlines()[-1])
    print(
        f"  (measured {phase} x{workers}: {result['words_per_s']:.0f} words/s,"
        f" {result['cpu_s']:.1f} CPU s)",
        flush=True,
    )
    return result


def write_corpus(n: int, folder: Path) -> Path:
    path = folder / f"bench-{n}.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for record in build_corpus(n):
            f.write(json.dumps(record) + "\n")
    return path


def compare(n: int, repeat: int) -> None:
    phases = [("spacy", 1), ("spacy", 2), ("spacy-numpy", 2), ("ingest", 1), ("ingest", 2)]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(n, Path(tmp))
        results = {p: [] for p in phases}
        for _ in range(repeat):
            for phase in phases:  # interleaved, so drift in machine speed hits all alike
                results[phase].append(run(phase[0], corpus, phase[1]))
    first = results[phases[0]][0]
    print(
        f"{first['articles']} articles, {first['words']} words "
        f"({first['words'] / first['articles']:.0f} per article); medians of {repeat} run(s)"
    )
    med = {p: statistics.median(r["words_per_s"] for r in results[p]) for p in phases}
    rss = {p: max(r["peak_rss_mb"] for r in results[p]) for p in phases}
    for phase, w in phases:
        name = {
            "spacy": f"bare spaCy, {w} process(es)",
            "spacy-numpy": f"bare spaCy, numpy BLAS, {w}",
            "ingest": f"ingest --workers {w}",
        }[phase]
        hours = GDELT_DAY_WORDS / med[(phase, w)] / 3600
        print(
            f"  {name:<28} {med[(phase, w)]:7.0f} words/s  peak RSS {rss[(phase, w)]:5.0f} MB"
            f"  GDELT day {hours:4.1f} h  (runs: "
            + ", ".join(f"{r['words_per_s']:.0f}" for r in results[(phase, w)])
            + ")"
        )
    cpu = {p: statistics.median(r["cpu_s"] for r in results[p]) for p in phases}
    for w in (1, 2):
        ratio = med[("ingest", w)] / med[("spacy", w)]
        cpu_ratio = cpu[("spacy", w)] / cpu[("ingest", w)]
        print(
            f"  ingest / bare spaCy, {w} process(es): {ratio:.2f} in words/s;"
            f" CPU s bare spaCy / ingest {cpu[('spacy', w)]:.1f} / {cpu[('ingest', w)]:.1f}"
            f" = {cpu_ratio:.2f}"
        )
    same = med[("ingest", 2)] / med[("spacy-numpy", 2)]
    print(
        f"  ingest / bare spaCy on the same BLAS (numpy's), 2 processes: {same:.2f} in words/s"
        " (what skipping and the stages' own speed give, without the BLAS change)"
    )
    print(f"  ingest 2 workers / 1 worker: {med[('ingest', 2)] / med[('ingest', 1)]:.2f}")
    coder_lines(min(n, CODER_SHARE_ARTICLES))


def coder_lines(articles: int) -> None:
    """The event coder's share of coding and its time per article against the coder issue 17
    began with (the limit there: 1.3x)."""
    child = Path(__file__).parent / "coder_share.py"
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(articles, Path(tmp))
        command = [sys.executable, str(child), str(corpus), str(articles)]
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    share = json.loads(out)
    print(
        f"  event coder: {100 * share['coder_s'] / share['total_s']:.1f}% of the CPU of coding"
        f" {share['articles']} of these articles in one process (parse to events, no store)"
    )
    try:
        times = coder_times(CODER_REF, CODER_ITEMS, 1)
    except subprocess.CalledProcessError:
        print(
            f"  event coder against {CODER_REF}: not measured (its tree could not be extracted"
            " or run)"
        )
        return
    then, now = times[CODER_REF][0], times["this tree"][0]
    print(
        f"  event coder per AG News item: {now:.3f} ms of CPU against {then:.3f} ms at"
        f" {CODER_REF} (issue 17's start): {now / then:.2f}x"
    )


def scale(workers: int, sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            r = run("ingest", write_corpus(n, Path(tmp)), workers)
            print(
                f"{n:5d} articles: {r['seconds']:7.1f} s, {r['words_per_s']:6.0f} words/s,"
                f" {r['seconds'] / n * 1000:6.1f} ms/article, peak RSS {r['peak_rss_mb']:5.0f} MB"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--scale", action="store_true")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--sizes", default="1000,2000,5000", help="article counts for --scale")
    parser.add_argument("--measure", nargs=2, metavar=("PHASE", "CORPUS"))
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure[0], Path(args.measure[1]), args.workers)))
    elif args.scale:
        scale(args.workers, [int(n) for n in args.sizes.split(",")])
    else:
        compare(args.n, args.repeat)


if __name__ == "__main__":
    main()
