"""How off-topic articles are named to a reader: the warning they carry and the run's flag that
leaves them off the death-toll charts. Their one home, with no imports: the pipeline's --help
names both and must not pay for importing articles (pandas) to do it.

Public API: OFF_TOPIC_WARNING, ON_TOPIC_FLAG.
"""

__all__ = ["OFF_TOPIC_WARNING", "ON_TOPIC_FLAG"]

OFF_TOPIC_WARNING = "never names the conflict"  # the start of an article's warning (articles.off_topic_warning)
# the death-toll charts leave out articles that never name the conflict (a COVID toll on a chart
# of the Syrian war); the tables keep every row.
ON_TOPIC_FLAG = "--chart-on-topic-only"
