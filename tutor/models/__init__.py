"""The tutor's models: the learner model and learning path (issue 6), questions and answers (issue 7)."""

from .questions import Action, AnswerCard, Passage, QuestionLog, Rating  # noqa: F401
