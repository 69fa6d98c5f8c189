from api.core.authorization import Permission as P

EXPECTED = {
    ("GET", "/map-settings"): None,
    ("GET", "/safety-regions"): P.REFERENCE_READ,
    ("GET", "/safety-regions/{code}"): P.REFERENCE_READ,
}
