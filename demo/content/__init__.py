"""Course texts written for Sauat in kk (source), ru and en; format in FORMAT.md."""

COURSE_MODULES = ["consumer_rights", "legal_aid", "data_and_ai"]
