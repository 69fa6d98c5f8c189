from tests.people.conftest import people, places  # noqa: F401 - shared fixtures
