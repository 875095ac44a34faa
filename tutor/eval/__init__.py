"""The tutor's development evaluation set (devset.jsonl) and the code that scores the tutor on it."""
