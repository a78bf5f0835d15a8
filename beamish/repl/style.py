"""Colours: pygments' default style for Erlang tokens, plus bracket matching."""
from __future__ import annotations

from prompt_toolkit.styles import Style, merge_styles, style_from_pygments_cls
from pygments.styles import get_style_by_name


def shell_style() -> Style:
    return merge_styles([
        style_from_pygments_cls(get_style_by_name("default")),
        Style.from_dict({
            "matching-bracket.cursor": "bold #ffffff bg:#0066aa",
            "matching-bracket.other": "bold #ffffff bg:#0066aa",
            "prompt": "bold",
            "continuation": "#888888",
        }),
    ])
