"""nbgrader configuration of the kimkit course.

solutions/ is nbgrader's source directory and exercises/ its release directory; the
gradebook and the submitted/autograded/feedback folders are created next to this file
and never committed.
"""

import os
from pathlib import Path

from kimkit.messages import msg  # noqa: E402 (the one catalogue of participant-facing text)
from kimkit.pelatih.quiet import quiet_nbgrader

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "kimkit"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"

c.ClearSolutions.code_stub = {
    "python": "# KETIK JAWABAN ANDA DI SINI (ganti baris di bawah ini)\nraise NotImplementedError()"
}
c.ClearSolutions.text_stub = msg("exercise.text_stub")

# no false "checksum has changed" warnings for untouched cells, no SQLAlchemy or kernel notes
quiet_nbgrader(c, Path(__file__).resolve().parent)

# pandas on a slow laptop: give each cell a full minute before nbgrader interrupts it.
c.Execute.timeout = 60

# A trainer's laptop has no shared exchange: `make pelatih` sets KIMKIT_PERTUKARAN to the course's
# pertukaran/ folder, so Formgrader does not warn and release/collect work on this one machine. On
# JupyterHub the variable is unset and the server-wide nbgrader_config.py decides (see README).
if os.environ.get("KIMKIT_PERTUKARAN"):
    c.Exchange.root = os.environ["KIMKIT_PERTUKARAN"]
