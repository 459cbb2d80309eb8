<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export %1 as %2...</source>
        <translation>将 %1 导出为 %2...</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>复制为图像</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy as &amp;Text (mail)</source>
        <translation>复制为文本(&amp;T)（邮件）</translation>
    </message>
    <message>
        <source>Copy as &amp;Image (graph)</source>
        <translation>复制为图像(&amp;I)（图）</translation>
    </message>
    <message>
        <source>Nothing to print: open a scenario first.</source>
        <translation>没有可打印的内容：请先打开一个场景。</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>The &amp;Graph...</source>
        <translation>图(&amp;G)...</translation>
    </message>
    <message>
        <source>The &amp;Timeline...</source>
        <translation>时间线(&amp;T)...</translation>
    </message>
    <message>
        <source>The &amp;Slides (one page per milestone)...</source>
        <translation>幻灯片(&amp;S)（每个里程碑一页）...</translation>
    </message>
    <message>
        <source>SVM Lab</source>
        <translation>SVM Lab</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>已发送到打印机</translation>
    </message>
    <message>
        <source>The last scenario, %1, is no longer there.</source>
        <translation>上次打开的场景 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>QuizWording</name>
    <message>
        <source>%1() at step %2: %3 → %4</source>
        <translation>%1()，第 %2 步：%3 → %4</translation>
    </message>
    <message>
        <source>What will %1 %2 be when %3() returns?</source>
        <translation>%3() 返回时，%1 的 %2 是多少？</translation>
    </message>
    <message>
        <source>%1 %2 is %3 now.</source>
        <translation>%1 的 %2 现在是 %3。</translation>
    </message>
    <message>
        <source>%1 %2 stays at %3: %4() takes and drops no reference of this kind overall.</source>
        <translation>%1 的 %2 保持为 %3：%4() 总体上没有获取或释放这种引用。</translation>
    </message>
    <message>
        <source>%1 %2 goes from %3 to %4 (%5).</source>
        <translation>%1 的 %2 从 %3 变为 %4（%5）。</translation>
    </message>
    <message>
        <source>At 0 the object is freed.</source>
        <translation>计数为 0 时，对象被释放。</translation>
    </message>
    <message>
        <source>%1() is about to run. Which object is freed next?</source>
        <translation>%1() 即将运行。下一个被释放的是哪个对象？</translation>
    </message>
    <message>
        <source>%1 is freed next, by %2() at step %3.</source>
        <translation>下一个被释放的是 %1，由 %2() 在第 %3 步释放。</translation>
    </message>
    <message>
        <source>The process is about to exit. When everything has run, will anything leak?</source>
        <translation>进程即将退出。全部运行结束后，会有内存泄漏吗？</translation>
    </message>
    <message>
        <source>Yes: something stays allocated</source>
        <translation>会：有东西一直未被释放</translation>
    </message>
    <message>
        <source>No: everything is freed</source>
        <translation>不会：所有对象都被释放</translation>
    </message>
    <message>
        <source>Yes: at the end of the run objects are still allocated that nothing can reach.</source>
        <translation>会：运行结束时仍有对象处于已分配状态，而且已无任何东西能访问到它们。</translation>
    </message>
    <message>
        <source>Yes: at the end of the run these objects still hold each other in a cycle, so none of them is ever freed: %1.</source>
        <translation>会：运行结束时，这些对象在一个环中互相持有，因此没有一个会被释放：%1。</translation>
    </message>
    <message>
        <source>No: every object is freed by the end of the run.</source>
        <translation>不会：到运行结束时，每个对象都已被释放。</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>正确！</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>不太对：答案是 %1。</translation>
    </message>
</context>
<context>
    <name>RefGraph</name>
    <message>
        <source>counted reference (holds the count named)</source>
        <translation>计数引用（持有所标计数）</translation>
    </message>
    <message>
        <source>pointer, not counted</source>
        <translation>指针，不计数</translation>
    </message>
    <message>
        <source>changed at this step</source>
        <translation>本步发生变化</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>leak cycle</source>
        <translation>泄漏环</translation>
    </message>
    <message>
        <source>made present</source>
        <translation>已置为有效 (P)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>unregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>leaked: in the cycle</source>
        <translation>泄漏：在环中</translation>
    </message>
    <message>
        <source>leaked</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>owns (freed with its owner)</source>
        <translation>拥有（随其所有者一起释放）</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <source>Close the fd, keep the mapping, exit</source>
        <translation>关闭 fd，保留映射，然后退出</translation>
    </message>
    <message>
        <source>A careful program closes its device fd before exiting, but keeps the mmap() of it. Closing does not release the file: the VMA still holds a reference. So in v4.4 the exit leaks exactly as if the fd had stayed open (mm, VMA, file and binding hold each other). In v4.5 the exit tears the mapping down and the file is released with it.</source>
        <translation>一个谨慎的程序在退出前关闭了设备 fd，但保留了对它的 mmap()。关闭并不会释放文件：VMA 仍持有一个引用。因此在 v4.4 中，退出时的泄漏与 fd 一直打开时完全相同（mm、VMA、文件和绑定互相持有）。在 v4.5 中，退出会拆除映射，文件也随之被释放。</translation>
    </message>
    <message>
        <source>The doorbell page is mapped: the VMA holds the file.</source>
        <translation>门铃页已映射：VMA 持有该文件。</translation>
    </message>
    <message>
        <source>close() drops the fd&apos;s reference. The VMA&apos;s reference remains, so f_count stays above 0 and release() does not run.</source>
        <translation>close() 释放了 fd 的引用。VMA 的引用仍在，因此 f_count 保持大于 0，release() 不会运行。</translation>
    </message>
    <message>
        <source>After close(), the only thing keeping the file open is the mapping. In v4.4 the mapping can only go away with the mm, and the mm can only go away when the file is released: the same cycle as with the fd open.</source>
        <translation>close() 之后，唯一让文件保持打开的是映射。在 v4.4 中，映射只能随 mm 一起消失，而 mm 只有在文件被释放时才能消失：与 fd 打开时是同一个环。</translation>
    </message>
    <message>
        <source>v4.5: exit_mmap() runs because the binding no longer holds mm_users. remove_vma() drops the last reference on the file, so release() is queued: the PASID is unbound in exit_task_work().</source>
        <translation>v4.5：exit_mmap() 会运行，因为绑定不再持有 mm_users。remove_vma() 释放了文件的最后一个引用，于是 release() 被加入队列：PASID 在 exit_task_work() 中解除绑定。</translation>
    </message>
    <message>
        <source>The device keeps working while the process exits (W0, W1)</source>
        <translation>进程退出时设备仍在工作（W0、W1）</translation>
    </message>
    <message>
        <source>The device&apos;s doorbell page is mapped (and holds the file).</source>
        <translation>设备的门铃页已映射（并持有文件）。</translation>
    </message>
    <message>
        <source>A two-page buffer for the device.</source>
        <translation>给设备用的两页缓冲区。</translation>
    </message>
    <message>
        <source>The CPU fills the first page; the device is told to start.</source>
        <translation>CPU 填写第一页；设备被告知开始工作。</translation>
    </message>
    <message>
        <source>The process exits while the device is still busy.</source>
        <translation>设备仍在忙碌时，进程退出。</translation>
    </message>
    <message>
        <source>The device writes to the buffer: its device TLB now caches the translation.</source>
        <translation>设备写入缓冲区：它的设备 TLB 现在缓存了这个翻译。</translation>
    </message>
    <message>
        <source>A page that is not present: the device sends a page request and waits for the answer.</source>
        <translation>一个不存在的页面：设备发送页请求并等待应答。</translation>
    </message>
    <message>
        <source>The device writes to the first page again, through whatever it still has cached.</source>
        <translation>设备再次写入第一页，使用的是它仍缓存着的任何东西。</translation>
    </message>
    <message>
        <source>The page request sits in the page request queue. The page-request thread is slow to run: it only gets the CPU after exit_mmap() is done.</source>
        <translation>页请求停在页请求队列中。页请求线程迟迟没有运行：它要到 exit_mmap() 完成后才得到 CPU。</translation>
    </message>
    <message>
        <source>exit_mmap() has freed the pages, the page tables and the VMAs. The PASID is still bound (unbind happens in release(), later). Now the page-request thread runs.</source>
        <translation>exit_mmap() 已释放页面、页表和 VMA。PASID 仍处于绑定状态（解除绑定稍后在 release() 中进行）。现在页请求线程开始运行。</translation>
    </message>
    <message>
        <source>release() quiesces the device and unbinds the PASID.</source>
        <translation>release() 让设备停止工作并解除 PASID 绑定。</translation>
    </message>
    <message>
        <source>An accelerator client with the fd mmap()ed exits</source>
        <translation>一个 mmap() 了 fd 的加速器客户端退出</translation>
    </message>
    <message>
        <source>The case from the seed mail: the process opens the device, binds a PASID, mmap()s the device fd (a doorbell page), and exits. In v4.4 the binding holds mm_users, the mapping holds the file, and only the file&apos;s release() would drop the binding: nothing is freed, and the PASID still points at the dead process&apos;s page tables. In v4.5 the binding holds only mm_count, and the exit tears everything down.</source>
        <translation>最初那封邮件中的情形：进程打开设备、绑定 PASID、mmap() 设备 fd（一个门铃页），然后退出。在 v4.4 中，绑定持有 mm_users，映射持有文件，而只有文件的 release() 才会释放绑定：什么都不会被释放，PASID 仍指向已死进程的页表。在 v4.5 中，绑定只持有 mm_count，退出时一切都被拆除。</translation>
    </message>
    <message>
        <source>The process opens the accelerator.</source>
        <translation>进程打开加速器。</translation>
    </message>
    <message>
        <source>It binds its address space to a PASID.</source>
        <translation>它把自己的地址空间绑定到一个 PASID。</translation>
    </message>
    <message>
        <source>It maps the device&apos;s doorbell page: the new VMA takes a reference on the file.</source>
        <translation>它映射设备的门铃页：新的 VMA 获取了文件的一个引用。</translation>
    </message>
    <message>
        <source>The process exits.</source>
        <translation>进程退出。</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm(): get_task_mm() takes mm_users, mmu_notifier_register() takes mm_count, and the PASID-table entry gets the process&apos;s pgd. v4.4 then forgets its mm pointer (mm = NULL), so the mm_users reference is never given back until unbind.</source>
        <translation>intel_svm_bind_mm()：get_task_mm() 获取 mm_users，mmu_notifier_register() 获取 mm_count，PASID 表项得到进程的 pgd。随后 v4.4 丢掉了它的 mm 指针（mm = NULL），因此在解除绑定之前，这个 mm_users 引用永远不会归还。</translation>
    </message>
    <message>
        <source>mmap() of the device file: the VMA keeps a reference on the file (vm_file), so the file lives as long as the mapping.</source>
        <translation>对设备文件的 mmap()：VMA 保留文件的一个引用（vm_file），因此文件与映射同生共存。</translation>
    </message>
    <message>
        <source>exit_mm(): the task lets go of its mm. In v4.4 the binding still holds mm_users, so the mm stays up: no exit_mmap(), the VMA stays, and so does its reference on the file. In v4.5 this mmput() is the last one.</source>
        <translation>exit_mm()：任务放开它的 mm。在 v4.4 中绑定仍持有 mm_users，因此 mm 继续存在：没有 exit_mmap()，VMA 留下，它对文件的引用也留下。在 v4.5 中，这次 mmput() 是最后一次。</translation>
    </message>
    <message>
        <source>exit_mmap() tears the address space down. First mmu_notifier_release(): the driver&apos;s release() clears the PASID entry and flushes the IOTLB, before any page is freed. Then the VMAs go, and with them the VMA&apos;s reference on the file.</source>
        <translation>exit_mmap() 拆除地址空间。首先是 mmu_notifier_release()：驱动的 release() 在任何页面被释放之前清除 PASID 条目并刷新 IOTLB。然后 VMA 被移除，VMA 对文件的引用也随之消失。</translation>
    </message>
    <message>
        <source>exit_files() drops the fd&apos;s reference on the file. In v4.4 the VMA still holds one, so the file is not released, and the driver&apos;s release(), the only place that would unbind the PASID, never runs.</source>
        <translation>exit_files() 释放 fd 对文件的引用。在 v4.4 中 VMA 仍持有一个引用，所以文件不会被释放，而驱动的 release()——唯一会解除 PASID 绑定的地方——永远不会运行。</translation>
    </message>
    <message>
        <source>The file&apos;s last reference is gone: the driver&apos;s release() unbinds the PASID.</source>
        <translation>文件的最后一个引用已经消失：驱动的 release() 解除 PASID 绑定。</translation>
    </message>
    <message>
        <source>The last mm_count is dropped: the mm_struct and its pgd are freed.</source>
        <translation>最后一个 mm_count 被释放：mm_struct 及其 pgd 被释放。</translation>
    </message>
    <message>
        <source>exit_mm() is about to give up the task&apos;s reference on the mm (mmput). Does exit_mmap() run now and tear the address space down?</source>
        <translation>exit_mm() 即将放弃任务对 mm 的引用（mmput）。exit_mmap() 现在会运行并拆除地址空间吗？</translation>
    </message>
    <message>
        <source>Yes, in every variant</source>
        <translation>会，在每个变体中都会</translation>
    </message>
    <message>
        <source>Only in v4.5: in v4.4 the binding still holds an mm_users reference</source>
        <translation>只在 v4.5 中：在 v4.4 中绑定仍持有一个 mm_users 引用</translation>
    </message>
    <message>
        <source>No: the VMA keeps the mm alive</source>
        <translation>不会：VMA 让 mm 一直存活</translation>
    </message>
    <message>
        <source>In v4.4 intel_svm_bind_mm() kept the mm_users reference of get_task_mm() (mm = NULL skips the mmput()), so this mmput() only takes mm_users from 2 to 1. In v4.5 the binding holds only mm_count: mm_users reaches 0 and exit_mmap() runs.</source>
        <translation>在 v4.4 中，intel_svm_bind_mm() 保留了 get_task_mm() 的 mm_users 引用（mm = NULL 跳过了 mmput()），所以这次 mmput() 只把 mm_users 从 2 降到 1。在 v4.5 中绑定只持有 mm_count：mm_users 降到 0，exit_mmap() 运行。</translation>
    </message>
    <message>
        <source>exit_files() is about to close the fd. Will the driver&apos;s release(), the only place that unbinds the PASID, run?</source>
        <translation>exit_files() 即将关闭 fd。驱动的 release()——唯一解除 PASID 绑定的地方——会运行吗？</translation>
    </message>
    <message>
        <source>Yes: this is the last fd</source>
        <translation>会：这是最后一个 fd</translation>
    </message>
    <message>
        <source>In v4.4 no: the VMA of the mmap() still holds the file</source>
        <translation>在 v4.4 中不会：mmap() 的 VMA 仍持有文件</translation>
    </message>
    <message>
        <source>No, in no variant</source>
        <translation>不会，任何变体中都不会</translation>
    </message>
    <message>
        <source>In v4.4 the mm is still alive, so its VMA still holds a reference on the file (vm_file): fput() takes f_count from 2 to 1 and release() never runs. That closes the cycle mm -&gt; VMA -&gt; file -&gt; binding -&gt; mm. In v4.5 exit_mmap() has already removed the VMA, so this is the last reference and release() unbinds the PASID.</source>
        <translation>在 v4.4 中 mm 仍然存活，所以它的 VMA 仍持有文件的一个引用（vm_file）：fput() 把 f_count 从 2 降到 1，release() 永远不会运行。这就闭合了 mm -&gt; VMA -&gt; 文件 -&gt; 绑定 -&gt; mm 这个环。在 v4.5 中 exit_mmap() 已经移除了 VMA，所以这是最后一个引用，release() 解除 PASID 绑定。</translation>
    </message>
    <message>
        <source>release() unbinds the PASID. Which reference on the mm does the binding give back in v4.5?</source>
        <translation>release() 解除 PASID 绑定。在 v4.5 中，绑定归还的是 mm 的哪一个引用？</translation>
    </message>
    <message>
        <source>mm_users</source>
        <translation>mm_users</translation>
    </message>
    <message>
        <source>mm_count</source>
        <translation>mm_count</translation>
    </message>
    <message>
        <source>Both mm_users and mm_count</source>
        <translation>mm_users 和 mm_count 都归还</translation>
    </message>
    <message>
        <source>With e57e58bd the binding holds only mm_count, the one mmu_notifier_register() took; mmu_notifier_unregister() drops it. mm_users was already 0: exit_mmap() ran long ago.</source>
        <translation>有了 e57e58bd，绑定只持有 mm_count，即 mmu_notifier_register() 获取的那个；mmu_notifier_unregister() 将其释放。mm_users 早已为 0：exit_mmap() 很早以前就运行过了。</translation>
    </message>
    <message>
        <source>A child inherits the fd and the mapping</source>
        <translation>子进程继承 fd 和映射</translation>
    </message>
    <message>
        <source>The parent binds a PASID, maps the device and a buffer, and forks. The child gets its own fd-table reference on the file and its own copy of the mapping (another reference), and the buffer pages become copy-on-write, which invalidates the parent&apos;s device translations. The parent exits first. In v4.5 the parent&apos;s mm is torn down at once, but the file, still held by the child, is released only when the child exits: until then the PASID stays bound to a defunct mm. In v4.4 the parent&apos;s mapping keeps the file, the file keeps the binding, the binding keeps the mm: a leak, whatever the child does.</source>
        <translation>父进程绑定 PASID，映射设备和一个缓冲区，然后 fork。子进程得到自己的 fd 表对文件的引用和自己的一份映射副本（又一个引用），缓冲区页面变为写时复制，这会使父进程的设备翻译失效。父进程先退出。在 v4.5 中父进程的 mm 立即被拆除，但子进程仍持有的文件要等子进程退出时才被释放：在此之前，PASID 一直绑定在一个已失效的 mm 上。在 v4.4 中父进程的映射持有文件，文件持有绑定，绑定持有 mm：无论子进程做什么都会泄漏。</translation>
    </message>
    <message>
        <source>fork(): the child gets a copy of the fd table and of every mapping.</source>
        <translation>fork()：子进程得到 fd 表和每个映射的副本。</translation>
    </message>
    <message>
        <source>The child writes to the buffer: copy-on-write gives it its own page.</source>
        <translation>子进程写入缓冲区：写时复制给了它自己的页面。</translation>
    </message>
    <message>
        <source>The child exits: its fd and its mapping were the last references to the file.</source>
        <translation>子进程退出：它的 fd 和映射是文件的最后引用。</translation>
    </message>
    <message>
        <source>The parent is gone, the child still holds the file: the PASID is still bound.</source>
        <translation>父进程已经退出，子进程仍持有文件：PASID 仍处于绑定状态。</translation>
    </message>
    <message>
        <source>f_count is now 4: the parent&apos;s fd and VMA, the child&apos;s fd and VMA. The binding belongs to the parent&apos;s mm only: a child does not inherit a PASID.</source>
        <translation>f_count 现在是 4：父进程的 fd 和 VMA，子进程的 fd 和 VMA。绑定只属于父进程的 mm：子进程不会继承 PASID。</translation>
    </message>
    <message>
        <source>The parent&apos;s mm is torn down (v4.5). The file is not released: the child still holds it. The PASID stays bound to a defunct mm until the child lets go.</source>
        <translation>父进程的 mm 被拆除（v4.5）。文件没有被释放：子进程仍持有它。在子进程放手之前，PASID 一直绑定在一个已失效的 mm 上。</translation>
    </message>
    <message>
        <source>The child&apos;s exit dropped the last reference on the file: release() unbinds the PASID at last.</source>
        <translation>子进程的退出释放了文件的最后一个引用：release() 终于解除了 PASID 绑定。</translation>
    </message>
    <message>
        <source>A GPU client exits (no mmap of the fd)</source>
        <translation>一个 GPU 客户端退出（没有 mmap fd）</translation>
    </message>
    <message>
        <source>i915-style: a process opens the device, binds its address space to a PASID, and exits without ever mmap()ing the device file. The file is released in exit_files(), which unbinds the PASID, and everything is freed. This works in every variant: it is the case the v4.4 driver was written for.</source>
        <translation>i915 的方式：进程打开设备，把地址空间绑定到 PASID，然后在从未 mmap() 设备文件的情况下退出。文件在 exit_files() 中被释放，这会解除 PASID 绑定，一切都被释放。这在每个变体中都能正常工作：这正是 v4.4 驱动所针对的情形。</translation>
    </message>
    <message>
        <source>The process opens the GPU device node.</source>
        <translation>进程打开 GPU 设备节点。</translation>
    </message>
    <message>
        <source>The driver binds the process&apos;s mm to a PASID: the GPU can now use the process&apos;s virtual addresses.</source>
        <translation>驱动把进程的 mm 绑定到一个 PASID：GPU 现在可以使用进程的虚拟地址了。</translation>
    </message>
    <message>
        <source>The process exits without closing anything: do_exit() does the cleanup.</source>
        <translation>进程在没有关闭任何东西的情况下退出：由 do_exit() 进行清理。</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() takes a reference on the mm with get_task_mm(), allocates a PASID, registers an MMU notifier (which pins mm_count) and points the PASID-table entry at the process&apos;s page tables.</source>
        <translation>intel_svm_bind_mm() 通过 get_task_mm() 获取 mm 的一个引用，分配 PASID，注册一个 MMU notifier（它固定住 mm_count），并让 PASID 表项指向进程的页表。</translation>
    </message>
    <message>
        <source>exit_mm() detaches the mm from the task. In v4.4 the PASID binding still holds an mm_users reference, so mmput() does not tear the address space down yet.</source>
        <translation>exit_mm() 把 mm 从任务上分离。在 v4.4 中 PASID 绑定仍持有一个 mm_users 引用，因此 mmput() 还不会拆除地址空间。</translation>
    </message>
    <message>
        <source>exit_files() drops the fd&apos;s reference on the file. Nothing else holds the file, so its final __fput() is queued as task work.</source>
        <translation>exit_files() 释放 fd 对文件的引用。没有别的东西持有该文件，所以它最后的 __fput() 被加入 task work 队列。</translation>
    </message>
    <message>
        <source>The driver&apos;s release() runs from exit_task_work(): it unbinds the PASID, which drops the last mm_users and tears the address space down.</source>
        <translation>驱动的 release() 在 exit_task_work() 中运行：它解除 PASID 绑定，这会释放最后一个 mm_users 并拆除地址空间。</translation>
    </message>
    <message>
        <source>The last mm_count goes when the dead task switches out for the last time: the pgd and the mm_struct are freed. Nothing leaks.</source>
        <translation>当已死的任务最后一次被切换出去时，最后一个 mm_count 被释放：pgd 和 mm_struct 被释放。没有泄漏。</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() is about to bind the mm to a PASID. In v4.4, which counters of the mm does the binding keep raised?</source>
        <translation>intel_svm_bind_mm() 即将把 mm 绑定到一个 PASID。在 v4.4 中，绑定让 mm 的哪些计数器保持增加？</translation>
    </message>
    <message>
        <source>mm_users only</source>
        <translation>只有 mm_users</translation>
    </message>
    <message>
        <source>mm_count only</source>
        <translation>只有 mm_count</translation>
    </message>
    <message>
        <source>mm_users and mm_count</source>
        <translation>mm_users 和 mm_count</translation>
    </message>
    <message>
        <source>get_task_mm() takes mm_users and v4.4 keeps it (mm = NULL skips the mmput() at the end); mmu_notifier_register() takes mm_count.</source>
        <translation>get_task_mm() 获取 mm_users，v4.4 保留了它（mm = NULL 跳过了末尾的 mmput()）；mmu_notifier_register() 获取 mm_count。</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() is about to bind the mm to a PASID. In v4.5, which counters of the mm does the binding keep raised?</source>
        <translation>intel_svm_bind_mm() 即将把 mm 绑定到一个 PASID。在 v4.5 中，绑定让 mm 的哪些计数器保持增加？</translation>
    </message>
    <message>
        <source>v4.5 gives the get_task_mm() reference back with mmput() at the end of the bind; what the binding keeps is the mm_count that mmu_notifier_register() took.</source>
        <translation>v4.5 在绑定结束时用 mmput() 归还了 get_task_mm() 的引用；绑定保留的是 mmu_notifier_register() 获取的 mm_count。</translation>
    </message>
    <message>
        <source>This process never mmap()ed the device. When exit_files() closes the fd, will the driver&apos;s release() run?</source>
        <translation>这个进程从未 mmap() 过设备。当 exit_files() 关闭 fd 时，驱动的 release() 会运行吗？</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>会</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不会</translation>
    </message>
    <message>
        <source>No VMA holds the file, so the fd&apos;s reference is the last one: fput() queues the final __fput(), and release() runs from exit_task_work(). It unbinds the PASID and lets the mm go. This is the case the v4.4 driver was written for, and why a GPU never showed the leak.</source>
        <translation>没有 VMA 持有该文件，所以 fd 的引用就是最后一个：fput() 把最后的 __fput() 加入队列，release() 在 exit_task_work() 中运行。它解除 PASID 绑定并放开 mm。这正是 v4.4 驱动所针对的情形，也是 GPU 从未出现泄漏的原因。</translation>
    </message>
    <message>
        <source>munmap() of a buffer the device is using</source>
        <translation>munmap() 一个设备正在使用的缓冲区</translation>
    </message>
    <message>
        <source>The process unmaps the buffer the device just used.</source>
        <translation>进程解除了设备刚刚使用过的缓冲区的映射。</translation>
    </message>
    <message>
        <source>The device writes both pages: the IOTLB and its device TLB cache the translations.</source>
        <translation>设备写入两个页面：IOTLB 和它的设备 TLB 缓存了这些翻译。</translation>
    </message>
    <message>
        <source>After munmap(), the device tries the first page again.</source>
        <translation>munmap() 之后，设备再次尝试访问第一页。</translation>
    </message>
    <message>
        <source>A device touches a page that is not there yet</source>
        <translation>设备访问一个尚不存在的页面</translation>
    </message>
    <message>
        <source>The device writes to two pages of the process&apos;s buffer. The first is present: the IOMMU walks the process&apos;s page tables and the write goes through. The second was never touched by the CPU, so it is not present: the device sends a page request, the kernel&apos;s page-request thread faults the page in with handle_mm_fault(), answers Success, and the device retries. Works in every variant.</source>
        <translation>设备写入进程缓冲区的两个页面。第一页存在：IOMMU 遍历进程的页表，写入成功。第二页 CPU 从未访问过，所以不存在：设备发送页请求，内核的页请求线程用 handle_mm_fault() 把页面调入，应答 Success，设备重试。在每个变体中都能正常工作。</translation>
    </message>
    <message>
        <source>The CPU writes to the first page: it is faulted in now.</source>
        <translation>CPU 写入第一页：它现在被调入内存。</translation>
    </message>
    <message>
        <source>The process waits for the device to finish.</source>
        <translation>进程等待设备完成。</translation>
    </message>
    <message>
        <source>The device writes to the first page of the buffer.</source>
        <translation>设备写入缓冲区的第一页。</translation>
    </message>
    <message>
        <source>The device writes to the second page, which the CPU never touched.</source>
        <translation>设备写入第二页，CPU 从未访问过这一页。</translation>
    </message>
    <message>
        <source>Only the first page is present in the process&apos;s page tables. The device shares those page tables through its PASID.</source>
        <translation>进程的页表中只有第一页存在。设备通过它的 PASID 共享这些页表。</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() points the PASID-table entry at the process&apos;s pgd: the device will walk the very same page tables as the CPU.</source>
        <translation>intel_svm_bind_mm() 让 PASID 表项指向进程的 pgd：设备将遍历与 CPU 完全相同的页表。</translation>
    </message>
    <message>
        <source>More page requests than the queue holds</source>
        <translation>页请求多于队列的容量</translation>
    </message>
    <message>
        <source>The page request queue is shrunk to 4 slots (3 usable; real hardware has at least 256) and the device asks for 6 missing pages at once. Three requests are queued; the fourth overflows the queue: the IOMMU sets PRO and drops it, and so every request after it. The page-request thread serves the three that got in, and those pages recover: the device retries and succeeds. Linux 4.4 never clears PRO, so the dropped requests are dropped again on every retry and the device gives up on those pages (later kernels clear PRO once the queue is drained). How the hardware answers a dropped request is not verified: this model lets it answer Success so the device retries instead of waiting forever.</source>
        <translation>页请求队列被缩小到 4 个槽位（可用 3 个；真实硬件至少有 256 个），设备一次请求 6 个缺失的页面。三个请求进入队列；第四个使队列溢出：IOMMU 设置 PRO 并丢弃它，之后的每个请求也都被丢弃。页请求线程处理进入队列的三个请求，这些页面得以恢复：设备重试并成功。Linux 4.4 从不清除 PRO，所以被丢弃的请求每次重试都会再被丢弃，设备最终放弃这些页面（后来的内核在队列排空后会清除 PRO）。硬件如何应答被丢弃的请求尚未得到证实：本模型让它应答 Success，使设备重试而不是永远等待。</translation>
    </message>
    <message>
        <source>Six pages of buffer, none touched by the CPU yet.</source>
        <translation>六页缓冲区，CPU 还一页都没有访问过。</translation>
    </message>
    <message>
        <source>The device writes six pages the CPU never touched: six page requests at once.</source>
        <translation>设备写入 CPU 从未访问过的六个页面：一次发出六个页请求。</translation>
    </message>
    <message>
        <source>Three pages were served; three were lost to the overflow and never reached software.</source>
        <translation>三个页面得到处理；三个在溢出中丢失，从未到达软件。</translation>
    </message>
    <message>
        <source>A supervisor PASID: no mm at all</source>
        <translation>一个 supervisor PASID：根本没有 mm</translation>
    </message>
    <message>
        <source>A driver binds a supervisor PASID (SVM_FLAG_SUPERVISOR_MODE): the PASID entry points at the kernel&apos;s own page tables (init_mm.pgd, SRE set) and the binding has no mm. The device writes to a kernel buffer through it. When the file is closed, the v4.4 unbind calls mmu_notifier_unregister(&amp;svm-&gt;notifier, svm-&gt;mm) with svm-&gt;mm == NULL: a NULL pointer dereference, and the task dies in the middle of close(). v4.5 only unregisters when there is an mm. (Both leave the supervisor PASID entry present after unbind; later kernels clear it.)</source>
        <translation>驱动绑定一个 supervisor PASID（SVM_FLAG_SUPERVISOR_MODE）：PASID 条目指向内核自己的页表（init_mm.pgd，设置了 SRE），绑定没有 mm。设备通过它写入一个内核缓冲区。文件关闭时，v4.4 的解除绑定以 svm-&gt;mm == NULL 调用 mmu_notifier_unregister(&amp;svm-&gt;notifier, svm-&gt;mm)：空指针解引用，任务在 close() 中途死亡。v4.5 只在有 mm 时才注销。（两者在解除绑定后都让 supervisor PASID 条目保持存在；后来的内核会清除它。）</translation>
    </message>
    <message>
        <source>Bind a supervisor PASID: the kernel&apos;s page tables, no mm.</source>
        <translation>绑定一个 supervisor PASID：内核的页表，没有 mm。</translation>
    </message>
    <message>
        <source>close() releases the file: the driver unbinds the PASID.</source>
        <translation>close() 释放文件：驱动解除 PASID 绑定。</translation>
    </message>
    <message>
        <source>A privileged write to a kernel buffer in the direct map (a 1 GiB page).</source>
        <translation>对直接映射区中一个内核缓冲区的特权写入（一个 1 GiB 页面）。</translation>
    </message>
    <message>
        <source>The walk starts at init_mm.pgd and ends in a 1 GiB page of the direct map (PS=1 in the PDPTE): a supervisor request, allowed because the PASID entry has SRE set.</source>
        <translation>遍历从 init_mm.pgd 开始，结束于直接映射区的一个 1 GiB 页面（PDPTE 中 PS=1）：这是一个 supervisor 请求，因为 PASID 条目设置了 SRE 而被允许。</translation>
    </message>
    <message>
        <source>The last device is gone, so the svm goes too. v4.4 calls mmu_notifier_unregister() with svm-&gt;mm, which is NULL here.</source>
        <translation>最后一个设备已经消失，所以 svm 也随之释放。v4.4 用 svm-&gt;mm 调用 mmu_notifier_unregister()，而它在这里是 NULL。</translation>
    </message>
    <message>
        <source>One process exits while another keeps working</source>
        <translation>一个进程退出，另一个继续工作</translation>
    </message>
    <message>
        <source>B exits once A is entirely gone, the way a parent waits for its child.</source>
        <translation>A 完全消失后 B 才退出，就像父进程等待子进程那样。</translation>
    </message>
    <message>
        <source>Process A is gone: this access must fail cleanly.</source>
        <translation>进程 A 已经消失：这次访问必须干净地失败。</translation>
    </message>
    <message>
        <source>A is exiting; B&apos;s device keeps writing to B&apos;s buffer.</source>
        <translation>A 正在退出；B 的设备继续写入 B 的缓冲区。</translation>
    </message>
    <message>
        <source>While A is torn down, B&apos;s device even needs a page request served.</source>
        <translation>在 A 被拆除期间，B 的设备甚至需要处理一次页请求。</translation>
    </message>
    <message>
        <source>A and B each have a PASID. The PASID table is shared by every device behind this IOMMU; each entry points at one process&apos;s page tables.</source>
        <translation>A 和 B 各有一个 PASID。这个 IOMMU 后面的所有设备共享 PASID 表；每个条目指向一个进程的页表。</translation>
    </message>
    <message>
        <source>A&apos;s release() clears A&apos;s PASID entry and flushes A&apos;s PASID from the caches, and only A&apos;s: B&apos;s entry and B&apos;s IOTLB entries are untouched.</source>
        <translation>A 的 release() 清除 A 的 PASID 条目，并从缓存中刷新 A 的 PASID，且只刷新 A 的：B 的条目和 B 的 IOTLB 条目不受影响。</translation>
    </message>
    <message>
        <source>The device has a translation of the process&apos;s buffer in its device TLB and a page request queued for a page that is not there, while the process exits; the page-request thread only gets to run after exit_mmap() is done. In v4.5, release() has cleared the PASID entry and flushed the PASID cache and the IOTLB: the page request is refused (Invalid Request, since mm_users is 0). But its device-TLB flush, built with the 2016 QI_DEV_EIOTLB_SID/QDEP macros, reaches requester id 00:00.0, not the device: the device&apos;s next access hits its stale device-TLB entry and writes a page exit_mmap() freed. With the device TLB flushed (the macros of later kernels) that access would fault with &apos;PASID not present&apos;. Without the clear and flush (v4.5-no-release-clear) the device writes into a page that was already freed (W0). Without the inc-not-zero guard (v4.5-no-fault-guard) the page-request thread walks VMAs that exit_mmap() already freed (W1). In v4.4 nothing is torn down at all: the page is served into a process that will never be freed.</source>
        <translation>进程退出时，设备的设备 TLB 中缓存着进程缓冲区的翻译，队列中还有一个针对不存在页面的页请求；页请求线程要等 exit_mmap() 完成后才能运行。在 v4.5 中，release() 已清除 PASID 条目并刷新了 PASID 缓存和 IOTLB：页请求被拒绝（Invalid Request，因为 mm_users 为 0）。但它的设备 TLB 刷新是用 2016 年的 QI_DEV_EIOTLB_SID/QDEP 宏构造的，送到了请求者 ID 00:00.0，而不是该设备：设备的下一次访问命中它过时的设备 TLB 条目，写入了 exit_mmap() 已释放的页面。如果设备 TLB 被刷新了（后来内核的宏），这次访问会以 &apos;PASID not present&apos; 出错。没有清除和刷新（v4.5-no-release-clear）时，设备会写入一个已释放的页面（W0）。没有 inc-not-zero 保护（v4.5-no-fault-guard）时，页请求线程会遍历 exit_mmap() 已释放的 VMA（W1）。在 v4.4 中什么都不会被拆除：页面被提供给一个永远不会被释放的进程。</translation>
    </message>
    <message>
        <source>mm_users is 0 and exit_mmap() starts, without taking mmap_sem. First mmu_notifier_release(): in v4.5 the driver clears the PASID entry and flushes the PASID cache, the IOTLB and the device TLB, before a single page is freed. The device-TLB descriptor, as the hardware reads its bits, names requester id 00:00.0 and PASID 32, not 00:04.0 and PASID 0: the device keeps its entry for 0x600000.</source>
        <translation>mm_users 为 0，exit_mmap() 开始运行，且不获取 mmap_sem。首先是 mmu_notifier_release()：在 v4.5 中，驱动在释放任何页面之前清除 PASID 条目，并刷新 PASID 缓存、IOTLB 和设备 TLB。按硬件读取其各位的方式，设备 TLB 描述符指定的是请求者 ID 00:00.0 和 PASID 32，而不是 00:04.0 和 PASID 0：设备保留了它对 0x600000 的条目。</translation>
    </message>
    <message>
        <source>The device writes 0x600000 again. Its device TLB still translates it: no IOMMU involved, no PASID-entry check, and the write lands in a frame exit_mmap() freed. In v4.5 this is the 2016 device-TLB descriptor at work, not a gap in e57e58bd: see docs/history.md.</source>
        <translation>设备再次写入 0x600000。它的设备 TLB 仍能翻译这个地址：不经过 IOMMU，不检查 PASID 条目，写入落在 exit_mmap() 已释放的页框中。在 v4.5 中，这是 2016 年的设备 TLB 描述符在起作用，而不是 e57e58bd 的疏漏：参见 docs/history.md。</translation>
    </message>
    <message>
        <source>The device TLB still has the page: a hit, and the device writes into a frame that was freed (use-after-free). With the macros of later kernels the invalidation would have reached 00:04.0, the device would have missed, walked, found no PTE, and its page request would have found no VMA: Invalid Request.</source>
        <translation>设备 TLB 中仍有这个页面：命中，设备写入了一个已释放的页框（释放后使用）。如果用后来内核的宏，失效会送达 00:04.0，设备将不命中，进行页表遍历，找不到 PTE，它的页请求也找不到 VMA：Invalid Request。</translation>
    </message>
    <message>
        <source>2022: a PASID freed with the address space, and given to another process</source>
        <translation>2022：随地址空间一起释放、又分给另一个进程的 PASID</translation>
    </message>
    <message>
        <source>Museum, 2022. Processes A and B share one SVA device (a shared work queue: one PASID table). A binds and gets a PASID, then exits. With 701fac40384f, __mmput() frees A&apos;s PASID when A&apos;s address space goes, but A&apos;s device is still programmed with it: the driver unbinds only at file-&gt;release(), later. B binds in between and gets the same number, and A&apos;s device&apos;s next DMA is translated through B&apos;s page tables. 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;) frees the PASID in __mmdrop() instead: the binding holds mm_count, so B gets another PASID and A&apos;s device faults cleanly. Compare 2022-pasid-freed-in-mmput with 2022-pasid-freed-in-mmdrop.</source>
        <translation>博物馆，2022 年。进程 A 和 B 共用一个 SVA 设备（一个共享工作队列：一张 PASID 表）。A 绑定并得到一个 PASID，然后退出。有了 701fac40384f，__mmput() 在 A 的地址空间消失时就释放了 A 的 PASID，但 A 的设备仍被设置为使用它：驱动要到稍后的 file-&gt;release() 才解除绑定。B 在这期间绑定并得到了同一个编号，于是 A 的设备的下一次 DMA 经由 B 的页表翻译。2667ed10d9f0（&quot;mm: Fix PASID use-after-free issue&quot;）改为在 __mmdrop() 中释放 PASID：绑定持有 mm_count，所以 B 得到另一个 PASID，A 的设备干净地出错。请比较 2022-pasid-freed-in-mmput 与 2022-pasid-freed-in-mmdrop。</translation>
    </message>
    <message>
        <source>A&apos;s buffer, ready for the device.</source>
        <translation>A 的缓冲区，已为设备准备好。</translation>
    </message>
    <message>
        <source>A exits without unbinding: its driver unbinds in release().</source>
        <translation>A 退出时没有解除绑定：它的驱动在 release() 中解除绑定。</translation>
    </message>
    <message>
        <source>B has its own page at the same virtual address.</source>
        <translation>B 在同一个虚拟地址上有自己的页面。</translation>
    </message>
    <message>
        <source>A&apos;s address space is gone (exit_mm is done) but A&apos;s file is not released yet. B binds now.</source>
        <translation>A 的地址空间已经消失（exit_mm 已完成），但 A 的文件还没有被释放。现在 B 进行绑定。</translation>
    </message>
    <message>
        <source>A&apos;s work: the device writes A&apos;s buffer through A&apos;s PASID.</source>
        <translation>A 的工作：设备通过 A 的 PASID 写入 A 的缓冲区。</translation>
    </message>
    <message>
        <source>More of A&apos;s work, still tagged with A&apos;s PASID: A&apos;s file has not been released, so the driver has not stopped the device yet.</source>
        <translation>A 的更多工作，仍带着 A 的 PASID 标签：A 的文件还没有被释放，所以驱动还没有停止设备。</translation>
    </message>
    <message>
        <source>iommu_sva_alloc_pasid() gives A&apos;s mm its PASID: mm-&gt;pasid keeps it for the rest of the mm&apos;s life (701fac40384f).</source>
        <translation>iommu_sva_alloc_pasid() 给 A 的 mm 分配它的 PASID：mm-&gt;pasid 在该 mm 的整个余下生命周期中一直保留它（701fac40384f）。</translation>
    </message>
    <message>
        <source>exit_mm(): A&apos;s last mm_users goes, and __mmput() tears the address space down. With 701fac40384f it also calls mm_pasid_drop(): the PASID goes back to the allocator. The binding still holds mm_count (the MMU notifier&apos;s mmgrab), and A&apos;s device still has the PASID.</source>
        <translation>exit_mm()：A 的最后一个 mm_users 被释放，__mmput() 拆除地址空间。有了 701fac40384f，它还会调用 mm_pasid_drop()：PASID 回到分配器。绑定仍持有 mm_count（MMU notifier 的 mmgrab），A 的设备也仍持有这个 PASID。</translation>
    </message>
    <message>
        <source>B&apos;s bind allocates the lowest free PASID. If A&apos;s was freed in __mmput(), B gets A&apos;s number, and the PASID entry now points at B&apos;s page tables.</source>
        <translation>B 的绑定分配最小的空闲 PASID。如果 A 的 PASID 已在 __mmput() 中被释放，B 就会得到 A 的编号，PASID 条目现在指向 B 的页表。</translation>
    </message>
    <message>
        <source>A&apos;s device writes with A&apos;s PASID. With the bug, that is B&apos;s PASID now: the write lands in B&apos;s memory. With the fix, the PASID is still A&apos;s, its entry was cleared when A&apos;s address space went, and the device gets a clean &apos;PASID not present&apos; fault.</source>
        <translation>A 的设备用 A 的 PASID 写入。有这个缺陷时，它现在是 B 的 PASID：写入落进了 B 的内存。有了修复，PASID 仍属于 A，它的条目已在 A 的地址空间消失时被清除，设备得到一个干净的 &apos;PASID not present&apos; 故障。</translation>
    </message>
    <message>
        <source>A&apos;s address space is gone but A&apos;s file is not released yet. B binds now. Which PASID does B get?</source>
        <translation>A 的地址空间已经消失，但 A 的文件还没有被释放。现在 B 进行绑定。B 会得到哪个 PASID？</translation>
    </message>
    <message>
        <source>A new one in both 2022 variants</source>
        <translation>一个新的，在两个 2022 变体中都是</translation>
    </message>
    <message>
        <source>A&apos;s PASID with 701fac40384f (freed in __mmput), a new one with 2667ed10d9f0 (freed in __mmdrop)</source>
        <translation>有 701fac40384f 时是 A 的 PASID（在 __mmput 中释放），有 2667ed10d9f0 时是一个新的（在 __mmdrop 中释放）</translation>
    </message>
    <message>
        <source>A&apos;s PASID in both: the PASID is always freed at exit</source>
        <translation>两者都是 A 的 PASID：PASID 总是在退出时被释放</translation>
    </message>
    <message>
        <source>__mmput() runs when mm_users reaches 0, in exit_mm(). The binding still holds mm_count, so __mmdrop() runs only after release() unbinds. Freeing the PASID in __mmput() hands A&apos;s number to B while A&apos;s device still uses it; freeing it in __mmdrop() keeps it A&apos;s until the binding is gone.</source>
        <translation>__mmput() 在 mm_users 降到 0 时运行，位于 exit_mm() 中。绑定仍持有 mm_count，所以 __mmdrop() 要等 release() 解除绑定之后才运行。在 __mmput() 中释放 PASID，会在 A 的设备仍在使用它时把 A 的编号交给 B；在 __mmdrop() 中释放它，则在绑定消失之前它一直属于 A。</translation>
    </message>
    <message>
        <source>2020: a page request for a non-canonical address</source>
        <translation>2020：针对非规范地址的页请求</translation>
    </message>
    <message>
        <source>Museum, 2020. The process binds its device; the device then sends a page request for 0x800000000000, an address no x86-64 CPU can use. 9d8c3af31607 (2017) taught prq_event_thread() to refuse such requests, but put the is_canonical_address() check after mmget_not_zero(): its goto bad_req jumps past the mmput(), and the mm keeps one mm_users forever. 902baf61adf6 (2020, &quot;iommu/vt-d: Fix mm reference leak&quot;) checks the address first. Compare 2020-canonical-check with 2020-canonical-fixed.</source>
        <translation>博物馆，2020 年。进程绑定它的设备；随后设备发送一个针对 0x800000000000 的页请求，这是任何 x86-64 CPU 都不能使用的地址。9d8c3af31607（2017）让 prq_event_thread() 学会拒绝这类请求，却把 is_canonical_address() 检查放在了 mmget_not_zero() 之后：它的 goto bad_req 跳过了 mmput()，于是 mm 永远多持有一个 mm_users。902baf61adf6（2020，&quot;iommu/vt-d: Fix mm reference leak&quot;）先检查地址。请比较 2020-canonical-check 与 2020-canonical-fixed。</translation>
    </message>
    <message>
        <source>The process waits until the device&apos;s request was answered.</source>
        <translation>进程等待设备的请求得到应答。</translation>
    </message>
    <message>
        <source>The device asks for a page at 0x800000000000: bit 47 set, bits 63:48 clear, so the address is not canonical.</source>
        <translation>设备请求 0x800000000000 处的页面：第 47 位置位，第 63:48 位清零，因此该地址不是规范地址。</translation>
    </message>
    <message>
        <source>By 2020 the binding holds only mm_count (the 2016 lesson, e57e58bd): process exit can take mm_users to 0 and tear the address space down.</source>
        <translation>到 2020 年，绑定只持有 mm_count（2016 年的教训，e57e58bd）：进程退出可以让 mm_users 降到 0 并拆除地址空间。</translation>
    </message>
    <message>
        <source>prq_event_thread() answered Invalid Request either way. What differs is whether it gave back the mm_users reference it took with mmget_not_zero().</source>
        <translation>无论哪种情况，prq_event_thread() 都应答了 Invalid Request。区别在于它是否归还了用 mmget_not_zero() 获取的 mm_users 引用。</translation>
    </message>
    <message>
        <source>exit_mm() drops the task&apos;s mm_users. With the 2020 bug the page-request handler&apos;s reference is still there, so mm_users stays at 1: exit_mmap() never runs and the mm, its page tables and its PASID binding&apos;s notifier stay forever.</source>
        <translation>exit_mm() 释放任务的 mm_users。有 2020 年的缺陷时，页请求处理程序的引用仍在，所以 mm_users 停留在 1：exit_mmap() 永远不会运行，mm、它的页表以及它的 PASID 绑定的 notifier 永远留存。</translation>
    </message>
    <message>
        <source>The device&apos;s page request for a non-canonical address was refused. exit_mm() now calls mmput(). Does mm_users reach 0?</source>
        <translation>设备针对非规范地址的页请求被拒绝了。exit_mm() 现在调用 mmput()。mm_users 会降到 0 吗？</translation>
    </message>
    <message>
        <source>Yes, in both 2020 variants</source>
        <translation>会，在两个 2020 变体中都会</translation>
    </message>
    <message>
        <source>Only with 902baf61adf6: before it, the refused request kept the mm_users that mmget_not_zero() took</source>
        <translation>只在有 902baf61adf6 时：在它之前，被拒绝的请求保留了 mmget_not_zero() 获取的 mm_users</translation>
    </message>
    <message>
        <source>No: the PASID binding holds mm_users, as in v4.4</source>
        <translation>不会：PASID 绑定持有 mm_users，和 v4.4 一样</translation>
    </message>
    <message>
        <source>In 2020-canonical-check, prq_event_thread() takes mm_users with mmget_not_zero() and only then finds the address non-canonical; goto bad_req skips the mmput() under invalid:. That reference has no owner left, so mm_users stays at 1. The fix checks the address before taking the reference. The binding itself holds only mm_count since e57e58bd.</source>
        <translation>在 2020-canonical-check 中，prq_event_thread() 先用 mmget_not_zero() 获取 mm_users，之后才发现地址不是规范地址；goto bad_req 跳过了 invalid: 下的 mmput()。这个引用再也没有所有者，所以 mm_users 停留在 1。修复在获取引用之前检查地址。自 e57e58bd 起，绑定本身只持有 mm_count。</translation>
    </message>
    <message>
        <source>Two processes, each with its own device and PASID, use the same virtual address. B is set up and working; then A runs and exits. A&apos;s PASID entry is cleared. In v4.5 A&apos;s device&apos;s next access should fault with &apos;PASID not present&apos;, but its device-TLB flush, built with the 2016 QI_DEV_EIOTLB_SID/QDEP macros, went to requester id 00:00.0: A&apos;s device still caches the page and writes into the frame A&apos;s exit freed (in v4.4 the leaked binding keeps A&apos;s pages, so nothing is freed). B&apos;s device keeps working all through A&apos;s teardown, including a page request: a PASID&apos;s teardown must not disturb any other PASID, the criterion the hardware designers confirmed for the fix.</source>
        <translation>两个进程，各自有自己的设备和 PASID，使用同一个虚拟地址。B 已设置好并在工作；然后 A 运行并退出。A 的 PASID 条目被清除。在 v4.5 中，A 的设备的下一次访问本应以 &apos;PASID not present&apos; 出错，但它的设备 TLB 刷新是用 2016 年的 QI_DEV_EIOTLB_SID/QDEP 宏构造的，送到了请求者 ID 00:00.0：A 的设备仍缓存着这个页面，并写入了 A 的退出所释放的页框（在 v4.4 中，泄漏的绑定保住了 A 的页面，所以什么都没有被释放）。在 A 被拆除的整个过程中，B 的设备一直在工作，包括一次页请求：一个 PASID 的拆除不得干扰任何其他 PASID，这是硬件设计者为该修复确认的准则。</translation>
    </message>
    <message>
        <source>A&apos;s device writes 0x600000 again. The device-TLB invalidation A&apos;s release() sent reached requester id 00:00.0 (the 2016 macros put A&apos;s source id into the PASID field), so A&apos;s device still holds the translation: the write goes into a frame A&apos;s exit freed. B is not disturbed.</source>
        <translation>A 的设备再次写入 0x600000。A 的 release() 发出的设备 TLB 失效送到了请求者 ID 00:00.0（2016 年的宏把 A 的源 ID 放进了 PASID 字段），所以 A 的设备仍持有这个翻译：写入落进了 A 的退出所释放的页框。B 不受干扰。</translation>
    </message>
    <message>
        <source>unmap_vmas() cleared the PTEs. mmu_notifier_invalidate_range_end() called intel_invalidate_range(), which queued an extended IOTLB invalidation and an extended device-TLB invalidation for the two pages and waited for them. The IOTLB entries went; the device-TLB descriptor, as the hardware reads its bits, names requester id 00:00.0 and PASID 32 (the source id 0x20 ORed into PASID 0): no such device, nothing invalidated. Then tlb_finish_mmu() flushed the range of its mmu_gather, not munmap()&apos;s: freeing the page tables widened it to start at 0 (pud_free_tlb and pmd_free_tlb pass the base of the span each table mapped), so intel_invalidate_range() asked for 0-0x602000, an IOTLB invalidation of the 8 MiB at 0 (AM 11) and a device-TLB invalidation of the same 8 MiB that went to 00:00.0 too. Then it freed the pages.</source>
        <translation>unmap_vmas() 清除了这些 PTE。mmu_notifier_invalidate_range_end() 调用了 intel_invalidate_range()，它为这两页排入一条扩展 IOTLB 失效和一条扩展设备 TLB 失效，并等待它们完成。IOTLB 条目被清除；而设备 TLB 描述符按硬件读取其位的方式，指定的是请求者 ID 00:00.0 和 PASID 32（源 ID 0x20 被或进了 PASID 0）：没有这样的设备，什么也没有失效。随后 tlb_finish_mmu() 刷新的是其 mmu_gather 的范围，而不是 munmap() 的范围：释放页表把它扩展到从 0 开始（pud_free_tlb 和 pmd_free_tlb 传入的是各表所映射区域的基址），因此 intel_invalidate_range() 请求的是 0-0x602000：一条覆盖从 0 开始 8 MiB 的 IOTLB 失效（AM 11），以及一条同样 8 MiB 的设备 TLB 失效，后者也发往了 00:00.0。然后它释放了这些页。</translation>
    </message>
    <message>
        <source>Scalable mode (VT-d 3.x): a bind walks the PASID directory</source>
        <translation>可扩展模式（VT-d 3.x）：一次绑定会遍历 PASID 目录</translation>
    </message>
    <message>
        <source>The bind writes a 512-bit scalable-mode PASID entry.</source>
        <translation>绑定写入一个 512 位的可扩展模式 PASID 条目。</translation>
    </message>
    <message>
        <source>The buffer, ready for the device.</source>
        <translation>缓冲区已为设备准备好。</translation>
    </message>
    <message>
        <source>The device writes the buffer through its PASID: the IOMMU walks the directory, the table and the page tables.</source>
        <translation>设备通过其 PASID 写缓冲区：IOMMU 遍历目录、表和页表。</translation>
    </message>
    <message>
        <source>intel_pasid_setup_first_level(): intel_pasid_get_entry() found no PASID table behind directory entry PASID &gt;&gt; 6 and allocated one; the entry got FLPTR = the pgd, DID 1 (FLPT_DEFAULT_DID), AW, PGTT 001 and P. Where ECS kept the domain id and the first-level controls per device, scalable mode keeps them per PASID.</source>
        <translation>intel_pasid_setup_first_level()：intel_pasid_get_entry() 发现目录条目 PASID &gt;&gt; 6 后面没有 PASID 表，于是分配了一个；该条目得到 FLPTR = pgd、DID 1（FLPT_DEFAULT_DID）、AW、PGTT 001 和 P。ECS 按设备保存域 ID 和第一级控制，而可扩展模式按 PASID 保存它们。</translation>
    </message>
    <message>
        <source>The walk: root entry (lower half, devfn &lt; 0x80) -&gt; scalable-mode context entry (P, DTE, PASIDE, PRE, PDTS, the directory pointer) -&gt; PASID directory entry -&gt; 512-bit PASID entry -&gt; the four levels of the process&apos;s page tables. The hardware view shows each step.</source>
        <translation>遍历过程：根条目（下半部分，devfn &lt; 0x80）-&gt; 可扩展模式上下文条目（P、DTE、PASIDE、PRE、PDTS、目录指针）-&gt; PASID 目录条目 -&gt; 512 位 PASID 条目 -&gt; 进程页表的四级。硬件视图显示每一步。</translation>
    </message>
    <message>
        <source>In scalable mode, where does the IOMMU find the domain id it tags this translation with in the IOTLB?</source>
        <translation>在可扩展模式下，IOMMU 在哪里找到它在 IOTLB 中为这次转换标记的域 ID？</translation>
    </message>
    <message>
        <source>In the context entry, as in ECS mode</source>
        <translation>在上下文条目中，与 ECS 模式相同</translation>
    </message>
    <message>
        <source>In the PASID-table entry (bits 79:64)</source>
        <translation>在 PASID 表条目中（位 79:64）</translation>
    </message>
    <message>
        <source>In the PASID directory entry</source>
        <translation>在 PASID 目录条目中</translation>
    </message>
    <message>
        <source>A scalable-mode context entry has no domain id: pasid_set_domain_id() writes it into the PASID entry&apos;s second quadword (bits 79:64), so two PASIDs of one device can belong to different domains.</source>
        <translation>可扩展模式的上下文条目没有域 ID：pasid_set_domain_id() 把它写入 PASID 条目的第二个四字（位 79:64），因此同一设备的两个 PASID 可以属于不同的域。</translation>
    </message>
    <message>
        <source>The device has translations of a two-page buffer in the IOTLB and in its own device TLB. The process unmaps the buffer: the MMU notifier&apos;s invalidate_range() callback flushes the IOTLB and sends a device-TLB invalidation before the pages are freed. But the driver builds that descriptor with the 2016 macros of include/linux/intel-iommu.h (QI_DEV_EIOTLB_SID shifts the source id into the PASID field, QI_DEV_EIOTLB_QDEP the queue depth into the SID field): the hardware sends it to requester id 00:00.0 for PASID 32, and the device keeps its stale entries. Its next write goes through one of them into a freed page. The same in every 2016 variant: e57e58bd did not touch these macros; aaa59306b0b7 (v4.11, and stable 4.9.14 and 4.10.2) put the fields where the hardware reads them.</source>
        <translation>设备在 IOTLB 和它自己的设备 TLB 中缓存了一个两页缓冲区的翻译。进程解除了缓冲区的映射：MMU notifier 的 invalidate_range() 回调在页面被释放之前刷新 IOTLB，并发出一个设备 TLB 失效描述符。但驱动用 include/linux/intel-iommu.h 中 2016 年的宏构造这个描述符（QI_DEV_EIOTLB_SID 把源 ID 移进了 PASID 字段，QI_DEV_EIOTLB_QDEP 把队列深度移进了 SID 字段）：硬件把它发给 PASID 32 的请求者 ID 00:00.0，设备保留了它过时的条目。它的下一次写入经由其中一个条目写进了已释放的页面。在 2016 年的每个变体中都一样：e57e58bd 没有改动这些宏；aaa59306b0b7（v4.11，以及稳定版 4.9.14 和 4.10.2）把这些字段放到了硬件读取它们的位置。</translation>
    </message>
    <message>
        <source>Museum, scalable mode. The IOMMU runs in scalable mode (VT-d rev 3.x), as later kernels run it on hardware that has it: the root table address register has SMT set, the device&apos;s scalable-mode context entry points at a PASID directory, each directory entry at a page of 64 PASID-table entries of 512 bits. The 2022 driver binds: intel_pasid_setup_first_level() (drivers/iommu/intel/pasid.c, v5.18) allocates the PASID table page on demand and writes the entry: the first-level pointer (the process&apos;s pgd), the domain id, PGTT 001 (first level only) and the present bit. The device&apos;s DMA then walks root -&gt; context -&gt; PASID directory -&gt; PASID table -&gt; the process&apos;s page tables. The process exits and everything is released. Compare with pasid-reuse-after-exit, the same 2022 driver on an ECS IOMMU. The 2020 variants run it in scalable mode too (their v5.6 driver, drivers/iommu/intel-pasid.c); the 2016 variants have no scalable-mode code: they run this scenario on an ECS IOMMU.</source>
        <translation>博物馆，可扩展模式。IOMMU 运行在可扩展模式（VT-d 3.x 版）下，正如后来的内核在支持它的硬件上所做的：根表地址寄存器中设置了 SMT，设备的可扩展模式上下文条目指向一个 PASID 目录，每个目录条目指向一页共 64 个 512 位的 PASID 表条目。2022 年的驱动进行绑定：intel_pasid_setup_first_level()（drivers/iommu/intel/pasid.c，v5.18）按需分配 PASID 表页并写入条目：第一级指针（进程的 pgd）、域 ID、PGTT 001（仅第一级）和存在位。随后设备的 DMA 依次遍历 根 -&gt; 上下文 -&gt; PASID 目录 -&gt; PASID 表 -&gt; 进程的页表。进程退出，一切都被释放。可与 pasid-reuse-after-exit 对比，那是同一个 2022 年驱动运行在 ECS IOMMU 上。2020 年的变体同样在可扩展模式下运行（其 v5.6 驱动，drivers/iommu/intel-pasid.c）；2016 年的变体没有可扩展模式代码：它们在 ECS IOMMU 上运行本场景。</translation>
    </message>
</context>
<context>
    <name>svm::core</name>
    <message>
        <source>%1 %2</source>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>IOMMU page walk A/D update in</source>
        <translation>IOMMU 页遍历的 A/D 位更新写入了</translation>
    </message>
    <message>
        <source>IOMMU page walk read of</source>
        <translation>IOMMU 页遍历读取了</translation>
    </message>
    <message>
        <source>Fault %1 recorded in the fault recording registers.</source>
        <translation>故障 %1 已记录在故障记录寄存器中。</translation>
    </message>
    <message>
        <source>Fault %1 (not recorded: a record from this device is still pending, or the registers overflowed).</source>
        <translation>故障 %1（未记录：该设备仍有一条记录未处理，或寄存器已溢出）。</translation>
    </message>
    <message>
        <source>device %1 DMA write to</source>
        <translation>设备 %1 的 DMA 写入了</translation>
    </message>
    <message>
        <source>device %1 DMA read of</source>
        <translation>设备 %1 的 DMA 读取了</translation>
    </message>
    <message>
        <source>isolation: device %1 reached PASID %2 without being bound to it (the PASID table is shared by every device behind this IOMMU)</source>
        <translation>isolation: 设备 %1 在未绑定的情况下访问到了 PASID %2（这个 IOMMU 后面的所有设备共用同一张 PASID 表）</translation>
    </message>
    <message>
        <source>isolation: DMA for PASID %1 (bound to %2) reached a page of %3</source>
        <translation>isolation: PASID %1（绑定到 %2）的 DMA 访问到了 %3 的页面</translation>
    </message>
    <message>
        <source>DMA write to %1 -&gt; %2 (memory that is no longer this process&apos;s)</source>
        <translation>DMA 写入 %1 -&gt; %2（这块内存已不属于该进程）</translation>
    </message>
    <message>
        <source>DMA read of %1 -&gt; %2 (memory that is no longer this process&apos;s)</source>
        <translation>DMA 读取 %1 -&gt; %2（这块内存已不属于该进程）</translation>
    </message>
    <message>
        <source>DMA write to %1 -&gt; %2</source>
        <translation>DMA 写入 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>DMA read of %1 -&gt; %2</source>
        <translation>DMA 读取 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>isolation: PASID %1 is bound to a live mm, yet its entry is not present</source>
        <translation>isolation: PASID %1 绑定在一个存活的 mm 上，但它的表项却不存在</translation>
    </message>
    <message>
        <source>page group responses</source>
        <translation>页组应答</translation>
    </message>
    <message>
        <source>The device was stopped by its driver: the request is not issued.</source>
        <translation>设备已被其驱动停止：请求不会发出。</translation>
    </message>
    <message>
        <source>No PASID programmed into the device: nothing is issued.</source>
        <translation>设备中没有设置 PASID：不发出任何请求。</translation>
    </message>
    <message>
        <source>The driver stopped the device: the rest of the transfer is abandoned.</source>
        <translation>驱动停止了设备：剩余的传输被放弃。</translation>
    </message>
    <message>
        <source>Device-TLB hit.</source>
        <translation>设备 TLB 命中。</translation>
    </message>
    <message>
        <source>Translation completion: %1 (IOTLB hit).</source>
        <translation>地址转换完成：%1（IOTLB 命中）。</translation>
    </message>
    <message>
        <source>Translation completion: %1 (page walk).</source>
        <translation>地址转换完成：%1（页表遍历）。</translation>
    </message>
    <message>
        <source>Translation completion without the needed permission (%1).</source>
        <translation>地址转换完成，但没有所需的权限（%1）。</translation>
    </message>
    <message>
        <source>Still no page after %1 retries: the device gives up.</source>
        <translation>重试 %1 次后仍然没有页面：设备放弃。</translation>
    </message>
    <message>
        <source>The translation request fails (Unsupported Request completion).</source>
        <translation>地址转换请求失败（Unsupported Request 完成）。</translation>
    </message>
    <message>
        <source>(Modeled, UNVERIFIED: the IOMMU answers it itself with Success, so the device retries.)</source>
        <translation>（模型假设，未经证实：IOMMU 自己以 Success 应答，于是设备重试。）</translation>
    </message>
    <message>
        <source>Queued in the page request queue; the IOMMU raises its interrupt.</source>
        <translation>已放入页请求队列；IOMMU 触发中断。</translation>
    </message>
    <message>
        <source>The context entry has no PRE: fault recorded, and no answer will come.</source>
        <translation>上下文表项没有 PRE：故障已记录，不会有应答。</translation>
    </message>
    <message>
        <source>The page request queue is full: PRO set, the request is dropped.</source>
        <translation>页请求队列已满：PRO 置位，请求被丢弃。</translation>
    </message>
    <message>
        <source>PRO is still set (Linux 4.4 never clears it): the request is dropped.</source>
        <translation>PRO 仍然置位（Linux 4.4 从不清除它）：请求被丢弃。</translation>
    </message>
    <message>
        <source>The device retries the translation of the pages answered with Success.</source>
        <translation>设备对以 Success 应答的页面重新请求地址转换。</translation>
    </message>
    <message>
        <source>Invalid Request: those accesses fail.</source>
        <translation>Invalid Request：这些访问失败。</translation>
    </message>
    <message>
        <source>Response Failure: the device disables PRI.</source>
        <translation>Response Failure：设备关闭 PRI。</translation>
    </message>
    <message>
        <source>the device to go idle (no transfer, no page request outstanding)</source>
        <translation>设备空闲（没有传输，也没有未完成的页请求）</translation>
    </message>
    <message>
        <source>The device is told its PASID (%1) and started.</source>
        <translation>设备得知自己的 PASID（%1）并被启动。</translation>
    </message>
    <message>
        <source>The driver&apos;s release(): the only place this file&apos;s PASID binding is dropped.</source>
        <translation>驱动的 release()：这是解除该文件 PASID 绑定的唯一地方。</translation>
    </message>
    <message>
        <source>pasid_mutex</source>
        <translation>pasid_mutex</translation>
    </message>
    <message>
        <source>a free slot in the invalidation queue</source>
        <translation>失效队列中的空闲槽位</translation>
    </message>
    <message>
        <source>the invalidation wait descriptor to complete</source>
        <translation>失效等待描述符完成</translation>
    </message>
    <message>
        <source>kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)</source>
        <translation>kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)</translation>
    </message>
    <message>
        <source>This device already uses PASID %1 for this mm: users +1.</source>
        <translation>该设备已在为这个 mm 使用 PASID %1：users +1。</translation>
    </message>
    <message>
        <source>PASID %1 already serves this mm: the device joins it.</source>
        <translation>PASID %1 已在为这个 mm 服务：设备加入其中。</translation>
    </message>
    <message>
        <source>PASID %1 allocated.</source>
        <translation>已分配 PASID %1。</translation>
    </message>
    <message>
        <source>PASID entry %1 points at this mm&apos;s page tables (FLPTPTR = pgd).</source>
        <translation>PASID 表项 %1 指向这个 mm 的页表（FLPTPTR = pgd）。</translation>
    </message>
    <message>
        <source>v4.4 forgets its mm pointer here, so the mmput() at out: is skipped: the binding keeps the mm_users reference from get_task_mm().</source>
        <translation>v4.4 在这里丢掉了它的 mm 指针，于是 out: 处的 mmput() 被跳过：绑定一直持有 get_task_mm() 获取的 mm_users 引用。</translation>
    </message>
    <message>
        <source>A supervisor PASID: the kernel&apos;s own page tables (init_mm.pgd), SRE set, no mm.</source>
        <translation>一个 supervisor PASID：使用内核自己的页表（init_mm.pgd），SRE 置位，没有 mm。</translation>
    </message>
    <message>
        <source>The device&apos;s extended context entry gets PASIDE and PRE and the PASID table pointer.</source>
        <translation>设备的扩展上下文表项被设置 PASIDE 和 PRE，以及 PASID 表指针。</translation>
    </message>
    <message>
        <source>The device&apos;s extended context entry gets PASIDE and the PASID table pointer.</source>
        <translation>设备的扩展上下文表项被设置 PASIDE 以及 PASID 表指针。</translation>
    </message>
    <message>
        <source>The binding is gone: intel_svm poisoned with 0x6b and freed.</source>
        <translation>绑定已不复存在：intel_svm 被填充 0x6b（poison）并释放。</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared: the hardware can no longer walk these page tables.</source>
        <translation>PASID 表项 %1 已清除：硬件无法再遍历这些页表。</translation>
    </message>
    <message>
        <source>WARNING at drivers/iommu/intel-svm.c intel_mm_release(): devices still bound, and no flush</source>
        <translation>WARNING at drivers/iommu/intel-svm.c intel_mm_release()：仍有设备处于绑定状态，且没有刷新</translation>
    </message>
    <message>
        <source>mmap_sem (held for write)</source>
        <translation>mmap_sem（被以写方式持有）</translation>
    </message>
    <message>
        <source>No binding for PASID %1: Response Failure.</source>
        <translation>PASID %1 没有绑定：Response Failure。</translation>
    </message>
    <message>
        <source>mm_users is 0: the mm is defunct. The request is refused (Invalid Request).</source>
        <translation>mm_users 为 0：这个 mm 已失效。请求被拒绝（Invalid Request）。</translation>
    </message>
    <message>
        <source>mm_users +1 for as long as the fault is handled.</source>
        <translation>在处理缺页期间 mm_users +1。</translation>
    </message>
    <message>
        <source>No VMA covers the address: Invalid Request.</source>
        <translation>没有 VMA 覆盖这个地址：Invalid Request。</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in prq_event_thread(): svm is NULL at bad_req</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in prq_event_thread()：在 bad_req 处 svm 为 NULL</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>应答：%1。</translation>
    </message>
    <message>
        <source>, and %1 page frame(s) of the leaked mm</source>
        <translation>，以及泄漏的 mm 的 %1 个页帧</translation>
    </message>
    <message>
        <source>. PASID %1 is still present in the PASID table: devices can still DMA into this dead process&apos;s memory</source>
        <translation>。PASID %1 仍存在于 PASID 表中：设备仍能通过 DMA 访问这个已死进程的内存</translation>
    </message>
    <message>
        <source>%1 page frame(s) belong to an mm that has been freed: allocated into a defunct mm after exit_mmap(), never freed</source>
        <translation>%1 个页帧属于一个已被释放的 mm：它们在 exit_mmap() 之后被分配给一个已失效的 mm，且从未释放</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 在等待%2</translation>
    </message>
    <message>
        <source>%1 waits for %2 of %3</source>
        <translation>%1 在等待 %3 的%2</translation>
    </message>
    <message>
        <source>no thread can run: %1</source>
        <translation>没有线程可以运行：%1</translation>
    </message>
    <message>
        <source>double free of %1, freed before by %2</source>
        <translation>%1 被重复释放，之前已由 %2 释放</translation>
    </message>
    <message>
        <source>double free of frame %1</source>
        <translation>页帧 %1 被重复释放</translation>
    </message>
    <message>
        <source>increment of %1 on %2 from %3: the object may already be on its way out</source>
        <translation>%2 的 %1 从 %3 开始递增：该对象可能已经在销毁过程中</translation>
    </message>
    <message>
        <source>refcount underflow: %1 of %2 decremented from %3</source>
        <translation>引用计数下溢：%2 的 %1 从 %3 开始递减</translation>
    </message>
    <message>
        <source>%1 in %2()</source>
        <translation>%1（在 %2() 中）</translation>
    </message>
    <message>
        <source>use-after-free: %1 of %2 in %3() by %4; freed by %5</source>
        <translation>use-after-free: %4 在 %3() 中对 %2 的%1；释放者：%5</translation>
    </message>
    <message>
        <source>use-after-free: %1 frame %2</source>
        <translation>use-after-free: %1页帧 %2</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation>（%2 的%1）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>, freed by %1</source>
        <translation>，释放者：%1</translation>
    </message>
    <message>
        <source>, freed and reallocated</source>
        <translation>，已被释放并重新分配</translation>
    </message>
    <message>
        <source>access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>mmap_sem</source>
        <translation>mmap_sem</translation>
    </message>
    <message>
        <source>synchronize_srcu: a reader is inside</source>
        <translation>synchronize_srcu：有读者在临界区内</translation>
    </message>
    <message>
        <source>not born yet</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>&quot;after&quot; in the scenario</source>
        <translation>场景中的 &quot;after&quot;</translation>
    </message>
    <message>
        <source>The access goes through the CPU&apos;s page tables.</source>
        <translation>访问经由 CPU 的页表进行。</translation>
    </message>
    <message>
        <source>outstanding page responses</source>
        <translation>未完成的页应答</translation>
    </message>
    <message>
        <source>a page request interrupt</source>
        <translation>页请求中断</translation>
    </message>
    <message>
        <source>work (delayed_fput)</source>
        <translation>工作项（delayed_fput）</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>descriptors (IQT != IQH)</source>
        <translation>描述符（IQT != IQH）</translation>
    </message>
    <message>
        <source>%1 context-cache entry removed</source>
        <translation>移除了 %1 个上下文缓存条目</translation>
    </message>
    <message>
        <source>%1 context-cache entries removed</source>
        <translation>移除了 %1 个上下文缓存条目</translation>
    </message>
    <message>
        <source>no first-level entries affected</source>
        <translation>没有一级表项受影响</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>屏障（fence）</translation>
    </message>
    <message>
        <source>status QI_DONE written to desc_status[%1]</source>
        <translation>状态 QI_DONE 已写入 desc_status[%1]</translation>
    </message>
    <message>
        <source>%1 IOTLB entry removed</source>
        <translation>移除了 %1 个 IOTLB 条目</translation>
    </message>
    <message>
        <source>%1 IOTLB entries removed</source>
        <translation>移除了 %1 个 IOTLB 条目</translation>
    </message>
    <message>
        <source>%1 PASID-cache entry removed</source>
        <translation>移除了 %1 个 PASID 缓存条目</translation>
    </message>
    <message>
        <source>%1 PASID-cache entries removed</source>
        <translation>移除了 %1 个 PASID 缓存条目</translation>
    </message>
    <message>
        <source>%1 device-TLB entry removed</source>
        <translation>移除了 %1 个设备 TLB 条目</translation>
    </message>
    <message>
        <source>%1 device-TLB entries removed</source>
        <translation>移除了 %1 个设备 TLB 条目</translation>
    </message>
    <message>
        <source>response to an unknown requester</source>
        <translation>发给未知请求者的应答</translation>
    </message>
    <message>
        <source>%1 delivered to the device (PRG %2)</source>
        <translation>%1 已送达设备（PRG %2）</translation>
    </message>
    <message>
        <source>invalid descriptor type: IQE</source>
        <translation>无效的描述符类型：IQE</translation>
    </message>
    <message>
        <source>The task is exiting: PF_EXITING is set.</source>
        <translation>任务正在退出：PF_EXITING 已置位。</translation>
    </message>
    <message>
        <source>mm_count +1: the dying task keeps running on this mm (active_mm) until its last switch.</source>
        <translation>mm_count +1：即将结束的任务在最后一次切换之前仍在这个 mm（active_mm）上运行。</translation>
    </message>
    <message>
        <source>The task_struct is freed. Whatever it still reached must have been freed by now.</source>
        <translation>task_struct 被释放。它仍能访问到的一切此时都应已被释放。</translation>
    </message>
    <message>
        <source>fd %1 now refers to file#%2.</source>
        <translation>fd %1 现在指向 file#%2。</translation>
    </message>
    <message>
        <source>f_count drops to %1: someone still holds the file.</source>
        <translation>f_count 降到 %1：仍有人持有这个文件。</translation>
    </message>
    <message>
        <source>Last reference gone: the final __fput() is queued as task work, to run on the way back to user space (or in exit_task_work()).</source>
        <translation>最后一个引用已消失：最终的 __fput() 作为 task work 排队，在返回用户空间的途中（或在 exit_task_work() 中）运行。</translation>
    </message>
    <message>
        <source>Last reference dropped by a kernel thread: __fput() goes to the delayed_fput work.</source>
        <translation>最后一个引用由内核线程释放：__fput() 交给 delayed_fput 工作项执行。</translation>
    </message>
    <message>
        <source>The struct file is freed.</source>
        <translation>struct file 被释放。</translation>
    </message>
    <message>
        <source>mm_users reached 0: the address space is torn down now.</source>
        <translation>mm_users 降为 0：地址空间现在被拆除。</translation>
    </message>
    <message>
        <source>The pgd page is freed: any PASID entry still pointing at it now points at free memory.</source>
        <translation>pgd 页被释放：任何仍指向它的 PASID 表项现在都指向空闲内存。</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: __mmu_notifier_mm_destroy with notifiers</source>
        <translation>kernel BUG at mm/mmu_notifier.c：__mmu_notifier_mm_destroy 时仍有 notifier</translation>
    </message>
    <message>
        <source>The mm_struct itself is freed.</source>
        <translation>mm_struct 本身被释放。</translation>
    </message>
    <message>
        <source>The child gets its own fd table; each open file gains a reference.</source>
        <translation>子进程得到自己的 fd 表；每个打开的文件都多了一个引用。</translation>
    </message>
    <message>
        <source>The child&apos;s copy of the mapping takes its own reference on the file.</source>
        <translation>子进程的映射副本对文件持有自己的引用。</translation>
    </message>
    <message>
        <source>The child process starts running.</source>
        <translation>子进程开始运行。</translation>
    </message>
    <message>
        <source>PTEs cleared; the pages wait in the mmu_gather until the TLBs are flushed.</source>
        <translation>PTE 已清除；这些页面在 mmu_gather 中等待，直到 TLB 被刷新。</translation>
    </message>
    <message>
        <source>%1 page(s) go back to the page allocator.</source>
        <translation>%1 个页面归还给页分配器。</translation>
    </message>
    <message>
        <source>No mapping allows this access: SIGSEGV.</source>
        <translation>没有任何映射允许这次访问：SIGSEGV。</translation>
    </message>
    <message>
        <source>The page was already there (another thread faulted it in first).</source>
        <translation>页面已经存在（另一个线程先把它调入了）。</translation>
    </message>
    <message>
        <source>A read fault maps the shared zero page, read-only.</source>
        <translation>读缺页映射共享的零页，只读。</translation>
    </message>
    <message>
        <source>A new zeroed page is mapped at %1.</source>
        <translation>在 %1 处映射了一个新的清零页面。</translation>
    </message>
    <message>
        <source>Only this mapping uses the page: it is made writable in place.</source>
        <translation>只有这个映射在使用该页面：直接将其设为可写。</translation>
    </message>
    <message>
        <source>Copy-on-write: this mapping gets its own copy of the page.</source>
        <translation>写时复制：这个映射得到该页面自己的副本。</translation>
    </message>
    <message>
        <source>The device&apos;s MMIO page is mapped into the process (no struct page, no refcount).</source>
        <translation>设备的 MMIO 页被映射到进程中（没有 struct page，也没有引用计数）。</translation>
    </message>
    <message>
        <source>%1 PTE(s) copied, write-protected on both sides for copy-on-write.</source>
        <translation>复制了 %1 个 PTE，双方都设为写保护以实现写时复制。</translation>
    </message>
    <message>
        <source>%1 PTE(s) copied.</source>
        <translation>复制了 %1 个 PTE。</translation>
    </message>
    <message>
        <source>The range is already mapped; this model does not replace mappings.</source>
        <translation>该范围已被映射；本模型不会替换已有映射。</translation>
    </message>
    <message>
        <source>The new VMA takes a reference on the file (vm_file): f_count +1.</source>
        <translation>新的 VMA 持有文件的一个引用（vm_file）：f_count +1。</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: mmu_notifier_register() on an mm with mm_users == 0</source>
        <translation>kernel BUG at mm/mmu_notifier.c：在 mm_users == 0 的 mm 上调用 mmu_notifier_register()</translation>
    </message>
    <message>
        <source>The notifier pins the mm_struct: mm_count +1. This pin is all the fixed driver keeps.</source>
        <translation>notifier 钉住 mm_struct：mm_count +1。修复后的驱动只保留这一个引用。</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister(): reading mm-&gt;mm_count of a NULL mm (a supervisor PASID has no mm)</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister()：读取了 NULL mm 的 mm-&gt;mm_count（supervisor PASID 没有 mm）</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: mm_count &lt;= 0 in mmu_notifier_unregister()</source>
        <translation>kernel BUG at mm/mmu_notifier.c：mmu_notifier_unregister() 中 mm_count &lt;= 0</translation>
    </message>
    <message>
        <source>exit_mmap() already unhooked this notifier: no -&gt;release() from here.</source>
        <translation>exit_mmap() 已经摘除了这个 notifier：这里不会再调用 -&gt;release()。</translation>
    </message>
    <message>
        <source>Every notifier is unhooked: the unmapping and freeing that follow will notify no one.</source>
        <translation>所有 notifier 都已摘除：随后的解除映射和释放不会再通知任何人。</translation>
    </message>
    <message>
        <source>page-table read of</source>
        <translation>页表读取了</translation>
    </message>
    <message>
        <source>page-table write to</source>
        <translation>页表写入了</translation>
    </message>
    <message>
        <source>intel-svm as merged in v4.4: the binding holds mm_users and mm_count</source>
        <translation>v4.4 合入时的 intel-svm：绑定同时持有 mm_users 和 mm_count</translation>
    </message>
    <message>
        <source>with e57e58bd: mm_count only; release() clears the PASID entry and flushes; the fault handler takes mm_users with inc-not-zero</source>
        <translation>包含 e57e58bd：只持有 mm_count；release() 清除 PASID 表项并刷新缓存；缺页处理程序用 inc-not-zero 获取 mm_users</translation>
    </message>
    <message>
        <source>the fix without the clear-and-flush in release(): shows W0</source>
        <translation>去掉 release() 中清除并刷新这一步的修复：演示 W0</translation>
    </message>
    <message>
        <source>the fix without the inc-not-zero in the fault handler: shows W1</source>
        <translation>去掉缺页处理程序中 inc-not-zero 的修复：演示 W1</translation>
    </message>
    <message>
        <source>pid %1 (kthread)</source>
        <translation>pid %1（内核线程）</translation>
    </message>
    <message>
        <source>%1 open fd(s)</source>
        <translation>%1 个打开的 fd</translation>
    </message>
    <message>
        <source>intel_svm (no PASID yet)</source>
        <translation>intel_svm（尚无 PASID）</translation>
    </message>
    <message>
        <source>being set up</source>
        <translation>正在建立</translation>
    </message>
    <message>
        <source>supervisor: no mm</source>
        <translation>特权模式：没有 mm</translation>
    </message>
    <message>
        <source>unregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>hooked on the mm</source>
        <translation>已挂在 mm 上</translation>
    </message>
    <message>
        <source>unhooked</source>
        <translation>已摘除</translation>
    </message>
    <message>
        <source>cleared, the PASID still bound</source>
        <translation>已清除，PASID 仍被绑定</translation>
    </message>
    <message>
        <source>allocated, entry not written yet</source>
        <translation>已分配，表项尚未写入</translation>
    </message>
    <message>
        <source>cleared (not present)</source>
        <translation>已清除（不存在）</translation>
    </message>
    <message>
        <source>no fault</source>
        <translation>无故障</translation>
    </message>
    <message>
        <source>root entry not present</source>
        <translation>root 表项不存在</translation>
    </message>
    <message>
        <source>context entry not present</source>
        <translation>context 表项不存在</translation>
    </message>
    <message>
        <source>PASIDE=0 in context entry</source>
        <translation>context 表项中 PASIDE=0</translation>
    </message>
    <message>
        <source>PASID beyond PASID-table size</source>
        <translation>PASID 超出 PASID 表大小</translation>
    </message>
    <message>
        <source>page request with PRE=0</source>
        <translation>PRE=0 时的页请求</translation>
    </message>
    <message>
        <source>PASID-table entry access error</source>
        <translation>PASID 表项访问错误</translation>
    </message>
    <message>
        <source>PASID entry not present</source>
        <translation>PASID 表项不存在</translation>
    </message>
    <message>
        <source>supervisor request with SRE=0</source>
        <translation>SRE=0 时的特权请求</translation>
    </message>
    <message>
        <source>first-level entry access error</source>
        <translation>一级页表项访问错误</translation>
    </message>
    <message>
        <source>first-level entry not present</source>
        <translation>一级页表项不存在</translation>
    </message>
    <message>
        <source>first-level entry reserved bits set</source>
        <translation>一级页表项设置了保留位</translation>
    </message>
    <message>
        <source>PML4E access error</source>
        <translation>PML4E 访问错误</translation>
    </message>
    <message>
        <source>non-canonical address</source>
        <translation>非规范地址</translation>
    </message>
    <message>
        <source>user request to supervisor page (U/S=0)</source>
        <translation>用户态请求访问特权页（U/S=0）</translation>
    </message>
    <message>
        <source>execute request to no-execute page</source>
        <translation>对不可执行页的执行请求</translation>
    </message>
    <message>
        <source>write request to read-only page</source>
        <translation>对只读页的写请求</translation>
    </message>
    <message>
        <source>read request without read permission</source>
        <translation>没有读权限的读请求</translation>
    </message>
    <message>
        <source>unknown fault</source>
        <translation>未知故障</translation>
    </message>
    <message>
        <source>%1 %2 (modeled)</source>
        <translation>%1 %2（建模）</translation>
    </message>
    <message>
        <source>PCIe device with ATS and PRI</source>
        <translation>支持 ATS 和 PRI 的 PCIe 设备</translation>
    </message>
    <message>
        <source>%1 (modeled driver)</source>
        <translation>%1（建模的驱动）</translation>
    </message>
    <message>
        <source>%1 (hardware model)</source>
        <translation>%1（硬件模型）</translation>
    </message>
    <message>
        <source>user space</source>
        <translation>用户空间</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>VT-d 2.x queued invalidation</source>
        <translation>VT-d 2.x 队列式失效（queued invalidation）</translation>
    </message>
    <message>
        <source>%1 holds %2&apos;s %3</source>
        <translation>%1 持有 %2 的 %3</translation>
    </message>
    <message>
        <source>%1 owns %2</source>
        <translation>%1 拥有 %2</translation>
    </message>
    <message>
        <source>%1 points to %2 (%3)</source>
        <translation>%1 指向 %2（%3）</translation>
    </message>
    <message>
        <source>objects no running task can reach: %1</source>
        <translation>没有任何运行中的任务能访问到的对象：%1</translation>
    </message>
    <message>
        <source>. Each is freed only through the one before it in the cycle %1 (%2)</source>
        <translation>。每个对象只能经由环中它前面的那个对象释放，环为 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: Invalid Request.</source>
        <translation>%1 不是规范地址：Invalid Request。</translation>
    </message>
    <message>
        <source>mmget_not_zero(): mm_users +1 for as long as the fault is handled; the mmput() under invalid: gives it back.</source>
        <translation>mmget_not_zero()：在处理缺页期间 mm_users +1；invalid: 下的 mmput() 将其归还。</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: goto bad_req, which is past the mmput(). The mm_users reference taken one line above is never given back.</source>
        <translation>%1 不是规范地址：goto bad_req，而它位于 mmput() 之后。上一行获取的 mm_users 引用永远不会归还。</translation>
    </message>
    <message>
        <source>The mm_users reference taken by mmget_not_zero() is forgotten here: no mmput() will ever give it back, so this mm&apos;s users can never reach 0.</source>
        <translation>mmget_not_zero() 获取的 mm_users 引用在这里被遗忘了：不会有任何 mmput() 归还它，因此这个 mm 的 users 永远不会降到 0。</translation>
    </message>
    <message>
        <source>This mm already has PASID %1: it keeps it for its whole life.</source>
        <translation>这个 mm 已经有 PASID %1：它在整个生命周期中都保留它。</translation>
    </message>
    <message>
        <source>ioasid_alloc(): PASID %1 is the lowest free one.</source>
        <translation>ioasid_alloc()：PASID %1 是最小的空闲 PASID。</translation>
    </message>
    <message>
        <source>701fac40384f: the PASID goes with the address space, while a driver may still have it programmed into its device.</source>
        <translation>701fac40384f：PASID 随地址空间一起释放，而驱动可能仍把它设置在自己的设备中。</translation>
    </message>
    <message>
        <source>ioasid_free(%1): the allocator may hand PASID %1 to the next bind.</source>
        <translation>ioasid_free(%1)：分配器可能把 PASID %1 交给下一次绑定。</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: notifier subscriptions destroyed with notifiers</source>
        <translation>kernel BUG at mm/mmu_notifier.c：销毁 notifier subscriptions 时仍有 notifier</translation>
    </message>
    <message>
        <source>2667ed10d9f0: the PASID goes with the mm_struct, which every binding holds (mm_count).</source>
        <translation>2667ed10d9f0：PASID 随 mm_struct 一起释放，而每个绑定都持有 mm_struct（mm_count）。</translation>
    </message>
    <message>
        <source>PASID %1 already has an intel_svm, and it is another mm&apos;s: the number was freed while that binding still uses it. This bind joins it.</source>
        <translation>PASID %1 已有一个 intel_svm，而且属于另一个 mm：这个编号在那个绑定仍在使用时就被释放了。本次绑定加入了它。</translation>
    </message>
    <message>
        <source>PASID entry %1 points at this mm&apos;s page tables (first-level pointer = pgd).</source>
        <translation>PASID 表项 %1 指向这个 mm 的页表（一级页表指针 = pgd）。</translation>
    </message>
    <message>
        <source>QI_DEV_EIOTLB_SID() shifts the source id by 32, into the PASID field, and QI_DEV_EIOTLB_QDEP() the queue depth by 16, into the SID field: meant for %1, PASID %2, the descriptor reads SID %3, PASID %4.</source>
        <translation>QI_DEV_EIOTLB_SID() 把源 ID 左移 32 位，移进了 PASID 字段；QI_DEV_EIOTLB_QDEP() 把队列深度左移 16 位，移进了 SID 字段：本应发给 %1、PASID %2，描述符读出来却是 SID %3、PASID %4。</translation>
    </message>
    <message>
        <source>2020, before 902baf61adf6: prq_event_thread() checks is_canonical_address() after mmget_not_zero(), and its goto bad_req skips the mmput()</source>
        <translation>2020，902baf61adf6 之前：prq_event_thread() 在 mmget_not_zero() 之后才检查 is_canonical_address()，它的 goto bad_req 跳过了 mmput()</translation>
    </message>
    <message>
        <source>2020, with 902baf61adf6 (&quot;iommu/vt-d: Fix mm reference leak&quot;): the canonical check comes first</source>
        <translation>2020，包含 902baf61adf6（&quot;iommu/vt-d: Fix mm reference leak&quot;）：先做规范地址检查</translation>
    </message>
    <message>
        <source>2022, with 701fac40384f: mm-&gt;pasid is freed in __mmput(), when the address space goes</source>
        <translation>2022，包含 701fac40384f：mm-&gt;pasid 在 __mmput() 中释放，即地址空间消失时</translation>
    </message>
    <message>
        <source>2022, with 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;): mm-&gt;pasid is freed in __mmdrop(), when the mm_struct goes</source>
        <translation>2022，包含 2667ed10d9f0（&quot;mm: Fix PASID use-after-free issue&quot;）：mm-&gt;pasid 在 __mmdrop() 中释放，即 mm_struct 消失时</translation>
    </message>
    <message>
        <source>a preset with hunks of e57e58bd switched on: the id names them</source>
        <translation>启用了 e57e58bd 部分补丁块的预设：其 ID 列出了这些补丁块</translation>
    </message>
    <message>
        <source>release() no longer clears the PASID entry either (nor WARNs)</source>
        <translation>release() 也不再清除 PASID 表项（也不再 WARN）</translation>
    </message>
    <message>
        <source>simulator bug in %1(), line %2 (%3): %4 [%5:%6]</source>
        <translation>模拟器缺陷，位于 %1() 第 %2 行（%3）：%4 [%5:%6]</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in %1(): %2 is NULL</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in %1()：%2 为 NULL</translation>
    </message>
    <message>
        <source>(freed and reused as %1)</source>
        <translation>（已释放，并被重新用作%1）</translation>
    </message>
    <message>
        <source>(%1 of %2), freed by %3</source>
        <translation>（%2 的%1），释放者：%3</translation>
    </message>
    <message>
        <source>(%1), freed by %2</source>
        <translation>（%1），释放者：%2</translation>
    </message>
    <message>
        <source>PASID %1&apos;s entry is present and its page tables lead, for %2, to frame %3 %4: a device&apos;s next DMA with this PASID walks into freed memory</source>
        <translation>PASID %1 的表项存在，其页表把 %2 引向页帧 %3 %4：设备下一次用这个 PASID 做 DMA 时会走进已释放的内存</translation>
    </message>
    <message>
        <source>PASID %1&apos;s entry is present and its FLPTPTR points at frame %2 %3: a device&apos;s next DMA with this PASID walks freed memory as its page tables</source>
        <translation>PASID %1 的表项存在，其 FLPTPTR 指向页帧 %2 %3：设备下一次用这个 PASID 做 DMA 时会把已释放的内存当作页表来遍历</translation>
    </message>
    <message>
        <source>the PASID cache holds PASID %1&apos;s entry, whose FLPTPTR points at frame %2 %3: the IOMMU walks it without reading the table again</source>
        <translation>PASID 缓存中保存着 PASID %1 的表项，其 FLPTPTR 指向页帧 %2 %3：IOMMU 会直接遍历它，而不再重新读取表</translation>
    </message>
    <message>
        <source>the IOTLB holds a translation of %1 (PASID %2) to frame %3 %4: a DMA that hits it reaches freed memory</source>
        <translation>IOTLB 中保存着 %1（PASID %2）到页帧 %3 %4 的翻译：命中它的 DMA 会访问已释放的内存</translation>
    </message>
    <message>
        <source>%1&apos;s device TLB holds a translation of %2 (PASID %3) to frame %4 %5: the device reaches freed memory without asking the IOMMU</source>
        <translation>%1 的设备 TLB 中保存着 %2（PASID %3）到页帧 %4 %5 的翻译：设备无需询问 IOMMU 就会访问已释放的内存</translation>
    </message>
    <message>
        <source>no device has requester id %1: no device TLB is invalidated</source>
        <translation>没有设备的请求者 ID 是 %1：没有任何设备 TLB 被失效</translation>
    </message>
    <message>
        <source>bind drops the get_task_mm() reference: `mm = NULL;` is deleted, so mmput(mm) at out: runs and the binding holds only the notifier&apos;s mm_count</source>
        <translation>bind 释放 get_task_mm() 的引用：删去了 `mm = NULL;`，于是 out: 处的 mmput(mm) 会运行，绑定只持有 notifier 的 mm_count</translation>
    </message>
    <message>
        <source>unbind no longer mmput()s: idr_remove(), then mmu_notifier_unregister() only if svm-&gt;mm</source>
        <translation>unbind 不再调用 mmput()：先 idr_remove()，然后仅当 svm-&gt;mm 非空时才调用 mmu_notifier_unregister()</translation>
    </message>
    <message>
        <source>release() flushes the PASID cache, IOTLB and device TLB of every bound device after clearing the PASID entry (and no longer WARNs)</source>
        <translation>release() 在清除 PASID 表项之后，刷新每个已绑定设备的 PASID 缓存、IOTLB 和设备 TLB（并且不再 WARN）</translation>
    </message>
    <message>
        <source>the page-request handler takes mm_users with atomic_inc_not_zero() (failing the request on a defunct mm) and mmput()s after up_read()</source>
        <translation>页请求处理程序用 atomic_inc_not_zero() 获取 mm_users（mm 已失效时让请求失败），并在 up_read() 之后调用 mmput()</translation>
    </message>
    <message>
        <source>The binding that held mm_users</source>
        <translation>持有 mm_users 的绑定</translation>
    </message>
    <message>
        <source>drivers/iommu/intel-svm.c as of v4.4 and with e57e58bd, and the v4.4 kernel&apos;s exit path</source>
        <translation>v4.4 时以及包含 e57e58bd 的 drivers/iommu/intel-svm.c，以及 v4.4 内核的退出路径</translation>
    </message>
    <message>
        <source>The device-TLB invalidation descriptor</source>
        <translation>设备 TLB 失效描述符</translation>
    </message>
    <message>
        <source>the v4.4 descriptor macros, as the invalidation queue view decodes them</source>
        <translation>v4.4 的描述符宏，按失效队列视图的解码方式</translation>
    </message>
    <message>
        <source>The canonical-address check that leaked mm_users</source>
        <translation>泄漏 mm_users 的规范地址检查</translation>
    </message>
    <message>
        <source>The PASID freed with the address space</source>
        <translation>随地址空间一起释放的 PASID</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>悬空的硬件指针</translation>
    </message>
    <message>
        <source>Simulator bug (in SVM Lab, not in the kernel)</source>
        <translation>模拟器缺陷（在 SVM Lab 中，而非内核中）</translation>
    </message>
    <message>
        <source>v4.4 with the device-TLB invalidation descriptor as later kernels encode it (SID &lt;&lt; 16, QDEP &lt;&lt; 4): not part of e57e58bd</source>
        <translation>v4.4，设备 TLB 失效描述符按后来内核的方式编码（SID &lt;&lt; 16，QDEP &lt;&lt; 4）：不属于 e57e58bd</translation>
    </message>
    <message>
        <source>v4.5 with the device-TLB invalidation descriptor as later kernels encode it: e57e58bd alone, its release() flush reaching the device TLB</source>
        <translation>v4.5，设备 TLB 失效描述符按后来内核的方式编码：只有 e57e58bd，其 release() 中的刷新能到达设备 TLB</translation>
    </message>
    <message>
        <source>the device-TLB invalidation descriptor is encoded as later kernels encode it (SID &lt;&lt; 16, QDEP &lt;&lt; 4)</source>
        <translation>设备 TLB 失效描述符按后来内核的方式编码（SID &lt;&lt; 16，QDEP &lt;&lt; 4）</translation>
    </message>
    <message>
        <source>No PASID table for PASIDs %1-%2 yet: a page is allocated for it and PASID directory entry %3 is made present, pointing at it.</source>
        <translation>PASID %1-%2 还没有 PASID 表：为其分配一页，并使 PASID 目录条目 %3 存在并指向它。</translation>
    </message>
    <message>
        <source>PASID entry %1 (512 bits): PGTT = 001 (first level only), DID %2, FLPTR = this mm&apos;s pgd, present.</source>
        <translation>PASID 条目 %1（512 位）：PGTT = 001（仅第一级），DID %2，FLPTR = 此 mm 的 pgd，存在。</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared at unbind: the device can no longer walk the page tables it pointed at.</source>
        <translation>PASID 条目 %1 在解绑时被清除：设备再也无法遍历它所指向的页表。</translation>
    </message>
    <message>
        <source>root entry not present (scalable mode)</source>
        <translation>根条目不存在（可扩展模式）</translation>
    </message>
    <message>
        <source>context entry not present (scalable mode)</source>
        <translation>上下文条目不存在（可扩展模式）</translation>
    </message>
    <message>
        <source>PASID directory entry not present</source>
        <translation>PASID 目录条目不存在</translation>
    </message>
    <message>
        <source>invalid scalable-mode PASID-table entry</source>
        <translation>无效的可扩展模式 PASID 表条目</translation>
    </message>
    <message>
        <source>%1 page-table page(s) unlinked; freed at tlb_finish_mmu(). Each widens the range the gather will flush, which now starts at %2.</source>
        <translation>%1 个页表页已摘除；在 tlb_finish_mmu() 时释放。每一个都扩大了 gather 将要刷新的范围，该范围现在从 %2 开始。</translation>
    </message>
    <message>
        <source>Nothing was unmapped and no page table freed: the gather&apos;s range is empty, so neither the CPU TLBs nor any MMU notifier is flushed.</source>
        <translation>没有解除任何映射，也没有释放任何页表：gather 的范围为空，因此既不刷新 CPU TLB，也不通知任何 MMU notifier。</translation>
    </message>
    <message>
        <source>The gather&apos;s range is %1-%2: exit_mmap()&apos;s gather covers the whole mm, so its end stays at ~0.</source>
        <translation>gather 的范围是 %1-%2：exit_mmap() 的 gather 覆盖整个 mm，因此其终点停留在 ~0。</translation>
    </message>
    <message>
        <source>The gather&apos;s range is %1-%2, not the caller&apos;s %3-%4: each cleared PTE and each freed page-table page widened it.</source>
        <translation>gather 的范围是 %1-%2，而不是调用者的 %3-%4：每个被清除的 PTE 和每个被释放的页表页都扩大了它。</translation>
    </message>
    <message>
        <source>Scalable mode (VT-d 3.x)</source>
        <translation>可扩展模式（VT-d 3.x）</translation>
    </message>
    <message>
        <source>the 2022 driver on a scalable-mode IOMMU: domain_context_mapping_one()&apos;s scalable-mode context entry and intel_iommu_enable_pasid()&apos;s PASIDE at probe, intel_pasid_setup_first_level() with intel_pasid_get_entry() at bind, the walk through the PASID directory; one directory stands for the per-device directories; requests without PASID (RID2PASID) are not modeled</source>
        <translation>运行在可扩展模式 IOMMU 上的 2022 年驱动：探测时 domain_context_mapping_one() 的可扩展模式上下文条目和 intel_iommu_enable_pasid() 设置的 PASIDE，绑定时 intel_pasid_setup_first_level() 与 intel_pasid_get_entry()，经由 PASID 目录的遍历；一个目录代表各设备各自的目录；不带 PASID 的请求（RID2PASID）未建模</translation>
    </message>
    <message>
        <source>PASID entry %1 is not present: nothing to tear down.</source>
        <translation>PASID 条目 %1 不存在：无需拆除。</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared: the hardware can no longer walk the page tables it pointed at.</source>
        <translation>PASID 条目 %1 已清除：硬件不能再遍历它所指向的页表。</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared (all 512 bits), with FPD set: the device&apos;s late DMA is blocked and makes no fault records.</source>
        <translation>PASID 条目 %1 已清除（全部 512 位），并设置了 FPD：设备迟到的 DMA 被阻止，且不产生故障记录。</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared (all 512 bits).</source>
        <translation>PASID 条目 %1 已清除（全部 512 位）。</translation>
    </message>
    <message>
        <source>mmput/__mmput, __mmdrop, mm_pasid_drop, iommu_sva_alloc_pasid, the bind chain, unbind, release() and the range flush as of v5.18-rc5 (intel_pasid_tear_down_entry(), qi_flush_piotlb(), qi_flush_dev_iotlb_pasid()); the page-request handler keeps its v4.5 text; one PASID table stands for the table of a device both processes share</source>
        <translation>mmput/__mmput、__mmdrop、mm_pasid_drop、iommu_sva_alloc_pasid、绑定调用链、解绑、release() 和范围刷新均按 v5.18-rc5（intel_pasid_tear_down_entry()、qi_flush_piotlb()、qi_flush_dev_iotlb_pasid()）；页请求处理程序保留 v4.5 的文本；一张 PASID 表代表两个进程共享的设备的表</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the context entry.</source>
        <translation>故障 %1 未被记录：上下文条目中设置了 FPD（禁用故障处理）。</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the PASID directory entry.</source>
        <translation>故障 %1 未被记录：PASID 目录条目中设置了 FPD（禁用故障处理）。</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the PASID entry.</source>
        <translation>故障 %1 未被记录：PASID 条目中设置了 FPD（禁用故障处理）。</translation>
    </message>
    <message>
        <source>ioasid_alloc(): PASID %1, the lowest free one (PASID 0 is reserved for requests without PASID).</source>
        <translation>ioasid_alloc()：PASID %1，最小的空闲编号（PASID 0 保留给不带 PASID 的请求）。</translation>
    </message>
    <message>
        <source>PASID entry %1 is already clear: v5.6 does not check, and flushes with the DID it reads there (%2).</source>
        <translation>PASID 条目 %1 已被清除：v5.6 不做检查，并用它在那里读到的 DID（%2）进行刷新。</translation>
    </message>
    <message>
        <source>the v5.6 driver on a scalable-mode IOMMU: prq_event_thread(), bind (ioasid_alloc(), intel_pasid_setup_first_level()), unbind, release() and the range flush as of v5.6, with intel_pasid_tear_down_entry() and its PASID-cache, PASID IOTLB and device-TLB invalidations; the kernel&apos;s exit path keeps its v4.4 text; one PASID directory stands for the device&apos;s own</source>
        <translation>可扩展模式 IOMMU 上的 v5.6 驱动：prq_event_thread()、绑定（ioasid_alloc()、intel_pasid_setup_first_level()）、解绑、release() 以及范围刷新均为 v5.6 版本，带有 intel_pasid_tear_down_entry() 及其 PASID 缓存、PASID IOTLB 和设备 TLB 失效；内核的退出路径保留其 v4.4 文本；一个 PASID 目录代表设备自己的目录</translation>
    </message>
    <message>
        <source>stopped at --max-states %1</source>
        <translation>在 --max-states %1 处停止</translation>
    </message>
    <message>
        <source>%1; searched depth first, so no length of schedule was explored completely</source>
        <translation>%1；深度优先搜索，因此没有任何长度的调度被完整探索</translation>
    </message>
    <message>
        <source>stopped when memory ran out (an allocation failed)</source>
        <translation>内存耗尽时停止（一次分配失败）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not started: the process already held %1 MiB, over the memory ceiling of %2 MiB</source>
        <translation>未开始：进程已占用 %1 MiB，超过了 %2 MiB 的内存上限</translation>
    </message>
    <message>
        <source>stopped at the memory ceiling of %1 MiB (%2 MiB resident)</source>
        <translation>在 %1 MiB 的内存上限处停止（常驻 %2 MiB）</translation>
    </message>
    <message>
        <source>%1; every schedule of up to %2 steps explored</source>
        <translation>%1；已探索所有不超过 %2 步的调度</translation>
    </message>
    <message>
        <source>stopped at the bound of %1 steps before the scenario ended; leaks and deadlock were not checked</source>
        <translation>在场景结束前于 %1 步的上限处停止；未检查泄漏和死锁</translation>
    </message>
    <message>
        <source>persistent sets of local steps</source>
        <translation>局部步骤的持久集</translation>
    </message>
    <message>
        <source>steps on kernel objects their thread owns are local</source>
        <translation>只访问本线程所拥有内核对象的步骤视为局部步骤</translation>
    </message>
    <message>
        <source>an address space&apos;s page tables and pages are its owner&apos;s</source>
        <translation>地址空间的页表和页面归其所有者所有</translation>
    </message>
    <message>
        <source>a file, VMA or svm is its maker&apos;s</source>
        <translation>文件、VMA 或 svm 归其创建者所有</translation>
    </message>
    <message>
        <source>IOMMU queue steps no other thread reads</source>
        <translation>其他线程不读取的 IOMMU 队列步骤</translation>
    </message>
    <message>
        <source>LRU order of the context cache</source>
        <translation>上下文缓存的 LRU 顺序</translation>
    </message>
    <message>
        <source>LRU order of the PASID cache</source>
        <translation>PASID 缓存的 LRU 顺序</translation>
    </message>
    <message>
        <source>%1 in %2() reached %3, which belongs to %4</source>
        <translation>%1 在 %2() 中访问了属于 %4 的 %3</translation>
    </message>
    <message>
        <source>%1 in %2() used frame %3 after it was freed</source>
        <translation>%1 在 %2() 中使用了已释放的帧 %3</translation>
    </message>
    <message>
        <source>%1 in %2() freed frame %3 while something still refers to it</source>
        <translation>%1 在 %2() 中释放了帧 %3，而仍有对象引用它</translation>
    </message>
    <message>
        <source>%1; then %2</source>
        <translation>%1；随后 %2</translation>
    </message>
    <message>
        <source>interchangeable processes (symmetry)</source>
        <translation>可互换的进程（对称性）</translation>
    </message>
    <message>
        <source>which free frames the page allocator handed out</source>
        <translation>页分配器分配了哪些空闲页框</translation>
    </message>
    <message>
        <source>which files, VMAs and svms were made first</source>
        <translation>哪些文件、VMA 和 svm 先被创建</translation>
    </message>
    <message>
        <source>device registers no thread reads again</source>
        <translation>不再有线程读取的设备寄存器</translation>
    </message>
    <message>
        <source>fault recording registers, which only the narration reads</source>
        <translation>只有叙述会读取的故障记录寄存器</translation>
    </message>
</context>
<context>
    <name>svmlab::CaptionView</name>
    <message>
        <source>Leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>Use after free</source>
        <translation>释放后使用</translation>
    </message>
    <message>
        <source>Reference count error</source>
        <translation>引用计数错误</translation>
    </message>
    <message>
        <source>BUG</source>
        <translation>BUG</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>死锁</translation>
    </message>
    <message>
        <source>PASID isolation broken</source>
        <translation>PASID 隔离被破坏</translation>
    </message>
    <message>
        <source>No scenario is open.</source>
        <translation>没有打开任何场景。</translation>
    </message>
    <message>
        <source>Variant %1. Step forward to start the run.</source>
        <translation>变体 %1。向前单步以开始运行。</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>✔ End of the run: nothing leaked, no violation.</source>
        <translation>✔ 运行结束：没有泄漏，没有违规。</translation>
    </message>
    <message>
        <source>End of the run. %1</source>
        <translation>运行结束。%1</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>本步：%1</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>悬空的硬件指针</translation>
    </message>
    <message>
        <source>Simulator bug</source>
        <translation>模拟器缺陷</translation>
    </message>
</context>
<context>
    <name>svmlab::Classroom</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large type, only the step controls: for a projector. F11 is Step Into, so this is F12</source>
        <translation>全屏、大字号、只保留单步控制：用于投影仪。F11 是“单步进入”，所以这里用 F12</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>回到普通窗口</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>自动播放(&amp;A)</translation>
    </message>
    <message>
        <source>Step on a timer; pauses at each milestone</source>
        <translation>按定时器单步；在每个里程碑处暂停</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>更快(&amp;F)</translation>
    </message>
    <message>
        <source>Autoplay faster</source>
        <translation>自动播放更快</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>更慢(&amp;S)</translation>
    </message>
    <message>
        <source>Autoplay slower</source>
        <translation>自动播放更慢</translation>
    </message>
    <message>
        <source>&amp;Pause at Milestones</source>
        <translation>在里程碑处暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Autoplay stops at every milestone of the story</source>
        <translation>自动播放在故事的每个里程碑处停下</translation>
    </message>
    <message>
        <source>Predict the &amp;Next Step</source>
        <translation>预测下一步(&amp;N)</translation>
    </message>
    <message>
        <source>Quiz mode: at key steps, predict what happens before it is shown</source>
        <translation>测验模式：在关键步骤处，先预测会发生什么，再揭晓</translation>
    </message>
    <message>
        <source>Next Step (Remote)</source>
        <translation>下一步（遥控器）</translation>
    </message>
    <message>
        <source>Step Into, for a presenter&apos;s remote</source>
        <translation>单步进入，供演讲者遥控器使用</translation>
    </message>
    <message>
        <source>Previous Step (Remote)</source>
        <translation>上一步（遥控器）</translation>
    </message>
    <message>
        <source>Step Back, for a presenter&apos;s remote</source>
        <translation>后退一步，供演讲者遥控器使用</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark palette</source>
        <translation>跟随桌面的浅色或深色调色板</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>浅色背景上的深色文字</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>深色背景上的浅色文字</translation>
    </message>
    <message>
        <source>Switch the language to %1</source>
        <translation>将语言切换为 %1</translation>
    </message>
    <message>
        <source>Autoplay &amp;Speed</source>
        <translation>自动播放速度(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Go to Bookmark %1 (not set)</source>
        <translation>跳到书签 %1（未设置）</translation>
    </message>
    <message>
        <source>Go to Bookmark %1: step %2</source>
        <translation>跳到书签 %1：第 %2 步</translation>
    </message>
    <message>
        <source>Jump to bookmark %1</source>
        <translation>跳到书签 %1</translation>
    </message>
    <message>
        <source>Set Bookmark %1</source>
        <translation>设置书签 %1</translation>
    </message>
    <message>
        <source>Mark the current step as bookmark %1</source>
        <translation>把当前步骤标记为书签 %1</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Show Only the &amp;Past</source>
        <translation>只显示已发生的(&amp;P)</translation>
    </message>
    <message>
        <source>The timeline and the trace show the steps up to the current one only, so they do not give away what comes next; on by default in quiz and presentation mode</source>
        <translation>时间线和跟踪只显示到当前步骤为止的步骤，不会泄露接下来发生什么；在测验和演示模式中默认开启</translation>
    </message>
</context>
<context>
    <name>svmlab::ContextPasidView</name>
    <message>
        <source>Extended context entries (one per device)</source>
        <translation>扩展上下文条目（每个设备一个）</translation>
    </message>
    <message>
        <source>256-bit context entries under the root table, ECS mode. Linux 4.4 sets PASIDE, PRE and DINVE and writes the PASID table pointer when a device first binds.</source>
        <translation>根表下的 256 位上下文条目，ECS 模式。设备首次绑定时，Linux 4.4 设置 PASIDE、PRE 和 DINVE，并写入 PASID 表指针。</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>PASID table</source>
        <translation>PASID 表</translation>
    </message>
    <message>
        <source>PASID-state table</source>
        <translation>PASID 状态表</translation>
    </message>
    <message>
        <source>context cache</source>
        <translation>上下文缓存</translation>
    </message>
    <message>
        <source>Source id (bus:device.function): the PCI requester id that indexes the root and context tables</source>
        <translation>源 ID（总线:设备.功能）：用于索引根表和上下文表的 PCI 请求者 ID</translation>
    </message>
    <message>
        <source>The scenario&apos;s device with this source id</source>
        <translation>场景中具有此源 ID 的设备</translation>
    </message>
    <message>
        <source>Present (bit 0)</source>
        <translation>Present（位 0）</translation>
    </message>
    <message>
        <source>Translation type (bits 4:2): 001 = translate with device-TLB (ATS) allowed</source>
        <translation>翻译类型（位 4:2）：001 = 翻译，并允许设备 TLB（ATS）</translation>
    </message>
    <message>
        <source>PASID enable (bit 11): requests with a PASID are translated through the PASID table</source>
        <translation>PASID 使能（位 11）：带 PASID 的请求通过 PASID 表翻译</translation>
    </message>
    <message>
        <source>Page request enable (bit 9): the device may send PRI page requests</source>
        <translation>页请求使能（位 9）：设备可以发送 PRI 页请求</translation>
    </message>
    <message>
        <source>Deferred invalidate enable (bit 8): the PASID-state table is used</source>
        <translation>延迟失效使能（位 8）：使用 PASID 状态表</translation>
    </message>
    <message>
        <source>Domain id (bits 87:72): the tag of this device&apos;s IOTLB and PASID-cache entries</source>
        <translation>域 ID（位 87:72）：此设备的 IOTLB 和 PASID 缓存条目的标签</translation>
    </message>
    <message>
        <source>PASID table size (bits 131:128): 2^(PTS+5) entries</source>
        <translation>PASID 表大小（位 131:128）：2^(PTS+5) 个条目</translation>
    </message>
    <message>
        <source>PASID table pointer (bits 191:140)</source>
        <translation>PASID 表指针（位 191:140）</translation>
    </message>
    <message>
        <source>PASID-state table pointer (bits 255:204)</source>
        <translation>PASID 状态表指针（位 255:204）</translation>
    </message>
    <message>
        <source>Whether the IOMMU&apos;s context cache holds a copy of this entry (hover a row for the raw words)</source>
        <translation>IOMMU 的上下文缓存是否持有此条目的副本（鼠标悬停在行上可查看原始字）</translation>
    </message>
    <message>
        <source>PASID table (entries in use)</source>
        <translation>PASID 表（使用中的条目）</translation>
    </message>
    <message>
        <source>64-bit PASID-table entries indexed by PASID. intel_svm_bind_mm() writes __pa(mm-&gt;pgd) | 1; the v4.5 release() callback clears it to 0.</source>
        <translation>以 PASID 为索引的 64 位 PASID 表项。intel_svm_bind_mm() 写入 __pa(mm-&gt;pgd) | 1；v4.5 的 release() 回调把它清为 0。</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>points at</source>
        <translation>指向</translation>
    </message>
    <message>
        <source>bound to</source>
        <translation>绑定到</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Process Address Space ID: the index into the PASID table</source>
        <translation>进程地址空间 ID（PASID）：PASID 表中的索引</translation>
    </message>
    <message>
        <source>The 64-bit entry as in memory</source>
        <translation>内存中的 64 位条目</translation>
    </message>
    <message>
        <source>Present (bit 0): without it a request with this PASID faults &apos;PASID entry not present&apos;</source>
        <translation>Present（位 0）：没有它，带此 PASID 的请求会出错 &apos;PASID entry not present&apos;</translation>
    </message>
    <message>
        <source>Supervisor requests enable (bit 11): set for a kernel (supervisor) PASID</source>
        <translation>Supervisor 请求使能（位 11）：为内核（supervisor）PASID 设置</translation>
    </message>
    <message>
        <source>First-level page-table pointer (bits 63:12): the physical address of the PML4, i.e. mm-&gt;pgd</source>
        <translation>第一级页表指针（位 63:12）：PML4 的物理地址，即 mm-&gt;pgd</translation>
    </message>
    <message>
        <source>Whose page tables FLPTPTR points at, and whether that frame is still allocated</source>
        <translation>FLPTPTR 指向谁的页表，以及该页框是否仍被分配</translation>
    </message>
    <message>
        <source>The intel_svm this PASID belongs to in pasid_idr, and its mm</source>
        <translation>此 PASID 在 pasid_idr 中所属的 intel_svm 及其 mm</translation>
    </message>
    <message>
        <source>Whether the IOMMU&apos;s PASID cache holds this entry, and whether the cached copy still matches memory</source>
        <translation>IOMMU 的 PASID 缓存是否持有此条目，以及缓存副本是否仍与内存一致</translation>
    </message>
    <message>
        <source>What happened to the entry: changed at this step, present, or cleared</source>
        <translation>条目发生了什么：本步修改、存在或已清除</translation>
    </message>
    <message>
        <source>How a request with a PASID finds its page tables</source>
        <translation>带 PASID 的请求如何找到它的页表</translation>
    </message>
    <message>
        <source>The chain the IOMMU follows for the highlighted PASID entry (the one this step changed, else the first one), and that entry&apos;s bits.</source>
        <translation>IOMMU 为高亮的 PASID 条目（本步修改的那个，否则为第一个）所遵循的链，以及该条目的各个位。</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>未加载跟踪</translation>
    </message>
    <message>
        <source>RTADDR %1 (RTT=%2: extended root table)   PASID table at %3   ECAP.PSS %4   at %5</source>
        <translation>RTADDR %1（RTT=%2：扩展根表）   PASID 表位于 %3   ECAP.PSS %4   于 %5</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1（%2 个条目）</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>yes, stale copy</source>
        <translation>是，过时的副本</translation>
    </message>
    <message>
        <source>context[0].lo %1  context[0].hi %2
context[1].lo %3  context[1].hi %4</source>
        <translation>context[0].lo %1  context[0].hi %2
context[1].lo %3  context[1].hi %4</translation>
    </message>
    <message>
        <source>This entry changed at this step</source>
        <translation>此条目在本步发生了变化</translation>
    </message>
    <message>
        <source>no context entries: no device behind this IOMMU</source>
        <translation>没有上下文条目：此 IOMMU 后面没有设备</translation>
    </message>
    <message>
        <source>pgd of %1</source>
        <translation>%1 的 pgd</translation>
    </message>
    <message>
        <source> (mm freed)</source>
        <translation>（mm 已释放）</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>, frame FREED</source>
        <translation>，页框已释放</translation>
    </message>
    <message>
        <source> (supervisor, no mm)</source>
        <translation>（supervisor，没有 mm）</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>过时：%1</translation>
    </message>
    <message>
        <source>The PASID cache (DID %1) holds %2, not what the table holds now</source>
        <translation>PASID 缓存（DID %1）持有 %2，而不是表中现在的内容</translation>
    </message>
    <message>
        <source>The PASID cache (DID %1) holds the same entry</source>
        <translation>PASID 缓存（DID %1）持有相同的条目</translation>
    </message>
    <message>
        <source>written at this step</source>
        <translation>本步写入</translation>
    </message>
    <message>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>cleared at this step (not present)</source>
        <translation>本步清除（不存在）</translation>
    </message>
    <message>
        <source>cleared (not present)</source>
        <translation>已清除（不存在）</translation>
    </message>
    <message>
        <source>allocated, entry not written yet</source>
        <translation>已分配，条目尚未写入</translation>
    </message>
    <message>
        <source>; points at a freed page table</source>
        <translation>；指向一个已释放的页表</translation>
    </message>
    <message>
        <source>; stale copy in the PASID cache</source>
        <translation>；PASID 缓存中有过时的副本</translation>
    </message>
    <message>
        <source>no PASID in use: nothing has been bound yet</source>
        <translation>没有使用中的 PASID：尚未绑定任何东西</translation>
    </message>
    <message>
        <source>&lt;i&gt;No PASID in use yet: a device&apos;s request with a PASID would fault at the PASID table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;尚无使用中的 PASID：设备带 PASID 的请求会在 PASID 表处出错。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Request from %1 (%2) with PASID %3</source>
        <translation>来自 %1（%2）的请求，PASID %3</translation>
    </message>
    <message>
        <source>root entry (bus)</source>
        <translation>根条目（总线）</translation>
    </message>
    <message>
        <source>context entry (PASIDE, PASID table)</source>
        <translation>上下文条目（PASIDE，PASID 表）</translation>
    </message>
    <message>
        <source>PASID table[%1]</source>
        <translation>PASID 表[%1]</translation>
    </message>
    <message>
        <source>&lt;b&gt;but the PASID cache still holds the old entry %1: until it is invalidated, the IOMMU uses it and walks the page tables at %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;但 PASID 缓存仍持有旧条目 %1：在它被失效之前，IOMMU 会使用它并遍历位于 %2 的页表&lt;/b&gt;</translation>
    </message>
    <message>
        <source>4-level walk of those page tables</source>
        <translation>对这些页表的 4 级遍历</translation>
    </message>
    <message>
        <source>&lt;b&gt;P=0: fault 0x59 &apos;PASID entry not present&apos; (modeled)&lt;/b&gt;</source>
        <translation>&lt;b&gt;P=0：错误 0x59 &apos;PASID entry not present&apos;（建模）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Context entry of %1:</source>
        <translation>%1 的上下文条目：</translation>
    </message>
    <message>
        <source>PASID %1 entry %2:</source>
        <translation>PASID %1 条目 %2：</translation>
    </message>
    <message>
        <source>Scalable-mode context entries (one per device)</source>
        <translation>可扩展模式上下文条目（每个设备一个）</translation>
    </message>
    <message>
        <source>256-bit scalable-mode context entries under the root table (RTADDR.TTM = 01). An entry no longer holds a translation: it points at the device&apos;s PASID directory. Linux (v5.18) writes it in domain_context_mapping_one() and sets PASIDE in intel_iommu_enable_pasid().</source>
        <translation>根表下的 256 位可扩展模式上下文条目（RTADDR.TTM = 01）。条目不再保存翻译：它指向设备的 PASID 目录。Linux（v5.18）在 domain_context_mapping_one() 中写入它，并在 intel_iommu_enable_pasid() 中设置 PASIDE。</translation>
    </message>
    <message>
        <source>PASID directory</source>
        <translation>PASID 目录</translation>
    </message>
    <message>
        <source>Device-TLB enable (bit 2): the device may use ATS (context_set_sm_dte())</source>
        <translation>设备 TLB 使能（第 2 位）：设备可以使用 ATS（context_set_sm_dte()）</translation>
    </message>
    <message>
        <source>PASID enable (bit 3): requests with a PASID are translated through the PASID directory</source>
        <translation>PASID 使能（第 3 位）：带 PASID 的请求经由 PASID 目录翻译</translation>
    </message>
    <message>
        <source>Page request enable (bit 4): the device may send PRI page requests (context_set_sm_pre())</source>
        <translation>页请求使能（第 4 位）：设备可以发送 PRI 页请求（context_set_sm_pre()）</translation>
    </message>
    <message>
        <source>Fault processing disable (bit 1): cleared by context_set_fault_enable(), so faults are reported</source>
        <translation>故障处理禁用（第 1 位）：由 context_set_fault_enable() 清除，因此故障会被报告</translation>
    </message>
    <message>
        <source>The PASID used for requests without one (bits 83:64, context_set_sm_rid2pasid())</source>
        <translation>不带 PASID 的请求所用的 PASID（第 83:64 位，context_set_sm_rid2pasid()）</translation>
    </message>
    <message>
        <source>PASID directory size (bits 11:9): 2^(PDTS+7) directory entries of 64 PASIDs each</source>
        <translation>PASID 目录大小（第 11:9 位）：2^(PDTS+7) 个目录条目，每个对应 64 个 PASID</translation>
    </message>
    <message>
        <source>PASID directory pointer (bits 63:12)</source>
        <translation>PASID 目录指针（第 63:12 位）</translation>
    </message>
    <message>
        <source>PASID table (512-bit entries in use, through the PASID directory)</source>
        <translation>PASID 表（使用中的 512 位条目，经由 PASID 目录）</translation>
    </message>
    <message>
        <source>PASID[19:6] indexes the PASID directory, PASID[5:0] the 64-entry PASID table its entry points at. intel_pasid_setup_first_level() (v5.18) writes FLPTR = __pa(mm-&gt;pgd), DID, AW, PGTT = first level and P.</source>
        <translation>PASID[19:6] 索引 PASID 目录，PASID[5:0] 索引目录条目所指向的 64 项 PASID 表。intel_pasid_setup_first_level()（v5.18）写入 FLPTR = __pa(mm-&gt;pgd)、DID、AW、PGTT = 第一级以及 P。</translation>
    </message>
    <message>
        <source>Process Address Space ID: directory index PASID[19:6], table index PASID[5:0]</source>
        <translation>进程地址空间 ID：目录索引 PASID[19:6]，表索引 PASID[5:0]</translation>
    </message>
    <message>
        <source>PGTT (bits 8:6), DID (bits 79:64) and AW (bits 4:2) of the 512-bit entry; hover for val[0..7]</source>
        <translation>512 位条目的 PGTT（第 8:6 位）、DID（第 79:64 位）和 AW（第 4:2 位）；悬停可见 val[0..7]</translation>
    </message>
    <message>
        <source>Present (bit 0): without it a request with this PASID faults (SCT.5: PASID entry not present, modeled)</source>
        <translation>存在位（第 0 位）：没有它，带此 PASID 的请求会出错（SCT.5：PASID 条目不存在，建模）</translation>
    </message>
    <message>
        <source>Supervisor requests enable (bit 128): set for a kernel (supervisor) PASID</source>
        <translation>监督者请求使能（第 128 位）：为内核（监督者）PASID 设置</translation>
    </message>
    <message>
        <source>First-level page-table pointer (bits 191:140): the physical address of the PML4, i.e. mm-&gt;pgd</source>
        <translation>第一级页表指针（第 191:140 位）：PML4 的物理地址，即 mm-&gt;pgd</translation>
    </message>
    <message>
        <source>Whose page tables FLPTR points at, and whether that frame is still allocated</source>
        <translation>FLPTR 指向谁的页表，以及该页框是否仍已分配</translation>
    </message>
    <message>
        <source>The PASID&apos;s binding and its mm</source>
        <translation>该 PASID 的绑定及其 mm</translation>
    </message>
    <message>
        <source>RTADDR %1 (TTM=%2: scalable mode)   PASID directory at %3   ECAP.SMTS %4   at %5</source>
        <translation>RTADDR %1（TTM=%2：可扩展模式）   PASID 目录位于 %3   ECAP.SMTS %4   于 %5</translation>
    </message>
    <message>
        <source>%1 (%2 directory entries)</source>
        <translation>%1（%2 个目录条目）</translation>
    </message>
    <message>
        <source>PGTT %1, DID %2, AW %3</source>
        <translation>PGTT %1，DID %2，AW %3</translation>
    </message>
    <message>
        <source>FLPTR %1</source>
        <translation>FLPTR %1</translation>
    </message>
    <message>
        <source>scalable-mode context entry (PASIDE, PASID directory)</source>
        <translation>可扩展模式上下文条目（PASIDE，PASID 目录）</translation>
    </message>
    <message>
        <source>PASID directory[%1] (PASID[19:6])</source>
        <translation>PASID 目录[%1]（PASID[19:6]）</translation>
    </message>
    <message>
        <source>PASID table[%1] (PASID[5:0])</source>
        <translation>PASID 表[%1]（PASID[5:0]）</translation>
    </message>
    <message>
        <source>&lt;b&gt;P=0: fault &apos;PASID entry not present&apos; (SCT.5, modeled)&lt;/b&gt;</source>
        <translation>&lt;b&gt;P=0：故障“PASID 条目不存在”（SCT.5，建模）&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PASID %1 entry (512 bits; val[3..7] are 0 for a first-level entry):</source>
        <translation>PASID %1 的条目（512 位；第一级条目的 val[3..7] 为 0）：</translation>
    </message>
</context>
<context>
    <name>svmlab::ExploreDialog</name>
    <message>
        <source>Explore Interleavings</source>
        <translation>探索交错执行</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads...</source>
        <translation>正在尝试场景中各线程的所有交错执行……</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>&amp;Load Counterexample</source>
        <translation>载入反例(&amp;L)</translation>
    </message>
    <message>
        <source>Replay the shortest schedule to this violation in the main window</source>
        <translation>在主窗口中重放到达此违规的最短调度</translation>
    </message>
    <message>
        <source>%1 states, %2 transitions, %3.</source>
        <translation>%1 个状态，%2 次转移，%3。</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Every interleaving was explored.</source>
        <translation>所有交错执行均已探索。</translation>
    </message>
    <message>
        <source>Not complete: %1.</source>
        <translation>未完成：%1。</translation>
    </message>
    <message>
        <source>No violation in any interleaving.</source>
        <translation>任何交错执行中都没有违规。</translation>
    </message>
    <message>
        <source>Distinct violations: %1, each with its shortest schedule.</source>
        <translation>不同的违规：%1 个，每个都附有最短调度。</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads: %1 states, depth %2, %3 states/s, %4 MiB resident of a %5 MiB ceiling...</source>
        <translation>正在尝试场景中各线程的所有交错执行：%1 个状态，深度 %2，每秒 %3 个状态，常驻内存 %4 MiB，上限 %5 MiB……</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the search now and show what it found so far</source>
        <translation>立即停止搜索，并显示到目前为止找到的结果</translation>
    </message>
    <message>
        <source>Stopped before the end: %1.</source>
        <translation>在结束前停止：%1。</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads, depth first: %1 states, %2 states/s, %3 MiB resident of a %4 MiB ceiling...</source>
        <translation>正在以深度优先方式尝试场景中各线程的所有交错执行：%1 个状态，每秒 %2 个状态，常驻内存 %3 MiB，上限 %4 MiB……</translation>
    </message>
    <message>
        <source>Replay the schedule on which the search met this violation in the main window</source>
        <translation>在主窗口中重放搜索遇到此违规时所走的调度</translation>
    </message>
    <message>
        <source>No verdict: no violation in the interleavings explored, but the search did not finish.</source>
        <translation>没有结论：已探索的交错执行中没有违规，但搜索没有完成。</translation>
    </message>
    <message>
        <source>Distinct violations: %1, each with the schedule on which the search, depth first, met it (not the shortest).</source>
        <translation>不同的违规：%1 个，每个都附有深度优先搜索遇到它时所走的调度（不是最短的）。</translation>
    </message>
    <message>
        <source>States are told apart by %1 bits of their hash: the odds that two different states were taken for one, and one of them never explored, are %2.</source>
        <translation>状态按其哈希值的 %1 位区分：两个不同状态被当作同一个、其中一个从未被探索的概率为 %2。</translation>
    </message>
    <message>
        <source>No reduction: every interleaving of every step was tried.</source>
        <translation>未做约简：尝试了每一步的每一种交错。</translation>
    </message>
    <message>
        <source>Reduced by: %1.</source>
        <translation>约简方式：%1。</translation>
    </message>
    <message>
        <source>Searched again without kernel-object ownership, because %1.</source>
        <translation>已在不使用内核对象归属的情况下重新搜索，因为 %1。</translation>
    </message>
    <message>
        <source>Searched again without counting frames as their mm&apos;s, because %1.</source>
        <translation>已在不把帧计为其 mm 所有的情况下重新搜索，因为 %1。</translation>
    </message>
    <message>
        <source>Interchangeable processes: %1. A violation shown for one stands for each.</source>
        <translation>可互换的进程：%1。对其中一个显示的违规代表每一个。</translation>
    </message>
    <message>
        <source>Every interleaving was explored, up to which of %1 is which.</source>
        <translation>所有交错执行均已探索（%1 之间谁是谁不作区分）。</translation>
    </message>
    <message>
        <source>Every interleaving was explored. Finding the shortest schedule to each violation, breadth first: %1 states, depth %2, %3 MiB resident of a %4 MiB ceiling...</source>
        <translation>所有交错执行均已探索。正在以广度优先方式寻找到达每个违规的最短调度：%1 个状态，深度 %2，常驻内存 %3 MiB，上限 %4 MiB……</translation>
    </message>
    <message>
        <source>Search &amp;Breadth First</source>
        <translation>广度优先搜索(&amp;B)</translation>
    </message>
    <message>
        <source>The same search again, breadth first: every schedule of n steps before any of n + 1. It holds a whole level of machines, so it stops sooner, but it then tells up to how many steps every schedule was explored.</source>
        <translation>以广度优先方式重新进行同一搜索：先探索所有 n 步的调度，再探索 n + 1 步的调度。它需要在内存中保存一整层机器状态，因此会更早停止，但能说明所有调度已被完整探索到多少步。</translation>
    </message>
    <message>
        <source>Distinct violations: %1. The search for the shortest schedules stopped early: %2 of them show the schedule on which the search, depth first, met them (marked *: a shorter one may exist).</source>
        <translation>不同的违规：%1 个。寻找最短调度的搜索提前停止：其中 %2 个显示的是深度优先搜索遇到它们时所走的调度（标有 *：可能存在更短的调度）。</translation>
    </message>
</context>
<context>
    <name>svmlab::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存到</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>All steps (graph, timeline: a folder, one file per step; slides: every step)</source>
        <translation>所有步骤（图、时间线：一个文件夹，每步一个文件；幻灯片：每一步）</translation>
    </message>
    <message>
        <source>Both variants (compare mode is off)</source>
        <translation>两个变体（比较模式已关闭）</translation>
    </message>
    <message>
        <source>Both variants: this one and %1</source>
        <translation>两个变体：当前变体和 %1</translation>
    </message>
</context>
<context>
    <name>svmlab::HardwareView</name>
    <message>
        <source>No trace: open a scenario to see the VT-d hardware.</source>
        <translation>没有跟踪：打开一个场景以查看 VT-d 硬件。</translation>
    </message>
</context>
<context>
    <name>svmlab::InvalidationQueueView</name>
    <message>
        <source>IQT: where software writes the next descriptor; IQH: the next descriptor hardware executes. Slots between IQH and IQT are pending. qi_submit_sync() adds a wait descriptor after each batch and spins until hardware writes its status word.</source>
        <translation>IQT：软件写入下一个描述符的位置；IQH：硬件执行的下一个描述符。IQH 和 IQT 之间的槽位为待处理。qi_submit_sync() 在每批之后加一个等待描述符，并自旋等待硬件写入其状态字。</translation>
    </message>
    <message>
        <source>Invalidation queue: descriptors in submission order</source>
        <translation>失效队列：按提交顺序排列的描述符</translation>
    </message>
    <message>
        <source>Every descriptor software queued up to this step, oldest first.</source>
        <translation>截至本步软件加入队列的每个描述符，最早的在前。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>粒度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation>描述符</translation>
    </message>
    <message>
        <source>raw (hi:lo)</source>
        <translation>原始值 (hi:lo)</translation>
    </message>
    <message>
        <source>Submission order since boot</source>
        <translation>自启动以来的提交顺序</translation>
    </message>
    <message>
        <source>Ring slot (IQ index); the ring is reused</source>
        <translation>环形槽位（IQ 索引）；环会被重复使用</translation>
    </message>
    <message>
        <source>The step that queued it, and the thread that ran qi_submit_sync()</source>
        <translation>把它加入队列的步骤，以及运行 qi_submit_sync() 的线程</translation>
    </message>
    <message>
        <source>Descriptor type (bits 3:0)</source>
        <translation>描述符类型（位 3:0）</translation>
    </message>
    <message>
        <source>What the invalidation covers (the G field, or S for device-TLB, SW for a wait)</source>
        <translation>失效的范围（G 字段；设备 TLB 为 S，等待描述符为 SW）</translation>
    </message>
    <message>
        <source>Executed by the hardware (IQH moved past it), or pending</source>
        <translation>已由硬件执行（IQH 已越过它）或待处理</translation>
    </message>
    <message>
        <source>All fields decoded</source>
        <translation>解码后的所有字段</translation>
    </message>
    <message>
        <source>The 128-bit descriptor as in the queue</source>
        <translation>队列中的 128 位描述符</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>未加载跟踪</translation>
    </message>
    <message>
        <source>IQH = %1 (0x%2)   IQT = %3 (0x%4)   %5 pending of %6 slots   %7   at %8</source>
        <translation>IQH = %1 (0x%2)   IQT = %3 (0x%4)   %6 个槽位中 %5 个待处理   %7   于 %8</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>第 %1 步（%2）</translation>
    </message>
    <message>
        <source>executed at this step</source>
        <translation>本步执行</translation>
    </message>
    <message>
        <source>executed at step %1</source>
        <translation>于第 %1 步执行</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source> &lt;- IQH: next to execute</source>
        <translation> &lt;- IQH：下一个执行</translation>
    </message>
    <message>
        <source>submitted at this step; </source>
        <translation>本步提交；</translation>
    </message>
    <message>
        <source>nothing submitted yet</source>
        <translation>尚未提交任何描述符</translation>
    </message>
    <message>
        <source>Decoded as the hardware reads the bits: SID 31:16, PASID 51:32, MIP 8:4. Linux 4.4 to 4.9 built this descriptor with QI_DEV_EIOTLB_SID(sid) = sid &lt;&lt; 32 and QI_DEV_EIOTLB_QDEP(qd) = qd &lt;&lt; 16: the source id lands in the PASID field, the queue depth in the SID field.</source>
        <translation>按硬件读取各位的方式解码：SID 31:16，PASID 51:32，MIP 8:4。Linux 4.4 到 4.9 用 QI_DEV_EIOTLB_SID(sid) = sid &lt;&lt; 32 和 QI_DEV_EIOTLB_QDEP(qd) = qd &lt;&lt; 16 构造这个描述符：源 ID 落进了 PASID 字段，队列深度落进了 SID 字段。</translation>
    </message>
</context>
<context>
    <name>svmlab::MainWindow</name>
    <message>
        <source>SVM Lab</source>
        <translation>SVM Lab</translation>
    </message>
    <message>
        <source>Open a scenario: File &gt; Open, or choose a built-in one in the toolbar.</source>
        <translation>打开一个场景：文件 &gt; 打开，或在工具栏中选择一个内置场景。</translation>
    </message>
    <message>
        <source>&amp;Open Scenario...</source>
        <translation>打开场景(&amp;O)...</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>打开一个场景文件</translation>
    </message>
    <message>
        <source>&amp;Save Scenario As...</source>
        <translation>场景另存为(&amp;S)...</translation>
    </message>
    <message>
        <source>Save the scenario, with the schedule you chose, to a file</source>
        <translation>把场景连同你选择的调度一起保存到文件</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>后退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Step &amp;Into</source>
        <translation>单步进入(&amp;I)</translation>
    </message>
    <message>
        <source>Take the next step, into a call</source>
        <translation>执行下一步，进入函数调用</translation>
    </message>
    <message>
        <source>Step &amp;Over</source>
        <translation>单步跳过(&amp;O)</translation>
    </message>
    <message>
        <source>Finish the current line, calls and all</source>
        <translation>执行完当前行，包括其中的所有调用</translation>
    </message>
    <message>
        <source>Step O&amp;ut</source>
        <translation>单步跳出(&amp;U)</translation>
    </message>
    <message>
        <source>Run until the current function returns</source>
        <translation>运行到当前函数返回</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>运行到断点(&amp;B)</translation>
    </message>
    <message>
        <source>Run to the next milestone or violation</source>
        <translation>运行到下一个里程碑或违规</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>运行到结束(&amp;E)</translation>
    </message>
    <message>
        <source>Run to the end of the trace</source>
        <translation>运行到跟踪的末尾</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>回到开头</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the graph to the view</source>
        <translation>让图适应视图大小</translation>
    </message>
    <message>
        <source>&amp;Compare Variants</source>
        <translation>比较变体(&amp;C)</translation>
    </message>
    <message>
        <source>Show a second variant side by side</source>
        <translation>并排显示第二个变体</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit SVM Lab</source>
        <translation>退出 SVM Lab</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Built-in</source>
        <translation>打开内置场景(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SVM Lab</source>
        <translation>关于 SVM Lab(&amp;A)</translation>
    </message>
    <message>
        <source>About SVM Lab</source>
        <translation>关于 SVM Lab</translation>
    </message>
    <message>
        <source>Stepping</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>内置场景</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Driver variant</source>
        <translation>驱动变体</translation>
    </message>
    <message>
        <source>Scrub through every step of the trace</source>
        <translation>拖动浏览跟踪的每一步</translation>
    </message>
    <message>
        <source>The variant to compare with</source>
        <translation>用于比较的变体</translation>
    </message>
    <message>
        <source>Counters over time</source>
        <translation>计数器随时间变化</translation>
    </message>
    <message>
        <source>Context &amp;&amp; PASID tables</source>
        <translation>上下文表和 PASID 表</translation>
    </message>
    <message>
        <source>Page requests &amp;&amp; faults</source>
        <translation>页请求与故障</translation>
    </message>
    <message>
        <source>Invalidation queue</source>
        <translation>失效队列</translation>
    </message>
    <message>
        <source>VT-d hardware</source>
        <translation>VT-d 硬件</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>刚刚发生了什么</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation>未知变体 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>SVM Lab — %1 (%2)</source>
        <translation>SVM Lab — %1（%2）</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>%1: %2()  [%3]</source>
        <translation>%1：%2()  [%3]</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>SVM Lab scenarios (*.json);;All files (*)</source>
        <translation>SVM Lab 场景 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <source>SVM Lab scenarios (*.json)</source>
        <translation>SVM Lab 场景 (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1：无法写入文件（%2）</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>E&amp;xplore Interleavings...</source>
        <translation>探索交错执行(&amp;X)……</translation>
    </message>
    <message>
        <source>Try every interleaving of the threads and list each violation with its shortest schedule</source>
        <translation>尝试各线程的所有交错执行，列出每个违规及其最短调度</translation>
    </message>
    <message>
        <source>Replay &amp;Schedule...</source>
        <translation>重放调度(&amp;S)……</translation>
    </message>
    <message>
        <source>Replay an interleaving given as thread names (app*12,prq*3,...), as svmlab explore prints it</source>
        <translation>按线程名重放一个交错执行（app*12,prq*3,...），格式与 svmlab explore 的输出相同</translation>
    </message>
    <message>
        <source>no scenario is open</source>
        <translation>没有打开的场景</translation>
    </message>
    <message>
        <source>Replay Schedule</source>
        <translation>重放调度</translation>
    </message>
    <message>
        <source>Thread names, one per step (NAME*COUNT for a run), as svmlab explore reports them; the default schedule continues after them:</source>
        <translation>线程名，每步一个（连续运行写作 NAME*COUNT），与 svmlab explore 的报告相同；之后按默认调度继续：</translation>
    </message>
    <message>
        <source>Toolbar &amp;Text</source>
        <translation>工具栏文字(&amp;T)</translation>
    </message>
    <message>
        <source>Show what each toolbar button does under its icon</source>
        <translation>在每个工具栏按钮的图标下显示它的作用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>进入</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>跳出</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>到结束</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
    </message>
    <message>
        <source>VT-d &amp;Hardware Beside the Graph</source>
        <translation>在图旁显示 VT-d 硬件(&amp;H)</translation>
    </message>
    <message>
        <source>Show the VT-d hardware diagrams next to the graph (also in presentation mode)</source>
        <translation>在图旁显示 VT-d 硬件图示（演示模式下也显示）</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>图示</translation>
    </message>
    <message>
        <source>Diagrams (compared variant)</source>
        <translation>图示（比较的变体）</translation>
    </message>
    <message>
        <source>position %1 / %2</source>
        <translation>位置 %1 / %2</translation>
    </message>
    <message>
        <source>%1, step %2 of %3</source>
        <translation>%1，第 %2 步，共 %3 步</translation>
    </message>
    <message>
        <source>Patch &amp;Matrix...</source>
        <translation>补丁矩阵(&amp;M)……</translation>
    </message>
    <message>
        <source>Every built-in scenario with every set of e57e58bd&apos;s hunks, explored; click a cell to load it</source>
        <translation>用 e57e58bd 补丁块的每一种组合探索每个内置场景；点击单元格即可载入</translation>
    </message>
    <message>
        <source>&amp;Museum of Lifetime Bugs...</source>
        <translation>生命周期缺陷博物馆(&amp;M)……</translation>
    </message>
    <message>
        <source>The same refcounting lesson in 2016, 2020 and 2022: each bug and its fix, one click to compare</source>
        <translation>2016、2020 和 2022 年的同一个引用计数教训：每个缺陷及其修复，一键比较</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SVM Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A visualizer and teaching tool for Intel VT-d Shared Virtual Memory: what happens to a process&apos;s mm, its files and its PASID binding when it exits, in the intel-svm driver of Linux v4.4 and v4.5 (e57e58bd), down to the hardware.&lt;/p&gt;&lt;p&gt;Kernel steps quote Linux v4.4; the museum&apos;s later exhibits quote the release of their era, named beside each step. Hardware behaviour no source confirms is marked &lt;i&gt;modeled&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SVM Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;一个用于 Intel VT-d 共享虚拟内存（SVM）的可视化与教学工具：展示进程退出时，它的 mm、文件和 PASID 绑定在 Linux v4.4 和 v4.5（e57e58bd）的 intel-svm 驱动中发生了什么，一直深入到硬件。&lt;/p&gt;&lt;p&gt;内核步骤引用 Linux v4.4；博物馆中较晚的展品引用其所处年代的内核版本，版本名标在每一步旁边。没有资料证实的硬件行为标记为&lt;i&gt;建模&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Patch e57e58bd</source>
        <translation>补丁 e57e58bd</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>The run %1: no verdict.</source>
        <translation>运行%1：无结论。</translation>
    </message>
</context>
<context>
    <name>svmlab::MatrixDialog</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Patch Matrix: scenarios × hunks of e57e58bd</source>
        <translation>补丁矩阵：场景 × e57e58bd 的补丁块</translation>
    </message>
    <message>
        <source>Exploring every scenario with every set of hunks, on every core...</source>
        <translation>正在所有 CPU 核心上，用每一种补丁块组合探索每个场景……</translation>
    </message>
    <message>
        <source>ok (nothing found)</source>
        <translation>正常（未发现问题）</translation>
    </message>
    <message>
        <source>incomplete (the search stopped at a bound)</source>
        <translation>未完成（搜索因达到上限而停止）</translation>
    </message>
    <message>
        <source> (%1 states)</source>
        <translation>（%1 个状态）</translation>
    </message>
    <message>
        <source>%1 cells, every one explored to the end, in %2 s. Click a cell to load it with its counterexample.</source>
        <translation>%1 个单元格，每个都已探索到底，用时 %2 秒。点击单元格即可连同其反例一起载入。</translation>
    </message>
    <message>
        <source>%1 cells in %2 s; NOT all complete: grey cells stopped at a bound, and their verdicts are not final.</source>
        <translation>%1 个单元格，用时 %2 秒；并非全部完成：灰色单元格因达到上限而停止，其结论并非最终结论。</translation>
    </message>
    <message>
        <source>the matrix is not computed yet</source>
        <translation>矩阵尚未计算</translation>
    </message>
    <message>
        <source>Patch Matrix</source>
        <translation>补丁矩阵</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>无法编码 PNG</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (svg, png or csv)</source>
        <translation>未知格式 &quot;%1&quot;（svg、png 或 csv）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;CSV (*.csv)</source>
        <translation>SVG (*.svg);;PNG (*.png);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Hunks &amp;applied to:</source>
        <translation>补丁块应用于(&amp;A)：</translation>
    </message>
    <message>
        <source>v4.4 as merged, or v4.4 with the device-TLB invalidation descriptor later kernels use: e57e58bd&apos;s effect apart from the 2016 descriptor</source>
        <translation>合入时的 v4.4，或使用后来内核的设备 TLB 失效描述符的 v4.4：不受 2016 年描述符影响的 e57e58bd 效果</translation>
    </message>
    <message>
        <source>Columns: which hunks of e57e58bd are applied to %1, in the order b = bind, u = unbind, r = release, f = fault (· = left out). Each cell names what the explorer found in every interleaving; the colour repeats it:</source>
        <translation>列：哪些 e57e58bd 的补丁块应用到了 %1 上，顺序为 b = bind，u = unbind，r = release，f = fault（· = 未应用）。每个单元格写出探索在所有交错执行中发现的问题；颜色与之对应：</translation>
    </message>
    <message>
        <source>hunks on %1</source>
        <translation>应用于 %1 的补丁块</translation>
    </message>
</context>
<context>
    <name>svmlab::MuseumDialog</name>
    <message>
        <source>Museum of Lifetime Bugs</source>
        <translation>生命周期缺陷博物馆</translation>
    </message>
    <message>
        <source>&amp;Open the Bug</source>
        <translation>打开缺陷(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare Bug and Fix</source>
        <translation>比较缺陷与修复(&amp;C)</translation>
    </message>
    <message>
        <source>Commits:</source>
        <translation>提交：</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>场景：</translation>
    </message>
    <message>
        <source>Bug:</source>
        <translation>缺陷：</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>Modeled:</source>
        <translation>建模范围：</translation>
    </message>
    <message>
        <source>No exhibit is selected.</source>
        <translation>没有选中任何展品。</translation>
    </message>
    <message>
        <source>This exhibit has no fix to compare with.</source>
        <translation>这件展品没有可供比较的修复。</translation>
    </message>
</context>
<context>
    <name>svmlab::NarrationView</name>
    <message>
        <source>Leak</source>
        <translation>泄漏</translation>
    </message>
    <message>
        <source>Use after free</source>
        <translation>释放后使用</translation>
    </message>
    <message>
        <source>Reference count error</source>
        <translation>引用计数错误</translation>
    </message>
    <message>
        <source>BUG</source>
        <translation>BUG</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>死锁</translation>
    </message>
    <message>
        <source>PASID isolation broken</source>
        <translation>PASID 隔离被破坏</translation>
    </message>
    <message>
        <source>No scenario is open.</source>
        <translation>没有打开任何场景。</translation>
    </message>
    <message>
        <source>Scenario %1 · variant %2 · %3 steps</source>
        <translation>场景 %1 · 变体 %2 · %3 步</translation>
    </message>
    <message>
        <source>Step forward to start the run.</source>
        <translation>向前单步以开始运行。</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>called from %1():</source>
        <translation>由 %1() 调用：</translation>
    </message>
    <message>
        <source>%1() calls %2().</source>
        <translation>%1() 调用 %2()。</translation>
    </message>
    <message>
        <source>Nothing the model tracks changes at this step.</source>
        <translation>本步中模型跟踪的内容都没有变化。</translation>
    </message>
    <message>
        <source>Counters:</source>
        <translation>计数器：</translation>
    </message>
    <message>
        <source>End of the run</source>
        <translation>运行结束</translation>
    </message>
    <message>
        <source>The run stopped before every thread was done.</source>
        <translation>运行在所有线程完成之前就停止了。</translation>
    </message>
    <message>
        <source>The chosen schedule could not be followed:</source>
        <translation>无法遵循所选的调度：</translation>
    </message>
    <message>
        <source>No violation.</source>
        <translation>没有违规。</translation>
    </message>
    <message>
        <source>Nothing leaked, nothing was used after it was freed, no counter went wrong.</source>
        <translation>没有泄漏，没有释放后使用，没有计数器出错。</translation>
    </message>
    <message>
        <source>%1 at step %2</source>
        <translation>第 %2 步：%1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>以及另外 %1 个</translation>
    </message>
    <message>
        <source>Violations during the run:</source>
        <translation>运行期间的违规：</translation>
    </message>
    <message>
        <source>at the end of the run</source>
        <translation>运行结束时</translation>
    </message>
    <message>
        <source>Reference cycle:</source>
        <translation>引用环：</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>无结论。</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>悬空的硬件指针</translation>
    </message>
    <message>
        <source>Simulator bug</source>
        <translation>模拟器缺陷</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>The run %1.</source>
        <translation>运行%1。</translation>
    </message>
</context>
<context>
    <name>svmlab::PageRequestView</name>
    <message>
        <source>PQT: where hardware writes the next page request; PQH: where software reads. Entries between PQH and PQT are waiting for the handler. PRS.PPR: a request is pending; PRS.PRO: the queue overflowed and requests are being dropped.</source>
        <translation>PQT：硬件写入下一个页请求的位置；PQH：软件读取的位置。PQH 和 PQT 之间的条目在等待处理程序。PRS.PPR：有请求待处理；PRS.PRO：队列已溢出，请求正被丢弃。</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>入队</translation>
    </message>
    <message>
        <source>page request</source>
        <translation>页请求</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>raw (hi:lo)</source>
        <translation>原始值 (hi:lo)</translation>
    </message>
    <message>
        <source>Ring slot (PRQ index); the ring is reused</source>
        <translation>环形槽位（PRQ 索引）；环会被重复使用</translation>
    </message>
    <message>
        <source>The step at which the IOMMU wrote it at PQT</source>
        <translation>IOMMU 在 PQT 处写入它的那一步</translation>
    </message>
    <message>
        <source>Decoded: R/W access, PASID, page address, PRG index (page request group), LPIG (last page in group: only that one is answered)</source>
        <translation>解码：R/W 访问、PASID、页地址、PRG 索引（页请求组）、LPIG（组中最后一页：只有它会得到应答）</translation>
    </message>
    <message>
        <source>Pending while it lies between PQH and PQT (the handler reads it there and writes PQH past it when done); then consumed, and answered by a page group response</source>
        <translation>位于 PQH 和 PQT 之间时为待处理（处理程序在那里读取它，完成后把 PQH 移过它）；之后为已消费，并由一个页组应答来回答</translation>
    </message>
    <message>
        <source>The 128-bit descriptor as in the queue (rev 2.x layout)</source>
        <translation>队列中的 128 位描述符（2.x 版布局）</translation>
    </message>
    <message>
        <source>Page request queue</source>
        <translation>页请求队列</translation>
    </message>
    <message>
        <source>Page requests from devices with PRI, written by the IOMMU; prq_event_thread() handles them with handle_mm_fault() and answers with a page group response.</source>
        <translation>来自支持 PRI 的设备的页请求，由 IOMMU 写入；prq_event_thread() 用 handle_mm_fault() 处理它们，并以页组应答作答。</translation>
    </message>
    <message>
        <source>IQ slot</source>
        <translation>IQ 槽位</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>请求者</translation>
    </message>
    <message>
        <source>response</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Slot of the page group response descriptor in the invalidation queue</source>
        <translation>页组应答描述符在失效队列中的槽位</translation>
    </message>
    <message>
        <source>The step that queued it</source>
        <translation>把它加入队列的步骤</translation>
    </message>
    <message>
        <source>Requester id (source id) and device</source>
        <translation>请求者 ID（源 ID）和设备</translation>
    </message>
    <message>
        <source>PASID the response is for</source>
        <translation>应答所针对的 PASID</translation>
    </message>
    <message>
        <source>Page request group index it answers</source>
        <translation>它所应答的页请求组索引</translation>
    </message>
    <message>
        <source>Success: the device retries; Invalid Request: the access fails; Response Failure: the device disables PRI</source>
        <translation>Success：设备重试；Invalid Request：访问失败；Response Failure：设备禁用 PRI</translation>
    </message>
    <message>
        <source>Delivered to the device once hardware executed the descriptor</source>
        <translation>硬件执行该描述符后交付给设备</translation>
    </message>
    <message>
        <source>Page group responses</source>
        <translation>页组应答</translation>
    </message>
    <message>
        <source>Answers software sends through the invalidation queue (descriptor type 9).</source>
        <translation>软件通过失效队列发送的应答（描述符类型 9）。</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>responses received</source>
        <translation>收到的应答</translation>
    </message>
    <message>
        <source>The device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>PRI enabled (cleared after a Response Failure)</source>
        <translation>PRI 已启用（在 Response Failure 之后清除）</translation>
    </message>
    <message>
        <source>Page requests the device sent and still waits an answer for</source>
        <translation>设备已发送、仍在等待应答的页请求</translation>
    </message>
    <message>
        <source>Responses delivered to the device and not yet acted on</source>
        <translation>已交付给设备但尚未处理的应答</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The PRI state of each device.</source>
        <translation>每个设备的 PRI 状态。</translation>
    </message>
    <message>
        <source>FSTS.PFO: fault overflow (records dropped); PPF: a primary fault is pending; IQE: invalidation queue error; FRI: the record hardware writes next.</source>
        <translation>FSTS.PFO：故障溢出（记录被丢弃）；PPF：有主故障待处理；IQE：失效队列错误；FRI：硬件下一个写入的记录。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Fault recording register index</source>
        <translation>故障记录寄存器索引</translation>
    </message>
    <message>
        <source>Fault bit: the record is valid (write 1 to clear)</source>
        <translation>故障位：该记录有效（写 1 清除）</translation>
    </message>
    <message>
        <source>FR: the fault reason. Codes marked (modeled) come from scalable mode and are not verified for the ECS PASID path</source>
        <translation>FR：故障原因。标记为（建模）的代码来自可扩展模式，尚未针对 ECS PASID 路径证实</translation>
    </message>
    <message>
        <source>SID: the requester</source>
        <translation>SID：请求者</translation>
    </message>
    <message>
        <source>FI: the page address that faulted</source>
        <translation>FI：出错的页地址</translation>
    </message>
    <message>
        <source>PASID of the request, if it had one</source>
        <translation>请求的 PASID（如果有）</translation>
    </message>
    <message>
        <source>Access type: read or write, execute, privileged</source>
        <translation>访问类型：读或写、执行、特权</translation>
    </message>
    <message>
        <source>Fault recording registers</source>
        <translation>故障记录寄存器</translation>
    </message>
    <message>
        <source>Faults of translation requests and DMA the IOMMU rejected (not page requests).</source>
        <translation>IOMMU 拒绝的翻译请求和 DMA 的故障（不包括页请求）。</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>未加载跟踪</translation>
    </message>
    <message>
        <source>PQH = %1 (0x%2)   PQT = %3 (0x%4)   PRS: PPR=%5 PRO=%6   %7 waiting   ring of %8 x 16-byte descriptors   at %9</source>
        <translation>PQH = %1 (0x%2)   PQT = %3 (0x%4)   PRS: PPR=%5 PRO=%6   %7 个等待中   环由 %8 个 16 字节描述符组成   于 %9</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>consumed at this step (PQH moved past it)</source>
        <translation>本步已消费（PQH 已越过它）</translation>
    </message>
    <message>
        <source>consumed at step %1</source>
        <translation>于第 %1 步消费</translation>
    </message>
    <message>
        <source>; answered %1 (IQ slot %2)</source>
        <translation>；已应答 %1（IQ 槽位 %2）</translation>
    </message>
    <message>
        <source>queued at this step, </source>
        <translation>本步入队，</translation>
    </message>
    <message>
        <source>no page request yet</source>
        <translation>尚无页请求</translation>
    </message>
    <message>
        <source>(page stream response)</source>
        <translation>（页流应答）</translation>
    </message>
    <message>
        <source>delivered to the device at this step</source>
        <translation>本步交付给设备</translation>
    </message>
    <message>
        <source>delivered at step %1</source>
        <translation>于第 %1 步交付</translation>
    </message>
    <message>
        <source>pending in the invalidation queue</source>
        <translation>在失效队列中待处理</translation>
    </message>
    <message>
        <source>submitted at this step; </source>
        <translation>本步提交；</translation>
    </message>
    <message>
        <source>no response sent yet</source>
        <translation>尚未发送应答</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>PRG %1 %2 %3</source>
        <translation>PRG %1 %2 %3</translation>
    </message>
    <message>
        <source>PRG %1: %2</source>
        <translation>PRG %1：%2</translation>
    </message>
    <message>
        <source>no device in this scenario</source>
        <translation>此场景中没有设备</translation>
    </message>
    <message>
        <source>FSTS: PFO=%1 PPF=%2 IQE=%3   FRI = %4 (next record)</source>
        <translation>FSTS: PFO=%1 PPF=%2 IQE=%3   FRI = %4（下一条记录）</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>no fault recorded</source>
        <translation>没有记录故障</translation>
    </message>
</context>
<context>
    <name>svmlab::PageWalkView</name>
    <message>
        <source>The request the device sent: requester id, PASID, virtual address split into the four 9-bit table indices, and the access type.</source>
        <translation>设备发送的请求：请求者 ID、PASID、拆分为四个 9 位表索引的虚拟地址，以及访问类型。</translation>
    </message>
    <message>
        <source>Which of the IOMMU&apos;s caches answered: the context cache (by source id), the PASID cache (by DID and PASID) and the IOTLB (by DID, PASID and page). An IOTLB hit skips the walk.</source>
        <translation>IOMMU 的哪个缓存作出了应答：上下文缓存（按源 ID）、PASID 缓存（按 DID 和 PASID）和 IOTLB（按 DID、PASID 和页）。IOTLB 命中会跳过页表遍历。</translation>
    </message>
    <message>
        <source>The PASID-table entry the translation used (from the PASID cache or from memory).</source>
        <translation>翻译所用的 PASID 表项（来自 PASID 缓存或内存）。</translation>
    </message>
    <message>
        <source>level</source>
        <translation>级</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>entry address</source>
        <translation>条目地址</translation>
    </message>
    <message>
        <source>entry (as read)</source>
        <translation>条目（读取值）</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>位</translation>
    </message>
    <message>
        <source>set by walk</source>
        <translation>遍历设置</translation>
    </message>
    <message>
        <source>next</source>
        <translation>下一级</translation>
    </message>
    <message>
        <source>note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>PML4E, PDPTE, PDE, PTE: the entry read at each level of the 4-level first-level walk</source>
        <translation>PML4E、PDPTE、PDE、PTE：4 级第一级遍历中每一级读取的条目</translation>
    </message>
    <message>
        <source>The 9-bit index of the virtual address at this level</source>
        <translation>虚拟地址在这一级的 9 位索引</translation>
    </message>
    <message>
        <source>Physical address of the entry: table base + index * 8</source>
        <translation>条目的物理地址：表基址 + 索引 * 8</translation>
    </message>
    <message>
        <source>The 64-bit entry as the walk read it, before it set A/D</source>
        <translation>遍历读取到的 64 位条目（在设置 A/D 之前）</translation>
    </message>
    <message>
        <source>P present, RW writable, US user, A accessed, D dirty, PS page size (leaf), G global, XD no-execute</source>
        <translation>P 存在，RW 可写，US 用户，A 已访问，D 脏，PS 页大小（叶子），G 全局，XD 不可执行</translation>
    </message>
    <message>
        <source>Accessed/Dirty bits this walk wrote into the entry</source>
        <translation>本次遍历写入条目的已访问/脏位</translation>
    </message>
    <message>
        <source>The next table, or the page for a leaf</source>
        <translation>下一级页表，或叶子所指的页面</translation>
    </message>
    <message>
        <source>Why the walk stopped here, or what is wrong with the frame read</source>
        <translation>遍历为何在此停止，或读取的页框有什么问题</translation>
    </message>
    <message>
        <source>How the translation ended: a physical address, or the fault the IOMMU reports. Fault codes from scalable mode, used here for the ECS PASID path, are marked (modeled).</source>
        <translation>翻译的结果：一个物理地址，或 IOMMU 报告的故障。此处用于 ECS PASID 路径的可扩展模式故障代码标记为（建模）。</translation>
    </message>
    <message>
        <source>No translation yet: no device has sent a request with a PASID up to this step.</source>
        <translation>尚无翻译：到本步为止，没有设备发送过带 PASID 的请求。</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>no page walk to show</source>
        <translation>没有可显示的页表遍历</translation>
    </message>
    <message>
        <source>Translation at this step: %1</source>
        <translation>本步的翻译：%1</translation>
    </message>
    <message>
        <source>Last translation: %1, %2 step(s) before this one</source>
        <translation>上一次翻译：%1，在本步之前 %2 步</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 (%2)  %3 %4  PASID %5  VA %6 = %7%8</source>
        <translation>%1（%2）  %3 %4  PASID %5  VA %6 = %7%8</translation>
    </message>
    <message>
        <source>ATS translation request</source>
        <translation>ATS 翻译请求</translation>
    </message>
    <message>
        <source>untranslated DMA</source>
        <translation>未翻译的 DMA</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>  supervisor</source>
        <translation>  supervisor</translation>
    </message>
    <message>
        <source>  user</source>
        <translation>  用户</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source> (STALE: its frame was freed or reused since the fill)</source>
        <translation>（过时：自填入以来它的页框已被释放或重用）</translation>
    </message>
    <message>
        <source>PASID entry %1: P=%2 SRE=%3 FLPTPTR=%4</source>
        <translation>PASID 条目 %1：P=%2 SRE=%3 FLPTPTR=%4</translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>页面 %1（%2）</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>页表 %1</translation>
    </message>
    <message>
        <source>table frame already FREED: use after free</source>
        <translation>页表页框已被释放：释放后使用</translation>
    </message>
    <message>
        <source>not present: the walk stops</source>
        <translation>不存在：遍历停止</translation>
    </message>
    <message>
        <source>no walk: the IOTLB had the translation</source>
        <translation>没有遍历：IOTLB 中已有该翻译</translation>
    </message>
    <message>
        <source>no walk: the request failed before the page tables were read</source>
        <translation>没有遍历：请求在读取页表之前就失败了</translation>
    </message>
    <message>
        <source>-&gt; physical address %1</source>
        <translation>-&gt; 物理地址 %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>（属于 %1）</translation>
    </message>
    <message>
        <source>, FREED</source>
        <translation>，已释放</translation>
    </message>
    <message>
        <source>  (from the IOTLB)</source>
        <translation>   （来自 IOTLB）</translation>
    </message>
    <message>
        <source>  STALE: memory that no longer belongs to this translation</source>
        <translation>  过时：这块内存已不再属于此翻译</translation>
    </message>
    <message>
        <source>fault %1</source>
        <translation>故障 %1</translation>
    </message>
    <message>
        <source>  (a page fault: a device with PRI may ask software for the page)</source>
        <translation>  （缺页：支持 PRI 的设备可以向软件请求该页面）</translation>
    </message>
    <message>
        <source>scalable mode: context entry P=%1 DTE=%2 PASIDE=%3 PRE=%4 PDTS=%5 -&gt; PASID directory %6</source>
        <translation>可扩展模式：上下文条目 P=%1 DTE=%2 PASIDE=%3 PRE=%4 PDTS=%5 -&gt; PASID 目录 %6</translation>
    </message>
    <message>
        <source>directory and table not read: the PASID cache had the entry</source>
        <translation>未读取目录和表：PASID 缓存中已有该条目</translation>
    </message>
    <message>
        <source>directory entry %1 (PASID &gt;&gt; 6 = %2) at %3: P=%4 -&gt; PASID table %5</source>
        <translation>目录条目 %1（PASID &gt;&gt; 6 = %2）位于 %3：P=%4 -&gt; PASID 表 %5</translation>
    </message>
    <message>
        <source>PASID entry (512 bits%1): val[0] %2 P=%3 AW=%4 PGTT=%5  val[1] %6 DID=%7  val[2] %8 SRE=%9 FLPTR=%10</source>
        <translation>PASID 条目（512 位%1）：val[0] %2 P=%3 AW=%4 PGTT=%5  val[1] %6 DID=%7  val[2] %8 SRE=%9 FLPTR=%10</translation>
    </message>
    <message>
        <source>, index %1 at %2</source>
        <translation>，索引 %1 位于 %2</translation>
    </message>
</context>
<context>
    <name>svmlab::PatchPanel</name>
    <message>
        <source>Running: %1</source>
        <translation>正在运行：%1</translation>
    </message>
    <message>
        <source>(on)</source>
        <translation>（启用）</translation>
    </message>
    <message>
        <source>(off: this run has the v4.4 lines)</source>
        <translation>（关闭：本次运行使用 v4.4 的代码行）</translation>
    </message>
    <message>
        <source>e57e58bd &quot;iommu/vt-d: Fix mm refcounting to hold mm_count not mm_users&quot; (intel-svm.c 5046483..97a8189). Tick hunks to run v4.4 with them; the second column picks the compared run.</source>
        <translation>e57e58bd &quot;iommu/vt-d: Fix mm refcounting to hold mm_count not mm_users&quot;（intel-svm.c 5046483..97a8189）。勾选补丁块即可让 v4.4 带着它们运行；第二列选择用于比较的运行。</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>%1, line %2 in v4.4: %3</source>
        <translation>%1，v4.4 中第 %2 行：%3</translation>
    </message>
</context>
<context>
    <name>svmlab::QuizPanel</name>
    <message>
        <source>Show &amp;me</source>
        <translation>给我看看(&amp;M)</translation>
    </message>
    <message>
        <source>Go to the step that shows the answer</source>
        <translation>转到显示答案的那一步</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>跳过(&amp;K)</translation>
    </message>
    <message>
        <source>❓ Predict the next step — question %1 of %2</source>
        <translation>❓ 预测下一步 — 第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Answer %1 (Alt+%2)</source>
        <translation>回答 %1（Alt+%2）</translation>
    </message>
    <message>
        <source>Skipped. The answer is %1.</source>
        <translation>已跳过。答案是 %1。</translation>
    </message>
    <message>
        <source>Skip this question (Alt+K)</source>
        <translation>跳过这道题（Alt+K）</translation>
    </message>
</context>
<context>
    <name>svmlab::RefGraphView</name>
    <message>
        <source>The reference graph cannot be laid out:
%1</source>
        <translation>无法对引用图进行布局：
%1</translation>
    </message>
    <message>
        <source>, counted</source>
        <translation>，计数</translation>
    </message>
    <message>
        <source>refers to:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>referenced by:</source>
        <translation>被引用于：</translation>
    </message>
    <message>
        <source>a pointer: holds no count on %1</source>
        <translation>一个指针：不持有 %1 的计数</translation>
    </message>
    <message>
        <source>dropped at this step</source>
        <translation>本步移除</translation>
    </message>
    <message>
        <source>added at this step</source>
        <translation>本步添加</translation>
    </message>
    <message>
        <source>part of the leak cycle</source>
        <translation>泄漏环的一部分</translation>
    </message>
    <message>
        <source>, owns</source>
        <translation>，拥有</translation>
    </message>
    <message numerus="yes">
        <source>holds %n unit(s) of %1&apos;s %2</source>
        <translation>
            <numerusform>持有 %1 的 %2（%n 个单位）</numerusform>
        </translation>
    </message>
    <message>
        <source>owns %1: it is freed with its owner</source>
        <translation>拥有 %1：它随其所有者一起释放</translation>
    </message>
    <message>
        <source>leak cycle: %1
each is freed only through the one before it, and no running task reaches any of them</source>
        <translation>泄漏环：%1
每个对象只能经由它前面的那个对象释放，且没有任何运行中的任务能访问到它们</translation>
    </message>
</context>
<context>
    <name>svmlab::Session</name>
    <message>
        <source>no scenario is open</source>
        <translation>没有打开任何场景</translation>
    </message>
    <message>
        <source>unknown variant %1</source>
        <translation>未知变体 %1</translation>
    </message>
    <message>
        <source>still re-simulating the last choice</source>
        <translation>仍在重新模拟上一次的选择</translation>
    </message>
    <message>
        <source>no such thread</source>
        <translation>没有这个线程</translation>
    </message>
</context>
<context>
    <name>svmlab::SourceView</name>
    <message>
        <source>The call stack, innermost first: click a caller to see the line it is at</source>
        <translation>调用栈，最内层在前：点击一个调用者可查看它所在的行</translation>
    </message>
    <message>
        <source>No scenario open.</source>
        <translation>没有打开场景。</translation>
    </message>
    <message>
        <source>&lt;b&gt;State 0&lt;/b&gt;: the machine as booted. Step to see where each step runs.</source>
        <translation>&lt;b&gt;状态 0&lt;/b&gt;：刚启动的机器。单步执行即可看到每一步在哪里运行。</translation>
    </message>
    <message>
        <source>step %1 calls it: none of its lines has run yet</source>
        <translation>第 %1 步调用它：它的代码行还没有执行</translation>
    </message>
    <message>
        <source>step %1 runs the highlighted line</source>
        <translation>第 %1 步执行高亮的那一行</translation>
    </message>
    <message>
        <source>a caller: the highlighted line is the call it is in</source>
        <translation>调用者：高亮的那一行是它所在的调用</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;thread %3: %4</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;线程 %3：%4</translation>
    </message>
    <message>
        <source>(entered)</source>
        <translation>(已进入)</translation>
    </message>
</context>
<context>
    <name>svmlab::ThreadStyle</name>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>IRQ thread</source>
        <translation>IRQ 线程</translation>
    </message>
    <message>
        <source>kworker</source>
        <translation>kworker</translation>
    </message>
    <message>
        <source>IOMMU</source>
        <translation>IOMMU</translation>
    </message>
    <message>
        <source>A user process: the scenario&apos;s script and the system calls it makes</source>
        <translation>一个用户进程：场景的脚本及其发起的系统调用</translation>
    </message>
    <message>
        <source>A PCIe device: its DMA transfers, ATS translation requests and page requests</source>
        <translation>一个 PCIe 设备：它的 DMA 传输、ATS 翻译请求和页请求</translation>
    </message>
    <message>
        <source>The threaded interrupt handler of the page request queue (prq_event_thread)</source>
        <translation>页请求队列的线程化中断处理程序（prq_event_thread）</translation>
    </message>
    <message>
        <source>A kernel worker thread (delayed_fput)</source>
        <translation>一个内核工作线程（delayed_fput）</translation>
    </message>
    <message>
        <source>The IOMMU hardware executing the invalidation queue</source>
        <translation>执行失效队列的 IOMMU 硬件</translation>
    </message>
</context>
<context>
    <name>svmlab::ThreadsView</name>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 到达 %2</translation>
    </message>
    <message>
        <source>%1 has done &quot;%2&quot;</source>
        <translation>%1 已完成 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 has done action %2</source>
        <translation>%1 已完成动作 %2</translation>
    </message>
    <message>
        <source>not born</source>
        <translation>尚未创建</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>可运行</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>died in an oops</source>
        <translation>死于 oops</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>正在做</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>等待</translation>
    </message>
    <message>
        <source>▶ the thread the trace steps next; ▷ the thread the default schedule would pick instead</source>
        <translation>▶ 跟踪下一步执行的线程；▷ 默认调度会改为选择的线程</translation>
    </message>
    <message>
        <source>The innermost function and the line the thread executes next</source>
        <translation>最内层的函数，以及线程下一步执行的那一行</translation>
    </message>
    <message>
        <source>Why the thread cannot take a step now</source>
        <translation>线程现在为什么不能执行一步</translation>
    </message>
    <message>
        <source> (it waits for work forever: blocked at the end is normal)</source>
        <translation>（它永远在等待工作：结束时处于阻塞状态是正常的）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>No thread can take a step: the run is over.</source>
        <translation>没有线程能执行一步：运行已结束。</translation>
    </message>
    <message>
        <source>▶ steps next  ·  ▷ the default schedule&apos;s pick  ·  Step or double-click: a runnable thread takes the next step</source>
        <translation>▶ 下一步执行  ·  ▷ 默认调度的选择  ·  单步或双击：让一个可运行的线程执行下一步</translation>
    </message>
    <message>
        <source>The trace steps %1 next; the default schedule picks it too.</source>
        <translation>跟踪下一步执行 %1；默认调度也选择它。</translation>
    </message>
    <message>
        <source>The trace steps %1 next, as chosen; the default schedule would pick %2.</source>
        <translation>按照选择，跟踪下一步执行 %1；默认调度会选择 %2。</translation>
    </message>
    <message>
        <source>no thread</source>
        <translation>没有线程</translation>
    </message>
    <message>
        <source>The default schedule would step %1 next; this trace steps %2 instead.</source>
        <translation>默认调度下一步会执行 %1；这个跟踪改为执行 %2。</translation>
    </message>
    <message>
        <source>The default schedule would step %1 next.</source>
        <translation>默认调度下一步会执行 %1。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;next: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;下一步：&lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(forked later)</source>
        <translation>（稍后 fork 创建）</translation>
    </message>
    <message>
        <source>(killed by the oops)</source>
        <translation>（被 oops 杀死）</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>被 %1 持有</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>the scenario&apos;s &quot;after&quot;:
until %1</source>
        <translation>场景的 &quot;after&quot;：
直到 %1</translation>
    </message>
    <message>
        <source>(held back until
%1)</source>
        <translation>（暂缓到
%1）</translation>
    </message>
    <message>
        <source>%1 can run, but the scenario holds it back from the default schedule until %2; you can still choose it.</source>
        <translation>%1 可以运行，但场景让默认调度暂缓它，直到 %2；你仍然可以选择它。</translation>
    </message>
    <message>
        <source>Let %1 take the next step</source>
        <translation>让 %1 执行下一步</translation>
    </message>
    <message>
        <source>%1 cannot run: it waits for %2</source>
        <translation>%1 无法运行：它在等待 %2</translation>
    </message>
    <message>
        <source>%1 cannot run: it is not born yet</source>
        <translation>%1 无法运行：它尚未创建</translation>
    </message>
    <message>
        <source>%1 cannot run: it has finished</source>
        <translation>%1 无法运行：它已结束</translation>
    </message>
    <message>
        <source>%1 cannot run: it died in an oops</source>
        <translation>%1 无法运行：它死于 oops</translation>
    </message>
</context>
<context>
    <name>svmlab::TimelineView</name>
    <message>
        <source>Click or drag to move to a step. Lines are offset by a fraction of a unit so that equal counts stay visible; the box on the right gives the exact values at the cursor.</source>
        <translation>点击或拖动以移动到某一步。曲线错开了一个单位的几分之一，使相等的计数仍然可见；右侧方框给出光标处的精确值。</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>reference count</source>
        <translation>引用计数</translation>
    </message>
    <message>
        <source>Reference counts (no trace loaded)</source>
        <translation>引用计数（未加载跟踪）</translation>
    </message>
    <message>
        <source>Reference counts per step: %1, %2</source>
        <translation>每步的引用计数：%1，%2</translation>
    </message>
    <message>
        <source>no trace</source>
        <translation>没有跟踪</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>SVM Lab counter timeline</source>
        <translation>SVM Lab 计数器时间线</translation>
    </message>
    <message>
        <source>  (thin lines: %1)</source>
        <translation>  (细线：%1)</translation>
    </message>
    <message>
        <source>%1: bold lines, filled marks</source>
        <translation>%1：粗线，实心标记</translation>
    </message>
    <message>
        <source>%1: thin lines, hollow marks</source>
        <translation>%1：细线，空心标记</translation>
    </message>
</context>
<context>
    <name>svmlab::TraceModel</name>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Function calls and source lines</source>
        <translation>函数调用和源代码行</translation>
    </message>
    <message>
        <source>Counters changed</source>
        <translation>变化的计数器</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <source>The step number: the state after this step is the one the session shows</source>
        <translation>步号：会话显示的是这一步之后的状态</translation>
    </message>
    <message>
        <source>The thread that took the step</source>
        <translation>执行这一步的线程</translation>
    </message>
    <message>
        <source>⚠ a violation was found at this step; ◆ the step reached a milestone</source>
        <translation>⚠ 在这一步发现了违规；◆ 这一步到达了一个里程碑</translation>
    </message>
    <message>
        <source>As ftrace&apos;s function_graph: &quot;fn() {&quot; is a call, &quot;}&quot; its return, other lines are the source the step executed</source>
        <translation>与 ftrace 的 function_graph 一样：&quot;fn() {&quot; 是一次调用，&quot;}&quot; 是它的返回，其他行是这一步执行的源代码</translation>
    </message>
    <message>
        <source>Reference counters this step changed: object, counter, before-&gt;after</source>
        <translation>这一步改变的引用计数器：对象、计数器、之前-&gt;之后</translation>
    </message>
    <message>
        <source>The source file of the function, with its kernel version</source>
        <translation>函数的源文件及其内核版本</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; returns (step %2)</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; 返回（第 %2 步）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;called from %3(): &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;由 %3() 调用：&lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2()&lt;/b&gt;: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2()&lt;/b&gt;：&lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1：%2</translation>
    </message>
    <message>
        <source>◆ milestone %1</source>
        <translation>◆ 里程碑 %1</translation>
    </message>
</context>
<context>
    <name>svmlab::TraceTableView</name>
    <message>
        <source>&amp;Thread:</source>
        <translation>线程(&amp;T)：</translation>
    </message>
    <message>
        <source>Show the steps of one thread only</source>
        <translation>只显示一个线程的步骤</translation>
    </message>
    <message>
        <source>Steps: %1   Threads: %2</source>
        <translation>步数：%1   线程：%2</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>所有线程</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
</context>
<context>
    <name>svmlab::TranslationCacheView</name>
    <message>
        <source>STALE: frame %1 was freed since the fill</source>
        <translation>过时：自填入以来页框 %1 已被释放</translation>
    </message>
    <message>
        <source>STALE: frame %1 was freed and reused since the fill (gen %2, now %3)</source>
        <translation>过时：自填入以来页框 %1 已被释放并重用（代 %2，现在 %3）</translation>
    </message>
    <message>
        <source>invalidated by %1</source>
        <translation>被 %1 失效</translation>
    </message>
    <message>
        <source>implicit invalidation by the page request</source>
        <translation>页请求引起的隐式失效</translation>
    </message>
    <message>
        <source>evicted or replaced</source>
        <translation>被逐出或替换</translation>
    </message>
    <message>
        <source>new at this step</source>
        <translation>本步新增</translation>
    </message>
    <message>
        <source>changed at this step</source>
        <translation>本步修改</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>removed at this step: %1</source>
        <translation>本步移除：%1</translation>
    </message>
    <message>
        <source>Hits and misses counted since boot; in brackets, what this step added.</source>
        <translation>自启动以来统计的命中和未命中；括号中是本步增加的数量。</translation>
    </message>
    <message>
        <source>valid; new or changed at this step; removed at this step (struck through); or STALE: the frame the entry translates to was freed (or freed and reused) after the fill</source>
        <translation>有效；本步新增或修改；本步移除（带删除线）；或过时：条目翻译到的页框在填入后被释放（或被释放并重用）</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>perms</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>gen</source>
        <translation>代</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Domain id: tag from the device&apos;s context entry</source>
        <translation>域 ID：来自设备上下文条目的标签</translation>
    </message>
    <message>
        <source>PASID tag</source>
        <translation>PASID 标签</translation>
    </message>
    <message>
        <source>First virtual address the entry covers</source>
        <translation>条目覆盖的第一个虚拟地址</translation>
    </message>
    <message>
        <source>Page size (the walk level of the leaf)</source>
        <translation>页大小（叶子所在的遍历级别）</translation>
    </message>
    <message>
        <source>Physical frame number the page maps to</source>
        <translation>页面映射到的物理页框号</translation>
    </message>
    <message>
        <source>R read, W write, U user, X execute: the permissions the walk found</source>
        <translation>R 读，W 写，U 用户，X 执行：遍历得到的权限</translation>
    </message>
    <message>
        <source>Dirty: the filling walk set D, so writes may hit</source>
        <translation>脏：填入时的遍历设置了 D，因此写操作可以命中</translation>
    </message>
    <message>
        <source>Generation of the frame when the entry was filled (a free bumps it)</source>
        <translation>填入条目时页框的代号（释放会使其递增）</translation>
    </message>
    <message>
        <source>Finished first-level translations, tagged by DID, PASID and page. A hit skips the page walk, whether or not the memory behind it is still what it was: that is how a missing flush becomes visible.</source>
        <translation>已完成的第一级翻译，以 DID、PASID 和页作标签。命中会跳过页表遍历，不管其背后的内存是否还是原来的：缺失的刷新就是这样显现出来的。</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Domain id tag</source>
        <translation>域 ID 标签</translation>
    </message>
    <message>
        <source>The cached PASID-table entry</source>
        <translation>缓存的 PASID 表项</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <source>First-level page-table pointer (mm-&gt;pgd)</source>
        <translation>第一级页表指针（mm-&gt;pgd）</translation>
    </message>
    <message>
        <source>Whether the cached copy still matches the PASID table in memory</source>
        <translation>缓存副本是否仍与内存中的 PASID 表一致</translation>
    </message>
    <message>
        <source>Cached PASID-table entries, tagged by DID and PASID. After the entry is cleared in memory, the cached copy must be invalidated too (PASID-cache invalidation), or the IOMMU keeps using it.</source>
        <translation>缓存的 PASID 表项，以 DID 和 PASID 作标签。内存中的条目清除后，缓存副本也必须失效（PASID 缓存失效），否则 IOMMU 会继续使用它。</translation>
    </message>
    <message>
        <source>Source id of the device</source>
        <translation>设备的源 ID</translation>
    </message>
    <message>
        <source>Domain id from the entry</source>
        <translation>来自条目的域 ID</translation>
    </message>
    <message>
        <source>PASID enable in the cached entry</source>
        <translation>缓存条目中的 PASID 使能</translation>
    </message>
    <message>
        <source>Page request enable in the cached entry</source>
        <translation>缓存条目中的页请求使能</translation>
    </message>
    <message>
        <source>Whether the cached copy still matches the context entry in memory</source>
        <translation>缓存副本是否仍与内存中的上下文条目一致</translation>
    </message>
    <message>
        <source>Context cache</source>
        <translation>上下文缓存</translation>
    </message>
    <message>
        <source>Cached context entries, tagged by source id.</source>
        <translation>缓存的上下文条目，以源 ID 作标签。</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The device whose ATS device TLB holds the entry</source>
        <translation>其 ATS 设备 TLB 持有该条目的设备</translation>
    </message>
    <message>
        <source>Virtual address of the page</source>
        <translation>页面的虚拟地址</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>页大小</translation>
    </message>
    <message>
        <source>Physical frame number</source>
        <translation>物理页框号</translation>
    </message>
    <message>
        <source>Permissions from the translation completion</source>
        <translation>来自翻译完成消息的权限</translation>
    </message>
    <message>
        <source>Generation of the frame when the entry was filled</source>
        <translation>填入条目时页框的代号</translation>
    </message>
    <message>
        <source>Device TLBs (ATS)</source>
        <translation>设备 TLB（ATS）</translation>
    </message>
    <message>
        <source>Translations the devices cached from ATS translation completions. Only a device-TLB invalidation removes them; the device then accesses memory with the cached physical address directly.</source>
        <translation>设备从 ATS 翻译完成消息中缓存的翻译。只有设备 TLB 失效才能移除它们；设备随后直接用缓存的物理地址访问内存。</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>未加载跟踪</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>+%1 hit</source>
        <translation>+%1 次命中</translation>
    </message>
    <message>
        <source>+%1 miss</source>
        <translation>+%1 次未命中</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>empty: no translation cached</source>
        <translation>空：没有缓存的翻译</translation>
    </message>
    <message>
        <source>STALE: the PASID table now holds %1</source>
        <translation>过时：PASID 表现在持有 %1</translation>
    </message>
    <message>
        <source>empty: no PASID entry cached</source>
        <translation>空：没有缓存的 PASID 条目</translation>
    </message>
    <message>
        <source>STALE: the context entry in memory changed</source>
        <translation>过时：内存中的上下文条目已改变</translation>
    </message>
    <message>
        <source>empty: no context entry cached</source>
        <translation>空：没有缓存的上下文条目</translation>
    </message>
    <message>
        <source>empty: no device has cached a translation</source>
        <translation>空：没有设备缓存翻译</translation>
    </message>
    <message>
        <source>none (scalable mode)</source>
        <translation>无（可扩展模式）</translation>
    </message>
</context>
<context>
    <name>svmlab::hw</name>
    <message>
        <source>boot</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>step %1 (%2: %3)</source>
        <translation>第 %1 步（%2：%3）</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>flushed by %1: %2</source>
        <translation>被 %1 刷新：%2</translation>
    </message>
    <message>
        <source>implicit invalidation (page request)</source>
        <translation>隐式失效（页请求）</translation>
    </message>
    <message>
        <source>evicted (least recently used)</source>
        <translation>被逐出（最近最少使用）</translation>
    </message>
    <message>
        <source>replaced (permissions)</source>
        <translation>被替换（权限）</translation>
    </message>
    <message>
        <source>Translation caches (fixed slots; recency 1 = most recently used)</source>
        <translation>翻译缓存（固定槽位；新近度 1 = 最近使用）</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>没有跟踪。</translation>
    </message>
    <message>
        <source>frame freed</source>
        <translation>页框已释放</translation>
    </message>
    <message>
        <source>frame freed+reused</source>
        <translation>页框已释放+重用</translation>
    </message>
    <message>
        <source>PTE changed</source>
        <translation>PTE 已改变</translation>
    </message>
    <message>
        <source>PASID entry changed</source>
        <translation>PASID 条目已改变</translation>
    </message>
    <message>
        <source>context entry changed</source>
        <translation>上下文条目已改变</translation>
    </message>
    <message>
        <source>%1 hits / %2 misses</source>
        <translation>%1 次命中 / %2 次未命中</translation>
    </message>
    <message>
        <source>, HIT at this step</source>
        <translation>，本步命中</translation>
    </message>
    <message>
        <source>, MISS at this step</source>
        <translation>，本步未命中</translation>
    </message>
    <message>
        <source>IOTLB (DID, PASID, page)</source>
        <translation>IOTLB（DID，PASID，页）</translation>
    </message>
    <message>
        <source>PASID cache (DID, PASID)</source>
        <translation>PASID 缓存（DID，PASID）</translation>
    </message>
    <message>
        <source>Context cache (source id)</source>
        <translation>上下文缓存（源 ID）</translation>
    </message>
    <message>
        <source>HIT at this step</source>
        <translation>本步命中</translation>
    </message>
    <message>
        <source>Device TLB of %1 (ATS)</source>
        <translation>%1 的设备 TLB（ATS）</translation>
    </message>
    <message>
        <source>MISS at this step</source>
        <translation>本步未命中</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>已逐出</translation>
    </message>
    <message>
        <source>EVICTED</source>
        <translation>已逐出</translation>
    </message>
    <message>
        <source>FLUSHED</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>slot %1, recency %2/%3</source>
        <translation>槽位 %1，新近度 %2/%3</translation>
    </message>
    <message>
        <source>FILL</source>
        <translation>填入</translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>已替换：%1</translation>
    </message>
    <message>
        <source>filled at step %1</source>
        <translation>于第 %1 步填入</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>命中</translation>
    </message>
    <message>
        <source>STALE HIT</source>
        <translation>过时命中</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>过时</translation>
    </message>
    <message>
        <source>STALE: %1</source>
        <translation>过时：%1</translation>
    </message>
    <message>
        <source>since step %1</source>
        <translation>自第 %1 步起</translation>
    </message>
    <message>
        <source>Fault recording registers (FRCD)</source>
        <translation>故障记录寄存器（FRCD）</translation>
    </message>
    <message>
        <source>FSTS: PFO=%1 PPF=%2   next record (FRI) = %3%4</source>
        <translation>FSTS: PFO=%1 PPF=%2   下一条记录（FRI）= %3%4</translation>
    </message>
    <message>
        <source>   OVERFLOW: further faults are not recorded</source>
        <translation>   溢出：后续故障不再记录</translation>
    </message>
    <message>
        <source>source %1%2</source>
        <translation>来源 %1%2</translation>
    </message>
    <message>
        <source>PASID %1</source>
        <translation>PASID %1</translation>
    </message>
    <message>
        <source>no PASID</source>
        <translation>无 PASID</translation>
    </message>
    <message>
        <source>address %1, %2%3</source>
        <translation>地址 %1，%2%3</translation>
    </message>
    <message>
        <source>write</source>
        <translation>写</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读</translation>
    </message>
    <message>
        <source>, supervisor</source>
        <translation>，supervisor</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新</translation>
    </message>
    <message>
        <source>F=1</source>
        <translation>F=1</translation>
    </message>
    <message>
        <source>CLEARED</source>
        <translation>已清除</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Invalidation queue (IQ): software writes at IQT, the IOMMU executes from IQH</source>
        <translation>失效队列（IQ）：软件在 IQT 处写入，IOMMU 从 IQH 处执行</translation>
    </message>
    <message>
        <source>IQH = %1   IQT = %2   %3 slots, %4 pending</source>
        <translation>IQH = %1   IQT = %2   %3 个槽位，%4 个待处理</translation>
    </message>
    <message>
        <source>written at step %1 (%2)</source>
        <translation>于第 %1 步写入（%2）</translation>
    </message>
    <message>
        <source>status %1 written at step %2</source>
        <translation>状态 %1 于第 %2 步写入</translation>
    </message>
    <message>
        <source>executed at step %1</source>
        <translation>于第 %1 步执行</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>answers PRQ[%1]</source>
        <translation>应答 PRQ[%1]</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>free</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Page request queue (PRQ): the IOMMU writes at PQT, software reads from PQH</source>
        <translation>页请求队列（PRQ）：IOMMU 在 PQT 处写入，软件从 PQH 处读取</translation>
    </message>
    <message>
        <source>PQH = %1   PQT = %2   %3 slots (a ring: after PRQ[%4] comes PRQ[0])   PRS: PPR=%5 PRO=%6</source>
        <translation>PQH = %1   PQT = %2   %3 个槽位（环形：PRQ[%4] 之后是 PRQ[0]）   PRS: PPR=%5 PRO=%6</translation>
    </message>
    <message>
        <source>OVERFLOW: PRO is set; every page request is dropped until software clears PRO (Linux 4.4 never does)</source>
        <translation>溢出：PRO 已置位；在软件清除 PRO 之前，所有页请求都被丢弃（Linux 4.4 从不清除）</translation>
    </message>
    <message>
        <source>queued at step %1</source>
        <translation>于第 %1 步入队</translation>
    </message>
    <message>
        <source>read by software at step %1</source>
        <translation>于第 %1 步被软件读取</translation>
    </message>
    <message>
        <source>pending: not read yet</source>
        <translation>待处理：尚未读取</translation>
    </message>
    <message>
        <source>answered: %1 (IQ[%2], step %3)</source>
        <translation>已应答：%1（IQ[%2]，第 %3 步）</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>尚无应答</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>已读取</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>kept free: PQT + 1 = PQH</source>
        <translation>保持空闲：PQT + 1 = PQH</translation>
    </message>
    <message>
        <source>means the queue is full</source>
        <translation>即表示队列已满</translation>
    </message>
    <message>
        <source>Dropped on overflow (%1 so far): the IOMMU never wrote them, software never sees them</source>
        <translation>因溢出而丢弃（迄今 %1 个）：IOMMU 从未写入它们，软件永远看不到它们</translation>
    </message>
    <message>
        <source>dropped at step %1</source>
        <translation>于第 %1 步丢弃</translation>
    </message>
    <message>
        <source>queue full: PRO set now</source>
        <translation>队列已满：PRO 此时置位</translation>
    </message>
    <message>
        <source>PRO already set</source>
        <translation>PRO 已置位</translation>
    </message>
    <message>
        <source>IOMMU answered: %1</source>
        <translation>IOMMU 已应答：%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>(auto-response: modeled)</source>
        <translation>（自动应答：建模）</translation>
    </message>
    <message>
        <source>DROPPED NOW</source>
        <translation>此时丢弃</translation>
    </message>
    <message>
        <source>DROPPED</source>
        <translation>已丢弃</translation>
    </message>
    <message>
        <source> (from the IOMMU, modeled)</source>
        <translation>（来自 IOMMU，建模）</translation>
    </message>
    <message>
        <source> (from software)</source>
        <translation>（来自软件）</translation>
    </message>
    <message>
        <source>%1 waits for page group responses to PRG %2; received: %3</source>
        <translation>%1 等待对 PRG %2 的页组应答；已收到：%3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>not RAM</source>
        <translation>非 RAM</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation>（属于 %1）</translation>
    </message>
    <message>
        <source>FREED (was %1)</source>
        <translation>已释放（原为 %1）</translation>
    </message>
    <message>
        <source>the root entry for this bus has P=0</source>
        <translation>该总线的根条目 P=0</translation>
    </message>
    <message>
        <source>the device&apos;s context entry has P=0</source>
        <translation>设备的上下文条目 P=0</translation>
    </message>
    <message>
        <source>PASIDE=0 in the context entry: PASIDs are not enabled for this device</source>
        <translation>上下文条目中 PASIDE=0：该设备未启用 PASID</translation>
    </message>
    <message>
        <source>the PASID is beyond the PASID table (PTS)</source>
        <translation>PASID 超出 PASID 表范围（PTS）</translation>
    </message>
    <message>
        <source>PRE=0 in the context entry: page requests are not enabled</source>
        <translation>上下文条目中 PRE=0：未启用页请求</translation>
    </message>
    <message>
        <source>the PASID table could not be read</source>
        <translation>无法读取 PASID 表</translation>
    </message>
    <message>
        <source>the PASID entry has P=0: it was cleared (unbind, or release() of the fix)</source>
        <translation>PASID 条目 P=0：它已被清除（解除绑定，或修复中的 release()）</translation>
    </message>
    <message>
        <source>a supervisor request, but SRE=0 in the PASID entry</source>
        <translation>supervisor 请求，但 PASID 条目中 SRE=0</translation>
    </message>
    <message>
        <source>a page-table entry could not be read</source>
        <translation>无法读取页表条目</translation>
    </message>
    <message>
        <source>this entry has P=0: the page is not present (yet); PRI may ask software for it</source>
        <translation>此条目 P=0：页面（尚）不存在；PRI 可以向软件请求该页面</translation>
    </message>
    <message>
        <source>reserved bits are set in this entry</source>
        <translation>此条目中设置了保留位</translation>
    </message>
    <message>
        <source>the virtual address is not canonical</source>
        <translation>虚拟地址不是规范地址</translation>
    </message>
    <message>
        <source>U/S=0: a user request to a supervisor page</source>
        <translation>U/S=0：用户请求访问 supervisor 页面</translation>
    </message>
    <message>
        <source>XD=1: an execute request to a no-execute page</source>
        <translation>XD=1：执行请求访问不可执行页面</translation>
    </message>
    <message>
        <source>R/W=0: a write request to a read-only page (a write needs R/W=1 at every level)</source>
        <translation>R/W=0：写请求访问只读页面（写操作要求每一级都是 R/W=1）</translation>
    </message>
    <message>
        <source>no read permission</source>
        <translation>没有读权限</translation>
    </message>
    <message>
        <source>Translation path (VT-d ECS, first level)</source>
        <translation>翻译路径（VT-d ECS，第一级）</translation>
    </message>
    <message>
        <source>No translation yet: no device has sent a request with a PASID up to this step.</source>
        <translation>尚无翻译：到本步为止，没有设备发送过带 PASID 的请求。</translation>
    </message>
    <message>
        <source>Translation at this step: %1</source>
        <translation>本步的翻译：%1</translation>
    </message>
    <message>
        <source>Last translation: %1, %2 step(s) before this one</source>
        <translation>上一次翻译：%1，在本步之前 %2 步</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>%1 (%2) %3, %4, PASID %5, %6, VA %7 = %8</source>
        <translation>%1（%2）%3，%4，PASID %5，%6，VA %7 = %8</translation>
    </message>
    <message>
        <source>ATS translation request</source>
        <translation>ATS 翻译请求</translation>
    </message>
    <message>
        <source>untranslated DMA</source>
        <translation>未翻译的 DMA</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>device TLB (%1)</source>
        <translation>设备 TLB（%1）</translation>
    </message>
    <message>
        <source>hit at this step: the device</source>
        <translation>本步命中：设备</translation>
    </message>
    <message>
        <source>uses its cached address;</source>
        <translation>使用其缓存的地址；</translation>
    </message>
    <message>
        <source>the IOMMU is not asked</source>
        <translation>不询问 IOMMU</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>未命中</translation>
    </message>
    <message>
        <source>no entry: the device sends</source>
        <translation>没有条目：设备发送</translation>
    </message>
    <message>
        <source>an ATS translation request</source>
        <translation>一个 ATS 翻译请求</translation>
    </message>
    <message>
        <source>not used: untranslated DMA</source>
        <translation>未使用：未翻译的 DMA</translation>
    </message>
    <message>
        <source>context cache</source>
        <translation>上下文缓存</translation>
    </message>
    <message>
        <source>entry for SID %1 cached</source>
        <translation>已缓存 SID %1 的条目</translation>
    </message>
    <message>
        <source>read root + context entry</source>
        <translation>读取根条目 + 上下文条目</translation>
    </message>
    <message>
        <source>PASID cache</source>
        <translation>PASID 缓存</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>entry for PASID %1 cached</source>
        <translation>已缓存 PASID %1 的条目</translation>
    </message>
    <message>
        <source>read the PASID table</source>
        <translation>读取 PASID 表</translation>
    </message>
    <message>
        <source>translation cached:</source>
        <translation>翻译已缓存：</translation>
    </message>
    <message>
        <source>no page walk</source>
        <translation>无需页表遍历</translation>
    </message>
    <message>
        <source>walk the page tables</source>
        <translation>遍历页表</translation>
    </message>
    <message>
        <source>root entry (bus %1)</source>
        <translation>根条目（总线 %1）</translation>
    </message>
    <message>
        <source>not read: the context</source>
        <translation>未读取：上下文</translation>
    </message>
    <message>
        <source>cache had the entry</source>
        <translation>缓存中已有该条目</translation>
    </message>
    <message>
        <source>ext. context entry</source>
        <translation>扩展上下文条目</translation>
    </message>
    <message>
        <source>from the context cache</source>
        <translation>来自上下文缓存</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <source>PASID table %1</source>
        <translation>PASID 表 %1</translation>
    </message>
    <message>
        <source>PASID entry %1</source>
        <translation>PASID 条目 %1</translation>
    </message>
    <message>
        <source>from the PASID cache</source>
        <translation>来自 PASID 缓存</translation>
    </message>
    <message>
        <source>skipped: IOTLB hit</source>
        <translation>已跳过：IOTLB 命中</translation>
    </message>
    <message>
        <source>not needed: large page</source>
        <translation>不需要：大页</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>索引 %1</translation>
    </message>
    <message>
        <source>index %1 @ %2</source>
        <translation>索引 %1 @ %2</translation>
    </message>
    <message>
        <source>this walk set %1</source>
        <translation>本次遍历设置了 %1</translation>
    </message>
    <message>
        <source> SET</source>
        <translation> 已置位</translation>
    </message>
    <message>
        <source>table frame FREED: use after free</source>
        <translation>页表页框已释放：释放后使用</translation>
    </message>
    <message>
        <source>FREED</source>
        <translation>已释放</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>页框 %1</translation>
    </message>
    <message>
        <source>from the IOTLB</source>
        <translation>来自 IOTLB</translation>
    </message>
    <message>
        <source>from the walk</source>
        <translation>来自遍历</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>无页框</translation>
    </message>
    <message>
        <source>the request faulted</source>
        <translation>请求出错</translation>
    </message>
    <message>
        <source>-&gt; physical address %1 (%2)</source>
        <translation>-&gt; 物理地址 %1（%2）</translation>
    </message>
    <message>
        <source>: STALE, the IOTLB still translates to memory that is no longer this process&apos;s</source>
        <translation>：过时，IOTLB 仍翻译到已不属于此进程的内存</translation>
    </message>
    <message>
        <source>FAULT %1</source>
        <translation>故障 %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>At this step the device used its device-TLB entry: no request reached the IOMMU.</source>
        <translation>本步设备使用了其设备 TLB 条目：没有请求到达 IOMMU。</translation>
    </message>
    <message>
        <source>the root entry for this bus has P=0 (scalable mode)</source>
        <translation>此总线的根条目 P=0（可扩展模式）</translation>
    </message>
    <message>
        <source>the device&apos;s scalable-mode context entry has P=0</source>
        <translation>设备的可扩展模式上下文条目 P=0</translation>
    </message>
    <message>
        <source>the PASID directory entry for PASID &gt;&gt; 6 has P=0: no PASID table there</source>
        <translation>PASID &gt;&gt; 6 对应的 PASID 目录条目 P=0：那里没有 PASID 表</translation>
    </message>
    <message>
        <source>the PASID entry&apos;s translation type (PGTT) is not first-level only</source>
        <translation>PASID 条目的转换类型（PGTT）不是“仅第一级”</translation>
    </message>
    <message>
        <source>Translation path (VT-d scalable mode, first level)</source>
        <translation>转换路径（VT-d 可扩展模式，第一级）</translation>
    </message>
    <message>
        <source>scalable-mode context entry</source>
        <translation>可扩展模式上下文条目</translation>
    </message>
    <message>
        <source>PDTS=%1, no DID</source>
        <translation>PDTS=%1，无 DID</translation>
    </message>
    <message>
        <source>PASID directory %1</source>
        <translation>PASID 目录 %1</translation>
    </message>
    <message>
        <source>PASID dir entry %1</source>
        <translation>PASID 目录条目 %1</translation>
    </message>
    <message>
        <source>P=%1 table %2</source>
        <translation>P=%1 表 %2</translation>
    </message>
    <message>
        <source>not read: the PASID</source>
        <translation>未读取：PASID</translation>
    </message>
</context>
</TS>
