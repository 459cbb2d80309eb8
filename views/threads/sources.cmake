# The threads panel: who can run, who waits on what, and which thread steps
# next; plus how a thread looks wherever it is named (colour, kind).
list(APPEND SVMVIEWS_SOURCES
  threads/thread_style.h threads/thread_style.cpp
  threads/threads_view.h threads/threads_view.cpp
)
