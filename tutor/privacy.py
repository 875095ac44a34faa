"""Remove personal data from a question before it is logged or sent to any model (Law No. 94-V).

Removed: individual identification numbers (IIN/BIN, 12 digits), phone numbers, e-mail addresses,
card-like long digit runs, and names where a phrase announces them ("my name is ...", "меня зовут ...",
"менің атым ...") or a title precedes them ("Mr ...", "гражданин ...").
"""

import re

IIN = "[IIN]"
PHONE = "[PHONE]"
EMAIL = "[EMAIL]"
NAME = "[NAME]"
NUMBER = "[NUMBER]"

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", re.UNICODE)
_IIN = re.compile(r"(?<!\d)\d{6}[\s-]?\d{6}(?!\d)")
_LONG_DIGITS = re.compile(r"(?<!\d)(?:\d[\s-]?){13,19}(?!\d)")
_PHONE = re.compile(r"(?<![\w\d])(?:\+?[78]|\+7)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)")
_SHORT_PHONE = re.compile(r"(?<!\d)\d{3}[\s-]\d{2}[\s-]\d{2}(?!\d)")
NAME_WORD = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі'-]+"
_NAME_INTRO = re.compile(
    r"(?P<intro>\b(?i:my name is|i am called|this is|меня зовут|моя фамилия|я\s*[-—]|менің атым|менің есімім|"
    r"атым|есімім|mr\.?|mrs\.?|ms\.?|dr\.?|гражданин|гражданка|господин|госпожа|азамат|азаматша)\s+)"
    rf"(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})",
)
_PATRONYMIC = re.compile(
    rf"\b{NAME_WORD}\s+{NAME_WORD}\s+{NAME_WORD}(?:ович|евич|овна|евна|ична|ұлы|қызы|улы|кызы)\b",
)
_PATRONYMIC_NAME = re.compile(rf"\b{NAME_WORD}(?:ович|евич|овна|евна|ична|ұлы|қызы|улы|кызы)\b")


def _name(match):
    return f"{match.group('intro')}{NAME}"


def scrub(text):
    """The question with personal data replaced by placeholders such as [IIN] or [PHONE]."""
    text = _EMAIL.sub(EMAIL, text or "")
    text = _LONG_DIGITS.sub(lambda m: IIN if len(re.sub(r"\D", "", m.group())) == 12 else NUMBER, text)
    text = _IIN.sub(IIN, text)
    text = _PHONE.sub(PHONE, text)
    text = _SHORT_PHONE.sub(PHONE, text)
    text = _NAME_INTRO.sub(_name, text)
    text = _PATRONYMIC.sub(NAME, text)
    text = _PATRONYMIC_NAME.sub(NAME, text)
    return text


def has_personal_data(text):
    return scrub(text) != text
