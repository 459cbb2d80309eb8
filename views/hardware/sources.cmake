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
  hardware/diagram.cpp hardware/diagram.h
  hardware/cache_slots.cpp hardware/cache_slots.h
  hardware/walk_diagram.cpp hardware/walk_diagram.h
  hardware/cache_diagram.cpp hardware/cache_diagram.h
  hardware/ring_diagram.cpp hardware/ring_diagram.h
  hardware/fault_diagram.cpp hardware/fault_diagram.h
  hardware/hardware_view.cpp hardware/hardware_view.h
  hardware/hw_export.cpp hardware/hw_export.h
)
