"""Messages of content calendars: the planner (module 04) and the calendar merger (module 10)."""

MESSAGES: dict[str, str] = {
}
