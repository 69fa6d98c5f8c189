"""The committed partner client is what openapi-python-client makes of the committed spec, whole."""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

from api.core.config import REPO_ROOT

_spec = importlib.util.spec_from_file_location("client_generator", REPO_ROOT / "clients/python/generate.py")
assert _spec is not None and _spec.loader is not None
generator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generator)


def test_the_committed_client_is_a_fresh_generation_of_the_committed_spec() -> None:
    problems = generator.check()
    assert problems == [], "run `make openapi` and commit clients/python/onderdak_client:\n" + "\n".join(
        problems
    )


def test_every_operation_and_response_of_the_spec_is_in_the_client() -> None:
    spec = json.loads(generator.SPEC.read_text(encoding="utf-8"))
    assert generator.missing_from(generator.PACKAGE, spec) == []
    operations = sum(len(methods) for methods in spec["paths"].values())
    modules = [p for p in (generator.PACKAGE / "api").rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == operations


def test_a_dropped_operation_or_response_is_noticed(tmp_path: Path) -> None:
    spec = json.loads(generator.SPEC.read_text(encoding="utf-8"))
    package = tmp_path / "onderdak_client"
    shutil.copytree(generator.PACKAGE, package)
    (package / "api/operations/operations_list_jobs.py").unlink()
    notifications = package / "api/relocation_requests/relocation_requests_list_request_notifications.py"
    notifications.write_text(
        notifications.read_text(encoding="utf-8").replace("response.status_code == 200:", "False:"),
        encoding="utf-8",
    )
    assert set(generator.missing_from(package, spec)) == {
        "GET /relocation-requests/{requestId}/notifications: response 200 is not parsed",
        "GET /operations/jobs: no api/operations/operations_list_jobs.py",
    }


def test_a_schema_the_generator_would_drop_fails_the_generation(tmp_path: Path) -> None:
    """Two enums with one name (as the notification and webhook delivery statuses were): the
    generator drops what uses the second and only warns; generate.py fails and writes nothing."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "Clash", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "things-list_things",
                    "tags": ["things"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "a__Status": {"title": "Status", "type": "string", "enum": ["sent", "failed"]},
                "b__Status": {"title": "Status", "type": "string", "enum": ["pending", "done"]},
                "Thing": {
                    "type": "object",
                    "properties": {
                        "first": {"$ref": "#/components/schemas/a__Status"},
                        "second": {"$ref": "#/components/schemas/b__Status"},
                    },
                },
            }
        },
    }
    spec_path = tmp_path / "clash.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    target = tmp_path / "client"
    with pytest.raises(generator.GenerationFailed, match="conflicting enums named Status"):
        generator.generate(target, spec_path)
    assert not target.exists()
