"""Messages to households, per language and kind: a subject and e-mail text, a short SMS text.

Every message to a household ends with its status link (`{link}`), added when it is delivered
(api.notifications.sender). Dates are ISO dates (YYYY-MM-DD), which read the same in every language.
Russian exists only for households that chose it (`preferredLanguage: ru`), never as a fallback.
"""

from dataclasses import dataclass

from api.households.models import Household
from api.relocation.models import StatusLanguage

NL, EN, UK, RU = StatusLanguage.NL, StatusLanguage.EN, StatusLanguage.UK, StatusLanguage.RU

# The languages a message falls back to, in order, when a text is missing in the household's.
FALLBACK = (NL, EN)


@dataclass(frozen=True)
class Template:
    subject: str
    email: str
    sms: str
    # The last line of every message; {link} is the household's status page.
    link: str


_DUTCH = {
    "offer_made": Template(
        subject="U hebt een aanbod voor een plek gekregen",
        email="U hebt een aanbod voor een plek gekregen. De verhuisdatum is {move_on}. Geef uw antwoord "
        "vóór {respond_by} op uw statuspagina. Afwijzen heeft geen gevolgen voor u.",
        sms="Onderdak: u hebt een aanbod voor een plek. Antwoord vóór {respond_by}:",
        link="Uw statuspagina: {link}",
    ),
    "move_date": Template(
        subject="Uw verhuizing is gepland",
        email="Het aanbod is aangenomen. Uw verhuizing is gepland op {move_on}.",
        sms="Onderdak: uw verhuizing is gepland op {move_on}. Meer informatie:",
        link="Uw statuspagina: {link}",
    ),
    "expiry_warning": Template(
        subject="Uw verblijf eindigt: een verhuizing wordt voorbereid",
        email="Uw huidige verblijf eindigt op {must_move_by}. Er is een verhuisverzoek geopend, zodat "
        "er op tijd een nieuwe plek gevonden kan worden.",
        sms="Onderdak: uw verblijf eindigt op {must_move_by}. We zoeken een nieuwe plek. Volg het hier:",
        link="Uw statuspagina: {link}",
    ),
    "status_changed": Template(
        subject="Nieuws over uw verhuisverzoek",
        email="De status van uw verzoek is nu: {status}.",
        sms="Onderdak: de status van uw verzoek is nu: {status}.",
        link="Uw statuspagina: {link}",
    ),
    "status_link": Template(
        subject="De link naar uw statuspagina",
        email="Op uw statuspagina ziet u hoe het met uw verhuisverzoek staat, en kunt u antwoorden "
        "op een aanbod.",
        sms="Onderdak: de link naar uw statuspagina:",
        link="Uw statuspagina: {link}",
    ),
}

_ENGLISH = {
    "offer_made": Template(
        subject="You have received an offer of a place",
        email="You have received an offer of a place. The move date is {move_on}. Please answer on "
        "your status page before {respond_by}. Declining has no consequences for you.",
        sms="Onderdak: you have an offer of a place. Please answer before {respond_by}:",
        link="Your status page: {link}",
    ),
    "move_date": Template(
        subject="Your move is planned",
        email="The offer was accepted. Your move is planned for {move_on}.",
        sms="Onderdak: your move is planned for {move_on}. More information:",
        link="Your status page: {link}",
    ),
    "expiry_warning": Template(
        subject="Your stay is ending: a move is being prepared",
        email="Your current stay ends on {must_move_by}. A relocation request has been opened so that "
        "a new place can be found in time.",
        sms="Onderdak: your stay ends on {must_move_by}. We are looking for a new place. Follow it here:",
        link="Your status page: {link}",
    ),
    "status_changed": Template(
        subject="News about your relocation request",
        email="The status of your request is now: {status}.",
        sms="Onderdak: the status of your request is now: {status}.",
        link="Your status page: {link}",
    ),
    "status_link": Template(
        subject="The link to your status page",
        email="Your status page shows how your relocation request stands, and there you can answer an offer.",
        sms="Onderdak: the link to your status page:",
        link="Your status page: {link}",
    ),
}

_UKRAINIAN = {
    "offer_made": Template(
        subject="Ви отримали пропозицію місця",
        email="Ви отримали пропозицію місця. Дата переїзду: {move_on}. Будь ласка, дайте відповідь на "
        "своїй сторінці статусу до {respond_by}. Відмова не має для вас жодних наслідків.",
        sms="Onderdak: у вас є пропозиція місця. Дайте відповідь до {respond_by}:",
        link="Ваша сторінка статусу: {link}",
    ),
    "move_date": Template(
        subject="Ваш переїзд заплановано",
        email="Пропозицію прийнято. Ваш переїзд заплановано на {move_on}.",
        sms="Onderdak: ваш переїзд заплановано на {move_on}. Докладніше:",
        link="Ваша сторінка статусу: {link}",
    ),
    "expiry_warning": Template(
        subject="Ваше перебування закінчується: готується переїзд",
        email="Ваше теперішнє перебування закінчується {must_move_by}. Відкрито запит на переселення, "
        "щоб вчасно знайти нове місце.",
        sms="Onderdak: ваше перебування закінчується {must_move_by}. Ми шукаємо нове місце:",
        link="Ваша сторінка статусу: {link}",
    ),
    "status_changed": Template(
        subject="Новини щодо вашого запиту на переселення",
        email="Статус вашого запиту тепер: {status}.",
        sms="Onderdak: статус вашого запиту тепер: {status}.",
        link="Ваша сторінка статусу: {link}",
    ),
    "status_link": Template(
        subject="Посилання на вашу сторінку статусу",
        email="На вашій сторінці статусу видно, як просувається ваш запит на переселення, і там можна "
        "відповісти на пропозицію.",
        sms="Onderdak: посилання на вашу сторінку статусу:",
        link="Ваша сторінка статусу: {link}",
    ),
}

_RUSSIAN = {
    "offer_made": Template(
        subject="Вы получили предложение места",
        email="Вы получили предложение места. Дата переезда: {move_on}. Пожалуйста, ответьте на своей "
        "странице статуса до {respond_by}. Отказ не имеет для вас никаких последствий.",
        sms="Onderdak: у вас есть предложение места. Ответьте до {respond_by}:",
        link="Ваша страница статуса: {link}",
    ),
    "move_date": Template(
        subject="Ваш переезд запланирован",
        email="Предложение принято. Ваш переезд запланирован на {move_on}.",
        sms="Onderdak: ваш переезд запланирован на {move_on}. Подробнее:",
        link="Ваша страница статуса: {link}",
    ),
    "expiry_warning": Template(
        subject="Ваше пребывание заканчивается: готовится переезд",
        email="Ваше нынешнее пребывание заканчивается {must_move_by}. Открыт запрос на переселение, "
        "чтобы вовремя найти новое место.",
        sms="Onderdak: ваше пребывание заканчивается {must_move_by}. Мы ищем новое место:",
        link="Ваша страница статуса: {link}",
    ),
    "status_changed": Template(
        subject="Новости по вашему запросу на переселение",
        email="Статус вашего запроса теперь: {status}.",
        sms="Onderdak: статус вашего запроса теперь: {status}.",
        link="Ваша страница статуса: {link}",
    ),
    "status_link": Template(
        subject="Ссылка на вашу страницу статуса",
        email="На вашей странице статуса видно, как продвигается ваш запрос на переселение, и там "
        "можно ответить на предложение.",
        sms="Onderdak: ссылка на вашу страницу статуса:",
        link="Ваша страница статуса: {link}",
    ),
}

TEMPLATES: dict[StatusLanguage, dict[str, Template]] = {
    NL: _DUTCH,
    EN: _ENGLISH,
    UK: _UKRAINIAN,
    RU: _RUSSIAN,
}

# Staff of the supporting organisation get the Dutch text with this line above it, and no link.
ORGANISATION_PREFIX = (
    "Dit bericht gaat over huishouden {reference}, dat uw organisatie ondersteunt "
    "(verhuisverzoek {request_id}).\n\n"
)

_DEFAULTS = (NL, EN, UK)


def message_language(household: Household) -> StatusLanguage:
    """The household's preferred language if we write it (Russian only when chosen), else the
    first language it speaks that we write (never Russian), else Dutch."""
    if household.preferred_language in StatusLanguage._value2member_map_:
        return StatusLanguage(household.preferred_language)
    for spoken in household.languages:
        if spoken in _DEFAULTS:
            return StatusLanguage(spoken)
    return NL


def template(kind: str, language: StatusLanguage) -> Template:
    """The kind's template in LANGUAGE, else in Dutch, else in English."""
    for candidate in (language, *FALLBACK):
        if kind in TEMPLATES.get(candidate, {}):
            return TEMPLATES[candidate][kind]
    raise KeyError(kind)


def with_link(text: str, channel: str, kind: str, language: StatusLanguage, link: str) -> str:
    """TEXT ending in the status link: the link's own line in an e-mail, the last word of an SMS."""
    if channel == "sms":
        return f"{text} {link}"
    return f"{text}\n\n{template(kind, language).link.format(link=link)}"
