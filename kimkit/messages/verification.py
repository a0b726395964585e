"""Messages of the hoax verification checklist (module 08)."""

MESSAGES: dict[str, str] = {
}
