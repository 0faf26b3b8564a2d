"""The organisation key split into SLIP-39 shares: every K-subset rebuilds it, K-1 do not,
a wrong word is caught; keygen --shares / recover-key and the share sheets."""

from __future__ import annotations

import itertools
import subprocess
from pathlib import Path

import pyrage
import pytest
from shamir_mnemonic import MnemonicError, combine_mnemonics

from app import cli
from app.backup.errors import BackupInputError
from app.backup.keys import load_org_identity
from app.backup.shares import combine_shares, split_identity
from app.errors import EXIT_INVALID, EXIT_OK


@pytest.mark.parametrize(("k", "n"), [(2, 3), (3, 5)])
def test_every_k_subset_rebuilds_the_key_and_k_minus_one_do_not(k: int, n: int) -> None:
    identity = pyrage.x25519.Identity.generate()
    shares = split_identity(identity, n, k)
    assert len(shares) == n and all(len(s.split()) == 33 for s in shares)
    for subset in itertools.combinations(shares, k):
        assert str(combine_shares(list(subset))) == str(identity)
    for subset in itertools.combinations(shares, k - 1):
        with pytest.raises(BackupInputError) as err:
            combine_shares(list(subset))
        assert err.value.key == "backup.shares.too_few"
        # Below the threshold the library itself refuses to interpolate anything.
        with pytest.raises(MnemonicError):
            combine_mnemonics(list(subset))


def test_a_wrong_word_is_detected() -> None:
    identity = pyrage.x25519.Identity.generate()
    shares = split_identity(identity, 3, 2)
    words = shares[1].split()
    words[7] = "academic" if words[7] != "academic" else "acid"
    with pytest.raises(BackupInputError) as err:
        combine_shares([shares[0], " ".join(words)])
    assert err.value.key == "backup.shares.wrong_word" and err.value.params["number"] == 2
    other = split_identity(pyrage.x25519.Identity.generate(), 3, 2)
    with pytest.raises(BackupInputError) as err:
        combine_shares([shares[0], other[1]])
    assert err.value.key == "backup.shares.mismatch"


def test_keygen_with_shares_and_recover_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("IZDEU_KEY_PASSPHRASE", "headquarters key passphrase")
    out = tmp_path / "hq.key"
    assert cli.main(["keygen", "-o", str(out), "--shares", "5", "--threshold", "3"]) == EXIT_OK
    original = load_org_identity(out, "headquarters key passphrase")
    texts = sorted(tmp_path.glob("hq.key.share-*.txt"))
    sheets = sorted(tmp_path.glob("hq.key.share-*.pdf"))
    assert len(texts) == len(sheets) == 5
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in texts + sheets)
    # What a trustee receives: the sheet shows share 4's words, numbered.
    text = subprocess.run(["pdftotext", str(sheets[3]), "-"], capture_output=True, text=True).stdout
    words = texts[3].read_text().split()
    assert "share 4 of 5" in text and all(w in text for w in words)
    rebuilt = tmp_path / "rebuilt.key"
    capsys.readouterr()
    assert (
        cli.main(["recover-key", "-o", str(rebuilt), str(texts[0]), str(texts[2]), str(texts[4])]) == EXIT_OK
    )
    assert str(load_org_identity(rebuilt, "headquarters key passphrase")) == str(original)
    assert str(original.to_public()) in capsys.readouterr().out
    assert (
        cli.main(["recover-key", "-o", str(tmp_path / "x.key"), str(texts[0]), str(texts[1])]) == EXIT_INVALID
    )
    assert not (tmp_path / "x.key").exists()


def test_keygen_refuses_bad_share_counts_before_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IZDEU_KEY_PASSPHRASE", "headquarters key passphrase")
    for shares, threshold in ((3, 1), (2, 3), (17, 2)):
        out = tmp_path / f"k{shares}{threshold}.key"
        code = cli.main(["keygen", "-o", str(out), "--shares", str(shares), "--threshold", str(threshold)])
        assert code == EXIT_INVALID and not out.exists()
