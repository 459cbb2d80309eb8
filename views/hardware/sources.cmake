# Hardware views: context/PASID table, page walk, IOTLB and caches, page
# request queue and fault records, invalidation queue. One widget each; the
# queue histories are derived once per trace (hw_history, Qt-free).
list(APPEND SVMVIEWS_SOURCES
  hardware/hw_history.cpp hardware/hw_history.h
  hardware/hw_common.cpp hardware/hw_common.h
  hardware/pasid_table_view.cpp hardware/pasid_table_view.h
  hardware/page_walk_view.cpp hardware/page_walk_view.h
  hardware/cache_view.cpp hardware/cache_view.h
  hardware/prq_view.cpp hardware/prq_view.h
  hardware/iq_view.cpp hardware/iq_view.h
)
