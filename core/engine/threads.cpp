// The bodies of the engine's threads: user space running the scenario's
// script (each action a system call or a CPU access), a device running its
// DMA script, the page-request interrupt thread, the kworker that runs
// delayed_fput, and the IOMMU's invalidation-queue engine.

#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/iommu/invalidate.h"
#include "core/kernel/pgtable_ops.h"
#include "core/mem/pgtable.h"

namespace svm {

namespace {

constexpr int64_t kAccelBind = 1, kAccelUnbind = 2;
constexpr int64_t kProtWrite = 1, kMapShared = 2;
constexpr int64_t kSIGSEGV = 11;

const std::vector<Action>& actions_of(const View& v) {
  const ThreadSpec& ts = v.cfg().threads[v.tid()];
  return ts.kind == ThreadKind::Process ? v.scenario().processes[ts.index].actions
                                        : v.scenario().devices[ts.index].actions;
}

// The scenario's "after": the action waits until another thread has done a
// labelled action or reached a milestone.
Wait after_guard(const View& v) {
  const ThreadSpec& ts = v.cfg().threads[v.tid()];
  const Thread& me = v.thread();
  if (me.action >= ts.after.size()) return {};
  const AfterRef& r = ts.after[me.action];
  if (r.thread < 0) return {};
  if (v.happened(r)) return {};
  return {Wait::Kind::After, N_("\"after\" in the scenario"), {}, r.thread};
}

int32_t fd_of(Ctx& c, const Action&) {
  const int slot = c.cfg().threads[c.tid()].fd_slot[c.View::thread().action - 1];
  const auto& vars = c.View::thread().vars;
  return slot >= 0 && static_cast<size_t>(slot) < vars.size() ? vars[slot] : -1;
}

std::string hexs(uint64_t v) { return hex(v); }

// The CPU's access through the MMU: present and permitted, or a page fault.
bool cpu_access_ok(Ctx& c, uint64_t va, bool write) {
  const Mm& mm = c.mm(c.self_task().mm.idx);
  // The tables under mm->pgd are all this mm's: reaching the pgd reaches them.
  const PhysMem& mem = c.frame_r(mm.pgd);
  auto p = pte_lookup(mem, mm.pgd, va);
  if (!p) return false;
  const uint64_t e = mem.read(*p);
  if (!(e & pte::P) || !(e & pte::US) || (write && !(e & pte::RW))) return false;
  c.frame(to_pfn(*p)).write(*p, e | pte::A | (write ? pte::D : 0));
  return true;
}

}  // namespace

void define_threads(FnTable& t) {
  {
    // A process's user space: the one access it makes itself (a touch).
    static constexpr Slot<uint64_t> addr{0};
    static constexpr Slot<bool> write{1};
    t.def({FnId::user_main,
           N_("user space"),
           Origin::Scenario,
           {},
           {
               {.text = "/* next action of the script */",
                .body = [](Ctx& c) {
                  const auto& acts = actions_of(c);
                  Thread& me = c.thread();
                  if (me.action >= acts.size()) {
                    c.text("return from main(): exit_group(0) -> do_exit(0)");
                    ++me.action;
                    return c.call(FnId::do_exit);
                  }
                  const Action& a = acts[me.action++];
                  const DeviceSpec* dev = nullptr;
                  switch (a.type) {
                    case ActionType::Open: {
                      int d = 0;
                      for (; d < static_cast<int>(c.scenario().devices.size()); ++d)
                        if (c.scenario().devices[d].name == a.device) break;
                      dev = &c.scenario().devices[d];
                      c.text([&] { return "fd = open(\"/dev/" + dev->name + "\", O_RDWR);"; });
                      return c.call(FnId::do_sys_open,
                                    {DeviceRef{static_cast<uint32_t>(d + 1)}, c.cfg().threads[c.tid()].fd_slot[me.action - 1]});
                    }
                    case ActionType::Bind:
                      c.text([&] {
                        return "ioctl(fd " + std::to_string(fd_of(c, a)) + ", ACCEL_BIND_PASID" +
                               (a.supervisor ? ", SVM_FLAG_SUPERVISOR_MODE" : "") + ");";
                      });
                      return c.call(FnId::do_vfs_ioctl,
                                    {fd_of(c, a), kAccelBind, a.supervisor ? int64_t(SVM_FLAG_SUPERVISOR_MODE) : 0});
                    case ActionType::Unbind:
                      c.text([&] { return "ioctl(fd " + std::to_string(fd_of(c, a)) + ", ACCEL_UNBIND_PASID);"; });
                      return c.call(FnId::do_vfs_ioctl, {fd_of(c, a), kAccelUnbind, 0});
                    case ActionType::Mmap:
                      c.text([&] {
                        return "mmap(" + hexs(a.addr) + ", " + std::to_string(a.pages * kPageSize) +
                               ", PROT_READ|PROT_WRITE, MAP_SHARED|MAP_FIXED, fd " + std::to_string(fd_of(c, a)) + ", 0);";
                      });
                      return c.call(FnId::sys_mmap_pgoff, {fd_of(c, a), static_cast<int64_t>(a.addr),
                                                           static_cast<int64_t>(a.pages * kPageSize), kProtWrite | kMapShared});
                    case ActionType::MmapAnon:
                      c.text([&] {
                        return "mmap(" + hexs(a.addr) + ", " + std::to_string(a.pages * kPageSize) +
                               ", PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED, -1, 0);";
                      });
                      return c.call(FnId::sys_mmap_pgoff, {-1, static_cast<int64_t>(a.addr),
                                                           static_cast<int64_t>(a.pages * kPageSize), kProtWrite});
                    case ActionType::Munmap:
                      c.text([&] {
                        return "munmap(" + hexs(a.addr) + ", " + std::to_string(a.pages * kPageSize) + ");";
                      });
                      return c.call(FnId::vm_munmap, {static_cast<int64_t>(a.addr), static_cast<int64_t>(a.pages * kPageSize)});
                    case ActionType::Touch:
                      c.set(addr, a.addr);
                      c.set(write, a.write);
                      c.text([&] {
                        return std::string(a.write ? "*(volatile char *)" + hexs(a.addr) + " = 1;"
                                                   : "(void)*(volatile char *)" + hexs(a.addr) + ";") +
                               "  /* the CPU's MMU walks mm->pgd */";
                      });
                      return c.go("touch");
                    case ActionType::Close:
                      c.text([&] { return "close(" + std::to_string(fd_of(c, a)) + ");"; });
                      return c.call(FnId::sys_close, {fd_of(c, a)});
                    case ActionType::Fork: {
                      int child = 0;
                      for (; child < static_cast<int>(c.scenario().processes.size()); ++child)
                        if (c.scenario().processes[child].name == a.child) break;
                      c.text([&] { return "fork();  /* child: " + a.child + " */"; });
                      return c.call(FnId::_do_fork, {child});
                    }
                    case ActionType::Exit:
                      c.text("exit(0) -> do_group_exit() -> do_exit(0)");
                      return c.call(FnId::do_exit);
                    default:
                      c.text("/* wait */");
                      return c.go("ret");
                  }
                },
                .guard = after_guard,
                .label = "next",
                .guard_monotone = true},
               {.text = "return to user space: exit_to_usermode_loop()",
                .body = [](Ctx& c) {
                  c.set_done(c.View::thread().action);
                  if (c.self_task().task_works.empty()) return c.go("next");
                  return c.call_then(FnId::exit_to_usermode_loop, {}, "next");
                },
                .label = "ret"},
               {.text = "/* access */",
                .body = [](Ctx& c) {
                  if (cpu_access_ok(c, c[addr], c[write])) {
                    c.say(N_("The access goes through the CPU's page tables."));
                    return c.go("ret");
                  }
                  c.text([&] { return "page fault: do_page_fault(regs, error_code) at " + hexs(c[addr]); });
                  return c.call(FnId::__do_page_fault, {c[addr], c[write]});
                },
                .label = "touch"},
               {"/* the faulting instruction is retried */",
                [](Ctx& c) {
                  if (c.callee_ret() == -kSIGSEGV) {
                    c.text("SIGSEGV: the signal kills the process -> do_exit(SIGSEGV)");
                    return c.call(FnId::do_exit);
                  }
                  cpu_access_ok(c, c[addr], c[write]);
                  return c.go("ret");
                }},
           }});
  }

  // A device's DMA engine, following its script.
  t.def({FnId::device_main,
         N_("device"),
         Origin::Hardware,
         {},
         {
             {.text = "/* next transfer of the device's script */",
              .body = [](Ctx& c) {
                const auto& acts = actions_of(c);
                Thread& me = c.thread();
                if (me.action >= acts.size()) return c.stop();
                const Action& a = acts[me.action++];
                switch (a.type) {
                  case ActionType::DmaRead:
                  case ActionType::DmaWrite: {
                    const bool w = a.type == ActionType::DmaWrite;
                    c.text([&] {
                      return std::string(w ? "DMA write " : "DMA read ") + hexs(a.addr) +
                             (a.pages > 1 ? " (" + std::to_string(a.pages) + " pages)" : std::string()) +
                             (a.pasid ? ", PASID " + std::to_string(*a.pasid) : std::string()) +
                             (a.supervisor ? ", privileged" : "");
                    });
                    return c.call(FnId::dev_dma, {static_cast<int64_t>(a.addr), static_cast<int64_t>(a.pages),
                                                  (w ? 1 : 0) | (a.supervisor ? 2 : 0), a.pasid ? int64_t(*a.pasid) : -1});
                  }
                  case ActionType::PageRequest:
                    c.text([&] {
                      return "page request for " + hexs(a.addr) + (a.write ? " (write)" : " (read)") +
                             (a.pasid ? ", PASID " + std::to_string(*a.pasid) : std::string()) + ", without ATS first";
                    });
                    return c.call(FnId::dev_dma, {static_cast<int64_t>(a.addr), 1, (a.write ? 1 : 0) | 4,
                                                  a.pasid ? int64_t(*a.pasid) : -1});
                  case ActionType::Quiesce:
                    c.text("quiesce: stop issuing requests, wait for outstanding page responses");
                    return c.go("quiesce");
                  default:
                    c.text("/* wait */");
                    return c.go("done");
                }
              },
              .guard = after_guard,
              .label = "next",
              .guard_monotone = true},
             {.text = "/* transfer done */",
              .body = [](Ctx& c) {
                c.set_done(c.View::thread().action);
                return c.go("next");
              },
              .label = "done"},
             {.text = "/* drained: the device is idle */",
              .body = [](Ctx& c) {
                c.dev(c.cfg().threads[c.tid()].index).stopped = true;
                return c.go("done");
              },
              .guard = [](const View& v) -> Wait {
                const int d = v.cfg().threads[v.tid()].index;
                if (v.devr(d).outstanding.empty()) return {};
                return {Wait::Kind::Event, N_("outstanding page responses"), {}, v.cfg().prq_thread()};
              },
              .label = "quiesce"},
         }});

  // kernel/irq/manage.c: the threaded handler of the page-request interrupt.
  t.def({FnId::irq_thread,
         "kernel/irq/manage.c",
         Origin::Kernel,
         {},
         {
             {.text = "irq_wait_for_interrupt(action);  /* woken by the page request interrupt */",
              .body = [](Ctx& c) {
                c.hw().prq_irq_pending = false;
                return c.next();
              },
              .guard = [](const View& v) -> Wait {
                if (v.hwr().prq_irq_pending) return {};
                return {Wait::Kind::Event, N_("a page request interrupt")};
              },
              .label = "wait"},
             {"irq_thread_fn(desc, action): action->thread_fn(action->irq, action->dev_id);",
              [](Ctx& c) { return c.call_then(FnId::prq_event_thread, {}, "wait"); }},
         }});

  // kernel/workqueue.c: a kworker running delayed_fput_work.
  t.def({FnId::worker_thread,
         "kernel/workqueue.c",
         Origin::Kernel,
         {},
         {
             {.text = "worker_thread(): process_one_work(worker, work);  /* delayed_fput_work */",
              .body = [](Ctx& c) { return c.call_then(FnId::delayed_fput, {}, "wait"); },
              .guard = [](const View& v) -> Wait {
                if (!v.kr().delayed_fput_list.empty()) return {};
                return {Wait::Kind::Event, N_("work (delayed_fput)")};
              },
              .label = "wait"},
         }});

  // The IOMMU's invalidation-queue engine (hardware).
  t.def({FnId::iommu_main,
         N_("VT-d 2.x queued invalidation"),
         Origin::Hardware,
         {},
         {
             {.text = "fetch the descriptor at IQH, execute it, IQH += 1",
              .body = [](Ctx& c) {
                IommuState& hw = c.hw();
                const uint32_t idx = hw.iqh;
                const Desc d = hw.iq[idx];
                std::vector<DeviceSid> sids;
                for (size_t i = 0; i < c.scenario().devices.size(); ++i)
                  sids.push_back({c.scenario().devices[i].sid, static_cast<int>(i)});
                QiEffect effect = QiEffect::kChanged;
                Text what = execute_descriptor(d, hw, c.devs(), sids, c.drv(), &effect);
                hw.iqh = (hw.iqh + 1) % static_cast<uint32_t>(hw.iq.size());
                c.queue_step(effect);
                c.text([&] { return "IQ[" + std::to_string(idx) + "]: " + qi::describe(d); });
                c.say([&] { return txt(N_("%1."), std::move(what)); });
                return c.go("wait");
              },
              .guard = [](const View& v) -> Wait {
                if (v.hwr().iqh != v.hwr().iqt) return {};
                return {Wait::Kind::Event, N_("descriptors (IQT != IQH)")};
              },
              .label = "wait",
              // Other threads only append descriptors (IQT moves on, never
              // back to IQH): once there is one, it stays until this runs.
              .guard_monotone = true},
         }});
}

}  // namespace svm
