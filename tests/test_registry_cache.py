"""The agency registry cached on disk: the same registry as one built from the files, read from the cache file when the
registry files and the code that builds them are those it was built from, built again otherwise; a damaged cache file or
a folder that cannot be written is no error."""

import pickle

import pytest

from pipeline.stages import registry as registry_module
from pipeline.stages.registry import CACHED_INDEXES, Registry, registry, use_user_folder


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(registry_module.CACHE_VARIABLE, str(folder))
    registry.cache_clear()
    yield folder
    use_user_folder(None)
    registry.cache_clear()


def _contents(reg: Registry) -> dict:
    return {name: getattr(reg, name) for name in ("jurisdictions", "agencies", "successions", *CACHED_INDEXES)}


def _never_built(monkeypatch):
    def fail(self):
        raise AssertionError("the registry was built, not read from its cache file")

    monkeypatch.setattr(Registry, "__init__", fail)


def test_the_cached_registry_is_the_registry_the_files_give(cache_dir, monkeypatch):
    built = registry()
    files = list(cache_dir.glob("registry-*.pickle"))
    assert len(files) == 1
    registry.cache_clear()
    fresh = Registry()
    _never_built(monkeypatch)
    cached = registry()
    assert cached is not built
    assert _contents(cached) == _contents(fresh)
    # its patterns, not kept in the file, are built when used
    assert cached.place_named_in("ỦY BAN NHÂN DÂN QUẬN BÌNH TÂN") == "binh-tan"
    assert cached.split_place("so noi vu tinh lao cai") == fresh.split_place("so noi vu tinh lao cai")


@pytest.mark.parametrize("damage", [b"", b"not a pickle", pickle.dumps({"a": 1}), "cut"])
def test_a_damaged_cache_file_is_built_again_and_replaced(cache_dir, damage):
    registry()
    (path,) = cache_dir.glob("registry-*.pickle")
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2] if damage == "cut" else damage)
    registry.cache_clear()
    assert _contents(registry()) == _contents(Registry())
    assert path.read_bytes() == good


def test_a_registry_folder_has_its_own_cache_file(cache_dir, tmp_path, monkeypatch):
    registry()
    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "aliases.csv").write_text("agency_id,alias\nbinh-tan/uy-ban-nhan-dan,UBND Q. Bình Tân\n", encoding="utf-8")
    use_user_folder(folder)
    assert "UBND Q. Bình Tân" in registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases
    assert len(list(cache_dir.glob("registry-*.pickle"))) == 2
    # the alias changed: another file, not the one the first alias was cached in
    (folder / "aliases.csv").write_text("agency_id,alias\nbinh-tan/uy-ban-nhan-dan,UBND quận BT\n", encoding="utf-8")
    use_user_folder(None)
    use_user_folder(folder)
    aliases = registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases
    assert "UBND quận BT" in aliases and "UBND Q. Bình Tân" not in aliases
    use_user_folder(None)
    _never_built(monkeypatch)
    assert "UBND quận BT" not in registry().agencies["binh-tan/uy-ban-nhan-dan"].aliases


def test_changed_code_builds_the_registry_again(cache_dir, tmp_path, monkeypatch):
    registry()
    package = tmp_path / "package"
    for name in registry_module.CACHE_CODE:
        target = package / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(registry_module.Path(registry_module.__file__).resolve().parent.parent.joinpath(name).read_bytes())
    original = registry_module._cache_path()
    (package / "text.py").write_bytes((package / "text.py").read_bytes() + b"\n# changed\n")
    monkeypatch.setattr(registry_module, "__file__", str(package / "stages" / "registry.py"))
    assert registry_module._cache_path() != original


@pytest.mark.parametrize("setting", ["", "unwritable"])
def test_no_cache_when_it_is_off_or_cannot_be_written(tmp_path, monkeypatch, setting):
    if setting == "unwritable":
        blocker = tmp_path / "a file"
        blocker.write_text("")
        setting = str(blocker / "cache")  # a folder inside a file cannot be made
    monkeypatch.setenv(registry_module.CACHE_VARIABLE, setting)
    registry.cache_clear()
    try:
        assert _contents(registry()) == _contents(Registry())
    finally:
        registry.cache_clear()
    assert [p.name for p in tmp_path.iterdir()] == (["a file"] if "a file" in setting else [])


def _texts(value, found: list) -> list:
    """Every text in ``value`` (records, dicts, lists, tuples and sets of them)."""
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            _texts(key, found)
            _texts(item, found)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _texts(item, found)
    elif isinstance(value, registry_module._Record):
        _texts([getattr(value, name) for name in value.__slots__], found)
    return found


def test_the_cache_file_holds_each_text_once_and_the_same_registry(cache_dir, monkeypatch):
    """Equal texts of the agencies and indexes are one object in the registry read from the cache file (pickle writes
    an object met before as a reference: a smaller file, faster to load), and the registry is the same, each index of
    the same types."""
    registry()
    registry.cache_clear()
    _never_built(monkeypatch)
    cached = registry()
    texts = _texts(list(_contents(cached).values()), [])
    assert len({id(text) for text in texts}) == len(set(texts))
    monkeypatch.undo()
    fresh = Registry()
    for index in CACHED_INDEXES:
        getattr(fresh, index)
    assert _contents(cached) == _contents(fresh)
    assert ({name: type(value) for name, value in vars(cached).items()}
            == {name: type(value) for name, value in vars(fresh).items() if name in vars(cached)})
    assert ({key: type(value) for key, value in cached.keys.items()} == {key: type(value) for key, value in fresh.keys.items()})
