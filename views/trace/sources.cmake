# The trace view: every step as ftrace's function_graph shows calls (a row
# model built once per trace, a filter by thread, the table widget).
list(APPEND SVMVIEWS_SOURCES
  trace/trace_model.h trace/trace_model.cpp
  trace/trace_view.h trace/trace_view.cpp
)
