"""Background ingestion: a submitted batch of articles becomes a job that one worker thread
codes and stores, while requests go on being answered.

    jobs = Jobs(settings)
    job = jobs.submit([{"id": "a1", "text": "...", "published": "2024-06-19"}])
    jobs.get(job.id).public()   # {"id", "status": queued|running|done|failed, counts, errors}

The worker loads the NLP pipeline once, on its first job, and writes with its own store
connection; the records go through the same JSONL reader as `diplograph ingest`.
"""

from __future__ import annotations

import json
import logging
import queue
import shutil
import tempfile
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from diplograph.config import Settings
from diplograph.errors import DiplographError

log = logging.getLogger("diplograph.api")


@dataclass
class Job:
    id: str
    articles: int
    status: str = "queued"  # queued, running, done, failed
    submitted: str = field(default_factory=lambda: _now())
    started: str | None = None
    finished: str | None = None
    stored: int = 0
    skipped: int = 0
    new_events: int = 0
    fused_mentions: int = 0
    errors: list[str] = field(default_factory=list)

    def public(self) -> dict:
        return asdict(self)


class Jobs:
    def __init__(
        self,
        settings: Settings,
        *,
        pipeline_factory: Callable[[], object] | None = None,
        keep: int = 1000,
    ):
        self.settings = settings
        self._factory = pipeline_factory
        self._pipeline = None
        self._keep = keep
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._dir = Path(tempfile.mkdtemp(prefix="diplograph-jobs-"))
        self._listeners: list[Callable[[], None]] = []

    def listen(self, callback: Callable[[], None]) -> None:
        """Call `callback` after a job has stored articles, before the job reads as done."""
        self._listeners.append(callback)

    def submit(self, records: list[dict]) -> Job:
        """Queue articles ({"id", "text", "title", "published", "url", "source"}) to ingest."""
        job = Job(id=uuid.uuid4().hex, articles=len(records))
        path = self._dir / f"job-{job.id}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > self._keep:
                self._jobs.popitem(last=False)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._work, name="diplograph-ingest", daemon=True
                )
                self._thread.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued job is done (for tests and shutdown)."""
        done = threading.Event()

        def joined():
            self._queue.join()
            done.set()

        threading.Thread(target=joined, daemon=True).start()
        return done.wait(timeout)

    def close(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=30)
        shutil.rmtree(self._dir, ignore_errors=True)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is None:
                    return
                self._run(job)
            finally:
                self._queue.task_done()

    def _run(self, job: Job) -> None:
        from diplograph.pipeline import ingest
        from diplograph.store.sqlite import Store

        path = self._dir / f"job-{job.id}.jsonl"
        job.status, job.started = "running", _now()
        s = self.settings
        try:
            if self._pipeline is None:
                self._pipeline = self._make_pipeline()
            with Store(
                s.db,
                near_duplicate_threshold=s.near_duplicate_threshold,
                permutations=s.minhash_permutations,
                fusion_window_days=s.fusion_window_days,
            ) as store:
                report = ingest(
                    [path],
                    store,
                    s,
                    on_error=lambda e: job.errors.append(str(e)),
                    pipeline=self._pipeline,
                )
            job.stored, job.skipped = report.stored, report.skipped
            job.new_events, job.fused_mentions = report.new_events, report.fused_mentions
            if report.stored:
                for callback in self._listeners:
                    callback()
            job.status = "done"
        except DiplographError as exc:
            job.errors.append(str(exc))
            job.status = "failed"
        except Exception:  # a worker must outlive one bad job; the log keeps the traceback
            log.exception("ingestion job %s failed", job.id)
            job.errors.append("internal error (see the server's log)")
            job.status = "failed"
        finally:
            job.finished = _now()
            path.unlink(missing_ok=True)

    def _make_pipeline(self):
        if self._factory is not None:
            return self._factory()
        from diplograph.pipeline import Pipeline

        return Pipeline(self.settings)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
