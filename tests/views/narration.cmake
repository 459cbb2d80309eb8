# Narration panel (views/narration): the scenario's and the model's words per
# step, heading, violations, start and end of the run, font scale, renders
# (/tmp/narration_*.png).
svmlab_add_qtest(tst_narration GUI SOURCES views/tst_narration.cpp LIBS svmviews svmlab_test_fixtures)
