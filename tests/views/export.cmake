# Export (views/export, core/report/dot and mail): every format judged by a
# real consumer (Graphviz, an XML reader, QSvgRenderer, pdfinfo, pdftotext
# -bbox, a CSV parser, a 72-column check after quoting), a hostile scenario,
# and the exit status and single stderr line of `svmlab export` on an
# unwritable path, /dev/full, a full file system and an injected device error.
svmlab_add_qtest(tst_export GUI SOURCES views/tst_export.cpp LIBS svmviews svmlab_test_fixtures)
target_compile_definitions(tst_export PRIVATE SVMLAB_BINARY="$<TARGET_FILE:svmlab>")
add_dependencies(tst_export svmlab)

svmlab_add_cli_test(NAME export_mail ARGS export accel-mmap-exit --variant v4.4 --what mail --format text
                    -o ${CMAKE_CURRENT_BINARY_DIR}/cli-export-mail.txt)
svmlab_add_cli_test(NAME export_graph_svg ARGS export accel-mmap-exit --variant v4.4 --what graph --format svg
                    -o ${CMAKE_CURRENT_BINARY_DIR}/cli-export-graph.svg)
svmlab_add_cli_test(NAME export_unwritable ARGS export accel-mmap-exit --what graph --format dot
                    -o /nonexistent-svmlab-dir/graph.gv EXPECT_EXIT 2
                    EXPECT_STDERR "^svmlab: cannot write /nonexistent-svmlab-dir/graph.gv: ")
svmlab_add_cli_test(NAME export_bad_format ARGS export accel-mmap-exit --what timeline --format dot -o x.gv
                    EXPECT_EXIT 2 EXPECT_STDERR "^svmlab: timeline has no dot format \\(svg, png, pdf, csv\\)")
svmlab_add_cli_test(NAME export_unknown_extension ARGS export accel-mmap-exit --what graph -o x.jpg EXPECT_EXIT 2
                    EXPECT_STDERR "^svmlab: -o x.jpg: \".jpg\" is not a format of graph \\(svg, png, pdf, dot\\)")
svmlab_add_cli_test(NAME export_bad_what ARGS export accel-mmap-exit --what movie -o x EXPECT_EXIT 2
                    EXPECT_STDERR "^svmlab: --what must be")
# The GUI side: File > Export..., Copy as Text / Image, the dialog, context menus.
svmlab_add_qtest(tst_export_gui GUI SOURCES views/tst_export_gui.cpp LIBS svmlab_app)
