"""Generate the partner client `onderdak_client` from openapi/openapi.json, or check the committed one.

    python clients/python/generate.py          # regenerate clients/python/onderdak_client (make openapi)
    python clients/python/generate.py --check  # fail when the committed client is not a fresh generation

Generation fails (and writes nothing into the package) when openapi-python-client warns or errs,
which is how it reports a schema or an endpoint it dropped, and when an operation of the spec, or
one of its documented responses, is missing from the generated code.
"""

import json
import re
import shutil
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

GENERATOR = "openapi-python-client"
GENERATOR_VERSION = "0.29.1"  # pinned in the root pyproject.toml's dev extras too
CLIENT_DIR = Path(__file__).resolve().parent
ROOT = CLIENT_DIR.parents[1]
SPEC = ROOT / "openapi" / "openapi.json"
CONFIG = CLIENT_DIR / "openapi-python-client.yaml"
PACKAGE = CLIENT_DIR / "onderdak_client"
# The generator's post hooks, run here: ruff with its defaults and no configuration file, so the
# output is the same wherever it is generated.
FORMAT = [
    ["ruff", "check", ".", "--isolated", "--no-cache", "--fix-only", "--extend-select=I", "--quiet"],
    ["ruff", "format", ".", "--isolated", "--no-cache", "--line-length", "110", "--quiet"],
]


class GenerationFailed(Exception):
    """The generator warned, erred or left something out; the message says what."""


def _snake(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def missing_from(package: Path, spec: dict) -> list[str]:
    """Operations (METHOD path) or documented responses of SPEC that PACKAGE has no code for."""
    missing = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            module = package / "api" / _snake(operation["tags"][0]) / f"{_snake(operation['operationId'])}.py"
            if not module.is_file():
                missing.append(f"{method.upper()} {path}: no {module.relative_to(package)}")
                continue
            code = module.read_text(encoding="utf-8")
            for status in operation["responses"]:
                if f"response.status_code == {status}:" not in code:
                    missing.append(f"{method.upper()} {path}: response {status} is not parsed")
    return missing


def _format(directory: Path) -> None:
    for command in FORMAT:
        result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
            [sys.executable, "-m", *command], cwd=directory, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise GenerationFailed(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def generate(target: Path, spec_path: Path = SPEC) -> None:
    """Write the client package into TARGET (replacing it) from the spec at SPEC_PATH."""
    try:
        installed = version(GENERATOR)
    except PackageNotFoundError:
        installed = None
    if installed != GENERATOR_VERSION:
        raise GenerationFailed(
            f"{GENERATOR} {GENERATOR_VERSION} is needed (found {installed}): run `make setup`"
        )
    with tempfile.TemporaryDirectory(prefix="onderdak-client-") as scratch:
        fresh = Path(scratch) / "onderdak_client"
        # The generator prints which schema or endpoint it drops as a warning; with
        # --fail-on-warning it also exits non-zero then.
        result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
            [
                sys.executable,
                "-m",
                "openapi_python_client",
                "generate",
                "--path",
                str(spec_path),
                "--config",
                str(CONFIG),
                "--meta",
                "none",
                "--output-path",
                str(fresh),
                "--fail-on-warning",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or re.search(r"warning|error", output, re.IGNORECASE):
            raise GenerationFailed(f"{GENERATOR} did not generate cleanly:\n{output}")
        _format(fresh)
        (fresh / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
        missing = missing_from(fresh, json.loads(spec_path.read_text(encoding="utf-8")))
        if missing:
            raise GenerationFailed("the generated client lacks:\n  " + "\n  ".join(missing))
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))


def _files(directory: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(directory)): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def differences(committed: Path, fresh: Path) -> list[str]:
    """Files missing from, extra in or differing in COMMITTED compared with FRESH."""
    old, new = _files(committed), _files(fresh)
    return (
        [f"missing:  {name}" for name in sorted(new.keys() - old.keys())]
        + [f"extra:    {name}" for name in sorted(old.keys() - new.keys())]
        + [f"differs:  {name}" for name in sorted(old.keys() & new.keys()) if old[name] != new[name]]
    )


def check() -> list[str]:
    """How the committed package differs from a fresh generation from the committed spec (both
    formatted by the ruff at hand, so that a newer ruff alone is no difference)."""
    with tempfile.TemporaryDirectory(prefix="onderdak-client-check-") as scratch:
        fresh = Path(scratch) / "fresh" / "onderdak_client"
        generate(fresh)
        committed = Path(scratch) / "committed" / "onderdak_client"
        shutil.copytree(PACKAGE, committed, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
        _format(committed)
        return differences(committed, fresh)


def main(argv: list[str]) -> int:
    try:
        if argv == ["--check"]:
            problems = check()
            if problems:
                print("clients/python/onderdak_client is out of date with openapi/openapi.json:")
                print("\n".join(f"  {problem}" for problem in problems))
                print("Run `make openapi` and commit the result.")
                return 1
            print("clients/python/onderdak_client matches openapi/openapi.json")
            return 0
        if argv:
            print(__doc__)
            return 2
        generate(PACKAGE)
        print(f"Wrote {PACKAGE.relative_to(ROOT)}")
        return 0
    except GenerationFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
