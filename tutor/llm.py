"""Optional LLM wording through an OpenAI-compatible chat-completions endpoint, under a strict validator.

Off unless SAUAT_TUTOR_LLM_BASE_URL and SAUAT_TUTOR_LLM_MODEL are set. The model sees only the retrieved
passages (personal data already removed) and must return JSON: sentences, each citing passage ids. The
validator rejects the reply unless every sentence cites a retrieved passage, every number (article, law
number, figure, date) appears in a cited passage, each sentence shares most of its words with what it
cites, and the language is the one asked for. On any failure, timeout or error the quoted answer stays.
"""

import json
import logging
import re
import urllib.error
import urllib.request

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from . import triage
from .retrieval.analysers import content_words, script_language, shares_stem, words

logger = logging.getLogger("sauat.tutor")
NUMBER = re.compile(r"\d+(?:[.,/-]\d+)*(?:-[IVXLC]+)?")
MIN_SUPPORT = 0.6

SYSTEM_PROMPT = (
    "You explain Kazakhstan law to learners using ONLY the passages given. Reply with JSON: "
    '{"sentences": [{"text": "...", "citations": ["<passage id>"]}]}. Every sentence cites at least one '
    "passage id. Copy article numbers, law numbers and figures exactly from the passages. Never advise on "
    "the reader's own case and never call yourself a lawyer. Write in the language given."
)
SOCRATIC_PROMPT = (
    "You are a Socratic study helper for a lesson. Using ONLY the passages given, ask one guiding question "
    "or give one hint that helps the learner find the answer; never state the answer itself. Reply with "
    'JSON: {"sentences": [{"text": "...", "citations": ["<passage id>"]}]}.'
)


def is_enabled():
    return bool(settings.SAUAT_TUTOR_LLM_BASE_URL and settings.SAUAT_TUTOR_LLM_MODEL)


def chat(messages):
    """POST a chat completion; returns the assistant's text (raises on HTTP or protocol errors)."""
    body = json.dumps(
        {
            "model": settings.SAUAT_TUTOR_LLM_MODEL,
            "messages": messages,
            "temperature": 0,
            "max_tokens": 600,
            "response_format": {"type": "json_object"},
        }
    ).encode()
    request = urllib.request.Request(  # noqa: S310  (the URL comes from the operator's settings)
        settings.SAUAT_TUTOR_LLM_BASE_URL.rstrip("/") + "/chat/completions",
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {settings.SAUAT_TUTOR_LLM_API_KEY}"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=settings.SAUAT_TUTOR_LLM_TIMEOUT) as response:  # noqa: S310
        data = json.loads(response.read().decode())
    return data["choices"][0]["message"]["content"]


def prompt(question, passages, language, system=SYSTEM_PROMPT):
    context = "\n\n".join(f"[{p.key}] {p.text}" for p in passages)
    user = f"Language: {language}\nPassages:\n{context}\n\nQuestion: {question}"
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def validate(raw, passages, language):
    """The list of sentences if the model's reply passes every rule, else raise ValueError(reason)."""
    try:
        data = json.loads(raw)
        sentences = data["sentences"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError("not_json") from exc
    if not isinstance(sentences, list) or not sentences:
        raise ValueError("no_sentences")
    by_key = {p.key: p for p in passages}
    checked = []
    for sentence in sentences:
        if not isinstance(sentence, dict) or not isinstance(sentence.get("text"), str):
            raise ValueError("bad_sentence")
        text, cited = sentence["text"].strip(), sentence.get("citations") or []
        if not cited or not isinstance(cited, list):
            raise ValueError("uncited_sentence")
        if any(key not in by_key for key in cited):
            raise ValueError("unknown_citation")
        sources = [by_key[key] for key in cited]
        source_text = " ".join(f"{p.text} {p.article} {p.legal_act}" for p in sources)
        for number in NUMBER.findall(text):
            if number not in source_text:
                raise ValueError("number_not_in_source")
        vocabulary = set(words(source_text))
        asked = content_words(text)
        if asked and sum(shares_stem(w, vocabulary) for w in asked) / len(asked) < MIN_SUPPORT:
            raise ValueError("unsupported_sentence")
        if triage.is_own_case(text):
            raise ValueError("own_case_advice")
        checked.append((text, cited))
    script = script_language(" ".join(t for t, _c in checked))
    if (language == "en") != (script == "en") or (language == "ru" and script == "kk"):
        raise ValueError("wrong_language")
    return checked


def _complete(question, passages, language, system):
    try:
        raw = chat(prompt(question, passages, language, system))
    except (OSError, urllib.error.URLError, ValueError, KeyError, IndexError, TypeError) as exc:
        logger.warning("Tutor LLM unavailable: %s", exc)
        return None, "llm_error"
    try:
        return validate(raw, passages, language), ""
    except ValueError as exc:
        logger.info("Tutor LLM reply rejected: %s", exc)
        return None, f"llm_rejected:{exc}"


def improve(question, reply):
    """Replace the quoted answer by validated LLM wording; keep the quote on any failure."""
    if not is_enabled() or not reply.hits:
        return reply
    passages = [hit.passage for hit in reply.hits[:3]]
    checked, reason = _complete(question, passages, reply.language, SYSTEM_PROMPT)
    if checked is None:
        reply.reason = reason
        return reply
    with translation.override(reply.language):
        label = _("[AI-generated wording of the cited material]")
    reply.answer = " ".join(text for text, _cited in checked) + f"\n\n{label}"
    reply.used_llm = True
    return reply


def socratic_hint(question, passages, language):
    """A validated hint (not the answer) for the lesson's "help me think" mode, or None."""
    if not is_enabled() or not passages:
        return None
    checked, _reason = _complete(question, passages, language, SOCRATIC_PROMPT)
    if checked is None:
        return None
    return " ".join(text for text, _cited in checked)
