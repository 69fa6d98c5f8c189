"""The spec says what the server does: fuzzed input, valid and invalid, and chains of calls.

For the roles admin, desk and partner, Schemathesis sends every operation generated valid and
invalid (negative) input, then walks the links between operations (a created resource's id fed
to the operations that read or change it). Each answer must be no server error, carry a status
code and a content type the spec lists for that operation, and match its response schema; and
input the spec forbids must be refused with a 4xx.

The budget is bounded so that the file runs in a few minutes on SQLite: a few examples per
operation and phase, short stateful scenarios.
"""

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from api.core.authorization import Role
from tests.conftest import APP

MAX_EXAMPLES = int(os.environ.get("ONDERDAK_FUZZ_EXAMPLES", "5"))
STATEFUL_SCENARIOS = int(os.environ.get("ONDERDAK_FUZZ_SCENARIOS", "10"))
ROLES = [Role.ADMIN, Role.DESK, Role.PARTNER]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]

schema = schemathesis.openapi.from_asgi("/api/v1/openapi.json", APP)
schema.config.generation.update(
    modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE],
    max_examples=MAX_EXAMPLES,
    no_shrink=True,
    deterministic=True,
    with_security_parameters=False,  # each test sends a real user's token
)
# A body over the size limit is refused before it is read: 413 is a rejection too.
rejection = schema.config.checks.negative_data_rejection
rejection.expected_statuses = [*rejection.expected_statuses, "413"]
fuzz_settings = settings(
    max_examples=MAX_EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
@schema.parametrize()
@fuzz_settings
def test_operations_answer_as_specified(case, role, db, as_role) -> None:
    case.call_and_validate(headers=as_role(role), checks=CHECKS)


@pytest.mark.parametrize("role", ROLES, ids=lambda role: role.value)
def test_call_chains_answer_as_specified(role, db, as_role) -> None:
    headers = as_role(role)

    class Chains(schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case):  # type: ignore[no-untyped-def]
            return {"headers": headers}

        def validate_response(self, response, case, additional_checks=None, **kwargs):  # type: ignore[no-untyped-def]
            case.validate_response(response, checks=CHECKS, transport_kwargs=kwargs)

    Chains.run(
        settings=settings(
            max_examples=STATEFUL_SCENARIOS,
            stateful_step_count=5,
            deadline=None,
            derandomize=True,
            # Scenarios share the test's database, so a replay would not see the same data:
            # generate only, no replay from the example database and no shrinking.
            phases=[Phase.generate],
            database=None,
            suppress_health_check=list(HealthCheck),
        )
    )
