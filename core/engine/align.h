#pragma once
// Compare mode's one alignment of two runs of a scenario (two variants, or two
// hunk sets): the list of positions a person steps through, each naming the
// state of run A and the state of run B shown side by side.
//
// The runs are anchored at their milestones (the longest common subsequence of
// (thread name, milestone) events). Between two anchors both runs advance one
// step per position; the shorter segment then waits before its milestone
// while the longer one catches up, and both reach the anchor together. After
// the last anchor the shorter run waits at its end. So every state of both
// runs appears at least once, positions are monotone in both runs, and
// anchored milestones share a position. The slider, both graphs, the timeline cursor, the readouts and the
// compare CSV all read this one table.

#include <vector>

namespace svm {

struct Trace;

struct AlignedPos {
  int a = 0;  // state index in run A
  int b = 0;  // state index in run B
  bool anchor = false;  // both runs reach the same milestone here
  bool operator==(const AlignedPos&) const = default;
};

struct Alignment {
  std::vector<AlignedPos> pos;  // pos[0] = {0, 0}; the last is both runs' last state
  // The first position showing state `a` of run A (or `b` of run B).
  int position_of_a(int a) const;
  int position_of_b(int b) const;
  int size() const { return static_cast<int>(pos.size()); }
};

Alignment align_runs(const Trace& a, const Trace& b);

}  // namespace svm
