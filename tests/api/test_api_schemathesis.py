"""Schemathesis against /api/openapi.json, in-process: no 5xx, no schema violations.

Every operation of the project API gets generated requests (valid and invalid);
each answer must match the documented status codes, content types and schemas,
and none may be a server error. Examples are derandomised so a run is repeatable.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode, checks

pytestmark = pytest.mark.django_db


# No 5xx and no schema violation. Not run: `positive_data_acceptance`, since a schema-valid
# request may still be refused by business rules (e.g. asking on a page that does not exist).
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
    checks.negative_data_rejection,
]


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Like Django's test client: the WSGI app must not close the test transaction's connection.

    Django closes database connections when a request starts and finishes; inside a
    test that would end the test's transaction (PostgreSQL) mid-run.
    """
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def operations():
    from django.core.wsgi import get_wsgi_application

    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_openapi_conformance(site_th, mode):
    """Schemathesis' pytest plugin cannot load lazy schemas on pytest 9, so drive it directly."""
    found = operations()
    assert len(found) >= 3
    for operation in found:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
        def check(case):
            case.call_and_validate(checks=CHECKS)

        check()


def test_schema_documents_problem_errors(client, site_th):
    document = client.get("/api/openapi.json").json()
    assert "Problem" in document["components"]["schemas"]
    operations = [op for path in document["paths"].values() for op in path.values()]
    assert operations
    for operation in operations:
        default = operation["responses"]["default"]
        assert "application/problem+json" in default["content"]
