# Threads panel (views/threads): state, what each thread does and waits for,
# the next-thread marks, choosing by button and double-click, renders
# (/tmp/threads_*.png).
svmlab_add_qtest(tst_threads GUI SOURCES views/tst_threads.cpp LIBS svmviews svmlab_test_fixtures)
