"""Rules that decide, before retrieval, whether a question is an emergency or asks advice on one's own case.

Emergencies (violence, threats, detention, self-harm) put the emergency numbers 112 and 102 first.
Own-case advice (a first-person dispute with its facts and a request for a decision) is handed over to
people: the tutor gives general information only. The word lists are matched on the normalised text
(lower case, ё → е); tutor/eval/devset.jsonl holds labelled examples in kk, ru and en.
"""

import re

from .retrieval.analysers import normalise

EMERGENCY = [
    # en
    r"\b(beat|beats|beating|beaten|hits me|hit me|threat\w*|kill|killing|violence|violent|rape\w*|assault\w*|"
    r"stalk\w*|hurts? me|suicid\w*|detained|kidnap\w*|knife|gun|weapon|in danger|unsafe at home|end my life)\b",
    # ru
    r"(бьет|избива|избил|побо[ий]|угрож|убь[ею]т|убить|убийств|насили|изнасил|покончить с собой|суицид|"
    r"задержал|задержан|похит|ножом|оружи|преследует|опасности|душил|поднимает руку)",
    # kk
    r"(ұрады|ұрып|ұрды|соқты|қорқыт|өлтір|зорлық|зорлады|қол жұмса|ұстап алды|ұсталды|пышақ|қару|"
    r"қоқан|ұрлап әкет|қауіп төніп|қорлайды|тұншықтыр|өзімді өлтір)",
]
OWN_CASE = [
    # en
    r"\b(in )?my (case|situation|landlord|employer|boss|husband|wife|neighbou?r|ex|lawsuit|court case|dispute|"
    r"deposit|tenant)\b",
    r"\b(should i|shall i|will i win|my chances|can i win|do i have a case|what should i do|what do i do now)\b",
    r"\bi (was|got|have been) (fired|dismissed|evicted|sued)\b",
    # ru
    r"(в мо(ем|ей) (случае|ситуации)|мо(й|ему|его) (случа|дел|арендодател|работодател|начальник|муж|сосед|бывш)|"
    r"мо(я|ей|ю) (ситуаци|жена|жены|соседк|бывш)|хозяин квартиры|хозяйка квартиры|мой залог|мой депозит)",
    r"(выиграю ли|(у меня|мои|каковы) шансы|стоит ли мне|подавать ли мне|что мне делать|как мне быть|"
    r"меня уволили|меня выселя)",
    # kk
    r"(менің (ісім|ісіме|жағдайым|жағдайымда|үй иес|пәтер иес|жұмыс беруші|бастығ|күйеу|әйел|көрші|депозит|кепіл)|"
    r"пәтер иесі|үй иесі|жалға беруші)",
    r"(не істеуім керек|маған не істеу керек|не істесем|ұтамын ба|ұта аламын ба|сотқа берейін бе|"
    r"мені жұмыстан шығар|мені пәтерден)",
]
_EMERGENCY = [re.compile(p) for p in EMERGENCY]
_OWN_CASE = [re.compile(p) for p in OWN_CASE]


def is_emergency(question):
    text = normalise(question)
    return any(p.search(text) for p in _EMERGENCY)


def is_own_case(question):
    text = normalise(question)
    return any(p.search(text) for p in _OWN_CASE)
