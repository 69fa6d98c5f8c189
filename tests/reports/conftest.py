import pytest
from sqlmodel import Session

from tests.conftest import World
from tests.reports.scenario import Scenario, build


@pytest.fixture
def scenario(db: Session, world: World) -> Scenario:
    return build(db, world)
