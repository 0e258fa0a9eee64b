"""The index's "latest claim of the war's total by each counter" and the cumulative chart's date
axis read the rows the chart draws (QA8 8): an article that never names the conflict ("The UN
estimates the Yemen war has killed more than 150,000") was listed as the Syrian war's latest total
even with --chart-on-topic-only, which left it off the chart. With the flag such claims are left
out of the table too; without it they are marked. Tables are generated: on-topic and off-topic
articles, counters and dates, the off-topic claims later than every on-topic one."""

from __future__ import annotations

from datetime import date, timedelta

import matplotlib.dates as mdates
import pandas as pd
from hypothesis import given, settings, strategies as st

from analysis import plots
from analysis.articles import ON_TOPIC_FLAG, chart_rows, off_topic_warning
from analysis.schema import TOLL_COLUMNS
from report_tables import index_tolls_section

COUNTERS = ["Syrian Observatory for Human Rights", "UN", "Syrian Network for Human Rights", None]
OFF_WARNING = off_topic_warning(None, "Floods in Kansas killed 3.", "Syria")
CLAIM = st.tuples(st.sampled_from(COUNTERS), st.integers(100_000, 600_000), st.dates(date(2013, 1, 1), date(2018, 12, 31)))


def _tables(on_claims, off_claims):
    """articles and death_tolls: one article per claim; off-topic claims dated after 2019."""
    arts, rows = [], []
    for i, ((counter, value, day), off) in enumerate([(c, False) for c in on_claims] + [(c, True) for c in off_claims]):
        if off:
            day = day + timedelta(days=7 * 365)
        aid = f"{'off' if off else 'on'}{i}"
        arts.append({"article_id": aid, "status": "ok", "outlet": "o", "published": day.isoformat(),
                     "warnings": OFF_WARNING if off else ""})
        rows.append({"article_id": aid, "value": value, "low": value, "high": value, "qualifier": "more_than",
                     "scope": "cumulative", "victims": "people", "attributed_to": counter, "is_headline": True,
                     "sentence": f"The war has killed more than {value:,} people.", "start": 0, "end": 10,
                     "published": day.isoformat(), "outlet": "o", "sentence_no": 0})
    return pd.DataFrame(arts), pd.DataFrame(rows, columns=TOLL_COLUMNS)


@settings(max_examples=25, deadline=None)
@given(st.lists(CLAIM, min_size=1, max_size=5), st.lists(CLAIM, min_size=1, max_size=3), st.booleans())
def test_the_war_total_table_reads_the_charted_rows(tmp_path_factory, on_claims, off_claims, on_topic_only):
    arts, tolls = _tables(on_claims, off_claims)
    section = index_tolls_section(tmp_path_factory.mktemp("p"), arts, tolls, on_topic_only)
    table = section.split("The latest claim of the war", 1)[1].split("</table>", 1)[0]
    off_ids = [a for a in arts["article_id"] if a.startswith("off")]
    shown_off = [a for a in off_ids if f">{a}</td>" in table]
    if on_topic_only:
        assert not shown_off, table  # as on the chart
        assert ON_TOPIC_FLAG in section
    else:
        assert shown_off  # later than every on-topic claim, so some counter's latest
        assert "never_names_the_conflict" in table and ON_TOPIC_FLAG in section
        for a in shown_off:  # each such row is marked
            row = table.split(f">{a}</td>", 1)[1].split("</tr>", 1)[0]
            assert "<td>yes</td>" in row, row


@settings(max_examples=20, deadline=None)
@given(CLAIM, st.lists(CLAIM, min_size=1, max_size=3))
def test_the_charts_date_axis_spans_the_charted_claims(on_claim, off_claims):
    """One on-topic claim: the axis is around its date, not matplotlib's two years either side,
    and reaches no off-topic claim's date."""
    arts, tolls = _tables([on_claim], off_claims)
    charted, _ = chart_rows(tolls, arts, on_topic_only=True)
    fig = plots.plot_cumulative_tolls(charted)
    lo, hi = (mdates.num2date(x).date() for x in fig.axes[0].get_xlim())
    day = on_claim[2]
    assert lo <= day <= hi and (hi - lo).days < 366, (lo, hi, day)
    assert all(not lo <= date.fromisoformat(p) <= hi for p in tolls["published"][tolls["article_id"].str.startswith("off")])
    plots.plt.close(fig)
