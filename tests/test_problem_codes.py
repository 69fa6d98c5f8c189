"""Every problem code the API can answer is in frontend/src/i18n/problemCodes.json, and nothing else.

The web app words each problem from its own texts (`problems.<code>` in nl/en/uk, checked by
frontend/src/i18n/problemCodes.test.ts), so a code added to the API without a line in the committed
list fails here. The list is read from the source, not from running code paths:

- `code="..."` given to a problem (ProblemError or a subclass, or `problem_response`);
- the class default (`code = "..."`) of a problem raised without a code;
- codes built at run time (an f-string, a variable): each has a resolver in `DYNAMIC`, so a new one
  fails until it is listed;
- problems answered without a code (`type: about:blank`: an unknown route, a method not allowed, a
  body too large, the framework's own HTTP errors): the web app names them `http-<status>`.

Regenerate the list after adding a code: `.venv/bin/python tests/test_problem_codes.py`.
"""

import ast
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "api"
COMMITTED = ROOT / "frontend" / "src" / "i18n" / "problemCodes.json"

# Statuses a problem may have without a code: Starlette's HTTPException (404 unknown route,
# 405 method not allowed, 413 body too large, 401/403 from security helpers), 400/409/422/429
# from the framework, and what a proxy in front of the API answers (502/503/504).
BLANK_STATUSES = (400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 502, 503, 504)


def _referral_kinds() -> set[str]:
    from api.referrals.models import ReferralKind

    return {f"{kind.value}-pending" for kind in ReferralKind}


def _refused_offers() -> set[str]:
    from api.offers.service import REFUSALS

    return {code for _, code in REFUSALS.values()} | {"place-unsuitable"}


def _consent_ended() -> set[str]:
    from api.consents.models import ConsentStatus

    # withdraw_consent refuses a consent that is withdrawn or expired already.
    return {f"consent-{s.value}" for s in (ConsentStatus.WITHDRAWN, ConsentStatus.EXPIRED)}


# (file relative to the repository, source of the code expression) -> the codes it can be.
DYNAMIC: dict[tuple[str, str], Callable[[], set[str]]] = {
    ("api/referrals/service.py", 'f"{kind.value}-pending"'): _referral_kinds,
    ("api/referrals/service.py", 'f"not-the-{party}"'): lambda: {"not-the-receiver", "not-the-sender"},
    ("api/offers/service.py", "code"): _refused_offers,
    ("api/consents/service.py", 'f"consent-{status.value}"'): _consent_ended,
    ("api/relocation/status_page.py", "code"): lambda: {"status-link-ended", "status-link-expired"},
    ("api/identity/two_factor.py", "code"): lambda: {
        "second-factor-required",
        "second-factor-enrolment-required",
    },
    # The handler that renders a raised problem passes its code on (counted where it is raised).
    ("api/core/errors.py", "exc.code"): set,
}
# problem_response calls with a status from elsewhere: the HTTPException handler (BLANK_STATUSES).
PASSED_ON_STATUSES = {("api/core/errors.py", "exc.status_code")}


def _sources() -> Iterator[tuple[str, ast.Module, str]]:
    for path in sorted(API.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        yield path.relative_to(ROOT).as_posix(), ast.parse(text, filename=str(path)), text


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _problem_classes(modules: list[tuple[str, ast.Module, str]]) -> dict[str, str]:
    """Each problem class (ProblemError and its subclasses, anywhere in api/) with its default code."""
    classes: dict[str, ast.ClassDef] = {}
    for _, tree, _ in modules:
        classes.update({n.name: n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)})
    defaults: dict[str, str] = {}
    parents: dict[str, str] = {}
    for name, node in classes.items():
        for stmt in node.body:
            if (
                isinstance(stmt, ast.AnnAssign | ast.Assign)
                and any(
                    _name(t) == "code"
                    for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
                )
                and isinstance(stmt.value, ast.Constant)
            ):
                defaults[name] = stmt.value.value
        bases = [b for b in map(_name, node.bases) if b in classes]
        if bases:
            parents[name] = bases[0]
    problems = {"ProblemError": defaults["ProblemError"]}
    changed = True
    while changed:
        changed = False
        for name, parent in parents.items():
            if name not in problems and parent in problems:
                problems[name] = defaults.get(name, problems[parent])
                changed = True
    return problems


def _status_argument(call: ast.Call) -> ast.expr | None:
    status = call.args[1] if len(call.args) > 1 else None
    return next((k.value for k in call.keywords if k.arg == "status"), status)


def collect_codes() -> tuple[set[str], list[str]]:
    """The codes found in api/, and the code expressions no resolver in DYNAMIC knows."""
    modules = list(_sources())
    problems = _problem_classes(modules)
    codes = {f"http-{status}" for status in BLANK_STATUSES}
    unknown: list[str] = []
    for path, tree, text in modules:
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
            callee = _name(call.func)
            if callee not in problems and callee != "problem_response":
                continue
            code = next((k.value for k in call.keywords if k.arg == "code"), None)
            if code is None:
                if callee == "problem_response":
                    status = _status_argument(call)
                    if isinstance(status, ast.Constant) and isinstance(status.value, int):
                        codes.add(f"http-{status.value}")
                    elif (
                        status is None
                        or (path, ast.get_source_segment(text, status)) not in PASSED_ON_STATUSES
                    ):
                        unknown.append(f"{path}:{call.lineno}: problem_response without a literal status")
                else:
                    codes.add(problems[callee])
            elif isinstance(code, ast.Constant) and isinstance(code.value, str):
                codes.add(code.value)
            else:
                source = ast.get_source_segment(text, code) or ""
                resolver = DYNAMIC.get((path, source))
                if resolver is None:
                    unknown.append(f"{path}:{call.lineno}: code={source}")
                else:
                    codes |= resolver()
    return codes, unknown


def committed_codes() -> list[str]:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))["codes"]


def write_committed(codes: set[str]) -> None:
    document = {
        "$comment": "Every problem code the API answers; written by tests/test_problem_codes.py.",
        "codes": sorted(codes),
    }
    COMMITTED.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def test_every_code_in_the_source_is_committed_and_no_other() -> None:
    codes, unknown = collect_codes()
    assert unknown == [], "codes built at run time need a resolver in DYNAMIC"
    committed = committed_codes()
    assert committed == sorted(committed), "the committed list is sorted"
    missing, stale = sorted(codes - set(committed)), sorted(set(committed) - codes)
    assert (missing, stale) == ([], []), "regenerate: .venv/bin/python tests/test_problem_codes.py"


def test_the_walker_finds_the_kinds_of_code() -> None:
    codes, _ = collect_codes()
    # a literal, a class default, the validation handler, an f-string, a variable, a blank status
    for code in ("window-too-long", "not-found", "invalid-input", "transfer-pending", "no-room", "http-405"):
        assert code in codes


def test_dynamic_resolvers_still_match_the_source() -> None:
    found = {
        (path, ast.get_source_segment(text, k.value))
        for path, tree, text in _sources()
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        for k in n.keywords
        if k.arg == "code"
    }
    assert set(DYNAMIC) <= found, "a resolver in DYNAMIC names code that is gone"


if __name__ == "__main__":
    found, unresolved = collect_codes()
    if unresolved:
        sys.exit("no resolver in DYNAMIC for:\n" + "\n".join(unresolved))
    write_committed(found)
    print(f"{len(found)} codes written to {COMMITTED.relative_to(ROOT)}")
