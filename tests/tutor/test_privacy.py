"""Personal data is removed before a question is logged or sent to a model."""

import pytest

from tutor.privacy import scrub


@pytest.mark.parametrize(
    ("text", "secret", "placeholder"),
    [
        ("Мой ИИН 900101300123", "900101300123", "[IIN]"),
        ("ЖСН: 900101 300123 қалай қорғаймын", "900101 300123", "[IIN]"),
        ("call me on +7 (701) 123-45-67", "123-45-67", "[PHONE]"),
        ("нөмірім 87011234567", "87011234567", "[PHONE]"),
        ("write to a.b-c@mail.kz please", "a.b-c@mail.kz", "[EMAIL]"),
        ("My name is Aigul Nurlanova and I have a question", "Aigul Nurlanova", "[NAME]"),
        ("Меня зовут Болат, продавец не возвращает деньги", "Болат", "[NAME]"),
        ("Менің атым Айгүл, көмектесіңіз", "Айгүл", "[NAME]"),
        ("Иванов Иван Петрович не платит", "Иван Петрович", "[NAME]"),
    ],
)
def test_personal_data_is_replaced(text, secret, placeholder):
    clean = scrub(text)
    assert secret not in clean
    assert placeholder in clean


@pytest.mark.parametrize(
    "text",
    ["Article 13(3) of the Constitution", "Law No. 176-VI of 5 July 2018", "the 1414 line", "Статья 26, 2024–2029"],
)
def test_law_numbers_and_hotlines_are_kept(text):
    assert scrub(text) == text
