import pytest

from diplograph.config import load_settings
from diplograph.errors import ConfigError


def test_config_precedence_defaults_file_env_flags(tmp_path):
    path = tmp_path / "d.toml"
    path.write_text('[diplograph]\ndb = "file.db"\nbatch_size = 8\nfusion_window_days = 3\n')
    env = {"DIPLOGRAPH_BATCH_SIZE": "16", "OTHER": "x"}
    settings = load_settings(str(path), environ=env, db="flag.db", batch_size=None)
    assert (settings.db, settings.batch_size, settings.fusion_window_days) == ("flag.db", 16, 3)
    assert settings.date_fallback == "none"


@pytest.mark.parametrize(
    "text, message",
    [
        ("nonsense = 1\n", "unknown setting"),
        ('batch_size = "many"\n', "batch_size must be int"),
        ('date_fallback = "always"\n', "date_fallback"),
        ("db = [\n", "d.toml"),
    ],
)
def test_config_bad_file_names_the_problem(tmp_path, text, message):
    path = tmp_path / "d.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_settings(str(path), environ={})


def test_config_environment_lists_actor_files():
    settings = load_settings(environ={"DIPLOGRAPH_ACTORS": "a.yaml:b.yaml"})
    assert settings.actors == ("a.yaml", "b.yaml")
