from enum import StrEnum


class LegalStatus(StrEnum):
    OTHER = "other"
    THIRD_COUNTRY_NO_TPD = "third_country_no_tpd"
    THIRD_COUNTRY_TPD = "third_country_tpd"
    UKRAINIAN_TPD = "ukrainian_tpd"

    def __str__(self) -> str:
        return str(self.value)
