# Counter timeline: mm_users, mm_count, f_count ... per step (QCustomPlot), and
# the Qt-free counter table the CSV export shares with it.
list(APPEND SVMVIEWS_TEXT_SOURCES timeline/counters_csv.cpp timeline/counters_csv.h)  # QtCore only
list(APPEND SVMVIEWS_SOURCES
  timeline/series_colours.cpp timeline/series_colours.h
  timeline/timeline_view.cpp timeline/timeline_view.h
)
