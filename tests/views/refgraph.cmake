# The reference graph: the Graphviz layout wrapper and the view on real traces.
svmlab_add_qtest(tst_refgraph GUI SOURCES views/tst_refgraph.cpp LIBS svmviews svmlab_test_fixtures)
# Graphviz without its plugins: a process of its own, because the Graphviz
# context (and the plugins it found) lives as long as the process.
svmlab_add_qtest(tst_refgraph_noplugin GUI SOURCES views/tst_refgraph_noplugin.cpp LIBS svmviews svmlab_test_fixtures)
