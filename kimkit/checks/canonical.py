"""The one rule that decides whether an answer equals the expected one.

Self-checks call :func:`matches`; the hidden nbgrader tests carry a verbatim copy of this
module's source and call the same function, so both sides accept exactly the same
answers. Keep it self-contained: standard library only, pandas imported lazily.

An answer is turned into a canonical text (numbers counted in units of
``10 ** -decimals``, text with spaces folded, tables and Series keyed by label) and
compared as a salted SHA-256 digest, so expected answers never appear in clear text.

A *plan* (an open answer, e.g. a campaign's rows) has no single right value: its canonical
text is its rows as JSON (values as text), and :func:`_kk_candidates` re-evaluates the
rule's public constraints on that text itself (``plan:ok`` or ``plan:fail``), so the grader
outside the kernel decides on the data, never on the kernel's say-so.
"""


def _kk_scalar(value, decimals):
    """Canonical text of one value: a number, text, truth value or missing value."""
    import math
    import numbers

    if value is None:
        return "na"
    if isinstance(value, bool) or type(value).__name__ in ("bool_", "bool"):  # numpy 1 and 2
        return "b:" + str(bool(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return "na"
        if math.isinf(number):
            return "n:" + str(number)
        # snap float noise (1e-15) away first, so 6.125 and 6.125000000000001 count the same
        return "n:" + str(round(round(number, 9) * 10 ** decimals))
    if isinstance(value, str):
        return "s:" + " ".join(value.split())
    if type(value).__name__ in ("Timestamp", "datetime", "date"):
        return "t:" + value.isoformat()
    return "r:" + repr(value)


def _kk_items(value):
    """The elements of a list-like answer (list, tuple, array, Series, Index) as a list."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if hasattr(value, "tolist") and getattr(value, "ndim", 1) == 1:
        return list(value.tolist())
    raise TypeError("not a list-like answer")


def _kk_pairs(value, rule):
    """(key, value) texts of a Series, a table's rows, or a function's results."""
    import copy

    decimals = rule.get("decimals", 6)
    kind = rule["kind"]
    if kind == "series":
        if type(value).__name__ != "Series":
            raise TypeError("not a Series")
        return [(_kk_scalar(k, 6), _kk_scalar(v, decimals)) for k, v in zip(value.index, value.tolist())]
    if kind == "table":
        if type(value).__name__ != "DataFrame":
            raise TypeError("not a DataFrame")
        key = rule.get("key")
        labels = value[key].tolist() if key else list(value.index)
        columns = [value[c].tolist() for c in rule["columns"]]
        return [(_kk_scalar(k, 6), "|".join(_kk_scalar(c, decimals) for c in cells))
                for k, *cells in zip(labels, *columns)]
    if kind == "function":
        return [(repr(args), _kk_scalar(value(*copy.deepcopy(args)), decimals)) for args in rule["cases"]]
    raise ValueError(kind)


def _kk_plan_cell(value):
    """Text of one cell of a plan: a date as 2026-03-05, a time as 19:00, a missing value as ""."""
    import math
    import numbers

    kind = type(value).__name__
    if value is None or kind in ("NaTType", "NAType"):
        return ""
    if kind in ("Timestamp", "datetime"):
        return value.strftime("%Y-%m-%d %H:%M" if (value.hour or value.minute) else "%Y-%m-%d")
    if kind == "date":
        return value.isoformat()
    if kind == "time":
        return value.strftime("%H:%M")
    if isinstance(value, bool) or kind in ("bool_", "bool"):
        return str(bool(value))
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return ""
        return str(int(number)) if number.is_integer() else repr(number)
    return " ".join(str(value).split())


def _kk_plan_rows(value, rule):
    """The rows of a plan (a DataFrame) as lists of cell texts, in ``rule["columns"]`` order."""
    if type(value).__name__ != "DataFrame":
        raise TypeError("not a DataFrame")
    columns = [value[c] for c in rule["columns"]]
    if any(type(c).__name__ != "Series" for c in columns):
        raise TypeError("a column appears twice")
    return [[_kk_plan_cell(v) for v in row] for row in zip(*(c.tolist() for c in columns))]


def _kk_plan_date(text):
    """A date from 2026-03-05, 05/03/2026 or 05-03-2026 (a time after it is ignored); None if unreadable."""
    import datetime

    for form in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(str(text).strip()[:10], form).date()
        except ValueError:
            pass
    return None


def _kk_plan_problems(rows, rule):
    """Every broken constraint of a plan: ``[check, code, row positions, detail]`` for each problem.

    ``rows`` are lists of cell texts in ``rule["columns"]`` order; ``rule["checks"]`` names the
    constraints to evaluate and ``rule["params"]`` holds their public parameters. Standard
    library only: the self-check, the hidden test and the grader all decide with this function.
    """
    import calendar

    params = rule.get("params", {})
    at = {c: i for i, c in enumerate(rule["columns"])}
    tracks = {t.casefold(): t for t in params.get("tracks", ["media", "KIM"])}
    media_track, kim_track = params.get("tracks", ["media", "KIM"])[:2]
    platforms = {p.casefold() for p in params.get("platforms", [])}
    pillars = params.get("pillars", {})
    rows = [[str(cell) for cell in row] for row in rows]

    def cell(row, column):
        return row[at[column]].strip() if column in at else ""

    def track(row):
        return tracks.get(cell(row, "jalur").casefold(), "")

    def hour(text):
        parts = text.replace(".", ":").split(":")
        try:
            h = int(parts[0])
            m = int(parts[1]) if len(parts) > 1 else 0
        except ValueError:
            return None
        return h if 0 <= h <= 23 and 0 <= m <= 59 else None

    dates = [_kk_plan_date(cell(r, "tanggal")) for r in rows]
    media = [i for i, r in enumerate(rows) if track(r) == media_track]
    kim = [i for i, r in enumerate(rows) if track(r) == kim_track]
    found = []
    for check in rule.get("checks", []):
        if check == "isian":
            if not rows:
                found.append([check, "kosong", [], ""])
            needs = [("tanggal", lambda i: dates[i] is not None, range(len(rows))),
                     ("jalur", lambda i: track(rows[i]) != "", range(len(rows))),
                     ("jam", lambda i: hour(cell(rows[i], "jam")) is not None, media),
                     ("platform", lambda i: cell(rows[i], "platform").casefold() in platforms, media),
                     ("pilar", lambda i: cell(rows[i], "pilar").casefold() in pillars, media),
                     ("tema", lambda i: cell(rows[i], "tema") != "", range(len(rows))),
                     ("kim", lambda i: cell(rows[i], "kim") != "", kim),
                     ("desa", lambda i: cell(rows[i], "desa") != "", kim)]
            for column, ok, where in needs:
                bad = [i for i in where if not ok(i)]
                if bad:
                    found.append([check, column, bad, ""])
        elif check == "bulan":
            months = sorted({(d.year, d.month) for d in dates if d is not None})
            if len(months) != 1:
                counts = {m: sum(1 for d in dates if d is not None and (d.year, d.month) == m) for m in months}
                main = max(months, key=lambda m: (counts[m], -m[0], -m[1])) if months else None  # ties: earliest
                bad = [i for i, d in enumerate(dates) if d is not None and (d.year, d.month) != main]
                found.append([check, "bulan" if months else "tanpa_tanggal", bad,
                              "%d-%02d:%d" % (main[0], main[1], len(months)) if main else ""])
                continue
            year, month = months[0]
            last = calendar.monthrange(year, month)[1]
            need = int(params.get("min_per_week", 1))
            for start in (1, 8, 15, 22):
                end = last if start == 22 else start + 6
                n = sum(1 for i in media if dates[i] is not None and start <= dates[i].day <= end)
                if n < need:
                    found.append([check, "pekan", [], "%d-%d:%d" % (start, end, n)])
        elif check == "pilar":
            known = [cell(rows[i], "pilar").casefold() for i in media if cell(rows[i], "pilar").casefold() in pillars]
            if not known:
                found.append([check, "tanpa_pilar", [], ""])
                continue
            for pillar, (low, high) in pillars.items():
                share = 100.0 * known.count(pillar) / len(known)
                if not low - 1e-9 <= share <= high + 1e-9:
                    found.append([check, "porsi", [], "%s:%.0f" % (pillar, share)])
        elif check == "bentrok":
            seen = {}
            for i in media:
                h = hour(cell(rows[i], "jam"))
                if dates[i] is not None and h is not None:
                    seen.setdefault(("media", dates[i], cell(rows[i], "platform").casefold(), h), []).append(i)
            for i in kim:
                if dates[i] is not None and cell(rows[i], "kim"):
                    seen.setdefault(("kim", dates[i], cell(rows[i], "kim").casefold()), []).append(i)
            for where, group in sorted(seen.items(), key=lambda item: item[1]):
                if len(group) > 1:
                    found.append([check, "bentrok_" + where[0], group, ""])
        elif check == "kim":
            names = {cell(rows[i], "kim").casefold() for i in kim if cell(rows[i], "kim")}
            villages = {cell(rows[i], "desa").casefold() for i in kim if cell(rows[i], "desa")}
            if len(names) < int(params.get("min_kim", 1)):
                found.append([check, "kim_kurang", [], str(len(names))])
            if len(villages) < int(params.get("min_desa", 1)):
                found.append([check, "desa_kurang", [], str(len(villages))])
        else:
            found.append([check, "tidak_dikenal", [], check])
    return found


def _kk_canonical(value, rule):
    """The canonical text of ``value`` under ``rule`` (a dict with at least ``kind``)."""
    kind = rule["kind"]
    decimals = rule.get("decimals", 0)
    if kind == "number":
        return _kk_scalar(value, decimals) if not isinstance(value, (bool, str)) else "x"
    if kind == "text":
        text = " ".join(str(value).split())
        return "s:" + (text if rule.get("case_sensitive") else text.casefold())
    if kind == "choice":
        return "c:" + str(value).strip().rstrip(".)").strip().upper()
    if kind == "bool":
        return _kk_scalar(value, 0)
    if kind == "plan":
        import json

        return json.dumps(sorted(_kk_plan_rows(value, rule)), ensure_ascii=False)
    if kind == "list":
        texts = [_kk_scalar(v, decimals) for v in _kk_items(value)]
        if not rule.get("ordered", True):
            texts.sort()
        return "l:" + ";".join(texts)
    pairs = _kk_pairs(value, rule)
    if not rule.get("ordered", False):
        pairs.sort()
    return kind[0] + ":" + ";".join(f"{k}={v}" for k, v in pairs)


def _kk_digest(salt, text):
    """Salted SHA-256 of a canonical text."""
    import hashlib

    return hashlib.sha256(("kimkit/v2\0" + salt + "\0" + text).encode("utf-8")).hexdigest()


def _kk_candidates(text, rule):
    """The canonical texts counted as equal to ``text``: numbers within ``rule["tolerance"]``
    units of the last decimal asked for (so a right answer never flips at a rounding
    boundary), anything else itself."""
    if rule["kind"] == "plan":  # the constraints decide, evaluated on the text itself
        import json

        try:
            rows = json.loads(text)
            if not (isinstance(rows, list) and all(isinstance(r, list) and len(r) == len(rule["columns"])
                                                   for r in rows)):
                return ["plan:fail"]
            return ["plan:fail" if _kk_plan_problems(rows, rule) else "plan:ok"]
        except Exception:
            return ["plan:fail"]
    if rule["kind"] == "number" and text.startswith("n:"):
        units = int(text[2:])
        spread = int(rule.get("tolerance", 0))
        return ["n:" + str(units + step) for step in range(-spread, spread + 1)]
    return [text]


def _kk_matches(value, rule, salt, expected):
    """True when ``value`` is one of the ``expected`` digests under ``rule``. Never raises."""
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            texts = _kk_candidates(_kk_canonical(value, rule), rule)
    except Exception:
        return False
    return any(_kk_digest(salt, t) in expected for t in texts)


def matches_text(text, rule, salt, expected):
    """True when a canonical ``text`` (made elsewhere, e.g. in a grading kernel) is one of the
    ``expected`` digests under ``rule``: the grader's own check, outside the kernel."""
    try:
        texts = _kk_candidates(text, rule) if isinstance(text, str) else []
    except (ValueError, KeyError):
        return False
    return any(_kk_digest(salt, t) in expected for t in texts)


#: The functions a hidden test cell carries, in order (see ``kimkit.checks.answers``).
INLINED = (_kk_scalar, _kk_items, _kk_pairs, _kk_plan_cell, _kk_plan_rows, _kk_plan_date, _kk_plan_problems,
           _kk_canonical, _kk_digest, _kk_candidates, _kk_matches)
canonical, digest, matches = _kk_canonical, _kk_digest, _kk_matches
