"""Property-based: requests generated from the OpenAPI schema never meet a server error."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from tests.api.conftest import make_client

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.fixture
def api_schema(small_db):
    with make_client(small_db) as client:
        yield schemathesis.openapi.from_asgi("/openapi.json", client.app)


schema = schemathesis.pytest.from_fixture("api_schema")


def errors_are_json(ctx, response, case):
    """Every refusal has the same JSON shape: {"error": message, "status": code}."""
    if response.status_code >= 400:
        body = response.json()
        assert body["status"] == response.status_code and body["error"], body


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_schema_no_server_error(case):
    case.call_and_validate(checks=[not_a_server_error, errors_are_json])
