# The GUI monkey: thousands of seeded random user actions on a real main
# window, offscreen, checking after each that every view shows the session's
# step (tests/gui/tst_monkey.cpp). SVMLAB_MONKEY_SEED and SVMLAB_MONKEY_ACTIONS
# override the seed of the random run and the number of actions.
svmlab_add_qtest(tst_monkey GUI SOURCES gui/tst_monkey.cpp LIBS svmlab_app)
# The timeout only catches a hang: two runs of 3000 actions take about 280 s
# alone and 380 s beside the rest of the suite on two cores, so give it three
# times that. How fast actions are is measured in tests/bench (bench_gui).
set_tests_properties(tst_monkey PROPERTIES TIMEOUT 1200)
