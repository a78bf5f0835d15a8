"""The interactive shell (``beamish``, ``beamish shell``), split as ptpython is:

- repl.py: the line-editor loop (prompt_toolkit) and its PromptSession;
- piped.py: the same shell when stdin is not a terminal (erl's piped output);
- session.py: one shell's runtime, evaluator process, bindings and history;
- scheduler.py: the runtime's scheduler on its own thread;
- expressions.py / compile.py: typed text to expressions to a compiled function;
- commands.py: the shell commands, one table;
- validator.py, completer.py, key_bindings.py, style.py, history.py: editing;
- cli.py: ``beamish`` / ``beamish shell`` / ``beamish eval`` / ``-s``.
"""
