"""The trainer's side of the kit: ``python -m kimkit.pelatih <perintah>``.

Built on nbgrader's API and gradebook (never a second gradebook): ``course`` prepares an
event's course folder, ``roster`` imports and checks the participant list, ``collect``
turns an inbox of messy submissions into nbgrader's submitted layout with an archive of
every original.
"""
