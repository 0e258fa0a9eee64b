"""Dates of pages in other languages (German, French, Spanish, Italian, Portuguese, Dutch): their
month and weekday names, their "Published"/"Updated" labels, bylines and comment sections, and
dates that are not the page's own (a citation's access date, a printout's date) in any language
(issue 14: plain-text dates right on >= 95% of pages that state their date)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import dates
from analysis.text.patterns import OTHER_MONTH_NAMES

TODAY = date(2026, 1, 1)
DAYS = st.dates(min_value=date(2005, 1, 1), max_value=date(2025, 12, 31))
BODY = "Der Bürgermeister sagte am Montag, die Arbeiten gingen weiter. " * 6

# How each language writes a day-first date in words ({d} day, {m} month name, {y} year).
WORD_FORMATS = ["{d}. {m} {y}", "{d} {m} {y}", "{d} de {m} de {y}", "{d}er {m} {y}", "{d}. {m}. {y}", "{d} {m}, {y}"]


@settings(max_examples=150, deadline=None)
@given(DAYS, st.sampled_from(WORD_FORMATS), st.data())
def test_other_languages_month_names_are_read(d, fmt, data):
    name = data.draw(st.sampled_from(OTHER_MONTH_NAMES[d.month - 1]))
    name = data.draw(st.sampled_from([name, name.capitalize(), name.upper()]))
    written = fmt.format(d=d.day, m=name, y=d.year)
    text = f"Startseite\n\n{written}\n\n{BODY}"
    assert [c.value for c in dates.date_candidates(text)] == [d], written
    assert dates.publication_date(text, today=TODAY).published == d


PUBLISHED = ["Veröffentlicht am", "Erschienen am:", "Publié le", "Publicado el", "Pubblicato il", "Gepubliceerd op",
             "Datum:"]
UPDATED = ["Zuletzt geändert:", "Aktualisiert am", "Letzte Änderung:", "Mis à jour le", "Actualizado el",
           "Aggiornato il", "Bijgewerkt op", "Last published"]


@settings(max_examples=120, deadline=None)
@given(DAYS, st.integers(1, 400), st.sampled_from(PUBLISHED), st.sampled_from(UPDATED), st.booleans())
def test_other_languages_labels_published_beats_updated(d, later, published, updated, dotted):
    """A page in another language that shows its update date first still dates from its
    "Published" label; each label stands on its own line or before the date."""
    up = d + timedelta(days=later)
    fmt = (lambda x: f"{x.day:02d}.{x.month:02d}.{x.year}") if dotted else (lambda x: x.isoformat())
    text = f"Titel der Meldung\n\n{updated} {fmt(up)}\n{published} {fmt(d)}\n\n{BODY}"
    assert dates.publication_date(text, today=TODAY).published == d


NOT_THE_PAGE = ["Print Date:", "Printed on", "Aktuelle Zeit:", "Current time:", "Registriert:", "abgerufen am",
                "Accessed", "Retrieved", "[accessed", "consulté le", "Mitglied seit"]


@settings(max_examples=120, deadline=None)
@given(DAYS, st.integers(1, 400), st.sampled_from(NOT_THE_PAGE))
def test_access_print_and_clock_dates_are_not_the_page_date(d, later, label):
    """The reader's visit, a printout or a forum's clock is a later day than the page's."""
    seen = d + timedelta(days=later)
    text = f"{label} {seen.day:02d}.{seen.month:02d}.{seen.year}\n\nTitel der Meldung\n\n{d.day}.{d.month}.{d.year}\n\n{BODY}"
    assert dates.publication_date(text, today=TODAY).published == d


WEEKDAYS = ["Mittwoch,", "Donnerstag", "Miércoles", "lun.", "Sa.", "jeudi", "Zondag", "Friday,"]


@settings(max_examples=120, deadline=None)
@given(DAYS, st.integers(1, 30), st.sampled_from(WEEKDAYS), st.sampled_from(["words", "dots"]))
def test_a_weekday_dated_header_line_in_any_language_is_todays_widget(d, later, weekday, style):
    """A header line with a weekday and nothing else ("Mittwoch, 9. Februar 2022") is the site's
    clock; the article's own date line below it, without a weekday, is the page's."""
    shown = d + timedelta(days=later)
    month = OTHER_MONTH_NAMES[shown.month - 1][0]
    top = f"{shown.day}. {month} {shown.year}" if style == "words" else f"{shown.day:02d}.{shown.month:02d}.{shown.year}"
    text = f"Startseite\nSuche\n{weekday} {top}\n* Kontakt\n\nTitel der Meldung\n\n{d.day:02d}.{d.month:02d}.{d.year}\n\n{BODY}"
    assert dates.publication_date(text, today=TODAY).published == d


COMMENT_HEADINGS = ["Kommentare (3)", "Kommentare 3", "3 Kommentare", "Commentaires (6)", "Comentarios", "Comments (2)"]


@settings(max_examples=80, deadline=None)
@given(DAYS, st.integers(1, 400), st.sampled_from(COMMENT_HEADINGS))
def test_dates_under_a_comment_heading_in_any_language_are_comments(d, later, heading):
    c = d + timedelta(days=later)
    text = (f"Titel der Meldung\n\n{BODY}\n\n{d.day:02d}.{d.month:02d}.{d.year}\n\n{BODY}\n\n{heading}\n\n"
            f"Hans\n\n{c.day:02d}.{c.month:02d}.{c.year}\n\nSchöner Artikel, danke!")
    ranked = dates.rank_candidates(text, today=TODAY)
    assert [k for _, k, x in ranked if x.value == c and x.start > text.index(heading)] == ["comment"]


PROSE = {
    "fr": "Le tribunal a jugé les deux hommes, qui ont été condamnés pour des violences dans la rue. "
          "Le procureur a demandé une peine de prison pour les deux prévenus.",
    "de": "Die Stadt hat die Arbeiten an der Brücke nicht beendet, und der Bürgermeister sagte, dass sie "
          "im Frühjahr mit einer neuen Firma weitergehen.",
    "es": "El gobierno anunció que los trabajos de la carretera se retrasan por la lluvia y que el ministro "
          "visitará la zona para ver los daños.",
    "en": "The government said that the talks in Geneva would continue on Monday and that it was hopeful "
          "of a deal with the opposition.",
}


@settings(max_examples=120, deadline=None)
@given(DAYS.filter(lambda d: d.day <= 12 and d.day != d.month), st.sampled_from(sorted(PROSE)))
def test_slash_dates_follow_the_language_of_the_text(d, lang):
    """With no other cue (no unambiguous date, no locale, no dates in words), an all-number date
    is read day first on a page in another language and month first on an English one."""
    text = f"Nachrichten\n\n{d.day:02d}/{d.month:02d}/{d.year}\n\n{PROSE[lang]}"
    want = date(d.year, d.day, d.month) if lang == "en" else d
    assert dates.publication_date(text, today=TODAY).published == want


ARABIC_NAME_PARTS = ["Islam", "Sham", "Zor", "Nusra", "Qusour", "Waer", "Numan", "Shughur", "Moallem", "Bab", "Raqqa"]
ARABIC_ARTICLES = ["al", "el", "Al", "ash", "ad", "ez"]


@settings(max_examples=80, deadline=None)
@given(DAYS.filter(lambda d: d.day <= 12 and d.day != d.month),
       st.lists(st.tuples(st.sampled_from(ARABIC_ARTICLES), st.sampled_from(ARABIC_NAME_PARTS)),
                min_size=2, max_size=8),
       st.sampled_from(["Jaish {} and Ahrar {} rejected the plan", "Deir {}: attack kills 12 in {}",
                        "Fighters of {} shelled {}", "{} and {} near Aleppo"]))
def test_english_text_with_arabic_names_reads_slash_dates_month_first(d, names, sentence):
    """Transliterated Arabic names ("Jaish al-Islam", "Deir ez-Zor") are not Spanish or Dutch
    words: a short English report full of them reads an all-number date month first."""
    words = [f"{a}-{n}" for a, n in names]
    lead = ". ".join(sentence.format(words[i], words[(i + 1) % len(words)]) for i in range(len(words))) + "."
    text = f"Syria news\n{d.month:02d}/{d.day:02d}/{d.year}\n{lead}\n"
    assert dates.publication_date(text, today=TODAY).published == d


@settings(max_examples=60, deadline=None)
@given(DAYS, st.sampled_from(["do", "so", "sa", "mar", "fr", "di", "mi", "lun", "Do", "So"]),
       st.sampled_from(["{d.day} {m} {d.year}", "{d.day:02d}.{d.month:02d}.{d.year}"]), st.sampled_from(["\n", "\n\n", " \n"]))
def test_a_weekday_short_form_ending_the_line_before_is_no_weekday_of_the_date(d, short, fmt, brk):
    """"He said he would do so." then "12 March 2017" on the next line: the weekday short forms
    of other languages ("do.", "so.", "mar.") end ordinary lines, and a date on the next line is
    one candidate with no weekday, starting on its own line."""
    line = fmt.format(d=d, m=d.strftime("%B"))
    text = f"Syria talks stall\n\nHe said he would {short}.{brk}{line}\n\n" + PROSE["en"] * 4
    at = text.index(line)
    found = [c for c in dates.date_candidates(text) if c.value == d]
    assert found and all(c.start >= at and not c.weekday for c in found)
