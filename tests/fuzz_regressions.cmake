# Replays every input the scenario fuzzer found (tests/data/fuzz-regressions/)
# with the fuzzer's checks; see tests/core/tst_fuzz_regressions.cpp and
# scripts/fuzz.sh.
svmlab_add_qtest(tst_fuzz_regressions SOURCES core/tst_fuzz_regressions.cpp ${PROJECT_SOURCE_DIR}/tests/fuzz/exercise.h
                 LIBS svmlab_test_fixtures)
