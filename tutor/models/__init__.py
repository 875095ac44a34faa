"""The tutor's models: the learner model and learning path (issue 6), questions and answers (issue 7)."""

from .learner import ItemDifficulty, Observation, SkillParams, SkillState, TutorProfile  # noqa: F401
from .path import Recommendation  # noqa: F401
from .questions import Action, AnswerCard, Passage, QuestionLog, Rating  # noqa: F401
from .review import ReviewCard  # noqa: F401
