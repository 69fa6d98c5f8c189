from tests.people.committed import committed  # noqa: F401 - the fixture for tests that commit
from tests.people.conftest import people, places  # noqa: F401 - shared fixtures
