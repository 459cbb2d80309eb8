#pragma once
// The states a depth-first search met and the steps between them, as
// numbers, so that each violation it found gets a shortest schedule without
// a second search (ExploreOptions::shortest_schedules).
//
// A breadth-first search meets a violation first on a shortest schedule:
// states are expanded level by level, in the order they were first made,
// each one's successors in thread order. shortest() walks this graph in
// that same order, and so meets each violation on the transition (or at
// the terminal state) where breadth first would have, by the same
// schedule: it holds each state's successors as expand() made them, the
// same whichever search made them (depth_first.h). Not where processes are
// interchangeable (symmetry.h): a state is then any of its renamings, and
// which thread is which in its successors depends on the one expanded.
//
// Four bytes name a state (its place among the states, Search::place()),
// five a step (the state it leads to, the thread and whether it met a
// violation), eight a state's steps (where they are, how many). Each worker appends the steps of the states it
// expands to its own list; nothing is locked but the list of violations.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace svm {

class StateGraph {
 public:
  // Room for states numbered below max_states, recorded by up to `workers`.
  StateGraph(size_t max_states, unsigned workers);
  ~StateGraph();
  StateGraph(const StateGraph&) = delete;
  StateGraph& operator=(const StateGraph&) = delete;

  // A state expanded by worker w: its successors' numbers and threads (below
  // kThreads), in expand()'s order, and whether violation() was told of the
  // step to each. May throw std::bad_alloc.
  static constexpr size_t kThreads = 128;
  static constexpr unsigned kWorkers = 65535;
  void expanded(unsigned w, uint32_t state, const uint32_t* to, const int16_t* tid, const uint8_t* violated, size_t n);
  // A violation (by explore_key) on the step of `state`'s successor `succ`,
  // or at `state` itself, terminal, when succ is kTerminal; in the order
  // they were met on that step.
  static constexpr uint32_t kTerminal = UINT32_MAX;
  void violation(unsigned w, uint32_t state, uint32_t succ, const std::string& key);

  // Every violation recorded, in the order breadth first from state 0 meets
  // them, each with the schedule it meets it by (a thread per step);
  // `states`: how many states that went through before it had met them all.
  // Nothing when a state reached was never expanded (a search that did not
  // finish).
  struct Met {
    std::string key;
    std::vector<int> schedule;
    bool terminal = false;  // met where the schedule ends, not on its last step
  };
  std::optional<std::vector<Met>> shortest(size_t& states) const;

  // Bytes held (the steps, the states' entries, the violations).
  size_t bytes() const { return bytes_.load(std::memory_order_relaxed); }

 private:
#pragma pack(push, 1)
  struct Step {
    uint32_t to;
    uint8_t tid;  // | kViolated: violation() has the step
  };
#pragma pack(pop)
  struct Seen {
    uint32_t state, succ, key;
    bool operator<(const Seen& o) const;  // by state, then step (not by key)
  };
  // A block at a time: a vector's doublings copied it whole and held up to
  // twice what it used (four-dma-devices, 4.5 M steps). A state's steps
  // are written together and read together, so they go in one block (a
  // new one when the last has no room for them all, its end left unused:
  // at most kThreads - 1 steps of kBlock): written with one check, read
  // through one pointer (a step at a time through a chunked vector was 130
  // instructions a state each way on the exit race).
  static constexpr unsigned kBlockBits = 12;
  static constexpr size_t kBlock = size_t(1) << kBlockBits;
  static_assert(kBlock >= 4 * kThreads);
  struct alignas(64) Worker {
    std::vector<std::unique_ptr<Step[]>> blocks;
    size_t used = kBlock;  // of the last block
    std::vector<Seen> seen;
    uint32_t ids = 0;  // past the highest state number it expanded
  };
  static constexpr uint8_t kViolated = 0x80;
  // 4,096 states a segment (32 KB): one of 65,536 was half a megabyte
  // zeroed, 128 pages faulted in, for a search of 28 K states.
  static constexpr unsigned kSegmentBits = 12;
  // Where state s's steps are: (offset << 24) | ((worker + 1) << 8) | count,
  // the offset a block's number and the place in it (kBlockBits)
  // (below kThreads; workers up to --jobs' 1024), in segments made as the
  // numbers reach them; 0 while not expanded (a terminal state has count 0
  // and worker + 1 in its bits).
  uint64_t where(uint32_t s) const;

  std::vector<std::atomic<uint64_t*>> segments_;
  std::vector<Worker> workers_;
  std::mutex keys_mu_;
  std::vector<std::string> keys_;
  std::atomic<size_t> bytes_{0};
};

}  // namespace svm
