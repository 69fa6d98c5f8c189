"""Plain-language texts for households: the status page (messages: api.notifications.templates).

Dutch, English and Ukrainian; Russian exists only for households that chose it explicitly
(`preferredLanguage: ru`), never as a fallback. Dates are passed as ISO dates (YYYY-MM-DD), which
read the same in every language.
"""

from api.relocation.models import StatusLanguage

NL, EN, UK, RU = StatusLanguage.NL, StatusLanguage.EN, StatusLanguage.UK, StatusLanguage.RU

STATUS = {
    "submitted": {NL: "Ontvangen", EN: "Received", UK: "Отримано", RU: "Получено"},
    "triaged": {NL: "Beoordeeld", EN: "Assessed", UK: "Розглянуто", RU: "Рассмотрено"},
    "matching": {
        NL: "Op zoek naar een plek",
        EN: "Looking for a place",
        UK: "Шукаємо місце",
        RU: "Ищем место",
    },
    "offered": {
        NL: "Er is een aanbod dat op uw antwoord wacht",
        EN: "An offer is waiting for your answer",
        UK: "Пропозиція чекає на вашу відповідь",
        RU: "Предложение ждёт вашего ответа",
    },
    "accepted": {
        NL: "Aanbod aangenomen, verhuizing gepland",
        EN: "Offer accepted, move planned",
        UK: "Пропозицію прийнято, переїзд заплановано",
        RU: "Предложение принято, переезд запланирован",
    },
    "moved": {NL: "Verhuisd", EN: "Moved", UK: "Переїзд відбувся", RU: "Переезд состоялся"},
    "closed": {NL: "Afgesloten", EN: "Closed", UK: "Закрито", RU: "Закрыто"},
    "cancelled": {NL: "Geannuleerd", EN: "Cancelled", UK: "Скасовано", RU: "Отменено"},
}

# Timeline entries, by event kind (status changes by their new status).
TIMELINE = {
    "created": {
        NL: "Uw verzoek om te verhuizen is ontvangen.",
        EN: "Your request to move was received.",
        UK: "Ваш запит на переселення отримано.",
        RU: "Ваш запрос на переселение получен.",
    },
    "triaged": {
        NL: "Een verhuisloket heeft uw verzoek beoordeeld.",
        EN: "A relocation desk has assessed your request.",
        UK: "Служба переселення розглянула ваш запит.",
        RU: "Служба переселения рассмотрела ваш запрос.",
    },
    "matching": {
        NL: "Het verhuisloket zoekt een plek voor u.",
        EN: "The relocation desk is looking for a place for you.",
        UK: "Служба переселення шукає для вас місце.",
        RU: "Служба переселения ищет для вас место.",
    },
    "search_resumed": {
        NL: "De geplande verhuizing gaat niet door; er wordt verder gezocht.",
        EN: "The planned move cannot go ahead; the search continues.",
        UK: "Запланований переїзд не відбудеться; пошук триває.",
        RU: "Запланированный переезд не состоится; поиск продолжается.",
    },
    "offer_made": {
        NL: "U hebt een aanbod voor een plek gekregen.",
        EN: "You received an offer of a place.",
        UK: "Ви отримали пропозицію місця.",
        RU: "Вы получили предложение места.",
    },
    "offer_accepted": {
        NL: "Het aanbod is aangenomen.",
        EN: "The offer was accepted.",
        UK: "Пропозицію прийнято.",
        RU: "Предложение принято.",
    },
    "offer_declined": {
        NL: "Het aanbod is afgewezen. Dat heeft geen gevolgen voor u; er wordt verder gezocht.",
        EN: "The offer was declined. This has no consequences for you; the search continues.",
        UK: "Пропозицію відхилено. Це не має для вас жодних наслідків; пошук триває.",
        RU: "Предложение отклонено. Это не имеет для вас никаких последствий; поиск продолжается.",
    },
    "offer_withdrawn": {
        NL: "Het aanbod is ingetrokken; er wordt verder gezocht.",
        EN: "The offer was withdrawn; the search continues.",
        UK: "Пропозицію відкликано; пошук триває.",
        RU: "Предложение отозвано; поиск продолжается.",
    },
    "moved": {
        NL: "U bent verhuisd naar uw nieuwe plek.",
        EN: "You have moved to your new place.",
        UK: "Ви переїхали на нове місце.",
        RU: "Вы переехали на новое место.",
    },
    "closed": {
        NL: "Uw verzoek is afgesloten.",
        EN: "Your request has been closed.",
        UK: "Ваш запит закрито.",
        RU: "Ваш запрос закрыт.",
    },
    "cancelled": {
        NL: "Uw verzoek is geannuleerd.",
        EN: "Your request has been cancelled.",
        UK: "Ваш запит скасовано.",
        RU: "Ваш запрос отменён.",
    },
    "updated": {
        NL: "De gegevens van uw verzoek zijn bijgewerkt.",
        EN: "The details of your request were updated.",
        UK: "Дані вашого запиту оновлено.",
        RU: "Данные вашего запроса обновлены.",
    },
}

NEXT_STEP = {
    "triage": {
        NL: "Een verhuisloket beoordeelt uw verzoek.",
        EN: "A relocation desk will assess your request.",
        UK: "Служба переселення розгляне ваш запит.",
        RU: "Служба переселения рассмотрит ваш запрос.",
    },
    "start_search": {
        NL: "Het verhuisloket gaat een plek voor u zoeken.",
        EN: "The relocation desk will start looking for a place for you.",
        UK: "Служба переселення почне шукати для вас місце.",
        RU: "Служба переселения начнёт искать для вас место.",
    },
    "make_offer": {
        NL: "U kunt een aanbod voor een plek verwachten.",
        EN: "You can expect an offer of a place.",
        UK: "Ви можете очікувати пропозицію місця.",
        RU: "Вы можете ожидать предложение места.",
    },
    "respond_to_offer": {
        NL: "Neem het aanbod aan of wijs het af. Afwijzen heeft geen gevolgen voor u.",
        EN: "Please accept or decline the offer. Declining has no consequences for you.",
        UK: "Будь ласка, прийміть або відхиліть пропозицію. Відмова не має для вас жодних наслідків.",
        RU: "Пожалуйста, примите или отклоните предложение. Отказ не имеет для вас никаких последствий.",
    },
    "move": {
        NL: "U verhuist naar uw nieuwe plek.",
        EN: "You move to your new place.",
        UK: "Ви переїжджаєте на нове місце.",
        RU: "Вы переезжаете на новое место.",
    },
    "close_request": {
        NL: "Het verhuisloket sluit uw verzoek af zodra u bent gesetteld.",
        EN: "The relocation desk will close your request once you have settled in.",
        UK: "Служба переселення закриє ваш запит, щойно ви облаштуєтеся.",
        RU: "Служба переселения закроет ваш запрос, как только вы обустроитесь.",
    },
}

OFFER_DESCRIPTION = {
    "host_family": {
        NL: "Een kamer bij een gastgezin in de gemeente {municipality}",
        EN: "A room with a host family in the municipality of {municipality}",
        UK: "Кімната в приймаючій родині (муніципалітет {municipality})",
        RU: "Комната в принимающей семье (муниципалитет {municipality})",
    },
    "shelter_unit": {
        NL: "Opvang in {location} in de gemeente {municipality}",
        EN: "Accommodation at {location} in the municipality of {municipality}",
        UK: "Житло в закладі «{location}» (муніципалітет {municipality})",
        RU: "Жильё в учреждении «{location}» (муниципалитет {municipality})",
    },
}

CONCERN_RECEIVED = {
    NL: "Dank u. Uw melding is ontvangen zonder uw naam. Iemand van de opvangorganisatie bekijkt het "
    "zo snel mogelijk. Bent u in gevaar? Bel 112.",
    EN: "Thank you. Your report was received without your name. Someone from the shelter organisation "
    "looks at it as soon as possible. Are you in danger? Call 112.",
    UK: "Дякуємо. Ваше повідомлення отримано без вашого імені. Хтось з організації з розміщення "
    "розгляне його якнайшвидше. Вам загрожує небезпека? Телефонуйте 112.",
    RU: "Спасибо. Ваше сообщение получено без вашего имени. Сотрудник организации по размещению "
    "рассмотрит его как можно скорее. Вам угрожает опасность? Звоните 112.",
}

FACTS = {
    "wheelchair_accessible": {
        NL: "Rolstoeltoegankelijk",
        EN: "Wheelchair accessible",
        UK: "Доступно для крісел колісних",
        RU: "Доступно для инвалидных колясок",
    },
    "pets_allowed": {
        NL: "Huisdieren toegestaan",
        EN: "Pets allowed",
        UK: "Можна з домашніми тваринами",
        RU: "Можно с домашними животными",
    },
    "pets_present": {
        NL: "Er zijn huisdieren in huis",
        EN: "There are pets in the house",
        UK: "У домі є домашні тварини",
        RU: "В доме есть домашние животные",
    },
    "self_catering": {
        NL: "U kookt zelf",
        EN: "You cook for yourself",
        UK: "Ви готуєте самостійно",
        RU: "Вы готовите самостоятельно",
    },
    "meals_provided": {
        NL: "Maaltijden worden verzorgd",
        EN: "Meals are provided",
        UK: "Харчування забезпечується",
        RU: "Питание предоставляется",
    },
    "staff_on_site": {
        NL: "Er is personeel aanwezig",
        EN: "Staff on site",
        UK: "На місці є персонал",
        RU: "На месте есть персонал",
    },
    "visiting_open": {
        NL: "Bezoek is welkom",
        EN: "Visitors are welcome",
        UK: "Відвідувачі можуть приходити",
        RU: "Посетители могут приходить",
    },
    "visiting_daytime": {
        NL: "Bezoek alleen overdag",
        EN: "Visitors during the day only",
        UK: "Відвідування лише вдень",
        RU: "Посещения только днём",
    },
    "visiting_restricted": {
        NL: "Bezoek is beperkt",
        EN: "Visits are restricted",
        UK: "Відвідування обмежені",
        RU: "Посещения ограничены",
    },
    "families_only": {
        NL: "Alleen voor gezinnen",
        EN: "For families only",
        UK: "Лише для сімей",
        RU: "Только для семей",
    },
    "women_only": {
        NL: "Alleen voor vrouwen",
        EN: "For women only",
        UK: "Лише для жінок",
        RU: "Только для женщин",
    },
}


def text(
    table: dict[str, dict[StatusLanguage, str]],
    key: str,
    language: StatusLanguage,
    **values: object,
) -> str:
    return table[key][language].format(**values)


def page_language(preferred: str, requested: StatusLanguage | None) -> StatusLanguage:
    """The page's language: the one asked for, else the household's if we have it, else English.

    Russian only when asked for or chosen as the household's preferred language; a browser's
    Accept-Language is deliberately ignored, so Russian is never reached by default.
    """
    if requested is not None:
        return requested
    if preferred in StatusLanguage._value2member_map_:
        return StatusLanguage(preferred)
    return EN
