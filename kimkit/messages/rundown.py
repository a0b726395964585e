"""Messages of the podcast rundown builder and video length checks (module 06)."""

MESSAGES: dict[str, str] = {
}
