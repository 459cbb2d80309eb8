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
  // fs/open.c. v0: device; v1: name slot; v2: fd; v3: file
  t.def({FnId::do_sys_open,
         "fs/open.c",
         Origin::Kernel,
         {},
         {
             {"fd = get_unused_fd_flags(flags);",
              [](Ctx& c) {
                int32_t fd = 3;  // 0-2: stdin, stdout, stderr
                const Files& f = c.files(c.self_task().files.idx);
                while (f.lookup(fd)) ++fd;
                c.v(2) = fd;
                return c.next();
              }},
             {"struct file *f = do_filp_open(dfd, tmp, &op);",
              [](Ctx& c) { return c.call(FnId::do_filp_open, {c.arg(0)}); }},
             {"fsnotify_open(f); fd_install(fd, f); return fd;",
              [](Ctx& c) {
                c.v(3) = c.View::thread().ret;
                return c.call(FnId::fd_install, {c.arg(2), c.arg(3), c.arg(1)});
              }},
         }});

  // fs/namei.c. v0: device; v1: file
  t.def({FnId::do_filp_open,
         "fs/namei.c",
         Origin::Kernel,
         {},
         {
             {"file = get_empty_filp();  /* f_count = 1 */",
              [](Ctx& c) {
                const uint32_t f = c.new_file();
                c.k().files[f - 1].device = ObjId{Kind::Device, static_cast<uint32_t>(c.arg(0))};
                c.hold(ObjId{Kind::File, f}, Ctr::FCount);
                c.v(1) = f;
                return c.next();
              }},
             {"do_dentry_open(): f->f_op = fops_get(inode->i_fop); chrdev_open(): filp->f_op->open(inode, filp);",
              [](Ctx& c) { return c.call(FnId::accel_open, {c.arg(1)}); }},
             {"return file;", [](Ctx& c) { return c.ret(c.arg(1)); }},
         }});

  // fs/file.c. v0: fd; v1: file; v2: name slot
  t.def({FnId::fd_install,
         "fs/file.c",
         Origin::Kernel,
         {},
         {{"rcu_assign_pointer(fdt->fd[fd], file);",
           [](Ctx& c) {
             Files& f = c.files(c.self_task().files.idx);
             f.fdt.emplace_back(static_cast<int32_t>(c.arg(0)), ObjId{Kind::File, static_cast<uint32_t>(c.arg(1))});
             std::sort(f.fdt.begin(), f.fdt.end());
             c.keep(ObjId{Kind::File, static_cast<uint32_t>(c.arg(1))}, Ctr::FCount);  // the fd holds it now
             auto& vars = c.thread().vars;
             if (c.arg(2) >= 0 && static_cast<size_t>(c.arg(2)) < vars.size()) vars[c.arg(2)] = static_cast<int32_t>(c.arg(0));
             c.say(txt(N_("fd %1 now refers to file#%2."), c.arg(0), c.arg(1)));
             return c.ret(c.arg(0));
           }}}});

  // fs/ioctl.c. v0: fd; v1: cmd; v2: arg (flags)
  t.def({FnId::do_vfs_ioctl,
         "fs/ioctl.c",
         Origin::Kernel,
         {},
         {{"f = fdget(fd);  /* the fd table is not shared: no reference taken */ error = vfs_ioctl(f.file, cmd, "
           "arg): f.file->f_op->unlocked_ioctl(filp, cmd, arg);",
           [](Ctx& c) {
             const ObjId f = c.files(c.self_task().files.idx).lookup(static_cast<int32_t>(c.arg(0)));
             if (!f) return c.ret(-kEBADF);
             return c.call_ret(FnId::accel_ioctl, {f.idx, c.arg(1), c.arg(2)});
           }}}});

  // fs/open.c SYSCALL_DEFINE1(close). v0: fd
  t.def({FnId::sys_close,
         "fs/open.c",
         Origin::Kernel,
         {},
         {{"int retval = __close_fd(current->files, fd);",
           [](Ctx& c) { return c.call_ret(FnId::__close_fd, {c.self_task().files.idx, c.arg(0)}); }}}});

  // fs/file.c. v0: files; v1: fd; v2: file
  t.def({FnId::__close_fd,
         "fs/file.c",
         Origin::Kernel,
         {},
         {
             {"spin_lock(&files->file_lock); file = fdt->fd[fd]; if (!file) goto out_unlock; "
              "rcu_assign_pointer(fdt->fd[fd], NULL); __put_unused_fd(files, fd); spin_unlock(&files->file_lock);",
              [](Ctx& c) {
                Files& f = c.files(c.arg(0));
                const ObjId file = f.lookup(static_cast<int32_t>(c.arg(1)));
                if (!file) return c.ret(-kEBADF);
                f.fdt.erase(std::remove_if(f.fdt.begin(), f.fdt.end(), [&](const auto& e) { return e.first == c.arg(1); }),
                            f.fdt.end());
                c.hold(file, Ctr::FCount);  // the fd's reference, until filp_close() fput()s it
                c.v(2) = file.idx;
                return c.next();
              }},
             {"return filp_close(file, files);", [](Ctx& c) { return c.call_ret(FnId::filp_close, {c.arg(2)}); }},
         }});

  // fs/open.c. v0: file
  t.def({FnId::filp_close,
         "fs/open.c",
         Origin::Kernel,
         {},
         {
             {"if (!file_count(filp)) { printk(KERN_ERR \"VFS: Close: file count is 0\\n\"); return 0; }",
              [](Ctx& c) { return c.file(c.arg(0)).count > 0 ? c.next() : c.ret(0); }},
             {"if (filp->f_op->flush) retval = filp->f_op->flush(filp, id); dnotify_flush(filp, id); "
              "locks_remove_posix(filp, id);"},
             {"fput(filp); return retval;", [](Ctx& c) { return c.call_ret(FnId::fput, {c.arg(0)}); }},
         }});

  // fs/file_table.c. v0: file
  t.def({FnId::fput,
         "fs/file_table.c",
         Origin::Kernel,
         {},
         {
             {"if (atomic_long_dec_and_test(&file->f_count)) {",
              [](Ctx& c) {
                const uint32_t f = c.arg(0);
                if (!c.dec_and_test(ObjId{Kind::File, f}, c.file(f).count, "f_count")) {
                  c.say(txt(N_("f_count drops to %1: someone still holds the file."), c.file(f).count));
                  return c.ret();
                }
                c.file(f).final_put = true;
                return c.next();
              }},
             {"struct task_struct *task = current; if (likely(!in_interrupt() && !(task->flags & PF_KTHREAD))) { "
              "init_task_work(&file->f_u.fu_rcuhead, ____fput); if (!task_work_add(task, &file->f_u.fu_rcuhead, "
              "true)) return; }",
              [](Ctx& c) {
                Task& me = c.self_task();
                if (me.kthread || me.task_works_exited) return c.next();
                me.task_works.push_back(ObjId{Kind::File, static_cast<uint32_t>(c.arg(0))});
                c.say(N_("Last reference gone: the final __fput() is queued as task work, to run on the way back to "
                         "user space (or in exit_task_work())."));
                return c.ret();
              }},
             {"if (llist_add(&file->f_u.fu_llist, &delayed_fput_list)) schedule_delayed_work(&delayed_fput_work, 1);",
              [](Ctx& c) {
                c.k().delayed_fput_list.push_back(ObjId{Kind::File, static_cast<uint32_t>(c.arg(0))});
                c.say(N_("Last reference dropped by a kernel thread: __fput() goes to the delayed_fput work."));
                return c.ret();
              }},
         }});

  // fs/file_table.c. v0: file
  t.def({FnId::____fput,
         "fs/file_table.c",
         Origin::Kernel,
         {},
         {{"__fput(container_of(work, struct file, f_u.fu_rcuhead));",
           [](Ctx& c) { return c.call_ret(FnId::__fput, {c.arg(0)}); }}}});

  t.def({FnId::__fput,
         "fs/file_table.c",
         Origin::Kernel,
         {},
         {
             {"might_sleep(); fsnotify_close(file); eventpoll_release(file); locks_remove_file(file);",
              [](Ctx& c) {
                (void)c.file(c.arg(0));
                return c.next();
              }},
             {"if (file->f_op->release) file->f_op->release(inode, file);",
              [](Ctx& c) {
                if (!c.file(c.arg(0)).has_ctx) return c.next();
                return c.call(FnId::accel_release, {c.arg(0)});
              }},
             {"security_file_free(file); cdev_put(inode->i_cdev); fops_put(file->f_op); put_pid(file->f_owner.pid);"},
             {"file_free(file);  /* call_rcu(&f->f_u.fu_rcuhead, file_free_rcu) */",
              [](Ctx& c) {
                c.free_file(c.arg(0));
                c.say(N_("The struct file is freed."));
                return c.next();
              }},
         }});

  // fs/file_table.c, run by a kworker.
  t.def({FnId::delayed_fput,
         "fs/file_table.c",
         Origin::Kernel,
         {},
         {
             {"struct llist_node *node = llist_del_all(&delayed_fput_list); for (; node; node = next) {",
              [](Ctx& c) {
                auto& list = c.k().delayed_fput_list;
                if (list.empty()) return c.ret();
                c.v(0) = list.front().idx;
                list.erase(list.begin());
                return c.next();
              },
              nullptr, nullptr, "loop"},
             {"__fput(llist_entry(node, struct file, f_u.fu_llist)); }",
              [](Ctx& c) { return c.call_then(FnId::__fput, {c.arg(0)}, "loop"); }},
         }});

  // kernel/task_work.c. v0: the work being run
  t.def({FnId::task_work_run,
         "kernel/task_work.c",
         Origin::Kernel,
         {},
         {
             {"do { work = READ_ONCE(task->task_works); head = !work && (task->flags & PF_EXITING) ? &work_exited : "
              "NULL; } while (cmpxchg(&task->task_works, work, head) != work); if (!work) break;",
              [](Ctx& c) {
                Task& me = c.self_task();
                if (me.task_works.empty()) {
                  if (me.state != TaskState::Running) me.task_works_exited = true;
                  return c.ret();
                }
                c.v(0) = me.task_works.front().idx;
                me.task_works.erase(me.task_works.begin());
                return c.next();
              },
              nullptr, nullptr, "again"},
             {"work->func(work);  /* ____fput */", [](Ctx& c) { return c.call(FnId::____fput, {c.arg(0)}); }},
             {"cond_resched();", [](Ctx& c) { return c.go("again"); }},
         }});

  // arch/x86/entry/common.c
  t.def({FnId::exit_to_usermode_loop,
         "arch/x86/entry/common.c",
         Origin::Kernel,
         {},
         {{"if (cached_flags & _TIF_NOTIFY_RESUME) { clear_thread_flag(TIF_NOTIFY_RESUME); "
           "tracehook_notify_resume(regs): task_work_run(); }",
           [](Ctx& c) { return c.call_ret(FnId::task_work_run); }}}});

  // fs/file.c, beside put_files_struct() (not kernel/exit.c). v0: files
  t.def({FnId::exit_files,
         "fs/file.c",
         Origin::Kernel,
         Milestone::ExitFiles,
         {
             {"struct files_struct *files = tsk->files; if (files) { task_lock(tsk); tsk->files = NULL; "
              "task_unlock(tsk);",
              [](Ctx& c) {
                c.v(0) = c.self_task().files.idx;
                c.self_task().files = {};
                if (c.arg(0)) c.hold(ObjId{Kind::Files, static_cast<uint32_t>(c.arg(0))}, Ctr::FilesCount);
                return c.arg(0) ? c.next() : c.ret();
              }},
             {"put_files_struct(files); }", [](Ctx& c) { return c.call(FnId::put_files_struct, {c.arg(0)}); }},
         }});

  // fs/file.c. v0: files
  t.def({FnId::put_files_struct,
         "fs/file.c",
         Origin::Kernel,
         {},
         {
             {"if (atomic_dec_and_test(&files->count)) {",
              [](Ctx& c) {
                const uint32_t f = c.arg(0);
                return c.dec_and_test(ObjId{Kind::Files, f}, c.files(f).count, "count") ? c.next() : c.ret();
              }},
             {"struct fdtable *fdt = rcu_dereference_raw(files->fdt); close_files(files);",
              [](Ctx& c) { return c.call(FnId::close_files, {c.arg(0)}); }},
             {"__free_fdtable(fdt); kmem_cache_free(files_cachep, files); }",
              [](Ctx& c) {
                c.free_files(c.arg(0));
                return c.next();
              }},
         }});

  // fs/file.c. v0: files; v1: file
  t.def({FnId::close_files,
         "fs/file.c",
         Origin::Kernel,
         {},
         {
             {"for (;;) { ... struct file * file = xchg(&fdt->fd[i], NULL);",
              [](Ctx& c) {
                Files& f = c.files(c.arg(0));
                if (f.fdt.empty()) return c.ret();
                c.v(1) = f.fdt.front().second.idx;
                c.hold(f.fdt.front().second, Ctr::FCount);  // the fd's, until filp_close() fput()s it
                f.fdt.erase(f.fdt.begin());
                return c.next();
              },
              nullptr, nullptr, "loop"},
             {"if (file) { filp_close(file, files);", [](Ctx& c) { return c.call(FnId::filp_close, {c.arg(1)}); }},
             {"cond_resched_rcu_qs(); } }", [](Ctx& c) { return c.go("loop"); }},
         }});
}

}  // namespace svm
