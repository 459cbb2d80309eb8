# Export (issue 9): the request value, atomic writes, one picture in three
# formats, painters for the graph and the timeline, slides, and the exporter
# the command line, the Export dialog and the clipboard actions share.
list(APPEND SVMVIEWS_SOURCES
  export/export_request.cpp export/export_request.h
  export/save_atomic.cpp export/save_atomic.h
  export/picture.cpp export/picture.h
  export/view_painters.cpp export/view_painters.h
  export/slides.cpp export/slides.h
  export/compare_csv.cpp export/compare_csv.h
  export/exporter.cpp export/exporter.h
)
