"""The tutor's models: the learner model and learning path (issue 6), questions and answers (issue 7)."""
