"""One module per notebook: the self-check questions it binds (``soal1``, ``soal2``, …).

``latihanNN`` modules belong to graded nbgrader exercises: expected answers are
digests and solutions are sealed (see ``kimkit.checks.digest``). ``modulNN`` modules
belong to the teaching notebooks in ``course/``.
"""
