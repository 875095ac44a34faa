"""Reading answers from the plain HTML forms (the pages work without JavaScript).

Field names: ``q-<key>`` (choice, text, number; several values for multiple choice),
``q-<key>-<left key>`` (matching: the chosen match token), ``q-<key>-<option key>`` (ordering: the
position typed or chosen), ``q-<key>-special`` ("dont_know" / "prefer_not"), ``c-<key>`` (confidence).
"""

SPECIAL = ("dont_know", "prefer_not")


def _number(value):
    try:
        number = float(value.replace(",", ".").replace(" ", ""))
    except ValueError:
        return value  # left as text: validation names the problem
    return int(number) if number.is_integer() else number


def response_from_post(post, question):
    """The response for one presented question, or None when the learner left it empty."""
    key, kind = question["key"], question["kind"]
    special = post.get(f"q-{key}-special", "")
    if special in SPECIAL:
        return {"special": special}
    if kind in ("single", "truefalse", "choice", "likert"):
        value = post.get(f"q-{key}", "")
        return {"choice": value} if value else None
    if kind in ("multiple", "multichoice"):
        values = post.getlist(f"q-{key}")
        return {"choices": values} if values else None
    if kind == "matching":
        pairs = {o["key"]: post.get(f"q-{key}-{o['key']}", "") for o in question["options"]}
        pairs = {left: right for left, right in pairs.items() if right}
        return {"pairs": pairs} if pairs else None
    if kind == "ordering":
        positions = {}
        for option in question["options"]:
            raw = post.get(f"q-{key}-{option['key']}", "").strip()
            if not raw:
                return None
            positions[option["key"]] = raw
        try:
            ranked = sorted(positions, key=lambda k: int(positions[k]))
        except ValueError:
            return {"order": []}
        return {"order": ranked}
    if kind in ("short", "text"):
        value = post.get(f"q-{key}", "")
        return {"text": value} if value.strip() else None
    if kind == "number":
        value = post.get(f"q-{key}", "").strip()
        return {"number": _number(value)} if value else None
    return None


def confidence_from_post(post, question):
    value = post.get(f"c-{question['key']}", "")
    return int(value) if value in ("1", "2", "3") else None
