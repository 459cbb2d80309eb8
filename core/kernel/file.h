#pragma once
// struct file, struct files_struct, and the per-open state of the modeled
// SVM device driver (file->private_data).
//
// Glossary: f_count counts references to an open file: each fd that points
// to it, each VMA that maps it (vm_file), each in-flight user. fput() drops
// one; at 0 the final __fput() is deferred (task_work, or delayed_fput from a
// kernel thread) and calls f_op->release(): for our driver, the unbind.

#include <cstdint>
#include <utility>
#include <vector>

#include "core/base/hash.h"
#include "core/base/ids.h"
#include "core/base/pool_allocator.h"
#include "core/mem/physmem.h"

namespace svm {

// What the modeled driver keeps per open file (its "ctx").
struct AccelCtx {
  ObjId device;
  int32_t pasid = -1;  // PASID returned by intel_svm_bind_mm, -1 when unbound
  bool supervisor = false;
  bool unbinding = false;  // its intel_svm_dev user was handed to intel_svm_unbind_mm()
  bool operator==(const AccelCtx&) const = default;
  friend void hash_append(Hasher& h, const AccelCtx& c) { h(c.device, c.pasid, c.supervisor, c.unbinding); }
};

struct File {
  int32_t count = 1;       // f_count
  ObjId device;            // the character device this file opened
  bool has_ctx = false;    // private_data set by accel_open
  AccelCtx ctx;            // *private_data
  bool final_put = false;  // f_count hit 0 and __fput is queued or running
  bool alive = true;
  Culprit freed_by;

  bool operator==(const File&) const = default;
  friend void hash_append(Hasher& h, const File& f) {
    h(f.count, f.device, f.has_ctx, f.ctx, f.final_put, f.alive, f.freed_by);
  }
};

// files_struct with its fd table.
struct Files {
  int32_t count = 1;
  PoolVector<std::pair<int32_t, ObjId>> fdt;  // fd -> file, sorted by fd
  bool alive = true;
  Culprit freed_by;

  ObjId lookup(int32_t fd) const {
    for (const auto& [n, f] : fdt)
      if (n == fd) return f;
    return {};
  }
  bool operator==(const Files&) const = default;
  friend void hash_append(Hasher& h, const Files& f) { h(f.count, f.fdt, f.alive, f.freed_by); }
};

}  // namespace svm
