# The source pane: the modeled function of the cursor's step, written out as
# the kernel reads (a listing per function and variant, the frames of a
# step's call stack, the widget).
list(APPEND SVMVIEWS_SOURCES
  source/source_listing.h source/source_listing.cpp
  source/source_frames.h source/source_frames.cpp
  source/source_view.h source/source_view.cpp
)
