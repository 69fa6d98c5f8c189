"""``matching solve``: a good instance gives RESULT.json; bad input a message and no file."""

import json
import os

import pytest
from typer.testing import CliRunner

from api.matching.assignment import validate
from api.matching.cli import app

from .test_assignment import BAD_INSTANCES, make_instance

runner = CliRunner()

INSTANCE = make_instance(
    {"h1": 3, "h2": 2, "h3": 2},
    {"p1": (4, 3), "p2": (3, 1)},
    [("h1", "p1", 0.93), ("h2", "p1", 0.6), ("h3", "p1", 0.6), ("h1", "p2", 0.5)],
)


def run_solve(tmp_path, text):
    source = tmp_path / "instance.json"
    source.write_text(text, encoding="utf-8")
    target = tmp_path / "result.json"
    result = runner.invoke(app, ["solve", "--input", str(source), "--output", str(target)])
    return result, target


def test_solve_writes_the_result(tmp_path):
    result, target = run_solve(tmp_path, json.dumps(INSTANCE))
    assert result.exit_code == 0, result.output
    written = json.loads(target.read_text(encoding="utf-8"))
    assert set(written) == {"assignments", "objective", "upperBound", "gap", "seconds"}
    assert all(set(a) == {"household", "place", "score"} for a in written["assignments"])
    validate(INSTANCE, written)
    assert written["objective"] == pytest.approx(1.7)
    assert "objective 1.7000" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["instance.json", "result.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_solve_replaces_an_existing_result(tmp_path):
    (tmp_path / "result.json").write_text("old", encoding="utf-8")
    result, target = run_solve(tmp_path, json.dumps(INSTANCE))
    assert result.exit_code == 0
    validate(INSTANCE, json.loads(target.read_text(encoding="utf-8")))


BAD_FILES = {
    "malformed JSON": ('{"households": [', "is not valid JSON"),
    "NaN literal": (
        json.dumps(INSTANCE).replace("0.93", "NaN"),
        "NaN is not allowed in JSON",
    ),
    "not UTF-8": ("\udcff", "is not valid JSON"),
    **{
        name: (json.dumps(instance), message)
        for name, (instance, message) in BAD_INSTANCES.items()
        if name not in ("score not finite", "score NaN")
    },  # JSON cannot carry those directly
    "score not finite": (json.dumps(INSTANCE).replace("0.93", "1e400"), "candidates[0].score"),
}


@pytest.mark.parametrize("text, message", BAD_FILES.values(), ids=BAD_FILES)
def test_bad_input_fails_with_a_message_and_no_file(tmp_path, text, message):
    source = tmp_path / "instance.json"
    source.write_bytes(text.encode("utf-8", errors="surrogateescape"))
    target = tmp_path / "result.json"
    result = runner.invoke(app, ["solve", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert result.stderr.startswith("error: ")
    assert result.stderr.count("\n") == 1
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["instance.json"]


def test_bad_input_leaves_an_existing_result_alone(tmp_path):
    (tmp_path / "result.json").write_text("previous", encoding="utf-8")
    result, target = run_solve(tmp_path, "{}")
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8") == "previous"


def test_missing_input_file(tmp_path):
    target = tmp_path / "result.json"
    result = runner.invoke(app, ["solve", "--input", str(tmp_path / "absent.json"), "--output", str(target)])
    assert result.exit_code == 1
    assert "cannot read" in result.stderr
    assert not target.exists()


def test_unwritable_output(tmp_path):
    source = tmp_path / "instance.json"
    source.write_text(json.dumps(INSTANCE), encoding="utf-8")
    target = tmp_path / "missing-dir" / "result.json"
    result = runner.invoke(app, ["solve", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr
    assert not target.parent.exists()
