"""Column headers and sheet names of the exports, in Dutch, English and Ukrainian."""

LANGUAGES = ("nl", "en", "uk")
DEFAULT_LANGUAGE = "nl"

LABELS: dict[str, tuple[str, str, str]] = {
    # key: (nl, en, uk)
    "key": ("Code", "Code", "Код"),
    "name": ("Naam", "Name", "Назва"),
    "total": ("Totaal", "Total", "Усього"),
    "unknown": ("Onbekend", "Unknown", "Невідомо"),
    "small": ("Kleinschalig", "Small-scale", "Малі"),
    "large": ("Grootschalig", "Large", "Великі"),
    "locations": ("Locaties", "Locations", "Локації"),
    "beds": ("Bedden", "Beds", "Ліжка"),
    "blocked": ("Geblokkeerd", "Blocked", "Заблоковано"),
    "occupied": ("Bezet", "Occupied", "Зайнято"),
    "free": ("Vrij", "Free", "Вільно"),
    "households": ("Huishoudens", "Households", "Домогосподарства"),
    "host_families": ("Gastgezinnen", "Host families", "Приймаючі сім'ї"),
    "host_family_beds": ("Bedden gastgezinnen", "Host-family beds", "Ліжка в приймаючих сім'ях"),
    "host_family_occupied": (
        "Bezet bij gastgezinnen",
        "Occupied at host families",
        "Зайнято в приймаючих сім'ях",
    ),
    "host_family_households": (
        "Huishoudens bij gastgezinnen",
        "Households at host families",
        "Домогосподарства в приймаючих сім'ях",
    ),  # noqa: E501
    "occupancy_rate": ("Bezettingsgraad", "Occupancy rate", "Рівень заповненості"),
    "average_stay_days": ("Gemiddeld verblijf (dagen)", "Average stay (days)", "Середнє перебування (днів)"),
    "moves_out": ("Vertrokken", "Moves out", "Виїзди"),
    "incidents": ("Incidenten", "Incidents", "Інциденти"),
    "incidents_per_100_residents": (
        "Incidenten per 100 bewoners",
        "Incidents per 100 residents",
        "Інциденти на 100 мешканців",
    ),  # noqa: E501
    "offers_declined": ("Aanbiedingen afgewezen", "Offers declined", "Відхилені пропозиції"),
    "week_starts_on": ("Week vanaf", "Week from", "Тиждень з"),
    "week_ends_on": ("Week tot en met", "Week to", "Тиждень до"),
    "endings": ("Verblijven die eindigen", "Stays ending", "Перебування, що закінчуються"),
    "people": ("Personen", "People", "Особи"),
    "with_open_request": ("Met open verzoek", "With an open request", "З відкритим запитом"),
    "placeable": ("Past in vrije plek", "Fits a free place", "Вміщується у вільне місце"),
    "shortfall": ("Tekort (opgeteld)", "Shortfall (cumulative)", "Нестача (накопичено)"),
    "flagged": ("Tekort verwacht", "Shortfall expected", "Очікується нестача"),
    "shortfall_starts_on": ("Tekort vanaf", "Shortfall from", "Нестача з"),
    "free_places": ("Vrije plekken", "Free places", "Вільні місця"),
    "free_beds": ("Vrije bedden", "Free beds", "Вільні ліжка"),
    "dimension": ("Indeling", "Breakdown", "Розподіл"),
    "desk": ("Loket", "Desk", "Служба"),
    "region": ("Veiligheidsregio", "Safety region", "Регіон безпеки"),
    "open": ("Open", "Open", "Відкриті"),
    "submitted": ("Ingediend", "Submitted", "Подано"),
    "triaged": ("Beoordeeld", "Triaged", "Розглянуто"),
    "matching": ("Zoeken", "Matching", "Пошук"),
    "offered": ("Aangeboden", "Offered", "Запропоновано"),
    "accepted": ("Geaccepteerd", "Accepted", "Прийнято"),
    "emergency": ("Spoed", "Emergency", "Терміново"),
    "high": ("Hoog", "High", "Високий"),
    "normal": ("Normaal", "Normal", "Звичайний"),
    "status": ("Status", "Status", "Статус"),
    "overdue": ("Te laat", "Overdue", "Прострочено"),
    "moved": ("Verhuisd", "Moved", "Переїхали"),
    "median_days_to_move": (
        "Mediaan dagen tot verhuizing",
        "Median days to move",
        "Медіана днів до переїзду",
    ),
    "p90_days_to_move": ("P90 dagen tot verhuizing", "P90 days to move", "P90 днів до переїзду"),
    "offers_made": ("Aanbiedingen gedaan", "Offers made", "Зроблено пропозицій"),
    "offers_accepted": ("Aanbiedingen geaccepteerd", "Offers accepted", "Прийнято пропозицій"),
    "offers_open": ("Aanbiedingen open", "Offers awaiting an answer", "Пропозиції без відповіді"),
    "reason": ("Reden", "Reason", "Причина"),
    "count": ("Aantal", "Count", "Кількість"),
    "id": ("Id", "Id", "Id"),
    "kind": ("Soort", "Kind", "Тип"),
    "municipality_code": ("Gemeentecode", "Municipality code", "Код громади"),
    "municipality_name": ("Gemeente", "Municipality", "Громада"),
    "safety_region_code": ("Veiligheidsregio", "Safety region", "Регіон безпеки"),
    "address": ("Adres", "Address", "Адреса"),
    "opens_on": ("Opent op", "Opens on", "Відкривається"),
    "closes_on": ("Sluit op", "Closes on", "Закривається"),
    "units": ("Units", "Units", "Приміщення"),
    "capacity": ("Capaciteit", "Capacity", "Місткість"),
    "small_scale": ("Kleinschalig", "Small-scale", "Малі"),
    # sheet names
    "sheet_occupancy": ("Bezetting", "Occupancy", "Заповненість"),
    "sheet_forecast": ("Prognose", "Forecast", "Прогноз"),
    "sheet_forecast_groups": ("Prognose per gebied", "Forecast by area", "Прогноз за територією"),
    "sheet_requests": ("Verzoeken", "Requests", "Запити"),
    "sheet_status_urgency": ("Status en urgentie", "Status and urgency", "Статус і терміновість"),
    "sheet_decline_reasons": ("Redenen afwijzing", "Decline reasons", "Причини відмови"),
    "sheet_locations": ("Locaties", "Locations", "Локації"),
}


def label(key: str, language: str) -> str:
    return LABELS[key][LANGUAGES.index(language)]


def pick_language(accept_language: str | None) -> str:
    """The first of nl, en and uk the caller accepts (by q-value); Dutch otherwise."""
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return min(ranked)[2] if ranked else DEFAULT_LANGUAGE
