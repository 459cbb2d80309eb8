# The reference graph view: a Graphviz layout wrapper (graph_layout.h is the
# interface, graph_layout_graphviz.cpp the only file that includes Graphviz),
# the lens table of what each node and edge shows (graph_model), the items
# that draw them (graph_items) and the widget (graph_view).
list(APPEND SVMVIEWS_SOURCES
  refgraph/graph_layout.h refgraph/graph_layout_graphviz.cpp
  refgraph/graph_model.h refgraph/graph_model.cpp
  refgraph/graph_items.h refgraph/graph_items.cpp
  refgraph/graph_view.h refgraph/graph_view.cpp
)
