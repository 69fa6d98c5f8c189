from enum import StrEnum


class PlaceKind(StrEnum):
    ADDRESS = "address"
    MUNICIPALITY = "municipality"
    POSTCODE = "postcode"
    STREET = "street"
    TOWN = "town"

    def __str__(self) -> str:
        return str(self.value)
