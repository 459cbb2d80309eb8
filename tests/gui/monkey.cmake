# The GUI monkey: thousands of seeded random user actions on a real main
# window, offscreen, checking after each that every view shows the session's
# step (tests/gui/tst_monkey.cpp). SVMLAB_MONKEY_SEED and SVMLAB_MONKEY_ACTIONS
# override the seed of the random run and the number of actions.
svmlab_add_qtest(tst_monkey GUI SOURCES gui/tst_monkey.cpp LIBS svmlab_app)
# The timeouts only catch a hang: two runs of 3000 actions take about 280 s
# alone and 380 s beside the rest of the suite on two cores, so give it three
# times that. How fast actions are is measured in tests/bench (bench_gui).
set_tests_properties(tst_monkey PROPERTIES TIMEOUT 1200)
# Qt Test's own guard stops a test function after 300 s, which a random run
# beside a sanitizer build reaches (747 of 3000 actions once): give each
# function most of CTest's budget, so only a real hang trips either.
set_property(TEST tst_monkey APPEND PROPERTY ENVIRONMENT QTEST_FUNCTION_TIMEOUT=1000000)
