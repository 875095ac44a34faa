"""The optional LLM: a small chat-completions server on 127.0.0.1 stands in for the endpoint."""

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tutor.answering import ask, hint
from tutor.llm import validate
from tutor.models import Passage

pytestmark = pytest.mark.django_db
QUESTION = "What does Article 13(3) of the Constitution say about legal assistance?"


class ChatServer:
    """Answers every chat completion with ``reply(passage_ids, request_body)`` as the assistant's content."""

    def __init__(self, reply):
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body})
                ids = re.findall(r"^\[([^\]]+)\] ", body["messages"][-1]["content"], re.MULTILINE)
                content = reply(ids, body)
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": content}}]}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args):
                pass

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def llm_settings(settings):
    def configure(url):
        settings.SAUAT_TUTOR_LLM_BASE_URL = url
        settings.SAUAT_TUTOR_LLM_MODEL = "test-model"
        settings.SAUAT_TUTOR_LLM_API_KEY = "test-key"
        settings.SAUAT_TUTOR_LLM_TIMEOUT = 5

    return configure


def sentences(*items):
    return json.dumps({"sentences": [{"text": text, "citations": cited} for text, cited in items]})


def constitution_passage(ids):
    return next(i for i in ids if Passage.objects.filter(key=i, article="Article 13(3)").exists())


def test_an_answer_citing_a_wrong_article_is_rejected_and_the_quote_is_served(llm_settings):
    def reply(ids, body):
        return sentences(("Article 15 of the Constitution gives everyone free lawyers.", [constitution_passage(ids)]))

    with ChatServer(reply) as server:
        llm_settings(server.url)
        result = ask(QUESTION, "en")
    assert server.requests and server.requests[0]["path"] == "/v1/chat/completions"
    assert result.used_llm is False
    assert result.answer.startswith("«") and "Article 15" not in result.answer
    assert result.log.reason == "llm_rejected:number_not_in_source"
    assert result.log.used_llm is False


def test_an_answer_citing_an_unknown_passage_is_rejected(llm_settings):
    def reply(ids, body):
        return sentences(("Everyone has the right to receive qualified legal assistance.", ["lesson:made-up#b1:en"]))

    with ChatServer(reply) as server:
        llm_settings(server.url)
        result = ask(QUESTION, "en")
    assert result.used_llm is False
    assert result.log.reason == "llm_rejected:unknown_citation"


def test_a_grounded_answer_is_used_and_marked_as_ai_generated(llm_settings):
    def reply(ids, body):
        return sentences(
            (
                "Under Article 13(3), everyone has the right to receive qualified legal assistance, free of charge "
                "in the cases provided for by law.",
                [constitution_passage(ids)],
            )
        )

    with ChatServer(reply) as server:
        llm_settings(server.url)
        result = ask(QUESTION, "en")
    assert result.used_llm is True
    assert "qualified legal assistance" in result.answer
    assert "AI-generated" in result.answer
    assert result.citations  # the citations are those of the retrieved passages
    body = server.requests[0]["body"]
    assert body["model"] == "test-model" and body["temperature"] == 0


def test_the_model_sees_no_personal_data(llm_settings):
    with ChatServer(lambda ids, body: "not json") as server:
        llm_settings(server.url)
        result = ask(f"My IIN is 900101300123. {QUESTION}", "en")
    prompt = json.dumps(server.requests[0]["body"])
    assert "900101300123" not in prompt
    assert result.log.reason == "llm_rejected:not_json" and result.answer.startswith("«")


def test_an_unreachable_endpoint_falls_back_to_the_quote(llm_settings):
    llm_settings("http://127.0.0.1:9/v1")
    result = ask(QUESTION, "en")
    assert result.action == "answer" and result.answer.startswith("«")
    assert result.log.reason == "llm_error"


def test_the_help_me_think_mode_gives_a_hint_not_the_answer(llm_settings):
    def reply(ids, body):
        assert "never state the answer" in body["messages"][0]["content"]
        return sentences(("Which article of the Constitution speaks about legal assistance?", [ids[0]]))

    with ChatServer(reply) as server:
        llm_settings(server.url)
        result = hint(QUESTION, "en")
    assert result.reason == "hint" and result.used_llm
    assert result.answer == "Which article of the Constitution speaks about legal assistance?"


def test_the_offline_hint_points_to_the_section_without_quoting_it():
    result = hint("What is personal data?", "en")
    assert result.reason == "hint"
    assert "re-read" in result.answer
    assert "Information relating to a particular person" not in result.answer


def test_validator_rules_on_language_and_own_case_advice():
    passage = Passage(key="p1", text="Article 26. Legal information is free of charge for individuals.", article="")
    assert validate(sentences(("Legal information is free of charge for individuals.", ["p1"])), [passage], "en")
    russian = Passage(key="p2", text="Статья 26. Правовая информация бесплатна для физических лиц.", article="")
    assert validate(sentences(("Правовая информация бесплатна для физических лиц.", ["p2"])), [russian], "ru")
    with pytest.raises(ValueError, match="wrong_language"):
        validate(sentences(("Правовая информация бесплатна для физических лиц.", ["p2"])), [russian], "en")
    with pytest.raises(ValueError, match="uncited_sentence"):
        validate(sentences(("Legal information is free of charge.", [])), [passage], "en")
    with pytest.raises(ValueError, match="unsupported_sentence"):
        validate(sentences(("Courts always side with tenants against landlords.", ["p1"])), [passage], "en")
