"""整改质量: signals that a rectification is superficial (表面整改、敷衍整改、虚假整改) or a problem came back (反复).

Each signal is computed by a background job after a write (`jobs.schedule_scan`), stored as a `QualityFlag`
with a one-sentence Chinese explanation, and shown to the people who decide: the review and approval pages
(the risk panel), the inspection's 整改质量 page, counts on the overview.
"""
