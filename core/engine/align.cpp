#include "core/engine/align.h"

#include <algorithm>

#include "core/engine/run.h"

namespace svm {

namespace {

struct Event {
  int state;  // state index after the step that reached the milestone
  int thread;
  Milestone m;
};

std::vector<Event> events(const Trace& t) {
  std::vector<Event> out;
  for (const auto& s : t.steps)
    if (s.milestone) out.push_back({s.index, s.thread, *s.milestone});
  return out;
}

bool same(const Trace& a, const Event& x, const Trace& b, const Event& y) {
  return x.m == y.m && a.cfg->threads[x.thread].name == b.cfg->threads[y.thread].name;
}

// The matched (state in A, state in B) anchors, in order.
std::vector<std::pair<int, int>> anchors(const Trace& a, const Trace& b) {
  const auto ea = events(a), eb = events(b);
  const size_t n = ea.size(), m = eb.size();
  std::vector<std::vector<int>> L(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      L[i][j] = same(a, ea[i], b, eb[j]) ? L[i + 1][j + 1] + 1 : std::max(L[i + 1][j], L[i][j + 1]);
  std::vector<std::pair<int, int>> out;
  size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (same(a, ea[i], b, eb[j]) && L[i][j] == L[i + 1][j + 1] + 1) {
      out.emplace_back(ea[i].state, eb[j].state);
      ++i;
      ++j;
    } else if (L[i + 1][j] >= L[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return out;
}

}  // namespace

Alignment align_runs(const Trace& a, const Trace& b) {
  Alignment al;
  const int a_last = static_cast<int>(a.states.size()) - 1;
  const int b_last = static_cast<int>(b.states.size()) - 1;
  // From (a0, b0), exclusive, to (a1, b1), inclusive. Before an anchor the
  // shorter run waits just before its milestone, so both reach it together;
  // at the end the shorter run waits at its last state.
  auto segment = [&al](int a0, int a1, int b0, int b1, bool anchor_at_end) {
    const int len = std::max(a1 - a0, b1 - b0);
    const int a_wait = anchor_at_end ? std::max(a1 - 1, a0) : a1;
    const int b_wait = anchor_at_end ? std::max(b1 - 1, b0) : b1;
    for (int k = 1; k < len; ++k) al.pos.push_back({std::min(a0 + k, a_wait), std::min(b0 + k, b_wait), false});
    if (len > 0) al.pos.push_back({a1, b1, anchor_at_end});
  };
  al.pos.push_back({0, 0, false});
  int pa = 0, pb = 0;
  for (auto [x, y] : anchors(a, b)) {
    if (x <= pa && y <= pb) continue;  // two milestones in one step: already here
    segment(pa, std::max(x, pa), pb, std::max(y, pb), true);
    pa = std::max(x, pa);
    pb = std::max(y, pb);
  }
  segment(pa, std::max(a_last, pa), pb, std::max(b_last, pb), false);
  return al;
}

int Alignment::position_of_a(int s) const {
  auto it = std::lower_bound(pos.begin(), pos.end(), s, [](const AlignedPos& p, int v) { return p.a < v; });
  return it == pos.end() ? size() - 1 : static_cast<int>(it - pos.begin());
}

int Alignment::position_of_b(int s) const {
  auto it = std::lower_bound(pos.begin(), pos.end(), s, [](const AlignedPos& p, int v) { return p.b < v; });
  return it == pos.end() ? size() - 1 : static_cast<int>(it - pos.begin());
}

}  // namespace svm
