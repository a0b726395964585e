"""nbgrader configuration of the kimkit course.

solutions/ is nbgrader's source directory and exercises/ its release directory; the
gradebook and the submitted/autograded/feedback folders are created next to this file
and never committed.
"""

from kimkit.messages import msg  # noqa: E402 (the one catalogue of participant-facing text)

c = get_config()  # noqa: F821 (provided by nbgrader)

c.CourseDirectory.course_id = "kimkit"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "exercises"

c.ClearSolutions.code_stub = {
    "python": "# KETIK JAWABAN ANDA DI SINI (ganti baris di bawah ini)\nraise NotImplementedError()"
}
c.ClearSolutions.text_stub = msg("exercise.text_stub")

# pandas on a slow laptop: give each cell a full minute before nbgrader interrupts it.
c.Execute.timeout = 60
