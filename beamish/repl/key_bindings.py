"""Keys beyond prompt_toolkit's emacs set: Enter evaluates only a complete entry.

Enter evaluates when the entry is complete and the cursor is at its end or
the entry is one line (as after a history search, which leaves the cursor
on the match); otherwise it starts a new line."""
from __future__ import annotations

from prompt_toolkit.filters import has_completions, is_searching
from prompt_toolkit.key_binding import KeyBindings

from .validator import is_complete


def shell_key_bindings() -> KeyBindings:
    bindings = KeyBindings()

    @bindings.add("enter", filter=~has_completions & ~is_searching)
    def _enter(event) -> None:
        buffer = event.current_buffer
        document = buffer.document
        at_end = document.text_after_cursor.strip() == ""
        if (at_end or document.line_count == 1) and is_complete(buffer.text):
            buffer.validate_and_handle()
        else:
            buffer.insert_text("\n")

    @bindings.add("enter", filter=has_completions & ~is_searching)
    def _choose(event) -> None:
        buffer = event.current_buffer
        buffer.complete_state = None  # keep the chosen completion, go on typing

    return bindings
