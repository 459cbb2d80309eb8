<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export %1 as %2...</source>
        <translation>%1 als %2 exportieren...</translation>
    </message>
    <message>
        <source>Copy as Image</source>
        <translation>Als Bild kopieren</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Copy as &amp;Text (mail)</source>
        <translation>Als &amp;Text kopieren (Mail)</translation>
    </message>
    <message>
        <source>Copy as &amp;Image (graph)</source>
        <translation>Als &amp;Bild kopieren (Graph)</translation>
    </message>
    <message>
        <source>Nothing to print: open a scenario first.</source>
        <translation>Nichts zu drucken: Öffnen Sie zuerst ein Szenario.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>The &amp;Graph...</source>
        <translation>Den &amp;Graphen...</translation>
    </message>
    <message>
        <source>The &amp;Timeline...</source>
        <translation>Den &amp;Zeitverlauf...</translation>
    </message>
    <message>
        <source>The &amp;Slides (one page per milestone)...</source>
        <translation>Die &amp;Folien (eine Seite pro Meilenstein)...</translation>
    </message>
    <message>
        <source>SVM Lab</source>
        <translation>SVM Lab</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>An den Drucker gesendet</translation>
    </message>
    <message>
        <source>The last scenario, %1, is no longer there.</source>
        <translation>Das zuletzt geöffnete Szenario, %1, ist nicht mehr vorhanden.</translation>
    </message>
</context>
<context>
    <name>QuizWording</name>
    <message>
        <source>%1() at step %2: %3 → %4</source>
        <translation>%1() bei Schritt %2: %3 → %4</translation>
    </message>
    <message>
        <source>What will %1 %2 be when %3() returns?</source>
        <translation>Welchen Wert hat %1 %2, wenn %3() zurückkehrt?</translation>
    </message>
    <message>
        <source>%1 %2 is %3 now.</source>
        <translation>%1 %2 ist jetzt %3.</translation>
    </message>
    <message>
        <source>%1 %2 stays at %3: %4() takes and drops no reference of this kind overall.</source>
        <translation>%1 %2 bleibt bei %3: %4() nimmt und gibt insgesamt keine Referenz dieser Art.</translation>
    </message>
    <message>
        <source>%1 %2 goes from %3 to %4 (%5).</source>
        <translation>%1 %2 geht von %3 auf %4 (%5).</translation>
    </message>
    <message>
        <source>At 0 the object is freed.</source>
        <translation>Bei 0 wird das Objekt freigegeben.</translation>
    </message>
    <message>
        <source>%1() is about to run. Which object is freed next?</source>
        <translation>%1() läuft gleich. Welches Objekt wird als Nächstes freigegeben?</translation>
    </message>
    <message>
        <source>%1 is freed next, by %2() at step %3.</source>
        <translation>%1 wird als Nächstes freigegeben, von %2() bei Schritt %3.</translation>
    </message>
    <message>
        <source>The process is about to exit. When everything has run, will anything leak?</source>
        <translation>Der Prozess beendet sich gleich. Bleibt am Ende etwas als Leck zurück?</translation>
    </message>
    <message>
        <source>Yes: something stays allocated</source>
        <translation>Ja: etwas bleibt belegt</translation>
    </message>
    <message>
        <source>No: everything is freed</source>
        <translation>Nein: alles wird freigegeben</translation>
    </message>
    <message>
        <source>Yes: at the end of the run objects are still allocated that nothing can reach.</source>
        <translation>Ja: am Ende des Laufs sind noch Objekte belegt, die nichts mehr erreicht.</translation>
    </message>
    <message>
        <source>Yes: at the end of the run these objects still hold each other in a cycle, so none of them is ever freed: %1.</source>
        <translation>Ja: am Ende des Laufs halten sich diese Objekte gegenseitig in einem Zyklus fest, sodass keines je freigegeben wird: %1.</translation>
    </message>
    <message>
        <source>No: every object is freed by the end of the run.</source>
        <translation>Nein: bis zum Ende des Laufs wird jedes Objekt freigegeben.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Richtig!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Nicht ganz: Die Antwort ist %1.</translation>
    </message>
</context>
<context>
    <name>RefGraph</name>
    <message>
        <source>counted reference (holds the count named)</source>
        <translation>gezählte Referenz (hält den genannten Zähler)</translation>
    </message>
    <message>
        <source>pointer, not counted</source>
        <translation>Zeiger, nicht gezählt</translation>
    </message>
    <message>
        <source>changed at this step</source>
        <translation>bei diesem Schritt geändert</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>leak cycle</source>
        <translation>Leck-Zyklus</translation>
    </message>
    <message>
        <source>made present</source>
        <translation>gültig gemacht (P)</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>allocated</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>unregistered</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>leaked: in the cycle</source>
        <translation>Leck: im Zyklus</translation>
    </message>
    <message>
        <source>leaked</source>
        <translation>Leck</translation>
    </message>
    <message>
        <source>owns (freed with its owner)</source>
        <translation>besitzt (wird mit dem Besitzer freigegeben)</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <source>Close the fd, keep the mapping, exit</source>
        <translation>Den fd schließen, die Abbildung behalten, beenden</translation>
    </message>
    <message>
        <source>A careful program closes its device fd before exiting, but keeps the mmap() of it. Closing does not release the file: the VMA still holds a reference. So in v4.4 the exit leaks exactly as if the fd had stayed open (mm, VMA, file and binding hold each other). In v4.5 the exit tears the mapping down and the file is released with it.</source>
        <translation>Ein sorgfältiges Programm schließt seinen Geräte-fd vor dem Beenden, behält aber dessen mmap(). Das Schließen gibt die Datei nicht frei: Die VMA hält noch eine Referenz. Daher leckt das Beenden in v4.4 genau so, als wäre der fd offen geblieben (mm, VMA, Datei und Bindung halten einander). In v4.5 baut das Beenden die Abbildung ab, und die Datei wird mit ihr freigegeben.</translation>
    </message>
    <message>
        <source>The doorbell page is mapped: the VMA holds the file.</source>
        <translation>Die Doorbell-Seite ist abgebildet: Die VMA hält die Datei.</translation>
    </message>
    <message>
        <source>close() drops the fd&apos;s reference. The VMA&apos;s reference remains, so f_count stays above 0 and release() does not run.</source>
        <translation>close() gibt die Referenz des fd ab. Die Referenz der VMA bleibt, also bleibt f_count über 0 und release() läuft nicht.</translation>
    </message>
    <message>
        <source>After close(), the only thing keeping the file open is the mapping. In v4.4 the mapping can only go away with the mm, and the mm can only go away when the file is released: the same cycle as with the fd open.</source>
        <translation>Nach close() hält nur noch die Abbildung die Datei offen. In v4.4 kann die Abbildung nur mit dem mm verschwinden, und das mm nur, wenn die Datei freigegeben wird: derselbe Zyklus wie bei offenem fd.</translation>
    </message>
    <message>
        <source>v4.5: exit_mmap() runs because the binding no longer holds mm_users. remove_vma() drops the last reference on the file, so release() is queued: the PASID is unbound in exit_task_work().</source>
        <translation>v4.5: exit_mmap() läuft, weil die Bindung kein mm_users mehr hält. remove_vma() gibt die letzte Referenz auf die Datei ab, also wird release() eingereiht: Die PASID wird in exit_task_work() gelöst.</translation>
    </message>
    <message>
        <source>The device keeps working while the process exits (W0, W1)</source>
        <translation>Das Gerät arbeitet weiter, während der Prozess sich beendet (W0, W1)</translation>
    </message>
    <message>
        <source>The device&apos;s doorbell page is mapped (and holds the file).</source>
        <translation>Die Doorbell-Seite des Geräts ist abgebildet (und hält die Datei).</translation>
    </message>
    <message>
        <source>A two-page buffer for the device.</source>
        <translation>Ein zweiseitiger Puffer für das Gerät.</translation>
    </message>
    <message>
        <source>The CPU fills the first page; the device is told to start.</source>
        <translation>Die CPU füllt die erste Seite; das Gerät wird gestartet.</translation>
    </message>
    <message>
        <source>The process exits while the device is still busy.</source>
        <translation>Der Prozess beendet sich, während das Gerät noch beschäftigt ist.</translation>
    </message>
    <message>
        <source>The device writes to the buffer: its device TLB now caches the translation.</source>
        <translation>Das Gerät schreibt in den Puffer: Sein Geräte-TLB speichert jetzt die Übersetzung.</translation>
    </message>
    <message>
        <source>A page that is not present: the device sends a page request and waits for the answer.</source>
        <translation>Eine nicht vorhandene Seite: Das Gerät sendet eine Seitenanforderung und wartet auf die Antwort.</translation>
    </message>
    <message>
        <source>The device writes to the first page again, through whatever it still has cached.</source>
        <translation>Das Gerät schreibt erneut in die erste Seite, über das, was es noch zwischengespeichert hat.</translation>
    </message>
    <message>
        <source>The page request sits in the page request queue. The page-request thread is slow to run: it only gets the CPU after exit_mmap() is done.</source>
        <translation>Die Seitenanforderung liegt in der Page-Request-Queue. Der Page-Request-Thread läuft spät: Er bekommt die CPU erst, wenn exit_mmap() fertig ist.</translation>
    </message>
    <message>
        <source>exit_mmap() has freed the pages, the page tables and the VMAs. The PASID is still bound (unbind happens in release(), later). Now the page-request thread runs.</source>
        <translation>exit_mmap() hat die Seiten, die Seitentabellen und die VMAs freigegeben. Die PASID ist noch gebunden (das Lösen geschieht später in release()). Jetzt läuft der Page-Request-Thread.</translation>
    </message>
    <message>
        <source>release() quiesces the device and unbinds the PASID.</source>
        <translation>release() legt das Gerät still und löst die PASID.</translation>
    </message>
    <message>
        <source>An accelerator client with the fd mmap()ed exits</source>
        <translation>Ein Beschleuniger-Client mit per mmap() abgebildetem fd beendet sich</translation>
    </message>
    <message>
        <source>The case from the seed mail: the process opens the device, binds a PASID, mmap()s the device fd (a doorbell page), and exits. In v4.4 the binding holds mm_users, the mapping holds the file, and only the file&apos;s release() would drop the binding: nothing is freed, and the PASID still points at the dead process&apos;s page tables. In v4.5 the binding holds only mm_count, and the exit tears everything down.</source>
        <translation>Der Fall aus der Ausgangs-Mail: Der Prozess öffnet das Gerät, bindet eine PASID, bildet den Geräte-fd per mmap() ab (eine Doorbell-Seite) und beendet sich. In v4.4 hält die Bindung mm_users, die Abbildung hält die Datei, und nur release() der Datei würde die Bindung aufgeben: Nichts wird freigegeben, und die PASID zeigt weiter auf die Seitentabellen des toten Prozesses. In v4.5 hält die Bindung nur mm_count, und das Beenden baut alles ab.</translation>
    </message>
    <message>
        <source>The process opens the accelerator.</source>
        <translation>Der Prozess öffnet den Beschleuniger.</translation>
    </message>
    <message>
        <source>It binds its address space to a PASID.</source>
        <translation>Er bindet seinen Adressraum an eine PASID.</translation>
    </message>
    <message>
        <source>It maps the device&apos;s doorbell page: the new VMA takes a reference on the file.</source>
        <translation>Er bildet die Doorbell-Seite des Geräts ab: Die neue VMA nimmt eine Referenz auf die Datei.</translation>
    </message>
    <message>
        <source>The process exits.</source>
        <translation>Der Prozess beendet sich.</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm(): get_task_mm() takes mm_users, mmu_notifier_register() takes mm_count, and the PASID-table entry gets the process&apos;s pgd. v4.4 then forgets its mm pointer (mm = NULL), so the mm_users reference is never given back until unbind.</source>
        <translation>intel_svm_bind_mm(): get_task_mm() nimmt mm_users, mmu_notifier_register() nimmt mm_count, und der PASID-Tabelleneintrag erhält das pgd des Prozesses. v4.4 vergisst danach seinen mm-Zeiger (mm = NULL), sodass die mm_users-Referenz bis zum Lösen nie zurückgegeben wird.</translation>
    </message>
    <message>
        <source>mmap() of the device file: the VMA keeps a reference on the file (vm_file), so the file lives as long as the mapping.</source>
        <translation>mmap() der Gerätedatei: Die VMA behält eine Referenz auf die Datei (vm_file), die Datei lebt also so lange wie die Abbildung.</translation>
    </message>
    <message>
        <source>exit_mm(): the task lets go of its mm. In v4.4 the binding still holds mm_users, so the mm stays up: no exit_mmap(), the VMA stays, and so does its reference on the file. In v4.5 this mmput() is the last one.</source>
        <translation>exit_mm(): Die Task gibt ihr mm los. In v4.4 hält die Bindung noch mm_users, also bleibt das mm bestehen: kein exit_mmap(), die VMA bleibt, und damit ihre Referenz auf die Datei. In v4.5 ist dieses mmput() das letzte.</translation>
    </message>
    <message>
        <source>exit_mmap() tears the address space down. First mmu_notifier_release(): the driver&apos;s release() clears the PASID entry and flushes the IOTLB, before any page is freed. Then the VMAs go, and with them the VMA&apos;s reference on the file.</source>
        <translation>exit_mmap() baut den Adressraum ab. Zuerst mmu_notifier_release(): release() des Treibers löscht den PASID-Eintrag und leert den IOTLB, bevor irgendeine Seite freigegeben wird. Dann verschwinden die VMAs und mit ihnen die Referenz der VMA auf die Datei.</translation>
    </message>
    <message>
        <source>exit_files() drops the fd&apos;s reference on the file. In v4.4 the VMA still holds one, so the file is not released, and the driver&apos;s release(), the only place that would unbind the PASID, never runs.</source>
        <translation>exit_files() gibt die Referenz des fd auf die Datei ab. In v4.4 hält die VMA noch eine, also wird die Datei nicht freigegeben, und release() des Treibers, die einzige Stelle, die die PASID lösen würde, läuft nie.</translation>
    </message>
    <message>
        <source>The file&apos;s last reference is gone: the driver&apos;s release() unbinds the PASID.</source>
        <translation>Die letzte Referenz der Datei ist weg: release() des Treibers löst die PASID.</translation>
    </message>
    <message>
        <source>The last mm_count is dropped: the mm_struct and its pgd are freed.</source>
        <translation>Das letzte mm_count wird abgegeben: mm_struct und sein pgd werden freigegeben.</translation>
    </message>
    <message>
        <source>exit_mm() is about to give up the task&apos;s reference on the mm (mmput). Does exit_mmap() run now and tear the address space down?</source>
        <translation>exit_mm() gibt gleich die Referenz der Task auf das mm ab (mmput). Läuft exit_mmap() jetzt und baut den Adressraum ab?</translation>
    </message>
    <message>
        <source>Yes, in every variant</source>
        <translation>Ja, in jeder Variante</translation>
    </message>
    <message>
        <source>Only in v4.5: in v4.4 the binding still holds an mm_users reference</source>
        <translation>Nur in v4.5: In v4.4 hält die Bindung noch eine mm_users-Referenz</translation>
    </message>
    <message>
        <source>No: the VMA keeps the mm alive</source>
        <translation>Nein: Die VMA hält das mm am Leben</translation>
    </message>
    <message>
        <source>In v4.4 intel_svm_bind_mm() kept the mm_users reference of get_task_mm() (mm = NULL skips the mmput()), so this mmput() only takes mm_users from 2 to 1. In v4.5 the binding holds only mm_count: mm_users reaches 0 and exit_mmap() runs.</source>
        <translation>In v4.4 behielt intel_svm_bind_mm() die mm_users-Referenz von get_task_mm() (mm = NULL überspringt das mmput()), also senkt dieses mmput() mm_users nur von 2 auf 1. In v4.5 hält die Bindung nur mm_count: mm_users erreicht 0 und exit_mmap() läuft.</translation>
    </message>
    <message>
        <source>exit_files() is about to close the fd. Will the driver&apos;s release(), the only place that unbinds the PASID, run?</source>
        <translation>exit_files() schließt gleich den fd. Läuft release() des Treibers, die einzige Stelle, die die PASID löst?</translation>
    </message>
    <message>
        <source>Yes: this is the last fd</source>
        <translation>Ja: Das ist der letzte fd</translation>
    </message>
    <message>
        <source>In v4.4 no: the VMA of the mmap() still holds the file</source>
        <translation>In v4.4 nicht: Die VMA des mmap() hält die Datei noch</translation>
    </message>
    <message>
        <source>No, in no variant</source>
        <translation>Nein, in keiner Variante</translation>
    </message>
    <message>
        <source>In v4.4 the mm is still alive, so its VMA still holds a reference on the file (vm_file): fput() takes f_count from 2 to 1 and release() never runs. That closes the cycle mm -&gt; VMA -&gt; file -&gt; binding -&gt; mm. In v4.5 exit_mmap() has already removed the VMA, so this is the last reference and release() unbinds the PASID.</source>
        <translation>In v4.4 lebt das mm noch, also hält seine VMA noch eine Referenz auf die Datei (vm_file): fput() senkt f_count von 2 auf 1 und release() läuft nie. Damit schließt sich der Zyklus mm -&gt; VMA -&gt; Datei -&gt; Bindung -&gt; mm. In v4.5 hat exit_mmap() die VMA schon entfernt, also ist dies die letzte Referenz und release() löst die PASID.</translation>
    </message>
    <message>
        <source>release() unbinds the PASID. Which reference on the mm does the binding give back in v4.5?</source>
        <translation>release() löst die PASID. Welche Referenz auf das mm gibt die Bindung in v4.5 zurück?</translation>
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
        <translation>Sowohl mm_users als auch mm_count</translation>
    </message>
    <message>
        <source>With e57e58bd the binding holds only mm_count, the one mmu_notifier_register() took; mmu_notifier_unregister() drops it. mm_users was already 0: exit_mmap() ran long ago.</source>
        <translation>Mit e57e58bd hält die Bindung nur mm_count, das, welches mmu_notifier_register() genommen hat; mmu_notifier_unregister() gibt es ab. mm_users war schon 0: exit_mmap() lief längst.</translation>
    </message>
    <message>
        <source>A child inherits the fd and the mapping</source>
        <translation>Ein Kind erbt den fd und die Abbildung</translation>
    </message>
    <message>
        <source>The parent binds a PASID, maps the device and a buffer, and forks. The child gets its own fd-table reference on the file and its own copy of the mapping (another reference), and the buffer pages become copy-on-write, which invalidates the parent&apos;s device translations. The parent exits first. In v4.5 the parent&apos;s mm is torn down at once, but the file, still held by the child, is released only when the child exits: until then the PASID stays bound to a defunct mm. In v4.4 the parent&apos;s mapping keeps the file, the file keeps the binding, the binding keeps the mm: a leak, whatever the child does.</source>
        <translation>Der Elternprozess bindet eine PASID, bildet das Gerät und einen Puffer ab und ruft fork() auf. Das Kind bekommt eine eigene fd-Tabellen-Referenz auf die Datei und eine eigene Kopie der Abbildung (noch eine Referenz), und die Pufferseiten werden copy-on-write, was die Geräteübersetzungen des Elternprozesses ungültig macht. Der Elternprozess beendet sich zuerst. In v4.5 wird das mm des Elternprozesses sofort abgebaut, aber die Datei, die das Kind noch hält, wird erst freigegeben, wenn sich das Kind beendet: Bis dahin bleibt die PASID an ein totes mm gebunden. In v4.4 hält die Abbildung des Elternprozesses die Datei, die Datei die Bindung, die Bindung das mm: ein Leck, egal was das Kind tut.</translation>
    </message>
    <message>
        <source>fork(): the child gets a copy of the fd table and of every mapping.</source>
        <translation>fork(): Das Kind bekommt eine Kopie der fd-Tabelle und jeder Abbildung.</translation>
    </message>
    <message>
        <source>The child writes to the buffer: copy-on-write gives it its own page.</source>
        <translation>Das Kind schreibt in den Puffer: Copy-on-write gibt ihm eine eigene Seite.</translation>
    </message>
    <message>
        <source>The child exits: its fd and its mapping were the last references to the file.</source>
        <translation>Das Kind beendet sich: Sein fd und seine Abbildung waren die letzten Referenzen auf die Datei.</translation>
    </message>
    <message>
        <source>The parent is gone, the child still holds the file: the PASID is still bound.</source>
        <translation>Der Elternprozess ist weg, das Kind hält noch die Datei: Die PASID ist noch gebunden.</translation>
    </message>
    <message>
        <source>f_count is now 4: the parent&apos;s fd and VMA, the child&apos;s fd and VMA. The binding belongs to the parent&apos;s mm only: a child does not inherit a PASID.</source>
        <translation>f_count ist jetzt 4: fd und VMA des Elternprozesses, fd und VMA des Kindes. Die Bindung gehört nur zum mm des Elternprozesses: Ein Kind erbt keine PASID.</translation>
    </message>
    <message>
        <source>The parent&apos;s mm is torn down (v4.5). The file is not released: the child still holds it. The PASID stays bound to a defunct mm until the child lets go.</source>
        <translation>Das mm des Elternprozesses wird abgebaut (v4.5). Die Datei wird nicht freigegeben: Das Kind hält sie noch. Die PASID bleibt an ein totes mm gebunden, bis das Kind loslässt.</translation>
    </message>
    <message>
        <source>The child&apos;s exit dropped the last reference on the file: release() unbinds the PASID at last.</source>
        <translation>Das Beenden des Kindes gab die letzte Referenz auf die Datei ab: release() löst die PASID endlich.</translation>
    </message>
    <message>
        <source>A GPU client exits (no mmap of the fd)</source>
        <translation>Ein GPU-Client beendet sich (kein mmap des fd)</translation>
    </message>
    <message>
        <source>i915-style: a process opens the device, binds its address space to a PASID, and exits without ever mmap()ing the device file. The file is released in exit_files(), which unbinds the PASID, and everything is freed. This works in every variant: it is the case the v4.4 driver was written for.</source>
        <translation>Wie bei i915: Ein Prozess öffnet das Gerät, bindet seinen Adressraum an eine PASID und beendet sich, ohne die Gerätedatei je per mmap() abzubilden. Die Datei wird in exit_files() freigegeben, was die PASID löst, und alles wird freigegeben. Das funktioniert in jeder Variante: Es ist der Fall, für den der v4.4-Treiber geschrieben wurde.</translation>
    </message>
    <message>
        <source>The process opens the GPU device node.</source>
        <translation>Der Prozess öffnet den GPU-Geräteknoten.</translation>
    </message>
    <message>
        <source>The driver binds the process&apos;s mm to a PASID: the GPU can now use the process&apos;s virtual addresses.</source>
        <translation>Der Treiber bindet das mm des Prozesses an eine PASID: Die GPU kann jetzt die virtuellen Adressen des Prozesses verwenden.</translation>
    </message>
    <message>
        <source>The process exits without closing anything: do_exit() does the cleanup.</source>
        <translation>Der Prozess beendet sich, ohne etwas zu schließen: do_exit() räumt auf.</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() takes a reference on the mm with get_task_mm(), allocates a PASID, registers an MMU notifier (which pins mm_count) and points the PASID-table entry at the process&apos;s page tables.</source>
        <translation>intel_svm_bind_mm() nimmt mit get_task_mm() eine Referenz auf das mm, vergibt eine PASID, registriert einen MMU-Notifier (der mm_count festhält) und lässt den PASID-Tabelleneintrag auf die Seitentabellen des Prozesses zeigen.</translation>
    </message>
    <message>
        <source>exit_mm() detaches the mm from the task. In v4.4 the PASID binding still holds an mm_users reference, so mmput() does not tear the address space down yet.</source>
        <translation>exit_mm() löst das mm von der Task. In v4.4 hält die PASID-Bindung noch eine mm_users-Referenz, also baut mmput() den Adressraum noch nicht ab.</translation>
    </message>
    <message>
        <source>exit_files() drops the fd&apos;s reference on the file. Nothing else holds the file, so its final __fput() is queued as task work.</source>
        <translation>exit_files() gibt die Referenz des fd auf die Datei ab. Sonst hält nichts die Datei, also wird ihr letztes __fput() als Task-Work eingereiht.</translation>
    </message>
    <message>
        <source>The driver&apos;s release() runs from exit_task_work(): it unbinds the PASID, which drops the last mm_users and tears the address space down.</source>
        <translation>release() des Treibers läuft aus exit_task_work(): Es löst die PASID, was das letzte mm_users abgibt und den Adressraum abbaut.</translation>
    </message>
    <message>
        <source>The last mm_count goes when the dead task switches out for the last time: the pgd and the mm_struct are freed. Nothing leaks.</source>
        <translation>Das letzte mm_count geht, wenn die tote Task zum letzten Mal vom Prozessor geht: pgd und mm_struct werden freigegeben. Nichts leckt.</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() is about to bind the mm to a PASID. In v4.4, which counters of the mm does the binding keep raised?</source>
        <translation>intel_svm_bind_mm() bindet das mm gleich an eine PASID. Welche Zähler des mm hält die Bindung in v4.4 erhöht?</translation>
    </message>
    <message>
        <source>mm_users only</source>
        <translation>Nur mm_users</translation>
    </message>
    <message>
        <source>mm_count only</source>
        <translation>Nur mm_count</translation>
    </message>
    <message>
        <source>mm_users and mm_count</source>
        <translation>mm_users und mm_count</translation>
    </message>
    <message>
        <source>get_task_mm() takes mm_users and v4.4 keeps it (mm = NULL skips the mmput() at the end); mmu_notifier_register() takes mm_count.</source>
        <translation>get_task_mm() nimmt mm_users und v4.4 behält es (mm = NULL überspringt das mmput() am Ende); mmu_notifier_register() nimmt mm_count.</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() is about to bind the mm to a PASID. In v4.5, which counters of the mm does the binding keep raised?</source>
        <translation>intel_svm_bind_mm() bindet das mm gleich an eine PASID. Welche Zähler des mm hält die Bindung in v4.5 erhöht?</translation>
    </message>
    <message>
        <source>v4.5 gives the get_task_mm() reference back with mmput() at the end of the bind; what the binding keeps is the mm_count that mmu_notifier_register() took.</source>
        <translation>v4.5 gibt die Referenz von get_task_mm() am Ende des Bindens mit mmput() zurück; was die Bindung behält, ist das mm_count, das mmu_notifier_register() genommen hat.</translation>
    </message>
    <message>
        <source>This process never mmap()ed the device. When exit_files() closes the fd, will the driver&apos;s release() run?</source>
        <translation>Dieser Prozess hat das Gerät nie per mmap() abgebildet. Läuft release() des Treibers, wenn exit_files() den fd schließt?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No VMA holds the file, so the fd&apos;s reference is the last one: fput() queues the final __fput(), and release() runs from exit_task_work(). It unbinds the PASID and lets the mm go. This is the case the v4.4 driver was written for, and why a GPU never showed the leak.</source>
        <translation>Keine VMA hält die Datei, also ist die Referenz des fd die letzte: fput() reiht das letzte __fput() ein, und release() läuft aus exit_task_work(). Es löst die PASID und lässt das mm gehen. Das ist der Fall, für den der v4.4-Treiber geschrieben wurde, und der Grund, warum eine GPU das Leck nie zeigte.</translation>
    </message>
    <message>
        <source>munmap() of a buffer the device is using</source>
        <translation>munmap() eines Puffers, den das Gerät benutzt</translation>
    </message>
    <message>
        <source>The process unmaps the buffer the device just used.</source>
        <translation>Der Prozess hebt die Abbildung des Puffers auf, den das Gerät gerade benutzt hat.</translation>
    </message>
    <message>
        <source>The device writes both pages: the IOTLB and its device TLB cache the translations.</source>
        <translation>Das Gerät schreibt beide Seiten: IOTLB und sein Geräte-TLB speichern die Übersetzungen.</translation>
    </message>
    <message>
        <source>After munmap(), the device tries the first page again.</source>
        <translation>Nach munmap() versucht das Gerät die erste Seite erneut.</translation>
    </message>
    <message>
        <source>A device touches a page that is not there yet</source>
        <translation>Ein Gerät greift auf eine noch nicht vorhandene Seite zu</translation>
    </message>
    <message>
        <source>The device writes to two pages of the process&apos;s buffer. The first is present: the IOMMU walks the process&apos;s page tables and the write goes through. The second was never touched by the CPU, so it is not present: the device sends a page request, the kernel&apos;s page-request thread faults the page in with handle_mm_fault(), answers Success, and the device retries. Works in every variant.</source>
        <translation>Das Gerät schreibt in zwei Seiten des Prozesspuffers. Die erste ist vorhanden: Die IOMMU durchläuft die Seitentabellen des Prozesses und der Schreibzugriff geht durch. Die zweite hat die CPU nie berührt, also ist sie nicht vorhanden: Das Gerät sendet eine Seitenanforderung, der Page-Request-Thread des Kernels lädt die Seite mit handle_mm_fault() ein, antwortet Success, und das Gerät versucht es erneut. Funktioniert in jeder Variante.</translation>
    </message>
    <message>
        <source>The CPU writes to the first page: it is faulted in now.</source>
        <translation>Die CPU schreibt in die erste Seite: Sie wird jetzt eingelagert.</translation>
    </message>
    <message>
        <source>The process waits for the device to finish.</source>
        <translation>Der Prozess wartet, bis das Gerät fertig ist.</translation>
    </message>
    <message>
        <source>The device writes to the first page of the buffer.</source>
        <translation>Das Gerät schreibt in die erste Seite des Puffers.</translation>
    </message>
    <message>
        <source>The device writes to the second page, which the CPU never touched.</source>
        <translation>Das Gerät schreibt in die zweite Seite, die die CPU nie berührt hat.</translation>
    </message>
    <message>
        <source>Only the first page is present in the process&apos;s page tables. The device shares those page tables through its PASID.</source>
        <translation>Nur die erste Seite ist in den Seitentabellen des Prozesses vorhanden. Das Gerät teilt diese Seitentabellen über seine PASID.</translation>
    </message>
    <message>
        <source>intel_svm_bind_mm() points the PASID-table entry at the process&apos;s pgd: the device will walk the very same page tables as the CPU.</source>
        <translation>intel_svm_bind_mm() lässt den PASID-Tabelleneintrag auf das pgd des Prozesses zeigen: Das Gerät durchläuft genau dieselben Seitentabellen wie die CPU.</translation>
    </message>
    <message>
        <source>More page requests than the queue holds</source>
        <translation>Mehr Seitenanforderungen, als die Queue fasst</translation>
    </message>
    <message>
        <source>The page request queue is shrunk to 4 slots (3 usable; real hardware has at least 256) and the device asks for 6 missing pages at once. Three requests are queued; the fourth overflows the queue: the IOMMU sets PRO and drops it, and so every request after it. The page-request thread serves the three that got in, and those pages recover: the device retries and succeeds. Linux 4.4 never clears PRO, so the dropped requests are dropped again on every retry and the device gives up on those pages (later kernels clear PRO once the queue is drained). How the hardware answers a dropped request is not verified: this model lets it answer Success so the device retries instead of waiting forever.</source>
        <translation>Die Page-Request-Queue ist auf 4 Plätze verkleinert (3 nutzbar; echte Hardware hat mindestens 256), und das Gerät fragt auf einmal nach 6 fehlenden Seiten. Drei Anforderungen kommen in die Queue; die vierte lässt sie überlaufen: Die IOMMU setzt PRO und verwirft sie, ebenso jede folgende. Der Page-Request-Thread bedient die drei, die hineinkamen, und diese Seiten erholen sich: Das Gerät versucht es erneut und hat Erfolg. Linux 4.4 löscht PRO nie, also werden die verworfenen Anforderungen bei jedem neuen Versuch wieder verworfen, und das Gerät gibt diese Seiten auf (spätere Kernel löschen PRO, sobald die Queue leer ist). Wie die Hardware eine verworfene Anforderung beantwortet, ist nicht belegt: Dieses Modell lässt sie Success antworten, damit das Gerät es erneut versucht, statt ewig zu warten.</translation>
    </message>
    <message>
        <source>Six pages of buffer, none touched by the CPU yet.</source>
        <translation>Sechs Seiten Puffer, noch keine von der CPU berührt.</translation>
    </message>
    <message>
        <source>The device writes six pages the CPU never touched: six page requests at once.</source>
        <translation>Das Gerät schreibt sechs Seiten, die die CPU nie berührt hat: sechs Seitenanforderungen auf einmal.</translation>
    </message>
    <message>
        <source>Three pages were served; three were lost to the overflow and never reached software.</source>
        <translation>Drei Seiten wurden bedient; drei gingen beim Überlauf verloren und erreichten die Software nie.</translation>
    </message>
    <message>
        <source>A supervisor PASID: no mm at all</source>
        <translation>Eine Supervisor-PASID: gar kein mm</translation>
    </message>
    <message>
        <source>A driver binds a supervisor PASID (SVM_FLAG_SUPERVISOR_MODE): the PASID entry points at the kernel&apos;s own page tables (init_mm.pgd, SRE set) and the binding has no mm. The device writes to a kernel buffer through it. When the file is closed, the v4.4 unbind calls mmu_notifier_unregister(&amp;svm-&gt;notifier, svm-&gt;mm) with svm-&gt;mm == NULL: a NULL pointer dereference, and the task dies in the middle of close(). v4.5 only unregisters when there is an mm. (Both leave the supervisor PASID entry present after unbind; later kernels clear it.)</source>
        <translation>Ein Treiber bindet eine Supervisor-PASID (SVM_FLAG_SUPERVISOR_MODE): Der PASID-Eintrag zeigt auf die eigenen Seitentabellen des Kernels (init_mm.pgd, SRE gesetzt), und die Bindung hat kein mm. Das Gerät schreibt darüber in einen Kernel-Puffer. Wenn die Datei geschlossen wird, ruft das Lösen in v4.4 mmu_notifier_unregister(&amp;svm-&gt;notifier, svm-&gt;mm) mit svm-&gt;mm == NULL auf: eine NULL-Pointer-Dereferenzierung, und die Task stirbt mitten in close(). v4.5 meldet nur ab, wenn es ein mm gibt. (Beide lassen den Supervisor-PASID-Eintrag nach dem Lösen vorhanden; spätere Kernel löschen ihn.)</translation>
    </message>
    <message>
        <source>Bind a supervisor PASID: the kernel&apos;s page tables, no mm.</source>
        <translation>Eine Supervisor-PASID binden: die Seitentabellen des Kernels, kein mm.</translation>
    </message>
    <message>
        <source>close() releases the file: the driver unbinds the PASID.</source>
        <translation>close() gibt die Datei frei: Der Treiber löst die PASID.</translation>
    </message>
    <message>
        <source>A privileged write to a kernel buffer in the direct map (a 1 GiB page).</source>
        <translation>Ein privilegierter Schreibzugriff auf einen Kernel-Puffer in der Direct Map (eine 1-GiB-Seite).</translation>
    </message>
    <message>
        <source>The walk starts at init_mm.pgd and ends in a 1 GiB page of the direct map (PS=1 in the PDPTE): a supervisor request, allowed because the PASID entry has SRE set.</source>
        <translation>Der Walk beginnt bei init_mm.pgd und endet in einer 1-GiB-Seite der Direct Map (PS=1 im PDPTE): eine Supervisor-Anforderung, erlaubt, weil im PASID-Eintrag SRE gesetzt ist.</translation>
    </message>
    <message>
        <source>The last device is gone, so the svm goes too. v4.4 calls mmu_notifier_unregister() with svm-&gt;mm, which is NULL here.</source>
        <translation>Das letzte Gerät ist weg, also geht auch das svm. v4.4 ruft mmu_notifier_unregister() mit svm-&gt;mm auf, das hier NULL ist.</translation>
    </message>
    <message>
        <source>One process exits while another keeps working</source>
        <translation>Ein Prozess beendet sich, während ein anderer weiterarbeitet</translation>
    </message>
    <message>
        <source>B exits once A is entirely gone, the way a parent waits for its child.</source>
        <translation>B beendet sich, sobald A ganz weg ist, so wie ein Elternprozess auf sein Kind wartet.</translation>
    </message>
    <message>
        <source>Process A is gone: this access must fail cleanly.</source>
        <translation>Prozess A ist weg: Dieser Zugriff muss sauber fehlschlagen.</translation>
    </message>
    <message>
        <source>A is exiting; B&apos;s device keeps writing to B&apos;s buffer.</source>
        <translation>A beendet sich; B&apos;s Gerät schreibt weiter in B&apos;s Puffer.</translation>
    </message>
    <message>
        <source>While A is torn down, B&apos;s device even needs a page request served.</source>
        <translation>Während A abgebaut wird, braucht B&apos;s Gerät sogar eine bediente Seitenanforderung.</translation>
    </message>
    <message>
        <source>A and B each have a PASID. The PASID table is shared by every device behind this IOMMU; each entry points at one process&apos;s page tables.</source>
        <translation>A und B haben je eine PASID. Die PASID-Tabelle teilen sich alle Geräte hinter dieser IOMMU; jeder Eintrag zeigt auf die Seitentabellen eines Prozesses.</translation>
    </message>
    <message>
        <source>A&apos;s release() clears A&apos;s PASID entry and flushes A&apos;s PASID from the caches, and only A&apos;s: B&apos;s entry and B&apos;s IOTLB entries are untouched.</source>
        <translation>release() von A löscht A&apos;s PASID-Eintrag und leert A&apos;s PASID aus den Caches, und nur A&apos;s: B&apos;s Eintrag und B&apos;s IOTLB-Einträge bleiben unberührt.</translation>
    </message>
    <message>
        <source>The device has a translation of the process&apos;s buffer in its device TLB and a page request queued for a page that is not there, while the process exits; the page-request thread only gets to run after exit_mmap() is done. In v4.5, release() has cleared the PASID entry and flushed the PASID cache and the IOTLB: the page request is refused (Invalid Request, since mm_users is 0). But its device-TLB flush, built with the 2016 QI_DEV_EIOTLB_SID/QDEP macros, reaches requester id 00:00.0, not the device: the device&apos;s next access hits its stale device-TLB entry and writes a page exit_mmap() freed. With the device TLB flushed (the macros of later kernels) that access would fault with &apos;PASID not present&apos;. Without the clear and flush (v4.5-no-release-clear) the device writes into a page that was already freed (W0). Without the inc-not-zero guard (v4.5-no-fault-guard) the page-request thread walks VMAs that exit_mmap() already freed (W1). In v4.4 nothing is torn down at all: the page is served into a process that will never be freed.</source>
        <translation>Das Gerät hat eine Übersetzung des Prozesspuffers in seinem Geräte-TLB und eine Seitenanforderung für eine fehlende Seite in der Warteschlange, während der Prozess sich beendet; der Page-Request-Thread kommt erst nach exit_mmap() zum Zug. In v4.5 hat release() den PASID-Eintrag gelöscht und PASID-Cache und IOTLB geleert: Die Seitenanforderung wird abgelehnt (Invalid Request, da mm_users 0 ist). Doch seine Geräte-TLB-Invalidierung, gebaut mit den Makros QI_DEV_EIOTLB_SID/QDEP von 2016, erreicht Requester-ID 00:00.0 statt des Geräts: Der nächste Zugriff des Geräts trifft seinen veralteten Geräte-TLB-Eintrag und schreibt in eine Seite, die exit_mmap() freigegeben hat. Mit geleertem Geräte-TLB (den Makros späterer Kernel) würde dieser Zugriff mit &apos;PASID not present&apos; fehlschlagen. Ohne das Löschen und Leeren (v4.5-no-release-clear) schreibt das Gerät in eine bereits freigegebene Seite (W0). Ohne den inc-not-zero-Schutz (v4.5-no-fault-guard) durchläuft der Page-Request-Thread VMAs, die exit_mmap() schon freigegeben hat (W1). In v4.4 wird gar nichts abgebaut: Die Seite wird einem Prozess geliefert, der nie freigegeben wird.</translation>
    </message>
    <message>
        <source>mm_users is 0 and exit_mmap() starts, without taking mmap_sem. First mmu_notifier_release(): in v4.5 the driver clears the PASID entry and flushes the PASID cache, the IOTLB and the device TLB, before a single page is freed. The device-TLB descriptor, as the hardware reads its bits, names requester id 00:00.0 and PASID 32, not 00:04.0 and PASID 0: the device keeps its entry for 0x600000.</source>
        <translation>mm_users ist 0 und exit_mmap() beginnt, ohne mmap_sem zu nehmen. Zuerst mmu_notifier_release(): In v4.5 löscht der Treiber den PASID-Eintrag und leert PASID-Cache, IOTLB und Geräte-TLB, bevor auch nur eine Seite freigegeben wird. Der Geräte-TLB-Deskriptor nennt, so wie die Hardware seine Bits liest, Requester-ID 00:00.0 und PASID 32, nicht 00:04.0 und PASID 0: Das Gerät behält seinen Eintrag für 0x600000.</translation>
    </message>
    <message>
        <source>The device writes 0x600000 again. Its device TLB still translates it: no IOMMU involved, no PASID-entry check, and the write lands in a frame exit_mmap() freed. In v4.5 this is the 2016 device-TLB descriptor at work, not a gap in e57e58bd: see docs/history.md.</source>
        <translation>Das Gerät schreibt erneut nach 0x600000. Sein Geräte-TLB übersetzt die Adresse noch: keine IOMMU beteiligt, keine Prüfung des PASID-Eintrags, und der Schreibzugriff landet in einem Frame, den exit_mmap() freigegeben hat. In v4.5 ist hier der Geräte-TLB-Deskriptor von 2016 am Werk, keine Lücke in e57e58bd: siehe docs/history.md.</translation>
    </message>
    <message>
        <source>The device TLB still has the page: a hit, and the device writes into a frame that was freed (use-after-free). With the macros of later kernels the invalidation would have reached 00:04.0, the device would have missed, walked, found no PTE, and its page request would have found no VMA: Invalid Request.</source>
        <translation>Der Geräte-TLB hat die Seite noch: ein Treffer, und das Gerät schreibt in einen freigegebenen Frame (use-after-free). Mit den Makros späterer Kernel hätte die Invalidierung 00:04.0 erreicht, das Gerät hätte keinen Treffer gehabt, die Seitentabellen durchlaufen, keinen PTE gefunden, und seine Seitenanforderung hätte keine VMA gefunden: Invalid Request.</translation>
    </message>
    <message>
        <source>2022: a PASID freed with the address space, and given to another process</source>
        <translation>2022: eine PASID, die mit dem Adressraum freigegeben und an einen anderen Prozess vergeben wird</translation>
    </message>
    <message>
        <source>Museum, 2022. Processes A and B share one SVA device (a shared work queue: one PASID table). A binds and gets a PASID, then exits. With 701fac40384f, __mmput() frees A&apos;s PASID when A&apos;s address space goes, but A&apos;s device is still programmed with it: the driver unbinds only at file-&gt;release(), later. B binds in between and gets the same number, and A&apos;s device&apos;s next DMA is translated through B&apos;s page tables. 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;) frees the PASID in __mmdrop() instead: the binding holds mm_count, so B gets another PASID and A&apos;s device faults cleanly. Compare 2022-pasid-freed-in-mmput with 2022-pasid-freed-in-mmdrop.</source>
        <translation>Museum, 2022. Die Prozesse A und B teilen sich ein SVA-Gerät (eine Shared Work Queue: eine PASID-Tabelle). A bindet, bekommt eine PASID und beendet sich dann. Mit 701fac40384f gibt __mmput() die PASID von A frei, wenn der Adressraum von A verschwindet, aber A&apos;s Gerät ist noch mit ihr programmiert: Der Treiber löst die Bindung erst später in file-&gt;release(). B bindet dazwischen und bekommt dieselbe Nummer, und der nächste DMA von A&apos;s Gerät wird über die Seitentabellen von B übersetzt. 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;) gibt die PASID stattdessen in __mmdrop() frei: Die Bindung hält mm_count, also bekommt B eine andere PASID, und A&apos;s Gerät schlägt sauber fehl. Vergleichen Sie 2022-pasid-freed-in-mmput mit 2022-pasid-freed-in-mmdrop.</translation>
    </message>
    <message>
        <source>A&apos;s buffer, ready for the device.</source>
        <translation>A&apos;s Puffer, bereit für das Gerät.</translation>
    </message>
    <message>
        <source>A exits without unbinding: its driver unbinds in release().</source>
        <translation>A beendet sich, ohne die Bindung zu lösen: Sein Treiber löst sie in release().</translation>
    </message>
    <message>
        <source>B has its own page at the same virtual address.</source>
        <translation>B hat an derselben virtuellen Adresse eine eigene Seite.</translation>
    </message>
    <message>
        <source>A&apos;s address space is gone (exit_mm is done) but A&apos;s file is not released yet. B binds now.</source>
        <translation>Der Adressraum von A ist weg (exit_mm ist fertig), aber A&apos;s Datei ist noch nicht freigegeben. Jetzt bindet B.</translation>
    </message>
    <message>
        <source>A&apos;s work: the device writes A&apos;s buffer through A&apos;s PASID.</source>
        <translation>Arbeit von A: Das Gerät schreibt über A&apos;s PASID in A&apos;s Puffer.</translation>
    </message>
    <message>
        <source>More of A&apos;s work, still tagged with A&apos;s PASID: A&apos;s file has not been released, so the driver has not stopped the device yet.</source>
        <translation>Weitere Arbeit von A, noch mit A&apos;s PASID markiert: A&apos;s Datei wurde nicht freigegeben, also hat der Treiber das Gerät noch nicht angehalten.</translation>
    </message>
    <message>
        <source>iommu_sva_alloc_pasid() gives A&apos;s mm its PASID: mm-&gt;pasid keeps it for the rest of the mm&apos;s life (701fac40384f).</source>
        <translation>iommu_sva_alloc_pasid() gibt dem mm von A seine PASID: mm-&gt;pasid behält sie für den Rest der Lebensdauer des mm (701fac40384f).</translation>
    </message>
    <message>
        <source>exit_mm(): A&apos;s last mm_users goes, and __mmput() tears the address space down. With 701fac40384f it also calls mm_pasid_drop(): the PASID goes back to the allocator. The binding still holds mm_count (the MMU notifier&apos;s mmgrab), and A&apos;s device still has the PASID.</source>
        <translation>exit_mm(): Das letzte mm_users von A geht, und __mmput() baut den Adressraum ab. Mit 701fac40384f ruft es außerdem mm_pasid_drop() auf: Die PASID geht zurück an den Allokator. Die Bindung hält noch mm_count (das mmgrab des MMU-Notifiers), und A&apos;s Gerät hat die PASID noch.</translation>
    </message>
    <message>
        <source>B&apos;s bind allocates the lowest free PASID. If A&apos;s was freed in __mmput(), B gets A&apos;s number, and the PASID entry now points at B&apos;s page tables.</source>
        <translation>Das Binden von B vergibt die niedrigste freie PASID. Wurde die von A in __mmput() freigegeben, bekommt B A&apos;s Nummer, und der PASID-Eintrag zeigt jetzt auf die Seitentabellen von B.</translation>
    </message>
    <message>
        <source>A&apos;s device writes with A&apos;s PASID. With the bug, that is B&apos;s PASID now: the write lands in B&apos;s memory. With the fix, the PASID is still A&apos;s, its entry was cleared when A&apos;s address space went, and the device gets a clean &apos;PASID not present&apos; fault.</source>
        <translation>A&apos;s Gerät schreibt mit A&apos;s PASID. Mit dem Bug ist das jetzt die PASID von B: Der Schreibzugriff landet im Speicher von B. Mit der Korrektur gehört die PASID noch A, ihr Eintrag wurde gelöscht, als A&apos;s Adressraum verschwand, und das Gerät bekommt einen sauberen Fehler &apos;PASID not present&apos;.</translation>
    </message>
    <message>
        <source>A&apos;s address space is gone but A&apos;s file is not released yet. B binds now. Which PASID does B get?</source>
        <translation>Der Adressraum von A ist weg, aber A&apos;s Datei ist noch nicht freigegeben. Jetzt bindet B. Welche PASID bekommt B?</translation>
    </message>
    <message>
        <source>A new one in both 2022 variants</source>
        <translation>Eine neue, in beiden Varianten von 2022</translation>
    </message>
    <message>
        <source>A&apos;s PASID with 701fac40384f (freed in __mmput), a new one with 2667ed10d9f0 (freed in __mmdrop)</source>
        <translation>A&apos;s PASID mit 701fac40384f (in __mmput freigegeben), eine neue mit 2667ed10d9f0 (in __mmdrop freigegeben)</translation>
    </message>
    <message>
        <source>A&apos;s PASID in both: the PASID is always freed at exit</source>
        <translation>In beiden A&apos;s PASID: Die PASID wird immer beim Beenden freigegeben</translation>
    </message>
    <message>
        <source>__mmput() runs when mm_users reaches 0, in exit_mm(). The binding still holds mm_count, so __mmdrop() runs only after release() unbinds. Freeing the PASID in __mmput() hands A&apos;s number to B while A&apos;s device still uses it; freeing it in __mmdrop() keeps it A&apos;s until the binding is gone.</source>
        <translation>__mmput() läuft, wenn mm_users 0 erreicht, in exit_mm(). Die Bindung hält noch mm_count, also läuft __mmdrop() erst, nachdem release() die Bindung gelöst hat. Wird die PASID in __mmput() freigegeben, geht A&apos;s Nummer an B, während A&apos;s Gerät sie noch benutzt; wird sie in __mmdrop() freigegeben, bleibt sie A&apos;s, bis die Bindung weg ist.</translation>
    </message>
    <message>
        <source>2020: a page request for a non-canonical address</source>
        <translation>2020: eine Seitenanforderung für eine nicht-kanonische Adresse</translation>
    </message>
    <message>
        <source>Museum, 2020. The process binds its device; the device then sends a page request for 0x800000000000, an address no x86-64 CPU can use. 9d8c3af31607 (2017) taught prq_event_thread() to refuse such requests, but put the is_canonical_address() check after mmget_not_zero(): its goto bad_req jumps past the mmput(), and the mm keeps one mm_users forever. 902baf61adf6 (2020, &quot;iommu/vt-d: Fix mm reference leak&quot;) checks the address first. Compare 2020-canonical-check with 2020-canonical-fixed.</source>
        <translation>Museum, 2020. Der Prozess bindet sein Gerät; dann sendet das Gerät eine Seitenanforderung für 0x800000000000, eine Adresse, die keine x86-64-CPU benutzen kann. 9d8c3af31607 (2017) brachte prq_event_thread() bei, solche Anforderungen abzulehnen, setzte die Prüfung is_canonical_address() aber hinter mmget_not_zero(): Ihr goto bad_req springt über das mmput() hinweg, und das mm behält für immer ein mm_users. 902baf61adf6 (2020, &quot;iommu/vt-d: Fix mm reference leak&quot;) prüft zuerst die Adresse. Vergleichen Sie 2020-canonical-check mit 2020-canonical-fixed.</translation>
    </message>
    <message>
        <source>The process waits until the device&apos;s request was answered.</source>
        <translation>Der Prozess wartet, bis die Anforderung des Geräts beantwortet ist.</translation>
    </message>
    <message>
        <source>The device asks for a page at 0x800000000000: bit 47 set, bits 63:48 clear, so the address is not canonical.</source>
        <translation>Das Gerät fragt nach einer Seite bei 0x800000000000: Bit 47 gesetzt, Bits 63:48 gelöscht, also ist die Adresse nicht kanonisch.</translation>
    </message>
    <message>
        <source>By 2020 the binding holds only mm_count (the 2016 lesson, e57e58bd): process exit can take mm_users to 0 and tear the address space down.</source>
        <translation>Im Jahr 2020 hält die Bindung nur mm_count (die Lektion von 2016, e57e58bd): Das Beenden des Prozesses kann mm_users auf 0 bringen und den Adressraum abbauen.</translation>
    </message>
    <message>
        <source>prq_event_thread() answered Invalid Request either way. What differs is whether it gave back the mm_users reference it took with mmget_not_zero().</source>
        <translation>prq_event_thread() hat in beiden Fällen mit Invalid Request geantwortet. Der Unterschied ist, ob es die mm_users-Referenz zurückgegeben hat, die es mit mmget_not_zero() genommen hatte.</translation>
    </message>
    <message>
        <source>exit_mm() drops the task&apos;s mm_users. With the 2020 bug the page-request handler&apos;s reference is still there, so mm_users stays at 1: exit_mmap() never runs and the mm, its page tables and its PASID binding&apos;s notifier stay forever.</source>
        <translation>exit_mm() gibt das mm_users der Task ab. Mit dem Bug von 2020 ist die Referenz des Page-Request-Handlers noch da, also bleibt mm_users bei 1: exit_mmap() läuft nie, und das mm, seine Seitentabellen und der Notifier seiner PASID-Bindung bleiben für immer.</translation>
    </message>
    <message>
        <source>The device&apos;s page request for a non-canonical address was refused. exit_mm() now calls mmput(). Does mm_users reach 0?</source>
        <translation>Die Seitenanforderung des Geräts für eine nicht-kanonische Adresse wurde abgelehnt. exit_mm() ruft jetzt mmput() auf. Erreicht mm_users 0?</translation>
    </message>
    <message>
        <source>Yes, in both 2020 variants</source>
        <translation>Ja, in beiden Varianten von 2020</translation>
    </message>
    <message>
        <source>Only with 902baf61adf6: before it, the refused request kept the mm_users that mmget_not_zero() took</source>
        <translation>Nur mit 902baf61adf6: Davor behielt die abgelehnte Anforderung das mm_users, das mmget_not_zero() genommen hatte</translation>
    </message>
    <message>
        <source>No: the PASID binding holds mm_users, as in v4.4</source>
        <translation>Nein: Die PASID-Bindung hält mm_users, wie in v4.4</translation>
    </message>
    <message>
        <source>In 2020-canonical-check, prq_event_thread() takes mm_users with mmget_not_zero() and only then finds the address non-canonical; goto bad_req skips the mmput() under invalid:. That reference has no owner left, so mm_users stays at 1. The fix checks the address before taking the reference. The binding itself holds only mm_count since e57e58bd.</source>
        <translation>In 2020-canonical-check nimmt prq_event_thread() mit mmget_not_zero() mm_users und stellt erst danach fest, dass die Adresse nicht kanonisch ist; goto bad_req überspringt das mmput() unter invalid:. Diese Referenz hat keinen Besitzer mehr, also bleibt mm_users bei 1. Die Korrektur prüft die Adresse, bevor sie die Referenz nimmt. Die Bindung selbst hält seit e57e58bd nur mm_count.</translation>
    </message>
    <message>
        <source>Two processes, each with its own device and PASID, use the same virtual address. B is set up and working; then A runs and exits. A&apos;s PASID entry is cleared. In v4.5 A&apos;s device&apos;s next access should fault with &apos;PASID not present&apos;, but its device-TLB flush, built with the 2016 QI_DEV_EIOTLB_SID/QDEP macros, went to requester id 00:00.0: A&apos;s device still caches the page and writes into the frame A&apos;s exit freed (in v4.4 the leaked binding keeps A&apos;s pages, so nothing is freed). B&apos;s device keeps working all through A&apos;s teardown, including a page request: a PASID&apos;s teardown must not disturb any other PASID, the criterion the hardware designers confirmed for the fix.</source>
        <translation>Zwei Prozesse, jeder mit eigenem Gerät und eigener PASID, benutzen dieselbe virtuelle Adresse. B ist eingerichtet und arbeitet; dann läuft A und beendet sich. Der PASID-Eintrag von A wird gelöscht. In v4.5 sollte der nächste Zugriff von A&apos;s Gerät mit &apos;PASID not present&apos; fehlschlagen, aber dessen Geräte-TLB-Invalidierung, gebaut mit den Makros QI_DEV_EIOTLB_SID/QDEP von 2016, ging an Requester-ID 00:00.0: A&apos;s Gerät speichert die Seite noch zwischen und schreibt in den Frame, den das Beenden von A freigegeben hat (in v4.4 hält die geleakte Bindung A&apos;s Seiten, also wird nichts freigegeben). B&apos;s Gerät arbeitet während des gesamten Abbaus von A weiter, samt einer Seitenanforderung: Der Abbau einer PASID darf keine andere PASID stören, das Kriterium, das die Hardware-Entwickler für den Fix bestätigt haben.</translation>
    </message>
    <message>
        <source>A&apos;s device writes 0x600000 again. The device-TLB invalidation A&apos;s release() sent reached requester id 00:00.0 (the 2016 macros put A&apos;s source id into the PASID field), so A&apos;s device still holds the translation: the write goes into a frame A&apos;s exit freed. B is not disturbed.</source>
        <translation>A&apos;s Gerät schreibt erneut nach 0x600000. Die Geräte-TLB-Invalidierung, die release() von A gesendet hat, erreichte Requester-ID 00:00.0 (die Makros von 2016 legen A&apos;s Source-ID in das PASID-Feld), also hält A&apos;s Gerät die Übersetzung noch: Der Schreibzugriff geht in einen Frame, den das Beenden von A freigegeben hat. B wird nicht gestört.</translation>
    </message>
    <message>
        <source>unmap_vmas() cleared the PTEs. mmu_notifier_invalidate_range_end() called intel_invalidate_range(), which queued an extended IOTLB invalidation and an extended device-TLB invalidation for the two pages and waited for them. The IOTLB entries went; the device-TLB descriptor, as the hardware reads its bits, names requester id 00:00.0 and PASID 32 (the source id 0x20 ORed into PASID 0): no such device, nothing invalidated. Then tlb_finish_mmu() flushed the range of its mmu_gather, not munmap()&apos;s: freeing the page tables widened it to start at 0 (pud_free_tlb and pmd_free_tlb pass the base of the span each table mapped), so intel_invalidate_range() asked for 0-0x602000, an IOTLB invalidation of the 8 MiB at 0 (AM 11) and a device-TLB invalidation of the same 8 MiB that went to 00:00.0 too. Then it freed the pages.</source>
        <translation>unmap_vmas() hat die PTEs gelöscht. mmu_notifier_invalidate_range_end() rief intel_invalidate_range() auf, das eine erweiterte IOTLB-Invalidierung und eine erweiterte Geräte-TLB-Invalidierung für die zwei Seiten einreihte und auf sie wartete. Die IOTLB-Einträge verschwanden; der Geräte-TLB-Deskriptor nennt, so wie die Hardware seine Bits liest, Requester-ID 00:00.0 und PASID 32 (die Source-ID 0x20 in PASID 0 hineinge-ODER-t): kein solches Gerät, nichts invalidiert. Dann leerte tlb_finish_mmu() den Bereich seines mmu_gather, nicht den von munmap(): das Freigeben der Seitentabellen hat ihn bis 0 erweitert (pud_free_tlb und pmd_free_tlb übergeben die Basis des Bereichs, den jede Tabelle abbildete), also verlangte intel_invalidate_range() 0-0x602000, eine IOTLB-Invalidierung der 8 MiB ab 0 (AM 11) und eine Geräte-TLB-Invalidierung derselben 8 MiB, die ebenfalls an 00:00.0 ging. Dann gab es die Seiten frei.</translation>
    </message>
    <message>
        <source>Scalable mode (VT-d 3.x): a bind walks the PASID directory</source>
        <translation>Scalable Mode (VT-d 3.x): ein Bind durchläuft das PASID-Verzeichnis</translation>
    </message>
    <message>
        <source>The bind writes a 512-bit scalable-mode PASID entry.</source>
        <translation>Der Bind schreibt einen 512-Bit-PASID-Eintrag im Scalable Mode.</translation>
    </message>
    <message>
        <source>The buffer, ready for the device.</source>
        <translation>Der Puffer, bereit für das Gerät.</translation>
    </message>
    <message>
        <source>The device writes the buffer through its PASID: the IOMMU walks the directory, the table and the page tables.</source>
        <translation>Das Gerät schreibt den Puffer über seine PASID: die IOMMU durchläuft das Verzeichnis, die Tabelle und die Seitentabellen.</translation>
    </message>
    <message>
        <source>intel_pasid_setup_first_level(): intel_pasid_get_entry() found no PASID table behind directory entry PASID &gt;&gt; 6 and allocated one; the entry got FLPTR = the pgd, DID 1 (FLPT_DEFAULT_DID), AW, PGTT 001 and P. Where ECS kept the domain id and the first-level controls per device, scalable mode keeps them per PASID.</source>
        <translation>intel_pasid_setup_first_level(): intel_pasid_get_entry() fand hinter Verzeichniseintrag PASID &gt;&gt; 6 keine PASID-Tabelle und legte eine an; der Eintrag erhielt FLPTR = das pgd, DID 1 (FLPT_DEFAULT_DID), AW, PGTT 001 und P. Wo ECS die Domain-ID und die First-Level-Steuerung pro Gerät hielt, hält der Scalable Mode sie pro PASID.</translation>
    </message>
    <message>
        <source>The walk: root entry (lower half, devfn &lt; 0x80) -&gt; scalable-mode context entry (P, DTE, PASIDE, PRE, PDTS, the directory pointer) -&gt; PASID directory entry -&gt; 512-bit PASID entry -&gt; the four levels of the process&apos;s page tables. The hardware view shows each step.</source>
        <translation>Der Walk: Root-Eintrag (untere Hälfte, devfn &lt; 0x80) -&gt; Scalable-Mode-Kontexteintrag (P, DTE, PASIDE, PRE, PDTS, der Verzeichniszeiger) -&gt; PASID-Verzeichniseintrag -&gt; 512-Bit-PASID-Eintrag -&gt; die vier Ebenen der Seitentabellen des Prozesses. Die Hardware-Ansicht zeigt jeden Schritt.</translation>
    </message>
    <message>
        <source>In scalable mode, where does the IOMMU find the domain id it tags this translation with in the IOTLB?</source>
        <translation>Wo findet die IOMMU im Scalable Mode die Domain-ID, mit der sie diese Übersetzung im IOTLB markiert?</translation>
    </message>
    <message>
        <source>In the context entry, as in ECS mode</source>
        <translation>Im Kontexteintrag, wie im ECS-Modus</translation>
    </message>
    <message>
        <source>In the PASID-table entry (bits 79:64)</source>
        <translation>Im PASID-Tabelleneintrag (Bits 79:64)</translation>
    </message>
    <message>
        <source>In the PASID directory entry</source>
        <translation>Im PASID-Verzeichniseintrag</translation>
    </message>
    <message>
        <source>A scalable-mode context entry has no domain id: pasid_set_domain_id() writes it into the PASID entry&apos;s second quadword (bits 79:64), so two PASIDs of one device can belong to different domains.</source>
        <translation>Ein Scalable-Mode-Kontexteintrag hat keine Domain-ID: pasid_set_domain_id() schreibt sie in das zweite Quadwort des PASID-Eintrags (Bits 79:64), sodass zwei PASIDs eines Geräts zu verschiedenen Domains gehören können.</translation>
    </message>
    <message>
        <source>The device has translations of a two-page buffer in the IOTLB and in its own device TLB. The process unmaps the buffer: the MMU notifier&apos;s invalidate_range() callback flushes the IOTLB and sends a device-TLB invalidation before the pages are freed. But the driver builds that descriptor with the 2016 macros of include/linux/intel-iommu.h (QI_DEV_EIOTLB_SID shifts the source id into the PASID field, QI_DEV_EIOTLB_QDEP the queue depth into the SID field): the hardware sends it to requester id 00:00.0 for PASID 32, and the device keeps its stale entries. Its next write goes through one of them into a freed page. The same in every 2016 variant: e57e58bd did not touch these macros; aaa59306b0b7 (v4.11, and stable 4.9.14 and 4.10.2) put the fields where the hardware reads them.</source>
        <translation>Das Gerät hat Übersetzungen eines zweiseitigen Puffers im IOTLB und in seinem eigenen Geräte-TLB. Der Prozess hebt die Abbildung des Puffers auf: Der invalidate_range()-Callback des MMU-Notifiers leert den IOTLB und schickt eine Geräte-TLB-Invalidierung, bevor die Seiten freigegeben werden. Doch der Treiber baut diesen Deskriptor mit den Makros von 2016 aus include/linux/intel-iommu.h (QI_DEV_EIOTLB_SID schiebt die Source-ID in das PASID-Feld, QI_DEV_EIOTLB_QDEP die Queue-Tiefe in das SID-Feld): Die Hardware schickt ihn an Requester-ID 00:00.0 für PASID 32, und das Gerät behält seine veralteten Einträge. Sein nächster Schreibzugriff geht über einen davon in eine freigegebene Seite. Dasselbe in jeder Variante von 2016: e57e58bd hat diese Makros nicht angefasst; aaa59306b0b7 (v4.11, und Stable 4.9.14 und 4.10.2) legt die Felder dorthin, wo die Hardware sie liest.</translation>
    </message>
    <message>
        <source>Museum, scalable mode. The IOMMU runs in scalable mode (VT-d rev 3.x), as later kernels run it on hardware that has it: the root table address register has SMT set, the device&apos;s scalable-mode context entry points at a PASID directory, each directory entry at a page of 64 PASID-table entries of 512 bits. The 2022 driver binds: intel_pasid_setup_first_level() (drivers/iommu/intel/pasid.c, v5.18) allocates the PASID table page on demand and writes the entry: the first-level pointer (the process&apos;s pgd), the domain id, PGTT 001 (first level only) and the present bit. The device&apos;s DMA then walks root -&gt; context -&gt; PASID directory -&gt; PASID table -&gt; the process&apos;s page tables. The process exits and everything is released. Compare with pasid-reuse-after-exit, the same 2022 driver on an ECS IOMMU. The 2020 variants run it in scalable mode too (their v5.6 driver, drivers/iommu/intel-pasid.c); the 2016 variants have no scalable-mode code: they run this scenario on an ECS IOMMU.</source>
        <translation>Museum, Scalable Mode. Die IOMMU läuft im Scalable Mode (VT-d Rev. 3.x), wie spätere Kernel sie auf Hardware betreiben, die ihn hat: im Root-Table-Adressregister ist SMT gesetzt, der Scalable-Mode-Kontexteintrag des Geräts zeigt auf ein PASID-Verzeichnis, jeder Verzeichniseintrag auf eine Seite mit 64 PASID-Tabelleneinträgen zu 512 Bit. Der Treiber von 2022 bindet: intel_pasid_setup_first_level() (drivers/iommu/intel/pasid.c, v5.18) legt die PASID-Tabellenseite bei Bedarf an und schreibt den Eintrag: den First-Level-Zeiger (das pgd des Prozesses), die Domain-ID, PGTT 001 (nur First Level) und das Present-Bit. Der DMA des Geräts läuft dann Root -&gt; Kontext -&gt; PASID-Verzeichnis -&gt; PASID-Tabelle -&gt; die Seitentabellen des Prozesses. Der Prozess endet und alles wird freigegeben. Vergleichen Sie mit pasid-reuse-after-exit, demselben Treiber von 2022 auf einer ECS-IOMMU. Die Varianten von 2020 führen es ebenfalls im Scalable Mode aus (ihr Treiber von v5.6, drivers/iommu/intel-pasid.c); die Varianten von 2016 haben keinen Scalable-Mode-Code: sie führen dieses Szenario auf einer ECS-IOMMU aus.</translation>
    </message>
</context>
<context>
    <name>svm::core</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>IOMMU page walk A/D update in</source>
        <translation>A/D-Update des IOMMU-Page-Walks in</translation>
    </message>
    <message>
        <source>IOMMU page walk read of</source>
        <translation>Lesezugriff des IOMMU-Page-Walks auf</translation>
    </message>
    <message>
        <source>Fault %1 recorded in the fault recording registers.</source>
        <translation>Fehler %1 in den Fault-Recording-Registern festgehalten.</translation>
    </message>
    <message>
        <source>Fault %1 (not recorded: a record from this device is still pending, or the registers overflowed).</source>
        <translation>Fehler %1 (nicht festgehalten: Ein Eintrag dieses Geräts steht noch aus, oder die Register sind übergelaufen).</translation>
    </message>
    <message>
        <source>device %1 DMA write to</source>
        <translation>DMA-Schreibzugriff von Gerät %1 auf</translation>
    </message>
    <message>
        <source>device %1 DMA read of</source>
        <translation>DMA-Lesezugriff von Gerät %1 auf</translation>
    </message>
    <message>
        <source>isolation: device %1 reached PASID %2 without being bound to it (the PASID table is shared by every device behind this IOMMU)</source>
        <translation>isolation: Gerät %1 hat PASID %2 erreicht, ohne daran gebunden zu sein (alle Geräte hinter dieser IOMMU teilen sich die PASID-Tabelle)</translation>
    </message>
    <message>
        <source>isolation: DMA for PASID %1 (bound to %2) reached a page of %3</source>
        <translation>isolation: DMA für PASID %1 (gebunden an %2) hat eine Seite von %3 erreicht</translation>
    </message>
    <message>
        <source>DMA write to %1 -&gt; %2 (memory that is no longer this process&apos;s)</source>
        <translation>DMA-Schreibzugriff auf %1 -&gt; %2 (Speicher, der nicht mehr diesem Prozess gehört)</translation>
    </message>
    <message>
        <source>DMA read of %1 -&gt; %2 (memory that is no longer this process&apos;s)</source>
        <translation>DMA-Lesezugriff auf %1 -&gt; %2 (Speicher, der nicht mehr diesem Prozess gehört)</translation>
    </message>
    <message>
        <source>DMA write to %1 -&gt; %2</source>
        <translation>DMA-Schreibzugriff auf %1 -&gt; %2</translation>
    </message>
    <message>
        <source>DMA read of %1 -&gt; %2</source>
        <translation>DMA-Lesezugriff auf %1 -&gt; %2</translation>
    </message>
    <message>
        <source>isolation: PASID %1 is bound to a live mm, yet its entry is not present</source>
        <translation>isolation: PASID %1 ist an ein lebendes mm gebunden, aber sein Eintrag ist nicht vorhanden</translation>
    </message>
    <message>
        <source>page group responses</source>
        <translation>Page-Group-Antworten</translation>
    </message>
    <message>
        <source>The device was stopped by its driver: the request is not issued.</source>
        <translation>Der Treiber hat das Gerät angehalten: Die Anfrage wird nicht gestellt.</translation>
    </message>
    <message>
        <source>No PASID programmed into the device: nothing is issued.</source>
        <translation>Im Gerät ist keine PASID programmiert: Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>The driver stopped the device: the rest of the transfer is abandoned.</source>
        <translation>Der Treiber hat das Gerät angehalten: Der Rest der Übertragung entfällt.</translation>
    </message>
    <message>
        <source>Device-TLB hit.</source>
        <translation>Treffer im Geräte-TLB.</translation>
    </message>
    <message>
        <source>Translation completion: %1 (IOTLB hit).</source>
        <translation>Translation Completion: %1 (Treffer im IOTLB).</translation>
    </message>
    <message>
        <source>Translation completion: %1 (page walk).</source>
        <translation>Translation Completion: %1 (Page Walk).</translation>
    </message>
    <message>
        <source>Translation completion without the needed permission (%1).</source>
        <translation>Translation Completion ohne die nötige Berechtigung (%1).</translation>
    </message>
    <message>
        <source>Still no page after %1 retries: the device gives up.</source>
        <translation>Nach %1 Wiederholungen immer noch keine Seite: Das Gerät gibt auf.</translation>
    </message>
    <message>
        <source>The translation request fails (Unsupported Request completion).</source>
        <translation>Die Übersetzungsanfrage schlägt fehl (Completion mit Unsupported Request).</translation>
    </message>
    <message>
        <source>(Modeled, UNVERIFIED: the IOMMU answers it itself with Success, so the device retries.)</source>
        <translation>(Modelliert, UNBESTÄTIGT: Die IOMMU beantwortet sie selbst mit Success, also versucht das Gerät es erneut.)</translation>
    </message>
    <message>
        <source>Queued in the page request queue; the IOMMU raises its interrupt.</source>
        <translation>In die Page-Request-Queue eingereiht; die IOMMU löst ihren Interrupt aus.</translation>
    </message>
    <message>
        <source>The context entry has no PRE: fault recorded, and no answer will come.</source>
        <translation>Der Context-Eintrag hat kein PRE: Fehler festgehalten, und es kommt keine Antwort.</translation>
    </message>
    <message>
        <source>The page request queue is full: PRO set, the request is dropped.</source>
        <translation>Die Page-Request-Queue ist voll: PRO gesetzt, die Anfrage wird verworfen.</translation>
    </message>
    <message>
        <source>PRO is still set (Linux 4.4 never clears it): the request is dropped.</source>
        <translation>PRO ist noch gesetzt (Linux 4.4 löscht es nie): Die Anfrage wird verworfen.</translation>
    </message>
    <message>
        <source>The device retries the translation of the pages answered with Success.</source>
        <translation>Das Gerät fordert die Übersetzung der mit Success beantworteten Seiten erneut an.</translation>
    </message>
    <message>
        <source>Invalid Request: those accesses fail.</source>
        <translation>Invalid Request: Diese Zugriffe schlagen fehl.</translation>
    </message>
    <message>
        <source>Response Failure: the device disables PRI.</source>
        <translation>Response Failure: Das Gerät schaltet PRI ab.</translation>
    </message>
    <message>
        <source>the device to go idle (no transfer, no page request outstanding)</source>
        <translation>das Gerät wird untätig (keine Übertragung, keine offene Seitenanforderung)</translation>
    </message>
    <message>
        <source>The device is told its PASID (%1) and started.</source>
        <translation>Das Gerät erfährt seine PASID (%1) und wird gestartet.</translation>
    </message>
    <message>
        <source>The driver&apos;s release(): the only place this file&apos;s PASID binding is dropped.</source>
        <translation>Das release() des Treibers: die einzige Stelle, an der die PASID-Bindung dieser Datei aufgehoben wird.</translation>
    </message>
    <message>
        <source>pasid_mutex</source>
        <translation>pasid_mutex</translation>
    </message>
    <message>
        <source>a free slot in the invalidation queue</source>
        <translation>einen freien Platz in der Invalidation Queue</translation>
    </message>
    <message>
        <source>the invalidation wait descriptor to complete</source>
        <translation>den Abschluss des Invalidation-Wait-Deskriptors</translation>
    </message>
    <message>
        <source>kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)</source>
        <translation>kernel BUG at drivers/iommu/intel-svm.c: BUG_ON(!mm)</translation>
    </message>
    <message>
        <source>This device already uses PASID %1 for this mm: users +1.</source>
        <translation>Dieses Gerät nutzt für dieses mm bereits PASID %1: users +1.</translation>
    </message>
    <message>
        <source>PASID %1 already serves this mm: the device joins it.</source>
        <translation>PASID %1 bedient dieses mm bereits: Das Gerät schließt sich an.</translation>
    </message>
    <message>
        <source>PASID %1 allocated.</source>
        <translation>PASID %1 vergeben.</translation>
    </message>
    <message>
        <source>PASID entry %1 points at this mm&apos;s page tables (FLPTPTR = pgd).</source>
        <translation>PASID-Eintrag %1 zeigt auf die Seitentabellen dieses mm (FLPTPTR = pgd).</translation>
    </message>
    <message>
        <source>v4.4 forgets its mm pointer here, so the mmput() at out: is skipped: the binding keeps the mm_users reference from get_task_mm().</source>
        <translation>v4.4 vergisst hier seinen mm-Zeiger, deshalb wird das mmput() bei out: übersprungen: Die Bindung behält die mm_users-Referenz aus get_task_mm().</translation>
    </message>
    <message>
        <source>A supervisor PASID: the kernel&apos;s own page tables (init_mm.pgd), SRE set, no mm.</source>
        <translation>Eine Supervisor-PASID: die Seitentabellen des Kernels selbst (init_mm.pgd), SRE gesetzt, kein mm.</translation>
    </message>
    <message>
        <source>The device&apos;s extended context entry gets PASIDE and PRE and the PASID table pointer.</source>
        <translation>Der Extended-Context-Eintrag des Geräts erhält PASIDE und PRE sowie den Zeiger auf die PASID-Tabelle.</translation>
    </message>
    <message>
        <source>The device&apos;s extended context entry gets PASIDE and the PASID table pointer.</source>
        <translation>Der Extended-Context-Eintrag des Geräts erhält PASIDE und den Zeiger auf die PASID-Tabelle.</translation>
    </message>
    <message>
        <source>The binding is gone: intel_svm poisoned with 0x6b and freed.</source>
        <translation>Die Bindung ist weg: intel_svm mit 0x6b überschrieben (Poison) und freigegeben.</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared: the hardware can no longer walk these page tables.</source>
        <translation>PASID-Eintrag %1 gelöscht: Die Hardware kann diese Seitentabellen nicht mehr durchlaufen.</translation>
    </message>
    <message>
        <source>WARNING at drivers/iommu/intel-svm.c intel_mm_release(): devices still bound, and no flush</source>
        <translation>WARNING at drivers/iommu/intel-svm.c intel_mm_release(): Geräte noch gebunden, und kein Flush</translation>
    </message>
    <message>
        <source>mmap_sem (held for write)</source>
        <translation>mmap_sem (zum Schreiben gehalten)</translation>
    </message>
    <message>
        <source>No binding for PASID %1: Response Failure.</source>
        <translation>Keine Bindung für PASID %1: Response Failure.</translation>
    </message>
    <message>
        <source>mm_users is 0: the mm is defunct. The request is refused (Invalid Request).</source>
        <translation>mm_users ist 0: Das mm ist tot. Die Anfrage wird abgelehnt (Invalid Request).</translation>
    </message>
    <message>
        <source>mm_users +1 for as long as the fault is handled.</source>
        <translation>mm_users +1, solange der Fehler behandelt wird.</translation>
    </message>
    <message>
        <source>No VMA covers the address: Invalid Request.</source>
        <translation>Keine VMA deckt die Adresse ab: Invalid Request.</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in prq_event_thread(): svm is NULL at bad_req</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in prq_event_thread(): svm ist bei bad_req NULL</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>Antwort: %1.</translation>
    </message>
    <message>
        <source>, and %1 page frame(s) of the leaked mm</source>
        <translation>, dazu %1 Seitenrahmen des geleakten mm</translation>
    </message>
    <message>
        <source>. PASID %1 is still present in the PASID table: devices can still DMA into this dead process&apos;s memory</source>
        <translation>. PASID %1 ist in der PASID-Tabelle noch vorhanden: Geräte können weiterhin per DMA auf den Speicher dieses toten Prozesses zugreifen</translation>
    </message>
    <message>
        <source>%1 page frame(s) belong to an mm that has been freed: allocated into a defunct mm after exit_mmap(), never freed</source>
        <translation>%1 Seitenrahmen gehören zu einem bereits freigegebenen mm: nach exit_mmap() in ein totes mm hinein angelegt und nie freigegeben</translation>
    </message>
    <message>
        <source>%1 waits for %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>%1 waits for %2 of %3</source>
        <translation>%1 wartet auf %2 von %3</translation>
    </message>
    <message>
        <source>no thread can run: %1</source>
        <translation>kein Thread kann laufen: %1</translation>
    </message>
    <message>
        <source>double free of %1, freed before by %2</source>
        <translation>doppelte Freigabe von %1, zuvor freigegeben von %2</translation>
    </message>
    <message>
        <source>double free of frame %1</source>
        <translation>doppelte Freigabe von Frame %1</translation>
    </message>
    <message>
        <source>increment of %1 on %2 from %3: the object may already be on its way out</source>
        <translation>Erhöhung von %1 auf %2 ausgehend von %3: Das Objekt ist womöglich schon im Abbau</translation>
    </message>
    <message>
        <source>refcount underflow: %1 of %2 decremented from %3</source>
        <translation>Refcount-Unterlauf: %1 von %2 ausgehend von %3 verringert</translation>
    </message>
    <message>
        <source>%1 in %2()</source>
        <translation>%1 in %2()</translation>
    </message>
    <message>
        <source>use-after-free: %1 of %2 in %3() by %4; freed by %5</source>
        <translation>use-after-free: %1 auf %2 in %3() durch %4; freigegeben von %5</translation>
    </message>
    <message>
        <source>use-after-free: %1 frame %2</source>
        <translation>use-after-free: %1 Frame %2</translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation> (%1 von %2)</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>, freed by %1</source>
        <translation>, freigegeben von %1</translation>
    </message>
    <message>
        <source>, freed and reallocated</source>
        <translation>, freigegeben und neu vergeben</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>mmap_sem</source>
        <translation>mmap_sem</translation>
    </message>
    <message>
        <source>synchronize_srcu: a reader is inside</source>
        <translation>synchronize_srcu: ein Leser ist drin</translation>
    </message>
    <message>
        <source>not born yet</source>
        <translation>noch nicht geboren</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>&quot;after&quot; in the scenario</source>
        <translation>„after“ im Szenario</translation>
    </message>
    <message>
        <source>The access goes through the CPU&apos;s page tables.</source>
        <translation>Der Zugriff läuft über die Seitentabellen der CPU.</translation>
    </message>
    <message>
        <source>outstanding page responses</source>
        <translation>ausstehende Seitenantworten</translation>
    </message>
    <message>
        <source>a page request interrupt</source>
        <translation>einen Page-Request-Interrupt</translation>
    </message>
    <message>
        <source>work (delayed_fput)</source>
        <translation>Arbeit (delayed_fput)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>descriptors (IQT != IQH)</source>
        <translation>Deskriptoren (IQT != IQH)</translation>
    </message>
    <message>
        <source>%1 context-cache entry removed</source>
        <translation>%1 Context-Cache-Eintrag entfernt</translation>
    </message>
    <message>
        <source>%1 context-cache entries removed</source>
        <translation>%1 Context-Cache-Einträge entfernt</translation>
    </message>
    <message>
        <source>no first-level entries affected</source>
        <translation>keine First-Level-Einträge betroffen</translation>
    </message>
    <message>
        <source>fence</source>
        <translation>Fence</translation>
    </message>
    <message>
        <source>status QI_DONE written to desc_status[%1]</source>
        <translation>Status QI_DONE nach desc_status[%1] geschrieben</translation>
    </message>
    <message>
        <source>%1 IOTLB entry removed</source>
        <translation>%1 IOTLB-Eintrag entfernt</translation>
    </message>
    <message>
        <source>%1 IOTLB entries removed</source>
        <translation>%1 IOTLB-Einträge entfernt</translation>
    </message>
    <message>
        <source>%1 PASID-cache entry removed</source>
        <translation>%1 PASID-Cache-Eintrag entfernt</translation>
    </message>
    <message>
        <source>%1 PASID-cache entries removed</source>
        <translation>%1 PASID-Cache-Einträge entfernt</translation>
    </message>
    <message>
        <source>%1 device-TLB entry removed</source>
        <translation>%1 Geräte-TLB-Eintrag entfernt</translation>
    </message>
    <message>
        <source>%1 device-TLB entries removed</source>
        <translation>%1 Geräte-TLB-Einträge entfernt</translation>
    </message>
    <message>
        <source>response to an unknown requester</source>
        <translation>Antwort an einen unbekannten Anfragenden</translation>
    </message>
    <message>
        <source>%1 delivered to the device (PRG %2)</source>
        <translation>%1 an das Gerät zugestellt (PRG %2)</translation>
    </message>
    <message>
        <source>invalid descriptor type: IQE</source>
        <translation>ungültiger Deskriptortyp: IQE</translation>
    </message>
    <message>
        <source>The task is exiting: PF_EXITING is set.</source>
        <translation>Der Task beendet sich: PF_EXITING ist gesetzt.</translation>
    </message>
    <message>
        <source>mm_count +1: the dying task keeps running on this mm (active_mm) until its last switch.</source>
        <translation>mm_count +1: Der sterbende Task läuft bis zu seinem letzten Kontextwechsel weiter auf diesem mm (active_mm).</translation>
    </message>
    <message>
        <source>The task_struct is freed. Whatever it still reached must have been freed by now.</source>
        <translation>Die task_struct wird freigegeben. Alles, was sie noch erreichte, muss jetzt freigegeben sein.</translation>
    </message>
    <message>
        <source>fd %1 now refers to file#%2.</source>
        <translation>fd %1 verweist jetzt auf file#%2.</translation>
    </message>
    <message>
        <source>f_count drops to %1: someone still holds the file.</source>
        <translation>f_count sinkt auf %1: Jemand hält die Datei noch.</translation>
    </message>
    <message>
        <source>Last reference gone: the final __fput() is queued as task work, to run on the way back to user space (or in exit_task_work()).</source>
        <translation>Letzte Referenz weg: Das abschließende __fput() wird als Task-Work eingereiht und läuft auf dem Rückweg in den User Space (oder in exit_task_work()).</translation>
    </message>
    <message>
        <source>Last reference dropped by a kernel thread: __fput() goes to the delayed_fput work.</source>
        <translation>Letzte Referenz von einem Kernel-Thread aufgegeben: __fput() geht an die delayed_fput-Arbeit.</translation>
    </message>
    <message>
        <source>The struct file is freed.</source>
        <translation>Die struct file wird freigegeben.</translation>
    </message>
    <message>
        <source>mm_users reached 0: the address space is torn down now.</source>
        <translation>mm_users hat 0 erreicht: Der Adressraum wird jetzt abgebaut.</translation>
    </message>
    <message>
        <source>The pgd page is freed: any PASID entry still pointing at it now points at free memory.</source>
        <translation>Die pgd-Seite wird freigegeben: Jeder PASID-Eintrag, der noch darauf zeigt, zeigt jetzt auf freien Speicher.</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: __mmu_notifier_mm_destroy with notifiers</source>
        <translation>kernel BUG at mm/mmu_notifier.c: __mmu_notifier_mm_destroy mit noch eingehängten Notifiern</translation>
    </message>
    <message>
        <source>The mm_struct itself is freed.</source>
        <translation>Die mm_struct selbst wird freigegeben.</translation>
    </message>
    <message>
        <source>The child gets its own fd table; each open file gains a reference.</source>
        <translation>Das Kind erhält eine eigene fd-Tabelle; jede offene Datei bekommt eine Referenz dazu.</translation>
    </message>
    <message>
        <source>The child&apos;s copy of the mapping takes its own reference on the file.</source>
        <translation>Die Kopie der Abbildung im Kind nimmt eine eigene Referenz auf die Datei.</translation>
    </message>
    <message>
        <source>The child process starts running.</source>
        <translation>Der Kindprozess beginnt zu laufen.</translation>
    </message>
    <message>
        <source>PTEs cleared; the pages wait in the mmu_gather until the TLBs are flushed.</source>
        <translation>PTEs gelöscht; die Seiten warten im mmu_gather, bis die TLBs geleert sind.</translation>
    </message>
    <message>
        <source>%1 page(s) go back to the page allocator.</source>
        <translation>%1 Seite(n) gehen zurück an den Seitenallokator.</translation>
    </message>
    <message>
        <source>No mapping allows this access: SIGSEGV.</source>
        <translation>Keine Abbildung erlaubt diesen Zugriff: SIGSEGV.</translation>
    </message>
    <message>
        <source>The page was already there (another thread faulted it in first).</source>
        <translation>Die Seite war schon da (ein anderer Thread hat sie zuerst eingelagert).</translation>
    </message>
    <message>
        <source>A read fault maps the shared zero page, read-only.</source>
        <translation>Ein Lesefehler bildet die gemeinsame Nullseite ein, nur lesbar.</translation>
    </message>
    <message>
        <source>A new zeroed page is mapped at %1.</source>
        <translation>Eine neue, genullte Seite wird bei %1 eingeblendet.</translation>
    </message>
    <message>
        <source>Only this mapping uses the page: it is made writable in place.</source>
        <translation>Nur diese Abbildung nutzt die Seite: Sie wird an Ort und Stelle beschreibbar gemacht.</translation>
    </message>
    <message>
        <source>Copy-on-write: this mapping gets its own copy of the page.</source>
        <translation>Copy-on-Write: Diese Abbildung erhält eine eigene Kopie der Seite.</translation>
    </message>
    <message>
        <source>The device&apos;s MMIO page is mapped into the process (no struct page, no refcount).</source>
        <translation>Die MMIO-Seite des Geräts wird in den Prozess eingeblendet (keine struct page, kein Refcount).</translation>
    </message>
    <message>
        <source>%1 PTE(s) copied, write-protected on both sides for copy-on-write.</source>
        <translation>%1 PTE(s) kopiert, auf beiden Seiten schreibgeschützt für Copy-on-Write.</translation>
    </message>
    <message>
        <source>%1 PTE(s) copied.</source>
        <translation>%1 PTE(s) kopiert.</translation>
    </message>
    <message>
        <source>The range is already mapped; this model does not replace mappings.</source>
        <translation>Der Bereich ist schon abgebildet; dieses Modell ersetzt keine Abbildungen.</translation>
    </message>
    <message>
        <source>The new VMA takes a reference on the file (vm_file): f_count +1.</source>
        <translation>Die neue VMA nimmt eine Referenz auf die Datei (vm_file): f_count +1.</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: mmu_notifier_register() on an mm with mm_users == 0</source>
        <translation>kernel BUG at mm/mmu_notifier.c: mmu_notifier_register() auf einem mm mit mm_users == 0</translation>
    </message>
    <message>
        <source>The notifier pins the mm_struct: mm_count +1. This pin is all the fixed driver keeps.</source>
        <translation>Der Notifier hält die mm_struct fest: mm_count +1. Mehr behält der korrigierte Treiber nicht.</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister(): reading mm-&gt;mm_count of a NULL mm (a supervisor PASID has no mm)</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in mmu_notifier_unregister(): mm-&gt;mm_count eines NULL-mm gelesen (eine Supervisor-PASID hat kein mm)</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: mm_count &lt;= 0 in mmu_notifier_unregister()</source>
        <translation>kernel BUG at mm/mmu_notifier.c: mm_count &lt;= 0 in mmu_notifier_unregister()</translation>
    </message>
    <message>
        <source>exit_mmap() already unhooked this notifier: no -&gt;release() from here.</source>
        <translation>exit_mmap() hat diesen Notifier schon ausgehängt: Von hier kommt kein -&gt;release().</translation>
    </message>
    <message>
        <source>Every notifier is unhooked: the unmapping and freeing that follow will notify no one.</source>
        <translation>Alle Notifier sind ausgehängt: Das folgende Aufheben der Abbildungen und Freigeben benachrichtigt niemanden mehr.</translation>
    </message>
    <message>
        <source>page-table read of</source>
        <translation>Seitentabellen-Lesezugriff auf</translation>
    </message>
    <message>
        <source>page-table write to</source>
        <translation>Seitentabellen-Schreibzugriff auf</translation>
    </message>
    <message>
        <source>intel-svm as merged in v4.4: the binding holds mm_users and mm_count</source>
        <translation>intel-svm, wie in v4.4 aufgenommen: Die Bindung hält mm_users und mm_count</translation>
    </message>
    <message>
        <source>with e57e58bd: mm_count only; release() clears the PASID entry and flushes; the fault handler takes mm_users with inc-not-zero</source>
        <translation>mit e57e58bd: nur mm_count; release() löscht den PASID-Eintrag und leert die Caches; der Fault-Handler nimmt mm_users mit inc-not-zero</translation>
    </message>
    <message>
        <source>the fix without the clear-and-flush in release(): shows W0</source>
        <translation>die Korrektur ohne das Löschen und Leeren in release(): zeigt W0</translation>
    </message>
    <message>
        <source>the fix without the inc-not-zero in the fault handler: shows W1</source>
        <translation>die Korrektur ohne das inc-not-zero im Fault-Handler: zeigt W1</translation>
    </message>
    <message>
        <source>pid %1 (kthread)</source>
        <translation>pid %1 (Kernel-Thread)</translation>
    </message>
    <message>
        <source>%1 open fd(s)</source>
        <translation>%1 offene(r) fd</translation>
    </message>
    <message>
        <source>intel_svm (no PASID yet)</source>
        <translation>intel_svm (noch keine PASID)</translation>
    </message>
    <message>
        <source>being set up</source>
        <translation>wird eingerichtet</translation>
    </message>
    <message>
        <source>supervisor: no mm</source>
        <translation>Supervisor: kein mm</translation>
    </message>
    <message>
        <source>unregistered</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>hooked on the mm</source>
        <translation>am mm eingehängt</translation>
    </message>
    <message>
        <source>unhooked</source>
        <translation>ausgehängt</translation>
    </message>
    <message>
        <source>cleared, the PASID still bound</source>
        <translation>gelöscht, die PASID noch gebunden</translation>
    </message>
    <message>
        <source>allocated, entry not written yet</source>
        <translation>vergeben, Eintrag noch nicht geschrieben</translation>
    </message>
    <message>
        <source>cleared (not present)</source>
        <translation>gelöscht (nicht vorhanden)</translation>
    </message>
    <message>
        <source>no fault</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>root entry not present</source>
        <translation>Root-Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>context entry not present</source>
        <translation>Context-Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>PASIDE=0 in context entry</source>
        <translation>PASIDE=0 im Context-Eintrag</translation>
    </message>
    <message>
        <source>PASID beyond PASID-table size</source>
        <translation>PASID jenseits der Größe der PASID-Tabelle</translation>
    </message>
    <message>
        <source>page request with PRE=0</source>
        <translation>Page Request bei PRE=0</translation>
    </message>
    <message>
        <source>PASID-table entry access error</source>
        <translation>Zugriffsfehler auf den PASID-Tabelleneintrag</translation>
    </message>
    <message>
        <source>PASID entry not present</source>
        <translation>PASID-Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>supervisor request with SRE=0</source>
        <translation>Supervisor-Anfrage bei SRE=0</translation>
    </message>
    <message>
        <source>first-level entry access error</source>
        <translation>Zugriffsfehler auf einen First-Level-Eintrag</translation>
    </message>
    <message>
        <source>first-level entry not present</source>
        <translation>First-Level-Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>first-level entry reserved bits set</source>
        <translation>reservierte Bits im First-Level-Eintrag gesetzt</translation>
    </message>
    <message>
        <source>PML4E access error</source>
        <translation>Zugriffsfehler auf den PML4E</translation>
    </message>
    <message>
        <source>non-canonical address</source>
        <translation>nicht-kanonische Adresse</translation>
    </message>
    <message>
        <source>user request to supervisor page (U/S=0)</source>
        <translation>User-Anfrage an eine Supervisor-Seite (U/S=0)</translation>
    </message>
    <message>
        <source>execute request to no-execute page</source>
        <translation>Ausführungsanfrage an eine nicht ausführbare Seite</translation>
    </message>
    <message>
        <source>write request to read-only page</source>
        <translation>Schreibanfrage an eine schreibgeschützte Seite</translation>
    </message>
    <message>
        <source>read request without read permission</source>
        <translation>Leseanfrage ohne Leserecht</translation>
    </message>
    <message>
        <source>unknown fault</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 %2 (modeled)</source>
        <translation>%1 %2 (modelliert)</translation>
    </message>
    <message>
        <source>PCIe device with ATS and PRI</source>
        <translation>PCIe-Gerät mit ATS und PRI</translation>
    </message>
    <message>
        <source>%1 (modeled driver)</source>
        <translation>%1 (modellierter Treiber)</translation>
    </message>
    <message>
        <source>%1 (hardware model)</source>
        <translation>%1 (Hardwaremodell)</translation>
    </message>
    <message>
        <source>user space</source>
        <translation>User Space</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>VT-d 2.x queued invalidation</source>
        <translation>VT-d 2.x Queued Invalidation</translation>
    </message>
    <message>
        <source>%1 holds %2&apos;s %3</source>
        <translation>%1 hält %3 auf %2</translation>
    </message>
    <message>
        <source>%1 owns %2</source>
        <translation>%1 besitzt %2</translation>
    </message>
    <message>
        <source>%1 points to %2 (%3)</source>
        <translation>%1 zeigt auf %2 (%3)</translation>
    </message>
    <message>
        <source>objects no running task can reach: %1</source>
        <translation>Objekte, die keine laufende Task erreicht: %1</translation>
    </message>
    <message>
        <source>. Each is freed only through the one before it in the cycle %1 (%2)</source>
        <translation>. Jedes wird nur über das vorhergehende freigegeben, im Zyklus %1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: Invalid Request.</source>
        <translation>%1 ist keine kanonische Adresse: Invalid Request.</translation>
    </message>
    <message>
        <source>mmget_not_zero(): mm_users +1 for as long as the fault is handled; the mmput() under invalid: gives it back.</source>
        <translation>mmget_not_zero(): mm_users +1, solange der Fehler behandelt wird; das mmput() unter invalid: gibt es zurück.</translation>
    </message>
    <message>
        <source>%1 is not a canonical address: goto bad_req, which is past the mmput(). The mm_users reference taken one line above is never given back.</source>
        <translation>%1 ist keine kanonische Adresse: goto bad_req, das hinter dem mmput() liegt. Die eine Zeile darüber genommene mm_users-Referenz wird nie zurückgegeben.</translation>
    </message>
    <message>
        <source>The mm_users reference taken by mmget_not_zero() is forgotten here: no mmput() will ever give it back, so this mm&apos;s users can never reach 0.</source>
        <translation>Die von mmget_not_zero() genommene mm_users-Referenz wird hier vergessen: Kein mmput() wird sie je zurückgeben, also können die users dieses mm nie 0 erreichen.</translation>
    </message>
    <message>
        <source>This mm already has PASID %1: it keeps it for its whole life.</source>
        <translation>Dieses mm hat bereits PASID %1: Es behält sie sein ganzes Leben lang.</translation>
    </message>
    <message>
        <source>ioasid_alloc(): PASID %1 is the lowest free one.</source>
        <translation>ioasid_alloc(): PASID %1 ist die niedrigste freie.</translation>
    </message>
    <message>
        <source>701fac40384f: the PASID goes with the address space, while a driver may still have it programmed into its device.</source>
        <translation>701fac40384f: Die PASID geht mit dem Adressraum, während ein Treiber sie womöglich noch in sein Gerät programmiert hat.</translation>
    </message>
    <message>
        <source>ioasid_free(%1): the allocator may hand PASID %1 to the next bind.</source>
        <translation>ioasid_free(%1): Der Allokator darf PASID %1 an das nächste Binden vergeben.</translation>
    </message>
    <message>
        <source>kernel BUG at mm/mmu_notifier.c: notifier subscriptions destroyed with notifiers</source>
        <translation>kernel BUG at mm/mmu_notifier.c: Notifier-Subscriptions mit noch eingehängten Notifiern zerstört</translation>
    </message>
    <message>
        <source>2667ed10d9f0: the PASID goes with the mm_struct, which every binding holds (mm_count).</source>
        <translation>2667ed10d9f0: Die PASID geht mit der mm_struct, die jede Bindung hält (mm_count).</translation>
    </message>
    <message>
        <source>PASID %1 already has an intel_svm, and it is another mm&apos;s: the number was freed while that binding still uses it. This bind joins it.</source>
        <translation>PASID %1 hat bereits ein intel_svm, und es gehört einem anderen mm: Die Nummer wurde freigegeben, während jene Bindung sie noch benutzt. Dieses Binden schließt sich ihr an.</translation>
    </message>
    <message>
        <source>PASID entry %1 points at this mm&apos;s page tables (first-level pointer = pgd).</source>
        <translation>PASID-Eintrag %1 zeigt auf die Seitentabellen dieses mm (First-Level-Zeiger = pgd).</translation>
    </message>
    <message>
        <source>QI_DEV_EIOTLB_SID() shifts the source id by 32, into the PASID field, and QI_DEV_EIOTLB_QDEP() the queue depth by 16, into the SID field: meant for %1, PASID %2, the descriptor reads SID %3, PASID %4.</source>
        <translation>QI_DEV_EIOTLB_SID() schiebt die Source-ID um 32 in das PASID-Feld, und QI_DEV_EIOTLB_QDEP() die Queue-Tiefe um 16 in das SID-Feld: Gemeint für %1, PASID %2, lautet der Deskriptor auf SID %3, PASID %4.</translation>
    </message>
    <message>
        <source>2020, before 902baf61adf6: prq_event_thread() checks is_canonical_address() after mmget_not_zero(), and its goto bad_req skips the mmput()</source>
        <translation>2020, vor 902baf61adf6: prq_event_thread() prüft is_canonical_address() nach mmget_not_zero(), und sein goto bad_req überspringt das mmput()</translation>
    </message>
    <message>
        <source>2020, with 902baf61adf6 (&quot;iommu/vt-d: Fix mm reference leak&quot;): the canonical check comes first</source>
        <translation>2020, mit 902baf61adf6 (&quot;iommu/vt-d: Fix mm reference leak&quot;): Die Prüfung auf kanonische Adressen kommt zuerst</translation>
    </message>
    <message>
        <source>2022, with 701fac40384f: mm-&gt;pasid is freed in __mmput(), when the address space goes</source>
        <translation>2022, mit 701fac40384f: mm-&gt;pasid wird in __mmput() freigegeben, wenn der Adressraum verschwindet</translation>
    </message>
    <message>
        <source>2022, with 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;): mm-&gt;pasid is freed in __mmdrop(), when the mm_struct goes</source>
        <translation>2022, mit 2667ed10d9f0 (&quot;mm: Fix PASID use-after-free issue&quot;): mm-&gt;pasid wird in __mmdrop() freigegeben, wenn die mm_struct verschwindet</translation>
    </message>
    <message>
        <source>a preset with hunks of e57e58bd switched on: the id names them</source>
        <translation>eine Voreinstellung mit eingeschalteten Hunks von e57e58bd: Die ID benennt sie</translation>
    </message>
    <message>
        <source>release() no longer clears the PASID entry either (nor WARNs)</source>
        <translation>release() löscht auch den PASID-Eintrag nicht mehr (und gibt kein WARN aus)</translation>
    </message>
    <message>
        <source>simulator bug in %1(), line %2 (%3): %4 [%5:%6]</source>
        <translation>Simulator-Bug in %1(), Zeile %2 (%3): %4 [%5:%6]</translation>
    </message>
    <message>
        <source>BUG: unable to handle kernel NULL pointer dereference in %1(): %2 is NULL</source>
        <translation>BUG: unable to handle kernel NULL pointer dereference in %1(): %2 ist NULL</translation>
    </message>
    <message>
        <source>(freed and reused as %1)</source>
        <translation>(freigegeben und wiederverwendet als %1)</translation>
    </message>
    <message>
        <source>(%1 of %2), freed by %3</source>
        <translation>(%1 von %2), freigegeben von %3</translation>
    </message>
    <message>
        <source>(%1), freed by %2</source>
        <translation>(%1), freigegeben von %2</translation>
    </message>
    <message>
        <source>PASID %1&apos;s entry is present and its page tables lead, for %2, to frame %3 %4: a device&apos;s next DMA with this PASID walks into freed memory</source>
        <translation>Der Eintrag von PASID %1 ist vorhanden, und seine Seitentabellen führen für %2 zu Frame %3 %4: Der nächste DMA eines Geräts mit dieser PASID läuft in freigegebenen Speicher</translation>
    </message>
    <message>
        <source>PASID %1&apos;s entry is present and its FLPTPTR points at frame %2 %3: a device&apos;s next DMA with this PASID walks freed memory as its page tables</source>
        <translation>Der Eintrag von PASID %1 ist vorhanden, und sein FLPTPTR zeigt auf Frame %2 %3: Der nächste DMA eines Geräts mit dieser PASID durchläuft freigegebenen Speicher als Seitentabellen</translation>
    </message>
    <message>
        <source>the PASID cache holds PASID %1&apos;s entry, whose FLPTPTR points at frame %2 %3: the IOMMU walks it without reading the table again</source>
        <translation>der PASID-Cache hält den Eintrag von PASID %1, dessen FLPTPTR auf Frame %2 %3 zeigt: Die IOMMU durchläuft ihn, ohne die Tabelle erneut zu lesen</translation>
    </message>
    <message>
        <source>the IOTLB holds a translation of %1 (PASID %2) to frame %3 %4: a DMA that hits it reaches freed memory</source>
        <translation>der IOTLB hält eine Übersetzung von %1 (PASID %2) auf Frame %3 %4: Ein DMA, der sie trifft, erreicht freigegebenen Speicher</translation>
    </message>
    <message>
        <source>%1&apos;s device TLB holds a translation of %2 (PASID %3) to frame %4 %5: the device reaches freed memory without asking the IOMMU</source>
        <translation>Der Geräte-TLB von %1 hält eine Übersetzung von %2 (PASID %3) auf Frame %4 %5: Das Gerät erreicht freigegebenen Speicher, ohne die IOMMU zu fragen</translation>
    </message>
    <message>
        <source>no device has requester id %1: no device TLB is invalidated</source>
        <translation>kein Gerät hat die Requester-ID %1: Kein Geräte-TLB wird invalidiert</translation>
    </message>
    <message>
        <source>bind drops the get_task_mm() reference: `mm = NULL;` is deleted, so mmput(mm) at out: runs and the binding holds only the notifier&apos;s mm_count</source>
        <translation>bind gibt die Referenz von get_task_mm() ab: `mm = NULL;` ist gestrichen, also läuft mmput(mm) bei out:, und die Bindung hält nur das mm_count des Notifiers</translation>
    </message>
    <message>
        <source>unbind no longer mmput()s: idr_remove(), then mmu_notifier_unregister() only if svm-&gt;mm</source>
        <translation>unbind ruft kein mmput() mehr auf: idr_remove(), dann mmu_notifier_unregister() nur, wenn svm-&gt;mm</translation>
    </message>
    <message>
        <source>release() flushes the PASID cache, IOTLB and device TLB of every bound device after clearing the PASID entry (and no longer WARNs)</source>
        <translation>release() leert nach dem Löschen des PASID-Eintrags PASID-Cache, IOTLB und Geräte-TLB jedes gebundenen Geräts (und gibt kein WARN mehr aus)</translation>
    </message>
    <message>
        <source>the page-request handler takes mm_users with atomic_inc_not_zero() (failing the request on a defunct mm) and mmput()s after up_read()</source>
        <translation>der Page-Request-Handler nimmt mm_users mit atomic_inc_not_zero() (und lässt die Anforderung bei einem toten mm fehlschlagen) und ruft nach up_read() mmput() auf</translation>
    </message>
    <message>
        <source>The binding that held mm_users</source>
        <translation>Die Bindung, die mm_users hielt</translation>
    </message>
    <message>
        <source>drivers/iommu/intel-svm.c as of v4.4 and with e57e58bd, and the v4.4 kernel&apos;s exit path</source>
        <translation>drivers/iommu/intel-svm.c im Stand von v4.4 und mit e57e58bd, dazu der Exit-Pfad des v4.4-Kernels</translation>
    </message>
    <message>
        <source>The device-TLB invalidation descriptor</source>
        <translation>Der Geräte-TLB-Invalidierungsdeskriptor</translation>
    </message>
    <message>
        <source>the v4.4 descriptor macros, as the invalidation queue view decodes them</source>
        <translation>die Deskriptor-Makros von v4.4, so wie die Ansicht der Invalidierungs-Queue sie dekodiert</translation>
    </message>
    <message>
        <source>The canonical-address check that leaked mm_users</source>
        <translation>Die Prüfung auf kanonische Adressen, die mm_users leckte</translation>
    </message>
    <message>
        <source>The PASID freed with the address space</source>
        <translation>Die mit dem Adressraum freigegebene PASID</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>Hängender Hardware-Zeiger</translation>
    </message>
    <message>
        <source>Simulator bug (in SVM Lab, not in the kernel)</source>
        <translation>Simulator-Bug (in SVM Lab, nicht im Kernel)</translation>
    </message>
    <message>
        <source>v4.4 with the device-TLB invalidation descriptor as later kernels encode it (SID &lt;&lt; 16, QDEP &lt;&lt; 4): not part of e57e58bd</source>
        <translation>v4.4 mit dem Invalidierungsdeskriptor für den Geräte-TLB, wie spätere Kernel ihn kodieren (SID &lt;&lt; 16, QDEP &lt;&lt; 4): nicht Teil von e57e58bd</translation>
    </message>
    <message>
        <source>v4.5 with the device-TLB invalidation descriptor as later kernels encode it: e57e58bd alone, its release() flush reaching the device TLB</source>
        <translation>v4.5 mit dem Invalidierungsdeskriptor für den Geräte-TLB, wie spätere Kernel ihn kodieren: e57e58bd allein, dessen Leeren in release() den Geräte-TLB erreicht</translation>
    </message>
    <message>
        <source>the device-TLB invalidation descriptor is encoded as later kernels encode it (SID &lt;&lt; 16, QDEP &lt;&lt; 4)</source>
        <translation>der Invalidierungsdeskriptor für den Geräte-TLB ist so kodiert, wie spätere Kernel ihn kodieren (SID &lt;&lt; 16, QDEP &lt;&lt; 4)</translation>
    </message>
    <message>
        <source>No PASID table for PASIDs %1-%2 yet: a page is allocated for it and PASID directory entry %3 is made present, pointing at it.</source>
        <translation>Noch keine PASID-Tabelle für die PASIDs %1-%2: eine Seite wird dafür angelegt und PASID-Verzeichniseintrag %3 wird gültig gemacht und zeigt auf sie.</translation>
    </message>
    <message>
        <source>PASID entry %1 (512 bits): PGTT = 001 (first level only), DID %2, FLPTR = this mm&apos;s pgd, present.</source>
        <translation>PASID-Eintrag %1 (512 Bit): PGTT = 001 (nur First Level), DID %2, FLPTR = das pgd dieses mm, present.</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared at unbind: the device can no longer walk the page tables it pointed at.</source>
        <translation>PASID-Eintrag %1 beim Unbind gelöscht: das Gerät kann die Seitentabellen, auf die er zeigte, nicht mehr durchlaufen.</translation>
    </message>
    <message>
        <source>root entry not present (scalable mode)</source>
        <translation>Root-Eintrag nicht vorhanden (Scalable Mode)</translation>
    </message>
    <message>
        <source>context entry not present (scalable mode)</source>
        <translation>Kontexteintrag nicht vorhanden (Scalable Mode)</translation>
    </message>
    <message>
        <source>PASID directory entry not present</source>
        <translation>PASID-Verzeichniseintrag nicht vorhanden</translation>
    </message>
    <message>
        <source>invalid scalable-mode PASID-table entry</source>
        <translation>ungültiger Scalable-Mode-PASID-Tabelleneintrag</translation>
    </message>
    <message>
        <source>%1 page-table page(s) unlinked; freed at tlb_finish_mmu(). Each widens the range the gather will flush, which now starts at %2.</source>
        <translation>%1 Seitentabellenseite(n) ausgehängt; freigegeben bei tlb_finish_mmu(). Jede erweitert den Bereich, den der Gather leeren wird; er beginnt jetzt bei %2.</translation>
    </message>
    <message>
        <source>Nothing was unmapped and no page table freed: the gather&apos;s range is empty, so neither the CPU TLBs nor any MMU notifier is flushed.</source>
        <translation>Nichts wurde ausgehängt und keine Seitentabelle freigegeben: der Bereich des Gathers ist leer, also werden weder die CPU-TLBs noch irgendein MMU-Notifier geleert.</translation>
    </message>
    <message>
        <source>The gather&apos;s range is %1-%2: exit_mmap()&apos;s gather covers the whole mm, so its end stays at ~0.</source>
        <translation>Der Bereich des Gathers ist %1-%2: der Gather von exit_mmap() umfasst das ganze mm, daher bleibt sein Ende bei ~0.</translation>
    </message>
    <message>
        <source>The gather&apos;s range is %1-%2, not the caller&apos;s %3-%4: each cleared PTE and each freed page-table page widened it.</source>
        <translation>Der Bereich des Gathers ist %1-%2, nicht der des Aufrufers %3-%4: jedes gelöschte PTE und jede freigegebene Seitentabellenseite hat ihn erweitert.</translation>
    </message>
    <message>
        <source>Scalable mode (VT-d 3.x)</source>
        <translation>Scalable Mode (VT-d 3.x)</translation>
    </message>
    <message>
        <source>the 2022 driver on a scalable-mode IOMMU: domain_context_mapping_one()&apos;s scalable-mode context entry and intel_iommu_enable_pasid()&apos;s PASIDE at probe, intel_pasid_setup_first_level() with intel_pasid_get_entry() at bind, the walk through the PASID directory; one directory stands for the per-device directories; requests without PASID (RID2PASID) are not modeled</source>
        <translation>der Treiber von 2022 auf einer Scalable-Mode-IOMMU: der Scalable-Mode-Kontexteintrag von domain_context_mapping_one() und das PASIDE von intel_iommu_enable_pasid() beim Probe, intel_pasid_setup_first_level() mit intel_pasid_get_entry() beim Bind, der Walk durch das PASID-Verzeichnis; ein Verzeichnis steht für die Verzeichnisse pro Gerät; Anfragen ohne PASID (RID2PASID) sind nicht modelliert</translation>
    </message>
    <message>
        <source>PASID entry %1 is not present: nothing to tear down.</source>
        <translation>PASID-Eintrag %1 ist nicht vorhanden: nichts abzubauen.</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared: the hardware can no longer walk the page tables it pointed at.</source>
        <translation>PASID-Eintrag %1 gelöscht: Die Hardware kann die Seitentabellen, auf die er zeigte, nicht mehr durchlaufen.</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared (all 512 bits), with FPD set: the device&apos;s late DMA is blocked and makes no fault records.</source>
        <translation>PASID-Eintrag %1 gelöscht (alle 512 Bit), mit gesetztem FPD: Spätes DMA des Geräts wird blockiert und erzeugt keine Fehlereinträge.</translation>
    </message>
    <message>
        <source>PASID entry %1 cleared (all 512 bits).</source>
        <translation>PASID-Eintrag %1 gelöscht (alle 512 Bit).</translation>
    </message>
    <message>
        <source>mmput/__mmput, __mmdrop, mm_pasid_drop, iommu_sva_alloc_pasid, the bind chain, unbind, release() and the range flush as of v5.18-rc5 (intel_pasid_tear_down_entry(), qi_flush_piotlb(), qi_flush_dev_iotlb_pasid()); the page-request handler keeps its v4.5 text; one PASID table stands for the table of a device both processes share</source>
        <translation>mmput/__mmput, __mmdrop, mm_pasid_drop, iommu_sva_alloc_pasid, die Bind-Kette, Unbind, release() und das Bereichs-Flush wie in v5.18-rc5 (intel_pasid_tear_down_entry(), qi_flush_piotlb(), qi_flush_dev_iotlb_pasid()); der Page-Request-Handler behält seinen Text aus v4.5; eine PASID-Tabelle steht für die Tabelle eines Geräts, das beide Prozesse teilen</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the context entry.</source>
        <translation>Fehler %1 nicht aufgezeichnet: FPD (Fault Processing Disable) ist im Kontexteintrag gesetzt.</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the PASID directory entry.</source>
        <translation>Fehler %1 nicht aufgezeichnet: FPD (Fault Processing Disable) ist im PASID-Verzeichniseintrag gesetzt.</translation>
    </message>
    <message>
        <source>Fault %1 not recorded: FPD (fault processing disable) is set in the PASID entry.</source>
        <translation>Fehler %1 nicht aufgezeichnet: FPD (Fault Processing Disable) ist im PASID-Eintrag gesetzt.</translation>
    </message>
    <message>
        <source>ioasid_alloc(): PASID %1, the lowest free one (PASID 0 is reserved for requests without PASID).</source>
        <translation>ioasid_alloc(): PASID %1, die niedrigste freie (PASID 0 ist für Anfragen ohne PASID reserviert).</translation>
    </message>
    <message>
        <source>PASID entry %1 is already clear: v5.6 does not check, and flushes with the DID it reads there (%2).</source>
        <translation>PASID-Eintrag %1 ist bereits leer: v5.6 prüft das nicht und invalidiert mit der DID, die es dort liest (%2).</translation>
    </message>
    <message>
        <source>the v5.6 driver on a scalable-mode IOMMU: prq_event_thread(), bind (ioasid_alloc(), intel_pasid_setup_first_level()), unbind, release() and the range flush as of v5.6, with intel_pasid_tear_down_entry() and its PASID-cache, PASID IOTLB and device-TLB invalidations; the kernel&apos;s exit path keeps its v4.4 text; one PASID directory stands for the device&apos;s own</source>
        <translation>der Treiber von v5.6 auf einer IOMMU im Scalable Mode: prq_event_thread(), bind (ioasid_alloc(), intel_pasid_setup_first_level()), unbind, release() und die Bereichsinvalidierung im Stand von v5.6, mit intel_pasid_tear_down_entry() und seinen Invalidierungen von PASID-Cache, PASID-IOTLB und Geräte-TLB; der Exit-Pfad des Kernels behält seinen Text von v4.4; ein PASID-Verzeichnis steht für das eigene des Geräts</translation>
    </message>
    <message>
        <source>stopped at --max-states %1</source>
        <translation>bei --max-states %1 angehalten</translation>
    </message>
    <message>
        <source>%1; searched depth first, so no length of schedule was explored completely</source>
        <translation>%1; zuerst in die Tiefe gesucht, daher wurde keine Ablauflänge vollständig erkundet</translation>
    </message>
    <message>
        <source>stopped when memory ran out (an allocation failed)</source>
        <translation>angehalten, als der Speicher ausging (eine Allokation schlug fehl)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not started: the process already held %1 MiB, over the memory ceiling of %2 MiB</source>
        <translation>nicht begonnen: Der Prozess hielt bereits %1 MiB, über der Speicherobergrenze von %2 MiB</translation>
    </message>
    <message>
        <source>stopped at the memory ceiling of %1 MiB (%2 MiB resident)</source>
        <translation>an der Speicherobergrenze von %1 MiB angehalten (%2 MiB resident)</translation>
    </message>
    <message>
        <source>%1; every schedule of up to %2 steps explored</source>
        <translation>%1; jeder Ablauf mit bis zu %2 Schritten erkundet</translation>
    </message>
    <message>
        <source>stopped at the bound of %1 steps before the scenario ended; leaks and deadlock were not checked</source>
        <translation>hielt an der Schranke von %1 Schritten an, bevor das Szenario endete; Lecks und Deadlocks wurden nicht geprüft</translation>
    </message>
    <message>
        <source>persistent sets of local steps</source>
        <translation>persistente Mengen lokaler Schritte</translation>
    </message>
    <message>
        <source>steps on kernel objects their thread owns are local</source>
        <translation>Schritte auf Kernel-Objekten ihres eigenen Threads sind lokal</translation>
    </message>
    <message>
        <source>an address space&apos;s page tables and pages are its owner&apos;s</source>
        <translation>Seitentabellen und Seiten eines Adressraums gehören seinem Besitzer</translation>
    </message>
    <message>
        <source>a file, VMA or svm is its maker&apos;s</source>
        <translation>eine Datei, VMA oder svm gehört ihrem Erzeuger</translation>
    </message>
    <message>
        <source>IOMMU queue steps no other thread reads</source>
        <translation>IOMMU-Warteschlangenschritte, die kein anderer Thread liest</translation>
    </message>
    <message>
        <source>LRU order of the context cache</source>
        <translation>LRU-Reihenfolge des Context-Cache</translation>
    </message>
    <message>
        <source>LRU order of the PASID cache</source>
        <translation>LRU-Reihenfolge des PASID-Cache</translation>
    </message>
    <message>
        <source>%1 in %2() reached %3, which belongs to %4</source>
        <translation>%1 erreichte in %2() %3, das %4 gehört</translation>
    </message>
    <message>
        <source>%1 in %2() used frame %3 after it was freed</source>
        <translation>%1 benutzte in %2() den Frame %3, nachdem er freigegeben war</translation>
    </message>
    <message>
        <source>%1 in %2() freed frame %3 while something still refers to it</source>
        <translation>%1 gab in %2() den Frame %3 frei, obwohl noch etwas auf ihn verweist</translation>
    </message>
    <message>
        <source>%1; then %2</source>
        <translation>%1; danach %2</translation>
    </message>
    <message>
        <source>interchangeable processes (symmetry)</source>
        <translation>austauschbare Prozesse (Symmetrie)</translation>
    </message>
    <message>
        <source>which free frames the page allocator handed out</source>
        <translation>welche freien Seitenrahmen der Seitenallokator vergab</translation>
    </message>
    <message>
        <source>which files, VMAs and svms were made first</source>
        <translation>welche Dateien, VMAs und svms zuerst angelegt wurden</translation>
    </message>
    <message>
        <source>device registers no thread reads again</source>
        <translation>Geräteregister, die kein Thread mehr liest</translation>
    </message>
    <message>
        <source>fault recording registers, which only the narration reads</source>
        <translation>Fehleraufzeichnungsregister, die nur die Erzählung liest</translation>
    </message>
</context>
<context>
    <name>svmlab::CaptionView</name>
    <message>
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <source>Use after free</source>
        <translation>Zugriff nach Freigabe</translation>
    </message>
    <message>
        <source>Reference count error</source>
        <translation>Referenzzählerfehler</translation>
    </message>
    <message>
        <source>BUG</source>
        <translation>BUG</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>PASID isolation broken</source>
        <translation>PASID-Isolation verletzt</translation>
    </message>
    <message>
        <source>No scenario is open.</source>
        <translation>Kein Szenario ist geöffnet.</translation>
    </message>
    <message>
        <source>Variant %1. Step forward to start the run.</source>
        <translation>Variante %1. Einen Schritt vorwärts, um den Lauf zu beginnen.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>✔ End of the run: nothing leaked, no violation.</source>
        <translation>✔ Ende des Laufs: nichts geleckt, keine Verletzung.</translation>
    </message>
    <message>
        <source>End of the run. %1</source>
        <translation>Ende des Laufs. %1</translation>
    </message>
    <message>
        <source>This step: %1</source>
        <translation>Dieser Schritt: %1</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>Hängender Hardware-Zeiger</translation>
    </message>
    <message>
        <source>Simulator bug</source>
        <translation>Simulator-Bug</translation>
    </message>
</context>
<context>
    <name>svmlab::Classroom</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large type, only the step controls: for a projector. F11 is Step Into, so this is F12</source>
        <translation>Vollbild, große Schrift, nur die Schrittsteuerung: für einen Projektor. F11 ist „Hineinspringen“, daher ist dies F12</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>Zurück zum normalen Fenster</translation>
    </message>
    <message>
        <source>&amp;Autoplay</source>
        <translation>&amp;Automatisch abspielen</translation>
    </message>
    <message>
        <source>Step on a timer; pauses at each milestone</source>
        <translation>Im Takt eines Timers weiterschalten; hält an jedem Meilenstein an</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>Autoplay faster</source>
        <translation>Schneller abspielen</translation>
    </message>
    <message>
        <source>&amp;Slower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>Autoplay slower</source>
        <translation>Langsamer abspielen</translation>
    </message>
    <message>
        <source>&amp;Pause at Milestones</source>
        <translation>An &amp;Meilensteinen anhalten</translation>
    </message>
    <message>
        <source>Autoplay stops at every milestone of the story</source>
        <translation>Das automatische Abspielen hält an jedem Meilenstein der Geschichte an</translation>
    </message>
    <message>
        <source>Predict the &amp;Next Step</source>
        <translation>Den &amp;nächsten Schritt vorhersagen</translation>
    </message>
    <message>
        <source>Quiz mode: at key steps, predict what happens before it is shown</source>
        <translation>Quizmodus: An wichtigen Schritten vorhersagen, was passiert, bevor es gezeigt wird</translation>
    </message>
    <message>
        <source>Next Step (Remote)</source>
        <translation>Nächster Schritt (Fernbedienung)</translation>
    </message>
    <message>
        <source>Step Into, for a presenter&apos;s remote</source>
        <translation>Hineinspringen, für die Fernbedienung eines Vortragenden</translation>
    </message>
    <message>
        <source>Previous Step (Remote)</source>
        <translation>Vorheriger Schritt (Fernbedienung)</translation>
    </message>
    <message>
        <source>Step Back, for a presenter&apos;s remote</source>
        <translation>Schritt zurück, für die Fernbedienung eines Vortragenden</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Follow the desktop&apos;s light or dark palette</source>
        <translation>Der hellen oder dunklen Palette des Desktops folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dunkle Schrift auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Helle Schrift auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>Switch the language to %1</source>
        <translation>Sprache auf %1 umstellen</translation>
    </message>
    <message>
        <source>Autoplay &amp;Speed</source>
        <translation>Abspiel&amp;geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Go to Bookmark %1 (not set)</source>
        <translation>Zu Lesezeichen %1 springen (nicht gesetzt)</translation>
    </message>
    <message>
        <source>Go to Bookmark %1: step %2</source>
        <translation>Zu Lesezeichen %1 springen: Schritt %2</translation>
    </message>
    <message>
        <source>Jump to bookmark %1</source>
        <translation>Zu Lesezeichen %1 springen</translation>
    </message>
    <message>
        <source>Set Bookmark %1</source>
        <translation>Lesezeichen %1 setzen</translation>
    </message>
    <message>
        <source>Mark the current step as bookmark %1</source>
        <translation>Den aktuellen Schritt als Lesezeichen %1 markieren</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <source>Show Only the &amp;Past</source>
        <translation>Nur das &amp;Vergangene zeigen</translation>
    </message>
    <message>
        <source>The timeline and the trace show the steps up to the current one only, so they do not give away what comes next; on by default in quiz and presentation mode</source>
        <translation>Zeitverlauf und Aufzeichnung zeigen nur die Schritte bis zum aktuellen, damit sie nicht verraten, was als Nächstes kommt; im Quiz und im Präsentationsmodus von selbst an</translation>
    </message>
</context>
<context>
    <name>svmlab::ContextPasidView</name>
    <message>
        <source>Extended context entries (one per device)</source>
        <translation>Erweiterte Kontexteinträge (einer pro Gerät)</translation>
    </message>
    <message>
        <source>256-bit context entries under the root table, ECS mode. Linux 4.4 sets PASIDE, PRE and DINVE and writes the PASID table pointer when a device first binds.</source>
        <translation>256-Bit-Kontexteinträge unter der Root-Tabelle, ECS-Modus. Linux 4.4 setzt PASIDE, PRE und DINVE und schreibt den PASID-Tabellenzeiger, wenn ein Gerät zum ersten Mal bindet.</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>PASID table</source>
        <translation>PASID-Tabelle</translation>
    </message>
    <message>
        <source>PASID-state table</source>
        <translation>PASID-State-Tabelle</translation>
    </message>
    <message>
        <source>context cache</source>
        <translation>Kontext-Cache</translation>
    </message>
    <message>
        <source>Source id (bus:device.function): the PCI requester id that indexes the root and context tables</source>
        <translation>Source-ID (Bus:Gerät.Funktion): die PCI-Requester-ID, die Root- und Kontexttabelle indiziert</translation>
    </message>
    <message>
        <source>The scenario&apos;s device with this source id</source>
        <translation>Das Gerät des Szenarios mit dieser Source-ID</translation>
    </message>
    <message>
        <source>Present (bit 0)</source>
        <translation>Present (Bit 0)</translation>
    </message>
    <message>
        <source>Translation type (bits 4:2): 001 = translate with device-TLB (ATS) allowed</source>
        <translation>Übersetzungstyp (Bits 4:2): 001 = Übersetzen mit erlaubtem Geräte-TLB (ATS)</translation>
    </message>
    <message>
        <source>PASID enable (bit 11): requests with a PASID are translated through the PASID table</source>
        <translation>PASID-Freigabe (Bit 11): Anforderungen mit PASID werden über die PASID-Tabelle übersetzt</translation>
    </message>
    <message>
        <source>Page request enable (bit 9): the device may send PRI page requests</source>
        <translation>Page-Request-Freigabe (Bit 9): Das Gerät darf PRI-Seitenanforderungen senden</translation>
    </message>
    <message>
        <source>Deferred invalidate enable (bit 8): the PASID-state table is used</source>
        <translation>Deferred-Invalidate-Freigabe (Bit 8): Die PASID-State-Tabelle wird verwendet</translation>
    </message>
    <message>
        <source>Domain id (bits 87:72): the tag of this device&apos;s IOTLB and PASID-cache entries</source>
        <translation>Domain-ID (Bits 87:72): das Tag der IOTLB- und PASID-Cache-Einträge dieses Geräts</translation>
    </message>
    <message>
        <source>PASID table size (bits 131:128): 2^(PTS+5) entries</source>
        <translation>PASID-Tabellengröße (Bits 131:128): 2^(PTS+5) Einträge</translation>
    </message>
    <message>
        <source>PASID table pointer (bits 191:140)</source>
        <translation>PASID-Tabellenzeiger (Bits 191:140)</translation>
    </message>
    <message>
        <source>PASID-state table pointer (bits 255:204)</source>
        <translation>PASID-State-Tabellenzeiger (Bits 255:204)</translation>
    </message>
    <message>
        <source>Whether the IOMMU&apos;s context cache holds a copy of this entry (hover a row for the raw words)</source>
        <translation>Ob der Kontext-Cache der IOMMU eine Kopie dieses Eintrags hält (Zeile überfahren für die Rohwörter)</translation>
    </message>
    <message>
        <source>PASID table (entries in use)</source>
        <translation>PASID-Tabelle (benutzte Einträge)</translation>
    </message>
    <message>
        <source>64-bit PASID-table entries indexed by PASID. intel_svm_bind_mm() writes __pa(mm-&gt;pgd) | 1; the v4.5 release() callback clears it to 0.</source>
        <translation>64-Bit-PASID-Tabelleneinträge, indiziert nach PASID. intel_svm_bind_mm() schreibt __pa(mm-&gt;pgd) | 1; der release()-Callback von v4.5 setzt ihn auf 0.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>points at</source>
        <translation>zeigt auf</translation>
    </message>
    <message>
        <source>bound to</source>
        <translation>gebunden an</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Process Address Space ID: the index into the PASID table</source>
        <translation>Process Address Space ID: der Index in die PASID-Tabelle</translation>
    </message>
    <message>
        <source>The 64-bit entry as in memory</source>
        <translation>Der 64-Bit-Eintrag, wie er im Speicher steht</translation>
    </message>
    <message>
        <source>Present (bit 0): without it a request with this PASID faults &apos;PASID entry not present&apos;</source>
        <translation>Present (Bit 0): ohne es führt eine Anforderung mit dieser PASID zum Fehler &apos;PASID entry not present&apos;</translation>
    </message>
    <message>
        <source>Supervisor requests enable (bit 11): set for a kernel (supervisor) PASID</source>
        <translation>Supervisor-Requests-Freigabe (Bit 11): gesetzt für eine Kernel-(Supervisor-)PASID</translation>
    </message>
    <message>
        <source>First-level page-table pointer (bits 63:12): the physical address of the PML4, i.e. mm-&gt;pgd</source>
        <translation>First-Level-Seitentabellenzeiger (Bits 63:12): die physische Adresse der PML4, also mm-&gt;pgd</translation>
    </message>
    <message>
        <source>Whose page tables FLPTPTR points at, and whether that frame is still allocated</source>
        <translation>Auf wessen Seitentabellen FLPTPTR zeigt, und ob dieser Frame noch belegt ist</translation>
    </message>
    <message>
        <source>The intel_svm this PASID belongs to in pasid_idr, and its mm</source>
        <translation>Das intel_svm, zu dem diese PASID in pasid_idr gehört, und sein mm</translation>
    </message>
    <message>
        <source>Whether the IOMMU&apos;s PASID cache holds this entry, and whether the cached copy still matches memory</source>
        <translation>Ob der PASID-Cache der IOMMU diesen Eintrag hält, und ob die Kopie noch mit dem Speicher übereinstimmt</translation>
    </message>
    <message>
        <source>What happened to the entry: changed at this step, present, or cleared</source>
        <translation>Was mit dem Eintrag geschah: bei diesem Schritt geändert, vorhanden oder gelöscht</translation>
    </message>
    <message>
        <source>How a request with a PASID finds its page tables</source>
        <translation>Wie eine Anforderung mit PASID ihre Seitentabellen findet</translation>
    </message>
    <message>
        <source>The chain the IOMMU follows for the highlighted PASID entry (the one this step changed, else the first one), and that entry&apos;s bits.</source>
        <translation>Die Kette, der die IOMMU für den hervorgehobenen PASID-Eintrag folgt (den dieser Schritt geändert hat, sonst den ersten), und die Bits dieses Eintrags.</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>keine Aufzeichnung geladen</translation>
    </message>
    <message>
        <source>RTADDR %1 (RTT=%2: extended root table)   PASID table at %3   ECAP.PSS %4   at %5</source>
        <translation>RTADDR %1 (RTT=%2: erweiterte Root-Tabelle)   PASID-Tabelle bei %3   ECAP.PSS %4   bei %5</translation>
    </message>
    <message>
        <source>%1 (%2 entries)</source>
        <translation>%1 (%2 Einträge)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>yes, stale copy</source>
        <translation>ja, veraltete Kopie</translation>
    </message>
    <message>
        <source>context[0].lo %1  context[0].hi %2
context[1].lo %3  context[1].hi %4</source>
        <translation>context[0].lo %1  context[0].hi %2
context[1].lo %3  context[1].hi %4</translation>
    </message>
    <message>
        <source>This entry changed at this step</source>
        <translation>Dieser Eintrag hat sich bei diesem Schritt geändert</translation>
    </message>
    <message>
        <source>no context entries: no device behind this IOMMU</source>
        <translation>keine Kontexteinträge: kein Gerät hinter dieser IOMMU</translation>
    </message>
    <message>
        <source>pgd of %1</source>
        <translation>pgd von %1</translation>
    </message>
    <message>
        <source> (mm freed)</source>
        <translation> (mm freigegeben)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>, frame FREED</source>
        <translation>, Frame FREIGEGEBEN</translation>
    </message>
    <message>
        <source> (supervisor, no mm)</source>
        <translation> (Supervisor, kein mm)</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>The PASID cache (DID %1) holds %2, not what the table holds now</source>
        <translation>Der PASID-Cache (DID %1) hält %2, nicht das, was jetzt in der Tabelle steht</translation>
    </message>
    <message>
        <source>The PASID cache (DID %1) holds the same entry</source>
        <translation>Der PASID-Cache (DID %1) hält denselben Eintrag</translation>
    </message>
    <message>
        <source>written at this step</source>
        <translation>bei diesem Schritt geschrieben</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>cleared at this step (not present)</source>
        <translation>bei diesem Schritt gelöscht (nicht vorhanden)</translation>
    </message>
    <message>
        <source>cleared (not present)</source>
        <translation>gelöscht (nicht vorhanden)</translation>
    </message>
    <message>
        <source>allocated, entry not written yet</source>
        <translation>vergeben, Eintrag noch nicht geschrieben</translation>
    </message>
    <message>
        <source>; points at a freed page table</source>
        <translation>; zeigt auf eine freigegebene Seitentabelle</translation>
    </message>
    <message>
        <source>; stale copy in the PASID cache</source>
        <translation>; veraltete Kopie im PASID-Cache</translation>
    </message>
    <message>
        <source>no PASID in use: nothing has been bound yet</source>
        <translation>keine PASID in Gebrauch: noch nichts gebunden</translation>
    </message>
    <message>
        <source>&lt;i&gt;No PASID in use yet: a device&apos;s request with a PASID would fault at the PASID table.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine PASID in Gebrauch: Die Anforderung eines Geräts mit PASID würde an der PASID-Tabelle scheitern.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Request from %1 (%2) with PASID %3</source>
        <translation>Anforderung von %1 (%2) mit PASID %3</translation>
    </message>
    <message>
        <source>root entry (bus)</source>
        <translation>Root-Eintrag (Bus)</translation>
    </message>
    <message>
        <source>context entry (PASIDE, PASID table)</source>
        <translation>Kontexteintrag (PASIDE, PASID-Tabelle)</translation>
    </message>
    <message>
        <source>PASID table[%1]</source>
        <translation>PASID-Tabelle[%1]</translation>
    </message>
    <message>
        <source>&lt;b&gt;but the PASID cache still holds the old entry %1: until it is invalidated, the IOMMU uses it and walks the page tables at %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;aber der PASID-Cache hält noch den alten Eintrag %1: Bis er invalidiert wird, verwendet die IOMMU ihn und durchläuft die Seitentabellen bei %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>4-level walk of those page tables</source>
        <translation>4-stufiger Walk dieser Seitentabellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;P=0: fault 0x59 &apos;PASID entry not present&apos; (modeled)&lt;/b&gt;</source>
        <translation>&lt;b&gt;P=0: Fehler 0x59 &apos;PASID entry not present&apos; (modelliert)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Context entry of %1:</source>
        <translation>Kontexteintrag von %1:</translation>
    </message>
    <message>
        <source>PASID %1 entry %2:</source>
        <translation>PASID %1 Eintrag %2:</translation>
    </message>
    <message>
        <source>Scalable-mode context entries (one per device)</source>
        <translation>Scalable-Mode-Kontexteinträge (einer je Gerät)</translation>
    </message>
    <message>
        <source>256-bit scalable-mode context entries under the root table (RTADDR.TTM = 01). An entry no longer holds a translation: it points at the device&apos;s PASID directory. Linux (v5.18) writes it in domain_context_mapping_one() and sets PASIDE in intel_iommu_enable_pasid().</source>
        <translation>256-Bit-Kontexteinträge im Scalable Mode unter der Root-Tabelle (RTADDR.TTM = 01). Ein Eintrag enthält keine Übersetzung mehr: Er zeigt auf das PASID-Verzeichnis des Geräts. Linux (v5.18) schreibt ihn in domain_context_mapping_one() und setzt PASIDE in intel_iommu_enable_pasid().</translation>
    </message>
    <message>
        <source>PASID directory</source>
        <translation>PASID-Verzeichnis</translation>
    </message>
    <message>
        <source>Device-TLB enable (bit 2): the device may use ATS (context_set_sm_dte())</source>
        <translation>Geräte-TLB aktiv (Bit 2): Das Gerät darf ATS benutzen (context_set_sm_dte())</translation>
    </message>
    <message>
        <source>PASID enable (bit 3): requests with a PASID are translated through the PASID directory</source>
        <translation>PASID aktiv (Bit 3): Anfragen mit PASID werden über das PASID-Verzeichnis übersetzt</translation>
    </message>
    <message>
        <source>Page request enable (bit 4): the device may send PRI page requests (context_set_sm_pre())</source>
        <translation>Page Requests aktiv (Bit 4): Das Gerät darf PRI-Seitenanfragen senden (context_set_sm_pre())</translation>
    </message>
    <message>
        <source>Fault processing disable (bit 1): cleared by context_set_fault_enable(), so faults are reported</source>
        <translation>Fehlerverarbeitung aus (Bit 1): von context_set_fault_enable() gelöscht, Fehler werden also gemeldet</translation>
    </message>
    <message>
        <source>The PASID used for requests without one (bits 83:64, context_set_sm_rid2pasid())</source>
        <translation>Die PASID für Anfragen ohne PASID (Bits 83:64, context_set_sm_rid2pasid())</translation>
    </message>
    <message>
        <source>PASID directory size (bits 11:9): 2^(PDTS+7) directory entries of 64 PASIDs each</source>
        <translation>Größe des PASID-Verzeichnisses (Bits 11:9): 2^(PDTS+7) Verzeichniseinträge zu je 64 PASIDs</translation>
    </message>
    <message>
        <source>PASID directory pointer (bits 63:12)</source>
        <translation>Zeiger auf das PASID-Verzeichnis (Bits 63:12)</translation>
    </message>
    <message>
        <source>PASID table (512-bit entries in use, through the PASID directory)</source>
        <translation>PASID-Tabelle (belegte 512-Bit-Einträge, über das PASID-Verzeichnis)</translation>
    </message>
    <message>
        <source>PASID[19:6] indexes the PASID directory, PASID[5:0] the 64-entry PASID table its entry points at. intel_pasid_setup_first_level() (v5.18) writes FLPTR = __pa(mm-&gt;pgd), DID, AW, PGTT = first level and P.</source>
        <translation>PASID[19:6] indiziert das PASID-Verzeichnis, PASID[5:0] die PASID-Tabelle mit 64 Einträgen, auf die dessen Eintrag zeigt. intel_pasid_setup_first_level() (v5.18) schreibt FLPTR = __pa(mm-&gt;pgd), DID, AW, PGTT = erste Stufe und P.</translation>
    </message>
    <message>
        <source>Process Address Space ID: directory index PASID[19:6], table index PASID[5:0]</source>
        <translation>Process Address Space ID: Verzeichnisindex PASID[19:6], Tabellenindex PASID[5:0]</translation>
    </message>
    <message>
        <source>PGTT (bits 8:6), DID (bits 79:64) and AW (bits 4:2) of the 512-bit entry; hover for val[0..7]</source>
        <translation>PGTT (Bits 8:6), DID (Bits 79:64) und AW (Bits 4:2) des 512-Bit-Eintrags; Tooltip zeigt val[0..7]</translation>
    </message>
    <message>
        <source>Present (bit 0): without it a request with this PASID faults (SCT.5: PASID entry not present, modeled)</source>
        <translation>Present (Bit 0): Ohne es schlägt eine Anfrage mit dieser PASID fehl (SCT.5: PASID-Eintrag nicht vorhanden, modelliert)</translation>
    </message>
    <message>
        <source>Supervisor requests enable (bit 128): set for a kernel (supervisor) PASID</source>
        <translation>Supervisor-Anfragen aktiv (Bit 128): gesetzt für eine Kernel-(Supervisor-)PASID</translation>
    </message>
    <message>
        <source>First-level page-table pointer (bits 191:140): the physical address of the PML4, i.e. mm-&gt;pgd</source>
        <translation>Zeiger auf die Seitentabelle der ersten Stufe (Bits 191:140): die physische Adresse der PML4, also mm-&gt;pgd</translation>
    </message>
    <message>
        <source>Whose page tables FLPTR points at, and whether that frame is still allocated</source>
        <translation>Wessen Seitentabellen FLPTR zeigt und ob dieser Frame noch belegt ist</translation>
    </message>
    <message>
        <source>The PASID&apos;s binding and its mm</source>
        <translation>Die Bindung der PASID und ihr mm</translation>
    </message>
    <message>
        <source>RTADDR %1 (TTM=%2: scalable mode)   PASID directory at %3   ECAP.SMTS %4   at %5</source>
        <translation>RTADDR %1 (TTM=%2: Scalable Mode)   PASID-Verzeichnis bei %3   ECAP.SMTS %4   bei %5</translation>
    </message>
    <message>
        <source>%1 (%2 directory entries)</source>
        <translation>%1 (%2 Verzeichniseinträge)</translation>
    </message>
    <message>
        <source>PGTT %1, DID %2, AW %3</source>
        <translation>PGTT %1, DID %2, AW %3</translation>
    </message>
    <message>
        <source>FLPTR %1</source>
        <translation>FLPTR %1</translation>
    </message>
    <message>
        <source>scalable-mode context entry (PASIDE, PASID directory)</source>
        <translation>Scalable-Mode-Kontexteintrag (PASIDE, PASID-Verzeichnis)</translation>
    </message>
    <message>
        <source>PASID directory[%1] (PASID[19:6])</source>
        <translation>PASID-Verzeichnis[%1] (PASID[19:6])</translation>
    </message>
    <message>
        <source>PASID table[%1] (PASID[5:0])</source>
        <translation>PASID-Tabelle[%1] (PASID[5:0])</translation>
    </message>
    <message>
        <source>&lt;b&gt;P=0: fault &apos;PASID entry not present&apos; (SCT.5, modeled)&lt;/b&gt;</source>
        <translation>&lt;b&gt;P=0: Fehler „PASID-Eintrag nicht vorhanden“ (SCT.5, modelliert)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>PASID %1 entry (512 bits; val[3..7] are 0 for a first-level entry):</source>
        <translation>Eintrag von PASID %1 (512 Bit; val[3..7] sind 0 bei einem Eintrag der ersten Stufe):</translation>
    </message>
</context>
<context>
    <name>svmlab::ExploreDialog</name>
    <message>
        <source>Explore Interleavings</source>
        <translation>Verschränkungen erkunden</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads...</source>
        <translation>Alle Verschränkungen der Threads des Szenarios werden probiert ...</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>Verletzung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Load Counterexample</source>
        <translation>Gegenbeispiel &amp;laden</translation>
    </message>
    <message>
        <source>Replay the shortest schedule to this violation in the main window</source>
        <translation>Den kürzesten Ablauf zu dieser Verletzung im Hauptfenster abspielen</translation>
    </message>
    <message>
        <source>%1 states, %2 transitions, %3.</source>
        <translation>%1 Zustände, %2 Übergänge, %3.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Every interleaving was explored.</source>
        <translation>Jede Verschränkung wurde erkundet.</translation>
    </message>
    <message>
        <source>Not complete: %1.</source>
        <translation>Nicht vollständig: %1.</translation>
    </message>
    <message>
        <source>No violation in any interleaving.</source>
        <translation>In keiner Verschränkung eine Verletzung.</translation>
    </message>
    <message>
        <source>Distinct violations: %1, each with its shortest schedule.</source>
        <translation>Verschiedene Verletzungen: %1, jede mit ihrem kürzesten Ablauf.</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translation>Wird angehalten ...</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads: %1 states, depth %2, %3 states/s, %4 MiB resident of a %5 MiB ceiling...</source>
        <translation>Alle Verschränkungen der Threads des Szenarios werden probiert: %1 Zustände, Tiefe %2, %3 Zustände/s, %4 MiB resident bei einer Obergrenze von %5 MiB ...</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the search now and show what it found so far</source>
        <translation>Die Suche jetzt anhalten und zeigen, was sie bisher gefunden hat</translation>
    </message>
    <message>
        <source>Stopped before the end: %1.</source>
        <translation>Vor dem Ende angehalten: %1.</translation>
    </message>
    <message>
        <source>Trying every interleaving of the scenario&apos;s threads, depth first: %1 states, %2 states/s, %3 MiB resident of a %4 MiB ceiling...</source>
        <translation>Alle Verschränkungen der Threads des Szenarios werden probiert, zuerst in die Tiefe: %1 Zustände, %2 Zustände/s, %3 MiB resident bei einer Obergrenze von %4 MiB ...</translation>
    </message>
    <message>
        <source>Replay the schedule on which the search met this violation in the main window</source>
        <translation>Den Ablauf, auf dem die Suche diese Verletzung fand, im Hauptfenster abspielen</translation>
    </message>
    <message>
        <source>No verdict: no violation in the interleavings explored, but the search did not finish.</source>
        <translation>Kein Urteil: In den erkundeten Verschränkungen keine Verletzung, aber die Suche wurde nicht fertig.</translation>
    </message>
    <message>
        <source>Distinct violations: %1, each with the schedule on which the search, depth first, met it (not the shortest).</source>
        <translation>Verschiedene Verletzungen: %1, jede mit dem Ablauf, auf dem die Suche (zuerst in die Tiefe) sie fand (nicht dem kürzesten).</translation>
    </message>
    <message>
        <source>States are told apart by %1 bits of their hash: the odds that two different states were taken for one, and one of them never explored, are %2.</source>
        <translation>Zustände werden an %1 Bits ihres Hashwerts unterschieden: Die Wahrscheinlichkeit, dass zwei verschiedene Zustände für einen gehalten und einer davon nie erkundet wurde, beträgt %2.</translation>
    </message>
    <message>
        <source>No reduction: every interleaving of every step was tried.</source>
        <translation>Keine Reduktion: jede Verschränkung jedes Schritts wurde versucht.</translation>
    </message>
    <message>
        <source>Reduced by: %1.</source>
        <translation>Reduziert durch: %1.</translation>
    </message>
    <message>
        <source>Searched again without kernel-object ownership, because %1.</source>
        <translation>Erneut ohne Besitz von Kernel-Objekten gesucht, weil %1.</translation>
    </message>
    <message>
        <source>Searched again without counting frames as their mm&apos;s, because %1.</source>
        <translation>Erneut gesucht, ohne Frames ihrem mm zuzurechnen, weil %1.</translation>
    </message>
    <message>
        <source>Interchangeable processes: %1. A violation shown for one stands for each.</source>
        <translation>Austauschbare Prozesse: %1. Ein für einen gezeigter Verstoß steht für jeden.</translation>
    </message>
    <message>
        <source>Every interleaving was explored, up to which of %1 is which.</source>
        <translation>Jede Verschränkung wurde erkundet, bis darauf, welcher von %1 welcher ist.</translation>
    </message>
    <message>
        <source>Every interleaving was explored. Finding the shortest schedule to each violation, breadth first: %1 states, depth %2, %3 MiB resident of a %4 MiB ceiling...</source>
        <translation>Jede Verschränkung wurde erkundet. Der kürzeste Ablauf zu jeder Verletzung wird gesucht, zuerst in die Breite: %1 Zustände, Tiefe %2, %3 MiB resident bei einer Obergrenze von %4 MiB...</translation>
    </message>
    <message>
        <source>Search &amp;Breadth First</source>
        <translation>Zuerst in die &amp;Breite suchen</translation>
    </message>
    <message>
        <source>The same search again, breadth first: every schedule of n steps before any of n + 1. It holds a whole level of machines, so it stops sooner, but it then tells up to how many steps every schedule was explored.</source>
        <translation>Dieselbe Suche noch einmal, zuerst in die Breite: jeder Ablauf mit n Schritten vor jedem mit n + 1. Sie hält eine ganze Ebene von Maschinen und hält daher früher an, sagt dann aber, bis zu wie vielen Schritten jeder Ablauf erkundet wurde.</translation>
    </message>
    <message>
        <source>Distinct violations: %1. The search for the shortest schedules stopped early: %2 of them show the schedule on which the search, depth first, met them (marked *: a shorter one may exist).</source>
        <translation>Verschiedene Verletzungen: %1. Die Suche nach den kürzesten Abläufen hielt vorzeitig an: %2 davon zeigen den Ablauf, auf dem die Suche (zuerst in die Tiefe) sie fand (mit * markiert: Es kann einen kürzeren geben).</translation>
    </message>
</context>
<context>
    <name>svmlab::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Durchsuchen...</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG-Skalierung</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>All steps (graph, timeline: a folder, one file per step; slides: every step)</source>
        <translation>Alle Schritte (Graph, Zeitverlauf: ein Ordner, eine Datei pro Schritt; Folien: jeder Schritt)</translation>
    </message>
    <message>
        <source>Both variants (compare mode is off)</source>
        <translation>Beide Varianten (Vergleichsmodus ist aus)</translation>
    </message>
    <message>
        <source>Both variants: this one and %1</source>
        <translation>Beide Varianten: diese und %1</translation>
    </message>
</context>
<context>
    <name>svmlab::HardwareView</name>
    <message>
        <source>No trace: open a scenario to see the VT-d hardware.</source>
        <translation>Keine Aufzeichnung: Öffnen Sie ein Szenario, um die VT-d-Hardware zu sehen.</translation>
    </message>
</context>
<context>
    <name>svmlab::InvalidationQueueView</name>
    <message>
        <source>IQT: where software writes the next descriptor; IQH: the next descriptor hardware executes. Slots between IQH and IQT are pending. qi_submit_sync() adds a wait descriptor after each batch and spins until hardware writes its status word.</source>
        <translation>IQT: wohin die Software den nächsten Deskriptor schreibt; IQH: der nächste Deskriptor, den die Hardware ausführt. Plätze zwischen IQH und IQT sind ausstehend. qi_submit_sync() hängt nach jedem Stapel einen Wait-Deskriptor an und wartet aktiv, bis die Hardware dessen Statuswort schreibt.</translation>
    </message>
    <message>
        <source>Invalidation queue: descriptors in submission order</source>
        <translation>Invalidierungs-Queue: Deskriptoren in Einreihungsreihenfolge</translation>
    </message>
    <message>
        <source>Every descriptor software queued up to this step, oldest first.</source>
        <translation>Jeder Deskriptor, den die Software bis zu diesem Schritt eingereiht hat, älteste zuerst.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>granularity</source>
        <translation>Granularität</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>descriptor</source>
        <translation>Deskriptor</translation>
    </message>
    <message>
        <source>raw (hi:lo)</source>
        <translation>roh (hi:lo)</translation>
    </message>
    <message>
        <source>Submission order since boot</source>
        <translation>Einreihungsreihenfolge seit dem Booten</translation>
    </message>
    <message>
        <source>Ring slot (IQ index); the ring is reused</source>
        <translation>Ringplatz (IQ-Index); der Ring wird wiederverwendet</translation>
    </message>
    <message>
        <source>The step that queued it, and the thread that ran qi_submit_sync()</source>
        <translation>Der Schritt, der ihn eingereiht hat, und der Thread, der qi_submit_sync() ausführte</translation>
    </message>
    <message>
        <source>Descriptor type (bits 3:0)</source>
        <translation>Deskriptortyp (Bits 3:0)</translation>
    </message>
    <message>
        <source>What the invalidation covers (the G field, or S for device-TLB, SW for a wait)</source>
        <translation>Was die Invalidierung abdeckt (das G-Feld, oder S bei Geräte-TLB, SW bei einem Wait)</translation>
    </message>
    <message>
        <source>Executed by the hardware (IQH moved past it), or pending</source>
        <translation>Von der Hardware ausgeführt (IQH ist daran vorbei) oder ausstehend</translation>
    </message>
    <message>
        <source>All fields decoded</source>
        <translation>Alle Felder dekodiert</translation>
    </message>
    <message>
        <source>The 128-bit descriptor as in the queue</source>
        <translation>Der 128-Bit-Deskriptor, wie er in der Queue steht</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>keine Aufzeichnung geladen</translation>
    </message>
    <message>
        <source>IQH = %1 (0x%2)   IQT = %3 (0x%4)   %5 pending of %6 slots   %7   at %8</source>
        <translation>IQH = %1 (0x%2)   IQT = %3 (0x%4)   %5 ausstehend von %6 Plätzen   %7   bei %8</translation>
    </message>
    <message>
        <source>step %1 (%2)</source>
        <translation>Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>executed at this step</source>
        <translation>bei diesem Schritt ausgeführt</translation>
    </message>
    <message>
        <source>executed at step %1</source>
        <translation>ausgeführt bei Schritt %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source> &lt;- IQH: next to execute</source>
        <translation> &lt;- IQH: wird als Nächstes ausgeführt</translation>
    </message>
    <message>
        <source>submitted at this step; </source>
        <translation>bei diesem Schritt eingereiht; </translation>
    </message>
    <message>
        <source>nothing submitted yet</source>
        <translation>noch nichts eingereiht</translation>
    </message>
    <message>
        <source>Decoded as the hardware reads the bits: SID 31:16, PASID 51:32, MIP 8:4. Linux 4.4 to 4.9 built this descriptor with QI_DEV_EIOTLB_SID(sid) = sid &lt;&lt; 32 and QI_DEV_EIOTLB_QDEP(qd) = qd &lt;&lt; 16: the source id lands in the PASID field, the queue depth in the SID field.</source>
        <translation>Dekodiert so, wie die Hardware die Bits liest: SID 31:16, PASID 51:32, MIP 8:4. Linux 4.4 bis 4.9 baute diesen Deskriptor mit QI_DEV_EIOTLB_SID(sid) = sid &lt;&lt; 32 und QI_DEV_EIOTLB_QDEP(qd) = qd &lt;&lt; 16: Die Source-ID landet im PASID-Feld, die Queue-Tiefe im SID-Feld.</translation>
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
        <translation>Öffnen Sie ein Szenario: Datei &gt; Öffnen, oder wählen Sie ein eingebautes in der Werkzeugleiste.</translation>
    </message>
    <message>
        <source>&amp;Open Scenario...</source>
        <translation>Szenario ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Scenario As...</source>
        <translation>Szenario &amp;speichern unter...</translation>
    </message>
    <message>
        <source>Save the scenario, with the schedule you chose, to a file</source>
        <translation>Das Szenario mit dem gewählten Ablaufplan in eine Datei speichern</translation>
    </message>
    <message>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <source>Go back one step</source>
        <translation>Einen Schritt zurückgehen</translation>
    </message>
    <message>
        <source>Step &amp;Into</source>
        <translation>&amp;Hineinspringen</translation>
    </message>
    <message>
        <source>Take the next step, into a call</source>
        <translation>Den nächsten Schritt machen, in einen Aufruf hinein</translation>
    </message>
    <message>
        <source>Step &amp;Over</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Finish the current line, calls and all</source>
        <translation>Die aktuelle Zeile beenden, samt aller Aufrufe</translation>
    </message>
    <message>
        <source>Step O&amp;ut</source>
        <translation>He&amp;rausspringen</translation>
    </message>
    <message>
        <source>Run until the current function returns</source>
        <translation>Laufen, bis die aktuelle Funktion zurückkehrt</translation>
    </message>
    <message>
        <source>Run to &amp;Breakpoint</source>
        <translation>Bis zum &amp;Haltepunkt</translation>
    </message>
    <message>
        <source>Run to the next milestone or violation</source>
        <translation>Bis zum nächsten Meilenstein oder zur nächsten Verletzung laufen</translation>
    </message>
    <message>
        <source>Run to &amp;End</source>
        <translation>Bis zum &amp;Ende</translation>
    </message>
    <message>
        <source>Run to the end of the trace</source>
        <translation>Bis zum Ende der Aufzeichnung laufen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
    <message>
        <source>&amp;Fit Graph</source>
        <translation>Graph &amp;einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the view</source>
        <translation>Den Graphen in die Ansicht einpassen</translation>
    </message>
    <message>
        <source>&amp;Compare Variants</source>
        <translation>Varianten &amp;vergleichen</translation>
    </message>
    <message>
        <source>Show a second variant side by side</source>
        <translation>Eine zweite Variante daneben zeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit SVM Lab</source>
        <translation>SVM Lab beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Built-in</source>
        <translation>&amp;Eingebautes öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SVM Lab</source>
        <translation>&amp;Über SVM Lab</translation>
    </message>
    <message>
        <source>About SVM Lab</source>
        <translation>Über SVM Lab</translation>
    </message>
    <message>
        <source>Stepping</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>Eingebaute Szenarien</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Driver variant</source>
        <translation>Treibervariante</translation>
    </message>
    <message>
        <source>Scrub through every step of the trace</source>
        <translation>Durch alle Schritte der Aufzeichnung fahren</translation>
    </message>
    <message>
        <source>The variant to compare with</source>
        <translation>Die Variante zum Vergleich</translation>
    </message>
    <message>
        <source>Counters over time</source>
        <translation>Zähler im Zeitverlauf</translation>
    </message>
    <message>
        <source>Context &amp;&amp; PASID tables</source>
        <translation>Kontext- &amp;&amp; PASID-Tabellen</translation>
    </message>
    <message>
        <source>Page requests &amp;&amp; faults</source>
        <translation>Seitenanforderungen &amp;&amp; Fehler</translation>
    </message>
    <message>
        <source>Invalidation queue</source>
        <translation>Invalidierungs-Queue</translation>
    </message>
    <message>
        <source>VT-d hardware</source>
        <translation>VT-d-Hardware</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>Was gerade geschah</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>unknown variant &quot;%1&quot;</source>
        <translation>unbekannte Variante &quot;%1&quot;</translation>
    </message>
    <message>
        <source>SVM Lab — %1 (%2)</source>
        <translation>SVM Lab — %1 (%2)</translation>
    </message>
    <message>
        <source>step %1 / %2</source>
        <translation>Schritt %1 / %2</translation>
    </message>
    <message>
        <source>%1: %2()  [%3]</source>
        <translation>%1: %2()  [%3]</translation>
    </message>
    <message>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>SVM Lab scenarios (*.json);;All files (*)</source>
        <translation>SVM-Lab-Szenarien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>SVM Lab scenarios (*.json)</source>
        <translation>SVM-Lab-Szenarien (*.json)</translation>
    </message>
    <message>
        <source>%1: cannot write the file (%2)</source>
        <translation>%1: Die Datei kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>E&amp;xplore Interleavings...</source>
        <translation>Verschränkungen &amp;erkunden ...</translation>
    </message>
    <message>
        <source>Try every interleaving of the threads and list each violation with its shortest schedule</source>
        <translation>Jede Verschränkung der Threads probieren und jede Verletzung mit ihrem kürzesten Ablauf auflisten</translation>
    </message>
    <message>
        <source>Replay &amp;Schedule...</source>
        <translation>Ablauf &amp;abspielen ...</translation>
    </message>
    <message>
        <source>Replay an interleaving given as thread names (app*12,prq*3,...), as svmlab explore prints it</source>
        <translation>Eine Verschränkung als Thread-Namen abspielen (app*12,prq*3,...), so wie svmlab explore sie ausgibt</translation>
    </message>
    <message>
        <source>no scenario is open</source>
        <translation>kein Szenario ist geöffnet</translation>
    </message>
    <message>
        <source>Replay Schedule</source>
        <translation>Ablauf abspielen</translation>
    </message>
    <message>
        <source>Thread names, one per step (NAME*COUNT for a run), as svmlab explore reports them; the default schedule continues after them:</source>
        <translation>Thread-Namen, einer pro Schritt (NAME*ANZAHL für eine Folge), wie svmlab explore sie meldet; danach geht es mit dem Standardablauf weiter:</translation>
    </message>
    <message>
        <source>Toolbar &amp;Text</source>
        <translation>&amp;Text in der Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show what each toolbar button does under its icon</source>
        <translation>Unter jedem Symbol der Werkzeugleiste zeigen, was die Schaltfläche tut</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Hinein</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Darüber</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Heraus</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>To End</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>VT-d &amp;Hardware Beside the Graph</source>
        <translation>VT-d-&amp;Hardware neben dem Graphen</translation>
    </message>
    <message>
        <source>Show the VT-d hardware diagrams next to the graph (also in presentation mode)</source>
        <translation>Die VT-d-Hardware-Diagramme neben dem Graphen zeigen (auch im Präsentationsmodus)</translation>
    </message>
    <message>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Diagrams (compared variant)</source>
        <translation>Diagramme (verglichene Variante)</translation>
    </message>
    <message>
        <source>position %1 / %2</source>
        <translation>Position %1 / %2</translation>
    </message>
    <message>
        <source>%1, step %2 of %3</source>
        <translation>%1, Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Patch &amp;Matrix...</source>
        <translation>Patch-&amp;Matrix ...</translation>
    </message>
    <message>
        <source>Every built-in scenario with every set of e57e58bd&apos;s hunks, explored; click a cell to load it</source>
        <translation>Jedes eingebaute Szenario mit jeder Auswahl der Hunks von e57e58bd, erkundet; ein Klick auf eine Zelle lädt sie</translation>
    </message>
    <message>
        <source>&amp;Museum of Lifetime Bugs...</source>
        <translation>&amp;Museum der Lebensdauer-Bugs ...</translation>
    </message>
    <message>
        <source>The same refcounting lesson in 2016, 2020 and 2022: each bug and its fix, one click to compare</source>
        <translation>Dieselbe Refcount-Lektion 2016, 2020 und 2022: jeder Bug und seine Korrektur, mit einem Klick zu vergleichen</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SVM Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A visualizer and teaching tool for Intel VT-d Shared Virtual Memory: what happens to a process&apos;s mm, its files and its PASID binding when it exits, in the intel-svm driver of Linux v4.4 and v4.5 (e57e58bd), down to the hardware.&lt;/p&gt;&lt;p&gt;Kernel steps quote Linux v4.4; the museum&apos;s later exhibits quote the release of their era, named beside each step. Hardware behaviour no source confirms is marked &lt;i&gt;modeled&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SVM Lab %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Visualisierungs- und Lehrwerkzeug für Intel VT-d Shared Virtual Memory: Was mit dem mm eines Prozesses, seinen Dateien und seiner PASID-Bindung geschieht, wenn er sich beendet, im intel-svm-Treiber von Linux v4.4 und v4.5 (e57e58bd), bis hinunter zur Hardware.&lt;/p&gt;&lt;p&gt;Kernel-Schritte zitieren Linux v4.4; die späteren Exponate des Museums zitieren das Release ihrer Zeit, das neben jedem Schritt genannt ist. Hardwareverhalten, das keine Quelle bestätigt, ist als &lt;i&gt;modelliert&lt;/i&gt; gekennzeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Patch e57e58bd</source>
        <translation>Patch e57e58bd</translation>
    </message>
    <message>
        <source>INCOMPLETE</source>
        <translation>UNVOLLSTÄNDIG</translation>
    </message>
    <message>
        <source>The run %1: no verdict.</source>
        <translation>Der Lauf %1: kein Urteil.</translation>
    </message>
</context>
<context>
    <name>svmlab::MatrixDialog</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Patch Matrix: scenarios × hunks of e57e58bd</source>
        <translation>Patch-Matrix: Szenarien × Hunks von e57e58bd</translation>
    </message>
    <message>
        <source>Exploring every scenario with every set of hunks, on every core...</source>
        <translation>Jedes Szenario wird mit jeder Auswahl von Hunks erkundet, auf allen Kernen ...</translation>
    </message>
    <message>
        <source>ok (nothing found)</source>
        <translation>ok (nichts gefunden)</translation>
    </message>
    <message>
        <source>incomplete (the search stopped at a bound)</source>
        <translation>unvollständig (die Suche hielt an einer Schranke an)</translation>
    </message>
    <message>
        <source> (%1 states)</source>
        <translation> (%1 Zustände)</translation>
    </message>
    <message>
        <source>%1 cells, every one explored to the end, in %2 s. Click a cell to load it with its counterexample.</source>
        <translation>%1 Zellen, jede bis zum Ende erkundet, in %2 s. Ein Klick auf eine Zelle lädt sie mit ihrem Gegenbeispiel.</translation>
    </message>
    <message>
        <source>%1 cells in %2 s; NOT all complete: grey cells stopped at a bound, and their verdicts are not final.</source>
        <translation>%1 Zellen in %2 s; NICHT alle vollständig: Graue Zellen hielten an einer Schranke an, und ihre Urteile sind nicht endgültig.</translation>
    </message>
    <message>
        <source>the matrix is not computed yet</source>
        <translation>die Matrix ist noch nicht berechnet</translation>
    </message>
    <message>
        <source>Patch Matrix</source>
        <translation>Patch-Matrix</translation>
    </message>
    <message>
        <source>could not encode the PNG</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (svg, png or csv)</source>
        <translation>unbekanntes Format &quot;%1&quot; (svg, png oder csv)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export the matrix</source>
        <translation>Die Matrix exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg);;PNG (*.png);;CSV (*.csv)</source>
        <translation>SVG (*.svg);;PNG (*.png);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Hunks &amp;applied to:</source>
        <translation>Hunks &amp;angewendet auf:</translation>
    </message>
    <message>
        <source>v4.4 as merged, or v4.4 with the device-TLB invalidation descriptor later kernels use: e57e58bd&apos;s effect apart from the 2016 descriptor</source>
        <translation>v4.4 wie gemergt, oder v4.4 mit dem Invalidierungsdeskriptor für den Geräte-TLB, wie spätere Kernel ihn verwenden: die Wirkung von e57e58bd ohne den Deskriptor von 2016</translation>
    </message>
    <message>
        <source>Columns: which hunks of e57e58bd are applied to %1, in the order b = bind, u = unbind, r = release, f = fault (· = left out). Each cell names what the explorer found in every interleaving; the colour repeats it:</source>
        <translation>Spalten: welche Hunks von e57e58bd auf %1 angewendet sind, in der Reihenfolge b = bind, u = unbind, r = release, f = fault (· = weggelassen). Jede Zelle nennt, was die Erkundung in allen Verschränkungen gefunden hat; die Farbe wiederholt es:</translation>
    </message>
    <message>
        <source>hunks on %1</source>
        <translation>Hunks auf %1</translation>
    </message>
</context>
<context>
    <name>svmlab::MuseumDialog</name>
    <message>
        <source>Museum of Lifetime Bugs</source>
        <translation>Museum der Lebensdauer-Bugs</translation>
    </message>
    <message>
        <source>&amp;Open the Bug</source>
        <translation>Den Bug ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare Bug and Fix</source>
        <translation>Bug und Korrektur &amp;vergleichen</translation>
    </message>
    <message>
        <source>Commits:</source>
        <translation>Commits:</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Bug:</source>
        <translation>Bug:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Modeled:</source>
        <translation>Modelliert:</translation>
    </message>
    <message>
        <source>No exhibit is selected.</source>
        <translation>Kein Exponat ist ausgewählt.</translation>
    </message>
    <message>
        <source>This exhibit has no fix to compare with.</source>
        <translation>Dieses Exponat hat keine Korrektur zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>svmlab::NarrationView</name>
    <message>
        <source>Leak</source>
        <translation>Leck</translation>
    </message>
    <message>
        <source>Use after free</source>
        <translation>Zugriff nach Freigabe</translation>
    </message>
    <message>
        <source>Reference count error</source>
        <translation>Referenzzählerfehler</translation>
    </message>
    <message>
        <source>BUG</source>
        <translation>BUG</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>Deadlock</translation>
    </message>
    <message>
        <source>PASID isolation broken</source>
        <translation>PASID-Isolation verletzt</translation>
    </message>
    <message>
        <source>No scenario is open.</source>
        <translation>Kein Szenario ist geöffnet.</translation>
    </message>
    <message>
        <source>Scenario %1 · variant %2 · %3 steps</source>
        <translation>Szenario %1 · Variante %2 · %3 Schritte</translation>
    </message>
    <message>
        <source>Step forward to start the run.</source>
        <translation>Einen Schritt vorwärts, um den Lauf zu beginnen.</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>called from %1():</source>
        <translation>aufgerufen von %1():</translation>
    </message>
    <message>
        <source>%1() calls %2().</source>
        <translation>%1() ruft %2() auf.</translation>
    </message>
    <message>
        <source>Nothing the model tracks changes at this step.</source>
        <translation>Nichts, was das Modell verfolgt, ändert sich bei diesem Schritt.</translation>
    </message>
    <message>
        <source>Counters:</source>
        <translation>Zähler:</translation>
    </message>
    <message>
        <source>End of the run</source>
        <translation>Ende des Laufs</translation>
    </message>
    <message>
        <source>The run stopped before every thread was done.</source>
        <translation>Der Lauf endete, bevor alle Threads fertig waren.</translation>
    </message>
    <message>
        <source>The chosen schedule could not be followed:</source>
        <translation>Der gewählte Ablaufplan konnte nicht eingehalten werden:</translation>
    </message>
    <message>
        <source>No violation.</source>
        <translation>Keine Verletzung.</translation>
    </message>
    <message>
        <source>Nothing leaked, nothing was used after it was freed, no counter went wrong.</source>
        <translation>Nichts geleckt, nichts nach der Freigabe benutzt, kein Zähler falsch.</translation>
    </message>
    <message>
        <source>%1 at step %2</source>
        <translation>%1 bei Schritt %2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>Violations during the run:</source>
        <translation>Verletzungen während des Laufs:</translation>
    </message>
    <message>
        <source>at the end of the run</source>
        <translation>am Ende des Laufs</translation>
    </message>
    <message>
        <source>Reference cycle:</source>
        <translation>Referenzzyklus:</translation>
    </message>
    <message>
        <source>No verdict.</source>
        <translation>Kein Urteil.</translation>
    </message>
    <message>
        <source>Dangling hardware pointer</source>
        <translation>Hängender Hardware-Zeiger</translation>
    </message>
    <message>
        <source>Simulator bug</source>
        <translation>Simulator-Bug</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>The run %1.</source>
        <translation>Der Lauf %1.</translation>
    </message>
</context>
<context>
    <name>svmlab::PageRequestView</name>
    <message>
        <source>PQT: where hardware writes the next page request; PQH: where software reads. Entries between PQH and PQT are waiting for the handler. PRS.PPR: a request is pending; PRS.PRO: the queue overflowed and requests are being dropped.</source>
        <translation>PQT: wohin die Hardware die nächste Seitenanforderung schreibt; PQH: wo die Software liest. Einträge zwischen PQH und PQT warten auf den Handler. PRS.PPR: Eine Anforderung steht aus; PRS.PRO: Die Queue ist übergelaufen und Anforderungen werden verworfen.</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>Platz</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>page request</source>
        <translation>Seitenanforderung</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>raw (hi:lo)</source>
        <translation>roh (hi:lo)</translation>
    </message>
    <message>
        <source>Ring slot (PRQ index); the ring is reused</source>
        <translation>Ringplatz (PRQ-Index); der Ring wird wiederverwendet</translation>
    </message>
    <message>
        <source>The step at which the IOMMU wrote it at PQT</source>
        <translation>Der Schritt, bei dem die IOMMU sie bei PQT geschrieben hat</translation>
    </message>
    <message>
        <source>Decoded: R/W access, PASID, page address, PRG index (page request group), LPIG (last page in group: only that one is answered)</source>
        <translation>Dekodiert: R/W-Zugriff, PASID, Seitenadresse, PRG-Index (Page Request Group), LPIG (letzte Seite der Gruppe: nur sie wird beantwortet)</translation>
    </message>
    <message>
        <source>Pending while it lies between PQH and PQT (the handler reads it there and writes PQH past it when done); then consumed, and answered by a page group response</source>
        <translation>Ausstehend, solange sie zwischen PQH und PQT liegt (der Handler liest sie dort und setzt PQH danach dahinter); dann verbraucht und mit einer Page Group Response beantwortet</translation>
    </message>
    <message>
        <source>The 128-bit descriptor as in the queue (rev 2.x layout)</source>
        <translation>Der 128-Bit-Deskriptor, wie er in der Queue steht (Layout ab Rev. 2.x)</translation>
    </message>
    <message>
        <source>Page request queue</source>
        <translation>Page-Request-Queue</translation>
    </message>
    <message>
        <source>Page requests from devices with PRI, written by the IOMMU; prq_event_thread() handles them with handle_mm_fault() and answers with a page group response.</source>
        <translation>Seitenanforderungen von Geräten mit PRI, von der IOMMU geschrieben; prq_event_thread() bearbeitet sie mit handle_mm_fault() und antwortet mit einer Page Group Response.</translation>
    </message>
    <message>
        <source>IQ slot</source>
        <translation>IQ-Platz</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>Anforderer</translation>
    </message>
    <message>
        <source>response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Slot of the page group response descriptor in the invalidation queue</source>
        <translation>Platz des Page-Group-Response-Deskriptors in der Invalidierungs-Queue</translation>
    </message>
    <message>
        <source>The step that queued it</source>
        <translation>Der Schritt, der ihn eingereiht hat</translation>
    </message>
    <message>
        <source>Requester id (source id) and device</source>
        <translation>Requester-ID (Source-ID) und Gerät</translation>
    </message>
    <message>
        <source>PASID the response is for</source>
        <translation>PASID, für die die Antwort ist</translation>
    </message>
    <message>
        <source>Page request group index it answers</source>
        <translation>Index der Page Request Group, die sie beantwortet</translation>
    </message>
    <message>
        <source>Success: the device retries; Invalid Request: the access fails; Response Failure: the device disables PRI</source>
        <translation>Success: Das Gerät versucht es erneut; Invalid Request: Der Zugriff schlägt fehl; Response Failure: Das Gerät schaltet PRI ab</translation>
    </message>
    <message>
        <source>Delivered to the device once hardware executed the descriptor</source>
        <translation>An das Gerät geliefert, sobald die Hardware den Deskriptor ausgeführt hat</translation>
    </message>
    <message>
        <source>Page group responses</source>
        <translation>Page Group Responses</translation>
    </message>
    <message>
        <source>Answers software sends through the invalidation queue (descriptor type 9).</source>
        <translation>Antworten, die die Software über die Invalidierungs-Queue sendet (Deskriptortyp 9).</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>waiting for</source>
        <translation>wartet auf</translation>
    </message>
    <message>
        <source>responses received</source>
        <translation>erhaltene Antworten</translation>
    </message>
    <message>
        <source>The device</source>
        <translation>Das Gerät</translation>
    </message>
    <message>
        <source>PRI enabled (cleared after a Response Failure)</source>
        <translation>PRI eingeschaltet (nach einem Response Failure gelöscht)</translation>
    </message>
    <message>
        <source>Page requests the device sent and still waits an answer for</source>
        <translation>Seitenanforderungen, die das Gerät gesendet hat und auf deren Antwort es noch wartet</translation>
    </message>
    <message>
        <source>Responses delivered to the device and not yet acted on</source>
        <translation>An das Gerät gelieferte, noch nicht verarbeitete Antworten</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>The PRI state of each device.</source>
        <translation>Der PRI-Zustand jedes Geräts.</translation>
    </message>
    <message>
        <source>FSTS.PFO: fault overflow (records dropped); PPF: a primary fault is pending; IQE: invalidation queue error; FRI: the record hardware writes next.</source>
        <translation>FSTS.PFO: Fault-Überlauf (Einträge verworfen); PPF: Ein primärer Fault steht aus; IQE: Fehler der Invalidierungs-Queue; FRI: der Eintrag, den die Hardware als Nächstes schreibt.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Fault recording register index</source>
        <translation>Index des Fault-Recording-Registers</translation>
    </message>
    <message>
        <source>Fault bit: the record is valid (write 1 to clear)</source>
        <translation>Fault-Bit: Der Eintrag ist gültig (1 schreiben zum Löschen)</translation>
    </message>
    <message>
        <source>FR: the fault reason. Codes marked (modeled) come from scalable mode and are not verified for the ECS PASID path</source>
        <translation>FR: der Fault-Grund. Als (modelliert) markierte Codes stammen aus dem Scalable Mode und sind für den ECS-PASID-Pfad nicht belegt</translation>
    </message>
    <message>
        <source>SID: the requester</source>
        <translation>SID: der Anforderer</translation>
    </message>
    <message>
        <source>FI: the page address that faulted</source>
        <translation>FI: die Seitenadresse, die den Fault auslöste</translation>
    </message>
    <message>
        <source>PASID of the request, if it had one</source>
        <translation>PASID der Anforderung, falls sie eine hatte</translation>
    </message>
    <message>
        <source>Access type: read or write, execute, privileged</source>
        <translation>Zugriffsart: Lesen oder Schreiben, Ausführen, privilegiert</translation>
    </message>
    <message>
        <source>Fault recording registers</source>
        <translation>Fault-Recording-Register</translation>
    </message>
    <message>
        <source>Faults of translation requests and DMA the IOMMU rejected (not page requests).</source>
        <translation>Faults von Übersetzungsanforderungen und DMA, die die IOMMU abgelehnt hat (keine Seitenanforderungen).</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>keine Aufzeichnung geladen</translation>
    </message>
    <message>
        <source>PQH = %1 (0x%2)   PQT = %3 (0x%4)   PRS: PPR=%5 PRO=%6   %7 waiting   ring of %8 x 16-byte descriptors   at %9</source>
        <translation>PQH = %1 (0x%2)   PQT = %3 (0x%4)   PRS: PPR=%5 PRO=%6   %7 wartend   Ring aus %8 x 16-Byte-Deskriptoren   bei %9</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>consumed at this step (PQH moved past it)</source>
        <translation>bei diesem Schritt verbraucht (PQH ist daran vorbei)</translation>
    </message>
    <message>
        <source>consumed at step %1</source>
        <translation>verbraucht bei Schritt %1</translation>
    </message>
    <message>
        <source>; answered %1 (IQ slot %2)</source>
        <translation>; beantwortet %1 (IQ-Platz %2)</translation>
    </message>
    <message>
        <source>queued at this step, </source>
        <translation>bei diesem Schritt eingereiht, </translation>
    </message>
    <message>
        <source>no page request yet</source>
        <translation>noch keine Seitenanforderung</translation>
    </message>
    <message>
        <source>(page stream response)</source>
        <translation>(Page Stream Response)</translation>
    </message>
    <message>
        <source>delivered to the device at this step</source>
        <translation>bei diesem Schritt an das Gerät geliefert</translation>
    </message>
    <message>
        <source>delivered at step %1</source>
        <translation>geliefert bei Schritt %1</translation>
    </message>
    <message>
        <source>pending in the invalidation queue</source>
        <translation>ausstehend in der Invalidierungs-Queue</translation>
    </message>
    <message>
        <source>submitted at this step; </source>
        <translation>bei diesem Schritt eingereiht; </translation>
    </message>
    <message>
        <source>no response sent yet</source>
        <translation>noch keine Antwort gesendet</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>eingeschaltet</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>PRG %1 %2 %3</source>
        <translation>PRG %1 %2 %3</translation>
    </message>
    <message>
        <source>PRG %1: %2</source>
        <translation>PRG %1: %2</translation>
    </message>
    <message>
        <source>no device in this scenario</source>
        <translation>kein Gerät in diesem Szenario</translation>
    </message>
    <message>
        <source>FSTS: PFO=%1 PPF=%2 IQE=%3   FRI = %4 (next record)</source>
        <translation>FSTS: PFO=%1 PPF=%2 IQE=%3   FRI = %4 (nächster Eintrag)</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>no fault recorded</source>
        <translation>kein Fault aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>svmlab::PageWalkView</name>
    <message>
        <source>The request the device sent: requester id, PASID, virtual address split into the four 9-bit table indices, and the access type.</source>
        <translation>Die Anforderung, die das Gerät gesendet hat: Requester-ID, PASID, die virtuelle Adresse aufgeteilt in die vier 9-Bit-Tabellenindizes, und die Zugriffsart.</translation>
    </message>
    <message>
        <source>Which of the IOMMU&apos;s caches answered: the context cache (by source id), the PASID cache (by DID and PASID) and the IOTLB (by DID, PASID and page). An IOTLB hit skips the walk.</source>
        <translation>Welcher Cache der IOMMU geantwortet hat: der Kontext-Cache (nach Source-ID), der PASID-Cache (nach DID und PASID) und der IOTLB (nach DID, PASID und Seite). Ein IOTLB-Treffer überspringt den Walk.</translation>
    </message>
    <message>
        <source>The PASID-table entry the translation used (from the PASID cache or from memory).</source>
        <translation>Der PASID-Tabelleneintrag, den die Übersetzung benutzt hat (aus dem PASID-Cache oder aus dem Speicher).</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>entry address</source>
        <translation>Eintragsadresse</translation>
    </message>
    <message>
        <source>entry (as read)</source>
        <translation>Eintrag (gelesen)</translation>
    </message>
    <message>
        <source>bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>set by walk</source>
        <translation>vom Walk gesetzt</translation>
    </message>
    <message>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>PML4E, PDPTE, PDE, PTE: the entry read at each level of the 4-level first-level walk</source>
        <translation>PML4E, PDPTE, PDE, PTE: der auf jeder Stufe des 4-stufigen First-Level-Walks gelesene Eintrag</translation>
    </message>
    <message>
        <source>The 9-bit index of the virtual address at this level</source>
        <translation>Der 9-Bit-Index der virtuellen Adresse auf dieser Stufe</translation>
    </message>
    <message>
        <source>Physical address of the entry: table base + index * 8</source>
        <translation>Physische Adresse des Eintrags: Tabellenbasis + Index * 8</translation>
    </message>
    <message>
        <source>The 64-bit entry as the walk read it, before it set A/D</source>
        <translation>Der 64-Bit-Eintrag, wie der Walk ihn gelesen hat, bevor er A/D setzte</translation>
    </message>
    <message>
        <source>P present, RW writable, US user, A accessed, D dirty, PS page size (leaf), G global, XD no-execute</source>
        <translation>P vorhanden, RW schreibbar, US User, A Accessed, D Dirty, PS Seitengröße (Blatt), G global, XD nicht ausführbar</translation>
    </message>
    <message>
        <source>Accessed/Dirty bits this walk wrote into the entry</source>
        <translation>Accessed/Dirty-Bits, die dieser Walk in den Eintrag schrieb</translation>
    </message>
    <message>
        <source>The next table, or the page for a leaf</source>
        <translation>Die nächste Tabelle, oder die Seite bei einem Blatt</translation>
    </message>
    <message>
        <source>Why the walk stopped here, or what is wrong with the frame read</source>
        <translation>Warum der Walk hier anhielt, oder was mit dem gelesenen Frame nicht stimmt</translation>
    </message>
    <message>
        <source>How the translation ended: a physical address, or the fault the IOMMU reports. Fault codes from scalable mode, used here for the ECS PASID path, are marked (modeled).</source>
        <translation>Wie die Übersetzung endete: eine physische Adresse oder der Fault, den die IOMMU meldet. Fault-Codes aus dem Scalable Mode, hier für den ECS-PASID-Pfad verwendet, sind als (modelliert) markiert.</translation>
    </message>
    <message>
        <source>No translation yet: no device has sent a request with a PASID up to this step.</source>
        <translation>Noch keine Übersetzung: Bis zu diesem Schritt hat kein Gerät eine Anforderung mit PASID gesendet.</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>no page walk to show</source>
        <translation>kein Page Walk zu zeigen</translation>
    </message>
    <message>
        <source>Translation at this step: %1</source>
        <translation>Übersetzung bei diesem Schritt: %1</translation>
    </message>
    <message>
        <source>Last translation: %1, %2 step(s) before this one</source>
        <translation>Letzte Übersetzung: %1, %2 Schritt(e) vor diesem</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 (%2)  %3 %4  PASID %5  VA %6 = %7%8</source>
        <translation>%1 (%2)  %3 %4  PASID %5  VA %6 = %7%8</translation>
    </message>
    <message>
        <source>ATS translation request</source>
        <translation>ATS-Übersetzungsanforderung</translation>
    </message>
    <message>
        <source>untranslated DMA</source>
        <translation>unübersetzter DMA</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  supervisor</source>
        <translation>  Supervisor</translation>
    </message>
    <message>
        <source>  user</source>
        <translation>  User</translation>
    </message>
    <message>
        <source>hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source> (STALE: its frame was freed or reused since the fill)</source>
        <translation> (VERALTET: sein Frame wurde seit dem Füllen freigegeben oder wiederverwendet)</translation>
    </message>
    <message>
        <source>PASID entry %1: P=%2 SRE=%3 FLPTPTR=%4</source>
        <translation>PASID-Eintrag %1: P=%2 SRE=%3 FLPTPTR=%4</translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation>Seite %1 (%2)</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>table frame already FREED: use after free</source>
        <translation>Tabellen-Frame bereits FREIGEGEBEN: Zugriff nach Freigabe</translation>
    </message>
    <message>
        <source>not present: the walk stops</source>
        <translation>nicht vorhanden: Der Walk hält an</translation>
    </message>
    <message>
        <source>no walk: the IOTLB had the translation</source>
        <translation>kein Walk: Der IOTLB hatte die Übersetzung</translation>
    </message>
    <message>
        <source>no walk: the request failed before the page tables were read</source>
        <translation>kein Walk: Die Anforderung scheiterte, bevor die Seitentabellen gelesen wurden</translation>
    </message>
    <message>
        <source>-&gt; physical address %1</source>
        <translation>-&gt; physische Adresse %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>, FREED</source>
        <translation>, FREIGEGEBEN</translation>
    </message>
    <message>
        <source>  (from the IOTLB)</source>
        <translation>   (aus dem IOTLB)</translation>
    </message>
    <message>
        <source>  STALE: memory that no longer belongs to this translation</source>
        <translation>  VERALTET: Speicher, der nicht mehr zu dieser Übersetzung gehört</translation>
    </message>
    <message>
        <source>fault %1</source>
        <translation>Fault %1</translation>
    </message>
    <message>
        <source>  (a page fault: a device with PRI may ask software for the page)</source>
        <translation>  (ein Seitenfehler: Ein Gerät mit PRI kann die Software um die Seite bitten)</translation>
    </message>
    <message>
        <source>scalable mode: context entry P=%1 DTE=%2 PASIDE=%3 PRE=%4 PDTS=%5 -&gt; PASID directory %6</source>
        <translation>Scalable Mode: Kontexteintrag P=%1 DTE=%2 PASIDE=%3 PRE=%4 PDTS=%5 -&gt; PASID-Verzeichnis %6</translation>
    </message>
    <message>
        <source>directory and table not read: the PASID cache had the entry</source>
        <translation>Verzeichnis und Tabelle nicht gelesen: der PASID-Cache hatte den Eintrag</translation>
    </message>
    <message>
        <source>directory entry %1 (PASID &gt;&gt; 6 = %2) at %3: P=%4 -&gt; PASID table %5</source>
        <translation>Verzeichniseintrag %1 (PASID &gt;&gt; 6 = %2) bei %3: P=%4 -&gt; PASID-Tabelle %5</translation>
    </message>
    <message>
        <source>PASID entry (512 bits%1): val[0] %2 P=%3 AW=%4 PGTT=%5  val[1] %6 DID=%7  val[2] %8 SRE=%9 FLPTR=%10</source>
        <translation>PASID-Eintrag (512 Bit%1): val[0] %2 P=%3 AW=%4 PGTT=%5  val[1] %6 DID=%7  val[2] %8 SRE=%9 FLPTR=%10</translation>
    </message>
    <message>
        <source>, index %1 at %2</source>
        <translation>, Index %1 bei %2</translation>
    </message>
</context>
<context>
    <name>svmlab::PatchPanel</name>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>(on)</source>
        <translation>(an)</translation>
    </message>
    <message>
        <source>(off: this run has the v4.4 lines)</source>
        <translation>(aus: Dieser Lauf hat die Zeilen von v4.4)</translation>
    </message>
    <message>
        <source>e57e58bd &quot;iommu/vt-d: Fix mm refcounting to hold mm_count not mm_users&quot; (intel-svm.c 5046483..97a8189). Tick hunks to run v4.4 with them; the second column picks the compared run.</source>
        <translation>e57e58bd &quot;iommu/vt-d: Fix mm refcounting to hold mm_count not mm_users&quot; (intel-svm.c 5046483..97a8189). Hunks ankreuzen, um v4.4 mit ihnen laufen zu lassen; die zweite Spalte wählt den verglichenen Lauf.</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>Vergleichen mit:</translation>
    </message>
    <message>
        <source>%1, line %2 in v4.4: %3</source>
        <translation>%1, Zeile %2 in v4.4: %3</translation>
    </message>
</context>
<context>
    <name>svmlab::QuizPanel</name>
    <message>
        <source>Show &amp;me</source>
        <translation>&amp;Zeig es mir</translation>
    </message>
    <message>
        <source>Go to the step that shows the answer</source>
        <translation>Zum Schritt gehen, der die Antwort zeigt</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>❓ Predict the next step — question %1 of %2</source>
        <translation>❓ Den nächsten Schritt vorhersagen — Frage %1 von %2</translation>
    </message>
    <message>
        <source>Answer %1 (Alt+%2)</source>
        <translation>Antwort %1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Skipped. The answer is %1.</source>
        <translation>Übersprungen. Die Antwort ist %1.</translation>
    </message>
    <message>
        <source>Skip this question (Alt+K)</source>
        <translation>Diese Frage überspringen (Alt+K)</translation>
    </message>
</context>
<context>
    <name>svmlab::RefGraphView</name>
    <message>
        <source>The reference graph cannot be laid out:
%1</source>
        <translation>Der Referenzgraph kann nicht angeordnet werden:
%1</translation>
    </message>
    <message>
        <source>, counted</source>
        <translation>, gezählt</translation>
    </message>
    <message>
        <source>refers to:</source>
        <translation>verweist auf:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>referenced by:</source>
        <translation>referenziert von:</translation>
    </message>
    <message>
        <source>a pointer: holds no count on %1</source>
        <translation>ein Zeiger: hält keinen Zähler auf %1</translation>
    </message>
    <message>
        <source>dropped at this step</source>
        <translation>bei diesem Schritt entfernt</translation>
    </message>
    <message>
        <source>added at this step</source>
        <translation>bei diesem Schritt hinzugefügt</translation>
    </message>
    <message>
        <source>part of the leak cycle</source>
        <translation>Teil des Leck-Zyklus</translation>
    </message>
    <message>
        <source>, owns</source>
        <translation>, besitzt</translation>
    </message>
    <message numerus="yes">
        <source>holds %n unit(s) of %1&apos;s %2</source>
        <translation>
            <numerusform>hält %n Einheit von %2 auf %1</numerusform>
            <numerusform>hält %n Einheiten von %2 auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>owns %1: it is freed with its owner</source>
        <translation>besitzt %1: Es wird mit seinem Besitzer freigegeben</translation>
    </message>
    <message>
        <source>leak cycle: %1
each is freed only through the one before it, and no running task reaches any of them</source>
        <translation>Leck-Zyklus: %1
Jedes wird nur über das vorhergehende freigegeben, und keine laufende Task erreicht eines davon</translation>
    </message>
</context>
<context>
    <name>svmlab::Session</name>
    <message>
        <source>no scenario is open</source>
        <translation>kein Szenario ist geöffnet</translation>
    </message>
    <message>
        <source>unknown variant %1</source>
        <translation>unbekannte Variante %1</translation>
    </message>
    <message>
        <source>still re-simulating the last choice</source>
        <translation>die letzte Auswahl wird noch neu simuliert</translation>
    </message>
    <message>
        <source>no such thread</source>
        <translation>kein solcher Thread</translation>
    </message>
</context>
<context>
    <name>svmlab::SourceView</name>
    <message>
        <source>The call stack, innermost first: click a caller to see the line it is at</source>
        <translation>Der Aufrufstapel, innerster Rahmen zuerst: Ein Klick auf einen Aufrufer zeigt die Zeile, an der er steht</translation>
    </message>
    <message>
        <source>No scenario open.</source>
        <translation>Kein Szenario geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;State 0&lt;/b&gt;: the machine as booted. Step to see where each step runs.</source>
        <translation>&lt;b&gt;Zustand 0&lt;/b&gt;: die Maschine nach dem Booten. Gehen Sie einen Schritt, um zu sehen, wo jeder Schritt läuft.</translation>
    </message>
    <message>
        <source>step %1 calls it: none of its lines has run yet</source>
        <translation>Schritt %1 ruft sie auf: noch keine ihrer Zeilen ist gelaufen</translation>
    </message>
    <message>
        <source>step %1 runs the highlighted line</source>
        <translation>Schritt %1 führt die hervorgehobene Zeile aus</translation>
    </message>
    <message>
        <source>a caller: the highlighted line is the call it is in</source>
        <translation>ein Aufrufer: die hervorgehobene Zeile ist der Aufruf, in dem er steht</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;thread %3: %4</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp; %2&lt;br&gt;Thread %3: %4</translation>
    </message>
    <message>
        <source>(entered)</source>
        <translation>(betreten)</translation>
    </message>
</context>
<context>
    <name>svmlab::ThreadStyle</name>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IRQ thread</source>
        <translation>IRQ-Thread</translation>
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
        <translation>Ein Benutzerprozess: das Skript des Szenarios und die Systemaufrufe, die es macht</translation>
    </message>
    <message>
        <source>A PCIe device: its DMA transfers, ATS translation requests and page requests</source>
        <translation>Ein PCIe-Gerät: seine DMA-Transfers, ATS-Übersetzungsanforderungen und Seitenanforderungen</translation>
    </message>
    <message>
        <source>The threaded interrupt handler of the page request queue (prq_event_thread)</source>
        <translation>Der Interrupt-Handler-Thread der Page-Request-Queue (prq_event_thread)</translation>
    </message>
    <message>
        <source>A kernel worker thread (delayed_fput)</source>
        <translation>Ein Kernel-Worker-Thread (delayed_fput)</translation>
    </message>
    <message>
        <source>The IOMMU hardware executing the invalidation queue</source>
        <translation>Die IOMMU-Hardware, die die Invalidierungs-Queue ausführt</translation>
    </message>
</context>
<context>
    <name>svmlab::ThreadsView</name>
    <message>
        <source>%1 reaches %2</source>
        <translation>%1 erreicht %2</translation>
    </message>
    <message>
        <source>%1 has done &quot;%2&quot;</source>
        <translation>%1 hat &quot;%2&quot; erledigt</translation>
    </message>
    <message>
        <source>%1 has done action %2</source>
        <translation>%1 hat Aktion %2 erledigt</translation>
    </message>
    <message>
        <source>not born</source>
        <translation>nicht geboren</translation>
    </message>
    <message>
        <source>runnable</source>
        <translation>lauffähig</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>died in an oops</source>
        <translation>in einem Oops gestorben</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Tut</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Wartet auf</translation>
    </message>
    <message>
        <source>▶ the thread the trace steps next; ▷ the thread the default schedule would pick instead</source>
        <translation>▶ der Thread, den die Aufzeichnung als Nächstes ausführt; ▷ der Thread, den der Standard-Ablaufplan stattdessen wählen würde</translation>
    </message>
    <message>
        <source>The innermost function and the line the thread executes next</source>
        <translation>Die innerste Funktion und die Zeile, die der Thread als Nächstes ausführt</translation>
    </message>
    <message>
        <source>Why the thread cannot take a step now</source>
        <translation>Warum der Thread jetzt keinen Schritt machen kann</translation>
    </message>
    <message>
        <source> (it waits for work forever: blocked at the end is normal)</source>
        <translation> (er wartet ewig auf Arbeit: am Ende blockiert zu sein ist normal)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>No thread can take a step: the run is over.</source>
        <translation>Kein Thread kann einen Schritt machen: Der Lauf ist vorbei.</translation>
    </message>
    <message>
        <source>▶ steps next  ·  ▷ the default schedule&apos;s pick  ·  Step or double-click: a runnable thread takes the next step</source>
        <translation>▶ als Nächstes  ·  ▷ Wahl des Standard-Ablaufplans  ·  Schritt oder Doppelklick: Ein lauffähiger Thread macht den nächsten Schritt</translation>
    </message>
    <message>
        <source>The trace steps %1 next; the default schedule picks it too.</source>
        <translation>Die Aufzeichnung führt als Nächstes %1 aus; der Standard-Ablaufplan wählt ihn auch.</translation>
    </message>
    <message>
        <source>The trace steps %1 next, as chosen; the default schedule would pick %2.</source>
        <translation>Die Aufzeichnung führt wie gewählt als Nächstes %1 aus; der Standard-Ablaufplan würde %2 wählen.</translation>
    </message>
    <message>
        <source>no thread</source>
        <translation>kein Thread</translation>
    </message>
    <message>
        <source>The default schedule would step %1 next; this trace steps %2 instead.</source>
        <translation>Der Standard-Ablaufplan würde als Nächstes %1 ausführen; diese Aufzeichnung führt stattdessen %2 aus.</translation>
    </message>
    <message>
        <source>The default schedule would step %1 next.</source>
        <translation>Der Standard-Ablaufplan würde als Nächstes %1 ausführen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;next: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;als Nächstes: &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>(forked later)</source>
        <translation>(später per fork erzeugt)</translation>
    </message>
    <message>
        <source>(killed by the oops)</source>
        <translation>(durch den Oops getötet)</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>festgehalten von %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>the scenario&apos;s &quot;after&quot;:
until %1</source>
        <translation>das &quot;after&quot; des Szenarios:
bis %1</translation>
    </message>
    <message>
        <source>(held back until
%1)</source>
        <translation>(zurückgehalten bis
%1)</translation>
    </message>
    <message>
        <source>%1 can run, but the scenario holds it back from the default schedule until %2; you can still choose it.</source>
        <translation>%1 kann laufen, aber das Szenario hält ihn aus dem Standard-Ablaufplan heraus, bis %2; Sie können ihn trotzdem wählen.</translation>
    </message>
    <message>
        <source>Let %1 take the next step</source>
        <translation>%1 den nächsten Schritt machen lassen</translation>
    </message>
    <message>
        <source>%1 cannot run: it waits for %2</source>
        <translation>%1 kann nicht laufen: Er wartet auf %2</translation>
    </message>
    <message>
        <source>%1 cannot run: it is not born yet</source>
        <translation>%1 kann nicht laufen: Er ist noch nicht geboren</translation>
    </message>
    <message>
        <source>%1 cannot run: it has finished</source>
        <translation>%1 kann nicht laufen: Er ist fertig</translation>
    </message>
    <message>
        <source>%1 cannot run: it died in an oops</source>
        <translation>%1 kann nicht laufen: Er starb in einem Oops</translation>
    </message>
</context>
<context>
    <name>svmlab::TimelineView</name>
    <message>
        <source>Click or drag to move to a step. Lines are offset by a fraction of a unit so that equal counts stay visible; the box on the right gives the exact values at the cursor.</source>
        <translation>Klicken oder ziehen, um zu einem Schritt zu gehen. Linien sind um einen Bruchteil einer Einheit versetzt, damit gleiche Werte sichtbar bleiben; der Kasten rechts zeigt die genauen Werte am Cursor.</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>reference count</source>
        <translation>Referenzzähler</translation>
    </message>
    <message>
        <source>Reference counts (no trace loaded)</source>
        <translation>Referenzzähler (keine Aufzeichnung geladen)</translation>
    </message>
    <message>
        <source>Reference counts per step: %1, %2</source>
        <translation>Referenzzähler pro Schritt: %1, %2</translation>
    </message>
    <message>
        <source>no trace</source>
        <translation>keine Aufzeichnung</translation>
    </message>
    <message>
        <source>freed</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <source>booted</source>
        <translation>gebootet</translation>
    </message>
    <message>
        <source>SVM Lab counter timeline</source>
        <translation>SVM-Lab-Zählerverlauf</translation>
    </message>
    <message>
        <source>  (thin lines: %1)</source>
        <translation>  (dünne Linien: %1)</translation>
    </message>
    <message>
        <source>%1: bold lines, filled marks</source>
        <translation>%1: kräftige Linien, gefüllte Marker</translation>
    </message>
    <message>
        <source>%1: thin lines, hollow marks</source>
        <translation>%1: dünne Linien, hohle Marker</translation>
    </message>
</context>
<context>
    <name>svmlab::TraceModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Function calls and source lines</source>
        <translation>Funktionsaufrufe und Quellzeilen</translation>
    </message>
    <message>
        <source>Counters changed</source>
        <translation>Geänderte Zähler</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>The step number: the state after this step is the one the session shows</source>
        <translation>Die Schrittnummer: Der Zustand nach diesem Schritt ist der, den die Sitzung zeigt</translation>
    </message>
    <message>
        <source>The thread that took the step</source>
        <translation>Der Thread, der den Schritt machte</translation>
    </message>
    <message>
        <source>⚠ a violation was found at this step; ◆ the step reached a milestone</source>
        <translation>⚠ bei diesem Schritt wurde eine Verletzung gefunden; ◆ der Schritt erreichte einen Meilenstein</translation>
    </message>
    <message>
        <source>As ftrace&apos;s function_graph: &quot;fn() {&quot; is a call, &quot;}&quot; its return, other lines are the source the step executed</source>
        <translation>Wie function_graph von ftrace: &quot;fn() {&quot; ist ein Aufruf, &quot;}&quot; seine Rückkehr, andere Zeilen sind der Quelltext, den der Schritt ausführte</translation>
    </message>
    <message>
        <source>Reference counters this step changed: object, counter, before-&gt;after</source>
        <translation>Referenzzähler, die dieser Schritt änderte: Objekt, Zähler, vorher-&gt;nachher</translation>
    </message>
    <message>
        <source>The source file of the function, with its kernel version</source>
        <translation>Die Quelldatei der Funktion, mit ihrer Kernel-Version</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; returns (step %2)</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; kehrt zurück (Schritt %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;called from %3(): &lt;code&gt;%4&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;aufgerufen von %3(): &lt;code&gt;%4&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1()&lt;/b&gt; &amp;nbsp;%2&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;b&gt;%2()&lt;/b&gt;: &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>%1&lt;br&gt;&lt;b&gt;%2()&lt;/b&gt;: &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>⚠ %1: %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>◆ milestone %1</source>
        <translation>◆ Meilenstein %1</translation>
    </message>
</context>
<context>
    <name>svmlab::TraceTableView</name>
    <message>
        <source>&amp;Thread:</source>
        <translation>&amp;Thread:</translation>
    </message>
    <message>
        <source>Show the steps of one thread only</source>
        <translation>Nur die Schritte eines Threads zeigen</translation>
    </message>
    <message>
        <source>Steps: %1   Threads: %2</source>
        <translation>Schritte: %1   Threads: %2</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Alle Threads</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
</context>
<context>
    <name>svmlab::TranslationCacheView</name>
    <message>
        <source>STALE: frame %1 was freed since the fill</source>
        <translation>VERALTET: Frame %1 wurde seit dem Füllen freigegeben</translation>
    </message>
    <message>
        <source>STALE: frame %1 was freed and reused since the fill (gen %2, now %3)</source>
        <translation>VERALTET: Frame %1 wurde seit dem Füllen freigegeben und wiederverwendet (Gen. %2, jetzt %3)</translation>
    </message>
    <message>
        <source>invalidated by %1</source>
        <translation>invalidiert durch %1</translation>
    </message>
    <message>
        <source>implicit invalidation by the page request</source>
        <translation>implizite Invalidierung durch die Seitenanforderung</translation>
    </message>
    <message>
        <source>evicted or replaced</source>
        <translation>verdrängt oder ersetzt</translation>
    </message>
    <message>
        <source>new at this step</source>
        <translation>neu bei diesem Schritt</translation>
    </message>
    <message>
        <source>changed at this step</source>
        <translation>bei diesem Schritt geändert</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>removed at this step: %1</source>
        <translation>bei diesem Schritt entfernt: %1</translation>
    </message>
    <message>
        <source>Hits and misses counted since boot; in brackets, what this step added.</source>
        <translation>Treffer und Fehltreffer seit dem Booten gezählt; in Klammern, was dieser Schritt hinzufügte.</translation>
    </message>
    <message>
        <source>valid; new or changed at this step; removed at this step (struck through); or STALE: the frame the entry translates to was freed (or freed and reused) after the fill</source>
        <translation>gültig; neu oder geändert bei diesem Schritt; bei diesem Schritt entfernt (durchgestrichen); oder VERALTET: Der Frame, auf den der Eintrag übersetzt, wurde nach dem Füllen freigegeben (oder freigegeben und wiederverwendet)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>perms</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <source>gen</source>
        <translation>Gen.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain id: tag from the device&apos;s context entry</source>
        <translation>Domain-ID: Tag aus dem Kontexteintrag des Geräts</translation>
    </message>
    <message>
        <source>PASID tag</source>
        <translation>PASID-Tag</translation>
    </message>
    <message>
        <source>First virtual address the entry covers</source>
        <translation>Erste virtuelle Adresse, die der Eintrag abdeckt</translation>
    </message>
    <message>
        <source>Page size (the walk level of the leaf)</source>
        <translation>Seitengröße (die Walk-Stufe des Blatts)</translation>
    </message>
    <message>
        <source>Physical frame number the page maps to</source>
        <translation>Physische Frame-Nummer, auf die die Seite abbildet</translation>
    </message>
    <message>
        <source>R read, W write, U user, X execute: the permissions the walk found</source>
        <translation>R lesen, W schreiben, U User, X ausführen: die Rechte, die der Walk fand</translation>
    </message>
    <message>
        <source>Dirty: the filling walk set D, so writes may hit</source>
        <translation>Dirty: Der füllende Walk setzte D, also dürfen Schreibzugriffe treffen</translation>
    </message>
    <message>
        <source>Generation of the frame when the entry was filled (a free bumps it)</source>
        <translation>Generation des Frames beim Füllen des Eintrags (eine Freigabe erhöht sie)</translation>
    </message>
    <message>
        <source>Finished first-level translations, tagged by DID, PASID and page. A hit skips the page walk, whether or not the memory behind it is still what it was: that is how a missing flush becomes visible.</source>
        <translation>Fertige First-Level-Übersetzungen, markiert mit DID, PASID und Seite. Ein Treffer überspringt den Page Walk, ob der Speicher dahinter noch derselbe ist oder nicht: So wird ein fehlendes Leeren sichtbar.</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Domain id tag</source>
        <translation>Domain-ID-Tag</translation>
    </message>
    <message>
        <source>The cached PASID-table entry</source>
        <translation>Der zwischengespeicherte PASID-Tabelleneintrag</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>First-level page-table pointer (mm-&gt;pgd)</source>
        <translation>First-Level-Seitentabellenzeiger (mm-&gt;pgd)</translation>
    </message>
    <message>
        <source>Whether the cached copy still matches the PASID table in memory</source>
        <translation>Ob die Kopie noch mit der PASID-Tabelle im Speicher übereinstimmt</translation>
    </message>
    <message>
        <source>Cached PASID-table entries, tagged by DID and PASID. After the entry is cleared in memory, the cached copy must be invalidated too (PASID-cache invalidation), or the IOMMU keeps using it.</source>
        <translation>Zwischengespeicherte PASID-Tabelleneinträge, markiert mit DID und PASID. Nachdem der Eintrag im Speicher gelöscht wurde, muss auch die Kopie invalidiert werden (PASID-Cache-Invalidierung), sonst verwendet die IOMMU sie weiter.</translation>
    </message>
    <message>
        <source>Source id of the device</source>
        <translation>Source-ID des Geräts</translation>
    </message>
    <message>
        <source>Domain id from the entry</source>
        <translation>Domain-ID aus dem Eintrag</translation>
    </message>
    <message>
        <source>PASID enable in the cached entry</source>
        <translation>PASID-Freigabe im zwischengespeicherten Eintrag</translation>
    </message>
    <message>
        <source>Page request enable in the cached entry</source>
        <translation>Page-Request-Freigabe im zwischengespeicherten Eintrag</translation>
    </message>
    <message>
        <source>Whether the cached copy still matches the context entry in memory</source>
        <translation>Ob die Kopie noch mit dem Kontexteintrag im Speicher übereinstimmt</translation>
    </message>
    <message>
        <source>Context cache</source>
        <translation>Kontext-Cache</translation>
    </message>
    <message>
        <source>Cached context entries, tagged by source id.</source>
        <translation>Zwischengespeicherte Kontexteinträge, markiert mit Source-ID.</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>The device whose ATS device TLB holds the entry</source>
        <translation>Das Gerät, dessen ATS-Geräte-TLB den Eintrag hält</translation>
    </message>
    <message>
        <source>Virtual address of the page</source>
        <translation>Virtuelle Adresse der Seite</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Physical frame number</source>
        <translation>Physische Frame-Nummer</translation>
    </message>
    <message>
        <source>Permissions from the translation completion</source>
        <translation>Rechte aus der Translation Completion</translation>
    </message>
    <message>
        <source>Generation of the frame when the entry was filled</source>
        <translation>Generation des Frames beim Füllen des Eintrags</translation>
    </message>
    <message>
        <source>Device TLBs (ATS)</source>
        <translation>Geräte-TLBs (ATS)</translation>
    </message>
    <message>
        <source>Translations the devices cached from ATS translation completions. Only a device-TLB invalidation removes them; the device then accesses memory with the cached physical address directly.</source>
        <translation>Übersetzungen, die die Geräte aus ATS-Translation-Completions zwischengespeichert haben. Nur eine Geräte-TLB-Invalidierung entfernt sie; das Gerät greift dann direkt mit der gespeicherten physischen Adresse auf den Speicher zu.</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>no trace loaded</source>
        <translation>keine Aufzeichnung geladen</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>misses</source>
        <translation>Fehltreffer</translation>
    </message>
    <message>
        <source>+%1 hit</source>
        <translation>+%1 Treffer</translation>
    </message>
    <message>
        <source>+%1 miss</source>
        <translation>+%1 Fehltreffer</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <source>empty: no translation cached</source>
        <translation>leer: keine Übersetzung zwischengespeichert</translation>
    </message>
    <message>
        <source>STALE: the PASID table now holds %1</source>
        <translation>VERALTET: Die PASID-Tabelle hält jetzt %1</translation>
    </message>
    <message>
        <source>empty: no PASID entry cached</source>
        <translation>leer: kein PASID-Eintrag zwischengespeichert</translation>
    </message>
    <message>
        <source>STALE: the context entry in memory changed</source>
        <translation>VERALTET: Der Kontexteintrag im Speicher hat sich geändert</translation>
    </message>
    <message>
        <source>empty: no context entry cached</source>
        <translation>leer: kein Kontexteintrag zwischengespeichert</translation>
    </message>
    <message>
        <source>empty: no device has cached a translation</source>
        <translation>leer: Kein Gerät hat eine Übersetzung zwischengespeichert</translation>
    </message>
    <message>
        <source>none (scalable mode)</source>
        <translation>keine (Scalable Mode)</translation>
    </message>
</context>
<context>
    <name>svmlab::hw</name>
    <message>
        <source>boot</source>
        <translation>Booten</translation>
    </message>
    <message>
        <source>step %1 (%2: %3)</source>
        <translation>Schritt %1 (%2: %3)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>flushed by %1: %2</source>
        <translation>geleert durch %1: %2</translation>
    </message>
    <message>
        <source>implicit invalidation (page request)</source>
        <translation>implizite Invalidierung (Seitenanforderung)</translation>
    </message>
    <message>
        <source>evicted (least recently used)</source>
        <translation>verdrängt (am längsten unbenutzt)</translation>
    </message>
    <message>
        <source>replaced (permissions)</source>
        <translation>ersetzt (Rechte)</translation>
    </message>
    <message>
        <source>Translation caches (fixed slots; recency 1 = most recently used)</source>
        <translation>Übersetzungs-Caches (feste Plätze; Aktualität 1 = zuletzt benutzt)</translation>
    </message>
    <message>
        <source>No trace.</source>
        <translation>Keine Aufzeichnung.</translation>
    </message>
    <message>
        <source>frame freed</source>
        <translation>Frame freigegeben</translation>
    </message>
    <message>
        <source>frame freed+reused</source>
        <translation>Frame freigegeben+wiederverwendet</translation>
    </message>
    <message>
        <source>PTE changed</source>
        <translation>PTE geändert</translation>
    </message>
    <message>
        <source>PASID entry changed</source>
        <translation>PASID-Eintrag geändert</translation>
    </message>
    <message>
        <source>context entry changed</source>
        <translation>Kontexteintrag geändert</translation>
    </message>
    <message>
        <source>%1 hits / %2 misses</source>
        <translation>%1 Treffer / %2 Fehltreffer</translation>
    </message>
    <message>
        <source>, HIT at this step</source>
        <translation>, TREFFER bei diesem Schritt</translation>
    </message>
    <message>
        <source>, MISS at this step</source>
        <translation>, FEHLTREFFER bei diesem Schritt</translation>
    </message>
    <message>
        <source>IOTLB (DID, PASID, page)</source>
        <translation>IOTLB (DID, PASID, Seite)</translation>
    </message>
    <message>
        <source>PASID cache (DID, PASID)</source>
        <translation>PASID-Cache (DID, PASID)</translation>
    </message>
    <message>
        <source>Context cache (source id)</source>
        <translation>Kontext-Cache (Source-ID)</translation>
    </message>
    <message>
        <source>HIT at this step</source>
        <translation>TREFFER bei diesem Schritt</translation>
    </message>
    <message>
        <source>Device TLB of %1 (ATS)</source>
        <translation>Geräte-TLB von %1 (ATS)</translation>
    </message>
    <message>
        <source>MISS at this step</source>
        <translation>FEHLTREFFER bei diesem Schritt</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>verdrängt</translation>
    </message>
    <message>
        <source>EVICTED</source>
        <translation>VERDRÄNGT</translation>
    </message>
    <message>
        <source>FLUSHED</source>
        <translation>GELEERT</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>Platz %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>slot %1, recency %2/%3</source>
        <translation>Platz %1, Aktualität %2/%3</translation>
    </message>
    <message>
        <source>FILL</source>
        <translation>GEFÜLLT</translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>ersetzt: %1</translation>
    </message>
    <message>
        <source>filled at step %1</source>
        <translation>gefüllt bei Schritt %1</translation>
    </message>
    <message>
        <source>HIT</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>STALE HIT</source>
        <translation>VERALTETER TREFFER</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>STALE: %1</source>
        <translation>VERALTET: %1</translation>
    </message>
    <message>
        <source>since step %1</source>
        <translation>seit Schritt %1</translation>
    </message>
    <message>
        <source>Fault recording registers (FRCD)</source>
        <translation>Fault-Recording-Register (FRCD)</translation>
    </message>
    <message>
        <source>FSTS: PFO=%1 PPF=%2   next record (FRI) = %3%4</source>
        <translation>FSTS: PFO=%1 PPF=%2   nächster Eintrag (FRI) = %3%4</translation>
    </message>
    <message>
        <source>   OVERFLOW: further faults are not recorded</source>
        <translation>   ÜBERLAUF: Weitere Faults werden nicht aufgezeichnet</translation>
    </message>
    <message>
        <source>source %1%2</source>
        <translation>Quelle %1%2</translation>
    </message>
    <message>
        <source>PASID %1</source>
        <translation>PASID %1</translation>
    </message>
    <message>
        <source>no PASID</source>
        <translation>keine PASID</translation>
    </message>
    <message>
        <source>address %1, %2%3</source>
        <translation>Adresse %1, %2%3</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>, supervisor</source>
        <translation>, Supervisor</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>F=1</source>
        <translation>F=1</translation>
    </message>
    <message>
        <source>CLEARED</source>
        <translation>GELÖSCHT</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Invalidation queue (IQ): software writes at IQT, the IOMMU executes from IQH</source>
        <translation>Invalidierungs-Queue (IQ): Die Software schreibt bei IQT, die IOMMU führt ab IQH aus</translation>
    </message>
    <message>
        <source>IQH = %1   IQT = %2   %3 slots, %4 pending</source>
        <translation>IQH = %1   IQT = %2   %3 Plätze, %4 ausstehend</translation>
    </message>
    <message>
        <source>written at step %1 (%2)</source>
        <translation>geschrieben bei Schritt %1 (%2)</translation>
    </message>
    <message>
        <source>status %1 written at step %2</source>
        <translation>Status %1 geschrieben bei Schritt %2</translation>
    </message>
    <message>
        <source>executed at step %1</source>
        <translation>ausgeführt bei Schritt %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>answers PRQ[%1]</source>
        <translation>beantwortet PRQ[%1]</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>Page request queue (PRQ): the IOMMU writes at PQT, software reads from PQH</source>
        <translation>Page-Request-Queue (PRQ): Die IOMMU schreibt bei PQT, die Software liest ab PQH</translation>
    </message>
    <message>
        <source>PQH = %1   PQT = %2   %3 slots (a ring: after PRQ[%4] comes PRQ[0])   PRS: PPR=%5 PRO=%6</source>
        <translation>PQH = %1   PQT = %2   %3 Plätze (ein Ring: nach PRQ[%4] kommt PRQ[0])   PRS: PPR=%5 PRO=%6</translation>
    </message>
    <message>
        <source>OVERFLOW: PRO is set; every page request is dropped until software clears PRO (Linux 4.4 never does)</source>
        <translation>ÜBERLAUF: PRO ist gesetzt; jede Seitenanforderung wird verworfen, bis die Software PRO löscht (Linux 4.4 tut das nie)</translation>
    </message>
    <message>
        <source>queued at step %1</source>
        <translation>eingereiht bei Schritt %1</translation>
    </message>
    <message>
        <source>read by software at step %1</source>
        <translation>von der Software gelesen bei Schritt %1</translation>
    </message>
    <message>
        <source>pending: not read yet</source>
        <translation>ausstehend: noch nicht gelesen</translation>
    </message>
    <message>
        <source>answered: %1 (IQ[%2], step %3)</source>
        <translation>beantwortet: %1 (IQ[%2], Schritt %3)</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>READ</source>
        <translation>GELESEN</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie benutzt</translation>
    </message>
    <message>
        <source>kept free: PQT + 1 = PQH</source>
        <translation>frei gehalten: PQT + 1 = PQH</translation>
    </message>
    <message>
        <source>means the queue is full</source>
        <translation>heißt: die Queue ist voll</translation>
    </message>
    <message>
        <source>Dropped on overflow (%1 so far): the IOMMU never wrote them, software never sees them</source>
        <translation>Beim Überlauf verworfen (bisher %1): Die IOMMU hat sie nie geschrieben, die Software sieht sie nie</translation>
    </message>
    <message>
        <source>dropped at step %1</source>
        <translation>verworfen bei Schritt %1</translation>
    </message>
    <message>
        <source>queue full: PRO set now</source>
        <translation>Queue voll: PRO jetzt gesetzt</translation>
    </message>
    <message>
        <source>PRO already set</source>
        <translation>PRO schon gesetzt</translation>
    </message>
    <message>
        <source>IOMMU answered: %1</source>
        <translation>IOMMU antwortete: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>(auto-response: modeled)</source>
        <translation>(automatische Antwort: modelliert)</translation>
    </message>
    <message>
        <source>DROPPED NOW</source>
        <translation>JETZT VERWORFEN</translation>
    </message>
    <message>
        <source>DROPPED</source>
        <translation>VERWORFEN</translation>
    </message>
    <message>
        <source> (from the IOMMU, modeled)</source>
        <translation> (von der IOMMU, modelliert)</translation>
    </message>
    <message>
        <source> (from software)</source>
        <translation> (von der Software)</translation>
    </message>
    <message>
        <source>%1 waits for page group responses to PRG %2; received: %3</source>
        <translation>%1 wartet auf Page Group Responses zu PRG %2; erhalten: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>not RAM</source>
        <translation>kein RAM</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>FREED (was %1)</source>
        <translation>FREIGEGEBEN (war %1)</translation>
    </message>
    <message>
        <source>the root entry for this bus has P=0</source>
        <translation>der Root-Eintrag für diesen Bus hat P=0</translation>
    </message>
    <message>
        <source>the device&apos;s context entry has P=0</source>
        <translation>der Kontexteintrag des Geräts hat P=0</translation>
    </message>
    <message>
        <source>PASIDE=0 in the context entry: PASIDs are not enabled for this device</source>
        <translation>PASIDE=0 im Kontexteintrag: PASIDs sind für dieses Gerät nicht eingeschaltet</translation>
    </message>
    <message>
        <source>the PASID is beyond the PASID table (PTS)</source>
        <translation>die PASID liegt jenseits der PASID-Tabelle (PTS)</translation>
    </message>
    <message>
        <source>PRE=0 in the context entry: page requests are not enabled</source>
        <translation>PRE=0 im Kontexteintrag: Seitenanforderungen sind nicht eingeschaltet</translation>
    </message>
    <message>
        <source>the PASID table could not be read</source>
        <translation>die PASID-Tabelle konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the PASID entry has P=0: it was cleared (unbind, or release() of the fix)</source>
        <translation>der PASID-Eintrag hat P=0: Er wurde gelöscht (Unbind, oder release() des Fixes)</translation>
    </message>
    <message>
        <source>a supervisor request, but SRE=0 in the PASID entry</source>
        <translation>eine Supervisor-Anforderung, aber SRE=0 im PASID-Eintrag</translation>
    </message>
    <message>
        <source>a page-table entry could not be read</source>
        <translation>ein Seitentabelleneintrag konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>this entry has P=0: the page is not present (yet); PRI may ask software for it</source>
        <translation>dieser Eintrag hat P=0: Die Seite ist (noch) nicht vorhanden; PRI kann die Software darum bitten</translation>
    </message>
    <message>
        <source>reserved bits are set in this entry</source>
        <translation>in diesem Eintrag sind reservierte Bits gesetzt</translation>
    </message>
    <message>
        <source>the virtual address is not canonical</source>
        <translation>die virtuelle Adresse ist nicht kanonisch</translation>
    </message>
    <message>
        <source>U/S=0: a user request to a supervisor page</source>
        <translation>U/S=0: eine User-Anforderung an eine Supervisor-Seite</translation>
    </message>
    <message>
        <source>XD=1: an execute request to a no-execute page</source>
        <translation>XD=1: eine Ausführungsanforderung an eine nicht ausführbare Seite</translation>
    </message>
    <message>
        <source>R/W=0: a write request to a read-only page (a write needs R/W=1 at every level)</source>
        <translation>R/W=0: eine Schreibanforderung an eine schreibgeschützte Seite (Schreiben braucht R/W=1 auf jeder Stufe)</translation>
    </message>
    <message>
        <source>no read permission</source>
        <translation>kein Leserecht</translation>
    </message>
    <message>
        <source>Translation path (VT-d ECS, first level)</source>
        <translation>Übersetzungspfad (VT-d ECS, First Level)</translation>
    </message>
    <message>
        <source>No translation yet: no device has sent a request with a PASID up to this step.</source>
        <translation>Noch keine Übersetzung: Bis zu diesem Schritt hat kein Gerät eine Anforderung mit PASID gesendet.</translation>
    </message>
    <message>
        <source>Translation at this step: %1</source>
        <translation>Übersetzung bei diesem Schritt: %1</translation>
    </message>
    <message>
        <source>Last translation: %1, %2 step(s) before this one</source>
        <translation>Letzte Übersetzung: %1, %2 Schritt(e) vor diesem</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>%1 (%2) %3, %4, PASID %5, %6, VA %7 = %8</source>
        <translation>%1 (%2) %3, %4, PASID %5, %6, VA %7 = %8</translation>
    </message>
    <message>
        <source>ATS translation request</source>
        <translation>ATS-Übersetzungsanforderung</translation>
    </message>
    <message>
        <source>untranslated DMA</source>
        <translation>unübersetzter DMA</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>user</source>
        <translation>User</translation>
    </message>
    <message>
        <source>device TLB (%1)</source>
        <translation>Geräte-TLB (%1)</translation>
    </message>
    <message>
        <source>hit at this step: the device</source>
        <translation>Treffer bei diesem Schritt: Das Gerät</translation>
    </message>
    <message>
        <source>uses its cached address;</source>
        <translation>nutzt seine gespeicherte Adresse;</translation>
    </message>
    <message>
        <source>the IOMMU is not asked</source>
        <translation>die IOMMU wird nicht gefragt</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>FEHLTREFFER</translation>
    </message>
    <message>
        <source>no entry: the device sends</source>
        <translation>kein Eintrag: Das Gerät sendet</translation>
    </message>
    <message>
        <source>an ATS translation request</source>
        <translation>eine ATS-Übersetzungsanforderung</translation>
    </message>
    <message>
        <source>not used: untranslated DMA</source>
        <translation>nicht benutzt: unübersetzter DMA</translation>
    </message>
    <message>
        <source>context cache</source>
        <translation>Kontext-Cache</translation>
    </message>
    <message>
        <source>entry for SID %1 cached</source>
        <translation>Eintrag für SID %1 im Cache</translation>
    </message>
    <message>
        <source>read root + context entry</source>
        <translation>Root- + Kontexteintrag lesen</translation>
    </message>
    <message>
        <source>PASID cache</source>
        <translation>PASID-Cache</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>entry for PASID %1 cached</source>
        <translation>Eintrag für PASID %1 im Cache</translation>
    </message>
    <message>
        <source>read the PASID table</source>
        <translation>die PASID-Tabelle lesen</translation>
    </message>
    <message>
        <source>translation cached:</source>
        <translation>Übersetzung im Cache:</translation>
    </message>
    <message>
        <source>no page walk</source>
        <translation>kein Page Walk</translation>
    </message>
    <message>
        <source>walk the page tables</source>
        <translation>die Seitentabellen durchlaufen</translation>
    </message>
    <message>
        <source>root entry (bus %1)</source>
        <translation>Root-Eintrag (Bus %1)</translation>
    </message>
    <message>
        <source>not read: the context</source>
        <translation>nicht gelesen: Der Kontext-</translation>
    </message>
    <message>
        <source>cache had the entry</source>
        <translation>Cache hatte den Eintrag</translation>
    </message>
    <message>
        <source>ext. context entry</source>
        <translation>erw. Kontexteintrag</translation>
    </message>
    <message>
        <source>from the context cache</source>
        <translation>aus dem Kontext-Cache</translation>
    </message>
    <message>
        <source>FAULT</source>
        <translation>FAULT</translation>
    </message>
    <message>
        <source>CACHED</source>
        <translation>IM CACHE</translation>
    </message>
    <message>
        <source>PASID table %1</source>
        <translation>PASID-Tabelle %1</translation>
    </message>
    <message>
        <source>PASID entry %1</source>
        <translation>PASID-Eintrag %1</translation>
    </message>
    <message>
        <source>from the PASID cache</source>
        <translation>aus dem PASID-Cache</translation>
    </message>
    <message>
        <source>skipped: IOTLB hit</source>
        <translation>übersprungen: IOTLB-Treffer</translation>
    </message>
    <message>
        <source>not needed: large page</source>
        <translation>nicht nötig: große Seite</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>index %1 @ %2</source>
        <translation>Index %1 @ %2</translation>
    </message>
    <message>
        <source>this walk set %1</source>
        <translation>dieser Walk setzte %1</translation>
    </message>
    <message>
        <source> SET</source>
        <translation> GESETZT</translation>
    </message>
    <message>
        <source>table frame FREED: use after free</source>
        <translation>Tabellen-Frame FREIGEGEBEN: Zugriff nach Freigabe</translation>
    </message>
    <message>
        <source>FREED</source>
        <translation>FREIGEGEBEN</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <source>from the IOTLB</source>
        <translation>aus dem IOTLB</translation>
    </message>
    <message>
        <source>from the walk</source>
        <translation>aus dem Walk</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no frame</source>
        <translation>kein Frame</translation>
    </message>
    <message>
        <source>the request faulted</source>
        <translation>die Anforderung schlug fehl</translation>
    </message>
    <message>
        <source>-&gt; physical address %1 (%2)</source>
        <translation>-&gt; physische Adresse %1 (%2)</translation>
    </message>
    <message>
        <source>: STALE, the IOTLB still translates to memory that is no longer this process&apos;s</source>
        <translation>: VERALTET, der IOTLB übersetzt noch auf Speicher, der nicht mehr diesem Prozess gehört</translation>
    </message>
    <message>
        <source>FAULT %1</source>
        <translation>FAULT %1</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>At this step the device used its device-TLB entry: no request reached the IOMMU.</source>
        <translation>Bei diesem Schritt nutzte das Gerät seinen Geräte-TLB-Eintrag: Keine Anforderung erreichte die IOMMU.</translation>
    </message>
    <message>
        <source>the root entry for this bus has P=0 (scalable mode)</source>
        <translation>der Root-Eintrag für diesen Bus hat P=0 (Scalable Mode)</translation>
    </message>
    <message>
        <source>the device&apos;s scalable-mode context entry has P=0</source>
        <translation>der Scalable-Mode-Kontexteintrag des Geräts hat P=0</translation>
    </message>
    <message>
        <source>the PASID directory entry for PASID &gt;&gt; 6 has P=0: no PASID table there</source>
        <translation>der PASID-Verzeichniseintrag für PASID &gt;&gt; 6 hat P=0: dort ist keine PASID-Tabelle</translation>
    </message>
    <message>
        <source>the PASID entry&apos;s translation type (PGTT) is not first-level only</source>
        <translation>der Übersetzungstyp (PGTT) des PASID-Eintrags ist nicht „nur First Level“</translation>
    </message>
    <message>
        <source>Translation path (VT-d scalable mode, first level)</source>
        <translation>Übersetzungspfad (VT-d Scalable Mode, First Level)</translation>
    </message>
    <message>
        <source>scalable-mode context entry</source>
        <translation>Scalable-Mode-Kontexteintrag</translation>
    </message>
    <message>
        <source>PDTS=%1, no DID</source>
        <translation>PDTS=%1, keine DID</translation>
    </message>
    <message>
        <source>PASID directory %1</source>
        <translation>PASID-Verzeichnis %1</translation>
    </message>
    <message>
        <source>PASID dir entry %1</source>
        <translation>PASID-Verz.-Eintrag %1</translation>
    </message>
    <message>
        <source>P=%1 table %2</source>
        <translation>P=%1 Tabelle %2</translation>
    </message>
    <message>
        <source>not read: the PASID</source>
        <translation>nicht gelesen: der PASID-</translation>
    </message>
</context>
</TS>
