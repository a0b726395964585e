"""Messages of the caption checker (module 05)."""

MESSAGES: dict[str, str] = {
}
