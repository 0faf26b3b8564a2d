"""Every error message is declared once, by key, and every raise site fills it correctly."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import app.backup.errors as backup_errors
import app.errors as errors
from app.backup.ops.lines import BackupContentError
from app.error_catalogue import INPUT_KINDS, MESSAGES
from app.errors import IzdeuError, placeholders

ROOT = Path(__file__).resolve().parents[2]


def _error_classes() -> set[type[IzdeuError]]:
    found: set[type[IzdeuError]] = set()
    todo = [IzdeuError]
    while todo:
        cls = todo.pop()
        found.add(cls)
        todo.extend(cls.__subclasses__())
    return found


def _error_names() -> set[str]:
    # By name, so a raise site is checked even when its module imports the class under an alias
    # of the same name (every module here imports error classes by their own names).
    import app.backup.ops.lines  # noqa: F401  (defines BackupContentError)

    return {cls.__name__ for cls in _error_classes()}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _call_sites() -> list[tuple[str, int, ast.Call]]:
    names = _error_names()
    sites = []
    for path in sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            if _name(node) in names:
                sites.append((str(path.relative_to(ROOT)), node.lineno, node))
    return sites


def _literal_keys(node: ast.expr) -> list[str] | None:
    """The keys an argument can be, if they are written in the call; None if computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        body, other = _literal_keys(node.body), _literal_keys(node.orelse)
        if body is not None and other is not None:
            return body + other
    return None


def test_raise_sites_name_declared_keys_with_their_parameters():
    sites = _call_sites()
    assert len(sites) > 200  # the scan really sees the raise sites
    problems = []
    for where, line, call in sites:
        if not call.args or _name(call) == "UntrustedSignerError":  # that one takes a fingerprint
            continue
        first = call.args[0]
        if isinstance(first, ast.JoinedStr | ast.BinOp):
            problems.append(f"{where}:{line}: an f-string or concatenation, not a message key")
            continue
        keys = _literal_keys(first)
        if keys is None and where.startswith("ui/"):
            # The UI's own sentences (self.tr) are no core error: FormRefusal carries them.
            problems.append(f"{where}:{line}: a computed text, not a message key")
            continue
        if keys is None:
            continue  # computed by a helper (its sentences are tested where it is used)
        given = {k.arg for k in call.keywords}
        if None in given:
            continue  # **params: checked when raised
        for key in keys:
            if key not in MESSAGES:
                problems.append(f"{where}:{line}: undeclared message key {key!r}")
            elif placeholders(MESSAGES[key]) != given:
                problems.append(
                    f"{where}:{line}: {key!r} takes {sorted(placeholders(MESSAGES[key]))}, "
                    f"the call gives {sorted(given)}"
                )
    assert problems == []


def test_every_class_default_is_declared():
    for cls in _error_classes() | {BackupContentError}:
        assert cls.default_key in MESSAGES, cls
        assert placeholders(MESSAGES[cls.default_key]) == set(), cls


def test_an_undeclared_key_or_free_text_cannot_make_an_error():
    with pytest.raises(LookupError):
        errors.InvalidInputError("date: no such day")  # English text is not a key
    with pytest.raises(LookupError):
        backup_errors.BackupInputError("backup.no_such_key")
    with pytest.raises(TypeError):
        errors.InvalidInputError("model.text.expected_text")  # {field} missing
    with pytest.raises(TypeError):
        errors.InvalidInputError("model.dates.date_such_day", field="date")  # not a parameter


def test_str_is_the_english_template_filled_in_and_params_are_kept():
    err = errors.InvalidInputError(
        "model.text.too_long_characters_limit", field="person.full_name", count=12345, limit=300
    )
    assert str(err) == "person.full_name: too long (12,345 characters; limit 300)"
    assert err.key == "model.text.too_long_characters_limit"
    assert err.params == {"field": "person.full_name", "count": 12345, "limit": 300}
    inner = errors.InvalidInputError("model.dates.date_such_day")
    outer = backup_errors.BackupInputError("backup.lines.record_refused", detail=inner)
    assert str(outer) == (
        "the backup holds a record this version of Izdeu refuses (date: no such day); "
        "correct it on the device that made the backup; nothing was changed"
    )
    assert outer.params["detail"] is inner
    assert str(errors.VaultInUseError()) == "this vault is already open in another Izdeu window or process"
    assert errors.VaultInUseError().key == "vault.in_use"


def test_every_input_kind_has_its_sentences(tmp_path):
    from app.inputs import open_regular

    for what in INPUT_KINDS:
        with pytest.raises(errors.NotFoundError) as missing:
            open_regular(tmp_path / "absent", None, what)
        assert str(missing.value) == f"the {what} does not exist"
        with pytest.raises(errors.InvalidInputError) as folder:
            open_regular(tmp_path, None, what)
        assert str(folder.value) == f"that path is a folder, not a {what}"
        big = tmp_path / "big"
        big.write_bytes(b"x" * 2048)
        with pytest.raises(errors.InvalidInputError) as large:
            open_regular(big, 1024, what)
        assert str(large.value) == f"the {what} is too large (limit 1 KiB)"


def test_character_kinds_have_their_sentences():
    from app.model.text import check_text

    for text, multiline, said in (
        ("a\u202eb", False, "a bidi embedding, override or isolate character"),
        ("a\u200fb", False, "a bidi mark (not allowed in a one-line field)"),
        ("a\nb", False, "a line break (not allowed in a one-line field)"),
        ("a\x07b", True, "a control character"),
    ):
        with pytest.raises(errors.InvalidInputError) as refused:
            check_text(text, "notes", multiline=multiline)
        assert str(refused.value) == f"notes: contains {said}"


def test_one_key_per_sentence():
    assert len(set(MESSAGES.values())) == len(MESSAGES)
