"""Known-wrong answers, one module per exercise: ``WRONG_ANSWERS[grade_id] = source``.

Each wrong answer is a plausible mistake of the right type: it must pass the visible
tests and fail both the hidden tests and the self-check (tests/grading prove it).
"""
