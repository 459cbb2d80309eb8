# Hardware views (views/hardware): context/PASID table, page walk, IOTLB and
# caches, page request queue and fault records, invalidation queue, each
# checked against the snapshots of a scenario with a device that DMAs.
svmlab_add_qtest(tst_hardware GUI SOURCES views/tst_hardware.cpp LIBS svmviews svmlab_test_fixtures)
# The hardware diagrams (HardwareView) on the built-in scenarios, and the
# headless commands that draw them (export --what hardware, screenshot --view).
svmlab_add_qtest(tst_hw_diagrams GUI SOURCES views/tst_hw_diagrams.cpp LIBS svmlab_app svmlab_test_fixtures)
target_compile_definitions(tst_hw_diagrams PRIVATE SVMLAB_BINARY="$<TARGET_FILE:svmlab>")
add_dependencies(tst_hw_diagrams svmlab)
