"""Answer a question from vetted content only: an answer card verbatim, else quoted lesson sentences,
always with citations and the notice that this is automated legal information, not legal advice.

The decision, in order: an emergency escalates with 112/102 first; a request for advice on one's own
dispute escalates to people (with general information when some matches); a question whose best match
scores below the calibrated threshold is refused as out of scope; anything else is answered.
"""

import re
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.dispatch import Signal
from django.utils import translation
from django.utils.translation import gettext as _

from . import handover, triage
from .models import Action, AnswerCard, Passage, QuestionLog
from .privacy import scrub
from .retrieval.analysers import content_words, script_language, shares_stem, words
from .retrieval.engine import get_engine

LANGUAGES = ("kk", "ru", "en")
# Kazakh words written without Kazakh-only letters, common in short questions.
KAZAKH_MARKERS = {"деген", "дегеніміз", "керек", "туралы", "бола", "бар", "мен", "ме", "ма", "бе", "ба"}
MAX_QUESTION = 1000
PLACEHOLDERS = re.compile(r"\[(?:IIN|PHONE|EMAIL|NAME|NUMBER)\]")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

#: Sent after a signed-in person's question was answered and logged: ``user``, ``reply`` (analytics listens).
question_asked = Signal()


def threshold():
    """Minimum normalised retrieval score for an answer (calibrated on tutor/eval, see docs/tutor-answers.md)."""
    return settings.SAUAT_TUTOR_SCORE_THRESHOLD


def min_coverage():
    return settings.SAUAT_TUTOR_MIN_COVERAGE


@dataclass
class Reply:
    action: str
    language: str
    answer: str
    citations: list = field(default_factory=list)
    handover: list = field(default_factory=list)
    disclaimer: str = ""
    reason: str = ""
    hits: list = field(default_factory=list)
    score: float = 0.0
    used_llm: bool = False
    log: QuestionLog | None = None

    def as_dict(self):
        return {
            "id": self.log.pk if self.log else None,
            "action": self.action,
            "language": self.language,
            "answer": self.answer,
            "citations": self.citations,
            "handover": self.handover,
            "disclaimer": self.disclaimer,
        }


def disclaimer():
    return _(
        "Automated legal information, not legal advice. This tutor is not a lawyer: for your own situation "
        "contact free legal aid (1414, E-Zan komegi) or a university legal clinic."
    )


def coverage(question, text):
    """Share of the question's content words that share a stem with a word of ``text``."""
    asked = content_words(question)
    if not asked:
        return 0.0
    vocabulary = set(words(text))
    return sum(shares_stem(word, vocabulary) for word in asked) / len(asked)


QUOTE_WHOLE_WORDS = 80


def best_sentences(question, passage, limit=2):
    """The passage itself when short, else its sentences sharing most words with the question, in their
    original order ("…" marks a gap)."""
    body = passage.text[len(passage.title) + 2 :] if passage.text.startswith(passage.title) else passage.text
    sentences = [s.strip() for s in SENTENCE_END.split(body) if s.strip()]
    if len(sentences) <= limit or len(body.split()) <= QUOTE_WHOLE_WORDS:
        return " ".join(sentences)
    chosen = sorted(sorted(range(len(sentences)), key=lambda i: (-coverage(question, sentences[i]), i))[:limit])
    parts = [sentences[chosen[0]]]
    for previous, current in zip(chosen, chosen[1:], strict=False):
        parts.append(("" if current == previous + 1 else "… ") + sentences[current])
    return " ".join(parts)


def citation(passage):
    return {
        "title": passage.title,
        "url": passage.url,
        "legal_act": passage.legal_act,
        "article": passage.article,
    }


def _language_of(question, requested, hits):
    if requested in LANGUAGES:
        return requested
    guess = script_language(question)
    if guess:
        return guess
    if KAZAKH_MARKERS.intersection(words(question)):
        return "kk"
    if hits and hits[0].score >= threshold():
        return hits[0].matched_language
    return "ru"  # Cyrillic without Kazakh letters or Kazakh words, and nothing matched well


def _only_in_note(passage, language):
    if passage.language == language:
        return ""
    names = {"kk": _("Kazakh"), "ru": _("Russian"), "en": _("English")}
    return " " + _("(This material is available in %(language)s only.)") % {"language": names[passage.language]}


def _card_answer(passage, language):
    card_key = passage.group.removeprefix("card:")
    card = AnswerCard.objects.approved().filter(key=card_key).first()
    if card is None:
        return None
    answer = card.answer_in(language)
    reviewed = _("Reviewed by %(name)s on %(date)s.") % {"name": card.reviewed_by, "date": card.reviewed_on}
    return f"{answer}\n\n{reviewed}"


def extractive_answer(question, hits, language):
    """The answer text and citations built from the best hit (a card verbatim, else quoted sentences)."""
    top = hits[0].passage
    citations = [citation(top)]
    for hit in hits[1:3]:
        if hit.score >= 0.85 * hits[0].score and hit.passage.url != top.url and hit.passage.url:
            citations.append(citation(hit.passage))
    if top.kind == Passage.Kind.CARD:
        text = _card_answer(top, language)
        if text is not None:
            return text, citations
    quote = best_sentences(question, top)
    return f"«{quote}»{_only_in_note(top, language)}", citations


def decide(question, hits):
    """(action, reason) for a question and its hits."""
    if triage.is_emergency(question):
        return Action.ESCALATE, "emergency"
    if triage.is_own_case(question):
        return Action.ESCALATE, "own_case"
    if not hits or hits[0].score < threshold():
        return Action.REFUSE, "low_score"
    if coverage(question, hits[0].passage.text) < min_coverage():
        return Action.REFUSE, "low_coverage"
    return Action.ANSWER, ""


def answer_question(question, language="", *, k=5, engine=None):
    """The reply to a (personal-data-free) question, without logging; used by ask() and the evaluation."""
    question = PLACEHOLDERS.sub(" ", question)
    engine = engine or get_engine()
    guess = language if language in LANGUAGES else script_language(question)
    hits = engine.search(question, guess, k=k)
    language = _language_of(question, language, hits)
    if hits and hits[0].passage.language != language and language in hits[0].siblings:
        for hit in hits:
            hit.passage = hit.siblings.get(language, hit.passage)
    action, reason = decide(question, hits)
    score = hits[0].score if hits else 0.0
    with translation.override(language):
        reply = Reply(action=action, language=language, answer="", disclaimer=disclaimer(), reason=reason)
        reply.hits, reply.score = hits, score
        topic = hits[0].passage.topic_slug if hits and score >= threshold() else ""
        if action == Action.ANSWER:
            reply.answer, reply.citations = extractive_answer(question, hits, language)
        elif reason == "emergency":
            reply.answer = _(
                "If you or someone else is in danger, call 112 (emergency services) or 102 (police) now. "
                "Then you can get free legal help: the 1414 line, E-Zan komegi or a university legal clinic."
            )
            reply.handover = handover.handover(emergency=True, topic_slug=topic, question=question, language=language)
        elif reason == "own_case":
            reply.answer = _(
                "This sounds like your own dispute. The tutor cannot advise on a particular case: please ask "
                "people who can look at your documents. Free options are listed below."
            )
            if hits and score >= threshold():
                general, reply.citations = extractive_answer(question, hits, language)
                reply.answer += "\n\n" + _("General information that may help: %(quote)s") % {"quote": general}
            reply.handover = handover.handover(topic_slug=topic, question=question, language=language)
        else:
            reply.answer = _(
                "I did not find this in Sauat's reviewed material, so I will not guess. You can ask people: "
                "the free legal aid services and legal clinics below."
            )
            reply.handover = handover.handover(question=question, language=language)
    return reply


def ask(question, language="", *, asker="", use_llm=True, user=None):
    """Answer ``question`` and log it pseudonymously (``asker`` is a keyed hash) with personal data removed."""
    started = time.perf_counter()
    clean = scrub(question.strip()[:MAX_QUESTION])
    reply = answer_question(clean, language)
    if use_llm and reply.action == Action.ANSWER:
        from . import llm

        llm.improve(clean, reply)
    return _log(clean, reply, asker, started, user)


def _log(clean, reply, asker, started, user=None):
    """Store the (personal-data-free) question and what was done with it; the reply gets the log row."""
    reply.log = QuestionLog.objects.create(
        asker=asker,
        question=clean,
        language=reply.language,
        action=reply.action,
        reason=reply.reason,
        answer=reply.answer,
        passages=[{"key": h.passage.key, "score": round(h.score, 4)} for h in reply.hits],
        score=reply.score,
        used_llm=reply.used_llm,
        latency_ms=int((time.perf_counter() - started) * 1000),
    )
    if user is not None and user.is_authenticated:
        question_asked.send(sender=QuestionLog, user=user, reply=reply)
    return reply


def hint(question, language="", *, asker="", user=None):
    """The "help me think" mode of a lesson: a pointer to where the answer is, never the answer itself.

    With an LLM configured, a validated Socratic hint; otherwise the section of the lesson to re-read and
    a guiding question. Emergencies and own-case questions get the normal reply (hand-over first).
    """
    started = time.perf_counter()
    clean = scrub(question.strip()[:MAX_QUESTION])
    reply = answer_question(clean, language)
    if reply.action == Action.ANSWER:
        from . import llm

        top = reply.hits[0].passage
        with translation.override(reply.language):
            text = llm.socratic_hint(clean, [h.passage for h in reply.hits[:3]], reply.language)
            if text is None:
                text = _(
                    "Hint: re-read “%(section)s”. Which rule there fits your question, and what does it require? "
                    "Try to answer in your own words before you look it up."
                ) % {"section": top.title}
            else:
                reply.used_llm = True
        reply.answer, reply.reason = text, "hint"
        reply.citations = [{**citation(top), "legal_act": "", "article": ""}]
    return _log(clean, reply, asker, started, user)
