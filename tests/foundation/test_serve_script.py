"""`make serve`'s launcher: secrets generated once, kept private, reused; the caller's values win."""

import importlib.util
import stat
from pathlib import Path

from cryptography.fernet import Fernet

PROJECT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("serve_script", PROJECT / "scripts" / "serve.py")
serve = importlib.util.module_from_spec(spec)
spec.loader.exec_module(serve)


def test_the_first_run_generates_secrets_only_the_owner_can_read(tmp_path):
    values = serve.load_or_create_secrets(tmp_path)
    secrets_file = tmp_path / serve.SECRETS_FILE
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    assert len(values["DJANGO_SECRET_KEY"]) >= 50
    Fernet(values["COMPLAINT_ENCRYPTION_KEYS"].encode())  # a valid key, or this raises


def test_later_runs_reuse_the_same_keys(tmp_path):
    # A new key on every start would make every complaint filed before it unreadable.
    first = serve.load_or_create_secrets(tmp_path)
    assert serve.load_or_create_secrets(tmp_path) == first


def test_production_settings_with_its_own_state_and_the_callers_values_first(tmp_path):
    environment = serve.serve_environment(
        {"SERVE_STATE_DIR": str(tmp_path), "PORT": "8111", "DATABASE_URL": "postgres://db/agency"}
    )
    assert environment["DJANGO_SETTINGS_MODULE"] == "config.settings.production"
    assert environment["DATABASE_URL"] == "postgres://db/agency"
    assert environment["MEDIA_ROOT"] == str(tmp_path / "media")
    assert environment["WAGTAILADMIN_BASE_URL"] == "http://127.0.0.1:8111"
    assert (
        environment["COMPLAINT_ENCRYPTION_KEYS"] == serve.load_or_create_secrets(tmp_path)["COMPLAINT_ENCRYPTION_KEYS"]
    )


def test_by_default_it_does_not_share_make_runs_database(tmp_path):
    environment = serve.serve_environment({"SERVE_STATE_DIR": str(tmp_path)})
    assert environment["DATABASE_URL"] == f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert environment["DATABASE_URL"] != f"sqlite:///{PROJECT / 'db.sqlite3'}"
