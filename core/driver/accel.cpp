// The device driver, drivers/misc/svm_accel.c: MODELED. No mainline driver of
// 2016 both bound a PASID and let its fd be mmap()ed (the case in the seed
// mail was an out-of-tree device). This one does what such a driver does:
// open allocates a context, an ioctl binds the caller's mm to the device with
// intel_svm_bind_mm() and programs the PASID into the device, mmap maps the
// device's doorbell page, release quiesces the device and unbinds.

#include "core/driver/accel_ctx.h"
#include "core/engine/ctx.h"
#include "core/engine/function.h"
#include "core/engine/slot.h"

namespace svm {

namespace {
// wait_event(ctx->drained, ...) for the context of the file in slot `file`.
template <Slot<FileRef> file>
Wait device_drained(const View& v) {
  const int d = static_cast<int>(v.file_r(v[file]).ctx.device.idx) - 1;
  if (v.devr(d).outstanding.empty() && !v.devr(d).busy) return {};
  return {Wait::Kind::Event, N_("the device to go idle (no transfer, no page request outstanding)"),
          ObjId{Kind::Device, uint32_t(d + 1)}, v.cfg().device_thread(d)};
}

}  // namespace

void hand_over_binding(Ctx& c, FileRef file) {
  File& f = c.file(file);
  if (f.ctx.pasid < 0) return;
  const ObjId svm = c.drvr().idr_find(static_cast<uint32_t>(f.ctx.pasid));
  if (!svm) return;
  for (ObjId sd : c.svm_r(svm.idx).devs)
    if (c.sdev_r(sd.idx).device == f.ctx.device) {
      f.ctx.unbinding = true;
      c.hold(sd, Ctr::SdevUsers);
      return;
    }
}

Outcome program_device(Ctx& c, FileRef file) {
  const int64_t ret = c.callee_ret();
  if (ret) return c.ret(ret);
  const File& f = c.file(file);
  DeviceState& d = c.dev_registers(static_cast<int>(f.ctx.device.idx) - 1);
  d.pasid = static_cast<uint32_t>(f.ctx.pasid);
  d.pasid_valid = true;
  d.stopped = false;
  c.say([&] { return txt(N_("The device is told its PASID (%1) and started."), f.ctx.pasid); });
  return c.ret(0);
}

// ioctl commands of the modeled driver
inline constexpr int64_t kAccelBind = 1;
inline constexpr int64_t kAccelUnbind = 2;

void define_accel(FnTable& t) {
  {
    static constexpr Slot<FileRef> file{0};
    t.def({FnId::accel_open,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {{"ctx = kzalloc(sizeof(*ctx), GFP_KERNEL); ctx->dev = dev; ctx->pasid = -1; file->private_data = ctx; "
             "return 0;",
             [](Ctx& c) {
               File& f = c.file(c[file]);
               f.has_ctx = true;
               f.ctx = AccelCtx{f.device, -1, false};
               return c.ret(0);
             }}}});
  }

  {
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<int64_t> cmd{1};
    static constexpr Slot<int64_t> flags{2};  // the ioctl's arg: the bind flags
    t.def({FnId::accel_ioctl,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {
               {"struct accel_ctx *ctx = file->private_data; switch (cmd) { case ACCEL_BIND_PASID:",
                [](Ctx& c) { return c[cmd] == kAccelBind ? c.next() : c.go("unbind"); }},
               {"ret = intel_svm_bind_mm(ctx->dev, &ctx->pasid, flags, &accel_svm_ops);",
                [](Ctx& c) {
                  File& f = c.file(c[file]);
                  f.ctx.supervisor = c[flags] != 0;
                  return c.call(FnId::intel_svm_bind_mm, {DeviceRef{f.ctx.device.idx}, c[flags], c[file]});
                }},
               {"if (!ret) { writel(ctx->pasid, ctx->regs + ACCEL_PASID); writel(ACCEL_START, ctx->regs + "
                "ACCEL_CTRL); } return ret;",
                [](Ctx& c) { return program_device(c, c[file]); }},
               {.text = "case ACCEL_UNBIND_PASID: accel_quiesce(ctx);",
                .body = [](Ctx& c) {
                  if (c.file(c[file]).ctx.pasid < 0) return c.ret(-22);
                  return c.call(FnId::accel_quiesce, {c[file]});
                },
                .label = "unbind"},
               {"intel_svm_unbind_mm(ctx->dev, ctx->pasid);",
                [](Ctx& c) {
                  hand_over_binding(c, c[file]);
                  const File& f = c.file(c[file]);
                  return c.call(FnId::intel_svm_unbind_mm, {DeviceRef{f.ctx.device.idx}, f.ctx.pasid});
                }},
               {"ctx->pasid = -1; return 0; }",
                [](Ctx& c) {
                  c.file(c[file]).ctx.pasid = -1;
                  c.file(c[file]).ctx.unbinding = false;
                  return c.ret(0);
                }},
           }});
  }

  {
    static constexpr Slot<FileRef> file{0};
    static constexpr Slot<VmaRef> vma{1};
    t.def({FnId::accel_mmap,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {{"return io_remap_pfn_range(vma, vma->vm_start, ctx->portal_pfn, PAGE_SIZE, "
             "pgprot_noncached(vma->vm_page_prot));  /* the device's doorbell page */",
             [](Ctx& c) {
               const File& f = c.file(c[file]);
               const DeviceSpec& d = c.scenario().devices[f.device.idx - 1];
               const Vma& v = c.vma(c[vma]);
               return c.call_ret(FnId::remap_pfn_range, {c[vma], v.start, Pfn{d.portal_pfn}, kPageSize});
             }}}});
  }

  {
    static constexpr Slot<FileRef> file{0};
    t.def({FnId::accel_release,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           Milestone::Release,
           {
               {"struct accel_ctx *ctx = file->private_data; if (ctx->pasid >= 0) {",
                [](Ctx& c) {
                  c.say(N_("The driver's release(): the only place this file's PASID binding is dropped."));
                  return c.file(c[file]).ctx.pasid >= 0 ? c.next() : c.go("free");
                }},
               {"accel_quiesce(ctx);  /* no page request may be outstanding at unbind */",
                [](Ctx& c) { return c.call(FnId::accel_quiesce, {c[file]}); }},
               {"intel_svm_unbind_mm(ctx->dev, ctx->pasid); }",
                [](Ctx& c) {
                  hand_over_binding(c, c[file]);
                  const File& f = c.file(c[file]);
                  return c.call(FnId::intel_svm_unbind_mm, {DeviceRef{f.ctx.device.idx}, f.ctx.pasid});
                }},
               {.text = "kfree(ctx); return 0;",
                .body = [](Ctx& c) {
                  File& f = c.file(c[file]);
                  f.has_ctx = false;
                  f.ctx.pasid = -1;
                  f.ctx.unbinding = false;
                  return c.ret(0);
                },
                .label = "free"},
           }});
  }

  {
    static constexpr Slot<FileRef> file{0};  // accel_quiesce(ctx): the file whose private_data ctx is
    t.def({FnId::accel_quiesce,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {
               {"writel(ACCEL_STOP, ctx->regs + ACCEL_CTRL);  /* the device issues no new DMA */",
                [](Ctx& c) {
                  DeviceState& d = c.dev_registers(static_cast<int>(c.file(c[file]).ctx.device.idx) - 1);
                  d.stopped = true;
                  d.pasid_valid = false;
                  return c.next();
                }},
               {.text = "wait_event(ctx->drained, readl(ctx->regs + ACCEL_STATUS) & ACCEL_IDLE);  /* no transfer, no "
                        "page request outstanding */",
                .guard = device_drained<file>},
           }});
  }

  {
    // svm_dev_ops->fault_cb(dev, pasid, address, private, rwxp, response): the
    // page request handler passes the four this driver logs.
    static constexpr Slot<DeviceRef> dev{0};
    static constexpr Slot<int32_t> pasid{1};
    static constexpr Slot<uint64_t> address{2};
    static constexpr Slot<int32_t> response{3};
    t.def({FnId::accel_fault_cb,
           "drivers/misc/svm_accel.c",
           Origin::Modeled,
           {},
           {{"dev_dbg(dev, \"page request PASID %d addr %lx: %d\", pasid, address, response);  /* svm_dev_ops->fault_cb */"}}});
  }
}

}  // namespace svm
