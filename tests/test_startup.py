"""What the app does once it has started."""

import gc

from fastapi.testclient import TestClient


def test_what_startup_made_is_out_of_the_collectors_reach(client: TestClient) -> None:
    """A full collection walks no routes, models or spec of the started app again."""
    api = client.app.state.api
    assert gc.get_freeze_count() > 0
    assert api.openapi_schema is not None
    tracked = gc.get_objects()
    assert not any(obj is api.router or obj is api.openapi_schema for obj in tracked)
