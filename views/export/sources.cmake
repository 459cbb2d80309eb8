# Export (issue 9): the request value, atomic writes, one picture in three
# formats, painters for the graph and the timeline, slides, and the exporter
# the command line, the Export dialog and the clipboard actions share.
# The request, the atomic writes and the text kinds need QtCore only
# (svmviews_text, which svmlab-cli links).
list(APPEND SVMVIEWS_TEXT_SOURCES
  export/export_request.cpp export/export_request.h
  export/save_atomic.cpp export/save_atomic.h
  export/compare_csv.cpp export/compare_csv.h
  export/export_text.cpp export/export_text.h
)
list(APPEND SVMVIEWS_SOURCES
  export/picture.cpp export/picture.h
  export/view_painters.cpp export/view_painters.h
  export/slides.cpp export/slides.h
  export/exporter.cpp export/exporter.h
)
