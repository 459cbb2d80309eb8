# The narration panel: what the current step does, in the scenario's words and
# the model's, with its violations; the run's outcome at the end.
list(APPEND SVMVIEWS_SOURCES
  narration/narration_view.h narration/narration_view.cpp
)
