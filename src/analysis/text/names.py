"""How a country or conflict name is matched with its derived words: the one home for the
name-stem rule that publication dates (does a text name the conflict?) and the toll reader (is a
war another country's?) both read.

Public API: STEM_LETTERS, long_name_stem, NAME_PARTICLES.
"""

from __future__ import annotations

__all__ = ["STEM_LETTERS", "long_name_stem", "NAME_PARTICLES"]

# A name longer than this is matched by its first STEM_LETTERS letters: the demonym and adjective
# share them ("Afghanistan" -> "Afgha": Afghan; "Ukraine" -> "Ukrai": Ukrainian; "Lebanon" ->
# "Leban": Lebanese). A name this short or shorter changes at its end instead ("Syria" -> Syrian,
# "Iraq" -> Iraqi), so each reader matches it its own way.
STEM_LETTERS = 5


def long_name_stem(name: str) -> str | None:
    """The first STEM_LETTERS letters of a name longer than that, as written; None for a short one."""
    return name[:STEM_LETTERS] if len(name) > STEM_LETTERS else None


# Lower-case words inside a person's name ("Bashar al Assad", "Anne-Marie de la Tour", "Ludwig van
# Beethoven"): a byline's name may hold them (clean.title), and a capitalised run of names reads
# through them (clean.inline_tags).
NAME_PARTICLES = frozenset("al el bin ibn abu da de del della der di du la le van von y".split())
