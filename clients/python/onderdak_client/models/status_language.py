from enum import StrEnum


class StatusLanguage(StrEnum):
    EN = "en"
    NL = "nl"
    RU = "ru"
    UK = "uk"

    def __str__(self) -> str:
        return str(self.value)
