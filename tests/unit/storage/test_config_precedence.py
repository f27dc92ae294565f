"""Where data lives and which database is used: flag > environment > per-user folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from platformdirs import user_data_dir

from kopdes_desktop.config import APP_NAME, Config, resolve_config


def test_platform_folder_and_sqlite_file_by_default() -> None:
    config = resolve_config(environ={})
    home = Path(user_data_dir(APP_NAME, appauthor=False)).resolve()
    assert config.home == home
    assert config.database_url == f"sqlite:///{home / 'kopdes.db'}"
    assert config.sqlite_path == home / "kopdes.db"


def test_environment_beats_platform_folder(tmp_path: Path) -> None:
    env = {"KOPDES_HOME": str(tmp_path / "env-home")}
    config = resolve_config(environ=env)
    assert config.home == tmp_path / "env-home"
    assert config.sqlite_path == tmp_path / "env-home" / "kopdes.db"
    assert config.backups_dir == tmp_path / "env-home" / "backups"
    assert config.lock_file == tmp_path / "env-home" / "kopdes.lock"


def test_flags_beat_environment(tmp_path: Path) -> None:
    env = {
        "KOPDES_HOME": str(tmp_path / "env-home"),
        "KOPDES_DATABASE_URL": f"sqlite:///{tmp_path / 'env.db'}",
    }
    config = resolve_config(
        home=tmp_path / "flag-home", database_url=f"sqlite:///{tmp_path / 'flag.db'}", environ=env
    )
    assert config.home == tmp_path / "flag-home"
    assert config.sqlite_path == tmp_path / "flag.db"


def test_environment_database_url_is_used_without_a_flag(tmp_path: Path) -> None:
    env = {"KOPDES_DATABASE_URL": f"sqlite:///{tmp_path / 'env.db'}"}
    config = resolve_config(home=tmp_path / "flag-home", environ=env)
    assert config.home == tmp_path / "flag-home"
    assert config.sqlite_path == tmp_path / "env.db"


def test_home_is_expanded_and_made_absolute() -> None:
    config = resolve_config(home="~/kopdes-data", environ={})
    assert config.home == (Path.home() / "kopdes-data").resolve()
    assert config.home.is_absolute()


def test_bare_postgresql_url_is_rewritten_for_psycopg3(tmp_path: Path) -> None:
    from_env = resolve_config(
        home=tmp_path,
        environ={"KOPDES_DATABASE_URL": "postgresql://kopdes:secret@db.local:5432/kopdes"},
    )
    from_flag = resolve_config(
        home=tmp_path, environ={}, database_url="postgresql://kopdes@db.local/kopdes"
    )
    assert from_env.database_url == "postgresql+psycopg://kopdes:secret@db.local:5432/kopdes"
    assert from_flag.database_url == "postgresql+psycopg://kopdes@db.local/kopdes"
    assert not from_env.is_sqlite
    assert from_env.sqlite_path is None
    explicit = "postgresql+psycopg://kopdes@db.local/kopdes"
    assert resolve_config(home=tmp_path, database_url=explicit, environ={}).database_url == explicit


def test_sqlite_path_of_special_urls(tmp_path: Path) -> None:
    assert Config(tmp_path, "sqlite://").sqlite_path is None
    assert Config(tmp_path, "sqlite:///:memory:").sqlite_path is None
    assert Config(tmp_path, f"sqlite:///{tmp_path / 'a.db'}?timeout=5").sqlite_path == (
        tmp_path / "a.db"
    )


def test_process_environment_is_read_when_none_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOPDES_HOME", str(tmp_path / "from-os-env"))
    monkeypatch.delenv("KOPDES_DATABASE_URL", raising=False)
    assert resolve_config().home == tmp_path / "from-os-env"
