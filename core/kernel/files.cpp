// The VFS side, v4.4: opening a file and closing it (fs/open.c, fs/file.c),
// the last reference (fs/file_table.c: fput -> ____fput/delayed_fput ->
// __fput -> f_op->release), and the task_work machinery that runs the final
// __fput on the way back to user space or in exit_task_work().

#include <algorithm>

#include "core/engine/ctx.h"
#include "core/engine/function.h"

namespace svm {

namespace {
constexpr int64_t kEBADF = 9;
}

void define_files(FnTable& t) {
  {
    // fs/open.c. Which device opens stands in for the filename; the script's
    // variable that receives the fd is passed along to fd_install().
    static constexpr Slot<DeviceRef> device{0};
    static constexpr Slot<int64_t> fd_var{1};
    static constexpr Slot<int32_t> fd{2};
    static constexpr Slot<FileRef> f{3};
    t.def({FnId::do_sys_open,
           "fs/open.c",
           Origin::Kernel,
           {},
           {
               {"fd = get_unused_fd_flags(flags);",
                [](Ctx& c) {
                  const Files& files = c.files(c.self_task().files.idx);
                  int32_t unused = 3;  // 0-2: stdin, stdout, stderr
                  while (files.lookup(unused)) ++unused;
                  c.set(fd, unused);
                  return c.next();
                }},
               {"struct file *f = do_filp_open(dfd, tmp, &op);",
                [](Ctx& c) { return c.call(FnId::do_filp_open, {c[device]}); }},
               {"fsnotify_open(f); fd_install(fd, f); return fd;",
                [](Ctx& c) {
                  c.set(f, c.callee_ret<FileRef>());
                  return c.call(FnId::fd_install, {c[fd], c[f], c[fd_var]});
                }},
           }});
  }

  {
    // fs/namei.c
    static constexpr Slot<DeviceRef> device{0};
    static constexpr Slot<FileRef> file{1};
    t.def({FnId::do_filp_open,
           "fs/namei.c",
           Origin::Kernel,
           {},
           {
               {"file = get_empty_filp();  /* f_count = 1 */",
                [](Ctx& c) {
                  c.set(file, FileRef{c.new_file()});
                  c.file(c[file]).device = c[device].id();
                  c.hold(c[file], Ctr::FCount);
                  return c.next();
                }},
               {"do_dentry_open(): f->f_op = fops_get(inode->i_fop); chrdev_open(): filp->f_op->open(inode, filp);",
                [](Ctx& c) { return c.call(FnId::accel_open, {c[file]}); }},
               {"return file;", [](Ctx& c) { return c.ret(c[file]); }},
           }});
  }

  {
    // fs/file.c
    static constexpr Slot<int32_t> fd{0};
    static constexpr Slot<FileRef> file{1};
    static constexpr Slot<int64_t> fd_var{2};  // the script's variable that names the fd, or -1
    t.def({FnId::fd_install,
           "fs/file.c",
           Origin::Kernel,
           {},
           {{"rcu_assign_pointer(fdt->fd[fd], file);",
             [](Ctx& c) {
               Files& f = c.files(c.self_task().files.idx);
               f.fdt.emplace_back(c[fd], c[file].id());
               std::sort(f.fdt.begin(), f.fdt.end());
               c.keep(c[file], Ctr::FCount);  // the fd holds it now
               auto& vars = c.thread().vars;
               if (c[fd_var] >= 0 && static_cast<size_t>(c[fd_var]) < vars.size()) vars[c[fd_var]] = c[fd];
               c.say([&] { return txt(N_("fd %1 now refers to file#%2."), c[fd], c[file].idx); });
               return c.ret(c[fd]);
             }}}});
  }

  {
    // fs/ioctl.c
    static constexpr Slot<int32_t> fd{0};
    static constexpr Slot<int64_t> cmd{1};
    static constexpr Slot<int64_t> arg{2};
    t.def({FnId::do_vfs_ioctl,
           "fs/ioctl.c",
           Origin::Kernel,
           {},
           {{"f = fdget(fd);  /* the fd table is not shared: no reference taken */ error = vfs_ioctl(f.file, cmd, "
             "arg): f.file->f_op->unlocked_ioctl(filp, cmd, arg);",
             [](Ctx& c) {
               const ObjId f = c.files(c.self_task().files.idx).lookup(c[fd]);
               if (!f) return c.ret(-kEBADF);
               return c.call_ret(FnId::accel_ioctl, {FileRef{f.idx}, c[cmd], c[arg]});
             }}}});
  }

  {
    // fs/open.c SYSCALL_DEFINE1(close, unsigned int, fd)
    static constexpr Slot<int32_t> fd{0};
    t.def({FnId::sys_close,
           "fs/open.c",
           Origin::Kernel,
           {},
           {{"int retval = __close_fd(current->files, fd);",
             [](Ctx& c) { return c.call_ret(FnId::__close_fd, {FilesRef{c.self_task().files.idx}, c[fd]}); }}}});
  }

  {
    // fs/file.c
    static constexpr Slot<FilesRef> files{0};
    static constexpr Slot<int32_t> fd{1};
    static constexpr Slot<FileRef> file{2};
    t.def({FnId::__close_fd,
           "fs/file.c",
           Origin::Kernel,
           {},
           {
               {"spin_lock(&files->file_lock); file = fdt->fd[fd]; if (!file) goto out_unlock; "
                "rcu_assign_pointer(fdt->fd[fd], NULL); __put_unused_fd(files, fd); spin_unlock(&files->file_lock);",
                [](Ctx& c) {
                  Files& fdt = c.files(c[files]);
                  const ObjId found = fdt.lookup(c[fd]);
                  if (!found) return c.ret(-kEBADF);
                  std::erase_if(fdt.fdt, [&](const auto& e) { return e.first == c[fd]; });
                  c.set(file, FileRef{found.idx});
                  c.hold(c[file], Ctr::FCount);  // the fd's reference, until filp_close() fput()s it
                  return c.next();
                }},
               {"return filp_close(file, files);", [](Ctx& c) { return c.call_ret(FnId::filp_close, {c[file]}); }},
           }});
  }

  {
    // fs/open.c
    static constexpr Slot<FileRef> filp{0};
    t.def({FnId::filp_close,
           "fs/open.c",
           Origin::Kernel,
           {},
           {
               {"if (!file_count(filp)) { printk(KERN_ERR \"VFS: Close: file count is 0\\n\"); return 0; }",
                [](Ctx& c) { return c.file(c[filp]).count > 0 ? c.next() : c.ret(0); }},
               {"if (filp->f_op->flush) retval = filp->f_op->flush(filp, id); dnotify_flush(filp, id); "
                "locks_remove_posix(filp, id);"},
               {"fput(filp); return retval;", [](Ctx& c) { return c.call_ret(FnId::fput, {c[filp]}); }},
           }});
  }

  {
    // fs/file_table.c
    static constexpr Slot<FileRef> file{0};
    t.def({FnId::fput,
           "fs/file_table.c",
           Origin::Kernel,
           {},
           {
               {"if (atomic_long_dec_and_test(&file->f_count)) {",
                [](Ctx& c) {
                  if (!c.dec_and_test(c[file].id(), c.file(c[file]).count, "f_count")) {
                    c.say([&] {
                      return txt(N_("f_count drops to %1: someone still holds the file."), c.file(c[file]).count);
                    });
                    return c.ret();
                  }
                  c.file(c[file]).final_put = true;
                  return c.next();
                }},
               {"struct task_struct *task = current; if (likely(!in_interrupt() && !(task->flags & PF_KTHREAD))) { "
                "init_task_work(&file->f_u.fu_rcuhead, ____fput); if (!task_work_add(task, &file->f_u.fu_rcuhead, "
                "true)) return; }",
                [](Ctx& c) {
                  Task& me = c.self_task();
                  if (me.kthread || me.task_works_exited) return c.next();
                  me.task_works.push_back(c[file].id());
                  c.say(N_("Last reference gone: the final __fput() is queued as task work, to run on the way back to "
                           "user space (or in exit_task_work())."));
                  return c.ret();
                }},
               {"if (llist_add(&file->f_u.fu_llist, &delayed_fput_list)) schedule_delayed_work(&delayed_fput_work, 1);",
                [](Ctx& c) {
                  c.k().delayed_fput_list.push_back(c[file].id());
                  c.say(N_("Last reference dropped by a kernel thread: __fput() goes to the delayed_fput work."));
                  return c.ret();
                }},
           }});
  }

  {
    // fs/file_table.c: the task work's callback, and the final put itself
    static constexpr Slot<FileRef> file{0};
    t.def({FnId::____fput,
           "fs/file_table.c",
           Origin::Kernel,
           {},
           {{"__fput(container_of(work, struct file, f_u.fu_rcuhead));",
             [](Ctx& c) { return c.call_ret(FnId::__fput, {c[file]}); }}}});

    t.def({FnId::__fput,
           "fs/file_table.c",
           Origin::Kernel,
           {},
           {
               {"might_sleep(); fsnotify_close(file); eventpoll_release(file); locks_remove_file(file);",
                [](Ctx& c) {
                  (void)c.file(c[file]);
                  return c.next();
                }},
               {"if (file->f_op->release) file->f_op->release(inode, file);",
                [](Ctx& c) {
                  if (!c.file(c[file]).has_ctx) return c.next();
                  return c.call(FnId::accel_release, {c[file]});
                }},
               {"security_file_free(file); cdev_put(inode->i_cdev); fops_put(file->f_op); put_pid(file->f_owner.pid);"},
               {"file_free(file);  /* call_rcu(&f->f_u.fu_rcuhead, file_free_rcu) */",
                [](Ctx& c) {
                  c.free_file(c[file].idx);
                  c.say(N_("The struct file is freed."));
                  return c.next();
                }},
           }});
  }

  {
    // fs/file_table.c, run by a kworker
    static constexpr Slot<FileRef> file{0};  // llist_entry(node, struct file, f_u.fu_llist)
    t.def({FnId::delayed_fput,
           "fs/file_table.c",
           Origin::Kernel,
           {},
           {
               {.text = "struct llist_node *node = llist_del_all(&delayed_fput_list); for (; node; node = next) {",
                .body = [](Ctx& c) {
                  auto& list = c.k().delayed_fput_list;
                  if (list.empty()) return c.ret();
                  c.set(file, FileRef{list.front().idx});
                  list.erase(list.begin());
                  return c.next();
                },
                .label = "loop"},
               {"__fput(llist_entry(node, struct file, f_u.fu_llist)); }",
                [](Ctx& c) { return c.call_then(FnId::__fput, {c[file]}, "loop"); }},
           }});
  }

  {
    // kernel/task_work.c. The only work the model queues is ____fput(file).
    static constexpr Slot<FileRef> work{0};
    t.def({FnId::task_work_run,
           "kernel/task_work.c",
           Origin::Kernel,
           {},
           {
               {.text = "do { work = READ_ONCE(task->task_works); head = !work && (task->flags & PF_EXITING) ? "
                        "&work_exited : NULL; } while (cmpxchg(&task->task_works, work, head) != work); if (!work) break;",
                .body = [](Ctx& c) {
                  Task& me = c.self_task();
                  if (me.task_works.empty()) {
                    if (me.state != TaskState::Running) me.task_works_exited = true;
                    return c.ret();
                  }
                  c.set(work, FileRef{me.task_works.front().idx});
                  me.task_works.erase(me.task_works.begin());
                  return c.next();
                },
                .label = "again"},
               {"work->func(work);  /* ____fput */", [](Ctx& c) { return c.call(FnId::____fput, {c[work]}); }},
               {"cond_resched();", [](Ctx& c) { return c.go("again"); }},
           }});
  }

  // arch/x86/entry/common.c
  t.def({FnId::exit_to_usermode_loop,
         "arch/x86/entry/common.c",
         Origin::Kernel,
         {},
         {{"if (cached_flags & _TIF_NOTIFY_RESUME) { clear_thread_flag(TIF_NOTIFY_RESUME); "
           "tracehook_notify_resume(regs): task_work_run(); }",
           [](Ctx& c) { return c.call_ret(FnId::task_work_run); }}}});

  {
    // fs/file.c, beside put_files_struct() (not kernel/exit.c)
    static constexpr Slot<FilesRef> files{0};
    t.def({FnId::exit_files,
           "fs/file.c",
           Origin::Kernel,
           Milestone::ExitFiles,
           {
               {"struct files_struct *files = tsk->files; if (files) { task_lock(tsk); tsk->files = NULL; "
                "task_unlock(tsk);",
                [](Ctx& c) {
                  c.set(files, FilesRef{c.self_task().files.idx});
                  c.self_task().files = {};
                  if (!c[files]) return c.ret();
                  c.hold(c[files], Ctr::FilesCount);
                  return c.next();
                }},
               {"put_files_struct(files); }", [](Ctx& c) { return c.call(FnId::put_files_struct, {c[files]}); }},
           }});
  }

  {
    // fs/file.c
    static constexpr Slot<FilesRef> files{0};
    t.def({FnId::put_files_struct,
           "fs/file.c",
           Origin::Kernel,
           {},
           {
               {"if (atomic_dec_and_test(&files->count)) {",
                [](Ctx& c) {
                  return c.dec_and_test(c[files].id(), c.files(c[files]).count, "count") ? c.next() : c.ret();
                }},
               {"struct fdtable *fdt = rcu_dereference_raw(files->fdt); close_files(files);",
                [](Ctx& c) { return c.call(FnId::close_files, {c[files]}); }},
               {"__free_fdtable(fdt); kmem_cache_free(files_cachep, files); }",
                [](Ctx& c) {
                  c.free_files(c[files].idx);
                  return c.next();
                }},
           }});
  }

  {
    // fs/file.c
    static constexpr Slot<FilesRef> files{0};
    static constexpr Slot<FileRef> file{1};
    t.def({FnId::close_files,
           "fs/file.c",
           Origin::Kernel,
           {},
           {
               {.text = "for (;;) { ... struct file * file = xchg(&fdt->fd[i], NULL);",
                .body = [](Ctx& c) {
                  Files& f = c.files(c[files]);
                  if (f.fdt.empty()) return c.ret();
                  c.set(file, FileRef{f.fdt.front().second.idx});
                  c.hold(c[file], Ctr::FCount);  // the fd's, until filp_close() fput()s it
                  f.fdt.erase(f.fdt.begin());
                  return c.next();
                },
                .label = "loop"},
               {"if (file) { filp_close(file, files);", [](Ctx& c) { return c.call(FnId::filp_close, {c[file]}); }},
               {"cond_resched_rcu_qs(); } }", [](Ctx& c) { return c.go("loop"); }},
           }});
  }
}

}  // namespace svm
