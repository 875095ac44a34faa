"""API shapes of the analytics aggregates (already suppressed: a small group has ``suppressed: true`` and nulls)."""

from ninja import Field, Schema


class GainRowSchema(Schema):
    group: str | int | None
    label: str | None = None
    n: int | None = Field(description="Matched learners (pre and post); null when fewer than 5.")
    n_pre_only: int | None = None
    n_post_only: int | None = None
    mean_pre: float | None = Field(None, description="Mean pre-test score, percent.")
    mean_post: float | None = Field(None, description="Mean post-test score, percent.")
    hake_g: float | None = None
    mean_g: float | None = None
    mean_c: float | None = None
    n_c_dropped: int | None = None
    d_z: float | None = None
    g_z: float | None = None
    g_z_ci: list[float | None] | None = None
    d_av: float | None = None
    g_av: float | None = None
    g_av_ci: list[float | None] | None = None
    t: float | None = None
    df: float | None = None
    p_t: float | None = None
    p_wilcoxon: float | None = None
    suppressed: bool = False


class GainsSchema(Schema):
    by: str
    formulas: dict[str, str]
    groups: list[GainRowSchema]
    overall: GainRowSchema | None = None


class FunnelRowSchema(Schema):
    course_key: str
    label: str | None = None
    cohort: int | None = None
    enrolled: int | None = Field(description="Null when fewer than 5 (suppressed), likewise every stage.")
    started: int | None
    completed: int | None
    certified: int | None
    suppressed: bool


class DropoffRowSchema(Schema):
    lesson_key: str = Field(alias="group")
    label: str | None = None
    position: int
    viewed: int | None
    completed: int | None
    suppressed: bool


class ScoreSummarySchema(Schema):
    n: int
    mean: float
    p10: float = Field(description="10th percentile, percent.")
    q1: float
    median: float
    q3: float
    p90: float = Field(description="90th percentile, percent.")


class DistributionSchema(Schema):
    pre: ScoreSummarySchema | None = Field(description="Null when fewer than 5 learners.")
    post: ScoreSummarySchema | None


class TestQualitySchema(Schema):
    assessment: str | None = None
    phase: str | None = None
    language: str | None = None
    n: int | None = None
    k: int | None = None
    alpha: float | None = None
    kr20: float | None = None
    sem: float | None = None
    suppressed: bool = False


class ItemQualitySchema(Schema):
    item_id: int | str | None = None
    title: str | None = None
    item_key: str | None = None
    language: str | None = None
    n: int | None = None
    facility: float | None = None
    discrimination: float | None = None
    flags: list[str] | None = None
    suppressed: bool = False


class BiasSchema(Schema):
    item_id: int | str | None = None
    title: str | None = None
    reference: str | None = None
    focal: str | None = None
    alpha_mh: float | None = None
    delta_mh: float | None = None
    flag: str | None = None
    n_ref: int | None = None
    n_focal: int | None = None


class CalibrationSchema(Schema):
    confidence: int | None = None
    n: int | None = None
    accuracy: float | None = None
    expected_min: float | None = None
    overconfident: bool | None = None


class ItemsSchema(Schema):
    tests: list[TestQualitySchema]
    items: list[ItemQualitySchema]
    bias: list[BiasSchema]
    calibration: list[CalibrationSchema]


class ImpactSchema(Schema):
    learners: int | None = Field(description="Learners with an enrolment; null when fewer than 5.")
    completed: int | None = Field(description="Completed course enrolments.")
    certificates: int | None = Field(description="Valid certificates.")
    courses: int
    gain: GainRowSchema | None = Field(description="Overall literacy gain, all courses.")
