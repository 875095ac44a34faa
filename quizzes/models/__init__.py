from .assessments import Assessment, AssessmentItem, Blueprint, BlueprintRule
from .attempts import Answer, Attempt
from .items import GRADED_KINDS, SURVEY_KINDS, Item, ItemVersion, Kind, Option, Scenario

__all__ = [
    "GRADED_KINDS",
    "SURVEY_KINDS",
    "Answer",
    "Assessment",
    "AssessmentItem",
    "Attempt",
    "Blueprint",
    "BlueprintRule",
    "Item",
    "ItemVersion",
    "Kind",
    "Option",
    "Scenario",
]
