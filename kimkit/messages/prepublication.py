"""Messages of the pre-publication check (module 09)."""

MESSAGES: dict[str, str] = {
}
