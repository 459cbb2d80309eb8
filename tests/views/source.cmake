# Source pane (views/source): the listing of each function per variant, the
# highlighted line against every step's source line, clicks on the call stack
# showing a caller's call line, renders (/tmp/source_*.png).
svmlab_add_qtest(tst_source GUI SOURCES views/tst_source.cpp LIBS svmviews svmlab_test_fixtures)
