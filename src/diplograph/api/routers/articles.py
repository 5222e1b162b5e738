"""POST /api/articles queues articles for ingestion; GET /api/jobs/{id} follows the job.

A request never waits on NLP: it validates the articles, queues them and answers 202 with the
job. One article is a JSON object; a batch is JSONL (`application/x-ndjson`), one object a line.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from diplograph.api.deps import Writer, get_jobs
from diplograph.api.errors import BadRequest, Invalid, NotFound, UnsupportedMediaType

router = APIRouter(prefix="/api", tags=["articles"])

JSON_TYPES = {"application/json"}
JSONL_TYPES = {"application/x-ndjson", "application/jsonl", "application/x-jsonlines"}
MAX_ARTICLES = 10_000


class ArticleIn(BaseModel):
    """One article, as `diplograph ingest` reads a JSONL line."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, max_length=2_000_000, pattern=r"\S")
    id: str | None = Field(default=None, min_length=1, max_length=200)
    title: str | None = Field(default=None, max_length=2000)
    published: str | None = Field(
        default=None,
        pattern=r"^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]*)?$",
        description="YYYY-MM-DD, or a datetime whose date is taken as written.",
    )
    url: str | None = Field(default=None, max_length=2000)
    source: str | None = Field(default=None, max_length=200)


@router.post(
    "/articles",
    status_code=202,
    dependencies=[Writer],
    summary="Queue one article (JSON) or a batch (JSONL) for ingestion; returns a job",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "application/x-ndjson": {
                    "schema": {"type": "string", "description": "One article object a line."}
                },
            },
        }
    },
)
async def post_articles(request: Request) -> JSONResponse:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in JSON_TYPES | JSONL_TYPES:
        raise UnsupportedMediaType(
            f"send application/json (one article) or application/x-ndjson (one a line),"
            f" not {kind or 'no content type'}"
        )
    body = await request.body()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest("the body is not UTF-8") from exc
    if kind in JSON_TYPES:
        records = [_article(_json(text, None), None)]
    else:
        lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        if not lines:
            raise BadRequest("the JSONL body has no article")
        if len(lines) > MAX_ARTICLES:
            raise BadRequest(f"at most {MAX_ARTICLES} articles a request, not {len(lines)}")
        records = [_article(_json(line, n), n) for n, line in lines]
    job = get_jobs(request).submit(records)
    return JSONResponse(
        {"job": job.public(), "url": f"/api/jobs/{job.id}"},
        status_code=202,
        headers={"Location": f"/api/jobs/{job.id}"},
    )


@router.get("/jobs/{job_id}", summary="An ingestion job: its status and counts")
def get_job(
    request: Request,
    job_id: Annotated[str, Path(pattern=r"^[0-9a-f]{32}$", description="A job's id.")],
) -> dict:
    job = get_jobs(request).get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id}")
    return job.public()


def _json(text: str, line: int | None):
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {line}: " if line else ""
        raise BadRequest(f"{where}not valid JSON ({exc.msg})") from exc


def _article(obj, line: int | None) -> dict:
    where = f"line {line}: " if line else ""
    if not isinstance(obj, dict):
        raise BadRequest(f"{where}an article must be a JSON object")
    try:
        article = ArticleIn.model_validate(obj)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'article'}: {e['msg']}" for e in exc.errors()
        )
        raise Invalid(f"{where}{problems}") from exc
    return article.model_dump(exclude_none=True)
