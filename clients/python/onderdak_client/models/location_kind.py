from enum import StrEnum


class LocationKind(StrEnum):
    BOAT = "boat"
    CONTAINER_HOMES = "container_homes"
    HOLIDAY_PARK = "holiday_park"
    HOTEL = "hotel"
    MUNICIPAL = "municipal"
    OFFICE_BUILDING = "office_building"
    OTHER = "other"
    SMALL_SCALE = "small_scale"

    def __str__(self) -> str:
        return str(self.value)
