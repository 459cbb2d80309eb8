# Hardware views (views/hardware): context/PASID table, page walk, IOTLB and
# caches, page request queue and fault records, invalidation queue, each
# checked against the snapshots of a scenario with a device that DMAs.
svmlab_add_qtest(tst_hardware GUI SOURCES views/tst_hardware.cpp LIBS svmviews svmlab_test_fixtures)
