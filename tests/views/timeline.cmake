# Counter timeline (views/timeline): plot contents against the trace, cursor,
# milestones, clicks, compare overlay, CSV, export.
svmlab_add_qtest(tst_timeline GUI SOURCES views/tst_timeline.cpp LIBS svmviews svmlab_test_fixtures)
