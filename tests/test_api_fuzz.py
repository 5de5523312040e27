"""A property-based fuzzer (schemathesis, every check) against the published OpenAPI schema
of a real server on loopback, signed in: no 5xx, no answer outside the contract.

Bounded to fit the suite: a few examples per operation, no deadline (nothing here may
depend on the machine's speed)."""
from __future__ import annotations

import gzip
import json

import pytest
import requests
import schemathesis
from schemathesis import GenerationMode
from hypothesis import HealthCheck, given, settings

from sync import protocol as p
from tests.helpers import PASSWORD
from tests.wire import running_server

EXAMPLES = 12

# For valid input, the answers that the data itself can earn: another device's id (403), a
# file the caller cannot see (404), an upload in another state (409), over a limit (413),
# bytes that do not match (422), a range past the end (416).
EXPECTED = {
    "POST /api/v1/auth/signin": ["200", "401"],
    "POST /api/v1/sync": ["200", "403"],
    "GET /api/v1/uploads/{sha256}": ["200", "413"],
    "PUT /api/v1/uploads/{sha256}": ["200", "409", "413", "422"],
    "GET /api/v1/blobs/{sha256}": ["200", "206", "404", "416"],
}


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("fuzz")) as server:
        yield server


@pytest.fixture(scope="module")
def token(fuzz_server):
    resp = requests.post(fuzz_server.url + p.API_PREFIX + "/auth/signin", timeout=30,
                         data=gzip.compress(json.dumps({"username": "ana",
                                                        "password": PASSWORD}).encode()),
                         headers={"Content-Encoding": "gzip"})
    assert resp.status_code == 200, resp.text
    return resp.json()["token"]


@pytest.fixture
def api_schema(fuzz_server, token):
    # Invalid input may also earn 413: a body over the server's limit is refused before it
    # is read, whatever it holds (the fuzzer builds such bodies from long escaped text).
    rejections = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422",
                  "428", "429", "5xx"]
    operations = {label: {"checks": {
        "positive_data_acceptance": {"expected-statuses": statuses},
        "negative_data_rejection": {"expected-statuses": rejections}}}
        for label, statuses in EXPECTED.items()}
    config = schemathesis.Config.from_dict({
        "base-url": fuzz_server.url,
        "headers": {"Authorization": f"Bearer {token}"},
        "generation": {"mode": "all", "max-examples": EXAMPLES},
        "checks": {"enabled": True},
        "operations": [{"include-name": label, **cfg} for label, cfg in operations.items()],
    })
    return schemathesis.openapi.from_url(fuzz_server.url + p.API_PREFIX + "/openapi.json",
                                         config=config)


NO_INPUT = {"/api/v1/ping", "/health"}
OPERATIONS = [*(("GET", path) for path in sorted(NO_INPUT)),
              *(tuple(label.split(" ", 1)) for label in EXPECTED)]


# Ping and health take no input: there is nothing invalid to send them, so they are
# fuzzed positively only.
CASES = [(method, path, mode) for method, path in OPERATIONS
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if not (path in NO_INPUT and mode is GenerationMode.NEGATIVE)]


@pytest.mark.parametrize("method,path,mode", CASES,
                         ids=[f"{m} {p}-{mode.value}" for m, p, mode in CASES])
def test_the_api_keeps_its_published_contract(api_schema, fuzz_server, method, path, mode):
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def fuzz(case):
        case.call_and_validate()

    fuzz()
    assert "Traceback" not in fuzz_server.log_path.read_text(errors="replace")
