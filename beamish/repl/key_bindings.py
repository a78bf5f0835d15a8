"""Keys beyond prompt_toolkit's emacs set: Enter evaluates only a complete entry."""
from __future__ import annotations

from prompt_toolkit.filters import has_completions
from prompt_toolkit.key_binding import KeyBindings

from .validator import is_complete


def shell_key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("enter", filter=~has_completions)
    def _enter(event) -> None:
        buffer = event.current_buffer
        if buffer.document.text_after_cursor.strip() == "" and is_complete(buffer.text):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    @bindings.add("enter", filter=has_completions)
    def _choose(event) -> None:
        buffer = event.current_buffer
        buffer.complete_state = None  # keep the chosen completion, go on typing

    return bindings
