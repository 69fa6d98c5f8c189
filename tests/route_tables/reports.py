from api.core.authorization import Permission as P

EXPECTED = {
    ("GET", "/reports/occupancy"): P.REPORTS_READ,
    ("GET", "/reports/relocation-forecast"): P.REPORTS_READ,
    ("GET", "/reports/requests"): P.REPORTS_READ,
    ("GET", "/reports/locations"): P.REPORTS_READ,
}
