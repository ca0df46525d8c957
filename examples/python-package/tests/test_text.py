import pytest

import relay_example
from relay_example import slugify, wrap


def test_slugify_collapses_punctuation_and_case():
    assert slugify("  Hello, World!  ") == "hello-world"


def test_slugify_drops_accents():
    assert slugify("Crème brûlée") == "creme-brulee"


def test_wrap_breaks_on_word_boundaries():
    assert wrap("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"]


def test_wrap_keeps_long_words_whole_and_handles_empty_text():
    assert wrap("extraordinarily long", 5) == ["extraordinarily", "long"]
    assert wrap("   ", 5) == []


def test_wrap_rejects_non_positive_width():
    with pytest.raises(ValueError):
        wrap("text", 0)


def test_version_is_exported():
    assert relay_example.__version__.count(".") >= 2
