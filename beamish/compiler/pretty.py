"""AST back to Erlang source text, for messages that quote the program
(the deadlock report shows what each waiting receive is looking for)."""
from __future__ import annotations

from ..grammar.errors import write_atom, write_string


def render(node) -> str:
    kind = node[0]
    if kind == "var":
        return node[2]
    if kind == "atom":
        return write_atom(node[2])
    if kind in ("int", "float"):
        return repr(node[2]) if kind == "float" else str(node[2])
    if kind == "string":
        return write_string(node[2])
    if kind == "nil":
        return "[]"
    if kind == "cons":
        items = []
        while node[0] == "cons":
            items.append(render(node[2]))
            node = node[3]
        tail = "" if node[0] == "nil" else "|" + render(node)
        return "[" + ",".join(items) + tail + "]"
    if kind == "tuple":
        return "{" + ",".join(render(e) for e in node[2]) + "}"
    if kind == "match":
        return f"{render(node[2])} = {render(node[3])}"
    if kind == "op":
        return f"{render(node[3])} {node[2]} {render(node[4])}"
    if kind == "unop":
        return f"{node[2]}{render(node[3])}"
    if kind == "map":
        base = render(node[2]) if node[2] is not None else ""
        fields = ",".join(f"{render(f[2])} {'=>' if f[0] == 'assoc' else ':='} {render(f[3])}"
                          for f in node[3])
        return base + "#{" + fields + "}"
    if kind == "record":
        fields = ",".join(f"{name} = {render(expr)}" for name, _, expr in node[4])
        return f"#{node[3]}{{{fields}}}"
    if kind == "bin":
        return "<<" + ",".join(render(seg[2]) + (":" + render(seg[3]) if seg[3] else "")
                               for seg in node[2]) + ">>"
    if kind == "call":
        callee = node[2]
        name = (f"{render(callee[2])}:{render(callee[3])}" if callee[0] == "remote"
                else render(callee))
        return name + "(" + ",".join(render(a) for a in node[3]) + ")"
    return "..."
