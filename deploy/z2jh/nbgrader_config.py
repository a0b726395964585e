"""nbgrader untuk semua pengguna di citra Zero to JupyterHub (disalin ke /etc/jupyter/).

Exchange = volume bersama ReadWriteMany yang dipasang di /srv/nbgrader/exchange (config.yaml).
Satu kursus, "kimkit": latihan yang diambil peserta masuk ke ~/latihanNN/.
"""

c = get_config()  # noqa: F821 (disediakan nbgrader)

c.Exchange.root = "/srv/nbgrader/exchange"
c.CourseDirectory.course_id = "kimkit"
