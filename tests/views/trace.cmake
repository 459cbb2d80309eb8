# Trace view (views/trace): rows against the trace (steps and closing braces,
# ftrace indentation), the cursor's row, clicks and keys, filter by thread,
# marks and tooltips, a 2000-step trace, renders (/tmp/trace_*.png).
svmlab_add_qtest(tst_trace GUI SOURCES views/tst_trace.cpp LIBS svmviews svmlab_test_fixtures)
